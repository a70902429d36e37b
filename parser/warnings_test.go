package parser_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/schema"
)

func codes(ws []schema.Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Code)
	}
	return out
}

func corpusText(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, name))
	require.NoError(t, err)
	return string(data)
}

// TestCodedWarnings checks the warning each damaged notice must carry,
// with its severity: error for what --strict refuses.
func TestCodedWarnings(t *testing.T) {
	pdd := corpusText(t, "250715-pdd.txt")
	frStart := strings.Index(pdd, "Programme de stages de l’OTAN")
	require.Positive(t, frStart)
	var noHeader []string
	for _, l := range strings.Split(pdd, "\n") {
		// The header fields of both halves, each on a line of its own
		// ("Primary Location: Belgium-Brussels", "Grade INTERN").
		label, _, isField := strings.Cut(l, ":")
		if (!isField || len(strings.Fields(label)) > 5) && !strings.HasPrefix(l, "Grade ") {
			noHeader = append(noHeader, l)
		}
	}
	tests := []struct {
		name, text string
		code       string
		severity   schema.Severity
	}{
		{"English half alone under a bilingual banner", pdd[:frStart], schema.CodeHalfMissing, schema.SeverityError},
		{"halves with different salaries", strings.Replace(pdd, "1 286,09Euro", "1 386,09Euro", 1), schema.CodeSalaryMismatch, schema.SeverityError},
		{"halves with different deadlines", strings.Replace(pdd, "22-juin-2025", "29-juin-2025", 1), schema.CodeDeadlineMismatch, schema.SeverityError},
		{"no header field", strings.Join(noHeader, "\n"), schema.CodeNoHeaderFields, schema.SeverityError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := parser.ParseBytes(context.Background(), []byte(tt.text), parser.WithName("x.txt"))
			require.NoError(t, err)
			var found *schema.Warning
			for i, w := range v.Warnings {
				if w.Code == tt.code {
					found = &v.Warnings[i]
				}
			}
			if assert.NotNil(t, found, "want %s, got %v", tt.code, codes(v.Warnings)) {
				assert.Equal(t, tt.severity, found.Severity)
				assert.NotEmpty(t, found.Message)
				assert.True(t, schema.HasErrors(v.Warnings))
			}
		})
	}
}

// TestCleanCorpusHasNoErrors: no rendering of a corpus notice carries a
// warning of severity error, which --strict would refuse.
func TestCleanCorpusHasNoErrors(t *testing.T) {
	for _, f := range corpusFiles(t) {
		if f.Reference == "-" {
			continue
		}
		v, err := parseCorpusFile(t, f.Name)
		require.NoError(t, err, f.Name)
		for _, w := range v.Warnings {
			assert.NotEqual(t, schema.SeverityError, w.Severity, "%s: %s: %s", f.Name, w.Code, w.Message)
		}
	}
}

// TestWarningCodesDocumented: every code the extraction can write is in
// schema.Codes, and the JSON Schema's enum lists exactly those codes.
func TestWarningCodesDocumented(t *testing.T) {
	raw, err := os.ReadFile("../schema/vacancy.schema.json")
	require.NoError(t, err)
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	for _, c := range schema.Codes {
		assert.Contains(t, string(raw), `"`+c.Code+`"`, "schema enum lacks %s", c.Code)
		assert.Contains(t, string(readme), "`"+c.Code+"`", "README lacks %s", c.Code)
	}
}
