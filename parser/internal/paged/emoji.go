package paged

import (
	"strings"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/stream"
)

// Posts written for social networks and chats dress their lines with
// emoji: a pictograph before each fact ("📍 Location: Brussels"), the
// same one before each item of a list ("✔️ Master's degree…"), one
// after a heading ("What you'll do 👇") or before a title ("🚀 NEW
// ROLE | …"). readEmoji takes them off the text reader's lines: an emoji
// that opens two lines or more in a row is their list's bullet, any
// other that opens or ends a line is decoration.
//
// An emoji the tables know as a fact's label ("📍 Fos-sur-Mer (13)")
// stays: it is the line's label.
func readEmoji(lex Lexicon, raws []rawLine) []rawLine {
	// Each line's leading emoji, read before any line is rewritten.
	var leads []string
	for i := range raws {
		if l := stream.LeadingEmoji(raws[i].text); l != "" {
			if leads == nil {
				leads = make([]string, len(raws))
			}
			leads[i] = l
		}
	}
	// The line of the item before or after, over the wrapped (indented)
	// lines of this one or of that one.
	same := func(i, step int, lead string) bool {
		for j := i + step; j >= 0 && j < len(raws) && raws[j].text != ""; j += step {
			if leads[j] != "" {
				return leads[j] == lead
			}
			if raws[j].indent == 0 {
				return false
			}
		}
		return false
	}
	for i := range raws {
		t := raws[i].text
		if t == "" {
			continue
		}
		if lead := stream.LeadingEmoji(t); lead != "" {
			rest := strings.TrimLeft(t[len(lead):], " ")
			if _, label := lex.Label(lead); label {
				if _, _, _, labelled := lex.Field(rest, false); !labelled {
					continue // ("📍 Location: Brussels": the icon only dresses a label)
				}
			}
			if rest != "" && (same(i, -1, lead) || same(i, 1, lead)) {
				// The bullet keeps the item's text where it stood, under
				// which its wrapped lines are indented.
				pad := utf8.RuneCountInString(t[:len(t)-len(rest)]) - 1
				raws[i].text = "•" + strings.Repeat(" ", pad) + rest
			} else if rest != "" {
				raws[i].text = rest
			}
		}
		if tail := stream.TrailingEmoji(raws[i].text); tail > 0 && tail < len(raws[i].text) {
			raws[i].text = strings.TrimRight(raws[i].text[:len(raws[i].text)-tail], " ")
		}
	}
	return raws
}
