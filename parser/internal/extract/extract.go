package extract

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/lang"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"

	"github.com/vacancy-tools/vacancy/schema"
)

// Package extract turns a notice's section stream into a schema.Vacancy:
// it decides whether the document is a vacancy notice at all, finds the
// title and reference, splits the languages (package lang), reads the
// header fields, cuts each half into sections and reads the contract
// fields (criteria, competencies, deadline, salary) out of them
// (values.go). Every format reaches it as the same stream.

// minVacancyFields is how many distinct header fields (location, deadline,
// grade…) a document needs to count as a vacancy notice. A press release
// may name a place, a date and a number, but never under these labels.
const minVacancyFields = 3

// Extract turns a section stream into a vacancy, reading its words with
// v. A document that does not carry the evidence of a vacancy notice is
// refused with failure.ErrNotVacancy.
func Extract(doc *stream.Document, v *vocab.Vocabulary) (*schema.Vacancy, error) {
	blocks := doc.Blocks
	// The letterhead and banner before the first title belong to no half.
	x := &extraction{voc: v}
	if i := firstTitle(blocks); i > 0 {
		blocks = blocks[i:]
	}
	found := map[string]bool{}
	for _, b := range blocks {
		if f, _, _, ok := x.blockField(b); ok {
			found[f] = true
		}
	}
	keys := 0
	for _, f := range []string{"location", "organisation", "schedule", "deadline", "salary", "grade", "clearance"} {
		if found[f] {
			keys++
		}
	}
	if keys < minVacancyFields {
		return nil, failure.Errorf(failure.ErrNotVacancy, "not a vacancy notice: %d of the header fields a notice carries (location, body, schedule, deadline, salary, grade, clearance) found, %d needed", keys, minVacancyFields)
	}

	vac := &schema.Vacancy{Languages: []string{}, Warnings: []string{}, Source: schema.Source{Format: doc.Format, Pages: doc.Pages}}
	x.v = vac
	for _, h := range lang.Split(v, blocks) {
		vac.Languages = append(vac.Languages, h.Lang)
		x.half(h)
	}
	x.reconcile()
	if vac.Reference == "" {
		vac.Warnings = append(vac.Warnings, "no reference number found after the title")
	}
	return vac, nil
}

// firstTitle returns the index of the first block ending with a reference
// number in parentheses, or -1.
func firstTitle(blocks []stream.Block) int {
	for i, b := range blocks {
		if (b.Kind == stream.Heading || b.Kind == stream.Paragraph) && vocab.EndsWithReference(b.Text) {
			return i
		}
	}
	return -1
}

// blockField reads a header field from any block: readers that know the
// label (Markdown bold, HTML tables) give Field blocks, others may give a
// paragraph that starts with a known label.
func (x *extraction) blockField(b stream.Block) (field, label, value string, ok bool) {
	switch b.Kind {
	case stream.Field:
		f, l, v, ok := x.voc.Field(b.Label+": "+b.Text, false)
		return f, l, strings.TrimSpace(v), ok
	case stream.Paragraph, stream.ListItem:
		// Header fields also come as a bulleted list.
		f, l, v, ok := x.voc.Field(b.Text, false)
		if ok && len(v) < 120 {
			return f, l, v, true
		}
	}
	return "", "", "", false
}

type extraction struct {
	voc        *vocab.Vocabulary
	v          *schema.Vacancy
	deadlines  [2]string // ISO date per half, for reconcile
	salaries   [2]*schema.Salary
	grades     [2]string
	clearances [2]string
	refs       [2]string
}

func langIndex(lang string) int {
	if lang == "fr" {
		return vocab.FR
	}
	return vocab.EN
}

func strp(s string) *string { return &s }

// half extracts the fields of one language half.
func (x *extraction) half(h lang.Half) {
	v, li := x.v, langIndex(h.Lang)
	body := h.Blocks
	titleAt := -1 // the title is not part of the body
	if i := firstTitle(body); i >= 0 {
		title := body[i].Text
		open, ref, _ := vocab.TitleReference(title)
		x.refs[li] = ref
		v.Title.Set(h.Lang, strp(words.Clean(title[:open])))
		titleAt = i
	} else if i := x.fallbackTitle(body); i >= 0 {
		v.Title.Set(h.Lang, strp(words.Clean(body[i].Text)))
		titleAt = i
	}

	seen := map[string]bool{}
	rest := make([]stream.Block, 0, len(body))
	for i, b := range body {
		if i == titleAt {
			continue
		}
		f, _, value, ok := x.blockField(b)
		if !ok || seen[f] {
			rest = append(rest, b)
			continue
		}
		value = words.Clean(value)
		if value == "" {
			// A label whose value the layout lost: say so, never
			// report an empty string as the value.
			v.Warnings = append(v.Warnings, fmt.Sprintf("%s: %s label without a value", h.Lang, f))
			continue
		}
		seen[f] = true
		switch f {
		case "location":
			v.Location.Set(h.Lang, strp(value))
		case "organisation":
			v.Organisation.Set(h.Lang, strp(value))
		case "schedule":
			v.Schedule.Set(h.Lang, strp(value))
		case "deadline":
			v.DeadlineAsWritten.Set(h.Lang, strp(value))
			if d, ok := parseDate(value); ok {
				x.deadlines[li] = d
			} else {
				v.Warnings = append(v.Warnings, fmt.Sprintf("%s: deadline %q is not a date", h.Lang, value))
			}
		case "salary":
			if s, ok := parseSalary(value); ok {
				s.AsWritten.Set(h.Lang, strp(value))
				x.salaries[li] = s
			} else {
				v.Warnings = append(v.Warnings, fmt.Sprintf("%s: salary %q not understood", h.Lang, value))
			}
		case "reference":
			// Notices without "(250715)" after the title may say it
			// in a field; the title's number wins when both exist.
			if x.refs[li] == "" {
				if m := vocab.ReferenceIn(value); m != "" {
					x.refs[li] = m
				}
			}
		case "grade":
			// "Grade NATO Grade A.2": the value repeats the label.
			if f, _, rest, ok := x.voc.Field(value, true); ok && f == "grade" && rest != "" {
				value = rest
			}
			x.grades[li] = value
		case "clearance":
			x.clearances[li] = value
		default:
			rest = append(rest, b) // a field we do not map stays in the body
		}
	}

	sections := x.buildSections(rest)
	v.Sections.Set(h.Lang, sections)
	req := &schema.Requirements{Essential: []string{}, Desirable: []string{}}
	var comps []schema.Competency
	for _, s := range sections {
		switch s.Kind {
		case "essential":
			req.Essential = append(req.Essential, criteria(s)...)
		case "desirable":
			req.Desirable = append(req.Desirable, criteria(s)...)
		case "competencies":
			comps = append(comps, competencies(s)...)
		}
	}
	// A language the notice has gets empty lists, never null: null
	// means the notice has no such half.
	v.Requirements.Set(h.Lang, req)
	if comps == nil {
		comps = []schema.Competency{}
	}
	v.Competencies.Set(h.Lang, comps)
	if sections == nil {
		v.Sections.Set(h.Lang, []schema.Section{})
	}
	if x.deadlines[li] == "" {
		// No deadline field: notices also say "Apply until 22 June 2025".
		if d, ok := deadlineFromText(sections); ok {
			x.deadlines[li] = d
			v.Warnings = append(v.Warnings, fmt.Sprintf("%s: deadline taken from the text, not from a deadline field", h.Lang))
		}
	}
}

// fallbackTitle finds the title of a half that has no "(250715)" title
// and returns its index, or -1: the last short heading or line before the
// header fields, or else the first heading, skipping known section
// headings and bilingual banners ("VACANCY NOTIFICATION/ NOTIFICATION DE
// LA VACANCE DU POSTE").
func (x *extraction) fallbackTitle(blocks []stream.Block) int {
	usable := func(b stream.Block) bool {
		if b.Kind != stream.Heading && b.Kind != stream.Paragraph || words.Count(b.Text) > stream.MaxHeadingWords {
			return false
		}
		_, known := x.voc.Heading(b.Text)
		return !known && !strings.Contains(b.Text, "/")
	}
	title := -1
	for i, b := range blocks {
		if _, _, _, ok := x.blockField(b); ok {
			if title >= 0 {
				return title
			}
			break
		}
		if usable(b) {
			title = i
		}
	}
	for i, b := range blocks {
		if b.Kind == stream.Heading && usable(b) {
			return i
		}
	}
	return -1
}

// reconcile merges what the two halves said into the language-neutral
// fields, recording disagreements as warnings.
func (x *extraction) reconcile() {
	v := x.v
	pick := func(name string, vals [2]string) string {
		a, b := vals[vocab.EN], vals[vocab.FR]
		switch {
		case a == "":
			return b
		case b != "" && !strings.EqualFold(a, b):
			v.Warnings = append(v.Warnings, fmt.Sprintf("%s differs between the halves: en %q, fr %q", name, a, b))
		}
		return a
	}
	v.Reference = pick("reference", x.refs)
	if d := pick("deadline", x.deadlines); d != "" {
		v.Deadline = &d
	}
	if g := pick("grade", x.grades); g != "" {
		v.Grade = &g
	}
	if c := pick("clearance", x.clearances); c != "" {
		v.Clearance = &c
	}
	se, sf := x.salaries[vocab.EN], x.salaries[vocab.FR]
	switch {
	case se != nil && sf != nil:
		if se.Amount != sf.Amount || se.Currency != sf.Currency || se.Period != sf.Period {
			v.Warnings = append(v.Warnings, fmt.Sprintf("salary differs between the halves: en %.2f %s/%s, fr %.2f %s/%s",
				se.Amount, se.Currency, se.Period, sf.Amount, sf.Currency, sf.Period))
		}
		se.AsWritten.FR = sf.AsWritten.FR
		v.Salary = se
	case se != nil:
		v.Salary = se
	case sf != nil:
		v.Salary = sf
	}
}

// isNumberedSection says whether s is a numbered section heading in
// capitals, such as "9. OTHER MATTERS", that the vocabulary does not know:
// one or two digits, an optional dot, spaces, a capital, then at least one
// more capital, space or , ' ’ & / -. (Written out rather than as a
// regular expression: \p{Lu} classes made it the costliest one to
// compile at start-up.)
func isNumberedSection(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
	}
	rest := strings.TrimLeft(s[i:], words.Spaces)
	if len(rest) == len(s[i:]) {
		return false // no space after the number
	}
	n := 0
	for _, r := range rest {
		switch {
		case n == 0 && !unicode.IsUpper(r):
			return false
		case n > 0 && !unicode.IsUpper(r) && !strings.ContainsRune(words.Spaces+",'’&/-", r):
			return false
		}
		n++
	}
	return n >= 2
}

func startsDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// sectionStart says whether a block opens a section, with the section's
// kind, its heading as written and any run-in text after the heading.
// text is words.Clean(b.Text), which the caller needs too.
func (x *extraction) sectionStart(b stream.Block, text string) (kind, heading, runIn string, ok bool) {
	switch b.Kind {
	case stream.Heading:
		if k, ok := x.voc.Heading(text); ok {
			return k, text, "", true
		}
		if isNumberedSection(text) {
			return "other", text, "", true
		}
		return "", "", "", false
	case stream.Field:
		if k, ok := x.voc.Heading(b.Label); ok {
			return k, words.Clean(b.Label), text, true
		}
	case stream.Paragraph:
		if k, ok := x.voc.Heading(text); ok {
			return k, text, "", true
		}
		// A run-in heading: "Essential: The candidate must:".
		if i := strings.Index(text, ":"); i > 0 && i < 60 {
			if k, ok := x.voc.Heading(text[:i]); ok {
				return k, strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+1:]), true
			}
		}
	case stream.ListItem:
		// "1. SUMMARY" read as a list item.
		if k, ok := x.voc.Heading(text); ok && stream.IsCapsHeading(text) {
			return k, strings.TrimSpace(b.Marker + " " + text), "", true
		}
		// (Only a marker that starts with a digit can number a section:
		// the other items are spared building the string.)
		if startsDigit(b.Marker) && isNumberedSection(b.Marker+" "+text) {
			return "other", strings.TrimSpace(b.Marker + " " + text), "", true
		}
	}
	return "", "", "", false
}

// buildSections cuts a half's body into sections at each section heading.
// Unknown headings inside a section are kept as its sub-headings.
func (x *extraction) buildSections(blocks []stream.Block) []schema.Section {
	var out []schema.Section
	var cur *schema.Section
	open := func(kind, heading string) {
		out = append(out, schema.Section{Kind: kind, Heading: strings.TrimRight(heading, " :"), Content: []schema.Content{}})
		cur = &out[len(out)-1]
	}
	for _, b := range blocks {
		text := words.Clean(b.Text)
		if kind, heading, runIn, ok := x.sectionStart(b, text); ok {
			open(kind, heading)
			if runIn != "" {
				cur.Content = append(cur.Content, schema.Content{Type: "paragraph", Text: runIn})
			}
			continue
		}
		if cur == nil {
			if b.Kind == stream.Heading {
				open("other", text)
				continue
			}
			open("header", "")
		}
		c := schema.Content{Type: "paragraph", Text: text}
		switch b.Kind {
		case stream.ListItem:
			c.Type, c.Marker, c.Depth = "item", b.Marker, b.Depth
		case stream.Heading:
			c.Type = "heading"
		case stream.Field:
			c.Text = words.Clean(b.Label + ": " + b.Text)
		}
		if c.Text == "" {
			continue
		}
		cur.Content = append(cur.Content, c)
	}
	return out
}

// criteria returns one string per criterion of a requirements section:
// its outer list items, or, when a layout lost the list markers, its
// paragraphs other than the introduction ("The candidate must:").
func criteria(s schema.Section) []string {
	items := outerItems(s)
	if len(items) > 0 {
		return items
	}
	var out []string
	for _, c := range s.Content {
		if c.Type == "paragraph" && !strings.HasSuffix(c.Text, ":") {
			out = append(out, c.Text)
		}
	}
	return out
}

// outerItems returns the texts of the least-nested list items.
func outerItems(s schema.Section) []string {
	minDepth := -1
	for _, c := range s.Content {
		if c.Type == "item" && (minDepth < 0 || c.Depth < minDepth) {
			minDepth = c.Depth
		}
	}
	var out []string
	for _, c := range s.Content {
		if c.Type == "item" && c.Depth == minDepth {
			out = append(out, c.Text)
		}
	}
	return out
}

// competencies reads "Name: description" items (or paragraphs).
func competencies(s schema.Section) []schema.Competency {
	texts := outerItems(s)
	if len(texts) == 0 {
		for _, c := range s.Content {
			if c.Type == "paragraph" {
				texts = append(texts, c.Text)
			}
		}
	}
	var out []schema.Competency
	for _, t := range texts {
		i := strings.Index(t, ":")
		if i <= 0 || i > 80 || i == len(t)-1 {
			continue
		}
		name := strings.TrimSpace(strings.TrimRight(t[:i], " \u00a0\u202f"))
		desc := strings.TrimSpace(t[i+1:])
		if name == "" || desc == "" {
			continue
		}
		out = append(out, schema.Competency{Name: name, Description: desc})
	}
	return out
}
