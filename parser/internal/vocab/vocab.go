// Package vocab is what the parser knows about the words of vacancy
// notices: the labels of header fields and the headings of sections in
// English and French (tables.go, data only), how a line is matched
// against them (match.go), and the evidence a text gives for either
// language (evidence.go).
//
// A Vocabulary is the tables with their lookup indexes. Default is built
// once, on first use; Extend builds a vocabulary with more rows, for
// another body's notices, without editing the tables.
package vocab

import (
	"strings"
	"sync"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// Vocabulary is a set of label and heading tables with their indexes.
// It is read-only once built and safe for concurrent use.
type Vocabulary struct {
	fields   []FieldLabel
	headings []SectionHeading

	fieldByKey map[string]fieldEntry // normKey(label) → entry
	// qualifiedBases are the keys of labels the tables hold with a
	// qualifier of their own ("salary" of "Salary (Pay Basis)"): a text
	// "Salary (…)" is that label garbled, not "Salary" qualified.
	qualifiedBases map[string]bool
	// colonOnlyFields are the fields with a label of colonOnlyLabels.
	colonOnlyFields map[string]bool
	// labelFirstWords and headingFirstWords hold the first word of
	// every label and heading, normalised: most blocks are rejected on it.
	labelFirstWords   map[string]bool
	headingFirstWords map[string]bool
	// labelFirstShapes and headingFirstShapes let most words go before
	// they are hashed for the maps (see keyShapes).
	labelFirstShapes, headingFirstShapes keyShapes
	fieldKeysLen                         []int // word counts of labels, longest first
	headingByKey                         map[string]headingEntry
	// headingKeyShapes lets most keys go before they are hashed for
	// headingByKey (see keyShapes): a block whose first word is a
	// heading's ("The", "Une", "Vacancy") is nearly always prose.
	headingKeyShapes keyShapes
	// headingPrefs holds the prefix entries by the first byte of their
	// key, each row in the tables' order: a key starts only with prefixes
	// that start with its own first byte (an empty prefix, which starts
	// every key, is in every row), so plainHeadingFirst compares it with
	// those alone and finds the same first match.
	headingPrefs [256][]headingEntry

	trieOnce  sync.Once
	labelTrie *trie // labels and headings by key, for FindLabels
	// maxKeyBytes and keyLastBytes, set with labelTrie, are the length of
	// the longest key and the last bytes of keys: FindLabels looks for a
	// label ending a text only in its tail, and for a glued one only
	// after a byte a key ends with.
	maxKeyBytes  int
	keyLastBytes [256]bool

	spacedOnce sync.Once
	spaced     map[string]spacedEntry // labels and headings by key without spaces, for Unspaced

	functionLang map[string]string // function word → "en" or "fr"
	// functionWordShapes has, for each first byte of a function word,
	// a bit for each length in bytes of the function words that start
	// with it: most other words are rejected on it, before a map lookup.
	functionWordShapes [256]uint16
	// functionByFirst holds the function words by their first byte,
	// with the index of their language (EN, FR).
	functionByFirst [256][]functionWord
	// functionTable is functionByFirst as a hash table, for words of
	// ASCII letters (see addASCIIWord).
	functionTable functionTable
}

type functionWord struct {
	word string
	lang int
}

type fieldEntry struct {
	Field string
	Lang  string // "en", "fr", or "" when the label is the same in both
	// ColonOnly: the label is read only before its colon (colonOnlyLabels).
	ColonOnly bool
}

type headingEntry struct {
	Kind string
	Lang string
	Key  string
}

var (
	defaultOnce sync.Once
	defaultVoc  *Vocabulary
)

// langIndex is the index of a language code in Langs.
func langIndex(lang string) int {
	if lang == Langs[FR] {
		return FR
	}
	return EN
}

// Default is the vocabulary of tables.go.
func Default() *Vocabulary {
	defaultOnce.Do(func() { defaultVoc = build(fieldLabels, sectionHeadings) })
	return defaultVoc
}

// Extend returns a vocabulary with v's rows and the given ones: a label
// or heading already known keeps its meaning unless a row gives it
// another.
func (v *Vocabulary) Extend(fields []FieldLabel, headings []SectionHeading) *Vocabulary {
	return build(append(append([]FieldLabel(nil), v.fields...), fields...),
		append(append([]SectionHeading(nil), v.headings...), headings...))
}

// Fields returns the field label rows of v.
func (v *Vocabulary) Fields() []FieldLabel { return append([]FieldLabel(nil), v.fields...) }

// Headings returns the section heading rows of v.
func (v *Vocabulary) Headings() []SectionHeading {
	return append([]SectionHeading(nil), v.headings...)
}

func build(fields []FieldLabel, headings []SectionHeading) *Vocabulary {
	// The maps are made at about their final size (a key per language of
	// each row, at most): grown from empty, they were rehashed at every
	// doubling, at the first parse of every run of the program.
	v := &Vocabulary{
		fields:            fields,
		headings:          headings,
		fieldByKey:        make(map[string]fieldEntry, 2*len(fields)),
		labelFirstWords:   make(map[string]bool, 2*len(fields)),
		headingFirstWords: make(map[string]bool, 2*len(headings)),
		headingByKey:      make(map[string]headingEntry, 2*len(headings)),
	}
	seen := map[int]bool{}
	v.qualifiedBases = map[string]bool{}
	add := func(label, field, lang string) {
		if label == "" {
			return
		}
		k := normKey(label)
		if e, ok := v.fieldByKey[k]; ok && e.Lang != lang {
			lang = ""
		}
		v.fieldByKey[k] = fieldEntry{Field: field, Lang: lang}
		if open := strings.Index(k, " ("); open > 0 {
			v.qualifiedBases[k[:open]] = true
		}
		// The first word is looked up as the key of that word alone,
		// which drops its final stop: "Advert. no." opens with "advert".
		// (firstField and words.Count split as strings.Fields does,
		// without building its slice twice per label.)
		first := normKey(firstField(k))
		v.labelFirstWords[first] = true
		v.labelFirstShapes.add(first)
		n := words.Count(k)
		if !seen[n] {
			seen[n] = true
			v.fieldKeysLen = append(v.fieldKeysLen, n)
		}
	}
	for _, r := range fields {
		add(r.EN, r.Field, "en")
		add(r.FR, r.Field, "fr")
	}
	v.colonOnlyFields = map[string]bool{}
	for _, l := range colonOnlyLabels {
		if e, ok := v.fieldByKey[normKey(l)]; ok {
			e.ColonOnly = true
			v.fieldByKey[normKey(l)] = e
			v.colonOnlyFields[e.Field] = true
		}
	}
	for i := range v.fieldKeysLen { // longest first: "Salary (Pay Basis)" before "Salary"
		for j := i + 1; j < len(v.fieldKeysLen); j++ {
			if v.fieldKeysLen[j] > v.fieldKeysLen[i] {
				v.fieldKeysLen[i], v.fieldKeysLen[j] = v.fieldKeysLen[j], v.fieldKeysLen[i]
			}
		}
	}
	addH := func(text, kind, lang string) {
		if text == "" {
			return
		}
		prefix := strings.HasSuffix(text, "*")
		k := normKey(strings.TrimSuffix(text, "*"))
		v.headingFirstWords[firstKeyWord(k)] = true
		v.headingFirstShapes.add(firstKeyWord(k))
		e := headingEntry{Kind: kind, Lang: lang, Key: k}
		if prefix {
			for c := range v.headingPrefs {
				if k == "" || k[0] == byte(c) {
					v.headingPrefs[c] = append(v.headingPrefs[c], e)
				}
			}
			return
		}
		v.headingKeyShapes.add(k)
		if old, ok := v.headingByKey[k]; ok && old.Lang != lang {
			e.Lang = ""
		}
		v.headingByKey[k] = e
	}
	for _, r := range headings {
		addH(r.EN, r.Kind, "en")
		addH(r.FR, r.Kind, "fr")
	}
	v.functionLang = map[string]string{}
	for lang, ws := range functionWords {
		for _, w := range ws {
			v.functionLang[w] = lang
			v.functionWordShapes[w[0]] |= 1 << len(w)
			v.functionByFirst[w[0]] = append(v.functionByFirst[w[0]], functionWord{w, langIndex(lang)})
		}
	}
	v.functionTable = newFunctionTable(&v.functionByFirst)
	return v
}
