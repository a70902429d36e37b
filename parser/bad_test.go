package parser

// TestBadInput feeds the parser inputs that are broken, hostile or not
// vacancies, and checks the exact one-line error ("name: reason") or, for
// inputs that must still parse, that the result equals the parse of the
// clean original.
//
// Fixtures that need outside tools (encrypted and scanned PDFs) are
// committed in testdata/bad/ and made by testdata/bad/gen.go; every other
// bad input is derived from the corpus here, in the test.

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

const (
	badDir       = "testdata/bad"
	badCorpusDir = "../corpus"
	// textNotice and pdfNotice are the clean originals the damaged copies
	// are made from.
	textNotice = "250715-pdd.txt"
	pdfNotice  = "250715-pdd.libreoffice.pdf"
	mdNotice   = "250715-pdd.md"
	htmlNotice = "250715-pdd.html"
)

var corpusCache sync.Map // path → []byte

// readFixture returns a file of the corpus ("corpus:NAME") or of
// testdata/bad (NAME).
func readFixture(t testing.TB, name string) []byte {
	path := filepath.Join(badDir, name)
	if c, ok := strings.CutPrefix(name, "corpus:"); ok {
		path = filepath.Join(badCorpusDir, c)
	}
	if b, ok := corpusCache.Load(path); ok {
		return b.([]byte)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	corpusCache.Store(path, b)
	return b
}

func fixture(name string) func(testing.TB) []byte {
	return func(t testing.TB) []byte { return readFixture(t, name) }
}

// derived applies f to a copy of a fixture.
func derived(name string, f func([]byte) []byte) func(testing.TB) []byte {
	return func(t testing.TB) []byte {
		return f(bytes.Clone(readFixture(t, name)))
	}
}

func literal(s string) func(testing.TB) []byte {
	return func(testing.TB) []byte { return []byte(s) }
}

// badCase is one row of TestBadInput.
type badCase struct {
	name   string // the input's name (WithName) and the sub-test's
	data   func(testing.TB) []byte
	opts   []Option
	reader bool // through Parse and an io.Reader instead of ParseBytes

	// want is the exact error message; "" when the input must parse.
	want string
	// like names a fixture the input must parse exactly like (the whole
	// vacancy but Source.File); likeData gives that reference's bytes
	// when it is not a fixture.
	like     string
	likeData func(testing.TB) []byte
	// contract names a fixture whose contract fields the parse must
	// have (for inputs that cannot parse byte-for-byte like it).
	contract string
	// within is the time the parse must take at most; default 2 s.
	within time.Duration
}

func TestBadInput(t *testing.T) {
	for _, tc := range badCases() {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data(t)
			opts := append([]Option{WithName(tc.name)}, tc.opts...)
			within := tc.within
			if within == 0 {
				within = 2 * time.Second
			}
			if raceEnabled() && tc.within == 0 {
				within *= 5 // the race detector slows everything down
			}
			var v *schema.Vacancy
			var err error
			// A machine busy with other tests can slow one run down: a
			// case is too slow only when three runs in a row are.
			var times []time.Duration
			for range 3 {
				start := time.Now()
				if tc.reader {
					v, err = Parse(context.Background(), bytes.NewReader(data), opts...)
				} else {
					v, err = ParseBytes(context.Background(), data, opts...)
				}
				elapsed := time.Since(start)
				t.Logf("%d bytes, %v", len(data), elapsed.Round(time.Microsecond))
				if times = append(times, elapsed); elapsed <= within {
					break
				}
			}
			if len(times) == 3 && times[2] > within {
				t.Errorf("took %v, more than %v", times, within)
			}

			if tc.want != "" {
				if err == nil {
					t.Fatalf("parsed; want error %q", tc.want)
				}
				var e *Error
				if !errors.As(err, &e) {
					t.Errorf("error is a %T, not a *parser.Error", err)
				}
				if got := err.Error(); got != tc.want {
					t.Fatalf("wrong error\n got: %s\nwant: %s", got, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("want a vacancy, got error: %v", err)
			}
			if tc.like != "" || tc.likeData != nil {
				likeData := tc.likeData
				if likeData == nil {
					likeData = fixture(tc.like)
				}
				ref, err := ParseBytes(context.Background(), likeData(t), WithName(tc.like))
				if err != nil {
					t.Fatalf("reference %s does not parse: %v", tc.like, err)
				}
				if got, want := vacancyJSON(t, v), vacancyJSON(t, ref); got != want {
					t.Errorf("parse differs from the clean original's:\n%s", lineDiff(want, got))
				}
			}
			if tc.contract != "" {
				ref, err := ParseBytes(context.Background(), readFixture(t, tc.contract), WithName(tc.contract))
				if err != nil {
					t.Fatalf("reference %s does not parse: %v", tc.contract, err)
				}
				want, got := contractOf(t, ref), contractOf(t, v)
				for k, w := range want {
					if got[k] != w {
						t.Errorf("contract field %s differs:\n got: %s\nwant: %s", k, got[k], w)
					}
				}
			}
		})
	}
}

func badCases() []badCase {
	nothing := func(name string) string {
		return name + ": not a vacancy notice: found no evidence of a post; missing post fields (grade, salary, deadline, location…), requirements, duties, a word naming the post on offer"
	}
	truncate := func(pct int) badCase {
		name := fmt.Sprintf("truncated-%d.pdf", pct)
		return badCase{
			name: name,
			data: derived("corpus:"+pdfNotice, func(b []byte) []byte { return b[:len(b)*pct/100] }),
			// The library finds no xref and none can be rebuilt: the
			// catalog and page tree come last in LibreOffice's files.
			want: name + ": malformed PDF: xref table not found",
		}
	}
	return []badCase{
		// Nothing to read.
		{name: "empty.txt", data: literal(""), want: "empty.txt: empty file"},
		{name: "whitespace.txt", data: literal(" \n\t\r\n   \n\n"), want: "whitespace.txt: empty file"},
		{name: "empty-reader", data: literal(""), reader: true, want: "empty-reader: empty file"},

		// Random bytes: binary, and random words that are text.
		{name: "random.bin", data: randomBytes(64 << 10), want: "random.bin: binary data, not text (no known format recognised)"},
		{name: "random-words.txt", data: randomWords(20000), want: nothing("random-words.txt")},

		// Broken PDFs.
		truncate(10),
		truncate(50),
		truncate(90),
		{name: "broken-xref.pdf", data: derived("corpus:"+pdfNotice, breakXref), like: "corpus:" + pdfNotice},
		{name: "no-xref.pdf", data: derived("corpus:"+pdfNotice, dropXref), like: "corpus:" + pdfNotice},
		{name: "not-a-pdf.pdf", data: literal("%PDF-1.7\nthis is not a PDF at all\n%%EOF\n"),
			want: "not-a-pdf.pdf: malformed PDF: xref table not found"},

		// Encrypted PDFs (qpdf --encrypt user owner 256|128). Every
		// revision of the standard security handler (R2-R6) is read: a
		// precise error without the password, the notice with it.
		{name: "encrypted-aes256.pdf", data: fixture("encrypted-aes256.pdf"),
			want: "encrypted-aes256.pdf: encrypted PDF needs a password"},
		{name: "encrypted-aes256-password.pdf", data: fixture("encrypted-aes256.pdf"), opts: []Option{WithPassword("user")},
			like: "corpus:250709-jis.groff.pdf"},
		{name: "encrypted-aes128-wrong.pdf", data: fixture("encrypted-aes128.pdf"), opts: []Option{WithPassword("wrong")},
			want: "encrypted-aes128-wrong.pdf: encrypted PDF: wrong password"},
		{name: "encrypted-aes128.pdf", data: fixture("encrypted-aes128.pdf"),
			want: "encrypted-aes128.pdf: encrypted PDF needs a password"},
		{name: "encrypted-aes128-password.pdf", data: fixture("encrypted-aes128.pdf"), opts: []Option{WithPassword("user")},
			like: "corpus:250709-jis.groff.pdf"},

		// A scan: an image and no text.
		{name: "scanned.pdf", data: fixture("scanned.pdf"),
			want: "scanned.pdf: no text layer: scanned documents need OCR, which vacancy does not do"},

		// Documents that are not vacancies.
		{name: "faq-internship.fr.txt", data: fixture("corpus:faq-internship.fr.txt"), want: `faq-internship.fr.txt: not a vacancy notice: reads as an FAQ ("Questions fréquemment posées"); found requirements, a word naming the post on offer`},
		{name: "press-release.txt", data: fixture("press-release.txt"), want: `press-release.txt: not a vacancy notice: reads as a press release ("NATO Public Diplomacy Division - Press Release"); found no evidence of a post`},

		// Encodings and line ends: the same notice.
		{name: "cp1252.txt", data: derived("corpus:"+textNotice, encodeWith(charmap.Windows1252)), like: "corpus:" + textNotice},
		{name: "latin1.txt", data: derived("corpus:"+textNotice, func(b []byte) []byte { return encodeWith(charmap.ISO8859_1)(toLatin1(b)) }),
			likeData: derived("corpus:"+textNotice, toLatin1), contract: "corpus:" + textNotice},
		{name: "bom.txt", data: derived("corpus:"+textNotice, func(b []byte) []byte { return append([]byte("\ufeff"), b...) }), like: "corpus:" + textNotice},
		{name: "utf16le.txt", data: derived("corpus:"+textNotice, encodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM))), like: "corpus:" + textNotice},
		{name: "utf16be.txt", data: derived("corpus:"+textNotice, encodeWith(unicode.UTF16(unicode.BigEndian, unicode.UseBOM))), like: "corpus:" + textNotice},
		{name: "crlf.txt", data: derived("corpus:"+textNotice, func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }), like: "corpus:" + textNotice},
		{name: "cr.txt", data: derived("corpus:"+textNotice, func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r")) }), like: "corpus:" + textNotice},
		{name: "crlf.md", data: derived("corpus:250715-pdd.md", func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }), like: "corpus:250715-pdd.md"},
		{name: "invalid-utf8.txt", data: derived("corpus:"+textNotice, insertInvalidUTF8), contract: "corpus:" + textNotice},

		// Markdown is decoded as text is (textenc), and detected from its
		// decoded text: without a name, a UTF-16 or CR-only Markdown
		// file is Markdown, not text or binary data.
		{name: "utf16le.md", data: derived("corpus:"+mdNotice, encodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM))), like: "corpus:" + mdNotice},
		{name: "utf16be.md", data: derived("corpus:"+mdNotice, encodeWith(unicode.UTF16(unicode.BigEndian, unicode.UseBOM))), like: "corpus:" + mdNotice},
		{name: "utf16le-unnamed", data: derived("corpus:"+mdNotice, encodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM))), like: "corpus:" + mdNotice},
		{name: "cr.md", data: derived("corpus:"+mdNotice, func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r")) }), like: "corpus:" + mdNotice},
		{name: "cr-unnamed", data: derived("corpus:"+mdNotice, func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r")) }), like: "corpus:" + mdNotice},
		{name: "bom.md", data: derived("corpus:"+mdNotice, func(b []byte) []byte { return append([]byte("\ufeff"), b...) }), like: "corpus:" + mdNotice},
		{name: "cp1252.md", data: derived("corpus:"+mdNotice, encodeWith(charmap.Windows1252)), like: "corpus:" + mdNotice},

		// Legacy HTML charsets (charset.go): the same notice, declared in
		// a <meta charset>, an http-equiv <meta> (ISO-8859-15 has € at
		// 0xA4, where windows-1252 has ¤), a BOM, or not at all (read as
		// windows-1252, which covers Latin-1). A charset the reader does
		// not carry is refused by name.
		{name: "cp1252-declared.html", data: derived("corpus:"+htmlNotice, func(b []byte) []byte {
			return encodeWith(charmap.Windows1252)(declareCharset(b, `<meta charset="windows-1252" />`))
		}), like: "corpus:" + htmlNotice},
		{name: "iso-8859-15.html", data: derived("corpus:"+htmlNotice, func(b []byte) []byte {
			return encodeWith(charmap.ISO8859_15)(toLatin9(declareCharset(b, `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15" />`)))
		}), likeData: derived("corpus:"+htmlNotice, toLatin9)},
		{name: "utf16le.html", data: derived("corpus:"+htmlNotice, encodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM))), like: "corpus:" + htmlNotice},
		{name: "latin1-undeclared.html", data: derived("corpus:"+htmlNotice, func(b []byte) []byte {
			return encodeWith(charmap.ISO8859_1)(toLatin1(declareCharset(b, "")))
		}), likeData: derived("corpus:"+htmlNotice, toLatin1)},
		{name: "shift_jis.html", data: literal("<!DOCTYPE html>\n<html><head><meta charset=\"Shift_JIS\"><title>\x8b\x81\x90\x6c</title></head>\n<body><h1>\x8b\x81\x90\x6c</h1></body></html>\n"),
			want: "shift_jis.html: unsupported HTML charset shift_jis: only UTF-8, UTF-16 and single-byte charsets are read (convert the page to UTF-8)"},

		// Limits.
		{name: "long-line.txt", data: literal(strings.Repeat("a", 10<<20)),
			want: "long-line.txt: line 1 is longer than the 1048576-byte line limit"},
		{name: "too-big.txt", data: fixture("corpus:" + textNotice), opts: []Option{WithLimits(Limits{MaxBytes: 4096})},
			want: "too-big.txt: file is larger than the 4096-byte limit"},
		{name: "too-big-reader.txt", data: fixture("corpus:" + textNotice), reader: true, opts: []Option{WithLimits(Limits{MaxBytes: 4096})},
			want: "too-big-reader.txt: file is larger than the 4096-byte limit"},
		{name: "nested-lists.md", data: literal(strings.Repeat("- ", 10000) + "x\n"),
			want: "nested-lists.md: Markdown nested 10000 levels deep, more than the nesting limit of 100"},
		{name: "nested-quotes.md", data: literal(strings.Repeat("> ", 10000) + "x\n"),
			want: "nested-quotes.md: Markdown nested 10000 levels deep, more than the nesting limit of 100"},
		{name: "nested-indented.md", data: literal(nestedIndentedList(3000)),
			want: "nested-indented.md: Markdown nested 3000 levels deep, more than the nesting limit of 100"},
		{name: "nested-lists.html", data: literal("<html><body>" + strings.Repeat("<ul><li>", 10000) + "x"),
			want: "nested-lists.html: HTML nested too deep (the nesting limit is 100): html: open stack of elements exceeds 512 nodes"},
		{name: "nested-divs.html", data: literal("<html><body>" + strings.Repeat("<div>", 10000) + "x"),
			want: "nested-divs.html: HTML nested too deep (the nesting limit is 100): html: open stack of elements exceeds 512 nodes"},
		{name: "nested-html-in.md", data: literal("# Notice\n\n<div>" + strings.Repeat("<div>", 10000) + "x\n"),
			want: "nested-html-in.md: HTML nested too deep (the nesting limit is 100): html: open stack of elements exceeds 512 nodes"},
		{name: "nested-divs-300.html", data: literal("<html><body>" + strings.Repeat("<div>", 300) + "x"),
			want: "nested-divs-300.html: HTML nested deeper than 100 levels (the nesting limit)"},
		{name: "flate-bomb.pdf", data: func(testing.TB) []byte { return flateBombPDF(1 << 30) },
			want: "flate-bomb.pdf: a PDF stream decompresses to more than 33554432 bytes (the stream limit)"},

		// The time budget.
		{name: "slow.txt", data: derived("corpus:"+textNotice, func(b []byte) []byte { return bytes.Repeat(b, 300) }),
			opts: []Option{WithLimits(Limits{Timeout: 50 * time.Millisecond})}, within: 250 * time.Millisecond,
			want: "slow.txt: time budget of 50ms exceeded"},
		{name: "blocking-reader", data: literal("anything"), opts: []Option{WithFormat(blockingFormat), WithLimits(Limits{Timeout: 50 * time.Millisecond})},
			within: 250 * time.Millisecond, want: "blocking-reader: time budget of 50ms exceeded"},
		{name: "panicking-reader", data: literal("anything"), opts: []Option{WithFormat(panickingFormat)},
			want: "panicking-reader: internal error reading test-panic: boom on two lines (please report this file)"},
	}
}

// blockingFormat and panickingFormat name test readers: one ignores its
// context and sleeps past any test budget, one panics.
const (
	blockingFormat  = "test-blocking"
	panickingFormat = "test-panic"
)

func init() {
	readers[blockingFormat] = func(context.Context, []byte, *options) (*stream.Document, error) {
		time.Sleep(2 * time.Second)
		return &stream.Document{}, nil
	}
	readers[panickingFormat] = func(context.Context, []byte, *options) (*stream.Document, error) {
		panic("boom\non two lines")
	}
}

// randomBytes is n seeded random bytes (binary: they contain NULs).
func randomBytes(n int) func(testing.TB) []byte {
	return func(testing.TB) []byte {
		r := rand.New(rand.NewPCG(1, 2))
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.UintN(256))
		}
		return b
	}
}

// randomWords is n seeded random lower-case words, wrapped at 70 columns.
func randomWords(n int) func(testing.TB) []byte {
	return func(testing.TB) []byte {
		r := rand.New(rand.NewPCG(3, 4))
		var b bytes.Buffer
		col := 0
		for range n {
			w := make([]byte, 1+r.IntN(9))
			for i := range w {
				w[i] = byte('a' + r.IntN(26))
			}
			if col+len(w) > 70 {
				b.WriteByte('\n')
				col = 0
			}
			b.Write(w)
			b.WriteByte(' ')
			col += len(w) + 1
		}
		return b.Bytes()
	}
}

// nestedIndentedList is a list nested n levels by indentation, each level
// on its own line: the same depth as "- - - …" but built the usual way.
// Its size grows as n² (3000 levels make 9 MB).
func nestedIndentedList(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(" ", 2*i))
		b.WriteString("- x\n")
	}
	return b.String()
}

var reStartxref = regexp.MustCompile(`startxref\s+(\d+)`)

// breakXref points startxref at the middle of the file and garbles every
// xref entry's offset, as a bad transfer or a careless editor would.
func breakXref(b []byte) []byte {
	m := reStartxref.FindSubmatchIndex(b)
	if m == nil {
		panic("no startxref")
	}
	off := []byte(strconv.Itoa(len(b) / 2))
	off = append(off, bytes.Repeat([]byte(" "), max(0, m[3]-m[2]-len(off)))...)
	copy(b[m[2]:m[3]], off[:m[3]-m[2]])
	entry := regexp.MustCompile(`(?m)^\d{10} \d{5} n`)
	return entry.ReplaceAllFunc(b, func(e []byte) []byte {
		out := bytes.Clone(e)
		copy(out, "0000012345")
		return out
	})
}

// dropXref cuts the xref table, trailer and startxref off the file.
func dropXref(b []byte) []byte {
	i := bytes.LastIndex(b, []byte("\nxref"))
	if i < 0 {
		panic("no xref")
	}
	return b[:i+1]
}

// encodeWith encodes UTF-8 text with enc (a charmap or UTF-16).
func encodeWith(enc encoding.Encoding) func([]byte) []byte {
	return func(b []byte) []byte {
		out, err := enc.NewEncoder().Bytes(b)
		if err != nil {
			panic(err)
		}
		return out
	}
}

// toLatin1 replaces the characters of the notice that Latin-1 lacks with
// their usual ASCII stand-ins.
func toLatin1(b []byte) []byte {
	return []byte(strings.NewReplacer("’", "'", "•", "-", "–", "-", "œ", "oe", "€", "EUR").Replace(string(b)))
}

// toLatin9 replaces the characters of the notice that ISO-8859-15 lacks
// (it has € and œ) with their ASCII stand-ins.
func toLatin9(b []byte) []byte {
	return []byte(strings.NewReplacer("’", "'", "–", "-", "“", `"`, "”", `"`, "•", "-").Replace(string(b)))
}

// declareCharset replaces the UTF-8 declaration of a pandoc HTML page with
// decl, on the same line.
func declareCharset(b []byte, decl string) []byte {
	const utf8Meta = `<meta charset="utf-8" />`
	if bytes.Count(b, []byte(utf8Meta)) != 1 {
		panic("no charset declaration")
	}
	return bytes.Replace(b, []byte(utf8Meta), []byte(decl), 1)
}

// insertInvalidUTF8 puts two bytes that are not UTF-8 in the middle of the
// text, in the middle of a line of the English half's body.
func insertInvalidUTF8(b []byte) []byte {
	i := bytes.Index(b, []byte("\n\n")) + len(b)/4
	i += bytes.IndexByte(b[i:], ' ')
	return append(b[:i:i], append([]byte(" \xff\xfe"), b[i:]...)...)
}

// flateBombPDF is a small one-page PDF whose content stream inflates to
// size bytes of zeros (size a multiple of 1 MiB). The zlib stream is made
// by compressing 1 MiB of zeros once and repeating the byte-aligned
// segment a window full of zeros produces, so building it is fast.
func flateBombPDF(size int) []byte {
	const chunk = 1 << 20
	zeros := make([]byte, chunk)
	var z bytes.Buffer
	fw, _ := flate.NewWriter(&z, flate.BestCompression)
	var marks []int
	for range 3 {
		fw.Write(zeros)
		fw.Flush()
		marks = append(marks, z.Len())
	}
	first := bytes.Clone(z.Bytes()[:marks[0]])
	seg := z.Bytes()[marks[0]:marks[1]]
	if !bytes.Equal(seg, z.Bytes()[marks[1]:marks[2]]) {
		panic("flate segments differ: cannot repeat")
	}
	var stream bytes.Buffer
	stream.Write([]byte{0x78, 0xda}) // zlib header, best compression
	stream.Write(first)
	for range size/chunk - 1 {
		stream.Write(seg)
	}
	stream.Write([]byte{0x01, 0x00, 0x00, 0xff, 0xff}) // final empty stored block
	// Adler-32 of size zeros: a stays 1, b adds 1 per byte.
	binary.Write(&stream, binary.BigEndian, uint32(size%65521)<<16|1)

	b := pdftest.New()
	b.Object("<< /Type /Catalog /Pages 2 0 R >>", nil)
	b.Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", nil)
	b.Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>", nil)
	b.Stream("/Filter /FlateDecode", stream.Bytes())
	b.Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", nil)
	return b.Bytes(1)
}

// vacancyJSON is the vacancy as indented JSON, the file name left out.
func vacancyJSON(t testing.TB, v *schema.Vacancy) string {
	c := *v
	c.Source.File = ""
	b, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// contractOf is the contract fields of corpus_test.go's TestContract,
// each as normalised JSON.
func contractOf(t testing.TB, v *schema.Vacancy) map[string]string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, k := range []string{"reference", "languages", "title", "organisation", "location", "schedule",
		"deadline", "salary", "grade", "clearance", "requirements", "competencies"} {
		s := strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ").Replace(string(all[k]))
		m[k] = strings.Join(strings.Fields(s), " ")
	}
	return m
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 8; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d\n  want: %s\n   got: %s\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}

// TestFlateBombMemory parses the flate bomb and reports the memory it
// took: the Go heap allocated in-process and, when /usr/bin/time is
// there, the peak resident size of a child process doing only that.
func TestFlateBombMemory(t *testing.T) {
	const limit = 100 << 20
	if os.Getenv("VACANCY_BOMB_CHILD") == "1" {
		// The child: parse once and exit through the test's result.
		_, err := ParseBytes(context.Background(), flateBombPDF(1<<30), WithName("flate-bomb.pdf"))
		if err == nil || !errors.Is(err, ErrLimit) {
			t.Fatalf("want a limit error, got %v", err)
		}
		return
	}
	data := flateBombPDF(1 << 30)
	t.Logf("bomb: %d bytes of PDF inflating to 1 GiB", len(data))
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err := ParseBytes(context.Background(), data, WithName("flate-bomb.pdf"))
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err == nil || !errors.Is(err, ErrLimit) {
		t.Errorf("want a limit error, got %v", err)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("in-process: %v, %.1f MiB allocated", elapsed.Round(time.Millisecond), float64(alloc)/(1<<20))
	if elapsed > 2*time.Second && !raceEnabled() {
		t.Errorf("took %v, more than 2s", elapsed)
	}

	timeCmd, err := exec.LookPath("/usr/bin/time")
	if err != nil || testing.Short() || raceEnabled() {
		t.Skip("peak RSS not measured: /usr/bin/time -v not available (or -short, or -race)")
	}
	cmd := exec.Command(timeCmd, "-v", os.Args[0], "-test.run=^TestFlateBombMemory$", "-test.count=1")
	cmd.Env = append(os.Environ(), "VACANCY_BOMB_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`Maximum resident set size \(kbytes\): (\d+)`).FindSubmatch(out)
	if m == nil {
		t.Skipf("no peak RSS in /usr/bin/time output:\n%s", out)
	}
	kb, _ := strconv.Atoi(string(m[1]))
	t.Logf("child process (building the bomb and parsing it): peak RSS %.1f MiB", float64(kb)/1024)
	if kb*1024 > limit {
		t.Errorf("peak RSS %.1f MiB, more than %d MiB", float64(kb)/1024, limit>>20)
	}
}

// TestConcurrentParses parses notices of every format on several
// goroutines at once, as `vacancy export -j N` does, and checks each
// result equals the sequential parse. Run it with -race: shared state in
// the readers or the vocabularies (a transform.Chain was one) shows there.
func TestConcurrentParses(t *testing.T) {
	names := []string{"corpus:250715-pdd.txt", "corpus:250715-pdd.md", "corpus:250715-pdd.html", "corpus:" + pdfNotice}
	want := map[string]string{}
	for _, n := range names {
		v, err := ParseBytes(context.Background(), readFixture(t, n), WithName(n))
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		want[n] = vacancyJSON(t, v)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(names))
	for range 2 {
		for _, n := range names {
			wg.Add(1)
			go func() {
				defer wg.Done()
				v, err := ParseBytes(context.Background(), readFixture(t, n), WithName(n))
				if err != nil {
					errs <- fmt.Sprintf("%s: %v", n, err)
				} else if vacancyJSON(t, v) != want[n] {
					errs <- n + ": concurrent parse differs from the sequential one"
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// raceEnabled reports a test binary built with -race, whose time and
// memory figures mean nothing.
func raceEnabled() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}
