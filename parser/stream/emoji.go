package stream

import (
	"strings"
	"unicode/utf8"
)

// Posts written for social networks and chats dress their lines with
// emoji: a pictograph before each fact ("📍 Location: Brussels"), the
// same one before each item of a list ("✔️ Master's degree…"), one
// after a heading ("What you'll do 👇"). The readers take them off a
// line's ends (the text reader's readEmoji, the Markdown
// builder's paragraphs) with these.

// LeadingEmoji returns the emoji (with its variation selector, skin tone
// and joined parts) that opens t before a space, or "".
func LeadingEmoji(t string) string {
	n := emojiLen(t)
	if n == 0 || n >= len(t) || t[n] != ' ' {
		return ""
	}
	return t[:n]
}

// TrailingEmoji returns the length in bytes of the emoji, and the spaces
// before them, that end t; 0 when none does.
func TrailingEmoji(t string) int {
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
	if strings.ContainsRune(Bullets, r) {
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
