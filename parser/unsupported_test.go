package parser_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vacancy-tools/vacancy/parser"
)

func TestUnsupportedReason(t *testing.T) {
	zip := func(entry string) string {
		return "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + entry + "\x00\x01"
	}
	for _, tt := range []struct{ name, head, want string }{
		{"notice.docx", zip("[Content_Types].xml"), "Word documents are not read; save as PDF"},
		{"notice", zip("word/document.xml"), "Word documents are not read; save as PDF"},
		{"notice.odt", zip("mimetype"), "OpenDocument texts are not read; save as PDF"},
		{"x.bin", zip("mimetypeapplication/vnd.oasis.opendocument.text"), "OpenDocument texts are not read; save as PDF"},
		{"grades.xlsx", zip("[Content_Types].xml"), "spreadsheets are not read; save as PDF"},
		{"slides.pptx", zip("ppt/slides/slide1.xml"), "presentations are not read; save as PDF"},
		{"notices.zip", zip("a.pdf"), "ZIP archives are not read; unpack them first"},
		{"old.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Word documents are not read; save as PDF"},
		{"old.xls", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "spreadsheets are not read; save as PDF"},
		{"notice.rtf", `{\rtf1\ansi Vacancy`, "RTF documents are not read; save as PDF"},
		{"scan.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "images are not read: vacancy does no OCR; use the notice's PDF or text"},
		{"scan.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF", "images are not read: vacancy does no OCR; use the notice's PDF or text"},
		{"scan.tif", "II*\x00\x08\x00", "images are not read: vacancy does no OCR; use the notice's PDF or text"},
		{"x.ps", "%!PS-Adobe-3.0\n", "PostScript is not read; convert it to PDF"},
		{"x.gz", "\x1f\x8b\x08\x00", "compressed files are not read; decompress them first"},
		{"notice.pdf", "%PDF-1.7\n", ""},
		{"notice.txt", "BZh is a word too", ""},
		{"notice.md", "# Vacancy", ""},
		{"notice.docx", "Vacancy notice in plain text", ""}, // the content decides
	} {
		assert.Equal(t, tt.want, parser.UnsupportedReason([]byte(tt.head), tt.name), tt.name)
	}
	// No corpus file is taken for one.
	files, err := filepath.Glob("../corpus/*.*")
	require.NoError(t, err)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		assert.Empty(t, parser.UnsupportedReason(data[:min(len(data), 4096)], f), f)
	}
	// parse says so, as an ErrUnsupported; a format forced with
	// WithFormat is tried.
	_, err = parser.ParseBytes(context.Background(), []byte(zip("word/document.xml")), parser.WithName("notice.docx"))
	require.Error(t, err)
	assert.True(t, errors.Is(err, parser.ErrUnsupported))
	assert.Equal(t, "notice.docx: Word documents are not read; save as PDF", err.Error())
	_, err = parser.ParseBytes(context.Background(), []byte(zip("word/document.xml")), parser.WithName("notice.docx"), parser.WithFormat(parser.FormatText))
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "Word documents")
}
