package pdftext

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/furniture"
	"golang.org/x/text/unicode/norm"
)

// Layout: glyphs → rows (same baseline) → segments (runs of a row without
// a wide gap) → column regions in reading order → lines.

// A gap wider than spaceGap ems is a word space: poppler's
// minWordBreakSpace. (It was 0.15: CJK text set with 0.1-0.15 em gaps,
// and tightly set Latin text, ran its words together; no corpus notice
// changed.) A column gutter (and a gap splitting a row into segments) is
// wider than 1.5 typical word gaps of the page, and between 0.5 and 1 em
// of body text.
const spaceGap = 0.1

// A gap wider than cellGap ems after a line's first words (maxCellWords
// at most) parts two cells of a table row: justified text stretches its
// spaces to an em or so, a label column sets its values several ems
// away.
const (
	cellGap      = 1.2
	maxCellWords = 6
	maxTailWords = 3
)

// A gap wider than tailGap ems before a line's last words (maxTailWords
// at most) may part its last cell from the others: a cell's padding is
// narrower than a label column's offset, and only a column of such cells
// aligned row under row tells a table (the line assembler decides).
const tailGap = 0.6

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
	texts   []string // glyph.tid → text
	rows    []row
	body    float64 // body font size
	gut     float64 // minimum gutter width, points
	pageBox Box     // extent of all text
	out     []region
	// scratch, reused across rows (and pages)
	slabs []*[64]seg
	nseg  int
	ys    []float64
	runs  []*seg
	gaps  []float64
	lbuf  []Line
	// cut's scratch (used before it recurses)
	pos         []int               // by row id: -1, or the row's index in the set
	tried       map[float64]float64 // a rounded segment end → the rightmost end rounded so
	triedTo     map[float64]int     // a rounded segment end → the last row its gutter was tried to
	left, right []*seg
}

// posBuf returns cut's row-position buffer for n rows, all -1.
func (L *layouter) posBuf(n int) []int {
	if len(L.pos) < n {
		L.pos = make([]int, n)
		for i := range L.pos {
			L.pos[i] = -1
		}
	}
	return L.pos
}

// layoutBufs are scratch buffers a caller may keep from page to page.
type layoutBufs struct {
	keys   []rowKey
	sorted []glyph
	L      layouter
	// tick checks the extraction's context: a layout that finds it done
	// stops, leaving its lines unfinished (the caller checks it after)
	tick budget.Ticker
}

type rowKey struct {
	y   float64
	seq int
	i   int
}

func layoutPage(gl []glyph, texts []string, pw, ph float64, bufs *layoutBufs) []Line {
	if len(gl) == 0 {
		return nil
	}
	if bufs == nil {
		bufs = &layoutBufs{}
	}
	// the layouter's buffers serve page after page: only its slices'
	// memory is kept, no segment or line of the last page is read again
	L := &bufs.L
	*L = layouter{
		texts: texts, body: bodySize(gl), rows: L.rows[:0], slabs: L.slabs, ys: L.ys, runs: L.runs, gaps: L.gaps[:0],
		lbuf: L.lbuf[:0], pos: L.pos, tried: L.tried, triedTo: L.triedTo, left: L.left, right: L.right,
	}
	L.gut = L.gutterWidth(gl)
	if !L.buildRows(gl, bufs) || bufs.tick.Err() != nil {
		return nil
	}
	L.centredLabels()
	all := make([]*seg, 0, L.nseg)
	first := true
	for _, r := range L.rows {
		for _, s := range r.segs {
			all = append(all, s)
			if first {
				L.pageBox = Box{X0: s.x0, X1: s.x1}
				first = false
			}
			L.pageBox.X0 = min(L.pageBox.X0, s.x0)
			L.pageBox.X1 = max(L.pageBox.X1, s.x1)
		}
	}
	L.cut(all, 0, 0, false, false)
	if bufs.tick.Err() != nil {
		return nil
	}
	// lines are gathered in a buffer, then copied out at their exact size
	lines := L.lbuf[:0]
	for _, rg := range L.out {
		box := L.pageBox
		if rg.split {
			box = rg.box
		}
		n := len(lines)
		lines = L.lines(rg.segs, lines)
		ls := lines[n:]
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
	}
	var out []Line
	if len(lines) > 0 {
		out = make([]Line, len(lines))
		copy(out, lines)
	}
	clear(lines) // the buffer must not keep the page's text alive
	L.lbuf = lines[:0]
	return out
}

// columnExtent is the horizontal extent of a column's lines, leaving out
// a page number in the top or bottom margin (removeRunning drops it; it
// must not widen the column and shift every line's indent).
func columnExtent(ls []Line, box Box, ph float64) Box {
	out := Box{X0: math.Inf(1), X1: math.Inf(-1), Y0: box.Y0, Y1: box.Y1}
	for _, l := range ls {
		if (l.Box.Y0 > 0.85*ph || l.Box.Y1 < 0.15*ph) && furniture.IsPageNumber(l.Text) {
			continue
		}
		out.X0 = min(out.X0, l.Box.X0)
		out.X1 = max(out.X1, l.Box.X1)
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
	lastSize := 0.0 // the size as set of the glyph counted in count[last]
	for i := range gl {
		// A glyph set in the size of the one before, nearly every
		// glyph, is counted with it, without rounding its size again
		// (math.Round, per glyph, was half of this loop).
		if last < 0 || gl[i].size != lastSize {
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
			lastSize = gl[i].size
		}
		count[last].n += int(gl[i].tlen)
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
// nth returns the value that sort.Float64s would put at index k, in linear
// time (quickselect; it reorders xs). xs holds no NaN.
func nth(xs []float64, k int) float64 {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		// median of three as the pivot, then a three-way partition:
		// [lo, lt) < p, [lt, gt] == p, (gt, hi] > p
		a, b, c := xs[lo], xs[lo+(hi-lo)/2], xs[hi]
		p := max(min(a, b), min(max(a, b), c))
		lt, i, gt := lo, lo, hi
		for i <= gt {
			switch {
			case xs[i] < p:
				xs[lt], xs[i] = xs[i], xs[lt]
				lt++
				i++
			case xs[i] > p:
				xs[i], xs[gt] = xs[gt], xs[i]
				gt--
			default:
				i++
			}
		}
		switch {
		case k < lt:
			hi = lt - 1
		case k > gt:
			lo = gt + 1
		default:
			return p
		}
	}
	return xs[k]
}

func (L *layouter) gutterWidth(gl []glyph) float64 {
	body := L.body
	gaps := L.gaps[:0]
	defer func() { L.gaps = gaps[:0] }()
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
		w = 1.5 * nth(gaps, len(gaps)/2)
	}
	return max(0.5*body, min(w, body))
}

// buildRows clusters glyphs by baseline, sorts each row by x, removes
// doubled glyphs (fake bold) and splits rows into segments. Rows and
// segments are slices of bufs.sorted, valid until the buffers' next use.
// It returns false when the context is done.
func (L *layouter) buildRows(gl []glyph, bufs *layoutBufs) bool {
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
		if bufs.tick.Tick() != nil {
			return false
		}
		g := &gl[i]
		tol := 0.45 * max(g.size, refSize)
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
	return true
}

// gutter is the narrowest gap between glyphs p and g that parts a row
// into segments: the page's gutter width, or in text larger than the
// body's a word space of its size (wordGapMax ems), so that a title's
// word spaces, as wide as the body's gutter, do not cut it.
func (L *layouter) gutter(p, g *glyph) float64 {
	return max(L.gut, wordGapMax*max(p.size, g.size))
}

// A word space is under wordGapMax ems in any text but justified text
// stretched across a narrow column.
const wordGapMax = 0.45

// newSeg allocates a segment from the layouter's slab.
func (L *layouter) newSeg() *seg {
	i := L.nseg / 64
	if i == len(L.slabs) {
		L.slabs = append(L.slabs, new([64]seg))
	}
	s := &L.slabs[i][L.nseg%64]
	L.nseg++
	return s
}

func (L *layouter) addRow(gs []glyph) {
	// most rows come in x order already: a check is far cheaper than a
	// (stable) sort moving the glyphs, and leaves them as the sort would
	byX := func(a, b glyph) int { return cmp.Compare(a.x0, b.x0) }
	if !slices.IsSortedFunc(gs, byX) {
		slices.SortStableFunc(gs, byX)
	}
	// drop glyphs printed twice at (nearly) the same place (fake bold)
	// (compacted in place: glyphs move only after a first duplicate)
	n := 0
	for i := range gs {
		g := &gs[i]
		dup := false
		for k := n - 1; k >= 0 && k >= n-3; k-- {
			p := &gs[k]
			// (positions first: they rule out nearly every pair cheaply;
			// a double is drawn over the glyph, less than half its
			// width along: a doubled letter, "ll", is a whole advance
			// along, which in a narrow glyph is under 0.15 em)
			if d := math.Abs(p.x0 - g.x0); d < 0.15*g.size && d < 0.5*(p.x1-p.x0) && math.Abs(p.y-g.y) < 0.15*g.size && L.texts[p.tid] == L.texts[g.tid] {
				dup = true
				break
			}
		}
		if !dup {
			if n != i {
				gs[n] = *g
			}
			n++
		}
	}
	gs = gs[:n:n]
	// the row's baseline is the median y: most rows sit on one baseline
	// exactly, and need no sort to find it
	ys := L.ys[:0]
	same := true
	for i := range gs {
		ys = append(ys, gs[i].y)
		same = same && math.Float64bits(gs[i].y) == math.Float64bits(gs[0].y) // bits: -0 is not +0
	}
	if !same {
		slices.Sort(ys)
	}
	L.ys = ys
	id := len(L.rows)
	r := row{y: ys[len(ys)/2]}
	if id < cap(L.rows) { // reuse the memory of a former page's row
		r.segs = L.rows[:id+1][id].segs[:0]
	}
	// runs in content order: a glyph going back left or jumping a gutter
	// starts a new run, so text overprinting other text stays apart
	bySeq := func(a, b glyph) int { return cmp.Compare(a.seq, b.seq) }
	if !slices.IsSortedFunc(gs, bySeq) { // seq is unique: any sort gives this order
		slices.SortFunc(gs, bySeq)
	}
	runs := L.runs[:0]
	var s *seg
	begin := 0
	for i := range gs {
		g := &gs[i]
		if i > 0 {
			p := &gs[i-1]
			if g.x0 < p.x1-0.3*max(g.size, p.size) || g.x0-p.x1 > L.gutter(p, g) {
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
		s.x0 = min(s.x0, g.x0)
		s.x1 = max(s.x1, g.x1)
	}
	if s != nil {
		s.g = gs[begin:len(gs):len(gs)]
	}
	// merge runs that follow each other closely on the line
	slices.SortStableFunc(runs, func(a, b *seg) int { return cmp.Compare(a.x0, b.x0) })
	for _, u := range runs {
		if n := len(r.segs); n > 0 {
			p := r.segs[n-1]
			if u.x0 >= p.x1-0.3*L.body && u.x0-p.x1 <= L.gutter(&p.g[len(p.g)-1], &u.g[0]) {
				p.g = append(p.g[:len(p.g):len(p.g)], u.g...)
				p.x1 = max(p.x1, u.x1)
				continue
			}
		}
		r.segs = append(r.segs, u)
	}
	L.runs = runs[:0]
	L.rows = append(L.rows, r)
}

// centredLabels moves a table's label set against the middle of a cell
// of two lines onto the baseline of the cell's first line: its own
// baseline is between the two, so its row holds it alone, the cell's
// first line is read as the last line of the row above and the label
// takes the second line only ("Rémunération" beside "36 900 000 FCFA
// (XAF) nets par an, indemnité de" / "logement non comprise").
//
// The label is one short segment, in bold or ending in a colon, alone
// on its row; the rows just above and below are a line's pitch apart
// (1.6 ems at most), the label's baseline half way between them (0.2 em
// either way), their first text right of the label starting at one x,
// and neither has text over the label or the gutter after it; the cell
// has no third line at that x a pitch above or below (a line there with
// a label beside it is the next row's, and so is one half a pitch from
// a label of this one's style and place: the next row's label centred
// against a cell of two lines, or the row above's).
func (L *layouter) centredLabels() {
	var moving [maxCentredLabels]bool
	for i := 1; i+1 < len(L.rows); i++ {
		r := &L.rows[i]
		if len(r.segs) == 0 || len(r.segs) > maxCentredLabels {
			continue
		}
		moved := false
		for j, l := range r.segs {
			moving[j] = L.centredLabel(i, l, r.segs[j+1:])
			moved = moved || moving[j]
		}
		if !moved {
			continue
		}
		a := &L.rows[i-1]
		kept := r.segs[:0]
		for j, l := range r.segs {
			if moving[j] {
				l.row = i - 1
				a.segs = append(a.segs, l)
			} else {
				kept = append(kept, l)
			}
		}
		r.segs = kept
		slices.SortStableFunc(a.segs, func(p, q *seg) int { return cmp.Compare(p.x0, q.x0) })
	}
}

// maxCentredLabels bounds the labels one row may hold: the two halves
// of a side-by-side notice set their tables' labels on one baseline.
const maxCentredLabels = 2

// centredLabel tells whether the segment l of row i is a label centred
// against a cell of two lines on the rows around it; next are the
// segments right of l on its row (the other half's label), before which
// the cell's lines end.
func (L *layouter) centredLabel(i int, l *seg, next []*seg) bool {
	r := &L.rows[i]
	size := l.g[0].size
	words, bold := segWords(l)
	if words > maxCellWords {
		return false
	}
	a, b := &L.rows[i-1], &L.rows[i+1]
	if a.y-b.y > centredPitch*size || math.Abs(r.y-(a.y+b.y)/2) > centredTol*size {
		return false
	}
	// the first text right of the label on a row, or nil when text
	// stands over the label or its gutter
	value := func(rw *row) *seg {
		var v *seg
		for _, t := range rw.segs {
			if t.x1 <= l.x0-L.gut {
				continue // another column's, left of the label
			}
			if t.x0 < l.x1+L.gut {
				return nil
			}
			if v == nil || t.x0 < v.x0 {
				v = t
			}
		}
		return v
	}
	va, vb := value(a), value(b)
	if va == nil || vb == nil || math.Abs(va.x0-vb.x0) > 1 || math.Abs(va.g[0].size-size) > styleSizeTol {
		return false
	}
	if len(next) > 0 && max(va.x1, vb.x1) > next[0].x0-L.gut {
		return false
	}
	// a label's mark: its weight, its colon, or the colon that opens
	// its value cell ("Place of work | : Commission for…" / "Rodrigues"),
	// the cell's second line opening with none
	if !bold && !L.endsInColon(l) && !(L.startsWithColon(va) && !L.startsWithColon(vb)) {
		return false
	}
	// a cell of two lines, not more: a label centred against a
	// longer one is on one of its lines, or between two of its
	// middle ones, and which lines go before it is not told
	pitch := a.y - b.y
	goesOn := func(k, step int, y float64) bool {
		for ; k >= 0 && k < len(L.rows) && math.Abs(L.rows[k].y-y) <= (1+centredTol)*pitch; k += step {
			if math.Abs(math.Abs(L.rows[k].y-y)-pitch) > centredTol*pitch {
				continue
			}
			at, beside := false, false
			for _, t := range L.rows[k].segs {
				at = at || math.Abs(t.x0-va.x0) <= 1
				beside = beside || t.x0 < l.x1 && t.x1 > l.x0
			}
			// the label beside that line may also stand half a pitch
			// off it, flush with this label and in its size and
			// weight, a cell of two lines away from it and nothing
			// between the two in their column: the
			// next row's label, centred in turn against a cell of two
			// lines, or the row above's (moved already onto its cell's
			// first line, its glyphs keeping their baseline); not a
			// heading's lines wrapped beside a column's paragraph
			above := k - 1
			if above > 0 && len(L.rows[above].segs) == 0 {
				above-- // the row a centred label left: the row above took it
			}
			for _, m := range [2]int{above, k + 1} {
				if m < 0 || m >= len(L.rows) {
					continue
				}
				for _, t := range L.rows[m].segs {
					g := &t.g[0]
					if t != l && math.Abs(t.x0-l.x0) <= 1 && g.bold == l.g[0].bold && math.Abs(g.size-size) <= styleSizeTol &&
						math.Abs(g.y-L.rows[k].y) <= (0.5+centredTol)*pitch && math.Abs(g.y-l.g[0].y) >= 1.5*pitch && !L.between(i, l, g.y) {
						beside = true
					}
				}
			}
			if at && !beside {
				return true
			}
		}
		return false
	}
	if goesOn(i-2, -1, a.y) || goesOn(i+2, 1, b.y) {
		return false
	}
	return true
}

// between reports text flush with the segment l of row i on a row
// between l's baseline and y: a heading's next line, a value stacked
// under its label. A table's label column holds its labels only.
func (L *layouter) between(i int, l *seg, y float64) bool {
	lo, hi := min(y, l.g[0].y), max(y, l.g[0].y)
	for k := max(i-maxBetweenRows, 0); k < min(i+maxBetweenRows+1, len(L.rows)); k++ {
		for _, t := range L.rows[k].segs {
			if g := &t.g[0]; t != l && math.Abs(t.x0-l.x0) <= 1 && g.y > lo+ownBaseline*g.size && g.y < hi-ownBaseline*g.size {
				return true
			}
		}
	}
	return false
}

// maxBetweenRows bounds the rows between looks at either side of a
// label: the next label of a table whose labels are centred against
// cells of two lines is a few rows away (more where the page's other
// column sets lines between them).
const maxBetweenRows = 8

// centredPitch bounds, in ems of a label, the distance between the two
// lines of a cell it is centred against; centredTol how far from their
// middle its baseline may be.
const (
	centredPitch = 1.6
	centredTol   = 0.2
)

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
	// rows of this set, top-down: segs grouped by row (content order kept
	// within a row) in bySeg, row ri being bySeg[rowAt[ri]:rowAt[ri+1]];
	// rowIDs[ri] is the row's id and pos[id] its index (slices indexed by
	// row id, not maps: cut runs for every region of every page)
	pos := L.posBuf(len(L.rows))
	var rowIDs []int
	for _, s := range segs {
		if pos[s.row] < 0 {
			pos[s.row] = 0
			rowIDs = append(rowIDs, s.row)
		}
		pos[s.row]++ // count, for now
	}
	slices.Sort(rowIDs)
	rowAt := make([]int, len(rowIDs)+1)
	for i, id := range rowIDs {
		rowAt[i+1] = rowAt[i] + pos[id]
		pos[id] = i
	}
	bySeg := make([]*seg, len(segs))
	fill := slices.Clone(rowAt[:len(rowIDs)])
	for _, s := range segs {
		ri := pos[s.row]
		bySeg[fill[ri]] = s
		fill[ri]++
	}
	rowSegs := func(ri int) []*seg { return bySeg[rowAt[ri]:rowAt[ri+1]] }
	gut := L.gut
	type cand struct {
		gx0, gx1 float64
		lo, hi   int // run of rows [lo, hi]
		score    int
		apart    bool // a left side of short lines, set apart (sidesApart)
		flush    bool // apart only by a block set flush right beside it (setFlushRight)
	}
	best := cand{score: -1}
	if L.tried == nil {
		L.tried, L.triedTo = map[float64]float64{}, map[float64]int{}
	}
	// A gutter is tried once for the segments ending within a point of
	// each other (rounded), at the rightmost of their ends: two lines of
	// a column end a fraction of a point apart ("Working regime", "Full-
	// time, shift work"), and a gutter at the shorter one's end would
	// run through the longer one. It is tried again from a segment
	// below the rows it was tried down to: a gutter blocked at one
	// segment's row (a banner's words cross it there) may run down the
	// rows of another further down.
	ends, to := L.tried, L.triedTo
	clear(ends)
	clear(to)
	for _, s := range segs {
		if x, ok := ends[math.Round(s.x1)]; !ok || s.x1 > x {
			ends[math.Round(s.x1)] = s.x1
		}
	}
	for _, s := range segs {
		key := math.Round(s.x1)
		gx0 := ends[key]
		r0 := pos[s.row]
		if last, ok := to[key]; ok && r0 <= last {
			continue
		}
		to[key] = r0
		gx1 := gx0 + gut
		clear := func(ri int) bool {
			for _, t := range rowSegs(ri) {
				if t.x0 < gx1 && t.x1 > gx0 {
					return false
				}
			}
			return true
		}
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
		to[key] = hi
		if hi-lo < 2 {
			continue
		}
		// A gutter runs down many lines: each side needs text on two
		// rows at least, and where a row has text on both sides the gap
		// must be wider than the row's own word spaces (a justified
		// line's wide spaces line up by chance over a few rows).
		left, right := L.left[:0], L.right[:0]
		rowsL, rowsR, straddle, ordinary, leaders, labels, styled := 0, 0, 0, 0, 0, 0, 0
		for ri := lo; ri <= hi; ri++ {
			rs := rowSegs(ri)
			var l *seg // the left side's segment nearest the gutter
			r := false
			for _, t := range rs {
				if t.x1 <= gx0 {
					left = append(left, t)
					if l == nil || t.x1 > l.x1 {
						l = t
					}
				} else {
					right = append(right, t)
					r = true
				}
			}
			if l != nil {
				rowsL++
			}
			if r {
				rowsR++
			}
			if l != nil && r {
				straddle++
				if !gutterGapStandsOut(rs, gx0) {
					ordinary++
				}
				if L.endsInLeader(l) {
					leaders++
				}
				if L.endsInColon(l) {
					labels++
				}
				if L.labelStyled(l, rs, gx0) {
					styled++
				}
			}
		}
		L.left, L.right = left[:0], right[:0] // scratch: only counts survive
		plausible, grid, shared := columnsPlausible(left, right, L.rows, straddle, rowsR)
		if shared {
			// (a narrow right side sharing the left side's rows is a
			// sidebar all the same when each side steps down at its own
			// pitch: a careers page's list of other posts beside a
			// table of facts, their lines meeting on a row by chance)
			plausible, _ = apartEvidence(rowSegs, lo, hi, gx0)
		}
		// (a row whose text leads the eye across the gap with dots, an
		// index's "exchanges . . . . 12, 19, 29", is one line of a table)
		if rowsL < 2 || rowsR < 2 || 2*ordinary > straddle || len(left) < 2 || len(right) < 2 || !plausible || leaders > 0 && 2*leaders >= straddle {
			continue
		}
		// (a left side most of whose rows are labels, ending in a colon
		// on the baseline of text right of the gutter, is a table's
		// label column beside its values, in a column as narrow as half
		// a page as much as across a page: its rows are read across)
		if !grid && (3*labels >= 2*rowsL || straddle >= 2 && styled == straddle) {
			continue
		}
		sc := len(left) + len(right)
		if sc <= best.score {
			continue
		}
		// a left side of short lines is a label column unless the rows
		// show the two sides were set apart (sidesApart: a pass over the
		// run's rows, so only for a gutter that would be the best)
		apart, flush := false, false
		if grid {
			// a narrow left side is a grid's column of facts, or nothing
			if own, stacked := apartEvidence(rowSegs, lo, hi, gx0); !stacked && !own {
				continue
			}
			best = cand{gx0, gx1, lo, hi, sc, true, false}
			continue
		}
		if !leftFilled(left) && !mirrored(left, right, mirrorTol*L.body) {
			if leftRunsOn(rowSegs, lo, hi, len(rowIDs), gx0, left, extent(right).X0, columnEdgeTol*L.body) {
				continue
			}
			if !sidesApart(rowSegs, lo, hi, gx0) && !sizesApart(left, right) {
				if !setFlushRight(rowSegs, lo, hi, gx0, L.body) {
					continue
				}
				flush = true
			}
			apart = true
		}
		best = cand{gx0, gx1, lo, hi, sc, apart, flush}
	}
	var before, left, right, after []*seg
	if best.score >= 0 {
		if best.apart {
			best.lo, best.hi = L.trimRun(rowSegs, rowIDs, best.lo, best.hi, best.gx0)
		}
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
	}
	for _, id := range rowIDs { // leave pos all -1 for the next call
		pos[id] = -1
	}
	if best.score < 0 {
		emit()
		return
	}
	L.cut(before, col, depth+1, split, start)
	// The lines beside a block set flush right are the text's own, on
	// its measure: their shortness against it is what tells a line
	// broken by the writer (one fact a line) from a wrapped one.
	L.cut(left, col, depth+1, split || !best.flush, true)
	L.cut(right, col+1, depth+1, true, true)
	L.cut(after, col, depth+1, split, true)
}

// trimRun narrows the rows lo..hi beside a gutter at gx0 to the columns
// proper, for a sidebar or a grid of facts beside text (two columns of
// text are read as they always were: a title over both halves of a
// bilingual page is cut with them): where one side has no text yet (or no more), a wide vertical
// gap (trimGap) parts the columns from a title above them or a section
// below them that the gutter runs through only because the other side is
// empty there. Those rows are read before, or after, both columns.
func (L *layouter) trimRun(rowSegs func(int) []*seg, rowIDs []int, lo, hi int, gx0 float64) (int, int) {
	// a side's rows are those with text at its column's left edge (the
	// median start): a wide title's last words past the gutter are not
	var xl, xr []float64
	for ri := lo; ri <= hi; ri++ {
		for _, t := range rowSegs(ri) {
			if t.x1 <= gx0 {
				xl = append(xl, t.x0)
			} else {
				xr = append(xr, t.x0)
			}
		}
	}
	if len(xl) == 0 || len(xr) == 0 {
		return lo, hi
	}
	edgeL, edgeR := nth(xl, len(xl)/2), nth(xr, len(xr)/2)
	firstL, firstR, lastL, lastR := -1, -1, -1, -1
	for ri := lo; ri <= hi; ri++ {
		for _, t := range rowSegs(ri) {
			if t.x1 <= gx0 {
				if math.Abs(t.x0-edgeL) > columnEdgeTol*L.body {
					continue
				}
				if firstL < 0 {
					firstL = ri
				}
				lastL = ri
			} else {
				if math.Abs(t.x0-edgeR) > columnEdgeTol*L.body {
					continue
				}
				if firstR < 0 {
					firstR = ri
				}
				lastR = ri
			}
		}
	}
	if firstL < 0 || firstR < 0 {
		return lo, hi
	}
	y := func(ri int) float64 { return L.rows[rowIDs[ri]].y }
	gap := trimGap * L.body
	for ri := max(firstL, firstR); ri > lo; ri-- {
		if y(ri-1)-y(ri) > gap {
			lo = ri
			break
		}
	}
	for ri := min(lastL, lastR) + 1; ri <= hi; ri++ {
		if y(ri-1)-y(ri) > gap {
			hi = ri - 1
			break
		}
	}
	return lo, hi
}

// trimGap is the vertical gap, in ems of body text, that parts a block
// from the columns beside it: paragraphs and headings of one column are
// two ems apart at most.
const trimGap = 3.0

// columnEdgeTol is how far, in ems, a line may start from its column's
// left edge and still be one of its lines: an indent, a list's item.
const columnEdgeTol = 2.0

// labelStyled reports whether the row rs, with l the left side's
// segment nearest a gutter at gx0, is a label beside its value: l alone
// left of the gutter, a few words in bold, and the first text right of
// the gutter in the regular weight of the same size, not a list's
// marker (a criteria heading beside its list is a column of headings).
func (L *layouter) labelStyled(l *seg, rs []*seg, gx0 float64) bool {
	var r *seg
	for _, t := range rs {
		if t.x1 <= gx0 {
			if t != l {
				return false
			}
		} else if r == nil || t.x0 < r.x0 {
			r = t
		}
	}
	if r == nil {
		return false
	}
	words, bold := segWords(l)
	a, b := &l.g[len(l.g)-1], &r.g[0]
	return bold && words <= maxCellWords && !b.bold && math.Abs(a.size-b.size) <= styleSizeTol &&
		!b.marker && !isMarkerText(L.texts[b.tid])
}

// segWords returns how many words a segment holds and whether all its
// glyphs are bold.
func segWords(s *seg) (n int, bold bool) {
	n, bold = 1, true
	for i := range s.g {
		bold = bold && s.g[i].bold
		if i > 0 && s.g[i].spaceBefore {
			n++
		}
	}
	return n, bold
}

// endsInColon reports a segment that ends in a colon: a label's.
func (L *layouter) endsInColon(s *seg) bool {
	t := L.texts[s.g[len(s.g)-1].tid]
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// startsWithColon reports a segment that opens with a colon: the value
// cell of a table that sets its colons in the value column.
func (L *layouter) startsWithColon(s *seg) bool {
	t := L.texts[s.g[0].tid]
	return strings.HasPrefix(t, ":") || strings.HasPrefix(t, "：")
}

// endsInLeader reports a segment that ends in a dot leader, three dots
// or more: an index's or a table of contents' entry leading to its page.
func (L *layouter) endsInLeader(s *seg) bool {
	n := 0
	for i := len(s.g) - 1; i >= 0 && n < 3; i-- {
		switch L.texts[s.g[i].tid] {
		case ".":
			n++
		case "…", "..", "...":
			n += 3
		default:
			return false
		}
	}
	return n >= 3
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
			lx1 = max(lx1, t.x1)
		} else {
			rx0 = min(rx0, t.x0)
		}
	}
	// word gaps of the row, in x order, without the gutter gap
	rs = append([]*seg(nil), rs...)
	sort.Slice(rs, func(a, b int) bool { return rs[a].x0 < rs[b].x0 })
	for _, t := range rs {
		for gi := range t.g {
			g := &t.g[gi]
			if prev != nil && !(prev.x1 <= gx0 && g.x0 > gx0) {
				if gap := g.x0 - prev.x1; gap > spaceGap*max(g.size, prev.size) {
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
// A narrower right column is a sidebar (a careers page's facts beside
// its text) when most of its rows (rowsR) have no left text beside them
// (straddle): the values of a label column share their labels' rows.
//
// A left side whose text is narrow but whose column, measured to where
// the right side starts, is as wide as a column's share may be a grid of
// facts ("REFERENCE" over "ATIDI/HR/2031/019", a column's width from the
// next column of facts): grid says so, and the caller must find the
// rows stacked as such a grid's are (apartEvidence) before it cuts.
//
// A narrower right side most of whose rows have left text beside them
// is a label column's values, or a sidebar whose lines share rows with
// the text beside it by chance: shared says so (ok is then false), and
// the caller must find each side on baselines of its own
// (apartEvidence) to read it as a sidebar.
func columnsPlausible(left, right []*seg, rows []row, straddle, rowsR int) (ok, grid, shared bool) {
	lb, rb := extent(left), extent(right)
	lb.Y0, lb.Y1 = yspan(left, rows)
	rb.Y0, rb.Y1 = yspan(right, rows)
	total := rb.X1 - lb.X0
	lw, rw := lb.X1-lb.X0, rb.X1-rb.X0
	if total <= 0 || rw < minSidebarShare*total {
		return false, false, false
	}
	if lw < minColumnShare*total {
		if rb.X0-lb.X0 < minColumnShare*total || rw < minColumnShare*total {
			return false, false, false
		}
		grid = true
	}
	ov := min(lb.Y1, rb.Y1) - max(lb.Y0, rb.Y0)
	ok = ov >= 0.5*min(lb.Y1-lb.Y0, rb.Y1-rb.Y0)
	if rw < minColumnShare*total && 2*straddle > rowsR {
		return false, false, ok && !grid
	}
	return ok, grid, false
}

// leftFilled says whether the left side of a gutter is a column of text:
// two lines in five at least run to three quarters of its width. A
// label column's short labels, a list's markers and the first words of a
// ragged right edge do not.
func leftFilled(left []*seg) bool {
	lb := extent(left)
	full := 0
	for _, s := range left {
		if s.x1 >= lb.X0+0.75*(lb.X1-lb.X0) {
			full++
		}
	}
	return full*10 >= len(left)*4
}

// mirrored says whether the two sides of a gutter are one layout set
// twice, side by side: a bilingual page's halves, each with its title,
// its table of facts (labels, then values further right), its numbered
// items and their wrapped lines, its paragraphs. Such a left side is not
// filled (its labels and the tails of its items are short), yet it is a
// column: shifted by the distance between the sides' left edges, the
// places where its lines start (mirrorEdges of them at least, each
// with two lines) are where the right side's lines start, and most
// lines of each side start at one of them. A label column beside its
// values starts its lines at one place, its values at another; a list's
// markers beside their items likewise.
func mirrored(left, right []*seg, tol float64) bool {
	if len(left) < 2*mirrorEdges || len(right) < 2*mirrorEdges {
		return false
	}
	d := extent(right).X0 - extent(left).X0
	starts := func(segs []*seg, shift float64) []float64 {
		xs := make([]float64, len(segs))
		for i, s := range segs {
			xs[i] = s.x0 + shift
		}
		slices.Sort(xs)
		return xs
	}
	ls, rs := starts(left, d), starts(right, 0)
	// near reports how many of xs lie within tol of x
	near := func(xs []float64, x float64) int {
		i, _ := slices.BinarySearch(xs, x-tol)
		n := 0
		for ; i < len(xs) && xs[i] <= x+tol; i++ {
			n++
		}
		return n
	}
	edges, matchedL, matchedR := 0, 0, 0
	last := math.Inf(-1)
	for _, x := range ls {
		if near(rs, x) > 0 {
			matchedL++
			// a new edge: a place two lines of each side start at, apart
			// from the last one counted
			if x-last > 2*tol && near(ls, x) >= 2 && near(rs, x) >= 2 {
				edges++
				last = x
			}
		}
	}
	for _, x := range rs {
		if near(ls, x) > 0 {
			matchedR++
		}
	}
	return edges >= mirrorEdges && 2*matchedL >= len(ls) && 2*matchedR >= len(rs)
}

// mirrorEdges is how many places, at least, lines of both sides of a
// mirrored layout start at; mirrorTol how far apart, in ems of body
// text, two such starts may be.
const (
	mirrorEdges = 3
	mirrorTol   = 0.1
)

// leftRunsOn reports whether a row just above or below the rows lo..hi
// (of n) has a line of the left side (starting within tol of where one
// of its lines, left, starts) that crosses the gutter at gx0 and ends
// before the right side's text (at rx0) begins: the left side's short
// lines are then a few short lines of a wider column (a notice's "Grade:
// INTERN" between full lines in a page of two columns, a sidebar's
// longer fact, an index's short entries), and its gutter is further
// right. A sidebar's run ends at the text's end, at a title across both
// columns or at a line of the page's full width.
func leftRunsOn(rowSegs func(int) []*seg, lo, hi, n int, gx0 float64, left []*seg, rx0, tol float64) bool {
	for _, ri := range [2]int{lo - 1, hi + 1} {
		if ri < 0 || ri >= n {
			continue
		}
		for _, t := range rowSegs(ri) {
			if t.x0 >= gx0 || t.x1 <= gx0 || t.x1 >= rx0 {
				continue
			}
			for _, u := range left {
				if math.Abs(t.x0-u.x0) <= tol {
					return true
				}
			}
		}
	}
	return false
}

// sizesApart says whether the two sides of a gutter are set in sizes
// of their own, one larger than the other throughout (sizeApart times
// at least): a title in a heading's size beside a box of facts in the
// body's (a job board's reference numbers beside the post's name,
// wrapped over three lines). A label column shares its values' size,
// whatever their weights.
func sizesApart(left, right []*seg) bool {
	span := func(segs []*seg) (lo, hi float64) {
		lo, hi = math.Inf(1), 0
		for _, s := range segs {
			for _, g := range s.g {
				lo, hi = min(lo, g.size), max(hi, g.size)
			}
		}
		return lo, hi
	}
	l0, l1 := span(left)
	r0, r1 := span(right)
	return l0 >= sizeApart*r1 || r0 >= sizeApart*l1
}

// sizeApart is how many times larger one side's text is than the
// other's when sizesApart: a heading's size against the body's.
const sizeApart = 1.25

// sidesApart says whether the rows lo..hi (rowSegs gives a row's
// segments) show the text left and right of a gutter at gx0 set apart,
// as two columns, though the left one is of short lines: a careers
// page's facts beside its text, a grid of facts, each label over its
// value. A label column beside its values shows neither:
//
//   - own baselines: each side steps down at its own line pitch, and
//     most rows of each side (half at least) have no text of the other
//     side on their baseline. A label sits on its value's first
//     baseline; a label centred beside a value of several lines has no
//     value text on its baseline, but its labels are rows apart, not at
//     a line's pitch (densePitch);
//   - stacked facts: where a row has text on both sides, the words
//     either side of the gutter share size and weight (two labels, or
//     two values, not a label and its value; or two values of one size
//     in two weights, right under a row of two labels in a smaller
//     size) on seven rows in eight at least (a letterhead's name and a form's title in two sizes above
//     the grid may share a row), and the style changes from row to row
//     at least every other row (label row, value row).
func sidesApart(rowSegs func(int) []*seg, lo, hi int, gx0 float64) bool {
	own, stacked := apartEvidence(rowSegs, lo, hi, gx0)
	return own || stacked
}

// apartEvidence is sidesApart's evidence, each kind on its own: own
// baselines, and stacked facts.
func apartEvidence(rowSegs func(int) []*seg, lo, hi int, gx0 float64) (own, stacked bool) {
	type side struct {
		rows, alone int
		lastY       float64
		steps       []float64
		size        float64
	}
	var l, r side
	straddle, offBase, sameStyle, changes := 0, 0, 0, 0
	var prevStyle glyph
	prevLabels := 0.0 // the size of the row above when both its sides share a style
	for ri := lo; ri <= hi; ri++ {
		var nearL, nearR, first *glyph // last glyph left of the gutter, first right of it, first of the row
		for _, t := range rowSegs(ri) {
			if first == nil || t.x0 < first.x0 {
				first = &t.g[0]
			}
			if t.x1 <= gx0 {
				if g := &t.g[len(t.g)-1]; nearL == nil || g.x1 > nearL.x1 {
					nearL = g
				}
			} else if g := &t.g[0]; nearR == nil || g.x0 < nearR.x0 {
				nearR = g
			}
		}
		if ri > lo && (math.Abs(first.size-prevStyle.size) > styleSizeTol || first.bold != prevStyle.bold) {
			changes++
		}
		prevStyle = *first
		for _, sd := range []struct {
			s    *side
			g, o *glyph
		}{{&l, nearL, nearR}, {&r, nearR, nearL}} {
			if sd.g == nil {
				continue
			}
			s := sd.s
			if s.rows > 0 {
				s.steps = append(s.steps, s.lastY-sd.g.y)
			}
			s.rows++
			s.lastY = sd.g.y
			s.size = max(s.size, sd.g.size)
			if sd.o == nil {
				s.alone++
			}
		}
		labels := 0.0 // the size of this row's text when both sides share a style
		if nearL != nil && nearR != nil {
			straddle++
			if math.Abs(nearL.y-nearR.y) > ownBaseline*max(nearL.size, nearR.size) {
				offBase++
			}
			sameSize := math.Abs(nearL.size-nearR.size) <= styleSizeTol
			switch {
			case sameSize && nearL.bold == nearR.bold:
				sameStyle++
				labels = nearL.size
			case sameSize && prevLabels > 0 && nearL.size > prevLabels+styleSizeTol:
				// two values under a row of smaller labels, one of
				// them in bold (a form's post title beside its
				// employer's name): stacked all the same
				sameStyle++
			}
		}
		prevLabels = labels
	}
	if l.rows < minApartRows || r.rows < minApartRows {
		return false, false
	}
	dense := func(s side) bool {
		return nth(s.steps, len(s.steps)/2) <= densePitch*s.size
	}
	own = 2*(l.alone+offBase) >= l.rows && 2*(r.alone+offBase) >= r.rows && dense(l) && dense(r)
	return own, straddle >= 2 && 8*sameStyle >= 7*straddle && 2*changes >= hi-lo
}

// setFlushRight says whether the text right of a gutter at gx0 in the
// rows lo..hi is a block of its own set flush right beside short left
// lines, in a smaller font and far from them: a job poster's reference
// numbers beside its header's facts (department, city, level). Such a
// block shares the facts' baselines, so sidesApart does not see it, and
// it has too few lines to be a column; read with the facts, each of its
// lines ran into one. A label column's values are set flush left in the
// labels' font (a table's amounts, set flush right, share the labels'
// size), and close enough to their labels to be read with them.
//
// Evidence, all of it: two lines at least right of the gutter, one
// segment a row, each on a row with left text (a block on baselines of
// its own is sidesApart's to judge, a letterhead's address beside its
// name among them), all ending at one x (flushRightTol) but starting at
// different ones (a flush-left block's equal ends would be chance); each
// sets its text in another size than the left text's nearest glyph, and
// leaves wideFactGap ems at least between them.
func setFlushRight(rowSegs func(int) []*seg, lo, hi int, gx0, body float64) bool {
	lines := 0
	var x0min, x0max, x1min, x1max float64
	for ri := lo; ri <= hi; ri++ {
		var nearL, r *seg
		for _, t := range rowSegs(ri) {
			if t.x1 <= gx0 {
				if nearL == nil || t.x1 > nearL.x1 {
					nearL = t
				}
				continue
			}
			if r != nil {
				return false // a row of cells, not a block's line
			}
			r = t
		}
		if r == nil {
			continue
		}
		if lines == 0 {
			x0min, x0max, x1min, x1max = r.x0, r.x0, r.x1, r.x1
		}
		lines++
		x0min, x0max = min(x0min, r.x0), max(x0max, r.x0)
		x1min, x1max = min(x1min, r.x1), max(x1max, r.x1)
		if nearL == nil {
			return false // a line on its own baseline: sidesApart's case
		}
		lg, rg := &nearL.g[len(nearL.g)-1], &r.g[0]
		if math.Abs(lg.size-rg.size) <= styleSizeTol || r.x0-nearL.x1 < wideFactGap*body {
			return false
		}
	}
	return lines >= 2 && x1max-x1min <= flushRightTol*body && x0max-x0min > flushRightTol*body
}

const (
	// minApartRows is how many rows each side needs to be a column of its
	// own: a title's two or three lines beside a column's text are not.
	minApartRows = 4
	// ownBaseline is how far apart, in ems, the baselines either side of
	// a gutter may sit in one row (rows gather glyphs within 0.45 em)
	// before they are two lines that happen to share a row.
	ownBaseline = 0.15
	// densePitch is the widest median step, in ems, between one side's
	// baselines for them to be a column's lines: a line pitch is 1.1 to
	// 1.5 em, the rows of a table two lines or more.
	densePitch = 1.6
	// flushRightTol is how far apart, in ems, the ends of a block's lines
	// set flush right may be (a renderer's rounding, a trailing space's
	// width): 0.1 em.
	flushRightTol = 0.1
	// wideFactGap is the least gap, in ems, between a left fact and a
	// line of a block set flush right beside it: a label's value sits one
	// to three ems from the label's end; the poster's block sits six ems
	// and more from the longest fact.
	wideFactGap = 4.0
	// styleSizeTol is the least difference in points between two font
	// sizes that is a change of style (sizes are rounded to half points).
	styleSizeTol = 0.25
)

const (
	// minColumnShare is the least width of each of two columns, as a
	// share of both: narrower, a "column" is a list's markers, a label
	// column or the words of a ragged right edge.
	minColumnShare = 0.25
	// minSidebarShare is the least width of a right-hand sidebar, which
	// a careers page prints at a fifth of the page or so.
	minSidebarShare = 0.15
)

func yspan(segs []*seg, rows []row) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, s := range segs {
		y := rows[s.row].y
		lo, hi = min(lo, y), max(hi, y)
	}
	return
}

func extent(segs []*seg) Box {
	b := Box{X0: math.Inf(1), X1: math.Inf(-1)}
	for _, s := range segs {
		b.X0 = min(b.X0, s.x0)
		b.X1 = max(b.X1, s.x1)
	}
	return b
}

// lines joins the segments of one region into lines, row by row.
func (L *layouter) lines(segs []*seg, out []Line) []Line {
	// a stable sort's result depends only on the order, not on the
	// algorithm; slices' version does not allocate as sort.SliceStable does
	slices.SortStableFunc(segs, func(a, b *seg) int {
		if a.row != b.row {
			return cmp.Compare(a.row, b.row)
		}
		return cmp.Compare(a.x0, b.x0)
	})
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
	cellEnd, nwords := -1, 1 // where the first cell ends in the text; its words so far
	cellX := 0.0
	tailStart, tailWords, tailX := -1, 0, 0.0 // the last cell: where it starts in the text, its words, its x
	allBold := true
	type sizeN struct {
		size float64
		n    int
	}
	var sizeArr [4]sizeN
	sizeCount := sizeArr[:0]
	last, lastSize := -1, 0.0 // as in bodySize: sizeCount[last] counts the glyphs set in lastSize
	maxSize := 0.0
	box := Box{X0: segs[0].x0, X1: segs[0].x1}
	n := 0 // the text's length at most: one allocation for the builder
	for _, s := range segs {
		for gi := range s.g {
			n += int(s.g[gi].tlen) + 1
		}
	}
	sb.Grow(n)
	track := L.letterSpacing(segs)
	for si, s := range segs {
		box.X0 = min(box.X0, s.x0)
		box.X1 = max(box.X1, s.x1)
		for gi := range s.g {
			g := &s.g[gi]
			if prev != nil {
				gap := g.x0 - prev.x1
				em := max(g.size, prev.size)
				space := gap > spaceGap*em || (g.spaceBefore && gap > -0.25*em)
				if track > 0 {
					// letter-spaced: its letters stand apart by the
					// tracking, its words by more (their spaces, whether
					// drawn or shifted, add to it)
					space = gap > (track+spaceGap)*em
				}
				if (si > 0 && gi == 0) || space || prev.marker {
					if cellEnd < 0 && nwords <= maxCellWords && gap > cellGap*em {
						cellEnd, cellX = sb.Len(), g.x0
					}
					nwords++
					sb.WriteByte(' ')
					if gap > tailGap*em {
						tailStart, tailWords, tailX = sb.Len(), 0, g.x0
					}
					tailWords++
				}
			}
			sb.WriteString(L.texts[g.tid])
			if g.bold {
				if leadOpen {
					leadEnd = sb.Len()
				}
			} else {
				leadOpen = false
				allBold = false
			}
			if last < 0 || g.size != lastSize {
				sz := math.Round(g.size*2) / 2
				last = -1
				for k := range sizeCount {
					if sizeCount[k].size == sz {
						last = k
						break
					}
				}
				if last < 0 {
					sizeCount = append(sizeCount, sizeN{sz, 0})
					last = len(sizeCount) - 1
				}
				lastSize = g.size
			}
			sizeCount[last].n += int(g.tlen)
			maxSize = max(maxSize, g.size)
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
	if cellEnd > 0 {
		cell := norm.NFC.String(raw[:cellEnd])
		if strings.HasPrefix(text, cell) && hasLetterOrDigit(cell) {
			ln.Cell, ln.CellX = len(cell), cellX
		}
	}
	if tailStart > 0 && tailWords <= maxTailWords {
		tail := norm.NFC.String(raw[tailStart:])
		if strings.HasSuffix(text, tail) && len(tail) < len(text) && hasLetterOrDigit(tail) {
			ln.Tail, ln.TailX = len(text)-len(tail), tailX
		}
	}
	if !allBold && leadEnd > 0 {
		lead := strings.TrimRight(norm.NFC.String(raw[:leadEnd]), " ")
		if strings.HasPrefix(text, lead) && hasLetterOrDigit(lead) {
			ln.LeadBold = len(lead)
		}
	}
	return ln
}

// letterSpacing returns the tracking of a letter-spaced line, in ems
// (labels and banners set in spaced capitals, "R É F É R E N C E", by
// character spacing or by a shift after every glyph), or 0. In ordinary
// text most glyphs touch the next one, a word space every few letters;
// in a line where two gaps between glyphs in three at least are as wide
// as trackMin ems or wider, and that gap is narrow still (trackMax), the
// letters stand apart by the tracking and the words by the tracking and
// a space. Glyphs of scripts written without spaces (CJK) never make a
// line letter-spaced: their gaps are their words'.
func (L *layouter) letterSpacing(segs []*seg) float64 {
	gaps := L.gaps[:0]
	defer func() { L.gaps = gaps[:0] }()
	for _, s := range segs {
		for gi := 1; gi < len(s.g); gi++ {
			p, g := &s.g[gi-1], &s.g[gi]
			if p.marker || g.marker {
				continue
			}
			if t := L.texts[g.tid]; t != "" && t[0] >= 0xe2 && firstRune(t) >= 0x2e80 {
				return 0
			}
			gaps = append(gaps, (g.x0-p.x1)/max(g.size, p.size))
		}
	}
	if len(gaps) < minTracked {
		return 0
	}
	if t := nth(gaps, len(gaps)/3); t >= trackMin && t <= trackMax {
		return t
	}
	return 0
}

// A letter-spaced line has minTracked gaps between its glyphs at least,
// and its tracking is trackMin ems at least (ordinary text may be set a
// little loose), under trackMax ems (wider, the glyphs stand in cells of
// their own: a rating scale, the boxes of a form).
const (
	minTracked = 3
	trackMin   = 0.06
	trackMax   = 0.4
)

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// marginShare is the share of a page's height at its top and at its
// bottom where running heads, footers and page numbers stand.
const marginShare = 0.15

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
		return l.Box.Y0 > (1-marginShare)*p.Height || l.Box.Y1 < marginShare*p.Height
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
		// (a stable sort's result does not depend on the algorithm)
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(p.Lines[b].Baseline, p.Lines[a].Baseline) })
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
	// most pages, three at least; a two-page document's running footer
	// stands on both its pages (at their tops, two pages may both open
	// with the same title, one page a language)
	threshold := max(3, (n+1)/2)
	if n == 2 {
		threshold = 2
	}
	for pi := range doc.Pages {
		p := &doc.Pages[pi]
		// furniture: page numbers, and text repeated at its height on
		// most pages (only edge lines can be either)
		const pageNum, repeated = 1, 2
		kind := make([]uint8, len(p.Lines))
		for i := range edgeSets[pi] {
			l := &p.Lines[i]
			if furniture.IsPageNumber(l.Text) {
				kind[i] |= pageNum
			}
			if count[key{norm(l.Text), int(math.Round(l.Baseline / 3))}] >= threshold && (n >= 3 || n == 2 && l.Box.Y1 < marginShare*p.Height) {
				kind[i] |= repeated
			}
		}
		// furniture frames a page's text: on a page that would be left
		// empty, the repeated lines are its text, the same as its
		// neighbours' (slides, labels, a form page after page)
		keepRepeated := true
		for i := range p.Lines {
			if kind[i] == 0 {
				keepRepeated = false
				break
			}
		}
		kept := p.Lines[:0]
		carry := false
		for i, l := range p.Lines {
			if kind[i]&pageNum != 0 || kind[i]&repeated != 0 && !keepRepeated {
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
