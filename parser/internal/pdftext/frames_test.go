package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

func pageText(t *testing.T, data []byte) []string {
	t.Helper()
	doc, err := Extract(context.Background(), data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return allText(doc)
}

// TestTurnedText: text turned by a right angle, upside down, mirrored or
// at 45° reads in its own direction, its lines in order; the page's own
// upright text comes first when it has the most.
func TestTurnedText(t *testing.T) {
	lines := func(m string) string {
		return "BT /F1 10 Tf " + m + " Tm (First turned line) Tj 0 -12 Td (Second turned line) Tj ET\n"
	}
	body := pdftest.TextAt(72, 700, "Upright body text of the page, the longest of all the lines here")
	for _, c := range []struct{ name, m string }{
		{"90", "0 1 -1 0 300 200"},
		{"270", "0 -1 1 0 300 600"},
		{"180", "-1 0 0 -1 400 500"},
		{"mirrored", "-1 0 0 1 400 500"},
		{"45", "0.7071 0.7071 -0.7071 0.7071 200 200"},
		{"88", "0.0349 0.9994 -0.9994 0.0349 300 200"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(pageText(t, pdftest.Pages("/F1 "+pdftest.Helvetica, body+lines(c.m))), "|")
			want := "Upright body text of the page, the longest of all the lines here|First turned line|Second turned line"
			if got != want {
				t.Errorf("%q\nwant %q", got, want)
			}
		})
	}
	// a page all of whose text is turned reads as the page turned upright
	doc, err := Extract(context.Background(), pdftest.Pages("/F1 "+pdftest.Helvetica, lines("0 1 -1 0 300 200")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p := doc.Pages[0]; p.Width != 792 || p.Height != 612 || strings.Join(allText(doc), "|") != "First turned line|Second turned line" {
		t.Errorf("turned page: %gx%g %q", p.Width, p.Height, allText(doc))
	}
}

// TestType3Size: a Type3 font's size is judged from its glyphs' widths,
// not its Tf operand alone: at Tf 58 with a small font matrix, its word
// spaces and doubled letters ("messages") survive.
func TestType3Size(t *testing.T) {
	// letters 32 glyph units wide (0.134 em of Tf), "m" 45: at Tf 58
	// the letters advance 7.8 points, the size of a 18-point font's
	widths := make([]string, 26)
	for i := range widths {
		widths[i] = "32"
	}
	widths['m'-'a'] = "45"
	font := "<< /Type /Font /Subtype /Type3 /FontMatrix [0.0042 0 0 0.0042 0 0] /FontBBox [0 0 200 200] /CharProcs << >> /Resources << >>" +
		" /FirstChar 97 /LastChar 122 /Widths [" + strings.Join(widths, " ") + "] /Encoding << /Type /Encoding /Differences [97 " +
		"/a /b /c /d /e /f /g /h /i /j /k /l /m /n /o /p /q /r /s /t /u /v /w /x /y /z] >> >>"
	// a word space of 3.5 points: 0.06 em of 58 points, 0.2 em of 18
	content := "BT /F1 58 Tf 72 700 Td [(account) -60 (messages)] TJ ET"
	got := strings.Join(pageText(t, pdftest.Pages("/F1 "+font, content)), "|")
	if got != "account messages" {
		t.Errorf("%q, want %q", got, "account messages")
	}
}

// TestRepeatedPagesKept: a line at the same place on every page is a
// running header only where the page has other text.
func TestRepeatedPagesKept(t *testing.T) {
	var pages []string
	for p := 1; p <= 4; p++ {
		pages = append(pages, pdftest.TextAt(72, 770, "Same label on every page")+pdftest.TextAt(290, 30, fmt.Sprint(p)))
	}
	got := strings.Join(pageText(t, pdftest.Pages("/F1 "+pdftest.Helvetica, pages...)), "|")
	if want := strings.Repeat("Same label on every page|", 3) + "Same label on every page"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

// TestExplicitSpaceOverlap: a space character in the stream separates
// words even when wrong widths make the next word start a little before
// the last one ends.
func TestExplicitSpaceOverlap(t *testing.T) {
	// (no /Widths: 5 points a letter at 10 points) "text" ends at 92,
	// "comment" starts at 91
	content := "BT /F1 10 Tf 72 700 Td (text ) Tj 19 0 Td (comment) Tj ET"
	got := strings.Join(pageText(t, pdftest.Pages("/F1 "+pdftest.Helvetica, content)), "|")
	if got != "text comment" {
		t.Errorf("%q", got)
	}
}

// TestDoubledLetters: the fake-bold filter drops a glyph drawn again a
// fraction of a point along, not a doubled narrow letter one advance
// along, even in condensed text where that advance is under 0.15 em.
func TestDoubledLetters(t *testing.T) {
	// Tz 60: "ll" of Helvetica advance 0.6 × 0.222 = 0.13 em
	content := "BT /F1 20 Tf 60 Tz 72 700 Td (tallest) Tj ET " +
		"BT /F1 20 Tf 72 650 Td (bold) Tj ET BT /F1 20 Tf 72.3 650 Td (bold) Tj ET"
	got := strings.Join(pageText(t, pdftest.Pages("/F1 "+pdftest.Helvetica, content)), "|")
	if got != "tallest|bold" {
		t.Errorf("%q, want %q", got, "tallest|bold")
	}
}
