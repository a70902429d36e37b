package vocab

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// TitleReference finds the vacancy reference in parentheses that ends a
// title, "(250715)", "(31973-FT)", "(ABC-1234)" or, after a title's
// words, "(ELA/AD/2031/03)", and returns the index
// of its "(" and the reference: what
// \((\d{5,8}(?:-[A-Z]{1,3})?|[A-Z]{1,6}[- ]?\d{3,}[-/\d]*)\)\s*$
// matches. (By hand: a regular expression anchored only at the end tries
// every start in the text, and this runs for every line and block.)
func TitleReference(s string) (open int, ref string, ok bool) {
	for len(s) > 0 && words.IsSpaceASCII(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if !strings.HasSuffix(s, ")") {
		return -1, "", false
	}
	// The reference holds no "(": only the last one can open it.
	open = strings.LastIndexByte(s, '(')
	if open < 0 {
		return -1, "", false
	}
	// ("(ELA/AD/2031/03)" after a title is its reference; on a line of
	// its own, the fields read it.)
	if r := s[open+1 : len(s)-1]; !isReference(r) && !(strings.TrimSpace(s[:open]) != "" && isSlashedCode(r)) {
		return -1, "", false
	}
	return open, s[open+1 : len(s)-1], true
}

// DashedReference finds the reference in parentheses after a dash that
// ends a title, whatever its form, a second number in its own
// parentheses included: "Title (P3) - (2026/0312 (045678))",
// "Title-(34-HQ-DOH-07)". It returns
// the index of its "(" and the reference.
func DashedReference(s string) (open int, ref string, ok bool) {
	s = strings.TrimRight(s, " \t\n")
	if !strings.HasSuffix(s, ")") {
		return -1, "", false
	}
	if open = matchingOpen(s); open > 0 {
		head := strings.TrimRight(s[:open], " ")
		ref := s[open+1 : len(s)-1]
		// (Taleo glues the dash to both: "Chief, Field Health
		// Programme-(34-HQ-DOH-07)".)
		glued := open > 1 && s[open-1] == '-' && s[open-2] != ' '
		if (strings.HasSuffix(head, " -") || strings.HasSuffix(head, " –") || glued) && isDashedReference(ref) {
			return open, ref, true
		}
	}
	return -1, "", false
}

// matchingOpen returns the index of the "(" that the ")" ending s closes,
// or -1.
func matchingOpen(s string) int {
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// minDashedRefDigits and maxDashedRefBytes tell a reference in
// parentheses after a title's dash from words: a number of a few digits
// at least, with no lower-case letters, not a sentence.
const (
	minDashedRefDigits = 4
	maxDashedRefBytes  = 40
)

func isDashedReference(r string) bool {
	if len(r) > maxDashedRefBytes {
		return false
	}
	digits := 0
	for _, c := range r {
		switch {
		case unicode.IsLower(c):
			return false
		case '0' <= c && c <= '9':
			digits++
		}
	}
	return digits >= minDashedRefDigits
}

// EndsWithReference reports whether s ends with a vacancy reference.
func EndsWithReference(s string) bool {
	_, _, ok := TitleReference(s)
	return ok
}

// IsNumberedCode reports a requisition's number with its contract's kind
// after a dash, as careers sites print it: "31973-FT", "40817-TA".
func IsNumberedCode(code string) bool {
	num, kind, ok := strings.Cut(code, "-")
	return ok && len(num) >= minRefDigits && len(num) <= maxRefDigits && strings.Trim(num, "0123456789") == "" &&
		kind != "" && len(kind) <= maxCodeKindLetters && strings.Trim(kind, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// minRefDigits and maxRefDigits bound a vacancy's number in figures
// alone (four is a year); maxCodeKindLetters bounds a contract's kind
// after it, in capitals ("FT", "TA").
const (
	minRefDigits       = 5
	maxRefDigits       = 8
	maxCodeKindLetters = 3
)

// isReference reports a vacancy reference: five to eight digits, with a
// dash and one to three capitals or not, or one to six capitals, an
// optional "-" or space, at least three digits and then digits, "-" and
// "/".
func isReference(r string) bool {
	isDigit := func(c byte) bool { return '0' <= c && c <= '9' }
	digits := 0
	for digits < len(r) && isDigit(r[digits]) {
		digits++
	}
	if digits == len(r) {
		return digits >= minRefDigits && digits <= maxRefDigits
	}
	if IsNumberedCode(r) {
		return true
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

// isSlashedCode reports a reference written as parts in capitals and
// figures between slashes, one part all figures and one all capitals:
// "ELA/AD/2031/03", "MT/HR/EXT/2026/58", "AR/SE-CE/2026/007" (not "B1/B2",
// one slash, nor "AD/AST", no figure, nor a date, no capital, nor
// "AD5/AD6/AD7", grades).
func isSlashedCode(r string) bool {
	if len(r) > maxSlashedCodeBytes || strings.Count(r, "/") < minCodeSlashes {
		return false
	}
	digits, letters := false, false // a part all figures, a part all capitals
	for _, part := range strings.Split(r, "/") {
		if part == "" {
			return false
		}
		d, l := 0, 0
		for i := 0; i < len(part); i++ {
			switch c := part[i]; {
			case '0' <= c && c <= '9':
				d++
			case 'A' <= c && c <= 'Z':
				l++
			case c == '-', c == '.':
			default:
				return false
			}
		}
		digits = digits || l == 0 && d > 0
		letters = letters || d == 0 && l > 0
	}
	// ("02/06/2027" is a date; "AD5/AD6/AD7" and "B1/B2/A" are grades
	// and categories.)
	return digits && letters
}

// minCodeSlashes and maxSlashedCodeBytes bound a reference of parts
// between slashes.
const (
	minCodeSlashes      = 2
	maxSlashedCodeBytes = 32
)

// reRefValue is the number in a reference field ("No. 250715").
// (The package's regular expressions are compiled on their first use: a
// process parses one file and reaches few of them. Compiled at start-up
// they were 1.4M of the 17.0M instructions of `vacancy parse
// press-release.md`.)
var reRefValue = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[A-Z]{0,6}[- ]?\d{4,}[-/\d]*`) })

// ReferenceIn returns the reference number a reference field's value
// holds ("No. 250715" → "250715"), or "".
func ReferenceIn(value string) string {
	return reRefValue().FindString(value)
}

// Month returns the number of a month name or abbreviation, either
// language ("juin", "Sept.", "February").
func Month(name string) (int, bool) {
	return lookupKey(monthNames, name)
}

// HasDeadlineCue reports a text that introduces a deadline ("Apply
// until…", "date limite…", "Closes 11:55 pm on…").
func HasDeadlineCue(text string) bool {
	return keyMatch(text, deadlineCues, keyContains) || keyMatch(text, deadlineLeads, keyHasPrefix)
}

// SaysApplyBy reports a sentence that tells how to apply and by when
// without a deadline's cue (HasDeadlineCue): an application verb and a
// before-word ("…submitted online through the portal by Friday, 10 July
// 2026", "Postulez … avant le 04/03/2027"). It is read only where no
// cue is: "diplomas obtained before 1 January 2024" may stand in one.
func SaysApplyBy(text string) bool {
	named := func() bool { return keyMatch(text, applicationNouns, keyContains) }
	switch {
	case keyMatch(text, beforeWords, keyContains):
		return keyMatch(text, applyVerbs, keyContains) || keyMatch(text, sendVerbs, keyContains) && named()
	case keyMatch(text, monthByWords, keyContains):
		// "by March 31" may close a duty ("submit it to Council by
		// March 31, 2042"): the sentence names the application too.
		return (keyMatch(text, applyVerbs, keyContains) || keyMatch(text, sendVerbs, keyContains)) && named()
	}
	return false
}

// reISOCurrency matches an ISO 4217 code in parentheses: "(EUR)", or
// opening them before a comma ("(MUR, monthly)").
var reISOCurrency = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\(([A-Z]{3})[),;]`) })

// isISOCurrency reports a code of ISO 4217 (isoCurrencyCodes).
func isISOCurrency(code string) bool {
	i := strings.Index(isoCurrencyCodes, code)
	return len(code) == 3 && i >= 0 && i%4 == 0
}

// ISOCurrencyCode reports a code of ISO 4217, "MAD" as well as "EUR":
// for a currency a field gives alone, where a code that is also a word
// is no word.
func ISOCurrencyCode(code string) bool { return isISOCurrency(code) }

// ISOCodeBeside returns the ISO 4217 code written right before or right
// after an amount, a space apart: before is the text up to the amount,
// after the text from its end ("RSD 186,450", "186 450 RSD"); or "".
// Codes that are words as well ("ALL", "TOP") are no currency there.
func ISOCodeBeside(before, after string) string {
	b := strings.TrimRight(before, " \u00a0")
	if len(b) >= 3 && (len(b) == 3 || !isASCIILetter(b[len(b)-4])) {
		if c := b[len(b)-3:]; isISOCurrency(c) && !slices.Contains(isoCodeWords, c) {
			return c
		}
	}
	a := strings.TrimLeft(after, " \u00a0")
	if len(a) >= 3 && (len(a) == 3 || !isASCIILetter(a[3])) {
		if c := a[:3]; isISOCurrency(c) && !slices.Contains(afterNumberCodeWords, c) {
			return c
		}
	}
	return ""
}

// ISOCodeWordBefore returns a code of isoCodeWords written right before
// a figure grouped as money, a space apart ("GEL 4,915", "MAD 9 000"):
// before is the text up to the figure, figure the figure itself. A word
// in capitals ("TOP 10", "ALL 1,200 staff") is no code: only the codes
// that do not lead a count as words are read so. Otherwise "".
func ISOCodeWordBefore(before, figure string) string {
	b := strings.TrimRight(before, " \u00a0")
	if len(b) == len(before) || len(b) < 3 || len(b) > 3 && isASCIILetter(b[len(b)-4]) || !GroupedFigure(figure) {
		return ""
	}
	if c := b[len(b)-3:]; isISOCurrency(c) && slices.Contains(isoCodeWords, c) && !slices.Contains(afterNumberCodeWords, c) {
		return c
	}
	return ""
}

// GroupedFigure reports a figure written with a thousands separator
// ("4,915", "9 000", "12.500"): a sum of money, not a count or a code.
func GroupedFigure(s string) bool {
	for i := 1; i+3 < len(s); i++ {
		if c := s[i]; (c == ',' || c == ' ' || c == '.' || c == '\'') && '0' <= s[i-1] && s[i-1] <= '9' {
			return '0' <= s[i+1] && s[i+1] <= '9' && '0' <= s[i+2] && s[i+2] <= '9' && '0' <= s[i+3] && s[i+3] <= '9' &&
				(i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9')
		}
	}
	return false
}

// afterNumberCodeWords are the codes of isoCodeWords that also follow a
// number as words ("TOP 10" also "10 TOP"); after an amount, "9 000 MAD"
// is dirhams.
var afterNumberCodeWords = []string{"ALL", "TOP"}

// isoCodeWords are ISO 4217 codes that are English or French words in
// capitals ("TOP 10", "ALL 3 POSTS").
var isoCodeWords = []string{"ALL", "TOP", "CUP", "MOP", "PEN", "SOS", "TRY", "GEL", "MAD", "BOB", "SAR", "LAK"}

// Currency returns the ISO 4217 code of the currency s names, "" when
// none: it prefers an ISO code in parentheses, then a known name or
// symbol.
func Currency(s string) string {
	for _, m := range reISOCurrency().FindAllStringSubmatch(s, -1) {
		if isISOCurrency(m[1]) {
			return m[1]
		}
	}
	k := spacedKey(s)
	best, bestLen, bestAt := "", 0, len(k)
	for _, c := range currencyNames {
		at := strings.Index(k, c.spaced)
		if at < 0 && c.symbol {
			at = strings.Index(k, c.name) // a symbol glued to its amount: "€6,913"
		} else if at < 0 && c.glued != "" {
			at = strings.Index(k, c.glued) // a name ending with its symbol glued to its amount: "EC$5,350"
		}
		if at >= 0 && better(len(c.name), at, bestLen, bestAt) {
			best, bestLen, bestAt = c.code, len(c.name), at
		}
	}
	if best == "" {
		// A name glued to the number: "1,286.09Euro".
		for _, c := range currencyNames {
			if at := strings.Index(k, c.name); len(c.name) > 3 && at >= 0 && better(len(c.name), at, bestLen, bestAt) {
				best, bestLen, bestAt = c.code, len(c.name), at
			}
		}
	}
	return best
}

// currencyName is an entry of currencies, with what Currency searches
// for it made once: the name framed by spaces, and whether it opens with
// a symbol rather than a letter. (Built per call, the framed names were
// 1 % of a Markdown parse, in allocations and a map walk for each amount.)
type currencyName struct {
	name, spaced, code string
	symbol             bool
	// glued is the name of letters then a symbol ("ec$", "us$") with a
	// space before it only: the symbol may touch its amount.
	glued string
}

// currencyNames are the entries of currencies, sorted by name. The order
// does not change what Currency finds: two names that match with the same
// length at the same place are the same name.
var currencyNames = func() []currencyName {
	out := make([]currencyName, 0, len(currencies))
	for name, code := range currencies {
		r, _ := utf8.DecodeRuneInString(name)
		last, _ := utf8.DecodeLastRuneInString(name)
		glued := ""
		if unicode.IsLetter(r) && !unicode.IsLetter(last) && !strings.Contains(name, " ") {
			glued = " " + name
		}
		out = append(out, currencyName{name, " " + name + " ", code, !unicode.IsLetter(r), glued})
	}
	slices.SortFunc(out, func(a, b currencyName) int { return strings.Compare(a.name, b.name) })
	return out
}()

// afterNumber reports a word of the spaced key k, starting at the space
// at, that a number comes just before.
func afterNumber(k string, at int) bool {
	fs := strings.Fields(k[:at])
	if len(fs) == 0 || len(fs[len(fs)-1]) > 2 || !words.IsDigits(fs[len(fs)-1]) {
		return false
	}
	// "6 mois" is a length; "7 068 58 monthly" is an amount's end.
	return len(fs) < 2 || !words.IsDigits(fs[len(fs)-2])
}

// isRateName reports a period named as a rate: "per annum", "par mois".
func isRateName(name string) bool {
	return strings.HasPrefix(name, "per ") || strings.HasPrefix(name, "par ")
}

// better says whether a match of n bytes at offset at beats the best so
// far: longer wins, then earlier (maps have no order: ties must not be
// left to it).
func better(n, at, bestN, bestAt int) bool {
	return n > bestN || n == bestN && at < bestAt
}

// spacedKey is the key form of a salary text with its punctuation turned
// into spaces and the text framed by spaces, so that words can be found
// whole: " eur monthly tax-free ".
func spacedKey(s string) string {
	s = salaryPunctuation.Replace(s)
	k := " " + normKey(s) + " "
	// A full stop ends a sentence unless it stands inside an
	// abbreviation ("p.a", "u.s.").
	return strings.ReplaceAll(strings.ReplaceAll(k, ". ", " "), " .", " ")
}

// salaryPunctuation turns the punctuation of a salary text into spaces
// (built once: a Replacer is costly to build and safe to share).
var salaryPunctuation = strings.NewReplacer("(", " ", ")", " ", ",", " ", ";", " ", ":", " ", "/", " ", "*", " ", "+", " ")

// placePunctuation turns the brackets and commas of a place into spaces.
var placePunctuation = strings.NewReplacer("(", " ", ")", " ", ",", " ")

// Period returns the salary period named in s, "" when none.
func Period(s string) string {
	k := spacedKey(withSlashYear(s))
	best, bestLen, bestAt := "", 0, len(k)
	for _, p := range spacedPeriods {
		// The first period named wins ("Salaire annuel / Taux horaire"
		// is a yearly figure); at one place, the longer name.
		// A number before the word makes it a length of time ("une
		// période probatoire de 6 mois"), not the pay's period.
		// ("Step 1) per annum": a period said with "per" or "par" is a
		// rate, whatever number stands before it.)
		if at := strings.Index(k, p.spaced); at >= 0 && (p.rate || !afterNumber(k, at)) && (at < bestAt || at == bestAt && len(p.spaced) > bestLen) {
			best, bestLen, bestAt = p.period, len(p.spaced), at
		}
	}
	return best
}

// withSlashYear returns s with French "/ an" or "/an" after an amount
// ("78 412 $ - 104 549 $ / an") written "par an": the word alone is the
// English article, no period.
func withSlashYear(s string) string {
	i := strings.Index(s, "/")
	if i < 0 {
		return s // nearly every text
	}
	for ; i >= 0 && i < len(s); i = nextSlash(s, i+1) {
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if strings.HasPrefix(s[j:], "an") && (j+2 == len(s) || !isASCIILetter(s[j+2])) && !isArticlePeriod(s[j:]) {
			return s[:i] + " par an" + s[j+2:]
		}
	}
	return s
}

// isArticlePeriod reports "an" as the English article of a period of
// its own, "an hour" ("CAD 32.50 / an hour"): no French year.
func isArticlePeriod(s string) bool {
	next, _, _ := strings.Cut(strings.TrimSpace(s[len("an"):]), " ")
	next = strings.TrimRight(next, ".,;)")
	_, ok := salaryPeriods["an "+strings.ToLower(next)]
	return next != "" && ok
}

// nextSlash is the index of the first "/" of s at or after from, or -1.
func nextSlash(s string, from int) int {
	if k := strings.IndexByte(s[from:], '/'); k >= 0 {
		return from + k
	}
	return -1
}

// spacedPeriod is a name of salaryPeriods as Period looks for it in a
// spaced key, framed by spaces (" per annum "), with its period and
// whether it names a rate.
type spacedPeriod struct {
	spaced, period string
	rate           bool
}

// spacedPeriods holds every name of salaryPeriods framed by spaces,
// built once for every call of Period.
var spacedPeriods = func() []spacedPeriod {
	ps := make([]spacedPeriod, 0, len(salaryPeriods))
	for name, p := range salaryPeriods {
		ps = append(ps, spacedPeriod{spaced: " " + name + " ", period: p, rate: isRateName(name)})
	}
	// (The order does not change Period's answer: the earliest match
	// wins, then the longest; sorted only so that runs read alike.)
	slices.SortFunc(ps, func(a, b spacedPeriod) int { return strings.Compare(a.spaced, b.spaced) })
	return ps
}()

// IsIntroduction reports a paragraph that introduces criteria rather than
// stating one.
func IsIntroduction(text string) bool { return keyMatch(text, introductions, keyHasPrefix) }

// IsCopyrightLine reports a line of a site's footer that holds its
// copyright: "© 2026 EPFL", "Conditions · © Université Laval".
func IsCopyrightLine(text string) bool { return strings.Contains(text, "©") }

// IsClosingStatement reports a paragraph of what a notice says once its
// criteria are done (closingStatements, closingOpenings), or a line of
// its site's footer ("© Université Laval · …"): never a criterion.
func IsClosingStatement(text string) bool {
	if IsCopyrightLine(text) {
		return true
	}
	if len(text) <= maxClosingButtonBytes && keyIn(closingButtons, text) {
		return true
	}
	// The openings are read from the paragraph's first bytes only, the
	// statements only from a paragraph with one of their stems: most
	// criteria are spared a key of their whole text.
	head := text
	if len(head) > maxClosingOpening {
		head = head[:maxClosingOpening]
	}
	if keyMatch(head, closingOpenings, keyHasPrefix) {
		return true
	}
	if containsStem(closingStemSet, text) {
		return keyMatch(text, closingStatements, keyContains)
	}
	return false
}

// WithoutOfficeHolder returns an employer's name without the office of
// its head before it ("Secretary-General of the International Maritime
// Organization" → "International Maritime Organization"); the name as
// it is otherwise.
func WithoutOfficeHolder(name string) string {
	office := name
	for _, a := range nameArticles {
		if len(office) > len(a) && strings.EqualFold(office[:len(a)], a) {
			office = office[len(a):]
			break
		}
	}
	for _, o := range officeHolders {
		if len(office) > len(o) && strings.EqualFold(office[:len(o)], o) {
			return office[len(o):]
		}
	}
	return name
}

// NamesRules reports a title that names a page of rules or policy on
// recruits (rulesTitles).
func NamesRules(text string) bool {
	return len(text) <= maxGuideLineBytes && keyMatch(text, rulesTitles, keyContains)
}

// TalksAboutReading reports a short line about reading or understanding
// notices, or giving an example of one: a guide's title or its
// introduction ("Bien lire un avis de vacance des Nations Unies").
func TalksAboutReading(text string) bool {
	if len(text) > maxGuideLineBytes {
		return false
	}
	// The key, a space at each end, is built on the stack and the verbs
	// are padded once (guideVerbWords): the vacancy test asks this of
	// the lead lines of every notice, and the strings made of the key
	// and of each verb in turn were 1 % of a small notice's parse.
	var buf [2*maxGuideLineBytes + 2]byte
	k := append(appendNormKey(append(buf[:0], ' '), text), ' ')
	verb := false
	for _, v := range guideVerbWords {
		if bytes.Contains(k, v) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for _, n := range noticeNouns {
		if bytes.Contains(k, []byte(n)) {
			return true
		}
	}
	return false
}

// guideVerbWords are guideVerbs as words of a key padded with spaces,
// " read ".
var guideVerbWords = func() [][]byte {
	ws := make([][]byte, len(guideVerbs))
	for i, v := range guideVerbs {
		ws[i] = []byte(" " + v + " ")
	}
	return ws
}()

// maxGuideLineBytes bounds a guide's title or opening line.
const maxGuideLineBytes = 200

// NamesUnion reports a name that is a post's trade union (unionHeads),
// not its employer.
func NamesUnion(name string) bool {
	k := normKey(name)
	for _, h := range unionHeads {
		if k == h || strings.HasPrefix(k, h+" ") {
			return true
		}
	}
	first, rest, _ := strings.Cut(strings.TrimSpace(name), " ")
	next, _, _ := strings.Cut(rest, " ")
	return keyIn(unionHeadsBeforeAcronym, first) && len(next) >= 2 && isAcronym(next)
}

// NamesState reports a name that opens with a state's word (stateHeads):
// a letterhead's "République algérienne démocratique et populaire",
// "Republic of Cameroon", not "République et Canton du Jura".
func NamesState(name string) bool {
	first, rest, _ := strings.Cut(strings.TrimSpace(name), " ")
	next, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	return keyIn(stateHeads, first) && !keyIn(stateJoiners, next)
}

// IsGradeWord reports a label that is the word grade itself, or a job's
// grade (gradeWords).
func IsGradeWord(label string) bool {
	return keyIn(gradeWords, strings.TrimRight(label, " :"))
}

// IsPayScaleWord reports a word that names a step of a pay scale before
// its code (payScaleWords): "Band" in "(Band C)".
func IsPayScaleWord(word string) bool {
	return keyIn(payScaleWords, word)
}

// IsNumberedScaleWord reports a word of payScaleWords that names a step
// by its number alone (numberedScaleWords): "Scale" in "Scale 20".
func IsNumberedScaleWord(word string) bool {
	return keyIn(numberedScaleWords, word)
}

// IsOtherPostsHeading reports a line that heads a site's list of other
// posts after the notice: "Similar jobs", "Offres similaires".
func IsOtherPostsHeading(text string) bool {
	return len(text) <= maxOtherPostsBytes && keyIn(otherPostsHeadings, strings.TrimRight(text, " :"))
}

// maxOtherPostsBytes bounds a heading of otherPostsHeadings.
const maxOtherPostsBytes = 40

// OpensOtherPosts reports a line that heads a site's list of other
// posts, alone or with the first post's title a text copy joined to it:
// "Similar jobs Assistant (Treasury) - Office of the Financial
// Controller (293077)" (not "More jobs will be created").
func OpensOtherPosts(text string) bool {
	if IsOtherPostsHeading(text) {
		return true
	}
	if len(text) > maxOtherPostsLineBytes {
		return false
	}
	// Nearly every line is let go on its first word, before its key is
	// built.
	if first, _, ok := strings.Cut(text, " "); !ok || !keyIn(otherPostsFirstWords(), first) {
		return false
	}
	k := normKey(text)
	for _, h := range otherPostsHeadings {
		if len(k) <= len(h) || k[len(h)] != ' ' || !strings.HasPrefix(k, h) {
			continue
		}
		// The first post's title starts upper case after the heading's
		// words ("Offres recommandées Comptable (H/F)").
		n := strings.Count(h, " ") + 1
		if ws := strings.Fields(text); len(ws) > n && words.StartsUpper(ws[n]) {
			return true
		}
	}
	return false
}

// otherPostsFirstWords are the first words of otherPostsHeadings.
var otherPostsFirstWords = sync.OnceValue(func() []string {
	var out []string
	for _, h := range otherPostsHeadings {
		if w, _, _ := strings.Cut(h, " "); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
})

// maxOtherPostsLineBytes bounds a heading of other posts with the first
// post's title joined to it.
const maxOtherPostsLineBytes = 200

// AppliesForThisPost reports a button or a heading that applies for the
// one post the page gives, naming it: "Apply for this Job" over a
// careers site's form, under the notice.
func AppliesForThisPost(text string) bool {
	return len(text) <= maxApplyRowBytes && keyIn(thisPostButtons, strings.TrimSpace(text))
}

// IsApplyButton reports a line that is a button to apply and nothing
// more, in one language or both: "Apply now", "Postuler | Apply",
// "Postuler · Apply". A page that offers it offers a post.
func IsApplyButton(text string) bool {
	if len(text) > maxApplyRowBytes {
		return false
	}
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == '|' || r == '·' || r == '/' })
	if len(parts) == 0 || len(parts) > 2 {
		return false
	}
	for _, p := range parts {
		if !keyIn(closingButtons, strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// maxApplyRowBytes bounds a row of apply buttons: two of them and their
// separator.
const maxApplyRowBytes = 2*maxClosingButtonBytes + 3

// closingStemSet is closingStems, looked for in one reading of a
// paragraph (a search for each stem in turn was 1 % of a parse).
var closingStemSet = newStemSet(closingStems)

// maxClosingButtonBytes bounds a button's line among closingButtons,
// "Apply now" with spaces around it: a longer line is no button.
const maxClosingButtonBytes = 12

// maxClosingOpening bounds the bytes of a paragraph read for a closing
// opening: the longest, "les personnes intéressées doivent", and a margin
// (a rune cut in two there only spoils the key's end).
const maxClosingOpening = 48

// IsNote reports a paragraph written as a note on what precedes it
// ("NOTE: The work … is conducted mainly in English.", "N.B. …"), not a
// criterion of its own.
func IsNote(text string) bool { return keyMatch(text, noteMarks, keyHasPrefix) }

// endsAsLeadIn reports a line that ends as one leading into a list.
func endsAsLeadIn(t string) bool {
	if len(t) > maxKeyBytes {
		return false
	}
	// The key on the stack: normKey's string was an allocation for
	// every line read as a list's introduction.
	var buf [128]byte
	k := appendNormKey(buf[:0], t)
	for _, e := range leadInEnds {
		if len(k) >= len(e) && string(k[len(k)-len(e):]) == e {
			return true
		}
	}
	return false
}

// IsEssentialIntroduction reports a line ending with a colon that leads
// into the criteria a candidate must meet (essentialIntroCues).
func IsEssentialIntroduction(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, ":") && len(t) <= maxIntroductionBytes &&
		(keyHas(t, essentialIntroCues) || keyMatch(t, essentialIntroEnds, keyHasSuffix) ||
			keyMatch(t, conditionIntroEnds, keyHasSuffix) && keyHas(t, candidateWords) && !keyHas(t, offerConditionWords))
}

// maxIntroductionBytes bounds a line read as an introduction: a sentence.
const maxIntroductionBytes = 240

// IsDesirableIntroduction reports a line that introduces desirable
// criteria: it ends with a colon, or as a line that leads into a list,
// and names an advantage or an asset.
func IsDesirableIntroduction(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") && !endsAsLeadIn(t) {
		return false
	}
	return hasDesirableCue(t) || keyMatch(strings.TrimRight(t, " :"), desirableEndCues, keyHasSuffix)
}

// hasDesirableCue reports a text whose key holds one of desirableCues as
// whole words. (" key ", built on the stack for a line of usual length:
// each cue, framed by spaces, is looked for where a word of the key
// starts, among the cues that start with the word's first letter.)
func hasDesirableCue(t string) bool {
	var buf [256]byte
	k := append(appendNormKey(append(buf[:0], ' '), t), ' ')
	for i := 0; i+1 < len(k); i++ {
		if k[i] != ' ' {
			continue
		}
		for _, cue := range desirableCuesByFirst[k[i+1]] {
			if bytes.HasPrefix(k[i:], cue) {
				return true
			}
		}
	}
	return false
}

// maxIntroductionWords bounds a line that leads into a list: a longer
// one is a paragraph that happens to end with a colon.
const maxIntroductionWords = 20

// IsCompetencyIntroduction reports a line that leads into a list of
// competencies without being a heading: it ends with a colon and names
// them ("You demonstrate the following behavioural competencies:",
// "Vous faites preuve des compétences suivantes :").
func IsCompetencyIntroduction(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") || !MentionsCompetence(t) || words.Count(t) > maxIntroductionWords {
		return false
	}
	for _, w := range strings.Fields(normKey(t)) {
		if isCompetencyWord(strings.Trim(w, ",:")) {
			return true
		}
	}
	return false
}

// desirableCuesByFirst holds the desirableCues framed by spaces, to be
// found as whole words, by their first letter.
var desirableCuesByFirst = func() (t [256][][]byte) {
	for _, cue := range desirableCues {
		t[cue[0]] = append(t[cue[0]], []byte(" "+cue+" "))
	}
	return t
}()

// maxPlaceWords bounds a line that is a place and nothing else: a city,
// a region and a country.
const maxPlaceWords = 7

// IsPlaceLine reports a short line that names a place ending with a
// country, "Meyrin, Geneva, Switzerland" or "Bruxelles, Belgique", and
// nothing else.
func IsPlaceLine(text string) bool {
	t := strings.TrimSpace(text)
	// "MONTREAL, Québec, CA, H3B 2C9": a postal code closes the place.
	if i := strings.LastIndexByte(t, ','); i > 0 && isPostalCode(strings.TrimSpace(t[i+1:])) {
		t = strings.TrimSpace(t[:i])
	}
	if t == "" || words.Count(t) > maxPlaceWords || strings.ContainsAny(t, ":;!?0123456789") || hasSentenceStop(t) {
		return false
	}
	// "Ottawa (Ontario)", "Genève (Suisse)": the region or country in
	// parentheses, as French writes it.
	if open := strings.IndexByte(t, '('); open > 0 && strings.HasSuffix(t, ")") && !strings.Contains(t[:open], ",") {
		inner := normKey(t[open+1 : len(t)-1])
		return slices.Contains(regions, inner) || isCountry(inner)
	}
	parts := strings.Split(t, ",")
	if len(parts) == 1 && strings.Count(t, " / ") == 1 {
		parts = strings.Split(t, " / ") // "Prague / Czech Republic"
	}
	last := normKey(parts[len(parts)-1])
	if len(parts) > 1 && slices.Contains(regions, last) {
		return true // "Montréal, QC", "Winnipeg, Manitoba"
	}
	if len(parts) == 1 && !strings.Contains(t, "-") {
		return false // a country alone is too little to go on
	}
	if len(parts) == 1 { // "Belgium-Brussels", "BE-Mons"
		for _, p := range strings.Split(t, "-") {
			if isCountry(normKey(p)) {
				return true
			}
		}
		return false
	}
	return isCountry(last)
}

// hasSentenceStop reports a full stop in text that ends a word longer
// than an abbreviation's: "Sault Ste. Marie", "Washington, D.C." and
// "St. John's" are places, "Paris. Hybrid work" a sentence.
func hasSentenceStop(text string) bool {
	for i := strings.IndexByte(text, '.'); i >= 0; {
		w := text[strings.LastIndexAny(text[:i], " .")+1 : i]
		if len(w) > maxPlaceAbbrevBytes {
			return true
		}
		n := strings.IndexByte(text[i+1:], '.')
		if n < 0 {
			break
		}
		i += 1 + n
	}
	return false
}

// maxPlaceAbbrevBytes bounds the abbreviated word of a place's name:
// "Ste.", "St.", "Mt.", "D.C.".
const maxPlaceAbbrevBytes = 3

// isPostalCode reports a postal code: one or two groups of letters and
// digits, with a digit, "H3B 2C9", "75015", "1211".
func isPostalCode(s string) bool {
	if s == "" || len(s) > 8 || strings.Count(s, " ") > 1 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, r := range s {
		if !(r == ' ' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// ofCountry reports a name that ends with the country it is of: "… of
// Canada", "… du Canada".
func ofCountry(name string) bool {
	fs := strings.Fields(name)
	return len(fs) >= 3 && isNameJoiner(fs[len(fs)-2]) && isCountry(normKey(fs[len(fs)-1]))
}

func isCountry(k string) bool {
	for _, c := range countries {
		if k == c[0] || k == c[1] {
			return true
		}
	}
	return false
}

// IsScheduleValue reports a text that is a working schedule and nothing
// else ("Full-time", "Temps plein").
func IsScheduleValue(text string) bool { return ScheduleValueLang(text) != "" }

// IsScheduleWithHours reports a line that is a working schedule and its
// hours, nothing else: "Full time, 40 hrs per week", "Temps plein (38
// heures/semaine)", "Full-time – 37.5 hours".
func IsScheduleWithHours(text string) bool {
	t := strings.TrimSpace(text)
	i := strings.IndexAny(t, ",(–-")
	for i > 0 && t[i] == '-' && i+1 < len(t) && t[i+1] != ' ' {
		// ("Full-time": a hyphen inside the value.)
		j := strings.IndexAny(t[i+1:], ",(–-")
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	if i <= 0 || words.CountAtMost(t, maxScheduleLineWords+1) > maxScheduleLineWords || !IsScheduleValue(strings.TrimSpace(t[:i])) {
		return false
	}
	rest := normKey(t[i:])
	return strings.ContainsAny(rest, "0123456789") && containsFold(rest, "hour", "hrs", "heure", "h/", "h par", " h ")
}

// maxScheduleLineWords bounds a line read as a schedule and its hours.
const maxScheduleLineWords = 10

// ScheduleValueLang returns the language of a schedule value
// (scheduleValues): "en", "fr", or "" for a text that is none.
func ScheduleValueLang(text string) string {
	k := normKey(text)
	if k == "" {
		return ""
	}
	for _, v := range scheduleValues {
		switch k {
		case v.EN:
			return "en"
		case v.FR:
			return "fr"
		}
	}
	return ""
}

// CurrencyCode returns an ISO 4217 code the tables know, written in
// capitals as a word of s ("148,236 TRY"), or "": codes that are also
// words ("TRY") are read only so.
func CurrencyCode(s string) string {
	for i := 0; i+3 <= len(s); i++ {
		if !isUpperASCII(s[i]) || i > 0 && isASCIILetter(s[i-1]) {
			continue
		}
		if isUpperASCII(s[i+1]) && isUpperASCII(s[i+2]) && (i+3 == len(s) || !isASCIILetter(s[i+3])) {
			if code := s[i : i+3]; isCurrencyCode(code) {
				return code
			}
		}
	}
	return ""
}

// ISOCodeWord returns a code of ISO 4217 written in capitals as a word
// of a salary's text s where a currency stands: after a figure ("entre
// 560 000 et 640 000 XPF bruts"), or alone between brackets or commas
// ("per annum, BWP)", "(MUR, monthly)"); or "". Any code, not only the
// tables' own, but no code that is also a word (isoCodeWords), nor an
// acronym in a sentence ("depending on PHP experience", "+ BAM
// membership").
func ISOCodeWord(s string) string {
	for i := 0; i+3 <= len(s); i++ {
		if !isUpperASCII(s[i]) || i > 0 && isASCIILetter(s[i-1]) {
			continue
		}
		if isUpperASCII(s[i+1]) && isUpperASCII(s[i+2]) && (i+3 == len(s) || !isASCIILetter(s[i+3])) && codeStandsAlone(s, i) {
			if code := s[i : i+3]; isISOCurrency(code) && !slices.Contains(isoCodeWords, code) {
				return code
			}
		}
	}
	return ""
}

// codeStandsAlone reports the three capitals at s[i:] where a currency's
// code stands: first in s, after a figure and a space, before a space
// and a figure or a dollar sign, or after an opening bracket or a comma
// and before a comma, a closing bracket or the end.
func codeStandsAlone(s string, i int) bool {
	end := i + 3
	switch {
	case strings.TrimSpace(s[:i]) == "":
		return true // the text's first word: the amounts were before it
	case i >= 2 && s[i-1] == ' ' && '0' <= s[i-2] && s[i-2] <= '9':
		return true // "640 000 XPF"
	case end+1 < len(s) && s[end] == ' ' && (s[end+1] == '$' || '0' <= s[end+1] && s[end+1] <= '9'):
		return true // "BMD $94,518"
	}
	opens := i >= 1 && s[i-1] == '(' || i >= 2 && s[i-2:i] == ", "
	return opens && (end == len(s) || s[end] == ',' || s[end] == ')')
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// isCurrencyCode reports a code among the currencies' values.
func isCurrencyCode(code string) bool {
	for _, c := range currencies {
		if c == code {
			return true
		}
	}
	return false
}

// scheduleSeparators part the words of a value read for a schedule:
// "Indeterminate (permanent, full-time)" holds "full time".
var scheduleSeparators = strings.NewReplacer("-", " ", ",", " ", "/", " ", "(", " ", ")", " ")

// HasScheduleWords reports a value that names the working time among
// other facts: "Permanent - Full-time", "Régulier, temps plein".
func HasScheduleWords(text string) bool {
	k := " " + scheduleSeparators.Replace(normKey(text)) + " "
	for _, v := range scheduleValues {
		for _, w := range [2]string{v.EN, v.FR} {
			if w != "" && strings.Contains(k, " "+strings.ReplaceAll(w, "-", " ")+" ") {
				return true
			}
		}
	}
	return false
}

// HasSalaryCue reports a text that names pay.
func HasSalaryCue(text string) bool { return keyMatch(text, salaryCues, keyContains) }

// HasFeeCue reports a text that names a fee or "honoraires" as a word
// ("coffee" and "feedback" name none): a consultant's pay when the text
// states a period of work too (Period).
// JoinsTwo reports a heading that joins two subjects: "Salary and
// benefits", "Rémunération et avantages".
func JoinsTwo(heading string) bool {
	return keyMatch(heading, headingJoiners, keyContainsWord)
}

func HasFeeCue(text string) bool {
	if !containsFold(text, "fee", "honoraire") {
		return false // nearly every paragraph
	}
	return keyMatch(text, feeCues, keyContainsWord) && !keyMatch(text, notOwnFeeWords, keyContainsWord)
}

// salaryFragments are parts of salaryCues as texts write them, in lower
// case, without a first letter a capital may change.
var salaryFragments = []string{"alar", "munerat", "munérat", "pay", "aitement", "alaire", "molument", "tipend", "ALAR", "ALAIRE", "AITEMENT", "MUNERAT", "MUNÉRAT", "PAY", "TIPEND"}

// MayNameSalary reports a text that may name pay: it holds a part of a
// salary cue. Most paragraphs hold none, and are spared HasSalaryCue's
// key and the search for an amount.
func MayNameSalary(text string) bool {
	for _, f := range salaryFragments {
		if strings.Contains(text, f) {
			return true
		}
	}
	return false
}

// DollarOf returns the currency a bare dollar means in a notice for a
// post at place ("Ottawa (Ontario)" → CAD), or "".
func DollarOf(place string) string { return placeCurrency(place, dollarPlaces) }

// CFAFrancOf returns the CFA franc ("FCFA") of a notice for a post at
// place ("Yaoundé (Cameroun)" → XAF, "Dakar" → XOF), or "".
func CFAFrancOf(place string) string { return placeCurrency(place, cfaPlaces) }

// placeTable is a table of places and their currencies, with the lengths
// of its keys by first byte: a word or pair of words whose length no key
// that starts with its byte has is no key, and is not looked up. For a
// bare "$" every short line of a notice is read, a lookup for each word
// and each pair of words, nearly all of them in vain: the lookups were
// 30 % of that reading (250944-act.md).
type placeTable struct {
	codes map[string]string
	lens  [256]uint64 // bit n of lens[c]: a key of n bytes starts with c (n < 64)
}

func newPlaceTable(codes map[string]string) *placeTable {
	t := &placeTable{codes: codes}
	for k := range codes {
		if k == "" || len(k) >= 64 {
			panic("vocab: place key empty or of 64 bytes or more: " + k)
		}
		t.lens[k[0]] |= 1 << len(k)
	}
	return t
}

// mayHold reports whether a key of n bytes may start with c.
func (t *placeTable) mayHold(c byte, n int) bool { return n < 64 && t.lens[c]&(1<<n) != 0 }

// lookup is codes[string(k)], k not empty, looked up only when a key may
// be k.
func (t *placeTable) lookup(k []byte) (string, bool) {
	if !t.mayHold(k[0], len(k)) {
		return "", false
	}
	code, ok := t.codes[string(k)]
	return code, ok
}

var (
	dollarPlaces       = newPlaceTable(dollarCountries)
	cfaPlaces          = newPlaceTable(cfaCountries)
	otherCountryPlaces = newPlaceTable(otherCountries())
)

// otherCountries maps the countries of the table of countries whose
// currency is no dollar, both languages, keys as normKey makes them, to
// "other".
func otherCountries() map[string]string {
	m := map[string]string{}
	for _, c := range countries {
		for _, name := range c {
			if _, dollar := dollarCountries[name]; !dollar {
				m[name] = "other"
			}
		}
	}
	return m
}

// NamesOtherCountry reports a short line that names a country whose
// currency is no dollar ("1211 Geneva 20, Switzerland"): a notice whose
// post is there means no Canadian dollar by an amount written "76 418 $"
// in its French half.
func NamesOtherCountry(place string) bool { return placeCurrency(place, otherCountryPlaces) != "" }

// placeCurrency returns the currency of the first place of table that
// place names, or "".
func placeCurrency(place string, table *placeTable) string {
	if !strings.ContainsFunc(place, unicode.IsUpper) {
		return "" // every place of the tables has its capital
	}
	// The key's words, one and two at a time from the left: the first
	// place named wins ("New Brunswick" before "Brunswick"). The key is
	// built on the stack, and its words cut as strings.Fields cuts them:
	// for a bare "$" every short line of a notice is read, and the key
	// and the slice of words made for each were a tenth of the
	// allocations of a notice that names dollars (250944-act.md).
	// (placePunctuation makes a string only for a place with a bracket or
	// a comma.)
	var kb [128]byte
	k := appendNormKey(kb[:0], placePunctuation.Replace(place))
	w, rest := cutField(k)
	for len(w) > 0 {
		next, after := cutField(rest)
		if len(next) > 0 && table.mayHold(w[0], len(w)+1+len(next)) {
			var buf [64]byte // two words, joined without an allocation
			pair := append(append(append(buf[:0], w...), ' '), next...)
			if code, ok := table.lookup(pair); ok {
				return code
			}
		}
		if code, ok := table.lookup(w); ok {
			return code
		}
		w, rest = next, after
	}
	return ""
}

// EndsWithReference reports whether text ends with a vacancy reference
// in parentheses: a title line.
func (v *Vocabulary) EndsWithReference(text string) bool { return EndsWithReference(text) }

// HasTitleMark reports a line that ends as only a post's title does: with
// the genders it is open to ("Comptable fournisseurs (H/F)", "Data
// Engineer (m/f/d)") or with its grade in parentheses ("Information
// Security Officer (P-3)", "Analyst (G15)", "Conseiller (FP-07)").
func HasTitleMark(text string) bool {
	t := strings.TrimSpace(text)
	if opensInclusive(t) {
		return true
	}
	if !strings.HasSuffix(t, ")") {
		// "Ingénieur·e de recherche H/F": a board's gender mark without
		// its parentheses, after the title's words.
		sp := strings.LastIndexByte(t, ' ')
		return sp > 0 && isGenderMark(t[sp+1:]) && words.CountAtMost(t[:sp], 2) >= 2
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 {
		return false
	}
	inner := strings.TrimSpace(t[open+1 : len(t)-1])
	return isGenderMark(inner) || isGradeCode(inner)
}

// opensInclusive reports a line whose first word names a post for both
// genders, as French writes it: "Coordonnateur(trice), Logistique",
// "Technicien(ne) en génie civil", "Conseiller·ère". Not a question
// ("Prêt(e) à relever le défi?").
func opensInclusive(t string) bool {
	sp := strings.IndexAny(t, " ,")
	if sp < 0 {
		sp = len(t)
	}
	w := t[:sp]
	if open := strings.IndexByte(w, '('); open > 0 && strings.HasSuffix(w, ")") {
		w = strings.ToLower(w[open+1 : len(w)-1])
	} else if dot := strings.Index(w, "·"); dot > 0 {
		w = strings.ToLower(w[dot+len("·"):])
	} else {
		return false
	}
	return slices.Contains(feminineEndings, w) && !strings.HasSuffix(t, "?")
}

// feminineEndings are the endings French adds to a post's name for the
// feminine, in parentheses or after a middle dot.
var feminineEndings = []string{"e", "ne", "trice", "rice", "euse", "se", "ère", "re", "le", "ve", "te", "fe"}

// GluedAfterGenderMark returns the end of a title's gender mark in
// parentheses that a board glued the next fact to, a capital right after
// it ("Ingénieur procédés (H/F)Société Le NickelNouméa", "Test Engineer
// (M/F)Ariane"), or -1.
func GluedAfterGenderMark(t string) int {
	for from := 0; ; {
		open := strings.IndexByte(t[from:], '(')
		if open < 0 {
			return -1
		}
		open += from
		shut := strings.IndexByte(t[open:], ')')
		if shut < 0 {
			return -1
		}
		end := open + shut + 1
		if isGenderMark(t[open+1:end-1]) && end < len(t) && words.StartsUpper(t[end:]) {
			return end
		}
		from = end
	}
}

// isGenderMark reports "H/F", "F/H", "M/F", "m/f/d", "f/h/x" and the like:
// single letters among genderLetters joined by slashes.
func isGenderMark(s string) bool {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if len(p) != 1 || !strings.Contains(genderLetters, strings.ToLower(p)) {
			return false
		}
	}
	return true
}

// isGradeCode reports a grade written as a code: one to three capitals,
// an optional dash or space, one or two digits ("P-3", "G15", "AD 7",
// "FP-07").
func isGradeCode(s string) bool {
	i := 0
	for i < len(s) && i < 3 && 'A' <= s[i] && s[i] <= 'Z' {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(s) && (s[i] == '-' || s[i] == ' ') {
		i++
	}
	d := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i, d = i+1, d+1
	}
	return i == len(s) && d >= 1 && d <= 2
}

// MentionsCookies reports a site's notice about cookies, never a title.
func MentionsCookies(text string) bool { return keyHas(text, cookieWords) }

// maxOrganisationWords bounds an employer's name on a line of its own.
const maxOrganisationWords = 10

// isOrganisationHead reports a word that makes a name an employer's.
func isOrganisationHead(w string) bool {
	k := normKey(strings.Trim(w, "(),.;"))
	if i := strings.IndexByte(k, '\''); i >= 0 {
		k = k[i+1:] // "l'assemblee"
	}
	return slices.Contains(organisationHeads, k)
}

// NamesUnit reports a name of a part of a body, not a body: a unit's or
// an office's word among its first maxUnitLeadWords words ("Direction
// des ressources humaines", "REGIONAL OFFICE FOR AFRICA", "BUREAU DE
// PAYS DU CAMEROUN", "FACULTÉ DES SCIENCES").
func NamesUnit(text string) bool {
	n := 0
	for w := range strings.FieldsSeq(text) {
		if isUnitWord(w) || keyIn(unitHeads, w) {
			return true
		}
		if n++; n == maxUnitLeadWords {
			break
		}
	}
	return false
}

// EndsWithUnit reports a name whose last word, before its acronym, is a
// unit's: "Operations and Planning Division", "Current Operations
// Branch", "Cooperative Security Division (CSD)".
func EndsWithUnit(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 {
			t = strings.TrimSpace(t[:i])
		}
	}
	sp := strings.LastIndexByte(t, ' ')
	return sp > 0 && words.StartsUpper(t) && isUnitWord(t[sp+1:])
}

// maxUnitLeadWords is how far into a name NamesUnit looks for a unit's
// word: "COUNTRY OFFICE FOR NIGERIA", "BUREAU RÉGIONAL DE L'AFRIQUE".
const maxUnitLeadWords = 3

// IsOrganisationLine reports a line that is an employer's name and
// nothing else: "International Criminal Court", "Ville de Montréal".
func IsOrganisationLine(text string) bool {
	t := strings.TrimSpace(text)
	n := words.Count(t)
	if n == 0 || n > maxOrganisationWords || !words.StartsUpper(t) || strings.ContainsAny(t, ":;!?|") || strings.HasSuffix(t, ".") {
		return false
	}
	fs := strings.Fields(t)
	if isUnitWord(fs[0]) {
		return false
	}
	if NamesBodyKind(t) {
		return false // "HEADQUARTERS" over the body's name in a letterhead: a kind, no name
	}
	if len(fs) > 1 && '0' <= fs[0][0] && fs[0][0] <= '9' && keyIn(headcountWords, fs[1]) {
		return false // "1,001-5,000 employees · Government Administration": a board's line on the company, its size and trade
	}
	if last := fs[len(fs)-1]; strings.HasSuffix(last, "'") || strings.HasSuffix(last, "’") {
		return false // "La Ville de Sion met au concours un poste d'": a sentence wrapped
	}
	for _, w := range fs[1:] {
		if words.StartsLower(w) && slices.Contains(employerVerbs, w) {
			return false // "… met au concours …", "… recrute …": a sentence
		}
	}
	for _, w := range fs {
		if isOrganisationHead(w) && words.StartsUpper(w) {
			return true
		}
	}
	return false
}

// OrganisationIn returns the employer a paragraph opens by naming, with
// its acronym when it follows (nameBeforeAcronym): "The International
// Telecommunication Union (ITU) is…", "The NATO Parliamentary Assembly
// brings…", "L'Assemblée parlementaire de l'OTAN réunit…", or "".
func OrganisationIn(text string) string {
	t := strings.TrimSpace(text)
	return withMissionPlace(t, organisationIn(t))
}

// withMissionPlace returns name, which text opens with after an article
// or elision, with the place a diplomatic mission's name goes on to
// ("Embassy of Japan" in "The Embassy of Japan in Switzerland is…" →
// "Embassy of Japan in Switzerland", "Ambassade de Suisse au Canada"):
// the country or city it is posted to is part of its name.
func withMissionPlace(text, name string) string {
	if name == "" || !keyIn(missionHeads, words.Leading(name, 1)) {
		return name
	}
	i := strings.Index(text, name)
	if i < 0 {
		return name
	}
	rest := text[i+len(name):]
	fs := strings.Fields(rest)
	if len(fs) < 2 || !slices.Contains(missionPrepositions, strings.ToLower(fs[0])) || !words.StartsUpper(fs[1]) {
		return name
	}
	n := 1
	for n < len(fs) && n <= maxMissionPlaceWords && (words.StartsUpper(fs[n]) || isElidedName(fs[n])) {
		last := strings.ContainsAny(fs[n], ",.;:")
		n++
		if last {
			break
		}
	}
	return strings.TrimRight(name+" "+strings.Join(fs[:n], " "), ",.;:")
}

// maxMissionPlaceWords bounds the place a mission's name goes on to:
// "République démocratique du Congo" has a joiner, which ends it short.
const maxMissionPlaceWords = 4

// organisationIn is OrganisationIn without a mission's place.
func organisationIn(t string) string {
	if name := nameBeforeAcronym(t); name != "" {
		return name
	}
	if name := companyBeforeVerb(t); name != "" {
		return name
	}
	var ws []string
	switch {
	case strings.HasPrefix(t, "The "):
		// English: capitalised words and the small words between them.
		fs := strings.Fields(t[len("The "):])
		for i, w := range fs {
			if len(ws) == maxOrganisationWords {
				return ""
			}
			if !words.StartsUpper(w) && !isNameJoiner(w) {
				break
			}
			ws = append(ws, w)
			if strings.HasSuffix(w, ",") && !strings.ContainsAny(w[:len(w)-1], ",.;:") {
				if n := enumeratedName(fs[i+1:]); n > 0 && len(ws)+n <= maxOrganisationWords {
					// "The Global Fund to Fight AIDS, Tuberculosis and
					// Malaria is…": an enumeration in the name, up to
					// the sentence's verb.
					ws = append(ws, fs[i+1:i+1+n]...)
					break
				}
			}
			if strings.ContainsAny(w, ",.;:") {
				break
			}
		}
	case strings.HasPrefix(t, "L'"), strings.HasPrefix(t, "L’"), strings.HasPrefix(t, "La "), strings.HasPrefix(t, "Le "):
		// French: the head word first, then to the last capitalised
		// word of the next few ("Agence universitaire de la
		// Francophonie").
		rest := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "L'"), "L’"), "La "), "Le ")
		fs := strings.Fields(rest)
		if len(fs) == 0 || !isOrganisationHead(fs[0]) || !words.StartsUpper(fs[0]) {
			return ""
		}
		// "La Société canadienne du sang est…": the name runs to the
		// sentence's verb, its lower-case words and all.
		for i := 2; i < len(fs) && i <= maxOrganisationWords; i++ {
			if strings.ContainsAny(fs[i-1], ",.;:()") {
				break
			}
			// ("… pour les chemins de fer (ci-après « l'Agence ») a été":
			// a remark in brackets after the name ends it as a verb does.)
			if slices.Contains(nameVerbs, fs[i]) || strings.HasPrefix(fs[i], "(") && i+1 < len(fs) {
				if !isNameJoiner(fs[i-1]) {
					return strings.Join(fs[:i], " ")
				}
				break
			}
		}
		// Lower-case words qualify the head ("parlementaire",
		// "militaire royal") or join ("de la"); more than two in a row
		// that do not join, or one after a capitalised word, are a
		// sentence.
		last, lower := -1, 0
		for i := 1; i < len(fs) && i < maxOrganisationWords; i++ {
			w := fs[i]
			if hasUpper(w) {
				last, lower = i, 0
			} else if !isNameJoiner(w) {
				if lower == maxNameQualifiers || last > 0 {
					break // "… de la Francophonie rassemble"
				}
				lower++
			}
			if strings.ContainsAny(w, ",.;:") {
				break
			}
		}
		if last < 0 {
			// "La Monnaie royale canadienne est…": the head and the
			// adjectives that qualify it, up to a name's adjective.
			q := 0
			for q < lower && 1+q < len(fs) && !isNameJoiner(fs[1+q]) {
				q++
			}
			if q == 0 || !isNameAdjective(fs[q]) {
				return ""
			}
			last = q
		}
		// "…de l'Union européenne": an adjective of place ends a name.
		if last+1 < len(fs) && isNameAdjective(fs[last+1]) {
			last++
		}
		if strings.HasSuffix(fs[last], ",") {
			// "La Commission Économique du Bétail, de la Viande et des
			// Ressources Halieutiques (CEBEVIRHA), institution…": an
			// enumeration in the name, up to the acronym it defines.
			last += enumeratedBeforeAcronym(fs[last+1:])
		}
		ws = fs[:last+1]
	default:
		return ""
	}
	for len(ws) > 0 && (isNameJoiner(ws[len(ws)-1]) || !hasUpper(ws[len(ws)-1]) && !isNameAdjective(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return ""
	}
	head := false
	for _, w := range ws {
		head = head || isOrganisationHead(w) && words.StartsUpper(w)
	}
	if !head {
		return ""
	}
	if isUnitWord(ws[0]) {
		return "" // "The Division of Conference Services …"
	}
	if HasJobNoun(ws[len(ws)-1]) {
		return "" // "The Programme Officer will work…": a post, not its employer
	}
	return strings.TrimRight(strings.Join(ws, " "), ",.;:")
}

// enumeratedName returns how many of fs, the words after a name's comma,
// end the enumeration the name holds: capitalised words, one "and" or
// "et" before the last, and the sentence's verb right after them
// ("Tuberculosis and Malaria is…"); 0 for any other words.
func enumeratedName(fs []string) int {
	and := false
	for i, w := range fs {
		switch {
		case i > 0 && (slices.Contains(companyVerbs, w) || slices.Contains(nameVerbs, w)):
			if and && words.StartsUpper(fs[i-1]) {
				return i
			}
			return 0
		case w == "and" || w == "et":
			if and {
				return 0
			}
			and = true
		case !words.StartsUpper(w) || strings.ContainsAny(w, ".;:()"):
			return 0
		}
	}
	return 0
}

// enumeratedBeforeAcronym returns how many of fs, the words after a
// French name's comma, end the enumeration the name holds when the
// acronym the name defines closes it: joining words and capitalised
// ones, one "et" before the last, then the acronym in parentheses ("de
// la Viande et des Ressources Halieutiques (CEBEVIRHA)"); or 0.
func enumeratedBeforeAcronym(fs []string) int {
	and := false
	for i, w := range fs {
		switch {
		case i > 0 && isAcronymInParens(strings.TrimRight(w, ",.;:")):
			if and && words.StartsUpper(fs[i-1]) {
				return i
			}
			return 0
		case w == "et":
			if and {
				return 0
			}
			and = true
		case strings.ContainsAny(w, ".;:()") || strings.HasSuffix(w, ",") && and:
			return 0
		case !words.StartsUpper(w) && !isNameJoiner(w) && !isElidedName(w):
			return 0
		}
	}
	return 0
}

// companyBeforeVerb returns the company a sentence opens with, its
// legal form closing its name and a verb after it: "Cargolux Airlines
// International S.A. is an all-cargo airline…", "Delvaux Menuiserie SRL
// recrute…"; or "".
func companyBeforeVerb(t string) string {
	var buf [maxOrganisationWords + 2]string
	fs := appendFields(buf[:0], words.Leading(t, maxOrganisationWords+2))
	for i := 1; i+1 < len(fs); i++ {
		if !words.StartsUpper(fs[i-1]) && !isNameJoiner(fs[i-1]) {
			return ""
		}
		form := strings.TrimSuffix(normKey(fs[i]), ".")
		if !slices.Contains(legalForms, form) {
			continue
		}
		if slices.Contains(companyVerbs, fs[i+1]) {
			return strings.Join(fs[:i+1], " ")
		}
		return ""
	}
	return ""
}

// isNameAdjective reports an adjective that may end a French name
// (nameAdjectives).
func isNameAdjective(w string) bool {
	return keyIn(nameAdjectives, strings.TrimRight(w, ",.;:"))
}

// isUnitWord reports a word that opens the name of a unit of an
// employer, not of the employer: "Direction", "Division".
func isUnitWord(w string) bool { return keyIn(unitWords, w) }

// IsUnitWord reports a word that names a unit of an employer
// (unitWords): "Direction", "Division", "Branch".
func IsUnitWord(w string) bool { return isUnitWord(w) }

// maxAcronymBytes bounds an acronym after a name: "(OPCW)", "(NATO PA)".
const maxAcronymBytes = 10

// isAcronym reports capitals, with perhaps a space, a dash or an
// ampersand: "ITU", "NATO PA", "AP-OTAN".
func isAcronym(s string) bool {
	caps := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			caps++
		case r == ' ' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return caps >= 2
}

func hasUpper(s string) bool { return strings.IndexFunc(s, unicode.IsUpper) >= 0 }

// isNameJoiner reports a small word that joins the words of a name:
// "Organisation for the Prohibition of Chemical Weapons".
func isNameJoiner(w string) bool {
	w = strings.ToLower(w)
	return slices.Contains(nameJoiners["en"], w) || slices.Contains(nameJoiners["fr"], w)
}

// WithoutLanguageToggle returns a site's name without the language link
// glued before it or dashed after it.
func WithoutLanguageToggle(name string) string {
	for _, t := range languageToggles {
		if rest, ok := strings.CutPrefix(name, t); ok && words.StartsUpper(rest) {
			name = strings.TrimSpace(rest)
		}
		for _, dash := range [...]string{" — ", " – ", " - "} {
			name = strings.TrimSuffix(name, dash+t)
		}
	}
	return name
}

// maxEmployerBeforeUnitWords bounds the employer's name before its unit:
// "Commissariat à la protection de la vie privée du Canada" has nine
// words.
const maxEmployerBeforeUnitWords = 10

// EmployerBeforeUnit returns the employer a line names before its unit,
// as a careers site prints the two under a title: "Parcs Canada - Unité
// de gestion de la Mauricie", "Statistics Canada - Social, Health and
// Labour Statistics Branch"; or "". The unit opens or ends with a word of
// unitWords, or opens with one of unitHeads ("Bureau régional du
// Nunavut"); the name is a few words without figures, the first a
// capital's.
func EmployerBeforeUnit(text string) string {
	name, unit, ok := strings.Cut(strings.TrimSpace(text), " - ")
	if !ok {
		name, unit, ok = strings.Cut(strings.TrimSpace(text), " – ")
	}
	if !ok || name == "" || unit == "" || strings.ContainsAny(name, "0123456789:,") ||
		words.CountAtMost(name, maxEmployerBeforeUnitWords+1) > maxEmployerBeforeUnitWords {
		return ""
	}
	// The name's words are capitalised ("Civilian post" is none); a
	// French name's only open with a capital ("Agence canadienne
	// d'inspection des aliments").
	if !words.StartsUpper(name) {
		return ""
	}
	if !isFrenchName(name) {
		for w := range strings.FieldsSeq(name) {
			if !words.StartsUpper(w) && !isNameJoiner(w) {
				return ""
			}
		}
	}
	// "Faculty of Human Sciences - Department of…": units both; but an
	// office of a country is a body of its own ("Office of the Privacy
	// Commissioner of Canada - Compliance Sector").
	if first := normKey(words.Leading(name, 1)); (slices.Contains(unitWords, first) || slices.Contains(unitHeads, first)) && !ofCountry(name) {
		return ""
	}
	// (The unit may name a sub-body on the way: "Santé Canada - Agence
	// de réglementation… - Direction de l'évaluation…", each part
	// after a dash.)
	for part := range strings.SplitSeq(unit, " - ") {
		// (An office opens a unit's name too: "… du Nord - Bureau
		// régional du Nunavut".)
		if us := strings.Fields(part); len(us) > 0 && (isUnitWord(us[0]) || keyIn(unitHeads, us[0]) || isUnitWord(us[len(us)-1])) {
			return name
		}
	}
	return ""
}

// OrganisationPair reads a site's banner that names the employer in both
// languages, "Banque du Canada | Bank of Canada", "European Patent
// Office | Office européen des brevets", "Senate of Canada · Sénat du
// Canada": the English name and the French
// one, told apart by the small words French names join with.
func OrganisationPair(text string) (en, fr string, ok bool) {
	var a, b string
	for _, sep := range [...]string{" | ", " · ", " / "} {
		var cut bool
		if a, b, cut = strings.Cut(text, sep); cut {
			if strings.Contains(b, sep) {
				return "", "", false
			}
			break
		}
	}
	if b == "" {
		return "", "", false
	}
	a, b = WithoutLanguageToggle(siteName(a)), WithoutLanguageToggle(siteName(b))
	if !IsOrganisationLine(a) || !IsOrganisationLine(b) {
		return "", "", false
	}
	switch fa, fb := isFrenchName(a), isFrenchName(b); {
	case fb && !fa:
		return a, b, true
	case fa && !fb:
		return b, a, true
	}
	return "", "", false
}

// isFrenchName reports a name joined with French small words or elided
// ones: "Banque du Canada", "Conseil de l'Europe".
func isFrenchName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if slices.Contains(nameJoiners["fr"], w) {
			return true
		}
		if e, _, ok := strings.Cut(strings.ReplaceAll(w, "’", "'"), "'"); ok && slices.Contains(frenchElisions, e) {
			return true
		}
	}
	return false
}

// ClearanceIn returns the level of security clearance a sentence asks
// for, as written ("…must obtain a NATO SECRET security clearance…"), or
// "": the sentence must name a clearance and one of clearanceLevels.
func ClearanceIn(sentence string) string {
	return clearanceLevel(sentence, true)
}

// ClearanceLevelIn returns the level of security clearance named in a
// clearance field's value, as written, or "": the field's label says what
// the value is about, so no word of the value needs to ("The successful
// candidate must hold a personnel security clearance at SECRET UE/EU
// SECRET level" → "SECRET UE/EU SECRET").
func ClearanceLevelIn(value string) string {
	return clearanceLevel(value, false)
}

func clearanceLevel(sentence string, needCue bool) string {
	k := normKey(sentence)
	if needCue {
		cue := false
		for _, c := range clearanceCues {
			cue = cue || strings.Contains(k, c)
		}
		if !cue {
			return ""
		}
	}
	for _, l := range clearanceLevels {
		at := wordIndex(k, l, 0)
		if at < 0 {
			continue
		}
		// The level as the sentence writes it: the same words, found
		// case-insensitively in the text, or, written with accents the
		// key folds ("Très Secret"), the words in the key's place.
		if j := indexFold(sentence, l); j >= 0 {
			return sentence[j : j+len(l)]
		}
		if w := wordsAt(sentence, strings.Count(k[:at], " "), strings.Count(l, " ")+1); normKey(w) == l {
			return w
		}
	}
	for _, l := range bareClearanceLevels {
		for i := wordIndex(k, l, 0); i >= 0; i = wordIndex(k, l, i+len(l)) {
			if needCue && !nearClearanceCue(k, i, i+len(l)) {
				continue
			}
			// The word as written: the sentence's words are the key's,
			// counted the same way.
			if w := nthWord(sentence, strings.Count(k[:i], " ")); strings.EqualFold(strings.Trim(w, ".,;:()"), l) {
				return strings.Trim(w, ".,;:()")
			}
		}
	}
	return ""
}

// clearanceCueReach is how many words may stand between a one-word level
// and the cue that makes it a clearance's: "habilitation de sécurité de
// niveau Secret" has four.
const clearanceCueReach = 4

// wordIndex is the index of the first whole-word match of w in the key k
// at or after from, or -1.
func wordIndex(k, w string, from int) int {
	for from <= len(k) {
		i := strings.Index(k[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if (i == 0 || k[i-1] == ' ') && (i+len(w) == len(k) || !isKeyLetter(k[i+len(w)])) {
			return i
		}
		from = i + 1
	}
	return -1
}

// nearClearanceCue reports whether a clearance cue stands within
// clearanceCueReach words of k[start:end].
func nearClearanceCue(k string, start, end int) bool {
	for _, c := range clearanceCues {
		for j := wordIndex(k, c, 0); j >= 0; j = wordIndex(k, c, j+len(c)) {
			var between string
			switch {
			case j >= end:
				between = k[end:j]
			case j+len(c) <= start:
				between = k[j+len(c) : start]
			default:
				continue
			}
			if len(strings.Fields(between)) <= clearanceCueReach {
				return true
			}
		}
	}
	return false
}

// wordsAt is the m words of s from its n-th (from 0), split at spaces
// and joined by one, without the punctuation around them; or "".
func wordsAt(s string, n, m int) string {
	f := strings.Fields(s)
	if n+m > len(f) {
		return ""
	}
	return strings.Trim(strings.Join(f[n:n+m], " "), ".,;:()")
}

// nthWord is the n-th word of s (from 0), split at spaces, or "".
func nthWord(s string, n int) string {
	for i, w := range strings.Fields(s) {
		if i == n {
			return w
		}
	}
	return ""
}

func isKeyLetter(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// indexFold is the byte index of the first match of the ASCII key in s,
// ignoring case, or -1. A byte test finds where the key's first letter
// stands, in either case, before the whole key is compared.
//
// The candidates are the bytes c with c|0x20 equal to the key's first
// byte so lowered: that byte and the one without the 0x20 bit, the
// letter in either case. Each is found with IndexByte, which reads many
// bytes a step (a byte loop over every paragraph was a tenth of the
// vacancy test), and looked for again only once passed.
func indexFold(s, key string) int {
	if key == "" {
		return 0
	}
	end := len(s) - len(key) + 1 // a match starts before end
	if end <= 0 {
		return -1
	}
	lo := key[0] | 0x20
	up := lo &^ 0x20
	nl, nu := indexByteFrom(s[:end], 0, lo), indexByteFrom(s[:end], 0, up)
	for nl >= 0 || nu >= 0 {
		i := nl
		if i < 0 || nu >= 0 && nu < i {
			i = nu
		}
		if strings.EqualFold(s[i:i+len(key)], key) {
			return i
		}
		if i == nl {
			nl = indexByteFrom(s[:end], i+1, lo)
		} else {
			nu = indexByteFrom(s[:end], i+1, up)
		}
	}
	return -1
}

// indexByteFrom is the index in s of the first c at or after from, or -1.
func indexByteFrom(s string, from int, c byte) int {
	if j := strings.IndexByte(s[from:], c); j >= 0 {
		return from + j
	}
	return -1
}

// NamesNationals reports a text about the nationals who may apply ("…from
// nationals of the nations which take part…", "ressortissants des pays
// membres").
func NamesNationals(text string) bool {
	return containsFold(text, "national", "ressortissant") && keyHas(text, nationalsWords)
}

// IsWhoMayApply reports a condition on who may apply, not on what a
// candidate brings: a nationality, an age, civic rights, good conduct,
// military service ("être âgé de 38 ans au plus", "enjoy full rights as
// a citizen").
func IsWhoMayApply(text string) bool {
	return NamesNationals(text) || keyHas(text, whoMayApplyPhrases)
}

// IsBareNeed reports a value that says a thing is needed without saying
// which ("Required", "Oui"): no clearance's level.
func IsBareNeed(value string) bool { return keyIn(bareNeeds, value) }

// diplomaStems name a diploma or experience, the criteria that only a
// list of requirements holds (lower case, folded; both languages).
var diplomaStems = []string{"degree", "diploma", "bachelor", "master", "phd", "doctorate", "experience",
	"diplome", "baccalaureat", "bachelier", "licence", "doctorat"}

// NamesDiplomaOrExperience reports a criterion that asks for a diploma or
// for experience: "Bachelor's degree in…", "Au moins cinq ans
// d'expérience…".
func NamesDiplomaOrExperience(text string) bool { return keyHas(text, diplomaStems) }

// estimateWords say a figure is a job board's estimate, not the
// employer's ("Estimated salary range (Impactpool insight)", "Salary
// estimate", "Estimation salariale"). Keys are normalised with normKey.
// An employer's own "Total Estimated monthly remuneration" is no board's.
var estimateWords = []string{"salary estimate", "estimated salary", "estimated pay", "pay estimate",
	"estimation salariale", "salaire estime", "not provided by the employer"}

// IsEstimate reports a salary's label or value that says a job board
// estimated it.
func IsEstimate(text string) bool {
	return containsFold(text, "stim", "STIM") && keyHas(text, estimateWords)
}

// maxAssetEnding bounds, in bytes, the end of a criterion that says it is
// only an asset: "would be considered an asset".
const maxAssetEnding = 40

// CellWeight returns a criterion without the weight a table's column
// wrote after it ("Master's degree in transportation or land-use
// planning Asset" → the degree, "desirable"), and that weight; or the
// criterion and "". The criterion must be one on its own, of
// minWeighedWords words at least: "English essential" is a language
// requirement's line, no criterion and its cell.
func CellWeight(item string) (criterion, weight string) {
	t := strings.TrimRight(item, " \t")
	i := strings.LastIndexAny(t, " \t")
	if i < 0 {
		return item, ""
	}
	// (A weight in capitals, as a cell writes it: "… is desirable" ends
	// a sentence.)
	w := stream.Weight(t[i+1:])
	ok := w != "" && words.StartsUpper(t[i+1:])
	c := strings.TrimRight(t[:i], " \t")
	if !ok || words.CountAtMost(c, minWeighedWords) < minWeighedWords || strings.HasSuffix(c, "-") || strings.HasSuffix(c, ":") ||
		HasClauseWord(c[strings.LastIndexByte(c, ' ')+1:]) {
		// ("Permis B - Véhicule léger - Souhaité"; "… is Required", a
		// verb before it: the weight run in.)
		return item, ""
	}
	return c, w
}

// LeadWeight returns a criterion without the weight it opens with
// ("Essential: Completed secondary education…" → the education,
// "essential"; "Souhaitable : Connaissance de l'espagnol…" →
// "desirable"), and that weight; or the criterion and "". What follows
// the weight must be a criterion on its own, of minLeadWeighedWords
// words at least: "Required: English (4 - Excellent)" is a language's
// level.
func LeadWeight(item string) (criterion, weight string) {
	i := strings.IndexByte(item, ':')
	if i <= 0 || i > maxAssetLeadBytes {
		return item, ""
	}
	lead := strings.TrimSpace(item[:i])
	w := stream.Weight(lead)
	c := strings.TrimSpace(item[i+1:])
	if w == "" || !words.StartsUpper(lead) || keyIn(keptLeads, lead) || words.CountAtMost(c, minLeadWeighedWords) < minLeadWeighedWords {
		return item, ""
	}
	return c, w
}

// TopicWeight returns a criterion without the topic and the weight it
// opens with, the weight in brackets or as a second label ("Education
// (required): A university degree…", "Work experience (desirable)
// Experience working with…", glued so by a board, "Languages:
// Essential: Excellent command of English…"), and that weight; or the
// criterion and "". A topic that states its weight so is a criterion's
// whatever the list around it, unlike a weight alone (LeadWeight). Only
// a topic that is a heading of criteria goes from the criterion: "Python
// (required): three years…" names the skill the criterion is about, and
// keeps it, with its weight read.
func (v *Vocabulary) TopicWeight(item string) (criterion, weight string) {
	end := min(len(item), maxTopicLeadBytes)
	var topic, w, c string
	if open := strings.IndexByte(item[:end], '('); open > 0 {
		shut := strings.IndexByte(item[open:end], ')')
		if shut < 0 {
			return item, ""
		}
		topic, w = item[:open], stream.Weight(item[open+1:open+shut])
		c = strings.TrimLeft(item[open+shut+1:], " :")
	} else if i := strings.IndexByte(item[:end], ':'); i > 0 {
		j := strings.IndexByte(item[i+1:], ':')
		if j <= 0 || j > maxAssetLeadBytes {
			return item, ""
		}
		topic, w = item[:i], stream.Weight(strings.TrimSpace(item[i+1:i+1+j]))
		c = strings.TrimSpace(item[i+2+j:])
	}
	topic = strings.TrimSpace(topic)
	if w == "" || !words.StartsUpper(topic) || stream.Weight(topic) != "" || words.CountAtMost(topic, maxTopicWords+1) > maxTopicWords ||
		!words.StartsUpper(c) || words.CountAtMost(c, minTopicWeighedWords) < minTopicWeighedWords {
		return item, ""
	}
	// ("English (Essential) French (Desirable)": a row of weighed
	// topics, each its own, the rest's first word weighed in brackets
	// too.)
	if sp := strings.IndexByte(c, ' '); sp > 0 && strings.HasPrefix(c[sp+1:], "(") {
		if shut := strings.IndexByte(c[sp+1:], ')'); shut > 0 && stream.Weight(c[sp+2:sp+1+shut]) != "" {
			return item, ""
		}
	}
	if kind, ok := v.Heading(topic); !ok || !stream.IsCriteriaKind(kind) {
		return item, w // "Python (required): …": the topic is the criterion's own
	}
	return c, w
}

// minTopicWeighedWords is how many words a criterion has after a topic
// and its weight: "Excellent knowledge of English."
const minTopicWeighedWords = 3

// maxTopicLeadBytes bounds a topic and the weight in brackets after it:
// "Technical and functional experience (desirable)".
const maxTopicLeadBytes = 56

// maxTopicWords bounds the topic a weight follows: "Technical and
// functional experience".
const maxTopicWords = 4

// minLeadWeighedWords is how many words a criterion has after the weight
// it opens with.
const minLeadWeighedWords = 5

// minWeighedWords is how many words a criterion has before the weight a
// table's column wrote after it.
const minWeighedWords = 4

// IsAssetItem reports a criterion of one sentence that says it is only an
// asset: "Incident Management System certification is an asset", "Une
// expérience … constitue un atout". A longer criterion with an asset
// sentence in it stays what its list says.
func IsAssetItem(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), " .;")
	// "Un plus : de bonnes connaissances de l'allemand", "Asset: …": a
	// run-in mark before the criterion.
	if i := strings.IndexByte(t, ':'); i > 0 && i <= maxAssetLeadBytes && keyIn(assetLeads, t[:i]) {
		return true
	}
	// "Connaissance de l'espagnol, un atout": the asset said after a
	// comma, without a verb.
	if c := strings.LastIndex(t, ", "); c > 0 && len(t)-c <= maxAssetLeadBytes && keyIn(assetAppositions, t[c+2:]) {
		return true
	}
	if strings.Contains(t, ". ") || strings.Contains(t, "; ") || !containsFold(t[max(0, len(t)-maxAssetEnding):], "asset", "atout", "vantage", "sirable", "souhaitable", "plus", "appr") {
		return false
	}
	return keyMatch(t, assetEndings, keyHasSuffix)
}

// maxAssetLeadBytes bounds a run-in asset mark: "Would be a plus".
const maxAssetLeadBytes = 24

// siteName returns the employer a careers site's name holds: "City of
// Ottawa Jobs" is the City of Ottawa's, "Emplois à la Ville d'Ottawa"
// the Ville d'Ottawa's.
func siteName(name string) string {
	t := strings.TrimSpace(name)
	low := strings.ToLower(t)
	for _, a := range siteNamePrefixes {
		if strings.HasPrefix(low, a) && len(t) > len(a) {
			t = strings.TrimSpace(t[len(a):])
			break
		}
	}
	// "City of Ottawa Jobs": a careers word after the name.
	if i := strings.LastIndexByte(t, ' '); i > 0 && keyIn(careersWords, t[i+1:]) {
		t = strings.TrimSpace(t[:i])
	}
	return t
}

// minInitialsName is how many initials an acronym needs to name an
// employer on its own.
const minInitialsName = 4

// maxAcronymNameWords bounds a name written out before its acronym:
// "Organisation des Nations Unies pour l'alimentation et l'agriculture".
const maxAcronymNameWords = 14

// nameBeforeAcronym reads the name a paragraph opens with when its
// acronym follows it in parentheses: "The Defence Innovation Accelerator
// for the North Atlantic (DIANA) is…", "L'Organisation des Nations Unies
// pour l'alimentation et l'agriculture (FAO) recrute…". The name holds
// an employer's word, or the acronym is its initials; or "".
func nameBeforeAcronym(t string) string {
	t, _ = cutArticle(t)
	open := strings.IndexByte(t, '(')
	if open <= 0 || !words.StartsUpper(t) {
		return ""
	}
	name := strings.TrimSpace(t[:open])
	shut := strings.IndexByte(t[open:], ')')
	if shut > 0 {
		// A name at the end of a sentence, when its acronym spells it
		// and not the sentence ("The Data Analyst joins the
		// headquarters of the World Organisation for Animal Health
		// (WOAH)").
		acr := strings.ReplaceAll(t[open+1:open+shut], " ", "")
		if run := capitalisedRun(name); run != "" && run != name && initialsOf(run) == acr && initialsOf(name) != acr {
			name = run
		} else if initialsOf(name) != acr {
			// "The General Manager of the Port Authority of Douala
			// (PAD)": the words the acronym spells, not the office
			// before them.
			fs := strings.Fields(name)
			for k := 1; k < len(fs); k++ {
				if !isNameJoiner(fs[k-1]) {
					continue // a name opens after "of the", "de la"
				}
				if tail := strings.Join(fs[k:], " "); words.StartsUpper(fs[k]) && initialsOf(tail) == acr {
					name = tail
					break
				}
			}
		}
	}
	// One comma may join the parts of a name: "Non-Public Funds,
	// Canadian Forces (NPF)".
	unjoined := name
	if a, b, ok := strings.Cut(name, ", "); ok && words.StartsUpper(b) {
		unjoined = a + " " + b
	}
	if shut < 0 || shut > maxAcronymBytes+1 || strings.ContainsAny(unjoined, ",.;:!?") ||
		words.CountAtMost(name, maxAcronymNameWords+1) > maxAcronymNameWords {
		return ""
	}
	acronym := t[open+1 : open+shut]
	fs := strings.Fields(name)
	if len(fs) == 0 {
		return ""
	}
	head := false
	for _, w := range fs {
		head = head || words.StartsUpper(w) && isOrganisationHead(w)
	}
	// "(Eurofound)", "(Frontex)": a body's short name in one word, not
	// in capitals, after a name with an employer's word.
	if !isAcronym(acronym) && !(head && isOneWordName(acronym)) {
		return ""
	}
	// Without an employer's word, the acronym must spell a long name's
	// initials: three letters are too often a system's or a unit's
	// ("Enterprise Resource Planning (ERP)").
	if initials := initialsOf(name); !head && (len(initials) < minInitialsName || initials != strings.ReplaceAll(acronym, " ", "")) {
		return ""
	}
	if isUnitWord(fs[0]) {
		return "" // "Division of Conference Services (DCS)"
	}
	if NamesUnit(name) {
		// "The Air Navigation Bureau (ANB) of the International Civil
		// Aviation Organization (ICAO) provides…": the body the unit is
		// part of, when the sentence names it with its acronym.
		rest := strings.TrimSpace(t[open+shut+1:])
		for _, of := range unitOfWords {
			if r, ok := strings.CutPrefix(rest, of); ok {
				if body := nameBeforeAcronym(r); body != "" && !NamesUnit(body) {
					return body
				}
				break
			}
		}
	}
	return name + " (" + acronym + ")"
}

// maxAcronymLetters bounds an acronym spelled out by the words before it.
const maxAcronymLetters = 8

// SpelledAcronym returns the name an acronym stands for in text, the words
// right before "(ACR)" whose initials spell it, in order and without
// their accents: "At Export Development Canada (EDC), we…" → "Export
// Development Canada"; "l'École supérieure multinationale des
// télécommunications (ESMT)" → "École supérieure multinationale des
// télécommunications"; "The Commonwealth of Learning (COL)" →
// "Commonwealth of Learning". A word in small letters whose initial the
// acronym does not need stands between two that spell it ("Institut
// national de recherche pour l'agriculture…" for INRAE); or "".
func SpelledAcronym(text, acr string) string {
	if n := utf8.RuneCountInString(acr); n < 2 || n > maxAcronymLetters || !isAcronym(acr) || strings.Contains(acr, " ") {
		return ""
	}
	need := []rune(strings.ToLower(acr))
	for at := 0; ; {
		i := strings.Index(text[at:], "("+acr+")")
		if i < 0 {
			return ""
		}
		i += at
		at = i + len(acr) + 2
		// Only the words a name can hold are read before the
		// parenthesis, not the whole text before it.
		fs := lastFields(text[max(0, i-maxAcronymNameBytes):i], maxAcronymNameWords)
		if len(fs) == 0 {
			continue
		}
		var memo spellMemo
		if start := memo.spellsFrom(fs, len(fs), need, 0); start >= 0 {
			first, _ := cutElision(fs[start])
			return strings.TrimRight(strings.Join(append([]string{first}, fs[start+1:]...), " "), ",;")
		}
	}
}

// maxAcronymNameBytes bounds the text read before an acronym for its
// name: fourteen words and more.
const maxAcronymNameBytes = 240

// lastFields returns the last n words of text at most.
func lastFields(text string, n int) []string {
	fs := strings.Fields(text)
	if len(fs) > n {
		fs = fs[len(fs)-n:]
	}
	return fs
}

// spellMemo remembers spellsFrom's answers, by the words left, the
// letters left and the words skipped in a row: without it, a run of
// words that each may give a letter or be skipped is tried every way.
type spellMemo struct {
	seen [maxAcronymNameWords + 1][maxAcronymLetters + 1][maxSkippedNameWords + 1]bool
	at   [maxAcronymNameWords + 1][maxAcronymLetters + 1][maxSkippedNameWords + 1]int
}

// spellsFrom returns where the words of fs before end start that spell
// need with their initials, the first capitalised, or -1. A word may
// give the next letter or, when it is a joining word or in small
// letters, be skipped, maxSkippedNameWords in a row at most: both are
// tried, as "et" may spell the E of "Exportation et développement Canada
// (EDC)" or stand between its words. skipped is how many words were
// skipped just before end. (fs holds maxAcronymNameWords words and need
// maxAcronymLetters letters at most.)
func (m *spellMemo) spellsFrom(fs []string, end int, need []rune, skipped int) int {
	if m.seen[end][len(need)][skipped] {
		return m.at[end][len(need)][skipped]
	}
	r := m.spell(fs, end, need, skipped)
	m.seen[end][len(need)][skipped], m.at[end][len(need)][skipped] = true, r
	return r
}

func (m *spellMemo) spell(fs []string, end int, need []rune, skipped int) int {
	if len(need) == 0 {
		if end < len(fs) {
			if first, _ := cutElision(fs[end]); words.StartsUpper(first) {
				return end
			}
		}
		return -1
	}
	if end == 0 {
		return -1
	}
	w := strings.Trim(fs[end-1], ",;")
	if nameInitial(w) == need[len(need)-1] {
		if start := m.spellsFrom(fs, end-1, need[:len(need)-1], 0); start >= 0 {
			return start
		}
	}
	if skipped < maxSkippedNameWords && (w == "" || w == "&" || isNameJoiner(w) || isElidedName(w) || words.StartsLower(w)) {
		return m.spellsFrom(fs, end-1, need, skipped+1)
	}
	return -1
}

// maxSkippedNameWords is how many words in a row may stand between two
// words that spell an acronym: "Institut national de recherche pour
// l'agriculture" has two.
const maxSkippedNameWords = 2

// nameInitial returns the first letter of a name's word in small letters
// and without its accent, after an elided article ("l'agriculture" →
// 'a', "École" → 'e').
func nameInitial(w string) rune {
	w, _ = cutElision(w)
	r, _ := utf8.DecodeRuneInString(w)
	if f, ok := foldRune(r); ok {
		r, _ = utf8.DecodeRuneInString(f)
	}
	return unicode.ToLower(r)
}

// isOneWordName reports a capitalised word of letters: "Eurofound".
func isOneWordName(s string) bool {
	if !words.StartsUpper(s) || strings.ContainsAny(s, " -") {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// capitalisedRun returns the words a name before its acronym is made of:
// the capitalised words and the small words between them that end the
// text, "The Data Analyst joins the headquarters of the World
// Organisation for Animal Health" → "World Organisation for Animal
// Health". A word that ends with a comma ends a clause before the name,
// not a word of it: "Founded in 1909, the World Road Association".
func capitalisedRun(text string) string {
	fs := strings.Fields(text)
	start := len(fs)
	for start > 0 && !strings.HasSuffix(fs[start-1], ",") &&
		(words.StartsUpper(fs[start-1]) || isNameJoiner(fs[start-1]) || isElidedName(fs[start-1])) {
		start--
	}
	for start < len(fs) && isNameJoiner(fs[start]) {
		start++
	}
	return strings.Join(fs[start:], " ")
}

// maxNameQualifiers bounds the lower-case words that qualify the head of
// a French name: "Collège militaire royal de Saint-Jean".
const maxNameQualifiers = 2

// SiteOrganisation returns the employer a site's banner names before its
// other words: "European Parliament · Recruitment of temporary and
// contract staff", "City of Ottawa Jobs"; or "".
func SiteOrganisation(text string) string {
	t := strings.TrimSpace(text)
	for _, sep := range [...]string{" | ", " · ", " – ", " - "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
			break
		}
	}
	if t = siteName(t); IsOrganisationLine(t) {
		return t
	}
	return CareersSiteName(text)
}

// maxSiteNameWords bounds the name a careers site's banner gives before
// its careers word: "Université de Montréal", "VIA Rail Canada".
const maxSiteNameWords = 5

// beforeGlue returns a word up to a capital glued after a small letter
// ("JobsNos" → "Jobs"), or the word.
func beforeGlue(w string) string {
	prev := ' '
	for i, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return w[:i]
		}
		prev = r
	}
	return w
}

// CareersSiteName returns the name a careers site's banner prints before
// its careers word, whatever the name's words: "Canada Post | Careers",
// "VIA Rail Canada - Carrières", "Desjardins Carrières Rechercher des
// emplois", "Inria · Job offers · …". A careers site is the employer's
// own: the name is the employer's. Or "", as for the site's link to its
// list of posts ("All jobs Life at Proparco FR").
func CareersSiteName(text string) string {
	ps := parts(text)
	if len(ps) == 0 {
		return ""
	}
	var buf [maxNavLinkBytes]byte
	if hasNavLinkPrefix(appendNormKey(buf[:0], ps[0])) {
		return "" // "All jobs › Engineering": the site's link to its list, no name
	}
	fs := strings.Fields(ps[0])
	end := -1
	switch {
	case len(ps) > 1 && isCareersWords(ps[1]):
		end = len(fs) // "Canada Post | Careers"
	default:
		for i := 1; i < len(fs) && i <= maxSiteNameWords; i++ {
			// ("SNCB JobsNos métiers…": the menu glued to the careers
			// word.)
			if isCareersWords(fs[i]) || isCareersWords(beforeGlue(fs[i])) {
				end = i // "Desjardins Carrières Rechercher…"
				break
			}
		}
	}
	if end <= 0 || end > maxSiteNameWords {
		return ""
	}
	// "Emplois & carrière": the words before the careers word join it,
	// and careers words name no employer.
	for end > 0 && (fs[end-1] == "&" || isNameJoiner(fs[end-1]) || strings.EqualFold(fs[end-1], "and") || strings.EqualFold(fs[end-1], "et")) {
		end--
	}
	if end == 0 {
		return ""
	}
	name := strings.Join(fs[:end], " ")
	if !words.StartsUpper(name) || IsFurniture(name) || isCareersWords(name) || strings.ContainsAny(name, "0123456789:") || isUnitWord(fs[0]) {
		return ""
	}
	return name
}

// isCareersWords reports a word or part that names a site's careers
// pages: "Careers", "Carrières", "Job offers", "Emplois".
func isCareersWords(s string) bool {
	k := normKey(s)
	for _, w := range careersWords {
		if k == w || strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	return false
}

// IsColumnHeader reports the header of a table's column of descriptions:
// "Description", "Définition".
func IsColumnHeader(text string) bool {
	if len(text) > len("Description ") {
		return false
	}
	switch normKey(text) {
	case "description", "definition", "descriptif", "details":
		return true
	}
	return false
}

// AsksDocumentKind reports a label that asks what kind of document a
// document is (documentKindLabels): "Document type:", "Objet :".
func AsksDocumentKind(label string) bool {
	return len(label) <= maxKeyBytes && keyIn(documentKindLabels, strings.TrimRight(strings.TrimSpace(label), " :"))
}

// SaysNoEmploymentAfter reports a text that says what the document
// offers leads to no job (noEmploymentAfterPhrases).
func SaysNoEmploymentAfter(text string) bool {
	_, noJob := SaysNoPost(text)
	return noJob
}

// SaysNoPost reports, in one pass over a text that is asked both, what
// SaysNotAVacancy and SaysNoEmploymentAfter report: their phrases share
// one set of fragments (notVacancyAnchors), and nearly every paragraph
// holds none.
func SaysNoPost(text string) (notAVacancy, noJobAfter bool) {
	if !notVacancyAnchors.any(text) && !denialAnchors.any(text) {
		return false, false
	}
	return saysNotAVacancy(text), keyHas(text, noEmploymentAfterPhrases)
}

// StatesWorkingLanguages reports a sentence that states an employer's
// working languages ("English and French are the working languages of
// the United Nations Secretariat.", "Le français et l'anglais sont les
// langues de travail du Secrétariat."), not one that asks for them
// ("Fluency in English and French, the working languages of the
// Organization, is required.").
func StatesWorkingLanguages(sentence string) bool {
	return keyHas(sentence, workingLanguagesPhrases)
}

// SaysNotAVacancy reports a text that says the document offers no post.
func SaysNotAVacancy(text string) bool {
	// Every paragraph of a document is asked: a search for the
	// phrases' own fragments, in lower case or capitals, spares nearly
	// all of them the key. The fragments are looked for in one pass
	// (notVacancyAnchors), not a search each.
	if !notVacancyAnchors.any(text) && !denialAnchors.any(text) {
		return false
	}
	return saysNotAVacancy(text)
}

// saysNotAVacancy is SaysNotAVacancy past its fragments' gate.
func saysNotAVacancy(text string) bool {
	// "It is not a WMO vacancy": a name may stand between the article
	// and the noun.
	return keyHas(text, notVacancyPhrases) || keyMatch(text, recruitsNoOnePhrases, keyContainsClauseEnd) ||
		(strings.Contains(text, "acanc") || strings.Contains(text, "offre d") || strings.Contains(text, "offres d")) && reNotAVacancy().MatchString(text)
}

// DeniesPost reports a text that says, in its own words, that the
// document offers no post (denialLeads): "Le présent appel ne concerne
// aucun poste vacant", "This page does not contain any vacancy". Asked
// of a document's top only: its fine print may say the like of a post it
// offers.
func DeniesPost(text string) bool {
	if !denialAnchors.any(text) {
		return false
	}
	var buf [256]byte
	k := appendNormKey(buf[:0], text)
	return leadThenNoun(k, denialLeads, denialNouns, maxDenialSkip) || leadThenNoun(k, denialLeadsNear, denialNearNouns, 0) ||
		keyMatch(text, denialClauses, keyContainsClauseEnd)
}

// maxDenialSkip is how many words may stand between a denial's lead and
// its noun: "aucun [poste] vacant", "any [particular] job".
const maxDenialSkip = 2

// leadThenNoun reports a key in which one of leads, at a word's start,
// is followed by one of nouns, a whole word or words, after at most skip
// words.
func leadThenNoun(k []byte, leads, nouns []string, skip int) bool {
	for _, l := range leads {
		for from := 0; from < len(k); {
			i := bytes.Index(k[from:], []byte(l))
			if i < 0 {
				break
			}
			at := from + i
			from = at + 1
			if at > 0 && k[at-1] != ' ' {
				continue
			}
			rest := k[at+len(l):]
			for s := 0; s <= skip && len(rest) > 0 && rest[0] == ' '; s++ {
				rest = rest[1:]
				for _, n := range nouns {
					if bytes.HasPrefix(rest, []byte(n)) && (len(rest) == len(n) || !isKeyWordByte(rest[len(n)]) && rest[len(n)] != '\'' && rest[len(n)] != '-') {
						return true
					}
				}
				j := bytes.IndexByte(rest, ' ')
				if j < 0 {
					break
				}
				rest = rest[j:]
			}
		}
	}
	return false
}

var denialAnchors = newAnchorSet(denialFragments)

// denialFragments are parts of denialLeads, denialLeadsNear and
// denialClauses, and of the phrases of recruitsNoOnePhrases and
// notVacancyPhrases that notVacancyFragments lack, as texts write them
// (an anchor set folds ASCII capitals):
// few and short, for the set is built at each run's start, at a cost
// that grows steeply with its anchors.
var denialFragments = []string{"aucun", "AUCUN", "onstitue", "ONSTITUE", "as un appel", "s not", "o not", "dvertises no", "o link to",
	"here is no", "here are no", "y a pas d", "Y A PAS D", "o vacanc", "o position", "o current", "e concerne ni", "e porte ni", "oncerns neither"}

var notVacancyAnchors = newAnchorSet(notVacancyFragments)

// reNotAVacancy says a document is no vacancy with a word or two between
// the article and the noun, or a word that says real without one: "is
// not a WMO vacancy", "n'est pas une véritable offre d'emploi", "are not
// real vacancies" (not "are not published in vacancy notices").
var reNotAVacancy = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:is|are|est|sont)\s+(?:\*\*)?(?:not|pas)(?:\*\*)?\s+(?:(?:a|an|un|une)\s+(?:[\p{L}'-]+\s+){0,2}|(?:de\s+|des\s+)?(?:real|actual|genuine|vraies?|v[ée]ritables?|r[ée]elles?)\s+)(?:vacancy|vacancies|offres? d'emploi|avis de vacance)\b`)
})

// notVacancyFragments are parts of notVacancyPhrases as texts write
// them, in lower case and in capitals.
var notVacancyFragments = []string{"ot a ", "OT A ", "pplications will be accepted", "PPLICATIONS WILL BE ACCEPTED", "pplication is accepted", "PPLICATION IS ACCEPTED", "ot for publication", "OT FOR PUBLICATION", "e pas publier", "E PAS PUBLIER", "e pas diffuser", "E PAS DIFFUSER",
	"as un", "AS UN", "ucune candidature", "UCUNE CANDIDATURE", "agit pas d", "oes not concern", "OES NOT CONCERN", "ot an ", "OT AN ",
	"e concerne pas", "E CONCERNE PAS", "ot job", "OT JOB", "OT a ", "OT an ",
	"ny resemblance", "NY RESEMBLANCE", "oute ressemblance", "OUTE RESSEMBLANCE", "n the imagination", "N THE IMAGINATION",
	"ans l'imagination", "ANS L'IMAGINATION", "as rémun", "AS RÉMUN", "as remun", "as des emplois", "AS DES EMPLOIS", "ecrute personne", "ECRUTE PERSONNE", "ecruiting anyone", "ECRUITING ANYONE", "ecruit anyone", "ECRUIT ANYONE",
	"ead to employment", "EAD TO EMPLOYMENT", "ead to a job", "EAD TO A JOB", "ight to employment", "IGHT TO EMPLOYMENT",
	"roit à aucun emploi", "ROIT À AUCUN EMPLOI", "roit a aucun emploi", "roit à un emploi", "ROIT À UN EMPLOI", "roit a un emploi", "ot the job", "OT THE JOB", "as l'offre", "AS L'OFFRE", "as l'annonce", "AS L'ANNONCE", "ot vacanc", "OT VACANC", "as des offres", "AS DES OFFRES",
	"nnonce aucun", "NNONCE AUCUN", "oes not advertise", "OES NOT ADVERTISE", "ot for a specific", "OT FOR A SPECIFIC",
	"as publi", "AS PUBLI", "ot published", "OT PUBLISHED", "ot advertised", "OT ADVERTISED",
	"eux-m", "EUX-M", "hemselves are", "HEMSELVES ARE", "o post is", "O POST IS", "o position is", "O POSITION IS",
	"ucun poste n", "UCUN POSTE N", "ette page pr", "ETTE PAGE PR", "his page presents", "HIS PAGE PRESENTS",
	"orrespond à aucun", "ORRESPOND À AUCUN", "orrespond a aucun", "orrespond pas", "ORRESPOND PAS", "orrespond to", "ORRESPOND TO",
	"ot linked to", "OT LINKED TO", "ot constitute", "OT CONSTITUTE", "ot itself", "OT ITSELF", "o vacancy is", "O VACANCY IS", "re listed", "RE LISTED", "ont listé", "ONT LISTÉ", "ont liste",
	"uvre droit", "UVRE DROIT", "uvre pas droit", "UVRE PAS DROIT", "oes not lead", "OES NOT LEAD", "oes not give any right", "OES NOT GIVE ANY RIGHT",
	"oes not announce", "OES NOT ANNOUNCE", "nnonce pas", "NNONCE PAS", "oes not itself announce", "OES NOT ITSELF ANNOUNCE",
	"nnonce elle-m", "NNONCE ELLE-M", "nnonce lui-m", "NNONCE LUI-M", "as been filled", "AS BEEN FILLED",
	"té pourvu", "TÉ POURVU", "te pourvu", "TE POURVU", "st pourvu", "ST POURVU", "ublie aucune", "UBLIE AUCUNE",
	"ublishes no", "UBLISHES NO", "oes not publish", "OES NOT PUBLISH", "non d'un emploi", "NON D'UN EMPLOI",
	"non un emploi", "NON UN EMPLOI", "nd not employment", "ND NOT EMPLOYMENT", "onction bén", "ONCTION BÉN", "onction ben",
	"ONCTION BEN", "oste bén", "OSTE BÉN", "oste ben", "OSTE BEN", "mploie aucun", "MPLOIE AUCUN", "mploys no", "MPLOYS NO",
	"npaid", "NPAID", "urrently filled", "URRENTLY FILLED", "ctuellement pourvu", "CTUELLEMENT POURVU", "ot advertising", "OT ADVERTISING",
	"i une offre", "I UNE OFFRE", "i un avis", "I UN AVIS", "nor a job", "NOR A JOB", "nor a vacancy", "NOR A VACANCY",
	"i d'un avis", "I D'UN AVIS", "i d'une offre", "I D'UNE OFFRE", "either a vacancy", "EITHER A VACANCY", "either a job", "EITHER A JOB",
	"oes not invite", "OES NOT INVITE", "nvite pas", "NVITE PAS", "ollicite pas", "OLLICITE PAS",
	"ot real", "OT REAL", "ot actual", "OT ACTUAL", "ot genuine", "OT GENUINE", "as de v", "AS DE V", "as des v", "AS DES V", "as de r", "AS DE R",
	"ROGRAMME NE CONSTITUE", "rogramme ne constitue", "rogramme does not constitute", "ROGRAMME DOES NOT CONSTITUTE", "rogram does not constitute",
	"ourse ne constitue", "ourses ne constitue", "ellowship does not constitute"}

// keyHas reports whether the key of text holds one of phrases (keys
// themselves), built in a buffer on the stack for a text of usual length.
func keyHas(text string, phrases []string) bool { return keyMatch(text, phrases, keyContains) }

// keyMatch reports whether the key of text and one of phrases (keys
// themselves) match by match: bytes.Contains, HasPrefix or HasSuffix.
func keyMatch(text string, phrases []string, match func(k []byte, p string) bool) bool {
	var buf [256]byte
	k := appendNormKey(buf[:0], text)
	for _, p := range phrases {
		if match(k, p) {
			return true
		}
	}
	return false
}

// keyHasPrefix, keyHasSuffix and keyContains are bytes.HasPrefix,
// HasSuffix and Contains for a phrase given as a string: converting each
// phrase to bytes allocated on every call.
func keyHasPrefix(k []byte, p string) bool { return len(k) >= len(p) && string(k[:len(p)]) == p }

func keyHasSuffix(k []byte, p string) bool {
	return len(k) >= len(p) && string(k[len(k)-len(p):]) == p
}

// keyContainsClauseEnd reports p in k where it ends a clause: at the
// key's end, before a stop, a colon, a semicolon or a comma, or before a
// conjunction that opens another clause (coordinated).
func keyContainsClauseEnd(k []byte, p string) bool {
	for i := bytes.Index(k, []byte(p)); i >= 0; {
		end := i + len(p)
		if end == len(k) || strings.IndexByte(".;:,!", k[end]) >= 0 || end+1 < len(k) && k[end] == ' ' && strings.IndexByte(".;:,!", k[end+1]) >= 0 ||
			coordinated(k[end:]) {
			return true
		}
		j := bytes.Index(k[end:], []byte(p))
		if j < 0 {
			return false
		}
		i = end + j
	}
	return false
}

// coordinated reports a key's rest that opens with a conjunction that
// joins another clause: " and no one should…", " et personne…".
func coordinated(rest []byte) bool {
	for _, c := range clauseConjunctions {
		if bytes.HasPrefix(rest, []byte(c)) {
			return true
		}
	}
	return false
}

// keyContainsWord reports p in k as whole words: no letter or digit
// just before or just after it.
func keyContainsWord(k []byte, p string) bool {
	for i := 0; i+len(p) <= len(k); {
		j := bytes.Index(k[i:], []byte(p))
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(p)
		if (at == 0 || !isKeyWordByte(k[at-1])) && (end == len(k) || !isKeyWordByte(k[end])) {
			return true
		}
		i = at + 1
	}
	return false
}

// isKeyWordByte reports a byte of a word in a key: a letter or a digit
// (a key's letters are in lower case, a letter outside ASCII a byte from
// 0x80).
func isKeyWordByte(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80 }

func keyContains(k []byte, p string) bool {
	if p == "" {
		return true
	}
	// The phrase's first byte is looked for with IndexByte, which reads
	// many bytes a step: most of a key holds none, and a byte-by-byte
	// loop over a 120-byte key for each of two dozen stems was most of
	// IsQualificationItem's cost.
	last := len(k) - len(p) // the last start a match can have
	for i := 0; i <= last; i++ {
		j := bytes.IndexByte(k[i:last+1], p[0])
		if j < 0 {
			return false
		}
		i += j
		if string(k[i:i+len(p)]) == p {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds one of the ASCII stems, in any
// case: a cheap test before a text is normalised.
func containsFold(s string, stems ...string) bool {
	for _, st := range stems {
		if indexFold(s, st) >= 0 {
			return true
		}
	}
	return false
}

// IsOfferNoun reports a word, in lower case, for what a reference
// numbers: "offre", "vacancy".
func IsOfferNoun(w string) bool { return slices.Contains(offerNouns, w) }

// MayNameQuestions is a cheap test for a line that may name a page of
// questions and answers ("FAQ", "Foire aux questions"), before Genre.
func MayNameQuestions(text string) bool { return containsFold(text, questionStems...) }

// MaySeek reports a text that holds one of the phrases of an employer
// seeking someone as they are written, in small letters: a cheap test
// before AfterSeeking, which folds the text's case to read them.
//
// The text is read once, byte by byte: every phrase starts with "is " or
// "rec" (TestSeekingPhraseHeads), and only where one of those starts are
// the phrases compared. (A strings.Contains per phrase read the text ten
// times, stopping at every "i" and "r": 5 % of the parse of a small
// refused page, whose every lead paragraph this test reads.)
func MaySeek(text string) bool {
	for k := 0; k+3 <= len(text); k++ {
		switch {
		case text[k] == 'i' && text[k+1] == 's' && text[k+2] == ' ',
			text[k] == 'r' && text[k+1] == 'e' && text[k+2] == 'c':
			for _, p := range seekingPhrases {
				if strings.HasPrefix(text[k:], p) {
					return true
				}
			}
		}
	}
	return false
}

// AfterSeeking returns what follows the words of an employer seeking
// someone, "… is looking for a Data Scientist", "… recrute un(e)
// juriste": the post. ok is false when the text has none of them.
func AfterSeeking(text string) (rest string, ok bool) {
	// The phrases are lower-case ASCII, and indexFold finds them only as
	// ASCII letters in either case (no rune of several bytes folds to
	// one of them within the same bytes): they are looked for in the text
	// lower-cased once, on the stack, by the vectorised search, where
	// indexFold stopped at every "i" and "r" of the text once per phrase
	// (8 % of a small notice's parse: the vacancy test reads the start of
	// every paragraph of its lead).
	var buf [maxSeekingBytes]byte
	lower := words.AppendLowerASCII(buf[:0], text)
	for j, p := range seekingPhrases {
		if i := bytes.Index(lower, seekingPhraseBytes[j]); i >= 0 {
			if rest = strings.TrimSpace(text[i+len(p):]); rest != "" && words.StartsUpper(rest) {
				return rest, true
			}
		}
	}
	return "", false
}

// AfterRecruitLead returns what follows the last of the recruitLeads in
// a text, as a word of its own ("… se propose de recruter un
// Fonctionnaire communal (m/f)" → "Fonctionnaire communal (m/f)"), and
// whether the text holds one: rest is "" where the text ends on it, the
// post on the next line.
func AfterRecruitLead(text string) (rest string, ok bool) {
	if !strings.Contains(text, "recru") {
		return "", false // every lead holds it: most lines are let go here
	}
	at := -1
	for _, p := range recruitLeads {
		if i := strings.LastIndex(text, p); i > at && (i == 0 || text[i-1] == ' ') && (i+len(p) == len(text) || text[i+len(p)] == ' ') {
			at, rest = i, text[i+len(p):]
		}
	}
	return strings.TrimSpace(rest), at >= 0
}

// seekingPhraseBytes are seekingPhrases as bytes, for AfterSeeking.
var seekingPhraseBytes = func() [][]byte {
	ps := make([][]byte, len(seekingPhrases))
	for i, p := range seekingPhrases {
		ps[i] = []byte(p)
	}
	return ps
}()

// maxSeekingBytes is the longest text AfterSeeking lower-cases on the
// stack (the vacancy test reads 300 bytes of a paragraph); a longer one
// is lower-cased on the heap.
const maxSeekingBytes = 320

// maxShortNameBytes bounds the short name a text gives in parentheses
// after a name: "(NSHQ)", "(HQ KFOR)", "(Europol)".
const maxShortNameBytes = 20

// minCodedShortNameCaps is how many capitals a short name with a figure
// needs ("C2COE"): fewer make a grade or a code ("P-3", "G15").
const minCodedShortNameCaps = 4

// wordsCapitalised reports words that each open with a capital: a
// short name ("JCBRN Defence COE"), not a remark ("English or French").
func wordsCapitalised(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !isUpperASCII(w[0]) {
			return false
		}
	}
	return true
}

// capitalsIn counts the ASCII capitals of s.
func capitalsIn(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isUpperASCII(s[i]) {
			n++
		}
	}
	return n
}

// maxShortNameSpaces bounds the words of a short name: "NATO StratCom
// COE", three.
const maxShortNameSpaces = 2

// ShortNameAfter returns the short name text gives in parentheses right
// after name, wherever name stands in it ("The NATO Special Operations
// Headquarters (NSHQ) trains…" → "NSHQ"), or "". A short name starts with
// a capital and has at most two words and no digits: not a remark ("(the
// Agency)") or a year.
func ShortNameAfter(text, name string) string {
	for t := text; name != ""; {
		i := strings.Index(t, name)
		if i < 0 {
			return ""
		}
		t = t[i+len(name):]
		if !strings.HasPrefix(t, " (") {
			continue
		}
		j := strings.IndexByte(t, ')')
		if j <= 2 || j-2 > maxShortNameBytes {
			continue
		}
		if short := t[2:j]; isUpperASCII(short[0]) && !strings.ContainsAny(short, ",;") && strings.Count(short, " ") <= maxShortNameSpaces &&
			(!strings.ContainsAny(short, "0123456789") || capitalsIn(short) >= minCodedShortNameCaps) && wordsCapitalised(short) {
			return short
		}
	}
	return ""
}

// EmployerSubject returns the name a sentence opens with as the subject
// of one of employerVerbs, as employers write of themselves in their
// notices' opening and closing lines: "L'Université Laval souscrit à un
// programme…", "The City of Ottawa promotes…", "Hydro-Québec s'engage…",
// or "". A common noun after an article ("The Agency is…", "La Ville
// offre…") is no name. What it returns is a candidate: "Knowledge of
// French is an asset" gives one too, and callers judge it by where the
// sentence stands and what the name is made of.
func EmployerSubject(text string) string {
	t, article := cutArticle(withoutLeadClause(strings.TrimSpace(text)))
	var ws []string
	verb := false
	acronym := false // the last word was the name's acronym
	for w := range strings.FieldsSeq(t) {
		if len(ws) > 0 && isEmployerVerb(w) {
			verb = true
			break
		}
		if acronym {
			return "" // "The Defence Investment (DI) Division works…"
		}
		if len(ws) > 0 && isAcronymInParens(w) && !isUnitWord(ws[len(ws)-1]) {
			// "Mohammed VI Polytechnic University (UM6P) is…": the
			// acronym the name defines before its verb. ("The
			// Cooperation and Regional Security Division (CRS) is…"
			// names a part of a body, no employer.)
			ws, acronym = append(ws, w), true
			continue
		}
		if len(ws) == maxOrganisationWords || strings.ContainsAny(w, ",;:.!?()") ||
			!words.StartsUpper(w) && !isNameJoiner(w) && !isElidedName(w) {
			return "" // the name runs into a word that is not its verb
		}
		ws = append(ws, w)
	}
	if !verb {
		return ""
	}
	for len(ws) > 0 && isNameJoiner(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 || !words.StartsUpper(ws[0]) || keyIn(notEmployers, ws[0]) || slices.Contains(questionWords, ws[0]) {
		return ""
	}
	if len(ws) == 1 && article && !isAcronym(ws[0]) {
		return "" // "The Agency is committed…"
	}
	return strings.Join(ws, " ")
}

// NameBeforeAppositive returns the name a text opens with before a comma
// and the common noun that says what it is, as a board's box about the
// employer writes: "Royal Air Maroc, compagnie aérienne nationale,
// relie…" → "Royal Air Maroc"; "Banque Pictet & Cie SA, établissement du
// groupe Pictet…" → "Banque Pictet & Cie SA"; or "". Every word of the
// name is capitalised but its joiners, as a proper name's are: "Premier
// opérateur portuaire du Royaume, présent…" names none.
func NameBeforeAppositive(text string) string {
	head, rest, ok := strings.Cut(strings.TrimSpace(text), ", ")
	if !ok || !words.StartsLower(rest) {
		return ""
	}
	ws := strings.Fields(head)
	if len(ws) == 0 || len(ws) > maxOrganisationWords || !words.StartsUpper(ws[0]) || keyIn(notEmployers, ws[0]) {
		return ""
	}
	for _, w := range ws {
		if !words.StartsUpper(w) && !isNameJoiner(w) && !isElidedName(w) && w != "&" {
			return ""
		}
	}
	return head
}

// SubjectAfterAppositive returns the employer a sentence names as its
// subject after a description set before it by commas: "Opérateur
// historique des télécommunications au Maroc, Maroc Telecom accompagne…"
// → "Maroc Telecom"; "Palace de la médina, le Royal Mansour Marrakech
// accueille…" → "Royal Mansour Marrakech"; or "" ("…, le Groupe recrute"
// names none). Only the text's first sentence is read.
func SubjectAfterAppositive(text string) string {
	if end := strings.Index(text, ". "); end > 0 {
		text = text[:end]
	}
	rest := text
	for range maxAppositiveCommas {
		_, after, ok := strings.Cut(rest, ", ")
		if !ok {
			return ""
		}
		// ("…, le Royal Mansour Marrakech accueille…": the article
		// opens the subject as a sentence's would; only the words a
		// subject can hold are copied to capitalise it.)
		r, size := utf8.DecodeRuneInString(after)
		head := after[size:]
		if len(head) > maxSubjectLeadBytes {
			head = head[:maxSubjectLeadBytes]
		}
		if name := EmployerSubject(string(unicode.ToUpper(r)) + head); name != "" {
			return name
		}
		rest = after
	}
	return ""
}

// maxAppositiveCommas bounds the commas a sentence's subject may follow:
// an appositive or two before it ("Premier opérateur du pays, présent
// dans 12 régions, Maroc Telecom accompagne…"); a longer run is a list.
const maxAppositiveCommas = 3

// maxSubjectLeadBytes bounds what is read after a comma for the subject
// and its verb: a name and the verb that follows it.
const maxSubjectLeadBytes = 400

// isAcronymInParens reports an acronym in parentheses, as a name defines
// it: "(UM6P)", "(AfDB)", "(eu-LISA)" aside (no capital first).
func isAcronymInParens(w string) bool {
	if len(w) < 4 || w[0] != '(' || w[len(w)-1] != ')' || len(w)-2 > maxAcronymBytes {
		return false
	}
	inner := w[1 : len(w)-1]
	caps := 0
	for _, r := range inner {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r), unicode.IsDigit(r), r == '-', r == '&':
		default:
			return false
		}
	}
	return caps >= 2 && words.StartsUpper(inner)
}

// withoutLeadClause returns a sentence without the clause of history or
// place it opens with before its subject ("Founded in 1964, the African
// Development Bank (AfDB) is…" → "The African Development Bank (AfDB)
// is…"), or the sentence.
func withoutLeadClause(text string) string {
	c := strings.Index(text, ", ")
	if c <= 0 || c > maxLeadClauseBytes {
		return text
	}
	first := normKey(words.Leading(text, 1))
	if !slices.Contains(leadClauseWords, first) {
		return text
	}
	// ("Fondée en 1537, l'Université de Lausanne (UNIL) accueille…":
	// the article opens the subject as a sentence's would.)
	rest := strings.TrimSpace(text[c+2:])
	r, size := utf8.DecodeRuneInString(rest)
	return string(unicode.ToUpper(r)) + rest[size:]
}

// maxLeadClauseBytes bounds the clause a sentence opens with before its
// subject: "Founded in 1964", "Établie à Genève depuis 1919".
const maxLeadClauseBytes = 48

// isEmployerVerb reports a verb employers open a statement about
// themselves with (employerVerbs).
func isEmployerVerb(w string) bool { return keyIn(employerVerbs, w) }

// isElidedName reports a joiner elided before a name: "d'Ottawa",
// "l'Europe".
func isElidedName(w string) bool {
	rest, ok := cutElision(w)
	return ok && words.StartsUpper(rest)
}

// CopyrightHolder returns the holder a site's copyright line names,
// "© Hydro-Québec 2026 · Conditions…" → "Hydro-Québec", without the
// years, or "". A line naming the holder in both languages ("© City of
// Ottawa | Ville d'Ottawa") gives both, en and fr; otherwise en holds
// the name.
func CopyrightHolder(text string) (en, fr string) {
	i := strings.Index(text, "©")
	if i < 0 {
		return "", ""
	}
	rest := text[i+len("©"):]
	for _, sep := range [...]string{" · ", "  ", ". "} {
		rest, _, _ = strings.Cut(rest, sep)
	}
	if en, fr, ok := OrganisationPair(strings.TrimSpace(rest)); ok {
		return en, fr
	}
	rest, _, _ = strings.Cut(rest, " | ")
	rest, _, _ = strings.Cut(rest, ", ")
	fs := strings.Fields(rest)
	isYear := func(w string) bool {
		return strings.Trim(w, "0123456789-–,.") == "" && len(w) >= 4
	}
	for len(fs) > 0 && isYear(fs[0]) {
		fs = fs[1:]
	}
	for len(fs) > 0 && isYear(fs[len(fs)-1]) {
		fs = fs[:len(fs)-1]
	}
	if len(fs) > 0 && fs[0] == "The" {
		fs = fs[1:]
	}
	if len(fs) == 0 || len(fs) > maxOrganisationWords || !words.StartsUpper(fs[0]) {
		return "", ""
	}
	return strings.Join(fs, " "), ""
}

// HasInnerCapital reports a name with a capital after its first letter,
// in a word: "UNICEF", "Hydro-Québec", "CBC/Radio-Canada" are names where
// "Inria" or "English" may be common words opening a sentence.
func HasInnerCapital(name string) bool {
	for w := range strings.FieldsSeq(name) {
		for i, r := range w {
			if i > 0 && unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// ExpandsAcronym reports a name whose capitalised words' initials spell
// the acronym: "European Central Bank" and "ECB".
func ExpandsAcronym(name, acronym string) bool {
	return isAcronym(acronym) && initialsOf(name) == strings.ReplaceAll(acronym, " ", "")
}

// Initials returns the first letters of a name's capitalised words:
// "European Central Bank" → "ECB".
func Initials(name string) string { return initialsOf(name) }

// initialsOf returns the first letters of a name's capitalised words:
// "European Central Bank" → "ECB".
func initialsOf(name string) string {
	var initials strings.Builder
	for w := range strings.FieldsSeq(name) {
		if words.StartsUpper(w) {
			r, _ := utf8.DecodeRuneInString(w)
			initials.WriteRune(r)
		}
	}
	return initials.String()
}

// HasJobNoun reports a line with a noun post titles are made of
// (jobNouns): "Programme Officer", "Chargée de mission".
func HasJobNoun(text string) bool {
	k := normKey(text)
	for i := 0; i < len(k); {
		// The words of the key one by one, where they stand in it: a
		// word's neighbour decides a scheme's modifier.
		start := i
		for i < len(k) {
			r, size := utf8.DecodeRuneInString(k[i:])
			if isNameBreak(r) {
				break
			}
			i += size
		}
		w := k[start:i]
		if w == "" {
			_, size := utf8.DecodeRuneInString(k[i:])
			i += size
			continue
		}
		for _, n := range jobNouns {
			if stem, ok := strings.CutSuffix(n, "*"); ok {
				if strings.HasPrefix(w, stem) {
					return true
				}
			} else if strings.HasPrefix(w, n) && (len(w) == len(n) || len(w) == len(n)+1 && w[len(n)] == 's') {
				if _, ok := schemeModifiers[w]; ok && qualifiesScheme(k[i:]) {
					break // "Pilot Program": a scheme, no one's post
				}
				return true // the noun, or its plural in s
			}
		}
	}
	return false
}

// qualifiesScheme reports rest, what follows a job noun in a key, as one
// space and a scheme's noun (schemeNouns): "pilot program", not "pilot
// (project-based)" nor "pilot, phase ii".
func qualifiesScheme(rest string) bool {
	next, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	if e := strings.IndexFunc(next, isNameBreak); e >= 0 {
		next = next[:e]
	}
	return slices.Contains(schemeNouns, next)
}

// isNameBreak reports a rune between the words of a title, also the
// middle dot of French inclusive writing ("Chargé·e", "Technicien·ne").
func isNameBreak(r rune) bool {
	return r == ' ' || r == '-' || r == '/' || r == '(' || r == ')' || r == ',' || r == '\'' || r == '·'
}

// IsEmployerLine reports a line that names an employer, one of its units
// or a company, and no post: "University of Ottawa", "ALLIED JOINT FORCE
// COMMAND NAPLES", "Service de soutien à la formation", "Faculty of
// Human Sciences – Department of Geography", "La Poste Suisse SA". Such
// a line stands near a post's title and is never one.
func IsEmployerLine(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || HasJobNoun(t) {
		return false
	}
	if IsOrganisationLine(t) {
		return true
	}
	fs := strings.Fields(t)
	if len(fs) >= 2 && len(fs) <= maxOrganisationWords {
		if slices.Contains(legalForms, strings.TrimSuffix(normKey(fs[len(fs)-1]), ".")) {
			return true // "La Poste Suisse SA"
		}
		first := normKey(fs[0])
		if slices.Contains(unitWords, first) || slices.Contains(unitHeads, first) {
			return isNameJoiner(fs[1]) || !words.StartsUpper(fs[1]) // "Service de soutien…", "Bureau international"
		}
	}
	return false
}

// IsAcronymName reports an employer's short name in capitals: "IFRC",
// "NATO PA".
func IsAcronymName(s string) bool { return len(s) <= maxAcronymBytes && isAcronym(s) }

// PlaceInSentence returns the place a sentence names as the post's, after
// one of placeCues ("The place of employment is Brussels, Belgium."), up
// to the sentence's end, or "": a place as short as a place line
// (maxPlaceWords).
func PlaceInSentence(text string) string {
	if !containsFold(text, "place", "station", "lieu", "bas") { // a stem of each of placeCues
		return ""
	}
	for _, cue := range placeCues {
		i := indexFold(text, cue)
		if i < 0 || i > 0 && text[i-1] != ' ' {
			continue
		}
		rest := text[i+len(cue):]
		end := strings.IndexAny(rest, ".;")
		for end > 0 && end+1 < len(rest) && rest[end] == '.' && isAbbreviation(rest[:end]) {
			// "St. Paul": a stop inside the place.
			next := strings.IndexAny(rest[end+1:], ".;")
			if next < 0 {
				end = len(rest)
				break
			}
			end += 1 + next
		}
		if end < 0 {
			end = len(rest)
		}
		place := strings.TrimSpace(rest[:end])
		if place == "" || !words.StartsUpper(place) || words.CountAtMost(place, maxPlaceWords+1) > maxPlaceWords {
			continue
		}
		return place
	}
	return ""
}

// maxAbbreviationBytes bounds a word a stop abbreviates inside a name:
// "St", "Ste", "Mt".
const maxAbbreviationBytes = 3

// isAbbreviation reports a text that ends with a short capitalised word,
// which a stop after it abbreviates rather than ends a sentence with.
func isAbbreviation(text string) bool {
	w := text[strings.LastIndexByte(text, ' ')+1:]
	return w != "" && len(w) <= maxAbbreviationBytes && isUpperASCII(w[0])
}

// cutArticle returns text without the article a name opens with (the
// nameArticles), and whether it had one.
func cutArticle(text string) (string, bool) {
	for _, a := range nameArticles {
		if strings.HasPrefix(text, a) {
			return text[len(a):], true
		}
	}
	return text, false
}

// IsBandWord reports a word that names a band of a pay scale
// (bandWords).
func IsBandWord(w string) bool { return keyIn(bandWords, w) }

// IsScaleWord reports a word that names a step of a pay scale (scaleWords).
func IsScaleWord(w string) bool {
	return len(w) <= len("echelon ") && keyIn(scaleWords, w)
}

// reStaffCategoryGrade is a grade's value that names the staff category
// or the body's grading before the code: "Temporary Agent, AD 6", "TA
// AD6", "Temporary Agent / AD7", "NATO G10". Group 1 is the code.
var reStaffCategoryGrade = sync.OnceValue(func() *regexp.Regexp {
	var names []string
	for _, n := range append(slices.Clone(staffCategories), gradings...) {
		names = append(names, regexp.QuoteMeta(n))
	}
	return regexp.MustCompile(`^(?i:` + strings.Join(names, "|") + `)(?:\s*[,/]\s*|\s+)((?:[A-Z]{1,3} ?-?\d{1,2})|FG ?(?:IV|I{1,3}))$`)
})

// StaffCategoryGrade returns the grade's code in a value that names the
// staff category or the body's grading before it ("Temporary Agent, AD
// 6" → "AD 6", "NATO G10" → "G10"), or "".
func StaffCategoryGrade(value string) string {
	if m := reStaffCategoryGrade().FindStringSubmatch(value); m != nil {
		return m[1]
	}
	return ""
}

// IsStaffCategory reports a text that names only a kind of post, with
// or without its grade in parentheses: "Temporary Agent", "Temporary
// Agent (AD6)", "Agent contractuel (GF IV)", "Temporary agent post".
func IsStaffCategory(text string) bool {
	t := strings.TrimSpace(text)
	if open := strings.LastIndex(t, " ("); open > 0 && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[:open])
	}
	for _, w := range categoryPostWords {
		if len(t) > len(w) && strings.EqualFold(t[len(t)-len(w):], w) {
			t = t[:len(t)-len(w)] // "Temporary agent post"
		}
	}
	for _, c := range staffCategories {
		if strings.EqualFold(t, c) {
			return true
		}
	}
	return false
}

// TrimSelectionRemark returns a title without the remark on whom the
// selection is open to that follows its grade ("(External)").
func TrimSelectionRemark(title string) string {
	for _, r := range selectionRemarks {
		title = strings.TrimSuffix(title, r)
	}
	return title
}

// EndsWithJoiner reports a line whose last word joins it to what follows
// ("VACANCY NOTICE FOR POSITIONS OF", "Recrutement d'un agent pour"): a
// line that goes on, never a whole title or name.
func EndsWithJoiner(text string) bool {
	fs := strings.Fields(text)
	if len(fs) < 2 {
		return false
	}
	return isNameJoiner(fs[len(fs)-1])
}

// StartsWithConjunction reports a text that opens with "and", "or",
// "et" or "ou": the second line of a wrapped name ("ET DE LA
// SOUVERAINETÉ" under "MINISTÈRE DE L'AGRICULTURE"), never a title.
func StartsWithConjunction(text string) bool {
	w := strings.ToLower(firstField(text))
	return w == "and" || w == "or" || w == "et" || w == "ou"
}

// OpensNoTitle reports a title field's label of one word that opens no
// post's name (noTitleOpeners).
func OpensNoTitle(label string) bool { return keyIn(noTitleOpeners, label) }

// PostNamedIn returns the post a line names after one of postOfPhrases
// it opens with ("for the post of Market Surveillance Officer (Temporary
// Agent, AD 7) in the …" → "Market Surveillance Officer"), or "".
func PostNamedIn(line string) string {
	t := strings.TrimSpace(line)
	if len(t) < 16 {
		return ""
	}
	k := normKey(t[:min(len(t), 40)])
	for _, p := range postOfPhrases {
		if !strings.HasPrefix(k, p) {
			continue
		}
		// The phrase's words in the line, as many as the key has; an
		// elided last word ("d'") is glued to the post's first.
		n, fs := len(strings.Fields(p)), strings.Fields(t)
		elided := strings.HasSuffix(p, "'")
		if elided {
			n--
		}
		if len(fs) <= n {
			return ""
		}
		rest := strings.Join(fs[n:], " ")
		if elided {
			if i := strings.IndexAny(rest, "'’"); i >= 0 {
				_, size := utf8.DecodeRuneInString(rest[i:])
				rest = rest[i+size:]
			}
		}
		return strings.TrimRight(PostNameEnd(rest), " .:;")
	}
	return ""
}

// SaysWhoRecruits reports a short line that names the employer before a
// verb of recruiting and nothing after it: "La Ville de Charleroi
// recrute".
func SaysWhoRecruits(text string) bool {
	t := strings.ToLower(strings.TrimRight(strings.TrimSpace(text), " .!:"))
	for _, v := range recruitingVerbs {
		if strings.HasSuffix(t, " "+v) {
			return true
		}
	}
	return false
}

// IsBoardCategory reports a job board's category of employer
// (boardCategories): "Industry", "Secteur".
func IsBoardCategory(word string) bool { return keyIn(boardCategories, word) }

// SaysHiring reports a text in which the writer says their team
// recruits, the verb ending its clause: "hey all — my team is hiring 🎧
// feel free to share", "On recrute ! Rejoignez…" (not "Our team is hiring
// a minibus for the trip", where the verb takes an object, nor "Which
// team is hiring?").
func SaysHiring(text string) bool {
	t := strings.ToLower(text)
	for _, v := range hiringPhrases {
		for i := strings.Index(t, v); i >= 0; {
			end := i + len(v)
			before, _ := utf8.DecodeLastRuneInString(t[:i])
			rest := strings.TrimLeft(t[end:], " ")
			after, _ := utf8.DecodeRuneInString(rest)
			if (i == 0 || !unicode.IsLetter(before)) && (rest == "" || !unicode.IsLetter(after) && !unicode.IsDigit(after) && !strings.ContainsRune("'’?", after)) {
				return true
			}
			j := strings.Index(t[end:], v)
			if j < 0 {
				break
			}
			i = end + j
		}
	}
	return false
}

// maxDefinedNameWords bounds the name a defining sentence opens with:
// "Swissmedic", "Export Development Canada".
const maxDefinedNameWords = 6

// maxDefiningWords bounds the words between "is" and the body's word
// that defines the name: "est l'autorité", "is a Crown corporation", "is
// a French public research body".
const maxDefiningWords = 5

// DefinedBody returns the name a sentence opens with when it says what
// body that is: "Swissmedic est l'autorité suisse d'autorisation…",
// "Gavi is an international organisation that…" → "Swissmedic", "Gavi";
// or "". A sentence that opens with an article or a pronoun ("The
// Agency is…", "It is…") names none.
func DefinedBody(text string) string {
	fs := strings.Fields(text)
	if _, article := cutArticle(text); article || len(fs) < 3 || slices.Contains(subjectWords, strings.ToLower(fs[0])) || isElidedName(fs[0]) {
		return ""
	}
	for i := 1; i < len(fs) && i <= maxDefinedNameWords; i++ {
		w := fs[i-1]
		if !words.StartsUpper(w) && !isNameJoiner(w) || strings.ContainsAny(w, ",.;:()") {
			return ""
		}
		if v := fs[i]; v != "is" && v != "est" {
			continue
		}
		for j := i + 1; j < len(fs) && j <= i+maxDefiningWords; j++ {
			if isOrganisationHead(fs[j]) {
				return strings.Join(fs[:i], " ")
			}
		}
		return ""
	}
	return ""
}

// AcronymAfterName returns a name a banner prints after its acronym
// ("HUG Hôpitaux Universitaires de Genève", "WOAH - World Organisation
// for Animal Health") as notices write it, the acronym after it in
// parentheses ("Hôpitaux Universitaires de Genève (HUG)"), when the
// acronym spells the name's initials; else the name as it is.
func AcronymAfterName(name string) string {
	acr, rest, ok := strings.Cut(strings.TrimSpace(name), " ")
	if !ok || !isAcronym(acr) || utf8.RuneCountInString(acr) > maxAcronymLetters {
		return name
	}
	rest = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), "-–—|·:"))
	if rest == "" || foldString(initialsOf(rest)) != foldString(acr) {
		return name
	}
	return rest + " (" + acr + ")"
}

// NamesPostAs reports a sentence that names the post, after one of
// postOfPhrases, as post and nothing longer: "…seeking applications for
// the position of Student Services Coordinator (100% FTE) in its
// Residence and Welfare Office" names "Student Services Coordinator".
func NamesPostAs(sentence, post string) bool {
	low, p := strings.ToLower(sentence), strings.ToLower(post)
	for _, phrase := range postOfPhrases {
		i := strings.Index(low, phrase+" "+p)
		if i < 0 {
			continue
		}
		rest := low[i+len(phrase)+1+len(p):]
		if rest == "" || rest[0] == '.' {
			return true
		}
		for _, e := range postOfEnds {
			if strings.HasPrefix(rest, e) {
				return true
			}
		}
	}
	return false
}

// PostNameEnd returns a post's name without what a sentence says after
// it of its place or kind (postOfEnds): "Attaché principal au Service
// des…" → "Attaché principal".
func PostNameEnd(rest string) string {
	for _, e := range postOfEnds {
		if i := strings.Index(rest, e); i > 0 {
			rest = rest[:i]
		}
	}
	return strings.TrimSpace(rest)
}

// BeforeSite returns a post's name without the unit a title field goes
// on to name after it (postSiteEnds): "Senior Specialist (AD7) within
// the Forensic Support Team" → "Senior Specialist (AD7)". A name of
// fewer than two words is kept whole.
func BeforeSite(name string) string {
	for _, e := range postSiteEnds {
		if i := strings.Index(name, e); i > 0 && words.CountAtMost(name[:i], 2) >= 2 {
			name = name[:i]
		}
	}
	return name
}

// IsBoardFacet reports a job board's fact about the criteria, a label of
// boardFacets and a short value: "Niveau d'études : Baccalauréat".
func IsBoardFacet(text string) bool {
	label, value, ok := strings.Cut(text, ":")
	return ok && keyIn(boardFacets, label) && words.CountAtMost(value, maxFacetValueWords+1) <= maxFacetValueWords
}

// maxFacetValueWords bounds the value of a board's facet: "Universitaire
// 1er cycle", "3 à 5 ans".
const maxFacetValueWords = 5

// IsFilledStatus reports a post's status that says someone holds it:
// "FILLED", "Pourvu" (filledValues).
func IsFilledStatus(value string) bool {
	if len(value) > maxKeyBytes {
		return false
	}
	// "Closed – position filled on 28 November 2030": the status with
	// its date.
	// ("Open until position filled" is a deadline's, no status.)
	return keyIn(filledValues, value) || keyHas(value, filledPhrases) && !keyHas(value, untilWords)
}

// NamesOneBody reports two names, one in each language, that name one
// body: most words of the shorter have a cognate in the other, a word
// sharing its first cognateRunes letters, accents aside
// ("ÉTAT-MAJOR MILITAIRE INTERNATIONAL" / "INTERNATIONAL MILITARY
// STAFF": "militaire"–"military", "international").
func NamesOneBody(a, b string) bool {
	wa, wb := nameStems(a), nameStems(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < minCognates {
		return false
	}
	shared := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			shared++
		}
	}
	// (Every word of the shorter in a longer one is a body and its part,
	// in one language: "UNION AFRICAINE" over "AGENCE DE DÉVELOPPEMENT
	// DE L'UNION AFRICAINE"; as long, the two names of one body:
	// "INTERNATIONAL ORGANIZATION FOR MIGRATION" / "ORGANISATION
	// INTERNATIONALE POUR LES MIGRATIONS".)
	return shared >= minCognates && 2*shared >= len(wa) && (shared < len(wa) || len(wa) == len(wb))
}

// cognateRunes is how many first letters two words of one name in two
// languages share: "milit", "organ", "inter", "europ".
const cognateRunes = 5

// minCognates is how many cognates make two names one body's: one alone
// is a common word ("INTERNATIONAL").
const minCognates = 2

// nameStems returns the first cognateRunes letters of a name's words of
// that many letters or more, folded; words joined by a hyphen count
// apart ("ÉTAT-MAJOR").
func nameStems(name string) []string {
	var stems []string
	for w := range strings.FieldsFuncSeq(normKey(name), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r := []rune(w); len(r) >= cognateRunes {
			stems = append(stems, string(r[:cognateRunes]))
		}
	}
	return stems
}

// HasClauseWord reports words that make a clause (clauseWords).
func HasClauseWord(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if slices.Contains(clauseWords, strings.ToLower(strings.Trim(w, ",;:.()"))) {
			return true
		}
	}
	return false
}

// SaysRequiredSentence reports a sentence that says what it names is
// required: "For this position, fluency in English is required."
func SaysRequiredSentence(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), " .;")
	return keyMatch(t, requiredEndings, keyHasSuffix)
}

// IsNoValue reports a field's value that says the field has none
// (noValues).
func IsNoValue(value string) bool {
	return len(value) <= maxKeyBytes && keyIn(noValues, strings.TrimRight(value, " ."))
}

// NamesBodyKind reports a line that is one word naming a kind of body, an
// organisation's head word alone: "MAIRIE" over a gazette's notices,
// "HEADQUARTERS" over a letterhead's name.
func NamesBodyKind(text string) bool {
	// (Asked of every line a title may be: a line of several words is
	// let go without splitting it.)
	w := strings.TrimSpace(text)
	return w != "" && !strings.ContainsFunc(w, unicode.IsSpace) && isOrganisationHead(w)
}

// IsSampleValue reports a field's value that is an example or a blank of
// a template, not a post's fact: it names itself an example
// (sampleWords: "e.g. G15", "(exemple)") or writes a date or a number as
// the letters still to fill in (sampleTokens: "DD-Mmm-YYYY",
// "XXX-0000-00000", "20XX").
func IsSampleValue(value string) bool {
	if hasSampleToken(value) {
		return true
	}
	if !strings.ContainsAny(value, "eEfFpP") {
		return false
	}
	k := " " + normKey(value) + " "
	for _, w := range sampleWords {
		if i := strings.Index(k, w); i > 0 && !isKeyLetter(k[i-1]) && !isKeyLetter(k[i+len(w)]) {
			return true
		}
	}
	return false
}

// hasSampleToken reports a value with one of sampleTokens as a token of
// its own, letters between other bytes than letters, digits aside
// ("20XX": a year's last digits to fill in).
func hasSampleToken(value string) bool {
	for i := 0; i < len(value); {
		c := value[i]
		if !('A' <= c && c <= 'Z') {
			i++
			continue
		}
		j := i
		for j < len(value) && ('A' <= value[j] && value[j] <= 'Z' || 'a' <= value[j] && value[j] <= 'z') {
			j++
		}
		tok := value[i:j]
		// A token of its own: no letter, ASCII or not, touches it; the
		// two-letter ones ("DD", "JJ", "XX") only beside a date's or a
		// number's marks ("DD-Mmm", "20XX", "JJ/MM").
		before := i == 0 || value[i-1] < 0x80
		after := j == len(value) || value[j] < 0x80
		if before && after && (len(tok) > 2 || nextToMark(value, i, j)) {
			for _, s := range sampleTokens {
				if tok == s {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// IsDayDivider reports a line that names a day and nothing else, as a
// chat or a mailbox divides its messages: "Mardi 9 octobre", "Thursday,
// 14 March", "Fri 3".
func IsDayDivider(text string) bool {
	ws := strings.Fields(strings.ReplaceAll(text, ",", " "))
	if len(ws) < 2 || len(ws) > maxDayDividerWords || !keyIn(weekdays, strings.TrimSuffix(ws[0], ".")) {
		return false
	}
	day := false
	for _, w := range ws[1:] {
		if n, err := strconv.Atoi(withoutOrdinalSuffix(strings.TrimSuffix(w, "."))); err == nil {
			if n >= 1 && n <= 31 {
				day = true
				continue
			}
			if len(w) == 4 {
				continue // the year
			}
		}
		if _, ok := Month(w); !ok {
			return false
		}
	}
	return day
}

// ordinalSuffixes end a day's number written as an ordinal: "1er mai",
// "May 1st", "2nd", "3rd", "4th".
var ordinalSuffixes = []string{"er", "st", "nd", "rd", "th"}

// withoutOrdinalSuffix returns a word without the ordinal suffix after
// its figures, if it has one.
func withoutOrdinalSuffix(w string) string {
	for _, s := range ordinalSuffixes {
		if n, ok := strings.CutSuffix(w, s); ok && n != "" && '0' <= n[len(n)-1] && n[len(n)-1] <= '9' {
			return n
		}
	}
	return w
}

// maxDayDividerWords bounds a day's divider: the day's name, its
// number, its month and a year.
const maxDayDividerWords = 4

// SaysForm reports a line that says its document is a form to fill in
// (formPhrases): a form names a post's facts as blanks or as its
// filler's, and offers none.
func SaysForm(text string) bool {
	if len(text) > maxFormLineBytes || !containsFold(text, "ompl", "emplir", "illed") {
		return false
	}
	k := normKey(text)
	for _, w := range applicationWords {
		if strings.Contains(k, w) {
			// "Le dossier de candidature est à compléter par le
			// candidat": the application a notice asks for.
			return false
		}
	}
	for _, p := range formPhrases {
		if i := strings.Index(k, p); i >= 0 {
			// ("The assignment is to be completed by 31 December": a
			// date is no form's filler.)
			next := strings.TrimSpace(k[i+len(p):])
			return next != "" && !('0' <= next[0] && next[0] <= '9')
		}
	}
	return false
}

// maxFormLineBytes bounds the line that says a form is filled in: a
// form's note under its title, not a notice's paragraph.
const maxFormLineBytes = 300

// nextToMark reports a token value[i:j] beside a date's or a number's
// mark: a slash, a dash or a digit.
func nextToMark(value string, i, j int) bool {
	mark := func(c byte) bool { return c == '/' || c == '-' || '0' <= c && c <= '9' }
	return i > 0 && mark(value[i-1]) || j < len(value) && mark(value[j])
}

// EndsWithNumberWord reports a label that ends with a word for a
// number: "Work Order No.", "Avis n°", "Request number", "Ticket #".
func EndsWithNumberWord(label string) bool {
	ws := strings.Fields(strings.TrimRight(label, " :"))
	return len(ws) >= 2 && IsNumberWord(ws[len(ws)-1])
}

// IsNumberWord reports a word for a number (numberWords): "No.", "n°",
// "numéro", "#".
func IsNumberWord(word string) bool { return keyIn(numberWords, word) }

// IsEquivalentWord reports the word that makes a grade an equivalent in
// another scale: "G17 (A-3 equivalent)", "(équivalent P-4)".
func IsEquivalentWord(w string) bool { return keyIn(equivalentWords, w) }

// NamesSubgroup reports a remark that names a pay group's sub-group:
// "sous-groupe administratif", "sub-group technical".
func NamesSubgroup(remark string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(remark), " ")
	return keyIn(subgroupWords, w)
}

// NamesStaffCategory reports a remark that names a category of staff:
// "General Service", "Services généraux", "Professional".
func NamesStaffCategory(remark string) bool {
	return keyIn(staffCategoryWords, strings.TrimSpace(remark))
}

// SaysPostedAgo reports a board's note of how long ago a post was
// published: "Posted 5 days ago", "Publié il y a 3 jours".
func SaysPostedAgo(text string) bool {
	return len(text) <= maxPostedAgoBytes && keyMatch(text, postedAgoWords, keyContains) && strings.ContainsAny(text, "0123456789+")
}

// maxPostedAgoBytes bounds a note of a post's age.
const maxPostedAgoBytes = 48

// OpensWithSubject reports a sentence that opens with an article or a
// pronoun, a sentence about someone or something ("The Statistics Unit
// supports…", "We offer…", "Notre équipe…"), not a criterion, which
// names what is asked for first ("Advanced university degree…",
// "Proven ability to…").
func OpensWithSubject(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return keyIn(subjectOpenings, w)
}

// EndsOpen reports a value whose line stops where no value ends: on a
// comma ("Centre de contrôle international,") or on a function word or
// a preposition ("avenue Général de", "déplacements fréquents à").
func (v *Vocabulary) EndsOpen(text string) bool {
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	if strings.HasSuffix(text, ",") {
		return true
	}
	last := text[strings.LastIndexFunc(text, unicode.IsSpace)+1:]
	if words.IsCaps(last) || strings.IndexFunc(last, unicode.IsLower) < 0 {
		return false // "Ottawa, ON", "Portland, OR", "Baton Rouge, LA": a state's or a province's code
	}
	return last != "" && last != text && (v.FunctionWord(last) || slices.Contains(openEndWords, strings.ToLower(last)))
}

// PlaceNamesPost reports a place field's value that is a post's name: it
// ends on a noun post titles are made of (jobNouns), with no comma,
// bracket or figure ("Community" / "Recreation and Wellness
// Coordinator", a title read as a label and its value; not "Office of
// the Coordinator, Iqaluit", "Head Office").
func PlaceNamesPost(value string) bool {
	if strings.ContainsAny(value, ",()0123456789") {
		return false
	}
	t := strings.TrimRightFunc(value, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	return t != "" && HasJobNoun(t[strings.LastIndexFunc(t, unicode.IsSpace)+1:])
}
