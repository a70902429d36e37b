package vocab

import (
	"regexp"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// The hand-written matchers against the regular expressions they replace.

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

// TestHasSeparatorMatchesRegexp checks the test that spares parts its
// expression against the expression.
func TestHasSeparatorMatchesRegexp(t *testing.T) {
	texts := randtext.Texts(5, 50000, 8, "a -–—|>/›»·•\t\n\v\u00a0\u2003\xffé", "", "a - b", "a  b", "a\t-\tb", "a -b", "Home › Jobs")
	for _, s := range texts {
		if got, want := hasSeparator(s), reSeparators.MatchString(s); got != want {
			t.Errorf("hasSeparator(%q) = %v, the expression says %v", s, got, want)
		}
	}
}
