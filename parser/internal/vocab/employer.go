package vocab

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// NamesWithAcronym returns the names a text defines an acronym for (its
// capitals, a figure among them), each as "Name (ACR)", wherever they
// stand in a sentence: "… the
// headquarters of the Organisation mondiale de la santé animale
// (OMSA)", "Fusion for Energy (F4E) is…", "The International Bureau of
// Weights and Measures (BIPM) invites…". The name is the words before
// the parentheses whose first letters spell the acronym, in either case
// and with the small joining words skipped ("de la", "of"), an elided
// article's word read from its letter after the apostrophe
// ("l'Organisation"); or, when the acronym spells the name in another
// language (BIPM), the capitalised words before it that hold an
// employer's word. What it returns are candidates for the caller to
// weigh: units and systems define acronyms too.
func NamesWithAcronym(text string) []string {
	var out []string
	for at := 0; at < len(text); {
		i := strings.IndexByte(text[at:], '(')
		if i < 0 {
			break
		}
		i += at
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			break
		}
		acr := text[i+1 : i+j]
		at = i + j + 1
		if len(acr) > maxAcronymBytes || !isAcronym(strings.Map(dropDigit, acr)) {
			continue
		}
		if name := spelledBefore(text[:i], acr); name != "" {
			out = append(out, name+" ("+acr+")")
		}
	}
	return out
}

// spelledBefore returns the words at the end of before that name what
// acr abbreviates, or "".
func spelledBefore(before, acr string) string {
	fs := strings.Fields(before)
	var need []rune
	for _, r := range acr {
		if unicode.IsUpper(r) {
			need = append(need, r)
		}
	}
	start := len(fs)
	for start > 0 && len(need) > 0 {
		w := fs[start-1]
		if isNameJoiner(w) {
			start--
			continue
		}
		if rest, ok := cutElision(w); ok {
			w = rest // "l'Organisation": the name's word after its article
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.ToUpper(r) != need[len(need)-1] {
			break
		}
		need = need[:len(need)-1]
		start--
	}
	if len(need) == 0 && start < len(fs) {
		return trimElision(strings.Join(fs[start:], " "))
	}
	// The acronym of the name in another language: the capitalised run
	// before it, when it holds an employer's word.
	run := capitalisedRun(strings.TrimRight(before, " "))
	n := words.Count(run)
	if n < minInitialsName || n > maxAcronymNameWords {
		return ""
	}
	for w := range strings.FieldsSeq(run) {
		if words.StartsUpper(w) && isOrganisationHead(w) {
			run, _ = cutArticle(run)
			return trimElision(run)
		}
	}
	return ""
}

// trimElision drops the elided article a French name is read with:
// "l'Organisation mondiale…" → "Organisation mondiale…".
func trimElision(name string) string {
	if rest, ok := cutElision(name); ok && words.StartsUpper(rest) {
		return rest
	}
	return name
}

// cutElision returns a word without the elided article or joiner it
// opens with (frenchElisions: "l'Organisation" → "Organisation",
// "d'assurance" → "assurance"), and whether it had one.
func cutElision(w string) (string, bool) {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || !slices.Contains(frenchElisions, strings.ToLower(w[:i])) {
		return w, false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	return w[i+n:], true
}

// dropDigit drops a figure an acronym holds among its capitals: "F4E".
func dropDigit(r rune) rune {
	if '0' <= r && r <= '9' {
		return -1
	}
	return r
}

// IsNameJoiner reports a small word that joins the words of a name ("of",
// "for", "de", "la"): a name never opens with one.
func IsNameJoiner(w string) bool { return isNameJoiner(w) }

// NameAfterWords returns the employer's name a value holds after words
// that are no part of it, as a column of values run together onto one
// line gives it ("Enseignant-chercheur en hydrogéologie Université Abdou
// Moumouni de Niamey (UAM)" → "Université Abdou Moumouni de Niamey
// (UAM)"): a word that makes a name an employer's, in capitals, after a
// word in small letters that joins no name, the words before it naming
// no employer, the rest a name on its own. "" when there is none.
func NameAfterWords(value string) string {
	fs := strings.Fields(value)
	for k := minWordsBeforeName; k < len(fs); k++ {
		prev := fs[k-1]
		if isOrganisationHead(prev) && words.StartsUpper(prev) {
			return "" // the words before name an employer themselves
		}
		if !isOrganisationHead(fs[k]) || !words.StartsUpper(fs[k]) || !words.StartsLower(prev) || isNameJoiner(prev) {
			continue
		}
		for _, w := range fs[:k-1] {
			if isOrganisationHead(w) && words.StartsUpper(w) {
				return ""
			}
		}
		if rest := strings.Join(fs[k:], " "); IsOrganisationLine(rest) {
			return rest
		}
		return ""
	}
	return ""
}

// minWordsBeforeName is how many words stand before the employer's name
// in a value NameAfterWords cuts: a post's title has two at least.
const minWordsBeforeName = 2

// HasUnitWord reports a name with a unit's word anywhere in it:
// "International Military Staff Operations and Planning Division".
func HasUnitWord(text string) bool {
	for w := range strings.FieldsSeq(text) {
		if isUnitWord(strings.Trim(w, "(),.;:")) {
			return true
		}
	}
	return false
}

// IsOrganisationHead reports a word that makes a name an employer's:
// "Agence", "Société", "Organization".
func IsOrganisationHead(w string) bool { return isOrganisationHead(w) }

// OpensOnQualifier reports an employer's name that lacks its head word:
// one that opens with an adjective that qualifies a head ("Nationale des
// Habitations à Bon Marché"), or with an acronym a joining word follows
// ("OTAN de soutien et d'acquisition"), and holds no employer's word of
// its own. A label that is an employer's word stood before it ("Société",
// "Agence"). A name with its own head ("International Rescue
// Committee") or of its own ("Nordlicht Data") does not.
func OpensOnQualifier(name string) bool {
	fs := strings.Fields(name)
	if len(fs) < 2 || !words.StartsUpper(fs[0]) {
		return false
	}
	for _, w := range fs {
		if words.StartsUpper(w) && isOrganisationHead(w) {
			return false
		}
	}
	return isNameAdjective(fs[0]) && isNameJoiner(fs[1]) || isAcronym(fs[0]) && isNameJoiner(fs[1])
}
