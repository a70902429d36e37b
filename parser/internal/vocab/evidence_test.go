package vocab

import (
	"strings"
	"testing"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// langEvidenceStrings is langEvidence as first written, with a string
// per word: the reference for the scanner that replaced it.
func langEvidenceStrings(v *Vocabulary, b stream.Block) [2]float64 {
	var ev [2]float64
	addLang := func(lang string, w float64) {
		switch lang {
		case "en":
			ev[EN] += w
		case "fr":
			ev[FR] += w
		}
	}
	if b.Kind == stream.Field {
		if _, _, _, lang, ok := v.matchField(b.Label+": "+b.Text, false); ok {
			addLang(lang, 3)
		}
	}
	if _, lang, ok := v.heading(b.Text); ok {
		addLang(lang, 3)
	}
	text := b.Label + " " + b.Text
	if strings.Contains(text, "://") || strings.Contains(text, "www.") {
		text = reInlineURL().ReplaceAllString(text, " ")
	}
	start := -1
	word := func(end int) {
		w := strings.ReplaceAll(strings.ToLower(text[start:end]), "’", "'")
		inName := start > 0 && end < len(text) && text[start-1] == '-' && text[end] == '-'
		start = -1
		if inName {
			return
		}
		if i := strings.IndexByte(w, '\''); i > 0 && i <= 2 {
			if p := w[:i]; p == "l" || p == "d" || p == "qu" || p == "n" || p == "s" || p == "j" || p == "c" {
				ev[FR]++
				return
			}
		}
		if lang, ok := v.functionLang[w]; ok {
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
			ev[FR] += 0.5
		}
	}
	if start >= 0 {
		word(len(text))
	}
	ev[EN] = min(ev[EN], evidenceCap)
	ev[FR] = min(ev[FR], evidenceCap)
	return ev
}

func TestLangEvidence(t *testing.T) {
	v := Default()
	texts := []string{
		"The intern will be expected to learn about the key principles of the Division and its work.",
		"La/Le stagiaire devra se familiariser avec les principes clés de la Division et de ses travaux.",
		"L’OTAN et l'Europe, qu’il d’un QU'IL ÊTRE être", "Voir www.nato.int/cps/en/natohq et https://foo.bar/le la",
		"Compétences requises", "Lieu", "", "'l'", "l''", "aujourd'hui", "x \xff le \xff",
		// Words about the bytes addWord keeps of a word (maxWordBytes).
		"l'anticonstitutionnellement qu'anticonstitutionnellement", "abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq",
		"ééééééé éééééééé ééééééééé notamment NOTAMMENT notammentx",
	}
	texts = append(texts, randtext.Texts(9, 20000, 16, "lLdDqQuUsS' ’TtHhEeé ÉŒœİ.:/w\xff", "")...)
	// Longer texts of the letters of short function words ("the", "and",
	// "de", "la", "les", "du", "et"), for words of every length.
	texts = append(texts, randtext.Texts(10, 20000, 48, "theandlsuTHEANDLSU' ’é É.-x\xff", "")...)
	for _, s := range texts {
		for _, b := range []stream.Block{{Text: s}, {Kind: stream.Field, Label: "Lieu", Text: s}, {Kind: stream.Field, Label: s, Text: "la"}, {Kind: stream.Heading, Text: s}} {
			if got, want := v.Evidence(b), langEvidenceStrings(v, b); got != want {
				t.Errorf("langEvidence(%+v) = %v, want %v", b, got, want)
			}
		}
	}
}

func TestFunctionWordShapes(t *testing.T) {
	v := Default()
	for w := range v.functionLang {
		if len(w) >= 16 || v.functionWordShapes[w[0]]&(1<<len(w)) == 0 {
			t.Errorf("function word %q is not in functionWordShapes (at most 15 bytes)", w)
		}
	}
}

// TestEvidenceHyphenatedName: a function word inside a hyphenated name
// ("Castelnau-le-Lez") is no evidence of its language.
func TestEvidenceHyphenatedName(t *testing.T) {
	v := Default()
	if ev := v.Evidence(stream.Block{Kind: stream.Paragraph, Text: "Castelnau-le-Lez, Occitanie, France"}); ev != [2]float64{} {
		t.Errorf("evidence %v, want none", ev)
	}
	if ev := v.Evidence(stream.Block{Kind: stream.Paragraph, Text: "le poste est à Lyon"}); ev[FR] == 0 {
		t.Errorf("evidence %v, want French", ev)
	}
}

func TestIsFurnitureNavLink(t *testing.T) {
	for in, want := range map[string]bool{
		"‹ Back to all jobs at Ubisoft": true, "← Toutes les offres | All jobs": true, "« Retour aux offres": true,
		"Return to current vacancies list": true, "Back-office Administrator": false,
		"Degree equivalency": true, "Information on language requirements": true,
	} {
		if got := IsFurniture(in); got != want {
			t.Errorf("IsFurniture(%q) = %v, want %v", in, got, want)
		}
	}
}
