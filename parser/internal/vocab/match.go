package vocab

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// Heading returns the section kind of a heading text, or ok=false when
// the text is not a known section heading.
func (v *Vocabulary) Heading(text string) (kind string, ok bool) {
	kind, _, ok = v.heading(text)
	return kind, ok
}

// HeadingLang is Heading with the language of the heading: "en", "fr",
// or "" for one both languages write alike.
func (v *Vocabulary) HeadingLang(text string) (kind, lang string, ok bool) {
	return v.heading(text)
}

// WholeHeading reports a text that is a known heading whole, not one
// that only starts like a heading written as a prefix ("Info-session*").
func (v *Vocabulary) WholeHeading(text string) bool {
	_, ok := lookupKey(v.headingByKey, text)
	return ok
}

// heading is Heading with the heading's language ("" when shared).
func (v *Vocabulary) heading(text string) (kind, lang string, ok bool) {
	if strings.HasSuffix(text, "/") {
		// "Profil souhaité /", "Atouts /": a site that closes its
		// headings with a slash, as others with a colon.
		text = strings.TrimRight(strings.TrimSuffix(text, "/"), " ")
	}
	// The first word, which rejects nearly every text, is folded once
	// for both tests that start with it.
	var buf [128]byte
	first := appendFirstKeyWord(buf[:0], text)
	if kind, lang, ok = v.plainHeadingFirst(text, first); ok {
		return kind, lang, ok
	}
	// "Le profil recherché", "Your profile": an article or a possessive
	// before a heading the tables hold.
	if len(first) <= maxPossessiveBytes && possessives[string(first)] && !strings.HasSuffix(text, ".") { // ("Your résumé.": an item)
		if _, rest, cut := strings.Cut(strings.TrimSpace(text), " "); cut {
			var rbuf [128]byte
			if kind, lang, ok = v.plainHeadingFirst(rest, appendFirstKeyWord(rbuf[:0], rest)); ok {
				return kind, lang, ok
			}
		}
	}
	// A body's name before a heading: "WHO Competencies", "OSCE Core
	// Values".
	if rest, ok := afterAcronym(text); ok {
		if kind, lang, ok = v.plainHeading(rest); ok {
			return kind, lang, ok
		}
	}
	if isRequirementCompound(text, first) {
		return "qualifications", "", true
	}
	if isCompetencyHeading(text) {
		return "competencies", "", true
	}
	// "Profil du (de la) candidat(e)", "Profil du candidat·e": the
	// heading the tables hold, in inclusive writing. (Only a text whose
	// first word opens a heading is read for the marks: most texts with a
	// parenthesis are sentences, which heading is asked of often.)
	if len(text) <= maxKeyBytes && v.headingFirstWords[string(first)] && strings.ContainsAny(text, "(·") {
		if plain := withoutInclusiveMarks(text); plain != text {
			return v.heading(plain)
		}
	}
	return "", "", false
}

// withoutInclusiveMarks returns text without the marks of inclusive
// writing: a word's feminine or plural ending after a middle dot or in
// parentheses ("candidat·e", "candidat(e)s"), and an article's other
// gender in parentheses ("du (de la)"): isInclusiveAlternative.
func withoutInclusiveMarks(text string) string {
	var b []byte // made at the first mark: most texts with a parenthesis have none
	from := 0    // text[from:] is still to copy
	for i := 0; i < len(text); {
		c := text[i]
		end := 0 // the mark's end
		switch {
		case c == '(':
			if k := strings.IndexByte(text[i:], ')'); k > 1 && isInclusiveAlternative(text[i+1:i+k], i > 0 && text[i-1] != ' ') {
				end = i + k + 1
				if end < len(text) && text[end] == ' ' && i > 0 && text[i-1] == ' ' {
					end++ // "du (de la) candidat": one space left
				}
			}
		case c == 0xC2 && strings.HasPrefix(text[i:], "·"):
			j := i + len("·")
			for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
				j++
			}
			if j > i+len("·") {
				end = j
			}
		}
		if end == 0 {
			i++
			continue
		}
		b = append(b, text[from:i]...)
		from, i = end, end
	}
	if b == nil {
		return text
	}
	return string(append(b, text[from:]...))
}

// maxEndingBytes bounds a word's ending in parentheses: "(e)", "(es)",
// "(rice)".
const maxEndingBytes = 4

// isInclusiveAlternative reports the inside of parentheses that inclusive
// writing puts in a heading: a word's ending glued to it ("candidat(e)")
// or an article's other gender ("du (de la)"). A qualifier in
// parentheses says something: "Knowledge and skills (desirable)".
func isInclusiveAlternative(inside string, glued bool) bool {
	if glued {
		if len(inside) > maxEndingBytes {
			return false
		}
		for _, r := range inside {
			if r < 'a' || r > 'z' {
				return false
			}
		}
		return true
	}
	for w := range strings.FieldsSeq(inside) {
		if !slices.Contains(inclusiveArticles, w) {
			return false
		}
	}
	return inside != ""
}

// maxCompetencyHeadingWords bounds a heading that names competencies with
// qualifiers of its own ("Job-related Competencies", "Personal qualities
// and competences"); a longer line is a sentence about them.
const maxCompetencyHeadingWords = 5

// IsCompetencyHeading reports a short heading that names competencies
// ("Core competencies", "Compétences comportementales").
func IsCompetencyHeading(text string) bool { return isCompetencyHeading(text) }

// isCompetencyHeading reports a short heading that names a post's
// competencies with words of its own: "Organizational Competencies",
// "Compétences attendues", "Competencies and Expertise". A heading that
// also names languages is about language skills ("Compétences
// linguistiques"), which the tables say; one that also names skills or
// experience heads criteria of every kind.
func isCompetencyHeading(text string) bool {
	// The length first, then the stems: a paragraph is let go without
	// reading it. (The stems have no space or colon, so t holds them
	// where text does.)
	if len(text) <= maxKeyBytes && !MentionsCompetence(text) {
		// A short text, nearly every heading's, that names no competence
		// is let go before it is trimmed: t below is text without spaces
		// and colons at its ends, and holds a stem where text does.
		return false
	}
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ":"))
	if t == "" || len(t) > maxKeyBytes || !MentionsCompetence(t) {
		return false // nearly every text, without normalising it
	}
	if strings.ContainsAny(t, ".;!?") || words.Count(t) > maxCompetencyHeadingWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	found := false
	for _, w := range strings.FieldsFunc(normKey(t), func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == '&' }) {
		switch {
		case isCompetencyWord(w):
			found = true
		case isLanguageWord(w):
			return false
		case w != "and" && w != "et" && isRequirementWord(w):
			return false // "Skills and competencies": criteria of every kind
		}
	}
	return found
}

// SaysRequired reports a heading that says its items are required:
// "Compétences requises", "Required competencies".
func SaysRequired(heading string) bool {
	for w := range strings.FieldsSeq(normKey(heading)) {
		if slices.Contains(requiredWords, w) {
			return true
		}
	}
	return false
}

// NamesQualities reports a short line whose words name a candidate's
// qualities (qualityStems).
func NamesQualities(text string) bool { return shortWithStem(text, qualityStems) }

// NamesBehaviours reports a short heading that names behaviours, the
// conduct a framework of values and behaviours asks for: "Behaviours",
// "Our behaviours", "Comportements attendus".
func NamesBehaviours(text string) bool { return shortWithStem(text, behaviourStems) }

// shortWithStem reports a heading of a competencies part's length with a
// word that opens with one of stems.
func shortWithStem(text string, stems []string) bool {
	if words.CountAtMost(text, maxCompetencyHeadingWords+1) > maxCompetencyHeadingWords {
		return false
	}
	for w := range strings.FieldsFuncSeq(normKey(text), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }) {
		for _, s := range stems {
			if strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}

// HeadsSuitability reports a line that heads a candidate's personal
// suitability ("Personal suitability"), or names qualities
// (NamesQualities).
func HeadsSuitability(text string) bool {
	if words.CountAtMost(text, maxCompetencyHeadingWords+1) > maxCompetencyHeadingWords {
		return false
	}
	return keyIn(suitabilityHeads, text) || NamesQualities(text)
}

// HeadsAbilities reports a line that heads a Canadian poster's abilities
// ("Abilities:", "Capacités :"), which its personal suitability follows.
func HeadsAbilities(text string) bool {
	return keyIn(abilityHeads, text)
}

// MentionsCompetence reports a text that may hold a word of the family
// of "competence", in lower case, capitals or with its French accent.
func MentionsCompetence(text string) bool {
	// The four stems ("ompet", "ompét", "OMPET", "OMPÉT") have an "m"
	// or "M" second: each of those (a few in a heading, none in most
	// texts) is found with IndexByte and the stem read around it, which
	// costs a short text less than four searches for the stems.
	return hasStemAt(text, 'm', 'o', "mpet", "mpét") || hasStemAt(text, 'M', 'O', "MPET", "MPÉT")
}

// MentionsQualities reports a text that speaks of qualities ("Le poste
// requiert les qualités suivantes", "the following personal
// qualities"), in either language.
func MentionsQualities(text string) bool {
	return hasStemAt(text, 'u', 'q', "ualit", "ualit") || hasStemAt(text, 'u', 'Q', "ualit", "ualit") || hasStemAt(text, 'U', 'Q', "UALIT", "UALIT")
}

// EndsOnFollowing reports a text whose last word says that what it
// announces follows: "the qualities required are the following", "les
// qualités suivantes".
func EndsOnFollowing(text string) bool {
	t := strings.TrimRight(text, " :")
	return slices.Contains(followingWords, normKey(t[strings.LastIndexByte(t, ' ')+1:]))
}

// LastConjunction returns where the conjunction that joins a list's last
// item stands in text (" et ", " and ") and the conjunction, or -1 when
// text holds none, or more than one.
func LastConjunction(text string) (int, string) {
	at, conj := -1, ""
	for _, c := range listConjunctions {
		i := strings.Index(text, c)
		if i < 0 {
			continue
		}
		if at >= 0 || strings.Contains(text[i+len(c):], c) {
			return -1, ""
		}
		at, conj = i, c
	}
	return at, conj
}

// OpensComplement reports a text that opens with a word that joins a
// complement to the word before it: "de synthèse", "d'équipe", "of
// data".
func OpensComplement(text string) bool {
	w := words.First(text)
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i+1]
	}
	return slices.Contains(complementWords, normKey(w))
}

// GivesHours reports a text that gives working hours: a share of full
// time or a figure of hours ("37.5 hours per week", "35 heures", "80 %").
func GivesHours(text string) bool {
	if strings.Contains(text, "%") {
		return true
	}
	k := " " + normKey(text) + " "
	for _, w := range hourWords {
		if strings.Contains(k, " "+w+" ") {
			return strings.ContainsAny(text, "0123456789")
		}
	}
	return false
}

// SaysDesirable reports a heading whose words say its items are assets
// ("Nice to have", "Atouts", "Bonus"): desirableCues and bonus words,
// as whole words.
func SaysDesirable(heading string) bool {
	return hasDesirableCue(heading) || slices.ContainsFunc(strings.Fields(normKey(heading)), func(w string) bool { return slices.Contains(bonusWords, w) })
}

// hasStemAt reports whether text holds before+a or before+b, where a
// and b start with the byte m.
func hasStemAt(text string, m, before byte, a, b string) bool {
	for i := 1; i < len(text); {
		j := strings.IndexByte(text[i:], m)
		if j < 0 {
			return false
		}
		i += j
		if text[i-1] == before && (strings.HasPrefix(text[i:], a) || strings.HasPrefix(text[i:], b)) {
			return true
		}
		i++
	}
	return false
}
func isCompetencyWord(w string) bool {
	switch w {
	case "competencies", "competency", "competences", "competence":
		return true
	}
	return false
}

func isLanguageWord(w string) bool {
	switch w {
	case "language", "languages", "linguistic", "linguistiques", "linguistique", "langue", "langues":
		return true
	}
	return false
}

func isRequirementWord[S string | []byte](w S) bool {
	if !mayBeRequirementWord(w) {
		return false
	}
	for _, rw := range requirementWords {
		if string(w) == rw {
			return true
		}
	}
	return false
}

// requirementWordShapes has, for each first byte of a requirement word,
// a bit for each length below 64 that one has (and bit 0 for one of 64
// bytes or more): a word is let go on its first byte and length before
// it is compared with every requirement word, as heading asks of the
// first word of every block.
var requirementWordShapes = func() (t [256]uint64) {
	for _, w := range requirementWords {
		switch {
		case len(w) >= 64:
			t[w[0]] |= 1
		case w != "":
			t[w[0]] |= 1 << len(w)
		}
	}
	return t
}()

// mayBeRequirementWord reports whether w has the first byte and length
// of a requirement word.
func mayBeRequirementWord[S string | []byte](w S) bool {
	if len(w) == 0 {
		return slices.Contains(requirementWords, "")
	}
	shapes := requirementWordShapes[w[0]]
	return shapes&(1<<len(w)) != 0 || len(w) >= 64 && shapes&1 != 0
}

// isRequirementCompound reports a heading made only of the nouns that
// name a post's criteria, two of them at least: "Knowledge, Skills,
// Experience & Qualifications". first is firstKeyWord(text).
func isRequirementCompound(text string, first []byte) bool {
	f := first // strings.TrimRight(first, ",/"), not yet a string
	for len(f) > 0 && (f[len(f)-1] == ',' || f[len(f)-1] == '/') {
		f = f[:len(f)-1]
	}
	if len(text) > maxKeyBytes || !mayBeRequirementWord(f) || !isRequirementWord(f) {
		return false // most texts, rejected without normalising them
	}
	if !strings.ContainsAny(text, " ,&/") {
		return false
	}
	// The key's words parted by spaces, commas and slashes (ASCII, so
	// split byte by byte as strings.FieldsFunc splits runes), read in
	// place: no slice of words, no string for each.
	var buf [2 * maxKeyBytes]byte
	key := appendNormKey(buf[:0], text)
	nouns := 0
	for len(key) > 0 {
		if isRequirementSep(key[0]) {
			key = key[1:]
			continue
		}
		n := 1
		for n < len(key) && !isRequirementSep(key[n]) {
			n++
		}
		w := key[:n]
		key = key[n:]
		if !isRequirementWord(w) {
			return false
		}
		if string(w) != "and" && string(w) != "et" && string(w) != "&" {
			nouns++
		}
	}
	return nouns >= 2
}

// isRequirementSep reports a byte that parts the words of a compound of
// requirements.
func isRequirementSep(c byte) bool { return c == ' ' || c == ',' || c == '/' }

// afterAcronym returns the text after a leading acronym of two to six
// capitals followed by a capitalised word ("WHO Competencies" →
// "Competencies"), or ok=false.
func afterAcronym(text string) (string, bool) {
	t := strings.TrimSpace(text)
	i := strings.IndexByte(t, ' ')
	if i < 2 || i > 6 {
		return "", false
	}
	for _, r := range t[:i] {
		if r < 'A' || r > 'Z' {
			return "", false
		}
	}
	rest := strings.TrimSpace(t[i+1:])
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || isAllCaps(rest) {
		return "", false // "NATO UNCLASSIFIED", "OTAN SANS CLASSIFICATION"
	}
	return rest, true
}

func isAllCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// plainHeading is heading without a body's name before it.
func (v *Vocabulary) plainHeading(text string) (kind, lang string, ok bool) {
	var buf [128]byte
	return v.plainHeadingFirst(text, appendFirstKeyWord(buf[:0], text))
}

// plainHeadingFirst is plainHeading given firstKeyWord(text).
func (v *Vocabulary) plainHeadingFirst(text string, first []byte) (kind, lang string, ok bool) {
	// The first word rejects nearly every text, reading only its start;
	// mayBeKey may read it whole.
	if !mayHaveKey(&v.headingFirstShapes, first) || !v.headingFirstWords[string(first)] || !mayBeKey(text, maxKeyBytes) {
		return "", "", false
	}
	var buf [128]byte
	k := appendNormKey(buf[:0], text)
	if len(k) == 0 || len(k) > maxKeyBytes {
		return "", "", false
	}
	if mayHaveKey(&v.headingKeyShapes, k) {
		if e, ok := v.headingByKey[string(k)]; ok {
			return e.Kind, e.Lang, true
		}
	}
	for _, e := range v.headingPrefs[k[0]] {
		if len(k) >= len(e.Key) && string(k[:len(e.Key)]) == e.Key {
			return e.Kind, e.Lang, true
		}
	}
	return "", "", false
}

// maxPossessiveBytes is the longest of possessives ("notre", "votre"):
// a longer first word is looked up in none.
const maxPossessiveBytes = 5

// maxKeyBytes bounds the key of a heading: the longest heading of the
// tables is about half of it, and a longer text is a sentence.
const maxKeyBytes = 120

// Field recognises a header field line: a known label followed by a
// colon (with or without spaces around it) or, for labels written
// without one as in "Grade INTERN", by a value. With bare, any label may
// stand without a colon before a short value, as in the header region of
// a notice, where table cells lose theirs. It returns the field key and
// the label and value as written.
func (v *Vocabulary) Field(text string, bare bool) (field, label, value string, ok bool) {
	field, label, value, _, ok = v.matchField(text, bare)
	return field, label, value, ok
}

// FieldLang is Field with the language of the label: "en", "fr", or ""
// for a label both languages write alike.
func (v *Vocabulary) FieldLang(text string, bare bool) (field, label, value, lang string, ok bool) {
	return v.matchField(text, bare)
}

// Label returns the field of a text that is a label and nothing else
// ("Primary Location", "Date de retrait :").
func (v *Vocabulary) Label(text string) (field string, ok bool) {
	// Most lines are rejected on their first word.
	first := text
	if i := strings.IndexByte(text, ' '); i > 0 {
		first = text[:i]
	}
	if !v.isLabelFirstWord(first) {
		return "", false
	}
	e, ok := lookupKey(v.fieldByKey, text)
	if !ok {
		// "Closing Date (23:59 EST)": a label with its qualifier in
		// parentheses, the label whole before it.
		t := strings.TrimRight(strings.TrimSpace(text), " :")
		// (A number alone in parentheses is a reference: "…
		// Division (250709)" ends a title.)
		if open := strings.LastIndex(t, " ("); open > 0 && strings.HasSuffix(t, ")") && !strings.Contains(t[:open], "(") &&
			strings.IndexFunc(t[open:], unicode.IsLetter) >= 0 && !v.qualifiedBases[normKey(t[:open])] {
			e, ok = lookupKey(v.fieldByKey, t[:open])
		}
	}
	if !ok {
		// "Référence المرجع", "Salaire الراتب": a label with its
		// translation in a script other than Latin, the label whole
		// before it.
		if t, cut := WithoutOtherScript(text); cut {
			return v.Label(t)
		}
	}
	if ok && e.ColonOnly && !strings.HasSuffix(strings.TrimSpace(text), ":") {
		return "", false // "CONTRACT" alone heads a section
	}
	if !ok {
		// "Location / Lieu", "Closing date / Date de clôture": a label in
		// two languages over its value, each half a label of the same
		// field ("Essential / Desirable" heads two lists).
		if a, b, two := strings.Cut(strings.TrimRight(strings.TrimSpace(text), " :"), " / "); two && !strings.Contains(b, " / ") {
			if fa, okA := v.Label(a); okA {
				if fb, okB := v.Label(b); okB && fb == fa {
					return fa, true
				}
			}
		}
	}
	return e.Field, ok
}

// WithoutOtherScript returns text without the words in a script other
// than Latin that end it ("Référence المرجع" → "Référence"), and whether
// there were any, with Latin words before them.
func WithoutOtherScript(text string) (string, bool) {
	if words.IsASCII(text) || len(text) > maxTranslatedLabelBytes {
		return text, false
	}
	t := strings.TrimSpace(text)
	colon := ""
	if u, ok := strings.CutSuffix(t, ":"); ok {
		t, colon = strings.TrimSpace(u), ":"
	}
	cut := -1
	for i, r := range t {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			cut = i
			break
		}
	}
	if cut <= 0 {
		return text, false
	}
	// The translation: words in the other script only, a few of them (no
	// Latin letter, figure or colon: "Référence المرجع : 2040/17" is a
	// label, its translation and a value).
	tail := t[cut:]
	if strings.IndexFunc(tail, func(r rune) bool { return unicode.Is(unicode.Latin, r) || unicode.IsDigit(r) || r == ':' || r == '：' }) >= 0 ||
		words.CountAtMost(tail, maxTranslationWords+1) > maxTranslationWords {
		return text, false
	}
	head := strings.TrimRight(t[:cut], " /|-–—(")
	if head == "" || strings.IndexFunc(head, unicode.IsLetter) < 0 {
		return text, false
	}
	return head + colon, true
}

// A label's translation in another script is a few words
// (maxTranslationWords), and the label with it a short text
// (maxTranslatedLabelBytes).
const (
	maxTranslationWords     = 4
	maxTranslatedLabelBytes = 120
)

// isLabelFirstWord reports whether the key of s is the first word of a
// label: lookupKey(v.labelFirstWords, s), most words let go on their
// key's shape, unhashed.
func (v *Vocabulary) isLabelFirstWord(s string) bool {
	var buf [128]byte
	k := appendNormKey(buf[:0], s)
	return mayHaveKey(&v.labelFirstShapes, k) && v.labelFirstWords[string(k)]
}

// matchField is Field with the label's language ("" when shared).
func (v *Vocabulary) matchField(text string, bare bool) (field, label, value, lang string, ok bool) {
	text = strings.TrimSpace(text)
	// Most blocks are prose: reject them on their first word before
	// trying every label length.
	first := text
	if i := indexWordEnd(text, " \t"); i > 0 {
		first = text[:i]
	}
	if len(first) > 40 {
		return "", "", "", "", false
	}
	if !v.isLabelFirstWord(first) {
		return "", "", "", "", false
	}
	// Only the first words can make a label (and the word after it may
	// hold its colon): the text is split no further until a label is found.
	var buf [maxFieldLabelWords + 1]string
	var ends [maxFieldLabelWords + 1]int
	ws := buf[:leadingFields(text, buf[:], ends[:])]
	// The first words are folded once for all the label lengths tried:
	// the key of n words is finishKey of the fold of their text. (A
	// colon cut from a candidate is one finishKey trims.)
	var foldBuf, keyBuf [2 * maxKeyBytes]byte
	var offs [maxFieldLabelWords + 1]int
	folded, foldedOK := foldWords(foldBuf[:0], text, ends[:len(ws)], offs[:len(ws)])
	// Where the first words stop being parted by single spaces, read once
	// for every label length tried rather than once for each.
	fault := 0
	if len(ws) > 0 {
		fault = spacingFault(text[:ends[len(ws)-1]])
	}
	for _, n := range v.fieldKeysLen {
		if n > len(ws) {
			continue
		}
		// The label may carry its colon glued to the last word
		// ("Location:"), stand alone (" : ") or be glued to the value
		// ("Salaire (Base de paie) :1 286,09").
		cand := text[:ends[n-1]] // the words joined by single spaces, most often
		// singleSpaced(cand): cand ends on a word (never a space), and
		// reads as text does up to there.
		single := fault >= len(cand)
		if !single {
			cand = strings.Join(ws[:n], " ")
		}
		colon, colonInRest := false, false
		if strings.HasSuffix(cand, ":") {
			colon = true
			cand = strings.TrimSuffix(cand, ":")
		} else if n < len(ws) && strings.HasPrefix(ws[n], ":") {
			colon, colonInRest = true, true
		} else if e := ends[n-1]; e < len(text) && text[e] == '\t' {
			// "Working time<TAB>full-time": a table's cells copied as
			// text; the tab separates as a colon does.
			colon = true
		}
		var e fieldEntry
		var found bool
		if foldedOK && single {
			e, found = v.fieldByKey[string(finishKey(append(keyBuf[:0], folded[:offs[n-1]]...), 0))]
		} else {
			e, found = lookupKey(v.fieldByKey, cand)
		}
		if !found {
			continue
		}
		// The value is joined only for a label found: paragraphs are long.
		rest := strings.TrimSpace(text[ends[n-1]:])
		if !singleSpaced(rest) {
			rest = strings.Join(strings.Fields(rest), " ")
		}
		if colonInRest {
			rest = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
		}
		cand = strings.TrimRight(cand, " \u00a0\u202f")
		if !colon && strings.HasPrefix(rest, "/") && !e.ColonOnly {
			// "Niveau / Grade : C3": two labels of the field, one colon.
			// (A label read only before its own colon opens no pair:
			// "Base / location:" heads a form's row.)
			if second, value, ok := strings.Cut(rest[1:], ":"); ok && !strings.Contains(second, "/") {
				if f2, ok := v.Label(strings.TrimSpace(second)); ok && f2 == e.Field {
					return e.Field, cand + " /" + strings.TrimRight(second, " "), strings.TrimSpace(value), e.Lang, true
				}
			}
			// "Function group / Grade / Post title: …": the first part of
			// a label of several, whose values the line gives together;
			// "Location / Lieu : …", a label in two languages. But a board
			// that parts label and value by a spaced slash ("Classe
			// salariale / 10") gives a value that names no label.
			after, ok := slashValue(rest)
			if !ok || v.startsLabel(after) {
				continue
			}
			rest, colon = after, true
		}
		if !colon && rest == "" && !e.ColonOnly {
			// "Grade OTAN" alone: a label whole (Label), not the
			// shorter "Grade" before a value "OTAN".
			return "", "", "", "", false
		}
		if !colon && strings.HasPrefix(rest, "(") {
			// "Closing date (midnight CET): 19/06/2026": the label's
			// qualifier in parentheses, then its colon.
			if end := strings.IndexByte(rest, ')'); end > 0 && end <= maxLabelQualifierBytes {
				if value, ok := strings.CutPrefix(strings.TrimLeft(rest[end+1:], "  "), ":"); ok && strings.TrimSpace(value) != "" {
					return e.Field, cand + " " + rest[:end+1], strings.TrimSpace(value), e.Lang, true
				}
			}
		}
		if !colon && (e.ColonOnly || !(bare && v.bareValue(rest)) && !plausibleBareValue(e.Field, rest)) {
			continue
		}
		if !colon && e.Field == "reference" && !strings.ContainsAny(rest, "0123456789") {
			continue // "Reference Librarian": a title, no reference without its figures
		}
		if !colon && isCapsName(text) && namesBody(rest) {
			continue // "AGENCE OTAN D'INFORMATION ET DE COMMUNICATION": a letterhead's name
		}
		return e.Field, cand, rest, e.Lang, true
	}
	return "", "", "", "", false
}

// isCapsName reports a line in capitals of words alone, without a
// figure, long enough to be a name rather than a label and its value:
// a letterhead ("AGENCE OTAN D'INFORMATION ET DE COMMUNICATION"), which
// opens with a word a label may be.
func isCapsName(text string) bool {
	if strings.ContainsAny(text, "0123456789\t") || strings.Contains(text, "..") || words.CountAtMost(text, minCapsNameWords) < minCapsNameWords {
		// (A dotted leader or a tab parts a label from its value:
		// "SECURITY CLEARANCE ........ NATO SECRET".)
		return false
	}
	return words.IsCaps(text)
}

// namesBody reports the rest of a line in capitals after a label's
// words that goes on as a body's name: four words or more, one of them
// a name's joiner ("OTAN D'INFORMATION ET DE COMMUNICATION"), not a
// place or a contract ("NEW YORK CITY USA", "FIXED TERM APPOINTMENT").
func namesBody(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) < minCapsNameWords-1 {
		return false
	}
	for _, w := range ws {
		if isNameJoiner(w) || strings.HasPrefix(strings.ToLower(w), "d'") || strings.HasPrefix(strings.ToLower(w), "d’") {
			return true
		}
	}
	return false
}

// minCapsNameWords is how many words a letterhead's name in capitals
// has at least: a label and a value of one or two words ("GRADE G15",
// "LIEU BRUXELLES") are fewer.
const minCapsNameWords = 5

// slashValue returns what follows a spaced slash that opens rest ("/ 10"
// → "10"), for a line whose label and value a slash parts. A slash glued
// to a word, a second slash or a colon further on says the slash parts
// labels ("Grade / Niveau :", "Function group / Grade / Post title").
func slashValue(rest string) (string, bool) {
	if !strings.HasPrefix(rest, "/ ") {
		return "", false
	}
	after := strings.TrimSpace(rest[1:])
	if after == "" || strings.ContainsAny(after, ":/") {
		return "", false
	}
	return after, true
}

// startsLabel reports a text that opens with a field label: a second
// label after a slash names the same field in the other language.
func (v *Vocabulary) startsLabel(text string) bool {
	if _, ok := v.Label(text); ok {
		return true
	}
	_, _, _, _, ok := v.matchField(text, true)
	return ok
}

// maxLabelQualifierBytes bounds a label's qualifier in parentheses before
// its colon ("(à minuit)", "(Pay Basis)", "(midnight Central European
// Time)").
const maxLabelQualifierBytes = 48

// maxFieldLabelWords bounds the words of a field label (TestMaxFieldLabelWords).
const maxFieldLabelWords = 7

// leadingFields fills words with the first fields of s, split as
// strings.Fields splits it, and ends with the offset in s where each
// ends; it returns how many it found, at most len(words).
func leadingFields(s string, words []string, ends []int) int {
	n, start := 0, -1
	for i, r := range s {
		// (ASCII, most runes, is told from white space without a call.)
		var space bool
		if r < utf8.RuneSelf {
			space = r == ' ' || '\t' <= r && r <= '\r' // words.IsSpaceByte (words is the parameter here)
		} else {
			space = unicode.IsSpace(r)
		}
		switch {
		case !space:
			if start < 0 {
				start = i
			}
		case start >= 0:
			words[n], ends[n] = s[start:i], i
			if n++; n == len(words) {
				return n
			}
			start = -1
		}
	}
	if start >= 0 {
		words[n], ends[n] = s[start:], len(s)
		n++
	}
	return n
}

// singleSpaced reports text whose words are separated by single ASCII
// spaces: strings.Join(strings.Fields(s), " ") would give it back.
func singleSpaced(s string) bool {
	return spacingFault(s) == len(s) && (s == "" || s[len(s)-1] != ' ')
}

// spacingFault returns the offset of the first rune of s that keeps a
// text from being singleSpaced: white space other than a space, or a
// space first or after another (or after a NUL); len(s) for none. A
// prefix of s that ends on a rune other than a space, and at a rune's
// end, is singleSpaced when it ends at or before that offset.
func spacingFault(s string) int {
	prev := rune(0)
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if r == ' ' && (prev == ' ' || prev == 0) || r != ' ' && (r < utf8.RuneSelf && words.IsSpaceByte(byte(r)) || r >= utf8.RuneSelf && unicode.IsSpace(r)) {
			return i
		}
		prev = r
		i += size
	}
	return len(s)
}

// maxBareValueBytes bounds a value that follows its label without a
// colon in a header: a value is a name, a code, a date or an amount.
const maxBareValueBytes = 100

// bareValue reports a text that may be the value of a label written
// without its colon in the header of a notice, where table cells lose
// their colons: short, and not going on in lower case as a sentence does
// ("Department of National Defence", "Pay attention to…" start a
// sentence with a word that is also a label) or on a function word.
func (v *Vocabulary) bareValue(rest string) bool {
	if rest == "" || len(rest) >= maxBareValueBytes || words.StartsLower(rest) || rest[0] == '(' {
		return false // "(Pay Basis)" qualifies its label
	}
	// "ORGANISATION DE L'AVIATION CIVILE", a letterhead in capitals.
	first := rest
	if i := strings.IndexAny(rest, " '’"); i > 0 {
		first = rest[:i]
	}
	return !v.FunctionWord(first)
}

// plausibleBareValue guards fields written without a colon ("Grade
// INTERN", "Clearance Level NS"): without it, any sentence starting with
// "Division" or "Location" would become a field.
func plausibleBareValue(field, value string) bool {
	if value == "" || len(value) > 40 {
		return false
	}
	switch field {
	case "grade", "clearance":
		// A code: INTERN, A2, G15, NS, CTS, NU.
		for _, r := range value {
			if unicode.IsLower(r) {
				return false
			}
		}
		return true
	}
	return false
}
