// Package words holds the small text helpers every stage of the parser
// shares and none owns: white space and invisible characters cleaned to
// the section stream's normal form, words counted, case tested, URLs
// recognised, ASCII bytes classified. It knows nothing of vacancies or
// of any language.
package words

import (
	"encoding/binary"
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Count is len(strings.Fields(s)) without building the slice.
func Count(s string) int { return CountAtMost(s, math.MaxInt-1) }

// CountAtMost is min(Count(s), max+1): it reads s only as far as its
// max+1th word, so that a bound is checked without reading a paragraph.
func CountAtMost(s string, max int) int {
	n, inWord := 0, false
	i := 0
	// Eight bytes at a time: a word starts at each byte that is no white
	// space after one that is (or after the start of s). Counting them in
	// a word of bits spares a branch on every word, which the lengths of
	// words make the processor guess wrong. A rune outside ASCII is read
	// on its own, after the ASCII bytes before it, and the eight bytes at
	// a time go on after it: a French text has one every few words.
	for i+8 <= len(s) {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		k := 8 // the ASCII bytes of w, before any other
		keep := uint64(highBits)
		if h := w & highBits; h != 0 {
			k = bits.TrailingZeros64(h) >> 3
			keep = highBits & (uint64(1)<<(8*k) - 1)
		}
		sp := spaceBytes8(w)
		before := sp << 8 // white space before each byte, within w
		if !inWord {
			before |= 0x80 // before the first byte
		}
		starts := bits.OnesCount64(^sp & before & keep)
		// (The bound first: it is nearly never passed, while whether the
		// eight bytes start a word at all is guessed wrong after long
		// words.)
		if n+starts > max && starts > 0 {
			// Where the byte loop below stops: at the first word past
			// max (the first word of all, for a max below 0).
			if n >= max {
				return n + 1
			}
			return max + 1
		}
		n += starts
		if k == 8 {
			inWord = sp>>56 == 0
			i += 8
			continue
		}
		if k > 0 {
			inWord = sp>>(8*k-1)&1 == 0 // the last ASCII byte's
		}
		i += k
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.IsSpace(r):
			inWord = false
		case !inWord:
			inWord = true
			if n++; n > max {
				return n
			}
		}
	}
	for i < len(s) {
		if inWord {
			// The rest of the word's printable ASCII, most of its
			// bytes: none of them can end it.
			for i < len(s) && s[i]-'!' <= '~'+1-'!' {
				i++
			}
			if i == len(s) {
				break
			}
		}
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = IsSpaceByte(c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		switch {
		case space:
			inWord = false
		case !inWord:
			inWord = true
			if n++; n > max {
				return n
			}
		}
	}
	return n
}

// spaceBytes8 returns 0x80 in each byte of w, eight ASCII bytes, that
// IsSpaceByte holds for, and 0 in the others. No sum below carries out
// of a byte below 0x80.
func spaceBytes8(w uint64) uint64 {
	const (
		ones   = 0x0101010101010101
		low7   = 0x7f7f7f7f7f7f7f7f
		spaces = ' ' * ones
	)
	x := w ^ spaces
	space := ^((x + low7) | x) // the high bit of a byte that is ' '
	// '\t' to '\r': from 9 on, and not from 14 on.
	control := (w + (0x80-'\t')*ones) &^ (w + (0x80-'\r'-1)*ones)
	return (space | control) & highBits
}

// IsSpaceByte is unicode.IsSpace of an ASCII byte: unlike IsSpaceASCII,
// it holds for the vertical tab. (A table, not two comparisons: in a
// loop over text, the branches of c == ' ' || '\t' <= c && c <= '\r'
// are mispredicted at every change between letters and spaces.)
func IsSpaceByte(c byte) bool { return byteClasses[c]&classSpaceByte != 0 }

// StartsLower reports text that starts with a lower-case letter.
func StartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// StartsLetter reports text that starts with a letter.
func StartsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// StartsUpper reports text that starts like a sentence or a title: a
// capital, a digit or an opening quote.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '«' || r == '"' || r == '“'
}

// LastRune is the last rune of s (utf8.RuneError for "").
func LastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// Last is the run of letters and hyphens that ends s.
func Last(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	return s[i+1:]
}

// First is the run of letters and hyphens that starts s.
func First(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if i < 0 {
		return s
	}
	return s[:i]
}

// IsYear reports four figures that can only be a year: "2026".
func IsYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && strings.Trim(s, "0123456789") == ""
}

// HasYear reports a text that holds a year of the last or this century
// as a number of its own: "Vendredi 12 octobre 2040", "28/03/2039".
func HasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// IsDigits reports a word of figures only: "20", "2041".
func IsDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// IsCaps reports text whose letters are all capitals, at least four of
// them: how documents without fonts (text dumps) set their headings.
// Its length is the caller's question.
func IsCaps(t string) bool { return CapsLetters(t) >= minCapsLetters }

// minCapsLetters is how many capitals make a line one in capitals: an
// acronym of three ("NSO") opens many lines of prose.
const minCapsLetters = 4

// CapsLetters returns how many letters t has when all of them are
// capitals, and -1 when one is not.
func CapsLetters(t string) int {
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return -1 // most lines: stop at the first small letter
			}
			letters++
		}
	}
	return letters
}

// IsURLLine reports a line that is only a URL: what
// ^(?:https?://|www\.)\S+$ matches.
func IsURLLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "http://")
	if !ok {
		rest, ok = strings.CutPrefix(s, "https://")
	}
	if !ok {
		rest, ok = strings.CutPrefix(s, "www.")
	}
	return ok && rest != "" && !strings.ContainsAny(rest, Spaces)
}

// IsURLToken reports a token that is (the start of) a URL.
func IsURLToken(t string) bool {
	return strings.Contains(t, "://") || strings.HasPrefix(t, "www.")
}

// Spaces is RE2's \s as a set: ASCII white space but the vertical tab
// (IsSpaceASCII tests the same bytes one at a time).
const Spaces = "\t\n\f\r "

// IsSpaceASCII is RE2's \s: ASCII white space but the vertical tab.
func IsSpaceASCII(c byte) bool { return byteClasses[c]&classSpaceASCII != 0 }

// IsLetterASCII reports an ASCII letter, either case.
func IsLetterASCII(c byte) bool { return byteClasses[c]&classLetter != 0 }

// IsLowerByte reports a small ASCII letter or a byte of a character
// outside ASCII (most of them letters): a word's byte in small letters
// where a capital would open the next word glued to it ("…teamJob").
func IsLowerByte(c byte) bool { return 'a' <= c && c <= 'z' || c >= utf8.RuneSelf }

// LowerASCII lower-cases an ASCII letter and leaves any other byte: a
// load from a table, with no branch on the case, which mixed-case text
// makes the processor guess wrong at every capital.
func LowerASCII(c byte) byte { return lowerBytes[c] }

// Classes of bytes in byteClasses.
const (
	classSpaceByte  = 1 << iota // unicode.IsSpace of an ASCII byte: ' ', '\t' to '\r'
	classSpaceASCII             // RE2's \s: classSpaceByte but the vertical tab
	classLetter                 // 'a' to 'z', 'A' to 'Z'
)

// byteClasses holds the classes of each byte, and lowerBytes each byte
// lower-cased as an ASCII letter: the byte tests that run over every
// byte of a text read a table rather than branch on comparisons.
var byteClasses, lowerBytes = func() (cl, lo [256]byte) {
	for i := range cl {
		c := byte(i)
		if c == ' ' || '\t' <= c && c <= '\r' {
			cl[i] |= classSpaceByte
			if c != '\v' {
				cl[i] |= classSpaceASCII
			}
		}
		lo[i] = c
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			cl[i] |= classLetter
			lo[i] = c | 0x20
		}
	}
	return cl, lo
}()

// IsByteOf reports whether c is one of the bytes of set, a few ASCII
// characters: strings.IndexByte is a call per byte, this a loop inlined.
func IsByteOf(c byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// IsASCII reports text made of ASCII bytes only: eight bytes at a time,
// and the last eight (which may overlap bytes already read) rather than
// a loop over the one to seven left, whose length the processor would
// guess wrong.
func IsASCII(s string) bool {
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	for i := 0; i+8 <= len(s); i += 8 {
		if load8(s[i:i+8])&highBits != 0 {
			return false
		}
	}
	return load8(s[len(s)-8:])&highBits == 0
}

// load8 returns the first eight bytes of b as a little-endian word (the
// compiler makes it one load).
func load8(b string) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// AppendLowerASCII appends s to dst with each ASCII capital in lower
// case and every other byte as it is: LowerASCII of each byte, eight
// bytes at a time. A key of a whole line or paragraph is built so.
func AppendLowerASCII(dst []byte, s string) []byte {
	dst = append(dst, s...)
	b := dst[len(dst)-len(s):]
	if len(b) < 8 {
		for i, c := range b {
			b[i] = LowerASCII(c)
		}
		return dst
	}
	// The last eight bytes, which may overlap bytes already lower-cased
	// (lower-casing twice is lower-casing once), rather than a loop over
	// the one to seven left, whose length the processor would guess.
	last := b[len(b)-8:]
	for ; len(b) >= 8; b = b[8:] {
		binary.LittleEndian.PutUint64(b, lowerASCII8(binary.LittleEndian.Uint64(b)))
	}
	binary.LittleEndian.PutUint64(last, lowerASCII8(binary.LittleEndian.Uint64(last)))
	return dst
}

// lowerASCII8 is LowerASCII of each of the eight bytes of w. On the
// low seven bits of each byte, which no sum carries out of, adding
// 0x80-'A' sets the high bit from 'A' on and adding 0x80-'Z'-1 from
// past 'Z'; a byte with its own high bit set is no capital. A capital's
// flag, shifted to 0x20, is the bit that makes it small.
func lowerASCII8(w uint64) uint64 {
	const (
		low7   = 0x7f7f7f7f7f7f7f7f
		high   = 0x8080808080808080
		fromA  = (0x80 - 'A') * 0x0101010101010101
		pastZ  = (0x80 - 'Z' - 1) * 0x0101010101010101
		toCase = 2 // 0x80 >> toCase is 'a'-'A'
	)
	x := w & low7
	upper := (x + fromA) &^ (x + pastZ) &^ w & high
	return w | upper>>toCase
}

// AppendLower appends strings.ToLower(s) to dst: the lower-case form of
// a word to look up, built without a string of its own.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				dst = utf8.AppendRune(dst, ToLower(r))
			}
			return dst
		}
		dst = append(dst, LowerASCII(s[i]))
	}
	return dst
}

// ToLower is unicode.ToLower, from a table for the Latin letters of
// European languages: unicode.ToLower searches the case ranges for
// every rune outside ASCII, and accented letters are most of those a
// notice has.
func ToLower(r rune) rune {
	if 0 <= r && r < rune(len(lowerLatin)) {
		return lowerLatin[r]
	}
	return unicode.ToLower(r)
}

// lowerLatin is unicode.ToLower of each rune below U+0250, the end of
// Latin Extended-B.
var lowerLatin = func() (t [0x250]rune) {
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	return t
}()

// IsProse reports a text of sentences, not a line of facts or a menu: a
// stop inside it before a space, or at its end.
func IsProse(text string) bool { return strings.Contains(text, ". ") || strings.HasSuffix(text, ".") }

// Leading returns the start of s that holds its first n words: a phrase
// at the start of a line is looked for without normalising the whole
// line.
func Leading(s string, n int) string {
	in := false
	for i, r := range s {
		if r < utf8.RuneSelf && IsSpaceByte(byte(r)) || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n == 0 {
				return s[:i]
			}
			n--
			in = true
		}
	}
	return s
}
