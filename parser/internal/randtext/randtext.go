// Package randtext makes random texts for the tests that check a
// hand-written matcher against the regular expression or library call it
// replaces: many short texts drawn from an alphabet of the characters
// that matter to the matcher, plus the cases a person thought of.
package randtext

import (
	"math/rand/v2"
	"strings"
)

// Texts returns n texts of up to max runes drawn from alphabet, after
// the given ones. The same seed gives the same texts.
func Texts(seed uint64, n, max int, alphabet string, given ...string) []string {
	runes := []rune(alphabet)
	rng := rand.New(rand.NewPCG(seed, 7))
	texts := append([]string(nil), given...)
	for range n {
		var b strings.Builder
		for range rng.IntN(max + 1) {
			b.WriteRune(runes[rng.IntN(len(runes))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// Joined returns n texts, each up to max pieces drawn from pieces and
// joined without separator, after the given ones: for matchers whose
// inputs are made of words and separators rather than single characters.
// The same seed gives the same texts.
func Joined(seed uint64, n, max int, pieces []string, given ...string) []string {
	rng := rand.New(rand.NewPCG(seed, 7))
	texts := append([]string(nil), given...)
	for range n {
		var b strings.Builder
		for range rng.IntN(max + 1) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}
