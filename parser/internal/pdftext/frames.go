package pdftext

import (
	"cmp"
	"math"
	"slices"
)

// frames.go: text that does not run left to right on the page — a
// table's vertical column heads, a landscape table drawn on a portrait
// page, a watermark at 45°, mirrored text — is read in its own direction,
// not as letters scattered down the page. Each glyph of such text is
// placed in the frame of its direction: the page turned so that the text
// runs left to right, upright. The layout reads each frame on its own;
// the frame holding most of the page's text comes first, and gives the
// page its size (a page whose whole text is turned reads as a page turned
// upright).

// frame is one direction of text on a page.
type frame struct {
	key  uint16  // 2 × angle in degrees, + 1 when mirrored; never 0
	m    matrix  // page space → frame
	w, h float64 // the page's size in the frame
}

// Directions within snapAngle degrees of a right angle are that angle:
// text set at 89.5° is a turned table head. Others are rounded to
// angleStep degrees, so the glyphs of a line at an odd angle share one
// frame even when computed with different rounding.
const (
	snapAngle = 10
	angleStep = 5
)

// onPage reports whether a point is on the page, with a margin for
// glyphs straddling its edge.
func onPage(x, y, pw, ph float64) bool {
	return x >= -5 && x <= pw+5 && y >= -5 && y <= ph+5
}

// frameFor returns the frame of text whose rendering matrix is m, or nil
// for upright text.
func (in *interp) frameFor(m *matrix) *frame {
	deg := math.Atan2(m[1], m[0]) * 180 / math.Pi
	if math.IsNaN(deg) {
		return nil
	}
	if q := math.Round(deg/90) * 90; math.Abs(deg-q) <= snapAngle {
		deg = q
	} else {
		deg = math.Round(deg/angleStep) * angleStep
	}
	a := int(deg) % 360
	if a < 0 {
		a += 360
	}
	mirrored := m[0]*m[3]-m[1]*m[2] < 0
	key := uint16(2 * a)
	if mirrored {
		key++
	}
	if key == 0 {
		return nil
	}
	for i := range in.frames {
		if in.frames[i].key == key {
			return &in.frames[i]
		}
	}
	// turn by -a; a mirrored frame flips y back, so that its lines still
	// run down the page
	rad := float64(a) * math.Pi / 180
	c, s := math.Cos(rad), math.Sin(rad)
	if a%90 == 0 { // exact: no 6e-17 for cos 90°
		c, s = math.Round(c), math.Round(s)
	}
	t := matrix{c, -s, s, c, 0, 0}
	if mirrored {
		t = t.mul(matrix{1, 0, 0, -1, 0, 0})
	}
	// move the turned page to the positive quadrant
	x0, y0 := math.Inf(1), math.Inf(1)
	x1, y1 := math.Inf(-1), math.Inf(-1)
	for _, p := range [4][2]float64{{0, 0}, {in.pw, 0}, {0, in.ph}, {in.pw, in.ph}} {
		x, y := t.apply(p[0], p[1])
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
	}
	t[4], t[5] = -x0, -y0
	in.frames = append(in.frames, frame{key: key, m: t, w: x1 - x0, h: y1 - y0})
	return &in.frames[len(in.frames)-1]
}

// layoutFrames lays out a page whose glyphs are in several frames: each
// frame on its own, the one with the most glyphs first (upright text
// first among equals), and returns the lines and the page size in the
// first frame.
func layoutFrames(gl []glyph, texts []string, pw, ph float64, frames []frame, bufs *layoutBufs) ([]Line, float64, float64) {
	count := map[uint16]int{}
	for i := range gl {
		count[gl[i].frame]++
	}
	keys := make([]uint16, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b uint16) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	dims := func(k uint16) (float64, float64) {
		for _, f := range frames {
			if f.key == k {
				return f.w, f.h
			}
		}
		return pw, ph
	}
	var lines []Line
	part := make([]glyph, 0, len(gl))
	for _, k := range keys {
		part = part[:0]
		for i := range gl {
			if gl[i].frame == k {
				part = append(part, gl[i])
			}
		}
		w, h := dims(k)
		ls := layoutPage(part, texts, w, h, bufs)
		if len(lines) > 0 && len(ls) > 0 {
			ls[0].BlockStart = true
		}
		lines = append(lines, ls...)
	}
	w, h := dims(keys[0])
	return lines, w, h
}
