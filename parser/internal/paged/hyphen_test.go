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
		if n := len(t); n > 0 && t[n-1] == '-' {
			delete(seen, strings.ToLower(words.Last(t[:n-1])))
			afterHyphen = true
		}
	}
	return seen
}

func TestDocumentWords(t *testing.T) {
	lines := []string{
		"The Organi-", "zation’s well-", "being, its co-operation -", "- and l’OTAN's", "ÉTÉ Été", "x \xff y-", "-- ' ’ z",
	}
	lines = append(lines, randtext.Texts(5, 5000, 12, "aB É-'’ ,\xff", "")...)
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
