package pdftext

import "strings"

// Marked content with /ActualText (ISO 32000-2 §14.9.4) gives the text
// that the glyphs between BDC and EMC stand for: a word drawn as
// separate pieces, a ligature or a hyphenation a producer wants read
// otherwise, a formula. The span's glyphs are replaced by that text,
// laid over the same extent, as poppler does; a span that shows no glyph
// (an image, a path) adds nothing.

// markedSpan is one open marked-content sequence.
type markedSpan struct {
	start     int // len(in.glyphs) at its BDC
	actual    string
	hasActual bool
}

// maxMarkedDepth bounds the nesting of marked content we track: real
// files nest a few levels; deeper BMC/BDC are counted but not tracked.
const maxMarkedDepth = 64

func (in *interp) beginMarked(actual []byte, has bool) {
	if len(in.marked) >= maxMarkedDepth {
		in.markedOver++
		return
	}
	sp := markedSpan{start: len(in.glyphs), hasActual: has}
	if has {
		sp.actual = cleanText(textString(string(actual)))
	}
	in.marked = append(in.marked, sp)
}

func (in *interp) endMarked() {
	if in.markedOver > 0 {
		in.markedOver--
		return
	}
	n := len(in.marked)
	if n == 0 {
		return
	}
	sp := in.marked[n-1]
	in.marked = in.marked[:n-1]
	if !sp.hasActual || sp.start >= len(in.glyphs) {
		return
	}
	in.replaceGlyphs(sp.start, sp.actual)
}

// replaceGlyphs replaces the glyphs from start on with text, one glyph a
// word spread over their extent in proportion to the words' lengths.
func (in *interp) replaceGlyphs(start int, text string) {
	span := in.glyphs[start:]
	first := span[0]
	x0, x1 := first.x0, first.x1
	for i := range span {
		if span[i].frame == first.frame && span[i].y == first.y {
			x0, x1 = min(x0, span[i].x0), max(x1, span[i].x1)
		}
	}
	in.glyphs = in.glyphs[:start]
	words := strings.Fields(text)
	// shares of the extent: one a character, one a space between words
	total := len(words) - 1
	for _, w := range words {
		total += len([]rune(w))
	}
	share := (x1 - x0) / float64(max(total, 1))
	x := x0
	for i, w := range words {
		if len(in.glyphs) >= in.e.maxGlyphs || len(in.glyphs) == cap(in.glyphs) && !in.growGlyphs() {
			break
		}
		g := first
		g.tid, g.tlen = in.e.addText(w), uint32(len(w))
		g.x0 = x
		g.x1 = x + share*float64(len([]rune(w)))
		x = g.x1 + share
		g.spaceBefore = first.spaceBefore || i > 0
		g.seq = 2*len(in.glyphs) + 1
		in.glyphs = append(in.glyphs, g)
	}
}
