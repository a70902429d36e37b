package paged

// Fuzz targets for the two readers:
//
//	go test ./parser/internal/paged -run='^$' -fuzz=FuzzReadText -fuzztime=3m -fuzzminimizetime=0
//	go test ./parser/internal/paged -run='^$' -fuzz=FuzzReadPDF -fuzztime=3m -fuzzminimizetime=0
//
// Each is seeded from corpus files; crashers land in testdata/fuzz/<Target>/
// and are replayed by a plain `go test`. Properties checked on every
// input: no panic; the reader returns within its time budget (a timeout on
// a fuzz-sized input means a pathologically slow reader); the result is a
// stream of valid UTF-8 or a *failure.Error of one line.

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/pdftext"
)

// fuzzBudget is the time budget of one fuzz input, generous because the
// fuzzer runs one worker per CPU.
const fuzzBudget = 5 * time.Second

// addSeeds adds the corpus files matching the patterns to f.
func addSeeds(f *testing.F, patterns ...string) {
	n := 0
	for _, pattern := range patterns {
		files, err := filepath.Glob(filepath.Join(corpusDir, pattern))
		if err != nil {
			f.Fatal(err)
		}
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
			n++
		}
	}
	if n == 0 {
		f.Fatal("no seed found")
	}
}

// checkResult checks the properties every read must have.
func checkResult(t *testing.T, elapsed time.Duration, err error) {
	t.Helper()
	if elapsed > fuzzBudget+2*time.Second {
		t.Fatalf("took %v, over the %v budget", elapsed, fuzzBudget)
	}
	if err == nil {
		return
	}
	if errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("timed out: %v", err)
	}
	var e *failure.Error
	if !errors.As(err, &e) {
		t.Fatalf("error is a %T, not a *failure.Error: %v", err, err)
	}
	if msg := err.Error(); msg == "" || strings.ContainsAny(msg, "\r\n") || !utf8.ValidString(msg) {
		t.Fatalf("error is not one line of text: %q", msg)
	}
}

func FuzzReadText(f *testing.F) {
	addSeeds(f, "*.txt", "*.md")
	for _, s := range []string{
		"", " \n\t\n", "\ufeffTitle (123)\n", "\xff\xfeT\x00i\x00\n\x00", "\xfe\xff\x00T\x00i\x00\n",
		"1.\n2.\n3.\nfirst item\nsecond\nthird\n", "a\r\nb\rc\f\f3\fPage 2 of 9\n", "caf\xe9 na\xefve\n",
		"Primary Location: Belgium-Brussels\nNATO Body: NATO International Staff (IS)\nSchedule: Full-time\nApplication Deadline: 22-Jun-2025\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), fuzzBudget)
		defer cancel()
		start := time.Now()
		doc, err := ReadText(ctx, data, lex, 1<<20)
		checkResult(t, time.Since(start), err)
		if err == nil {
			for i, b := range doc.Blocks {
				if !utf8.ValidString(b.Text) || !utf8.ValidString(b.Label) || !utf8.ValidString(b.Marker) {
					t.Fatalf("block %d is not valid UTF-8: %q", i, b.String())
				}
				if b.Pos.Line < 1 {
					t.Fatalf("block %d has no line: %q", i, b.String())
				}
				if i > 0 && b.Pos.Line < doc.Blocks[i-1].Pos.Line && b.Pos.Page <= doc.Blocks[i-1].Pos.Page {
					t.Fatalf("block %d goes backwards: %v after %v", i, b.Pos, doc.Blocks[i-1].Pos)
				}
			}
		}
	})
}

// FuzzReadPDF feeds the PDF reader (our text layer over the PDF library)
// with mutations of small corpus PDFs and the PDF fixtures: whatever the
// bytes, it returns a section stream or one *Error line, in bounded time.
func FuzzReadPDF(f *testing.F) {
	// The smallest renderings keep the fuzzer's executions fast.
	addSeeds(f, "251042-ncia.*.pdf")
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R /Size 3 >>\n%%EOF"))
	f.Add([]byte("%PDF-2.0\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), fuzzBudget)
		defer cancel()
		start := time.Now()
		doc, err := ReadPDF(ctx, data, lex, pdftext.Options{})
		checkResult(t, time.Since(start), err)
		if err == nil {
			for i, b := range doc.Blocks {
				if !utf8.ValidString(b.Text) {
					t.Fatalf("block %d is not valid UTF-8: %q", i, b.Text)
				}
			}
		}
	})
}
