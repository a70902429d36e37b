package schema

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/vacancy-tools/vacancy/schema/validate"
)

// loadExpected reads a corpus/expected file (the contract fields only)
// into a Vacancy and completes it as the parser would: source, sections.
func loadExpected(t testing.TB, ref string) *Vacancy {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "corpus", "expected", ref+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var v Vacancy
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	v.Source = Source{File: "corpus/" + ref + ".md", Format: "markdown"}
	en, fr := "Brussels, 22-Jun-2025", "Bruxelles, 22-juin-2025"
	v.DeadlineAsWritten = Text{EN: &en, FR: &fr}
	v.Sections = Lang[[]Section]{
		EN: []Section{
			{Kind: "header", Heading: "VACANCY NOTIFICATION", Content: []Content{{Type: "paragraph", Text: "NATO Internship"}}},
			{Kind: "description", Heading: "Description", Content: []Content{
				{Type: "paragraph", Text: "NATO’s Public Diplomacy efforts serve a vital function within the Alliance."},
				{Type: "item", Text: "People-to-people engagement", Marker: "a)"},
				{Type: "item", Text: "Mass communication", Marker: "a.", Depth: 1},
			}},
			{Kind: "essential", Heading: "Essential", Content: []Content{{Type: "item", Text: "be at least 21 years old,", Marker: "1."}}},
		},
		FR: []Section{
			{Kind: "description", Heading: "Description", Content: []Content{
				{Type: "paragraph", Text: "Les activités de diplomatie publique de l’OTAN sont d’une importance capitale."},
			}},
		},
	}
	v.Warnings = []Warning{NewWarning(CodeGradeMismatch, "/grade", "", "grade differs between the halves")}
	return &v
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ptr[T any](v T) *T { return &v }

// The schemas compiled once for the tests of this package.
var (
	vacancyValidator    = validate.MustCompile("vacancy.schema.json", VacancySchema)
	jobPostingValidator = validate.MustCompile("jobposting.schema.json", JobPostingSchema)
	changesValidator    = validate.MustCompile("changes.schema.json", ChangesSchema)
)

// Validate checks a vacancy in JSON form against VacancySchema.
func Validate(data []byte) error { return vacancyValidator.Validate(data) }

// ValidateJobPosting checks a JobPosting against JobPostingSchema.
func ValidateJobPosting(data []byte) error { return jobPostingValidator.Validate(data) }

// ValidateChanges checks a list of changes against ChangesSchema.
func ValidateChanges(data []byte) error { return changesValidator.Validate(data) }
