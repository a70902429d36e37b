package vocab

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"golang.org/x/text/transform"
)

// TestFoldTablesMatchChain checks the generated foldtable.go against the
// normalisation chain it was generated from (after an x/text upgrade,
// `go generate ./parser/internal/vocab` rewrites it), and foldString's fast path against
// the chain on mixed text.
func TestFoldTablesMatchChain(t *testing.T) {
	chain := foldAccents.Get().(transform.Transformer)
	defer foldAccents.Put(chain)
	for _, rg := range [][2]rune{{0x80, 0x250}, {0x2000, 0x2070}} {
		for r := rg[0]; r < rg[1]; r++ {
			want, _, err := transform.String(chain, string(r))
			if err != nil {
				t.Fatal(err)
			}
			got, ok := foldRune(r)
			if !ok {
				got = string(r)
			}
			if got != want {
				t.Errorf("foldRune(%U) = %q, the chain gives %q: run go generate ./parser/internal/vocab", r, got, want)
			}
		}
	}
	for _, s := range []string{
		"Date limite de dépôt des candidatures",
		"Rémunération mensuelle : 1 200 €",
		"Œuvre, Ærø, Łódź, naïve façade",
		"e\u0301te\u0301 (combining accents)",
		"Ελληνικά και café",
		"bad \xff byte é",
	} {
		want, _, err := transform.String(chain, s)
		if err != nil {
			t.Fatal(err)
		}
		if got := foldString(s); got != want {
			t.Errorf("foldString(%q) = %q, want %q", s, got, want)
		}
	}
}

// normKeyRegexp is normKey as it was written first, with regular
// expressions and string functions: the reference the fast paths of
// appendNormKey and appendFirstKeyWord are checked against.
func normKeyRegexp(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if !words.IsASCII(s) {
		s = keyReplacer.Replace(foldString(s))
	}
	if i := strings.IndexAny(s, ".)"); i >= 0 && i <= 4 {
		s = reLeadNumberRef.ReplaceAllString(s, "")
	}
	s = strings.TrimRight(s, " :?!.*")
	s = strings.Trim(s, " *_")
	return regexp.MustCompile(`[\t\n\f\r ]+`).ReplaceAllString(s, " ")
}

var reLeadNumberRef = regexp.MustCompile(`^(?:(?:\d{1,2}|[a-z])(?:\.\d{1,2})+\.?|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\))\s+`)

func firstKeyWordRegexp(text string) string {
	text = strings.TrimSpace(text)
	if m := reLeadNumberRef.FindStringIndex(strings.ToLower(text)); m != nil {
		text = text[m[1]:]
	}
	text = strings.TrimLeft(text, " *_")
	if i := strings.IndexAny(text, " -\u00a0"); i > 0 {
		text = text[:i]
	}
	return normKeyRegexp(text)
}

// keyTexts are labels, headings and prose with every case the key
// functions treat apart: section numbers, accents, typographic
// punctuation, other scripts, bad bytes, the letters that lower-case to
// ASCII, white space of every kind.
func keyTexts() []string {
	texts := []string{
		"", " ", "Location:", "  Primary   Location : ", "1. SUMMARY", "12) Competencies", "123. Foo", "iv. Values",
		"IV.\tVALUES", "4.1 Essential criteria", "4.1. Essential", "4.12.3 x", "4.123 x", "4.1x", "4. 1 x", "ivxi. x", "a)  Essential:", "A. Smith", "x.", "1.", "1. ", "(a) Foo", "* Essential *", "_Essential_",
		"Résumé du poste", "RÉSUMÉ DU POSTE", "Compétences\u00a0requises", "Ce que propose l’OTAN", "Qualifications – expérience",
		"Séance d'information : mardi", "İ. Summary", "iİ. Summary", "K) Summary", "\u212a. Foo", "ǅ Ǆ ǆ", "Ελληνικά και café",
		"e\u0301te\u0301", "bad \xff byte é", "\ufffd x", "Œuvre, Ærø, Łódź", "foo\t:", "foo :\t", "a\u2002b", "Salaire (Base de paie) :1 286,09",
		"INFO-SESSION ON THE VACANCY", "Date limite de candidature?", "What do we offer?!", "\u00a0\u00a0Lieu",
	}
	// Random texts from an alphabet of the characters that matter.
	alphabet := []rune("aAiIvVxX19 .):?!*_-\t\néÉ’‘\u00a0\u202f–—İ\u212aΩœ\u0301\u2002\u2019")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		n := rng.IntN(12)
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestNormKeyMatchesRegexp(t *testing.T) {
	for _, s := range keyTexts() {
		if got, want := normKey(s), normKeyRegexp(s); got != want {
			t.Errorf("normKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := firstKeyWord(s), firstKeyWordRegexp(s); got != want {
			t.Errorf("firstKeyWord(%q) = %q, want %q", s, got, want)
		}
		want := 0
		if m := reLeadNumberRef.FindStringIndex(strings.ToLower(s)); m != nil {
			want = m[1]
		}
		if words.IsASCII(s) {
			if got := stream.LeadNumberLen(s); got != want {
				t.Errorf("LeadNumberLen(%q) = %d, want %d", s, got, want)
			}
		}
		if got := stream.LeadNumberLen(strings.ToLower(s)); got != want {
			t.Errorf("LeadNumberLen(lower %q) = %d, want %d", s, got, want)
		}
	}
}

// TestLowersToASCII backs lowersToASCIIAtStart: U+0130 and U+212A are the
// only runes outside ASCII that unicode.ToLower maps into it.
func TestLowersToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != '\u0130' && r != '\u212a' {
			t.Errorf("unicode.ToLower(%U) = %q", r, l)
		}
	}
}

func TestLookupKeyDoesNotAllocate(t *testing.T) {
	v := Default()
	allocs := testing.AllocsPerRun(100, func() {
		lookupKey(v.fieldByKey, "Emplacement principal")
		lookupKey(v.headingByKey, "RÉSUMÉ DU POSTE :")
		v.Heading("The intern will be expected to learn about the key principles of the Division.")
		v.Heading("2. Compétences requises")
	})
	if allocs != 0 {
		t.Errorf("%v allocations, want 0", allocs)
	}
}

func TestMaxFieldLabelWords(t *testing.T) {
	if n := Default().fieldKeysLen[0]; n > maxFieldLabelWords {
		t.Errorf("a label has %d words: raise maxFieldLabelWords", n)
	}
}

func TestLeadingFields(t *testing.T) {
	texts := randtext.Texts(8, 20000, 12, "ab \t\u00a0\u2003\v:\xff", "", " a  b ", "Primary Location: Brussels")
	for _, s := range texts {
		all := strings.Fields(s)
		for _, max := range []int{1, 3, 8} {
			ws, ends := make([]string, max), make([]int, max)
			n := leadingFields(s, ws, ends)
			if want := all[:min(max, len(all))]; !slices.Equal(ws[:n], want) {
				t.Fatalf("leadingFields(%q, %d) = %q, want %q", s, max, ws[:n], want)
			}
			for i := 1; i <= n; i++ {
				if got, want := strings.Fields(s[ends[i-1]:]), all[i:]; !slices.Equal(got, want) {
					t.Fatalf("leadingFields(%q): after word %d, %q, want %q", s, i, got, want)
				}
				joined := strings.Join(all[:i], " ")
				if cand := s[strings.Index(s, all[0]):ends[i-1]]; singleSpaced(cand) != (cand == joined) {
					t.Fatalf("singleSpaced(%q) = %v", cand, singleSpaced(cand))
				}
			}
		}
	}
}

// afterBannerReference is AfterBanner as it was before its first word of
// letters was keyed apart: the reference TestAfterBanner checks it
// against.
func afterBannerReference(text string) (rest string, ok bool) {
	phrases()
	t := strings.TrimSpace(text)
	for {
		var buf [64]byte
		w := appendNormKey(buf[:0], strings.TrimRightFunc(words.Leading(t, 1), unicode.IsSpace))
		if i := bytes.IndexByte(w, ' '); i >= 0 {
			w = w[:i]
		}
		if len(w) > 0 && bannerSet.first[string(w)] == 0 {
			return t, ok
		}
		k := normKey(words.Leading(t, 2*bannerSet.maxWords()+1))
		r, found := bannerSet.prefix(k)
		if !found {
			return t, ok
		}
		ok = true
		n := len(strings.Fields(k)) - len(strings.Fields(r))
		ws := strings.Fields(t)
		if n >= len(ws) {
			return "", true
		}
		t = strings.Join(ws[n:], " ")
		t = strings.TrimLeft(t, "/|:–- ")
	}
}

func TestAfterBanner(t *testing.T) {
	texts := []string{"", "VACANCY", "Vacancy 261032", "STAFF VACANCY 261032", "VACANCY NOTIFICATION / NOTIFICATION DE LA VACANCE DU POSTE",
		"Vacancy\u00a0notice", "Vacancy:", "Vacancy\tnotice", "vacancy\vnotice", "VN/26", "1. Vacancy", "Job opening – 2026",
		"Vacancyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy notice", "NATO UNCLASSIFIED Vacancy notice 12"}
	texts = append(texts, randtext.Texts(11, 30000, 30, "VvAaCcNnYyTtIiOoSsFf  \t\u00a0:/–-1é\xff", "")...)
	// Lines of banner words and others, in any case, with any separator.
	pieces := []string{"VACANCY", "vacancy", "Notification", "NOTICE", "staff", "avis", "de", "vacance", "poste", "Job", "opening",
		"NATO", "unclassified", "offre", "d'emploi", "261032", "VN/26", "Lieu", "é", "Vacancy:", " ", "  ", "\t", "\u00a0", "/", "|", " – ", "1."}
	rng := rand.New(rand.NewPCG(12, 7))
	for range 30000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		rest, ok := AfterBanner(s)
		wantRest, wantOK := afterBannerReference(s)
		if rest != wantRest || ok != wantOK {
			t.Errorf("AfterBanner(%q) = %q, %v, want %q, %v", s, rest, ok, wantRest, wantOK)
		}
	}
}

// prefixReference is phraseSet.prefix as it was before it split and
// joined words in buffers on the stack.
func prefixReference(ps *phraseSet, k string) (rest string, ok bool) {
	ws := strings.Fields(k)
	if len(ws) == 0 || ps.first[ws[0]] == 0 {
		return "", false
	}
	for _, n := range ps.byLen {
		if n <= len(ws) && ps.keys[strings.Join(ws[:n], " ")] {
			return strings.Join(ws[n:], " "), true
		}
	}
	return "", false
}

func TestPhrasePrefix(t *testing.T) {
	phrases()
	pieces := []string{"vacancy", "notification", "notice", "staff", "avis", "de", "la", "vacance", "du", "poste", "job", "opening",
		"nato", "unclassified", "otan", "sans", "classification", "offre", "d'emploi", "261032", "open", "to", "nationals", "of",
		"member", "states", "only", "x", " ", "  ", "\t", "\u2003", "\u00a0", "\xff"}
	rng := rand.New(rand.NewPCG(16, 7))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		k := b.String()
		for _, ps := range []*phraseSet{bannerSet, postSet, furnitureSet, genreSet} {
			rest, ok := ps.prefix(k)
			wantRest, wantOK := prefixReference(ps, k)
			if rest != wantRest || ok != wantOK {
				t.Errorf("prefix(%q) = %q, %v, want %q, %v", k, rest, ok, wantRest, wantOK)
			}
			if got, want := ps.contains(k), prefixReferenceAnywhere(ps, k); got != want {
				t.Errorf("contains(%q) = %v, want %v", k, got, want)
			}
		}
	}
}

// prefixReferenceAnywhere is phraseSet.contains written with
// prefixReference.
func prefixReferenceAnywhere(ps *phraseSet, k string) bool {
	ws := strings.Fields(k)
	for i := range ws {
		if _, ok := prefixReference(ps, strings.Join(ws[i:], " ")); ok {
			return true
		}
	}
	return false
}

// A bare "Conditions" heading (and "Special conditions") heads the post's
// terms, which end the lists of criteria above it.
func TestConditionsHeadTheTerms(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Conditions":               "contract",
		"4. CONDITIONS":            "contract",
		"Conditions particulières": "contract",
		"Special conditions":       "contract",
		"Conditions d'admission":   "eligibility",
	} {
		if got, ok := v.Heading(in); !ok || got != want {
			t.Errorf("Heading(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
}

// "What would help", "It would help if you have" and "You'll stand out
// with:" head assets; a sentence that says something would help is no
// heading.
func TestWouldHelpHeadsAssets(t *testing.T) {
	v := Default()
	for _, in := range []string{"What would help", "WHAT WOULD HELP", "It would help if you have", "What would help:",
		"You'll stand out with:", "Vous vous démarquerez par :"} {
		if got, ok := v.Heading(in); !ok || got != "desirable" {
			t.Errorf("Heading(%q) = %q, %v, want desirable", in, got, ok)
		}
	}
	if got, ok := v.Heading("A dehumidifier in the hall over the winter would help."); ok {
		t.Errorf("Heading(sentence) = %q, want none", got)
	}
}

// "How you work" / "Votre façon de travailler" head the qualities a
// notice asks for; a sentence about how the team works is no heading.
func TestHowYouWorkHeadsCompetencies(t *testing.T) {
	v := Default()
	for _, in := range []string{"How you work", "HOW WE WORK", "Votre façon de travailler", "How we work:"} {
		if got, ok := v.Heading(in); !ok || got != "competencies" {
			t.Errorf("Heading(%q) = %q, %v, want competencies", in, got, ok)
		}
	}
	if got, ok := v.Heading("How we work with partners across the region is changing."); ok {
		t.Errorf("Heading(sentence) = %q, want none", got)
	}
}

// "Qualities we look for" heads the qualities a post asks for, "Conditions
// et profil" and "Titres et conditions requis" the criteria, in both
// languages; "What we are looking for" stays the criteria's heading and
// "Conditions" alone the contract's.
func TestQualitiesAndCriteriaHeadings(t *testing.T) {
	v := Default()
	for h, want := range map[string]string{
		"Qualities we look for":                  "competencies",
		"Qualities we look for:":                 "competencies",
		"Qualités que nous recherchons":          "competencies",
		"II. Conditions et profil":               "essential",
		"Conditions and profile":                 "essential",
		"3. Titres et conditions requis":         "essential",
		"Required qualifications and conditions": "essential",
	} {
		if k, ok := v.Heading(h); !ok || k != want {
			t.Errorf("Heading(%q) = %q, %v; want %s", h, k, ok, want)
		}
	}
	if k, _ := v.Heading("Conditions"); k == "essential" {
		t.Errorf("Heading(Conditions) = essential")
	}
	if k, _ := v.Heading("What we are looking for"); k != "essential" {
		t.Errorf("Heading(What we are looking for) = %q, want essential", k)
	}
}
