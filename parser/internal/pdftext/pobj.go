package pdftext

import (
	"bytes"
	"strconv"
)

// pobj.go: PDF values as rewrite.go reads and writes them. The PDF
// library's values are read-only and tied to its reader; rewriting a file
// (decrypting it, repairing its cross-reference table) needs values that
// can be changed and printed again.

type pkind uint8

const (
	pNull pkind = iota
	pNum
	pBool
	pName
	pStr
	pRef
	pArr
	pDict
	pKeyword // anything else the lexer calls an operator
)

// pv is one PDF value. A dictionary's items alternate key (a name) and
// value, in file order.
type pv struct {
	k   pkind
	num float64
	raw []byte // a number's or keyword's text; a name's or string's bytes
	ref [2]int64
	a   []pv
}

// maxValueDepth bounds the nesting of arrays and dictionaries: real files
// nest a few levels; a hostile one must not exhaust the stack.
const maxValueDepth = 32

// maxValueItems bounds the items of one array or dictionary (a page's
// /Annots or a font's /Widths hold hundreds; a /Differences array a few
// hundred more): a hostile object must not allocate without end.
const maxValueItems = 1 << 20

func (v pv) get(key string) pv {
	if v.k != pDict {
		return pv{}
	}
	for i := 0; i+1 < len(v.a); i += 2 {
		if string(v.a[i].raw) == key {
			return v.a[i+1]
		}
	}
	return pv{}
}

func (v pv) name() string {
	if v.k == pName {
		return string(v.raw)
	}
	return ""
}

// int is the value as an integer, and whether it is one.
func (v pv) int() (int64, bool) {
	if v.k != pNum || v.num != float64(int64(v.num)) {
		return 0, false
	}
	return int64(v.num), true
}

// parseValue reads one value from the lexer, given its first token.
// Strings and names are copied: the lexer's memory is reused.
func parseValue(l *lexer, t token, depth int) (pv, bool) {
	if depth > maxValueDepth {
		return pv{}, false
	}
	switch t.kind {
	case tNum:
		// "N G R" is a reference, a lone number a number
		save := l.i
		g, r := l.next(), l.next()
		if g.kind == tNum && r.kind == tOp && string(r.s) == "R" && t.num >= 0 && g.num >= 0 && t.num == float64(int64(t.num)) {
			return pv{k: pRef, ref: [2]int64{int64(t.num), int64(g.num)}}, true
		}
		l.i = save
		return pv{k: pNum, num: t.num}, true
	case tStr:
		return pv{k: pStr, raw: bytes.Clone(t.s)}, true
	case tName:
		return pv{k: pName, raw: bytes.Clone(t.s)}, true
	case tOp:
		switch string(t.s) {
		case "true", "false":
			return pv{k: pBool, raw: bytes.Clone(t.s)}, true
		case "null":
			return pv{k: pNull}, true
		}
		return pv{k: pKeyword, raw: bytes.Clone(t.s)}, true
	case tArrOpen:
		v := pv{k: pArr}
		for {
			u := l.next()
			if u.kind == tArrClose {
				return v, true
			}
			if u.kind == tEOF || u.kind == tDictClose || len(v.a) >= maxValueItems {
				return v, false
			}
			x, ok := parseValue(l, u, depth+1)
			if !ok {
				return v, false
			}
			if x.k == pKeyword { // "endobj" where "]" was due: a truncated array
				return v, false
			}
			v.a = append(v.a, x)
		}
	case tDictOpen:
		v := pv{k: pDict}
		for {
			k := l.next()
			if k.kind == tDictClose {
				return v, true
			}
			if k.kind != tName || len(v.a) >= maxValueItems {
				// a key that is not a name: the dictionary ends here, as
				// damaged files go (">>" lost); the caller decides
				return v, false
			}
			key := pv{k: pName, raw: bytes.Clone(k.s)}
			save := l.i
			u := l.next()
			if u.kind == tDictClose { // a key without a value
				return v, true
			}
			if u.kind == tName {
				v.a = append(v.a, key, pv{k: pName, raw: bytes.Clone(u.s)})
				continue
			}
			x, ok := parseValue(l, u, depth+1)
			if !ok || x.k == pKeyword {
				l.i = save
				return v, false
			}
			v.a = append(v.a, key, x)
		}
	}
	return pv{}, false
}

// appendValue prints v in PDF syntax. Strings are printed in hex: any
// byte is safe there.
func appendValue(out []byte, v pv) []byte {
	switch v.k {
	case pNull:
		return append(out, "null"...)
	case pNum:
		if i, ok := v.int(); ok {
			return strconv.AppendInt(out, i, 10)
		}
		return strconv.AppendFloat(out, v.num, 'f', -1, 64)
	case pBool, pKeyword:
		return append(out, v.raw...)
	case pName:
		return appendName(out, v.raw)
	case pStr:
		const hexDigits = "0123456789ABCDEF"
		out = append(out, '<')
		for _, c := range v.raw {
			out = append(out, hexDigits[c>>4], hexDigits[c&15])
		}
		return append(out, '>')
	case pRef:
		out = strconv.AppendInt(out, v.ref[0], 10)
		out = append(out, ' ')
		out = strconv.AppendInt(out, v.ref[1], 10)
		return append(out, " R"...)
	case pArr:
		out = append(out, '[')
		for i, x := range v.a {
			if i > 0 {
				out = append(out, ' ')
			}
			out = appendValue(out, x)
		}
		return append(out, ']')
	case pDict:
		out = append(out, "<<"...)
		for i := 0; i+1 < len(v.a); i += 2 {
			out = append(out, ' ')
			out = appendName(out, v.a[i].raw)
			out = append(out, ' ')
			out = appendValue(out, v.a[i+1])
		}
		return append(out, " >>"...)
	}
	return out
}

func appendName(out, name []byte) []byte {
	const hexDigits = "0123456789ABCDEF"
	out = append(out, '/')
	for _, c := range name {
		if c <= ' ' || c >= 0x7F || c == '#' || charClass[c]&classDelim != 0 {
			out = append(out, '#', hexDigits[c>>4], hexDigits[c&15])
			continue
		}
		out = append(out, c)
	}
	return out
}

// mapStrings applies f to every string in v, in place.
func mapStrings(v *pv, f func([]byte) []byte) {
	switch v.k {
	case pStr:
		v.raw = f(v.raw)
	case pArr, pDict:
		for i := range v.a {
			mapStrings(&v.a[i], f)
		}
	}
}
