package stream

import (
	"regexp"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// markerPattern is the marker grammar as a regular expression: a
// marker is "(a)", "1.", "a)", "iv.", or a bullet.
const markerPattern = `\((?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)|(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|[` + Bullets + `\-–*]`

func TestMarkerLenMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`^(` + markerPattern + `)(?:\s+|$)`)
	glued := regexp.MustCompile(`^([` + GluedBullets + `])\pL`)
	texts := randtext.Texts(3, 50000, 7, "(1a)iIvX.• ·–-*x\t\n\v✓é\xff", "1. foo", "(a) foo", "iv) foo", "• foo", "– foo", "* foo",
		"12) x", "•Diplôme", "✦animer", "–av", "A.", "(iv)", "(ab) x", "123. x", "1.5 x", "-5", "a.b", "(1.) x", "ii. x", "iV) x", "")
	for _, s := range texts {
		want := 0
		if m := re.FindStringSubmatch(s); m != nil {
			want = len(m[1])
		} else if m := glued.FindStringSubmatch(s); m != nil {
			want = len(m[1])
		}
		if got := MarkerLen(s); got != want {
			t.Errorf("MarkerLen(%q) = %d, want %d", s, got, want)
		}
	}
}

// An em dash opens an item before its text, not a title set between
// two dashes nor a dash alone.
func TestMarkerLenEmDash(t *testing.T) {
	for s, want := range map[string]int{
		"— Working knowledge of French": len("—"),
		"—\tPhotography skills":         len("—"),
		"— English version —":           0,
		"— 22 décembre — ":              0,
		"—":                             0,
		"—Glued":                        0,
	} {
		if got := MarkerLen(s); got != want {
			t.Errorf("MarkerLen(%q) = %d, want %d", s, got, want)
		}
	}
}

// A single angle quote opens an item as a board's bullet ("› Diplôme
// d'État…"); glued to a word it is no bullet.
func TestMarkerLenAngleQuote(t *testing.T) {
	if got := MarkerLen("› Diplôme d'État d'infirmier"); got != len("›") {
		t.Errorf("MarkerLen(\"› Diplôme…\") = %d, want %d", got, len("›"))
	}
	if got := MarkerLen("›Diplôme"); got != 0 {
		t.Errorf("MarkerLen(\"›Diplôme\") = %d, want 0", got)
	}
}

func TestMarkerStyleIn(t *testing.T) {
	for _, tt := range []struct {
		m    string
		open []string
		want string
	}{
		{"(i)", nil, "i)"},                 // opens a Roman list
		{"(ii)", []string{"i)"}, "i)"},     // goes on with it
		{"(v)", []string{"i)"}, "i)"},      // Roman where a Roman list is open
		{"(v)", nil, "a)"},                 // a letter otherwise
		{"i)", []string{"a)"}, "a)"},       // the ninth letter of an open lettered list
		{"i.", []string{"1.", "a)"}, "i."}, // a Roman list under a lettered one of another delimiter
		{"b)", []string{"i)"}, "a)"},
		{"1.", []string{"i)"}, "1."},
	} {
		if got := MarkerStyleIn(tt.m, tt.open); got != tt.want {
			t.Errorf("MarkerStyleIn(%q, %q) = %q, want %q", tt.m, tt.open, got, tt.want)
		}
	}
}

func TestLeadNumberLen(t *testing.T) {
	for in, want := range map[string]int{
		"1. Duties":                   3,
		"4.1 Essential criteria":      4,
		"4.1.2. Languages":            7,
		"B.1 Essential criteria":      4,
		"(b) Desirable:":              4,
		"(2026) report":               0,
		"b.2 critères constituant un": 4, // keys read the number in lower case
		"U.S. Army":                   0, // no space after "U."
		"Essential criteria":          0,
	} {
		if got := LeadNumberLen(in); got != want {
			t.Errorf("LeadNumberLen(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestNumberLenMatchesRegexp checks NumberLen, string and []byte, against
// the grammar it implements, on random texts and on every text of up to
// six bytes from an alphabet of its classes, alone and padded.
func TestNumberLenMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`^(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]`)
	texts := randtext.Texts(3, 50000, 7, "(1a)iIvXx.b0 9é\xff", "1. foo", "iv) foo", "12) x", "A.", "viii.", "ixvi.", "123. x", "")
	const alphabet = "1ivX.)a é"
	var all func(prefix string)
	all = func(prefix string) {
		// Each alone, and padded past the eight bytes read as one word.
		texts = append(texts, prefix, prefix+" of more")
		if len(prefix) < 6 {
			for i := range len(alphabet) {
				all(prefix + alphabet[i:i+1])
			}
		}
	}
	all("")
	for _, s := range texts {
		want := len(re.FindString(s))
		if got := NumberLen(s); got != want {
			t.Errorf("NumberLen(%q) = %d, want %d", s, got, want)
		}
		if got := NumberLen([]byte(s)); got != want {
			t.Errorf("NumberLen([]byte(%q)) = %d, want %d", s, got, want)
		}
	}
}
