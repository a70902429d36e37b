package pdftext

import "sort"

// List bullets drawn as shapes. Chromium (Skia), Qt and other HTML-to-PDF
// producers paint the markers of a bulleted list as small vector paths (a
// filled circle or square, a stroked circle for a nested level), not as
// text: without them, a list reads as wrapped prose and items whose lines
// end with ";" run together. The interpreter records small painted paths
// (shapes); attachBullets turns each one that sits where a list marker
// does — left of a line's first glyph, centred on its x-height — into a
// "•" (filled) or "◦" (hollow) glyph, so the line assembler sees the
// marker a word processor would have typed.

// shape is a small painted path in page space.
type shape struct {
	x0, y0, x1, y1 float64
	hollow         bool // stroked, or a filled ring
}

// pathState accumulates the current path between its construction
// operators and the painting operator.
type pathState struct {
	x0, y0, x1, y1 float64
	points         int
	subpaths       int
	big            bool // already too large to be a marker
}

const (
	maxShapes     = 4096 // per page
	maxShapeSide  = 24.0 // points: larger paths are never markers
	minShapeSide  = 0.5
	bulletFilled  = "•"
	bulletHollow  = "◦"
	bulletMinEm   = 0.15 // marker side, in ems of the text it marks
	bulletMaxEm   = 0.7
	bulletMaxGap  = 2.0 // ems between the marker and the first glyph
	bulletClearEm = 1.0 // ems left of the marker free of text on the row
)

func (p *pathState) reset() { *p = pathState{} }

// point adds a user-space point transformed by m.
func (p *pathState) point(m *matrix, x, y float64) {
	if p.big {
		return
	}
	px, py := m.apply(x, y)
	if p.points == 0 {
		p.x0, p.x1, p.y0, p.y1 = px, px, py, py
	} else {
		p.x0 = min(p.x0, px)
		p.x1 = max(p.x1, px)
		p.y0 = min(p.y0, py)
		p.y1 = max(p.y1, py)
	}
	p.points++
	if p.x1-p.x0 > maxShapeSide || p.y1-p.y0 > maxShapeSide || p.points > 64 {
		p.big = true
	}
}

// pathOp handles the path construction and painting operators; it reports
// whether op was one of them.
func (in *interp) pathOp(op string, ops []token) bool {
	p := &in.path
	m := &in.gs.ctm
	switch op {
	case "m":
		a := lastN(ops, 2)
		p.subpaths++
		p.point(m, num(a, 0), num(a, 1))
	case "l":
		a := lastN(ops, 2)
		p.point(m, num(a, 0), num(a, 1))
	case "c":
		a := lastN(ops, 6)
		p.point(m, num(a, 0), num(a, 1))
		p.point(m, num(a, 2), num(a, 3))
		p.point(m, num(a, 4), num(a, 5))
	case "v", "y":
		a := lastN(ops, 4)
		p.point(m, num(a, 0), num(a, 1))
		p.point(m, num(a, 2), num(a, 3))
	case "re":
		a := lastN(ops, 4)
		x, y, w, h := num(a, 0), num(a, 1), num(a, 2), num(a, 3)
		p.subpaths++
		p.point(m, x, y)
		p.point(m, x+w, y)
		p.point(m, x, y+h)
		p.point(m, x+w, y+h)
	case "h", "W", "W*":
	case "f", "F", "f*", "B", "B*", "b", "b*":
		in.paint(p.subpaths >= 2)
	case "S", "s":
		in.paint(true)
	case "n":
		p.reset()
	default:
		return false
	}
	return true
}

// paint records the current path as a shape when it is small and about
// square, and starts a new path.
func (in *interp) paint(hollow bool) {
	p := &in.path
	defer p.reset()
	if p.big || p.points < 2 || p.subpaths > 2 || len(in.shapes) >= maxShapes {
		return
	}
	w, h := p.x1-p.x0, p.y1-p.y0
	if w < minShapeSide || h < minShapeSide || w > 2*h || h > 2*w {
		return
	}
	in.shapes = append(in.shapes, shape{p.x0, p.y0, p.x1, p.y1, hollow})
}

// attachBullets adds a marker glyph for every shape that marks a line:
// its size 0.15–0.7 em of the line's first glyph, its centre on that
// glyph's x-height, left of it within 2 em, with no text just left of the
// shape on the same row. Glyph sequence numbers are odd (see show); a
// marker takes the even number before the glyph it marks, so it leads its
// line in content order.
func attachBullets(gl []glyph, shapes []shape, texts *[]string) []glyph {
	if len(shapes) == 0 || len(gl) == 0 {
		return gl
	}
	byY := make([]int, len(gl))
	for i := range byY {
		byY[i] = i
	}
	sort.Slice(byY, func(a, b int) bool { return gl[byY[a]].y < gl[byY[b]].y })
	used := map[int]bool{}
	n := len(gl)
	for _, s := range shapes {
		w, h := s.x1-s.x0, s.y1-s.y0
		side := max(w, h)
		cy := (s.y0 + s.y1) / 2
		// the marked glyph's size is side/0.7 … side/0.15, its baseline
		// 0.1–0.55 em below the centre
		lo := cy - 0.55*side/bulletMinEm
		hi := cy - 0.1*side/bulletMaxEm
		k := sort.Search(len(byY), func(i int) bool { return gl[byY[i]].y >= lo })
		best := -1
		for ; k < len(byY) && gl[byY[k]].y <= hi; k++ {
			i := byY[k]
			g := &gl[i]
			em := g.size
			if em <= 0 || side < bulletMinEm*em || side > bulletMaxEm*em {
				continue
			}
			if d := cy - g.y; d < 0.1*em || d > 0.55*em {
				continue
			}
			if gap := g.x0 - s.x1; gap < -0.05*em || gap > bulletMaxGap*em {
				continue
			}
			if best < 0 || g.x0 < gl[best].x0 {
				best = i
			}
		}
		if best < 0 || used[best] {
			continue
		}
		g := gl[best]
		if isMarkerText((*texts)[g.tid]) {
			continue // a typed marker already
		}
		// the shape must start the row: no glyph on the baseline between
		// 1 em left of the shape and the marked glyph
		clear := true
		k = sort.Search(len(byY), func(i int) bool { return gl[byY[i]].y >= g.y-0.2*g.size })
		for ; k < len(byY) && gl[byY[k]].y <= g.y+0.2*g.size; k++ {
			o := &gl[byY[k]]
			if byY[k] != best && o.x1 > s.x0-bulletClearEm*g.size && o.x0 < g.x0 {
				clear = false
				break
			}
		}
		if !clear {
			continue
		}
		used[best] = true
		text := bulletFilled
		if s.hollow {
			text = bulletHollow
		}
		if len(*texts) == 0 {
			*texts = append(*texts, "") // index 0: no text
		}
		*texts = append(*texts, text)
		gl = append(gl, glyph{tid: uint32(len(*texts) - 1), tlen: uint32(len(text)), x0: s.x0, x1: s.x1, y: g.y, size: g.size, spaceBefore: true, seq: g.seq - 1, marker: true})
	}
	if len(gl) > n {
		// keep the sequence order of the slice (gutterWidth reads gaps in it)
		sort.SliceStable(gl, func(a, b int) bool { return gl[a].seq < gl[b].seq })
	}
	return gl
}

// isMarkerText reports whether a glyph is itself a typed list marker.
func isMarkerText(t string) bool {
	switch t {
	case "•", "●", "▪", "◦", "‣", "∙", "·", "○", "■", "□", "►", "▸", "➢", "✓", "-", "–", "*":
		return true
	}
	return false
}
