package vocab

import (
	"regexp"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// The hand-written matchers against the regular expressions they replace.

func TestDashedReference(t *testing.T) {
	for _, c := range []struct{ in, ref string }{
		{"Radiation Protection Officer (P3) - (2026/0312 (045678))", "2026/0312 (045678)"},
		{"Technical Officer - (2603417)", "2603417"},
		{"Officer – (VN-2026/14)  ", "VN-2026/14"},
		{"Officer - (Geneva)", ""},            // words, not a number
		{"Officer (2026/0312)", ""},           // no dash
		{"Officer - (2026/0312", ""},          // not closed
		{"Officer - (see the 2026 plan)", ""}, // lower case
		{"- (2026)", ""},                      // too few digits, nothing before
		{"Officer - (" + strings.Repeat("1", 41) + ")", ""},
	} {
		_, ref, ok := DashedReference(c.in)
		if ok != (c.ref != "") || ref != c.ref {
			t.Errorf("DashedReference(%q) = %q, %v; want %q", c.in, ref, ok, c.ref)
		}
	}
}

func TestTitleReferenceMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`\((\d{5,8}|[A-Z]{1,6}[- ]?\d{3,}[-/\d]*)\)\s*$`)
	texts := randtext.Texts(1, 50000, 14, "(()) 0123456789AZN-/ \t\nxé",
		"Title (250715)", "Title (ABC-1234/5)", "Title (ABC 123)", "Title (ABCDEFG123)", "Title (1234)",
		"Title (123456789)", "Title (250715)  \n", "Title (250715) x", "(A12)", "Title ((250715)", "(AB--123)",
		"(PDD) (250715)", "(250715))", "", ")", "()", "(ABCDEF123-/)", "(A 123)")
	for _, s := range texts {
		m := re.FindStringSubmatchIndex(s)
		open, ref, ok := TitleReference(s)
		switch {
		case ok != (m != nil):
			t.Errorf("TitleReference(%q) ok = %v, regexp %v", s, ok, m)
		case ok && (open != m[0] || ref != s[m[2]:m[3]]):
			t.Errorf("TitleReference(%q) = %d %q, regexp %d %q", s, open, ref, m[0], s[m[2]:m[3]])
		}
	}
}
