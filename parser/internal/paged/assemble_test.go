package paged

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftext"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
)

// corpusDir is the corpus of the repository.
const corpusDir = "../../../corpus"

// lex is the vocabulary the parser hands the readers.
var lex = vocab.Default()

func TestEndsDangling(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"INFO-SESSION ON THE VACANCY AND", true},
		{"Recruitment process", false},
		{"Procès-verbaux SUR LE", true},
		{"the candidate -", true},
		{"  ", false},
		{"De  \t", true},
		{"Être", true}, // "être" is a function word
		{"Emploi", false},
	} {
		if got := (&assembler{lex: lex}).endsDangling(tt.in); got != tt.want {
			t.Errorf("endsDangling(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// BenchmarkAssembleLines is the line assembly alone, on the text layer of
// one notice read once: BenchmarkParse includes the text layer and
// BenchmarkExtract starts after the assembly.
func BenchmarkAssembleLines(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "250715-pdd.libreoffice.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	doc, err := pdftext.Extract(context.Background(), data, pdftext.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		assembleLines(context.Background(), lex, pdfLines(doc))
	}
}
