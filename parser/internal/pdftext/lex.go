package pdftext

import (
	"bytes"
	"strconv"
)

// The content-stream and CMap lexer. Content streams are tokenised here
// rather than with pdf.Interpret: we need inline images skipped, the
// operator count bounded for context checks, and no allocation per token.

type tokKind uint8

const (
	tEOF tokKind = iota
	tNum
	tStr  // literal or hex string, decoded bytes in s
	tName // name without the slash, in s
	tOp   // operator / keyword, in s
	tArrOpen
	tArrClose
	tDictOpen
	tDictClose
)

type token struct {
	kind tokKind
	num  float64
	s    []byte
}

type lexer struct {
	b     []byte
	i     int
	arena []byte // decoded strings; tokens alias it until release
}

// release lets the lexer reuse the memory of the strings it returned: the
// caller holds no string or name token any more.
func (l *lexer) release() { l.arena = l.arena[:0] }

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// charClass classifies bytes for the lexer's hot loops: one load, not a
// chain of comparisons.
var charClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if isSpace(byte(c)) {
			t[c] |= classSpace
		}
		if isDelim(byte(c)) {
			t[c] |= classDelim
		}
	}
	return t
}()

const (
	classSpace = 1 << iota
	classDelim
)

func (l *lexer) skipSpace() {
	for l.i < len(l.b) {
		c := l.b[l.i]
		if charClass[c]&classSpace != 0 {
			l.i++
			continue
		}
		if c == '%' {
			for l.i < len(l.b) && l.b[l.i] != '\n' && l.b[l.i] != '\r' {
				l.i++
			}
			continue
		}
		return
	}
}

// next returns the next token. String tokens alias the lexer's arena
// (valid until release), name tokens the input (or the arena when they
// have # escapes).
func (l *lexer) next() token {
	l.skipSpace()
	if l.i >= len(l.b) {
		return token{kind: tEOF}
	}
	c := l.b[l.i]
	switch {
	case c == '[':
		l.i++
		return token{kind: tArrOpen}
	case c == ']':
		l.i++
		return token{kind: tArrClose}
	case c == '{' || c == '}':
		l.i++
		return l.next()
	case c == '<':
		if l.i+1 < len(l.b) && l.b[l.i+1] == '<' {
			l.i += 2
			return token{kind: tDictOpen}
		}
		return l.hexString()
	case c == '>':
		l.i++
		if l.i < len(l.b) && l.b[l.i] == '>' {
			l.i++
			return token{kind: tDictClose}
		}
		return l.next()
	case c == '(':
		return l.litString()
	case c == ')':
		l.i++
		return l.next()
	case c == '/':
		l.i++
		start := l.i
		for l.i < len(l.b) && charClass[l.b[l.i]] == 0 {
			l.i++
		}
		name := l.b[start:l.i]
		if bytes.IndexByte(name, '#') >= 0 {
			name = unescapeName(name)
		} else {
			name = name[:len(name):len(name)]
		}
		return token{kind: tName, s: name}
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		// (an index in a local, as in hexString)
		b, start := l.b, l.i
		i := start + 1
		for i < len(b) {
			c := b[i]
			if (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' {
				i++
				continue
			}
			break
		}
		l.i = i
		return token{kind: tNum, num: parseNum(b[start:i])}
	}
	start := l.i
	for l.i < len(l.b) && charClass[l.b[l.i]] == 0 {
		l.i++
	}
	if l.i == start { // stray delimiter
		l.i++
		return l.next()
	}
	return token{kind: tOp, s: l.b[start:l.i]}
}

// parseNum parses a PDF number leniently ("--5", "5.", ".5", "1.2.3").
func parseNum(b []byte) float64 {
	neg := false
	i := 0
	for i < len(b) && (b[i] == '-' || b[i] == '+') {
		if b[i] == '-' {
			neg = !neg
		}
		i++
	}
	var ip, fp, scale float64 = 0, 0, 1
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		ip = ip*10 + float64(b[i]-'0')
	}
	if i < len(b) && b[i] == '.' {
		i++
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			fp = fp*10 + float64(b[i]-'0')
			scale *= 10
		}
	}
	v := ip + fp/scale
	if neg {
		v = -v
	}
	return v
}

func unescapeName(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return out
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// hexVal is unhex as a table (-1: not a hex digit), for hex strings.
var hexVal = func() (t [256]int8) {
	for c := range t {
		t[c] = -1
		if v, ok := unhex(byte(c)); ok {
			t[c] = int8(v)
		}
	}
	return t
}()

func (l *lexer) hexString() token {
	// b and i are locals, l.i written once at the end: the loop then
	// keeps them in registers (a store and two loads fewer per digit)
	b, i := l.b, l.i+1 // past '<'
	start := len(l.arena)
	out := l.arena
	var cur byte
	half := false
	for i < len(b) {
		c := b[i]
		i++
		if c == '>' {
			break
		}
		v := hexVal[c]
		if v < 0 {
			continue
		}
		if half {
			out = append(out, cur<<4|byte(v))
			half = false
		} else {
			cur, half = byte(v), true
		}
	}
	l.i = i
	if half {
		out = append(out, cur<<4)
	}
	l.arena = out
	return token{kind: tStr, s: out[start:len(out):len(out)]}
}

func (l *lexer) litString() token {
	l.i++ // '('
	start := len(l.arena)
	out := l.arena
	depth := 1
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				l.arena = out
				return token{kind: tStr, s: out[start:len(out):len(out)]}
			}
		case '\\':
			if l.i >= len(l.b) {
				break
			}
			c = l.b[l.i]
			l.i++
			switch c {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.i < len(l.b) && l.b[l.i] == '\n' {
					l.i++
				}
				continue
			case '\n':
				continue
			default:
				if c >= '0' && c <= '7' {
					v := int(c - '0')
					for k := 0; k < 2 && l.i < len(l.b) && l.b[l.i] >= '0' && l.b[l.i] <= '7'; k++ {
						v = v*8 + int(l.b[l.i]-'0')
						l.i++
					}
					c = byte(v)
				}
			}
		}
		out = append(out, c)
	}
	l.arena = out
	return token{kind: tStr, s: out[start:len(out):len(out)]}
}

// skipInlineImage skips the data of an inline image after its ID operator,
// up to and including the EI operator.
func (l *lexer) skipInlineImage() {
	if l.i < len(l.b) && isSpace(l.b[l.i]) {
		l.i++
	}
	for l.i < len(l.b) {
		j := bytes.Index(l.b[l.i:], []byte("EI"))
		if j < 0 {
			l.i = len(l.b)
			return
		}
		p := l.i + j
		l.i = p + 2
		if (p == 0 || isSpace(l.b[p-1])) && (p+2 >= len(l.b) || isSpace(l.b[p+2]) || isDelim(l.b[p+2])) {
			return
		}
	}
}
