package paged

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// hyphenation decides what a hyphen at the end of a line is: a word broken
// by the typesetter ("organi-" / "zation", drop it) or a compound that
// happened to end the line ("forward-" / "looking", keep it). The document
// is its own dictionary: how it spells the word elsewhere decides first,
// then whether it hyphenates at all. TeX breaks words at line ends; Word,
// LibreOffice and browsers by default never do, so in their output every
// line-end hyphen is part of the text.
type hyphenation struct {
	words map[string]bool // the document's words, lower case
	// hyphenates is true when the document shows words broken at line
	// ends (the joined word occurs elsewhere) more often than compounds.
	hyphenates bool
}

// Line-end hyphens: the ASCII hyphen-minus of most text, U+2010 HYPHEN,
// which CSS engines (WeasyPrint, and browsers with hyphens: auto) print
// where they break a word, and U+00AD SOFT HYPHEN, a break point inside a
// word that some producers leave in their text. The first two are judged
// alike (a broken word or a compound); a soft hyphen is never part of
// the text.
const (
	hyphenU2010 = "\u2010"
	softHyphen  = "\u00ad"
)

// hyphenLen is the length in bytes of the hyphen that ends s, 0 when
// none does.
func hyphenLen[T string | []byte](s T) int {
	n := len(s)
	switch {
	case n >= 1 && s[n-1] == '-':
		return 1
	case n >= 3 && string(s[n-3:]) == hyphenU2010:
		return 3
	case n >= 2 && string(s[n-2:]) == softHyphen:
		return 2
	}
	return 0
}

// isHyphen reports a rune hyphenLen finds at a line end.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u00ad' }

// knownCompounds are hyphenated words whose hyphen survives a line break
// even when the document has no other spelling of them.
var knownCompounds = map[string]bool{
	"e-learning": true, "well-being": true, "e-mail": true, "full-time": true, "part-time": true,
	"long-term": true, "short-term": true, "day-to-day": true, "up-to-date": true, "follow-up": true,
	"decision-making": true, "policy-making": true, "high-level": true, "co-operation": true,
	"procès-verbaux": true, "procès-verbal": true, "peut-être": true, "au-delà": true, "c'est-à-dire": true,
	"vice-président": true, "sous-direction": true, "non-discrimination": true,
}

// frenchEnclitics follow a hyphen in French verb forms ("assurez-vous",
// "a-t-il"): the hyphen stays.
var frenchEnclitics = map[string]bool{
	"vous": true, "nous": true, "il": true, "ils": true, "elle": true, "elles": true, "on": true,
	"t": true, "moi": true, "toi": true, "lui": true, "leur": true, "leurs": true, "y": true, "en": true,
	"je": true, "tu": true, "ce": true, "la": true, "le": true, "les": true,
}

// newHyphenation learns the document's spellings from its lines, in order.
// It stops early, with what it has learnt, when tick reports the
// context done (tick may be nil): the caller's own check then ends the
// parse.
func newHyphenation(lines []string, tick *budget.Ticker) *hyphenation {
	h := &hyphenation{words: documentWords(lines, tick)}
	// Confirmed: the document spells the word elsewhere, joined or
	// hyphenated. Fragments: neither half is a word of the document
	// ("Representa-" / "tive"), the mark of a typesetter that hyphenates.
	splits, compounds, fragments, wholes := 0, 0, 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if tick.Tick() != nil {
			break
		}
		t := lines[i]
		n := hyphenLen(t)
		if n == 0 || len(t) <= n {
			continue
		}
		w1, w2 := words.Last(t[:len(t)-n]), words.First(strings.TrimSpace(lines[i+1]))
		if w1 == "" || w2 == "" || !words.StartsLower(w2) || strings.Contains(w1, "-") {
			continue
		}
		l1, l2 := strings.ToLower(w1), strings.ToLower(w2)
		switch {
		case h.words[l1+l2]:
			splits++
		case h.words[l1+"-"+l2]:
			compounds++
		case !h.words[l1] && !h.words[l2]:
			fragments++
		case h.words[l1] && h.words[l2]:
			wholes++
		}
	}
	h.hyphenates = splits > compounds || fragments >= 4 && fragments > 2*(compounds+wholes)
	return h
}

// join appends next, a line or fragment that continues text, re-joining
// a word or a URL broken at the end of text. h may be nil when text does
// not end with a hyphen.
func (h *hyphenation) join(text, next string) string {
	next = strings.TrimSpace(next)
	cut, sep := h.joint(text, next)
	return text[:cut] + sep + next
}

// appendJoin is join for a text built in a buffer: it appends next to
// buf. The decision reads only the last word of the text (after its last
// space), so only that is handed to joint, and of a "word" longer than
// maxJoinWord bytes (a run of hyphenated fragments, a line of letters)
// only its end: a paragraph joined from 400,000 lines ending "organi-"
// would otherwise copy and scan its whole text at every line.
func (h *hyphenation) appendJoin(buf []byte, next string) []byte {
	next = strings.TrimSpace(next)
	from := max(len(buf)-maxJoinWord, 0)
	for from > 0 && !utf8.RuneStart(buf[from]) {
		from++
	}
	i := from + max(bytes.LastIndexByte(buf[from:], ' '), 0)
	cut, sep := h.joint(string(buf[i:]), next)
	return append(append(buf[:i+cut], sep...), next...)
}

// maxJoinWord bounds the end of a text that joint reads: longer than
// any word or URL of a notice.
const maxJoinWord = 512

// joint decides how next (trimmed) continues text: the joined text is
// text[:cut] + sep + next. It reads no further back than the last space
// of text, which appendJoin relies on.
func (h *hyphenation) joint(text, next string) (cut int, sep string) {
	if text == "" {
		return 0, ""
	}
	if last := text[strings.LastIndexByte(text, ' ')+1:]; words.IsURLToken(last) && strings.ContainsRune("-/_=?&.#", words.LastRune(text)) {
		return len(text), "" // a URL broken at the line end goes on
	}
	if n := hyphenLen(text); n > 0 && len(text) > n {
		w1, w2 := lastWord(text[:len(text)-n]), words.First(next)
		if n == len(softHyphen) && w1 != "" {
			return len(text) - n, "" // a soft hyphen only marks where the word broke
		}
		caps := stream.IsCapsHeading(w1+w2) && utf8.RuneCountInString(w1) > 1
		if w1 != "" && w2 != "" && (words.StartsLower(w2) || caps) && unicode.IsLetter(words.LastRune(w1)) {
			if h.keep(w1, w2) {
				return len(text), ""
			}
			return len(text) - n, ""
		}
		if w1 != "" && w2 != "" && unicode.IsLetter(words.LastRune(w1)) && !strings.HasSuffix(text[:len(text)-n], " ") {
			return len(text), "" // "Chat-" / "GPT": a compound with a capital
		}
	}
	if strings.HasSuffix(text, "/") && !strings.HasSuffix(text, " /") {
		// Browsers break lines after a slash ("anglais/" / "français"):
		// the two parts are one word.
		return len(text), ""
	}
	return len(text), " "
}

// lastWord is words.Last(text) read over the last maxWordBytes bytes of
// text at most: a longer run of letters is no word the document spells
// elsewhere, and reading it whole at each of the lines a paragraph of
// such runs joins would be quadratic.
func lastWord(text string) string {
	from := max(len(text)-maxWordBytes, 0)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from++
	}
	return words.Last(text[from:])
}

// maxWordBytes is longer than any word of a notice, compounds included.
const maxWordBytes = 100

// keep reports whether the hyphen of "w1-" at a line end, followed by w2,
// is part of the text.
func (h *hyphenation) keep(w1, w2 string) bool {
	joined := strings.ToLower(w1 + w2)
	hyph := strings.ToLower(w1 + "-" + w2)
	switch {
	case h.words[hyph]:
		return true
	case h.words[joined]:
		return false
	case knownCompounds[hyph], frenchEnclitics[strings.ToLower(w2)]:
		return true
	case strings.Contains(w1, "-"):
		// "day-to-" / "day": a compound of compounds keeps its hyphen,
		// unless the document hyphenates and its last part is a
		// fragment ("brand-re-" / "lated").
		last := w1[strings.LastIndexByte(w1, '-')+1:]
		return !h.hyphenates || h.words[strings.ToLower(last)] || h.words[strings.ToLower(w2)]
	}
	if h.hyphenates {
		// The typesetter breaks words: keep only a compound of two
		// words the document uses ("politico-" / "stratégiques" when
		// both occur), drop "Representa-" / "tive".
		return h.words[strings.ToLower(w1)] && h.words[strings.ToLower(w2)]
	}
	return true
}

// documentWords is the set of words (lower case) in lines, with and
// without hyphens. A word cut by a line-end hyphen is not evidence.
//
// Words are runs of letters, hyphens and apostrophes (strings.FieldsFunc
// would give the same, as a slice per line). Each line is lower-cased
// whole, which keeps its words where they were (lower-casing turns a
// letter into a letter and nothing else into one: see
// TestLowerKeepsWords), and the words are keys cut out of it: one string
// per line, none per word.
func documentWords(lines []string, tick *budget.Ticker) map[string]bool {
	size := 0
	for _, t := range lines {
		size += len(t)
	}
	seen := make(map[string]bool, size/16) // notices have a new word every 18 bytes or so
	var buf []byte
	afterHyphen := false
	for _, t := range lines {
		if tick.Tick() != nil {
			break
		}
		low := t
		if !isLowerASCII(t) {
			buf = words.AppendLower(buf[:0], t)
			low = string(buf)
		}
		field, start := 0, -1
		word := func(end int) {
			// The first word after a line-end hyphen is the second half
			// of a broken word.
			if w := trimWordEnds(low[start:end]); w != "" && !(field == 0 && afterHyphen) {
				seen[w] = true
			}
			field++
			start = -1
		}
		for i := 0; i < len(low); {
			r, n := rune(low[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(low[i:])
			}
			switch in := isWordRune(r); {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				word(i)
			}
			i += n
		}
		if start >= 0 {
			word(len(low))
		}
		afterHyphen = false
		if n := hyphenLen(t); n > 0 {
			delete(seen, words.Last(low[:len(low)-n]))
			afterHyphen = true
		}
	}
	return seen
}

// isLowerASCII reports ASCII text without capitals: its own lower case.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// isWordRune reports a rune of a word for documentWords.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '-' || r == '\''
	}
	return unicode.IsLetter(r) || r == '’'
}

// trimWordEnds is strings.Trim(w, "-'’"), which a cutset outside ASCII
// makes slow.
func trimWordEnds(w string) string {
	for {
		switch {
		case strings.HasPrefix(w, "-"), strings.HasPrefix(w, "'"):
			w = w[1:]
		case strings.HasPrefix(w, "’"):
			w = w[len("’"):]
		case strings.HasSuffix(w, "-"), strings.HasSuffix(w, "'"):
			w = w[:len(w)-1]
		case strings.HasSuffix(w, "’"):
			w = w[:len(w)-len("’")]
		default:
			return w
		}
	}
}
