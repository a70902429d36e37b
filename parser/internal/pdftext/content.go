package pdftext

import (
	"bytes"
	"fmt"
	"math"
	"sync"
	"unsafe"

	"github.com/ledongthuc/pdf"
)

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m first, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// scaleY is the length of the matrix's y axis, math.Hypot(m[2], m[3]):
// upright text (m[2] == 0) takes the exact shortcut, as Hypot is slow and
// show calls this for every string.
func scaleY(m *matrix) float64 {
	if m[2] == 0 {
		return math.Abs(m[3])
	}
	return math.Hypot(m[2], m[3])
}

// translated is matrix{1, 0, 0, 1, tx, 0}.mul(m) written out, for the
// pen moves after every string and TJ number. The terms that are zero
// stay (0*x is not always +0), so the result is bit for bit mul's.
func (m matrix) translated(tx float64) matrix {
	return matrix{
		m[0] + 0*m[2],
		m[1] + 0*m[3],
		0*m[0] + m[2],
		0*m[1] + m[3],
		tx*m[0] + 0*m[2] + m[4],
		tx*m[1] + 0*m[3] + m[5],
	}
}

// mulTo sets r to m × n, as mul does. Matrices are arrays, which Go
// passes and returns on the stack: show, run for every string, takes
// pointers instead.
func mulTo(r, m, n *matrix) {
	r[0] = m[0]*n[0] + m[1]*n[2]
	r[1] = m[0]*n[1] + m[1]*n[3]
	r[2] = m[2]*n[0] + m[3]*n[2]
	r[3] = m[2]*n[1] + m[3]*n[3]
	r[4] = m[4]*n[0] + m[5]*n[2] + n[4]
	r[5] = m[4]*n[1] + m[5]*n[3] + n[5]
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// glyph is one shown character (or ligature, or multi-rune mapping) in
// page space.
// Glyphs are copied and sorted a lot: the struct holds no pointer (the
// text is an index into the extraction's text table, see textID), so the
// copies need no GC write barriers and the buffers no scanning, and its
// flags come last, packed.
type glyph struct {
	tid, tlen   uint32  // text: index in the text table, byte length
	x0, x1, y   float64 // left, right along the baseline; baseline y
	size        float64 // effective font size in points
	seq         int     // content order
	bold        bool
	spaceBefore bool // an explicit space (or large TJ shift) preceded it in the stream
	marker      bool // a list bullet drawn as a shape (see attachBullets)
	// frame is the direction of text that is not upright (frames.go):
	// x0, x1 and y are then in that frame, where it reads left to right;
	// 0 for upright text, in page space
	frame uint16
}

type gstate struct {
	ctm                  matrix
	font                 *font
	fontSize             float64
	tc, tw, th, tl, rise float64
	fontName             string
}

// resources is a resource dictionary with per-dictionary caches.
type resources struct {
	v        pdf.Value
	fontDict pdf.Value
	fontKey  string           // fontDict as the library prints it
	fonts    map[string]*font // nil until the first font is looked up
	// forms are the form XObjects of /XObject looked up so far, by
	// name: a form drawn again and again is looked up (and, small, decoded)
	// once, not at each Do
	forms map[string]*form
}

// form is a form XObject as a resource dictionary names it.
type form struct {
	v    pdf.Value
	ok   bool       // v is a form XObject
	res  *resources // its own resources; nil: its caller's
	m    matrix     // its /Matrix
	runs int
	data []byte // its content, once it has run twice (when small)
}

// maxFormCache bounds the content of a form kept decoded between runs.
const maxFormCache = 64 << 10

type interp struct {
	e      *extractor
	gs     gstate
	stack  []gstate
	tm     matrix
	tlm    matrix
	glyphs []glyph
	space  bool // pending explicit space
	ops    int
	depth  int // form XObject nesting
	page   matrix
	path   pathState
	shapes []shape
	marked []markedSpan // open marked-content sequences (BMC/BDC … EMC)
	// markedOver counts sequences opened past maxMarkedDepth
	markedOver int
	formBytes  int64   // bytes of form XObjects decoded for the page
	formOps    int     // operators run in form XObjects for the page, runs counted in
	formStart  int     // len(glyphs) when the outermost form running began
	formGlyphs int     // glyphs shown by the page's forms that ended
	pw, ph     float64 // the page's size, upright
	frames     []frame // the directions of text met on the page (frames.go)
}

// maxFormBytes bounds the bytes of form XObjects (annotation appearances
// included) decoded for one page, in stream limits: real pages draw a
// few forms of a few kilobytes; 8 × 32 MiB is a second's work.
const maxFormBytes = 8

// maxFormOps bounds the work of the form XObjects of one page, nested
// forms and annotation appearances included: their operators, and
// formRunCost for each form run (looked up, decoded, its resources
// read). A form that drew itself ten times a level ran 10^8 times (450
// MB, and the whole time budget); real pages run a few thousand
// operators in forms, a page drawn as one form a few hundred thousand.
// maxFormGlyphs bounds the glyphs forms show on a page: a page of text
// holds a few thousand.
const (
	maxFormOps    = 4 << 20
	formRunCost   = 64
	maxFormGlyphs = 1 << 17
)

// ErrFormLimit says an ErrLimit error is the page's form XObject budget.
var ErrFormLimit = fmt.Errorf("%w: form XObjects", ErrLimit)

const (
	maxFormDepth = 8
	maxGStack    = 256
	checkEvery   = 4096
)

// run interprets one content stream with its resources.
func (in *interp) run(data []byte, res *resources) error {
	// operand stacks and string arena from the scratch of this nesting
	// depth (a form XObject runs while its caller's stream is half read)
	rb := in.e.runBuf(in.depth)
	l := &lexer{b: data, arena: rb.arena[:0]}
	ops := rb.ops[:0]
	arr := rb.arr[:0] // the last array operand (only TJ uses one)
	hasArr := false
	var actual []byte // the /ActualText of an inline property list
	hasActual := false
	defer func() { rb.ops, rb.arr, rb.arena = ops[:0], arr[:0], l.arena[:0] }()
	for {
		t := l.next()
		switch t.kind {
		case tEOF:
			return nil
		case tArrOpen:
			// collect a flat array (TJ); nested arrays are flattened
			arr = arr[:0]
			depth := 1
			for depth > 0 {
				u := l.next()
				switch u.kind {
				case tEOF:
					depth = 0
				case tArrOpen:
					depth++
				case tArrClose:
					depth--
				case tNum:
					arr = append(arr, arrItem{num: u.num})
				case tStr:
					// a string token is the tail of the lexer's arena
					arr = append(arr, arrItem{str: true, s0: len(l.arena) - len(u.s), s1: len(l.arena)})
				}
			}
			hasArr = true
			ops = append(ops, token{kind: tArrOpen})
			continue
		case tDictOpen:
			// inline property list (BDC, BI): skip to the matching >>,
			// keeping an /ActualText (see beginMarked)
			depth := 1
			for depth > 0 {
				u := l.next()
				switch u.kind {
				case tEOF:
					depth = 0
				case tDictOpen:
					depth++
				case tDictClose:
					depth--
				case tName:
					if depth == 1 && string(u.s) == "ActualText" {
						if v := l.next(); v.kind == tStr {
							actual, hasActual = append(actual[:0], v.s...), true
						}
					}
				}
			}
			ops = append(ops, token{kind: tDictOpen})
			continue
		case tOp:
		default:
			ops = append(ops, t)
			if len(ops) > 64 { // garbage: keep the stack bounded
				ops = ops[len(ops)-16:]
			}
			continue
		}
		in.ops++
		if in.ops%checkEvery == 0 {
			if err := in.e.ctx.Err(); err != nil {
				return err
			}
		}
		if in.depth > 0 {
			if in.formOps++; in.formOps > maxFormOps {
				return in.formLimit()
			}
		}
		var a []arrItem
		if hasArr {
			a = arr
		}
		if hasActual && string(t.s) == "BDC" {
			in.beginMarked(actual, true)
		} else if err := in.op(string(t.s), ops, a, res, l); err != nil {
			return err
		}
		if in.e.err != nil { // the budget, met by a font or a glyph
			return in.e.err
		}
		ops = ops[:0]
		hasArr, hasActual = false, false
		l.release()
	}
}

func num(ops []token, i int) float64 {
	if i < 0 || i >= len(ops) || ops[i].kind != tNum {
		return 0
	}
	v := ops[i].num
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// last returns the i-th of the last n operands (0-based), so that missing
// leading operands read as zero.
func lastN(ops []token, n int) []token {
	if len(ops) >= n {
		return ops[len(ops)-n:]
	}
	out := make([]token, n)
	copy(out[n-len(ops):], ops)
	return out
}

// arrItem is an element of an array operand: a number, or a string (its
// bytes are l.arena[s0:s1]). Unlike a token it holds no pointer, which
// makes collecting a TJ array cheaper.
type arrItem struct {
	num    float64
	s0, s1 int
	str    bool
}

// op runs one operator. arr is the array operand (nil: none).
func (in *interp) op(op string, ops []token, arr []arrItem, res *resources, l *lexer) error {
	gs := &in.gs
	switch op {
	case "BI":
		return nil
	case "ID":
		l.skipInlineImage()
	case "q":
		if len(in.stack) < maxGStack {
			in.stack = append(in.stack, *gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			*gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		a := lastN(ops, 6)
		m := matrix{num(a, 0), num(a, 1), num(a, 2), num(a, 3), num(a, 4), num(a, 5)}
		gs.ctm = m.mul(gs.ctm)
	case "BT":
		in.tm, in.tlm = identity, identity
		in.space = false
	case "ET":
	case "Tf":
		a := lastN(ops, 2)
		if a[0].kind == tName {
			gs.fontName = string(a[0].s)
			gs.font = in.e.fontFor(res, gs.fontName)
		}
		gs.fontSize = num(a, 1)
	case "Tc":
		gs.tc = num(lastN(ops, 1), 0)
	case "Tw":
		gs.tw = num(lastN(ops, 1), 0)
	case "Tz":
		gs.th = num(lastN(ops, 1), 0) / 100
	case "TL":
		gs.tl = num(lastN(ops, 1), 0)
	case "Ts":
		gs.rise = num(lastN(ops, 1), 0)
	case "Td":
		a := lastN(ops, 2)
		in.td(num(a, 0), num(a, 1))
	case "TD":
		a := lastN(ops, 2)
		gs.tl = -num(a, 1)
		in.td(num(a, 0), num(a, 1))
	case "T*":
		in.td(0, -gs.tl)
	case "Tm":
		a := lastN(ops, 6)
		in.tm = matrix{num(a, 0), num(a, 1), num(a, 2), num(a, 3), num(a, 4), num(a, 5)}
		in.tlm = in.tm
	case "Tj":
		if a := lastN(ops, 1); a[0].kind == tStr {
			in.show(a[0].s)
		}
	case "'":
		in.td(0, -gs.tl)
		if a := lastN(ops, 1); a[0].kind == tStr {
			in.show(a[0].s)
		}
	case "\"":
		a := lastN(ops, 3)
		gs.tw, gs.tc = num(a, 0), num(a, 1)
		in.td(0, -gs.tl)
		if a[2].kind == tStr {
			in.show(a[2].s)
		}
	case "TJ":
		if arr == nil {
			return nil
		}
		for _, x := range arr {
			if x.str {
				in.show(l.arena[x.s0:x.s1])
				continue
			}
			// a number moves the pen left by n/1000 text space units
			// (down, in vertical writing)
			if f := gs.font; f != nil && f.vertical {
				in.tm = matrix{1, 0, 0, 1, 0, -x.num / 1000 * gs.fontSize}.mul(in.tm)
			} else {
				adj := -x.num / 1000 * gs.fontSize * gs.th
				in.tm = in.tm.translated(adj)
			}
			if x.num < -150 { // a shift this big is a word space for any producer
				in.space = true
			}
		}
	case "BMC":
		in.beginMarked(nil, false)
	case "BDC":
		// a named property list in the resources may hold an /ActualText
		if a := lastN(ops, 1); a[0].kind == tName {
			if at := res.v.Key("Properties").Key(string(a[0].s)).Key("ActualText"); at.Kind() == pdf.String {
				in.beginMarked([]byte(at.RawString()), true)
				return nil
			}
		}
		in.beginMarked(nil, false)
	case "EMC":
		in.endMarked()
	case "Do":
		a := lastN(ops, 1)
		if a[0].kind == tName {
			return in.doXObject(string(a[0].s), res)
		}
	default:
		in.pathOp(op, ops)
	}
	return nil
}

func (in *interp) td(tx, ty float64) {
	in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	in.tm = in.tlm
}

// show renders a string: one glyph per code, advancing the text matrix.
func (in *interp) show(s []byte) {
	gs := &in.gs
	f := gs.font
	if f == nil {
		f = in.e.fallback()
	}
	var m matrix
	mulTo(&m, &in.tm, &gs.ctm)
	size := gs.fontSize * scaleY(&m)
	if f.sizeScale != 0 {
		size *= f.sizeScale
	}
	if size < 0.1 {
		size = math.Abs(gs.fontSize)
	}
	if f.vertical || !(m[1] == 0 && m[2] == 0 && m[0] > 0 && m[3] > 0) {
		in.showTurned(s, f, &m, size)
		return
	}
	// upright horizontal text, nearly every string of a notice: the loop
	// of showTurned without its frame and vertical cases, whose tests per
	// string and per glyph cost 1.5 % of the instructions of a notice's
	// parse (250715-pdd.libreoffice.pdf, callgrind)
	fs, th := gs.fontSize, gs.th
	adv := 0.0
	for len(s) > 0 {
		code, n := f.next(s)
		single := n == 1 && s[0] == ' '
		s = s[n:]
		w := f.width(code)
		t := f.text(code)
		gw := w * fs * th
		tx := (w*fs + gs.tc) * th
		if single {
			tx += gs.tw * th
		}
		if t == " " || t == "" && single {
			in.space = true
		} else if t == "" {
			in.e.unmapped++
		} else {
			if t[0] == ' ' || t[len(t)-1] == ' ' {
				in.space = true
				for len(t) > 0 && t[0] == ' ' {
					t = t[1:]
				}
				for len(t) > 0 && t[len(t)-1] == ' ' {
					t = t[:len(t)-1]
				}
			}
			x0, y := m.apply(adv, gs.rise)
			x1, _ := m.apply(adv+gw, gs.rise)
			if x1 < x0 {
				x0, x1 = x1, x0
			}
			if t != "" && len(in.glyphs) < in.e.maxGlyphs && (len(in.glyphs) < cap(in.glyphs) || in.growGlyphs()) {
				in.glyphs = append(in.glyphs, glyph{
					tid: in.e.textID(f, code, t), tlen: uint32(len(t)), x0: x0, x1: x1, y: y, size: size,
					bold: f.bold, spaceBefore: in.space, seq: 2*len(in.glyphs) + 1,
				})
			}
			in.space = false
		}
		adv += tx
	}
	in.tm = in.tm.translated(adv)
}

// showTurned is show for text that is not upright (rotated, mirrored) or
// is written vertically: it is placed in a frame of its own direction
// (see frames.go).
func (in *interp) showTurned(s []byte, f *font, m *matrix, size float64) {
	gs := &in.gs
	fs, th := gs.fontSize, gs.th
	adv := 0.0
	var fr *frame
	vertical := f.vertical
	if vertical {
		// vertical writing: glyphs advance down the text space's y
		// axis, which the frame takes as its reading direction
		mv := matrix{-m[2], -m[3], m[0], m[1], m[4], m[5]}
		fr = in.frameFor(&mv)
	} else {
		fr = in.frameFor(m)
	}
	for len(s) > 0 {
		code, n := f.next(s)
		single := n == 1 && s[0] == ' '
		s = s[n:]
		w := f.width(code)
		t := f.text(code)
		gw := w * fs * th
		tx := (w*fs + gs.tc) * th
		if single {
			tx += gs.tw * th
		}
		if vertical {
			gw = -f.w1 * fs
			tx = gw + gs.tc
			if single {
				tx += gs.tw
			}
		}
		if t == " " || t == "" && single {
			in.space = true
		} else if t == "" {
			in.e.unmapped++
		} else {
			if t[0] == ' ' || t[len(t)-1] == ' ' {
				in.space = true
				for len(t) > 0 && t[0] == ' ' {
					t = t[1:]
				}
				for len(t) > 0 && t[len(t)-1] == ' ' {
					t = t[:len(t)-1]
				}
			}
			x0, y := m.apply(adv, gs.rise)
			x1, y1 := m.apply(adv+gw, gs.rise)
			if vertical {
				x0, y = m.apply(gs.rise, -adv)
				x1, y1 = m.apply(gs.rise, -adv-gw)
			}
			var key uint16
			if fr != nil {
				// the page's margin test is made here, in page space
				if !onPage(x0, y, in.pw, in.ph) && !onPage(x1, y1, in.pw, in.ph) {
					t = ""
				}
				key = fr.key
				x0, y = fr.m.apply(x0, y)
				x1, _ = fr.m.apply(x1, y1)
			}
			if x1 < x0 {
				x0, x1 = x1, x0
			}
			if t != "" && len(in.glyphs) < in.e.maxGlyphs && (len(in.glyphs) < cap(in.glyphs) || in.growGlyphs()) {
				in.glyphs = append(in.glyphs, glyph{
					tid: in.e.textID(f, code, t), tlen: uint32(len(t)), x0: x0, x1: x1, y: y, size: size,
					bold: f.bold, spaceBefore: in.space, seq: 2*len(in.glyphs) + 1, frame: key,
				})
			}
			in.space = false
		}
		adv += tx
	}
	if vertical {
		in.tm = matrix{1, 0, 0, 1, 0, -adv}.mul(in.tm)
		return
	}
	in.tm = in.tm.translated(adv)
}

// growGlyphs doubles the page's glyph buffer, charging the memory
// budget first; false (e.err set) when over it, or past the deadline.
func (in *interp) growGlyphs() bool {
	n := max(2*cap(in.glyphs), 256)
	if err := in.e.acct.charge(int64(n-cap(in.glyphs)) * glyphCost); err != nil {
		in.e.fail(err)
		return false
	}
	if n*int(unsafe.Sizeof(glyph{})) > copyCheck {
		// (a large buffer takes milliseconds to make: not past the deadline)
		if err := in.e.ctx.Err(); err != nil {
			in.e.fail(err)
			return false
		}
	}
	g := makeSlice[glyph](len(in.glyphs), n)
	if err := copyChecked(in.e.ctx, g, in.glyphs); err != nil {
		in.e.fail(err)
		return false
	}
	in.glyphs = g
	return true
}

// textID returns the index of t, the (trimmed) text of code in f, in the
// extraction's text table, adding it on first use. t depends on the code
// only, so the index is kept per font and code.
func (e *extractor) textID(f *font, code uint32, t string) uint32 {
	if !f.cid {
		if id := f.ids[code&0xFF]; id != 0 {
			return id
		}
		id := e.addText(t)
		f.ids[code&0xFF] = id
		return id
	}
	if id, ok := f.cidIDs[code]; ok {
		return id
	}
	id := e.addText(t)
	if f.cidIDs == nil {
		f.cidIDs = map[uint32]uint32{}
	}
	f.cidIDs[code] = id
	return id
}

// addText appends a text to the extraction's table and returns its index.
func (e *extractor) addText(t string) uint32 {
	if len(e.texts) == 0 {
		e.texts = append(e.texts, "") // index 0: no text
	}
	if err := e.acct.charge(int64(len(t)) + 32); err != nil {
		e.fail(err)
	}
	e.texts = append(e.texts, t)
	return uint32(len(e.texts) - 1)
}

// fallback returns the extraction's copy of fallbackFont (fonts carry
// text indexes of their extraction: the shared one must not).
func (e *extractor) fallback() *font {
	if e.fallbackFont == nil {
		f := *fallbackFont()
		e.fallbackFont = &f
	}
	return e.fallbackFont
}

// fallbackFont is used when a Tf names no font: Latin-1 codes, half-em
// widths. Built on first use: few files need it, and every start of the
// program would pay for its 256 texts.
var fallbackFont = sync.OnceValue(func() *font {
	f := &font{}
	for i := 0; i < 256; i++ {
		f.widths[i] = 0.5
		if r := winAnsiEncoding[i]; r != noRune && r != 0 {
			f.simple[i] = cleanText(string(r))
		}
	}
	return f
})

// doXObject runs a Form XObject. Forms nested deeper than maxFormDepth
// are not drawn (real files nest two or three).
func (in *interp) doXObject(name string, res *resources) error {
	if in.depth >= maxFormDepth {
		return nil
	}
	f := res.forms[name]
	if f == nil {
		x := res.v.Key("XObject").Key(name)
		f = &form{v: x, ok: x.Key("Subtype").Name() == "Form"}
		if f.ok {
			f.m = formMatrix(x)
			if r := x.Key("Resources"); r.Kind() == pdf.Dict {
				f.res = in.e.resourcesFor(r)
			}
		}
		if res.forms == nil {
			res.forms = map[string]*form{}
		}
		res.forms[name] = f
	}
	if !f.ok {
		return nil
	}
	return in.runForm(f, res, f.m.mul(in.gs.ctm))
}

// formMatrix is a form XObject's /Matrix (identity when absent).
func formMatrix(x pdf.Value) matrix {
	m := identity
	if fm := x.Key("Matrix"); fm.Len() == 6 {
		for i := range m {
			m[i] = fm.Index(i).Float64()
		}
	}
	return m
}

// runForm runs a form XObject with ctm as its current matrix, in the
// graphics state of the caller (restored after). Its resources default
// to res.
func (in *interp) runForm(f *form, res *resources, ctm matrix) error {
	data, owned := f.data, false
	if data == nil {
		d, err := in.e.readStream(f.v)
		if err != nil {
			return err
		}
		data, owned = d, true
		if f.runs++; f.runs >= 2 && len(d) <= maxFormCache {
			// drawn again: kept decoded, for the document
			if err := in.e.acct.charge(int64(len(d))); err != nil {
				in.e.putBuf(d)
				return err
			}
			f.data, owned = bytes.Clone(d), false
			in.e.putBuf(d)
			data = f.data
		}
	}
	release := func() {
		if owned {
			in.e.putBuf(data)
		}
	}
	// a form drawn again and again (a million Do, thousands of
	// annotations sharing one appearance) counts each time: the page's
	// forms are bounded together
	in.formBytes += int64(len(data))
	if in.formOps += formRunCost; in.formOps > maxFormOps {
		release()
		return in.formLimit()
	}
	if in.formBytes > maxFormBytes*in.e.opt.MaxStreamBytes {
		release()
		return errorf(ErrStreamLimit, "a page's form XObjects decompress to more than %d bytes (%d times the stream limit)", maxFormBytes*in.e.opt.MaxStreamBytes, maxFormBytes)
	}
	saved, savedTm, savedTlm := in.gs, in.tm, in.tlm
	in.gs.ctm = ctm
	sub := res
	if f.res != nil {
		sub = f.res
	}
	if in.depth == 0 {
		in.formStart = len(in.glyphs)
	}
	in.depth++
	err := in.run(data, sub)
	in.depth--
	release()
	in.gs, in.tm, in.tlm = saved, savedTm, savedTlm
	if err == nil && len(in.glyphs)-in.formStart > maxFormGlyphs-in.formGlyphs {
		err = in.formLimit()
	}
	if in.depth == 0 {
		in.formGlyphs += len(in.glyphs) - in.formStart
	}
	return err
}

// formLimit is the error of a page whose forms run past their budget.
func (in *interp) formLimit() error {
	return errorf(ErrFormLimit, "a page's form XObjects draw more than the form limit (%d operators, %d glyphs)", maxFormOps, maxFormGlyphs)
}
