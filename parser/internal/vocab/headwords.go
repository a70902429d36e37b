package vocab

import (
	"bytes"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// maxWordHeadingWords bounds a heading classified by its words: notices
// head their parts with a few words ("Ce que la Ville t'offre", "Why join
// our team?"); a longer line is a sentence that happens to name duties or
// benefits.
const maxWordHeadingWords = 7

// minMenuParts is how many parts, between a site's separators, make a
// line a menu or a footer ("Vacatures   Employers   Contact") rather than
// a heading that joins two words with a slash.
const minMenuParts = 3

// HeadingByWords classifies a line that the caller already knows is set as
// a heading (a Markdown or HTML heading, a line in capitals) but that the
// tables do not hold whole. It drops what varies between publishers
// around a heading the tables know — an enumerator ("III – PROFIL
// RECHERCHÉ", "B. Duties"), a possessive or article ("Tes
// responsabilités", "Our benefits") — and looks the rest up; failing that
// it reads the heading's words against headingWords. ok is false when
// the words say nothing or say two different things.
func (v *Vocabulary) HeadingByWords(text string) (kind string, ok bool) {
	t := strings.TrimSpace(text)
	if t == "" || len(t) > maxKeyBytes || IsCopyrightLine(t) {
		return "", false // (a footer: "© Université · Nous joindre")
	}
	u := trimEnumerator(t)
	if strings.ContainsAny(u, ".;!") || words.CountAtMost(u, maxWordHeadingWords+1) > maxWordHeadingWords {
		return "", false
	}
	if u != t {
		if k, ok := v.Heading(u); ok {
			return k, true
		}
	}
	// The key is built on the stack and read word by word, split at
	// elisions too ("t'offre", "l'equipe"): nearly every line is let go
	// without a string made of it.
	var buf [2 * maxKeyBytes]byte
	k := appendNormKey(buf[:0], u)
	first, rest, _ := bytes.Cut(k, []byte(" "))
	if len(rest) > 0 && possessives[string(first)] {
		kind, _ = v.Heading(string(rest))
	}
	if kind == "" {
		for w := range bytes.FieldsFuncSeq(k, isWordBreak) {
			// Only the kinds with a stem that starts as w does, in
			// their order: most words start no stem of most kinds.
			for _, e := range headingWordsByFirst[w[0]] {
				hw := headingWords[e.word]
				if !hasWordPrefix(w, e.stems) {
					continue
				}
				if kind != "" && kind != hw.kind {
					return "", false // "Context and responsibilities": two parts
				}
				kind = hw.kind
				break
			}
		}
	}
	if kind == "" {
		return "", false // nearly every line, spared the tests below
	}
	fs := strings.FieldsFunc(string(k), isWordBreak)
	if IsBanner(u) || IsFurniture(u) || len(parts(u)) >= minMenuParts || mostlyFurniture(fs) {
		// "APPEL À CANDIDATURES", "Apply now", a menu, "Apply Save
		// Share": the notice's banner or the site's furniture, no part
		// of the notice.
		return "", false
	}
	key := strings.Join(fs, " ")
	for _, p := range notPartHeadings {
		if strings.Contains(key, p) {
			return "", false
		}
	}
	return kind, true
}

// trimEnumerator drops a heading's enumerator and the dash or colon after
// it: "III – PROFIL RECHERCHÉ", "B. Duties", "2) Your profile".
func trimEnumerator(t string) string {
	n := 0
	for n < len(t) && n < 6 && (t[n] >= 'A' && t[n] <= 'Z' || t[n] >= 'a' && t[n] <= 'z' || t[n] >= '0' && t[n] <= '9') {
		n++
	}
	if n == 0 || n == len(t) {
		return t
	}
	enum := t[:n]
	if !(isRoman(enum) || len(enum) == 1 || words.IsDigits(enum)) {
		return t
	}
	rest := t[n:]
	sep := false
	if rest[0] == '.' || rest[0] == ')' {
		rest, sep = rest[1:], true
	}
	rest = strings.TrimLeft(rest, " \t")
	for _, d := range []string{"–", "—", "-", ":"} {
		if strings.HasPrefix(rest, d) {
			rest, sep = strings.TrimLeft(rest[len(d):], " \t"), true
			break
		}
	}
	if !sep || rest == "" {
		return t // "A propos": a word, no enumerator
	}
	return rest
}

func isRoman(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'V', 'X', 'L':
		default:
			return false
		}
	}
	return true
}

// hasWordPrefix reports whether word starts with one of stems; a stem
// with a space matches the word and the words after it as one phrase only
// through the tables, so here every stem is a single word.
func hasWordPrefix(word []byte, stems []string) bool {
	for _, s := range stems {
		if keyHasPrefix(word, s) {
			return true
		}
	}
	return false
}

// headingWordsByFirst lists, for each byte, the kinds (their indexes in
// headingWords, in order) that have a stem starting with it, each with
// those of its stems: HeadingByWords reads a word against those kinds
// only, and against their stems that can match it (comparing it with
// every stem of the kind was a call to compare memory for each).
var headingWordsByFirst = func() (t [256][]headingStems) {
	for i, hw := range headingWords {
		for _, s := range hw.stems {
			c := s[0]
			if n := len(t[c]); n == 0 || t[c][n-1].word != i {
				t[c] = append(t[c], headingStems{word: i})
			}
			e := &t[c][len(t[c])-1]
			e.stems = append(e.stems, s)
		}
	}
	return t
}()

// headingStems is a kind of headingWords, by its index, with its stems
// that start with one byte.
type headingStems struct {
	word  int
	stems []string
}

// isWordBreak splits a heading's key into words: spaces, elisions and
// the parentheses of a qualifier ("Knowledge and skills (desirable)").
func isWordBreak(r rune) bool { return r == ' ' || r == '\'' || r == '(' || r == ')' }

// IsQualificationItem reports a list item that names what a candidate
// must bring: a diploma, years of experience, knowledge of something
// ("Au moins cinq ans d'expérience…", "Bachelor's degree in…").
func IsQualificationItem(text string) bool {
	if len(text) > maxQualificationItemBytes {
		return false
	}
	var buf [2 * qualificationLeadBytes]byte
	return containsStem(qualificationStemSet, appendNormKey(buf[:0], criterionLead(text)))
}

// criterionLead is the start of a criterion that names what it asks for
// ("Diplôme…", "At least five years of experience…"): its first
// qualificationLeadBytes, cut on a rune's first byte.
func criterionLead(text string) string {
	if len(text) > qualificationLeadBytes {
		n := qualificationLeadBytes
		for n > 0 && !utf8.RuneStart(text[n]) {
			n--
		}
		text = text[:n]
	}
	return text
}

// IsCondition reports a condition a candidate must bring or meet: a
// qualification (IsQualificationItem), or a clearance, fitness or
// availability asked for in its first words (conditionPhrases). A text
// longer than maxQualificationItemBytes is prose, none.
func IsCondition(text string) bool {
	if len(text) > maxQualificationItemBytes {
		return false
	}
	return IsQualificationItem(text) || keyHas(criterionLead(text), conditionPhrases)
}

// qualificationStemSet is qualificationStems by first byte: a key is
// read once for all of them, where a search of the key for each stem in
// turn read it two dozen times (press-release.md's items, 5 % of its
// parse).
var qualificationStemSet = newStemSet(qualificationStems)

// maxQualificationItemBytes bounds an item read for qualification words:
// a criterion is a sentence or two, a longer text is prose.
const maxQualificationItemBytes = 400

// qualificationLeadBytes is how much of an item is read for them.
const qualificationLeadBytes = 120

// AddressesReader reports an item that tells the reader what they will
// do: "Vous dirigez des projets…", "You will lead…", "Tu prépares…".
func AddressesReader(text string) bool {
	t := strings.TrimSpace(text)
	for _, p := range readerOpenings {
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) && t[len(p)] == ' ' {
			return true
		}
	}
	return false
}

var (
	furnitureWordsOnce sync.Once
	furnitureWords     map[string]bool
)

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// mostlyFurniture reports a line, as normKey words, made half or more of
// the words of a site's buttons, menus and footer: a row of buttons or a
// footer set like a heading.
func mostlyFurniture(ws []string) bool {
	furnitureWordsOnce.Do(func() {
		furnitureWords = map[string]bool{}
		// Single words only: "contact" of "contact us" also heads a
		// notice's part ("Contact information").
		for _, list := range [][]string{siteFurniture, footerWords} {
			for _, p := range list {
				if !strings.Contains(p, " ") {
					furnitureWords[p] = true
				}
			}
		}
	})
	n := 0
	for _, w := range ws {
		if furnitureWords[w] || !hasLetter(w) { // "|", "♡", "©"
			n++
		}
	}
	// Two words need both ("Pour postuler" is a heading); a longer
	// line, half of them ("Apply now Refer a friend Share").
	if len(ws) == 2 {
		return n == 2
	}
	return 2*n >= len(ws) && len(ws) > 2
}

// IsButtonRow reports a line made half or more of a site's button and
// footer words: "Postuler rapidement ♡ Sauvegarder", "Apply Save Share".
func IsButtonRow(text string) bool {
	if len(text) > maxKeyBytes {
		return false
	}
	var buf [2 * maxKeyBytes]byte
	return mostlyFurniture(strings.FieldsFunc(string(appendNormKey(buf[:0], text)), isWordBreak))
}

// placeholders are what a site prints in a field or a section it has
// nothing for: "Not available.", "N/A". Keys are normalised with
// normKey.
var placeholders = []string{"not available", "n/a", "none", "not applicable", "non disponible", "sans objet", "neant", "s/o"}

// maxTagWords bounds a tag of a job board's row of tags: "Equipment
// maintenance", "Strategic Communications".
const maxTagWords = 4

// minTags is how many tags make a row of them.
const minTags = 3

// IsSiteRow reports a line a site prints beside a notice's text that
// states nothing: a placeholder ("Not available."), a job board's row of
// tags ("Equipment maintenance · MS Office · Logistics · English",
// "Research, Data Analysis, +7 more").
func IsSiteRow(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) <= len("not applicable.") && keyIn(placeholders, t) {
		return true
	}
	if i := strings.LastIndex(t, "+"); i > 0 && strings.HasSuffix(t, " more") {
		if _, err := strconv.Atoi(strings.TrimSpace(t[i+1 : len(t)-len(" more")])); err == nil {
			return true // "…, +7 more"
		}
	}
	if !strings.Contains(t, " · ") || strings.ContainsAny(t, ".;:!?") {
		return false
	}
	tags := strings.Split(t, " · ")
	if len(tags) < minTags {
		return false
	}
	for _, tag := range tags {
		if words.CountAtMost(tag, maxTagWords+1) > maxTagWords {
			return false
		}
	}
	return true
}

// IsPossessiveHead reports a line of a few words that opens with a
// possessive and says no verb: "Your knowledge and interests:", "Vos
// atouts pour réussir :" head a part of the notice, where "Your duties
// will be:" is a sentence leading into its list. (After an article the
// line may be either: "Le jury évaluera :".)
func IsPossessiveHead(text string) bool {
	var buf [2 * maxKeyBytes]byte
	if len(text) > maxKeyBytes {
		return false
	}
	k := appendNormKey(buf[:0], text)
	first, rest, _ := bytes.Cut(k, []byte(" "))
	if len(rest) == 0 || !possessives[string(first)] || articles[string(first)] {
		return false
	}
	n := 1
	for w := range bytes.FieldsFuncSeq(rest, isWordBreak) {
		if n++; n > maxPossessiveHeadWords || leadInVerbs[string(w)] {
			return false
		}
	}
	return true
}

// articles are the possessives that are articles.
var articles = map[string]bool{"the": true, "le": true, "la": true, "les": true}

// maxPossessiveHeadWords bounds a possessive heading: a longer line is a
// sentence.
const maxPossessiveHeadWords = 6

// leadInVerbs are the verbs of a line that leads into its list ("Your
// main duties are:", "Les candidats doivent :"); keys as normKey makes
// them.
var leadInVerbs = map[string]bool{
	"are": true, "is": true, "will": true, "would": true, "include": true, "includes": true,
	"must": true, "should": true, "shall": true, "be": true,
	"sont": true, "est": true, "seront": true, "sera": true, "comprennent": true, "incluent": true,
	"doit": true, "doivent": true, "serait": true, "seraient": true,
}
