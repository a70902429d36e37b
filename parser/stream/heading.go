package stream

import (
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// MaxHeadingWords is how many words a heading holds at most. A line set
// like a heading (in capitals, in bold, in a larger font) that runs
// longer is a sentence given emphasis ("Please note that you can apply
// for up to three vacancies…"). Section headings of notices run to a
// few words, post titles to a dozen.
const MaxHeadingWords = 14

// IsCapsHeading reports a line in capitals short enough to be a heading,
// the way documents without fonts (text dumps) set their headings.
func IsCapsHeading(t string) bool {
	return words.IsCaps(t) && words.CountAtMost(t, MaxHeadingWords) <= MaxHeadingWords
}

// maxClauseWords: a text with a comma and more words than this is a
// sentence of several clauses ("Apply until 22 June 2025, at 23.59,
// Brussels time"), not a heading.
const maxClauseWords = 6

// HeadingShaped reports a text shaped like a heading when it is set like
// one (in bold, in a larger font): at most MaxHeadingWords words, not
// ending a sentence with "." or "!", not a sentence of several clauses.
func HeadingShaped(text string) bool {
	// Counted only as far as the bound: a paragraph set in bold is let
	// go on its fifteenth word, not read to its end.
	n := words.CountAtMost(text, MaxHeadingWords)
	if n > MaxHeadingWords || strings.Contains(text, ",") && n > maxClauseWords {
		return false
	}
	return !strings.ContainsRune(".!", words.LastRune(text))
}

// Bounds of an item of a site's menu printed as a line ("Home", "Job
// offers", "My account"): three words, in bytes as many.
const (
	MaxMenuWords = 3
	MaxMenuBytes = 48
)

// MenuShaped reports a text shaped like an item of a site's menu: a few
// words (MaxMenuWords, MaxMenuBytes) without a sentence's punctuation.
// Whether it stands among other items, and is not a place or a schedule
// under a title, is for the caller to say.
func MenuShaped(text string) bool {
	return len(text) <= MaxMenuBytes && !strings.ContainsAny(text, ".:;!?") &&
		words.CountAtMost(text, MaxMenuWords+1) <= MaxMenuWords
}

// IsCriteriaKind reports a kind of section that holds what a candidate
// must or should bring: the weight of the criteria ("essential",
// "desirable") or their topic ("education", "languages"…).
func IsCriteriaKind(kind string) bool {
	switch kind {
	case "essential", "desirable", "qualifications", "education", "experience", "eligibility", "languages":
		return true
	}
	return false
}
