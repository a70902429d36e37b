package words

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// The hand-written matchers against the regular expressions and library
// calls they replace.

func TestIsURLLineMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`^(?:https?://|www\.)\S+$`)
	texts := randtext.Texts(2, 20000, 10, "htps:/w. x\t\n\xff", "https://x", "http://", "www.", "www.x y", "https://nato.int/", "wwww.x")
	for _, s := range texts {
		if got, want := IsURLLine(s), re.MatchString(s); got != want {
			t.Errorf("IsURLLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCount(t *testing.T) {
	for _, s := range randtext.Texts(4, 20000, 10, "a \t\n\u00a0\u2003é\xff\v", "", "  a  b ", "one") {
		if got, want := Count(s), len(strings.Fields(s)); got != want {
			t.Errorf("Count(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestCountAtMost(t *testing.T) {
	for _, s := range []string{"", "a", " a  b ", "one two three four five six seven eight nine", "\u00a0x\ty\n"} {
		for max := 0; max < 10; max++ {
			if got, want := CountAtMost(s, max), min(len(strings.Fields(s)), max+1); got != want {
				t.Errorf("CountAtMost(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
}

// TestCountAtMostRandom checks CountAtMost's run through a word's
// printable ASCII against strings.Fields, with the bytes around it
// (controls, DEL, white space, runes outside ASCII) within words.
func TestCountAtMostRandom(t *testing.T) {
	for _, s := range randtext.Texts(5, 20000, 12, "ab!~ \t\n\v\x00\x1f\x7f\u00a0\u0085é\xff", "", "~!", "\x7f\x7f a") {
		for _, max := range []int{0, 1, 3, 6} {
			if got, want := CountAtMost(s, max), min(len(strings.Fields(s)), max+1); got != want {
				t.Errorf("CountAtMost(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
}

// TestAppendLowerASCII checks the eight bytes at a time against
// LowerASCII of each byte, on every byte value and at every offset.
func TestAppendLowerASCII(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	texts := randtext.Texts(6, 20000, 40, "aZ@[`{AzMm 0\u00c9\u00e9\u0100", string(all), "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "@[`{")
	for _, s := range texts {
		for _, prefix := range []string{"", "x", "Ab"} {
			want := []byte(prefix)
			for i := 0; i < len(s); i++ {
				want = append(want, LowerASCII(s[i]))
			}
			if got := AppendLowerASCII([]byte(prefix), s); string(got) != string(want) {
				t.Errorf("AppendLowerASCII(%q, %q) = %q, want %q", prefix, s, got, want)
			}
		}
	}
}

func TestToLower(t *testing.T) {
	for r := rune(-1); r < 0x3000; r++ {
		if got, want := ToLower(r), unicode.ToLower(r); got != want {
			t.Errorf("ToLower(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestCountAtMostBlocks checks CountAtMost's eight bytes at a time
// against strings.Fields: texts long enough for several blocks, words
// and white space across their edges, every ASCII byte, a rune outside
// ASCII after some blocks, and bounds below zero and past the count.
func TestCountAtMostBlocks(t *testing.T) {
	var ascii strings.Builder
	for c := 0; c < utf8.RuneSelf; c++ {
		ascii.WriteByte(byte(c))
	}
	texts := randtext.Texts(31, 20000, 60, "ab  \t\n\v\f\r\x00\x08\x0e\x1f\x7f", "", ascii.String(), ascii.String()+" é a b")
	texts = append(texts, randtext.Texts(37, 5000, 60, "ab \té\u00a0", "")...)
	for _, s := range texts {
		for _, max := range []int{-1, 0, 1, 2, 5, 9, 100} {
			if got, want := CountAtMost(s, max), min(len(strings.Fields(s)), max+1); got != want && !(max < 0 && got == min(len(strings.Fields(s)), 1)) {
				t.Errorf("CountAtMost(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
	if got := Count(ascii.String()); got != len(strings.Fields(ascii.String())) {
		t.Errorf("Count of every ASCII byte = %d, want %d", got, len(strings.Fields(ascii.String())))
	}
}

// TestByteTables checks the table-driven byte tests against the
// comparisons they replace, on every byte.
func TestByteTables(t *testing.T) {
	for i := 0; i < 256; i++ {
		c := byte(i)
		if got, want := IsSpaceByte(c), c == ' ' || '\t' <= c && c <= '\r'; got != want {
			t.Errorf("IsSpaceByte(%#x) = %v", c, got)
		}
		if got, want := IsSpaceASCII(c), c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; got != want {
			t.Errorf("IsSpaceASCII(%#x) = %v", c, got)
		}
		if got, want := IsLetterASCII(c), 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'; got != want {
			t.Errorf("IsLetterASCII(%#x) = %v", c, got)
		}
		want := c
		if 'A' <= c && c <= 'Z' {
			want = c + 'a' - 'A'
		}
		if got := LowerASCII(c); got != want {
			t.Errorf("LowerASCII(%#x) = %#x, want %#x", c, got, want)
		}
	}
}

// TestIsASCII checks the eight bytes at a time against a test of each
// byte, with one byte outside ASCII at every offset of every length.
func TestIsASCII(t *testing.T) {
	for n := 0; n < 40; n++ {
		b := []byte(strings.Repeat("a", n))
		if !IsASCII(string(b)) {
			t.Errorf("IsASCII(%q) = false", b)
		}
		for i := range b {
			for _, c := range []byte{0x80, 0xc3, 0xff} {
				b[i] = c
				if IsASCII(string(b)) {
					t.Errorf("IsASCII(%q) = true", b)
				}
				b[i] = 'a'
			}
		}
	}
}

func TestFirst(t *testing.T) {
	for in, want := range map[string]string{"Hybrid, two days on site": "Hybrid", "Full-time": "Full-time", "On-site work": "On-site", "Remote": "Remote", "": ""} {
		if got := First(in); got != want {
			t.Errorf("First(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsYear(t *testing.T) {
	for s, want := range map[string]bool{"2026": true, "1999": true, "2300": false, "202": false, "20a6": false, "S-2031": false} {
		if got := IsYear(s); got != want {
			t.Errorf("IsYear(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLeading(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"Attaché juriste au service", 2, "Attaché juriste "},
		{"  two  words", 1, "  two  "},
		{"one", 3, "one"},
		{"", 2, ""},
	} {
		if got := Leading(c.s, c.n); got != c.want {
			t.Errorf("Leading(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
