// Package validate checks JSON documents against a JSON Schema (draft
// 2020-12), such as schema.VacancySchema.
//
// It lives apart from package schema so that programs that only produce
// vacancies (the vacancy command) do not pay for a JSON Schema engine at
// start-up; tests and importers that check documents use it:
//
//	v := validate.MustCompile("vacancy.schema.json", schema.VacancySchema)
//	err := v.Validate(jsonBytes)
package validate

import (
	"bytes"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Schema is a compiled JSON Schema.
type Schema struct {
	sch *jsonschema.Schema
}

// Compile compiles the schema src, naming it name in error messages.
// Formats (such as "date") are asserted, not only annotated.
func Compile(name string, src []byte) (*Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	comp := jsonschema.NewCompiler()
	comp.AssertFormat()
	if err := comp.AddResource(name, doc); err != nil {
		return nil, err
	}
	sch, err := comp.Compile(name)
	if err != nil {
		return nil, err
	}
	return &Schema{sch: sch}, nil
}

// MustCompile is Compile for schemas known to be valid; it panics on error.
func MustCompile(name string, src []byte) *Schema {
	s, err := Compile(name, src)
	if err != nil {
		panic(err)
	}
	return s
}

// Validate checks one JSON document. The error, when not nil, describes
// every violation with its JSON location.
func (s *Schema) Validate(data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("invalid JSON: %w", err)
	}
	return s.sch.Validate(inst)
}
