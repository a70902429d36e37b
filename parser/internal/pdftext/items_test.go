package pdftext

import (
	"slices"
	"strings"
	"testing"
)

// TestTableCellsAreNoMarkers: a table whose rows hold several short
// cells left of a wide gap is not a column of items: its first cells are
// words, not markers, and its rows stay whole.
func TestTableCellsAreNoMarkers(t *testing.T) {
	var cs []cellText
	for i, r := range [][3]string{
		{"CYOC/26/07", "Cyber threat analyst for the operations centre", "G15"},
		{"AMCC/26/011", "Movement coordination assistant, allied centre", "G11"},
		{"NCIA/26/0458", "Network technician, communications agency", "G12"},
		{"SHAPE/26/093", "Bilingual administrative assistant, plans division", "G8"},
		{"SHAPE/26/118", "Cook for the officers' mess, support group", "Local"},
	} {
		y := 700 - 11.3*float64(i)
		cs = append(cs, run(40, y, 8.5, false, r[0]), run(110, y, 8.5, false, r[1]), run(420, y, 8.5, false, r[2]))
	}
	got := layoutCells(cs)
	for _, want := range []string{"CYOC/26/07", "NCIA/26/0458", "SHAPE/26/118"} {
		i := slices.IndexFunc(got, func(s string) bool { return strings.HasPrefix(s, want) })
		if i < 0 || !strings.Contains(got[i], "G") && !strings.Contains(got[i], "Local") {
			t.Errorf("row %s not read across:\n%s", want, strings.Join(got, "\n"))
		}
	}
}

// TestTitleBesideFactsBox: a post's name in a heading's size, wrapped
// over three lines, beside a box of two facts in the body's size whose
// baselines fall near the title's: the title is read whole, then the
// facts, though its short lines do not fill a column.
func TestTitleBesideFactsBox(t *testing.T) {
	cs := []cellText{
		run(45.7, 770, 10.5, false, "Canada.ca > Jobs > Find a job in the public service > Jobs"),
		run(45.7, 736.5, 15, true, "Agente ou agent de"),
		run(283.1, 736.5, 10.5, false, "Numéro de référence: SSH38J-164093-000027"),
		run(283.1, 724.5, 10.5, false, "Numéro du processus de sélection: 38-SSH-EA-NCR-4573"),
		run(45.7, 719.8, 15, true, "programme, subventions de"),
		run(45.7, 703.5, 15, true, "partenariat"),
	}
	cs = append(cs, run(45.7, 678, 10.5, false, "Conseil de recherches en sciences humaines du Canada - Division des partenariats"),
		run(45.7, 666, 10.5, false, "Ottawa (Ontario)"))
	got := layoutCells(cs)
	title := slices.IndexFunc(got, func(s string) bool { return strings.HasPrefix(s, "Agente") })
	ref := slices.IndexFunc(got, func(s string) bool { return strings.HasPrefix(s, "Numéro de référence") })
	last := slices.IndexFunc(got, func(s string) bool { return strings.HasPrefix(s, "partenariat") })
	if title < 0 || ref < 0 || last < 0 || last > ref || got[title] != "Agente ou agent de" {
		t.Errorf("the title is not read whole before the facts beside it:\n%s", strings.Join(got, "\n"))
	}
}

// TestLabelsBesideValuesOfOneSize: labels in bold beside their values
// in the same size are no title beside a box: each row is read across.
func TestLabelsBesideValuesOfOneSize(t *testing.T) {
	var cs []cellText
	for i, f := range [][2]string{{"Closing date", "7 May 2038"}, {"Location", "Ottawa (Ontario)"}, {"Classification", "PM-04"}} {
		y := 700 - 13*float64(i)
		cs = append(cs, run(45.7, y, 10.5, true, f[0]), run(283.1, y, 10.5, false, f[1]))
	}
	got := layoutCells(cs)
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "Location") && strings.Contains(s, "Ottawa") }) {
		t.Errorf("a label and its value not read across:\n%s", strings.Join(got, "\n"))
	}
}
