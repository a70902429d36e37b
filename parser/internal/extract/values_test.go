package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"22-Jun-2025", "2025-06-22"},
		{"10-06-2026", "2026-06-10"},
		{"22-juin-2025", "2025-06-22"},
		{"03-sept.-2025", "2025-09-03"},
		{"15-déc.-2025", "2025-12-15"},
		{"05-févr.-2026", "2026-02-05"},
		{"1-janv.-2026", "2026-01-01"},
		{"14-août-2025", "2025-08-14"},
		{"22 June 2025", "2025-06-22"},
		{"1er mars 2026", "2026-03-01"},
		{"June 22, 2025", "2025-06-22"},
		{"2025-06-22", "2025-06-22"},
		{"22/06/2025", "2025-06-22"},
		{"Apply until 22 June 2025, at 23.59, Brussels time", "2025-06-22"},
		{"Candidatures acceptées jusqu'au 22 juin 2025, 23h59", "2025-06-22"},
		{"31-Feb-2025", ""},
		{"22 June 23.59", ""},
		{"soon", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		assert.Equal(t, tt.want != "", ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestParseSalary(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	str := func(x string) *string { return &x }
	tests := []struct {
		in, dollar       string
		amount, min, max *float64
		currency, period *string
	}{
		{"1,286.09Euro (EUR) Monthly", "", f(1286.09), nil, nil, str("EUR"), str("month")},
		{"57 000 €/an - 67 000 €/an · Sur site", "", nil, f(57000), f(67000), str("EUR"), str("year")},
		{"traitement annuel brut de 35 716,42 € (minimum) à 50 118,09 € (maximum)", "", nil, f(35716.42), f(50118.09), str("EUR"), str("year")},
		{"entre 7 500 et 9 000 MAD nets par mois", "", nil, f(7500), f(9000), str("MAD"), str("month")},
		{"350 000 FCFA - 480 000 FCFA par mois", "", nil, f(350000), f(480000), str("XOF"), str("month")},
		{"1500e brut par mois", "", f(1500), nil, nil, nil, str("month")},
		{"48 - 55 k€ brut annuel", "", nil, f(48000), f(55000), str("EUR"), str("year")},
		{"€78k – €96k", "", nil, f(78000), f(96000), str("EUR"), nil},
		{"Salary range (A14): USD 151,720 – 227,580 per annum", "", nil, f(151720), f(227580), str("USD"), str("year")},
		{"USD151,720 per annum", "", f(151720), nil, nil, str("USD"), str("year")},
		{"PLN 21,184.37 (tax free), paid 12 times a year, plus allowances", "", f(21184.37), nil, nil, str("PLN"), str("month")},
		{"EUR 84,000 a year, paid 14 times a year", "", f(84000), nil, nil, str("EUR"), str("year")},
		{"Basic monthly salary (12 x EUR 5,738.92", "", f(5738.92), nil, nil, str("EUR"), str("month")},
		{"entre 2 380 € et 2 690 € bruts mensuels selon expérience", "", nil, f(2380), f(2690), str("EUR"), str("month")},
		{"Traitement annuel brut indexé : minimum 42 118,40 € – maximum 60 074,96 €", "", nil, f(42118.4), f(60074.96), str("EUR"), str("year")},
		{"1 286,09Euro (EUR) Mensuelle", "", f(1286.09), nil, nil, str("EUR"), str("month")},
		{"1\u00a0286,09Euro (EUR) Mensuelle", "", f(1286.09), nil, nil, str("EUR"), str("month")},
		{"7,654.32Euro (EUR) Monthly", "", f(7654.32), nil, nil, str("EUR"), str("month")},
		{"85,000.00US Dollar (USD) Yearly", "", f(85000), nil, nil, str("USD"), str("year")},
		{"85 000,00Dollar US (USD) Annuelle", "", f(85000), nil, nil, str("USD"), str("year")},
		{"€1,286.09 per month", "", f(1286.09), nil, nil, str("EUR"), str("month")},
		{"4.321,50 EUR monthly", "", f(4321.5), nil, nil, str("EUR"), str("month")},
		{"120,000 NOK annual", "", f(120000), nil, nil, str("NOK"), str("year")},
		{"£3,000 per month", "", f(3000), nil, nil, str("GBP"), str("month")},
		{"EUR 7,068.58 Monthly (tax-free)", "", f(7068.58), nil, nil, str("EUR"), str("month")},
		{"4 565,36 EUR par mois (exonéré d'impôt)", "", f(4565.36), nil, nil, str("EUR"), str("month")},
		// The pay of two steps of a scale is a range.
		{"Grade 13: €4,418.27, Grade 14: €5,000.96", "", nil, f(4418.27), f(5000.96), str("EUR"), nil},
		// A step of a pay scale is no amount.
		{"EUR 6 018,21 a month at grade 13, step 1", "", f(6018.21), nil, nil, str("EUR"), str("month")},
		// A bare figure: no currency, no period, as the notice says.
		{"8,273.12", "", f(8273.12), nil, nil, nil, nil},
		// Ranges; a bare dollar is the currency of the post's country.
		{"$77,690 to $87,907", "CAD", nil, f(77690), f(87907), str("CAD"), nil},
		{"de 77 690 $ à 87 907 $ par année", "CAD", nil, f(77690), f(87907), str("CAD"), str("year")},
		{"$77,690 to $87,907", "", nil, f(77690), f(87907), nil, nil},
		{"USD 91,512 per annum", "", f(91512), nil, nil, str("USD"), str("year")},
		{"Gross monthly salary: RSD 186,450", "", f(186450), nil, nil, str("RSD"), str("month")},
		{"USD 720 per day (8-hour day), all-inclusive", "", f(720), nil, nil, str("USD"), str("day")},
		{"€6,913.77 monthly (2026 scale)", "", f(6913.77), nil, nil, str("EUR"), str("month")},
		// A count before the priced amount, and the period it states.
		{"Basic monthly salary (12 x per year), tax free: EUR 5,738.92", "", f(5738.92), nil, nil, str("EUR"), str("month")},
		{"Mensuel de 2300.0 Euros à 2600.0 Euros sur 13 mois", "", nil, f(2300), f(2600), str("EUR"), str("month")},
		{"CHF 7'150.- à 8'420.-", "", nil, f(7150), f(8420), str("CHF"), nil},
		{"3900 – 4600 €  gross / month", "", nil, f(3900), f(4600), str("EUR"), str("month")},
		{"Basic Monthly Salary EUR 7,412.36 (12 x per year, tax free):", "", f(7412.36), nil, nil, str("EUR"), str("month")},
		// An incremental scale, its points and yearly increments: its ends.
		{"Rs 46,850 x 1,250 – 51,850 x 1,525 – 63,950 (MUR) monthly", "", nil, f(46850), f(63950), str("MUR"), str("month")},
		{"MUR 48,650 x 1,450 – 62,700 x 2,000 – 91,375 monthly", "", nil, f(48650), f(91375), str("MUR"), str("month")},
	}
	for _, tt := range tests {
		s, ok := parseSalary(tt.in, tt.dollar)
		if assert.True(t, ok, tt.in) {
			assert.Equal(t, tt.amount, s.Amount, tt.in)
			assert.Equal(t, tt.min, s.Min, tt.in)
			assert.Equal(t, tt.max, s.Max, tt.in)
			assert.Equal(t, tt.currency, s.Currency, tt.in)
			assert.Equal(t, tt.period, s.Period, tt.in)
		}
	}
	for _, bad := range []string{"competitive", "to be confirmed", "Grade A2"} {
		_, ok := parseSalary(bad, "")
		assert.False(t, ok, bad)
	}
}

func TestTitleReferences(t *testing.T) {
	for _, c := range []struct{ in, title, ref string }{
		{"Juriste (m/f) (réf. F00041207) (réf. E00041208)", "Juriste (m/f)", "F00041207"},
		{"Analyst (Ref: 2026-114)", "Analyst", "2026-114"},
		{"Analyst (No. 4471)", "Analyst", "4471"},
		{"Analyst (m/f)", "", ""},
		{"Analyst (ref. see below please)", "", ""},
		{"(réf. F00041207)", "", ""}, // a reference alone is no title
	} {
		title, ref, ok := labelledRefs(c.in)
		if ok != (c.ref != "") || ok && (title != c.title || ref != c.ref) {
			t.Errorf("labelledRefs(%q) = %q, %q, %v", c.in, title, ref, ok)
		}
	}
	for _, c := range []struct{ text, title, ref string }{
		{"https://talent.example.org/careers/JobDetail/Data-Scientist-Statistical-Applications/12874", "Data Scientist - Statistical Applications", "12874"},
		{"Careers › Data Scientist https://jobs.example.org/job/data-scientist/4471?src=x", "Data Scientist", "4471"},
		{"https://jobs.example.org/job/data-scientist/4471", "Legal Officer", ""}, // another post's address
		{"https://jobs.example.org/job/4471", "Data Scientist", ""},
		{"See https://jobs.example.org/job/data-scientist/4471 for more", "Data Scientist", ""},
	} {
		if got := urlRef(c.text, c.title); got != c.ref {
			t.Errorf("urlRef(%q, %q) = %q, want %q", c.text, c.title, got, c.ref)
		}
	}
	for in, want := range map[string]bool{"26104": true, " 2610400 ": true, "2610": false, "26104a": false, "123456789": false,
		"REQ-10081453": true, "JR1008841": true, "ABCDEF-12345": false, "REQ-": false} {
		if got := isBareNumber(in); got != want {
			t.Errorf("isBareNumber(%q) = %v", in, got)
		}
	}
}

// TestHasYear: a text without four digits in a row has no date any
// expression of findDates finds.
func TestHasYear(t *testing.T) {
	texts := randtext.Texts(6, 50000, 12, "0123456789 -/.a\u0660", "2025", "22 June 2025", "12/06/25", "1999-01-01")
	for _, s := range texts {
		matched := false
		for _, re := range []*regexp.Regexp{reDayMonthYear(), reMonthDayYear(), reISODate(), reNumericDate()} {
			matched = matched || re.MatchString(s)
		}
		if matched && !hasYear(s) {
			t.Errorf("hasYear(%q) = false, but a date expression matches", s)
		}
	}
}

func TestHasMoney(t *testing.T) {
	for in, want := range map[string]bool{
		"Laval, QC $26.50–$29.00 an hour - Full-time": true,
		"5 562 € per month":                           true,
		"€5,562":                                      true,
		"Policy Officer (Euro area statistics)":       false,
		"Analyst $ Markets":                           false,
		"Salary statistics: 2100-3050 EUR gross":      true,
		"Officer, G 15 EURO area":                     false,
		"":                                            false,
	} {
		if got := hasMoney(in); got != want {
			t.Errorf("hasMoney(%q) = %v", in, got)
		}
	}
}

func TestCleanRef(t *testing.T) {
	for in, want := range map[string]string{
		"No. 1350": "1350",
		"31/2026 – Energy, Climate, and Environment (ECE) Program": "31/2026",
		"2026-TR-0417 · Publiée le 27/05/2026":                     "2026-TR-0417",
		": N° e117/2025":                                           "e117/2025",
		"AC/SRH, N° 09/2026 du 1er avril 2026":                     "AC/SRH, N° 09/2026",
		"Réf. F00041207":                                           "F00041207",
		"N° ANACIM/DG/DRH/2033/017 : deux prévisionnistes":         "ANACIM/DG/DRH/2033/017",
		"EDA/2026/A134: Project Officer":                           "EDA/2026/A134",
		"2031:045":                                                 "2031:045",
		"EDA/2026/A134:Project Officer":                            "EDA/2026/A134",
		"- 262173 - Brussels":                                      "262173",
		"to be announced":                                          "",
		"6f3a9c1e-52b7-4d1e-9a80-0c27e4b5d912":                     "",
		"zr-5c0f2e19a7":                                            "",
		"26-Human Rights Affairs-OHCHR-263418-R-Geneva (R)":        "26-Human Rights Affairs-OHCHR-263418-R-Geneva (R)",
		"27-Human Settlements-UN-HABITAT-271902-J-Maputo (X)":      "27-Human Settlements-UN-HABITAT-271902-J-Maputo (X)",
		"– Civilian Course Administrator (VN 04/2026)":             "VN 04/2026",
		"– Notice for the Post of Chief Operating Officer 2026":    "",
		"0412/04.05.2026":                                          "", // a letter's registry number and date
		"Europol/2026/TA/AD7/418":                                  "Europol/2026/TA/AD7/418",
		"FICHE DE POSTE EFS-BFC-2039-0318":                         "EFS-BFC-2039-0318", // the document's name beside the field
		"Précisions AGEOS/DG/DRH/2039-006 Agence Gabonaise":        "AGEOS/DG/DRH/2039-006",
		"MARSEC COE/CIV/2027/03":                                   "MARSEC COE/CIV/2027/03", // the code's own words
		"Audition 2026-VIOLON-02":                                  "Audition 2026-VIOLON-02",
	} {
		if got := cleanRef(in); got != want {
			t.Errorf("cleanRef(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLooksLikeGrade(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"G15", true}, {"P-3", true}, {"18", true}, {"A", true}, {"INTERN", true},
		{"Catégorie A (cadre)", true}, {"catégorie B, niveau 2", true}, {"AD 7", true},
		{"Politiques et analyse", false}, {"Requis : Master", false}, {"Policy and Analysis", false},
	} {
		if got := looksLikeGrade(c.in); got != c.want {
			t.Errorf("looksLikeGrade(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestHeadedCriteria(t *testing.T) {
	item := func(depth int, text string) schema.Content {
		return schema.Content{Type: "item", Depth: depth, Text: text}
	}
	para := func(text string) schema.Content { return schema.Content{Type: "paragraph", Text: text} }
	for _, c := range []struct {
		name    string
		content []schema.Content
		want    []string
	}{
		{"short heads over items and paragraphs", []schema.Content{
			item(0, "Professional/Experience:"), item(1, "Four years in budgeting."), item(1, "An ERP system."),
			item(0, "Education/Training:"), para("A university degree in finance."),
			item(0, "Language:"), para("English - SLP 3333."), para("NOTE: The work is mainly in English."),
		}, []string{"Four years in budgeting.", "An ERP system.", "A university degree in finance.", "English - SLP 3333."}},
		{"heads and items at one depth, told apart by their markers", []schema.Content{
			{Type: "item", Marker: "a.", Text: "Professional Experience:"},
			{Type: "item", Marker: "(1)", Text: "ITIL 4 certification."}, {Type: "item", Marker: "(2)", Text: "Service in a NATO headquarters."},
			{Type: "item", Marker: "b.", Text: "Language:"}, {Type: "item", Marker: "(1)", Text: "Knowledge of French."},
		}, []string{"ITIL 4 certification.", "Service in a NATO headquarters.", "Knowledge of French."}},
		{"a criterion that leads into its own sub-list stays whole", []schema.Content{
			item(0, "Be a national of a Member State."),
			item(0, "Have a level of education which corresponds to:"), item(1, "a master's degree, or"), item(1, "a bachelor's degree."),
			item(0, "Be physically fit."),
		}, []string{"Be a national of a Member State.", "Have a level of education which corresponds to:", "Be physically fit."}},
	} {
		got, _ := criteria(schema.Section{Kind: "essential", Content: c.content})
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: criteria = %q, want %q", c.name, got, c.want)
		}
	}
}

// A paragraph after a list of criteria that says it is an asset is a
// criterion too.
func TestCriteriaAssetAfterList(t *testing.T) {
	s := schema.Section{Kind: "essential", Content: []schema.Content{
		{Type: "item", Marker: "-", Text: "être titulaire d'un master en informatique ;"},
		{Type: "item", Marker: "-", Text: "avoir une bonne capacité de rédaction."},
		{Type: "paragraph", Text: "La détention d'une certification CISSP serait un atout."},
	}}
	got, _ := criteria(s)
	assert.Equal(t, []string{"être titulaire d'un master en informatique ;", "avoir une bonne capacité de rédaction.",
		"La détention d'une certification CISSP serait un atout."}, got)
}

// The deadline is the date of the sentence that names it, not a later
// date of the same paragraph.
func TestDeadlineFromTextSentence(t *testing.T) {
	sections := []schema.Section{{Kind: "recruitment_process", Content: []schema.Content{{Type: "paragraph",
		Text: "Applications must be submitted before the deadline. The reserve list will be valid until 31 December 2027."}, {Type: "paragraph",
		Text: "The registration of applications will begin on 6 May 2026 and will close on 3 June 2026 at 13:30."}}}}
	d, _, ok := deadlineFromText(sections)
	assert.True(t, ok)
	assert.Equal(t, "2026-06-03", d)
}

func TestCompetencyNameLists(t *testing.T) {
	s := schema.Section{Kind: "competencies", Content: []schema.Content{
		{Type: "paragraph", Text: "Core competencies: Applying expertise; Effective communication; Teamwork and collaboration."},
		{Type: "paragraph", Text: "Analysis; Networking."},
		{Type: "paragraph", Text: "Rigour, Discretion, Team spirit."},
		{Type: "paragraph", Text: "Works accurately, reliably and fast under pressure, with care."},
		{Type: "paragraph", Text: "sens de l'organisation, rigueur, diplomatie."},
		{Type: "paragraph", Text: "Accountability: Delivers quality work; takes responsibility for its results within agreed deadlines and budgets."},
		{Type: "paragraph", Text: "For this role, the following competencies would be particularly important: Analytical thinking, Achieve results, Teamwork."},
		{Type: "paragraph", Text: "b. Professional Contacts: Regular contacts with national authorities."},
	}}
	got, _ := competencies(s, vocab.Default())
	want := []schema.Competency{
		{Name: "Applying expertise"}, {Name: "Effective communication"}, {Name: "Teamwork and collaboration"},
		{Name: "Analysis"}, {Name: "Networking"}, {Name: "Rigour"}, {Name: "Discretion"}, {Name: "Team spirit"},
		{Name: "sens de l'organisation"}, {Name: "rigueur"}, {Name: "diplomatie"},
		{Name: "Accountability", Description: "Delivers quality work; takes responsibility for its results within agreed deadlines and budgets."},
		{Name: "Analytical thinking"}, {Name: "Achieve results"}, {Name: "Teamwork"},
		{Name: "Professional Contacts", Description: "Regular contacts with national authorities."},
	}
	assert.Equal(t, want, got)
}

// Names parted by dashes, names in small letters after a sentence that
// says they are qualities, a French list's last "et", and a name alone
// after a paragraph that listed the names.
func TestCompetencyNameListsOfQualities(t *testing.T) {
	s := schema.Section{Kind: "competencies", Content: []schema.Content{
		{Type: "paragraph", Text: "Sens de l'accueil – Discrétion – Rigueur – Résistance au stress."},
		{Type: "paragraph", Text: "Le poste requiert les qualités suivantes : rigueur scientifique, respect des procédures, esprit d'équipe et discrétion."},
		{Type: "paragraph", Text: "Rigueur, Empathie, Capacité d'analyse et de synthèse."},
		{Type: "paragraph", Text: "Integrity, Professionalism, Judgement and decision-making."},
		{Type: "paragraph", Text: "Temps plein"},
	}}
	whole := schema.Section{Kind: "competencies", Content: []schema.Content{
		{Type: "paragraph", Text: "Rigueur, Autonomie, Maîtrise de Word et Excel."},
		{Type: "paragraph", Text: "rigueur, discrétion, bonne communication orale et écrite."},
	}}
	gotWhole, _ := competencies(whole, vocab.Default())
	assert.Equal(t, []schema.Competency{{Name: "Rigueur"}, {Name: "Autonomie"}, {Name: "Maîtrise de Word et Excel"},
		{Name: "rigueur"}, {Name: "discrétion"}, {Name: "bonne communication orale et écrite"}}, gotWhole)
	item := schema.Section{Kind: "competencies", Content: []schema.Content{
		{Type: "item", Marker: "-", Text: "Communication – Speaks and writes clearly – Listens to others"},
	}}
	gotItem, _ := competencies(item, vocab.Default())
	assert.Equal(t, []schema.Competency{{Name: "Communication", Description: "Speaks and writes clearly – Listens to others"}}, gotItem)
	assert.Nil(t, headedNames("le candidat doit être rigoureux, discret, organisé et disponible."))
	got, _ := competencies(s, vocab.Default())
	var names []string
	for _, c := range got {
		assert.Empty(t, c.Description, c.Name)
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"Sens de l'accueil", "Discrétion", "Rigueur", "Résistance au stress",
		"rigueur scientifique", "respect des procédures", "esprit d'équipe", "discrétion",
		"Rigueur", "Empathie", "Capacité d'analyse et de synthèse",
		"Integrity", "Professionalism", "Judgement and decision-making"}, names)
}

func TestRefsBesideBannersAndMarks(t *testing.T) {
	for _, c := range []struct{ in, reversed, marked string }{
		{"2291 Vacancy notice no:", "2291", ""},
		{"Actualisé le 02 avril 2026 - offre n° 201KQBM", "", "201KQBM"},
		{"Job offer no. 4411, published today", "", "4411"},
		{"Vacancy notice no: 2291", "", ""},            // the banner's own line: bannerRef reads it
		{"Room no. 12 is on the second floor", "", ""}, // no offer's number
		{"LOMÉ, LE 14 FÉVRIER 2039 AVIS DE RECRUTEMENT N° CHU-SO/DG/DRH/2039/017", "", "CHU-SO/DG/DRH/2039/017"},
		{"LA PROVINCE RECRUTE ! Avis de vacance N° PIL/DRH/AVP/2039-09", "", "PIL/DRH/AVP/2039-09"},
		{"Subject: Vacancy Notice No. IAPSC/HR/VN/2039/03 / Avis de vacance N° IAPSC/HR/VN/2039/03", "", "IAPSC/HR/VN/2039/03"},
	} {
		if got := reversedBannerRef(c.in); got != c.reversed {
			t.Errorf("reversedBannerRef(%q) = %q, want %q", c.in, got, c.reversed)
		}
		if got := markedRef(c.in); got != c.marked {
			t.Errorf("markedRef(%q) = %q, want %q", c.in, got, c.marked)
		}
	}
}

func TestCompetenciesWithDashesAndHeaderRow(t *testing.T) {
	s := schema.Section{Kind: "competencies", Content: []schema.Content{
		{Type: "item", Marker: "•", Text: "Attribute: Description"},
		{Type: "item", Marker: "•", Text: "Analytical thinking – breaks complex incidents down into their causes."},
		{Type: "item", Marker: "•", Text: "Teamwork: shares information with colleagues."},
	}}
	got, _ := competencies(s, vocab.Default())
	want := []schema.Competency{
		{Name: "Analytical thinking", Description: "breaks complex incidents down into their causes."},
		{Name: "Teamwork", Description: "shares information with colleagues."},
	}
	assert.Equal(t, want, got)
}

func TestWithoutRemark(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"NATO SECRET (the vetting procedure is initiated by the employer)", "NATO SECRET"},
		{"AD7-AD10 - Check salary simulations for the basic grade", "AD7-AD10"},
		{"Catégorie A (cadre)", "Catégorie A (cadre)"},
		{"NATO SECRET (NS)", "NATO SECRET (NS)"},
		{"P2/P3 ( SALARY SIMULATOR )", "P2/P3"},
		{"A.2 - NATO Grade G15", "A.2 - NATO Grade G15"},
		{"A-2 (G16)", "A-2"},
	} {
		if got := withoutRemark(c.in); got != c.want {
			t.Errorf("withoutRemark(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMonthFirst(t *testing.T) {
	lines := func(ls ...string) func(func(string) bool) {
		return func(yield func(string) bool) {
			for _, l := range ls {
				if !yield(l) {
					return
				}
			}
		}
	}
	assert.True(t, monthFirst(lines("Posted 04/13/2026", "Apply Before 05/04/2026")))
	assert.False(t, monthFirst(lines("Posted 13/04/2026", "Apply Before 05/04/2026")))
	assert.False(t, monthFirst(lines("Apply Before 05/04/2026")))                              // nothing says: day first
	assert.True(t, monthFirst(lines("Closing Date: 6/3/2026 (MM/DD/YYYY)")))                   // the order written out
	assert.False(t, monthFirst(lines("Date de clôture : 03/06/2026 (JJ/MM/AAAA)")))            // likewise
	assert.False(t, monthFirst(lines("Posted 04/13/2026", "Closing 22/04/2026")))              // both: day first
	assert.False(t, monthFirst(lines("Posted 04.13.2026")))                                    // dots are European
	assert.True(t, monthFirst(lines("01/06/2040, 05:59 AM")))                                  // a field's value on a twelve-hour clock
	assert.False(t, monthFirst(lines("12/07/2039, 09:30 AM Offre d'emploi - Mairie de Lyon"))) // a print header's stamp
	assert.False(t, monthFirst(lines("Apply Before: 01/06/2040, 17:59")))                      // a 24-hour one says nothing
	assert.False(t, monthFirst(lines("Closing 22/04/2026", "Posted 01/04/2026, 9:00 AM")))     // a day first part wins
	assert.Equal(t, "04/05/2026, 05:59 AM", swapMonthDay("05/04/2026, 05:59 AM"))
}

func TestCodeAfterDash(t *testing.T) {
	for _, c := range []struct{ in, title, ref string }{
		{"Vacuum Systems Engineer - IO1214", "Vacuum Systems Engineer", "IO1214"},
		{"Officer - P3", "", ""},        // a grade: too few digits
		{"Officer - Geneva", "", ""},    // a place
		{"Officer - ABCDE1234", "", ""}, // five letters: a word
		{"Officer-IO1214", "", ""},      // no spaces around the dash
		{"Director, Archives Division - 40817-TA", "Director, Archives Division", "40817-TA"},
		{"Officer - 2031-P", "", ""}, // a year
	} {
		title, ref := codeAfterDash(c.in)
		if title != c.title || ref != c.ref {
			t.Errorf("codeAfterDash(%q) = %q, %q; want %q, %q", c.in, title, ref, c.title, c.ref)
		}
	}
}

// Heads of criteria end with a stop in NATO's notices ("a. Language."),
// or stand over paragraphs when the criteria's markers were lost; a
// short criterion with a stop is no head.
func TestHeadedCriteriaShapes(t *testing.T) {
	item := func(marker, text string) schema.Content {
		return schema.Content{Type: "item", Marker: marker, Text: text}
	}
	para := func(text string) schema.Content { return schema.Content{Type: "paragraph", Text: text} }
	for _, c := range []struct {
		name string
		s    schema.Section
		want []string
	}{
		{"stopped heads", schema.Section{Content: []schema.Content{
			item("a.", "Professional/Experience."), item("(1)", "Two years of experience in publications."),
			item("b.", "Language."), item("(1)", "English - SLP 3333."),
		}}, []string{"Two years of experience in publications.", "English - SLP 3333."}},
		{"heads over paragraphs", schema.Section{Content: []schema.Content{
			item("(1)", "Professional"), para("Candidates will be required to demonstrate that they have:"),
			para("proven experience in cyber defence;"), para("good knowledge of EU policies."),
			item("(2)", "Personal"), para("excellent drafting skills."),
		}}, []string{"proven experience in cyber defence;", "good knowledge of EU policies.", "excellent drafting skills."}},
		{"short criteria", schema.Section{Content: []schema.Content{
			item("a.", "Experience with dangerous goods."), item("b.", "Knowledge of German."),
			{Type: "item", Marker: "7.", Depth: 1, Text: "REMUNERATION AND CONTRACT:"},
		}}, []string{"Experience with dangerous goods.", "Knowledge of German."}},
	} {
		got, _ := criteria(c.s)
		assert.Equal(t, c.want, got, c.name)
	}
}

func TestPlaceValue(t *testing.T) {
	voc := vocab.Default()
	for in, want := range map[string]string{
		"Location Netherlands, The Hague":                                             "Netherlands, The Hague",
		"Parma, Italy. EFSA offers a hybrid working model.":                           "Parma, Italy",
		"EMA Amsterdam; Netherlands (NL) (relocation to take up duties is mandatory)": "EMA Amsterdam; Netherlands (NL)",
		"Pavillon Paul-Comtois, Québec (campus de Québec)":                            "Pavillon Paul-Comtois, Québec (campus de Québec)",
		"Šilo g. 5A, Vilnius, Lithuania":                                              "Šilo g. 5A, Vilnius, Lithuania",
		"Angers. Contrat initial de cinq ans, renouvelable. Le traitement mensuel":    "Angers",
		"St. Gallen": "St. Gallen",
		"Toronto (Ontario), enseignement en présentiel":                   "Toronto (Ontario)",
		"Toronto, Ontario, in-person teaching":                            "Toronto, Ontario",
		"LUXEMBOURG, hybrid working modalities available.":                "LUXEMBOURG",
		"Remote Lake, Ontario":                                            "Remote Lake, Ontario", // a place's own word
		"Winnipeg (Manitoba) | Exigence linguistique : Anglais essentiel": "Winnipeg (Manitoba)",
		"Canada | Québec | Montréal":                                      "Canada | Québec | Montréal",
		"Geneva Quick apply":                                              "Geneva",
		"Meyrin Postuler":                                                 "Meyrin",
		"Apply":                                                           "Apply",
	} {
		if got := placeValue(voc, "Location", in); got != want {
			t.Errorf("placeValue(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBeforeNextLabel(t *testing.T) {
	for in, want := range map[string]string{
		"P3 Country: Austria":             "P3",
		"G16 Duty Station: Brussels":      "G16",
		"AD 7 Place of Employment: Paris": "AD 7",
		"G15":                             "G15",
		"AD 7: two posts":                 "AD 7: two posts", // a figure before the colon: no label
		"Grade: G15":                      "Grade: G15",      // the label itself, read elsewhere
	} {
		if got := beforeNextLabel(in); got != want {
			t.Errorf("beforeNextLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnglued(t *testing.T) {
	for in, want := range map[string]string{
		"(USD) MonthlyGrade NATO Grade G16": "(USD) Monthly Grade NATO Grade G16",
		"per month":                         "per month",
		"McGill":                            "Mc Gill", // only for reading a period: names are not rewritten
	} {
		if got := unglued(in); got != want {
			t.Errorf("unglued(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFirstSentence(t *testing.T) {
	for in, want := range map[string]string{
		"NATO SECRET. The successful applicant must hold this clearance.": "NATO SECRET",
		"NATO SECRET":       "NATO SECRET",
		"Cosmic Top Secret": "Cosmic Top Secret",
		"N.S. clearance":    "N.S. clearance",
	} {
		if got := firstSentence(in); got != want {
			t.Errorf("firstSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGradeInTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Legal Officer (Grade B1/B2)":                             "B1/B2",
		"Data Scientist (Temporary Agent, Grade AD6)":             "AD6",
		"Project Officer (Cyber Defence)":                         "",
		"Assistant (grade A2) in the Directorate (Budget, Grade)": "A2",
	} {
		if got := gradeInTitle(in); got != want {
			t.Errorf("gradeInTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsClosingStamp(t *testing.T) {
	for in, want := range map[string]bool{
		"12.06.2026 11:59 AM (GMT+2)":  true,
		"30 September 2026, 23:59 CET": true,
		"15 mai 2026 à 12h00":          true,
		"12.06.2026":                   false, // a date alone may be a publication date
		"Published 12.06.2026 11:59":   false,
		"12.06.2026 11:59 in Brussels": false,
	} {
		if got := isTimeStamp(in); got != want {
			t.Errorf("isTimeStamp(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestWithoutTrailingWords(t *testing.T) {
	for in, want := range map[string]string{
		"31742 Apply Now":                    "31742",
		"26-Legal-OHCHR-263418-R-Geneva (R)": "26-Legal-OHCHR-263418-R-Geneva (R)",
		"VA 26/018/M":                        "VA 26/018/M",
		"CMDR COE/VN/03/2026":                "CMDR COE/VN/03/2026",
	} {
		if got := withoutTrailingWords(in); got != want {
			t.Errorf("withoutTrailingWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGluedLabel(t *testing.T) {
	for in, want := range map[string]int{
		"Geospatial Information SpecialistBranch: Concepts and Capabilities": len("Geospatial Information Specialis"),
		"Data Analyst (iPhone apps)":                                         -1,
		"McDonald Fellowship Officer":                                        -1,
		"HQ MND-SE/LCH/2026/07Position: Interpreter":                         len("HQ MND-SE/LCH/2026/0"),
	} {
		got := -1
		if m := reGluedLabel().FindStringIndex(in); m != nil {
			got = m[0]
		}
		if got != want {
			t.Errorf("reGluedLabel in %q at %d, want %d", in, got, want)
		}
	}
}

func TestCleanRefGluedLabel(t *testing.T) {
	assert.Equal(t, "HQ MND-SE/LCH/2026/07", cleanRef("HQ MND-SE/LCH/2026/07Position: Interpreter/Translator (Romanian–English)Grade: LCH-5"))
}

func TestQuotedRef(t *testing.T) {
	for in, want := range map[string]string{
		"Send your résumé to HR no later than June 19, 2026, quoting process number 26-SCC-EA-0118. Tests follow.": "26-SCC-EA-0118",
		`Please send a CV with the subject line "COE-SC/VA/2026/03". Deadline: 22 May 2026.`:                       "COE-SC/VA/2026/03",
		"Les offres doivent être déposées sur la plateforme sous la référence 2026-147.":                           "2026-147",
		"Quoting from the 2026 report, the Agency grew.":                                                           "",
		"The subject of the post is statistics.":                                                                   "",
		"Applications quoting 12 will be ignored.":                                                                 "",
	} {
		if got := quotedRef(in); got != want {
			t.Errorf("quotedRef(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCodeLineRef(t *testing.T) {
	for in, want := range map[string]string{
		"NETMA/VN/2026/07":                         "NETMA/VN/2026/07",
		"No. NETMA/VN/2026/07":                     "NETMA/VN/2026/07",
		"COE-SC/VA/2026/03":                        "COE-SC/VA/2026/03",
		"12/05/2026":                               "", // a date
		"Analyst/Officer/Lead":                     "", // no number
		"www.example.org/a/26":                     "",
		"EX/2026/04 Trusted science for safe food": "",
		"No. CMDR COE/VN/03/2026":                  "CMDR COE/VN/03/2026",
		"C-IED COE CIV 02/2026":                    "C-IED COE CIV 02/2026",
		"APRIL 2026":                               "", // no parts
		"Page 02/2026":                             "", // two parts after words not in capitals
		"Publiée le 02/06/2026":                    "", // a date after words
		"Temporary Agent EUSPA/TA/AD7/2026/014":    "EUSPA/TA/AD7/2026/014",
		"Grade 5 EUSPA/TA/AD7/2026/014":            "", // figures in the words
	} {
		if got := codeLineRef(in); got != want {
			t.Errorf("codeLineRef(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsBannerCode(t *testing.T) {
	for in, want := range map[string]bool{
		"Vacancy Notice MP COE VN 03/2026": true,
		"Vacancy Notice NETMA/VN/2026/07":  true,
		"Vacancy Notice":                   false,
		"Senior Analyst":                   false,
	} {
		if got := isBannerCode(in); got != want {
			t.Errorf("isBannerCode(%q) = %v", in, got)
		}
	}
}

func TestGradeFromText(t *testing.T) {
	for in, want := range map[string]string{
		"The successful candidate will be offered a contract as Temporary Agent, grade AD6, for 5 years.": "AD6",
		"The successful candidate will be recruited at the A2 grade, according to the scale.":             "A2",
		"The basic salary for grade AD 7, step 1, is EUR 7 000.":                                          "AD 7",
		"Staff are graded according to their experience.":                                                 "",
		"Pupils in grade 5 and above may attend.":                                                         "",
	} {
		sections := []schema.Section{{Kind: "offer", Content: []schema.Content{{Type: "paragraph", Text: in}}}}
		if got, _ := gradeFromText(sections); got != want {
			t.Errorf("gradeFromText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGradeInPay(t *testing.T) {
	for in, want := range map[string]string{
		"£26,310 – £27,940 per annum (Band C)":                          "Band C",
		"£29,860 - £33,410 a year (Grade 6)":                            "Grade 6",
		"Grade E: £28,410 – £30,960 per annum":                          "Grade E",
		"Band 12 of the SPREP salary scale; the starting salary is USD": "Band 12",
		"Band C, plus 6% employer pension contribution":                 "Band C",
		"$28.41 to $34.57 per hour (Level 6)":                           "", // a level, no step's word
		"Scale A11 – gross annual salary from €46,870.32":               "", // a scale
		"€4,512.36 (indexed, scale A1/1, without seniority)":            "", // a scale's step in small letters
		"£30,000 (Grade 6 and above)":                                   "", // no code alone
		"up to £40,000 depending on the band reached":                   "", // the word, no code
		"€5,562 (Grade AD12)":                                           "", // a code of another kind
		"Scale 20 – BZD 38,520 – 46,740 per annum":                      "Scale 20",
		"Grade E – £28,410 – £30,960 per annum":                         "Grade E",
	} {
		if got := gradeInPay(in); got != want {
			t.Errorf("gradeInPay(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTitleAsWritten(t *testing.T) {
	body := []stream.Block{
		{Kind: stream.Heading, Text: "Warehouse Assistant, G4"},
		{Kind: stream.Field, Label: "Post", Text: "Court Interpreter and Translator (Dutch and French)"},
		{Kind: stream.Paragraph, Text: "The Human Rights Officer reports to the Chief."},
		{Kind: stream.Field, Label: "Unit", Text: "Subdata Analysts Office"},
	}
	for in, want := range map[string]string{
		"COURT INTERPRETER AND TRANSLATOR (DUTCH AND FRENCH)": "Court Interpreter and Translator (Dutch and French)",
		"WAREHOUSE ASSISTANT":  "WAREHOUSE ASSISTANT",  // a heading's spelling: the sets differ
		"HUMAN RIGHTS OFFICER": "HUMAN RIGHTS OFFICER", // a sentence's
		"DATA ANALYSTS":        "DATA ANALYSTS",        // inside a word
		"Data Analyst":         "Data Analyst",
	} {
		if got := titleAsWritten(in, body); got != want {
			t.Errorf("titleAsWritten(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUsableTitle(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for in, want := range map[string]bool{
		"Legal Officers – State Aid – job reference 08/2026": true,
		"Job reference 08/2026":                              false,
		"3.8 out of 5 stars":                                 false,
		"Salary estimate":                                    false,
		"Payroll and Salary Administrator":                   true,
		"Présenter vos propositions au comité de crédit ;":   false, // an item
		"Comment pouvez-vous faire la différence ?":          false, // a question
		"Careers Sign In Search for Jobs English ▾":          false, // a menu
		"(Version française ci-dessous)":                     false, // a remark
	} {
		if got := x.usableTitle(in); got != want {
			t.Errorf("usableTitle(%q) = %v", in, got)
		}
	}
}

func TestListsQualifications(t *testing.T) {
	section := func(items ...string) schema.Section {
		s := schema.Section{Kind: "competencies"}
		for _, it := range items {
			s.Content = append(s.Content, schema.Content{Type: "item", Text: it, Marker: "•"})
		}
		return s
	}
	for _, c := range []struct {
		s             schema.Section
		afterCriteria bool
		want          bool
	}{
		{section("Hold at least a Master's degree in gender studies.", "Have a minimum of six years of relevant experience.",
			"Ability to communicate effectively in English or French."), false, true},
		{section("Communication: explains results clearly.", "Teamwork: works well with others.", "Knowledge of SQL."), false, false},
		{section("Judgement", "Initiative", "Working effectively with others"), false, false},
		// Languages and tools right after the diploma's section.
		{section("Excellente maîtrise du français, à l'oral comme à l'écrit.", "Bonne connaissance de l'anglais (niveau B2 minimum).",
			"Maîtrise des outils bureautiques (Word, Excel, Outlook)."), true, true},
		{section("Excellente maîtrise du français, à l'oral comme à l'écrit.", "Bonne connaissance de l'anglais (niveau B2 minimum).",
			"Maîtrise des outils bureautiques (Word, Excel, Outlook)."), false, false},
		// The names of skills, or the clauses of one sentence, are competencies.
		{section("Maîtrise des outils de suivi budgétaire", "Connaissance des enjeux de régulation du numérique"), true, false},
		{section("maîtrise des plateformes en ligne ;", "connaissance des outils de gestion de projet."), true, false},
	} {
		if got := listsQualifications(c.s, c.afterCriteria, false); got != c.want {
			t.Errorf("listsQualifications(%v) = %v", c.s.Content, got)
		}
	}
}

// The first part of a profile whose heading holds nothing of its own:
// half the items name what a candidate brings, a diploma among them.
func TestListsQualificationsUnderProfile(t *testing.T) {
	s := schema.Section{Kind: "competencies"}
	for _, it := range []string{"Formation supérieure (bac+5) en histoire ou en archivistique.", "Expérience d'au moins trois ans en gestion de fonds.",
		"Pratique des marchés publics.", "Aptitude à rédiger des notes de synthèse."} {
		s.Content = append(s.Content, schema.Content{Type: "item", Text: it, Marker: "-"})
	}
	assert.True(t, listsQualifications(s, true, true))
	assert.False(t, listsQualifications(s, true, false), "after criteria of its own, two thirds are needed")
	qualities := schema.Section{Kind: "competencies", Content: []schema.Content{{Type: "item", Text: "Rigueur"}, {Type: "item", Text: "Autonomie"}, {Type: "item", Text: "Sens de l'écoute"}}}
	assert.False(t, listsQualifications(qualities, true, true), "qualities stay competencies")
	// A diploma and years of experience among five: criteria, whatever
	// the heading calls them.
	skills := schema.Section{Kind: "competencies"}
	for _, it := range []string{"Master en droit d'une université suisse ou titre jugé équivalent", "Au moins trois ans d'expérience professionnelle en droit administratif",
		"Intérêt marqué pour les technologies numériques", "Style rédactionnel clair et précis", "Très bonnes connaissances de deux langues officielles"} {
		skills.Content = append(skills.Content, schema.Content{Type: "item", Text: it})
	}
	assert.True(t, listsQualifications(skills, false, false))
}

func TestBoardLevelGrade(t *testing.T) {
	for in, want := range map[string]string{
		"Mid level - P-4, International Professional - Internationally recruited position": "P-4",
		"Junior level - IP2, International Professional 2":                                 "IP2",
		"Mid level": "",
	} {
		got := ""
		if m := reBoardLevelGrade().FindStringSubmatch(in); m != nil {
			got = m[1]
		}
		if got != want {
			t.Errorf("reBoardLevelGrade(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCodeRunOn(t *testing.T) {
	voc := vocab.Default()
	for in, want := range map[string]string{
		"G6Staff Member / Affiliate TypeNational Staff": "G6",
		"L-5Net":                 "L-5",
		"G17 | Full-time":        "G17",
		"G9 Clearance Level CTS": "G9",
		"G15":                    "G15",
		"P-4/P-5":                "P-4/P-5",
		"AD7 (Temporary Agent)":  "AD7 (Temporary Agent)",
		"Level 9":                "Level 9",
		"A6 – attaché·e":         "A6 – attaché·e",
		"B2 de la grille":        "B2 de la grille",
	} {
		if got := codeRunOn(voc, in); got != want {
			t.Errorf("codeRunOn(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGradeCode(t *testing.T) {
	for _, c := range []struct{ in, grade, pay string }{
		{"Civilian Grade C-4", "C-4", ""},
		{"Meteorologist Grade 1", "Meteorologist Grade 1", ""}, // a number stays with its words
		{"Technical Officer Grade III", "Technical Officer Grade III", ""},
		{"PIP 7: $81,344 - $98,913", "PIP 7", "$81,344 - $98,913"},
		{"A.2 / NATO Grade G15", "A.2 / NATO Grade G15", ""},
		{"Catégorie A (cadre)", "Catégorie A (cadre)", ""},
		{"Level: Senior", "Level: Senior", ""},
		{"Professional and Higher Categories, P-3", "P-3", ""},
		{"Pro, P-3", "Pro, P-3", ""}, // a category of three runes after its capital at least
		{"Prof, P-3", "P-3", ""},
		{"P" + strings.Repeat("a", 60) + ", P-3", "P-3", ""}, // sixty at most
		{"P" + strings.Repeat("a", 61) + ", P-3", "P" + strings.Repeat("a", 61) + ", P-3", ""},
		{"Écoles et éèàùç, B2", "B2", ""}, // counted in runes, not bytes
		{"Local civilian staff, grade LC-5", "LC-5", ""},
		{"National Professional Officers, NO-B", "NO-B", ""}, // a step's letter after a dash
		{"Cadre, AB", "Cadre, AB", ""},                       // letters without a dash: no code
		{"B, grade B3", "B3", ""},                            // a code named a grade: a category of any length
		{"catégorie B, niveau 2", "catégorie B, niveau 2", ""},
		{"Temporary Agent, AD 6", "AD 6", ""},
		{"TA AD6", "AD6", ""},
		{"NATO G10", "G10", ""},
		{"Temporary Agent / AD7", "AD7", ""},
		{"A – échelle A3", "A3", ""},
		{"18 de l'échelle des traitements du personnel communal", "18", ""},
	} {
		if grade, pay := gradeCode(c.in); grade != c.grade || pay != c.pay {
			t.Errorf("gradeCode(%q) = %q, %q; want %q, %q", c.in, grade, pay, c.grade, c.pay)
		}
	}
}

func TestCutTitleTail(t *testing.T) {
	for _, c := range []struct{ in, name, grade, ref string }{
		{"Programme Officer, Youth Participation, Grade P2", "Programme Officer, Youth Participation", "P2", ""},
		{"Responsable de programme, Participation des jeunes, grade P2", "Responsable de programme, Participation des jeunes", "P2", ""},
		{"Specialist, Health Product Data – Grade E – Fixed-Term", "Specialist, Health Product Data", "E", ""},
		{"Audit Data Analyst (1 post)", "Audit Data Analyst", "", ""},
		{"Analyste de données d'audit (2 postes)", "Analyste de données d'audit", "", ""},
		{"Legal Officers – State Aid – job reference 08/2026", "Legal Officers – State Aid", "", "08/2026"},
		{"Programme Finance Officer – Vacancy Notice VN 26/014", "Programme Finance Officer", "", "VN 26/014"},
		{"Chargé de programme – avis de vacance n° 2026/07", "Chargé de programme", "", "2026/07"},
		{"Policy Analyst - Bilingual", "Policy Analyst - Bilingual", "", ""},
		{"Data Protection Officer (Grade A2)", "Data Protection Officer (Grade A2)", "", ""},
		{"HUMAN RIGHTS OFFICER, P3", "HUMAN RIGHTS OFFICER", "P3", ""},
		{"Research Specialist (Child Poverty Measurement), P-3, Florence, Italy (Fixed Term)", "Research Specialist (Child Poverty Measurement)", "P-3", ""},
		{"IT Systems Administrator (civilian)", "IT Systems Administrator", "", ""},
		{"Urbaniste responsable de projets (80–100 %)", "Urbaniste responsable de projets", "", ""},
		{"Legal Officer – Judicial Cooperation Instruments (AD 7)", "Legal Officer – Judicial Cooperation Instruments", "AD 7", ""},
		{"Data Analyst (FG IV)", "Data Analyst", "FG IV", ""},
		{"Risk Analyst – Insurance Stress Testing (TA AD6) (External)", "Risk Analyst – Insurance Stress Testing", "AD6", ""},
		{"Training Officer (Contract Agent, FG IV)", "Training Officer", "FG IV", ""},
		{"Verification Data Analyst (P-3)", "Verification Data Analyst (P-3)", "", ""}, // as the UN writes it
		{"Analyst, Network Planning", "Analyst, Network Planning", "", ""},
	} {
		name, grade, ref := cutTitleTail(c.in)
		if name != c.name || grade != c.grade || ref != c.ref {
			t.Errorf("cutTitleTail(%q) = %q, %q, %q; want %q, %q, %q", c.in, name, grade, ref, c.name, c.grade, c.ref)
		}
	}
}

func TestIsDateOnly(t *testing.T) {
	for in, want := range map[string]bool{
		"05/22/2026": true, "2026-04-20": true, "22.05.2026": true,
		"26/031": false, "2026/0312": false, "EX/2026/04": false, "JR100417": false,
	} {
		if got := isDateOnly(in); got != want {
			t.Errorf("isDateOnly(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsListHead(t *testing.T) {
	for in, want := range map[string]bool{
		"Ce qui vous rend unique":                   true,
		"6.1 Professional competencies (essential)": true, // its section number is no figure of its text
		"Recruitment type: External":                false,
		"The incumbent will draft reports.":         false,
		"Budget of 2 million euros":                 false,
	} {
		if got := isListHead(in); got != want {
			t.Errorf("isListHead(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestAfterScaleWord(t *testing.T) {
	for in, want := range map[string]bool{
		"selon la classe ": true,
		"grade 13, step ":  true,
		"Salary Grade: ":   true, // the label's colon is no part of the word
		"Salary ":          false,
		"classe":           false, // glued: a code ("classe15")
	} {
		if got := afterScaleWord(in); got != want {
			t.Errorf("afterScaleWord(%q) = %v, want %v", in, got, want)
		}
	}
}

// A list after many paragraphs of a section is no more its items: a
// journal's page goes on to other notices.
func TestOuterItemsStopAfterProse(t *testing.T) {
	s := schema.Section{Kind: "essential"}
	s.Content = append(s.Content, schema.Content{Type: "item", Text: "Master en droit."}, schema.Content{Type: "item", Text: "Trois ans d'expérience."})
	for range maxParagraphsInList {
		s.Content = append(s.Content, schema.Content{Type: "paragraph", Text: "Commune de Courgenay"})
	}
	s.Content = append(s.Content, schema.Content{Type: "item", Text: "Procès-verbal de la dernière assemblée."})
	items, _ := outerItems(s)
	assert.Equal(t, []string{"Master en droit.", "Trois ans d'expérience."}, items)
}

func TestBareGradePay(t *testing.T) {
	m := reBareGradePay().FindStringSubmatch("LS-02 ($80,918 – $96,775)")
	if assert.NotNil(t, m) {
		assert.Equal(t, []string{"LS-02", "$80,918 – $96,775"}, m[1:])
	}
	assert.Nil(t, reBareGradePay().FindStringSubmatch("Ottawa (Ontario)"))
}

// mayHaveTail lets through every tail reTitleTail can read.
func TestMayHaveTailGate(t *testing.T) {
	for _, in := range []string{"Audit Data Analyst (1 post)", "IT Systems Administrator (civilian)", "Urbaniste (80–100 %)",
		"Specialist, Health Product Data – Grade E – Fixed-Term", "HUMAN RIGHTS OFFICER, P3", "Officer, NO-B",
		"Legal Officers – State Aid – job reference 08/2026", "Analyste – réf. 12/2026"} {
		if !mayHaveTail(in) {
			t.Errorf("mayHaveTail(%q) = false", in)
		}
	}
	if mayHaveTail("Senior Analyst, Network Planning") {
		t.Error("mayHaveTail of a title without a tail")
	}
}

// A board's "Related vacancies" sub-heading ends the criteria: the posts
// listed under it are none.
func TestBeforeClosingHeading(t *testing.T) {
	s := schema.Section{Kind: "desirable", Content: []schema.Content{
		{Type: "item", Text: "A recognised qualification in adult education."},
		{Type: "heading", Text: "Related vacancies"},
		{Type: "item", Text: "Traineeship in Communication — deadline 15/06/2026"},
	}}
	got, _ := criteria(beforeClosing(s))
	assert.Equal(t, []string{"A recognised qualification in adult education."}, got)
}

func TestClearanceValue(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"NATO SECRET", "NATO SECRET"},
		{"SECRET UE/EU SECRET1", "SECRET UE/EU SECRET"},
		{"the successful candidate will be required to hold or obtain a personnel security clearance at the level SECRET UE/EU SECRET.", "SECRET UE/EU SECRET"},
		{"NATO SECRET (the vetting procedure is initiated by the employer)", "NATO SECRET"},
		{"Level 2", "Level 2"}, // a figure of its own
		{"NS2", "NS2"},         // no known level before the figure
	} {
		if got := clearanceValue(c.in); got != c.want {
			t.Errorf("clearanceValue(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAsProseWrites(t *testing.T) {
	body := []stream.Block{
		{Kind: stream.Paragraph, Text: "NATO FORCE INTEGRATION UNIT LITHUANIA (NFIU LTU)"},
		{Kind: stream.Paragraph, Text: "The NATO Force Integration Unit Lithuania (NFIU LTU) is a small multinational headquarters."},
	}
	for in, want := range map[string]string{
		"NATO FORCE INTEGRATION UNIT LITHUANIA (NFIU LTU)": "NATO Force Integration Unit Lithuania (NFIU LTU)",
		"NATO":          "NATO", // capitals as the prose writes them
		"ESA Careers":   "ESA Careers",
		"WORLD BANK HQ": "WORLD BANK HQ", // not in the prose
	} {
		if got := asProseWrites(in, body); got != want {
			t.Errorf("asProseWrites(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanValue(t *testing.T) {
	v := vocab.Default()
	for _, c := range []struct{ field, in, want string }{
		{"grade", "NATO Grade G22", "G22"},
		{"grade", "Grade 7", "Grade 7"}, // the word makes the number a grade
		{"grade", "Catégorie 12 – Agent de maîtrise", "Catégorie 12 – Agent de maîtrise"},
		{"grade", "Catégorie IV, échelon 3", "Catégorie IV, échelon 3"},
		{"grade", "A.2 / NATO Grade G15", "A.2 / NATO Grade G15"},
		{"grade", "Band M2", "Band M2"}, // a band is named with its word
		{"grade", "Band C", "Band C"},
		{"clearance", "Security Clearance NATO SECRET", "NATO SECRET"},
	} {
		if got := cleanValue(v, c.field, c.in); got != c.want {
			t.Errorf("cleanValue(%q, %q) = %q, want %q", c.field, c.in, got, c.want)
		}
	}
}

// A location label of another word at a value's start is the place's
// own: "City Hall" under "Work location".
func TestPlaceValueKeepsItsOwnWord(t *testing.T) {
	voc := vocab.Default()
	assert.Equal(t, "City Hall, 333 Acadie Avenue, Dieppe, NB", placeValue(voc, "Work location", "City Hall, 333 Acadie Avenue, Dieppe, NB"))
	assert.Equal(t, "Netherlands, The Hague", placeValue(voc, "Duty location", "Location Netherlands, The Hague"))
}

// The currency written beside the amount is the salary's, whatever other
// currency the text names after it.
func TestSalaryCurrencyBesideItsAmount(t *testing.T) {
	for in, want := range map[string]string{
		"USD 68,219, plus a post adjustment (currently 47.3% for Lyon), which is variable and paid in euros.": "USD",
		"68 219 USD, auquel s'ajoute un ajustement de poste payé en euros":                                    "USD",
		"EUR 5,904.12 basic monthly salary":                                                                   "EUR",
	} {
		s, ok := parseSalary(in, "")
		if assert.True(t, ok, in) && assert.NotNil(t, s.Currency, in) {
			assert.Equal(t, want, *s.Currency, in)
		}
	}
}

func TestIsDatedFact(t *testing.T) {
	for text, want := range map[string]bool{
		"Date d'affichage : 19 mai 2026":      true,
		"Posting date: May 11, 2026":          true,
		"Unposting Date: 2026-04-22 11:59 PM": true,
		"01/09/2026":                          true,
		"Available to start before 1 September 2026, with a driving licence.": false,
		"A master's degree obtained by 30 June 2026 at the latest.":           false,
		"Three years of experience.":                                          false,
	} {
		assert.Equal(t, want, isDatedFact(text), text)
	}
}

func TestIsPostCode(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"CJOS CDE 0210", true},
		{"NPL JLXX 0060", true},
		{"A134", true},
		{"A134 - Project Officer Cyber Defence", false},
		{"IT OFFICER G15", false},
		{"SENIOR GENDER SPECIALIST, AHGC.1", false},
		{"Budget Officer", false},
	} {
		if got := isPostCode(tt.in); got != tt.want {
			t.Errorf("isPostCode(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestBilingualFact(t *testing.T) {
	for _, tt := range []struct {
		in, lang, want string
		ok             bool
	}{
		{"Temps plein | Full-Time", "en", "Full-Time", true},
		{"Temps plein | Full-Time", "fr", "Temps plein", true},
		{"Full-time / Temps plein", "fr", "Temps plein", true},
		{"Full-time / Part-time", "en", "", false},
		{"Temps plein", "fr", "", false},
	} {
		got, ok := bilingualFact(tt.in, tt.lang, vocab.ScheduleValueLang)
		if got != tt.want || ok != tt.ok {
			t.Errorf("bilingualFact(%q, %s) = %q, %v; want %q, %v", tt.in, tt.lang, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPlausibleEmployerNoUnion(t *testing.T) {
	for name, want := range map[string]bool{
		"Syndicat SCFP – unité de soutien":            false,
		"Union CUPE":                                  false,
		"Union internationale des télécommunications": true,
		"Hôpital Montfort":                            true,
	} {
		if got := plausibleEmployer(name, "Pharmacy Technician"); got != want {
			t.Errorf("plausibleEmployer(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestGradeInSentence(t *testing.T) {
	for in, want := range map[string]string{
		"The post is graded at grade AD6, step 1.":                              "AD6",
		"rémunéré par analogie au groupe d'indemnité B1, sous-groupe technique": "B1",
		"Pay group E 13 of the TVöD scale.":                                     "",
		"Join our research group in Lyon.":                                      "",
	} {
		if got := gradeInSentence(in); got != want {
			t.Errorf("gradeInSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNameBeside(t *testing.T) {
	x := &extraction{voc: vocab.Default(), blocks: []stream.Block{
		{Kind: stream.Heading, Text: "Royal Canadian Mounted Police Gendarmerie royale du Canada"},
		{Kind: stream.Paragraph, Text: "Français | Contact us | Search"},
	}}
	if got, at := x.nameBeside("Royal Canadian Mounted Police", "fr"); got != "Gendarmerie royale du Canada" || at != 0 {
		t.Errorf("nameBeside = %q, %d", got, at)
	}
	if got, _ := x.nameBeside("Royal Canadian Mounted Police", "en"); got != "" {
		t.Errorf("nameBeside in English = %q, want none", got)
	}
}

func TestNamedGrade(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	for _, tt := range []struct {
		label, value string
		want         bool
	}{
		{"GRADE", "Ingénieur hospitalier", true},
		{"Grade", "Attaché territorial", true},
		{"Category", "Policy and Analysis", false},
		{"Grade", "Vacancy Type", false},
		{"Grade", "to be confirmed after the interviews with the panel and the director.", false},
	} {
		if got := x.namedGrade(tt.label, tt.value); got != tt.want {
			t.Errorf("namedGrade(%q, %q) = %v, want %v", tt.label, tt.value, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	for in, want := range map[string][]string{
		"Apply by 11:59 p.m. ET on Friday, June 12, 2026. We reply soon.": {"Apply by 11:59 p.m. ET on Friday, June 12, 2026.", "We reply soon."},
		"Until 11:59 p.m. (ET) on May 29. Thanks.":                        {"Until 11:59 p.m. (ET) on May 29.", "Thanks."},
		"A degree, e.g. a master. Five years.":                            {"A degree, e.g. a master.", "Five years."},
		"Salary: 3.5 million. Next":                                       {"Salary: 3.5 million.", "Next"},
		"Report to Dr. Dumont. Travel often.":                             {"Report to Dr. Dumont.", "Travel often."},
	} {
		if got := sentences(in); !slices.Equal(got, want) {
			t.Errorf("sentences(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithoutHashtags(t *testing.T) {
	for in, want := range map[string]string{
		"Basel, Switzerland #LI-Hybrid": "Basel, Switzerland",
		"Toronto #LI-DNI #hybrid":       "Toronto",
		"Room #12":                      "Room #12",
		"C#":                            "C#",
	} {
		if got := withoutHashtags(in); got != want {
			t.Errorf("withoutHashtags(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestInferredPeriod(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	c := func(s string) *string { return &s }
	for _, tt := range []struct {
		s    schema.Salary
		want string
	}{
		{schema.Salary{Amount: f(6418.72), Currency: c("EUR")}, "month"},
		{schema.Salary{Min: f(78000), Max: f(96000), Currency: c("EUR")}, "year"},
		{schema.Salary{Min: f(98416), Max: f(132861), Currency: c("CHF")}, "year"},
		{schema.Salary{Min: f(81344), Max: f(98913), Currency: c("CAD")}, ""},
		{schema.Salary{Amount: f(450), Currency: c("EUR")}, ""},
		{schema.Salary{Amount: f(6000)}, ""},
	} {
		if got := inferredPeriod(&tt.s); got != tt.want {
			t.Errorf("inferredPeriod(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestBareRefLine(t *testing.T) {
	for in, want := range map[string]string{
		"(SRB/AD/2026/006)": "SRB/AD/2026/006",
		"26104":             "26104",
		"REQ-10081453":      "REQ-10081453",
		"(Temporary Agent)": "",
		"(2026)":            "",
		"(AD 7)":            "",
	} {
		if got := bareRefLine(in); got != want {
			t.Errorf("bareRefLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMayNameClearance holds mayNameClearance to the test it replaces,
// strings.Contains of the lowered text, on texts with capitals, accents,
// the runes whose lower case is ASCII and bytes that are no UTF-8.
func TestMayNameClearance(t *testing.T) {
	old := func(text string) bool {
		low := strings.ToLower(text)
		return strings.Contains(low, "secret") || strings.Contains(low, "confiden") ||
			strings.Contains(low, "fiabilit") || strings.Contains(low, "reliability")
	}
	for _, text := range []string{
		"", "NATO SECRET", "Habilitation de sécurité SECRET", "niveau de fiabilité", "FIABİLITÉ",
		"Reliability status", "RELIABİLİTY", "confidentiel", "CONFİDEN", "secre t", "sécret",
		"s\xffecret", "secret\xff", "Sécurité : aucune", "the post is open to all", "ſecret",
		strings.Repeat("é", 300) + "Secret", strings.Repeat("x", 600) + "CONFIDENTIAL",
	} {
		if got, want := mayNameClearance(text), old(text); got != want {
			t.Errorf("mayNameClearance(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestBeforeTrailingLabel(t *testing.T) {
	v := vocab.Default()
	for in, want := range map[string]string{
		"Montreal, Quebec Job Description:":                                  "Montreal, Quebec",
		"Ottawa, Ontario (hybrid: at least two days per week in the office)": "Ottawa, Ontario (hybrid: at least two days per week in the office)",
		"Brussels, Belgium": "Brussels, Belgium",
	} {
		if got := beforeTrailingLabel(v, in); got != want {
			t.Errorf("beforeTrailingLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSalaryOrdinal(t *testing.T) {
	if _, ok := parseSalary("selon profil, avec 13e salaire et participation au bénéfice", ""); ok {
		t.Error("an ordinal read as an amount")
	}
}

// TestWithoutGluedPlace: a board's place of work glued to the employer's
// name goes; a name that ends with the place after a space stays.
func TestWithoutGluedPlace(t *testing.T) {
	for _, c := range []struct{ name, place, want string }{
		{"Swiss National Bank (SNB)Zürich", "Zürich", "Swiss National Bank (SNB)"},
		{"Groupe RobertBoucherville, QC", "Boucherville (Québec)", "Groupe Robert"},
		{"Autorité de surveillance FINMABerne", "Berne", "Autorité de surveillance FINMA"},
		{"Ville de Gatineau", "Gatineau", "Ville de Gatineau"},
		{"Bernese Museum", "Bern", "Bernese Museum"},
		{"Montréal", "Montréal", "Montréal"},
	} {
		assert.Equal(t, c.want, withoutGluedPlace(c.name, c.place), c.name)
	}
}

// TestWithoutOtherTitle: a half's title that holds both halves' titles
// keeps its own.
func TestWithoutOtherTitle(t *testing.T) {
	assert.Equal(t, "Chauffeur classe 1 – local", withoutOtherTitle("Chauffeur classe 1 – local / Class 1 Driver – Local", "Class 1 Driver – Local"))
	assert.Equal(t, "Agent de bord", withoutOtherTitle("Flight Attendant | Agent de bord", "Flight Attendant"))
	assert.Equal(t, "Input / Output Engineer", withoutOtherTitle("Input / Output Engineer", "Ingénieur entrées-sorties"))
}

// TestIsClassLine: a classification's code, name and level is no title;
// a title that opens with a grade is.
func TestIsClassLine(t *testing.T) {
	assert.True(t, isClassLine("PA3 Policy Analyst 3"))
	assert.True(t, isClassLine("AY12 Administrative Officer 12"))
	assert.False(t, isClassLine("P3 Economist"))
	assert.False(t, isClassLine("Policy Analyst 3"))
	assert.False(t, isClassLine("G16 Officer 2026"))
}

// TestRunInList: a run-in line that lists criteria parted by semicolons
// gives one a part, each with its semicolon when the list ends with a
// full stop as a sentence does, without when it does not; one
// criterion, or a sentence's clauses, none.
func TestRunInList(t *testing.T) {
	assert.Equal(t, []string{"une certification professionnelle ;", "une expérience des systèmes de surveillance."},
		runInList("une certification professionnelle ; une expérience des systèmes de surveillance."))
	assert.Equal(t, []string{"knowledge of Russian or Lithuanian;", "experience of convoy planning."},
		runInList("knowledge of Russian or Lithuanian; experience of convoy planning."))
	assert.Equal(t, []string{"Expérience en pédopsychiatrie", "Formation à la relaxation thérapeutique"},
		runInList("Expérience en pédopsychiatrie ; Formation à la relaxation thérapeutique"))
	assert.Nil(t, runInList("connaissance du droit fédéral"))
	assert.Nil(t, runInList("a first clause; "+strings.Repeat("a very long clause that goes on ", 6)))
}

// TestMissionGradeTail: a mission's local grade after the title, with
// the grade of its own nationals, is the grade, not the title's.
func TestMissionGradeTail(t *testing.T) {
	name, grade, _ := cutTitleTail("Procurement Assistant, FSN-07; FP-08*")
	assert.Equal(t, "Procurement Assistant", name)
	assert.Equal(t, "FSN-07", grade)
	name, grade, _ = cutTitleTail("Consular Assistant, LE-07")
	assert.Equal(t, "Consular Assistant", name)
	assert.Equal(t, "LE-07", grade)
}

// TestSalaryRangeSecondCurrency: a range whose second end repeats the
// currency before its figure, and a currency named in words.
func TestSalaryRangeSecondCurrency(t *testing.T) {
	s, ok := parseSalary("C$5,280 to C$6,150 gross per month", "")
	if assert.True(t, ok) && assert.NotNil(t, s.Min) && assert.NotNil(t, s.Max) {
		assert.Equal(t, 5280.0, *s.Min)
		assert.Equal(t, 6150.0, *s.Max)
		assert.Equal(t, "CAD", deref(s.Currency))
	}
	s, ok = parseSalary("Traitement annuel net de base : 72 862 dollars des États-Unis", "")
	if assert.True(t, ok) {
		assert.Equal(t, "USD", deref(s.Currency))
	}
	s, ok = parseSalary("Rs 68,500 – Rs 86,000 monthly (MUR)", "")
	if assert.True(t, ok) && assert.NotNil(t, s.Min) && assert.NotNil(t, s.Max) {
		assert.Equal(t, 68500.0, *s.Min)
		assert.Equal(t, 86000.0, *s.Max)
		assert.Equal(t, "MUR", deref(s.Currency))
	}
	s, ok = parseSalary("Monthly remuneration is approximately BAM 3,214.", "")
	if assert.True(t, ok) {
		assert.Equal(t, "BAM", deref(s.Currency))
	}
}

// TestSalaryAfterRunInHeading: a run-in heading about pay names the pay
// its next sentence states; a sentence with no cue after a long one that
// has one names none.
func TestSalaryAfterRunInHeading(t *testing.T) {
	sections := func(text string) []schema.Section {
		return []schema.Section{{Content: []schema.Content{{Text: text}}}}
	}
	none := func(string) string { return "" }
	cad := func(string) string { return "CAD" }
	s, _, _ := salaryFromText(sections("Traitement. Selon la convention collective, de 78 412 $ à 142 655 $ par année."), cad)
	if assert.NotNil(t, s) && assert.NotNil(t, s.Min) {
		assert.Equal(t, 78412.0, *s.Min)
		assert.Equal(t, "CAD", deref(s.Currency))
	}
	s, _, _ = salaryFromText(sections("The salary scale is published on our site. The team has 12 engineers and a EUR 40,000 budget."), none)
	assert.Nil(t, s)
	s, _, _ = salaryFromText(sections("Salary. The team manages a portfolio of EUR 40 million."), none)
	assert.Nil(t, s) // no period: no pay
}

// TestSalaryFromFee: a consultant's fee for a period of work is the
// post's pay; a fee for a course names no period of work, and "coffee"
// names no fee.
func TestSalaryFromFee(t *testing.T) {
	sections := func(text string) []schema.Section {
		return []schema.Section{{Content: []schema.Content{{Text: text}}}}
	}
	none := func(string) string { return "" }
	s, _, _ := salaryFromText(sections("Fee: USD 415 per working day"), none)
	if assert.NotNil(t, s) && assert.NotNil(t, s.Amount) {
		assert.Equal(t, 415.0, *s.Amount)
		assert.Equal(t, "day", deref(s.Period))
	}
	s, _, _ = salaryFromText(sections("Les honoraires sont compris entre 180 et 240 USD par jour ouvré, selon l'expérience."), none)
	if assert.NotNil(t, s) && assert.NotNil(t, s.Max) {
		assert.Equal(t, 240.0, *s.Max)
	}
	s, _, _ = salaryFromText(sections("Course fee: USD 450 per participant (staff of UN system organizations)."), none)
	assert.Nil(t, s)
	s, _, _ = salaryFromText(sections("Coffee breaks cost EUR 4 per day."), none)
	assert.Nil(t, s)
	// A benefit's fee, a fee refunded, a penalty: no consultant's pay.
	for _, text := range []string{
		"International staff receive reimbursement of school fees up to USD 20,000 per year per child.",
		"We cover gym membership fees of up to EUR 500 per year.",
		"Late fees of EUR 10 per day apply to unreturned equipment.",
		"Prise en charge des honoraires de formation jusqu'à 1 500 € par an.",
	} {
		s, _, _ = salaryFromText(sections(text), none)
		assert.Nil(t, s, text)
	}
}

// TestSalaryUnderPayHeading: a short heading about pay names the pay its
// paragraph opens with; a paragraph under another heading, or an item of
// a list of benefits, names none.
func TestSalaryUnderPayHeading(t *testing.T) {
	section := func(heading, typ, text string) []schema.Section {
		return []schema.Section{{Heading: heading, Content: []schema.Content{{Type: typ, Text: text}}}}
	}
	none := func(string) string { return "" }
	s, _, _ := salaryFromText(section("Rémunération", "paragraph", "De 48 000 € à 56 000 € bruts annuels fixes, selon ton expérience."), none)
	if assert.NotNil(t, s) && assert.NotNil(t, s.Min) {
		assert.Equal(t, 48000.0, *s.Min)
		assert.Equal(t, "year", deref(s.Period))
	}
	s, _, _ = salaryFromText(section("Le projet", "paragraph", "De 48 000 € à 56 000 € par an sont investis dans le réseau."), none)
	assert.Nil(t, s)
	s, _, _ = salaryFromText(section("Salary and benefits", "item", "A learning budget of $2,500 per year."), none)
	assert.Nil(t, s)
	// A heading of pay and something else may open on the other's amount.
	s, _, _ = salaryFromText(section("Salary and benefits", "paragraph", "The post offers 30 days of leave per year and a EUR 1,200 per year transport pass."), none)
	assert.Nil(t, s)
	s, _, _ = salaryFromText(section("Rémunération et avantages", "paragraph", "47 000 € – 53 000 € bruts annuels selon expérience, carte repas, mutuelle."), none)
	if assert.NotNil(t, s) && assert.NotNil(t, s.Min) {
		assert.Equal(t, 47000.0, *s.Min)
	}
}

// TestCheckedOptions: of a form's options, the ticked ones.
func TestCheckedOptions(t *testing.T) {
	for in, want := range map[string]string{
		"☒ Full time ☐ Part time":       "Full time",
		"☐ Temps plein ☒ Temps partiel": "Temps partiel",
		"Full time ☐ Part time":         "Full time", // the ticked box's glyph lost
		"☑ Remote ☑ Hybrid ☐ On site":   "Remote, Hybrid",
		"Full-time":                     "Full-time",
	} {
		assert.Equal(t, want, checkedOptions(in), in)
	}
}

// TestPlaceRunOn: the next field a layout ran on after a place, with or
// without its colon, is no part of it; a trail of places is one.
func TestPlaceRunOn(t *testing.T) {
	v := vocab.Default()
	for value, want := range map[string]string{
		"Charlottetown Type: Permanent":          "Charlottetown",
		"Dakar, Sénégal Catégorie et classe P-3": "Dakar, Sénégal",
		"Canada : Québec : Montréal":             "Canada : Québec : Montréal",
		"Mons (Casteau), Belgium":                "Mons (Casteau), Belgium",
		"Maison de Région Metz":                  "Maison de Région Metz", // a name's word after "de", no label
	} {
		assert.Equal(t, want, placeValue(v, "Location", value), value)
	}
}

// TestAssetSentences: a paragraph whose every sentence is an asset gives
// one desirable criterion a sentence; one that mixes gives none.
func TestAssetSentences(t *testing.T) {
	assert.Equal(t, []string{"Knowledge of Wolof is a plus.", "Experience with open-source research is also a plus."},
		assetSentences("Knowledge of Wolof is a plus. Experience with open-source research is also a plus."))
	assert.Nil(t, assetSentences("A degree in law. Knowledge of Wolof is a plus."))
	assert.Nil(t, assetSentences("Knowledge of Wolof is a plus."))
}

// TestWithoutRefHead: the reference, or its last part, before a title and
// a dash is no part of it.
func TestWithoutRefHead(t *testing.T) {
	assert.Equal(t, "Project Officer Cyber Defence", withoutRefHead("A134 - Project Officer Cyber Defence", "EDA/2026/A134"))
	assert.True(t, isRefPart("ENV-0418-26", "ENV-0418-26"))
	assert.False(t, isRefPart("Operations Division", "ENV-0418-26"))
	assert.Equal(t, "Legal Officer", withoutRefHead("VN-26-07 – Legal Officer", "VN-26-07"))
	assert.Equal(t, "Procurement Assistant - Procurement Directorate", withoutRefHead("Procurement Assistant - Procurement Directorate", "250968"))
	assert.Equal(t, "NATO - Analyst", withoutRefHead("NATO - Analyst", "NATO/2026/1"))
}

// TestRefLetterDate: the place and date of a letter after a reference,
// or a date's label, are no part of it.
func TestRefLetterDate(t *testing.T) {
	assert.Equal(t, "PH/DRH/2026/058", cleanRef("PH/DRH/2026/058 Mons, le 26 mai 2026"))
	assert.Equal(t, "487311", cleanRef("487311 Date: 28 May 2026"))
	assert.Equal(t, "NFIU POL/LCP/26/03", cleanRef("NFIU POL/LCP/26/03"))
}

func TestWithoutRemarkInParens(t *testing.T) {
	for in, want := range map[string]string{
		"Commune de Mamer (client de Manpower Luxembourg)":                                 "Commune de Mamer",
		"CR14 Foundation (operator of the NATO Cyber Range)":                               "CR14 Foundation",
		"The Global Fund to Fight AIDS, Tuberculosis and Malaria (the Global Fund)":        "The Global Fund to Fight AIDS, Tuberculosis and Malaria (the Global Fund)",
		"European Union Agency for the Operational Management of Large-Scale IT (eu-LISA)": "European Union Agency for the Operational Management of Large-Scale IT (eu-LISA)",
		"Pacific Community (SPC)":        "Pacific Community (SPC)",
		"Caisse de dépôt (siège social)": "Caisse de dépôt",
	} {
		assert.Equal(t, want, withoutRemarkInParens(in), in)
	}
}

func TestWithoutFinalStop(t *testing.T) {
	for in, want := range map[string]string{"Apia, Samoa.": "Apia, Samoa", "Toronto, Ont.": "Toronto, Ont.",
		"Yellowknife, N.W.T.": "Yellowknife, N.W.T.", "Brussels": "Brussels", "Geneva, Switzerland.": "Geneva, Switzerland",
		"Saint-Lô, 12 rue St.": "Saint-Lô, 12 rue St."} {
		assert.Equal(t, want, withoutFinalStop(in), in)
	}
}

// pdfTeX's euro sign drawn from a symbol font's "e" with no Unicode of its
// own comes out as a lone "e" after the amount.
func TestLostEuroSign(t *testing.T) {
	s, ok := parseSalary("Traitement mensuel brut : 4 215,00 e", "")
	if assert.True(t, ok) && assert.NotNil(t, s.Currency) {
		assert.Equal(t, "EUR", *s.Currency)
	}
	assert.False(t, lostEuroSign(" e.g. with allowances"))
	assert.False(t, lostEuroSign(" et plus"))
	assert.True(t, lostEuroSign(" e par mois"))
}

// TestGluedCriteria: criteria a board glued into one item when it dropped
// its list's breaks are cut apart; abbreviations and names are not.
func TestGluedCriteria(t *testing.T) {
	for in, want := range map[string][]string{
		"Experience in logistics planning.Experience in maintaining databases.":           {"Experience in logistics planning.", "Experience in maintaining databases."},
		"Knowledge of the logistics services (LOGFS).Completion of the course.":           {"Knowledge of the logistics services (LOGFS).", "Completion of the course."},
		"Un diplôme reconnu par le Ministère de la Santé ;- Justifier d'une expérience ;": {"Un diplôme reconnu par le Ministère de la Santé ;", "Justifier d'une expérience ;"},
		"A Ph.D in physics and experience with .NET and the U.S. market.":                 nil,
		"Node.Js and React.Js in production.":                                             nil,
		"Three years of experience (min.Trois ans) in logistics.":                         nil,
		"Experience in Excel. Knowledge of Word.":                                         nil,
	} {
		assert.Equal(t, want, gluedCriteria(in), in)
	}
}

// TestAssetLineAsHeading: a line that says it is an asset, read as the
// heading of a part with nothing under it, is that part's criterion; a
// heading of assets ("Atouts") is none.
func TestAssetLineAsHeading(t *testing.T) {
	sections := []schema.Section{
		{Kind: "essential", Heading: "Votre profil", Content: []schema.Content{{Type: "paragraph", Text: "CFC d'employé·e de commerce ou formation jugée équivalente"}}},
		{Kind: "desirable", Heading: "Des connaissances d'anglais constituent un atout"},
		{Kind: "desirable", Heading: "Atouts"},
		{Kind: "desirable", Heading: "Serait un atout"},                  // three words: a heading
		{Kind: "desirable", Heading: "The following would be an asset:"}, // a lead-in
	}
	req, _, _ := requirements(vocab.Default(), sections, make([]bool, len(sections)))
	assert.Equal(t, []string{"Des connaissances d'anglais constituent un atout"}, req.Desirable)
}

// TestCompetencyNamesEndAtLabel: a run of names ends at a line that is a
// field's label or a heading the tables know.
func TestCompetencyNamesEndAtLabel(t *testing.T) {
	s := schema.Section{Kind: "competencies", Content: []schema.Content{
		{Type: "paragraph", Text: "Réactivité"},
		{Type: "paragraph", Text: "Rigueur"},
		{Type: "paragraph", Text: "Organisation"}, // one word: a label and a name
		{Type: "paragraph", Text: "Lieu de travail"},
		{Type: "paragraph", Text: "Toulouse"},
	}}
	got, _ := competencies(s, vocab.Default())
	assert.Equal(t, []schema.Competency{{Name: "Réactivité"}, {Name: "Rigueur"}, {Name: "Organisation"}}, got)
}

// TestTitleTrailRef: the notice's number after a dash ends no title.
func TestTitleTrailRef(t *testing.T) {
	x := &extraction{voc: vocab.Default(), v: &schema.Vacancy{Reference: "ENV-0418-26"}}
	x.v.Title.Set("en", strp("Water Quality Analyst - ENV-0418-26"))
	x.cutTitleTrail("en")
	assert.Equal(t, "Water Quality Analyst", deref(x.v.Title.Get("en")))
}

// TestBareGrade: a grade alone on its line, a group's letters and a
// level, with a subgroup between or not.
func TestBareGrade(t *testing.T) {
	for in, want := range map[string]bool{"EC-05": true, "SE-RES-02": true, "AS-2": true, "SE-RES-REM-02": false, "Full-time": false, "EC-05 (acting)": false} {
		if got := reBareGrade().MatchString(in); got != want {
			t.Errorf("reBareGrade matches %q: %v, want %v", in, got, want)
		}
	}
}

// TestWithoutStrayStars: the closing stars of a label's bold that
// Markdown left as text open no value; a bold of the value's own stays.
func TestWithoutStrayStars(t *testing.T) {
	for in, want := range map[string]string{"**D.1": "D.1", "**urgent** post": "**urgent** post", "__G15": "G15", "P-4": "P-4"} {
		if got := withoutStrayStars(in); got != want {
			t.Errorf("withoutStrayStars(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWithoutSeparator: the dash between a label and its value opens no
// value; a dash inside one stays.
func TestWithoutSeparator(t *testing.T) {
	for in, want := range map[string]string{"- P5": "P5", "– 3 ans": "3 ans", "A-3 / G17": "A-3 / G17", "-": "-", "- ": "- "} {
		if got := withoutSeparator(in); got != want {
			t.Errorf("withoutSeparator(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestIsTimeStamp: a date with its time of day is a stamp, no reference.
func TestIsTimeStamp(t *testing.T) {
	for in, want := range map[string]bool{
		"07-Apr-2031, 10:30:00 AM": true, "2031-01-08, 2:07:42 PM": true, "12 mai 2030, 14:00": true,
		"VN 2031/04, 10:30": false, "2031/I/0118": false, "07-Apr-2031": false,
	} {
		if got := isTimeStamp(in); got != want {
			t.Errorf("isTimeStamp(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestCapsHeadShortWords: a banner in capitals of short words ("JOB
// OPPORTUNITY") is a head before the title it runs on with.
func TestCapsHeadShortWords(t *testing.T) {
	head, rest, ok := capsHead("JOB OPPORTUNITY Harbour Master")
	if !ok || head != "JOB OPPORTUNITY" || rest != "Harbour Master" {
		t.Errorf("capsHead = %q, %q, %v", head, rest, ok)
	}
	if _, _, ok := capsHead("A Harbour Master"); ok {
		t.Error("a one-letter article read as a head in capitals")
	}
}

// TestWithoutForwardMarks: a mailbox's marks before a subject are no
// part of it; a colon of the subject's own stays.
func TestWithoutForwardMarks(t *testing.T) {
	for in, want := range map[string]string{
		"TR : Offre d'emploi – Agent": "Offre d'emploi – Agent",
		"Fwd: RE: Analyst (P-3)":      "Analyst (P-3)",
		"Vacancy: Analyst (P-3)":      "Vacancy: Analyst (P-3)",
		"Re-advertised Analyst (P-3)": "Re-advertised Analyst (P-3)",
	} {
		if got := withoutForwardMarks(in); got != want {
			t.Errorf("withoutForwardMarks(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWithoutTrailingButton: a site's buttons run on after a place are
// cut, one apply button or a run of them; a place that ends with a word
// a menu may hold stays.
func TestWithoutTrailingButton(t *testing.T) {
	for in, want := range map[string]string{
		"Geneva Quick apply":                     "Geneva",
		"Lyon Postuler":                          "Lyon",
		"Wabern Postuler facilement Sauvegarder": "Wabern",
		"Sion Sauvegarder Partager":              "Sion",
		"Saint-Jean Accueil":                     "Saint-Jean Accueil",
		"Postuler":                               "Postuler",
	} {
		if got := withoutTrailingButton(in); got != want {
			t.Errorf("withoutTrailingButton(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWithoutWorkingLanguages: a sentence that states the employer's
// working languages is no criterion; one that asks for them is.
func TestWithoutWorkingLanguages(t *testing.T) {
	for in, want := range map[string]string{
		"English and French are the working languages of the Secretariat. For this post, fluency in English is required.": "For this post, fluency in English is required.",
		"Fluency in English and French, the working languages of the Organization, is required.":                          "Fluency in English and French, the working languages of the Organization, is required.",
		"Le français et l'anglais sont les langues de travail de l'Organisation.":                                         "",
		// One sentence that states and asks: the post's only language criterion.
		"English and French are the working languages of this office, and fluency in both is required.": "English and French are the working languages of this office, and fluency in both is required.",
	} {
		if got := withoutWorkingLanguages(in); got != want {
			t.Errorf("withoutWorkingLanguages(%q) = %q, want %q", in, got, want)
		}
	}
}

// A grade's code loses what a notice adds after it that is no grade; a
// grade spelled out is the code it gives.
func TestWithoutGradeRemark(t *testing.T) {
	for in, want := range map[string]string{
		"A (cadre)":                     "A (cadre)", // (the sets' writers keep the category's word as often as not)
		"G17 (A-3 equivalent)":          "G17",
		"GS5 — échelon 1":               "GS5",
		"NATO SSS Grade G16 (ABCL A3)":  "NATO SSS Grade G16",
		"G16 (ABCL A3)":                 "G16",
		"G17 (équivalent A-3)":          "G17",
		"Expert Level 2 (EL2)":          "EL2",
		"P4/1":                          "P4/1",
		"SS-07 (CUPE Local 4046)":       "SS-07 (CUPE Local 4046)",
		"A-2 (G16)":                     "A-2 (G16)",
		"B1, sous-groupe administratif": "B1", // a pay group's code, without its sub-group
		"catégorie B, niveau 2":         "catégorie B, niveau 2",
		"G-5 - General Service":         "G-5", // a code without its category of staff
		"G-5, General Service":          "G-5",
		"Professionnel / P4":            "P4",
		"A6 – attaché":                  "A6 – attaché",
	} {
		if got := withoutGradeRemark(in); got != want {
			t.Errorf("withoutGradeRemark(%q) = %q, want %q", in, got, want)
		}
	}
	if g, _ := gradeCode("NATO SSS Grade G16"); g != "G16" {
		t.Errorf("gradeCode(NATO SSS Grade G16) = %q", g)
	}
}

// A working time's value ends before the contract's term it goes on to.
func TestScheduleWithoutContractTerm(t *testing.T) {
	for in, want := range map[string]string{
		"Full-time, fixed term of three years, renewable":                                                      "Full-time",
		"Temps plein, contrat de trois ans renouvelable":                                                       "Temps plein",
		"Full-time, 3 years definite duration":                                                                 "Full-time",
		"full time, Monday to Friday, 8.00 am to 4.30 pm. The position is a three-year fixed-term appointment": "full time, Monday to Friday, 8.00 am to 4.30 pm",
		"37 hours per week, including a weekend rota Contract Permanent":                                       "37 hours per week, including a weekend rota Contract Permanent", // the next field run on
		"Temps plein, durée indéterminée":                                                                      "Temps plein, durée indéterminée",                                // no term
		"Full-time, permanent":                                                                                 "Full-time, permanent",
		"Contrat à durée déterminée (3 ans) / Temps plein":                                                     "Contrat à durée déterminée (3 ans) / Temps plein", // the term first
	} {
		if got := scheduleValue(in); got != want {
			t.Errorf("scheduleValue(%q) = %q, want %q", in, got, want)
		}
	}
}

// A working time's value ends before the pay a layout ran on after it.
func TestScheduleValueBeforePay(t *testing.T) {
	for in, want := range map[string]string{
		"35 hours per week, Monday to Friday $58,760 to $71,395 per year":                                                          "35 hours per week, Monday to Friday",
		"Travail posté en 2x12 heures, cycle de 14 jours de travail et 7 jours de repos 14 500 000 à 17 500 000 GNF brut par mois": "Travail posté en 2x12 heures, cycle de 14 jours de travail et 7 jours de repos",
		"Temps complet, 36,25 heures par semaine":                                                                                  "Temps complet, 36,25 heures par semaine",
		"€2,900 a month, full time":                                                                                                "€2,900 a month, full time", // nothing before the pay: left as written
	} {
		if got := scheduleValue(in); got != want {
			t.Errorf("scheduleValue(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDeadlineAfterItsCue: a sentence that gives the date of publication
// before its deadline gives the date after the deadline's cue.
func TestDeadlineAfterItsCue(t *testing.T) {
	for in, want := range map[string]string{
		"Offre publiée le 18 août 2036 – date limite de candidature : 26 septembre 2036":                         "2036-09-26",
		"DATE DE PUBLICATION: 15/09/2036 ENTRETIENS semaine du 02/11/2036 DATE LIMITE DE CANDIDATURE 13/10/2036": "2036-10-13",
		"Date limite de candidature : 26 septembre 2036":                                                         "2036-09-26",
	} {
		sections := []schema.Section{{Kind: "recruitment_process", Content: []schema.Content{{Type: "paragraph", Text: in}}}}
		d, _, ok := deadlineFromText(sections)
		assert.True(t, ok, in)
		assert.Equal(t, want, d, in)
	}
}

// The deadline is the first date after a clause's first cue: a later cue
// may name a start or a contract's end.
func TestDateAfterCue(t *testing.T) {
	for in, want := range map[string]string{
		"Offre publiée le 18 août 2036 – date limite de candidature : 26 septembre 2036":                        "2036-09-26",
		"Les candidatures sont reçues jusqu'au 13 octobre 2036 – prise de poste au plus tard le 4 janvier 2037": "2036-10-13",
		"Deadline: 13 October 2036 – start no later than 1 January 2037":                                        "2036-10-13",
	} {
		got, _ := dateAfterCue(in, vocab.HasDeadlineCue)
		assert.Equal(t, want, got, in)
	}
}

// A working time's value ends before the next field a layout ran on.
func TestScheduleBeforeLabel(t *testing.T) {
	v := vocab.Default()
	for in, want := range map[string]string{
		"Full-time, 40 hours per week Salary Band 11":                              "Full-time, 40 hours per week",
		"Temps plein, 37,5 heures par semaine (quarts rotatifs) SALAIRE":           "Temps plein, 37,5 heures par semaine (quarts rotatifs)",
		"Full-time, Monday to Friday":                                              "Full-time, Monday to Friday",
		"Temps plein, 35 heures par semaine Schedule Full-time, 35 hours per week": "Temps plein, 35 heures par semaine",
		"35 hours per week (NB)":                                                   "35 hours per week (NB)",
		"M - Regular 37 Hours (Mon-Fri)":                                           "M - Regular 37 Hours (Mon-Fri)", // a figure's unit, no label
	} {
		if got := scheduleBeforeLabel(v, in); got != want {
			t.Errorf("scheduleBeforeLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// A place's postcode or street number before a label run on after it is
// the place's: the label still ends it.
func TestPlaceNumberBeforeRunOnLabel(t *testing.T) {
	v := vocab.Default()
	for in, want := range map[string]string{
		"Nairobi 00100 Grade P-4":                  "Nairobi 00100",
		"Genève 1211 Catégorie et classe P-3":      "Genève 1211",
		"Regular 37 Hours per week, Monday–Friday": "Regular 37 Hours per week, Monday–Friday",
	} {
		if got := beforeRunOnLabel(v, in); got != want {
			t.Errorf("beforeRunOnLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// A pay times the payments of a year, with the year's total after a
// dash, is no scale of increments.
func TestPaymentsAYearAreNoScale(t *testing.T) {
	for in, want := range map[string]string{
		"Rs 46,850 x 1,250 – 51,850 x 1,525 – 63,950": "Rs 46,850 – 63,950",
		"CHF 8,000 x 13 – 104,000 per year":           "CHF 8,000 x 13 – 104,000 per year",
		"EUR 3,500 x 14 - 49,000":                     "EUR 3,500 x 14 - 49,000",
	} {
		if got := scaleEnds(in); got != want {
			t.Errorf("scaleEnds(%q) = %q, want %q", in, got, want)
		}
	}
}

// A working time's value loses the contract's term it goes on to, not
// the hours a part gives with the word "contract" in it.
func TestWithoutContractTerm(t *testing.T) {
	for in, want := range map[string]string{
		"Full-time, fixed term of three years, renewable":                 "Full-time",
		"Temps plein, contrat de trois ans renouvelable":                  "Temps plein",
		"Part-time, 20 hours per week, fixed-term contract of one year":   "Part-time, 20 hours per week",
		"Full-time, 37.5 hours per week as set out in your contract":      "Full-time, 37.5 hours per week as set out in your contract",
		"Temps plein, 35 heures hebdomadaires selon le contrat collectif": "Temps plein, 35 heures hebdomadaires selon le contrat collectif",
	} {
		assert.Equal(t, want, withoutContractTerm(in), in)
	}
}

// A French list's last "et" parts two names, whatever their length,
// unless the word after it shares the words before it.
func TestSplitLastJoin(t *testing.T) {
	for in, want := range map[string][]string{
		"rigueur, autonomie, esprit d'équipe et sens de l'organisation.":        {"rigueur", "autonomie", "esprit d'équipe", "sens de l'organisation"},
		"Rigueur, Empathie, Discrétion et Disponibilité":                        {"Rigueur", "Empathie", "Discrétion", "Disponibilité"},
		"autonomie, rigueur, sens du service et discrétion.":                    {"autonomie", "rigueur", "sens du service", "discrétion"},
		"Rigueur, Autonomie, Maîtrise de Word et Excel.":                        {"Rigueur", "Autonomie", "Maîtrise de Word et Excel"},
		"rigueur, discrétion, bonne communication orale et écrite.":             {"rigueur", "discrétion", "bonne communication orale et écrite"},
		"rigueur, autonomie, capacité à travailler en équipe et sous pression.": {"rigueur", "autonomie", "capacité à travailler en équipe et sous pression"},
	} {
		s := schema.Section{Kind: "competencies", Content: []schema.Content{{Type: "paragraph", Text: in}}}
		got, _ := competencies(s, vocab.Default())
		var names []string
		for _, c := range got {
			names = append(names, c.Name)
		}
		assert.Equal(t, want, names, in)
	}
	assert.Equal(t, []string{"la rigueur", "la discrétion", "le sens du service"}, headedNames("la rigueur, la discrétion, le sens du service."))
}

// A label after the competencies whose text holds a date or is a link
// alone is the page's next part: the list ends there.
func TestCompetenciesEndAtDatedOrLinkedLabel(t *testing.T) {
	for _, last := range []string{
		"Interviews: week of October 11, 2038.",
		"Dossier : CV et lettre de motivation en rappelant la référence. Épreuve écrite prévue le 21/08/2039.",
		"To view the full vacancy and apply: https://careers.example.org/job/463390",
	} {
		s := schema.Section{Kind: "competencies", Content: []schema.Content{
			{Type: "paragraph", Text: "Partnership building: you build trust with municipalities and volunteer groups"},
			{Type: "paragraph", Text: "Project management: you keep several projects on schedule and on budget"},
			{Type: "paragraph", Text: last},
		}}
		got, _ := competencies(s, vocab.Default())
		assert.Equal(t, []schema.Competency{
			{Name: "Partnership building", Description: "you build trust with municipalities and volunteer groups"},
			{Name: "Project management", Description: "you keep several projects on schedule and on budget"},
		}, got, last)
	}
}

// TestScheduleFromText: a run-in heading that names the working time,
// with its stop for a colon, gives the sentence after it; the remarks
// after that sentence, another heading's paragraph and a sentence that
// merely opens with the word are none.
func TestScheduleFromText(t *testing.T) {
	v := vocab.Default()
	for in, want := range map[string]string{
		"Horaires. Temps complet, 38 heures hebdomadaires avec RTT. Sorties en mer possibles le week-end en saison, récupérées.": "Temps complet, 38 heures hebdomadaires avec RTT",
		"Temps de travail. Temps plein, 35 heures hebdomadaires. Déplacements ponctuels en France ; astreinte.":                  "Temps plein, 35 heures hebdomadaires",
		"Horaires. Temps plein (35 heures hebdomadaires).":                                                                       "Temps plein (35 heures hebdomadaires)",
		"Rémunération. Entre 34 000 € et 38 000 € bruts annuels.":                                                                "",
		"Horaires. les horaires de l'atelier vont de 8 h à 16 h 30.":                                                             "",
		"Les horaires de l'atelier vont de 8 h à 16 h 30. Temps complet.":                                                        "",
		"Horaires": "",
	} {
		sections := []schema.Section{{Content: []schema.Content{{Text: in}}}}
		got, _, ok := scheduleFromText(v, sections)
		if got != want || ok != (want != "") {
			t.Errorf("scheduleFromText(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	long := strings.Repeat("Horaires ", 20000) + ". Temps plein."
	if got, _, _ := scheduleFromText(v, []schema.Section{{Content: []schema.Content{{Text: long}}}}); got != "" {
		t.Errorf("a long text read as a run-in heading: %q", got[:40])
	}
}

// A board's toggle or button row under the competencies ("Read less",
// "Show more", "Signaler cette offre · Imprimer · Partager") is the
// page's furniture: the list ends there.
func TestCompetenciesEndAtFurniture(t *testing.T) {
	for _, last := range []string{"Read less", "Show more", "Signaler cette offre · Imprimer · Partager"} {
		s := schema.Section{Kind: "competencies", Content: []schema.Content{
			{Type: "paragraph", Text: "Teamwork: Shares knowledge with colleagues on other shifts and sites;"},
			{Type: "paragraph", Text: "Reliability: Meets commitments and follows procedures under pressure."},
			{Type: "paragraph", Text: last},
			{Type: "paragraph", Text: "Seniority level: Mid-Senior level"},
		}}
		got, _ := competencies(s, vocab.Default())
		assert.Equal(t, []schema.Competency{
			{Name: "Teamwork", Description: "Shares knowledge with colleagues on other shifts and sites;"},
			{Name: "Reliability", Description: "Meets commitments and follows procedures under pressure."},
		}, got, last)
	}
}

// A job page's facts over its description ("Required Languages" /
// "English, Albanian" / "Vacancy Timeline" / "3 Weeks") are no criteria
// when the notice tells its criteria below the duties; a list of
// sentences there, or a page with no criteria below, keeps its own.
func TestFactsAboveDutiesAreNoCriteria(t *testing.T) {
	para := func(ts ...string) []schema.Content {
		var out []schema.Content
		for _, t := range ts {
			out = append(out, schema.Content{Type: "paragraph", Text: t})
		}
		return out
	}
	below := schema.Section{Kind: "qualifications", Heading: "Required Skills and Experience", Content: para(
		"Master's degree in economics or a related field is required.",
		"At least five years of experience in programme management is required.")}
	duties := schema.Section{Kind: "accountabilities", Heading: "Duties and Responsibilities", Content: para("Manage the portfolio;")}
	facts := schema.Section{Kind: "languages", Heading: "Required Languages", Content: para("English, Albanian", "Vacancy Timeline", "3 Weeks", "Mobility required", "No")}
	sections := []schema.Section{facts, duties, below}
	req, _, _ := requirements(vocab.Default(), sections, make([]bool, len(sections)))
	assert.Equal(t, []string{
		"Master's degree in economics or a related field is required.",
		"At least five years of experience in programme management is required.",
	}, req.Essential)

	// No criteria below the duties: the short lines are the criteria.
	sections = []schema.Section{facts, duties}
	req, _, _ = requirements(vocab.Default(), sections, make([]bool, len(sections)))
	assert.Equal(t, []string{"English, Albanian", "Vacancy Timeline", "3 Weeks", "Mobility required", "No"}, req.Essential)

	// A profile of sentences over the duties is the notice's own.
	profile := schema.Section{Kind: "essential", Heading: "Profile", Content: para("A degree in law.", "Three years of experience.")}
	sections = []schema.Section{profile, duties, below}
	req, _, _ = requirements(vocab.Default(), sections, make([]bool, len(sections)))
	assert.Len(t, req.Essential, 4)

	// A list of short criteria over the duties, "Desirable" below: the
	// list's items are criteria.
	var items []schema.Content
	for _, t := range []string{"Master's degree in statistics", "Five years of experience in data analysis", "Python and SQL"} {
		items = append(items, schema.Content{Type: "item", Text: t})
	}
	list := schema.Section{Kind: "essential", Heading: "Requirements", Content: items}
	desirable := schema.Section{Kind: "desirable", Heading: "Desirable", Content: []schema.Content{{Type: "item", Text: "Knowledge of R"}}}
	sections = []schema.Section{list, duties, desirable}
	req, _, _ = requirements(vocab.Default(), sections, make([]bool, len(sections)))
	assert.Equal(t, []string{"Master's degree in statistics", "Five years of experience in data analysis", "Python and SQL"}, req.Essential)
}

// A name alone over described competencies ("Core", "Core values" over
// "Achieve Results: LEVEL 2: …") is the tier they fall under, no
// competency; a name alone over one described name, or among names
// alone, stays.
func TestTierOverDescribedCompetencies(t *testing.T) {
	s := func(ts ...string) schema.Section {
		var c []schema.Content
		for _, t := range ts {
			c = append(c, schema.Content{Type: "paragraph", Text: t})
		}
		return schema.Section{Kind: "competencies", Content: c}
	}
	names := func(sec schema.Section) []string {
		got, _ := competencies(sec, vocab.Default())
		var out []string
		for _, c := range got {
			out = append(out, c.Name)
		}
		return out
	}
	assert.Equal(t, []string{"Achieve Results", "Think Innovatively"}, names(s("Core",
		"Achieve Results: LEVEL 2: Scales up solutions and simplifies processes.",
		"Think Innovatively: LEVEL 2: Offers new ideas and is comfortable with uncertainty.")))
	assert.Equal(t, []string{"Teamwork", "Communication"}, names(s("Teamwork",
		"Communication: explains plans clearly to patients and families.")))
	assert.Equal(t, []string{"Teamwork", "Integrity", "Communication"}, names(s("Teamwork", "Integrity",
		"Communication: explains plans clearly to patients and families.")))
	// A competency's name alone over two described ones is a competency.
	assert.Equal(t, []string{"Teamwork", "Communication", "Planning"}, names(s("Teamwork",
		"Communication: explains plans clearly to patients and families.",
		"Planning: organises the ward's rota a month ahead.")))
}

// "Selection criteria" after a list of required qualifications
// ("Minimum Requirements" / a degree, years of experience, then
// "Selection criteria" / "Extent and relevance of experience in…")
// weighs candidates beyond the minimum: assets. Alone, or after a
// required list that names no qualifications, it stays essential.
func TestSelectionCriteriaAfterMinimumAreAssets(t *testing.T) {
	items := func(ts ...string) []schema.Content {
		var out []schema.Content
		for _, t := range ts {
			out = append(out, schema.Content{Type: "item", Text: t})
		}
		return out
	}
	minimum := schema.Section{Kind: "essential", Heading: "Minimum Requirements", Content: items(
		"Advanced university degree in fisheries science or a related field",
		"Five years of relevant experience in fisheries management",
		"Working knowledge of English")}
	selection := schema.Section{Kind: "selection_criteria", Heading: "Selection criteria", Content: items(
		"Extent and relevance of experience in supporting fisheries policy processes",
		"Demonstrated experience in writing technical reports")}
	sections := []schema.Section{minimum, selection}
	req, _, _ := requirements(vocab.Default(), sections, make([]bool, len(sections)))
	assert.Len(t, req.Essential, 3)
	assert.Equal(t, []string{
		"Extent and relevance of experience in supporting fisheries policy processes",
		"Demonstrated experience in writing technical reports",
	}, req.Desirable)

	// Alone, the selection criteria are what is required.
	sections = []schema.Section{selection}
	req, _, _ = requirements(vocab.Default(), sections, make([]bool, len(sections)))
	assert.Len(t, req.Essential, 2)
	assert.Empty(t, req.Desirable)

	// A job page's "Required" facts line names no list of qualifications.
	facts := schema.Section{Kind: "essential", Heading: "Required", Content: []schema.Content{{Type: "paragraph", Text: "Language(s): English, French"}}}
	sections = []schema.Section{facts, selection}
	req, _, _ = requirements(vocab.Default(), sections, make([]bool, len(sections)))
	assert.Empty(t, req.Desirable)
}

// A section whose one outer item leads into the criteria under it gives
// those criteria; an outer item that leads into nothing is the criterion.
func TestCriteriaUnderLeadInItem(t *testing.T) {
	item := func(text string, depth int) schema.Content {
		return schema.Content{Type: "item", Marker: "-", Depth: depth, Text: text}
	}
	s := schema.Section{Kind: "essential", Content: []schema.Content{
		item("Le (la) candidat(e) doit :", 0),
		item("être de nationalité nigérienne ;", 1),
		item("être titulaire d'un master en marketing ;", 1),
	}}
	items, _ := criteria(s)
	assert.Equal(t, []string{"être de nationalité nigérienne ;", "être titulaire d'un master en marketing ;"}, items)

	s = schema.Section{Kind: "essential", Content: []schema.Content{
		item("A Master's degree in law", 0),
		item("public law", 1),
		item("European law", 1),
	}}
	items, _ = criteria(s)
	assert.Equal(t, []string{"A Master's degree in law"}, items)
}

// TestSalaryAfterRunInHeadingClause: a clause closed by a semicolon
// passes a run-in heading about pay on to the next; a full stop does not.
func TestSalaryAfterRunInHeadingClause(t *testing.T) {
	sections := func(text string) []schema.Section {
		return []schema.Section{{Content: []schema.Content{{Text: text}}}}
	}
	none := func(string) string { return "" }
	s, _, _ := salaryFromText(sections("Rémunération. Cadre d’emplois des ingénieurs territoriaux (catégorie A) ; pour un contrat, de 2 280 à 2 710 € bruts mensuels selon l’expérience."), none)
	if assert.NotNil(t, s) && assert.NotNil(t, s.Min) {
		assert.Equal(t, 2280.0, *s.Min)
		assert.Equal(t, "EUR", deref(s.Currency))
	}
	s, _, _ = salaryFromText(sections("Rémunération. Cadre d’emplois des ingénieurs territoriaux (catégorie A). Une prime de 300 € par mois est versée aux agents de terrain."), none)
	assert.Nil(t, s)
}

// TestSalaryCurrencyAsWordOrLetter: a code that is also a word before a
// figure grouped as money, any ISO code written as a word of the pay,
// and a currency's sign written as a letter glued to a grouped figure;
// a code's number ("G17") stays none.
func TestSalaryCurrencyAsWordOrLetter(t *testing.T) {
	s, ok := parseSalary("GEL 4,915 gross per month", "")
	if assert.True(t, ok) {
		assert.Equal(t, "GEL", deref(s.Currency))
	}
	s, ok = parseSalary("entre 560 000 et 640 000 XPF bruts mensuels", "")
	if assert.True(t, ok) {
		assert.Equal(t, "XPF", deref(s.Currency))
	}
	s, ok = parseSalary("C1 (P412,668 – P486,120 per annum, BWP)", "")
	if assert.True(t, ok) && assert.NotNil(t, s.Min) && assert.NotNil(t, s.Max) {
		assert.Equal(t, 412668.0, *s.Min)
		assert.Equal(t, 486120.0, *s.Max)
		assert.Equal(t, "BWP", deref(s.Currency))
		assert.Equal(t, "year", deref(s.Period))
	}
	s, ok = parseSalary("Grade G17, EUR 6,200 per month", "")
	if assert.True(t, ok) && assert.NotNil(t, s.Amount) {
		assert.Equal(t, 6200.0, *s.Amount) // "G17" is a code, no amount
	}
	// a letter glued once before a grouped figure is a reference's or a
	// grade's, not a sign: no range opens with it again
	s, ok = parseSalary("Ref J12,345 salary 30,000 per year", "")
	if assert.True(t, ok) && assert.NotNil(t, s.Amount) {
		assert.Equal(t, 30000.0, *s.Amount)
	}
}

// TestPayInGrade: a grade's field that states its step's pay after a
// dash or in parentheses gives the salary; a grade alone gives none.
func TestPayInGrade(t *testing.T) {
	none := func(string) string { return "" }
	s, pay := payInGrade("Grade 7 – £36,480 to £40,210 a year", none)
	if assert.NotNil(t, s) && assert.NotNil(t, s.Min) {
		assert.Equal(t, 36480.0, *s.Min)
		assert.Equal(t, "GBP", deref(s.Currency))
		assert.Equal(t, "£36,480 to £40,210 a year", pay)
	}
	s, _ = payInGrade("Grade F (£33,140 – £36,420 a year)", none)
	if assert.NotNil(t, s) && assert.NotNil(t, s.Max) {
		assert.Equal(t, 33140.0, *s.Min)
		assert.Equal(t, 36420.0, *s.Max)
	}
	s, _ = payInGrade("P-3 – 2 posts", none)
	assert.Nil(t, s)
	s, _ = payInGrade("Grade 7", none)
	assert.Nil(t, s)
}

// TestScaleCodeLead: a salary field labelled as a scale opens with its
// step's code before the figures; a number alone or a label that names
// no scale gives none.
func TestScaleCodeLead(t *testing.T) {
	assert.Equal(t, "C1", scaleCodeLead("Salary scale", "C1 (P412,668 – P486,120 per annum, BWP)"))
	assert.Equal(t, "", scaleCodeLead("Salary scale", "20 (BZD 38,520 – 46,740)"))
	assert.Equal(t, "", scaleCodeLead("Salary", "C1 (P412,668 – P486,120 per annum, BWP)"))
	assert.Equal(t, "", scaleCodeLead("Salary scale", "USD 4,000 per month"))
}

// TestMonthFirstRemarkAfterClock: a field's date on the twelve-hour
// clock with a remark in parentheses still says month first; a print
// header's stamp with its page title does not.
func TestMonthFirstRemarkAfterClock(t *testing.T) {
	one := func(l string) func(func(string) bool) { return func(yield func(string) bool) { yield(l) } }
	assert.True(t, monthFirst(one("12/05/2042, 11:59 PM (New York time!)")))
	assert.False(t, monthFirst(one("12/07/2039, 09:30 AM Offre d'emploi (Lyon)")))
}

// TestScheduleValueWithoutLaterSentences: a working time's value ends
// before the sentences a page ran on after it; a time's abbreviation or
// a short part after a stop is no sentence.
func TestScheduleValueWithoutLaterSentences(t *testing.T) {
	for in, want := range map[string]string{
		"36.25 hours per week, including weekends from May to October. You may be required to respond to building emergencies outside regular hours.": "36.25 hours per week, including weekends from May to October",
		"Monday to Friday, 8:00 a.m. to 4:00 p.m. With standby duty":                                                                                  "Monday to Friday, 8:00 a.m. to 4:00 p.m. With standby duty",
		"37.5 hours per week, including one evening shift (until 11 p.m. ET)":                                                                         "37.5 hours per week, including one evening shift (until 11 p.m. ET)",
		"Temps plein. Horaires variables": "Temps plein. Horaires variables",
		// a later sentence that gives the hours or days is the schedule's
		"Full-time. 37.5 hours per week, Monday to Friday":   "Full-time. 37.5 hours per week, Monday to Friday",
		"Temps complet. Du lundi au vendredi, de 9 h à 17 h": "Temps complet. Du lundi au vendredi, de 9 h à 17 h",
	} {
		if got := scheduleValue(in); got != want {
			t.Errorf("scheduleValue(%q) = %q, want %q", in, got, want)
		}
	}
}
