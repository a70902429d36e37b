package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// VacancySchema is the JSON Schema (draft 2020-12) of the JSON that
// json.Marshal produces for a Vacancy: the output of `vacancy parse`.
//
//go:embed vacancy.schema.json
var VacancySchema []byte

// JobPostingSchema is the JSON Schema of the schema.org JobPosting objects
// written by `vacancy export --format jsonld` (see NewJobPosting). It
// requires every property Google's job-posting rich results require.
//
//go:embed jobposting.schema.json
var JobPostingSchema []byte

// ChangesSchema is the JSON Schema of a list of Change values as written
// by `vacancy diff --format json`.
//
//go:embed changes.schema.json
var ChangesSchema []byte

type compiled struct {
	once sync.Once
	name string
	src  []byte
	sch  *jsonschema.Schema
	err  error
}

func (c *compiled) get() (*jsonschema.Schema, error) {
	c.once.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(c.src))
		if err != nil {
			c.err = fmt.Errorf("%s: %w", c.name, err)
			return
		}
		comp := jsonschema.NewCompiler()
		comp.AssertFormat()
		if err := comp.AddResource(c.name, doc); err != nil {
			c.err = err
			return
		}
		c.sch, c.err = comp.Compile(c.name)
	})
	return c.sch, c.err
}

func (c *compiled) validate(data []byte) error {
	sch, err := c.get()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("invalid JSON: %w", err)
	}
	return sch.Validate(inst)
}

var (
	vacancySchema    = &compiled{name: "vacancy.schema.json", src: VacancySchema}
	jobPostingSchema = &compiled{name: "jobposting.schema.json", src: JobPostingSchema}
	changesSchema    = &compiled{name: "changes.schema.json", src: ChangesSchema}
)

// Validate checks one vacancy in JSON form against VacancySchema. The
// error, when not nil, describes every violation with its JSON location.
func Validate(json []byte) error { return vacancySchema.validate(json) }

// ValidateJobPosting checks one JobPosting in JSON form against
// JobPostingSchema.
func ValidateJobPosting(json []byte) error { return jobPostingSchema.validate(json) }

// ValidateChanges checks a JSON array of Change values against
// ChangesSchema.
func ValidateChanges(json []byte) error { return changesSchema.validate(json) }
