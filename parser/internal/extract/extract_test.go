package extract

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

// TestIsNumberedSection checks the hand-written matcher against the
// regular expression it replaced.
func TestIsNumberedSection(t *testing.T) {
	re := regexp.MustCompile(`^\d{1,2}\.?\s+\p{Lu}[\p{Lu}\s,'’&/-]+$`)
	for _, s := range []string{
		"9. OTHER MATTERS", "10 TERMS & CONDITIONS", "1.  A/B", "3. É", "3. ÉTÉ", "12.SECURITY",
		"123. ANNEX", "9. Other matters", "9. OTHER matters", "9.\tRÉMUNÉRATION, AVANTAGES", "9. O’NEIL-SMITH",
		"", "9", "9.", "9. ", "9. A", "9. AB ", "9.\u00a0AB", "9. AB\u00a0C", "Ω. AB", "9. ΩΣ", "9. A\xff", "x9. AB",
		"09 AB", "9..AB", "9. 1A",
	} {
		if got, want := isNumberedSection(s), re.MatchString(s); got != want {
			t.Errorf("isNumberedSection(%q) = %v, the expression says %v", s, got, want)
		}
	}
}

// TestExtractStopsWhenDone: a done context stops the extraction with its
// error, whatever the stream holds.
func TestExtractStopsWhenDone(t *testing.T) {
	blocks := make([]stream.Block, 5000)
	for i := range blocks {
		blocks[i] = stream.Block{Kind: stream.Paragraph, Text: "Location: Brussels", Pos: stream.Pos{Line: i + 1}}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	v, err := Extract(ctx, &stream.Document{Format: "text", Blocks: blocks}, vocab.Default(), nil)
	if v != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, %v; want the context's error", v, err)
	}
}

// TestRunInTopicOnItsLine: a topic set in bold before its criterion on
// the same line of a PDF ("Formation :" / "Diplôme…") is one criterion,
// as the text rendering gives it; on a line of its own it heads its part.
func TestRunInTopicOnItsLine(t *testing.T) {
	notice := func(sameLine bool) []stream.Block {
		second := 12
		if sameLine {
			second = 11
		}
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Avis de vacance", Pos: stream.Pos{Page: 1, Line: 1}},
			{Kind: stream.Paragraph, Text: "Spécialiste de programme", Pos: stream.Pos{Page: 1, Line: 2}},
			{Kind: stream.Field, Label: "Lieu d'affectation", Text: "Paris, France", Pos: stream.Pos{Page: 1, Line: 3}},
			{Kind: stream.Field, Label: "Grade", Text: "P3", Pos: stream.Pos{Page: 1, Line: 4}},
			{Kind: stream.Field, Label: "Date limite de candidature", Text: "30 avril 2026", Pos: stream.Pos{Page: 1, Line: 5}},
			{Kind: stream.Heading, Level: 2, Text: "Tâches principales", Pos: stream.Pos{Page: 1, Line: 6}},
			{Kind: stream.ListItem, Marker: "-", Text: "Conduire les projets de la direction.", Pos: stream.Pos{Page: 1, Line: 7}},
			{Kind: stream.Heading, Level: 2, Text: "Qualifications requises", Pos: stream.Pos{Page: 1, Line: 10}},
			{Kind: stream.Heading, Level: 3, Text: "Formation :", Pos: stream.Pos{Page: 1, Line: 11}},
			{Kind: stream.Paragraph, Text: "Diplôme universitaire de niveau master.", Pos: stream.Pos{Page: 1, Line: second}},
		}
	}
	for _, c := range []struct {
		sameLine bool
		want     string
	}{
		{true, "Formation : Diplôme universitaire de niveau master."},
		{false, "Diplôme universitaire de niveau master."},
	} {
		v, err := Extract(context.Background(), &stream.Document{Format: "pdf", Blocks: notice(c.sameLine)}, vocab.Default(), nil)
		if err != nil {
			t.Fatal(err)
		}
		r := v.Requirements.FR
		if r == nil || len(r.Essential) != 1 || r.Essential[0] != c.want {
			t.Errorf("same line %v: essential %+v, want [%q]", c.sameLine, r, c.want)
		}
	}
}

// A site's menu printed one item a line holds labels ("Organization")
// whose next item is no value; the notice's own field is.
func TestMenuIsNoField(t *testing.T) {
	var blocks []stream.Block
	line := 0
	add := func(b stream.Block) {
		line++
		b.Pos = stream.Pos{Page: 1, Line: line}
		blocks = append(blocks, b)
	}
	for _, m := range []string{"Home", "Courses"} {
		add(stream.Block{Kind: stream.Paragraph, Text: m})
	}
	add(stream.Block{Kind: stream.Field, Label: "Organization", Text: "Student Info"})
	line++
	for _, m := range []string{"Job Vacancies", "Contact"} {
		add(stream.Block{Kind: stream.Paragraph, Text: m})
	}
	line++
	add(stream.Block{Kind: stream.Heading, Level: 1, Text: "Course Administrator"})
	line++
	add(stream.Block{Kind: stream.Field, Label: "Employer", Text: "NATO School Oberammergau (NSO)"})
	add(stream.Block{Kind: stream.Field, Label: "Location", Text: "Oberammergau, Germany"})
	add(stream.Block{Kind: stream.Field, Label: "Grade", Text: "G8"})
	add(stream.Block{Kind: stream.Field, Label: "Closing date", Text: "8 May 2026"})
	add(stream.Block{Kind: stream.Heading, Level: 2, Text: "Main duties"})
	add(stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Runs the administration of the courses."})
	add(stream.Block{Kind: stream.Heading, Level: 2, Text: "Essential qualifications"})
	add(stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Three years of experience in course administration."})
	v, err := Extract(context.Background(), &stream.Document{Format: "txt", Blocks: blocks}, vocab.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Organisation.EN; got == nil || *got != "NATO School Oberammergau (NSO)" {
		t.Errorf("organisation = %v, want the Employer field's", v.Organisation)
	}
}

func TestWithAcronym(t *testing.T) {
	body := []stream.Block{
		{Kind: stream.Paragraph, Text: "Posted 2 days ago"},
		{Kind: stream.Paragraph, Text: "The NATO Special Operations Headquarters (NSHQ) trains the forces of the Alliance."},
		{Kind: stream.Paragraph, Text: "The European Union Agency for Law Enforcement Cooperation (Europol) helps the Member States."},
		{Kind: stream.Paragraph, Text: "Ville de Gatineau (2026) recrute."},
	}
	for name, want := range map[string]string{
		"NATO Special Operations Headquarters":                  "NATO Special Operations Headquarters (NSHQ)",
		"European Union Agency for Law Enforcement Cooperation": "European Union Agency for Law Enforcement Cooperation (Europol)",
		"Ville de Gatineau":                                     "Ville de Gatineau", // a year is no short name
		"Inria":                                                 "Inria",
		"Canada Post (CPC)":                                     "Canada Post (CPC)",
	} {
		if got := withAcronym(name, body); got != want {
			t.Errorf("withAcronym(%q) = %q, want %q", name, got, want)
		}
	}
}

// A heading whose words say nothing of its part ("Ce qui vous rend
// unique") heads what its list says: criteria or duties. A sentence that
// leads into a list stays in the part above it.
func TestListSaysWhatItsHeadingIs(t *testing.T) {
	blocks := notice("Cheffe de projet Installations de sécurité", "Lieu de travail", "Lausanne", "Type de contrat", "Contrat à durée indéterminée",
		stream.Block{Kind: stream.Field, Label: "Date limite de candidature", Text: "17 mai 2026", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "Votre contribution", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Vous dirigez des projets de renouvellement.", Pos: p(6)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Vous coordonnez les bureaux d'ingénieurs.", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Ce qui vous rend unique", Pos: p(8)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Diplôme d'une haute école en génie électrique.", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Au moins cinq ans d'expérience dans la conduite de projets.", Pos: p(10)},
		stream.Block{Kind: stream.Paragraph, Text: "Les personnes retenues devront par ailleurs remplir les conditions suivantes :", Pos: p(11)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Bonnes connaissances de l'allemand.", Pos: p(12)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Maîtrise des outils de planification.", Pos: p(13)},
	)
	v := mustExtract(t, blocks)
	var kinds []string
	for _, s := range v.Sections.FR {
		kinds = append(kinds, s.Kind)
	}
	if want := []string{"header", "accountabilities", "essential"}; !slices.Equal(kinds, want) {
		t.Errorf("sections %v, want %v", kinds, want)
	}
	if r := v.Requirements.FR; r == nil || len(r.Essential) != 4 {
		t.Errorf("essential %+v, want the four criteria", r)
	}
}

// A list of short names after the criteria, under a heading that says
// nothing known, is of qualities; the same list numbered is a process's
// steps.
func TestListOfQualities(t *testing.T) {
	notice := func(marker string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Information Security Advisor", Pos: p(1)},
			{Kind: stream.Field, Label: "Job ID", Text: "R2615583", Pos: p(2)},
			{Kind: stream.Field, Label: "Grade", Text: "G12", Pos: p(2)},
			{Kind: stream.Field, Label: "Location", Text: "Montréal, QC", Pos: p(2)},
			{Kind: stream.Field, Label: "Closing date", Text: "22 May 2026", Pos: p(3)},
			{Kind: stream.Heading, Level: 2, Text: "Qualifications", Pos: p(4)},
			{Kind: stream.ListItem, Marker: "•", Text: "Bachelor's degree in computer science.", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "•", Text: "Four years of experience in information security.", Pos: p(6)},
			{Kind: stream.Heading, Level: 2, Text: "What makes you stand out", Pos: p(7)},
			{Kind: stream.ListItem, Marker: marker, Text: "Learning agility", Pos: p(8)},
			{Kind: stream.ListItem, Marker: marker, Text: "Client focus", Pos: p(9)},
			{Kind: stream.ListItem, Marker: marker, Text: "Decision making", Pos: p(10)},
		}
	}
	for marker, want := range map[string]int{"•": 3, "1.": 0} {
		v, err := Extract(context.Background(), &stream.Document{Format: "html", Blocks: notice(marker)}, vocab.Default(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(v.Competencies.EN); got != want {
			t.Errorf("marker %q: %d competencies %+v, want %d", marker, got, v.Competencies.EN, want)
		}
	}
}

// A profile of qualities after the criteria, named alone or before what
// they mean, is of competencies; the statements a notice closes with,
// run into it by a layout that lost their headings, are neither.
func TestProfileOfQualitiesAfterCriteria(t *testing.T) {
	blocks := notice("Conseillère ou conseiller en formation", "Lieu de travail", "Sherbrooke", "Date limite", "4 mai 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Exigences", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "Diplôme universitaire de deuxième cycle en sciences de l'éducation.", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Trois années d'expérience en conseil pédagogique.", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Profil recherché", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Sens de l'écoute : vous comprenez les besoins des personnes.", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Rigueur", Pos: p(9)},
		stream.Block{Kind: stream.Paragraph, Text: "Sens du service à la clientèle", Pos: p(10)},
		stream.Block{Kind: stream.Paragraph, Text: "L'Université souscrit à un programme d'accès à l'égalité en emploi.", Pos: p(11)},
		stream.Block{Kind: stream.Paragraph, Text: "© Université · Nous joindre", Pos: p(12)},
	)
	v := mustExtract(t, blocks)
	want := []schema.Competency{
		{Name: "Sens de l'écoute", Description: "vous comprenez les besoins des personnes."},
		{Name: "Rigueur"}, {Name: "Sens du service à la clientèle"},
	}
	assert.Equal(t, want, v.Competencies.FR)
	if r := v.Requirements.FR; r == nil || len(r.Essential) != 2 {
		t.Errorf("essential %+v, want the two criteria", r)
	}
}

// A profile after the criteria that names qualities on one line, parted
// by commas, is of competencies.
func TestProfileOfQualitiesOnOneLine(t *testing.T) {
	blocks := notice("Technicienne ou technicien en électricité", "Lieu de travail", "Longueuil", "Date limite", "4 mai 2038",
		stream.Block{Kind: stream.Field, Label: "Référence", Text: "RB-2038-0101", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Exigences", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "Diplôme d'études collégiales en génie électrique.", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Trois années d'expérience en inspection.", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Profil recherché", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Rigueur, Sens de l'observation, Diplomatie, Autonomie.", Pos: p(8)},
	)
	v := mustExtract(t, blocks)
	want := []schema.Competency{{Name: "Rigueur"}, {Name: "Sens de l'observation"}, {Name: "Diplomatie"}, {Name: "Autonomie"}}
	assert.Equal(t, want, v.Competencies.FR)
	if r := v.Requirements.FR; r == nil || len(r.Essential) != 2 {
		t.Errorf("essential %+v, want the two criteria", r)
	}
	// A criterion that lists things with commas stays a criterion.
	for _, line := range []string{"Permis C, CE, ADR.", "Expérience de Python, de R, de SQL et de Power BI."} {
		blocks[len(blocks)-2].Text = "Un plus"
		blocks[len(blocks)-1].Text = line
		v = mustExtract(t, blocks)
		if r := v.Requirements.FR; r == nil || len(r.Desirable) != 1 {
			t.Errorf("%q: desirable %+v, want it whole", line, r)
		}
	}
}

// Qualities under a line of their own at the end of a section of
// criteria are competencies; two names under it stay criteria, as a
// Canadian poster's "Personal suitability:" gives them.
func TestQualitiesUnderTheirOwnLine(t *testing.T) {
	notice := func(names ...string) []stream.Block {
		b := notice("Technicienne ou technicien informatique", "Lieu de travail", "Genève", "Date limite", "4 mai 2026",
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Vos tâches", Pos: p(3)},
			stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Vous administrez les serveurs du service.", Pos: p(3)},
			stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Vous assurez le support aux utilisateurs.", Pos: p(3)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Profil", Pos: p(4)},
			stream.Block{Kind: stream.ListItem, Marker: "-", Text: "CFC d'informaticien ou titre jugé équivalent.", Pos: p(5)},
			stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Trois ans d'expérience en administration de systèmes.", Pos: p(6)},
			stream.Block{Kind: stream.Paragraph, Text: "Qualités personnelles :", Pos: p(7)},
		)
		for i, n := range names {
			b = append(b, stream.Block{Kind: stream.ListItem, Marker: "-", Text: n, Pos: p(8 + i)})
		}
		return b
	}
	v, err := extractText(notice(
		"Sens du service : vous répondez aux demandes avec courtoisie.", "Esprit d'analyse", "Esprit d'équipe"))
	if err != nil {
		t.Fatal(err)
	}
	assert.Len(t, v.Competencies.FR, 3)
	assert.Len(t, v.Requirements.FR.Essential, 2)
	v, err = extractText(notice("Jugement", "Initiative"))
	if err != nil {
		t.Fatal(err)
	}
	assert.Empty(t, v.Competencies.FR)
	assert.Len(t, v.Requirements.FR.Essential, 4)
}

// Qualities under a head that parts a section of criteria after another
// head ("Abilities:" then "Personal suitability:", a Canadian poster's
// essential qualifications) stay criteria.
func TestQualitiesUnderASecondHead(t *testing.T) {
	blocks := notice("Thermal Engineer", "Location", "Longueuil (Québec)", "Closing date", "4 May 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(3)},
		stream.Block{Kind: stream.Paragraph, Text: "Designs the thermal control of the agency's satellites.", Pos: p(3)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Essential qualifications", Pos: p(3)},
		stream.Block{Kind: stream.Paragraph, Text: "Significant experience in the thermal design of spacecraft.", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "Abilities:", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Ability to communicate effectively in writing.", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "Personal suitability:", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Judgement", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Initiative", Pos: p(9)},
		stream.Block{Kind: stream.Paragraph, Text: "Working effectively with others", Pos: p(10)},
	)
	v, err := extractText(blocks)
	if err != nil {
		t.Fatal(err)
	}
	assert.Empty(t, v.Competencies.EN)
	if r := v.Requirements.EN; r == nil || !slices.Contains(r.Essential, "Judgement") || !slices.Contains(r.Essential, "Initiative") {
		t.Errorf("essential %+v, want the qualities among the criteria", r)
	}
}

// A numbered part's heading read as an item ("5. Personal attributes")
// heads the qualities that end a section of criteria.
func TestQualitiesUnderANumberedHead(t *testing.T) {
	blocks := notice("Knowledge Management Assistant", "Location", "Rome, Italy", "Deadline", "4 May 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "2. Principal duties", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Manages the Centre's document library.", Pos: p(5)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "3. Essential qualifications", Pos: p(6)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "A university degree in information science.", Pos: p(7)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "4. Desirable qualifications", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Knowledge of Italian.", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "5.", Text: "Personal attributes", Pos: p(10)},
		stream.Block{Kind: stream.Paragraph, Text: "Integrity: handles sensitive information with discretion.", Pos: p(11)},
		stream.Block{Kind: stream.Paragraph, Text: "Teamwork: works easily with colleagues of several nations.", Pos: p(12)},
		stream.Block{Kind: stream.Paragraph, Text: "Initiative: proposes improvements without being asked.", Pos: p(13)},
	)
	v := mustExtract(t, blocks)
	assert.Len(t, v.Competencies.EN, 3)
	assert.Equal(t, []string{"Knowledge of Italian."}, v.Requirements.EN.Desirable)
}

// A competency written as a label and its meaning ("Organisation: plans
// several events at once.", with or without its stop) is no employer's
// field.
func TestCompetencyNamedLikeALabel(t *testing.T) {
	for _, meaning := range []string{"plans several events at once and keeps every deadline.", "vous planifiez le travail des équipes et tenez les délais"} {
		blocks := notice("Activity Assistant", "Location", "Ankara, Türkiye", "Deadline", "12 June 2026",
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(4)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Organises the Centre's courses and conferences.", Pos: p(5)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(6)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "At least 2 years of experience in organising events.", Pos: p(7)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Competencies", Pos: p(8)},
			stream.Block{Kind: stream.Field, Label: "Organisation", Text: meaning, Pos: p(9)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Communication: writes clear e-mails.", Pos: p(10)},
		)
		v := mustExtract(t, blocks)
		assert.Nil(t, v.Organisation.EN, meaning)
	}
}

// A board's short place over the notice's own ("Location: Vienna",
// "Duty Station: Vienna, Austria"): the place written in full.
func TestLocationWrittenInFull(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Verification Data Analyst", Pos: p(1)},
		{Kind: stream.Field, Label: "Location", Text: "Vienna", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Posted 3 days ago by an international organisation.", Pos: p(5)},
		{Kind: stream.Field, Label: "Duty Station", Text: "Vienna, Austria", Pos: p(7)},
		{Kind: stream.Field, Label: "Deadline", Text: "12 June 2026", Pos: p(9)},
		{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(10)},
		{Kind: stream.ListItem, Marker: "•", Text: "Analyses the verification data of the stations.", Pos: p(10)},
		{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(11)},
		{Kind: stream.ListItem, Marker: "•", Text: "An advanced university degree in statistics.", Pos: p(12)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Location.EN) {
		assert.Equal(t, "Vienna, Austria", *v.Location.EN)
	}
}

// A title under a place's label ("Community Recreation and Wellness
// Coordinator", read as "Community" and its value) is no place: the
// place is the next location field's; a place named after a post's
// noun with its town stays, and so does the only place field.
func TestLocationNotATitle(t *testing.T) {
	doc := func(first string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "EMPLOYMENT OPPORTUNITY: Recreation Coordinator", Pos: p(1)},
			{Kind: stream.Field, Label: "Community", Text: first, Pos: p(2)},
			{Kind: stream.Field, Label: "Employer", Text: "Municipality of the District of Argyle", Pos: p(3)},
			{Kind: stream.Field, Label: "Location", Text: "Tusket, Nova Scotia", Pos: p(4)},
			{Kind: stream.Field, Label: "Closing date", Text: "Tuesday, July 16, 2041", Pos: p(5)},
			{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(6)},
			{Kind: stream.ListItem, Marker: "•", Text: "Plans the recreation programmes of the municipality.", Pos: p(7)},
			{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(8)},
			{Kind: stream.ListItem, Marker: "•", Text: "A diploma in recreation management.", Pos: p(9)},
		}
	}
	for first, want := range map[string]string{
		"Recreation and Wellness Coordinator": "Tusket, Nova Scotia",
		"Iqaluit":                             "Iqaluit",
		"Office of the Coordinator, Iqaluit":  "Office of the Coordinator, Iqaluit",
	} {
		v := mustExtract(t, doc(first))
		if assert.NotNil(t, v.Location.EN, first) {
			assert.Equal(t, want, *v.Location.EN, first)
		}
	}
	// The only place field, its town named after a post's noun ("Hilton
	// Head"), is the place.
	blocks := doc("Hilton Head")
	blocks = append(blocks[:3], blocks[4:]...)
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Location.EN) {
		assert.Equal(t, "Hilton Head", *v.Location.EN)
	}
}

// A board's copy that keeps the post's grade and pay only in a sentence
// is a notice: the sentence is evidence of them.
func TestGradeAndPayInProseAreEvidence(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Legal Officers – State Aid", Pos: p(1)},
		{Kind: stream.Heading, Level: 2, Text: "Role description", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "The officers will handle notified aid measures and draft decisions.", Pos: p(3)},
		{Kind: stream.Heading, Level: 2, Text: "Essential skills", Pos: p(4)},
		{Kind: stream.Paragraph, Text: "A university degree in law.", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "Conditions", Pos: p(6)},
		{Kind: stream.Paragraph, Text: "The positions are placed at grade A5 of the salary scale, starting at €7.812,44 per month.", Pos: p(7)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Grade) {
		assert.Equal(t, "A5", *v.Grade)
	}
}

// A page that charges its reader a fee (a camp's, a course's
// registration) is no notice, though it has a place, hours and a
// deadline.
func TestFeeIsNoPostsPay(t *testing.T) {
	blocks := notice("Camps de jour estivaux 2026 : inscription", "Référence de l'activité", "CJ-2026-SECT4", "Lieu", "École primaire Les Explorateurs, Laval",
		stream.Block{Kind: stream.Field, Label: "Horaire", Text: "du lundi au vendredi, de 9 h à 16 h", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Tarif", Text: "145 $ par semaine", Pos: p(5)},
		stream.Block{Kind: stream.Field, Label: "Date limite", Text: "22 mai 2026", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Conditions d'admissibilité", Pos: p(7)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Résider à Laval.", Pos: p(8)},
	)
	_, err := extractText(blocks)
	if err == nil || !strings.Contains(err.Error(), "fee") {
		t.Errorf("Extract = %v, want a refusal that names the fee", err)
	}
	// "Cost: £12.00 per participant" is a fee; "COST: European
	// Cooperation…", a body's name under the same word, is none.
	walk := notice("Practice expedition: joining instructions", "Location", "Ilkley Moor", "Deadline for route cards", "1 December 2036",
		stream.Block{Kind: stream.Field, Label: "Cost", Text: "£12.00 per participant", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A signed consent form.", Pos: p(6)},
	)
	if _, err := extractText(walk); err == nil || !strings.Contains(err.Error(), "fee") {
		t.Errorf("Extract = %v, want a refusal that names the fee", err)
	}
	post := notice("Science Officer", "Location", "Brussels", "Deadline", "12 May 2031",
		stream.Block{Kind: stream.Field, Label: "COST", Text: "European Cooperation in Science and Technology", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Cost", Text: "travel to the interview is reimbursed up to £150", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Coût", Text: "à la charge de l'employeur", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Cost", Text: "a relocation allowance of EUR 2,000 is paid on arrival", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Follows a portfolio of research networks.", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(7)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A doctorate in a field of science.", Pos: p(8)},
	)
	mustExtract(t, post)
}

// A document whose lines name no post and say none is on offer weighs
// less as a notice: a form or a call with a reference, a place, a
// deadline and conditions is refused; the same with a post's title is
// read.
func TestUnnamedPostWeighsLess(t *testing.T) {
	doc := func(title string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: title, Pos: p(1)},
			{Kind: stream.Field, Label: "Reference", Text: "RF-2026-114", Pos: p(2)},
			{Kind: stream.Field, Label: "Location", Text: "Geneva", Pos: p(3)},
			{Kind: stream.Field, Label: "Deadline", Text: "12 June 2026", Pos: p(4)},
			{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "•", Text: "Registration in the supplier database.", Pos: p(6)},
		}
	}
	_, err := extractText(doc("Supplier registration 2026"))
	if err == nil {
		t.Error("a document that names no post was read as a notice")
	}
	if _, err := extractText(doc("Procurement Officer")); err != nil {
		t.Errorf("a notice that names its post was refused: %v", err)
	}
}

// A document whose only words naming people are a list's item or a
// sentence past its first blocks ("Yoga for shift workers") is a notice
// only when a section describes a post's work; a short notice whose
// post an item or a sentence names at its top is one.
func TestPeopleNamedInPassingWeighLess(t *testing.T) {
	doc := func(heading string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Staff fitness centre membership 2036", Pos: p(1)},
			{Kind: stream.Field, Label: "Reference", Text: "FC-2036-02", Pos: p(2)},
			{Kind: stream.Field, Label: "Location", Text: "Building C, level 1", Pos: p(3)},
			{Kind: stream.Field, Label: "Hours", Text: "Monday to Friday, 6 a.m. to 9 p.m.", Pos: p(4)},
			{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "•", Text: "A signed health questionnaire.", Pos: p(6)},
			{Kind: stream.Heading, Level: 2, Text: "Facilities", Pos: p(7)},
			{Kind: stream.ListItem, Marker: "•", Text: "Cardio room with twelve machines.", Pos: p(7)},
			{Kind: stream.ListItem, Marker: "•", Text: "Weights room.", Pos: p(7)},
			{Kind: stream.ListItem, Marker: "•", Text: "Changing rooms with lockers.", Pos: p(7)},
			{Kind: stream.ListItem, Marker: "•", Text: "Studio for group classes.", Pos: p(7)},
			{Kind: stream.Heading, Level: 2, Text: heading, Pos: p(7)},
			{Kind: stream.ListItem, Marker: "•", Text: "Yoga for shift workers – Tuesdays at 7:30", Pos: p(8)},
		}
	}
	if _, err := extractText(doc("Classes")); err == nil {
		t.Error("a gym's page whose class names shift workers was read as a notice")
	}
	if _, err := extractText(doc("Duties")); err != nil {
		t.Errorf("a notice whose duties name the post's work was refused: %v", err)
	}
	short := []stream.Block{
		{Kind: stream.Paragraph, Text: "Sr. Accountant", Pos: p(1)},
		{Kind: stream.Field, Label: "Location", Text: "Springfield", Pos: p(2)},
		{Kind: stream.Field, Label: "Salary", Text: "$62,000 a year", Pos: p(3)},
		{Kind: stream.Field, Label: "Closing date", Text: "12 May 2038", Pos: p(4)},
		{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "•", Text: "A degree in accounting.", Pos: p(6)},
	}
	if _, err := extractText(short); err != nil {
		t.Errorf("a short notice whose title has an abbreviation was refused: %v", err)
	}
	// An item near the top that prices something for people of a
	// trade names no post.
	priced := append([]stream.Block{}, doc("Classes")...)
	priced = slices.Insert(priced, 4, stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Nurses and carers: free entry on Mondays.", Pos: p(4)})
	if _, err := extractText(priced); err == nil {
		t.Error("a gym's page with a price for nurses was read as a notice")
	}
}

// A careers page's fields that point to the posts ("Deadline: See each
// posting") are no post's: it is refused; the same fields with a date
// and a number are a notice's.
func TestFieldsPointingToPostsAreNoPosts(t *testing.T) {
	doc := func(deadline, ref string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Careers at the Regional Bank", Pos: p(1)},
			{Kind: stream.Paragraph, Text: "Each job posting gives the salary range of the post.", Pos: p(2)},
			{Kind: stream.Field, Label: "Location", Text: "Abidjan and field offices", Pos: p(3)},
			{Kind: stream.Field, Label: "Deadline", Text: deadline, Pos: p(4)},
			{Kind: stream.Field, Label: "Reference", Text: ref, Pos: p(5)},
		}
	}
	if _, err := extractText(doc("See each posting", "Quote the requisition ID when you write to us")); err == nil {
		t.Error("a careers page whose fields point to the posts was read as a notice")
	}
	// (With the post's date and number, and what it asks.)
	withBody := slices.Concat(doc("12 June 2026", "RB-2026-114"), listUnder("Requirements", 6, "A degree in finance or economics."))
	if _, err := extractText(withBody); err != nil {
		t.Errorf("the same page with a post's date and number was refused: %v", err)
	}
}

// A genre's word under a short label with its colon is that label's
// value ("Job family:" / "Procurement"), not what the document is; the
// same word standing alone names a procurement page.
func TestGenreWordUnderLabelIsAValue(t *testing.T) {
	doc := func(label string) []stream.Block {
		bs := []stream.Block{{Kind: stream.Heading, Level: 1, Text: "Procurement Assistant (Temporary Appointment)", Pos: p(1)}}
		if label != "" {
			bs = append(bs, stream.Block{Kind: stream.Paragraph, Text: label, Pos: p(2)})
		}
		bs = append(bs,
			stream.Block{Kind: stream.Paragraph, Text: "Procurement", Pos: p(3)},
			stream.Block{Kind: stream.Field, Label: "Location", Text: "Amman", Pos: p(4)},
			stream.Block{Kind: stream.Field, Label: "Grade", Text: "G-6", Pos: p(5)},
			stream.Block{Kind: stream.Field, Label: "Closing date", Text: "12 June 2031", Pos: p(6)})
		return slices.Concat(bs, listUnder("Requirements", 7, "Five years of purchasing experience."))
	}
	if _, err := extractText(doc("Job family:")); err != nil {
		t.Errorf("a post's family read as the document's genre: %v", err)
	}
	if _, err := extractText(doc("")); err == nil || !strings.Contains(err.Error(), "call for tenders") {
		t.Errorf("a page headed Procurement: err = %v, want a call for tenders", err)
	}
}

// A board's number printed on its posting date's line gives way to the
// notice's own labelled number further on.
func TestBoardNumberOnPostedLine(t *testing.T) {
	blocks := slices.Concat([]stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Radiographer (H/F)", Pos: p(1)},
		{Kind: stream.Field, Label: "Publiée le", Text: "04/03/2031", Pos: p(2)},
		{Kind: stream.Field, Label: "Réf", Text: "87512096", Pos: p(2)},
		{Kind: stream.Field, Label: "Lieu", Text: "Marseille", Pos: p(3)},
		{Kind: stream.Field, Label: "Date limite de candidature", Text: "28/03/2031", Pos: p(4)},
		{Kind: stream.Field, Label: "Référence", Text: "HM-2031-0387", Pos: p(5)},
	}, listUnder("Profil", 6, "Diplôme d'État de manipulateur en électroradiologie médicale."))
	v, err := extractText(blocks)
	if err != nil {
		t.Fatal(err)
	}
	if v.Reference != "HM-2031-0387" {
		t.Errorf("reference = %q, want the notice's own number", v.Reference)
	}
}

// TestBoardNumberBesideTitleNumber: a job board's own number in a field
// does not override the number after the title.
func TestBoardNumberBesideTitleNumber(t *testing.T) {
	blocks := slices.Concat([]stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Legal Officer (Host Nation Agreements) - Office of Legal Affairs (321104)", Pos: p(1)},
		{Kind: stream.Field, Label: "Location", Text: "Belgium-Brussels", Pos: p(2)},
		{Kind: stream.Field, Label: "Closing date", Text: "2 April 2035", Pos: p(3)},
		{Kind: stream.Field, Label: "Job ID", Text: "EJN-4471208", Pos: p(4)},
	}, listUnder("Qualifications", 6, "A university degree in law.", "Five years of experience in international law."))
	v := mustExtract(t, blocks)
	assert.Equal(t, "321104", v.Reference)
	// a product's code in the title's parentheses stays the title's
	blocks[0].Text = "Data Standards Officer (S-100)"
	blocks[3].Text = "R-2027-0412"
	v = mustExtract(t, blocks)
	assert.Equal(t, "R-2027-0412", v.Reference)
	assert.Equal(t, "Data Standards Officer (S-100)", deref(v.Title.EN))
}

// An internship's whole notice may say the internship leads to no job;
// a programme's page that says so, with no post's number and duties, is
// refused.
func TestInternshipLeadsToNoJob(t *testing.T) {
	closing := stream.Block{Kind: stream.Paragraph, Text: "An internship does not lead to employment with the Organization.", Pos: p(40)}
	notice := slices.Concat([]stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Internship in Hydrology", Pos: p(1)},
		{Kind: stream.Field, Label: "Vacancy number", Text: "INT-2032-07", Pos: p(2)},
		{Kind: stream.Field, Label: "Location", Text: "Geneva", Pos: p(3)},
		{Kind: stream.Field, Label: "Closing date", Text: "10 June 2032", Pos: p(4)},
	}, listUnder("Duties", 5, "Compile river discharge records.", "Draft a data note."),
		listUnder("Requirements", 10, "Enrolment in a master's programme in hydrology."),
		[]stream.Block{closing})
	if _, err := extractText(notice); err != nil {
		t.Errorf("an internship's notice was refused: %v", err)
	}
	page := slices.Concat([]stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Internship programme", Pos: p(1)},
		{Kind: stream.Field, Label: "Location", Text: "Geneva", Pos: p(3)},
	}, listUnder("Requirements", 10, "Enrolment in a master's programme."), []stream.Block{closing})
	if _, err := extractText(page); err == nil {
		t.Error("a programme's page that leads to no job was read as a notice")
	}
}

// An amount written "76 418 $" is the Canadian dollar only when no line
// names the post's country as another's.
func TestFrenchDollarsAbroad(t *testing.T) {
	doc := func(place string) []stream.Block {
		return slices.Concat([]stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Ingénieur(e) des radiocommunications (P3)", Pos: p(1)},
			{Kind: stream.Field, Label: "Référence", Text: "RC-2761", Pos: p(2)},
			{Kind: stream.Paragraph, Text: place, Pos: p(3)},
			{Kind: stream.Field, Label: "Date limite", Text: "12 juin 2032", Pos: p(4)},
			{Kind: stream.Field, Label: "Traitement", Text: "76 418 $ par an", Pos: p(5)},
		}, listUnder("Qualifications requises", 6, "Diplôme universitaire supérieur en télécommunications."))
	}
	v := mustExtract(t, doc("1211 Genève 20, Suisse"))
	if v.Salary == nil || v.Salary.Currency != nil {
		t.Errorf("a post in Switzerland: salary %+v, want no currency", v.Salary)
	}
	v = mustExtract(t, doc("Trois-Rivières"))
	if v.Salary == nil || v.Salary.Currency == nil || *v.Salary.Currency != "CAD" {
		t.Errorf("a post with no foreign country named: salary %+v, want CAD", v.Salary)
	}
}

// "… is currently recruiting a:" over the title on a line of its own
// names the post on offer.
func TestSeekingOverTitleLine(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "To reinforce its logistics team, the Watch Company Ltd is currently recruiting a:", Pos: p(1)},
		{Kind: stream.Heading, Level: 4, Text: "SUPPLY CHAIN DATA ANALYST 100%", Pos: p(2)},
		{Kind: stream.Field, Label: "Location", Text: "Biel/Bienne", Pos: p(3)},
	}
	blocks = slices.Concat(blocks,
		listUnder("Main responsibilities", 4, "Build reports on stock levels.", "Consolidate data from the production sites."),
		listUnder("Profile", 7, "Master's degree in industrial engineering.", "Three years of experience in supply chain analytics."),
	)
	if _, err := extractText(blocks); err != nil {
		t.Errorf("a notice that names its post under the employer's sentence was refused: %v", err)
	}
}

// A careers site's header prints its values without labels under the
// title: a place, a grade, a salary.
func TestBareValuesUnderTheTitle(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Analyste de données – Enquêtes sociales", Pos: p(1)},
		{Kind: stream.Field, Label: "Numéro de référence", Text: "STC26J-104382-000027", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Statistique Canada - Direction de la statistique sociale", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Ottawa (Ontario)", Pos: p(4)},
		{Kind: stream.Paragraph, Text: "EC-05", Pos: p(5)},
		{Kind: stream.Paragraph, Text: "Durée indéterminée", Pos: p(6)},
		{Kind: stream.Paragraph, Text: "85 490 $ à 97 590 $", Pos: p(7)},
		{Kind: stream.Field, Label: "Date limite", Text: "5 juin 2026", Pos: p(8)},
		{Kind: stream.Heading, Level: 2, Text: "Offre d'emploi : vos tâches", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "Vous analysez les données des enquêtes sociales.", Pos: p(8)},
		{Kind: stream.Heading, Level: 2, Text: "Qualifications essentielles", Pos: p(9)},
		{Kind: stream.ListItem, Marker: "•", Text: "Un grade d'un établissement d'enseignement postsecondaire reconnu.", Pos: p(10)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Grade) {
		assert.Equal(t, "EC-05", *v.Grade)
	}
	if assert.NotNil(t, v.Location.FR) {
		assert.Equal(t, "Ottawa (Ontario)", *v.Location.FR)
	}
	if assert.NotNil(t, v.Salary) && assert.NotNil(t, v.Salary.Min) {
		assert.Equal(t, 85490.0, *v.Salary.Min)
	}
}

func TestOrganisationValue(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	body := []stream.Block{
		{Kind: stream.Paragraph, Text: "NATO Headquarters Sarajevo (NHQSa) announces a vacancy for a local civilian post."},
		{Kind: stream.Paragraph, Text: "Eurojust supports the judicial authorities of the Member States."},
	}
	for _, c := range []struct{ in, lang, want string }{
		{"World Trade Organization / Organisation mondiale du commerce", "en", "World Trade Organization"},
		{"World Trade Organization / Organisation mondiale du commerce", "fr", "Organisation mondiale du commerce"},
		{"IFRC - International Federation of Red Cross and Red Crescent Societies", "en",
			"International Federation of Red Cross and Red Crescent Societies (IFRC)"},
		{"NATO HEADQUARTERS SARAJEVO", "en", "NATO Headquarters Sarajevo (NHQSa)"},
		{"EUROJUST - European Union Agency for Criminal Justice Cooperation", "en",
			"European Union Agency for Criminal Justice Cooperation (Eurojust)"},
		{"NATO Support and Procurement Agency", "en", "NATO Support and Procurement Agency"},
		{"African Union – Inter-African Bureau for Animal Resources (AU-IBAR)", "en",
			"African Union – Inter-African Bureau for Animal Resources (AU-IBAR)"},
		{"World Trade Organization / Organisation mondiale du commerce (OMC)", "en", "World Trade Organization"},
		{"Label'Vie est le groupe marocain de distribution qui exploite les enseignes de trois marques dans trente villes.", "fr", "Label'Vie"},
	} {
		if got := x.organisationValue(c.in, c.lang, body); got != c.want {
			t.Errorf("organisationValue(%q, %s) = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}

func TestLabelledRef(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for _, c := range []struct{ in, want string }{
		{"Ouagadougou, Burkina Faso   ·   Fixed Term   ·   Posted 20 Apr 2026   ·   Requisition ID 204117", "204117"},
		{"Apply now    Job no: 587412", "587412"},
		{"Publié le: 27/05/2026 · Réf. : AR/DRH/2026/07", "AR/DRH/2026/07"},
		{"Reference no. EEA/AD/2026/07", "EEA/AD/2026/07"},
		{"Ref. références : 4417385", ""}, // a board's own number, its name before the colon
		{"Forest · CDI · Temps plein · Publié le 13/05/2026", ""},
	} {
		if got := x.labelledRef(c.in); got != c.want {
			t.Errorf("labelledRef(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTitleFieldWithLeadingRef(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	got := x.findTitle(nil, "EMSA/AD/2026/07 - Project Officer - Earth Observation Services", 0, false, "en")
	assert.Equal(t, "Project Officer - Earth Observation Services", got.text)
	assert.Equal(t, "EMSA/AD/2026/07", got.ref)
}

func TestTitleFieldSpelledOutAbove(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	body := []stream.Block{
		{Kind: stream.Heading, Text: "Finance Officer (Budget and Cost Recovery), P3"},
		{Kind: stream.Paragraph, Text: "ApplySaveSharePrint"},
		{Kind: stream.Field, Text: "Job Title: FINANCE OFFICER, P3"},
	}
	// The field in capitals gives the post's class; the heading above it
	// names the post.
	got := x.findTitle(body, "FINANCE OFFICER, P3", 2, false, "en")
	assert.Equal(t, 0, got.at)
	// The same title in other letters only: the field stays (re-casing is
	// the field's business).
	body[0].Text = "Finance Officer, P3"
	assert.Equal(t, -1, x.findTitle(body, "FINANCE OFFICER, P3", 2, false, "en").at)
	// A heading that opens on another word names something else.
	body[0].Text = "Budget Unit (Islamabad)"
	assert.Equal(t, -1, x.findTitle(body, "FINANCE OFFICER, P3", 2, false, "en").at)
	// A field in small letters is the title as written.
	body[0].Text = "Finance Officer (Budget and Cost Recovery), P3"
	assert.Equal(t, -1, x.findTitle(body, "Finance Officer", 2, false, "en").at)
}

func TestHeadNamedInText(t *testing.T) {
	body := []stream.Block{
		{Kind: stream.Heading, Text: "Student Services Coordinator – Residence and Welfare Office (Bruges campus)"},
		{Kind: stream.Paragraph, Text: "The College is seeking applications for the position of Student Services Coordinator (100% FTE) in its Residence and Welfare Office."},
		{Kind: stream.Heading, Text: "Coordinateur·rice des services aux étudiants – Bureau des résidences"},
		{Kind: stream.Paragraph, Text: "Le Collège lance un appel à candidatures pour le poste de Coordinateur·rice des services aux étudiants au sein de son Bureau des résidences."},
		{Kind: stream.Heading, Text: "Senior Specialist – Digital Forensics"},
		{Kind: stream.Paragraph, Text: "Europol is recruiting for the post of Senior Specialist – Digital Forensics (AD7)."},
	}
	for _, c := range []struct {
		at   int
		want string
	}{
		{0, "Student Services Coordinator"},
		{2, "Coordinateur·rice des services aux étudiants"},
		{4, "Senior Specialist – Digital Forensics"}, // the sentence names the whole title
	} {
		assert.Equal(t, c.want, headNamedInText(body, c.at, body[c.at].Text))
	}
}

func TestPartInLang(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for _, c := range []struct{ in, lang, want string }{
		{"Research Grants Officer / Agente ou agent des subventions de recherche", "en", "Research Grants Officer"},
		{"Research Grants Officer / Agente ou agent des subventions de recherche", "fr", "Agente ou agent des subventions de recherche"},
		{"Human Resources Advisor (Conseiller(ère) en ressources humaines)", "en", "Human Resources Advisor"},
		{"Officier traitant / Officière traitante (Programmes de partenariat)", "fr", "Officier traitant / Officière traitante (Programmes de partenariat)"},
		{"Programme de stages de l'OTAN - Division Innovation, hybride et cyber (IHC)", "fr", "Programme de stages de l'OTAN - Division Innovation, hybride et cyber (IHC)"},
		{"Logistics Officer (Supply Chain Planning)", "en", "Logistics Officer (Supply Chain Planning)"},
		{"Director of Finance / Directeur des finances", "fr", "Directeur des finances"},
		// No function word either side: accents tell only a bilingual
		// notice's parts apart.
		{"Railway Signalling Software Validation Engineer / Ingénieur validation logiciel signalisation ferroviaire", "fr", "Railway Signalling Software Validation Engineer / Ingénieur validation logiciel signalisation ferroviaire"},
	} {
		if got := x.partInLang(c.in, c.lang); got != c.want {
			t.Errorf("partInLang(%q, %s) = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
	x.bilingual = true
	for _, c := range []struct{ in, lang, want string }{
		{"Railway Signalling Software Validation Engineer / Ingénieur validation logiciel signalisation ferroviaire", "en", "Railway Signalling Software Validation Engineer"},
		{"Railway Signalling Software Validation Engineer / Ingénieur validation logiciel signalisation ferroviaire", "fr", "Ingénieur validation logiciel signalisation ferroviaire"},
		{"Analyste / Développeur", "fr", "Analyste / Développeur"}, // one word each: no evidence
	} {
		if got := x.partInLang(c.in, c.lang); got != c.want {
			t.Errorf("bilingual: partInLang(%q, %s) = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}

// A line whose label names a topic of criteria is a fact of the post
// among the post's facts, and a section of criteria elsewhere.
func TestTopicLineAmongFacts(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Senior Analyst, Payments Supervision", Pos: p(1)},
		{Kind: stream.Field, Label: "Location", Text: "Ottawa", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Position Language Requirement: Bilingual (French and English)", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Language Skills: French (Reading, Speaking, Writing), English (Speaking)", Pos: p(4)},
		{Kind: stream.Field, Label: "Closing date", Text: "22 May 2026", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "Your role", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "You will supervise payment service providers.", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "•", Text: "You will write risk assessments.", Pos: p(8)},
		{Kind: stream.Heading, Level: 2, Text: "What you need to know", Pos: p(9)},
		{Kind: stream.Paragraph, Text: "Language requirements: English or French", Pos: p(10)},
		{Kind: stream.Field, Label: "Security level required", Text: "Secret", Pos: p(11)},
		{Kind: stream.Heading, Level: 2, Text: "Qualifications", Pos: p(12)},
		{Kind: stream.ListItem, Marker: "•", Text: "A degree in economics or finance.", Pos: p(13)},
		{Kind: stream.ListItem, Marker: "•", Text: "Five years of experience in financial regulation.", Pos: p(14)},
	}
	v := mustExtract(t, blocks)
	var kinds []string
	for _, s := range v.Sections.EN {
		kinds = append(kinds, s.Kind)
	}
	assert.Equal(t, []string{"header", "description", "additional_information", "qualifications"}, kinds)
	assert.Equal(t, []string{"A degree in economics or finance.", "Five years of experience in financial regulation."}, v.Requirements.EN.Essential)
}

// A short line over one-sentence paragraphs that name diplomas, years of
// experience and languages heads criteria whose markers were lost.
func TestCriteriaWithoutMarkers(t *testing.T) {
	blocks := notice("Research Analyst – Civil-Military Interaction", "Location", "The Hague", "Closing date", "17 May 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Your tasks", Pos: p(3)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "You carry out desk research and interviews.", Pos: p(3)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "You draft analytical papers.", Pos: p(3)},
		stream.Block{Kind: stream.Paragraph, Text: "What we ask", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "A master's degree in international relations or a comparable field.", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "At least three years of relevant work experience in research.", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "Excellent written and spoken English (at least C1).", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Willingness to undergo security screening.", Pos: p(8)},
	)
	v := mustExtract(t, blocks)
	assert.Len(t, v.Requirements.EN.Essential, 4)
}

// A board that ran a list of criteria into one paragraph: its short
// sentences are the criteria; a paragraph of one criterion and its
// qualification stays whole.
func TestCriteriaRunTogether(t *testing.T) {
	head := notice("Chef-fe de projet", "Lieu de travail", "Neuchâtel", "Délai de postulation", "7 juin 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Activités", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "Vous pilotez les projets d'aménagement de la commune.", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Profil souhaité", Pos: p(4)},
	)
	run := append(slices.Clone(head), stream.Block{Kind: stream.Paragraph, Pos: p(5),
		Text: "Master en urbanisme ou formation jugée équivalente. Trois ans d'expérience en gestion de projets. Bonne connaissance des normes. Aisance rédactionnelle. Une expérience dans une administration constitue un atout."})
	v := mustExtract(t, run)
	assert.Equal(t, []string{"Master en urbanisme ou formation jugée équivalente.", "Trois ans d'expérience en gestion de projets.",
		"Bonne connaissance des normes.", "Aisance rédactionnelle."}, v.Requirements.FR.Essential)
	assert.Equal(t, []string{"Une expérience dans une administration constitue un atout."}, v.Requirements.FR.Desirable)

	one := append(slices.Clone(head), stream.Block{Kind: stream.Paragraph, Pos: p(5),
		Text: "Master en urbanisme. Une expérience équivalente peut être acceptée."})
	v = mustExtract(t, one)
	assert.Equal(t, []string{"Master en urbanisme. Une expérience équivalente peut être acceptée."}, v.Requirements.FR.Essential)
}

// A page that prints its facts without labels: its title is the first
// line that can be one above the first section heading, not a line near
// the end of the half, nor a question that opens a paragraph.
func TestTitleWithoutHeaderFields(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Vacancies", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Senior Officer – Space Cybersecurity Operations", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Vacancy details", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Prague / Czech Republic", Pos: p(4)},
		{Kind: stream.Paragraph, Text: "How can you make a difference?", Pos: p(5)},
		{Kind: stream.Heading, Level: 3, Text: "Tasks and responsibilities", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "Lead the analysis of cybersecurity events.", Pos: p(7)},
		{Kind: stream.Heading, Level: 3, Text: "Essential criteria", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "At least four years of experience in security operations.", Pos: p(9)},
		{Kind: stream.Heading, Level: 3, Text: "Advantageous criteria", Pos: p(10)},
		{Kind: stream.ListItem, Marker: "•", Text: "Experience with ground segments", Pos: p(11)},
	}
	v := mustExtract(t, blocks)
	assert.Equal(t, "Senior Officer – Space Cybersecurity Operations", *v.Title.EN)
	assert.Equal(t, []string{"Experience with ground segments"}, v.Requirements.EN.Desirable)
}

// Eligibility conditions followed by selection criteria are who may
// apply; the selection criteria are the requirements. Alone, they are
// the notice's criteria.
func TestEligibilityBeforeSelectionCriteria(t *testing.T) {
	head := notice("Data Analyst", "Place of employment", "Lisbon, Portugal", "Deadline for applications", "15 June 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Main tasks", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Analyse maritime safety data.", Pos: p(5)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Eligibility criteria", Pos: p(6)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "be a national of a Member State of the European Union;", Pos: p(7)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "enjoy full rights as a citizen.", Pos: p(8)},
	)
	selection := append(slices.Clone(head),
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Selection criteria", Pos: p(9)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "Essential criteria", Pos: p(10)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Five years of experience in data analysis.", Pos: p(11)},
	)
	v := mustExtract(t, selection)
	assert.Equal(t, []string{"Five years of experience in data analysis."}, v.Requirements.EN.Essential)

	v = mustExtract(t, head)
	assert.Equal(t, []string{"be a national of a Member State of the European Union;", "enjoy full rights as a citizen."}, v.Requirements.EN.Essential)

	// the same conditions before the profile's list are who may apply;
	// conditions that name a diploma stand beside the profile's criteria
	profile := append(slices.Clone(head),
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Candidate profile", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Five years of experience in data analysis.", Pos: p(10)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Good command of SQL.", Pos: p(11)},
	)
	v = mustExtract(t, profile)
	assert.Equal(t, []string{"Five years of experience in data analysis.", "Good command of SQL."}, v.Requirements.EN.Essential)
	for k := range profile {
		if profile[k].Text == "enjoy full rights as a citizen." {
			profile[k].Text = "hold a master's degree in statistics."
		}
	}
	v = mustExtract(t, profile)
	assert.Equal(t, []string{"be a national of a Member State of the European Union;", "hold a master's degree in statistics.",
		"Five years of experience in data analysis.", "Good command of SQL."}, v.Requirements.EN.Essential)
	// a clearance is asked of the candidate too
	for k := range profile {
		if profile[k].Text == "hold a master's degree in statistics." {
			profile[k].Text = "hold a valid NATO SECRET security clearance."
		}
	}
	v = mustExtract(t, profile)
	assert.Equal(t, []string{"be a national of a Member State of the European Union;", "hold a valid NATO SECRET security clearance.",
		"Five years of experience in data analysis.", "Good command of SQL."}, v.Requirements.EN.Essential)
}

// "Selection criteria" over diplomas and experience, with no "Essential"
// under it, states the essential criteria; over a remark it states none.
func TestSelectionCriteriaOwnItems(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Vacancy announcement", Pos: p(1)},
		{Kind: stream.Heading, Level: 1, Text: "Social Protection Specialist", Pos: p(1)},
		{Kind: stream.Field, Label: "Job Number", Text: "36418", Pos: p(2)},
		{Kind: stream.Field, Label: "Location", Text: "Dakar, Senegal", Pos: p(2)},
		{Kind: stream.Field, Label: "Closing date", Text: "22 May 2026", Pos: p(3)},
		{Kind: stream.Heading, Level: 2, Text: "Duties and Accountabilities", Pos: p(4)},
		{Kind: stream.ListItem, Marker: "•", Text: "Provide technical advice to government counterparts.", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "Selection Criteria", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "Master's degree in economics or a related field.", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "•", Text: "A minimum of 5 years of relevant professional experience.", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "Sound knowledge of targeting methods.", Pos: p(9)},
	}
	v := mustExtract(t, blocks)
	assert.Len(t, v.Requirements.EN.Essential, 3)

	remark := append(slices.Clone(blocks[:8]),
		stream.Block{Kind: stream.Paragraph, Text: "Please note that you can apply for up to three vacancies!", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Apply until 22 June, Brussels time.", Pos: p(8)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "Essential", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "1.", Text: "be a national of a member state;", Pos: p(10)},
		stream.Block{Kind: stream.ListItem, Marker: "2.", Text: "be at least 21 years old.", Pos: p(11)},
	)
	v = mustExtract(t, remark)
	assert.Equal(t, []string{"be a national of a member state;", "be at least 21 years old."}, v.Requirements.EN.Essential)
}

// A name among names of competencies whose words would make a heading
// ("Accountability") stays a name.
func TestCompetencyNameNoHeading(t *testing.T) {
	blocks := notice("Programme Specialist", "Duty Station", "Paris", "Deadline for applications", "5 May 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Provide technical advice to ministries.", Pos: p(5)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Required qualifications", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Advanced university degree in education.", Pos: p(5)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Competencies", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "Accountability (C)", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Communication (C)", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Innovation (C)", Pos: p(9)},
		stream.Block{Kind: stream.Paragraph, Text: "Teamwork (C)", Pos: p(10)},
	)
	v := mustExtract(t, blocks)
	var names []string
	for _, c := range v.Competencies.EN {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"Accountability (C)", "Communication (C)", "Innovation (C)", "Teamwork (C)"}, names)
}

// "Qualités requises : a ; b ; c." among the criteria names competencies.
func TestRunInQualities(t *testing.T) {
	blocks := notice("Auditeur informatique", "Lieu d'affectation", "Dakar", "Date limite", "12 juin 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Missions", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "auditer les systèmes d'information ;", Pos: p(5)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Profil recherché", Pos: p(6)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "être titulaire d'un master en informatique ;", Pos: p(7)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "avoir cinq ans d'expérience en audit.", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Qualités requises : rigueur et discrétion ; sens de l'organisation ; aptitude au travail en équipe.", Pos: p(9)},
	)
	v := mustExtract(t, blocks)
	var names []string
	for _, c := range v.Competencies.FR {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"rigueur et discrétion", "sens de l'organisation", "aptitude au travail en équipe"}, names)
	assert.Len(t, v.Requirements.FR.Essential, 2)
}

// A sentence that names the post the next line prints makes that line
// the title, not the unit's name below it.
func TestTitleNamedBySentence(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Job opportunities › 26-LOP-143", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Vacancy announcement", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "We are currently looking for candidates to staff the following position: Research Librarian.", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Research Librarian", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Information and Reference Services", Pos: p(4)},
		{Kind: stream.Paragraph, Text: "Research and Education", Pos: p(5)},
		{Kind: stream.Field, Label: "Location", Text: "Ottawa, Ontario", Pos: p(6)},
		{Kind: stream.Field, Label: "Closing date", Text: "May 25, 2026", Pos: p(7)},
		{Kind: stream.Heading, Level: 2, Text: "Education", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "A master's degree in library science.", Pos: p(9)},
		{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(10)},
		{Kind: stream.ListItem, Marker: "•", Text: "Answer reference questions from parliamentarians.", Pos: p(11)},
	}
	v := mustExtract(t, blocks)
	assert.Equal(t, "Research Librarian", *v.Title.EN)
}

func TestTitleWithoutParenRemark(t *testing.T) {
	for in, want := range map[string]string{
		"Senior Risk Analyst (a reserve list to be created for 2 posts to be filled)": "Senior Risk Analyst",
		"Logistics Officer (Supply Chain Planning)":                                   "Logistics Officer (Supply Chain Planning)",
		"Verification Data Analyst (P-3)":                                             "Verification Data Analyst (P-3)",
		"Research Assistant (part-time, fixed term)":                                  "Research Assistant (part-time, fixed term)",
	} {
		if got, _ := withoutParenRemark(in); got != want {
			t.Errorf("withoutParenRemark(%q) = %q, want %q", in, got, want)
		}
	}
}

// A French title's specialisation in small letters is no remark; a
// clause is.
func TestWithoutTitleRemark(t *testing.T) {
	for in, want := range map[string]string{
		"Physicien ou physicienne (modélisation de la qualité de l'air)":              "Physicien ou physicienne (modélisation de la qualité de l'air)",
		"Juriste (droit de la famille et protection de l'enfant)":                     "Juriste (droit de la famille et protection de l'enfant)",
		"Senior Risk Analyst (a reserve list to be created for 2 posts to be filled)": "Senior Risk Analyst",
		"Analyste de crédit (le poste sera pourvu à Luxembourg)":                      "Analyste de crédit",
	} {
		if got := withoutTitleRemark(in); got != want {
			t.Errorf("withoutTitleRemark(%q) = %q, want %q", in, got, want)
		}
	}
}

// mustExtract extracts a vacancy from a text reader's blocks, failing
// the test on an error.
// notice is a notice's title over its place and deadline fields, then
// the blocks of its body: the head most of these tests share.
func notice(title, placeLabel, place, deadlineLabel, deadline string, body ...stream.Block) []stream.Block {
	return append([]stream.Block{
		{Kind: stream.Heading, Level: 1, Text: title, Pos: p(1)},
		{Kind: stream.Field, Label: placeLabel, Text: place, Pos: p(2)},
		{Kind: stream.Field, Label: deadlineLabel, Text: deadline, Pos: p(3)},
	}, body...)
}

// p is the place of a test's block on page 1.
func p(line int) stream.Pos { return stream.Pos{Page: 1, Line: line} }

// extractText extracts a notice read from text as blocks.
func extractText(blocks []stream.Block) (*schema.Vacancy, error) {
	return Extract(context.Background(), &stream.Document{Format: "text", Blocks: blocks}, vocab.Default(), nil)
}

func mustExtract(t *testing.T, blocks []stream.Block) *schema.Vacancy {
	t.Helper()
	v, err := extractText(blocks)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// A notice that names its employer only in its closing statement and its
// copyright line, its place only in a sentence and its grade on the line
// under the title.
func TestFactsFromStatements(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Data Scientist", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Temporary Agent (Function group AD, Grade AD6)", Pos: p(3)},
		{Kind: stream.Field, Label: "Reference", Text: "EX/2026/04", Pos: p(4)},
		{Kind: stream.Field, Label: "Closing date", Text: "26 May 2026", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "Main tasks", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "You build data pipelines for monitoring data.", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "•", Text: "You write reports on data quality.", Pos: p(8)},
		{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(9)},
		{Kind: stream.ListItem, Marker: "•", Text: "A university degree in statistics.", Pos: p(10)},
		{Kind: stream.ListItem, Marker: "•", Text: "Three years of experience in data science.", Pos: p(11)},
		{Kind: stream.Heading, Level: 2, Text: "Conditions", Pos: p(12)},
		{Kind: stream.Paragraph, Text: "The contract is for three years. The place of employment is Parma, Italy.", Pos: p(13)},
		{Kind: stream.Paragraph, Text: "The EFA is an equal opportunity employer and welcomes applications from all.", Pos: p(14)},
		{Kind: stream.Paragraph, Text: "© European Food Agency · Privacy · Legal notice", Pos: p(15)},
	}
	v := mustExtract(t, blocks)
	if got := v.Title.EN; got == nil || *got != "Data Scientist" {
		t.Errorf("title %v, want Data Scientist", deref(got))
	}
	if v.Grade == nil || *v.Grade != "AD6" {
		t.Errorf("grade %v, want AD6", v.Grade)
	}
	if got := v.Location.EN; got == nil || *got != "Parma, Italy" {
		t.Errorf("location %v, want Parma, Italy", got)
	}
	if got := v.Organisation.EN; got == nil || *got != "European Food Agency" {
		t.Errorf("organisation %v, want the copyright line's full name for the statement's acronym", got)
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// A notice without an employer's field or sentence names its employer
// in several kinds of place: the name given most, in the most kinds of
// place, is the employer; a board's name in its banner and footer, a
// place given as a field's value, are not.
func TestLikeliestEmployer(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Jobboard Central", Pos: p(1)},
		{Kind: stream.Heading, Level: 1, Text: "Data Engineer", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Lumeno", Pos: p(4)},
		{Kind: stream.Field, Label: "Location", Text: "Grenoble", Pos: p(5)},
		{Kind: stream.Field, Label: "Deadline", Text: "12 June 2026", Pos: p(6)},
		{Kind: stream.Paragraph, Text: "Founded in 2019, Lumeno helps farms in Grenoble measure their water use. Our sensors send readings every minute.", Pos: p(8)},
		{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(10)},
		{Kind: stream.ListItem, Marker: "•", Text: "Builds the pipelines that load the readings.", Pos: p(11)},
		{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(12)},
		{Kind: stream.ListItem, Marker: "•", Text: "Three years of experience with Python.", Pos: p(13)},
		{Kind: stream.Paragraph, Text: "Lumeno · Grenoble · 40 employees", Pos: p(15)},
		{Kind: stream.Paragraph, Text: "Jobboard Central · Terms · Privacy", Pos: p(16)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "Lumeno", *v.Organisation.EN)
	}
	// Without the prose that names it, a name in a banner and a footer
	// weighs no more than the board's: none is chosen.
	blocks = slices.Delete(slices.Clone(blocks), 5, 6)
	v = mustExtract(t, blocks)
	assert.Nil(t, v.Organisation.EN)
}

func TestCleanEmployer(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for in, want := range map[string]string{
		"Skip to main content EDC":                                "EDC",
		"PROGRAMME MANAGEMENT OFFICER International Trade Centre": "International Trade Centre",
		"ITER Organization · France · Expires in 41 days":         "ITER Organization",
		"NATO Support and Procurement Agency":                     "NATO Support and Procurement Agency",
		"Ville de Lyon":                                           "Ville de Lyon",
		"Council of EuropeConseil de l'EuropeJobsEmploisLog in":   "Council of Europe",
		"City of CornwallCornwall, ONPosted May 22, 2026":         "City of Cornwall",
		"Green Climate Fund (GCF)Korea, Republic of, Incheon":     "Green Climate Fund (GCF)",
		"VILLE DE RIMOUSKIRimouski (Bas-Saint-Laurent)":           "VILLE DE RIMOUSKI",
		"European Union Satellite Centre (SatCen)":                "European Union Satellite Centre (SatCen)",
		"Université McGill":                                       "Université McGill",
		"Université McGill, Montréal":                             "Université McGill, Montréal",
		"City of McKinney, Texas":                                 "City of McKinney, Texas",
		"Search for Common Ground":                                "Search for Common Ground",
		"Apply for UNICEF":                                        "UNICEF",
		"Université de Haute-Alsace - Mulhouse - 68":              "Université de Haute-Alsace",
		"Conseil départemental - Haute-Garonne (31)":              "Conseil départemental - Haute-Garonne (31)", // a body's kind alone is named by its place
		"World Health Organization - Regional Office for Africa":  "World Health Organization",
		"Agence OTAN de soutien et d'acquisition — Capellen, Luxembourg — publiée le 02/02/2029 — 187 vues": "Agence OTAN de soutien et d'acquisition",
		"Banque Cantonale de GenèveGeneva80 – 100%Permanent contractPublished 3 days ago":                   "Banque Cantonale de Genève",
		"European Commission – Eurostat": "European Commission – Eurostat",
	} {
		assert.Equal(t, want, x.cleanEmployer(in), in)
	}
}

func TestPlausibleEmployer(t *testing.T) {
	for _, c := range []struct {
		name, title string
		want        bool
	}{
		{"Programme Officer", "Programme Officer – Digital Sky Demonstrators", false},
		{"HUMAN RIGHTS OFFICER Office of the High Commissioner", "Human Rights Officer", false},
		{"FOR RAILWAYS", "Project Officer", false},
		{"European Union Agency for Railways", "Project Officer", true},
		{"Office of the Auditor General", "Auditor", true}, // a title too short to judge
	} {
		assert.Equal(t, c.want, plausibleEmployer(c.name, c.title), c.name)
	}
}

// Only Canada writes dollars in French: a bare "$" after its amount
// ("31,42 $") is the Canadian dollar when no line names a place.
func TestFrenchDollarsAreCanadian(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Technicien en environnement", Pos: p(1)},
		{Kind: stream.Field, Label: "Salaire", Text: "de 31,42 $ à 37,96 $ l'heure", Pos: p(3)},
		{Kind: stream.Field, Label: "Date limite", Text: "12 juin 2026", Pos: p(4)},
		{Kind: stream.Heading, Level: 2, Text: "Tâches", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "Prélève les échantillons d'eau.", Pos: p(7)},
		{Kind: stream.Heading, Level: 2, Text: "Exigences", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "Un diplôme d'études collégiales.", Pos: p(9)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Salary) && assert.NotNil(t, v.Salary.Currency) {
		assert.Equal(t, "CAD", *v.Salary.Currency)
	}
}

// A run-in asset label on its own line after the criteria is part of
// its criterion ("Atout : …"); after an "Essential: …" line it is one of
// a pair of labels that class the criteria, and goes.
func TestRunInAssetKeepsItsLabel(t *testing.T) {
	head := notice("Ingénieur·e hydraulicien·ne", "Lieu de travail", "Sion", "Délai de postulation", "7 juin 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Vos missions", Pos: p(3)},
		stream.Block{Kind: stream.Paragraph, Text: "Vous suivez les projets d'assainissement des communes.", Pos: p(3)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Votre profil", Pos: p(4)},
	)
	alone := append(slices.Clone(head),
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Master en génie civil ou titre jugé équivalent.", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Trois ans d'expérience dans la protection des eaux.", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "Atout : connaissance du droit fédéral de la protection des eaux.", Pos: p(7)},
	)
	v := mustExtract(t, alone)
	assert.Equal(t, []string{"Atout : connaissance du droit fédéral de la protection des eaux."}, v.Requirements.FR.Desirable)
	assert.Len(t, v.Requirements.FR.Essential, 2)

	paired := append(slices.Clone(head),
		stream.Block{Kind: stream.Paragraph, Text: "Essentiel : Master en génie civil ou titre jugé équivalent.", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Atout : Doctorat en hydraulique.", Pos: p(6)},
	)
	v = mustExtract(t, paired)
	assert.Equal(t, []string{"Doctorat en hydraulique."}, v.Requirements.FR.Desirable)
}

// A short line with no sentence's end over prose, after criteria whose
// list markers were lost, heads another part ("Conditions"): neither it
// nor its prose is a criterion. The last of a run of names is a name.
func TestPartAfterCriteriaWithoutMarkers(t *testing.T) {
	blocks := notice("Legal Officer", "Location", "Brussels", "Closing date", "31 May 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Your tasks", Pos: p(3)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "You draft decisions on State aid cases.", Pos: p(3)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "You take part in inspections.", Pos: p(3)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Desirable skills", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "Experience from a national competition authority;", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Knowledge of Norwegian, Icelandic or German.", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "Conditions", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "The positions are placed at grade A5 of the salary scale. Depending on personal circumstances, allowances may be added.", Pos: p(8)},
	)
	v := mustExtract(t, blocks)
	assert.Equal(t, []string{"Experience from a national competition authority;", "Knowledge of Norwegian, Icelandic or German."}, v.Requirements.EN.Desirable)

	for k, c := range []struct {
		texts []string
		at    int
		want  bool
	}{
		{[]string{"Knowledge of German.", "Conditions", "The post is graded A5. Allowances may be added."}, 1, true},
		{[]string{"Stakeholder Management", "Political Awareness", "UNHCR seeks to sustain this diversity. It welcomes all."}, 1, false},
		{[]string{"Knowledge of German.", "Savoir-faire", "Maîtriser les langages R et Python."}, 1, false},
		{[]string{"Knowledge of German.", "Conditions"}, 1, false},
	} {
		var content []schema.Content
		for _, t := range c.texts {
			content = append(content, schema.Content{Type: "paragraph", Text: t})
		}
		assert.Equal(t, c.want, endsPart(content, c.at), "case %d", k)
	}
}

// A short line naming a kind of qualities over criteria written as
// paragraphs ("Savoir-faire", "Personal suitability") is their sub-head,
// not a criterion; a criterion that names a language is one.
func TestQualitiesSubHeadIsNoCriterion(t *testing.T) {
	for k, c := range []struct {
		texts []string
		at    int
		want  bool
	}{
		{[]string{"Bonnes connaissances en statistiques.", "Savoir-faire", "Maîtriser les langages R et Python."}, 1, true},
		{[]string{"Experience in legal research.", "Personal suitability", "Judgement"}, 1, true},
		{[]string{"Experience in legal research.", "Abilities", "Ability to analyse complex information."}, 1, true},
		{[]string{"Experience in legal research.", "Bilingual - Imperative (CBC/CBC)", "Judgement"}, 1, false},
		{[]string{"Experience in legal research.", "Personal suitability"}, 1, false},
		{[]string{"Experience in legal research.", "Strong analytical skills.", "Judgement"}, 1, false},
	} {
		var content []schema.Content
		for _, t := range c.texts {
			content = append(content, schema.Content{Type: "paragraph", Text: t})
		}
		assert.Equal(t, c.want, headsQualities(content, c.at), "case %d", k)
	}
	blocks := notice("Legal Research Officer", "Location", "Ottawa", "Closing date", "31 May 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(3)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "You answer reference questions from the judges.", Pos: p(3)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "You train users on legal databases.", Pos: p(3)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Essential qualifications", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "A master's degree in library science.", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Experience in providing legal reference services.", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "Personal suitability", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Judgement", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Attention to detail", Pos: p(9)},
	)
	v := mustExtract(t, blocks)
	assert.NotContains(t, v.Requirements.EN.Essential, "Personal suitability")
	assert.Contains(t, v.Requirements.EN.Essential, "Judgement")
}

// A line of qualities separated by middle dots gives one name each; a
// row of tags with a figure, or two names only, does not.
func TestDotNames(t *testing.T) {
	for in, want := range map[string][]string{
		"Sens de l'organisation · Rigueur · Autonomie · Sens du service à la clientèle": {"Sens de l'organisation", "Rigueur", "Autonomie", "Sens du service à la clientèle"},
		"Souci de la sécurité · Autonomie · Esprit d'équipe":                            {"Souci de la sécurité", "Autonomie", "Esprit d'équipe"},
		"CDI · Temps plein · 35 h par semaine":                                          nil,
		"Rigueur · Autonomie":                                                           nil,
		"News · 04.05.2026":                                                             nil,
		"Rigueur et méthode – Respect du secret professionnel – Autonomie":              {"Rigueur et méthode", "Respect du secret professionnel", "Autonomie"},
		"Rigueur / Discrétion / Aisance rédactionnelle":                                 {"Rigueur", "Discrétion", "Aisance rédactionnelle"},
		"CDI – Temps plein – 35 h":                                                      nil,
	} {
		assert.Equal(t, want, qualityNames(in), in)
	}
	// Among criteria only middle dots part names: slashes part a
	// criterion's alternatives.
	assert.Nil(t, dotNames("University Degree / Professional Qualification / Equivalent Experience"))
	blocks := notice("Technicienne ou technicien en administration", "Lieu de travail", "Québec", "Date limite", "4 mai 2026",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Principales tâches", Pos: p(3)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Vous effectuez le suivi budgétaire des projets.", Pos: p(3)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Vous préparez les rapports financiers.", Pos: p(3)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Exigences", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Diplôme d'études collégiales en techniques administratives.", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Deux années d'expérience pertinente.", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Profil recherché", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Sens de l'organisation · Rigueur · Autonomie · Sens du service à la clientèle", Pos: p(8)},
	)
	v := mustExtract(t, blocks)
	assert.Equal(t, []schema.Competency{{Name: "Sens de l'organisation"}, {Name: "Rigueur"}, {Name: "Autonomie"},
		{Name: "Sens du service à la clientèle"}}, v.Competencies.FR)
	assert.Len(t, v.Requirements.FR.Essential, 2)
}

// A company's posting has no NATO header: its place and working time
// stand unlabelled under the title, its duties under "Job Description".
// Both are evidence of a notice.
func TestCompanyPostingIsANotice(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Level Designer", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Studio Lumen · Montréal, QC, Canada · Full-time", Pos: p(3)},
		{Kind: stream.Heading, Level: 2, Text: "Job Description", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "•", Text: "Design and block out levels.", Pos: p(6)},
		{Kind: stream.Heading, Level: 2, Text: "Qualifications", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "Three years of experience in level design.", Pos: p(9)},
	}
	v := mustExtract(t, blocks)
	assert.Equal(t, "Level Designer", *v.Title.EN)
}

func TestFactsIn(t *testing.T) {
	for text, want := range map[string][]string{
		"Studio Lumen · Montréal, QC, Canada · Full-time": {"location", "schedule"},
		"Temps plein":               {"schedule"},
		"Dorval, Québec, Canada":    {"location"},
		"We build narrative games.": nil,
		"Hoboken, BelgiumFull timeJR-2029-118374Posted 2 days ago": {"location", "schedule"}, // chips glued together
	} {
		fields := map[string]bool{}
		factsIn(text, fields)
		var got []string
		for f := range fields {
			got = append(got, f)
		}
		slices.Sort(got)
		assert.Equal(t, want, got, text)
	}
}

// A gazette's notice: its number and its post in the banner's sentence,
// its conditions after a lead-in, no header of fields.
func TestGazetteNotice(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Avis de recrutement n° 2026-88 d'un Attaché principal au Service des Titres de Circulation.", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "La Direction des Ressources Humaines fait savoir qu'il va être procédé au recrutement d'un Attaché principal, pour une durée déterminée.", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Les conditions à remplir sont les suivantes :", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "-", Text: "être titulaire d'un diplôme du baccalauréat ;", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "-", Text: "justifier d'une expérience de deux années.", Pos: p(7)},
	}
	v := mustExtract(t, blocks)
	assert.Equal(t, "2026-88", v.Reference)
	if assert.NotNil(t, v.Title.FR) {
		assert.Equal(t, "Attaché principal", *v.Title.FR)
	}
	assert.Nil(t, v.Organisation.FR) // "Avis" is the banner's word
}

func TestWithoutNextLabel(t *testing.T) {
	for in, want := range map[string]string{
		"Senior Budget Analyst Community: Iqaluit":          "Senior Budget Analyst",
		"Geospatial Information SpecialistBranch: Concepts": "Geospatial Information Specialist",
		"Policy Officer":                                         "Policy Officer",
		"Programme Officer – Digital Sky":                        "Programme Officer – Digital Sky",
		"Legal Officer: public international law (P-3) Grade: X": "Legal Officer: public international law (P-3)",
	} {
		assert.Equal(t, want, withoutNextLabel(in), in)
	}
}

// A half whose own first heading names no post ("The challenge") takes
// the post its other half's title names in both languages.
func TestTitleFromOtherHalfOverHeading(t *testing.T) {
	fr := []string{"Nous construisons une plateforme de recherche pour des centaines de grandes marques au Canada et ailleurs.",
		"Tu rejoindras l'équipe qui entraîne et évalue les modèles de classement et de génération de réponses."}
	en := []string{"We build a search platform for hundreds of large brands in Canada and elsewhere in the world.",
		"You will join the team that trains and evaluates the ranking and answer generation models of the product."}
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Développeur·se principal·e, pertinence / Senior Developer, Relevance", Pos: p(1)},
		{Kind: stream.Field, Label: "Lieu", Text: "Québec, Québec", Pos: p(2)},
		{Kind: stream.Field, Label: "Date limite", Text: "30 juin 2026", Pos: p(2)},
		{Kind: stream.Field, Label: "Horaire", Text: "Temps plein", Pos: p(2)},
		{Kind: stream.Heading, Level: 2, Text: "Le défi", Pos: p(2)},
		{Kind: stream.Paragraph, Text: fr[0], Pos: p(3)},
		{Kind: stream.Heading, Level: 2, Text: "Ce que tu apportes", Pos: p(4)},
		{Kind: stream.ListItem, Marker: "•", Text: "Un baccalauréat en génie logiciel ou dans un domaine connexe", Pos: p(5)},
		{Kind: stream.Paragraph, Text: fr[1], Pos: p(6)},
		{Kind: stream.Heading, Level: 2, Text: "The challenge", Pos: p(7)},
		{Kind: stream.Field, Label: "Location", Text: "Quebec City, Quebec", Pos: p(7)},
		{Kind: stream.Field, Label: "Deadline", Text: "30 June 2026", Pos: p(7)},
		{Kind: stream.Paragraph, Text: en[0], Pos: p(8)},
		{Kind: stream.Heading, Level: 2, Text: "What you bring", Pos: p(9)},
		{Kind: stream.ListItem, Marker: "•", Text: "A bachelor's degree in software engineering or a related field", Pos: p(10)},
		{Kind: stream.Paragraph, Text: en[1], Pos: p(11)},
	}
	v := mustExtract(t, blocks)
	if got := v.Title.Get("en"); got == nil || *got != "Senior Developer, Relevance" {
		t.Errorf("title.en = %v, want the other half's English part", got)
	}
}

func TestFactsRow(t *testing.T) {
	for _, c := range []struct {
		in, place, schedule string
		ok                  bool
	}{
		{"Paris / R&D – Catalog / Full-time / Hybrid", "Paris", "Full-time", true},
		{"Full-time · Brussels · Permanent employee · Programmes", "", "Full-time", true},
		{"Lyon · Temps plein · Finance", "Lyon", "Temps plein", true},
		{"Home / Careers / Open positions", "", "", false},        // no working time
		{"Paris / Full-time", "", "", false},                      // two parts: a place and a time of their own
		{"75015 Paris / Tech / Full-time", "", "Full-time", true}, // a postcode is no place alone here
		{"Toronto, ON, CanadaFull TimeEXHIBITIONS & GALLERIESExperienced", "Toronto, ON, Canada", "Full Time", true},
		{"McGill University, Montréal", "", "", false},
	} {
		place, schedule, ok := factsRow(c.in)
		if place != c.place || schedule != c.schedule || ok != c.ok {
			t.Errorf("factsRow(%q) = %q, %q, %v; want %q, %q, %v", c.in, place, schedule, ok, c.place, c.schedule, c.ok)
		}
	}
}

// A message that forwards a notice whole is the notice; one that only
// writes about a post (an invitation to an interview) is an e-mail.
func TestForwardedNotice(t *testing.T) {
	header := []stream.Block{
		{Kind: stream.Paragraph, Text: "From: Careers <careers@example.org>", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Subject: Job alert: Programme Officer", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Date: Fri, 15 May 2026 09:02 -0400", Pos: p(3)},
		{Kind: stream.Heading, Level: 1, Text: "Programme Officer", Pos: p(5)},
	}
	notice := append(append([]stream.Block(nil), header...),
		stream.Block{Kind: stream.Field, Label: "Reference", Text: "PO-2026-14", Pos: p(6)},
		stream.Block{Kind: stream.Field, Label: "Location", Text: "Brussels, Belgium", Pos: p(7)},
		stream.Block{Kind: stream.Field, Label: "Closing date", Text: "30 June 2026", Pos: p(8)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A university degree in economics or a related field.", Pos: p(10)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Three years of experience in programme management.", Pos: p(11)},
	)
	if _, err := extractText(notice); err != nil {
		t.Errorf("a forwarded notice: %v", err)
	}
	invitation := append(append([]stream.Block(nil), header...),
		stream.Block{Kind: stream.Paragraph, Text: "Dear candidate, we are pleased to invite you to an interview on 12 June 2026 at 10:00 in Brussels.", Pos: p(6)},
	)
	if _, err := extractText(invitation); err == nil {
		t.Error("an e-mail about a post is accepted")
	}
}

// A message whose header lines a layout joined into one paragraph, with
// a greeting, forwards the notice under it; a board's page that opened
// one post from its search results is that post.
func TestFramedNotice(t *testing.T) {
	body := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Programme Officer", Pos: p(5)},
		{Kind: stream.Field, Label: "Reference", Text: "PO-2026-14", Pos: p(6)},
		{Kind: stream.Field, Label: "Location", Text: "Brussels, Belgium", Pos: p(7)},
		{Kind: stream.Field, Label: "Closing date", Text: "30 June 2026", Pos: p(8)},
		{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(9)},
		{Kind: stream.ListItem, Marker: "•", Text: "Coordinate the programme's partners.", Pos: p(10)},
		{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(11)},
		{Kind: stream.ListItem, Marker: "•", Text: "A university degree in economics or a related field.", Pos: p(12)},
		{Kind: stream.ListItem, Marker: "•", Text: "Three years of experience in programme management.", Pos: p(13)},
	}
	mail := append([]stream.Block{
		{Kind: stream.Paragraph, Text: "De : Secrétariat secretariat@example.org Envoyé : lundi 18 janvier 2027 09:42 Objet : TR: Appel à candidatures / Call for applications", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Mesdames, Messieurs,", Pos: p(3)},
	}, body...)
	if _, err := extractText(mail); err != nil {
		t.Errorf("a forwarded notice: %v", err)
	}
	board := append([]stream.Block{
		{Kind: stream.Paragraph, Text: "Search results for \"programme officer\" in Brussels (42)", Pos: p(1)},
	}, body...)
	if _, err := extractText(board); err != nil {
		t.Errorf("a post opened from a board's results: %v", err)
	}
	// a site whose breadcrumb ends on the results, over a post named
	// as one ("Job opportunity") with no duties listed
	crumbs := append([]stream.Block{
		{Kind: stream.Paragraph, Text: "Canada.ca > Jobs > Job opportunities > Search results", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Job opportunity", Pos: p(2)},
	}, body[:4]...)
	crumbs = append(crumbs, body[6:]...)
	if _, err := extractText(crumbs); err != nil {
		t.Errorf("a post opened from a site's results, its breadcrumb ending on them: %v", err)
	}
	results := []stream.Block{
		{Kind: stream.Paragraph, Text: "Search results for \"programme officer\" in Brussels (42)", Pos: p(1)},
		{Kind: stream.ListItem, Marker: "•", Text: "Programme Officer – Brussels – Apply before 15.06.2026", Pos: p(2)},
		{Kind: stream.ListItem, Marker: "•", Text: "Finance Assistant – Mons – Apply before 20.06.2026", Pos: p(3)},
	}
	if _, err := extractText(results); err == nil {
		t.Error("a page of search results is accepted")
	}
}

// A page titled on working for the employer is no notice, whatever facts
// it gives; the same words in a site's menu over a notice are a link.
func TestCareersPage(t *testing.T) {
	facts := []stream.Block{
		{Kind: stream.Field, Label: "Location", Text: "Geneva and the whole canton", Pos: p(2)},
		{Kind: stream.Field, Label: "Working hours", Text: "flexible hours for most posts", Pos: p(3)},
		{Kind: stream.Field, Label: "Salary", Text: "a transparent pay system; each offer gives its range", Pos: p(4)},
		{Kind: stream.Heading, Level: 2, Text: "Your benefits", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "-", Text: "Six weeks of holidays from the first year.", Pos: p(6)},
	}
	page := append([]stream.Block{{Kind: stream.Heading, Level: 1, Text: "Working at Geneva Utilities: what we offer", Pos: p(1)}}, facts...)
	if _, err := extractText(page); err == nil {
		t.Error("a careers page is accepted")
	}
	notice := []stream.Block{
		{Kind: stream.Paragraph, Text: "Working at Geneva Utilities", Pos: p(1)},
		{Kind: stream.Heading, Level: 1, Text: "Senior Hydrographic Surveyor", Pos: p(2)},
		{Kind: stream.Field, Label: "Reference", Text: "V2026-0387", Pos: p(3)},
		{Kind: stream.Field, Label: "Location", Text: "Antwerp", Pos: p(4)},
		{Kind: stream.Field, Label: "Closing date", Text: "30 June 2026", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "Plan the survey campaigns of the port's channels.", Pos: p(7)},
		{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "A master's degree in hydrography or geomatics.", Pos: p(9)},
	}
	if _, err := extractText(notice); err != nil {
		t.Errorf("a notice under a menu's link: %v", err)
	}
}

// A notice written as blanks to fill in is a template; one blank in a
// notice is a slip.
func TestTemplate(t *testing.T) {
	blocks := func(location, deadline string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Product Designer", Pos: p(1)},
			{Kind: stream.Field, Label: "Reference", Text: "CDS-2026-012", Pos: p(2)},
			{Kind: stream.Field, Label: "Location", Text: location, Pos: p(3)},
			{Kind: stream.Field, Label: "Closing date", Text: deadline, Pos: p(4)},
			{Kind: stream.Heading, Level: 2, Text: "Essential qualifications", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "-", Text: "Five years of experience in product design.", Pos: p(6)},
		}
	}
	if _, err := extractText(blocks("[City, Province]", "[Month DD, YYYY]")); err == nil {
		t.Error("a template is accepted")
	}
	if _, err := extractText(blocks("Ottawa, Ontario", "[to be confirmed]")); err != nil {
		t.Errorf("a notice with one blank: %v", err)
	}
	assert.False(t, isPlaceholder("Grade [1]"), "a footnote's number is no blank")
	if _, err := extractText(blocks("country-city, e.g. Belgium-Brussels", "DD-Mmm-YYYY, 11:59 PM")); err == nil {
		t.Error("a guide's sample header is accepted")
	}
}

// A line of pay alone among the facts under a title is the post's
// salary; a figure with neither a range nor a period is not.
func TestIsPayLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"$84,236 to $118,419 (annual)", true},
		{"de 62 814 $ à 74 206 $ annuellement", true},
		{"6'200 CHF par mois", true},
		{"€ 45", false},
		{"The fund manages $4 billion of assets for its members across the region each year.", false},
	} {
		if got := isPayLine(c.in); got != c.want {
			t.Errorf("isPayLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// An applicant's CV names a post and its requirements' words, but opens
// with its writer's contact line and what the writer seeks.
func TestCV(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Daniel Ferreira", Pos: p(1)},
		{Kind: stream.Field, Label: "Location", Text: "Brampton, ON · Phone: (905) 555-0148 · Email: d.f@example.com", Pos: p(2)},
		{Kind: stream.Heading, Level: 2, Text: "Objective", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Seeking a Ramp Agent position at the airport.", Pos: p(4)},
		{Kind: stream.Heading, Level: 2, Text: "Education and certificates", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "•", Text: "Forklift operator certificate – 2023", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "Secondary School Diploma – 2020", Pos: p(7)},
	}
	_, err := extractText(blocks)
	if err == nil || !strings.Contains(err.Error(), "reads as a CV") {
		t.Errorf("a CV: %v", err)
	}
}

// A second list of assets that names qualities ("Sécurité : tu
// respectes…") is the notice's competencies.
func TestAssetsThatNameQualities(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Technicien électricien", Pos: p(1)},
		{Kind: stream.Field, Label: "Lieu", Text: "Namur", Pos: p(2)},
		{Kind: stream.Field, Label: "Date limite", Text: "30 juin 2026", Pos: p(2)},
		{Kind: stream.Field, Label: "Référence", Text: "52914", Pos: p(2)},
		{Kind: stream.Heading, Level: 2, Text: "Ta fonction", Pos: p(3)},
		{Kind: stream.ListItem, Marker: "•", Text: "Tu entretiens les installations électriques des voies.", Pos: p(3)},
		{Kind: stream.Heading, Level: 2, Text: "Ton profil", Pos: p(3)},
		{Kind: stream.ListItem, Marker: "•", Text: "Tu as un diplôme technique en électricité.", Pos: p(4)},
		{Kind: stream.Paragraph, Text: "Un plus :", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "•", Text: "Une expérience dans le secteur ferroviaire.", Pos: p(6)},
		{Kind: stream.Heading, Level: 2, Text: "Tes atouts", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "•", Text: "Sécurité : tu respectes les règles sans exception.", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "Esprit d'équipe : tu soutiens tes collègues.", Pos: p(9)},
		{Kind: stream.ListItem, Marker: "•", Text: "Sens des responsabilités : tu mènes tes interventions au bout.", Pos: p(10)},
	}
	v := mustExtract(t, blocks)
	assert.Equal(t, []string{"Une expérience dans le secteur ferroviaire."}, v.Requirements.FR.Desirable)
	if assert.Len(t, v.Competencies.FR, 3) {
		assert.Equal(t, "Sécurité", v.Competencies.FR[0].Name)
	}
}

// A second list under "Desirable" whose short items name a certificate or
// experience lists assets, not qualities; one whose named qualities say
// "knowledge" only in what they mean is the competencies.
func TestShortAssetsAreNoQualities(t *testing.T) {
	blocks := func(heading string, assets ...string) []stream.Block {
		b := []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Visitor Services Manager", Pos: p(1)},
			{Kind: stream.Field, Label: "Location", Text: "Inverness", Pos: p(2)},
			{Kind: stream.Field, Label: "Closing date", Text: "10 September 2038", Pos: p(2)},
			{Kind: stream.Field, Label: "Reference", Text: "NTS/2038/114", Pos: p(2)},
			{Kind: stream.Heading, Level: 2, Text: "Essential", Pos: p(3)},
			{Kind: stream.ListItem, Marker: "•", Text: "Experience of managing a visitor attraction", Pos: p(4)},
			{Kind: stream.ListItem, Marker: "•", Text: "A full UK driving licence", Pos: p(5)},
			{Kind: stream.Heading, Level: 2, Text: heading, Pos: p(6)},
		}
		for i, a := range assets {
			b = append(b, stream.Block{Kind: stream.ListItem, Marker: "•", Text: a, Pos: p(7 + i)})
		}
		return b
	}
	v := mustExtract(t, blocks("Desirable", "Gaelic language skills", "First aid at work certificate", "Experience of recruiting and supporting volunteers"))
	assert.Equal(t, []string{"Gaelic language skills", "First aid at work certificate", "Experience of recruiting and supporting volunteers"}, v.Requirements.EN.Desirable)
	assert.Empty(t, v.Competencies.EN)
	v = mustExtract(t, blocks("Desirable", "Clinical judgment: quickly sets priorities.", "Communication: gives clear information.", "Collaboration: shares knowledge with less experienced colleagues."))
	assert.Empty(t, v.Requirements.EN.Desirable)
	assert.Len(t, v.Competencies.EN, 3)
}

// "Our values" after the criteria, over named qualities, is the
// competencies of a notice that names none of its own; beside its
// competencies it stays the employer's values.
func TestValuesAfterCriteriaAreQualities(t *testing.T) {
	blocks := func(competencies bool) []stream.Block {
		b := []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Harbour Launch Skipper", Pos: p(1)},
			{Kind: stream.Field, Label: "Location", Text: "Kirkwall", Pos: p(2)},
			{Kind: stream.Field, Label: "Closing date", Text: "22 May 2037", Pos: p(3)},
			{Kind: stream.Field, Label: "Reference", Text: "ED-37-0263", Pos: p(4)},
			{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "•", Text: "Crew the harbour launch for pilot transfers.", Pos: p(6)},
			{Kind: stream.Heading, Level: 2, Text: "Essential", Pos: p(7)},
			{Kind: stream.ListItem, Marker: "•", Text: "A Boatmaster's Licence or equivalent", Pos: p(8)},
			{Kind: stream.ListItem, Marker: "•", Text: "Three years' experience of small-craft handling", Pos: p(9)},
		}
		if competencies {
			b = append(b, stream.Block{Kind: stream.Heading, Level: 2, Text: "Competencies", Pos: p(10)},
				stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Seamanship: handles the launch safely in any weather.", Pos: p(11)})
		}
		return append(b,
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Our values", Pos: p(12)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Calm under pressure: takes clear decisions when traffic changes quickly.", Pos: p(13)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Working together: builds trust with pilots and boat crews.", Pos: p(14)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Safety focus: puts people first in every operation.", Pos: p(15)})
	}
	v := mustExtract(t, blocks(false))
	if assert.Len(t, v.Competencies.EN, 3) {
		assert.Equal(t, "Calm under pressure", v.Competencies.EN[0].Name)
	}
	v = mustExtract(t, blocks(true))
	if assert.Len(t, v.Competencies.EN, 1) {
		assert.Equal(t, "Seamanship", v.Competencies.EN[0].Name)
	}
}

// A table of the post's facts after the last criterion ends the
// criteria; a salary field without an amount gives way to one with it.
func TestFactsAfterCriteria(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Defence Policy Officer", Pos: p(1)},
		{Kind: stream.Heading, Level: 2, Text: "Roles and responsibilities", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Attend committee meetings and report their outcome.", Pos: p(3)},
		{Kind: stream.Heading, Level: 2, Text: "Desirable qualifications", Pos: p(4)},
		{Kind: stream.Paragraph, Text: "Working knowledge of French.", Pos: p(5)},
		{Kind: stream.Field, Label: "Application deadline", Text: "7 February 2027", Pos: p(6)},
		{Kind: stream.Field, Label: "Type of Position", Text: "Fixed Term, Full-time", Pos: p(7)},
		{Kind: stream.Field, Label: "Region", Text: "Europe", Pos: p(8)},
		{Kind: stream.Field, Label: "Location (City)", Text: "Brussels", Pos: p(9)},
		{Kind: stream.Field, Label: "Salary Currency", Text: "EUR", Pos: p(10)},
		{Kind: stream.Field, Label: "Salary", Text: "3,912.47 per month", Pos: p(11)},
	}
	v := mustExtract(t, blocks)
	assert.Equal(t, []string{"Working knowledge of French."}, v.Requirements.EN.Desirable)
	assert.Equal(t, "Brussels", *v.Location.EN)
	if assert.NotNil(t, v.Salary) && assert.NotNil(t, v.Salary.Amount) {
		assert.Equal(t, 3912.47, *v.Salary.Amount)
	}
}

// A table of posts, a title a row, is a list of posts, not a notice.
func TestTableOfPosts(t *testing.T) {
	blocks := []stream.Block{{Kind: stream.Heading, Level: 1, Text: "Organisation chart and posts", Pos: p(1)}}
	for i, title := range []string{"Executive Secretary", "Finance Director", "Senior Accountant", "Data Expert"} {
		blocks = append(blocks,
			stream.Block{Kind: stream.Field, Label: "Post title", Text: title, Pos: p(2 + i)},
			stream.Block{Kind: stream.Field, Label: "Grade", Text: "P3", Pos: p(2 + i)},
			stream.Block{Kind: stream.Field, Label: "Location", Text: "Niamey", Pos: p(2 + i)})
	}
	_, err := extractText(blocks)
	if err == nil || !strings.Contains(err.Error(), "lists 4 posts by title") {
		t.Errorf("a table of posts: %v", err)
	}
	// An agency's page: each post a heading, its place, pay and reference.
	blocks = blocks[:1]
	for i, ref := range []string{"4217786", "4216602", "4215119"} {
		blocks = append(blocks,
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Fund Accountant", Pos: p(2 + 3*i)},
			stream.Block{Kind: stream.Field, Label: "Location", Text: "Luxembourg", Pos: p(3 + 3*i)},
			stream.Block{Kind: stream.Field, Label: "Reference", Text: ref, Pos: p(4 + 3*i)})
	}
	_, err = extractText(blocks)
	if err == nil || !strings.Contains(err.Error(), "lists 3 posts by reference") {
		t.Errorf("an agency's list of posts: %v", err)
	}
}

// A number after a dash ends a title as its reference, unless the dash
// joins digits into one number.
func TestSuffixRef(t *testing.T) {
	for _, c := range []struct{ in, title, ref string }{
		{"Staff Officer (Resilience Planning)-262107", "Staff Officer (Resilience Planning)", "262107"},
		{"Policy Officer - 251500", "Policy Officer ", "251500"},
		{"Field Engineer 2026 - 251500", "Field Engineer 2026 ", "251500"},
		{"Offre n° 2026-1583412", "", ""},
	} {
		m := reSuffixRef().FindStringSubmatch(c.in)
		var title, ref string
		if m != nil {
			title, ref = m[1], m[2]
		}
		if title != c.title || ref != c.ref {
			t.Errorf("reSuffixRef(%q) = %q, %q; want %q, %q", c.in, title, ref, c.title, c.ref)
		}
	}
}

func TestMarkOnlyRef(t *testing.T) {
	for in, want := range map[string]string{
		"N° 007/BDEAC/DRH/2026": "007/BDEAC/DRH/2026",
		"No. 2026-14":           "2026-14",
		"N° de l'avis":          "",
		"Ref. to be confirmed":  "",
		"007/BDEAC/DRH/2026":    "", // no mark
	} {
		if got := markOnlyRef(in); got != want {
			t.Errorf("markOnlyRef(%q) = %q, want %q", in, got, want)
		}
	}
}

// A banner in capitals run on with the title under it is cut off; a
// title in capitals, or one that opens with an acronym, is kept whole.
func TestTrimTitleBanner(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for in, want := range map[string]string{
		"OFFRE D’EMPLOI Responsable des partenariats (H/F)":                  "Responsable des partenariats (H/F)",
		"VACANCY NOTICE Senior Analyst":                                      "Senior Analyst",
		"NATO Senior Analyst":                                                "NATO Senior Analyst",
		"OFFRE D'EMPLOI CHARGÉ DE MISSION":                                   "OFFRE D'EMPLOI CHARGÉ DE MISSION",
		"Job Posting -- Program Officer, Education":                          "Program Officer, Education",
		"Affichage de poste — Agente de programme":                           "Agente de programme",
		"Nos offres > Côte d'Ivoire > Responsable Contrôle de Gestion (H/F)": "Responsable Contrôle de Gestion (H/F)",
		"Offres › Finance › Contrôleur de gestion industriel H/F":            "Contrôleur de gestion industriel H/F",
		"Analyst > Data": "Analyst > Data",
		// The page's heading at the end of a site's furniture, run on
		// before the title's dash.
		"Job Search > Job Description Job Description - Officer (Partnership Policy) - Political Affairs Division": "Officer (Partnership Policy) - Political Affairs Division",
		"NATO · Brussels · posted 5 days ago Job Description - Budget Analyst":                                     "Budget Analyst",
		"Descrizione Job Description - Supervisor (Ammunition Storage)":                                            "Supervisor (Ammunition Storage)",
		"Senior Officer - Data": "Senior Officer - Data",
		"Policy Officer (Job Description Review) - Human Resources": "Policy Officer (Job Description Review) - Human Resources",
		// A document's name in capitals, or a banner and the vacancy's
		// code, run on before the title.
		"FICHE DE POSTE Régisseur·se des collections (F/H)":                    "Régisseur·se des collections (F/H)",
		"JOB PACK Assistant Conservator (Organic Materials)":                   "Assistant Conservator (Organic Materials)",
		"APPEL DE CANDIDATURES Conseillère ou conseiller en conformité":        "Conseillère ou conseiller en conformité",
		"Vacancy Notice IHO/VN/2034/03 Data Standards Officer (S-100)":         "Data Standards Officer (S-100)",
		"Avis de vacance de poste IHO/VN/2034/03 Chargé(e) des normes (S-100)": "Chargé(e) des normes (S-100)",
		"Vacancy Notice Data Standards Officer":                                "Vacancy Notice Data Standards Officer",
	} {
		if got := x.trimTitle(in); got != want {
			t.Errorf("trimTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestScheduleValue(t *testing.T) {
	for in, want := range map[string]string{"Temps plein.": "Temps plein", "Temps plein ;": "Temps plein", "approx. 40 h.": "approx. 40 h.", "Full time": "Full time", "Full time...": "Full time..."} {
		if got := scheduleValue(in); got != want {
			t.Errorf("scheduleValue(%q) = %q, want %q", in, got, want)
		}
	}
}

// Both halves' titles above the first half's fields: each half takes the
// one in its language.
func TestTitleAbove(t *testing.T) {
	x := &extraction{voc: vocab.Default(), blocks: []stream.Block{
		{Kind: stream.Paragraph, Text: "Program Officer, Climate Resilience"},
		{Kind: stream.Paragraph, Text: "Administratrice ou administrateur de programme, Résilience climatique"},
		{Kind: stream.Paragraph, Text: "Job opportunity — external competition"},
		{Kind: stream.Field, Label: "Competition number", Text: "26-047"},
	}}
	title, _ := x.titleAbove(3, "en")
	assert.Equal(t, "Program Officer, Climate Resilience", title)
	title, _ = x.titleAbove(3, "fr")
	assert.Equal(t, "Administratrice ou administrateur de programme, Résilience climatique", title)
	title, _ = x.titleAbove(0, "en")
	assert.Equal(t, "", title)
}

// A field among short lines is a menu's only when its neighbours are; a
// date beside it is an unknown label's value, no menu item.
func TestFieldBesideDate(t *testing.T) {
	x := &extraction{voc: vocab.Default(), blocks: []stream.Block{
		{Kind: stream.Paragraph, Text: "Date du concours", Pos: stream.Pos{Line: 28}},
		{Kind: stream.Paragraph, Text: "05/07/2026", Pos: stream.Pos{Line: 29}},
		{Kind: stream.Field, Label: "Lieu d'affectation", Text: "Rabat", Pos: stream.Pos{Line: 30}},
		{Kind: stream.Paragraph, Text: "Mode de dépôt", Pos: stream.Pos{Line: 32}},
		{Kind: stream.Paragraph, Text: "En ligne", Pos: stream.Pos{Line: 33}},
	}}
	x.facts = make([]blockFacts, len(x.blocks))
	assert.False(t, x.fieldInMenu(2))
}

// A reference between a page's buttons and the notice's first heading is
// the header's field: a menu's items carry no number.
func TestNumberedFieldIsNoMenuItem(t *testing.T) {
	x := &extraction{voc: vocab.Default(), blocks: []stream.Block{
		{Kind: stream.Paragraph, Text: "Save", Pos: stream.Pos{Line: 13}},
		{Kind: stream.Paragraph, Text: "Share", Pos: stream.Pos{Line: 14}},
		{Kind: stream.Field, Label: "Job ID", Text: "REQ-26-0814", Pos: stream.Pos{Line: 15}},
		{Kind: stream.Paragraph, Text: "Your job", Pos: stream.Pos{Line: 16}},
		{Kind: stream.Paragraph, Text: "Print", Pos: stream.Pos{Line: 17}},
	}}
	x.facts = make([]blockFacts, len(x.blocks))
	assert.False(t, x.fieldInMenu(2))
	x.blocks[2] = stream.Block{Kind: stream.Field, Label: "Organization", Text: "Student Info", Pos: stream.Pos{Line: 15}}
	x.facts = make([]blockFacts, len(x.blocks))
	assert.True(t, x.fieldInMenu(2))
}

// An employer that names itself as the subject of a paragraph's second
// sentence is the employer.
func TestEmployerSubjectInSentence(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Senior Analyst, Financial Stability", Pos: p(1)},
		{Kind: stream.Field, Label: "Location", Text: "Ottawa, Ontario", Pos: p(2)},
		{Kind: stream.Field, Label: "Closing date", Text: "21 April 2026", Pos: p(3)},
		{Kind: stream.Heading, Level: 2, Text: "What you will do", Pos: p(4)},
		{Kind: stream.ListItem, Marker: "*", Text: "Analyse household debt and the housing market.", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "What you need", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "*", Text: "A master's degree in economics or finance.", Pos: p(7)},
		{Kind: stream.Heading, Level: 2, Text: "What we offer", Pos: p(8)},
		{Kind: stream.Paragraph, Text: "A competitive salary and a defined benefit pension plan. The Bank of Canada is committed to an inclusive and accessible workplace.", Pos: p(9)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "Bank of Canada", *v.Organisation.EN)
	}
}

// A board's place after a title's dash goes, and the employer before
// that place; the employer alone after a dash is the title's own.
func TestCutTitleTrail(t *testing.T) {
	for _, c := range []struct{ title, org, loc, want string }{
		{"Early Resolution Officer - Ombudsman Ontario - Toronto, ON", "Ombudsman", "", "Early Resolution Officer"},
		{"Chef de Partie Pâtisserie (H/F) - Marrakech", "Royal Mansour", "Marrakech", "Chef de Partie Pâtisserie (H/F)"},
		{"Communications Officer - NATO Science and Technology Organization", "NATO Science and Technology Organization", "France-Paris", "Communications Officer - NATO Science and Technology Organization"},
		{"Research Associate at International Institute of Tropical Agriculture (IITA)", "International Institute of Tropical Agriculture (IITA)", "", "Research Associate"},
		{"Vacancy at the Permanent Bureau: Legal Officer", "Permanent Bureau (PB)", "", "Vacancy at the Permanent Bureau: Legal Officer"},
	} {
		x := &extraction{voc: vocab.Default(), v: &schema.Vacancy{}}
		x.v.Title.Set("en", strp(c.title))
		x.v.Organisation.Set("en", strp(c.org))
		if c.loc != "" {
			x.v.Location.Set("en", strp(c.loc))
		}
		x.cutTitleTrail("en")
		if got := *x.v.Title.Get("en"); got != c.want {
			t.Errorf("cutTitleTrail(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestTitleUnderNoticeBanner: a classification marking over the
// notice's own banner is no banner to take the title under; the line
// under "NOTICE OF CIVILIAN VACANCY" is the title.
func TestTitleUnderNoticeBanner(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "NATO UNCLASSIFIED", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "B-7010 SHAPE, Belgium", Pos: p(2)},
		{Kind: stream.Heading, Level: 3, Text: "NOTICE OF CIVILIAN VACANCY", Pos: p(3)},
		{Kind: stream.Heading, Level: 3, Text: "CONFIGURATION MANAGEMENT OFFICER", Pos: p(4)},
		{Kind: stream.Field, Label: "Vacancy Number", Text: "FMN SEC/VN/2026/04", Pos: p(5)},
		{Kind: stream.Field, Label: "Location", Text: "Mons, Belgium", Pos: p(6)},
		{Kind: stream.Field, Label: "Closing Date", Text: "03 July 2026", Pos: p(7)},
	}
	blocks = append(blocks, listUnder("Requirements", 8, "A university degree in engineering.", "Five years of experience in configuration management.")...)
	v := mustExtract(t, blocks)
	assert.Equal(t, "CONFIGURATION MANAGEMENT OFFICER", deref(v.Title.EN))
}

// TestBoardFieldsYield: a board's number yields to the notice's labelled
// number, its place to the notice's place written in full; the employer
// a board names under its posting line is read.
func TestBoardFieldsYield(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Job offer", Pos: p(0)},
		{Kind: stream.Heading, Level: 1, Text: "Production Worker", Pos: p(1)},
		{Kind: stream.Field, Label: "Posted on", Text: "June 2, 2026 by employer", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Northern Foods (Canada)", Pos: p(3)},
		{Kind: stream.Field, Label: "Job Ref", Text: "225401873", Pos: p(4)},
		{Kind: stream.Field, Label: "Place of work", Text: "Geneva", Pos: p(5)},
		{Kind: stream.Field, Label: "Vacancy number", Text: "NF 26/03", Pos: p(6)},
		{Kind: stream.Field, Label: "Campus", Text: "La Grande Boissière, Geneva", Pos: p(7)},
		{Kind: stream.Field, Label: "Closing date", Text: "30 June 2026", Pos: p(8)},
	}
	blocks = slices.Concat(blocks,
		listUnder("Requirements", 9, "A secondary school diploma.", "One year of experience in food processing."),
		listUnder("Duties", 12, "You sort products on the line.", "You clean the equipment at the end of the shift."),
	)
	v := mustExtract(t, blocks)
	assert.Equal(t, "NF 26/03", v.Reference)
	assert.Equal(t, "La Grande Boissière, Geneva", deref(v.Location.EN))
	assert.Equal(t, "Northern Foods (Canada)", deref(v.Organisation.EN))
}

// TestGradeInFull: a board's grade yields to the notice's grades written
// in full.
func TestGradeInFull(t *testing.T) {
	blocks := notice("Vacuum Systems Engineer", "Location", "St Paul Lez Durance", "Deadline", "05 Jun 2026",
		stream.Block{Kind: stream.Field, Label: "Grade", Text: "P2 Type: Full-time", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Job Grade", Text: "P2/P3", Pos: p(5)},
	)
	blocks = append(blocks, listUnder("Requirements", 6, "A master's degree in engineering.", "Two years of experience in vacuum systems.")...)
	v := mustExtract(t, blocks)
	assert.Equal(t, "P2/P3", deref(v.Grade))
}

// TestGradeWithinCategory: a category's or a level's letter yields to the
// grade within it a later field gives: its scale, or its name under the
// word grade itself.
func TestGradeWithinCategory(t *testing.T) {
	for _, tt := range []struct{ label, value, want string }{
		{"Échelle barémique", "B1", "B1"},
		{"Grade", "Technicien supérieur hospitalier de 1re classe", "Technicien supérieur hospitalier de 1re classe"},
		{"Grade(s)", "Ingénieur hospitalier", "Ingénieur hospitalier"},
		{"Échelle barémique", "C2", "B"}, // another level's scale: the first stands
	} {
		blocks := notice("Technicien de maintenance", "Lieu de travail", "Rodez", "Date limite de candidature", "15/06/2035",
			stream.Block{Kind: stream.Field, Label: "Catégorie", Text: "B", Pos: p(4)},
			stream.Block{Kind: stream.Field, Label: tt.label, Text: tt.value, Pos: p(5)},
		)
		blocks = append(blocks, listUnder("Profil requis", 6, "Un diplôme de niveau bac+2 en maintenance.", "Trois ans d'expérience en établissement de santé.")...)
		v := mustExtract(t, blocks)
		assert.Equal(t, tt.want, deref(v.Grade), tt.label+": "+tt.value)
	}
}

// TestSeekingInLongParagraph: an employer seeking a post it names at the
// start of a long paragraph is the word that names the post on offer.
func TestSeekingInLongParagraph(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Human Rights Group", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Researcher, West Africa Division", Pos: p(2)},
		{Kind: stream.Field, Label: "Salary", Text: "USD 79,000 - 92,000 / year", Pos: p(3)},
		{Kind: stream.Heading, Level: 2, Text: "Description", Pos: p(4)},
		{Kind: stream.Paragraph, Text: "The Human Rights Group (HRG) is seeking a Researcher for its Africa Division to document conditions in three countries of the region. The Researcher will be based in Dakar and will report to the Associate Director, working with partners across the region every day.", Pos: p(5)},
	}
	blocks = slices.Concat(blocks,
		listUnder("Responsibilities", 6, "Carry out field investigations.", "Write reports and news releases."),
		listUnder("Qualifications", 9, "Advanced degree in law or journalism.", "Five years of experience in human rights research."),
	)
	v := mustExtract(t, blocks)
	assert.Equal(t, "Researcher, West Africa Division", deref(v.Title.EN))
}

// TestSalaryCurrencyField: a salary's currency given alone in a field of
// its own, then the amount.
func TestSalaryCurrencyField(t *testing.T) {
	blocks := notice("Trade and Investment Officer", "Location (City)", "Rabat", "Closing date", "30 June 2026",
		stream.Block{Kind: stream.Field, Label: "Salary Currency", Text: "MAD", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Salary", Text: "16,420", Pos: p(5)},
	)
	blocks = append(blocks, listUnder("Essential qualifications", 6, "Three years of experience in trade promotion.", "Fluent English and French.")...)
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Salary) {
		assert.Equal(t, "MAD", deref(v.Salary.Currency))
	}
}

// TestNotAVacancyAfterFields: a form of many fields whose first
// paragraph says it is no vacancy notice is refused.
func TestNotAVacancyAfterFields(t *testing.T) {
	blocks := []stream.Block{{Kind: stream.Heading, Level: 1, Text: "Post description", Pos: p(1)}}
	for i, f := range [][2]string{{"Reference", "HR/JE/2026/014"}, {"Post title", "Records Officer"}, {"Post number", "LOG 0230"},
		{"Section", "Maintenance Planning"}, {"Location", "Eindhoven"}, {"Current grade", "G10"}, {"Grade", "G11"},
		{"Reports to", "Manager"}, {"Incumbent", "Post encumbered"}, {"Date of submission", "12 May 2026"},
		{"Evaluation panel", "Session of 23 June 2026"}, {"Department", "Engineering"}} {
		blocks = append(blocks, stream.Block{Kind: stream.Field, Label: f[0], Text: f[1], Pos: p(2 + i)})
	}
	blocks = append(blocks,
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Purpose of this document", Pos: p(20)},
		stream.Block{Kind: stream.Paragraph, Text: "This description is submitted to the panel to review the grade of an existing post. It is not a vacancy notice: the post is filled and no applications will be accepted.", Pos: p(21)},
	)
	blocks = append(blocks, listUnder("Main tasks", 22, "Keeps the fleet's technical records.", "Checks the maintenance data.")...)
	_, err := extractText(blocks)
	if err == nil || !strings.Contains(err.Error(), "offers no post") {
		t.Errorf("a post description that says it is no vacancy: %v", err)
	}
}

// TestTitleLabelRef: a careers site's line "Title-262514", its title's
// label where the title goes, gives the reference, alone or at the end
// of a breadcrumb trail.
func TestTitleLabelRef(t *testing.T) {
	for _, line := range []string{"Title-262514", "Job Search › Job Description › Title-262514"} {
		blocks := []stream.Block{
			{Kind: stream.Paragraph, Text: line, Pos: p(1)},
			{Kind: stream.Heading, Level: 1, Text: "Budget Execution Officer", Pos: p(2)},
			{Kind: stream.Field, Label: "Primary Location", Text: "Belgium-Brussels", Pos: p(3)},
			{Kind: stream.Field, Label: "Application Deadline", Text: "14-Jul-2026", Pos: p(4)},
			{Kind: stream.Field, Label: "Grade", Text: "A3", Pos: p(5)},
		}
		blocks = append(blocks, listUnder("Qualifications", 6, "A university degree in finance.", "Six years of experience in budget control.")...)
		v := mustExtract(t, blocks)
		assert.Equal(t, "262514", v.Reference, line)
	}
}

// TestAcronymBeforeTitle: a board's employer in capitals before a colon
// and the title ("UNIDO : Industrial Development Officer") is no label.
func TestAcronymBeforeTitle(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "UNIDO : Industrial Development Officer (Circular Economy)", Pos: p(1)},
		{Kind: stream.Field, Label: "Grade", Text: "P-3", Pos: p(2)},
		{Kind: stream.Field, Label: "Location", Text: "Vienna", Pos: p(2)},
		{Kind: stream.Field, Label: "Deadline", Text: "30 June 2026", Pos: p(3)},
	}
	blocks = slices.Concat(blocks,
		listUnder("Qualifications", 4, "An advanced university degree in engineering.", "Five years of experience in industrial policy."),
		listUnder("Responsibilities", 7, "You design circular economy projects.", "You advise member states on industrial policy."),
	)
	v := mustExtract(t, blocks)
	assert.Equal(t, "Industrial Development Officer (Circular Economy)", deref(v.Title.EN))
}

// listUnder is a heading and the items of its list under it, on the
// lines from at on: the criteria or duties a test's notice needs.
func listUnder(heading string, at int, items ...string) []stream.Block {
	out := []stream.Block{{Kind: stream.Heading, Level: 2, Text: heading, Pos: p(at)}}
	for i, it := range items {
		out = append(out, stream.Block{Kind: stream.ListItem, Marker: "•", Text: it, Pos: p(at + 1 + i)})
	}
	return out
}

// TestGenreNameAsLabel: a lecturer's post names its course in a field
// ("Cours : LND 2101 – …"): a fact of the notice, not what the document
// is. A genre's name with a date ("Communiqué : 4 mai 2026") still is.
func TestGenreNameAsLabel(t *testing.T) {
	notice := func(line string) []stream.Block {
		blocks := []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Chargée ou chargé de cours – Littératie numérique", Pos: p(1)},
			{Kind: stream.Field, Label: "Numéro de référence", Text: "UOF-CC-2026-09", Pos: p(2)},
			{Kind: stream.Paragraph, Text: line, Pos: p(3)},
			{Kind: stream.Field, Label: "Lieu de travail", Text: "Toronto (Ontario)", Pos: p(4)},
			{Kind: stream.Field, Label: "Date limite", Text: "30 juin 2026", Pos: p(5)},
		}
		return slices.Concat(blocks,
			listUnder("Responsabilités", 6, "Prépare et donne les séances du cours.", "Conçoit et corrige les évaluations."),
			listUnder("Exigences", 9, "Une maîtrise dans une discipline pertinente.", "Une expérience de l'enseignement universitaire."))
	}
	v := mustExtract(t, notice("Cours : LND 2101 – Littératie numérique et cultures des données (3 crédits)"))
	assert.Equal(t, "UOF-CC-2026-09", v.Reference)
	_, err := extractText(notice("Communiqué : 4 mai 2026"))
	if err == nil || !strings.Contains(err.Error(), "press release") {
		t.Errorf("a genre's name with a date names the document: %v", err)
	}
}

// TestNewsletterCarryingANotice: a newsletter sent to carry one vacancy
// is read as the notice; one that lists posts without their criteria
// stays a newsletter.
func TestNewsletterCarryingANotice(t *testing.T) {
	head := []stream.Block{
		{Kind: stream.Paragraph, Text: "Newsletter · June 2026", Pos: p(1)},
		{Kind: stream.Heading, Level: 1, Text: "Vacancy announcement: Legal Officer", Pos: p(2)},
		{Kind: stream.Field, Label: "Reference", Text: "ACHPR/VA/2026/05", Pos: p(3)},
		{Kind: stream.Field, Label: "Grade", Text: "P2", Pos: p(4)},
		{Kind: stream.Field, Label: "Duty station", Text: "Banjul, The Gambia", Pos: p(5)},
		{Kind: stream.Field, Label: "Deadline", Text: "30 June 2026", Pos: p(6)},
	}
	v := mustExtract(t, slices.Concat(head, listUnder("Requirements", 7, "A master's degree in law.", "Three years of experience in human rights law.")))
	assert.Equal(t, "ACHPR/VA/2026/05", v.Reference)
	// The same newsletter as an e-mail, its header lines over it.
	mail := []stream.Block{
		{Kind: stream.Paragraph, Text: "From: News <news@example.org>", Pos: p(0)},
		{Kind: stream.Paragraph, Text: "To: subscribers", Pos: p(0)},
		{Kind: stream.Paragraph, Text: "Subject: June newsletter – a job opening", Pos: p(0)},
	}
	v = mustExtract(t, slices.Concat(mail, head, listUnder("Requirements", 7, "A master's degree in law.", "Three years of experience in human rights law.")))
	assert.Equal(t, "ACHPR/VA/2026/05", v.Reference)
	_, err := extractText(slices.Concat(head[:2],
		[]stream.Block{{Kind: stream.Paragraph, Text: "Also open: a Finance Assistant (deadline 12 July 2026) and a Driver (deadline 19 July 2026). Read more on our site.", Pos: p(3)}}))
	if err == nil || !strings.Contains(err.Error(), "newsletter") {
		t.Errorf("a newsletter that lists posts: %v", err)
	}
}

// TestBannerNamingTrailSection: under a trail that ends with the list of
// offers, a banner whose rest is one of the trail's pages ("OFFRE
// D'EMPLOI – PERSONNEL ENSEIGNANT" under "… > Personnel enseignant >
// Affichage") is the section's, and the title is the line after it.
func TestBannerNamingTrailSection(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Accueil > Emplois > Personnel enseignant > Affichage", Pos: p(1)},
		{Kind: stream.Heading, Level: 3, Text: "OFFRE D'EMPLOI – PERSONNEL ENSEIGNANT", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Professeure ou professeur en écologie des eaux douces", Pos: p(3)},
		{Kind: stream.Field, Label: "Numéro de l'affichage", Text: "2026-PR-118", Pos: p(4)},
		{Kind: stream.Field, Label: "Lieu de travail", Text: "Trois-Rivières (Québec)", Pos: p(5)},
		{Kind: stream.Field, Label: "Date limite", Text: "1er mai 2026", Pos: p(6)},
	}
	blocks = slices.Concat(blocks, listUnder("Exigences", 7, "Détenir un doctorat en écologie.", "Démontrer une aptitude à l'enseignement universitaire."))
	v := mustExtract(t, blocks)
	assert.Equal(t, "Professeure ou professeur en écologie des eaux douces", deref(v.Title.FR))
}

// TestFellowshipStipend: a fellowship's monthly stipend is its salary,
// for the month its label names whatever the value says of the
// instalments; "Preference will be given to" heads desirable criteria
// and "Terms of the fellowship" ends the criteria.
func TestFellowshipStipend(t *testing.T) {
	blocks := slices.Concat(notice("Postdoctoral fellowships in cosmology", "Location", "Trieste, Italy", "Deadline", "10 May 2026"),
		listUnder("Eligibility", 4, "A PhD in physics.", "Fluency in English."),
		listUnder("Preference will be given to", 7, "Candidates from developing countries."),
		listUnder("Terms of the fellowship", 9, "Duration: 2 years, renewable.", "Monthly stipend: EUR 2,900 (net, paid in twelve instalments per year)."))
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Salary) {
		assert.Equal(t, "month", deref(v.Salary.Period))
	}
	assert.Equal(t, []string{"A PhD in physics.", "Fluency in English."}, v.Requirements.EN.Essential)
	assert.Equal(t, []string{"Candidates from developing countries."}, v.Requirements.EN.Desirable)
}

// TestRulesPageRefused: a programme's rules for its interns lists a
// notice's fields (a reference, a place, a duration, deadlines) and its
// conditions, and offers no post.
func TestRulesPageRefused(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Programme de stages : règles applicables aux stagiaires", Pos: p(1)},
		{Kind: stream.Field, Label: "Référence", Text: "Note de service n° 2026-04/DG relative aux stages", Pos: p(2)},
		{Kind: stream.Field, Label: "Lieu", Text: "Bamako (Mali)", Pos: p(3)},
		{Kind: stream.Field, Label: "Durée", Text: "De deux à six mois", Pos: p(4)},
		{Kind: stream.Field, Label: "Dates limites", Text: "31 mars pour la session d'été, 30 septembre pour la session d'hiver", Pos: p(5)},
	}
	blocks = slices.Concat(blocks, listUnder("Conditions d'admission", 6, "être inscrit en dernière année d'un master ;", "présenter une convention de stage."))
	_, err := extractText(blocks)
	if err == nil || !strings.Contains(err.Error(), "page of rules") {
		t.Errorf("a programme's rules: %v", err)
	}
}

// TestSpellsOutCode: a place written in full after its short form (a
// board's summary, then the notice's field).
func TestSpellsOutCode(t *testing.T) {
	for _, c := range []struct {
		short, full string
		want        bool
	}{
		{"Shippagan, NB", "Shippagan, New Brunswick", true},
		{"Shanghai, CN", "Shanghai, China", true},
		{"Mississauga, ON", "Mississauga, Ontario (Courtneypark hub)", true},
		{"Montréal, QC", "Laval, Quebec", false},
		{"Geneva", "Geneva, Switzerland", false}, // (the prefix rule's case)
		{"Saint John, NB", "Saint John, NB", false},
		{"Paris, France", "Paris, Île-de-France", false},
		{"Ottawa, ON", "Ottawa, Ontario, Canada", false},
	} {
		assert.Equal(t, c.want, spellsOutCode(c.short, c.full), "%q then %q", c.short, c.full)
	}
}

// An establishment's field names the post's place, unless a place's own
// field follows: then the establishment, where no field names the
// employer, is the employer.
func TestFacilityField(t *testing.T) {
	doc := func(extra ...stream.Block) []stream.Block {
		blocks := []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Offre d'emploi : technologue en radiologie médicale", Pos: p(1)},
			{Kind: stream.Field, Label: "Établissement", Text: "Hôpital régional Chaleur, Bathurst", Pos: p(2)},
		}
		blocks = append(blocks, extra...)
		blocks = append(blocks, stream.Block{Kind: stream.Field, Label: "Date de clôture", Text: "14 juin 2026", Pos: p(5)})
		return append(blocks, listUnder("Exigences", 6, "Diplôme en technologie de radiologie médicale.", "Membre en règle de l'ordre professionnel.")...)
	}
	v := mustExtract(t, doc())
	assert.Equal(t, "Hôpital régional Chaleur, Bathurst", deref(v.Location.FR))
	v = mustExtract(t, doc(stream.Block{Kind: stream.Field, Label: "Lieu", Text: "Bathurst (Nouveau-Brunswick)", Pos: p(3)}))
	assert.Equal(t, "Bathurst (Nouveau-Brunswick)", deref(v.Location.FR))
	assert.Equal(t, "Hôpital régional Chaleur, Bathurst", deref(v.Organisation.FR))
}

// A site's menu whose items lost their spaces is no title; a name with
// a capital inside it is one word.
func TestGluedMenuIsNoTitle(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	assert.False(t, x.usableTitle("HomeJobsRecruitersAdvertiseNewsletterLogin"))
	assert.True(t, x.usableTitle("Comptable"))
	assert.False(t, x.usableTitle("Do you have experience in Cash handling? Yes No"), "a board's question")
	x.placeNames = []string{"Bureau du vérificateur général du Canada"}
	assert.False(t, x.usableTitle("Bureau du vérificateur général du Canada | Office of the Auditor General of Canada"), "the employer's bilingual banner")
	assert.Equal(t, 2, gluedWords("LinkedIn"))
	assert.Equal(t, 6, gluedWords("HomeJobsRecruitersAdvertiseNewsletterLogin"))
}

// An authority's decision (its preamble of "Vu …" lines, then "DÉCIDE :")
// is refused, whatever post's facts its articles give.
func TestLegalActIsNoNotice(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "OBJET : Nomination à titre définitif à l'issue du stage", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Vu la Nouvelle loi communale, notamment son article 145 ;", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Vu le statut administratif du personnel communal ;", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "DÉCIDE :", Pos: p(4)},
		{Kind: stream.Field, Label: "Fonction", Text: "secrétaire administrative", Pos: p(5)},
		{Kind: stream.Field, Label: "Niveau/barème", Text: "B1", Pos: p(6)},
		{Kind: stream.Field, Label: "Lieu de travail", Text: "boulevard Anspach 6, 1000 Bruxelles", Pos: p(7)},
		{Kind: stream.Field, Label: "Régime", Text: "temps plein (38 heures/semaine)", Pos: p(8)},
	}
	blocks = append(blocks, listUnder("Exigences", 9, "Diplôme de l'enseignement secondaire supérieur.", "Deux ans d'expérience.")...)
	if _, err := extractText(blocks); err == nil || !strings.Contains(err.Error(), "decision") {
		t.Errorf("Extract = %v, want a refusal that names a decision", err)
	}
}

// A shift's pattern with its hours is the working time where no hours
// field says it; a status mixes tenure and time, and "Jour" alone says
// no hours.
func TestShiftWithHoursIsTheSchedule(t *testing.T) {
	doc := func(shift string) []stream.Block {
		blocks := notice("Offre d'emploi : répartiteur médical d'urgence", "Lieu de travail", "Montréal", "Date de clôture", "14 juin 2026",
			stream.Block{Kind: stream.Field, Label: "Statut", Text: "Temps complet permanent", Pos: p(4)},
			stream.Block{Kind: stream.Field, Label: "Quart de travail", Text: shift, Pos: p(5)},
		)
		return append(blocks, listUnder("Exigences", 6, "Diplôme d'études secondaires.", "Bilinguisme.")...)
	}
	v := mustExtract(t, doc("Rotation jour/nuit (quarts de 12 heures)"))
	assert.Equal(t, "Rotation jour/nuit (quarts de 12 heures)", deref(v.Schedule.FR))
	v = mustExtract(t, doc("Jour"))
	assert.Equal(t, "Temps complet permanent", deref(v.Schedule.FR))
}

// A half that names no employer or place of its own, but writes the other
// half's by the same name ("Air France recrute à Roissy…"), has them.
func TestEmployerNamedInOtherHalf(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Cabin Crew Instructor", Pos: p(1)},
		{Kind: stream.Field, Label: "Company", Text: "Air France", Pos: p(2)},
		{Kind: stream.Field, Label: "Location", Text: "Roissy-Charles de Gaulle", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "You will train the cabin crew of the airline in safety and service procedures, in English and in French.", Pos: p(4)},
	}
	blocks = append(blocks, listUnder("Requirements", 5, "Three years of experience as cabin crew.", "Fluent English and French.")...)
	blocks = append(blocks,
		stream.Block{Kind: stream.Heading, Level: 1, Text: "Instructeur ou instructrice PNC", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Air France recrute un instructeur ou une instructrice à Roissy-Charles de Gaulle pour former ses équipages aux procédures de sécurité et de service.", Pos: p(9)},
	)
	blocks = append(blocks, listUnder("Exigences", 10, "Trois ans d'expérience comme membre d'équipage.", "Anglais et français courants.")...)
	v := mustExtract(t, blocks)
	assert.Equal(t, "Air France", deref(v.Organisation.EN))
	assert.Equal(t, "Air France", deref(v.Organisation.FR))
	assert.Equal(t, "Roissy-Charles de Gaulle", deref(v.Location.FR), "the place the French half writes as the English half's field does")
}

// A banner's number after a qualifier and its mark.
func TestBannerRef(t *testing.T) {
	for in, want := range map[string]string{
		"AVIS DE CONCOURS EXTERNE N° CE/07/2026":        "CE/07/2026",
		"Vacancy Notice No. VN-2026-14":                 "VN-2026-14",
		"AVIS DE VACANCE N° 12/2026":                    "12/2026",
		"JOB OPPORTUNITY — COMPETITION NO. TP-2026-07":  "TP-2026-07",
		"APPEL À CANDIDATURES – AVIS DE VACANCE : 4417": "4417",
		"Avis de vacance temporaire RCA/TJO/2031/007":   "RCA/TJO/2031/007",
	} {
		assert.Equal(t, want, bannerRef(in), in)
	}
}

func TestSwappedISO(t *testing.T) {
	assert.Equal(t, "2027-09-04", swappedISO("2027-04-09"))
	assert.Equal(t, "", swappedISO("2027-04-13"))
	assert.Equal(t, "", swappedISO(""))
}

// A letterhead naming the body in each language, in capitals, on two
// lines at the top: each half names it as a field of the notice spells it.
func TestBilingualLetterhead(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "INSTITUT NATIONAL DE RECHERCHE MARITIME", Pos: p(1)},
		{Kind: stream.Heading, Level: 3, Text: "NATIONAL INSTITUTE FOR MARITIME RESEARCH", Pos: p(2)},
		{Kind: stream.Heading, Level: 3, Text: "AVIS DE VACANCE 7714", Pos: p(3)},
		{Kind: stream.Field, Label: "Division", Text: "Institut national de recherche maritime", Pos: p(4)},
		{Kind: stream.Field, Label: "Titre", Text: "Technicien de maintenance navale", Pos: p(5)},
		{Kind: stream.Field, Label: "Lieu", Text: "Brest (France)", Pos: p(6)},
		{Kind: stream.Paragraph, Text: "Le titulaire assure l'entretien courant des équipements de bord et rédige les rapports d'intervention de la flotte.", Pos: p(7)},
	}
	blocks = append(blocks, listUnder("Qualifications essentielles", 8, "Diplôme technique en mécanique navale.", "Trois ans d'expérience à bord.")...)
	blocks = append(blocks,
		stream.Block{Kind: stream.Heading, Level: 3, Text: "VACANCY NOTICE 7714", Pos: p(20)},
		stream.Block{Kind: stream.Field, Label: "Division", Text: "National Institute for Maritime Research", Pos: p(21)},
		stream.Block{Kind: stream.Field, Label: "Title", Text: "Naval Maintenance Technician", Pos: p(22)},
		stream.Block{Kind: stream.Field, Label: "Location", Text: "Brest (France)", Pos: p(23)},
		stream.Block{Kind: stream.Paragraph, Text: "The incumbent carries out the routine upkeep of the equipment on board and writes the fleet's intervention reports.", Pos: p(24)},
	)
	blocks = append(blocks, listUnder("Essential qualifications", 25, "Technical diploma in naval mechanics.", "Three years of experience on board.")...)
	v := mustExtract(t, blocks)
	assert.Equal(t, "National Institute for Maritime Research", deref(v.Organisation.EN))
	assert.Equal(t, "Institut national de recherche maritime", deref(v.Organisation.FR))
}

// A site's menu item that a reader took for a heading ("How to Apply"
// among "Home" / "Job Openings" / "Staff Mobility") is a link, not what
// the page is.
func TestMenuHeadingIsALink(t *testing.T) {
	var blocks []stream.Block
	for i, m := range []string{"Careers Home", "Job Openings", "Staff Mobility"} {
		blocks = append(blocks, stream.Block{Kind: stream.Paragraph, Text: m, Pos: p(i + 1)})
	}
	blocks = append(blocks,
		stream.Block{Kind: stream.Heading, Level: 3, Text: "How to Apply", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "English Français", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Careers Home > Job Openings > Job Detail", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "HYDROLOGIST, P3", Pos: p(7)},
		stream.Block{Kind: stream.Field, Label: "Duty Station", Text: "NAIROBI", Pos: p(8)},
		stream.Block{Kind: stream.Field, Label: "Posting Period", Text: "04 March 2027 - 02 April 2027", Pos: p(9)},
		stream.Block{Kind: stream.Field, Label: "Job Opening Number", Text: "27-Hydrology-UNEP-204117-R-Nairobi (R)", Pos: p(10)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "Responsibilities", Pos: p(11)},
		stream.Block{Kind: stream.Paragraph, Text: "The hydrologist models river basins and advises governments on the management of shared waters.", Pos: p(12)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "Education", Pos: p(13)},
		stream.Block{Kind: stream.Paragraph, Text: "An advanced university degree in hydrology, civil engineering or a related field is required.", Pos: p(14)},
	)
	if _, err := extractText(blocks); err != nil {
		t.Errorf("a notice under a site's menu: %v", err)
	}
}

// A bare figure under a salary label takes its currency and period from
// a sentence about the pay that names them without a figure.
func TestBareSalaryTermsFromText(t *testing.T) {
	blocks := notice("Budget Assistant", "Location", "Mons, Belgium", "Closing date", "12 May 2027",
		stream.Block{Kind: stream.Field, Label: "Salary (Pay Basis)", Text: "3,894.12", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Essential qualifications", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Three years of experience in budget work.", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "The salary shown above is the basic salary, paid monthly in euros and free of national income tax.", Pos: p(7)},
	)
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Salary) {
		assert.Equal(t, "EUR", deref(v.Salary.Currency))
		assert.Equal(t, "month", deref(v.Salary.Period))
	}
	bare := notice("Budget Assistant", "Location", "Mons, Belgium", "Closing date", "12 May 2027",
		stream.Block{Kind: stream.Field, Label: "Salary (Pay Basis)", Text: "3,894.12", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Essential qualifications", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Three years of experience in budget work.", Pos: p(6)},
	)
	v = mustExtract(t, bare)
	if assert.NotNil(t, v.Salary) {
		assert.Nil(t, v.Salary.Currency, "a bare figure the notice says nothing more of")
	}
}

// A heading that ends with its colon leads into the lines under it: the
// first, short and in capitals like a list's head, is its first criterion.
func TestLinesUnderColonHeading(t *testing.T) {
	blocks := notice("Job posting: Traffic Signal Technologist", "Location", "Brampton, Ontario", "Closing date", "4 June 2027",
		stream.Block{Kind: stream.Heading, Level: 3, Text: "What you'll do", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "You review and adjust the signal timing plans of the city's intersections.", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "What you'll bring:", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "Post-secondary diploma in Civil Engineering Technology", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Minimum of 4 years of experience in traffic operations", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "Assets:", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Certified Engineering Technologist (C.E.T.) designation", Pos: p(9)},
		stream.Block{Kind: stream.Paragraph, Text: "Experience with GIS and data analysis tools", Pos: p(10)},
		stream.Block{Kind: stream.Paragraph, Text: "Knowledge of a second language is an asset", Pos: p(11)},
	)
	v := mustExtract(t, blocks)
	assert.Equal(t, []string{"Certified Engineering Technologist (C.E.T.) designation", "Experience with GIS and data analysis tools", "Knowledge of a second language is an asset"}, v.Requirements.EN.Desirable)
}

// A letterhead naming the body in both languages is no title; the banner
// with its number and the title after a dash gives both.
func TestBannerNumberThenTitle(t *testing.T) {
	assert.True(t, isBilingualLetterhead("INTERNATIONAL MILITARY STAFF | ÉTAT-MAJOR MILITAIRE INTERNATIONAL"))
	assert.False(t, isBilingualLetterhead("STAFF VACANCY | AVIS DE VACANCE"))
	assert.False(t, isBilingualLetterhead("ANALYSTE DES POLITIQUES ÉCONOMIQUES / ECONOMIC POLICY ANALYST"), "a title in both languages")
	assert.True(t, isBilingualLetterhead("INTERNATIONAL ORGANIZATION FOR MIGRATION / ORGANISATION INTERNATIONALE POUR LES MIGRATIONS"))
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "INTERNATIONAL MILITARY STAFF | ÉTAT-MAJOR MILITAIRE INTERNATIONAL", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "STAFF VACANCY 291407 - Records Clerk (Registry)", Pos: p(3)},
		{Kind: stream.Field, Label: "Grade", Text: "G6", Pos: p(5)},
		{Kind: stream.Field, Label: "Location", Text: "Brussels, Belgium", Pos: p(6)},
		{Kind: stream.Heading, Level: 3, Text: "Main duties", Pos: p(8)},
		{Kind: stream.Paragraph, Text: "The clerk registers the incoming and outgoing documents of the staff.", Pos: p(9)},
	}
	blocks = append(blocks, listUnder("Essential qualifications", 10, "Secondary education.", "Two years of experience in a registry.")...)
	v := mustExtract(t, blocks)
	assert.Equal(t, "Records Clerk (Registry)", deref(v.Title.EN))
	assert.Equal(t, "291407", v.Reference)
}

// A paragraph of sentences that weigh themselves gives each its weight;
// a sentence that only sets the scene is no criterion.
func TestWeighedSentences(t *testing.T) {
	need, assets := weighedSentences("English and French are the working languages of the Secretariat. For this position, fluency in English is required. Knowledge of French is desirable.")
	assert.Equal(t, []string{"For this position, fluency in English is required."}, need)
	assert.Equal(t, []string{"Knowledge of French is desirable."}, assets)
	need, assets = weighedSentences("A degree in law is required. Five years of experience are required.")
	assert.Nil(t, need, "no asset among them: the paragraph stays one criterion")
	assert.Nil(t, assets)
	need, assets = weighedSentences("A degree in law is required. Experience in EU law is desirable. Seven years of relevant experience.")
	assert.Equal(t, []string{"A degree in law is required.", "Seven years of relevant experience."}, need, "a sentence after the weighed ones keeps the criterion's weight")
	assert.Equal(t, []string{"Experience in EU law is desirable."}, assets)
	need, assets = weighedSentences("Fluency in English is required. Knowledge of Sesotho is desirable.")
	assert.Equal(t, []string{"Fluency in English is required."}, need, "two sentences of two weights are two criteria")
	assert.Equal(t, []string{"Knowledge of Sesotho is desirable."}, assets)
	need, _ = weighedSentences("Experience in EU law is desirable. Seven years of relevant experience. A degree.")
	assert.Nil(t, need, "no sentence says it is required")
	need, assets = weighedSentences("Advanced university degree in demography or statistics. Proven ability to analyse large data sets. Fluency in Portuguese and English is required. Desirable: Experience with a United Nations agency. Working knowledge of GIS.")
	assert.Equal(t, []string{"Advanced university degree in demography or statistics.", "Proven ability to analyse large data sets.", "Fluency in Portuguese and English is required."}, need,
		"a list run into one paragraph: its criteria before the weighed sentence are criteria")
	assert.Equal(t, []string{"Experience with a United Nations agency.", "Working knowledge of GIS."}, assets, "a weight run in weighs the sentences after it")
}

// A job board's card glues its facts to the title; a name's capital
// inside a title is no fact.
func TestWithoutGluedFacts(t *testing.T) {
	assert.Equal(t, "Controls Engineer – Packaging Equipment",
		withoutGluedFacts("Controls Engineer – Packaging EquipmentPremier Tech SystemsRivière-du-Loup, QCFull-timePosted 5 days ago"))
	assert.Equal(t, "Infirmier(ère) SIAMU – Unité de soins intensifs",
		withoutGluedFacts("Infirmier(ère) SIAMU – Unité de soins intensifsCHU UCL NamurYvoirCDITemps pleinPublié il y a 3 jours"))
	assert.Equal(t, "SharePoint Administrator at McGill", withoutGluedFacts("SharePoint Administrator at McGill"))
	assert.Equal(t, "Senior JavaScript Developer (React, TypeScript, NodeJS)", withoutGluedFacts("Senior JavaScript Developer (React, TypeScript, NodeJS)"))
	assert.Equal(t, "Senior DevOps Engineer – PowerShell, GitHub Actions", withoutGluedFacts("Senior DevOps Engineer – PowerShell, GitHub Actions"))
}

func TestRunInLabelPast(t *testing.T) {
	assert.True(t, runInLabelPast("Knowledge Management: Contributes to the terminology database.", len("Knowledge")))
	assert.False(t, runInLabelPast("Knowledge of French is an asset.", len("Knowledge")))
	assert.False(t, runInLabelPast("Education: A degree in law.", len("Education")))
	assert.False(t, runInLabelPast("Knowledge of the French language and culture: an asset.", len("Knowledge")), "a sentence, not a label, before the colon")
}

// Papers that name a post's facts and offer none: a final-pay receipt, a
// recruitment plan, a roster call that says it fills no post.
func TestPapersAroundAPost(t *testing.T) {
	for _, head := range []string{"REÇU POUR SOLDE DE TOUT COMPTE", "Recruitment plan – Hydrologist (replacement)"} {
		blocks := []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: head, Pos: p(1)},
			{Kind: stream.Field, Label: "Grade", Text: "Grade 6", Pos: p(2)},
			{Kind: stream.Field, Label: "Location", Text: "Perth", Pos: p(3)},
			{Kind: stream.Field, Label: "Closing date", Text: "30 June 2027", Pos: p(4)},
		}
		blocks = append(blocks, listUnder("Criteria", 5, "Degree in hydrology or civil engineering.", "Experience of flood hydrology methods.")...)
		_, err := extractText(blocks)
		if err == nil || !strings.Contains(err.Error(), "reads as a") {
			t.Errorf("%q: %v, want it refused for its genre", head, err)
		}
	}
	roster := notice("Talent roster call: Supply Chain Officers (P-2 to P-4)", "Location", "Various duty stations", "Deadline", "30 June 2028",
		stream.Block{Kind: stream.Paragraph, Text: "Please read carefully: this call does not correspond to a specific vacant post.", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Who should apply", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Professionals with an advanced university degree and five years of relevant experience.", Pos: p(6)},
	)
	if _, err := extractText(roster); err == nil || !strings.Contains(err.Error(), "offers no post") {
		t.Errorf("a roster call that fills no post: %v", err)
	}
}

// A field that says it has no value gives none; the notice's number
// after its title is no part of the title.
func TestNoValueAndNumberAfterTitle(t *testing.T) {
	blocks := notice("Nuclear Security Officer (Radiation Detection Systems) (2028/0412)", "Location", "Vienna, Austria", "Closing date", "30 June 2028",
		stream.Block{Kind: stream.Field, Label: "Vacancy Number", Text: "2028/0412", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Grade", Text: "N/A", Pos: p(5)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "The officer plans the deployment of radiation detection systems at borders.", Pos: p(7)},
	)
	blocks = append(blocks, listUnder("Required qualifications", 8, "Advanced university degree in physics.", "Seven years of experience in radiation detection.")...)
	v := mustExtract(t, blocks)
	assert.Equal(t, "Nuclear Security Officer (Radiation Detection Systems)", deref(v.Title.EN))
	assert.Nil(t, v.Grade, "Grade: N/A")
}

// A title's label over the next field ("Position: Status: Permanent
// Full-time") or over what the post is ("POSTE : À POURVOIR") gives no
// title: the heading that names the post does.
func TestTitleFieldOverNoTitle(t *testing.T) {
	for _, value := range []string{"Status: Permanent Full-time", "À POURVOIR"} {
		blocks := notice("Clinical Resource Nurse", "Location", "Winnipeg, Manitoba", "Closing date", "12 May 2027",
			stream.Block{Kind: stream.Field, Label: "Position", Text: value, Pos: p(4)},
			stream.Block{Kind: stream.Heading, Text: "Qualifications", Pos: p(5)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A nursing degree and three years of experience in cardiac care.", Pos: p(6)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Current registration with the provincial college of nurses.", Pos: p(7)},
		)
		v := mustExtract(t, blocks)
		assert.Equal(t, "Clinical Resource Nurse", deref(v.Title.Get("en")), value)
	}
}

// TestOtherPostsAfterNotice: the numbered titles of a site's other posts
// under "Similar jobs" are not the notice's, whose title carries its
// number after a dash; a half that opens with them reads no title from
// them.
func TestOtherPostsAfterNotice(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Officer (Audit Liaison) - Office of the Financial Controller-293114", Pos: p(1)},
		{Kind: stream.Field, Label: "Primary Location", Text: "Belgium-Brussels", Pos: p(2)},
		{Kind: stream.Field, Label: "Grade", Text: "NATO Grade G16", Pos: p(3)},
		{Kind: stream.Field, Label: "Application Deadline", Text: "09-Sep-2030", Pos: p(4)},
		{Kind: stream.Heading, Level: 2, Text: "Essential", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "•", Text: "hold a university degree in accounting or finance;", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "have five years of experience in financial statements.", Pos: p(7)},
		{Kind: stream.Paragraph, Text: "Similar jobs Assistant (Treasury) - Office of the Financial Controller (293077)", Pos: p(8)},
	}
	v, err := extractText(blocks)
	if err != nil {
		t.Fatal(err)
	}
	assert.Equal(t, "293114", v.Reference)
	assert.Equal(t, "G16", deref(v.Grade))
	_, err = extractText(blocks[7:])
	assert.Error(t, err, "a list of other posts alone is no notice")
}

// TestChatLinesAreNoTitle: a chat's channel and its divider between days
// are no title.
func TestChatLinesAreNoTitle(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for _, s := range []string{"#emplois-jobs", "Mardi 9 octobre", "Thursday, 14 March"} {
		assert.False(t, x.usableTitle(s), s)
	}
	assert.True(t, x.usableTitle("Show Control Developer"))
}

// TestHeaderWithoutBody: a few post fields over no section that says what
// the post asks or does (a board's short summary, a log) are no notice;
// the same fields over the post's requirements are one.
func TestHeaderWithoutBody(t *testing.T) {
	doc := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Posting LB-88213", Pos: p(1)},
		{Kind: stream.Field, Label: "Reference", Text: "LB-88213", Pos: p(2)},
		{Kind: stream.Field, Label: "Location", Text: "Laval, Quebec", Pos: p(3)},
		{Kind: stream.Field, Label: "Deadline", Text: "12 June 2026", Pos: p(4)},
		{Kind: stream.Field, Label: "Title", Text: "Long-haul Truck Driver", Pos: p(5)},
		{Kind: stream.Paragraph, Text: "Pick-up Monday at the Laval dock, delivery to Toronto on Tuesday morning.", Pos: p(6)},
	}
	if _, err := extractText(doc); err == nil {
		t.Error("a header over no requirements nor duties was read as a notice")
	}
	withBody := slices.Concat(doc[:5], listUnder("Requirements", 7, "A class 1 driving licence and three years of experience."))
	if _, err := extractText(withBody); err != nil {
		t.Errorf("the same header over requirements was refused: %v", err)
	}
}

// TestLeadingRefOfTitleField: a title field whose label the careers
// system glued to the vacancy's number ("Title-301226 IT Service Desk
// Technician") gives the number and the title apart.
func TestLeadingRefOfTitleField(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	got := x.withLeadingRef(titleFound{"-301226 IT Service Desk Technician", -1, ""})
	assert.Equal(t, "IT Service Desk Technician", got.text)
	assert.Equal(t, "301226", got.ref)
	got = x.withLeadingRef(titleFound{"-30 % discount for staff", -1, ""})
	assert.Equal(t, "", got.ref)
}

// TestDatedDeadlines: only the deadlines that give a date are counted
// when a board's page that opened one post is told from a list.
func TestDatedDeadlines(t *testing.T) {
	e := &evidence{deadlines: map[string]bool{"2029-12-07": true, "voir l'annonce": true}}
	assert.Equal(t, 1, e.datedDeadlines())
}

// A site's French interface over a notice written in both languages: the
// page's title, in English, heads both halves, and the French half names
// its post in a heading of its own.
func TestOwnHeadingTitle(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Analyst (Exercise Planning) - Operations Division", Pos: p(1)},
		{Kind: stream.Field, Label: "Lieu principal", Text: "Belgique-Bruxelles", Pos: p(2)},
		{Kind: stream.Field, Label: "Horaire", Text: "Temps plein", Pos: p(3)},
		{Kind: stream.Field, Label: "Date limite de candidature", Text: "18-avr.-2028", Pos: p(4)},
		{Kind: stream.Heading, Level: 3, Text: "Analyst (Exercise Planning) - Operations Division", Pos: p(5)},
		{Kind: stream.Heading, Level: 4, Text: "Summary", Pos: p(6)},
		{Kind: stream.Paragraph, Text: "The Operations Division prepares the crisis management exercises of the Alliance and draws the lessons of them for the Allies and for the staff.", Pos: p(7)},
		{Kind: stream.Heading, Level: 4, Text: "Essential qualifications", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "A university degree in international relations or political science.", Pos: p(9)},
		{Kind: stream.ListItem, Marker: "•", Text: "Four years of experience in the planning of exercises at national level.", Pos: p(10)},
		{Kind: stream.Heading, Level: 3, Text: "Analyste (planification des exercices) - Division Opérations", Pos: p(11)},
		{Kind: stream.Heading, Level: 4, Text: "Résumé", Pos: p(12)},
		{Kind: stream.Paragraph, Text: "La Division Opérations prépare les exercices de gestion de crise de l'Alliance et en tire les enseignements pour les Alliés et pour le personnel.", Pos: p(13)},
		{Kind: stream.Heading, Level: 4, Text: "Qualifications essentielles", Pos: p(14)},
		{Kind: stream.ListItem, Marker: "•", Text: "Diplôme universitaire en relations internationales ou en sciences politiques.", Pos: p(15)},
		{Kind: stream.ListItem, Marker: "•", Text: "Quatre années d'expérience de la planification d'exercices au niveau national.", Pos: p(16)},
	}
	v := mustExtract(t, blocks)
	assert.Equal(t, "Analyst (Exercise Planning) - Operations Division", deref(v.Title.EN))
	assert.Equal(t, "Analyste (planification des exercices) - Division Opérations", deref(v.Title.FR))
}

// Conditions told in prose under an eligibility heading give only what a
// candidate must bring: the terms of service beside them are none.
func TestEligibilityProse(t *testing.T) {
	blocks := notice("Monitoring Officer", "Location", "Tbilisi", "Deadline", "12 May 2031",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Main tasks", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Monitor the situation along the line and report on it.", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Draft the weekly reports of the field office.", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "General conditions", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Seconded staff are paid by their sending state. A tour of duty lasts twelve months.", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "A university degree in law or political science and five years of experience in the field.", Pos: p(9)},
	)
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Requirements.EN) {
		assert.Equal(t, []string{"A university degree in law or political science and five years of experience in the field."}, v.Requirements.EN.Essential)
	}
}

// A title both halves share that leans to neither language stays both
// halves' when the French half's headings are not a title's shape.
func TestOwnHeadingTitleShape(t *testing.T) {
	assert.True(t, sameShape("Officer (Crisis Response Exercises) - Operations Division",
		"Administrateur/Administratrice (exercices de réponse aux crises) - Division Opérations"))
	assert.False(t, sameShape("Data Scientist", "Ce que vous ferez comme analyste de données au quotidien"))
	assert.True(t, sameShape("Nurse", "Infirmier ou infirmière"))
}

// A letterhead of a body's name in many languages, lines in capitals
// from the top, does not push the call's own words out of the lead.
func TestLetterheadOutsideLead(t *testing.T) {
	var blocks []stream.Block
	for i, name := range []string{"GERICHTSHOF DER UNION", "COURT OF JUSTICE OF THE UNION", "COUR DE JUSTICE DE L'UNION",
		"CORTE DI GIUSTIZIA DELL'UNIONE", "HOF VAN JUSTITIE VAN DE UNIE", "TRIBUNAL DE JUSTICIA DE LA UNIÓN",
		"TRIBUNAL DE JUSTIÇA DA UNIÃO", "SOUDNÍ DVŮR UNIE", "EUROOPA LIIDU KOHUS", "SUD UNIJE", "SODIŠČE UNIJE",
		"EIROPAS SAVIENĪBAS TIESA", "AZ UNIÓ BÍRÓSÁGA", "EUROPEISKA UNIONENS DOMSTOL"} {
		blocks = append(blocks, stream.Block{Kind: stream.Paragraph, Text: name, Pos: p(i + 1)})
	}
	blocks = append(blocks,
		stream.Block{Kind: stream.Heading, Level: 1, Text: "AVIS DE VACANCE N° CJ 07/31", Pos: p(20)},
		stream.Block{Kind: stream.Paragraph, Text: "La Cour organise une procédure de sélection afin de recruter un agent temporaire (grade AD 7) pour exercer les fonctions d'administrateur en sécurité de l'information.", Pos: p(21)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Nature des fonctions", Pos: p(22)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "analyser les risques de sécurité des systèmes d'information ;", Pos: p(23)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "rédiger les politiques de sécurité de l'institution.", Pos: p(24)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Qualifications requises", Pos: p(25)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "diplôme universitaire en informatique ;", Pos: p(26)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "expérience professionnelle de quatre ans en sécurité de l'information.", Pos: p(27)},
	)
	_, err := extractText(blocks)
	assert.NoError(t, err)
}

// A sub-head the tables do not know over qualities each named and
// described, after the criteria, opens the competencies; contacts or a
// programme laid out the same way do not.
func TestNamedQualitiesAfterCriteria(t *testing.T) {
	blocks := notice("Communications Officer", "Location", "Tromsø, Norway", "Closing date", "17 January 2035",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Run the website and the newsletter.", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Nice to have", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Knowledge of Arctic affairs", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Knowledge of a Nordic language", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "How we work", Pos: p(7)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Storytelling: turns technical reports into stories people read", Pos: p(8)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Neutrality: represents every member in a balanced way", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Flexibility: adapts quickly to the rhythm of meetings", Pos: p(10)},
	)
	v := mustExtract(t, blocks)
	assert.Equal(t, []string{"Knowledge of Arctic affairs", "Knowledge of a Nordic language"}, v.Requirements.EN.Desirable)
	assert.Len(t, v.Competencies.EN, 3)

	contacts := notice("Communications Officer", "Location", "Tromsø, Norway", "Closing date", "17 January 2035",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Run the website and the newsletter.", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Nice to have", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Knowledge of Arctic affairs", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Questions", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "On the selection: Recruitment team, 418 555-0182", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "On the duties: Communications unit, 418 555-0147", Pos: p(9)},
		stream.Block{Kind: stream.Paragraph, Text: "On the contract: Human resources, 418 555-0199", Pos: p(10)},
	)
	v = mustExtract(t, contacts)
	assert.Empty(t, v.Competencies.EN)

	// tools and their use, under a sub-head of their own, stay criteria
	tools := notice("Data Analyst", "Location", "Brussels", "Closing date", "17 January 2035",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Build the monthly dashboards.", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "A degree in statistics", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Tools we use", Pos: p(7)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Excel: advanced use of pivot tables and macros", Pos: p(8)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Power BI: dashboards for the finance team", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "SQL Server: queries over the data warehouse", Pos: p(10)},
	)
	v = mustExtract(t, tools)
	assert.Empty(t, v.Competencies.EN)
	assert.Len(t, v.Requirements.EN.Essential, 4)
}

// TestBilingualBoxOfFacts: a box of facts that gives each field in French
// then in English, which the split keeps in the French half, gives each
// half its own language's values.
func TestBilingualBoxOfFacts(t *testing.T) {
	f := func(line int, label, value string) stream.Block {
		return stream.Block{Kind: stream.Field, Label: label, Text: value, Pos: p(line)}
	}
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Technicien en conservation", Pos: p(1)},
		f(2, "Lieu", "Montréal (Québec)"),
		f(3, "Location", "Montréal, Quebec"),
		f(4, "Horaire", "Temps plein, 35 heures par semaine"),
		f(5, "Schedule", "Full-time, 35 hours per week"),
		f(6, "Date limite", "31 octobre 2035"),
		f(7, "Deadline", "October 31, 2035"),
		{Kind: stream.Paragraph, Text: "Relevant de la conservatrice en chef des collections, la ou le technicien prépare les photographies pour les expositions, les prêts et la numérisation des collections du musée.", Pos: p(8)},
	}
	blocks = append(blocks, listUnder("Exigences", 9, "Diplôme collégial ou universitaire en conservation ou dans un domaine connexe;", "Trois ans d'expérience dans la manipulation d'œuvres sur papier ou de photographies.")...)
	blocks = append(blocks, stream.Block{Kind: stream.Heading, Level: 1, Text: "Conservation Technician", Pos: p(12)},
		stream.Block{Kind: stream.Paragraph, Text: "Reporting to the Chief Curator of Collections, the technician prepares photographs for exhibitions, loans and the digitisation of the museum's collections.", Pos: p(13)})
	blocks = append(blocks, listUnder("Requirements", 14, "A college or university degree in conservation or a related field;", "Three years of experience in handling works on paper or photographs.")...)
	v := mustExtract(t, blocks)
	assert.Equal(t, []string{"fr", "en"}, v.Languages)
	assert.Equal(t, "Montréal, Quebec", deref(v.Location.EN))
	assert.Equal(t, "Montréal (Québec)", deref(v.Location.FR))
	assert.Equal(t, "Full-time, 35 hours per week", deref(v.Schedule.EN))
	assert.Equal(t, "Temps plein, 35 heures par semaine", deref(v.Schedule.FR))
}

// A site's French interface names the body in English ("Organisme OTAN:
// NATO Support and Procurement Agency (NSPA)") over the notice's own
// field in French: the French half's employer is the French name.
func TestOrganisationInTheHalfsLanguage(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Assistant(e) administratif(ve) des contrats", Pos: p(1)},
		{Kind: stream.Field, Label: "Emplacement principal", Text: "France-Versailles", Pos: p(2)},
		{Kind: stream.Field, Label: "Organisme OTAN", Text: "NATO Support and Procurement Agency (NSPA)", Pos: p(3)},
		{Kind: stream.Field, Label: "Date limite de candidature", Text: "16 avril 2035", Pos: p(4)},
		{Kind: stream.Heading, Level: 2, Text: "AVIS DE VACANCE", Pos: p(5)},
		{Kind: stream.Field, Label: "Organisme", Text: "Agence OTAN de soutien et d'acquisition (NSPA)", Pos: p(6)},
		{Kind: stream.Heading, Level: 2, Text: "PRINCIPALES FONCTIONS", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "–", Text: "ouvre et tient à jour les dossiers de contrats et l'échéancier des renouvellements ;", Pos: p(8)},
		{Kind: stream.Heading, Level: 2, Text: "QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES", Pos: p(9)},
		{Kind: stream.ListItem, Marker: "–", Text: "Au moins quatre ans d'expérience dans un emploi administratif", Pos: p(10)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Organisation.FR) {
		assert.Equal(t, "Agence OTAN de soutien et d'acquisition (NSPA)", *v.Organisation.FR)
	}
}

// An employer's name a form's cell wrapped over two lines is read whole:
// the value ends on a word that leaves it open, or the acronym after the
// second line spells both or opens with the first's initial alone, the
// second line a paragraph or the next field's value; a unit's line under
// the field stays apart.
func TestWrappedEmployerName(t *testing.T) {
	for _, c := range []struct {
		lines []stream.Block
		want  string
	}{
		{[]stream.Block{
			{Kind: stream.Field, Label: "Organization", Text: "International Residual Mechanism for", Pos: p(4)},
			{Kind: stream.Paragraph, Text: "Criminal Tribunals (IRMCT)", Pos: p(5)},
		}, "International Residual Mechanism for Criminal Tribunals (IRMCT)"},
		{[]stream.Block{
			{Kind: stream.Field, Label: "Agency", Text: "NATO Airborne Early Warning and Control", Pos: p(4)},
			{Kind: stream.Paragraph, Text: "Programme Management Agency (NAPMA)", Pos: p(5)},
		}, "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)"},
		{[]stream.Block{
			{Kind: stream.Paragraph, Text: "NATO Airborne Early Warning and Control", Pos: p(4)},
			{Kind: stream.Field, Label: "Agency", Text: "Programme Management Agency (NAPMA)", Pos: p(5)},
		}, "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)"},
		{[]stream.Block{
			{Kind: stream.Field, Label: "Organization", Text: "NATO International Staff", Pos: p(4)},
			{Kind: stream.Paragraph, Text: "Office of Legal Affairs (OLA)", Pos: p(5)},
		}, "NATO International Staff"},
		// A former name's acronym opens with the first line's initial.
		{[]stream.Block{
			{Kind: stream.Field, Label: "Organisation", Text: "International Organization for Marine", Pos: p(4)},
			{Kind: stream.Paragraph, Text: "Aids to Navigation (IALA)", Pos: p(5)},
		}, "International Organization for Marine Aids to Navigation (IALA)"},
		// A dump's row ran the cell's second line into the next field.
		{[]stream.Block{
			{Kind: stream.Field, Label: "Organisation", Text: "United Cities and Local", Pos: p(4)},
			{Kind: stream.Field, Label: "Contract", Text: "Governments (UCLG)", Pos: p(5)},
		}, "United Cities and Local Governments (UCLG)"},
		{[]stream.Block{
			{Kind: stream.Field, Label: "Employer", Text: "EUMETNET SNC", Pos: p(4)},
			{Kind: stream.Field, Label: "Team/Programme", Text: "Secretariat / Observations Programme (E-OBS)", Pos: p(5)},
		}, "EUMETNET SNC"},
	} {
		blocks := append([]stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Associate Archivist", Pos: p(1)},
			{Kind: stream.Field, Label: "Duty station", Text: "Arusha", Pos: p(2)},
			{Kind: stream.Field, Label: "Deadline", Text: "4 August 2035", Pos: p(3)},
		}, c.lines...)
		blocks = append(blocks,
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Responsibilities", Pos: p(10)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Appraises and arranges incoming transfers of records.", Pos: p(11)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(12)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A first-level university degree in archival science.", Pos: p(13)},
		)
		v := mustExtract(t, blocks)
		if assert.NotNil(t, v.Organisation.EN) {
			assert.Equal(t, c.want, *v.Organisation.EN)
		}
	}
}

// A competencies section's names parted by commas, each with its
// capital, one as long as a quality's name in small letters; the box of
// the post's facts after it is no competency.
func TestCommaNamesThenFacts(t *testing.T) {
	blocks := slices.Concat(notice("Soudeur-monteur", "Lieu de travail", "Québec", "Date limite", "17 avril 2036"),
		listUnder("Ce qu'on recherche", 4, "Diplôme d'études professionnelles en soudage.", "Trois ans d'expérience en soudage."),
		[]stream.Block{
			{Kind: stream.Heading, Level: 3, Text: "Tes qualités", Pos: p(8)},
			{Kind: stream.Paragraph, Text: "Souci du travail bien fait, Respect des règles de santé et sécurité, Esprit d'équipe, Ponctualité", Pos: p(9)},
			{Kind: stream.Paragraph, Text: "Type d'emploi : Temps plein, Permanent", Pos: p(10)},
			{Kind: stream.Paragraph, Text: "Salaire : 34,50 $ à 41,25 $ par heure", Pos: p(11)},
		})
	v := mustExtract(t, blocks)
	assert.Equal(t, []schema.Competency{{Name: "Souci du travail bien fait"}, {Name: "Respect des règles de santé et sécurité"},
		{Name: "Esprit d'équipe"}, {Name: "Ponctualité"}}, v.Competencies.FR)
}

// A notice's number standing alone is no title; a labelled title that
// says it recruits names the post after the phrase; a post's seeking
// sentence ends without its exclamation mark.
func TestTitleNotNumberNorRecruitingPhrase(t *testing.T) {
	for text, want := range map[string]bool{
		"N° 0412/UK/P/SG/DRH/2036": true, "No 0046/UASZ/REC/DRH/2036": true, "Affichage n° /": true,
		"Assistant en sociologie rurale": false, "Technicien No 2": false,
	} {
		assert.Equal(t, want, isNumberLine(text), text)
	}
	blocks := slices.Concat([]stream.Block{
		{Kind: stream.Field, Label: "Titre", Text: "Recrutement d'un(e) Spécialiste en passation des marchés", Pos: p(1)},
		{Kind: stream.Field, Label: "Lieu d'affectation", Text: "Conakry", Pos: p(2)},
		{Kind: stream.Field, Label: "Date limite", Text: "11 février 2036", Pos: p(3)},
	}, listUnder("Profil", 4, "Diplôme de niveau Bac+4 en droit.", "Cinq ans d'expérience en passation des marchés."))
	v := mustExtract(t, blocks)
	assert.Equal(t, "Spécialiste en passation des marchés", deref(v.Title.FR))
}

// A capital "L'" inside a sentence is the name's own article ("About
// L'Arche Canada"); an article only where a sentence opens is not.
func TestWithOwnArticle(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Text: "About L'Arche Canada"},
		{Kind: stream.Paragraph, Text: "L'Université Laval souscrit à un programme d'accès à l'égalité."},
		{Kind: stream.Paragraph, Text: "Rejoignez l'Organisation mondiale de la santé. L'Agence recrute."},
		{Kind: stream.Paragraph, Text: "Accueil › L'OSM › Carrières"},
		{Kind: stream.Field, Label: "Délai", Text: "14.06.2026 L'Hôpital du Valais est un établissement de soins."},
	}
	for name, want := range map[string]string{
		"Arche Canada":                      "L'Arche Canada",
		"Université Laval":                  "Université Laval",
		"Organisation mondiale de la santé": "Organisation mondiale de la santé",
		"Agence":                            "Agence",
	} {
		if got := withOwnArticle(name, blocks); got != want {
			t.Errorf("withOwnArticle(%q) = %q, want %q", name, got, want)
		}
	}
}

// A public service's job site names the department under the title with
// its unit, wrapped, and again in the sentence that links to it: the
// employer is the department.
func TestEmployerFromOrganisationLink(t *testing.T) {
	v := mustExtract(t, []stream.Block{
		{Kind: stream.Paragraph, Text: "Government of Canada / Gouvernement du Canada", Pos: p(1)},
		{Kind: stream.Heading, Level: 1, Text: "Record Suspension Analyst", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Parole Board of Canada - Clemency and Record", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Suspension Division", Pos: p(4)},
		{Kind: stream.Paragraph, Text: "Ottawa (Ontario)", Pos: p(5)},
		{Kind: stream.Field, Label: "Reference number", Text: "PBC36J-140927-000014", Pos: p(6)},
		{Kind: stream.Paragraph, Text: "For further information on the organization, please visit Parole Board of Canada", Pos: p(7)},
		{Kind: stream.Field, Label: "Closing date", Text: "7 August 2036 - 23:59, Pacific Time", Pos: p(8)},
		{Kind: stream.Heading, Level: 2, Text: "Essential qualifications", Pos: p(9)},
		{Kind: stream.ListItem, Marker: "•", Text: "Graduation with a degree from a recognized post-secondary institution.", Pos: p(10)},
	})
	if got := v.Organisation.EN; got == nil || *got != "Parole Board of Canada" {
		t.Errorf("organisation = %v, want Parole Board of Canada", got)
	}
}

// A form's cell wraps a name over two lines, its acronym alone on the
// line level with the label: the two lines together spell it.
func TestAcronymSpansLines(t *testing.T) {
	for _, c := range []struct {
		first, second string
		want          bool
	}{
		{"NATO Airborne Early Warning and Control", "Programme Management Agency (NAPMA)", true},
		{"NATO Alliance Ground Surveillance Management Agency", "(NAGSMA)", true},
		{"Brussels, Belgium", "(NAGSMA)", false},
		{"NATO Alliance Ground Surveillance Management Agency", "(Brussels)", false},
		{"Human Resources Office", "Programme Management Agency (NAPMA)", false},
	} {
		if got := acronymSpansLines(c.first, c.second); got != c.want {
			t.Errorf("acronymSpansLines(%q, %q) = %v, want %v", c.first, c.second, got, c.want)
		}
	}
}

// A half that opens with its number as a field ("VACANCY NOTICE No.:
// …") has its title on the line under it, as under a banner.
func TestTitleUnderLeadingReference(t *testing.T) {
	blocks := slices.Concat([]stream.Block{
		{Kind: stream.Field, Label: "VACANCY NOTICE No.", Text: "007/2026/NBA/ES", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Senior Hydrologist", Pos: p(2)},
		{Kind: stream.Field, Label: "Duty station", Text: "Niamey, Niger", Pos: p(3)},
		{Kind: stream.Field, Label: "Grade", Text: "P4", Pos: p(4)},
		{Kind: stream.Field, Label: "Deadline", Text: "12 May 2026", Pos: p(5)},
	}, listUnder("Duties", 6, "Leads the hydrological studies of the basin."),
		listUnder("Requirements", 8, "A master's degree in hydrology.", "Ten years of experience in river basin management."))
	v := mustExtract(t, blocks)
	assert.Equal(t, "Senior Hydrologist", deref(v.Title.EN))
}

// Employers whose names open in small letters stay employers.
func TestOrganisationInSmallLetters(t *testing.T) {
	for _, name := range []string{"eu-LISA (European Union Agency for the Operational Management of Large-Scale IT Systems)", "bpost group, Belgian postal services and parcels company"} {
		blocks := slices.Concat(notice("Senior Security Officer", "Organisation", name, "Deadline", "12 June 2026"),
			listUnder("Duties", 4, "Runs the security of the data centre."),
			listUnder("Requirements", 6, "A university degree in computer science."))
		v := mustExtract(t, blocks)
		assert.Equal(t, name, deref(v.Organisation.EN))
	}
}

// TestWrappedGradeCell: a grade's cell wrapped, each line under the
// label ("Grade: NATO" / "Grade: G14"), gives the line with the code.
func TestWrappedGradeCell(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Paragraph, Text: "Head, Finance Section (NAGSMA-VN-2035-09)", Pos: p(1)},
		{Kind: stream.Field, Label: "Grade", Text: "NATO", Pos: p(2)},
		{Kind: stream.Field, Label: "Grade", Text: "G14", Pos: p(3)},
		{Kind: stream.Field, Label: "Location", Text: "Brussels, Belgium", Pos: p(4)},
		{Kind: stream.Field, Label: "Application Deadline", Text: "09-Sep-2030", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "Essential", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "hold a university degree in accounting or finance;", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "•", Text: "have five years of experience in financial statements.", Pos: p(8)},
	}
	v, err := extractText(blocks)
	if err != nil {
		t.Fatal(err)
	}
	assert.Equal(t, "G14", deref(v.Grade))
}

// A division's value over lines that name units, one a line, is the top
// of a hierarchy: the body that employs.
func TestDivisionOverItsUnits(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "STAFF VACANCY 383219", Pos: p(1)},
		{Kind: stream.Field, Label: "DIVISION", Text: "International Military Staff (IMS)", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Operations and Planning Division", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Current Operations Branch", Pos: p(4)},
		{Kind: stream.Field, Label: "TITLE", Text: "Staff Assistant (Readiness Reporting)", Pos: p(5)},
		{Kind: stream.Field, Label: "GRADE", Text: "B-6/G-12", Pos: p(6)},
		{Kind: stream.Field, Label: "LOCATION", Text: "Brussels, Belgium", Pos: p(7)},
		{Kind: stream.Heading, Level: 2, Text: "Essential Qualifications", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "a)", Text: "Higher secondary education.", Pos: p(9)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "International Military Staff", *v.Organisation.EN)
	}
	// A header that names its employer above keeps it: the division's
	// value is a unit's topic.
	named := append([]stream.Block{{Kind: stream.Paragraph, Text: "Ministry of Health", Pos: p(1)}}, blocks...)
	named[2].Text = "Strategic Policy"
	v = mustExtract(t, named)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "Ministry of Health", *v.Organisation.EN)
	}
	// A body's team named again in the prose is no body over the
	// division: the letterhead's employer stays.
	wfp := []stream.Block{
		{Kind: stream.Paragraph, Text: "WORLD FOOD PROGRAMME", Pos: p(1)},
		{Kind: stream.Heading, Level: 1, Text: "Finance Officer", Pos: p(2)},
		{Kind: stream.Field, Label: "Division", Text: "Human Resources Management Division", Pos: p(3)},
		{Kind: stream.Field, Label: "Grade", Text: "P-3", Pos: p(4)},
		{Kind: stream.Field, Label: "Duty station", Text: "Rome, Italy", Pos: p(5)},
		{Kind: stream.Field, Label: "Deadline", Text: "30 June 2038", Pos: p(6)},
		{Kind: stream.Heading, Level: 2, Text: "Qualifications", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "•", Text: "A degree in accounting.", Pos: p(8)},
		{Kind: stream.Paragraph, Text: "For questions, contact Human Resources by e-mail.", Pos: p(9)},
	}
	v = mustExtract(t, wfp)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "WORLD FOOD PROGRAMME", *v.Organisation.EN)
	}
	// A division's value as long as a page is read in time.
	x := &extraction{voc: vocab.Default()}
	long := strings.Repeat("Alpha Beta ", 1500) + "Logistics Division"
	body := []stream.Block{{Kind: stream.Field, Label: "DIVISION", Text: long}, {Kind: stream.Paragraph, Text: "Medical Branch"}}
	if name, _ := x.bodyOverUnits(body, 0, long); name != "" {
		t.Errorf("a page of words named the body %q", name)
	}
}

// A section headed like the contract's conditions ("Conditions
// particulières") that lists a diploma and years of experience holds the
// candidate's conditions: criteria.
func TestConditionsThatAreCriteria(t *testing.T) {
	blocks := notice("Conducteur de travaux voirie (H/F)", "Lieu de travail", "Stavelot", "Régime de travail", "Temps plein",
		stream.Block{Kind: stream.Field, Label: "Date limite de candidature", Text: "17 mai 2038", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Missions", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "organiser les chantiers de voirie ;", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Conditions particulières", Pos: p(7)},
		stream.Block{Kind: stream.ListItem, Marker: "1.", Text: "Être titulaire d'un bachelier à orientation technique ;", Pos: p(8)},
		stream.Block{Kind: stream.ListItem, Marker: "2.", Text: "Justifier d'une expérience de cinq ans minimum dans la conduite de chantiers ;", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "3.", Text: "Être titulaire du permis de conduire B.", Pos: p(10)},
	)
	v := mustExtract(t, blocks)
	if r := v.Requirements.FR; r == nil || len(r.Essential) != 3 {
		t.Errorf("essential %+v, want the three conditions", r)
	}
	// The contract's own conditions (its term, its pay) stay the
	// contract's.
	contract := notice("Building Maintenance Technician", "Location", "Springfield", "Closing date", "17 May 2038",
		stream.Block{Kind: stream.Field, Label: "Reference", Text: "SSD-2038-14", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Qualifications", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "High school diploma.", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Three years of experience in building maintenance.", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Conditions of employment", Pos: p(7)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Permanent, full-time position (40 hours per week).", Pos: p(8)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Starting salary depends on education and experience.", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Up to five years of previous experience are credited on the salary scale.", Pos: p(10)},
	)
	v = mustExtract(t, contract)
	if r := v.Requirements.EN; r == nil || len(r.Essential) != 2 {
		t.Errorf("essential %+v, want the two qualifications only", r)
	}
}

// A line in capitals the tables do not know, over qualities each with
// what it means after a dash, ends the assets: the qualities are
// competencies.
func TestDescribedQualitiesUnderCapitals(t *testing.T) {
	blocks := notice("Local Groups Coordinator", "Location", "Ottawa, Ontario", "Closing date", "12 May 2038",
		stream.Block{Kind: stream.Field, Label: "Reference", Text: "NC-2038-05", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "University degree in environmental studies.", Pos: p(6)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Three years of experience supporting volunteers.", Pos: p(7)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Assets", Pos: p(8)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Experience with a CRM.", Pos: p(9)},
		stream.Block{Kind: stream.Paragraph, Text: "HOW YOU WORK", Pos: p(10)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Relationship building — you make volunteers feel heard.", Pos: p(11)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Organization — you keep many small projects moving.", Pos: p(12)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Adaptability — you change plans when a campaign shifts.", Pos: p(13)},
	)
	v := mustExtract(t, blocks)
	want := []schema.Competency{
		{Name: "Relationship building", Description: "you make volunteers feel heard."},
		{Name: "Organization", Description: "you keep many small projects moving."},
		{Name: "Adaptability", Description: "you change plans when a campaign shifts."},
	}
	assert.Equal(t, want, v.Competencies.EN)
	if r := v.Requirements.EN; r == nil || len(r.Desirable) != 1 {
		t.Errorf("desirable %+v, want the one asset", r)
	}
	// Skills with their levels under capitals stay criteria.
	blocks[len(blocks)-4].Text = "TECHNICAL SKILLS"
	blocks[len(blocks)-3].Text = "Python – advanced, with pandas and pyarrow"
	blocks[len(blocks)-2].Text = "SQL – window functions and query tuning"
	blocks[len(blocks)-1].Text = "Kubernetes – deployment of batch jobs"
	v = mustExtract(t, blocks)
	assert.Empty(t, v.Competencies.EN)
}

// A board's breadcrumb that ends with a category named like a genre
// ("… > Lausanne > Events") over a post's whole page is no event; the
// same crumb over a page of no post's criteria is.
func TestBoardCategoryInBreadcrumb(t *testing.T) {
	doc := func(duties bool) []stream.Block {
		b := []stream.Block{
			{Kind: stream.Paragraph, Text: "SportsJobs > Lausanne > Events", Pos: p(1)},
			{Kind: stream.Heading, Level: 1, Text: "Event Operations Manager", Pos: p(2)},
			{Kind: stream.Field, Label: "Reference", Text: "WA-2037-HR-04", Pos: p(3)},
			{Kind: stream.Field, Label: "Location", Text: "Lausanne, Switzerland", Pos: p(4)},
			{Kind: stream.Field, Label: "Closing date", Text: "22 May 2037", Pos: p(5)},
			{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(6)},
			{Kind: stream.ListItem, Marker: "*", Text: "At least five years' experience delivering sports events.", Pos: p(7)},
		}
		if duties {
			b = append(b, stream.Block{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(8)},
				stream.Block{Kind: stream.ListItem, Marker: "*", Text: "Plan venues, logistics and transport.", Pos: p(9)})
		}
		return b
	}
	if _, err := extractText(doc(true)); err != nil {
		t.Errorf("a post's page under a board's category was refused: %v", err)
	}
	if _, err := extractText(doc(false)); err == nil {
		t.Error("a page under an events crumb, with no duties, was read as a notice")
	}
}

// A genre's name on a line of its own over an amount is the amount's
// label ("Salary scale" / "MUR 48,650 x 1,450 – 91,375 monthly"), not
// what the document is; over prose it names the document.
func TestGenreNameOverAnAmount(t *testing.T) {
	doc := func(under string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Customs Officer", Pos: p(1)},
			{Kind: stream.Field, Label: "Reference", Text: "HRM/VAC/2037/44", Pos: p(2)},
			{Kind: stream.Field, Label: "Location", Text: "Ebène", Pos: p(3)},
			{Kind: stream.Paragraph, Text: "Salary scale", Pos: p(4)},
			{Kind: stream.Paragraph, Text: under, Pos: p(5)},
			{Kind: stream.Field, Label: "Closing date", Text: "14 November 2037", Pos: p(6)},
			{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(7)},
			{Kind: stream.ListItem, Marker: "•", Text: "Examines declarations and goods.", Pos: p(8)},
			{Kind: stream.Heading, Level: 2, Text: "Qualifications", Pos: p(9)},
			{Kind: stream.ListItem, Marker: "•", Text: "A degree in accounting or law.", Pos: p(10)},
		}
	}
	if _, err := extractText(doc("MUR 48,650 x 1,450 – 62,700 x 2,000 – 91,375 monthly")); err != nil {
		t.Errorf("a notice whose salary scale is labelled over its amount was refused: %v", err)
	}
	if _, err := extractText(doc("The scales below apply from 1 July 2037 to all grades.")); err == nil {
		t.Error("a salary scale's page was read as a notice")
	}
	// The same label beside its value, a table's row in a layout's text.
	row := func(text string) []stream.Block {
		blocks := doc("")
		blocks[3].Text = text
		return append(blocks[:4], blocks[5:]...)
	}
	for _, text := range []string{"Salary scale                    Scale 20", "Salary scale      MUR 48,650 x 1,450 – 91,375 monthly"} {
		if _, err := extractText(row(text)); err != nil {
			t.Errorf("a notice with the row %q was refused: %v", text, err)
		}
	}
	if _, err := extractText(row("Salary scales   of the General Service apply from 1 July 2037 to every grade")); err == nil {
		t.Error("a salary scale's page was read as a notice")
	}
}

// A document's titles parted by a slash, the first a genre's ("Rental
// Agreement / Vehicle Condition Report"), say what it is, as a trail of
// a site's pages ending with a genre would.
func TestGenreBeforeASlash(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "HEATHSIDE VEHICLE RENTALS", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Rental Agreement / Vehicle Condition Report", Pos: p(2)},
		{Kind: stream.Field, Label: "Reference", Text: "HVR-2034-117842", Pos: p(3)},
		{Kind: stream.Field, Label: "Location", Text: "Heathside Airport Terminal 2", Pos: p(4)},
		{Kind: stream.Field, Label: "Employer", Text: "declared – not verified", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "MAIN DRIVER", Pos: p(6)},
		{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "•", Text: "A full driving licence held for two years.", Pos: p(8)},
	}
	if _, err := extractText(blocks); err == nil {
		t.Error("a rental agreement was read as a notice")
	}
}

// An employer field whose value a column layout ran together with the
// title's line before it is the employer's name alone.
func TestEmployerAfterTitleInColumn(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "AVIS DE RECRUTEMENT N° 1174/UAM/R/SG/DRH", Pos: p(1)},
		{Kind: stream.Field, Label: "Employeur", Text: "Enseignant-chercheur en hydrogéologie Université Abdou Moumouni de Niamey (UAM)", Pos: p(2)},
		{Kind: stream.Field, Label: "Lieu de travail", Text: "Niamey, campus principal", Pos: p(3)},
		{Kind: stream.Field, Label: "Date limite", Text: "08 décembre 2034", Pos: p(4)},
		{Kind: stream.Heading, Level: 3, Text: "Conditions de candidature", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "•", Text: "être titulaire d'un doctorat en hydrogéologie ;", Pos: p(6)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Organisation.FR) {
		assert.Equal(t, "Université Abdou Moumouni de Niamey (UAM)", *v.Organisation.FR)
	}
}

// A division's value whose acronym spells the label's word too is the
// tail of a unit's name, no body over the units under it.
func TestAcronymOpensWithName(t *testing.T) {
	for in, want := range map[string]bool{
		"International Military Staff (IMS)":          true,
		"International Military Staff":                true,
		"General Human Rights and Rule of Law (DG I)": false,
	} {
		if got := acronymOpensWithName(in); got != want {
			t.Errorf("acronymOpensWithName(%q) = %v, want %v", in, got, want)
		}
	}
}

// A division's value that runs the hierarchy together, or a body's line
// over the division, names the body that employs; a board's sector under
// a company's line, or a unit's name cut short, does not.
func TestBodyOverUnits(t *testing.T) {
	prose := stream.Block{Kind: stream.Paragraph, Text: "The Logistics and Resources Division of the International Military Staff advises the Military Committee on logistics.", Pos: p(20)}
	for _, c := range []struct {
		name   string
		blocks []stream.Block
		want   string
	}{
		{"run together, acronym", []stream.Block{
			{Kind: stream.Field, Label: "DIVISION", Text: "International Military Staff (IMS) Logistics and Resources Division", Pos: p(2)},
		}, "International Military Staff"},
		{"run together, named in prose", []stream.Block{
			{Kind: stream.Field, Label: "DIVISION", Text: "International Military Staff Operations and Planning Division Current Operations Branch", Pos: p(2)},
			prose,
		}, "International Military Staff"},
		{"the body's line over its units", []stream.Block{
			{Kind: stream.Paragraph, Text: "International Military Staff (IMS)", Pos: p(2)},
			{Kind: stream.Paragraph, Text: "Operations and Planning Division (O&P)", Pos: p(3)},
			{Kind: stream.Field, Label: "DIVISION", Text: "Exercises and Training Branch (E&T)", Pos: p(4)},
		}, "International Military Staff"},
		{"one unit's name", []stream.Block{
			{Kind: stream.Field, Label: "Directorate", Text: "Competition and State Aid Directorate (CSA)", Pos: p(2)},
			{Kind: stream.Paragraph, Text: "The Directorate enforces the Competition and State Aid rules of the Agreement.", Pos: p(20)},
		}, ""},
		{"a board's sector", []stream.Block{
			{Kind: stream.Paragraph, Text: "Multinational Corps Northeast", Pos: p(2)},
			{Kind: stream.Field, Label: "Sector", Text: "Public administration / Military", Pos: p(3)},
			{Kind: stream.Paragraph, Text: "Multinational Corps Northeast is looking for a translator.", Pos: p(20)},
		}, ""},
	} {
		x := &extraction{voc: vocab.Default(), blocks: c.blocks}
		at := len(c.blocks) - 1
		for c.blocks[at].Kind != stream.Field {
			at--
		}
		if got, _ := x.bodyOverUnits(c.blocks, at, c.blocks[at].Text); got != c.want {
			t.Errorf("%s: bodyOverUnits = %q, want %q", c.name, got, c.want)
		}
	}
}

// A competency's item under the employer's label ("a. Organisation: Plans
// own work…") names no employer.
func TestOrganisationCompetencyItem(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "STAFF VACANCY 321237", Pos: p(1)},
		{Kind: stream.Field, Label: "DIVISION", Text: "International Military Staff (IMS) Operations and Plans Division Exercises and Training Branch", Pos: p(2)},
		{Kind: stream.Field, Label: "TITLE", Text: "Staff Assistant (Exercise Scheduling and Records)", Pos: p(3)},
		{Kind: stream.Field, Label: "LOCATION", Text: "Brussels, Belgium", Pos: p(4)},
		{Kind: stream.Heading, Level: 3, Text: "Essential Qualifications", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "a.", Text: "Secondary education and two years of experience.", Pos: p(6)},
		{Kind: stream.Heading, Level: 3, Text: "Attributes/Competencies", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "a.", Text: "Organisation: Plans own work and anticipates peaks in the exercise calendar.", Pos: p(8)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "International Military Staff", *v.Organisation.EN)
	}
}

// A bare letterhead line that opens with an employer's word read as its
// label ("AGENCE" / "DJIBOUTIENNE DE DÉVELOPPEMENT SOCIAL") is the name
// whole when the document writes it so elsewhere; an employer's label
// before a name is a label.
func TestLabelOpensName(t *testing.T) {
	x := &extraction{voc: vocab.Default(), blocks: []stream.Block{
		{Kind: stream.Field, Label: "AGENCE", Text: "DJIBOUTIENNE DE DÉVELOPPEMENT SOCIAL", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "L'Agence Djiboutienne de Développement Social (ADDS) met en œuvre le programme national de transferts monétaires.", Pos: p(2)},
		{Kind: stream.Field, Label: "Organisation", Text: "Small Arms Survey", Pos: p(3)},
		{Kind: stream.Field, Label: "Organisation", Text: "Small Arms Survey", Pos: p(4)},
	}}
	if got := x.labelOpensName("AGENCE", "DJIBOUTIENNE DE DÉVELOPPEMENT SOCIAL"); got != "AGENCE DJIBOUTIENNE DE DÉVELOPPEMENT SOCIAL" {
		t.Errorf("labelOpensName(AGENCE) = %q", got)
	}
	if got := x.labelOpensName("Organisation", "Small Arms Survey"); got != "" {
		t.Errorf("labelOpensName(Organisation) = %q, want none", got)
	}
	// Another field's value writes the name whole: a board's employer
	// field under the chip its company's word was taken for a label of.
	x.blocks = []stream.Block{
		{Kind: stream.Field, Label: "Société", Text: "Nationale des Autoroutes du Maroc (ADM)", Pos: p(1)},
		{Kind: stream.Field, Label: "Employeur", Text: "Société Nationale des Autoroutes du Maroc (ADM)", Pos: p(2)},
	}
	if got := x.labelOpensName("Société", "Nationale des Autoroutes du Maroc (ADM)"); got != "Société Nationale des Autoroutes du Maroc (ADM)" {
		t.Errorf("labelOpensName(Société) = %q", got)
	}
	// A value that cannot open a name: the label's word is its head,
	// written whole elsewhere or not.
	x.blocks = nil
	for label, value := range map[string]string{
		"Société": "Nationale des Habitations à Bon Marché (SNHBM)",
		"Agence":  "OTAN de soutien et d'acquisition (NSPA)",
	} {
		if got := x.labelOpensName(label, value); got != label+" "+value {
			t.Errorf("labelOpensName(%s, %s) = %q", label, value, got)
		}
	}
}

// A board's facts parted by slashes under the title ("Procurement /
// Full-time / Geneva") name no genre, whatever word opens them.
func TestFactsPartedBySlashesAreNoGenre(t *testing.T) {
	for _, facts := range []string{"Procurement / Full-time / Geneva", "Events / Full-time / Lausanne"} {
		blocks := []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Procurement Assistant", Pos: p(1)},
			{Kind: stream.Paragraph, Text: facts, Pos: p(2)},
			{Kind: stream.Field, Label: "Reference", Text: "PR-2038-11", Pos: p(3)},
			{Kind: stream.Field, Label: "Closing date", Text: "12 May 2038", Pos: p(4)},
			{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "-", Text: "Prepares purchase orders.", Pos: p(6)},
			{Kind: stream.Heading, Level: 2, Text: "Profile", Pos: p(7)},
			{Kind: stream.ListItem, Marker: "-", Text: "Three years of experience in procurement.", Pos: p(8)},
		}
		if _, err := extractText(blocks); err != nil {
			t.Errorf("%q: a notice under a board's facts was refused: %v", facts, err)
		}
	}
}

// A banner's offer number after the employer's name is no part of it;
// a name that ends on figures of its own keeps them.
func TestWithoutOfferTail(t *testing.T) {
	for in, want := range map[string]string{
		"Compagnie nationale du Rhône Offre CNR-RH-2037-214": "Compagnie nationale du Rhône",
		"Eden Project Vacancy 2291":                          "Eden Project",
		"Groupe 3F":                                          "Groupe 3F",
		"Région Île-de-France":                               "Région Île-de-France",
		"Offre 2291":                                         "Offre 2291",
		"Agence nationale pour l'emploi des jeunes 2030":     "Agence nationale pour l'emploi des jeunes 2030",
		"Fondation Jeunesse 2040":                            "Fondation Jeunesse 2040",
	} {
		if got := withoutOfferTail(in); got != want {
			t.Errorf("withoutOfferTail(%q) = %q, want %q", in, got, want)
		}
	}
}

// Under "Similar jobs" after the criteria, a site's other posts whose
// first words are a heading's ("Education Officer – …", "Asset Engineer
// – …") open no part of the notice; a sidebar of other posts in the
// notice's midst gives way to the next heading.
func TestOtherPostsAfterCriteria(t *testing.T) {
	blocks := notice("Education Coordinator", "Location", "Bogotá, Colombia", "Closing date", "5 February 2029",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Coordinate the education programme in the region.", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "A degree in education or social sciences", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Three years of experience in education programmes", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "Similar jobs", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Education Officer – International NGO – Cúcuta, Colombia – Closing date: 12 Feb 2029", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Asset Engineer Substations – Sibelga – Brussels – Apply before 15.06.2026", Pos: p(9)},
		stream.Block{Kind: stream.Paragraph, Text: "Child Protection Coordinator – Bogotá, Colombia – Closing date: 28 Jan 2029", Pos: p(10)},
	)
	v := mustExtract(t, blocks)
	assert.Equal(t, []string{"A degree in education or social sciences", "Three years of experience in education programmes"}, v.Requirements.EN.Essential)
	assert.Empty(t, v.Requirements.EN.Desirable)

	sidebar := notice("Adviser, Ocean Governance", "Location", "London", "Closing date", "5 February 2029",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Lead the technical assistance to member governments.", Pos: p(4)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Essential", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A master's degree in marine policy", Pos: p(5)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "Related vacancies", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "Finance Assistant", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "London · Closing date: 15 June 2026", Pos: p(8)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "Desirable", Pos: p(9)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Working knowledge of French", Pos: p(10)},
	)
	v = mustExtract(t, sidebar)
	assert.Equal(t, []string{"A master's degree in marine policy"}, v.Requirements.EN.Essential)
	assert.Equal(t, []string{"Working knowledge of French"}, v.Requirements.EN.Desirable)
}

// A head word alone as the subject of the prose ("The Centre assists…")
// refers back to the name a field or a line gives in full; "About the
// Centre" refers back too and is no name; a word that names no kind of
// body is a name of its own and stays.
func TestEmployerNamedInFull(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []stream.Block
		want  string
	}{
		{"field", []stream.Block{
			{Kind: stream.Field, Label: "Office", Text: "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific", Pos: p(3)},
			{Kind: stream.Heading, Level: 2, Text: "About the Centre", Pos: p(4)},
			{Kind: stream.Paragraph, Text: "The Centre assists Member States in the region through dialogue, training and education. The intern joins its outreach team.", Pos: p(5)},
		}, "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"},
		{"letterhead line", []stream.Block{
			{Kind: stream.Paragraph, Text: "Lakeland Regional Water Authority", Pos: p(3)},
			{Kind: stream.Heading, Level: 2, Text: "Background", Pos: p(4)},
			{Kind: stream.Paragraph, Text: "The Authority supplies drinking water to four districts and runs two treatment plants. The post holder reports to its chief engineer.", Pos: p(5)},
		}, "Lakeland Regional Water Authority"},
		{"an address and a duty station are no names", []stream.Block{
			{Kind: stream.Paragraph, Text: "Address: Vienna International Centre, Wagramer Strasse 5, 1400 Vienna", Pos: p(3)},
			{Kind: stream.Field, Label: "Duty station", Text: "Vienna International Centre", Pos: p(4)},
			{Kind: stream.Paragraph, Text: "The Centre assists Member States in building capacity for disarmament and provides training.", Pos: p(5)},
		}, "Centre"},
		{"never in full", []stream.Block{
			{Kind: stream.Heading, Level: 2, Text: "Background", Pos: p(4)},
			{Kind: stream.Paragraph, Text: "The Secretariat supports Parties in reporting on their commitments each year. The consultant will help it improve the reports.", Pos: p(5)},
		}, "Secretariat"},
	} {
		blocks := append([]stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Vacancy: Associate Data Officer", Pos: p(1)},
			{Kind: stream.Field, Label: "Deadline", Text: "4 August 2035", Pos: p(2)},
		}, c.lines...)
		blocks = append(blocks,
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(10)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Checks the annual reports for gaps.", Pos: p(11)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(12)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A first-level university degree in statistics.", Pos: p(13)},
		)
		v := mustExtract(t, blocks)
		if assert.NotNil(t, v.Organisation.EN, c.name) {
			assert.Equal(t, c.want, *v.Organisation.EN, c.name)
		}
	}
}

// A registration deadline right under a post's own fields (its grade,
// contract, pay) closes the applications, as a public service writes it;
// under an event's place and fee it is the event's.
func TestRegistrationDeadlineUnderPostFields(t *testing.T) {
	deadline := "Date limite d'inscription : 21/03/2035"
	head := func(fields ...stream.Block) []stream.Block {
		blocks := []stream.Block{
			{Kind: stream.Paragraph, Text: "Coordinateur·rice de l'accueil (h/f/x)", Pos: p(1)},
			{Kind: stream.Field, Label: "Lieu de travail", Text: "Namur", Pos: p(2)},
		}
		blocks = append(blocks, fields...)
		return append(blocks,
			stream.Block{Kind: stream.Paragraph, Text: deadline, Pos: p(6)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Contenu de la fonction", Pos: p(7)},
			stream.Block{Kind: stream.Paragraph, Text: "Vous accompagnez une quarantaine de milieux d'accueil dans le respect de la réglementation.", Pos: p(8)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Votre profil", Pos: p(9)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Vous êtes titulaire d'un bachelier en sciences de l'éducation ;", Pos: p(10)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Vous avez trois ans d'expérience dans le secteur.", Pos: p(11)},
		)
	}
	_, err := extractText(head(
		stream.Block{Kind: stream.Field, Label: "Type de contrat", Text: "Contrat à durée indéterminée", Pos: p(3)},
		stream.Block{Kind: stream.Field, Label: "Niveau de fonction", Text: "B1", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Rémunération", Text: "41 270,44 € bruts par an", Pos: p(5)},
	))
	assert.NoError(t, err)
	// Its contract and grade alone, no pay written.
	_, err = extractText(head(
		stream.Block{Kind: stream.Field, Label: "Type de contrat", Text: "Contrat à durée indéterminée", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Niveau de fonction", Text: "B1", Pos: p(5)},
	))
	assert.NoError(t, err)
	events := [][]stream.Block{
		{{Kind: stream.Field, Label: "Horaire", Text: "de 9 h à 17 h", Pos: p(5)}},
		// A course's level and hours read as a grade and a working
		// time: no contract or pay says a post.
		{{Kind: stream.Field, Label: "Niveau", Text: "B1", Pos: p(4)}, {Kind: stream.Field, Label: "Horaires", Text: "de 9 h à 16 h, du lundi au vendredi", Pos: p(5)}},
	}
	for _, fields := range events {
		_, err = extractText(head(fields...))
		if assert.Error(t, err) {
			assert.Contains(t, err.Error(), "reads as an event")
		}
	}
	// A PDF's table row read into one line, without its colon: the
	// same under the same fields, whatever the time's colon.
	for _, deadline = range []string{"Date limite d'inscription 21 mars 2035 à 23:59", "Date limite d'inscription 21/03/2035 23:59"} {
		_, err = extractText(head(
			stream.Block{Kind: stream.Field, Label: "Type de contrat", Text: "Contrat à durée indéterminée", Pos: p(3)},
			stream.Block{Kind: stream.Field, Label: "Niveau de fonction", Text: "B1", Pos: p(4)},
			stream.Block{Kind: stream.Field, Label: "Rémunération", Text: "41 270,44 € bruts par an", Pos: p(5)},
		))
		assert.NoError(t, err, deadline)
	}
	deadline = "Date limite d'inscription 21 mars 2035, 23 h 59"
	_, err = extractText(head(
		stream.Block{Kind: stream.Field, Label: "Type de contrat", Text: "Contrat à durée indéterminée", Pos: p(3)},
		stream.Block{Kind: stream.Field, Label: "Niveau de fonction", Text: "B1", Pos: p(4)},
		stream.Block{Kind: stream.Field, Label: "Rémunération", Text: "41 270,44 € bruts par an", Pos: p(5)},
	))
	assert.NoError(t, err)
	for _, fields := range events {
		_, err = extractText(head(fields...))
		if assert.Error(t, err) {
			assert.Contains(t, err.Error(), "reads as an event")
		}
	}
}

// A place written again with its region in parentheses is the place in
// full: "Lieu / Location : Saint-Jean-sur-Richelieu" in a bilingual
// banner, then "Lieu de travail : Saint-Jean-sur-Richelieu (Québec)".
func TestPlaceWithRegionAfterBanner(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Offre d'emploi : technicien·ne d'essais", Pos: p(1)},
		{Kind: stream.Field, Label: "Lieu", Text: "Saint-Jean-sur-Richelieu", Pos: p(2)},
		{Kind: stream.Field, Label: "Lieu de travail", Text: "Saint-Jean-sur-Richelieu (Québec)", Pos: p(3)},
		{Kind: stream.Field, Label: "Date de clôture", Text: "14 juin 2026", Pos: p(4)},
	}
	blocks = append(blocks, listUnder("Exigences", 6, "Diplôme d'études collégiales en génie mécanique.", "Trois ans d'expérience en essais.")...)
	v := mustExtract(t, blocks)
	assert.Equal(t, "Saint-Jean-sur-Richelieu (Québec)", deref(v.Location.FR))
}

func TestNamesUnderCompetenciesHeading(t *testing.T) {
	blocks := notice("Senior Analyst", "Location", "Toronto", "Closing date", "10 July 2039",
		stream.Block{Kind: stream.Heading, Level: 2, Text: "What you bring", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A university degree in statistics or a related field.", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "At least five years of experience in data analysis.", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 3, Text: "Key competencies", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Impartiality, Accuracy, Collaboration, Accountability", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Apply through the careers portal by the closing date. Interviews: week of July 27, 2039.", Pos: p(9)},
	)
	v := mustExtract(t, blocks)
	var names []string
	for _, c := range v.Competencies.EN {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"Impartiality", "Accuracy", "Collaboration", "Accountability"}, names)
}

func TestValuesOverBehaviours(t *testing.T) {
	names := func(v *schema.Vacancy) []string {
		var out []string
		for _, c := range v.Competencies.EN {
			out = append(out, c.Name)
		}
		return out
	}
	for _, next := range []string{"Behaviours:", "Core competencies"} {
		blocks := notice("Research Associate", "Location", "Maastricht", "Deadline", "12 June 2026",
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Required qualifications", Pos: p(4)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A Master's degree in economics or public policy.", Pos: p(5)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Two years of research experience.", Pos: p(6)},
			stream.Block{Kind: stream.Heading, Level: 3, Text: "Values:", Pos: p(7)},
			stream.Block{Kind: stream.Paragraph, Text: "Inclusion", Pos: p(8)},
			stream.Block{Kind: stream.Paragraph, Text: "Integrity", Pos: p(9)},
			stream.Block{Kind: stream.Paragraph, Text: "Humility", Pos: p(10)},
			stream.Block{Kind: stream.Heading, Level: 3, Text: next, Pos: p(11)},
			stream.Block{Kind: stream.Paragraph, Text: "Connect and collaborate", Pos: p(12)},
			stream.Block{Kind: stream.Paragraph, Text: "Analyse and plan", Pos: p(13)},
			stream.Block{Kind: stream.Paragraph, Text: "Learn and develop", Pos: p(14)},
		)
		want := []string{"Connect and collaborate", "Analyse and plan", "Learn and develop"}
		if next == "Behaviours:" {
			// The two halves of one framework of values and behaviours.
			want = append([]string{"Inclusion", "Integrity", "Humility"}, want...)
		}
		assert.Equal(t, want, names(mustExtract(t, blocks)), next)
	}
}

// A board's keyword line after the competencies ("Mots-clés : presse,
// frappe, production") is no competency: it ends the list.
func TestKeywordsLineEndsCompetencies(t *testing.T) {
	blocks := notice("Électromécanicien (F/H)", "Lieu", "Sète", "Date limite", "30/04/2040",
		stream.Block{Kind: stream.Paragraph, Text: "Profil recherché", Pos: p(4)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "BTS en électrotechnique ou en maintenance industrielle", Pos: p(5)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Trois ans d'expérience en maintenance d'engins de levage", Pos: p(6)},
		stream.Block{Kind: stream.Paragraph, Text: "Savoir-être", Pos: p(7)},
		stream.Block{Kind: stream.Paragraph, Text: "Réactivité : vous intervenez vite lors d'une panne", Pos: p(8)},
		stream.Block{Kind: stream.Paragraph, Text: "Esprit d'équipe : vous partagez les informations avec l'équipe de quart", Pos: p(9)},
		stream.Block{Kind: stream.Paragraph, Text: "Mots-clés : maintenance, levage, hydraulique, port", Pos: p(10)},
	)
	v := mustExtract(t, blocks)
	var names []string
	for _, c := range v.Competencies.FR {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"Réactivité", "Esprit d'équipe"}, names)
}

// A heading parted from its sentence by a dash ("Education — An advanced
// degree…") opens its section, as with a colon; and a bulletin's "Also
// open" list of other posts after the criteria is no criterion.
func TestDashedRunInHeadingAndOtherPosts(t *testing.T) {
	blocks := notice("Head of Translation Service", "Duty Station", "Vienna", "Deadline", "1 March 2041",
		stream.Block{Kind: stream.Paragraph, Text: "Competencies — Professionalism: Knows the field well. Teamwork: Works with others.", Pos: p(4)},
		stream.Block{Kind: stream.Paragraph, Text: "Education — An advanced university degree in languages is required.", Pos: p(5)},
		stream.Block{Kind: stream.Paragraph, Text: "Languages — Fluency in English is required.", Pos: p(6)},
		stream.Block{Kind: stream.Heading, Level: 2, Text: "2. Also open", Pos: p(7)},
		stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Programme Officer, P3, UNODC – closes 16 February 2041", Pos: p(8)},
	)
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Requirements.EN) {
		assert.Contains(t, v.Requirements.EN.Essential, "An advanced university degree in languages is required.")
		for _, e := range v.Requirements.EN.Essential {
			assert.NotContains(t, e, "Programme Officer")
		}
	}
}

// A label followed by its translation in another script ("Référence
// المرجع") is the label.
func TestLabelWithItsTranslationInAnotherScript(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Rejoignez nos équipes", Pos: p(1)},
		{Kind: stream.Field, Label: "Référence المرجع", Text: "AB/RH/2041/03", Pos: p(2)},
		{Kind: stream.Field, Label: "Poste المنصب", Text: "Comptable principal", Pos: p(3)},
		{Kind: stream.Field, Label: "Lieu de travail مكان العمل", Text: "Nouakchott", Pos: p(4)},
		{Kind: stream.Field, Label: "Date limite آخر أجل", Text: "14 mai 2041", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "Profil", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "Master en comptabilité", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "•", Text: "Cinq ans d'expérience en cabinet", Pos: p(8)},
	}
	v := mustExtract(t, blocks)
	assert.Equal(t, "AB/RH/2041/03", v.Reference)
	assert.Equal(t, "Comptable principal", deref(v.Title.FR))
	assert.Equal(t, "Nouakchott", deref(v.Location.FR))
	assert.Equal(t, "2041-05-14", deref(v.Deadline))
}

// A chat message that says its team is hiring, over a post's title,
// facts and requirements, offers the post; without that line the same
// paste names no post on offer.
func TestChatSaysItsTeamIsHiring(t *testing.T) {
	doc := func(line string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Paragraph, Text: "#data-jobs", Pos: p(1)},
			{Kind: stream.Paragraph, Text: line, Pos: p(2)},
			{Kind: stream.Paragraph, Text: "Data Platform Engineer – Listening Signals", Pos: p(3)},
			{Kind: stream.Paragraph, Text: "Acme · Paris · CDI · hybrid", Pos: p(4)},
			{Kind: stream.Heading, Level: 3, Text: "What you'll need", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "•", Text: "4+ years of experience building data pipelines", Pos: p(6)},
			{Kind: stream.ListItem, Marker: "•", Text: "Strong Python and SQL", Pos: p(7)},
		}
	}
	if _, err := extractText(doc("hey all — my team is hiring 🎧 feel free to share")); err != nil {
		t.Errorf("a team that says it is hiring was refused: %v", err)
	}
	if _, err := extractText(doc("hey all — sharing this from a friend 🎧")); err == nil {
		t.Error("a paste that names no post on offer was read as a notice")
	}
}

// A title under its department's name, parted by a dash ("Education –
// Senior Policy Adviser, Schools Funding"), opens no section.
func TestDashedDepartmentOverATitle(t *testing.T) {
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Vacancy notice", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Education – Senior Policy Adviser, Schools Funding", Pos: p(2)},
		{Kind: stream.Field, Label: "Location", Text: "Leeds", Pos: p(3)},
		{Kind: stream.Field, Label: "Closing date", Text: "1 June 2040", Pos: p(4)},
		{Kind: stream.Heading, Level: 2, Text: "Main duties", Pos: p(5)},
		{Kind: stream.ListItem, Marker: "•", Text: "Advise ministers on school funding.", Pos: p(6)},
		{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(7)},
		{Kind: stream.ListItem, Marker: "•", Text: "Five years of experience in school funding policy.", Pos: p(8)},
	}
	v := mustExtract(t, blocks)
	for _, s := range v.Sections.EN {
		assert.NotEqual(t, "Education", s.Heading)
	}
}

// A part numbered in Roman numerals read as an item ("IV." "QUALITÉS
// PERSONNELLES"), or a heading after a sentence that leads into the
// assets ("Seront considérés comme des atouts :"), heads the qualities
// that end a section of criteria; "Abilities:" then "Personal
// suitability:" are heads of one section of criteria.
func TestQualitiesHeadAfterAssets(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	item := func(m, t string) schema.Content { return schema.Content{Type: "item", Marker: m, Text: t} }
	names := []schema.Content{item("•", "Rigueur"), item("•", "Disponibilité"), item("•", "Discrétion"), item("•", "Esprit d'équipe")}
	assets := []schema.Content{
		item("•", "une certification CCNA ou équivalente ;"),
		item("•", "une expérience de la virtualisation ;"),
	}
	s := schema.Section{Kind: "desirable", Content: append(append(slices.Clone(assets), item("IV.", "QUALITÉS PERSONNELLES")), names...)}
	assert.Equal(t, 2, x.qualitiesHead(s))

	// A Roman numeral before a sentence in small letters is an item.
	s = schema.Section{Kind: "desirable", Content: append(append(slices.Clone(assets), item("IV.", "Qualités personnelles")), names...)}
	assert.Equal(t, -1, x.qualitiesHead(s))

	lead := schema.Content{Type: "paragraph", Text: "Seront considérés comme des atouts :"}
	head := schema.Content{Type: "heading", Text: "V. QUALITÉS PERSONNELLES"}
	s = schema.Section{Kind: "desirable", Content: append(append(append([]schema.Content{lead}, assets...), head), names...)}
	assert.Equal(t, 3, x.qualitiesHead(s))

	abilities := schema.Content{Type: "paragraph", Text: "Abilities:"}
	suit := schema.Content{Type: "paragraph", Text: "Personal suitability:"}
	s = schema.Section{Kind: "essential", Content: append(append([]schema.Content{abilities, item("•", "Ability to communicate effectively in writing")}, suit), names...)}
	assert.Equal(t, -1, x.qualitiesHead(s))
}

// A lesser heading that names a genre above a page's title that names a
// post is a sidebar's box ("Agenda" with the council's dates, put before
// the notice in the page's source); under the title, or over a title
// that names no post, it says what the page is.
func TestSidebarGenreAboveTitle(t *testing.T) {
	doc := func(title string, sidebarFirst bool) []stream.Block {
		sidebar := []stream.Block{
			{Kind: stream.Heading, Level: 3, Text: "Agenda", Pos: p(1)},
			{Kind: stream.Paragraph, Text: "Séance plénière du Conseil : mercredi 29 janvier 2042, Tramelan", Pos: p(2)},
		}
		page := []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: title, Pos: p(3)},
			{Kind: stream.Field, Label: "Numéro de l'annonce", Text: "SG-2042-02", Pos: p(4)},
			{Kind: stream.Field, Label: "Lieu de travail", Text: "La Neuveville", Pos: p(5)},
			{Kind: stream.Field, Label: "Délai de postulation", Text: "20.02.2042", Pos: p(6)},
			{Kind: stream.Heading, Level: 2, Text: "Vos tâches", Pos: p(7)},
			{Kind: stream.Paragraph, Text: "Vous préparez les dossiers de la commission culturelle.", Pos: p(8)},
			{Kind: stream.Heading, Level: 2, Text: "Votre profil", Pos: p(9)},
			{Kind: stream.ListItem, Marker: "•", Text: "Master universitaire en sciences politiques", Pos: p(10)},
		}
		if sidebarFirst {
			return append(sidebar, page...)
		}
		return append(page, sidebar...)
	}
	if _, err := extractText(doc("Collaborateur/trice scientifique", true)); err != nil {
		t.Errorf("a notice with a sidebar's agenda above its title was refused: %v", err)
	}
	for _, c := range []struct {
		title   string
		sidebar bool
	}{
		{"Le Conseil en séance", true},              // the title names no post
		{"Collaborateur/trice scientifique", false}, // the genre's heading is under the title
	} {
		if _, err := extractText(doc(c.title, c.sidebar)); err == nil || !strings.Contains(err.Error(), "event") {
			t.Errorf("%q (sidebar first %v): err = %v, want an event's refusal", c.title, c.sidebar, err)
		}
	}
}

// A news site's page filed under its jobs prints a notice whole under
// its byline: the crumb names a post, and the criteria and fields are
// there. Under its news crumb, the same page is an article.
func TestNewsBylineUnderJobsCrumb(t *testing.T) {
	doc := func(crumb string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Paragraph, Text: crumb, Pos: p(1)},
			{Kind: stream.Paragraph, Text: "Hôpital régional : un avis de recrutement pour le service d'imagerie", Pos: p(2)},
			{Kind: stream.Paragraph, Text: "Par La Rédaction | 22 août 2042 à 11:20 | 1 834 lectures", Pos: p(3)},
			{Kind: stream.Heading, Level: 3, Text: "AVIS DE RECRUTEMENT", Pos: p(4)},
			{Kind: stream.Field, Label: "Référence", Text: "DRH/2042/027", Pos: p(5)},
			{Kind: stream.Field, Label: "Lieu d'affectation", Text: "Dakar", Pos: p(6)},
			{Kind: stream.Field, Label: "Type de contrat", Text: "CDD de deux ans", Pos: p(7)},
			{Kind: stream.Field, Label: "Date limite de dépôt", Text: "15 septembre 2042", Pos: p(8)},
			{Kind: stream.Heading, Level: 3, Text: "Profil requis", Pos: p(9)},
			{Kind: stream.ListItem, Marker: "•", Text: "Diplôme d'État de manipulateur en électroradiologie médicale", Pos: p(10)},
			{Kind: stream.ListItem, Marker: "•", Text: "Trois ans d'expérience en imagerie", Pos: p(11)},
		}
	}
	if _, err := extractText(doc("Accueil > Emploi > Avis de recrutement")); err != nil {
		t.Errorf("a notice printed under a jobs crumb was refused: %v", err)
	}
	if _, err := extractText(doc("Accueil > Santé > Hôpitaux")); err == nil || !strings.Contains(err.Error(), "news article") {
		t.Errorf("an article under a news crumb: err = %v, want a news article's refusal", err)
	}
}

// "Apply for this job" as a button's line over the form under a careers
// site's notice is the page's offer, as the same words in a heading are.
func TestApplyForThisJobLine(t *testing.T) {
	doc := func(last string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Senior Solutions Architect, Carrier Integrations", Pos: p(1)},
			{Kind: stream.Paragraph, Text: "Paris", Pos: p(2)},
			{Kind: stream.Heading, Level: 2, Text: "Responsibilities", Pos: p(3)},
			{Kind: stream.ListItem, Marker: "•", Text: "Design the integration architecture for our largest accounts", Pos: p(4)},
			{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "•", Text: "5+ years in a solutions engineering or integration role", Pos: p(6)},
			{Kind: stream.Heading, Level: 2, Text: "Package", Pos: p(7)},
			{Kind: stream.Paragraph, Text: "The base salary range for this role is €63,500 – €75,800 per year.", Pos: p(8)},
			{Kind: stream.Paragraph, Text: last, Pos: p(9)},
			{Kind: stream.Paragraph, Text: "First Name * Last Name * Email * Resume/CV *", Pos: p(10)},
		}
	}
	if _, err := extractText(doc("Apply for this job")); err != nil {
		t.Errorf("a careers site's notice with its apply button was refused: %v", err)
	}
	if _, err := extractText(doc("Tell us about yourself")); err == nil {
		t.Error("the same page without its apply button was read as a notice")
	}
}

// A jobs newsletter that carries one notice whole (its duties, criteria
// and fields, a line that names the post) is the notice, an event among
// its news included; without its duties it stays a newsletter.
func TestNewsletterWithOneNoticeAndAnEvent(t *testing.T) {
	doc := func(duties bool) []stream.Block {
		blocks := []stream.Block{
			{Kind: stream.Paragraph, Text: "GENÈVE INTERNATIONALE — Lettre d'information emplois n° 37/2037", Pos: p(1)},
			{Kind: stream.Paragraph, Text: "Journée portes ouvertes du Palais : samedi 10 octobre 2037.", Pos: p(2)},
			{Kind: stream.ListItem, Marker: "1)", Text: "Assistant(e) principal(e) à la gestion des documents (G-6)", Pos: p(3)},
			{Kind: stream.Field, Label: "Lieu d'affectation", Text: "Genève", Pos: p(4)},
			{Kind: stream.Field, Label: "Catégorie et classe", Text: "G-6", Pos: p(5)},
			{Kind: stream.Field, Label: "Clôture", Text: "18 septembre 2037", Pos: p(6)},
		}
		if duties {
			blocks = append(blocks, listUnder("Responsabilités", 7, "Planifie le traitement des documents de session ;", "Enregistre les documents dans le système.")...)
		}
		return append(blocks, listUnder("Formation", 10, "Diplôme de fin d'études secondaires ou équivalent.", "Sept ans d'expérience dans la gestion de documents.")...)
	}
	if _, err := extractText(doc(true)); err != nil {
		t.Errorf("a newsletter carrying one notice whole was refused: %v", err)
	}
	if _, err := extractText(doc(false)); err == nil {
		t.Error("a newsletter with an event and a post's fields, no duties, was read as a notice")
	}
}

// A careers site's chips that a PDF's line parts by single spaces only
// ("Hoboken, Belgium Full time JR-2029-118374 Posted 2 days ago") are
// the post's place and working time, two kinds of fact; one alone on a
// line of other words is none.
func TestSpacedChipsUnderTitle(t *testing.T) {
	doc := func(chips string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 2, Text: "Process Engineer – Battery Materials Recycling", Pos: p(1)},
			{Kind: stream.Paragraph, Text: chips, Pos: p(2)},
			{Kind: stream.Paragraph, Text: "Apply", Pos: p(3)},
			{Kind: stream.Heading, Level: 3, Text: "What you will do", Pos: p(4)},
			{Kind: stream.ListItem, Marker: "•", Text: "Follow the daily performance of the leaching units.", Pos: p(5)},
			{Kind: stream.Heading, Level: 2, Text: "Who you are", Pos: p(6)},
			{Kind: stream.ListItem, Marker: "•", Text: "Master's degree in chemical engineering.", Pos: p(7)},
		}
	}
	if _, err := extractText(doc("Hoboken, Belgium Full time JR-2029-118374 Posted 2 days ago")); err != nil {
		t.Errorf("a careers page with spaced chips was refused: %v", err)
	}
	if _, err := extractText(doc("Our team works full time on recycling JR-2029-118374")); err == nil {
		t.Error("a line with one fact among other words was read as a page's chips")
	}
}

// Competencies a layout ran into one line, each named and described,
// are cut apart: after a stop, or before a colon at the nearest word with
// a capital. A name's conduct parted by dashes, a label after a name and
// a line of the post's facts stay whole.
func TestDescribedCompetenciesRunTogether(t *testing.T) {
	v := vocab.Default()
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Rigueur : produit des séries fiables Esprit de synthèse : traduit les données en messages clairs",
			[]string{"Rigueur : produit des séries fiables", "Esprit de synthèse : traduit les données en messages clairs"}},
		{"Accuracy – you catch an inconsistent label. Collaboration – you work easily with curators.",
			[]string{"Accuracy – you catch an inconsistent label.", "Collaboration – you work easily with curators."}},
		{"Leadership rassembleur : sait réunir des bénévoles; Autonomie : organise son travail.",
			[]string{"Leadership rassembleur : sait réunir des bénévoles", "Autonomie : organise son travail."}},
		{"Communication – Speaks clearly – Listens to others", nil},
		{"Leadership: LEVEL 2: Scales up solutions across teams", nil},
		{"Rémunération. Fonctionnaires : grille des ingénieurs. Contractuels : de 2 230 à 2 640 € bruts", nil},
		{"Conditions Numéro : 2026-1184 Lieu de travail : Trois-Rivières Horaire : Temps plein, 37,5 heures Salaire : de 62 000 $ à 78 000 $ par année", nil},
		{"Teamwork: works with others, including the following: partners, donors and staff", nil},
		// A proper noun or an acronym before a colon inside a description.
		{"Professionalism: Knowledge of the rules of the European Union: applies them in daily work.", nil},
		{"Planning and organizing: Develops clear goals consistent with agreed UN strategies: identifies priority activities", nil},
	} {
		assert.Equal(t, c.want, describedRun(v, c.line), c.line)
	}
	// Hostile: a long line of colons is read once.
	long := strings.Repeat("Rigour: keeps a record ", 20000)
	assert.Len(t, describedRun(v, long), 20000)
}

// A competency set as a sub-head over the paragraph that describes it is
// that name and description; a sub-head over names alone is no
// competency's name.
func TestCompetencyHeadOverItsDescription(t *testing.T) {
	names := func(next string) []schema.Competency {
		blocks := notice("Legal Officer", "Duty Station", "Washington", "Deadline", "1 March 2041",
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Competencies", Pos: p(4)},
			stream.Block{Kind: stream.Heading, Level: 3, Text: "Integrity", Pos: p(5)},
			stream.Block{Kind: stream.Paragraph, Text: next, Pos: p(6)},
			stream.Block{Kind: stream.Heading, Level: 3, Text: "Judgement", Pos: p(7)},
			stream.Block{Kind: stream.Paragraph, Text: "Identifies the key issues in complex matters and proposes sound solutions.", Pos: p(8)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Qualifications", Pos: p(9)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Advanced university degree in law.", Pos: p(10)},
		)
		return mustExtract(t, blocks).Competencies.EN
	}
	assert.Equal(t, []schema.Competency{
		{Name: "Integrity", Description: "Upholds the Organization's values in daily work and decisions."},
		{Name: "Judgement", Description: "Identifies the key issues in complex matters and proposes sound solutions."},
	}, names("Upholds the Organization's values in daily work and decisions."))
	for _, c := range names("Professionalism") {
		assert.NotEqual(t, "Integrity", c.Name)
	}
}

// Names of qualities parted by chevrons, one leading the first, are a
// list of names; a line of names with their conduct is not.
func TestQualityNamesPartedByChevrons(t *testing.T) {
	assert.Equal(t, []string{"Calme en représentation", "Esprit d'équipe", "Sens de la sécurité", "Disponibilité"},
		qualityNames("› Calme en représentation › Esprit d'équipe › Sens de la sécurité › Disponibilité"))
	assert.Equal(t, []string{"Rigueur", "Disponibilité", "Discrétion"}, qualityNames("» Rigueur » Disponibilité » Discrétion"))
	assert.Nil(t, qualityNames("» Customer focus – treats visitors as guests of the unit » Organisation – keeps several bookings under control"))
}

// A schedule a board's summary gives short, then the notice in full,
// is the notice's; a board's facet in its own language gives way to the
// notice's field in the half's language; a second schedule field that
// says something else does not replace the first.
func TestScheduleWrittenInFull(t *testing.T) {
	schedule := func(title, place, deadline, first, second string) string {
		blocks := notice(title, "Location", place, "Closing date", deadline,
			stream.Block{Kind: stream.Field, Label: "Schedule", Text: first, Pos: p(4)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Job description", Pos: p(5)},
			stream.Block{Kind: stream.Field, Label: "Schedule", Text: second, Pos: p(6)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Qualifications", Pos: p(7)},
			stream.Block{Kind: stream.ListItem, Marker: "-", Text: "A university degree in the field of the post.", Pos: p(8)},
			stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Three years of experience in a similar post.", Pos: p(9)},
		)
		v := mustExtract(t, blocks)
		for _, s := range []*string{v.Schedule.EN, v.Schedule.FR} {
			if s != nil {
				return *s
			}
		}
		return ""
	}
	assert.Equal(t, "Temps plein (22 périodes par semaine)",
		schedule("Professeur de mathématiques", "Mons", "24 septembre 2041", "Temps plein", "Temps plein (22 périodes par semaine)"))
	assert.Equal(t, "Full-time",
		schedule("Procurement Officer", "Luxembourg", "30 September 2041", "Temps plein", "Full-time"))
	assert.Equal(t, "Full-time",
		schedule("Procurement Officer", "Luxembourg", "30 September 2041", "Full-time", "Monday to Friday"))
}

// An e-mail's subject line that opens with a banner and its number gives
// the reference; a subject without a banner, or a line that is no
// subject, gives none.
func TestMailSubjectRef(t *testing.T) {
	for in, want := range map[string]string{
		"Subject: FW: Vacancy announcement ILZSG/SEC/42-02 – Statistician, Mine and Smelter Projects": "ILZSG/SEC/42-02",
		"Objet : TR : Avis de vacance N° CIOR/SG/2027-01":                                             "CIOR/SG/2027-01",
		"Subject: Webinar recording: seed systems":                                                    "",
		"From: Vacancy announcement ILZSG/SEC/42-02":                                                  "",
	} {
		got := ""
		if subject, ok := mailSubject(in); ok {
			if r := bannerRef(subject); isWholeWord(subject, r) {
				got = r
			}
		}
		assert.Equal(t, want, got, in)
	}
}

// "Compétences requises" right over "Seraient appréciés", with the
// qualities under "Savoir-être" later: the required skills are the
// essential criteria. Without the desirable part between them, the
// first list stays competencies.
func TestRequiredSkillsBeforeAssets(t *testing.T) {
	build := func(assets bool) []stream.Block {
		blocks := []stream.Block{
			{Kind: stream.Heading, Level: 3, Text: "Profil recherché", Pos: p(4)},
			{Kind: stream.Heading, Level: 3, Text: "Compétences requises :", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "-", Text: "Connaissance des techniques d'entretien de la voirie", Pos: p(6)},
			{Kind: stream.ListItem, Marker: "-", Text: "Maîtrise des règles de signalisation de chantier", Pos: p(7)},
			{Kind: stream.ListItem, Marker: "-", Text: "Permis C en cours de validité", Pos: p(8)},
		}
		if assets {
			blocks = append(blocks,
				stream.Block{Kind: stream.Heading, Level: 3, Text: "Seraient appréciés :", Pos: p(9)},
				stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Pratique de la langue corse", Pos: p(10)},
				stream.Block{Kind: stream.ListItem, Marker: "-", Text: "CACES engins de chantier", Pos: p(11)})
		}
		blocks = append(blocks,
			stream.Block{Kind: stream.Heading, Level: 3, Text: "Savoir-être :", Pos: p(12)},
			stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Sens du service public", Pos: p(13)},
			stream.Block{Kind: stream.ListItem, Marker: "-", Text: "Esprit d'équipe", Pos: p(14)})
		return notice("Chef d'équipe voirie (F/H)", "Lieu", "Ajaccio", "Date limite", "30/04/2040", blocks...)
	}
	v := mustExtract(t, build(true))
	if assert.NotNil(t, v.Requirements.FR) {
		assert.Contains(t, v.Requirements.FR.Essential, "Permis C en cours de validité")
		assert.Contains(t, v.Requirements.FR.Desirable, "Pratique de la langue corse")
	}
	var names []string
	for _, c := range v.Competencies.FR {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"Sens du service public", "Esprit d'équipe"}, names)

	v = mustExtract(t, build(false))
	if v.Requirements.FR != nil {
		assert.NotContains(t, v.Requirements.FR.Essential, "Permis C en cours de validité")
	}
}

// The page's genre named by a site's furniture yields to a notice printed
// whole: a communiqué's word over its subject, a recruitment; a sidebar's
// bold entries around a menu's item; a title whose subtitle names the
// post above a sidebar's agenda; a sidebar's "Newsroom" on a page filed
// under vacancies. Each without its sign is the genre it names.
func TestSiteFurnitureGenreYieldsToNotice(t *testing.T) {
	body := []stream.Block{
		{Kind: stream.Field, Label: "Référence", Text: "DRH/2043/015", Pos: p(20)},
		{Kind: stream.Field, Label: "Lieu d'affectation", Text: "Yaoundé", Pos: p(21)},
		{Kind: stream.Field, Label: "Rémunération", Text: "850 000 FCFA par mois", Pos: p(22)},
		{Kind: stream.Field, Label: "Date limite de candidature", Text: "15 mai 2043", Pos: p(23)},
		{Kind: stream.Heading, Level: 3, Text: "Missions", Pos: p(24)},
		{Kind: stream.Paragraph, Text: "Le titulaire suit l'exploitation des centrales et contrôle les rapports des opérateurs.", Pos: p(25)},
		{Kind: stream.Heading, Level: 3, Text: "Profil requis", Pos: p(26)},
		{Kind: stream.ListItem, Marker: "•", Text: "Diplôme d'ingénieur en génie électrique", Pos: p(27)},
		{Kind: stream.ListItem, Marker: "•", Text: "Trois ans d'expérience en exploitation", Pos: p(28)},
	}
	doc := func(head ...stream.Block) []stream.Block { return append(head, body...) }
	h := func(level, line int, text string) stream.Block {
		return stream.Block{Kind: stream.Heading, Level: level, Text: text, Pos: p(line)}
	}
	para := func(line int, text string) stream.Block {
		return stream.Block{Kind: stream.Paragraph, Text: text, Pos: p(line)}
	}
	for _, c := range []struct {
		name   string
		blocks []stream.Block
		genre  string // "" for a notice
	}{
		{"communiqué over a recruitment", doc(h(1, 1, "COMMUNIQUÉ"), h(2, 2, "portant recrutement d'un personnel contractuel d'administration")), ""},
		{"communiqué over an inauguration", doc(h(1, 1, "COMMUNIQUÉ"), h(2, 2, "portant inauguration de la centrale de Mekin")), "press release"},
		{"communiqué over a recruitment's results", doc(h(1, 1, "COMMUNIQUÉ"), h(2, 2, "relatif au recrutement de 300 infirmiers d'État : liste des candidats admis")), "press release"},
		{"sidebar's entry", doc(h(4, 1, "Menu"), para(2, "La Cour"), para(3, "Audiences"), h(4, 4, "Recrutement"), para(5, "Marchés publics"), h(4, 6, "Liens utiles"), h(2, 7, "Référendaire")), ""},
		{"genre among a page's own headings", doc(h(2, 1, "Media centre"), para(2, "Press release"), h(2, 3, "Contacts"), h(2, 4, "Share"), h(1, 5, "Police opens the recruitment of constables")), "press release"},
		{"procurement heading alone", doc(h(2, 1, "Marchés publics"), para(2, "La Cour publie ses appels d'offres de l'année.")), "call for tenders"},
		{"subtitle names the post", doc(h(4, 1, "Agenda"), para(2, "Séance plénière : mercredi 15 avril 2043"), h(1, 3, "Appel à candidatures"), h(2, 4, "Attaché juriste au service des commissions")), ""},
		{"subtitle names a post's noun late", doc(h(4, 1, "Agenda"), para(2, "Séance plénière : mercredi 15 avril 2043"), h(1, 3, "Open day for students"), h(2, 4, "A conversation with our Programme Officers")), "event"},
		{"subtitle names none", doc(h(4, 1, "Agenda"), para(2, "Séance plénière : mercredi 15 avril 2043"), h(1, 3, "Appel à candidatures"), h(2, 4, "Séances du printemps")), "event"},
		{"newsroom under vacancies", doc(para(1, "Home / Careers / Civilian vacancies / AC-CIV-2043-11"), para(2, "Newsroom")), ""},
		{"newsroom under news", doc(para(1, "Home / About us / Press / AC-2043-11"), para(2, "Newsroom")), "news"},
	} {
		_, err := extractText(c.blocks)
		switch {
		case c.genre == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.genre != "" && (err == nil || !strings.Contains(err.Error(), c.genre)):
			t.Errorf("%s: err = %v, want a refusal as %s", c.name, err, c.genre)
		}
	}
}

// A genre's word printed as the value of a field read with no value,
// perhaps under a heading between them ("DEPARTMENT:" / "Your mission" /
// "Events"), names the post's department, not the document's genre; the
// same word with no open label before it does.
func TestGenreUnderFieldWithNoValue(t *testing.T) {
	doc := func(open bool) []stream.Block {
		b5 := stream.Block{Kind: stream.Paragraph, Text: "Apply by e-mail.", Pos: p(5)}
		if open {
			b5 = stream.Block{Kind: stream.Field, Label: "Department", Text: "", Pos: p(5)}
		}
		return []stream.Block{
			{Kind: stream.Paragraph, Text: "Event Operations Manager", Pos: p(1)},
			{Kind: stream.Field, Label: "Reference", Text: "FIH-2036-011", Pos: p(2)},
			{Kind: stream.Field, Label: "Location", Text: "Lausanne, Switzerland", Pos: p(3)},
			{Kind: stream.Field, Label: "Activity rate", Text: "Full-time (100%)", Pos: p(4)},
			b5,
			{Kind: stream.Heading, Level: 3, Text: "Your mission", Pos: p(6)},
			{Kind: stream.Paragraph, Text: "Events", Pos: p(7)},
			{Kind: stream.Paragraph, Text: "You deliver the federation's competitions and report to the Events Director.", Pos: p(8)},
			{Kind: stream.Heading, Level: 3, Text: "What you need", Pos: p(9)},
			{Kind: stream.ListItem, Marker: "•", Text: "Five years of experience in the delivery of sports events", Pos: p(10)},
		}
	}
	if _, err := extractText(doc(true)); err != nil {
		t.Errorf("a department's value under a heading was read as the genre: %v", err)
	}
	if _, err := extractText(doc(false)); err == nil || !strings.Contains(err.Error(), "event") {
		t.Errorf("with no open label: err = %v, want an event's refusal", err)
	}
}

// An area's field ("Secteur géographique") names the post's place unless
// a place's own field follows it; a second area's field does not beat
// the first.
func TestAreaField(t *testing.T) {
	doc := func(extra ...stream.Block) []stream.Block {
		blocks := []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Offre d'emploi : agent de maîtrise des espaces verts", Pos: p(1)},
			{Kind: stream.Field, Label: "Secteur géographique", Text: "Pays de Fougères", Pos: p(2)},
		}
		blocks = append(blocks, extra...)
		blocks = append(blocks, stream.Block{Kind: stream.Field, Label: "Date limite de candidature", Text: "25/01/2043", Pos: p(5)})
		return append(blocks, listUnder("Exigences", 6, "CAP ou BEP en aménagement paysager.", "Permis B exigé.")...)
	}
	v := mustExtract(t, doc())
	assert.Equal(t, "Pays de Fougères", deref(v.Location.FR))
	v = mustExtract(t, doc(stream.Block{Kind: stream.Field, Label: "Lieu de travail", Text: "Fougères", Pos: p(3)}))
	assert.Equal(t, "Fougères", deref(v.Location.FR))
	v = mustExtract(t, doc(stream.Block{Kind: stream.Field, Label: "Secteur géographique", Text: "Ille-et-Vilaine", Pos: p(3)}))
	assert.Equal(t, "Pays de Fougères", deref(v.Location.FR))
}
