package paged

import (
	"cmp"
	"context"
	"errors"
	"math"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/pdftext"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// ReadPDF reads a PDF through our own text layer (package pdftext) and
// turns its lines into the section stream.
func ReadPDF(ctx context.Context, data []byte, lex Lexicon, opts pdftext.Options) (*stream.Document, error) {
	// The text layer charges the memory budget as it reads (its
	// document stays charged); the assembler's lines are charged here
	// before they are made.
	doc, err := pdftext.Extract(ctx, data, opts)
	if err != nil {
		return nil, pdfError(err, opts)
	}
	n := 0
	for _, p := range doc.Pages {
		n += len(p.Lines)
	}
	linesCost := int64(n) * pdfLineCost
	if err := budget.Charge(ctx, linesCost); err != nil {
		return nil, err
	}
	blocks, err := assembleLines(ctx, lex, tailColumn(pdfLines(doc)))
	if err != nil {
		return nil, err
	}
	budget.From(ctx).Release(linesCost) // the blocks are charged as made
	sizes := make([]stream.PageSize, len(doc.Pages))
	for i, p := range doc.Pages {
		sizes[i] = stream.PageSize{Width: p.Width, Height: p.Height}
	}
	return &stream.Document{Pages: len(doc.Pages), Date: doc.Created, Blocks: stitchColumns(lex, blocks), PageSizes: sizes}, nil
}

// pdfLineCost is the memory of a line in the assembler: a Line with its
// Box and bookkeeping.
const pdfLineCost = 160

// pdfError maps a pdftext error to the parser's failures. The budget's
// errors (the context's, and the memory limit's, which the text layer
// passes on as they are) stay as they are.
func pdfError(err error, opts pdftext.Options) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) || errors.Is(err, failure.ErrLimit) {
		return err
	}
	switch {
	case errors.Is(err, pdftext.ErrPageLimit):
		return failure.Limitf(failure.LimitPages, int64(cmp.Or(opts.MaxPages, pdftext.DefaultMaxPages)), "%s", pdfReason(err.Error()))
	case errors.Is(err, pdftext.ErrStreamLimit):
		return failure.Limitf(failure.LimitStream, cmp.Or(opts.MaxStreamBytes, pdftext.DefaultMaxStreamBytes), "%s", pdfReason(err.Error()))
	case errors.Is(err, pdftext.ErrFormLimit):
		return failure.Errorf(failure.ErrLimit, "%s", pdfReason(err.Error()))
	}
	sentinel := failure.ErrMalformed
	switch {
	case errors.Is(err, pdftext.ErrNoText):
		sentinel = failure.ErrNoText
	case errors.Is(err, pdftext.ErrEncrypted), errors.Is(err, pdftext.ErrUnsupported):
		sentinel = failure.ErrUnsupported
	case errors.Is(err, pdftext.ErrLimit):
		sentinel = failure.ErrLimit
	}
	return failure.Errorf(sentinel, "%s", pdfReason(err.Error()))
}

// pdfLines converts pdftext lines into assembler lines with layout hints:
// indent and fill relative to the line's column, vertical gap in line
// heights, breaks at column and cell starts, bold and size relative to
// the body text.
func pdfLines(doc *pdftext.Document) []Line {
	body := pdfBodySize(doc)
	lead := pdfLeading(doc)
	n := 0
	for _, p := range doc.Pages {
		n += len(p.Lines)
	}
	// One allocation for all the lines and one for all their boxes.
	out := make([]Line, 0, n)
	boxes := make([]stream.Box, 0, n)
	for _, p := range doc.Pages {
		for i, l := range p.Lines {
			col := l.ColumnBox
			width := col.X1 - col.X0
			boxes = append(boxes, l.Box)
			ln := Line{
				Text:     l.Text,
				Pos:      stream.Pos{Page: p.Number, Line: i + 1},
				Box:      &boxes[len(boxes)-1],
				Indent:   math.Max(0, (l.Box.X0-col.X0)/body),
				Fill:     1,
				Gap:      -1,
				Break:    l.BlockStart,
				Bold:     l.Bold,
				Size:     l.Size / body,
				LeadBold: l.LeadBold,
				Cell:     l.Cell,
				CellX:    l.CellX,
				Tail:     l.Tail,
				TailX:    l.TailX,
			}
			if width > 0 {
				ln.Fill = pdfClamp01((l.Box.X1 - col.X0) / width)
			}
			if i > 0 && !l.BlockStart {
				prev := p.Lines[i-1]
				dy := prev.Baseline - l.Baseline
				if prev.Column == l.Column && dy > 0 {
					step := lead * math.Max(prev.Size, l.Size)
					ln.Gap = math.Max(0, (dy-step)/step)
					ln.Gap = math.Round(ln.Gap*100) / 100
				}
			}
			out = append(out, ln)
		}
	}
	return out
}

// pdfBodySize is the most common line font size, weighted by characters.
func pdfBodySize(doc *pdftext.Document) float64 {
	count := map[float64]int{}
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			count[l.Size] += len(l.Text)
		}
	}
	best, n := 10.0, -1
	for s, c := range count {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	if best <= 0 {
		best = 10
	}
	return best
}

// pdfLeading is the most common baseline distance between consecutive
// lines of a column, in font sizes (1.2 when unknown).
func pdfLeading(doc *pdftext.Document) float64 {
	count := map[float64]int{}
	for _, p := range doc.Pages {
		for i := 1; i < len(p.Lines); i++ {
			a, b := p.Lines[i-1], p.Lines[i]
			dy := a.Baseline - b.Baseline
			s := math.Max(a.Size, b.Size)
			if a.Column != b.Column || b.BlockStart || dy <= 0 || s <= 0 {
				continue
			}
			count[math.Round(dy/s*20)/20]++
		}
	}
	best, n := 1.2, 0
	for r, c := range count {
		if r >= 0.8 && r <= 3 && (c > n || c == n && r < best) {
			best, n = r, c
		}
	}
	return best
}

func pdfClamp01(x float64) float64 {
	return math.Max(0, math.Min(1, x))
}
