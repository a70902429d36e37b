package vocab

import (
	"strings"
	"testing"
)

// TestKeyShapes checks that the shape filters let every first word of
// the tables through, and that isLabelFirstWord and the heading filter
// answer as the maps alone do, on the words of the tables' labels and
// headings and variations of them.
func TestKeyShapes(t *testing.T) {
	v := Default()
	for w := range v.labelFirstWords {
		if !mayHaveKey(&v.labelFirstShapes, w) {
			t.Errorf("label first word %q let go", w)
		}
	}
	for w := range v.headingFirstWords {
		if !mayHaveKey(&v.headingFirstShapes, w) {
			t.Errorf("heading first word %q let go", w)
		}
	}
	var texts []string
	for k := range v.fieldByKey {
		texts = append(texts, strings.Fields(k)...)
	}
	for k := range v.headingByKey {
		texts = append(texts, strings.Fields(k)...)
	}
	for _, w := range append([]string(nil), texts...) {
		texts = append(texts, strings.ToUpper(w), w+":", w[:len(w)/2], w+"s", "1. "+w, "", " ", "x"+w)
	}
	for _, s := range texts {
		want, _ := lookupKey(v.labelFirstWords, s)
		if got := v.isLabelFirstWord(s); got != want {
			t.Errorf("isLabelFirstWord(%q) = %v, want %v", s, got, want)
		}
		k := []byte(firstKeyWord(s))
		if got, want := mayHaveKey(&v.headingFirstShapes, k) && v.headingFirstWords[string(k)], v.headingFirstWords[string(k)]; got != want {
			t.Errorf("heading first word %q: %v, want %v", k, got, want)
		}
	}
}
