package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

// TestExpandObjectStreams: every corpus PDF with object streams is
// rewritten, and reads to exactly the same text as through the library's
// own object-stream lookups.
func TestExpandObjectStreams(t *testing.T) {
	expanded := 0
	for _, f := range corpusPDFs(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		prepared, err := prepare(data)
		if err != nil {
			t.Fatal(err)
		}
		out := expandPlain(prepared, 32<<20)
		if !bytes.Contains(data, []byte("/ObjStm")) {
			if len(out) != len(prepared) {
				t.Errorf("%s: no object stream, but the file was rewritten", name)
			}
			continue
		}
		if len(out) == len(prepared) {
			t.Errorf("%s: object streams not expanded", name)
			continue
		}
		expanded++
		want, err1 := extractPDF(context.Background(), data, Options{}, false)
		got, err2 := extractPDF(context.Background(), data, Options{}, true)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v / %v", name, err1, err2)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the expanded file reads differently", name)
		}
	}
	if expanded == 0 {
		t.Fatal("no corpus PDF has object streams: the test proves nothing")
	}
	t.Logf("%d files with object streams expanded", expanded)
}

// TestExpandObjectStreamsRefuses: what the rewrite does not handle is left
// to the library, unchanged.
func TestExpandObjectStreamsRefuses(t *testing.T) {
	data, err := os.ReadFile("../../../corpus/250715-pdd.qpdf.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func([]byte) []byte{
		"encrypted":    func(b []byte) []byte { return append(b, "\n/Encrypt"...) },
		"no startxref": func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("startxref"), []byte("startxrex")) },
		"lzw xref": func(b []byte) []byte {
			return bytes.Replace(b, []byte("/Filter /FlateDecode /DecodeParms"), []byte("/Filter /LZWDecode   /DecodeParms"), 1)
		},
		"truncated":     func(b []byte) []byte { return b[:len(b)/2] },
		"bad /W":        func(b []byte) []byte { return bytes.Replace(b, []byte("/W ["), []byte("/W [9 "), 1) },
		"huge stream n": func(b []byte) []byte { return bytes.Replace(b, []byte("/N "), []byte("/N 9999999"), 1) },
	} {
		in := mutate(bytes.Clone(data))
		if out := expandPlain(in, 32<<20); len(out) != len(in) {
			t.Errorf("%s: rewritten (%d -> %d bytes), want the file left as it was", name, len(in), len(out))
		}
	}
	if out := expandPlain(data, 100); len(out) != len(data) {
		t.Error("a stream budget of 100 bytes: rewritten anyway")
	}
}

func TestUnpredictPNG(t *testing.T) {
	// two rows of 3 bytes: "Up" then "Sub", "Average", "Paeth" over them
	for _, c := range []struct {
		in   []byte
		want []byte
	}{
		{[]byte{0, 1, 2, 3, 2, 1, 1, 1}, []byte{1, 2, 3, 2, 3, 4}},
		{[]byte{1, 1, 1, 1}, []byte{1, 2, 3}},
		{[]byte{0, 2, 4, 6, 3, 1, 1, 1}, []byte{2, 4, 6, 2, 4, 6}},
		{[]byte{0, 2, 4, 6, 4, 1, 1, 1}, []byte{2, 4, 6, 3, 5, 7}},
	} {
		got, ok := unpredictPNG(c.in, 3)
		if !ok || !bytes.Equal(got, c.want) {
			t.Errorf("unpredictPNG(%v) = %v, %v; want %v", c.in, got, ok, c.want)
		}
	}
	if _, ok := unpredictPNG([]byte{9, 1, 2, 3}, 3); ok {
		t.Error("filter type 9 accepted")
	}
	if _, ok := unpredictPNG([]byte{0, 1, 2}, 3); ok {
		t.Error("a short row accepted")
	}
}

// FuzzExpandObjectStreams: on any bytes the rewrite never panics, stays
// within its budget, and only ever appends to the file.
//
//	go test ./parser/pdftext -run '^$' -fuzz FuzzExpandObjectStreams -fuzztime 60s -fuzzminimizetime 0
func FuzzExpandObjectStreams(f *testing.F) {
	for _, name := range []string{"250715-pdd.qpdf.pdf", "250709-jis.pdflatex.pdf"} {
		data, err := os.ReadFile("../../../corpus/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		// the tail holds the xref stream: the part worth mutating
		f.Add(data[len(data)-min(len(data), 4096):])
	}
	f.Add(buildObjStmPDF(objStmSpec())) // small: every byte is worth mutating
	f.Fuzz(func(t *testing.T, data []byte) {
		const budget = 1 << 20
		out, ok, _ := rewriteObjectStreams(context.Background(), nil, data, budget) // panics surface here
		if !ok {
			return
		}
		if !bytes.HasPrefix(out, data) {
			t.Fatal("the rewrite changed the original bytes")
		}
		if len(out) > 2*len(data)+budget+20*maxXrefEntries {
			t.Fatalf("rewrite of %d bytes grew to %d", len(data), len(out))
		}
	})
}

// TestFlateChecksumIgnored: page contents are inflated without checking
// the zlib checksum, as the library's fallback (and poppler) keep such a
// stream's data anyway.
func TestFlateChecksumIgnored(t *testing.T) {
	content := pdftest.TextAt(72, 700, "Checksum test")
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(content))
	zw.Close()
	good := z.Bytes()
	bad := bytes.Clone(good)
	bad[len(bad)-1] ^= 0xff // the last byte of the Adler-32
	build := func(stream []byte) []byte {
		pdf := pdftest.Pages("/F1 "+pdftest.Helvetica, strings.Repeat("x", len(stream)))
		pdf = bytes.Replace(pdf, []byte(fmt.Sprintf("<< /Length %d >>", len(stream))), []byte(fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>", len(stream))), 1)
		return bytes.Replace(pdf, []byte(strings.Repeat("x", len(stream))), stream, 1)
	}
	for name, stream := range map[string][]byte{"good checksum": good, "bad checksum": bad} {
		doc, err := Extract(context.Background(), build(stream), Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(doc.Pages) != 1 || len(doc.Pages[0].Lines) != 1 || doc.Pages[0].Lines[0].Text != "Checksum test" {
			t.Errorf("%s: %+v", name, doc.Pages)
		}
	}
}

// objsSpec describes a small PDF 1.5 file: objects in object stream 20,
// plain objects, and an xref stream, with knobs to break them.
type objsSpec struct {
	inStream  map[int]string // id -> object text, stored in objstm 20
	header    string         // override objstm header (ids/offsets); "" = computed
	tail      string         // appended to the objstm data
	plain     map[int]string // regular objects
	index     string         // /Index override
	size      int            // /Size override
	extraXref func(id int) (byte, int, int, bool)
	hdrMut    func(string) string
}

func zlibBytes(b []byte) []byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(b)
	w.Close()
	return z.Bytes()
}

// buildObjStmPDF writes the file objsSpec describes.
func buildObjStmPDF(s objsSpec) []byte {
	var out bytes.Buffer
	out.WriteString("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
	type ent struct {
		kind byte
		a, b int
	}
	ents := map[int]ent{}
	maxID := 21
	for id, t := range s.plain {
		ents[id] = ent{1, out.Len(), 0}
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", id, t)
		if id > maxID {
			maxID = id
		}
	}
	// object stream 20
	var hdr, body bytes.Buffer
	ids := []int{}
	for id := range s.inStream {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for k, id := range ids {
		fmt.Fprintf(&hdr, "%d %d ", id, body.Len())
		body.WriteString(s.inStream[id])
		body.WriteString("\n")
		ents[id] = ent{2, 20, k}
		if id > maxID {
			maxID = id
		}
	}
	h := hdr.String()
	if s.header != "" {
		h = s.header
	}
	if s.hdrMut != nil {
		h = s.hdrMut(h)
	}
	raw := append([]byte(h), body.Bytes()...)
	raw = append(raw, s.tail...)
	z := zlibBytes(raw)
	ents[20] = ent{1, out.Len(), 0}
	fmt.Fprintf(&out, "20 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n", len(ids), len(h), len(z))
	out.Write(z)
	out.WriteString("\nendstream\nendobj\n")
	size := maxID + 2
	if s.size > 0 {
		size = s.size
	}
	xrefID := maxID + 1
	xoff := out.Len()
	ents[xrefID] = ent{1, xoff, 0}
	var rows bytes.Buffer
	for id := 0; id < maxID+2; id++ {
		e := ents[id]
		if s.extraXref != nil {
			if k, a, b, ok := s.extraXref(id); ok {
				e = ent{k, a, b}
			}
		}
		rows.Write([]byte{e.kind, byte(e.a >> 24), byte(e.a >> 16), byte(e.a >> 8), byte(e.a), byte(e.b >> 8), byte(e.b)})
	}
	idx := fmt.Sprintf("[0 %d]", maxID+2)
	if s.index != "" {
		idx = s.index
	}
	zr := zlibBytes(rows.Bytes())
	fmt.Fprintf(&out, "%d 0 obj\n<< /Type /XRef /Size %d /Index %s /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\nstream\n", xrefID, size, idx, len(zr))
	out.Write(zr)
	out.WriteString("\nendstream\nendobj\n")
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xoff)
	return out.Bytes()
}

// objStmSpec is a one-page file whose catalog, pages and font sit in an
// object stream.
func objStmSpec() objsSpec {
	content := pdftest.TextAt(72, 700, "Hello objstm")
	return objsSpec{
		inStream: map[int]string{
			1: "<< /Type /Catalog /Pages 2 0 R >>",
			2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
			4: pdftest.Helvetica,
		},
		plain: map[int]string{5: fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)},
	}
}

// TestExpandObjectStreamsAgrees: on files built to break the rewrite, the
// expanded path reads what the library reads (the same text, or an error
// on both sides), and the rewrite never panics nor balloons.
func TestExpandObjectStreamsAgrees(t *testing.T) {
	cases := map[string]func(s *objsSpec){
		"baseline": func(s *objsSpec) {},
		"huge offset of an unused member": func(s *objsSpec) {
			s.inStream[9] = "<< /Unused true >>"
			s.hdrMut = func(h string) string {
				i := strings.LastIndex(strings.TrimSpace(h), " ")
				return h[:i+1] + "99999999999999999999 "
			}
		},
		"index overflow":             func(s *objsSpec) { s.index = "[0 22 4611686018427387904 4611686018427387904]" },
		"junk after the last member": func(s *objsSpec) { s.tail = " 0" },
		"offset past the end": func(s *objsSpec) {
			s.plain[7] = "<< /Unused true >>"
			s.extraXref = func(id int) (byte, int, int, bool) {
				if id == 7 {
					return 1, 1 << 20, 0, true
				}
				return 0, 0, 0, false
			}
		},
		"unknown entry type": func(s *objsSpec) {
			s.extraXref = func(id int) (byte, int, int, bool) {
				if id == 9 {
					return 7, 0, 0, true
				}
				return 0, 0, 0, false
			}
		},
		"huge /Size": func(s *objsSpec) {
			// a file large enough that prepare lets the /Size through
			s.plain[6] = "<< /Pad (" + strings.Repeat("x", 1<<20) + ") >>"
			s.size, s.index = 1<<20-1, "[0 22]"
		},
	}
	text := func(d *Document) string {
		var b strings.Builder
		if d != nil {
			for _, p := range d.Pages {
				for _, l := range p.Lines {
					b.WriteString(l.Text + "|")
				}
			}
		}
		return b.String()
	}
	for name, mutate := range cases {
		s := objStmSpec()
		mutate(&s)
		data := buildObjStmPDF(s)
		prepared, err := prepare(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if out := expandPlain(prepared, 32<<20); len(out) > 2*len(prepared)+4096 {
			t.Errorf("%s: the rewrite grew %d bytes to %d", name, len(prepared), len(out))
		}
		want, err1 := extractPDF(context.Background(), data, Options{}, false)
		got, err2 := extractPDF(context.Background(), data, Options{}, true)
		if (err1 == nil) != (err2 == nil) || text(got) != text(want) {
			t.Errorf("%s: library %q (%v), expanded %q (%v)", name, text(want), err1, text(got), err2)
		}
	}
	if _, err := extractPDF(context.Background(), buildObjStmPDF(objStmSpec()), Options{}, true); err != nil {
		t.Fatalf("baseline: %v", err)
	}
}

// expandPlain is expandObjectStreams without a budget or a deadline.
func expandPlain(data []byte, maxStream int64) []byte {
	out, err := expandObjectStreams(context.Background(), nil, data, maxStream)
	if err != nil {
		panic(err)
	}
	return out
}
