package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressLine draws one self-erasing status line on a terminal:
//
//	exporting  37% [#######             ] 370/1000  45/s  14s left
//
// It is written here rather than taken from a progress-bar library
// because the one we used pulled net/http and crypto/tls into every CLI
// start (about 2 ms of package init for a line of text).
type progressLine struct {
	w     io.Writer
	total int
	done  int
	start time.Time
	last  time.Time // last draw; redraws are throttled to drawEvery
	now   func() time.Time
}

const drawEvery = 100 * time.Millisecond

func newProgress(w io.Writer, total int) *progressLine {
	p := &progressLine{w: w, total: total, now: time.Now}
	p.start = p.now()
	return p
}

// add counts n more files done and redraws when it is time to.
func (p *progressLine) add(n int) {
	p.done += n
	if t := p.now(); p.done == p.total || t.Sub(p.last) >= drawEvery {
		p.last = t
		p.draw(t)
	}
}

// clear erases the line, so that a message can be printed in its place;
// the next add draws it again.
func (p *progressLine) clear() {
	fmt.Fprint(p.w, "\r\x1b[K")
	p.last = time.Time{}
}

// finish erases the line for good: the summary replaces it.
func (p *progressLine) finish() { p.clear() }

func (p *progressLine) draw(t time.Time) {
	const width = 20
	frac := 1.0
	if p.total > 0 {
		frac = float64(p.done) / float64(p.total)
	}
	filled := int(frac * width)
	line := fmt.Sprintf("\r\x1b[Kexporting %3d%% [%s%s] %d/%d", int(frac*100),
		strings.Repeat("#", filled), strings.Repeat(" ", width-filled), p.done, p.total)
	if el := t.Sub(p.start); el > 0 && p.done > 0 {
		rate := float64(p.done) / el.Seconds()
		left := time.Duration(float64(p.total-p.done) / rate * float64(time.Second))
		line += fmt.Sprintf("  %.0f/s  %s left", rate, left.Round(time.Second))
	}
	fmt.Fprint(p.w, line)
}
