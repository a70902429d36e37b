package paged

import (
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/stream"
)

// pdfLine is a line of a PDF page, one a baseline 13.5 points apart,
// reaching fill of its column's measure.
func pdfLine(text string, n int, fill float64) Line {
	y := 640 - 13.5*float64(n)
	gap := 0.0
	if n == 0 {
		gap = -1
	}
	return Line{Text: text, Pos: stream.Pos{Page: 1, Line: n + 1}, Box: &stream.Box{X0: 48, X1: 48 + 500*fill, Y0: y - 2.5, Y1: y + 8}, Size: 1, Fill: fill, Gap: gap}
}

func blockTexts(bs []stream.Block) string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Text)
	}
	return strings.Join(out, " | ")
}

// TestWriterBroke: a poster's header facts, each on a short line of a
// PDF whose next word had room on it, stay one a block; a paragraph's
// wrapped lines, and an amount under what it pays, are read on.
func TestWriterBroke(t *testing.T) {
	got := blockTexts(mustAssemble([]Line{
		pdfLine("Natural Resources Canada - Canadian Forest Service", 0, 0.5),
		pdfLine("Sault Ste. Marie (Ontario)", 1, 0.24),
	}))
	if want := "Natural Resources Canada - Canadian Forest Service | Sault Ste. Marie (Ontario)"; got != want {
		t.Errorf("facts: %q, want %q", got, want)
	}
	got = blockTexts(mustAssemble([]Line{
		pdfLine("Our research centres are smoke-free workplaces that follow a hybrid work", 0, 0.97),
		pdfLine("Model in which staff are on site three days a week.", 1, 0.7),
	}))
	if want := "Our research centres are smoke-free workplaces that follow a hybrid work Model in which staff are on site three days a week."; got != want {
		t.Errorf("wrapped: %q, want %q", got, want)
	}
	got = blockTexts(mustAssemble([]Line{
		pdfLine("Gross monthly salary, paid 13 times a year", 0, 0.5),
		pdfLine("CHF 9,200—CHF 10,800", 1, 0.3),
	}))
	if want := "Gross monthly salary, paid 13 times a year CHF 9,200—CHF 10,800"; got != want {
		t.Errorf("amount: %q, want %q", got, want)
	}
}

// TestFiguresInCapitals: a PDF's line in capitals made of figures (a
// level, an amount) is a fact, not a heading; a text file's capitals
// line stays a heading, its capitals its only mark.
func TestFiguresInCapitals(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"SE-RES-02", true},
		{"CHF 9,200—CHF 10,800", true},
		{"SECTION 2", false},
		{"ESSENTIAL QUALIFICATIONS", false},
	} {
		if got := mostlyFigures(tt.text); got != tt.want {
			t.Errorf("mostlyFigures(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	a := &assembler{lex: lex}
	l := pdfLine("SE-RES-02", 0, 0.1)
	if li := a.classify(l); li.isHeadingLine() {
		t.Error("a PDF's level in capitals read as a heading")
	}
	l.Box = nil
	if li := a.classify(l); !li.isHeadingLine() {
		t.Error("a text file's reference in capitals no longer a heading")
	}
}

// TestPDFCriteriaWithoutBullets: under a heading of criteria, a PDF's
// line without a sentence's end whose next word had room well within the
// measure ends its criterion, unless it ends on a function word or inside
// a bracket; a full line goes on.
func TestPDFCriteriaWithoutBullets(t *testing.T) {
	got := blockTexts(mustAssemble([]Line{
		pdfLine("Qualifications", 0, 0.2),
		pdfLine("Master's degree in finance, accounting or business administration", 1, 0.68),
		pdfLine("At least seven years of experience in finance and administration, including four", 2, 0.97),
		pdfLine("as a manager", 3, 0.15),
		pdfLine("Sound knowledge of the regional accounting standards and of the", 4, 0.7),
		pdfLine("Burkinabè tax and labour law", 5, 0.3),
		pdfLine("Experience of projects funded by donors (SDC, EU, World Bank or", 6, 0.7),
		pdfLine("African Development Bank)", 7, 0.3),
		pdfLine("Fluent French and good English", 8, 0.3),
	}))
	want := "Qualifications | Master's degree in finance, accounting or business administration | " +
		"At least seven years of experience in finance and administration, including four as a manager | " +
		"Sound knowledge of the regional accounting standards and of the Burkinabè tax and labour law | " +
		"Experience of projects funded by donors (SDC, EU, World Bank or African Development Bank) | Fluent French and good English"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
