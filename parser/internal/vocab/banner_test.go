package vocab

import (
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// TestIsBilingualBanner checks IsBilingualBanner, which reads the parts
// in place and stops at the first that is no banner, against its first
// writing, which split the line first.
func TestIsBilingualBanner(t *testing.T) {
	ref := func(text string) bool {
		if strings.IndexByte(text, '/') < 0 && strings.IndexByte(text, '|') < 0 {
			return false
		}
		parts := strings.FieldsFunc(text, func(r rune) bool { return r == '/' || r == '|' })
		if len(parts) < 2 {
			return false
		}
		for _, p := range parts {
			if rest, ok := AfterBanner(p); !ok || rest != "" {
				return false
			}
		}
		return true
	}
	texts := []string{"", "/", "|", "//", "VACANCY NOTIFICATION/ NOTIFICATION DE LA VACANCE DU POSTE",
		"VACANCY NOTICE | AVIS DE VACANCE", "VACANCY NOTICE", "VACANCY NOTICE/", "/VACANCY NOTICE//AVIS DE VACANCE/",
		"| a | b |", "https://example.org/jobs/1", "VACANCY NOTICE/ 2026"}
	pieces := []string{"/", "|", " ", "VACANCY NOTICE", "AVIS DE VACANCE", "Vacancy Announcement", "STAFF VACANCY 261032",
		"x", "é", "–", "VN/26", "Job Opening"}
	texts = append(texts, randtext.Joined(25, 20000, 6, pieces)...)
	trues := 0
	for _, s := range texts {
		got, want := IsBilingualBanner(s), ref(s)
		if got != want {
			t.Errorf("IsBilingualBanner(%q) = %v, want %v", s, got, want)
		}
		if want {
			trues++
		}
	}
	if trues < 10 {
		t.Errorf("only %d banners among the texts", trues)
	}
}
