package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSafeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain é text", "plain é text"},
		{"title \x1b]0;x\x07 clear \x1b[2J", `title \x1b]0;x\x07 clear \x1b[2J`},
		{"tab\tnl\ncr\rdel\x7f", `tab\x09nl\x0acr\x0ddel\x7f`},
		{"csi \u009b31m", `csi \u009b31m`},
		{"rlo \u202etxt.exe\u202c lri \u2066x\u2069 rlm \u200f", `rlo \u202etxt.exe\u202c lri \u2066x\u2069 rlm \u200f`},
		{"bad \xff byte", `bad \xff byte`},
	}
	for _, tt := range tests {
		if got := safeText(tt.in); got != tt.want {
			t.Errorf("safeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// With colour, a diff's own colours pass; any other escape does not.
	in := "a \x1b[31mold\x1b[0m \x1b[32mnew\x1b[0m \x1b[2J\n\x1b]0;t\x07\n"
	if got, want := safeLines(in, true), "a \x1b[31mold\x1b[0m \x1b[32mnew\x1b[0m \\x1b[2J\n\\x1b]0;t\\x07\n"; got != want {
		t.Errorf("safeLines(colour) = %q, want %q", got, want)
	}
	if got, want := safeLines(in, false), `a \x1b[31mold\x1b[0m \x1b[32mnew\x1b[0m \x1b[2J`+"\n"+`\x1b]0;t\x07`+"\n"; got != want {
		t.Errorf("safeLines = %q, want %q", got, want)
	}
}

// TestTerminalSafety: text, diff and error lines never write a
// document's or a file name's control characters raw.
func TestTerminalSafety(t *testing.T) {
	dir := t.TempDir()
	notice, err := os.ReadFile(filepath.Join(corpus, "250709-jis.txt"))
	if err != nil {
		t.Fatal(err)
	}
	hostile := strings.Replace(string(notice), "\n", "\n\x1b]0;pwned\x07\x1b[2J \u009b31m \u202etxt.exe\n", 3)
	hostile = strings.Replace(hostile, "Belgium-Brussels", "Belgium-\x1b[2JBrussels\u202e", 1)
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, notice, 0o644)
	os.WriteFile(b, []byte(hostile), 0o644)
	badName := filepath.Join(dir, "x\x1b[31m\u202e.txt")
	os.WriteFile(badName, []byte("not a notice"), 0o644)
	raw := func(s string) bool { return strings.ContainsAny(s, "\x1b\x07\u009b\u202e") }
	for _, args := range [][]string{
		{"text", b}, {"text", "--plain", b}, {"text", "--positions", b},
		{"diff", "--color", "never", a, b}, {"diff", "--color", "always", a, b},
		{"parse", badName}, {"text", badName}, {"export", dir},
	} {
		_, stdout, stderr := runInProcess("", args...)
		out := stdout
		if args[0] == "diff" && args[2] == "always" {
			for _, c := range diffColours {
				out = strings.ReplaceAll(out, c, "")
			}
		}
		if args[0] == "export" {
			out = "" // JSON Lines: escaped by encoding/json
		}
		if raw(out) || raw(stderr) {
			t.Errorf("%v: raw control characters:\nstdout %q\nstderr %q", args, stdout, stderr)
		}
	}
	_, stdout, _ := runInProcess("", "diff", "--color", "never", a, b)
	if !strings.Contains(stdout, `Brussels\u202e`) {
		t.Errorf("diff does not show the escapes:\n%s", stdout)
	}
	_, stdout, _ = runInProcess("", "text", b)
	if !strings.Contains(stdout, `\x1b]0;pwned\x07\x1b[2J \u009b31m \u202etxt.exe`) {
		t.Errorf("text does not show the escapes:\n%.2000s", stdout)
	}
}
