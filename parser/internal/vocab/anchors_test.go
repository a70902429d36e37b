package vocab

import (
	"strings"
	"testing"
)

// TestAnchorSetAgreesWithContains checks the one-pass search against a
// strings.Contains per fragment, with each fragment at every offset and
// parity, in both cases and mixed case, and in texts that hold none.
func TestAnchorSetAgreesWithContains(t *testing.T) {
	want := func(text string) bool {
		for _, f := range notVacancyFragments {
			if strings.Contains(text, f) {
				return true
			}
		}
		return false
	}
	texts := []string{"", "ot", "ot a", "Not a", "This is not a vacancy.", "THIS IS NOT A VACANCY", "It is nOt A job",
		"Il ne s'agit pas d'une offre", "n'est pas un emploi", "aucune candidature", "This does not concern you",
		"Cela ne concerne pas", "no applications will be accepted after", "t a t a t a", "at a time, that a man"}
	for _, f := range notVacancyFragments {
		for pre := 0; pre < 3; pre++ {
			for post := 0; post < 3; post++ {
				p, q := strings.Repeat("x", pre), strings.Repeat("y", post)
				texts = append(texts, p+f+q, p+f[:len(f)-1]+q, p+f[1:]+q, p+strings.ToUpper(f)+q, p+strings.ToLower(f)+q)
			}
		}
	}
	for _, s := range texts {
		if got := notVacancyAnchors.any(s); got != want(s) {
			t.Errorf("any(%q) = %v, strings.Contains says %v", s, got, want(s))
		}
	}
}

// The set is built at every start of the program: its search for a
// multiplier must not allocate per try (it once took 28 MB and thousands
// of tries, a third of a small parse's process time).
func TestNewAnchorSetIsCheap(t *testing.T) {
	allocs := testing.AllocsPerRun(5, func() { newAnchorSet(notVacancyFragments) })
	// One set, the list of anchors as it grows, and a candidate slice
	// per slot used: a few times the fragments' count, never per try.
	if limit := float64(4 * len(notVacancyFragments)); allocs > limit {
		t.Errorf("newAnchorSet(notVacancyFragments): %.0f allocations, want at most %.0f", allocs, limit)
	}
}
