package extract

import (
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// TestTitleRegexpGuards checks that the byte tests run before the title
// expressions let through every text the expressions match: a guard may
// let a text go only when its expression would not match it.
func TestTitleRegexpGuards(t *testing.T) {
	alphabet := "aZÉé( )-–0123456789\n"
	texts := randtext.Texts(5, 100000, 14, alphabet,
		"Staff Officer (Resilience Planning)-262107", "Policy Officer - 251500", "Officer 12345 ",
		"Budget Analyst (262173)Budget Analyst", "Analyst (AB-1234)Élan", "Analyst (12345) Next", "(12345)é")
	matches := 0
	for _, s := range texts {
		if reGluedRef.MatchString(s) {
			matches++
			if !mayGlueRef(s) {
				t.Errorf("mayGlueRef(%q) = false, but reGluedRef matches", s)
			}
		}
		if reSuffixRef.MatchString(s) {
			matches++
			if !endsWithDigit(s) {
				t.Errorf("endsWithDigit(%q) = false, but reSuffixRef matches", s)
			}
		}
	}
	if matches < 100 {
		t.Fatalf("only %d texts match an expression: the test says little", matches)
	}
}

// A number after a dash ends a title as its reference, unless the dash
// joins digits into one number.
func TestSuffixRef(t *testing.T) {
	for _, c := range []struct{ in, title, ref string }{
		{"Staff Officer (Resilience Planning)-262107", "Staff Officer (Resilience Planning)", "262107"},
		{"Policy Officer - 251500", "Policy Officer ", "251500"},
		{"Field Engineer 2026 - 251500", "Field Engineer 2026 ", "251500"},
		{"Offre n° 2026-1583412", "", ""},
	} {
		m := reSuffixRef.FindStringSubmatch(c.in)
		var title, ref string
		if m != nil {
			title, ref = m[1], m[2]
		}
		if title != c.title || ref != c.ref {
			t.Errorf("reSuffixRef(%q) = %q, %q; want %q, %q", c.in, title, ref, c.title, c.ref)
		}
	}
}

func TestMarkOnlyRef(t *testing.T) {
	for in, want := range map[string]string{
		"N° 007/BDEAC/DRH/2026": "007/BDEAC/DRH/2026",
		"No. 2026-14":           "2026-14",
		"N° de l'avis":          "",
		"Ref. to be confirmed":  "",
		"007/BDEAC/DRH/2026":    "", // no mark
	} {
		if got := markOnlyRef(in); got != want {
			t.Errorf("markOnlyRef(%q) = %q, want %q", in, got, want)
		}
	}
}
