package paged

import (
	"maps"
	"strings"
	"testing"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// documentWordsFields is documentWords as first written, with
// strings.FieldsFunc: the reference for the scanner that replaced it.
func documentWordsFields(lines []string) map[string]bool {
	seen := map[string]bool{}
	afterHyphen := false
	for _, t := range lines {
		for i, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) {
			w = strings.Trim(w, "-'’")
			if w == "" || i == 0 && afterHyphen {
				continue
			}
			seen[strings.ToLower(w)] = true
		}
		afterHyphen = false
		for _, h := range []string{"-", "\u2010", "\u00ad"} {
			if strings.HasSuffix(t, h) {
				delete(seen, strings.ToLower(words.Last(strings.TrimSuffix(t, h))))
				afterHyphen = true
			}
		}
	}
	return seen
}

func TestDocumentWords(t *testing.T) {
	lines := []string{
		"The Organi-", "zation’s well-", "being, its co-operation -", "- and l’OTAN's", "ÉTÉ Été", "x \xff y-", "-- ' ’ z",
		"prob\u2010", "lèmes et équiva\u00ad", "lents", "x \u2010", "\u00ad",
	}
	lines = append(lines, randtext.Texts(5, 5000, 12, "aB É-'’ ,\xff\u2010\u00ad", "")...)
	for n := 0; n < len(lines); n += 7 {
		chunk := lines[n:min(n+7, len(lines))]
		if got, want := documentWords(chunk, nil), documentWordsFields(chunk); !maps.Equal(got, want) {
			t.Errorf("documentWords(%q) = %v, want %v", chunk, got, want)
		}
	}
}

func TestTrimWordEnds(t *testing.T) {
	for _, s := range randtext.Texts(6, 5000, 6, "a-'’é\xff", "", "’", "--a’b'-", "\xe2\x80") {
		if got, want := trimWordEnds(s), strings.Trim(s, "-'’"); got != want {
			t.Errorf("trimWordEnds(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerKeepsWords backs documentWords, which finds the words of a
// line in the line lower-cased: a rune is part of a word (or a letter, for
// lastWord) exactly when its lower-case form is.
func TestLowerKeepsWords(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isWordRune(r) != isWordRune(unicode.ToLower(r)) || unicode.IsLetter(r) != unicode.IsLetter(unicode.ToLower(r)) {
			t.Errorf("%U is a word rune: %v, its lower case %U: %v", r, isWordRune(r), unicode.ToLower(r), isWordRune(unicode.ToLower(r)))
		}
	}
}

// appendJoin, which hands joint only the last word of the text, joins as
// join does with the whole text.
func TestAppendJoin(t *testing.T) {
	h := newHyphenation([]string{"the organi-", "zation and well-", "being of co-operation", "Organization"}, nil)
	texts := randtext.Texts(10, 20000, 14, "aB -/:.w", "", "organi-", "the organi-", "well-", "www.nato.int/", "http://x/a-", "x /", "x -", "-")
	nexts := randtext.Texts(11, 200, 6, "aB -/", "zation", "being", "GPT", "  français ")
	for i, text := range texts {
		next := nexts[i%len(nexts)]
		if got, want := string(h.appendJoin([]byte(text), next)), h.join(text, next); got != want {
			t.Errorf("appendJoin(%q, %q) = %q, join gives %q", text, next, got, want)
		}
	}
}

// A word broken at a line end joins the same way whichever hyphen the
// producer printed: "-", U+2010 HYPHEN (CSS engines) or U+00AD SOFT
// HYPHEN; a compound keeps its hyphen as written.
func TestJoinHyphens(t *testing.T) {
	// A document that spells "problèmes" and "forward-looking" elsewhere
	// and whose typesetter breaks words ("Representa-" / "tive").
	doc := []string{
		"problèmes forward-looking day-to-day Belgique-Bruxelles",
		"Representa-", "tive organi-", "zation adminis-", "trative infor-", "mation",
	}
	h := newHyphenation(doc, nil)
	plain := newHyphenation([]string{"nothing hyphenated here"}, nil)
	for _, tc := range []struct {
		h          *hyphenation
		text, next string
		want       string
	}{
		{h, "les prob-", "lèmes", "les problèmes"},
		{h, "les prob\u2010", "lèmes", "les problèmes"},
		{h, "les prob\u00ad", "lèmes", "les problèmes"},
		{h, "a forward-", "looking plan", "a forward-looking plan"},
		{h, "a forward\u2010", "looking plan", "a forward\u2010looking plan"},
		{h, "Belgique-", "Bruxelles", "Belgique-Bruxelles"},
		{h, "Belgique\u2010", "Bruxelles", "Belgique\u2010Bruxelles"},
		{h, "the Representa-", "tive", "the Representative"},
		{h, "the Representa\u2010", "tive", "the Representative"},
		{h, "their day-to-", "day work", "their day-to-day work"},
		{h, "their day-to\u2010", "day work", "their day-to\u2010day work"},
		{h, "all brand-re\u2010", "lated work", "all brand-related work"},
		{h, "all brand-re-", "lated work", "all brand-related work"},
		// A document that does not hyphenate keeps every hyphen but a
		// soft one, which is never part of the text.
		{plain, "les prob\u2010", "lèmes", "les prob\u2010lèmes"},
		{plain, "les prob-", "lèmes", "les prob-lèmes"},
		{plain, "les prob\u00ad", "lèmes", "les problèmes"},
		// Not a broken word: a dash between words, a hyphen alone.
		{h, "Division -", "Bureau", "Division - Bureau"},
		{h, "Division \u2010", "Bureau", "Division \u2010 Bureau"},
		{h, "\u00ad", "x", "\u00ad x"},
	} {
		if got := tc.h.join(tc.text, tc.next); got != tc.want {
			t.Errorf("join(%q, %q) = %q, want %q", tc.text, tc.next, got, tc.want)
		}
		if got := string(tc.h.appendJoin([]byte(tc.text), tc.next)); got != tc.want {
			t.Errorf("appendJoin(%q, %q) = %q, want %q", tc.text, tc.next, got, tc.want)
		}
	}
}

func TestHyphenLen(t *testing.T) {
	for s, want := range map[string]int{"": 0, "a": 0, "a-": 1, "-": 1, "a\u2010": 3, "a\u00ad": 2, "\u2011": 0, "a–": 0} {
		if got := hyphenLen(s); got != want {
			t.Errorf("hyphenLen(%q) = %d, want %d", s, got, want)
		}
		if got := hyphenLen([]byte(s)); got != want {
			t.Errorf("hyphenLen([]byte(%q)) = %d, want %d", s, got, want)
		}
	}
}
