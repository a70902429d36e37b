// Command vacancy turns bilingual (English/French) job vacancy notices —
// PDF, plain text, Markdown or HTML — into typed JSON, and compares and
// exports them.
//
// Usage:
//
//	vacancy parse [--compact] [--password PW] [--timeout D] [--max-size N] [--format F] FILE|-
//	vacancy text [--positions] [--plain] FILE|-
//	vacancy diff [--format text|json|json-patch] [--color never|always|auto] OLD NEW
//	vacancy export [--format jsonl|csv|jsonld|jsonld-lines] [-o OUT] [-j N] PATH...
//	vacancy help [COMMAND]
//
// Exit status: 0 success; 1 a parse failure (parse, text), differences
// (diff) or some inputs failed (export); 2 a usage error or other trouble.
// Errors are one line on stderr: "vacancy: FILE: reason".
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

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
		{"parse", "[--compact] [--password PW] [--timeout D] [--max-size N] [--format F] FILE|-",
			"parse one notice and print it as JSON", cmdParse},
		{"text", "[--positions] [--plain] [--format F] FILE|-",
			"print the section stream the parser reads, one block a line", cmdText},
		{"diff", "[--format text|json|json-patch] [--color never|always|auto] OLD NEW",
			"compare two notices field by field (exit 1 when they differ)", cmdDiff},
		{"export", "[--format jsonl|csv|jsonld|jsonld-lines] [-o OUT] [-j N] [--timeout D] PATH...",
			"parse files and folders in parallel into one output", cmdExport},
		{"serve", serveArgs, "serve the HTTP API (POST /v1/parse, /v1/diff) and the review page", cmdServe},
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
		if len(rest) > 0 {
			for _, c := range commands {
				if c.name == rest[0] && c.run != nil {
					return c.run([]string{"-h"}, stdin, stdout, stderr)
				}
			}
			fmt.Fprintf(stderr, "vacancy: unknown command %q\n", rest[0])
			return exitTrouble
		}
		usage(stderr)
		return exitOK
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(rest, stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "vacancy: unknown command %q (run 'vacancy help')\n", name)
	return exitTrouble
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "vacancy turns bilingual vacancy notices (PDF, text, Markdown, HTML) into JSON.")
	fmt.Fprintln(w, "\nUsage:")
	for _, c := range commands {
		fmt.Fprintf(w, "  vacancy %s %s\n      %s\n", c.name, c.args, c.summary)
	}
	fmt.Fprintln(w, "\nExit status: 0 ok, 1 parse failure / differences / failed inputs, 2 usage error or trouble.")
	fmt.Fprintln(w, "Run 'vacancy help COMMAND' for the options of a command.")
}

// newFlagSet returns a FlagSet printing its usage to stderr.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("vacancy "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	for _, c := range commands {
		if c.name == name {
			fs.Usage = func() {
				fmt.Fprintf(stderr, "Usage: vacancy %s %s\n\n%s.\n\nOptions:\n", c.name, c.args, capitalize(c.summary))
				fs.PrintDefaults()
			}
		}
	}
	return fs
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// parseArgs parses flags placed before, between or after the positional
// arguments ("vacancy parse notice.pdf --compact"); "--" ends the flags.
// It returns the positional arguments, or an exit code when done.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, false
			}
			return nil, exitTrouble, false
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), 0, true
		}
		if len(rest) == 0 {
			return pos, 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// usageError reports a wrong command line: one line, then the usage.
func usageError(fs *flag.FlagSet, stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "vacancy: %s\n", safeText(fmt.Sprintf(format, args...)))
	fs.Usage()
	return exitTrouble
}

// byteSize is a flag value for sizes: "1048576", "512k", "64M", "1G".
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

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
	password  string
	timeout   time.Duration
	maxSize   byteSize
	maxLine   byteSize
	maxStream byteSize
	maxPages  int
	maxMemory byteSize
	format    string
	// sequential reads each PDF on one goroutine: export parallelises
	// across files instead (see parser.WithSequentialPages)
	sequential bool
	// strict refuses a vacancy with a warning of severity error
	// (--strict); noProvenance leaves out where values were read
	// (--no-provenance). Only parse and export have them.
	strict, noProvenance bool
}

// addVacancyFlags adds the options of the commands that write vacancies.
func addVacancyFlags(fs *flag.FlagSet, rf *readerFlags) {
	fs.BoolVar(&rf.strict, "strict", false, "fail a notice with a warning of severity error (halves that disagree, a half missing, no header field)")
	fs.BoolVar(&rf.noProvenance, "no-provenance", false, "leave out where each value was read (\"provenance\")")
}

func addReaderFlags(fs *flag.FlagSet, withFormat bool) *readerFlags {
	d := parser.DefaultLimits()
	rf := &readerFlags{timeout: d.Timeout, maxSize: byteSize(d.MaxBytes), maxLine: byteSize(d.MaxLineBytes),
		maxStream: byteSize(d.MaxStreamBytes), maxPages: d.MaxPages, maxMemory: byteSize(d.MaxMemory)}
	fs.StringVar(&rf.password, "password", "", "user `password` of an encrypted PDF")
	fs.DurationVar(&rf.timeout, "timeout", rf.timeout, "time budget per file, e.g. 30s")
	fs.Var(&rf.maxSize, "max-size", "largest input in bytes (suffixes k, M, G)")
	fs.Var(&rf.maxLine, "max-line", "longest line of a text input in bytes (suffixes k, M, G)")
	fs.Var(&rf.maxStream, "max-stream", "largest decompressed PDF stream in bytes (suffixes k, M, G)")
	fs.IntVar(&rf.maxPages, "max-pages", rf.maxPages, "most PDF pages read")
	fs.Var(&rf.maxMemory, "max-memory", "memory budget of one parse in bytes (suffixes k, M, G)")
	if withFormat {
		fs.StringVar(&rf.format, "format", "", "input `format`: pdf, text, markdown or html (default: detected)")
	}
	return rf
}

func (rf *readerFlags) check() error {
	if rf.format != "" && !slices.Contains(parser.Formats, parser.Format(rf.format)) {
		return fmt.Errorf("unknown input format %q (want pdf, text, markdown or html)", rf.format)
	}
	if rf.timeout <= 0 {
		return fmt.Errorf("--timeout must be positive")
	}
	if rf.maxPages <= 0 {
		return fmt.Errorf("--max-pages must be positive")
	}
	return nil
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
