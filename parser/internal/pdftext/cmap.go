package pdftext

import (
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
)

// codespace is one codespacerange of a CMap: codes of n bytes between lo
// and hi (compared byte by byte).
type codespace struct {
	n      int
	lo, hi [4]byte
}

// cmap is a parsed CMap: the ToUnicode map (code to text) or, for an
// embedded /Encoding CMap, only its code spaces.
type cmap struct {
	spaces []codespace
	uni    map[uint32]string
}

// maxCMapEntries bounds the entries one CMap may define.
const maxCMapEntries = 1 << 17

// maxDestUnits bounds the destination of one code, in UTF-16 units: the
// text of a glyph is a character, a ligature's letters, at most a word.
// A longer one (a CMap of 26 ranges of 65,536 codes, each mapped to
// 100 KB, took 600 MB) is no text of a glyph, and is left out.
const maxDestUnits = 64

// parseCMap parses the bfchar, bfrange and codespacerange sections of a
// CMap program. Unknown operators are ignored. Its entries are charged to
// acct as they are made, and it checks tick as it goes: the error is the
// budget's or the context's, and nothing else.
func parseCMap(data []byte, tick *budget.Ticker, acct *account) (*cmap, error) {
	m := &cmap{uni: map[uint32]string{}}
	l := &lexer{b: data}
	var ops []token // operands since the last operator
	section := ""
	n := 0
	// the memory of the entries, charged every so often
	var owed int64
	add := func(code uint32, text string) {
		m.uni[code] = text
		n++
		owed += cmapEntryCost + int64(len(text))
	}
	settle := func() error {
		err := acct.charge(owed)
		owed = 0
		return err
	}
	for {
		if err := tick.Tick(); err != nil {
			return nil, err
		}
		if owed >= 64<<10 {
			if err := settle(); err != nil {
				return nil, err
			}
		}
		t := l.next()
		if t.kind == tEOF {
			break
		}
		if t.kind != tOp {
			if t.kind == tArrOpen && section == "bfrange" {
				// array destination: collect strings up to ']'
				var arr []token
				for {
					if err := tick.Tick(); err != nil {
						return nil, err
					}
					u := l.next()
					if u.kind == tEOF || u.kind == tArrClose {
						break
					}
					if u.kind == tStr && len(arr) < 1<<16 { // (a range holds no more)
						arr = append(arr, u)
					}
				}
				if len(ops) >= 2 {
					lo, hi := ops[len(ops)-2], ops[len(ops)-1]
					if lo.kind == tStr && hi.kind == tStr {
						a, b := codeOf(lo.s), codeOf(hi.s)
						for i := 0; uint32(i) <= b-a && i < len(arr) && n < maxCMapEntries; i++ {
							if len(arr[i].s) <= 2*maxDestUnits {
								add(a+uint32(i), utf16Text(arr[i].s))
							}
						}
						m.addSpaceFromCode(len(lo.s))
					}
				}
				ops = ops[:0]
				l.release()
				continue
			}
			if len(ops) >= 64 { // operands of no operator we read: garbage
				ops = append(ops[:0], ops[len(ops)-3:]...)
			}
			ops = append(ops, t)
			switch section {
			case "bfchar":
				if len(ops) == 2 {
					if ops[0].kind == tStr && n < maxCMapEntries && len(ops[1].s) <= 2*maxDestUnits {
						dst := ""
						if ops[1].kind == tStr {
							dst = utf16Text(ops[1].s)
						} else if ops[1].kind == tName {
							dst = nameText(string(ops[1].s))
						}
						add(codeOf(ops[0].s), dst)
						m.addSpaceFromCode(len(ops[0].s))
					}
					ops = ops[:0]
					l.release()
				}
			case "bfrange":
				if len(ops) == 3 {
					lo, hi, dst := ops[0], ops[1], ops[2]
					ops = ops[:0]
					if lo.kind != tStr || hi.kind != tStr || dst.kind != tStr {
						continue
					}
					a, b := codeOf(lo.s), codeOf(hi.s)
					if b < a || b-a > 0xFFFF {
						continue
					}
					units := utf16Units(dst.s)
					l.release()
					if len(units) == 0 || len(units) > maxDestUnits {
						continue
					}
					u := make([]uint16, len(units))
					for c := a; c <= b && n < maxCMapEntries; c++ {
						if c&0x3FF == 0 {
							if err := tick.Err(); err != nil {
								return nil, err
							}
						}
						copy(u, units)
						u[len(u)-1] += uint16(c - a)
						add(c, string(utf16.Decode(u)))
					}
					m.addSpaceFromCode(len(lo.s))
				}
			case "codespacerange":
				if len(ops) == 2 {
					if ops[0].kind == tStr && ops[1].kind == tStr && len(ops[0].s) == len(ops[1].s) && len(ops[0].s) >= 1 && len(ops[0].s) <= 4 {
						var cs codespace
						cs.n = len(ops[0].s)
						copy(cs.lo[:], ops[0].s)
						copy(cs.hi[:], ops[1].s)
						m.spaces = append(m.spaces, cs)
					}
					ops = ops[:0]
				}
			}
			continue
		}
		switch string(t.s) {
		case "beginbfchar":
			section = "bfchar"
		case "beginbfrange":
			section = "bfrange"
		case "begincodespacerange":
			section = "codespacerange"
		case "endbfchar", "endbfrange", "endcodespacerange":
			section = ""
		}
		ops = ops[:0]
		l.release()
	}
	if err := settle(); err != nil {
		return nil, err
	}
	return m, nil
}

// addSpaceFromCode records a code length seen in a mapping, used when a
// CMap has no codespacerange.
func (m *cmap) addSpaceFromCode(n int) {
	if len(m.spaces) > 0 || n < 1 || n > 4 {
		return
	}
	cs := codespace{n: n}
	for i := 0; i < n; i++ {
		cs.hi[i] = 0xFF
	}
	m.spaces = append(m.spaces, cs)
}

// codeLen is the byte length of the code at the start of s per the code
// spaces (def when none matches).
func (m *cmap) codeLen(s []byte, def int) int {
	for _, cs := range m.spaces {
		if cs.n > len(s) {
			continue
		}
		ok := true
		for i := 0; i < cs.n; i++ {
			if s[i] < cs.lo[i] || s[i] > cs.hi[i] {
				ok = false
				break
			}
		}
		if ok {
			return cs.n
		}
	}
	return def
}

func codeOf(b []byte) uint32 {
	var c uint32
	for i, x := range b {
		if i >= 4 {
			break
		}
		c = c<<8 | uint32(x)
	}
	return c
}

func utf16Units(b []byte) []uint16 {
	if len(b) == 1 {
		return []uint16{uint16(b[0])}
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return u
}

// utf16Text decodes a CMap destination (UTF-16BE) to text, expanding
// ligatures and dropping control characters.
func utf16Text(b []byte) string {
	s := string(utf16.Decode(utf16Units(b)))
	if !utf8.ValidString(s) {
		return ""
	}
	return cleanText(s)
}
