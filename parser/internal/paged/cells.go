package paged

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/stream"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// The header table of a side-by-side notice has four columns: label and
// value in one language, label and value in the other ("Schedule |
// Full-time | Horaire | Temps plein"). Two habits of PDF text layers tear
// its rows:
//
//   - a row set on one baseline comes out as one line across both halves
//     ("Schedule: Full-time Horaire Temps plein"), the value of one half
//     running into the label of the other (splitAcrossGutter);
//   - a label too long for its narrow cell wraps ("Emplacement" /
//     "principal"), and its first line is read with the value beside it
//     ("Emplacement Belgique-Bruxelles"), its second as a line of its own
//     (joinWrappedLabels).
//
// Both are repaired before the lines are assembled, with the Lexicon's
// labels and the lines' boxes: nothing else tells where a cell ends. And
// as the layout reads such a page row by row, its halves come out
// interleaved; orderHalves puts each page's halves back in one piece.

// minGutterOffset is how far right of a page's leftmost text a line must
// start to open the right half of a side-by-side page, in points: a
// third of an A4 text width, well past any indent.
const minGutterOffset = 150

// splitAcrossGutter cuts a line that crosses the gutter of a side-by-side
// page (it starts in the left half and ends in the right one) before the
// field label of the right half it holds: "Schedule: Full-time Horaire
// Temps plein" becomes "Schedule: Full-time" and "Horaire Temps plein".
// A line that holds no label there stays whole.
func splitAcrossGutter(lex Lexicon, pages map[int]halfPage, lines []Line, pb *passBudget) []Line {
	if len(pages) == 0 {
		return lines
	}
	var out []Line
	for i, l := range lines {
		if pb.stop() {
			return lines
		}
		pg, ok := pages[l.Pos.Page]
		cut := -1
		if ok && l.Box != nil && l.Box.X0 < pg.x-minGutterOffset/2 && l.Box.X1 > pg.x && len(l.Text) <= maxGutterLineBytes && !valueAcrossGutter(l, pg.x) {
			if cut = labelInside(lex, l.Text); cut < 0 {
				cut = wrappedLabelInside(lex, l, pg.x)
			}
			if cut < 0 && pg.sign != 0 {
				cut = languageCut(lex, l.Text, pg.sign)
			}
		}
		if cut < 0 {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			if !pb.copyLines(len(lines) + 8) {
				return lines
			}
			out = append(make([]Line, 0, len(lines)+8), lines[:i]...)
		}
		left, right := l, l
		lb, rb := *l.Box, *l.Box
		lb.X1, rb.X0 = pg.x, pg.x
		left.Text, left.Box = strings.TrimSpace(l.Text[:cut]), &lb
		right.Text, right.Box = l.Text[cut:], &rb
		right.LeadBold = max(0, l.LeadBold-cut)
		left.LeadBold = min(l.LeadBold, len(left.Text))
		right.Cell, right.CellX = 0, 0
		if l.Cell >= len(left.Text) {
			left.Cell, left.CellX = 0, 0
		}
		right.Break = true // a cell of its own
		out = append(out, left, right)
	}
	if out == nil {
		return lines
	}
	return out
}

// valueAcrossGutter reports whether a line is a label and its value
// whose value cell starts at or right of the gutter x ("Lieu de travail
// | Douala, Direction régionale du Littoral" in a one-language table
// under a two-half letterhead): all its text right of the gutter is one
// cell, the value, which no right half's label cuts.
func valueAcrossGutter(l Line, x float64) bool {
	return l.Cell > 0 && l.Cell < len(l.Text) && l.CellX >= x-1
}

// maxGutterLineBytes bounds the lines across a gutter that are cut: a
// table row, or a line of a half's text read with the other half's. A
// longer line is no layout's, and weighing the language or the labels at
// each of its words would take time in the square of its length.
const maxGutterLineBytes = 1000

// languageCut returns where a line across the gutter of a page whose
// halves are in two languages passes from the left half's language to the
// right half's ("… other international organizations, La/Le stagiaire
// doit :"), or -1: the word boundary, before a word that may open a cell
// (not in lower case), after which both parts show evidence for their
// half's language, the most. sign is the sign of the left half's lean.
func languageCut(lex Lexicon, text string, sign float64) int {
	spans := wordSpans(nil, text, -1)
	best, bestScore := -1, 0.0
	for k := 1; k < len(spans); k++ {
		if words.StartsLower(text[spans[k][0]:]) {
			continue
		}
		l := sign * lex.Lean(stream.Block{Text: text[:spans[k][0]]})
		r := -sign * lex.Lean(stream.Block{Text: text[spans[k][0]:]})
		if l >= 1 && r >= 1 && l*r > bestScore {
			best, bestScore = spans[k][0], l*r
		}
	}
	return best
}

// halfPage is what a side-by-side page is: where its right half starts,
// and the sign of its left half's language lean (+1 English, -1 French;
// 0 when its halves do not show two languages).
type halfPage struct {
	x    float64
	sign float64
}

// sideBySidePages finds the pages laid out in two halves (rightHalves)
// and the language of each half.
func sideBySidePages(lex Lexicon, lines []Line, pb *passBudget) map[int]halfPage {
	gutter := rightHalves(lines)
	if len(gutter) == 0 {
		return nil
	}
	lean := map[int]*[2]float64{}
	for _, l := range lines {
		if pb.stop() {
			return nil
		}
		x, ok := gutter[l.Pos.Page]
		if !ok {
			continue
		}
		h := half(l, x)
		if h < 0 {
			continue
		}
		if lean[l.Pos.Page] == nil {
			lean[l.Pos.Page] = &[2]float64{}
		}
		lean[l.Pos.Page][h] += lex.Lean(stream.Block{Text: l.Text})
	}
	pages := make(map[int]halfPage, len(gutter))
	for p, x := range gutter {
		pg := halfPage{x: x}
		if ln := lean[p]; ln != nil {
			switch {
			case ln[0] >= minHalfLean && ln[1] <= -minHalfLean:
				pg.sign = 1
			case ln[0] <= -minHalfLean && ln[1] >= minHalfLean:
				pg.sign = -1
			}
		}
		pages[p] = pg
	}
	return pages
}

// orderHalves reads each side-by-side page half by half: on a page whose
// right half is in the other language than its left half, every run of
// lines that lie within one half (no line across the gutter) gives its
// left lines, then its right lines, each in their order. The stitching of
// page-cut paragraphs (stitch.go) then joins each half across pages.
func orderHalves(pages map[int]halfPage, lines []Line, pb *passBudget) []Line {
	var reordered []Line
	for start := 0; start < len(lines); {
		p := lines[start].Pos.Page
		end := start
		for end < len(lines) && lines[end].Pos.Page == p {
			end++
		}
		pg, ok := pages[p]
		if !ok || pg.sign == 0 {
			start = end
			continue
		}
		if reordered == nil {
			if !pb.copyLines(len(lines)) {
				return lines
			}
			reordered = slices.Clone(lines)
		}
		for i := start; i < end; {
			j := i
			for j < end && half(lines[j], pg.x) >= 0 {
				j++
			}
			if j == i {
				i++
				continue
			}
			k := i
			for _, side := range [2]int{0, 1} {
				first := true
				for _, l := range lines[i:j] {
					if half(l, pg.x) == side {
						if side == 1 && first {
							l.Break = true // the other half begins
						}
						first = false
						reordered[k] = l
						k++
					}
				}
			}
			i = j
		}
		start = end
	}
	if reordered == nil {
		return lines
	}
	return reordered
}

// minHalfLean is the language evidence, in words, that each half of a
// page must show for another language than the other half's.
const minHalfLean = 5

// half is 0 for a line within the left half of a page whose right half
// starts at x, 1 within the right half, -1 across the gutter.
func half(l Line, x float64) int {
	switch {
	case l.Box == nil:
		return -1
	case l.Box.X0 >= x-1:
		return 1
	case l.Box.X1 <= x:
		return 0
	}
	return -1
}

// rightHalves finds the side-by-side pages: the x where the right half
// starts, on each page where lines start well right of the page's
// leftmost text.
func rightHalves(lines []Line) map[int]float64 {
	var right map[int]float64
	// Lines come page by page: each page's are a run.
	for start := 0; start < len(lines); {
		page, end := lines[start].Pos.Page, start
		minX := math.Inf(1)
		for end < len(lines) && lines[end].Pos.Page == page {
			if b := lines[end].Box; b != nil {
				minX = min(minX, b.X0)
			}
			end++
		}
		x, n := math.Inf(1), 0
		for i := start; i < end; i++ {
			if b := lines[i].Box; b != nil && b.X0 >= minX+minGutterOffset {
				x, n = min(x, b.X0), n+1
			}
		}
		if n >= minHalfLines {
			if right == nil {
				right = map[int]float64{}
			}
			right[page] = x
		}
		start = end
	}
	return right
}

// minHalfLines is how many lines a right half holds at least: a few lines
// far right (a date, a signature) are no half.
const minHalfLines = 5

// labelInside returns the byte offset in text of a second field after a
// first one ("Schedule: Full-time" then "Horaire Temps plein"), or -1.
// Both must be fields with a value: "Deadline" alone is a label, but
// "Application" before it is no field.
func labelInside(lex Lexicon, text string) int {
	spans := wordSpans(nil, text, -1)
	for k := 1; k < len(spans); k++ {
		if words.StartsLower(text[spans[k][0]:]) {
			continue // a cell's label opens in capitals: "…, échelon 1" goes on a value
		}
		if _, _, v, ok := lex.Field(text[spans[k][0]:], true); !ok || v == "" {
			continue
		}
		if _, _, v, ok := lex.Field(strings.TrimSpace(text[:spans[k][0]]), true); ok && v != "" {
			return spans[k][0]
		}
	}
	return -1
}

// wrappedLabelInside returns the byte offset in the text of a line across
// the gutter of the right half's label when that label wraps in its cell,
// only its first words on the line ("Salary (Pay Basis) 1,286.09Euro
// (EUR) Monthly Salaire (Base de 1 286,09Euro (EUR) Mensuelle", with
// "paie)" under "Salaire"; joinWrappedLabels puts the label back
// together), or -1. The label's first word is a label of its own
// ("Salaire"), capitalised, after a field with a value, and the nearest
// such word to where the gutter x falls in the text, reckoned from the
// line's width, within a fifth of the line.
func wrappedLabelInside(lex Lexicon, l Line, x float64) int {
	if l.Box == nil || l.Box.X1 <= l.Box.X0 {
		return -1
	}
	n := float64(utf8.RuneCountInString(l.Text))
	at := (x - l.Box.X0) / (l.Box.X1 - l.Box.X0) * n
	spans := wordSpans(nil, l.Text, -1)
	best, bestDist := -1, n/5
	for k := 1; k < len(spans); k++ {
		start := spans[k][0]
		if !words.StartsUpper(l.Text[start:]) {
			continue
		}
		d := math.Abs(float64(utf8.RuneCountInString(l.Text[:start])) - at)
		if d > bestDist {
			continue
		}
		if _, ok := lex.Label(l.Text[start:spans[k][1]]); !ok {
			continue
		}
		if _, _, v, ok := lex.Field(strings.TrimSpace(l.Text[:start]), true); ok && v != "" {
			best, bestDist = start, d
		}
	}
	return best
}

// maxWrappedLabelWords bounds the words of a label's first line, read
// with its value ("Niveau de" of "Niveau de l'habilitation de
// sécurité").
const maxWrappedLabelWords = 4

// joinWrappedLabels puts back together a label wrapped in its cell: a line
// whose first words (or all of it) and the short lines right under it
// (same left edge, one under the other) make a label. "Emplacement
// Belgique-Bruxelles" / "principal" becomes "Emplacement principal:
// Belgique-Bruxelles", "Application" / "Deadline" the label "Application
// Deadline", and "Niveau de NS" / "l'habilitation de" / "sécurité" the
// field "Niveau de l'habilitation de sécurité: NS".
func joinWrappedLabels(lex Lexicon, lines []Line, pb *passBudget) []Line {
	var out []Line
	var drop map[int]bool
	for i, l := range lines {
		if pb.stop() {
			return lines
		}
		if drop[i] {
			continue
		}
		if rest, label, n, more := wrappedLabel(lex, lines, i); rest != nil {
			var buf [maxWrappedLabelWords + 1][2]int
			spans := wordSpans(buf[:0], l.Text, n+1)
			value := ""
			if n < len(spans) {
				value = strings.TrimSpace(l.Text[spans[n][0]:])
			}
			if more != "" {
				value = strings.TrimSpace(value + " " + more)
			}
			if out == nil {
				if !pb.copyLines(len(lines)) {
					return lines
				}
				out = append(make([]Line, 0, len(lines)), lines[:i]...)
			}
			l.Text, l.Cell, l.CellX = label, 0, 0
			if value != "" {
				l.Text += ": " + value
			} else {
				// A label alone: its box takes in its other lines, the
				// extent of its cell that pairLabelCells reads.
				b := *l.Box
				for _, j := range rest {
					b.X1, b.Y0 = max(b.X1, lines[j].Box.X1), min(b.Y0, lines[j].Box.Y0)
				}
				l.Box = &b
			}
			l.LeadBold = 0
			if drop == nil {
				drop = map[int]bool{}
			}
			for _, j := range rest {
				drop[j] = true
			}
			out = append(out, l)
			continue
		}
		if out != nil {
			out = append(out, l)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// maxLabelLines is how many lines a label wraps over at most, in a cell
// a word or two wide.
const maxLabelLines = 3

// wrappedLabel finds the other lines of a label that line i starts: their
// indexes, the label, how many words of line i it takes, and the text of
// the value's cell on those other lines; nil when there are none.
//
// A row whose label and value both wrap has them side by side on each
// line, parted by the layout's cell gap at one x ("Gross annual  CHF
// 92,000 – 104,000 gross per" / "salary  year, paid in 13
// instalments"): the label's words are those left of the gap, the rest
// goes on with the value. Not when the first line's cell is a label
// already (two rows of the table).
func wrappedLabel(lex Lexicon, lines []Line, i int) ([]int, string, int, string) {
	l := &lines[i]
	if l.Box == nil {
		return nil, "", 0, ""
	}
	celled := l.Cell > 0 && l.Cell < len(l.Text)
	if celled {
		if _, ok := lex.Label(strings.TrimSpace(l.Text[:l.Cell])); ok {
			celled = false
		}
	}
	more := ""
	checked := false // l is checked once a line under it may continue it
	var rest []int
	tail := ""
	above := *l.Box // the last line of the label so far
	for j := i + 1; j < len(lines) && j < i+maxLookahead && len(rest) < maxLabelLines-1; j++ {
		s := &lines[j]
		if s.Box == nil || s.Pos.Page != l.Pos.Page || math.Abs(s.Box.X0-l.Box.X0) > 2 {
			continue
		}
		// Right under the label's last line: its next line in the cell.
		h := above.Y1 - above.Y0
		if s.Box.Y1 > above.Y0+1 {
			continue
		}
		if above.Y0-s.Box.Y1 > 0.6*h {
			break // lower down the same column: no line of the cell
		}
		t := strings.TrimSpace(s.Text)
		value := ""
		if celled && s.Cell > 0 && s.Cell < len(s.Text) && math.Abs(s.CellX-l.CellX) <= cellAlign {
			t, value = strings.TrimSpace(s.Text[:s.Cell]), strings.TrimSpace(s.Text[s.Cell:])
		}
		if len(tail)+len(t) > maxLabelBytes || strings.ContainsRune(".!?;,", words.LastRune(t)) ||
			strings.Contains(strings.TrimSuffix(t, ":"), ":") || stream.MarkerLen(t) > 0 ||
			words.Count(tail)+words.Count(t) > maxWrappedLabelWords {
			return nil, "", 0, "" // a paragraph's next line or its last, a list's next item, a field
		}
		if !checked {
			// (Of a line in cells, its label's cell: "CHF 92,000 (note:
			// tax-free)" beside it is a value's colon.)
			head := l.Text
			if celled {
				head = l.Text[:l.Cell]
			}
			if stream.MarkerLen(head) > 0 || strings.Contains(head, ":") {
				return nil, "", 0, "" // a list item, a label already whole
			}
			checked = true
		}
		tail = strings.TrimSpace(tail + " " + t)
		more = strings.TrimSpace(more + " " + value)
		rest = append(rest, j)
		above = *s.Box
		var buf [maxWrappedLabelWords + 1][2]int
		spans := wordSpans(buf[:0], l.Text, len(buf))
		// The label's first line is the whole of l ("Application" /
		// "Deadline"), or its first words, the value beside them.
		for n := min(maxWrappedLabelWords, len(spans)); n >= 1; n-- {
			if spans[n-1][1]+1+len(tail) > maxLabelBytes {
				continue
			}
			if celled && spans[n-1][1] > l.Cell {
				continue // the label's first line is its cell, whole
			}
			if celled && strings.TrimSpace(l.Text[spans[n-1][1]:l.Cell]) != "" {
				break
			}
			label := l.Text[:spans[n-1][1]] + " " + tail
			if _, ok := lex.Label(label); ok {
				if !celled && n < len(spans) && wholeLabel(lex, l.Text) {
					// "Job title" / "Location": a run of labels, each
					// whole on its line, not "Job Location" with the
					// value "title".
					return nil, "", 0, ""
				}
				return rest, strings.TrimRight(label, " :"), n, more
			}
		}
	}
	return nil, "", 0, ""
}

// wholeLabel reports a line that is a label the tables know, whole.
func wholeLabel(lex Lexicon, text string) bool {
	_, ok := lex.Label(strings.TrimSpace(text))
	return ok
}

// maxLookahead bounds how far below in the line order the rest of a
// wrapped label may come: the other cells of its row come between.
const maxLookahead = 12
