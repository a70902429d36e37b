package extract

import (
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/schema"
)

// This file reads typed values out of field text: dates, salaries and
// grades as English and French notices write them.

// The package's regular expressions are compiled on their first use
// (sync.OnceValue), not when the program starts: a process parses one
// file, a refused page reaches none of them and most notices only some.
// Compiled at start-up they were 3.0M of the 20.0M instructions of
// `vacancy parse press-release.md` (callgrind).
var (
	// 22-Jun-2025, 22-juin-2025, 03-sept.-2025, 22 June 2025, 1er mars 2026
	reDayMonthYear = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(\d{1,2})(?:er|st|nd|rd|th)?[\s\-./]+([\p{L}]{3,10})\.?[\s\-./,]+(\d{4})\b`)
	})
	// June 22, 2025
	reMonthDayYear = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	})
	reISODate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`) })
	// 22/06/2025, 22.06.2025 (day first: European notices)
	reNumericDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4})\b`) })
)

// date is a date found in a text, at offset at.
type date struct {
	iso string
	at  int
}

// findDates returns the dates written in s, in the order they appear.
func findDates(s string) []date {
	if !hasYear(s) {
		return nil // most texts: the four expressions need not run
	}
	return findDatesOf(s, dateShapesOf(s))
}

// findDatesOf is findDates, running only the expressions that may match
// s (shapes).
func findDatesOf(s string, shapes dateShapes) []date {
	var out []date
	valid := func(at, y, m, d int) {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if m < 1 || m > 12 || t.Day() != d || y < 1900 || y > 2200 {
			return
		}
		for _, o := range out {
			if o.at == at {
				return
			}
		}
		out = append(out, date{t.Format("2006-01-02"), at})
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if shapes.iso {
		for _, m := range reISODate().FindAllStringSubmatchIndex(s, -1) {
			valid(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
		}
	}
	if shapes.dayMonth {
		for _, m := range reDayMonthYear().FindAllStringSubmatchIndex(s, -1) {
			if mo, ok := vocab.Month(s[m[4]:m[5]]); ok {
				valid(m[0], atoi(s[m[6]:m[7]]), mo, atoi(s[m[2]:m[3]]))
			}
		}
	}
	if shapes.monthDay {
		for _, m := range reMonthDayYear().FindAllStringSubmatchIndex(s, -1) {
			if mo, ok := vocab.Month(s[m[2]:m[3]]); ok {
				valid(m[0], atoi(s[m[6]:m[7]]), mo, atoi(s[m[4]:m[5]]))
			}
		}
	}
	if shapes.numeric {
		for _, m := range reNumericDate().FindAllStringSubmatchIndex(s, -1) {
			valid(m[0], atoi(s[m[8]:m[9]]), atoi(s[m[6]:m[7]]), atoi(s[m[2]:m[3]]))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}

// monthFirst reports a text that writes its dates with slashes month
// first: one of them ("04/13/2026") has a second part no month can be,
// or a field's value is one stamped with a time on the twelve-hour clock
// ("01/06/2040, 05:59 AM", as American applicant systems print both),
// and none has a first
// part no month can be. Day first is the default of the notices read
// here.
func monthFirst(texts func(yield func(string) bool)) bool {
	month, day := false, false
	for t := range texts {
		if !hasYear(t) || !strings.Contains(t, "/") {
			continue
		}
		// "6/3/2026 (MM/DD/YYYY)": the order written out.
		if strings.Contains(t, "MM/DD") {
			return true
		}
		if reTwelveHourDate().MatchString(t) {
			month = true
		}
		if strings.Contains(t, "DD/MM") || strings.Contains(t, "JJ/MM") {
			day = true
		}
		for _, m := range reNumericDate().FindAllStringSubmatch(t, -1) {
			if m[2] != "/" {
				continue // "22.06.2025" is European, day first
			}
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[3])
			switch {
			case a > 12 && b <= 12:
				day = true
			case b > 12 && a <= 12:
				month = true
			}
		}
	}
	return month && !day
}

// reTwelveHourDate matches a text that is only a slashed date stamped
// with a time on the twelve-hour clock, a field's value ("Apply Before:
// 01/06/2040, 05:59 AM"), not a browser's print header, which stamps a
// page of any language with its own machine's habits ("12/07/2039, 09:30
// AM   Offre d'emploi - …"). A remark in parentheses may follow the time
// ("12/05/2042, 11:59 PM (New York time)").
var reTwelveHourDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}\s?(?:AM|PM|am|pm|a\.m\.|p\.m\.)(?:\s*\(?[A-Z]{2,5}\)?)?(?:\s*\([^()]{1,40}\))?\s*$`)
})

// swapMonthDay rewrites the slashed numeric dates of s day first, for a
// text that writes them month first.
func swapMonthDay(s string) string {
	return reNumericDate().ReplaceAllStringFunc(s, func(d string) string {
		m := reNumericDate().FindStringSubmatch(d)
		if !strings.Contains(d, "/") {
			return d
		}
		return m[3] + "/" + m[1] + "/" + m[4]
	})
}

// yearDigits is how many digits in a row every date expression of
// findDates needs: the year's.
const yearDigits = 4

// hasYear reports whether s has yearDigits ASCII digits in a row (\d is
// ASCII in RE2), without which no expression of findDates matches.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			run = 0
		} else if run++; run == yearDigits {
			return true
		}
	}
	return false
}

// dateShapes says which of the date expressions may match a text: each
// one's year is a run of exactly four figures with a \b after it (the
// ISO date's, with a "-"), and what stands before the year is fixed by
// the expression. The expressions cost a few microseconds each on a line,
// tens on a paragraph, and most texts with a year give one or two of them
// a place to match: the others are not run. (TestDateShapes holds
// findDates against the four expressions run on every text.)
type dateShapes struct {
	iso, numeric, dayMonth, monthDay bool
}

func dateShapesOf(s string) (d dateShapes) {
	for i := 0; i < len(s); {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if j-i == yearDigits {
			d.addYear(s, i, j)
		}
		i = j
	}
	return d
}

// addYear notes the expressions that may have s[i:j], four figures, for
// their year.
func (d *dateShapes) addYear(s string, i, j int) {
	// reISODate: \b(\d{4})-
	if j < len(s) && s[j] == '-' && (i == 0 || !isREWordByte(s[i-1])) {
		d.iso = true
	}
	// The others: a year with \b after it, and something before it.
	if j < len(s) && isREWordByte(s[j]) || i == 0 {
		return
	}
	// reNumericDate: [/.-](\d{4})
	if c := s[i-1]; c == '/' || c == '.' || c == '-' {
		d.numeric = true
	}
	// reDayMonthYear: ([\p{L}]{3,10})\.?[\s\-./,]+(\d{4}): the month's last
	// letter (a byte outside ASCII may be one) before the separators.
	k := i
	for k > 0 && (isRESpace(s[k-1]) || strings.IndexByte("-./,", s[k-1]) >= 0) {
		k--
	}
	if k < i && k > 0 && (s[k-1] >= utf8.RuneSelf || isASCIILetter(s[k-1])) {
		d.dayMonth = true
	}
	// reMonthDayYear: (\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}), in any case.
	k = i
	for k > 0 && isRESpace(s[k-1]) {
		k--
	}
	if k == i {
		return
	}
	if k > 0 && s[k-1] == ',' {
		k--
	}
	if k > 0 && isDigitByte(s[k-1]) || k > 2 && isOrdinalSuffix(s[k-2:k]) && isDigitByte(s[k-3]) ||
		k > 1 && (s[k-1] >= utf8.RuneSelf || s[k-2] >= utf8.RuneSelf) {
		// (Outside ASCII, "ſt": (?i) folds s to the long s.)
		d.monthDay = true
	}
}

// isREWordByte is a byte of \w, which \b reads: ASCII letters, figures
// and "_".
func isREWordByte(c byte) bool { return isASCIILetter(c) || isDigitByte(c) || c == '_' }

// isRESpace is a byte of \s: [\t\n\f\r ].
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// isOrdinalSuffix is "st", "nd", "rd" or "th" in ASCII, in any case.
func isOrdinalSuffix(s string) bool {
	a, b := s[0]|0x20, s[1]|0x20 // the letters in lower case
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

// parseDate reads the first date in s and returns it as YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	ds := findDates(s)
	if len(ds) == 0 {
		return "", false
	}
	return ds[0].iso, true
}

// lastDate reads the last date in s: the end of a period ("01 June 2026 –
// 30 June 2026").
func lastDate(s string) (string, bool) {
	ds := findDates(s)
	if len(ds) == 0 {
		return "", false
	}
	return ds[len(ds)-1].iso, true
}

// reClockTail is a time of day and its zone after a date: ", 11:59 PM",
// " 23h59 (CET)", " at 12:00 noon GMT+2".
// (Compiled on its first use: few parses reach it; see reTitleGrade.)
var reClockTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^[,\s]*(?:at\s+|à\s+)?\d{1,2}[:h.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|noon|midi)?\s*(?:\(?(?:[a-z]{2,5}|gmt|utc)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?\s*$`)
})

// maxStampDateBytes bounds the date of a closing stamp: "12.06.2026",
// "30 September 2026".
const maxStampDateBytes = 20

// isTimeStamp reports a line that is a date and a time of day and
// nothing else ("12.06.2026 11:59 AM (GMT+2)", "07-Apr-2031, 10:30:00
// AM"): what a careers site prints, without its label, as the closing
// time (a date alone may be when the post was published; no site stamps
// that to the minute), and no reference, whatever label it stands under
// ("Job Posting: 07-Apr-2031, 10:30:00 AM").
func isTimeStamp(t string) bool {
	ds := findDates(t)
	if len(ds) != 1 || ds[0].at != 0 {
		return false
	}
	for end := 1; end <= min(len(t), maxStampDateBytes); end++ {
		if reClockTail().MatchString(t[end:]) && len(findDates(t[:end])) == 1 {
			return true
		}
	}
	return false
}

// reClauseBreak parts a sentence's clauses: "…begin on 6 May and will
// close on 3 June", "…; interviews…".
var reClauseBreak = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`;|,? and |,? et `) })

// deadlineFromText finds "Apply until 22 June 2025" in a half's
// sections; failing a deadline's cue anywhere, a sentence that tells how
// to apply and by when (vocab.SaysApplyBy).
func deadlineFromText(sections []schema.Section) (string, *schema.Origin, bool) {
	for _, cue := range [...]func(string) bool{vocab.HasDeadlineCue, vocab.SaysApplyBy} {
		if d, o, ok := deadlineCued(sections, cue); ok {
			return d, o, true
		}
	}
	return "", nil, false
}

// deadlineCued is deadlineFromText with one kind of cue.
func deadlineCued(sections []schema.Section, cued func(string) bool) (string, *schema.Origin, bool) {
	for _, s := range sections {
		for _, c := range s.Content {
			if !cued(c.Text) {
				continue
			}
			// The date of the sentence that says it: "…before the
			// deadline. The reserve list will be valid until 31
			// December 2027." gives none.
			for _, sentence := range sentences(c.Text) {
				if !cued(sentence) {
					continue
				}
				// "…will begin on 6 May 2026 and will close on 3 June
				// 2026": the clause with the cue, when there is one.
				for _, clause := range reClauseBreak().Split(sentence, -1) {
					if cued(clause) {
						if d, ok := dateAfterCue(clause, cued); ok {
							return d, c.Origin, true
						}
						if d, ok := parseDate(clause); ok {
							return d, c.Origin, true
						}
					}
				}
				if d, ok := parseDate(sentence); ok {
					return d, c.Origin, true
				}
			}
		}
	}
	return "", nil, false
}

// dateAfterCue reads, in a clause with more than one date ("Offre publiée
// le 18 août 2036 – date limite de candidature : 26 septembre 2036"), the
// first date the cue stands before; a later cue may name another date
// ("… jusqu'au 13 octobre 2036 – prise de poste au plus tard le 4
// janvier 2037"). A cue that needs its date to read as one ("Publié le
// 22/01/2027 · Postulez avant le 04/03/2027") gives the first date whose
// text, up to the next date, completes it. False when there is one date
// or none, or no cue before any. A clause longer than maxCueClauseBytes
// is prose, not a line of facts, and is not searched.
func dateAfterCue(clause string, cued func(string) bool) (string, bool) {
	if len(clause) > maxCueClauseBytes {
		return "", false
	}
	dates := findDates(clause)
	if len(dates) < 2 {
		return "", false
	}
	for _, d := range dates {
		if cued(clause[:d.at]) {
			return d.iso, true
		}
	}
	for k, d := range dates {
		end := len(clause)
		if k+1 < len(dates) {
			end = dates[k+1].at
		}
		if cued(clause[:end]) {
			return d.iso, true
		}
	}
	return "", false
}

// maxCueClauseBytes bounds the clause dateAfterCue searches: a header's
// line of dates ("DATE DE PUBLICATION: 15/09/2036 ENTRETIENS semaine du
// 02/11/2036 DATE LIMITE DE CANDIDATURE 13/10/2036").
const maxCueClauseBytes = 1000

// placeFromText returns the place a sentence of the notice names as the
// post's ("The place of employment is Brussels, Belgium."), when no
// field gives it, and where it was read.
func placeFromText(sections []schema.Section) (string, *schema.Origin, bool) {
	for _, s := range sections {
		for _, c := range s.Content {
			if place := vocab.PlaceInSentence(c.Text); place != "" {
				return place, c.Origin, true
			}
		}
	}
	return "", nil, false
}

// scheduleFromText returns the working time a run-in heading names in
// its paragraph ("Horaires. Temps complet, 38 heures hebdomadaires avec
// RTT. Sorties en mer possibles…", "Temps de travail. Forfait jours (209
// jours par an). Déplacements…"), when no field gives it: the sentence
// after the heading, without its stop; the remarks of the sentences
// after it are no part of it. And where it was read.
func scheduleFromText(v *vocab.Vocabulary, sections []schema.Section) (string, *schema.Origin, bool) {
	for _, s := range sections {
		for _, c := range s.Content {
			if t := runInSchedule(v, c.Text); t != "" {
				return t, c.Origin, true
			}
		}
	}
	return "", nil, false
}

// runInSchedule returns the sentence after a schedule's label set as a
// run-in heading with its stop, or "".
func runInSchedule(v *vocab.Vocabulary, text string) string {
	i := strings.Index(text, ". ")
	if i <= 0 || i > maxRunInScheduleBytes {
		return ""
	}
	// (Its stop stands for the colon of a label read before its colon
	// only: "Horaires.")
	if f, _, value, ok := v.Field(text[:i]+": …", false); !ok || f != "schedule" || value != "…" {
		return ""
	}
	rest := strings.TrimSpace(text[i+2:])
	if !words.StartsUpper(rest) {
		return ""
	}
	if j := sentenceEnd(rest); j > 0 {
		rest = rest[:j]
	}
	rest = strings.TrimSpace(strings.TrimRight(rest, ". "))
	if rest == "" || words.CountAtMost(rest, maxRunInScheduleWords+1) > maxRunInScheduleWords {
		return ""
	}
	return rest
}

// maxRunInScheduleBytes bounds a run-in heading that names the working
// time ("Temps de travail."), and maxRunInScheduleWords the sentence
// after it that states it.
const (
	maxRunInScheduleBytes = 40
	maxRunInScheduleWords = 16
)

// reAmount matches a number with thousands separators (",", ".", spaces,
// no-break spaces, apostrophes) and an optional decimal part.
var reAmount = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\d{1,3}(?:[,.\s\x{00a0}\x{202f}'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`)
})

// reRange matches the words between the two ends of a salary range (after
// a Swiss ".-" for round francs, "CHF 7'150.- à 8'420.-"): "to",
// "à", "-", "–", "and" (after "between"), "up to", the next step of a
// scale ("Grade 13: €4,418.27, Grade 14: €5,000.96"), a "maximum" before
// the second ("minimum 42 118,40 € – maximum 60 074,96 €"); the first end's
// currency may stand between ("2300.0 Euros à 2600.0 Euros"), and the
// second's before it ("C$5,280 to C$6,150", "Rs 68,500 – Rs 86,000"),
// and after the first end its period or its name as an end ("57 000
// €/an - 67 000 €/an", "35 716,42 € (minimum) à 50 118,09 €").
var reRange = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:\.[-–])?\s*(?:[$€£]|[A-Z]{3}|F ?CFA|euros?|dollars?)?\s*(?:/\s*(?:an|année|mois|month|year|yr|annum|hour|heure|h)\s*)?(?:\(\s*min(?:imum|\.)?\s*\)\s*)?(?:-|–|—|to|à|a|and|et|up to|jusqu'à|,\s*(?:grade|step|échelon|level|classe)\s+\d{1,2}\s*:)\s*(?:max(?:imum)?\s*:?\s*)?(?:[$€£]|[A-Z]{3}|[A-Z]{1,2}\$|Rs\.?|Fr\.?|F ?CFA|euros?|dollars?)?\s*$`)
})

// minSalary bounds an amount that can be pay: smaller numbers in a salary
// line are grades, steps, hours or years of a scale ("Grade 5", "step 1").
const minSalary = 10

// parseSalary reads a salary: "1,286.09Euro (EUR) Monthly", "1 286,09Euro
// (EUR) Mensuelle", "85,000.00US Dollar (USD) Yearly", a bare "8,273.12",
// a range "$77,690 to $87,907" or "de 77 690 $ à 87 907 $". The currency
// is what the text states: a bare "$" is read with dollar, the currency of
// the country the notice is for (CAD in Canada, USD in the United
// States), and stays unknown otherwise.
func parseSalary(s, dollar string) (*schema.Salary, bool) {
	s = scaleEnds(s)
	amounts := salaryAmounts(s)
	if len(amounts) == 0 {
		return nil, false
	}
	periodText := s
	if len(amounts) > 1 {
		amounts, periodText = withoutCounts(s, amounts)
	}
	sal := &schema.Salary{}
	first := amounts[0]
	if len(amounts) >= 2 && reRange().MatchString(s[first.end:amounts[1].start]) && amounts[1].value >= first.value {
		lo, hi := first.value, amounts[1].value
		if k := s[amounts[1].end-1]; (k == 'k' || k == 'K') && lo < 1000 && lo*1000 <= hi {
			lo *= 1000 // "48 - 55 k€": the "k" counts both ends
		}
		sal.Min, sal.Max = &lo, &hi
	} else {
		a := first.value
		sal.Amount = &a
	}
	// The words around the amounts name the currency and the period.
	var rest strings.Builder
	prev := 0
	for _, a := range amounts {
		rest.WriteString(s[prev:a.start])
		rest.WriteString(" ")
		prev = a.end
	}
	rest.WriteString(s[prev:])
	// The currency beside the first amount, before any other the text
	// names ("USD 68,219, plus a post adjustment … paid in euros").
	// The code after the last amount counts only for a range ("entre 7
	// 500 et 9 000 MAD"), and is looked for only then.
	afterRange := func() string {
		if sal.Max == nil {
			return ""
		}
		return besideCurrency(s, amounts[len(amounts)-1])
	}
	if cur := besideCurrency(s, first); cur != "" {
		sal.Currency = &cur
	} else if cur := afterRange(); cur != "" {
		sal.Currency = &cur
	} else if cur := vocab.Currency(rest.String()); cur != "" {
		sal.Currency = &cur
	} else if cur := vocab.CurrencyCode(rest.String()); cur != "" {
		sal.Currency = &cur // "148,236 TRY"
	} else if cur := vocab.ISOCodeWord(s); cur != "" {
		sal.Currency = &cur // "entre 560 000 et 640 000 XPF"
	} else if dollar != "" && (strings.Contains(s, "$") || strings.Contains(strings.ToLower(s), "dollar")) {
		sal.Currency = &dollar
	} else if lostEuroSign(s[first.end:]) {
		eur := "EUR"
		sal.Currency = &eur
	}
	if m := paymentsAYear(periodText); m != nil {
		// "paid 12 times a year": how often the figure is paid, not
		// the period it is for — unless the text names none, when
		// twelve to fourteen payments a year make it a monthly figure.
		n := periodText[m[2]:m[3]]
		periodText = periodText[:m[0]] + " " + periodText[m[1]:]
		if vocab.Period(periodText) == "" && len(n) == 2 && n >= "12" && n <= "14" {
			periodText = "monthly"
		}
	}
	if p := vocab.Period(periodText); p != "" {
		sal.Period = &p
	} else if p := vocab.Period(unglued(periodText)); p != "" {
		sal.Period = &p // "(USD) MonthlyGrade NATO Grade G16": a board glued the next label on
	}
	return sal, true
}

// scaleEnds returns s with an incremental scale, its points and the
// yearly increments between them ("Rs 46,850 x 1,250 – 51,850 x 1,525 –
// 63,950"), written as the range of its ends ("Rs 46,850 – 63,950"): the
// increments are no pay, and a point between the ends is no end. A
// scale's increments are smaller than its points, which rise; other
// texts are returned as they are.
func scaleEnds(s string) string {
	if !strings.Contains(s, " x ") && !strings.Contains(s, "×") {
		return s // nearly every salary ("tax", "maximum": no scale)
	}
	return reIncrementalScale().ReplaceAllStringFunc(s, func(m string) string {
		nums := reAmount().FindAllStringIndex(m, -1)
		first, last := m[nums[0][0]:nums[0][1]], m[nums[len(nums)-1][0]:nums[len(nums)-1][1]]
		lo, err1 := parseAmount(first)
		hi, err2 := parseAmount(last)
		if err1 != nil || err2 != nil || hi <= lo {
			return m
		}
		for i := 1; i < len(nums)-1; i += 2 {
			step, err := parseAmount(m[nums[i][0]:nums[i][1]])
			if err != nil || step >= lo || step <= maxPaymentsAYear {
				// ("CHF 8,000 x 13 – 104,000": a month's pay times the
				// payments of a year, its total after the dash.)
				return m
			}
		}
		return first + " – " + last
	})
}

// maxPaymentsAYear bounds the number of payments a year a pay is
// multiplied by ("x 13", "x 14"): a scale's increment is an amount.
const maxPaymentsAYear = 24

// reIncrementalScale is a scale of points and increments, "46,850 x
// 1,250 – 51,850 x 1,525 – 63,950": amounts with thousands written.
var reIncrementalScale = sync.OnceValue(func() *regexp.Regexp {
	const amt = `\d{1,3}(?:[,.\s\x{00a0}\x{202f}]\d{3})+`
	return regexp.MustCompile(amt + `(?:\s*[x×]\s*` + `\d[\d,.]*` + `\s*[-–—]\s*` + amt + `)+`)
})

// paymentsAYear is rePaymentsAYear.FindStringSubmatchIndex(s), run only
// when a number of one or two digits is followed by the first letter of
// "times", "x" or "fois": nearly every salary text is spared the
// expression.
func paymentsAYear(s string) []int {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			continue
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if j-i <= 2 && k < len(s) {
			switch s[k] | 0x20 {
			case 't', 'x', 'f':
				return rePaymentsAYear().FindStringSubmatchIndex(s)
			}
		}
		i = j
	}
	return nil
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// rePaymentsAYear is how many times a year a salary is paid: "paid 12
// times a year", "13 x per year", "12 fois par an".
var rePaymentsAYear = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(\d{1,2})\s*(?:times|x|fois)\s+(?:a|per|par)\s+(?:year|an|ann[ée]e)\b`)
})

// currencyReach is how far, in bytes, a currency written beside an
// amount stands from it: "EUR 5,738.92", "5 562 €", "1,286.09Euro".
const currencyReach = 6

// withoutCounts drops from a salary's amounts the numbers that count
// rather than pay: those before the first amount with its currency beside
// it ("(12 x per year), tax free: EUR 5,738.92"), the first end of a range
// aside ("3900 – 4600 €"), and those in parentheses after it ("EUR
// 7,412.36 (12 x per year, tax free)"). The period is read without the
// parentheses they stand in (periodText): "monthly salary (12 x per
// year)" is paid monthly.
func withoutCounts(s string, amounts []amount) (kept []amount, periodText string) {
	periodText = s
	drop := func(a amount) {
		if group, ok := parenthesised(s, a); ok {
			periodText = strings.Replace(periodText, group, " ", 1)
		}
	}
	for i, a := range amounts {
		if !priced(s, a) {
			continue
		}
		if i > 0 && reRange().MatchString(s[amounts[i-1].end:a.start]) {
			i--
		}
		for _, c := range amounts[:i] {
			drop(c)
		}
		amounts = amounts[i:]
		break
	}
	if len(amounts) < 2 || !priced(s, amounts[0]) {
		return amounts, periodText
	}
	kept = amounts[:1]
	for _, a := range amounts[1:] {
		if _, ok := parenthesised(s, a); ok && !priced(s, a) {
			drop(a)
			continue
		}
		kept = append(kept, a)
	}
	return kept, periodText
}

// parenthesised returns the parentheses an amount stands in, with them.
func parenthesised(s string, a amount) (string, bool) {
	open := strings.LastIndexByte(s[:a.start], '(')
	shut := strings.IndexByte(s[a.end:], ')')
	if open < 0 || shut < 0 || strings.Contains(s[open:a.start], ")") {
		return "", false
	}
	return s[open : a.end+shut+1], true
}

// priced reports an amount with its currency written beside it.
func priced(s string, a amount) bool { return besideCurrency(s, a) != "" }

// lostEuroSign reports an amount followed by a lone "e", as a PDF made by
// pdfTeX prints its euro sign when the symbol font maps it to no Unicode
// (marvosym's \EUR is drawn from the font's "e"): "4 215,00 e".
func lostEuroSign(after string) bool {
	if !strings.HasPrefix(after, " e") {
		return false
	}
	rest := after[len(" e"):]
	return rest == "" || !unicode.IsLetter(rune(rest[0])) && rest[0] != '\'' && rest[0] != '.'
}

// besideCurrency returns the currency written right before or right after
// an amount, or "".
func besideCurrency(s string, a amount) string {
	if c := vocab.Currency(s[max(0, a.start-currencyReach):a.start]); c != "" {
		return c
	}
	if c := vocab.Currency(s[a.end:min(len(s), a.end+currencyReach)]); c != "" {
		return c
	}
	if c := vocab.ISOCodeBeside(s[:a.start], s[a.end:]); c != "" {
		return c // "RSD 186,450"
	}
	return vocab.ISOCodeWordBefore(s[:a.start], s[a.start:a.end]) // "GEL 4,915"
}

// amount is a number found in a salary text.
type amount struct {
	value      float64
	start, end int
}

// salaryAmounts returns the numbers of s that can be pay, in order.
func salaryAmounts(s string) []amount {
	var out []amount
	for _, m := range reAmount().FindAllStringIndex(s, -1) {
		// A letter glued before the number ("G17", "A14") makes it a
		// code, unless the letters are a currency's code ("USD151,720").
		start := m[0]
		if m[0] > 0 && unicode.IsLetter(rune(s[m[0]-1])) && s[m[0]-1] < 0x80 && !gluedCurrencyCode(s[:m[0]]) {
			if !signLetter(s, m[0], m[1]) {
				continue
			}
			start-- // the sign is the amount's: "P412,668 – P486,120" is a range
		}
		v, err := parseAmount(s[m[0]:m[1]])
		if err != nil || v < minSalary {
			continue
		}
		if isYear(s, m[0], m[1], v) || isCountOrShare(s[m[1]:]) || v < maxOrdinal && isOrdinal(s[m[1]:]) || afterScaleWord(s[:m[0]]) {
			continue
		}
		end := m[1]
		if isThousands(s, end) {
			// "48 - 55 k€", "€78k": thousands.
			v *= 1000
			end = strings.IndexAny(s[end:], "kK") + end + 1
		}
		out = append(out, amount{v, start, end})
	}
	return out
}

// afterScaleWord reports a number written right after a word of
// scaleWords (before is the text before the number).
func afterScaleWord(before string) bool {
	t := strings.TrimRight(before, " \u00a0")
	if len(t) == len(before) {
		return false // glued to the word: a code
	}
	return vocab.IsScaleWord(t[strings.LastIndexAny(t, " (\u00a0")+1:])
}

// isOrdinal reports the ending glued to a number that makes it an
// ordinal ("13e salaire", "13th month"), no amount. Only a number below
// maxOrdinal is read so: "1500e" is an amount in euros, typed short.
const maxOrdinal = 100

func isOrdinal(after string) bool {
	end := func(rest string) bool {
		r, _ := utf8.DecodeRuneInString(rest)
		return rest == "" || !unicode.IsLetter(r)
	}
	if len(after) >= 2 && isOrdinalSuffix(after[:2]) {
		return end(after[2:]) // "13th"
	}
	for _, e := range [...]string{"ème", "eme", "ère", "er", "e"} {
		if rest, ok := strings.CutPrefix(after, e); ok {
			return end(rest) // "13e", "1er"
		}
	}
	return false
}

// isCountOrShare reports what follows a number that makes it no amount:
// a share ("10%", "10 %") or a count of payments ("12 x EUR 5,738.92",
// "12 × …").
func isCountOrShare(after string) bool {
	t := strings.TrimLeft(after, " \u00a0")
	return strings.HasPrefix(t, "%") || strings.HasPrefix(t, "x ") || strings.HasPrefix(t, "×")
}

// isThousands reports a "k" glued after an amount that ends at end, as
// boards shorten pay ("55 k€", "€96k", "48K"): a "k" that a letter does
// not follow.
func isThousands(s string, end int) bool {
	if end+2 < len(s) && s[end] == ' ' && (s[end+1] == 'k' || s[end+1] == 'K') && !isASCIILetter(s[end+2]) && s[end+2] != ' ' {
		end++ // "55 k€"
	}
	if end >= len(s) || s[end] != 'k' && s[end] != 'K' {
		return false
	}
	if end+1 < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end+1:])
		return !unicode.IsLetter(r)
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// gluedCurrencyCode reports a text that ends with a currency's code of
// capitals, three at least, as a number glued to it follows: "USD",
// "CHF", not the grade's letter of "A14".
// signLetter reports a lone capital glued before a figure grouped as
// money, a currency's sign written as a letter ("P412,668" for pula,
// "R18 500" for rand) that opens both ends of a range: a code's number
// ("G17", "A14") has no thousands.
func signLetter(s string, start, end int) bool {
	before, figure := s[:start], s[start:end]
	n := len(before)
	if n == 0 || !isUpperASCII(before[n-1]) || n > 1 && (isASCIILetter(before[n-2]) || isDigitByte(before[n-2])) || !vocab.GroupedFigure(figure) {
		return false
	}
	// The sign opens the range's other end too: a reference's letter
	// ("Ref J12,345") or a grade's ("B2,500") is written once.
	sign := before[n-1]
	for k := 0; k+1 < len(s); k++ {
		if k != n-1 && s[k] == sign && isDigitByte(s[k+1]) && (k == 0 || !isASCIILetter(s[k-1])) {
			return true
		}
	}
	return false
}

func gluedCurrencyCode(before string) bool {
	n := 0
	for n < len(before) && isUpperASCII(before[len(before)-1-n]) { // "EUR8,000", "USD5000"
		n++
	}
	if n < minCurrencyCodeBytes {
		return false
	}
	return n == len(before) || !unicode.IsLetter(rune(before[len(before)-1-n]))
}

// minCurrencyCodeBytes is the length of an ISO currency code.
const minCurrencyCodeBytes = 3

// isYear reports a four-digit year in a salary text ("2026 scale"): a
// whole number between 1900 and 2100 without separators.
func isYear(s string, start, end int, v float64) bool {
	return end-start == 4 && v >= 1900 && v <= 2100 && !strings.ContainsAny(s[start:end], ".,")
}

// salaryFromText finds the pay stated in a sentence ("The basic monthly
// salary for this grade is EUR 8,273.12, tax free") in a half's sections:
// a sentence that names pay, with an amount in a stated currency.
func salaryFromText(sections []schema.Section, dollar func(salary string) string) (*schema.Salary, string, *schema.Origin) {
	for _, s := range sections {
		// "Rémunération" over "De 48 000 € à 56 000 € bruts annuels
		// fixes, selon ton expérience…": a short heading about pay names
		// the pay its paragraphs open with for a period.
		// (Under a heading of pay and something else, "Rémunération et
		// avantages", only a paragraph that opens with its amount: one
		// may open on a benefit's, "The post offers 30 days of leave…
		// a EUR 1,200 per year transport pass".)
		paySection := vocab.HasSalaryCue(s.Heading) && words.CountAtMost(s.Heading, maxPaySectionWords+1) <= maxPaySectionWords
		joined := paySection && vocab.JoinsTwo(s.Heading)
		for _, c := range s.Content {
			// A salary has an amount: most paragraphs have no digit.
			if !hasDigit(c.Text) || !paySection && !vocab.HasSalaryCue(c.Text) && !vocab.HasFeeCue(c.Text) {
				continue
			}
			headed := paySection && c.Type == "paragraph" && (!joined || opensWithAmount(c.Text))
			for _, sentence := range sentences(c.Text) {
				// "Traitement. Selon la convention collective, de 78 412 $
				// à 142 655 $ par année": a run-in heading names the pay
				// its next sentence states for a period ("a portfolio of
				// EUR 40 million" is none).
				// "Fee: USD 415 per working day": a consultant's fee for a
				// period of work is the post's pay ("Course fee: USD 450
				// per participant" states no period).
				cued := (headed || vocab.HasFeeCue(sentence)) && vocab.Period(sentence) != "" || vocab.HasSalaryCue(sentence)
				// ("Rémunération. Cadre d'emplois des ingénieurs (catégorie
				// A) ; pour un contrat, de 2 280 à 2 710 € bruts
				// mensuels": a clause closed by a semicolon passes the
				// run-in heading on to the next.)
				headed = vocab.HasSalaryCue(sentence) && words.CountAtMost(sentence, maxPayHeadingWords+1) <= maxPayHeadingWords ||
					headed && strings.HasSuffix(sentence, ";")
				if !cued || vocab.IsEstimate(sentence) {
					continue // ("Salary estimate: CHF 130K – 160K", a job board's guess)
				}
				if sal, ok := parseSalary(sentence, dollar(sentence)); ok && sal.Currency != nil {
					return sal, sentence, c.Origin
				}
			}
		}
	}
	return nil, "", nil
}

// maxPayHeadingWords bounds a run-in heading about pay: "Salary.",
// "Traitement et avantages."
const maxPayHeadingWords = 3

// maxPaySectionWords bounds a section's heading about pay: "Salary",
// "Rémunération et avantages", "Salary and conditions of employment".
const maxPaySectionWords = 5

// isDated reports a value that holds a date.
func isDated(value string) bool {
	_, dated := lastDate(value)
	return dated
}

// hasDigit is strings.ContainsAny(s, "0123456789"), without building the
// set of digits for every paragraph.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// sentences cuts a paragraph at its sentence ends.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == ';' || text[i] == '!' || text[i] == '?') &&
			(i+1 == len(text) || text[i+1] == ' ') && !(i > 0 && text[i-1] >= '0' && text[i-1] <= '9' && i+2 < len(text) && text[i+2] >= '0' && text[i+2] <= '9') &&
			!(text[i] == '.' && i+2 < len(text) && (text[i+2] == '(' || 'a' <= text[i+2] && text[i+2] <= 'z')) &&
			!(text[i] == '.' && i >= 3 && text[i-2] == '.' && isASCIILetter(text[i-1]) && isASCIILetter(text[i-3]) && (i < 4 || text[i-4] == ' ')) &&
			!(text[i] == '.' && vocab.EndsWithAbbreviation(text[start:i])) {
			// (An abbreviation's stop goes on: "until 11:59 p.m. (ET)
			// on Friday", "e.g. a degree": no sentence opens so; nor
			// does one end at "p.m." ("by 11:59 p.m. ET on Friday"), nor
			// after a title's or a saint's abbreviation, "Dr. Dumont".)
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// parseAmount reads a number whatever its locale: the last "." or ","
// followed by one or two digits is the decimal mark, every other
// separator groups thousands.
func parseAmount(s string) (float64, error) {
	dec := -1
	if i := strings.LastIndexAny(s, ".,"); i >= 0 && len(s)-i-1 <= 2 {
		dec = i
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case unicode.IsDigit(r):
			b.WriteRune(r)
		case i == dec:
			b.WriteByte('.')
		}
	}
	f, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	return f, nil
}

// reQualifiedGrade is a grade's value that names its kind before the
// code: "Civilian Grade C-4", "Local Grade B3". Group 1 is the code.
var reQualifiedGrade = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[A-Z][A-Za-z]+ ){1,3}(?i:grade|grade OTAN|classe)\s+([A-Z0-9][A-Z0-9./-]{0,8})$`)
})

// reScaleGrade is a grade's value that names its level, then the scale
// it is on: "A – échelle A3", "Level B – scale B2". Group 1 is the
// scale's code.
var reScaleGrade = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Z]{1,3}\s*[–-]\s*(?i:échelle|echelle|scale)\s+([A-Z0-9][A-Z0-9./-]{0,8})$`)
})

// reGradeOfScale is a grade's code followed by the scale it belongs to:
// "18 de l'échelle des traitements du personnel communal", "7 of the
// federal pay scale". Group 1 is the code.
var reGradeOfScale = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([A-Z0-9][A-Z0-9./-]{0,8})\s+(?:de l['’]échelle|de la grille|du barème|of the\s.*scale)\b.*$`)
})

// reBoardLevelGrade is a job board's grade value that names the
// seniority it files the post under before the grade: "Mid level - P-4,
// International Professional - Internationally recruited position",
// "Junior level - IP2, …". Group 1 is the grade.
var reBoardLevelGrade = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:junior|mid|senior|entry|executive)[ -]level\s*[-–]\s*([A-Z]{1,3}-?\d{1,2})\b`)
})

// reCategoryGrade is a grade's value that names its category in words
// before a comma and the code, the code perhaps named a grade:
// "Professional and Higher Categories, P-3", "Local civilian staff,
// grade LC-5", "B, grade B3", "National Professional Officers, NO-B" (a
// step's letter after a dash). Group 1 is the category, group 2 the word
// "grade" or nothing, group 3 the code; categoryGrade bounds the
// category's length, which a counted repetition of a Unicode class would
// do at the price of a 1.7 MB program compiled at every start.
var reCategoryGrade = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\p{Lu}[\p{L} ]*), ((?i:grade) )?([A-Z]{1,4}(?:-?\d{1,2}|-[A-D]))$`)
})

// minCategoryRunes and maxCategoryRunes bound the category's words and
// spaces after its capital in reCategoryGrade: long enough for
// "Professional and Higher Categories", short enough that a sentence
// ending in a code is not one.
const minCategoryRunes, maxCategoryRunes = 3, 60

// categoryGrade returns the code of a value reCategoryGrade matches with
// a category of a length a category has, or of any length when the
// value names the code a grade, or "".
func categoryGrade(value string) string {
	m := reCategoryGrade().FindStringSubmatch(value)
	if m == nil {
		return ""
	}
	if n := utf8.RuneCountInString(m[1]) - 1; m[2] == "" && (n < minCategoryRunes || n > maxCategoryRunes) {
		return ""
	}
	return m[3]
}

// gradeCode returns a grade field's code without what a notice writes
// around it: the kind of grade before it ("Civilian Grade C-4" → "C-4")
// or its category before a comma ("Professional and Higher Categories,
// P-3" → "P-3"), and the pay after a colon ("PIP 7: $81,344 - $98,913" →
// "PIP 7"), with that pay. A number the kind of grade names stays
// whole, as "Grade 7" does: "Meteorologist Grade 1" says what "1"
// alone does not.
func gradeCode(value string) (grade, pay string) {
	if m := reQualifiedGrade().FindStringSubmatch(value); m != nil && !isGradeNumber(m[1]) {
		return m[1], ""
	}
	if code := categoryGrade(value); code != "" {
		return code, ""
	}
	if m := reScaleGrade().FindStringSubmatch(value); m != nil {
		return m[1], ""
	}
	if m := reGradeOfScale().FindStringSubmatch(value); m != nil {
		return m[1], ""
	}
	if code := vocab.StaffCategoryGrade(value); code != "" {
		return code, ""
	}
	if code, rest, ok := strings.Cut(value, ": "); ok && hasMoney(rest) && strings.ContainsAny(code, "0123456789") {
		return strings.TrimSpace(code), strings.TrimSpace(rest)
	}
	return value, ""
}

// reLeadCode is a grade's code opening a value: "G6", "P-4", "L-5",
// "AD7".
var reLeadCode = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Z]{1,3}-?\d{1,2}`) })

// codeRunOn returns a grade's code without what a board's copy runs on
// after it: the next fact glued to it ("G6Staff Member / Affiliate
// Type…", "L-5Net"), set after a bar ("G17 | Full-time"), or another
// field's label after a space ("G9 Clearance Level CTS"). Any other
// value is returned as it is.
func codeRunOn(v *vocab.Vocabulary, value string) string {
	loc := reLeadCode().FindStringIndex(value)
	if loc == nil || loc[1] == len(value) {
		return value
	}
	code, rest := value[:loc[1]], value[loc[1]:]
	r, n := utf8.DecodeRuneInString(rest)
	if next, _ := utf8.DecodeRuneInString(rest[n:]); unicode.IsUpper(r) && unicode.IsLower(next) {
		return code // "G6|Staff Member"
	}
	if r != ' ' {
		return value // "P-4/P-5", "G15-G16"
	}
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, "|") {
		return code
	}
	if f, _, _, ok := v.Field(rest, true); ok && f != "" && f != "grade" {
		return code
	}
	return value
}

// Ballot boxes a form prints before each option of a field, ticked
// or not.
const (
	emptyBox   = "☐"
	checkedBox = "☒"
	tickedBox  = "☑"
)

// checkedOptions returns, of a form's field that offers its options with
// boxes ("☒ Full time ☐ Part time"), the options ticked; a value without
// boxes as it is. A dump that lost the ticked box's glyph keeps the
// option before the first empty box ("Full time ☐ Part time"): only a
// ticked box prints nothing there.
func checkedOptions(value string) string {
	if !strings.ContainsAny(value, emptyBox+checkedBox+tickedBox) {
		return value
	}
	var kept []string
	box := "" // the box before the option read; "" before the first
	for rest := value; ; {
		i := strings.IndexAny(rest, emptyBox+checkedBox+tickedBox)
		if i < 0 {
			i = len(rest)
		}
		opt := strings.TrimSpace(rest[:i])
		next := ""
		if i < len(rest) {
			r, _ := utf8.DecodeRuneInString(rest[i:])
			next = string(r)
		}
		ticked := box == checkedBox || box == tickedBox || box == "" && next == emptyBox
		if opt != "" && ticked {
			kept = append(kept, opt)
		}
		if next == "" {
			break
		}
		box, rest = next, rest[i+len(next):]
	}
	return strings.Join(kept, ", ")
}

// cleanValue takes out of a field's value a label that repeats the field
// ("NATO Grade G22" under "Grade" is G22, "Security Clearance NATO
// SECRET" under "Clearance Level" is NATO SECRET); a value that names
// the field only further on ("A.2 / NATO Grade G15"), or whose label
// only makes a number a grade ("Grade 7"), stays as written.
func cleanValue(v *vocab.Vocabulary, field, value string) string {
	// A number alone says nothing without its word: "Grade 7", "Level
	// 6", "Classe 9" stay whole.
	// ("Catégorie 15 – Cadre", "Catégorie I, échelle 2", "classe 13
	// (personnel soignant)": the word makes the number that follows it
	// a grade, whatever comes after.)
	if f, _, rest, ok := v.Field(value, true); ok && f == field && rest != "" && !isGradeNumber(leadWord(rest)) && !isBandCode(value, rest) {
		return rest
	}
	return value
}

// isBandCode reports a band of a pay scale and its code, "Band C", "Band
// M2": a band is named with its word, as a number is ("Band 11").
func isBandCode(value, rest string) bool {
	w, _, _ := strings.Cut(value, " ")
	return len(rest) <= maxBandCodeBytes && !strings.Contains(rest, " ") && vocab.IsBandWord(w)
}

// maxBandCodeBytes bounds the code of a band: "M2", "C".
const maxBandCodeBytes = 3

// leadWord is the first word of s, without the punctuation after it.
func leadWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return strings.TrimRight(w, ",;:.")
}

// isGradeNumber reports a number a grade's word makes a grade: figures
// ("7", "15") or a Roman numeral ("I", "IV").
func isGradeNumber(w string) bool {
	return w != "" && (strings.Trim(w, "0123456789") == "" || len(w) <= maxRomanBytes && strings.Trim(w, "IVX") == "")
}

// maxRomanBytes bounds a Roman numeral of a grade: "VIII".
const maxRomanBytes = 4

// maxGradeWords bounds a grade written without a digit: "Catégorie A
// (cadre)".
const maxGradeWords = 4

// looksLikeGrade reports a grade field's value that can be a grade: it
// holds a digit ("G15", "P-3", "18") or a code in capitals ("A", "AD",
// "INTERN", "Catégorie A (cadre)"), not words alone ("Politiques et
// analyse", "Requis : Master").
func looksLikeGrade(value string) bool {
	if strings.ContainsAny(value, "0123456789") {
		return true
	}
	if words.CountAtMost(value, maxGradeWords+1) > maxGradeWords {
		return false // "Not applicable – fellows are not EIB staff"
	}
	for _, w := range strings.FieldsFunc(value, func(r rune) bool { return r == ' ' || r == '/' || r == ',' || r == '(' || r == ')' }) {
		w = strings.TrimRight(w, "+-.")
		if strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}

// isLevelLetter reports a grade field's value that is a category or a
// level's letter alone, with or without a remark ("B", "A (cadre)").
func isLevelLetter(value string) bool {
	w := words.First(value)
	return len(w) == 1 && isUpperASCII(w[0])
}

// namedGrade reports a grade written in words under the word "Grade"
// itself, as French public services name theirs ("GRADE : Ingénieur
// hospitalier", "Grade : Attaché territorial"): not under another label
// of grades ("Category: Policy and Analysis" names a family of jobs).
// A label read as the value ("Grade" / "Vacancy Type", a column of a
// PDF's table) is none.
func (x *extraction) namedGrade(label, value string) bool {
	return x.namedGradeOf(label, value, maxGradeWords)
}

// namedGradeWithin is namedGrade for a grade named within the category
// or level a field gave before, whose name may be longer ("Technicien
// supérieur hospitalier de 1re classe" after "Catégorie : B").
func (x *extraction) namedGradeWithin(label, value string) bool {
	return x.namedGradeOf(label, value, maxGradeWithinWords)
}

// maxGradeWithinWords bounds a grade named within a category.
const maxGradeWithinWords = 8

// namedGradeOf is namedGrade for a name of up to maxWords words.
func (x *extraction) namedGradeOf(label, value string, maxWords int) bool {
	if !vocab.IsGradeWord(label) || !words.StartsUpper(value) ||
		words.CountAtMost(value, maxWords+1) > maxWords || strings.ContainsAny(value, ".;!?") {
		return false
	}
	_, isLabel := x.voc.Label(value)
	return !isLabel
}

// reTitleGrade is a grade a title carries in parentheses: "(Grade B1/B2)",
// "(grade A2)", "(Temporary Agent, Grade AD6)".
// (Compiled on its first use, as are the other expressions most parses
// never reach, by the corpus's coverage: reClockTail, reQuotedRef,
// reGluedLabel, … Compiled at init, these nine cost every start of the
// program ~2 ms, the costliest this one; the command line's start is
// most of its parse of a small file.)
var reTitleGrade = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\((?:[^(),]{1,40},\s*)?(?:grade|grades|classe|grade OTAN)\s+([A-Z0-9][A-Z0-9./\- ]{0,20})\)`)
})

// gradeInTitle returns the grade written in a title, or "".
func gradeInTitle(title string) string {
	if m := reTitleGrade().FindStringSubmatch(title); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// gradeInPay returns the step of a pay scale a salary's value names,
// or "": "(Band C)", "(Grade 6)", "Grade E: £28,410 – £30,960 per
// annum", "Band 12 of the salary scale", "Scale 20 – BZD 38,520 –
// 46,740 per annum". The word is capitalised, opens
// its parenthesis, and the code after it is short (a letter or two, a
// figure or two, or a letter and figures) and closed: by a parenthesis,
// a colon, a comma, "/", "of", a dash or the value's end. A bare letter or
// figure keeps its word, as printed ("Band C"); a code of a letter and
// figures says it alone ("Grade G17" is "G17"), as does one after the
// word as a label ("Grade: 12"). A value that names two steps ("Grade
// 13: €4,418.27, Grade 14: €5,000.96") names no one grade.
func gradeInPay(value string) string {
	fs := strings.Fields(value)
	grade := ""
	for i := 0; i+1 < len(fs); i++ {
		w, parened := strings.CutPrefix(fs[i], "(")
		w, label := strings.CutSuffix(w, ":")
		if !words.StartsUpper(w) || !vocab.IsPayScaleWord(w) {
			continue
		}
		code := strings.TrimRight(fs[i+1], ":,)")
		closed := code != fs[i+1] || i+2 == len(fs) || fs[i+2] == "/" || fs[i+2] == "of" || isDashWord(fs[i+2])
		if strings.HasSuffix(fs[i+1], ")") != parened {
			closed = false // "(MPEX Grade 02)", "(Grade 6 and above)": no step alone
		}
		if !closed || !isPayScaleCode(code) || vocab.IsNumberedScaleWord(w) && !words.IsDigits(code) {
			continue
		}
		g := w + " " + code
		if label || len(code) > 1 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= '0' && code[1] <= '9' {
			g = code
		}
		if grade != "" && g != grade {
			return ""
		}
		grade = g
	}
	return grade
}

// isDashWord reports a dash standing alone between words: "Scale 20 –
// BZD 38,520".
// payInGrade returns the pay a grade's value states after its step,
// and the text of it: "Grade 7 – £36,480 to £40,210 a year", "Grade F
// (£33,140 – £36,420 a year)". The pay
// needs its currency, a figure grouped as money and a period; a grade
// alone ("P-3", "Grade 7") or with a count ("G5, 2 posts") has none.
func payInGrade(value string, dollar func(string) string) (*schema.Salary, string) {
	i := -1
	for _, d := range [...]string{" – ", " — ", " - ", " ("} {
		if j := strings.Index(value, d); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 {
		return nil, ""
	}
	pay := strings.TrimLeft(value[i:], "–—-( \u00a0")
	if value[i+1] == '(' {
		pay = strings.TrimSuffix(pay, ")") // "Grade F (£33,140 – £36,420 a year)"
	}
	if !hasDigit(pay) {
		return nil, ""
	}
	sal, ok := parseSalary(pay, dollar(pay))
	if !ok || sal.Currency == nil || sal.Period == nil {
		return nil, ""
	}
	first := cmp.Or(sal.Amount, sal.Min)
	if first == nil || *first < minGradePay {
		return nil, ""
	}
	return sal, pay
}

// minGradePay is the least figure read as pay in a grade's value: a
// step's number is below it.
const minGradePay = 100

// scaleCodeLead returns the code a salary field whose label names a pay
// scale ("Salary scale", "Pay scale") opens its value with, before the
// figures of its step: "C1 (P412,668 – P486,120 per annum)" is at C1.
// A number alone ("20 (…)") is no code. Else "".
func scaleCodeLead(label, value string) string {
	fs := strings.Fields(label)
	if len(fs) < 2 || !vocab.IsPayScaleWord(strings.TrimRight(fs[len(fs)-1], ":")) {
		return ""
	}
	code, rest, ok := strings.Cut(strings.TrimSpace(value), " ")
	if !ok || len(code) < 2 || !isPayScaleCode(code) || words.IsDigits(code) || !hasDigit(code) {
		return ""
	}
	rest = strings.TrimSpace(rest)
	if !strings.HasPrefix(rest, "(") && !isDashWord(words.First(rest)) || !hasDigit(rest) {
		return ""
	}
	return code
}

func isDashWord(w string) bool { return w == "-" || w == "–" || w == "—" }

// isPayScaleCode reports the code of a pay scale's step: "C", "E",
// "6", "12", "G4", "AB".
func isPayScaleCode(s string) bool {
	letters := 0
	for letters < len(s) && s[letters] >= 'A' && s[letters] <= 'Z' {
		letters++
	}
	digits := len(s) - letters
	for _, c := range []byte(s[letters:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return letters+digits > 0 && letters <= 2 && digits <= 2 && (letters < 2 || digits == 0)
}

// reGradeInText is a grade a sentence names: "at grade AD6", "grade AD
// 6, step 1", "recruited at the A2 grade", "au grade AD 7", a pay group
// ("rémunéré au groupe d'indemnité B1"). Group 1 or 2
// is the code, in capitals and figures.
var reGradeInText = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:[Gg]rade|[Gg]rades|groupe d['’]indemnité|groupe de (?:traitement|rémunération))\s+((?:AD|AST|AST/SC|FG|SC|[A-Z])\s?-?\s?\d{1,2})\b|\b(?:the|au|le)\s+((?:AD|AST|FG|[A-Z])\s?\d{1,2})\s+grade\b`)
})

// gradeFromText finds the grade a sentence of a half's sections names,
// for a notice that gives it in its conditions rather than in a field.
func gradeFromText(sections []schema.Section) (string, *schema.Origin) {
	for _, s := range sections {
		for _, c := range s.Content {
			if g := gradeInSentence(c.Text); g != "" {
				return g, c.Origin
			}
		}
	}
	return "", nil
}

// gradeInSentence returns the grade a sentence names (reGradeInText),
// or "".
func gradeInSentence(text string) string {
	// Most paragraphs name no grade: the word first.
	if !strings.Contains(text, "rade") && !strings.Contains(text, "roup") {
		return ""
	}
	if m := reGradeInText().FindStringSubmatch(text); m != nil {
		return cmp.Or(m[1], m[2])
	}
	return ""
}

// clearanceFromText finds the level of security clearance a sentence of
// a half's sections asks for.
func clearanceFromText(sections []schema.Section) (string, *schema.Origin) {
	for _, s := range sections {
		for _, c := range s.Content {
			// A level names one of these: most paragraphs name none.
			if !mayNameClearance(c.Text) {
				continue
			}
			for _, sentence := range sentences(c.Text) {
				if level := vocab.ClearanceIn(sentence); level != "" {
					return level, c.Origin
				}
			}
		}
	}
	return "", nil
}

// mayNameClearance reports whether strings.ToLower(text) contains
// "secret", "confiden", "fiabilit" or "reliability", the words a level
// of clearance comes with. The lower case is built on the stack, ASCII
// byte by byte, and searched there: the lowered copy of every paragraph
// of a half, rune by rune through strings.Map for any text with an
// accent, was 1 % of a Markdown parse.
func mayNameClearance(text string) bool {
	var buf [512]byte
	low := buf[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low = append(low, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		// A rune whose lower case is ASCII ('İ' → 'i', the Kelvin sign
		// → 'k') is that letter, as in strings.ToLower; any other (and
		// a byte that is no UTF-8) is a letter of none of the words.
		if l := unicode.ToLower(r); l < utf8.RuneSelf {
			low = append(low, byte(l))
		} else {
			low = append(low, 0)
		}
	}
	return bytes.Contains(low, []byte("secret")) || bytes.Contains(low, []byte("confiden")) ||
		bytes.Contains(low, []byte("fiabilit")) || bytes.Contains(low, []byte("reliability"))
}

// maxClearanceWords bounds a clearance field's value that is a level:
// "NATO SECRET / TAJNE", "Secret (renewal of an existing clearance)"
// once its remark is cut. A longer value is a sentence that names the
// level somewhere.
const maxClearanceWords = 6

// clearanceValue is the level a clearance field's value names: the value
// without its remark, the level named in a sentence written as the value
// ("The successful candidate will be required to hold … SECRET UE/EU
// SECRET"), and without a footnote's number glued to its last word
// ("SECRET UE/EU SECRET1").
func clearanceValue(value string) string {
	v := withoutRemark(firstSentence(value))
	if words.CountAtMost(v, maxClearanceWords+1) > maxClearanceWords {
		if l := vocab.ClearanceLevelIn(v); l != "" {
			return l
		}
	}
	return withoutFootnoteMark(v)
}

// withoutFootnoteMark cuts a footnote's number glued to the last word of
// a value that has no other figure: "SECRET1" is SECRET and its first
// footnote; "Level 2" and "NS2" keep theirs only when their letters are
// not a known level.
func withoutFootnoteMark(v string) string {
	end := len(v)
	for end > 0 && v[end-1] >= '0' && v[end-1] <= '9' {
		end--
	}
	if end == len(v) || len(v)-end > 2 || end == 0 || strings.ContainsAny(v[:end], "0123456789") {
		return v
	}
	if c := v[end-1]; !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
		return v
	}
	if l := vocab.ClearanceLevelIn(v[:end]); l != "" && strings.HasSuffix(strings.ToLower(v[:end]), strings.ToLower(l)) {
		return v[:end]
	}
	return v
}

// minRemarkWords tells a remark after a code from the code's own words:
// "(the vetting procedure is initiated by the employer)" is one, "(NS)"
// and "(cadre)" are not.
const minRemarkWords = 3

// beforeNextLabel cuts a code's value where another field's label runs
// on after it, known or not: "P3 Country: Austria" → "P3", "G16 Duty
// Station: Brussels" → "G16". The code ends with its last word that
// holds a figure; the words after it, up to the colon, are the label.
func beforeNextLabel(value string) string {
	i := strings.IndexByte(value, ':')
	if i <= 0 {
		return value
	}
	fs := strings.Fields(value[:i])
	last := -1
	for k, w := range fs {
		if strings.ContainsAny(w, "0123456789") {
			last = k
		}
	}
	if last < 0 || last == len(fs)-1 || !words.StartsUpper(fs[last+1]) {
		return value
	}
	return strings.Join(fs[:last+1], " ")
}

// firstSentence is a code's value without the sentences a page runs on
// after it: "NATO SECRET. The successful applicant must hold…" → "NATO
// SECRET".
func firstSentence(value string) string {
	if i := sentenceEnd(value); i > 0 {
		return value[:i]
	}
	return value
}

// sentenceEnd is the index of the stop that ends value's first sentence
// when another sentence follows it (a stop, a space, a capital), or -1.
func sentenceEnd(value string) int {
	for from := 0; ; {
		j := strings.Index(value[from:], ". ")
		if j < 0 {
			return -1
		}
		i := from + j
		if i > 0 && words.StartsUpper(value[i+2:]) && !vocab.EndsWithAbbreviation(value[:i]) {
			return i
		}
		from = i + 2
	}
}

// unglued puts a space where a word in lower case runs into a capital
// ("MonthlyGrade" → "Monthly Grade"), as job boards glue a value to the
// next label.
func unglued(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if gluedAt(s, i) {
			b.WriteByte(' ')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// gluedAt reports a capital at s[i] right after a small letter, ASCII
// both: where a word runs into the next ("MonthlyGrade").
func gluedAt(s string, i int) bool {
	return i > 0 && isUpperASCII(s[i]) && isLowerASCII(s[i-1])
}

// placeValue is a location field's value without what pages print
// after the place: its label again ("Location Netherlands, The Hague"),
// a sentence ("Parma, Italy. EFSA offers a hybrid working model."), a
// remark in parentheses ("… (relocation to take up duties is
// mandatory)"), how the work is done ("…, in-person teaching"). Another location label at its start is the place's own
// word: "City Hall, 333 Acadie Avenue" under "Work location".
func placeValue(v *vocab.Vocabulary, label, value string) string {
	if _, again, _, ok := v.Field(value, true); ok && sameLabel(again, label) {
		value = cleanValue(v, "location", value)
	}
	if i := sentenceEnd(value); i > 0 && (strings.HasSuffix(value, ".") && isSentenceRemark(value[i+2:]) ||
		words.CountAtMost(value[:i], maxPlaceSentenceWords+1) <= maxPlaceSentenceWords && words.CountAtMost(value[i+2:], minSentenceWords) >= minSentenceWords) {
		// "Angers. Contrat initial de cinq ans, renouvelable. Le
		// traitement…": a short place, then sentences of the notice.
		value = value[:i]
	}
	value = beforeTrailingLabel(v, value)
	value = withoutTrailingButton(value)
	if i := strings.Index(value, " | "); i > 0 && labelledPart(value[i+3:]) {
		// "Winnipeg (Manitoba) | Exigence linguistique : Anglais
		// essentiel": a row of facts parted by bars, the next its label's.
		value = value[:i]
	}
	if !strings.Contains(value, " : ") {
		// "Charlottetown Type: Permanent" (not "Canada : Québec :
		// Montréal", a site's trail of places).
		value = withoutNextLabel(value)
	}
	value = beforeRunOnLabel(v, value)
	value, _ = withoutParenRemark(value)
	value = withoutFinalStop(value)
	// "Toronto (Ontario), enseignement en présentiel": how the work is
	// done, after the place.
	for {
		i := strings.LastIndex(value, ", ")
		if i <= 0 || !vocab.NamesWorkMode(value[i+2:]) {
			return value
		}
		value = value[:i]
	}
}

// withoutTrailingButton returns a place without a site's buttons a copy
// ran on after it ("Geneva Quick apply", "Lyon Postuler", "Genève
// Postuler Sauvegarder"): its last words that are the site's furniture,
// an apply button or a phrase of two words among them, or more than one.
func withoutTrailingButton(value string) string {
	ws := strings.Fields(value)
	cut, parts, sure := len(ws), 0, false
	// A run of buttons, read from the end: "Wabern Postuler facilement
	// Sauvegarder Partager".
	for more := true; more; {
		more = false
		for n := 2; n >= 1; n-- {
			if cut-n < 1 {
				continue
			}
			if tail := strings.Join(ws[cut-n:cut], " "); vocab.IsFurniture(tail) {
				cut, parts, more = cut-n, parts+1, true
				sure = sure || n == 2 || vocab.IsApplyButton(tail)
				break
			}
		}
	}
	if cut < len(ws) && (sure || parts > 1) {
		return strings.Join(ws[:cut], " ")
	}
	return value
}

// labelledPart reports a part of a row of facts that opens with a label
// and its colon: a few words, then ":".
func labelledPart(part string) bool {
	label, _, ok := strings.Cut(part, ":")
	return ok && label != "" && words.StartsUpper(label) && !strings.ContainsAny(label, ",;|") &&
		words.CountAtMost(label, maxPartLabelWords+1) <= maxPartLabelWords
}

// maxPartLabelWords bounds the label of a part of a row of facts:
// "Exigence linguistique", "Security requirement".
const maxPartLabelWords = 4

// withoutFinalStop returns a place without the full stop a sentence-like
// field line ends it with ("Duty station: Apia, Samoa."), keeping an
// abbreviation's ("Toronto, Ont.", "Yellowknife, N.W.T.").
func withoutFinalStop(place string) string {
	t, ok := strings.CutSuffix(place, ".")
	if !ok {
		return place
	}
	last := t[strings.LastIndexAny(t, " ,")+1:]
	if len(last) <= maxAbbreviationBytes || strings.Contains(last, ".") {
		return place
	}
	return t
}

// maxAbbreviationBytes bounds a place's abbreviated last word ("Ont.",
// "Qc."): a longer one is a name its sentence ends.
const maxAbbreviationBytes = 4

// beforeRunOnLabel returns a place without the next field a layout ran on
// after it without a colon: "Dakar, Sénégal Catégorie et classe P-3", a
// label the vocabulary knows, capitalised, after the place's first word
// and before a value of its own. A word right after a figure is its
// unit ("Regular 37 Hours"), no label.
func beforeRunOnLabel(v *vocab.Vocabulary, value string) string {
	fs := strings.Fields(value)
	if len(fs) < 3 {
		return value
	}
	for i := 1; i < len(fs)-1; i++ {
		if !words.StartsUpper(fs[i]) || strings.ContainsAny(fs[i-1], "(") {
			continue
		}
		if vocab.IsNameJoiner(fs[i-1]) {
			continue // "Maison de Région Metz": a name's word after its joiner, no label
		}
		for n := min(maxTrailingLabelWords, len(fs)-1-i); n >= 1; n-- {
			label := strings.Join(fs[i:i+n], " ")
			if f, ok := v.Label(label); ok && f != "location" && len(label) > 3 && !(f == "schedule" && hasDigit(fs[i-1])) {
				// ("Regular 37 Hours": a figure's unit, no schedule's
				// label run on.)
				return strings.TrimRight(strings.Join(fs[:i], " "), " ,;–-")
			}
		}
	}
	return value
}

// beforeTrailingLabel returns a place without the next field's label
// or section's heading and what follows it, which a layout ran on after
// the place: "Montreal, Quebec Job Description:", "Douala-Bonabéri
// (Cameroon) Reports to: Head of …". The label is one the vocabulary
// knows, right before a colon.
func beforeTrailingLabel(v *vocab.Vocabulary, value string) string {
	colon := strings.IndexByte(value, ':')
	if colon <= 0 {
		return value
	}
	fs := strings.Fields(value[:colon])
	for n := maxTrailingLabelWords; n >= 1; n-- {
		if n >= len(fs) {
			continue
		}
		label := strings.Join(fs[len(fs)-n:], " ")
		_, heading := v.Heading(label)
		if _, field := v.Label(label); !field && !heading {
			continue
		}
		return strings.TrimRight(strings.Join(fs[:len(fs)-n], " "), " ,;–-")
	}
	return value
}

// maxTrailingLabelWords bounds the label run on after a place.
const maxTrailingLabelWords = 3

// sameLabel reports a label written again in its value, in either case
// and with or without a qualifier: "Location" under "Location",
// "Location" under "Duty location".
func sameLabel(again, label string) bool {
	a, l := strings.ToLower(strings.TrimSpace(again)), strings.ToLower(strings.TrimSpace(label))
	return a != "" && (strings.HasSuffix(l, a) || strings.HasSuffix(a, l) || l == "")
}

// maxPlaceSentenceWords bounds a place cut from the sentences after it
// ("Angers", "Meyrin, Geneva, Switzerland"), and minSentenceWords is how
// many words make what follows a sentence rather than a place's part.
const (
	maxPlaceSentenceWords = 5
	minSentenceWords      = 5
)

// withoutParenRemark returns value without a remark in parentheses at
// its end, and whether it had one: "… (relocation to take up duties is
// mandatory)". A place's or a title's own words in parentheses stay:
// "(campus de Québec)", "(Supply Chain Planning)", "(P-3)".
func withoutParenRemark(value string) (string, bool) {
	if t, ok := strings.CutSuffix(value, ")"); ok {
		if i := strings.LastIndex(t, " ("); i > 0 && isSentenceRemark(t[i+2:]) {
			return strings.TrimSpace(t[:i]), true
		}
	}
	return value, false
}

// withoutTitleRemark is withoutParenRemark for a title, whose remark is
// a clause: a French title writes its specialisation in small letters
// ("Physicien ou physicienne (modélisation de la qualité de l'air)").
func withoutTitleRemark(title string) string {
	t, ok := withoutParenRemark(title)
	if ok && !vocab.HasClauseWord(title[len(t):]) {
		return title
	}
	return t
}

// minSentenceRemarkWords is how many words, all but one in lower case,
// make a remark a sentence after a place or a title rather than words of
// its name: "(campus de Québec)" has three.
const minSentenceRemarkWords = 4

// isSentenceRemark reports words of a sentence: minSentenceRemarkWords
// at least, all but one in lower case (lowerWords).
func isSentenceRemark(s string) bool {
	n, lower := lowerWords(s)
	return n >= minSentenceRemarkWords && lower >= n-1
}

// lowerWords counts the words of s and those that start in lower case.
func lowerWords(s string) (n, lower int) {
	for w := range strings.FieldsSeq(s) {
		n++
		if words.StartsLower(w) {
			lower++
		}
	}
	return n, lower
}

// withoutRemark returns a grade's or a clearance's value without the
// remark a site writes after it in parentheses or after a dash: "NATO
// SECRET (the vetting procedure is initiated by the employer)",
// "AD7-AD10 - Check salary simulations for the basic grade".
// reGradeCode matches a grade written as a code of a scale: "A-2",
// "G16", "P3", "NO-B".
var reGradeCode = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Z]{1,3}-?[0-9A-D]{1,2}$`) })

func withoutRemark(value string) string {
	for _, sep := range [...]string{" (", " - ", " – "} {
		i := strings.Index(value, sep)
		if i <= 0 {
			continue
		}
		remark := strings.TrimRight(value[i+len(sep):], ") ")
		// A remark is words of a sentence, not a code.
		if n, lower := lowerWords(remark); lower >= minRemarkWords-1 && n >= minRemarkWords {
			return strings.TrimSpace(value[:i])
		}
		// "A-2 (G16)": a grade and its equivalent in another scale, in
		// parentheses; the grade is the first.
		if sep == " (" && reGradeCode().MatchString(remark) && reGradeCode().MatchString(strings.TrimSpace(value[:i])) && strings.HasSuffix(strings.TrimSpace(value), ")") {
			return strings.TrimSpace(value[:i])
		}
		// "P2/P3 ( SALARY SIMULATOR )", "B (agent contractuel)": words
		// in parentheses after a code, no code of their own.
		if sep == " (" && words.Count(remark) >= 2 && !strings.ContainsAny(remark, "0123456789") && strings.HasSuffix(strings.TrimSpace(value), ")") {
			return strings.TrimSpace(value[:i])
		}
	}
	return value
}

// reGradeStep is a grade's code and its step: "GS5 — échelon 1", "G12 -
// step 3". Group 1 is the code. ("P4/1" stays: the sets' writers keep it
// as often as not.)
var reGradeStep = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([A-Z]{1,3}-?[0-9]{1,2})\s[—–-]\s*(?i:échelon|echelon|step)\s*[0-9]{1,2}$`)
})

// withoutGradeRemark returns a grade's code without what a notice adds
// after it that is no grade: its equivalent in another scale ("G17 (A-3
// equivalent)"), a step ("GS5 — échelon 1"), the remark after a
// qualified grade ("NATO SSS Grade G16 (ABCL A3)"); and a grade spelled
// out is the code it gives in parentheses ("Expert Level 2 (EL2)" →
// "EL2").
func withoutGradeRemark(value string) string {
	v := strings.TrimSpace(value)
	if m := reGradeStep().FindStringSubmatch(v); m != nil {
		return m[1]
	}
	if head, remark, ok := strings.Cut(v, ", "); ok && isCodeWord(head) && vocab.NamesSubgroup(remark) {
		return head // "B1, sous-groupe administratif": the group's code
	}
	for _, sep := range [...]string{", ", " - ", " – ", " / "} {
		// "G-5 - General Service", "G-5, General Service",
		// "Professionnel / P4": the code without its category of staff.
		head, tail, ok := strings.Cut(v, sep)
		if !ok {
			continue
		}
		if isCodeWord(head) && vocab.NamesStaffCategory(tail) {
			return head
		}
		if isCodeWord(tail) && vocab.NamesStaffCategory(head) {
			return tail
		}
	}
	i := strings.LastIndex(v, " (")
	if i <= 0 || !strings.HasSuffix(v, ")") {
		return value
	}
	head, inner := strings.TrimSpace(v[:i]), strings.TrimSpace(v[i+2:len(v)-1])
	code := isCodeWord(head)
	switch {
	case code && isEquivalentGrade(inner):
		return head
	case !code && reGradeCode().MatchString(inner) && lastDigits(head) != "" && lastDigits(head) == lastDigits(inner):
		return inner
	case reQualifiedGrade().MatchString(head):
		return head
	}
	return value
}

// isEquivalentGrade reports what a grade's parenthesis says of its
// equivalent in another scale: "A-3 equivalent", "équivalent P-4", or a
// scale's name and code in capitals, "ABCL A3".
func isEquivalentGrade(inner string) bool {
	fs := strings.Fields(inner)
	switch {
	case len(fs) == 2 && reGradeCode().MatchString(fs[0]) && vocab.IsEquivalentWord(fs[1]),
		len(fs) == 2 && vocab.IsEquivalentWord(fs[0]) && reGradeCode().MatchString(fs[1]):
		return true
	case len(fs) == 2 && isCodeWord(fs[0]) && !strings.ContainsAny(fs[0], "0123456789") && reGradeCode().MatchString(fs[1]):
		return true
	}
	return false
}

// isCodeWord reports a word of capitals and figures, a grade's code:
// "A", "G7", "SS-07".
func isCodeWord(s string) bool {
	return s != "" && !strings.ContainsAny(s, " \t") && len(s) <= maxGradeCodeBytes && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// maxGradeCodeBytes bounds a grade's code: "SS-07", "NO-B".
const maxGradeCodeBytes = 6

// lastDigits returns the figures that end s: "2" of "Expert Level 2".
func lastDigits(s string) string {
	i := len(s)
	for i > 0 && '0' <= s[i-1] && s[i-1] <= '9' {
		i--
	}
	return s[i:]
}

// scheduleValue is a working time's value without the full stop that
// ends it as a sentence would ("Temps plein.", "Full time;"): a value
// with a stop inside ("approx. 40 h") keeps its own; and without the pay
// a layout ran on after it ("35 hours per week, Monday to Friday $58,760
// to $71,395 per year"): no working time names a sum in a currency.
func scheduleValue(v string) string {
	v = withoutContractTerm(beforePay(withoutLaterSentences(v)))
	if t := strings.TrimRight(v, ".;"); t != v && !strings.ContainsAny(t, ".;") && len(v)-len(t) == 1 {
		return strings.TrimRight(t, " ") // ("Temps plein ;": the French space before the mark)
	}
	return v
}

// withoutLaterSentences returns a working time's value without the
// sentences a page runs on after it, of minSentenceWords words or more:
// "36.25 hours per week, including weekends from May to October. You may
// be required to respond to building emergencies outside regular
// hours." ("8:00 a.m. to 4:00 p.m." ends no sentence; "Full-time. 37.5
// hours per week, Monday to Friday" goes on with its hours, tellsHours.)
func withoutLaterSentences(v string) string {
	if i := sentenceEnd(v); i > 0 && words.CountAtMost(v[i+2:], minSentenceWords) >= minSentenceWords && !tellsHours(v[i+2:]) {
		return v[:i]
	}
	return v
}

// tellsHours reports a sentence after a working time's first that goes
// on with its hours or days: a figure ("37.5 hours per week, Monday to
// Friday", "de 9 h à 17 h") or a working time of its own ("Three days per
// week, days to be agreed").
func tellsHours(tail string) bool {
	head, _, _ := strings.Cut(tail, ", ")
	return hasDigit(tail) || vocab.IsScheduleValue(head)
}

// withoutContractTerm returns a working time's value without the
// contract's term it goes on to after a comma or in a sentence of its
// own: "Full-time, fixed term of three years, renewable", "Temps plein,
// contrat de trois ans renouvelable", "full time, Monday to Friday. The
// position is a three-year fixed-term appointment"
// (vocab.NamesContractTerm, in a part whose words after the first are
// in small letters: "…, including a weekend rota Contract Permanent" is
// the next field run on), unless the part gives the working hours too
// ("Full-time, 37.5 hours per week as set out in your contract"). The
// part before stays whole.
func withoutContractTerm(v string) string {
	for i := 0; i < len(v); {
		j := nextValuePart(v, i)
		if j < 0 {
			return v
		}
		part := v[j:]
		if k := nextValuePart(part, 0); k >= 0 {
			part = part[:k]
		}
		if j > 2 && vocab.NamesContractTerm(part) && smallAfterFirst(part) && !vocab.GivesHours(part) {
			return strings.TrimRight(v[:j], " ,.")
		}
		i = j
	}
	return v
}

// nextValuePart returns where the part of v after the next comma, or
// after the next full stop before a capital, starts, from byte i on; or
// -1.
func nextValuePart(v string, i int) int {
	for k := i; k+2 < len(v); k++ {
		if v[k+1] == ' ' && (v[k] == ',' || v[k] == '.' && isUpperASCII(v[k+2])) {
			return k + 2
		}
	}
	return -1
}

// smallAfterFirst reports a part whose words after the first start in
// small letters or figures.
func smallAfterFirst(part string) bool {
	first := true
	for w := range strings.FieldsSeq(part) {
		if !first && words.StartsUpper(w) {
			return false
		}
		first = false
	}
	return true
}

// scheduleBeforeLabel returns a working time's value without the next
// field a layout ran on after it: a label and its value ("Full-time, 40
// hours per week Salary Band 11"), or a label alone in capitals at its
// end, its value on a line of its own ("Temps plein, 37,5 heures par
// semaine (quarts rotatifs) SALAIRE").
func scheduleBeforeLabel(v *vocab.Vocabulary, value string) string {
	value = beforeRunOnLabel(v, strings.TrimSpace(value))
	i := strings.LastIndexByte(value, ' ')
	if last := value[i+1:]; i > 0 && len(last) > 3 && strings.ToUpper(last) == last && strings.ToLower(last) != last {
		if f, ok := v.Label(last); ok && f != "schedule" {
			return strings.TrimRight(value[:i], " ,;–-")
		}
	}
	return value
}

// beforePay is v up to its first amount with a currency beside it (or
// up to the range that amount ends), and the currency written before
// it; v when it has none, or when nothing stands before it.
func beforePay(v string) string {
	if !strings.ContainsAny(v, "0123456789") {
		return v
	}
	amounts := salaryAmounts(v)
	for i, a := range amounts {
		if !priced(v, a) && !strings.HasSuffix(strings.TrimRight(v[:a.start], " \u00a0"), "$") && !strings.HasPrefix(strings.TrimLeft(v[a.end:], " \u00a0"), "$") {
			continue // a bare "$" is a currency too, whichever country's
		}
		start := a.start
		if i > 0 && reRange().MatchString(v[amounts[i-1].end:a.start]) {
			start = amounts[i-1].start
		}
		head := strings.TrimRight(v[:start], " \u00a0$€£")
		head = strings.TrimRight(strings.TrimSuffix(head, vocab.ISOCodeBeside(head, "")), " \u00a0,;:–—-·|(")
		if head == "" {
			return v
		}
		return head
	}
	return v
}

// factsRow reads a line of a careers site's facts under a title, parted
// as factParts parts them (or by spaced slashes) into minFactsRowParts
// parts or more, one of them a working time ("Paris / R&D – Catalog /
// Full-time / Hybrid"): the working time, and the first part as the
// place when it reads as one (a few capitalised words, no digit: a city
// alone, which vocab.IsPlaceLine asks more of) and is not the working
// time.
func factsRow(t string) (place, schedule string, ok bool) {
	parts := factParts(t, " / ")
	if len(parts) < minFactsRowParts {
		// "Toronto, ON, CanadaFull TimeEXHIBITIONS & GALLERIESExperienced":
		// the same row, its parts glued by a copy.
		if parts = gluedParts(t); len(parts) < minFactsRowParts {
			return "", "", false
		}
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); vocab.IsScheduleValue(p) {
			schedule = p
			break
		}
	}
	if schedule == "" {
		return "", "", false
	}
	first := strings.TrimSpace(parts[0])
	if first != schedule && words.StartsUpper(first) && !strings.ContainsAny(first, "0123456789") &&
		words.CountAtMost(first, maxFactsRowPlaceWords+1) <= maxFactsRowPlaceWords {
		place = first
	}
	return place, schedule, true
}

// gluedParts cuts a text where a copy glued its parts: a capital right
// after a small letter ("CanadaFull"), or the last capital of a run of
// capitals that opens a word in small letters ("GALLERIESExperienced").
func gluedParts(t string) []string {
	rs := []rune(t)
	var parts []string
	start := 0
	for i := 1; i < len(rs); i++ {
		cut := unicode.IsLower(rs[i-1]) && unicode.IsUpper(rs[i]) ||
			i >= 2 && unicode.IsUpper(rs[i-2]) && unicode.IsUpper(rs[i-1]) && unicode.IsUpper(rs[i]) && i+1 < len(rs) && unicode.IsLower(rs[i+1])
		if cut {
			parts = append(parts, strings.TrimSpace(string(rs[start:i])))
			start = i
		}
	}
	return append(parts, strings.TrimSpace(string(rs[start:])))
}

// minFactsRowParts and maxFactsRowPlaceWords shape a row of facts: a
// place, a team, a working time at least; a place of a few words.
const (
	minFactsRowParts      = 3
	maxFactsRowPlaceWords = 4
)
