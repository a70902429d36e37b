package furniture

import "testing"

func TestIsPageNumber(t *testing.T) {
	for _, s := range []string{"3", " 12 ", "Page 3", "page 3 of 9", "PAGE 2 SUR 7", "3/9", "3 / 9", "- 3 -", "– 3 –", "-3", "(3)", "[3]",
		"p. 4", "Seite 2 von 5", "Página 2 de 4", "1234", "2 / 5", "– 12 –", "(4)", "Page 2 sur 5"} {
		if !IsPageNumber(s) {
			t.Errorf("IsPageNumber(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"", "12345", "Page", "3 June 2025", "Grade 3", "22-Jun-2025", "1,286.09", "Page 3 of the notice", "(a)", "3.", "1)", "a)", "2025-06-22", "12 months", "Grade A2"} {
		if IsPageNumber(s) {
			t.Errorf("IsPageNumber(%q) = true, want false", s)
		}
	}
}
