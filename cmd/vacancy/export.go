package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/schema"
)

// cmdExport: vacancy export [--format F] [-o OUT] [-j N] [-0] [--bom]
// [JSON-LD options] [--strict] [--no-provenance] [reading options] PATH...
//
// A PATH of "-" stands for the paths listed on standard input, one a
// line (or NUL-separated with -0), as xargs and tar -T read them.
func cmdExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", stdout, stderr)
	format := fs.String("format", "jsonl", "the output `FORMAT`: jsonl (one `parse --compact` object a line), csv (one row per vacancy), jsonld (a JSON array of schema.org JobPosting) or jsonld-lines (one JobPosting a line)")
	out := fs.StringP("output", "o", "", "write to `FILE` (atomically: a temporary file renamed at the end) instead of standard output")
	jobs := fs.IntP("jobs", "j", runtime.NumCPU(), "parse `N` files in parallel")
	var null, bom bool
	boolFlag(fs, &null, "null", "0", "the paths listed on standard input (PATH -) are separated by NUL characters, not newlines (find -print0)")
	boolFlag(fs, &bom, "bom", "", "csv: begin with a UTF-8 byte order mark, for spreadsheets that need one to read UTF-8")
	var jo schema.JobPostingOptions
	fs.StringVar(&jo.DatePosted, "date-posted", "", "jsonld: the `DATE` the postings are published (YYYY-MM-DD); default: the date each file states (PDF, HTML), else none, with a warning")
	fs.StringVar(&jo.BaseURL, "base-url", "", "jsonld: give each posting a url, `URL` followed by its reference")
	boolFlag(fs, &jo.DirectApply, "direct-apply", "", "jsonld: the page at url lets candidates apply there (directApply true)")
	fs.StringVar(&jo.Organization, "hiring-organization", "", "jsonld: the `NAME` of the hiring organisation, for a notice that names none")
	rf := addReaderFlags(fs, false)
	addVacancyFlags(fs, rf)
	paths, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return usageError(fs, stderr, "export needs at least one PATH (a file, a folder, or - for a list of paths on standard input)")
	}
	if *jobs < 1 {
		return usageError(fs, stderr, "-j must be at least 1")
	}
	if err := rf.check(stderr); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	if _, ok := newSink(*format, io.Discard); !ok {
		return usageError(fs, stderr, "unknown --format %q (want jsonl, csv, jsonld or jsonld-lines)", *format)
	}
	if bom && *format != "csv" {
		return usageError(fs, stderr, "--bom is for --format csv")
	}
	jsonld := *format == "jsonld" || *format == "jsonld-lines"
	for _, name := range []string{"date-posted", "base-url", "direct-apply", "hiring-organization"} {
		if fs.Changed(name) && !jsonld {
			return usageError(fs, stderr, "--%s is for --format jsonld and jsonld-lines", name)
		}
	}
	if jo.DatePosted != "" && !isDate(jo.DatePosted) {
		return usageError(fs, stderr, "--date-posted %q: want a date, YYYY-MM-DD", jo.DatePosted)
	}
	if u, err := url.Parse(jo.BaseURL); jo.BaseURL != "" && (err != nil || !u.IsAbs() || u.Host == "") {
		return usageError(fs, stderr, "--base-url %q: want an absolute URL, such as https://jobs.example.org/vacancy/", jo.BaseURL)
	}
	if n := slices.Index(paths, "-"); n >= 0 {
		if slices.Index(paths[n+1:], "-") >= 0 {
			return usageError(fs, stderr, "- (the paths on standard input) given twice")
		}
		listed, err := readPathList(stdin, null)
		if err != nil {
			fmt.Fprintf(stderr, "vacancy: reading the paths on standard input: %v\n", err)
			return exitTrouble
		}
		paths = slices.Concat(paths[:n], listed, paths[n+1:])
	} else if null {
		return usageError(fs, stderr, "-0 separates the paths listed on standard input: give - as a PATH")
	}
	rf.heapLimit()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()

	// -j N parses N files at once, each on one goroutine: sharing a
	// file's pages between two more would only add hand-overs (and
	// keep -j 1 from meaning one core).
	rf.sequential = true
	e := &exporter{
		parse: func(ctx context.Context, path string) (*schema.Vacancy, error) {
			return rf.parseFile(ctx, path, nil)
		},
		jobs:       *jobs,
		timeout:    rf.timeout,
		format:     *format,
		stderr:     stderr,
		jobPosting: jo,
		bom:        bom,
	}
	e.progress = escapesOK(stderr)

	in := collect(paths, *out)
	folderErrors := 0
	for _, sk := range in.skipped {
		if sk.failed {
			folderErrors++
			fmt.Fprintf(stderr, "vacancy: %s: %s\n", safeText(sk.path), sk.reason)
		} else {
			fmt.Fprintf(stderr, "vacancy: %s: skipped: %s\n", safeText(sk.path), safeText(sk.reason))
		}
	}
	skipped := len(in.skipped) - folderErrors
	if len(in.files) == 0 {
		// Nothing to read: say so, and leave the output alone.
		msg := "vacancy: no input to export"
		if len(in.skipped) > 0 {
			msg += " (" + counted(skipped, "file", "files") + " skipped"
			if folderErrors > 0 {
				msg += ", " + counted(folderErrors, "folder", "folders") + " not read"
			}
			msg += ")"
		}
		fmt.Fprintln(stderr, msg)
		return exitFail
	}

	var w io.Writer = stdout
	var of *outFile
	if *out != "" {
		var err error
		if of, err = createOut(*out, in, stderr); err != nil {
			fmt.Fprintf(stderr, "vacancy: %s\n", safeText(err.Error()))
			return exitTrouble
		}
		defer of.cleanup()
		w = of.tmp
	}
	bw := bufio.NewWriter(w)
	st, err := e.export(ctx, in.files, bw)
	if err == nil {
		err = bw.Flush()
	}
	if of != nil && err == nil {
		err = of.commit()
	}
	if testHookAfterOutput != nil {
		testHookAfterOutput(ctx)
	}
	switch {
	case err != nil && ctx.Err() != nil:
		// Interrupted before the output was complete: OUT, if any, was
		// not touched.
		msg := "vacancy: interrupted; the output is incomplete"
		if of != nil {
			msg = "vacancy: interrupted; " + safeText(*out) + " left unchanged"
		}
		fmt.Fprintln(stderr, msg)
		return exitTrouble
	case err != nil && of != nil:
		// Every write went to the temporary file: the error names OUT,
		// which is what the user knows (and is left unchanged).
		fmt.Fprintf(stderr, "vacancy: %s: cannot write: %v; %s left unchanged\n", safeText(*out), pathReason(err), safeText(*out))
		return exitTrouble
	case err != nil:
		fmt.Fprintf(stderr, "vacancy: writing output: %v\n", pathReason(err))
		return exitTrouble
	}
	st.failed += folderErrors
	summary := fmt.Sprintf("exported %s from %s; %d failed", counted(st.exported, "vacancy", "vacancies"), counted(st.files, "file", "files"), st.failed)
	if skipped > 0 {
		summary += fmt.Sprintf("; %d skipped", skipped)
	}
	fmt.Fprintln(stderr, summary)
	if ctx.Err() != nil {
		// The signal came once the output was complete.
		where := "the output was complete"
		if of != nil {
			where = safeText(*out) + " was written"
		}
		fmt.Fprintf(stderr, "vacancy: interrupted after %s\n", where)
	}
	if st.failed > 0 {
		return exitFail
	}
	return exitOK
}

// counted is "1 file", "2 files".
func counted(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// isDate reports an ISO 8601 date, YYYY-MM-DD.
func isDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// maxPathList bounds the list of paths read from standard input: ten
// million paths of a hundred bytes.
const maxPathList = 1 << 30

// readPathList reads the paths listed on r: one a line (a CR before the
// newline is dropped), or NUL-separated when null; empty entries are
// left out.
func readPathList(r io.Reader, null bool) ([]string, error) {
	if r == nil {
		return nil, nil
	}
	sep := byte('\n')
	if null {
		sep = 0
	}
	sc := bufio.NewScanner(io.LimitReader(r, maxPathList))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, sep); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	var paths []string
	for sc.Scan() {
		p := sc.Text()
		if !null {
			p = strings.TrimSuffix(p, "\r")
		}
		if p == "-" {
			p = "./-" // a file named "-", not standard input again
		}
		if p != "" {
			paths = append(paths, p)
		}
	}
	if errors.Is(sc.Err(), bufio.ErrTooLong) {
		return nil, errors.New("a path longer than 1 MiB: not a list of paths")
	}
	return paths, sc.Err()
}

// testHookAfterOutput, set by a test, runs once the output is complete
// (and OUT renamed), before the outcome is reported.
var testHookAfterOutput func(ctx context.Context)

// exporter parses many files in parallel and writes the results in input
// order as soon as all earlier inputs are done.
type exporter struct {
	// parse reads one file; tests replace it.
	parse    func(ctx context.Context, path string) (*schema.Vacancy, error)
	jobs     int           // parallel parses
	timeout  time.Duration // per file; a parse still running after it is abandoned
	format   string        // jsonl, csv, jsonld, jsonld-lines
	stderr   io.Writer     // failure lines, progress bar
	progress bool          // draw a progress bar on stderr
	sink     sink          // the output format, set by export
	// jobPosting is what the JSON-LD formats need that a notice does
	// not say; bom starts a CSV with a byte order mark.
	jobPosting schema.JobPostingOptions
	bom        bool
}

type exportStats struct{ files, exported, failed int }

type result struct {
	path  string
	rec   []byte           // the vacancy encoded by the sink (see sink.record)
	notes []schema.Warning // what the sink's record lacks, reported on stderr
	err   error
}

// export parses inputs (sorted) and writes the sink's output to w.
//
// Memory stays bounded whatever the number of inputs: at most 2×jobs
// results are in flight, and each is written and dropped in input order.
func (e *exporter) export(ctx context.Context, inputs []string, w io.Writer) (exportStats, error) {
	st := exportStats{files: len(inputs)}
	sink, _ := newSink(e.format, w)
	switch s := sink.(type) {
	case *jsonLines:
		s.options = e.jobPosting
	case *jsonArray:
		s.options = e.jobPosting
	case *csvSink:
		s.bom = e.bom
	}
	e.sink = sink
	if err := sink.begin(); err != nil {
		return st, err
	}
	var bar *progressLine
	if e.progress {
		bar = newProgress(e.stderr, len(inputs))
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // releases the producer and the workers on early return
	type job struct {
		path string
		out  chan result
	}
	order := make(chan chan result, resultWindow(e.jobs))
	jobs := make(chan job)
	go func() {
		defer close(order)
		defer close(jobs)
		for _, p := range inputs {
			ch := make(chan result, 1)
			select {
			case order <- ch:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{p, ch}:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range e.jobs {
		go func() {
			for j := range jobs {
				j.out <- e.parseOne(ctx, j.path)
			}
		}()
	}

	for ch := range order {
		var r result
		select {
		case r = <-ch:
		case <-ctx.Done():
			return st, ctx.Err()
		}
		if ctx.Err() != nil {
			return st, ctx.Err()
		}
		if r.err != nil {
			st.failed++
			if bar != nil {
				bar.clear()
			}
			fmt.Fprintf(e.stderr, "vacancy: %s\n", errLine(r.path, r.err))
		} else {
			if err := sink.write(r.rec); err != nil {
				return st, err
			}
			st.exported++
			if len(r.notes) > 0 && bar != nil {
				bar.clear()
			}
			for _, w := range r.notes {
				fmt.Fprintf(e.stderr, "vacancy: %s: %s: %s: %s\n", safeText(r.path), w.Severity, w.Code, safeText(w.Message))
			}
		}
		if bar != nil {
			bar.add(1)
		}
	}
	if ctx.Err() != nil {
		return st, ctx.Err()
	}
	if bar != nil {
		bar.finish()
	}
	return st, sink.end()
}

// resultWindow is how many results may wait for the writer: wide enough
// that one slow file does not idle the other workers (at 2×jobs, -j 2 ran
// 1.5× faster than -j 1; at 4×jobs+16, 1.76×), small enough that memory
// does not grow with the number of files.
func resultWindow(jobs int) int { return 4*jobs + 16 }

// abandonGrace is how long past its timeout a parse may take to return
// its own error before it is abandoned.
const abandonGrace = 250 * time.Millisecond

// parseOne runs one parse in its own goroutine, so that a parse stuck in
// a call that never returns costs a goroutine, not a worker: past the
// timeout it is abandoned and reported as a failure.
func (e *exporter) parseOne(ctx context.Context, path string) result {
	pctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	done := make(chan result, 1) // buffered: an abandoned parse can still finish
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{path: path, err: fmt.Errorf("internal error: %v", p)}
			}
		}()
		v, err := e.parse(pctx, path)
		if err == nil && v == nil {
			err = parser.ErrNotVacancy
		}
		r := result{path: path, err: err}
		if err == nil {
			// encoded here, in parallel, not by the writer
			r.rec, r.notes, r.err = e.sink.record(v)
		}
		done <- r
	}()
	select {
	case r := <-done:
		return r
	case <-pctx.Done():
	}
	t := time.NewTimer(abandonGrace)
	defer t.Stop()
	select {
	case r := <-done:
		return r
	case <-t.C:
		if ctx.Err() != nil {
			return result{path: path, err: ctx.Err()}
		}
		return result{path: path, err: fmt.Errorf("time budget of %s exceeded, parse abandoned (raise it with --timeout)", e.timeout)}
	}
}

// sink writes one export format. Each vacancy is encoded by record on
// the worker that parsed it, so that encoding runs in parallel too; the
// writer only puts the records in order.
type sink interface {
	begin() error
	// record encodes a vacancy, with what the record lacks that it
	// should have (reported, not fatal); an error fails the file. Safe
	// for concurrent use.
	record(v *schema.Vacancy) ([]byte, []schema.Warning, error)
	write(rec []byte) error
	end() error
}

func newSink(format string, w io.Writer) (sink, bool) {
	switch format {
	case "jsonl":
		return &jsonLines{w: w}, true
	case "jsonld-lines":
		return &jsonLines{w: w, jobPosting: true}, true
	case "jsonld":
		return &jsonArray{w: w}, true
	case "csv":
		return &csvSink{w: w}, true
	}
	return nil, false
}

// jsonLines writes one compact JSON object a line: the vacancy as
// `vacancy parse --compact` prints it, or its JobPosting.
type jsonLines struct {
	w          io.Writer
	jobPosting bool
	options    schema.JobPostingOptions
}

func (s *jsonLines) begin() error { return nil }
func (s *jsonLines) end() error   { return nil }
func (s *jsonLines) record(v *schema.Vacancy) ([]byte, []schema.Warning, error) {
	if !s.jobPosting {
		rec, err := encodeVacancy(v, true)
		return rec, nil, err
	}
	return jobPostingRecord(v, s.options)
}

func (s *jsonLines) write(rec []byte) error {
	_, err := s.w.Write(rec)
	return err
}

// jobPostingRecord is a vacancy's JobPosting on one line, checked: a
// vacancy that makes no JobPosting search engines accept fails, with
// the reason, instead of being written half empty. The JSON escapes <, >
// and & (as \u003c…): a posting is put in a <script> element, which a
// notice's "</script>" must not close.
func jobPostingRecord(v *schema.Vacancy, o schema.JobPostingOptions) ([]byte, []schema.Warning, error) {
	jp, warnings := schema.NewJobPosting(v, o)
	if err := jp.Check(); err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(jp); err != nil {
		return nil, nil, err
	}
	for i := range warnings {
		if warnings[i].Code == schema.CodeDatePostedUnknown {
			warnings[i].Message += "; give it with --date-posted"
		}
	}
	return buf.Bytes(), warnings, nil
}

// jsonArray writes a JSON array of JobPosting, one element a line.
type jsonArray struct {
	w       io.Writer
	n       int
	options schema.JobPostingOptions
}

func (s *jsonArray) begin() error {
	_, err := io.WriteString(s.w, "[")
	return err
}

func (s *jsonArray) record(v *schema.Vacancy) ([]byte, []schema.Warning, error) {
	rec, warnings, err := jobPostingRecord(v, s.options)
	return bytes.TrimSuffix(rec, []byte("\n")), warnings, err
}

func (s *jsonArray) write(rec []byte) error {
	sep := ",\n"
	if s.n == 0 {
		sep = "\n"
	}
	s.n++
	if _, err := io.WriteString(s.w, sep); err != nil {
		return err
	}
	_, err := s.w.Write(rec)
	return err
}

func (s *jsonArray) end() error {
	end := "\n]\n"
	if s.n == 0 {
		end = "]\n"
	}
	_, err := io.WriteString(s.w, end)
	return err
}

// csvSink writes schema.CSVHeader then one row per vacancy, every cell
// escaped against formula injection (schema.CSVCell); bom starts it with
// a UTF-8 byte order mark.
type csvSink struct {
	w   io.Writer
	bom bool
}

func (s *csvSink) begin() error {
	if s.bom {
		if _, err := io.WriteString(s.w, "\ufeff"); err != nil {
			return err
		}
	}
	rec, err := csvRow(schema.CSVHeader)
	if err == nil {
		_, err = s.w.Write(rec)
	}
	return err
}

func (s *csvSink) end() error { return nil }
func (s *csvSink) record(v *schema.Vacancy) ([]byte, []schema.Warning, error) {
	cells := schema.CSVRecord(v)
	for i, c := range cells {
		cells[i] = schema.CSVCell(c)
	}
	rec, err := csvRow(cells)
	return rec, nil, err
}

func (s *csvSink) write(rec []byte) error {
	_, err := s.w.Write(rec)
	return err
}

// csvRow is one CSV row as encoding/csv writes it.
func csvRow(fields []string) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.Write(fields); err != nil {
		return nil, err
	}
	w.Flush()
	return b.Bytes(), w.Error()
}
