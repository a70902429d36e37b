package vocab

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

func TestMatchField(t *testing.T) {
	tests := []struct {
		in, field, label, value, lang string
	}{
		{"Primary Location: Belgium-Brussels", "location", "Primary Location", "Belgium-Brussels", "en"},
		{"Emplacement principal : Belgique-Bruxelles", "location", "Emplacement principal", "Belgique-Bruxelles", "fr"},
		{"Emplacement principal\u00a0: Belgique-Bruxelles", "location", "Emplacement principal", "Belgique-Bruxelles", "fr"},
		{"Salaire (Base de paie) :1 286,09Euro (EUR) Mensuelle", "salary", "Salaire (Base de paie)", "1 286,09Euro (EUR) Mensuelle", "fr"},
		{"Grade INTERN", "grade", "Grade", "INTERN", ""},
		{"Grade: A2", "grade", "Grade", "A2", ""},
		{"Clearance Level NS", "clearance", "Clearance Level", "NS", "en"},
		{"Niveau de l'habilitation de sécurité NS", "clearance", "Niveau de l'habilitation de sécurité", "NS", "fr"},
		{"Niveau de l’habilitation de sécurité NS", "clearance", "Niveau de l’habilitation de sécurité", "NS", "fr"},
		{"NATO Body: NATO International Staff (NATO IS)", "organisation", "NATO Body", "NATO International Staff (NATO IS)", "en"},
		{"APPLICATION DEADLINE: 03-Sep-2025", "deadline", "APPLICATION DEADLINE", "03-Sep-2025", "en"},
		// A board that parts label and value by a spaced slash.
		{"Délai de postulation / 7 juin 2026", "deadline", "Délai de postulation", "7 juin 2026", "fr"},
		{"Category/Level: A3", "grade", "Category/Level", "A3", "en"},
		{"Function group / grade:            FG III", "grade", "Function group / grade", "FG III", "en"},
		// A label whose first word ends with a stop.
		{"Advert. no.: 2026_0147", "reference", "Advert. no.", "2026_0147", "en"},
		{"Reg. nº: Europol/2026/TA/AD7/418", "reference", "Reg. nº", "Europol/2026/TA/AD7/418", "fr"},
		{"Contract: Permanent, full time", "contract_type", "Contract", "Permanent, full time", "en"},
		{"Niveau / Grade : C3", "grade", "Niveau / Grade", "C3", "fr"},
		{"Lieu(x) de travail : WAVRE", "location", "Lieu(x) de travail", "WAVRE", "fr"},
		// A form's labels in two words, whose first word is a label
		// alone: the value is not the second word.
		{"ORGANISME EMPLOYEUR : Institut polaire français", "organisation", "ORGANISME EMPLOYEUR", "Institut polaire français", "fr"},
		{"Lieu de la mission : Station Dumont d'Urville", "location", "Lieu de la mission", "Station Dumont d'Urville", "fr"},
		// A post's level, grade or scale under labels of their own.
		{"POSITION GRADE: LE-6", "grade", "POSITION GRADE", "LE-6", "en"},
		{"Post level: P3", "grade", "Post level", "P3", "en"},
		{"Hiérarchie : A2", "grade", "Hiérarchie", "A2", "fr"},
		{"Salary scale: Scale 20 – BZD 38,520 – 46,740 per annum", "salary", "Salary scale", "Scale 20 – BZD 38,520 – 46,740 per annum", "en"},
		{"Daily fee: EUR 430", "salary", "Daily fee", "EUR 430", "en"},
	}
	for _, tt := range tests {
		f, l, v, lang, ok := Default().matchField(tt.in, false)
		if assert.True(t, ok, tt.in) {
			assert.Equal(t, []string{tt.field, tt.label, tt.value, tt.lang}, []string{f, l, v, lang}, tt.in)
		}
	}
	for _, no := range []string{
		"Grade levels are reviewed every year.", // no colon, value is prose
		"Location of the post is to be confirmed later in the year",
		"Description",
		"The Division plays a pivotal role",
		"Location / Lieu d'affectation",                 // one label in two languages
		"Grade / Post title / Deadline",                 // labels of values given together
		"Location /Brussels",                            // a slash glued to the value
		"Hiérarchie des normes et contrôle de légalité", // a word of a heading, no label
		"Salary scales of the Professional category",    // a scale's page, no post's field
	} {
		_, _, _, _, ok := Default().matchField(no, false)
		assert.False(t, ok, no)
	}
	// A title that opens with a reference's label, without a colon or a
	// figure, is no reference.
	_, _, _, _, bareRef := Default().matchField("Reference Librarian", true)
	assert.False(t, bareRef, "Reference Librarian")
	// A label read only before its colon, even where a header's labels
	// may lose theirs, found by no search, and alone a heading.
	for _, no := range []string{"CONTRACT AWARD NOTICE", "Contract Agent – Function Group IV – Programme Officer"} {
		_, _, _, _, ok := Default().matchField(no, true)
		assert.False(t, ok, no)
		for _, s := range Default().FindLabels(no) {
			assert.NotEqual(t, "contract_type", s.Field, no)
		}
	}
	for _, no := range []string{"UNION", "Union européenne des télécommunications"} {
		_, _, _, _, ok := Default().matchField(no, true)
		assert.False(t, ok, no)
	}
	uf, _, uv, _, uok := Default().matchField("Union: ONA – Paramedical Bargaining Unit", false)
	assert.True(t, uok)
	assert.Equal(t, "union", uf)
	assert.Equal(t, "ONA – Paramedical Bargaining Unit", strings.TrimSpace(uv))
	// A label's qualifier in parentheses before its colon stays in the
	// label.
	qf, ql, qv, _, qok := Default().matchField("Closing date (midnight CET): 19/06/2026", false)
	assert.True(t, qok)
	assert.Equal(t, "deadline", qf)
	assert.Equal(t, "Closing date (midnight CET)", ql)
	assert.Equal(t, "19/06/2026", qv)
	for _, s := range Default().FindLabels("6. CONTRACT") {
		assert.NotEqual(t, "contract_type", s.Field)
	}
	for _, s := range Default().FindLabels("Division / DivisionExperiments Division – ID19") {
		assert.NotEqual(t, "reference", s.Field, "ID19 is a beamline's name")
	}
	found := false
	for _, s := range Default().FindLabels("Münster, GermanyContractDefinite duration") {
		found = found || s.Field == "contract_type"
	}
	assert.True(t, found, "a board's glued field")
	for _, s := range Default().FindLabels("Pétion-Ville, Haïti") {
		assert.NotEqual(t, "location", s.Field, "a compound's hyphen glues no label")
	}
	found = false
	for _, s := range Default().FindLabels("CHF 8'420.-Description du poste") {
		found = found || s.Kind != "" && s.Start > 0
	}
	assert.True(t, found, "a heading glued after a price's dash")
	_, ok := Default().Label("Contract")
	assert.False(t, ok)
	f, ok := Default().Label("Contrat :")
	assert.True(t, ok)
	assert.Equal(t, "contract_type", f)
}

func TestLookupHeading(t *testing.T) {
	tests := []struct{ in, kind string }{
		{"Essential:", "essential"},
		{"ACQUIS ESSENTIELS", "essential"},
		{"1. SUMMARY", "summary"},
		{"1. RÉSUMÉ", "summary"},
		{"8. INFORMATIONS COMPLÉMENTAIRES", "additional_information"},
		{"2. QUALIFICATIONS AND EXPERIENCE", "qualifications"},
		{"What do we offer?", "offer"},
		{"Que propose l’OTAN ?", "offer"},
		{"INFO-SESSION ON THE VACANCY AND RECRUITMENT PROCESS", "info_session"},
		{"SÉANCE D’INFORMATION SUR LE POSTE ET SUR LE PROCESSUS DE RECRUTEMENT", "info_session"},
		{"**Special Notice:**", "special_notice"},
		{"Le profil recherché", "essential"}, // an article before a known heading
		{"Seraient un plus", "desirable"},
		{"Ce que tu apportes", "essential"},
		{"Seraient des atouts :", "desirable"},
		{"Atouts /", "desirable"},
		{"Profil souhaité /", "essential"},
	}
	for _, tt := range tests {
		kind, ok := Default().Heading(tt.in)
		assert.True(t, ok, tt.in)
		assert.Equal(t, tt.kind, kind, tt.in)
	}
	_, ok := Default().Heading("Your résumé.") // an item, not the heading "Résumé"
	assert.False(t, ok)
	_, ok = Default().Heading("Our three key roles:")
	assert.False(t, ok)
}

func TestCompetencyHeadings(t *testing.T) {
	v := Default()
	for _, c := range []struct {
		text, kind string
	}{
		{"Job-related Competencies", "competencies"},
		{"4. Organizational Competencies", ""}, // a numbered section: the number goes first
		{"Organizational Competencies", "competencies"},
		{"Compétences attendues", "competencies"},
		{"Personal qualities and competences", "competencies"},
		{"Skills and competencies", "qualifications"},
		{"Compétences linguistiques", "languages"},
		{"Language competencies", ""},
		{"Our competencies are described in the framework below", ""},
		{"competencies", "competencies"}, // the table's own row
	} {
		kind, _ := v.Heading(c.text)
		if kind != c.kind {
			t.Errorf("Heading(%q) = %q, want %q", c.text, kind, c.kind)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"You demonstrate the following behavioural competencies:", true},
		{"Vous faites preuve des compétences suivantes :", true},
		{"You demonstrate the following behavioural competencies.", false},
		{"The following would be an advantage:", false},
	} {
		if got := IsCompetencyIntroduction(c.text); got != c.want {
			t.Errorf("IsCompetencyIntroduction(%q) = %v", c.text, got)
		}
	}
}

// TestFoldWordsKeys holds the keys matchField makes of the first words
// of a text, folded once, to normKey of each candidate as it was asked.
func TestFoldWordsKeys(t *testing.T) {
	texts := keyTexts()
	for _, f := range Default().fields {
		for _, l := range []string{f.EN, f.FR} {
			texts = append(texts, l+": x y", strings.ToUpper(l)+" :x", l+"\u00a0: x", "1. "+l+" value")
		}
	}
	texts = append(texts, "Salaire (Base de paie) :1 286,09€ (EUR)", "Lieu : Zürich – Ελλάδα", "Date\u2003limite : x")
	for _, text := range texts {
		text = strings.TrimSpace(text)
		var buf [maxFieldLabelWords + 1]string
		var ends, offs [maxFieldLabelWords + 1]int
		n := leadingFields(text, buf[:], ends[:])
		if n == 0 {
			continue
		}
		folded, ok := foldWords(nil, text, ends[:n], offs[:n])
		if !ok {
			continue
		}
		for k := 1; k <= n; k++ {
			cand := text[:ends[k-1]]
			if !singleSpaced(cand) {
				continue
			}
			got := string(finishKey(append([]byte(nil), folded[:offs[k-1]]...), 0))
			if want := normKey(strings.TrimSuffix(cand, ":")); got != want {
				t.Errorf("key of %q folded once = %q, normKey = %q", cand, got, want)
			}
		}
	}
}

// TestSingleSpaced checks singleSpaced, which reads ASCII a byte at a
// time, against its reading rune by rune.
func TestSingleSpaced(t *testing.T) {
	want := func(s string) bool {
		prev := rune(0)
		for _, r := range s {
			if r == ' ' && (prev == ' ' || prev == 0) || r != ' ' && unicode.IsSpace(r) {
				return false
			}
			prev = r
		}
		return prev != ' '
	}
	for _, s := range randtext.Texts(13, 50000, 8, "a \t\v\n\u00a0\u2003\u0085é\xff\x00", "", " ", "a b", "a  b", "a\u00a0b") {
		if got := singleSpaced(s); got != want(s) {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want(s))
		}
	}
}

// TestRequirementAndCompetenceWords checks isRequirementWord,
// isRequirementCompound and MentionsCompetence, which let most texts go
// on a table of first bytes and lengths or in one pass, against their
// first writings.
func TestRequirementAndCompetenceWords(t *testing.T) {
	isRequirementWordRef := func(w string) bool { return slices.Contains(requirementWords, w) }
	isRequirementCompoundRef := func(text string, first []byte) bool {
		if len(text) > maxKeyBytes || !isRequirementWordRef(strings.TrimRight(string(first), ",/")) {
			return false
		}
		if !strings.ContainsAny(text, " ,&/") {
			return false
		}
		nouns := 0
		for _, w := range strings.FieldsFunc(normKey(text), func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
			if !isRequirementWordRef(w) {
				return false
			}
			if w != "and" && w != "et" && w != "&" {
				nouns++
			}
		}
		return nouns >= 2
	}
	mentionsCompetenceRef := func(text string) bool {
		for _, stem := range [...]string{"ompet", "OMPET", "ompét", "OMPÉT"} {
			if strings.Contains(text, stem) {
				return true
			}
		}
		return false
	}
	texts := append([]string{"", "&", "skills", "Skills, Knowledge & Experience", "Compétences", "COMPÉTENCES", "ompe", "Competencies,",
		"knowledge/skills", "Knowledge and skills", strings.Repeat("k", 70)}, requirementWords...)
	texts = append(texts, randtext.Texts(17, 50000, 12, "oOmMpPeEtTéÉ &,/ksK\xff", "")...)
	pieces := append([]string{" ", ", ", "/", " & ", "Skills", "EXPERIENCE", "Compétences", "x"}, requirementWords...)
	texts = append(texts, randtext.Joined(18, 30000, 5, pieces)...)
	for _, s := range texts {
		if got, want := isRequirementWord(s), isRequirementWordRef(s); got != want {
			t.Errorf("isRequirementWord(%q) = %v, want %v", s, got, want)
		}
		first := firstKeyWord(s)
		if got, want := isRequirementCompound(s, []byte(first)), isRequirementCompoundRef(s, []byte(first)); got != want {
			t.Errorf("isRequirementCompound(%q) = %v, want %v", s, got, want)
		}
		if got, want := MentionsCompetence(s), mentionsCompetenceRef(s); got != want {
			t.Errorf("MentionsCompetence(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSpacingFault checks what matchField reads from spacingFault: each
// prefix of a text that ends a field (as leadingFields cuts them) is
// singleSpaced exactly when it ends at or before the fault.
func TestSpacingFault(t *testing.T) {
	for _, s := range randtext.Texts(17, 50000, 8, "a \t\v\n\u00a0\u2003\u0085é\xff\x00", "", " ", "a b", "a  b", "a\u00a0b", "a\x00 b") {
		s = strings.TrimSpace(s)
		var buf [maxFieldLabelWords + 1]string
		var ends [maxFieldLabelWords + 1]int
		n := leadingFields(s, buf[:], ends[:])
		if n == 0 {
			continue
		}
		fault := spacingFault(s[:ends[n-1]])
		for k := 1; k <= n; k++ {
			if cand := s[:ends[k-1]]; (fault >= len(cand)) != singleSpaced(cand) {
				t.Fatalf("%q: spacingFault %d, singleSpaced(%q) = %v", s, fault, cand, singleSpaced(cand))
			}
		}
	}
}

// TestPlaceLabels: Canadian French "Endroit" names where the post is;
// "Site" alone names no field (a plant, a campus or a web site).
func TestPlaceLabels(t *testing.T) {
	v := Default()
	for _, l := range []string{"Endroit :", "Endroit"} {
		if f, _ := v.Label(l); f != "location" {
			t.Errorf("Label(%q) = %q, want location", l, f)
		}
	}
	if f, ok := v.Label("Site"); ok {
		t.Errorf("Label(Site) = %q, want none", f)
	}
}

// TestCapsNameIsNoField: a letterhead's name in capitals that opens with
// a word a label may be is no field; a label and a short value in
// capitals, or a dotted leader between them, is one.
func TestCapsNameIsNoField(t *testing.T) {
	v := Default()
	_, _, _, ok := v.Field("AGENCE OTAN D'INFORMATION ET DE COMMUNICATION", true)
	assert.False(t, ok)
	for _, s := range []string{"DUTY STATION NEW YORK CITY USA", "TYPE OF CONTRACT FIXED TERM APPOINTMENT", "LIEU DE TRAVAIL BRUXELLES SIÈGE CENTRAL"} {
		_, _, _, ok := v.Field(s, true)
		assert.True(t, ok, s)
	}
	f, _, value, ok := v.Field("SECURITY CLEARANCE ........ NATO SECRET", true)
	assert.True(t, ok)
	assert.Equal(t, "clearance", f)
	assert.Contains(t, value, "NATO SECRET")
}

// A heading in inclusive writing is the heading the tables hold; a
// qualifier in parentheses is no inclusive mark.
func TestHeadingInInclusiveWriting(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Profil du (de la) candidat(e)":    "essential",
		"Profil du candidat(e)":            "essential",
		"Requirements (USD million)":       "",
		"Knowledge and skills (desirable)": "",
	} {
		got, _ := v.Heading(in)
		assert.Equal(t, want, got, in)
	}
	assert.Equal(t, "Profil du candidat", withoutInclusiveMarks("Profil du (de la) candidat(e)"))
	assert.Equal(t, "Profil du candidat", withoutInclusiveMarks("Profil du candidat·e"))
	assert.Equal(t, "Knowledge and skills (desirable)", withoutInclusiveMarks("Knowledge and skills (desirable)"))
}

// A heading says its items are assets by a desirable cue or a bonus
// word, as whole words.
func TestSaysDesirable(t *testing.T) {
	for in, want := range map[string]bool{
		"Nice to have": true, "Atouts": true, "Bonus": true, "Bonus points": true,
		"Preferred experience": false, "Qualifications": false, "Plusieurs postes": false,
	} {
		assert.Equal(t, want, SaysDesirable(in), in)
	}
}
