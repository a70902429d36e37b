package pdftext

import (
	"slices"
	"strings"
	"testing"
)

// run is a cellText of n-point text whose width follows its length.
func run(x0, y, size float64, bold bool, text string) cellText {
	return cellText{x0, x0 + 0.47*size*float64(len([]rune(text))), y, size, bold, text}
}

// bilingualHalf is one half of a side-by-side notice from x, its lines
// as a browser sets them: a title over two lines, a table of labels (in
// bold, with a colon) and their values, numbered items wrapped under
// their text, a paragraph. Its left side is not filled: the labels and
// the items' tails are short.
func bilingualHalf(x float64, lang string) []cellText {
	cs := []cellText{
		run(x, 740, 13, true, lang+" assistant to the"), run(x, 725, 13, true, "General Secretary"),
	}
	for i, f := range [][2]string{{"Notice:", "IAU/GS/2036/04"}, {"Organization:", lang + " Astronomical Union"}, {"Unit:", "General Secretariat"},
		{"Duty station:", "Paris, France"}, {"Working time:", "Full-time"}, {"Contract:", "Fixed-term, two years"}} {
		y := 703 - 12.75*float64(i)
		cs = append(cs, run(x+3, y, 9, true, f[0]), run(x+96.4, y, 9, false, f[1]))
	}
	y := 600.0
	for i := range 5 {
		cs = append(cs, run(x+1, y, 9.5, false, string(rune('1'+i))+". Manage the diary, travel and correspondence of"), run(x+10.5, y-11.25, 9.5, false, lang+" tail."))
		y -= 22.5
	}
	for range 3 {
		cs = append(cs, run(x, y, 9.5, false, "Founded in 1919, the Union brings together the"))
		y -= 11.25
	}
	return cs
}

// TestMirroredHalvesAreColumns: the two halves of a bilingual page set
// side by side, the same layout twice, are read half by half though
// neither is a filled column of text; within a half, each label is read
// with its value on its row.
func TestMirroredHalvesAreColumns(t *testing.T) {
	cells := []cellText{run(40, 788, 9, true, "INTERNATIONAL ASTRONOMICAL UNION * UNION ASTRONOMIQUE INTERNATIONALE")}
	cells = append(cells, bilingualHalf(45.7, "EN")...)
	cells = append(cells, bilingualHalf(304.1, "FR")...)
	got := layoutCells(cells)
	en := slices.IndexFunc(got, func(s string) bool { return strings.HasPrefix(s, "EN assistant") })
	fr := slices.IndexFunc(got, func(s string) bool { return strings.HasPrefix(s, "FR assistant") })
	lastEN := -1
	for i, s := range got {
		if strings.Contains(s, "EN ") {
			lastEN = i
		}
		if strings.Contains(s, "EN ") && strings.Contains(s, "FR ") {
			t.Errorf("a line across both halves: %q", s)
		}
	}
	if en < 0 || fr < 0 || lastEN > fr {
		t.Errorf("halves not read one after the other:\n%s", strings.Join(got, "\n"))
	}
	for _, want := range []string{"Organization: EN Astronomical Union", "Unit: General Secretariat", "Organization: FR Astronomical Union"} {
		if !slices.Contains(got, want) {
			t.Errorf("no line %q:\n%s", want, strings.Join(got, "\n"))
		}
	}
}

// TestNotMirrored: a label column beside its values starts its lines at
// one place and its values at another: no mirror.
func TestNotMirrored(t *testing.T) {
	var left, right []*seg
	for i := range 6 {
		left = append(left, &seg{x0: 45, x1: 100, row: i})
		right = append(right, &seg{x0: 150, x1: 300 + float64(i), row: i})
	}
	if mirrored(left, right, 1) {
		t.Error("a label column and its values taken for mirrored halves")
	}
	// the same three places on both sides, shifted
	for i, x := range []float64{45, 56, 142, 45, 56, 142} {
		left[i].x0 = x
		right[i].x0 = x + 258.4
	}
	if !mirrored(left, right, 1) {
		t.Error("mirrored halves not seen")
	}
}

// TestLabelsBesideValuesStayRows: a table of bold labels without a
// colon, each on its value's first baseline, under a heading as long as
// the labels' column is wide, is read row by row; a bold heading beside
// a bulleted list is a column of its own.
func TestLabelsBesideValuesStayRows(t *testing.T) {
	cells := []cellText{
		{27.7, 124.9, 384.8, 12, true, "REMUNERATION"},
		{33, 158.4, 358.5, 10.5, true, "Annual salary (net of tax)"}, {210.8, 336.9, 358.5, 10.5, false, "USD 147,317 at single rate"},
		{33, 160.5, 339.8, 10.5, true, "Post adjustment (monthly)"}, {210.8, 430.9, 339.8, 10.5, false, "93.4% of the above figure(s), subject to change"},
		{33, 104.2, 321, 10.5, true, "Other benefits"}, {210.8, 562.2, 321, 10.5, false, "Dependency allowances, education grant, 30 days of annual leave, pension"},
		{210.8, 331.7, 309, 10.5, false, "fund and health insurance"},
		{27.7, 188.6, 282, 12, true, "ADDITIONAL INFORMATION"},
	}
	for i := range 6 {
		cells = append(cells, cellText{27.7, 571.7, 258.8 - 12*float64(i), 10.5, false, strings.Repeat("the text of the notice goes on ", 6)})
	}
	got := layoutCells(cells)
	for _, want := range []string{"Annual salary (net of tax) USD 147,317 at single rate", "Post adjustment (monthly) 93.4% of the above figure(s), subject to change"} {
		if !slices.Contains(got, want) {
			t.Errorf("no line %q:\n%s", want, strings.Join(got, "\n"))
		}
	}
	cells = []cellText{
		run(27.7, 500, 12, true, "REQUIREMENTS"),
		run(33, 480, 10.5, true, "Experience"), run(160, 480, 10.5, false, "• Five years of experience in the field"),
		run(170, 468, 10.5, false, "of air command and control systems"),
		run(33, 456, 10.5, true, "Education"), run(160, 456, 10.5, false, "• A university degree in engineering"),
		run(160, 444, 10.5, false, "• A course in project management"),
		run(27.7, 420, 12, true, "ADDITIONAL INFO"),
	}
	got = layoutCells(append(cells, bodyBelow(400, 5)...))
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "Experience •") }) {
		t.Errorf("a heading beside its list read across:\n%s", strings.Join(got, "\n"))
	}
}

// TestCentredLabel: a table's label set against the middle of a cell of
// two lines is read with the cell's first line; one centred against a
// cell of four lines, and a sidebar's label between two lines of the
// text beside it, stay where they are.
func TestCentredLabel(t *testing.T) {
	cells := []cellText{
		run(67.4, 650, 10.5, false, "Catégorie"), run(227, 650, 10.5, false, "P2"),
		run(227, 628.6, 10.5, false, "36 900 000 FCFA (XAF) nets par an, indemnité de"),
		run(67.4, 622.4, 10.5, true, "Rémunération"),
		run(227, 616.4, 10.5, false, "logement non comprise"),
		run(67.4, 595.4, 10.5, false, "Temps de travail"), run(227, 595.4, 10.5, false, "Temps plein"),
	}
	got := layoutCells(append(cells, bodyBelow(560, 5)...))
	if !slices.Contains(got, "Rémunération 36 900 000 FCFA (XAF) nets par an, indemnité de") {
		t.Errorf("the label not read with its cell's first line:\n%s", strings.Join(got, "\n"))
	}
	// a cell of four lines
	cells = []cellText{
		run(188.8, 661.1, 10.5, false, "International Military Staff (IMS)"),
		run(188.8, 649, 10.5, false, "Cooperation and Regional Security Division"),
		run(58.2, 642.9, 10.5, true, "DIVISION:"),
		run(188.8, 636.9, 10.5, false, "Partnerships Branch"),
		run(188.8, 624.8, 10.5, false, "Interoperability Section"),
		run(58.2, 609.9, 10.5, true, "TITLE:"), run(188.8, 609.9, 10.5, false, "Staff Assistant"),
	}
	got = layoutCells(append(cells, bodyBelow(560, 5)...))
	if !slices.Contains(got, "DIVISION:") {
		t.Errorf("a label centred against four lines moved:\n%s", strings.Join(got, "\n"))
	}
	// a sidebar's label between two lines of the text beside it
	cells = []cellText{run(50.7, 639.8, 11, true, "Key information"), run(253.6, 645.8, 11, true, "About the job")}
	for i := range 6 {
		cells = append(cells, run(253.6, 625.5-10.5*float64(i), 9.5, false, "Parole officers manage the cases of offenders serving"))
	}
	cells = append(cells, run(50.7, 619.5, 9.5, true, "Reference number"), run(50.7, 609, 9.5, false, "CSC29J-081226-000473"))
	got = layoutCells(cells)
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "Reference number Parole") }) {
		t.Errorf("a sidebar's label read with the text beside it:\n%s", strings.Join(got, "\n"))
	}
}

// TestCentredLabelsOfTwoHalves: the two halves of a side-by-side
// notice set their tables' labels on one baseline, each centred against
// a value of two lines in its half: each label is read with its own
// value's first line; a label whose value's lines run on under the other
// half's label is not moved.
func TestCentredLabelsOfTwoHalves(t *testing.T) {
	cells := []cellText{
		run(143.9, 674.7, 9, false, "International University Sports"),
		run(399.3, 674.7, 9, false, "Fédération Internationale du Sport"),
		run(51.7, 669.4, 9, true, "Organisation"), run(307.1, 669.4, 9, true, "Organisation"),
		run(143.9, 664.2, 9, false, "Federation (FISU)"),
		run(399.3, 664.2, 9, false, "Universitaire (FISU)"),
		run(51.7, 649.9, 9, true, "Department"), run(143.9, 649.9, 9, false, "Education"),
		run(307.1, 649.9, 9, true, "Département"), run(399.3, 649.9, 9, false, "Éducation"),
	}
	got := layoutCells(append(cells, bodyBelow(600, 6)...))
	for _, want := range []string{
		"Organisation International University Sports",
		"Organisation Fédération Internationale du Sport",
	} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("no line %q:\n%s", want, strings.Join(got, "\n"))
		}
	}
	// the left label's value runs under the right label: no cell of its
	cells = []cellText{
		run(143.9, 674.7, 9, false, "International University Sports Federation and its many"),
		run(51.7, 669.4, 9, true, "Organisation"), run(307.1, 669.4, 9, true, "Organisation"),
		run(143.9, 664.2, 9, false, "Federation (FISU) and its members across the world today"),
	}
	got = layoutCells(append(cells, bodyBelow(600, 6)...))
	if slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "Organisation International") }) {
		t.Errorf("a label moved against a value running under the next label:\n%s", strings.Join(got, "\n"))
	}
}

// TestCentredLabelColonInValue: a table that sets its colons at the
// head of the value column ("Place of work | : Commission…") marks its
// labels so, in the regular weight: a label centred against a value of
// two lines is read with the value's first line.
func TestCentredLabelColonInValue(t *testing.T) {
	cells := []cellText{
		run(59.1, 648.4, 11.5, false, "Employer"), run(201.8, 648.4, 11.5, false, ": Rodrigues Regional Assembly"),
		run(201.8, 630.6, 11.5, false, ": Commission for Environment, Fisheries and Marine Parks,"),
		run(59.1, 624.0, 11.5, false, "Place of work"),
		run(201.8, 617.4, 11.5, false, "Port Mathurin, Rodrigues"),
		run(201.8, 599.6, 11.5, false, ": 08.45 hrs to 16.00 hrs, Monday to Friday, with field work at"),
		run(59.1, 593.0, 11.5, false, "Hours of work"),
		run(201.8, 586.4, 11.5, false, "low tide on weekends"),
	}
	for i := range 6 {
		cells = append(cells, run(56.8, 560-15*float64(i), 11.5, false, "Candidates should possess a degree in a related field and experience."))
	}
	got := layoutCells(cells)
	for _, want := range []string{
		"Place of work : Commission for Environment, Fisheries and Marine Parks,",
		"Hours of work : 08.45 hrs to 16.00 hrs, Monday to Friday, with field work at",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no line %q:\n%s", want, strings.Join(got, "\n"))
		}
	}
	// two rows of one line each, with a line between them in the label
	// column: no label centred between them
	cells = []cellText{
		run(59.1, 648.4, 11.5, false, "Employer"), run(201.8, 648.4, 11.5, false, ": Rodrigues Regional Assembly"),
		run(59.1, 641.8, 11.5, false, "Note"),
		run(59.1, 635.2, 11.5, false, "Post"), run(201.8, 635.2, 11.5, false, ": Coastal Officer"),
	}
	for i := range 6 {
		cells = append(cells, run(56.8, 560-15*float64(i), 11.5, false, "Candidates should possess a degree in a related field and experience."))
	}
	got = layoutCells(cells)
	if !slices.Contains(got, "Note") {
		t.Errorf("a line between two rows moved:\n%s", strings.Join(got, "\n"))
	}
}

// TestCentredLabelsRowUnderRow: two rows of a table, each label centred
// against a cell of two lines, the second cell's first line a pitch
// under the first cell's last: the line under the first cell is the
// next row's, whose label stands half a pitch under it, not the first
// cell's third line, and each label is read with its cell's first line.
func TestCentredLabelsRowUnderRow(t *testing.T) {
	cells := []cellText{
		run(307.9, 631.2, 9.5, true, "Contrat :"), run(399.5, 631.2, 9.5, false, "Durée déterminée, trois ans"),
		run(399.5, 606.4, 9.5, false, "Temps plein (37,5 heures par"),
		run(307.9, 600.8, 9.5, true, "Temps de travail :"),
		run(399.5, 592.2, 9.5, false, "semaine)"),
		run(399.5, 577.9, 9.5, false, "58 000 à 66 000 EUR par an,"),
		run(307.9, 572.4, 9.5, true, "Salaire brut :"),
		run(399.5, 563.7, 9.5, false, "selon l'expérience"),
		run(307.9, 549.4, 9.5, true, "Publication :"), run(399.5, 549.4, 9.5, false, "28 novembre 2041"),
	}
	for i := range 6 {
		cells = append(cells, run(304.9, 520-10.5*float64(i), 9.5, false, "La FMOI réunit des institutions de cent pays."))
	}
	got := layoutCells(cells)
	for _, want := range []string{
		"Temps de travail : Temps plein (37,5 heures par",
		"Salaire brut : 58 000 à 66 000 EUR par an,",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no line %q:\n%s", want, strings.Join(got, "\n"))
		}
	}
}

// TestCentredLabelsNotHeadingLines: a heading in bold wrapped over three
// lines in a column, beside the next column's paragraph whose lines
// fall half way between its own: its lines stay on their baselines
// (each has the heading's other lines, not a table's next label, half
// a pitch off the paragraph's lines around it).
func TestCentredLabelsNotHeadingLines(t *testing.T) {
	cells := []cellText{
		run(42.7, 501.4, 12, true, "SÉANCE D’INFORMATION SUR LE"),
		run(42.7, 483.4, 12, true, "POSTE ET SUR LE PROCESSUS DE"),
		run(42.7, 465.4, 12, true, "RECRUTEMENT"),
	}
	for i := range 12 {
		cells = append(cells, run(42.7, 431.7-18*float64(i), 12, false, "L’OTAN organise une séance d’information"))
	}
	for i := range 20 {
		cells = append(cells, run(326.5, 583.9-18*float64(i), 12, false, "civils et militaires de l’OTAN, les pays"))
	}
	var gl []glyph
	var texts []string
	for _, c := range cells {
		rs := []rune(c.text)
		w := (c.x1 - c.x0) / float64(len(rs))
		space := false
		for i, r := range rs {
			if r == ' ' {
				space = true
				continue
			}
			texts = append(texts, string(r))
			gl = append(gl, glyph{tid: uint32(len(texts) - 1), tlen: uint32(len(string(r))), x0: c.x0 + w*float64(i), x1: c.x0 + w*float64(i+1),
				y: c.y, size: c.size, seq: len(gl), bold: c.bold, spaceBefore: space})
			space = false
		}
	}
	for _, l := range layoutPage(gl, texts, 612, 842, nil) {
		for _, c := range cells[:3] {
			if l.Text == c.text && l.Baseline != c.y {
				t.Errorf("%q moved from %.1f to %.1f", l.Text, c.y, l.Baseline)
			}
		}
	}
}
