package paged

import (
	"context"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/texttable"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// readTables replaces the tables drawn in a text — grid, simple,
// multiline and pipe tables (package texttable), as pandoc -t plain and
// hand-made text notices draw them — by the lines of their cells, in the
// order stream.IsSideBySide gives: a side-by-side notice (English |
// French) column by column, each cell a block of its own; "label |
// value" rows as "label: value" lines; any other table cell by cell, row
// by row. It reports whether it found a table.
//
// A cell's lines keep their indentation within the cell and are
// measured against the widest line of their column (rawLine.measure), so
// the assembler rebuilds the cell's paragraphs and lists as it would a
// page's.
//
// It keeps the context's deadline (tick), also within a table, and
// charges the memory budget for what it builds before it builds it: the
// columns of each line a table parse reads (given back once the table is
// read), the copy of the lines once a table is found, and the lines of
// the tables' cells.
func readTables(ctx context.Context, raws []rawLine, tick *budget.Ticker) ([]rawLine, bool, error) {
	meter := budget.From(ctx)
	var err error     // the first error of the deadline or the budget
	var reading int64 // charged for the table parse under way
	last := -1        // the last line a table parse read
	lines := func(i int) (string, bool) {
		if i >= len(raws) || err != nil {
			return "", false
		}
		if i <= last {
			// A line read again while the table is cut: now and then
			// (texttable.Lines), so the deadline is checked at once.
			if err = tick.Err(); err != nil {
				return "", false
			}
			return raws[i].raw, true
		}
		last = i
		if err = tick.Tick(); err != nil {
			return "", false // the table ends here; so does the parse
		}
		n := int64(len(raws[i].raw))*tableByteCost + tableLineCost
		reading += n
		if err = meter.Charge(n); err != nil {
			return "", false
		}
		return raws[i].raw, true
	}
	var out []rawLine
	found := false
	for i := 0; i < len(raws); {
		if err = tick.Tick(); err != nil {
			return nil, false, err
		}
		next := ""
		if i+1 < len(raws) {
			next = raws[i+1].raw
		}
		if i > 0 && strings.TrimSpace(raws[i-1].raw) != "" || !texttable.MayStart(raws[i].raw, next, true) {
			if found {
				out = append(out, raws[i])
			}
			i++
			continue
		}
		t, ok := texttable.Parse(lines, i, true)
		meter.Release(reading)
		reading, last = 0, -1
		if err != nil {
			return nil, false, err
		}
		if !ok {
			if found {
				out = append(out, raws[i])
			}
			i++
			continue
		}
		// A table's cells come out as lines, with a blank line before
		// each cell: at most two lines per line of the table, and the
		// text of a label and its value joined.
		n := 2 * int64(t.End-t.Start) * rawLineCost
		for k := t.Start; k < t.End; k++ {
			n += int64(len(raws[k].raw))
		}
		if !found {
			n += int64(len(raws)) * rawLineCost // the copy of the lines
		}
		if err = meter.Charge(n); err != nil {
			return nil, false, err
		}
		if !found {
			out = append(out, raws[:i]...)
			found = true
		}
		out = appendTable(out, raws, t)
		i = t.End
	}
	if !found {
		return raws, false, nil
	}
	return out, true, nil
}

// The memory of reading a table: texttable keeps a column offset (8
// bytes) per rune of a line it reads, and a line's cells (tableLineCost);
// a rawLine is 72 bytes, rounded up.
const (
	tableByteCost = 8
	tableLineCost = 128
	rawLineCost   = 80
)

// appendTable appends the lines of a table's cells to out.
func appendTable(out, raws []rawLine, t texttable.Table) []rawLine {
	maxCells, blocks := 0, false
	var firsts []string
	for _, row := range t.Rows {
		maxCells = max(maxCells, len(row))
		for _, c := range row {
			if paragraphs(c) > 1 {
				blocks = true
			}
		}
		if len(row) == 2 {
			firsts = append(firsts, cellText(row[0]))
		}
	}
	// Each column's lines are measured against its widest line.
	measure := make([]int, maxCells)
	for _, row := range t.Rows {
		for k, c := range row {
			for _, l := range c {
				measure[k] = max(measure[k], utf8.RuneCountInString(l.Text))
			}
		}
	}
	cell := func(c texttable.Cell, col int, brk bool) {
		// A cell is a block of its own: a break before it, as a row's
		// border or a column's edge is.
		out = append(out, rawLine{ws: true, page: raws[c[0].Index].page, num: raws[c[0].Index].num})
		for _, l := range c {
			body := strings.TrimLeft(l.Text, " ")
			r := raws[l.Index]
			out = append(out, rawLine{
				text: body, raw: l.Text, indent: len(l.Text) - len(body),
				ws: body == "", brk: brk && body != "", page: r.page, num: r.num, measure: int16(min(max(measure[col], 1), math.MaxInt16)),
			})
			if body != "" {
				brk = false
			}
		}
	}
	if stream.IsSideBySide(maxCells, blocks, firsts) {
		for col := 0; col < 2; col++ {
			brk := col == 1 // the other half
			for _, row := range t.Rows {
				if col < len(row) && len(row[col]) > 0 {
					cell(row[col], col, brk)
					brk = false
				}
			}
		}
		return out
	}
	if t.HeaderRows == 1 && len(t.Rows) >= 2 {
		// A table's head over records, as the Markdown and HTML readers
		// read one (stream.IsRecordTable): each cell a field under its
		// column's head.
		header := make([]string, len(t.Rows[0]))
		for j, c := range t.Rows[0] {
			header[j] = strings.TrimRight(cellText(c), " :")
		}
		same := true
		for _, row := range t.Rows[1:] {
			same = same && len(row) == len(header)
		}
		if stream.IsRecordTable(header, len(t.Rows)-1, same, blocks) {
			for _, row := range t.Rows[1:] {
				for j, c := range row {
					if v := cellText(c); v != "" {
						out = appendFieldLine(out, raws[c[0].Index], header[j]+": "+v)
					}
				}
			}
			return out
		}
	}
	for _, row := range t.Rows {
		if label := cellText(row[0]); len(row) == 2 && !blocks && stream.LabelShaped(label) {
			r := raws[row[0][0].Index]
			text := label
			if v := cellText(row[1]); v != "" {
				sep := ": "
				if strings.HasSuffix(label, ":") {
					sep = " "
				}
				text += sep + v
			}
			out = appendFieldLine(out, r, text)
			continue
		}
		for k, c := range row {
			if len(c) > 0 && cellText(c) != "" {
				cell(c, k, false)
			}
		}
	}
	return out
}

// appendFieldLine appends to out a field's line ("Grade: G15") made of a
// table's cells, a block of its own at the place of line r.
func appendFieldLine(out []rawLine, r rawLine, text string) []rawLine {
	return append(out, rawLine{ws: true, page: r.page, num: r.num}, rawLine{text: text, raw: text, page: r.page, num: r.num})
}

// cellText is the text of a cell, its lines joined by spaces.
func cellText(c texttable.Cell) string {
	var parts []string
	for _, l := range c {
		if t := strings.TrimSpace(l.Text); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// paragraphs counts the runs of lines of a cell that blank lines
// separate.
func paragraphs(c texttable.Cell) int {
	n, in := 0, false
	for _, l := range c {
		blank := strings.TrimSpace(l.Text) == ""
		if !blank && !in {
			n++
		}
		in = !blank
	}
	return n
}
