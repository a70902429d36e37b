package extract

import (
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
