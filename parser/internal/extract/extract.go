// Package extract turns a notice's section stream into a schema.Vacancy:
// it decides whether the document is a vacancy notice at all
// (vacancy.go), splits the languages (package lang), finds each half's
// title and reference (title.go) and header fields, cuts each half into
// sections (sections.go) and reads the contract fields (criteria,
// competencies, deadline, salary, grade) out of them (values.go). Every
// format reaches it as the same stream.
package extract

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"

	"github.com/vacancy-tools/vacancy/parser/internal/lang"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

// Extract turns a section stream into a vacancy, reading its words with
// v. A document that does not carry the evidence of a vacancy notice is
// refused with failure.ErrNotVacancy. It stops with the context's error
// when ctx is done.
//
// noField, when not nil, holds texts the fields stage found open with no
// field label (fields.Recognize), read with the same vocabulary v: they
// are not looked up again as fields.
func Extract(ctx context.Context, doc *stream.Document, v *vocab.Vocabulary, noField map[string]bool) (*schema.Vacancy, error) {
	blocks := doc.Blocks
	x := &extraction{voc: v, blocks: blocks, facts: make([]blockFacts, len(blocks)), tick: budget.NewTicker(ctx), noField: noField}
	e := x.assess()
	if x.err != nil {
		return nil, x.err
	}
	if e.score() < minNoticeScore {
		return nil, e.refusal()
	}
	for _, b := range blocks {
		if vocab.IsBilingualBanner(b.Text) {
			x.bilingualBanner = true
			break
		}
	}
	// The letterhead and banner before the first title with its reference
	// belong to no half.
	start := max(firstTitle(blocks), 0)
	vac := &schema.Vacancy{SchemaVersion: schema.Version, Languages: []string{}, Warnings: []schema.Warning{},
		Source: schema.Source{Format: doc.Format, Pages: doc.Pages}}
	x.v = vac
	x.prov = make(map[string]schema.Origin, provenanceHint)
	x.neutral = map[string]*[2]*schema.Origin{}
	x.places(start)
	langEvidence := func(i int) [2]float64 { return x.evidence(start + i) }
	halves := lang.SplitWith(v, blocks[start:], langEvidence)
	x.bilingual = len(halves) == 2
	if x.bilingual {
		x.handOverFields(halves, start)
	}
	for _, h := range halves {
		vac.Languages = append(vac.Languages, h.Lang)
		x.folded += h.Folded
		for i := range h.Index {
			h.Index[i] += start // lang.Split numbers blocks[start:]
		}
		x.halfBlocks[langIndex(h.Lang)] = h.Index
		x.half(h)
	}
	if x.err != nil {
		return nil, x.err
	}
	x.fromOtherHalf()
	x.reconcile()
	for _, l := range vac.Languages {
		x.cutTitleTrail(l)
	}
	if vac.Reference == "" {
		x.warn(schema.CodeReferenceNotFound, "/reference", "", "no reference number found")
	}
	x.check()
	vac.Provenance = x.prov
	return vac, nil
}

// mailSubject returns what an e-mail's subject line says, without its
// label and its forwarding marks ("Subject: FW: Vacancy announcement
// ILZSG/SEC/42-02" says "Vacancy announcement ILZSG/SEC/42-02"), and
// whether the line is a subject line.
func mailSubject(line string) (string, bool) {
	label, subject, ok := strings.Cut(line, ":")
	if !ok || !vocab.IsMailSubjectLabel(label) {
		return "", false
	}
	return withoutForwardMarks(strings.TrimSpace(subject)), true
}

// isWholeWord reports w, a word without spaces, standing whole in s: at
// its start or after a space, and at its end or before a space or a
// mark that ends a clause.
func isWholeWord(s, w string) bool {
	if w == "" || strings.IndexByte(w, ' ') >= 0 {
		return false
	}
	for i := 0; i+len(w) <= len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(w)
		if (at == 0 || s[at-1] == ' ') && (end == len(s) || strings.IndexByte(" ,;:)", s[end]) >= 0) {
			return true
		}
		i = at + 1
	}
	return false
}

// extendsValue reports a value that writes an earlier one in full: the
// same words, then a remark in parentheses or after a comma ("Temps
// plein" and "Temps plein (22 périodes par semaine)").
func extendsValue(short, long string) bool {
	return short != "" && (strings.HasPrefix(long, short+" (") || strings.HasPrefix(long, short+", "))
}

// spellsOutCode reports a place written in full after its short form: the
// same town, then the code of its province or country ("Montréal, QC")
// spelled out ("Montréal, Quebec").
func spellsOutCode(short, full string) bool {
	town, code, ok := strings.Cut(short, ", ")
	if !ok || len(code) < 2 || len(code) > 3 || strings.TrimFunc(code, func(r rune) bool { return 'A' <= r && r <= 'Z' }) != "" {
		return false
	}
	rest, ok := strings.CutPrefix(full, town+", ")
	return ok && len(rest) > len(code) && !strings.Contains(rest, ",")
}

// provenanceHint sizes the provenance map for a notice of two halves,
// each with its header fields, a dozen sections and their criteria: the
// map is not grown step by step while the values are read.
const provenanceHint = 64

// firstTitle returns the index of the first block ending with a reference
// number in parentheses, or -1; a site's list of other posts, each with
// its number, has none of the notice's.
func firstTitle(blocks []stream.Block) int {
	for i, b := range blocks {
		if b.Kind != stream.Heading && b.Kind != stream.Paragraph {
			continue
		}
		if vocab.OpensOtherPosts(b.Text) {
			return -1 // the site's other posts, with their references
		}
		if vocab.EndsWithReference(b.Text) {
			return i
		}
	}
	return -1
}

// blockField reads a header field from any block: readers that know the
// label (Markdown bold, HTML tables) give Field blocks, others may give a
// paragraph that starts with a known label.
func (x *extraction) blockField(i int) (field, label, value string, ok bool) {
	if f := x.factsOf(i).field; f != nil {
		return f.field, f.label, f.value, true
	}
	return "", "", "", false
}

// handOverFields moves to the other half the header fields a half holds
// under the other language's label beside the same field under its own
// ("Lieu : Montréal (Québec)" / "Location: Montréal, Quebec", a bilingual
// box of facts that the split kept whole in one half), when the other
// half has no such field. halves' indexes are into x.blocks[start:].
func (x *extraction) handOverFields(halves []lang.Half, start int) {
	type labelled struct{ field, lang string }
	given := [2]map[labelled]bool{{}, {}}
	for k, h := range halves {
		for _, i := range h.Index {
			if f := x.factsOf(start + i).field; f != nil && f.lang != "" {
				given[k][labelled{f.field, f.lang}] = true
			}
		}
	}
	for k, h := range halves {
		other := &halves[1-k]
		var keep []int
		for n, i := range h.Index {
			f := x.factsOf(start + i).field
			if f == nil || f.lang != other.Lang || !given[k][labelled{f.field, h.Lang}] || given[1-k][labelled{f.field, other.Lang}] {
				keep = append(keep, n)
				continue
			}
			at, _ := slices.BinarySearch(other.Index, i)
			other.Index = slices.Insert(slices.Clone(other.Index), at, i)
			other.Blocks = slices.Insert(slices.Clone(other.Blocks), at, h.Blocks[n])
		}
		if len(keep) == len(h.Index) {
			continue
		}
		idx, blocks := make([]int, 0, len(keep)), make([]stream.Block, 0, len(keep))
		for _, n := range keep {
			idx, blocks = append(idx, h.Index[n]), append(blocks, h.Blocks[n])
		}
		halves[k].Index, halves[k].Blocks = idx, blocks
	}
}

// readField is blockField's reading, done once per block, with the
// language of the label of a Field block (for its language evidence).
func (x *extraction) readField(b stream.Block) (field, label, value, lang string, ok bool) {
	switch b.Kind {
	case stream.Field:
		label := b.Label
		if t, cut := vocab.WithoutOtherScript(label); cut {
			label = t // "Référence المرجع"
		}
		f, l, v, lang, ok := x.voc.FieldLang(label+": "+b.Text, false)
		v = withoutLeadMarks(strings.TrimSpace(v))
		if q := strings.TrimSuffix(v, b.Text); ok && len(q) < len(v) && strings.HasPrefix(q, "(") && strings.HasSuffix(strings.TrimSpace(q), ":") {
			// "Basic monthly salary (12 x per year), tax free: EUR
			// 5,738.92": the label's qualifier is no part of its value.
			v = b.Text
		}
		return f, l, v, lang, ok
	case stream.Paragraph, stream.ListItem:
		// Header fields also come as a bulleted list. (A text the fields
		// stage found opens with no label, asking the same vocabulary,
		// is not looked up again.)
		if x.noField[b.Text] {
			return "", "", "", "", false
		}
		f, l, v, ok := x.voc.Field(b.Text, false)
		if ok && len(v) < 120 {
			return f, l, withoutLeadMarks(v), "", true
		}
	}
	return "", "", "", "", false
}

// withoutLeadMarks returns a field's value without what its label's
// layout left before it: a bold's closing stars, a separating dash.
func withoutLeadMarks(value string) string { return withoutSeparator(withoutStrayStars(value)) }

// withoutStrayStars returns a value without the closing stars of its
// label's bold that Markdown left as text, a space having come before
// them ("**Classe : **D.1" gives "D.1"); a value with a bold of its own
// ("**urgent**") keeps its stars.
func withoutStrayStars(value string) string {
	for _, d := range [...]string{"***", "**", "__"} {
		if rest, ok := strings.CutPrefix(value, d); ok && !strings.Contains(rest, d[:2]) {
			return strings.TrimSpace(rest)
		}
	}
	return value
}

// withoutSeparator returns a value without the dash that parted it from
// its label, a careers site's "Label - value" read as a label and its
// value ("Grade - D1" gives "D1", not "- D1").
func withoutSeparator(value string) string {
	for _, d := range [...]string{"- ", "– ", "— "} {
		if rest, ok := strings.CutPrefix(value, d); ok && rest != "" {
			return strings.TrimSpace(rest)
		}
	}
	return value
}

// maxHeaderBlocks bounds the header of a notice after its first field:
// a schedule written without its label is looked for there.
const maxHeaderBlocks = 12

// maxPlaceLines bounds how far under the title a place written without
// its label is looked for: the lines a careers site prints there (the
// body, the place, the schedule).
const maxPlaceLines = 3

// maxBareValueLines is how many more lines under a title are read for a
// grade or a salary printed without its label: a careers site's header
// ("Statistique Canada - Direction…" / "Ottawa (Ontario)" / "EC-05" /
// "Durée indéterminée" / "85 490 $ à 97 590 $").
const maxBareValueLines = 4

// reBareGrade is a grade printed alone on its line: a group's letters, a
// dash and a level ("EC-05", "AS-02"), a subgroup between ("SE-RES-02").
// (Compiled on its first use: few parses reach it; see reTitleGrade.)
var reBareGrade = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Z]{2,4}(?:-[A-Z]{2,4})?-\d{1,2}$`)
})

// reBareGradePay is a grade printed without its label with its pay in
// parentheses: "LS-02 ($80,918 – $96,775)". Group 1 is the grade, group
// 2 the pay.
var reBareGradePay = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([A-Z]{2,4}-\d{1,2}) \((.+)\)$`) })

// maxBareSalaryWords bounds a salary printed alone on its line: "85 490 $
// à 97 590 $", "$85,490 to $97,590".
const maxBareSalaryWords = 8

// isBareSalary reports a line that is an amount or a range of money and
// nothing else.
func isBareSalary(t string) bool {
	return hasMoney(t) && !strings.Contains(t, ":") && words.CountAtMost(t, maxBareSalaryWords+1) <= maxBareSalaryWords
}

type extraction struct {
	voc        *vocab.Vocabulary
	noField    map[string]bool // see Extract
	v          *schema.Vacancy
	deadlines  [2]string // ISO date per half, for reconcile
	salaries   [2]*schema.Salary
	grades     [2]string
	clearances [2]string
	// orgInProse says, per half, that the employer was read from its
	// prose or its closing statements, not from a header field or line.
	orgInProse [2]bool
	refs       [2]string
	// otherLangRef is the number a title line in the other half's
	// language gave, where findTitle let the line go.
	otherLangRef string
	// lineGrade is the grade written after the title on its line, when
	// findTitle took the title from the line without it.
	lineGrade string
	// halfOrg is the value of the half's organisation field, read by
	// findTitle: a line that is the employer's name is no title.
	halfOrg string
	// halfBlocks are the indexes, in blocks, of each half's blocks.
	halfBlocks [2][]int
	// alsoIn are a title or a schedule one half wrote in both languages
	// ("Coordonnateur(trice), Logistique | Coordinator, Logistics"),
	// by half and field: the other half's, where that half prints none.
	alsoIn [2][2]struct {
		text   string
		origin *schema.Origin
	}
	posts [2]string
	// placeNames are the location and organisation values of the
	// notice, which a line alone never is the title; dollar is the
	// currency a bare "$" means there.
	placeNames []string
	// menuTexts are the lines of a site's menu above a half's fields.
	menuTexts []string
	dollar    string
	// dollarRead says the notice's short lines were searched for the
	// country of a bare dollar, which the location did not name.
	dollarRead bool
	// monthFirst says the notice writes slashed dates month first;
	// dateOrderRead that its lines were read for it.
	monthFirst, dateOrderRead bool
	// prov is where each value was read, by JSON Pointer; neutral holds,
	// per half, where a language-neutral value (deadline, grade…) was
	// read, for reconcile to keep the one it keeps.
	prov   map[string]schema.Origin
	folded float64 // evidence of another language folded into a half
	// bilingualBanner is a banner in both languages ("VACANCY
	// NOTIFICATION/ NOTIFICATION DE LA VACANCE DU POSTE"): the notice is
	// meant to have both halves.
	bilingualBanner bool
	// bilingual says the notice has a half in each language.
	bilingual bool
	neutral   map[string]*[2]*schema.Origin
	// tick checks the context in the loops over blocks; err is its error
	// once the context is done, after which the loops stop.
	tick budget.Ticker
	err  error
	// blocks are the document's blocks. facts holds, by index in
	// blocks, what is read of each: the vacancy test, the places and
	// the sections of each half ask it of the same blocks. Indexes, not
	// the texts, name the blocks: hashing a paragraph costs as much as
	// reading it.
	blocks []stream.Block
	facts  []blockFacts
	// origins are where the blocks were read, by index in blocks (see
	// originAt).
	origins []schema.Origin
}

// blockFacts is what blockField and sectionStart say of a block, and its
// clean text. (It is kept small: one is made for every block.)
type blockFacts struct {
	text  string      // words.Clean of the block's text
	field *fieldFacts // nil for a block that is no header field

	// The text as a heading: Heading(text), with its language.
	headingKind, headingLang string

	kind, heading, runIn string // the section the block opens, if opens

	done, isHeading, opens bool
	read                   int // readField, readHeading: how far the facts are read before done

	// furniture is vocab.IsFurniture(text), once furnitureRead: the
	// vacancy test and unknownPart ask it of the same headings.
	furniture, furnitureRead bool
}

// fieldFacts is what blockField says of a block that is a header field,
// with the language of a Field block's label (for its language
// evidence).
type fieldFacts struct {
	field, label, value, lang string

	// The date of a deadline field's value, once deadlineDate has read
	// it: dateOf is the text it was read from ("" until then).
	dateOf, date string
	dateOK       bool
}

// deadlineDate is parseDate(x.dayFirst(value)) for value, the value of
// the deadline field of block i, kept in the block's facts: the vacancy
// test reads the date of every deadline field and a half reads that of
// its own, once between them. The half may read a cleaner form of the
// value than the test did: a date kept is given back only for the very
// same text.
func (x *extraction) deadlineDate(i int, value string) (string, bool) {
	ff := x.factsOf(i).field
	if ff == nil {
		return parseDate(x.dayFirst(value))
	}
	if ff.dateOf != value {
		ff.date, ff.dateOK = parseDate(x.dayFirst(value))
		ff.dateOf = value
	}
	return ff.date, ff.dateOK
}

// factsOf returns the facts of block i, worked out once per block.
func (x *extraction) factsOf(i int) *blockFacts {
	f := &x.facts[i]
	if f.done {
		return f
	}
	if f.read < readField {
		x.readText(i)
	}
	if f.read < readHeading {
		x.readHeading(i)
	}
	x.readSection(i)
	return f
}

// How far a block's facts are read, below done: allFacts reads each
// kind of fact for every block before the next kind.
const (
	readField   = 1 + iota // text and field
	readHeading            // and the text as a heading
)

// readText reads block i's clean text and its header field.
func (x *extraction) readText(i int) {
	f, b := &x.facts[i], x.blocks[i]
	f.text = b.Text
	if b.Text != b.CleanText {
		// A text the reader did not clean (or that a later stage changed):
		// the Markdown and HTML readers clean each block's text already,
		// and reading it again to find it clean was 2 % of their parse.
		f.text = words.Clean(b.Text)
	}
	if field, label, value, lang, ok := x.readField(b); ok {
		f.field = &fieldFacts{field: field, label: label, value: value, lang: lang}
	}
	f.read = readField
}

// readHeading reads block i's clean text as a heading.
func (x *extraction) readHeading(i int) {
	f := &x.facts[i]
	f.headingKind, f.headingLang, f.isHeading = x.voc.HeadingLang(f.text)
	f.read = readHeading
}

// readSection reads the section block i opens, the last of its facts
// (sectionStart reads the block's other facts, and those of the blocks
// before it).
func (x *extraction) readSection(i int) {
	f := &x.facts[i]
	f.done = true
	f.kind, f.heading, f.runIn, f.opens = x.sectionStart(i, x.blocks[i], f)
}

// allFacts works out every block's facts before the vacancy test's loop
// reads them, one kind of fact for every block at a time (the field,
// then the heading, then the section): that loop asks some thirty rules
// of each block, and the readings' code and the loop's do not fit the
// instruction cache together, nor do the three readings' (cachegrind).
func (x *extraction) allFacts() {
	for i := range x.blocks {
		if x.stopped() {
			return
		}
		x.readText(i)
	}
	for i := range x.blocks {
		x.readHeading(i)
	}
	for i := range x.blocks {
		if f := &x.facts[i]; !f.done {
			x.readSection(i)
		}
	}
}

// isFurniture is vocab.IsFurniture(text) for text, block i's text or its
// clean text; the clean text's answer is kept with the block's facts
// (for most blocks both are one string), which the vacancy test and
// unknownPart ask of the same headings (5,000 instructions each on a
// line of a press release).
func (x *extraction) isFurniture(i int, text string) bool {
	f := x.factsOf(i)
	if text != f.text {
		return vocab.IsFurniture(text)
	}
	if !f.furnitureRead {
		f.furniture, f.furnitureRead = vocab.IsFurniture(text), true
	}
	return f.furniture
}

// evidence is the language evidence of block i, v.Evidence(x.blocks[i])
// from the block's facts: its label and its text were matched against
// the tables once, for the fields and sections.
func (x *extraction) evidence(i int) [2]float64 {
	b, f := x.blocks[i], x.factsOf(i)
	headingLang := f.headingLang
	if f.text != b.Text {
		// Evidence reads the text as written, the facts its clean form.
		_, headingLang, _ = x.voc.HeadingLang(b.Text)
	}
	fieldLang := ""
	if f.field != nil && b.Kind == stream.Field {
		fieldLang = f.field.lang
	}
	return x.voc.EvidenceGiven(b, fieldLang, headingLang)
}

// maxTitleAbove bounds the lines above a half read for its title when
// the half opens on its fields: a preamble of banners and titles. The
// other half's fields between them are not counted: a careers page in
// one language prints its own header fields between the title and the
// notice in the other.
const maxTitleAbove = 8

// titleAbove returns a line among the maxTitleAbove blocks above block
// first that can be a title, names a post, and is written in lang, with
// the number it ends with in parentheses; or "".
func (x *extraction) titleAbove(first int, lang string) (title, ref string) {
	seen := 0
	for i := first - 1; i >= 0 && seen < maxTitleAbove; i-- {
		b := &x.blocks[i]
		if b.Kind == stream.Field {
			continue
		}
		seen++
		text := b.Text
		ref = ""
		if open, r, ok := vocab.TitleReference(text); ok {
			text, ref = text[:open], r
		} else if m := reSuffixRef().FindStringSubmatch(text); m != nil {
			text, ref = m[1], m[2]
		}
		if b.Kind != stream.Heading && b.Kind != stream.Paragraph || !x.usableTitle(text) || !vocab.HasJobNoun(text) {
			continue
		}
		// An English title without a word of either language (lean
		// 0: "Program Officer, Climate Resilience") is English when it
		// has no French accent.
		lean := x.voc.Lean(stream.Block{Kind: b.Kind, Text: text})
		if lang == "en" && (lean > 0 || lean == 0 && !vocab.HasFrenchAccent(text)) || lang == "fr" && lean < 0 {
			// ("Standards Officer, Dairy Analytical" / "Methods": a
			// title a PDF wrapped.)
			return x.withWrappedLine(x.blocks, titleFound{x.trimTitle(text), i, ""}).text, ref
		}
	}
	return "", ""
}

// swappedISO returns an ISO date with its month and day swapped, or ""
// when the day cannot be a month.
func swappedISO(d string) string {
	if len(d) != len("2006-01-02") || d[8:] > "12" {
		return ""
	}
	return d[:5] + d[8:] + "-" + d[5:7]
}

func langIndex(lang string) int {
	if lang == "fr" {
		return vocab.FR
	}
	return vocab.EN
}

func strp(s string) *string { return &s }

// stopped reports whether the context is done, checking it now and
// then: the loops over blocks end when it is.
func (x *extraction) stopped() bool {
	if x.err == nil {
		x.err = x.tick.Tick()
	}
	return x.err != nil
}

// warn records a coded warning.
func (x *extraction) warn(code, field, lang, format string, args ...any) {
	x.v.Warnings = append(x.v.Warnings, schema.NewWarning(code, field, lang, format, args...))
}

// originAt is where block i was read, its text as the source shows it.
// The origins of all blocks are made at the first call, together: one
// slice of origins, one of boxes and one string for the texts that join
// a label or a marker to the block's text, rather than an allocation of
// each for every value and section content read. A value read from a
// block shares its origin with the block's section content.
func (x *extraction) originAt(i int) *schema.Origin {
	if x.origins == nil {
		x.makeOrigins()
	}
	return &x.origins[i]
}

// makeOrigins makes the origins of all blocks for originAt.
func (x *extraction) makeOrigins() {
	// The joined texts: "Label: text" of a field, "• text" of a list item.
	joined := func(b *stream.Block) (head, sep string, ok bool) {
		switch {
		case b.Kind == stream.Field:
			return b.Label, ": ", true
		case b.Kind == stream.ListItem && b.Marker != "":
			return b.Marker, " ", true
		}
		return "", "", false
	}
	size, boxes := 0, 0
	for i := range x.blocks {
		b := &x.blocks[i]
		if head, sep, ok := joined(b); ok {
			size += len(head) + len(sep) + len(b.Text)
		}
		if b.Box != nil {
			boxes++
		}
	}
	var sb strings.Builder
	sb.Grow(size)
	ends := make([]int, len(x.blocks)) // where each joined text ends in sb
	for i := range x.blocks {
		b := &x.blocks[i]
		if head, sep, ok := joined(b); ok {
			sb.WriteString(head)
			sb.WriteString(sep)
			sb.WriteString(b.Text)
		}
		ends[i] = sb.Len()
	}
	texts := sb.String()
	x.origins = make([]schema.Origin, len(x.blocks))
	var boxArray [][4]float64
	if boxes > 0 {
		boxArray = make([][4]float64, 0, boxes)
	}
	start := 0
	for i := range x.blocks {
		b, o := &x.blocks[i], &x.origins[i]
		*o = schema.Origin{Page: b.Pos.Page, Line: b.Pos.Line, Text: b.Text}
		if ends[i] > start {
			o.Text = texts[start:ends[i]]
			start = ends[i]
		}
		if b.Box != nil {
			boxArray = append(boxArray, [4]float64{b.Box.X0, b.Box.Y0, b.Box.X1, b.Box.Y1})
			o.Box = &boxArray[len(boxArray)-1]
		}
	}
}

// from records that the value at pointer ptr was read from o.
func (x *extraction) from(ptr string, o *schema.Origin) {
	if o != nil {
		x.prov[ptr] = *o
	}
}

// fromHalf records where half li read a language-neutral value, which
// reconcile reports if it keeps that half's value.
func (x *extraction) fromHalf(ptr string, li int, o *schema.Origin) {
	n := x.neutral[ptr]
	if n == nil {
		n = &[2]*schema.Origin{}
		x.neutral[ptr] = n
	}
	n[li] = o
}

// places reads the location and organisation values of the whole notice
// before its halves: the title search skips them, and the currency of a
// bare dollar comes from the country.
func (x *extraction) places(start int) {
	for i := start; i < len(x.blocks); i++ {
		f, _, value, ok := x.blockField(i)
		if !ok || f != "location" && f != "organisation" {
			continue
		}
		value = words.Clean(value)
		x.placeNames = append(x.placeNames, value)
		for _, part := range strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == '-' || r == '(' || r == ')' }) {
			if p := strings.TrimSpace(part); p != "" {
				x.placeNames = append(x.placeNames, p)
			}
		}
		if x.dollar == "" && f == "location" {
			x.dollar = vocab.DollarOf(value)
		}
	}
}

// maxPlaceLineBytes bounds the lines searched for the country of a bare
// dollar or of a CFA franc: a site's name, an address or a place under
// the title, a footer's address with its telephone ("Ville de Terrebonne
// · 775, rue Saint-Jean-Baptiste, Terrebonne (Québec) J6W 1B5 · 450
// 961-2001"), not the prose that may name any country.
const maxPlaceLineBytes = 120

// placeCurrency is the currency the first short line of the notice
// that names a place of a currency's table names (vocab.DollarOf,
// vocab.CFAFrancOf), or "".
func (x *extraction) placeCurrency(of func(place string) string) string {
	for i := range x.blocks {
		if t := x.blocks[i].Text; len(t) <= maxPlaceLineBytes {
			if c := of(t); c != "" {
				return c
			}
		}
	}
	return ""
}

// dollarOf is the currency a bare "$" in salary means: the location's
// country's dollar, else that of a country, province or city a short
// line of the notice names ("Ontario.ca", "Sudbury, Ontario"). The lines
// are read once, when a salary first needs them.
func (x *extraction) dollarOf(salary string) string {
	if x.dollar != "" || x.dollarRead || !strings.Contains(salary, "$") && !strings.Contains(strings.ToLower(salary), "dollar") {
		return x.dollar
	}
	x.dollarRead = true
	x.dollar = x.placeCurrency(vocab.DollarOf)
	if x.dollar == "" && x.frenchDollars() && x.placeCurrency(otherCountry) == "" {
		// (An international body's French half writes its dollars so
		// too: a line that names its country, Switzerland, says so.)
		x.dollar = "CAD"
	}
	return x.dollar
}

// otherCountry is vocab.NamesOtherCountry in placeCurrency's form.
func otherCountry(place string) string {
	if vocab.NamesOtherCountry(place) {
		return "other"
	}
	return ""
}

// frenchDollars reports a notice that writes an amount in dollars as
// French does, the sign after the figure and a space ("de 31,42 $ à
// 37,96 $"): only Canada writes dollars in French, so a bare "$" there is
// the Canadian dollar even when no line names a place of Canada.
func (x *extraction) frenchDollars() bool {
	for i := range x.blocks {
		if t := x.blocks[i].Text; strings.Contains(t, "$") && reFrenchDollar().MatchString(t) {
			return true
		}
	}
	return false
}

// reFrenchDollar is an amount in dollars written as French writes it,
// its last figure, a space and the sign: "31,42 $", "58 627 $".
var reFrenchDollar = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d[\s\x{a0}\x{202f}]\$`) })

// dayFirst returns a date value with its slashed numeric dates day
// first: as written, unless the notice writes them month first
// ("Posted 04/13/2026"), which is read once, when a value first needs
// it.
func (x *extraction) dayFirst(value string) string {
	if !strings.Contains(value, "/") {
		return value
	}
	if !x.dateOrderRead {
		x.dateOrderRead = true
		x.monthFirst = monthFirst(func(yield func(string) bool) {
			for i := range x.blocks {
				if !yield(x.blocks[i].Text) {
					return
				}
			}
		})
	}
	if x.monthFirst {
		return swapMonthDay(value)
	}
	return value
}

// onPostedLine reports a field on the line of a posting date, as a
// board prints its own number for a post ("Publiée le : 04/03/2031 -
// Réf : 87512096"): a reference the notice's own labelled number
// overrides.
func (x *extraction) onPostedLine(body []stream.Block, i int) bool {
	for _, j := range [...]int{i - 1, i + 1} {
		if j < 0 || j >= len(body) || body[j].Kind != stream.Field || body[j].Pos != body[i].Pos {
			continue
		}
		if f, _ := x.voc.Label(body[j].Label); f == "posted" {
			return true
		}
	}
	return false
}

// half extracts the fields of one language half.
func (x *extraction) half(h lang.Half) {
	v, li := x.v, langIndex(h.Lang)
	body, ids := h.Blocks, h.Index // ids[i] is body[i]'s index in x.blocks

	// The header fields: the first value of each field in the half.
	type found struct {
		value, label string
		at           int
	}
	fields := map[string]found{}
	fieldCurrency := "" // a salary's currency its own field gave alone
	header := len(body)
	for i := range body {
		f, label, value, ok := x.blockField(ids[i])
		if !ok || x.fieldInMenu(ids[i]) {
			continue
		}
		if header == len(body) && f != "posted" && !(f == "reference" && i == 0) {
			// (A half that opens with its number, "VACANCY NOTICE No.:
			// 007/2026/NBA/ES", has its title under it, as under a
			// banner.)
			header = i
		}
		if prev, seen := fields[f]; seen {
			switch v := words.Clean(value); {
			case f == "location" && (strings.HasPrefix(v, prev.value+", ") || strings.HasPrefix(v, prev.value+" (") || strings.HasSuffix(v, ", "+prev.value) || spellsOutCode(prev.value, v)) && !x.fieldInMenu(ids[i]):
				// "Location: Vienna" on a board's summary, "Duty
				// Station: Vienna, Austria" in the notice: the place
				// written in full; likewise "Shippagan, NB", then
				// "Shippagan, New Brunswick", and "Lieu / Location :
				// Saint-Jean-sur-Richelieu", then "Lieu de travail :
				// Saint-Jean-sur-Richelieu (Québec)" or "Lausanne (site
				// de Pierre-de-Plan)".
				fields[f] = found{v, label, i}
			case f == "location" && vocab.IsFacilityLabel(prev.label) && !vocab.IsFacilityLabel(label):
				// "Établissement : École internationale du SHAPE", then
				// "Lieu : Casteau (Mons)": the place's own field, and the
				// establishment, where no field names the employer, is
				// the employer.
				fields[f] = found{v, label, i}
				if _, named := fields["organisation"]; !named {
					fields["organisation"] = prev
				}
			case f == "location" && vocab.IsAreaLabel(prev.label) && !vocab.IsAreaLabel(label):
				// "Secteur géographique : Pays de Fougères", then "Lieu de
				// travail : Fougères": the place within the area.
				fields[f] = found{v, label, i}
			case f == "organisation" && x.leansTo(prev.value, vocab.Langs[1-li]) && x.leansTo(v, h.Lang):
				// "Organisme OTAN: NATO Support and Procurement Agency
				// (NSPA)" on a site's French interface, then "Organisme :
				// Agence OTAN de soutien et d'acquisition (NSPA)" in the
				// notice; "Organization: Airports Council International"
				// beside "Organisation : Conseil international des
				// aéroports": the name in the half's language.
				fields[f] = found{v, label, i}
			case f == "organisation" && namesBodyOverPart(prev.value, v):
				// "Organization: Marine Environment Division" on a
				// careers site's summary, then "Organization:
				// International Maritime Organization" in the notice;
				// "Company: Industry", a board's column of labels read
				// as values, then "Organization: NATO-ICI Regional
				// Centre": the body that employs.
				fields[f] = found{v, label, i}
			case f == "grade" && strings.HasPrefix(v, firstWord(prev.value)+"/"):
				// "Grade: P2" on a board's summary, "Job Grade: P2/P3"
				// in the notice: the grades written in full.
				fields[f] = found{v, label, i}
			case f == "grade" && isLevelLetter(prev.value) && (strings.HasPrefix(v, words.First(prev.value)) && len(v) > 1 && isDigitByte(v[1]) ||
				vocab.IsGradeWord(label) && !vocab.IsGradeWord(prev.label) && x.namedGradeWithin(label, v)):
				// "Niveau : B", then "Échelle barémique : B1"; "Catégorie :
				// B", then "Grade : Technicien supérieur hospitalier":
				// the grade within the category or level.
				fields[f] = found{v, label, i}
			case f == "grade" && label == prev.label && prev.at == i-1 && !hasDigit(prev.value) && hasDigit(v):
				// "Grade: NATO" / "Grade: G14": a cell wrapped, each of
				// its lines under the label; the line with the code.
				fields[f] = found{v, label, i}
			case f == "salary" && !hasDigit(prev.value) && hasDigit(v):
				// "Salary Currency: EUR", then "Salary: 3,912.47 per
				// month": the value with the amount, in the currency
				// the first gave alone ("Salary Currency: MAD" /
				// "Salary: 16,420").
				if c := strings.TrimSpace(prev.value); vocab.ISOCurrencyCode(c) {
					fieldCurrency = c
				}
				fields[f] = found{v, label, i}
			case f == "reference" && (vocab.IsBoardRefLabel(prev.label) || x.onPostedLine(body, prev.at)) && !vocab.IsBoardRefLabel(label) && cleanRef(v) != "":
				// "Job Ref: 225401873" on a board's summary, then
				// "Vacancy number: JEWCS 26/03" in the notice: the
				// employer's number.
				fields[f] = found{v, label, i}
			case f == "schedule" && (extendsValue(prev.value, v) || vocab.ScheduleValueLang(prev.value) == vocab.Langs[1-li] && vocab.ScheduleValueLang(v) == h.Lang):
				// "Régime de travail: Temps plein" on a board's summary,
				// then "Horaire: Temps plein (22 périodes par semaine)"
				// in the notice: the working time written in full;
				// "Régime: Temps plein", a board's facet in its own
				// language over an English notice's "Schedule:
				// Full-time": the value in the half's language.
				fields[f] = found{v, label, i}
			case f == "contract_type" && !vocab.HasScheduleWords(prev.value) && vocab.HasScheduleWords(v):
				// "Position Type: Management", then "Status: Permanent,
				// full-time": the contract that says the working time.
				fields[f] = found{v, label, i}
			}
			continue
		}
		// ("Temps complet · Statut : Cadre": the separator the next
		// field was cut at.)
		value = checkedOptions(withoutHashtags(strings.TrimRight(words.Clean(value), " ·|•")))
		if value == "" || vocab.IsNoValue(value) || f == "grade" && !looksLikeGrade(value) && !x.namedGrade(label, value) || f == "clearance" && (vocab.IsBareNeed(value) || isDated(value)) ||
			f == "organisation" && (words.StartsLower(value) || body[i].Kind == stream.ListItem && words.IsProse(value)) && isClause(value) ||
			f == "salary" && (vocab.IsEstimate(label) || vocab.IsEstimate(value)) ||
			f == "location" && vocab.PlaceNamesPost(value) && x.placeFieldAfter(ids, i) {
			// "Classe : N/A" gives none; "Category: Policy and
			// Analysis": a family of jobs, not a grade; "Security
			// clearance: Required" names no level, nor a date read
			// under its label; "Organisation: plans several events at
			// once", "Organisation : vous planifiez le travail des
			// équipes", "a. Organisation: Plans own work and
			// anticipates peaks…" (a list's sentence) is a competency,
			// no employer's name; "Salary
			// estimate: CHF 130K – 160K" is a job board's guess, no
			// post's pay; "Community Recreation and Wellness
			// Coordinator", a title read as a label and its value, no
			// place.
			continue
		}
		if f == "schedule" && vocab.NamesWorkMode(words.First(strings.TrimSpace(value))) {
			continue // "Working arrangement: Hybrid": where the work is done, not its time
		}
		if f == "title" && words.StartsLower(value) {
			continue // "Poste : vacant", a word of a sentence under a title's label
		}
		if f == "title" {
			if _, _, _, labelled := x.voc.Field(value, false); labelled {
				continue // "Position: Status: Permanent Full-time": the next field under the title's label
			}
		}
		if head, _, _ := strings.Cut(value, ","); f == "title" && !vocab.HasJobNoun(value) && vocab.IsScheduleValue(strings.TrimSpace(head)) {
			// "Position: Full-time, permanent": the word names the
			// post's working time, not its title.
			f = "schedule"
		}
		if f == "title" && isPostCode(value) {
			// "Post: CJOS CDE 0210": the word names the post by its
			// number, not by its title.
			if _, seen := fields["post_number"]; seen {
				continue
			}
			f = "post_number"
		}
		fields[f] = found{value, label, i}
	}
	unlabelled := header == len(body)
	if unlabelled {
		// A page that prints its facts without labels: the header ends
		// at the first known section heading, not at the end of the
		// half (the title is looked for above it).
		for i := range body {
			if f := x.factsOf(ids[i]); f.isHeading {
				header = i
				break
			}
		}
	}
	if sh, ok := fields["shift"]; ok && hasDigit(sh.value) {
		// "Quart de travail : Rotation jour/nuit (quarts de 12 heures)":
		// a shift's pattern with its hours is the working time where no
		// hours field says it (a status, "Temps partiel permanent",
		// mixes tenure and time; "Quart : Jour" alone says no hours).
		if _, has := fields["schedule"]; !has {
			fields["schedule"] = sh
		}
	}
	if c, ok := fields["contract_type"]; ok && vocab.IsScheduleValue(c.value) {
		// "Employment type: Full-time", where no schedule field says it.
		if _, has := fields["schedule"]; !has {
			fields["schedule"] = c
		}
	}

	at := func(i int) *schema.Origin { return x.originAt(ids[i]) }
	// The items of a site's menu above the fields are no title.
	x.menuTexts = x.menuTexts[:0]
	for i := range body[:header] {
		// (A line that names a post is the title among short lines.)
		if x.isMenuItem(ids[i]) && !vocab.HasJobNoun(body[i].Text) {
			x.menuTexts = append(x.menuTexts, body[i].Text)
		}
	}
	x.otherLangRef, x.lineGrade = "", ""
	x.halfOrg = fields["organisation"].value
	title := x.withWrappedLine(body, x.withWrappedStart(body, x.withJobNoun(body, x.findTitle(body, fields["title"].value, header, unlabelled, h.Lang)), h.Lang))
	if title.ref == "" {
		title.ref = x.otherLangRef // "Auditor (…)-282117" over the French half's fields
	}
	if title.text == "" && len(ids) > 0 {
		// "Program Officer, Climate Resilience" / "Administratrice ou
		// administrateur de programme…" over both halves' fields: the
		// split gave both titles to the other half; this half's is the
		// one in its language.
		if t, ref := x.titleAbove(ids[0], h.Lang); t != "" {
			title.text = t
			if title.ref == "" {
				title.ref = ref
			}
		}
	}
	// A title's remark in parentheses is no part of it: "Senior Risk
	// Analyst (a reserve list to be created for 2 posts to be filled)".
	whole := title.text
	title.text = withoutTitleRemark(x.partInLang(whole, h.Lang))
	if title.text != whole {
		other := 1 - li
		if t := x.partInLang(whole, vocab.Langs[other]); t != whole && t != title.text {
			also := &x.alsoIn[other][alsoTitle]
			also.text = withoutTitleRemark(t)
			if title.at >= 0 {
				also.origin = at(title.at)
			}
		}
	}
	// "Geospatial Information SpecialistBranch: Concepts…": the next
	// field's label glued to the title by a job board.
	if strings.IndexByte(title.text, ':') > 0 {
		if m := reGluedLabel().FindStringSubmatchIndex(title.text); m != nil {
			title.text = title.text[:m[3]]
		}
	}
	// "Ingénieur procédés (H/F)Société Le NickelNouméa": the board's
	// next facts glued after the title's gender mark.
	if end := vocab.GluedAfterGenderMark(title.text); end > 0 {
		title.text = title.text[:end]
	}
	// "Programme Officer »": a link's arrow after the title it opens
	// (not the closing quotation mark of « Économie numérique »).
	if !strings.ContainsAny(title.text, "«‹") {
		title.text = strings.TrimRight(title.text, " »›→")
	}
	// "Programme Officer, Youth Participation, Grade P2": the tail is
	// another field's value.
	var tailGrade, tailRef string
	title.text, tailGrade, tailRef = cutTitleTail(title.text)
	tailGrade = cmp.Or(tailGrade, x.lineGrade)
	if o, ok := fields["organisation"]; ok {
		title.text = withoutOrganisationTail(title.text, o.value)
	}
	if title.at >= 0 {
		title.text = headNamedInText(body, title.at, title.text)
	}
	if title.ref == "" {
		title.ref = tailRef
	}
	if title.ref != "" && title.at >= 0 && strings.HasSuffix(body[title.at].Text, "("+title.ref+")") {
		// "Data Standards Officer (S-100)" over "Reference:
		// IHO/VN/2034/03": the code in parentheses names a standard,
		// a product or a field of the post, and is the title's; the
		// notice's number is its labelled reference. (Not a job board's
		// own number over the notice's number in figures: "Job ID:
		// EDJ-3390127" under "… Division (315214)".)
		if r, ok := fields["reference"]; ok && !(vocab.IsBoardRefLabel(r.label) && isBareNumber(title.ref)) {
			if ref := cleanRef(r.value); ref != "" && !strings.EqualFold(ref, title.ref) {
				if !sharesFigures(ref, title.ref) {
					title.text += " (" + title.ref + ")"
				}
				// (The same number written another way, "VN-2031-014"
				// for "UNEP/VN/2031/014": the labelled one stands.)
				title.ref = ""
			}
		}
	}
	// "WAREHOUSE ASSISTANT" in a field under the heading "Warehouse
	// Assistant, G4": the title as the notice writes it in words.
	title.text = titleAsWritten(title.text, body)
	title.text = titleBesideWritten(title.text, body, title.at)
	var titleOrigin *schema.Origin
	switch {
	case title.at >= 0:
		titleOrigin = at(title.at)
	case title.text != "":
		titleOrigin = at(fields["title"].at)
	}
	if title.text != "" {
		v.Title.Set(h.Lang, strp(title.text))
		x.from("/title/"+h.Lang, titleOrigin)
	} else {
		x.warn(schema.CodeTitleNotFound, "/title/"+h.Lang, h.Lang, "%s: no title found", h.Lang)
	}
	x.refs[li] = title.ref
	if title.ref != "" {
		x.fromHalf("/reference", li, titleOrigin)
	}
	if x.refs[li] == "" {
		if r, ok := fields["reference"]; ok {
			x.refs[li] = cleanRef(r.value)
			x.fromHalf("/reference", li, at(r.at))
		}
	}
	if x.refs[li] == "" {
		// A banner with its number over the header fields, or further
		// down ("Vacancy notice 1612" after the header), where it is a
		// short line of its own; a table's row whose label is the banner
		// ("Vacancy Notice | MW COE VN 04/2026") first.
		found := -1
		for i, b := range body {
			if i >= header && (b.Kind == stream.ListItem || len(b.Text) >= maxRefBytes*2) {
				continue
			}
			if b.Kind == stream.Field && vocab.IsBanner(b.Label) {
				if r := cleanRef(b.Text); r != "" {
					x.refs[li], found = r, i
					break
				}
			}
			if r := bannerRef(b.Text); r != "" && found < 0 {
				x.refs[li], found = r, i
			}
			if subject, ok := mailSubject(b.Text); ok && found < 0 {
				// "Subject: FW: Vacancy announcement ILZSG/SEC/42-02 –
				// Statistician": an e-mail's subject that opens with the
				// banner and its number.
				// (A code whole, one word: not "2039/03" of
				// "IAPSC/HR/VN/2039/03", nor the title after "Offre
				// d'emploi –".)
				if r := bannerRef(subject); r != "" && isWholeWord(subject, r) {
					x.refs[li], found = r, i
				}
			}
		}
		if found >= 0 {
			x.fromHalf("/reference", li, at(found))
		}
	}
	if x.refs[li] == "" {
		// "Title-262514", "Titre-262588": a careers site's line that
		// printed the title's label where the title goes, with the
		// vacancy's number.
		for i, b := range body[:min(len(body), header+maxHeaderBlocks)] {
			if b.Kind != stream.Heading && b.Kind != stream.Paragraph || !endsWithDigit(b.Text) {
				continue
			}
			t := b.Text
			if last, crumb := vocab.Breadcrumb(t); crumb {
				t = last // "Job Search › Job Description › Title-262603"
			}
			if len(t) > maxRefBytes*2 {
				continue
			}
			if m := reSuffixRef().FindStringSubmatch(t); m != nil {
				if f, ok := x.voc.Label(m[1]); ok && f == "title" {
					x.refs[li] = m[2]
					x.fromHalf("/reference", li, at(i))
					break
				}
			}
		}
	}
	if x.refs[li] == "" {
		// "26117 | Registry": a job board's line of the vacancy's
		// number and its unit, over the fields.
		for i, b := range body[:header] {
			if num := boardNumber(b.Text); num != "" {
				x.refs[li] = num
				x.fromHalf("/reference", li, at(i))
				break
			}
		}
	}
	if x.refs[li] == "" {
		// "2291 Vacancy notice no:", "… - offre n° 201KQBM": a number
		// with its banner or its mark, near the fields.
		for i, b := range body[:min(len(body), header+maxHeaderBlocks)] {
			if len(b.Text) > maxRefBytes*3 {
				continue
			}
			r := reversedBannerRef(b.Text)
			if r == "" {
				r = markedRef(b.Text)
			}
			if r == "" {
				r = codeLineRef(b.Text)
			}
			if r == "" && i > 0 && vocab.IsBanner(body[i-1].Text) {
				r = markOnlyRef(b.Text) // "AVIS DE RECRUTEMENT" / "N° 007/BDEAC/DRH/2026"
			}
			if r != "" {
				x.refs[li] = r
				x.fromHalf("/reference", li, at(i))
				break
			}
		}
	}
	if x.refs[li] == "" {
		// "Ref. eu-LISA/26/TA/AD7/14.1" under the banner, "… · Requisition
		// ID 204117" in a site's line of facts: a reference's label
		// without the colon that makes a field of it, near the fields.
		for i, b := range body[:min(len(body), header+maxHeaderBlocks)] {
			if r := x.labelledRef(b.Text); r != "" {
				x.refs[li] = r
				x.fromHalf("/reference", li, at(i))
				break
			}
		}
	}
	if x.refs[li] == "" && title.text != "" {
		// A careers site's address that ends with the vacancy's number.
		for i, b := range body[:header] {
			if r := urlRef(b.Text, title.text); r != "" {
				x.refs[li] = r
				x.fromHalf("/reference", li, at(i))
				break
			}
		}
	}
	if x.refs[li] == "" {
		// "…quoting process number 26-SCC-EA-0118", "…with the subject
		// line "COE-SC/VA/2026/03"", "…sous la référence 2026-147.":
		// how to apply quotes the reference.
		for i, b := range body {
			if b.Kind != stream.Paragraph && b.Kind != stream.ListItem {
				continue
			}
			if r := quotedRef(b.Text); r != "" {
				x.refs[li] = r
				x.fromHalf("/reference", li, at(i))
				break
			}
		}
	}
	if p, ok := fields["post_number"]; ok {
		x.posts[li] = p.value
		x.fromHalf("/post_number", li, at(p.at))
	}

	// What is left is the body: every block but the title and the header
	// fields read into the vacancy.
	used := make([]bool, len(body))
	if title.at >= 0 {
		used[title.at] = true
	}
	// In the notice's order, so that warnings come out the same on
	// every run (a map's order is not).
	names := make([]string, 0, len(fields))
	for f := range fields {
		names = append(names, f)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(fields[a].at, fields[b].at), cmp.Compare(a, b))
	})
	for _, f := range names {
		fv := fields[f]
		o := at(fv.at)
		switch f {
		case "location":
			v.Location.Set(h.Lang, strp(placeValue(x.voc, fv.label, fv.value)))
			x.from("/location/"+h.Lang, o)
		case "organisation":
			if strings.IndexFunc(fv.value, unicode.IsLetter) < 0 {
				continue // "1": a count read under the label, no name
			}
			value := fv.value
			if whole, at, ok := x.wrappedName(body, fv.at, value); ok {
				// "Organization: International Residual Mechanism for" /
				// "Criminal Tribunals (IRMCT)": a form's cell wrapped.
				value = whole
				if at >= 0 {
					used[at] = true
				}
			} else if whole := x.labelOpensName(fv.label, value); whole != "" {
				// "Société Nigérienne d'Électricité - NIGELEC", read as
				// "Société: Nigérienne…": the employer's word was taken
				// for a label.
				value = whole
			} else if name := vocab.NameAfterWords(value); name != "" {
				// "Employeur : Enseignant-chercheur en hydrogéologie
				// Université Abdou Moumouni de Niamey (UAM)": a column
				// of values run together, the title's line before the
				// employer's.
				value = name
			}
			name := x.organisationValue(value, h.Lang, body)
			if head, ok := loneBodyWord(name); ok {
				// "Entreprise : L'Office, établissement public…",
				// "Employeur : Groupe" (a dump's column of values
				// shifted): a body's word alone is the name the
				// document gives in full for it, else no name.
				if full := x.namedInFull(head, title.text); full != "" {
					name = full
				} else {
					delete(fields, f)
					continue
				}
			}
			if words.IsProse(name) && words.CountAtMost(name, maxNameWords+1) > maxNameWords {
				// "Entreprise : Premier opérateur portuaire du Royaume,
				// présent dans une dizaine de ports, le Groupe recrute…":
				// a board's box about the employer whose sentences give
				// no name; the employer is read as if no field named it.
				delete(fields, f)
				continue
			}
			v.Organisation.Set(h.Lang, strp(name))
			x.from("/organisation/"+h.Lang, o)
		case "schedule":
			v.Schedule.Set(h.Lang, strp(scheduleValue(scheduleBeforeLabel(x.voc, fv.value))))
			x.from("/schedule/"+h.Lang, o)
		case "deadline":
			v.DeadlineAsWritten.Set(h.Lang, strp(fv.value))
			x.from("/deadline_as_written/"+h.Lang, o)
			if d, ok := x.deadlineDate(ids[fv.at], fv.value); ok {
				x.deadlines[li] = d
				x.fromHalf("/deadline", li, o)
			} else {
				x.warn(schema.CodeDeadlineNotADate, "/deadline_as_written/"+h.Lang, h.Lang, "%s: deadline %q is not a date", h.Lang, fv.value)
			}
		case "posting_period":
			if _, has := fields["deadline"]; has {
				continue // a deadline field says it outright
			}
			if d, ok := lastDate(x.dayFirst(fv.value)); ok {
				x.deadlines[li] = d
				v.DeadlineAsWritten.Set(h.Lang, strp(fv.value))
				x.from("/deadline_as_written/"+h.Lang, o)
				x.fromHalf("/deadline", li, o)
			}
		case "salary":
			if s, ok := parseSalary(fv.value, x.dollarOf(fv.value)); ok {
				if s.Currency == nil && fieldCurrency != "" {
					s.Currency = &fieldCurrency
				}
				if p := vocab.Period(fv.label); p != "" {
					// "Basic Monthly Salary: 13,914.54€"; the label's
					// period over the value's talk of instalments
					// ("Monthly stipend: EUR 2,900, paid in twelve
					// instalments per year").
					s.Period = &p
				}
				x.setSalary(li, h.Lang, s, fv.value, o)
			} else {
				x.warn(schema.CodeSalaryNotUnderstood, "/salary", h.Lang, "%s: salary %q not understood", h.Lang, fv.value)
			}
		case "grade":
			grade, pay := gradeCode(withoutGradeRemark(withoutRemark(beforeNextLabel(cleanValue(x.voc, f, fv.value)))))
			grade = codeRunOn(x.voc, grade)
			if m := reBoardLevelGrade().FindStringSubmatch(fv.value); m != nil {
				grade, pay = m[1], "" // "Mid level - P-4, International Professional - …"
			}
			x.grades[li] = grade
			x.fromHalf("/grade", li, o)
			if _, has := fields["salary"]; !has && pay != "" {
				// "Classification: PIP 7: $81,344 - $98,913": the
				// grade's pay is the post's when no field says it.
				if s, ok := parseSalary(pay, x.dollarOf(pay)); ok {
					x.setSalary(li, h.Lang, s, pay, o)
				}
			}
		case "clearance":
			x.clearances[li] = clearanceValue(cleanValue(x.voc, f, fv.value))
			x.fromHalf("/clearance", li, o)
		case "title", "reference", "post_number":
		default:
			continue // a field we do not map stays in the body
		}
		used[fv.at] = true
	}
	if _, ok := fields["organisation"]; !ok {
		// "DIVISION: International Military Staff (IMS) Cooperative
		// Security Division (CS)": a hierarchy of units, the body first.
		if d, ok := fields["division"]; ok {
			if unit := topUnit(d.value); unit != "" {
				v.Organisation.Set(h.Lang, strp(unit))
				x.from("/organisation/"+h.Lang, at(d.at))
			}
		}
	}
	if _, ok := fields["organisation"]; !ok {
		if v.Organisation.Get(h.Lang) == nil {
			x.unlabelledOrganisation(h.Lang, body, ids, title.at, used)
		}
		if d, ok := fields["division"]; ok && topUnit(d.value) == "" {
			// The body over a division's units ("DIVISION: International
			// Military Staff" over "Operations and Planning Division",
			// divisionBody), where the value writes it with its
			// acronym, a letterhead names it ("INTERNATIONAL MILITARY
			// STAFF"), or the header names no employer but a unit or
			// that body in other words: "WORLD FOOD PROGRAMME" over
			// "Division: Human Resources Management Division", "Ministry
			// of Health" over "Division: Strategic Policy" stay the
			// employer.
			if name, k := x.divisionBody(body, d.value, d.at); name != "" {
				o := v.Organisation.Get(h.Lang)
				if strings.Contains(d.value, name+" (") || letterheadNames(body, name) || o == nil || vocab.NamesUnit(*o) || vocab.EndsWithUnit(*o) || strings.Contains(*o, name) {
					v.Organisation.Set(h.Lang, strp(name))
					x.from("/organisation/"+h.Lang, at(k))
				}
			}
		}
	}
	if o := v.Organisation.Get(h.Lang); o != nil {
		// A site's banner is no employer ("An official website of the
		// European Union"), nor its language link ("FrançaisRoyal
		// Canadian Mint").
		if vocab.IsFurniture(*o) {
			v.Organisation.Set(h.Lang, nil)
		} else if name := x.cleanEmployer(vocab.WithoutLanguageToggle(*o)); name != *o {
			v.Organisation.Set(h.Lang, strp(asProseWrites(name, body)))
		}
	}
	if o, loc := v.Organisation.Get(h.Lang), v.Location.Get(h.Lang); o != nil && loc != nil {
		if name := withoutGluedPlace(*o, *loc); name != *o {
			v.Organisation.Set(h.Lang, strp(name))
		}
	}
	if _, labelled := fields["organisation"]; !labelled && v.Organisation.Get(h.Lang) != nil {
		// "EDC", read from a site's banner, where the prose spells it:
		// "Export Development Canada (EDC)", the name in full with its
		// acronym. (A field's value stays as written.)
		o := *v.Organisation.Get(h.Lang)
		inParens := "(" + o + ")"
		for _, b := range body {
			if b.Kind == stream.Paragraph && strings.Contains(b.Text, inParens) {
				if name := vocab.SpelledAcronym(b.Text, o); name != "" {
					v.Organisation.Set(h.Lang, strp(name+" "+inParens))
					break
				}
			}
		}
	}
	if title.at >= 0 {
		// "Meyrin, Geneva, Switzerland", "EC-05", "85 490 $ à 97 590 $",
		// "12.06.2026 11:59 AM (GMT+2)" on lines of their own under the
		// title, without labels, as careers sites print them (labelled
		// fields between them aside).
		_, hasPlace := fields["location"]
		lines := 0
		for i := title.at + 1; i < len(body) && lines < maxPlaceLines+maxBareValueLines; i++ {
			b := body[i]
			if f := x.factsOf(ids[i]); f.isHeading && f.headingKind == "header" {
				continue // "Vacancy details" over the facts
			}
			if b.Kind == stream.Heading {
				break
			}
			if b.Kind != stream.Paragraph && b.Kind != stream.ListItem {
				continue // (a labelled field among them)
			}
			lines++
			t := words.Clean(b.Text)
			var gradePay []string // "LS-02 ($80,918 – $96,775)"
			if x.grades[li] == "" && strings.HasSuffix(t, ")") {
				gradePay = reBareGradePay().FindStringSubmatch(t)
			}
			if lines <= maxPlaceLines {
				// "Paris / R&D – Catalog / Full-time / Hybrid": a careers
				// site's facts in a row, its place first.
				if place, schedule, ok := factsRow(t); ok {
					if !hasPlace && place != "" {
						v.Location.Set(h.Lang, strp(place))
						x.from("/location/"+h.Lang, at(i))
						hasPlace, used[i] = true, true
					}
					if v.Schedule.Get(h.Lang) == nil {
						v.Schedule.Set(h.Lang, strp(schedule))
						x.from("/schedule/"+h.Lang, at(i))
						used[i] = true
					}
					continue
				}
			}
			switch {
			case !hasPlace && lines <= maxPlaceLines && vocab.IsPlaceLine(t):
				v.Location.Set(h.Lang, strp(t))
				x.from("/location/"+h.Lang, at(i))
				used[i], hasPlace = true, true
			case x.grades[li] == "" && reBareGrade().MatchString(t):
				x.grades[li] = t
				x.fromHalf("/grade", li, at(i))
				used[i] = true
			case gradePay != nil:
				x.grades[li] = gradePay[1]
				x.fromHalf("/grade", li, at(i))
				if pay := gradePay[2]; x.salaries[li] == nil && hasMoney(pay) {
					if s, ok := parseSalary(pay, x.dollarOf(pay)); ok {
						x.setSalary(li, h.Lang, s, pay, at(i))
					}
				}
				used[i] = true
			case x.deadlines[li] == "" && v.DeadlineAsWritten.Get(h.Lang) == nil && isTimeStamp(t):
				// "12.06.2026 11:59 AM (GMT+2)": a date to the minute,
				// alone on its line, is when applications close.
				d, _ := lastDate(x.dayFirst(t))
				x.deadlines[li] = d
				v.DeadlineAsWritten.Set(h.Lang, strp(t))
				x.from("/deadline_as_written/"+h.Lang, at(i))
				x.fromHalf("/deadline", li, at(i))
				used[i] = true
			case x.salaries[li] == nil && isBareSalary(t):
				if s, ok := parseSalary(t, x.dollarOf(t)); ok && s.Currency != nil {
					x.setSalary(li, h.Lang, s, t, at(i))
					used[i] = true
				}
			}
		}
	}
	if _, ok := fields["schedule"]; !ok {
		// "• Full-time" in a header's list of facts, without its label.
		for i, b := range body[:min(len(body), header+maxHeaderBlocks)] {
			if t, ok := bilingualFact(b.Text, h.Lang, vocab.ScheduleValueLang); ok {
				// "Temps plein | Full-Time", also as a bold line.
				v.Schedule.Set(h.Lang, strp(t))
				if o, ok := bilingualFact(b.Text, vocab.Langs[1-li], vocab.ScheduleValueLang); ok {
					x.alsoIn[1-li][alsoSchedule].text, x.alsoIn[1-li][alsoSchedule].origin = o, at(i)
				}
				x.from("/schedule/"+h.Lang, at(i))
				used[i] = true
				break
			}
			if b.Kind != stream.Heading && (vocab.IsScheduleValue(b.Text) || vocab.IsScheduleWithHours(b.Text)) {
				v.Schedule.Set(h.Lang, strp(words.Clean(b.Text)))
				x.from("/schedule/"+h.Lang, at(i))
				used[i] = true
				break
			}
		}
	}
	if c, ok := fields["contract_type"]; ok && v.Schedule.Get(h.Lang) == nil && vocab.HasScheduleWords(c.value) {
		// Last, "Status: Permanent - Full-time": the contract's field
		// names the working time among other facts.
		v.Schedule.Set(h.Lang, strp(withoutContractTerm(c.value)))
		x.from("/schedule/"+h.Lang, at(c.at))
	}
	if x.grades[li] == "" && tailGrade != "" {
		x.grades[li] = tailGrade
		x.fromHalf("/grade", li, titleOrigin)
	}
	if x.grades[li] == "" && title.text != "" {
		if x.grades[li] = gradeInTitle(title.text); x.grades[li] != "" {
			x.fromHalf("/grade", li, titleOrigin)
		} else if title.at >= 0 {
			// The title's line around it ("…is looking for a Data
			// Scientist (Temporary Agent, Grade AD6)"), or the line
			// under it.
			for _, k := range [2]int{title.at, title.at + 1} {
				if k < len(body) && body[k].Kind != stream.Field {
					if x.grades[li] = gradeInTitle(body[k].Text); x.grades[li] != "" {
						x.fromHalf("/grade", li, at(k))
						break
					}
				}
			}
		}
	}
	if x.grades[li] == "" {
		// "Temporary Agent (AD6)" on a line of its own near the top:
		// the kind of post and its grade.
		for i, b := range body[:min(len(body), header+maxHeaderBlocks)] {
			if (b.Kind == stream.Paragraph || b.Kind == stream.Heading) && vocab.IsStaffCategory(b.Text) {
				if _, g, ok := cutEUGrade(words.Clean(b.Text)); ok {
					x.grades[li] = g
					x.fromHalf("/grade", li, at(i))
					used[i] = true
					break
				}
			}
		}
	}

	rest := make([]int, 0, len(body))
	for i, id := range ids {
		if !used[i] {
			rest = append(rest, id)
		}
	}
	sections, leadIn := x.buildSections(rest, h.Lang)
	skillsBeforeAssets(sections)
	sections, own, leadIn := x.qualitiesAfterCriteria(sections, ownContents(sections), leadIn)
	sections, own, leadIn = abilitiesAsCompetencies(sections, own, leadIn)
	profileBeforeAssets(sections, own, leadIn)
	if sections == nil {
		sections = []schema.Section{}
	}
	v.Sections.Set(h.Lang, sections)
	for i, s := range sections {
		if s.Origin != nil {
			x.from("/sections/"+h.Lang+"/"+strconv.Itoa(i)+"/heading", s.Origin)
		}
	}
	// A language the notice has gets empty lists, never null: null
	// means the notice has no such half.
	req, ess, des := requirements(x.voc, own, leadIn)
	v.Requirements.Set(h.Lang, req)
	for i, o := range ess {
		x.from("/requirements/"+h.Lang+"/essential/"+strconv.Itoa(i), o)
	}
	for i, o := range des {
		x.from("/requirements/"+h.Lang+"/desirable/"+strconv.Itoa(i), o)
	}
	comps := []schema.Competency{}
	for _, s := range own {
		if s.Kind == "competencies" {
			cs, os := competencies(s, x.voc)
			for i, o := range os {
				x.from("/competencies/"+h.Lang+"/"+strconv.Itoa(len(comps)+i), o)
			}
			comps = append(comps, cs...)
		}
	}
	v.Competencies.Set(h.Lang, comps)
	if v.Location.Get(h.Lang) == nil {
		// No location field: "The place of employment is Brussels,
		// Belgium."
		if place, o, ok := placeFromText(sections); ok {
			v.Location.Set(h.Lang, strp(place))
			x.from("/location/"+h.Lang, o)
		}
	}
	if v.Schedule.Get(h.Lang) == nil {
		// No schedule field: "Horaires. Temps complet, 35 heures
		// hebdomadaires.", a run-in heading over its paragraph.
		if t, o, ok := scheduleFromText(x.voc, sections); ok {
			v.Schedule.Set(h.Lang, strp(t))
			x.from("/schedule/"+h.Lang, o)
		}
	}
	if x.deadlines[li] == "" {
		// No deadline field: notices also say "Apply until 22 June 2025".
		d, o, ok := deadlineFromText(sections)
		if !ok {
			// "Salary: €66,500 – €80,500 gross per year. Applications
			// close on 21 December 2038.": a sentence in another field's
			// value, which the sections no longer hold.
			d, o, ok = deadlineFromText([]schema.Section{x.fieldSentences(body, ids)})
		}
		if ok {
			x.deadlines[li] = d
			x.fromHalf("/deadline", li, o)
			x.warn(schema.CodeDeadlineFromText, "/deadline", h.Lang, "%s: deadline taken from the text, not from a deadline field", h.Lang)
		}
	}
	if x.clearances[li] == "" {
		// "…must obtain a NATO SECRET security clearance before taking
		// up duty."
		if c, o := clearanceFromText(sections); c != "" {
			x.clearances[li] = c
			x.fromHalf("/clearance", li, o)
			x.warn(schema.CodeClearanceFromText, "/clearance", h.Lang, "%s: clearance taken from the text, not from a clearance field", h.Lang)
		}
	}
	if x.grades[li] == "" {
		// "…will be recruited as Temporary Agent at grade AD6."
		if g, o := gradeFromText(sections); g != "" {
			x.grades[li] = g
			x.fromHalf("/grade", li, o)
			x.warn(schema.CodeGradeFromText, "/grade", h.Lang, "%s: grade taken from the text, not from a grade field", h.Lang)
		}
	}
	if f, ok := fields["grade"]; ok && x.salaries[li] == nil {
		// "Grade: Grade 7 – £36,480 to £40,210 a year": the grade's
		// field states the pay of its step.
		if s, pay := payInGrade(f.value, x.dollarOf); s != nil {
			x.setSalary(li, h.Lang, s, pay, at(f.at))
		}
	}
	if x.salaries[li] == nil {
		if s, sentence, o := salaryFromText(sections, x.dollarOf); s != nil {
			x.setSalary(li, h.Lang, s, sentence, o)
			x.warn(schema.CodeSalaryFromText, "/salary", h.Lang, "%s: salary taken from the text, not from a salary field", h.Lang)
		}
	}
	if x.grades[li] == "" {
		// "Salary: £26,310 – £27,940 per annum (Band C)": the step of
		// the pay scale the salary's field (or, without one, its
		// sentence) names is the grade when nothing else gives one.
		pay, o := "", (*schema.Origin)(nil)
		if f, ok := fields["salary"]; ok {
			pay, o = f.value, at(f.at)
		} else if s := x.salaries[li]; s != nil && s.AsWritten.Get(h.Lang) != nil {
			pay = *s.AsWritten.Get(h.Lang)
			if p, ok := x.prov["/salary/as_written/"+h.Lang]; ok {
				o = &p
			}
		}
		if g := gradeInPay(pay); g != "" {
			x.grades[li] = g
			x.fromHalf("/grade", li, o)
		} else if f, ok := fields["salary"]; ok {
			if g := scaleCodeLead(f.label, f.value); g != "" {
				x.grades[li] = g // "Salary scale: C1 (P412,668 – P486,120 per annum)"
				x.fromHalf("/grade", li, o)
			}
		}
	}
}

// maxIntroParagraphs bounds the paragraphs of prose read for the
// employer a notice introduces itself with: the first ones.
const maxIntroParagraphs = 3

// minIntroWords tells a paragraph of prose from a line of facts.
const minIntroWords = 8

// unlabelledOrganisation reads the employer of a half that has no field
// for it: its name on the line under the title, as careers sites and job
// boards print it ("International Criminal Court", "Ville de Montréal");
// else from a site's banner that names it in both languages; else the
// name the first paragraphs open with ("The International
// Telecommunication Union (ITU) is…").
func (x *extraction) unlabelledOrganisation(lang string, body []stream.Block, ids []int, titleAt int, used []bool) {
	title := ""
	if titleAt >= 0 {
		title = body[titleAt].Text
	}
	set := func(name string, block int) bool {
		// ("**Banque de France** — Recrutement": the site's name and its
		// dash, the careers word gone.)
		name = vocab.AcronymAfterName(strings.TrimRight(words.Clean(name), " —–-|·:"))
		name = vocab.WithoutOfficeHolder(withoutOfferTail(name))
		if full := x.namedInFull(name, title); full != "" {
			name = full
		}
		name = withOwnArticle(x.organisationValue(name, lang, body), x.blocks)
		if k, short := acronymSentence(name, body); k >= 0 {
			// the name as the sentence that gives its acronym writes it
			name, block = name+" ("+short+")", ids[k]
		}
		if !plausibleEmployer(name, title) {
			return false
		}
		x.v.Organisation.Set(lang, strp(name))
		x.from("/organisation/"+lang, x.originAt(block))
		return true
	}
	// "For further information on the organization, please visit Parole
	// Board of Canada": a public service's job site names the department
	// that employs, where the lines under the title give its unit too
	// ("Parole Board of Canada - Clemency and Record / Suspension
	// Division") and the banner the whole government.
	for i := range body {
		if name, ok := vocab.LinkedOrganisation(body[i].Text); ok {
			if words.StartsUpper(name) && words.CountAtMost(name, maxNameWords+1) <= maxNameWords && set(name, ids[i]) {
				return
			}
			break // (no name in it: the lines under the title give it)
		}
	}
	if titleAt >= 0 {
		for i := titleAt + 1; i < len(body) && i <= titleAt+maxPlaceLines; i++ {
			b := body[i]
			if b.Kind == stream.Field {
				if f, _ := x.voc.Label(b.Label); f == "posted" {
					// "Posted on June 2, 2026 by employer" / "McCain
					// Foods (Canada)": the board names who posted it on
					// the next line.
					if n := i + 1; vocab.SaysPostedByEmployer(b.Text) && n < len(body) && (body[n].Kind == stream.Paragraph || body[n].Kind == stream.Heading) &&
						words.CountAtMost(body[n].Text, maxNameWords+1) <= maxNameWords && set(body[n].Text, ids[n]) {
						used[n] = true
						return
					}
					continue // "Publiée le 13 mai 2026 par l'employeur" / "Ville de Trois-Rivières"
				}
			}
			if b.Kind == stream.Heading || b.Kind == stream.Field {
				break
			}
			if b.Kind == stream.Paragraph && vocab.IsOrganisationLine(b.Text) && !x.factsOf(ids[i]).opens && set(b.Text, ids[i]) {
				used[i] = true
				return
			}
		}
		// "Parcs Canada - Unité de gestion…", the department and its
		// unit, under the title and the site's numbers.
		for i, lines := titleAt+1, 0; i < len(body) && lines < maxPlaceLines; i++ {
			b := body[i]
			if b.Kind == stream.Heading {
				break
			}
			if b.Kind != stream.Paragraph {
				continue
			}
			lines++
			if name := vocab.EmployerBeforeUnit(b.Text); name != "" && set(name, ids[i]) {
				return
			}
		}
	}
	// "Banque du Canada | Bank of Canada": the site's banner, after the
	// lines under the title (a whole government's site names the
	// department there: "Canadian Food Inspection Agency - Science
	// Branch").
	if len(x.blocks) > 0 && !vocab.IsFurniture(x.blocks[0].Text) {
		if en, fr, ok := vocab.OrganisationPair(x.blocks[0].Text); ok {
			if lang == "fr" {
				en = fr
			}
			if name, at := x.stackedBody(en, 0); set(name, at) {
				return
			}
		}
	}
	if en, fr, enAt, frAt, ok := x.letterheadPair(); ok {
		name, at := en, enAt
		if lang == "fr" {
			name, at = fr, frAt
		}
		if set(name, at) {
			return
		}
	}
	n := 0
	for i, b := range body {
		if b.Kind != stream.Paragraph {
			continue
		}
		// ("La Ville de Charleroi recrute": a short line that says who
		// recruits.)
		short := words.CountAtMost(b.Text, minIntroWords) < minIntroWords
		recruits := short && vocab.SaysWhoRecruits(b.Text)
		if short && !recruits {
			continue
		}
		prose := words.IsProse(b.Text)
		if name := vocab.OrganisationIn(b.Text); name != "" && (prose || strings.HasSuffix(name, ")") || recruits) {
			// (A line of facts names the employer only with its
			// acronym after it: "The European Food Safety Authority
			// (EFSA), based in Parma, is looking for…", or before a
			// verb of recruiting: "La Ville de Charleroi recrute".)
			if set(name, ids[i]) {
				x.orgInProse[langIndex(lang)] = prose
				return
			}
		}
		// The paragraphs a site prints above the title (its cookie
		// notice, its banner) are not the notice's opening.
		if !prose || i < titleAt || vocab.MentionsCookies(b.Text) {
			continue
		}
		// "Swissmedic est l'autorité suisse…": a sentence that says
		// what body the name it opens with is.
		if name := vocab.DefinedBody(b.Text); name != "" && set(name, ids[i]) {
			x.orgInProse[langIndex(lang)] = true
			return
		}
		if n++; n == maxIntroParagraphs {
			break
		}
	}
	// "European Parliament · Recruitment of temporary staff", "Canada
	// Post | Careers": the site's banner, last, for the half it opens
	// (each language's page of a bilingual site has its own).
	// A skip link or another button may stand above the banner.
	for k := 0; k < len(ids) && k < maxBannerLine; k++ {
		b := x.blocks[ids[k]].Text
		name := ""
		if ids[k] == k {
			name = vocab.SiteOrganisation(b)
		} else {
			name = vocab.CareersSiteName(b)
		}
		at := ids[k]
		if name != "" {
			name, at = x.stackedBody(name, at)
			name = withoutRunInUnit(name)
		}
		if name != "" && set(name, at) {
			return
		}
		if !vocab.IsFurniture(b) && !vocab.MentionsCookies(b) && !vocab.NamesState(b) {
			break // (a cookie notice may stand above the banner too, and a letterhead's state)
		}
	}
	if name, block := x.statedEmployer(lang, body, ids); name != "" && set(name, block) {
		x.orgInProse[langIndex(lang)] = true
		return
	}
	if name, block := x.likeliestEmployer(body, ids, title); name != "" && set(name, block) {
		x.orgInProse[langIndex(lang)] = true
		x.warn(schema.CodeOrganisationInferred, "/organisation/"+lang, lang, "%s: employer inferred from the names the document gives most, not read from a field", lang)
	}
}

// sharesFigures reports two codes with a run of minSharedFigures figures
// in common: one number written two ways ("VN-2031-014",
// "UNEP/VN/2031/014").
func sharesFigures(a, b string) bool {
	for i := 0; i < len(b); {
		if b[i] < '0' || b[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(b) && '0' <= b[j] && b[j] <= '9' {
			j++
		}
		if run := b[i:j]; len(run) >= minSharedFigures && !isYearRun(run) && strings.Contains(a, run) {
			return true
		}
		i = j
	}
	return false
}

// isYearRun reports four figures that may be a year ("2031"): every
// code of a year holds one, and shares it with no more meaning.
func isYearRun(run string) bool {
	return len(run) == 4 && (strings.HasPrefix(run, "19") || strings.HasPrefix(run, "20"))
}

// minSharedFigures is how many figures in a row two codes share to be
// one number: three, as a serial number has ("014"), where "S-100" and
// "2034/03" share none (a year is no serial: isYearRun).
const minSharedFigures = 3

// stackedBody returns the body a letterhead names under its parent, and
// its block: "NORTH ATLANTIC TREATY ORGANIZATION" over "INTERNATIONAL
// MILITARY STAFF", the second employs. Else name, read from block at,
// and at. (A name over its other language's is one body; an office, a
// bureau, a faculty under a body is a part of it, the body employs:
// "WORLD HEALTH ORGANIZATION" over "REGIONAL OFFICE FOR AFRICA".)
func (x *extraction) stackedBody(name string, at int) (string, int) {
	if at+1 >= len(x.blocks) || !isLetterheadName(x.blocks[at].Text) {
		return name, at
	}
	next := x.blocks[at+1]
	if isLetterheadLine(next) && words.CountAtMost(next.Text, 2) >= 2 && !vocab.NamesUnit(next.Text) && !vocab.NamesBodyKind(next.Text) &&
		!vocab.IsPlaceLine(next.Text) && !vocab.NamesOneBody(x.blocks[at].Text, next.Text) {
		return next.Text, at + 1
	}
	return name, at
}

// statedEmployer returns the employer a half's own statements name when
// nothing above did, and the block that names it: the subject of a
// closing statement ("Hydro-Québec souscrit au principe de l'égalité en
// emploi…"); else of an opening sentence, when it has an employer's
// word or capitals inside a word ("CBC/Radio-Canada offre…"); else the
// holder of the site's copyright ("© Université Laval · …"), when the
// notice's prose names it too, as a job board's footer does not.
func (x *extraction) statedEmployer(lang string, body []stream.Block, ids []int) (string, int) {
	intro := 0
	copyright, at := "", -1
	stated, statedAt := "", -1
	for i, b := range body {
		if b.Kind != stream.Paragraph && b.Kind != stream.ListItem {
			continue
		}
		if vocab.IsCopyrightLine(b.Text) {
			if en, fr := vocab.CopyrightHolder(b.Text); copyright == "" && en != "" {
				copyright, at = en, ids[i]
				if lang == "fr" && fr != "" {
					copyright = fr
				}
			}
			continue
		}
		if words.CountAtMost(b.Text, minIntroWords) < minIntroWords {
			continue
		}
		name := vocab.EmployerSubject(b.Text)
		switch {
		case name == "", vocab.IsQualificationItem(name) && !vocab.IsOrganisationLine(name):
			// ("Knowledge of SQL is an asset": a criterion's subject;
			// "L'Université Laval souscrit…" names an employer.)
		case vocab.IsClosingStatement(b.Text),
			b.Kind == stream.Paragraph && intro < maxIntroParagraphs && (vocab.IsOrganisationLine(name) || vocab.HasInnerCapital(name)):
			if stated == "" {
				stated, statedAt = name, ids[i]
			}
		}
		if b.Kind == stream.Paragraph {
			intro++
		}
	}
	if stated != "" {
		// "The ECB is an inclusive employer" over "© European Central
		// Bank": the name in full.
		if copyright != "" && vocab.ExpandsAcronym(copyright, stated) {
			return copyright, at
		}
		return stated, statedAt
	}
	if copyright == "" {
		return "", -1
	}
	for _, b := range body {
		if b.Kind == stream.Paragraph && words.IsProse(b.Text) && !vocab.IsCopyrightLine(b.Text) && strings.Contains(b.Text, copyright) &&
			words.CountAtMost(b.Text, minIntroWords) >= minIntroWords {
			return copyright, at
		}
	}
	return "", -1
}

// fieldSentences returns, as one section's paragraphs, the values of
// the half's fields that hold a sentence after their first: what a
// field's value says beyond the field ("Salary: … per year.
// Applications close on 21 December 2038.").
func (x *extraction) fieldSentences(body []stream.Block, ids []int) schema.Section {
	var s schema.Section
	for i := range body {
		if body[i].Kind != stream.Field || !strings.Contains(body[i].Text, ". ") {
			continue
		}
		s.Content = append(s.Content, schema.Content{Type: "paragraph", Text: body[i].Text, Origin: x.originAt(ids[i])})
	}
	return s
}

// wrappedName returns the employer's name a form's cell wrapped over
// two lines, the field's value at body[i] and the line beside it, and
// that line's index (-1 when the line is the next field's value, which
// stays that field's): the value ends on a word that leaves the name open
// ("Organization: International Residual Mechanism for" / "Criminal
// Tribunals (IRMCT)"), or the acronym the name ends with spells the two
// lines together and not the line alone ("NATO Airborne Early Warning and
// Control" / "Programme Management Agency (NAPMA)", in either order: a
// PDF's label stands level with the middle of its cell).
func (x *extraction) wrappedName(body []stream.Block, i int, value string) (string, int, bool) {
	namePart := func(k int) bool {
		if k < 0 || k >= len(body) || body[k].Kind != stream.Paragraph {
			return false
		}
		t := body[k].Text
		return words.StartsUpper(t) && !strings.ContainsAny(t, ":;") && !strings.HasSuffix(t, ".") &&
			words.CountAtMost(t, maxNameWords+1) <= maxNameWords
	}
	value = strings.TrimSpace(value)
	if namePart(i + 1) {
		next := body[i+1].Text
		if x.voc.FunctionWord(words.Last(value)) || acronymSpansLines(value, next) || acronymOwnsJoin(value, next) {
			return value + " " + next, i + 1, true
		}
	}
	if i+1 < len(body) && body[i+1].Kind == stream.Field && !strings.Contains(value, "(") {
		// "ORGANISATION: United Cities and Local" / "DUTY STATION:
		// Governments (UCLG)": a dump's row of labels ran the cell's
		// second line into the next field; only an acronym that spells
		// the two lines binds them ("DUTY STATION: Nairobi (UNON)" is
		// the field's own).
		if next := strings.TrimSpace(body[i+1].Text); words.StartsUpper(next) && !strings.ContainsAny(next, ":;,") &&
			words.CountAtMost(next, maxNameWords+1) <= maxNameWords && (acronymSpansLines(value, next) || x.writesJoined(value, next)) && !bodysOffice(value, next) {
			return value + " " + next, -1, true
		}
	}
	if namePart(i - 1) {
		if prev := body[i-1].Text; acronymSpansLines(prev, value) {
			return prev + " " + value, i - 1, true
		}
	}
	return "", -1, false
}

// acronymSpansLines reports a name over two lines whose acronym, after
// the second, the initials of both lines spell and those of the second
// alone do not: "NATO Airborne Early Warning and Control" / "Programme
// Management Agency (NAPMA)".
func acronymSpansLines(first, second string) bool {
	core, acr := splitAcronym(second)
	if acr == "" && len(second) > 2 && second[0] == '(' && second[len(second)-1] == ')' {
		core, acr = "", second[1:len(second)-1] // the acronym alone on the second line: "(NAGSMA)"
	}
	if acr == "" || strings.Contains(first, "(") || !vocab.IsAcronymName(acr) {
		return false
	}
	spells := func(name string) bool {
		initials := []rune(strings.ToUpper(vocab.Initials(name)))
		letters := []rune(strings.ToUpper(strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, acr)))
		if len(initials) == 0 || len(letters) == 0 || initials[0] != letters[0] {
			return false
		}
		k := 0
		for _, r := range initials {
			if k < len(letters) && r == letters[k] {
				k++
			}
		}
		return k == len(letters)
	}
	return spells(first+" "+core) && !spells(core)
}

// acronymOwnsJoin reports a name over two lines whose acronym, after the
// second, opens with the first line's initial and not the second's
// though it does not spell the two in order: "International
// Organization for Marine" / "Aids to Navigation (IALA)", a former
// name's acronym.
func acronymOwnsJoin(first, second string) bool {
	core, acr := splitAcronym(second)
	if acr == "" || core == "" || strings.Contains(first, "(") || strings.ContainsAny(core, "/,") || !vocab.IsAcronymName(acr) {
		return false // ("Team/Programme: Secretariat / Observations Programme (E-OBS)": a unit's own)
	}
	if vocab.IsPlaceLine(core) {
		return false // "United Nations Environment Programme" / "Nairobi (UNON)": an office's seat
	}
	if bodysOffice(first, second) {
		return false
	}
	a, _ := utf8.DecodeRuneInString(acr)
	head, _ := utf8.DecodeRuneInString(vocab.Initials(first))
	tail, _ := utf8.DecodeRuneInString(vocab.Initials(core))
	a, head, tail = unicode.ToUpper(a), unicode.ToUpper(head), unicode.ToUpper(tail)
	return len(acr) >= 2 && a == head && a != tail && tail != utf8.RuneError
}

// bodysOffice reports a line under a body's name that names one of its
// offices, the acronym the body's initial before the office's: "World
// Health Organization" / "Country Office (WCO)".
func bodysOffice(body, line string) bool {
	core, acr := splitAcronym(line)
	initials := vocab.Initials(body)
	head, size := utf8.DecodeRuneInString(initials)
	// (A one-word line is a name's first word: "European" /
	// "Investment Bank (EIB)", the two lines the acronym's whole.)
	return acr != "" && core != "" && size < len(initials) && strings.EqualFold(acr, string(head)+vocab.Initials(core)) &&
		!strings.EqualFold(acr, initials+vocab.Initials(core))
}

// organisationValue is an organisation field's value as the notice
// names the employer: the half's language of a name given in both
// ("World Trade Organization / Organisation mondiale du commerce"); the
// full name before its acronym ("IFRC - International Federation of…"
// → "International Federation of… (IFRC)"); a name in capitals as the
// prose writes it, with its acronym ("NATO HEADQUARTERS SARAJEVO" →
// "NATO Headquarters Sarajevo (NHQSa)").
func (x *extraction) organisationValue(value, lang string, body []stream.Block) string {
	// (An acronym that is a word of a language, "(AU-IBAR)", is no name
	// in the other language after the name: the name whole is the
	// half's when its own words are.)
	if core, acr := splitAcronym(value); acr == "" || !vocab.IsAcronymName(acr) || x.partInLang(core, lang) != core {
		value = x.partInLang(value, lang)
	}
	if words.CountAtMost(value, maxNameWords+1) > maxNameWords {
		// "Company" / "Cargolux Airlines International S.A. is an
		// all-cargo airline…": a board's box about the employer, its
		// name opening the first sentence.
		if name := vocab.OrganisationIn(value); name != "" {
			value = name
		} else if name := vocab.EmployerSubject(value); name != "" {
			value = name // "Entreprise :" / "Label'Vie est le groupe marocain…"
		} else if name := vocab.NameBeforeAppositive(value); name != "" {
			value = name // "Employeur : Banque Pictet & Cie SA, établissement du groupe Pictet…"
		} else if name := vocab.SubjectAfterAppositive(value); name != "" {
			value = name // "Opérateur historique des télécommunications au Maroc, Maroc Telecom accompagne…"
		}
	}
	if short, name, ok := strings.Cut(value, " - "); ok && vocab.IsAcronymName(short) && vocab.IsOrganisationLine(name) {
		value = name + " (" + proseSpelling(short, body) + ")"
	}
	return asProseWrites(withoutRemarkInParens(value), body)
}

// remarkArticles open a short name in parentheses, not a remark: "(the
// Global Fund)".
var remarkArticles = []string{"the", "la", "le", "les", "l'", "l’"}

// withoutRemarkInParens returns an employer's name without a remark in
// parentheses after it, words in small letters ("Commune de Mamer
// (client de Manpower Luxembourg)"); a short name or an acronym stays
// ("… (the Global Fund)", "… (eu-LISA)").
func withoutRemarkInParens(name string) string {
	open := strings.LastIndex(name, " (")
	if open <= 0 || !strings.HasSuffix(name, ")") {
		return name
	}
	inner := strings.Fields(name[open+2 : len(name)-1])
	if len(inner) < 2 || !words.StartsLower(inner[0]) || slices.Contains(remarkArticles, inner[0]) {
		return name
	}
	return name[:open]
}

// setSalary gives half li the salary s read from written, at origin o.
func (x *extraction) setSalary(li int, lang string, s *schema.Salary, written string, o *schema.Origin) {
	if s.Currency != nil && *s.Currency == "XOF" && !strings.Contains(strings.ToUpper(written), "XOF") {
		// "FCFA" is either CFA franc: the notice's place says which.
		if c := x.placeCurrency(vocab.CFAFrancOf); c != "" {
			s.Currency = strp(c)
		}
	}
	s.AsWritten.Set(lang, strp(written))
	x.salaries[li] = s
	x.fromHalf("/salary", li, o)
	x.from("/salary/as_written/"+lang, o)
}

// proseSpelling returns a short name in capitals as the notice's prose
// spells it, "EUROJUST" → "Eurojust", or the name as it is.
func proseSpelling(short string, body []stream.Block) string {
	if !words.IsCaps(short) || strings.ContainsAny(short, " ") {
		return short
	}
	for _, b := range body {
		if b.Kind != stream.Paragraph || !strings.Contains(strings.ToUpper(b.Text), short) {
			continue
		}
		for w := range strings.FieldsSeq(b.Text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w != short && strings.EqualFold(w, short) && words.StartsUpper(w) {
				return w
			}
		}
	}
	return short
}

// maxProseNameWords bounds a name in capitals looked for in the prose:
// an employer's name, not a line of capitals whose search would cost a
// comparison as long as itself at each hit.
const maxProseNameWords = 10

// asProseWrites returns a name in capitals as the notice's prose writes
// it, with the acronym the prose gives it ("NATO HEADQUARTERS SARAJEVO"
// → "NATO Headquarters Sarajevo (NHQSa)") or the one it has ("NATO FORCE
// INTEGRATION UNIT LITHUANIA (NFIU LTU)" → "NATO Force Integration Unit
// Lithuania (NFIU LTU)"), or the name.
func asProseWrites(name string, body []stream.Block) string {
	name, acr := splitAcronym(name)
	acronym := ""
	if acr != "" {
		acronym = " (" + acr + ")"
	}
	if !words.IsCaps(name) || words.CountAtMost(name, 2) < 2 || words.CountAtMost(name, maxProseNameWords+1) > maxProseNameWords {
		return name + acronym
	}
	if written, ok := spelledIn(name, body); ok {
		if acronym != "" {
			return written + acronym
		}
		return withAcronym(written, body)
	}
	return name + acronym
}

// spelledIn returns how a paragraph or a field's value spells a name
// in capitals, not in capitals and with a capital first.
func spelledIn(name string, body []stream.Block) (string, bool) {
	fs := strings.Fields(name)
	last := []rune(strings.ToLower(fs[len(fs)-1]))
	lower := string(last)
	last[0] = unicode.ToUpper(last[0])
	for _, cue := range [...]string{string(last), lower} {
		if written, ok := spelledAt(name, cue, body); ok {
			return written, true
		}
	}
	return "", false
}

// spelledAt is spelledIn looking at each place cue, the name's last
// word, ends it. The prose writes that word capitalised ("Sarajevo",
// "Excellence") or, in French, in small letters ("État-major militaire
// international"): paragraphs without it are let go with one search.
func spelledAt(name, cue string, body []stream.Block) (string, bool) {
	for _, b := range body {
		if b.Kind != stream.Paragraph && b.Kind != stream.Field {
			continue // (a field's value: "DIVISION:" / "International Military Staff")
		}
		// Each place the cue ends the name is compared once: the name
		// ends there, its letters as long in either case.
		for t, off := b.Text, 0; ; {
			j := strings.Index(t, cue)
			if j < 0 {
				break
			}
			end := off + j + len(cue)
			if start := end - len(name); start >= 0 && utf8.RuneStart(b.Text[start]) && strings.EqualFold(b.Text[start:end], name) {
				if written := b.Text[start:end]; !words.IsCaps(written) && words.StartsUpper(written) {
					return written, true
				}
			}
			t, off = t[j+len(cue):], end
		}
	}
	return "", false
}

// withAcronym returns name with the short name the notice's prose gives it
// in parentheses, "NATO Special Operations Headquarters (NSHQ)", when a
// company line or a sentence that names the employer leaves it out: the
// employer is named as the notice names it in full.
func withAcronym(name string, body []stream.Block) string {
	if k, short := acronymSentence(name, body); k >= 0 {
		return name + " (" + short + ")"
	}
	return name
}

// acronymSentence returns the index in body of the first sentence that
// gives name its short name, and the short name; or -1.
func acronymSentence(name string, body []stream.Block) (int, string) {
	if name == "" || strings.HasSuffix(name, ")") {
		return -1, ""
	}
	for k, b := range body {
		if b.Kind != stream.Paragraph && b.Kind != stream.ListItem {
			continue
		}
		if short := vocab.ShortNameAfter(b.Text, name); short != "" {
			return k, short
		}
	}
	return -1, ""
}

// maxBannerLine is how far down a half its site's banner is looked for:
// under a skip link or a button or two.
const maxBannerLine = 3

// reUnit is one unit of an organisation's hierarchy with its acronym:
// "International Military Staff (IMS)".
// (Compiled on its first use: few parses reach it; see reTitleGrade.)
var reUnit = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\p{Lu}[^()]*?\(\p{Lu}[\p{Lu}\d&.\- ]{0,10}\)`)
})

// bodyOverUnits returns the body a division's value or the lines above
// it name over the units of the post, and the block that names it, or
// "": the value runs the hierarchy together, the body first ("DIVISION:
// International Military Staff (IMS) Logistics and Resources Division",
// "International Military Staff Operations and Planning Division
// Current Operations Branch"), or the body stands on a line of its own
// over the division, with perhaps the units between ("International
// Military Staff (IMS)" / "Operations and Planning Division (O&P)" /
// "DIVISION: Exercises and Training Branch (E&T)"). The body's name,
// without its acronym, is no unit's and no post's, and the document
// names it elsewhere (its letterhead, its prose) unless an acronym
// closes it.
func (x *extraction) bodyOverUnits(body []stream.Block, at int, value string) (string, int) {
	bodyName := func(name string) (string, bool) {
		core, acr := splitAcronym(name)
		if core == "" {
			core = name
		}
		if !words.StartsUpper(core) || vocab.HasUnitWord(core) || vocab.HasJobNoun(core) || vocab.IsPlaceLine(core) || vocab.IsApplyButton(core) || vocab.IsFurniture(core) ||
			strings.ContainsAny(core, "0123456789:;,.") || x.voc.FunctionWord(words.Last(core)) || !acronymOpensWithName(name) {
			return "", false
		}
		if !isNameOnly(core) {
			return "", false // "Apply for this job": words of a sentence
		}
		return core, acr != ""
	}
	fs := strings.Fields(value)
	for k := min(len(fs)-2, maxNameWords); k >= minNameWordsOverUnits; k-- {
		rest := strings.Join(fs[k:], " ")
		if !words.StartsUpper(rest) || !vocab.EndsWithUnit(rest) || vocab.HasUnitWord(fs[k]) {
			continue // ("Logistics and Resources" / "Division…": a unit's name cut)
		}
		if name, closed := bodyName(strings.Join(fs[:k], " ")); name != "" && (closed || x.namedElsewhere(name, body[at])) {
			return name, at
		}
	}
	if !isNameOnly(value) {
		return "", -1 // "Sector: Public administration / Military": a board's trade, no unit under a body
	}
	k := at - 1
	for n := 0; k >= 0 && n < maxUnitLinesOver && isUnitLine(body[k]); n++ {
		k--
	}
	if k < 0 || body[k].Kind != stream.Paragraph || words.CountAtMost(body[k].Text, maxNameWords+1) > maxNameWords {
		return "", -1
	}
	if name, closed := bodyName(body[k].Text); name != "" && (closed || x.namedElsewhere(name, body[k])) {
		return name, k
	}
	return "", -1
}

// letterheadNames reports a line of body, no field's value, that opens
// with name, in any case, alone or before its other language
// ("INTERNATIONAL MILITARY STAFF / ÉTAT-MAJOR MILITAIRE INTERNATIONAL").
func letterheadNames(body []stream.Block, name string) bool {
	for _, b := range body {
		if b.Kind == stream.Field {
			continue
		}
		t := b.Text
		if len(t) >= len(name) && strings.EqualFold(t[:len(name)], name) && (len(t) == len(name) || strings.HasPrefix(t[len(name):], " /")) {
			return true
		}
	}
	return false
}

// isNameOnly reports a name's words and nothing else: capitalised words,
// minNameWordsOverUnits of them at least, and the small words that join
// them ("Operations and Planning", "Cooperative Security (CSD)").
func isNameOnly(text string) bool {
	caps := 0
	for w := range strings.FieldsSeq(text) {
		switch {
		case words.StartsUpper(w) || strings.HasPrefix(w, "("):
			caps++
		case !vocab.IsNameJoiner(w):
			return false
		}
	}
	return caps >= minNameWordsOverUnits
}

// minNameWordsOverUnits is how many capitalised words a body's name
// over its units has at least: "Military Staff" would do.
const minNameWordsOverUnits = 2

// maxUnitLinesOver bounds the unit lines between a body's line and the
// division field under it: a division, a branch, a section.
const maxUnitLinesOver = 3

// namedElsewhere reports a name the document writes on its own, in a
// block other than b: its words, capitalised as the name writes them or
// in capitals, no capitalised word of a
// longer name next to them ("…of the International Military Staff
// advises", "INTERNATIONAL MILITARY STAFF" on a line of its own; not
// "Competition and State Aid", nor "NATO Special Operations
// Headquarters" for "Special Operations").
func (x *extraction) namedElsewhere(name string, b stream.Block) bool {
	want := strings.Fields(name)
	bare := func(w string) string { return strings.Trim(w, ",.;:()/–—-\"'«»“”") }
	for _, o := range x.blocks {
		if o.Pos == b.Pos && o.Text == b.Text || len(o.Text) < len(name) {
			continue
		}
		fs := strings.Fields(o.Text)
		for i := 0; i+len(want) <= len(fs); i++ {
			k := 0
			for k < len(want) && strings.EqualFold(bare(fs[i+k]), bare(want[k])) && (!words.StartsUpper(want[k]) || words.StartsUpper(fs[i+k])) {
				k++
			}
			if k < len(want) {
				continue
			}
			last := fs[i+k-1]
			if i > 0 && bare(fs[i-1]) == fs[i-1] && words.StartsUpper(fs[i-1]) && bare(fs[i]) == fs[i] {
				continue // a capitalised word before it, of a longer name
			}
			if i+k < len(fs) && bare(last) == last && words.StartsUpper(fs[i+k]) {
				continue // one after it
			}
			return true
		}
	}
	return false
}

// labelOpensName returns an employer field's label and value as one
// name, when the label is an employer's word alone ("Agence", "Société")
// and the document writes the two together elsewhere ("l'Agence
// Djiboutienne de Développement Social (ADDS) met en œuvre…"): a bare
// line of a letterhead read as a field ("AGENCE DJIBOUTIENNE DE
// DÉVELOPPEMENT SOCIAL"); or when the value cannot open a name without
// it (vocab.OpensOnQualifier: "Société : Nationale des Habitations…", a
// board's form that cut the name after its first word). Else "".
func (x *extraction) labelOpensName(label, value string) string {
	label = strings.TrimSpace(label)
	if strings.ContainsRune(label, ' ') || !vocab.IsOrganisationHead(label) || !words.StartsUpper(value) {
		return ""
	}
	whole := label + " " + strings.TrimSpace(value)
	if vocab.OpensOnQualifier(value) {
		// "Société : Nationale des Habitations à Bon Marché", "Agence :
		// OTAN de soutien et d'acquisition": the value cannot open a
		// name, the label's word is its head.
		return whole
	}
	core, _ := splitAcronym(whole)
	if core == "" {
		core = whole
	}
	want := strings.ToLower(core)
	for _, o := range x.blocks {
		// Any block that writes the label and the value together
		// counts, a field's value too ("Employeur : Société Nationale
		// des Autoroutes du Maroc (ADM)" under "Société : Nationale…").
		// A field's value holds no label, so this field's own value,
		// and its twin in the other half, never do.
		if strings.Contains(strings.ToLower(o.Text), want) {
			return whole
		}
	}
	return ""
}

// acronymOpensWithName reports a name whose acronym after it, if any,
// opens with the name's first letter: "International Military Staff
// (IMS)". One that does not spells a word before the name too, the
// label's: "Directorate: General Human Rights and Rule of Law (DG I)" is
// the tail of a directorate's name, no body's.
func acronymOpensWithName(name string) bool {
	core, acr := splitAcronym(name)
	if acr == "" || core == "" {
		return true
	}
	a, _ := utf8.DecodeRuneInString(acr)
	c, _ := utf8.DecodeRuneInString(core)
	return unicode.ToUpper(a) == unicode.ToUpper(c)
}

// isUnitLine reports a line of its own that names a unit: "Current
// Operations Branch", under the unit above it.
func isUnitLine(b stream.Block) bool {
	return b.Kind == stream.Paragraph && len(b.Text) <= maxNamingLineBytes && vocab.EndsWithUnit(b.Text) && !vocab.HasJobNoun(b.Text)
}

// headsUnits reports a division's field at at whose value, no unit
// itself, stands over lines that name units: the top of a hierarchy.
func headsUnits(body []stream.Block, value string, at int) bool {
	return at+1 < len(body) && isUnitLine(body[at+1]) && !vocab.NamesUnit(value) && !vocab.EndsWithUnit(value) && !vocab.HasJobNoun(value) &&
		acronymOpensWithName(value)
}

// divisionBody returns the body that employs, named by a division's
// value at at over the lines of units under it (headsUnits: the body
// first, without its acronym) or by the hierarchy the value or the lines
// above it write (bodyOverUnits), and the block that names it; or "".
func (x *extraction) divisionBody(body []stream.Block, value string, at int) (string, int) {
	if headsUnits(body, value, at) {
		name, _ := splitAcronym(value)
		return name, at
	}
	return x.bodyOverUnits(body, at, value)
}

// topUnit returns the first unit of a value that names two or more units
// with their acronyms, or "". A hierarchy written with slashes names the
// body first, with its acronym, then units without theirs
// ("International Military Staff (IMS) / Cooperative Security Division
// / Partnership Programmes Branch"): the body.
func topUnit(value string) string {
	if head, rest, ok := strings.Cut(value, " / "); ok && reUnit().FindString(head) == head && !vocab.NamesUnit(head) && !vocab.EndsWithUnit(head) {
		under := true
		for part := range strings.SplitSeq(rest, " / ") {
			under = under && vocab.EndsWithUnit(part)
		}
		if under {
			return strings.TrimSpace(head)
		}
	}
	units := reUnit().FindAllString(value, -1)
	if len(units) < 2 || !strings.HasPrefix(value, units[0]) {
		return ""
	}
	return strings.TrimSpace(units[0])
}

// withoutHashtags returns a value without the tags a site appends for a
// social network's search ("Basel, Switzerland #LI-Hybrid").
func withoutHashtags(value string) string {
	for {
		sp := strings.LastIndexByte(value, ' ')
		if sp < 0 || sp+2 >= len(value) || value[sp+1] != '#' || !isASCIILetter(value[sp+2]) {
			return value
		}
		value = strings.TrimRight(value[:sp], " ,;")
	}
}

// bilingualFact returns the part in lang of a line that gives one fact in
// both languages, on either side of a bar or a slash: "Temps plein |
// Full-Time". langOf tells a part's language, "" for no such fact.
func bilingualFact(text, lang string, langOf func(string) string) (string, bool) {
	if len(text) > maxFactLineBytes {
		return "", false
	}
	for _, sep := range [...]string{" | ", " / "} {
		a, b, ok := strings.Cut(text, sep)
		if !ok || strings.Contains(b, sep) {
			continue
		}
		a, b = words.Clean(a), words.Clean(b)
		switch la, lb := langOf(a), langOf(b); {
		case la == "" || lb == "" || la == lb:
		case la == lang:
			return a, true
		case lb == lang:
			return b, true
		}
	}
	return "", false
}

// ownHeadingTitle returns the index of the first heading among half
// li's blocks that can be a post's title, leans to the half's language,
// is shaped as other, the title both halves were given, and does not
// hold it; or -1.
func (x *extraction) ownHeadingTitle(li int, other string) int {
	lang := vocab.Langs[li]
	for _, i := range x.halfBlocks[li] {
		b := x.blocks[i]
		if b.Kind != stream.Heading || b.Text == other {
			continue
		}
		if t := withoutTitleRef(x.trimTitle(b.Text)); !strings.Contains(t, other) && sameShape(t, other) && x.usableTitle(t) && vocab.HasJobNoun(t) && x.leansTo(t, lang) {
			return i
		}
	}
	return -1
}

// withoutTitleRef returns a title without the reference in parentheses
// that ends it: "… - Division Gestion exécutive (288114)".
func withoutTitleRef(t string) string {
	if open, _, ok := vocab.TitleReference(t); ok && open > 0 {
		return strings.TrimSpace(t[:open])
	}
	return t
}

// sameShape reports two titles laid out alike, as a post's name is in
// two languages: as many parentheses and spaced dashes, and neither
// twice the other's words ("Officer (Crisis Response Exercises) -
// Operations Division" and "Administrateur/Administratrice (exercices
// de réponse aux crises) - Division Opérations"; not "Data Scientist"
// and "Ce que vous ferez comme analyste de données").
func sameShape(a, b string) bool {
	dashes := func(s string) int { return strings.Count(s, " - ") + strings.Count(s, " – ") }
	na, nb := words.Count(a), words.Count(b)
	// (The slack lets a short title double its noun in French:
	// "Nurse", "Infirmier ou infirmière".)
	return strings.Count(a, " (") == strings.Count(b, " (") && dashes(a) == dashes(b) && na <= 2*nb+shapeSlackWords && nb <= 2*na+shapeSlackWords
}

// shapeSlackWords is how many words beyond twice the other's a title of
// the same shape may have.
const shapeSlackWords = 3

// leansTo reports a text whose words say it is in lang (vocab.Lean).
func (x *extraction) leansTo(text, lang string) bool {
	lean := x.voc.Lean(stream.Block{Kind: stream.Heading, Text: text})
	return lang == "en" && lean >= minLangLean || lang == "fr" && lean <= -minLangLean
}

// The fields of alsoIn.
const (
	alsoTitle = iota
	alsoSchedule
)

// fromOtherHalf gives a half that prints no title or schedule the part
// of the other half's in its language, when that half wrote it in both.
func (x *extraction) fromOtherHalf() {
	for _, l := range x.v.Languages {
		li := langIndex(l)
		if t, o := x.v.Title.Get(l), x.v.Title.Get(vocab.Langs[1-li]); t != nil && o != nil {
			if own := withoutOtherTitle(*t, *o); own != *t {
				x.v.Title.Set(l, strp(own))
			} else if *t == *o && !x.leansTo(*t, l) {
				// A site's French interface over a notice written in
				// both languages: the page's title, in English, heads
				// both halves; the French half names its post in a
				// heading of its own, shaped as the title is.
				if i := x.ownHeadingTitle(li, *t); i >= 0 {
					x.v.Title.Set(l, strp(withoutTitleRef(x.trimTitle(x.blocks[i].Text))))
					x.from("/title/"+l, x.originAt(i))
				}
			}
		}
		// (A half's own title that names no post, "The challenge", yields
		// to the post the other half names in both languages.)
		if t := x.alsoIn[li][alsoTitle]; t.text != "" && (x.v.Title.Get(l) == nil ||
			!vocab.HasJobNoun(*x.v.Title.Get(l)) && vocab.HasJobNoun(t.text)) {
			x.v.Title.Set(l, strp(t.text))
			x.from("/title/"+l, t.origin)
			x.v.Warnings = slices.DeleteFunc(x.v.Warnings, func(w schema.Warning) bool {
				return w.Code == schema.CodeTitleNotFound && w.Lang == l
			})
		}
		if t := x.alsoIn[li][alsoSchedule]; t.text != "" && x.v.Schedule.Get(l) == nil {
			x.v.Schedule.Set(l, strp(t.text))
			x.from("/schedule/"+l, t.origin)
		}
		if o := x.v.Organisation.Get(vocab.Langs[1-li]); x.v.Organisation.Get(l) == nil && o != nil {
			if name, at := x.nameBeside(*o, l); name != "" {
				x.v.Organisation.Set(l, strp(name))
				x.from("/organisation/"+l, x.originAt(at))
			} else if at := x.namedIn(li, *o); at >= 0 {
				// "Air France recrute…": the half writes the other half's
				// employer by the same name.
				x.v.Organisation.Set(l, strp(*o))
				x.from("/organisation/"+l, x.originAt(at))
			}
		}
		if p := x.v.Location.Get(vocab.Langs[1-li]); x.v.Location.Get(l) == nil && p != nil {
			// Likewise a place the half writes as the other half's field
			// does ("Paris", "Genève").
			if at := x.namedIn(li, *p); at >= 0 {
				x.v.Location.Set(l, strp(*p))
				x.from("/location/"+l, x.originAt(at))
			}
		}
	}
}

// firstWord returns a text's first word.
func firstWord(text string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	return w
}

// withoutOtherTitle returns a half's title without the other half's,
// when the line gave both ("Chauffeur classe 1 – local / Class 1 Driver –
// Local" in the French half, "Class 1 Driver – Local" in the English).
func withoutOtherTitle(title, other string) string {
	for _, sep := range [...]string{" / ", " | "} {
		a, b, ok := strings.Cut(title, sep)
		switch {
		case !ok || strings.Contains(b, sep):
		case strings.EqualFold(strings.TrimSpace(b), other) && a != "":
			return strings.TrimSpace(a)
		case strings.EqualFold(strings.TrimSpace(a), other) && b != "":
			return strings.TrimSpace(b)
		}
	}
	return title
}

// namedIn returns the first block of half li that writes name as whole
// words, or -1.
func (x *extraction) namedIn(li int, name string) int {
	for _, i := range x.halfBlocks[li] {
		b := &x.blocks[i]
		if b.Kind == stream.Field {
			continue
		}
		if at := strings.Index(b.Text, name); at >= 0 && (at == 0 || !isWordByte(b.Text[at-1])) &&
			(at+len(name) == len(b.Text) || !isWordByte(b.Text[at+len(name)])) {
			return i
		}
	}
	return -1
}

// maxNameWords bounds an employer's name on a line beside its other
// language's: "Agence de l'Union européenne pour la coopération des
// services répressifs".
const maxNameWords = 14

// subjectPronouns open a sentence that says what someone does: "vous
// planifiez le travail des équipes", no employer's name ("eu-LISA
// (…)", "bpost group, …" open in small letters too).
var subjectPronouns = []string{"you", "vous", "tu", "we", "nous", "they", "ils", "elles", "il", "elle", "he", "she", "on"}

// isClause reports a value in small letters that reads as a clause, not
// as a name: a sentence with its stop or a list's semicolon, one opened
// by a subject pronoun, or minClauseWords words and more with neither a
// comma nor a bracket, which a name with its description holds ("eu-LISA
// (…)", "bpost group, Belgian postal services…" are names; "piloter
// plusieurs projets en parallèle sans perdre le fil" is none).
func isClause(value string) bool {
	t := strings.TrimSpace(value)
	return words.IsProse(t) || strings.HasSuffix(t, ";") || slices.Contains(subjectPronouns, strings.ToLower(words.First(t))) ||
		words.CountAtMost(t, minClauseWords) >= minClauseWords && !strings.ContainsAny(t, ",(")
}

// minClauseWords is how many words without a comma or a bracket make a
// value in small letters a clause: a name in small letters is a word or
// two ("l'Agence spatiale").
const minClauseWords = 5

// maxBesideLines is how far from the top a line naming the employer in
// both languages is looked for: a letterhead or a banner.
const maxBesideLines = 12

// nameBeside returns the employer's name in lang that a line near the top
// prints beside its name in the other language, and the line's index:
// "Royal Canadian Mounted Police Gendarmerie royale du Canada", "Bank of
// Canada | Banque du Canada".
func (x *extraction) nameBeside(other, lang string) (string, int) {
	for i := range x.blocks[:min(len(x.blocks), maxBesideLines)] {
		b := x.blocks[i]
		if b.Kind != stream.Heading && b.Kind != stream.Paragraph {
			continue
		}
		at := strings.Index(b.Text, other)
		if at < 0 {
			continue
		}
		rest := strings.TrimSpace(b.Text[:at] + " " + b.Text[at+len(other):])
		rest = strings.Trim(rest, " |/–-·")
		if rest == "" || words.CountAtMost(rest, maxNameWords+1) > maxNameWords || !words.StartsUpper(rest) ||
			strings.ContainsAny(rest, ".:;|·") {
			continue
		}
		lean := x.voc.Lean(stream.Block{Kind: stream.Paragraph, Text: rest})
		if lang == "fr" && lean <= -minLangLean || lang == "en" && lean >= minLangLean {
			return rest, i
		}
	}
	return "", -1
}

// reconcile merges what the two halves said into the language-neutral
// fields, recording disagreements as warnings.
// cutTitleTrail takes off a title what a board appends to it: a place
// after a dash, and the employer before that place ("Early Resolution
// Officer - Ombudsman Ontario - Toronto, ON", "Chef de Partie (H/F) -
// Marrakech"), or the employer after "at" ("Research Associate at
// International Institute of Tropical Agriculture (IITA)").
func (x *extraction) cutTitleTrail(lang string) {
	t := x.v.Title.Get(lang)
	if t == nil {
		return
	}
	org, loc := "", ""
	if o := x.v.Organisation.Get(lang); o != nil {
		org = *o
	}
	if l := x.v.Location.Get(lang); l != nil {
		loc = *l
	}
	title := withoutRefHead(*t, x.v.Reference)
	for _, at := range []string{" at ", " chez "} {
		if i := strings.LastIndex(title, at); i > 0 && namesEmployer(title[i+len(at):], org) {
			title = strings.TrimSpace(title[:i])
		}
	}
	placeCut := false
	for {
		tail, ok := vocab.AfterLastSpacedDash(title)
		if !ok {
			break
		}
		switch {
		case isRefPart(tail, x.v.Reference):
			// "Water Quality Analyst - ENV-0418-26": the notice's number
			// after its title, as the head's is before it.
		case namesPlace(tail, loc):
			placeCut = true
		case placeCut && namesEmployer(tail, org):
			// "… - Ombudsman Ontario - Toronto, ON": a board's employer
			// before its place. Alone after a dash, the employer is the
			// title's own ("Communications Officer - NATO Science and
			// Technology Organization", NATO's form).
		default:
			ok = false
		}
		head := withoutTrailingDash(title[:len(title)-len(tail)])
		if !ok || head == "" {
			break
		}
		title = head
	}
	if title != *t {
		x.v.Title.Set(lang, strp(title))
	}
}

// withoutRefHead returns a title without the reference, or its last
// part, that a site wrote before it and a dash ("A134 - Project Officer
// Cyber Defence" for the reference EDA/2026/A134).
func withoutRefHead(title, ref string) string {
	if ref == "" {
		return title
	}
	for _, d := range spacedDashes {
		head, rest, ok := strings.Cut(title, d)
		if !ok || rest == "" {
			continue
		}
		if isRefPart(head, ref) {
			return strings.TrimSpace(rest)
		}
	}
	return title
}

// isRefPart reports a part of a title a dash sets off that is the
// reference, or the reference's last part when that holds a figure.
func isRefPart(part, ref string) bool {
	if ref == "" {
		return false
	}
	last := ref[strings.LastIndexAny(ref, "/ ")+1:]
	return part == ref || part == last && hasDigit(last)
}

// withoutTrailingDash is the text before a spaced dash that ends it
// ("Chef de Partie (H/F) - " → "Chef de Partie (H/F)").
func withoutTrailingDash(t string) string {
	t = strings.TrimRight(t, " ")
	for _, d := range [...]string{"-", "–", "—"} {
		if h, ok := strings.CutSuffix(t, d); ok {
			return strings.TrimSpace(h)
		}
	}
	return strings.TrimSpace(t)
}

// namesEmployer reports a part of a title that names the employer: its
// name, its acronym, or its name and one word more ("Ombudsman Ontario"
// for "Ombudsman").
func namesEmployer(part, org string) bool {
	p := strings.ToLower(strings.TrimSpace(part))
	if p == "" || org == "" {
		return false
	}
	core, acronym := splitAcronym(org)
	c := strings.ToLower(core)
	return p == strings.ToLower(org) || p == c || acronym != "" && p == strings.ToLower(acronym) ||
		strings.HasPrefix(p, c+" ") && words.Count(p) <= words.Count(c)+1
}

// namesPlace reports a part of a title that names the post's place
// ("Toronto" of "Toronto, ON") or a place alone.
func namesPlace(part, loc string) bool {
	p := strings.ToLower(strings.TrimSpace(part))
	if p == "" {
		return false
	}
	if loc != "" {
		city := strings.ToLower(strings.TrimSpace(strings.Split(loc, ",")[0]))
		if p == strings.ToLower(loc) || city != "" && (p == city || strings.HasPrefix(p, city+",")) {
			return true
		}
	}
	return vocab.IsPlaceLine(part)
}

func (x *extraction) reconcile() {
	v := x.v
	// keep reports the provenance of the half whose value is kept.
	keep := func(ptr string, li int) {
		if n := x.neutral[ptr]; n != nil {
			x.from(ptr, n[li])
		}
	}
	pick := func(name, ptr, code string, vals [2]string) string {
		a, b := vals[vocab.EN], vals[vocab.FR]
		switch {
		case a == "":
			keep(ptr, vocab.FR)
			return b
		case b != "" && !strings.EqualFold(a, b):
			x.warn(code, ptr, "", "%s differs between the halves: en %q, fr %q", name, a, b)
		}
		keep(ptr, vocab.EN)
		return a
	}
	v.Reference = pick("reference", "/reference", schema.CodeReferenceMismatch, x.refs)
	if v.Reference != "" {
		// "Nuclear Security Officer (Radiation Detection Systems)
		// (2028/0412)": the notice's number after its title, in a form
		// the title rules do not take for one, is no part of it.
		tail := " (" + v.Reference + ")"
		for _, l := range vocab.Langs {
			if t := v.Title.Get(l); t != nil && strings.HasSuffix(*t, tail) && len(*t) > len(tail) {
				v.Title.Set(l, strp(strings.TrimSpace(strings.TrimSuffix(*t, tail))))
			}
		}
	}
	if p := pick("post number", "/post_number", schema.CodePostNumberMismatch, x.posts); p != "" {
		v.PostNumber = &p
	}
	if en, fr := x.deadlines[vocab.EN], x.deadlines[vocab.FR]; !x.monthFirst && en != "" && en != fr && en == swappedISO(fr) {
		// "04/09/2027" in the English half, "09/04/2027" in the French,
		// in a notice with no date that says which comes first: the
		// French half's, written as French always is, day first.
		x.deadlines[vocab.EN] = fr
	}
	if d := pick("deadline", "/deadline", schema.CodeDeadlineMismatch, x.deadlines); d != "" {
		v.Deadline = &d
	}
	if g := pick("grade", "/grade", schema.CodeGradeMismatch, x.grades); g != "" {
		v.Grade = &g
	}
	if c := pick("clearance", "/clearance", schema.CodeClearanceMismatch, x.clearances); c != "" {
		v.Clearance = &c
	}
	se, sf := x.salaries[vocab.EN], x.salaries[vocab.FR]
	switch {
	case se != nil && sf != nil:
		if !sameSalary(se, sf) {
			x.warn(schema.CodeSalaryMismatch, "/salary", "", "salary differs between the halves: en %s, fr %s", salaryString(se), salaryString(sf))
		}
		se.AsWritten.FR = sf.AsWritten.FR
		fillSalary(se, sf)
		v.Salary = se
		keep("/salary", vocab.EN)
	case se != nil:
		v.Salary = se
		keep("/salary", vocab.EN)
	case sf != nil:
		v.Salary = sf
		keep("/salary", vocab.FR)
	}
	if s := v.Salary; s != nil && s.Currency == nil {
		if c, p, at := x.statedPayTerms(); c != "" {
			// "Salary (Pay Basis)" / "3,894.12", and lower down "The
			// salary shown above is the basic salary, paid monthly in
			// euros": the figure's currency and period.
			s.Currency = strp(c)
			x.from("/salary/currency", x.originAt(at))
			if s.Period == nil && p != "" {
				s.Period = strp(p)
				x.from("/salary/period", x.originAt(at))
			}
		} else {
			x.warn(schema.CodeCurrencyNotStated, "/salary/currency", "", "salary: the notice states no currency")
		}
	}
	if s := v.Salary; s != nil && s.Period == nil {
		if p := inferredPeriod(s); p != "" {
			s.Period = &p
			x.warn(schema.CodeSalaryPeriodInferred, "/salary/period", "", "salary: the notice states no period; %s read from the figure's size", p)
		}
	}
}

// statedPayTerms returns the currency, and the period if any, that a
// sentence of the notice about its pay names without a figure, and the
// sentence's block: "The salary shown above is the basic salary, paid
// monthly in euros". A sentence with a figure is a salary of its own,
// read elsewhere.
func (x *extraction) statedPayTerms() (currency, period string, at int) {
	for i := range x.blocks {
		b := &x.blocks[i]
		if b.Kind != stream.Paragraph && b.Kind != stream.ListItem || !vocab.MayNameSalary(b.Text) || hasDigit(b.Text) {
			continue
		}
		if !vocab.HasSalaryCue(b.Text) {
			continue
		}
		if c := vocab.Currency(b.Text); c != "" {
			return c, vocab.Period(b.Text), i
		}
	}
	return "", "", -1
}

// Figures that tell a salary's period when the notice states none, in
// euros, Swiss francs and pounds: no month's pay reaches yearFigure, and
// a post's monthly pay lies between monthFigure and yearFigure. (Dollar
// figures are left alone: a Canadian poster's range is read without a
// period, as the corpus's contract has it, and a dollar figure under
// yearFigure may be a fortnight's.)
const (
	yearFigure  = 15000
	monthFigure = 1000
)

// inferredPeriod returns the period a salary's size tells, or "".
func inferredPeriod(s *schema.Salary) string {
	if s.Currency == nil {
		return ""
	}
	figure := s.Amount
	if figure == nil {
		figure = s.Min
	}
	if figure == nil {
		return ""
	}
	if c := *s.Currency; c != "EUR" && c != "CHF" && c != "GBP" {
		return ""
	}
	switch {
	case *figure >= yearFigure:
		return "year"
	case *figure >= monthFigure:
		return "month"
	}
	return ""
}

// sameSalary reports two halves' salaries that say the same, a part one
// half leaves out aside.
func sameSalary(a, b *schema.Salary) bool {
	num := func(p, q *float64) bool { return p == nil || q == nil || *p == *q }
	str := func(p, q *string) bool { return p == nil || q == nil || *p == *q }
	return num(a.Amount, b.Amount) && num(a.Min, b.Min) && num(a.Max, b.Max) && str(a.Currency, b.Currency) && str(a.Period, b.Period)
}

// fillSalary completes a with what only b states.
func fillSalary(a, b *schema.Salary) {
	if a.Currency == nil {
		a.Currency = b.Currency
	}
	if a.Period == nil {
		a.Period = b.Period
	}
}

// salaryString renders a salary in a warning: "1286.09 EUR/month",
// "77690-87907 CAD".
func salaryString(s *schema.Salary) string {
	num := func(f *float64) string { return fmt.Sprintf("%.2f", *f) }
	out := "?"
	switch {
	case s.Amount != nil:
		out = num(s.Amount)
	case s.Min != nil && s.Max != nil:
		out = num(s.Min) + "-" + num(s.Max)
	}
	if s.Currency != nil {
		out += " " + *s.Currency
	}
	if s.Period != nil {
		out += "/" + *s.Period
	}
	return out
}

// sectionKind returns the kind of section a block opens, if it opens one.
func (x *extraction) sectionKind(i int) (string, bool) {
	f := x.factsOf(i)
	return f.kind, f.opens
}

// placeFieldAfter reports a place's field among the blocks after the i-th
// of ids (x.blocks' indexes): a place's value that reads as a title
// ("Community: Recreation and Wellness Coordinator") gives way to it, but
// a place that ends as a post's noun does ("Location: Hilton Head") is
// the only one.
func (x *extraction) placeFieldAfter(ids []int, i int) bool {
	for _, id := range ids[i+1:] {
		if f, _, _, ok := x.blockField(id); ok && f == "location" {
			return true
		}
	}
	return false
}
