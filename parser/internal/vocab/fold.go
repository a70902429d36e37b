package vocab

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// foldAccents pools the accent-folding transformers: a transform.Chain
// keeps state between calls, so one shared chain would be a data race
// between concurrent parses.
var foldAccents = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

//go:generate go run foldtable_gen.go

// foldRune is the folded form of r from the generated tables in
// foldtable.go, which cover Latin-1 to Latin Extended-B and General
// Punctuation: no rune there is a combining mark or composes with its
// neighbour, so a text made of them folds rune by rune, which spares the
// three normalisation passes for nearly all notices. The tables are
// generated rather than computed at start-up (about 1 ms of the chain).
// ok is false when r folds to itself.
func foldRune(r rune) (f string, ok bool) {
	switch {
	case r >= 0x80 && r < 0x80+rune(len(foldLatin)):
		f = foldLatin[r-0x80]
	case r >= 0x2000 && r < 0x2000+rune(len(foldPunct)):
		f = foldPunct[r-0x2000]
	}
	return f, f != ""
}

// inFoldTables says whether r is ASCII or in the ranges foldtable.go
// covers, where a text folds rune by rune (see foldRune).
func inFoldTables(r rune) bool {
	return r < 0x80+rune(len(foldLatin)) || r >= 0x2000 && r < 0x2000+rune(len(foldPunct))
}

// foldString removes the accents of s (NFD, marks removed, NFC).
func foldString(s string) string {
	var b strings.Builder
	started := false
	for i, r := range s {
		if !inFoldTables(r) || r == utf8.RuneError {
			// Some other script, a combining mark or a bad byte: the
			// full chain.
			t := foldAccents.Get().(transform.Transformer)
			defer foldAccents.Put(t)
			if out, _, err := transform.String(t, s); err == nil {
				return out
			}
			return s
		}
		f, ok := foldRune(r)
		switch {
		case ok && !started:
			started = true
			b.Grow(len(s))
			b.WriteString(s[:i])
			b.WriteString(f)
		case ok:
			b.WriteString(f)
		case started:
			b.WriteRune(r)
		}
	}
	if !started {
		return s // nothing to fold
	}
	return b.String()
}
