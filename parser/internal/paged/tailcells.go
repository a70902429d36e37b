package paged

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// A table of criteria often ends each row with a narrow cell that rates
// it ("# | Criterion | Essential / Desirable", "Critère | Niveau
// requis"). When a row's wide cell wraps, a PDF's text layer reads the
// row across: the first line of the wide cell with the rating beside it,
// then the wrapped lines alone ("Master's degree in physics or an
// equivalent Essential" / "discipline"), so the rating lands in the
// middle of the criterion and rows run into each other. A rating set
// in the middle of its cell's height stands on a line of its own between
// its row's lines, and a head cell that wraps in the narrow column
// ("Essential /" / "Desirable") comes out as a line of its own under
// the head.
//
// tailColumn puts such rows back together on one line each: the wide
// cell's lines joined, then the rating, and a row number in the first
// cell ("1   Master's degree…") as the number of a list item. Under a head
// that names the ratings, the row reads as the other readers give it, its
// criterion under its rating ("Essential: Master's degree…").

// minTailRows is how many rows a column of rating cells needs: two
// lines that end in a short run set apart are as often a page's text
// beside a margin note.
const minTailRows = 3

// minTailBodyWords is how many words the cell before a rating holds in
// most rows: criteria are sentences, where a table of facts has short
// labels ("Grade   7").
const minTailBodyWords = 4

// rowGap is the Gap (in line heights) a row of such a table opens with:
// a cell's padding parts rows by less than a blank line, yet each row is
// a block of its own.
const rowGap = 1

// maxRowNumber is the longest row number of a first cell, in digits.
const maxRowNumber = 2

// maxTableGap is the widest Gap inside such a table: a blank line ends
// it.
const maxTableGap = 1

// maxTableSizeStep is how much the font size (relative to the body
// text) may change inside such a table: it keeps one size, and a heading
// under it does not.
const maxTableSizeStep = 0.05

// maxTailRunLines bounds the lines of one such table on a page (a
// table of criteria has a few dozen): past it, lines are left as they
// are, and cutting them into rows stays cheap.
const maxTailRunLines = 300

// rowStep is how much farther apart than the lines of one cell the
// first lines of two rows are: a cell's padding (1.2 times at least).
const rowStep = 1.1

// tailRow is one row of a table of ratings: its lines (the first opens
// it) and its rating's.
type tailRow struct {
	body, rating []int // indexes into the run
}

// tailColumn repairs the rows of tables whose last column is a narrow
// column of ratings (see above): minTailRows rows at least, one under
// the other, whose last cells (Line.Tail) start at one x, whose ratings
// repeat (a rating takes a few values; the values of a table of facts
// differ), with the wrapped lines of their other cells between them.
// lines is changed in place.
func tailColumn(lines []Line) []Line {
	emptied := false
	for i := 0; i < len(lines); {
		if lines[i].Tail <= 0 || lines[i].Box == nil {
			i++
			continue
		}
		j := tailRun(lines, i)
		if j-i > maxTailRunLines {
			i = j
			continue
		}
		rows := tailRows(lines[i:j])
		if n := len(rows); n > 0 && len(rows[n-1].rating) == 0 {
			// lines after the table's last row: a paragraph under it
			j, rows = i+rows[n-1].body[0], rows[:n-1]
			// (A line of the ratings' column alone below it belongs to
			// no row left.)
			for k := range rows {
				rows[k].rating = slices.DeleteFunc(rows[k].rating, func(r int) bool { return r >= j-i })
			}
		}
		run := lines[i:j]
		if tailRowsRate(run, rows) {
			mendTailRows(run, rows)
			emptied = true
			if j < len(lines) && lines[j].Pos.Page == lines[j-1].Pos.Page {
				lines[j].Gap = max(lines[j].Gap, rowGap)
			}
		}
		i = max(j, i+1)
	}
	if emptied {
		// the lines whose words joined their row's go
		lines = slices.DeleteFunc(lines, func(l Line) bool { return l.Text == "" })
	}
	return lines
}

// tailRun returns the end of the run of a table's lines that starts at
// line i: lines whose last cells start where line i's does, lines short
// of that column (the wrapped lines of the wide cells), and lines in it
// alone (a rating that wraps, or set in the middle of its row).
func tailRun(lines []Line, i int) int {
	first := lines[i]
	x := first.TailX
	j := i + 1
	for ; j < len(lines); j++ {
		l := lines[j]
		if l.Box == nil || l.Pos.Page != first.Pos.Page || strings.TrimSpace(l.Text) == "" || l.Gap >= maxTableGap ||
			math.Abs(l.Size-first.Size) > maxTableSizeStep {
			break
		}
		switch {
		case l.Tail > 0 && math.Abs(l.TailX-x) <= cellAlign && l.Box.X0 < x-cellAlign:
			// a row, its rating beside it
		case l.Tail == 0 && l.Box.X1 < x-cellAlign && l.Box.X0 >= first.Box.X0-cellAlign:
			// a line of a wide cell
		case l.Tail == 0 && math.Abs(l.Box.X0-x) <= cellAlign:
			// a line of a rating
		default:
			return j
		}
	}
	return j
}

// tailRows cuts a run of a table's lines (tailRun) into rows. Two lines
// with their ratings beside them are two rows, and so are two lines
// farther apart than the lines of one cell are (rowStep); a line in the
// ratings' column alone belongs to the row set beside or above it.
func tailRows(run []Line) []tailRow {
	x := run[0].TailX
	mid := func(l Line) float64 { return (l.Box.Y0 + l.Box.Y1) / 2 }
	alone := func(l Line) bool { return l.Tail == 0 && math.Abs(l.Box.X0-x) <= cellAlign }
	// the lines of one cell: the closest two lines of wide cells, the
	// second of them without a rating and above the last rated row (a
	// wrapped line, not the next row nor a line under the table: two
	// rows at the table's pitch tell nothing of a cell's)
	lastRated := -1
	for k, l := range run {
		if l.Tail > 0 {
			lastRated = k
		}
	}
	lead := math.Inf(1)
	prev := -1
	for k, l := range run {
		if alone(l) {
			continue
		}
		if prev >= 0 && run[prev].Bold == l.Bold && l.Tail == 0 && k < lastRated {
			if d := mid(run[prev]) - mid(l); d > 0 {
				lead = min(lead, d)
			}
		}
		prev = k
	}
	var rows []tailRow
	prev = -1
	for k, l := range run {
		if alone(l) {
			continue
		}
		// (With no wrapped line seen, a line without a rating is no
		// cell's: it starts a row of its own, which tailColumn trims.)
		if prev < 0 || l.Tail > 0 && run[prev].Tail > 0 || run[prev].Bold != l.Bold ||
			mid(run[prev])-mid(l) > rowStep*lead || l.Tail == 0 && math.IsInf(lead, 1) {
			rows = append(rows, tailRow{})
		}
		if l.Tail > 0 && len(rows[len(rows)-1].rating) > 0 {
			// a second rating: the row ends above
			rows = append(rows, tailRow{})
		}
		r := &rows[len(rows)-1]
		r.body = append(r.body, k)
		if l.Tail > 0 {
			r.rating = append(r.rating, k)
		}
		prev = k
	}
	for k, l := range run {
		if !alone(l) {
			continue
		}
		// the last row that starts above the line, or level with it
		best := -1
		for n, r := range rows {
			if mid(run[r.body[0]]) >= mid(l)-cellAlign {
				best = n
			}
		}
		if best < 0 {
			return nil
		}
		rows[best].rating = append(rows[best].rating, k)
	}
	return rows
}

// ratingText is the text of a row's rating cell, its lines from the top.
func (r tailRow) ratingText(run []Line) string {
	idx := slices.Clone(r.rating)
	slices.SortStableFunc(idx, func(a, b int) int { return -cmp.Compare(run[a].Box.Y1, run[b].Box.Y1) })
	var parts []string
	for _, k := range idx {
		l := run[k]
		if l.Tail > 0 {
			parts = append(parts, strings.TrimSpace(l.Text[l.Tail:]))
		} else {
			parts = append(parts, strings.TrimSpace(l.Text))
		}
	}
	return strings.Join(parts, " ")
}

// cells returns a row's number (or ""), its wide cell's text (its
// lines joined) and its rating.
func (r tailRow) cells(run []Line) (num, body, rating string) {
	for n, k := range r.body {
		l := run[k]
		t := l.Text
		if l.Tail > 0 {
			t = t[:l.Tail]
		}
		if n == 0 {
			if c, ok := rowNumber(l); ok {
				num = strings.TrimSuffix(strings.TrimSpace(t[:c]), ".")
				t = t[c:]
			}
			body = strings.TrimSpace(t)
			continue
		}
		body = joinCellLines(body, strings.TrimSpace(t))
	}
	return num, body, r.ratingText(run)
}

// tailRowsRate reports whether the rows of a run (tailRows) are those
// of a table whose last column rates them: minTailRows rows (its bold
// head with them), each with a rating, whose ratings below the head
// repeat and whose other cells are mostly sentences, with no first cell
// other than a row's number, and a wrapped line or a row number
// somewhere that needs mending.
func tailRowsRate(run []Line, rows []tailRow) bool {
	if len(rows) < minTailRows {
		return false
	}
	body, long, mend := 0, 0, false
	seen := map[string]bool{}
	for _, r := range rows {
		if len(r.rating) == 0 {
			return false
		}
		if len(r.body) > 1 || len(r.rating) > 1 {
			mend = true
		}
		if run[r.body[0]].Bold {
			continue // the table's head
		}
		if first := run[r.body[0]]; first.Cell > 0 && first.Cell+1 < first.Tail {
			if _, ok := rowNumber(first); !ok {
				// a first cell that names a group of rows ("Skills",
				// "Experience"), often over several: another layout
				return false
			}
		}
		num, cell, rating := r.cells(run)
		mend = mend || num != ""
		body++
		seen[strings.ToLower(rating)] = true
		if words.CountAtMost(cell, minTailBodyWords) >= minTailBodyWords {
			long++
		}
	}
	return mend && 2*long > body && 2*len(seen) <= body+2
}

// rowNumber returns the end of a first cell that only numbers its row
// ("1", "12."), when the line has one.
func rowNumber(l Line) (int, bool) {
	if l.Cell <= 0 || l.Cell >= len(l.Text) || l.Tail > 0 && l.Cell+1 >= l.Tail {
		return 0, false
	}
	c := strings.TrimSuffix(strings.TrimSpace(l.Text[:l.Cell]), ".")
	if c == "" || len(c) > maxRowNumber {
		return 0, false
	}
	for _, r := range c {
		if !unicode.IsDigit(r) {
			return 0, false
		}
	}
	return l.Cell, true
}

// mendTailRows rebuilds the rows of a run tailRowsRate accepted, each on
// its first line; the others are emptied. Under a head that names the
// ratings (stream.WeightColumn, the rule of every reader), a row reads as
// its criterion under its rating, "Essential: A degree in physics", its
// rating a label cell (cellRows), and its number is dropped, as the
// other readers give such a table; otherwise as its number, its
// criterion and its rating.
func mendTailRows(run []Line, rows []tailRow) {
	asFields := weighed(run, rows)
	// every row's cells are read before any line is emptied: a line may
	// serve two rows (the rating of one beside the text of the next)
	type rowCells struct{ num, body, rating string }
	cells := make([]rowCells, len(rows))
	for n, r := range rows {
		cells[n].num, cells[n].body, cells[n].rating = r.cells(run)
	}
	for n, r := range rows {
		row := &run[r.body[0]]
		cellX := row.Box.X0
		if row.Cell > 0 && (row.Tail == 0 || row.Cell+1 < row.Tail) {
			cellX = row.CellX
		}
		num, body, rating := cells[n].num, cells[n].body, cells[n].rating
		for _, k := range r.body[1:] {
			run[k].Text = ""
		}
		for _, k := range r.rating {
			if k != r.body[0] {
				run[k].Text = ""
			}
		}
		row.Tail, row.TailX = 0, 0
		row.Gap = max(row.Gap, rowGap)
		switch {
		case asFields && (n > 0 || !row.Bold):
			row.Text = rating + " " + body
			row.Cell, row.CellX, row.LeadBold = len(rating), cellX, 0
		case asFields:
			// the head of rows read as fields goes, as the markup
			// readers drop it: each row names its weight
			row.Text = ""
		case num != "":
			row.Text = num + ". " + body + " " + rating
			row.Cell, row.CellX, row.LeadBold = 0, 0, 0
		default:
			row.Text = body + " " + rating
			if row.Cell >= len(body) {
				row.Cell, row.CellX = 0, 0
			}
			if row.LeadBold > len(body) {
				row.LeadBold = 0
			}
		}
	}
}

// weighed reports whether the rows of a run open with a bold head whose
// last cell names the ratings its rows take (stream.WeightColumn).
func weighed(run []Line, rows []tailRow) bool {
	if !run[rows[0].body[0]].Bold {
		return false
	}
	_, h, hr := rows[0].cells(run)
	var cells [][]string
	for _, r := range rows[1:] {
		_, body, rating := r.cells(run)
		cells = append(cells, []string{body, rating})
	}
	w, c, ok := stream.WeightColumn([]string{h, hr}, cells)
	return ok && w == 1 && c == 0
}

// joinCellLines joins the wrapped lines of a table cell: a word broken
// at a hyphen before a lower-case line goes on without a space (a soft
// or U+2010 hyphen is dropped, a hyphen-minus kept).
func joinCellLines(text, next string) string {
	r, size := utf8.DecodeLastRuneInString(text)
	if size > 0 && (r == '-' || r == '\u2010' || r == '\u00ad') && words.StartsLower(next) {
		if r != '-' {
			text = text[:len(text)-size]
		}
		return text + next
	}
	if text == "" {
		return next
	}
	return text + " " + next
}
