package vocab

import (
	"bytes"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// This file tells what a line of a document is beyond labels and
// headings: the site furniture around a notice, the banner it opens with,
// the words that name a post, and the cues of the documents that are not
// notices (press releases, FAQs, calls for tenders…).

// phraseSet is a set of keys matched against a text's key: whole, or as
// a prefix followed by a word boundary.
type phraseSet struct {
	keys  map[string]bool
	byLen []int // key lengths in words, longest first
	// first holds the first word of every key, with the lengths in words
	// of the keys it starts (lengthBit): most lines are rejected on their
	// first word before the line is normalised, and a line that starts
	// with a key's first word is looked up at those lengths only.
	first map[string]uint64
}

// lengthBit is the bit of a key's length in words in phraseSet.first
// (the longest keys, twelve words, are far from sharing the last bit).
func lengthBit(n int) uint64 { return 1 << min(n, 63) }

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{keys: map[string]bool{}, first: map[string]uint64{}}
	seen := map[int]bool{}
	for _, p := range phrases {
		k := normKey(p)
		if k == "" {
			continue
		}
		ps.keys[k] = true
		n := words.Count(k)
		ps.first[firstField(k)] |= lengthBit(n) // strings.Fields(k)[0], without the slice
		if !seen[n] {
			seen[n] = true
			ps.byLen = append(ps.byLen, n)
		}
	}
	for i := range ps.byLen {
		for j := i + 1; j < len(ps.byLen); j++ {
			if ps.byLen[j] > ps.byLen[i] {
				ps.byLen[i], ps.byLen[j] = ps.byLen[j], ps.byLen[i]
			}
		}
	}
	return ps
}

// prefix returns the longest phrase the key k starts with, in words, and
// the rest of k after it; ok is false when k starts with none.
func (ps *phraseSet) prefix(k string) (rest string, ok bool) {
	lengths := ps.first[firstField(k)]
	if lengths == 0 {
		return "", false // most lines: k is not split into words
	}
	// Only as many words as the longest phrase that starts with the
	// first word are split off to be looked up, and the rest only for a
	// phrase found: a banner's key holds a line's first 23 words, and
	// splitting them all was most of the cost of a line that starts with
	// a phrase's first word ("NATO Allies today inaugurated…").
	var buf [2*maxPhraseWords + 2]string // k holds a line's first words
	n := ps.prefixWords(appendFieldsAtMost(buf[:0], k, bits.Len64(lengths)-1))
	if n == 0 {
		return "", false
	}
	ws := appendFields(buf[:0], k)
	return strings.Join(ws[n:], " "), true
}

// maxPhraseWords is about the length in words of the longest phrase of
// a phraseSet (a banner: 11), for the buffers that hold the words of a
// line's start; a longer start only takes them to the heap.
const maxPhraseWords = 12

// appendFields appends strings.Fields(s) to dst.
func appendFields(dst []string, s string) []string {
	return appendFieldsAtMost(dst, s, len(s))
}

// appendFieldsAtMost appends the first max words of strings.Fields(s)
// to dst, or all when it has fewer.
func appendFieldsAtMost(dst []string, s string, max int) []string {
	if max <= 0 {
		return dst
	}
	start, n := -1, 0
	for i, r := range s {
		switch {
		case !unicode.IsSpace(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			dst = append(dst, s[start:i])
			start = -1
			if n++; n == max {
				return dst
			}
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// firstField is strings.Fields(s)[0], or "" when s has no field.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// prefixWords returns the length in words of the longest phrase the
// words ws start with, or 0.
func (ps *phraseSet) prefixWords(ws []string) int {
	if len(ws) == 0 {
		return 0
	}
	lengths := ps.first[ws[0]]
	if lengths == 0 {
		return 0
	}
	// The phrase of n words is looked up as strings.Join(ws[:n], " "),
	// joined in a buffer on the stack, at each length of a phrase that
	// starts with ws[0]: every length of the set was 8,000 instructions
	// for a banner's first word ("NATO Allies today inaugurated…").
	var buf [128]byte
	for _, n := range ps.byLen {
		if n > len(ws) || lengths&lengthBit(n) == 0 {
			continue
		}
		k := append(buf[:0], ws[0]...)
		for _, w := range ws[1:n] {
			k = append(append(k, ' '), w...)
		}
		if ps.keys[string(k)] {
			return n
		}
	}
	return 0
}

// contains reports a phrase of the set anywhere in k, on word boundaries.
func (ps *phraseSet) contains(k string) bool {
	ws := strings.Fields(k)
	for i := range ws {
		if ps.prefixWords(ws[i:]) > 0 {
			return true
		}
	}
	return false
}

// maxWords is the length in words of the longest phrase of ps.
func (ps *phraseSet) maxWords() int {
	if len(ps.byLen) == 0 {
		return 0
	}
	return ps.byLen[0]
}

var (
	phraseOnce                       sync.Once
	postSet, bannerSet, furnitureSet *phraseSet
	workModeSet, contractTermSet     *phraseSet
	genreByKey                       map[string]string
	genreSet                         *phraseSet
	reByline                         = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:By|Par)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:\s*[-–|,]|$)`)
	})
	reLeadingNumber = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d[\d\s.,]*\s+`) })
	// reAsked is a question's line on a site of questions and answers:
	// "Asked 3 days ago · Modified today · Viewed 412 times".
	reAsked = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:Asked|Posée?|Question posée)\s+(?:\d+\s+\pL+\s+ago|today|yesterday|il y a \d+|aujourd'hui|hier)\b`)
	})
)

func phrases() {
	phraseOnce.Do(func() {
		post := slices.Clone(postWords)
		for _, p := range seekingPhrases {
			post = append(post, strings.TrimSpace(p))
		}
		postSet = newPhraseSet(post)
		bannerSet = newPhraseSet(append(slices.Clone(banners), markingBanners...))
		furnitureSet = newPhraseSet(siteFurniture)
		workModeSet = newPhraseSet(workModes)
		contractTermSet = newPhraseSet(contractTerms)
		genreByKey = map[string]string{}
		var gs []string
		for _, g := range genreCues {
			for _, p := range []string{g.EN, g.FR} {
				if p != "" {
					genreByKey[normKey(p)] = g.Genre
					gs = append(gs, p)
				}
			}
		}
		genreSet = newPhraseSet(gs)
	})
}

// NamesWorkMode reports a text that says where the work is done rather
// than the place: "in-person teaching", "enseignement en présentiel",
// "hybrid", "télétravail partiel".
func NamesWorkMode(text string) bool {
	phrases()
	var buf [128]byte
	k := appendNormKey(buf[:0], text)
	return workModeSet.containsBytes(k)
}

// NamesContractTerm reports a text that names a contract's term
// (contractTerms): "fixed term of three years", "three-year definite
// duration", "contrat de trois ans renouvelable".
func NamesContractTerm(text string) bool {
	phrases()
	var buf [128]byte
	k := appendNormKey(buf[:0], text)
	return contractTermSet.containsBytes(k)
}

// parts cuts a line of site navigation at its separators ("Home > Jobs >
// Job Details", "Search Jobs | Sign In"), each part trimmed, empty ones
// left out.
func parts(text string) []string { return appendParts(nil, text) }

// appendParts appends parts(text) to out: a caller that only reads the
// parts hands a buffer on its stack, as nearly every line is one part.
func appendParts(out []string, text string) []string {
	text = strings.TrimSpace(text)
	beg := 0
	for {
		start, end, ok := nextSeparator(text, beg)
		if !ok {
			break
		}
		if p := strings.TrimSpace(text[beg:start]); p != "" {
			out = append(out, p)
		}
		beg = end
	}
	if p := strings.TrimSpace(text[beg:]); p != "" {
		out = append(out, p)
	}
	return out
}

// nextSeparator returns the first separator of s at or after from, as
// the expression \s*(?:[|<>‹›»/·•]|\s{2,}|\s[-–—]\s)\s* finds it (\s is
// ASCII white space but the vertical tab): a mark with the white space
// around it, a white space, a dash and a white space with the white
// space around them, or two white spaces or more. (By hand: the
// expression, with its backtracking over runs of spaces, was most of
// the cost of telling site furniture from a paragraph.)
//
// The expression matches leftmost, and, from a start, tries the longest
// run of white space before the alternatives, then shorter ones: so a
// match starts where a run of white space starts, and from the run's
// end it is a mark; else, one white space back, a spaced dash; else the
// run itself, two white spaces or more.
func nextSeparator(s string, from int) (start, end int, ok bool) {
	for p := from; p < len(s); {
		c := s[p]
		if c > ' ' && c < utf8.RuneSelf && c != '|' && c != '>' && c != '<' && c != '/' {
			p++ // an ASCII byte that is no mark and no white space: most bytes
			continue
		}
		// One space, then such a byte but a dash: the space between two
		// words, nearly every other one, which starts no separator.
		if c == ' ' && p+1 < len(s) {
			if d := s[p+1]; d > ' ' && d < utf8.RuneSelf && d != '|' && d != '>' && d != '<' && d != '/' && d != '-' {
				p += 2
				continue
			}
		}
		run := spaceRun(s, p)
		q := p + run
		if q < len(s) {
			r, n := utf8.DecodeRuneInString(s[q:])
			switch {
			case isSeparatorMark(r):
				return p, q + n + spaceRun(s, q+n), true
			case run >= 1 && (r == '-' || r == '–' || r == '—') && q+n < len(s) && words.IsSpaceASCII(s[q+n]):
				return p, q + n + 1 + spaceRun(s, q+n+1), true
			}
		}
		if run >= 2 {
			return p, q, true
		}
		if run == 0 {
			_, n := utf8.DecodeRuneInString(s[p:])
			q = p + n
		}
		p = q
	}
	return 0, 0, false
}

// spaceRun is the length of the run of ASCII white space at s[i:].
func spaceRun(s string, i int) int {
	n := 0
	for i+n < len(s) && words.IsSpaceASCII(s[i+n]) {
		n++
	}
	return n
}

// isSeparatorMark reports a mark that parts a line of navigation.
func isSeparatorMark(r rune) bool {
	switch r {
	case '|', '>', '›', '»', '/', '·', '•', '<', '‹':
		// ("FAQ < Retour aux résultats": a menu's last link run into
		// the link back to the list, its arrow before it.)
		return true
	}
	return false
}

// IsFurniture reports a line of site furniture: navigation, buttons, a
// breadcrumb trail, a careers site's name.
func IsFurniture(text string) bool {
	phrases()
	var pbuf [8]string
	ps := appendParts(pbuf[:0], text)
	if len(ps) == 0 {
		return false
	}
	furniture := 0
	// The keys are built on the stack, not as strings: this runs on the
	// first lines of every document, most of them paragraphs, whose key
	// only has to show that its first word starts no phrase.
	var firstBuf, buf [128]byte
	var firstKey []byte
	// A part with more words than a furniture phrase or a careers site's
	// name is neither, and its key is not built: most parts are a
	// paragraph, whose key was most of the cost of this test (a first key
	// left nil is a first part of no careers word).
	maxWords := max(furnitureSet.maxWords(), maxCareersNameWords)
	for i, p := range ps {
		if moreKeyWordsThan(p, maxWords) {
			continue
		}
		var k []byte
		if i == 0 {
			k = appendNormKey(firstBuf[:0], p)
			firstKey = k
		} else {
			k = appendNormKey(buf[:0], p)
		}
		if isFurniturePhrase(k) {
			furniture++
		}
	}
	switch {
	case furniture == len(ps):
		return true
	case furniture > 0 && len(ps) >= 3:
		return true // a breadcrumb trail or a menu
	case len(firstKey) <= maxNavLinkBytes && hasNavLinkPrefix(firstKey):
		return true // "‹ Back to all jobs at Ubisoft", "← Toutes les offres | All jobs"
	}
	// "NATO Careers", "INTERPOL Careers", "OECD Careers - Job opportunities":
	// a name and a careers word (careersWords).
	// (The last word cut out first, and the words counted only of a key
	// that ends on one of those: a paragraph is never made a string.)
	last := bytes.TrimRightFunc(firstKey, unicode.IsSpace)
	last = last[bytes.LastIndexFunc(last, unicode.IsSpace)+1:]
	if !slices.Contains(careersWords, string(last)) {
		return false
	}
	// ("Avis de recrutement", a notice's banner, ends on a careers word
	// too.)
	n := words.CountAtMost(string(firstKey), maxCareersNameWords)
	return n >= 2 && n <= maxCareersNameWords && !IsBanner(ps[0])
}

// maxCareersNameWords bounds a careers site's name: "NATO Careers",
// "OECD Careers - Job opportunities" (its first part).
const maxCareersNameWords = 3

// moreKeyWordsThan reports a text whose key (normKey) has more than n
// words, from the text's own words, without the key: a run of bytes
// between spaces that holds an ASCII letter or figure stays a word of the
// key, which keeps those and the spaces (a run of them as one), but for a
// section number at the start, which the key drops.
func moreKeyWordsThan(s string, n int) bool {
	count, alnum := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if alnum {
				if count++; count > n+1 {
					return true
				}
				alnum = false
			}
		case 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9':
			alnum = true
		}
	}
	if alnum {
		count++
	}
	return count > n+1
}

// maxNavLinkBytes bounds a link back to a site's list of posts: "Back to
// all jobs at the European Space Agency".
const maxNavLinkBytes = 60

// hasNavLinkPrefix reports a key that opens as a link back to a site's
// list of posts does (navLinkPrefixes), after the arrow before it.
func hasNavLinkPrefix(k []byte) bool {
	k = bytes.TrimLeftFunc(k, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, p := range navLinkPrefixes {
		if bytes.HasPrefix(k, []byte(p)) {
			return true
		}
	}
	return false
}

// firstFieldBytes is firstField of a key on the stack.
func firstFieldBytes(k []byte) []byte {
	w, _ := cutField(k)
	return w
}

// cutField returns the first word of k, split as strings.Fields splits
// it (at unicode.IsSpace), and what follows it, from the white space
// after it. It is bytes.TrimLeftFunc then bytes.IndexFunc, without their
// call of unicode.IsSpace through a function value for every byte: an
// ASCII byte, nearly every one of a key, is tested inline.
func cutField(k []byte) (w, rest []byte) {
	i := 0
	for i < len(k) {
		n := spaceLen(k[i:])
		if n == 0 {
			break
		}
		i += n
	}
	k = k[i:]
	for j := 0; j < len(k); {
		if c := k[j]; c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' {
				return k[:j], k[j:]
			}
			j++
			continue
		}
		r, n := utf8.DecodeRune(k[j:])
		if unicode.IsSpace(r) {
			return k[:j], k[j:]
		}
		j += n
	}
	return k, nil
}

// spaceLen returns the length of the rune k starts with when it is white
// space (unicode.IsSpace), else 0. k is not empty.
func spaceLen(k []byte) int {
	if c := k[0]; c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	if r, n := utf8.DecodeRune(k); unicode.IsSpace(r) {
		return n
	}
	return 0
}

// TrailThroughOffers reports a breadcrumb trail that passes through a
// site's list of offers before its last steps ("Accueil > Offres
// d'emploi > Neuchâtel > Administration publique"): the steps after it
// are a board's filters (a place, a sector), the post's page is below
// them.
func TrailThroughOffers(text string) bool {
	phrases()
	var pbuf [8]string
	ps := appendParts(pbuf[:0], text)
	for _, p := range ps[min(1, len(ps)):] {
		var buf [128]byte
		if isFurniturePhrase(appendNormKey(buf[:0], p)) {
			return true
		}
	}
	return false
}

// isFurniturePhrase reports a part's key that is a furniture phrase and
// nothing more: "Apply" and "Apply now", not "Apply your skills to…".
// (prefix would let go a key whose first word starts no phrase: so it is
// let go here, before it is made a string.)
func isFurniturePhrase(k []byte) bool {
	if furnitureSet.first[string(firstFieldBytes(k))] == 0 {
		return false
	}
	rest, ok := furnitureSet.prefix(string(k))
	return ok && rest == ""
}

// Breadcrumb returns the last step of a breadcrumb trail ("Home > Join
// us > Frequently Asked Questions"): the page the document is.
func Breadcrumb(text string) (last string, ok bool) {
	if strings.Count(text, ">")+strings.Count(text, "›")+strings.Count(text, "»") < 1 &&
		strings.Count(text, " / ") < 1 {
		return "", false
	}
	// "Home / Vacancies / Vacancy details | Login | FAQ": a menu's bar
	// after the trail ends it; its items are the site's pages.
	if i := strings.Index(text, " | "); i > 0 && (strings.ContainsAny(text[:i], ">›»") || strings.Contains(text[:i], " / ")) {
		text = text[:i]
	}
	// "NAMO / SAC Heavy Airlift Wing    About   Missions   News": a site's
	// name with a slash, then its menu spaced out; the menu's items are
	// no trail's.
	if i := strings.Index(text, menuGap); i > 0 && !strings.ContainsAny(text, ">›»") && strings.Contains(text[:i], " / ") {
		text = text[:i]
	}
	// A trail of arrows ends at its last arrow: a slash after it is
	// part of the page's name ("… > Interpreter/Translator").
	if i := strings.LastIndexAny(text, ">›»"); i >= 0 {
		_, size := utf8.DecodeRuneInString(text[i:])
		if last := strings.TrimSpace(text[i+size:]); last != "" {
			return last, true
		}
		return "", false
	}
	var pbuf [8]string
	ps := appendParts(pbuf[:0], text)
	if len(ps) < 2 {
		return "", false
	}
	return ps[len(ps)-1], true
}

// menuGap parts a menu's items spaced out on one line, as a page's text
// copy keeps them.
const menuGap = "   "

// AfterBanner returns what follows the banner a line opens with
// ("STAFF VACANCY 261032" → "261032"); ok is false when the line opens
// with none.
func AfterBanner(text string) (rest string, ok bool) {
	phrases()
	t := strings.TrimSpace(text)
	for {
		var buf [64]byte
		w, ok1 := appendLetterWordKey(buf[:0], t)
		if !ok1 {
			// (The white space after the word, which the key drops, is
			// cut first: a word of letters then keys the short way.)
			w = appendNormKey(buf[:0], strings.TrimRightFunc(words.Leading(t, 1), unicode.IsSpace))
			if i := bytes.IndexByte(w, ' '); i >= 0 {
				w = w[:i] // "VN/26" → "vn 26"
			}
		}
		if len(w) > 0 && bannerSet.first[string(w)] == 0 {
			return t, ok
		}
		// Twice the words of the longest banner, and one: a text word
		// may be dropped from the key ("–") or split in it ("VN/26").
		k := normKey(words.Leading(t, 2*bannerSet.maxWords()+1))
		r, found := bannerSet.prefix(k)
		if !found {
			return t, ok
		}
		ok = true
		// Cut as many words of t as the key lost.
		n := len(strings.Fields(k)) - len(strings.Fields(r))
		ws := strings.Fields(t)
		if n >= len(ws) {
			return "", true
		}
		t = strings.Join(ws[n:], " ")
		t = strings.TrimLeft(t, "/|:–- ")
	}
}

// appendLetterWordKey appends the key of the first word of t when that
// word is ASCII letters that end t or an ASCII space follows, the first
// word of nearly every line: the letters in lower case, what
// appendNormKey makes of it, found without reading on to the next word
// as leadingWords does. ok is false for another first word.
func appendLetterWordKey(dst []byte, t string) (key []byte, ok bool) {
	n := 0
	for n < len(t) && isASCIILetter(t[n]) {
		n++
	}
	if n == 0 || n > maxPlainBytes || n < len(t) && !words.IsSpaceByte(t[n]) {
		return dst, false
	}
	for i := range n {
		dst = append(dst, words.LowerASCII(t[i]))
	}
	return dst, true
}

// IsBanner reports a line that is a banner and nothing else, or a banner
// and the vacancy's number.
func IsBanner(text string) bool {
	rest, ok := AfterBanner(text)
	if !ok {
		return false
	}
	return rest == "" || words.Count(rest) <= 3 && strings.ContainsAny(rest, "0123456789")
}

// SubjectIsRecruitment reports a subject line that opens with one of
// recruitmentSubjects and names no outcome of it (recruitmentOutcomes):
// "portant recrutement d'un ingénieur contractuel".
func SubjectIsRecruitment(text string) bool {
	k := normKey(text[:min(len(text), maxSubjectKeyBytes)])
	for _, p := range recruitmentSubjects {
		if strings.HasPrefix(k, p) {
			// "… relatif au recrutement de 300 infirmiers : liste des
			// candidats admis": a recruitment's outcome, not its call.
			return len(text) <= maxSubjectBytes && !keyMatch(text, recruitmentOutcomes, keyContainsWord)
		}
	}
	return false
}

// maxSubjectBytes bounds a subject line under a communiqué's word: a
// line or two.
const maxSubjectBytes = 400

// maxSubjectKeyBytes bounds the part of a line keyed to find its subject:
// the longest of recruitmentSubjects, with room for accents and spaces a
// key drops.
const maxSubjectKeyBytes = 64

// SaysPostedByEmployer reports a board's posting date that says the
// employer posted it ("June 2, 2026 by employer", "13 mai 2026 par
// l'employeur"): the employer's name follows.
func SaysPostedByEmployer(value string) bool {
	k := normKey(value)
	for _, p := range postedByEmployer {
		if strings.HasSuffix(k, p) {
			return true
		}
	}
	return false
}

// LinkedOrganisation returns the employer a sentence of organisationLinks
// names after its cue, and whether the text opens with one: "For further
// information on the organization, please visit Parole Board of Canada"
// → "Parole Board of Canada". The name ends where the sentence goes on
// ("… and follow us on LinkedIn"); a cue followed by no name ("…
// please visit NATO's website at www.nato.int", an address) gives "".
func LinkedOrganisation(text string) (string, bool) {
	if len(text) < minLinkBytes || text[0]|0x20 != 'f' && text[0]|0x20 != 'p' {
		return "", false // (every cue opens "For" or "Pour": most blocks are let go unsplit)
	}
	fs := strings.Fields(text)
	for _, cue := range organisationLinks {
		n := strings.Count(cue, " ") + 1
		if len(fs) > n && normKey(strings.Join(fs[:n], " ")) == cue {
			return linkedName(fs[n:]), true
		}
	}
	return "", false
}

// linkedName returns the name that opens ws, the words after a link's
// cue: up to a sentence's end or an English "and" before a word in
// small letters ("… and follow us on LinkedIn"; a French name holds "et"
// and small letters: "Recherche et développement pour la défense
// Canada"); "" when a word of it is an address, or a possessive before
// a word in small letters ("NATO's website at …"; "Queen's University"
// is a name).
func linkedName(ws []string) string {
	var name []string
	for k, w := range ws {
		next := k+1 < len(ws) && words.StartsLower(ws[k+1])
		if strings.Contains(w, "www.") || strings.Contains(w, "://") || strings.Contains(w, "@") ||
			(strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && next {
			return ""
		}
		if w == "and" && next {
			break
		}
		name = append(name, w)
		if strings.HasSuffix(w, ".") && !isAbbreviation(strings.TrimSuffix(w, ".")) {
			break
		}
	}
	return strings.TrimRight(strings.Join(name, " "), " .")
}

// minLinkBytes is the length of the shortest of organisationLinks.
const minLinkBytes = len("For further information on the organization, please visit")

// IsBoardRefLabel reports a label under which job boards print their
// own number for a post (boardRefLabels).
func IsBoardRefLabel(label string) bool {
	return len(label) <= maxKeyBytes && keyIn(boardRefLabels, label)
}

// IsRefHead reports words a reference field's value may open with that
// are no part of the reference (refHeads).
func IsRefHead(words string) bool {
	return len(words) <= maxKeyBytes && keyIn(refHeads, words)
}

// EndsWithAbbreviation reports a text whose last word is one of the
// abbreviations written with a stop before a name ("… Dr" of "Dr.
// Georges-L.-Dumont"), so that the stop after it ends no sentence.
func EndsWithAbbreviation(text string) bool {
	w := text[strings.LastIndexAny(text, " (")+1:]
	if len(w) > 4 {
		return false
	}
	for _, a := range abbreviations {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
}

// IsLanguageNote reports a line that says where the notice's other
// language is ("Le français suit l'anglais.", "(English version
// below)"): it tells nothing of the language of the text around it.
func IsLanguageNote(text string) bool {
	t := strings.Trim(strings.TrimSpace(text), "().*")
	return len(t) <= maxLanguageNoteBytes && keyIn(languageNotes, t)
}

// IsCompetencyTier reports a name alone that heads a tier of described
// competencies (competencyTiers): "Core", "Core values".
func IsCompetencyTier(name string) bool {
	return len(name) <= maxKeyBytes && keyIn(competencyTiers, strings.TrimRight(name, " :"))
}

// NamesLanguageVersion reports a divider's words that name a language
// half of the notice ("English version", "FRANÇAIS"): no title.
func NamesLanguageVersion(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) <= maxLanguageNoteBytes && keyIn(languageVersions, t)
}

// maxLanguageNoteBytes bounds a line read as a language note: the
// longest of languageNotes with room for accents and spacing.
const maxLanguageNoteBytes = 64

// IsLegalVisa reports a line of a legal act's preamble: "Vu le statut
// administratif du personnel communal ;", "Having regard to…".
func IsLegalVisa(text string) bool {
	for _, v := range legalActVisas {
		if len(text) > len(v) && text[len(v)] == ' ' && strings.EqualFold(text[:len(v)], v) {
			return true
		}
	}
	return false
}

// IsLegalActVerb reports the line that opens a legal act's decisions,
// alone: "DÉCIDE :", "ARRÊTE :", "HAS DECIDED:".
func IsLegalActVerb(text string) bool {
	return len(text) <= maxLegalVerbBytes && keyIn(legalActVerbs, text)
}

// maxLegalVerbBytes bounds a line read as a legal act's verb: the longest
// of legalActVerbs with room for accents, capitals and a colon.
const maxLegalVerbBytes = 20

// IsFacilityLabel reports a label that names the establishment a post is
// in ("Établissement", "Facility"): a place's own field beats it.
func IsFacilityLabel(label string) bool {
	return len(label) <= maxKeyBytes && keyIn(facilityLabels, label)
}

// IsAreaLabel reports a label that names the area a post is in
// ("Secteur géographique"): a place's own field beats it.
func IsAreaLabel(label string) bool {
	return len(label) <= maxKeyBytes && keyIn(areaLabels, label)
}

// IsMarkingBanner reports a banner that is a classification marking
// alone ("NATO UNCLASSIFIED"), which a notice may print above its banner
// proper ("NOTICE OF CIVILIAN VACANCY").
func IsMarkingBanner(text string) bool {
	return len(text) <= maxMarkingBannerBytes && keyIn(markingBanners, text)
}

// maxMarkingBannerBytes bounds a line read as a marking banner: the
// longest of markingBanners with room for spacing.
const maxMarkingBannerBytes = 48

// IsBilingualBanner reports a line that is a banner in two languages,
// "VACANCY NOTIFICATION/ NOTIFICATION DE LA VACANCE DU POSTE": a notice
// under it is meant to have both halves.
func IsBilingualBanner(text string) bool {
	if strings.IndexByte(text, '/') < 0 && strings.IndexByte(text, '|') < 0 {
		return false // one part: most lines, which are not split
	}
	// The parts strings.FieldsFunc would give (the separators are
	// ASCII, so split byte by byte), read in place and in order: the
	// first that is no banner answers, as it would after the split. Most
	// lines with a slash or a bar are table rows and links, whose first
	// part is no banner.
	parts := 0
	for len(text) > 0 {
		if text[0] == '/' || text[0] == '|' {
			text = text[1:]
			continue
		}
		n := 1
		for n < len(text) && text[n] != '/' && text[n] != '|' {
			n++
		}
		if rest, ok := AfterBanner(text[:n]); !ok || rest != "" {
			return false
		}
		parts++
		text = text[n:]
	}
	return parts >= 2
}

// HasPostWord reports a text that names a post on offer ("vacancy",
// "avis de vacance", "internship").
func HasPostWord(text string) bool {
	phrases()
	// The key is built on the stack (see containsBytes).
	var buf [256]byte
	return postSet.containsBytes(appendNormKey(buf[:0], text))
}

// containsBytes is contains(string(k)), with k made a string and split
// into words only from its first word that starts a phrase of ps, split
// as strings.Fields splits it: most lines have none, and the words before
// it start none. (contains, which split the whole key, was two fifths of
// HasPostWord on a press release's paragraphs.)
func (ps *phraseSet) containsBytes(k []byte) bool {
	for rest := k; len(rest) > 0; {
		var w []byte
		w, rest = cutField(rest)
		if len(w) > 0 && ps.first[string(w)] != 0 {
			return ps.contains(string(k[len(k)-len(rest)-len(w):]))
		}
	}
	return false
}

// Genre returns the kind of document a line names when it opens with the
// cue of a document that is not a notice ("Press Release (2025-034)",
// "How to read a NATO job advertisement", "47 jobs found"), or "".
func Genre(text string) string {
	if g := genre(text); g != "" {
		return g
	}
	// "University Research Fellowship 2026: call for proposals": the
	// genre after a title's colon, when it ends the line.
	// (The last ": " with no colon after it is the last colon, when a
	// space follows it: found forward, by the vectorised byte search,
	// where strings.LastIndex hashed every byte of a paragraph from its
	// end.)
	// ("Échelle de traitement : barème 301", a value with its number,
	// names no genre.)
	if i := lastColon(text); i > 0 && i+1 < len(text) && text[i+1] == ' ' &&
		words.CountAtMost(text[i+2:], maxGenreTailWords+1) <= maxGenreTailWords && !endsWithSmallNumber(text[i+2:]) {
		return genre(text[i+2:])
	}
	// "SELECTION PROCEDURE – RESULTS": likewise after a title's last
	// spaced dash, unless what comes before names a post ("Production
	// Coordinator – Events": a post in a team named like a genre).
	if tail, ok := AfterLastSpacedDash(text); ok && !HasJobNoun(text[:len(text)-len(tail)]) {
		if n := words.CountAtMost(tail, maxGenreDashTailWords+1); n <= maxGenreTailWords {
			return genre(tail)
		} else if n <= maxGenreDashTailWords {
			return genresJoined(tail)
		}
	}
	return ""
}

// genresJoined returns the genre of a text made of genres joined by
// "and" or "et", each part a genre's cue ("Plan du hall et liste des
// exposants"), or "": a team's tasks ("Suivi des candidatures et
// accueil des nouveaux arrivants") name none.
func genresJoined(text string) string {
	g := ""
	for part := range strings.SplitSeq(strings.NewReplacer(" and ", "\x00", " et ", "\x00").Replace(text), "\x00") {
		pg := genre(part)
		if pg == "" || g != "" && pg != g {
			return ""
		}
		g = pg
	}
	return g
}

// endsWithSmallNumber reports a text whose last word is a number of a
// few digits: a scale's or a class's number ("barème 301"), not a year.
func endsWithSmallNumber(text string) bool {
	t := strings.TrimSpace(text)
	w := t[strings.LastIndexByte(t, ' ')+1:]
	return w != "" && len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// AfterLastSpacedDash returns what follows the last " – ", " — " or
// " - " of text, when something does. The spaces of text are read from
// its end, each tested for a spaced dash before it: the first found ends
// last. (strings.LastIndex of each dash in turn hashed every byte of a
// paragraph three times: 0.7 % of a Markdown parse's instructions, 3.6 %
// of a short refused one's, which Genre reads line by line.)
func AfterLastSpacedDash(text string) (string, bool) {
	for end := len(text); ; {
		sp := strings.LastIndexByte(text[:end], ' ')
		if sp < 0 {
			return "", false
		}
		if before := text[:sp]; strings.HasSuffix(before, " -") ||
			strings.HasSuffix(before, " –") || strings.HasSuffix(before, " —") {
			if sp+1 == len(text) {
				return "", false // the dash ends the text
			}
			return text[sp+1:], true
		}
		end = sp
	}
}

// lastColon returns the index of the last ':' of text, or -1.
func lastColon(text string) int {
	i := strings.IndexByte(text, ':')
	for i >= 0 {
		n := strings.IndexByte(text[i+1:], ':')
		if n < 0 {
			break
		}
		i += n + 1
	}
	return i
}

// maxGenreTailWords bounds what follows a title's colon to name the
// document's genre: "call for proposals", "avis aux médias".
const maxGenreTailWords = 5

// maxGenreDashTailWords bounds what follows a title's last spaced dash
// to name the document's genre when it joins genres: "Plan du hall et
// liste des exposants".
const maxGenreDashTailWords = 8

func genre(text string) string {
	phrases()
	t := strings.TrimSpace(text)
	// The expressions are anchored: a text that cannot start as they do
	// is spared them.
	if (strings.HasPrefix(t, "By") || strings.HasPrefix(t, "Par")) && reByline().MatchString(t) {
		return "news article"
	}
	if (strings.HasPrefix(t, "Asked") || strings.HasPrefix(t, "Pos") || strings.HasPrefix(t, "Question")) && reAsked().MatchString(t) {
		return "page of questions and answers"
	}
	if t != "" && '0' <= t[0] && t[0] <= '9' {
		t = reLeadingNumber().ReplaceAllString(t, "")
	}
	// A first word of ASCII letters, then a space or the end, starts
	// the key as it is, in lower case (no section number ends in a
	// letter): a line whose first word starts no cue, nearly every
	// line, is let go before it is normalised whole.
	var wbuf [maxPlainBytes]byte
	if w, ok := appendLetterWordKey(wbuf[:0], t); ok && genreSet.first[string(w)] == 0 {
		return ""
	}
	// A salutation's comma ("Dear Sir or Madam,") is no word of it.
	k := normKey(strings.TrimRight(t, ","))
	rest, ok := genreSet.prefix(k)
	if !ok && strings.IndexByte(k, ',') > 0 {
		// "Recruitment statistics, January to June 2029", "Press
		// release, 4 May 2026": a comma after the cue is no word of it
		// (a post named after the work is let go below: "Statistiques
		// de recrutement, chargé(e) d'études").
		k = strings.Replace(k, ",", "", 1)
		rest, ok = genreSet.prefix(k)
	}
	if !ok {
		return ""
	}
	// A one-word cue ("FAQ", "Newsletter", "Conference") names the
	// document only when no word follows it: "Conference Officer" is a
	// post.
	cue := strings.TrimSpace(strings.TrimSuffix(k, rest))
	n := words.Count(cue)
	if n == 1 && rest != "" && words.StartsLetter(rest) {
		return "" // "Conference Officer", "Salon des vins" is no title
	}
	if rest != "" && namesPostAfter(t, n) && HasJobNoun(words.Leading(rest, maxJobNounWords)) {
		return "" // "Recruitment Statistics Officer": a post named after the work
	}
	if rest != "" && amountFollows(wordsAfter(t, n)) {
		return "" // "Salary scale Rs 48,650 x 1,525 – 62,375": a label and its amount
	}
	return genreByKey[cue]
}

// wordsAfter returns s after its first n words.
func wordsAfter(s string, n int) string {
	lead := words.Leading(s, n)
	return strings.TrimSpace(s[len(lead):])
}

// amountFollows reports a text that opens with an amount of money: a
// figure with a thousands separator within its first maxAmountLeadWords
// words ("Rs 48,650 x 1,525", "€ 2 310 bruts"), or a currency beside a
// figure that is no year ("USD 2026" titles a scale).
func amountFollows(s string) bool {
	lead := words.Leading(s, maxAmountLeadWords)
	if !strings.ContainsAny(lead, "0123456789") {
		return false
	}
	if reGroupedFigure().MatchString(lead) {
		return true
	}
	// ("USD 2026" with nothing after: a year the scale is for.)
	rest := strings.TrimRightFunc(s[strings.IndexAny(s, "0123456789"):], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return Currency(lead) != "" && !words.IsYear(rest)
}

// maxAmountLeadWords is how far into a text its amount may start: a
// currency's word or symbol, then the figure.
const maxAmountLeadWords = 2

// reGroupedFigure matches a figure written with a thousands separator.
var reGroupedFigure = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d[,.\x{00a0}\x{202f} ']\d{3}\b`) })

// namesPostAfter reports a text whose words after its first n, a genre's
// cue, may open a post's name: a capitalised word ("Recruitment
// Statistics Officer") or any word after a comma ("Statistiques de
// recrutement, chargé(e) d'études"), not the cue's own complement
// ("Fiche au répertoire national des certifications professionnelles").
func namesPostAfter(text string, n int) bool {
	ws := strings.Fields(text)
	if n <= 0 || n >= len(ws) {
		return false
	}
	return words.StartsUpper(ws[n]) || strings.HasSuffix(ws[n-1], ",")
}

// maxJobNounWords is how many words after a genre's cue are looked at
// for the noun of a post: "Recruitment Statistics Officer", "Statistiques
// de recrutement, chargé(e) d'études".
const maxJobNounWords = 3

// IsMailHeader reports a line of an e-mail's header: "From: WFP
// Recruitment <…>", "Subject: Application received", "Objet : …".
func IsMailHeader(text string) bool {
	i := strings.IndexByte(text, ':')
	if i <= 0 || i > maxMailHeaderBytes {
		return false
	}
	return keyIn(mailHeaders, text[:i])
}

// IsMailSubjectLabel reports the label of an e-mail's subject line
// (mailSubjectLabels): "Subject", "Objet ".
func IsMailSubjectLabel(label string) bool {
	return len(label) <= maxMailHeaderBytes && keyIn(mailSubjectLabels, label)
}

// IsCVHeading reports a heading of an applicant's CV (cvHeadings):
// "Objective", "Objectif professionnel".
func IsCVHeading(text string) bool {
	return len(text) < 40 && keyIn(cvHeadings, strings.TrimRight(text, " :"))
}

// IsContactLine reports a line that gives a person's e-mail address and
// telephone number together, as a CV's head does: an "@" and a run of
// seven digits or more among separators.
func IsContactLine(text string) bool {
	if len(text) > maxContactLineBytes || !strings.Contains(text, "@") {
		return false
	}
	digits := 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			if digits++; digits >= minPhoneDigits {
				return true
			}
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+':
		default:
			digits = 0
		}
	}
	return false
}

// maxContactLineBytes bounds a CV's contact line: a place, a telephone
// number and an address, not a paragraph.
const maxContactLineBytes = 200

// minPhoneDigits is the fewest digits of a telephone number.
const minPhoneDigits = 7

// MailHeaders returns how many header lines of an e-mail a text that
// opens with one holds, a layout having joined them into one paragraph
// ("De : … Envoyé : … À : … Objet : …"): each a header's name before its
// colon. Only the first maxMailBlockBytes are read.
func MailHeaders(text string) int {
	if !IsMailHeader(text) {
		return 0
	}
	if len(text) > maxMailBlockBytes {
		text = text[:maxMailBlockBytes]
	}
	n := 0
	for i := strings.IndexByte(text, ':'); i > 0; {
		name := strings.TrimRight(text[:i], " ")
		if j := strings.LastIndexByte(name, ' '); j >= 0 {
			name = name[j+1:]
		}
		if keyIn(mailHeaders, name) {
			n++
		}
		next := strings.IndexByte(text[i+1:], ':')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return n
}

// maxMailBlockBytes bounds the header lines MailHeaders reads in one
// paragraph: five of them with their addresses and a long subject.
const maxMailBlockBytes = 600

// maxMailHeaderBytes bounds the name of an e-mail's header line, "Subject"
// or "Envoyé" with a space before the colon.
const maxMailHeaderBytes = 9

// WithoutFurniturePrefix returns text without the site furniture it opens
// with ("Skip to main content EDC" → "EDC", "For further information on
// the organization, please visit …" → "please visit …"), or text.
func WithoutFurniturePrefix(text string) string {
	phrases()
	fs := strings.Fields(text)
	if len(fs) < 2 {
		return text
	}
	// The first words' keys, a word's comma aside: most texts' first key
	// starts no phrase, and only it is built.
	var buf [maxPhraseWords]string
	ks := buf[:0]
	for _, w := range fs[:min(len(fs)-1, maxPhraseWords)] {
		ks = append(ks, normKey(strings.TrimRight(w, ",;")))
		if len(ks) == 1 && furnitureSet.first[ks[0]] == 0 {
			return text
		}
	}
	if n := furnitureSet.prefixWords(ks); n > 0 {
		return strings.Join(fs[n:], " ")
	}
	return text
}

// DescribesPost reports a heading of description that describes the
// post (postDescriptions): "Job Description", "Votre rôle", "About the
// role", not "About us".
func DescribesPost(heading string) bool {
	return keyIn(postDescriptions, heading)
}

// OpensBanner reports a word a banner opens with ("Avis", "Vacancy",
// "Offre"): alone, it names what the document is, never its employer.
func OpensBanner(w string) bool {
	phrases()
	return bannerSet.first[normKey(w)] != 0
}

// IsContractValue reports a text that is a contract's kind and nothing
// else (contractValues): "CDI", "Permanent contract".
func IsContractValue(text string) bool { return keyIn(contractValues, text) }

// IsTenureList reports a line that lists kinds of contract or
// appointment and nothing else, two at least, comma after comma
// (tenureKinds, contractValues): "Durée indéterminée, Intérimaire,
// Affectation, Mutation, Détachement", "Permanent, Temporary". A kind
// alone ("Acting") is not read as one.
func IsTenureList(text string) bool {
	if strings.Count(text, ",") == 0 || len(text) > maxTenureListBytes {
		return false
	}
	for part := range strings.SplitSeq(text, ",") {
		if part = strings.TrimSpace(part); !keyIn(tenureKinds, part) && !keyIn(contractValues, part) {
			return false
		}
	}
	return true
}

// maxTenureListBytes bounds a line read as a list of contract kinds.
const maxTenureListBytes = 200

// employerJoiners join a job board's title to the employer it names
// after it: "Legal Officer at NATO", "Comptable chez Orange".
var employerJoiners = []string{" at ", " chez "}

// CutEmployerJoiner returns the parts of a title on either side of the
// last employerJoiner in it: "Senior Protection Associate" and "UNHCR –
// Yerevan" from "Senior Protection Associate at UNHCR – Yerevan".
func CutEmployerJoiner(title string) (head, employer string, ok bool) {
	at := -1
	for _, j := range employerJoiners {
		if i := strings.LastIndex(title, j); i > at {
			at, head, employer = i, title[:i], title[i+len(j):]
		}
	}
	return strings.TrimSpace(head), strings.TrimSpace(employer), at > 0
}
