package parser

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// This file holds the vocabularies of vacancy notices: the labels of the
// header fields and the headings of the sections, English and French side
// by side. Matching is done on normalised keys (see normKey), so a table
// entry covers its upper-case, accent-less and colon-less spellings.
// Extending the parser to a new body's notices usually means adding rows
// here, not code.

// fieldLabels maps a header field to its labels. Each row is one spelling
// pair; "" where a language has no equivalent.
var fieldLabels = []struct {
	Field  string // key in the vacancy: see extract.go
	EN, FR string
}{
	{"location", "Primary Location", "Emplacement principal"},
	{"location", "Location", "Lieu"},
	{"location", "Duty Station", "Lieu d'affectation"},
	{"location", "Other Locations", "Autres emplacements"},
	{"organisation", "NATO Body", "Organisation"},
	{"organisation", "Organisation", "Organisme"},
	{"organisation", "Organization", "Organisme OTAN"},
	{"schedule", "Schedule", "Horaire"},
	{"schedule", "Work Schedule", "Horaire de travail"},
	{"deadline", "Application Deadline", "Date de retrait"},
	{"deadline", "Closing Date", "Date de clôture"},
	{"deadline", "Deadline", "Date limite de candidature"},
	{"deadline", "Application Closing Date", "Date limite"},
	{"salary", "Salary (Pay Basis)", "Salaire (Base de paie)"},
	{"salary", "Salary", "Salaire"},
	{"salary", "Basic Salary", "Traitement de base"},
	{"grade", "Grade", "Grade"},
	{"grade", "NATO Grade", "Grade OTAN"},
	{"clearance", "Clearance Level", "Niveau de l'habilitation de sécurité"},
	{"clearance", "Security Clearance", "Habilitation de sécurité"},
	{"clearance", "Security Clearance Level", "Niveau d'habilitation de sécurité"},
	{"reference", "Reference", "Référence"},
	{"reference", "Vacancy Number", "Numéro de l'avis de vacance"},
	{"reference", "Job ID", "Numéro du poste"},
	{"reference", "Requisition ID", "Numéro de référence"},
	{"contract_type", "Contract Type", "Type de contrat"},
	{"job_family", "Job Family", "Famille d'emplois"},
	{"division", "Division", "Division"},
}

// sectionHeadings maps a canonical section kind to its headings. A heading
// matches when its normalised text equals an entry, or starts with an
// entry marked as a prefix with a trailing "*".
var sectionHeadings = []struct {
	Kind   string
	EN, FR string
}{
	{"header", "Job details", "Détails du poste"},
	{"header", "Post details", "Détails de l'emploi"},
	{"description", "Description", "Description"},
	{"description", "Job Description", "Description du poste"},
	{"info_session", "Info-session*", "Séance d'information*"},
	{"info_session", "Information session*", "Session d'information*"},
	{"daily_work", "How the daily work will look like", "À quoi ressemblera le travail au quotidien"},
	{"daily_work", "What will the daily work look like", "Travail au quotidien"},
	{"daily_work", "What will you do", "Que ferez-vous"},
	{"offer", "What do we offer", "Que propose l'OTAN"},
	{"offer", "What we offer", "Ce que nous offrons"},
	{"offer", "What does NATO offer", "Ce que propose l'OTAN"},
	{"selection_criteria", "Selection Criteria", "Critères de sélection"},
	{"selection_criteria", "Eligibility criteria", "Critères d'admissibilité"},
	{"essential", "Essential", "Acquis essentiels"},
	{"essential", "Essential requirements", "Essentiel"},
	{"essential", "Essential qualifications", "Qualifications essentielles"},
	{"essential", "Essential Qualifications / Experience", "Qualifications / expérience essentielles"},
	{"essential", "Essential criteria", "Conditions essentielles"},
	{"desirable", "Desirable", "Acquis souhaitables"},
	{"desirable", "Desirable requirements", "Souhaitable"},
	{"desirable", "Desirable qualifications", "Qualifications souhaitables"},
	{"desirable", "Desirable Qualifications / Experience", "Qualifications / expérience souhaitables"},
	{"desirable", "Desirable criteria", "Conditions souhaitables"},
	{"competencies", "Competencies required", "Compétences requises"},
	{"competencies", "Competencies", "Compétences"},
	{"competencies", "Required competencies", "Compétences exigées"},
	{"values", "Our Values", "Nos valeurs"},
	{"values", "Values", "Valeurs"},
	{"special_notice", "Special Notice", "Instruction particulière"},
	{"special_notice", "Special Notice", "Avis spécial"},
	{"summary", "Summary", "Résumé"},
	{"summary", "Post Summary", "Résumé du poste"},
	{"summary", "Post Context", "Contexte du poste"},
	{"qualifications", "Qualifications and Experience", "Qualifications et expérience"},
	{"qualifications", "Qualifications", "Qualifications"},
	{"accountabilities", "Main Accountabilities", "Responsabilités principales"},
	{"accountabilities", "Principal Duties", "Tâches principales"},
	{"accountabilities", "Main Duties", "Principales attributions"},
	{"accountabilities", "Role", "Rôle"},
	{"accountabilities", "Duties and Responsibilities", "Attributions et responsabilités"},
	{"interrelationships", "Interrelationships", "Relations de travail"},
	{"interrelationships", "Interrelationships", "Interactions"},
	{"interrelationships", "Working Relationships", "Relations professionnelles"},
	{"contract", "Contract", "Contrat"},
	{"contract", "Contract Details", "Détails du contrat"},
	{"contract", "Conditions of Employment", "Conditions d'emploi"},
	{"recruitment_process", "Recruitment Process", "Processus de recrutement"},
	{"recruitment_process", "Recruitment Process", "Procédure de recrutement"},
	{"recruitment_process", "How to apply", "Comment postuler"},
	{"recruitment_process", "Application", "Candidature"},
	{"recruitment_process", "Useful information regarding application*", "Informations utiles concernant la candidature*"},
	{"additional_information", "Additional Information", "Informations complémentaires"},
	{"additional_information", "Additional Information", "Renseignements complémentaires"},
	{"additional_information", "Other Information", "Autres informations"},
	{"additional_information", "Remarks", "Remarques"},
	{"additional_information", "Special Requirements and Additional Duties", "Exigences particulières et tâches additionnelles"},
}

// Language evidence: short function words that occur in nearly every
// sentence of one language and rarely in the other.
var functionWords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "for", "with", "is", "are", "be", "will", "this", "that",
		"on", "by", "from", "as", "or", "at", "an", "our", "you", "your", "which", "who", "have", "has",
		"must", "should", "can", "their", "its", "all", "any", "other", "such", "including", "within"},
	"fr": {"le", "la", "les", "et", "des", "du", "de", "un", "une", "pour", "dans", "sur", "avec",
		"est", "sont", "être", "aux", "au", "par", "qui", "que", "ou", "en", "vous", "votre", "vos", "leur",
		"ses", "ces", "cette", "il", "elle", "ainsi", "notamment", "tous", "toutes", "d'un", "d'une", "l'"},
}

// monthNames maps month names and abbreviations, both languages, to
// month numbers. Keys are normalised with normKey (no accents, no dot).
var monthNames = map[string]int{
	"jan": 1, "january": 1, "janv": 1, "janvier": 1,
	"feb": 2, "february": 2, "fev": 2, "fevr": 2, "fevrier": 2,
	"mar": 3, "march": 3, "mars": 3,
	"apr": 4, "april": 4, "avr": 4, "avril": 4,
	"may": 5, "mai": 5,
	"jun": 6, "june": 6, "juin": 6,
	"jul": 7, "july": 7, "juil": 7, "juillet": 7,
	"aug": 8, "august": 8, "aou": 8, "aout": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9,
	"oct": 10, "october": 10, "octobre": 10,
	"nov": 11, "november": 11, "novembre": 11,
	"dec": 12, "december": 12, "decembre": 12,
}

// currencies maps what a salary line may say to an ISO 4217 code. Keys
// are normalised with normKey.
var currencies = map[string]string{
	"eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR",
	"usd": "USD", "us dollar": "USD", "us dollars": "USD", "dollar us": "USD", "dollars us": "USD", "$": "USD", "dollar": "USD", "dollars": "USD",
	"gbp": "GBP", "pound sterling": "GBP", "livre sterling": "GBP", "£": "GBP",
	"cad": "CAD", "canadian dollar": "CAD", "dollar canadien": "CAD",
	"chf": "CHF", "swiss franc": "CHF", "franc suisse": "CHF",
	"nok": "NOK", "norwegian krone": "NOK", "couronne norvegienne": "NOK",
	"dkk": "DKK", "danish krone": "DKK", "couronne danoise": "DKK",
	"sek": "SEK", "swedish krona": "SEK", "couronne suedoise": "SEK",
	"pln": "PLN", "zloty": "PLN", "turkish lira": "TRY", "livre turque": "TRY", // "try" is a word: TRY only as "(TRY)"
	"huf": "HUF", "czk": "CZK", "ron": "RON", "bgn": "BGN", "isk": "ISK",
}

// salaryPeriods maps the period word of a salary line to a schema period.
var salaryPeriods = map[string]string{
	"monthly": "month", "per month": "month", "month": "month", "mensuel": "month", "mensuelle": "month", "par mois": "month", "mois": "month",
	"yearly": "year", "annual": "year", "annually": "year", "per annum": "year", "per year": "year", "year": "year", "annuel": "year", "annuelle": "year", "par an": "year",
	"weekly": "week", "per week": "week", "hebdomadaire": "week",
	"daily": "day", "per day": "day", "journalier": "day", "journaliere": "day", "par jour": "day",
	"hourly": "hour", "per hour": "hour", "horaire": "hour", "par heure": "hour",
}

// knownCompounds are hyphenated words whose hyphen survives a line break
// even when the document has no other spelling of them.
var knownCompounds = map[string]bool{
	"e-learning": true, "well-being": true, "e-mail": true, "full-time": true, "part-time": true,
	"long-term": true, "short-term": true, "day-to-day": true, "up-to-date": true, "follow-up": true,
	"decision-making": true, "policy-making": true, "high-level": true, "co-operation": true,
	"procès-verbaux": true, "procès-verbal": true, "peut-être": true, "au-delà": true, "c'est-à-dire": true,
	"vice-président": true, "sous-direction": true, "non-discrimination": true,
}

var (
	fieldByKey map[string]fieldEntry // normKey(label) → entry
	// labelFirstWords and headingFirstWords hold the first word of
	// every label and heading, normalised: most blocks are rejected on it.
	labelFirstWords   = map[string]bool{}
	headingFirstWords = map[string]bool{}
	fieldKeysLen      []int // word counts of labels, longest first
	headingByKey      map[string]headingEntry
	headingPrefs      []headingEntry // prefix entries
	functionLang      map[string]string
	// functionWordShapes has, for each first byte of a function word,
	// a bit for each length in bytes of the function words that start
	// with it: most other words are rejected on it, before a map lookup.
	functionWordShapes [256]uint16
)

type fieldEntry struct {
	Field string
	Lang  string // "en", "fr", or "" when the label is the same in both
}

type headingEntry struct {
	Kind string
	Lang string
	Key  string
}

func init() {
	fieldByKey = map[string]fieldEntry{}
	seen := map[int]bool{}
	add := func(label, field, lang string) {
		if label == "" {
			return
		}
		k := normKey(label)
		if e, ok := fieldByKey[k]; ok && e.Lang != lang {
			lang = ""
		}
		fieldByKey[k] = fieldEntry{Field: field, Lang: lang}
		labelFirstWords[strings.Fields(k)[0]] = true
		n := len(strings.Fields(k))
		if !seen[n] {
			seen[n] = true
			fieldKeysLen = append(fieldKeysLen, n)
		}
	}
	for _, r := range fieldLabels {
		add(r.EN, r.Field, "en")
		add(r.FR, r.Field, "fr")
	}
	for i := range fieldKeysLen { // longest first: "Salary (Pay Basis)" before "Salary"
		for j := i + 1; j < len(fieldKeysLen); j++ {
			if fieldKeysLen[j] > fieldKeysLen[i] {
				fieldKeysLen[i], fieldKeysLen[j] = fieldKeysLen[j], fieldKeysLen[i]
			}
		}
	}
	headingByKey = map[string]headingEntry{}
	addH := func(text, kind, lang string) {
		if text == "" {
			return
		}
		prefix := strings.HasSuffix(text, "*")
		k := normKey(strings.TrimSuffix(text, "*"))
		headingFirstWords[firstKeyWord(k)] = true
		e := headingEntry{Kind: kind, Lang: lang, Key: k}
		if prefix {
			headingPrefs = append(headingPrefs, e)
			return
		}
		if old, ok := headingByKey[k]; ok && old.Lang != lang {
			e.Lang = ""
		}
		headingByKey[k] = e
	}
	for _, r := range sectionHeadings {
		addH(r.EN, r.Kind, "en")
		addH(r.FR, r.Kind, "fr")
	}
	functionLang = map[string]string{}
	for lang, words := range functionWords {
		for _, w := range words {
			functionLang[w] = lang
			functionWordShapes[w[0]] |= 1 << len(w)
		}
	}
}

// foldAccents pools the accent-folding transformers: a transform.Chain
// keeps state between calls, so one shared chain would be a data race
// between concurrent parses.
var foldAccents = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

//go:generate go run foldtable_gen.go

// foldRune is the folded form of r from the generated tables in
// foldtable.go, which cover Latin-1 to Latin Extended-B and General
// Punctuation: no rune there is a combining mark or composes with its
// neighbour, so a text made of them folds rune by rune, which spares the
// three normalisation passes for nearly all notices. The tables are
// generated rather than computed at start-up (about 1 ms of the chain).
// ok is false when r folds to itself.
func foldRune(r rune) (f string, ok bool) {
	switch {
	case r >= 0x80 && r < 0x80+rune(len(foldLatin)):
		f = foldLatin[r-0x80]
	case r >= 0x2000 && r < 0x2000+rune(len(foldPunct)):
		f = foldPunct[r-0x2000]
	}
	return f, f != ""
}

// inFoldTables says whether r is ASCII or in the ranges foldtable.go
// covers, where a text folds rune by rune (see foldRune).
func inFoldTables(r rune) bool {
	return r < 0x80+rune(len(foldLatin)) || r >= 0x2000 && r < 0x2000+rune(len(foldPunct))
}

// foldString removes the accents of s (NFD, marks removed, NFC).
func foldString(s string) string {
	var b strings.Builder
	started := false
	for i, r := range s {
		if !inFoldTables(r) || r == utf8.RuneError {
			// Some other script, a combining mark or a bad byte: the
			// full chain.
			t := foldAccents.Get().(transform.Transformer)
			defer foldAccents.Put(t)
			if out, _, err := transform.String(t, s); err == nil {
				return out
			}
			return s
		}
		f, ok := foldRune(r)
		switch {
		case ok && !started:
			started = true
			b.Grow(len(s))
			b.WriteString(s[:i])
			b.WriteString(f)
		case ok:
			b.WriteString(f)
		case started:
			b.WriteRune(r)
		}
	}
	if !started {
		return s // nothing to fold
	}
	return b.String()
}

var keyReplacer = strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ", "\u202f", " ", "–", "-", "—", "-")

// normKey folds a label or heading to the form the tables are matched in:
// lower case, no accents, typographic apostrophes as ', no section
// number, no trailing colon or question mark, single spaces.
//
// Lookups in the tables use lookupKey, which builds the key in a buffer
// on the stack: normKey is for the few callers that keep the key.
func normKey(s string) string {
	var buf [128]byte
	return string(appendNormKey(buf[:0], s))
}

// lookupKey returns m[normKey(s)]. It runs for every block and line
// several times over, so the key is built in a buffer on the stack and
// looked up without being copied to a string (m[string(b)] does not
// allocate).
func lookupKey[V any](m map[string]V, s string) (V, bool) {
	var buf [128]byte
	v, ok := m[string(appendNormKey(buf[:0], s))]
	return v, ok
}

// appendNormKey appends normKey(s) to dst. The common cases take the
// fast paths: ASCII text is lower-cased byte by byte, and accented Latin
// text folds rune by rune from the generated tables (see foldRune); only
// other scripts take the normalisation chain.
func appendNormKey(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	start := len(dst)
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			dst = append(dst, lowerASCII(s[i]))
		}
	} else {
		dst = appendFoldLower(dst, s)
	}
	k := dst[start:]
	k = k[leadNumberLen(k):]
	// bytes.TrimRight(k, " :?!.*") and bytes.Trim(k, " *_"), without
	// building their byte sets on every key.
	for len(k) > 0 && isByteOf(k[len(k)-1], " :?!.*") {
		k = k[:len(k)-1]
	}
	for len(k) > 0 && isByteOf(k[len(k)-1], " *_") {
		k = k[:len(k)-1]
	}
	for len(k) > 0 && isByteOf(k[0], " *_") {
		k = k[1:]
	}
	// Move the key back to start (copy handles the overlap) and collapse
	// each run of ASCII white space to one space, in place.
	k = dst[start : start+copy(dst[start:], k)]
	n, space := 0, false
	for _, c := range k {
		if isSpaceASCII(c) {
			if space {
				continue
			}
			c, space = ' ', true
		} else {
			space = false
		}
		k[n] = c
		n++
	}
	return dst[:start+n]
}

// appendFoldLower appends keyReplacer.Replace(foldString(strings.ToLower(s)))
// to dst, rune by rune when every rune lower-cases into ASCII or into the
// ranges of the fold tables, where folding one rune at a time is the same
// as folding the text (foldString's own fast path).
func appendFoldLower(dst []byte, s string) []byte {
	mark := len(dst)
	for _, r := range s {
		r = unicode.ToLower(r) // what strings.ToLower does to each rune
		switch {
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
		case r == utf8.RuneError || !inFoldTables(r):
			// Another script, a combining mark or a bad byte: the
			// whole text takes the normalisation chain.
			return append(dst[:mark], keyReplacer.Replace(foldString(strings.ToLower(s)))...)
		default:
			f, ok := foldRune(r)
			if !ok {
				dst = appendKeyRune(dst, r)
				continue
			}
			for _, fr := range f {
				dst = appendKeyRune(dst, fr)
			}
		}
	}
	return dst
}

// appendKeyRune appends r as keyReplacer writes it.
func appendKeyRune(dst []byte, r rune) []byte {
	switch r {
	case '’', '‘':
		return append(dst, '\'')
	case '\u00a0', '\u202f':
		return append(dst, ' ')
	case '–', '—':
		return append(dst, '-')
	}
	return utf8.AppendRune(dst, r)
}

// appendLower appends strings.ToLower(s) to dst: the lower-case form of
// a word to look up, built without a string of its own.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		dst = append(dst, lowerASCII(s[i]))
	}
	return dst
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// reSpace is RE2's \s as a set: ASCII white space but the vertical tab
// (isSpaceASCII tests the same bytes one at a time).
const reSpace = "\t\n\f\r "

// isSpaceASCII is RE2's \s: ASCII white space but the vertical tab.
func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// leadNumberLen returns the length of the section number that starts s,
// "1. ", "a) " or "iv. " with the white space after it, or 0: what the
// regular expression ^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+ matches in s
// lower-cased. (By hand: this runs on every key, and a regular expression
// match costs more than the key.)
func leadNumberLen[T string | []byte](s T) int {
	j := numberLen(s)
	if j == 0 {
		return 0
	}
	n := j
	for n < len(s) && isSpaceASCII(s[n]) {
		n++
	}
	if n == j {
		return 0 // no space after the number
	}
	return n
}

// numberLen returns the length of the number or letter and its "." or ")"
// that starts s, or 0: a match of ^(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)].
func numberLen[T string | []byte](s T) int {
	// The number's characters are letters and digits, so it ends at the
	// first "." or ")", one of the first five bytes.
	j := 0
	for j < len(s) && j < 5 && s[j] != '.' && s[j] != ')' {
		j++
	}
	if j == 0 || j > 4 || j == len(s) {
		return 0
	}
	digits, ivx := 0, 0
	for i := 0; i < j; i++ {
		switch c := lowerASCII(s[i]); {
		case '0' <= c && c <= '9':
			digits++
		case c == 'i' || c == 'v' || c == 'x':
			ivx++
		}
	}
	letter := j == 1 && 'a' <= lowerASCII(s[0]) && lowerASCII(s[0]) <= 'z'
	if !(digits == j && j <= 2 || letter || ivx == j) {
		return 0
	}
	return j + 1
}

// mayBeKey reports whether normKey(s) can be at most max bytes long, a
// cheap test that spares folding a whole paragraph to find it is not a
// heading: normKey keeps every letter and digit (but the at most four of
// a section number), and each takes at least one byte.
func mayBeKey(s string, max int) bool {
	if len(s) <= max {
		return true
	}
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if n++; n > max+4 {
				return false
			}
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// firstKeyWord is the normalised first word of text after any section
// number ("1. SUMMARY" → "summary"), split at spaces and hyphens
// ("INFO-SESSION" → "info").
func firstKeyWord(text string) string {
	var buf [128]byte
	return string(appendFirstKeyWord(buf[:0], text))
}

// appendFirstKeyWord appends firstKeyWord(text) to dst. It reads only the
// start of text: most texts are paragraphs, rejected on their first word.
func appendFirstKeyWord(dst []byte, text string) []byte {
	text = strings.TrimSpace(text)
	if lowersToASCIIAtStart(text) {
		// The section number is found in the lower-cased text and its
		// length applied to text as written, as it always was.
		text = text[leadNumberLen(strings.ToLower(text)):]
	} else {
		text = text[leadNumberLen(text):]
	}
	text = strings.TrimLeft(text, " *_")
	if i := indexWordEnd(text, " -"); i > 0 {
		text = text[:i]
	}
	return appendNormKey(dst, text)
}

// lowersToASCIIAtStart reports whether one of the first five runes of s,
// where a section number stands, is one of the two letters outside ASCII
// that strings.ToLower turns into ASCII ones: U+0130 İ (to i) and U+212A
// K (to k). Everywhere else leadNumberLen on s as written finds what it
// finds in s lower-cased.
func lowersToASCIIAtStart(s string) bool {
	n := 0
	for _, r := range s {
		if r == '\u0130' || r == '\u212a' {
			return true
		}
		if n++; n == 5 {
			break
		}
	}
	return false
}

// indexWordEnd is strings.IndexAny(s, seps+"\u00a0") for seps in ASCII:
// the first word of a text ends at one of seps or a no-break space. (By
// hand: IndexAny with a character outside ASCII compares every rune of s
// with every separator.)
func indexWordEnd(s, seps string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isByteOf(c, seps):
			return i
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0: // U+00A0 in UTF-8
			return i
		}
	}
	return -1
}

// isByteOf reports whether c is one of the bytes of set, a few ASCII
// characters: strings.IndexByte is a call per byte, this a loop inlined.
func isByteOf(c byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// lookupHeading returns the section kind and language of a heading text,
// or ok=false when the text is not a known section heading.
func lookupHeading(text string) (kind, lang string, ok bool) {
	// The first word rejects nearly every text, reading only its start;
	// mayBeKey may read it whole.
	var buf [128]byte
	if !headingFirstWords[string(appendFirstKeyWord(buf[:0], text))] || !mayBeKey(text, 120) {
		return "", "", false
	}
	k := appendNormKey(buf[:0], text)
	if len(k) == 0 || len(k) > 120 {
		return "", "", false
	}
	if e, ok := headingByKey[string(k)]; ok {
		return e.Kind, e.Lang, true
	}
	for _, e := range headingPrefs {
		if len(k) >= len(e.Key) && string(k[:len(e.Key)]) == e.Key {
			return e.Kind, e.Lang, true
		}
	}
	return "", "", false
}

// matchField recognises a header field line: a known label followed by a
// colon (with or without spaces around it) or, for labels written without
// one as in "Grade INTERN", by a value. It returns the field key, the label
// and value as written, and the label's language ("" when shared).
func matchField(text string) (field, label, value, lang string, ok bool) {
	return matchFieldIn(text, false)
}

// matchFieldBare is matchField where any label may stand without a colon,
// for the header region of a notice, where table cells lose theirs.
func matchFieldBare(text string) (field, label, value, lang string, ok bool) {
	return matchFieldIn(text, true)
}

func matchFieldIn(text string, bare bool) (field, label, value, lang string, ok bool) {
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
	if known, _ := lookupKey(labelFirstWords, first); !known {
		return "", "", "", "", false
	}
	// Only the first words can make a label (and the word after it may
	// hold its colon): the text is split no further until a label is found.
	var buf [maxFieldLabelWords + 1]string
	var ends [maxFieldLabelWords + 1]int
	words := buf[:leadingFields(text, buf[:], ends[:])]
	for _, n := range fieldKeysLen {
		if n > len(words) {
			continue
		}
		// The label may carry its colon glued to the last word
		// ("Location:"), stand alone (" : ") or be glued to the value
		// ("Salaire (Base de paie) :1 286,09").
		cand := text[:ends[n-1]] // the words joined by single spaces, most often
		if !singleSpaced(cand) {
			cand = strings.Join(words[:n], " ")
		}
		colon, colonInRest := false, false
		if strings.HasSuffix(cand, ":") {
			colon = true
			cand = strings.TrimSuffix(cand, ":")
		} else if n < len(words) && strings.HasPrefix(words[n], ":") {
			colon, colonInRest = true, true
		}
		e, found := lookupKey(fieldByKey, cand)
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
		if !colon && !(bare && rest != "" && len(rest) < 100) && !plausibleBareValue(e.Field, rest) {
			continue
		}
		return e.Field, cand, rest, e.Lang, true
	}
	return "", "", "", "", false
}

// maxFieldLabelWords bounds the words of a field label (TestMaxFieldLabelWords).
const maxFieldLabelWords = 7

// leadingFields fills words with the first fields of s, split as
// strings.Fields splits it, and ends with the offset in s where each
// ends; it returns how many it found, at most len(words).
func leadingFields(s string, words []string, ends []int) int {
	n, start := 0, -1
	for i, r := range s {
		switch {
		case !unicode.IsSpace(r):
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
	prev := rune(0)
	for _, r := range s {
		if r == ' ' && (prev == ' ' || prev == 0) || r != ' ' && unicode.IsSpace(r) {
			return false
		}
		prev = r
	}
	return prev != ' '
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
