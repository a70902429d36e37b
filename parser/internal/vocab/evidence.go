package vocab

import (
	"math/bits"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// This file weighs the evidence a text gives for English or French:
// function words, French elisions and accents, and the bilingual labels
// and headings of the tables, whose language is known. The split into
// halves and the line assembler both read it.

// Indexes of the two languages in an evidence pair, and their codes.
const (
	EN = 0
	FR = 1
)

// Langs are the language codes, by index.
var Langs = [2]string{"en", "fr"}

// Weights of the evidence, in function words: a known label or heading
// says its language as surely as three function words; an accent is half
// a word (names and loanwords carry accents in English too).
const (
	labelWeight  = 3.0
	accentWeight = 0.5
)

// reInlineURL matches a URL inside text.
var reInlineURL = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?:https?://|www\.)\S+`) })

// evidenceCap keeps a long paragraph from outweighing its neighbours'
// labels: a few function words already make a block's language certain.
const evidenceCap = 8.0

// Evidence returns the evidence a block gives for English and French.
func (v *Vocabulary) Evidence(b stream.Block) [2]float64 {
	var fieldLang string
	if b.Kind == stream.Field {
		_, _, _, fieldLang, _ = v.matchField(b.Label+": "+b.Text, false)
	}
	_, headingLang, _ := v.heading(b.Text)
	return v.EvidenceGiven(b, fieldLang, headingLang)
}

// EvidenceGiven is Evidence for a caller that has already matched the
// block against the tables: fieldLang is the language of the label of a
// Field block's "Label: text" (FieldLang), headingLang that of its text
// as a heading (HeadingLang); "" for none, or for one shared by both
// languages.
func (v *Vocabulary) EvidenceGiven(b stream.Block, fieldLang, headingLang string) [2]float64 {
	var ev [2]float64
	addLang(&ev, fieldLang, labelWeight)
	addLang(&ev, headingLang, labelWeight)
	// The label and the text are read apart, as if joined by a space: no
	// word or URL runs across a space.
	v.addWordEvidence(&ev, b.Label)
	v.addWordEvidence(&ev, b.Text)
	ev[EN] = min(ev[EN], evidenceCap)
	ev[FR] = min(ev[FR], evidenceCap)
	return ev
}

func addLang(ev *[2]float64, lang string, w float64) {
	switch lang {
	case "en":
		ev[EN] += w
	case "fr":
		ev[FR] += w
	}
}

// addWordEvidence adds the evidence of the words of text: function
// words, French elisions and accented letters.
func (v *Vocabulary) addWordEvidence(ev *[2]float64, text string) {
	// URLs are not language ("…/cps/en/natohq/…" is not French "en").
	if strings.Contains(text, "://") || containsWWW(text) {
		text = reInlineURL().ReplaceAllString(text, " ")
	}
	// Words are runs of letters and apostrophes. Each is lower-cased, with
	// ’ as ', into a buffer on the stack as it is read: the text is never
	// split into a slice, and no word becomes a string of its own. Only a
	// word's first maxWordBytes bytes are kept, and its length: a longer
	// word is no function word, and an elision is in its first bytes.
	var buf [maxWordBytes]byte
	n := 0  // the word's length so far
	ws := 0 // where the word starts, while n > 0
	// (A word between two hyphens is part of a name: "Castelnau-le-Lez",
	// "Aix-en-Provence"; it is no evidence.)
	inName := func(start, end int) bool {
		return start > 0 && end < len(text) && text[start-1] == '-' && text[end] == '-'
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, nearly every byte: no rune to decode.
			if n == 0 && asciiWordBytes[c] != 0 {
				// A word that starts here: its run of ASCII letters and
				// apostrophes is found first. When it is the whole word,
				// as nearly always, it is folded into buf only if it may
				// be a function word or an elision (see addASCIIWord).
				j := i + 1
				if j+8 <= len(text) {
					// asciiWordEnd's first eight bytes, inline: most
					// words end in them.
					if other := otherThanWordBytes8(load8(text[j : j+8])); other != 0 {
						j += bits.TrailingZeros64(other) >> 3
					} else {
						j = asciiWordEnd(text, j+8)
					}
				} else {
					j = asciiWordEnd(text, j)
				}
				if j == len(text) || text[j] < utf8.RuneSelf {
					if !inName(i, j) {
						v.addASCIIWord(ev, &buf, text, i, j)
					}
					// text[j], if any, is an ASCII byte that is no word's
					// (a space, nearly always), skipped: the loop would
					// read it only to step over it.
					i = j + 1
					continue
				}
				// The word goes on with a rune outside ASCII: its
				// start is folded now, and the rest rune by rune.
				ws = i
				for ; i < j; i++ {
					if n < len(buf) {
						buf[n] = asciiWordBytes[text[i]]
					}
					n++
				}
				continue
			}
			if l := asciiWordBytes[c]; l != 0 {
				if n < len(buf) {
					buf[n] = l
				}
				n++
			} else if n > 0 {
				if !inName(ws, i) {
					v.addWord(ev, buf[:min(n, len(buf))], n)
				}
				n = 0
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		at := i
		i += size
		switch {
		case r == '’':
			if n == 0 {
				ws = at
			}
			if n < len(buf) {
				buf[n] = '\''
			}
			n++
		case unicode.IsLetter(r):
			if n == 0 {
				ws = at
			}
			var rb [utf8.UTFMax]byte
			low := utf8.AppendRune(rb[:0], words.ToLower(r))
			if n < len(buf) {
				copy(buf[n:], low)
			}
			n += len(low)
			if isFrenchAccent(r) {
				ev[FR] += accentWeight
			}
		case n > 0:
			if !inName(ws, at) {
				v.addWord(ev, buf[:min(n, len(buf))], n)
			}
			n = 0
		}
	}
	if n > 0 {
		v.addWord(ev, buf[:min(n, len(buf))], n)
	}
}

// containsWWW is strings.Contains(text, "www."), searched from the
// dots: strings.Contains stops at every "w", a letter of every other
// English word, and its search of bytes then guesses wrong how far the
// next one is.
func containsWWW(text string) bool {
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '.')
		if i < 0 {
			return false
		}
		i += from
		if i >= 3 && text[i-3:i] == "www" {
			return true
		}
		from = i + 1
	}
}

// addASCIIWord adds the evidence of text[i:j], a word of ASCII letters
// and apostrophes, as written: addWord of it folded into buf. A word
// that is no elision is looked up in the function words' hash table
// without a branch on the answer (see functionTable): half the words of
// a paragraph are function words, an answer the processor could only
// guess, and wrongly half the time.
func (v *Vocabulary) addASCIIWord(ev *[2]float64, buf *[maxWordBytes]byte, text string, i, j int) {
	word := text[i:j]
	n := len(word)
	if n < maxWordBytes && i+maxWordBytes <= len(text) {
		lo, hi := load8(text[i:i+8]), load8(text[i+8:i+maxWordBytes])
		// An elision ("l'", "qu'") has its apostrophe second or third.
		// Of a word's bytes, letters and apostrophes, the apostrophe is
		// the one with bit 6 clear: bytes 1 and 2 of the word are tested
		// for it together, with no branch on the word's length (which
		// the test of each byte in turn had, guessed wrong at random).
		if ^lo&wordMasks[n][0]&elisionApostrophes == 0 {
			lo, hi = packWord(lo, hi, n)
			s := &v.functionTable.slots[v.functionTable.slot(lo, hi, n)]
			// miss is 0 for the word in the slot and has its top bit set for
			// any other, which (miss|-miss)>>63 makes 1.
			miss := s.lo ^ lo | s.hi ^ hi | uint64(s.n^uint8(n))
			ev[s.lang] += float64(1 - (miss|-miss)>>63)
			return
		}
	}
	elision := n >= 2 && (word[1] == '\'' || n > 2 && word[2] == '\'')
	if !elision && (n >= maxWordBytes || v.functionWordShapes[asciiWordBytes[word[0]]]&(1<<n) == 0) {
		return
	}
	w := buf[:min(n, len(buf))]
	for i := range w {
		w[i] = asciiWordBytes[word[i]]
	}
	v.addWord(ev, w, n)
}

// asciiWordEnd returns the end of the run of ASCII letters and
// apostrophes that starts at text[i]: eight bytes at a time, the first
// byte of another kind found by its bit, not by a branch on each byte
// whose outcome the lengths of words make the processor guess wrong.
func asciiWordEnd(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		if other := otherThanWordBytes8(load8(text[i : i+8])); other != 0 {
			return i + bits.TrailingZeros64(other)>>3
		}
	}
	for i < len(text) && text[i] < utf8.RuneSelf && asciiWordBytes[text[i]] != 0 {
		i++
	}
	return i
}

// load8 returns the first eight bytes of b as a little-endian word (the
// compiler makes it one load).
func load8(b string) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// otherThanWordBytes8 returns 0x80 in each byte of w (eight bytes, the
// first in the low byte) that is no ASCII letter or apostrophe, and 0 in
// the others. On the low seven bits of each byte no sum carries out:
// setting 0x20 makes a letter small, and a small letter is from 'a' to
// 'z'; a byte with its high bit set is no word byte.
func otherThanWordBytes8(w uint64) uint64 {
	const (
		ones  = 0x0101010101010101
		low7  = 0x7f7f7f7f7f7f7f7f
		high  = 0x8080808080808080
		fromA = (0x80 - 'a') * ones
		pastZ = (0x80 - 'z' - 1) * ones
		apos  = '\'' * ones
	)
	y := (w | 0x20*ones) & low7
	letter := (y + fromA) &^ (y + pastZ)
	x := (w ^ apos) & low7
	apostrophe := ^(x + low7)
	return ^((letter | apostrophe) &^ w) & high
}

// functionTable holds the function words of at most maxWordBytes-1
// bytes, each in a slot of its own: a perfect hash, its multipliers
// chosen when the vocabulary is built. An empty slot holds no word (n is
// 0), and an index of language that is never added to (ev[s.lang] += 0).
type functionTable struct {
	slots []functionSlot
	mul   [3]uint64
	shift uint
}

type functionSlot struct {
	lo, hi uint64 // the word's bytes as packWord packs them
	n      uint8
	lang   uint8
}

func (t *functionTable) slot(lo, hi uint64, n int) uint64 {
	return (lo*t.mul[0] ^ hi*t.mul[1] ^ uint64(n)*t.mul[2]) >> t.shift
}

// packWord returns the first n bytes of lo and hi (n < 16), the first
// sixteen bytes from a word of ASCII letters and apostrophes as two
// little-endian words (load8), in lower case and with the bytes past n
// zero. Setting 0x20 lower-cases a letter and leaves an apostrophe
// (0x27) as it is. (The caller loads the bytes: a packWord that loaded
// them too was too large to inline, a call for every word.)
func packWord(lo, hi uint64, n int) (uint64, uint64) {
	const lower = 0x2020202020202020
	return (lo | lower) & wordMasks[n][0], (hi | lower) & wordMasks[n][1]
}

// elisionApostrophes holds bit 6 of a word's bytes 1 and 2, which is
// clear where an elision's apostrophe stands (see addASCIIWord).
const elisionApostrophes = 0x40<<8 | 0x40<<16

// wordMasks[n] keeps the first n bytes of sixteen.
var wordMasks = func() (m [maxWordBytes + 1][2]uint64) {
	for n := range m {
		for k := 0; k < n; k++ {
			m[n][k/8] |= 0xff << (8 * (k % 8))
		}
	}
	return m
}()

// newFunctionTable lays out the function words that a word of ASCII
// letters and apostrophes can be (the others addWord never finds), in
// the order addWord compares them, the first of a word kept. It tries
// fixed multipliers, doubling the table until one puts every word in a
// slot of its own.
func newFunctionTable(byFirst *[256][]functionWord) functionTable {
	type entry struct {
		lo, hi uint64
		n      int
		lang   int
	}
	var es []entry
	seen := map[string]bool{}
	for c := range byFirst {
		for _, f := range byFirst[c] {
			if len(f.word) == 0 || len(f.word) >= maxWordBytes || seen[f.word] || !isPlainWord(f.word) {
				continue
			}
			seen[f.word] = true
			var b [maxWordBytes]byte
			copy(b[:], f.word)
			lo, hi := packWord(load8(string(b[:8])), load8(string(b[8:])), len(f.word))
			es = append(es, entry{lo, hi, len(f.word), f.lang})
		}
	}
	x := uint64(0x9e3779b97f4a7c15) // a fixed sequence of odd multipliers
	next := func() uint64 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x | 1 }
	// A table four times the words' number or more: a few tries find
	// multipliers with no collision (fewer slots take many more tries).
	bits := uint(4)
	for 1<<bits < 4*len(es) {
		bits++
	}
	for ; ; bits++ {
		// One table for the tries of a size, cleared after each that
		// fails: a table for each was half a megabyte of allocations in
		// the first parse of a process.
		slots := make([]functionSlot, 1<<bits)
		for try := 0; try < 200; try++ {
			clear(slots)
			t := functionTable{slots: slots, shift: 64 - bits,
				mul: [3]uint64{next(), next(), next()}}
			ok := true
			for _, e := range es {
				s := &t.slots[t.slot(e.lo, e.hi, e.n)]
				if s.n != 0 {
					ok = false
					break
				}
				*s = functionSlot{e.lo, e.hi, uint8(e.n), uint8(e.lang)}
			}
			if ok {
				return t
			}
		}
	}
}

// isPlainWord reports a word of lower-case ASCII letters and apostrophes:
// what addASCIIWord folds a word of the text into.
func isPlainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || c == '\'') {
			return false
		}
	}
	return true
}

// isElision reports one of frenchElisions.
func isElision(w []byte) bool {
	for _, e := range frenchElisions {
		if e == string(w) {
			return true
		}
	}
	return false
}

// maxWordBytes bounds the words addWord looks up: functionWordShapes
// has a bit for each length below it.
const maxWordBytes = 16

// asciiWordBytes is, for each ASCII byte, the byte it adds to a word
// (a letter in lower case, an apostrophe), or 0 for one that ends it.
var asciiWordBytes = func() (t [utf8.RuneSelf]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	t['\''] = '\''
	return t
}()

// frenchAccentSet has a true for each rune of frenchAccents, all of
// them below its length.
var frenchAccentSet = func() (t [0x160]bool) {
	for _, r := range frenchAccents {
		t[r] = true
	}
	return t
}()

func isFrenchAccent(r rune) bool { return r < rune(len(frenchAccentSet)) && frenchAccentSet[r] }

// HasFrenchAccent reports a letter of s that French writes and English
// does not (frenchAccents).
func HasFrenchAccent(s string) bool { return strings.ContainsFunc(s, isFrenchAccent) }

// addWord adds the evidence of one word, in lower case, n bytes long:
// w is its first min(n, maxWordBytes) bytes.
func (v *Vocabulary) addWord(ev *[2]float64, w []byte, n int) {
	// French elision: l'OTAN, d'un, qu'il (the first apostrophe is the
	// word's second or third character).
	if n >= 2 && w[0] != '\'' {
		i := 1
		if w[1] != '\'' {
			i = 2
		}
		if i < n && w[i] == '\'' && isElision(w[:i]) {
			ev[FR]++
			return
		}
	}
	if n >= maxWordBytes || v.functionWordShapes[w[0]]&(1<<n) == 0 {
		return // no function word has this first letter and length
	}
	// The few function words with this first letter, compared in turn:
	// cheaper than hashing the word.
	for _, f := range v.functionByFirst[w[0]] {
		if len(f.word) == n && f.word == string(w) {
			ev[f.lang]++
			return
		}
	}
}

// Lean is the evidence of b for English minus its evidence for French.
func (v *Vocabulary) Lean(b stream.Block) float64 {
	ev := v.Evidence(b)
	return ev[EN] - ev[FR]
}

// FunctionWord reports a function word of either language ("and",
// "de", "sur le" ends on one): a text that ends on one stops short of its
// sentence.
// GradeWord reports a word that names a grade before its number: "Band"
// in "Band 6", "Échelon" (gradeNumberWords).
func (v *Vocabulary) GradeWord(word string) bool { return keyIn(gradeNumberWords, word) }

func (v *Vocabulary) FunctionWord(word string) bool {
	var buf [32]byte
	_, ok := v.functionLang[string(words.AppendLower(buf[:0], word))]
	return ok
}
