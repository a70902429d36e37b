package parser

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func para(s string) Block { return Block{Kind: Paragraph, Text: s} }

func langsOf(hs []half) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.lang)
	}
	return out
}

func TestSplitLanguages(t *testing.T) {
	enA := para("The intern will be expected to learn about the key principles of the Division and its work.")
	enB := Block{Kind: Field, Label: "Schedule", Text: "Full-time"}
	frA := para("La/Le stagiaire devra se familiariser avec les principes clés de la Division et de ses travaux.")
	frB := Block{Kind: Field, Label: "Horaire", Text: "Temps plein"}
	neutral := Block{Kind: Field, Label: "Grade", Text: "INTERN"}

	tests := []struct {
		name   string
		blocks []Block
		langs  []string
		sizes  []int
	}{
		{"english then french", []Block{enA, enB, neutral, frA, frB, neutral}, []string{"en", "fr"}, []int{3, 3}},
		{"french first", []Block{frA, neutral, frB, enA, neutral, enB}, []string{"fr", "en"}, []int{3, 3}},
		{"interleaved rows", []Block{enA, frA, enA, frA, enA, frA}, []string{"en", "fr"}, []int{3, 3}},
		{"english only", []Block{enA, enB, neutral, enA}, []string{"en"}, []int{4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs := splitLanguages(tt.blocks)
			assert.Equal(t, tt.langs, langsOf(hs))
			var sizes []int
			for _, h := range hs {
				sizes = append(sizes, len(h.blocks))
			}
			assert.Equal(t, tt.sizes, sizes)
		})
	}
}

// A French sentence inside an English-only notice does not make a half.
func TestSplitQuotationIsNotAHalf(t *testing.T) {
	var blocks []Block
	for range 6 {
		blocks = append(blocks, para("The intern will be expected to learn about the key principles of the Division and its work."))
	}
	blocks = append(blocks, para("Les candidatures sont à envoyer avant la date limite."))
	hs := splitLanguages(blocks)
	assert.Equal(t, []string{"en"}, langsOf(hs))
	assert.Len(t, hs[0].blocks, 7)
}
