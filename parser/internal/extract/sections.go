package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/furniture"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

// This file cuts a half into sections at its headings and reads the
// criteria and competencies out of them.

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

// introductionKind is the kind of list a line leads into without being
// a heading ("The following would be an advantage:", "You demonstrate
// the following competencies:"), or "".
func introductionKind(text string) string {
	switch {
	case vocab.IsDesirableIntroduction(text):
		return "desirable"
	case vocab.IsCompetencyIntroduction(text):
		return "competencies"
	case vocab.IsEssentialIntroduction(text):
		return "essential"
	}
	return ""
}

// maxNumberedHeadingWords bounds a known heading written as a numbered
// list item: a longer item is a criterion that starts like a heading.
const maxNumberedHeadingWords = 4

func startsDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// sectionStart says whether a block opens a section, with the section's
// kind, its heading as written and any run-in text after the heading.
// f holds the block's clean text and what it is as a heading.
func (x *extraction) sectionStart(i int, b stream.Block, f *blockFacts) (kind, heading, runIn string, ok bool) {
	text := f.text
	switch b.Kind {
	case stream.Heading:
		if f.isHeading {
			return f.headingKind, text, "", true
		}
		// A line set in bold that leads into a list: "Serait apprécié :".
		if k := introductionKind(text); k != "" {
			return k, text, "", true
		}
		if k := x.unknownPart(i, b, text); k != "" {
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
		if f.isHeading {
			return f.headingKind, text, "", true
		}
		// A line that leads into desirable criteria or competencies.
		if k := introductionKind(text); k != "" {
			return k, text, "", true
		}
		// A heading in capitals that the tables do not hold whole.
		if stream.IsCapsHeading(text) {
			if k, ok := x.voc.HeadingByWords(b.Text); ok {
				return k, text, "", true
			}
		}
		// "Impartiality, Accuracy, Collaboration, Accountability" under
		// "Key competencies": the names the heading leads into, though a
		// name says a part ("Accountability").
		if x.namesUnderCompetencies(i, text) {
			return "", "", "", false
		}
		// A short line over a list, a heading whose words say nothing
		// ("Ce qui vous rend unique"): the list says what it heads.
		// (Under a heading that ends with its colon, "Assets:", the line
		// is the first thing it leads into.)
		if isListHead(text) && !(i > 0 && x.blocks[i-1].Kind == stream.Heading && strings.HasSuffix(x.blocks[i-1].Text, ":")) {
			if k := x.unknownPart(i, b, text); k != "" {
				return k, text, "", true
			}
		}
		// A run-in heading: "Essential: The candidate must:".
		if i := strings.Index(text, ":"); i > 0 && i < maxRunInLabelBytes {
			if k, ok := x.voc.Heading(text[:i]); ok {
				return k, strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+1:]), true
			}
		}
		// Or without its colon, set in bold before a sentence: "Core
		// Competencies OECD staff are expected to…".
		// ("Knowledge Management: Contributes to…" is a run-in label of
		// its own, which the heading "Knowledge" only opens.)
		// Or parted from its sentence by a dash: "Education — An
		// advanced university degree…", "Competencies — Professionalism:
		// …" (the dash, not a colon further on, ends the heading).
		if s, ok := x.voc.LeadingSpan(text); ok && s.Kind != "" && s.Field == "" {
			rest, dashed := cutLeadDash(text[s.End:])
			if dashed && !readsAsSentence(rest) {
				// "Education – Senior Policy Adviser, Schools Funding": a
				// title under its department's name.
				return "", "", "", false
			}
			if (dashed || !runInLabelPast(text, s.End)) && words.StartsUpper(rest) && words.Count(rest) > words.Count(text[:s.End]) {
				return s.Kind, text[:s.End], rest, true
			}
		}
	case stream.ListItem:
		// "1. SUMMARY" or "4. Organizational Competencies" read as a list
		// item: capitals, or a short known heading under a section number.
		if f.isHeading && (stream.IsCapsHeading(text) ||
			startsDigit(b.Marker) && strings.HasSuffix(b.Marker, ".") && words.Count(text) <= maxNumberedHeadingWords) {
			return f.headingKind, strings.TrimSpace(b.Marker + " " + text), "", true
		}
		// (Only a marker that starts with a digit can number a section:
		// the other items are spared building the string.)
		if startsDigit(b.Marker) && isNumberedSection(b.Marker+" "+text) {
			return "other", strings.TrimSpace(b.Marker + " " + text), "", true
		}
		// "5. Qualités requises" under "4. Atouts" and its bullets: the
		// next part's heading, numbered on from the part's, read as an
		// item of its list.
		if isListHead(text) && x.numbersNextPart(i, b.Marker) {
			kind := "other"
			switch {
			case f.isHeading:
				kind = f.headingKind
			case vocab.NamesQualities(text):
				kind = "competencies"
			default:
				if k := x.unknownPart(i, b, text); k != "" {
					kind = k
				}
			}
			return kind, strings.TrimSpace(b.Marker + " " + text), "", true
		}
	}
	return "", "", "", false
}

// namesUnderCompetencies reports a line of names parted by commas, each
// with its capital and no colon in the line, right under the heading of
// competencies: the list the heading leads into.
func (x *extraction) namesUnderCompetencies(i int, text string) bool {
	if i == 0 || strings.Contains(text, ":") || strings.Count(text, ",") < minCommaNames-1 {
		return false
	}
	if p := x.factsOf(i - 1); !p.opens || p.kind != "competencies" || p.runIn != "" {
		return false
	}
	return len(nameList(text)) >= minCommaNames
}

// numbersNextPart reports an item i whose marker ("5.") numbers on from
// the heading of the section it stands in ("4. Atouts"), with no item
// numbered between them: the marker is the next part's number, not an
// item's of a numbered list ("2. Tâches" over "1." and "2.").
func (x *extraction) numbersNextPart(i int, marker string) bool {
	n, ok := partNumber(marker)
	if !ok || n < 2 {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-maxPartBlocks; j-- {
		if b := &x.blocks[j]; b.Kind == stream.ListItem && startsDigit(b.Marker) {
			return false
		}
		f := x.factsOf(j)
		if !f.opens {
			continue
		}
		// (A part's unnumbered sub-head, "Atouts" under "3. Profil
		// requis", is passed over.)
		head, _, _ := strings.Cut(f.heading, " ")
		if prev, ok := partNumber(head); ok {
			return prev == n-1
		}
	}
	return false
}

// maxPartBlocks bounds the blocks looked back through for the heading of
// the part an item's number follows on: a part's few paragraphs and
// items.
const maxPartBlocks = 40

// partNumber reads a part's number, one or two digits and a full stop
// ("5."), as a marker or a heading opens with it.
func partNumber(s string) (int, bool) {
	if len(s) < 2 || len(s) > 3 || s[len(s)-1] != '.' {
		return 0, false
	}
	n := 0
	for _, c := range s[:len(s)-1] {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = 10*n + int(c-'0')
	}
	return n, true
}

// cutLeadDash returns s without the spaced dash it opens with (" — An
// advanced degree…" → "An advanced degree…"), and whether there was one;
// or s trimmed.
func cutLeadDash(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, d := range spacedDashes {
		if rest, ok := strings.CutPrefix(" "+s, d); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return s, false
}

// readsAsSentence reports a text that reads as a sentence or more, not a
// title: it ends with a stop, or runs to minSentenceWords words with one
// in small letters.
func readsAsSentence(s string) bool {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";") {
		return true
	}
	if words.CountAtMost(s, minRunInSentenceWords) < minRunInSentenceWords {
		return false
	}
	for _, w := range strings.Fields(s) {
		if words.StartsLower(w) {
			return true
		}
	}
	return false
}

// minRunInSentenceWords is the fewest words of a sentence without a stop
// after a dashed run-in heading.
const minRunInSentenceWords = 4

// runInLabelPast reports a text whose run-in label, up to its colon,
// goes on past end: a colon a few words after it.
func runInLabelPast(text string, end int) bool {
	c := strings.IndexByte(text, ':')
	return c > end && c < maxRunInLabelBytes && words.CountAtMost(text[end:c], maxRunInTailWords+1) <= maxRunInTailWords
}

// maxRunInLabelBytes bounds a run-in heading up to its colon ("Essential:
// The candidate must:"), and maxRunInTailWords the words a run-in label
// goes on with past a known heading it opens ("Knowledge Management:").
const (
	maxRunInLabelBytes = 60
	maxRunInTailWords  = 3
)

// maxListHeadWords bounds a line that heads a list without being a known
// heading: a longer line is a sentence that leads into the list.
const maxListHeadWords = 6

// A list of qualities is names and nothing else ("Client focus",
// "Collaboration", "Sens de l'organisation"): minNameListItems of them at
// least, of maxQualityWords words at most each.
const (
	minNameListItems = 3
	maxQualityWords  = 4
)

// isQualityName reports an item that is a short name: a few words, no
// sentence's end, no figure.
func isQualityName(text string) bool { return isShortName(text, maxQualityWords) }

// isShortName reports a name of maxWords words at most that starts with a
// capital and holds no sentence's end and no figure: "Client focus",
// "Sens du service à la clientèle".
func isShortName(text string, maxWords int) bool {
	t := strings.TrimSpace(text)
	return t != "" && !strings.ContainsAny(t, ".;:!?0123456789") && words.StartsUpper(t) &&
		words.CountAtMost(t, maxWords+1) <= maxWords
}

// criteriaBefore reports a section of criteria opened before block i.
func (x *extraction) criteriaBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if f := x.factsOf(j); f.opens && isCriteria(f.kind) {
			return true
		}
	}
	return false
}

// maxListItemsRead bounds the items read to say what a list is: its
// first ones say it as well as all.
const maxListItemsRead = 8

// minListItems is how many items a list needs for its words to say what
// it is: one item may be anything.
const minListItems = 2

// isListHead reports a short line with no sentence's end, that may head
// the list under it.
func isListHead(text string) bool {
	t := strings.TrimSpace(text)
	t = t[stream.LeadNumberLen(t):] // "6.1 Professional competencies (essential)"
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".;,") || hasDigit(t) {
		return false
	}
	if i := strings.IndexByte(t, ':'); i >= 0 && i < len(t)-1 {
		return false // "Recruitment type: External", a fact
	}
	return words.CountAtMost(t, maxListHeadWords+1) <= maxListHeadWords
}

// minLeadInWords is how many words make a line that ends with a colon a
// sentence leading into its list ("The incumbent's duties are:",
// "Seraient considérés comme autant d'atouts :"), which belongs to the
// part above it, rather than a heading ("Modalités de candidature :").
const minLeadInWords = 4

// isLeadIn reports a line that leads into the list under it.
func isLeadIn(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	// ("Your knowledge and interests:", four words and no verb, heads
	// the criteria.)
	return vocab.IsIntroduction(t) || words.CountAtMost(t, minLeadInWords) >= minLeadInWords && !vocab.IsPossessiveHead(t)
}

// unknownPart is the kind of part a heading the tables do not hold heads
// (block i, text its clean text): what its words say, else what the list
// under it says; "" for a sentence that leads into its list or a heading
// that says nothing.
func (x *extraction) unknownPart(i int, b stream.Block, text string) string {
	if isLeadIn(text) || x.isFurniture(i, text) {
		return "" // ("Job Search", "FAQ": the site's menu, no part)
	}
	if _, crumb := vocab.Breadcrumb(text); crumb {
		return "" // "Accueil > Emplois > Offres d'emploi": the site's trail
	}
	if k, ok := x.voc.HeadingByWords(b.Text); ok {
		return k
	}
	return x.listKindAfter(i)
}

// listKindAfter classifies the list that follows block i by what its items
// say, when its heading says nothing the tables know: most items name a
// diploma, years of experience or knowledge → essential criteria; most
// address the reader doing something ("Vous dirigez…", "You will lead…")
// → duties. It returns "" when the blocks after i are no list or say
// neither.
func (x *extraction) listKindAfter(i int) string {
	items, criteria, duties, names := 0, 0, 0, 0
	paragraphs := false // a list whose markers were lost
	for j := i + 1; j < len(x.blocks) && items < maxListItemsRead; j++ {
		b := &x.blocks[j]
		// A list whose markers were lost is a run of one-sentence
		// paragraphs.
		if b.Kind != stream.ListItem && !(b.Kind == stream.Paragraph && isItemLike(b.Text) && !vocab.IsClosingStatement(b.Text)) {
			break
		}
		if items > 0 && paragraphs != (b.Kind == stream.Paragraph) {
			break // a list and paragraphs are two parts
		}
		paragraphs = b.Kind == stream.Paragraph
		if b.Depth > 0 {
			continue
		}
		items++
		switch {
		case vocab.IsQualificationItem(b.Text):
			criteria++
		case vocab.AddressesReader(b.Text):
			duties++
		case !startsDigit(b.Marker) && isQualityName(b.Text):
			names++ // (a numbered list of names is a process's steps)
		}
	}
	switch {
	case items < minListItems:
		return ""
	case 2*criteria > items && (!paragraphs || criteria >= minListItems):
		return "essential"
	case 2*duties > items:
		return "accountabilities"
	case names == items && items >= minNameListItems && !paragraphs && x.criteriaBefore(i):
		// Qualities after the criteria; before them, a list of names
		// is a menu, a trail or a process's steps.
		return "competencies"
	}
	return ""
}

// maxItemLikeWords bounds a paragraph read as an item of a list whose
// markers were lost: one sentence, not a paragraph of prose.
const maxItemLikeWords = 40

// isItemLike reports a paragraph shaped like a list's item: one sentence
// of a few words.
func isItemLike(text string) bool {
	return !strings.Contains(strings.TrimSpace(text), ". ") && !strings.HasSuffix(text, ":") &&
		words.CountAtMost(text, maxItemLikeWords+1) <= maxItemLikeWords
}

// buildSections cuts a half's body into sections at each section heading.
// Unknown headings inside a section are kept as its sub-headings. leadIn
// says, for each section, whether its heading leads into its own list
// rather than heading a part of the notice: it is written with a colon
// ("Atouts :", "The following would be an advantage:"), or run in before
// its text ("Desirable: A doctorate…").
func (x *extraction) buildSections(blocks []int, lang string) (out []schema.Section, leadIn []bool) {
	// A field kept in a section is written as the half's language
	// writes a label: French puts a space before the colon.
	sep := ": "
	if lang == "fr" {
		sep = " : "
	}
	// Most blocks give a section content at most, and the sections take
	// theirs in turn: they share one array, each section's part clipped
	// when the next opens, instead of each growing its own. (A run-in
	// list gives one content per criterion: a section that outgrows the
	// array grows its own, and so do those after it.)
	free := make([]schema.Content, 0, len(blocks)) // the array's unused rest
	sections := 1                                  // the header, or a first section without heading
	for _, id := range blocks {
		if x.factsOf(id).opens {
			sections++
		}
	}
	out = make([]schema.Section, 0, sections)
	leadIn = make([]bool, 0, sections)
	var cur *schema.Section
	done := func() { // cur takes no more content
		if cur != nil {
			n := len(cur.Content)
			cur.Content = slices.Clip(cur.Content)
			if n <= cap(free) {
				free = free[n:n]
			} else {
				free = nil // cur outgrew the array
			}
		}
	}
	open := func(kind, heading string, o *schema.Origin) {
		done()
		out = append(out, schema.Section{Kind: kind, Heading: strings.TrimRight(heading, " :"), Content: free, Origin: o})
		leadIn = append(leadIn, strings.HasSuffix(strings.TrimSpace(heading), ":"))
		cur = &out[len(out)-1]
	}
	runInTopic := ""      // a topic set in bold before its criterion, on its line
	pairedWeight := false // cur was opened by a run-in "Essential:" label
	criteriaSeen := false // a section of criteria with content came before
	otherPosts := false   // a site's list of other posts has begun
	for k, id := range blocks {
		if x.stopped() {
			break
		}
		b := &x.blocks[id]
		f := x.factsOf(id)
		text := f.text
		kind, heading, runIn, ok := f.kind, f.heading, f.runIn, f.opens
		if cur != nil && isCriteria(cur.Kind) && len(cur.Content) > 0 {
			criteriaSeen = true
		}
		if otherPosts && ok && runIn != "" {
			// Under "Similar jobs" after the criteria, the site's
			// other posts: a line whose first words are a heading's
			// ("Education Officer – International NGO – Cúcuta –
			// Closing date: …") is one of them, no part of the notice.
			// (A heading, or a line over a list, opens one again: a
			// sidebar of other posts set in the notice's midst.)
			ok = false
		} else if otherPosts && ok {
			otherPosts = false
		} else if criteriaSeen && (b.Kind == stream.Paragraph || b.Kind == stream.Heading) && vocab.OpensOtherPosts(text) {
			otherPosts = true
			if !ok || isCriteria(kind) || kind == "competencies" {
				// ("Similar vacancies" over the posts' lines reads as
				// the heading of a list the lines seem to be; "2. Also
				// open" as none: either way the posts' lines are no
				// part of the criteria above.)
				ok, kind, heading, runIn = true, "other", text, ""
			}
		}
		if ok && kind == "essential" && !f.isHeading && cur != nil && isCriteria(cur.Kind) && introductionKind(text) == "essential" {
			// "To be eligible, you must have the following
			// qualifications:" under its heading: the heading's
			// introduction, no section of its own.
			ok = false
		}
		if ok && cur != nil && cur.Kind == kind && len(cur.Content) == 0 && introductionKind(text) != "" {
			// "DESIRABLE" / "The following would be an advantage:": the
			// line leads into the list of the heading just above it.
			ok = false
		}
		if ok && cur != nil && cur.Kind == "competencies" && kind != "competencies" && !f.isHeading && x.inNameRun(blocks, k) {
			// "Accountability (C)" / "Communication (C)" / …: a name
			// among the names of competencies, though its words name
			// duties, no heading the tables hold.
			ok = false
		}
		if ok && isTopic(kind) && runIn != "" && x.isPostFact(blocks, k, cur, b, runIn) {
			// "Langue: Français", "Language Skills: French (Reading,
			// Speaking, Writing)", "Exigences linguistiques : Bilingue
			// impératif" among the post's fields: a fact of the post,
			// not its criteria.
			ok = false
		}
		if !ok && cur != nil && (isCriteria(cur.Kind) || cur.Kind == "competencies") && len(cur.Content) > 0 && x.factsRunAt(blocks, k) {
			// "Application deadline<TAB>7 February 2027" / "Grade<TAB>
			// B3" after the last criterion: the post's facts, a table
			// of its own, no criteria.
			open("other", "", x.originAt(id))
		}
		if !ok && cur != nil && (isCriteria(cur.Kind) || cur.Kind == "competencies") && len(cur.Content) > 0 && x.isTermsField(id) {
			// "Compensation: €59,000 – €69,000 gross per year" after the
			// last criterion: the post's terms, no criterion. (A short
			// line just over it, "Contract type, level and duration",
			// is their heading.)
			heading, o := "", x.originAt(id)
			if last := len(cur.Content) - 1; last > 0 && cur.Content[last].Type == "paragraph" && isListHead(cur.Content[last].Text) {
				heading, o = cur.Content[last].Text, cur.Content[last].Origin
				cur.Content = cur.Content[:last]
			}
			open("other", heading, o)
		}
		if !ok && cur != nil && isCriteria(cur.Kind) && len(cur.Content) > 0 && x.opensNamedQualities(blocks, k) {
			// "Capabilities" / "How we work" over "Strategic thinking:
			// links…", "Influence: builds…": a sub-head the tables do
			// not know over qualities each named and described, after
			// the criteria: the competencies.
			ok, kind, heading = true, "competencies", text
		}
		if ok && runIn != "" && cur != nil && isTopic(kind) && isCriteria(cur.Kind) {
			// "Education: A medical degree…" among the criteria: the
			// topic is part of the criterion.
			ok = false
		}
		if ok && b.Kind == stream.Heading && cur != nil && isTopic(kind) && isCriteria(cur.Kind) &&
			strings.HasSuffix(text, ":") && k+1 < len(blocks) {
			// "Formation :" in bold, then its criterion on the same line
			// of a PDF: one criterion, as a text rendering gives it.
			if n := &x.blocks[blocks[k+1]]; n.Kind == stream.Paragraph && n.Pos.Page == b.Pos.Page && n.Pos.Line == b.Pos.Line &&
				!x.factsOf(blocks[k+1]).opens && x.factsOf(blocks[k+1]).text != "" {
				runInTopic = text
				continue
			}
		}
		o := x.originAt(id)
		if ok {
			item := runIn
			if kind == "desirable" && runIn != "" && !pairedWeight && !strings.HasSuffix(runIn, ":") {
				// "Atout : connaissance du droit fédéral…", "Desirable:
				// Experience in…" on its own line after the criteria:
				// one criterion whose label is part of it, as a run-in
				// topic is. Only after an "Essential: …" line is the
				// label one of a pair that classes criteria, and goes.
				item = runInItem(b, sep)
			}
			pairedWeight = kind == "essential" && runIn != ""
			open(kind, heading, o)
			if parts := runInList(runIn); kind == "desirable" && len(parts) > 0 {
				// "Atouts : une certification … ; une expérience …":
				// a run-in list of criteria, the label its head.
				leadIn[len(leadIn)-1] = true
				for _, p := range parts {
					cur.Content = append(cur.Content, schema.Content{Type: "item", Text: p, Origin: o})
				}
				continue
			}
			if runIn != "" {
				leadIn[len(leadIn)-1] = true
				cur.Content = append(cur.Content, schema.Content{Type: "paragraph", Text: item, Origin: o})
			}
			continue
		}
		if cur == nil {
			if b.Kind == stream.Heading {
				open("other", text, o)
				continue
			}
			open("header", "", nil)
		}
		c := schema.Content{Type: "paragraph", Text: text, Origin: o}
		switch b.Kind {
		case stream.ListItem:
			c.Type, c.Marker, c.Depth = "item", b.Marker, b.Depth
		case stream.Heading:
			c.Type = "heading"
		case stream.Field:
			c.Text = words.Clean(strings.TrimRight(b.Label, " :") + sep + b.Text)
		}
		if c.Text == "" {
			continue
		}
		if runInTopic != "" {
			c.Text, runInTopic = runInTopic+" "+c.Text, ""
		}
		cur.Content = append(cur.Content, c)
	}
	done()
	return out, leadIn
}

// runInList returns the criteria a run-in line lists after its label,
// parted by semicolons ("une certification … ; une expérience …"), or
// nil for one criterion or a sentence. A list punctuated as a sentence,
// its last criterion ending with a full stop, keeps each criterion's
// semicolon, as the items of a list written so do ("une certification
// … ;", "une expérience … ."); one without its stop is a list of names.
func runInList(text string) []string {
	if !strings.Contains(text, " ; ") && !strings.Contains(text, "; ") {
		return nil
	}
	stopped := strings.HasSuffix(strings.TrimSpace(text), ".")
	var parts []string
	for p := range strings.SplitAfterSeq(text, ";") {
		p = strings.TrimSpace(p)
		bare := strings.TrimSpace(strings.TrimSuffix(p, ";"))
		if bare == "" {
			continue
		}
		if len(bare) > maxRunTogetherItemBytes {
			return nil // a sentence's clauses, not criteria
		}
		if !stopped {
			p = bare
		}
		parts = append(parts, p)
	}
	if len(parts) < minListItems {
		return nil
	}
	return parts
}

// runInItem is the whole text of a line that runs a label in before its
// value, as a field's label and value are written in the half's language
// (sep).
func runInItem(b *stream.Block, sep string) string {
	if b.Kind == stream.Field {
		return words.Clean(strings.TrimRight(b.Label, " :") + sep + b.Text)
	}
	return words.Clean(b.Text)
}

// criteria returns one string per criterion of a requirements section:
// its outer list items, or, when a layout lost the list markers, its
// paragraphs other than the introduction ("The candidate must:").
func criteria(s schema.Section) ([]string, []*schema.Origin) {
	return withoutDatedFacts(criteriaOf(s))
}

// withoutDatedFacts drops from criteria the lines that are a post's dated
// facts, which a page printed among them ("Date d'affichage : 19 mai
// 2026", "Posting date: May 11, 2026", "01/09/2026"), and a board's facets
// of them ("Niveau d'études : Baccalauréat").
func withoutDatedFacts(items []string, origins []*schema.Origin) ([]string, []*schema.Origin) {
	out, at := items[:0:0], origins[:0:0]
	if len(items) > 0 {
		// Sized once: most items are kept, and the slices grew from
		// nothing for every list read.
		out, at = make([]string, 0, len(items)), make([]*schema.Origin, 0, len(items))
	}
	for k, it := range items {
		if isDatedFact(it) || vocab.IsBoardFacet(it) {
			continue
		}
		out, at = append(out, it), append(at, origins[k])
	}
	return out, at
}

// withoutWorkingLanguages returns a criterion without its sentences that
// state the employer's working languages ("English and French are the
// working languages of the United Nations Secretariat."): they say what
// the organisation speaks, and the criterion's next sentence what the
// post asks ("For this position, fluency in English is required."). (A
// criterion whose sentences are weighed one by one drops such a
// sentence already, as one that only sets the scene.) A sentence that
// states them and asks for them in one ("English and French are the
// working languages of this office, and fluency in both is required.")
// is a criterion, and stays.
func withoutWorkingLanguages(item string) string {
	if !strings.Contains(item, "orking languages") && !strings.Contains(item, "ORKING LANGUAGES") &&
		!strings.Contains(item, "angues de travail") && !strings.Contains(item, "ANGUES DE TRAVAIL") {
		return item // nearly every criterion
	}
	ss := sentences(item)
	kept := ss[:0]
	for _, s := range ss {
		if !vocab.StatesWorkingLanguages(s) || vocab.SaysRequiredSentence(s) {
			kept = append(kept, s)
		}
	}
	if len(kept) == len(ss) {
		return item
	}
	return strings.Join(kept, " ")
}

// isDatedFact reports a line that is a date, alone or after a short
// label, and nothing more: no criterion is.
func isDatedFact(text string) bool {
	value := text
	if label, v, ok := strings.Cut(text, ":"); ok && words.CountAtMost(label, maxLabelWords+1) <= maxLabelWords {
		value = v
	}
	// The word count first: most criteria are sentences longer than any
	// dated fact, and the date expressions, run first, were 4 % of the
	// instructions of a Markdown parse.
	if words.CountAtMost(value, maxDatedFactWords+1) > maxDatedFactWords {
		return false
	}
	ds := findDates(value)
	return len(ds) == 1 && strings.TrimSpace(value[:ds[0].at]) == ""
}

// maxDatedFactWords bounds the value of a dated fact: a date and a time,
// "22 avril 2026 à 23 h 59 (HNE)".
const maxDatedFactWords = 8

// criteriaOf is criteria, dated facts kept.
func criteriaOf(s schema.Section) ([]string, []*schema.Origin) {
	if items, origins, ok := headedCriteria(s); ok {
		return items, origins
	}
	items, origins := outerItems(s)
	if len(items) == 1 {
		// "– Le (la) candidat(e) doit :" over its "- " items.
		if under, at, ok := underLeadInItem(s); ok {
			items, origins = under, at
		}
	}
	if len(items) > 0 {
		// "La détention d'une certification CISSP serait un atout.":
		// a paragraph after the list that says it is an asset is a
		// criterion too.
		for _, c := range s.Content[lastItem(s)+1:] {
			if c.Type == "paragraph" && vocab.IsAssetItem(c.Text) {
				items, origins = append(items, c.Text), append(origins, c.Origin)
			}
		}
		return items, origins
	}
	var out []string
	for k, c := range s.Content {
		if len(out) > 0 && endsPart(s.Content, k) {
			break
		}
		if headsQualities(s.Content, k) {
			continue
		}
		// (A row of buttons copied with the text, "Easy Apply Save", a
		// board's row of tags, a site's link ("Degree equivalency") or
		// "Not available." is no criterion.)
		if c.Type == "paragraph" && !strings.HasSuffix(c.Text, ":") && !vocab.IsIntroduction(c.Text) && !vocab.IsButtonRow(c.Text) && !vocab.IsSiteRow(c.Text) && !vocab.IsFurniture(c.Text) {
			if names := dotNames(c.Text); names != nil {
				// "Sens de l'organisation · Rigueur · Autonomie":
				// qualities, one a name, as a list gives them.
				for _, n := range names {
					out, origins = append(out, n), append(origins, c.Origin)
				}
				continue
			}
			out = append(out, c.Text)
			origins = append(origins, c.Origin)
		}
	}
	if len(out) == 1 {
		// A board that ran a list's items into one paragraph: the
		// section's one paragraph is a run of short sentences, each
		// a criterion.
		if items := sentences(out[0]); len(items) >= minRunTogetherCriteria && allCriteriaLike(items) {
			at := make([]*schema.Origin, len(items))
			for k := range at {
				at[k] = origins[0]
			}
			return items, at
		}
	}
	return out, origins
}

// endsPart reports content k of a section of criteria written as
// paragraphs, a short line with no sentence's end ("Conditions",
// "Contract and Remuneration", "Conditions particulières") over prose:
// the heading of a part the tables do not know, which a layout ran into
// the criteria, not a criterion nor a sub-head of criteria (those head
// short lines, each one criterion). The last of a run of names
// ("Stakeholder Management" / "Political Awareness") is a name, whatever
// follows it.
func endsPart(content []schema.Content, k int) bool {
	c := content[k]
	if c.Type != "paragraph" && c.Type != "heading" || k == 0 || k+1 >= len(content) {
		return false
	}
	if p := content[k-1]; p.Type != "heading" && isQualityName(p.Text) {
		return false
	}
	if t := strings.TrimSpace(c.Text); !isHeadShaped(t) || !isListHead(t) {
		return false
	}
	n := content[k+1]
	return n.Type == "paragraph" && !isItemLike(n.Text)
}

// headsQualities reports content k of a section of criteria written as
// paragraphs, a short line without a sentence's end whose words name a
// kind of qualities ("Savoir-faire", "Personal suitability",
// "Abilities") over what it names: a sub-head of the criteria, no
// criterion.
func headsQualities(content []schema.Content, k int) bool {
	c := content[k]
	if c.Type != "paragraph" || k+1 >= len(content) || content[k+1].Type != "paragraph" {
		return false
	}
	t := strings.TrimSpace(c.Text)
	return isHeadShaped(t) && words.CountAtMost(t, maxSubHeadingWords+1) <= maxSubHeadingWords && vocab.HeadsSuitability(t)
}

// isHeadShaped reports a line written as a heading is, not as a
// sentence or an item: a capital first, no mark of a sentence's or a
// lead-in's end last.
func isHeadShaped(t string) bool {
	return t != "" && !strings.ContainsRune(".;,:!?", words.LastRune(t)) && words.StartsUpper(t)
}

// lastItem returns the index of the last item of s's content, or -1.
func lastItem(s schema.Section) int {
	for k := len(s.Content) - 1; k >= 0; k-- {
		if s.Content[k].Type == "item" {
			return k
		}
	}
	return -1
}

// minRunTogetherCriteria is the fewest sentences that make a lone
// paragraph of criteria a list run together: a criterion written as a
// paragraph states it and adds one or two qualifications ("A degree in
// law. Equivalent experience may be accepted.").
const minRunTogetherCriteria = 4

// allCriteriaLike reports sentences each short enough to be a list's
// item and opening in capitals, as items do.
func allCriteriaLike(items []string) bool {
	for _, it := range items {
		if len(it) > maxRunTogetherItemBytes || !words.StartsUpper(it) {
			return false
		}
	}
	return true
}

// maxRunTogetherItemBytes bounds a sentence read as a criterion of a
// list run together: an item is a line or two, a longer sentence is
// prose about the post.
const maxRunTogetherItemBytes = 160

// beforeClosing returns s without what follows its first closing
// statement ("L'Université souscrit à un programme d'accès à l'égalité…",
// "Thank you for your interest.", a copyright line): a layout that lost
// the headings between the criteria and the end of the notice runs them
// into the last section of criteria.
func beforeClosing(s schema.Section) schema.Section {
	for i, c := range s.Content {
		// (A list's items are criteria; the statements are paragraphs,
		// or a sub-heading: "Related vacancies".)
		if (c.Type == "paragraph" || c.Type == "heading") && vocab.IsClosingStatement(c.Text) {
			s.Content = s.Content[:i:i]
			break
		}
	}
	return s
}

// ownContents returns the sections as their criteria and competencies
// are read: those that hold them without what follows their first
// closing statement (beforeClosing), the others as they are.
func ownContents(sections []schema.Section) []schema.Section {
	own := make([]schema.Section, len(sections))
	for i, s := range sections {
		if isCriteria(s.Kind) || s.Kind == "competencies" {
			s = beforeClosing(s)
		}
		own[i] = s
	}
	return own
}

// skillsBeforeAssets makes essential a section of competencies right
// over a section of desirable criteria, when a later section names
// competencies of its own: "Compétences requises" / "Seraient appréciés"
// / "Savoir-être" parts a profile into what a candidate must have, what
// helps and the qualities asked for, and the first part is the criteria
// the second weighs against. One pass from the end, one from the start.
func skillsBeforeAssets(sections []schema.Section) {
	later := make([]bool, len(sections)+1) // a section of competencies with content at or after i
	for i := len(sections) - 1; i >= 0; i-- {
		later[i] = later[i+1] || sections[i].Kind == "competencies" && len(sections[i].Content) > 0
	}
	for i := 0; i+2 < len(sections); i++ {
		s, next := &sections[i], sections[i+1]
		if s.Kind == "competencies" && len(s.Content) > 0 && next.Kind == "desirable" && len(next.Content) > 0 && later[i+2] {
			s.Kind = "essential"
		}
	}
}

// qualitiesAfterCriteria gives the kind competencies to a section of
// essential criteria that, after other criteria, lists qualities and
// nothing else: "Profil recherché" over "Rigueur", "Autonomie"…, or
// over "Sens de l'écoute : vous comprenez…". A profile before any
// criteria holds the criteria themselves, as many notices title them.
// A list of qualities that ends a section of criteria under a line of its
// own ("Qualités personnelles :") becomes a section of competencies.
// sections, their own contents (ownContents) and leadIn change together.
func (x *extraction) qualitiesAfterCriteria(sections, own []schema.Section, leadIn []bool) ([]schema.Section, []schema.Section, []bool) {
	seen := false  // a section of criteria with content
	named := false // a section of competencies
	for _, s := range sections {
		named = named || s.Kind == "competencies"
	}
	for i := 0; i < len(sections); i++ {
		s := &sections[i]
		after := i > 0 && isCriteria(sections[i-1].Kind)
		if s.Kind == "competencies" && listsQualifications(own[i], after || vocab.SaysRequired(s.Heading), after && len(own[i-1].Content) == 0) {
			// "Compétences techniques" under "Profil recherché",
			// "COMPETENCIES (skills, experience and knowledge)": a
			// diploma and years of experience are criteria, whatever
			// the heading calls them.
			s.Kind, own[i].Kind = "essential", "essential"
		}
		if s.Kind == "contract" && onlyQualifications(own[i]) && !hasEssentials(sections) {
			// "Conditions particulières" over "Être titulaire d'un
			// bachelier…", "Justifier d'une expérience de cinq ans…":
			// the conditions a candidate meets, not the contract's.
			s.Kind, own[i].Kind = "essential", "essential"
		}
		if s.Kind == "values" && seen && (!named || valuesBeforeBehaviours(sections, i)) && x.listsQualities(own[i]) {
			// "Our values" after the criteria over "Calm under pressure:
			// takes clear decisions…", "Working together: builds
			// trust…": the qualities the post asks for, in a notice
			// that names no competencies of its own, or whose values
			// come with the behaviours right under them ("Values:" over
			// "Inclusion", "Integrity", then "Behaviours:").
			s.Kind, own[i].Kind = "competencies", "competencies"
			continue
		}
		if !isCriteria(s.Kind) {
			continue
		}
		if seen && (s.Kind == "essential" || s.Kind == "qualifications" || s.Kind == "desirable" && !leadIn[i]) && x.listsQualities(own[i]) &&
			(s.Kind != "desirable" || !anyCondition(own[i])) {
			// ("Un plus :" over its assets, then "Tes atouts" over
			// "Sécurité : tu respectes…": a second list of assets that
			// names qualities. One run-in "A plus: knowledge of…" is an
			// asset, and so are short assets under "Desirable" that name
			// a certificate or experience: anyCondition.)
			s.Kind, own[i].Kind = "competencies", "competencies"
			continue
		}
		seen = seen || len(s.Content) > 0
		if j, heading, names := runInQualities(own[i]); j >= 0 {
			// "Qualités requises : rigueur ; sens de l'organisation ;
			// aptitude au travail en équipe." among the criteria: the
			// names of qualities, as a section of competencies.
			head := s.Content[j]
			q := schema.Section{Kind: "competencies", Heading: heading, Origin: head.Origin}
			for _, n := range names {
				q.Content = append(q.Content, schema.Content{Type: "item", Text: n, Origin: head.Origin})
			}
			s.Content = slices.Delete(slices.Clone(s.Content), j, j+1)
			own[i].Content = slices.Delete(slices.Clone(own[i].Content), j, j+1)
			sections = slices.Insert(sections, i+1, q)
			own = slices.Insert(own, i+1, q)
			leadIn = slices.Insert(leadIn, i+1, true)
			i++
			continue
		}
		if j := x.qualitiesHead(own[i]); j > 0 {
			head := s.Content[j]
			q := schema.Section{Kind: "competencies", Heading: strings.TrimRight(head.Text, " :"), Origin: head.Origin}
			qs, qo := q, q
			qs.Content, qo.Content = s.Content[j+1:], own[i].Content[j+1:]
			s.Content, own[i].Content = s.Content[:j:j], own[i].Content[:j:j]
			sections = slices.Insert(sections, i+1, qs)
			own = slices.Insert(own, i+1, qo)
			leadIn = slices.Insert(leadIn, i+1, true)
			i++
		}
	}
	return sections, own, leadIn
}

// valuesBeforeBehaviours reports a section i of values right over a
// section of competencies headed as behaviours: the two halves of one
// framework of values and behaviours, which a notice asks for together
// (over "Core competencies", values stay the employer's).
func valuesBeforeBehaviours(sections []schema.Section, i int) bool {
	return i+1 < len(sections) && sections[i+1].Kind == "competencies" && vocab.NamesBehaviours(sections[i+1].Heading)
}

// runInQualities returns the index in s's content of a paragraph that
// names qualities after a run-in head ("Qualités requises : rigueur et
// discrétion ; sens de l'organisation ; …"), the head and the names, or
// -1.
func runInQualities(s schema.Section) (int, string, []string) {
	for k, c := range s.Content {
		if c.Type != "paragraph" {
			continue
		}
		head, list, ok := strings.Cut(c.Text, ":")
		if !ok || !vocab.NamesQualities(head) {
			continue
		}
		if names := headedNames(list); len(names) >= minNameListItems {
			return k, strings.TrimSpace(head), names
		}
	}
	return -1, "", nil
}

// commaNames reads the names of qualities a competencies section lists
// in small letters, parted by commas ("sens de l'organisation, rigueur,
// diplomatie."): the section's head says they are names, which nameList
// asks capitals to tell from a sentence. Nil when a part is longer than
// a name.
func commaNames(list string) []string {
	if l := strings.TrimSpace(list); words.StartsUpper(l) || !words.StartsLetter(l) || strings.ContainsAny(l, "()0123456789") {
		return nil // "Works accurately, reliably…", "(currently 49.1 per cent…": sentences
	}
	return splitNames(list, ",", maxQualityNameWords)
}

// maxQualityNameWords bounds a quality's name in a list in small letters:
// "capacité à travailler sous contrainte de délais".
const maxQualityNameWords = 8

// listsQualifications reports a section whose items, two at least, mostly
// name what a candidate must bring (vocab.IsQualificationItem), a
// diploma or experience among them: criteria, not competencies. Right
// after a section of criteria ("Titre requis" / a diploma, then
// "Compétences techniques" / languages and tools), the diploma may be
// that section's, when the items are whole sentences as criteria are
// ("Bonne connaissance de l'anglais (niveau B2 minimum).") rather than
// the names of skills ("Gestion du cycle de projet") or the clauses of
// one sentence ("- maîtrise des plateformes… ;"). Right under a heading
// of criteria that holds nothing of its own ("Profil recherché" /
// "Compétences techniques :"), the section is that profile's first part:
// half its items naming what a candidate brings, a diploma or experience
// among them, make it criteria ("Pratique de la passation…", "Aptitude à
// rédiger…" beside them).
func listsQualifications(s schema.Section, afterCriteria, underProfile bool) bool {
	items, _ := criteria(s)
	if len(items) < 2 {
		return false
	}
	n, diplomas, sentences := 0, 0, true
	for _, t := range items {
		sentences = sentences && words.StartsUpper(t) && words.LastRune(t) == '.'
		if name, _, ok := strings.Cut(t, ":"); ok && isShortName(name, maxCompetencyWords) {
			return false // "Communication: explains…", a competency named
		}
		if vocab.IsQualificationItem(t) {
			n++
			if vocab.NamesDiplomaOrExperience(t) {
				diplomas++
			}
		}
	}
	diploma := diplomas > 0
	if (underProfile && diploma || diplomas >= 2) && 2*n >= len(items) {
		// (A diploma and years of experience, two items, are criteria
		// whatever the heading: "Vos compétences" / "Master en droit…" /
		// "Au moins trois ans d'expérience…".)
		return true
	}
	return (diploma || afterCriteria && sentences) && 3*n >= 2*len(items)
}

// hasEssentials reports a section of essential criteria or of selection
// criteria among sections, other than the eligibility every candidate
// meets: where a notice has its criteria, its special conditions are
// eligibility's.
func hasEssentials(sections []schema.Section) bool {
	for _, s := range sections {
		if r, _ := requirementOf(s.Kind); (r == essential && s.Kind != "eligibility" || s.Kind == "selection_criteria") && len(s.Content) > 0 {
			return true
		}
	}
	return false
}

// profileBeforeAssets makes essential the first of two parts of
// desirable criteria under headings in a notice that has no essential
// ones: a site that heads the profile "Preferred experience", then the
// assets "Bonus". sections and own change together.
func profileBeforeAssets(sections, own []schema.Section, leadIn []bool) {
	if hasEssentials(sections) {
		return
	}
	first := -1
	for i, s := range sections {
		if s.Kind != "desirable" || leadIn[i] || len(own[i].Content) == 0 {
			continue
		}
		if first < 0 && vocab.SaysDesirable(s.Heading) {
			return // "Nice to have" says what its items are
		}
		if first >= 0 {
			sections[first].Kind, own[first].Kind = "essential", "essential"
			return
		}
		first = i
	}
}

// onlyQualifications reports a section whose criteria, two at least,
// name what a candidate brings, two thirds of them, a diploma or
// experience among them: a contract's conditions state its term, hours
// or pay.
func onlyQualifications(s schema.Section) bool {
	items, _ := criteria(s)
	n, diploma := 0, false
	for _, t := range items {
		if vocab.IsQualificationItem(t) && !vocab.HasSalaryCue(t) {
			n++
			diploma = diploma || vocab.NamesDiplomaOrExperience(t)
		}
	}
	return len(items) >= 2 && diploma && 3*n >= 2*len(items)
}

// qualitiesHead returns the index of a short line in s (its own
// contents), after criteria, that heads qualities to the section's end
// (minNameListItems of them at least, as listsQualities reads them), or
// -1.
func (x *extraction) qualitiesHead(s schema.Section) int {
	content := s.Content
	for j := len(content) - minNameListItems - 1; j > 0; j-- {
		c := content[j]
		// The head is a line that ends with a colon ("Qualités
		// personnelles :") or names qualities without one ("Habiletés
		// recherchées"), or a numbered part's heading read as an item
		// of its own ("5. Personal attributes").
		// A line in capitals that heads qualities, each with what it
		// means ("HOW YOU WORK" over "Relationship building — you make
		// volunteers feel heard"), is one too.
		numbered := c.Type == "item" && (startsDigit(c.Marker) || isPartNumeral(c.Marker) && words.IsCaps(c.Text))
		if c.Type == "item" && !numbered || !isListHead(strings.TrimSuffix(c.Text, ":")) ||
			c.Type == "paragraph" && !strings.HasSuffix(c.Text, ":") && !vocab.NamesQualities(c.Text) && !x.headsDescribedQualities(content, j) {
			continue
		}
		if !x.listsQualities(schema.Section{Content: content[j+1:]}) {
			return -1 // the last head decides
		}
		// "Abilities:" over its criteria, then "Personal suitability:"
		// over "Judgement", "Initiative"…: heads that part one section
		// of criteria (a Canadian poster's), the qualities one part of
		// them.
		// (A sentence that leads into the assets, "Seront considérés
		// comme des atouts :", heads no part.)
		for _, c := range content[:j] {
			if c.Type == "paragraph" && strings.HasSuffix(c.Text, ":") && isListHead(strings.TrimSuffix(c.Text, ":")) && !isLeadIn(c.Text) {
				return -1
			}
		}
		return j
	}
	return -1
}

// isPartNumeral reports a marker that numbers a part in Roman numerals,
// in capitals with a full stop ("IV.", "VI."), as a notice's parts are
// numbered over their lists.
func isPartNumeral(marker string) bool {
	n, ok := strings.CutSuffix(marker, ".")
	return ok && n != "" && len(n) <= maxRomanBytes && strings.Trim(n, "IVX") == ""
}

// headsDescribedQualities reports content j, a line in capitals, over
// qualities each given with what it means, to the section's end.
func (x *extraction) headsDescribedQualities(content []schema.Content, j int) bool {
	if !words.IsCaps(content[j].Text) {
		return false
	}
	items, _ := criteria(schema.Section{Content: content[j+1:]})
	return describesQualities(items)
}

// listsQualities reports a section whose criteria, minNameListItems at
// least, all name a quality, alone ("Rigueur") or before what it means
// ("Rigueur : vous livrez un travail soigné."). A topic is no quality:
// "Langues : anglais courant" is a criterion.
func (x *extraction) listsQualities(s schema.Section) bool {
	for _, c := range s.Content {
		if c.Type == "item" && startsDigit(c.Marker) {
			return false // names numbered are a process's steps
		}
	}
	items, _ := criteria(s)
	if len(items) == 1 {
		// "Rigueur, Sens de l'observation, Diplomatie, Autonomie.":
		// the names on one line. ("Experience with Python, R, SQL",
		// "Permis C, CE, ADR": a criterion that lists things.)
		items = nameList(items[0])
		if len(items) > 0 && vocab.IsQualificationItem(items[0]) {
			return false
		}
		for _, n := range items {
			if vocab.IsAcronymName(n) || utf8.RuneCountInString(n) <= maxInitialsRunes {
				return false
			}
		}
	}
	if len(items) < minNameListItems {
		return false
	}
	for _, t := range items {
		name := qualityName(t)
		if _, topic := x.voc.Heading(name); topic || !isShortName(name, maxCompetencyWords) {
			return false
		}
	}
	return true
}

// maxInitialsRunes bounds a part of a list that is a code or initials
// ("R", "CE"), no quality's name.
const maxInitialsRunes = 3

// qualityName returns the name of a quality an item gives before what it
// means, after a colon ("Rigueur : vous livrez…") or after a dash before
// the conduct it means ("Relationship building — you make volunteers
// feel heard", not "Python – advanced, with pandas"), or the item whole.
func qualityName(item string) string {
	if name, _, ok := strings.Cut(item, ":"); ok {
		return name
	}
	if d, dash := nameDash(item); d > 0 && describesConduct(lowerFirst(item[d+len(dash):])) {
		return item[:d]
	}
	return item
}

// lowerFirst returns s with its first letter in small letters: a
// description written as a sentence ("Guides discussion…") reads as the
// clause it is.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// describesQualities reports items that each give a quality's name and
// what it means (qualityName): a list no heading need name.
func describesQualities(items []string) bool {
	for _, t := range items {
		if name := qualityName(t); name == t || !describesConduct(lowerFirst(strings.TrimLeft(t[len(name):], " :–—"))) {
			return false
		}
	}
	return len(items) > 0
}

// nameDash returns where the dash between a name and what it means
// stands in t, spaced, and the dash with its spaces; -1 for none.
func nameDash(t string) (int, string) {
	for _, dash := range [...]string{" – ", " — "} {
		if d := strings.Index(t, dash); d > 0 {
			return d, dash
		}
	}
	return -1, ""
}

// maxSubHeadingWords bounds an item that heads criteria ("Education/
// Training:"): a longer one is a criterion that leads into its own
// sub-list ("Have a level of education which corresponds to:"), which
// stays one criterion.
const maxSubHeadingWords = 4

// maxStoppedHeadWords bounds a head of criteria written with a stop
// after it ("a. Language.", "a. Professional/Experience."): a longer item
// so ended is a criterion ("b. Knowledge of German.").
const maxStoppedHeadWords = 2

// isSubHead reports an item short enough to head criteria, with no
// punctuation but a colon or a stop after it: "Education/Training:",
// "Language.", "Professional".
func isSubHead(text string) bool {
	return words.CountAtMost(text, maxSubHeadingWords+1) <= maxSubHeadingWords &&
		(!strings.ContainsAny(strings.TrimSuffix(text, ":"), ".;,:") || isStoppedHead(text))
}

// isStoppedHead reports a head of criteria ended with a stop.
func isStoppedHead(text string) bool {
	t, ok := strings.CutSuffix(text, ".")
	return ok && !strings.ContainsAny(t, ".;,:") && words.CountAtMost(t, maxStoppedHeadWords+1) <= maxStoppedHeadWords
}

// headedCriteria reads a list whose items head the criteria below them
// ("a. Professional/Experience:" over items "(1) …", "b. Language:" over
// a paragraph), as NATO's commands number their qualifications: a
// heading item gives the least-nested items under it, or else its
// paragraphs; an item that heads nothing is a criterion. ok is false
// when no item of the section heads anything.
func headedCriteria(s schema.Section) (out []string, origins []*schema.Origin, ok bool) {
	minDepth := -1
	for _, c := range s.Content {
		if c.Type == "item" && (minDepth < 0 || c.Depth < minDepth) {
			minDepth = c.Depth
		}
	}
	overParagraphs := true // every outer item is short, over a paragraph
	for k, c := range s.Content {
		if c.Type == "item" && c.Depth == minDepth {
			if !isSubHead(c.Text) || k+1 == len(s.Content) || s.Content[k+1].Type != "paragraph" {
				overParagraphs = false
				break
			}
		}
	}
	heads := func(k int) bool { // the item at k heads what follows it
		c := s.Content[k]
		if c.Type != "item" || c.Depth != minDepth || k+1 >= len(s.Content) || !isSubHead(c.Text) {
			return false
		}
		n := s.Content[k+1]
		under := n.Type == "item" && (n.Depth > minDepth || stream.MarkerStyle(n.Marker) != stream.MarkerStyle(c.Marker))
		// Without its colon ("a. Professional/Experience"), a head
		// is told by the list under it, or by being one of a list of
		// heads each over paragraphs ("(1) Professional" / criteria
		// whose markers were lost / "(2) Personal" / …).
		return under || n.Type == "paragraph" && (strings.HasSuffix(c.Text, ":") || overParagraphs)
	}
	for k := range s.Content {
		if heads(k) {
			ok = true
			break
		}
	}
	if !ok {
		return nil, nil, false
	}
	for k := 0; k < len(s.Content); k++ {
		c := s.Content[k]
		if c.Type != "item" || c.Depth != minDepth {
			continue
		}
		if !heads(k) {
			if !strings.HasSuffix(c.Text, ":") {
				out, origins = append(out, c.Text), append(origins, c.Origin)
			}
			continue
		}
		end := k + 1 // the next item like the head ends what it heads
		for end < len(s.Content) && !(s.Content[end].Type == "item" && s.Content[end].Depth == minDepth &&
			stream.MarkerStyle(s.Content[end].Marker) == stream.MarkerStyle(c.Marker)) {
			end++
		}
		under := schema.Section{Content: s.Content[k+1 : end]}
		items, at := outerItems(under)
		if len(items) == 0 {
			for _, p := range under.Content {
				if p.Type == "paragraph" && !strings.HasSuffix(p.Text, ":") && !vocab.IsIntroduction(p.Text) && !vocab.IsNote(p.Text) {
					items, at = append(items, p.Text), append(at, p.Origin)
				}
			}
		}
		out, origins = append(out, items...), append(origins, at...)
		k = end - 1
	}
	return out, origins, true
}

// underLeadInItem returns the items of a section whose one outer item
// is a lead-in ("Le (la) candidat(e) doit :") with the criteria as its
// sub-items: those sub-items, the lead-in left out as the introduction
// it is. ok is false for any other section.
func underLeadInItem(s schema.Section) (items []string, origins []*schema.Origin, ok bool) {
	lead := -1 // the index of the outer item
	for k, c := range s.Content {
		if c.Type != "item" {
			continue
		}
		if lead < 0 {
			if !isLeadIn(c.Text) {
				return nil, nil, false
			}
			lead = k
			continue
		}
		if c.Depth <= s.Content[lead].Depth {
			return nil, nil, false // a second outer item
		}
		if c.Depth == s.Content[lead].Depth+1 {
			items, origins = append(items, c.Text), append(origins, c.Origin)
		}
	}
	return items, origins, len(items) > 0
}

// outerItems returns the texts of the least-nested list items, and where
// each was read.
func outerItems(s schema.Section) ([]string, []*schema.Origin) {
	minDepth := -1
	for _, c := range s.Content {
		if c.Type == "item" && (minDepth < 0 || c.Depth < minDepth) {
			minDepth = c.Depth
		}
	}
	var out []string
	var origins []*schema.Origin
	prose := 0 // paragraphs since the last item
	for _, c := range s.Content {
		if c.Type != "item" {
			prose++
			continue
		}
		if len(out) > 0 && prose >= maxParagraphsInList {
			// A list after many paragraphs under no heading of its
			// own belongs to what the paragraphs went on to: another
			// notice of a journal's page, an agenda.
			break
		}
		prose = 0
		if c.Depth == minDepth {
			out = append(out, c.Text)
			origins = append(origins, c.Origin)
		}
	}
	return out, origins
}

// inNameRun reports block k of blocks, a short name, followed by two
// more short names that open no section: a list of names whose markers
// were lost, where one name's words would make it a heading.
func (x *extraction) inNameRun(blocks []int, k int) bool {
	if !isQualityName(x.factsOf(blocks[k]).text) {
		return false
	}
	for j := k + 1; j <= k+minNameRunAfter; j++ {
		if j >= len(blocks) {
			return false
		}
		f := x.factsOf(blocks[j])
		if b := &x.blocks[blocks[j]]; b.Kind != stream.Paragraph && b.Kind != stream.ListItem || f.isHeading || !isQualityName(f.text) {
			return false
		}
	}
	return true
}

// opensNamedQualities reports block k of blocks, a short line that ends
// no sentence ("Capabilities", "How we work"), followed by
// minListItems qualities or more, each a short name, its colon and
// what it means ("Influence: builds consensus…"), none of them a topic
// of criteria ("Education: …").
func (x *extraction) opensNamedQualities(blocks []int, k int) bool {
	b := &x.blocks[blocks[k]]
	t := strings.TrimSuffix(strings.TrimSpace(x.factsOf(blocks[k]).text), ":")
	if b.Kind != stream.Paragraph && b.Kind != stream.Heading || t == "" || strings.ContainsAny(t, ".;:,") ||
		!words.StartsUpper(t) || words.CountAtMost(t, maxSubHeadWords+1) > maxSubHeadWords {
		return false
	}
	n := 0
	for j := k + 1; j < len(blocks); j++ {
		nb := &x.blocks[blocks[j]]
		if nb.Kind != stream.Paragraph && nb.Kind != stream.ListItem || x.factsOf(blocks[j]).opens {
			break
		}
		if !x.namedQuality(nb.Text) {
			break
		}
		n++
	}
	return n >= minListItems
}

// describesConduct reports a quality's meaning written as what its
// holder does: a verb in the third person first ("builds consensus",
// "agit vite", "travaille en équipe"), a pronoun and its verb ("you
// build trust", "vous suivez…") or a verb's infinitive ("organiser ses
// interventions"); not a noun or an adjective ("advanced use of…",
// "fluent", "utilisation avancée").
func describesConduct(desc string) bool {
	w, rest, _ := strings.Cut(desc, " ")
	if w == "" || !words.StartsLower(w) {
		return false
	}
	if slices.Contains(subjectPronouns, strings.ToLower(w)) {
		// "you build trust with…", "vous suivez les procédures…"
		return words.StartsLower(rest)
	}
	switch {
	case strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"):
		return true // "répondre aux habitants…", "organiser ses interventions…": what to do
	case strings.HasSuffix(w, "s"):
		return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
	case strings.HasSuffix(w, "t"):
		return !strings.HasSuffix(w, "nt")
	case strings.HasSuffix(w, "e"):
		return !strings.HasSuffix(w, "ée") && !strings.HasSuffix(w, "ise") && !strings.HasSuffix(w, "ance") && !strings.HasSuffix(w, "ence")
	}
	return false
}

// maxNamedQualityWords bounds the name of a quality given with its
// meaning: "Strategic thinking", "Sens du service public".
const maxNamedQualityWords = 4

// maxSubHeadWords bounds a sub-head the tables do not know: "How we
// work", "What we look for in you".
const maxSubHeadWords = 5

// namedQuality reports "Influence: builds consensus among members": a
// quality's short name in capitals first, not a topic of criteria, then
// what it means in words.
func (x *extraction) namedQuality(text string) bool {
	text = strings.TrimSpace(text)
	if _, rest, ok := stream.SplitMarker(text); ok {
		text = rest
	}
	i := strings.Index(text, ": ")
	if i <= 0 || i > maxCompetencyName {
		return false
	}
	name, desc := text[:i], strings.TrimSpace(text[i+2:])
	if !words.StartsUpper(name) || words.CountAtMost(name, maxNamedQualityWords+1) > maxNamedQualityWords ||
		strings.ContainsAny(name, "0123456789()") || words.CountAtMost(desc, 3) < 3 || strings.ContainsAny(desc, "0123456789|@") {
		return false // a contact, a programme, a link bar: figures, addresses
	}
	if kind, ok := x.voc.Heading(name); ok && kind != "competencies" {
		return false // "Education: a degree in…", "Location: …"
	}
	if strings.ContainsFunc(name[1:], unicode.IsUpper) || !describesConduct(desc) {
		return false // "Power BI: …", "Excel: advanced use of…": a tool and its use
	}
	if _, ok := x.voc.Label(name); ok {
		return false // a field: "Grade: G15"
	}
	return true
}

// isFactField reports a paragraph that is a field of the post's facts
// (postFields) as a box of them gives after the sections ("Type d'emploi
// : Temps plein", "Salaire : 34,50 $ par heure"); no competency is named
// by such a label, as one may be by an employer's ("Organisation : plans
// several events at once").
func isFactField(v *vocab.Vocabulary, t string) bool {
	f, _, _, ok := v.Field(t, false)
	return ok && f != "organisation" && slices.Contains(postFields, f)
}

// minNameRunAfter is how many names must follow a name taken for a
// heading for it to stay a name.
const minNameRunAfter = 2

// maxParagraphsInList bounds the paragraphs between two lists of one
// section's items: a remark or two, a sub-head, a lead-in ("Education:",
// "The following would be an advantage:").
const maxParagraphsInList = 6

// competencies reads "Name: description" items (or paragraphs), and the
// names of a list of competencies without descriptions ("Teamwork").
func competencies(s schema.Section, v *vocab.Vocabulary) ([]schema.Competency, []*schema.Origin) {
	texts, origins := outerItems(s)
	items := true
	if len(texts) == 0 {
		items = false
		headed := false // the texts so far each paired a name's head with its paragraph
		for k := 0; k < len(s.Content); k++ {
			c := s.Content[k]
			if (len(texts) == 0 || headed) && headsDescription(s.Content, k) {
				// "Integrity" set as a sub-head over "Upholds the
				// Organization's values…": a competency named by its
				// head and described by its paragraph.
				texts = append(texts, strings.TrimSpace(c.Text)+": "+s.Content[k+1].Text)
				origins = append(origins, c.Origin)
				headed = true
				k++
				continue
			}
			if len(texts) > 0 && endsPart(s.Content, k) {
				break // "Contract and Remuneration" over its prose
			}
			if len(texts) > 0 && c.Type == "paragraph" && (endsNames(v, c.Text) || isFactField(v, c.Text)) {
				break // "Zone géographique": the next part's heading or a field's label; "Salaire : 34,50 $ à 41,25 $"
			}
			if len(texts) > 0 && c.Type == "paragraph" && vocab.IsFurniture(c.Text) {
				break // "Show less", "Read less": a board's toggle under the folded notice
			}
			if c.Type == "paragraph" {
				texts = append(texts, c.Text)
				origins = append(origins, c.Origin)
			}
		}
	}
	texts, origins = markedRuns(texts, origins)
	texts, origins = describedRuns(v, texts, origins)
	var out []schema.Competency
	var outOrigins []*schema.Origin
	listed := false // a paragraph gave a list of names
	for k, t := range texts {
		if isRunningFooter(t) {
			continue // "NAHEMA/HR/2042/0388 – page 1 / 2" between two competencies a page break parted
		}
		i := strings.Index(t, ":")
		if i < 0 && !items {
			// "Sens de l'accueil – Discrétion – Rigueur": a paragraph of
			// names parted by dashes, no name and what it means. (An
			// item, "Communication – Speaks clearly – Listens", is a
			// name and its conduct.)
			if names := qualityNames(t); names != nil {
				for _, n := range names {
					out = append(out, schema.Competency{Name: n, Description: ""})
					outOrigins = append(outOrigins, origins[k])
				}
				continue
			}
		}
		if i < 0 && len(out) > 0 && vocab.HasSalaryCue(t) {
			break // "Monthly salary of EUR 4,200 – 4,800 gross…": the post's terms after the competencies
		}
		if i < 0 {
			// "Analytical thinking – breaks complex incidents down…"
			if d, dash := nameDash(t); d > 0 && words.Count(t[:d]) <= maxCompetencyWords {
				t = t[:d] + ":" + t[d+len(dash)-1:]
				i = d
			}
		}
		if i <= 0 || i > maxCompetencyName || i == len(t)-1 {
			// A name alone: any item of the list, or a paragraph short
			// enough not to be the section's introduction.
			// A name loses the stop a list put after it; a sentence is
			// kept as written, as criteria are.
			names := nameList(t)
			if names == nil && !items {
				// "sens de l'organisation, rigueur, diplomatie…": a
				// paragraph of names in small letters under the
				// section's head.
				if ns := commaNames(t); len(ns) >= minCommaNames {
					names = ns
				}
			}
			if names != nil {
				// "Applying expertise; Effective communication; …"
				listed = listed || !items
				for _, n := range names {
					out = append(out, schema.Competency{Name: n, Description: ""})
					outOrigins = append(outOrigins, origins[k])
				}
				continue
			}
			name := strings.TrimSpace(t)
			if words.Count(name) <= maxCompetencyWords {
				name = strings.TrimRight(name, " ;,.")
			}
			if name != "" && !strings.HasSuffix(t, ":") && (items || isCompetencyName(t)) {
				if len(out) == 0 && vocab.IsCompetencyTier(name) && describedNext(texts, k) {
					// "Core" or "Core values" over "Achieve Results:
					// LEVEL 2: Scales up solutions…": the tier the
					// described names below fall under, no name itself
					// ("Teamwork" over them is a competency).
					continue
				}
				if listed {
					// "Qualités attendues : Sens de l'écoute, Pédagogie"
					// / "Temps plein": the list was a paragraph; a name
					// alone after it is the page's next part.
					break
				}
				out = append(out, schema.Competency{Name: name, Description: ""})
				outOrigins = append(outOrigins, origins[k])
			} else if endsDescribedList(out, t) {
				break
			}
			continue
		}
		name := strings.TrimSpace(strings.TrimRight(t[:i], " \u00a0\u202f"))
		name = name[stream.LeadNumberLen(name):] // "a. Personal Attributes: …"
		if listed && strings.Contains(name, ". ") {
			// "Apply through the portal by the closing date. Interviews:
			// week of…" after a paragraph of names: a sentence, the
			// page's next part.
			break
		}
		desc := strings.TrimSpace(t[i+1:])
		if name == "" || desc == "" || vocab.IsColumnHeader(desc) {
			continue // "Attribute | Description": a table's header row
		}
		if len(out) > 0 && endsDescribed(desc) {
			// "Interviews: week of October 11, 2038.", "To view the
			// full vacancy and apply: https://…" after the competencies:
			// the page's next part, which no quality's conduct is.
			break
		}
		if names := namesAfter(name, desc); names != nil {
			// "Core competencies: Applying expertise; Effective
			// communication; …": a kind of competencies, then their
			// names.
			for _, n := range names {
				out = append(out, schema.Competency{Name: n, Description: ""})
				outOrigins = append(outOrigins, origins[k])
			}
			continue
		}
		out = append(out, schema.Competency{Name: name, Description: desc})
		outOrigins = append(outOrigins, origins[k])
	}
	return oneForm(out, outOrigins)
}

// runMarks lead the items of a list a board ran into one line: "›
// Coordination – brings partners together › Initiative – solves
// problems…".
var runMarks = []string{"›", "»"}

// describesEach reports a text whose every part between seps names a
// competency and describes it: "Coordination – brings partners…".
func describesEach(t, sep string) bool {
	for p := range strings.SplitSeq(t, sep) {
		if !strings.Contains(p, " – ") && !strings.Contains(p, " - ") && !strings.Contains(p, ": ") {
			return false
		}
	}
	return true
}

// loneRunMark is the one of runMarks that parts a run whose first mark
// is gone (the reader took it for the item's bullet), when it parts
// minLoneRunMarks items or more: a French closing quote does not.
const (
	loneRunMark     = "›"
	minLoneRunMarks = 2
)

// markedRuns returns texts with each line that runs a list's items
// together, each led by the list's mark (markedRun), cut into one text
// per item, each with its line's origin.
func markedRuns(texts []string, origins []*schema.Origin) ([]string, []*schema.Origin) {
	return splitEach(texts, origins, markedRun)
}

// markedRun cuts a line that opens with a list's mark and holds it again
// between items ("› Calme : vous gardez votre sang-froid… › Bienveillance
// : vous accompagnez…") into its items, each with its capital, or returns
// nil. (A trail, "Home › Jobs", opens with no mark.)
func markedRun(t string) []string {
	t = strings.TrimSpace(t)
	for _, m := range runMarks {
		rest, ok := strings.CutPrefix(t, m+" ")
		sep := " " + m + " "
		if !ok && m == loneRunMark && strings.Count(t, sep) >= minLoneRunMarks && describesEach(t, sep) {
			// The list's item whose mark the reader took as its marker
			// ("Coordination – … › Initiative – … › Communication – …";
			// a trail, "Home › Jobs › Engineering", describes nothing).
			rest, ok = t, true
		}
		if !ok || !strings.Contains(rest, sep) {
			continue
		}
		parts := strings.Split(rest, sep)
		for k, p := range parts {
			p = strings.TrimSpace(p)
			if !words.StartsUpper(p) {
				return nil
			}
			parts[k] = p
		}
		return parts
	}
	return nil
}

// footerSeparators part a running footer's pieces: "Rennes Métropole –
// RM-2043-0418 – page 1/2".
var footerSeparators = []string{" – ", " — ", " - ", " | ", " · "}

// isRunningFooter reports a page's running footer or header, read among
// the text: pieces parted by dashes or bars, the last a page label
// ("NAHEMA/HR/2042/0388 – page 1 / 2", "LYON-BA-43-041 – page 1/2").
func isRunningFooter(t string) bool {
	last := -1
	for _, sep := range footerSeparators {
		if k := strings.LastIndex(t, sep); k >= 0 && k+len(sep) > last {
			last = k + len(sep)
		}
	}
	return last > 0 && furniture.IsPageLabel(t[last:])
}

// endsDescribedList reports a text that is no competency's name, after
// described competencies, a sentence with its capital (no head that ends
// with a colon): the page's next part ("Applications quoting the vacancy
// number must reach…"), not a remark within the list nor a line of
// another column a layout wove into it ("diagnostiquer et réparer les
// pannes…").
func endsDescribedList(out []schema.Competency, t string) bool {
	t = strings.TrimSpace(t)
	return len(out) > 0 && out[0].Description != "" && !strings.HasSuffix(t, ":") && words.StartsUpper(t) && readsAsSentence(t)
}

// oneForm returns the competencies up to the first line alone after
// described names that no name is: a signature parted by bars, a line
// with figures, one longer than a name ("Applications to the Human
// Resources Manager or hr@…, quoting the reference, not later than"). A
// list may mix its forms otherwise ("Sens de l'écoute : vous
// comprenez…" / "Rigueur").
func oneForm(out []schema.Competency, origins []*schema.Origin) ([]schema.Competency, []*schema.Origin) {
	if len(out) == 0 || out[0].Description == "" {
		return out, origins
	}
	for k, c := range out {
		if c.Description == "" && (strings.Contains(c.Name, " | ") || hasDigit(c.Name) || !isCompetencyName(c.Name)) {
			return out[:k:k], origins[:k:k]
		}
	}
	return out, origins
}

// headsDescription reports content k of a section of competencies, a
// sub-head that names a competency (a short name, no colon in it), over
// a paragraph that describes it: a sentence, no name of its own.
func headsDescription(content []schema.Content, k int) bool {
	c := content[k]
	if c.Type != "heading" || k+1 >= len(content) || content[k+1].Type != "paragraph" {
		return false
	}
	name, desc := strings.TrimSpace(c.Text), strings.TrimSpace(content[k+1].Text)
	if strings.ContainsAny(name, ":.;") || !isCompetencyName(name) || words.CountAtMost(name, maxCompetencyWords+1) > maxCompetencyWords {
		return false
	}
	return desc != "" && !isCompetencyName(desc)
}

// describedRuns returns texts with each line that runs several described
// competencies together cut into one text per competency
// (describedRun), each with its line's origin.
func describedRuns(v *vocab.Vocabulary, texts []string, origins []*schema.Origin) ([]string, []*schema.Origin) {
	return splitEach(texts, origins, func(t string) []string { return describedRun(v, t) })
}

// splitEach returns texts with each text that split cuts into parts
// replaced by its parts, each with the text's origin, in one pass: the
// copies are made once, at the first text cut.
func splitEach(texts []string, origins []*schema.Origin, split func(string) []string) ([]string, []*schema.Origin) {
	var outT []string // built once a text is cut
	var outO []*schema.Origin
	for k, t := range texts {
		parts := split(t)
		if parts == nil {
			if outT != nil {
				outT, outO = append(outT, t), append(outO, origins[k])
			}
			continue
		}
		if outT == nil {
			outT, outO = slices.Clone(texts[:k:k]), slices.Clone(origins[:k:k])
		}
		for _, p := range parts {
			outT, outO = append(outT, p), append(outO, origins[k])
		}
	}
	if outT == nil {
		return texts, origins
	}
	return outT, outO
}

// minRunDescWords is how many words the description before a name that
// follows it without a stop has at least ("Rigueur : produit des séries
// fiables Esprit de synthèse : …"): a label right after a name
// ("Leadership: LEVEL 2: …") starts no competency of its own.
const minRunDescWords = 3

// describedRun cuts a line that runs competencies, each named and
// described, into one text per competency, or returns nil for a line of
// one. A layout that joined their lines gives "Rigueur : produit des
// séries fiables Esprit de synthèse : traduit les données…" or
// "Accuracy – you catch an inconsistent label. Collaboration – you work
// easily…". A later name is the words just before its colon or dash,
// after the stop that ends the description before it ("…sans jargon.
// Curiosité : …"); without a stop, after a colon only, from the nearest
// word with a capital. (A dash without a stop before its name parts a
// name's conduct: "Communication – Speaks clearly – Listens".) Each
// scan back stops at the description's start, so the line is read once.
// A line whose later part is a field of the post's facts is left whole.
func describedRun(v *vocab.Vocabulary, t string) []string {
	sep := ": "
	i := strings.Index(t, ":")
	if i <= 0 || i > maxCompetencyName || !strings.HasPrefix(t[i:], sep) {
		d, dash := nameDash(t)
		if d <= 0 || i > 0 && i < d {
			return nil
		}
		i, sep = d, dash
	}
	if name := strings.TrimSpace(t[:i]); !words.StartsUpper(name) || strings.ContainsAny(name, ".;") ||
		words.CountAtMost(name, maxCompetencyWords+1) > maxCompetencyWords {
		// ("Rémunération. Fonctionnaires : grille…": a sentence, then
		// a label, no name.)
		return nil
	}
	var parts []string
	start := 0           // the current competency's start
	desc := i + len(sep) // its description's start
	for {
		p := strings.Index(t[desc:], sep)
		if p < 0 {
			break
		}
		p += desc
		at := runName(t[desc:p], sep != ": ")
		if at < 0 {
			desc = p + len(sep)
			continue
		}
		at += desc
		// (The semicolon that parted two competencies ends neither:
		// "…autour d'un projet commun; Autonomie : …".)
		if s := strings.TrimSpace(t[start:at]); s != "" {
			parts = append(parts, strings.TrimSpace(strings.TrimSuffix(s, ";")))
		}
		start, desc = at, p+len(sep)
	}
	if parts == nil {
		return nil
	}
	parts = append(parts, strings.TrimSpace(t[start:]))
	for _, p := range parts[1:] {
		if isFactField(v, p) {
			// "Conditions Numéro de l'affichage : 2026-1184 Lieu de
			// travail : Trois-Rivières … Salaire : de 62 000 $…": the
			// post's facts run into a line, no competencies.
			return nil
		}
	}
	return parts
}

// runName returns where the name of a competency starts at the end of
// the text before its colon or dash (describedRun), or -1 when that text
// ends with no such name. stopped asks for a stop before the name.
func runName(text string, stopped bool) int {
	w := len(strings.TrimRight(text, " "))
	upper := -1 // the nearest word with a capital
	for n := 0; n < maxCompetencyWords && w > 0; n++ {
		sp := strings.LastIndexByte(text[:w], ' ')
		before := ""
		if sp >= 0 {
			before = strings.TrimRight(text[:sp], " ")
		}
		if before == "" {
			break // the description's first word: no name's
		}
		if strings.ContainsRune(".;!?", words.LastRune(before)) {
			if !words.StartsUpper(text[sp+1 : w]) {
				return -1
			}
			return sp + 1
		}
		if upper < 0 && words.StartsUpper(text[sp+1:w]) {
			upper = sp + 1
		}
		w = len(before)
	}
	if stopped || upper < 0 || words.CountAtMost(text[:upper], minRunDescWords) < minRunDescWords {
		return -1
	}
	// A proper noun's last word or an acronym is no name's first:
	// "…the rules of the European Union: applies them", "…agreed UN
	// strategies: identifies…".
	prev := strings.TrimRight(text[:upper], " ")
	if k := strings.LastIndexByte(prev, ' '); words.StartsUpper(prev[k+1:]) || isAcronym(words.First(text[upper:])) {
		return -1
	}
	return upper
}

// isAcronym reports a word of two capitals or more and no small letter:
// "UN", "OECD".
func isAcronym(w string) bool {
	w = strings.TrimRight(w, ".,:;")
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// minDescribedUnder is how many described competencies make the name
// alone over them a sub-head: one may be a list's own mix.
const minDescribedUnder = 2

// describedNext reports texts after k that open with minDescribedUnder
// competencies each named before a colon and described after it.
func describedNext(texts []string, k int) bool {
	n := 0
	for _, t := range texts[k+1:] {
		if n == minDescribedUnder {
			break
		}
		i := strings.Index(t, ":")
		if i <= 0 || i > maxCompetencyName || strings.TrimSpace(t[i+1:]) == "" {
			return false
		}
		n++
	}
	return n == minDescribedUnder
}

// endsDescribed reports the text after a label's colon that no
// competency's description is, so that the label ends the list of
// competencies: a link alone, or a text with a date in it ("semaine du
// 28/11/2039", "CV et lettre de motivation. Épreuve écrite prévue le
// 21/08/2039.").
func endsDescribed(desc string) bool {
	if (strings.HasPrefix(desc, "http") || strings.HasPrefix(desc, "www.")) && !strings.ContainsAny(desc, " \u00a0") {
		return true
	}
	return len(findDates(desc)) > 0
}

// namesAfter returns the names of competencies a heading run in before
// them lists, separated by semicolons ("Core competencies: Applying
// expertise; Effective communication."), or nil.
func namesAfter(heading, list string) []string {
	if !vocab.IsCompetencyHeading(heading) && !leadsIntoCompetencies(heading) {
		return nil
	}
	return headedNames(list)
}

// headedNames returns the names of a list that a head before it says are
// names: nameList's, or names in small letters parted by commas ("Le
// poste requiert les qualités suivantes : rigueur, discrétion, esprit
// d'équipe"), minCommaNames of them at least; or nil.
func headedNames(list string) []string {
	if names := nameList(list); names != nil {
		return names
	}
	if names := commaNames(list); len(names) >= minCommaNames && !(vocab.OpensWithSubject(names[0]) && !vocab.OpensWithSubject(names[1])) {
		// ("le candidat doit être rigoureux, discret, organisé": a
		// sentence, its subject first and no other name's; "la
		// rigueur, la discrétion, le sens du service": names, each
		// with its article.)
		return names
	}
	return nil
}

// leadsIntoCompetencies reports a sentence before a colon that says the
// competencies follow: "For this role, the following competencies would
// be particularly important".
func leadsIntoCompetencies(text string) bool {
	if !vocab.MentionsCompetence(text) && !vocab.MentionsQualities(text) {
		return false
	}
	// A name is short ("Communication"); a short sentence says what
	// follows ("Le poste requiert les qualités suivantes").
	return words.CountAtMost(text, maxCompetencyWords+1) > maxCompetencyWords || vocab.EndsOnFollowing(text)
}

// minCommaNames is how many names a list separated by commas holds, at
// least, to be told from a sentence with commas in it.
const minCommaNames = 3

// nameList returns the names of a list of competencies separated by
// semicolons (or commas, each name with its capital), each short enough
// to be a name, or nil.
func nameList(list string) []string {
	if names := qualityNames(list); names != nil {
		return names
	}
	sep := ";"
	if !strings.Contains(list, sep) {
		// "Rigour, Discretion, Team spirit, Adaptability.": names
		// with capitals, three at least, separated by commas.
		if strings.Count(list, ",") < minCommaNames-1 {
			return nil
		}
		for _, n := range strings.Split(list, ",") {
			if !words.StartsUpper(strings.TrimSpace(n)) {
				return nil
			}
		}
		// ("Souci du travail bien fait, Respect des règles de santé et
		// sécurité, Esprit d'équipe": a quality's name may be as long
		// as one in small letters.)
		return splitNames(list, ",", maxQualityNameWords)
	}
	return splitNames(list, sep, maxCompetencyWords)
}

// splitNames cuts list at sep into names, each without the stop a list
// put after it; nil when a part is empty or longer than maxWords words
// (a sentence, not a list of names).
func splitNames(list, sep string, maxWords int) []string {
	var names []string
	for _, n := range strings.Split(list, sep) {
		n = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(n), "."))
		if n == "" || words.Count(n) > maxWords {
			return nil
		}
		names = append(names, n)
	}
	if sep == "," {
		names = splitLastJoin(names)
	}
	return names
}

// splitLastJoin parts the last of names at the conjunction that joins it
// to the list ("rigueur, discrétion et disponibilité"; "Rigueur,
// Empathie, Discrétion et Disponibilité"), when no name before has one
// and what follows is a name of its own: with a capital where the
// list's names have one, not a complement of the words before
// ("capacité d'analyse et de synthèse"), nor a word that shares them
// (sharesWordsBefore). An English "and" joins the two halves of many a
// name ("Planning and organizing", "Judgement and decision-making"),
// and is left whole.
func splitLastJoin(names []string) []string {
	if len(names) < minCommaNames-1 {
		return names
	}
	for _, n := range names[:len(names)-1] {
		if at, _ := vocab.LastConjunction(n); at >= 0 {
			return names
		}
	}
	last := names[len(names)-1]
	at, conj := vocab.LastConjunction(last)
	if at <= 0 {
		return names
	}
	before, after := strings.TrimSpace(last[:at]), strings.TrimSpace(last[at+len(conj):])
	if after == "" || vocab.OpensComplement(after) || conj == " and " || words.StartsUpper(names[0]) != words.StartsUpper(after) ||
		sharesWordsBefore(before, after) {
		// ("capacité d'analyse et de synthèse", "travailler en équipe
		// et sous pression", "bonne communication orale et écrite",
		// "Maîtrise de Word et Excel": one name.)
		return names
	}
	return append(names[:len(names)-1:len(names)-1], before, after)
}

// sharesWordsBefore reports a word after a list's last "et" that shares
// the words before it: a second complement after a name that ends with
// one ("Maîtrise de Word et Excel"), or an adjective after a name of
// several words that ends with one ("bonne communication orale et
// écrite"). After a name that ends with its complement, a word in small
// letters is a name of its own ("sens du service et discrétion").
func sharesWordsBefore(before, after string) bool {
	if words.CountAtMost(after, 2) > 1 {
		return false
	}
	fs := strings.Fields(before)
	complemented := len(fs) >= 2 && (vocab.OpensComplement(fs[len(fs)-2]) || vocab.OpensComplement(fs[len(fs)-1]))
	if complemented {
		return words.StartsUpper(after)
	}
	return !words.StartsUpper(after) && len(fs) >= minSharedWords
}

// minSharedWords is how many words a name before a list's last "et" has
// at least when a lone word in small letters after it qualifies it
// ("bonne communication orale et écrite"), where a name of one or two
// words and a lone word are two names ("esprit d'équipe et
// discrétion").
const minSharedWords = 3

// nameDot separates the names of a line of qualities: "Rigueur · Sens de
// l'organisation · Autonomie".
const nameDot = " · "

// nameSeparators separate the names of a line of qualities under a head
// that says they are qualities: middle dots, and dashes, slashes and
// chevrons too ("Rigueur et méthode – Autonomie – Sens du travail en
// équipe", "Rigueur / Discrétion / Aisance rédactionnelle", "› Calme en
// représentation › Esprit d'équipe › Disponibilité"). Among criteria only
// the middle dot parts names: "University Degree / Professional
// Qualification / Equivalent Experience" is one criterion's
// alternatives.
var nameSeparators = []string{nameDot, " – ", " — ", " / ", " › ", " » "}

// dotNames returns the names of a line of qualities separated by middle
// dots, minNameListItems of them at least, each a short name with its
// capital (isShortName, as long as a competency's name: "Sens du service
// à la clientèle"), or nil: a board's row of tags ("CDI · Temps plein ·
// 35 h") holds figures or names of other shapes.
func dotNames(line string) []string { return namesParted(line, nameDot) }

// qualityNames is dotNames for a line under a head of qualities, its
// names parted by any of nameSeparators.
func qualityNames(line string) []string {
	for _, sep := range nameSeparators {
		if names := namesParted(line, sep); names != nil {
			return names
		}
	}
	return nil
}

// namesParted returns the names of line parted by sep, as dotNames reads
// them, or nil.
func namesParted(line, sep string) []string {
	if strings.Count(line, sep) < minNameListItems-1 {
		return nil
	}
	// (The stop after the last name ends the line, not the name:
	// "Sens du contact – Discrétion – Résistance physique." A mark
	// that parts the names may lead the first as well: "› Rigueur ›
	// Pédagogie › Autonomie".)
	line = strings.TrimSpace(line)
	if lead := strings.TrimLeft(sep, " "); lead != "" && strings.HasPrefix(line, lead) {
		line = line[len(lead):]
	}
	names := strings.Split(strings.TrimRight(line, "."), sep)
	for k, n := range names {
		n = strings.TrimSpace(n)
		if !isShortName(n, maxCompetencyWords) {
			return nil
		}
		names[k] = n
	}
	return names
}

// maxCompetencyName bounds the name before the colon of a
// "Name: description" competency, in bytes.
const maxCompetencyName = 80

// maxCompetencyWords bounds a paragraph that names a competency without a
// description ("Client orientation", "Sens du service"): a longer one is
// a sentence, such as the section's introduction.
const maxCompetencyWords = 6

// endsNames reports a line after a run of competencies' names that is
// no name but a heading or a field's label the tables know, of two words
// at least ("Zone géographique", "Lieu de travail"): what follows is
// another part of the page. (One word may be both a label and a
// competency: "Organisation", "Équipe".)
func endsNames(v *vocab.Vocabulary, t string) bool {
	if words.CountAtMost(t, 2) < 2 {
		return false
	}
	if _, ok := v.Heading(t); ok {
		return true
	}
	_, ok := v.Label(t)
	return ok
}

// isCompetencyName reports an item that names a competency on its own.
func isCompetencyName(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.HasSuffix(t, ":") || !words.StartsUpper(t) {
		return false
	}
	// A longer name ("Respecting and promoting individual and cultural
	// differences") is no sentence: it does not end as one.
	n := words.Count(t)
	return n <= maxCompetencyWords || n <= stream.MaxHeadingWords && !strings.ContainsRune(".!?;", words.LastRune(t))
}

// isPostFact reports a line whose label names a topic of criteria
// ("Language requirements: English or French") but that stands among the
// post's facts: in the header, as a field or after one, or after a line
// of facts; elsewhere outside criteria, short, beside a field ("What you
// need to know" / "Language requirements: English or French" / "Security
// level required: Secret").
// factsRunAt reports the start of a run of minFactsRun fields with short
// values, none of them a topic of criteria ("Education: …"): a table of
// the post's facts ("Type of Position: Fixed Term", "Region: Europe").
func (x *extraction) factsRunAt(blocks []int, k int) bool {
	n := 0
	for ; k < len(blocks) && n < minFactsRun; k++ {
		b, f := &x.blocks[blocks[k]], x.factsOf(blocks[k])
		if b.Kind != stream.Field || b.Text == "" || f.opens && isTopic(f.kind) ||
			words.CountAtMost(b.Text, 2*maxFactValueWords+1) > 2*maxFactValueWords {
			return false
		}
		n++
	}
	return n >= minFactsRun
}

// isTermsField reports block id, a field of the post's terms: its pay,
// its deadline, its place, its hours, its contract. No criterion is
// written under such a label.
func (x *extraction) isTermsField(id int) bool {
	if b := &x.blocks[id]; b.Kind != stream.Field || b.Text == "" {
		return false // ("…critères suivants à la date limite de dépôt des candidatures :": a sentence's end)
	}
	f, _, _, ok := x.blockField(id)
	return ok && slices.Contains(termsFields, f)
}

// termsFields are the fields of a post's terms (isTermsField).
var termsFields = []string{"salary", "deadline", "location", "schedule", "contract_type", "duration", "start_date"}

// minFactsRun is how many fields in a row after criteria make a table of
// facts: two may be criteria with run-in topics.
const minFactsRun = 3

func (x *extraction) isPostFact(blocks []int, k int, cur *schema.Section, b *stream.Block, runIn string) bool {
	// The neighbours in the document: a field read into the vacancy is
	// no longer among the half's blocks.
	id := blocks[k]
	afterField := id > 0 && x.blocks[id-1].Kind == stream.Field
	beforeField := id+1 < len(x.blocks) && x.blocks[id+1].Kind == stream.Field
	short := words.CountAtMost(runIn, maxHeaderTopicWords+1) <= maxHeaderTopicWords
	switch {
	case cur == nil || cur.Kind == "header":
		if b.Kind == stream.Field {
			return short || afterField
		}
		return afterField || id > 0 && isFactLine(&x.blocks[id-1])
	case isCriteria(cur.Kind):
		return false
	}
	return short && (afterField || beforeField)
}

// maxFactValueWords bounds the value of a line of facts: "Position
// Language Requirement: Bilingual (French and English)".
const maxFactValueWords = 8

// isFactLine reports a "Label: value" line with a short value, the shape
// of a post's facts.
func isFactLine(b *stream.Block) bool {
	if b.Kind == stream.Field {
		return true
	}
	label, value, ok := strings.Cut(b.Text, ":")
	return ok && b.Kind == stream.Paragraph && words.StartsUpper(label) &&
		words.CountAtMost(label, maxLabelWords+1) <= maxLabelWords &&
		words.CountAtMost(value, maxFactValueWords+1) <= maxFactValueWords
}

// requirement says what the criteria of a section are: essential,
// desirable, or not criteria at all.
type requirement int

const (
	notCriteria requirement = iota
	essential
	desirable
)

// requirementOf is the requirement a section's own kind states:
// essential and desirable sections say it; education, experience,
// languages, eligibility and qualifications sections state criteria
// whose weight comes from the section they stand under (inherit).
func requirementOf(kind string) (r requirement, inherit bool) {
	switch {
	case kind == "essential":
		return essential, false
	case kind == "desirable":
		return desirable, false
	case stream.IsCriteriaKind(kind): // a topic: education, experience…
		return essential, true
	}
	return notCriteria, false
}

// maxHeaderTopicWords bounds the value of a header field whose label
// names a topic of criteria ("Langue: Français", "Diplôme: Master"); a
// longer one is a criterion ("Education: A degree in…").
const maxHeaderTopicWords = 4

// isTopic reports a kind of section that names what criteria are about
// (education, experience, languages…) rather than their weight.
func isTopic(kind string) bool {
	_, inherit := requirementOf(kind)
	return inherit
}

// isCriteria reports a kind of section that holds criteria.
func isCriteria(kind string) bool {
	r, _ := requirementOf(kind)
	return r != notCriteria
}

// requirements collects the criteria of a half's sections. A section
// of education, experience or languages under a "Desirable
// qualifications" heading ("DESIRABLE QUALIFICATIONS" / "Professional
// Experience" / items) holds desirable criteria: it takes the weight of
// the essential or desirable section it follows, until a section of
// another kind (duties, competencies, an offer…) ends the run. A heading
// that leads into its own list ("Desirable: …", "Atouts :", "The
// following would be an advantage:") weighs only that list. Eligibility
// conditions followed by selection criteria are no criteria.
func requirements(v *vocab.Vocabulary, sections []schema.Section, leadIn []bool) (req *schema.Requirements, essentialFrom, desirableFrom []*schema.Origin) {
	req = &schema.Requirements{Essential: []string{}, Desirable: []string{}}
	current := notCriteria
	// The half's last section of selection criteria: eligibility
	// conditions before it are who may apply, not what is looked for.
	selection, profile, firstProfile := -1, -1, -1
	for i, s := range sections {
		switch {
		case s.Kind == "selection_criteria":
			selection = i
		case s.Kind == "essential" && hasItems(s):
			profile = i
		}
	}
	for i := 0; i < selection && firstProfile < 0; i++ {
		// (Read only where selection criteria follow.)
		if sections[i].Kind == "essential" && qualificationCount(sections[i]) >= minListItems {
			firstProfile = i
		}
	}
	leadWeighed := leadWeights(sections) >= minListItems
	facts := factsAboveDuties(sections)
	for i, s := range sections {
		if i < facts {
			// "Required Languages / English, Albanian / Vacancy
			// Timeline / 3 Weeks": a job page's facts over the
			// description, the criteria told below it.
			current = notCriteria
			continue
		}
		if s.Kind == "eligibility" && (i < selection || i < profile && !anyQualification(s) && onlyWhoMayApply(s)) {
			// "A. Eligibility criteria" (nationality, civic rights, a
			// diploma and years), then "B. Selection criteria": the
			// notice weighs candidates by the second only. So too
			// "Conditions de candidature" that only say who may apply
			// (nationality, age, civic rights), then the profile's
			// list. (Conditions that ask for a diploma, a clearance or
			// a registration are criteria beside the profile's.)
			current = notCriteria
			continue
		}
		r, inherit := requirementOf(s.Kind)
		var items []string
		var origins []*schema.Origin
		if s.Kind == "selection_criteria" && len(s.Content) > 0 {
			// "Selection criteria" over diplomas and years of
			// experience, with no "Essential" under it: they are.
			// After a list of what is required ("Minimum Requirements"
			// / items, then "Selection criteria" / "Extent and
			// relevance of experience in…"), they are what candidates
			// are weighed by beyond the minimum: assets.
			if items, origins = criteria(s); namesQualifications(items) {
				r = essential
				if 0 <= firstProfile && firstProfile < i {
					r = desirable
				}
			}
		}
		switch {
		case r == notCriteria:
			current = notCriteria
			continue
		case inherit && current != notCriteria:
			r = current
		case leadIn[i]:
			if current == notCriteria {
				current = essential // the criteria have begun
			}
		default:
			current = r
		}
		if items == nil {
			items, origins = criteria(s)
		}
		if len(items) == 0 && r == desirable && s.Heading != "" && !strings.HasSuffix(s.Heading, ":") && vocab.IsAssetItem(s.Heading) &&
			words.CountAtMost(s.Heading, minAssetHeadingWords) >= minAssetHeadingWords {
			// "Des connaissances d'anglais constituent un atout", a
			// line of its own read as the heading of the assets it
			// names, with nothing under it: it is the criterion.
			items, origins = []string{s.Heading}, []*schema.Origin{s.Origin}
		}
		if s.Kind == "eligibility" && !hasItems(s) {
			// "Applications will be accepted from nationals of…": who
			// may apply, told in prose, is no criterion; nor are the
			// terms of service told beside it ("Seconded staff are paid
			// by their sending state…"): of conditions told in prose,
			// only what a candidate must bring or meet is one.
			items, origins = withoutWhoMayApply(items, origins)
			items, origins = conditionsOnly(items, origins)
		}
		items, origins = splitGlued(items, origins)
		for k, item := range items {
			// "Desirable: Knowledge of Spanish or Arabic." in lists whose
			// criteria open with their weight, or "… land-use
			// planning Asset", a table's column of weights read onto the
			// criterion's line: the weight the criterion says is its
			// own, whatever the list's heading. (One "Desirable:" among
			// "Education:" and "Experience:" is a topic, and stays.)
			c, w := v.TopicWeight(item)
			if w == "" && leadWeighed {
				c, w = vocab.LeadWeight(item)
			}
			if w == "" {
				c, w = vocab.CellWeight(item)
			}
			if w != "" {
				if w == "desirable" {
					req.Desirable = append(req.Desirable, c)
					desirableFrom = append(desirableFrom, origins[k])
				} else {
					req.Essential = append(req.Essential, c)
					essentialFrom = append(essentialFrom, origins[k])
				}
				continue
			}
			if r == desirable {
				req.Desirable = append(req.Desirable, item)
				desirableFrom = append(desirableFrom, origins[k])
				continue
			}
			// "Experience coordinating exercises is an asset": an item
			// of an essential list that says it is only an asset.
			if vocab.IsAssetItem(item) {
				req.Desirable = append(req.Desirable, item)
				desirableFrom = append(desirableFrom, origins[k])
				continue
			}
			if need, assets := weighedSentences(item); need != nil {
				// "English and French are the working languages of the
				// Secretariat. For this position, fluency in English is
				// required. Knowledge of French is desirable.": each
				// weighed sentence is a criterion of its weight; the
				// sentence that only sets the scene is none.
				for _, s := range need {
					req.Essential = append(req.Essential, s)
					essentialFrom = append(essentialFrom, origins[k])
				}
				for _, a := range assets {
					req.Desirable = append(req.Desirable, a)
					desirableFrom = append(desirableFrom, origins[k])
				}
				continue
			}
			if assets := assetSentences(item); assets != nil {
				// "Knowledge of Wolof is a plus. Experience with
				// open-source research is also a plus.": a paragraph of
				// assets, one a sentence.
				for _, a := range assets {
					req.Desirable = append(req.Desirable, a)
					desirableFrom = append(desirableFrom, origins[k])
				}
				continue
			}
			if item = withoutWorkingLanguages(item); item == "" {
				continue
			}
			req.Essential = append(req.Essential, item)
			essentialFrom = append(essentialFrom, origins[k])
		}
	}
	return req, essentialFrom, desirableFrom
}

// factsAboveDuties returns how many of a half's first sections are the
// facts a job page lists over its description: criteria sections, each
// of short lines that make no sentence ("Required Languages" / "English,
// Albanian" / "Vacancy Timeline" / "3 Weeks"), before the first section
// of the post's description or duties, with criteria after it. 0 when
// there are none.
func factsAboveDuties(sections []schema.Section) int {
	duties := -1
	for i, s := range sections {
		if s.Kind == "description" || s.Kind == "accountabilities" || s.Kind == "summary" {
			duties = i
			break
		}
		if isCriteria(s.Kind) && !onlyShortLines(s) {
			return 0
		}
	}
	if duties < 0 {
		return 0
	}
	for _, s := range sections[duties+1:] {
		if isCriteria(s.Kind) && hasCriteriaText(s) {
			return duties
		}
	}
	return 0
}

// onlyShortLines reports a section whose content is lines of a few
// words, none ending as a sentence or a list's item does, and none
// marked as a list's item ("- Master's degree in statistics": a list of
// short criteria is criteria).
func onlyShortLines(s schema.Section) bool {
	for _, c := range s.Content {
		t := strings.TrimSpace(c.Text)
		if t == "" {
			continue
		}
		if c.Type == "item" {
			return false
		}
		if strings.ContainsRune(".;:", words.LastRune(t)) || words.CountAtMost(t, maxFactValueWords+1) > maxFactValueWords {
			return false
		}
	}
	return true
}

// hasCriteriaText reports a section with some content.
func hasCriteriaText(s schema.Section) bool {
	for _, c := range s.Content {
		if strings.TrimSpace(c.Text) != "" {
			return true
		}
	}
	return false
}

// leadWeights counts the list items and paragraphs of a half's sections
// that open with their weight (vocab.LeadWeight).
func leadWeights(sections []schema.Section) int {
	n := 0
	for _, s := range sections {
		for _, c := range s.Content {
			if _, w := vocab.LeadWeight(c.Text); w != "" && (c.Type == "item" || c.Type == "paragraph") {
				n++
			}
		}
	}
	return n
}

// minAssetHeadingWords is how many words a line that says it is an asset
// needs to be a criterion rather than a heading ("Atouts", "Un plus").
const minAssetHeadingWords = 4

// splitGlued returns items with the criteria a copy glued into one
// item cut apart (gluedCriteria), each with its item's origin.
func splitGlued(items []string, origins []*schema.Origin) ([]string, []*schema.Origin) {
	return splitEach(items, origins, gluedCriteria)
}

// gluedCriteria returns the criteria of an item a job board made of a
// list by dropping its items' breaks ("…or movement planning.Experience
// in maintaining…", "…de la Santé ;- Justifier d'une expérience…"),
// each with its own stop; or nil. A break is a stop or a semicolon after
// a word of small letters, then a word in small letters after its capital
// with no space between: "Ph.D", "U.S." and ".NET" are none.
func gluedCriteria(item string) []string {
	var out []string
	start := 0
	for i := 2; i+2 < len(item); i++ {
		c := item[i]
		if c != '.' && c != ';' {
			continue
		}
		w := i - 1
		if c == ';' && item[w] == ' ' && w > 1 {
			w-- // "Santé ;": French spacing before the semicolon
		}
		if item[w] != ')' && (!words.IsLowerByte(item[w]) || !words.IsLowerByte(item[w-1])) {
			continue // ("… services (LOGFS).Completion of …": a bracket ends the word)
		}
		j := i + 1
		if c == ';' && item[j] == '-' {
			j++ // ";- ": the marker of the next item, glued on
			if item[j] == ' ' {
				j++
			}
		}
		// (The part before must be a criterion of its own, not "Node"
		// of "Node.Js", nor end with an abbreviation: "(min.Trois ans)".)
		before := strings.TrimRight(item[start:i], " ")
		last := strings.TrimLeft(before[strings.LastIndexByte(before, ' ')+1:], "(")
		next := item[j:]
		if k := strings.IndexAny(next, " ,;."); k >= 0 {
			next = next[:k]
		}
		if j+1 < len(item) && isUpperASCII(item[j]) && isLowerASCII(item[j+1]) && (c == ';' || len(next) >= minGluedWordBytes) &&
			words.CountAtMost(before, minGluedCriterionWords) >= minGluedCriterionWords &&
			(item[w] == ')' || utf8.RuneCountInString(last) > maxAbbreviationRunes) && !vocab.EndsWithAbbreviation(before) {
			out = append(out, strings.TrimSpace(item[start:i+1]))
			start = j
			i = j
		}
	}
	if out == nil {
		return nil
	}
	return append(out, strings.TrimSpace(item[start:]))
}

// minGluedCriterionWords is how many words the part of an item before a
// glued break needs to be a criterion of its own.
const minGluedCriterionWords = 3

// minGluedWordBytes is how long the word after a stop glued to it must
// be to open a criterion ("Experience", not the "Js" of "React.Js").
const minGluedWordBytes = 3

// maxAbbreviationRunes bounds a word a stop may shorten ("min.", "env.",
// "ca."): the last word before a glued break is longer.
const maxAbbreviationRunes = 3

// weighedSentences returns the sentences of a criterion of several, the
// required ones and the assets, when it has a sentence that says it is
// required and one that it is an asset; or nil. The sentences before the
// first that weighs itself set the scene and are none, unless one of them
// names what a candidate must bring; one after it that says no weight is
// required, as the criterion it stood in.
func weighedSentences(item string) (need, assets []string) {
	if !strings.Contains(item, ". ") {
		return nil, nil
	}
	ss := sentences(item)
	if len(ss) < 2 {
		return nil, nil
	}
	weighed, required, asset, listed := false, false, false, false
	var before []string
	for _, s := range ss {
		// "… is required. Desirable: Experience with …": a weight run
		// into the paragraph weighs the sentences after it.
		if c, w := vocab.LeadWeight(s); w != "" {
			s, asset, weighed = c, w == "desirable", true
			required = required || !asset
		}
		switch {
		case vocab.SaysRequiredSentence(s) && !vocab.IsAssetItem(s):
			need, weighed, required = append(need, s), true, true
		case asset || vocab.IsAssetItem(s):
			assets, weighed = append(assets, s), true
		case weighed:
			need = append(need, s)
		default:
			before = append(before, s)
			listed = listed || vocab.IsQualificationItem(s)
		}
	}
	if !required || assets == nil {
		return nil, nil
	}
	if listed {
		// "Advanced university degree in demography. Proven ability to
		// analyse … Fluency in Portuguese is required.": a copy that
		// ran a list into one paragraph, its criteria before the
		// weighed sentence too.
		// (A sentence about the employer or the team, "The Statistics
		// Unit supports…", is none.)
		for _, s := range slices.Backward(before) {
			if s = withoutWorkingLanguages(s); s != "" && (vocab.IsQualificationItem(s) || !vocab.OpensWithSubject(s)) {
				need = slices.Insert(need, 0, s)
			}
		}
	}
	return need, assets
}

// assetSentences returns the sentences of a criterion of several, when
// each says it is only an asset; or nil.
func assetSentences(item string) []string {
	if !strings.Contains(item, ". ") {
		return nil
	}
	ss := sentences(item)
	if len(ss) < 2 {
		return nil
	}
	for _, s := range ss {
		if !vocab.IsAssetItem(s) {
			return nil
		}
	}
	return ss
}

// namesQualifications reports a section's criteria, two at least, half
// or more of them what a candidate must bring (a diploma, experience,
// knowledge): a notice's remarks under the same heading are not
// ("Please note that you can apply for three vacancies").
func namesQualifications(items []string) bool {
	if len(items) < minListItems {
		return false
	}
	n := 0
	for _, t := range items {
		if vocab.IsQualificationItem(t) {
			n++
		}
	}
	return 2*n >= len(items)
}

// qualificationCount counts a section's criteria that name a
// qualification (a diploma, years of experience: vocab.IsQualificationItem).
func qualificationCount(s schema.Section) int {
	items, _ := criteria(s)
	n := 0
	for _, t := range items {
		if vocab.IsQualificationItem(t) {
			n++
		}
	}
	return n
}

// anyQualification reports a section with a criterion that names a
// qualification (a diploma, years of experience: vocab.IsQualificationItem).
func anyQualification(s schema.Section) bool {
	items, _ := criteria(s)
	for _, t := range items {
		if vocab.IsQualificationItem(t) {
			return true
		}
	}
	return false
}

// anyCondition reports a section with a criterion that names what a
// candidate must bring or meet (vocab.IsCondition): "Desirable" over
// "First aid at work certificate", "Experience of recruiting
// volunteers", "Permis B" lists assets, short as their names are, not
// qualities. (Of a quality named before what it means, "Collaboration:
// shares knowledge…", the name alone says.)
func anyCondition(s schema.Section) bool {
	items, _ := criteria(s)
	for _, t := range items {
		if vocab.IsCondition(qualityName(t)) {
			return true
		}
	}
	return false
}

// onlyWhoMayApply reports a section whose criteria, one at least, all
// say who may apply (vocab.IsWhoMayApply).
func onlyWhoMayApply(s schema.Section) bool {
	items, _ := criteria(s)
	for _, t := range items {
		if !vocab.IsWhoMayApply(t) {
			return false
		}
	}
	return len(items) > 0
}

// withoutWhoMayApply drops the paragraphs that say whose nationals may
// apply from a section's criteria.
func withoutWhoMayApply(items []string, origins []*schema.Origin) ([]string, []*schema.Origin) {
	var keep []string
	var at []*schema.Origin
	for i, t := range items {
		if !vocab.NamesNationals(t) {
			keep, at = append(keep, t), append(at, origins[i])
		}
	}
	return keep, at
}

// conditionsOnly keeps the criteria that name what a candidate must
// bring or meet (vocab.IsCondition).
func conditionsOnly(items []string, origins []*schema.Origin) ([]string, []*schema.Origin) {
	var keep []string
	var at []*schema.Origin
	for i, t := range items {
		if vocab.IsCondition(t) {
			keep, at = append(keep, t), append(at, origins[i])
		}
	}
	return keep, at
}

// hasItems reports a section that holds a list.
func hasItems(s schema.Section) bool {
	for _, c := range s.Content {
		if c.Type == "item" {
			return true
		}
	}
	return false
}

// minAbilities is how many abilities a Canadian poster lists at least
// under its "Abilities:" head.
const minAbilities = 2

// abilitiesAsCompetencies gives a Canadian poster's abilities to its
// competencies when it writes them as names, as it writes its personal
// suitability: "Abilities:" among the criteria over "Ability to
// communicate effectively orally", "Ability to manage competing
// priorities" (no stop after them), then "Personal suitability:" over
// "Judgement", "Discretion", in the same section or as the next one. The
// abilities and the suitability become one section of competencies, the
// abilities first. Abilities written as sentences ("Ability to lead
// technical reviews with industrial contractors.") stay criteria, and so
// does the suitability after them. sections, their own contents
// (ownContents) and leadIn change together.
func abilitiesAsCompetencies(sections, own []schema.Section, leadIn []bool) ([]schema.Section, []schema.Section, []bool) {
	var outS, outOwn []schema.Section // built once a section is split, in one pass
	var outLead []bool
	for i := range sections {
		q, j, end, ok := abilitiesAt(sections, own, i)
		if !ok {
			if outS != nil {
				outS, outOwn, outLead = append(outS, sections[i]), append(outOwn, own[i]), append(outLead, leadIn[i])
			}
			continue
		}
		if outS == nil {
			outS = slices.Clone(sections[:i:i])
			outOwn = slices.Clone(own[:i:i])
			outLead = slices.Clone(leadIn[:i:i])
		}
		// (The head stays, over nothing: the line before it, "Bilingual
		// - Imperative (BBB/BBB)", is the language part's, no criterion.)
		s, o := sections[i], own[i]
		s.Content = slices.Concat(s.Content[:j+1:j+1], s.Content[end:])
		o.Content = slices.Concat(o.Content[:j+1:j+1], o.Content[end:])
		outS, outOwn, outLead = append(outS, s, q), append(outOwn, o, q), append(outLead, leadIn[i], true)
	}
	if outS == nil {
		return sections, own, leadIn
	}
	return outS, outOwn, outLead
}

// abilitiesAt returns the section of competencies that section i's
// abilities and the suitability after them make (abilitiesAsCompetencies),
// with the index of the abilities' head in section i's own content and
// the end of what moves, or false.
func abilitiesAt(sections, own []schema.Section, i int) (q schema.Section, j, end int, ok bool) {
	if !isCriteria(sections[i].Kind) {
		return q, 0, 0, false
	}
	content := own[i].Content
	j = abilitiesHead(content)
	if j < 0 {
		return q, 0, 0, false
	}
	k := abilityNamesEnd(content, j+1, false)
	if k-(j+1) < minAbilities {
		return q, 0, 0, false
	}
	names := slices.Clone(content[j+1 : k])
	end = k
	switch {
	case k < len(content) && headsSuitabilityAfterAbilities(content[k]):
		m := abilityNamesEnd(content, k+1, true)
		if m == k+1 {
			return q, 0, 0, false
		}
		names = append(names, content[k+1:m]...)
		end = m
	case k < len(content) || i+1 >= len(sections) || sections[i+1].Kind != "competencies" ||
		!vocab.HeadsSuitability(sections[i+1].Heading) || vocab.HeadsAbilities(sections[i+1].Heading):
		return q, 0, 0, false
	}
	for n := range names {
		names[n].Type, names[n].Marker, names[n].Depth = "item", "", 0
	}
	head := content[j]
	q = schema.Section{Kind: "competencies", Heading: strings.TrimSpace(strings.TrimRight(head.Text, " :")), Origin: head.Origin, Content: names}
	return q, j, end, true
}

// abilitiesHead returns the index of the head of a Canadian poster's
// abilities in a section's content ("Abilities:", as a sub-head or a
// paragraph), or -1.
func abilitiesHead(content []schema.Content) int {
	for j, c := range content {
		if (c.Type == "heading" || c.Type == "paragraph") && vocab.HeadsAbilities(c.Text) {
			return j
		}
	}
	return -1
}

// headsSuitabilityAfterAbilities reports a sub-head of personal
// suitability ("Personal suitability:", "Qualités personnelles :").
func headsSuitabilityAfterAbilities(c schema.Content) bool {
	return (c.Type == "heading" || c.Type == "paragraph") && vocab.HeadsSuitability(c.Text) && !vocab.HeadsAbilities(c.Text)
}

// abilityNamesEnd returns the end of the run of names that starts at
// content from: items or paragraphs, each a name with a capital and no
// stop, colon or semicolon after it ("Ability to communicate effectively
// in writing"). short asks for a name no longer than a heading
// ("Judgement", "Orientation vers le service à la clientèle"), so that a
// line after the suitability ("The following may be applied / assessed
// at a later date (may be needed for the job)") ends the run.
func abilityNamesEnd(content []schema.Content, from int, short bool) int {
	k := from
	for ; k < len(content); k++ {
		c := content[k]
		t := strings.TrimSpace(c.Text)
		if c.Type != "item" && c.Type != "paragraph" || !isHeadShaped(t) || strings.Contains(t, ". ") {
			break
		}
		if short && words.CountAtMost(t, stream.MaxHeadingWords+1) > stream.MaxHeadingWords {
			break
		}
	}
	return k
}
