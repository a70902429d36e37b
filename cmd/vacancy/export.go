package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/schema"
)

// cmdExport: vacancy export [--format F] [-o OUT] [-j N] [--timeout D] PATH...
func cmdExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", stderr)
	format := fs.String("format", "jsonl", "output `format`: jsonl (one `parse --compact` object a line), csv (one row per vacancy, see schema.CSVHeader), jsonld (a JSON array of schema.org JobPosting) or jsonld-lines (one JobPosting a line)")
	out := fs.String("o", "", "write to `FILE` (atomically: a temporary file renamed at the end) instead of standard output")
	jobs := fs.Int("j", runtime.NumCPU(), "parse `N` files in parallel")
	rf := addReaderFlags(fs, false)
	addVacancyFlags(fs, rf)
	paths, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return usageError(fs, stderr, "export needs at least one PATH (file or folder)")
	}
	if *jobs < 1 {
		return usageError(fs, stderr, "-j must be at least 1")
	}
	if err := rf.check(); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	if _, ok := newSink(*format, io.Discard); !ok {
		return usageError(fs, stderr, "unknown --format %q (want jsonl, csv, jsonld or jsonld-lines)", *format)
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
		jobs:    *jobs,
		timeout: rf.timeout,
		format:  *format,
		stderr:  stderr,
	}
	e.progress = isTerminal(stderr)

	in := collect(paths)
	folderErrors := 0
	for _, sk := range in.skipped {
		if sk.failed {
			folderErrors++
			fmt.Fprintf(stderr, "vacancy: %s: %s\n", safeText(sk.path), sk.reason)
		} else {
			fmt.Fprintf(stderr, "vacancy: %s: skipped: %s\n", safeText(sk.path), safeText(sk.reason))
		}
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
	case err != nil:
		fmt.Fprintf(stderr, "vacancy: %s\n", safeText(err.Error()))
		return exitTrouble
	}
	st.failed += folderErrors
	summary := fmt.Sprintf("exported %d vacancies from %d files; %d failed", st.exported, st.files, st.failed)
	if n := len(in.skipped) - folderErrors; n > 0 {
		summary += fmt.Sprintf("; %d skipped", n)
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
}

type exportStats struct{ files, exported, failed int }

type result struct {
	path string
	rec  []byte // the vacancy encoded by the sink (see sink.record)
	err  error
}

// export parses inputs (sorted) and writes the sink's output to w.
//
// Memory stays bounded whatever the number of inputs: at most 2×jobs
// results are in flight, and each is written and dropped in input order.
func (e *exporter) export(ctx context.Context, inputs []string, w io.Writer) (exportStats, error) {
	st := exportStats{files: len(inputs)}
	sink, _ := newSink(e.format, w)
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
				done <- result{path, nil, fmt.Errorf("internal error: %v", p)}
			}
		}()
		v, err := e.parse(pctx, path)
		if err == nil && v == nil {
			err = parser.ErrNotVacancy
		}
		var rec []byte
		if err == nil {
			// encoded here, in parallel, not by the writer
			rec, err = e.sink.record(v)
		}
		done <- result{path, rec, err}
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
			return result{path, nil, ctx.Err()}
		}
		return result{path, nil, fmt.Errorf("time budget of %s exceeded, parse abandoned (raise it with --timeout)", e.timeout)}
	}
}

// sink writes one export format. Each vacancy is encoded by record on
// the worker that parsed it, so that encoding runs in parallel too; the
// writer only puts the records in order.
type sink interface {
	begin() error
	record(v *schema.Vacancy) ([]byte, error) // safe for concurrent use
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
}

func (s *jsonLines) begin() error { return nil }
func (s *jsonLines) end() error   { return nil }
func (s *jsonLines) record(v *schema.Vacancy) ([]byte, error) {
	if !s.jobPosting {
		return encodeVacancy(v, true)
	}
	jp, _ := schema.NewJobPosting(v, schema.JobPostingOptions{})
	if err := jp.Check(); err != nil {
		return nil, err
	}
	return encodeVacancy(jp, true)
}

func (s *jsonLines) write(rec []byte) error {
	_, err := s.w.Write(rec)
	return err
}

// jsonArray writes a JSON array of JobPosting, one element a line.
type jsonArray struct {
	w io.Writer
	n int
}

func (s *jsonArray) begin() error {
	_, err := io.WriteString(s.w, "[")
	return err
}

func (s *jsonArray) record(v *schema.Vacancy) ([]byte, error) {
	jp, _ := schema.NewJobPosting(v, schema.JobPostingOptions{})
	if err := jp.Check(); err != nil {
		return nil, err
	}
	b, err := encodeVacancy(jp, true)
	return bytes.TrimSuffix(b, []byte("\n")), err
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

// csvSink writes schema.CSVHeader then one row per vacancy.
type csvSink struct{ w io.Writer }

func (s *csvSink) begin() error {
	rec, err := csvRow(schema.CSVHeader)
	if err == nil {
		_, err = s.w.Write(rec)
	}
	return err
}

func (s *csvSink) end() error { return nil }
func (s *csvSink) record(v *schema.Vacancy) ([]byte, error) {
	return csvRow(schema.CSVRecord(v))
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
