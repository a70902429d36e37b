package paged

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/pdftext"
)

func TestReadPDF(t *testing.T) {
	for _, name := range []string{
		"../../../corpus/250709-jis.pdflatex.pdf",
		"../../../corpus/250709-jis.libreoffice.pdf",
		"../../../corpus/250709-jis.chromium.pdf",
		"../../../corpus/250709-jis.groff.pdf",
	} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ReadPDF(context.Background(), data, lex, pdftext.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc.Pages == 0 || len(doc.Blocks) == 0 {
			t.Fatalf("%s: %d pages, %d blocks", name, doc.Pages, len(doc.Blocks))
		}
		var text strings.Builder
		for _, b := range doc.Blocks {
			if b.Pos.Page == 0 || b.Pos.Line == 0 || b.Box == nil {
				t.Fatalf("%s: block without position: %+v", name, b)
			}
			text.WriteString(b.Label + " " + b.Text + "\n")
		}
		for _, want := range []string{"Application Deadline", "1,286.09", "Date de retrait", "Sécurité"} {
			if !strings.Contains(text.String(), want) {
				t.Errorf("%s: text lacks %q", name, want)
			}
		}
	}
}

func TestPDFLineHints(t *testing.T) {
	data, err := os.ReadFile("../../../corpus/250709-jis.pdflatex.pdf")
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := pdftext.Extract(context.Background(), data, pdftext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := pdfLines(pdf)
	var bold, lead, gaps, body int
	for _, l := range doc {
		if l.Bold {
			bold++
		}
		if l.LeadBold > 0 {
			lead++
			if !strings.HasSuffix(strings.TrimSpace(l.Text[:l.LeadBold]), ":") && !strings.HasSuffix(l.Text[:l.LeadBold], "?") {
				t.Logf("lead bold run: %q", l.Text[:l.LeadBold])
			}
		}
		if l.Gap > 0.5 {
			gaps++
		}
		if l.Size > 0.99 && l.Size < 1.01 {
			body++
		}
		if l.Fill < 0 || l.Fill > 1 || l.Indent < 0 {
			t.Errorf("hint out of range: %+v", l)
		}
	}
	t.Logf("%d lines: %d bold, %d with a leading bold run, %d after a gap, %d at body size", len(doc), bold, lead, gaps, body)
	if bold == 0 || lead == 0 || gaps == 0 || body < len(doc)/2 {
		t.Errorf("implausible hints: %d lines: %d bold, %d lead bold, %d gaps, %d body", len(doc), bold, lead, gaps, body)
	}
}

func TestPDFErrors(t *testing.T) {
	tests := []struct {
		file string
		want error
	}{
		{"../pdftext/testdata/encrypted-secret.pdf", failure.ErrUnsupported},
		{"../pdftext/testdata/lzw.pdf", failure.ErrUnsupported},
		{"../pdftext/testdata/notext.pdf", failure.ErrNoText},
		{"../pdftext/testdata/hugesize.pdf", failure.ErrMalformed},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ReadPDF(context.Background(), data, lex, pdftext.Options{})
		var pe *failure.Error
		if !errors.Is(err, tt.want) || !errors.As(err, &pe) {
			t.Errorf("%s: err = %v, want %v", tt.file, err, tt.want)
		}
	}
	data, _ := os.ReadFile("../pdftext/testdata/encrypted-secret.pdf")
	if _, err := ReadPDF(context.Background(), data, lex, pdftext.Options{Password: "secret"}); err != nil {
		t.Errorf("with password: %v", err)
	}
	// A file cut short, without its cross-reference table or trailer, is
	// rebuilt from its objects.
	data, _ = os.ReadFile("../pdftext/testdata/truncated.pdf")
	doc, err := ReadPDF(context.Background(), data, lex, pdftext.Options{})
	if assert.NoError(t, err, "truncated.pdf") {
		var text strings.Builder
		for _, b := range doc.Blocks {
			text.WriteString(b.Text + " ")
		}
		assert.Contains(t, text.String(), "Hello PDF world")
	}
}

// TestSequentialPagesSameResult: reading a PDF's pages on two goroutines
// (the default) and on one give the same section stream.
func TestSequentialPagesSameResult(t *testing.T) {
	for _, name := range []string{
		"../../../corpus/250715-pdd.libreoffice.pdf", // 9 pages
		"../../../corpus/250709-jis.pdflatex.pdf",    // object streams
		"../../../corpus/250833-ihc.sidebyside.pdf",
	} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		par, err1 := ReadPDF(context.Background(), data, lex, pdftext.Options{})
		seq, err2 := ReadPDF(context.Background(), data, lex, pdftext.Options{Sequential: true})
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v / %v", name, err1, err2)
		}
		a, _ := json.Marshal(par)
		b, _ := json.Marshal(seq)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the parallel and sequential reads differ", name)
		}
	}
}
