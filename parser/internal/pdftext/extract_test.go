package pdftext

import (
	"context"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

func allText(doc *Document) []string {
	var out []string
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			out = append(out, l.Text)
		}
	}
	return out
}

func TestFixtures(t *testing.T) {
	tests := []struct {
		file     string
		password string
		want     string // substring of the text, or
		err      error  // the sentinel of the error
	}{
		{file: "minimal.pdf", want: "Hello PDF world|Kerned words"},
		{file: "pdf20.pdf", want: "Hello PDF world"},
		{file: "brokenxref.pdf", want: "Hello PDF world"},
		{file: "garbledxref.pdf", want: "Hello PDF world"},
		{file: "objstm.pdf", want: "VACANCY NOTIFICATION"},
		{file: "encrypted-empty.pdf", want: "VACANCY NOTIFICATION"}, // AES-256 (R6), decrypted by pdfcrypt
		{file: "encrypted-empty-aes128.pdf", want: "VACANCY NOTIFICATION"},
		{file: "encrypted-secret.pdf", err: ErrEncrypted},
		{file: "encrypted-secret.pdf", password: "secret", want: "VACANCY NOTIFICATION"},
		{file: "hugesize.pdf", err: ErrMalformed},
		{file: "truncated.pdf", want: "Hello PDF world"}, // no xref, no trailer, the font cut short: rebuilt from its objects (pdf.js reads it too)
		{file: "lzw.pdf", err: ErrUnsupported},
		{file: "notext.pdf", err: ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.file+tt.password, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(context.Background(), data, Options{Password: tt.password})
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				t.Logf("error: %v", err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Join(allText(doc), "|")
			if !strings.Contains(text, tt.want) {
				t.Errorf("text %.200q does not contain %q", text, tt.want)
			}
		})
	}
}

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"encrypted-secret.pdf", "encrypted PDF needs a password"},
		{"lzw.pdf", "unsupported PDF filter LZWDecode"},
		{"notext.pdf", "no text layer: scanned documents need OCR, which vacancy does not do"},
		{"hugesize.pdf", "malformed PDF: xref /Size 999999999 is larger than the file allows"},
	}
	for _, tt := range tests {
		data, _ := os.ReadFile(filepath.Join("testdata", tt.file))
		_, err := Extract(context.Background(), data, Options{})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: err = %v, want %q", tt.file, err, tt.want)
		}
	}
	if _, err := Extract(context.Background(), []byte("%PDF-1.4\nnothing here\n"), Options{}); err == nil || !strings.Contains(err.Error(), "xref table not found") {
		t.Errorf("no xref: err = %v", err)
	}
}

func TestLimits(t *testing.T) {
	data := pdftest.Pages("/F1 "+pdftest.Helvetica, pdftest.TextAt(72, 700, "one"), pdftest.TextAt(72, 700, "two"), pdftest.TextAt(72, 700, "three"))
	if _, err := Extract(context.Background(), data, Options{MaxPages: 2}); !errors.Is(err, ErrLimit) {
		t.Errorf("MaxPages: err = %v", err)
	}
	if _, err := Extract(context.Background(), data, Options{MaxStreamBytes: 10}); !errors.Is(err, ErrLimit) {
		t.Errorf("MaxStreamBytes: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, data, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: err = %v", err)
	}
}

// TestCorrupted feeds 100 randomly damaged copies of a corpus PDF (and of
// its object-stream version): Extract must return, text or error, never
// panic or hang.
func TestCorrupted(t *testing.T) {
	for _, name := range []string{"../../../corpus/250709-jis.libreoffice.pdf", "testdata/objstm.pdf"} {
		orig, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewSource(42))
		ok, failed := 0, 0
		for i := 0; i < 100; i++ {
			data := append([]byte(nil), orig...)
			switch i % 4 {
			case 0: // flip bytes
				for k := 0; k < 1+rng.Intn(20); k++ {
					data[rng.Intn(len(data))] = byte(rng.Intn(256))
				}
			case 1: // truncate
				data = data[:rng.Intn(len(data))]
			case 2: // big numbers where numbers were
				for k := 0; k < 1+rng.Intn(5); k++ {
					p := rng.Intn(len(data) - 10)
					copy(data[p:], "999999999")
				}
			case 3: // zero a block
				p := rng.Intn(len(data))
				for k := p; k < len(data) && k < p+rng.Intn(2000); k++ {
					data[k] = 0
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			doc, err := Extract(ctx, data, Options{})
			cancel()
			if err != nil {
				failed++
				var e *Error
				if !errors.As(err, &e) && !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("copy %d: error %v is not an *Error", i, err)
				}
				continue
			}
			if doc == nil {
				t.Fatalf("copy %d: nil document without error", i)
			}
			ok++
		}
		t.Logf("%s: %d parsed, %d errors", filepath.Base(name), ok, failed)
	}
}

func BenchmarkExtract(b *testing.B) {
	files := corpusPDFs(b)
	files = append(files, "testdata/objstm.pdf")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(f), ".pdf"), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				if _, err := Extract(context.Background(), data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if ref := pdftotextTime(f); ref > 0 && b.Elapsed() > 0 {
				ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
				b.ReportMetric(float64(ref.Nanoseconds()), "pdftotext-ns")
				b.ReportMetric(float64(ref.Nanoseconds())/ours, "speedup")
			}
		})
	}
}
