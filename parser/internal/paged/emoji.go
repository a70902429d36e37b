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
		if l := leadingEmoji(raws[i].text); l != "" {
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
		if lead := leadingEmoji(t); lead != "" {
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
		if tail := trailingEmoji(raws[i].text); tail > 0 && tail < len(raws[i].text) {
			raws[i].text = strings.TrimRight(raws[i].text[:len(raws[i].text)-tail], " ")
		}
	}
	return raws
}

// leadingEmoji returns the emoji (with its variation selector, skin tone
// and joined parts) that opens t before a space, or "".
func leadingEmoji(t string) string {
	n := emojiLen(t)
	if n == 0 || n >= len(t) || t[n] != ' ' {
		return ""
	}
	return t[:n]
}

// trailingEmoji returns the length in bytes of the emoji, and the spaces
// before them, that end t; 0 when none does.
func trailingEmoji(t string) int {
	end := len(t)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:end])
		if !isPictograph(r) && !isEmojiModifier(r) {
			break
		}
		end -= size
	}
	if end == len(t) || end == 0 || t[end-1] != ' ' {
		return 0 // none, all emoji, or glued to a word ("Montréal🇨🇦")
	}
	return len(t) - len(strings.TrimRight(t[:end], " "))
}

// emojiLen is the length of the emoji sequence that opens t: a
// pictograph and what modifies or joins it.
func emojiLen(t string) int {
	r, size := utf8.DecodeRuneInString(t)
	if !isPictograph(r) {
		return 0
	}
	if strings.ContainsRune(stream.Bullets, r) {
		// "▪" is a bullet the marker reader knows; "▪️", with the
		// selector that draws it as an emoji, is an emoji.
		if r2, _ := utf8.DecodeRuneInString(t[size:]); !isEmojiModifier(r2) {
			return 0
		}
	}
	n := size
	for n < len(t) {
		r, size := utf8.DecodeRuneInString(t[n:])
		switch {
		case isEmojiModifier(r):
			n += size
		case r == '\u200d': // a joiner, then the next pictograph
			n += size
			if r2, s2 := utf8.DecodeRuneInString(t[n:]); isPictograph(r2) {
				n += s2
			}
		default:
			return n
		}
	}
	return n
}

// isPictograph reports a character drawn as an emoji: the pictographs,
// symbols and dingbats blocks.
func isPictograph(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r >= 0x2B00 && r <= 0x2BFF ||
		r >= 0x2300 && r <= 0x23FF || r == 0x25AA || r == 0x25AB || r == 0x25B6 || r == 0x25C0
}

// isEmojiModifier reports what follows a pictograph as part of it: the
// variation selector that asks for emoji, a skin tone, a keycap.
func isEmojiModifier(r rune) bool {
	return r == '\ufe0f' || r == '\ufe0e' || r >= 0x1F3FB && r <= 0x1F3FF || r == '\u20e3'
}
