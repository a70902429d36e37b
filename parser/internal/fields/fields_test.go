package fields

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// TestPairInPlace: pair, which writes its blocks over the blocks it
// reads, gives what it gives into a slice of its own, on random
// sequences of labels standing alone, values, fields and prose.
func TestPairInPlace(t *testing.T) {
	v := vocab.Default()
	kinds := []stream.Block{
		{Kind: stream.Paragraph, Text: "Location"}, {Kind: stream.Paragraph, Text: "Grade:"}, {Kind: stream.Heading, Text: "Salary"},
		{Kind: stream.Paragraph, Text: "Brussels"}, {Kind: stream.Paragraph, Text: "A2"}, {Kind: stream.Paragraph, Text: "Langue"},
		{Kind: stream.Paragraph, Text: "Français"}, {Kind: stream.Field, Label: "Grade", Text: ""}, {Kind: stream.Field, Label: "NATO Grade", Text: "G17"},
		{Kind: stream.Field, Label: "Location", Text: "Mons"}, {Kind: stream.Paragraph, Text: "Reserve list valid until:"},
		{Kind: stream.Paragraph, Text: "The incumbent will work with the team on many things."}, {Kind: stream.Heading, Text: "Description"},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	tick := budget.NewTicker(context.Background())
	for range 20000 {
		blocks := make([]stream.Block, rng.IntN(12))
		for i := range blocks {
			blocks[i] = kinds[rng.IntN(len(kinds))]
			blocks[i].Pos.Line = i + 1
		}
		want, err := pairTo(&tick, v, nil, blocks)
		if err != nil {
			t.Fatal(err)
		}
		in := slices.Clone(blocks)
		got, err := pair(&tick, v, in)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.EqualFunc(got, want, func(a, b stream.Block) bool { return a.String() == b.String() && a.Pos == b.Pos }) {
			t.Fatalf("pair in place of %v\ngives %v\nwant %v", blocks, got, want)
		}
	}
}

// TestSplitValue: a value that swallowed the next label is cut there, a
// value that names a label in its own words is not.
func TestSplitValue(t *testing.T) {
	v := vocab.Default()
	for _, c := range []struct {
		text string
		want []string // the texts of the blocks, labels before a colon
	}{
		{"Capellen, Luxembourg Company: NSPA", []string{"Capellen, Luxembourg", "Company: NSPA"}},
		{"E/F (bracket 1) full time monthly net salary: €5,562 plus benefits", []string{"E/F (bracket 1) full time monthly net salary: €5,562 plus benefits"}},
	} {
		got := appendSplitValue(nil, v, stream.Block{Kind: stream.Field, Label: "Location", Text: c.text})
		var texts []string
		for _, b := range got {
			if b.Kind == stream.Field && b.Label != "Location" {
				texts = append(texts, b.Label+": "+b.Text)
			} else {
				texts = append(texts, b.Text)
			}
		}
		if !slices.Equal(texts, c.want) {
			t.Errorf("%q: %q, want %q", c.text, texts, c.want)
		}
	}
}

// TestRecognizeAfterMenu: a section heading among a site's menu items
// ("About us") does not end the header, and a tab separates a label from
// a value that starts in lower case.
func TestRecognizeAfterMenu(t *testing.T) {
	v := vocab.Default()
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Home"},
		{Kind: stream.Heading, Text: "About us"},
		{Kind: stream.Paragraph, Text: "Courses"},
		{Kind: stream.Paragraph, Text: "News"},
		{Kind: stream.Paragraph, Text: "Vacancy Notice – IT Specialist"},
		{Kind: stream.Paragraph, Text: "Reference\tMP COE VN 03/2026"},
		{Kind: stream.Paragraph, Text: "Working time\tfull-time, 40 hours per week"},
	}
	fields := recognizedFields(t, v, blocks)
	want := []string{"Reference=MP COE VN 03/2026", "Working time=full-time, 40 hours per week"}
	if !slices.Equal(fields, want) {
		t.Errorf("fields %q, want %q", fields, want)
	}
}

// TestHeaderOnOneLine: a header a board wrote on one line is cut at its
// known labels, though it opens with one the vocabulary does not hold.
func TestHeaderOnOneLine(t *testing.T) {
	v := vocab.Default()
	blocks := []stream.Block{
		{Kind: stream.Heading, Text: "Job Description"},
		{Kind: stream.Paragraph, Text: "Announcement: CJOS-26-04 Post: CJOS CDE 0210 Grade: B3 Duty station: Norfolk, Virginia, USA Closing date: 05/29/2026"},
	}
	fields := recognizedFields(t, v, blocks)
	want := []string{"Post=CJOS CDE 0210", "Grade=B3", "Duty station=Norfolk, Virginia, USA", "Closing date=05/29/2026"}
	if !slices.Equal(fields, want) {
		t.Errorf("fields %q, want %q", fields, want)
	}
}

// TestHeaderOnOneLineDashes: the dash that parts the fields of a header
// on one line ends no value.
func TestHeaderOnOneLineDashes(t *testing.T) {
	v := vocab.Default()
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Organisme : Secrétariat international de l'OTAN — Lieu : Belgique-Bruxelles — Horaire : Temps plein"},
	}
	fields := recognizedFields(t, v, blocks)
	want := []string{"Organisme=Secrétariat international de l'OTAN", "Lieu=Belgique-Bruxelles", "Horaire=Temps plein"}
	if !slices.Equal(fields, want) {
		t.Errorf("fields %q, want %q", fields, want)
	}
}

// recognizedFields returns the fields Recognize makes of blocks, as
// "Label=value".
func recognizedFields(t *testing.T, v *vocab.Vocabulary, blocks []stream.Block) []string {
	t.Helper()
	got, err := Recognize(context.Background(), v, blocks, nil)
	if err != nil {
		t.Fatal(err)
	}
	var fields []string
	for _, b := range got {
		if b.Kind == stream.Field {
			fields = append(fields, b.Label+"="+b.Text)
		}
	}
	return fields
}

// TestLabelMadePrecise: a label standing alone over a longer label of
// the same field keeps the longer label's value, not its words; a reader's
// label that took the first word of a longer label glued to its value by
// a colon is made whole.
func TestLabelMadePrecise(t *testing.T) {
	v := vocab.Default()
	for _, tt := range []struct {
		blocks []stream.Block
		want   []string
	}{
		{[]stream.Block{
			{Kind: stream.Field, Label: "position"},
			{Kind: stream.Field, Label: "Position title", Text: "Interpreter/Translator"},
		}, []string{"position=Interpreter/Translator"}},
		{[]stream.Block{
			{Kind: stream.Field, Label: "Grade"},
			{Kind: stream.Field, Label: "NATO Grade", Text: "G17"},
		}, []string{"Grade=NATO Grade G17"}},
		{[]stream.Block{
			{Kind: stream.Field, Label: "Post", Text: "Title:Scientific Programme Officer"},
		}, []string{"Post Title=Scientific Programme Officer"}},
		{[]stream.Block{
			{Kind: stream.Field, Label: "Working hours"},
			{Kind: stream.Field, Label: "hours per week", Text: "36"},
		}, []string{"Working hours=36 hours per week"}},
	} {
		if got := recognizedFields(t, v, tt.blocks); !slices.Equal(got, tt.want) {
			t.Errorf("fields %q, want %q", got, tt.want)
		}
	}
}

// TestLabelGluedAtLineEnd: a board that glues each label to the value
// before it and breaks the line before the label's own value.
func TestLabelGluedAtLineEnd(t *testing.T) {
	v := vocab.Default()
	blocks := []stream.Block{
		{Kind: stream.Field, Label: "Primary Location", Text: "Belgium-BrusselsNATO Body"},
		{Kind: stream.Paragraph, Text: "NATO Standardization Office (NSO)Schedule"},
		{Kind: stream.Paragraph, Text: "Full-time"},
	}
	want := []string{"Primary Location=Belgium-Brussels", "NATO Body=NATO Standardization Office (NSO)", "Schedule=Full-time"}
	if got := recognizedFields(t, v, blocks); !slices.Equal(got, want) {
		t.Errorf("fields %q, want %q", got, want)
	}
}

// TestLoneItemValue: a label alone takes as its value an item alone
// under it ("Lieu de travail" / "• 5620 Florennes"), not the first item
// of a list.
func TestLoneItemValue(t *testing.T) {
	v := vocab.Default()
	tick := budget.NewTicker(context.Background())
	label := stream.Block{Kind: stream.Paragraph, Text: "Lieu de travail"}
	item := func(s string) stream.Block { return stream.Block{Kind: stream.ListItem, Marker: "•", Text: s} }
	next := stream.Block{Kind: stream.Paragraph, Text: "Temps plein/temps partiel"}
	got, err := pairTo(&tick, v, nil, []stream.Block{label, item("5620 Florennes"), next})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Kind != stream.Field || got[0].Text != "5620 Florennes" {
		t.Errorf("lone item: got %v", got)
	}
	got, err = pairTo(&tick, v, nil, []stream.Block{label, item("Bruxelles"), item("Florennes"), next})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Text == "Bruxelles" || len(got) < 3 || got[1].Kind != stream.ListItem {
		t.Errorf("a list's first item taken for the value: got %v", got)
	}
}

// TestIconsBeforeHeadings: a wiki's icons before a heading or an item
// are no words of theirs.
func TestIconsBeforeHeadings(t *testing.T) {
	out, err := Recognize(context.Background(), vocab.Default(), []stream.Block{
		{Kind: stream.Heading, Level: 2, Text: "🎯 What we're looking for"},
		{Kind: stream.ListItem, Marker: "-", Text: "✅ Five years of experience in data analysis"},
		{Kind: stream.Paragraph, Text: "📍 Paris"},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// (The pin before a place is the place's label.)
	if out[0].Text != "What we're looking for" || out[1].Text != "Five years of experience in data analysis" ||
		out[2].Kind != stream.Field || out[2].Label != "📍" || out[2].Text != "Paris" {
		t.Errorf("got %q", out)
	}
}

// TestPictogramFacts: a line of facts each behind the icon that labels
// it; an icon before a label of words only dresses it.
func TestPictogramFacts(t *testing.T) {
	v := vocab.Default()
	chips := []stream.Block{{Kind: stream.Paragraph, Text: "📍 Fos-sur-Mer (13) 🏢 Air Liquide France Industrie ⏱ Temps plein 💶 32 000 € - 38 000 € brut annuel"}}
	assert.Equal(t, []string{"📍=Fos-sur-Mer (13)", "🏢=Air Liquide France Industrie", "⏱=Temps plein", "💶=32 000 € - 38 000 € brut annuel"}, recognizedFields(t, v, chips))
	labelled := []stream.Block{{Kind: stream.Paragraph, Text: "📍 Location: Brussels"}}
	assert.Equal(t, []string{"Location=Brussels"}, recognizedFields(t, v, labelled))
	prose := []stream.Block{{Kind: stream.Paragraph, Text: "🚀 We are hiring in Brussels"}}
	assert.Empty(t, recognizedFields(t, v, prose))
}

// TestPipeRow: a site's row of facts parted by pipes, each a label and
// its value without a colon, is one field a part; a row with a part that
// is no label stays text.
func TestPipeRow(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Paragraph, Text: "Location Zurich | Workload 80–100% | Application deadline 21 June 2026"}}
	assert.Equal(t, []string{"Location=Zurich", "Workload=80–100%", "Application deadline=21 June 2026"}, recognizedFields(t, v, row))
	menu := []stream.Block{{Kind: stream.Paragraph, Text: "Careers | Location Zurich | Sign in"}}
	assert.Empty(t, recognizedFields(t, v, menu))
}

// TestGluedHeaderColons: a board's header on one line, each value glued
// to its colon and the next label glued to the value, is one field a
// label, a heading's word among them ("Language") one more fact.
func TestGluedHeaderColons(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Paragraph, Text: "Published:14 April 2026Workload:100%Contract type:Unlimited employmentLanguage:English (Fluent)Place of work:Geneva"}}
	assert.Equal(t, []string{"Published=14 April 2026", "Workload=100%", "Contract type=Unlimited employment", "Language=English (Fluent)", "Place of work=Geneva"}, recognizedFields(t, v, row))
}

// TestGluedFactsBox: a board's box of facts whose separators were lost
// is one field a label glued on; a heading glued on at its end opens the
// text after it.
func TestGluedFactsBox(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Paragraph, Text: "Details At A GlanceLocation Dakar, SenegalJob Type Full TimeSalary USD 79,000 / yearLanguages English, French"}}
	assert.Equal(t, []string{"Location=Dakar, Senegal", "Job Type=Full Time", "Salary=USD 79,000 / yearLanguages English, French"}, recognizedFields(t, v, row))
	row = []stream.Block{{Kind: stream.Paragraph, Text: "Analyst-264118Primary LocationPoland-BydgoszczScheduleFull-timeGradeNATO Grade G15Description"}}
	got, err := Recognize(context.Background(), v, row, nil)
	assert.NoError(t, err)
	if assert.NotEmpty(t, got) {
		last := got[len(got)-1]
		assert.Equal(t, stream.Heading, last.Kind)
		assert.Equal(t, "Description", last.Text)
	}
}

// TestGluedLowerValue: in a box of facts, a label glued after a value
// and before a value in small letters opens a field all the same; a
// label's words in small letters after a space are the value's.
func TestGluedLowerValue(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Paragraph, Text: "EmployerUniversité de BrestLocationPlouzané, FranceHoursFull timeSalaryfrom €2,950 to €3,350 a monthClosing date30 April 2031"}}
	got := recognizedFields(t, v, row)
	assert.Contains(t, got, "Hours=Full time")
	assert.Contains(t, got, "Salary=from €2,950 to €3,350 a month")
	row = []stream.Block{{Kind: stream.Paragraph, Text: "Lieu de travailQuébecNombre d'heures35 heures par semaineStatut d'emploipermanent, temps pleinDate limite9 mai 2032"}}
	got = recognizedFields(t, v, row)
	assert.Contains(t, got, "Nombre d'heures=35 heures par semaine")
	assert.Contains(t, got, "Statut d'emploi=permanent, temps plein")
	// A grid of facts whose rows are parted by a space only.
	row = []stream.Block{{Kind: stream.Paragraph, Text: "ÉtablissementCentre hospitalier Lieu d'exerciceRodez GradeTechnicien supérieur Temps de travail100 % – 38 h 20 avec 18 jours de RTT Rémunérationentre 2 712 € et 3 474 € bruts mensuels Date limite de candidature15/06/2035"}}
	got = recognizedFields(t, v, row)
	assert.Contains(t, got, "Temps de travail=100 % – 38 h 20 avec 18 jours de RTT")
	assert.Contains(t, got, "Rémunération=entre 2 712 € et 3 474 € bruts mensuels")
	// A label that opens with a capital outside ASCII.
	row = []stream.Block{{Kind: stream.Paragraph, Text: "EmployeurAdministration portuaire de MontréalLieuMontréal (Québec)HoraireTemps pleinÉchelle salarialede 78 500 $ à 94 200 $ par annéeDate de fin d'affichage21 juin 2026"}}
	got = recognizedFields(t, v, row)
	assert.Contains(t, got, "Horaire=Temps plein")
	assert.Contains(t, got, "Échelle salariale=de 78 500 $ à 94 200 $ par année")
}

// TestGluedFactsAfterPlainLabel: a board's box of facts that opens with
// a label standing before its value with neither colon nor glue
// ("Secteur d'activité…") is read from its glued labels on.
func TestGluedFactsAfterPlainLabel(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Paragraph, Text: "Secteur d'activitéAdministration publiqueType de contratCDI (recrutement local)Date limite17/06/2026Nombre de postes1"}}
	got := recognizedFields(t, v, row)
	assert.Contains(t, got, "Date limite=17/06/2026")
	assert.Contains(t, got, "Type de contrat=CDI (recrutement local)")
}

// TestGluedUnknownLabel: a label the vocabulary does not know, glued on
// after a value in a line of fields, its colon showing it, ends the
// value and stands on a line of its own.
func TestGluedUnknownLabel(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Paragraph, Text: "Reference:CABEI/2029/073Schedule:Full-timeCountry:HondurasCity:Tegucigalpa"}}
	assert.Contains(t, recognizedFields(t, v, row), "Schedule=Full-time")
	row = []stream.Block{{Kind: stream.Paragraph, Text: "Taux d'activité :60 – 70%Type de contrat :Durée indéterminéeLieu de travail :Morges"}}
	assert.Equal(t, []string{"Taux d'activité=60 – 70%", "Type de contrat=Durée indéterminée", "Lieu de travail=Morges"}, recognizedFields(t, v, row))
	for in, want := range map[string]string{
		"Full-timeNet salary (our estimate):€5,400": "Full-time",
		"McLean: Virginia":                          "McLean: Virginia",
		"Open until 10:00":                          "Open until 10:00",
		"Apply via LinkedIn: Easy Apply":            "Apply via LinkedIn: Easy Apply",
		"Temps pleinÉchelon : 4":                    "Temps plein",
	} {
		if got, _ := beforeGluedLabel(in); got != want {
			t.Errorf("beforeGluedLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNamesNumber: the label of a number, its word last or first, gives
// the number alone when it stands under another label of its field.
func TestNamesNumber(t *testing.T) {
	for in, want := range map[string]bool{"Job ID": true, "Requisition No.": true, "Numéro de l'offre": true, "NATO Grade": false, "ID": false} {
		if got := namesNumber(in); got != want {
			t.Errorf("namesNumber(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestWrappedValueTail: a value's last words on the next line of a narrow
// cell join it; a short value's next line is a fact of its own.
func TestWrappedValueTail(t *testing.T) {
	v := vocab.Default()
	tick := budget.NewTicker(context.Background())
	doc := func(value, next string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Paragraph, Text: "Title", Pos: stream.Pos{Line: 1}},
			{Kind: stream.Paragraph, Text: value, Pos: stream.Pos{Line: 3}},
			{Kind: stream.Paragraph, Text: next, Pos: stream.Pos{Line: 4}},
			{Kind: stream.Paragraph, Text: "Grade", Pos: stream.Pos{Line: 6}},
			{Kind: stream.Paragraph, Text: "P-5", Pos: stream.Pos{Line: 8}},
		}
	}
	got, err := pair(&tick, v, doc("Senior Adviser, Community Outreach and Human", "Rights"))
	if err != nil {
		t.Fatal(err)
	}
	assert.Equal(t, "Senior Adviser, Community Outreach and Human Rights", got[0].Text)
	got, err = pair(&tick, v, doc("Night shift", "Weekends"))
	if err != nil {
		t.Fatal(err)
	}
	assert.Equal(t, "Night shift", got[0].Text)
}

// TestWrappedLocation: a place cut at its line's end after a comma or a
// preposition goes on on the next line; a whole place, or a field of
// another kind, does not take the line under it.
func TestWrappedLocation(t *testing.T) {
	v := vocab.Default()
	tick := budget.NewTicker(context.Background())
	for _, c := range []struct{ label, value, next, want string }{
		{"Lieu", "Centre de contrôle international,", "Rambouillet (Yvelines)", "Centre de contrôle international, Rambouillet (Yvelines)"},
		{"Lieu d'affectation", "Cotonou, avec déplacements fréquents à", "Abomey-Calavi et Ouidah", "Cotonou, avec déplacements fréquents à Abomey-Calavi et Ouidah"},
		{"Location", "Brussels, Belgium", "Hybrid working is possible", "Brussels, Belgium"},
		{"Location", "Brussels,", "The Agency is looking for a dynamic officer to join its team.", "Brussels,"},
		{"Posted on", "October 25, 2034 by", "Niagara Parks Commission", "October 25, 2034 by"},
	} {
		doc := []stream.Block{
			{Kind: stream.Field, Label: c.label, Text: c.value, Pos: stream.Pos{Line: 3}},
			{Kind: stream.Paragraph, Text: c.next, Pos: stream.Pos{Line: 4}},
		}
		got, err := pair(&tick, v, doc)
		if err != nil {
			t.Fatal(err)
		}
		assert.Equal(t, c.want, got[0].Text, c.value)
	}
}

// TestGluedHeadingInside: a heading a board glued between two sentences
// of one paragraph opens a part of its own; in a box of facts it stays
// the facts'.
func TestGluedHeadingInside(t *testing.T) {
	v := vocab.Default()
	got, err := Recognize(context.Background(), v, []stream.Block{{Kind: stream.Paragraph,
		Text: "Our client is looking for a Payroll Officer to join its team.Job descriptionPrepare the monthly payroll. Answer the staff's questions."}}, nil)
	assert.NoError(t, err)
	var kinds []stream.Kind
	for _, b := range got {
		kinds = append(kinds, b.Kind)
	}
	assert.Equal(t, []stream.Kind{stream.Paragraph, stream.Heading, stream.Paragraph}, kinds)
	row := []stream.Block{{Kind: stream.Paragraph, Text: "LocationMontréal, QuebecHours of work37.5 hours, 7:00 a.m. to 6:00 p.m.Language requirementsEnglish essentialClosing date30 June 2026"}}
	assert.Contains(t, recognizedFields(t, v, row), "Closing date=30 June 2026")
}

// TestNumberBeforeItsLabel: a number before a label that names a number
// is that label's value ("262318 Requisition #"); before a unit's label
// it is the value with its unit, a paragraph ("37.5 hours per week").
func TestNumberBeforeItsLabel(t *testing.T) {
	v := vocab.Default()
	para := func(s string) stream.Block { return stream.Block{Kind: stream.Paragraph, Text: s} }
	assert.Equal(t, []string{"Requisition #=262318"}, recognizedFields(t, v, []stream.Block{para("262318 Requisition #")}))
	assert.Empty(t, recognizedFields(t, v, []stream.Block{para("37.5 hours per week")}))
	assert.Empty(t, recognizedFields(t, v, []stream.Block{para("2 Grade")}))
}

// A list of facts after the sections, each label glued to its value
// ("En bref" / "• RéférenceFRF-MG/RH/2036/03"), one label the tables do
// not know among them; a list of criteria whose first words look like
// labels is no such list.
func TestGluedFactItems(t *testing.T) {
	v := vocab.Default()
	item := func(s string) stream.Block { return stream.Block{Kind: stream.ListItem, Marker: "•", Text: s} }
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 2, Text: "Missions"},
		item("coordonner les activités de dépistage"),
		{Kind: stream.Heading, Level: 3, Text: "En bref"},
		item("RéférenceFRF-MG/RH/2036/03"),
		item("RattachementReprésentation de Madagascar"),
		item("Lieu d'affectationAntananarivo"),
		item("Salaire4 200 000 Ariary (MGA) brut par mois"),
		item("Date limite de candidaturemardi 12 février 2036"),
	}
	assert.Equal(t, []string{"Référence=FRF-MG/RH/2036/03", "Rattachement=Représentation de Madagascar", "Lieu d'affectation=Antananarivo",
		"Salaire=4 200 000 Ariary (MGA) brut par mois", "Date limite de candidature=mardi 12 février 2036"}, recognizedFields(t, v, blocks))
	criteria := []stream.Block{
		{Kind: stream.Heading, Level: 2, Text: "Profil"},
		item("Expérience de cinq ans"), item("Maîtrise du français"), item("LocationManagement skills"),
	}
	assert.Empty(t, recognizedFields(t, v, criteria))
}

// A board's row of facts that opens with no label, some cells without
// one; a row of a board's tags, one with a label the tables do not
// know, stays a paragraph.
func TestMixedPipeRow(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Paragraph, Text: "Force Integration Unit | Tallinn, Estonia | Full-time | Grade: LC-3 | Salary: EUR 2,185 gross per month | Closing date: 20 November 2035"}}
	assert.Equal(t, []string{"Grade=LC-3", "Salary=EUR 2,185 gross per month", "Closing date=20 November 2035"}, recognizedFields(t, v, row))
	tags := []stream.Block{{Kind: stream.Paragraph, Text: "Offre N° ES-2026-19874 | Catégorie : Informatique | Contrat : CDI | Niveau : Bac+5 | Expérience : 3 ans"}}
	assert.Empty(t, recognizedFields(t, v, tags))
}

// TestGridRowLead: a header grid's row of labels read label, label,
// value, value, its first label one the tables do not know in the
// capitals of its row; without as many values it stays a heading.
func TestGridRowLead(t *testing.T) {
	v := vocab.Default()
	tick := budget.NewTicker(context.Background())
	grid := []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "BASE"},
		{Kind: stream.Field, Label: "WORKING PATTERN"},
		{Kind: stream.Paragraph, Text: "London St Pancras International"},
		{Kind: stream.Paragraph, Text: "Full-time, shift rota"},
	}
	got, err := pair(&tick, v, slices.Clone(grid))
	assert.NoError(t, err)
	assert.Equal(t, []stream.Block{
		{Kind: stream.Field, Label: "BASE", Text: "London St Pancras International"},
		{Kind: stream.Field, Label: "WORKING PATTERN", Text: "Full-time, shift rota"},
	}, got)
	// A title with figures, or a row without its second value.
	for _, in := range [][]stream.Block{
		{{Kind: stream.Heading, Level: 3, Text: "STAFF VACANCY 282236"}, grid[1], grid[2], grid[3]},
		{grid[0], grid[1], grid[2]},
	} {
		got, err := pair(&tick, v, slices.Clone(in))
		assert.NoError(t, err)
		assert.Equal(t, in[0], got[0])
	}
}

// A box of facts glued after a sentence's stop ("…Réseaux.Lieu de
// travail : Tunis…Nombre de postes : 3Date limite : …").
func TestGluedFactsAfterStop(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Paragraph, Text: "Tunisie Telecom recrute des ingénieurs rattachés à la Direction des réseaux.Lieu de travail : Tunis – Les Berges du LacNombre de postes : 3Date limite de dépôt : 11 septembre 2026"}}
	assert.Len(t, recognizedFields(t, v, row), 3)
}

// Review cases: a banner over a label and its value is no grid's first
// label; a site's menu parted by pipes is no row of facts; a list of
// facts keeps an item in capitals or in a brand's case whole.
func TestNoFactsFromBannersMenusOrCapitals(t *testing.T) {
	v := vocab.Default()
	banner := []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "EXTERNAL RECRUITMENT"},
		{Kind: stream.Paragraph, Text: "Location"},
		{Kind: stream.Paragraph, Text: "Brussels, Belgium"},
		{Kind: stream.Paragraph, Text: "The European Agency for Procurement is looking for a Senior Procurement Officer to run its tenders."},
	}
	assert.Equal(t, []string{"Location=Brussels, Belgium"}, recognizedFields(t, v, banner))
	menu := []stream.Block{{Kind: stream.Paragraph, Text: "Home | Careers | Salary scales | Location of our offices | Grade descriptions"}}
	assert.Empty(t, recognizedFields(t, v, menu))
	for _, s := range []string{"ÉQUIPE FINANCES", "iPhone et iPad", "RattachementReprésentation"} {
		want := map[string]int{"RattachementReprésentation": len("Rattachement")}[s]
		assert.Equal(t, want, unknownGluedLabel(s), s)
	}
}

// TestGluedFactsAfterHeading: a board's box of glued facts behind a
// heading and its colon ("Informations : Établissement…") is read as
// if the heading stood on its own line; a label glued to a value that
// ends in capitals ("…RTTRémunérationentre…") opens its field too.
func TestGluedFactsAfterHeading(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Paragraph, Text: "Informations : ÉtablissementCentre hospitalier de RodezLieu d'exerciceRodez – site de BourranCatégorieBTemps de travail100 % – 38 h 20 avec 18 jours de RTTRémunérationentre 2 712 € et 3 474 € bruts mensuelsDate limite de candidature15/06/2035"}}
	got := recognizedFields(t, v, row)
	assert.Contains(t, got, "Établissement=Centre hospitalier de Rodez")
	assert.Contains(t, got, "Lieu d'exercice=Rodez – site de Bourran")
	assert.Contains(t, got, "Temps de travail=100 % – 38 h 20 avec 18 jours de RTT")
	assert.Contains(t, got, "Rémunération=entre 2 712 € et 3 474 € bruts mensuels")
	assert.Contains(t, got, "Date limite de candidature=15/06/2035")
}

// TestCodeWordIsNoHeading: a word of a code glued on after a figure and
// a hyphen stays in the value, even when it names a heading.
func TestCodeWordIsNoHeading(t *testing.T) {
	v := vocab.Default()
	row := []stream.Block{{Kind: stream.Field, Label: "Job Opening Number", Text: "35-Information Management-UNVMC-321209-R-Bogota (O)"}}
	assert.Equal(t, []string{"Job Opening Number=35-Information Management-UNVMC-321209-R-Bogota (O)"}, recognizedFields(t, v, row))
}

// Review cases: a grid row's value with a stop in it is a fact; rows of
// facts with values in small letters after their labels are read.
func TestGridAndPipeValuesWithStopsAndSmallLetters(t *testing.T) {
	v := vocab.Default()
	grid := []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "EMPLOYER"},
		{Kind: stream.Paragraph, Text: "WORKING PATTERN"},
		{Kind: stream.Paragraph, Text: "Acme Holdings Inc."},
		{Kind: stream.Paragraph, Text: "Full-time"},
	}
	assert.Equal(t, []string{"EMPLOYER=Acme Holdings Inc.", "WORKING PATTERN=Full-time"}, recognizedFields(t, v, grid))
	for _, row := range []string{
		"Permanent contract | Full-time | Salary from EUR 3,000 | Location Brussels | Start date as soon as possible",
		"Full-time | Salary £32,000 | Location hybrid (London) | Start date September 2036",
	} {
		assert.Len(t, recognizedFields(t, v, []stream.Block{{Kind: stream.Paragraph, Text: row}}), 3, row)
	}
}

// TestBarePlaceLabelOverATitle: a header's line that opens with a place
// label's word and names a post is the title, not a place; a place after
// the same word stays a field.
func TestBarePlaceLabelOverATitle(t *testing.T) {
	v := vocab.Default()
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Community Recreation and Wellness Coordinator", []string{"Reference=MODA-2041-07", "Location=Tusket, Nova Scotia"}},
		{"Community Iqaluit", []string{"Community=Iqaluit", "Reference=MODA-2041-07", "Location=Tusket, Nova Scotia"}},
		{"Location Head Office", []string{"Location=Head Office", "Reference=MODA-2041-07", "Location=Tusket, Nova Scotia"}},
	} {
		blocks := []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "EMPLOYMENT OPPORTUNITY"},
			{Kind: stream.Paragraph, Text: c.line},
			{Kind: stream.Field, Label: "Reference", Text: "MODA-2041-07"},
			{Kind: stream.Field, Label: "Location", Text: "Tusket, Nova Scotia"},
		}
		if got := recognizedFields(t, v, blocks); !slices.Equal(got, c.want) {
			t.Errorf("%q: fields %q, want %q", c.line, got, c.want)
		}
	}
}

// TestLongRunOfLabelsIsLinear: a run of labels standing alone far longer
// than a header's ("Grade" on 17,000 lines, 100 KB) is read in linear
// time, each line a field without its value. Ten times the lines may
// take at most maxGrowth times as long (a quadratic reading takes a
// hundred times): a ratio of the fastest runs, which holds on a loaded
// machine where a time limit does not.
func TestLongRunOfLabelsIsLinear(t *testing.T) {
	const maxGrowth = 60
	v := vocab.Default()
	run := func(n int) time.Duration {
		blocks := make([]stream.Block, n)
		for i := range blocks {
			blocks[i] = stream.Block{Kind: stream.Paragraph, Text: "Grade"}
		}
		start := time.Now()
		fields := recognizedFields(t, v, blocks)
		d := time.Since(start)
		if len(fields) != len(blocks) {
			t.Errorf("%d fields, want %d", len(fields), len(blocks))
		}
		return d
	}
	// The fastest of three runs of each: a run slowed by the machine's
	// other work says nothing of the reading.
	fastest := func(n int) time.Duration {
		return min(run(n), run(n), run(n))
	}
	small, large := fastest(1700), fastest(17000)
	if large > maxGrowth*small {
		t.Errorf("17,000 labels alone took %v, 1,700 took %v: more than %d times as long", large, small, maxGrowth)
	}
}

// TestGridReadByColumns: a grid of three columns whose labels a text
// dump gives row by row and whose values column by column; each value
// goes to the label whose shape it has. A header whose labels and values
// come in the same order keeps it.
func TestGridReadByColumns(t *testing.T) {
	v := vocab.Default()
	para := func(texts ...string) []stream.Block {
		var out []stream.Block
		for _, s := range texts {
			out = append(out, stream.Block{Kind: stream.Paragraph, Text: s})
		}
		return out
	}
	labels := para("REFERENCE", "EMPLOYER", "DUTY STATION", "GRADE", "WORKING TIME", "SALARY", "PUBLISHED", "START", "CLOSING DATE")
	byColumns := para("AU-IBAR/VA/2042/05", "P3", "1 December 2041",
		"African Union – Inter-African Bureau for Animal Resources", "Full-time, 40 hours per week", "1 May 2042",
		"Nairobi, Kenya", "USD 51,480 – 59,760 per annum, net", "30 January 2042")
	got := recognizedFields(t, v, append(slices.Clone(labels), byColumns...))
	want := []string{"REFERENCE=AU-IBAR/VA/2042/05", "EMPLOYER=African Union – Inter-African Bureau for Animal Resources",
		"DUTY STATION=Nairobi, Kenya", "GRADE=P3", "WORKING TIME=Full-time, 40 hours per week",
		"SALARY=USD 51,480 – 59,760 per annum, net", "PUBLISHED=1 December 2041", "START=1 May 2042", "CLOSING DATE=30 January 2042"}
	if !slices.Equal(got, want) {
		t.Errorf("grid read by columns: got %q, want %q", got, want)
	}
	byRows := para("AU-IBAR/VA/2042/05", "African Union – Inter-African Bureau for Animal Resources", "Nairobi, Kenya",
		"P3", "Full-time, 40 hours per week", "USD 51,480 – 59,760 per annum, net",
		"1 December 2041", "1 May 2042", "30 January 2042")
	if got := recognizedFields(t, v, append(slices.Clone(labels), byRows...)); !slices.Equal(got, want) {
		t.Errorf("grid read by rows: got %q, want %q", got, want)
	}
	// A header's labels with their values in order, whose shapes could
	// fit another order by accident, keep it.
	inOrder := append(para("Reference", "Closing date", "Contract type", "Start date"),
		para("VA/2042/17", "Open until filled", "Fixed-term until 31 December 2043", "As soon as possible")...)
	want = []string{"Reference=VA/2042/17", "Closing date=Open until filled", "Contract type=Fixed-term until 31 December 2043", "Start date=As soon as possible"}
	if got := recognizedFields(t, v, inOrder); !slices.Equal(got, want) {
		t.Errorf("header in order: got %q, want %q", got, want)
	}
	for _, c := range [][2][]string{
		{{"Grade", "Closing date", "Duration", "Salary"}, {"Senior", "Open until filled", "2042-2043", "Competitive"}},
		{{"Post number", "Duration", "Closing date", "Grade"}, {"N/A", "24 months (2042-2044)", "Rolling basis", "Senior"}},
	} {
		want = nil
		for k := range c[0] {
			want = append(want, c[0][k]+"="+c[1][k])
		}
		if got := recognizedFields(t, v, append(para(c[0]...), para(c[1]...)...)); !slices.Equal(got, want) {
			t.Errorf("header in order: got %q, want %q", got, want)
		}
	}
}

// TestLabelRunOnAfterSpace: the label of the next field, wrapped into
// the value before it after a space, heads the value on the line after
// it; a name that ends on a label's word, a row of labels and a label of
// the value's own field stay whole.
func TestLabelRunOnAfterSpace(t *testing.T) {
	v := vocab.Default()
	for _, tt := range []struct {
		blocks []stream.Block
		want   []string
	}{
		{[]stream.Block{
			{Kind: stream.Paragraph, Text: "Duty station"},
			{Kind: stream.Paragraph, Text: "Headquarters, Ouagadougou (Burkina Faso), with missions to member countries Working time"},
			{Kind: stream.Paragraph, Text: "40 hours per week, Monday to Friday"},
		}, []string{"Duty station=Headquarters, Ouagadougou (Burkina Faso), with missions to member countries", "Working time=40 hours per week, Monday to Friday"}},
		{[]stream.Block{
			{Kind: stream.Field, Label: "Employer", Text: "Multinational MRTT Unit (MMU)"},
			{Kind: stream.Paragraph, Text: "Engineering and Maintenance Planning Section"},
		}, []string{"Employer=Multinational MRTT Unit (MMU)"}},
		{[]stream.Block{
			{Kind: stream.Field, Label: "Title", Text: "Economist, Tax Policy Division"},
			{Kind: stream.Paragraph, Text: "Washington, DC"},
		}, []string{"Title=Economist, Tax Policy Division"}},
		{[]stream.Block{
			{Kind: stream.Field, Label: "START DATE", Text: "PUBLISHED CLOSING DATE"},
			{Kind: stream.Paragraph, Text: "1 February 2034 27 October 2033 21 November 2033"},
		}, []string{"START DATE=PUBLISHED CLOSING DATE"}},
		{[]stream.Block{
			{Kind: stream.Field, Label: "Grade", Text: "| Nombre de postes | Date du concours | Date limite"},
			{Kind: stream.Paragraph, Text: "Professeur assistant | 1 | 24/09/2043 | 10/09/2043"},
		}, []string{"Grade=| Nombre de postes | Date du concours | Date limite"}},
	} {
		if got := recognizedFields(t, v, tt.blocks); !slices.Equal(got, tt.want) {
			t.Errorf("fields %q, want %q", got, tt.want)
		}
	}
}

// TestColonOnlyLabelInRun: a label read only before its colon elsewhere
// ("Horaires") is the last of a run of labels alone when as many values
// as labels follow it; with one value only, it is that of the label
// before it.
func TestColonOnlyLabelInRun(t *testing.T) {
	v := vocab.Default()
	got := recognizedFields(t, v, []stream.Block{
		{Kind: stream.Paragraph, Text: "LIEU"},
		{Kind: stream.Paragraph, Text: "HORAIRES"},
		{Kind: stream.Paragraph, Text: "Bureau de la FIG, Copenhague (Danemark)"},
		{Kind: stream.Paragraph, Text: "Temps plein, 37 heures par semaine"},
	})
	want := []string{"LIEU=Bureau de la FIG, Copenhague (Danemark)", "HORAIRES=Temps plein, 37 heures par semaine"}
	if !slices.Equal(got, want) {
		t.Errorf("fields %q, want %q", got, want)
	}
	got = recognizedFields(t, v, []stream.Block{
		{Kind: stream.Paragraph, Text: "LIEU"},
		{Kind: stream.Paragraph, Text: "HORAIRES"},
		{Kind: stream.Paragraph, Text: "Bureau de la FIG, Copenhague (Danemark)"},
		{Kind: stream.Heading, Level: 2, Text: "Vos missions"},
	})
	want = []string{"LIEU=HORAIRES"}
	if !slices.Equal(got, want) {
		t.Errorf("fields %q, want %q", got, want)
	}
}
