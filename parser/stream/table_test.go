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

// A column whose cells take the values its head names weighs each row's
// criterion; a column of one office under "Office" does not.
func TestWeightColumn(t *testing.T) {
	rows := [][]string{
		{"1", "A university degree in law.", "Essential"},
		{"2", "Experience of field missions.", "Desirable"},
		{"3", "Fluency in English.", "Essential"},
	}
	k, c, ok := WeightColumn([]string{"#", "Criterion", "Essential / Desirable"}, rows)
	if !ok || k != 2 || c != 1 {
		t.Errorf("WeightColumn = %d, %d, %v; want 2, 1, true", k, c, ok)
	}
	// two weights that differ need no head naming them ("Niveau" over
	// "Indispensable" and "Souhaité"); one weight alone does
	levels := [][]string{
		{"1", "Diplôme de niveau master en droit", "Indispensable"},
		{"2", "Expérience des missions de terrain", "Souhaité"},
	}
	if k, c, ok := WeightColumn([]string{"N°", "Critère", "Niveau"}, levels); !ok || k != 2 || c != 1 {
		t.Errorf("WeightColumn under Niveau = %d, %d, %v; want 2, 1, true", k, c, ok)
	}
	levels[1][2] = "Indispensable"
	if _, _, ok := WeightColumn([]string{"N°", "Critère", "Niveau"}, levels); ok {
		t.Error("one weight under a head that names none is no column of weights")
	}
	posts := [][]string{
		{"Legal Officer", "Brussels", "12 May 2030"},
		{"Analyst", "Brussels", "14 May 2030"},
	}
	if _, _, ok := WeightColumn([]string{"Post", "Office", "Deadline"}, posts); ok {
		t.Error("a column of one place under its head is no weight")
	}
	kinds := [][]string{{"Policy Analyst", "Full-time", "12 May"}, {"Payroll Clerk", "Part-time", "14 May"}}
	if _, _, ok := WeightColumn([]string{"Post", "Full-time / Part-time", "Closing date"}, kinds); ok {
		t.Error("a column of working times is no weight")
	}
}

// A table with an empty corner, heads over its columns and a label
// opening each row is read row by row; one with a head in its corner is
// not.
func TestIsRowHeaded(t *testing.T) {
	rows := [][]string{
		{"Education", "A master's degree in statistics.", "A doctorate."},
		{"Languages", "Excellent English.", "Working French."},
	}
	if !IsRowHeaded([]string{"", "Essential", "Desirable"}, rows) {
		t.Error("want a row-headed table")
	}
	if IsRowHeaded([]string{"Area", "Essential", "Desirable"}, rows) {
		t.Error("a head in the corner: a table of records")
	}
	for _, h := range [][]string{{"", "Essential Criteria", "Desirable Criteria"}, {"", "Qualifications essentielles", "Atouts"}, {"", "Essential (E)", "Desirable (D)"}, {"", "Minimum", "Preferred"}} {
		if !IsRowHeaded(h, rows) {
			t.Errorf("%q: want a row-headed table", h)
		}
	}
	if IsRowHeaded([]string{"", "English", "Français"}, [][]string{{"Location", "Ottawa, Ontario", "Ottawa (Ontario)"}}) {
		t.Error("a bilingual table of facts is no table of criteria")
	}
}
