package words

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
	"golang.org/x/text/unicode/norm"
)

// TestNFCInert checks every rune nfcInert names against the norm
// package: NFC on its own, combining class 0 and combining with nothing
// before it, so that a text made of them is NFC whatever their order.
func TestNFCInert(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !nfcInert(r) || !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if !norm.NFC.IsNormalString(s) || !norm.NFC.PropertiesString(s).BoundaryBefore() {
			t.Errorf("nfcInert(%U) but the rune is not inert under NFC", r)
		}
	}
}

// isCleanReference is isClean as it was written before it read the
// text once: the reference TestIsClean checks it against.
func isCleanReference(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := false
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case r < 0x20 || r == 0x7f || r == utf8.RuneError,
			r >= 0x80 && (unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f' ||
				r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad' || r == '\u2011'):
			return false
		}
		prevSpace = false
	}
	return norm.NFC.IsNormalString(s)
}

func TestIsClean(t *testing.T) {
	alphabet := "a Z\t\n\u00a0\u2007\u202f\u200b\u00ad\ufeffé\u0301e\u0327ç\u2000\u2002’–•€\u2011\u212b\u00c5\xff\x7f\u0085\u1161\u1100\u3000" +
		"\u0080\u009f\u00a1\u00ac\u00ae\u02ff\u0300" // the bounds of the two-byte runes isClean lets through undecoded
	texts := randtext.Texts(3, 50000, 8, alphabet, "", " ", "a", "a  b", "é", "e\u0301", "Ω", "\u2126", "x ", " x",
		"\xc3a", "a\xc3", "é\xc3", "\xc2\xa0x", "\xcb\xbf", "\xcc\x80", "\xc1\xbf", "abcdefgh\xc3")
	for _, s := range texts {
		if got, want := isClean(s), isCleanReference(s); got != want {
			t.Errorf("isClean(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsCleanWords checks isClean's eight bytes at a time against the
// reference on longer texts, mostly ASCII (every offset of a control
// character, a DEL, a double space or a rune outside ASCII within and
// across the eight-byte words).
func TestIsCleanWords(t *testing.T) {
	alphabet := "abcdefghijklmnopqrstuvwxyz      ABC!~:.\x00\x1f\x7f\té’\u00a0\u0301\u200b\xff"
	texts := randtext.Texts(4, 200000, 40, alphabet,
		"abcdefgh", "abcdefg  h", "abcdefgh  ij", "abcdefg\x7fhij", "abcdefgh\x1fijklmnop", "abcdéfghijklmnop", "abcdefg é  ijklmnop",
		"abcdefgh ijklmno é", "a b c d e f g h i j", "ab            cd", "abcdefghijklmnopqrstuvwxyz0123456789 ")
	for _, s := range texts {
		if got, want := isClean(s), isCleanReference(s); got != want {
			t.Errorf("isClean(%q) = %v, want %v", s, got, want)
		}
	}
}

// cleanReference is Clean as it was written before it copied ASCII a
// byte at a time and skipped the NFC test of inert text: the reference
// TestClean checks it against.
func cleanReference(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f':
			space = true
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case r == utf8.RuneError || unicode.IsControl(r):
			if r == utf8.RuneError {
				b.WriteRune(r)
			}
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r == '\u2011' {
			r = '-'
		}
		b.WriteRune(r)
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

func TestClean(t *testing.T) {
	alphabet := "a Z.\t\n\r\v\f\x00\x1f\u00a0\u2007\u202f\u200b\u00ad\ufeff\u2060é\u0301e\u0327ç\u2000\u2002’–•€\u212b\u00c5\xff\xc3\x7f\u0085\u009f\u1161\u1100\u3000\ufffd"
	texts := randtext.Texts(4, 50000, 12, alphabet, "", " ", "a", "a  b", "é", "e\u0301", "Ω", "\u2126", "x ", " x", "\xff", " \xff a\n\nb ", "Part\u2011time")
	for _, s := range texts {
		if got, want := Clean(s), cleanReference(s); got != want {
			t.Errorf("Clean(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSpaceFlag checks spaceFlag on every byte.
func TestSpaceFlag(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := uint64(0)
		if c == ' ' {
			want = 0x80
		}
		if got := spaceFlag(byte(c)); got != want {
			t.Errorf("spaceFlag(%#x) = %#x, want %#x", c, got, want)
		}
	}
}
