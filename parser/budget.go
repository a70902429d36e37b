package parser

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// stopGrace is how long withBudget waits, once the budget is spent, for
// the work to notice and stop. Every stage checks its context within a
// millisecond or so; only a call blocked in the system (opening a FIFO
// that has no writer, reading a stdin that never closes) takes longer,
// and it is abandoned: it holds no CPU and nothing the caller sees.
const stopGrace = 100 * time.Millisecond

// onMeter, when set (by tests), sees the meter of each parse when
// withBudget returns.
var onMeter func(*budget.Meter)

// abandoned counts the calls withBudget gave up waiting for: a stage that
// did not stop within stopGrace of its deadline. The tests want none.
var abandoned atomic.Int64

// withBudget runs f under the budgets of o: the time budget is the
// deadline of the context f gets, the memory budget a budget.Meter it
// carries. f runs in its own goroutine, so the time budget holds even when
// f blocks in a call that does not check the context; when the deadline
// passes, withBudget cancels f's context and waits (up to stopGrace) for f
// to return, so that no parse outlives its budget holding CPU and memory.
// A panic in f becomes an *Error (ErrMalformed).
func withBudget[T any](ctx context.Context, o *options, f func(context.Context) (T, error)) (T, error) {
	var zero T
	var cancel context.CancelFunc
	if o.limits.Timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, o.limits.Timeout)
	} else {
		ctx, cancel = context.WithCancel(ctx)
	}
	defer cancel()
	if err := ctx.Err(); err != nil {
		return zero, o.wrap(err)
	}
	meter := budget.NewMeter(o.limits.MaxMemory)
	ctx = budget.With(ctx, meter)
	if onMeter != nil {
		defer func() { onMeter(meter) }()
	}
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1) // buffered: an abandoned call never blocks
	go func() {
		growStack(0)
		var res result
		defer func() {
			if catchPanics {
				if r := recover(); r != nil {
					res = result{err: failure.Errorf(ErrMalformed, "internal error: %s (please report this file)", fmt.Sprint(r))}
				}
			}
			done <- res
		}()
		res.v, res.err = f(ctx)
	}()
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
		cancel() // a no-op for a deadline; says "stop" all the same
		t := time.NewTimer(stopGrace)
		defer t.Stop()
		select {
		case res = <-done:
			// A result that raced with the deadline still wins.
		case <-t.C:
			abandoned.Add(1)
			res.err = ctx.Err()
		}
	}
	if res.err != nil {
		return zero, o.wrap(res.err)
	}
	return res.v, nil
}

// parseStack is the stack a parse's goroutine is given at its start: a
// Markdown or HTML notice's parse reaches 8 KiB (goldmark's block tree
// and the extraction's calls).
const parseStack = 8 << 10

// growStack grows the calling goroutine's stack at once to more than
// parseStack bytes, while it holds one frame: a goroutine starts with a
// small stack, and one that grows as the parse goes deeper is copied,
// and every frame on it adjusted, at each doubling (twice a parse,
// about 30,000 instructions: 2-3 % of a small notice's parse). i is 0;
// the frame is used so that the compiler keeps it.
//
//go:noinline
func growStack(i int) byte {
	var frame [parseStack]byte
	return frame[i]
}

// wrap turns any error of a stage into an *Error naming the input.
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
		e = failure.Limitf(LimitTime, int64(o.limits.Timeout), "time budget of %s exceeded", o.limits.Timeout)
	} else {
		e = &Error{Reason: failure.OneLine(err.Error()), Err: err}
	}
	e.Name = o.name
	return e
}

// extractCost estimates what extraction builds from a section stream:
// the language halves and the sections copy the blocks, and the
// vacancy's strings copy their text.
func extractCost(doc *stream.Document) int64 {
	var text int64
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		text += int64(len(b.Text) + len(b.Label) + len(b.Marker))
	}
	return int64(len(doc.Blocks))*extractBlockCost + text/2
}

// extractBlockCost is the bytes extraction spends per block, measured
// (350 to 400): a copy in its language half, a schema.Content in its
// section, cleaned copies of short texts (long ones are mostly kept as
// they are, hence half the text).
const extractBlockCost = 400
