package paged

import (
	"context"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// This file is the line assembler shared by the page-based readers (PDF and
// plain text): it rebuilds paragraphs from wrapped lines, and recognises
// list items, header fields and headings. Readers describe each line's
// layout in a Line; the decisions are all made here.

// Font sizes relative to the body text. A line at least headingSize
// times the body is set as a heading: word processors' heading styles
// start at 115 % (11.5 pt over 10 pt), while bold body text, sub- and
// superscripts stay within a few percent. At titleSize or more it is a
// top-level heading (h2): Word's and LibreOffice's Heading 1 and title
// styles.
const (
	headingSize = 1.15
	titleSize   = 1.3
)

// hangingIndent is how far past its marker a list item's wrapped lines
// stand, in ems: a marker and the space after it ("a.  ", "•  ").
const hangingIndent = 1.5

// lineInfo is a Line with the assembler's classification.
type lineInfo struct {
	Line
	text    string // trimmed text
	marker  string // list marker, when the line starts an item
	rest    string // text after the marker
	field   string // header field key, when the line is a field
	label   string
	value   string
	heading string // section kind, when the line is a known heading
	caps    bool   // short all-capitals line
	endsSen bool   // ends a sentence or an introduction (. ! ? : ;)
}

func (a *assembler) classify(l Line) lineInfo {
	li := lineInfo{Line: l, text: strings.TrimSpace(l.Text)}
	t := li.text
	if m, rest, ok := stream.SplitMarker(t); ok {
		li.marker, li.rest = m, rest
	}
	if f, label, value, ok := a.knownCell(&li); ok && li.marker == "" {
		// a table row's label cell the tables know is the label, not a
		// longer one read across its gap ("Classification      Group 8"
		// is "Classification": "Group 8")
		li.field, li.label, li.value = f, label, value
	} else if f, label, value, ok := a.lex.Field(t, false); ok && li.marker == "" {
		li.field, li.label, li.value = f, label, value
	} else if li.marker == "" && hasDotLeader(t) {
		// "Reference ........ EI-2027-05": dots lead from the label to
		// its value, as a colon would, wherever the line stands.
		if f, label, value, ok := a.lex.Field(t, true); ok {
			li.field, li.label, li.value = f, label, value
		}
	}
	// A heading starts with a capital or a section number: "competencies:"
	// in lower case is the end of a sentence wrapped in a narrow column
	// ("c) Profil recherché" is numbered by a letter in lower case).
	head := t
	if li.marker != "" {
		head = li.rest
	}
	if kind, ok := a.lex.Heading(t); ok && li.field == "" && !words.StartsLower(head) {
		li.heading = kind
	}
	li.caps = stream.IsCapsHeading(t)
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".!?:;", r) {
		li.endsSen = true
	}
	return li
}

// isHeadingLine decides from layout and vocabulary whether a line is a
// heading on its own.
func (li *lineInfo) isHeadingLine() bool {
	if li.marker != "" && li.heading == "" {
		return false
	}
	if li.heading != "" {
		return true
	}
	n := words.Count(li.text)
	if li.Size >= headingSize && n <= stream.MaxHeadingWords {
		return true
	}
	// A bold line is a heading when it is short and reads like one: no
	// final full stop or exclamation, no sentence with commas ("Apply
	// until 22 June 2025, at 23.59, Brussels time").
	if li.Bold && stream.HeadingShaped(li.text) {
		return true
	}
	// (A PDF sets its headings apart by weight or size as well, the
	// clauses above: in capitals alone, a line of figures is a fact. A
	// text file's only mark of a heading is its capitals.)
	return li.caps && !strings.ContainsRune(",;)", words.LastRune(li.text)) && (li.Box == nil || !mostlyFigures(li.text))
}

// mostlyFigures reports a text most of whose words hold a digit: a code
// or an amount in capitals ("SE-RES-02", "CHF 9,200—CHF 10,800"), a
// fact on a line of its own, not a heading in capitals ("SECTION 2").
func mostlyFigures(t string) bool {
	n, figures := 0, 0
	for w := range strings.FieldsSeq(t) {
		n++
		if strings.ContainsAny(w, "0123456789") {
			figures++
		}
	}
	return 2*figures > n
}

// assembleLines turns the lines of a page-based source into blocks. It
// keeps the context's deadline, a check every thousand lines, and charges
// the blocks it makes to the context's memory budget.
func assembleLines(ctx context.Context, lex Lexicon, lines []Line) ([]stream.Block, error) {
	tick := budget.NewTicker(ctx)
	meter := budget.From(ctx)
	// Side-by-side header tables and pages (cells.go), then label cells
	// paired with their values.
	pb := &passBudget{tick: &tick, meter: meter}
	halves := sideBySidePages(lex, lines, pb)
	lines = pb.pass(lines, func(l []Line) []Line { return splitAcrossGutter(lex, halves, l, pb) })
	lines = pb.pass(lines, func(l []Line) []Line { return orderHalves(halves, l, pb) })
	lines = pb.pass(lines, func(l []Line) []Line { return joinWrappedLabels(lex, l, pb) })
	lines = pb.pass(lines, func(l []Line) []Line { return pairLabelCells(lex, l, pb) })
	lines = pb.pass(lines, func(l []Line) []Line { return cellRows(lex, l, pb) })
	if err := pb.done(); err != nil {
		return nil, err
	}
	// A document opens on its header fields until its first section heading.
	a := &assembler{lex: lex, header: true, lines: lines, tick: &tick}
	// The lines that take part, decided before any is classified: a lone
	// bullet hands itself to the next line.
	kept := make([]int, 0, len(lines))
	for i, l := range lines {
		if err := tick.Tick(); err != nil {
			return nil, err
		}
		t := strings.TrimSpace(l.Text)
		if t == "" {
			continue
		}
		if words.IsURLLine(t) && urlInterrupts(lines, i) {
			// A link's URL printed in the middle of a sentence (a text
			// dump typeset again): the sentence goes on without it.
			continue
		}
		if stream.IsLoneBullet(t) {
			// A bullet with its text on the next line keeps it; a stray
			// one (a shape the layout could not place) carries nothing.
			if i+1 < len(lines) && lines[i+1].Pos.Page == l.Pos.Page &&
				lines[i+1].Indent > l.Indent && lines[i+1].Indent < l.Indent+3 {
				if _, _, ok := stream.SplitMarker(strings.TrimSpace(lines[i+1].Text)); !ok && strings.TrimSpace(lines[i+1].Text) != "" {
					lines[i+1].Text = t + " " + strings.TrimSpace(lines[i+1].Text)
					lines[i+1].Cell, lines[i+1].CellX = 0, 0
				}
			}
			continue
		}
		kept = append(kept, i)
	}
	a.kept, a.out = kept, make([]stream.Block, 0, len(kept)/2)
	// Each line is classified as it is added: the assembler looks back
	// one line only, so two lineInfos serve, not one per line. The
	// blocks are charged to the memory budget as they are made: the
	// lines they come from are still held.
	var infos [2]lineInfo
	charged := 0
	for k, i := range kept {
		if k%1024 == 0 {
			if err := meter.Charge(stream.Cost(a.out[charged:])); err != nil {
				return nil, err
			}
			charged = len(a.out)
		}
		if err := tick.Tick(); err != nil {
			return nil, err
		}
		li := &infos[k%2]
		*li = a.classify(lines[i])
		a.at = k
		a.add(li)
	}
	a.flush()
	if err := meter.Charge(stream.Cost(a.out[charged:])); err != nil {
		return nil, err
	}
	if cap(a.out) > 2*len(a.out)+64 {
		// Room was made for a block every other line; lines that
		// joined into long paragraphs leave most of it unused.
		a.out = slices.Clone(a.out)
	}
	return a.out, nil
}

// passBudget keeps the passes over the lines before their assembly
// within the parse's budgets: the deadline, checked every so many lines
// (stop), and the memory of the copies of the lines a pass makes, charged
// before it makes one (copyLines). A pass that meets either returns its
// lines as they are, and done reports the error.
//
// The lines a pass is handed are dropped once it returns a copy: the
// charge of a copy is given back when the next pass copies it, and the
// last copy's when the passes are done, since it takes the place of the
// lines the reader charged for.
type passBudget struct {
	tick  *budget.Ticker
	meter *budget.Meter
	err   error
	held  int64 // the charge of the lines the current pass reads, when a pass copied them
	fresh int64 // charged by the current pass
}

// stop reports that the deadline has passed or the budget is spent.
func (p *passBudget) stop() bool {
	if p.err == nil {
		p.err = p.tick.Tick()
	}
	return p.err != nil
}

// charge charges n bytes for the current pass; false when over the
// budget.
func (p *passBudget) charge(n int64) bool {
	if p.err == nil {
		p.fresh += n
		p.err = p.meter.Charge(n)
	}
	return p.err == nil
}

// copyLines charges a copy of n lines; false when over the budget.
func (p *passBudget) copyLines(n int) bool { return p.charge(int64(n) * lineCopyCost) }

// pass runs f, a pass, on lines.
func (p *passBudget) pass(lines []Line, f func([]Line) []Line) []Line {
	if p.err != nil {
		return lines
	}
	out := f(lines)
	if len(out) != len(lines) || len(out) > 0 && &out[0] != &lines[0] {
		// A copy: what was charged for lines is free.
		p.meter.Release(p.held)
		p.held = 0
	}
	p.held += p.fresh
	p.fresh = 0
	return out
}

// done gives back what the passes charged and reports their error.
func (p *passBudget) done() error {
	p.meter.Release(p.held + p.fresh)
	p.held, p.fresh = 0, 0
	return p.err
}

type assembler struct {
	lex   Lexicon
	out   []stream.Block
	cur   *stream.Block // the block being built from wrapped lines: nil or &block
	block stream.Block  // where cur is built, not allocated block by block
	boxes []stream.Box  // the blocks' boxes, allocated a slab at a time
	// The text of cur grows in buf as lines join it, and cur.Text catches
	// up only when it is read (curText): a paragraph of n lines is not
	// copied whole at each of its n joins.
	buf   []byte
	stale bool           // cur.Text is behind buf
	last  *lineInfo      // the previous line
	lines []Line         // the source's lines
	tick  *budget.Ticker // the parse's deadline, for the long steps
	kept  []int          // the lines that take part, in order
	hyph  *hyphenation   // built on the first join
	// list state: styles of the open list levels, outer first, and the
	// indent of each level's items.
	styles   []string
	indents  []float64
	listPage int // page of the last list item
	// header is true between a title and the next heading, where the
	// header fields stand.
	header bool
	// openBrackets is how many more brackets the current block opens
	// than it closes.
	openBrackets int
	// criteria is true under a heading of criteria ("Qualifications",
	// "Profil recherché"), until the next heading or field: the facts
	// after a list ("Traitement : classe 15") end it.
	criteria bool
	// label is the style of the field being built when its label
	// stands alone on a PDF line, its value on the lines below (ok
	// false otherwise). (A lineInfo is not kept: the assembler reuses
	// two.)
	label labelStyle
	// labelRun counts the lines in a row that are each a label the
	// tables know, whole, with no value; valuesDue, once a run of
	// minLabelRun or more ends, how many lines after it are the values
	// of its labels, one a line (a header table read column by column:
	// "Reference" / "Job title" / "Location" over their three values).
	labelRun, valuesDue int
	labelX0             float64 // the left edge of the run's labels
	at                  int     // the line being added, an index of kept
}

// minLabelRun is how many labels in a row, each alone on its line, make
// the column of a table whose values follow one a line: a single label
// may have a value wrapped over lines.
const minLabelRun = 2

// labelStyle is the style and place of a label's line.
type labelStyle struct {
	ok   bool
	page int
	x0   float64
	size float64
	bold bool
}

// Tolerances of a label's place and style: a column's lines start within
// labelColumnSlack points of each other; sizes closer than labelSizeSlack
// points are one size.
const (
	labelColumnSlack = 2
	labelSizeSlack   = 0.1
)

// under reports li, a PDF line, on the label's page and in its column.
func (l labelStyle) under(li *lineInfo) bool {
	return l.ok && li.Box != nil && l.page == li.Pos.Page && math.Abs(l.x0-li.Box.X0) <= labelColumnSlack
}

// sameStyle reports li set in the label's size and weight.
func (l labelStyle) sameStyle(li *lineInfo) bool {
	return l.bold == li.Bold && math.Abs(l.size-li.Size) < labelSizeSlack
}

// curLen is len(a.curText()) without bringing cur.Text up to date.
func (a *assembler) curLen() int {
	if a.stale {
		return len(a.buf)
	}
	return len(a.cur.Text)
}

// curText returns the text of the current block, up to date.
func (a *assembler) curText() string {
	if a.stale {
		a.cur.Text, a.stale = string(a.buf), false
	}
	return a.cur.Text
}

func (a *assembler) flush() {
	if a.cur != nil {
		a.cur.Text = strings.TrimSpace(a.curText())
		if a.cur.Kind == stream.Heading && a.cur.Level != 1 && words.Count(a.cur.Text) > stream.MaxHeadingWords {
			// Set in bold over several lines, but a sentence, not a
			// heading: "Please note that you can apply for up to…".
			if _, known := a.lex.Heading(a.cur.Text); !known {
				a.cur.Kind, a.cur.Level = stream.Paragraph, 0
			}
		}
		if a.cur.Text != "" || a.cur.Kind == stream.Field {
			a.out = append(a.out, *a.cur)
		}
		a.cur = nil
	}
}

func (a *assembler) start(b stream.Block, li *lineInfo) {
	a.flush()
	b.Pos = li.Pos
	if li.Box != nil {
		b.Box = a.newBox(*li.Box) // a copy: the block's box grows with its lines
	}
	a.block = b
	a.cur, a.stale = &a.block, false
	a.openBrackets = bracketBalance(b.Text)
}

// bracketBalance is how many more round brackets s opens than it closes.
func bracketBalance(s string) int { return strings.Count(s, "(") - strings.Count(s, ")") }

// newBox returns a pointer to a copy of b, from a slab of boxes: a full
// slab is left to the blocks that point into it.
func (a *assembler) newBox(b stream.Box) *stream.Box {
	if len(a.boxes) == cap(a.boxes) {
		a.boxes = make([]stream.Box, 0, max(16, len(a.kept)/4))
	}
	a.boxes = append(a.boxes, b)
	return &a.boxes[len(a.boxes)-1]
}

func (a *assembler) add(li *lineInfo) {
	if li.Cell > 0 {
		// A table row's label cell (cellRows) is no heading run in.
		a.addLine(li)
		return
	}
	if heads, cut, ok := a.runIn(a.last, li); ok {
		// Headings run in with the paragraph they open (runin.go).
		a.last = li
		a.addRunIn(li, heads, cut)
		return
	}
	a.addLine(li)
}

// knownCell reads a line whose first cell, parted from the rest by a
// wide gap (Line.Cell), is a label the tables know: its field, the label
// and the value.
func (a *assembler) knownCell(li *lineInfo) (f, label, value string, ok bool) {
	if li.Cell <= 0 || li.Cell >= len(li.Text) {
		return "", "", "", false
	}
	label = strings.TrimSpace(li.Text[:li.Cell])
	if f, ok = a.lex.Label(label); !ok {
		return "", "", "", false
	}
	return f, strings.TrimRight(label, " :"), strings.TrimSpace(li.Text[li.Cell:]), true
}

// addLine adds a line that opens with no run-in heading.
func (a *assembler) addLine(li *lineInfo) {
	prev := a.last
	a.last = li
	a.countLabelRun(li)
	due := a.valueDue(li)
	if a.header && li.field == "" && li.marker == "" && li.heading == "" && (prev == nil || !a.endsDangling(prev.text)) && !continuesValue(prev, li) {
		// Between the title and the first section, a known label needs
		// no colon: table cells lose theirs ("Emplacement principal
		// États-Unis-Norfolk"); not the last word of a line wrapped
		// after a function word ("NOTIFICATION DE LA VACANCE DU" /
		// "POSTE").
		if f, ok := a.lex.Label(li.text); ok {
			// A label alone, the whole line ("Salary (Pay Basis)"): its
			// value is on the next line.
			li.field, li.label = f, strings.TrimRight(li.text, " :")
		} else if f, label, value, ok := a.lex.Field(li.text, true); ok {
			li.field, li.label, li.value = f, label, value
		}
	}
	if a.header && li.field == "" && li.marker == "" && li.heading != "" && a.nextStyledLabel(prev, li) {
		// "Contract" in small type over "Fixed-term, two years", in a
		// grid of facts whose labels are so set: a label, not the
		// section of that name.
		li.heading, li.field, li.label = "", unknownField, strings.TrimRight(li.text, " :")
		if f, ok := a.lex.Label(li.text); ok {
			li.field = f
		}
	}
	if li.field == "" && li.marker == "" && li.heading == "" && li.Cell > 0 && li.Cell < len(li.Text) {
		// "Employeur      Établissement…": a table row whose label cell
		// a wide gap parts from its value (cellRows), a label the tables
		// know or one they do not.
		label, value := strings.TrimSpace(li.Text[:li.Cell]), strings.TrimSpace(li.Text[li.Cell:])
		li.field, li.label, li.value = unknownField, label, value
		if f, ok := a.lex.Label(label); ok {
			li.field, li.label = f, strings.TrimRight(label, " :")
		}
	}
	if li.field == "" && li.marker == "" && li.heading == "" && prev != nil && prev.field != "" {
		if label, value, ok := tabbedField(li.text); ok {
			// "Syndicat\tSCFP – unité de soutien" among known fields: a
			// label the tables do not know, parted from its value by a
			// tab as a table copied to text parts its cells.
			li.field, li.label, li.value = unknownField, label, value
		}
	}
	switch {
	case a.lex.EndsWithReference(li.text) && a.continuesTitle(prev, li):
		// The last line of a wrapped title: the block is the title.
		a.join(prev, li)
		a.cur.Kind, a.cur.Level = stream.Heading, 1
		a.flush()
		a.header = true
	case a.lex.EndsWithReference(li.text) && li.field == "" && li.marker == "":
		// (A list's item that ends with a standard's number, "•
		// Familiarity with … (IEC 61511)", is no title.)
		a.start(stream.Block{Kind: stream.Heading, Level: 1, Text: li.text}, li)
		a.flush()
		a.resetList()
		a.header = true
	case a.cur != nil && a.cur.Kind == stream.Heading && li.heading == "" && li.field == "" && a.sameHeading(prev, li):
		a.join(prev, li) // a heading, or a bold sentence, wrapped over lines
	case li.field != "":
		a.start(stream.Block{Kind: stream.Field, Label: li.label, Text: li.value}, li)
		a.resetList()
		a.criteria = false
		a.label = labelStyle{}
		if li.value == "" && li.Box != nil {
			a.label = labelStyle{ok: true, page: li.Pos.Page, x0: li.Box.X0, size: li.Size, bold: li.Bold}
		}
	case !due && a.continuesField(prev, li):
		a.takeCentredFirstLine(li)
		a.join(prev, li)
	case li.marker != "" && li.heading == "" && !(a.cur != nil && a.cur.Kind == stream.Heading && a.sameHeading(prev, li)):
		depth := a.listDepth(li)
		a.start(stream.Block{Kind: stream.ListItem, Marker: li.marker, Depth: depth, Text: li.rest}, li)
	case li.heading == "" && !li.Bold && li.Size < headingSize && prev != nil && !prev.endsSen && !due &&
		a.cur != nil && (a.cur.Kind == stream.Paragraph || a.cur.Kind == stream.ListItem) && !a.breaksBefore(prev, li):
		// A line in capitals ("OSCP);", "NATO HQ") inside an unfinished
		// sentence is its continuation, not a heading.
		a.join(prev, li)
	case li.isHeadingLine():
		if a.cur != nil && a.cur.Kind == stream.Heading && a.sameHeading(prev, li) {
			a.join(prev, li) // a heading wrapped over two lines
			return
		}
		level := 3
		if li.Size >= titleSize {
			level = 2
		}
		a.start(stream.Block{Kind: stream.Heading, Level: level, Text: li.text}, li)
		a.resetList()
		a.criteria = stream.IsCriteriaKind(li.heading)
		if li.heading != "" {
			a.header = false // the first section: the header fields are over
		}
	case a.cur != nil && (a.cur.Kind == stream.Paragraph || a.cur.Kind == stream.ListItem) && !a.breaksBefore(prev, li) && !due:
		a.join(prev, li)
	default:
		if a.cur != nil && a.cur.Kind == stream.Heading && prev != nil && prev.heading == "" && !prev.caps && !a.breaksBefore(prev, li) && !prev.Bold && prev.Size < headingSize {
			// A line taken for a heading by its shape that the next
			// line continues was a paragraph after all.
			a.cur.Kind, a.cur.Level = stream.Paragraph, 0
			a.join(prev, li)
			return
		}
		a.start(stream.Block{Kind: stream.Paragraph, Text: li.text}, li)
	}
}

// countLabelRun keeps count of a run of PDF lines that are labels alone,
// one column's (labelRun), and, once it ends, of the lines owed to it as
// values (valuesDue), in the same column under them. (The column of
// labels is read as it comes: any other line ends the run.)
func (a *assembler) countLabelRun(li *lineInfo) {
	if li.marker == "" && li.value == "" && li.Box != nil && words.CountAtMost(li.text, maxWrappedLabelWords+1) <= maxWrappedLabelWords {
		if _, ok := a.lex.Label(li.text); ok {
			if a.labelRun == 0 || math.Abs(li.Box.X0-a.labelX0) > cellAlign {
				a.labelRun, a.labelX0 = 0, li.Box.X0 // a column's labels share their left edge
			}
			a.labelRun++
			a.valuesDue = 0
			return
		}
	}
	if a.labelRun >= minLabelRun && li.Box != nil && math.Abs(li.Box.X0-a.labelX0) <= cellAlign && a.valueLines(li) == a.labelRun {
		a.valuesDue = a.labelRun
	}
	a.labelRun = 0
}

// valueLines counts the lines from li down that may be values of a run
// of labels: one under the other at li's left edge, on its page, none a
// list's item or a label; at most one more than the run. Only when they
// are as many as the labels is each line a value of its own: a value
// wrapped over two lines makes one more.
func (a *assembler) valueLines(li *lineInfo) int {
	n, above, prev := 1, *li.Box, li.text
	for k := a.at + 1; k < len(a.kept) && n <= a.labelRun; k++ {
		l := &a.lines[a.kept[k]]
		h := above.Y1 - above.Y0
		if l.Box == nil || l.Pos.Page != li.Pos.Page || math.Abs(l.Box.X0-li.Box.X0) > cellAlign ||
			l.Box.Y1 > above.Y0+1 || above.Y0-l.Box.Y1 > h || stream.MarkerLen(l.Text) > 0 {
			break
		}
		if _, ok := a.lex.Label(strings.TrimSpace(l.Text)); ok {
			break
		}
		if a.endsDangling(prev) || strings.HasSuffix(prev, ",") || words.StartsLower(l.Text) {
			// "Senior Programme Officer, Climate Finance and" /
			// "Partnerships": a value wrapped, however many lines
			// follow; no count is sure.
			return 0
		}
		n, above, prev = n+1, *l.Box, l.Text
	}
	return n
}

// valueDue reports a PDF line that is one of the values a run of labels
// is owed: it stands alone, and takes one of them. (A text file's lines
// carry no cell; its values wrap over lines.)
func (a *assembler) valueDue(li *lineInfo) bool {
	if a.valuesDue == 0 || li.field != "" || li.marker != "" || li.Box == nil {
		return false
	}
	a.valuesDue--
	return true
}

// takeCentredFirstLine moves into the field being built the line just
// above it that its value's next line (li) lines up with: a label set
// against the middle of a table cell of three lines leaves the cell's
// first line above the label's, read as a paragraph of its own.
func (a *assembler) takeCentredFirstLine(li *lineInfo) {
	if a.stale || len(a.out) == 0 || a.cur.Box == nil || li.Box == nil {
		return // the field took a line already, or no geometry
	}
	p := &a.out[len(a.out)-1]
	h := li.Box.Y1 - li.Box.Y0
	if p.Kind != stream.Paragraph || p.Box == nil || p.Pos.Page != li.Pos.Page ||
		math.Abs(p.Box.X0-li.Box.X0) > 2 || p.Box.Y0 < a.cur.Box.Y1-1 || p.Box.Y0 > a.cur.Box.Y1+h ||
		words.Count(p.Text) > maxValueLineWords {
		return
	}
	a.cur.Text = strings.TrimSpace(p.Text + " " + a.cur.Text)
	a.cur.Box.Y1 = max(a.cur.Box.Y1, p.Box.Y1)
	a.out = a.out[:len(a.out)-1]
}

// maxValueLineWords bounds a line of a table cell's value: a name or a
// short phrase.
const maxValueLineWords = 12

// lineCopyCost is the memory of a Line copied, with a Box of its own
// (a line cut across a page's gutter), rounded up.
const lineCopyCost = 144

// maxFieldBytes bounds the value of a header field that lines may
// continue: the longest values of notices (an organisation, a salary as
// written) are under 200 bytes. Past it the value is read no more, line
// after line.
const maxFieldBytes = 2000

// continuesField reports whether li carries on the value of the field on
// the previous line: a table cell's value wrapped and indented under it,
// an open parenthesis closed on the next line ("NATO International Staff
// (NATO" / "IS)"), or in the header region a short tail ("Monthly").
func (a *assembler) continuesField(prev, li *lineInfo) bool {
	if a.cur == nil || a.cur.Kind != stream.Field || prev == nil ||
		li.field != "" || li.marker != "" || li.heading != "" || li.Break ||
		li.Pos.Page != prev.Pos.Page || li.Gap >= 0.3 && !wrapsInCell(prev, li) || a.lex.EndsWithReference(li.text) {
		return false
	}
	if a.curLen() > maxFieldBytes {
		return false
	}
	v := a.curText()
	if prev.field == "" {
		// prev is a line of the value already (set under its label on a
		// PDF page): the next goes on with it flush in its column, in its
		// style, when it cannot start anything else ("African Trade &
		// Investment Development Insurance" / "(ATIDI)"). (A text file's
		// lines have no style to tell a value's from a label's.)
		// A label set in a style of its own over its value ("Organization"
		// in small type over "International Social Security" /
		// "Association (ISSA)") tells the next label by that style: a
		// line in the value's style, close under a line of it that the
		// measure broke (its first word did not fit), is its next line.
		return li.Box != nil && prev.Box != nil && math.Abs(li.Indent-prev.Indent) < 0.5 && li.Bold == prev.Bold && math.Abs(li.Size-prev.Size) < 0.05 &&
			(strings.HasPrefix(li.text, "(") || words.StartsLower(li.text) || strings.Count(v, "(") > strings.Count(v, ")") ||
				a.styledLabel(prev) && prev.Fill > 0 && !nextWordFits(prev, li))
	}
	switch {
	case v == "" && prev.value == "":
		return true // the value under a label standing alone
	case li.Indent > prev.Indent+2:
		return true
	case strings.Count(v, "(") > strings.Count(v, ")"):
		return true
	case strings.HasPrefix(li.text, "(") || words.StartsLower(li.text):
		return true
	}
	// "Selection process number: 35-PPS-ON-EA-TOR-2207" / "JOB
	// OPPORTUNITY": a code is a whole value, and words in capitals after
	// it are a banner, not its next line.
	return a.header && words.Count(li.text) <= 2 && !li.endsSen && !(isCode(v) && words.IsCaps(li.text))
}

// wrapsInCell reports a line in small letters under a field's line
// with its value, in the value's column well right of the label (a
// table's cell), less than half a line below it: the value's wrapped
// line, set a little further down than the body's spacing when a glyph
// of a fallback font makes the line taller ("Temps de travail : Temps
// plein (37,5 heures par" / "semaine)").
func wrapsInCell(prev, li *lineInfo) bool {
	return prev.field != "" && prev.value != "" && li.Gap < maxValueLineGap && words.StartsLower(li.text) && li.Indent >= prev.Indent+minValueIndent
}

// styledLabel reports whether the field being built is a label alone
// on its line, set in another size or weight than the value's line v
// under it, on a PDF page, in the same column.
func (a *assembler) styledLabel(v *lineInfo) bool {
	return a.label.under(v) && !a.label.sameStyle(v)
}

// nextStyledLabel reports whether li is the next label of a column of
// facts whose labels stand alone over their values, set in a style of
// their own: li is short, in the last label's style and place, and
// comes after its value's line v, in the value's own style.
func (a *assembler) nextStyledLabel(v, li *lineInfo) bool {
	if a.cur == nil || a.cur.Kind != stream.Field || a.curLen() == 0 || v == nil || v.field != "" || !a.styledLabel(v) ||
		!a.label.under(li) || !a.label.sameStyle(li) {
		return false
	}
	return words.Count(li.text) <= maxStyledLabelWords
}

// maxStyledLabelWords bounds a label set over its value.
const maxStyledLabelWords = 4

// isCode reports a value that is one word with a figure in it: a
// reference, a date or a number, which no next line continues.
func isCode(v string) bool {
	return !strings.ContainsRune(strings.TrimSpace(v), ' ') && strings.ContainsAny(v, "0123456789")
}

// continuesTitle reports whether a line ending with the reference
// finishes a title begun on the previous lines, as in "Programme de stages
// de l'OTAN - Division Diplomatie publique" / "(PDD) (250715)".
func (a *assembler) continuesTitle(prev, li *lineInfo) bool {
	if a.cur == nil || a.curLen() > 200 || prev == nil || li.Pos.Page != prev.Pos.Page {
		return false
	}
	switch a.cur.Kind {
	case stream.Heading:
		if _, known := a.lex.Heading(a.curText()); known {
			return false
		}
		// A heading's last line may stand apart (a larger line gap):
		// only a short tail holding the reference joins it, or a line
		// set like the heading, never a whole title line after a banner.
		return words.Count(li.text) <= 3 || a.sameHeading(prev, li)
	case stream.Paragraph:
		// A short paragraph that never ends a sentence is the start of
		// the title, however short its lines.
		titleStart := !strings.ContainsAny(a.curText(), ".!?:;") && li.Gap < 0.5 && words.Count(a.curText()) <= 25 &&
			!stream.IsTrail(a.curText())
		return titleStart || !a.breaksBefore(prev, li)
	}
	return false
}

// sameHeading reports whether li continues the heading set on prev: both
// in capitals (text dumps), or both in the same large or bold font.
func (a *assembler) sameHeading(prev, li *lineInfo) bool {
	if prev != nil && li.Break && wrapsUnder(prev, li) {
		// A break the layout put between a heading's lines (its first
		// line crosses the gutter of the columns under it, its second
		// opens the left column) parts nothing: the line is set right
		// under the other, in its font.
		under := *li
		under.Break, under.Gap = false, 0
		li = &under
	}
	if prev == nil || a.breaksBefore(prev, li) {
		return false
	}
	// A line that is a known heading on its own starts a new heading,
	// unless the line above stops short of a sentence ("INFO-SESSION ON
	// THE VACANCY AND" / "RECRUITMENT PROCESS").
	if li.heading != "" && !a.endsDangling(prev.text) {
		return false // two headings stacked: "2. QUALIFICATIONS…" / "ESSENTIAL"
	}
	if prev.heading != "" && !a.endsDangling(prev.text) {
		if a.lex.WholeHeading(prev.text) {
			return false // "Selection Criteria" is whole; a bold sentence follows
		}
	}
	if prev.caps && li.caps {
		return true
	}
	sameFont := prev.Bold == li.Bold && prev.Size > 0 && math.Abs(prev.Size-li.Size) < 0.05
	return sameFont && (prev.Size >= headingSize || prev.Bold)
}

// wrapsUnder reports a line set right under a heading's line on the same
// page: the same left edge, the same font at a heading's size, no more
// than half a line between them, the line above ending no sentence and
// the line going on with it.
func wrapsUnder(prev, li *lineInfo) bool {
	if prev.Box == nil || li.Box == nil || prev.Pos.Page != li.Pos.Page || prev.endsSen {
		return false
	}
	if prev.Size < headingSize || math.Abs(prev.Size-li.Size) >= 0.05 || prev.Bold != li.Bold {
		return false
	}
	// The second line must go on with the first: a bracket the first
	// left open, or words in small letters ("Life at Kestrel" under a
	// title is the next part's heading).
	open := strings.Count(prev.text, "(") > strings.Count(prev.text, ")")
	if !open && !words.StartsLower(li.text) {
		return false
	}
	h := prev.Box.Y1 - prev.Box.Y0
	gap := prev.Box.Y0 - li.Box.Y1
	return math.Abs(prev.Box.X0-li.Box.X0) <= 1 && gap >= -1 && gap <= 0.5*h
}

// breaksBefore decides whether li starts a new block rather than
// continuing the previous line.
func (a *assembler) breaksBefore(prev, li *lineInfo) bool {
	if prev == nil {
		return true
	}
	if li.Break || li.Pos.Page != prev.Pos.Page {
		// A new column or page continues the sentence it interrupted,
		// and nothing else: the previous line ran to the margin without
		// ending, and the next is in the same language (in a side-by-side
		// layout the next column is the other half).
		if prev.endsSen || li.marker != "" || li.field != "" || li.heading != "" {
			return true
		}
		if !words.StartsLower(li.text) && (prev.Fill > 0 && prev.Fill < 0.7) {
			return true
		}
		return !languagesAgree(a.lex, prev.text, li.text)
	}
	// An unfinished sentence followed by a lower-case line goes on,
	// whatever the spacing (TeX stretches lines to fill a column).
	if !prev.endsSen && words.StartsLower(li.text) && li.marker == "" && li.Gap < 1.5 {
		return false
	}
	if li.Gap >= 0.5 {
		return true
	}
	// A site's row of facts parted by pipes ("Location Zurich | Workload
	// 80–100% | …") is a block of its own, whatever the lines around it.
	if (stream.IsPipeRow(li.text) || stream.IsPipeRow(prev.text)) && words.StartsUpper(li.text) {
		return true
	}
	// A breadcrumb trail is a line of its own, over the page's title.
	if (stream.IsTrail(li.text) || stream.IsTrail(prev.text)) && words.StartsUpper(li.text) {
		return true
	}
	if li.field != "" {
		return true
	}
	if prev.field != "" {
		return !a.continuesField(prev, li)
	}
	if strings.HasSuffix(prev.text, ":") {
		// An introduction ends at its colon ("The candidate must:"),
		// unless a full line goes on in lower case: "• Compréhension
		// organisationnelle :" / "comprend la structure…", or a list
		// item goes on under its text, indented past its marker ("d.
		// the following levels:" / "    SLP 3322 in English").
		inItem := a.cur != nil && a.cur.Kind == stream.ListItem
		onward := words.StartsLower(li.text) && li.marker == "" && (inItem || prev.Fill >= 0.85) ||
			inItem && li.marker == "" && len(a.indents) > 0 && li.Indent >= a.indents[len(a.indents)-1]+hangingIndent
		return !onward
	}
	if words.IsURLLine(prev.text) || words.IsURLLine(li.text) {
		return true
	}
	// A line well short of the measure that ends a sentence ends its
	// paragraph; a long one is wrapped. A line shorter still ends it even
	// without punctuation ("Communiquer avec le public"): a wrapped line
	// is cut only when the next word does not fit.
	if prev.endsSen && prev.Fill > 0 && prev.Fill < 0.8 && words.StartsUpper(li.text) {
		return true
	}
	// Under a heading of criteria, a paragraph's line that ends a
	// sentence with room for the next line's first word, which opens in
	// capitals, ends a criterion whose bullet a PDF's dump lost ("…or a
	// related field." / "At least five years…"): a typesetter wraps a
	// line only when the next word does not fit. (A marked item's
	// wrapped lines keep to their item.)
	if a.criteria && a.cur.Kind == stream.Paragraph && prev.endsSen && !strings.HasSuffix(prev.text, ":") && words.StartsUpper(li.text) && nextWordFits(prev, li) {
		return true
	}
	// So does a PDF's line of criteria written without a sentence's end
	// ("Master's degree in finance or accounting" / "At least seven
	// years…"), when the next word had room well within the measure, and
	// the line ends on no function word and inside no parenthesis. (A
	// text file's measure is only estimated, from its longest line: a
	// criterion wrapped at 75 columns under a longer line would seem to
	// end at each of its lines, "…with the World" / "Bank or…", and the
	// weaker evidence, no sentence's end, does not outweigh that.)
	if a.criteria && prev.Box != nil && a.cur.Kind == stream.Paragraph && !prev.endsSen && prev.Fill > 0 &&
		prev.Fill+nextWordFill(prev, li) < fitMeasure && startsCapital(li.text) &&
		!strings.ContainsRune(",/–-(&", words.LastRune(prev.text)) && !a.endsDangling(prev.text) &&
		!a.openBracket() {
		return true
	}
	if prev.Fill > 0 && (prev.Fill < 0.45 || a.stackedTitles(prev, li) || writerBroke(prev, li)) && words.StartsUpper(li.text) && !a.endsDangling(prev.text) &&
		!strings.ContainsRune(",/–", words.LastRune(prev.text)) && strings.Count(prev.text, "(") <= strings.Count(prev.text, ")") {
		return true
	}
	// An item of an enumeration without markers, after an introduction's
	// colon or another item's semicolon, ends at its semicolon when the
	// next item's first word had room on its line: "…they have:" / "…in
	// a military environment;" / "experience in…". An item wrapped over
	// lines ends so only in an enumeration under way (the block before
	// ends with its colon or semicolon) and on a line well short of the
	// measure ("…dealing with security" / "issues;"): a paragraph of
	// prose under a heading may end a line at a semicolon too.
	if strings.HasSuffix(prev.text, ";") && words.StartsLower(li.text) && li.marker == "" && a.enumerating(prev) && nextWordFits(prev, li) &&
		(a.cur.Pos == prev.Pos || prev.Fill < fitMeasure && a.enumerationGoesOn()) {
		return true
	}
	// A line opening with a bold label after a finished sentence starts
	// an item whose bullet was drawn, not typed.
	if prev.endsSen && (li.LeadBold > 0 || startsWithLabel(li.text)) {
		return true
	}
	// "Établissement :      Athénée royal…": a form's row, its value
	// set in a column after the colon; a row begins an entry.
	if startsWithLabel(li.text) && stream.AlignedAfterColon(li.text) {
		return true
	}
	// A short line, then another "Label: value" line: two entries
	// ("Direct reports: N/a" / "Indirect reports: N/a.").
	if startsWithLabel(li.text) && startsWithLabel(prev.text) && prev.Fill > 0 && prev.Fill < 0.6 {
		return true
	}
	// A line run in under a heading the tables know, after another
	// "Label: value" line, however long: "Serait un plus : Formation…;
	// Expérience en gériatrie" / "Qualités attendues : Sens de
	// l'écoute, …". A wrapped sentence seldom opens its next line with
	// a known heading and its colon.
	if startsWithLabel(prev.text) && startsWithLabel(li.text) && a.lex.WholeHeading(strings.TrimSpace(li.text[:strings.IndexByte(li.text, ':')])) {
		return true
	}
	// A change of font weight or size marks a new block in PDFs.
	if prev.Bold != li.Bold && prev.endsSen {
		return true
	}
	return false
}

// writerBroke reports a PDF line (its measure known from the page, not
// estimated) short of the measure (under writerBreakFill) that had room
// for the next line's first word: the writer broke it, one fact a line,
// as a poster's header sets its department, city and level ("Natural
// Resources Canada - Canadian Forest Service" / "Sault Ste. Marie
// (Ontario)"). A wrapped line of a column is cut only when the next word
// does not fit, and fills more than writerBreakFill of it.
//
// A line of figures under a short line is its value, not a fact of its
// own: an amount under what it pays ("Gross monthly salary, paid 13
// times a year" / "CHF 9,200—CHF 10,800").
func writerBroke(prev, li *lineInfo) bool {
	return prev.Box != nil && prev.Fill < writerBreakFill && nextWordFits(prev, li) && !mostlyFigures(li.text)
}

// writerBreakFill is the fill below which a PDF line whose next word
// fitted is taken for a writer's break: under the fitMeasure with room
// for more than a long word, so that a ragged line's slack is not.
const writerBreakFill = 0.6

// fitMeasure is how full a line may be, with the next line's first word
// added, for that word to have fitted on it: a writer or a typesetter
// breaks a line only when the next word does not fit. Below the full
// measure, for proportional fonts whose characters differ in width.
const fitMeasure = 0.85

// stackedTitles reports a line that opens its block and the next, each
// shaped like a title and neither holding a sentence, the first of which
// had room for the second's first word: a title over the name of its
// directorate, not one title wrapped over two lines. (Only such lines are
// compared: the measure of a text file is only estimated, and the lines
// of a paragraph wrap at whatever room is left.)
func (a *assembler) stackedTitles(prev, li *lineInfo) bool {
	if a.cur == nil || a.cur.Pos != prev.Pos || a.stale ||
		!stream.HeadingShaped(prev.text) || !stream.HeadingShaped(li.text) ||
		strings.ContainsAny(prev.text+li.text, ".!?;:") {
		return false
	}
	return nextWordFits(prev, li)
}

// enumerating reports a block after a heading or a block that ends with
// a colon or a semicolon: an item of an enumeration whose markers were
// lost.
func (a *assembler) enumerating(prev *lineInfo) bool {
	if a.cur == nil || len(a.out) == 0 {
		return false
	}
	before := &a.out[len(a.out)-1]
	return before.Kind == stream.Heading || strings.HasSuffix(before.Text, ":") || strings.HasSuffix(before.Text, ";")
}

// enumerationGoesOn reports a block after another that ends with a
// semicolon or a colon: an enumeration under way.
func (a *assembler) enumerationGoesOn() bool {
	if len(a.out) == 0 {
		return false
	}
	t := a.out[len(a.out)-1].Text
	return strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":")
}

// openBracket reports a block whose text so far opens more brackets than
// it closes, counted as its lines join (openBrackets).
func (a *assembler) openBracket() bool { return a.openBrackets > 0 }

// nextWordFits reports a line that had room for the next line's first
// word: the writer broke it, not the measure.
func nextWordFits(prev, li *lineInfo) bool {
	if prev.text == "" || prev.Fill <= 0 {
		return false
	}
	wordFill := nextWordFill(prev, li)
	if prev.Size == 0 {
		// Text without fonts: every character is as wide as another,
		// so a word fits when it fits the measure.
		return prev.Fill+wordFill <= 1
	}
	return prev.Fill+wordFill < fitMeasure
}

// startsCapital reports a text whose first letter is a capital: not a
// figure ("2026-147."), which ends a wrapped line as often as it opens
// an item.
func startsCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// nextWordFill is the share of prev's measure that li's first word and a
// space would take on it.
func nextWordFill(prev, li *lineInfo) float64 {
	word := li.text
	if i := strings.IndexByte(word, ' '); i > 0 {
		word = word[:i]
	}
	return prev.Fill * float64(utf8.RuneCountInString(word)+1) / float64(max(utf8.RuneCountInString(prev.text), 1))
}

// startsWithLabel reports a line that opens with a short capitalised
// label and a colon, "Empathy: Listens actively." or "Empathie : écoute
// activement.", the shape of a definition-list item.
func startsWithLabel(s string) bool {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 60 || !words.StartsUpper(s) {
		return false
	}
	label := s[:i]
	n := words.Count(label)
	return n >= 1 && n <= 6 && !strings.ContainsAny(label, ".;!?")
}

// join appends a wrapped line to the current block, re-joining a word
// hyphenated at the line end.
func (a *assembler) join(prev, li *lineInfo) {
	a.openBrackets += bracketBalance(li.text)
	if !a.stale {
		a.buf = append(a.buf[:0], a.cur.Text...)
	}
	if a.hyph == nil && hyphenLen(a.buf) > 0 {
		// The document's words are gathered only when a line ends
		// with a hyphen: most lines never need them.
		texts := make([]string, len(a.kept))
		for k, i := range a.kept {
			texts[k] = strings.TrimSpace(a.lines[i].Text)
		}
		a.hyph = newHyphenation(texts, a.tick)
	}
	a.buf, a.stale = a.hyph.appendJoin(a.buf, li.text), true
	a.extendBox(li)
}

func (a *assembler) extendBox(li *lineInfo) {
	if a.cur.Box == nil || li.Box == nil || li.Pos.Page != a.cur.Pos.Page {
		return
	}
	b := a.cur.Box
	b.X0, b.Y0 = min(b.X0, li.Box.X0), min(b.Y0, li.Box.Y0)
	b.X1, b.Y1 = max(b.X1, li.Box.X1), max(b.Y1, li.Box.Y1)
}

// listDepth returns the nesting depth of a new list item from its marker
// style and indentation, updating the list state.
func (a *assembler) listDepth(li *lineInfo) int {
	style := stream.MarkerStyleIn(li.marker, a.styles)
	// Indents are measured from a column's edge, which moves from page
	// to page: compare them only within a page.
	samePage := li.Pos.Page == a.listPage
	a.listPage = li.Pos.Page
	if a.cur != nil && a.cur.Kind == stream.Paragraph && stream.IsFirstMarker(li.marker) && len(a.styles) > 0 {
		// A list opened after a paragraph is a new list unless the
		// layout shows it indented under the previous item.
		if !samePage || li.Indent <= a.indents[len(a.indents)-1]+0.5 {
			a.resetList()
		}
	}
	for i := len(a.styles) - 1; i >= 0; i-- {
		if a.styles[i] == style {
			// Same style as an open level: unless this one is the
			// first of a list indented deeper, go back to that level.
			if !(samePage && stream.IsFirstMarker(li.marker) && li.Indent > a.indents[i]+1) {
				a.styles, a.indents = a.styles[:i+1], a.indents[:i+1]
				a.indents[i] = li.Indent
				return i
			}
			break
		}
	}
	if !samePage && !stream.IsFirstMarker(li.marker) {
		// A list that goes on ("4.") on a new page where no list of its
		// style is open — the other half of a side-by-side page came
		// between — resumes at the outer level.
		a.resetList()
	}
	// A new style: deeper than the current level, unless the layout
	// puts it at or left of an open level.
	for i := len(a.indents) - 1; i >= 0 && samePage; i-- {
		if li.Indent > 0 && li.Indent < a.indents[i]-0.5 {
			a.styles, a.indents = a.styles[:i], a.indents[:i]
		}
	}
	a.styles = append(a.styles, style)
	a.indents = append(a.indents, li.Indent)
	return len(a.styles) - 1
}

func (a *assembler) resetList() { a.styles, a.indents = a.styles[:0], a.indents[:0] }

// urlInterrupts reports a URL line (or run of URL lines) that stands
// between a line that does not end its sentence and a lower-case line that
// goes on with it.
func urlInterrupts(lines []Line, i int) bool {
	j := i
	for j > 0 && words.IsURLLine(strings.TrimSpace(lines[j-1].Text)) {
		j--
	}
	k := i
	for k+1 < len(lines) && words.IsURLLine(strings.TrimSpace(lines[k+1].Text)) {
		k++
	}
	if j == 0 || k+1 >= len(lines) {
		return false
	}
	before, after := strings.TrimSpace(lines[j-1].Text), strings.TrimSpace(lines[k+1].Text)
	return before != "" && !strings.ContainsRune(".!?:;", words.LastRune(before)) && words.StartsLower(after)
}

// unknownField is the field key of a line whose label the tables do not
// know (tabbedField).
const unknownField = "unknown"

// maxTabbedLabelWords bounds the label of tabbedField: "Exigence
// linguistique", "Type of employment".
const maxTabbedLabelWords = 4

// tabbedField returns the label and value of a line that is a table's
// row copied to text, "Label<TAB>value": a label of a few words, a
// capital first and no sentence's punctuation, then one run of tabs.
func tabbedField(text string) (label, value string, ok bool) {
	i := strings.IndexByte(text, '\t')
	if i <= 0 {
		return "", "", false
	}
	label, value = strings.TrimSpace(text[:i]), strings.TrimSpace(strings.TrimLeft(text[i:], "\t"))
	if value == "" || strings.IndexByte(value, '\t') >= 0 || !stream.UnknownLabel(label, maxTabbedLabelWords) {
		return "", "", false
	}
	return label, value, true
}

// continuesValue reports a line set under the value of the field line
// before it, with no space between: the value's next line in a table's
// cell ("NATO Body:   NATO Airborne … Programme Management" / "Agency
// (NAPMA)"), even when it reads as a label alone.
func continuesValue(prev, li *lineInfo) bool {
	return prev != nil && prev.field != "" && prev.value != "" && li.Gap >= 0 && li.Gap < maxValueLineGap &&
		li.Indent >= prev.Indent+minValueIndent
}

// maxValueLineGap is the space above a value's next line: less than the
// half line that parts blocks (see breaks).
const maxValueLineGap = 0.5

// minValueIndent is how far, in ems, a line stands right of a field
// label's line to be read in its value's column: a table's label cell is
// several words wide.
const minValueIndent = 4

// maxLabelBytes bounds a line that may be a bare label: the longest label
// of the tables ("Niveau de l'habilitation de sécurité") is 40 bytes.
const maxLabelBytes = 60

// isBareLabel reports a line that is only a header field label, as in the
// left cell of a two-column header table.
func isBareLabel(lex Lexicon, text string) bool {
	if len(text) > maxLabelBytes {
		return false
	}
	_, ok := lex.Label(text)
	return ok
}

// pairLabelCells rebuilds the rows of a two-column header table on a PDF
// page ("Primary Location" | "Belgium-Brussels"), which a layout reading
// column by column would otherwise tear apart: a line that is only a field
// label takes as its value the line beside it at the same height, plus
// the lines below that value that wrap within the same cell.
func pairLabelCells(lex Lexicon, lines []Line, pb *passBudget) []Line {
	type pair struct{ label, value int }
	var pairs []pair
	used := map[int]bool{}
	// Whether each line is a bare label, asked once per line, not once
	// per line and label.
	if !pb.charge(int64(len(lines))) {
		return lines
	}
	bare := make([]bool, len(lines))
	labels := 0
	for i, l := range lines {
		if pb.stop() {
			return lines
		}
		// a label cell opens with a capital: a known label's word in
		// small letters is a wrapped line's last word ("• Experience
		// with university sport or a student" / "organisation")
		bare[i] = l.Box != nil && !words.StartsLower(strings.TrimSpace(l.Text)) && isBareLabel(lex, l.Text)
		if bare[i] {
			labels++
		}
	}
	if labels == 0 {
		return lines
	}
	// A label's value and its wrapped lines are on its page: the search
	// reads that page's lines, not the document's. Charged: the pages'
	// bounds, and a label's pair and value texts.
	if !pb.charge(int64(len(lines))*16 + int64(labels)*pairCost) {
		return lines
	}
	start, end := pageRuns(lines)
	for i, l := range lines {
		if !bare[i] || stackedValue(lines, bare, i) {
			continue
		}
		if pb.stop() {
			return lines
		}
		best := -1
		for j := start[i]; j < end[i]; j++ {
			v := lines[j]
			if j == i || used[j] || v.Box == nil || v.Pos.Page != l.Pos.Page || bare[j] {
				continue
			}
			h := l.Box.Y1 - l.Box.Y0
			if math.Abs(v.Box.Y1-l.Box.Y1) > 0.4*h || v.Box.X0 < l.Box.X1+2 {
				continue
			}
			if best < 0 || v.Box.X0 < lines[best].Box.X0 {
				best = j
			}
		}
		if best >= 0 {
			used[best] = true
			pairs = append(pairs, pair{i, best})
		}
	}
	if len(pairs) < 2 {
		return lines
	}
	values := map[int][]string{} // label line → value texts
	for k, p := range pairs {
		if pb.stop() {
			return lines
		}
		v := lines[p.value]
		if k == 0 || lines[pairs[k-1].value].Pos.Page != v.Pos.Page {
			// A label centred on a cell of several lines: the value's
			// first lines stand above it (the first row of a page has no
			// row above to take them).
			h := v.Box.Y1 - v.Box.Y0
			for top := v; ; {
				above := -1
				for j := start[p.value]; j < end[p.value]; j++ {
					if w := lines[j]; !used[j] && !bare[j] && j != p.value && w.Box != nil && w.Pos.Page == top.Pos.Page &&
						math.Abs(w.Box.X0-top.Box.X0) <= 2 && w.Box.Y0 >= top.Box.Y1-1 && w.Box.Y0 <= top.Box.Y1+1.5*h {
						above = j
						break
					}
				}
				if above < 0 {
					break
				}
				used[above] = true
				values[p.label] = append([]string{lines[above].Text}, values[p.label]...)
				top = lines[above]
			}
		}
		values[p.label] = append(values[p.label], v.Text)
		// Wrapped value lines: same cell column, below this value and
		// above the next row's, which starts at the next line of the
		// label column below this label, paired or not.
		floor := v.Box.Y0 - 2*(v.Box.Y1-v.Box.Y0)
		if k+1 < len(pairs) && lines[pairs[k+1].value].Pos.Page == v.Pos.Page {
			floor = lines[pairs[k+1].value].Box.Y1
		}
		l := lines[p.label]
		for j := start[p.label]; j < end[p.label]; j++ {
			if w := lines[j]; w.Box != nil && w.Pos.Page == l.Pos.Page && math.Abs(w.Box.X0-l.Box.X0) <= 2 && w.Box.Y1 < l.Box.Y0+1 {
				floor = max(floor, w.Box.Y1)
			}
		}
		for j := start[p.value]; j < end[p.value]; j++ {
			w := lines[j]
			if used[j] || w.Box == nil || w.Pos.Page != v.Pos.Page || math.Abs(w.Box.X0-v.Box.X0) > 2 {
				continue
			}
			if w.Box.Y1 < v.Box.Y0+1 && w.Box.Y0 > floor-1 {
				used[j] = true
				values[p.label] = append(values[p.label], w.Text)
			}
		}
	}
	if !pb.copyLines(len(lines)) {
		return lines
	}
	out := make([]Line, 0, len(lines))
	for i, l := range lines {
		if used[i] {
			continue
		}
		if vs, ok := values[i]; ok {
			l.Text = strings.TrimSpace(l.Text) + ": " + strings.Join(vs, " ")
			l.Break, l.Cell, l.CellX = true, 0, 0
		}
		out = append(out, l)
	}
	return out
}

// stackedValue reports a bare label (line i) set over its value, as a
// sidebar of facts prints it ("Reference number" / "CSC29J-…"): the next
// line goes on in the label's column (a gap is known only within one),
// flush with it, at a line's spacing, in another style (weight or size)
// and is no label. A label cell of a table has the next label under it
// (in its style, though the lexicon may not know it), or a wrapped word
// of its own; the line beside a stacked label is the page's text beside
// the sidebar.
func stackedValue(lines []Line, bare []bool, i int) bool {
	if i+1 >= len(lines) || bare[i+1] {
		return false
	}
	l, v := lines[i], lines[i+1]
	return v.Box != nil && (v.Bold != l.Bold || math.Abs(v.Size-l.Size) > stackedSizeStep) && v.Pos.Page == l.Pos.Page && !v.Break && v.Gap >= 0 && v.Gap <= maxValueLineGap &&
		math.Abs(v.Box.X0-l.Box.X0) <= cellAlign && v.Box.Y1 <= l.Box.Y0+1
}

// stackedSizeStep is the least difference in size, in body sizes, that
// sets a value apart from its label above it (a label printed in small
// capitals over its value, 7.5 over 10 points).
const stackedSizeStep = 0.1

// pairCost is the memory of a label paired with its value: the pair, its
// entries in used and values, and the value's texts and joined line.
const pairCost = 256

// pageRuns returns, for each line, the bounds [start, end) of the run of
// lines on the same page around it.
func pageRuns(lines []Line) (start, end []int) {
	start, end = make([]int, len(lines)), make([]int, len(lines))
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].Pos.Page == lines[i].Pos.Page {
			j++
		}
		for k := i; k < j; k++ {
			start[k], end[k] = i, j
		}
		i = j
	}
	return start, end
}

// languagesDisagree reports two texts with evidence for different
// languages.
func languagesDisagree(lex Lexicon, x, y string) bool {
	lx, ly := lex.Lean(stream.Block{Text: x}), lex.Lean(stream.Block{Text: y})
	return lx > 0 && ly < 0 || lx < 0 && ly > 0
}

// languagesAgree reports two texts that both show evidence for the same
// language.
func languagesAgree(lex Lexicon, x, y string) bool {
	lx, ly := lex.Lean(stream.Block{Text: x}), lex.Lean(stream.Block{Text: y})
	return lx > 0 && ly > 0 || lx < 0 && ly < 0
}

// endsDangling reports a line that cannot end its sentence or heading: it
// stops on a function word ("AND", "DE", "SUR LE") or a hyphen.
func (a *assembler) endsDangling(text string) bool {
	if hyphenLen(text) > 0 {
		return true
	}
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	last := text[strings.LastIndexFunc(text, unicode.IsSpace)+1:]
	return last != "" && a.lex.FunctionWord(last)
}

// minLeaderDots is how many dots in a row lead from a label to its value
// ("Reference ........ EI-2027-05"); an ellipsis has three.
const minLeaderDots = 4

// hasDotLeader reports a line whose first words are followed by a run of
// dots and a space: a form's label and its leader.
func hasDotLeader(t string) bool {
	// (Only where a label's end can be: every line of a text comes here.)
	i := strings.Index(t[:min(len(t), maxLeaderLabelBytes+len(" ...."))], " ....")
	if i <= 0 || i > maxLeaderLabelBytes {
		return false
	}
	j := i + 1
	for j < len(t) && t[j] == '.' {
		j++
	}
	return j-i-1 >= minLeaderDots && j < len(t) && t[j] == ' '
}

// maxLeaderLabelBytes bounds the label before a dot leader: a few words.
const maxLeaderLabelBytes = 40
