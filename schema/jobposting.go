package schema

import (
	"fmt"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // validThrough needs Europe/Brussels even without system tzdata
)

// JobPosting is a schema.org JobPosting (https://schema.org/JobPosting) in
// JSON-LD, the form search engines read job offers in.
//
// One JobPosting describes one vacancy (not one per language): the
// notice's first language (English for the bilingual notices, which put
// English first) gives title, description, organisation and location, and
// inLanguage says which; the title in the other language is kept as
// alternateName. A posting per language would publish the same post twice
// under one identifier, which job boards treat as duplicates.
type JobPosting struct {
	Context            string          `json:"@context"`
	Type               string          `json:"@type"`
	Title              string          `json:"title"`
	AlternateName      []string        `json:"alternateName,omitempty"`
	Description        string          `json:"description"`
	DatePosted         string          `json:"datePosted,omitempty"` // ISO 8601 date; empty when unknown
	ValidThrough       string          `json:"validThrough,omitempty"`
	EmploymentType     []string        `json:"employmentType,omitempty"`
	HiringOrganization Organization    `json:"hiringOrganization"`
	JobLocation        *Place          `json:"jobLocation,omitempty"`
	BaseSalary         *MonetaryAmount `json:"baseSalary,omitempty"`
	Identifier         *PropertyValue  `json:"identifier,omitempty"`
	InLanguage         string          `json:"inLanguage,omitempty"`
	SecurityClearance  string          `json:"securityClearanceRequirement,omitempty"`
	Qualifications     string          `json:"qualifications,omitempty"`
}

// Organization is a schema.org Organization.
type Organization struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// Place is a schema.org Place with its address.
type Place struct {
	Type    string        `json:"@type"`
	Address PostalAddress `json:"address"`
}

// PostalAddress is a schema.org PostalAddress.
type PostalAddress struct {
	Type            string `json:"@type"`
	AddressLocality string `json:"addressLocality,omitempty"`
	AddressCountry  string `json:"addressCountry,omitempty"` // ISO 3166-1 alpha-2 when known
}

// MonetaryAmount is a schema.org MonetaryAmount.
type MonetaryAmount struct {
	Type     string            `json:"@type"`
	Currency string            `json:"currency"`
	Value    QuantitativeValue `json:"value"`
}

// QuantitativeValue is a schema.org QuantitativeValue.
type QuantitativeValue struct {
	Type     string   `json:"@type"`
	Value    *float64 `json:"value,omitempty"`    // a single amount
	MinValue *float64 `json:"minValue,omitempty"` // a range
	MaxValue *float64 `json:"maxValue,omitempty"`
	UnitText string   `json:"unitText,omitempty"` // HOUR, DAY, WEEK, MONTH or YEAR
}

// PropertyValue is a schema.org PropertyValue.
type PropertyValue struct {
	Type  string `json:"@type"`
	Name  string `json:"name"`
	Value string `json:"value"`
}

// NewJobPosting converts a vacancy to a JobPosting. DatePosted is left
// empty (a notice does not say when it was posted); set it when known.
func NewJobPosting(v *Vacancy) *JobPosting {
	lang, other := "en", "fr"
	if len(v.Languages) > 0 && v.Languages[0] == "fr" {
		lang, other = "fr", "en"
	}
	if v.Title.Get(lang) == nil && v.Title.Get(other) != nil {
		lang, other = other, lang
	}
	get := func(t Text) string {
		if s := t.Get(lang); s != nil && *s != "" {
			return *s
		}
		if s := t.Get(other); s != nil {
			return *s
		}
		return ""
	}
	jp := &JobPosting{
		Context:            "https://schema.org/",
		Type:               "JobPosting",
		Title:              get(v.Title),
		HiringOrganization: Organization{Type: "Organization", Name: get(v.Organisation)},
		InLanguage:         lang,
	}
	if s := v.Title.Get(other); s != nil && *s != "" && *s != jp.Title {
		jp.AlternateName = []string{*s}
	}
	jp.Description = sectionText(v.Sections.Get(lang), "description", "summary")
	if jp.Description == "" {
		jp.Description = sectionText(v.Sections.Get(lang), "daily_work", "accountabilities")
	}
	if jp.Description == "" {
		jp.Description = jp.Title
	}
	if v.Deadline != nil {
		// The notices close at 23:59 Brussels time; for a post whose
		// country has another time zone, the day alone is what is known.
		jp.ValidThrough = *v.Deadline
		if loc := get(v.Location); loc == "" || ParseLocation(loc).AddressCountry == "BE" {
			jp.ValidThrough = EndOfDayBrussels(*v.Deadline)
		}
	}
	jp.EmploymentType = employmentTypes(v)
	if loc := get(v.Location); loc != "" {
		jp.JobLocation = &Place{Type: "Place", Address: ParseLocation(loc)}
	}
	// A MonetaryAmount needs its currency: an amount without one is left
	// out rather than guessed.
	if s := v.Salary; s != nil && s.Currency != nil && (s.Amount != nil && *s.Amount > 0 || s.Min != nil && s.Max != nil) {
		jp.BaseSalary = &MonetaryAmount{
			Type:     "MonetaryAmount",
			Currency: *s.Currency,
			Value:    QuantitativeValue{Type: "QuantitativeValue", Value: s.Amount, MinValue: s.Min, MaxValue: s.Max, UnitText: unitText(s.Period)},
		}
	}
	if v.Reference != "" {
		name := jp.HiringOrganization.Name
		if name == "" {
			name = "reference"
		}
		jp.Identifier = &PropertyValue{Type: "PropertyValue", Name: name, Value: v.Reference}
	}
	if v.Clearance != nil {
		jp.SecurityClearance = *v.Clearance
	}
	if r := v.Requirements.Get(lang); r != nil && len(r.Essential) > 0 {
		jp.Qualifications = strings.Join(r.Essential, "\n")
	}
	return jp
}

// sectionText joins the content of the sections of the given kinds:
// paragraphs separated by blank lines, list items as "- text" lines.
func sectionText(secs []Section, kinds ...string) string {
	var sb strings.Builder
	for _, s := range secs {
		want := false
		for _, k := range kinds {
			want = want || s.Kind == k
		}
		if !want {
			continue
		}
		for _, c := range s.Content {
			if sb.Len() > 0 {
				if c.Type == "item" {
					sb.WriteString("\n")
				} else {
					sb.WriteString("\n\n")
				}
			}
			if c.Type == "item" {
				sb.WriteString(strings.Repeat("  ", c.Depth) + "- ")
			}
			sb.WriteString(c.Text)
		}
	}
	return sb.String()
}

// employmentTypes maps schedule, grade and title to Google's
// employmentType values.
func employmentTypes(v *Vacancy) []string {
	var out []string
	sched := ""
	for _, s := range []*string{v.Schedule.EN, v.Schedule.FR} {
		if s != nil {
			sched += " " + strings.ToLower(*s)
		}
	}
	switch {
	case strings.Contains(sched, "full") || strings.Contains(sched, "plein"):
		out = append(out, "FULL_TIME")
	case strings.Contains(sched, "part") || strings.Contains(sched, "partiel"):
		out = append(out, "PART_TIME")
	}
	intern := v.Grade != nil && strings.EqualFold(*v.Grade, "INTERN")
	for _, t := range []*string{v.Title.EN, v.Title.FR} {
		if t != nil {
			l := strings.ToLower(*t)
			intern = intern || strings.Contains(l, "internship") || strings.Contains(l, "intern ") ||
				strings.Contains(l, "stage") || strings.Contains(l, "stagiaire")
		}
	}
	if intern {
		out = append(out, "INTERN")
	}
	return out
}

// countries maps country names, English and French, lower case and
// without accents folded, to ISO 3166-1 alpha-2 codes.
var countries = map[string]string{
	"albania": "AL", "albanie": "AL",
	"belgium": "BE", "belgique": "BE",
	"bulgaria": "BG", "bulgarie": "BG",
	"canada":  "CA",
	"croatia": "HR", "croatie": "HR",
	"czech republic": "CZ", "czechia": "CZ", "république tchèque": "CZ", "tchéquie": "CZ",
	"denmark": "DK", "danemark": "DK",
	"estonia": "EE", "estonie": "EE",
	"finland": "FI", "finlande": "FI",
	"france":  "FR",
	"germany": "DE", "allemagne": "DE",
	"greece": "GR", "grèce": "GR",
	"hungary": "HU", "hongrie": "HU",
	"iceland": "IS", "islande": "IS",
	"italy": "IT", "italie": "IT",
	"latvia": "LV", "lettonie": "LV",
	"lithuania": "LT", "lituanie": "LT",
	"luxembourg": "LU",
	"montenegro": "ME", "monténégro": "ME",
	"netherlands": "NL", "the netherlands": "NL", "pays-bas": "NL",
	"north macedonia": "MK", "macédoine du nord": "MK",
	"norway": "NO", "norvège": "NO",
	"poland": "PL", "pologne": "PL",
	"portugal": "PT",
	"romania":  "RO", "roumanie": "RO",
	"slovakia": "SK", "slovaquie": "SK",
	"slovenia": "SI", "slovénie": "SI",
	"spain": "ES", "espagne": "ES",
	"sweden": "SE", "suède": "SE",
	"türkiye": "TR", "turkey": "TR", "turquie": "TR",
	"united kingdom": "GB", "uk": "GB", "royaume-uni": "GB",
	"united states": "US", "usa": "US", "états-unis": "US", "etats-unis": "US",
	"ukraine": "UA",
	"georgia": "GE", "géorgie": "GE",
	"switzerland": "CH", "suisse": "CH",
	"austria": "AT", "autriche": "AT",
}

// CountryCode returns the ISO 3166-1 alpha-2 code of a country named in
// English or French, or "" when unknown.
func CountryCode(name string) string {
	return countries[strings.ToLower(Normalize(name))]
}

// ParseLocation reads a "Country-City" location ("Belgium-Brussels",
// "Pays-Bas-La Haye") into an address. Country names that contain a hyphen
// are recognised from the table of countries; an unknown country is kept
// as written.
func ParseLocation(loc string) PostalAddress {
	addr := PostalAddress{Type: "PostalAddress"}
	loc = Normalize(loc)
	// Longest known country prefix followed by "-" (or the whole string).
	best := -1
	for i := 0; i <= len(loc); i++ {
		if i < len(loc) && loc[i] != '-' {
			continue
		}
		if CountryCode(loc[:i]) != "" {
			best = i
		}
	}
	switch {
	case best >= 0:
		addr.AddressCountry = CountryCode(loc[:best])
		if best < len(loc) {
			addr.AddressLocality = strings.TrimSpace(loc[best+1:])
		}
	case strings.Contains(loc, "-"):
		i := strings.Index(loc, "-")
		addr.AddressCountry = strings.TrimSpace(loc[:i])
		addr.AddressLocality = strings.TrimSpace(loc[i+1:])
	default:
		addr.AddressLocality = loc
	}
	return addr
}

// brussels is the time zone of the deadlines; the time/tzdata import
// guarantees it on machines without a zoneinfo database. It is loaded on
// first use, not at start-up: only JSON-LD output needs it, and reading
// it from the embedded database costs a few tenths of a millisecond.
var brussels = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		panic(err) // unreachable with time/tzdata linked in
	}
	return loc
})

// EndOfDayBrussels returns 23:59 Brussels time on an ISO date as RFC 3339
// with the UTC offset of that day ("2025-06-22T23:59:00+02:00"), or "" for
// a malformed date.
func EndOfDayBrussels(date string) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 23, 59, 0, 0, brussels()).Format(time.RFC3339)
}

// Check reports what keeps jp from being a JobPosting search engines
// accept: the properties Google requires (title, description, hiring
// organisation, location). A posting without them is not written.
func (jp *JobPosting) Check() error {
	var missing []string
	if jp.Title == "" {
		missing = append(missing, "a title")
	}
	if jp.Description == "" {
		missing = append(missing, "a description")
	}
	if jp.HiringOrganization.Name == "" {
		missing = append(missing, "the hiring organisation")
	}
	if jp.JobLocation == nil {
		missing = append(missing, "a location")
	}
	if len(missing) > 0 {
		return fmt.Errorf("no schema.org JobPosting: the notice names no %s", strings.Join(missing, ", no "))
	}
	return nil
}

// unitText is the schema.org unit of a salary period.
func unitText(period *string) string {
	if period == nil {
		return ""
	}
	return strings.ToUpper(*period)
}
