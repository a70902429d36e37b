package parser

// Benchmarks, one sub-benchmark per corpus file:
//
//	go test ./parser -run='^$' -bench=. -benchmem
//
//	BenchmarkRead/<file>     reader only: bytes → section stream
//	BenchmarkParse/<file>    the whole ParseBytes
//	BenchmarkExtract/<file>  split + extraction on a Document read once
//
// BenchmarkExtract runs on one rendering per format (see extractFiles);
// the extraction does not depend on the format, only on the blocks.

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchFiles is every corpus input (not build.sh, MANIFEST.tsv, README.md
// or the expected/ and pdftotext/ directories), sorted by name.
func benchFiles(b *testing.B) []string {
	m, err := filepath.Glob(filepath.Join(badCorpusDir, "*"))
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	for _, p := range m {
		switch filepath.Ext(p) {
		case ".pdf", ".txt", ".md", ".html":
			if !strings.HasPrefix(filepath.Base(p), "README") {
				out = append(out, filepath.Base(p))
			}
		}
	}
	return out
}

// extractFiles has one notice per format for BenchmarkExtract.
var extractFiles = []string{
	"250715-pdd.txt", "250715-pdd.md", "250715-pdd.html", "250715-pdd.libreoffice.pdf",
}

func BenchmarkRead(b *testing.B) {
	for _, name := range benchFiles(b) {
		data := readFixture(b, "corpus:"+name)
		b.Run(name, func(b *testing.B) {
			o := newOptions([]Option{WithName(name)})
			if _, err := readDocument(context.Background(), data, o, nil); err != nil {
				b.Skipf("does not read: %v", err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := readDocument(context.Background(), data, o, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	for _, name := range benchFiles(b) {
		data := readFixture(b, "corpus:"+name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var err error
			for b.Loop() {
				_, err = ParseBytes(context.Background(), data, WithName(name))
			}
			// A document refused as not a vacancy is work done too, but
			// any other error means the benchmark measured nothing.
			if err != nil && !strings.Contains(err.Error(), "not a vacancy") {
				b.Skipf("does not parse: %v", err)
			}
		})
	}
}

func BenchmarkExtract(b *testing.B) {
	for _, name := range extractFiles {
		data := readFixture(b, "corpus:"+name)
		b.Run(name, func(b *testing.B) {
			doc, err := readDocument(context.Background(), data, newOptions([]Option{WithName(name)}), nil)
			if err != nil {
				b.Skipf("does not read: %v", err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Extract(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestBenchFilesExist keeps the benchmark inputs honest: the corpus must
// hold every file BenchmarkExtract names.
func TestBenchFilesExist(t *testing.T) {
	for _, name := range extractFiles {
		if _, err := os.Stat(filepath.Join(badCorpusDir, name)); err != nil {
			t.Error(err)
		}
	}
}
