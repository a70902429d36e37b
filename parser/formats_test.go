package parser

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/encoding/unicode"
)

func TestDetectFormat(t *testing.T) {
	md := "## Title (250715)\n\n**Primary Location:** Belgium-Brussels  \n**Grade:** INTERN\n\n[here](#)\n"
	utf16 := func(e unicode.Endianness, s string) string {
		out, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().String(s)
		if err != nil {
			panic(err)
		}
		return out
	}
	for _, tc := range []struct {
		name, data string
		want       Format
	}{
		{"", "%PDF-1.7\n", FormatPDF},
		{"x.md", "plain words", FormatMarkdown},
		{"", md, FormatMarkdown},
		{"", "Primary Location: Belgium-Brussels\nGrade INTERN\n", FormatText},
		{"", "<!DOCTYPE html><p>x</p>", FormatHTML},
		// Decoded before it is sniffed: the same text in other bytes.
		{"", utf16(unicode.LittleEndian, md), FormatMarkdown},
		{"", utf16(unicode.BigEndian, md), FormatMarkdown},
		{"notice", utf16(unicode.LittleEndian, md), FormatMarkdown},
		{"", string(bytes.ReplaceAll([]byte(md), []byte("\n"), []byte("\r"))), FormatMarkdown},
		{"", "\ufeff" + md, FormatMarkdown},
		{"", utf16(unicode.LittleEndian, "<html><body><p>x</p></body></html>"), FormatHTML},
		{"", utf16(unicode.LittleEndian, "Grade INTERN\n"), FormatText},
	} {
		assert.Equal(t, tc.want, DetectFormat([]byte(tc.data), tc.name), "%q %q", tc.name, tc.data)
	}
}
