package stream

import "testing"

func TestIsTrail(t *testing.T) {
	for text, want := range map[string]bool{
		"Canada.ca > Jobs > Public Service jobs > Job opportunities":     true,
		"Accueil › Emplois › Offres":                                     true,
		"Home » Careers » Vacancies":                                     true,
		"Lyon > Paris":                                                   false,
		"des programmes « FPS » et « sécurité humaine » dans l'Alliance": false,
	} {
		if got := IsTrail(text); got != want {
			t.Errorf("IsTrail(%q) = %v, want %v", text, got, want)
		}
	}
}
