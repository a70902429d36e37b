// Package furniture recognises page furniture: the lines a document
// prints on its pages rather than in its text, such as page numbers.
// The PDF text layer drops them from page margins, and the plain-text
// reader from text dumps, by the same rule.
package furniture

import (
	"regexp"
	"strconv"
	"strings"
)

// The words of page numbers, in the languages of the notices and of the
// producers whose templates they are made with. "page" covers English
// and French; an entry with a dot is an abbreviation.
var (
	pageWords = []string{"page", "p.", "seite", "pagina", "página"}
	ofWords   = []string{"of", "sur", "de", "von", "di"} // "2 of 7", "2 sur 7"
)

// maxPageDigits bounds the digits of a page number: a line "20250" is
// a number in the text, not a page.
const maxPageDigits = 4

// rePageNumber is a whole line that is a page number: "3", "Page 3",
// "Page 3 of 9", "3/9", "- 3 -", "(3)", "[3]", "p. 3".
var rePageNumber = regexp.MustCompile(strings.NewReplacer("PAGE", alternatives(pageWords), "OF", alternatives(ofWords),
	"N", `\d{1,`+strconv.Itoa(maxPageDigits)+`}`).Replace(
	`(?i)^(?:[-–—]\s*)?(?:(?:PAGE)\s*)?(?:N|\(N\)|\[N\])(?:\s*(?:/|OF)\s*N)?(?:\s*[-–—])?$`))

func alternatives(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// IsPageNumber reports whether line, white space aside, is only a page
// number.
func IsPageNumber(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && len(line) <= 40 && rePageNumber.MatchString(line)
}
