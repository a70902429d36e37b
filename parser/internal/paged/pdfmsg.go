package paged

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The PDF text layer passes on the messages of the PDF library it stands
// on, which were written for its developers: a prefix said twice
// ("malformed PDF: malformed PDF: reading at offset…"), Go type names
// ("unexpected non-name key int64(0)", "pdf.keyword(R)"), the rest of the
// file quoted ("malformed hex string z z <4 KB of the file>").
// pdfReason rewrites them for a person at the boundary, until the text
// layer words its own.

// maxQuote bounds what a message quotes from the file.
const maxQuote = 60

var (
	// reGoValue is a value printed with %T(%v): int64(0), pdf.keyword(R),
	// pdf.name(Font), *pdf.dict(map[…]).
	reGoValue = regexp.MustCompile(`\*?\b(?:pdf\.[a-z]+|u?int(?:8|16|32|64)?|float(?:32|64)|bool|string)\(([^()]*)\)`)
	// reNotANumber is a number too long for the reader, reported as not
	// a number.
	reNotANumber = regexp.MustCompile(`\b(\d{10,}) is not a number`)
)

// pdfReason is msg, a message of the PDF text layer, said once, without
// Go's type names, quoting at most maxQuote bytes of the file in a row.
func pdfReason(msg string) string {
	// One prefix: the text layer adds "malformed PDF: " to messages of
	// the library that already have it.
	const prefix = "malformed PDF: "
	rest, had := msg, false
	for {
		r, ok := strings.CutPrefix(rest, prefix)
		if !ok {
			r, ok = strings.CutPrefix(rest, "malformed PDF file: ")
		}
		if !ok {
			break
		}
		rest, had = r, true
	}
	rest = reGoValue.ReplaceAllString(rest, `"$1"`)
	rest = reNotANumber.ReplaceAllString(rest, "$1 is out of range")
	if i := strings.Index(rest, "malformed hex string "); i >= 0 {
		// The library quotes the rest of its buffer after the two bad
		// characters.
		start := i + len("malformed hex string ")
		for k := 0; k < 2; k++ { // the two characters, each with its space
			if j := strings.IndexByte(rest[start:], ' '); j >= 0 {
				start += j + 1
			}
		}
		rest = rest[:start] + clip(rest[start:], maxQuote)
	}
	rest = clipWords(rest, maxQuote)
	if had {
		return prefix + rest
	}
	return rest
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
