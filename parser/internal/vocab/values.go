package vocab

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// TitleReference finds the vacancy reference in parentheses that ends a
// title, "(250715)" or "(ABC-1234)", and returns the index of its "(" and
// the reference: what \((\d{5,8}|[A-Z]{1,6}[- ]?\d{3,}[-/\d]*)\)\s*$
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
	if open < 0 || !isReference(s[open+1:len(s)-1]) {
		return -1, "", false
	}
	return open, s[open+1 : len(s)-1], true
}

// EndsWithReference reports whether s ends with a vacancy reference.
func EndsWithReference(s string) bool {
	_, _, ok := TitleReference(s)
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

// reRefValue is the number in a reference field ("No. 250715").
var reRefValue = regexp.MustCompile(`[A-Z]{0,6}[- ]?\d{4,}[-/\d]*`)

// ReferenceIn returns the reference number a reference field's value
// holds ("No. 250715" → "250715"), or "".
func ReferenceIn(value string) string {
	return reRefValue.FindString(value)
}

// Month returns the number of a month name or abbreviation, either
// language ("juin", "Sept.", "February").
func Month(name string) (int, bool) {
	return lookupKey(monthNames, name)
}

// HasDeadlineCue reports a text that introduces a deadline ("Apply
// until…", "date limite…").
func HasDeadlineCue(text string) bool {
	k := normKey(text)
	for _, cue := range deadlineCues {
		if strings.Contains(k, cue) {
			return true
		}
	}
	return false
}

// reISOCurrency matches an ISO 4217 code in parentheses: "(EUR)".
var reISOCurrency = regexp.MustCompile(`\(([A-Z]{3})\)`)

// Currency returns the ISO 4217 code of the currency s names, "" when
// none: it prefers an ISO code in parentheses, then a known name or
// symbol.
func Currency(s string) string {
	if m := reISOCurrency.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	k := " " + normKey(strings.NewReplacer("(", " ", ")", " ").Replace(s)) + " "
	best, bestLen := "", 0
	for name, code := range currencies {
		if len(name) > bestLen && (strings.Contains(k, " "+name+" ") || len(name) == 1 && strings.Contains(k, name) || strings.Contains(k, name+" ") && !unicode.IsLetter(rune(name[0]))) {
			best, bestLen = code, len(name)
		}
	}
	if best == "" {
		// Glued to the number: "1,286.09Euro".
		for name, code := range currencies {
			if len(name) > 3 && len(name) > bestLen && strings.Contains(k, name) {
				best, bestLen = code, len(name)
			}
		}
	}
	return best
}

// Period returns the salary period named in s, "" when none.
func Period(s string) string {
	k := " " + normKey(strings.NewReplacer("(", " ", ")", " ", "/", " ").Replace(s)) + " "
	best, bestLen := "", 0
	for name, p := range salaryPeriods {
		if len(name) > bestLen && strings.Contains(k, " "+name+" ") {
			best, bestLen = p, len(name)
		}
	}
	return best
}

// HasSalaryCue reports a text that names pay.
func HasSalaryCue(text string) bool {
	k := normKey(text)
	for _, cue := range salaryCues {
		if strings.Contains(k, cue) {
			return true
		}
	}
	return false
}

// DollarOf returns the currency a bare dollar means in a notice for a
// post at place ("Ottawa (Ontario)" → CAD), or "".
func DollarOf(place string) string {
	k := " " + normKey(strings.NewReplacer("(", " ", ")", " ", ",", " ").Replace(place)) + " "
	for name, code := range dollarCountries {
		if strings.Contains(k, " "+name+" ") {
			return code
		}
	}
	return ""
}

// EndsWithReference reports whether text ends with a vacancy reference
// in parentheses: a title line.
func (v *Vocabulary) EndsWithReference(text string) bool { return EndsWithReference(text) }
