package parser

import (
	"bytes"
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the line assembler shared by the page-based readers (PDF and
// plain text): it rebuilds paragraphs from wrapped lines, and recognises
// list items, header fields and headings. Readers describe each line's
// layout in a Line; the decisions are all made here.

// bulletChars are the characters typed as list bullets.
const bulletChars = "•●▪◦‣∙·○■□►▸➢✓"

// markerPattern is a list marker: "(a)", "1.", "a)", "iv.", or a bullet.
const markerPattern = `\((?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)|(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|[` + bulletChars + `\-–*]`

// reAbbrevAfterLetter matches the rest of "p. ex. …" or "e. g. …": a
// letter and a dot that start an abbreviation, not a list item.
var reAbbrevAfterLetter = regexp.MustCompile(`^\p{Ll}{1,3}\.`)

// titleReference finds the vacancy reference in parentheses that ends a
// title, "(250715)" or "(ABC-1234)", and returns the index of its "(" and
// the reference: what \((\d{5,8}|[A-Z]{1,6}[- ]?\d{3,}[-/\d]*)\)\s*$
// matches. (By hand: a regular expression anchored only at the end tries
// every start in the text, and this runs for every line and block.)
func titleReference(s string) (open int, ref string, ok bool) {
	for len(s) > 0 && isSpaceASCII(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if !strings.HasSuffix(s, ")") {
		return -1, "", false
	}
	// The reference holds no "(": only the last one can open it.
	open = strings.LastIndexByte(s, '(')
	if open < 0 || !isReference(s[open+1:len(s)-1]) {
		return -1, "", false
	}
	return open, s[open+1 : len(s)-1], true
}

// hasTitleReference reports whether s ends with a vacancy reference.
func hasTitleReference(s string) bool {
	_, _, ok := titleReference(s)
	return ok
}

// isReference reports a vacancy reference: five to eight digits, or one
// to six capitals, an optional "-" or space, at least three digits and
// then digits, "-" and "/".
func isReference(r string) bool {
	isDigit := func(c byte) bool { return '0' <= c && c <= '9' }
	digits := 0
	for digits < len(r) && isDigit(r[digits]) {
		digits++
	}
	if digits == len(r) {
		return digits >= 5 && digits <= 8
	}
	i := 0
	for i < len(r) && 'A' <= r[i] && r[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 6 {
		return false
	}
	if i < len(r) && (r[i] == '-' || r[i] == ' ') {
		i++
	}
	start := i
	for i < len(r) && isDigit(r[i]) {
		i++
	}
	if i-start < 3 {
		return false
	}
	for ; i < len(r); i++ {
		if !isDigit(r[i]) && r[i] != '-' && r[i] != '/' {
			return false
		}
	}
	return true
}

// isURLLine reports a line that is only a URL: what
// ^(?:https?://|www\.)\S+$ matches.
func isURLLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "http://")
	if !ok {
		rest, ok = strings.CutPrefix(s, "https://")
	}
	if !ok {
		rest, ok = strings.CutPrefix(s, "www.")
	}
	return ok && rest != "" && !strings.ContainsAny(rest, reSpace)
}

// splitMarker returns the list marker at the start of text and the rest.
func splitMarker(text string) (marker, rest string, ok bool) {
	n := markerLen(text)
	if n == 0 {
		return "", text, false
	}
	marker = text[:n]
	rest = strings.TrimSpace(text[n:])
	if rest == "" {
		return "", text, false
	}
	// "A. Smith" or "U.S." are not list items; a single upper-case
	// letter needs ")" to count.
	if len(marker) == 2 && marker[1] == '.' && unicode.IsUpper(rune(marker[0])) {
		return "", text, false
	}
	if len(marker) == 2 && marker[1] == '.' && unicode.IsLower(rune(marker[0])) && reAbbrevAfterLetter.MatchString(rest) {
		return "", text, false
	}
	return marker, rest, true
}

// markerLen returns the length of the list marker that starts s, or 0: a
// match of markerPattern followed by white space or the end of s, as
// ^(markerPattern)(?:\s+|$) finds it. (By hand: it runs for every line
// and paragraph, and a regular expression match allocates its
// submatches.)
func markerLen(s string) int {
	n := 0
	switch r, size := utf8.DecodeRuneInString(s); {
	case r == '(':
		// "(a)": a number closed by ")".
		if k := numberLen(s[1:]); k > 0 && s[k] == ')' {
			n = k + 1
		}
	case r == '-' || r == '–' || r == '*' || strings.ContainsRune(bulletChars, r):
		n = size
	default:
		n = numberLen(s) // "1.", "a)", "iv."
	}
	if n == 0 || n < len(s) && !isSpaceASCII(s[n]) {
		return 0
	}
	return n
}

// markerStyle groups markers that belong to the same list level: "1." and
// "2." share a style, "a)" and "a." do not.
func markerStyle(m string) string {
	m = strings.TrimPrefix(m, "(")
	if m == "" {
		return ""
	}
	last := m[len(m)-1]
	body := m[:len(m)-1]
	if last != '.' && last != ')' {
		return m // a bullet character is its own style
	}
	var kind int // index in markerStyles of the style closed by "."
	switch {
	case body[0] >= '0' && body[0] <= '9':
		kind = 0 // "1."
	case len(body) > 1: // ii, iv, …: a single "i" is taken as a letter
		kind = 2 // "i."
	case unicode.IsUpper(rune(body[0])):
		kind = 4 // "A."
	default:
		kind = 6 // "a."
	}
	if last == ')' {
		kind++
	}
	return markerStyles[kind]
}

// markerStyles are the styles of numbered and lettered markers, each
// closed by "." then by ")", written once rather than built per item.
var markerStyles = [...]string{"1.", "1)", "i.", "i)", "A.", "A)", "a.", "a)"}

// isFirstMarker reports whether a marker opens a list ("1.", "a)", "i.",
// or any bullet).
func isFirstMarker(m string) bool {
	b := strings.Trim(m, "().")
	b = strings.TrimSuffix(b, ")")
	switch b {
	case "1", "a", "A", "i", "I":
		return true
	}
	r, _ := utf8.DecodeRuneInString(b)
	return len(b) == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

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

func classify(l Line) lineInfo {
	li := lineInfo{Line: l, text: strings.TrimSpace(l.Text)}
	t := li.text
	if m, rest, ok := splitMarker(t); ok {
		li.marker, li.rest = m, rest
	}
	if f, label, value, _, ok := matchField(t); ok && li.marker == "" {
		li.field, li.label, li.value = f, label, value
	}
	// A heading starts with a capital or a section number: "competencies:"
	// in lower case is the end of a sentence wrapped in a narrow column.
	if kind, _, ok := lookupHeading(t); ok && li.field == "" && !startsLower(t) {
		li.heading = kind
	}
	li.caps = isCapsLine(t)
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".!?:;", r) {
		li.endsSen = true
	}
	return li
}

// isCapsLine reports a short line in capitals, the way notices set their
// section headings when they have no fonts (text dumps).
func isCapsLine(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false // most lines: stop at the first small letter
			}
			letters++
		}
	}
	return letters >= 4 && wordCount(t) <= 14
}

// wordCount is len(strings.Fields(s)) without building the slice.
func wordCount(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			inWord = false
		case !inWord:
			inWord = true
			n++
		}
	}
	return n
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
	words := wordCount(li.text)
	if li.Size >= 1.15 && words <= 20 {
		return true
	}
	// A bold line is a heading when it is short and reads like one: no
	// final full stop or exclamation, no sentence with commas ("Apply
	// until 22 June 2025, at 23.59, Brussels time").
	if li.Bold && words <= 14 && !strings.ContainsRune(".!", lastRune(li.text)) &&
		!(strings.Contains(li.text, ",") && words > 6) {
		return true
	}
	return li.caps && !strings.ContainsRune(",;)", lastRune(li.text))
}

// assembleLines turns the lines of a page-based source into blocks.
func assembleLines(lines []Line) []Block {
	lines = pairLabelCells(lines)
	infos := make([]lineInfo, 0, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l.Text)
		if t == "" {
			continue
		}
		if isURLLine(t) && urlInterrupts(lines, i) {
			// A link's URL printed in the middle of a sentence (a text
			// dump typeset again): the sentence goes on without it.
			continue
		}
		if isLoneBullet(t) {
			// A bullet with its text on the next line keeps it; a stray
			// one (a shape the layout could not place) carries nothing.
			if i+1 < len(lines) && lines[i+1].Pos.Page == l.Pos.Page &&
				lines[i+1].Indent > l.Indent && lines[i+1].Indent < l.Indent+3 {
				if _, _, ok := splitMarker(strings.TrimSpace(lines[i+1].Text)); !ok && strings.TrimSpace(lines[i+1].Text) != "" {
					lines[i+1].Text = t + " " + strings.TrimSpace(lines[i+1].Text)
				}
			}
			continue
		}
		infos = append(infos, classify(l))
	}
	// A document opens on its header fields until its first section heading.
	a := assembler{infos: infos, header: true, out: make([]Block, 0, len(infos)/2)}
	for i := range infos {
		a.add(&infos[i])
	}
	a.flush()
	return a.out
}

type assembler struct {
	out   []Block
	cur   *Block // the block being built from wrapped lines: nil or &block
	block Block  // where cur is built, not allocated block by block
	boxes []Box  // the blocks' boxes, allocated a slab at a time
	// The text of cur grows in buf as lines join it, and cur.Text catches
	// up only when it is read (curText): a paragraph of n lines is not
	// copied whole at each of its n joins.
	buf   []byte
	stale bool      // cur.Text is behind buf
	last  *lineInfo // the previous line
	infos []lineInfo
	hyph  *hyphenation // built on the first join
	// list state: styles of the open list levels, outer first, and the
	// indent of each level's items.
	styles   []string
	indents  []float64
	listPage int // page of the last list item
	// header is true between a title and the next heading, where the
	// header fields stand.
	header bool
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
		if a.cur.Kind == Heading && a.cur.Level != 1 && wordCount(a.cur.Text) > 14 {
			// Set in bold over several lines, but a sentence, not a
			// heading: "Please note that you can apply for up to…".
			if _, _, known := lookupHeading(a.cur.Text); !known {
				a.cur.Kind, a.cur.Level = Paragraph, 0
			}
		}
		if a.cur.Text != "" || a.cur.Kind == Field {
			a.out = append(a.out, *a.cur)
		}
		a.cur = nil
	}
}

func (a *assembler) start(b Block, li *lineInfo) {
	a.flush()
	b.Pos = li.Pos
	if li.Box != nil {
		b.Box = a.newBox(*li.Box) // a copy: the block's box grows with its lines
	}
	a.block = b
	a.cur, a.stale = &a.block, false
}

// newBox returns a pointer to a copy of b, from a slab of boxes: a full
// slab is left to the blocks that point into it.
func (a *assembler) newBox(b Box) *Box {
	if len(a.boxes) == cap(a.boxes) {
		a.boxes = make([]Box, 0, max(16, len(a.infos)/4))
	}
	a.boxes = append(a.boxes, b)
	return &a.boxes[len(a.boxes)-1]
}

func (a *assembler) add(li *lineInfo) {
	prev := a.last
	a.last = li
	switch {
	case li.LeadBold > 0 && li.LeadBold < len(li.text) && li.marker == "":
		// A run-in heading: "Essential: The candidate must:" with the
		// label in bold. The bold run is a heading when it ends like one.
		// Only a known section heading is split off: a bold label in
		// a list whose bullets were drawn as shapes ("Achievement: Works
		// to meet standards.") stays one paragraph.
		head := strings.TrimSpace(li.text[:li.LeadBold])
		if _, _, ok := lookupHeading(head); ok && li.field == "" {
			a.start(Block{Kind: Heading, Level: 4, Text: head}, li)
			a.flush()
			a.start(Block{Kind: Paragraph, Text: strings.TrimSpace(li.text[li.LeadBold:])}, li)
			a.resetList()
			return
		}
	}
	if a.header && li.field == "" && li.marker == "" {
		// Between the title and the first section, a known label needs
		// no colon: table cells lose theirs ("Emplacement principal
		// États-Unis-Norfolk").
		if f, label, value, _, ok := matchFieldBare(li.text); ok {
			li.field, li.label, li.value = f, label, value
		} else if e, ok := lookupKey(fieldByKey, li.text); ok {
			// A label alone: its value is on the next line.
			li.field, li.label = e.Field, strings.TrimRight(li.text, " :")
		}
	}
	switch {
	case hasTitleReference(li.text) && a.continuesTitle(prev, li):
		// The last line of a wrapped title: the block is the title.
		a.join(prev, li)
		a.cur.Kind, a.cur.Level = Heading, 1
		a.flush()
		a.header = true
	case hasTitleReference(li.text) && li.field == "":
		a.start(Block{Kind: Heading, Level: 1, Text: li.text}, li)
		a.flush()
		a.resetList()
		a.header = true
	case a.cur != nil && a.cur.Kind == Heading && li.heading == "" && li.field == "" && a.sameHeading(prev, li):
		a.join(prev, li) // a heading, or a bold sentence, wrapped over lines
	case li.field != "":
		a.start(Block{Kind: Field, Label: li.label, Text: li.value}, li)
		a.resetList()
	case a.continuesField(prev, li):
		a.join(prev, li)
	case li.marker != "" && li.heading == "" && !(a.cur != nil && a.cur.Kind == Heading && a.sameHeading(prev, li)):
		depth := a.listDepth(li)
		a.start(Block{Kind: ListItem, Marker: li.marker, Depth: depth, Text: li.rest}, li)
	case li.heading == "" && !li.Bold && li.Size < 1.15 && prev != nil && !prev.endsSen &&
		a.cur != nil && (a.cur.Kind == Paragraph || a.cur.Kind == ListItem) && !a.breaksBefore(prev, li):
		// A line in capitals ("OSCP);", "NATO HQ") inside an unfinished
		// sentence is its continuation, not a heading.
		a.join(prev, li)
	case li.isHeadingLine():
		if a.cur != nil && a.cur.Kind == Heading && a.sameHeading(prev, li) {
			a.join(prev, li) // a heading wrapped over two lines
			return
		}
		level := 3
		if li.Size >= 1.3 {
			level = 2
		}
		a.start(Block{Kind: Heading, Level: level, Text: li.text}, li)
		a.resetList()
		if li.heading != "" {
			a.header = false // the first section: the header fields are over
		}
	case a.cur != nil && (a.cur.Kind == Paragraph || a.cur.Kind == ListItem) && !a.breaksBefore(prev, li):
		a.join(prev, li)
	default:
		if a.cur != nil && a.cur.Kind == Heading && prev != nil && prev.heading == "" && !prev.caps && !a.breaksBefore(prev, li) && !prev.Bold && prev.Size < 1.15 {
			// A line taken for a heading by its shape that the next
			// line continues was a paragraph after all.
			a.cur.Kind, a.cur.Level = Paragraph, 0
			a.join(prev, li)
			return
		}
		a.start(Block{Kind: Paragraph, Text: li.text}, li)
	}
}

// continuesField reports whether li carries on the value of the field on
// the previous line: a table cell's value wrapped and indented under it,
// an open parenthesis closed on the next line ("NATO International Staff
// (NATO" / "IS)"), or in the header region a short tail ("Monthly").
func (a *assembler) continuesField(prev, li *lineInfo) bool {
	if a.cur == nil || a.cur.Kind != Field || prev == nil || prev.field == "" ||
		li.field != "" || li.marker != "" || li.heading != "" || li.Break ||
		li.Pos.Page != prev.Pos.Page || li.Gap >= 0.3 || hasTitleReference(li.text) {
		return false
	}
	v := a.curText()
	switch {
	case v == "" && prev.value == "":
		return true // the value under a label standing alone
	case li.Indent > prev.Indent+2:
		return true
	case strings.Count(v, "(") > strings.Count(v, ")"):
		return true
	case strings.HasPrefix(li.text, "(") || startsLower(li.text):
		return true
	}
	return a.header && wordCount(li.text) <= 2 && !li.endsSen
}

// continuesTitle reports whether a line ending with the reference
// finishes a title begun on the previous lines, as in "Programme de stages
// de l'OTAN - Division Diplomatie publique" / "(PDD) (250715)".
func (a *assembler) continuesTitle(prev, li *lineInfo) bool {
	if a.cur == nil || len(a.curText()) > 200 || prev == nil || li.Pos.Page != prev.Pos.Page {
		return false
	}
	switch a.cur.Kind {
	case Heading:
		if _, _, known := lookupHeading(a.curText()); known {
			return false
		}
		// A heading's last line may stand apart (a larger line gap):
		// only a short tail holding the reference joins it, or a line
		// set like the heading, never a whole title line after a banner.
		return wordCount(li.text) <= 3 || a.sameHeading(prev, li)
	case Paragraph:
		// A short paragraph that never ends a sentence is the start of
		// the title, however short its lines.
		titleStart := !strings.ContainsAny(a.curText(), ".!?:;") && li.Gap < 0.5 && wordCount(a.curText()) <= 25
		return titleStart || !a.breaksBefore(prev, li)
	}
	return false
}

// sameHeading reports whether li continues the heading set on prev: both
// in capitals (text dumps), or both in the same large or bold font.
func (a *assembler) sameHeading(prev, li *lineInfo) bool {
	if prev == nil || a.breaksBefore(prev, li) {
		return false
	}
	// A line that is a known heading on its own starts a new heading,
	// unless the line above stops short of a sentence ("INFO-SESSION ON
	// THE VACANCY AND" / "RECRUITMENT PROCESS").
	if li.heading != "" && !endsDangling(prev.text) {
		return false // two headings stacked: "2. QUALIFICATIONS…" / "ESSENTIAL"
	}
	if prev.heading != "" && !endsDangling(prev.text) {
		if _, exact := lookupKey(headingByKey, prev.text); exact {
			return false // "Selection Criteria" is whole; a bold sentence follows
		}
	}
	if prev.caps && li.caps {
		return true
	}
	sameFont := prev.Bold == li.Bold && prev.Size > 0 && math.Abs(prev.Size-li.Size) < 0.05
	return sameFont && (prev.Size >= 1.15 || prev.Bold)
}

// endsDangling reports a line that cannot end its sentence or heading: it
// stops on a function word ("AND", "DE", "SUR LE") or a hyphen.
func endsDangling(text string) bool {
	if strings.HasSuffix(text, "-") {
		return true
	}
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	last := text[strings.LastIndexFunc(text, unicode.IsSpace)+1:]
	if last == "" {
		return false
	}
	var buf [32]byte
	_, ok := functionLang[string(appendLower(buf[:0], last))]
	return ok
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
		if !startsLower(li.text) && (prev.Fill > 0 && prev.Fill < 0.7) {
			return true
		}
		return !languagesAgree(prev.text, li.text)
	}
	// An unfinished sentence followed by a lower-case line goes on,
	// whatever the spacing (TeX stretches lines to fill a column).
	if !prev.endsSen && startsLower(li.text) && li.marker == "" && li.Gap < 1.5 {
		return false
	}
	if li.Gap >= 0.5 {
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
		// organisationnelle :" / "comprend la structure…".
		onward := startsLower(li.text) && li.marker == "" &&
			(a.cur != nil && a.cur.Kind == ListItem || prev.Fill >= 0.85)
		return !onward
	}
	if isURLLine(prev.text) || isURLLine(li.text) {
		return true
	}
	// A line well short of the measure that ends a sentence ends its
	// paragraph; a long one is wrapped. A line shorter still ends it even
	// without punctuation ("Communiquer avec le public"): a wrapped line
	// is cut only when the next word does not fit.
	if prev.endsSen && prev.Fill > 0 && prev.Fill < 0.8 && startsUpper(li.text) {
		return true
	}
	if prev.Fill > 0 && prev.Fill < 0.45 && startsUpper(li.text) && !endsDangling(prev.text) && !strings.ContainsRune(",/–", lastRune(prev.text)) &&
		strings.Count(prev.text, "(") <= strings.Count(prev.text, ")") {
		return true
	}
	// A line opening with a bold label after a finished sentence starts
	// an item whose bullet was drawn, not typed.
	if prev.endsSen && (li.LeadBold > 0 || startsWithLabel(li.text)) {
		return true
	}
	// A short line, then another "Label: value" line: two entries
	// ("Direct reports: N/a" / "Indirect reports: N/a.").
	if startsWithLabel(li.text) && startsWithLabel(prev.text) && prev.Fill > 0 && prev.Fill < 0.6 {
		return true
	}
	// A change of font weight or size marks a new block in PDFs.
	if prev.Bold != li.Bold && prev.endsSen {
		return true
	}
	return false
}

// languagesDisagree reports two texts with evidence for different
// languages.
func languagesDisagree(a, b string) bool {
	la, lb := languageLean(a), languageLean(b)
	return la > 0 && lb < 0 || la < 0 && lb > 0
}

// languagesAgree reports two texts that both show evidence for the same
// language.
func languagesAgree(a, b string) bool {
	la, lb := languageLean(a), languageLean(b)
	return la > 0 && lb > 0 || la < 0 && lb < 0
}

// languageLean is the evidence for English minus the evidence for French.
func languageLean(text string) float64 {
	ev := langEvidence(Block{Text: text})
	return ev[en] - ev[fr]
}

// startsWithLabel reports a line that opens with a short capitalised
// label and a colon, "Empathy: Listens actively." or "Empathie : écoute
// activement.", the shape of a definition-list item.
func startsWithLabel(s string) bool {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 60 || !startsUpper(s) {
		return false
	}
	label := s[:i]
	n := wordCount(label)
	return n >= 1 && n <= 6 && !strings.ContainsAny(label, ".;!?")
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '«' || r == '"' || r == '“'
}

// join appends a wrapped line to the current block, re-joining a word
// hyphenated at the line end.
func (a *assembler) join(prev, li *lineInfo) {
	if !a.stale {
		a.buf = append(a.buf[:0], a.cur.Text...)
	}
	if a.hyph == nil && bytes.HasSuffix(a.buf, []byte("-")) {
		// The document's words are gathered only when a line ends
		// with a hyphen: most lines never need them.
		texts := make([]string, len(a.infos))
		for i := range a.infos {
			texts[i] = a.infos[i].text
		}
		a.hyph = newHyphenation(texts)
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

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	return s[i+1:]
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if i < 0 {
		return s
	}
	return s[:i]
}

// listDepth returns the nesting depth of a new list item from its marker
// style and indentation, updating the list state.
func (a *assembler) listDepth(li *lineInfo) int {
	style := markerStyle(li.marker)
	// Indents are measured from a column's edge, which moves from page
	// to page: compare them only within a page.
	samePage := li.Pos.Page == a.listPage
	a.listPage = li.Pos.Page
	if a.cur != nil && a.cur.Kind == Paragraph && isFirstMarker(li.marker) && len(a.styles) > 0 {
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
			if !(samePage && isFirstMarker(li.marker) && li.Indent > a.indents[i]+1) {
				a.styles, a.indents = a.styles[:i+1], a.indents[:i+1]
				a.indents[i] = li.Indent
				return i
			}
			break
		}
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
	for j > 0 && isURLLine(strings.TrimSpace(lines[j-1].Text)) {
		j--
	}
	k := i
	for k+1 < len(lines) && isURLLine(strings.TrimSpace(lines[k+1].Text)) {
		k++
	}
	if j == 0 || k+1 >= len(lines) {
		return false
	}
	before, after := strings.TrimSpace(lines[j-1].Text), strings.TrimSpace(lines[k+1].Text)
	return before != "" && !strings.ContainsRune(".!?:;", lastRune(before)) && startsLower(after)
}

// isLoneBullet reports a line that is only a bullet character.
func isLoneBullet(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n == len(t) && strings.ContainsRune(bulletChars, r)
}

// isBareLabel reports a line that is only a header field label, as in the
// left cell of a two-column header table.
func isBareLabel(text string) bool {
	if len(text) > 60 {
		return false
	}
	first := text
	if i := strings.IndexByte(text, ' '); i > 0 {
		first = text[:i]
	}
	if known, _ := lookupKey(labelFirstWords, first); !known {
		return false
	}
	_, ok := lookupKey(fieldByKey, text)
	return ok
}

// pairLabelCells rebuilds the rows of a two-column header table on a PDF
// page ("Primary Location" | "Belgium-Brussels"), which a layout reading
// column by column would otherwise tear apart: a line that is only a field
// label takes as its value the line beside it at the same height, plus
// the lines below that value that wrap within the same cell.
func pairLabelCells(lines []Line) []Line {
	type pair struct{ label, value int }
	var pairs []pair
	used := map[int]bool{}
	// Whether each line is a bare label, asked once per line, not once
	// per line and label.
	bare := make([]bool, len(lines))
	for i, l := range lines {
		bare[i] = l.Box != nil && isBareLabel(l.Text)
	}
	for i, l := range lines {
		if !bare[i] {
			continue
		}
		best := -1
		for j, v := range lines {
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
		v := lines[p.value]
		values[p.label] = append(values[p.label], v.Text)
		// Wrapped value lines: same cell column, below this value and
		// above the next row's.
		floor := v.Box.Y0 - 2*(v.Box.Y1-v.Box.Y0)
		if k+1 < len(pairs) && lines[pairs[k+1].value].Pos.Page == v.Pos.Page {
			floor = lines[pairs[k+1].value].Box.Y1
		}
		for j, w := range lines {
			if used[j] || w.Box == nil || w.Pos.Page != v.Pos.Page || math.Abs(w.Box.X0-v.Box.X0) > 2 {
				continue
			}
			if w.Box.Y1 < v.Box.Y0+1 && w.Box.Y0 > floor-1 {
				used[j] = true
				values[p.label] = append(values[p.label], w.Text)
			}
		}
	}
	out := make([]Line, 0, len(lines))
	for i, l := range lines {
		if used[i] {
			continue
		}
		if vs, ok := values[i]; ok {
			l.Text = strings.TrimSpace(l.Text) + ": " + strings.Join(vs, " ")
			l.Break = true
		}
		out = append(out, l)
	}
	return out
}
