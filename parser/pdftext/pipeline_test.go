package pdftext

import (
	"errors"
	"testing"
)

// TestPageLayouterPanic: a layout that panics on one page is reported as
// ErrMalformed, and the extractor sending more pages never blocks.
func TestPageLayouterPanic(t *testing.T) {
	pages := make([]Page, 4)
	lo := startLayouter(pages, &layoutBufs{}, [2][]glyph{})
	texts := []string{"", "Hello"}
	for i := range pages {
		gl := lo.buffer()
		g := glyph{tid: 1, tlen: 5, x0: 72, x1: 100, y: 700, size: 12}
		if i == 1 {
			g.tid = 99 // no such text: layoutPage panics
		}
		lo.send(layoutJob{index: i, glyphs: append(gl, g), texts: texts, w: 612, h: 792})
	}
	bufs, err := lo.finish()
	if !errors.Is(err, ErrMalformed) {
		t.Fatalf("finish: err = %v, want ErrMalformed", err)
	}
	if !lo.failed.Load() {
		t.Error("failed is not set after a panic")
	}
	if len(pages[0].Lines) != 1 || pages[0].Lines[0].Text != "Hello" {
		t.Errorf("page 1 laid out before the panic: %+v", pages[0].Lines)
	}
	for i, b := range bufs {
		if len(b) != 0 {
			t.Errorf("buffer %d handed back with %d glyphs, want empty", i, len(b))
		}
	}
}

// TestPageLayouterOrder: pages come out at their index, laid out the
// same as layoutPage alone, with the glyph buffers taking turns.
func TestPageLayouterOrder(t *testing.T) {
	pages := make([]Page, 5)
	lo := startLayouter(pages, &layoutBufs{}, [2][]glyph{})
	texts := []string{""}
	for i := range pages {
		texts = append(texts, string(rune('A'+i)))
		gl := lo.buffer()
		gl = append(gl, glyph{tid: uint32(len(texts) - 1), tlen: 1, x0: 72, x1: 80, y: 700, size: 12})
		lo.send(layoutJob{index: i, glyphs: gl, texts: texts, w: 612, h: 792})
	}
	if _, err := lo.finish(); err != nil {
		t.Fatal(err)
	}
	for i, p := range pages {
		if len(p.Lines) != 1 || p.Lines[0].Text != string(rune('A'+i)) {
			t.Errorf("page %d: %+v", i, p.Lines)
		}
	}
}
