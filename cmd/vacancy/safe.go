package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text from a document or a file name is written to a terminal (or a
// file that is later shown on one) only escaped: a C0 control (ESC, BEL,
// CR…) or DEL as \x1b, a C1 control as \u009b, a bidirectional control
// (U+202E RIGHT-TO-LEFT OVERRIDE, the isolates, the marks) or a line
// separator as \u202e, a byte that is not UTF-8 as \xff. Nothing else
// changes. JSON output needs none of this: encoding/json escapes control
// characters, and the bidi controls are in quoted strings.

// unsafeRune reports a rune safeText escapes.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true // bidi marks, embeddings, overrides, isolates
	case r == 0x2028, r == 0x2029:
		return true // line and paragraph separators
	}
	return false
}

// safeText escapes s for a terminal.
func safeText(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 || unsafeRune(r) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && unsafeRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// The colours schema.WriteChanges paints a diff with: the only escape
// sequences safeLines lets through when colour is on.
var diffColours = []string{"\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"}

// safeLines is safeText for text of several lines: the newlines stay,
// and with colour the colour sequences of a diff.
func safeLines(s string, colour bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.SplitAfterSeq(s, "\n") {
		body, nl := strings.CutSuffix(line, "\n")
		for body != "" {
			j := -1
			if colour {
				j = strings.IndexByte(body, 0x1b)
			}
			if j < 0 {
				b.WriteString(safeText(body))
				break
			}
			b.WriteString(safeText(body[:j]))
			body = body[j:]
			kept := false
			for _, c := range diffColours {
				if strings.HasPrefix(body, c) {
					b.WriteString(c)
					body, kept = body[len(c):], true
					break
				}
			}
			if !kept {
				b.WriteString(`\x1b`)
				body = body[1:]
			}
		}
		if nl {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
