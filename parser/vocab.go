package parser

import (
	"regexp"
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

// foldString removes the accents of s (NFD, marks removed, NFC).
func foldString(s string) string {
	var b strings.Builder
	started := false
	for i, r := range s {
		if r >= 0x80 && !(r < 0x250 || r >= 0x2000 && r < 0x2070) || r == utf8.RuneError {
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

var (
	reLeadNumber = regexp.MustCompile(`^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+`)
	keyReplacer  = strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ", "\u202f", " ", "–", "-", "—", "-")
)

// normKey folds a label or heading to the form the tables are matched in:
// lower case, no accents, typographic apostrophes as ', no section
// number, no trailing colon or question mark, single spaces.
//
// It runs for every block several times over, so the common cases take
// the fast paths: ASCII text needs no folding, and the regular expression
// runs only when a marker delimiter is near the start.
func normKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if !isASCII(s) {
		s = keyReplacer.Replace(foldString(s))
	}
	if i := strings.IndexAny(s, ".)"); i >= 0 && i <= 4 {
		s = reLeadNumber.ReplaceAllString(s, "")
	}
	s = strings.TrimRight(s, " :?!.*")
	s = strings.Trim(s, " *_")
	return collapseSpaces(s)
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

// collapseSpaces replaces each run of ASCII white space (RE2's \s) with
// one space.
func collapseSpaces(s string) string {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	clean := true
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) && (s[i] != ' ' || i+1 < len(s) && isSpace(s[i+1])) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if !isSpace(s[i]) {
			b = append(b, s[i])
		} else if i == 0 || !isSpace(s[i-1]) {
			b = append(b, ' ')
		}
	}
	return string(b)
}

// firstKeyWord is the normalised first word of text after any section
// number ("1. SUMMARY" → "summary"), split at spaces and hyphens
// ("INFO-SESSION" → "info").
func firstKeyWord(text string) string {
	text = strings.TrimSpace(text)
	if m := reLeadNumber.FindStringIndex(strings.ToLower(text)); m != nil {
		text = text[m[1]:]
	}
	text = strings.TrimLeft(text, " *_")
	if i := strings.IndexAny(text, " -\u00a0"); i > 0 {
		text = text[:i]
	}
	return normKey(text)
}

// lookupHeading returns the section kind and language of a heading text,
// or ok=false when the text is not a known section heading.
func lookupHeading(text string) (kind, lang string, ok bool) {
	if !mayBeKey(text, 120) || !headingFirstWords[firstKeyWord(text)] {
		return "", "", false
	}
	k := normKey(text)
	if k == "" || len(k) > 120 {
		return "", "", false
	}
	if e, ok := headingByKey[k]; ok {
		return e.Kind, e.Lang, true
	}
	for _, e := range headingPrefs {
		if strings.HasPrefix(k, e.Key) {
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
	if i := strings.IndexAny(text, " \t\u00a0"); i > 0 {
		first = text[:i]
	}
	if len(first) > 40 || !labelFirstWords[normKey(first)] {
		return "", "", "", "", false
	}
	words := strings.Fields(text)
	for _, n := range fieldKeysLen {
		if n > len(words) {
			continue
		}
		// The label may carry its colon glued to the last word
		// ("Location:"), stand alone (" : ") or be glued to the value
		// ("Salaire (Base de paie) :1 286,09").
		cand := strings.Join(words[:n], " ")
		colon, colonInRest := false, false
		if strings.HasSuffix(cand, ":") {
			colon = true
			cand = strings.TrimSuffix(cand, ":")
		} else if n < len(words) && strings.HasPrefix(words[n], ":") {
			colon, colonInRest = true, true
		}
		e, found := fieldByKey[normKey(cand)]
		if !found {
			continue
		}
		// The value is joined only for a label found: paragraphs are long.
		rest := strings.Join(words[n:], " ")
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
