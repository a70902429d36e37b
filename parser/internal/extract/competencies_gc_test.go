package extract

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/schema"
)

// gcCompetencies runs abilitiesAsCompetencies on sections and returns
// the competencies and essential criteria the half would get.
func gcCompetencies(sections []schema.Section) ([]schema.Competency, []string) {
	leadIn := make([]bool, len(sections))
	sections, own, leadIn := abilitiesAsCompetencies(sections, ownContents(sections), leadIn)
	var comps []schema.Competency
	for _, s := range own {
		if s.Kind == "competencies" {
			cs, _ := competencies(s, vocab.Default())
			comps = append(comps, cs...)
		}
	}
	req, _, _ := requirements(vocab.Default(), own, leadIn)
	_ = sections
	return comps, req.Essential
}

// TestAbilitiesAsCompetencies: a Canadian poster's abilities written as
// names, over its personal suitability, are competencies, abilities
// first; written as sentences, they stay criteria with the suitability.
func TestAbilitiesAsCompetencies(t *testing.T) {
	p := func(text string) schema.Content { return schema.Content{Type: "paragraph", Text: text} }
	it := func(text string) schema.Content { return schema.Content{Type: "item", Marker: "•", Text: text} }
	h := func(text string) schema.Content { return schema.Content{Type: "heading", Text: text} }

	// A dump: one section of paragraphs.
	comps, ess := gcCompetencies([]schema.Section{{Kind: "experience", Heading: "Experience", Content: []schema.Content{
		p("Experience in processing legal documents."), p("Various language requirements"), p("Bilingual - Imperative (BBB/BBB)"),
		p("Abilities:"), p("Ability to communicate effectively orally"), p("Ability to manage competing priorities"),
		p("Personal suitability:"), p("Judgement"), p("Orientation vers le service à la clientèle"),
		p("The following may be applied / assessed at a later date (may be needed for the job)"),
	}}})
	assert.Equal(t, []schema.Competency{{Name: "Ability to communicate effectively orally"}, {Name: "Ability to manage competing priorities"},
		{Name: "Judgement"}, {Name: "Orientation vers le service à la clientèle"}}, comps)
	assert.NotContains(t, ess, "Ability to communicate effectively orally")
	assert.NotContains(t, ess, "Judgement")

	// A page: the suitability is a section of its own.
	comps, ess = gcCompetencies([]schema.Section{
		{Kind: "experience", Heading: "Expérience", Content: []schema.Content{
			it("Expérience du traitement de documents juridiques."), h("Capacités :"),
			it("Capacité de communiquer efficacement par écrit"), it("Capacité de gérer des priorités concurrentes"),
		}},
		{Kind: "competencies", Heading: "Qualités personnelles", Content: []schema.Content{it("Jugement"), it("Discrétion")}},
	})
	assert.Equal(t, []schema.Competency{{Name: "Capacité de communiquer efficacement par écrit"}, {Name: "Capacité de gérer des priorités concurrentes"},
		{Name: "Jugement"}, {Name: "Discrétion"}}, comps)
	assert.Equal(t, []string{"Expérience du traitement de documents juridiques."}, ess)

	// Abilities written as sentences: criteria, as the suitability after them.
	sentences := []schema.Section{{Kind: "essential", Heading: "Essential qualifications", Content: []schema.Content{
		p("Experience in using thermal analysis software."),
		p("Abilities:"), p("Ability to communicate effectively in writing."), p("Ability to lead technical reviews with industrial contractors."),
		p("Personal suitability:"), p("Judgement"), p("Initiative"),
	}}}
	comps, _ = gcCompetencies(sentences)
	assert.Empty(t, comps)
	got, _, _ := abilitiesAsCompetencies(sentences, ownContents(sentences), make([]bool, 1))
	assert.Len(t, got, 1)

	// Abilities with no suitability after them: left as they are.
	alone := []schema.Section{{Kind: "experience", Content: []schema.Content{
		p("Abilities:"), p("Ability to communicate effectively orally"), p("Ability to manage competing priorities"),
	}}}
	got, _, _ = abilitiesAsCompetencies(alone, ownContents(alone), make([]bool, 1))
	assert.Len(t, got, 1)
}

// TestCompetencyListEnds: a list of described competencies ends at a
// line alone that no name is (a signature, a line with figures), at a
// sentence with its capital, at a statement of pay; a running footer
// between two competencies is skipped.
func TestCompetencyListEnds(t *testing.T) {
	p := func(text string) schema.Content { return schema.Content{Type: "paragraph", Text: text} }
	read := func(content ...schema.Content) []schema.Competency {
		got, _ := competencies(schema.Section{Kind: "competencies", Content: content}, vocab.Default())
		return got
	}
	described := []schema.Competency{{Name: "Planning", Description: "builds trimming cycles that reduce outages."}, {Name: "Diplomacy", Description: "deals calmly with session chairs."}}
	assert.Equal(t, described, read(p("Planning: builds trimming cycles that reduce outages."), p("Diplomacy: deals calmly with session chairs."),
		p("Hadiza Moussa | Assistante administrative | Sous-bureau de Diffa")))
	assert.Equal(t, described, read(p("Planning: builds trimming cycles that reduce outages."), p("Diplomacy: deals calmly with session chairs."),
		p("Applications quoting the vacancy number must reach the office by 5 June."), p("FOR SALE: 2036 Toyota Hilux, one owner.")))
	assert.Equal(t, described, read(p("Planning: builds trimming cycles that reduce outages."), p("Diplomacy: deals calmly with session chairs."),
		p("Monthly salary of EUR 4,200 – 4,800 gross, paid twelve times a year.")))
	assert.Equal(t, described, read(p("Planning: builds trimming cycles that reduce outages."), p("ACME/HR/2042/0388 – page 1 / 2"),
		p("Diplomacy: deals calmly with session chairs.")))
	// A line of another column woven into the list, in small letters,
	// ends nothing.
	assert.Equal(t, described, read(p("Planning: builds trimming cycles that reduce outages."), p("repair the electrical faults on the trains ;"),
		p("Diplomacy: deals calmly with session chairs.")))
	// A list may mix its forms: a name alone after described names.
	assert.Equal(t, append(slices.Clone(described), schema.Competency{Name: "Esprit d'équipe"}), read(p("Planning: builds trimming cycles that reduce outages."),
		p("Diplomacy: deals calmly with session chairs."), p("Esprit d'équipe")))
}

// TestIsRunningFooter: a running footer or header ends on a page label.
func TestIsRunningFooter(t *testing.T) {
	for text, want := range map[string]bool{
		"NAHEMA/HR/2042/0388 – page 1 / 2":           true,
		"Rennes Métropole – RM-2043-0418 – page 1/2": true,
		"Teamwork – works with others":               false,
		"Rigueur – page blanche":                     false,
		"Planning: keeps page 1 of the programme":    false,
	} {
		assert.Equal(t, want, isRunningFooter(text), text)
	}
}

// TestMarkedRun: a line that runs a list's items together, each led by
// the list's mark, is cut into its items; a trail is not.
func TestMarkedRun(t *testing.T) {
	for text, want := range map[string][]string{
		"› Coordination – brings partners together › Initiative – solves problems":    {"Coordination – brings partners together", "Initiative – solves problems"},
		"» Calme : vous gardez votre sang-froid. » Bienveillance : vous accompagnez.": {"Calme : vous gardez votre sang-froid.", "Bienveillance : vous accompagnez."},
		"Home › Jobs › Engineering": nil,
		// the first mark taken by the reader as the item's bullet
		"Coordination – brings partners together › Initiative – solves problems › Communication – writes clearly": {"Coordination – brings partners together", "Initiative – solves problems", "Communication – writes clearly"},
		"Coordination – brings partners together › Initiative – solves problems":                                  nil, // one mark: may be a quote's
		"› Coordination":                     nil,
		"› Coordination › with the partners": nil,
	} {
		assert.Equal(t, want, markedRun(text), text)
	}
}
