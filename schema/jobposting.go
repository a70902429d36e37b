package schema

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
)

// JobPosting is a schema.org JobPosting (https://schema.org/JobPosting) in
// JSON-LD, the form search engines read job offers in, with the
// properties Google's job-posting rich results require or recommend.
//
// One JobPosting describes one vacancy (not one per language): the
// notice's first language gives title, description, organisation and
// location; the title in the other language is kept as alternateName. A
// posting per language would publish the same post twice under one
// identifier, which job boards treat as duplicates. (JobPosting has no
// inLanguage: the language is that of the page the posting is put on.)
type JobPosting struct {
	Context       string   `json:"@context"`
	Type          string   `json:"@type"`
	Title         string   `json:"title"`
	AlternateName []string `json:"alternateName,omitempty"`
	// Description is the whole notice in its first language, as HTML.
	Description        string          `json:"description"`
	Identifier         *PropertyValue  `json:"identifier,omitempty"`
	URL                string          `json:"url,omitempty"`
	DatePosted         string          `json:"datePosted,omitempty"`   // ISO 8601 date; see JobPostingOptions
	ValidThrough       string          `json:"validThrough,omitempty"` // 23:59 in the duty station's zone, or the date alone
	EmploymentType     []string        `json:"employmentType,omitempty"`
	HiringOrganization Organization    `json:"hiringOrganization"`
	JobLocation        *Place          `json:"jobLocation,omitempty"`
	BaseSalary         *MonetaryAmount `json:"baseSalary,omitempty"`
	DirectApply        bool            `json:"directApply"`
	// EducationRequirements and ExperienceRequirements are what the
	// essential criteria state, when they state it.
	EducationRequirements        *Credential             `json:"educationRequirements,omitempty"`
	ExperienceRequirements       *ExperienceRequirements `json:"experienceRequirements,omitempty"`
	ExperienceInPlaceOfEducation bool                    `json:"experienceInPlaceOfEducation,omitempty"`
	SecurityClearance            string                  `json:"securityClearanceRequirement,omitempty"`
	Qualifications               string                  `json:"qualifications,omitempty"`
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
	AddressRegion   string `json:"addressRegion,omitempty"`
	AddressCountry  string `json:"addressCountry,omitempty"` // ISO 3166-1 alpha-2
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

// JobPostingOptions are what a notice does not say and whoever publishes
// its posting knows.
type JobPostingOptions struct {
	// DatePosted is the date the posting is published, an ISO 8601 date
	// (a date-time is cut to its date). Empty, the date the file says it
	// was made is taken (Vacancy.Source.Date); without one, datePosted is
	// left out and a warning (CodeDatePostedUnknown) says so.
	DatePosted string
	// BaseURL, when set, gives each posting a url: BaseURL followed by
	// the vacancy's reference, path-escaped
	// ("https://jobs.example.org/vacancy/" gives
	// "https://jobs.example.org/vacancy/250715"). A vacancy without a
	// reference gets none.
	BaseURL string
	// DirectApply says that the page at url lets a candidate apply
	// there (directApply); false when not known.
	DirectApply bool
	// Organization names the hiring organisation of a notice that names
	// none.
	Organization string
}

// NewJobPosting converts a vacancy to a JobPosting, and says what the
// posting lacks that it should have (warnings with a code of Codes).
// Check tells whether the posting is one search engines accept.
func NewJobPosting(v *Vacancy, o JobPostingOptions) (*JobPosting, []Warning) {
	lang, other := "en", "fr"
	if len(v.Languages) > 0 && v.Languages[0] == "fr" {
		lang, other = "fr", "en"
	}
	if v.Title.Get(lang) == nil && v.Title.Get(other) != nil {
		lang, other = other, lang
	}
	get := func(t Text) string {
		if s := t.Get(lang); s != nil && strings.TrimSpace(*s) != "" {
			return plainText(*s)
		}
		if s := t.Get(other); s != nil {
			return plainText(*s)
		}
		return ""
	}
	var warnings []Warning
	jp := &JobPosting{
		Context:            "https://schema.org/",
		Type:               "JobPosting",
		Title:              get(v.Title),
		HiringOrganization: Organization{Type: "Organization", Name: get(v.Organisation)},
		DirectApply:        o.DirectApply,
	}
	if !hasName(jp.HiringOrganization.Name) && o.Organization != "" {
		jp.HiringOrganization.Name = strings.TrimSpace(o.Organization)
	}
	if s := v.Title.Get(other); s != nil && plainText(*s) != "" && plainText(*s) != jp.Title {
		jp.AlternateName = []string{plainText(*s)}
	}
	jp.Description = descriptionHTML(v, lang)

	switch {
	case o.DatePosted != "":
		jp.DatePosted = isoDate(o.DatePosted)
	case v.Source.Date != "":
		jp.DatePosted = isoDate(v.Source.Date)
	}
	if jp.DatePosted == "" {
		warnings = append(warnings, NewWarning(CodeDatePostedUnknown, "", "",
			"no date of publication (none given, none in the file): datePosted left out, which Google requires"))
	}

	if loc := get(v.Location); loc != "" {
		addr := ParseLocation(loc)
		jp.JobLocation = &Place{Type: "Place", Address: addr}
	}
	if v.Deadline != nil {
		// The deadline's day ends at 23:59 where the post is; where that
		// is not known, the date alone is what the notice says.
		jp.ValidThrough = *v.Deadline
		if jp.JobLocation != nil {
			if t := EndOfDay(*v.Deadline, TimeZone(jp.JobLocation.Address)); t != "" {
				jp.ValidThrough = t
			}
		}
	}
	jp.EmploymentType = employmentTypes(v)
	// A MonetaryAmount needs its currency: an amount without one is left
	// out rather than guessed.
	if s := v.Salary; s != nil && s.Currency != nil && (s.Amount != nil && *s.Amount > 0 || s.Min != nil && s.Max != nil && *s.Min > 0 && *s.Max >= *s.Min) {
		q := QuantitativeValue{Type: "QuantitativeValue", UnitText: unitText(s.Period)}
		if s.Amount != nil && *s.Amount > 0 {
			q.Value = s.Amount
		} else {
			q.MinValue, q.MaxValue = s.Min, s.Max
		}
		jp.BaseSalary = &MonetaryAmount{Type: "MonetaryAmount", Currency: *s.Currency, Value: q}
	}
	if v.Reference != "" {
		jp.Identifier = &PropertyValue{Type: "PropertyValue", Name: jp.HiringOrganization.Name, Value: v.Reference}
		if jp.Identifier.Name == "" {
			jp.Identifier.Name = "reference"
		}
		if o.BaseURL != "" {
			jp.URL = o.BaseURL + url.PathEscape(v.Reference)
		}
	}
	if v.Clearance != nil {
		jp.SecurityClearance = *v.Clearance
	}
	if r := v.Requirements.Get(lang); r != nil && len(r.Essential) > 0 {
		jp.Qualifications = strings.Join(r.Essential, "\n")
		if c, instead := educationRequirement(r.Essential); c != "" {
			jp.EducationRequirements = &Credential{Type: "EducationalOccupationalCredential", CredentialCategory: c}
			jp.ExperienceInPlaceOfEducation = instead
		}
		if m := monthsOfExperience(r.Essential); m > 0 {
			jp.ExperienceRequirements = &ExperienceRequirements{Type: "OccupationalExperienceRequirements", MonthsOfExperience: m}
		}
	}
	return jp, warnings
}

// plainText is a value as a search engine should read it: ligature
// glyphs a PDF left in it spelled out, soft hyphens dropped, white space
// collapsed; the characters as written otherwise.
func plainText(s string) string {
	return strings.Join(strings.Fields(ligatures.Replace(s)), " ")
}

var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\u00ad", "")

// isoDate is the date of an ISO 8601 date or date-time, "" for anything
// else.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return ""
	}
	return s
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
	case strings.Contains(sched, "full") || strings.Contains(sched, "plein") || strings.Contains(sched, "complet"):
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

// unitText is the schema.org unit of a salary period.
func unitText(period *string) string {
	if period == nil {
		return ""
	}
	return strings.ToUpper(*period)
}

// The values Check accepts, as jobposting.schema.json lists them.
var (
	employmentTypeValues = []string{"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}
	unitTextValues       = []string{"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}
)

// hasName reports a name: a character that is neither a space nor
// punctuation ("," is no organisation), as the schema's pattern
// [^\s,;:.\-–—/|()'"] says.
func hasName(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !strings.ContainsRune(" \t\n\f\r\v,;:.-–—/|()'\"", r) }) >= 0
}

// upper reports n capital letters A–Z: a currency (3), a country (2).
func upper(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := range n {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// ErrNotJobPosting is what Check's errors wrap.
var ErrNotJobPosting = errors.New("no schema.org JobPosting")

// Check reports what keeps jp from being a JobPosting search engines
// accept: the rules of schema/jobposting.schema.json (JobPostingSchema),
// in Go, so that a program need not compile the JSON Schema to apply
// them (a test holds the two to the same verdicts). Google requires a
// title, a description, the hiring organisation's name and the job's
// location with its country; every property given must have its type. A
// posting that fails is not to be written.
func (jp *JobPosting) Check() error {
	var missing, wrong []string
	if strings.TrimSpace(jp.Title) == "" {
		missing = append(missing, "title")
	}
	if strings.TrimSpace(jp.Description) == "" {
		missing = append(missing, "description")
	}
	if !hasName(jp.HiringOrganization.Name) {
		missing = append(missing, "hiring organisation")
	}
	switch {
	case jp.JobLocation == nil:
		missing = append(missing, "location")
	case !upper(jp.JobLocation.Address.AddressCountry, 2):
		where := jp.JobLocation.Address.AddressLocality
		missing = append(missing, fmt.Sprintf("country we know for its location (%q)", where))
	}
	if jp.DatePosted != "" && isoDate(jp.DatePosted) != jp.DatePosted {
		wrong = append(wrong, fmt.Sprintf("datePosted %q is no ISO 8601 date", jp.DatePosted))
	}
	if jp.ValidThrough != "" && isoDate(jp.ValidThrough) != jp.ValidThrough {
		if _, err := time.Parse(time.RFC3339, jp.ValidThrough); err != nil {
			wrong = append(wrong, fmt.Sprintf("validThrough %q is no ISO 8601 date or date-time", jp.ValidThrough))
		}
	}
	for _, e := range jp.EmploymentType {
		if !slices.Contains(employmentTypeValues, e) {
			wrong = append(wrong, fmt.Sprintf("employmentType %q", e))
		}
	}
	if s := jp.BaseSalary; s != nil {
		q := s.Value
		switch {
		case !upper(s.Currency, 3):
			wrong = append(wrong, fmt.Sprintf("salary currency %q", s.Currency))
		case (q.Value != nil) == (q.MinValue != nil || q.MaxValue != nil):
			wrong = append(wrong, "a salary with both an amount and a range, or neither")
		case q.Value != nil && *q.Value <= 0,
			q.Value == nil && (q.MinValue == nil || q.MaxValue == nil || *q.MinValue <= 0 || *q.MaxValue < *q.MinValue):
			wrong = append(wrong, "a salary that is not a positive amount or range")
		case q.UnitText != "" && !slices.Contains(unitTextValues, q.UnitText):
			wrong = append(wrong, fmt.Sprintf("salary unit %q", q.UnitText))
		}
	}
	if jp.Identifier != nil && strings.TrimSpace(jp.Identifier.Value) == "" {
		wrong = append(wrong, "an empty identifier")
	}
	if jp.URL != "" {
		if u, err := url.Parse(jp.URL); err != nil || !u.IsAbs() {
			wrong = append(wrong, fmt.Sprintf("url %q is not absolute", jp.URL))
		}
	}
	if e := jp.EducationRequirements; e != nil && !slices.Contains(CredentialCategories, e.CredentialCategory) {
		wrong = append(wrong, fmt.Sprintf("credentialCategory %q", e.CredentialCategory))
	}
	if e := jp.ExperienceRequirements; e != nil && e.MonthsOfExperience <= 0 {
		wrong = append(wrong, "monthsOfExperience not positive")
	}
	var reasons []string
	if len(missing) > 0 {
		reasons = append(reasons, "the notice names no "+strings.Join(missing, ", no "))
	}
	if len(wrong) > 0 {
		reasons = append(reasons, "wrong "+strings.Join(wrong, ", "))
	}
	if len(reasons) > 0 {
		return fmt.Errorf("%w: %s", ErrNotJobPosting, strings.Join(reasons, "; "))
	}
	return nil
}
