package paged

import (
	"context"
	"strings"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/furniture"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// dropFurniture removes the page furniture of a text dump, wherever it
// stands (a page break of the PDF it was dumped from falls in the middle
// of paragraphs and lists): security markings and page labels ("Page 2
// of 7", "- 3 -") on any line, a bare page number between blank lines,
// page boundaries or other furniture, and running titles.
//
// A run of furniture lines, with the blank lines around it, is a page
// break: it goes, and the line after it gets brk, so that the assembler
// decides as at any page break whether the sentence it cut goes on.
//
// It works in place, keeps the context's deadline (tick) and charges the
// memory of its bookkeeping, a flag a line and the running titles'
// candidates, while it runs.
func dropFurniture(ctx context.Context, raws []rawLine, tick *budget.Ticker) ([]rawLine, error) {
	meter := budget.From(ctx)
	if err := meter.Charge(int64(len(raws))); err != nil {
		return nil, err
	}
	defer meter.Release(int64(len(raws)))
	furn := make([]bool, len(raws))
	found := false
	for i, r := range raws {
		if err := tick.Tick(); err != nil {
			return nil, err
		}
		if r.text != "" && (furniture.IsMarking(r.text) || furniture.IsPageLabel(r.text)) {
			furn[i], found = true, true
		}
	}
	if markVerticalMarkings(raws, furn) {
		found = true
	}
	for i := range raws {
		if err := tick.Tick(); err != nil {
			return nil, err
		}
		if !furn[i] && raws[i].text != "" && (quietBefore(raws, furn, i) || quietAfter(raws, furn, i)) && furniture.IsPageNumber(raws[i].text) {
			furn[i], found = true, true
		}
	}
	// Without furniture or form feeds, the only page edges are the
	// text's start and end: no line can stand at three.
	if found || raws[len(raws)-1].page > 1 {
		marked, err := markRunningTitles(raws, furn, tick, meter)
		if err != nil {
			return nil, err
		}
		found = found || marked
	}
	if !found {
		return raws, nil
	}
	out := raws[:0] // in place: a line is written only once read
	for i := 0; i < len(raws); {
		if err := tick.Tick(); err != nil {
			return nil, err
		}
		if !furn[i] {
			out = append(out, raws[i])
			i++
			continue
		}
		// The page break: the blank lines before the furniture, the
		// furniture with the blank lines among it, and those after it.
		for len(out) > 0 && out[len(out)-1].text == "" {
			out = out[:len(out)-1]
		}
		for i < len(raws) && (furn[i] || raws[i].text == "") {
			i++
		}
		if i < len(raws) && len(out) > 0 {
			raws[i].brk = true
		}
	}
	return out, nil
}

// minVerticalLetters is the fewest lines of one capital each that make a
// marking printed down a page's margin: "NATO UNCLASSIFIED" turned on
// its side, which a text dump prints a letter a line among the page's
// lines. Fewer could be a grade ("A") or a list's letters.
const minVerticalLetters = 6

// markVerticalMarkings marks as furniture, page by page, the lines of one
// capital each whose letters, read in order, spell markings and nothing
// else. It reports whether it marked any.
func markVerticalMarkings(raws []rawLine, furn []bool) bool {
	found := false
	var letters []byte
	var at []int
	flush := func() {
		// (A capital of the page's own may stand before or after the
		// marking's letters: "Grade" / "A".)
		if len(letters) <= maxVerticalLetters {
		trim:
			for s := 0; s <= maxStrayLetters; s++ {
				for e := len(letters); e >= len(letters)-maxStrayLetters && e-s >= minVerticalLetters; e-- {
					if furniture.IsMarking(string(letters[s:e])) {
						for _, i := range at[s:e] {
							furn[i] = true
						}
						found = true
						break trim
					}
				}
			}
		}
		letters, at = letters[:0], at[:0]
	}
	for i, r := range raws {
		if i > 0 && r.page != raws[i-1].page {
			flush()
		}
		if t := r.text; len(t) == 1 && 'A' <= t[0] && t[0] <= 'Z' && !furn[i] {
			letters, at = append(letters, t[0]), append(at, i)
		}
	}
	flush()
	return found
}

// maxVerticalLetters bounds the letters of a page read as a marking:
// two markings and a caveat.
const maxVerticalLetters = 120

// maxStrayLetters is how many capitals of the page's own text, before or
// after a vertical marking's letters, are let go to find it.
const maxStrayLetters = 2

// quietBefore reports that nothing but a blank line, furniture or a page
// boundary stands right before line i.
func quietBefore(raws []rawLine, furn []bool, i int) bool {
	return i == 0 || raws[i-1].text == "" || furn[i-1] || raws[i-1].page != raws[i].page
}

// quietAfter is quietBefore after line i.
func quietAfter(raws []rawLine, furn []bool, i int) bool {
	return i+1 == len(raws) || raws[i+1].text == "" || furn[i+1] || raws[i+1].page != raws[i].page
}

// atPageEdge reports a line next to a page edge: the start or end of the
// text, a page boundary or furniture, blank lines aside.
func atPageEdge(raws []rawLine, furn []bool, i int) bool {
	for _, step := range [2]int{-1, 1} {
		j := i + step
		for j >= 0 && j < len(raws) && raws[j].text == "" && raws[j].page == raws[i].page {
			j += step
		}
		if j < 0 || j >= len(raws) || furn[j] || raws[j].page != raws[i].page {
			return true
		}
	}
	return false
}

// markRunningTitles marks as furniture the lines a document repeats at
// its page edges, as pdftext does in a PDF's margins: the same short line
// (numbers aside) next to a page edge on at least half the pages, and at
// least three times. A line that ends a sentence or a clause is text:
// a title has no final punctuation. A header of two lines is found in two rounds: its
// second line is at the edge once the first is gone. It reports whether
// it marked any. Its candidates are charged to meter while a round
// reads them.
func markRunningTitles(raws []rawLine, furn []bool, tick *budget.Ticker, meter *budget.Meter) (marked bool, err error) {
	// Pages: the form feeds and the runs of furniture found so far.
	pages := raws[len(raws)-1].page
	for i := 1; i < len(raws); i++ {
		if furn[i] && !furn[i-1] && raws[i-1].text != "" {
			pages++
		}
	}
	threshold := max(3, (pages+1)/2)
	for range 2 {
		count := map[string]int{}
		var cands []int
		charged, err := int64(0), error(nil)
		for i, r := range raws {
			if err = tick.Tick(); err != nil {
				break
			}
			if r.text == "" || furn[i] || !atPageEdge(raws, furn, i) || words.Count(r.text) > stream.MaxHeadingWords ||
				strings.ContainsRune(".!?:;,", words.LastRune(r.text)) {
				continue
			}
			// A candidate's index; a key, the first time, and its entry.
			key := runningKey(r.text)
			n := int64(8)
			if _, ok := count[key]; !ok {
				n += runningKeyCost + int64(len(key))
			}
			charged += n
			if err = meter.Charge(n); err != nil {
				break
			}
			cands = append(cands, i)
			count[key]++
		}
		meter.Release(charged)
		if err != nil {
			return false, err
		}
		more := false
		for _, i := range cands {
			if count[runningKey(raws[i].text)] >= threshold {
				furn[i], more = true, true
			}
		}
		if !more {
			break
		}
		marked = true
	}
	return marked, nil
}

// runningKeyCost is the memory of a running title's key besides its
// bytes: its string header and entry in a map, rounded up.
const runningKeyCost = 64

// runningKey is a line as running titles are compared: lower case, every
// number alike (a page number in the title), white space collapsed.
func runningKey(s string) string {
	var b strings.Builder
	space, digits := false, false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsSpace(r):
			space, digits = b.Len() > 0, false
			continue
		case unicode.IsDigit(r):
			if digits {
				continue
			}
			r, digits = '#', true
		default:
			digits = false
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
