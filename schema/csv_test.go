package schema

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"testing"
)

func TestCSVRecord(t *testing.T) {
	vs := []*Vacancy{loadExpected(t, "250715"), loadExpected(t, "250697"), {Reference: "1", Warnings: []Warning{
		NewWarning(CodeTitleNotFound, "/title/en", "en", "a"), NewWarning(CodeCurrencyNotStated, "/salary", "", "b")}}}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(CSVHeader); err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		if err := w.Write(CSVRecord(v)); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(vs)+1 {
		t.Fatalf("%d rows", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, v := range vs {
		r := rows[i+1]
		get := func(k string) string { return r[col[k]] }
		str := func(s *string) string {
			if s == nil {
				return ""
			}
			return *s
		}
		checks := map[string]string{
			"reference": v.Reference, "deadline": str(v.Deadline), "title_fr": str(v.Title.FR),
			"location_en": str(v.Location.EN), "grade": str(v.Grade), "source_file": v.Source.File,
		}
		if v.Salary != nil {
			if a, err := strconv.ParseFloat(get("salary_amount"), 64); err != nil || v.Salary.Amount == nil || a != *v.Salary.Amount {
				t.Errorf("salary_amount %q, want %v", get("salary_amount"), v.Salary.Amount)
			}
		}
		if r := v.Requirements.EN; r != nil {
			checks["essential_en"] = strconv.Itoa(len(r.Essential))
			checks["desirable_en"] = strconv.Itoa(len(r.Desirable))
		} else {
			checks["essential_en"] = ""
		}
		if v.Reference == "1" {
			checks["warnings"] = "a | b"
			checks["warning_codes"] = "title_not_found currency_not_stated"
		}
		for k, want := range checks {
			if got := get(k); got != want {
				t.Errorf("%s: %s = %q, want %q", v.Reference, k, got, want)
			}
		}
	}
	if rows[2][col["essential_en"]] != "5" {
		t.Errorf("250697 has five essential criteria, got %q", rows[2][col["essential_en"]])
	}
}
