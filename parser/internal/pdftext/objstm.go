package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"io"
	"math"
	"slices"
	"strconv"
)

// Object streams (PDF 1.5) pack many small objects (fonts, resource
// dictionaries, page dictionaries) into one compressed stream. The PDF
// library finds such an object by inflating its whole stream and scanning
// it, again on every lookup: a pdfTeX or qpdf file spent most of its
// extraction re-inflating the same few streams while loading fonts.
//
// expandObjectStreams inflates each object stream once, appends its
// objects to the file as ordinary objects and appends a classic
// cross-reference table that points at them (and at every other object
// where it was), so the library reads each object directly. It reads the
// xref streams, predictor included, itself. Anything it does not expect
// (encryption, a hybrid file, a filter other than Flate, a broken entry,
// sizes past the limits) leaves the file as it was: the library then
// reads it its own, slower way.
//
// The streams it inflates and the file it writes are charged to acct as
// they are made; the error is the budget's or the context's, and nothing
// else.
func expandObjectStreams(ctx context.Context, acct *account, data []byte, maxStream int64) (out []byte, err error) {
	defer func() {
		if recover() != nil {
			out, err = data, nil // a bug here must not cost the file its reading
		}
	}()
	out, ok, err := rewriteObjectStreams(ctx, acct, data, maxStream)
	if err != nil {
		return nil, err
	}
	if ok {
		return out, nil
	}
	return data, nil
}

// rewriteObjectStreams is expandObjectStreams without its safety net, for
// the fuzz target: ok is false when the file is left as it is.
func rewriteObjectStreams(ctx context.Context, acct *account, data []byte, maxStream int64) ([]byte, bool, error) {
	if !bytes.Contains(data, []byte("/ObjStm")) || bytes.Contains(data, []byte("/Encrypt")) {
		return nil, false, nil
	}
	x := &xrefReader{ctx: ctx, acct: acct, data: data, max: maxStream}
	if !x.readChain() {
		return nil, false, x.err
	}
	out, ok := x.expand()
	return out, ok, x.err
}

// checkNesting refuses a file whose object streams the PDF library would
// follow without end before it reads it: an object stream stored in an
// object stream (the library looks the outer one up first, recursing
// without a bound: a cycle of two overflowed the stack), or an /Extends
// chain that loops (which it follows in a loop). The format forbids both.
// A file whose cross-reference streams it cannot read passes.
func checkNesting(ctx context.Context, data []byte, maxStream int64) error {
	if !bytes.Contains(data, []byte("/XRef")) {
		return nil // objects in streams are listed in xref streams only
	}
	x := &xrefReader{ctx: ctx, data: data, max: maxStream, lenient: true}
	if !x.readChain() {
		return x.err
	}
	nested := func() error {
		return errorf(ErrMalformed, "malformed PDF: an object stream is stored in another object stream")
	}
	seen := map[int64]bool{}
	for _, e := range x.entries {
		if e.kind != 2 || seen[e.a] {
			continue
		}
		seen[e.a] = true
		if err := ctx.Err(); err != nil {
			return err
		}
		// the stream, and the ones it extends
		s, chain := e.a, 0
		for {
			se, ok := x.entries[s]
			if ok && se.kind == 2 {
				return nested()
			}
			if !ok || se.kind != 1 {
				break
			}
			d, _, ok := x.objectAt(se.a)
			ext := d.raws["Extends"]
			if !ok || ext == nil {
				break
			}
			l := &lexer{b: ext}
			id, ok := intToken(l.next(), 1, maxObjectID)
			if !ok {
				break
			}
			if chain++; chain > 32 || id == e.a {
				return errorf(ErrMalformed, "malformed PDF: object streams extend each other in a loop")
			}
			s = id
		}
	}
	return nil
}

// xrefEntry is one cross-reference stream entry.
type xrefEntry struct {
	kind byte  // 0 free, 1 at an offset, 2 in an object stream
	a    int64 // offset, or the object stream's number
	b    int64 // generation, or the index in the object stream
}

// maxXrefEntries bounds the entries of a file we rewrite (the table takes
// 20 bytes an entry in use); maxObjectID bounds an object number.
const (
	maxXrefEntries = 1 << 20
	maxObjectID    = 1 << 30
)

type xrefReader struct {
	ctx     context.Context
	acct    *account
	err     error // the budget's or the context's: the reading stopped
	data    []byte
	max     int64 // bytes one inflated stream may take, and all of them
	used    int64 // inflated so far
	size    int64 // /Size of the newest section
	entries map[int64]xrefEntry
	root    []byte // the /Root and /Info values as written
	info    []byte
	// lenient keeps what was inflated of a corrupt stream (a wrong
	// checksum, data cut short), as the PDF library does: checkNesting
	// must see the entries the library will follow
	lenient bool
}

// readChain reads the xref stream at startxref and the ones its /Prev
// entries name, newer entries first.
func (x *xrefReader) readChain() bool {
	k := bytes.LastIndex(x.data, []byte("startxref"))
	if k < 0 {
		return false
	}
	l := &lexer{b: x.data[k+9 : min(len(x.data), k+40)]}
	off, ok := intToken(l.next(), 1, int64(len(x.data))-1)
	if !ok {
		return false
	}
	x.entries = map[int64]xrefEntry{}
	seen := map[int64]bool{}
	for len(seen) < 64 {
		if seen[off] {
			return false
		}
		seen[off] = true
		d, body, ok := x.objectAt(off)
		if !ok || d.name("Type") != "XRef" {
			return false // a classic table (maybe hybrid): left to the library
		}
		if len(seen) == 1 {
			x.root, x.info = d.raw("Root"), d.raw("Info")
			x.size = d.int("Size")
			if x.size <= 0 || x.size > maxObjectID || x.root == nil {
				return false
			}
		}
		if !x.readSection(d, body) {
			return false
		}
		prev, ok := d.vals["Prev"]
		if !ok {
			return true
		}
		if off, ok = intToken(prev, 1, int64(len(x.data))-1); !ok {
			return false
		}
	}
	return false
}

// intToken is a number token as an integer within [lo, hi]: ok is false
// for anything else (a fraction, an out-of-range value, not a number).
func intToken(t token, lo, hi int64) (int64, bool) {
	if t.kind != tNum || t.num != math.Trunc(t.num) || t.num < float64(lo) || t.num > float64(hi) {
		return 0, false
	}
	return int64(t.num), true
}

// readSection reads the entries of one xref stream.
func (x *xrefReader) readSection(d objDict, body []byte) bool {
	w := d.ints("W")
	if len(w) != 3 || w[0] < 0 || w[1] < 0 || w[2] < 0 || w[0] > 1 || w[1] > 8 || w[2] > 4 {
		return false
	}
	row := int(w[0] + w[1] + w[2])
	raw, ok := x.decode(d, body)
	if !ok {
		return false
	}
	if d.raws["DecodeParms"] != nil && d.dict("DecodeParms") == nil {
		return false // an array of parameters, or a reference
	}
	if p := d.dict("DecodeParms"); p != nil {
		if c := p.raws["Colors"]; c != nil && p.int("Colors") != 1 {
			return false
		}
		if b := p.raws["BitsPerComponent"]; b != nil && p.int("BitsPerComponent") != 8 {
			return false
		}
		switch pred := p.int("Predictor"); {
		case pred >= 10:
			if cols := p.int("Columns"); cols != int64(row) {
				return false
			}
			if raw, ok = unpredictPNG(raw, row); !ok {
				return false
			}
		case pred > 1:
			return false // TIFF predictor: never seen in xref streams
		}
	}
	index := d.ints("Index")
	if index == nil {
		index = []int64{0, x.size}
	}
	if len(index)%2 != 0 || row == 0 {
		return false
	}
	field := func(b []byte) int64 {
		var v int64
		for _, c := range b {
			v = v<<8 | int64(c)
		}
		return v
	}
	for i := 0; i < len(index); i += 2 {
		first, n := index[i], index[i+1]
		if first < 0 || n < 0 || first > maxObjectID || n > maxObjectID-first || n > int64(len(raw)/row) {
			return false
		}
		// the entries' memory, before they are made
		if x.err = x.acct.charge(n * xrefEntryCost); x.err != nil {
			return false
		}
		for j := range n {
			if j&0xFFF == 0xFFF {
				if x.err = x.ctx.Err(); x.err != nil {
					return false
				}
			}
			e := raw[:row]
			raw = raw[row:]
			id := first + j
			if _, ok := x.entries[id]; ok {
				continue // a newer section has it
			}
			kind := int64(1) // W[0] = 0: the type defaults to 1
			if w[0] > 0 {
				kind = field(e[:w[0]])
			}
			if kind > 2 {
				continue // an unknown type: as the library, look further back
			}
			if len(x.entries) >= maxXrefEntries {
				return false
			}
			x.entries[id] = xrefEntry{kind: byte(kind), a: field(e[w[0] : w[0]+w[1]]), b: field(e[w[0]+w[1]:])}
		}
	}
	return true
}

// expand writes the file with the objects of object streams appended as
// ordinary objects, and a classic table of the objects in use.
func (x *xrefReader) expand() ([]byte, bool) {
	// the object streams in use, each inflated once
	type member struct {
		id, index int64
	}
	streams := map[int64][]member{}
	for id, e := range x.entries {
		if e.kind == 2 {
			streams[e.a] = append(streams[e.a], member{id, e.b})
		}
	}
	if len(streams) == 0 {
		return nil, false
	}
	objs := map[int64][]byte{}
	for s, members := range streams {
		if x.err = x.ctx.Err(); x.err != nil {
			return nil, false
		}
		se, ok := x.entries[s]
		if ok && se.kind == 2 {
			// an object stream in an object stream (which the format
			// forbids): its objects are left out, missing, rather than
			// left to the library, which recursed without a bound
			continue
		}
		if !ok || se.kind != 1 {
			return nil, false
		}
		d, body, ok := x.objectAt(se.a)
		if !ok || d.name("Type") != "ObjStm" || d.raws["DecodeParms"] != nil {
			return nil, false
		}
		raw, ok := x.decode(d, body)
		if !ok {
			return nil, false
		}
		n, first := d.int("N"), d.int("First")
		if n <= 0 || n > maxObjStm || first <= 0 || first > int64(len(raw)) {
			return nil, false
		}
		// the header: n pairs of object number and offset after First
		if x.err = x.acct.charge(16 * n); x.err != nil {
			return nil, false
		}
		l := &lexer{b: raw[:first]}
		ids := make([]int64, n)
		offs := make([]int64, n)
		for i := range n {
			id, ok1 := intToken(l.next(), 0, maxObjectID)
			off, ok2 := intToken(l.next(), 0, int64(len(raw))-first)
			if !ok1 || !ok2 {
				return nil, false
			}
			ids[i], offs[i] = id, first+off
		}
		for _, m := range members {
			if m.index < 0 || m.index >= n || ids[m.index] != m.id {
				return nil, false
			}
			// one value from its offset, as the library reads it; what
			// follows it (the next object, or junk) is not part of it
			b := raw[offs[m.index]:]
			end, ok := valueEnd(b)
			if !ok {
				return nil, false
			}
			objs[m.id] = b[:end]
		}
	}

	// the table: object 0, then runs of consecutive objects in use; an
	// offset past the original end of the file would now point into the
	// appended objects, so it is left out (a missing object, as before)
	var used []int64
	for id, e := range x.entries {
		if e.kind == 2 && objs[id] != nil || e.kind == 1 && id > 0 && e.a > 0 && e.a < int64(len(x.data)) {
			used = append(used, id)
		}
	}
	if len(used) == 0 {
		return nil, false
	}
	slices.Sort(used)
	size := len(x.data) + 64 + 20*len(used) + 128
	for _, b := range objs {
		size += len(b) + 32
	}
	if x.err = x.acct.charge(int64(size)); x.err != nil {
		return nil, false
	}
	out := make([]byte, 0, size)
	out = append(out, x.data...)
	out = append(out, '\n')
	offset := make(map[int64]int, len(objs))
	for _, id := range used {
		b, ok := objs[id]
		if !ok {
			continue
		}
		offset[id] = len(out)
		out = strconv.AppendInt(out, id, 10)
		out = append(out, " 0 obj\n"...)
		out = append(out, b...)
		out = append(out, "\nendobj\n"...)
	}
	xref := len(out)
	out = append(out, "xref\n0 1\n0000000000 65535 f\r\n"...)
	for i := 0; i < len(used); {
		j := i + 1
		for j < len(used) && used[j] == used[j-1]+1 {
			j++
		}
		out = strconv.AppendInt(out, used[i], 10)
		out = append(out, ' ')
		out = strconv.AppendInt(out, int64(j-i), 10)
		out = append(out, '\n')
		for _, id := range used[i:j] {
			if e := x.entries[id]; e.kind == 1 {
				out = appendXrefLine(out, e.a, e.b)
			} else {
				out = appendXrefLine(out, int64(offset[id]), 0)
			}
		}
		i = j
	}
	out = append(out, "trailer\n<< /Size "...)
	out = strconv.AppendInt(out, max(x.size, used[len(used)-1]+1), 10)
	out = append(out, " /Root "...)
	out = append(out, x.root...)
	if x.info != nil {
		out = append(out, " /Info "...)
		out = append(out, x.info...)
	}
	out = append(out, " >>\nstartxref\n"...)
	out = strconv.AppendInt(out, int64(xref), 10)
	out = append(out, "\n%%EOF\n"...)
	return out, true
}

// valueEnd returns the length of the one PDF value b starts with (a
// number, a reference "N G R", a string, a name, a keyword, an array or a
// dictionary, nested at most 64 deep), or ok false when b does not start
// with a whole value.
func valueEnd(b []byte) (int, bool) {
	l := &lexer{b: b}
	var value func(t token, depth int) bool
	value = func(t token, depth int) bool {
		if depth > 64 {
			return false
		}
		switch t.kind {
		case tNum:
			// "N G R" is one value; a lone number is another
			save := l.i
			if g, r := l.next(), l.next(); g.kind == tNum && r.kind == tOp && string(r.s) == "R" {
				return true
			}
			l.i = save
			return true
		case tStr, tName:
			return true
		case tOp:
			switch string(t.s) {
			case "true", "false", "null":
				return true
			}
			return false
		case tArrOpen:
			for {
				u := l.next()
				if u.kind == tArrClose {
					return true
				}
				if u.kind == tEOF || !value(u, depth+1) {
					return false
				}
			}
		case tDictOpen:
			for {
				k := l.next()
				if k.kind == tDictClose {
					return true
				}
				if k.kind != tName || !value(l.next(), depth+1) {
					return false
				}
			}
		}
		return false
	}
	if !value(l.next(), 0) {
		return 0, false
	}
	return l.i, true
}

func appendXrefLine(out []byte, off, gen int64) []byte {
	if off < 0 || off > 9999999999 || gen < 0 || gen > 65535 {
		return append(out, "0000000000 00000 f\r\n"...)
	}
	var b [20]byte
	s := strconv.AppendInt(b[:0], off, 10)
	for range 10 - len(s) {
		out = append(out, '0')
	}
	out = append(out, s...)
	out = append(out, ' ')
	s = strconv.AppendInt(b[:0], gen, 10)
	for range 5 - len(s) {
		out = append(out, '0')
	}
	out = append(out, s...)
	return append(out, " n\r\n"...)
}

// decode returns a stream's data: as stored, or inflated when its filter
// is FlateDecode, within the reader's byte budget.
func (x *xrefReader) decode(d objDict, body []byte) ([]byte, bool) {
	switch f := d.vals["Filter"]; {
	case d.raws["Filter"] == nil:
		return body, true
	case f.kind != tName || string(f.s) != "FlateDecode":
		return nil, false // another filter, or an array of them
	}
	left := x.max - x.used
	out, err := inflate(x.ctx, x.acct, body, left)
	if isBudget(err) {
		x.err = err
	}
	if err != nil && !(x.lenient && !isBudget(err) && len(out) > 0) || int64(len(out)) > left {
		return nil, false
	}
	x.used += int64(len(out))
	return out, true
}

// xrefEntryCost is the memory of one entry of a cross-reference map.
const xrefEntryCost = 48

// inflate inflates a zlib stream, at most max+1 bytes of it (more is
// the caller's to refuse), charging acct as its buffer grows and
// checking ctx every readCheck bytes. A stream cut short or corrupt
// gives what was inflated and its error; past the budget or the context,
// the data is nil and the error theirs (see isBudget).
func inflate(ctx context.Context, acct *account, body []byte, max int64) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	r := io.LimitReader(zr, max+1)
	c := min(max+1, 4<<10+2*int64(len(body)))
	if err := acct.charge(c); err != nil {
		return nil, err
	}
	b := make([]byte, 0, c)
	next := readCheck
	for {
		if len(b) == cap(b) {
			c := min(max+1, 2*int64(cap(b))+4096)
			if c == int64(cap(b)) {
				return b, nil
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if err := acct.charge(c); err != nil {
				return nil, err
			}
			nb := makeBuf(len(b), int(c))
			if err := copyChecked(ctx, nb, b); err != nil {
				acct.release(c)
				return nil, err
			}
			acct.release(int64(cap(b)))
			b = nb
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if len(b) >= next {
			next = len(b) + readCheck
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// unpredictPNG undoes the PNG predictors of rows of width bytes, each
// preceded by its filter type byte.
func unpredictPNG(b []byte, width int) ([]byte, bool) {
	if len(b)%(width+1) != 0 {
		return nil, false
	}
	rows := len(b) / (width + 1)
	out := make([]byte, rows*width)
	prev := make([]byte, width) // the row above the first is zeros
	for r := range rows {
		ft, in := b[r*(width+1)], b[r*(width+1)+1:(r+1)*(width+1)]
		cur := out[r*width : (r+1)*width]
		for i := range width {
			var left, upLeft byte
			if i > 0 { // bpp is 1 for xref streams: one byte per "pixel"
				left, upLeft = cur[i-1], prev[i-1]
			}
			up := prev[i]
			switch ft {
			case 0:
				cur[i] = in[i]
			case 1:
				cur[i] = in[i] + left
			case 2:
				cur[i] = in[i] + up
			case 3:
				cur[i] = in[i] + byte((int(left)+int(up))/2)
			case 4:
				cur[i] = in[i] + paeth(left, up, upLeft)
			default:
				return nil, false
			}
		}
		prev = cur
	}
	return out, true
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// objDict is the dictionary of an indirect object, as much of it as
// expandObjectStreams needs: numbers, names, arrays of numbers, nested
// dictionaries, and the raw text of each value.
type objDict struct {
	vals map[string]token
	subs map[string]objDict
	arrs map[string][]int64
	raws map[string][]byte
}

func (d objDict) name(k string) string {
	if v := d.vals[k]; v.kind == tName {
		return string(v.s)
	}
	return ""
}

// int is the value of k as a non-negative integer below 2^53, or -1.
func (d objDict) int(k string) int64 {
	if v, ok := intToken(d.vals[k], 0, 1<<53); ok {
		return v
	}
	return -1
}

func (d objDict) ints(k string) []int64 { return d.arrs[k] }
func (d objDict) raw(k string) []byte   { return d.raws[k] }

func (d objDict) dict(k string) *objDict {
	if s, ok := d.subs[k]; ok {
		return &s
	}
	return nil
}

// objectAt reads "N G obj << dict >> stream ... endstream" at off and
// returns the dictionary and the stream's bytes (by /Length, which must
// be a number or a reference to one).
func (x *xrefReader) objectAt(off int64) (objDict, []byte, bool) {
	if off < 0 || off >= int64(len(x.data)) {
		return objDict{}, nil, false
	}
	l := &lexer{b: x.data[off:]}
	if a, b, c := l.next(), l.next(), l.next(); a.kind != tNum || b.kind != tNum || c.kind != tOp || string(c.s) != "obj" {
		return objDict{}, nil, false
	}
	if l.next().kind != tDictOpen {
		return objDict{}, nil, false
	}
	d, ok := readObjDict(l, 0)
	if !ok {
		return objDict{}, nil, false
	}
	if t := l.next(); t.kind != tOp || string(t.s) != "stream" {
		return objDict{}, nil, false
	}
	start := int64(l.i)
	if start < int64(len(l.b)) && l.b[start] == '\r' {
		start++
	}
	if start < int64(len(l.b)) && l.b[start] == '\n' {
		start++
	}
	n := d.int("Length")
	if r := d.raws["Length"]; n < 0 && r != nil {
		n = x.lengthRef(r)
	}
	if n < 0 || n > int64(len(l.b))-start {
		return objDict{}, nil, false
	}
	return d, l.b[start : start+n], true
}

// lengthRef resolves a /Length given as "N G R" through the entries read
// so far (the object holding it is never in an object stream).
func (x *xrefReader) lengthRef(ref []byte) int64 {
	l := &lexer{b: ref}
	a, b, r := l.next(), l.next(), l.next()
	id, ok := intToken(a, 1, maxObjectID)
	if !ok || b.kind != tNum || r.kind != tOp || string(r.s) != "R" {
		return -1
	}
	e, ok := x.entries[id]
	if !ok || e.kind != 1 || e.a <= 0 || e.a >= int64(len(x.data)) {
		return -1
	}
	l = &lexer{b: x.data[e.a:min(int64(len(x.data)), e.a+64)]}
	if a, b, c, v := l.next(), l.next(), l.next(), l.next(); a.kind == tNum && b.kind == tNum && c.kind == tOp && string(c.s) == "obj" {
		if n, ok := intToken(v, 0, int64(len(x.data))); ok {
			return n
		}
	}
	return -1
}

// readObjDict reads a dictionary's entries after its "<<" up to and
// including its ">>".
func readObjDict(l *lexer, depth int) (objDict, bool) {
	d := objDict{vals: map[string]token{}, subs: map[string]objDict{}, arrs: map[string][]int64{}, raws: map[string][]byte{}}
	if depth > 8 {
		return d, false
	}
	for {
		k := l.next()
		switch k.kind {
		case tDictClose:
			return d, true
		case tName:
		default:
			return d, false
		}
		key := string(k.s)
		l.skipSpace()
		from := l.i
		v := l.next()
		switch v.kind {
		case tDictOpen:
			sub, ok := readObjDict(l, depth+1)
			if !ok {
				return d, false
			}
			d.subs[key] = sub
		case tArrOpen:
			var nums []int64
			for guard := 0; ; guard++ {
				t := l.next()
				if t.kind == tArrClose {
					break
				}
				if t.kind == tEOF || guard > 1<<16 {
					return d, false
				}
				if t.kind == tNum {
					v, ok := intToken(t, 0, 1<<53)
					if !ok {
						v = -1 // refused by every reader of these arrays
					}
					nums = append(nums, v)
				}
			}
			d.arrs[key] = nums
		case tNum:
			// "N G R" is a reference: keep its text
			save := l.i
			g, r := l.next(), l.next()
			if g.kind == tNum && r.kind == tOp && string(r.s) == "R" {
				d.raws[key] = bytes.Clone(l.b[from:l.i])
				continue
			}
			l.i = save
			d.vals[key] = v
		case tEOF, tDictClose, tArrClose:
			return d, false
		default:
			v.s = bytes.Clone(v.s) // the lexer reuses its memory
			d.vals[key] = v
		}
		d.raws[key] = bytes.Clone(l.b[from:l.i])
	}
}
