package pdftext

import (
	"math"

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

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// glyph is one shown character (or ligature, or multi-rune mapping) in
// page space.
type glyph struct {
	text        string
	x0, x1, y   float64 // left, right along the baseline; baseline y
	size        float64 // effective font size in points
	bold        bool
	spaceBefore bool // an explicit space (or large TJ shift) preceded it in the stream
	seq         int  // content order
	marker      bool // a list bullet drawn as a shape (see attachBullets)
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
}

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
}

const (
	maxFormDepth = 8
	maxGStack    = 256
	checkEvery   = 4096
)

// run interprets one content stream with its resources.
func (in *interp) run(data []byte, res *resources) error {
	l := &lexer{b: data}
	var ops []token
	var arrays [][]token // the TJ array operand (only arrays are ever used by TJ)
	var arrBuf []token
	for {
		t := l.next()
		switch t.kind {
		case tEOF:
			return nil
		case tArrOpen:
			// collect a flat array (TJ); nested arrays are flattened
			arr := arrBuf[:0]
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
				case tNum, tStr:
					arr = append(arr, u)
				}
			}
			arrBuf = arr
			arrays = append(arrays[:0], arr)
			ops = append(ops, token{kind: tArrOpen})
			continue
		case tDictOpen:
			// inline property list (BDC, BI): skip to the matching >>
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
		if err := in.op(string(t.s), ops, arrays, res, l); err != nil {
			return err
		}
		ops = ops[:0]
		arrays = arrays[:0]
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

func (in *interp) op(op string, ops []token, arrays [][]token, res *resources, l *lexer) error {
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
		if len(arrays) == 0 {
			return nil
		}
		for _, x := range arrays[0] {
			if x.kind == tStr {
				in.show(x.s)
				continue
			}
			// a number moves the pen left by n/1000 text space units
			adj := -x.num / 1000 * gs.fontSize * gs.th
			in.tm = matrix{1, 0, 0, 1, adj, 0}.mul(in.tm)
			if x.num < -150 { // a shift this big is a word space for any producer
				in.space = true
			}
		}
	default:
		in.pathOp(op, ops)
	case "Do":
		a := lastN(ops, 1)
		if a[0].kind == tName {
			return in.doXObject(string(a[0].s), res)
		}
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
		f = fallbackFont
	}
	m := in.tm.mul(gs.ctm)
	size := gs.fontSize * math.Hypot(m[2], m[3])
	if size < 0.1 {
		size = math.Abs(gs.fontSize)
	}
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
		} else if t != "" {
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
			if t != "" && len(in.glyphs) < in.e.maxGlyphs {
				in.glyphs = append(in.glyphs, glyph{
					text: t, x0: x0, x1: x1, y: y, size: size,
					bold: f.bold, spaceBefore: in.space, seq: 2*len(in.glyphs) + 1,
				})
			}
			in.space = false
		}
		adv += tx
	}
	in.tm = matrix{1, 0, 0, 1, adv, 0}.mul(in.tm)
}

// fallbackFont is used when a Tf names no font: Latin-1 codes, half-em widths.
var fallbackFont = func() *font {
	f := &font{}
	for i := 0; i < 256; i++ {
		f.widths[i] = 0.5
		if r := winAnsiEncoding[i]; r != noRune && r != 0 {
			f.simple[i] = cleanText(string(r))
		}
	}
	return f
}()

// doXObject runs a Form XObject.
func (in *interp) doXObject(name string, res *resources) error {
	if in.depth >= maxFormDepth {
		return nil
	}
	x := res.v.Key("XObject").Key(name)
	if x.Key("Subtype").Name() != "Form" {
		return nil
	}
	data, err := in.e.readStream(x)
	if err != nil {
		return err
	}
	saved, savedTm, savedTlm := in.gs, in.tm, in.tlm
	if fm := x.Key("Matrix"); fm.Len() == 6 {
		var m matrix
		for i := range m {
			m[i] = fm.Index(i).Float64()
		}
		in.gs.ctm = m.mul(in.gs.ctm)
	}
	sub := res
	if r := x.Key("Resources"); r.Kind() == pdf.Dict {
		sub = in.e.resourcesFor(r)
	}
	in.depth++
	err = in.run(data, sub)
	in.depth--
	in.e.putBuf(data)
	in.gs, in.tm, in.tlm = saved, savedTm, savedTlm
	return err
}
