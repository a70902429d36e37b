package parser

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/fields"
	"github.com/vacancy-tools/vacancy/parser/internal/markup"
	"github.com/vacancy-tools/vacancy/parser/internal/paged"
	"github.com/vacancy-tools/vacancy/parser/internal/pdftext"
	"github.com/vacancy-tools/vacancy/parser/internal/textenc"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// Format is a file format a reader can read.
type Format string

// The formats.
const (
	FormatPDF      Format = "pdf"
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
)

// Formats lists the formats there is a reader for.
var Formats = []Format{FormatPDF, FormatText, FormatMarkdown, FormatHTML}

// readFunc reads one format into the section stream.
type readFunc func(ctx context.Context, data []byte, o *options) (*stream.Document, error)

// readers is the registry: the reader of each format, and how the
// options reach it. The page-based readers get the vocabulary as their
// Lexicon; the markup readers need none.
var readers = map[Format]readFunc{
	FormatPDF: func(ctx context.Context, data []byte, o *options) (*stream.Document, error) {
		return paged.ReadPDF(ctx, data, o.vocab, pdftext.Options{
			Password:       o.password,
			MaxPages:       o.limits.MaxPages,
			MaxStreamBytes: o.limits.MaxStreamBytes,
			Sequential:     o.sequential,
		})
	},
	FormatText: func(ctx context.Context, data []byte, o *options) (*stream.Document, error) {
		return paged.ReadText(ctx, data, o.vocab, o.limits.MaxLineBytes)
	},
	FormatMarkdown: func(ctx context.Context, data []byte, o *options) (*stream.Document, error) {
		return markup.ReadMarkdown(ctx, data, markup.Options{MaxNesting: o.limits.MaxNestingDepth})
	},
	FormatHTML: func(ctx context.Context, data []byte, o *options) (*stream.Document, error) {
		return markup.ReadHTML(ctx, data, markup.Options{MaxNesting: o.limits.MaxNestingDepth})
	},
}

// catchPanics turns a reader's or the extractor's panic into an *Error.
// The fuzz tests switch it off so that a panic reaches the fuzzer with its
// stack instead of being reported as a malformed input.
var catchPanics = true

// readDocument detects the format of data and reads it with its reader.
// noField, if not nil, gathers the fields stage's texts without a field
// label (fields.Recognize).
func readDocument(ctx context.Context, data []byte, o *options, noField map[string]bool) (doc *stream.Document, err error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, failure.Errorf(ErrEmpty, "empty file")
	}
	format := o.format
	if format == "" {
		if reason := UnsupportedReason(data[:min(len(data), 4096)], o.name); reason != "" {
			return nil, failure.Errorf(ErrUnsupported, "%s", reason)
		}
		format = DetectFormat(data, o.name)
	}
	read, ok := readers[format]
	if !ok {
		return nil, failure.Errorf(ErrUnsupported, "unknown format %q", format)
	}
	defer func() {
		// A reader bug or a dependency's panic must never reach the user
		// as a stack trace.
		if !catchPanics {
			return
		}
		if r := recover(); r != nil {
			// The PDF library's panics on a damaged file are caught
			// where it is called, as ErrMalformed: what reaches here is
			// a reader's own fault, said as the extractor's is.
			doc, err = nil, failure.Errorf(ErrMalformed, "internal error reading %s: %s (please report this file)", format, fmt.Sprint(r))
		}
	}()
	doc, err = read(ctx, data, o)
	if err != nil {
		return nil, err
	}
	doc.Format = string(format)
	stream.TypedListItems(doc.Blocks)
	// The fields stage copies the blocks: the copy is charged while both
	// are held, and the context checked before it.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	copyCost := stream.Cost(doc.Blocks)
	if err := budget.Charge(ctx, copyCost); err != nil {
		return nil, err
	}
	blocks, err := fields.Recognize(ctx, o.vocab, doc.Blocks, noField)
	budget.From(ctx).Release(copyCost)
	if err != nil {
		return nil, err
	}
	doc.Blocks = blocks
	return doc, nil
}

// DetectFormat decides the format of data from its content; the file
// name's extension only breaks ties between text and Markdown. Text is
// read as the readers will read it, decoded (UTF-16, a BOM, CR line ends):
// a Markdown file in UTF-16 is Markdown.
func DetectFormat(data []byte, name string) Format {
	head := data[:min(len(data), headBytes)]
	if i := bytes.Index(head, []byte("%PDF-")); i >= 0 && i < 1024 {
		return FormatPDF
	}
	// Text whose encoding hides its markup (UTF-16, CR-only line ends)
	// is decoded for the guess, its first maxSniffBytes: the guess needs
	// no copy of a whole 60 MB file.
	if h := data[:min(len(data), maxSniffBytes)]; len(h) > 0 {
		if s := textenc.Sniff(h); len(s) == 0 || &s[0] != &h[0] {
			data = s
		}
	}
	head = data[:min(len(data), headBytes)]
	marked, angled := htmlMarks(head)
	if marked {
		return FormatHTML
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm":
		if angled {
			return FormatHTML
		}
	}
	if looksLikeMarkdown(data) {
		return FormatMarkdown
	}
	return FormatText
}

// headBytes is how much of a file's start DetectFormat reads for the
// markers of HTML.
const headBytes = 4096

// htmlMarks reports whether head, trimmed, opens an HTML document or has
// its body or head in it (marked), and whether it has a "<" at all.
//
// The markers are ASCII, and none has an i or a k, the only ASCII letters
// other letters lower-case to (İ, the Kelvin sign): comparing the head's
// ASCII letters without their case finds them as strings.ToLower of the
// head did, without decoding each rune of a page in French; and each
// marker starts with "<", which most texts do not have.
func htmlMarks(head []byte) (marked, angled bool) {
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	if markup.HasASCIIPrefixFold(head, "<!doctype html") || markup.HasASCIIPrefixFold(head, "<html") {
		return true, true
	}
	for i := bytes.IndexByte(head, '<'); i >= 0; {
		angled = true
		if markup.HasASCIIPrefixFold(head[i:], "<body") || markup.HasASCIIPrefixFold(head[i:], "<head") {
			return true, true
		}
		j := bytes.IndexByte(head[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false, angled
}

// maxSniffBytes is how much of a text DetectFormat decodes, when it must,
// to guess its format: Markdown shows itself in its first lines.
const maxSniffBytes = 1 << 20

// isStrongStart reports a line that opens with Markdown's strong
// emphasis, "**Grade:** G15": its text starts right after the opening
// "**" and ends right before a closing one. A banner of asterisks,
// "*** ENGLISH ***", opens none.
func isStrongStart(t []byte) bool {
	if len(t) < 5 || !bytes.HasPrefix(t, []byte("**")) || t[2] == ' ' || t[2] == '*' {
		return false
	}
	for i := 3; i+1 < len(t); i++ {
		if t[i] == '*' && t[i+1] == '*' && t[i-1] != ' ' {
			return true
		}
	}
	return false
}

// looksLikeMarkdown counts Markdown constructs that plain-text dumps never
// contain: ATX headings, bold labels, links and emphasis markup. It reads
// the lines in place: a copy of a 60 MB text, split, would take 80 MB.
func looksLikeMarkdown(data []byte) bool {
	score, wiki := 0, 0
	for line := range bytes.SplitSeq(data, []byte("\n")) {
		t := bytes.TrimSpace(line)
		switch {
		case paged.IsWikiHeading(t):
			// "h2. What you'll do": Confluence's or Jira's wiki markup,
			// whose "# " opens a numbered item, which the text reader
			// reads.
			if wiki++; wiki == paged.MinWikiHeadings {
				return false
			}
		case bytes.HasPrefix(t, []byte("#")) && bytes.Contains(t[:min(len(t), 7)], []byte("# ")):
			score += 2
		case isStrongStart(t):
			score += 2
		case bytes.Contains(t, []byte("](")) && bytes.Contains(t, []byte("[")):
			score++
		}
		if score >= 4 {
			return true
		}
	}
	return false
}
