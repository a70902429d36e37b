package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
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
		out := expandObjectStreams(prepared, 32<<20)
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
	data, err := os.ReadFile("../../corpus/250715-pdd.qpdf.pdf")
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
		if out := expandObjectStreams(in, 32<<20); len(out) != len(in) {
			t.Errorf("%s: rewritten (%d -> %d bytes), want the file left as it was", name, len(in), len(out))
		}
	}
	if out := expandObjectStreams(data, 100); len(out) != len(data) {
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
		data, err := os.ReadFile("../../corpus/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		// the tail holds the xref stream: the part worth mutating
		f.Add(data[len(data)-min(len(data), 4096):])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const budget = 1 << 20
		out := expandObjectStreams(data, budget)
		if len(out) == len(data) {
			return
		}
		if !bytes.HasPrefix(out, data) {
			t.Fatal("the rewrite changed the original bytes")
		}
		if len(out) > 2*len(data)+budget+20*maxXrefSize {
			t.Fatalf("rewrite of %d bytes grew to %d", len(data), len(out))
		}
	})
}

// TestFlateChecksumIgnored: page contents are inflated without checking
// the zlib checksum, as the library's fallback (and poppler) keep such a
// stream's data anyway.
func TestFlateChecksumIgnored(t *testing.T) {
	content := textAt(72, 700, "Checksum test")
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(content))
	zw.Close()
	good := z.Bytes()
	bad := bytes.Clone(good)
	bad[len(bad)-1] ^= 0xff // the last byte of the Adler-32
	build := func(stream []byte) []byte {
		pdf := makePDF("/F1 "+helvetica, strings.Repeat("x", len(stream)))
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
