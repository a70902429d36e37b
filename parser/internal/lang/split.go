// Package lang splits a notice's section stream into its language
// halves, from the text itself: the vocabulary gives each block evidence
// for English or French (function words, accents, bilingual labels), and
// a two-state Viterbi pass assigns every block a language while paying a
// price for each switch. Blocks without evidence follow their neighbours;
// a notice whose halves are interleaved (a side-by-side table read row by
// row) still splits, because each row's evidence outweighs the price.
package lang

import (
	"slices"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

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

// pairedHeadingWeight multiplies the evidence of two headings of one
// numbered part in the two languages, side by side: enough for each to
// switch to its half alone (twice switchCost).
const pairedHeadingWeight = 3.0

// pairedHeadings reports two headings (or list items read for them) that
// open with the same part number, each with evidence for a different
// language.
func pairedHeadings(a, b stream.Block, ea, eb [2]float64) bool {
	if a.Kind == stream.Paragraph || b.Kind == stream.Paragraph || a.Kind == stream.Field || b.Kind == stream.Field {
		return false
	}
	na, nb := stream.LeadNumberLen(a.Text), stream.LeadNumberLen(b.Text)
	if na == 0 || nb == 0 || strings.TrimSpace(a.Text[:na]) != strings.TrimSpace(b.Text[:nb]) {
		return false
	}
	return ea[0] > ea[1] && eb[1] > eb[0] || ea[1] > ea[0] && eb[0] > eb[1]
}

// minProseWords tells a sentence from a label, a value or a heading.
const minProseWords = 6

// blockEvidence returns the language evidence of each block, own(i) for
// blocks[i], and which blocks say the same in both languages (see
// bilingual).
func blockEvidence(v *vocab.Vocabulary, blocks []stream.Block, own func(i int) [2]float64) (evs [][2]float64, both []bool) {
	evs = make([][2]float64, len(blocks))
	both = make([]bool, len(blocks))
	for i, b := range blocks {
		if b.Kind == stream.Paragraph && vocab.IsLanguageNote(b.Text) {
			continue // "Le français suit l'anglais.": a note on the layout, of no half
		}
		evs[i] = own(i)
		both[i] = evs[i][vocab.EN] > 0 && evs[i][vocab.FR] > 0 && bilingual(v, b)
	}
	return evs, both
}

// bilingualSeparators part the two languages of a line that says it in
// both, "Council of Europe Development Bank | Banque de développement du
// Conseil de l'Europe".
var bilingualSeparators = []string{" | ", " / ", "/ ", " /", " – ", " - "}

// bilingual reports a line that says the same in both languages, one
// after the other: "Council of Europe Development Bank | Banque de
// développement du Conseil de l'Europe".
func bilingual(v *vocab.Vocabulary, b stream.Block) bool {
	for _, sep := range bilingualSeparators {
		parts := strings.Split(b.Text, sep)
		if len(parts) < 2 {
			continue
		}
		var seen [2]bool
		for _, p := range parts {
			pb := b
			pb.Text = p
			ev := v.Evidence(pb)
			switch {
			case ev[vocab.EN] > ev[vocab.FR]:
				seen[vocab.EN] = true
			case ev[vocab.FR] > ev[vocab.EN]:
				seen[vocab.FR] = true
			}
		}
		if seen[vocab.EN] && seen[vocab.FR] {
			return true
		}
	}
	return false
}

// assignLanguages returns the language (en or fr) of each block, and the
// evidence it weighed, given each block's own evidence.
func assignLanguages(blocks []stream.Block, own [][2]float64, both []bool) ([]int, [][2]float64) {
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
	// as "NATO Internship - Operations Division (OPS) (251187)", or a
	// line shaped like one, "Senior Assistant (Travel Management)")
	// belongs with the text it introduces.
	// What it introduces may open with fields of no evidence either:
	// "Vacancy – Legal Officer (Transport Law)" over "Reference:
	// OTIF/VAC/2026/02" and the English fields.
	for i := n - 2; i >= 0; i-- {
		if evs[i] != [2]float64{} || !introduces(blocks[i]) {
			continue
		}
		// (Past the fields, a title of the other half may stand.)
		for j := i + 1; j < n && j <= i+maxIntroduced && !both[j] && (j == i+1 || blocks[j-1].Kind == stream.Field && blocks[j].Kind == stream.Field); j++ {
			if evs[j] != [2]float64{} {
				evs[i] = evs[j]
				break
			}
		}
	}
	// A line in both languages opens a page or a half: it goes with the
	// text after it.
	for i := n - 1; i >= 0; i-- {
		if !both[i] {
			continue
		}
		evs[i] = [2]float64{}
		for j := i + 1; j < n; j++ {
			if evs[j] != [2]float64{} {
				evs[i] = evs[j]
				break
			}
		}
	}
	// "4. DESIRABLE QUALIFICATIONS" / "4. QUALIFICATIONS SOUHAITABLES":
	// the two halves' headings of one numbered part side by side, each
	// going with its half's text after them, which a layout read row by
	// row gives in turn.
	for i := 0; i+1 < n; i++ {
		if pairedHeadings(blocks[i], blocks[i+1], evs[i], evs[i+1]) {
			for _, k := range [2]int{i, i + 1} {
				evs[k][0], evs[k][1] = evs[k][0]*pairedHeadingWeight, evs[k][1]*pairedHeadingWeight
			}
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
	s := vocab.EN
	if cost[n-1][vocab.FR] < cost[n-1][vocab.EN] {
		s = vocab.FR
	}
	for i := n - 1; i >= 0; i-- {
		langs[i] = s
		s = from[i][s]
	}
	return langs, evs
}

// Half is the blocks of one language, in document order.
type Half struct {
	Lang string // "en" or "fr"
	// Blocks may share the array of the blocks given to Split: they are
	// not to be changed.
	Blocks []stream.Block
	// Index is the index of each of Blocks in the blocks Split was given:
	// what the caller knows of a block goes with it by its index.
	Index []int
	// Folded is the evidence, in words, of the other language's text that
	// was too little to be a half and was kept in this one.
	Folded float64
	weight float64 // total evidence for the language in its blocks
	prose  float64 // the part of it in sentences: paragraphs and items
}

// Split splits blocks into language halves in order of first
// appearance. A language with too little text of its own (a French
// quotation in an English notice) is folded into the other.
func Split(v *vocab.Vocabulary, blocks []stream.Block) []Half {
	return SplitWith(v, blocks, func(i int) [2]float64 { return v.Evidence(blocks[i]) })
}

// SplitWith is Split for a caller that has the blocks' evidence:
// evidence(i) is v.Evidence(blocks[i]), which the caller may have
// worked out with what it read of the block for itself.
func SplitWith(v *vocab.Vocabulary, blocks []stream.Block, evidence func(i int) [2]float64) []Half {
	own, both := blockEvidence(v, blocks, evidence)
	langs, evs := assignLanguages(blocks, own, both)
	var count [2]int
	for _, l := range langs {
		count[l]++
	}
	var halves []*Half
	var byLang [2]*Half
	for i := range blocks {
		h := byLang[langs[i]]
		if h == nil {
			h = &Half{Lang: vocab.Langs[langs[i]], Index: make([]int, 0, count[langs[i]])}
			byLang[langs[i]] = h
			halves = append(halves, h)
		}
		h.Index = append(h.Index, i)
		h.weight += evs[i][langs[i]]
	}
	if len(halves) == 2 {
		// What of each half's evidence is in sentences: items and
		// sentences of some length, not labels, values, headings, names
		// or a site's links. Only a block's own evidence counts: a
		// breadcrumb that took its language from the title under it
		// says nothing in that language. (A block without evidence adds
		// nothing: its words go uncounted.)
		for _, h := range halves {
			for _, i := range h.Index {
				if isProse(blocks[i]) {
					h.prose += own[i][langs[i]]
				}
			}
		}
		small, big := halves[0], halves[1]
		if small.weight > big.weight {
			small, big = big, small
		}
		// A platform's labels in one language over a notice in the
		// other ("Job Identification", "Apply Before" over a French
		// text) are no half either: the small half has no prose.
		if small.weight < minHalfEvidence && small.weight*minHalfShare < big.weight ||
			small.prose < minHalfEvidence && small.prose*minHalfShare < big.prose {
			// Too little to be a half: keep the document whole.
			big.Blocks = slices.Clip(blocks)
			big.Index = make([]int, len(blocks))
			for i := range big.Index {
				big.Index[i] = i
			}
			big.Folded = small.weight
			return []Half{*big}
		}
	}
	if len(halves) == 2 {
		// The halves in the order their sentences come: a site's bilingual
		// banner and menu over the notice ("Senate of Canada · Sénat du
		// Canada", "Career opportunities | Possibilités d'emploi") give
		// the order of no half.
		first := [2]int{len(blocks), len(blocks)}
		for i, l := range langs {
			if k := blocks[i].Kind; first[l] == len(blocks) && (k == stream.Paragraph || k == stream.ListItem) &&
				evs[i][l] > 0 && strings.HasSuffix(blocks[i].Text, ".") && words.CountAtMost(blocks[i].Text, minProseWords-1) >= minProseWords {
				first[l] = i
			}
		}
		if first[langs[halves[0].Index[0]]] > first[langs[halves[1].Index[0]]] {
			halves[0], halves[1] = halves[1], halves[0]
		}
	}
	out := make([]Half, len(halves))
	for i, h := range halves {
		h.Blocks = blocksAt(blocks, h.Index)
		out[i] = *h
	}
	return out
}

// isProse reports an item or a sentence of some length: a paragraph
// that ends as a sentence does. A site's name, a line of its links or a
// job board's list of other posts ends without one.
func isProse(b stream.Block) bool {
	switch b.Kind {
	case stream.ListItem:
	case stream.Paragraph:
		t := strings.TrimRight(b.Text, " )\"»”’")
		if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ";") && !strings.HasSuffix(t, "…") {
			return false
		}
	default:
		return false
	}
	return words.CountAtMost(b.Text, minProseWords-1) >= minProseWords
}

// blocksAt returns the blocks at the indexes index, in order: the run of
// blocks they span when they follow one another, as the two halves of
// most notices do (no copy), else a copy.
func blocksAt(blocks []stream.Block, index []int) []stream.Block {
	if n := len(index); n > 0 && index[n-1]-index[0] == n-1 {
		return blocks[index[0] : index[n-1]+1 : index[n-1]+1]
	}
	out := make([]stream.Block, len(index))
	for i, j := range index {
		out[i] = blocks[j]
	}
	return out
}

// maxIntroduced is how far below a line that introduces what follows
// its language is looked for: a title over a reference and a grade
// without words of either language.
const maxIntroduced = 3

// introduces reports a block that introduces what follows it: a heading,
// a title with its reference, or a short line shaped like a heading.
func introduces(b stream.Block) bool {
	switch {
	case b.Kind == stream.Heading, vocab.EndsWithReference(b.Text):
		return true
	case b.Kind == stream.Paragraph:
		return stream.HeadingShaped(b.Text) && words.StartsUpper(b.Text)
	}
	return false
}
