package stream

import (
	"strings"
	"time"
)

// ISODate returns the calendar date an ISO 8601 date or date-time starts
// with ("2025-06-01", "2025-06-01T09:30:00+02:00", "2025-06-01 09:30"),
// as "2025-06-01": the date as written, in the writer's own time zone.
// It returns "" for anything else, an impossible date ("2025-02-30")
// included, and for years before 1990 or after 2999, which no notice is
// published in (a PDF library's default of 1970, a typo).
func ISODate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return ""
	}
	if len(s) > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ' {
		return ""
	}
	d, err := time.Parse("2006-01-02", s[:10])
	if err != nil || d.Year() < 1990 || d.Year() > 2999 {
		return ""
	}
	return s[:10]
}
