// Package texttable reads the tables of plain text and Markdown that are
// drawn with characters: pandoc's grid tables (+---+ borders, | cells),
// simple tables (columns under a row of dashes), multiline tables (rows
// of several lines between rules, separated by blank lines) and pipe
// tables (| cells | and a |---| delimiter row). It cuts a table into rows
// and cells of text and knows nothing else: what a table means (fields, a
// side-by-side notice) is the readers' business (stream.IsSideBySide).
//
// Columns are counted in runes, as the tools that draw these tables
// align them (pandoc, text dumps).
package texttable

import (
	"strings"
	"unicode/utf8"
)

// Kind is the kind of a table.
type Kind int

// The kinds of table.
const (
	Grid Kind = iota + 1
	Simple
	Multiline
	Pipe
)

// Line is the text of one cell on one source line.
type Line struct {
	Text  string // the cell's text on that line, trailing spaces trimmed
	Index int    // the source line, as an index of the lines handed to Parse
	Col   int    // the rune column of the source line where the cell starts
}

// Cell is the text of a cell, a Line per source line of its row (blank
// ones included, as empty Lines).
type Cell []Line

// Table is a table read from lines [Start, End) of a text.
type Table struct {
	Kind       Kind
	Start, End int
	// HeaderRows is the number of rows that are the table's head (grid
	// tables mark it with "+===+", simple and multiline tables with the
	// rule under it; 0 for a table without a head).
	HeaderRows int
	Rows       [][]Cell
}

// Lines is the text a table is read from: line i without its line end,
// and false past the end. A table reads its lines in order from the
// first, and asks again for lines it has read, now and then, while it
// cuts them: a reader that must stop (its deadline passed) reports false
// from then on, and the table ends there.
type Lines func(i int) (string, bool)

// maxColumns bounds the columns of a table: a wider "table" is some other
// drawing, and reading it would cost time for nothing.
const maxColumns = 64

// Parse reads the table that starts at line start, of any kind but pipe
// unless pipe is set (Markdown has its own pipe tables).
func Parse(lines Lines, start int, pipe bool) (Table, bool) {
	first, ok := lines(start)
	if !ok {
		return Table{}, false
	}
	body := strings.TrimLeft(first, " ")
	switch {
	case strings.HasPrefix(body, "+"):
		return parseGrid(lines, start)
	case strings.HasPrefix(body, "-"):
		if runs := dashRuns(first); len(runs) == 1 {
			return parseMultiline(lines, start)
		} else if len(runs) > 1 {
			return parseHeaderless(lines, start, runs)
		}
		return Table{}, false
	}
	if pipe {
		if t, ok := parsePipe(lines, start); ok {
			return t, true
		}
	}
	return parseSimple(lines, start)
}

// MayStart reports, from its first two lines, whether a table may start
// at a line: a cheap test before Parse for readers that try every line.
func MayStart(first, second string, pipe bool) bool {
	body := strings.TrimLeft(first, " ")
	switch {
	case strings.HasPrefix(body, "+-") || strings.HasPrefix(body, "+=") || strings.HasPrefix(body, "+:"):
		return true
	case strings.HasPrefix(body, "-"):
		return len(dashRuns(first)) > 0
	case strings.TrimSpace(first) == "":
		return false
	}
	if len(dashRuns(second)) > 1 {
		return true
	}
	return pipe && strings.Contains(first, "|") && pipeDelimiter(second) > 0
}

// dashRuns returns the rune spans [start, end) of the runs of '-' of a
// rule line: dashes and spaces only, at least three dashes in each run;
// nil for any other line.
func dashRuns(line string) [][2]int {
	var runs [][2]int
	col, start := 0, -1
	for _, r := range line {
		switch r {
		case '-':
			if start < 0 {
				start = col
			}
		case ' ', '\t':
			if start >= 0 {
				if col-start < 3 {
					return nil
				}
				runs = append(runs, [2]int{start, col})
				start = -1
			}
		default:
			return nil
		}
		col++
		if len(runs) > maxColumns {
			return nil
		}
	}
	if start >= 0 {
		if col-start < 3 {
			return nil
		}
		runs = append(runs, [2]int{start, col})
	}
	return runs
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// cols is a line with the byte offset of each of its runes, so that
// columns cut it in constant time.
type cols struct {
	s   string
	off []int // off[c] is the byte offset of column c; off[len] = len(s)
}

func colsOf(s string) cols {
	off := make([]int, 0, len(s)+1)
	for i := range s {
		off = append(off, i)
	}
	return cols{s, append(off, len(s))}
}

// n is the number of columns (runes) of the line.
func (c cols) n() int { return len(c.off) - 1 }

// slice is the text of columns [from, to), clamped to the line; to < 0
// is the end of the line.
func (c cols) slice(from, to int) string {
	if to < 0 || to > c.n() {
		to = c.n()
	}
	if from > to {
		return ""
	}
	return c.s[c.off[from]:c.off[to]]
}

// at is the rune at column col, 0 outside the line.
func (c cols) at(col int) rune {
	if col < 0 || col >= c.n() {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(c.s[c.off[col]:])
	return r
}

// cut cuts a line at column bounds (bounds[0] the first cell's start, the
// last bound the end of the last cell, -1 for the end of the line) into
// cell lines.
func cut(line cols, index int, bounds []int) []Line {
	out := make([]Line, len(bounds)-1)
	for k := range out {
		out[k] = Line{Text: strings.TrimRight(line.slice(bounds[k], bounds[k+1]), " \t"), Index: index, Col: bounds[k]}
	}
	return out
}

// --- grid tables ------------------------------------------------------------------

// gridBorder returns the columns of the '+' of a grid border line
// ("+----+:===+"), nil for any other line; head reports a "=" border,
// the end of the table's head.
func gridBorder(line string) (plus []int, head bool) {
	line = strings.TrimRight(line, " \t")
	col, prev := 0, rune(0)
	for _, r := range line {
		switch r {
		case '+':
			if prev == '+' {
				return nil, false
			}
			plus = append(plus, col)
		case '-', ':':
			if prev == 0 || prev == ' ' {
				return nil, false
			}
		case '=':
			if prev == 0 || prev == ' ' {
				return nil, false
			}
			head = true
		case ' ':
			if prev != 0 && prev != ' ' {
				return nil, false
			}
		default:
			return nil, false
		}
		if len(plus) > maxColumns+1 {
			return nil, false
		}
		prev = r
		col++
	}
	if len(plus) < 2 || prev != '+' {
		return nil, false
	}
	return plus, head
}

// parseGrid reads a grid table: a border line, then rows of lines that
// open with '|' (the cells' separators under the border's '+'), each
// row closed by a border. A cell that spans columns has no '|' under
// the '+' it covers.
func parseGrid(lines Lines, start int) (Table, bool) {
	first, _ := lines(start)
	plus, _ := gridBorder(first)
	if plus == nil {
		return Table{}, false
	}
	t := Table{Kind: Grid, Start: start}
	var rowLines []int // the content lines of the row being read
	for i := start + 1; ; i++ {
		line, ok := lines(i)
		if !ok {
			break
		}
		if p, head := gridBorder(line); p != nil {
			if p[0] != plus[0] {
				break
			}
			if len(rowLines) > 0 {
				t.Rows = append(t.Rows, gridRow(lines, rowLines, plus))
				rowLines = rowLines[:0]
			}
			if head && t.HeaderRows == 0 {
				t.HeaderRows = len(t.Rows)
			}
			t.End = i + 1
			continue
		}
		if c := colsOf(line); c.at(plus[0]) != '|' || strings.TrimSpace(c.slice(0, plus[0])) != "" {
			break
		}
		rowLines = append(rowLines, i)
	}
	if len(t.Rows) == 0 {
		return Table{}, false
	}
	return t, true
}

// gridRow cuts the content lines of a grid row into cells: at each '+'
// of the border under which every line of the row has a '|'.
func gridRow(lines Lines, rowLines []int, plus []int) []Cell {
	cs := make([]cols, len(rowLines))
	for k, i := range rowLines {
		line, _ := lines(i)
		cs[k] = colsOf(line)
	}
	bounds := []int{plus[0] + 1}
	for _, p := range plus[1 : len(plus)-1] {
		sep := true
		for _, c := range cs {
			if c.at(p) != '|' {
				sep = false
				break
			}
		}
		if sep {
			bounds = append(bounds, p, p+1)
		}
	}
	bounds = append(bounds, plus[len(plus)-1])
	// bounds holds pairs: cell k spans [bounds[2k], bounds[2k+1]).
	cells := make([]Cell, len(bounds)/2)
	for k := range cells {
		cells[k] = make(Cell, 0, len(rowLines))
	}
	for j, i := range rowLines {
		if j%1024 == 1023 {
			if _, ok := lines(i); !ok {
				break // the reader stops
			}
		}
		for k := range cells {
			c := cut(cs[j], i, []int{bounds[2*k], bounds[2*k+1]})[0]
			if t, ok := strings.CutPrefix(c.Text, " "); ok { // the padding after '|'
				c.Text, c.Col = t, c.Col+1
			}
			cells[k] = append(cells[k], c)
		}
	}
	return cells
}

// --- simple and multiline tables --------------------------------------------------

// columnBounds turns the dash runs of a rule into cell bounds: each cell
// from its run's start to the next run's, the last to the end of the line.
func columnBounds(runs [][2]int) []int {
	b := make([]int, 0, len(runs)+1)
	for _, r := range runs {
		b = append(b, r[0])
	}
	return append(b, -1)
}

// cutRow cuts a line of a simple or multiline table at bounds, moving a
// bound left to the start of a word that straddles it (text aligned to
// the right or centred may start left of its column's dashes) — never
// past the previous column's dashes.
func cutRow(s string, index int, runs [][2]int) []Line {
	line := colsOf(s)
	bounds := columnBounds(runs)
	for k := 1; k < len(runs); k++ {
		b := bounds[k]
		for b > runs[k-1][1] && line.at(b-1) != ' ' && line.at(b-1) != 0 {
			b--
		}
		bounds[k] = b
	}
	out := cut(line, index, bounds)
	for k := range out {
		out[k].Text = strings.TrimRight(out[k].Text, " ")
	}
	return out
}

// parseSimple reads a simple table with a head: the head's line, a rule
// of two dash runs or more, then one row a line until a blank line or a
// closing rule.
func parseSimple(lines Lines, start int) (Table, bool) {
	head, _ := lines(start)
	rule, ok := lines(start + 1)
	if !ok || isBlank(head) {
		return Table{}, false
	}
	runs := dashRuns(rule)
	if len(runs) < 2 {
		return Table{}, false
	}
	t := Table{Kind: Simple, Start: start, HeaderRows: 1}
	t.Rows = append(t.Rows, cellsOf(cutRow(head, start, runs)))
	t.End = start + 2
	for i := start + 2; ; i++ {
		line, ok := lines(i)
		if !ok || isBlank(line) {
			break
		}
		if dashRuns(line) != nil {
			t.End = i + 1 // the closing rule
			break
		}
		t.Rows = append(t.Rows, cellsOf(cutRow(line, i, runs)))
		t.End = i + 1
	}
	return t, true
}

// cellsOf makes one-line cells.
func cellsOf(ls []Line) []Cell {
	cells := make([]Cell, len(ls))
	for k, l := range ls {
		cells[k] = Cell{l}
	}
	return cells
}

// parseMultiline reads a multiline table: a rule of one dash run, the
// head's lines, a rule of the columns' dash runs, then rows of several
// lines separated by blank lines, and a closing rule of one run.
func parseMultiline(lines Lines, start int) (Table, bool) {
	var head []int
	i := start + 1
	var runs [][2]int
	for ; ; i++ {
		line, ok := lines(i)
		if !ok || isBlank(line) {
			return Table{}, false
		}
		if r := dashRuns(line); r != nil {
			if len(r) < 2 {
				return Table{}, false
			}
			runs = r
			break
		}
		head = append(head, i)
	}
	t := Table{Kind: Multiline, Start: start}
	if len(head) > 0 {
		t.HeaderRows = 1
		t.Rows = append(t.Rows, multilineRow(lines, head, runs))
	}
	rows, end, ok := multilineRows(lines, i+1, runs, 1)
	if !ok {
		return Table{}, false
	}
	t.Rows, t.End = append(t.Rows, rows...), end
	return t, len(t.Rows) > 0
}

// parseHeaderless reads a table without a head that opens with a rule of
// the columns' dash runs: a multiline one if a blank line separates two
// of its rows, a simple one (a row a line) otherwise; both close with a
// rule.
func parseHeaderless(lines Lines, start int, runs [][2]int) (Table, bool) {
	blank := false
	for i := start + 1; ; i++ {
		line, ok := lines(i)
		if !ok {
			return Table{}, false
		}
		if dashRuns(line) != nil {
			break
		}
		if isBlank(line) {
			if i == start+1 {
				return Table{}, false
			}
			blank = true
		}
	}
	if blank {
		rows, end, ok := multilineRows(lines, start+1, runs, 0)
		if !ok || len(rows) == 0 {
			return Table{}, false
		}
		return Table{Kind: Multiline, Start: start, End: end, Rows: rows}, true
	}
	t := Table{Kind: Simple, Start: start}
	for i := start + 1; ; i++ {
		line, _ := lines(i)
		if dashRuns(line) != nil {
			t.End = i + 1
			break
		}
		t.Rows = append(t.Rows, cellsOf(cutRow(line, i, runs)))
	}
	return t, len(t.Rows) > 0
}

// multilineRows reads rows separated by blank lines from line from up to
// a closing rule (of any dash runs when closing is 0, of one run when 1);
// it returns the rows and the line after the rule.
func multilineRows(lines Lines, from int, runs [][2]int, closing int) (rows [][]Cell, end int, ok bool) {
	var row []int
	for i := from; ; i++ {
		line, ok := lines(i)
		if !ok {
			return nil, 0, false
		}
		if r := dashRuns(line); r != nil {
			if closing == 1 && len(r) != 1 {
				return nil, 0, false
			}
			if len(row) > 0 {
				rows = append(rows, multilineRow(lines, row, runs))
			}
			return rows, i + 1, true
		}
		if isBlank(line) {
			if len(row) > 0 {
				rows = append(rows, multilineRow(lines, row, runs))
				row = row[:0]
			}
			continue
		}
		row = append(row, i)
	}
}

// multilineRow cuts the lines of one row into cells.
func multilineRow(lines Lines, rowLines []int, runs [][2]int) []Cell {
	cells := make([]Cell, len(runs))
	for _, i := range rowLines {
		line, _ := lines(i)
		for k, l := range cutRow(line, i, runs) {
			cells[k] = append(cells[k], l)
		}
	}
	return cells
}

// --- pipe tables -----------------------------------------------------------------

// pipeDelimiter is the number of columns of a pipe table's delimiter row
// ("|:---|---:|"), 0 for any other line.
func pipeDelimiter(line string) int {
	cells := pipeCells(line)
	if len(cells) == 0 || !strings.Contains(line, "-") {
		return 0
	}
	for _, c := range cells {
		c = strings.TrimSpace(c)
		c = strings.TrimPrefix(strings.TrimSuffix(c, ":"), ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return 0
		}
	}
	if len(cells) == 1 && !strings.Contains(line, "|") {
		return 0
	}
	return len(cells)
}

// pipeCells splits a row of a pipe table at its unescaped '|', without
// the empty pieces outside a leading and a trailing '|'.
func pipeCells(line string) []string {
	line = strings.TrimSpace(line)
	var cells []string
	start, trailing := 0, false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, line[start:i])
			start, trailing = i+1, i == len(line)-1
			if len(cells) > maxColumns {
				return nil
			}
		}
	}
	if !trailing {
		cells = append(cells, line[start:])
	}
	if strings.HasPrefix(line, "|") {
		cells = cells[1:]
	}
	return cells
}

// parsePipe reads a pipe table: a head row, a delimiter row, then rows
// while lines hold a '|'. Rows are cut or padded to the head's columns.
func parsePipe(lines Lines, start int) (Table, bool) {
	head, _ := lines(start)
	delim, ok := lines(start + 1)
	if !ok || !strings.Contains(head, "|") {
		return Table{}, false
	}
	n := pipeDelimiter(delim)
	if n == 0 || len(pipeCells(head)) != n {
		return Table{}, false
	}
	row := func(line string, index int) []Cell {
		cells := make([]Cell, n)
		for k, c := range pipeCells(line) {
			if k == n {
				break
			}
			c = strings.ReplaceAll(strings.TrimSpace(c), `\|`, "|")
			cells[k] = Cell{{Text: c, Index: index}}
		}
		for k := range cells {
			if cells[k] == nil {
				cells[k] = Cell{{Index: index}}
			}
		}
		return cells
	}
	t := Table{Kind: Pipe, Start: start, End: start + 2, HeaderRows: 1}
	t.Rows = append(t.Rows, row(head, start))
	for i := start + 2; ; i++ {
		line, ok := lines(i)
		if !ok || isBlank(line) || !strings.Contains(line, "|") {
			break
		}
		t.Rows = append(t.Rows, row(line, i))
		t.End = i + 1
	}
	return t, true
}
