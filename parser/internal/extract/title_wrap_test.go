package extract

import (
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

// TestWithoutDecoration: the marks a chat, a post or a page sets around a
// title are cut; a number's dash and a title's own marks stay.
func TestWithoutDecoration(t *testing.T) {
	for in, want := range map[string]string{
		"*Chef du Service de l'état civil*":                        "Chef du Service de l'état civil",
		"🇬🇧 Resettlement Superintendent":                           "Resettlement Superintendent",
		"━━━━━━━━━━ 🇫🇷 Planificateur de l'entretien":               "Planificateur de l'entretien",
		"« Coordinateur·rice de l'accueil (H/F)":                   "Coordinateur·rice de l'accueil (H/F)",
		": Technicien(ne) de laboratoire":                          "Technicien(ne) de laboratoire",
		"----- English version ----- Project Officer – Settlement": "Project Officer – Settlement",
		"-301226 IT Service Desk Technician":                       "-301226 IT Service Desk Technician",
		"Data Analyst --- Geneva":                                  "Data Analyst --- Geneva", // no language half before the rule
		"Chef de projet --- CDI":                                   "Chef de projet --- CDI",
		"🎨 3D Artist":                                              "🎨 3D Artist", // a figure after the mark: kept whole
		"Senior Officer – Data":                                    "Senior Officer – Data",
		"Programmeur C++ (H/F)":                                    "Programmeur C++ (H/F)",
		"*":                                                        "*",
		"":                                                         "",
	} {
		if got := withoutDecoration(in); got != want {
			t.Errorf("withoutDecoration(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWithoutTitleLabel: a title field's label run on before the title,
// its colon lost, is cut when it opens no post's name.
func TestWithoutTitleLabel(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for in, want := range map[string]string{
		"Intitulé Ingénieur(e) performance des centrales solaires": "Ingénieur(e) performance des centrales solaires",
		"Post title National Programme Officer (Circular Economy)": "National Programme Officer (Circular Economy)",
		"Position Classification Officer":                          "Position Classification Officer",
		"Post Doctoral Fellow":                                     "Post Doctoral Fellow",
		"Intitulé":                                                 "Intitulé",
		"Job title":                                                "Job title",
	} {
		if got := x.withoutTitleLabel(in); got != want {
			t.Errorf("withoutTitleLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWithWrappedLine: a PDF's title wrapped onto the next line takes it
// back; plain text takes only a line that closes its parenthesis or goes
// on in small letters, not a board's employer under the title.
func TestWithWrappedLine(t *testing.T) {
	para := func(line int, text string) stream.Block {
		return stream.Block{Kind: stream.Paragraph, Text: text, Pos: stream.Pos{Page: 1, Line: line}}
	}
	for _, c := range []struct {
		format, first, second string
		gap                   int
		want                  string
	}{
		{"pdf", "Programme Specialist – Women's Economic", "Empowerment", 1, "Programme Specialist – Women's Economic Empowerment"},
		{"pdf", "Senior Technician (Data Centre Power and Cooling", "Systems)", 1, "Senior Technician (Data Centre Power and Cooling Systems)"},
		{"pdf", "Programme Specialist", "Empowerment", 2, "Programme Specialist"},
		{"pdf", "Programme Specialist", "Brussels, Belgium", 1, "Programme Specialist"},
		{"pdf", "Programme Specialist", "Reference: 1234", 1, "Programme Specialist"},
		{"text", "Senior Technician (Data Centre Power and Cooling", "Systems)", 1, "Senior Technician (Data Centre Power and Cooling Systems)"},
		{"text", "Analyste de la connaissance du domaine", "spatial", 1, "Analyste de la connaissance du domaine spatial"},
		{"text", "Chief Cook", "Marine Atlantic", 1, "Chief Cook"},
		{"html", "Analyste de la connaissance du domaine", "spatial", 1, "Analyste de la connaissance du domaine"},
	} {
		x := &extraction{voc: vocab.Default(), v: &schema.Vacancy{Source: schema.Source{Format: c.format}}}
		body := []stream.Block{para(3, c.first), para(3+c.gap, c.second)}
		if got := x.withWrappedLine(body, titleFound{c.first, 0, ""}); got.text != c.want || got.at != 0 {
			t.Errorf("%s %q / %q: got %q at %d, want %q", c.format, c.first, c.second, got.text, got.at, c.want)
		}
	}
}

// TestWithWrappedStart: a title whose head a PDF left on the line above
// takes it back when that line ends on a joiner or qualifies a post's
// bare noun; a banner, a genre line or a title of its own above stays
// apart.
func TestWithWrappedStart(t *testing.T) {
	block := func(kind stream.Kind, line int, text string) stream.Block {
		return stream.Block{Kind: kind, Text: text, Pos: stream.Pos{Page: 1, Line: line}}
	}
	P, H := stream.Paragraph, stream.Heading
	for _, c := range []struct {
		format       string
		kind         stream.Kind
		first, title string
		gap          int
		want         string
	}{
		{"text", P, "Occupational Health and Safety Technical", "Specialist", 1, "Occupational Health and Safety Technical Specialist"},
		{"pdf", H, "Attaché(e) gestionnaire de subsides – Action sociale et", "Famille (H/F/X)", 1, "Attaché(e) gestionnaire de subsides – Action sociale et Famille (H/F/X)"},
		{"pdf", P, "Occupational Health and Safety Technical", "Specialist", 2, "Specialist"},
		{"html", P, "Occupational Health and Safety Technical", "Specialist", 1, "Specialist"},
		{"text", P, "JOB OPPORTUNITY ADVERTISEMENT", "Marine Communications Officer", 1, "Marine Communications Officer"},
		{"text", P, "Nous recrutons", "Chargé de communication", 1, "Chargé de communication"},
		{"text", P, "Recreation Ranger", "Forestry England", 1, "Forestry England"},
		{"text", P, "Senior Data Analyst", "Officer", 1, "Officer"},
		{"pdf", P, "Reference 2041/03", "Specialist", 1, "Specialist"},
	} {
		x := &extraction{voc: vocab.Default(), v: &schema.Vacancy{Source: schema.Source{Format: c.format}}}
		body := []stream.Block{block(c.kind, 3, c.first), block(c.kind, 3+c.gap, c.title)}
		got := x.withWrappedStart(body, titleFound{c.title, 1, ""}, "en")
		if got.text != c.want || (got.text != c.title) != (got.at == 0) {
			t.Errorf("%s %q / %q: got %q at %d, want %q", c.format, c.first, c.title, got.text, got.at, c.want)
		}
	}
}

// TestWithWrappedQualifier: in a PDF's text dump (a text with pages), a
// title whose line ends inside its qualifier takes the next line back;
// a board's card (a text without pages) keeps the employer under it, and
// a title that ends on its gender mark or in small letters is whole.
func TestWithWrappedQualifier(t *testing.T) {
	for _, c := range []struct {
		page          int
		first, second string
		want          string
	}{
		{1, "Senior Analyst, Regulatory", "Reporting", "Senior Analyst, Regulatory Reporting"},
		{1, "Lock and Bridge Keeper – Caledonian", "Canal", "Lock and Bridge Keeper – Caledonian Canal"},
		{0, "Analyst, Business Affairs", "Telefilm Canada", "Analyst, Business Affairs"},
		{1, "Conseillère ou conseiller en conformité – permis d'alcool", "Numéro", "Conseillère ou conseiller en conformité – permis d'alcool"},
		{1, "Attaché juriste – Cellule Dublin (H/F/X)", "Sélection interne", "Attaché juriste – Cellule Dublin (H/F/X)"},
		{1, "Chief Cook", "Marine Atlantic", "Chief Cook"},
	} {
		x := &extraction{voc: vocab.Default(), v: &schema.Vacancy{Source: schema.Source{Format: "text"}}}
		body := []stream.Block{
			{Kind: stream.Paragraph, Text: c.first, Pos: stream.Pos{Page: c.page, Line: 3}},
			{Kind: stream.Paragraph, Text: c.second, Pos: stream.Pos{Page: c.page, Line: 4}},
		}
		if got := x.withWrappedLine(body, titleFound{c.first, 0, ""}); got.text != c.want {
			t.Errorf("page %d %q / %q: got %q, want %q", c.page, c.first, c.second, got.text, c.want)
		}
	}
}
