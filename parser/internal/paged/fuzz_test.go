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
	"bytes"
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
		// Tables drawn with characters (texttable).
		"+------+------+\n| a    | b    |\n|      | c    |\n+======+======+\n| span        |\n+------+------+\n",
		"  a   b\n  --- ---\n  c   d\n\n| x | y |\n|---|--:|\n| z |\n",
		"-------\n a   b\n--- ---\n c   d\n\n e   f\n-------\n\n--- ---\nx   y\n--- ---\n",
		// Hand-typed markup and emoji (handmarkup.go, emoji.go).
		"=====\nTitle\n=====\n:Grade: P2\n:Deadline: 2 July\n.. note:: text\n   :depth: 1\n#. item\n~~~\n",
		"📍 Location: Brussels\n✔️ one\n   wrapped\n✔️ two 👇\n▪️\n👨‍👩‍👧 \n✔️\n",
		// Wiki markup.
		"h1. T\nh2. U\n{panel:x}\n{panel}\n||a||b||\n|c|d|\n|e|f|g|\n||\n|\n# i\n## j\n** k\n#\n{\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), fuzzBudget)
		defer cancel()
		start := time.Now()
		doc, err := ReadText(ctx, data, lex, 1<<20)
		checkResult(t, time.Since(start), err)
		// Lines as the reader counts them: "\n", "\r\n" or a lone "\r"
		// end one (UTF-16 has fewer bytes a line: an upper bound).
		lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + bytes.Count(data, []byte{0}) + 1
		if err == nil {
			for i, b := range doc.Blocks {
				if !utf8.ValidString(b.Text) || !utf8.ValidString(b.Label) || !utf8.ValidString(b.Marker) {
					t.Fatalf("block %d is not valid UTF-8: %q", i, b.String())
				}
				// Blocks may go back: two columns side by side (a
				// side-by-side table, a -layout dump) are read one after
				// the other. Each is on a line of the input.
				if b.Pos.Line < 1 || b.Pos.Line > lines {
					t.Fatalf("block %d is not on a line of the input (%d lines): %q", i, lines, b.String())
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
