package parser

// The fuzz target for the whole parse (each reader has its own in its
// package):
//
//	go test ./parser -run='^$' -fuzz=FuzzParse -fuzztime=10m -fuzzminimizetime=0
//
// It is seeded from every corpus file (and the bad-input fixtures);
// crashers land in testdata/fuzz/<Target>/ and are replayed by a plain
// `go test`.
//
// Add -fuzzminimizetime=0 for a useful run: the seeds are whole notices
// (20–150 KB), nearly every mutation of one finds new coverage at first,
// and minimising each such input takes the workers' whole time (60 s per
// input by default; a 3-minute run then makes a few dozen executions
// instead of tens of thousands). A crasher is then kept unminimised.
//
// Properties checked on every input:
//
//   - no panic: the fuzz run turns off the recover in readDocument and
//     withBudget, so a reader's panic reaches the fuzzer with its stack;
//   - bounded time: the parse returns within the time budget (a timeout
//     on a fuzz-sized input is a failure, since it means a reader is
//     pathologically slow) plus a margin;
//   - the result is either a vacancy or an *Error whose message starts
//     with the input's name and fits on one line;
//   - linear work: time and allocations (garbage included, from
//     runtime.MemStats) in proportion to the input's size (checkLinear).

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/hostile"
)

// fuzzBudget is the time budget of one fuzz input. It is generous because
// the fuzzer runs one worker per CPU, and a loaded machine must not make
// a healthy input look slow.
const fuzzBudget = 5 * time.Second

var fuzzFormats = append([]Format{""}, Formats...)

// fuzzNames are the names the fuzzer gives its input: the extension is a
// hint to format detection.
var fuzzNames = []string{"fuzz-input", "fuzz-input.md", "fuzz-input.html", "fuzz-input.txt", "fuzz-input.pdf"}

// addCorpusSeeds adds every corpus file and bad-input fixture to f, once
// per argument tuple that args returns.
func addCorpusSeeds(f *testing.F, match func(name string) bool, args func(name string, data []byte) [][]any) {
	var files []string
	for _, pattern := range []string{"../corpus/*", "testdata/bad/*"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		files = append(files, m...)
	}
	n := 0
	for _, path := range files {
		name := filepath.Base(path)
		if !match(name) {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			continue // a directory
		}
		for _, a := range args(name, data) {
			f.Add(a...)
			n++
		}
	}
	if n == 0 {
		f.Fatal("no seed found")
	}
}

// checkResult checks the properties every parse result must have.
func checkResult(t *testing.T, name string, elapsed time.Duration, ok bool, err error) {
	t.Helper()
	if elapsed > fuzzBudget+2*time.Second {
		t.Fatalf("took %v, over the %v budget", elapsed, fuzzBudget)
	}
	if err == nil {
		if !ok {
			t.Fatal("nil error and no result")
		}
		return
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error is a %T, not a *parser.Error: %v", err, err)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, name+": ") || len(msg) == len(name)+2 {
		t.Fatalf("error does not start with the name %q: %q", name, msg)
	}
	if strings.ContainsAny(msg, "\r\n") {
		t.Fatalf("error is not one line: %q", msg)
	}
	if !utf8.ValidString(msg) {
		t.Fatalf("error is not valid UTF-8: %q", msg)
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrLimit) && strings.Contains(msg, "time budget") {
		t.Fatalf("timed out: %v", err)
	}
}

// Work in proportion to the input: a parse may allocate fuzzAllocBase
// plus fuzzAllocPerByte bytes for each byte of input (garbage included;
// the corpus notices take 50 to 150 a byte, the hostile inputs of issue
// 13 at most 400 once linear) and take fuzzTimeBase plus fuzzTimePerByte
// a byte (the corpus: under 0.1 µs a byte). A quadratic path shows on a
// fuzz-sized input long before it reaches the time budget: 20 KB of tabs
// took 10 s, 32 KB of "[" allocated half a gigabyte.
const (
	fuzzAllocBase    = 64 << 20
	fuzzAllocPerByte = 2000
	fuzzTimeBase     = time.Second
	fuzzTimePerByte  = 20 * time.Microsecond
)

func checkLinear(t *testing.T, size int, elapsed time.Duration, alloc uint64) {
	t.Helper()
	if limit := uint64(fuzzAllocBase + fuzzAllocPerByte*size); alloc > limit {
		t.Fatalf("allocated %d MB for %d bytes of input (limit %d MB)", alloc>>20, size, limit>>20)
	}
	if limit := fuzzTimeBase + time.Duration(size)*fuzzTimePerByte; elapsed > limit && !raceEnabled() {
		t.Fatalf("took %v for %d bytes of input (limit %v)", elapsed, size, limit)
	}
}

// noPanics switches off the panic recovery for the test's duration.
func noPanics(t *testing.T) {
	catchPanics = false
	t.Cleanup(func() { catchPanics = true })
}

func FuzzParse(f *testing.F) {
	addCorpusSeeds(f, func(string) bool { return true }, func(name string, data []byte) [][]any {
		// Each file with format detection and with the format it has.
		var want uint8
		switch filepath.Ext(name) {
		case ".pdf":
			want = 1
		case ".txt":
			want = 2
		case ".md":
			want = 3
		case ".html":
			want = 4
		}
		return [][]any{{data, uint8(0)}, {data, want}}
	})
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"), uint8(1))
	f.Add([]byte("<html><body><ul><li><ul><li>x</li></ul></li></ul>"), uint8(4))
	f.Add([]byte("- - - - > > > 1. x\n\n| a | b |\n|---|---|\n| **x** | y |\n"), uint8(3))
	// The hostile inputs of issue 13, cut to 16 KB: the patterns that
	// were quadratic, for the mutations to start from.
	for _, c := range hostile.Cases() {
		if c.Heavy {
			continue
		}
		data := c.Make()
		f.Add(data[:min(len(data), 16<<10)], uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, sel uint8) {
		noPanics(t)
		format := fuzzFormats[int(sel)%len(fuzzFormats)]
		name := fuzzNames[int(sel/8)%len(fuzzNames)]
		opts := []Option{WithName(name), WithLimits(Limits{Timeout: fuzzBudget})}
		if format != "" {
			opts = append(opts, WithFormat(format))
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		v, err := ParseBytes(context.Background(), data, opts...)
		elapsed := time.Since(start)
		runtime.ReadMemStats(&after)
		checkResult(t, name, elapsed, v != nil, err)
		checkLinear(t, len(data), elapsed, after.TotalAlloc-before.TotalAlloc)
		if err != nil {
			return
		}
		if v.Source.File != name {
			t.Fatalf("source file %q, want %q", v.Source.File, name)
		}
		if _, err := json.Marshal(v); err != nil {
			t.Fatalf("vacancy does not marshal: %v", err)
		}
	})
}
