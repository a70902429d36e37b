package paged

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unspaceLines reads the labels and headings that a PDF's text dump gives
// in letter-spaced capitals ("C A N D I D AT U R E AVA N T L E", "E MP L
// OY ER": CSS or Word letter spacing, kerning pairs glued, the spaces
// between words lost among those between letters) as the words they
// spell, when the vocabulary knows them (Lexicon.Unspaced): a line of
// such capitals, or a cell of one in a -layout dump (runs parted by wide
// gaps). A cell keeps its columns: its words are padded with spaces to
// its width, so that the gutters and cells read after it stay in place.
// A line that spells no known label stays as it is.
func unspaceLines(lex Lexicon, raws []rawLine) []rawLine {
	for i := range raws {
		r := &raws[i]
		if r.text == "" || !mayBeSpaced(r.text) || strings.IndexByte(r.raw, '\t') >= 0 {
			continue
		}
		if raw, ok := unspaceCells(lex, r.raw); ok {
			r.raw = raw
			r.text, _ = trimBlankLeft(trimBlankRight(raw))
		}
	}
	return raws
}

// mayBeSpaced is the cheap first test of unspaceLines: the line, or a
// cell after a wide gap, opens with a run of one to three capitals and a
// single space.
func mayBeSpaced(s string) bool {
	if spacedStart(s) {
		return true
	}
	for {
		i := strings.Index(s, cellGap)
		if i < 0 {
			return false
		}
		s = strings.TrimLeft(s[i:], " ")
		if spacedStart(s) {
			return true
		}
	}
}

// cellGap parts the cells of a -layout dump's line.
const cellGap = "   "

// spacedStart reports s opening with one to three capitals, then one
// space and a letter.
func spacedStart(s string) bool {
	n := 0
	for i, r := range s {
		switch {
		case r == ' ':
			return n > 0 && i+1 < len(s) && s[i+1] != ' '
		case n == maxSpacedRun || !unicode.IsUpper(r):
			return false
		}
		n++
	}
	return false
}

// maxSpacedRun is the longest run of capitals kerning glues in a
// letter-spaced word ("AVA", "TIO").
const maxSpacedRun = 3

// unspaceCells returns raw with each of its cells that is letter-spaced
// capitals (isSpacedCaps) and spells a known label or heading rewritten
// in the label's words, padded to the cell's width; ok is false when no
// cell is.
func unspaceCells(lex Lexicon, raw string) (string, bool) {
	var b strings.Builder
	copied := 0 // raw[:copied] is in b
	for at := 0; at < len(raw); {
		// A cell: from its first character that is no space to the next
		// wide gap or the line's end.
		start := at
		for start < len(raw) && raw[start] == ' ' {
			start++
		}
		end := len(raw)
		if g := strings.Index(raw[start:], cellGap); g >= 0 {
			end = start + g
		}
		at = end
		cell := raw[start:end]
		if !isSpacedCaps(cell) {
			continue
		}
		words, ok := lex.Unspaced(cell)
		pad := utf8.RuneCountInString(cell) - utf8.RuneCountInString(words)
		if !ok || pad < 0 {
			continue
		}
		b.Grow(len(raw))
		b.WriteString(raw[copied:start])
		b.WriteString(words)
		b.WriteString(strings.Repeat(" ", pad))
		copied = end
	}
	if copied == 0 {
		return raw, false
	}
	b.WriteString(raw[copied:])
	return b.String(), true
}

// isSpacedCaps reports a run of letter-spaced capitals: three words at
// least, two in three of them (minSpacedShare) runs of one to three
// capitals (maxSpacedRun), one at least a capital alone, and no word in
// lower case; marks alone ("'", "/", ":") are neither. "R EF EREN CE",
// "L OCATIO N" are such runs, "ET DE LA RECHERCHE" is not.
func isSpacedCaps(s string) bool {
	short, long, single := 0, 0, false
	for w := range strings.FieldsSeq(s) {
		letters, other := 0, false
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				letters++
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				return false
			default:
				other = true
			}
		}
		switch {
		case letters == 0:
		case letters <= maxSpacedRun && !other || letters <= maxSpacedRun && isElision(w):
			short++
			single = single || letters == 1
		default:
			long++
		}
	}
	return short+long >= minSpacedWords && single && short*minSpacedShare[1] >= (short+long)*minSpacedShare[0]
}

// isElision reports a short word that ends with an apostrophe ("D'", "L’").
func isElision(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return r == '\'' || r == '’'
}

// minSpacedWords and minSpacedShare: a letter-spaced run has three words
// at least, two in three of them short.
const minSpacedWords = 3

var minSpacedShare = [2]int{2, 3}
