package stream

import "testing"

func TestMenuShaped(t *testing.T) {
	for in, want := range map[string]bool{
		"Home": true, "My account": true, "About us": true,
		"Vacancies and internships at the Centre": false,
		"Published: 14 May 2026":                  false,
		"Apply now!":                              false,
	} {
		if got := MenuShaped(in); got != want {
			t.Errorf("MenuShaped(%q) = %v", in, got)
		}
	}
}
