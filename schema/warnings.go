package schema

import "fmt"

// Version is the version of the output contract, written in every
// vacancy's schema_version. It changes when a field changes meaning or
// shape, not when a field is added.
//
// Version 2: warnings are objects with a code (see Codes); schema_version
// and provenance were added.
const Version = "2"

// Severity says how much a warning matters to an importer.
type Severity string

// The severities, from the most to the least serious.
const (
	// SeverityError: a value is missing or wrong where the notice shows it
	// should be there (a half missing, the halves disagreeing). `--strict`
	// refuses a vacancy with one.
	SeverityError Severity = "error"
	// SeverityWarning: a value could not be read, or was read from a
	// weaker place than its field.
	SeverityWarning Severity = "warning"
	// SeverityInfo: how a value was read, for the record.
	SeverityInfo Severity = "info"
)

// Warning is one thing an importer should know about a vacancy. Code is
// one of Codes: switch on it, not on Message, which is for people.
type Warning struct {
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	// Field is a JSON Pointer (RFC 6901) to the value concerned, such as
	// "/salary" or "/title/fr"; "" for the whole vacancy.
	Field   string `json:"field,omitempty"`
	Lang    string `json:"lang,omitempty"` // the half concerned, "en" or "fr"
	Message string `json:"message"`
}

// The warning codes. The list is closed: a new code is a change of the
// output contract, listed in the README and the JSON Schema.
const (
	// The halves disagree on a value both state.
	CodeReferenceMismatch  = "reference_mismatch"
	CodePostNumberMismatch = "post_number_mismatch"
	CodeDeadlineMismatch   = "deadline_mismatch"
	CodeGradeMismatch      = "grade_mismatch"
	CodeClearanceMismatch  = "clearance_mismatch"
	CodeSalaryMismatch     = "salary_mismatch"

	// Values not found or not understood.
	CodeReferenceNotFound   = "reference_not_found"
	CodeTitleNotFound       = "title_not_found"
	CodeNoHeaderFields      = "no_header_fields"
	CodeDeadlineNotADate    = "deadline_not_a_date"
	CodeSalaryNotUnderstood = "salary_not_understood"
	CodeCurrencyNotStated   = "currency_not_stated"

	// Values read from a weaker place than their field.
	CodeDeadlineFromText  = "deadline_from_text"
	CodeSalaryFromText    = "salary_from_text"
	CodeClearanceFromText = "clearance_from_text"
	CodeGradeFromText     = "grade_from_text"
	// The employer chosen among the names the document gives bodies,
	// none of them in a field or a line that says who employs.
	CodeOrganisationInferred = "organisation_inferred"
	// A salary's period the notice does not state, read from its size.
	CodeSalaryPeriodInferred = "salary_period_inferred"

	// Completeness: what one half has and the other lacks, and values
	// shaped like something else.
	CodeHalfMissing           = "half_missing"
	CodeHalvesUnbalanced      = "halves_unbalanced"
	CodeFieldMissingInHalf    = "field_missing_in_half"
	CodeRequirementsMissing   = "requirements_missing_in_half"
	CodeValueLooksLikeLabel   = "value_looks_like_label"
	CodeValueLooksLikeDate    = "value_looks_like_date"
	CodeRequirementsSwallowed = "requirements_swallowed_headings"

	// Export: what a schema.org JobPosting of the vacancy lacks (see
	// NewJobPosting). A parse never gives these.
	CodeDatePostedUnknown = "date_posted_unknown"
)

// Codes lists every warning code with its severity and what it means.
var Codes = []struct {
	Code     string
	Severity Severity
	Meaning  string
}{
	{CodeReferenceMismatch, SeverityError, "the halves give different references"},
	{CodePostNumberMismatch, SeverityError, "the halves give different post numbers"},
	{CodeDeadlineMismatch, SeverityError, "the halves give different deadlines"},
	{CodeGradeMismatch, SeverityError, "the halves give different grades"},
	{CodeClearanceMismatch, SeverityError, "the halves give different security clearances"},
	{CodeSalaryMismatch, SeverityError, "the halves give different salaries"},
	{CodeReferenceNotFound, SeverityWarning, "no reference number was found"},
	{CodeTitleNotFound, SeverityWarning, "a half has no title that could be told from the text around it"},
	{CodeNoHeaderFields, SeverityError, "no header field (location, organisation, schedule, deadline, salary, grade) was read: the layout hid them"},
	{CodeDeadlineNotADate, SeverityWarning, "a deadline field holds no date that could be read"},
	{CodeSalaryNotUnderstood, SeverityWarning, "a salary field holds no amount that could be read"},
	{CodeCurrencyNotStated, SeverityWarning, "the salary states no currency"},
	{CodeDeadlineFromText, SeverityInfo, "the deadline was read from running text, not from a deadline field"},
	{CodeSalaryFromText, SeverityInfo, "the salary was read from running text, not from a salary field"},
	{CodeClearanceFromText, SeverityInfo, "the security clearance was read from running text, not from a clearance field"},
	{CodeGradeFromText, SeverityInfo, "the grade was read from running text, not from a grade field"},
	{CodeOrganisationInferred, SeverityInfo, "no field, banner or sentence says who employs: the employer is the name the document gives most, in the most kinds of place"},
	{CodeSalaryPeriodInferred, SeverityInfo, "the notice states no period for its salary in euros, Swiss francs or pounds: a year for a figure of 15,000 or more, a month for one of 1,000 to 15,000"},
	{CodeHalfMissing, SeverityError, "the notice shows a second language but only one half could be read"},
	{CodeHalvesUnbalanced, SeverityWarning, "the halves differ much in length or in number of sections"},
	{CodeFieldMissingInHalf, SeverityWarning, "a field one half states is missing from the other"},
	{CodeRequirementsMissing, SeverityWarning, "one half has requirements and the other none"},
	{CodeValueLooksLikeLabel, SeverityWarning, "a field's value is a label or a heading: the layout put another line there"},
	{CodeValueLooksLikeDate, SeverityWarning, "a field that is no date holds a date: the layout put another field's value there"},
	{CodeRequirementsSwallowed, SeverityWarning, "a requirement list holds what reads as a section heading"},
	{CodeDatePostedUnknown, SeverityWarning, "JSON-LD export: no date of publication was given and the file states none, so the JobPosting has no datePosted (which Google requires)"},
}

// SeverityOf returns the severity of a code; it panics on a code not in
// Codes, which is a programming error.
func SeverityOf(code string) Severity {
	for _, c := range Codes {
		if c.Code == code {
			return c.Severity
		}
	}
	panic(fmt.Sprintf("schema: unknown warning code %q", code))
}

// NewWarning returns a warning of a code, with the code's severity.
func NewWarning(code, field, lang, format string, args ...any) Warning {
	return Warning{Code: code, Severity: SeverityOf(code), Field: field, Lang: lang, Message: fmt.Sprintf(format, args...)}
}

// HasErrors reports a warning of severity error among ws.
func HasErrors(ws []Warning) bool {
	for _, w := range ws {
		if w.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Origin is where a value was read: the block of the section stream it
// came from. Page is 1-based for paged formats (PDF, text with form feeds)
// and absent otherwise; Line is the source line (for PDF, the line on its
// page); Box is the block's extent on a PDF page, in points of PDF user
// space [x0, y0, x1, y1]; Text is the source text the value was read from.
type Origin struct {
	Page int         `json:"page,omitempty"`
	Line int         `json:"line"`
	Box  *[4]float64 `json:"box,omitempty"`
	Text string      `json:"text"`
}
