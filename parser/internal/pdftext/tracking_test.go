package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

// TestLetterSpacedLines: labels set in spaced capitals, by character
// spacing (Tc) or by a shift after every glyph (TJ), read as their words,
// whether their words are parted by a drawn space or by a wider shift;
// ordinary text, a range set with spaces ("80 – 100 %") and glyphs set in
// cells of their own (a rating scale) keep their spaces.
func TestLetterSpacedLines(t *testing.T) {
	tracked := func(s string, shift int) string {
		var b strings.Builder
		for _, r := range s {
			if r == ' ' {
				b.WriteString("( )")
			} else {
				fmt.Fprintf(&b, "(%c)%d", r, -shift)
			}
		}
		return b.String()
	}
	var c strings.Builder
	// Tc: 1.5 pt at 10 pt, 0.15 em
	c.WriteString("BT /F1 10 Tf 1.5 Tc 50 700 Td (REFERENCE) Tj ET\n")
	c.WriteString("BT /F1 10 Tf 1.5 Tc 50 680 Td (TEMPS DE TRAVAIL) Tj ET\n")
	c.WriteString("BT /F1 10 Tf 1 Tc 50 660 Td (LIEU) Tj ET\n")
	// TJ: 0.1 em after every glyph, a drawn space between words
	fmt.Fprintf(&c, "BT /F1 10 Tf 50 640 Td [%s] TJ ET\n", tracked("CLOSING DATE", 102))
	// TJ: a quarter of an em after every glyph, each shift a word space's
	// size for any producer
	fmt.Fprintf(&c, "BT /F1 10 Tf 50 620 Td [%s] TJ ET\n", tracked("WE ARE HIRING", 250))
	body := "The post is based at the headquarters and reports to the head of the unit."
	for i := range 6 {
		c.WriteString(pdftest.TextAt(50, 520-12*float64(i), body))
	}
	c.WriteString(pdftest.TextAt(50, 600, "Temps plein, 80 - 100 % du lundi au vendredi"))
	c.WriteString(pdftest.TextAt(50, 580, "80 - 100 %"))
	c.WriteString("BT /F1 10 Tf 50 560 Td [(1)-2000(2)-2000(3)-2000(4)-2000(5)] TJ ET\n")
	_, lines := extractLines(t, pdftest.Pages("/F1 "+pdftest.Helvetica, c.String()))
	want := []string{"REFERENCE", "TEMPS DE TRAVAIL", "LIEU", "CLOSING DATE", "WE ARE HIRING", "Temps plein, 80 - 100 % du lundi au vendredi", "80 - 100 %", "1 2 3 4 5", body, body, body, body, body, body}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestTitleOverSidebar: a title in large type across the page, above a
// main column and a sidebar of facts, has a word space (a third of its
// em, wider than the body's gutter) where the gutter between them runs:
// the title is one line, and the sidebar is read apart from the column.
// The page's banner above the title has words either side of the gutter
// too, at the same place as the column's lines end: the gutter tried at
// the banner, whose run stops at the title, is tried again at the lines
// below.
func TestTitleOverSidebar(t *testing.T) {
	cells := []cellText{
		{40, 374.7, 805, 9, true, "UNIVERSCIENCE·RECRUTE"}, {395, 529, 805, 9, true, "PALAIS·DE·LA·DECOUVERTE"},
		{40, 374, 750, 22, true, "Médiateur·rice·scientifique"}, {383, 551, 750, 22, true, "planétarium"},
	}
	var main, side []string
	for i := range 12 {
		y := 700 - 12*float64(i)
		l := fmt.Sprintf("line %02d of the main column of the notice goes on to its end here", i)
		cells = append(cells, cellText{40, 374.7, y, 10, false, l})
		main = append(main, l)
	}
	for i := range 6 {
		y := 694 - 24*float64(i)
		l := fmt.Sprintf("fact %d of the sidebar", i)
		cells = append(cells, cellText{405, 520, y, 9, false, l})
		side = append(side, l)
	}
	lines := layoutCells(cells)
	want := append(append([]string{"UNIVERSCIENCE·RECRUTE PALAIS·DE·LA·DECOUVERTE", "Médiateur·rice·scientifique planétarium"}, main...), side...)
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestLeftSidebarOwnBaselines: a narrow sidebar of facts on the left
// (a label over each value) beside the notice's text, each side at its
// own line pitch on baselines of its own, is read apart from the text,
// though its lines are too short for a column's share of the page.
func TestLeftSidebarOwnBaselines(t *testing.T) {
	var cells []cellText
	var side, main []string
	facts := [][2]string{{"REFERENCE", "CW-CAF-2034-014"}, {"LOCATION", "Bangui"}, {"HOURS", "Full-time"}, {"GRADE", "C1"}, {"SALARY", "EUR 3,920 a month"}, {"CLOSING DATE", "22 June 2034"}}
	for i, f := range facts {
		y := 760 - 37.5*float64(i)
		cells = append(cells, cellText{19.8, 19.8 + 5*float64(len(f[0])), y, 7.5, false, f[0]}, cellText{19.8, 19.8 + 6*float64(len(f[1])), y - 15, 10.5, true, f[1]})
		side = append(side, f[0], f[1])
	}
	for i := range 18 {
		y := 765 - 13.7*float64(i)
		l := fmt.Sprintf("line %02d of the notice's own text runs across the main part of the page to here", i)
		cells = append(cells, cellText{204, 548, y, 10, false, l})
		main = append(main, l)
	}
	lines := layoutCells(cells)
	want := append(side, main...)
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}
