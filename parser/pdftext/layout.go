package pdftext

import (
	"math"
	"regexp"
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
}

func layoutPage(gl []glyph, pw, ph float64) []Line {
	if len(gl) == 0 {
		return nil
	}
	L := &layouter{body: bodySize(gl)}
	L.gut = gutterWidth(gl, L.body)
	L.buildRows(gl)
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

// bodySize is the most common font size, weighted by characters.
func bodySize(gl []glyph) float64 {
	count := map[float64]int{}
	for _, g := range gl {
		count[math.Round(g.size*2)/2] += len(g.text)
	}
	best, n := 10.0, -1
	for s, c := range count {
		if c > n || c == n && s < best {
			best, n = s, c
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
// doubled glyphs (fake bold) and splits rows into segments.
func (L *layouter) buildRows(gl []glyph) {
	idx := make([]int, len(gl))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return gl[idx[a]].y > gl[idx[b]].y })
	var cur []glyph
	var refY, refSize float64
	flush := func() {
		if len(cur) == 0 {
			return
		}
		L.addRow(cur)
		cur = nil
	}
	for _, i := range idx {
		g := gl[i]
		tol := 0.45 * math.Max(g.size, refSize)
		if len(cur) > 0 && refY-g.y <= tol {
			cur = append(cur, g)
			if g.size > refSize {
				refSize = g.size
			}
			continue
		}
		flush()
		cur = []glyph{g}
		refY, refSize = g.y, g.size
	}
	flush()
}

func (L *layouter) addRow(gs []glyph) {
	sort.SliceStable(gs, func(a, b int) bool { return gs[a].x0 < gs[b].x0 })
	// drop glyphs printed twice at (nearly) the same place (fake bold)
	out := gs[:0]
	for _, g := range gs {
		dup := false
		for k := len(out) - 1; k >= 0 && k >= len(out)-3; k-- {
			p := out[k]
			if p.text == g.text && math.Abs(p.x0-g.x0) < 0.15*g.size && math.Abs(p.y-g.y) < 0.15*g.size {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	gs = out
	ys := make([]float64, len(gs))
	for i, g := range gs {
		ys[i] = g.y
	}
	sort.Float64s(ys)
	r := row{y: ys[len(ys)/2]}
	id := len(L.rows)
	// runs in content order: a glyph going back left or jumping a gutter
	// starts a new run, so text overprinting other text stays apart
	sort.SliceStable(gs, func(a, b int) bool { return gs[a].seq < gs[b].seq })
	var runs []*seg
	var s *seg
	for i, g := range gs {
		if i > 0 {
			p := gs[i-1]
			if g.x0 < p.x1-0.3*math.Max(g.size, p.size) || g.x0-p.x1 > L.gut {
				s = nil
			}
		}
		if s == nil {
			s = &seg{x0: g.x0, x1: g.x1, row: id}
			runs = append(runs, s)
		}
		s.g = append(s.g, g)
		s.x0 = math.Min(s.x0, g.x0)
		s.x1 = math.Max(s.x1, g.x1)
	}
	// merge runs that follow each other closely on the line
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].x0 < runs[b].x0 })
	for _, u := range runs {
		if n := len(r.segs); n > 0 {
			p := r.segs[n-1]
			if u.x0 >= p.x1-0.3*L.body && u.x0-p.x1 <= L.gut {
				p.g = append(p.g, u.g...)
				p.x1 = math.Max(p.x1, u.x1)
				continue
			}
		}
		r.segs = append(r.segs, u)
	}
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
		var left, right []*seg
		for ri := lo; ri <= hi; ri++ {
			for _, t := range byRow[rowIDs[ri]] {
				if t.x1 <= gx0 {
					left = append(left, t)
				} else {
					right = append(right, t)
				}
			}
		}
		if len(left) < 2 || len(right) < 2 || !columnsPlausible(left, right, L.rows) {
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
	sizeCount := map[float64]int{}
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
				if (si > 0 && gi == 0) || gap > spaceGap*em || (g.spaceBefore && gap > 0.05*em) {
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
			sizeCount[math.Round(g.size*2)/2] += len(g.text)
			maxSize = math.Max(maxSize, g.size)
			prev = g
		}
	}
	raw := sb.String()
	text := norm.NFC.String(raw)
	ln := Line{Text: text, Bold: allBold}
	best := -1
	for s, c := range sizeCount {
		if c > best || c == best && s > ln.Size {
			ln.Size, best = s, c
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
