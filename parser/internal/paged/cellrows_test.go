package paged

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// cellAt is a PDF line whose first cell, head, a wide gap parts from the
// value set at x valueX.
func cellAt(y, valueX float64, head, value string) Line {
	l := at(1, 50, y, head+" "+value)
	l.Cell, l.CellX = len(head), valueX
	return l
}

func TestCellRows(t *testing.T) {
	// A two-column table without rules: each row a field, a value's
	// wrapped line (at the value's x) part of it, a label the tables
	// do not know kept as written.
	lines := []Line{
		cellAt(700, 200, "Employer", "Agence de la défense pour les"),
		at(1, 200, 688, "archives (ADA)"),
		cellAt(676, 200, "Corps", "Ingénieurs d'études"),
		cellAt(664, 200, "Duty station", "Ivry-sur-Seine"),
	}
	assert.Equal(t, []string{
		"field|Employer|Agence de la défense pour les archives (ADA)",
		"field|Corps|Ingénieurs d'études",
		"field|Duty station|Ivry-sur-Seine",
	}, assembled(lines))
}

func TestCellRowAlone(t *testing.T) {
	// One line whose first words stand apart, a sidebar's beside a
	// page's text, is no table: its words run on as they are printed.
	lines := []Line{
		cellAt(700, 200, "Orion Alpha", "manages the identity programme"),
		at(1, 50, 688, "and its access controls."),
	}
	lines[0].Fill = 0.9
	out := assembled(lines)
	for _, b := range out {
		assert.NotContains(t, b, "field|", "a lone row is no field: %q", out)
	}
}

func TestCellRowKnownLabel(t *testing.T) {
	// A label cell the tables know is the row's label, though the words
	// across its gap make a longer label with it ("Classification
	// Group" is a label too): the value keeps its first word.
	lines := []Line{
		cellAt(700, 200, "Position", "Laboratory Coordinator"),
		cellAt(688, 200, "Classification", "Group 8"),
		cellAt(676, 200, "Salary", "$54,288 to $73,915 per year"),
	}
	assert.Equal(t, []string{
		"field|Position|Laboratory Coordinator",
		"field|Classification|Group 8",
		"field|Salary|$54,288 to $73,915 per year",
	}, assembled(lines))
}
