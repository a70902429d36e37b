package parser

import (
	"context"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// randomTexts returns n texts of up to max runes drawn from alphabet,
// plus the given ones.
func randomTexts(seed uint64, n, max int, alphabet string, given ...string) []string {
	runes := []rune(alphabet)
	rng := rand.New(rand.NewPCG(seed, 7))
	texts := append([]string(nil), given...)
	for range n {
		var b strings.Builder
		for range rng.IntN(max + 1) {
			b.WriteRune(runes[rng.IntN(len(runes))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// The hand-written matchers against the regular expressions they replace.

func TestTitleReferenceMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`\((\d{5,8}|[A-Z]{1,6}[- ]?\d{3,}[-/\d]*)\)\s*$`)
	texts := randomTexts(1, 50000, 14, "(()) 0123456789AZN-/ \t\nxé",
		"Title (250715)", "Title (ABC-1234/5)", "Title (ABC 123)", "Title (ABCDEFG123)", "Title (1234)",
		"Title (123456789)", "Title (250715)  \n", "Title (250715) x", "(A12)", "Title ((250715)", "(AB--123)",
		"(PDD) (250715)", "(250715))", "", ")", "()", "(ABCDEF123-/)", "(A 123)")
	for _, s := range texts {
		m := re.FindStringSubmatchIndex(s)
		open, ref, ok := titleReference(s)
		switch {
		case ok != (m != nil):
			t.Errorf("titleReference(%q) ok = %v, regexp %v", s, ok, m)
		case ok && (open != m[0] || ref != s[m[2]:m[3]]):
			t.Errorf("titleReference(%q) = %d %q, regexp %d %q", s, open, ref, m[0], s[m[2]:m[3]])
		}
	}
}

func TestIsURLLineMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`^(?:https?://|www\.)\S+$`)
	texts := randomTexts(2, 20000, 10, "htps:/w. x\t\n\xff", "https://x", "http://", "www.", "www.x y", "https://nato.int/", "wwww.x")
	for _, s := range texts {
		if got, want := isURLLine(s), re.MatchString(s); got != want {
			t.Errorf("isURLLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMarkerLenMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`^(` + markerPattern + `)(?:\s+|$)`)
	texts := randomTexts(3, 50000, 7, "(1a)iIvX.• ·–-*x\t\n\v✓é\xff", "1. foo", "(a) foo", "iv) foo", "• foo", "– foo", "* foo",
		"12) x", "A.", "(iv)", "(ab) x", "123. x", "1.5 x", "-5", "a.b", "(1.) x", "ii. x", "iV) x", "")
	for _, s := range texts {
		want := 0
		if m := re.FindStringSubmatch(s); m != nil {
			want = len(m[1])
		}
		if got := markerLen(s); got != want {
			t.Errorf("markerLen(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestWordCount(t *testing.T) {
	for _, s := range randomTexts(4, 20000, 10, "a \t\n\u00a0\u2003é\xff\v", "", "  a  b ", "one") {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

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
		if got := endsDangling(tt.in); got != tt.want {
			t.Errorf("endsDangling(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// BenchmarkAssembleLines is the line assembly alone, on the text layer of
// one notice read once: BenchmarkParse includes the text layer and
// BenchmarkExtract starts after the assembly.
func BenchmarkAssembleLines(b *testing.B) {
	const name = "250715-pdd.libreoffice.pdf"
	data := readFixture(b, "corpus:"+name)
	doc, err := extractPDF(context.Background(), data, newOptions([]Option{WithName(name)}))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		assembleLines(pdfLines(doc))
	}
}
