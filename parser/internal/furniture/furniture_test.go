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

func TestIsPageLabel(t *testing.T) {
	for _, s := range []string{"Page 3", "page 3 of 9", "PAGE 2 SUR 7", "3/9", "3 / 9", "- 3 -", "– 12 –", "p. 4", "Seite 2 von 5", "2 of 7", "Page 2 sur 7", "  - 3 -  "} {
		if !IsPageLabel(s) {
			t.Errorf("IsPageLabel(%q) = false, want true", s)
		}
		if !IsPageNumber(s) {
			t.Errorf("IsPageNumber(%q) = false: a page label is a page number", s)
		}
	}
	// A bare number may be text or a list marker: a page number only
	// where it stands alone (IsPageNumber), never a label.
	for _, s := range []string{"3", "(3)", "[3]", "-3", "12345", "Page", "3 June 2025", "Grade 3", "Page 3 of the notice", "3.", "1)", "- 3", "2025/2026"} {
		if IsPageLabel(s) {
			t.Errorf("IsPageLabel(%q) = true, want false", s)
		}
	}
}

func TestIsMarking(t *testing.T) {
	for _, s := range []string{
		"NATO UNCLASSIFIED", "NATO RESTRICTED",
		"N A T O  U N C L A S S I F I E D", "N A T O U N C L A S S I F I E D", "  NATO   UNCLASSIFIED  ",
		"NON CLASSIFIÉ", "NON CLASSIFIE", "OTAN SANS CLASSIFICATION", "NATO SANS CLASSIFICATION", "OTAN DIFFUSION RESTREINTE",
		"O T A N   S A N S   C L A S S I F I C A T I O N",
		"NATO UNCLASSIFIED / NON CLASSIFIÉ", "NATO UNCLASSIFIED - OTAN SANS CLASSIFICATION", "NATO UNCLASSIFIED | NATO SANS CLASSIFICATION",
		"NATO UNCLASSIFIED – RELEASABLE TO THE PUBLIC", "NATO/EAPC UNCLASSIFIED", "UNCLASSIFIED", "PUBLICLY DISCLOSED",
		"NATO UNCLASSIFIED                                NON CLASSIFIÉ", "MIS EN LECTURE PUBLIQUE",
	} {
		if !IsMarking(s) {
			t.Errorf("IsMarking(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"", "NATO", "SECRET", "RELEASABLE TO THE PUBLIC", "NATO Unclassified documents", "NATO UNCLASSIFIED 2025",
		"NATO SECRETARY GENERAL", "NATO INTERNSHIP PROGRAMME", "UNCLASSIFIED INFORMATION", "VACANCY NOTIFICATION",
		"NATO UNCLASSIFIED: the notice", "unclassified", "NATO HQ", "OTAN", "CLASSIFICATION",
		// A clearance a post asks for, on a line of its own under its label.
		"NATO SECRET", "NATO CONFIDENTIAL", "COSMIC TOP SECRET", "OTAN CONFIDENTIEL", "COSMIC TRÈS SECRET",
	} {
		if IsMarking(s) {
			t.Errorf("IsMarking(%q) = true, want false", s)
		}
	}
}
