package lang

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

func para(s string) stream.Block { return stream.Block{Kind: stream.Paragraph, Text: s} }

func langsOf(hs []Half) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.Lang)
	}
	return out
}

func TestSplitLanguages(t *testing.T) {
	enA := para("The intern will be expected to learn about the key principles of the Division and its work.")
	enB := stream.Block{Kind: stream.Field, Label: "Schedule", Text: "Full-time"}
	frA := para("La/Le stagiaire devra se familiariser avec les principes clés de la Division et de ses travaux.")
	frB := stream.Block{Kind: stream.Field, Label: "Horaire", Text: "Temps plein"}
	neutral := stream.Block{Kind: stream.Field, Label: "Grade", Text: "INTERN"}

	tests := []struct {
		name   string
		blocks []stream.Block
		langs  []string
		sizes  []int
	}{
		{"english then french", []stream.Block{enA, enB, neutral, frA, frB, neutral}, []string{"en", "fr"}, []int{3, 3}},
		{"french first", []stream.Block{frA, neutral, frB, enA, neutral, enB}, []string{"fr", "en"}, []int{3, 3}},
		{"interleaved rows", []stream.Block{enA, frA, enA, frA, enA, frA}, []string{"en", "fr"}, []int{3, 3}},
		{"english only", []stream.Block{enA, enB, neutral, enA}, []string{"en"}, []int{4}},
		// A site's French menu line over an English-first notice: the
		// halves come in the order of their sentences.
		// The second half's title, without words of either language,
		// over a reference without any either: it opens that half.
		{"title over a neutral field", []stream.Block{frA, frB, frA, para("Vacancy – Legal Officer (Transport Law)"), neutral, enB, enA, enA},
			[]string{"fr", "en"}, []int{3, 5}},
		{"french menu first", []stream.Block{para("Possibilités d'emploi | Ouvrir une session | Nous joindre"), enA, enB, enA, frA, frB, frA},
			[]string{"en", "fr"}, []int{4, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs := Split(vocab.Default(), tt.blocks)
			assert.Equal(t, tt.langs, langsOf(hs))
			var sizes []int
			for _, h := range hs {
				sizes = append(sizes, len(h.Blocks))
			}
			assert.Equal(t, tt.sizes, sizes)
		})
	}
}

// A French sentence inside an English-only notice does not make a half.
func TestSplitQuotationIsNotAHalf(t *testing.T) {
	var blocks []stream.Block
	for range 6 {
		blocks = append(blocks, para("The intern will be expected to learn about the key principles of the Division and its work."))
	}
	blocks = append(blocks, para("Les candidatures sont à envoyer avant la date limite."))
	hs := Split(vocab.Default(), blocks)
	assert.Equal(t, []string{"en"}, langsOf(hs))
	assert.Len(t, hs[0].Blocks, 7)
}

// A careers platform's labels in English over a notice written in French
// are no English half: the labels carry no sentence.
func TestSplitPlatformLabelsAreNoHalf(t *testing.T) {
	var blocks []stream.Block
	for _, l := range []string{"Job Identification", "Locations", "Posting Date", "Apply Before", "Job Schedule",
		"Agency", "Grade", "Vacancy Type", "Practice Area", "Bureau", "Contract Duration", "Required Languages",
		"Education & Work Experience", "Required Skills", "Desired Skills", "Travel required"} {
		blocks = append(blocks, stream.Block{Kind: stream.Field, Label: l, Text: "—"})
	}
	for range 4 {
		blocks = append(blocks, para("Le titulaire du poste appuie les équipes de pays dans la conception et le suivi des projets de la région."))
	}
	hs := Split(vocab.Default(), blocks)
	assert.Equal(t, []string{"fr"}, langsOf(hs))
	assert.Len(t, hs[0].Blocks, len(blocks))
}

// A site or a job board in French around a notice in English is no
// French half: its name, its links and its list of other posts are not
// sentences, and a breadcrumb that takes its language from the title
// under it says nothing in French.
func TestSplitSiteChromeIsNoHalf(t *testing.T) {
	blocks := []stream.Block{
		para("Offres d'emploi / Carrières / Credit Analyst"),
		{Kind: stream.Heading, Text: "Credit Analyst"},
		para("Banque et Caisse d'Epargne de la Ville, Luxembourg"),
		{Kind: stream.Field, Label: "Reference", Text: "BCV-2026-17"},
	}
	for range 5 {
		blocks = append(blocks, para("You review the financial statements of corporate borrowers and write opinions for the committee."))
	}
	blocks = append(blocks,
		para("Agent(e) de recouvrement - Esch-sur-Alzette - Expire le 05/06/2026"),
		para("Chargé(e) de clientèle des entreprises - Luxembourg - Expire le 12/06/2026"),
		para("Banque et Caisse d'Epargne de la Ville · Établissement public autonome · Mentions légales"))
	hs := Split(vocab.Default(), blocks)
	assert.Equal(t, []string{"en"}, langsOf(hs))
	assert.Len(t, hs[0].Blocks, len(blocks))
}

// "Le français suit l'anglais." under the English title is a note on the
// layout: the title stays with the English half.
func TestSplitLanguageNote(t *testing.T) {
	en := para("The therapist provides airway management and ventilation for adult and paediatric patients.")
	fr := para("La ou le thérapeute assure la gestion des voies respiratoires et la ventilation des patients.")
	blocks := []stream.Block{{Kind: stream.Heading, Level: 1, Text: "Respiratory Therapist"}, para("Le français suit l'anglais."), en, en, en,
		{Kind: stream.Heading, Level: 1, Text: "Thérapeute respiratoire"}, fr, fr, fr}
	hs := Split(vocab.Default(), blocks)
	if assert.Equal(t, []string{"en", "fr"}, langsOf(hs)) {
		assert.Equal(t, "Respiratory Therapist", hs[0].Blocks[0].Text)
		assert.Equal(t, "Thérapeute respiratoire", hs[1].Blocks[0].Text)
	}
	assert.True(t, vocab.IsLanguageNote("(English version below)"))
	assert.False(t, vocab.IsLanguageNote("The French translation of the diploma must follow."))
}

// TestSplitSideBySideHeadings: a side-by-side notice read row by row
// gives a numbered part's two headings together, then each half's text;
// each heading goes with its half.
func TestSplitSideBySideHeadings(t *testing.T) {
	v := vocab.Default()
	blocks := []stream.Block{
		{Kind: stream.Heading, Text: "3. ESSENTIAL QUALIFICATIONS"},
		{Kind: stream.Heading, Text: "3. QUALIFICATIONS ESSENTIELLES"},
		para("At least four years of experience in the planning of military or commercial transport for a headquarters."),
		para("Avoir au moins quatre ans d'expérience de la planification des transports militaires ou commerciaux pour un état-major."),
		{Kind: stream.Heading, Text: "4. DESIRABLE QUALIFICATIONS"},
		{Kind: stream.Heading, Text: "4. QUALIFICATIONS SOUHAITABLES"},
		para("Knowledge of the NATO logistics functional services and of the tools that support them in the field."),
		para("Connaître les services fonctionnels logistiques de l'OTAN et les outils qui les soutiennent sur le terrain."),
	}
	hs := Split(v, blocks)
	if assert.Equal(t, []string{"en", "fr"}, langsOf(hs)) {
		assert.Equal(t, []int{0, 2, 4, 6}, hs[0].Index)
		assert.Equal(t, []int{1, 3, 5, 7}, hs[1].Index)
	}
}
