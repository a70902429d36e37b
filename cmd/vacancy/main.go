// Command vacancy turns bilingual (English/French) job vacancy notices —
// PDF, plain text, Markdown or HTML — into typed JSON, and compares and
// exports them.
//
// Usage:
//
//	vacancy parse [options] FILE|-
//	vacancy text [options] FILE|-
//	vacancy diff [options] OLD NEW
//	vacancy export [options] PATH...|-
//	vacancy version
//	vacancy help [COMMAND]
//
// Flags are GNU-style (github.com/spf13/pflag): --name VALUE or
// --name=VALUE, a few with a one-letter form (-o, -j, -0), anywhere on
// the line; "--" ends them. Exit status: 0 success; 1 a parse failure
// (parse, text), differences (diff) or some inputs failed (export); 2 a
// usage error or other trouble. Errors are one line on stderr: "vacancy:
// FILE: reason"; a usage error adds a line naming the help to read.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

// Exit codes.
const (
	exitOK      = 0
	exitFail    = 1 // parse failure, differences, failed inputs
	exitTrouble = 2 // usage error, I/O trouble, internal error
)

func main() {
	if os.Getenv("GOGC") == "" {
		// A parse's allocations die with it and the live heap stays
		// small (one notice: a few MB; export at -j 2: under 50 MB), so
		// the collector runs less often than the default: export over
		// 1,000 notices took 9.7 s at GOGC=100 and 6.1 s at 400, and
		// 'vacancy parse' of a 9-page PDF 30.0 ms and 26.0 ms.
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		setHeapLimit = func(n int64) { debug.SetMemoryLimit(n) }
	}
	os.Exit(safeRun(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// safeRun is run with a last-resort recover: a bug prints one line, never
// a stack trace.
func safeRun(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "vacancy: internal error: %s\n", safeText(oneLine(fmt.Sprint(r))))
			code = exitTrouble
		}
	}()
	return run(args, stdin, stdout, stderr)
}

type command struct {
	name, args, summary string
	run                 func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

var commands []command

func init() {
	commands = []command{
		{"parse", "[options] FILE|-", "parse one notice and print it as JSON", cmdParse},
		{"text", "[options] FILE|-", "print the section stream the parser reads, one block a line", cmdText},
		{"diff", "[options] OLD NEW", "compare two notices field by field (exit 1 when they differ)", cmdDiff},
		{"export", "[options] PATH...", "parse files and folders (or the paths listed on stdin: -) in parallel into one output", cmdExport},
		{"version", "", "print the version of vacancy and how it was built", cmdVersion},
		{"serve", "[options]", "serve the HTTP API (POST /v1/parse, /v1/diff) and the review page", cmdServe},
		{"help", "[COMMAND]", "show help", nil},
	}
}

// run is the whole program: args without the program name.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitTrouble
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" {
			for _, c := range commands {
				if c.name == rest[0] && c.run != nil {
					return c.run([]string{"--help"}, stdin, stdout, stderr)
				}
			}
			fmt.Fprintf(stderr, "vacancy: unknown command %q\n%s\n", safeText(rest[0]), hint(""))
			return exitTrouble
		}
		usage(stdout)
		return exitOK
	case "--version", "-version":
		name = "version"
	}
	for _, c := range commands {
		if c.name == name && c.run != nil {
			return c.run(rest, stdin, stdout, stderr)
		}
	}
	if strings.HasPrefix(name, "-") {
		fmt.Fprintf(stderr, "vacancy: unknown option %s: options follow the command\n%s\n", safeText(name), hint(""))
	} else {
		fmt.Fprintf(stderr, "vacancy: unknown command %q\n%s\n", safeText(name), hint(""))
	}
	return exitTrouble
}

// hint is the line under a usage error: where the help is.
func hint(command string) string {
	if command == "" {
		return "run 'vacancy help' for the commands"
	}
	return "run 'vacancy help " + command + "' for its usage"
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "vacancy turns bilingual vacancy notices (PDF, text, Markdown, HTML) into JSON.")
	fmt.Fprintln(w, "\nUsage:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %s\n      %s\n", strings.TrimSpace("vacancy "+c.name+" "+c.args), c.summary)
	}
	fmt.Fprintln(w, "\nExit status: 0 ok, 1 parse failure / differences / failed inputs, 2 usage error or trouble.")
	fmt.Fprintln(w, "Run 'vacancy help COMMAND' for the options of a command; 'vacancy --version' for the version.")
}

// readerGroup annotates the flags addReaderFlags defines, which the help
// lists apart.
const readerGroup = "reader"

// newFlagSet returns the flag set of a command: GNU-style flags,
// anywhere on the line, "--" ending them; its help (--help, -h) goes to
// stdout, its errors are returned, not printed.
func newFlagSet(name string, stdout, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	for _, c := range commands {
		if c.name == name {
			fs.Usage = func() { commandHelp(stdout, c, fs) }
		}
	}
	return fs
}

// helpWidth is the width the help's option lines are wrapped at.
const helpWidth = 100

// commandHelp prints the help of a command: its usage line, what it
// does, its own options, then the options of every command that reads
// notices.
func commandHelp(w io.Writer, c command, fs *pflag.FlagSet) {
	own := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
	reader := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
	own.SortFlags, reader.SortFlags = false, false
	fs.VisitAll(func(f *pflag.Flag) {
		if _, ok := f.Annotations[readerGroup]; ok {
			reader.AddFlag(f)
		} else {
			own.AddFlag(f)
		}
	})
	fmt.Fprintf(w, "Usage: %s\n\n%s.\n", strings.TrimSpace("vacancy "+c.name+" "+c.args), capitalize(c.summary))
	if u := own.FlagUsagesWrapped(helpWidth); u != "" {
		fmt.Fprintf(w, "\nOptions:\n%s", u)
	}
	if u := reader.FlagUsagesWrapped(helpWidth); u != "" {
		fmt.Fprintf(w, "\nReading options (every command that reads notices):\n%s", u)
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// parseArgs parses the flags of a command, placed before, between or
// after the positional arguments ("vacancy parse notice.pdf --compact");
// "--" ends the flags. It returns the positional arguments, or an exit
// code when done: 0 after --help, 2 after a usage error, reported.
func parseArgs(fs *pflag.FlagSet, args []string) ([]string, int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil, exitOK, false
		}
		return nil, usageError(fs, fs.Output(), "%s", err.Error()), false
	}
	return fs.Args(), 0, true
}

// usageError reports a wrong command line: one line saying what is
// wrong, one saying where the help is; exit status 2.
func usageError(fs *pflag.FlagSet, stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "vacancy: %s\n%s\n", safeText(fmt.Sprintf(format, args...)), hint(fs.Name()))
	return exitTrouble
}

// switchFlag is a boolean flag: "--compact" sets it, "--compact=false"
// clears it. It is pflag's bool but for the help, which shows it as
// "--compact" instead of "--compact[=true|false]".
type switchFlag bool

func (b *switchFlag) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("want true or false")
	}
	*b = switchFlag(v)
	return nil
}

func (b *switchFlag) String() string { return strconv.FormatBool(bool(*b)) }
func (b *switchFlag) Type() string   { return "bool" }

// boolFlag defines a switchFlag, with a one-letter form when short is
// not "".
func boolFlag(fs *pflag.FlagSet, p *bool, name, short, usage string) {
	fs.VarPF((*switchFlag)(p), name, short, usage).NoOptDefVal = "true"
}

// byteSize is a flag value for sizes: "1048576", "512k", "64M", "1G".
type byteSize int64

// String is the size with the largest suffix that divides it: "64M".
func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		suffix string
		shift  uint
	}{{"G", 30}, {"M", 20}, {"k", 10}} {
		if n != 0 && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

// Type names the value in the help: "--max-size size".
func (b *byteSize) Type() string { return "size" }

func (b *byteSize) Set(s string) error {
	const want = "want a positive size such as 1048576, 512k or 64M"
	mult := int64(1)
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	switch {
	case strings.HasSuffix(t, "K"):
		mult, t = 1<<10, t[:len(t)-1]
	case strings.HasSuffix(t, "M"):
		mult, t = 1<<20, t[:len(t)-1]
	case strings.HasSuffix(t, "G"):
		mult, t = 1<<30, t[:len(t)-1]
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if errors.Is(err, strconv.ErrRange) || err == nil && n > maxSize/mult {
		return fmt.Errorf("%s is too large (at most %dG)", strings.TrimSpace(s), maxSize>>30)
	}
	if err != nil || n <= 0 {
		return errors.New(want)
	}
	*b = byteSize(n * mult)
	return nil
}

// maxSize bounds every size flag: 1 TiB is more than any input, line,
// stream or memory budget could be, and far from overflowing the sums
// and the one extra byte the readers add to a size.
const maxSize = 1 << 40

// setHeapLimit sets the Go runtime's soft memory limit; main sets it
// unless GOMEMLIMIT is set (the tests, which run commands in-process,
// leave it alone).
var setHeapLimit = func(int64) {}

// heapLimit sets the soft memory limit of the process to the memory
// budget of one parse, however many run at once (export -j). Near it the
// collector works harder instead of letting garbage grow the process (at
// GOGC=400, up to five times the live heap). The stages' charges
// overestimate their live memory by a fifth or more, so a parse's live
// heap stays under the limit, and the process, the runtime's own memory
// included, under 300 MB at the default budget. Parses at once that
// together hold more make the collector run more often, not the process
// grow past their needs.
func (rf *readerFlags) heapLimit() {
	setHeapLimit(int64(rf.maxMemory))
}

// readerFlags are the options of every command that reads notices.
type readerFlags struct {
	fs           *pflag.FlagSet
	password     string
	passwordFile string
	timeout      time.Duration
	maxSize      byteSize
	maxLine      byteSize
	maxStream    byteSize
	maxPages     int
	maxMemory    byteSize
	format       string // --from
	oldFormat    string // --format on parse and text, the old name of --from
	hasOldFormat bool   // the command takes --format as the old name of --from
	// sequential reads each PDF on one goroutine: export parallelises
	// across files instead (see parser.WithSequentialPages)
	sequential bool
	// strict refuses a vacancy with a warning of severity error
	// (--strict); noProvenance leaves out where values were read
	// (--no-provenance). Only parse and export have them.
	strict, noProvenance bool
}

// passwordEnv is the environment variable a PDF password may come in:
// unlike --password, it does not show in the process list.
const passwordEnv = "VACANCY_PASSWORD"

// addVacancyFlags adds the options of the commands that write vacancies.
func addVacancyFlags(fs *pflag.FlagSet, rf *readerFlags) {
	boolFlag(fs, &rf.strict, "strict", "", "fail a notice with a warning of severity error (halves that disagree, a half missing, no header field)")
	boolFlag(fs, &rf.noProvenance, "no-provenance", "", "leave out where each value was read (\"provenance\")")
}

// addReaderFlags adds the options of every command that reads notices.
// oldFormat accepts --format as the name of --from, which it was on
// parse and text before --format became the output format of diff and
// export alone; it is hidden from the help and warns when used.
func addReaderFlags(fs *pflag.FlagSet, oldFormat bool) *readerFlags {
	d := parser.DefaultLimits()
	rf := &readerFlags{fs: fs, timeout: d.Timeout, maxSize: byteSize(d.MaxBytes), maxLine: byteSize(d.MaxLineBytes),
		maxStream: byteSize(d.MaxStreamBytes), maxPages: d.MaxPages, maxMemory: byteSize(d.MaxMemory)}
	reader := pflag.NewFlagSet(fs.Name(), pflag.ContinueOnError)
	reader.SortFlags = false
	reader.StringVar(&rf.format, "from", "", "the input `FORMAT`: pdf, text, markdown or html (default: decided from the content)")
	reader.StringVar(&rf.passwordFile, "password-file", "", "read the password of an encrypted PDF from the first line of `FILE`")
	reader.StringVar(&rf.password, "password", "", "the `PASSWORD` of an encrypted PDF (shows in the process list: prefer --password-file or $"+passwordEnv+")")
	reader.DurationVar(&rf.timeout, "timeout", rf.timeout, "time budget per file, a `DURATION` such as 500ms, 30s or 2m")
	reader.Var(&rf.maxSize, "max-size", "largest input: `SIZE` bytes (suffixes k, M, G)")
	reader.Var(&rf.maxLine, "max-line", "longest line of a text input: `SIZE` bytes")
	reader.Var(&rf.maxStream, "max-stream", "largest decompressed PDF stream: `SIZE` bytes")
	reader.IntVar(&rf.maxPages, "max-pages", rf.maxPages, "read at most `N` PDF pages")
	reader.Var(&rf.maxMemory, "max-memory", "memory budget of one parse: `SIZE` bytes")
	reader.VisitAll(func(f *pflag.Flag) { f.Annotations = map[string][]string{readerGroup: nil} })
	fs.AddFlagSet(reader)
	if oldFormat {
		rf.hasOldFormat = true
		fs.StringVar(&rf.oldFormat, "format", "", "the old name of --from")
		_ = fs.MarkHidden("format")
	}
	return rf
}

// check checks the reader options once parsed, and settles the
// password: --password, --password-file or $VACANCY_PASSWORD, in that
// order. A deprecated flag is warned of on stderr.
func (rf *readerFlags) check(stderr io.Writer) error {
	if rf.hasOldFormat && rf.fs.Changed("format") {
		fmt.Fprintf(stderr, "vacancy: warning: --format of %s is now --from (the input format); --format will go\n", rf.fs.Name())
		if rf.format != "" && rf.format != rf.oldFormat {
			return fmt.Errorf("--from %s and --format %s disagree", rf.format, rf.oldFormat)
		}
		rf.format = rf.oldFormat
	}
	if rf.format != "" && !slices.Contains(parser.Formats, parser.Format(rf.format)) {
		return fmt.Errorf("unknown input format %q (want pdf, text, markdown or html)", rf.format)
	}
	if rf.timeout <= 0 {
		return fmt.Errorf("--timeout must be positive")
	}
	if rf.maxPages <= 0 {
		return fmt.Errorf("--max-pages must be positive")
	}
	switch {
	case rf.password != "" && rf.passwordFile != "":
		return fmt.Errorf("--password and --password-file: give one")
	case rf.passwordFile != "":
		pw, err := readPasswordFile(rf.passwordFile)
		if err != nil {
			return err
		}
		rf.password = pw
	case rf.password == "":
		rf.password = os.Getenv(passwordEnv)
	}
	return nil
}

// readPasswordFile reads a password: the first line of the file, without
// its line end. A password file is small; one larger than 64 KiB is
// refused rather than read whole.
func readPasswordFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("--password-file %s: %v", path, pathReason(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 64<<10+1))
	if err != nil {
		return "", fmt.Errorf("--password-file %s: %v", path, pathReason(err))
	}
	if len(data) > 64<<10 {
		return "", fmt.Errorf("--password-file %s: larger than 64 KiB: not a password file", path)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	line = strings.TrimSuffix(line, "\r")
	if line == "" {
		return "", fmt.Errorf("--password-file %s: the first line is empty", path)
	}
	return line, nil
}

// pathReason is an error of the os package without the path it repeats.
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (rf *readerFlags) options(name string) []parser.Option {
	opts := []parser.Option{
		parser.WithName(name),
		parser.WithLimits(parser.Limits{Timeout: rf.timeout, MaxBytes: int64(rf.maxSize),
			MaxLineBytes: int(rf.maxLine), MaxStreamBytes: int64(rf.maxStream), MaxPages: rf.maxPages,
			MaxMemory: int64(rf.maxMemory)}),
	}
	if rf.format != "" {
		opts = append(opts, parser.WithFormat(parser.Format(rf.format)))
	}
	if rf.password != "" {
		opts = append(opts, parser.WithPassword(rf.password))
	}
	if rf.noProvenance {
		opts = append(opts, parser.WithProvenance(false))
	}
	if rf.sequential {
		opts = append(opts, parser.WithSequentialPages())
	}
	return opts
}

// stdinName names standard input in messages.
const stdinName = "<stdin>"

// errLine renders an error about the input name as "name: reason", one
// line, escaped for a terminal (safeText).
func errLine(name string, err error) string { return safeText(rawErrLine(name, err)) }

func rawErrLine(name string, err error) string {
	var pe *parser.Error
	var pathErr *fs.PathError
	var le lineError
	switch {
	case errors.As(err, &le):
		return string(le)
	case errors.As(err, &pe) && pe.Name != "":
		return oneLine(pe.Error() + limitHint(err))
	case errors.As(err, &pe):
		return oneLine(name + ": " + pe.Reason + limitHint(err))
	case errors.As(err, &pathErr):
		return oneLine(name + ": " + pathErr.Err.Error())
	}
	return oneLine(name + ": " + err.Error())
}

// limitFlags names the flag that raises each limit of the parser.
var limitFlags = map[parser.Limit]string{
	parser.LimitSize:   "--max-size",
	parser.LimitPages:  "--max-pages",
	parser.LimitStream: "--max-stream",
	parser.LimitLine:   "--max-line",
	parser.LimitTime:   "--timeout",
	parser.LimitMemory: "--max-memory",
}

// limitHint tells how to raise the limit err hit, if a flag does.
func limitHint(err error) string {
	var le *parser.LimitError
	if errors.As(err, &le) {
		if flag, ok := limitFlags[le.Limit]; ok {
			return " (raise it with " + flag + ")"
		}
	}
	return ""
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// parseFile parses one FILE argument ("-" is standard input). The error,
// when not nil, is one line naming the file: "name: reason". Opening and
// reading the file are in the parse's time budget (a FIFO without a
// writer, a stdin that never closes end at --timeout). A panic in the
// parser is turned into such an error.
func (rf *readerFlags) parseFile(ctx context.Context, path string, stdin io.Reader) (v *schema.Vacancy, err error) {
	name := inputName(path)
	defer func() {
		if p := recover(); p != nil {
			v, err = nil, lineError(oneLine(fmt.Sprintf("%s: internal error: %v", name, p)))
		}
	}()
	if path == "-" {
		v, err = parser.Parse(ctx, stdin, rf.options(name)...)
	} else {
		v, err = parser.ParseFile(ctx, path, rf.options(name)...)
	}
	if err != nil {
		return nil, lineError(errLine(name, err))
	}
	if rf.strict {
		for _, w := range v.Warnings {
			if w.Severity == schema.SeverityError {
				return nil, lineError(oneLine(fmt.Sprintf("%s: --strict: %s: %s", name, w.Code, w.Message)))
			}
		}
	}
	return v, nil
}

// readFile is parseFile for the section stream (vacancy text).
func (rf *readerFlags) readFile(ctx context.Context, path string, stdin io.Reader) (*stream.Document, error) {
	name := inputName(path)
	var doc *stream.Document
	var err error
	if path == "-" {
		doc, err = parser.Read(ctx, stdin, rf.options(name)...)
	} else {
		doc, err = parser.ReadFile(ctx, path, rf.options(name)...)
	}
	if err != nil {
		return nil, lineError(errLine(name, err))
	}
	return doc, nil
}

// inputName names a FILE argument in messages.
func inputName(path string) string {
	if path == "-" {
		return stdinName
	}
	return path
}

// lineError is an error message already in "name: reason" form.
type lineError string

func (e lineError) Error() string { return string(e) }
