package pdftext

import (
	"bytes"
	"compress/flate"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestAGLGenerated: agl.go is what agl_gen.go writes (go generate). The
// generator reads the PDF library's glyph list from the module cache,
// which building this package fills: no network.
func TestAGLGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out := filepath.Join(t.TempDir(), "agl.go")
	cmd := exec.Command(gobin, "run", "agl_gen.go", "-o", out)
	cmd.Env = append(os.Environ(), "GOPROXY=off") // no network: the module cache has the library
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run agl_gen.go: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("agl.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("agl.go differs from what agl_gen.go writes: run go generate ./parser/internal/pdftext")
	}
}

// TestStdFontsGenerated: stdfonts.go is what stdfonts_gen.go writes from
// the URW base 35 metrics (Debian's fonts-urw-base35), when installed.
func TestStdFontsGenerated(t *testing.T) {
	const afm = "/usr/share/fonts/type1/urw-base35"
	if testing.Short() {
		t.Skip("runs the generator")
	}
	if _, err := os.Stat(filepath.Join(afm, "NimbusSans-Regular.afm")); err != nil {
		t.Skip("fonts-urw-base35 is not installed")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out := filepath.Join(t.TempDir(), "stdfonts.go")
	cmd := exec.Command(gobin, "run", "stdfonts_gen.go", "-afm", afm, "-o", out)
	cmd.Env = append(os.Environ(), "GOPROXY=off")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run stdfonts_gen.go: %v\n%s", err, msg)
	}
	got, _ := os.ReadFile(out)
	want, _ := os.ReadFile("stdfonts.go")
	if !bytes.Equal(got, want) {
		t.Error("stdfonts.go differs from what stdfonts_gen.go writes: run go generate ./parser/internal/pdftext")
	}
}

// TestCIDUnicodeGenerated: cidunicode.bin holds what cidunicode_gen.go
// makes of Adobe's CMaps (Debian's poppler-data), when installed. The
// inflated contents are compared: deflate's output may change with Go.
func TestCIDUnicodeGenerated(t *testing.T) {
	const cmaps = "/usr/share/poppler/cMap"
	if testing.Short() {
		t.Skip("runs the generator")
	}
	if _, err := os.Stat(filepath.Join(cmaps, "Adobe-Japan1", "Adobe-Japan1-UCS2")); err != nil {
		t.Skip("poppler-data is not installed")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out := filepath.Join(t.TempDir(), "cidunicode.bin")
	cmd := exec.Command(gobin, "run", "cidunicode_gen.go", "-cmap", cmaps, "-o", out)
	cmd.Env = append(os.Environ(), "GOPROXY=off")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run cidunicode_gen.go: %v\n%s", err, msg)
	}
	inflate := func(name string) []byte {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(b)))
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	if !bytes.Equal(inflate(out), inflate("cidunicode.bin")) {
		t.Error("cidunicode.bin differs from what cidunicode_gen.go writes: run go generate ./parser/internal/pdftext")
	}
	if c := cidCollections(); len(c) != 4 || c["Adobe-Japan1"][0x0CD4] != "日" {
		t.Errorf("collections: %d, Japan1 CID 0x0CD4 %q", len(c), c["Adobe-Japan1"][0x0CD4])
	}
}
