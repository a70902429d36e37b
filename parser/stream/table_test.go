package stream

import "testing"

func TestIsSideBySide(t *testing.T) {
	long := "The candidate will advise the Member States on the drafting of their laws"
	for _, c := range []struct {
		name    string
		columns int
		blocks  bool
		firsts  []string
		want    bool
	}{
		{"fields", 2, false, []string{"Grade", "Location", "Deadline"}, false},
		{"halves of paragraphs", 2, true, []string{long, long}, true},
		{"halves with blocks and short first cells", 2, true, []string{"Title", ""}, true},
		{"labels with values of paragraphs", 2, true, []string{"Essential", "Desirable", "Essential", "Desirable"}, false},
		{"a long first cell", 2, false, []string{"Grade", long}, true},
		{"three columns", 3, true, []string{long}, false},
	} {
		if got := IsSideBySide(c.columns, c.blocks, c.firsts); got != c.want {
			t.Errorf("%s: IsSideBySide = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestUnknownLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"Groupe salarial": true, "Reserve list valid until": true, "Exigence linguistique": true,
		"the rate": false, "Note: see below": false, "Ends here.": false, "": false,
		"A label of far too many words for a label": false,
	} {
		if got := UnknownLabel(in, 6); got != want {
			t.Errorf("UnknownLabel(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestAlignedAfterColon(t *testing.T) {
	for s, want := range map[string]bool{
		"Établissement :              Athénée royal Val-de-Haine": true,
		"Assignment:\t1.0 FTE": true,
		"Location: Brussels":   false,
		"The candidate must:":  false,
		"No colon here":        false,
	} {
		if got := AlignedAfterColon(s); got != want {
			t.Errorf("AlignedAfterColon(%q) = %v, want %v", s, got, want)
		}
	}
}
