package vocab

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// cutField is bytes.TrimLeftFunc then bytes.IndexFunc at unicode.IsSpace.
func TestCutField(t *testing.T) {
	ref := func(k []byte) (w, rest []byte) {
		k = bytes.TrimLeftFunc(k, unicode.IsSpace)
		if i := bytes.IndexFunc(k, unicode.IsSpace); i >= 0 {
			return k[:i], k[i:]
		}
		return k, nil
	}
	for _, s := range []string{
		"", " ", "  a", "a", "ab cd", "\t\v\f\r\nx y", "a\u00a0b", "\u00a0\u2003word\u3000next",
		"\x85x", "\xff\xfe a", "é à", "avis de vacance", " x\u0085y", "a\x1fb", "trail ",
	} {
		w, rest := cutField([]byte(s))
		rw, rrest := ref([]byte(s))
		if string(w) != string(rw) || string(rest) != string(rrest) {
			t.Errorf("cutField(%q) = %q, %q; want %q, %q", s, w, rest, rw, rrest)
		}
	}
}

func FuzzCutField(f *testing.F) {
	f.Add("a b\u00a0c\u2028d")
	f.Fuzz(func(t *testing.T, s string) {
		w, rest := cutField([]byte(s))
		k := bytes.TrimLeftFunc([]byte(s), unicode.IsSpace)
		rw, rrest := k, []byte(nil)
		if i := bytes.IndexFunc(k, unicode.IsSpace); i >= 0 {
			rw, rrest = k[:i], k[i:]
		}
		if string(w) != string(rw) || string(rest) != string(rrest) {
			t.Errorf("cutField(%q) = %q, %q; want %q, %q", s, w, rest, rw, rrest)
		}
	})
}

// Genre's test of a title's colon: the last ": " with no colon after it.
func FuzzLastColon(f *testing.F) {
	f.Add("Title: call for proposals")
	f.Add("a: b: c")
	f.Add("a: b:c")
	f.Fuzz(func(t *testing.T, text string) {
		i := strings.LastIndex(text, ": ")
		want := i > 0 && !strings.Contains(text[i+2:], ":")
		j := lastColon(text)
		got := j > 0 && j+1 < len(text) && text[j+1] == ' '
		if got != want || got && i != j {
			t.Errorf("%q: got %v at %d, want %v at %d", text, got, j, want, i)
		}
	})
}

func TestDescribesPost(t *testing.T) {
	for h, want := range map[string]bool{
		"Job Description": true, "Votre rôle": true, "About the role": true, "Description du poste": true,
		"About us": false, "Overview": false, "Company description": false,
	} {
		if got := DescribesPost(h); got != want {
			t.Errorf("DescribesPost(%q) = %v, want %v", h, got, want)
		}
	}
}

func TestWithoutFurniturePrefix(t *testing.T) {
	for in, want := range map[string]string{
		"Skip to main content EDC": "EDC",
		"For further information on the organization, please visit Royal Canadian Mounted Police": "please visit Royal Canadian Mounted Police",
		"Royal Canadian Mounted Police":            "Royal Canadian Mounted Police",
		"See who Manulife has hired for this role": "Manulife has hired for this role",
	} {
		if got := WithoutFurniturePrefix(in); got != want {
			t.Errorf("WithoutFurniturePrefix(%q) = %v, want %v", in, got, want)
		}
	}
}

// moreKeyWordsThan is a bound: whenever it says a text's key has more
// than n words, words.Count of normKey says so too (IsFurniture skips the
// key on its word).
func TestMoreKeyWordsThan(t *testing.T) {
	texts := randtext.Joined(36, 20000, 14, []string{
		"a", "Bc", "9", "1.", "iv.", "(b)", "4.1", " ", "  ", "\t", "\u00a0", "\u2003", "–", "-", "*", ":", "?", "_",
		"é", "É", "ß", "\u0301", "İ", "\u212a", "\xff", "’", "/", "|", ".",
	},
		"", "a b c d e f g h i j", "1. a b c d e f g h i", "(b) Careers at NATO", "– – – – – – – – – – a",
		"4.1 Job Search Careers Login Register Help Contact Home Privacy")
	for _, s := range texts {
		for n := 0; n <= 9; n++ {
			if moreKeyWordsThan(s, n) && words.CountAtMost(normKey(s), n) <= n {
				t.Fatalf("moreKeyWordsThan(%q, %d): key %q has %d words", s, n, normKey(s), words.Count(normKey(s)))
			}
		}
	}
}

// AfterLastSpacedDash reads spaces from the end; the reference is the
// three strings.LastIndex it replaced.
func TestAfterLastSpacedDash(t *testing.T) {
	ref := func(text string) (string, bool) {
		best := -1
		for _, d := range []string{" – ", " — ", " - "} {
			if i := strings.LastIndex(text, d); i >= 0 && i+len(d) > best {
				best = i + len(d)
			}
		}
		if best < 0 || best >= len(text) {
			return "", false
		}
		return text[best:], true
	}
	texts := randtext.Texts(3, 100000, 12, "a -–—", "a - b", "a – b — c", "a - - b", "a - ", " - ", "–", "x — y - z")
	for _, s := range texts {
		got, ok := AfterLastSpacedDash(s)
		want, wok := ref(s)
		if got != want || ok != wok {
			t.Errorf("AfterLastSpacedDash(%q) = %q, %v; want %q, %v", s, got, ok, want, wok)
		}
	}
}

// placeCurrency builds its key and cuts its words on the stack; the
// reference is the strings it built before.
func TestPlaceCurrency(t *testing.T) {
	punct := strings.NewReplacer("(", " ", ")", " ", ",", " ")
	ref := func(place string, table map[string]string) string {
		if !strings.ContainsFunc(place, unicode.IsUpper) {
			return ""
		}
		ws := strings.Fields(normKey(punct.Replace(place)))
		for i := range ws {
			if i+1 < len(ws) {
				if code, ok := table[ws[i]+" "+ws[i+1]]; ok {
					return code
				}
			}
			if code, ok := table[ws[i]]; ok {
				return code
			}
		}
		return ""
	}
	texts := randtext.Joined(5, 50000, 6, []string{"New", " ", "York", "Brunswick", "(", ")", ",", "Québec", "Ottawa",
		"Nord-Ouest", "Territoires", "du", "\u00a0", "Côte", "d’Ivoire", "1.", "Dakar", ":", "É", "x"},
		"New Brunswick", "Sudbury, Ontario", "Yaoundé (Cameroun)", "(Ottawa)", "Prince Edward Island,Canada", "")
	for _, s := range texts {
		for _, table := range []*placeTable{dollarPlaces, cfaPlaces} {
			if got, want := placeCurrency(s, table), ref(s, table.codes); got != want {
				t.Errorf("placeCurrency(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

func TestLinkedOrganisationEndsWithName(t *testing.T) {
	for in, want := range map[string]string{
		"For further information on the organization, please visit Parole Board of Canada":                                            "Parole Board of Canada",
		"For further information on the organization, please visit Parole Board of Canada and follow us on LinkedIn.":                 "Parole Board of Canada",
		"For further information on the organization, please visit NATO's website at www.nato.int":                                    "",
		"Pour de plus amples renseignements sur l'organisation, veuillez consulter Recherche et développement pour la défense Canada": "Recherche et développement pour la défense Canada",
		"For further information on the organization, please visit Queen's University":                                                "Queen's University",
	} {
		got, ok := LinkedOrganisation(in)
		if !ok || got != want {
			t.Errorf("LinkedOrganisation(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
