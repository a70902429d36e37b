package vocab

import (
	"strings"
	"sync"

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
	if t == "" || len(t) > maxKeyBytes {
		return "", false
	}
	t = trimEnumerator(t)
	if strings.ContainsAny(t, ".;!") || words.Count(t) > maxWordHeadingWords {
		return "", false
	}
	if k, ok := v.Heading(t); ok {
		return k, true
	}
	if HasPostWord(t) || IsBanner(t) || IsFurniture(t) || len(parts(t)) >= minMenuParts {
		// "APPEL À CANDIDATURES", "Apply now", a menu: the notice's
		// banner or the site's furniture, no part of the notice.
		return "", false
	}
	// Words split at elisions too: "t'offre", "l'equipe".
	fs := strings.FieldsFunc(normKey(t), func(r rune) bool { return r == ' ' || r == '\'' })
	if len(fs) > 1 && possessives[fs[0]] {
		if k, ok := v.Heading(strings.Join(fs[1:], " ")); ok {
			return k, true
		}
	}
	key := strings.Join(fs, " ")
	for _, p := range notPartHeadings {
		if strings.Contains(key, p) {
			return "", false
		}
	}
	if mostlyFurniture(fs) {
		return "", false // "Apply Save Share", "Privacy Terms of use Contact us"
	}
	for _, w := range fs {
		for _, hw := range headingWords {
			if !hasWordPrefix(w, hw.stems) {
				continue
			}
			if kind != "" && kind != hw.kind {
				return "", false // "Context and responsibilities": two parts
			}
			kind = hw.kind
			break
		}
	}
	return kind, kind != ""
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
	if !(isRoman(enum) || len(enum) == 1 || isDigits(enum)) {
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
	if !sep || rest == "" || len(enum) == 1 && !isRoman(enum) && rest == t[n:] {
		return t
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

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// hasWordPrefix reports whether word starts with one of stems; a stem
// with a space matches the word and the words after it as one phrase only
// through the tables, so here every stem is a single word.
func hasWordPrefix(word string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(word, s) {
			return true
		}
	}
	return false
}

// IsQualificationItem reports a list item that names what a candidate
// must bring: a diploma, years of experience, knowledge of something
// ("Au moins cinq ans d'expérience…", "Bachelor's degree in…").
func IsQualificationItem(text string) bool {
	if len(text) > maxQualificationItemBytes {
		return false
	}
	k := normKey(text)
	for _, st := range qualificationStems {
		if strings.Contains(k, st) {
			return true
		}
	}
	return false
}

// maxQualificationItemBytes bounds an item read for qualification words:
// a criterion is a sentence or two, a longer text is prose.
const maxQualificationItemBytes = 400

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
		if furnitureWords[w] || w == "|" || w == "©" {
			n++
		}
	}
	return 2*n >= len(ws) && len(ws) > 1
}
