package paged

import (
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
