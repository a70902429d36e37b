package parser

// Fuzz targets for the whole parse and for the text reader.
//
//	go test ./parser -run='^$' -fuzz=FuzzParse -fuzztime=3m
//	go test ./parser -run='^$' -fuzz=FuzzReadText -fuzztime=3m
//
// Both are seeded from every corpus file (and the bad-input fixtures);
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
//     with the input's name and fits on one line.

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzBudget is the time budget of one fuzz input. It is generous because
// the fuzzer runs one worker per CPU, and a loaded machine must not make
// a healthy input look slow.
const fuzzBudget = 5 * time.Second

var fuzzFormats = []string{"", FormatPDF, FormatText, FormatMarkdown, FormatHTML}

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
	if errors.Is(err, context.DeadlineExceeded) || strings.Contains(msg, "--timeout") {
		t.Fatalf("timed out: %v", err)
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
	f.Fuzz(func(t *testing.T, data []byte, sel uint8) {
		noPanics(t)
		format := fuzzFormats[int(sel)%len(fuzzFormats)]
		name := fuzzNames[int(sel/8)%len(fuzzNames)]
		opts := []Option{WithName(name), WithLimits(Limits{Timeout: fuzzBudget})}
		if format != "" {
			opts = append(opts, WithFormat(format))
		}
		start := time.Now()
		v, err := ParseBytes(context.Background(), data, opts...)
		checkResult(t, name, time.Since(start), v != nil, err)
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

func FuzzReadText(f *testing.F) {
	addCorpusSeeds(f, func(name string) bool {
		return strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".md")
	}, func(_ string, data []byte) [][]any {
		return [][]any{{data}}
	})
	for _, s := range []string{
		"", " \n\t\n", "\ufeffTitle (123)\n", "\xff\xfeT\x00i\x00\n\x00", "\xfe\xff\x00T\x00i\x00\n",
		"1.\n2.\n3.\nfirst item\nsecond\nthird\n", "a\r\nb\rc\f\f3\fPage 2 of 9\n", "caf\xe9 na\xefve\n",
		"Primary Location: Belgium-Brussels\nNATO Body: NATO International Staff (IS)\nSchedule: Full-time\nApplication Deadline: 22-Jun-2025\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		noPanics(t)
		const name = "fuzz.txt"
		opts := []Option{WithName(name), WithFormat(FormatText), WithLimits(Limits{Timeout: fuzzBudget})}

		start := time.Now()
		doc, err := Read(context.Background(), strings.NewReader(string(data)), opts...)
		checkResult(t, name, time.Since(start), doc != nil, err)
		if err == nil {
			if doc.Format != FormatText {
				t.Fatalf("format %q", doc.Format)
			}
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

		if err != nil {
			return
		}
		// The rest of ParseBytes, on the document already read: the only
		// error Extract may give is a refusal.
		if _, err := Extract(doc); err != nil {
			if !errors.Is(err, ErrNotVacancy) || strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("extract: %v", err)
			}
		}
	})
}

// FuzzReadPDF feeds the PDF reader (our text layer over the PDF library)
// with mutations of small corpus PDFs and the PDF fixtures: whatever the
// bytes, it returns a section stream or one *Error line, in bounded time.
func FuzzReadPDF(f *testing.F) {
	addCorpusSeeds(f, func(name string) bool {
		// The smallest renderings keep the fuzzer's executions fast.
		return strings.HasPrefix(name, "251042-ncia.") && strings.HasSuffix(name, ".pdf")
	}, func(_ string, data []byte) [][]any {
		return [][]any{{data}}
	})
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R /Size 3 >>\n%%EOF"))
	f.Add([]byte("%PDF-2.0\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		noPanics(t)
		const name = "fuzz.pdf"
		opts := []Option{WithName(name), WithFormat(FormatPDF), WithLimits(Limits{Timeout: fuzzBudget})}
		start := time.Now()
		doc, err := Read(context.Background(), strings.NewReader(string(data)), opts...)
		checkResult(t, name, time.Since(start), doc != nil, err)
		if err == nil {
			for i, b := range doc.Blocks {
				if !utf8.ValidString(b.Text) {
					t.Fatalf("block %d is not valid UTF-8: %q", i, b.Text)
				}
			}
		}
	})
}

// FuzzSniffCharset checks the HTML charset sniffer and decoder (charset.go)
// on any bytes:
//
//   - no panic, and nothing read past the first 1024 bytes: the same
//     answer for data and for its first 1024 bytes;
//   - the answer is an encoding of the table, and the label it reports
//     names that encoding (UTF-16 and x-user-defined read as UTF-8 and
//     windows-1252, as the WHATWG prescan says);
//   - decodeHTML gives valid UTF-8, or refuses by name (an *Error,
//     ErrUnsupported, one line naming the label) exactly the encodings
//     the table does not carry;
//   - a <meta> declaring label, put before data, is found whenever label
//     is one the table knows, in both the charset and the http-equiv form.
//
// Run it with
//
//	go test ./parser -run '^$' -fuzz FuzzSniffCharset -fuzztime 60s -fuzzminimizetime 0
func FuzzSniffCharset(f *testing.F) {
	addCorpusSeeds(f, func(name string) bool { return strings.HasSuffix(name, ".html") }, func(_ string, data []byte) [][]any {
		return [][]any{{data[:min(len(data), 2048)], "windows-1252", uint8(0)}}
	})
	for _, s := range []struct {
		data, label string
	}{
		{"<meta charset=\"windows-1252\"><p>caf\xe9 \x80", "iso-8859-15"},
		{"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-15'>\xa4", " Latin1 "},
		{"\xff\xfe<\x00p\x00>\x00", "utf-16"},
		{"\xfe\xff\x00<\x00p", "UTF-16BE"},
		{"\xef\xbb\xbf<p>\xe9", "x-user-defined"},
		{"<!-- <meta charset=koi8-r> --><meta/charset='shift_jis'>\x8b\x81", "sjis"},
		{"<a title=\"<meta charset=koi8-r>\"></p x=<meta><?x <meta charset=gbk>?><!x>", "iso-2022-kr"},
		{"<meta http-equiv=content-type content=\"charset; charset = 'koi8-u' ;\" charset=bogus>", "euc-kr"},
		{"<meta charset=bogus http-equiv=content-type content=\"text/html; charset=koi8-r\"><meta charset=", "koi8-r"},
		{"<!--><meta charset=x-user-defined><p>caf\xe9", "macintosh"},
	} {
		f.Add([]byte(s.data), s.label, uint8(0))
		f.Add([]byte(s.data), s.label, uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, label string, form uint8) {
		// Whatever the sniffer finds is written this way; UTF-16 and
		// x-user-defined declared in a <meta> mean something else.
		meaning := func(cs *htmlCharset) *htmlCharset {
			switch cs {
			case &htmlCharsets[csUTF16BE], &htmlCharsets[csUTF16LE]:
				return &htmlCharsets[csUTF8]
			case &htmlCharsets[csUserDefined]:
				return &htmlCharsets[csWindows1252]
			}
			return cs
		}

		s := sniffCharset(data)
		if len(data) > prescanBytes {
			if head := sniffCharset(data[:prescanBytes]); head != s {
				t.Fatalf("sniffed %+v from the whole input, %+v from its first %d bytes", s, head, prescanBytes)
			}
		}
		if s.charset != nil {
			if lookupCharset(strings.ToLower(s.charset.name)) != s.charset {
				t.Fatalf("sniffed an encoding not in the table: %+v", s.charset)
			}
		}
		switch {
		case s.bom > 0:
			boms := map[string]*htmlCharset{"\xef\xbb\xbf": &htmlCharsets[csUTF8], "\xff\xfe": &htmlCharsets[csUTF16LE], "\xfe\xff": &htmlCharsets[csUTF16BE]}
			if s.label != "" || s.bom > len(data) || boms[string(data[:s.bom])] != s.charset {
				t.Fatalf("BOM %q: %+v", data[:min(len(data), s.bom)], s)
			}
		case s.label != "":
			if c := lookupCharset(s.label); c == nil || meaning(c) != s.charset {
				t.Fatalf("label %q does not name %+v", s.label, s.charset)
			}
		case s.charset != nil:
			t.Fatalf("an encoding without a label or a BOM: %+v", s)
		}

		const name = "fuzz.html"
		out, err := decodeHTML(data, newOptions([]Option{WithName(name)}))
		if err != nil {
			var e *Error
			msg := err.Error()
			switch {
			case !errors.As(err, &e) || !errors.Is(err, ErrUnsupported):
				t.Fatalf("error is not an unsupported *parser.Error: %v", err)
			case s.charset == nil || s.charset.enc != nil:
				t.Fatalf("refused %+v: %v", s.charset, err)
			case !strings.HasPrefix(msg, name+": unsupported HTML charset "+s.label+":") && !strings.HasPrefix(msg, name+": unsupported HTML charset "+s.label+" ("),
				strings.ContainsAny(msg, "\r\n"), !utf8.ValidString(msg):
				t.Fatalf("error does not name the label %q on one line: %q", s.label, msg)
			}
		} else {
			if s.charset != nil && s.charset.enc == nil {
				t.Fatalf("decoded %s, which the reader does not carry", s.charset.name)
			}
			if !utf8.Valid(out) {
				t.Fatalf("decoded to invalid UTF-8: %q", out)
			}
		}

		want := lookupCharset(label)
		if want == nil {
			return
		}
		meta := `<meta charset="` + label + `">`
		if form%2 == 1 {
			meta = `<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=` + label + `">`
		}
		if len(meta) > prescanBytes {
			return
		}
		got := sniffCharset(append([]byte(meta), data...))
		if got.charset != meaning(want) || got.label != strings.ToLower(strings.Trim(label, "\t\n\f\r ")) {
			t.Fatalf("%q then the input: sniffed %+v, want %s", meta, got, meaning(want).name)
		}
	})
}
