package parser_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vacancy-tools/vacancy/parser"
)

// TestSourceDate: the date a file says it was made reaches
// Vacancy.Source.Date, and stays out of the JSON (the goldens do not
// change with it).
func TestSourceDate(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct{ file, want string }{
		{"../corpus/250715-pdd.pdflatex.pdf", "2025-06-22"}, // /CreationDate, SOURCE_DATE_EPOCH
		{"../corpus/250715-pdd.weasyprint.pdf", ""},         // no dates at all
		{"../corpus/250715-pdd.md", ""},
		{"../corpus/250715-pdd.html", ""},
		{"../corpus/250715-pdd.txt", ""},
	} {
		v, err := parser.ParseFile(ctx, tt.file)
		require.NoError(t, err, tt.file)
		assert.Equal(t, tt.want, v.Source.Date, tt.file)
		doc, err := parser.ReadFile(ctx, tt.file)
		require.NoError(t, err, tt.file)
		assert.Equal(t, tt.want, doc.Date, tt.file)
		out, err := json.Marshal(v)
		require.NoError(t, err)
		assert.NotContains(t, string(out), `"date"`, tt.file)
	}
	html := `<html><head><meta name="date" content="2025-05-02"></head><body>` +
		`<h1>Policy Officer (250901)</h1><p><b>Location:</b> Belgium-Brussels</p><p><b>Application Deadline:</b> 03-Sep-2025</p>` +
		`<h2>Essential</h2><ul><li>a university degree;</li></ul><h2>Duties</h2><p>The incumbent will draft policy.</p></body></html>`
	v, err := parser.Parse(ctx, strings.NewReader(html), parser.WithName("x.html"))
	require.NoError(t, err)
	assert.Equal(t, "2025-05-02", v.Source.Date)
	md := "---\ndate: 2025-05-03\n---\n" + "# Policy Officer (250901)\n\n**Location:** Belgium-Brussels\\\n**Application Deadline:** 03-Sep-2025\n\n## Essential\n\n- a university degree;\n\n## Duties\n\nThe incumbent will draft policy.\n"
	v, err = parser.Parse(ctx, strings.NewReader(md), parser.WithName("x.md"))
	require.NoError(t, err)
	assert.Equal(t, "2025-05-03", v.Source.Date)
	assert.Equal(t, "Policy Officer", *v.Title.EN)
}
