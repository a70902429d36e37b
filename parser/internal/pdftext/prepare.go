package pdftext

import (
	"bytes"
	"regexp"
	"strconv"
)

// prepare checks what the PDF library would choke on before it sees the
// file: it presents PDF 2.0 (and any 1.x header) as 1.7, drops junk
// before the header and after the last %%EOF, and refuses cross-reference
// sizes the library would allocate from (a /Size near 1e9 is an
// out-of-memory crash no recover stops).
func prepare(data []byte) ([]byte, error) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return nil, errorf(ErrMalformed, "malformed PDF: no %%PDF- header")
	}
	data = data[i:]
	if len(data) < 16 {
		return nil, errorf(ErrMalformed, "malformed PDF: file is truncated")
	}
	if !(data[5] == '1' && data[6] == '.' && data[7] >= '0' && data[7] <= '7' && (data[8] == '\r' || data[8] == '\n')) {
		fixed := append([]byte(nil), data...)
		copy(fixed, "%PDF-1.7")
		if fixed[8] != '\r' && fixed[8] != '\n' {
			fixed[8] = '\n'
		}
		data = fixed
	}
	if j := bytes.LastIndex(data, []byte("%%EOF")); j >= 0 && j+5 < len(data) {
		data = data[:j+5]
	}
	if err := checkStructure(data); err != nil {
		return nil, err
	}
	return data, nil
}

var (
	reSize    = regexp.MustCompile(`/Size\s+(\d+)`)
	reIndex   = regexp.MustCompile(`/Index\s*\[([^\]]*)\]`)
	reW       = regexp.MustCompile(`/W\s*\[([^\]]*)\]`)
	rePrev    = regexp.MustCompile(`/Prev\s+(\d+)`)
	reN       = regexp.MustCompile(`/N\s+(\d+)`)
	reColumns = regexp.MustCompile(`/Columns\s+(\d+)`)
	reInt     = regexp.MustCompile(`\d+`)
)

const maxObjStm = 1 << 20

// checkStructure follows the startxref → /Prev chain and bounds what the
// library allocates or loops over: xref sizes, subsection ranges, /W
// field widths, PNG predictor columns, object stream counts, /Prev loops.
func checkStructure(data []byte) error {
	maxObj := int64(len(data)) + 16
	bad := func(format string, args ...any) error {
		return errorf(ErrMalformed, "malformed PDF: "+format, args...)
	}
	for _, m := range reColumns.FindAllSubmatch(data, -1) {
		if n, _ := strconv.ParseInt(string(m[1]), 10, 64); n > 1<<20 || len(m[1]) > 9 {
			return bad("predictor /Columns %s is too large", clipDigits(m[1]))
		}
	}
	for _, m := range reSize.FindAllSubmatch(data, -1) {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > maxObj {
			return bad("xref /Size %s is larger than the file allows", clipDigits(m[1]))
		}
	}
	// object streams
	for off := 0; ; {
		j := bytes.Index(data[off:], []byte("/ObjStm"))
		if j < 0 {
			break
		}
		p := off + j
		win := window(data, p)
		if m := reN.FindSubmatch(win); m != nil {
			if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > maxObjStm || n > maxObj {
				return bad("object stream /N %s is too large", clipDigits(m[1]))
			}
		}
		off = p + 7
	}
	// the xref chain
	k := bytes.LastIndex(data, []byte("startxref"))
	if k < 0 {
		return nil
	}
	m := reInt.Find(data[k+9 : min(len(data), k+40)])
	if m == nil {
		return nil
	}
	off, err := strconv.ParseInt(string(m), 10, 64)
	if err != nil {
		// (m is digits: only too large to be an offset)
		return bad("startxref offset %s is past the end of the file", clipDigits(m))
	}
	seen := map[int64]bool{}
	for steps := 0; ; steps++ {
		if off < 0 || off >= int64(len(data)) {
			return nil // the library reports it
		}
		if seen[off] || steps > 1000 {
			return bad("xref /Prev chain loops")
		}
		seen[off] = true
		sec := data[off:]
		var dict []byte
		if t := bytes.TrimLeft(sec, " \t\r\n"); bytes.HasPrefix(t, []byte("xref")) {
			if err := checkXrefTable(t[4:], maxObj); err != nil {
				return err
			}
			tr := bytes.Index(sec, []byte("trailer"))
			if tr < 0 {
				return nil
			}
			dict = sec[tr:min(len(sec), tr+4096)]
			if e := bytes.Index(dict, []byte("startxref")); e > 0 {
				dict = dict[:e]
			}
		} else {
			dict = sec[:min(len(sec), 4096)]
			if e := bytes.Index(dict, []byte("stream")); e > 0 {
				dict = dict[:e]
			}
			if m := reW.FindSubmatch(dict); m != nil {
				for _, w := range reInt.FindAll(m[1], -1) {
					if n, err := strconv.Atoi(string(w)); err != nil || n > 8 {
						return bad("xref stream /W field width %s is too large", clipDigits(w))
					}
				}
			}
			if m := reIndex.FindSubmatch(dict); m != nil {
				ns := reInt.FindAll(m[1], -1)
				for i := 0; i+1 < len(ns); i += 2 {
					a, err1 := strconv.ParseInt(string(ns[i]), 10, 64)
					b, err2 := strconv.ParseInt(string(ns[i+1]), 10, 64)
					if err1 != nil || err2 != nil || a+b > maxObj {
						return bad("xref stream /Index range %s %s is larger than the file allows", clipDigits(ns[i]), clipDigits(ns[i+1]))
					}
				}
			}
		}
		pm := rePrev.FindSubmatch(dict)
		if pm == nil {
			return nil
		}
		if off, err = strconv.ParseInt(string(pm[1]), 10, 64); err != nil {
			return bad("xref /Prev %s is past the end of the file", clipDigits(pm[1]))
		}
	}
}

// clipDigits is a number of the file for a message: at most 20 digits
// (an offset's 19 and one more), then "…".
func clipDigits(b []byte) string {
	if len(b) > 20 {
		return string(b[:20]) + "…"
	}
	return string(b)
}

// window returns the dictionary text around position p (from the
// preceding "obj" to the following "stream"), at most 4 KiB each way.
func window(data []byte, p int) []byte {
	lo := max(0, p-4096)
	if j := bytes.LastIndex(data[lo:p], []byte("obj")); j >= 0 {
		lo += j
	}
	hi := min(len(data), p+4096)
	if j := bytes.Index(data[p:hi], []byte("stream")); j >= 0 {
		hi = p + j
	}
	return data[lo:hi]
}

// checkXrefTable bounds the subsections of a classic xref table.
func checkXrefTable(b []byte, maxObj int64) error {
	l := &lexer{b: b}
	for guard := 0; guard < 1<<20; guard++ {
		t := l.next()
		if t.kind != tNum {
			return nil // "trailer" or garbage: the library reports garbage
		}
		u := l.next()
		if u.kind != tNum {
			return nil
		}
		if t.num < 0 || u.num < 0 || t.num+u.num > float64(maxObj) {
			return errorf(ErrMalformed, "malformed PDF: xref subsection %d %d is larger than the file allows", int64(t.num), int64(u.num))
		}
		// skip the entries: 3 tokens each
		for i := 0; i < int(u.num); i++ {
			a, b, c := l.next(), l.next(), l.next()
			if a.kind != tNum || b.kind != tNum || c.kind != tOp {
				return nil
			}
		}
	}
	return nil
}
