package extract

import (
	"regexp"
	"slices"
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
		if reGluedRef().MatchString(s) {
			matches++
			if !mayGlueRef(s) {
				t.Errorf("mayGlueRef(%q) = false, but reGluedRef matches", s)
			}
		}
		if reSuffixRef().MatchString(s) {
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

// findTitleTail, which tries reTitleTail only from the starts a tail can
// have, finds what the expression finds tried from every start.
func TestFindTitleTailMatchesExpression(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\v", "(", ")", ",", "-", "–", "—", "1", "12", "%", "post", "postes", "Vacancies",
		"civilian", "grade", "Grade", "G", "P-3", "P3", "D1", "NO-B", "FS-4", "AD", "/", "job", "reference", "Réf.",
		"ref.", "No.", "n°", ":", "vacancy notice", "avis de vacance", "Officer", "é", "x", "08/2026", "\n",
		// whole tails, and their parts run together
		" (2 posts)", "(Civilian)", " (80–100 %)", "( 3 vacancies )", ", Grade P2", " - grade AST/SC 2", ", P-3",
		", G7", " – job reference 08/2026", " - Vacancy Notice VN 26/014", " – réf. : 12", " – ref no. 2026 1/2"}
	texts := randtext.Joined(11, 200000, 8, pieces,
		"Audit Data Analyst (1 post)", "IT Systems Administrator (civilian)", "Urbaniste (80–100 %)",
		"Specialist, Health Product Data – Grade E – Fixed-Term", "HUMAN RIGHTS OFFICER, P3", "Officer, NO-B",
		"Legal Officers – State Aid – job reference 08/2026", "Analyste – réf. 12/2026", "Officer  -  ref. 12",
		"Policy Officer (Defence Planning) - Defence Policy and Planning Division (250901)")
	whole := regexp.MustCompile(reTitleTail) // unanchored: tried from every start
	matches := 0
	for _, s := range texts {
		got, want := findTitleTail(s), whole.FindStringSubmatchIndex(s)
		if want != nil {
			matches++
		}
		if !slices.Equal(got, want) {
			t.Errorf("findTitleTail(%q) = %v, want %v", s, got, want)
		}
	}
	if matches < 1000 {
		t.Errorf("only %d texts hold a tail: the test reads too few", matches)
	}
}
