package parser

import (
	"testing"

	"golang.org/x/text/transform"
)

// TestFoldTablesMatchChain checks the generated foldtable.go against the
// normalisation chain it was generated from (after an x/text upgrade,
// `go generate ./parser` rewrites it), and foldString's fast path against
// the chain on mixed text.
func TestFoldTablesMatchChain(t *testing.T) {
	chain := foldAccents.Get().(transform.Transformer)
	defer foldAccents.Put(chain)
	for _, rg := range [][2]rune{{0x80, 0x250}, {0x2000, 0x2070}} {
		for r := rg[0]; r < rg[1]; r++ {
			want, _, err := transform.String(chain, string(r))
			if err != nil {
				t.Fatal(err)
			}
			got, ok := foldRune(r)
			if !ok {
				got = string(r)
			}
			if got != want {
				t.Errorf("foldRune(%U) = %q, the chain gives %q: run go generate ./parser", r, got, want)
			}
		}
	}
	for _, s := range []string{
		"Date limite de dépôt des candidatures",
		"Rémunération mensuelle : 1 200 €",
		"Œuvre, Ærø, Łódź, naïve façade",
		"e\u0301te\u0301 (combining accents)",
		"Ελληνικά και café",
		"bad \xff byte é",
	} {
		want, _, err := transform.String(chain, s)
		if err != nil {
			t.Fatal(err)
		}
		if got := foldString(s); got != want {
			t.Errorf("foldString(%q) = %q, want %q", s, got, want)
		}
	}
}
