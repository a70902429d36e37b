package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/schema"
)

// This file reads typed values out of field text: dates and salaries as
// English and French notices write them.

var (
	// 22-Jun-2025, 22-juin-2025, 03-sept.-2025, 22 June 2025, 1er mars 2026
	reDayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:er|st|nd|rd|th)?[\s\-./]+([\p{L}]{3,10})\.?[\s\-./,]+(\d{4})\b`)
	// June 22, 2025
	reMonthDayYear = regexp.MustCompile(`(?i)\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reISODate      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// 22/06/2025, 22.06.2025
	reNumericDate = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
)

// parseDate reads the first date in s and returns it as YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	valid := func(y, m, d int) (string, bool) {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if m < 1 || m > 12 || t.Day() != d || y < 1900 || y > 2200 {
			return "", false
		}
		return t.Format("2006-01-02"), true
	}
	if m := reISODate.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return valid(y, mo, d)
	}
	for _, m := range reDayMonthYear.FindAllStringSubmatch(s, -1) {
		if mo, ok := vocab.Month(m[2]); ok {
			d, _ := strconv.Atoi(m[1])
			y, _ := strconv.Atoi(m[3])
			return valid(y, mo, d)
		}
	}
	for _, m := range reMonthDayYear.FindAllStringSubmatch(s, -1) {
		if mo, ok := vocab.Month(m[1]); ok {
			d, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[3])
			return valid(y, mo, d)
		}
	}
	if m := reNumericDate.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return valid(y, mo, d)
	}
	return "", false
}

// deadlineFromText finds "Apply until 22 June 2025" in a half's sections.
func deadlineFromText(sections []schema.Section) (string, bool) {
	for _, s := range sections {
		for _, c := range s.Content {
			if vocab.HasDeadlineCue(c.Text) {
				if d, ok := parseDate(c.Text); ok {
					return d, true
				}
			}
		}
	}
	return "", false
}

// reAmount matches a number with thousands separators (",", ".", spaces,
// no-break spaces, apostrophes) and an optional decimal part.
var reAmount = regexp.MustCompile(`\d{1,3}(?:[,.\s\x{00a0}\x{202f}'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`)

// parseSalary reads "1,286.09Euro (EUR) Monthly", "1 286,09Euro (EUR)
// Mensuelle" or "85,000.00US Dollar (USD) Yearly".
func parseSalary(s string) (*schema.Salary, bool) {
	m := reAmount.FindStringIndex(s)
	if m == nil {
		return nil, false
	}
	amount, err := parseAmount(s[m[0]:m[1]])
	if err != nil {
		return nil, false
	}
	rest := s[:m[0]] + " " + s[m[1]:]
	cur := vocab.Currency(rest)
	period := vocab.Period(rest)
	if cur == "" {
		return nil, false
	}
	return &schema.Salary{Amount: amount, Currency: cur, Period: period}, true
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
