package paged

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/stream"
)

func TestStackedValue(t *testing.T) {
	box := func(x, y float64) *stream.Box { return &stream.Box{X0: x, X1: x + 80, Y0: y - 2.5, Y1: y + 7.5} }
	label := Line{Text: "Reference number", Pos: stream.Pos{Page: 1, Line: 1}, Box: box(50, 619.5), Bold: true, Size: 1, Gap: -1}
	value := Line{Text: "CSC29J-081226-000473", Pos: stream.Pos{Page: 1, Line: 2}, Box: box(50, 609), Size: 1, Gap: 0}
	if !stackedValue([]Line{label, value}, []bool{true, false}, 0) {
		t.Error("a bold label over its value not stacked")
	}
	// a table's label column: the next label, in the label's style
	next := value
	next.Bold = true
	if stackedValue([]Line{label, next}, []bool{true, false}, 0) {
		t.Error("the next label of a label column taken for a value")
	}
	// the line under it after a block's gap is no value
	far := value
	far.Gap = 1
	if stackedValue([]Line{label, far}, []bool{true, false}, 0) {
		t.Error("a line a block below taken for a value")
	}
}

// TestStackedValueWraps: a value set under its label on a PDF page
// keeps the line it wraps onto in its cell ("(ATIDI)"), flush and in its
// style; a line that could open something else (a capital, no open
// parenthesis) and a text file's line (no style to go by) do not.
func TestStackedValueWraps(t *testing.T) {
	box := func(x, y float64) *stream.Box { return &stream.Box{X0: x, X1: x + 200, Y0: y - 2.5, Y1: y + 7.5} }
	lines := func(third string, pdf bool) []Line {
		ls := []Line{
			{Text: "Senior Underwriter", Pos: stream.Pos{Page: 1, Line: 1}, Box: box(40, 733), Bold: true, Size: 1.7, Gap: -1},
			{Text: "ORGANISATION", Pos: stream.Pos{Page: 1, Line: 2}, Box: box(309, 696.4), Bold: true, Size: 0.75, Gap: 2, Break: true},
			{Text: "African Trade & Investment Development Insurance", Pos: stream.Pos{Page: 1, Line: 3}, Box: box(309, 685.9), Size: 1, Gap: 0},
			{Text: third, Pos: stream.Pos{Page: 1, Line: 4}, Box: box(309, 674.7), Size: 1, Gap: 0.02},
		}
		if !pdf {
			for i := range ls {
				ls[i].Box = nil
			}
		}
		return ls
	}
	value := func(ls []Line) string {
		bs, err := assembleLines(context.Background(), lex, ls)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range bs {
			if b.Kind == stream.Field {
				return b.Text
			}
		}
		return ""
	}
	if got := value(lines("(ATIDI)", true)); got != "African Trade & Investment Development Insurance (ATIDI)" {
		t.Errorf("wrapped value: got %q", got)
	}
	if got := value(lines("Underwriting", true)); got != "African Trade & Investment Development Insurance" {
		t.Errorf("a line in capitals taken into the value: got %q", got)
	}
	if got := value(lines("(ATIDI)", false)); got != "African Trade & Investment Development Insurance" {
		t.Errorf("a text file's line taken into the value: got %q", got)
	}
}

// TestStyledLabelsOverValues: a column of facts whose labels stand
// alone over their values in a smaller type: a value the measure wrapped
// ("International Road Safety" / "Federation (IRSF)") keeps its next
// line, though it opens with a capital, and a label in the labels' style
// that is also a section's name ("Contract") is the next label, not a
// heading that ends the facts.
func TestStyledLabelsOverValues(t *testing.T) {
	box := func(y, x1 float64) *stream.Box { return &stream.Box{X0: 210, X1: x1, Y0: y - 2.5, Y1: y + 7.5} }
	var ls []Line
	add := func(text string, y, x1, size, fill, gap float64) {
		ls = append(ls, Line{Text: text, Pos: stream.Pos{Page: 1, Line: len(ls) + 1}, Box: box(y, x1), Size: size, Fill: fill, Gap: gap})
	}
	ls = append(ls, Line{Text: "Technical Officer, Road Safety", Pos: stream.Pos{Page: 1, Line: 1}, Box: box(740, 430), Size: 1.8, Bold: true, Gap: -1})
	add("Organization", 705.8, 263, 0.78, 0.4, 2)
	add("International Road Safety", 695.8, 337, 1, 1, 0)
	add("Federation (IRSF)", 685.3, 291, 1, 0.6, 0)
	add("Working time", 673.7, 265, 0.78, 0.4, 0.3)
	add("Full-time", 663.7, 249, 1, 0.3, 0)
	add("Contract", 652.1, 250, 0.78, 0.3, 0.3)
	add("Fixed-term, two years", 642.1, 278, 1, 0.5, 0)
	add("Deadline", 630.6, 250, 0.78, 0.3, 0.3)
	add("26 May 2037", 620.6, 270, 1, 0.5, 0)
	bs, err := assembleLines(context.Background(), lex, ls)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range bs {
		if b.Kind == stream.Field {
			got = append(got, b.Label+": "+b.Text)
		}
	}
	want := "[Organization: International Road Safety Federation (IRSF) Working time: Full-time Contract: Fixed-term, two years Deadline: 26 May 2037]"
	if fmt.Sprint(got) != want {
		t.Errorf("fields %q,\nwant %s", got, want)
	}
}

// TestValueWrapsInCellFurtherDown: a table's value wrapped in its cell,
// right of its label, goes on in small letters a little further down
// than the body's spacing (a glyph of a fallback font makes its line
// taller): it stays with its field. A line opening in capitals there,
// or one back at the label's place, starts a block of its own.
func TestValueWrapsInCellFurtherDown(t *testing.T) {
	lines := func(second string, indent float64) []Line {
		box := func(x, y float64) *stream.Box { return &stream.Box{X0: x, X1: x + 120, Y0: y - 2.5, Y1: y + 7.5} }
		return []Line{
			{Text: "Contrat : Durée déterminée, deux ans", Pos: stream.Pos{Page: 1, Line: 1}, Box: box(308, 631.2), Size: 1, Fill: 0.9, Gap: -1, Indent: 0.3, LeadBold: 9},
			{Text: "Temps de travail : Temps plein (37,5 heures par", Pos: stream.Pos{Page: 1, Line: 2}, Box: box(308, 606.4), Size: 1, Fill: 0.9, Gap: 0.1, Indent: 0.3, LeadBold: 18},
			{Text: second, Pos: stream.Pos{Page: 1, Line: 3}, Box: box(308+9.5*(indent-0.3), 592.2), Size: 1, Fill: 0.5, Gap: 0.36, Indent: indent},
		}
	}
	texts := func(ls []Line) []string {
		var out []string
		for _, b := range mustAssemble(ls) {
			out = append(out, b.Kind.String()+"|"+b.Label+"|"+b.Text)
		}
		return out
	}
	got := texts(lines("semaine)", 9.9))
	if !slices.Contains(got, "field|Temps de travail|Temps plein (37,5 heures par semaine)") {
		t.Errorf("the value's wrapped line not kept with it: %q", got)
	}
	for _, tc := range []struct {
		text   string
		indent float64
	}{{"Salaire selon la grille", 9.9}, {"semaine)", 0.3}} {
		got := texts(lines(tc.text, tc.indent))
		if slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, "par "+tc.text) }) {
			t.Errorf("%q at %v ems joined to the value above: %q", tc.text, tc.indent, got)
		}
	}
}
