package stream

import (
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// This file is the one grammar of list markers. A marker is an
// enumerator — one or two digits, a letter or a Roman numeral of up to
// four of i, v, x — closed by "." or ")" and optionally opened by "("
// ("1.", "a)", "(iv)"), or a bullet: one of Bullets, "-", "–" or "*".
// A section number ("2. QUALIFICATIONS") is an enumerator too.

// Bullets are the characters typed as list bullets: typographic bullets,
// squares, arrows, angle quotes ("›") and checks, the Symbol and Wingdings bullets Word
// exports as private-use characters (U+F0B7, U+F0A7, U+F0D8), and the
// "o" Word uses for a second-level list in plain text.
const Bullets = "•●▪◦‣∙·○■□►▸➢✓◆◇❖➤→⁃✦✧›\uf0b7\uf0a7\uf0d8o"

// GluedBullets are the Bullets that mark an item even when no space
// parts them from its first letter ("•Diplôme", "✦animer"): the layout's
// gap between a glyph bullet and its text is lost in a dump. A dash, a
// middle dot, a plain arrow (→) or an "o" glued to a word is part of it.
const GluedBullets = "•●▪◦‣■►▸➢✓◆◇❖➤✦✧\uf0b7\uf0a7\uf0d8"

// BulletMarker is the Marker of a bullet item whatever character drew
// it: readers of the stream care that an item is a bullet, not which
// bullet (PDFs show • anyway).
const BulletMarker = "•"

// maxEnumerator is the longest enumerator body: "viii".
const maxEnumerator = 4

// NumberLen returns the length of the enumerator and its "." or ")" that
// starts s, or 0: a match of ^(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)].
func NumberLen[T string | []byte](s T) int {
	// The enumerator's characters are letters and digits, so it ends at
	// the first "." or ")", one of the first five bytes.
	j := 0
	if len(s) >= 8 {
		// Eight bytes read as one word, the "." or ")" found by its bit
		// (see markBytes): a loop that stopped at the first one branched
		// on each byte of the first word of every key (NumberLen runs on
		// each, see vocab's finishKey), guessed wrong at each word's end.
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		closers := (markBytes(w, '.') | markBytes(w, ')')) & enumeratorWindow
		if closers == 0 {
			return 0 // nearly every text
		}
		j = bits.TrailingZeros64(closers) >> 3
	} else {
		for j < len(s) && j <= maxEnumerator && s[j] != '.' && s[j] != ')' {
			j++
		}
		if j > maxEnumerator || j == len(s) {
			return 0
		}
	}
	if j == 0 {
		return 0
	}
	digits, ivx := 0, 0
	for i := 0; i < j; i++ {
		switch c := words.LowerASCII(s[i]); {
		case '0' <= c && c <= '9':
			digits++
		case c == 'i' || c == 'v' || c == 'x':
			ivx++
		}
	}
	letter := j == 1 && 'a' <= words.LowerASCII(s[0]) && words.LowerASCII(s[0]) <= 'z'
	if !(digits == j && j <= 2 || letter || ivx == j) {
		return 0
	}
	return j + 1
}

// enumeratorWindow keeps the flags of a word's first maxEnumerator+1
// bytes, where an enumerator's "." or ")" may stand.
const enumeratorWindow = 1<<(8*(maxEnumerator+1)) - 1

// markBytes sets the high bit of the bytes of w that equal c. Only the
// lowest bit set is sure (a borrow may set the bits of bytes above it),
// which is the one NumberLen reads.
func markBytes(w uint64, c byte) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	x := w ^ uint64(c)*ones
	return (x - ones) &^ x & high
}

// LeadNumberLen returns the length of the section number that starts s,
// "1. ", "a) ", "(b) ", "iv. " or "4.1 ", "4.1.2. ", "B.1 " with the
// white space after it, or 0.
func LeadNumberLen[T string | []byte](s T) int {
	j := NumberLen(s)
	if j == 0 && len(s) > 2 && s[0] == '(' {
		// "(b) Desirable:": an enumerator in parentheses.
		if k := NumberLen(s[1:]); k > 0 && s[k] == ')' {
			j = k + 1
		}
	}
	if j == 0 {
		return 0
	}
	// A sub-section number: "4.1", "4.1.2", "4.1." (digits after the
	// first part), "B.1" (a part's letter, then digits).
	if s[j-1] == '.' && (isDigit(s[0]) || j == 2 && words.IsLetterASCII(s[0])) {
		for k := j; k < len(s) && isDigit(s[k]); {
			e := k
			for e < len(s) && e-k < 2 && isDigit(s[e]) {
				e++
			}
			if e < len(s) && isDigit(s[e]) {
				break // three digits: not a section number
			}
			j = e
			if e < len(s) && s[e] == '.' {
				j = e + 1
			}
			k = j
			if j == e {
				break
			}
		}
	}
	n := j
	for n < len(s) && words.IsSpaceASCII(s[n]) {
		n++
	}
	if n == j {
		return 0 // no space after the number
	}
	return n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// MarkerLen returns the length of the list marker that starts s, or 0:
// a marker followed by white space or the end of s, one of GluedBullets
// followed by a letter, or an em dash before an item's text.
func MarkerLen(s string) int {
	n := 0
	switch r, size := utf8.DecodeRuneInString(s); {
	case r == '(':
		// "(a)": an enumerator closed by ")".
		if k := NumberLen(s[1:]); k > 0 && s[k] == ')' {
			n = k + 1
		}
	case r == '—':
		// "— Working knowledge of French": an em dash opens an item,
		// unless the line holds another (a title set between dashes,
		// "— English version —"; the end of an incise a wrapped French
		// sentence opened, "— le plus important de son histoire — et
		// renforce…") or it stands alone.
		if size < len(s) && !strings.Contains(s[size:], "—") {
			n = size
		}
	case IsBullet(r):
		n = size
		if n < len(s) && strings.ContainsRune(GluedBullets, r) && words.StartsLetter(s[n:]) {
			// "✦animer des séances": a typographic bullet a layout
			// set with no space after it
			return n
		}
	default:
		n = NumberLen(s) // "1.", "a)", "iv."
	}
	if n == 0 || n < len(s) && !words.IsSpaceASCII(s[n]) {
		return 0
	}
	return n
}

// IsBullet reports a character that draws a bullet.
func IsBullet(r rune) bool {
	return r == '-' || r == '–' || r == '*' || r == '>' || strings.ContainsRune(Bullets, r)
}

// IsLoneBullet reports a line that is only a bullet character.
func IsLoneBullet(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n == len(t) && strings.ContainsRune(Bullets, r)
}

// reAbbrevAfterLetter matches the rest of "p. ex. …" or "e. g. …": a
// letter and a dot that start an abbreviation, not a list item.
var reAbbrevAfterLetter = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\p{Ll}{1,3}\.`) })

// SplitMarker returns the list marker at the start of text and the rest,
// when text is a list item.
func SplitMarker(text string) (marker, rest string, ok bool) {
	n := MarkerLen(text)
	if n == 0 {
		return "", text, false
	}
	marker = text[:n]
	rest = strings.TrimSpace(text[n:])
	if rest == "" {
		return "", text, false
	}
	// "A. Smith" or "U.S." are not list items; a single upper-case
	// letter needs ")" to count.
	if len(marker) == 2 && marker[1] == '.' && unicode.IsUpper(rune(marker[0])) {
		return "", text, false
	}
	if len(marker) == 2 && marker[1] == '.' && unicode.IsLower(rune(marker[0])) && reAbbrevAfterLetter().MatchString(rest) {
		return "", text, false
	}
	return marker, rest, true
}

// TypedListItems turns paragraphs that start with a typed list marker
// ("· a university degree", "1. knowledge of French") into list items,
// whatever the reader: word processors export lists as such paragraphs,
// and any format may carry them.
func TypedListItems(blocks []Block) {
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != Paragraph {
			continue
		}
		if m, rest, ok := SplitMarker(b.Text); ok {
			b.Kind, b.Marker, b.Text = ListItem, m, rest
		}
	}
}

// MarkerStyle groups markers that belong to the same list level: "1."
// and "2." share a style, "a)" and "a." do not.
func MarkerStyle(m string) string {
	m = strings.TrimPrefix(m, "(")
	if m == "" {
		return ""
	}
	last := m[len(m)-1]
	body := m[:len(m)-1]
	if last != '.' && last != ')' {
		return m // a bullet character is its own style
	}
	var kind int // index in markerStyles of the style closed by "."
	switch {
	case body[0] >= '0' && body[0] <= '9':
		kind = 0 // "1."
	case len(body) > 1: // ii, iv, …: a single "i" is taken as a letter
		kind = 2 // "i."
	case unicode.IsUpper(rune(body[0])):
		kind = 4 // "A."
	default:
		kind = 6 // "a."
	}
	if last == ')' {
		kind++
	}
	return markerStyles[kind]
}

// MarkerStyleIn is MarkerStyle for a marker read in a list whose open
// levels have the given styles: "i", "v" and "x" are letters or Roman
// numerals, and the list tells. "(i)" opens a Roman list unless a
// lettered one is open at its delimiter (which reached "i" after "h");
// "(v)" and "(x)" are Roman where a Roman list is open.
func MarkerStyleIn(m string, open []string) string {
	style := MarkerStyle(m)
	body := strings.ToLower(strings.Trim(m, "().")) // "(v)" → "v"
	if len(body) != 1 || !strings.Contains("ivx", body) {
		return style
	}
	roman := romanOf(style)
	if slices.Contains(open, roman) {
		return roman
	}
	if body == "i" && !slices.Contains(open, style) {
		return roman
	}
	return style
}

// romanOf is the Roman style with the case and delimiter of a letter
// style: "a)" → "i)", "A." → "I." (Roman capitals share "i." with small
// ones in markerStyles, as "I." and "i." lists do not nest).
func romanOf(style string) string {
	if len(style) != 2 {
		return style
	}
	return "i" + style[1:]
}

// markerStyles are the styles of numbered and lettered markers, each
// closed by "." then by ")", written once rather than built per item.
var markerStyles = [...]string{"1.", "1)", "i.", "i)", "A.", "A)", "a.", "a)"}

// IsFirstMarker reports whether a marker opens a list ("1.", "a)", "i.",
// or any bullet).
func IsFirstMarker(m string) bool {
	b := strings.Trim(m, "().")
	b = strings.TrimSuffix(b, ")")
	switch b {
	case "1", "a", "A", "i", "I":
		return true
	}
	r, _ := utf8.DecodeRuneInString(b)
	return len(b) == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// Ordinal renders item number n of an ordered list of the given style
// ("1", "a", "A", "i", "I") followed by delim: what a browser or a word
// processor draws for it.
func Ordinal(n int, style string, delim string) string {
	switch style {
	case "a", "A":
		if n >= 1 {
			s := alphaNumber(n)
			if style == "A" {
				s = strings.ToUpper(s)
			}
			return s + delim
		}
	case "i", "I":
		if n >= 1 && n < 4000 {
			s := romanNumber(n)
			if style == "I" {
				s = strings.ToUpper(s)
			}
			return s + delim
		}
	}
	return strconv.Itoa(n) + delim
}

// alphaNumber is the CSS lower-alpha counter: a…z, aa, ab, …
func alphaNumber(n int) string {
	var buf []byte
	for n > 0 {
		n--
		buf = append([]byte{byte('a' + n%26)}, buf...)
		n /= 26
	}
	return string(buf)
}

func romanNumber(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
