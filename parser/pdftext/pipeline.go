package pdftext

import "sync/atomic"

// Pages are laid out on a second goroutine while the extractor
// interprets the next page's content stream: the two stages take about
// the same time (content streams 55%, layout 30% of an extraction), so a
// document of several pages reads in roughly two thirds of the time on a
// machine with two cores. Only the glyphs and the text table cross
// between the goroutines:
//
//   - each page's glyphs go in a buffer of their own; two buffers take
//     turns, the layouter handing one back when it is done with it;
//   - the text table (extractor.texts) is only ever appended to, and a
//     page's glyphs name entries that existed when it was sent, so the
//     layouter reads a slice of the table as it was then, while the
//     extractor appends past its end;
//   - the layout buffers (scratch.lay) belong to the layouter.

// layoutJob is one page whose glyphs wait for layoutPage.
type layoutJob struct {
	index  int
	glyphs []glyph
	texts  []string
	w, h   float64
}

// pageLayouter lays out pages on its own goroutine, in the order sent, into
// pages[index].Lines.
type pageLayouter struct {
	jobs   chan layoutJob
	spare  chan []glyph // glyph buffers, free for the next page
	done   chan struct{}
	pages  []Page
	err    error       // a panic of the layout, as an ErrMalformed error
	failed atomic.Bool // err is set: the extractor may stop early
}

func startLayouter(pages []Page, bufs *layoutBufs, glyphBufs [2][]glyph) *pageLayouter {
	lo := &pageLayouter{
		jobs:  make(chan layoutJob, 1),
		spare: make(chan []glyph, 2),
		done:  make(chan struct{}),
		pages: pages,
	}
	lo.spare <- glyphBufs[0]
	lo.spare <- glyphBufs[1]
	go lo.run(bufs)
	return lo
}

func (lo *pageLayouter) run(bufs *layoutBufs) {
	defer close(lo.done)
	defer func() {
		if r := recover(); r != nil {
			lo.err = errorf(ErrMalformed, "malformed PDF: %v", r)
			lo.failed.Store(true)
			// the extractor may still wait for buffers: give back a new
			// one for the job lost in the panic, and each one sent
			lo.spare <- nil
			for j := range lo.jobs {
				lo.spare <- j.glyphs[:0]
			}
		}
	}()
	for j := range lo.jobs {
		lo.pages[j.index].Lines = layoutPage(j.glyphs, j.texts, j.w, j.h, bufs)
		lo.spare <- j.glyphs[:0]
	}
}

// buffer returns a glyph buffer for the next page, waiting for the
// layouter to free one when both are in use.
func (lo *pageLayouter) buffer() []glyph { return <-lo.spare }

// send queues a page's glyphs, read from buffer, for layout.
func (lo *pageLayouter) send(j layoutJob) { lo.jobs <- j }

// finish waits for the pages sent to be laid out and returns the glyph
// buffers for the next document. It must be called once, on every path.
func (lo *pageLayouter) finish() ([2][]glyph, error) {
	close(lo.jobs)
	<-lo.done
	var bufs [2][]glyph
	for i := range bufs {
		select {
		case bufs[i] = <-lo.spare:
		default:
		}
	}
	return bufs, lo.err
}
