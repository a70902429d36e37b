package pdftext

import (
	"bytes"
	"compress/zlib"
	"io"
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
func expandObjectStreams(data []byte, maxStream int64) []byte {
	if !bytes.Contains(data, []byte("/ObjStm")) || bytes.Contains(data, []byte("/Encrypt")) {
		return data
	}
	x := &xrefReader{data: data, max: maxStream}
	if !x.readChain() {
		return data
	}
	out, ok := x.expand()
	if !ok {
		return data
	}
	return out
}

// xrefEntry is one cross-reference stream entry.
type xrefEntry struct {
	kind byte  // 0 free, 1 at an offset, 2 in an object stream
	a    int64 // offset, or the object stream's number
	b    int64 // generation, or the index in the object stream
}

// maxXrefSize bounds the objects of a file we rewrite: the classic table
// takes 20 bytes an object.
const maxXrefSize = 1 << 20

type xrefReader struct {
	data    []byte
	max     int64 // bytes one inflated stream may take, and all of them
	used    int64 // inflated so far
	entries []xrefEntry
	set     []bool // entries[i] came from a newer section
	root    []byte // the /Root and /Info values as written
	info    []byte
}

// readChain reads the xref stream at startxref and the ones its /Prev
// entries name, newer entries first.
func (x *xrefReader) readChain() bool {
	k := bytes.LastIndex(x.data, []byte("startxref"))
	if k < 0 {
		return false
	}
	l := &lexer{b: x.data[k+9 : min(len(x.data), k+40)]}
	t := l.next()
	if t.kind != tNum {
		return false
	}
	off := int64(t.num)
	seen := map[int64]bool{}
	for len(seen) < 64 {
		if off <= 0 || off >= int64(len(x.data)) || seen[off] {
			return false
		}
		seen[off] = true
		d, body, ok := x.objectAt(off)
		if !ok || d.name("Type") != "XRef" {
			return false // a classic table (maybe hybrid): left to the library
		}
		if len(seen) == 1 {
			x.root, x.info = d.raw("Root"), d.raw("Info")
			size := d.int("Size")
			if size <= 0 || size > maxXrefSize || x.root == nil {
				return false
			}
			x.entries = make([]xrefEntry, size)
			x.set = make([]bool, size)
		}
		if !x.readSection(d, body) {
			return false
		}
		prev, ok := d.vals["Prev"]
		if !ok {
			return true
		}
		if prev.kind != tNum {
			return false
		}
		off = int64(prev.num)
	}
	return false
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
		index = []int64{0, int64(len(x.entries))}
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
		if first < 0 || n < 0 || first+n > int64(len(x.entries)) || int64(len(raw)) < n*int64(row) {
			return false
		}
		for j := int64(0); j < n; j++ {
			e := raw[:row]
			raw = raw[row:]
			id := first + j
			if x.set[id] {
				continue // a newer section has it
			}
			x.set[id] = true
			kind := int64(1) // W[0] = 0: the type defaults to 1
			if w[0] > 0 {
				kind = field(e[:w[0]])
			}
			if kind > 2 {
				kind = 0 // unknown types are null objects
			}
			x.entries[id] = xrefEntry{kind: byte(kind), a: field(e[w[0] : w[0]+w[1]]), b: field(e[w[0]+w[1]:])}
		}
	}
	return true
}

// expand writes the file with the objects of object streams appended as
// ordinary objects, and a classic table for the whole file.
func (x *xrefReader) expand() ([]byte, bool) {
	// the object streams in use, each inflated once
	type member struct {
		id, index int64
	}
	streams := map[int64][]member{}
	for id, e := range x.entries {
		if e.kind == 2 {
			streams[e.a] = append(streams[e.a], member{int64(id), e.b})
		}
	}
	if len(streams) == 0 {
		return nil, false
	}
	objs := make(map[int64][]byte, len(x.entries))
	for s, members := range streams {
		if s <= 0 || s >= int64(len(x.entries)) || x.entries[s].kind != 1 {
			return nil, false
		}
		d, body, ok := x.objectAt(x.entries[s].a)
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
		l := &lexer{b: raw[:first]}
		ids := make([]int64, n)
		offs := make([]int64, n)
		for i := range n {
			a, b := l.next(), l.next()
			if a.kind != tNum || b.kind != tNum || b.num < 0 || first+int64(b.num) > int64(len(raw)) {
				return nil, false
			}
			ids[i], offs[i] = int64(a.num), first+int64(b.num)
		}
		ends := slices.Clone(offs)
		slices.Sort(ends)
		for _, m := range members {
			if m.index < 0 || m.index >= n || ids[m.index] != m.id {
				return nil, false
			}
			start := offs[m.index]
			end := int64(len(raw))
			if i, _ := slices.BinarySearch(ends, start+1); i < len(ends) {
				end = ends[i] // the next object's start
			}
			objs[m.id] = raw[start:end]
		}
	}

	size := len(x.data) + 64
	for _, b := range objs {
		size += len(b) + 32
	}
	size += 20*len(x.entries) + 128
	out := make([]byte, 0, size)
	out = append(out, x.data...)
	out = append(out, '\n')
	offset := make(map[int64]int, len(objs))
	for id := range int64(len(x.entries)) {
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
	out = append(out, "xref\n0 "...)
	out = strconv.AppendInt(out, int64(len(x.entries)), 10)
	out = append(out, '\n')
	for id, e := range x.entries {
		switch {
		case id == 0:
			out = append(out, "0000000000 65535 f\r\n"...)
		case e.kind == 1:
			out = appendXrefLine(out, e.a, e.b)
		case e.kind == 2:
			out = appendXrefLine(out, int64(offset[int64(id)]), 0)
		default:
			out = append(out, "0000000000 00000 f\r\n"...)
		}
	}
	out = append(out, "trailer\n<< /Size "...)
	out = strconv.AppendInt(out, int64(len(x.entries)), 10)
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
	zr, err := zlib.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, false
	}
	left := x.max - x.used
	out, err := io.ReadAll(io.LimitReader(zr, left+1))
	if err != nil || int64(len(out)) > left {
		return nil, false
	}
	x.used += int64(len(out))
	return out, true
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

func (d objDict) int(k string) int64 {
	if v := d.vals[k]; v.kind == tNum && v.num == float64(int64(v.num)) {
		return int64(v.num)
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
	if a.kind != tNum || b.kind != tNum || r.kind != tOp || string(r.s) != "R" {
		return -1
	}
	id := int64(a.num)
	if id <= 0 || id >= int64(len(x.entries)) || x.entries[id].kind != 1 {
		return -1
	}
	off := x.entries[id].a
	if off < 0 || off >= int64(len(x.data)) {
		return -1
	}
	l = &lexer{b: x.data[off:min(int64(len(x.data)), off+64)]}
	if a, b, c, v := l.next(), l.next(), l.next(), l.next(); a.kind == tNum && b.kind == tNum && c.kind == tOp && string(c.s) == "obj" && v.kind == tNum {
		return int64(v.num)
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
					nums = append(nums, int64(t.num))
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
