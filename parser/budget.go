package parser

import (
	"context"
	"errors"
	"fmt"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
)

// withBudget runs f under the time budget of o. f runs in its own
// goroutine, so the budget holds even when f blocks without checking its
// context: on expiry withBudget returns the timeout error at once and the
// goroutine, whose result nobody reads any more, finishes on its own (it
// sees the cancelled context at its next check). A panic in f becomes an
// *Error (ErrMalformed).
func withBudget[T any](ctx context.Context, o *options, f func(context.Context) (T, error)) (T, error) {
	var zero T
	if o.limits.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.limits.Timeout)
		defer cancel()
	}
	if err := ctx.Err(); err != nil {
		return zero, o.wrap(err)
	}
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1) // buffered: a late result never blocks
	go func() {
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
	select {
	case res := <-done:
		if res.err != nil {
			return zero, o.wrap(res.err)
		}
		return res.v, nil
	case <-ctx.Done():
		// A result that raced with the deadline still wins.
		select {
		case res := <-done:
			if res.err != nil {
				return zero, o.wrap(res.err)
			}
			return res.v, nil
		default:
		}
		return zero, o.wrap(ctx.Err())
	}
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
