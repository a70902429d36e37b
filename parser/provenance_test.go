package parser_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

// squash is the form in which a value is looked for in the text it was
// read from: letters and digits only, lower-cased, so that whitespace,
// quotes, hyphenation and a label's colon do not count.
func squash(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// contractValues returns every contract value of v by JSON Pointer, with
// the text that must be found in its provenance: the value, or for the
// deadline and salary the text they were read from.
func contractValues(v *schema.Vacancy) map[string]string {
	out := map[string]string{}
	if v.Reference != "" {
		out["/reference"] = v.Reference
	}
	if v.PostNumber != nil {
		out["/post_number"] = *v.PostNumber
	}
	for _, lang := range v.Languages {
		for name, t := range map[string]schema.Text{"title": v.Title, "organisation": v.Organisation,
			"location": v.Location, "schedule": v.Schedule, "deadline_as_written": v.DeadlineAsWritten} {
			if s := t.Get(lang); s != nil {
				out["/"+name+"/"+lang] = *s
			}
		}
		if r := v.Requirements.Get(lang); r != nil {
			for i, s := range r.Essential {
				out[fmt.Sprintf("/requirements/%s/essential/%d", lang, i)] = s
			}
			for i, s := range r.Desirable {
				out[fmt.Sprintf("/requirements/%s/desirable/%d", lang, i)] = s
			}
		}
		for i, c := range v.Competencies.Get(lang) {
			out[fmt.Sprintf("/competencies/%s/%d", lang, i)] = c.Name
		}
		for i, s := range v.Sections.Get(lang) {
			if s.Kind != "header" && s.Heading != "" {
				out[fmt.Sprintf("/sections/%s/%d/heading", lang, i)] = s.Heading
			}
		}
	}
	if v.Deadline != nil {
		out["/deadline"] = "" // an ISO date: its text is deadline_as_written's
	}
	if v.Salary != nil {
		out["/salary"] = ""
	}
	if v.Grade != nil {
		out["/grade"] = *v.Grade
	}
	if v.Clearance != nil {
		out["/clearance"] = *v.Clearance
	}
	return out
}

// TestProvenance checks, for every rendering of the corpus, that each
// contract value has a provenance entry whose text holds the value, and
// that the entry points at a block of the section stream (`vacancy text
// --positions`) with that text.
func TestProvenance(t *testing.T) {
	values := 0
	for _, f := range corpusFiles(t) {
		if f.Reference == "-" {
			continue
		}
		t.Run(f.Name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(corpusDir, f.Name))
			require.NoError(t, err)
			v, err := parser.ParseBytes(context.Background(), data, parser.WithName(f.Name))
			require.NoError(t, err)
			doc, err := parser.Read(context.Background(), bytes.NewReader(data), parser.WithName(f.Name))
			require.NoError(t, err)
			at := map[[2]int][]string{}
			for _, b := range doc.Blocks {
				text := b.Text
				switch {
				case b.Kind == stream.Field:
					text = b.Label + ": " + b.Text
				case b.Kind == stream.ListItem && b.Marker != "":
					text = b.Marker + " " + b.Text
				}
				at[[2]int{b.Pos.Page, b.Pos.Line}] = append(at[[2]int{b.Pos.Page, b.Pos.Line}], text)
			}
			for ptr, want := range contractValues(v) {
				values++
				o, ok := v.Provenance[ptr]
				if !assert.True(t, ok, "%s: no provenance", ptr) {
					continue
				}
				assert.Contains(t, squash(o.Text), squash(want), "%s: %q not in %q", ptr, want, o.Text)
				assert.Contains(t, at[[2]int{o.Page, o.Line}], o.Text, "%s: no block at %d:%d reads %q", ptr, o.Page, o.Line, o.Text)
				if v.Source.Format == "pdf" {
					assert.NotNil(t, o.Box, "%s: a PDF value has a box", ptr)
				}
			}
		})
	}
	t.Logf("%d values checked", values)
}

// TestProvenanceOmitted checks that WithProvenance(false) leaves the
// provenance out of the JSON.
func TestProvenanceOmitted(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "250715-pdd.txt"))
	require.NoError(t, err)
	v, err := parser.ParseBytes(context.Background(), data, parser.WithProvenance(false))
	require.NoError(t, err)
	raw, err := json.Marshal(v)
	require.NoError(t, err)
	assert.NotContains(t, string(raw), `"provenance"`)
}
