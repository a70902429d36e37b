package markup

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// This file holds what the Markdown and HTML readers share: both turn their
// tree into runs of inline text (with a bold flag and line breaks) and hand
// them to a streamBuilder, which decides whether a paragraph line is a
// field, a run-in heading or plain text. Keeping that decision here is what
// makes the Markdown and HTML streams of one notice come out the same.

// breakKind marks a run that is a line break rather than text.
type breakKind uint8

const (
	noBreak   breakKind = iota
	softBreak           // a wrapped source line: a space in the text
	hardBreak           // Markdown "  \n" or "\\\n", HTML <br>: ends a paragraph line
)

// run is a piece of inline text with the one style the readers care about:
// bold, because a bold lead-in is how notices mark field labels and run-in
// headings.
type run struct {
	text string
	bold bool
	brk  breakKind
	line int // 1-based source line where the run starts; 0 when unknown
	off  int // Markdown only: byte offset of the run in the source; -1 when unknown
}

// streamBuilder accumulates the section stream and the little state the
// classification needs (the level of the last real heading).
type streamBuilder struct {
	ctx        context.Context
	maxNesting int
	blocks     []stream.Block
	lastLevel  int // level of the last heading taken from markup; 0 if none yet
	steps      int
	date       string // the document's date (stream.Document.Date), "" if none
}

func newStreamBuilder(ctx context.Context, opts Options) *streamBuilder {
	return &streamBuilder{ctx: ctx, maxNesting: cmp.Or(opts.MaxNesting, DefaultMaxNesting)}
}

// check is called once per block of the source tree: it honours
// cancellation and the nesting limit, so that hostile input neither runs
// past its time budget nor recurses deep enough to exhaust the stack.
func (sb *streamBuilder) check(depth int, what string) error {
	if depth > sb.maxNesting {
		return failure.Limitf(failure.LimitNesting, int64(sb.maxNesting), "%s nested deeper than %d levels (the nesting limit)", what, sb.maxNesting)
	}
	sb.steps++
	if sb.steps&63 == 0 {
		if err := sb.ctx.Err(); err != nil {
			return err
		}
	}
	return nil
}

// document is the stream built, once the reader is done: the memory
// charged for its work (cost) is given back for the blocks it keeps.
func (sb *streamBuilder) document(cost int64) (*stream.Document, error) {
	if err := sb.ctx.Err(); err != nil {
		return nil, err
	}
	budget.From(sb.ctx).Release(cost)
	if err := budget.Charge(sb.ctx, stream.Cost(sb.blocks)); err != nil {
		return nil, err
	}
	return &stream.Document{Date: sb.date, Blocks: sb.blocks}, nil
}

func (sb *streamBuilder) heading(level int, text string, line int) {
	text = words.Clean(text)
	if text == "" {
		return
	}
	level = max(1, min(level, 6))
	sb.lastLevel = level
	sb.blocks = append(sb.blocks, stream.Block{Kind: stream.Heading, Level: level, Text: text, CleanText: text, Pos: stream.Pos{Line: line}})
}

func (sb *streamBuilder) item(marker string, depth int, runs []run, line int) {
	if l := firstLine(runs); l > 0 {
		line = l
	}
	text := runsText(runs)
	sb.blocks = append(sb.blocks, stream.Block{Kind: stream.ListItem, Marker: marker, Depth: depth, Text: text, CleanText: text, Pos: stream.Pos{Line: line}})
}

func (sb *streamBuilder) field(label, text string, line int) {
	label = trimLabel(words.Clean(label))
	text = words.Clean(text)
	switch {
	case label == "" && text == "":
		return
	case label == "":
		sb.blocks = append(sb.blocks, stream.Block{Kind: stream.Paragraph, Text: text, CleanText: text, Pos: stream.Pos{Line: line}})
	default:
		sb.blocks = append(sb.blocks, stream.Block{Kind: stream.Field, Label: label, Text: text, CleanText: text, Pos: stream.Pos{Line: line}})
	}
}

// paragraph classifies the lines of one paragraph. A paragraph is cut at
// its hard breaks (Markdown "  \n", HTML <br>): notices put several
// "**Label:** value" lines in one paragraph that way, and each must become
// its own block. Every line becomes a Field, a Heading (a short, wholly
// bold line) or a Paragraph; depth is the list depth of a paragraph that
// continues a list item, 0 otherwise.
func (sb *streamBuilder) paragraph(runs []run, depth int, line int) {
	var lines [][]run
	var bullet []bool // lines whose emoji is their list's bullet
	for _, l := range splitRuns(runs, hardBreak) {
		switch {
		case emojiLines(l):
			// A chat's post: a fact or an item a line, each dressed
			// with an emoji; one that opens two lines in a row is
			// their list's bullet.
			part := emojiGroups(splitRuns(l, softBreak))
			leads := make([]string, len(part))
			for k, el := range part {
				leads[k] = leadEmoji(el)
			}
			for len(bullet) < len(lines) {
				bullet = append(bullet, false)
			}
			for k, el := range part {
				bullet = append(bullet, leads[k] != "" && (k > 0 && leads[k-1] == leads[k] || k+1 < len(part) && leads[k+1] == leads[k]))
				lines = append(lines, withoutEmoji(el))
			}
		case factLines(l):
			lines = append(lines, splitRuns(l, softBreak)...)
		default:
			lines = append(lines, splitBeforeBoldLabels(l)...)
		}
	}
	shapes := make([]lineShape, len(lines))
	colonFields := 0
	for i, l := range lines {
		shapes[i] = shapeOf(l)
		if shapes[i].kind == stream.Field && shapes[i].colon {
			colonFields++
		}
	}
	for i, l := range lines {
		s := shapes[i]
		ln := firstLine(l)
		if ln == 0 {
			ln = line
		}
		switch {
		case i < len(bullet) && bullet[i]:
			if t := runsText(l); t != "" {
				sb.blocks = append(sb.blocks, stream.Block{Kind: stream.ListItem, Marker: stream.BulletMarker, Depth: depth, Text: t, CleanText: t, Pos: stream.Pos{Line: ln}})
			}
		case s.kind == stream.Field && (s.colon || colonFields > 0):
			// "**Grade** INTERN" (bold label, no colon) is a field only
			// among colon fields: alone, "**NATO** NORTH ATLANTIC…" is
			// just a line that starts with a bold word.
			sb.field(s.label, s.value, ln)
		case s.kind == stream.Heading:
			level := 4
			if sb.lastLevel > 0 {
				level = min(sb.lastLevel+1, 6)
			}
			// Not recorded as lastLevel: a run of bold lines must not
			// sink one level deeper each time.
			sb.blocks = append(sb.blocks, stream.Block{Kind: stream.Heading, Level: level, Text: s.value, Pos: stream.Pos{Line: ln}})
		default:
			if t := runsText(l); t != "" {
				sb.blocks = append(sb.blocks, stream.Block{Kind: stream.Paragraph, Text: t, CleanText: t, Depth: depth, Pos: stream.Pos{Line: ln}})
			}
		}
	}
}

// minEmojiLines is how many of a paragraph's source lines must open with
// an emoji for its lines to be read one by one: a chat's post.
const minEmojiLines = 2

// emojiLines reports a paragraph (or a part of one between hard breaks)
// of source lines of which minEmojiLines at least, and half at least,
// open with an emoji: a chat's post, a fact or an item a line.
func emojiLines(runs []run) bool {
	// Counted over the runs in place: every paragraph is asked, nearly
	// none has an emoji, and none is split for it.
	lines, n := 1, 0
	opening := true // the next run with text opens a source line
	for _, r := range runs {
		if r.brk >= softBreak {
			lines, opening = lines+1, true
			continue
		}
		if t := strings.TrimLeft(r.text, " "); opening && t != "" {
			if t[0] >= utf8.RuneSelf && stream.LeadingEmoji(t) != "" {
				n++
			}
			opening = false
		}
	}
	return lines >= minEmojiLines && n >= minEmojiLines && 2*n >= lines
}

// emojiGroups joins to each source line that opens with an emoji the
// lines after it that go on with it in small letters, its wrapped lines
// ("🌍 We are an international NGO working in thirty countries to
// protect forests" / "and the people who depend on them…"). A line in
// capitals is a line of its own ("✅ Trois ans d'expérience…" /
// "Envoyez votre CV…").
func emojiGroups(lines [][]run) [][]run {
	var out [][]run
	for _, l := range lines {
		if len(out) > 0 && leadEmoji(l) == "" && leadEmoji(out[len(out)-1]) != "" && words.StartsLower(runsText(l)) {
			last := slices.Clip(out[len(out)-1])
			out[len(out)-1] = append(append(last, run{brk: softBreak}), l...)
			continue
		}
		out = append(out, l)
	}
	return out
}

// leadEmoji is the emoji that opens a line's runs, or "".
func leadEmoji(l []run) string {
	for _, r := range l {
		if t := strings.TrimLeft(r.text, " "); t != "" {
			return stream.LeadingEmoji(t)
		}
	}
	return ""
}

// withoutEmoji returns a line's runs without the emoji that open or end
// it: decoration, or a bullet the caller has read.
func withoutEmoji(l []run) []run {
	out := slices.Clone(l)
	for k := range out {
		t := strings.TrimLeft(out[k].text, " ")
		if t == "" {
			continue
		}
		if e := stream.LeadingEmoji(t); e != "" {
			out[k].text = strings.TrimLeft(t[len(e):], " ")
		}
		break
	}
	for k := len(out) - 1; k >= 0; k-- {
		if out[k].brk != noBreak || strings.TrimSpace(out[k].text) == "" {
			continue
		}
		if n := stream.TrailingEmoji(out[k].text); n > 0 && n < len(out[k].text) {
			out[k].text = strings.TrimRight(out[k].text[:len(out[k].text)-n], " ")
		}
		break
	}
	return out
}

// splitBeforeBoldLabels cuts a paragraph's runs at each wrapped source
// line that opens with a bold label ("International Planned Parenthood
// Federation" / "**Location** London (Hybrid)"): a page's fact under a
// line of its own, joined to it by a soft break only.
func splitBeforeBoldLabels(runs []run) [][]run {
	var out [][]run
	start := 0
	for i, r := range runs {
		if r.brk != softBreak || i+1 >= len(runs) || !runs[i+1].bold {
			continue
		}
		next := runs[i+1:]
		if end := slices.IndexFunc(next, func(r run) bool { return r.brk != noBreak }); end >= 0 {
			next = next[:end]
		}
		// (A label opens with a capital: "**closely** with donors" is a
		// sentence's word wrapped to the line's start.)
		if s := shapeOf(next); s.kind != stream.Field || !words.StartsUpper(s.label) {
			continue
		}
		if i > start {
			out = append(out, runs[start:i])
		}
		start = i + 1
	}
	if start == 0 {
		return [][]run{runs}
	}
	return append(out, runs[start:])
}

// Bounds of a paragraph whose source lines are facts, one a line, as a
// page clipped to Markdown without its line breaks keeps them ("Gatineau
// (Québec)" / "PM-05" / "Indeterminate" / "$92,467 to $100,118"): three
// lines at least, half of them of a few words.
const (
	minFactLines      = 3
	maxShortFactWords = 4
)

// factLines reports a paragraph (or a part of one between hard breaks)
// whose source lines are each a fact of their own: minFactLines of them
// at least, half of them short, none ending as a sentence or a clause
// does (".", ",", ";", a joining "-") nor followed by a line in small
// letters, as prose wrapped over lines is.
func factLines(runs []run) bool {
	soft := 0
	for _, r := range runs {
		if r.brk == softBreak {
			soft++
		}
	}
	if soft+1 < minFactLines {
		return false
	}
	lines := splitRuns(runs, softBreak)
	short := 0
	for i, l := range lines {
		t := runsText(l)
		if t == "" || strings.ContainsRune(".,;-–", words.LastRune(t)) || i > 0 && words.StartsLower(t) ||
			!strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return false // (a line of a table's border is no fact)
		}
		if words.CountAtMost(t, maxShortFactWords+1) <= maxShortFactWords {
			short++
		}
	}
	return 2*short >= len(lines)
}

// lineShape is what one paragraph line looks like.
type lineShape struct {
	kind  stream.Kind // Field, Heading or Paragraph
	label string
	value string
	colon bool // a Field whose label is followed by a colon
}

// maxHeadingRunes bounds a run-in heading ("**Description**"): the
// longest section headings of notices are about 40 characters; twice
// that is a sentence. A bold field label is bounded as every label is
// (stream.LabelShaped).
const maxHeadingRunes = 80

// shapeOf decides what a paragraph line is from its leading bold run.
func shapeOf(l []run) lineShape {
	l = mergeRuns(l)
	// Skip leading whitespace-only runs.
	for len(l) > 0 && l[0].brk == noBreak && strings.TrimSpace(l[0].text) == "" {
		l = l[1:]
	}
	if len(l) == 0 || !l[0].bold || l[0].brk != noBreak {
		return lineShape{kind: stream.Paragraph}
	}
	// A copy: a run's text may be a slice of the whole Markdown source
	// (mdReader.segText), which a label or heading kept in the stream
	// would hold on to.
	bold := strings.Clone(words.Clean(l[0].text))
	rest := runsText(l[1:])
	if bold == "" {
		return lineShape{kind: stream.Paragraph}
	}
	switch {
	case rest == "":
		// Wholly bold. "**Label: value**" is a field with the colon inside
		// the bold run; otherwise a short line is a run-in heading.
		if label, value, ok := splitLabel(bold); ok {
			return lineShape{kind: stream.Field, label: label, value: value, colon: true}
		}
		if isShortHeading(bold) {
			return lineShape{kind: stream.Heading, value: bold}
		}
	case strings.HasSuffix(bold, ":") && labelLike(trimLabel(bold)):
		return lineShape{kind: stream.Field, label: trimLabel(bold), value: rest, colon: true}
	case strings.HasPrefix(rest, ":") && labelLike(bold):
		// French style: "**Emplacement principal** : Belgique-Bruxelles"
		// (the space before the colon may be missing or a no-break space).
		if v := strings.TrimSpace(rest[1:]); v != "" {
			return lineShape{kind: stream.Field, label: trimLabel(bold), value: v, colon: true}
		}
		return lineShape{kind: stream.Heading, value: bold + " :"}
	case labelLike(bold) && !endsSentence(bold):
		return lineShape{kind: stream.Field, label: bold, value: rest}
	}
	return lineShape{kind: stream.Paragraph}
}

// splitLabel splits a wholly bold "Label: value" at its first colon that is
// followed by a space, so "23:59" inside a sentence is no label.
func splitLabel(s string) (label, value string, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] != ':' || i+1 >= len(s) || s[i+1] != ' ' {
			continue
		}
		label, value = trimLabel(s[:i+1]), strings.TrimSpace(s[i+1:])
		if label != "" && value != "" && labelLike(label) {
			return label, value, true
		}
		return "", "", false
	}
	return "", "", false
}

// isShortHeading reports a wholly bold line that is a run-in heading,
// not an emphasised sentence.
func isShortHeading(s string) bool {
	return stream.HeadingShaped(s) && utf8.RuneCountInString(s) <= maxHeadingRunes
}

func labelLike(s string) bool { return stream.LabelShaped(s) }

func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// trimLabel drops the colon ending a label and the (no-break) space a
// French label puts before it.
func trimLabel(s string) string {
	s = strings.TrimSpace(s)
	for strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：") {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, ":"), "："))
	}
	return s
}

// mergeRuns joins neighbouring text runs of the same weight, and lets a
// whitespace-only run between two bold runs count as bold, so that
// "**A** **B**" is one bold run. The text of a merged run grows in one
// builder: a line of 400,000 runs ("[" after "[") is not copied at each.
func mergeRuns(l []run) []run {
	out := make([]run, 0, len(l))
	var b strings.Builder
	merging := false // the text of the last run of out is in b
	done := func() {
		if merging {
			out[len(out)-1].text, merging = b.String(), false
		}
	}
	for i := 0; i < len(l); i++ {
		r := l[i]
		if r.brk == noBreak && !r.bold && strings.TrimSpace(r.text) == "" &&
			len(out) > 0 && out[len(out)-1].bold && out[len(out)-1].brk == noBreak &&
			i+1 < len(l) && l[i+1].bold && l[i+1].brk == noBreak {
			r.bold = true
		}
		if n := len(out); n > 0 && r.brk == noBreak && out[n-1].brk == noBreak && out[n-1].bold == r.bold {
			if !merging {
				b.Reset()
				b.WriteString(out[n-1].text)
				merging = true
			}
			b.WriteString(r.text)
			continue
		}
		done()
		out = append(out, r)
	}
	done()
	return out
}

// splitRuns cuts runs at breaks of kind at least min (hardBreak: only hard
// breaks; softBreak: every source line).
func splitRuns(runs []run, min breakKind) [][]run {
	var lines [][]run
	start := 0
	for i, r := range runs {
		if r.brk >= min {
			lines = append(lines, runs[start:i])
			start = i + 1
		}
	}
	return append(lines, runs[start:])
}

// stacked is a row of two cells that stack their labels and their
// values line under line ("Contract Type:<br>Grade:" | "Fixed
// Term<br>G2").
type stacked struct{ labels, values []string }

// stackedFields reads a row of two cells as stacked fields: as many
// lines each side, two at least, every label line ending with its
// colon; nil for any other row.
func stackedFields(left, right []run) *stacked {
	ls, vs := splitRuns(left, hardBreak), splitRuns(right, hardBreak)
	if len(ls) < minStackedFields || len(ls) != len(vs) {
		return nil
	}
	st := &stacked{}
	for i := range ls {
		l := runsText(ls[i])
		if !strings.HasSuffix(l, ":") || !stream.LabelShaped(trimLabel(l)) {
			return nil
		}
		st.labels = append(st.labels, trimLabel(l))
		st.values = append(st.values, runsText(vs[i]))
	}
	return st
}

// fields emits the stacked row's fields, all at line.
func (st *stacked) fields(sb *streamBuilder, line int) {
	for i := range st.labels {
		sb.field(st.labels[i], st.values[i], line)
	}
}

// minStackedFields is how many stacked label lines make a cell of
// labels: one line with a colon is a field as it is.
const minStackedFields = 2

// firstLine is the source line of the first run with visible text.
func firstLine(runs []run) int {
	for _, r := range runs {
		if r.brk == noBreak && strings.TrimSpace(r.text) != "" && r.line > 0 {
			return r.line
		}
	}
	return 0
}

// runsText is the plain text of runs: markup gone, breaks as spaces.
func runsText(runs []run) string {
	if len(runs) == 1 && runs[0].brk == noBreak {
		// One run, as a heading, a cell or a short item often is: its
		// text is the text, not copied.
		return words.Clean(runs[0].text)
	}
	// The length first (an upper bound: a break is one byte), so that
	// the text is built in one allocation, not grown run by run.
	n := 0
	for _, r := range runs {
		n += len(r.text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, r := range runs {
		if r.brk != noBreak {
			b.WriteByte(' ')
			continue
		}
		b.WriteString(r.text)
	}
	return words.Clean(b.String())
}

// criteriaTable emits a pipe table of criteria under its head row (see
// criteriaRows), and reports whether it was one.
func (sb *streamBuilder) criteriaTable(rows [][][]run, line int) bool {
	header := make([]string, len(rows[0]))
	for j, c := range rows[0] {
		header[j] = trimLabel(runsText(c))
	}
	texts := make([][]string, len(rows)-1)
	lines := make([][]int, len(rows)-1)
	for i, cells := range rows[1:] {
		for _, c := range cells {
			texts[i] = append(texts[i], runsText(c))
			ln := firstLine(c)
			if ln == 0 {
				ln = line
			}
			lines[i] = append(lines[i], ln)
		}
	}
	return sb.criteriaRows(header, texts, lines)
}

// criteriaRows emits the rows of a table of criteria under its head row
// (texts and lines, a row's cells' texts and lines), and reports whether
// it was one: a column weighs each row's criterion
// (stream.WeightColumn), or the rows open with labels under an empty
// corner and weights (stream.IsRowHeaded). Each criterion comes out as a
// field under its weight, as a table of two columns "Essential | A
// degree" gives it. (A column of weights drops the columns beside the
// criterion's, a row's number most often.)
func (sb *streamBuilder) criteriaRows(header []string, texts [][]string, lines [][]int) bool {
	if k, c, ok := stream.WeightColumn(header, texts); ok {
		for i, r := range texts {
			sb.field(r[k], r[c], lines[i][c])
		}
		return true
	}
	if stream.IsRowHeaded(header, texts) {
		for i, r := range texts {
			sb.heading(headedRowLevel, r[0], lines[i][0])
			for j := 1; j < len(r); j++ {
				sb.field(header[j], r[j], lines[i][j])
			}
		}
		return true
	}
	return false
}

// headedRowLevel is the level of the heading a row's label gives, under
// the section the table stands in.
const headedRowLevel = 4

// inlineTable emits a table whose cells hold inline text only (Markdown
// pipe tables). Its layout is stream.IsSideBySide's: two-cell rows of a
// short label and a value are fields ("| Grade | G15 |"); a two-column
// table with a long first cell is side-by-side text (English | French)
// and comes out column by column; other rows give one paragraph per cell.
func (sb *streamBuilder) inlineTable(rows [][][]run, paraDepth int, line int) {
	maxCells := 0
	var firsts []string
	stacks := make([]*stacked, len(rows))
	for i, cells := range rows {
		maxCells = max(maxCells, len(cells))
		if len(cells) == 2 {
			if stacks[i] = stackedFields(cells[0], cells[1]); stacks[i] != nil {
				continue // labels, however long their cell
			}
			firsts = append(firsts, trimLabel(runsText(cells[0])))
		}
	}
	cell := func(runs []run) {
		ln := firstLine(runs)
		if ln == 0 {
			ln = line
		}
		if t := runsText(runs); t != "" {
			sb.blocks = append(sb.blocks, stream.Block{Kind: stream.Paragraph, Text: t, CleanText: t, Depth: paraDepth, Pos: stream.Pos{Line: ln}})
		}
	}
	if len(rows) >= 2 && sb.criteriaTable(rows, line) {
		return
	}
	if stream.IsSideBySide(maxCells, false, firsts) {
		for col := 0; col < 2; col++ {
			for _, cells := range rows {
				if col < len(cells) {
					cell(cells[col])
				}
			}
		}
		return
	}
	if len(rows) >= 2 {
		// A pipe table's first row is its header: over records, each
		// cell is a field under its column's head.
		header := make([]string, len(rows[0]))
		for j, c := range rows[0] {
			header[j] = trimLabel(runsText(c))
		}
		same := true
		for _, cells := range rows[1:] {
			same = same && len(cells) == len(header)
		}
		if stream.IsRecordTable(header, len(rows)-1, same, false) {
			for _, cells := range rows[1:] {
				for j, c := range cells {
					ln := firstLine(c)
					if ln == 0 {
						ln = line
					}
					if t := runsText(c); t != "" {
						sb.field(header[j], t, ln)
					}
				}
			}
			return
		}
	}
	for i, cells := range rows {
		if st := stacks[i]; st != nil {
			ln := firstLine(cells[0])
			if ln == 0 {
				ln = line
			}
			st.fields(sb, ln)
			continue
		}
		if len(cells) == 2 && stream.LabelShaped(trimLabel(runsText(cells[0]))) {
			ln := firstLine(cells[0])
			if ln == 0 {
				ln = line
			}
			sb.field(runsText(cells[0]), runsText(cells[1]), ln)
			continue
		}
		for _, c := range cells {
			cell(c)
		}
	}
}
