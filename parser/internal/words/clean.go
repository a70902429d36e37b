package words

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// nonBreakingHyphen is a hyphen a typesetter may not break a line at
// ("Part‑time", "Gérin‑Lajoie"): the word is the one written with "-".
const nonBreakingHyphen = '\u2011'

// Clean collapses every kind of white space (newlines, tabs, no-break
// and other Unicode spaces) to single spaces, drops invisible characters
// (controls, zero-width spaces, soft hyphens, BOM), writes a non-breaking
// hyphen (U+2011) as the hyphen it prints and returns the NFC form,
// so the same words from any format compare equal.
func Clean(s string) string {
	if isClean(s) {
		return s // the common case: nothing to fold
	}
	// Clean's bytes are written into one buffer of the input's size (the
	// output is never longer, but where a broken byte becomes U+FFFD).
	// ASCII, most of every text, is copied a byte at a time without
	// decoding it; inert is whether every rune written is nfcInert, which
	// makes the output NFC without the NFC test (see isClean).
	b := make([]byte, 0, len(s))
	space := false
	inert := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				space = true
				continue
			case c < ' ' || c == 0x7f: // a control character: dropped
				continue
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f':
			space = true
			continue
		case isInvisible(r):
			continue
		case r == utf8.RuneError || unicode.IsControl(r):
			if r == utf8.RuneError {
				b = utf8.AppendRune(b, r) // keep: it marks where the input was broken
				inert = false
			}
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if r == nonBreakingHyphen {
			b = append(b, '-') // the hyphen it prints, a line's break forbidden after it
			continue
		}
		b = utf8.AppendRune(b, r)
		inert = inert && nfcInert(r)
	}
	out := unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
	if !inert && !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// isClean reports text that Clean would return unchanged: single
// ASCII spaces only, no invisible or control characters, already NFC.
// It reads s once: ASCII a byte at a time, and the NFC test only for a
// text with a rune outside nfcInert, which ASCII, Latin letters and the
// common punctuation never are.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	inert := true
	for i := 0; i < len(s); {
		// Eight bytes at a time while they are ASCII: most of every text.
		// The bytes before the first one outside ASCII are checked
		// together, and that one then read as a rune below. The eight
		// are tested with no branch on their first byte being a space,
		// which would be guessed wrong at every eighth word or so.
		if i+8 <= len(s) {
			b := s[i : i+8]
			w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			n := 8
			if h := w & highBits; h != 0 {
				n = bits.TrailingZeros64(h) >> 3
				keep := uint64(1)<<(8*n) - 1
				w = w&keep | neutralPad&^keep // the bytes from the first non-ASCII one: "a"
			}
			var before uint64 // 0x80 for a space before w (s does not start with one)
			if i > 0 {
				before = spaceFlag(s[i-1])
			}
			if cleanASCII8(w, before) != 0 {
				return false
			}
			if i += n; n == 8 {
				continue
			}
		}
		c := s[i]
		switch {
		case '!' <= c && c <= '~': // printable ASCII but the space: most bytes
			i++
			continue
		case c == ' ':
			if s[i-1] == ' ' { // i > 0: s does not start with a space
				return false
			}
			i++
			continue
		case c < utf8.RuneSelf: // a control character or DEL
			return false
		case firstLatin2 <= c && c <= lastLatin2 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			// Two bytes of Latin-1 or Latin Extended (U+0080 to U+02FF):
			// the accented letters of a French text, every few words.
			// All are clean and nfcInert but the C1 controls, U+0085
			// and the no-break space below U+00A1, and the soft hyphen:
			// the rest need no decoding and none of the tests below.
			if r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f); r > '\u00a0' && r != '\u00ad' {
				i += 2
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) || isInvisible(r) || r == '\u2007' || r == '\u202f' || r == nonBreakingHyphen {
			return false
		}
		inert = inert && nfcInert(r)
		i += n
	}
	return inert || norm.NFC.IsNormalString(s)
}

// The first bytes of the two-byte runes isClean reads without decoding
// them: U+0080 to U+02FF, the runes below the combining marks. (0xc0
// and 0xc1 start no valid rune.)
const (
	firstLatin2 = 0xc2
	lastLatin2  = 0xcb
)

// Masks of isClean's eight bytes at a time: a byte's high bit, and
// 0x01, 0x20, 0x60 and 0x7f in every byte; and the byte ("a") that
// stands for the bytes from the first outside ASCII on.
const (
	highBits   = 0x8080808080808080
	ones       = 0x0101010101010101
	spaces     = 0x2020202020202020
	plus0x60   = 0x6060606060606060
	low7Bits   = 0x7f7f7f7f7f7f7f7f
	neutralPad = 0x6161616161616161
)

// cleanASCII8 returns 0 for eight ASCII bytes, the first in the low
// byte of w, that isClean lets through read one at a time: no control
// character or DEL, and no space after a space (before is 0x80 for a
// space before w, else 0). Every byte is below 0x80, so no sum carries
// into the next byte.
func cleanASCII8(w, before uint64) uint64 {
	// A byte below 0x20 leaves its high bit clear when 0x60 is added;
	// DEL (0x7f) is the one that sets it when 1 is.
	bad := (^(w + plus0x60) | (w + ones)) & highBits
	// The spaces: a byte of w^spaces is zero where w has a space.
	x := w ^ spaces
	sp := ^((x + low7Bits) | x) & highBits
	return bad | sp&(sp<<8|before)
}

// spaceFlag is 0x80 for a space and 0 for any other byte, without a
// branch: c^' ' - 1 borrows from bit 8 on only for a space.
func spaceFlag(c byte) uint64 {
	return (uint64(c^' ') - 1) >> 56 & 0x80
}

// isInvisible reports the characters Clean drops: zero-width spaces and
// joiners, the word joiner, the BOM and the soft hyphen.
func isInvisible(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
}

// nfcInert reports a rune that is NFC on its own and neither combines
// with the rune before it nor reorders around it (its NFC quick check is
// Yes and its combining class 0): a text made only of such runes is NFC,
// and needs no NFC test. They are the runes before the combining marks
// (ASCII, Latin-1, Latin Extended-A and B, IPA, spacing modifiers), the
// General Punctuation after its spaces (dashes, quotes, bullets,
// ellipsis) and the euro sign: nearly every notice is written in them.
// TestNFCInert checks each one against the norm package's tables.
func nfcInert(r rune) bool {
	return r < firstCombiningMark || firstInertPunct <= r && r < endInertPunct || r == '€'
}

// The ranges of nfcInert: U+0300 starts the combining diacritical
// marks; U+2000 to U+200F are spaces (two of them not NFC), zero widths
// and direction marks, U+2070 starts super- and subscripts.
const (
	firstCombiningMark = '\u0300'
	firstInertPunct    = '\u2010'
	endInertPunct      = '\u2070'
)
