package parser_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser"
)

// TestSourceLines checks that the lines SourceLines returns are the lines
// the readers number: on every text, Markdown and HTML rendering of the
// corpus, the first word of each block (or of its label) stands on its line or
// near it (a field's label and value may have lines of their own).
func TestSourceLines(t *testing.T) {
	checked := 0
	for _, cf := range corpusFiles(t) {
		data, err := os.ReadFile(filepath.Join(corpusDir, cf.Name))
		if err != nil {
			t.Fatal(err)
		}
		f := parser.DetectFormat(data, cf.Name)
		if f == parser.FormatPDF {
			continue
		}
		doc, err := parser.Read(context.Background(), strings.NewReader(string(data)), parser.WithName(cf.Name))
		if err != nil {
			continue
		}
		lines, err := parser.SourceLines(data, f)
		if err != nil {
			t.Fatalf("%s: %v", cf.Name, err)
		}
		missed, exact, total := 0, 0, 0
		for _, b := range doc.Blocks {
			words := []string{firstWord(b.Text), firstWord(b.Label)}
			if words[0] == "" {
				continue
			}
			total++
			if b.Pos.Line < 1 || b.Pos.Line > len(lines) {
				t.Errorf("%s: block at line %d of %d", cf.Name, b.Pos.Line, len(lines))
				continue
			}
			// A field's label and value may stand on lines of their
			// own (a <dt> and its <dd>, a table dumped column by column).
			if strings.Contains(lines[b.Pos.Line-1], words[0]) || words[1] != "" && strings.Contains(lines[b.Pos.Line-1], words[1]) {
				exact++
			}
			found := false
			for i := max(0, b.Pos.Line-3); i < min(len(lines), b.Pos.Line+3) && !found; i++ {
				for _, w := range words {
					if w != "" && strings.Contains(lines[i], w) {
						found = true
					}
				}
			}
			if !found {
				missed++
				if missed <= 3 {
					t.Logf("%s:%d: %q not on its line %q", cf.Name, b.Pos.Line, words[0], lines[b.Pos.Line-1])
				}
			}
		}
		// HTML entities and Markdown escapes may hide a word: a few
		// misses in a file are tolerated, not a shift of the numbering.
		if missed > len(doc.Blocks)/20 {
			t.Errorf("%s: %d of %d blocks not on their line", cf.Name, missed, len(doc.Blocks))
		}
		// ...and most stand on their very line: a numbering shifted by
		// one would put few there.
		if exact < total*8/10 {
			t.Errorf("%s: only %d of %d blocks start on their line", cf.Name, exact, total)
		}
		t.Logf("%s: %d of %d blocks on their line", cf.Name, exact, total)
		checked++
	}
	if checked == 0 {
		t.Fatal("no file checked")
	}
	if _, err := parser.SourceLines([]byte("%PDF-1.4"), parser.FormatPDF); !errors.Is(err, parser.ErrUnsupported) {
		t.Errorf("PDF: want ErrUnsupported, got %v", err)
	}
}

// firstWord is the first run of letters of s, at least 4 long.
func firstWord(s string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 {
			return w
		}
	}
	return ""
}
