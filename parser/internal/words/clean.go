package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean collapses every kind of white space (newlines, tabs, no-break
// and other Unicode spaces) to single spaces, drops invisible characters
// (controls, zero-width spaces, soft hyphens, BOM) and returns the NFC form,
// so the same words from any format compare equal.
func Clean(s string) string {
	if isCleanASCII(s) || isClean(s) {
		return s // the common case: nothing to fold
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f':
			space = true
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case r == utf8.RuneError || unicode.IsControl(r):
			if r == utf8.RuneError {
				b.WriteRune(r) // keep: it marks where the input was broken
			}
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// isCleanASCII reports printable ASCII without leading, trailing or
// doubled spaces: text Clean would return unchanged.
func isCleanASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == ' ' && s[i-1] == ' ' {
			return false
		}
	}
	return true
}

// isClean reports text that Clean would return unchanged: single
// ASCII spaces only, no invisible or control characters, already NFC.
func isClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := false
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case r < 0x20 || r == 0x7f || r == utf8.RuneError,
			r >= 0x80 && (unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f' ||
				r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'):
			return false
		}
		prevSpace = false
	}
	return norm.NFC.IsNormalString(s)
}
