package parser

import (
	"regexp"
	"strings"
	"unicode"
)

// This file splits a notice's section stream into its language halves,
// from the text itself: function words, accents and the bilingual label
// vocabulary give each block evidence for English or French, and a
// two-state Viterbi pass assigns every block a language while paying a
// price for each switch. Blocks without evidence follow their neighbours;
// a notice whose halves are interleaved (a side-by-side table read row by
// row) still splits, because each row's evidence outweighs the price.

const (
	en = 0
	fr = 1
)

var langCodes = [2]string{"en", "fr"}

// reInlineURL matches a URL inside text.
var reInlineURL = regexp.MustCompile(`(?:https?://|www\.)\S+`)

// A language half needs at least minHalfEvidence words of evidence, or
// a tenth (1/minHalfShare) of the other half's: less is a quotation or a
// name inside a one-language notice (a French legal sentence in an
// English-only notice), not a half of its own.
const (
	minHalfEvidence = 20.0
	minHalfShare    = 10.0
)

// switchCost is the evidence, in words, needed to change language.
const switchCost = 3.0

// evidenceCap keeps a long paragraph from outweighing its neighbours'
// labels: a few function words already make a block's language certain.
const evidenceCap = 8.0

// langEvidence returns the evidence a block gives for English and French.
func langEvidence(b Block) [2]float64 {
	var ev [2]float64
	addLang := func(lang string, w float64) {
		switch lang {
		case "en":
			ev[en] += w
		case "fr":
			ev[fr] += w
		}
	}
	if b.Kind == Field {
		if _, _, _, lang, ok := matchField(b.Label + ": " + b.Text); ok {
			addLang(lang, 3)
		}
	}
	if _, lang, ok := lookupHeading(b.Text); ok {
		addLang(lang, 3)
	}
	// URLs are not language ("…/cps/en/natohq/…" is not French "en").
	text := b.Label + " " + b.Text
	if strings.Contains(text, "://") || strings.Contains(text, "www.") {
		text = reInlineURL.ReplaceAllString(text, " ")
	}
	// Words are runs of letters and apostrophes; each is looked up in
	// lower case without splitting the text into a slice first.
	var buf []byte
	start := -1
	word := func(end int) {
		w := text[start:end]
		start = -1
		if !isLowerASCII(w) {
			buf = append(buf[:0], strings.ToLower(w)...)
			w = string(buf)
		}
		if strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'")
		}
		if i := strings.IndexByte(w, '\''); i > 0 && i <= 2 {
			// French elision: l'OTAN, d'un, qu'il.
			if p := w[:i]; p == "l" || p == "d" || p == "qu" || p == "n" || p == "s" || p == "j" || p == "c" {
				ev[fr]++
				return
			}
		}
		if lang, ok := functionLang[w]; ok {
			addLang(lang, 1)
		}
	}
	for i, r := range text {
		inWord := unicode.IsLetter(r) || r == '\'' || r == '’'
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			word(i)
		}
		if r >= 0xc0 && strings.ContainsRune("éèêàâçùûôîœÉÈÊÀÂÇÙÛÔÎŒ", r) {
			ev[fr] += 0.5
		}
	}
	if start >= 0 {
		word(len(text))
	}
	ev[en] = min(ev[en], evidenceCap)
	ev[fr] = min(ev[fr], evidenceCap)
	return ev
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// assignLanguages returns the language (en or fr) of each block.
func assignLanguages(blocks []Block) ([]int, [][2]float64) {
	n := len(blocks)
	if n == 0 {
		return nil, nil
	}
	// cost[i][s]: best total cost of blocks[:i+1] with block i in
	// language s; from[i][s] the language of block i-1 on that path.
	cost := make([][2]float64, n)
	from := make([][2]int, n)
	evs := make([][2]float64, n)
	for i, b := range blocks {
		evs[i] = langEvidence(b)
	}
	// A heading without evidence of its own (a title made of names, such
	// as "NATO Internship - Operations Division (OPS) (251187)") belongs
	// with the text it introduces.
	for i := n - 2; i >= 0; i-- {
		if evs[i] == [2]float64{} && (blocks[i].Kind == Heading || reReference.MatchString(blocks[i].Text)) {
			evs[i] = evs[i+1]
		}
	}
	for i := range blocks {
		ev := evs[i]
		for s := 0; s < 2; s++ {
			own := ev[1-s] // evidence against s
			if i == 0 {
				cost[i][s] = own
				continue
			}
			stay, swap := cost[i-1][s], cost[i-1][1-s]+switchCost
			// On a tie, switch as late as possible: a block without evidence
			// between the halves belongs to the first.
			if stay < swap {
				cost[i][s], from[i][s] = stay+own, s
			} else {
				cost[i][s], from[i][s] = swap+own, 1-s
			}
		}
	}
	langs := make([]int, n)
	s := en
	if cost[n-1][fr] < cost[n-1][en] {
		s = fr
	}
	for i := n - 1; i >= 0; i-- {
		langs[i] = s
		s = from[i][s]
	}
	return langs, evs
}

// half is the blocks of one language, in document order.
type half struct {
	lang   string
	blocks []Block
	weight float64 // total evidence for the language in its blocks
}

// splitLanguages splits blocks into language halves in order of first
// appearance. A language with too little text of its own (a French
// quotation in an English notice) is folded into the other.
func splitLanguages(blocks []Block) []half {
	langs, evs := assignLanguages(blocks)
	var halves []*half
	byLang := map[int]*half{}
	for i, b := range blocks {
		h := byLang[langs[i]]
		if h == nil {
			h = &half{lang: langCodes[langs[i]]}
			byLang[langs[i]] = h
			halves = append(halves, h)
		}
		h.blocks = append(h.blocks, b)
		h.weight += evs[i][langs[i]]
	}
	if len(halves) == 2 {
		small, big := halves[0], halves[1]
		if small.weight > big.weight {
			small, big = big, small
		}
		if small.weight < minHalfEvidence && small.weight*minHalfShare < big.weight {
			// Too little to be a half: keep the document whole.
			var all []Block
			all = append(all, blocks...)
			big.blocks = all
			return []half{*big}
		}
	}
	out := make([]half, len(halves))
	for i, h := range halves {
		out[i] = *h
	}
	return out
}

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
func stitchColumns(blocks []Block) []Block {
	predecessor := flowPredecessor
	if sideBySide(blocks) {
		predecessor = columnPredecessor
	}
	var hyph *hyphenation
	out := make([]Block, 0, len(blocks))
	for _, b := range blocks {
		if j := predecessor(out, b); j >= 0 {
			if hyph == nil {
				texts := make([]string, len(blocks))
				for i := range blocks {
					texts[i] = blocks[i].Text
				}
				hyph = newHyphenation(texts)
			}
			out[j].Text = hyph.join(out[j].Text, b.Text)
			continue
		}
		out = append(out, b)
	}
	return out
}

// columnPredecessor returns the index in out of the unfinished block that b
// continues, or -1. b must open its column on its page; the predecessor is
// the last block of the same column on the previous page.
func columnPredecessor(out []Block, b Block) int {
	if b.Kind != Paragraph || b.Box == nil || b.Text == "" || b.Pos.Page < 2 {
		return -1
	}
	sameColumn := func(o Block) bool {
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
	if languagesDisagree(p.Text, b.Text) {
		return -1 // the other half of a side-by-side page
	}
	if p.Kind != Paragraph && p.Kind != ListItem || strings.ContainsRune(".!?:;,", lastRune(p.Text)) {
		return -1
	}
	// The fragment goes on in lower case, or it is a short tail after a
	// word left hanging ("…Microsoft Office et" / "SharePoint ;").
	if startsLower(b.Text) || endsInWord(p.Text) && len(strings.Fields(b.Text)) <= 8 {
		return cand
	}
	return -1
}

// flowPredecessor returns the index of the last block of out when b, the
// first block of its page, finishes it: "…or a recent graduate" at the
// foot of one page, "(degree obtained no longer than 12 months ago)," at
// the head of the next.
func flowPredecessor(out []Block, b Block) int {
	if len(out) == 0 || b.Kind != Paragraph || b.Box == nil || b.Text == "" {
		return -1
	}
	j := len(out) - 1
	p := out[j]
	if p.Pos.Page != b.Pos.Page-1 || p.Kind != Paragraph && p.Kind != ListItem || p.Text == "" ||
		strings.ContainsRune(".!?:;,", lastRune(p.Text)) || languagesDisagree(p.Text, b.Text) {
		return -1
	}
	if startsLower(b.Text) || endsInWord(p.Text) && len(strings.Fields(b.Text)) <= 8 {
		return j
	}
	return -1
}

// sideBySide reports a layout with the two halves in two columns of the
// same pages: on some page the left and the right column each carry
// evidence for a different language.
func sideBySide(blocks []Block) bool {
	type side struct{ en, fr float64 }
	byPage := map[int]*[2]side{}
	minX := map[int]float64{}
	for _, b := range blocks {
		if b.Box == nil {
			continue
		}
		if x, ok := minX[b.Pos.Page]; !ok || b.Box.X0 < x {
			minX[b.Pos.Page] = b.Box.X0
		}
	}
	for _, b := range blocks {
		if b.Box == nil {
			continue
		}
		col := -1
		switch {
		case b.Box.X0 < minX[b.Pos.Page]+30:
			col = 0
		case b.Box.X0 > minX[b.Pos.Page]+150:
			col = 1
		}
		if col < 0 {
			continue
		}
		if byPage[b.Pos.Page] == nil {
			byPage[b.Pos.Page] = &[2]side{}
		}
		ev := langEvidence(b)
		byPage[b.Pos.Page][col].en += ev[en]
		byPage[b.Pos.Page][col].fr += ev[fr]
	}
	for _, s := range byPage {
		l, r := s[0].en-s[0].fr, s[1].en-s[1].fr
		if l >= 5 && r <= -5 || l <= -5 && r >= 5 {
			return true
		}
	}
	return false
}

// endsInWord reports text that stops inside a word or on a hyphen, never
// at the end of a sentence.
func endsInWord(text string) bool {
	r := lastRune(text)
	return unicode.IsLetter(r) || r == '-'
}
