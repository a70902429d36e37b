// Package budget is the accountant of one parse. The time budget is the
// context's deadline; the memory budget is a Meter, carried in the same
// context, that every stage charges before it allocates in proportion to
// its input: the bytes of a decoded text, a slice of lines, a tree of
// nodes, the blocks of the section stream. Over the budget, Charge fails
// with one error naming the limit, and the stage stops before the
// allocation it was about to make.
//
// The charges are estimates of the live memory a stage builds — sizes of
// the structures times their counts, counted before they are built —
// not measurements of the heap: several parses share one heap, and
// garbage is the collector's business. The estimates err on the high side
// so that the budget trips before the process outgrows it.
//
// Loops that can run long call a Ticker, which checks the context every
// so many steps, so that a parse past its deadline (or cancelled by its
// caller) stops within milliseconds and frees what it holds.
package budget

import (
	"context"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
)

// Meter counts the bytes charged to one parse against its maximum. It is
// safe for concurrent use (the PDF text layer reads pages on two
// goroutines). A nil *Meter charges nothing and never fails.
type Meter struct {
	max  int64
	used atomic.Int64
	peak atomic.Int64
}

// NewMeter returns a meter of max bytes; max <= 0 means no limit.
func NewMeter(max int64) *Meter { return &Meter{max: max} }

// Charge adds n bytes to the meter. Once the total is over the maximum,
// this Charge and every later one fail with a *failure.Error wrapping a
// *failure.LimitError for failure.LimitMemory.
func (m *Meter) Charge(n int64) error {
	if m == nil || n <= 0 {
		return nil
	}
	used := m.used.Add(n)
	for p := m.peak.Load(); used > p && !m.peak.CompareAndSwap(p, used); p = m.peak.Load() {
	}
	if m.max > 0 && used > m.max {
		return m.err()
	}
	return nil
}

// Release gives back n bytes charged for a structure the stage no longer
// holds.
func (m *Meter) Release(n int64) {
	if m != nil && n > 0 {
		m.used.Add(-n)
	}
}

// Used is the number of bytes charged and not released.
func (m *Meter) Used() int64 {
	if m == nil {
		return 0
	}
	return m.used.Load()
}

// Peak is the most bytes charged at once.
func (m *Meter) Peak() int64 {
	if m == nil {
		return 0
	}
	return m.peak.Load()
}

// Max is the maximum of the meter; 0 when unlimited.
func (m *Meter) Max() int64 {
	if m == nil {
		return 0
	}
	return m.max
}

func (m *Meter) err() error {
	return failure.Limitf(failure.LimitMemory, m.max, "memory budget of %s exceeded", Size(m.max))
}

type meterKey struct{}

// With returns ctx carrying m.
func With(ctx context.Context, m *Meter) context.Context {
	return context.WithValue(ctx, meterKey{}, m)
}

// From returns the meter ctx carries, or nil.
func From(ctx context.Context) *Meter {
	m, _ := ctx.Value(meterKey{}).(*Meter)
	return m
}

// Charge charges n bytes to the meter of ctx, if it carries one.
func Charge(ctx context.Context, n int64) error { return From(ctx).Charge(n) }

// Ticker checks a context every tickEvery calls of Tick: often enough that
// a loop stops within a millisecond of its deadline, rarely enough that
// the check costs nothing measurable.
type Ticker struct {
	ctx context.Context
	n   uint32
}

const tickEvery = 1024

// NewTicker returns a ticker on ctx.
func NewTicker(ctx context.Context) Ticker { return Ticker{ctx: ctx} }

// Tick returns the context's error every tickEvery calls, nil otherwise.
// A nil *Ticker never reports an error.
func (t *Ticker) Tick() error {
	if t == nil {
		return nil
	}
	t.n++
	if t.n%tickEvery != 0 {
		return nil
	}
	return t.check()
}

// check is Tick's rare path, apart so that Tick is small enough to be
// inlined in the loops that call it for every item.
//
//go:noinline
func (t *Ticker) check() error { return t.Err() }

// Err returns the context's error now.
func (t *Ticker) Err() error {
	if t == nil || t.ctx == nil {
		return nil
	}
	return t.ctx.Err()
}

// Size renders a byte count for a person: "256 MiB", "1.5 GiB", "900 bytes".
func Size(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if n >= u.size {
			s := strconv.FormatFloat(float64(n)/float64(u.size), 'f', 1, 64)
			return strings.TrimSuffix(s, ".0") + " " + u.name
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
