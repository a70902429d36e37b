package paged

import (
	"slices"
	"strings"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// stitchColumns joins the blocks of a PDF cut by a page break inside a
// column. A side-by-side notice read column by column leaves "…short-term
// opportunities or" at the foot of a page's English column, and
// "problems." at the head of the same column on the next page, after the
// whole French column: the fragment is joined back to the unfinished block
// above it in the same column.
//
// In a document read in the usual order (one column, or columns that flow
// into each other) the fragment that opens a page finishes the block that
// closed the previous page.
func stitchColumns(lex Lexicon, blocks []stream.Block) []stream.Block {
	predecessor := flowPredecessor
	if sideBySide(lex, blocks) {
		predecessor = columnPredecessor
	} else {
		headingsAfterSidebar(blocks)
	}
	var hyph *hyphenation
	out := make([]stream.Block, 0, len(blocks))
	for _, b := range blocks {
		j := predecessor(lex, out, b)
		if j < 0 {
			out = append(out, b)
			continue
		}
		if hyph == nil && hyphenLen(out[j].Text) > 0 {
			// The document's words are gathered only for a fragment
			// after a hyphen: hyph.join needs them for nothing else.
			texts := make([]string, len(blocks))
			for k := range blocks {
				texts[k] = blocks[k].Text
			}
			hyph = newHyphenation(texts, nil) // a PDF's blocks: a few thousand
		}
		out[j].Text = hyph.join(out[j].Text, b.Text)
	}
	return out
}

// headingsAfterSidebar moves the headings that close a page's column
// after the blocks of a column to their right that end the page, a
// sidebar read after the text beside it ("Qualifications and
// Experience", "Essential" at the foot of the text, then "Apply for This
// Job", "Department"… of the sidebar): a heading at a page's foot heads
// the text that the next page goes on with, and the sidebar read between
// them would part it from its section. A sidebar ends above the heading;
// a second column of text runs down as far as the first, and goes on
// with the heading's section itself. The blocks are reordered in place;
// the last page, and a document of two halves side by side (whose right
// column is the other half), are left as they are.
func headingsAfterSidebar(blocks []stream.Block) {
	for i := 0; i < len(blocks); i++ {
		h := blocks[i]
		if h.Kind != stream.Heading || h.Box == nil {
			continue
		}
		// the run of headings from i, then the right column's blocks to
		// the page's end
		j := i
		x1 := h.Box.X1
		for j < len(blocks) && blocks[j].Kind == stream.Heading && blocks[j].Box != nil && blocks[j].Pos.Page == h.Pos.Page && blocks[j].Box.X0 < h.Box.X0+columnSlack {
			x1 = max(x1, blocks[j].Box.X1)
			j++
		}
		k := j
		for k < len(blocks) && blocks[k].Pos.Page == h.Pos.Page && blocks[k].Box != nil &&
			blocks[k].Box.X0 > x1 && blocks[k].Box.X0 > h.Box.X0+minColumnOffset && blocks[k].Box.Y0 > h.Box.Y1 {
			k++
		}
		if k == j || k == len(blocks) || blocks[k].Pos.Page != h.Pos.Page+1 {
			i = j - 1
			continue
		}
		slices.Reverse(blocks[i:j])
		slices.Reverse(blocks[j:k])
		slices.Reverse(blocks[i:k])
		i = k - 1
	}
}

// columnPredecessor returns the index in out of the unfinished block that b
// continues, or -1. b must open its column on its page; the predecessor is
// the last block of the same column on the previous page.
func columnPredecessor(lex Lexicon, out []stream.Block, b stream.Block) int {
	if b.Kind != stream.Paragraph || b.Box == nil || b.Text == "" || b.Pos.Page < 2 {
		return -1
	}
	sameColumn := func(o stream.Block) bool {
		return o.Box != nil && o.Box.X0 < b.Box.X1 && b.Box.X0 < o.Box.X1
	}
	cand := -1
	for j := len(out) - 1; j >= 0 && j >= len(out)-200; j-- {
		o := out[j]
		if o.Pos.Page == b.Pos.Page && sameColumn(o) {
			return -1 // b does not open its column
		}
		if o.Pos.Page == b.Pos.Page-1 && sameColumn(o) {
			if cand < 0 || o.Box.Y0 < out[cand].Box.Y0 {
				cand = j // the lowest block of the column
			}
		}
		if o.Pos.Page < b.Pos.Page-1 {
			break
		}
	}
	if cand < 0 {
		return -1
	}
	p := out[cand]
	if languagesDisagree(lex, p.Text, b.Text) {
		return -1 // the other half of a side-by-side page
	}
	if p.Kind != stream.Paragraph && p.Kind != stream.ListItem || strings.ContainsRune(".!?:;,", words.LastRune(p.Text)) {
		return -1
	}
	// The fragment goes on in lower case, or it is a short tail after a
	// word left hanging ("…Microsoft Office et" / "SharePoint ;").
	if words.StartsLower(b.Text) || endsInWord(p.Text) && words.Count(b.Text) <= 8 {
		return cand
	}
	return -1
}

// flowPredecessor returns the index of the last block of out when b, the
// first block of its page, finishes it: "…or a recent graduate" at the
// foot of one page, "(degree obtained no longer than 12 months ago)," at
// the head of the next.
func flowPredecessor(lex Lexicon, out []stream.Block, b stream.Block) int {
	if len(out) == 0 || b.Kind != stream.Paragraph || b.Box == nil || b.Text == "" {
		return -1
	}
	j := len(out) - 1
	p := out[j]
	if p.Pos.Page != b.Pos.Page-1 || p.Kind != stream.Paragraph && p.Kind != stream.ListItem || p.Text == "" ||
		strings.ContainsRune(".!?:;,", words.LastRune(p.Text)) || languagesDisagree(lex, p.Text, b.Text) {
		return -1
	}
	if words.StartsLower(b.Text) || endsInWord(p.Text) && words.Count(b.Text) <= 8 {
		return j
	}
	return -1
}

// sideBySide reports a layout with the two halves in two columns of the
// same pages: on some page the left and the right column each carry
// evidence for a different language.
func sideBySide(lex Lexicon, blocks []stream.Block) bool {
	minX := map[int]float64{}
	for _, b := range blocks {
		if b.Box == nil {
			continue
		}
		if x, ok := minX[b.Pos.Page]; !ok || b.Box.X0 < x {
			minX[b.Pos.Page] = b.Box.X0
		}
	}
	column := func(b stream.Block) int {
		switch {
		case b.Box == nil:
		case b.Box.X0 < minX[b.Pos.Page]+columnSlack:
			return 0
		case b.Box.X0 > minX[b.Pos.Page]+minColumnOffset:
			return 1
		}
		return -1
	}
	// Most documents have no right column at all: their blocks' language
	// is not weighed.
	right := map[int]bool{}
	for _, b := range blocks {
		if column(b) == 1 {
			right[b.Pos.Page] = true
		}
	}
	if len(right) == 0 {
		return false
	}
	byPage := map[int][2]float64{} // the lean of each column of a page
	for _, b := range blocks {
		col := column(b)
		if col < 0 || !right[b.Pos.Page] {
			continue
		}
		s := byPage[b.Pos.Page]
		s[col] += lex.Lean(b)
		byPage[b.Pos.Page] = s
	}
	for _, s := range byPage {
		l, r := s[0], s[1]
		if l >= minColumnLean && r <= -minColumnLean || l <= -minColumnLean && r >= minColumnLean {
			return true
		}
	}
	return false
}

// A block starting within columnSlack points of a page's leftmost text is
// in its left column; one starting more than minColumnOffset points to
// the right (about 5 cm, more than any indent) is in a right column. A
// column leans to a language by minColumnLean words of evidence: a few
// sentences, more than a stray name or label.
const (
	columnSlack     = 30.0
	minColumnOffset = 150.0
	minColumnLean   = 5.0
)

// endsInWord reports text that stops inside a word or on a hyphen, never
// at the end of a sentence.
func endsInWord(text string) bool {
	r := words.LastRune(text)
	return unicode.IsLetter(r) || isHyphen(r)
}
