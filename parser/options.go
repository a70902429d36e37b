package parser

import (
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/markup"
	"github.com/vacancy-tools/vacancy/parser/internal/pdftext"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
)

// Limits bound the work done on one input. Zero fields take the default
// (DefaultLimits).
type Limits struct {
	MaxBytes        int64         // input size
	MaxPages        int           // PDF pages
	MaxStreamBytes  int64         // one decompressed PDF stream
	MaxLineBytes    int           // one line of text input
	Timeout         time.Duration // whole parse, reading the input included
	MaxNestingDepth int           // Markdown/HTML nesting
	// MaxMemory bounds the memory the stages of one parse build from
	// the input (the input itself included), as the stages estimate it
	// before they allocate: see package parser/internal/budget.
	MaxMemory int64
}

// DefaultLimits are the limits used where none are set: 64 MiB of input,
// 200 PDF pages, 32 MiB per decompressed PDF stream, 1 MiB per line of
// text, 10 s per parse, 100 levels of nesting, 256 MiB of memory.
func DefaultLimits() Limits {
	return Limits{
		MaxBytes:        64 << 20, // a notice with its annexes is under a few MB
		MaxPages:        pdftext.DefaultMaxPages,
		MaxStreamBytes:  pdftext.DefaultMaxStreamBytes,
		MaxLineBytes:    1 << 20, // a text notice's lines are short; a megabyte without a newline is not one
		Timeout:         10 * time.Second,
		MaxNestingDepth: markup.DefaultMaxNesting,
		// A notice of a few MB takes tens of MB; a process parsing one
		// file stays under 300 MB of resident memory at this budget.
		MaxMemory: 256 << 20,
	}
}

type options struct {
	name     string // file name for messages and the extension hint
	format   Format // forced format; "" detects
	password string
	limits   Limits
	vocab    *vocab.Vocabulary
	// sequential reads PDF pages on one goroutine (WithSequentialPages)
	sequential bool
	// noProvenance leaves Vacancy.Provenance out (WithProvenance(false))
	noProvenance bool
}

// Option configures Parse, Read and Extract.
type Option func(*options)

// WithName names the input in error messages; its extension is a hint to
// format detection, never overriding what the content says.
func WithName(name string) Option { return func(o *options) { o.name = name } }

// WithFormat forces a format instead of detecting it.
func WithFormat(f Format) Option { return func(o *options) { o.format = f } }

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
		d := DefaultLimits()
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
		if l.MaxMemory > 0 {
			d.MaxMemory = l.MaxMemory
		}
		o.limits = d
	}
}

// Vocabulary is what the parser knows of the words of notices: field
// labels and section headings in English and French. Extend the default
// one for another body's labels:
//
//	v := parser.DefaultVocabulary().Extend([]parser.FieldLabel{
//		{Field: "location", EN: "Place of assignment", FR: "Lieu d'affectation"},
//	}, nil)
//	vac, err := parser.ParseBytes(ctx, data, parser.WithVocabulary(v))
type Vocabulary = vocab.Vocabulary

// FieldLabel is one English/French spelling pair of a header field's
// label. The fields are those of schema.Vacancy ("location",
// "organisation", "schedule", "deadline", "salary", "grade", "clearance",
// "reference") and others that stay in the body ("contract_type",
// "job_family", "division").
type FieldLabel = vocab.FieldLabel

// SectionHeading is one English/French spelling pair of a section
// heading; Kind is one of schema.SectionKinds. A spelling ending in "*"
// matches every heading that starts with it.
type SectionHeading = vocab.SectionHeading

// DefaultVocabulary is the vocabulary the parser uses unless told
// otherwise.
func DefaultVocabulary() *Vocabulary { return vocab.Default() }

// WithVocabulary reads notices with v instead of the default vocabulary.
func WithVocabulary(v *Vocabulary) Option { return func(o *options) { o.vocab = v } }

// WithProvenance says whether a vacancy says where each value was read
// (Vacancy.Provenance, on by default). Without it the JSON is smaller.
func WithProvenance(on bool) Option { return func(o *options) { o.noProvenance = !on } }

func newOptions(opts []Option) *options {
	o := &options{limits: DefaultLimits()}
	for _, f := range opts {
		f(o)
	}
	if o.vocab == nil {
		o.vocab = vocab.Default()
	}
	return o
}
