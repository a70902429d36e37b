package vocab

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

var keyReplacer = strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ", "\u202f", " ", "–", "-", "—", "-")

// normKey folds a label or heading to the form the tables are matched in:
// lower case, no accents, typographic apostrophes as ', no section
// number, no trailing colon or question mark, single spaces.
//
// Lookups in the tables use lookupKey, which builds the key in a buffer
// on the stack: normKey is for the few callers that keep the key.
func normKey(s string) string {
	var buf [128]byte
	return string(appendNormKey(buf[:0], s))
}

// lookupKey returns m[normKey(s)]. It runs for every block and line
// several times over, so the key is built in a buffer on the stack and
// looked up without being copied to a string (m[string(b)] does not
// allocate).
func lookupKey[V any](m map[string]V, s string) (V, bool) {
	var buf [128]byte
	v, ok := m[string(appendNormKey(buf[:0], s))]
	return v, ok
}

// keyShapes lets go a key that is in none of a set's keys on its first
// byte and its length, before it is hashed for the set's map: for each
// first byte, a bit for each length of a key that starts with it (bit
// 63 for 63 bytes or more). The first words of most blocks are the first
// word of no label and no heading, and most are let go so.
type keyShapes [256]uint64

func (s *keyShapes) add(k string) {
	if k != "" {
		s[k[0]] |= 1 << min(len(k), 63)
	}
}

// mayHaveKey reports whether the set s is built from may hold k (an
// empty k is left to the map).
func mayHaveKey[K string | []byte](s *keyShapes, k K) bool {
	return len(k) == 0 || s[k[0]]&(1<<min(len(k), 63)) != 0
}

// appendNormKey appends normKey(s) to dst. The common cases take the
// fast paths: ASCII text is lower-cased byte by byte, and accented Latin
// text folds rune by rune from the generated tables (see foldRune); only
// other scripts take the normalisation chain.
func appendNormKey(dst []byte, s string) []byte {
	if n, ok := plainWords(s); ok {
		// Nearly every first word, and most labels and headings: the
		// key is the words in lower case (no section number, no run of
		// spaces, only the marks after them to trim).
		return words.AppendLowerASCII(dst, s[:n])
	}
	s = strings.TrimSpace(s)
	start := len(dst)
	if words.IsASCII(s) {
		dst = words.AppendLowerASCII(dst, s)
	} else {
		dst = appendFoldLower(dst, s)
	}
	return finishKey(dst, start)
}

// finishKey makes dst[start:], a text lower-cased and folded, a key: its
// section number, the marks at its ends and its runs of white space go.
func finishKey(dst []byte, start int) []byte {
	k := dst[start:]
	k = k[stream.LeadNumberLen(k):]
	// bytes.TrimRight(k, " :?!.*") and bytes.Trim(k, " *_"), without
	// building their byte sets on every key.
	for len(k) > 0 && keyBytes[k[len(k)-1]]&keyTrimEnd != 0 {
		k = k[:len(k)-1]
	}
	for len(k) > 0 && keyBytes[k[len(k)-1]]&keyTrimBoth != 0 {
		k = k[:len(k)-1]
	}
	for len(k) > 0 && keyBytes[k[0]]&keyTrimBoth != 0 {
		k = k[1:]
	}
	// Move the key back to start (copy handles the overlap) and collapse
	// each run of ASCII white space to one space, in place. Most keys have
	// none: the bytes up to the first that needs it are left as they are.
	k = dst[start : start+copy(dst[start:], k)]
	if !needsCollapse(k) {
		return dst[:start+len(k)]
	}
	n := 0
	for n < len(k) && (k[n] > ' ' || k[n] == ' ' && n > 0 && k[n-1] != ' ') {
		n++
	}
	if n == len(k) {
		return dst[:start+n]
	}
	space := n > 0 && k[n-1] == ' '
	for _, c := range k[n:] {
		if words.IsSpaceASCII(c) {
			if space {
				continue
			}
			c, space = ' ', true
		} else {
			space = false
		}
		k[n] = c
		n++
	}
	return dst[:start+n]
}

// plainWords reports a text of ASCII letters in words parted by single
// spaces, with no space at either end, then perhaps marks that normKey
// trims (":", "?", "!", ".", "*"), and returns the length of its words:
// normKey lower-cases them and does nothing else (a section number
// needs white space after its "." or ")", and there is no run of spaces
// to collapse). "Location:" is such a text, its key "location".
func plainWords(s string) (n int, ok bool) {
	if s == "" || s[0] == ' ' || len(s) > maxPlainBytes {
		return 0, false // a longer text, a sentence, is seldom plain
	}
	// A letter, or a space after a letter (s[0] is none): one branch a
	// byte, on a table's class rather than on comparisons that the
	// changes between capitals, small letters and spaces make the
	// processor guess wrong.
	prev := byte(0)
	for n < len(s) {
		c := keyBytes[s[n]] & (keyLetter | keySpace)
		if c&^(prev&keySpace) == 0 {
			break
		}
		prev = c
		n++
	}
	if n == 0 || s[n-1] == ' ' {
		return 0, false
	}
	for i := n; i < len(s); i++ {
		if keyBytes[s[i]]&keyMark == 0 {
			return 0, false
		}
	}
	return n, true
}

// needsCollapse reports a key with white space to collapse: a byte of
// ASCII white space other than a space, a space first, or a space after
// a space. Most keys have none, and it reads them without a branch on
// their bytes (a loop that stops at the first such byte branches on
// every space), eight at a time: the last eight of a key of eight bytes
// or more overlap the ones before them, and a shorter key is read with
// the spare capacity after it, masked, where there is room. (A loop over
// the last one to seven bytes had its length guessed wrong key after key.)
func needsCollapse(k []byte) bool {
	const (
		ones = 0x0101010101010101
		pad  = 'a' * ones // stands for the bytes past a short key: no space, no control
	)
	n := len(k)
	switch {
	case n >= 8:
		// Flags in the high bit of each byte; prev is the flag of the
		// byte before the eight (0x80 for the start of the key).
		var bad uint64
		prev := uint64(0x80)
		for i := 0; i+8 <= n; i += 8 {
			var b uint64
			b, prev = collapseFlags8(binary.LittleEndian.Uint64(k[i:]), prev)
			bad |= b
		}
		if n%8 != 0 {
			// The last eight bytes, after the flag of the byte before them:
			// the ones read twice give the same flags twice.
			b, _ := collapseFlags8(binary.LittleEndian.Uint64(k[n-8:]), spaceFlag(k[n-9]))
			bad |= b
		}
		return bad != 0
	case cap(k) >= 8:
		keep := uint64(1)<<(8*n) - 1
		w := binary.LittleEndian.Uint64(k[:8])&keep | pad&^keep
		bad, _ := collapseFlags8(w, 0x80)
		return bad != 0
	}
	sp := byte(keySpace) // the start of the key counts as a space
	var bad byte
	for _, c := range k {
		cl := keyBytes[c]
		bad |= cl&keyControl | cl&keySpace&sp
		sp = cl & keySpace
	}
	return bad != 0
}

// collapseFlags8 flags, in the high bit of each of the eight bytes of w,
// a control byte and a space after a space (prev is 0x80 for a space, or
// the start of the key, before w, else 0), and returns the flag of w's
// last byte being a space for the next eight. The flags are exact: no sum
// carries out of a byte's low seven bits.
func collapseFlags8(w, prev uint64) (bad, last uint64) {
	const (
		ones   = 0x0101010101010101
		low7   = 0x7f7f7f7f7f7f7f7f
		high   = 0x8080808080808080
		spaces = ' ' * ones
	)
	control := ^((w&low7 + (0x80-' ')*ones) | w) & high
	x := w ^ spaces
	space := ^((x&low7 + low7) | x) & high
	return control | space&(space<<8|prev), space >> 56
}

// spaceFlag is 0x80 for a space and 0 for any other byte.
func spaceFlag(c byte) uint64 { return uint64(keyBytes[c]&keySpace) / keySpace << 7 }

// Classes of bytes in keyBytes.
const (
	keyTrimEnd  = 1 << iota // trimmed from a key's end first: " :?!.*"
	keyTrimBoth             // then trimmed from both ends: " *_"
	keyMark                 // marks a plain text may end with: ":?!.*"
	keyLetter               // an ASCII letter
	keySpace                // ' '
	keyControl              // below ' ': a byte of white space the key collapses (or a control)
)

// keyBytes holds the classes of each byte, for the loops that build and
// test keys byte by byte.
var keyBytes = func() (t [256]byte) {
	for c := range 256 {
		b := byte(c)
		for _, f := range []struct {
			set   string
			class byte
		}{{" :?!.*", keyTrimEnd}, {" *_", keyTrimBoth}, {":?!.*", keyMark}, {" ", keySpace}} {
			if strings.IndexByte(f.set, b) >= 0 {
				t[c] |= f.class
			}
		}
		if words.IsLetterASCII(b) {
			t[c] |= keyLetter
		}
		if b < ' ' {
			t[c] |= keyControl
		}
	}
	return t
}()

// maxPlainBytes bounds the texts plainWords reads: first words, labels
// and headings, not the sentences it would read to their first comma
// for nothing.
const maxPlainBytes = 48

func isASCIILetter(c byte) bool { return words.IsLetterASCII(c) }

// appendFoldLower appends keyReplacer.Replace(foldString(strings.ToLower(s)))
// to dst, rune by rune when every rune lower-cases into ASCII or into the
// ranges of the fold tables, where folding one rune at a time is the same
// as folding the text (foldString's own fast path).
//
// The runs of ASCII between the other runes, most of a text in French,
// are lower-cased a run at a time (appendFoldRune of an ASCII rune is
// the rune lower-cased): a call for each byte was most of the cost of a
// French paragraph's key.
func appendFoldLower(dst []byte, s string) []byte {
	mark := len(dst)
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf {
			j++
		}
		dst = words.AppendLowerASCII(dst, s[i:j])
		if j == len(s) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		var ok bool
		if dst, ok = appendFoldRune(dst, r); !ok {
			// Another script, a combining mark or a bad byte: the
			// whole text takes the normalisation chain.
			return append(dst[:mark], keyReplacer.Replace(foldString(strings.ToLower(s)))...)
		}
		i = j + n
	}
	return dst
}

// appendFoldRune appends r lower-cased (as strings.ToLower does) and
// folded as a key; ok is false for a rune that sends the whole text to
// the normalisation chain.
func appendFoldRune(dst []byte, r rune) (out []byte, ok bool) {
	r = words.ToLower(r)
	switch {
	case r < utf8.RuneSelf:
		return append(dst, byte(r)), true
	case r == utf8.RuneError || !inFoldTables(r):
		return dst, false
	}
	f, ok := foldRune(r)
	if !ok {
		return appendKeyRune(dst, r), true
	}
	for _, fr := range f {
		dst = appendKeyRune(dst, fr)
	}
	return dst, true
}

// foldWords appends to dst text[:ends[len(ends)-1]] lower-cased and
// folded as appendNormKey folds it (text has no white space at its
// start), and sets offs[i] to the length of what it appended for
// text[:ends[i]]: the key of each prefix of words is then finishKey of
// the fold's prefix, folded once. ok is false for a text that a rune
// outside the fold tables sends to the normalisation chain, which folds
// a text whole.
func foldWords(dst []byte, text string, ends, offs []int) (out []byte, ok bool) {
	start, next := len(dst), 0
	for i, r := range text[:ends[len(ends)-1]] {
		for next < len(ends) && ends[next] <= i {
			offs[next] = len(dst) - start
			next++
		}
		if dst, ok = appendFoldRune(dst, r); !ok {
			return dst, false
		}
	}
	for ; next < len(ends); next++ {
		offs[next] = len(dst) - start
	}
	return dst, true
}

// appendKeyRune appends r as keyReplacer writes it.
func appendKeyRune(dst []byte, r rune) []byte {
	switch r {
	case '’', '‘':
		return append(dst, '\'')
	case '\u00a0', '\u202f':
		return append(dst, ' ')
	case '–', '—':
		return append(dst, '-')
	}
	return utf8.AppendRune(dst, r)
}

// mayBeKey reports whether normKey(s) can be at most max bytes long, a
// cheap test that spares folding a whole paragraph to find it is not a
// heading: normKey keeps every letter and digit (but the at most four of
// a section number), and each takes at least one byte.
func mayBeKey(s string, max int) bool {
	if len(s) <= max {
		return true
	}
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, nearly every byte: counted from a table, with no
			// branch on its being a letter, which the words and spaces
			// of a paragraph make the processor guess wrong.
			n += int(alnumASCII[c])
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
			i += size
		}
		if n > max+4 {
			return false
		}
	}
	return true
}

// alnumASCII is 1 for each ASCII letter and digit, 0 for any other byte.
var alnumASCII = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if isASCIILetter(byte(c)) || '0' <= c && c <= '9' {
			t[c] = 1
		}
	}
	return t
}()

// firstKeyWord is the normalised first word of text after any section
// number ("1. SUMMARY" → "summary"), split at spaces and hyphens
// ("INFO-SESSION" → "info").
func firstKeyWord(text string) string {
	var buf [128]byte
	return string(appendFirstKeyWord(buf[:0], text))
}

// appendFirstKeyWord appends firstKeyWord(text) to dst. It reads only the
// start of text: most texts are paragraphs, rejected on their first word.
func appendFirstKeyWord(dst []byte, text string) []byte {
	text = strings.TrimSpace(text)
	// A first word of ASCII letters that ends the text or is followed by
	// a space, a hyphen or a no-break space (not by "." or ")", which
	// would make it a section number): the word in lower case.
	n := 0
	for n < len(text) && isASCIILetter(text[n]) {
		n++
	}
	if n > 0 && (n == len(text) || text[n] == ' ' || text[n] == '-' || text[n] == 0xc2 && n+1 < len(text) && text[n+1] == 0xa0) {
		// normKey of ASCII letters alone is the letters in lower case:
		// appendNormKey would read them again to find that out.
		return words.AppendLowerASCII(dst, text[:n])
	}
	if lowersToASCIIAtStart(text) {
		// The section number is found in the lower-cased text and its
		// length applied to text as written, as it always was.
		text = text[stream.LeadNumberLen(strings.ToLower(text)):]
	} else {
		text = text[stream.LeadNumberLen(text):]
	}
	text = strings.TrimLeft(text, " *_")
	if i := indexWordEnd(text, " -"); i > 0 {
		text = text[:i]
	}
	return appendNormKey(dst, text)
}

// lowersToASCIIAtStart reports whether one of the first five runes of s,
// where a section number stands, is one of the two letters outside ASCII
// that strings.ToLower turns into ASCII ones: U+0130 İ (to i) and U+212A
// K (to k). Everywhere else leadNumberLen on s as written finds what it
// finds in s lower-cased.
func lowersToASCIIAtStart(s string) bool {
	n := 0
	for _, r := range s {
		if r == '\u0130' || r == '\u212a' {
			return true
		}
		if n++; n == 5 {
			break
		}
	}
	return false
}

// indexWordEnd is strings.IndexAny(s, seps+"\u00a0") for seps in ASCII:
// the first word of a text ends at one of seps or a no-break space. (By
// hand: IndexAny with a character outside ASCII compares every rune of s
// with every separator.)
func indexWordEnd(s, seps string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case words.IsByteOf(c, seps):
			return i
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0: // U+00A0 in UTF-8
			return i
		}
	}
	return -1
}

// keyIn reports whether normKey(s) is one of list: slices.Contains(list,
// normKey(s)) with the key built on the stack. The short tables read so
// (contract kinds, schedules, a board's facets, other posts' headings…)
// are asked of many lines of every notice, and the string made of each
// key was an allocation a line.
func keyIn(list []string, s string) bool {
	var buf [128]byte
	k := appendNormKey(buf[:0], s)
	for _, v := range list {
		if string(k) == v {
			return true
		}
	}
	return false
}
