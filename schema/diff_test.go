package schema

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	jsonpatch "github.com/evanphx/json-patch/v5"
)

var update = flag.Bool("update", false, "rewrite golden files")

// revise is the revision every test applies to 250715: a new deadline,
// a new salary, one essential criterion added and one desirable removed
// in both languages, one criterion reworded, two competencies swapped.
func revise(v *Vacancy) *Vacancy {
	var w Vacancy
	data, err := json.Marshal(v)
	if err == nil {
		err = json.Unmarshal(data, &w)
	}
	if err != nil {
		panic(err)
	}
	w.Deadline = ptr("2025-07-06")
	w.Salary.Amount = ptr(1350.0)
	en, fr := w.Requirements.EN, w.Requirements.FR
	en.Essential = slices.Insert(en.Essential, 2, "hold a valid passport,")
	fr.Essential = slices.Insert(fr.Essential, 2, "être titulaire d’un passeport valide ;")
	en.Desirable = slices.Delete(en.Desirable, 1, 2)
	fr.Desirable = slices.Delete(fr.Desirable, 1, 2)
	en.Desirable[1] = "be an advanced user of IT tools including Microsoft Office, SharePoint and Teams;"
	c := w.Competencies.EN
	c[0], c[1] = c[1], c[0]
	return &w
}

func TestDiffRevision(t *testing.T) {
	old := loadExpected(t, "250715")
	got := Diff(old, revise(old))
	type row struct {
		path string
		op   Op
		from string
	}
	var rows []row
	for _, c := range got {
		rows = append(rows, row{c.Path, c.Op, c.From})
	}
	want := []row{
		{"deadline", Changed, ""},
		{"salary.amount", Changed, ""},
		{"requirements.en.essential[2]", Added, ""},
		{"requirements.en.desirable[1]", Removed, ""},
		{"requirements.en.desirable[1]", Changed, ""},
		{"requirements.fr.essential[2]", Added, ""},
		{"requirements.fr.desirable[1]", Removed, ""},
		{"competencies.en[0]", Moved, "competencies.en[1]"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("Diff:\n got %v\nwant %v", rows, want)
	}
	if err := ValidateChanges(mustJSON(t, got)); err != nil {
		t.Errorf("changes do not validate: %v", err)
	}
}

func TestDiff(t *testing.T) {
	base := loadExpected(t, "250715")
	tests := []struct {
		name   string
		edit   func(v *Vacancy)
		want   []string // "path op"
		render string   // substring of the text rendering
	}{
		{"identical", func(v *Vacancy) {}, nil, ""},
		{"source ignored", func(v *Vacancy) { v.Source = Source{File: "x.pdf", Format: "pdf", Pages: 9} }, nil, ""},
		{"apostrophe and spaces", func(v *Vacancy) {
			v.Title.FR = ptr("Programme  de stages de l'OTAN - Division Diplomatie publique (PDD)")
		}, nil, ""},
		{"ligature", func(v *Vacancy) {
			v.Requirements.EN.Desirable[3] = "previous experience with other international organizations, national administration, research or industry."
			v.Requirements.EN.Desirable[1] = "elementary knowledge of the second o\ufb03cial NATO language (English/French),"
		}, nil, ""},
		{"title", func(v *Vacancy) { v.Title.EN = ptr("NATO Internship - Press Office") },
			[]string{"title.en changed"}, "title.en changed: NATO Internship - [-Public Diplomacy Division (PDD)-]{+Press Office+}"},
		{"grade removed", func(v *Vacancy) { v.Grade = nil }, []string{"grade removed"}, `grade removed: "INTERN"`},
		{"clearance added", func(v *Vacancy) { v.Clearance = nil }, []string{"clearance removed"}, ""},
		{"salary gone", func(v *Vacancy) { v.Salary = nil }, []string{"salary removed"}, `salary removed: {"amount":1286.09`},
		{"currency", func(v *Vacancy) { v.Salary.Currency = ptr("USD") }, []string{"salary.currency changed"}, "salary.currency: EUR → USD"},
		{"deadline", func(v *Vacancy) { v.Deadline = ptr("2025-07-06") }, []string{"deadline changed"}, "deadline: 2025-06-22 → 2025-07-06"},
		{"appended criterion", func(v *Vacancy) {
			v.Requirements.FR.Desirable = append(v.Requirements.FR.Desirable, "permis B.")
		}, []string{"requirements.fr.desirable[4] added"}, "fr:\n  requirements.fr.desirable[4] added: \"permis B.\""},
		{"all requirements gone", func(v *Vacancy) { v.Requirements.FR = nil }, []string{
			"requirements.fr.essential[0] removed", "requirements.fr.essential[1] removed",
			"requirements.fr.essential[2] removed", "requirements.fr.essential[3] removed",
			"requirements.fr.desirable[0] removed", "requirements.fr.desirable[1] removed",
			"requirements.fr.desirable[2] removed", "requirements.fr.desirable[3] removed",
		}, ""},
		{"rewritten criterion is remove+add", func(v *Vacancy) {
			v.Requirements.EN.Essential[0] = "speak fluent Klingon."
		}, []string{"requirements.en.essential[0] removed", "requirements.en.essential[0] added"}, ""},
		{"competency edited", func(v *Vacancy) {
			v.Competencies.FR[4].Description = "écoute activement et attentivement."
		}, []string{"competencies.fr[4] changed"}, "competencies.fr[4] changed: Empathie: écoute [-activement.-]{+activement et attentivement.+}"},
		{"section content", func(v *Vacancy) {
			v.Sections.EN[1].Content = append(v.Sections.EN[1].Content, Content{Type: "item", Text: "24h media operations", Marker: "c)"})
			v.Sections.EN[1].Heading = "About"
		}, []string{"sections.en[1].heading changed", "sections.en[1].content[3] added"}, "sections.en[1].heading: Description → About"},
		{"section removed", func(v *Vacancy) { v.Sections.EN = v.Sections.EN[1:] },
			[]string{"sections.en[0] removed"}, "sections.en[0] removed: \"VACANCY NOTIFICATION [header, 1 blocks]\""},
		{"warning", func(v *Vacancy) { v.Warnings = nil }, []string{"warnings[0] removed"}, ""},
		{"language", func(v *Vacancy) { v.Languages = []string{"fr", "en"} }, []string{"languages[0] moved"}, "languages[0] moved from languages[1]: \"fr\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var nv Vacancy
			if err := json.Unmarshal(mustJSON(t, base), &nv); err != nil {
				t.Fatal(err)
			}
			tt.edit(&nv)
			changes := Diff(base, &nv)
			var got []string
			for _, c := range changes {
				got = append(got, string(c.Path)+" "+string(c.Op))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
			var buf bytes.Buffer
			if err := WriteChanges(&buf, changes, false); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), tt.render) {
				t.Errorf("text output lacks %q:\n%s", tt.render, buf.String())
			}
			if err := ValidateChanges(mustJSON(t, changes)); err != nil && changes != nil {
				t.Errorf("changes do not validate: %v", err)
			}
			checkPatch(t, base, &nv)
		})
	}
}

// checkPatch applies Patch(old, new) to old's JSON and compares the result
// with new's JSON (source excepted).
func checkPatch(t *testing.T, old, new *Vacancy) {
	t.Helper()
	ops, err := Patch(old, new)
	if err != nil {
		t.Fatal(err)
	}
	p, err := jsonpatch.DecodePatch(mustJSON(t, ops))
	if err != nil {
		t.Fatalf("patch does not decode: %v", err)
	}
	got, err := p.Apply(mustJSON(t, old))
	if err != nil {
		t.Fatalf("patch does not apply: %v\n%s", err, mustJSON(t, ops))
	}
	want := *new
	want.Source = old.Source
	if !jsonpatch.Equal(got, mustJSON(t, &want)) {
		t.Errorf("patched OLD differs from NEW\npatch: %s\n  got: %s\n want: %s", mustJSON(t, ops), got, mustJSON(t, &want))
	}
	if jsonpatch.Equal(mustJSON(t, old), mustJSON(t, &want)) && len(ops) != 0 {
		t.Errorf("equal JSON but patch %s", mustJSON(t, ops))
	}
}

func TestPatchEdgeCases(t *testing.T) {
	a := loadExpected(t, "250697")
	b := loadExpected(t, "250833")
	tests := []struct {
		name     string
		old, new *Vacancy
	}{
		{"different notices", a, b},
		{"reverse", b, a},
		{"to empty", a, &Vacancy{Source: a.Source}},
		{"from empty", &Vacancy{Source: b.Source}, b},
		{"odd keys", &Vacancy{Warnings: []Warning{{Code: "c", Message: "a/b~c"}}}, &Vacancy{Warnings: []Warning{{Code: "c", Message: "x"}, {Code: "c", Message: "a/b~c"}, {Code: "c", Message: "y"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPatch(t, tt.old, tt.new) })
	}
}

// TestDiffGolden compares the text (plain and coloured) and JSON Patch
// output of the revision with schema/testdata/diff; -update rewrites them.
func TestDiffGolden(t *testing.T) {
	old := loadExpected(t, "250715")
	new := revise(old)
	changes := Diff(old, new)
	var plain, color bytes.Buffer
	if err := WriteChanges(&plain, changes, false); err != nil {
		t.Fatal(err)
	}
	if err := WriteChanges(&color, changes, true); err != nil {
		t.Fatal(err)
	}
	ops, err := Patch(old, new)
	if err != nil {
		t.Fatal(err)
	}
	patch, err := json.MarshalIndent(ops, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/diff/250715.txt", plain.Bytes())
	golden(t, "testdata/diff/250715.color.txt", color.Bytes())
	golden(t, "testdata/diff/250715.patch.json", append(patch, '\n'))
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestWordDiff(t *testing.T) {
	tests := []struct{ old, new, want string }{
		{"a b c", "a b c", "a b c"},
		{"a b c", "a x c", "a [-b-]{+x+} c"},
		{"a b c", "a b c d", "a b c {+d+}"},
		{"l’OTAN est", "l'OTAN  est", "l'OTAN est"},
		{"", "new text", "{+new text+}"},
	}
	for _, tt := range tests {
		if got := renderWordDiff(WordDiff(tt.old, tt.new), false); got != tt.want {
			t.Errorf("WordDiff(%q, %q) = %q, want %q", tt.old, tt.new, got, tt.want)
		}
	}
	if got := renderWordDiff(WordDiff("a b", "a c"), true); got != "a \x1b[31mb\x1b[0m \x1b[32mc\x1b[0m" {
		t.Errorf("coloured: %q", got)
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		min  float64
		max  float64
	}{
		{"a b c d", "a b c d", 1, 1},
		{"a b c d e", "a b c d x", 0.79, 0.81},
		{"a b", "c d", 0, 0},
		{"", "", 1, 1},
	}
	for _, tt := range tests {
		if s := Similarity(tt.a, tt.b); s < tt.min || s > tt.max {
			t.Errorf("Similarity(%q, %q) = %v", tt.a, tt.b, s)
		}
	}
}

func ExampleDiff() {
	deadline, later := "2025-06-22", "2025-07-06"
	old := &Vacancy{
		Reference: "250715",
		Deadline:  &deadline,
		Requirements: Lang[*Requirements]{EN: &Requirements{
			Essential: []string{"be a national of a NATO member state,", "be at least 21 years old,"},
			Desirable: []string{"elementary knowledge of French,", "be an advanced user of IT tools;"},
		}},
	}
	new := &Vacancy{
		Reference: "250715",
		Deadline:  &later,
		Requirements: Lang[*Requirements]{EN: &Requirements{
			Essential: []string{"be a national of a NATO member state,", "hold a valid passport,", "be at least 21 years old,"},
			Desirable: []string{"be an advanced user of IT tools including Teams;"},
		}},
	}
	for _, c := range Diff(old, new) {
		fmt.Println(FormatChange(c, false))
	}
	// Output:
	// deadline: 2025-06-22 → 2025-07-06
	// requirements.en.essential[1] added: "hold a valid passport,"
	// requirements.en.desirable[0] removed: "elementary knowledge of French,"
	// requirements.en.desirable[0] changed: be an advanced user of IT [-tools;-]{+tools including Teams;+}
}
