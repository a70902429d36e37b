package pdftext

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

// The files of testdata/crypt are testdata/minimal.pdf encrypted by qpdf
// 11 (qpdf --encrypt USER owner BITS ...); key is the file key qpdf
// prints with --show-encryption-key.
var cryptFiles = []struct {
	file, user, key string
}{
	{"rc4-40-empty.pdf", "", "8c29cee9c8"},                                                              // R2, RC4 40-bit
	{"rc4-40-user.pdf", "user", "8bfa336805"},                                                           // R2
	{"rc4-128-empty.pdf", "", "5105ff4455da370b310a4778c7307f6f"},                                       // R3, RC4 128-bit
	{"rc4-128-user.pdf", "user", "a7c2b165e7605ea3a6be94d5a5ecb165"},                                    // R3
	{"rc4-v4-empty.pdf", "", "404379a527c9b034a315c14746dfd3cd"},                                        // R4, crypt filter /V2
	{"aes-128-empty.pdf", "", "0c53371aef2a587465270a4a5970594e"},                                       // R4, /AESV2
	{"aes-128-user-meta.pdf", "user", "69ce6f67edd2262369bf62df72157483"},                               // R4, /EncryptMetadata false
	{"aes-128-objstm-user.pdf", "user", "aa1e2094f93bd1fc68b3cba7053485cc"},                             // R4, object streams
	{"aes-256-empty.pdf", "", "52fcda763c3259fae082af1a41016c4b20ea401041d35e30df09c0a2c698dee1"},       // R6, AES-256
	{"aes-256-user.pdf", "user", "4f53fc3a721d23fd5a6eb7123f0b49beaebbde5354243d101b7dff4f8ff52dea"},    // R6
	{"aes-256-r5-user.pdf", "user", "c6436c120eb135b4f2ec152d578f231f549081b3f49bcf92acb70ce7cb9c380b"}, // R5 (Adobe extension level 3)
}

func TestDecrypt(t *testing.T) {
	for _, c := range cryptFiles {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "crypt", c.file))
			if err != nil {
				t.Fatal(err)
			}
			// the user password, and the owner password, give the same key
			for _, pw := range []string{c.user, "owner"} {
				tab, err := loadTable(context.Background(), nil, data, DefaultMaxStreamBytes, pw)
				if err != nil {
					t.Fatalf("password %q: %v", pw, err)
				}
				if got := hex.EncodeToString(tab.crypt.Key()); got != c.key {
					t.Errorf("password %q: key %s, want %s", pw, got, c.key)
				}
				doc, err := Extract(context.Background(), data, Options{Password: pw})
				if err != nil {
					t.Fatalf("password %q: %v", pw, err)
				}
				if text := strings.Join(allText(doc), "|"); !strings.Contains(text, "Hello PDF world|Kerned words") {
					t.Errorf("password %q: text %q", pw, text)
				}
			}
			_, err = Extract(context.Background(), data, Options{Password: "wrong"})
			if !errors.Is(err, ErrEncrypted) || err.Error() != "encrypted PDF: wrong password" {
				t.Errorf("wrong password: %v", err)
			}
			if c.user != "" {
				_, err = Extract(context.Background(), data, Options{})
				if !errors.Is(err, ErrEncrypted) || err.Error() != "encrypted PDF needs a password" {
					t.Errorf("no password: %v", err)
				}
			}
		})
	}
}

// TestDecryptRefusals: what the handler does not do is said plainly,
// never with the /Encrypt dictionary's bytes.
func TestDecryptRefusals(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "crypt", "rc4-128-empty.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ from, to, want string }{
		{"/Filter /Standard", "/Filter /PubSec", `unsupported PDF encryption: security handler "PubSec"`},
		{"/R 3", "/R 9", "unsupported PDF encryption: revision R 9"},
		{"/V 2", "/V 7", "unsupported PDF encryption: version V 7"},
	} {
		if !strings.Contains(string(data), c.from) {
			t.Fatalf("%s not in the file", c.from)
		}
		b := []byte(strings.Replace(string(data), c.from, c.to, 1))
		_, err := Extract(context.Background(), b, Options{})
		if !errors.Is(err, ErrUnsupported) || err.Error() != c.want {
			t.Errorf("%s: %v, want %q", c.to, err, c.want)
		}
	}
}

// FuzzRewrite: the object reader and writer, with and without
// decryption, never panic, and what they write the library opens.
func FuzzRewrite(f *testing.F) {
	for _, c := range cryptFiles {
		if data, err := os.ReadFile(filepath.Join("testdata", "crypt", c.file)); err == nil {
			f.Add(data, c.user)
		}
	}
	for _, name := range []string{"minimal.pdf", "brokenxref.pdf", "truncated.pdf", "objstm.pdf"} {
		if data, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(data, "")
		}
	}
	f.Add(sharedEndstreamPDF(50, 2000), "")
	f.Fuzz(func(t *testing.T, data []byte, pw string) {
		const maxStream = 1 << 20
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		out, err := rewriteFile(context.Background(), nil, data, maxStream, pw)
		runtime.ReadMemStats(&after)
		// what the rewrite reads: the file, and its object streams
		// inflated (at most maxStream bytes in all)
		read := uint64(len(data))
		if tab, err := loadTable(context.Background(), nil, data, maxStream, pw); err == nil {
			read += uint64(tab.used)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > rewriteAllocBase+rewriteAllocPerByte*read {
			t.Fatalf("allocated %d KB rewriting %d bytes (%d read)", alloc>>10, len(data), read)
		}
		if err != nil {
			return
		}
		if uint64(len(out)) > rewriteGrowth*read+rewriteBase {
			t.Fatalf("rewrote %d bytes (%d read) into %d", len(data), read, len(out))
		}
		if _, err := newReader(out, ""); err != nil && !errors.Is(err, ErrMalformed) {
			t.Errorf("rewritten file: %v", err)
		}
	})
}

// The rewrite in proportion to what it reads (the file and its object
// streams inflated): it parses values and copies stream data up to
// parseBudget times that, writes a value at most twice as long as its
// text (a string as hex), and adds 20 bytes of table an object, an
// object taking at least 8 bytes; so rewriteGrowth. Parsed values take
// pvCost bytes a byte of text, garbage included at most twice that, and
// the output and its growth as much again: rewriteAllocPerByte. (A
// 615-byte file once became 1.78 GB, a table sized by an object number;
// 100 KB of stream headers sharing one endstream became 200 MB.)
// A rewrite also has a fixed part: the header, trailer and table's
// first line (rewriteBase), the tables, maps and inflater it starts with
// (rewriteAllocBase).
const (
	rewriteGrowth       = 2*parseBudget + 3
	rewriteBase         = 256
	rewriteAllocPerByte = parseBudget * (2*pvCost + 2*rewriteGrowth)
	rewriteAllocBase    = 1 << 20
)

// sharedEndstreamPDF is a file of n empty streams whose headers follow
// one another, all ended by one endstream after size bytes of data: each
// stream's data runs to it.
func sharedEndstreamPDF(n, size int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
	for i := range n {
		fmt.Fprintf(&b, "%d 0 obj\n<< >>\nstream\n", i+3)
	}
	b.Write(bytes.Repeat([]byte("x"), size))
	b.WriteString("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
	return b.Bytes()
}

// TestRewriteSharedEndstream: stream headers that lie in one another's
// data, all ended by one endstream, are not each written with all of it
// (3,000 headers and 30 KB of data were written as 200 MB).
func TestRewriteSharedEndstream(t *testing.T) {
	data := sharedEndstreamPDF(3000, 30000)
	out, err := rewriteFile(context.Background(), nil, data, 1<<20, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) > (parseBudget+1)*len(data) {
		t.Errorf("rewrote %d bytes into %d", len(data), len(out))
	}
}

// TestWrongLength: a content stream whose /Length is too short or too
// long is read to its endstream.
func TestWrongLength(t *testing.T) {
	content := "BT /F1 10 Tf 72 700 Td (First line) Tj 0 -14 Td (Second line of the page) Tj ET"
	for _, delta := range []int{-30, +40} {
		data := pdftest.Pages("/F1 "+pdftest.Helvetica, content)
		from := fmt.Sprintf("/Length %d", len(content))
		if !bytes.Contains(data, []byte(from)) {
			t.Fatal("no /Length")
		}
		data = bytes.Replace(data, []byte(from), []byte(fmt.Sprintf("/Length %d", len(content)+delta)), 1)
		doc, err := Extract(context.Background(), data, Options{})
		if err != nil {
			t.Fatalf("%+d: %v", delta, err)
		}
		if got := strings.Join(allText(doc), "|"); got != "First line|Second line of the page" {
			t.Errorf("%+d: %q", delta, got)
		}
	}
}

// TestRewriteHugeObjectNumber: a small damaged file naming object
// 88,888,886 is rewritten small (its table once ran to 1.7 GB, and the
// library sized its own by it).
func TestRewriteHugeObjectNumber(t *testing.T) {
	data := pdftest.Pages("/F1 "+pdftest.Helvetica, pdftest.TextAt(72, 720, "Hello"))
	data = bytes.Replace(data, []byte("trailer\n<<"), []byte("88888886 0 obj\n<< /Type /Font >>\nendobj\ntrailer\n<<"), 1)
	data = bytes.Replace(data, []byte("startxref\n"), []byte("startxref\n1"), 1) // a table not found: the scan decides
	out, err := rewriteFile(context.Background(), nil, data, 1<<20, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) > 2*len(data)+1024 || bytes.Contains(out, []byte("88888886")) {
		t.Errorf("rewrote %d bytes into %d", len(data), len(out))
	}
	doc, err := Extract(context.Background(), data, Options{})
	if err != nil || doc.Pages[0].Lines[0].Text != "Hello" {
		t.Errorf("%v", err)
	}
}
