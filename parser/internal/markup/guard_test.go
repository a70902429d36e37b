package markup

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

func TestScanMarkdown(t *testing.T) {
	tests := []struct {
		name   string
		doc    string
		refuse bool
	}{
		{"shortcut references in one paragraph", strings.Repeat("[a]\n", 60_000), true},
		{"reference definitions in one paragraph", strings.Repeat("[a]: /u\n", 30_000), true},
		{"unclosed destinations on one line", strings.Repeat("[a](", 100_000), true},
		{"unclosed angle destinations on one line", strings.Repeat("[a](<", 30_000), true},
		{"links in list items", strings.Repeat("- [a](b) and [c][d]\n", 60_000), false},
		{"links in paragraphs", strings.Repeat("[a](b) and [c][d]\n\n", 60_000), false},
		{"brackets in fenced code", "```\n" + strings.Repeat("[a](\n", 60_000) + "```\n", false},
		{"closed destinations on one line", strings.Repeat("[a](b) ", 100_000), false},
		{"escaped brackets", strings.Repeat("\\[a\\]\n", 60_000), false},
	}
	for _, tt := range tests {
		s := scanMarkdown([]byte(tt.doc))
		if got := s.linkWork > maxLinkWork; got != tt.refuse {
			t.Errorf("%s: work %d, refused %v, want %v", tt.name, s.linkWork, got, tt.refuse)
		}
	}
	files, _ := filepath.Glob("../../../corpus/*.md")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		if s := scanMarkdown(data); s.linkWork > 10_000 {
			t.Errorf("%s: link work %d", filepath.Base(f), s.linkWork)
		}
	}
}

// TestGuardRefusesBeforeGoldmark: a refused document costs nothing, and
// one just under the limit is read in bounded time.
func TestGuardRefusesBeforeGoldmark(t *testing.T) {
	start := time.Now()
	_, err := ReadMarkdown(context.Background(), []byte(strings.Repeat("[a]\n", 256_000)), Options{})
	var le *failure.LimitError
	if !errors.As(err, &le) || le.Limit != failure.LimitMarkup {
		t.Fatalf("err %v, want the markup limit", err)
	}
	if want := "Markdown paragraph at line 1 has 256000 bracket pairs over 256000 lines: more than the Markdown parser reads in bounded time"; err.Error() != want {
		t.Errorf("message %q", err)
	}
	if d := time.Since(start); d > time.Duration(float64(200*time.Millisecond)*slowdown()) {
		t.Errorf("refused after %v", d)
	}
	// 14,000 lines of "[a]": 1.96e8 steps, just under the limit.
	doc := []byte(strings.Repeat("[a]\n", 14_000))
	if s := scanMarkdown(doc); s.linkWork > maxLinkWork {
		t.Fatalf("work %d over the limit", s.linkWork)
	}
	start = time.Now()
	if _, err := ReadMarkdown(context.Background(), doc, Options{}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > time.Duration(float64(2*time.Second)*slowdown()) {
		t.Errorf("a document under the limit took %v", d)
	}
}

// TestMarkdownCancelled: goldmark stops when the context is done.
func TestMarkdownCancelled(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	doc := []byte(strings.Repeat("Some *text* with [a link](x) and `code`.\n\n", 100_000))
	start := time.Now()
	_, err := ReadMarkdown(ctx, doc, Options{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v", err)
	}
	if d := time.Since(start); d > time.Duration(float64(500*time.Millisecond)*slowdown()) {
		t.Errorf("stopped after %v", d)
	}
}

// slowdown is how much slower than alone the tests run: five times
// under the race detector, and the load average per core.
func slowdown() float64 {
	f := 1.0
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" && s.Value == "true" {
				f = 5
			}
		}
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if l, err := strconv.ParseFloat(strings.Fields(string(b))[0], 64); err == nil {
			f *= max(1, l/float64(runtime.NumCPU()))
		}
	}
	return f
}

// TestScanMarkdownLines checks the nesting and the newlines scanMarkdown
// finds in its pass against markdownNesting and newlines, which
// ReadMarkdown ran as passes of their own.
func TestScanMarkdownLines(t *testing.T) {
	texts := []string{"", "\n", "a", "a\n", "\n\n", "> - 1. x\n  - y\n```\n> > >\n```\n\t* z"}
	pieces := []string{"\n", " ", "\t", "> ", "- ", "* ", "+ ", "1. ", "12) ", "```", "~~~", "x", "[a](b)", "\r\n"}
	texts = append(texts, randtext.Joined(25, 20000, 11, pieces)...)
	for _, s := range texts {
		scan := scanMarkdown([]byte(s))
		if want := markdownNesting([]byte(s)); scan.nesting != want {
			t.Errorf("scanMarkdown(%q).nesting = %d, want %d", s, scan.nesting, want)
		}
		if want := newlines([]byte(s)); !slices.Equal(scan.newlines, want) {
			t.Errorf("scanMarkdown(%q).newlines = %v, want %v", s, scan.newlines, want)
		}
	}
}
