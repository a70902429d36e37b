package parser

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
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
		// Wiki markup, whose "# " opens a numbered item: the text reader's.
		{"", "h1. Partnerships Manager\n\nh2. What you'll do\n# Build a pipeline of partners\n# Prepare proposals\n# Report on results\n", FormatText},
		// Banners of asterisks are no strong emphasis.
		{"", "*** ENGLISH ***\n\nPosition: Project Coordinator\n\n*** FRANÇAIS ***\n\nPoste : Coordinateur de projet\n", FormatText},
		{"", "**Grade:** G15\n\n**Location:** Mons\n", FormatMarkdown},
	} {
		assert.Equal(t, tc.want, DetectFormat([]byte(tc.data), tc.name), "%q %q", tc.name, tc.data)
	}
}

// TestHTMLMarks checks the markers of HTML, found in the head with its
// ASCII letters lower-cased, against strings.ToLower of the head.
func TestHTMLMarks(t *testing.T) {
	want := func(head []byte) (bool, bool) {
		lower := strings.ToLower(string(bytes.TrimLeft(head, " \t\r\n\ufeff")))
		return strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html") ||
			strings.Contains(lower, "<body") || strings.Contains(lower, "<head"), strings.Contains(lower, "<")
	}
	texts := randtext.Texts(8, 50000, 16, "<!DOCTYPEhtmlbodyHEAD \t\ufeffİ\u212aéÉ\xff", "<!DOCTYPE html>", "<HTML>", " \ufeff<Body>", "x<hEaD>", "<b\xffody>", "İ<html>")
	texts = append(texts, randtext.Texts(9, 50000, 8, "<hHtTmMlLbBoOdDyYeEaA", "")...) // markers written in any case
	for _, s := range texts {
		gm, ga := htmlMarks([]byte(s))
		wm, wa := want([]byte(s))
		if gm != wm || ga != wa {
			t.Errorf("htmlMarks(%q) = %v, %v; strings.ToLower says %v, %v", s, gm, ga, wm, wa)
		}
	}
}
