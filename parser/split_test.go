package parser

import (
	"strings"
	"testing"
	"unicode"

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
			hs := splitLanguages(tt.blocks, blockEvidence(tt.blocks))
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
	hs := splitLanguages(blocks, blockEvidence(blocks))
	assert.Equal(t, []string{"en"}, langsOf(hs))
	assert.Len(t, hs[0].blocks, 7)
}

// langEvidenceStrings is langEvidence as first written, with a string
// per word: the reference for the scanner that replaced it.
func langEvidenceStrings(b Block) [2]float64 {
	var ev [2]float64
	addLang := func(lang string, w float64) {
		switch lang {
		case "en":
			ev[en] += w
		case "fr":
			ev[fr] += w
		}
	}
	if b.Kind == Field {
		if _, _, _, lang, ok := matchField(b.Label + ": " + b.Text); ok {
			addLang(lang, 3)
		}
	}
	if _, lang, ok := lookupHeading(b.Text); ok {
		addLang(lang, 3)
	}
	text := b.Label + " " + b.Text
	if strings.Contains(text, "://") || strings.Contains(text, "www.") {
		text = reInlineURL.ReplaceAllString(text, " ")
	}
	start := -1
	word := func(end int) {
		w := strings.ReplaceAll(strings.ToLower(text[start:end]), "’", "'")
		start = -1
		if i := strings.IndexByte(w, '\''); i > 0 && i <= 2 {
			if p := w[:i]; p == "l" || p == "d" || p == "qu" || p == "n" || p == "s" || p == "j" || p == "c" {
				ev[fr]++
				return
			}
		}
		if lang, ok := functionLang[w]; ok {
			addLang(lang, 1)
		}
	}
	for i, r := range text {
		inWord := unicode.IsLetter(r) || r == '\'' || r == '’'
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			word(i)
		}
		if r >= 0xc0 && strings.ContainsRune("éèêàâçùûôîœÉÈÊÀÂÇÙÛÔÎŒ", r) {
			ev[fr] += 0.5
		}
	}
	if start >= 0 {
		word(len(text))
	}
	ev[en] = min(ev[en], evidenceCap)
	ev[fr] = min(ev[fr], evidenceCap)
	return ev
}

func TestLangEvidence(t *testing.T) {
	texts := []string{
		"The intern will be expected to learn about the key principles of the Division and its work.",
		"La/Le stagiaire devra se familiariser avec les principes clés de la Division et de ses travaux.",
		"L’OTAN et l'Europe, qu’il d’un QU'IL ÊTRE être", "Voir www.nato.int/cps/en/natohq et https://foo.bar/le la",
		"Compétences requises", "Lieu", "", "'l'", "l''", "aujourd'hui", "x \xff le \xff",
	}
	texts = append(texts, randomTexts(9, 20000, 16, "lLdDqQuUsS' ’TtHhEeé ÉŒœİ.:/w\xff", "")...)
	for _, s := range texts {
		for _, b := range []Block{para(s), {Kind: Field, Label: "Lieu", Text: s}, {Kind: Field, Label: s, Text: "la"}, {Kind: Heading, Text: s}} {
			if got, want := langEvidence(b), langEvidenceStrings(b); got != want {
				t.Errorf("langEvidence(%+v) = %v, want %v", b, got, want)
			}
		}
	}
}

func TestFunctionWordShapes(t *testing.T) {
	for w := range functionLang {
		if len(w) >= 16 || functionWordShapes[w[0]]&(1<<len(w)) == 0 {
			t.Errorf("function word %q is not in functionWordShapes (at most 15 bytes)", w)
		}
	}
}
