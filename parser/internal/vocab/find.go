package vocab

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// This file finds the labels and headings of the tables inside a text,
// wherever they stand: at its start, after a space, or glued to the value
// before them, as job boards flatten a header ("…Full-timeApplication
// Deadline17-Apr-2026…"). The matcher runs over the text folded rune by
// rune to the tables' key form (lower case, no accents, typographic
// apostrophes and dashes plain, runs of white space as one space), with
// the offset in the text of every folded byte, and walks a trie of the
// keys from each place a word can start.

// Span is a label or heading found in a text: text[Start:End] as written.
type Span struct {
	Start, End int
	Field      string // the field of a label; "" for a heading
	Kind       string // the section kind of a heading; "" for a label
	// Colon is true when a colon follows the label (white space aside);
	// Glued when the label touches the text before or after it without a
	// space ("LocationBE-Mons", "Full-timeSchedule").
	Colon, Glued bool
}

// trie holds the keys of the labels and whole headings of a vocabulary
// as flat arrays without pointers: some ten thousand nodes, which the
// garbage collector scanned at every cycle as a tree of pointers, it now
// skips. Node 0 is the root; a node's children are its edges, searched in
// order (a label's next letter has few choices, where a map costs more).
type trie struct {
	nodes []trieNode
	// edgeBytes[i] leads to node i+1, the edges of a node are [first,
	// first+count): the nodes are numbered breadth first, each node's
	// children in the order of its edges, so that edge i, the edge into
	// node i+1, needs no array of targets (which cost the walks a load
	// from 40 KB of them, a cache miss as often as not).
	edgeBytes []byte
	names     []string // the fields and kinds nodes name; names[0] is ""
	// rootNext is the root's child for each byte: every walk starts
	// there, among some thirty children.
	rootNext [256]int32
}

// trieNode is one byte of a key path, in 12 bytes: the walks read
// nodes all over the trie, and the fewer cache lines it spans the fewer
// they miss.
type trieNode struct {
	first int32
	count uint16
	field uint16 // the label's field at the end of a label key, in names
	kind  uint16 // the heading's kind at the end of a heading key, in names
	end   bool
}

// trieRoot is the root's index, and noNode the child of no byte.
const (
	trieRoot = 0
	noNode   = -1
)

// child returns the child of node n for byte c, or noNode.
func (t *trie) child(n int32, c byte) int32 {
	if n == trieRoot {
		return t.rootNext[c]
	}
	nd := &t.nodes[n]
	for i, b := range t.edgeBytes[nd.first : nd.first+int32(nd.count)] {
		if b == c {
			return nd.first + int32(i) + 1
		}
	}
	return noNode
}

// field and kind are the field and the kind node n names ("" for none).
func (t *trie) field(n int32) string { return t.names[t.nodes[n].field] }
func (t *trie) kind(n int32) string  { return t.names[t.nodes[n].kind] }

// trieKey is a key the trie holds, with the field of the label and the
// kind of the heading it ends ("" for none).
type trieKey struct {
	key, field, kind string
}

// buildTrie lays out the trie of keys, sorted and without duplicates,
// breadth first: each node's children, and their edges, next to one
// another. A node is the run of keys that share its path, and its
// children the runs that share one byte more, so that the trie is built
// from the sorted keys in place. (A tree of pointer nodes built first and
// then flattened was thirty thousand allocations and 1.6 MB: most of the
// first parse of a process, paid within its time, as the fresh memory
// costs 12 µs a page on the build machine.)
func buildTrie(keys []trieKey) *trie {
	t := &trie{names: []string{""}}
	nameIndex := map[string]uint16{"": 0}
	name := func(s string) uint16 {
		i, ok := nameIndex[s]
		if !ok {
			i = uint16(len(t.names))
			t.names = append(t.names, s)
			nameIndex[s] = i
		}
		return i
	}
	// The nodes, counted first so that each array is made once at its
	// size: the root, and for each key the bytes after the path it shares
	// with the key before it.
	size := 1
	for i, k := range keys {
		shared := 0
		if i > 0 {
			p := keys[i-1].key
			for shared < len(p) && shared < len(k.key) && p[shared] == k.key[shared] {
				shared++
			}
		}
		size += len(k.key) - shared
	}
	// queue[k] is node k: its keys are keys[lo:hi], their first depth
	// bytes its path. A key that ends there sorts first among them.
	type run struct{ lo, hi, depth int32 }
	queue := make([]run, 1, size)
	queue[0] = run{0, int32(len(keys)), 0}
	t.nodes = make([]trieNode, 0, size)
	t.edgeBytes = make([]byte, 0, size-1) // every node but the root has an edge to it
	for k := 0; k < len(queue); k++ {
		r := queue[k]
		nd := trieNode{first: int32(len(t.edgeBytes))}
		if r.lo < r.hi && len(keys[r.lo].key) == int(r.depth) {
			nd.end = true
			nd.field, nd.kind = name(keys[r.lo].field), name(keys[r.lo].kind)
			r.lo++
		}
		// Edge i leads to node i+1: the children join the queue in the
		// order of their edges, after the children of the nodes before.
		for i := r.lo; i < r.hi; {
			c := keys[i].key[r.depth]
			j := i + 1
			for j < r.hi && keys[j].key[r.depth] == c {
				j++
			}
			t.edgeBytes = append(t.edgeBytes, c)
			queue = append(queue, run{i, j, r.depth + 1})
			i = j
		}
		nd.count = uint16(len(t.edgeBytes) - int(nd.first))
		t.nodes = append(t.nodes, nd)
	}
	for c := range t.rootNext {
		t.rootNext[c] = noNode
	}
	top := t.nodes[trieRoot]
	for i := top.first; i < top.first+int32(top.count); i++ {
		t.rootNext[t.edgeBytes[i]] = i + 1
	}
	if len(t.names) > math.MaxUint16 || len(queue) > math.MaxInt32 {
		panic("vocab: a trie too large for its nodes' fields")
	}
	return t
}

// trieKeys are the keys of every label and whole heading of v, sorted:
// a label's key names its field, a heading's its kind when no label's
// field has that key.
func (v *Vocabulary) trieKeys() []trieKey {
	// The key strings are sorted alone, then their field and kind looked
	// up: sorting the 48-byte trieKeys through a comparison function made
	// this 1.9M instructions, paid by every process at its first parse
	// (of 20M for a small file); it is 1.5M so.
	names := make([]string, 0, len(v.fieldByKey)+len(v.headingByKey))
	for k := range v.fieldByKey {
		names = append(names, k)
	}
	for k := range v.headingByKey {
		if _, ok := v.fieldByKey[k]; !ok {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	keys := make([]trieKey, len(names))
	for i, k := range names {
		keys[i].key = k
		if e, ok := v.fieldByKey[k]; ok {
			keys[i].field = e.Field
			if e.Field != "" {
				continue
			}
		}
		keys[i].kind = v.headingByKey[k].Kind
	}
	return keys
}

// trie returns the trie of every label and whole heading of v, built on
// first use.
func (v *Vocabulary) trie() *trie {
	v.trieOnce.Do(func() {
		keys := v.trieKeys()
		for _, k := range keys {
			v.maxKeyBytes = max(v.maxKeyBytes, len(k.key))
			v.keyLastBytes[k.key[len(k.key)-1]] = true
		}
		v.labelTrie = buildTrie(keys)
	})
	return v.labelTrie
}

// folded is a text in key form with the offset of each byte in the text.
type folded struct {
	key   []byte
	start []int // start[i]: offset in the text of the rune key[i] comes from
}

var foldedPool = sync.Pool{New: func() any { return new(folded) }}

// fold fills f with text[from:] in key form, with offsets in text.
func (f *folded) fold(text string, from int) {
	// Each ASCII byte, nearly every one, gives at most one key byte:
	// the slices grow once, if at all, before the loop.
	f.key = slices.Grow(f.key[:0], len(text)-from)
	f.start = slices.Grow(f.start[:0], len(text)-from)
	space := false
	for i, r := range text[from:] {
		i += from
		if r < utf8.RuneSelf { // ASCII, nearly every byte
			if words.IsSpaceByte(byte(r)) {
				if !space && len(f.key) > 0 {
					f.add(' ', i)
				}
				space = true
				continue
			}
			space = false
			f.add(words.LowerASCII(byte(r)), i)
			continue
		}
		if isKeySpace(r) {
			if !space && len(f.key) > 0 {
				f.add(' ', i)
			}
			space = true
			continue
		}
		space = false
		var buf [8]byte // a rune folds to a few bytes
		for _, c := range appendKeyForm(buf[:0], r) {
			f.add(c, i)
		}
	}
}

// end returns the offset in text just after the rune key byte i comes
// from (text is the text f was folded from). It is worked out when asked,
// for the few key bytes a label may end on, rather than kept for each.
func (f *folded) end(text string, i int) int {
	o := f.start[i]
	if text[o] < utf8.RuneSelf {
		return o + 1
	}
	r, size := utf8.DecodeRuneInString(text[o:])
	if r == utf8.RuneError {
		return o + 1 // as a range over the text steps past a bad byte (or U+FFFD)
	}
	return o + size
}

// appendKeyForm appends the key form of r, a rune that is no space, as
// fold writes it: lower case, typographic apostrophes and dashes plain,
// accents folded.
func appendKeyForm(dst []byte, r rune) []byte {
	r = words.ToLower(r)
	switch {
	case r < utf8.RuneSelf:
		return append(dst, byte(r))
	case r == '’' || r == '‘':
		return append(dst, '\'')
	case r == '–' || r == '—':
		return append(dst, '-')
	}
	if s, ok := foldRune(r); ok {
		return append(dst, s...)
	}
	return utf8.AppendRune(dst, r)
}

// mayLead reports whether a key of t can start text and end after its
// byte past, reading the text in key form only as far as a path of the
// trie goes: false means LeadingSpan finds nothing that ends there (no
// key on the path ends after past where a word can end), which it tells
// most paragraphs after a few bytes, without folding them. (With past 0,
// any key that starts text will do.)
func mayLead(t *trie, text string, past int) bool {
	n, space := int32(trieRoot), false
	for i, r := range text {
		if r < utf8.RuneSelf && !words.IsSpaceByte(byte(r)) {
			// ASCII but white space, nearly every byte: its key form is
			// itself in lower case, a byte that ends a word as one.
			space = false
			if n = t.child(n, words.LowerASCII(byte(r))); n == noNode {
				return false
			}
			if t.nodes[n].end && i+1 > past && wordEndAt(text, i+1) {
				return true
			}
			continue
		}
		if isKeySpace(r) {
			if i == 0 {
				return false // fold drops it: no key starts at 0
			}
			if !space {
				if n = t.child(n, ' '); n == noNode {
					return false
				}
			}
			space = true
			continue
		}
		space = false
		end := i + utf8.RuneLen(r) // the rune's end, as fold reckons it
		if r == utf8.RuneError {
			end = i + 1
		}
		var buf [8]byte // a rune folds to a few bytes
		form := appendKeyForm(buf[:0], r)
		for j, c := range form {
			if n = t.child(n, c); n == noNode {
				return false
			}
			if t.nodes[n].end && j == len(form)-1 && end > past && wordEndAt(text, end) {
				return true
			}
		}
	}
	return false
}

func (f *folded) add(c byte, start int) {
	f.key = append(f.key, c)
	f.start = append(f.start, start)
}

// FindLabels returns the labels and headings of v that stand in text as
// labels or headings do, in order and not overlapping, each the longest
// that matches where it starts: at the start or the end of the text,
// before a colon, or glued to the text around it. (A label word inside a
// sentence, "the location of the post", is no label.) A label stands where a word can start: at the start of the
// text, after a character that is not a letter or digit, or glued after
// one as a capitalised word ("MonsNATO Body", "PMSalary"); and it ends
// where its word ends: the end of the text, a character that is not a
// letter, or a capital or digit glued on ("Deadline17-Apr-2026").
func (v *Vocabulary) FindLabels(text string) []Span {
	return v.findLabels(text, func() (Span, bool) { return v.LeadingSpan(text) })
}

// FindLabelsLed is FindLabels for a caller that has asked LeadingSpan of
// text already: lead and leads are what it said.
func (v *Vocabulary) FindLabelsLed(text string, lead Span, leads bool) []Span {
	return v.findLabels(text, func() (Span, bool) { return lead, leads })
}

// findLabels is FindLabels, with leading giving LeadingSpan(text).
func (v *Vocabulary) findLabels(text string, leading func() (Span, bool)) []Span {
	if len(text) > maxFindBytes {
		return nil
	}
	root := v.trie()
	// (strings.ContainsAny(text, ":：") by two searches of bytes: with a
	// character outside ASCII, ContainsAny decodes every rune of text.)
	if strings.IndexByte(text, ':') >= 0 || strings.Contains(text, "：") || v.mayGlue(text) {
		return v.findFrom(root, text, 0, 0, nil)
	}
	// Without a colon or a glued label, a label stands only at the start
	// or the end of text: look there, not in every word of a paragraph.
	var out []Span
	from := 0
	if s, ok := leading(); ok {
		out = append(out, s)
		from = s.End
	}
	tail := tailStart(text, v.maxKeyBytes)
	return v.findFrom(root, text, max(from, tail), from, out)
}

// findFrom appends to out the spans FindLabels keeps that start at or
// after key offset fold and text offset after, searching text[fold:].
func (v *Vocabulary) findFrom(root *trie, text string, fold, after int, out []Span) []Span {
	f := foldedPool.Get().(*folded)
	defer foldedPool.Put(f)
	f.fold(text, fold)
	for i := 0; i < len(f.key); {
		if f.key[i] == ' ' || f.start[i] < after || insideASCIIWord(text, f.start[i]) || !f.wordStart(text, i) {
			i++
			continue
		}
		best, bestField, bestKind, _ := f.longest(root, text, i)
		if best < 0 {
			i++
			continue
		}
		s := Span{Start: f.start[i], End: f.end(text, best), Field: bestField, Kind: bestKind}
		s.Glued = s.Start > 0 && (gluedBefore(lastRuneBefore(text, s.Start)) || gluedAfterPunct(text, s.Start)) ||
			s.End < len(text) && gluedAfter(text[s.Start:s.End], text[s.End:])
		s.Colon = strings.HasPrefix(strings.TrimLeft(text[s.End:], " \t\u00a0\u202f"), ":") ||
			strings.HasPrefix(strings.TrimLeft(text[s.End:], " \t\u00a0\u202f"), "：")
		if v.bareColonOnly(text, s) {
			// "6. CONTRACT": a heading, not the label.
			if s.Field = ""; s.Kind == "" {
				i++
				continue
			}
		}
		if s.Start == 0 || s.Colon || s.Glued || s.End == len(text) {
			out = append(out, s)
			i = best + 1
			continue
		}
		i++ // a word of a sentence that happens to be a label
	}
	return out
}

// tailStart returns the offset in text from which a key of at most
// keyBytes bytes can reach the end of text: each rune gives a key at
// least one byte, and a run of spaces one.
func tailStart(text string, keyBytes int) int {
	n, space := 0, false
	i := len(text)
	for i > 0 && n <= keyBytes {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if isKeySpace(r) {
			if !space {
				n++
			}
			space = true
		} else {
			n++
			space = false
		}
		i -= size
	}
	return i
}

// isKeySpace reports a rune that folds to a key's space. (ASCII, most
// runes, is answered without a call: keyHead and tailStart ask it of
// each rune of a text's ends.)
func isKeySpace(r rune) bool {
	if r < utf8.RuneSelf {
		return words.IsSpaceByte(byte(r))
	}
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f'
}

// mayGlue reports whether text has a place where FindLabels could find
// a label glued to the text around it (see wordStart, wordEnd,
// gluedBefore and gluedAfter): a capital after a letter or digit that
// starts or ends a word, a letter or digit right after a closing
// bracket, or a digit or currency sign right after a character a label
// can end with, or after the mark of an abbreviation that follows one
// ("No.1GNC"). It may say yes where there is none; never the reverse.
func (v *Vocabulary) mayGlue(text string) bool {
	var p, c rune = ' ', ' '
	for i := 0; i <= len(text); {
		n, size := ' ', 1 // a space after the text
		if i < len(text) {
			if n, size = rune(text[i]), 1; n >= utf8.RuneSelf {
				n, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		i += size
		// A lower-case ASCII letter or a space, most runes, can only be
		// the letter after a closing bracket (the second case below).
		if c == ' ' || 'a' <= c && c <= 'z' {
			if c != ' ' && (p == ')' || p == ']') {
				return true
			}
			p, c = c, n
			// While c is such a rune too, after one (p), it needs no
			// test: step on through ASCII, a byte at a time.
			for (c == ' ' || 'a' <= c && c <= 'z') && i < len(text) && text[i] < utf8.RuneSelf {
				p, c = c, rune(text[i])
				i++
			}
			continue
		}
		switch {
		case isUpper(c) && (isLetter(p) || isDigit(p)) && (isLower(n) || !isUpper(p)):
			return true
		case (p == ')' || p == ']') && (isLetter(c) || isDigit(c)):
			return true
		case (p == '-' || p == '.') && isUpper(c):
			return true
		case (isDigit(c) || c == '€' || c == '$' || c == '£') && !isKeySpace(p) && v.mayEndKey(p):
			return true
		case isAbbrevMark(c) && (isUpper(n) || isDigit(n) || n == '€' || n == '$' || n == '£') && v.mayEndKey(p):
			return true
		}
		p, c = c, n
	}
	return false
}

// isAbbrevMark reports the mark an abbreviated label may end with before
// its value (see gluedAfter).
func isAbbrevMark(r rune) bool {
	return r == '.' || r == '#' || r == '°' || r == 'º'
}

// isUpper, isLower, isLetter and isDigit are their unicode namesakes,
// ASCII answered without a call: mayGlue, wordStart and wordEnd ask them
// of nearly every rune a label is looked for in.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

// mayEndKey reports whether a key can end with the rune r as folded.
func (v *Vocabulary) mayEndKey(r rune) bool {
	r = words.ToLower(r)
	if r < utf8.RuneSelf {
		return v.keyLastBytes[r]
	}
	s, ok := foldRune(r)
	if !ok || s == "" {
		return true
	}
	return v.keyLastBytes[s[len(s)-1]]
}

// LeadingSpan returns the longest label or heading of v that text opens
// with, as FindLabels would return it first, without searching the rest
// of text: a run-in heading is looked for in every paragraph.
func (v *Vocabulary) LeadingSpan(text string) (Span, bool) {
	if !mayLead(v.trie(), text, 0) {
		return Span{}, false
	}
	return v.leadingSpan(text)
}

// GluedFieldLabel returns the longest field label text opens with when a
// word in small letters is glued right after it, with no space, colon or
// capital between ("Salaryfrom €2,950 …", "Prise de posteaoût 2032"),
// as a board's box of facts, its separators lost, glues a value to its
// label; or false. Only a label of minGluedLabelRunes runes or more
// counts: a short one is too often the start of a longer word.
func (v *Vocabulary) GluedFieldLabel(text string) (Span, bool) {
	end, n := v.gluedKey(text, minGluedLabelRunes, func(t *trie, n int32) bool { return t.field(n) != "" }, false)
	if end == 0 {
		return Span{}, false
	}
	return Span{Start: 0, End: end, Field: v.trie().field(n), Glued: true}, true
}

// GluedHeading returns where a section heading ends that opens text
// glued to the first word of what it heads, in small letters, with no
// space or colon between ("Main tasksregisters incoming mail…",
// "Essentialsecondary education;", "Desirableexperience in…"), as a
// board flattens a heading and its list; or 0. Only a heading of
// minGluedHeadingRunes runes or more counts: a short heading is too
// often the start of a longer word ("Profilculture"). Of a heading and
// its plural ("Essential", "Essentials") the singular is taken before an
// s that may open a word ("Essentialsecondary", not "Languagesfluent").
func (v *Vocabulary) GluedHeading(text string) int {
	if text == "" || !isUpperASCIIOrLetter(text) {
		return 0
	}
	if text[0] < utf8.RuneSelf {
		// Nearly every line parts from the keys within its first
		// letters, read as they are, before it is folded.
		root, n, depth := v.trie(), int32(trieRoot), 0
		for i := 0; i < len(text) && text[i] < utf8.RuneSelf && text[i] != ' '; i++ {
			if n = root.child(n, words.LowerASCII(text[i])); n == noNode {
				break
			}
			depth++
		}
		if n == noNode && depth < minGluedHeadingRunes {
			return 0
		}
	}
	end, _ := v.gluedKey(text, minGluedHeadingRunes, func(t *trie, n int32) bool { return t.kind(n) != "" && t.field(n) == "" }, true)
	return end
}

// gluedKey returns where the longest key of the trie that pick accepts
// ends when it opens text glued to a word in small letters, and its
// node; 0 when none does, when it has fewer than minRunes runes, or when
// the letters glued on are a word's ending ("Organisational",
// "Essentially"). With singular, a key one s longer than an accepted
// key gives way to it before an s that may open a word (startsAfterS).
func (v *Vocabulary) gluedKey(text string, minRunes int, pick func(*trie, int32) bool, singular bool) (end int, node int32) {
	root := v.trie()
	f := foldedPool.Get().(*folded)
	defer foldedPool.Put(f)
	f.fold(keyHead(text, v.maxKeyBytes+1), 0)
	if len(f.key) == 0 || f.start[0] != 0 {
		return 0, 0
	}
	n, best, shorter := int32(trieRoot), -1, -1
	var bestNode, shorterNode int32
	for j := 0; j < len(f.key); j++ {
		if n = root.child(n, f.key[j]); n == noNode {
			break
		}
		if root.nodes[n].end && (j+1 == len(f.key) || f.start[j+1] != f.start[j]) && pick(root, n) {
			best, shorter, bestNode, shorterNode = j, best, n, bestNode
		}
	}
	if best < 0 {
		return 0, 0
	}
	if singular && shorter == best-1 && f.key[best] == 's' && best+1 < len(f.key) && startsAfterS(f.key[best+1]) {
		best, bestNode = shorter, shorterNode
	}
	end = f.end(text, best)
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !isLower(r) || utf8.RuneCountInString(text[:end]) < minRunes {
		return 0, 0
	}
	run := text[end:]
	if i := strings.IndexFunc(run, func(r rune) bool { return !isLower(r) }); i >= 0 {
		run = run[:i]
	}
	if slices.Contains(wordEndings, run) {
		return 0, 0
	}
	return end, bestNode
}

// startsAfterS reports a letter that follows an s opening a word, in
// English and French: a vowel, or c, h, k, l, m, n, p, q, t, w.
func startsAfterS(c byte) bool {
	return strings.IndexByte("aeiouychklmnpqtw", c) >= 0
}

// isUpperASCIIOrLetter reports text that opens with a capital or a
// letter outside ASCII: a heading's first letter.
func isUpperASCIIOrLetter(text string) bool {
	c := text[0]
	return 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
}

// minGluedHeadingRunes is how long a heading must be for GluedHeading to
// take it before a word in small letters: "Main tasks", "Essential",
// "Desirable", not "Profil" of "Profilculture".
const minGluedHeadingRunes = 8

// minGluedLabelRunes is how long a label must be for GluedFieldLabel to
// take it before a word in small letters: "Salary" and "Prise de poste",
// not "Lieu" of "Lieux".
const minGluedLabelRunes = 6

// LeadingSpanPast is LeadingSpan for a caller that uses only a span
// that ends after byte past of text: false, without folding text, when
// no key that leads text ends there. (A Field block is asked whether a
// longer label runs on from its own into its text, "Post" / "Title:
// Scientific Officer": its own label always leads, and the whole search
// was 5,000 instructions a field of 251042-ncia.md.)
func (v *Vocabulary) LeadingSpanPast(text string, past int) (Span, bool) {
	if !mayLead(v.trie(), text, past) {
		return Span{}, false
	}
	return v.leadingSpan(text)
}

// leadingSpan is LeadingSpan without the test that spares most texts.
func (v *Vocabulary) leadingSpan(text string) (Span, bool) {
	root := v.trie()
	f := foldedPool.Get().(*folded)
	defer foldedPool.Put(f)
	// Only the start of text is folded: first a few words, which end
	// the walk through the keys for nearly every paragraph; then, if a
	// key may go on, as far as the longest key reaches.
	for _, units := range [2]int{leadingProbe, v.maxKeyBytes + 1} {
		head := keyHead(text, units)
		f.fold(head, 0)
		if len(f.key) == 0 || f.start[0] != 0 {
			return Span{}, false
		}
		best, bestField, bestKind, alive := f.longest(root, text, 0)
		if alive && len(head) < len(text) && units < v.maxKeyBytes+1 {
			continue
		}
		if best < 0 {
			return Span{}, false
		}
		s := Span{Start: 0, End: f.end(text, best), Field: bestField, Kind: bestKind}
		s.Glued = s.End < len(text) && gluedAfter(text[s.Start:s.End], text[s.End:])
		rest := strings.TrimLeft(text[s.End:], " \t\u00a0\u202f")
		s.Colon = strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")
		if v.bareColonOnly(text, s) {
			if s.Field = ""; s.Kind == "" {
				return Span{}, false
			}
		}
		return s, true
	}
	return Span{}, false
}

// bareColonOnly reports a span of a label read only before its colon
// (colonOnlyLabels) that has none, nor stands glued after the value of
// the field before it as a job board flattens a header ("Münster,
// GermanyContractDefinite duration"): "CONTRACT AWARD NOTICE", "6.
// CONTRACT", "Experiments Division – ID19".
func (v *Vocabulary) bareColonOnly(text string, s Span) bool {
	if s.Colon || !v.colonOnlyFields[s.Field] {
		return false
	}
	if s.Glued && s.Start > 0 && (gluedBefore(lastRuneBefore(text, s.Start)) || gluedAfterPunct(text, s.Start)) {
		// ("…Temps pleinÉchelle salarialede 78 500 $": the first word of
		// a longer label, whose next word is no value's.)
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[s.End:], " "))
		return unicode.IsLower(r)
	}
	if r, _ := utf8.DecodeRuneInString(text[s.End:]); s.Glued && unicode.IsUpper(r) {
		return false // "ContractInitial contract of 4 years": a value glued on, not a number ("ID19")
	}
	e, ok := lookupKey(v.fieldByKey, text[s.Start:s.End])
	return ok && e.ColonOnly
}

// leadingProbe is how far LeadingSpan first folds a text, in key units:
// a label's first words.
const leadingProbe = 24

// keyHead returns the start of text that folds to at most units key
// units and one more: each rune, and each run of spaces, gives a key at
// least one byte.
func keyHead(text string, units int) string {
	n, space := 0, false
	for i, r := range text {
		if n > units {
			return text[:i]
		}
		if s := isKeySpace(r); !s || !space {
			n++
		}
		space = isKeySpace(r)
	}
	return text
}

// maxFindBytes bounds the texts searched for labels: a header, even one
// flattened onto a line, is a few hundred bytes; a longer text is prose.
const maxFindBytes = 4096

// longest returns the key byte where the longest key of t that starts
// at key byte i and ends a word ends, with its field and kind; best is
// -1 when none does. alive reports a walk that reached the end of f's key
// with keys still going on.
func (f *folded) longest(t *trie, text string, i int) (best int, field, kind string, alive bool) {
	best = -1
	n := int32(trieRoot)
	for j := i; j < len(f.key); j++ {
		n = t.child(n, f.key[j])
		if n == noNode {
			return best, field, kind, false
		}
		if t.nodes[n].end && f.wordEnd(text, j) {
			best, field, kind = j, t.field(n), t.kind(n)
		}
	}
	return best, field, kind, true
}

// insideASCIIWord reports an offset of text where no word starts, as
// wordStart tells it without a call or a rune decoded for most bytes of
// a text: an ASCII byte that is no capital after an ASCII letter or digit.
func insideASCIIWord(text string, o int) bool {
	if o == 0 {
		return false
	}
	c, p := text[o], text[o-1]
	return c < utf8.RuneSelf && !('A' <= c && c <= 'Z') &&
		('a' <= p && p <= 'z' || 'A' <= p && p <= 'Z' || '0' <= p && p <= '9')
}

// wordStart reports whether a word can start at key byte i.
func (f *folded) wordStart(text string, i int) bool {
	if i > 0 && f.start[i] == f.start[i-1] {
		return false // inside a rune folded to several bytes
	}
	o := f.start[i]
	if o == 0 {
		return true
	}
	prev := lastRuneBefore(text, o)
	if !isLetter(prev) && !isDigit(prev) {
		return true
	}
	// Glued on: a capital followed by a small letter ("MonsNATO" is no
	// word start at "ATO", "PMSalary" is one at "Salary").
	r, n := utf8.DecodeRuneInString(text[o:])
	if !isUpper(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[o+n:])
	return isLower(next) || isUpper(next) && !isUpper(prev)
}

// wordEnd reports whether a word can end at key byte j.
func (f *folded) wordEnd(text string, j int) bool {
	if j+1 < len(f.key) && f.start[j+1] == f.start[j] {
		return false // inside a rune folded to several bytes
	}
	return wordEndAt(text, f.end(text, j))
}

// wordEndAt reports whether a word can end at offset o of text, after
// the last byte of a rune's key form.
func wordEndAt(text string, o int) bool {
	if o >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[o:])
	if !isLetter(r) {
		return true
	}
	// Glued on: a capital after a word that is not in capitals
	// ("BodySupreme"), or a capitalised word after one in capitals
	// ("DUTIESThe").
	if !isUpper(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[o+utf8.RuneLen(r):])
	return !isUpper(lastRuneBefore(text, o)) || isLower(next)
}

// gluedBefore reports the last character of a value a label is glued
// to: a letter, a digit or a closing bracket ("Full-timeApplication",
// "(SHAPE)Schedule"), not an opening one ("(Pay Basis)").
func gluedBefore(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' || r == ']' || r == '%'
}

// gluedAfter reports a text that goes on right after a label without a
// space or colon: a capital, a digit or a currency sign, also after
// the mark that ends an abbreviated label ("Vacancy Notice No.1GNC/CIV/…",
// "N°2026-14"), not after a full stop that ends a sentence on a label's
// word ("…are required.3. Requests…").
func gluedAfter(label, rest string) bool {
	r, n := utf8.DecodeRuneInString(rest)
	if isAbbrevMark(r) {
		if !isAbbreviation(label) {
			return false
		}
		r, _ = utf8.DecodeRuneInString(rest[n:])
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '€' || r == '$' || r == '£'
}

// gluedAfterPunct reports a capitalised label right after a value that
// ends with a dash or a full stop, with no space between: "CHF
// 8'420.-Description du poste"; not a hyphen between letters
// ("Pétion-Ville").
func gluedAfterPunct(text string, start int) bool {
	p, n := utf8.DecodeLastRuneInString(text[:start])
	if p != '-' && p != '.' {
		return false
	}
	pp, _ := utf8.DecodeLastRuneInString(text[:start-n])
	r, _ := utf8.DecodeRuneInString(text[start:])
	if p == '-' && unicode.IsLetter(pp) {
		return false // "Pétion-Ville": a compound's hyphen between letters
	}
	return start-n > 0 && !isKeySpace(pp) && unicode.IsUpper(r)
}

func lastRuneBefore(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}
