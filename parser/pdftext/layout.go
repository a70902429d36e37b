package pdftext

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Layout: glyphs → rows (same baseline) → segments (runs of a row without
// a wide gap) → column regions in reading order → lines.

// A gap wider than spaceGap ems is a word space. A column gutter (and a
// gap splitting a row into segments) is wider than 1.5 typical word gaps
// of the page, and between 0.5 and 1 em of body text.
const spaceGap = 0.15

type seg struct {
	g      []glyph // sorted by x
	x0, x1 float64
	row    int
}

type row struct {
	y    float64
	segs []*seg
}

type region struct {
	segs  []*seg
	col   int
	box   Box
	split bool
	start bool
}

type layouter struct {
	rows    []row
	body    float64 // body font size
	gut     float64 // minimum gutter width, points
	pageBox Box     // extent of all text
	out     []region
	// scratch, reused across rows
	slab []seg
	ys   []float64
	runs []*seg
}

// layoutBufs are scratch buffers a caller may keep from page to page.
type layoutBufs struct {
	keys   []rowKey
	sorted []glyph
}

type rowKey struct {
	y   float64
	seq int
	i   int
}

func layoutPage(gl []glyph, pw, ph float64, bufs *layoutBufs) []Line {
	if len(gl) == 0 {
		return nil
	}
	if bufs == nil {
		bufs = &layoutBufs{}
	}
	L := &layouter{body: bodySize(gl)}
	L.gut = gutterWidth(gl, L.body)
	L.buildRows(gl, bufs)
	var all []*seg
	first := true
	for _, r := range L.rows {
		for _, s := range r.segs {
			all = append(all, s)
			if first {
				L.pageBox = Box{s.x0, 0, s.x1, 0}
				first = false
			}
			L.pageBox.X0 = math.Min(L.pageBox.X0, s.x0)
			L.pageBox.X1 = math.Max(L.pageBox.X1, s.x1)
		}
	}
	L.cut(all, 0, 0, false, false)
	var lines []Line
	for _, rg := range L.out {
		box := L.pageBox
		if rg.split {
			box = rg.box
		}
		ls := L.lines(rg.segs)
		if rg.split {
			box = columnExtent(ls, box, ph)
		}
		for i := range ls {
			ls[i].Column = rg.col
			ls[i].ColumnBox = box
			if i == 0 && rg.start {
				ls[i].BlockStart = true
			}
		}
		lines = append(lines, ls...)
	}
	return lines
}

// columnExtent is the horizontal extent of a column's lines, leaving out
// a page number in the top or bottom margin (removeRunning drops it; it
// must not widen the column and shift every line's indent).
func columnExtent(ls []Line, box Box, ph float64) Box {
	out := Box{X0: math.Inf(1), X1: math.Inf(-1), Y0: box.Y0, Y1: box.Y1}
	for _, l := range ls {
		if (l.Box.Y0 > 0.85*ph || l.Box.Y1 < 0.15*ph) && isPageNumber(l.Text) {
			continue
		}
		out.X0 = math.Min(out.X0, l.Box.X0)
		out.X1 = math.Max(out.X1, l.Box.X1)
	}
	if out.X0 > out.X1 {
		return box
	}
	return out
}

// bodySize is the most common font size, weighted by characters.
func bodySize(gl []glyph) float64 {
	type sizeN struct {
		size float64
		n    int
	}
	var buf [16]sizeN
	count := buf[:0]
	last := -1
	for i := range gl {
		s := math.Round(gl[i].size*2) / 2
		if last < 0 || count[last].size != s {
			last = -1
			for k := range count {
				if count[k].size == s {
					last = k
					break
				}
			}
			if last < 0 {
				count = append(count, sizeN{s, 0})
				last = len(count) - 1
			}
		}
		count[last].n += len(gl[i].text)
	}
	best, n := 10.0, -1
	for _, c := range count {
		if c.n > n || c.n == n && c.size < best {
			best, n = c.size, c.n
		}
	}
	if best < 1 {
		best = 1
	}
	return best
}

// gutterWidth is 1.5 times the median word gap (in content order),
// clamped to [0.5, 1] em of body text.
func gutterWidth(gl []glyph, body float64) float64 {
	var gaps []float64
	for i := 1; i < len(gl) && len(gaps) < 4000; i++ {
		p, g := &gl[i-1], &gl[i]
		if math.Abs(p.y-g.y) > 0.1*g.size {
			continue
		}
		gap := g.x0 - p.x1
		if gap > spaceGap*g.size && gap < 2*g.size {
			gaps = append(gaps, gap)
		}
	}
	w := 0.75 * body
	if len(gaps) >= 10 {
		sort.Float64s(gaps)
		w = 1.5 * gaps[len(gaps)/2]
	}
	return math.Max(0.5*body, math.Min(w, body))
}

// buildRows clusters glyphs by baseline, sorts each row by x, removes
// doubled glyphs (fake bold) and splits rows into segments. Rows and
// segments are slices of bufs.sorted, valid until the buffers' next use.
func (L *layouter) buildRows(gl []glyph, bufs *layoutBufs) {
	// top-down, content order within a baseline (seq is unique); small
	// keys are sorted, the glyphs copied once
	if cap(bufs.keys) < len(gl) {
		n := len(gl) + len(gl)/2
		bufs.keys, bufs.sorted = make([]rowKey, 0, n), make([]glyph, 0, n)
	}
	keys := bufs.keys[:0]
	for i := range gl {
		keys = append(keys, rowKey{gl[i].y, gl[i].seq, i})
	}
	slices.SortFunc(keys, func(a, b rowKey) int {
		if c := cmp.Compare(b.y, a.y); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	sorted := bufs.sorted[:0]
	for _, k := range keys {
		sorted = append(sorted, gl[k.i])
	}
	bufs.keys, bufs.sorted = keys, sorted
	gl = sorted
	start := 0
	var refY, refSize float64
	for i := range gl {
		g := &gl[i]
		tol := 0.45 * math.Max(g.size, refSize)
		if i > start && refY-g.y <= tol {
			if g.size > refSize {
				refSize = g.size
			}
			continue
		}
		if i > start {
			L.addRow(gl[start:i:i])
		}
		start = i
		refY, refSize = g.y, g.size
	}
	if start < len(gl) {
		L.addRow(gl[start:len(gl):len(gl)])
	}
}

// newSeg allocates a segment from the layouter's slab.
func (L *layouter) newSeg() *seg {
	if len(L.slab) == cap(L.slab) {
		L.slab = make([]seg, 0, 64)
	}
	L.slab = L.slab[:len(L.slab)+1]
	return &L.slab[len(L.slab)-1]
}

func (L *layouter) addRow(gs []glyph) {
	slices.SortStableFunc(gs, func(a, b glyph) int { return cmp.Compare(a.x0, b.x0) })
	// drop glyphs printed twice at (nearly) the same place (fake bold)
	out := gs[:0]
	for _, g := range gs {
		dup := false
		for k := len(out) - 1; k >= 0 && k >= len(out)-3; k-- {
			p := &out[k]
			if p.text == g.text && math.Abs(p.x0-g.x0) < 0.15*g.size && math.Abs(p.y-g.y) < 0.15*g.size {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	gs = out[:len(out):len(out)]
	ys := L.ys[:0]
	for i := range gs {
		ys = append(ys, gs[i].y)
	}
	slices.Sort(ys)
	L.ys = ys
	r := row{y: ys[len(ys)/2]}
	id := len(L.rows)
	// runs in content order: a glyph going back left or jumping a gutter
	// starts a new run, so text overprinting other text stays apart
	slices.SortFunc(gs, func(a, b glyph) int { return cmp.Compare(a.seq, b.seq) })
	runs := L.runs[:0]
	var s *seg
	begin := 0
	for i := range gs {
		g := &gs[i]
		if i > 0 {
			p := &gs[i-1]
			if g.x0 < p.x1-0.3*math.Max(g.size, p.size) || g.x0-p.x1 > L.gut {
				s.g = gs[begin:i:i]
				s = nil
			}
		}
		if s == nil {
			s = L.newSeg()
			*s = seg{x0: g.x0, x1: g.x1, row: id}
			runs = append(runs, s)
			begin = i
		}
		s.x0 = math.Min(s.x0, g.x0)
		s.x1 = math.Max(s.x1, g.x1)
	}
	if s != nil {
		s.g = gs[begin:len(gs):len(gs)]
	}
	// merge runs that follow each other closely on the line
	slices.SortStableFunc(runs, func(a, b *seg) int { return cmp.Compare(a.x0, b.x0) })
	for _, u := range runs {
		if n := len(r.segs); n > 0 {
			p := r.segs[n-1]
			if u.x0 >= p.x1-0.3*L.body && u.x0-p.x1 <= L.gut {
				p.g = append(p.g[:len(p.g):len(p.g)], u.g...)
				p.x1 = math.Max(p.x1, u.x1)
				continue
			}
		}
		r.segs = append(r.segs, u)
	}
	L.runs = runs[:0]
	L.rows = append(L.rows, r)
}

// cut emits the regions of segs in reading order, splitting at the best
// column gutter (recursively).
func (L *layouter) cut(segs []*seg, col, depth int, split, start bool) {
	if len(segs) == 0 {
		return
	}
	emit := func() {
		rg := region{segs: segs, col: col, split: split, start: start}
		rg.box = extent(segs)
		L.out = append(L.out, rg)
	}
	if depth > 6 || len(segs) < 4 {
		emit()
		return
	}
	// rows of this set, top-down
	byRow := map[int][]*seg{}
	var rowIDs []int
	for _, s := range segs {
		if _, ok := byRow[s.row]; !ok {
			rowIDs = append(rowIDs, s.row)
		}
		byRow[s.row] = append(byRow[s.row], s)
	}
	sort.Ints(rowIDs)
	pos := map[int]int{}
	for i, id := range rowIDs {
		pos[id] = i
	}
	gut := L.gut
	type cand struct {
		gx0, gx1 float64
		lo, hi   int // run of rows [lo, hi]
		score    int
	}
	best := cand{score: -1}
	tried := map[float64]bool{}
	for _, s := range segs {
		gx0 := s.x1
		if tried[math.Round(gx0)] {
			continue
		}
		tried[math.Round(gx0)] = true
		gx1 := gx0 + gut
		clear := func(ri int) bool {
			for _, t := range byRow[rowIDs[ri]] {
				if t.x0 < gx1 && t.x1 > gx0 {
					return false
				}
			}
			return true
		}
		r0 := pos[s.row]
		if !clear(r0) {
			continue
		}
		lo, hi := r0, r0
		for lo > 0 && clear(lo-1) {
			lo--
		}
		for hi < len(rowIDs)-1 && clear(hi+1) {
			hi++
		}
		if hi-lo < 2 {
			continue
		}
		// A gutter runs down many lines: each side needs text on two
		// rows at least, and where a row has text on both sides the gap
		// must be wider than the row's own word spaces (a justified
		// line's wide spaces line up by chance over a few rows).
		var left, right []*seg
		rowsL, rowsR, straddle, ordinary := 0, 0, 0, 0
		for ri := lo; ri <= hi; ri++ {
			rs := byRow[rowIDs[ri]]
			l, r := false, false
			for _, t := range rs {
				if t.x1 <= gx0 {
					left = append(left, t)
					l = true
				} else {
					right = append(right, t)
					r = true
				}
			}
			if l {
				rowsL++
			}
			if r {
				rowsR++
			}
			if l && r {
				straddle++
				if !gutterGapStandsOut(rs, gx0) {
					ordinary++
				}
			}
		}
		if rowsL < 2 || rowsR < 2 || 2*ordinary > straddle || len(left) < 2 || len(right) < 2 || !columnsPlausible(left, right, L.rows) {
			continue
		}
		if sc := len(left) + len(right); sc > best.score {
			best = cand{gx0, gx1, lo, hi, sc}
		}
	}
	if best.score < 0 {
		emit()
		return
	}
	var before, left, right, after []*seg
	for _, s := range segs {
		p := pos[s.row]
		switch {
		case p < best.lo:
			before = append(before, s)
		case p > best.hi:
			after = append(after, s)
		case s.x1 <= best.gx0:
			left = append(left, s)
		default:
			right = append(right, s)
		}
	}
	L.cut(before, col, depth+1, split, start)
	L.cut(left, col, depth+1, true, true)
	L.cut(right, col+1, depth+1, true, true)
	L.cut(after, col, depth+1, split, true)
}

// gutterGapStandsOut reports whether, on a row with text on both sides of
// a gutter starting at gx0, the gap at the gutter is clearly wider (twice)
// than the row's median word space: a column gutter is; a wide space of a
// justified line is not.
func gutterGapStandsOut(rs []*seg, gx0 float64) bool {
	lx1, rx0 := math.Inf(-1), math.Inf(1)
	var gaps []float64
	var prev *glyph
	for _, t := range rs {
		if t.x1 <= gx0 {
			lx1 = math.Max(lx1, t.x1)
		} else {
			rx0 = math.Min(rx0, t.x0)
		}
	}
	// word gaps of the row, in x order, without the gutter gap
	rs = append([]*seg(nil), rs...)
	sort.Slice(rs, func(a, b int) bool { return rs[a].x0 < rs[b].x0 })
	for _, t := range rs {
		for gi := range t.g {
			g := &t.g[gi]
			if prev != nil && !(prev.x1 <= gx0 && g.x0 > gx0) {
				if gap := g.x0 - prev.x1; gap > spaceGap*math.Max(g.size, prev.size) {
					gaps = append(gaps, gap)
				}
			}
			prev = g
		}
	}
	if len(gaps) == 0 {
		return true
	}
	sort.Float64s(gaps)
	return rx0-lx1 >= 2*gaps[len(gaps)/2]
}

// columnsPlausible says whether left and right look like side-by-side
// text columns rather than a list's markers, a label column or a ragged
// right edge: both wide, overlapping vertically, the left one filled.
func columnsPlausible(left, right []*seg, rows []row) bool {
	lb, rb := extent(left), extent(right)
	lb.Y0, lb.Y1 = yspan(left, rows)
	rb.Y0, rb.Y1 = yspan(right, rows)
	total := rb.X1 - lb.X0
	lw, rw := lb.X1-lb.X0, rb.X1-rb.X0
	if total <= 0 || lw < 0.25*total || rw < 0.25*total {
		return false
	}
	ov := math.Min(lb.Y1, rb.Y1) - math.Max(lb.Y0, rb.Y0)
	if ov < 0.5*math.Min(lb.Y1-lb.Y0, rb.Y1-rb.Y0) {
		return false
	}
	full := 0
	for _, s := range left {
		if s.x1 >= lb.X0+0.75*lw {
			full++
		}
	}
	return full*10 >= len(left)*4
}

func yspan(segs []*seg, rows []row) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, s := range segs {
		y := rows[s.row].y
		lo, hi = math.Min(lo, y), math.Max(hi, y)
	}
	return
}

func extent(segs []*seg) Box {
	b := Box{math.Inf(1), 0, math.Inf(-1), 0}
	for _, s := range segs {
		b.X0 = math.Min(b.X0, s.x0)
		b.X1 = math.Max(b.X1, s.x1)
	}
	return b
}

// lines joins the segments of one region into lines, row by row.
func (L *layouter) lines(segs []*seg) []Line {
	sort.SliceStable(segs, func(a, b int) bool {
		if segs[a].row != segs[b].row {
			return segs[a].row < segs[b].row
		}
		return segs[a].x0 < segs[b].x0
	})
	var out []Line
	for i := 0; i < len(segs); {
		j := i
		for j < len(segs) && segs[j].row == segs[i].row {
			j++
		}
		out = append(out, L.line(segs[i:j]))
		i = j
	}
	return out
}

func (L *layouter) line(segs []*seg) Line {
	var sb strings.Builder
	var prev *glyph
	leadEnd, leadOpen := 0, true
	allBold := true
	type sizeN struct {
		size float64
		n    int
	}
	var sizeArr [4]sizeN
	sizeCount := sizeArr[:0]
	maxSize := 0.0
	box := Box{X0: segs[0].x0, X1: segs[0].x1}
	for si, s := range segs {
		box.X0 = math.Min(box.X0, s.x0)
		box.X1 = math.Max(box.X1, s.x1)
		for gi := range s.g {
			g := &s.g[gi]
			if prev != nil {
				gap := g.x0 - prev.x1
				em := math.Max(g.size, prev.size)
				if (si > 0 && gi == 0) || gap > spaceGap*em || (g.spaceBefore && gap > 0.05*em) || prev.marker {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(g.text)
			if g.bold {
				if leadOpen {
					leadEnd = sb.Len()
				}
			} else {
				leadOpen = false
				allBold = false
			}
			sz, found := math.Round(g.size*2)/2, false
			for k := range sizeCount {
				if sizeCount[k].size == sz {
					sizeCount[k].n += len(g.text)
					found = true
					break
				}
			}
			if !found {
				sizeCount = append(sizeCount, sizeN{sz, len(g.text)})
			}
			maxSize = math.Max(maxSize, g.size)
			prev = g
		}
	}
	raw := sb.String()
	text := norm.NFC.String(raw)
	ln := Line{Text: text, Bold: allBold}
	best := -1
	for _, sc := range sizeCount {
		if sc.n > best || sc.n == best && sc.size > ln.Size {
			ln.Size, best = sc.size, sc.n
		}
	}
	ln.Baseline = L.rows[segs[0].row].y
	box.Y0 = ln.Baseline - 0.25*maxSize
	box.Y1 = ln.Baseline + 0.75*maxSize
	ln.Box = box
	if !allBold && leadEnd > 0 {
		lead := strings.TrimRight(norm.NFC.String(raw[:leadEnd]), " ")
		if strings.HasPrefix(text, lead) && hasLetterOrDigit(lead) {
			ln.LeadBold = len(lead)
		}
	}
	return ln
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

var rePageNumber = regexp.MustCompile(`(?i)^(?:(?:page|p\.|seite|pagina|página)\s*)?(?:\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\(\d{1,4}\)|\[\d{1,4}\])(?:\s*(?:/|of|de|sur|von|di)\s*\d{1,4})?$`)

// isPageNumber reports whether a line is only a page number: "2",
// "Page 2 of 5", "2/5", "- 2 -", "Page 3".
func isPageNumber(s string) bool {
	return rePageNumber.MatchString(strings.TrimSpace(s))
}

// removeRunning drops running headers and footers (the same text, digits
// aside, at the same height near the top or bottom of most pages) and page
// numbers in the margins.
func removeRunning(doc *Document) {
	type key struct {
		text string
		y    int
	}
	marginal := func(p *Page, i int) bool {
		l := p.Lines[i]
		return l.Box.Y0 > 0.85*p.Height || l.Box.Y1 < 0.15*p.Height
	}
	norm := func(s string) string {
		var sb strings.Builder
		for _, r := range strings.ToLower(s) {
			if unicode.IsDigit(r) {
				r = '#'
			}
			if !unicode.IsSpace(r) {
				sb.WriteRune(r)
			}
		}
		return sb.String()
	}
	// edge lines: the two topmost and two bottommost rows of each page
	edges := func(p *Page) map[int]bool {
		idx := make([]int, len(p.Lines))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return p.Lines[idx[a]].Baseline > p.Lines[idx[b]].Baseline })
		m := map[int]bool{}
		for k, i := range idx {
			if (k < 2 || k >= len(idx)-2) && marginal(p, i) {
				m[i] = true
			}
		}
		return m
	}
	count := map[key]int{}
	edgeSets := make([]map[int]bool, len(doc.Pages))
	for pi := range doc.Pages {
		p := &doc.Pages[pi]
		edgeSets[pi] = edges(p)
		seen := map[key]bool{}
		for i := range edgeSets[pi] {
			k := key{norm(p.Lines[i].Text), int(math.Round(p.Lines[i].Baseline / 3))}
			if !seen[k] {
				count[k]++
				seen[k] = true
			}
		}
	}
	n := len(doc.Pages)
	threshold := max(3, (n+1)/2)
	for pi := range doc.Pages {
		p := &doc.Pages[pi]
		kept := p.Lines[:0]
		carry := false
		for i, l := range p.Lines {
			drop := false
			if edgeSets[pi][i] {
				k := key{norm(l.Text), int(math.Round(l.Baseline / 3))}
				drop = isPageNumber(l.Text) || (n >= 3 && count[k] >= threshold)
			}
			if drop {
				carry = carry || l.BlockStart
				continue
			}
			if carry {
				l.BlockStart = true
				carry = false
			}
			kept = append(kept, l)
		}
		p.Lines = kept
	}
}
