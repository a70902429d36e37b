package pdftext

import (
	"context"
	"errors"
	"sync/atomic"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
)

// The text layer charges the parse's memory budget (budget.From(ctx))
// as it allocates in proportion to its input, before or while it
// allocates: inflated streams chunk by chunk, expanded object streams,
// CMap tables, glyph buffers, the lines of the layout. Over the budget,
// the extraction stops with the budget's error.
//
// What the extraction holds only while it runs (streams, fonts, CMaps,
// glyphs) is given back when it ends; the document's lines stay charged,
// for the caller holds them.

// account is the extraction's share of the memory budget. Its methods
// are safe for concurrent use (two goroutines read the pages); a nil
// meter charges nothing.
type account struct {
	m         *budget.Meter
	transient atomic.Int64 // charged for the extraction's own use
}

func newAccount(ctx context.Context) *account { return &account{m: budget.From(ctx)} }

// charge charges n bytes the extraction holds while it runs.
func (a *account) charge(n int64) error {
	if a == nil || a.m == nil || n <= 0 {
		return nil
	}
	a.transient.Add(n)
	return a.m.Charge(n)
}

// release gives back n bytes charged with charge.
func (a *account) release(n int64) {
	if a == nil || a.m == nil || n <= 0 {
		return
	}
	a.transient.Add(-n)
	a.m.Release(n)
}

// keep charges n bytes of the document, which outlive the extraction.
func (a *account) keep(n int64) error {
	if a == nil || a.m == nil {
		return nil
	}
	return a.m.Charge(n)
}

// close gives back what the extraction charged for its own use.
func (a *account) close() {
	if a == nil || a.m == nil {
		return
	}
	a.m.Release(a.transient.Swap(0))
}

// Estimates of the memory of what the text layer builds (they err on
// the high side, as the budget's do).
const (
	// cmapEntryCost is one entry of a CMap's map: the slot (key, string
	// header), the map's overhead, the text's allocation header.
	cmapEntryCost = 64
	// glyphCost is one glyph in the page's buffer, and in the layout's
	// copies and sorts of it.
	glyphCost = 3 * 64
	// lineCost is one line of the document: a Line (about 130 bytes)
	// and the layout's intermediate structures for it.
	lineCost = 256
	// fontCost is a font: tables of 256 texts, widths and ids.
	fontCost = 16 << 10
	// cidWidthCost is one entry of a composite font's widths.
	cidWidthCost = 40
)

// isBudget reports whether err is the memory budget's or the context's:
// errors that end the extraction whatever path it takes (no second read
// of a file that ran out of memory or time).
func isBudget(err error) bool {
	return err != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, failure.ErrLimit))
}
