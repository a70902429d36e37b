// Package failure defines how the parser fails: the sentinel errors,
// the one-line *Error every failure reaches the caller as, and the typed
// *LimitError for a limit that was hit. Package parser re-exports them;
// the stages build them here, so that no stage needs the facade.
//
// Messages are for a person and name no interface: a command-line tool
// or an HTTP service adds its own hint, naming its own flag or parameter,
// from LimitError.Limit.
package failure

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Sentinel errors, for errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrNotVacancy  = errors.New("not a vacancy notice")
	ErrUnsupported = errors.New("unsupported")
	ErrLimit       = errors.New("limit exceeded")
	ErrMalformed   = errors.New("malformed input")
	ErrNoText      = errors.New("no text layer")
)

// Error is a failure to read or parse one input. Its message is one line:
// "name: reason".
type Error struct {
	Name   string // the input, as given to parser.WithName; "" when unnamed
	Reason string // what was wrong, for a person
	Err    error  // the sentinel, a *LimitError or the underlying error
}

func (e *Error) Error() string {
	if e.Name == "" {
		return e.Reason
	}
	return e.Name + ": " + e.Reason
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an *Error, without a name, whose reason is the formatted
// message folded onto one line.
func Errorf(sentinel error, format string, args ...any) *Error {
	return &Error{Reason: OneLine(fmt.Sprintf(format, args...)), Err: sentinel}
}

// Limit names one of the limits a parse runs under.
type Limit string

// The limits.
const (
	LimitSize    Limit = "size"    // bytes of input
	LimitPages   Limit = "pages"   // pages of a PDF
	LimitStream  Limit = "stream"  // bytes of one decompressed PDF stream
	LimitLine    Limit = "line"    // bytes of one line of text
	LimitTime    Limit = "time"    // the time budget
	LimitNesting Limit = "nesting" // levels of Markdown or HTML nesting
	LimitMemory  Limit = "memory"  // bytes the stages of one parse hold
	LimitMarkup  Limit = "markup"  // Markdown constructs read in bounded time (fixed)
)

// LimitError is a limit that was hit. It wraps ErrLimit.
type LimitError struct {
	Limit Limit
	// Max is the limit's value: bytes, pages or levels, or for LimitTime
	// a time.Duration.
	Max    int64
	Reason string // for a person, naming the limit, never how to raise it
}

func (e *LimitError) Error() string { return e.Reason }
func (e *LimitError) Unwrap() error { return ErrLimit }

// Limitf builds an *Error for a limit that was hit.
func Limitf(limit Limit, max int64, format string, args ...any) *Error {
	reason := OneLine(fmt.Sprintf(format, args...))
	return &Error{Reason: reason, Err: &LimitError{Limit: limit, Max: max, Reason: reason}}
}

// maxReason bounds a message: a dependency may quote the rest of the
// file in its own.
const maxReason = 240

// OneLine folds a message onto one line: an *Error's message is one line
// ("name: reason") whatever a dependency put in its own. C0 controls
// fold to spaces; C1 controls and the bidirectional controls, which a
// terminal would obey, are written out (\u009b, \u202e).
func OneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }) >= 0 {
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f || r == ' ' }), " ")
	}
	if strings.IndexFunc(s, escaped) >= 0 {
		var b strings.Builder
		for _, r := range s {
			if escaped(r) {
				fmt.Fprintf(&b, "\\u%04x", r)
			} else {
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	if len(s) > maxReason {
		cut := maxReason
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// escaped reports a rune OneLine writes out: a C1 control, a
// bidirectional mark, embedding, override or isolate, a line separator.
func escaped(r rune) bool {
	return r >= 0x80 && r <= 0x9f || r == 0x061c || r == 0x200e || r == 0x200f ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x2028 || r == 0x2029
}
