// Package furniture recognises page furniture: the lines a document
// prints on its pages rather than in its text, such as page numbers and
// security markings. The PDF text layer drops them from page margins, and
// the plain-text reader from text dumps, by the same rules.
package furniture

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The words of page numbers, in the languages of the notices and of the
// producers whose templates they are made with. "page" covers English
// and French; an entry with a dot is an abbreviation.
var (
	pageWords = []string{"page", "p.", "seite", "pagina", "página"}
	ofWords   = []string{"of", "sur", "de", "von", "di"} // "2 of 7", "2 sur 7"
)

// maxPageDigits bounds the digits of a page number: a line "20250" is
// a number in the text, not a page.
const maxPageDigits = 4

// rePageNumber is a whole line that is a page number: "3", "Page 3",
// "Page 3 of 9", "3/9", "- 3 -", "(3)", "[3]", "p. 3".
// (It and rePageLabel are compiled on their first use: most parses of a
// Markdown or HTML file never ask, and every process paid 0.5M
// instructions to compile them at its start.)
var rePageNumber = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(strings.NewReplacer("PAGE", alternatives(pageWords), "OF", alternatives(ofWords),
		"N", `\d{1,`+strconv.Itoa(maxPageDigits)+`}`).Replace(
		`(?i)^(?:[-–—]\s*)?(?:(?:PAGE)\s*)?(?:N|\(N\)|\[N\])(?:\s*(?:/|OF)\s*N)?(?:\s*[-–—])?$`))
})

func alternatives(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// IsPageNumber reports whether line, white space aside, is only a page
// number.
func IsPageNumber(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && len(line) <= 40 && hasDigit(line) && rePageNumber().MatchString(line)
}

// hasDigit reports an ASCII digit in s: what every page number has, and
// what rejects most lines before a regular expression runs. (A loop:
// strings.ContainsAny builds its set of bytes at every line.)
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// rePageLabel is a page number that cannot be anything else in a text:
// with a page word ("Page 3", "p. 3"), a page count ("3 of 9", "3/9") or
// set between dashes ("- 3 -"). A bare "3", "(3)" or "[3]" may as well be
// a list marker or a number wrapped onto a line of its own. A count
// without a page word has short numbers (M): "2025/2026" is a span of
// years.
var rePageLabel = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(strings.NewReplacer("PAGE", alternatives(pageWords), "OF", alternatives(ofWords),
		"N", `\d{1,`+strconv.Itoa(maxPageDigits)+`}`, "M", `\d{1,`+strconv.Itoa(maxPageDigits-1)+`}`).Replace(
		`(?i)^(?:(?:PAGE)\s*N(?:\s*(?:/|OF)\s*N)?|M\s*(?:/|OF)\s*M|[-–—]\s*N\s*[-–—])$`))
})

// IsPageLabel reports whether line, white space aside, is a page number
// that says so (see rePageLabel): furniture wherever it stands, even
// between two lines of a sentence.
func IsPageLabel(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && len(line) <= 40 && hasDigit(line) && rePageLabel().MatchString(line)
}

// Security markings, the classification a NATO document prints at the
// top and foot of every page, in English and French. A marking line is
// one or more of them (the two languages side by side, "NATO UNCLASSIFIED
// / NON CLASSIFIÉ"), letter-spaced or not ("N A T O  U N C L A S S I F I
// E D"), possibly followed by a releasability caveat ("RELEASABLE TO
// …"). Only the levels a published document can carry are markings:
// NATO UNCLASSIFIED, RESTRICTED and the marking of documents made
// public. A notice is public, so a line reading "NATO SECRET" or "NATO
// CONFIDENTIAL" in it is no page's marking but the clearance the post
// asks for, a field's value.
var (
	markingBodies = []string{"NATO", "OTAN", "NATO/EAPC", "OTAN/CPEA", "NATO/PFP", "OTAN/PPP", "EAPC", "CPEA"}
	// markingLevels follow a body ("NATO UNCLASSIFIED"); the first ones
	// may also stand alone.
	markingLevels = []string{
		"UNCLASSIFIED", "SANS CLASSIFICATION", "NON CLASSIFIÉ", "DIFFUSION RESTREINTE", "RESTRICTED",
	}
	markingAlone   = 4 // markingLevels[:markingAlone] stand without a body
	markingPhrases = []string{
		"PUBLICLY DISCLOSED", "PUBLICLY RELEASED", "MIS EN LECTURE PUBLIQUE", "MISE EN LECTURE PUBLIQUE",
	}
	// markingCaveats open the end of a marking line: whom it may be
	// released to.
	markingCaveats = []string{"RELEASABLE TO", "DIFFUSABLE À", "DIFFUSABLE AUX", "DIFFUSABLE AU"}
)

// markingSeparators may stand between the parts of a marking line.
const markingSeparators = " \t\u00a0/|-–—·•,"

// maxMarkingBytes bounds a marking line: two markings side by side with
// a caveat, letter-spaced, are under 120 bytes.
const maxMarkingBytes = 160

// markingKeys and caveatKeys are the markings and caveats as markingKey
// spells them.
var markingKeys, caveatKeys = func() ([]string, []string) {
	var ks []string
	for _, b := range markingBodies {
		for _, l := range markingLevels {
			ks = append(ks, string(markingKey(nil, b+" "+l)))
		}
	}
	for _, l := range markingLevels[:markingAlone] {
		ks = append(ks, string(markingKey(nil, l)))
	}
	for _, p := range markingPhrases {
		ks = append(ks, string(markingKey(nil, p)))
	}
	var cs []string
	for _, c := range markingCaveats {
		cs = append(cs, string(markingKey(nil, c)))
	}
	return ks, cs
}()

// markingKey appends to dst the letters of s without accents: the
// spacing and the separators of a marking vary, its letters do not. It
// returns nil when s holds anything but capitals and markingSeparators:
// markings are printed in capitals, and most lines of text are rejected
// at their first small letter, before anything is appended.
func markingKey(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf && 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r) {
			return nil
		}
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			dst = append(dst, byte(r))
		case strings.ContainsRune(markingSeparators, r):
		case unicode.IsUpper(r):
			// An accented capital: its base letter.
			base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r)))
			if base >= utf8.RuneSelf {
				return nil
			}
			dst = append(dst, byte(base))
		default:
			return nil
		}
	}
	return dst
}

// IsMarking reports whether line is a security-marking line (see
// markingBodies): furniture wherever it stands.
func IsMarking(line string) bool {
	if len(line) > maxMarkingBytes {
		return false
	}
	var kbuf [maxMarkingBytes]byte
	k := markingKey(kbuf[:0], line)
	if len(k) == 0 {
		return false
	}
	// The markings may follow each other in any order: reach[i] says
	// that k[:i] is a run of markings.
	var buf [maxMarkingBytes + 1]bool
	reach := buf[:len(k)+1]
	reach[0] = true
	for i := 0; i < len(k); i++ {
		if !reach[i] {
			continue
		}
		for _, m := range markingKeys {
			if bytes.HasPrefix(k[i:], []byte(m)) {
				reach[i+len(m)] = true
			}
		}
		if i > 0 {
			for _, c := range caveatKeys {
				if bytes.HasPrefix(k[i:], []byte(c)) {
					return true // the rest names whom it is released to
				}
			}
		}
	}
	return reach[len(k)]
}
