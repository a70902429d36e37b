package validate_test

import (
	"fmt"
	"testing"

	"github.com/vacancy-tools/vacancy/schema"
	"github.com/vacancy-tools/vacancy/schema/validate"
)

func TestCompileAndValidate(t *testing.T) {
	for name, src := range map[string][]byte{
		"vacancy.schema.json":    schema.VacancySchema,
		"jobposting.schema.json": schema.JobPostingSchema,
		"changes.schema.json":    schema.ChangesSchema,
	} {
		if _, err := validate.Compile(name, src); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	s := validate.MustCompile("vacancy.schema.json", schema.VacancySchema)
	if err := s.Validate([]byte(`{"reference": 250715}`)); err == nil {
		t.Error("a number for reference validated")
	}
	if err := s.Validate([]byte(`{`)); err == nil {
		t.Error("broken JSON validated")
	}
	if _, err := validate.Compile("bad.json", []byte(`{"type": 7}`)); err == nil {
		t.Error("a schema with a wrong type compiled")
	}
}

func ExampleSchema_Validate() {
	s := validate.MustCompile("vacancy.schema.json", schema.VacancySchema)
	err := s.Validate([]byte(`{"reference": "250715"}`))
	fmt.Println(err != nil)
	// Output: true
}
