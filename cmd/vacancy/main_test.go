package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
	"github.com/vacancy-tools/vacancy/schema/validate"
)

// binary is the vacancy command built once by TestMain.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "vacancy-test-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "vacancy")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const corpus = "../../corpus"

// runBinary runs the built command and returns its exit code and output.
func runBinary(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stdout.String(), stderr.String()
}

// runInProcess calls run like main does.
func runInProcess(stdin string, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := safeRun(args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// parserReady says whether the parser extracts the corpus yet.
func parserReady(t *testing.T) bool {
	t.Helper()
	f, err := os.Open(filepath.Join(corpus, "250715-pdd.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = parser.Parse(context.Background(), f, parser.WithName("250715-pdd.md"))
	return err == nil
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	faq := filepath.Join(corpus, "faq-internship.fr.txt")
	missing := filepath.Join(dir, "missing.pdf")
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string // substring of stderr
		// lines is how many lines stderr has: 1 for an error, 2 for a
		// usage error (what is wrong, where the help is); 0 any
		lines int
		hint  string // the usage error's hint
	}{
		{"not a vacancy", "", []string{"parse", faq}, 1, faq + ": not a vacancy notice", 1, ""},
		{"not a vacancy compact", "", []string{"parse", "--compact", faq}, 1, faq + ": not a vacancy notice", 1, ""},
		{"flag after file", "", []string{"parse", faq, "--compact"}, 1, faq + ": not a vacancy notice", 1, ""},
		{"empty file", "", []string{"parse", empty}, 1, empty + ": empty file", 1, ""},
		{"empty stdin", "", []string{"parse", "-"}, 1, "vacancy: <stdin>: empty file", 1, ""},
		{"missing file", "", []string{"parse", missing}, 1, "vacancy: " + missing + ": no such file or directory", 1, ""},
		{"directory", "", []string{"parse", dir}, 1, dir + ": is a directory", 1, ""},
		{"text empty", "", []string{"text", empty}, 1, empty + ": empty file", 1, ""},
		{"text missing", "", []string{"text", missing}, 1, missing + ": no such file", 1, ""},
		{"diff missing", "", []string{"diff", missing, faq}, 2, missing + ": no such file", 1, ""},
		{"diff non-vacancy", "", []string{"diff", faq, faq}, 2, faq + ": not a vacancy notice", 1, ""},
		{"export missing", "", []string{"export", missing}, 1, missing + ": no such file", 0, ""},
		{"no command", "", nil, 2, "Usage:", 0, ""},
		{"unknown command", "", []string{"frobnicate"}, 2, `vacancy: unknown command "frobnicate"`, 2, "run 'vacancy help'"},
		{"option before the command", "", []string{"--compact", "parse"}, 2, "vacancy: unknown option --compact", 2, "run 'vacancy help'"},
		{"unknown flag", "", []string{"parse", "--bogus", faq}, 2, "vacancy: unknown flag: --bogus", 2, "run 'vacancy help parse'"},
		{"unknown short flag", "", []string{"export", "-x", faq}, 2, "vacancy: unknown shorthand flag: 'x' in -x", 2, "run 'vacancy help export'"},
		{"flag without its value", "", []string{"text", faq, "--timeout"}, 2, "vacancy: flag needs an argument: --timeout", 2, "run 'vacancy help text'"},
		{"two files", "", []string{"parse", faq, faq}, 2, "vacancy: parse takes one FILE", 2, "run 'vacancy help parse'"},
		{"no file", "", []string{"parse"}, 2, "parse takes one FILE", 2, "run 'vacancy help parse'"},
		{"bad input format", "", []string{"parse", "--from", "docx", faq}, 2, `unknown input format "docx"`, 2, "run 'vacancy help parse'"},
		{"bad max-size", "", []string{"parse", "--max-size", "lots", faq}, 2, `invalid argument "lots" for "--max-size" flag: want a positive size`, 2, "run 'vacancy help parse'"},
		{"bad diff format", "", []string{"diff", "--format", "yaml", faq, faq}, 2, `unknown --format "yaml"`, 2, "run 'vacancy help diff'"},
		{"bad color", "", []string{"diff", "--color", "pink", faq, faq}, 2, `unknown --color "pink"`, 2, "run 'vacancy help diff'"},
		{"diff one file", "", []string{"diff", faq}, 2, "diff takes two files", 2, "run 'vacancy help diff'"},
		{"export nothing", "", []string{"export"}, 2, "at least one PATH", 2, "run 'vacancy help export'"},
		{"export bad format", "", []string{"export", "--format", "xml", faq}, 2, `unknown --format "xml"`, 2, "run 'vacancy help export'"},
		{"export -j 0", "", []string{"export", "-j", "0", faq}, 2, "-j must be at least 1", 2, "run 'vacancy help export'"},
		{"export --bom not csv", "", []string{"export", "--bom", faq}, 2, "--bom is for --format csv", 2, "run 'vacancy help export'"},
		{"export --date-posted not jsonld", "", []string{"export", "--date-posted", "2025-05-01", faq}, 2, "--date-posted is for --format jsonld", 2, "run 'vacancy help export'"},
		{"export --date-posted not a date", "", []string{"export", "--format", "jsonld", "--date-posted", "May 1st", faq}, 2, `--date-posted "May 1st": want a date, YYYY-MM-DD`, 2, "run 'vacancy help export'"},
		{"export --base-url relative", "", []string{"export", "--format", "jsonld", "--base-url", "jobs/", faq}, 2, `--base-url "jobs/": want an absolute URL`, 2, "run 'vacancy help export'"},
		{"export -0 without -", "", []string{"export", "-0", faq}, 2, "-0 separates the paths listed on standard input: give - as a PATH", 2, "run 'vacancy help export'"},
		{"export - twice", "", []string{"export", "-", "-"}, 2, "- (the paths on standard input) given twice", 2, "run 'vacancy help export'"},
		{"password and password file", "", []string{"parse", "--password", "x", "--password-file", faq, faq}, 2, "--password and --password-file: give one", 2, "run 'vacancy help parse'"},
		{"password file missing", "", []string{"parse", "--password-file", missing, faq}, 2, "--password-file " + missing + ": no such file or directory", 2, "run 'vacancy help parse'"},
		{"version with an argument", "", []string{"version", "now"}, 2, "version takes no arguments", 2, "run 'vacancy help version'"},
		{"help unknown", "", []string{"help", "nope"}, 2, `vacancy: unknown command "nope"`, 2, "run 'vacancy help'"},
		{"too large", "", []string{"parse", "--max-size", "10", faq}, 1, faq + ": file is larger than the 10-byte limit", 1, ""},
	}
	for _, tt := range tests {
		for _, mode := range []string{"exec", "inprocess"} {
			t.Run(tt.name+"/"+mode, func(t *testing.T) {
				var code int
				var stdout, stderr string
				if mode == "exec" {
					code, stdout, stderr = runBinary(t, tt.stdin, tt.args...)
				} else {
					code, stdout, stderr = runInProcess(tt.stdin, tt.args...)
				}
				if code != tt.code {
					t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
				}
				if !strings.Contains(stderr, tt.stderr) {
					t.Errorf("stderr lacks %q:\n%s", tt.stderr, stderr)
				}
				if tt.lines > 0 && strings.Count(stderr, "\n") != tt.lines {
					t.Errorf("stderr is not %d lines:\n%s", tt.lines, stderr)
				}
				lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
				if tt.hint != "" && !strings.HasPrefix(lines[len(lines)-1], tt.hint+" ") {
					t.Errorf("the last line of stderr is not the hint %q:\n%s", tt.hint, stderr)
				}
				if tt.lines == 2 && !strings.HasPrefix(stderr, "vacancy: ") {
					t.Errorf("a usage error does not start with 'vacancy: ':\n%s", stderr)
				}
				if tt.code != 0 && stdout != "" && len(tt.args) > 0 && tt.args[0] != "export" {
					t.Errorf("stdout not empty on error:\n%s", stdout)
				}
				if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic:") {
					t.Errorf("stack trace on stderr:\n%s", stderr)
				}
			})
		}
	}
}

func TestParseOutput(t *testing.T) {
	if !parserReady(t) {
		t.Skip("parser does not extract the corpus yet")
	}
	md := filepath.Join(corpus, "250715-pdd.md")
	code, pretty, stderr := runInProcess("", "parse", md)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(pretty, "{\n  \"schema_version\": \"2\",\n  \"reference\": \"250715\"") || !strings.HasSuffix(pretty, "}\n") {
		t.Errorf("not indented JSON with a trailing newline:\n%.200s", pretty)
	}
	if err := vacancySchema.Validate([]byte(pretty)); err != nil {
		t.Errorf("parse output does not validate against schema/vacancy.schema.json: %v", err)
	}
	code, compact, _ := runInProcess("", "parse", "--compact", md)
	if code != 0 || strings.Count(compact, "\n") != 1 || !strings.HasSuffix(compact, "\n") {
		t.Errorf("compact output is not one line")
	}
	if strings.Contains(compact, `\u003c`) || strings.Contains(compact, `\u0026`) {
		t.Error("HTML characters escaped")
	}
	data, _ := os.ReadFile(md)
	code, fromStdin, _ := runInProcess(string(data), "parse", "--compact", "--format", "markdown", "-")
	if code != 0 || strings.Replace(fromStdin, `"file":"<stdin>",`, `"file":"`+md+`",`, 1) != compact {
		t.Errorf("stdin output differs from file output")
	}
}

func TestText(t *testing.T) {
	md := filepath.Join(corpus, "250715-pdd.md")
	code, out, stderr := runInProcess("", "text", md)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) < 10 || !strings.Contains(out, "250715") {
		t.Fatalf("short stream:\n%s", out)
	}
	code, plain, _ := runInProcess("", "text", "--plain", md)
	if code != 0 || strings.Count(plain, "\n") != len(lines) {
		t.Errorf("--plain: exit %d, %d lines, want %d", code, strings.Count(plain, "\n"), len(lines))
	}
	code, pos, _ := runInProcess("", "text", "--positions", md)
	if code != 0 || !strings.Contains(pos, "\tline=") {
		t.Errorf("--positions: exit %d\n%.300s", code, pos)
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct {
		b    stream.Block
		want string
	}{
		{stream.Block{Kind: stream.Heading, Level: 2, Text: "Essential"}, "Essential"},
		{stream.Block{Kind: stream.Field, Label: "Grade", Text: "INTERN"}, "Grade: INTERN"},
		{stream.Block{Kind: stream.ListItem, Marker: "a)", Text: "Press", Depth: 1}, "a) Press"},
		{stream.Block{Kind: stream.ListItem, Text: "bare"}, "bare"},
		{stream.Block{Kind: stream.Paragraph, Text: "Some text."}, "Some text."},
	}
	for _, tt := range tests {
		if got := plainText(tt.b); got != tt.want {
			t.Errorf("plainText(%v) = %q, want %q", tt.b, got, tt.want)
		}
	}
	b := stream.Block{Pos: stream.Pos{Page: 2, Line: 7}, Box: &stream.Box{X0: 56.7, Y0: 700, X1: 538.58, Y1: 712.25}}
	if got, want := positionText(b), "\tpage=2 line=7 box=56.7,700.0,538.6,712.2"; got != want {
		t.Errorf("positionText = %q, want %q", got, want)
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true}, {"512k", 512 << 10, true}, {"64M", 64 << 20, true},
		{"64MiB", 64 << 20, true}, {"1g", 1 << 30, true}, {"0", 0, false}, {"-5", 0, false}, {"x", 0, false},
	}
	for _, tt := range tests {
		var b byteSize
		err := b.Set(tt.in)
		if (err == nil) != tt.ok || (tt.ok && int64(b) != tt.want) {
			t.Errorf("Set(%q) = %d, %v", tt.in, b, err)
		}
	}
}

func TestPanicIsOneLine(t *testing.T) {
	var stderr bytes.Buffer
	commands = append(commands, command{name: "boom", run: func([]string, io.Reader, io.Writer, io.Writer) int { panic("kaboom\nsecond line") }})
	defer func() { commands = commands[:len(commands)-1] }()
	code := safeRun([]string{"boom"}, nil, io.Discard, &stderr)
	if code != 2 || stderr.String() != "vacancy: internal error: kaboom second line\n" {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

// The output schemas, compiled once for the tests.
var (
	vacancySchema    = validate.MustCompile("vacancy.schema.json", schema.VacancySchema)
	jobPostingSchema = validate.MustCompile("jobposting.schema.json", schema.JobPostingSchema)
	changesSchema    = validate.MustCompile("changes.schema.json", schema.ChangesSchema)
)

// TestStrict: --strict refuses a notice with a warning of severity error
// (parse: exit 1, one line, nothing on stdout; export: a failed file with
// its reason), and passes a clean one; --no-provenance leaves the
// provenance out.
func TestStrict(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpus, "250715-pdd.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	broken := filepath.Join(dir, "salaries.txt")
	if err := os.WriteFile(broken, []byte(strings.Replace(string(data), "1 286,09Euro", "1 386,09Euro", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runInProcess("", "parse", broken)
	if code != 0 || !strings.Contains(out, `"salary_mismatch"`) {
		t.Errorf("without --strict: exit %d (%s), want 0 and a salary_mismatch warning", code, stderr)
	}
	code, out, stderr = runInProcess("", "parse", "--strict", broken)
	if code != 1 || out != "" || !strings.Contains(stderr, "--strict: salary_mismatch") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("--strict: exit %d, stdout %q, stderr %q; want 1, nothing, one line naming salary_mismatch", code, out, stderr)
	}
	clean := filepath.Join(corpus, "250715-pdd.md")
	if code, _, stderr := runInProcess("", "parse", "--strict", clean); code != 0 {
		t.Errorf("--strict on a clean notice: exit %d: %s", code, stderr)
	}
	if _, out, _ := runInProcess("", "parse", "--no-provenance", clean); strings.Contains(out, `"provenance"`) {
		t.Error("--no-provenance: the output still has provenance")
	}
	if _, out, _ := runInProcess("", "parse", clean); !strings.Contains(out, `"provenance"`) {
		t.Error("the output has no provenance by default")
	}
	code, out, stderr = runInProcess("", "export", "--strict", "--format", "csv", broken, clean)
	if code != 1 || strings.Count(out, "\n") != 2 || !strings.Contains(stderr, "salaries.txt: --strict: salary_mismatch") ||
		!strings.Contains(stderr, "1 failed") {
		t.Errorf("export --strict: exit %d, stdout %q, stderr %q; want the clean file only and the other failed", code, out, stderr)
	}
	if !strings.Contains(strings.SplitN(out, "\n", 2)[0], "warning_codes") {
		t.Errorf("CSV header lacks warning_codes: %q", strings.SplitN(out, "\n", 2)[0])
	}
}
