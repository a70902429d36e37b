package parser

import "github.com/vacancy-tools/vacancy/schema"

// Extract turns a section stream into a vacancy.
func Extract(doc *Document) (*schema.Vacancy, error) {
	return nil, ErrNotVacancy
}
