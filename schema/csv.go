package schema

import (
	"strconv"
	"strings"
)

// CSVHeader is the header row of `vacancy export --format csv`, one row
// per vacancy:
//
//	reference        the vacancy number
//	source_file      the file it was read from
//	deadline         ISO 8601 date, empty when none
//	salary_amount    number with no exponent ("1286.09"), empty when no
//	                 salary or a range
//	salary_currency  ISO 4217 code, empty when the notice states none
//	salary_period    month, year, week, day or hour, empty when not stated
//	grade, clearance as written, empty when none
//	title_en … schedule_fr  the per-language fields, empty when absent
//	essential_en … desirable_fr  NUMBER of criteria per list; empty when
//	                 the notice has no criteria in that language
//	warnings         the warnings' messages joined with " | "
//	post_number      the number of the post, empty when none
//	salary_min, salary_max  the ends of a salary range, empty otherwise
//	warning_codes    the warnings' codes joined with " " (see Codes)
//
// Columns are only ever added at the end.
var CSVHeader = []string{
	"reference", "source_file", "deadline",
	"salary_amount", "salary_currency", "salary_period",
	"grade", "clearance",
	"title_en", "title_fr", "organisation_en", "organisation_fr",
	"location_en", "location_fr", "schedule_en", "schedule_fr",
	"essential_en", "essential_fr", "desirable_en", "desirable_fr",
	"warnings",
	"post_number", "salary_min", "salary_max",
	"warning_codes",
}

// CSVRecord returns the CSV row of a vacancy, in the order of CSVHeader.
func CSVRecord(v *Vacancy) []string {
	str := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	num := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', -1, 64)
	}
	var amount, low, high, currency, period string
	if s := v.Salary; s != nil {
		amount, low, high = num(s.Amount), num(s.Min), num(s.Max)
		currency, period = str(s.Currency), str(s.Period)
	}
	count := func(lang string, desirable bool) string {
		r := v.Requirements.Get(lang)
		if r == nil {
			return ""
		}
		if desirable {
			return strconv.Itoa(len(r.Desirable))
		}
		return strconv.Itoa(len(r.Essential))
	}
	messages := make([]string, len(v.Warnings))
	codes := make([]string, len(v.Warnings))
	for i, w := range v.Warnings {
		messages[i], codes[i] = w.Message, w.Code
	}
	return []string{
		v.Reference, v.Source.File, str(v.Deadline),
		amount, currency, period,
		str(v.Grade), str(v.Clearance),
		str(v.Title.EN), str(v.Title.FR), str(v.Organisation.EN), str(v.Organisation.FR),
		str(v.Location.EN), str(v.Location.FR), str(v.Schedule.EN), str(v.Schedule.FR),
		count("en", false), count("fr", false), count("en", true), count("fr", true),
		strings.Join(messages, " | "),
		str(v.PostNumber), low, high,
		strings.Join(codes, " "),
	}
}

// CSVCell escapes a cell against formula injection (OWASP, "CSV
// Injection"): a cell that begins with =, +, -, @, a tab or a carriage
// return is read by spreadsheets as a formula, which a notice's text
// must never become; such a cell gets a leading apostrophe ("'=1+1"),
// which spreadsheets show as text and hide. `vacancy export --format
// csv` escapes every cell; CSVRecord does not, for programs that want
// the values as they are. The numeric columns never begin with one of
// these characters (amounts are never negative).
func CSVCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
