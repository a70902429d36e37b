package stream

import "github.com/vacancy-tools/vacancy/parser/internal/words"

// MaxHeadingWords is how many words a heading holds at most. A line set
// like a heading (in capitals, in bold, in a larger font) that runs
// longer is a sentence given emphasis ("Please note that you can apply
// for up to three vacancies…"). Section headings of notices run to a
// few words, post titles to a dozen.
const MaxHeadingWords = 14

// IsCapsHeading reports a line in capitals short enough to be a heading,
// the way documents without fonts (text dumps) set their headings.
func IsCapsHeading(t string) bool {
	return words.IsCaps(t) && words.Count(t) <= MaxHeadingWords
}
