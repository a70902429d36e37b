package extract

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// This file finds a half's title and the vacancy's reference: a labelled
// title ("Job title:"), a title ending with its reference ("Budget
// Analyst (262173)", "Staff Officer-262107"), the line or heading that
// names the post before the header fields; and the reference in those,
// in a reference field or in a banner ("STAFF VACANCY 261032", "Vacancy
// Notice N° e117/2025"). Site furniture (navigation, "Apply now", "Date
// posted", a city alone) is never a title.

// titleFound is a half's title: its text, the index of its block in the
// half (-1 for a title field, which the fields keep) and the reference
// written with it.
type titleFound struct {
	text string
	at   int
	ref  string
}

// reSuffixRef is a reference number glued to the end of a title, as
// careers sites print it: "Staff Officer (Resilience Planning)-262107",
// "Policy Officer - 251500". A dash between digits with no space joins
// one number ("Offre n° 2026-1583412"), no title and its reference.
var reSuffixRef = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.*(?:\S\s+|[^\s\d]\s*))[-–]\s*(\d{5,8})$`) })

// reGluedRef is a title with its reference in parentheses followed,
// without a space, by more text (a job board repeating the title).
// (Compiled on its first use: few parses reach it; see reTitleGrade.)
var reGluedRef = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(.*\(\s*(?:\d{5,8}|[A-Z]{1,6}[- ]?\d{3,}[-/\d]*)\s*\))\p{Lu}`)
})

// mayGlueRef is what every match of reGluedRef holds, tested without
// the regular expression: a ")" followed by a capital. Most lines have
// none, and are let go without running the expression over them.
func mayGlueRef(text string) bool {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			return false
		}
		i += j + 1
		if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsUpper(r) {
			return true
		}
	}
}

// endsWithDigit is what every match of reSuffixRef holds: the text ends
// with an ASCII digit.
func endsWithDigit(text string) bool {
	return text != "" && '0' <= text[len(text)-1] && text[len(text)-1] <= '9'
}

// maxCrumbToTitle bounds how far after a breadcrumb trail its last
// step is looked for as the page's title line.
const maxCrumbToTitle = 6

// reLeadingRef is a vacancy number printed before the title: "VN 26/14
// Ground Station Maintenance Technician", "JO 2026-017 Legal Officer".
// It has a number with a slash or a dash, three digits at least.
var reLeadingRef = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^((?:[A-Z]{1,6}[ /-]?){0,3}\d{1,4}[/-]\d{1,5}(?:[/-]\d{1,5})?)\s+[-–:]?\s*(\p{Lu}.*)$`)
})

// withLeadingRef moves a vacancy number printed before the title into
// the title's reference.
func (x *extraction) withLeadingRef(t titleFound) titleFound {
	if t.ref == "" && strings.HasPrefix(t.text, "-") {
		if num, rest, ok := strings.Cut(t.text[1:], " "); ok && isBareNumber(num) && x.usableTitle(rest) {
			// "Title-301226 IT Service Desk Technician": the careers
			// system's label glued to the vacancy's number, then the
			// title.
			t.text, t.ref = strings.TrimSpace(rest), num
			return t
		}
	}
	m := reLeadingRef().FindStringSubmatch(t.text)
	if m == nil || t.ref != "" {
		return t
	}
	digits := 0
	for _, r := range m[1] {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if digits < minLeadingRefDigits || !x.usableTitle(m[2]) || words.Count(m[2]) < 2 {
		return t
	}
	t.text, t.ref = m[2], m[1]
	return t
}

// reTitleTail is what a site writes after a title that is no part of
// the post's name: how many posts ("(1 post)", "(2 postes)"), that the
// post is a civilian's ("(Civilian)"), its working time ("(80–100 %)"),
// the grade after a comma or a dash (", Grade P2", " – Grade E –
// Fixed-Term", a United Nations grade alone: ", P3", perhaps with the
// place and the contract a site writes after it: ", P-3, Florence, Italy
// (Fixed Term)"), the reference
// after a dash (" – job reference 08/2026", " – Vacancy Notice VN 26/014"),
// a mission's local grade after a comma (", FSN-07; FP-08*": the grade
// for local hires, then the one for its own nationals).
//
// It is only compiled anchored, as reTitleTailAt (findTitleTail tries it
// from each start a tail can have): compiling it a second time, whole,
// cost every start of the program 0.15 ms for nothing.
const reTitleTail = `(?i)\s*(?:\(\s*\d{1,2}\s+(?:posts?|postes?|positions?|vacanc(?:y|ies))\s*\)` +
	`|\((?:civilian|civil|civilian post|poste civil)\)` +
	`|\(\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?%\)` +
	`|[,–-]\s+grade\s+(?P<grade>[A-Z]{1,3}[ -]?\d{0,2}(?:/[A-Z]{0,3}\d{1,2})?)\b.*` +
	`|,\s+(?P<un>(?-i:P-?[1-7]|D-?[12]|G-?\d{1,2}|NO-?[A-D]|FS-?[1-7]))(?:,\s+[^,()]+)*(?:\s+\([^()]+\))?` +
	`|,\s+(?P<local>(?-i:FSN-?\d{1,2}|LE-?\d{1,2}))(?:\s*;\s*(?-i:FP-?\d{1,2})\*?)?` +
	`|\s[–-]\s+(?:(?:job\s+)?(?:reference|référence|ref\.|réf\.)|vacancy notice|avis de vacance)\s*(?:no\.?|n°|number)?\s*:?\s*(?P<ref>\S+(?:\s\d[\d/.-]*)?))$`

// cutTitleTail returns a title without the tail a site writes after it
// (reTitleTail), and the grade or reference the tail held.
func cutTitleTail(title string) (name, grade, ref string) {
	if !strings.ContainsAny(title, "(,–-") {
		return title, "", ""
	}
	if name, grade, ok := cutEUGrade(title); ok {
		return name, grade, ""
	}
	// The tail is read from the title's last bytes only: the expression
	// is anchored at the end, and tried from every start it is given.
	from := max(0, len(title)-maxTitleTailBytes)
	for from > 0 && !utf8.RuneStart(title[from]) {
		from--
	}
	if !mayHaveTail(title[from:]) {
		return title, "", ""
	}
	m := findTitleTail(title[from:])
	if m == nil || from+m[0] == 0 {
		return title, "", ""
	}
	group := func(name string) string {
		i := reTitleTailAt().SubexpIndex(name) // (the anchoring adds no group)
		if m[2*i] < 0 {
			return ""
		}
		return title[from+m[2*i] : from+m[2*i+1]]
	}
	return strings.TrimSpace(title[:from+m[0]]), cmp.Or(group("grade"), group("un"), group("local")), group("ref")
}

// reTitleTailAt is reTitleTail anchored at the start of its text: the
// tail found from one start (findTitleTail).
var reTitleTailAt = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + reTitleTail + `)`) })

// findTitleTail is reTitleTail.FindStringSubmatchIndex(tail), tried only
// from the starts a tail can have. Every branch of the expression opens,
// after its white space (\s*), on "(", ",", "-" or "–", or on a white
// space before a dash: so a match starts on such a byte, or on the
// first white space of the run before it (a later start in the run
// matches only if that one does). From every start, as the expression
// is tried unanchored, its backtracking over the 64 bytes of a title's
// tail cost a notice's parse 1 to 3 % (250901-dpp.md, 251187-ops.md);
// from these starts, in order, the first match is the same.
func findTitleTail(tail string) []int {
	for p := 0; p < len(tail); p++ {
		if c := tail[p]; c != '(' && c != ',' && c != '-' && !strings.HasPrefix(tail[p:], "–") {
			continue
		}
		s := p
		for s > 0 && isRESpace(tail[s-1]) {
			s--
		}
		if m := reTitleTailAt().FindStringSubmatchIndex(tail[s:]); m != nil {
			for i := range m {
				if m[i] >= 0 {
					m[i] += s
				}
			}
			return m
		}
	}
	return nil
}

// mayHaveTail reports a title's last bytes that may hold a tail
// reTitleTail reads: a remark in parentheses at the end, a grade, a
// reference, a United Nations grade after a comma. Most titles have none,
// and are spared the expression, whose backtracking from every start
// cost a few percent of a parse.
func mayHaveTail(tail string) bool {
	if tail == "" {
		return false
	}
	last := tail[len(tail)-1]
	switch {
	case last == ')':
		return true
	case strings.Contains(tail, ", ") && ('0' <= last && last <= '9' || 'A' <= last && last <= 'D' || last == '*'):
		return true
	}
	for _, w := range [...]string{"rade", "RADE", "ef", "éf", "EF", "ÉF", "otice", "OTICE", "acance", "ACANCE"} {
		if strings.Contains(tail, w) {
			return true
		}
	}
	return false
}

// reEUGrade is an EU agency's function group and grade: "AD 7", "AD6",
// "AST 4", "AST/SC 2", "FG IV".
var reEUGrade = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:AD ?\d{1,2}|AST ?\d{1,2}|AST/SC ?\d|FG ?(?:IV|I{1,3}))$`)
})

// cutEUGrade cuts an EU agency's function group in parentheses from the
// end of a title ("Legal Officer (AD 7)", "Data Analyst (FG IV)") and
// returns it as the grade. (Apart from reTitleTail: as one more branch of
// it, read from every start, it cost a third more backtracking on every
// title.)
func cutEUGrade(title string) (name, grade string, ok bool) {
	t := vocab.TrimSelectionRemark(title) // "… (TA AD6) (External)"
	t, found := strings.CutSuffix(t, ")")
	if !found {
		return title, "", false
	}
	open := strings.LastIndex(t, " (")
	if open < 0 {
		return title, "", false
	}
	code := t[open+2:]
	if c := vocab.StaffCategoryGrade(code); c != "" {
		code = c // "(TA AD6)", "(Contract Agent, FG IV)"
	}
	if !reEUGrade().MatchString(code) {
		return title, "", false
	}
	return strings.TrimSpace(t[:open]), code, true
}

// maxTitleTailBytes bounds the tail of a title read for what a site
// writes after it: " – Grade E – Fixed-Term", " – job reference
// 08/2026".
const maxTitleTailBytes = 64

// refMarks are the marks written before a reference, in lower case:
// "No. 1350", "N° e117/2025", "(réf. F00041207)".
var refMarks = []string{"no.", "no ", "nr.", "n°", "n °", "nº", "#", "ref.", "réf.", "ref:", "réf:", "ref ", "réf ",
	"reference", "référence"}

// cutRefMark returns value without the mark it starts with, and whether
// it had one.
func cutRefMark(value string) (string, bool) {
	low := strings.ToLower(value)
	for _, p := range refMarks {
		if strings.HasPrefix(low, p) {
			return strings.TrimSpace(value[len(p):]), true
		}
	}
	return value, false
}

// labelledRefs takes the references in parentheses that end a title,
// each with its mark ("Juriste (m/f) (réf. F00041207) (réf. E00041208)"),
// and returns the title without them and the first reference.
func labelledRefs(text string) (title, ref string, ok bool) {
	t := strings.TrimSpace(text)
	for strings.HasSuffix(t, ")") {
		open := strings.LastIndexByte(t, '(')
		if open <= 0 {
			break
		}
		r, marked := cutRefMark(strings.TrimSpace(t[open+1 : len(t)-1]))
		r = strings.TrimSpace(strings.TrimLeft(r, ":"))
		if !marked || r == "" || len(r) > maxRefBytes || strings.Contains(r, " ") {
			break
		}
		ref, ok = r, true
		t = strings.TrimSpace(t[:open])
	}
	return t, ref, ok && t != ""
}

// hasMoney reports a text that holds an amount of money: a currency sign
// next to a digit ("$26.50", "€5,562", "5 562 €"), or a figure before a
// currency's code ("2100-3050 EUR gross").
func hasMoney(text string) bool {
	// "2100-3050 EUR gross": a figure and a currency's code.
	for i := 0; i+4 <= len(text); i++ {
		if text[i] == ' ' && i > 0 && startsDigit(text[i-1:i]) && vocab.CurrencyCode(text[i+1:i+4]) != "" &&
			(i+4 == len(text) || !isASCIILetter(text[i+4])) {
			return true
		}
	}
	for i, r := range text {
		if r != '$' && r != '€' && r != '£' {
			continue
		}
		before := strings.TrimRight(text[:i], " \u00a0")
		if startsDigit(text[i+utf8.RuneLen(r):]) || before != "" && startsDigit(before[len(before)-1:]) {
			return true
		}
	}
	return false
}

// isBareNumber reports a line that is a vacancy number alone: five to
// eight digits.
func isBareNumber(text string) bool {
	t := strings.TrimSpace(text)
	// "REQ-10081453", "JR1008841": a system's prefix of capitals before
	// the number.
	p := 0
	for p < len(t) && p < maxNumberPrefix && 'A' <= t[p] && t[p] <= 'Z' {
		p++
	}
	if p > 0 && p < len(t) && t[p] == '-' {
		p++
	}
	t = t[p:]
	if len(t) < 5 || len(t) > 8 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// bareRefLine returns the reference a line holds alone: a number
// (isBareNumber), or a code of three parts or more in parentheses, as
// a site prints it under the title ("(SRB/AD/2026/006)"); or "".
func bareRefLine(text string) string {
	t := strings.TrimSpace(text)
	if isBareNumber(t) {
		return t
	}
	if len(t) < 2 || t[0] != '(' || t[len(t)-1] != ')' {
		return ""
	}
	if code := strings.TrimSpace(t[1 : len(t)-1]); reParenCode().MatchString(code) {
		return code
	}
	return ""
}

// reParenCode is a vacancy's code of three parts or more, with figures:
// "SRB/AD/2026/006", "ECA-2026-11".
var reParenCode = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z][A-Za-z0-9.]*(?:[/-][A-Za-z0-9.]+){2,}$`) })

// maxCodeWordBytes bounds a word in capitals that is a code, not a
// title: "REQ", "JR", "VN".
const maxCodeWordBytes = 4

// maxNumberPrefix bounds the capitals before a posting's number on a line
// of its own: "REQ-", "JR".
const maxNumberPrefix = 4

// boardNumber returns the vacancy's number a job board's line opens
// with before its unit, "26117 | Registry", or "".
func boardNumber(text string) string {
	if num, _, ok := strings.Cut(text, " | "); ok && isBareNumber(num) {
		return strings.TrimSpace(num)
	}
	return ""
}

// urlRef returns the number a page's address (alone or ending a line)
// ends with when the step before it spells the title
// (".../JobDetail/Data-Scientist-Statistical-Applications/12874"), or "".
func urlRef(text, title string) string {
	// The address may end a line that a paragraph joined to it.
	t := strings.TrimSpace(text)
	if i := strings.LastIndexAny(t, " \t\n"); i >= 0 {
		t = t[i+1:]
	}
	if !strings.HasPrefix(t, "https://") && !strings.HasPrefix(t, "http://") {
		return ""
	}
	if i := strings.IndexAny(t, "?#"); i >= 0 {
		t = t[:i]
	}
	steps := strings.Split(strings.TrimRight(t, "/"), "/")
	if len(steps) < 5 { // scheme, "", host, slug, number
		return ""
	}
	num, slug := steps[len(steps)-1], steps[len(steps)-2]
	if len(num) < minLeadingRefDigits || strings.Trim(num, "0123456789") != "" {
		return ""
	}
	if s := slugOf(slug); s == "" || s != slugOf(title) {
		return ""
	}
	return num
}

// slugOf is s in lower case with every run of other characters than
// letters and digits as one "-", as addresses spell titles.
func slugOf(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// minLeadingRefDigits tells a vacancy number from a grade or a count
// ("P-3 Officer", "2-3 years").
const minLeadingRefDigits = 3

// maxLabelWords bounds the label of a "Label: value" line.
const maxLabelWords = 6

// maxTitleWords bounds a title: the longest post titles with their
// division run to twenty words or so.
const maxTitleWords = 24

// findTitle returns the title of a half, or at -1 and text "" when none
// can be told from the site furniture around it. field is the value of a
// title field, if the half has one; header is the index of the first
// header field of the half (len(body) when none); lang is the half's.
func (x *extraction) findTitle(body []stream.Block, field string, header int, unlabelled bool, lang string) titleFound {
	field = x.withoutTitleLabel(withoutDecoration(withoutNextLabel(field)))
	if p := vocab.PostNamedIn(field); p != "" && words.StartsUpper(p) {
		field = p // "Titre : Recrutement d'un(e) Spécialiste en passation des marchés"
	}
	field = withoutLeadingUnits(field)
	// A site's list of other posts ("Similar jobs") holds titles that
	// are not the notice's.
	for i := range body {
		if b := &body[i]; (b.Kind == stream.Paragraph || b.Kind == stream.Heading) && vocab.OpensOtherPosts(b.Text) {
			body, header = body[:i], min(header, i)
			break
		}
	}
	// "APPEL À CANDIDATURES : Brigadier-chef du service des espaces
	// verts (H/F/X)", "FICHE DE POSTE : Chargé de l'observatoire…": a
	// genre banner read as the label of the title it heads, where no
	// field labels the title.
	if field == "" {
		for i := range min(header+maxTitleAmongFields, len(body)) {
			if b := &body[i]; b.Kind == stream.Field && vocab.IsBanner(b.Label) && x.usableTitle(b.Text) && vocab.HasJobNoun(b.Text) && !x.inOtherLang(b.Text, lang) {
				return x.withLeadingRef(titleFound{x.trimTitle(b.Text), i, ""})
			}
		}
	}
	// A title ending with its reference in parentheses, anywhere: it is
	// the notice's own title line.
	for i, b := range body {
		if b.Kind != stream.Heading && b.Kind != stream.Paragraph || words.CountAtMost(b.Text, maxTitleWords+2) > maxTitleWords+2 {
			continue
		}
		text := b.Text
		if mayGlueRef(text) {
			if m := reGluedRef().FindStringSubmatch(text); m != nil {
				text = m[1]
			}
		}
		if t, ref, ok := labelledRefs(text); ok {
			if t := x.trimTitle(t); t != "" {
				if field != "" {
					t = field
				}
				return titleFound{t, i, ref}
			}
		}
		open, ref, ok := vocab.TitleReference(text)
		if !ok {
			open, ref, ok = vocab.DashedReference(text)
		}
		if ok && x.inOtherLang(text[:open], lang) {
			// A French careers page's header over an English title
			// ("Programme Officer (…) (280114)", then "Organisme OTAN
			// : …"): the title is the English half's, found above it;
			// its number is the notice's.
			x.otherLangRef = cmp.Or(x.otherLangRef, ref)
			continue
		}
		if ok {
			t := x.trimTitle(text[:open])
			if f, _ := x.voc.Label(t); f == "title" && field == "" && i+1 < len(body) && x.usableTitle(body[i+1].Text) {
				// "Titre (279104)" / "Administrateur/Administratrice
				// (…)": the title's label carries the number, the next
				// line the title.
				return titleFound{x.trimTitle(body[i+1].Text), i + 1, ref}
			}
			if t != "" {
				if field != "" {
					t = field
				}
				return titleFound{t, i, ref}
			}
		}
	}
	if field != "" {
		// "Name of the post: Senior Specialist – Digital Forensics (AD7)
		// within the Forensic Support Team, …": the post's name, then
		// where it sits.
		field = vocab.BeforeSite(field)
		if i := x.spelledOutAbove(body, field, header); i >= 0 {
			return x.withLeadingRef(titleFound{x.trimTitle(body[i].Text), i, ""})
		}
		// "Post: EMSA/AD/2026/07 - Project Officer - …": the field's
		// value may carry the vacancy's code before the title.
		return x.withLeadingRef(titleFound{field, -1, ""})
	}
	// "Title-262107", before the header fields or, on a job board that
	// prints its own summary first, after them.
	for _, part := range [][2]int{{0, header}, {header, len(body)}} {
		for i := part[0]; i < part[1]; i++ {
			b := body[i]
			if b.Kind != stream.Heading && b.Kind != stream.Paragraph {
				continue
			}
			if !endsWithDigit(b.Text) {
				continue // reSuffixRef ends on digits: nearly every line is let go here
			}
			if m := reSuffixRef().FindStringSubmatch(b.Text); m != nil && x.usableTitle(m[1]) {
				if x.inOtherLang(m[1], lang) {
					x.otherLangRef = cmp.Or(x.otherLangRef, m[2])
					continue
				}
				return titleFound{x.trimTitle(m[1]), i, m[2]}
			}
			if t, ref := codeAfterDash(b.Text); ref != "" && x.usableTitle(t) {
				return titleFound{x.trimTitle(t), i, ref}
			}
		}
	}
	// A title over a line that holds only its number, as careers sites
	// print them: "Senior Copyright Law Officer" / "26104".
	for i := 1; i < header; i++ {
		b, p := body[i], body[i-1]
		if ref := bareRefLine(b.Text); (b.Kind == stream.Paragraph || b.Kind == stream.Heading) && ref != "" &&
			(p.Kind == stream.Heading || p.Kind == stream.Paragraph) && x.usableTitle(p.Text) {
			return titleFound{x.trimTitle(p.Text), i - 1, ref}
		}
	}
	// A line that ends as only a title does: "Comptable fournisseurs
	// (H/F)", "Information Security Officer (P-3)".
	for i, b := range body[:min(len(body), header+maxHeaderBlocks)] {
		if (b.Kind == stream.Heading || b.Kind == stream.Paragraph) && vocab.HasTitleMark(b.Text) && x.usableTitle(b.Text) {
			return x.withLeadingRef(titleFound{x.trimTitle(b.Text), i, ""})
		}
	}
	// The page a breadcrumb trail ends with, printed again as a line:
	// "Home > Jobs > Power Converter Engineer" / "Power Converter
	// Engineer".
	for i, b := range body[:header] {
		last, ok := vocab.Breadcrumb(b.Text)
		if !ok {
			continue
		}
		for j := i + 1; j < len(body) && j <= i+maxCrumbToTitle; j++ {
			b := body[j]
			if b.Kind != stream.Heading && b.Kind != stream.Paragraph {
				continue
			}
			if t := b.Text; strings.EqualFold(strings.TrimSpace(t), last) && x.usableTitle(t) {
				return x.withLeadingRef(titleFound{x.trimTitle(t), j, ""})
			}
			// "Education in Emergencies Specialist (Teacher Workforce),
			// P-4, Fixed Term, # 584117, New York": the page's name, then
			// the board's facts, a grade first, or a sentence.
			if grade, ok := crumbWithTail(b.Text, last); ok && x.usableTitle(last) && (vocab.HasJobNoun(last) || vocab.HasTitleMark(last)) {
				x.lineGrade = grade
				return titleFound{x.trimTitle(last), j, ""}
			}
		}
		// A trail that ends with the list of offers ("Accueil >
		// Emplois > Offres d'emploi"), or passes through it to a
		// board's filters ("… > Offres d'emploi > Neuchâtel >
		// Administration publique"): the first line after it that can
		// be a title.
		if vocab.IsFurniture(last) || vocab.TrailThroughOffers(b.Text) {
			for j := i + 1; j < header && j <= i+maxCrumbToTitle; j++ {
				if _, trail := vocab.Breadcrumb(body[j].Text); trail {
					break // a trail of its own, read in its turn
				}
				b := body[j]
				if t := strings.TrimSpace(b.Text); !strings.EqualFold(t, last) && strings.HasSuffix(strings.ToLower(t), strings.ToLower(last)) {
					continue // "Offre d'emploi · Personnel administratif et technique": the filter's kicker
				}
				if (b.Kind == stream.Heading || b.Kind == stream.Paragraph) && x.usableTitle(b.Text) {
					t := x.trimTitle(b.Text)
					if isCrumb(body[i].Text, t) {
						continue // "OFFRE D'EMPLOI – PERSONNEL ENSEIGNANT" under "… > Personnel enseignant > …": the section's banner
					}
					return x.withLeadingRef(titleFound{t, j, ""})
				}
			}
		}
	}
	// "…to staff the following position: Research Librarian." over the
	// line "Research Librarian": a sentence that names the post the next
	// line prints.
	for i, b := range body[:max(0, min(header, len(body)-1))] {
		if b.Kind != stream.Paragraph || !strings.HasSuffix(b.Text, ".") {
			continue
		}
		colon := strings.LastIndex(b.Text, ": ")
		if colon < 0 {
			continue
		}
		named := strings.TrimSuffix(b.Text[colon+2:], ".")
		if n := body[i+1]; (n.Kind == stream.Heading || n.Kind == stream.Paragraph) && strings.EqualFold(strings.TrimSpace(n.Text), named) && x.usableTitle(n.Text) {
			return x.withLeadingRef(titleFound{x.trimTitle(n.Text), i + 1, ""})
		}
	}
	// "Vacancy notice: Director, Science and Technology Committee": a
	// banner with the title after its colon.
	for i, b := range body[:header] {
		if b.Kind != stream.Heading && b.Kind != stream.Paragraph {
			continue
		}
		if head, rest, ok := strings.Cut(b.Text, ":"); ok && vocab.IsBanner(head) && cleanRef(rest) == "" {
			if t := strings.TrimSpace(rest); words.Count(t) >= 2 && x.usableTitle(t) {
				return titleFound{x.trimTitle(t), i, ""}
			}
		}
	}
	// "VACANCY NOTICE / for the post of Market Surveillance Officer
	// (Temporary Agent, AD 7) in the … Department": the post a line
	// names in a sentence.
	// (A notice that opens on its number's field names the post under
	// it: "VACANCY NOTICE No: 09/T/26" / "concerning one post of Policy
	// Administrator (M/F) in the Section…".)
	for i, b := range body[:min(len(body), header+maxHeaderBlocks)] {
		if b.Kind != stream.Heading && b.Kind != stream.Paragraph {
			continue
		}
		if t := vocab.PostNamedIn(b.Text); t != "" && words.StartsUpper(t) && x.usableTitle(t) {
			return titleFound{x.trimTitle(t), i, ""}
		}
		// "Le collège … se propose de recruter un Fonctionnaire communal
		// (m/f) – …", or the sentence's end over the post's line.
		if rest, ok := vocab.AfterRecruitLead(b.Text); ok && rest == "" && i+1 < len(body) {
			if n := body[i+1]; (n.Kind == stream.Heading || n.Kind == stream.Paragraph) && words.StartsUpper(n.Text) && x.usableTitle(n.Text) {
				return x.withLeadingRef(titleFound{x.trimTitle(n.Text), i + 1, ""})
			}
		} else if ok && words.StartsUpper(rest) && x.usableTitle(rest) {
			return titleFound{x.trimTitle(rest), i, ""}
		}
		if t := postAfterBannerRef(b.Text); i < header && t != "" && words.StartsUpper(t) && x.usableTitle(t) {
			return titleFound{x.trimTitle(t), i, ""}
		}
	}
	// The first line after a banner ("VACANCY NOTICE", "Avis de vacance
	// n° e117/2025") that can be a title; after the notice's banner
	// rather than a marking over it ("NATO UNCLASSIFIED" / … / "NOTICE
	// OF CIVILIAN VACANCY" / "CONFIGURATION MANAGEMENT OFFICER").
	from := 0
	for i, b := range body[:header] {
		if vocab.IsBanner(b.Text) && !vocab.IsMarkingBanner(b.Text) {
			from = i
			break
		}
	}
	for i, b := range body[from:header] {
		i += from
		if !vocab.IsBanner(b.Text) {
			continue
		}
		// "TEMPORARY STAFF" in capitals right over "IT Systems
		// Assistant": a category of staff, when the title follows.
		first := -1
		for j := i + 1; j < header; j++ {
			b := body[j]
			if (b.Kind != stream.Heading && b.Kind != stream.Paragraph) || !x.usableTitle(b.Text) {
				continue
			}
			if first < 0 {
				first = j
			}
			if !stream.IsCapsHeading(b.Text) {
				if j <= first+1 {
					first = j
				}
				break
			}
			if j > first {
				break
			}
		}
		if first >= 0 {
			return x.withLeadingRef(titleFound{x.trimTitle(body[first].Text), first, ""})
		}
		break
	}
	// The one top-level heading of a page (HTML, Markdown): the title,
	// wherever the header fields stand.
	if i := x.soleTopHeading(body); i >= 0 && !x.inOtherLang(body[i].Text, lang) {
		return x.withLeadingRef(titleFound{x.trimTitle(body[i].Text), i, ""})
	}
	// A half without header fields ends its header at its first section
	// heading: its title is the first line that can be one, as a page
	// prints its title first and its facts and prose after it.
	if unlabelled {
		for i := range body[:header] {
			if x.isTitleLine(body, i, lang) {
				return x.withLeadingRef(titleFound{x.trimTitle(body[i].Text), i, ""})
			}
		}
	}
	// "> *Deputy Director, Partnerships*" over "> Department/Office: …":
	// a chat's quote of a notice, its title in bold right over its
	// fields, which no other line before them names.
	if header > 0 && header <= len(body) && body[header-1].Kind == stream.ListItem {
		if t, ok := emphasisedWhole(body[header-1].Text); ok && x.usableTitle(t) && vocab.HasJobNoun(t) && !x.inOtherLang(t, lang) {
			return titleFound{x.trimTitle(t), header - 1, ""}
		}
	}
	// "[21/11/42, 09:14:03] Nilza: Bom dia… [21/11/42, 09:14:41] Nilza:
	// *Programme Analyst – Blue Economy*" right over the fields: a chat's
	// messages run together, the last one the title in bold.
	if header > 0 && header <= len(body) && body[header-1].Kind == stream.Paragraph {
		if t, ok := chatBoldTitle(body[header-1].Text); ok && x.usableTitle(t) && !x.inOtherLang(t, lang) {
			return titleFound{x.trimTitle(t), header - 1, ""}
		}
	}
	// The last line before the header fields that can be a title…
	// (not the employer's name the organisation field opens with: "WORLD
	// SQUASH" over "Employer: World Squash Federation (WSF)")
	for i := header - 1; i >= 0; i-- {
		if x.isTitleLine(body, i, lang) && !namesOrgField(body[i].Text, x.halfOrg) {
			i = x.namedPostAbove(body, i, lang)
			return x.withLeadingRef(titleFound{x.trimTitle(body[i].Text), i, ""})
		}
	}
	// …else a line among them that names a post: "Job ID: 10517" /
	// "Programme Specialist (Teacher Policy)" / "Post Number: …".
	if header < len(body) && body[header].Kind == stream.Field {
		for j := header + 1; j < len(body) && j <= header+maxTitleAmongFields; j++ {
			if b := body[j]; (b.Kind == stream.Paragraph || b.Kind == stream.Heading) && j+1 < len(body) && body[j+1].Kind == stream.Field &&
				x.usableTitle(b.Text) && vocab.HasJobNoun(b.Text) && !x.inOtherLang(b.Text, lang) {
				return x.withLeadingRef(titleFound{x.trimTitle(b.Text), j, ""})
			}
			if body[j].Kind != stream.Field {
				break
			}
		}
	}
	// …else the line right after them, as careers sites that print a
	// post's facts before its title do ("job requisition id" /
	// "R2615583" / "Information Security Advisor").
	if header < len(body) {
		j := header
		for j < len(body) && body[j].Kind == stream.Field {
			j++
		}
		if j < len(body) && j+1 < len(body) && (body[j].Kind == stream.Heading || body[j].Kind == stream.Paragraph) &&
			words.CountAtMost(body[j].Text, maxTitleWords+1) <= maxTitleWords && x.usableTitle(body[j].Text) &&
			body[j+1].Kind != stream.Field {
			return x.withLeadingRef(titleFound{x.trimTitle(body[j].Text), j, ""})
		}
	}
	// …else the first heading that can and names a post: a guess that
	// names none ("Your job", "ORGANIZATIONAL CONTEXT") is worse than
	// the warning that no title was found.
	for i, b := range body {
		if b.Kind == stream.Heading && x.usableTitle(b.Text) && vocab.HasJobNoun(b.Text) && !x.inOtherLang(b.Text, lang) {
			return x.withLeadingRef(titleFound{x.trimTitle(b.Text), i, ""})
		}
	}
	return titleFound{at: -1}
}

// maxSpelledOutReach bounds how far before the header fields the line
// that spells out a title field in capitals is looked for: the page's
// heading, then perhaps its row of buttons.
const maxSpelledOutReach = 3

// spelledOutAbove returns the index of the line, just before the header
// fields, that names in small letters the post a title field gives in
// capitals, more exactly: a careers site's heading "Finance Officer
// (Budget and Cost Recovery), P3" over its field "Job Title: FINANCE
// OFFICER, P3", the generic title of the post's class. The line opens
// with the field's first word and says more than the field, not only in
// other letters (whether capitals are re-cased is left to the field);
// -1 when there is none.
func (x *extraction) spelledOutAbove(body []stream.Block, field string, header int) int {
	first := words.First(strings.TrimSpace(field))
	if words.CapsLetters(field) < 1 || first == "" {
		return -1
	}
	for i := min(header, len(body)) - 1; i >= 0 && i >= header-maxSpelledOutReach; i-- {
		b := body[i]
		if b.Kind != stream.Heading && b.Kind != stream.Paragraph {
			continue
		}
		t := strings.TrimSpace(b.Text)
		if words.CapsLetters(t) < 0 && strings.EqualFold(words.First(t), first) && !strings.EqualFold(titleName(t), titleName(field)) &&
			x.usableTitle(t) {
			return i
		}
	}
	return -1
}

// titleName is a title without the tail a site writes after it and the
// punctuation it ends on: what two spellings of one title share.
func titleName(t string) string {
	name, _, _ := cutTitleTail(strings.TrimSpace(t))
	return strings.TrimRight(cmp.Or(name, t), " ,;–-")
}

// maxTitleAmongFields bounds the fields read for a title between them:
// a careers site's number, then the title, then the post's facts.
const maxTitleAmongFields = 3

// isTitleLine reports block i of a half's body, a heading or a paragraph,
// that can be its title; not the careers site's banner the half opens
// with ("Desjardins Carrières Rechercher des emplois…"), nor, in a
// notice with a half in each language, a line in the other half's
// language that a careers page's header put above this half's fields.
func (x *extraction) isTitleLine(body []stream.Block, i int, lang string) bool {
	b := body[i]
	return (b.Kind == stream.Heading || b.Kind == stream.Paragraph) && x.usableTitle(b.Text) &&
		(i > 0 || vocab.CareersSiteName(b.Text) == "") && !x.inOtherLang(b.Text, lang)
}

// inOtherLang reports, in a notice with a half in each language, a title
// line that leans to the language other than lang by minLangLean or
// more, and does not name the post in both: the other half's title.
func (x *extraction) inOtherLang(title, lang string) bool {
	if !x.bilingual || x.partInLang(title, lang) != title {
		return false // "Research Grants Officer / Agente ou agent…": both
	}
	lean := x.voc.Lean(stream.Block{Kind: stream.Heading, Text: title})
	return lang == "fr" && lean >= minLangLean || lang == "en" && lean <= -minLangLean
}

// minLangLean is the evidence that makes one part of a value another
// language's: a function word or two ("ou", "des", "of").
const minLangLean = 1.0

// partInLang returns the part of a value that is in lang, when the value
// gives it in both languages: "Research Grants Officer / Agente ou agent
// des subventions de recherche", "Human Resources Advisor (Conseiller(ère)
// en ressources humaines)", "World Trade Organization / Organisation
// mondiale du commerce". A part leans to a language by its words
// (vocab.Lean); one that leans to neither keeps its place beside one that
// leans to the other.
func (x *extraction) partInLang(value, lang string) string {
	lean := func(s string) float64 { return x.voc.Lean(stream.Block{Kind: stream.Paragraph, Text: s}) }
	// inLangs says which of two parts is English and which French: the
	// one that leans to a language is in it, the other, leaning to
	// neither or the other, is in the other.
	inLangs := func(a, b string) (en, fr string, ok bool) {
		la, lb := lean(a), lean(b)
		switch {
		case lb <= -minLangLean && la >= 0, la >= minLangLean && lb <= 0:
			return a, b, true
		case la <= -minLangLean && lb >= 0, lb >= minLangLean && la <= 0:
			return b, a, true
		}
		// "Railway Signalling Software Validation Engineer / Ingénieur
		// validation logiciel signalisation ferroviaire": no function
		// word either side, or too few to tell. In a notice with a half
		// in each language, French accents on one side only tell them
		// apart.
		if x.bilingual && strings.Contains(a, " ") && strings.Contains(b, " ") {
			switch fa, fb := vocab.HasFrenchAccent(a), vocab.HasFrenchAccent(b); {
			case fb && !fa && la >= 0 && lb <= 0:
				return a, b, true
			case fa && !fb && lb >= 0 && la <= 0:
				return b, a, true
			}
		}
		return "", "", false
	}
	pick := func(en, fr string) string {
		if lang == "fr" {
			return strings.TrimSpace(fr)
		}
		return strings.TrimSpace(en)
	}
	// ("Coordonnateur(trice), Logistique de tournée | Coordinator, Tour
	// Logistics": a bilingual page's bar.)
	sep := " / "
	if !strings.Contains(value, sep) {
		sep = " | "
	}
	if a, b, ok := strings.Cut(value, sep); ok && !strings.Contains(b, sep) {
		if genderPair(a, b) && lean(a) < minLangLean && lean(b) < minLangLean && !vocab.HasTitleMark(a) && !vocab.HasTitleMark(b) {
			// "Officier traitant / Officière traitante": neither part
			// English ("Director of… / Directeur de…" shares a stem too),
			// nor one that names both genders already
			// ("Coordonnateur(trice), Logistique | Coordinator, …").
			return value
		}
		if en, fr, ok := inLangs(a, b); ok {
			return pick(en, fr)
		}
		return value
	}
	// "(…)" in the other language after a title that is not: the same
	// post named again.
	if open := strings.LastIndex(value, " ("); open > 0 && strings.HasSuffix(value, ")") {
		a, b := value[:open], value[open+2:len(value)-1]
		// (The part in parentheses must lean itself: "(IHC)" leans
		// to neither.)
		if lb := lean(b); lb >= minLangLean || lb <= -minLangLean {
			if en, _, ok := inLangs(a, b); ok && (en == a) == (lang == "en") {
				return strings.TrimSpace(a)
			}
		}
	}
	return value
}

// minGenderStem is how many letters the first words of a post's
// masculine and feminine names share: "Chef"/"Cheffe",
// "Officier"/"Officière".
const minGenderStem = 4

// genderPair reports two names of one post whose first words share a
// stem, as a French title names it for both genders.
func genderPair(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	wa, wb := []rune(strings.ToLower(fa[0])), []rune(strings.ToLower(fb[0]))
	n := 0
	for n < len(wa) && n < len(wb) && wa[n] == wb[n] {
		n++
	}
	return n >= minGenderStem
}

// isClassLine reports a line that names a post's classification: its
// code, then the class's name and level ("PA3 Policy Analyst 3", "AY2
// Administrative Officer 2"). A title may open with a grade ("P3
// Economist") but does not end with the level's number as well.
func isClassLine(text string) bool {
	fs := strings.Fields(text)
	if len(fs) < 3 {
		return false
	}
	code, last := fs[0], fs[len(fs)-1]
	letters := strings.TrimRight(code, "0123456789")
	if letters == "" || letters == code || len(code) > maxClassCodeBytes || strings.Trim(letters, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	return strings.Trim(last, "0123456789") == "" && len(last) <= 2
}

// maxClassCodeBytes bounds a classification's code: "PA3", "AY12".
const maxClassCodeBytes = 6

// maxTitleReach bounds how far from a title guessed by its place a line
// naming a post is looked for.
const maxTitleReach = 3

// withJobNoun returns t, or, when t was guessed by its place, names no
// post ("Estimation salariale de jobs.ch", "NPL JLXX 0060") and a line
// near it does (vocab.HasJobNoun), that line: a line that reads as a
// post's name is the better title.
func (x *extraction) withJobNoun(body []stream.Block, t titleFound) titleFound {
	if t.at < 0 || t.ref != "" || vocab.HasJobNoun(t.text) || vocab.HasTitleMark(t.text) {
		return t // ("Répartiteur(trice) maritime": the mark names a post)
	}
	for d := 1; d <= maxTitleReach; d++ {
		for _, i := range [2]int{t.at - d, t.at + d} {
			if i < 0 || i >= len(body) {
				continue
			}
			if b := body[i]; (b.Kind == stream.Heading || b.Kind == stream.Paragraph) && x.usableTitle(b.Text) && vocab.HasJobNoun(b.Text) {
				return x.withLeadingRef(titleFound{x.trimTitle(b.Text), i, ""})
			}
		}
	}
	return t
}

// soleTopHeading returns the index of the only level-1 heading of body
// when it can be a title, or -1.
func (x *extraction) soleTopHeading(body []stream.Block) int {
	at := -1
	for i, b := range body {
		if b.Kind == stream.Heading && b.Level == 1 {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	if at >= 0 && !x.usableTitle(body[at].Text) {
		return -1
	}
	return at
}

// minGluedMenuWords is how many capitalised words run together without a
// space make a site's menu, not a word ("LinkedIn", "McGill", "DeGroote"
// have two).
const minGluedMenuWords = 4

// gluedWords counts the capitalised words of a text that runs them
// together: each capital after a small letter starts one more.
func gluedWords(text string) int {
	n := 0
	if text != "" && 'A' <= text[0] && text[0] <= 'Z' {
		n = 1
	}
	for i := 1; i < len(text); i++ {
		if gluedAt(text, i) {
			n++
		}
	}
	return n
}

// minNumberBytes is the shortest code after a number's mark read as a
// notice's number: "Technicien No 2" is a post's title.
const minNumberBytes = 4

// isNumberLine reports a line that is a reference's mark (refMarks) and
// one code after it, or none, with at most one word before the mark ("N°
// 0412/UK/P/SG/DRH/2036", "Affichage n° /"): the notice's number, no
// title.
func isNumberLine(text string) bool {
	t := strings.TrimSpace(text)
	for range 2 {
		if rest, marked := cutRefMark(t); marked {
			f := strings.Fields(strings.TrimLeft(rest, ":"))
			return len(f) == 0 || len(f) == 1 && (f[0] == "/" || len(f[0]) >= minNumberBytes && strings.ContainsAny(f[0], "0123456789"))
		}
		_, t, _ = strings.Cut(t, " ") // the one word before the mark
	}
	return false
}

// usableTitle reports a text that can be a post title: short, not a
// sentence, and not a label, a section heading, a banner or site
// furniture.
func (x *extraction) usableTitle(text string) bool {
	text = strings.TrimSpace(text)
	n := words.Count(text)
	if n == 0 || n > maxTitleWords || strings.HasSuffix(text, ".") || strings.HasSuffix(text, ":") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, ";") ||
		strings.HasSuffix(text, "'") || strings.HasSuffix(text, "’") || strings.Contains(text, "_") {
		return false // ("FULL_TIME": a site's code, no words; "Comment pouvez-vous faire la différence ?", a question; an item ending with ";"; "…met au concours un poste d'", a sentence that goes on)
	}
	if strings.Contains(text, "? ") {
		return false // "Do you have experience in Cash handling? Yes No": a board's question
	}
	if strings.ContainsAny(text, "▾▼⌄") {
		return false // "Sign In Search for Jobs English ▾": a site's menu, its drop-down sign
	}
	if strings.HasPrefix(text, "(") && strings.HasSuffix(text, ")") && strings.Count(text, "(") == 1 {
		return false // "(Version française ci-dessous)": a remark in parentheses
	}
	if n == 1 && len(text) <= maxCodeWordBytes && strings.ToUpper(text) == text {
		return false // "REQ" of "REQ-10081453": a system's prefix, no title
	}
	if n == 1 && gluedWords(text) >= minGluedMenuWords {
		return false // "HomeJobsRecruitersAdvertiseNewsletterLogin": a menu whose items lost their spaces
	}
	if _, known := x.voc.Heading(text); known {
		return false
	}
	if _, ok := x.voc.Label(text); ok {
		return false
	}
	if _, _, _, ok := x.voc.Field(text, false); ok {
		return false
	}
	if hasDigit(text) {
		if _, _, value, ok := x.voc.Field(text, true); ok && hasDigit(value) {
			return false // "Job reference 08/2026": a label and its value, without a colon
		}
		if reRating().MatchString(text) {
			return false // a job board's "3.8 out of 5 stars"
		}
	}
	if vocab.MayNameSalary(text) && vocab.HasSalaryCue(text) && !vocab.HasJobNoun(text) {
		return false // a job board's "Salary estimate"
	}
	if vocab.EndsWithJoiner(text) {
		return false // "VACANCY NOTICE FOR POSITIONS OF": the title is on the next line
	}
	if vocab.StartsWithConjunction(text) {
		return false // "ET DE LA SOUVERAINETÉ": a wrapped name's second line
	}
	if vocab.IsStaffCategory(text) {
		return false // "Temporary Agent (AD6)": the kind of post, under its title
	}
	if isNumberLine(text) {
		return false // "N° 0412/UK/P/SG/DRH/2036", "Affichage n° /": a notice's number
	}
	if vocab.IsFurniture(text) || vocab.WithoutFurniturePrefix(text) != text || vocab.IsBanner(text) || bannerAfterGenre(text) || bannerRef(text) != "" || vocab.MentionsCookies(text) || vocab.IsPlaceLine(text) ||
		vocab.IsButtonRow(text) || vocab.CareersSiteName(text) != "" {
		return false // ("Commission de la capitale nationale | Carrières": the site)
	}
	// "ITER Organization · France · Expires in 41 days": a job board's
	// line of facts.
	if strings.Count(text, " · ") >= 2 || strings.Count(text, " | ") >= 2 {
		return false
	}
	if boardNumber(text) != "" {
		return false // "26117 | Registry"
	}
	if vocab.NamesBodyKind(text) {
		return false // "MAIRIE": a gazette's section, the kind of body that publishes
	}
	if isBilingualLetterhead(text) {
		return false // "INTERNATIONAL MILITARY STAFF | ÉTAT-MAJOR MILITAIRE INTERNATIONAL"
	}
	if vocab.IsDayDivider(text) {
		return false // "Mardi 9 octobre": a chat's divider between days
	}
	if n == 1 && strings.HasPrefix(text, "#") {
		return false // "#emplois-jobs": a chat's channel, a tag
	}
	// (A reference in the title's tail is no date: "Legal Officers –
	// State Aid – job reference 08/2026".)
	if _, dated := lastDate(text); dated {
		if name, _, ref := cutTitleTail(text); ref == "" || name == "" {
			return false // "Publiée le 27.03.2026 · Temps plein": a line of facts
		}
	}
	if rest, ok := vocab.AfterRecruitLead(text); ok && rest == "" {
		return false // "… se propose de procéder au recrutement d'un": the post is on the next line
	}
	if vocab.IsTenureList(text) {
		return false // "Durée indéterminée, Intérimaire, Affectation, Mutation, Détachement": the kinds of appointment under a title
	}
	if hasMoney(text) {
		return false // "Laval, QC $26.50–$29.00 an hour - Full-time": a job board's summary
	}
	if isClassLine(text) {
		return false // "PA3 Policy Analyst 3": the classification under the title
	}
	// "Type of recruitment: External": a field whose label the tables do
	// not know. ("UNIDO : Industrial Development Officer", a board's
	// employer in capitals before the title, is one.)
	if i := strings.Index(text, ":"); i > 0 && words.Count(text[:i]) <= maxLabelWords && !vocab.IsAcronymName(strings.TrimSpace(text[:i])) {
		return false
	}
	if slices.Contains(x.menuTexts, text) {
		return false // "Courses", an item of the site's menu
	}
	// A place alone, or the employer's name alone, is no title; nor is a
	// banner that gives the employer's name in both languages ("Bureau
	// du vérificateur général du Canada | Office of the Auditor General
	// of Canada").
	a, b, both := strings.Cut(text, " | ")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	for _, v := range x.placeNames {
		if strings.EqualFold(text, v) || both && (strings.EqualFold(a, v) || strings.EqualFold(b, v)) {
			return false
		}
	}
	if !words.StartsUpper(text) && words.StartsLower(text) {
		return false
	}
	// "University of Ottawa", "Service de soutien à la formation": the
	// employer or its unit, printed by the title.
	return !vocab.IsEmployerLine(text)
}

// trimTitle drops what a site prints before a title ("Job Description -
// Staff Officer") and cleans it.
func (x *extraction) trimTitle(t string) string {
	t = words.Clean(t)
	t = x.withoutTitleLabel(withoutDecoration(t))
	t = withoutGluedFacts(t)
	// "Nos offres > Côte d'Ivoire > Responsable Contrôle de Gestion
	// (H/F)": a site's trail over its page, the page's name last. (Two
	// arrows at least: one may stand in a title.)
	if strings.Count(t, " > ")+strings.Count(t, " › ") >= minTrailArrows {
		if last, ok := vocab.Breadcrumb(t); ok {
			t = last
		}
	}
	// "Objet : TR : Offre d'emploi – Chargé(e) de projet": an e-mail's
	// subject line, its label and forwarding marks before the title.
	// (Header lines run into one give the subject last: "To: … Subject:
	// FW: …".)
	if vocab.IsMailHeader(t) {
		_, subject, ok := strings.Cut(t, ":")
		for _, l := range [...]string{"Subject:", "Objet :", "Objet:"} {
			if i := strings.LastIndex(t, l); i > 0 {
				subject, ok = t[i+len(l):], true
			}
		}
		if ok && strings.TrimSpace(subject) != "" {
			t = withoutForwardMarks(strings.TrimSpace(subject))
		}
	}
	// (" -- " is a dash typed as two hyphens, as pandoc writes one.)
	for _, sep := range []string{" - ", " – ", " — ", " -- ", ": "} {
		if i := strings.Index(t, sep); i > 0 {
			head := t[:i]
			if _, known := x.voc.Heading(head); known || vocab.IsFurniture(head) || vocab.IsBanner(head) || isBannerCode(head) ||
				sep == ": " && vocab.IsAcronymName(strings.TrimSpace(head)) || sep != ": " && (x.endsOnPageHeading(head) || isNamedBanner(head)) {
				t = strings.TrimSpace(t[i+len(sep):])
				break
			}
		}
	}
	// "OFFRE D'EMPLOI Responsable des partenariats (H/F)": a banner in
	// capitals run on with the title under it.
	if head, rest, ok := capsHead(t); ok && vocab.IsBanner(head) && !stream.IsCapsHeading(rest) {
		t = rest
	}
	// "Vacancy Notice IHO/VN/2034/03 Data Standards Officer (S-100)": a
	// banner and the vacancy's code run on with the title.
	if rest, ok := vocab.AfterBanner(t); ok && rest != "" {
		if code, title, cut := strings.Cut(rest, " "); cut && codeLineRef(code) != "" && words.StartsUpper(title) && x.usableTitle(title) {
			t = title
		}
	}
	// "Recrutement d'un(e) Chargé(e) de suivi-évaluation": the post the
	// line names.
	if p := vocab.PostNamedIn(t); p != "" && words.StartsUpper(p) {
		t = p
	}
	// "The European Food Safety Authority (EFSA), based in Parma, is
	// looking for a Data Scientist (Temporary Agent, Grade AD6)": the
	// post the sentence names, without its remark.
	if rest, ok := vocab.AfterSeeking(t); ok {
		t = strings.TrimRight(rest, " !") // "… recrute un(e) Ingénieur planification radio !"
		if open := strings.LastIndexByte(t, '('); open > 0 && strings.HasSuffix(t, ")") && strings.Contains(t[open:], ",") {
			t = strings.TrimSpace(t[:open])
		}
	}
	if rest, ok := vocab.AfterRecruitLead(t); ok && words.StartsUpper(rest) {
		t = rest // "La Commune de Beauraing recrute un·e Conseiller en aménagement…"
	}
	t = withoutEmployerAfter(t)
	return strings.TrimRight(t, " -–")
}

// withoutEmployerAfter returns a title without the employer a job board
// names after it: "Legal Officer (Institutional Law) at NATO", "Senior
// Protection Associate at UNHCR – Yerevan". The part before names a
// post, the part after opens with a capital and names none ("Canadian
// Museum of Immigration at Pier 21" is a name, "Officer at the …" a
// phrase).
func withoutEmployerAfter(t string) string {
	if head, employer, ok := vocab.CutEmployerJoiner(t); ok && words.StartsUpper(employer) && vocab.HasJobNoun(head) && !vocab.HasJobNoun(employer) &&
		!strings.ContainsAny(employer, "0123456789") && !vocab.IsGradeWord(words.First(employer)) {
		// (Not a grade, a level or a stage: "Clinical Nurse Specialist
		// at Band 7", "Teaching Assistant at Key Stage 2". An employer
		// with a figure in its name, "Developer at 3M", stays too.)
		return head
	}
	return t
}

// withoutGluedFacts returns a title without the facts a job board's card
// glued after it, their spaces lost ("Controls Engineer – Packaging
// EquipmentPremier Tech Systems and AutomationRivière-du-Loup,
// QCFull-timePosted 5 days ago"): a part glued on that is a schedule, a
// contract's kind or a posting's age makes a card; a name's capitals
// ("JavaScript", "DevOps", "McGill") make none.
func withoutGluedFacts(t string) string {
	var cuts []int
	for i := 1; i < len(t); i++ {
		// (A capital after a small letter: "…EquipmentPremier",
		// "…cardiochirurgicauxCHU".)
		if isUpperASCII(t[i]) && (isLowerASCII(t[i-1]) || t[i-1] >= utf8.RuneSelf && isLowerRuneBefore(t, i)) {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) == 0 || words.CountAtMost(t[:cuts[0]], minTitleWordsBeforeFacts) < minTitleWordsBeforeFacts {
		return t
	}
	for k, c := range cuts {
		end := len(t)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		if isCardFact(strings.TrimSpace(t[c:end])) {
			return strings.TrimSpace(t[:cuts[0]])
		}
	}
	return t
}

// isCardFact reports a part of a job board's card: a schedule, a
// contract's kind, or how long ago the post was published.
func isCardFact(part string) bool {
	head, _, _ := strings.Cut(part, ", ") // "Full-time, Permanent"
	return vocab.IsScheduleValue(head) || vocab.IsContractValue(head) || vocab.SaysPostedAgo(part)
}

// isLowerRuneBefore reports a small letter outside ASCII ending at byte
// i of t ("…intensifsé" before a glued capital).
func isLowerRuneBefore(t string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsLower(r)
}

// minTitleWordsBeforeFacts is how many words a title keeps before the
// facts glued after it.
const minTitleWordsBeforeFacts = 2

// withoutForwardMarks drops the marks a mailbox puts before a subject it
// forwards or answers: "TR :", "Fwd:", "RE:".
func withoutForwardMarks(subject string) string {
	for {
		mark, rest, ok := strings.Cut(subject, ":")
		if !ok {
			return subject
		}
		switch strings.ToUpper(strings.TrimSpace(mark)) {
		case "TR", "FW", "FWD", "RE", "WG", "AW":
			subject = strings.TrimSpace(rest)
		default:
			return subject
		}
	}
}

// minTrailArrows is how many arrows make a line a site's trail of pages.
const minTrailArrows = 2

// maxPageHeadingWords bounds the page's heading a site runs on before a
// title: "Job Description", "Description du poste".
const maxPageHeadingWords = 3

// endsOnPageHeading reports the text before a title's dash that ends on
// the page's heading after more of the site's furniture: "Job Search >
// Job Description Job Description", "NATO · Brussels · posted 5 days ago
// Job Description", "Descrizione Job Description". Only its last words,
// two or three, are read.
func (x *extraction) endsOnPageHeading(head string) bool {
	head = strings.TrimSpace(head)
	end := len(head)
	for n := 1; n <= maxPageHeadingWords; n++ {
		sp := strings.LastIndexByte(head[:end], ' ')
		if sp <= 0 {
			return false // the whole head: read as it is
		}
		end = sp
		if n < 2 {
			continue
		}
		if last := head[sp+1:]; vocab.IsFurniture(last) {
			return true
		}
	}
	return false
}

// isBannerCode reports a banner and the vacancy's code that a site
// prints before the title: "Vacancy Notice MP COE VN 03/2026".
func isBannerCode(head string) bool {
	rest, ok := vocab.AfterBanner(head)
	return ok && codeLineRef(rest) != ""
}

// bannerRef returns the reference a banner line carries ("STAFF VACANCY
// 261032", "Vacancy Notice N° e117/2025", "AVIS DE VACANCE n° e117/2025"),
// or "".
func bannerRef(text string) string {
	rest, ok := vocab.AfterBanner(text)
	if !ok {
		// "APPEL À MANIFESTATION D'INTÉRÊT – AVIS DE VACANCE DE POSTE :
		// 3201186": the banner after a call's name and a dash.
		tail, dashed := vocab.AfterLastSpacedDash(text)
		if !dashed {
			return ""
		}
		if rest, ok = vocab.AfterBanner(tail); !ok {
			return ""
		}
	}
	return cleanRef(afterQualifiedMark(rest))
}

// afterQualifiedMark returns what follows the number's mark after a
// banner's qualifier, a word or two without figures ("EXTERNE N°
// CE/07/2026" after "AVIS DE CONCOURS"), or rest.
func afterQualifiedMark(rest string) string {
	for i := 0; i < len(rest); i++ {
		if rest[i] != ' ' {
			continue
		}
		head := rest[:i]
		if strings.ContainsAny(head, "0123456789") || words.CountAtMost(head, maxBannerQualifierWords+1) > maxBannerQualifierWords {
			return rest
		}
		if after, marked := cutRefMark(rest[i+1:]); marked && after != "" {
			return after
		}
		if code := rest[i+1:]; words.StartsLower(head) && codeLineRef(code) == code {
			return code // "temporaire MINUSCA/TJO/2026/041": a qualifier, then the code with no mark
		}
	}
	return rest
}

// maxBannerQualifierWords bounds the words between a banner and its
// number's mark: "externe", "interne et externe".
const maxBannerQualifierWords = 3

// isDateOnly reports a value that is a date in figures and nothing
// else: "05/22/2026", "2026-04-20".
func isDateOnly(value string) bool {
	parts := strings.FieldsFunc(value, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" || len(p) > 4 {
			return false
		}
	}
	// A year at one end, a day and a month (either first) of two
	// figures at most.
	year, a, b := parts[2], parts[0], parts[1]
	if len(parts[0]) == 4 {
		year, a, b = parts[0], parts[1], parts[2]
	}
	da, _ := strconv.Atoi(a)
	db, _ := strconv.Atoi(b)
	return len(year) == 4 && len(a) <= 2 && len(b) <= 2 && da <= 31 && db <= 31
}

// minCodeParts is how many parts separated by slashes make a line a
// vacancy's code: "NETMA/VN/2026/07", "COE-SC/VA/2026/03". Two are a
// date's day and month or an and/or ("Analyst/Officer").
const minCodeParts = 3

// codeLineRef returns the code a line holds alone, perhaps after its
// mark ("No. NETMA/VN/2026/07"), as notices print their reference under
// their banner or in a running head, or "": parts of letters and figures
// joined by slashes, the first opening with a letter, one a year or a
// sequence number; or words in capitals before such parts ("CMDR
// COE/VN/03/2026", "C-IED COE CIV 02/2026"), where two parts are enough;
// or other words, the kind of post, before a whole code, which is the
// reference alone ("Temporary Agent EUSPA/TA/AD7/2026/014").
func codeLineRef(text string) string {
	t, _ := cutRefMark(strings.TrimSpace(text))
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t, ".:") || !isASCIILetter(t[0]) {
		return ""
	}
	last, need := t, minCodeParts
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		if words.CountAtMost(t, maxCodeWords+1) > maxCodeWords {
			return ""
		}
		last, need = t[i+1:], 2
		if strings.Trim(t[:i], "ABCDEFGHIJKLMNOPQRSTUVWXYZ -") != "" {
			// "Temporary Agent EUSPA/TA/AD7/2026/014": the kind of
			// post, in words, before a whole code, which alone is the
			// reference.
			// ("Publiée le 02/06/2026": a date after words, no code.)
			if strings.ContainsAny(t[:i], "0123456789") || !isASCIILetter(last[0]) {
				return ""
			}
			t, need = last, minCodeParts
		}
	}
	parts := strings.Split(last, "/")
	if len(parts) < need {
		return ""
	}
	number := false
	for _, p := range parts {
		if p == "" || strings.Trim(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") != "" {
			return ""
		}
		number = number || strings.Trim(p, "0123456789-") == "" && len(p) >= 2
	}
	if !number {
		return ""
	}
	return t
}

// maxRefLabelWords bounds the words of a label before a reference's
// colon: "notice:", "Reg. nº:".
const maxRefLabelWords = 2

// maxRefBytes bounds a reference as written: a number or a code, not a
// sentence.
const maxRefBytes = 40

// cleanRef returns the reference a reference field's value or a banner's
// rest holds, as written: the marks before it ("No.", "N°", "#", ":")
// taken off, and cut where a sentence or another field goes on.
// reRefLetterDate is what follows a reference on a letter's line: its
// place and date ("Mons, le 26 mai 2026", "Bruxelles, 3 juin 2026"), or a
// date's label ("Date: 28 May 2026").
// (Compiled on its first use: few parses reach it; see reTitleGrade.)
var reRefLetterDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s+(?:\p{Lu}[\p{L}'’ -]*,\s+(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}|Date\s*:)`)
})

func cleanRef(value string) string {
	value = strings.TrimSpace(value)
	for {
		trimmed, marked := cutRefMark(value)
		if !marked {
			trimmed = strings.TrimSpace(strings.TrimLeft(value, ":-–"))
		}
		// "notice: EDA/2026/A134" after a banner's "Vacancy": the
		// rest of a label, up to its colon.
		if i := strings.IndexByte(trimmed, ':'); i > 0 && !strings.ContainsAny(trimmed[:i], "0123456789") &&
			words.CountAtMost(trimmed[:i], maxRefLabelWords+1) <= maxRefLabelWords {
			trimmed = strings.TrimSpace(trimmed[i+1:])
		}
		if trimmed == value {
			break
		}
		value = trimmed
	}
	// "2026-TR-0417 · Publiée le 27/05/2026": a site's next fact after
	// its separator.
	for _, sep := range [...]string{" - ", " – ", " — ", " · ", " | ", " • "} {
		if i := strings.Index(value, sep); i > 0 {
			value = value[:i]
		}
	}
	// A banner's code and, after a colon, what it announces: "N°
	// ANACIM/DG/DRH/2033/017 : deux prévisionnistes".
	if i := strings.IndexByte(value, ':'); i > 0 && i+1 < len(value) && !(isDigitByte(value[i-1]) && isDigitByte(value[i+1])) {
		// (A colon between two figures, "2031:045", is the code's own.)
		if head := strings.TrimSpace(value[:i]); !strings.ContainsAny(head, " \t") && strings.ContainsAny(head, "0123456789") && strings.TrimSpace(value[i+1:]) != "" {
			value = head
		}
	}
	// The place and date of a letter after the number: "PH/DRH/2026/058
	// Mons, le 26 mai 2026", "487311 Date: 28 May 2026".
	if m := reRefLetterDate().FindStringIndex(value); m != nil && m[0] > 0 {
		value = value[:m[0]]
	}
	// The date the notice was issued on: "N° 09/2026 du 1er avril 2026".
	for _, sep := range []string{" du ", " dated ", " of "} {
		if i := strings.Index(value, sep); i > 0 {
			if _, dated := lastDate(value[i:]); dated {
				value = value[:i]
				break
			}
		}
	}
	if m := reGluedLabel().FindStringSubmatchIndex(value); m != nil {
		value = value[:m[3]] // the next field's label, glued
	}
	if m := reCodeGluedWord().FindStringSubmatchIndex(value); m != nil {
		value = value[:m[3]] // "1GNC/CIV/2026/03PostBudget and…": the next label, glued
	}
	value = withoutLeadingWords(withoutTrailingWords(strings.TrimRight(value, " .;,·•|")))
	if value == "" || !strings.ContainsAny(value, "0123456789") || isDateOnly(value) || isMachineID(value) || datedNumber(value) || isTimeStamp(value) {
		return "" // ("05/22/2026": a date read under a reference's label)
	}
	if len(value) > maxRefBytes && !reJobOpening().MatchString(value) {
		// "Civilian Course Administrator (VN 04/2026)": a title with
		// its code in parentheses, whole; else a number in the text,
		// but never a year alone.
		if open := strings.LastIndexByte(value, '('); open > 0 && strings.HasSuffix(value, ")") {
			if code := codeLineRef(value[open+1 : len(value)-1]); code != "" {
				return code
			}
		}
		if r := strings.TrimSpace(vocab.ReferenceIn(value)); !words.IsYear(r) {
			return r
		}
		return ""
	}
	return value
}

// reGluedLabel is the next field's label glued after a value's last
// letter or figure, as job boards flatten a header: "…SpecialistBranch:
// Concepts", "HQ MND-SE/LCH/2026/07Position: …". Group 1 is the value's
// last byte: the value ends after it.
// (Compiled on its first use: few parses reach it; see reTitleGrade.)
var reGluedLabel = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`([\p{Ll}\d])\p{Lu}\p{Ll}+(?: \p{L}+){0,3}:`)
})

// reCodeGluedWord is a code, the value's first word, with a capitalised
// word glued after its last figure, as a board flattening a header
// without colons leaves it: "1GNC/CIV/2026/03PostBudget…". Group 1 is
// the code.
var reCodeGluedWord = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\S*\d)\p{Lu}\p{Ll}`) })

// withoutTrailingWords cuts the words in small letters after a code's
// last part with a figure: a button or a line the value ran into ("31742
// Apply Now"). Codes in capitals after it stay ("26-…-Geneva (R)").
func withoutTrailingWords(value string) string {
	last := strings.LastIndexAny(value, "0123456789")
	if last < 0 {
		return value
	}
	end := strings.IndexByte(value[last:], ' ')
	if end < 0 {
		return value
	}
	end += last
	for _, w := range strings.Fields(value[end:]) {
		if strings.ToUpper(w) == w {
			return value // a code's word in capitals
		}
	}
	return value[:end]
}

// withoutLeadingWords cuts the words before a code of parts that are no
// part of it (vocab.IsRefHead): "FICHE DE POSTE EFS-BFC-2039-0318", a
// document's name beside the field, "Précisions AGEOS/DG/DRH/2039-006",
// a table's header cell read into its row. Other words stay: "MARSEC
// COE/CIV/2027/03", "Audition 2026-VIOLON-02".
func withoutLeadingWords(value string) string {
	i := strings.LastIndexByte(value, ' ')
	if i < 0 || !strings.ContainsAny(value[i+1:], "0123456789") || !vocab.IsRefHead(value[:i]) {
		return value
	}
	return value[i+1:]
}

// reQuotedRef is a reference an application is told to quote: after
// "quoting", "subject line", "sous la référence", "en mentionnant la
// référence" and the like, a code with a figure. Group 1 is the code.
// (Compiled on its first use: few parses reach it; see reTitleGrade.)
var reQuotedRef = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:quot(?:e|ing)(?: the)?(?: (?:reference|vacancy|process|job|competition|selection)(?: (?:number|no\.?|code))?)?|subject(?: line)?|sous la référence|en mentionnant(?: la)? référence|(?:avec|en indiquant) la référence|référence)\s*:?\s*["“«]?\s*([A-Za-z0-9][A-Za-z0-9/_.-]*\d[A-Za-z0-9/_-]*)`)
})

// minQuotedRefBytes bounds a code quoted in prose from below: "2026-147",
// not "12".
const minQuotedRefBytes = 5

// quotedRef returns the reference a sentence tells an applicant to
// quote, or "".
func quotedRef(text string) string {
	if !strings.Contains(text, "quot") && !strings.Contains(text, "ubject") && !strings.Contains(text, "éférence") {
		return "" // most paragraphs, spared the expression
	}
	m := reQuotedRef().FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	r := strings.TrimRight(m[1], ".-_/")
	if len(r) < minQuotedRefBytes || isDateOnly(r) || words.IsYear(r) {
		return ""
	}
	return r
}

// maxCodeWords bounds the words of a code with words in capitals before
// its parts: "MW COE VN 04/2026".
const maxCodeWords = 4

// reJobOpening is a United Nations job opening number, kept whole though
// it is long and has spaces: the year, the job family, the office (with
// a dash of its own, "UN-HABITAT"), the number, the kind and the duty
// station, joined by dashes ("26-Human Rights Affairs-OHCHR-263418-R-Geneva
// (R)").
// (Compiled on its first use: few parses reach it; see reTitleGrade.)
var reJobOpening = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\d{2}-[^-,;.]{2,40}(?:-[^-,;.]{1,20}){0,2}-\d{5,8}(?:-[^,;.]{1,30})?$`)
})

// minMachineIDBytes is how long a run of hexadecimal digits makes an
// identifier a site's database gave, not a publisher's reference.
const minMachineIDBytes = 8

// reRating is a job board's rating of an employer: "3.8 out of 5 stars",
// "4,1 sur 5".
var reRating = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d(?:[.,]\d)? (?:out of|sur) 5\b`) })

// isMachineID reports an identifier a job board's database gives its
// copy, not the notice's reference: lower-case hexadecimal with its
// dashes ("6f3a9c1e-52b7-4d1e-9a80-0c27e4b5d912"), after a short prefix
// ("zr-5c0f2e19a7").
func isMachineID(value string) bool {
	if i := strings.IndexByte(value, '-'); i > 0 && i <= 3 && strings.Trim(value[:i], "abcdefghijklmnopqrstuvwxyz") == "" {
		value = value[i+1:]
	}
	hex := strings.ReplaceAll(value, "-", "")
	return len(hex) >= minMachineIDBytes && strings.Trim(hex, "0123456789abcdef") == "" &&
		strings.ContainsAny(hex, "abcdef") && strings.ContainsAny(hex, "0123456789")
}

// isPostCode reports a value that is a post's code, not its title: words
// of figures and short runs of capitals, a figure among them ("CJOS CDE
// 0210", "NPL JLXX 0060").
func isPostCode(value string) bool {
	ws := strings.Fields(value)
	if len(ws) == 0 || len(ws) > maxPostCodeWords || !strings.ContainsAny(value, "0123456789") {
		return false
	}
	for _, w := range ws {
		run := 0
		for _, r := range w {
			switch {
			case 'A' <= r && r <= 'Z':
				if run++; run > maxPostCodeLetters {
					return false
				}
			case '0' <= r && r <= '9' || strings.ContainsRune("./-", r):
				run = 0
			default:
				return false
			}
		}
	}
	return true
}

// A post's code has a few words, each with runs of a few capitals: a
// longer run is a word of a title in capitals ("OFFICER").
const (
	maxPostCodeWords   = 4
	maxPostCodeLetters = 5
)

// reversedBannerRef returns the number a line writes before its banner
// and mark, "2291 Vacancy notice no:", or "".
func reversedBannerRef(text string) string {
	fs := strings.Fields(strings.TrimSpace(text))
	if len(fs) < 3 || len(fs) > maxLabelWords+1 || !strings.ContainsAny(fs[0], "0123456789") || len(fs[0]) > maxRefBytes {
		return ""
	}
	rest, ok := vocab.AfterBanner(strings.TrimRight(strings.Join(fs[1:], " "), " :"))
	if !ok {
		return ""
	}
	if rest == "" || vocab.IsNumberWord(rest) {
		return fs[0]
	}
	return ""
}

// markOnlyRef returns the code of a line that is a reference's mark and
// the code alone: "N° 007/BDEAC/DRH/2026", "No. 2026-14"; or "".
func markOnlyRef(text string) string {
	rest, marked := cutRefMark(strings.TrimSpace(text))
	rest = strings.TrimSpace(strings.TrimLeft(rest, ":"))
	if !marked || rest == "" || strings.Contains(rest, " ") || len(rest) > maxRefBytes || !strings.ContainsAny(rest, "0123456789") {
		return ""
	}
	return strings.TrimRight(rest, ".,;:")
}

// markedRef returns the number a line gives after a word for the offer
// and a number's mark, anywhere in it: "Actualisé le 02 avril 2026 -
// offre n° 201KQBM", "Job offer no. 4411"; or "".
func markedRef(text string) string {
	low := strings.ToLower(text)
	for _, mark := range refMarks {
		i := strings.Index(low, " "+mark)
		if i <= 0 {
			continue
		}
		before := strings.Fields(low[:i])
		if len(before) == 0 || !vocab.IsOfferNoun(strings.Trim(before[len(before)-1], ",;:")) {
			continue
		}
		after := strings.Fields(text[i+1+len(mark):])
		if len(after) > 0 && strings.ContainsAny(after[0], "0123456789") && len(after[0]) <= maxRefBytes {
			return strings.TrimRight(after[0], ".,;:)")
		}
	}
	return ""
}

// codeAfterDash splits a title that ends with a vacancy's code after a
// dash, letters then digits: "Vacuum Systems Engineer - IO1214".
func codeAfterDash(text string) (title, ref string) {
	t := strings.TrimSpace(text)
	i := strings.LastIndex(t, " - ")
	if i <= 0 {
		return "", ""
	}
	code := t[i+3:]
	if vocab.IsNumberedCode(code) {
		return strings.TrimSpace(t[:i]), code
	}
	letters := 0
	for letters < len(code) && 'A' <= code[letters] && code[letters] <= 'Z' {
		letters++
	}
	digits := len(code) - letters
	if letters < 1 || letters > 4 || digits < minLeadingRefDigits+1 || strings.Trim(code[letters:], "0123456789") != "" {
		return "", ""
	}
	return strings.TrimSpace(t[:i]), code
}

// factSeps part the facts a site prints on one line: "Ouagadougou ·
// Fixed Term · Requisition ID 204117", "Apply now    Job no: 587412".
var factSeps = []string{" · ", "   ", " | ", " • ", "\t"}

// factParts cuts a line of facts at factSeps and at any more separators
// given: "HCCH | Hague Conference on Private International Law" → "HCCH",
// "Hague Conference on Private International Law".
func factParts(text string, more ...string) []string {
	parts := []string{text}
	for _, seps := range [2][]string{factSeps, more} {
		for _, sep := range seps {
			if !strings.Contains(text, sep) {
				continue
			}
			var split []string
			for _, p := range parts {
				split = append(split, strings.Split(p, sep)...)
			}
			parts = split
		}
	}
	return parts
}

// labelledRef returns the reference a short line gives after its label,
// with or without a colon ("Ref. eu-LISA/26/TA/AD7/14.1", "Advert. no.
// 2026_0147"), also as one of the facts a site's line parts
// ("Ouagadougou · Fixed Term · Requisition ID 204117"); or "". A value
// with a colon of its own is a label's qualifier and its number ("Ref.
// Apec : 177845231W", a board's own number): not read.
func (x *extraction) labelledRef(text string) string {
	if len(text) > maxRefBytes*3 {
		return "" // a sentence, not a line of facts
	}
	for _, p := range factParts(text) {
		f, _, value, ok := x.voc.Field(strings.TrimSpace(p), true)
		if !ok || f != "reference" || strings.Contains(value, ":") {
			continue
		}
		if r := cleanRef(value); r != "" {
			return r
		}
	}
	return ""
}

// datedNumber reports a letter's registry number with its date after a
// slash, "Reg. No. 0412/04.05.2026": the notice's own reference is under
// its banner, and no reference writes a whole date.
func datedNumber(value string) bool {
	i := strings.LastIndexByte(value, '/')
	return i > 0 && strings.Count(value[i+1:], ".") == 2 && isDateOnly(value[i+1:])
}

// titleDashes part a title's head from what a site writes after it,
// its unit or its place: "Student Services Coordinator – Residence and
// Welfare Office (Bruges campus)".
var titleDashes = []string{" – ", " - ", " — "}

// maxNamingBlocks bounds how far into a half a sentence naming the post
// is looked for: the opening paragraphs under the title.
const maxNamingBlocks = 8

// headNamedInText returns the head of a title before its first dash when
// a sentence of the opening paragraphs names the post by that head alone
// ("…applications for the position of Student Services Coordinator (100%
// FTE) in its Residence and Welfare Office" under "Student Services
// Coordinator – Residence and Welfare Office (Bruges campus)"): the rest
// is the unit, not the post. Else the title as it is.
func headNamedInText(body []stream.Block, at int, title string) string {
	head := ""
	for _, d := range titleDashes {
		if i := strings.Index(title, d); i > 0 && (head == "" || i < len(head)) {
			head = title[:i]
		}
	}
	if head == "" || words.Count(head) < 2 {
		return title
	}
	for i := max(0, at+1); i < len(body) && i <= at+maxNamingBlocks; i++ {
		if body[i].Kind == stream.Paragraph && vocab.NamesPostAs(body[i].Text, head) {
			return head
		}
	}
	return title
}

// minUnitNameWords is how many words the units' names have, their unit
// words last ("Security Division Programmes Branch"), before a title
// they are run on with; minPostAfterUnit how many the post's name after
// them has; minLeadingUnits how many units they name.
const (
	minUnitNameWords = 4
	minPostAfterUnit = 2
	minLeadingUnits  = 2
)

// withoutLeadingUnits returns a title field's value without the units a
// text dump runs on before it when it reads a column of values line by
// line ("Cooperative Security Division Partnership Programmes Branch
// Staff Officer (Partnership Programmes)"): the words up to the last unit
// word ("Division", "Branch") after which the value names a post, in two
// words at least with a capital first, where the words before, all in
// capitals first, name two units and no post. ("Corporate IT Service
// Desk Technician" names one unit word, the desk's.)
func withoutLeadingUnits(title string) string {
	fs := strings.Fields(title)
	if len(fs) < minUnitNameWords+minPostAfterUnit {
		return title
	}
	cut, units := -1, 0
	for i := 0; i+minPostAfterUnit < len(fs); i++ {
		if !words.StartsUpper(fs[i]) {
			break // "-301226 IT Service Desk Technician": a number, no unit's name
		}
		if vocab.IsUnitWord(fs[i]) && i > 0 {
			cut, units = i, units+1
		}
	}
	if cut < minUnitNameWords-1 || units < minLeadingUnits {
		return title
	}
	head, rest := strings.Join(fs[:cut+1], " "), strings.Join(fs[cut+1:], " ")
	if !words.StartsUpper(rest) || vocab.HasJobNoun(head) || !vocab.HasJobNoun(rest) {
		return title
	}
	return rest
}

// isNamedBanner reports a banner after the employer's short name, as a
// mail's subject writes it before a title's dash: "HELCOM vacancy",
// "OSCE Vacancy notice".
func isNamedBanner(head string) bool {
	name, banner, ok := strings.Cut(strings.TrimSpace(head), " ")
	return ok && vocab.IsAcronymName(name) && vocab.IsBanner(banner)
}

// emphasisedWhole returns the text inside the emphasis marks that wrap a
// whole text, as a chat or Markdown source writes bold or italics
// ("*Deputy Director, Partnerships*", "**…**", "_…_"), and whether they
// wrap it.
func emphasisedWhole(text string) (string, bool) {
	t := strings.TrimSpace(text)
	for _, m := range [...]string{"**", "__", "*", "_"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			inner := strings.TrimSpace(t[len(m) : len(t)-len(m)])
			if inner != "" && !strings.Contains(inner, m) {
				return inner, true
			}
			return "", false
		}
	}
	return "", false
}

// crumbWithTail reports a line that opens with the last page of a
// trail and goes on: with a tail a site writes after a title that gives
// a grade (reTitleTail: ", P-4, Fixed Term, # 584117, New York"), whose
// grade it returns, or with a sentence's words in small letters, to its
// full stop ("Expéditionnaire administratif (m/f) pour les besoins du
// service….").
func crumbWithTail(line, last string) (grade string, ok bool) {
	line = strings.TrimSpace(line)
	if len(line) <= len(last) || !strings.EqualFold(line[:len(last)], last) {
		return "", false
	}
	rest := line[len(last):]
	if rest[0] == ' ' {
		// (A sentence, to its full stop: "Postdoctoral Fellowships in
		// High Energy, Cosmology…" goes on with the title.)
		return "", words.StartsLower(strings.TrimSpace(rest)) && strings.HasSuffix(rest, ".")
	}
	if rest[0] != ',' || len(rest) > maxTitleTailBytes {
		return "", false
	}
	m := reTitleTailAt().FindStringSubmatch(rest)
	if m == nil {
		return "", false
	}
	g := m[reTitleTailAt().SubexpIndex("un")]
	return g, g != ""
}

// isCrumb reports that t is one of the pages of a breadcrumb trail
// ("Personnel enseignant" in "Accueil > Emplois > Personnel enseignant
// > Affichage"), in any case.
func isCrumb(trail, t string) bool {
	for c := range strings.FieldsFuncSeq(trail, func(r rune) bool { return r == '>' || r == '›' || r == '»' || r == '/' }) {
		if strings.EqualFold(strings.TrimSpace(c), t) {
			return true
		}
	}
	return false
}

// postAfterBannerRef returns the post a banner with its number goes on to
// name in the same sentence, as a gazette prints it: "Avis de recrutement
// n° 2026-88 d'un Attaché principal au Service des Titres de Circulation"
// → "Attaché principal" (the unit after it is no part of the title); or
// after a dash, as a title: "STAFF VACANCY 280904 - Staff Assistant
// (Records Management)"; or "".
func postAfterBannerRef(text string) string {
	rest, ok := vocab.AfterBanner(text)
	if !ok {
		return ""
	}
	ref := cleanRef(rest)
	at := strings.Index(rest, ref)
	if ref == "" || at < 0 {
		return ""
	}
	after := strings.TrimSpace(rest[at+len(ref):])
	for _, dash := range [...]string{"- ", "– ", "— "} {
		if post, ok := strings.CutPrefix(after, dash); ok {
			return strings.TrimSpace(post)
		}
	}
	for _, a := range postArticles {
		if post, ok := strings.CutPrefix(after, a); ok {
			return vocab.PostNameEnd(strings.TrimRight(post, " ."))
		}
	}
	return ""
}

// postArticles open the post a banner's sentence names after its number.
var postArticles = []string{"d'un ", "d'une ", "d’un ", "d’une ", "of a ", "of an ", "for a ", "for an "}

// withoutNextLabel returns a title field's value without the next field a
// reader joined to it when the vocabulary does not know its label:
// glued to its last word ("… SpecialistBranch: Concepts", reGluedLabel),
// or after a space ("Senior Budget Analyst Community: Iqaluit"): the
// capitalised word before a colon whose value opens with a capital or a
// figure ("Legal Officer: public law" goes on).
func withoutNextLabel(value string) string {
	if strings.IndexByte(value, ':') < 0 {
		return value
	}
	if m := reGluedLabel().FindStringSubmatchIndex(value); m != nil {
		return value[:m[3]]
	}
	for from := 0; ; {
		c := strings.Index(value[from:], ": ")
		if c < 0 {
			return value
		}
		c += from
		from = c + 2
		if after := strings.TrimLeft(value[from:], " "); after == "" || !words.StartsUpper(after) && !startsDigit(after) {
			continue
		}
		head := strings.TrimRight(value[:c], " ")
		if sp := strings.LastIndexByte(head, ' '); sp > 0 && words.StartsUpper(head[sp+1:]) {
			return strings.TrimSpace(head[:sp])
		}
	}
}

// isBilingualLetterhead reports a line that names one body in each
// language, parted by a bar or a slash: the employer's letterhead.
func isBilingualLetterhead(text string) bool {
	if _, _, ok := vocab.OrganisationPair(text); ok {
		return true
	}
	for _, sep := range [...]string{" | ", " / "} {
		if a, b, ok := strings.Cut(text, sep); ok && !strings.Contains(b, sep) && isLetterheadName(a) && isLetterheadName(b) && vocab.NamesOneBody(a, b) {
			return true
		}
	}
	return false
}

// titleAsWritten returns a title in capitals as another field of the
// half writes it, not in capitals and with a capital first: "Post: Court
// Interpreter and Translator (Dutch and French)" under "position: COURT
// INTERPRETER AND TRANSLATOR (DUTCH AND FRENCH)". The words stand whole
// there. A title of one word, or longer than maxSpelledTitleBytes, stays
// as it is. (Not a heading's: careers.un.org's mixed-case heading over
// its "Posting Title" in capitals is the title for some sets and not for
// others; nor a sentence's, "the Human Rights Officer reports to".)
func titleAsWritten(title string, body []stream.Block) string {
	if !words.IsCaps(title) || len(title) > maxSpelledTitleBytes || words.CountAtMost(title, 2) < 2 {
		return title
	}
	fs := strings.Fields(title)
	last := []rune(strings.ToLower(fs[len(fs)-1]))
	lower := string(last)
	last[0] = unicode.ToUpper(last[0])
	for _, b := range body {
		if b.Kind != stream.Field {
			continue
		}
		for _, cue := range [2]string{string(last), lower} {
			if w, ok := writtenAt(b.Text, title, cue); ok {
				return w
			}
		}
	}
	return title
}

// titleBesideWritten returns a title in capitals as the line right
// before or after its own writes it whole, not in capitals and with a
// capital first: a board that prints the heading in capitals and then
// the title as the employer wrote it ("COORDONNATEUR·RICE DES PROGRAMMES
// JEUNESSE" over "Coordonnateur·rice des programmes jeunesse"), perhaps
// in parentheses. Only the whole line: a breadcrumb, a subject line or a
// sentence that holds the words is another matter, on which the sets
// differ. at is the index of the title's block, -1 for a field's.
func titleBesideWritten(title string, body []stream.Block, at int) string {
	if at < 0 || at >= len(body) || !words.IsCaps(title) || len(title) > maxSpelledTitleBytes {
		return title
	}
	for _, j := range [2]int{at + 1, at - 1} {
		if j < 0 || j >= len(body) || body[j].Kind != stream.Heading && body[j].Kind != stream.Paragraph {
			continue
		}
		t := strings.TrimSpace(body[j].Text)
		if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
			t = strings.TrimSpace(t[1 : len(t)-1])
		}
		if len(t) == len(title) && strings.EqualFold(t, title) && words.CapsLetters(t) < 0 && words.StartsUpper(t) {
			return t
		}
	}
	return title
}

// reChatStamp is the stamp and the sender's name a chat's export opens
// each message with: "[21/11/42, 09:14:03] Nilza Trovoada: ",
// "[17/06/2043, 08:41] Aigerim S.: ".
var reChatStamp = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?\] [^:\[\]]{1,40}: `)
})

// maxChatStampBytes bounds a chat's stamp with its sender's name.
const maxChatStampBytes = 80

// maxChatTitleTail bounds what may follow a chat's bold title in its
// message: a grade (", NO-2"), no sentence.
const maxChatTitleTail = 12

// chatBoldTitle returns the title a chat's last message in text gives
// in bold, whole: "… [17/06/2043, 08:41] Aigerim S.: *Education Officer
// (Inclusive Education)*, NO-2". Only a message after an earlier one
// on the same line: a message alone is read as a line of its own.
func chatBoldTitle(text string) (string, bool) {
	if strings.Count(text, "] ") < 2 || !strings.Contains(text, "*") {
		return "", false // nearly every paragraph
	}
	// The last two stamps, looked for from the end: each try reads a
	// stamp's bytes only.
	var ends []int
	for i := len(text); len(ends) < 2; {
		i = strings.LastIndexByte(text[:i], '[')
		if i < 0 {
			return "", false
		}
		if m := reChatStamp().FindStringIndex(text[i:min(len(text), i+maxChatStampBytes)]); m != nil && m[0] == 0 {
			ends = append(ends, i+m[1])
		}
	}
	rest := strings.TrimSpace(text[ends[0]:])
	if !strings.HasPrefix(rest, "*") {
		return "", false
	}
	end := strings.IndexByte(rest[1:], '*')
	if end <= 0 {
		return "", false
	}
	inner, tail := strings.TrimSpace(rest[1:1+end]), strings.TrimSpace(rest[2+end:])
	if len(tail) > maxChatTitleTail || tail != "" && !strings.HasPrefix(tail, ",") || !words.StartsUpper(inner) {
		return "", false
	}
	return inner, true
}

// namesOrgField reports a line that is the first words of org, the
// value of the organisation field, in any case, and names no post: the
// employer's name as a letterhead prints it ("UNITED NATIONS
// EDUCATIONAL, SCIENTIFIC AND CULTURAL" over "Organization: United
// Nations Educational, Scientific and Cultural Organization").
func namesOrgField(line, org string) bool {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > len(org) || words.CountAtMost(t, 2) < 2 || vocab.HasJobNoun(t) {
		return false
	}
	return strings.EqualFold(org[:len(t)], t) && !wordRuneAt(org, len(t))
}

// maxSpelledTitleBytes bounds a title looked for in another case: each
// place its last word is found costs a comparison as long as the title.
const maxSpelledTitleBytes = 160

// writtenAt returns how text writes name where cue, the name's last word
// in another case, ends it: not in capitals, with a capital first, and
// with no letter or figure on either side.
func writtenAt(text, name, cue string) (string, bool) {
	for t, off := text, 0; ; {
		j := strings.Index(t, cue)
		if j < 0 {
			return "", false
		}
		end := off + j + len(cue)
		if start := end - len(name); start >= 0 && utf8.RuneStart(text[start]) && strings.EqualFold(text[start:end], name) &&
			!wordRuneBefore(text, start) && !wordRuneAt(text, end) {
			if w := text[start:end]; !words.IsCaps(w) && words.StartsUpper(w) {
				return w, true
			}
		}
		t, off = t[j+len(cue):], end
	}
}

// wordRuneBefore reports a letter or a figure right before byte i.
func wordRuneBefore(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	return n > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// wordRuneAt reports a letter or a figure at byte i.
func wordRuneAt(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	return n > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// withoutDecoration returns a title without the marks a chat, a post or
// a page sets around it: "*Chef du service*" (a chat's bold), "🇬🇧
// Resettlement Superintendent" (a flag), "━━━ 🇫🇷 Planificateur" (a rule),
// "« Coordinateur·rice" (a quotation mark left open), ": Technicien"
// (a colon its label left), "----- English version ----- Coordinator"
// (a divider that names the half, run on before the title).
func withoutDecoration(t string) string {
	rest := strings.TrimLeftFunc(t, isDecorationRune)
	if rest == t && !strings.Contains(t, decorationRule) {
		return t // nearly every title
	}
	bold := strings.HasPrefix(t, "*")
	// A rule of dashes inside the text ends what the divider says: the
	// title is after the last one, when what is before it names a
	// language half ("----- English version ----- Title"); "Data Analyst
	// --- Geneva" keeps its title.
	if i := strings.LastIndex(rest, decorationRule); i > 0 {
		end := i + len(decorationRule)
		for end < len(rest) && isRuleDash(rest[end]) {
			end++
		}
		before := strings.TrimFunc(rest[:i], isDecorationRune)
		if after := strings.TrimLeftFunc(rest[end:], isDecorationRune); after != "" && words.StartsUpper(after) && vocab.NamesLanguageVersion(before) {
			rest = after
		}
	}
	if bold {
		rest = strings.TrimRight(rest, "* ")
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return t // ("-301226 IT Service Desk Technician": a number's dash, the reference read after)
	}
	return rest
}

// decorationRule is the shortest rule of dashes a divider draws.
const decorationRule = "---"

// isRuleDash reports a byte of a rule of dashes.
func isRuleDash(c byte) bool { return c == '-' }

// isDecorationRune reports a mark set before a title, never part of
// it: a symbol (a flag, an emoji, a rule's box drawing), a bullet, an
// asterisk, a dash, a colon, a quotation mark, or white space. (Not
// "=": a title that opens with one is a spreadsheet's formula, which the
// CSV output must see to escape it.)
func isDecorationRune(r rune) bool {
	switch r {
	case '*', '•', ':', '-', '–', '—', '«', '»', '|':
		return true
	}
	return unicode.IsSpace(r) || r > unicode.MaxASCII && unicode.IsSymbol(r)
}

// withoutTitleLabel returns a title without the label of a title field
// a line runs on before it, its colon lost ("Intitulé Ingénieur(e)
// performance…", "Post title National Programme Officer"): a label of
// two words at least, or one that opens no post's name (vocab), and a
// title after it.
func (x *extraction) withoutTitleLabel(t string) string {
	f, label, value, ok := x.voc.Field(t, true)
	if !ok || f != "title" || value == "" || !strings.HasPrefix(t, label) || !words.StartsUpper(value) {
		return t
	}
	if words.CountAtMost(label, 2) < 2 && !vocab.OpensNoTitle(label) {
		return t // "Position Classification Officer", "Post Doctoral Fellow"
	}
	if !x.usableTitle(value) {
		return t
	}
	return value
}

// maxWrapWords bounds the second line of a title a page wrapped
// ("Standards Officer, Dairy Analytical" / "Methods"), and
// maxWrapInParens the one that closes a parenthesis the first opened
// ("Senior Technician (Data Centre Power and Cooling" / "Systems)").
const (
	maxWrapWords    = 3
	maxWrapInParens = 6
)

// withWrappedLine returns t with the line that goes on with it: in a
// PDF, a title too long for its line is wrapped onto the next, of the
// same kind and size and right under it, a few words that are no place,
// label, heading or furniture of their own. In plain text, where a
// board's card prints the employer or the contract under the title
// ("Chief Cook" / "Marine Atlantic"), only a line that closes the
// title's parenthesis or goes on in small letters ("Analyste de la
// connaissance du domaine" / "spatial") is the title's.
func (x *extraction) withWrappedLine(body []stream.Block, t titleFound) titleFound {
	if t.at < 0 || t.at+1 >= len(body) || t.text == "" || x.v == nil || x.v.Source.Format != "pdf" && x.v.Source.Format != "text" {
		return t
	}
	paged := x.v.Source.Format == "pdf"
	b, n := body[t.at], body[t.at+1]
	if b.Kind != stream.Heading && b.Kind != stream.Paragraph || n.Kind != b.Kind || n.Level != b.Level ||
		n.Pos.Page != b.Pos.Page || n.Pos.Line != b.Pos.Line+1 {
		return t
	}
	// The title ends where its line does.
	if !strings.HasSuffix(strings.TrimRight(words.Clean(b.Text), " -–"), t.text) {
		return t
	}
	next := strings.TrimSpace(n.Text)
	open := strings.Count(t.text, "(") > strings.Count(t.text, ")")
	limit := maxWrapWords
	if open {
		limit = maxWrapInParens
		if !strings.HasSuffix(next, ")") {
			return t
		}
	}
	if !paged && !open && !words.StartsLower(next) && !(b.Pos.Page > 0 && qualifierWrapped(t.text)) {
		return t
	}
	if next == "" || words.CountAtMost(next, limit+1) > limit || hasDigit(next) || strings.ContainsAny(next, ":|·•") {
		return t
	}
	if _, known := x.voc.Heading(next); known {
		return t
	}
	if _, ok := x.voc.Label(next); ok {
		return t
	}
	if vocab.IsFurniture(next) || vocab.IsPlaceLine(next) || vocab.IsEmployerLine(next) || vocab.IsBanner(next) {
		return t
	}
	for _, v := range x.placeNames {
		if strings.EqualFold(next, v) {
			return t
		}
	}
	joined := t.text + " " + next
	if !open && !x.usableTitle(joined) {
		return t
	}
	return titleFound{joined, t.at, t.ref}
}

// maxWrapStartWords bounds the first line of a title a page wrapped
// when the line under it was taken for the title ("Occupational Health
// and Safety Technical" / "Specialist").
const maxWrapStartWords = 8

// maxBareTitleWords bounds a title that is a post's bare noun, the
// line under the words that qualify it.
const maxBareTitleWords = 2

// withWrappedStart returns t with the line it goes on from: in a PDF or
// its text dump, a title too long for its line leaves its head on the
// line above, of the same kind and size and right over it, a line that
// was no title alone (it ends on a joiner, "Attaché(e) gestionnaire de
// subsides – Action sociale et" / "Famille (H/F/X)", or names no post,
// "Congress and Training" / "Programme Officer"). The line above is a
// few words in capitals first, with no figure, label, heading,
// furniture, place or employer of its own.
func (x *extraction) withWrappedStart(body []stream.Block, t titleFound, lang string) titleFound {
	if t.at < 1 || t.at >= len(body) || t.text == "" || x.v == nil || x.v.Source.Format != "pdf" && x.v.Source.Format != "text" {
		return t
	}
	b, p := body[t.at], body[t.at-1]
	if b.Kind != stream.Heading && b.Kind != stream.Paragraph || p.Kind != b.Kind || p.Level != b.Level ||
		p.Pos.Page != b.Pos.Page || p.Pos.Line != b.Pos.Line-1 {
		return t
	}
	// The title starts where its line does.
	if !strings.HasPrefix(strings.TrimLeft(words.Clean(b.Text), " "), t.text) {
		return t
	}
	prev := strings.TrimSpace(words.Clean(p.Text))
	if prev == "" || !words.StartsUpper(prev) || words.CountAtMost(prev, maxWrapStartWords+1) > maxWrapStartWords ||
		hasDigit(prev) || strings.ContainsAny(prev, ":|·•›>/") {
		return t
	}
	// Either the line above ends on a joiner, or the title is a post's
	// bare noun ("Specialist", "Programme Officer") and the line above
	// the words that qualify it, written in the same case, its last word
	// in capitals first ("Occupational Health and Safety Technical"), and
	// naming no post of its own.
	if !vocab.EndsWithJoiner(prev) {
		last := prev[strings.LastIndexByte(prev, ' ')+1:]
		if vocab.HasJobNoun(prev) || !vocab.HasJobNoun(t.text) || words.CountAtMost(t.text, maxBareTitleWords+1) > maxBareTitleWords || strings.ContainsAny(t.text, ",–-()") ||
			!words.StartsUpper(last) || words.IsCaps(prev) != words.IsCaps(t.text) {
			return t
		}
	}
	if _, known := x.voc.Heading(prev); known {
		return t
	}
	if _, ok := x.voc.Label(prev); ok {
		return t
	}
	if vocab.IsFurniture(prev) || vocab.IsPlaceLine(prev) || vocab.IsEmployerLine(prev) || vocab.IsBanner(prev) || vocab.CareersSiteName(prev) != "" ||
		slices.Contains(x.menuTexts, prev) || x.inOtherLang(prev, lang) {
		return t
	}
	joined := prev + " " + t.text
	if !x.usableTitle(joined) {
		return t
	}
	return titleFound{joined, t.at - 1, t.ref}
}

// qualifierWrapped reports a title whose line ends inside the qualifier
// it opened after a comma or a dash, its words in capitals first
// ("Senior Analyst, Regulatory" / "Reporting", "Lock and Bridge Keeper –
// Caledonian" / "Canal"): in a PDF's text dump (a text with pages), the
// rest is on the next line. (A title that ends on its gender mark or a
// word in small letters, "… – permis d'alcool" over "Numéro", is whole.)
func qualifierWrapped(t string) bool {
	i := max(strings.LastIndex(t, ", "), strings.LastIndex(t, " – "), strings.LastIndex(t, " - "))
	if i <= 0 {
		return false
	}
	last := t[strings.LastIndexByte(t, ' ')+1:]
	return words.StartsUpper(last) && !strings.ContainsAny(last, "()")
}

// maxNamedPostReach bounds how far above the line before the header
// fields namedPostAbove looks for the line that names the post.
const maxNamedPostReach = 10

// maxBoardHeadWords is the most words of a board's heading over the
// notice it copies ("Job description", "Vacatureomschrijving").
const maxBoardHeadWords = 3

// namedPostAbove returns i, the last line before the header fields that
// can be a title, or, when that line is short and names no post (a job
// board's heading over the notice it copies, in the board's language:
// "Vacatureomschrijving", "Descrierea jobului"), the nearest line above
// it that can be a title and names one.
func (x *extraction) namedPostAbove(body []stream.Block, i int, lang string) int {
	if words.CountAtMost(body[i].Text, maxBoardHeadWords+1) > maxBoardHeadWords || vocab.HasJobNoun(body[i].Text) {
		return i
	}
	for j := i - 1; j >= 0 && j >= i-maxNamedPostReach; j-- {
		if x.isTitleLine(body, j, lang) && vocab.HasJobNoun(body[j].Text) {
			return j
		}
	}
	return i
}

// withoutOrganisationTail returns a title without the employer a job
// board writes after a dash, as the organisation field names it or
// shortens it in parentheses: "Finance Clerk (Accounts Payable) - IAMD
// COE" over "Organisation: Integrated Air and Missile Defence Centre of
// Excellence (IAMD COE)". (Not another name after the dash: "Chargé(e)
// de production numérique – RFI", a station of the employer.)
func withoutOrganisationTail(title, org string) string {
	for _, sep := range [...]string{" - ", " – ", " — "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if tail == "" {
			continue
		}
		if strings.EqualFold(tail, strings.TrimSpace(org)) || strings.Contains(org, "("+tail+")") {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}
