package parser

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	if b.Kind == Field {
		if _, _, _, lang, ok := matchField(b.Label + ": " + b.Text); ok {
			addLang(&ev, lang, 3)
		}
	}
	if _, lang, ok := lookupHeading(b.Text); ok {
		addLang(&ev, lang, 3)
	}
	// The label and the text are read apart, as if joined by a space: no
	// word or URL runs across a space.
	addWordEvidence(&ev, b.Label)
	addWordEvidence(&ev, b.Text)
	ev[en] = min(ev[en], evidenceCap)
	ev[fr] = min(ev[fr], evidenceCap)
	return ev
}

func addLang(ev *[2]float64, lang string, w float64) {
	switch lang {
	case "en":
		ev[en] += w
	case "fr":
		ev[fr] += w
	}
}

// addWordEvidence adds the evidence of the words of text: function
// words, French elisions and accented letters.
func addWordEvidence(ev *[2]float64, text string) {
	// URLs are not language ("…/cps/en/natohq/…" is not French "en").
	if strings.Contains(text, "://") || strings.Contains(text, "www.") {
		text = reInlineURL.ReplaceAllString(text, " ")
	}
	// Words are runs of letters and apostrophes. Each is lower-cased, with
	// ’ as ', into a buffer on the stack as it is read: the text is never
	// split into a slice, and no word becomes a string of its own.
	var buf [64]byte
	w := buf[:0]
	for _, r := range text {
		switch {
		case 'a' <= r && r <= 'z' || r == '\'':
			w = append(w, byte(r))
		case 'A' <= r && r <= 'Z':
			w = append(w, byte(r)+'a'-'A')
		case r == '’':
			w = append(w, '\'')
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			w = utf8.AppendRune(w, unicode.ToLower(r))
			switch r {
			case 'é', 'è', 'ê', 'à', 'â', 'ç', 'ù', 'û', 'ô', 'î', 'œ', 'É', 'È', 'Ê', 'À', 'Â', 'Ç', 'Ù', 'Û', 'Ô', 'Î', 'Œ':
				ev[fr] += 0.5 // accents of French, not of English
			}
		case len(w) > 0:
			addWord(ev, w)
			w = w[:0]
		}
	}
	if len(w) > 0 {
		addWord(ev, w)
	}
}

// addWord adds the evidence of one word, in lower case.
func addWord(ev *[2]float64, w []byte) {
	// French elision: l'OTAN, d'un, qu'il (the first apostrophe is the
	// word's second or third character).
	for i := 1; i < len(w) && i <= 2 && w[0] != '\''; i++ {
		if w[i] != '\'' {
			continue
		}
		switch string(w[:i]) {
		case "l", "d", "qu", "n", "s", "j", "c":
			ev[fr]++
			return
		}
		break
	}
	if len(w) >= 16 || functionWordShapes[w[0]]&(1<<len(w)) == 0 {
		return // no function word has this first letter and length
	}
	if lang, ok := functionLang[string(w)]; ok {
		addLang(ev, lang, 1)
	}
}

// blockEvidence returns the language evidence of each block. Extract
// reads it once and hands it on: the column test, the stitching and the
// split all weigh the same blocks.
func blockEvidence(blocks []Block) [][2]float64 {
	evs := make([][2]float64, len(blocks))
	for i, b := range blocks {
		evs[i] = langEvidence(b)
	}
	return evs
}

// assignLanguages returns the language (en or fr) of each block, and the
// evidence it weighed, given each block's own evidence (blockEvidence).
func assignLanguages(blocks []Block, own [][2]float64) ([]int, [][2]float64) {
	n := len(blocks)
	if n == 0 {
		return nil, nil
	}
	// cost[i][s]: best total cost of blocks[:i+1] with block i in
	// language s; from[i][s] the language of block i-1 on that path.
	cost := make([][2]float64, n)
	from := make([][2]int, n)
	evs := append([][2]float64(nil), own...) // changed below: own is the caller's
	// A heading without evidence of its own (a title made of names, such
	// as "NATO Internship - Operations Division (OPS) (251187)") belongs
	// with the text it introduces.
	for i := n - 2; i >= 0; i-- {
		if evs[i] == [2]float64{} && (blocks[i].Kind == Heading || hasTitleReference(blocks[i].Text)) {
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
func splitLanguages(blocks []Block, evs [][2]float64) []half {
	langs, evs := assignLanguages(blocks, evs)
	var count [2]int
	for _, l := range langs {
		count[l]++
	}
	var halves []*half
	var byLang [2]*half
	for i, b := range blocks {
		h := byLang[langs[i]]
		if h == nil {
			h = &half{lang: langCodes[langs[i]], blocks: make([]Block, 0, count[langs[i]])}
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
			big.blocks = slices.Clone(blocks)
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
//
// evs is the language evidence of each block (blockEvidence); the
// evidence of the blocks returned comes with them, read again only for a
// block whose text grew.
func stitchColumns(blocks []Block, evs [][2]float64) ([]Block, [][2]float64) {
	predecessor := flowPredecessor
	if sideBySide(blocks, evs) {
		predecessor = columnPredecessor
	}
	var hyph *hyphenation
	out := make([]Block, 0, len(blocks))
	outEvs := make([][2]float64, 0, len(blocks))
	var grown []int // indexes in out of the blocks that took a fragment
	for i, b := range blocks {
		if j := predecessor(out, b); j >= 0 {
			if hyph == nil && strings.HasSuffix(out[j].Text, "-") {
				// The document's words are gathered only for a
				// fragment after a hyphen: hyph.join needs them for
				// nothing else.
				texts := make([]string, len(blocks))
				for k := range blocks {
					texts[k] = blocks[k].Text
				}
				hyph = newHyphenation(texts)
			}
			out[j].Text = hyph.join(out[j].Text, b.Text)
			if !slices.Contains(grown, j) {
				grown = append(grown, j)
			}
			continue
		}
		out = append(out, b)
		outEvs = append(outEvs, evs[i])
	}
	for _, j := range grown {
		outEvs[j] = langEvidence(out[j])
	}
	return out, outEvs
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
	if startsLower(b.Text) || endsInWord(p.Text) && wordCount(b.Text) <= 8 {
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
	if startsLower(b.Text) || endsInWord(p.Text) && wordCount(b.Text) <= 8 {
		return j
	}
	return -1
}

// sideBySide reports a layout with the two halves in two columns of the
// same pages: on some page the left and the right column each carry
// evidence for a different language. evs is the evidence of each block.
func sideBySide(blocks []Block, evs [][2]float64) bool {
	type side struct{ en, fr float64 }
	byPage := map[int][2]side{}
	minX := map[int]float64{}
	for _, b := range blocks {
		if b.Box == nil {
			continue
		}
		if x, ok := minX[b.Pos.Page]; !ok || b.Box.X0 < x {
			minX[b.Pos.Page] = b.Box.X0
		}
	}
	for i, b := range blocks {
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
		s := byPage[b.Pos.Page]
		s[col].en += evs[i][en]
		s[col].fr += evs[i][fr]
		byPage[b.Pos.Page] = s
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
