package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

func TestParseCMap(t *testing.T) {
	const src = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar
<0003> <0020>
<0011> <00E9>
<0042> <FB01>
endbfchar
2 beginbfrange
<0020> <0022> <0041>
<0030> <0031> [<0078> <00660066>]
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`
	m, _ := parseCMap([]byte(src), nil, nil)
	tests := []struct {
		code uint32
		want string
	}{
		{0x0003, " "}, {0x0011, "é"}, {0x0042, "fi"}, // ligature expanded
		{0x0020, "A"}, {0x0021, "B"}, {0x0022, "C"},
		{0x0030, "x"}, {0x0031, "ff"},
	}
	for _, tt := range tests {
		if got := m.uni[tt.code]; got != tt.want {
			t.Errorf("code %04X: got %q, want %q", tt.code, got, tt.want)
		}
	}
	if n := m.codeLen([]byte{0, 0x11}, 1); n != 2 {
		t.Errorf("codeLen = %d, want 2", n)
	}
}

func TestNameText(t *testing.T) {
	tests := []struct{ name, want string }{
		{"eacute", "é"}, {"quoteright", "’"}, {"Euro", "€"}, {"fi", "fi"}, {"ffl", "ffl"},
		{"uni00E9", "é"}, {"uni00660069", "fi"}, {"u1F600", "😀"}, {"f_f_i", "ffi"},
		{"a.sc", "a"}, {"oe", "œ"}, {"guillemotleft", "«"}, {"g123", ""},
	}
	for _, tt := range tests {
		if got := nameText(tt.name); got != tt.want {
			t.Errorf("nameText(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// extractLines runs Extract on a synthetic PDF and returns the line texts.
func extractLines(t *testing.T, data []byte) (*Document, []string) {
	t.Helper()
	doc, err := Extract(context.Background(), data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc, allText(doc)
}

func TestDecoding(t *testing.T) {
	diffFont := `<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Custom /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /eacute /fi /quoteright 65 /uni0152] >> >>`
	tests := []struct {
		name, font, content, want string
	}{
		{"winansi", pdftest.Helvetica, `BT /F1 10 Tf 72 700 Td (caf\351 \200 \223) Tj ET`, "café € “"},
		{"differences", diffFont, `BT /F1 10 Tf 72 700 Td (d\001j\002 l\003A) Tj ET`, "déjfi l’Œ"},
		{"standard", `<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>`, `BT /F1 10 Tf 72 700 Td (it\047s \256ne) Tj ET`, "it’s fine"},
		{"tj kerning", pdftest.Helvetica, `BT /F1 10 Tf 72 700 Td [(Hel) 20 (lo) -400 (world)] TJ ET`, "Hello world"},
		{"positioned words", pdftest.Helvetica, `BT /F1 10 Tf 72 700 Td (two) Tj 18 0 Td (words) Tj ET`, "two words"},
		{"no double space", pdftest.Helvetica, `BT /F1 10 Tf 72 700 Td (one ) Tj 30 0 Td (two) Tj ET`, "one two"},
		{"Tz Tc Tw", pdftest.Helvetica, `BT /F1 10 Tf 50 Tz 1 Tc 20 Tw 72 700 Td (a b) Tj ET`, "a b"},
		{"form xobject", pdftest.Helvetica, `q 1 0 0 1 10 10 cm BT /F1 10 Tf 72 700 Td (in page) Tj ET Q`, "in page"},
		{"T* and quote", pdftest.Helvetica, `BT /F1 10 Tf 12 TL 72 700 Td (first) Tj (second) ' ET`, "first|second"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, lines := extractLines(t, pdftest.Pages("/F1 "+tt.font, tt.content))
			if got := strings.Join(lines, "|"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBoldHints(t *testing.T) {
	fonts := "/F1 " + pdftest.Helvetica + " /F2 " + pdftest.HelveticaBold
	content := `BT /F2 10 Tf 72 700 Td (Essential:) Tj /F1 10 Tf 55 0 Td (a degree in law.) Tj ET
BT /F2 14 Tf 72 670 Td (Heading) Tj ET`
	doc, lines := extractLines(t, pdftest.Pages(fonts, content))
	if len(lines) != 2 {
		t.Fatalf("lines = %q", lines)
	}
	l0, l1 := doc.Pages[0].Lines[0], doc.Pages[0].Lines[1]
	if l0.Bold || l0.LeadBold != len("Essential:") {
		t.Errorf("run-in line: Bold %v LeadBold %d, want false %d", l0.Bold, l0.LeadBold, len("Essential:"))
	}
	if !l1.Bold || l1.LeadBold != 0 || l1.Size != 14 {
		t.Errorf("heading: Bold %v LeadBold %d Size %v", l1.Bold, l1.LeadBold, l1.Size)
	}
}

// TestCellHint: a label cell that a wide gap parts from its value is
// marked (Cell, CellX); the word spaces of a sentence are not.
func TestCellHint(t *testing.T) {
	content := pdftest.TextAt(72, 700, "Duty station") + pdftest.TextAt(200, 700, "Brussels, Belgium") +
		pdftest.TextAt(72, 686, "The post holder will travel often.")
	doc, lines := extractLines(t, pdftest.Pages("/F1 "+pdftest.Helvetica, content))
	if len(lines) != 2 {
		t.Fatalf("lines = %q", lines)
	}
	row, prose := doc.Pages[0].Lines[0], doc.Pages[0].Lines[1]
	if row.Text != "Duty station Brussels, Belgium" || row.Cell != len("Duty station") || row.CellX != 200 {
		t.Errorf("row: %q Cell %d CellX %v, want Cell %d CellX 200", row.Text, row.Cell, row.CellX, len("Duty station"))
	}
	if prose.Cell != 0 {
		t.Errorf("prose: Cell %d, want 0", prose.Cell)
	}
}

// TestTailHint: a short last run that a gap wider than a word space
// parts from the words before it is marked (Tail, TailX), as a table
// row's rating cell; a sentence's last words are not.
func TestTailHint(t *testing.T) {
	content := pdftest.TextAt(72, 700, "1") + pdftest.TextAt(90, 700, "Master's degree in physics or an") +
		pdftest.TextAt(300, 700, "Essential") +
		pdftest.TextAt(72, 686, "The post holder will travel often.")
	doc, lines := extractLines(t, pdftest.Pages("/F1 "+pdftest.Helvetica, content))
	if len(lines) != 2 {
		t.Fatalf("lines = %q", lines)
	}
	row, prose := doc.Pages[0].Lines[0], doc.Pages[0].Lines[1]
	if row.Text != "1 Master's degree in physics or an Essential" || row.Tail != len("1 Master's degree in physics or an ") || row.TailX != 300 {
		t.Errorf("row: %q Tail %d TailX %v, want Tail %d TailX 300", row.Text, row.Tail, row.TailX, len("1 Master's degree in physics or an "))
	}
	if row.Cell != len("1") {
		t.Errorf("row: Cell %d, want %d", row.Cell, len("1"))
	}
	if prose.Tail != 0 {
		t.Errorf("prose: Tail %d, want 0", prose.Tail)
	}
}

// TestColumns lays out a two-column page (with a full-width title above
// and a full-width line below): each column must be read whole, in order.
func TestColumns(t *testing.T) {
	var c strings.Builder
	c.WriteString(pdftest.TextAt(72, 760, "Vacancy notice title across the page"))
	left := []string{"English text of the notice runs", "down the left column of the", "page in several lines of prose", "until the column ends here."}
	right := []string{"Le texte de l'avis en francais", "occupe la colonne de droite", "sur plusieurs lignes de prose", "jusqu'a la fin de la colonne."}
	for i := range left {
		y := 720 - 12*float64(i)
		c.WriteString(pdftest.TextAt(72, y, left[i]))
		c.WriteString(pdftest.TextAt(320, y, right[i]))
	}
	c.WriteString(pdftest.TextAt(72, 600, "A closing line across the whole width of the page body text"))
	doc, lines := extractLines(t, pdftest.Pages("/F1 "+pdftest.Helvetica, c.String()))
	want := append(append([]string{"Vacancy notice title across the page"}, left...), right...)
	want = append(want, "A closing line across the whole width of the page body text")
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("reading order:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	ls := doc.Pages[0].Lines
	for i, l := range ls {
		wantCol := 0
		if i >= 5 && i <= 8 {
			wantCol = 1
		}
		wantStart := i == 0 || i == 5 || i == 9
		if l.Column != wantCol || l.BlockStart != wantStart {
			t.Errorf("line %d %q: Column %d BlockStart %v, want %d %v", i, l.Text, l.Column, l.BlockStart, wantCol, wantStart)
		}
	}
	// a bulleted list is not two columns
	var b strings.Builder
	for i := 0; i < 5; i++ {
		y := 700 - 12*float64(i)
		b.WriteString(pdftest.TextAt(72, y, "\225"))
		b.WriteString(pdftest.TextAt(90, y, fmt.Sprintf("item number %d of a list with long text lines", i)))
	}
	_, lines = extractLines(t, pdftest.Pages("/F1 "+pdftest.Helvetica, b.String()))
	if len(lines) != 5 || !strings.HasPrefix(lines[0], "• item number 0") {
		t.Errorf("list read as columns: %q", lines)
	}
}

func TestRunningHeadersFooters(t *testing.T) {
	// on four pages, and the footer on both pages of two (its only
	// difference its page number, "Employer · 1" and "Employer · 2")
	for _, n := range []int{4, 2} {
		var pages []string
		for p := 1; p <= n; p++ {
			var c strings.Builder
			c.WriteString(pdftest.TextAt(72, 770, "NATO UNCLASSIFIED - Vacancy 250709"))
			c.WriteString(pdftest.TextAt(72, 500, fmt.Sprintf("Body text of page %d.", p)))
			c.WriteString(pdftest.TextAt(72, 480, "Repeated body line is kept."))
			c.WriteString(pdftest.TextAt(72, 45, fmt.Sprintf("Human resources, 292 Main Street · %d", p)))
			c.WriteString(pdftest.TextAt(290, 30, fmt.Sprintf("Page %d of %d", p, n)))
			pages = append(pages, c.String())
		}
		doc, err := Extract(context.Background(), pdftest.Pages("/F1 "+pdftest.Helvetica, pages...), Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range doc.Pages {
			var got []string
			for _, l := range p.Lines {
				got = append(got, l.Text)
			}
			want := fmt.Sprintf("Body text of page %d.|Repeated body line is kept.", p.Number)
			if n == 2 {
				// two pages may open with one title, a language each
				want = "NATO UNCLASSIFIED - Vacancy 250709|" + want
			}
			if strings.Join(got, "|") != want {
				t.Errorf("%d pages, page %d: %q, want %q", n, p.Number, got, want)
			}
		}
	}
}

func ExampleExtract() {
	data := pdftest.Pages("/F1 "+pdftest.Helvetica, `BT /F1 12 Tf 72 700 Td [(Vacancy) -350 (notice)] TJ 0 -20 Td (Deadline: 22 June 2025) Tj ET`)
	doc, err := Extract(context.Background(), data, Options{MaxPages: 50})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			fmt.Printf("p%d %q size %.0f\n", p.Number, l.Text, l.Size)
		}
	}
	// Output:
	// p1 "Vacancy notice" size 12
	// p1 "Deadline: 22 June 2025" size 12
}

func TestRefIn(t *testing.T) {
	d := "<</F1 12 0 R /F10 7 0 R /F2 <</Type /Font>> /X/F1 3 0 R>>"
	for name, want := range map[string]string{"F1": "12 0 R", "F10": "7 0 R", "F2": "", "F3": ""} {
		if got := refIn(d, name); got != want {
			t.Errorf("refIn(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestSidebarOfFacts lays out a left sidebar of facts, each label over
// its value, beside a column of text whose baselines fall between the
// sidebar's: the short lines of the sidebar must not be taken for a
// label column, nor its lines joined with the text's.
func TestSidebarOfFacts(t *testing.T) {
	var c strings.Builder
	facts := []string{"Reference number", "CSC29J-081226-000473", "Organization", "Correctional Service", "Group and level", "WP-04", "Location", "Kingston, Ontario"}
	text := []string{"Parole officers manage the cases of offenders", "serving federal sentences, both inside the", "institutions of the area and in the community", "once they are released. You will gather", "information from many sources and assess", "the risk an offender presents."}
	for i, f := range facts {
		c.WriteString(pdftest.TextAt(50, 700-10.5*float64(i), f))
	}
	for i, l := range text {
		c.WriteString(pdftest.TextAt(250, 705-10.5*float64(i), l))
	}
	_, lines := extractLines(t, pdftest.Pages("/F1 "+pdftest.Helvetica, c.String()))
	want := append(append([]string{}, facts...), text...)
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestLabelColumnStaysRows: labels beside their values, on the values'
// baselines, are rows of a table, not columns.
func TestLabelColumnStaysRows(t *testing.T) {
	var c strings.Builder
	rows := [][2]string{{"Reference", "CSC29J-081226-000473"}, {"Organization", "Correctional Service Canada"}, {"Level", "WP-04"}, {"Location", "Kingston, Ontario"}}
	var want []string
	for i, r := range rows {
		y := 700 - 12*float64(i)
		c.WriteString(pdftest.TextAt(50, y, r[0]))
		c.WriteString(pdftest.TextAt(250, y, r[1]))
		want = append(want, r[0]+" "+r[1])
	}
	_, lines := extractLines(t, pdftest.Pages("/F1 "+pdftest.Helvetica, c.String()))
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestSidesApartGrid(t *testing.T) {
	word := func(x0, y, size float64, n int) *seg {
		s := &seg{x0: x0}
		for i := 0; i < n; i++ {
			s.g = append(s.g, glyph{tlen: 1, x0: x0 + 5*float64(i), x1: x0 + 5*float64(i+1), y: y, size: size})
		}
		s.x1 = s.g[n-1].x1
		return s
	}
	// a grid of facts: label rows (7.5 pt) over value rows (10 pt), two
	// cells a row
	var rows [][]*seg
	for i := 0; i < 3; i++ {
		y := 700 - 34*float64(i)
		rows = append(rows, []*seg{word(60, y, 7.5, 6), word(300, y, 7.5, 8)}, []*seg{word(60, y-12, 10, 10), word(300, y-12, 10, 4)})
	}
	rowSegs := func(ri int) []*seg { return rows[ri] }
	if !sidesApart(rowSegs, 0, len(rows)-1, 200) {
		t.Error("a grid of stacked facts not set apart")
	}
	// a label column: labels and values on one baseline, one style
	rows = nil
	for i := 0; i < 6; i++ {
		y := 700 - 12*float64(i)
		rows = append(rows, []*seg{word(60, y, 10, 6), word(300, y, 10, 8)})
	}
	if sidesApart(rowSegs, 0, len(rows)-1, 200) {
		t.Error("a label column set apart")
	}
}

// TestLeftRunsOn: a gutter found beside a few short lines of a column
// (facts between full lines of a page in two columns) is no sidebar's
// when a line of that column just above or below the run crosses it;
// a full-width line there, or a word of one that happens to start past
// the left side's lines, leaves it a sidebar.
func TestLeftRunsOn(t *testing.T) {
	seg1 := func(x0, x1 float64) *seg { return &seg{x0: x0, x1: x1} }
	// rows 0 and 5 are full lines of the left column (42.5 to 286),
	// rows 1..4 its short facts; the right column starts at 309
	rows := [][]*seg{{seg1(42.5, 278.8), seg1(309, 554)}}
	for i := 0; i < 4; i++ {
		rows = append(rows, []*seg{seg1(42.5, 100+40*float64(i%2)), seg1(309, 552)})
	}
	rows = append(rows, []*seg{seg1(42.5, 286.3), seg1(309, 552)})
	rowSegs := func(ri int) []*seg { return rows[ri] }
	var left []*seg
	for ri := 1; ri <= 4; ri++ {
		left = append(left, rows[ri][0])
	}
	if !leftRunsOn(rowSegs, 1, 4, len(rows), 272.3, left, 309, 20) {
		t.Error("a column's longer lines around its short facts not seen")
	}
	// a sidebar over a line of the page's full width, and a word of a
	// full-width line cut into its own segment
	rows[0] = []*seg{seg1(42.7, 560)}
	rows[5] = []*seg{seg1(48, 180), seg1(188.8, 290), seg1(292, 560)}
	if leftRunsOn(rowSegs, 1, 4, len(rows), 272.3, left, 309, 20) {
		t.Error("a full-width line taken for a line of the sidebar")
	}
}

// TestSetFlushRight: a header's facts with a block of two lines set
// flush right beside them, in a smaller font, on the facts' baselines,
// are two columns; a label column's values (flush left, the labels'
// size, close by) and a block on baselines of its own are not this case.
func TestSetFlushRight(t *testing.T) {
	word := func(x0, y, size float64, n int) *seg {
		s := &seg{x0: x0}
		w := size / 2
		for i := 0; i < n; i++ {
			s.g = append(s.g, glyph{tlen: 1, x0: x0 + w*float64(i), x1: x0 + w*float64(i+1), y: y, size: size})
		}
		s.x1 = s.g[n-1].x1
		return s
	}
	// facts at 10.5 pt from x 48; "Reference number: …" (37 characters)
	// and "Selection process number: …" (46) at 9 pt, both ending at 547.5
	flushRight := func(y float64, n int) *seg { return word(547.5-4.5*float64(n), y, 9, n) }
	rows := [][]*seg{
		{word(48, 639.4, 10.5, 48), flushRight(639.4, 37)},
		{word(48, 626, 10.5, 26), flushRight(627.4, 46)},
		{word(48, 612.4, 10.5, 9)},
		{word(48, 598.9, 10.5, 13)},
	}
	rowSegs := func(ri int) []*seg { return rows[ri] }
	if !setFlushRight(rowSegs, 0, len(rows)-1, 340, 10.5) {
		t.Error("a block set flush right beside the facts not seen")
	}
	// the same block in the facts' size is a label column's values
	small := rows
	rows = [][]*seg{
		{word(48, 639.4, 10.5, 48), word(547.5-5.25*37, 639.4, 10.5, 37)},
		{word(48, 626, 10.5, 26), word(547.5-5.25*46, 626, 10.5, 46)},
	}
	if setFlushRight(rowSegs, 0, len(rows)-1, 300, 10.5) {
		t.Error("values in the labels' size taken for a block set flush right")
	}
	// flush left: the lines start together, their ends apart
	rows = [][]*seg{
		{word(48, 639.4, 10.5, 20), word(380, 639.4, 9, 20)},
		{word(48, 626, 10.5, 20), word(380, 627.4, 9, 30)},
	}
	if setFlushRight(rowSegs, 0, len(rows)-1, 340, 10.5) {
		t.Error("a flush-left block taken for a flush-right one")
	}
	// a block on baselines of its own (a letterhead's address beside its
	// name) is sidesApart's to judge
	rows = append(append([][]*seg{}, small[:2]...), []*seg{flushRight(605, 30)})
	if setFlushRight(rowSegs, 0, len(rows)-1, 340, 10.5) {
		t.Error("a line on its own baseline taken for the block's")
	}
}
