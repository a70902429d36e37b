package markup

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

func TestHTMLDate(t *testing.T) {
	for _, tt := range []struct{ name, head, want string }{
		{"meta name=date", `<meta name="date" content="2025-06-01">`, "2025-06-01"},
		{"article:published_time", `<meta property="article:published_time" content="2025-05-31T22:30:00-04:00">`, "2025-05-31"},
		{"name=date wins whatever the order", `<meta property="article:published_time" content="2025-05-30"><meta name="Date" content="2025-06-01">`, "2025-06-01"},
		{"Dublin Core", `<meta name="DC.date" content="2024-12-01">`, "2024-12-01"},
		{"a date that is no ISO date", `<meta name="date" content="1 June 2025"><meta name="dcterms.created" content="2025-06-03">`, "2025-06-03"},
		{"other metas", `<meta name="generator" content="2025-06-01"><meta charset="utf-8">`, ""},
		{"none", ``, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "<!DOCTYPE html><html><head>" + tt.head + "<title>x</title></head><body><h1>Title</h1><p>Text.</p></body></html>"
			doc, err := ReadHTML(context.Background(), []byte(src), Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, doc.Date)
			assert.Len(t, doc.Blocks, 2)
		})
	}
	// A <meta> in the body is not the page's.
	doc, err := ReadHTML(context.Background(), []byte(`<html><head></head><body><div><meta name="date" content="2025-06-01"></div><p>x</p></body></html>`), Options{})
	require.NoError(t, err)
	assert.Equal(t, "", doc.Date)
}

func TestMarkdownFrontMatter(t *testing.T) {
	read := func(src string) *stream.Document {
		t.Helper()
		doc, err := ReadMarkdown(context.Background(), []byte(src), Options{})
		require.NoError(t, err)
		return doc
	}
	doc := read("---\ntitle: \"Policy Officer\"\ndate: 2025-06-01\ntags: [a, b]\n---\n# Policy Officer\n\nText.\n")
	assert.Equal(t, "2025-06-01", doc.Date)
	require.Len(t, doc.Blocks, 2, "the metadata is no part of the stream")
	assert.Equal(t, stream.Heading, doc.Blocks[0].Kind)
	assert.Equal(t, 6, doc.Blocks[0].Pos.Line, "the lines after the metadata keep their numbers")
	assert.Equal(t, 8, doc.Blocks[1].Pos.Line)

	doc = read("---\r\ndate: '2025-06-02T10:00:00+02:00'\r\n...\r\nText.\r\n")
	assert.Equal(t, "2025-06-02", doc.Date)
	require.Len(t, doc.Blocks, 1)
	assert.Equal(t, "Text.", doc.Blocks[0].Text)

	doc = read("---\nauthor: x\n---\nText.")
	assert.Equal(t, "", doc.Date)
	require.Len(t, doc.Blocks, 1)

	// A rule, not metadata: the text stays.
	for _, src := range []string{"---\n\nText: more.\n", "---\nA sentence, with a comma.\n---\n", "---\n---\nText.\n", "---\ndate: 2025-06-01\n"} {
		doc = read(src)
		assert.Equal(t, "", doc.Date, "%q", src)
		assert.NotEmpty(t, doc.Blocks, "%q", src)
	}
}
