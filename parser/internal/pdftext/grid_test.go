package pdftext

import (
	"slices"
	"strings"
	"testing"
)

// cellText is a run of text set from x0 to x1 on baseline y: its glyphs
// share the width evenly, a space leaves a glyph's gap.
type cellText struct {
	x0, x1, y, size float64
	bold            bool
	text            string
}

// layoutCells lays out the runs as one page and returns its lines' text.
func layoutCells(cells []cellText) []string {
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
	var out []string
	for _, l := range layoutPage(gl, texts, 612, 842, nil) {
		out = append(out, l.Text)
	}
	return out
}

// bodyBelow is a paragraph of full lines under a header, from y down.
func bodyBelow(y float64, n int) []cellText {
	var cs []cellText
	for i := range n {
		cs = append(cs, cellText{42.5, 548, y - 11.25*float64(i), 8.5, false, strings.Repeat("the text of the notice goes on here ", 5)})
	}
	return cs
}

// TestGridGutterAtLongestLine: a grid of facts in three columns, each
// label over its value, whose middle column's two longest lines end a
// fraction of a point apart ("WORKING REGIME" at 294.8, "Full-time,
// shift work" at 295.1): the gutter after it is found at the longer
// line's end, and each column is read on its own.
func TestGridGutterAtLongestLine(t *testing.T) {
	cells := []cellText{
		{42.5, 83, 712.9, 7.5, true, "COMPANY"}, {220.2, 262, 712.9, 7.5, true, "LOCATION"}, {397.9, 453.5, 712.9, 7.5, true, "DEPARTMENT"},
		{42.5, 101.5, 701.7, 8.5, false, "Fluxys Belgium"}, {220.2, 253.6, 701.7, 8.5, false, "Brussels"}, {397.9, 514.9, 701.7, 8.5, false, "Gas Dispatching & Operations"},
		{42.5, 87.7, 683.7, 7.5, true, "CONTRACT"}, {220.2, 294.8, 683.7, 7.5, true, "WORKING REGIME"}, {397.9, 460.4, 683.7, 7.5, true, "APPLY BEFORE"},
		{42.5, 85.1, 672.4, 8.5, false, "Permanent"}, {220.2, 295.1, 672.4, 8.5, false, "Full-time, shift work"}, {397.9, 448.7, 672.4, 8.5, false, "30 April 2031"},
		{42.5, 164.7, 637.2, 12.5, true, "YOUR CHALLENGE"},
	}
	got := layoutCells(append(cells, bodyBelow(619.9, 5)...))
	want := []string{"COMPANY", "Fluxys Belgium", "CONTRACT", "Permanent", "LOCATION", "Brussels", "WORKING REGIME", "Full-time, shift work",
		"DEPARTMENT", "Gas Dispatching & Operations", "APPLY BEFORE", "30 April 2031", "YOUR CHALLENGE"}
	if len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant first:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGridNarrowLeftColumn: a grid of facts in two columns whose left
// column holds short values only (its text a fifth of the grid's width,
// its column half of it) is read column by column, a value wrapped in
// its cell kept with it; a label column beside its values, on their
// baselines and in another style, stays rows.
func TestGridNarrowLeftColumn(t *testing.T) {
	cells := []cellText{
		{39.7, 85.9, 696.4, 7.5, true, "REFERENCE"}, {309.1, 366.9, 696.4, 7.5, true, "ORGANISATION"},
		{39.7, 126.2, 685.9, 10, false, "ATIDI/HR/2031/019"}, {309.1, 538, 685.9, 10, false, "African Trade & Investment Development Insurance"},
		{309.1, 340.5, 674.7, 10, false, "(ATIDI)"},
		{39.7, 93.8, 661.9, 7.5, true, "DUTY STATION"}, {309.1, 360.6, 661.9, 7.5, true, "DEPARTMENT"},
		{39.7, 134.4, 651.4, 10, false, "Abidjan, Côte d'Ivoire"}, {309.1, 492.1, 651.4, 10, false, "Underwriting, West Africa Regional Office"},
		{39.7, 66.8, 637.9, 7.5, true, "GRADE"}, {309.1, 351.2, 637.9, 7.5, true, "CONTRACT"},
		{39.7, 53.6, 627.4, 10, false, "M2"}, {309.1, 456.3, 627.4, 10, false, "Three-year fixed term, renewable"},
		{39.7, 113.7, 549.4, 10.5, true, "ABOUT ATIDI"},
	}
	got := layoutCells(append(cells, bodyBelow(523.9, 5)...))
	want := []string{"REFERENCE", "ATIDI/HR/2031/019", "DUTY STATION", "Abidjan, Côte d'Ivoire", "GRADE", "M2",
		"ORGANISATION", "African Trade & Investment Development Insurance", "(ATIDI)", "DEPARTMENT", "Underwriting, West Africa Regional Office",
		"CONTRACT", "Three-year fixed term, renewable", "ABOUT ATIDI"}
	if len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant first:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// labels in bold beside their values, on the values' baselines
	cells = nil
	for i, r := range [][2]string{{"Reference", "ATIDI/HR/2031/019"}, {"Duty station", "Abidjan, Côte d'Ivoire"}, {"Grade", "M2"}, {"Contract", "Three-year fixed term"}, {"Salary", "USD 96,400 per annum"}} {
		y := 700 - 14*float64(i)
		cells = append(cells, cellText{39.7, 39.7 + 5*float64(len(r[0])), y, 10, true, r[0]}, cellText{309.1, 309.1 + 5*float64(len(r[1])), y, 10, false, r[1]})
	}
	got = layoutCells(append(cells, bodyBelow(600, 5)...))
	if !strings.HasPrefix(got[0], "Reference ") || !strings.HasPrefix(got[1], "Duty station ") {
		t.Errorf("a label column read as a grid:\n%s", strings.Join(got, "\n"))
	}
}

// TestLeaderRowsStayWhole: an index's entries whose dot leaders end
// where a gutter before their page numbers could run ("exchanges........
// 12,19,29", "distributions...... 11,12,19", four rows clear of the
// other entries) keep their numbers: a leader leads across the gap, it
// does not end a column.
func TestLeaderRowsStayWhole(t *testing.T) {
	cells := []cellText{
		{42, 130, 533, 8.5, false, "Capital assets, sales or"},
		{50.5, 122.2, 524, 8.5, false, "exchanges........"}, {127.2, 165, 524, 8.5, false, "12,19,29"},
		{42, 90, 516, 8.5, false, "Capital gain"},
		{50.5, 122.4, 505, 8.5, false, "distributions......"}, {127.2, 165, 505, 8.5, false, "11,12,19"},
		{42, 105, 496, 8.5, false, "Capital gain tax"},
		{50.5, 160, 486, 8.5, false, "worksheet................ 19"},
	}
	// the index's other entries: word spaces of a narrow face
	for i := range 8 {
		cells = append(cells, cellText{42, 165, 470 - 10*float64(i), 8.5, false, "Child and dependent care expenses, credit for the year 20"})
	}
	got := layoutCells(cells)
	want := []string{"Capital assets, sales or", "exchanges........ 12,19,29", "Capital gain", "distributions...... 11,12,19", "Capital gain tax", "worksheet................ 19"}
	if len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSidebarSharingRows: a narrow list of other posts set beside a
// table of facts (labels, then values further right), at a pitch of its
// own, so that a few of its lines meet the table's rows by chance: the
// table is read whole, row by row, and the list after it, not each
// table row run on into the list's line beside it.
func TestSidebarSharingRows(t *testing.T) {
	cells := []cellText{
		{48.7, 365.8, 652.5, 19, true, "Workshop Technician"}, {443.1, 528.9, 652.5, 9.5, true, "Other posts"},
		{443.1, 540.8, 634.5, 9.5, true, "Gallery Attendant"}, {443.1, 489.5, 624, 9.5, false, "(part time)"},
	}
	facts := [][2]string{{"Reference", "AB/2038/001"}, {"Employer", "The Harbour Trust"}, {"Location", "North Quay Depot, Eastport"},
		{"Directorate", "Operations and Maintenance"}, {"Contract", "Permanent"}, {"Working pattern", "37 hours per week"},
		{"Salary", "£30,000 per annum"}, {"Closing date", "9 February 2038"}}
	for i, f := range facts {
		y := 613.5 - 15*float64(i)
		cells = append(cells, cellText{57.7, 57.7 + 5*float64(len(f[0])), y, 11, true, f[0]}, cellText{198.7, 198.7 + 5.2*float64(len(f[1])), y, 11, false, f[1]})
	}
	side := []string{"Town · £15.10 per", "hour · closes 3 March", "2038", "Second Officer", "Fleet · £46,900 per", "annum · closes 28 March", "2038", "Finance Clerk"}
	for i, s := range side {
		cells = append(cells, cellText{443.1, 443.1 + 5*float64(len(s)), 613.5 - 10.5*float64(i), 9.5, false, s})
	}
	got := layoutCells(append(cells, bodyBelow(460, 5)...))
	want := []string{"Workshop Technician", "Reference AB/2038/001", "Employer The Harbour Trust", "Location North Quay Depot, Eastport",
		"Directorate Operations and Maintenance", "Contract Permanent", "Working pattern 37 hours per week", "Salary £30,000 per annum",
		"Closing date 9 February 2038", "Other posts", "Gallery Attendant", "(part time)", "Town · £15.10 per"}
	if len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant first:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGridUnderMixedBanner: a form's grid of facts, two columns of
// labels in small type each over its value, under a letterhead whose
// one row across the gutter sets a name and a form's title in two
// sizes: that one row of mixed styles does not hide the stacked facts
// below it, and each column of the grid is read on its own, each label
// with its value.
func TestGridUnderMixedBanner(t *testing.T) {
	cells := []cellText{
		{39, 110, 794.7, 12, true, "EASTPORT"}, {481.5, 556.5, 794.7, 9, true, "JOB SHEET"},
		{415.9, 556.5, 784.2, 9, false, "Human resources office"},
		{39, 127.4, 778.9, 8, false, "Eastport · Northbay"},
		{426.6, 556.5, 773.7, 9, false, "Form HR-11 · version 4"},
		{38.2, 168.1, 750.4, 9, true, "1. THE POST"},
	}
	rows := [][4]string{
		{"POST TITLE", "OFFER NUMBER", "Lock keeper (F/M)", "EP-HR-2037-0163"},
		{"EMPLOYER", "DEPARTMENT", "EASTPORT", "Harbour access service, locks"},
		{"PLACE OF WORK", "CATEGORY", "Eastport – north lock", "Supervisor – harbour agreement"},
		{"WORKING HOURS", "CONTRACT", "Shift work, three shifts", "Permanent"},
	}
	y := 736.9
	for _, r := range rows {
		cells = append(cells, cellText{38.2, 38.2 + 4.2*float64(len(r[0])), y, 7, false, r[0]}, cellText{302.2, 302.2 + 4.2*float64(len(r[1])), y, 7, false, r[1]},
			cellText{38.2, 38.2 + 4.6*float64(len(r[2])), y - 9.7, 9, false, r[2]}, cellText{302.2, 302.2 + 4.6*float64(len(r[3])), y - 9.7, 9, false, r[3]})
		y -= 24
	}
	got := layoutCells(append(cells, bodyBelow(y-20, 5)...))
	want := []string{"POST TITLE", "Lock keeper (F/M)", "EMPLOYER", "EASTPORT", "PLACE OF WORK", "Eastport – north lock", "WORKING HOURS", "Shift work, three shifts",
		"OFFER NUMBER", "EP-HR-2037-0163", "DEPARTMENT", "Harbour access service, locks", "CATEGORY", "Supervisor – harbour agreement", "CONTRACT", "Permanent"}
	// each label just over its value, the left column before the right
	// (the letterhead's lines may come before either column's)
	at := -1
	for i := 0; i < len(want); i += 2 {
		k := slices.Index(got, want[i])
		if k <= at || k+1 >= len(got) || got[k+1] != want[i+1] {
			t.Fatalf("lines:\n%s\nwant in this order, each label over its value:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		at = k
	}
}

// TestGridBoldValue: a form's grid of facts, labels in small type over
// their values, whose first value on the left (the post's title) is set
// in bold beside its neighbour's regular value: that row, two values
// under a row of smaller labels, is stacked all the same, and each
// column is read on its own, each label with its value.
func TestGridBoldValue(t *testing.T) {
	cells := []cellText{
		{47, 128, 782.5, 15, true, "JOB SHEET"}, {366.6, 477.1, 782.5, 8.5, false, "Offer number : HR-2037-027"},
		{47, 157.5, 768.7, 8.5, false, "A public body of the state"}, {366.6, 438.9, 768.7, 8.5, false, "Issued 15/07/2037"},
		{45.3, 92.1, 745.6, 8.5, true, "1. THE POST"},
	}
	rows := [][4]string{
		{"POST TITLE", "EMPLOYER", "Forest technician (F/M)", "National forest owners' centre"},
		{"PLACE OF WORK", "SERVICE", "Regional office in Limoges", "Regional delegation – south pole"},
		{"CATEGORY", "LINE MANAGER", "Category B – technician", "Head of the regional pole"},
		{"NATURE OF THE POST", "WORKING TIME", "Three-year contract", "Full-time (37.5 hours)"},
	}
	y := 729.7
	for k, r := range rows {
		cells = append(cells, cellText{45.3, 45.3 + 4.2*float64(len(r[0])), y, 7, false, r[0]}, cellText{302.5, 302.5 + 4.2*float64(len(r[1])), y, 7, false, r[1]},
			cellText{45.3, 45.3 + 4.6*float64(len(r[2])), y - 9.5, 8.5, k == 0, r[2]}, cellText{302.5, 302.5 + 4.6*float64(len(r[3])), y - 9.5, 8.5, false, r[3]})
		y -= 23
	}
	got := layoutCells(append(cells, bodyBelow(y-20, 5)...))
	want := []string{"POST TITLE", "Forest technician (F/M)", "PLACE OF WORK", "Regional office in Limoges", "CATEGORY", "Category B – technician",
		"NATURE OF THE POST", "Three-year contract", "EMPLOYER", "National forest owners' centre", "SERVICE", "Regional delegation – south pole",
		"LINE MANAGER", "Head of the regional pole", "WORKING TIME", "Full-time (37.5 hours)"}
	at := -1
	for i := 0; i < len(want); i += 2 {
		k := slices.Index(got, want[i])
		if k <= at || k+1 >= len(got) || got[k+1] != want[i+1] {
			t.Fatalf("lines:\n%s\nwant in this order, each label over its value:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		at = k
	}
}
