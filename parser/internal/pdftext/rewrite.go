package pdftext

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strconv"

	"github.com/vacancy-tools/vacancy/parser/internal/pdfcrypt"
)

// rewrite.go reads a PDF object by object, without the PDF library, and
// writes it again as a plain file: every live object at an offset of its
// own (object streams expanded), a classic cross-reference table, and a
// trailer with /Root and /Info only. Two kinds of rare file go this way
// before the library sees them:
//
//   - encrypted files: strings and streams are decrypted on the way
//     (package pdfcrypt), so the library and our fast stream path read a
//     plain file (the library's own decryption is wrong for RC4 40-bit
//     and missing for crypt filters and AES-256);
//   - damaged files the library cannot read: the table is rebuilt from
//     what the xref chain says (classic tables, xref streams and hybrids,
//     incremental updates, linearized files) checked against a scan for
//     "N G obj" (CR-only line ends included), and a stream whose /Length
//     is wrong is read to its "endstream".
//
// An ordinary file never comes here: the cost is paid by the rare file.

// maxRewriteObjects bounds the objects of a file we rewrite (the
// library's own tables take more memory per object than ours).
const maxRewriteObjects = 1 << 20

type objLoc struct {
	kind byte  // 0 free, 1 at an offset, 2 in an object stream
	a    int64 // offset, or the object stream's number
	b    int64 // generation, or the index in the object stream
}

// objTable is a file's objects, found through its xref chain or by
// scanning for them.
type objTable struct {
	ctx     context.Context
	acct    *account
	err     error // the budget's or the context's: the reading stopped
	data    []byte
	max     int64 // bytes all object streams may inflate to
	used    int64
	loc     map[int64]objLoc
	trailer pv                // merged, newest entries first
	stms    map[int64]*objStm // decoded object streams
	scanned map[int64]int64   // id → offset of its last "N G obj" (see scan)
	crypt   *pdfcrypt.Handler
	encID   int64 // the /Encrypt dictionary's object (not decrypted), or 0
	steps   int   // work done, for the context checks
	parsed  int64 // bytes parsed so far (see parse)
	held    int64 // memory charged for parsed values (see drop)
	entries int64 // entries of loc and scanned charged (see tick)
}

// parseBudget bounds the bytes a rewrite parses, as a multiple of the
// file and its inflated object streams: each object is parsed once or
// twice, but a hostile table can point many entries at one large value.
const parseBudget = 8

// parse reads one value from l, counting the bytes it reads; ok is false
// past the table's budget.
//
// A value takes up to pvCost bytes of memory for each byte of the file
// it is read from (an array of one-digit numbers); that much of the
// budget is charged for the bytes the value spans, before it is read
// (valueEnd measures it without allocating), and given back by the
// caller with drop when it no longer holds the value.
func (t *objTable) parse(l *lexer) (pv, bool) {
	start := l.i
	if t.err != nil {
		return pv{}, false
	}
	n, whole := valueEnd(l.b[start:])
	if whole {
		if t.err = t.acct.charge(int64(n) * pvCost); t.err != nil {
			return pv{}, false
		}
		t.held += int64(n) * pvCost
	}
	v, ok := parseValue(l, l.next(), 0)
	if !whole {
		// a damaged value, which parseValue reads as far as it can:
		// charged once read
		n := int64(l.i-start) * pvCost
		t.held += n
		if t.err = t.acct.charge(n); t.err != nil {
			return pv{}, false
		}
	}
	t.parsed += int64(l.i - start)
	if t.parsed > parseBudget*(int64(len(t.data))+t.used) {
		return pv{}, false
	}
	return v, ok
}

// pvCost is the memory of a parsed value per byte of its text.
const pvCost = 32

// drop gives back the memory charged for the values parsed so far: the
// caller holds none of them any more.
func (t *objTable) drop() {
	t.acct.release(t.held)
	t.held = 0
}

type objStm struct {
	raw  []byte
	ids  []int64
	offs []int64
}

var errRewrite = errors.New("cannot rewrite")

func newObjTable(ctx context.Context, acct *account, data []byte, maxStream int64) *objTable {
	return &objTable{ctx: ctx, acct: acct, data: data, max: maxStream, loc: map[int64]objLoc{}, stms: map[int64]*objStm{}, trailer: pv{k: pDict}}
}

// tick counts work and checks the context every so often, charging the
// memory of the entries the tables gained since.
func (t *objTable) tick() error {
	t.steps++
	if t.steps%256 == 0 {
		if n := int64(len(t.loc) + len(t.scanned)); n > t.entries {
			if t.err == nil {
				t.err = t.acct.charge((n - t.entries) * xrefEntryCost)
			}
			t.entries = n
		}
		if t.err != nil {
			return t.err
		}
		return t.ctx.Err()
	}
	return nil
}

// readXref reads the xref chain from the last startxref: classic tables
// (with a hybrid file's /XRefStm), xref streams, /Prev links. It returns
// false when the chain is broken anywhere; what it read is kept.
func (t *objTable) readXref() bool {
	k := bytes.LastIndex(t.data, []byte("startxref"))
	if k < 0 {
		return false
	}
	l := &lexer{b: t.data[k+9 : min(len(t.data), k+40)]}
	off, ok := intToken(l.next(), 0, int64(len(t.data))-1)
	if !ok {
		return false
	}
	seen := map[int64]bool{}
	for len(seen) < 1000 {
		if seen[off] {
			return false
		}
		seen[off] = true
		trailer, ok := t.readSection(off)
		if !ok {
			return false
		}
		t.mergeTrailer(trailer)
		if xs, ok := trailer.get("XRefStm").int(); ok && xs > 0 && xs < int64(len(t.data)) && !seen[xs] {
			seen[xs] = true
			if tr, ok := t.readSection(xs); ok {
				t.mergeTrailer(tr)
			}
		}
		prev, ok := trailer.get("Prev").int()
		if !ok {
			return trailer.get("Prev").k == pNull
		}
		if prev < 0 || prev >= int64(len(t.data)) {
			return false
		}
		off = prev
	}
	return false
}

// mergeTrailer keeps the entries of an older trailer that newer ones lack.
func (t *objTable) mergeTrailer(tr pv) {
	for i := 0; i+1 < len(tr.a); i += 2 {
		key := string(tr.a[i].raw)
		switch key {
		case "Root", "Info", "Encrypt", "ID":
			if t.trailer.get(key).k == pNull {
				t.trailer.a = append(t.trailer.a, tr.a[i], tr.a[i+1])
			}
		}
	}
}

// readSection reads one xref section at off, classic or stream, adding
// the entries not yet known, and returns its trailer dictionary.
func (t *objTable) readSection(off int64) (pv, bool) {
	b := t.data[off:]
	i := 0
	for i < len(b) && charClass[b[i]]&classSpace != 0 {
		i++
	}
	if bytes.HasPrefix(b[i:], []byte("xref")) {
		return t.readTable(b[i+4:])
	}
	_, _, v, body, ok := t.objectAt(off)
	if !ok || v.get("Type").name() != "XRef" || body == nil {
		return pv{}, false
	}
	return v, t.readXrefStream(v, body)
}

// readTable reads the subsections of a classic table and its trailer.
func (t *objTable) readTable(b []byte) (pv, bool) {
	l := &lexer{b: b}
	for {
		if err := t.tick(); err != nil {
			return pv{}, false
		}
		a := l.next()
		if a.kind == tOp && string(a.s) == "trailer" {
			d := l.next()
			v, ok := parseValue(l, d, 0)
			if v.k != pDict || (!ok && len(v.a) == 0) {
				return pv{}, false
			}
			return v, true
		}
		first, ok1 := intToken(a, 0, maxObjectID)
		n, ok2 := intToken(l.next(), 0, maxObjectID)
		if !ok1 || !ok2 {
			return pv{}, false
		}
		for j := int64(0); j < n; j++ {
			o, g, kind := l.next(), l.next(), l.next()
			if o.kind != tNum || g.kind != tNum || kind.kind != tOp {
				return pv{}, false
			}
			if j%256 == 0 {
				if err := t.tick(); err != nil {
					return pv{}, false
				}
			}
			id := first + j
			if _, ok := t.loc[id]; ok || len(t.loc) >= maxRewriteObjects {
				continue
			}
			switch kind.s[0] {
			case 'n':
				t.loc[id] = objLoc{kind: 1, a: int64(o.num), b: int64(g.num)}
			case 'f':
				t.loc[id] = objLoc{}
			}
		}
	}
}

// readXrefStream adds the entries of an xref stream.
func (t *objTable) readXrefStream(d pv, body []byte) bool {
	var w [3]int64
	ws := d.get("W")
	if ws.k != pArr || len(ws.a) != 3 {
		return false
	}
	for i := range w {
		n, ok := ws.a[i].int()
		if !ok || n < 0 || n > 8 {
			return false
		}
		w[i] = n
	}
	row := int(w[0] + w[1] + w[2])
	if row == 0 {
		return false
	}
	raw, ok := t.decode(d, body)
	if !ok {
		return false
	}
	if p := d.get("DecodeParms"); p.k == pDict {
		if pred, _ := p.get("Predictor").int(); pred >= 10 {
			if raw, ok = unpredictPNG(raw, row); !ok {
				return false
			}
		} else if pred > 1 {
			return false
		}
	}
	var index []int64
	if ix := d.get("Index"); ix.k == pArr {
		for _, x := range ix.a {
			n, ok := x.int()
			if !ok {
				return false
			}
			index = append(index, n)
		}
	} else {
		size, _ := d.get("Size").int()
		index = []int64{0, size}
	}
	field := func(b []byte) int64 {
		var v int64
		for _, c := range b {
			v = v<<8 | int64(c)
		}
		return v
	}
	for i := 0; i+1 < len(index); i += 2 {
		first, n := index[i], index[i+1]
		if first < 0 || n < 0 || first > maxObjectID || n > maxObjectID-first {
			return false
		}
		n = min(n, int64(len(raw)/row)) // a short stream: what it holds
		for j := range n {
			if j&0xFF == 0 && t.tick() != nil {
				return false
			}
			e := raw[:row]
			raw = raw[row:]
			id := first + j
			if _, ok := t.loc[id]; ok || len(t.loc) >= maxRewriteObjects {
				continue
			}
			kind := int64(1)
			if w[0] > 0 {
				kind = field(e[:w[0]])
			}
			if kind > 2 {
				continue
			}
			t.loc[id] = objLoc{kind: byte(kind), a: field(e[w[0] : w[0]+w[1]]), b: field(e[w[0]+w[1]:])}
		}
	}
	return true
}

// decode returns a stream's data, decrypted when it is encrypted, and
// inflated when its filter is FlateDecode (the filter of every object
// and xref stream seen), within the table's byte budget.
func (t *objTable) decode(d pv, body []byte) ([]byte, bool) {
	f := d.get("Filter")
	if f.k == pArr && len(f.a) == 1 {
		f = f.a[0]
	}
	switch {
	case f.k == pNull:
		return body, true
	case f.name() != "FlateDecode":
		return nil, false
	}
	left := t.max - t.used
	out, err := inflate(t.ctx, t.acct, body, left)
	if isBudget(err) {
		t.err = err
		return nil, false
	}
	if int64(len(out)) > left || (err != nil && len(out) == 0) {
		return nil, false
	}
	t.used += int64(len(out))
	return out, true // a truncated stream keeps what was inflated
}

// objectAt reads "N G obj value [stream ... endstream]" at off: the
// number, generation, value and the stream's raw bytes (nil: no stream).
func (t *objTable) objectAt(off int64) (id, gen int64, v pv, body []byte, ok bool) {
	if off < 0 || off >= int64(len(t.data)) {
		return 0, 0, pv{}, nil, false
	}
	l := &lexer{b: t.data[off:]}
	a, g, o := l.next(), l.next(), l.next()
	id, ok1 := intToken(a, 0, maxObjectID)
	gen, ok2 := intToken(g, 0, 65535)
	if !ok1 || !ok2 || o.kind != tOp || string(o.s) != "obj" {
		return 0, 0, pv{}, nil, false
	}
	v, ok = t.parse(l)
	if !ok && !(v.k == pDict && len(v.a) > 0) {
		return 0, 0, pv{}, nil, false
	}
	if v.k != pDict {
		return id, gen, v, nil, true
	}
	l.skipSpace()
	if !bytes.HasPrefix(l.b[l.i:], []byte("stream")) {
		return id, gen, v, nil, true
	}
	start := l.i + 6
	if start < len(l.b) && l.b[start] == '\r' {
		start++
	}
	if start < len(l.b) && l.b[start] == '\n' {
		start++
	}
	return id, gen, v, t.streamData(l.b, start, v.get("Length")), true
}

// maxEndstreamGap is how far past /Length "endstream" may start and the
// length still count as right: an end-of-line, maybe blanks.
const maxEndstreamGap = 16

// streamData is the data of a stream starting at b[start:] (see
// streamBody; a wrong /Length is common in damaged files).
func (t *objTable) streamData(b []byte, start int, length pv) []byte {
	n, ok := length.int()
	if length.k == pRef {
		n, ok = t.resolveInt(length.ref[0])
	}
	if !ok || n < 0 || n > int64(len(b)-start) {
		n = -1
	}
	return streamBody(b, int64(start), n)
}

// resolveInt reads object id as an integer (a /Length kept apart).
func (t *objTable) resolveInt(id int64) (int64, bool) {
	e, ok := t.loc[id]
	if !ok || e.kind != 1 {
		if off, ok := t.scanned[id]; ok {
			e = objLoc{kind: 1, a: off}
		} else {
			return 0, false
		}
	}
	if e.a < 0 || e.a >= int64(len(t.data)) {
		return 0, false
	}
	l := &lexer{b: t.data[e.a:min(int64(len(t.data)), e.a+64)]}
	a, _, c, v := l.next(), l.next(), l.next(), l.next()
	if got, ok := intToken(a, 0, maxObjectID); !ok || got != id || c.kind != tOp || string(c.s) != "obj" {
		return 0, false
	}
	return intToken(v, 0, int64(len(t.data)))
}

// scan finds every "N G obj" that starts a line or follows white space
// (end of lines CR, LF or CRLF), the last one of each number winning as
// in a file updated incrementally.
func (t *objTable) scan() error {
	t.scanned = map[int64]int64{}
	b := t.data
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("obj"))
		if j < 0 {
			return nil
		}
		p := i + j
		i = p + 3
		if err := t.tick(); err != nil {
			return err
		}
		if i < len(b) && charClass[b[i]] == 0 { // "objects", "objstm"
			continue
		}
		// back over " G N" before it
		k := p
		num := func() (int64, bool) {
			for k > 0 && charClass[b[k-1]]&classSpace != 0 {
				k--
			}
			e := k
			for k > 0 && b[k-1] >= '0' && b[k-1] <= '9' && e-k < 10 {
				k--
			}
			if k == e {
				return 0, false
			}
			v, err := strconv.ParseInt(string(b[k:e]), 10, 64)
			return v, err == nil
		}
		if _, ok := num(); !ok {
			continue
		}
		if k == p || charClass[b[k]]&classSpace != 0 {
			continue
		}
		id, ok := num()
		if !ok || id <= 0 || id > maxObjectID || (k > 0 && charClass[b[k-1]]&(classSpace|classDelim) == 0) {
			continue
		}
		if len(t.scanned) < maxRewriteObjects {
			t.scanned[id] = int64(k)
		}
	}
}

// fixOffsets checks each entry at an offset against the scan, and adds
// the objects the table lacks: a table may point a byte off, or at the
// wrong object, and damaged files lose parts of theirs.
func (t *objTable) fixOffsets() error {
	for id, off := range t.scanned {
		if err := t.tick(); err != nil {
			return err
		}
		e, ok := t.loc[id]
		switch {
		case !ok, e.kind == 0:
			t.loc[id] = objLoc{kind: 1, a: off}
		case e.kind == 1:
			if got, _, ok := t.objectHeader(e.a); !ok || got != id {
				t.loc[id] = objLoc{kind: 1, a: off}
			}
		}
	}
	return nil
}

// addStreamMembers adds the objects of object streams found by the scan, when no table says where they are. (An
// encrypted file's object streams are read once its handler is set.)
func (t *objTable) addStreamMembers() error {
	for id, off := range t.scanned {
		if len(t.loc) >= maxRewriteObjects || t.err != nil {
			return t.err
		}
		if err := t.tick(); err != nil {
			return err
		}
		l := &lexer{b: t.data[off:min(int64(len(t.data)), off+512)]}
		if l.next(); l.next().kind != tNum || !bytes.Contains(l.b, []byte("/ObjStm")) {
			continue
		}
		s := t.objStm(id)
		if s == nil {
			continue
		}
		for i, m := range s.ids {
			if e, ok := t.loc[m]; !ok || e.kind == 0 {
				t.loc[m] = objLoc{kind: 2, a: id, b: int64(i)}
			}
		}
	}
	return t.err
}

// objectHeader reads "N G obj" at off.
func (t *objTable) objectHeader(off int64) (id, gen int64, ok bool) {
	if off < 0 || off >= int64(len(t.data)) {
		return 0, 0, false
	}
	l := &lexer{b: t.data[off:min(int64(len(t.data)), off+64)]}
	a, g, o := l.next(), l.next(), l.next()
	id, ok1 := intToken(a, 0, maxObjectID)
	gen, ok2 := intToken(g, 0, 65535)
	return id, gen, ok1 && ok2 && o.kind == tOp && string(o.s) == "obj"
}

// objStm returns object stream id, decrypted and inflated, and its
// header read; nil when it is none or broken.
func (t *objTable) objStm(id int64) *objStm {
	if s, ok := t.stms[id]; ok {
		return s
	}
	t.stms[id] = nil // a loop through a broken table ends here
	e, ok := t.loc[id]
	if !ok || e.kind != 1 {
		off, ok := t.scanned[id]
		if !ok {
			return nil
		}
		e = objLoc{kind: 1, a: off}
	}
	got, gen, d, body, ok := t.objectAt(e.a)
	if !ok || got != id || body == nil || d.get("Type").name() != "ObjStm" || d.get("DecodeParms").k != pNull {
		return nil
	}
	if t.crypt != nil {
		body = t.crypt.DecryptStream(id, gen, body)
	}
	raw, ok := t.decode(d, body)
	if !ok {
		return nil
	}
	n, _ := d.get("N").int()
	first, _ := d.get("First").int()
	if n <= 0 || n > maxObjStm || first <= 0 || first > int64(len(raw)) {
		return nil
	}
	s := &objStm{raw: raw}
	l := &lexer{b: raw[:first]}
	for range n {
		a, ok1 := intToken(l.next(), 0, maxObjectID)
		o, ok2 := intToken(l.next(), 0, int64(len(raw))-first)
		if !ok1 || !ok2 {
			break
		}
		s.ids = append(s.ids, a)
		s.offs = append(s.offs, first+o)
	}
	t.stms[id] = s
	return s
}

// object returns object id's value and generation, and its stream's raw
// bytes (nil: not a stream; objects in object streams never are).
func (t *objTable) object(id int64) (v pv, gen int64, body []byte, inStm, ok bool) {
	e, found := t.loc[id]
	switch {
	case !found || e.kind == 0:
		return pv{}, 0, nil, false, false
	case e.kind == 1:
		got, gen, v, body, ok := t.objectAt(e.a)
		if !ok || got != id {
			return pv{}, 0, nil, false, false
		}
		return v, gen, body, false, true
	}
	s := t.objStm(e.a)
	if s == nil || e.b < 0 || e.b >= int64(len(s.ids)) || s.ids[e.b] != id {
		// the index is wrong in some files: look the number up
		if s == nil {
			return pv{}, 0, nil, false, false
		}
		i := slices.Index(s.ids, id)
		if i < 0 {
			return pv{}, 0, nil, false, false
		}
		e.b = int64(i)
	}
	l := &lexer{b: s.raw[s.offs[e.b]:]}
	v, ok = t.parse(l)
	if !ok && !(v.k == pDict && len(v.a) > 0) {
		return pv{}, 0, nil, false, false
	}
	return v, 0, nil, true, true
}

// findCatalog returns the number of an object of /Type /Catalog.
func (t *objTable) findCatalog() int64 {
	var best int64
	for id, e := range t.loc {
		if e.kind == 0 || id <= best && best != 0 || t.tick() != nil || t.err != nil {
			continue
		}
		v, _, _, _, ok := t.object(id)
		t.drop()
		if ok && v.get("Type").name() == "Catalog" && v.get("Pages").k != pNull {
			best = max(best, id)
		}
	}
	return best
}

// write prints the file: the live objects, decrypted when t.crypt is set,
// a classic table and a trailer.
func (t *objTable) write() ([]byte, error) {
	// object numbers past the file's size are left out: the library
	// sizes its table by the largest (a file of 1 KB naming object
	// 88,888,886 made it allocate gigabytes), and the check of the
	// original's /Size (see checkStructure) allows no more
	maxID := int64(len(t.data)) + 16
	ids := make([]int64, 0, len(t.loc))
	for id, e := range t.loc {
		if e.kind != 0 && id > 0 && id <= maxID {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil, errRewrite
	}
	if err := t.acct.charge(int64(len(ids)) * 24); err != nil {
		return nil, err
	}
	slices.Sort(ids)
	root := t.trailer.get("Root")
	if root.k != pRef {
		if c := t.findCatalog(); c > 0 {
			root = pv{k: pRef, ref: [2]int64{c, 0}}
		} else {
			return nil, errRewrite
		}
	}
	if err := t.ctx.Err(); err != nil {
		return nil, err
	}
	if t.err != nil {
		return nil, t.err
	}
	// the file written: its buffer, and the table of offsets
	outSize := len(t.data) + int(t.used) + 64*len(ids)
	if err := t.acct.charge(int64(outSize) + 48*int64(len(ids))); err != nil {
		return nil, err
	}
	out := make([]byte, 0, outSize)
	charged := int64(outSize)
	out = append(out, "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"...)
	offs := make(map[int64][2]int64, len(ids))
	for _, id := range ids {
		if err := t.tick(); err != nil {
			return nil, err
		}
		v, gen, body, inStm, ok := t.object(id)
		if t.err != nil {
			return nil, t.err
		}
		if !ok {
			t.drop()
			continue
		}
		if body != nil {
			switch v.get("Type").name() {
			case "XRef", "ObjStm": // read into the table already
				continue
			}
		}
		if body != nil {
			// stream data counts with the values parsed: an object whose
			// header lies in another's data shares its "endstream", and
			// a thousand such headers wrote 30 KB a thousand times (100 KB
			// of file became 200 MB)
			if t.parsed += int64(len(body)); t.parsed > parseBudget*(int64(len(t.data))+t.used) {
				t.drop()
				continue
			}
		}
		if t.crypt != nil && id != t.encID && !inStm {
			mapStrings(&v, func(s []byte) []byte { return t.crypt.DecryptString(id, gen, s) })
			if body != nil && !(v.get("Type").name() == "Metadata" && !t.crypt.Metadata()) {
				// (a copy, held until written)
				if err := t.acct.charge(int64(len(body))); err != nil {
					return nil, err
				}
				t.held += int64(len(body))
				body = t.crypt.DecryptStream(id, gen, body)
			}
		}
		offs[id] = [2]int64{int64(len(out)), gen}
		out = strconv.AppendInt(out, id, 10)
		out = append(out, ' ')
		out = strconv.AppendInt(out, gen, 10)
		out = append(out, " obj\n"...)
		if body != nil {
			setKey(&v, "Length", pv{k: pNum, num: float64(len(body))})
			out = appendValue(out, v)
			out = append(out, "\nstream\n"...)
			out = append(out, body...)
			out = append(out, "\nendstream"...)
		} else {
			out = appendValue(out, v)
		}
		out = append(out, "\nendobj\n"...)
		t.drop()
		if c := int64(cap(out)); c > charged {
			// (values are written a little longer than read: hex strings)
			if err := t.acct.charge(c - charged); err != nil {
				return nil, err
			}
			charged = c
		}
	}
	// the table: object 0, then the runs of consecutive objects written
	size := ids[len(ids)-1] + 1
	xref := len(out)
	out = append(out, "xref\n0 1\n0000000000 65535 f\r\n"...)
	for i := 0; i < len(ids); {
		if err := t.tick(); err != nil {
			return nil, err
		}
		if _, ok := offs[ids[i]]; !ok {
			i++
			continue
		}
		j := i + 1
		for j < len(ids) && ids[j] == ids[j-1]+1 {
			if _, ok := offs[ids[j]]; !ok {
				break
			}
			j++
		}
		out = strconv.AppendInt(out, ids[i], 10)
		out = append(out, ' ')
		out = strconv.AppendInt(out, int64(j-i), 10)
		out = append(out, '\n')
		for _, id := range ids[i:j] {
			o := offs[id]
			out = appendXrefLine(out, o[0], o[1])
		}
		i = j
	}
	tr := pv{k: pDict, a: []pv{{k: pName, raw: []byte("Size")}, {k: pNum, num: float64(size)}, {k: pName, raw: []byte("Root")}, root}}
	if info := t.trailer.get("Info"); info.k == pRef {
		tr.a = append(tr.a, pv{k: pName, raw: []byte("Info")}, info)
	}
	out = append(out, "trailer\n"...)
	out = appendValue(out, tr)
	out = append(out, "\nstartxref\n"...)
	out = strconv.AppendInt(out, int64(xref), 10)
	out = append(out, "\n%%EOF\n"...)
	return out, nil
}

// setKey sets a dictionary entry, replacing an old value.
func setKey(v *pv, key string, x pv) {
	for i := 0; i+1 < len(v.a); i += 2 {
		if string(v.a[i].raw) == key {
			v.a[i+1] = x
			return
		}
	}
	v.a = append(v.a, pv{k: pName, raw: []byte(key)}, x)
}

// loadTable reads the file's objects: the xref chain, checked against a
// scan of the file and completed by it.
// An encrypted file's handler is set from password.
func loadTable(ctx context.Context, acct *account, data []byte, maxStream int64, password string) (*objTable, error) {
	t := newObjTable(ctx, acct, data, maxStream)
	t.readXref()
	if err := t.scan(); err != nil {
		return nil, err
	}
	if err := t.fixOffsets(); err != nil {
		return nil, err
	}
	if t.trailer.get("Root").k == pNull {
		// the trailers are lost: the last "trailer" dictionary that names a catalog
		for i := len(data); ; {
			j := bytes.LastIndex(data[:i], []byte("trailer"))
			if j < 0 {
				break
			}
			l := &lexer{b: data[j+7 : min(len(data), j+7+4096)]}
			if v, _ := parseValue(l, l.next(), 0); v.get("Root").k == pRef {
				t.mergeTrailer(v)
				break
			}
			i = j
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := t.setCrypt(password); err != nil {
		return nil, err
	}
	if err := t.addStreamMembers(); err != nil {
		return nil, err
	}
	return t, ctx.Err()
}

// rewriteFile reads a damaged or encrypted file object by object and
// writes it plain (see the top of this file). The error is an *Error when
// a password is wrong or the encryption unsupported, errRewrite when the
// file cannot be rewritten, or the context's.
func rewriteFile(ctx context.Context, acct *account, data []byte, maxStream int64, password string) ([]byte, error) {
	t, err := loadTable(ctx, acct, data, maxStream, password)
	if err != nil {
		return nil, err
	}
	return t.write()
}
