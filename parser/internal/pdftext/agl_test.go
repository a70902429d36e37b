package pdftext

import (
	"bytes"
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
