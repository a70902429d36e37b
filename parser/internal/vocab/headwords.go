package vocab

import (
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// maxWordHeadingWords bounds a heading classified by its words: notices
// head their parts with a few words ("Ce que la Ville t'offre", "Why join
// our team?"); a longer line is a sentence that happens to name duties or
// benefits.
const maxWordHeadingWords = 7

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
	if HasPostWord(t) || IsBanner(t) {
		return "", false // "APPEL À CANDIDATURES": the notice's banner, no part of it
	}
	// Words split at elisions too: "t'offre", "l'equipe".
	fs := strings.FieldsFunc(normKey(t), func(r rune) bool { return r == ' ' || r == '\'' })
	if len(fs) > 1 && possessives[fs[0]] {
		if k, ok := v.Heading(strings.Join(fs[1:], " ")); ok {
			return k, true
		}
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
