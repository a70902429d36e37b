package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

// circlePath is a circle of radius r at cx, cy drawn with four Bézier
// arcs, the way Skia draws a list bullet; paint is "f" or "S".
func circlePath(cx, cy, r float64, paint string) string {
	const k = 0.5523
	return fmt.Sprintf("%g %g m %g %g %g %g %g %g c %g %g %g %g %g %g c %g %g %g %g %g %g c %g %g %g %g %g %g c h %s\n",
		cx+r, cy,
		cx+r, cy+k*r, cx+k*r, cy+r, cx, cy+r,
		cx-k*r, cy+r, cx-r, cy+k*r, cx-r, cy,
		cx-r, cy-k*r, cx-k*r, cy-r, cx, cy-r,
		cx+k*r, cy-r, cx+r, cy-k*r, cx+r, cy,
		paint)
}

func TestBulletShapes(t *testing.T) {
	var c strings.Builder
	// a filled circle left of a line (size 0.4 em, centred 0.3 em above
	// the baseline, 0.6 em before the first glyph)
	c.WriteString(circlePath(82, 703, 2, "f"))
	c.WriteString(pdftest.TextAt(90, 700, "possess a university degree;"))
	// a hollow (stroked) circle for a nested item
	c.WriteString("0.5 w " + circlePath(100, 691, 2, "S"))
	c.WriteString(pdftest.TextAt(108, 688, "nested item;"))
	// a filled square, drawn in a scaled, flipped coordinate system (as
	// Chromium does: CSS pixels, origin top left)
	c.WriteString("q 0.75 0 0 -0.75 0 792 cm 104 148 5.33 5.33 re f Q\n")
	c.WriteString(pdftest.TextAt(90, 676, "have experience in drafting;"))
	// not markers: an underline, a large box, a dot in the middle of a
	// line, a shape before a typed bullet
	c.WriteString("90 662 20 0.8 re f\n")
	c.WriteString(pdftest.TextAt(90, 664, "underlined link text"))
	c.WriteString("60 630 300 20 re f\n")
	c.WriteString(pdftest.TextAt(90, 640, "text on a shaded box"))
	// ("left words" is 43 points of Helvetica at 10: it ends 0.4 em before the dot)
	c.WriteString(pdftest.TextAt(96, 616, "left words"))
	c.WriteString(circlePath(145, 619, 2, "f"))
	c.WriteString(pdftest.TextAt(152, 616, "right words"))
	c.WriteString(circlePath(82, 607, 2, "f"))
	c.WriteString(pdftest.TextAt(90, 604, "\225 typed bullet"))
	_, lines := extractLines(t, pdftest.Pages("/F1 "+pdftest.Helvetica, c.String()))
	want := []string{
		"• possess a university degree;",
		"◦ nested item;",
		"• have experience in drafting;",
		"underlined link text",
		"text on a shaded box",
		"left words right words",
		"• typed bullet",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestJustifiedSpaceIsNoGutter: a justified line whose wide spaces line up
// with the ends of the short lines above and below is one line, not two
// columns (a gutter must run down many lines, wider than their spaces).
func TestJustifiedSpaceIsNoGutter(t *testing.T) {
	var c strings.Builder
	full := "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll"
	c.WriteString(pdftest.TextAt(72, 700, full))
	c.WriteString(pdftest.TextAt(72, 688, "lemes de court terme."))
	// 41 characters of 5 pt justified to 300 pt: four 23.75 pt spaces
	x := 72.0
	for _, w := range strings.Fields("Comprehension organisationnelle : comprend la") {
		c.WriteString(pdftest.TextAt(x, 676, w))
		x += 5*float64(len(w)) + 23.75
	}
	c.WriteString(pdftest.TextAt(72, 664, "structure de l'Organisation."))
	c.WriteString(pdftest.TextAt(72, 652, full))
	doc, lines := extractLines(t, pdftest.Pages("/F1 "+pdftest.Helvetica, c.String()))
	want := []string{full, "lemes de court terme.", "Comprehension organisationnelle : comprend la", "structure de l'Organisation.", full}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	for _, l := range doc.Pages[0].Lines {
		if l.Column != 0 {
			t.Errorf("%q: column %d, want 0", l.Text, l.Column)
		}
	}
}

func TestGutterGapStandsOut(t *testing.T) {
	word := func(x0 float64, n int) *seg {
		s := &seg{x0: x0}
		for i := 0; i < n; i++ {
			s.g = append(s.g, glyph{tlen: 1, x0: x0 + 5*float64(i), x1: x0 + 5*float64(i+1), size: 10})
		}
		s.x1 = s.g[n-1].x1
		return s
	}
	// justified: every space 8 pt, the "gutter" one too
	just := []*seg{word(0, 4), word(28, 4), word(56, 4), word(84, 4)}
	if gutterGapStandsOut(just, 76) {
		t.Error("a justified space taken for a gutter")
	}
	// columns: 4 pt spaces, a 30 pt gutter
	cols := []*seg{word(0, 4), word(24, 4), word(74, 4), word(98, 4)}
	if !gutterGapStandsOut(cols, 44) {
		t.Error("a real gutter rejected")
	}
}
