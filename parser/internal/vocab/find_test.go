package vocab

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/stretchr/testify/assert"
	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

func TestFindLabels(t *testing.T) {
	v := Default()
	type span struct {
		text, field, kind string
		colon, glued      bool
	}
	tests := []struct {
		in   string
		want []span
	}{
		{"Primary LocationBE-MonsNATO BodySupreme Headquarters Allied Powers Europe (SHAPE)ScheduleFull-timeApplication Deadline17-Apr-2026, 11:59:00 PMSalary (Pay Basis)7,068.58Euro (EUR)MonthlyGradeA.3 / NATO Grade G17Description",
			[]span{{"Primary Location", "location", "", false, true}, {"NATO Body", "organisation", "", false, true}, {"Schedule", "schedule", "", false, true},
				{"Application Deadline", "deadline", "", false, true}, {"Salary (Pay Basis)", "salary", "", false, true}, {"Grade", "grade", "", false, true},
				{"Description", "", "description", false, true}}},
		{"Location: Capellen, Luxembourg Company: NSPA", []span{{"Location", "location", "", true, false}, {"Company", "organisation", "", true, false}}},
		{"Emplacement principal : Belgique-Bruxelles", []span{{"Emplacement principal", "location", "", true, false}}},
		{"LocationHaut-UéléJob FieldMining / Safety", []span{{"Location", "location", "", false, true}, {"Job Field", "job_family", "", false, true}}},
		{"ALLOCATION OF FUNDS", nil},
		{"The Locations of the offices", nil},
		{"The location of the post is Mons", nil},
		{"PRINCIPAL DUTIESThe incumbent's duties are:", []span{{"PRINCIPAL DUTIES", "", "accountabilities", false, true}}},
		{"262318 Requisition #", []span{{"Requisition #", "reference", "", false, false}}},
		// A label read only before its colon, glued on: a field's when
		// a value follows, a longer label's first word when a word in
		// small letters does.
		{"Lieu : Station de Bouskoura, CasablancaÉchelle : Échelle 11", []span{{"Lieu", "location", "", true, false}, {"Échelle", "grade", "", true, true}}},
		{"Statut : Temps pleinÉchelle salarialede 78 500 $", []span{{"Statut", "contract_type", "", true, false}}},
		{"Work placeVilnius, LithuaniaWork typeFull-time", []span{{"Work place", "location", "", false, true}, {"Work type", "schedule", "", false, true}}},
	}
	for _, tt := range tests {
		var got []span
		for _, s := range v.FindLabels(tt.in) {
			got = append(got, span{tt.in[s.Start:s.End], s.Field, s.Kind, s.Colon, s.Glued})
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// TestLeadingSpan checks LeadingSpan against the first span of FindLabels
// on texts that open with a label, a heading, or neither.
func TestLeadingSpan(t *testing.T) {
	v := Default()
	for _, text := range []string{
		"Core Competencies Staff are expected to work across teams.",
		"PRINCIPAL DUTIESThe incumbent's duties are:",
		"Location: Capellen, Luxembourg Company: NSPA",
		"Emplacement principal : Belgique-Bruxelles",
		"Description",
		"The location of the post is Mons",
		"262318 Requisition #",
		"Qualifications et expérience requises Le titulaire doit avoir",
		"Ééé",
		"",
	} {
		var want *Span
		if spans := v.FindLabels(text); len(spans) > 0 && spans[0].Start == 0 {
			want = &spans[0]
		}
		got, ok := v.LeadingSpan(text)
		if want == nil {
			assert.False(t, ok, "%q: %+v", text, got)
			continue
		}
		assert.True(t, ok, text)
		assert.Equal(t, *want, got, text)
	}
}

// TestFindLabelsShortcut holds FindLabels, which searches only the start
// and the end of a text without a colon or a glued label, to the search
// of every word, on the lines of the corpus and on lines glued together.
func TestFindLabelsShortcut(t *testing.T) {
	v := Default()
	files, _ := filepath.Glob("../../../corpus/*.txt")
	require.NotEmpty(t, files)
	var lines []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	n := len(lines)
	for i := 0; i+1 < n; i++ {
		a, b := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		lines = append(lines, a+b, a+" "+b, b+" "+a)
	}
	differ := 0
	for _, text := range lines {
		want := v.findFrom(v.trie(), text, 0, 0, nil)
		if len(text) > maxFindBytes {
			want = nil
		}
		got := v.FindLabels(text)
		if !assert.Equal(t, want, got, "%q", text) {
			if differ++; differ > 10 {
				t.FailNow()
			}
		}
	}
	t.Logf("%d texts", len(lines))
}

// TestMayLead holds LeadingSpan, which lets go of a text on the trie
// path it starts with, to the search it spares: on the lines of the
// corpus, on every label and heading of the tables as written, in
// capitals, glued to a value or followed by a colon, and on random texts.
func TestMayLead(t *testing.T) {
	v := Default()
	files, _ := filepath.Glob("../../../corpus/*.txt")
	require.NotEmpty(t, files)
	var texts []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	var phrases []string
	for _, f := range v.fields {
		phrases = append(phrases, f.EN, f.FR)
	}
	for _, h := range v.headings {
		phrases = append(phrases, strings.TrimSuffix(h.EN, "*"), strings.TrimSuffix(h.FR, "*"))
	}
	for _, p := range phrases {
		texts = append(texts, p, strings.ToUpper(p), p+"Brussels", p+" : x", " "+p, "1. "+p, p+"\u00a0: x")
	}
	texts = append(texts, randtext.Texts(11, 20000, 12, "lLocatinDdeSsalry ’'\u00a0–-:.1éÉ\xff", "")...)
	for _, text := range texts {
		want, wantOK := v.leadingSpan(text)
		got, ok := v.LeadingSpan(text)
		if ok != wantOK || got != want {
			t.Errorf("LeadingSpan(%q) = %+v, %v; the whole search says %+v, %v", text, got, ok, want, wantOK)
		}
	}
	t.Logf("%d texts", len(texts))
}

// TestMayGlue checks mayGlue, which answers ASCII without the unicode
// tables, against its first writing.
func TestMayGlue(t *testing.T) {
	v := Default()
	want := func(text string) bool {
		var p, c rune = ' ', ' '
		for _, n := range text + " " {
			switch {
			case unicode.IsUpper(c) && (unicode.IsLetter(p) || unicode.IsDigit(p)) &&
				(unicode.IsLower(n) || !unicode.IsUpper(p)):
				return true
			case (p == ')' || p == ']') && (unicode.IsLetter(c) || unicode.IsDigit(c)):
				return true
			case (p == '-' || p == '.') && unicode.IsUpper(c):
				return true
			case (unicode.IsDigit(c) || c == '€' || c == '$' || c == '£') && !isKeySpace(p) && v.mayEndKey(p):
				return true
			case (c == '.' || c == '#' || c == '°' || c == 'º') && (unicode.IsUpper(n) || unicode.IsDigit(n) || n == '€' || n == '$' || n == '£') && v.mayEndKey(p):
				return true
			}
			p, c = c, n
		}
		return false
	}
	texts := randtext.Texts(14, 50000, 6, "aA1 )].-€$£ÉéΣσ٣\xff\u00a0#°", "", "LocationBE", "No.1GNC", "(SHAPE)Schedule", "Deadline17", "x-Y")
	// Longer texts, mostly of lower-case letters and spaces.
	texts = append(texts, randtext.Texts(15, 50000, 24, "abcdefgh     aA1 )].-€$£É\xff", "")...)
	for _, s := range texts {
		if got := v.mayGlue(s); got != want(s) {
			t.Errorf("mayGlue(%q) = %v, want %v", s, got, want(s))
		}
	}
}

// TestFoldedEnd checks folded.end, worked out when asked, against the
// end of each key byte's rune as fold once kept it: the rune's length
// after its offset, one byte for a bad byte or U+FFFD.
func TestFoldedEnd(t *testing.T) {
	for _, s := range randtext.Texts(29, 20000, 12, "aB \t\u00a0\u202f’–éÉ\ufffd\xff\u0130ß", "", " ", "a\ufffdb", "\xe2\x80") {
		var f folded
		f.fold(s, 0)
		endAt := map[int]int{} // a rune's offset → its end, as fold kept it
		for i, r := range s {
			endAt[i] = i + utf8.RuneLen(r)
			if r == utf8.RuneError {
				endAt[i] = i + 1
			}
		}
		for j := range f.key {
			if got, want := f.end(s, j), endAt[f.start[j]]; got != want {
				t.Fatalf("fold(%q): end of key byte %d = %d, want %d", s, j, got, want)
			}
		}
	}
}

// TestFunctionTable checks addASCIIWord's hash table against addWord, on
// every function word of the default vocabulary in capitals and small
// letters, cut short and lengthened, and on random words of letters and
// apostrophes, each with the bytes that follow it in a text.
func TestFunctionTable(t *testing.T) {
	v := Default()
	words := randtext.Texts(41, 30000, 15, "aeilnostudrqcmp'AEZ", "")
	for c := range v.functionByFirst {
		for _, f := range v.functionByFirst[c] {
			words = append(words, f.word, strings.ToUpper(f.word), f.word+"s", f.word[:len(f.word)-1], "x"+f.word)
		}
	}
	for _, w := range words {
		if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'") != "" {
			continue
		}
		var want, got [2]float64
		var buf [maxWordBytes]byte
		fw := buf[:min(len(w), maxWordBytes)]
		for i := range fw {
			fw[i] = asciiWordBytes[w[i]]
		}
		v.addWord(&want, fw, len(w))
		text := w + " and some more text after it"
		v.addASCIIWord(&got, &buf, text, 0, len(w))
		if got != want {
			t.Fatalf("addASCIIWord(%q) = %v, addWord = %v", w, got, want)
		}
	}
}

func TestGluedHeading(t *testing.T) {
	v := Default()
	for text, want := range map[string]string{
		"Main tasksregisters incoming mail;":    "Main tasks",
		"Essentialsecondary education;":         "Essential",
		"Desirableexperience in a registry;":    "Desirable",
		"Responsibilitiesperform the scans":     "Responsibilities",
		"Essentially, the post":                 "",
		"Experienced staff only":                "",
		"Profilculture, le site de l'emploi":    "",
		"Educational assistant":                 "",
		"Main tasks":                            "",
		"Languagesfluent English and French":    "Languages",
		"Formationnelle, la démarche":           "",
		"The candidate registers incoming mail": "",
	} {
		got := ""
		if end := v.GluedHeading(text); end > 0 {
			got = text[:end]
		}
		if got != want {
			t.Errorf("GluedHeading(%q) = %q, want %q", text, got, want)
		}
	}
}
