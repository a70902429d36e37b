package parser

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestReadPDF(t *testing.T) {
	for _, name := range []string{
		"../corpus/250709-jis.pdflatex.pdf",
		"../corpus/250709-jis.libreoffice.pdf",
		"../corpus/250709-jis.chromium.pdf",
		"../corpus/250709-jis.groff.pdf",
	} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(context.Background(), bytes.NewReader(data), WithName(name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc.Format != FormatPDF || doc.Pages == 0 || len(doc.Blocks) == 0 {
			t.Fatalf("%s: format %q, %d pages, %d blocks", name, doc.Format, doc.Pages, len(doc.Blocks))
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
	data, err := os.ReadFile("../corpus/250709-jis.pdflatex.pdf")
	if err != nil {
		t.Fatal(err)
	}
	o := newOptions(nil)
	doc, err := readPDFLines(context.Background(), data, o)
	if err != nil {
		t.Fatal(err)
	}
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

// readPDFLines is readPDF without the assembler, for testing the hints.
func readPDFLines(ctx context.Context, data []byte, o *options) ([]Line, error) {
	doc, err := extractPDF(ctx, data, o)
	if err != nil {
		return nil, err
	}
	return pdfLines(doc), nil
}

func TestPDFErrors(t *testing.T) {
	tests := []struct {
		file string
		want error
	}{
		{"internal/pdftext/testdata/encrypted-secret.pdf", ErrUnsupported},
		{"internal/pdftext/testdata/lzw.pdf", ErrUnsupported},
		{"internal/pdftext/testdata/notext.pdf", ErrNoText},
		{"internal/pdftext/testdata/hugesize.pdf", ErrMalformed},
		{"internal/pdftext/testdata/truncated.pdf", ErrMalformed},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Read(context.Background(), bytes.NewReader(data), WithName("x.pdf"))
		var pe *Error
		if !errors.Is(err, tt.want) || !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), "x.pdf: ") {
			t.Errorf("%s: err = %v, want %v", tt.file, err, tt.want)
		}
	}
	data, _ := os.ReadFile("internal/pdftext/testdata/encrypted-secret.pdf")
	if _, err := Read(context.Background(), bytes.NewReader(data), WithPassword("secret")); err != nil {
		t.Errorf("with password: %v", err)
	}
}

// TestSequentialPagesSameResult: reading a PDF's pages in two halves in
// parallel (the default) and on one goroutine give the same vacancy.
func TestSequentialPagesSameResult(t *testing.T) {
	for _, name := range []string{
		"../corpus/250715-pdd.libreoffice.pdf", // 9 pages
		"../corpus/250709-jis.pdflatex.pdf",    // object streams
		"../corpus/250833-ihc.sidebyside.pdf",
	} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		par, err1 := ParseBytes(context.Background(), data, WithName(name))
		seq, err2 := ParseBytes(context.Background(), data, WithName(name), WithSequentialPages())
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
