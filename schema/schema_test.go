package schema

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestValidateGoValues(t *testing.T) {
	tests := []struct {
		name string
		v    *Vacancy
	}{
		{"250715", loadExpected(t, "250715")},
		{"250697", loadExpected(t, "250697")},
		{"250709", loadExpected(t, "250709")},
		{"250833", loadExpected(t, "250833")},
		{"minimal", &Vacancy{Reference: "1", Source: Source{Format: "pdf", Pages: 3}}},
		{"salary range without currency", &Vacancy{Reference: "3", Languages: []string{"en"},
			Salary: &Salary{Min: ptr(77690.0), Max: ptr(87907.0)}, Source: Source{Format: "text"}}},
		{"one language", &Vacancy{
			Reference: "2", Languages: []string{"fr"}, Title: Text{FR: ptr("Stage")},
			Requirements: Lang[*Requirements]{FR: &Requirements{Essential: []string{"x"}}},
			Salary:       &Salary{Amount: ptr(1.0), Currency: ptr("EUR"), Period: ptr("year")},
			Source:       Source{Format: "text"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.v.SchemaVersion = Version
			if err := Validate(mustJSON(t, tt.v)); err != nil {
				t.Errorf("valid vacancy rejected: %v", err)
			}
		})
	}
}

func TestValidateRejects(t *testing.T) {
	base := mustJSON(t, loadExpected(t, "250715"))
	tests := []struct {
		name   string
		mutate func(m map[string]any)
	}{
		{"reference number", func(m map[string]any) { m["reference"] = 250715 }},
		{"deadline format", func(m map[string]any) { m["deadline"] = "22-06-2025" }},
		{"deadline month 13", func(m map[string]any) { m["deadline"] = "2025-13-01" }},
		{"language de", func(m map[string]any) { m["languages"] = []any{"en", "de"} }},
		{"unknown field", func(m map[string]any) { m["colour"] = "red" }},
		{"missing field", func(m map[string]any) { delete(m, "title") }},
		{"title not text", func(m map[string]any) { m["title"] = "NATO" }},
		{"title en number", func(m map[string]any) { m["title"].(map[string]any)["en"] = 3 }},
		{"salary period", func(m map[string]any) { m["salary"].(map[string]any)["period"] = "fortnight" }},
		{"salary amount string", func(m map[string]any) { m["salary"].(map[string]any)["amount"] = "1286.09" }},
		{"section kind", func(m map[string]any) {
			m["sections"].(map[string]any)["en"].([]any)[0].(map[string]any)["kind"] = "bogus"
		}},
		{"content type", func(m map[string]any) {
			m["sections"].(map[string]any)["en"].([]any)[0].(map[string]any)["content"].([]any)[0].(map[string]any)["type"] = "list"
		}},
		{"source format", func(m map[string]any) { m["source"].(map[string]any)["format"] = "docx" }},
		{"competency extra", func(m map[string]any) {
			m["competencies"].(map[string]any)["en"].([]any)[0].(map[string]any)["level"] = 3
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(base, &m); err != nil {
				t.Fatal(err)
			}
			tt.mutate(m)
			if err := Validate(mustJSON(t, m)); err == nil {
				t.Error("invalid vacancy accepted")
			}
		})
	}
	if err := Validate([]byte("{")); err == nil {
		t.Error("broken JSON accepted")
	}
}

// TestSchemaSectionKinds keeps the schema's enum and SectionKinds equal.
func TestSchemaSectionKinds(t *testing.T) {
	var s struct {
		Defs map[string]struct {
			Items struct {
				Properties map[string]struct {
					Enum []string `json:"enum"`
				} `json:"properties"`
			} `json:"items"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(VacancySchema, &s); err != nil {
		t.Fatal(err)
	}
	got := slices.Clone(s.Defs["sections"].Items.Properties["kind"].Enum)
	want := slices.Clone(SectionKinds)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("schema section kinds %v, SectionKinds %v", got, want)
	}
}

// TestGoldensValidate checks every golden/*.json parse output against the
// schema. The golden of a document the parser refuses holds only
// {"error": "..."}: it is not parse output and is checked by its shape.
func TestGoldensValidate(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "golden", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	checked, refused := 0, 0
	for _, f := range files {
		if strings.HasSuffix(f, ".patch.json") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var refusal map[string]any
		if json.Unmarshal(data, &refusal) == nil && len(refusal) == 1 && refusal["error"] != nil {
			if msg, ok := refusal["error"].(string); !ok || msg == "" {
				t.Errorf("%s: error golden without a message", f)
			}
			refused++
			continue
		}
		if err := Validate(data); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no golden parse output found in ../golden")
	}
	t.Logf("%d golden vacancies validated, %d refusals", checked, refused)
}

// TestSchemaIDsVersioned: every JSON Schema's $id names the version of
// the contract it describes (…/schema/v2/vacancy.schema.json), so that a
// consumer can tell which one it validated against; the file stays where
// it is.
func TestSchemaIDsVersioned(t *testing.T) {
	for name, src := range map[string][]byte{"vacancy.schema.json": VacancySchema, "jobposting.schema.json": JobPostingSchema, "changes.schema.json": ChangesSchema} {
		var s struct {
			ID string `json:"$id"`
		}
		if err := json.Unmarshal(src, &s); err != nil {
			t.Fatal(err)
		}
		if want := "https://github.com/vacancy-tools/vacancy/schema/v" + Version + "/" + name; s.ID != want {
			t.Errorf("%s: $id %q, want %q", name, s.ID, want)
		}
	}
}
