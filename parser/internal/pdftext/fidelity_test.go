package pdftext

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/furniture"
	"golang.org/x/text/unicode/norm"
)

const corpusDir = "../../../corpus"

func corpusPDFs(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus PDFs in %s: %v", corpusDir, err)
	}
	return files
}

// plainText is what `vacancy text --plain` prints for a PDF: every line of
// every page, one per line.
func plainText(doc *Document) string {
	var sb strings.Builder
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			sb.WriteString(l.Text)
			sb.WriteByte('\n')
		}
		sb.WriteByte('\f')
	}
	return sb.String()
}

// dropPageNumbers removes the lines of a pdftotext dump that are only a
// page number: Extract removes them on purpose.
func dropPageNumbers(s string) string {
	var sb strings.Builder
	for _, l := range strings.Split(s, "\n") {
		if furniture.IsPageNumber(strings.Trim(l, "\f ")) {
			sb.WriteString(strings.Repeat("\f", strings.Count(l, "\f")))
			sb.WriteByte('\n')
			continue
		}
		sb.WriteString(l)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// bag is the multiset of words of s: maximal runs of letters and digits
// after NFC, ligatures expanded.
func bag(s string) map[string]int {
	var sb strings.Builder
	for _, r := range s {
		if lig, ok := ligatures[r]; ok {
			sb.WriteString(lig)
		} else {
			sb.WriteRune(r)
		}
	}
	s = norm.NFC.String(sb.String())
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w]++
	}
	return m
}

// precisionRecall compares two bags of words. pdftotext, the reference,
// mis-places word boundaries where its reading order is wrong (it runs two
// columns together: "coordinaINFO", "2025Salary"); such boundary
// disagreements are reconciled one way: a reference word that is the
// concatenation of two or three of our surplus words counts as matched
// (pdftotext also joins words hyphenated at line ends, which we keep
// apart). A word of ours that runs two reference words together (a missed
// space) is not reconciled, nor is any other difference.
func precisionRecall(got, want map[string]int) (p, r float64, missing, extra []string) {
	sg, sw := map[string]int{}, map[string]int{} // surplus
	var inter, ng, nw int
	for w, c := range got {
		ng += c
		inter += min(c, want[w])
		if c > want[w] {
			sg[w] = c - want[w]
		}
	}
	for w, c := range want {
		nw += c
		if c > got[w] {
			sw[w] = c - got[w]
		}
	}
	mg, mw := inter, inter // matched words of got and of want
	reconcile := func(from, other map[string]int, mFrom, mOther *int) {
		for w, c := range from {
			for ; c > 0; c-- {
				parts := splitInto(w, other, 3)
				if parts == nil {
					break
				}
				for _, x := range parts {
					other[x]--
					if other[x] == 0 {
						delete(other, x)
					}
				}
				*mFrom++
				*mOther += len(parts)
			}
			if c == 0 {
				delete(from, w)
			} else {
				from[w] = c
			}
		}
	}
	reconcile(sw, sg, &mw, &mg)
	for w, c := range sw {
		missing = append(missing, fmt.Sprintf("%s×%d", w, c))
	}
	for w, c := range sg {
		extra = append(extra, fmt.Sprintf("%s×%d", w, c))
	}
	if ng == 0 || nw == 0 {
		return 0, 0, missing, extra
	}
	return float64(mg) / float64(ng), float64(mw) / float64(nw), missing, extra
}

// splitInto splits w into 2..n words available in bag, or returns nil.
func splitInto(w string, bag map[string]int, n int) []string {
	if n < 2 {
		return nil
	}
	for i := 1; i < len(w); i++ {
		a, b := w[:i], w[i:]
		if bag[a] == 0 {
			continue
		}
		if bag[b] > 0 && (a != b || bag[a] > 1) {
			return []string{a, b}
		}
		bag[a]--
		rest := splitInto(b, bag, n-1)
		bag[a]++
		if rest != nil {
			return append([]string{a}, rest...)
		}
	}
	return nil
}

func TestPDFFidelity(t *testing.T) {
	t.Logf("%-34s %6s %6s %9s %6s", "file", "words", "ref", "precision", "recall")
	for _, f := range corpusPDFs(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".pdf")
		ref, err := os.ReadFile(filepath.Join(corpusDir, "pdftotext", name+".txt"))
		if err != nil {
			t.Errorf("%s: missing reference dump (make it with: pdftotext -enc UTF-8 corpus/%s.pdf corpus/pdftotext/%s.txt): %v", name, name, name, err)
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Extract(context.Background(), data, Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		got := bag(plainText(doc))
		want := bag(dropPageNumbers(string(ref)))
		p, r, missing, extra := precisionRecall(got, want)
		ng, nw := 0, 0
		for _, c := range got {
			ng += c
		}
		for _, c := range want {
			nw += c
		}
		t.Logf("%-34s %6d %6d %9.4f %6.4f", name, ng, nw, p, r)
		if p < 0.995 || r < 0.995 {
			t.Errorf("%s: precision %.4f recall %.4f under 0.995\n  missing: %s\n  extra: %s", name, p, r, head(missing), head(extra))
		}
	}
}

func head(s []string) string {
	if len(s) > 30 {
		s = append(s[:30], "…")
	}
	return strings.Join(s, " ")
}

func TestPrecisionRecall(t *testing.T) {
	tests := []struct {
		got, want string
		p, r      float64
	}{
		{"a b c", "a b c", 1, 1},
		{"coordina- tion x", "coordination", 2.0 / 3, 1}, // reference joined two of our words
		{"ab", "a b", 0, 0},                              // we missed a space: not forgiven
		{"a b", "a b c d", 1, 0.5},
	}
	for _, tt := range tests {
		p, r, _, _ := precisionRecall(bag(tt.got), bag(tt.want))
		if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 {
			t.Errorf("%q vs %q: p %.3f r %.3f, want %.3f %.3f", tt.got, tt.want, p, r, tt.p, tt.r)
		}
	}
}
