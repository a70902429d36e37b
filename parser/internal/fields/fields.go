// Package fields recognises the header fields of a notice in its section
// stream: one stage after the readers, so that every format gets the same
// rules. A reader yields "Label: value" lines as Field blocks where it can
// see them; this stage finds the fields a layout hides:
//
//   - a label on a line of its own and its value on the next, with blank
//     lines between (careers sites, pdftotext of browser PDFs), or in the
//     next table cell or <div>;
//   - a run of labels followed by a run of values (a header table read
//     column by column);
//   - fields glued together with no separator, as job boards flatten a
//     header ("Primary LocationBE-MonsNATO BodySupreme…"), or several on
//     one line ("Location: Lyon Company: Interpol");
//   - a value written before its label ("262318 Requisition #");
//   - a heading glued to the text it introduces ("PRINCIPAL DUTIESThe
//     incumbent's duties are:").
//
// It asks the vocabulary which words are labels and headings.
package fields

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// Recognize returns blocks with the header fields the layout hid made
// into Field blocks. blocks is not changed. It stops with the context's
// error when ctx is done. When noField is not nil, Recognize adds to it
// every text it found opens with no field label, with or without its
// colon (v.Field(text, true) says no): v.Field(text, false), which the
// extraction asks of every paragraph, says no to it too.
func Recognize(ctx context.Context, v *vocab.Vocabulary, blocks []stream.Block, noField map[string]bool) ([]stream.Block, error) {
	tick := budget.NewTicker(ctx)
	// Two passes: the first reads each block's place in the layout
	// (glued labels, the header, bare fields), the second cuts the blocks
	// that hold several fields (appendSplit). In one loop the code of
	// both did not fit the instruction cache (cachegrind).
	read := make([]stream.Block, 0, len(blocks))
	inHeader := make([]bool, 0, len(blocks))
	header := true
	run := 0    // blocks left in a run of bare fields outside the header
	carry := "" // a label glued to the end of the block before, whose value this block is
	for i, b := range blocks {
		if err := tick.Tick(); err != nil {
			return nil, err
		}
		if carry != "" {
			b.Text = strings.TrimRight(carry, " :：") + ": " + b.Text
			carry = ""
		}
		if b.Kind != stream.Field && b.Text != "" && b.Text[0] >= utf8.RuneSelf {
			// "## 🎯 What we're looking for", "- ✅ 5+ years of…": a
			// wiki's icons before a heading or an item, no words of
			// theirs; "📍 Location: Brussels", an icon before a label.
			if r, _ := utf8.DecodeRuneInString(b.Text); isPictogram(r) {
				if t := strings.TrimLeftFunc(b.Text, isPictogram); t != "" && (b.Kind != stream.Paragraph || labelled(v, t)) {
					b.Text = t
				}
			}
		}
		if i+1 < len(blocks) && blocks[i+1].Kind == stream.Paragraph {
			// "Belgium-BrusselsNATO Body" / "NATO Standardization
			// Office (NSO)Schedule" / "Full-time…": a board that glues
			// each label to the value before it, and breaks the line
			// before the label's own value.
			if at := trailingGluedLabel(v, b); at > 0 {
				carry, b.Text = b.Text[at:], strings.TrimSpace(b.Text[:at])
			} else if at := trailingSpacedLabel(v, blocks[:i], b, blocks[i+1]); at > 0 {
				carry, b.Text = b.Text[at:], strings.TrimSpace(b.Text[:at])
			}
		}
		if !header && run == 0 {
			run = bareRun(v, blocks[i:], noField)
		}
		switch {
		case b.Kind == stream.Heading && isSectionHeading(v, b.Text) && !inMenu(blocks, i):
			// The first section: the header is over. ("About us"
			// among a site's menu items is no section.)
			header = false
		case header:
			// Already in a header: a title or a banner would only say so
			// again. (A notice without sections, a press release, is
			// read as its header throughout: no paragraph of it needs
			// the banner test.)
		case b.Kind == stream.Heading && b.Level == 1, vocab.EndsWithReference(b.Text), vocab.IsBanner(b.Text):
			header = true // a title or a banner: the other half's header follows
		}
		if header || run > 0 {
			b = bare(v, b, noField)
		}
		if run > 0 {
			run--
		}
		read, inHeader = append(read, b), append(inHeader, header)
	}
	out := make([]stream.Block, 0, len(blocks)+8)
	facts := factItems(v, read, inHeader)
	for i, b := range read {
		if facts[i] > 0 {
			out = append(out, fieldOf(b, b.Text[:facts[i]], strings.TrimSpace(b.Text[facts[i]:])))
			continue
		}
		out = appendSplit(out, v, b, inHeader[i])
	}
	return pair(&tick, v, out) // out is Recognize's own: pair may write over it
}

// factItems returns, for each block outside the header that is an item
// of a list of facts whose labels the layout glued to their values
// ("En bref" / "• RéférenceFRF-MG/RH/2036/03", "• Date limite de
// candidaturemardi 12 février 2036": a sidebar's spans run together),
// where its label ends; 0 for every other block. A list counts when
// minGluedFields items in a row or more open that way: one such item
// may be a word that starts like a label.
func factItems(v *vocab.Vocabulary, blocks []stream.Block, inHeader []bool) []int {
	ends := make([]int, len(blocks))
	for i := 0; i < len(blocks); {
		j, known, unknown := i, 0, 0
		for ; j < len(blocks) && blocks[j].Kind == stream.ListItem && !inHeader[j]; j++ {
			if known+unknown < j-i {
				continue // (most lists are let go on their first item)
			}
			if ends[j] = gluedFactLabel(v, blocks[j].Text); ends[j] > 0 {
				known++
			} else if ends[j] = unknownGluedLabel(blocks[j].Text); ends[j] > 0 {
				unknown++ // "RattachementReprésentation de Madagascar"
			}
		}
		if known+unknown < j-i || known < minGluedFields || maxUnknownFactShare*unknown > known+unknown {
			clear(ends[i:j]) // no list of facts
		}
		i = max(j, i+1)
	}
	return ends
}

// gluedFactLabel returns where a field label that opens text glued to
// its value ends ("RéférenceFRF-MG…", "Salaire4 200 000…", "Prise de
// poste1er avril"; "Date limite de candidaturemardi…"), or 0.
func gluedFactLabel(v *vocab.Vocabulary, text string) int {
	if s, ok := v.LeadingSpan(text); ok && s.Field != "" && s.Glued && s.End < len(text) {
		return s.End
	}
	if s, ok := v.GluedFieldLabel(text); ok {
		return s.End
	}
	return 0
}

// maxUnknownFactShare: a list of facts holds at most one label in three
// the tables do not know.
const maxUnknownFactShare = 3

// unknownGluedLabel returns where a label the tables do not know ends
// that opens text glued to its capitalised value, in a list of facts
// ("RattachementReprésentation de Madagascar": a word in small letters,
// then a capital with no space), or 0.
func unknownGluedLabel(text string) int {
	first, n := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(first) {
		return 0
	}
	prev := first
	for i := n; i < len(text) && i <= maxUnknownLabelBytes; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ':
			return 0 // the label's first word ends unglued
		case unicode.IsUpper(r):
			if i > n && unicode.IsLower(prev) {
				return i // "Rattachement|Représentation", a label of two runes at least
			}
			return 0 // "ÉQUIPE", "iPhone": capitals run on, or none open the word
		case !unicode.IsLower(r):
			return 0
		}
		prev = r
		i += size
	}
	return 0
}

// trailingGluedLabel returns where a known field label starts that ends a
// paragraph's or a field's value glued to the word before it
// ("Belgium-BrusselsNATO Body", "…(NSO)Schedule"), or -1. Only a tail
// that starts where a capital is glued on is looked up, whole: most
// blocks have no such place and are let go without a search for labels.
func trailingGluedLabel(v *vocab.Vocabulary, b stream.Block) int {
	if b.Kind != stream.Paragraph && b.Kind != stream.Field || len(b.Text) > maxValueBytes {
		return -1
	}
	t := b.Text
	// A label longer than maxGluedLabelBytes is never read, so the glue
	// points are looked for only in the tail where one may start: a
	// value of up to maxValueBytes is not decoded rune by rune back to
	// its start.
	from := len(t) - maxGluedLabelBytes
	for end := len(t); ; {
		at := lastGluePoint(t[:end], from)
		if at < 0 || len(t)-at > maxGluedLabelBytes {
			return -1
		}
		if f, ok := v.Label(t[at:]); ok && f != "" {
			return at
		}
		end = at
	}
}

// trailingSpacedLabel returns where the label of another field starts
// that a layout ran on, after a space, at the end of a field's value (a
// Field's, or a paragraph's after a label alone), when the next block is
// that label's value ("Duty station" / "Headquarters, Ouagadougou
// (Burkina Faso), with missions to member countries Working time" / "40
// hours per week, Monday to Friday": a label's line wrapped into the
// value before it); or -1. The label is the value's last words, two or
// more, a known label whole, a capital first, of another field than the value's,
// after a word that does not join a name ("Ministry of Labour" ends on
// no label).
func trailingSpacedLabel(v *vocab.Vocabulary, before []stream.Block, b, next stream.Block) int {
	if b.Kind != stream.Field && b.Kind != stream.Paragraph || b.Text == "" || len(b.Text) > maxValueBytes {
		return -1
	}
	// The tail first, the cheapest test: most values end on no label.
	t := b.Text
	at, field, end := -1, "", len(t)
	for n := 0; n < maxTrailingLabelWords; n++ {
		i := strings.LastIndexByte(t[:end], ' ')
		if i <= 0 {
			break
		}
		end = i
		if n == 0 {
			continue // (a label of two words or more: "Multinational MRTT Unit", "Tax Policy Division" end on a name's word)
		}
		tail := t[i+1:]
		if r, _ := utf8.DecodeRuneInString(tail); !unicode.IsUpper(r) || strings.ContainsAny(tail, "()0123456789") {
			continue // ("Multinational MRTT Unit (MMU)": a name and its acronym)
		}
		if f, ok := v.Label(tail); ok && f != "" {
			at, field = i+1, f
		}
	}
	if at <= 0 {
		return -1
	}
	head := strings.TrimSpace(t[:at])
	if k := strings.LastIndexByte(head, ' '); head == "" || vocab.IsNameJoiner(head[k+1:]) {
		return -1
	}
	if _, ok := v.Label(head); ok || words.IsCaps(t) || strings.Contains(t, "|") {
		// "START DATE: PUBLISHED CLOSING DATE", "Grade | Nombre de
		// postes | Date limite": a row of labels, its values on the
		// next line in the same order.
		return -1
	}
	var own string
	switch {
	case b.Kind == stream.Field:
		own, _ = v.Label(b.Label)
	case len(before) > 0:
		l := labelAlone(v, before[len(before)-1])
		if l == "" {
			return -1
		}
		own, _ = v.Label(l)
	default:
		return -1
	}
	if field == own || !isValue(v, next) {
		return -1
	}
	return at
}

// maxTrailingLabelWords bounds the label trailingSpacedLabel looks for.
const maxTrailingLabelWords = 3

// maxGluedLabelBytes bounds the tail read as a glued label: the longest
// labels of the tables and a margin.
const maxGluedLabelBytes = 60

// lastGluePoint returns the offset of the last capital of s glued after a
// small letter, a figure, a closing bracket or a percent sign ("100%Type
// de contrat"), or -1; only a capital at from or after it counts (the
// rune before it may stand before from).
func lastGluePoint(s string, from int) int {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		if i < from {
			return -1 // every capital left starts before from
		}
		if !unicode.IsUpper(r) || i == 0 {
			continue
		}
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); gluesOn(p) {
			return i
		}
	}
	return -1
}

// gluesOn reports a rune that a capital right after it is glued to: a
// small letter, a figure, a closing bracket or a percent sign
// ("MonthlyGrade", "2029Référence", "70%Type").
func gluesOn(p rune) bool {
	return unicode.IsLetter(p) && !unicode.IsUpper(p) || unicode.IsDigit(p) || strings.ContainsRune(")]%", p)
}

// inMenu reports a block between a site's menu items: short lines on
// both sides, three at least.
func inMenu(blocks []stream.Block, i int) bool {
	item := func(j int) bool {
		if j < 0 || j >= len(blocks) {
			return false
		}
		b := &blocks[j]
		return b.Kind == stream.Paragraph && stream.MenuShaped(b.Text)
	}
	return item(i-1) && item(i+1) && (item(i-2) || item(i+2))
}

// isSectionHeading reports a heading that opens a section of the notice
// other than its header. (A heading that is also a label,
// "Remuneration", may be a field's label set as a heading.)
func isSectionHeading(v *vocab.Vocabulary, text string) bool {
	k, known := v.Heading(text)
	return known && k != "header" && !isLabel(v, text)
}

func isLabel(v *vocab.Vocabulary, text string) bool {
	_, ok := v.Label(text)
	return ok
}

// minBareRun is how many lines in a row, each a known label and a value
// without a colon, make a header outside the header region: the second
// half's header after a rule, "Employer SFOE" / "Workload 80-100%" /
// "Place of work Bern". Fewer could be sentences that open with a label
// word.
const minBareRun = 3

// bareRun returns the length of the run of bare fields blocks opens
// with, or 0 when it is shorter than minBareRun.
func bareRun(v *vocab.Vocabulary, blocks []stream.Block, noField map[string]bool) int {
	n := 0
	for _, b := range blocks {
		if bare(v, b, noField).Kind != stream.Field || b.Kind == stream.Field {
			break
		}
		n++
	}
	if n < minBareRun {
		return 0
	}
	return n
}

// bare reads a line of a notice's header as a field when it starts with
// a label whose colon the layout lost ("• Location Paris, France" from a
// page of <span> pairs, "Grade A2" from a table): in a header a label
// needs no colon before a value shaped like one. A text that opens with
// no label is added to noField (see Recognize), if not nil.
func bare(v *vocab.Vocabulary, b stream.Block, noField map[string]bool) stream.Block {
	if b.Kind != stream.Paragraph && b.Kind != stream.ListItem {
		return b
	}
	// The field first: nearly every line is rejected on its first word,
	// and then needs no other test.
	f, label, value, ok := v.Field(b.Text, true)
	if !ok && noField != nil {
		noField[b.Text] = true
	}
	if !ok || f == "" || value == "" {
		return b
	}
	if _, ok := v.Label(b.Text); ok {
		return b // a label alone ("Salary (Pay Basis)"): paired below
	}
	if _, ok := v.Heading(b.Text); ok {
		return b // "Company Description" is a heading
	}
	if f == "location" && vocab.PlaceNamesPost(value) {
		// "Community Recreation and Wellness Coordinator": a title that
		// opens with a place label's word, no field.
		return b
	}
	b.Kind, b.Label, b.Text, b.Marker, b.Depth = stream.Field, label, value, "", 0
	return b
}

// Limits of a value that stands apart from its label: a name, a place, a
// date, an amount or a code, never a paragraph of prose.
const (
	maxValueWords = 20
	maxValueBytes = 160
)

// appendSplit appends to dst the blocks b holds: several fields, or a
// heading glued to its text, cut apart. Most blocks go alone. (It
// appends rather than return a slice: a slice of one block for each
// block was an allocation per block.)
func appendSplit(dst []stream.Block, v *vocab.Vocabulary, b stream.Block, header bool) []stream.Block {
	var text string
	switch b.Kind {
	case stream.Paragraph, stream.Heading:
		text = b.Text
	case stream.ListItem:
		// "• Closing date10 May 2026": a header's list of facts whose
		// label and value the layout glued together.
		if !header {
			return append(dst, b)
		}
		// Only a label at the item's start counts, and LeadingSpan is
		// the first span FindLabels would find there: the item's labels
		// are looked for only after one leads it.
		if lead, ok := v.LeadingSpan(b.Text); ok && lead.Field != "" && lead.Glued && lead.End < len(b.Text) {
			// (The spans are asked again what the lead was: a text too long
			// to search has none.)
			if spans := v.FindLabelsLed(b.Text, lead, ok); len(spans) > 0 && spans[0].Start == 0 && spans[0].Field != "" && spans[0].Glued && spans[0].End < len(b.Text) {
				return append(dst, fieldsAt(b, b.Text, spans)...)
			}
		}
		return append(dst, b)
	case stream.Field:
		// "Deadline for applications: Reserve list valid until:", two
		// labels whose values a column layout put elsewhere.
		if t := b.Text; strings.HasSuffix(t, ":") && words.CountAtMost(strings.TrimRight(t, " :"), maxLabelWords+1) <= maxLabelWords {
			l, rest := b, b
			l.Text = ""
			rest.Kind, rest.Label = stream.Paragraph, ""
			return append(dst, l, rest)
		}
		// "Clearance" / "LevelNATO SECRET", "Post" / "Title:Scientific
		// Officer": a reader took the first word of a longer label glued
		// to its value for the label.
		whole := b.Label + " " + b.Text
		if s, ok := v.LeadingSpanPast(whole, len(b.Label)+1); ok && s.Field != "" && (s.Glued || s.Colon) && s.End > len(b.Label)+1 {
			return append(dst, fieldsAt(b, whole, v.FindLabelsLed(whole, s, ok))...)
		}
		if strings.Contains(b.Text, stream.PipeSep) {
			// "Location" / "Zurich | Workload 80–100% | …": a reader took
			// a row of facts for one field.
			if facts := pipeFields(v, b, b.Label+" "+b.Text); facts != nil {
				return append(dst, facts...)
			}
		}
		return appendSplitValue(dst, v, b)
	default:
		return append(dst, b)
	}
	if text != "" && text[0] >= utf8.RuneSelf {
		if facts := pictogramFacts(v, b, text); facts != nil {
			return append(dst, facts...)
		}
	}
	// Every case below opens with a label or a heading, but the value
	// before its label, which is a word: most paragraphs are prose, let
	// go on their first words.
	lead, leads := v.LeadingSpan(text)
	if b.Kind == stream.Paragraph && stopGlued(text) && gluePoints(text, 1) > 0 {
		// "…to join its team of six people.Job descriptionPrepare the
		// monthly payroll…": a board that ran a notice's parts into one
		// paragraph glued a heading between two sentences.
		if at, end := gluedHeadingInside(v, text); at > 0 {
			head, h, rest := b, b, b
			head.Text = strings.TrimSpace(text[:at])
			h.Kind, h.Level, h.Text = stream.Heading, max(b.Level, 3), text[at:end]
			rest.Text = strings.TrimSpace(text[end:])
			return appendSplit(append(appendSplit(dst, v, head, header), h), v, rest, header)
		}
	}
	if (!leads || !lead.Glued && !lead.Colon) && b.Kind == stream.Paragraph && gluePoints(text, minGluedFields) >= minGluedFields {
		if facts := gluedFacts(v, b, text); facts != nil {
			return append(dst, facts...)
		}
	}
	if leads && lead.Field == "" && lead.Colon && b.Kind == stream.Paragraph && gluePoints(text[lead.End:], minGluedFields) >= minGluedFields {
		// "Informations : ÉtablissementCentre hospitalier de RodezLieu
		// d'exerciceRodez…": a heading before its colon, then the box
		// of facts a board glued together.
		// The facts are read as if the heading stood on its own line.
		if rest := strings.TrimLeft(text[lead.End:], " \u00a0:"); rest != "" {
			if r, ok := v.LeadingSpan(rest); ok && r.Field != "" && r.Glued {
				h, facts := b, b
				h.Kind, h.Level, h.Text = stream.Heading, max(b.Level, 3), strings.TrimSpace(text[:lead.End])
				facts.Text = rest
				return appendSplit(append(dst, h), v, facts, header)
			}
		}
	}
	if leads && lead.Field != "" && strings.Contains(text, stream.PipeSep) {
		if facts := pipeFields(v, b, text); facts != nil {
			return append(dst, facts...)
		}
	}
	if b.Kind == stream.Paragraph && strings.Contains(text, stream.PipeSep) {
		if facts := mixedPipeFields(v, b, text); facts != nil {
			return append(dst, facts...)
		}
	}
	if !leads && words.CountAtMost(text, maxLabelWords+1) > maxLabelWords+1 && !opensWithLabel(text) {
		return append(dst, b)
	}
	if leads && !lead.Glued && !lead.Colon && lead.End < len(text) {
		return append(dst, b)
	}
	if !leads && !numberFirst(text) && colonsAtMost(text, minFieldsInLine) < minFieldsInLine {
		// Without a label at its start (LeadingSpan is the first span
		// FindLabels would find there), a text is cut below only as a
		// header on one line, minFieldsInLine labels each before a
		// colon of its own, or as a number before its label
		// ("262318 Requisition #"), the number in its first word: a
		// text with neither is kept whole, and its labels, searched
		// for in every word of a text with a colon, need not be.
		return append(dst, b)
	}
	spans := v.FindLabelsLed(text, lead, leads)
	if len(spans) == 0 {
		return append(dst, b)
	}
	first := spans[0]
	switch {
	case first.Start == 0 && first.Field == "" && first.Glued && first.End < len(text):
		// A heading glued to its first sentence.
		h := b
		h.Kind, h.Level, h.Text = stream.Heading, max(b.Level, 3), text[:first.End]
		rest := b
		rest.Kind, rest.Level, rest.Text = stream.Paragraph, 0, strings.TrimSpace(text[first.End:])
		return appendSplit(append(dst, h), v, rest, header)
	case first.Start == 0 && first.Field != "" && (first.Glued || first.Colon):
		if gluedFields(spans) >= minGluedFields {
			spans = withLowerGlued(v, text, spans)
		}
		return append(dst, fieldsAt(b, text, spans)...)
	case first.Start > 0 && strings.Contains(text[:first.Start], ":") && colonFields(spans) >= minFieldsInLine:
		// "Announcement: CJOS-26-04 Post: CJOS CDE 0210 Grade: B3
		// Duty station: Norfolk…": a header on one line that opens
		// with labels we do not know.
		head := b
		head.Text = strings.TrimSpace(text[:first.Start])
		rest := b
		rest.Text = text[first.Start:]
		return append(append(dst, head), fieldsAt(rest, rest.Text, shift(spans, first.Start))...)
	case len(spans) == 1 && strings.TrimRight(text[first.End:], " :") == "" && first.Field != "" && first.Start > 0:
		// "262318 Requisition #", "2291 Vacancy notice no:": a short
		// value, then its label; a pictogram a site prints before the
		// value ("📅 260388 Requisition #") is no part of it.
		// (Only a label that names a number takes one before it: "37.5
		// hours per week", "2 Grade" are a value with its unit whole.)
		value := strings.TrimSpace(strings.TrimLeftFunc(text[:first.Start], isPictogram))
		if words.Count(value) == 1 && strings.ContainsAny(value, "0123456789") &&
			(first.Field == "reference" || first.Field == "post_number" || namesNumber(text[first.Start:first.End])) {
			return append(dst, fieldOf(b, text[first.Start:first.End], value))
		}
	}
	return append(dst, b)
}

// gluedHeadingInside returns where a known heading glued between two
// sentences starts and ends in text, a stop right before it and a
// capital right after it ("people.Job descriptionPrepare"), or 0, 0;
// none in a box of facts ("…6:00 p.m.Language requirementsEnglish
// essentialClosing date…").
func gluedHeadingInside(v *vocab.Vocabulary, text string) (start, end int) {
	spans := v.FindLabels(text)
	if gluedFields(spans) >= minGluedFields {
		return 0, 0 // a box of facts, whose labels gluedFacts reads
	}
	for _, s := range spans {
		if s.Field == "" && s.Kind != "" && s.Start > 1 && text[s.Start-1] == '.' && words.IsLowerByte(text[s.Start-2]) &&
			s.End < len(text) && isUpperASCIIByte(text[s.End]) {
			return s.Start, s.End
		}
	}
	return 0, 0
}

// stopGlued reports a stop with a small letter before it and a capital
// right after it ("people.Job"), where a heading may be glued between
// two sentences: most paragraphs have none, and are let go without a
// search for labels.
func stopGlued(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if text[i] == '.' && isUpperASCIIByte(text[i+1]) && words.IsLowerByte(text[i-1]) {
			return true
		}
	}
	return false
}

func isUpperASCIIByte(c byte) bool { return 'A' <= c && c <= 'Z' }

// minGluedFields is how many labels glued on, each a field's, make a line
// a board's box of facts whose separators were lost ("Details At A
// GlanceLocation Dakar, SenegalJob Type Full TimeSalary USD …").
const minGluedFields = 3

// gluePoints counts, up to max, the ASCII capitals of s glued after a
// small letter, a figure, a closing bracket, a percent sign, a letter
// outside ASCII or a sentence's stop: a cheap count of lastGluePoint's places, read forward a
// byte at a time, that lets nearly every paragraph go before its labels
// are looked for.
func gluePoints(s string, max int) int {
	n := 0
	for i := 1; i < len(s) && n < max; i++ {
		if c := s[i]; c < 'A' || c > 'Z' {
			continue
		}
		if p := s[i-1]; 'a' <= p && p <= 'z' || '0' <= p && p <= '9' || p == ')' || p == '%' || p >= utf8.RuneSelf ||
			p == '.' && i > 1 && 'a' <= s[i-2] && s[i-2] <= 'z' { // "…Réseaux.Lieu de travail"
			n++
		}
	}
	return n
}

// gluedFacts returns what a text opens with, then one Field per label
// glued on that is a field's, each with the text up to the next; nil
// when fewer than minGluedFields such labels are glued on. Headings'
// words glued on ("…RequiredExperience 5+ years") stay in the values:
// a box of facts holds no parts of the notice.
func gluedFacts(v *vocab.Vocabulary, b stream.Block, text string) []stream.Block {
	var cuts []vocab.Span
	spans := v.FindLabels(text)
	for _, s := range spans {
		if s.Field != "" && s.Glued && s.Start > 0 && words.StartsUpper(text[s.Start:]) {
			cuts = append(cuts, s)
		}
	}
	if len(cuts) < minGluedFields {
		return nil
	}
	cuts = withLowerGlued(v, text, cuts)
	// "…GradeNATO Grade G15Description": the heading glued on at the
	// end opens the notice's text.
	tail := len(text)
	if last := spans[len(spans)-1]; last.Field == "" && last.Glued && last.End == len(text) && last.Start > cuts[len(cuts)-1].End {
		tail = last.Start
	}
	var out []stream.Block
	if head := strings.TrimSpace(text[:cuts[0].Start]); head != "" {
		h := b
		h.Text = head
		out = append(out, h)
	}
	out = append(out, fieldsAt(b, text[:tail], cuts)...)
	if tail < len(text) {
		h := b
		h.Kind, h.Level, h.Text = stream.Heading, max(b.Level, 3), text[tail:]
		out = append(out, h)
	}
	return out
}

// gluedFields counts the spans of field labels glued on.
func gluedFields(spans []vocab.Span) int {
	n := 0
	for _, s := range spans {
		if s.Field != "" && s.Glued {
			n++
		}
	}
	return n
}

// withLowerGlued returns cuts with the labels added that a value of the
// box of facts hides because a word in small letters is glued on after
// them ("HoursFull timeSalaryfrom €2,950…", "Temps pleinPrise de
// posteaoût 2032"): in a box of facts, a field label glued after a
// value's small letter opens the next field all the same. A label's
// words in small letters after a space are the value's own. A label
// glued to a value in small letters after a space opens a field too
// ("…18 jours de RTT Rémunérationentre 2 712 €…": a grid of facts
// whose rows the page parts with a line end only).
func withLowerGlued(v *vocab.Vocabulary, text string, cuts []vocab.Span) []vocab.Span {
	kept := cuts[:0:0]
	for k, c := range cuts {
		if k > 0 && !c.Colon && !words.StartsUpper(text[c.Start:]) && strings.HasSuffix(text[:c.Start], " ") {
			continue // "35 heures par semaineStatut…": a value's words, glued to the next label
		}
		kept = append(kept, c)
	}
	var out []vocab.Span
	for k, c := range kept {
		out = append(out, c)
		end := len(text)
		if k+1 < len(kept) {
			end = kept[k+1].Start
		}
		for i := c.End + 1; i < end; i++ {
			if ch := text[i]; ch < 'A' || ch > 'Z' {
				// ("…Temps pleinÉchelle salarialede 78 500 $…": a
				// capital outside ASCII opens a label too.)
				if r, _ := utf8.DecodeRuneInString(text[i:]); ch < utf8.RuneSelf || !unicode.IsUpper(r) {
					continue
				}
			}
			if p, _ := utf8.DecodeLastRuneInString(text[:i]); !gluesOn(p) && p != ' ' && !capitalsBeforeWord(text, i) {
				continue
			}
			if s, ok := v.GluedFieldLabel(text[i:end]); ok {
				s.Start, s.End = i, i+s.End
				out = append(out, s)
				i = s.End
			}
		}
	}
	return out
}

// capitalsBeforeWord reports a capital at i that ends a run of capitals
// and opens a word in small letters: a label glued to a value in
// capitals ("…18 jours de RTTRémunérationentre…").
func capitalsBeforeWord(text string, i int) bool {
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	_, n := utf8.DecodeRuneInString(text[i:])
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsUpper(p) && unicode.IsLower(next)
}

// mixedPipeFields reads a board's row of facts that opens with no label
// ("Job ID R-2034-4471 | Company Barco NV | Location Kortrijk…"), some
// of its cells perhaps without one ("NATO Force Integration Unit
// Estonia | Tallinn, Estonia | Full-time | Grade: LC-3 | Salary: EUR
// 2,185 gross per month | Closing date: 20 November 2035"): each
// labelled cell a field, each other a paragraph of its own.
// minGluedFields labelled cells at least, half the cells or more, make
// the row one of facts (a site's menu names a label in passing:
// "Careers | Location Zurich | Sign in").
func mixedPipeFields(v *vocab.Vocabulary, b stream.Block, text string) []stream.Block {
	cells, labelled := pipeCells(v, b, text)
	if labelled < minGluedFields || 2*labelled < len(cells) {
		return nil
	}
	return cells
}

// pipeFields returns one Field per part of a row of facts parted by
// stream.PipeSep, each part a known label and its value with or without a colon,
// or nil when a part is not.
func pipeFields(v *vocab.Vocabulary, b stream.Block, text string) []stream.Block {
	cells, labelled := pipeCells(v, b, text)
	if labelled == 0 || labelled < len(cells) {
		return nil
	}
	return cells
}

// pipeCells reads the cells of a row parted by stream.PipeSep: a Field
// for each that opens with a known label and a value, a paragraph for
// each other; labelled counts the fields. A cell whose words go on with
// its label's noun ("Salary scales", "Location of our offices": a menu's
// links, continuesLabel) is no field. Nil when text is no such row, or
// when a cell has a colon after a label the tables do not know: the row
// is a board's tags, not the post's facts ("Réf. Novojob : NJ-482615 |
// Secteur : Eau | Expérience : Moins d'un an").
func pipeCells(v *vocab.Vocabulary, b stream.Block, text string) (cells []stream.Block, labelled int) {
	if !stream.IsPipeRow(text) {
		return nil, 0
	}
	for part := range strings.SplitSeq(text, stream.PipeSep) {
		part = strings.TrimSpace(part)
		if s, ok := v.LeadingSpan(part); ok && s.Field != "" && s.End < len(part) && !continuesLabel(trimValue(part[s.End:])) {
			cells = append(cells, fieldOf(b, part[:s.End], trimValue(part[s.End:])))
			labelled++
			continue
		}
		if strings.ContainsAny(part, ":：") {
			return nil, 0
		}
		p := b
		p.Text = part
		cells = append(cells, p)
	}
	return cells, labelled
}

// continuesLabel reports a cell's words after a label that go on with
// the label's own noun, as a menu's links do ("Salary scales", "Location
// of our offices", "Grade descriptions"): a word of a phrase, not a
// value ("from EUR 3,000", "hybrid (London)", "as soon as possible" are
// values).
func continuesLabel(value string) bool {
	w := strings.ToLower(words.First(value))
	return slices.Contains(phraseWords, w) || words.CountAtMost(value, 2) == 1 && strings.HasSuffix(w, "s") && words.StartsLower(value)
}

// phraseWords go on with the noun before them: "Location of our offices".
var phraseWords = []string{"of", "de", "du", "des", "for", "pour"}

// fieldOf returns block b made a Field of label and value: the same
// place, no list's marker or depth, no heading's level.
func fieldOf(b stream.Block, label, value string) stream.Block {
	b.Kind, b.Level, b.Marker, b.Depth = stream.Field, 0, "", 0
	b.Label, b.Text = label, value
	return b
}

// numberFirst reports whether the first word of text, after the
// pictograms and spaces it may open with, has a digit: the value of a
// label that ends a text ("262318 Requisition #") is that word.
//
// No ASCII character is a pictogram: a text that opens with one other
// than a space, nearly every text, has its first word read a byte at a
// time, and a rune decoded only where one outside ASCII may end it.
func numberFirst(text string) bool {
	if text != "" && (text[0] >= utf8.RuneSelf || words.IsSpaceByte(text[0])) {
		text = strings.TrimLeftFunc(text, isPictogram)
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case '0' <= c && c <= '9':
			return true
		case c < utf8.RuneSelf:
			if words.IsSpaceByte(c) {
				return false
			}
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n
		}
	}
	return false
}

// colonsAtMost counts the colons of text, ":" and "：" (the mark each
// label of a header on one line stands before), up to max.
func colonsAtMost(text string, max int) int {
	n := 0
	for _, colon := range [...]string{":", "："} {
		for t := text; n < max; n++ {
			i := strings.Index(t, colon)
			if i < 0 {
				break
			}
			t = t[i+len(colon):]
		}
	}
	return n
}

// opensWithLabel reports a text that opens with a short capitalised
// label we may not know and its colon: "Announcement: CJOS-26-04…".
func opensWithLabel(text string) bool {
	// (A board glues the value to the colon: "Published:14 April 2026".)
	i := strings.IndexByte(text[:min(len(text), maxUnknownLabelBytes+2)], ':')
	return i > 0 && words.StartsUpper(text) && words.CountAtMost(text[:i], maxLabelWords+1) <= maxLabelWords
}

// maxUnknownLabelBytes bounds a label read before its colon that the
// vocabulary does not hold.
const maxUnknownLabelBytes = 30

// minFieldsInLine is how many known labels, each before its colon, make a
// line a header written on one line whatever it opens with.
const minFieldsInLine = 3

// colonFields counts the spans that are a field's label before a colon.
func colonFields(spans []vocab.Span) int {
	n := 0
	for _, s := range spans {
		if s.Colon && s.Field != "" {
			n++
		}
	}
	return n
}

// labelled reports a text that opens with a label and its colon.
func labelled(v *vocab.Vocabulary, text string) bool {
	_, _, _, ok := v.Field(text, false)
	return ok
}

// pictogramFacts returns one Field per fact of a line that opens with an
// icon the tables know as a fact's label, each icon a label ("📍
// Fos-sur-Mer (13) 🏢 Air Liquide France Industrie ⏱ Temps plein"); nil
// for any other line.
func pictogramFacts(v *vocab.Vocabulary, b stream.Block, text string) []stream.Block {
	type cut struct{ start, end int }
	var cuts []cut
	for i, r := range text {
		if r < utf8.RuneSelf || !unicode.Is(unicode.So, r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		if _, ok := v.Label(text[i:end]); !ok {
			continue
		}
		if strings.HasPrefix(text[end:], "\ufe0f") {
			end += len("\ufe0f")
		}
		cuts = append(cuts, cut{i, end})
	}
	if len(cuts) == 0 || cuts[0].start != 0 {
		return nil
	}
	out := make([]stream.Block, 0, len(cuts))
	for k, c := range cuts {
		next := len(text)
		if k+1 < len(cuts) {
			next = cuts[k+1].start
		}
		value := strings.Trim(text[c.end:next], " ·|•")
		if value == "" {
			return nil
		}
		if _, label, val, ok := v.Field(value, false); ok {
			// "… 💶 Salary: €75,000": the icon only dresses a label.
			out = append(out, fieldOf(b, label, val))
			continue
		}
		out = append(out, fieldOf(b, text[c.start:c.end], value))
	}
	return out
}

// isPictogram reports a symbol a site prints as an icon before a value:
// emoji and other pictographs, and the spaces after them.
func isPictogram(r rune) bool {
	return unicode.Is(unicode.So, r) || unicode.IsSpace(r) || r == '\ufe0f'
}

// fieldsAt cuts text, which starts with a label, into one Field per label
// that marks a boundary (glued on and capitalised, or before a colon),
// and a Heading for a heading glued on after them. A label's words in
// small letters glued only to the next label are words of the value
// ("EUR 5,904.12 basic monthly salaryClosing date…").
func fieldsAt(b stream.Block, text string, spans []vocab.Span) []stream.Block {
	var cuts []vocab.Span
	for i, s := range spans {
		if i == 0 || s.Glued && words.StartsUpper(text[s.Start:]) || s.Colon && s.Field != "" {
			cuts = append(cuts, s)
		}
	}
	var out []stream.Block
	for i, s := range cuts {
		end := len(text)
		if i+1 < len(cuts) {
			end = cuts[i+1].Start
		}
		value := trimValue(text[s.End:end])
		var gluedOn string
		if len(cuts) > 1 {
			// (A line of several fields.)
			value, gluedOn = beforeGluedLabel(value)
		}
		// ("…Contract type:Unlimited employmentLanguage:English
		// (Fluent)Place of work:Geneva": a heading's word among a
		// header's fields is one more fact, no part of the notice.)
		fact := s.Colon && i > 0 && value != "" && !strings.ContainsAny(value, ".;") &&
			words.CountAtMost(value, maxFactValueWords+1) <= maxFactValueWords
		if s.Field == "" && !fact {
			f := b
			f.Marker, f.Depth = "", 0
			f.Kind, f.Level, f.Text = stream.Heading, 3, text[s.Start:s.End]
			out = append(out, f)
			if value != "" {
				f.Kind, f.Level, f.Text = stream.Paragraph, 0, value
				out = append(out, f)
			}
			continue
		}
		out = append(out, fieldOf(b, text[s.Start:s.End], value))
		if gluedOn != "" {
			// The field glued on, its label unknown, is a line of its
			// own.
			f := b
			f.Kind, f.Level, f.Marker, f.Depth, f.Text = stream.Paragraph, 0, "", 0, gluedOn
			out = append(out, f)
		}
	}
	return out
}

// beforeGluedLabel parts a value of a header's line of fields from a
// label the vocabulary does not know glued on after it, its colon
// showing it is one, and that label's field: "Full-timeCountry:Honduras",
// "Temps pleinPackage : 360 000 MAD". The
// word the label is glued to has a few letters of its own ("McLean:
// Virginia" is a name).
func beforeGluedLabel(value string) (before, gluedOn string) {
	for i, r := range value {
		if i == 0 || !unicode.IsUpper(r) {
			continue
		}
		if p, _ := utf8.DecodeLastRuneInString(value[:i]); !gluesOn(p) {
			continue
		}
		word := value[strings.LastIndexByte(value[:i], ' ')+1 : i]
		if utf8.RuneCountInString(word) < minGluedWordRunes {
			continue
		}
		colon := strings.IndexByte(value[i:], ':')
		if colon <= 0 {
			return value, ""
		}
		label := strings.TrimRight(value[i:i+colon], " ")
		if l := label[len(label)-1]; '0' <= l && l <= '9' || strings.ContainsAny(label, ",;") ||
			words.CountAtMost(label, maxGluedLabelWords+1) > maxGluedLabelWords || utf8.RuneCountInString(label) < minGluedWordRunes {
			continue // ("LinkedIn: Easy Apply": "In" is the end of a name in two cases)
		}
		return strings.TrimRight(value[:i], " "), value[i:]
	}
	return value, ""
}

// A label glued on after a value: its word before it has this many
// letters at least, and the label this many words at most, as a label
// with its qualifier in parentheses runs ("Net salary (our estimate)").
const (
	minGluedWordRunes  = 3
	maxGluedLabelWords = 5
)

// maxFactValueWords bounds the value of a heading's word read as a fact
// among a header's fields ("Language:English (Fluent)"): more is the
// part's text.
const maxFactValueWords = 6

// appendSplitValue appends to dst the fields a field holds whose value
// swallowed the next label ("Capellen, Luxembourg Company: NSPA"), or
// the field alone.
func appendSplitValue(dst []stream.Block, v *vocab.Vocabulary, b stream.Block) []stream.Block {
	spans := v.FindLabels(b.Text)
	for i, s := range spans {
		// A label in lower case inside a value is words of the value
		// ("…full time monthly net salary: €5,562"): a value swallows
		// only a label written as labels are, with a capital.
		if s.Start > 0 && (s.Colon && s.Field != "" || s.Glued) && words.StartsUpper(b.Text[s.Start:]) && !inCode(b.Text, s) {
			head := b
			head.Text = trimValue(b.Text[:s.Start])
			rest := b
			rest.Kind, rest.Label, rest.Text = stream.Paragraph, "", b.Text[s.Start:]
			more := fieldsAt(rest, rest.Text, append([]vocab.Span{{Start: 0, End: s.End - s.Start, Field: s.Field, Kind: s.Kind, Colon: s.Colon, Glued: s.Glued}}, shift(spans[i+1:], s.Start)...))
			return append(append(dst, head), more...)
		}
	}
	return append(dst, b)
}

// inCode reports a span glued on after a figure and a hyphen, without a
// colon: a word of a code, not a label or a heading ("Job Opening
// Number: 35-Information Management-UNVMC-321209-R-Bogota (O)").
func inCode(text string, s vocab.Span) bool {
	return !s.Colon && s.Start >= 2 && text[s.Start-1] == '-' && '0' <= text[s.Start-2] && text[s.Start-2] <= '9'
}

// shift moves spans found in a text to a text that starts d bytes later.
func shift(spans []vocab.Span, d int) []vocab.Span {
	out := make([]vocab.Span, len(spans))
	for i, s := range spans {
		s.Start, s.End = s.Start-d, s.End-d
		out[i] = s
	}
	return out
}

// trimValue drops what separates a label from its value, and a value
// from the next field on its line ("Organisme : Secrétariat international
// de l'OTAN — Lieu : …": the dash parts the fields, no value ends so).
func trimValue(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, ":：.#")
	s = strings.TrimSpace(s)
	for _, sep := range [...]string{" —", " –", " -", " |", " ·", " •"} {
		if h, ok := strings.CutSuffix(s, sep); ok {
			return strings.TrimSpace(h)
		}
	}
	return s
}

// pair gives the labels that stand alone the values that follow them.
// It writes its blocks over blocks, which it owns (see pairTo).
func pair(tick *budget.Ticker, v *vocab.Vocabulary, blocks []stream.Block) ([]stream.Block, error) {
	return pairTo(tick, v, blocks[:0], blocks)
}

// pairTo is pair appending to out, which may be blocks[:0]: each block
// it writes stands for one or more it has read, and each case reads its
// blocks before it appends, so it writes only where it has read.
func pairTo(tick *budget.Ticker, v *vocab.Vocabulary, out, blocks []stream.Block) ([]stream.Block, error) {
	for i := 0; i < len(blocks); {
		if err := tick.Tick(); err != nil {
			return nil, err
		}
		// A run of labels standing alone, one the tables know among
		// them…
		j, known := i, false
		// A header grid's row of labels, two or three to a row, read
		// label, label, value, value: its first label may be one the
		// tables do not know, in the capitals of its row ("BASE" /
		// "WORKING PATTERN" / "London St Pancras…" / "Full-time…"),
		// when a known one stands alone right after it and the row has
		// as many values as labels.
		gridLead := gridRowLead(v, blocks, i)
		for j < len(blocks) && j-i < maxLabelRun {
			l := labelAlone(v, blocks[j])
			if j == i && gridLead {
				l = strings.TrimSpace(blocks[j].Text)
			}
			if l == "" && j > i && j+1 < len(blocks) && (labelAlone(v, blocks[j+1]) != "" || blocks[j].Kind == stream.Paragraph && valuesFollow(v, blocks[j+1:], j-i+1)) {
				// "Contract" between two labels alone: a label read only
				// before its colon elsewhere ("CONTRACT" heads a section),
				// here one of the run's.
				if t := strings.TrimSpace(blocks[j].Text); blocks[j].Kind != stream.Field && !strings.HasSuffix(t, ":") {
					if _, ok := v.Label(t + ":"); ok {
						blocks[j].Kind, blocks[j].Level, blocks[j].Text = stream.Paragraph, 0, t+":"
						l = labelAlone(v, blocks[j])
					}
				}
			}
			if l == "" {
				break
			}
			_, ok := v.Label(l)
			known = known || ok
			j++
		}
		if j == i || !known {
			if n := between(v, blocks, i, out); n > 0 {
				// "Langue" / "Français" between two known pairs.
				for ; n > 0; n-- {
					f := blocks[i]
					f.Kind, f.Level, f.Label, f.Text = stream.Field, 0, strings.TrimRight(blocks[i].Text, " :："), ""
					out = append(out, withValue(v, f, blocks[i+1]))
					i += 2
				}
				continue
			}
			if i+1 < len(blocks) && wrappedValue(v, blocks[i], blocks[i+1]) {
				// "Lieu : Centre de contrôle international," /
				// "Rambouillet (Yvelines)": a value cut at its line's end
				// after a comma or a word that cannot end it.
				out = append(out, withText(v, blocks[i], blocks[i].Text+" "+blocks[i+1].Text, blocks[i+1]))
				i += 2
				continue
			}
			out = append(out, blocks[i])
			i++
			continue
		}
		// …then as many values.
		k := j
		for k < len(blocks) && k-j < j-i && (isValue(v, blocks[k]) || loneItem(v, blocks, k) || labelledValue(v, blocks[i+k-j], blocks[k])) {
			k++
		}
		labels, values := blocks[i:j], blocks[j:k]
		if gridLead && (len(values) != len(labels) || !factValues(values)) {
			// No grid's row: a heading, or a banner over a field
			// ("EXTERNAL RECRUITMENT" / "Location" / "Brussels" / "The
			// Agency is looking for…", a sentence for the second value).
			out = append(out, blocks[i])
			i++
			continue
		}
		if gridLead {
			b := &blocks[i]
			b.Kind, b.Level, b.Label, b.Text = stream.Field, 0, strings.TrimSpace(b.Text), ""
		}
		switch {
		case len(values) == len(labels):
			// "Title" / "Senior Adviser, Community Responses and Human" /
			// "Rights": a single value's last words wrapped onto the
			// next line of its cell.
			var tail *stream.Block
			if len(values) == 1 && k < len(blocks) && wrappedTail(v, blocks, k) {
				t := blocks[k]
				tail = &t
			}
			values = gridOrder(v, labels, values)
			for n, l := range labels {
				if labelledValue(v, l, values[n]) {
					out = append(out, withText(v, l, labelledText(v, l, values[n]), values[n]))
					continue
				}
				out = append(out, withValue(v, l, values[n]))
			}
			i = k
			if tail != nil {
				out[len(out)-1].Text += " " + tail.Text
				i++
			}
		case len(labels) > 1 && len(values) > 0:
			// Fewer values than labels: the last labels are paired
			// one by one below, the first stand as they are.
			out = append(out, asField(v, labels[0]))
			i++
		default:
			// A label with no value after it: the next block may
			// still be its value written with a label of its own
			// ("Grade" / "NATO Grade G17").
			l := labels[0]
			if j < len(blocks) && blocks[j].Kind == stream.Field && sameField(v, l, blocks[j]) {
				out = append(out, withText(v, l, labelledText(v, l, blocks[j]), blocks[j]))
				i = j + 1
				continue
			}
			out = append(out, asField(v, l))
			i++
		}
	}
	return out, nil
}

// valuesFollow reports n values at the start of blocks: what a label read
// only before its colon elsewhere needs after it to be the last of a run
// of labels alone ("LIEU" / "HORAIRES" / "Bureau de la FIG, Copenhague
// (Danemark)" / "Temps plein, 37 heures par semaine": a header read label,
// label, value, value), not a value under the label before. (A heading
// there, "Temps de travail" / "Contract" / "Fixed-term…" / "Temps plein…",
// is the next column's label, its value not in line.)
func valuesFollow(v *vocab.Vocabulary, blocks []stream.Block, n int) bool {
	if n > len(blocks) {
		return false
	}
	for _, b := range blocks[:n] {
		if !isValue(v, b) {
			return false
		}
	}
	return true
}

// gridOrder returns values in the order of their labels when a grid of
// fields came out with its labels read row by row and its values column
// by column, or the reverse, as pdftotext reads a careers page's grid of
// three columns: "REFERENCE" / "EMPLOYER" / "DUTY STATION" / "GRADE" / …,
// then "AU-IBAR/VA/2042/05" / "P3" / "1 December 2041" / "African Union
// – …". Of the readings of every grid of two to four columns, it keeps
// one where every value of a shaped field (a grade, a code, a
// date, an amount) has its field's shape, when the order as read has
// minGridMisses of them that do not (gridMisses).
func gridOrder(v *vocab.Vocabulary, labels, values []stream.Block) []stream.Block {
	n := len(labels)
	if n < minGridSide*minGridSide {
		return values
	}
	fields := make([]string, n)
	for m, l := range labels {
		fields[m], _ = v.Label(labelAlone(v, l))
	}
	if gridMisses(fields, values) < minGridMisses {
		return values
	}
	for cols := minGridSide; cols <= maxGridSide; cols++ {
		rows := n / cols
		if n%cols != 0 || rows < minGridSide {
			continue
		}
		for _, byRows := range [...]bool{true, false} {
			// Value k read down the columns of a grid whose labels
			// were read along its rows, or the reverse.
			t := make([]stream.Block, n)
			for k := range values {
				if byRows {
					t[(k%rows)*cols+k/rows] = values[k]
				} else {
					t[(k%cols)*rows+k/cols] = values[k]
				}
			}
			if gridMisses(fields, t) == 0 {
				return t
			}
		}
	}
	return values
}

// A grid has two to four columns, and two rows at least; the order as read must miss
// minGridMisses shapes (a header's values in order miss one at most, "Open
// until filled" under a deadline), and the grid's reading none.
const (
	minGridSide   = 2
	maxGridSide   = 4
	minGridMisses = 2
)

// gridMisses counts the values that do not have their field's shape,
// among the fields whose values have one: a grade or a code is a few
// words with a figure (or, a grade, in capitals), not a date; a date
// has its year; an amount has a figure and is no date.
func gridMisses(fields []string, values []stream.Block) int {
	misses := 0
	for m, f := range fields {
		t := strings.TrimSpace(values[m].Text)
		dated, digits := words.HasYear(t), strings.ContainsAny(t, "0123456789")
		short := words.CountAtMost(t, maxCodeWords+1) <= maxCodeWords
		ok := true
		switch f {
		case "grade":
			ok = short && !dated && (digits || words.IsCaps(t))
		case "reference", "post_number":
			ok = short && digits && !(dated && strings.Contains(t, " ")) // "AU-IBAR/VA/2042/05", not "1 May 2042"
		case "deadline", "posted", "start_date", "posting_period":
			ok = dated
		case "salary":
			ok = digits && !dated
		}
		if !ok {
			misses++
		}
	}
	return misses
}

// maxCodeWords bounds a grade or a reference in a grid's cell: "NATO
// Grade G17", "IMS PCD DPB 0070".
const maxCodeWords = 5

// maxLabelRun bounds a run of labels standing alone that pairTo reads
// from one block: a header table's labels, a few dozen at most. (Each
// block of a longer run would read the run again: 100 KB of "Grade"
// lines took the whole time budget.)
const maxLabelRun = 64

// gridRowLead reports a block i that may open a header grid's row of
// labels though the tables do not know it: a heading of a word or three
// in capitals, without figures ("STAFF VACANCY 282236" is a title), no
// heading the tables know, with a label the tables know standing alone
// right after it (pairTo then asks for as many values as labels).
func gridRowLead(v *vocab.Vocabulary, blocks []stream.Block, i int) bool {
	b := blocks[i]
	if b.Kind != stream.Heading || i+1 >= len(blocks) || !unknownLabel(b) || !words.IsCaps(b.Text) || strings.ContainsAny(b.Text, "0123456789") {
		return false
	}
	if _, ok := v.Heading(b.Text); ok {
		return false // a section's heading, or a known banner
	}
	_, known := v.Label(labelAlone(v, blocks[i+1]))
	return known
}

// factValues reports values that are facts, as a grid's cells hold: none
// of them a sentence ("The Agency is looking for…"; "Acme Holdings Inc.",
// "Mon. to Fri." are facts).
func factValues(values []stream.Block) bool {
	for _, v := range values {
		if t := strings.TrimSpace(v.Text); words.IsProse(t) && words.CountAtMost(t, minSentenceWords) >= minSentenceWords {
			return false
		}
	}
	return true
}

// minSentenceWords is the fewest words of a value read as a sentence: a
// cell's fact with a stop in it is shorter.
const minSentenceWords = 8

// wrappedTail reports a block k that ends the value on the line just
// above it, wrapped in a narrow cell: a word or two on the next line,
// the value's line ending with no stop, and a blank line or the page's
// end after it (a table's next row starts after a blank).
func wrappedTail(v *vocab.Vocabulary, blocks []stream.Block, k int) bool {
	val, t := &blocks[k-1], &blocks[k]
	if t.Kind != stream.Paragraph || val.Kind != stream.Paragraph || t.Pos.Page != val.Pos.Page || t.Pos.Line != val.Pos.Line+1 {
		return false
	}
	if words.CountAtMost(t.Text, maxWrappedTailWords+1) > maxWrappedTailWords || strings.ContainsAny(t.Text, ":") || labelAlone(v, *t) != "" {
		return false
	}
	// (A value of a word or two filled no line: "35H/semaine" / "Travail
	// de nuit" are two facts.)
	last, _ := utf8.DecodeLastRuneInString(val.Text)
	if !unicode.IsLetter(last) || words.CountAtMost(val.Text, minWrappedValueWords) < minWrappedValueWords {
		return false
	}
	return k+1 == len(blocks) || blocks[k+1].Pos.Page != t.Pos.Page || blocks[k+1].Pos.Line > t.Pos.Line+1
}

// wrappedValue reports a paragraph t on the line just under location
// field f that ends f's value: the value stops on a comma or on a word no value
// ends with ("déplacements fréquents à" / "Abomey-Calavi et Ouidah"), and
// t is a few words with no label, no colon and no stop of a sentence.
func wrappedValue(v *vocab.Vocabulary, f, t stream.Block) bool {
	if f.Kind != stream.Field || t.Kind != stream.Paragraph || f.Text == "" || t.Pos.Page != f.Pos.Page || t.Pos.Line != f.Pos.Line+1 {
		return false
	}
	if field, _ := v.Label(f.Label); field != "location" {
		return false // ("Posted on: October 25, 2034 by" / "Niagara Parks Commission": a board's line, its own)
	}
	if !v.EndsOpen(f.Text) || strings.Contains(t.Text, "   ") || words.CountAtMost(t.Text, maxWrappedValueWords+1) > maxWrappedValueWords ||
		strings.ContainsAny(t.Text, ":") || strings.HasSuffix(t.Text, ".") || labelAlone(v, t) != "" {
		return false
	}
	return true
}

// maxWrappedValueWords bounds the words of a field's value carried onto
// the next line after an open end: more is a paragraph of its own.
const maxWrappedValueWords = 8

// maxWrappedTailWords bounds the words of a value wrapped onto the next
// line of its cell: a long line there is a paragraph of its own; and
// minWrappedValueWords is the shortest value line read as wrapped.
const (
	maxWrappedTailWords  = 3
	minWrappedValueWords = 4
)

// between returns how many labels the tables do not know, each with its
// value, stand from blocks[i] on in a header written label, value, label,
// value…: a field paired from a label standing alone comes before them,
// and a label the tables know, standing alone, after them. It returns 0
// when blocks[i] is not such a label.
func between(v *vocab.Vocabulary, blocks []stream.Block, i int, out []stream.Block) int {
	if len(out) == 0 {
		return 0
	}
	if prev := out[len(out)-1]; prev.Kind != stream.Field || prev.Text == "" {
		return 0
	}
	for n := 0; n < maxBetweenPairs && i+2*n+1 < len(blocks); n++ {
		l, val := blocks[i+2*n], blocks[i+2*n+1]
		if n > 0 {
			if _, known := v.Label(labelAlone(v, l)); known {
				return n
			}
		}
		if !unknownLabel(l) || !isValue(v, val) {
			return 0
		}
	}
	if j := i + 2*maxBetweenPairs; j < len(blocks) {
		if _, known := v.Label(labelAlone(v, blocks[j])); known {
			return maxBetweenPairs
		}
	}
	return 0
}

// unknownLabel reports a line shaped like a label: a word or three, a
// capital first, no sentence punctuation.
func unknownLabel(l stream.Block) bool {
	if l.Kind != stream.Paragraph && l.Kind != stream.Heading {
		return false
	}
	return stream.UnknownLabel(strings.TrimRight(l.Text, " :："), maxBetweenLabelWords)
}

// Labels the tables do not know, between two known fields: a label is a
// word or three ("Langue", "Diplôme"), and a header has a few of them.
const (
	maxBetweenLabelWords = 3
	maxBetweenPairs      = 3
)

// labelAlone returns the label of a block that is a field label and
// nothing else: a Field without a value, or a paragraph or heading that
// is a label.
func labelAlone(v *vocab.Vocabulary, b stream.Block) string {
	switch b.Kind {
	case stream.Field:
		if b.Text == "" {
			return b.Label
		}
	case stream.Paragraph, stream.Heading:
		t := strings.TrimSpace(strings.TrimRight(b.Text, " :："))
		if _, ok := v.Label(t); ok {
			return t
		}
		// A label the tables do not know, by its colon: "Reserve list
		// valid until:".
		if t != b.Text && stream.UnknownLabel(t, maxLabelWords) {
			return t
		}
	}
	return ""
}

// maxLabelWords bounds a label the tables do not know.
const maxLabelWords = 6

// isValue reports a block that can be the value of a label before it:
// short text that is no label, field or section heading of its own.
// labelledValue reports a value of a run that repeats its label's field
// before it ("NATO grade" … "NATO Grade G18"), read as a field of its own.
func labelledValue(v *vocab.Vocabulary, l, val stream.Block) bool {
	return val.Kind == stream.Field && val.Text != "" && sameField(v, l, val)
}

// labelledText is the value of label l that a field f of the same field
// gives: "Grade" / "NATO Grade G17" → "NATO Grade G17".
func labelledText(v *vocab.Vocabulary, l, f stream.Block) string {
	if startsWithFold(f.Label, labelAlone(v, l)) {
		// "position:" / "Position title: Interpreter": the same label,
		// made precise; its words are no value.
		return f.Text
	}
	if namesNumber(f.Label) {
		// "Vacancy no.:" / "Job ID: 14093": a number's label is no word
		// of the number.
		return f.Text
	}
	if words.StartsLower(f.Label) {
		// "Working hours" / "36 hours per week": the label's words in
		// small letters stood after the value.
		return strings.TrimSpace(f.Text + " " + f.Label)
	}
	return strings.TrimSpace(f.Label + " " + f.Text)
}

// namesNumber reports a label that names a number: "Job ID",
// "Requisition No.", "Numéro de l'offre" ends or opens with its word.
func namesNumber(label string) bool {
	ws := strings.Fields(strings.TrimRight(label, " :"))
	return len(ws) >= 2 && (vocab.IsNumberWord(ws[len(ws)-1]) || ws[len(ws)-1] == "ID" || vocab.IsNumberWord(ws[0]))
}

// loneItem reports a list item alone between a label and what follows,
// a value a site prints with a bullet ("Lieu de travail" / "• 5620
// Florennes"): an item of a longer list is a list's, not a value.
func loneItem(v *vocab.Vocabulary, blocks []stream.Block, k int) bool {
	b := blocks[k]
	if b.Kind != stream.ListItem || k > 0 && blocks[k-1].Kind == stream.ListItem || k+1 < len(blocks) && blocks[k+1].Kind == stream.ListItem {
		return false
	}
	b.Kind = stream.Paragraph
	return isValue(v, b)
}

func isValue(v *vocab.Vocabulary, b stream.Block) bool {
	if b.Kind != stream.Paragraph && b.Kind != stream.Heading || b.Text == "" {
		return false
	}
	if len(b.Text) > maxValueBytes || words.CountAtMost(b.Text, maxValueWords+1) > maxValueWords {
		return false
	}
	if _, ok := v.Heading(b.Text); ok {
		return false
	}
	return labelAlone(v, b) == ""
}

// sameField reports a field block that names the field of label l again
// ("NATO Grade: G17" under "Grade").
func sameField(v *vocab.Vocabulary, l, f stream.Block) bool {
	a, ok1 := v.Label(labelAlone(v, l))
	b, ok2 := v.Label(f.Label)
	return ok1 && ok2 && a == b
}

// startsWithFold reports s starting with prefix and longer, in any case.
func startsWithFold(s, prefix string) bool {
	return len(s) > len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// asField is a label standing alone as a Field without a value.
func asField(v *vocab.Vocabulary, l stream.Block) stream.Block {
	if l.Kind == stream.Field {
		return l
	}
	f := l
	f.Kind, f.Level, f.Label, f.Text = stream.Field, 0, labelAlone(v, l), ""
	return f
}

// withValue is label l with the value of block val.
func withValue(v *vocab.Vocabulary, l, val stream.Block) stream.Block {
	return withText(v, l, val.Text, val)
}

func withText(v *vocab.Vocabulary, l stream.Block, text string, val stream.Block) stream.Block {
	f := asField(v, l)
	f.Text = text
	if f.Box != nil && val.Box != nil && f.Pos.Page == val.Pos.Page {
		box := *f.Box
		box.X0, box.Y0 = min(box.X0, val.Box.X0), min(box.Y0, val.Box.Y0)
		box.X1, box.Y1 = max(box.X1, val.Box.X1), max(box.Y1, val.Box.Y1)
		f.Box = &box
	}
	return f
}
