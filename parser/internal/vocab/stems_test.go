package vocab

import (
	"strings"
	"testing"
)

// TestStemSet checks containsStem against strings.Contains of each
// phrase, on texts and keys with a phrase at either end, cut short, or
// with its first byte repeated before it, for the sets of the tables.
func TestStemSet(t *testing.T) {
	sets := [][]string{nil, {""}, {"d"}, {"degree", "ee"}, {"x", "experience", "knowledge of", "english"},
		qualificationStems, closingStems, notVacancyFragments}
	texts := []string{"", "d", "de", "deg", "degree", "xdegree", "dddegree", "a degree in", "ddegre", "degre",
		"experiencedegree", "knowledge o", "some knowledge of", "englis", "an english speaker", "maitris",
		"la maitrise du", "We thank all applicants", "Égalité des chances", "Only candidates", "nly",
		"THIS IS NOT A VACANCY", "ot a vacanc", "Aucune candidature", "UCUNE CANDIDATUR"}
	for _, stems := range sets {
		s := newStemSet(stems)
		for _, k := range texts {
			want := false
			for _, st := range stems {
				want = want || strings.Contains(k, st)
			}
			if got := containsStem(s, k); got != want {
				t.Errorf("containsStem(%q, %q) = %v, want %v", stems, k, got, want)
			}
			if got := containsStem(s, []byte(k)); got != want {
				t.Errorf("containsStem(%q, []byte(%q)) = %v, want %v", stems, k, got, want)
			}
		}
	}
}
