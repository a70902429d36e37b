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
