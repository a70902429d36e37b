package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/schema"
)

// TestExportCorpusMatchesGoldens exports the whole corpus folder in each
// format at -j 1 and -j 8, and checks that the outputs are identical across
// the two and agree with golden/<file>.json: jsonl line for line, the CSV
// read back with encoding/csv, the JSON-LD against its schema.
func TestExportCorpusMatchesGoldens(t *testing.T) {
	if testing.Short() {
		t.Skip("exports the whole corpus")
	}
	goldens := map[string]*schema.Vacancy{}
	files, _ := filepath.Glob(filepath.Join("..", "..", "golden", "*.json"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v schema.Vacancy
		if json.Unmarshal(data, &v) == nil && v.Reference != "" {
			goldens[strings.TrimSuffix(filepath.Base(f), ".json")] = &v
		}
	}
	if len(goldens) == 0 {
		t.Fatal("no goldens")
	}
	outputs := map[string]string{}
	var jsonldErrors string
	for _, format := range []string{"jsonl", "csv", "jsonld-lines"} {
		for _, j := range []string{"1", "8"} {
			_, stdout, stderr := runBinary(t, "", "export", "--format", format, "-j", j, corpus)
			if format == "jsonld-lines" {
				jsonldErrors = stderr
			}
			if !strings.Contains(stderr, "vacancies from") {
				t.Fatalf("%s -j %s: no summary:\n%s", format, j, stderr)
			}
			if prev, ok := outputs[format]; ok && prev != stdout {
				t.Errorf("%s: -j 1 and -j 8 outputs differ", format)
			}
			outputs[format] = stdout
		}
	}

	// jsonl: every top-level corpus file with a golden is there, equal to
	// its golden but for the path in source.file.
	seen := 0
	var order []string
	for _, line := range strings.Split(strings.TrimSpace(outputs["jsonl"]), "\n") {
		var v schema.Vacancy
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("jsonl line: %v", err)
		}
		name := filepath.Base(v.Source.File)
		order = append(order, v.Source.File)
		want, ok := goldens[name]
		if !ok || filepath.Dir(v.Source.File) != filepath.Clean(corpus) {
			continue // files in subfolders have no golden of their own
		}
		seen++
		v.Source.File, want.Source.File = "", ""
		got, _ := json.Marshal(v)
		exp, _ := json.Marshal(want)
		if !bytes.Equal(got, exp) {
			t.Errorf("%s: exported vacancy differs from its golden", name)
		}
	}
	if seen != len(goldens) {
		t.Errorf("%d of %d golden vacancies exported", seen, len(goldens))
	}
	for i := 1; i < len(order); i++ {
		if order[i-1] > order[i] {
			t.Errorf("not in path order: %s before %s", order[i-1], order[i])
		}
	}

	// csv: one row per jsonl line, values equal to the goldens'.
	rows, err := csv.NewReader(strings.NewReader(outputs["csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(order)+1 {
		t.Fatalf("%d CSV rows for %d vacancies", len(rows)-1, len(order))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, row := range rows[1:] {
		path := row[col["source_file"]]
		want, ok := goldens[filepath.Base(path)]
		if !ok || filepath.Dir(path) != filepath.Clean(corpus) {
			continue
		}
		if got := row[col["reference"]]; got != want.Reference {
			t.Errorf("%s: CSV reference %q, golden %q", path, got, want.Reference)
		}
		if want.Deadline != nil && row[col["deadline"]] != *want.Deadline {
			t.Errorf("%s: CSV deadline %q, golden %q", path, row[col["deadline"]], *want.Deadline)
		}
		if want.Title.EN != nil && row[col["title_en"]] != *want.Title.EN {
			t.Errorf("%s: CSV title_en %q, golden %q", path, row[col["title_en"]], *want.Title.EN)
		}
	}

	// jsonld-lines: one valid JobPosting per vacancy that can be one, in
	// order; the others failed, each with its reason.
	postings := strings.Split(strings.TrimSpace(outputs["jsonld-lines"]), "\n")
	var posted []string
	for i, line := range strings.Split(strings.TrimSpace(outputs["jsonl"]), "\n") {
		var v schema.Vacancy
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatal(err)
		}
		if err := jobPosting(&v).Check(); err != nil {
			if !strings.Contains(jsonldErrors, order[i]+": "+err.Error()) {
				t.Errorf("%s: no JobPosting, and no error line saying why", order[i])
			}
			continue
		}
		posted = append(posted, order[i])
	}
	if len(postings) != len(posted) {
		t.Fatalf("%d JobPostings for %d vacancies that can be one", len(postings), len(posted))
	}
	for i, p := range postings {
		// A JobPosting needs a location: the notices with goldens have
		// one; text dumps in subfolders may have lost it to their layout.
		if _, ok := goldens[filepath.Base(posted[i])]; !ok || filepath.Dir(posted[i]) != filepath.Clean(corpus) {
			continue
		}
		if err := jobPostingSchema.Validate([]byte(p)); err != nil {
			t.Errorf("%s: JobPosting: %v", posted[i], err)
		}
	}
}

func jobPosting(v *schema.Vacancy) *schema.JobPosting {
	jp, _ := schema.NewJobPosting(v, schema.JobPostingOptions{})
	return jp
}
