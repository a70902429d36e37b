package extract

import (
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// TestNamedPostAbove: a board's short heading in its own language over
// the notice it copies gives way to the line above that names the post;
// a line that names one, or a long line, stands.
func TestNamedPostAbove(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	body := []stream.Block{
		{Kind: stream.Paragraph, Text: "Home > Jobs > Brunssum"},
		{Kind: stream.Paragraph, Text: "Senior Technician (Deployable Communications)"},
		{Kind: stream.Paragraph, Text: "Solliciteer direct"},
		{Kind: stream.Paragraph, Text: "Vacatureomschrijving"},
		{Kind: stream.Paragraph, Text: "Finance Assistant"},
		{Kind: stream.Paragraph, Text: "Integrated Air and Missile Defence Centre"},
	}
	for i, want := range map[int]int{
		3: 1, // the board's heading: the post above it
		4: 4, // a line that names a post
		5: 5, // more words than a board's heading
	} {
		if got := x.namedPostAbove(body, i, "en"); got != want {
			t.Errorf("namedPostAbove(%q) = %d, want %d", body[i].Text, got, want)
		}
	}
}

// TestWithoutEmployerAfter: the employer a board names after "at" goes;
// a name with "at" in it, or a phrase, stays.
func TestWithoutEmployerAfter(t *testing.T) {
	for in, want := range map[string]string{
		"Legal Officer (Institutional Law) at NATO":      "Legal Officer (Institutional Law)",
		"Senior Protection Associate at UNHCR – Yerevan": "Senior Protection Associate",
		"Comptable fournisseurs chez Orange":             "Comptable fournisseurs",
		"Canadian Museum of Immigration at Pier 21":      "Canadian Museum of Immigration at Pier 21", // no post before
		"Liaison Officer at the Permanent Mission":       "Liaison Officer at the Permanent Mission",  // a phrase
		"Nurse at Night Shift Coordinator":               "Nurse at Night Shift Coordinator",          // a post after
		"Data Analyst":                                   "Data Analyst",
		"Clinical Nurse Specialist at Band 7":            "Clinical Nurse Specialist at Band 7", // a grade
		"Teaching Assistant at Key Stage 2":              "Teaching Assistant at Key Stage 2",
		"Research Assistant at Grade 6":                  "Research Assistant at Grade 6",
		"Developer at 3M":                                "Developer at 3M", // a figure: kept whole
	} {
		if got := withoutEmployerAfter(in); got != want {
			t.Errorf("withoutEmployerAfter(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWithoutOrganisationTail: the employer after a dash goes where the
// organisation field names it or its short form; another name stays.
func TestWithoutOrganisationTail(t *testing.T) {
	org := "Integrated Air and Missile Defence Centre of Excellence (IAMD COE)"
	for in, want := range map[string]string{
		"Finance Clerk (Accounts Payable) - IAMD COE": "Finance Clerk (Accounts Payable)",
		"Finance Clerk – " + org:                      "Finance Clerk",
		"Process Control Technologist – SCADA":        "Process Control Technologist – SCADA",
		"Finance Clerk":                               "Finance Clerk",
	} {
		if got := withoutOrganisationTail(in, org); got != want {
			t.Errorf("withoutOrganisationTail(%q) = %q, want %q", in, got, want)
		}
	}
}
