package paged

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The PDF text layer words its own messages, but passes on those of the
// PDF library it stands on (github.com/ledongthuc/pdf, a module we do not
// edit), which were written for its developers: Go type names
// ("unexpected non-name key int64(0)", "found pdf.dict instead of
// objdef"), object numbers as Go prints them ("loading {12 0}"), numbers
// out of range called invalid, the rest of the file's buffer quoted
// ("malformed hex string z z <4 KB of the file>"). pdfReason rewrites
// them for a person at the boundary.

// maxQuote bounds what a message quotes from the file.
const maxQuote = 60

var (
	// reGoValue is a value printed with %T(%v): int64(0), pdf.keyword(R),
	// pdf.name(Font), *pdf.dict(map[…]).
	reGoValue = regexp.MustCompile(`\*?\b(?:pdf\.[a-z]+|u?int(?:8|16|32|64)?|float(?:32|64)|bool|string)\(([^()]*)\)`)
	// reGoType is a type printed with %T alone.
	reGoType = regexp.MustCompile(`\*?\bpdf\.[a-z]+\b|\b(?:int64|float64)\b|<nil>|\bobjdef\b`)
	// reObjPtr is an object reference printed with %v: {12 0}.
	reObjPtr = regexp.MustCompile(`\{(\d+) (\d+)\}`)
	// reOutOfRange is a number the library could not hold.
	reOutOfRange = regexp.MustCompile(`\binvalid (integer|real) ([-+]?[0-9.]{16,})`)
)

// goTypes names the types the library prints.
var goTypes = map[string]string{
	"pdf.dict": "a dictionary", "pdf.array": "an array", "pdf.name": "a name", "pdf.keyword": "a keyword",
	"pdf.objptr": "a reference", "pdf.objdef": "an object", "pdf.stream": "a stream", "int64": "an integer",
	"float64": "a number", "<nil>": "nothing", "objdef": "an object",
}

// pdfReason is msg, a message of the PDF text layer, without Go's type
// names, quoting at most maxQuote bytes of the file in a row.
func pdfReason(msg string) string {
	msg = reGoValue.ReplaceAllString(msg, `"$1"`)
	msg = reGoType.ReplaceAllStringFunc(msg, func(t string) string {
		if name, ok := goTypes[strings.TrimPrefix(t, "*")]; ok {
			return name
		}
		return "a value"
	})
	msg = reObjPtr.ReplaceAllString(msg, "object $1 $2")
	msg = reOutOfRange.ReplaceAllString(msg, "$1 $2 out of range")
	if i := strings.Index(msg, "malformed hex string "); i >= 0 {
		// The library quotes the rest of its buffer after the two bad
		// characters.
		start := i + len("malformed hex string ")
		for k := 0; k < 2; k++ { // the two characters, each with its space
			if j := strings.IndexByte(msg[start:], ' '); j >= 0 {
				start += j + 1
			}
		}
		msg = msg[:start] + clip(msg[start:], maxQuote)
	}
	return clipWords(msg, maxQuote)
}

// clip cuts s to at most n bytes (on a rune boundary), marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// clipWords clips every run of s without white space to n bytes: a
// quoted token of the file, never a word of the message, is that long.
func clipWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], " \t\n")
		if j < 0 {
			j = len(s) - i
		}
		b.WriteString(clip(s[i:i+j], n))
		if i+j < len(s) {
			b.WriteByte(s[i+j])
		}
		i += j + 1
	}
	return b.String()
}
