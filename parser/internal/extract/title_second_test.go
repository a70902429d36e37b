package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// TestCrumbWithTail: a line that opens with a trail's last page and goes
// on with a board's facts (a grade first) or a sentence gives the page's
// name; a line that goes on with more of the title does not.
func TestCrumbWithTail(t *testing.T) {
	last := "Education in Emergencies Specialist (Teacher Workforce)"
	for _, c := range []struct {
		line, grade string
		ok          bool
	}{
		{last + ", P-4, Fixed Term, # 584117, New York", "P-4", true},
		{"Expéditionnaire administratif (m/f) pour les besoins du service Population.", "", true},
		{last + ", Teacher Policy", "", false},    // no grade: the title goes on
		{last + " in Crisis Settings", "", false}, // no sentence: the title goes on
		{last + " Officer", "", false},            // a capital: the title goes on
		{last, "", false},                         // the page itself: read as it is
		{"Senior " + last + ", P-4", "", false},   // opens otherwise
	} {
		l := last
		if strings.HasPrefix(c.line, "Expéditionnaire") {
			l = "Expéditionnaire administratif (m/f)"
		}
		grade, ok := crumbWithTail(c.line, l)
		if grade != c.grade || ok != c.ok {
			t.Errorf("crumbWithTail(%q) = %q, %v, want %q, %v", c.line, grade, ok, c.grade, c.ok)
		}
	}
}

// TestTitleUnderCrumbWithTail: the trail's last page is the title, and
// the grade comes from the line's tail.
func TestTitleUnderCrumbWithTail(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	body := []stream.Block{
		{Kind: stream.Paragraph, Text: "Home › Companies › UNICEF › Education Specialist (Teacher Workforce)"},
		{Kind: stream.Paragraph, Text: "Education Specialist (Teacher Workforce), P-4, Fixed Term, # 584117, New York"},
		{Kind: stream.Field, Label: "Location", Text: "New York"},
	}
	got := x.findTitle(body, "", 2, false, "en")
	if got.text != "Education Specialist (Teacher Workforce)" || got.at != 1 || x.lineGrade != "P-4" {
		t.Errorf("findTitle = %+v, grade %q", got, x.lineGrade)
	}
}

// TestTitleUsable: a line that lists kinds of appointment, or a sentence
// that ends on the article before the post, is no title; the post is.
func TestTitleUsable(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for in, want := range map[string]bool{
		"Durée indéterminée, Intérimaire, Affectation, Mutation, Détachement":               false,
		"Le collège des bourgmestre et échevins se propose de procéder au recrutement d'un": false,
		"Agente principale ou agent principal d'examen de l'approvisionnement":              true,
		"Fonctionnaire communal (m/f) – bureau de la population":                            true,
		"Recruitment Assistant": true,
	} {
		if got := x.usableTitle(in); got != want {
			t.Errorf("usableTitle(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTitleAfterRecruitLead: the post after "se propose de recruter un",
// on the line or on the next.
func TestTitleAfterRecruitLead(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for _, body := range [][]stream.Block{
		{
			{Kind: stream.Paragraph, Text: "Le collège des bourgmestre et échevins de la commune se propose de procéder au recrutement d'un"},
			{Kind: stream.Heading, Level: 2, Text: "Fonctionnaire communal (m/f) – bureau de la population"},
			{Kind: stream.Field, Label: "Référence", Text: "MER-2042-07"},
		},
		{
			{Kind: stream.Paragraph, Text: "Le collège des bourgmestre et échevins de la commune se propose de recruter un Fonctionnaire communal (m/f) – bureau de la population"},
			{Kind: stream.Field, Label: "Référence", Text: "MER-2042-07"},
		},
	} {
		if got := x.findTitle(body, "", len(body)-1, false, "fr"); got.text != "Fonctionnaire communal (m/f) – bureau de la population" {
			t.Errorf("findTitle(%q) = %q", body[0].Text, got.text)
		}
	}
}

// TestQuotedBoldTitle: a chat's quote of a notice, its title in bold over
// its fields; an item in bold that names no post stays no title.
func TestQuotedBoldTitle(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for item, want := range map[string]string{
		"*Deputy Director, Partnerships*": "Deputy Director, Partnerships",
		"**Programme Officer**":           "Programme Officer",
		"*Shared from the portal*":        "",
		"Deputy Director, Partnerships":   "", // no emphasis: an item like any other
	} {
		body := []stream.Block{
			{Kind: stream.Paragraph, Text: "New D-1 just went up on the portal — the key bits:"},
			{Kind: stream.ListItem, Marker: ">", Text: item},
			{Kind: stream.Field, Label: "Duty Station", Text: "NEW YORK"},
		}
		if got := x.findTitle(body, "", 2, false, "en"); got.text != want {
			t.Errorf("findTitle(%q) = %q, want %q", item, got.text, want)
		}
	}
}

// TestWithoutLeadingUnits: the units a dump runs on before a title
// field's post go; a title whose unit word stands in its name stays.
func TestWithoutLeadingUnits(t *testing.T) {
	for in, want := range map[string]string{
		"Cooperative Security Division Partnership Programmes Branch Staff Officer (Partnership Programmes)": "Staff Officer (Partnership Programmes)",
		"Financial Management Division Budget Section Budget Officer":                                        "Budget Officer",
		"Financial Management Division Budget Officer":                                                       "Financial Management Division Budget Officer", // one unit
		"-301226 IT Service Desk Technician":                                                                 "-301226 IT Service Desk Technician",
		"Customer Service Team Leader":                                                                       "Customer Service Team Leader", // one word before
		"Head of the Programme Management Section":                                                           "Head of the Programme Management Section",
		"Chief, Budget and Finance Section":                                                                  "Chief, Budget and Finance Section",
		"Legal Officer":                                                                                      "Legal Officer",
	} {
		if got := withoutLeadingUnits(in); got != want {
			t.Errorf("withoutLeadingUnits(%q) = %q, want %q", in, got, want)
		}
	}
	long := strings.Repeat("Division ", 100_000/9)
	start := time.Now()
	withoutLeadingUnits(long)
	if d := time.Since(start); d > time.Second {
		t.Errorf("withoutLeadingUnits on 100 KB took %v", d)
	}
}

// TestNamedBannerBeforeTitle: an e-mail's "HELCOM vacancy – Title" gives
// the title; a title with a dash in it keeps its head.
func TestNamedBannerBeforeTitle(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for in, want := range map[string]string{
		"HELCOM vacancy – Marine Monitoring Data Officer": "Marine Monitoring Data Officer",
		"Consultant – Policy Convergence Monitoring":      "Consultant – Policy Convergence Monitoring",
		"GIS Analyst – Marine Spatial Planning":           "GIS Analyst – Marine Spatial Planning",
	} {
		if got := x.trimTitle(in); got != want {
			t.Errorf("trimTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTitleBesideWritten(t *testing.T) {
	body := []stream.Block{
		{Kind: stream.Paragraph, Text: "Home / Opportunities / Deputy Programme Manager"},
		{Kind: stream.Heading, Text: "COORDONNATEUR·RICE DES PROGRAMMES JEUNESSE"},
		{Kind: stream.Paragraph, Text: "Coordonnateur·rice des programmes jeunesse"},
		{Kind: stream.Heading, Text: "DEPUTY PROGRAMME MANAGER"},
		{Kind: stream.Paragraph, Text: "(Technicien(ne) de laboratoire)"},
		{Kind: stream.Heading, Text: "TECHNICIEN(NE) DE LABORATOIRE"},
		{Kind: stream.Paragraph, Text: "The Deputy Programme Manager reports to the Director."},
		{Kind: stream.Heading, Text: "AGENT DE TRANSIT (H/F)"},
		{Kind: stream.Paragraph, Text: "Nos offres > Transport > Agent de transit (H/F)"},
	}
	for _, c := range []struct {
		in   string
		at   int
		want string
	}{
		{"COORDONNATEUR·RICE DES PROGRAMMES JEUNESSE", 1, "Coordonnateur·rice des programmes jeunesse"},
		{"TECHNICIEN(NE) DE LABORATOIRE", 5, "Technicien(ne) de laboratoire"}, // in parentheses, the line before
		{"DEPUTY PROGRAMME MANAGER", 3, "DEPUTY PROGRAMME MANAGER"},           // a breadcrumb's or a sentence's words: the sets differ
		{"AGENT DE TRANSIT (H/F)", 7, "AGENT DE TRANSIT (H/F)"},               // a breadcrumb's last step
		{"COORDONNATEUR·RICE DES PROGRAMMES JEUNESSE", -1, "COORDONNATEUR·RICE DES PROGRAMMES JEUNESSE"},
	} {
		if got := titleBesideWritten(c.in, body, c.at); got != c.want {
			t.Errorf("titleBesideWritten(%q, %d) = %q, want %q", c.in, c.at, got, c.want)
		}
	}
}

func TestNamesOrgField(t *testing.T) {
	org := "World Squash Federation (WSF)"
	for line, want := range map[string]bool{
		"WORLD SQUASH":                  true,
		"World Squash Federation (WSF)": true,
		"World Squash Coach":            false, // a post's noun
		"WORLD SQUASHES":                false, // not the name's words whole
		"Squash Federation":             false, // not its first words
		"WORLD":                         false, // one word
	} {
		if got := namesOrgField(line, org); got != want {
			t.Errorf("namesOrgField(%q, %q) = %v, want %v", line, org, got, want)
		}
	}
}

func TestChatBoldTitle(t *testing.T) {
	for in, want := range map[string]string{
		"[21/11/42, 09:14:03] Nilza T.: Bom dia a todos [21/11/42, 09:14:41] Nilza T.: *Programme Analyst – Blue Economy*":             "Programme Analyst – Blue Economy",
		"[17/06/2043, 08:41] Aigerim S.: Good morning [17/06/2043, 08:41] Aigerim S.: *Education Officer (Inclusive Education)*, NO-2": "Education Officer (Inclusive Education)",
		"[17/06/2043, 08:41] Aigerim S.: *Education Officer*":                                                                          "", // one message: a line of its own
		"[1/2/43, 8:41] A: hi [1/2/43, 8:42] A: *Driver* wanted, see the post below for the details of the job":                        "", // a sentence after the bold
		"[1/2/43, 8:41] A: hi [1/2/43, 8:42] A: the *Driver* post":                                                                     "", // bold inside a sentence
	} {
		if got, _ := chatBoldTitle(in); got != want {
			t.Errorf("chatBoldTitle(%q) = %q, want %q", in, got, want)
		}
	}
	// A long paragraph of stamps parses fast.
	long := strings.Repeat("[1/2/43, 8:41] Ann: hi [[[ ", 5000) + "[1/2/43, 8:42] Ann: *Driver*"
	start := time.Now()
	if got, _ := chatBoldTitle(long); got != "Driver" {
		t.Errorf("chatBoldTitle(long) = %q", got)
	}
	if d := time.Since(start); d > 200*time.Millisecond {
		t.Errorf("chatBoldTitle over %d bytes took %v", len(long), d)
	}
}
