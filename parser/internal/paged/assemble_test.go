package paged

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftext"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
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

// mustAssemble is assembleLines without a deadline or a memory budget,
// which cannot fail.
func mustAssemble(lines []Line) []stream.Block {
	blocks, err := assembleLines(context.Background(), lex, lines)
	if err != nil {
		panic(err)
	}
	return blocks
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

// A list that goes on at the top of a page after another list came
// between (the other half of a side-by-side page) resumes at the outer
// level, not under the other list.
func TestListResumesOnNewPage(t *testing.T) {
	doc, err := ReadText(context.Background(), []byte("1. first,\n2. second,\n\nQUE PROPOSE L'OTAN ?\n\n• un stage ;\n• un horaire.\n\f3. third.\n"), lex, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, fmt.Sprintf("%s%d", b.Marker, b.Depth))
	}
	if want := "[1.0 2.0 0 •0 •0 3.0]"; fmt.Sprint(got) != want {
		t.Errorf("markers and depths %v, want %s", got, want)
	}
}

func TestTabbedField(t *testing.T) {
	for _, tt := range []struct {
		in, label, value string
		ok               bool
	}{
		{"Syndicat\tSCFP – unité de soutien", "Syndicat", "SCFP – unité de soutien", true},
		{"Exigence linguistique\t\tBilingue", "Exigence linguistique", "Bilingue", true},
		{"Union\tCUPE", "Union", "CUPE", true},
		{"the rate\t33,41 $", "", "", false},
		{"Note: see below\tx", "", "", false},
		{"Heures\t", "", "", false},
		{"A\tb\tc", "", "", false},
	} {
		label, value, ok := tabbedField(tt.in)
		if label != tt.label || value != tt.value || ok != tt.ok {
			t.Errorf("tabbedField(%q) = %q, %q, %v; want %q, %q, %v", tt.in, label, value, ok, tt.label, tt.value, tt.ok)
		}
	}
}

func TestHasDotLeader(t *testing.T) {
	for in, want := range map[string]bool{
		"Reference ........ EI-2027-05":                                 true,
		"Working time ..... Full-time":                                  true,
		"Contrat .......... CDI":                                        true,
		"Temps de travail . Temps plein":                                false, // one dot: no leader
		"and so on... as the notice says":                               false,
		"Reference ........":                                            false, // no value after it
		"The candidate will be asked to list the following ..... items": false, // past a label's length
	} {
		if got := hasDotLeader(in); got != want {
			t.Errorf("hasDotLeader(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestHeadingWrapsAcrossLayoutBreak(t *testing.T) {
	// A page's title wraps; its first line crosses the gutter of the
	// columns under it, so the layout opens the left column at its
	// second line. Set right under the first, in its font, it goes on
	// the title.
	title := at(1, 58, 660, "Senior Technician (Data Centre Power and Cooling")
	title.Size, title.Bold = 1.6, true
	title.Box.Y0 = 642
	wrap := at(1, 58, 639, "Systems)")
	wrap.Size, wrap.Bold, wrap.Break = 1.6, true, true
	wrap.Box.Y0 = 621
	body := at(1, 58, 600, "The Agency maintains the data centres of the Alliance.")
	body.Gap = 1
	got := assembled([]Line{title, wrap, body})
	if want := "heading||Senior Technician (Data Centre Power and Cooling Systems)"; len(got) == 0 || got[0] != want {
		t.Errorf("got %q, want %q first", got, want)
	}

	// A heading further down, after a gap, stays a heading of its own.
	far := wrap
	far.Box = &stream.Box{X0: 58, Y0: 560, X1: 100, Y1: 578}
	got = assembled([]Line{title, far, body})
	if want := "heading||Senior Technician (Data Centre Power and Cooling"; len(got) == 0 || got[0] != want {
		t.Errorf("got %q, want %q first", got, want)
	}

	// The next part's heading right under a whole title does not go on
	// with it.
	whole := title
	whole.Text = "Data Analyst, Statistics Division"
	next := wrap
	next.Text = "Life at Kestrel"
	got = assembled([]Line{whole, next, body})
	if want := "heading||Data Analyst, Statistics Division"; len(got) == 0 || got[0] != want {
		t.Errorf("got %q, want %q first", got, want)
	}
}
