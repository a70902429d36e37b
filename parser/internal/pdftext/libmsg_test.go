package pdftext

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

func TestLibraryReason(t *testing.T) {
	for in, want := range map[string]string{
		"malformed PDF: reading at offset 12: unexpected EOF": "reading at offset 12: unexpected EOF",
		"malformed PDF file: missing startxref":               "missing startxref",
		"malformed PDF: malformed PDF: x":                     "x",
		"not a stream":                                        "not a stream",
	} {
		if got := libraryReason(errors.New(in)); got != want {
			t.Errorf("libraryReason(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMessagesSaidOnce: the text layer's messages say "malformed PDF"
// once, and call a number out of range what it is.
func TestMessagesSaidOnce(t *testing.T) {
	good := string(pdftest.Pages("/F1 "+pdftest.Helvetica, pdftest.TextAt(72, 720, "Hello")))
	for _, data := range []string{
		strings.Replace(good, "startxref\n", "startxref\n99999999999999999999", 1),
		strings.Replace(good, "%%EOF", "", 1)[:len(good)/2],
		strings.Replace(good, "/Type /Catalog", "/X 99999999999999999999 /Type /Catalog", 1),
		"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
	} {
		_, err := Extract(context.Background(), []byte(data), Options{})
		if err == nil {
			t.Errorf("no error for %.60q", data)
			continue
		}
		msg := err.Error()
		if strings.Count(msg, "malformed PDF") > 1 || strings.Contains(msg, "is not a number") {
			t.Errorf("message %q", msg)
		}
	}
}
