package parser

import (
	"context"
	"errors"
	"math"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftext"
)

// ErrNoText is returned for a PDF without a text layer (a scan).
var ErrNoText = errors.New("no text layer")

func init() { readers[FormatPDF] = readPDF }

// readPDF reads a PDF through our own text layer (package pdftext) and
// turns its lines into the section stream.
func readPDF(ctx context.Context, data []byte, o *options) (*Document, error) {
	doc, err := extractPDF(ctx, data, o)
	if err != nil {
		return nil, err
	}
	return &Document{Pages: len(doc.Pages), Blocks: assembleLines(pdfLines(doc))}, nil
}

// extractPDF runs the text layer with the parse options and limits.
func extractPDF(ctx context.Context, data []byte, o *options) (*pdftext.Document, error) {
	doc, err := pdftext.Extract(ctx, data, pdftext.Options{
		Password:       o.password,
		MaxPages:       o.limits.MaxPages,
		MaxStreamBytes: o.limits.MaxStreamBytes,
		Sequential:     o.sequential,
	})
	if err != nil {
		return nil, pdfError(o, err)
	}
	return doc, nil
}

// pdfError maps a pdftext error to the parser's sentinels.
func pdfError(o *options, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return err
	}
	sentinel := ErrMalformed
	switch {
	case errors.Is(err, pdftext.ErrNoText):
		sentinel = ErrNoText
	case errors.Is(err, pdftext.ErrEncrypted), errors.Is(err, pdftext.ErrUnsupported):
		sentinel = ErrUnsupported
	case errors.Is(err, pdftext.ErrLimit):
		sentinel = ErrLimit
	}
	msg := err.Error()
	// pdftext names the limit; the caller is told how to raise it.
	switch {
	case errors.Is(err, pdftext.ErrPageLimit):
		msg += " (raise it with --max-pages)"
	case errors.Is(err, pdftext.ErrStreamLimit):
		msg += " (raise it with --max-stream)"
	}
	return o.errorf(sentinel, "%s", msg)
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
	boxes := make([]Box, 0, n)
	for _, p := range doc.Pages {
		for i, l := range p.Lines {
			col := l.ColumnBox
			width := col.X1 - col.X0
			boxes = append(boxes, Box{X0: l.Box.X0, Y0: l.Box.Y0, X1: l.Box.X1, Y1: l.Box.Y1})
			ln := Line{
				Text:     l.Text,
				Pos:      Pos{Page: p.Number, Line: i + 1},
				Box:      &boxes[len(boxes)-1],
				Indent:   math.Max(0, (l.Box.X0-col.X0)/body),
				Fill:     1,
				Gap:      -1,
				Break:    l.BlockStart,
				Bold:     l.Bold,
				Size:     l.Size / body,
				LeadBold: l.LeadBold,
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
