package paged

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
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
	if err := budget.Charge(ctx, int64(len(data))); err != nil { // the decoded copy
		return nil, err
	}
	text, err := textenc.Decode(data)
	if err != nil {
		return nil, err
	}
	// The lines are charged for while they are built, then given back
	// for the blocks made of them.
	linesCost, textBytes := textCost(text)
	if err := budget.Charge(ctx, linesCost+textBytes); err != nil {
		return nil, err
	}
	lines, pages, err := textLines(ctx, lex, text, maxLineBytes)
	if err != nil {
		return nil, err
	}
	blocks, err := assembleLines(ctx, lex, lines)
	if err != nil {
		return nil, err
	}
	budget.From(ctx).Release(linesCost) // the blocks are charged as made
	return &stream.Document{Pages: pages, Blocks: blocks}, nil
}

// textCost estimates the memory the text reader builds from a decoded
// text: per line a rawLine, and for a line of text also a Line and its
// place in the assembler (lines); and the tab-expanded copies of lines
// (textBytes). The blocks are charged when they are made.
func textCost(text string) (lines, textBytes int64) {
	var n, empty int64 = 1, 0
	// From newline to newline with IndexByte, which reads many bytes at a
	// time: a loop over every byte was 1.3 % of a text dump's parse. A
	// line is empty when the byte before its newline is one too (or it
	// is the first line).
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j
		n++
		if i == 0 || text[i-1] == '\n' {
			empty++
		}
	}
	return empty*emptyLineCost + (n-empty)*textLineCost, int64(strings.Count(text, "\t")) * 3
}

// The cost of a line, measured and rounded up: a rawLine is 72 bytes,
// a Line 96 and its index in the assembler 8.
const (
	emptyLineCost = 80
	textLineCost  = 180
)

// The blank characters at the ends of a text line: spaces, tabs and
// no-break spaces (U+00A0, "\xc2\xa0" in UTF-8). trimBlankRight and
// trimBlankLeft are strings.TrimRight and strings.TrimLeft with the cutset
// " \t\u00a0", byte by byte: with a cutset outside ASCII those decode
// each rune and look it up in the cutset, and a line of a layout dump
// opens with dozens of spaces.

// trimBlankRight is strings.TrimRight(s, " \t\u00a0").
func trimBlankRight(s string) string {
	for len(s) > 0 {
		switch n := len(s); {
		case s[n-1] == ' ' || s[n-1] == '\t':
			s = s[:n-1]
		case n >= 2 && s[n-2] == 0xc2 && s[n-1] == 0xa0:
			s = s[:n-2]
		default:
			return s
		}
	}
	return s
}

// trimBlankLeft is strings.TrimLeft(s, " \t\u00a0"), and the indent of
// what it cut: a tab counts four, a space or a no-break space one.
func trimBlankLeft(s string) (body string, indent int) {
	for len(s) > 0 {
		switch {
		case s[0] == ' ':
			s, indent = s[1:], indent+1
		case s[0] == '\t':
			s, indent = s[1:], indent+4
		case len(s) >= 2 && s[0] == 0xc2 && s[1] == 0xa0:
			s, indent = s[2:], indent+1
		default:
			return s, indent
		}
	}
	return s, indent
}

// isRuleLine reports a line drawn with dashes, equals signs, underscores
// or asterisks, such as the rules of a plain-text table or the frame of a
// text e-mail's banner: the expression `^[\s|+]*[-=_*]{3,}[-=_*\s|+]*$`
// (TestIsRuleLine), by hand. Run on every
// line of a text, the expression was 3 % of a text notice's parse; here
// nearly every line is let go on its first character that is no space.
// Only spaces, '|' and '+' (ruleSpace), then three of '-', '=', '_' and
// '*' (ruleDash), then only those and spaces, bars and crosses. (\s is ASCII
// white space in Go's expressions; a byte outside ASCII is in neither
// class.)
func isRuleLine(s string) bool {
	i := 0
	for i < len(s) && ruleClass[s[i]] == ruleSpace {
		i++
	}
	if len(s)-i < 3 || ruleClass[s[i]] != ruleDash || ruleClass[s[i+1]] != ruleDash || ruleClass[s[i+2]] != ruleDash {
		return false
	}
	for j := i + 3; j < len(s); j++ {
		if ruleClass[s[j]] == 0 {
			return false
		}
	}
	return true
}

// The classes of bytes isRuleLine tells apart.
const (
	ruleSpace = 1 + iota
	ruleDash
)

var ruleClass = [256]uint8{
	'\t': ruleSpace, '\n': ruleSpace, '\f': ruleSpace, '\r': ruleSpace, ' ': ruleSpace, '|': ruleSpace, '+': ruleSpace,
	'-': ruleDash, '=': ruleDash, '_': ruleDash, '*': ruleDash,
}

// rawLine is one line of the text with its blank-line context.
type rawLine struct {
	text   string // without leading and trailing spaces
	raw    string // the whole line, tabs expanded, for column detection
	indent int    // leading spaces (tabs count as 4)
	blank  bool   // empty
	ws     bool   // only white space (not empty)
	brk    bool   // a page break stands before it (dropFurniture)
	rule   bool   // a rule ("-----  -----"): no text, but raw keeps it for tables
	// underlined is a title over a line of one character repeated
	// (readHandMarkup): a heading, as a bold line is in a PDF.
	underlined bool
	// measure is the width of the line's column in runes when it is not
	// the text's widest line: a table cell's (readTables).
	measure int16
	page    int
	num     int
}

// minQuotedLines is how many lines opening with an e-mail's quote mark
// (">" at the line's start) make a text a quoted message: a reply or a
// forward that quotes a notice whole.
const minQuotedLines = 5

// quotesMessage reports a text that quotes a message: minQuotedLines
// lines at least open with ">", a third at least of its lines with text.
func quotesMessage(text string) bool {
	quoted, lines := 0, 0
	for s := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		lines++
		if s[0] == '>' {
			quoted++
		}
	}
	return quoted >= minQuotedLines && 3*quoted >= lines
}

// unquote returns a line of a quoted message without its quote marks
// ("> > Closing date: …" → "Closing date: …"); a blank quoted line is
// blank.
func unquote(s string) string {
	for strings.HasPrefix(s, ">") {
		s = strings.TrimPrefix(s[1:], " ")
	}
	return s
}

// textLines turns text into assembler lines, dropping page-break debris.
func textLines(ctx context.Context, lex Lexicon, text string, maxLineBytes int) ([]Line, int, error) {
	raws := make([]rawLine, 0, strings.Count(text, "\n")+1)
	page, maxLen := 1, 0
	i := -1
	quoted := quotesMessage(text)
	for s := range strings.SplitSeq(text, "\n") {
		i++
		if len(s) > maxLineBytes {
			return nil, 0, failure.Limitf(failure.LimitLine, int64(maxLineBytes), "line %d is longer than the %d-byte line limit", i+1, maxLineBytes)
		}
		if i%4096 == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		if quoted {
			s = unquote(s)
		}
		for strings.HasPrefix(s, "\f") {
			page++
			s = s[1:]
		}
		s = strings.ReplaceAll(s, "\f", " ")
		trimmed := trimBlankRight(s)
		if strings.HasSuffix(trimmed, " |") && strings.Count(trimmed, "|") == 1 {
			// "Post: |", "AD6 |": a table's cell copied with its right
			// border, the only bar of its line; no text ends so.
			trimmed = trimBlankRight(trimmed[:len(trimmed)-1])
		}
		raw := strings.ReplaceAll(trimmed, "\t", "    ")
		rule := isRuleLine(trimmed)
		if rule {
			// A table or section rule ("------  ------", "=====") is
			// layout: it separates blocks like a blank line.
			trimmed = " "
		}
		body, indent := trimBlankLeft(trimmed)
		rl := rawLine{text: body, raw: raw, indent: indent, blank: s == "", ws: s != "" && body == "", page: page, num: i + 1, rule: rule}
		raws = append(raws, rl)
		if body != "" {
			maxLen = max(maxLen, utf8.RuneCountInString(trimmed))
		}
	}

	tick := budget.NewTicker(ctx)
	raws, err := dropFurniture(ctx, raws, &tick)
	if err != nil {
		return nil, 0, err
	}
	r, ok, err := readTables(ctx, raws, &tick)
	if err != nil {
		return nil, 0, err
	}
	if ok {
		// The text's measure is that of its lines out of the tables.
		raws, maxLen = r, 0
		for _, r := range raws {
			if r.measure == 0 && r.text != "" {
				maxLen = max(maxLen, utf8.RuneCountInString(r.raw))
			}
		}
	}
	// (Asked before the passes: unfoldLongLines cuts a page copied on
	// one line into lines of its own guessing.)
	flat := unwrapped(raws) || neverWrapped(raws)
	for _, pass := range []func([]rawLine) []rawLine{
		readHandMarkup,
		func(raws []rawLine) []rawLine { return unspaceLines(lex, raws) },
		func(raws []rawLine) []rawLine { return splitColumns(lex, raws, &tick) },
		func(raws []rawLine) []rawLine { return repairMarkerColumns(raws, &tick) },
		func(raws []rawLine) []rawLine { return repairLabelColumns(lex, raws, &tick) },
		spaceGluedDashes,
		func(raws []rawLine) []rawLine { return unfoldLongLines(lex, raws) },
		func(raws []rawLine) []rawLine { return readEmoji(lex, raws) },
		chatLines,
		unstarLines,
		func(raws []rawLine) []rawLine { return splitGluedHeadings(lex, raws) },
	} {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		raws = pass(raws)
	}

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

	// A text whose lines run far past any page's width was not wrapped
	// by a typesetter: a browser's copy, a board's page, each line a
	// block. Its lines are measured against no column, as short ones.
	scale := 1.0
	if flat {
		scale = unwrappedFill
	}
	lines := make([]Line, 0, textCount)
	gap := 0.0
	for i := 0; i < len(raws); i++ {
		if err := tick.Tick(); err != nil {
			return nil, 0, err
		}
		r := raws[i]
		if r.text == "" {
			if r.ws || !blankIsWrap && !runsOnOverBlank(raws, i) {
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
			Fill:   scale * float64(utf8.RuneCountInString(r.text)+r.indent) / float64(max(cmp.Or(int(r.measure), maxLen), 1)),
			Gap:    gap,
			Break:  r.brk,
			Bold:   r.underlined,
		})
		gap = 0
	}
	markTabRows(lex, lines)
	pages := page
	if pages == 1 {
		pages = 0
	}
	return lines, pages, nil
}

// runsOnOverBlank reports a lone blank line raws[i] inside a sentence
// that a dump cut there: the line before it leaves a bracket open or
// ends in a comma, the line after it goes on in small letters
// ("Temps complet annualisé (1 607" / "" / "heures), week-ends …").
func runsOnOverBlank(raws []rawLine, i int) bool {
	if i == 0 || i+1 >= len(raws) || !raws[i].blank {
		return false
	}
	prev, next := raws[i-1].text, raws[i+1].text
	if prev == "" || !words.StartsLower(next) {
		return false
	}
	return words.LastRune(prev) == ',' || strings.Count(prev, "(") > strings.Count(prev, ")")
}

// markTabRows sets the Cell of the lines of a table copied to text with
// a tab between label and value ("Application deadline<TAB>7 February
// 2027"), minTabRows in a row at least, one of their labels a label the
// tables know: each is a field, the first too, whatever line is above
// it (tabbedField alone reads a row only after a known field). A layout
// dump parts its cells with spaces instead ("Working time      Full-time"):
// such rows count when their values start at one column (gappedCell),
// the lines of a value wrapped under it between them.
func markTabRows(lex Lexicon, lines []Line) {
	for i := 0; i < len(lines); {
		j, known, rows := i, false, 0
		col := -1 // the values' column of gapped rows
		for ; j < len(lines); j++ {
			label, _, ok := tabbedField(lines[j].Text)
			cell := strings.IndexByte(lines[j].Text, '\t')
			if !ok {
				if c, at := gappedCell(lines[j]); c > 0 && (col < 0 || abs(at-col) <= maxCellSlip) {
					label, cell, col, ok = strings.TrimSpace(lines[j].Text[:c]), c, at, true
				} else if col >= 0 && lines[j].Gap == 0 && abs(lineColumn(lines[j])-col) <= maxCellSlip {
					continue // a gapped row's value wrapped in its cell
				}
			}
			if !ok {
				break
			}
			lines[j].Cell = cell // (cleared below when the rows make no table)
			rows++
			if _, ok := lex.Label(label); ok {
				known = true
			}
		}
		if rows < minTabRows || !known {
			for k := i; k < j; k++ {
				lines[k].Cell = 0
			}
		}
		i = max(j, i+1)
	}
}

// gappedCell returns, for a line of a layout dump whose first words a
// run of layoutGap spaces parts from the rest ("Working time
// Full-time"), the first words being shaped as a label, the byte length
// of that label cell and the column, in characters, where the value
// starts; or 0, -1. A row of labels in capitals ("REFERENCE      COMPANY")
// is not one.
func gappedCell(l Line) (cell, col int) {
	t := l.Text
	k := strings.Index(t, layoutGap)
	if k <= 0 || k >= maxLabelBytes {
		return 0, -1
	}
	label := strings.TrimSpace(t[:k])
	v := k + len(t[k:]) - len(strings.TrimLeft(t[k:], " "))
	if v >= len(t) || strings.Contains(t[v:], "\t") || !stream.UnknownLabel(label, maxTabbedLabelWords) ||
		strings.ContainsAny(label, "0123456789") || words.IsCaps(label) && words.IsCaps(t[v:]) {
		// (A code is no label; "REFERENCE      COMPANY" is a grid's row
		// of labels, over their values.)
		return 0, -1
	}
	return k, lineColumn(l) + utf8.RuneCountInString(t[:v])
}

// lineColumn is the column, in characters, where a line of a text starts.
func lineColumn(l Line) int { return int(2 * l.Indent) }

// layoutGap is the run of spaces that parts a layout dump's cells (a
// sentence's words take one, a justified line's two at most);
// maxCellSlip how far, in characters, the values of one table's rows may
// start apart.
const (
	layoutGap   = "    "
	maxCellSlip = 1
)

// abs is the distance of n from 0.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// minTabRows is how many tabbed rows make a table: one line with a tab
// may be a sentence's.
const minTabRows = 2

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

// gluedDash reports a line that starts with a dash glued to a letter,
// "-hold a doctoral degree…", as job boards print bullets they stripped
// of their space.
func gluedDash(t string) bool {
	if len(t) < 2 || t[0] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[1:])
	return unicode.IsLetter(r)
}

// spaceGluedDashes gives the space back to glued dashes that make a list:
// two lines in a row at least. A dash alone is a word's ("-based"), and
// is left alone.
func spaceGluedDashes(raws []rawLine) []rawLine {
	prev := false // the line before had a glued dash
	for i := range raws {
		glued := gluedDash(raws[i].text)
		if glued && (prev || i+1 < len(raws) && gluedDash(raws[i+1].text)) {
			raws[i].text = "- " + raws[i].text[1:]
		}
		prev = glued
	}
	return raws
}

// minUnfoldBytes is the length from which a line is read as a whole
// notice copied without its line ends (from an app, a chat): no layout
// sets a paragraph of prose this long on one line and labels in it.
const minUnfoldBytes = 1000

// maxUnfoldWords bounds a heading or a label looked for inside such a
// line: "Essential qualifications and experience".
const maxUnfoldWords = 5

// unfoldLongLines cuts a line of minUnfoldBytes or more before each known
// section heading followed by a capital ("… per hour Requirements
// Minimum 18 years…") and each label with its colon ("… Req ID:
// REQ-48213 Job type: Full-time"), the places where the copy lost its
// line ends. Other lines are left as they are.
func unfoldLongLines(lex Lexicon, raws []rawLine) []rawLine {
	var out []rawLine // made on the first cut only
	for i, r := range raws {
		if len(r.text) < minUnfoldBytes {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]rawLine, 0, len(raws)+16), raws[:i]...)
		}
		for _, part := range unfoldCuts(lex, r.text) {
			l := r
			l.text, l.raw, l.indent = part, part, 0
			out = append(out, l)
		}
	}
	if out == nil {
		return raws
	}
	return out
}

// unfoldCuts returns the parts of t between the cuts unfoldLongLines makes.
func unfoldCuts(lex Lexicon, t string) []string {
	var spans [][2]int
	spans = wordSpans(spans, t, -1)
	var parts []string
	start := 0
	for k := 1; k < len(spans); k++ {
		at := spans[k][0]
		if r, _ := utf8.DecodeRuneInString(t[at:]); !unicode.IsUpper(r) {
			continue
		}
		for n := min(maxUnfoldWords, len(spans)-k); n >= 1; n-- {
			end := spans[k+n-1][1]
			cand := t[at:end]
			label := strings.HasSuffix(cand, ":")
			if label {
				if _, ok := lex.Label(cand); !ok {
					continue
				}
			} else {
				next := k + n
				if next >= len(spans) {
					continue
				}
				if r, _ := utf8.DecodeRuneInString(t[spans[next][0]:]); !unicode.IsUpper(r) || !lex.WholeHeading(cand) {
					continue
				}
			}
			if part := strings.TrimSpace(t[start:at]); part != "" {
				parts = append(parts, part)
			}
			start = at
			if !label {
				// The heading is a line of its own.
				parts = append(parts, cand)
				start = end
			}
			k += n - 1
			break
		}
	}
	if part := strings.TrimSpace(t[start:]); part != "" {
		parts = append(parts, part)
	}
	return parts
}

// chatLines reads a chat's export: each message opens a paragraph of its
// own, and a message of several lines loses the stamp and the sender's
// name that head it ("[10/10/2042, 08:41:55] Lt Col Anneke Vos: STAFF
// VACANCY …", "10/10/2042, 08:41 - Anneke: …", "[08:42] Aigerim S.: …"),
// so that a notice pasted in a message is read from its own first line. A text
// with fewer than minChatMessages such lines is no chat's.
func chatLines(raws []rawLine) []rawLine {
	n := 0
	for i := range raws {
		if chatHeaderLen(raws[i].text) > 0 {
			if n++; n >= minChatMessages {
				break
			}
		}
	}
	if n < minChatMessages {
		return raws
	}
	out := make([]rawLine, 0, len(raws)+len(raws)/4)
	for i, r := range raws {
		if k := chatHeaderLen(r.text); k > 0 {
			if len(out) > 0 && !out[len(out)-1].blank {
				out = append(out, rawLine{blank: true, page: r.page, num: r.num})
			}
			if j := nextText(raws, i+1); j < len(raws) && chatHeaderLen(raws[j].text) == 0 {
				// A message that lines of no message follow, a notice
				// pasted: read from its own first line. (A message
				// between messages keeps its head: "Luca B.: Reminder:
				// …" is the chat's, no item.)
				r.text = strings.TrimSpace(r.text[k:])
				r.raw, r.indent, r.blank = r.text, 0, r.text == ""
			}
		}
		out = append(out, r)
	}
	return out
}

// nextText returns the index of the first line from i that is not blank,
// or len(raws).
func nextText(raws []rawLine, i int) int {
	for i < len(raws) && raws[i].blank {
		i++
	}
	return i
}

// minChatMessages is how many message lines make a text a chat's export.
const minChatMessages = 2

// maxChatSenderBytes bounds a message's sender: a name, a rank.
const maxChatSenderBytes = 48

// chatHeaderLen returns the length of a chat message's head that opens t
// (a stamp with a time of day, in brackets or before " - ", then a
// sender's name and a colon), or 0.
func chatHeaderLen(t string) int {
	// (Each search looks only where its mark may stand: every line of a
	// text is asked.)
	head := t[:min(len(t), maxChatStampBytes+len(" - "))]
	var stamp, rest string
	if strings.HasPrefix(t, "[") {
		end := strings.IndexByte(head, ']')
		if end < 0 {
			return 0
		}
		stamp, rest = t[1:end], t[end+1:]
	} else {
		end := strings.Index(head, " - ")
		if end < 0 {
			return 0
		}
		stamp, rest = t[:end], t[end+3:]
	}
	if !isChatStamp(stamp) || strings.HasPrefix(t, "[") && !strings.HasPrefix(rest, " ") {
		return 0 // "[08:42] Aigerim S.: …": a space after the bracket
	}
	body := strings.TrimLeft(rest, " ")
	c := strings.Index(body[:min(len(body), maxChatSenderBytes+len(": "))], ": ")
	if c < 0 && strings.HasSuffix(body, ":") {
		c = len(body) - 1 // a message whose only word was an emoji, read off
	}
	if c <= 0 || c > maxChatSenderBytes || strings.ContainsAny(body[:c], "[]()") {
		return 0
	}
	return min(len(t), len(t)-len(body)+c+2)
}

// maxChatStampBytes bounds a message's stamp: a date and a time.
const maxChatStampBytes = 28

// isChatStamp reports a stamp of figures and date and time punctuation
// that holds a time of day ("10/10/2042, 08:41:55", "08:42", "12.05.43
// 9:41 PM").
func isChatStamp(s string) bool {
	clock := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9', c == '/', c == '.', c == ',', c == ' ', c == '-':
		case c == ':':
			clock = clock || i > 0 && s[i-1] >= '0' && s[i-1] <= '9' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9'
		case c == 'A' || c == 'P' || c == 'M' || c == 'a' || c == 'p' || c == 'm':
		default:
			return false
		}
	}
	return clock
}

// unstarLines takes off the marks of a chat's or a plain-text message's
// emphasis that wrap a line or its label ("*Senior Advisor*", "*Lieu :*
// Montréal", "**Salary:** …") and the emoji code that opens a line
// (":large_blue_circle: *Title*"): a text file keeps them as typed.
func unstarLines(raws []rawLine) []rawLine {
	for i := range raws {
		t := raws[i].text
		if len(t) < 3 || t[0] != '*' && t[0] != ':' {
			continue
		}
		if n := emojiCodeLen(t); n > 0 {
			t = t[n:]
		}
		raws[i].text = unstar(t)
	}
	return raws
}

// emojiCodeLen is the length of the emoji code and the spaces after it
// that open t (":wave: "), or 0.
func emojiCodeLen(t string) int {
	if t[0] != ':' {
		return 0
	}
	j := 1
	for j < len(t) && (t[j] >= 'a' && t[j] <= 'z' || t[j] >= '0' && t[j] <= '9' || t[j] == '_' || t[j] == '-' || t[j] == '+') {
		j++
	}
	if j == 1 || j+1 >= len(t) || t[j] != ':' || t[j+1] != ' ' {
		return 0
	}
	return j + 1 + len(t[j+1:]) - len(strings.TrimLeft(t[j+1:], " "))
}

// unstar returns t without the emphasis marks ("*" or "**") around the
// whole line or around its label (a run that ends with a colon), or t.
func unstar(t string) string {
	mark := "*"
	if strings.HasPrefix(t, "**") {
		mark = "**"
	}
	if !strings.HasPrefix(t, mark) || len(t) <= 2*len(mark) || t[len(mark)] == ' ' || t[len(mark)] == '*' {
		return t // "* item" is a list's, "***" a rule
	}
	end := strings.Index(t[len(mark):], mark)
	if end <= 0 {
		return t
	}
	end += len(mark)
	run, rest := t[len(mark):end], t[end+len(mark):]
	if run[len(run)-1] == ' ' {
		return t
	}
	switch {
	case strings.TrimSpace(rest) == "":
		return run
	case strings.HasSuffix(run, ":") && rest[0] == ' ':
		return run + rest
	}
	return t
}

// minGluedHeadingLetters bounds a heading in capitals found glued to the
// end of a line: shorter runs of capitals are acronyms ("…with NATO").
const minGluedHeadingLetters = 6

// gluedHeadingAt returns where a known heading in capitals starts that
// ends t glued to what comes before, without a space or a line break
// ("…an on-call rotation.EDUCATION AND EXPERIENCE", "…is an
// assetKNOWLEDGE", "17/04/2026JOB SUMMARY"), as job boards flatten a
// page; or -1.
func gluedHeadingAt(lex Lexicon, t string) int {
	start, letters := len(t), 0
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:start])
		if unicode.IsUpper(r) {
			letters++
		} else if !strings.ContainsRune(" ,&/-'’", r) {
			break
		}
		start -= n
	}
	for start < len(t) && !unicode.IsUpper(rune(t[start])) && t[start] < utf8.RuneSelf {
		start++ // the run starts with a capital
	}
	if start == 0 || start >= len(t) || letters < minGluedHeadingLetters {
		return -1
	}
	prev, _ := utf8.DecodeLastRuneInString(t[:start])
	if !unicode.IsLower(prev) && !unicode.IsDigit(prev) && !strings.ContainsRune(".!?)", prev) {
		return -1 // not glued: a space, or capitals run on
	}
	// Only a known heading is split off: the run's first word may have
	// taken capitals that end the word before it ("…the ITKNOWLEDGE").
	if _, ok := lex.Heading(t[start:]); !ok {
		return -1
	}
	return start
}

// splitGluedHeadings puts a known heading glued to a line on a line of
// its own: one in capitals glued to its end (gluedHeadingAt), and one
// glued to the first word of the line it opens ("Main tasksregisters
// incoming mail;", "Essentialsecondary education;": Lexicon.GluedHeading).
func splitGluedHeadings(lex Lexicon, raws []rawLine) []rawLine {
	var out []rawLine // made on the first split only
	for i, r := range raws {
		lead, tail := 0, -1
		if !r.rule {
			lead = lex.GluedHeading(r.text)
			if len(r.text) > minGluedHeadingLetters {
				tail = gluedHeadingAt(lex, r.text)
			}
		}
		if tail <= lead {
			tail = -1
		}
		if lead == 0 && tail < 0 {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]rawLine, 0, len(raws)+2), raws[:i]...)
		}
		body, end := r, len(r.text)
		if tail >= 0 {
			end = tail
		}
		if lead > 0 {
			// The heading keeps the line's place; the text it heads
			// goes on under it.
			heading := r
			heading.text, heading.raw = r.text[:lead], r.text[:lead]
			out = append(out, heading)
			body.text, body.raw, body.brk = r.text[lead:end], r.text[lead:end], false
		} else if tail >= 0 {
			// The line keeps its indent.
			body.text, body.raw = r.text[:end], strings.TrimSuffix(strings.TrimRight(r.raw, " "), r.text[end:])
		}
		out = append(out, body)
		if tail >= 0 {
			heading := r
			heading.text, heading.raw, heading.indent, heading.brk = r.text[tail:], r.text[tail:], 0, false
			out = append(out, heading)
		}
	}
	if out == nil {
		return raws
	}
	return out
}

// unwrapped reports a text not wrapped to a measure: minLongLines lines
// or more past longLineRunes runes, two in three of them ending a
// sentence or their lengths a quarter of the longest apart, none of
// them a table's or a layout dump's (cells parted by runs of spaces, or
// a measure of their own), nor a whole page on one line.
func unwrapped(raws []rawLine) bool {
	long, ended, shortest, longest := 0, 0, 0, 0
	for _, r := range raws {
		if len(r.text) >= minUnfoldBytes {
			return false // a page on one line, which unfoldLongLines cuts
		}
		if r.measure != 0 || strings.Contains(r.text, cellGap) {
			if utf8.RuneCountInString(r.text) > longLineRunes {
				return false
			}
			continue
		}
		if n := utf8.RuneCountInString(r.text); n > longLineRunes {
			long++
			if strings.ContainsRune(".!?:;", words.LastRune(r.text)) {
				ended++
			}
			shortest, longest = cmp.Or(min(shortest, n), n), max(longest, n)
		}
	}
	// (A text wrapped at a long measure, an e-mail's 160 columns, ends
	// few of its long lines with a sentence, and they are all about as
	// long; a copied page's long lines are paragraphs or items, most
	// ending so or of lengths far apart.)
	return long >= minLongLines && (3*ended >= 2*long || longest-shortest > longest/4)
}

// neverWrapped reports a text no line of which goes on in the next
// (a line not ending a sentence, the next opening in small letters),
// minNeverWrappedLines lines long at least, one of them a paragraph past
// longLineRunes: a browser's copy of a page, each line a block, whose
// longest line is a paragraph no one wrapped.
func neverWrapped(raws []rawLine) bool {
	n, long := 0, false
	for i, r := range raws {
		if r.text == "" || r.measure != 0 || strings.Contains(r.text, cellGap) {
			continue
		}
		n++
		long = long || utf8.RuneCountInString(r.text) > longLineRunes && words.CountAtMost(r.text, minParagraphWords) >= minParagraphWords
		if i+1 < len(raws) && words.StartsLower(raws[i+1].text) && !strings.ContainsRune(".!?:;", words.LastRune(r.text)) {
			return false
		}
	}
	return long && n >= minNeverWrappedLines
}

// minParagraphWords is how many words a long line has at least to be a
// paragraph no one wrapped: a URL or a row of codes is long too.
const minParagraphWords = 15

// minNeverWrappedLines is how many lines a text needs for none going on
// in the next to say no one wrapped it.
const minNeverWrappedLines = 20

// longLineRunes is longer than a line of any page a typesetter wraps,
// landscape pages among them (pdftotext prints about 110 runes a line
// of A4 in 10 points).
const longLineRunes = 150

// minLongLines long lines make a text unwrapped: one may be a URL or a
// row of a table.
const minLongLines = 3

// unwrappedFill scales the fill of an unwrapped text's lines, measured
// against its longest: none of them reaches the share of a wrapped line
// (the assembler's 0.45), so a line that the next one's capital follows
// ends its block.
const unwrappedFill = 0.4

// isLoneMarker reports a line that is only a list marker.
func isLoneMarker(s string) bool { return s != "" && stream.MarkerLen(s) == len(s) }

// repairMarkerColumns undoes a pdftotext habit: a list's markers come out
// as a column of their own ("1." "2." "3." on lines of their own), then the
// item texts as one block of wrapped lines. The block is cut back into as
// many items as there were markers, at the line ends that look most like
// an item's end (punctuation, a short line, a capital after).
func repairMarkerColumns(raws []rawLine, tick *budget.Ticker) []rawLine {
	out := raws[:0] // in place: a line is written only once read
	for i := 0; i < len(raws); {
		if tick.Tick() != nil {
			return append(out, raws[i:]...) // the caller stops the parse
		}
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
		starts := itemStarts(block, len(markers), false)
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
// index to marker index; nil when the block cannot hold n items. Of a
// column of values (values), a line ending in a comma goes on in the
// next ("Ministry of …, Bairiki," / "Tarawa"): a list's item may end so,
// a cell's value does not.
func itemStarts(block []rawLine, n int, values bool) map[int]int {
	free, scores := startScores(block, values)
	if n == 0 || len(free) < n || free[0] != 0 {
		return nil
	}
	type cand struct {
		line  int
		score float64
	}
	cands := make([]cand, 0, len(free)-1)
	for c, k := range free[1:] {
		cands = append(cands, cand{k, scores[c+1]})
	}
	// Keep the n-1 best candidates, in line order; of equal scores the
	// earlier lines.
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.score, a.score) })
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

// startScores returns the lines of block that may start an item (free:
// not nested items) and, for each of them after the first, how much its
// look says it starts one (scores[c] for free[c]; scores[0] is 0).
func startScores(block []rawLine, values bool) (free []int, scores []float64) {
	for k, b := range block {
		if _, _, ok := stream.SplitMarker(b.text); !ok {
			free = append(free, k)
		}
	}
	if len(free) == 0 {
		return nil, nil
	}
	maxLen := 1
	for _, b := range block {
		maxLen = max(maxLen, utf8.RuneCountInString(b.text))
	}
	scores = make([]float64, len(free))
	for c, k := range free {
		if c == 0 {
			continue
		}
		prev := block[k-1].text
		s := 1 - float64(utf8.RuneCountInString(prev))/float64(maxLen)
		switch r := words.LastRune(prev); {
		case r == ',' && values:
			s -= 3
		case strings.ContainsRune(",.;:!?", r):
			s += 2
		}
		if words.StartsUpper(block[k].text) {
			s += 0.5
		} else if values && strings.HasPrefix(block[k].text, "(") {
			s-- // "Petit-Ruisseau" / "(Nouvelle-Écosse)": a place's region under it
		}
		switch open, shut := strings.Count(prev, "("), strings.Count(prev, ")"); {
		case open > shut:
			s -= 3 // "14 May 2027, 23:59 hrs (Mons" / "time)": a parenthesis the next line closes
		case shut > 0 && open == shut && strings.HasSuffix(prev, ")"):
			s++ // "Full-time, definite duration (3 years)": a value its remark closes
		}
		scores[c] = s
	}
	return free, scores
}

// splitColumns reads a page laid out in two columns (pdftotext -layout of
// a two-column page or a side-by-side EN|FR table) column by column. A
// gutter is a band of columns that is blank on every line of the page while
// many lines have text on both sides of it.
func splitColumns(lex Lexicon, raws []rawLine, tick *budget.Ticker) []rawLine {
	var out []rawLine // nil until a page is split: raws is the answer
	for start := 0; start < len(raws); {
		end := start
		for end < len(raws) && raws[end].page == raws[start].page {
			end++
		}
		page := splitPageColumns(lex, raws[start:end], tick)
		if out == nil && len(page) != end-start {
			out = append(make([]rawLine, 0, len(raws)+len(page)), raws[:start]...)
		}
		if out != nil {
			out = append(out, page...)
		}
		start = end
	}
	if out == nil {
		return raws
	}
	return out
}

// splitPageColumns reads a page in two columns column by column: the
// whole page when its gutter runs from top to bottom, else the region of
// the page in two columns (columnRegion) between lines that run across
// its gutter, the lines above and below it staying where they are.
func splitPageColumns(lex Lexicon, page []rawLine, tick *budget.Ticker) []rawLine {
	const minGutter = 3
	if cut := gutter(page, minGutter, tick); cut >= 0 {
		return splitRegion(nil, page, cut)
	}
	from, to := columnRegion(page, minGutter, tick)
	if from < 0 {
		return page
	}
	region := page[from:to]
	cut := gutter(region, minGutter, tick)
	if cut < 0 || !flowsInColumns(lex, region, cut) {
		return page
	}
	out := append(make([]rawLine, 0, len(page)+len(region)), page[:from]...)
	out = splitRegion(out, region, cut)
	return append(out, page[to:]...)
}

// splitRegion appends to out the left column of lines (the runes before
// column cut), then their right column.
func splitRegion(out, lines []rawLine, cut int) []rawLine {
	right := make([]rawLine, 0, len(lines))
	for _, r := range lines {
		i := runeOffset(r.raw, cut)
		out = append(out, columnLine(r, r.raw[:i]))
		right = append(right, columnLine(r, r.raw[i:]))
	}
	return append(out, right...)
}

// flowsInColumns tells two columns of text from a table in a region of a
// page that columnRegion found (a whole page is not asked: a table seldom
// fills one). Two columns of text flow each on its own, so that at least
// as many lines have text on one side of column cut only as on both
// sides; the rows of a table have text on both. And fewer than half of
// the lines with text on both sides are a label with its value beside it
// ("Grade :      G14"): a label on the left (isColumnLabel) with no value
// under it in its own column, the next line having nothing on the left
// or another label. A label in a column of text has its value under it
// ("Reference number" over "CSC29J-081226-000473").
func flowsInColumns(lex Lexicon, region []rawLine, cut int) bool {
	left := func(r rawLine) (left string, right bool) {
		i := runeOffset(r.raw, cut)
		return strings.TrimSpace(r.raw[:i]), strings.TrimSpace(r.raw[i:]) != ""
	}
	oneSided, leftOnly, both, beside := 0, 0, 0, 0
	for i, r := range region {
		if r.text == "" {
			continue
		}
		l, right := left(r)
		if l == "" || !right {
			oneSided++
			if l != "" {
				leftOnly++
			}
			continue
		}
		both++
		if !isColumnLabel(lex, l) {
			continue
		}
		if i+1 == len(region) {
			beside++
		} else if next, _ := left(region[i+1]); next == "" || isColumnLabel(lex, next) {
			beside++
		}
	}
	// (A table whose right cells wrap under their own column has lines
	// with text on the right only, never on the left only: two columns
	// of prose have both.)
	return oneSided >= both && leftOnly > 0 && leftOnly < oneSided && beside*2 < both
}

// columnRegion finds the lines [from, to) of a page that are in two
// columns when the page also has lines that run across its gutter: a
// title or a paragraph above the columns, a section in one column below
// them. For each band of minGutter columns it follows the runs of lines
// that leave the band blank; the run with the most lines that have text
// on both sides of the band wins (a line with text across the band ends
// a run). The run is cut to whole blocks (lines between blank lines or
// the page's ends): the short lines of a paragraph that runs across the
// band above or below it ("Education:" over a full-width line) are not
// the columns'. It returns -1, -1 when no run has two lines with text on
// both sides, when the best run is the whole page (gutter read it) or
// when tick reports the context done. gutter then judges the region as
// it judges a page.
//
// Each rune of a line is read once: a band's run and its count of lines
// with text on both sides are kept per band and closed by the line that
// fills the band.
func columnRegion(page []rawLine, minGutter int, tick *budget.Ticker) (from, to int) {
	width, textLines, gapped := 0, 0, 0
	for _, r := range page {
		if r.text != "" {
			width = max(width, len(r.raw)) // bytes: at least the runes
			textLines++
			if strings.Contains(r.text, cellGap) || strings.ContainsRune(r.text, '\t') {
				gapped++
			}
		}
	}
	if textLines < 8 || gapped < 2 { // gutter reads no fewer lines
		return -1, -1
	}
	// runFrom[c]: the first line of band c's current run; both[c]: its
	// lines with text on both sides of the band.
	runFrom := make([]int, width+1)
	both := make([]int, width+1)
	bestBoth, bestFrom, bestTo := 1, -1, -1
	closeRun := func(c, i int) {
		if both[c] > bestBoth && (runFrom[c] > 0 || i < len(page)) {
			bestBoth, bestFrom, bestTo = both[c], runFrom[c], i
		}
		runFrom[c], both[c] = i+1, 0
	}
	for i, r := range page {
		if tick.Tick() != nil {
			return -1, -1
		}
		if r.text == "" {
			continue
		}
		// last: the column of the last character that is no space, or -1;
		// the bands that hold it are closed.
		n, last := 0, -1
		for _, ch := range r.raw {
			if ch != ' ' {
				if last >= 0 {
					// The spaces last+1..n-1: the bands that fit in them
					// have text on both sides.
					for c := last + 1; c+minGutter <= n; c++ {
						both[c]++
					}
				}
				for c := max(n-minGutter+1, last+1); c <= n; c++ {
					closeRun(c, i)
				}
				last = n
			}
			n++
		}
	}
	for c := range runFrom {
		closeRun(c, len(page))
	}
	if bestFrom < 0 {
		return -1, -1
	}
	// Whole blocks: a run that starts under a line across the band starts
	// after the first blank line, one that ends over such a line ends at
	// the last.
	if bestFrom > 0 {
		for bestFrom < bestTo && page[bestFrom].text != "" {
			bestFrom++
		}
	}
	if bestTo < len(page) {
		for bestTo > bestFrom && page[bestTo-1].text != "" {
			bestTo--
		}
	}
	if bestFrom >= bestTo {
		return -1, -1
	}
	return bestFrom, bestTo
}

// gutter finds the gutter of a page: a band of minGutter columns that is
// blank on every text line, with text on its left on a quarter of the
// lines at least and text on its right on as many (columns read by
// pdftotext -layout seldom share their rows), the band with the most
// lines on its thinner side winning. It returns the first column after
// the gutter, or -1 (also when tick reports the context done).
// Columns are counted in runes of the raw line.
//
// Each line is read once: the counts per column come from histograms of
// where lines start and end and of the columns that hold a character, so
// that a line of 100,000 spaces costs 100,000 steps, not 100,000 per
// candidate column.
func gutter(page []rawLine, minGutter int, tick *budget.Ticker) int {
	width, textLines := 0, 0
	for _, r := range page {
		if r.text != "" {
			width = max(width, utf8.RuneCountInString(r.raw))
			textLines++
		}
	}
	if textLines < 8 {
		return -1
	}
	// filled[c]: text lines with a character other than a space at c;
	// starts[c]: text lines whose first non-space character is at c;
	// ends[n]: text lines of n runes.
	filled := make([]int, width+1)
	starts := make([]int, width+2)
	ends := make([]int, width+1)
	for _, r := range page {
		if tick.Tick() != nil {
			return -1
		}
		if r.text == "" {
			continue
		}
		n, first := fillColumns(r.raw, filled)
		if first < 0 {
			first = width + 1 // no text: never on the left of a gutter
		}
		starts[first]++
		ends[n]++
	}
	// left(c) = lines that start before c, right(c) = lines longer
	// than c+minGutter: running sums over c.
	left := 0
	for c := 0; c < width/4; c++ {
		left += starts[c]
	}
	right := 0
	for n := width/4 + minGutter + 1; n <= width; n++ {
		right += ends[n]
	}
	best, bestScore := -1, 0
	for c := width / 4; c < width*3/4; c++ {
		ok := true
		for g := c; g < c+minGutter && g <= width; g++ {
			if filled[g] > 0 {
				ok = false
				break
			}
		}
		if ok && left*4 >= textLines && right*4 >= textLines && min(left, right) > bestScore {
			best, bestScore = c, min(left, right)
		}
		left += starts[c]
		if n := c + minGutter + 1; n <= width {
			right -= ends[n]
		}
	}
	if best < 0 {
		return -1
	}
	return best + minGutter
}

// fillColumns adds one to filled[c] for each column c of raw that holds
// a character other than a space, and returns the line's length in runes
// and the column of its first character that is no space (unicode.IsSpace),
// or -1. A run of ASCII, nearly every byte, is read by a loop of its own
// that calls nothing, so that the Go compiler keeps its counters in
// registers (with the decoding of a rune in the same loop they lived on
// the stack: a range over the string was half of gutter, 5 % of the parse
// of a pdftotext dump).
func fillColumns(raw string, filled []int) (n, first int) {
	first = -1
	for i := 0; i < len(raw); {
		for ; i < len(raw); i++ {
			c := raw[i]
			if c >= utf8.RuneSelf {
				break
			}
			if c != ' ' {
				filled[n]++
				if first < 0 && !isASCIISpace(c) {
					first = n
				}
			}
			n++
		}
		if i == len(raw) {
			break
		}
		ch, size := utf8.DecodeRuneInString(raw[i:])
		i += size
		if ch != ' ' {
			filled[n]++
		}
		if first < 0 && !unicode.IsSpace(ch) {
			first = n
		}
		n++
	}
	return n, first
}

// isASCIISpace is unicode.IsSpace for a byte below utf8.RuneSelf.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// runeOffset is the byte offset of rune n of s, or len(s).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// isColumnLabel reports a line of a column of labels: a label the tables
// know, or one they do not that ends with its colon ("Groupe salarial
// :"), a few words with a capital first.
func isColumnLabel(lex Lexicon, text string) bool {
	if isBareLabel(lex, text) {
		return true
	}
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	return stream.UnknownLabel(strings.TrimSpace(strings.TrimSuffix(t, ":")), maxColumnLabelWords)
}

// maxColumnLabelWords bounds a label the tables do not know in a column
// of labels: "Date d'entrée en fonction".
const maxColumnLabelWords = 5

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
func repairLabelColumns(lex Lexicon, raws []rawLine, tick *budget.Ticker) []rawLine {
	out := raws[:0] // in place: a line is written only once read
	plain := false  // out's last line is raws[i-1], passed on as read
	for i := 0; i < len(raws); {
		if tick.Tick() != nil {
			return append(out, raws[i:]...) // the caller stops the parse
		}
		var labels []int
		wrapped := map[int]int(nil) // a label wrapped in its cell: its first line → its lines after
		unknown := 0                // labels the tables do not know (unknownInColumn)
		j := i
		for j < len(raws) {
			if raws[j].text != "" && !isColumnLabel(lex, raws[j].text) {
				if w, known := columnWrappedLabel(lex, raws, j); w > 0 && (known || unknownInColumn(lex, raws, j, labels, wrapped)) {
					// "Duration of" / "contract", "Recruitment open" / "to"
					if !known {
						unknown++
					}
					if wrapped == nil {
						wrapped = make(map[int]int)
					}
					labels, wrapped[j] = append(labels, j), w
					j += w + 1
					continue
				}
				if len(labels) == 0 {
					break
				}
				if !colonOnlyBetween(lex, raws, j) {
					if !unknownInColumn(lex, raws, j, labels, wrapped) {
						break
					}
					unknown++
				}
			}
			if raws[j].text != "" {
				labels = append(labels, j)
			}
			j++
		}
		if maxUnknownShare*unknown > len(labels) {
			// "Grade" / "G15" / "Location" / "Mons": labels each over
			// its value, one value missing, read as labels the tables
			// do not know; a column holds few of those
			labels = nil
		}
		if len(labels) < 3 {
			// Every line up to j would find the same run with fewer
			// labels, or with as many unknown ones among fewer: none
			// of them starts a label column.
			next := max(j, i+1)
			out = append(out, raws[i:next]...)
			i, plain = next, true
			continue
		}
		// The first section's heading, which the layout may set between
		// the table's labels and its values ("1. GENERAL"), comes after
		// them.
		var heading []rawLine
		if j+2 < len(raws) && raws[j].text != "" && raws[j+1].text == "" && isSectionHeading(lex, raws[j].text) {
			heading = raws[j : j+2 : j+2]
			j += 2
		}
		end := j
		// (A value's wrapped line may read as a label alone, "Agency
		// (NAPMA)": a label ends the values only once each label has
		// one.)
		for end < len(raws) && raws[end].text != "" && (!isColumnLabel(lex, raws[end].text) || end-j < len(labels) && end > j && wraps(raws[end-1].text)) {
			end++
		}
		// The column's labels, one wrapped over two lines put back
		// together ("SECURITY" / "CLEARANCE:").
		column := appendLabelCells(lex, nil, raws, labels, wrapped)
		// Values left over, not counting the lines that go on with the
		// one before (wrappedCount), belong to labels over the column
		// (leadLabels): "Avis de vacance" / "Titre du poste" / … and
		// one value more, the first label one the tables do not know;
		// "Reference" / "Title of assignment" / "Hiring unit" over a
		// column that starts at "Duty station", three values more.
		var firsts []rawLine
		if end > j && plain {
			wrapped := wrappedCount(raws[j+1 : end])
			if extra := end - j - wrapped - len(column); extra >= 1 && extra <= maxLeadLabels && len(out) >= extra &&
				leadLabels(lex, out[len(out)-extra:], raws[j:end], wrapped == 0 && shapesFit(lex, column, raws[j+extra:end])) {
				firsts = append(firsts, out[len(out)-extra:]...)
				out = out[:len(out)-extra]
			}
		}
		cells := append(firsts, column...)
		n := len(cells)
		starts := valueStarts(lex, raws[j:end], cells)
		if starts == nil {
			out = append(out, firsts...)
			if heading != nil {
				j -= 2
			}
			out = append(out, raws[i:j]...)
			i, plain = j, true
			continue
		}
		values := make([][]string, n)
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
		for m, r := range cells {
			r.text = strings.TrimRight(r.text, " :：") + ": " + strings.Join(values[m], " ")
			out = append(out, r)
		}
		out = append(out, heading...)
		i, plain = end, false
	}
	return out
}

// appendLabelCells appends to cells the lines of a column's labels
// (raws[li] for li in labels), a label wrapped over two lines put back
// together: "SECURITY" / "CLEARANCE:", the first line without the colon
// that the second ends with, together a label the tables know.
func appendLabelCells(lex Lexicon, cells, raws []rawLine, labels []int, wrapped map[int]int) []rawLine {
	for k := 0; k < len(labels); k++ {
		r := raws[labels[k]]
		if w := wrapped[labels[k]]; w > 0 {
			r.text = joinLines(raws[labels[k] : labels[k]+w+1])
			cells = append(cells, r)
			continue
		}
		if k+1 < len(labels) && labels[k+1] == labels[k]+1 {
			first, second := strings.TrimSpace(r.text), strings.TrimSpace(raws[labels[k+1]].text)
			if !strings.HasSuffix(first, ":") && strings.HasSuffix(second, ":") {
				if _, ok := lex.Label(first + " " + second); ok {
					r.text = first + " " + second
					k++
				}
			}
		}
		cells = append(cells, r)
	}
	return cells
}

// valueStarts chooses which lines of a column of values (block) start
// the values of the labels cells, as itemStarts does; when the column
// has more lines than labels and a label's value has a shape of its own
// (valueShaped: "GRADE" / "A-3/G-17", "POST NUMBER" / "IMS PCD DPB
// 0070", a deadline's date), the lines of that shape are set against
// those labels, so that a name wrapped over three lines above them
// ("International Military Staff (IMS)" / "Policy and Capabilities
// Division (P&C)" / …) does not shift every pair.
func valueStarts(lex Lexicon, block, cells []rawLine) map[int]int {
	n := len(cells)
	if len(block) <= n || len(block) > maxWrapShare*n || n > maxTypedLabels {
		// (A column as long as the labels' needs no choice; one more
		// than twice as long runs on into the text under the table.)
		return itemStarts(block, n, true)
	}
	fields := make([]string, n)
	any := false
	for m, c := range cells {
		if fields[m] = shapedField(lex, c); fields[m] != "" {
			any = true
		}
	}
	if !any {
		return itemStarts(block, n, true)
	}
	free, scores := startScores(block, true)
	if len(free) < n || free[0] != 0 {
		return nil
	}
	typed := func(m, k int) float64 {
		if fields[m] != "" && valueShaped(lex, fields[m], block[k].text) {
			return shapeBonus
		}
		return 0
	}
	// best[m][c]: the best score of the starts of labels 0..m, label m's
	// value starting at free[c]; from[m][c] the start of label m-1 then.
	const none = -1e18
	best := make([][]float64, n)
	from := make([][]int, n)
	for m := range best {
		best[m], from[m] = make([]float64, len(free)), make([]int, len(free))
		for c := range best[m] {
			best[m][c] = none
		}
	}
	best[0][0] = typed(0, 0)
	for m := 1; m < n; m++ {
		top, at := none, -1
		for c := 1; c < len(free); c++ {
			if best[m-1][c-1] > top {
				top, at = best[m-1][c-1], c-1
			}
			if at >= 0 {
				best[m][c], from[m][c] = top+scores[c]+typed(m, free[c]), at
			}
		}
	}
	last, top := -1, none
	for c := range free {
		if best[n-1][c] > top {
			last, top = c, best[n-1][c]
		}
	}
	if last < 0 {
		return nil
	}
	starts := make(map[int]int, n)
	for m := n - 1; m >= 0; m-- {
		starts[free[last]] = m
		last = from[m][last]
	}
	return starts
}

// shapedField returns the field a column's label cell names when that
// field's values have a shape of their own (valueShaped), or "".
func shapedField(lex Lexicon, cell rawLine) string {
	f, ok := lex.Label(strings.TrimRight(strings.TrimSpace(cell.text), " :："))
	if !ok || !slices.Contains(shapedFields, f) {
		return ""
	}
	return f
}

// shapedFields are the fields whose values have a shape of their own.
var shapedFields = []string{"grade", "reference", "post_number", "deadline"}

// valueShaped reports a line shaped as the value of field f, one of
// shapedFields: a grade is a code of a few words with a figure or a
// letter or two ("A-3/G-17", "NATO Grade G17", "B"); a reference or a
// post's number a code with a figure ("IMS PCD DPB 0070"); a deadline a
// date with its year.
func valueShaped(lex Lexicon, f, line string) bool {
	switch f {
	case "grade":
		return gradeShaped(lex, line)
	case "reference", "post_number":
		return words.CountAtMost(line, maxCodeWords+1) <= maxCodeWords && strings.ContainsAny(line, "0123456789")
	case "deadline":
		return words.HasYear(line)
	}
	return false
}

// gradeShaped reports a line shaped as a grade: a few words, one of
// them a code of letters and figures ("A-3/G-17", "NATO Grade G17",
// "AD7", "P-4"), or a grade's word and its number ("Band 6", "Level
// 3"), or a code of a capital or three alone ("B", "AD"); not an amount,
// a duration or a date ("12 months", "£38,000", "1 June 2040").
func gradeShaped(lex Lexicon, line string) bool {
	fs := strings.Fields(line)
	if len(fs) == 0 || len(fs) > maxGradeWords {
		return false
	}
	if len(fs) == 1 && utf8.RuneCountInString(fs[0]) <= maxGradeLetters && strings.IndexFunc(fs[0], func(r rune) bool { return !unicode.IsUpper(r) }) < 0 {
		return true // "B", "AD", "NOC"
	}
	if len(fs) == 1 && len(fs[0]) <= maxGradeDigits && strings.Trim(fs[0], "0123456789") == "" {
		return true // "14": a grade's number alone
	}
	for k, f := range fs {
		letters, digits := strings.IndexFunc(f, unicode.IsLetter) >= 0, strings.ContainsAny(f, "0123456789")
		if letters && digits && !strings.ContainsAny(f, "£$€¥") {
			return true
		}
		if digits && !letters && k > 0 && lex.GradeWord(fs[k-1]) {
			return true
		}
	}
	return false
}

// The shapes valueShaped reads: a grade of maxGradeWords words at most,
// or a code of maxGradeLetters capitals ("B", "AD") or maxGradeDigits
// figures ("14"); a reference of
// maxCodeWords words at most.
const (
	maxGradeWords   = 3
	maxGradeLetters = 3
	maxGradeDigits  = 2
	maxCodeWords    = 5
)

// shapeBonus weighs a line shaped as the value of its label
// (valueShaped) above any line's own look as a start (startScores'
// scores stay within ±4); maxTypedLabels bounds the labels of a column
// valueStarts weighs so (a header's table; labels × lines steps), and
// maxWrapShare its lines for each label (a value wrapped once in two).
const (
	shapeBonus     = 5
	maxTypedLabels = 40
	maxWrapShare   = 2
)

// maxLeadLabels is how many labels may stand over a column of labels
// that starts at a known one: a header's first labels, which the tables
// do not know or which a label they do not know parts from the column.
const maxLeadLabels = 3

// leadLabels reports lines, the last ones before a column of labels, as
// its first labels: each shaped as a label, none a banner in capitals
// nor a line that one of values repeats ("Planning Officer" over "Post
// title" / … / "Planning Officer": a value is wrapped there). The last
// is one the tables do not know (a known one would be the column's).
// More than one are taken only when one of them is a label the tables
// know ("Reference" / "Title of assignment" / "Hiring unit"), or when
// the column's values, one a line, then fit their labels (fit:
// shapesFit): two or three lines over a column, shaped as labels, may be
// a banner's ("Job Advert" / "Health Board Cardiff"), the values wrapped
// in capitals ("Senior Finance Officer" / "Capital Projects").
func leadLabels(lex Lexicon, lines, values []rawLine, fit bool) bool {
	known := len(lines) == 1 || fit
	for k, r := range lines {
		t := strings.TrimSpace(r.text)
		if t == "" || repeated(t, values) {
			return false
		}
		switch {
		case isUnknownLabel(lex, t):
		case k < len(lines)-1 && isColumnLabel(lex, t):
			known = true
		default:
			return false
		}
	}
	return known
}

// shapesFit reports the lines of values, one a label of column, each in
// the shape of its label's value where that has one (valueShaped: a
// grade, a code, a dated deadline), and at least one such label.
func shapesFit(lex Lexicon, column, values []rawLine) bool {
	if len(values) != len(column) {
		return false
	}
	typed := false
	for m, c := range column {
		f := shapedField(lex, c)
		if f == "" {
			continue
		}
		if !valueShaped(lex, f, values[m].text) {
			return false
		}
		typed = true
	}
	return typed
}

// isUnknownLabel reports a line shaped as a label the tables do not
// know: no section heading, no banner in capitals.
func isUnknownLabel(lex Lexicon, t string) bool {
	t = strings.TrimSpace(t)
	return stream.UnknownLabel(t, maxColumnLabelWords) && !words.IsCaps(t) && !isSectionHeading(lex, t) && !isColumnLabel(lex, t)
}

// repeated reports a line that one of lines repeats.
func repeated(t string, lines []rawLine) bool {
	t = strings.TrimSpace(t)
	for _, r := range lines {
		if strings.EqualFold(strings.TrimSpace(r.text), t) {
			return true
		}
	}
	return false
}

// wrappedCount counts the lines of a column of values that go on with
// the one before them: they open in small letters or with a bracket
// ("holiday allowance…", "(NMIOTC)").
func wrappedCount(lines []rawLine) int {
	n := 0
	for _, r := range lines {
		if words.StartsLower(r.text) || strings.HasPrefix(r.text, "(") {
			n++
		}
	}
	return n
}

// colonOnlyBetween reports a line raws[i] that is a label read only
// with its colon ("Contract") between labels of a column, which has lost
// the colons.
func colonOnlyBetween(lex Lexicon, raws []rawLine, i int) bool {
	t := strings.TrimSpace(raws[i].text)
	if _, ok := lex.Label(t + ":"); !ok || i+1 >= len(raws) {
		return false
	}
	return isColumnLabel(lex, raws[i+1].text)
}

// unknownInColumn reports a line raws[i] shaped as a label the tables
// do not know ("Supérieur hiérarchique immédiat"), without its colon,
// in a column of labels (labels, the run's so far): right under two
// labels, so that it is not the value of a label over it, and followed
// by another label (after one more it does not know, at most), or
// closing a column of minColumnLabels labels and more (the blank line
// before the values).
func unknownInColumn(lex Lexicon, raws []rawLine, i int, labels []int, wrapped map[int]int) bool {
	n := len(labels)
	if n < 2 || labels[n-1]+wrapped[labels[n-1]] != i-1 || labels[n-2]+wrapped[labels[n-2]] != labels[n-1]-1 {
		return false
	}
	w, _ := columnWrappedLabel(lex, raws, i)
	if i+w+1 >= len(raws) {
		return false
	}
	if w == 0 && !stream.UnknownLabel(strings.TrimSpace(raws[i].text), maxColumnLabelWords) {
		return false
	}
	// ("Base" / "Responsible to" / "Closing date": two unknown labels in
	// a row, then a known one.)
	for k := i + w + 1; k < len(raws) && k <= i+w+maxUnknownRun; k++ {
		next := raws[k].text
		switch {
		case next == "":
			return n >= minColumnLabels
		case isColumnLabel(lex, next):
			return true
		case wrappedKnownLabel(lex, raws, k):
			return true
		case !stream.UnknownLabel(strings.TrimSpace(next), maxColumnLabelWords):
			return false
		}
	}
	return false
}

// columnWrappedLabel returns how many lines after raws[i] go on with it into
// one label wrapped in its narrow cell, none of the lines a label alone
// in capitals, nor raws[i] one at all: known, a label the tables know
// ("Duration of" / "contract", "Application" / "Deadline (Midnight" /
// "Paris Time)"), the longest such; or one they do not know shaped as a
// label, each line after the first in small letters ("Recruitment open"
// / "to"). 0 when raws[i] opens no wrapped label. The caller has found
// raws[i] no label alone.
func columnWrappedLabel(lex Lexicon, raws []rawLine, i int) (w int, known bool) {
	// (A label's first line opens in a capital, a few words without a
	// stop: most lines of a text are no such line, and are not joined.)
	first := strings.TrimSpace(raws[i].text)
	if !stream.UnknownLabel(first, maxColumnLabelWords) || stream.MarkerLen(first) > 0 {
		return 0, false
	}
	lower := true // every line after the first opens in small letters
	for k := 1; k <= maxLabelWrap && i+k < len(raws); k++ {
		next := strings.TrimSpace(raws[i+k].text)
		if next == "" || len(next) > maxLabelBytes || stream.MarkerLen(next) > 0 ||
			words.CountAtMost(next, maxColumnLabelWords+1) > maxColumnLabelWords || words.StartsUpper(next) && isColumnLabel(lex, next) {
			break
		}
		lower = lower && words.StartsLower(next)
		t := joinLines(raws[i : i+k+1])
		if isBareLabel(lex, t) {
			w, known = k, true
		} else if !known && lower && stream.UnknownLabel(t, maxColumnLabelWords) {
			w = k
		}
		if strings.HasSuffix(next, ":") {
			break // a label ends at its colon
		}
	}
	return w, known
}

// wrappedKnownLabel reports a label the tables know wrapped in its cell
// opening at raws[i] (columnWrappedLabel).
func wrappedKnownLabel(lex Lexicon, raws []rawLine, i int) bool {
	w, known := columnWrappedLabel(lex, raws, i)
	return w > 0 && known
}

// maxLabelWrap is how many lines may go on with a label's first in its
// cell: "Application" / "Deadline (Midnight" / "Paris Time)".
const maxLabelWrap = 2

// joinLines joins the texts of lines with a space.
func joinLines(lines []rawLine) string {
	var b strings.Builder
	for k, r := range lines {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(r.text))
	}
	return b.String()
}

// maxUnknownRun is how many labels the tables do not know may stand in a
// row in a column of labels before a known one or its end.
const maxUnknownRun = 2

// maxUnknownShare: a column of labels holds at most one label in three
// the tables do not know.
const maxUnknownShare = 3

// minColumnLabels is how many labels a column holds before an unknown one
// may close it: a header table's column, not a heading over a list.
const minColumnLabels = 3

// wraps reports a value's line long enough to have been wrapped in its
// cell: the line after it may go on with it even when it reads as a
// label alone ("… Programme Management" / "Agency (NAPMA)").
func wraps(line string) bool {
	return words.CountAtMost(line, minWrappedWords) >= minWrappedWords
}

// minWrappedWords is the shortest value line read as wrapped: a cell's
// short value ("Contract", "Full-time") fills no line.
const minWrappedWords = 4

// isSectionHeading reports a line that is a known section heading, with
// or without its number ("PRINCIPAL DUTIES"), or a numbered one in
// capitals ("1. GENERAL").
func isSectionHeading(lex Lexicon, text string) bool {
	n := stream.LeadNumberLen(text)
	t := strings.TrimSpace(text[n:])
	if _, ok := lex.Heading(t); ok {
		return true
	}
	return n > 0 && stream.IsCapsHeading(t)
}
