package parser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftext"
	"github.com/vacancy-tools/vacancy/schema"
)

// Formats a reader can read.
const (
	FormatPDF      = "pdf"
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// readFunc reads one format into the section stream.
type readFunc func(ctx context.Context, data []byte, o *options) (*Document, error)

// readers maps a format name to its reader. Each reader registers itself
// from its own file, so adding a format touches no other code.
var readers = map[string]readFunc{}

// Limits bound the work done on one input. Zero fields take the default.
type Limits struct {
	MaxBytes        int64         // input size; default 64 MiB
	MaxPages        int           // PDF pages; default 200
	MaxStreamBytes  int64         // one decompressed PDF stream; default 32 MiB
	MaxLineBytes    int           // one line of text input; default 1 MiB
	Timeout         time.Duration // whole parse; default 10 s
	MaxNestingDepth int           // Markdown/HTML nesting; default 100
}

// DefaultLimits are the limits used when none are set.
var DefaultLimits = Limits{
	MaxBytes:        64 << 20,
	MaxPages:        pdftext.DefaultMaxPages,
	MaxStreamBytes:  pdftext.DefaultMaxStreamBytes,
	MaxLineBytes:    1 << 20,
	Timeout:         10 * time.Second,
	MaxNestingDepth: 100,
}

type options struct {
	name     string // file name for messages and the extension hint
	format   string // forced format; "" detects
	password string
	limits   Limits
	// sequential reads PDF pages on one goroutine (WithSequentialPages)
	sequential bool
}

// Option configures Parse and Read.
type Option func(*options)

// WithName names the input in error messages; its extension is a hint to
// format detection, never overriding what the content says.
func WithName(name string) Option { return func(o *options) { o.name = name } }

// WithFormat forces a format ("pdf", "text", "markdown", "html").
func WithFormat(format string) Option { return func(o *options) { o.format = format } }

// WithPassword sets the user password of an encrypted PDF.
func WithPassword(pw string) Option { return func(o *options) { o.password = pw } }

// WithSequentialPages reads a PDF's pages on the calling goroutine only.
// By default a PDF of two pages or more is read by two goroutines in
// parallel; a caller that already keeps every core busy, such as a batch
// parsing several files at once, spares the second goroutine and its
// hand-over costs.
func WithSequentialPages() Option { return func(o *options) { o.sequential = true } }

// WithLimits replaces the default limits; zero fields keep their default.
func WithLimits(l Limits) Option {
	return func(o *options) {
		d := DefaultLimits
		if l.MaxBytes > 0 {
			d.MaxBytes = l.MaxBytes
		}
		if l.MaxPages > 0 {
			d.MaxPages = l.MaxPages
		}
		if l.MaxStreamBytes > 0 {
			d.MaxStreamBytes = l.MaxStreamBytes
		}
		if l.MaxLineBytes > 0 {
			d.MaxLineBytes = l.MaxLineBytes
		}
		if l.Timeout > 0 {
			d.Timeout = l.Timeout
		}
		if l.MaxNestingDepth > 0 {
			d.MaxNestingDepth = l.MaxNestingDepth
		}
		o.limits = d
	}
}

func newOptions(opts []Option) *options {
	o := &options{limits: DefaultLimits}
	for _, f := range opts {
		f(o)
	}
	return o
}

// Sentinel errors, for errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrNotVacancy  = errors.New("not a vacancy notice")
	ErrUnsupported = errors.New("unsupported")
	ErrLimit       = errors.New("limit exceeded")
	ErrMalformed   = errors.New("malformed input")
)

// Error is a failure to read or parse one input. Its message is one line:
// "name: reason".
type Error struct {
	Name   string // the input, as given to WithName; "" when unnamed
	Reason string // what was wrong, for a person
	Err    error  // the sentinel or underlying error
}

func (e *Error) Error() string {
	if e.Name == "" {
		return e.Reason
	}
	return e.Name + ": " + e.Reason
}

func (e *Error) Unwrap() error { return e.Err }

// errorf builds an *Error for the input named in o.
func (o *options) errorf(sentinel error, format string, args ...any) error {
	return &Error{Name: o.name, Reason: oneLine(fmt.Sprintf(format, args...)), Err: sentinel}
}

// wrap turns any error from a reader into an *Error naming the input.
func (o *options) wrap(err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		if e.Name == "" {
			e.Name = o.name
		}
		return e
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return o.errorf(ErrLimit, "time budget of %s exceeded (raise it with --timeout)", o.limits.Timeout)
	}
	return &Error{Name: o.name, Reason: oneLine(err.Error()), Err: err}
}

// Parse reads one vacancy notice from r and extracts it.
func Parse(ctx context.Context, r io.Reader, opts ...Option) (*schema.Vacancy, error) {
	o := newOptions(opts)
	data, err := readAll(r, o)
	if err != nil {
		return nil, err
	}
	return parseBytes(ctx, data, o)
}

// ParseBytes is Parse for input already in memory.
func ParseBytes(ctx context.Context, data []byte, opts ...Option) (*schema.Vacancy, error) {
	o := newOptions(opts)
	if int64(len(data)) > o.limits.MaxBytes {
		return nil, o.errorf(ErrLimit, "file is larger than the %d-byte limit (raise it with --max-size)", o.limits.MaxBytes)
	}
	return parseBytes(ctx, data, o)
}

// parseBytes reads and extracts under the time budget (limits.go).
func parseBytes(ctx context.Context, data []byte, o *options) (*schema.Vacancy, error) {
	return withBudget(ctx, o, func(ctx context.Context) (*schema.Vacancy, error) {
		doc, err := readDocument(ctx, data, o)
		if err != nil {
			return nil, err
		}
		v, err := Extract(doc)
		if err != nil {
			return nil, o.wrap(err)
		}
		v.Source.File = o.name
		return v, nil
	})
}

// Read reads one file into its section stream without extracting a vacancy:
// the view `vacancy text` prints.
func Read(ctx context.Context, r io.Reader, opts ...Option) (*Document, error) {
	o := newOptions(opts)
	data, err := readAll(r, o)
	if err != nil {
		return nil, err
	}
	return withBudget(ctx, o, func(ctx context.Context) (*Document, error) {
		return readDocument(ctx, data, o)
	})
}

func readAll(r io.Reader, o *options) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, o.limits.MaxBytes+1))
	if err != nil {
		return nil, o.errorf(err, "cannot read: %v", err)
	}
	if int64(len(data)) > o.limits.MaxBytes {
		return nil, o.errorf(ErrLimit, "file is larger than the %d-byte limit (raise it with --max-size)", o.limits.MaxBytes)
	}
	return data, nil
}

func readDocument(ctx context.Context, data []byte, o *options) (doc *Document, err error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, o.errorf(ErrEmpty, "empty file")
	}
	format := o.format
	if format == "" {
		format = DetectFormat(data, o.name)
	}
	read, ok := readers[format]
	if !ok {
		return nil, o.errorf(ErrUnsupported, "unknown format %q", format)
	}
	// The time budget is set by the caller (withBudget, limits.go).
	defer func() {
		// A reader bug or a dependency's panic must never reach the user
		// as a stack trace.
		if !catchPanics {
			return
		}
		if r := recover(); r != nil {
			doc, err = nil, o.errorf(ErrMalformed, "malformed %s: %s", format, oneLine(fmt.Sprint(r)))
		}
	}()
	doc, err = read(ctx, data, o)
	if err != nil {
		return nil, o.wrap(err)
	}
	doc.Format = format
	typedListItems(doc.Blocks)
	return doc, nil
}

// typedListItems turns paragraphs that start with a typed list marker
// ("· a university degree", "1. knowledge of French") into list items,
// whatever the reader: word processors export lists as such paragraphs
// to HTML, and any format may carry them.
func typedListItems(blocks []Block) {
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != Paragraph {
			continue
		}
		if m, rest, ok := splitMarker(b.Text); ok {
			b.Kind, b.Marker, b.Text = ListItem, m, rest
		}
	}
}

// DetectFormat decides the format of data from its content; the file
// name's extension only breaks ties between text and Markdown.
func DetectFormat(data []byte, name string) string {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	if i := bytes.Index(head, []byte("%PDF-")); i >= 0 && i < 1024 {
		return FormatPDF
	}
	lower := strings.ToLower(string(bytes.TrimLeft(head, " \t\r\n\ufeff")))
	if strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html") ||
		strings.Contains(lower, "<body") || strings.Contains(lower, "<head") {
		return FormatHTML
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm":
		if strings.Contains(lower, "<") {
			return FormatHTML
		}
	}
	if looksLikeMarkdown(data) {
		return FormatMarkdown
	}
	return FormatText
}

// looksLikeMarkdown counts Markdown constructs that plain-text dumps never
// contain: ATX headings, bold labels, links and emphasis markup.
func looksLikeMarkdown(data []byte) bool {
	score := 0
	for _, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "#") && strings.Contains(t[:min(len(t), 7)], "# "):
			score += 2
		case strings.HasPrefix(t, "**") && strings.Contains(t[2:], "**"):
			score += 2
		case strings.Contains(t, "](") && strings.Contains(t, "["):
			score++
		}
		if score >= 4 {
			return true
		}
	}
	return false
}
