package parser

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file holds the plumbing that keeps one parse inside its Limits:
// the time budget (withBudget) and the one-line error messages.

// catchPanics turns a reader's or the extractor's panic into an *Error.
// The fuzz tests switch it off so that a panic reaches the fuzzer with its
// stack instead of being reported as a malformed input.
var catchPanics = true

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
					res = result{err: o.errorf(ErrMalformed, "internal error: %s (please report this file)", oneLine(fmt.Sprint(r)))}
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

// oneLine folds a message onto one line: an *Error's message is one line
// ("name: reason") whatever a dependency put in its own.
func oneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }) >= 0 {
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f || r == ' ' }), " ")
	}
	// A dependency may quote the rest of the file in its message.
	const maxReason = 240
	if len(s) > maxReason {
		cut := maxReason
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
