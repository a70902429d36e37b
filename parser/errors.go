package parser

import "github.com/vacancy-tools/vacancy/parser/internal/failure"

// Error is a failure to read or parse one input. Its message is one line,
// "name: reason", and names no command-line flag: a caller that offers a
// way to raise a limit says so from the *LimitError it wraps.
type Error = failure.Error

// LimitError says which limit a parse hit (Limit) and its value (Max).
// errors.As finds it in an *Error.
type LimitError = failure.LimitError

// Limit names a limit of Limits.
type Limit = failure.Limit

// The limits a *LimitError names, one per field of Limits, and
// LimitMarkup, which is fixed: Markdown whose links the Markdown parser
// would take too long over (thousands of bracket pairs in one paragraph)
// is refused.
const (
	LimitSize    = failure.LimitSize    // Limits.MaxBytes
	LimitPages   = failure.LimitPages   // Limits.MaxPages
	LimitStream  = failure.LimitStream  // Limits.MaxStreamBytes
	LimitLine    = failure.LimitLine    // Limits.MaxLineBytes
	LimitTime    = failure.LimitTime    // Limits.Timeout
	LimitNesting = failure.LimitNesting // Limits.MaxNestingDepth
	LimitMemory  = failure.LimitMemory  // Limits.MaxMemory
	LimitMarkup  = failure.LimitMarkup  // fixed
)

// Sentinel errors, for errors.Is.
var (
	ErrEmpty       = failure.ErrEmpty
	ErrNotVacancy  = failure.ErrNotVacancy
	ErrUnsupported = failure.ErrUnsupported
	ErrLimit       = failure.ErrLimit
	ErrMalformed   = failure.ErrMalformed
	// ErrNoText is returned for a PDF without a text layer (a scan).
	ErrNoText = failure.ErrNoText
)
