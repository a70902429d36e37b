package vocab

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// TestAfterSeekingMatchesIndexFold holds AfterSeeking, which searches
// the text lower-cased, to the search by indexFold it replaces, on random
// texts made of the phrases' pieces in mixed case, capitals, runes that
// fold to ASCII letters ("ſ", "K") and high bytes, short and past the
// stack buffer.
func TestAfterSeekingMatchesIndexFold(t *testing.T) {
	slow := func(text string) (string, bool) {
		for _, p := range seekingPhrases {
			if i := indexFold(text, p); i >= 0 {
				if rest := strings.TrimSpace(text[i+len(p):]); rest != "" && words.StartsUpper(rest) {
					return rest, true
				}
			}
		}
		return "", false
	}
	pieces := []string{"is ", "IS ", "Is ", "looking ", "LOOKING ", "for ", "a ", "an ", "seeking ", "hiring ", "recherche ", "RECRUTE ", "recrute ",
		"un ", "une ", "ſeeking ", "hiring\u212a ", "Data Scientist", "juriste", "Él", " ", "x", "\xff", "\xc5", "(H/F)", "this ", "Rédacteur"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		n := rng.Intn(12)
		if rng.Intn(50) == 0 {
			n = 120 // past maxSeekingBytes
		}
		for j := 0; j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		gotRest, gotOK := AfterSeeking(text)
		wantRest, wantOK := slow(text)
		if gotRest != wantRest || gotOK != wantOK {
			t.Fatalf("AfterSeeking(%q) = %q, %v, want %q, %v", text, gotRest, gotOK, wantRest, wantOK)
		}
	}
}

// TestSeekingPhraseHeads: MaySeek compares the phrases only where "is "
// or "rec" starts, so every phrase must start with one of them.
func TestSeekingPhraseHeads(t *testing.T) {
	for _, p := range seekingPhrases {
		if !strings.HasPrefix(p, "is ") && !strings.HasPrefix(p, "rec") {
			t.Errorf("%q starts with neither \"is \" nor \"rec\"", p)
		}
	}
}

// TestMaySeekMatchesContains holds MaySeek to a strings.Contains per
// phrase, on random texts made of the phrases' pieces.
func TestMaySeekMatchesContains(t *testing.T) {
	slow := func(text string) bool {
		for _, p := range seekingPhrases {
			if strings.Contains(text, p) {
				return true
			}
		}
		return false
	}
	pieces := []string{"is ", "i", "s", "IS ", "looking ", "for ", "a ", "an ", "seeking ", "hiring ", "recherche ", "rec", "re", "recrute ",
		"un ", "une ", "this ", "x", " ", "\xff", "é", "Data Scientist"}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		for j, n := 0, rng.Intn(14); j < n; j++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if text := b.String(); MaySeek(text) != slow(text) {
			t.Fatalf("%q: MaySeek %v, Contains %v", text, MaySeek(text), slow(text))
		}
	}
}
