// Package schema holds the typed form of a parsed vacancy notice: the Go
// types that `vacancy parse` serialises and the JSON Schema
// (vacancy.schema.json, draft 2020-12) that describes that JSON.
//
// Field names are a contract with other systems: add fields, never rename.
package schema

// Lang holds one value per language of a bilingual notice. A language the
// notice lacks is the zero value of T, which serialises as null for
// pointers, slices and maps.
type Lang[T any] struct {
	EN T `json:"en"`
	FR T `json:"fr"`
}

// Get returns the value for a language code ("en" or "fr").
func (l Lang[T]) Get(lang string) T {
	if lang == "fr" {
		return l.FR
	}
	return l.EN
}

// Set stores the value for a language code ("en" or "fr").
func (l *Lang[T]) Set(lang string, v T) {
	if lang == "fr" {
		l.FR = v
	} else {
		l.EN = v
	}
}

// Text is a string per language; nil where the notice does not say.
type Text = Lang[*string]

// Vacancy is one parsed vacancy notice.
type Vacancy struct {
	// SchemaVersion is the version of this output contract: Version.
	SchemaVersion string `json:"schema_version"`

	// Reference is the vacancy's number as the notice writes it: after
	// the title ("(250715)"), in a reference or requisition field, or
	// after "Vacancy Notice No."; "" when the notice gives none.
	Reference string `json:"reference"`
	// PostNumber is the number of the post (not of the vacancy) when the
	// notice gives one ("Post Number: IMS CPX 0040").
	PostNumber *string  `json:"post_number"`
	Languages  []string `json:"languages"` // "en", "fr", in order of appearance

	Title        Text `json:"title"`
	Organisation Text `json:"organisation"`
	Location     Text `json:"location"`
	Schedule     Text `json:"schedule"`

	// Deadline is the application deadline as an ISO 8601 date; nil when
	// the notice gives none. DeadlineAsWritten keeps each half's text.
	Deadline          *string `json:"deadline"`
	DeadlineAsWritten Text    `json:"deadline_as_written"`

	Salary    *Salary `json:"salary"`
	Grade     *string `json:"grade"`
	Clearance *string `json:"clearance"`

	Requirements Lang[*Requirements] `json:"requirements"`
	Competencies Lang[[]Competency]  `json:"competencies"`

	// Sections is the whole body of each half, in order, with a canonical
	// kind per section.
	Sections Lang[[]Section] `json:"sections"`

	// Warnings records what an importer should know: disagreements
	// between the two halves, fields that could not be read, halves that
	// look incomplete. Each has a code from Codes.
	Warnings []Warning `json:"warnings"`

	Source Source `json:"source"`

	// Provenance says where each value was read: its keys are JSON
	// Pointers (RFC 6901) into this vacancy ("/title/en",
	// "/requirements/fr/essential/2", "/sections/en/3/heading"). It is
	// left out when the caller asks for no provenance.
	Provenance map[string]Origin `json:"provenance,omitempty"`
}

// Salary is the pay of the post: one amount, or a range from Min to Max,
// in a currency per period. A field the notice does not state is nil.
type Salary struct {
	Amount    *float64 `json:"amount"`   // a single figure; nil for a range
	Min       *float64 `json:"min"`      // the lower end of a range
	Max       *float64 `json:"max"`      // the upper end of a range
	Currency  *string  `json:"currency"` // ISO 4217 code, e.g. "EUR"
	Period    *string  `json:"period"`   // "month", "year", "week", "day" or "hour"
	AsWritten Text     `json:"as_written"`
}

// Requirements are the selection criteria of one language half, one string
// per list item with its marker removed.
type Requirements struct {
	Essential []string `json:"essential"`
	Desirable []string `json:"desirable"`
}

// Competency is one "Name: description" item of the competencies list.
type Competency struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Section is one headed part of a language half.
type Section struct {
	Kind    string    `json:"kind"`    // canonical kind, see SectionKinds
	Heading string    `json:"heading"` // as written, without a trailing colon
	Content []Content `json:"content"`
	// Origin is where the heading was read; nil for the header, which
	// has none. It is reported in Vacancy.Provenance.
	Origin *Origin `json:"-"`
}

// Content is a paragraph or a list item of a section.
type Content struct {
	Type   string `json:"type"` // "paragraph", "item", or "heading" for a sub-heading inside the section
	Text   string `json:"text"`
	Marker string `json:"marker,omitempty"` // list marker as written: "1.", "a)", "•"
	Depth  int    `json:"depth,omitempty"`  // list nesting; 0 is the outer list
	// Origin is where the text was read. It is reported in
	// Vacancy.Provenance for the requirements and competencies read from
	// it.
	Origin *Origin `json:"-"`
}

// Source says what the vacancy was read from.
type Source struct {
	File   string `json:"file,omitempty"`
	Format string `json:"format"` // "pdf", "text", "markdown" or "html"
	Pages  int    `json:"pages,omitempty"`
	// Date is the date the file says it was created or published (a
	// PDF's /CreationDate or XMP xmp:CreateDate, an HTML page's <meta
	// name="date"> or article:published_time, a Markdown front matter's
	// date:), as an ISO 8601 date; "" when it says none. It is what
	// NewJobPosting takes for datePosted unless told otherwise. It is not
	// part of the JSON output of a vacancy.
	Date string `json:"-"`
}

// SectionKinds lists every canonical section kind, in no particular order.
var SectionKinds = []string{
	"header", "info_session", "description", "daily_work", "offer",
	"selection_criteria", "eligibility", "essential", "desirable", "education",
	"experience", "languages", "competencies", "values", "special_notice",
	"summary", "qualifications", "accountabilities", "interrelationships",
	"contract", "recruitment_process", "additional_information", "other",
}
