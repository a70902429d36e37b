package paged

import (
	"math"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/stream"
)

// minCellRows is how many rows a label column needs before its cells are
// read as label and value: one line whose first words stand apart is as
// often a sidebar beside a page's text ("locations   Management") as a
// table's row.
const minCellRows = 2

// cellAlign is how far, in points, the rows of one table may start and
// set their values apart: a table's cells line up exactly.
const cellAlign = 2.0

// cellRows keeps the Cell of the lines that are rows of a two-column
// table printed without rules ("Employeur      Établissement…" /
// "Service      Département…"): minCellRows lines at least, one under
// the other, whose first cell is a label (one the tables know, or one
// shaped as a label) and whose values start at one x, with only the
// wrapped lines of those values between them. Every other line's Cell
// of a PDF is cleared. lines is changed in place.
func cellRows(lex Lexicon, lines []Line, pb *passBudget) []Line {
	isRow := func(l Line) bool {
		if l.Cell <= 0 || l.Cell >= len(l.Text) || l.Box == nil {
			return false
		}
		head := strings.TrimSpace(l.Text[:l.Cell])
		if _, ok := lex.Label(head); ok {
			return true
		}
		return stream.UnknownLabel(head, maxTabbedLabelWords)
	}
	for i := 0; i < len(lines); {
		if pb.stop() {
			return lines
		}
		if lines[i].Box == nil {
			i++ // a text's line: its reader marked its tabbed rows (markTabRows)
			continue
		}
		if !isRow(lines[i]) {
			lines[i].Cell, lines[i].CellX = 0, 0
			i++
			continue
		}
		first := lines[i]
		rows, j := 1, i+1
		for ; j < len(lines); j++ {
			l := lines[j]
			if l.Box == nil || l.Pos.Page != first.Pos.Page {
				break
			}
			if l.Cell == 0 && math.Abs(l.Box.X0-first.CellX) <= cellAlign {
				continue // a value's wrapped line
			}
			if !isRow(l) || math.Abs(l.Box.X0-first.Box.X0) > cellAlign || math.Abs(l.CellX-first.CellX) > cellAlign {
				break
			}
			rows++
		}
		if rows < minCellRows {
			for k := i; k < j; k++ {
				lines[k].Cell, lines[k].CellX = 0, 0
			}
		}
		i = j
	}
	return lines
}
