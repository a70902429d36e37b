package parser

import (
	"context"
	"io"
	"os"

	"github.com/vacancy-tools/vacancy/parser/internal/extract"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

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
		return nil, o.wrap(tooLarge(o))
	}
	return parseBytes(ctx, data, o)
}

// ParseFile is Parse for the file at path, which also names it in errors
// unless WithName says otherwise.
func ParseFile(ctx context.Context, path string, opts ...Option) (*schema.Vacancy, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{Name: path, Reason: failure.OneLine(err.Error()), Err: err}
	}
	defer f.Close()
	return Parse(ctx, f, append([]Option{WithName(path)}, opts...)...)
}

// parseBytes reads and extracts under the time budget (budget.go).
func parseBytes(ctx context.Context, data []byte, o *options) (*schema.Vacancy, error) {
	return withBudget(ctx, o, func(ctx context.Context) (*schema.Vacancy, error) {
		doc, err := readDocument(ctx, data, o)
		if err != nil {
			return nil, err
		}
		v, err := extract.Extract(doc, o.vocab)
		if err != nil {
			return nil, err
		}
		o.finish(v)
		return v, nil
	})
}

// Read reads one file into its section stream without extracting a vacancy:
// the view `vacancy text` prints.
func Read(ctx context.Context, r io.Reader, opts ...Option) (*stream.Document, error) {
	o := newOptions(opts)
	data, err := readAll(r, o)
	if err != nil {
		return nil, err
	}
	return withBudget(ctx, o, func(ctx context.Context) (*stream.Document, error) {
		return readDocument(ctx, data, o)
	})
}

// Extract turns a section stream into a vacancy; a document that does not
// carry the evidence of a vacancy notice is refused with ErrNotVacancy.
// Of the options, only WithVocabulary, WithName and WithProvenance apply.
func Extract(doc *stream.Document, opts ...Option) (*schema.Vacancy, error) {
	o := newOptions(opts)
	v, err := extract.Extract(doc, o.vocab)
	if err != nil {
		return nil, o.wrap(err)
	}
	o.finish(v)
	return v, nil
}

// finish applies the options that shape a vacancy once extracted.
func (o *options) finish(v *schema.Vacancy) {
	v.Source.File = o.name
	if o.noProvenance {
		v.Provenance = nil
	}
}

func readAll(r io.Reader, o *options) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, o.limits.MaxBytes+1))
	if err != nil {
		return nil, o.wrap(failure.Errorf(err, "cannot read: %v", err))
	}
	if int64(len(data)) > o.limits.MaxBytes {
		return nil, o.wrap(tooLarge(o))
	}
	return data, nil
}

func tooLarge(o *options) error {
	return failure.Limitf(LimitSize, o.limits.MaxBytes, "file is larger than the %d-byte limit", o.limits.MaxBytes)
}
