package paged

import (
	"cmp"
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/textenc"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// ReadText reads plain text, including the text dumps of PDFs with their
// artefacts: a blank line after every wrapped line, lone page numbers, the
// link URLs of a page dumped in the middle of a sentence.
//
// Lines longer than maxLineBytes are refused: a text notice has short
// lines, and a megabyte without a newline is not one.
func ReadText(ctx context.Context, data []byte, lex Lexicon, maxLineBytes int) (*stream.Document, error) {
	text, err := textenc.Decode(data)
	if err != nil {
		return nil, err
	}
	lines, pages, err := textLines(ctx, lex, text, maxLineBytes)
	if err != nil {
		return nil, err
	}
	return &stream.Document{Pages: pages, Blocks: assembleLines(lex, lines)}, nil
}

// reRuleLine matches a line drawn with dashes, equals signs or
// underscores, such as the rules of a plain-text table.
var reRuleLine = regexp.MustCompile(`^[\s|+]*[-=_]{3,}[-=_\s|+]*$`)

// rawLine is one line of the text with its blank-line context.
type rawLine struct {
	text   string // without leading and trailing spaces
	raw    string // the whole line, tabs expanded, for column detection
	indent int    // leading spaces (tabs count as 4)
	blank  bool   // empty
	ws     bool   // only white space (not empty)
	brk    bool   // a page break stands before it (dropFurniture)
	rule   bool   // a rule ("-----  -----"): no text, but raw keeps it for tables
	// measure is the width of the line's column in runes when it is not
	// the text's widest line: a table cell's (readTables).
	measure int16
	page    int
	num     int
}

// textLines turns text into assembler lines, dropping page-break debris.
func textLines(ctx context.Context, lex Lexicon, text string, maxLineBytes int) ([]Line, int, error) {
	var raws []rawLine
	page, maxLen := 1, 0
	for i, s := range strings.Split(text, "\n") {
		if len(s) > maxLineBytes {
			return nil, 0, failure.Limitf(failure.LimitLine, int64(maxLineBytes), "line %d is longer than the %d-byte line limit", i+1, maxLineBytes)
		}
		if i%4096 == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		for strings.HasPrefix(s, "\f") {
			page++
			s = s[1:]
		}
		s = strings.ReplaceAll(s, "\f", " ")
		trimmed := strings.TrimRight(s, " \t\u00a0")
		raw := strings.ReplaceAll(trimmed, "\t", "    ")
		rule := reRuleLine.MatchString(trimmed)
		if rule {
			// A table or section rule ("------  ------", "=====") is
			// layout: it separates blocks like a blank line.
			trimmed = " "
		}
		body := strings.TrimLeft(trimmed, " \t\u00a0")
		indent := 0
		for _, r := range trimmed[:len(trimmed)-len(body)] {
			if r == '\t' {
				indent += 4
			} else {
				indent++
			}
		}
		rl := rawLine{text: body, raw: raw, indent: indent, blank: s == "", ws: s != "" && body == "", page: page, num: i + 1, rule: rule}
		raws = append(raws, rl)
		if n := utf8.RuneCountInString(trimmed); n > maxLen && body != "" {
			maxLen = n
		}
	}

	raws = dropFurniture(raws)
	if r, ok := readTables(raws); ok {
		// The text's measure is that of its lines out of the tables.
		raws, maxLen = r, 0
		for _, r := range raws {
			if r.measure == 0 && r.text != "" {
				maxLen = max(maxLen, utf8.RuneCountInString(r.raw))
			}
		}
	}
	raws = splitColumns(raws)
	raws = repairMarkerColumns(raws)
	raws = repairLabelColumns(lex, raws)

	// Dumps that put a blank line after nearly every wrapped line mark
	// their real paragraph breaks with lines of spaces instead; in any
	// other text a blank line is a paragraph break.
	textCount, blankAfter := 0, 0
	for i, r := range raws {
		if r.text != "" {
			textCount++
			if i+1 < len(raws) && raws[i+1].blank {
				blankAfter++
			}
		}
	}
	wsBreaks := false
	for _, r := range raws {
		if r.ws {
			wsBreaks = true
			break
		}
	}
	blankIsWrap := textCount > 10 && float64(blankAfter) > 0.6*float64(textCount) && wsBreaks

	var lines []Line
	gap := 0.0
	for i := 0; i < len(raws); i++ {
		r := raws[i]
		if r.text == "" {
			if r.ws || !blankIsWrap {
				gap = 1
			}
			continue
		}
		if words.IsURLLine(r.text) && urlIsPageDebris(raws, i) {
			continue
		}
		// The line after page-end debris starts with a space; that
		// space is an artefact, not an indent.
		indent := float64(r.indent) / 2
		lines = append(lines, Line{
			Text:   r.text,
			Pos:    stream.Pos{Page: pageOf(r, raws), Line: r.num},
			Indent: indent,
			Fill:   float64(utf8.RuneCountInString(r.text)+r.indent) / float64(max(cmp.Or(int(r.measure), maxLen), 1)),
			Gap:    gap,
			Break:  r.brk,
		})
		gap = 0
	}
	pages := page
	if pages == 1 {
		pages = 0
	}
	return lines, pages, nil
}

func pageOf(r rawLine, raws []rawLine) int {
	if raws[len(raws)-1].page == 1 {
		return 0 // no form feeds: the text has no pages
	}
	return r.page
}

// urlIsPageDebris reports a lone URL line that a PDF-to-text tool dumped at
// a page end: it sits in a run of URL lines followed by a line that starts
// with a space, the sentence that the page break interrupted.
func urlIsPageDebris(raws []rawLine, i int) bool {
	j := i + 1
	for j < len(raws) && words.IsURLLine(raws[j].text) {
		j++
	}
	return j < len(raws) && raws[j].text != "" && raws[j].indent > 0 && raws[j].indent < 4
}

// isLoneMarker reports a line that is only a list marker.
func isLoneMarker(s string) bool { return s != "" && stream.MarkerLen(s) == len(s) }

// repairMarkerColumns undoes a pdftotext habit: a list's markers come out
// as a column of their own ("1." "2." "3." on lines of their own), then the
// item texts as one block of wrapped lines. The block is cut back into as
// many items as there were markers, at the line ends that look most like
// an item's end (punctuation, a short line, a capital after).
func repairMarkerColumns(raws []rawLine) []rawLine {
	out := raws[:0:0]
	for i := 0; i < len(raws); {
		if !isLoneMarker(raws[i].text) {
			out = append(out, raws[i])
			i++
			continue
		}
		var markers []string
		j := i
		for j < len(raws) && (isLoneMarker(raws[j].text) || raws[j].text == "") {
			if raws[j].text != "" {
				markers = append(markers, raws[j].text)
			}
			j++
		}
		end := j
		for end < len(raws) && raws[end].text != "" && !isLoneMarker(raws[end].text) {
			end++
		}
		block := raws[j:end]
		starts := itemStarts(block, len(markers))
		if starts == nil {
			out = append(out, raws[i:j]...)
			i = j
			continue
		}
		for k, b := range block {
			if m, ok := starts[k]; ok {
				b.text = markers[m] + " " + b.text
			}
			out = append(out, b)
		}
		i = end
	}
	return out
}

// itemStarts chooses which lines of block start the n items, mapping line
// index to marker index; nil when the block cannot hold n items.
func itemStarts(block []rawLine, n int) map[int]int {
	var free []int // lines that may start an item: not nested items
	for k, b := range block {
		if _, _, ok := stream.SplitMarker(b.text); !ok {
			free = append(free, k)
		}
	}
	if n == 0 || len(free) < n || free[0] != 0 {
		return nil
	}
	maxLen := 1
	for _, b := range block {
		maxLen = max(maxLen, utf8.RuneCountInString(b.text))
	}
	type cand struct {
		line  int
		score float64
	}
	var cands []cand
	for _, k := range free[1:] {
		prev := block[k-1].text
		s := 1 - float64(utf8.RuneCountInString(prev))/float64(maxLen)
		if strings.ContainsRune(",.;:!?", words.LastRune(prev)) {
			s += 2
		}
		if words.StartsUpper(block[k].text) {
			s += 0.5
		}
		cands = append(cands, cand{k, s})
	}
	// Keep the n-1 best candidates, in line order.
	for a := 0; a < len(cands); a++ {
		for b := a + 1; b < len(cands); b++ {
			if cands[b].score > cands[a].score {
				cands[a], cands[b] = cands[b], cands[a]
			}
		}
	}
	chosen := map[int]bool{0: true}
	for _, c := range cands[:n-1] {
		chosen[c.line] = true
	}
	starts := map[int]int{}
	m := 0
	for k := range block {
		if chosen[k] {
			starts[k] = m
			m++
		}
	}
	return starts
}

// splitColumns reads a page laid out in two columns (pdftotext -layout of
// a two-column page or a side-by-side EN|FR table) column by column. A
// gutter is a band of columns that is blank on every line of the page while
// many lines have text on both sides of it.
func splitColumns(raws []rawLine) []rawLine {
	var out []rawLine
	for start := 0; start < len(raws); {
		end := start
		for end < len(raws) && raws[end].page == raws[start].page {
			end++
		}
		out = append(out, splitPageColumns(raws[start:end])...)
		start = end
	}
	return out
}

func splitPageColumns(page []rawLine) []rawLine {
	const minGutter = 3
	width, textLines := 0, 0
	for _, r := range page {
		if r.text != "" {
			width = max(width, len([]rune(r.raw)))
			textLines++
		}
	}
	if textLines < 8 {
		return page
	}
	// blank[c] counts the text lines that have a space (or nothing) at c.
	blank := make([]int, width+1)
	runes := make([][]rune, len(page))
	for i, r := range page {
		runes[i] = []rune(r.raw)
		if r.text == "" {
			continue
		}
		for c := 0; c <= width; c++ {
			if c >= len(runes[i]) || runes[i][c] == ' ' {
				blank[c]++
			}
		}
	}
	// The gutter: blank on every line, with enough text on each side of
	// it (columns read by pdftotext -layout seldom share their rows).
	best, bestScore := -1, 0
	for c := width / 4; c < width*3/4; c++ {
		ok := true
		for g := c; g < c+minGutter && g <= width; g++ {
			if blank[g] < textLines {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		left, right := 0, 0
		for i, r := range page {
			rs := runes[i]
			if r.text == "" {
				continue
			}
			if strings.TrimSpace(string(rs[:min(c, len(rs))])) != "" {
				left++
			}
			if len(rs) > c+minGutter {
				right++
			}
		}
		if left*4 >= textLines && right*4 >= textLines && min(left, right) > bestScore {
			best, bestScore = c, min(left, right)
		}
	}
	if best < 0 {
		return page
	}
	cut := best + minGutter
	var left, right []rawLine
	for i, r := range page {
		rs := runes[i]
		l, rt := string(rs[:min(len(rs), cut)]), ""
		if len(rs) > cut {
			rt = string(rs[cut:])
		}
		left = append(left, columnLine(r, l))
		right = append(right, columnLine(r, rt))
	}
	return append(left, right...)
}

// columnLine is r restricted to one column's text.
func columnLine(r rawLine, s string) rawLine {
	trimmed := strings.TrimRight(s, " ")
	body := strings.TrimLeft(trimmed, " ")
	if r.rule {
		body = ""
	}
	r.raw, r.text, r.indent = trimmed, body, len(trimmed)-len(body)
	r.blank = body == "" && !r.ws
	return r
}

// repairLabelColumns undoes the same pdftotext habit for a header table:
// the label cells come out as a run of lines ("NATO Body", "Schedule",
// "Grade"…), then the value cells as a block. Each label takes its value,
// the block being cut as repairMarkerColumns cuts list items. A label
// directly followed by its value keeps it.
func repairLabelColumns(lex Lexicon, raws []rawLine) []rawLine {
	out := raws[:0:0]
	for i := 0; i < len(raws); {
		var labels []int
		j := i
		for j < len(raws) && (raws[j].text == "" || isBareLabel(lex, raws[j].text)) {
			if raws[j].text != "" {
				labels = append(labels, j)
			}
			j++
		}
		if len(labels) < 3 {
			out = append(out, raws[i])
			i++
			continue
		}
		end := j
		for end < len(raws) && raws[end].text != "" && !isBareLabel(lex, raws[end].text) {
			end++
		}
		starts := itemStarts(raws[j:end], len(labels))
		if starts == nil {
			out = append(out, raws[i:j]...)
			i = j
			continue
		}
		values := make([][]string, len(labels))
		for k, r := range raws[j:end] {
			if m, ok := starts[k]; ok {
				values[m] = append(values[m], r.text)
			} else if n := len(values); n > 0 {
				for m := n - 1; m >= 0; m-- {
					if values[m] != nil {
						values[m] = append(values[m], r.text)
						break
					}
				}
			}
		}
		for m, li := range labels {
			r := raws[li]
			r.text = r.text + ": " + strings.Join(values[m], " ")
			out = append(out, r)
		}
		i = end
	}
	return out
}
