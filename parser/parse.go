package parser

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/extract"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

// Parse reads one vacancy notice from r and extracts it. Reading r is
// part of the time budget: a reader that never ends (a pipe nobody
// closes) ends in the time-out error. A reader with a SetReadDeadline
// method (a pollable *os.File, a net.Conn) gets the budget's deadline;
// any other is abandoned, not interrupted, when the budget is spent.
func Parse(ctx context.Context, r io.Reader, opts ...Option) (*schema.Vacancy, error) {
	o := newOptions(opts)
	return withBudget(ctx, o, func(ctx context.Context) (*schema.Vacancy, error) {
		data, err := readAll(ctx, r, o, -1)
		if err != nil {
			return nil, err
		}
		return parseData(ctx, data, o)
	})
}

// ParseBytes is Parse for input already in memory.
func ParseBytes(ctx context.Context, data []byte, opts ...Option) (*schema.Vacancy, error) {
	o := newOptions(opts)
	if int64(len(data)) > o.limits.MaxBytes {
		return nil, o.wrap(tooLarge(o))
	}
	return withBudget(ctx, o, func(ctx context.Context) (*schema.Vacancy, error) {
		// The input is memory the parse holds, whoever allocated it.
		if err := budget.Charge(ctx, int64(len(data))); err != nil {
			return nil, err
		}
		return parseData(ctx, data, o)
	})
}

// ParseFile is Parse for the file at path, which also names it in errors
// unless WithName says otherwise. Opening the file is part of the time
// budget too: opening a FIFO waits for a writer.
func ParseFile(ctx context.Context, path string, opts ...Option) (*schema.Vacancy, error) {
	o := newOptions(append([]Option{WithName(path)}, opts...))
	if err := checkFile(path, o); err != nil {
		return nil, err
	}
	return withBudget(ctx, o, func(ctx context.Context) (*schema.Vacancy, error) {
		data, err := readFile(ctx, path, o)
		if err != nil {
			return nil, err
		}
		return parseData(ctx, data, o)
	})
}

// parseData reads and extracts, in the budget withBudget set.
func parseData(ctx context.Context, data []byte, o *options) (*schema.Vacancy, error) {
	// The texts the fields stage finds open with no field label, which
	// the extraction need not look up again: passed here only, where one
	// vocabulary reads both (Read and Extract may be given two).
	noField := map[string]bool{}
	doc, err := readDocument(ctx, data, o, noField)
	if err != nil {
		return nil, err
	}
	// Extraction copies the stream into halves and sections: charged
	// before, and the context checked on both sides of it.
	if err := budget.Charge(ctx, extractCost(doc)); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	v, err := extract.Extract(ctx, doc, o.vocab, noField)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	o.finish(v, doc)
	return v, nil
}

// Read reads one file into its section stream without extracting a vacancy:
// the view `vacancy text` prints.
func Read(ctx context.Context, r io.Reader, opts ...Option) (*stream.Document, error) {
	o := newOptions(opts)
	return withBudget(ctx, o, func(ctx context.Context) (*stream.Document, error) {
		data, err := readAll(ctx, r, o, -1)
		if err != nil {
			return nil, err
		}
		return readDocument(ctx, data, o, nil)
	})
}

// ReadFile is Read for the file at path, as ParseFile is Parse.
func ReadFile(ctx context.Context, path string, opts ...Option) (*stream.Document, error) {
	o := newOptions(append([]Option{WithName(path)}, opts...))
	if err := checkFile(path, o); err != nil {
		return nil, err
	}
	return withBudget(ctx, o, func(ctx context.Context) (*stream.Document, error) {
		data, err := readFile(ctx, path, o)
		if err != nil {
			return nil, err
		}
		return readDocument(ctx, data, o, nil)
	})
}

// Extract turns a section stream into a vacancy; a document that does not
// carry the evidence of a vacancy notice is refused with ErrNotVacancy.
// Of the options, only WithVocabulary, WithName and WithProvenance apply.
func Extract(doc *stream.Document, opts ...Option) (*schema.Vacancy, error) {
	o := newOptions(opts)
	v, err := extract.Extract(context.Background(), doc, o.vocab, nil)
	if err != nil {
		return nil, o.wrap(err)
	}
	o.finish(v, doc)
	return v, nil
}

// finish applies the options that shape a vacancy once extracted, and
// what the reader found besides the stream.
func (o *options) finish(v *schema.Vacancy, doc *stream.Document) {
	v.Source.File = o.name
	v.Source.Date = doc.Date
	if o.noProvenance {
		v.Provenance = nil
	}
}

// checkFile refuses a path that does not exist or is a folder, before
// the budget starts: stat never blocks, even on a FIFO.
func checkFile(path string, o *options) error {
	st, err := os.Stat(path)
	if err != nil {
		return pathError(err, o)
	}
	if st.IsDir() {
		return o.wrap(failure.Errorf(ErrUnsupported, "is a directory"))
	}
	return nil
}

// pathError is the *Error of a failed open or stat: the reason without
// the path, which the name already gives.
func pathError(err error, o *options) error {
	reason := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	return &Error{Name: o.name, Reason: failure.OneLine(reason), Err: err}
}

// readFile opens and reads path: a regular file in one read of its size,
// anything else (a FIFO, a device) as a stream.
func readFile(ctx context.Context, path string, o *options) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(err, o)
	}
	defer f.Close()
	size := int64(-1)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	return readAll(ctx, f, o, size)
}

// readChunk is how much readAll asks of the reader at a time; the context
// is checked between reads.
const readChunk = 64 << 10

// readAll reads r to its end under the size limit, the memory budget and
// the context: size, when known (>= 0), sizes the buffer at once.
func readAll(ctx context.Context, r io.Reader, o *options, size int64) ([]byte, error) {
	if d, ok := r.(interface{ SetReadDeadline(time.Time) error }); ok {
		if dl, ok := ctx.Deadline(); ok && d.SetReadDeadline(dl) == nil {
			defer d.SetReadDeadline(time.Time{})
		}
	}
	limit := o.limits.MaxBytes
	if size > limit {
		return nil, tooLarge(o)
	}
	capacity := int64(readChunk)
	if size >= 0 {
		capacity = size + 1 // one more byte to see the end
	}
	if err := budget.Charge(ctx, capacity); err != nil {
		return nil, err
	}
	buf := make([]byte, 0, capacity)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			// Grow by half, not double: the old buffer and the new one
			// are both charged while the copy is made.
			grow := max(int64(cap(buf))/2, readChunk)
			if err := budget.Charge(ctx, int64(cap(buf))+grow); err != nil {
				return nil, err
			}
			nb := make([]byte, len(buf), int64(cap(buf))+grow)
			copy(nb, buf)
			budget.From(ctx).Release(int64(cap(buf)))
			buf = nb
		}
		n, err := r.Read(buf[len(buf):min(cap(buf), len(buf)+readChunk)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, tooLarge(o)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, failure.Errorf(err, "cannot read: %v", err)
		}
	}
}

func tooLarge(o *options) error {
	return failure.Limitf(LimitSize, o.limits.MaxBytes, "file is larger than the %d-byte limit", o.limits.MaxBytes)
}
