package vocab

import "testing"

// TestHeadingRows: headings the table names, in both languages.
func TestHeadingRows(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Information you must provide":       "recruitment_process",
		"Information que vous devez fournir": "recruitment_process",
		"Conditions de candidature":          "eligibility",
		"Savoir-être attendus":               "competencies",
		"Savoir-être recherchés":             "competencies",
		// Headings of assets, both languages.
		"IT WOULD BE GREAT IF YOU ALSO HAD":              "desirable",
		"It would be great if you also have (desirable)": "desirable",
		"Seraient un avantage":                           "desirable",
		"Serait un avantage":                             "desirable",
		"Souhaitées":                                     "desirable",
		"Critères préférentiels":                         "desirable",
		"Preference may be given to candidates with:":    "desirable",
		"Seront pris en considération :":                 "desirable",
		"Compétences et expériences souhaitées :":        "desirable",
		"Desired skills in addition to the competencies": "desirable",
		"Meritorious":                                    "desirable",
		// Not headings: a sentence that starts as one, a quality.
		"It would be great to meet you": "",
		"Rigueur":                       "",
	} {
		if kind, _ := v.Heading(in); kind != want {
			t.Errorf("Heading(%q) = %q, want %q", in, kind, want)
		}
	}
}

func TestHeadingByWords(t *testing.T) {
	v := Default()
	tests := []struct{ in, kind string }{
		{"III – PROFIL RECHERCHÉ", "essential"},
		{"B. Duties", "accountabilities"},
		{"Tes responsabilités", "accountabilities"},
		{"Ton rôle", "accountabilities"},
		{"Vos principales responsabilités", "accountabilities"},
		{"Ce que la Ville t'offre", "offer"},
		{"Pourquoi vous joindre à nous?", "offer"},
		{"Benefits and entitlements", "offer"},
		{"MODALITÉS DE CANDIDATURE", "recruitment_process"},
		{"Votre défi", "description"},
		{"THE ORGANIZATIONAL SETTING", "description"},
		{"Qualifications préférables", "desirable"},
		{"Contact", "additional_information"},
		{"Knowledge and skills (desirable)", "desirable"},
		{"DESIRED EXPERIENCES FOR ENTRY INTO THE ROLE", "desirable"},
		{"5.2 Advantageous criteria", "desirable"},
		// Not headings of a part, or two parts at once.
		{"APPEL À CANDIDATURES", ""},
		{"Context and responsibilities", ""},
		{"Coordinating NATO's strategic communications activities.", ""},
		{"Sens du service à la clientèle", ""},
		{"Rigueur", ""},
		{"Apply Save Share", ""},
		{"Vacatures   Employers   Living in Limburg   Contact", ""},
		{"SHAPE - Offres d'emploi civiles", ""},
		{"Teamwork", ""},
		{"Responsibilities of a line manager who approves leave requests for the whole team", ""},
	}
	for _, tt := range tests {
		kind, ok := v.HeadingByWords(tt.in)
		if kind != tt.kind || ok != (tt.kind != "") {
			t.Errorf("HeadingByWords(%q) = %q, %v; want %q", tt.in, kind, ok, tt.kind)
		}
	}
}

func TestTrimEnumerator(t *testing.T) {
	for in, want := range map[string]string{
		"III – PROFIL RECHERCHÉ": "PROFIL RECHERCHÉ",
		"B. Duties":              "Duties",
		"2) Your profile":        "Your profile",
		"A propos":               "A propos",
		"Contact":                "Contact",
		"IV":                     "IV",
	} {
		if got := trimEnumerator(in); got != want {
			t.Errorf("trimEnumerator(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestListItemWords(t *testing.T) {
	for _, tt := range []struct {
		in                  string
		qualification, does bool
	}{
		{"Au moins cinq ans d'expérience dans la conduite de projets techniques.", true, false},
		{"Diplôme d'une haute école (HES ou EPF) en génie électrique.", true, false},
		{"Bachelor's degree in computer science.", true, false},
		{"Connaître les techniques des différents corps d'état du bâtiment.", true, false},
		{"Être titulaire du permis B.", true, false},
		{"Vous dirigez des projets d'installations de sécurité.", false, true},
		{"You will lead a team of four analysts.", false, true},
		{"Youth programmes in three regions.", false, false},
		{"Un abonnement général 2e classe.", false, false},
	} {
		if got := IsQualificationItem(tt.in); got != tt.qualification {
			t.Errorf("IsQualificationItem(%q) = %v", tt.in, got)
		}
		if got := AddressesReader(tt.in); got != tt.does {
			t.Errorf("AddressesReader(%q) = %v", tt.in, got)
		}
	}
}

// TestMailHeaders: header lines a layout joined into one paragraph are
// counted one by one; a line that opens with none counts none.
func TestMailHeaders(t *testing.T) {
	for in, want := range map[string]int{
		"De : Secrétariat secretariat@x.example Envoyé : lundi 18 janvier 2027 09:42 À : Présidents Objet : TR: Appel à candidatures": 4,
		"From: HR Team Subject: Vacancy notice 2027/01": 2,
		"Location: Mons Grade: G15":                     0,
	} {
		if got := MailHeaders(in); got != want {
			t.Errorf("MailHeaders(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestCVLines(t *testing.T) {
	for in, want := range map[string]bool{
		"Brampton, ON · Phone: (905) 555-0148 · Email: d.f@example.com": true,
		"Email: recruitment@example.org":                                false, // no number
		"Phone: +32 2 555 01 48":                                        false, // no address
	} {
		if got := IsContactLine(in); got != want {
			t.Errorf("IsContactLine(%q) = %v", in, got)
		}
	}
	if !IsCVHeading("Objectif professionnel") || IsCVHeading("Objectives of the post") {
		t.Error("IsCVHeading")
	}
}

func TestMailAndLetter(t *testing.T) {
	for in, want := range map[string]bool{
		"From: WFP Recruitment <no-reply@careers.wfp.example>": true,
		"Subject: Application received":                        true,
		"Objet : Votre candidature":                            true,
		"Location: Ouagadougou":                                false,
		"Deadline for applications: 12 May 2026":               false,
		"No colon here":                                        false,
	} {
		if got := IsMailHeader(in); got != want {
			t.Errorf("IsMailHeader(%q) = %v", in, got)
		}
	}
	for in, want := range map[string]string{
		"Dear Sir or Madam,":                    "letter",
		"Madame, Monsieur,":                     "letter",
		"Cancellation of a selection procedure": "cancellation notice",
		"Dear colleagues at the centre":         "",
	} {
		if got := Genre(in); got != want {
			t.Errorf("Genre(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsButtonRow(t *testing.T) {
	for in, want := range map[string]bool{
		"Postuler rapidement ♡ Sauvegarder": true,
		"Easy Apply Save":                   true,
		"Pour postuler":                     false, // a heading
		"Information Security Advisor":      false,
		"Apply":                             false, // one word: furniture's own test
		"Juriste fiscaliste":                false,
	} {
		if got := IsButtonRow(in); got != want {
			t.Errorf("IsButtonRow(%q) = %v", in, got)
		}
	}
}

func TestIsSiteRow(t *testing.T) {
	for in, want := range map[string]bool{
		"Not available.": true,
		"N/A":            true,
		"Equipment maintenance · MS Office · Logistics · English":        true,
		"Research, Data Analysis, Strategic Communications, +7 more":     true,
		"Knowledge of English · French":                                  false,
		"Experience in a central bank or an international organisation.": false,
		"None of the above applies to candidates from member states.":    false,
	} {
		if got := IsSiteRow(in); got != want {
			t.Errorf("IsSiteRow(%q) = %v", in, got)
		}
	}
}

// TestHeadingWordsByFirst checks that the kinds and stems listed by
// first byte find, for a word, the kind a scan of every kind and every
// stem finds first.
func TestHeadingWordsByFirst(t *testing.T) {
	var ws []string
	for _, hw := range headingWords {
		for _, s := range hw.stems {
			ws = append(ws, s, s+"s", s[:len(s)/2], s[:1], "x"+s)
		}
	}
	for _, w := range ws {
		if w == "" {
			continue
		}
		want := -1
		for i, hw := range headingWords {
			if hasWordPrefix([]byte(w), hw.stems) {
				want = i
				break
			}
		}
		got := -1
		for _, e := range headingWordsByFirst[w[0]] {
			if hasWordPrefix([]byte(w), e.stems) {
				got = e.word
				break
			}
		}
		if got != want {
			t.Errorf("%q: kind %d, want %d", w, got, want)
		}
	}
}

// TestIsPossessiveHead: a possessive over a few words without a verb
// heads a part; with a verb, or after an article, it may lead into a
// list.
func TestIsPossessiveHead(t *testing.T) {
	for text, want := range map[string]bool{
		"Your knowledge and interests:":   true,
		"Vos atouts pour réussir :":       true,
		"Your duties will be:":            false,
		"Le jury évaluera :":              false,
		"The following would be an asset": false,
		"Your":                            false,
		"Our team works in a multinational environment with many partners:": false,
	} {
		if got := IsPossessiveHead(text); got != want {
			t.Errorf("IsPossessiveHead(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestJobNounNotBody: "Secretariat" names a body, "Secretary" a post.
func TestJobNounNotBody(t *testing.T) {
	if HasJobNoun("FEDERATED MISSION NETWORKING SECRETARIAT") {
		t.Error("a secretariat is a body")
	}
	if !HasJobNoun("Executive Secretary") || !HasJobNoun("Secrétaire de direction") {
		t.Error("a secretary is a post")
	}
}

// TestIsMarkingBanner: a classification marking is a banner, not the
// notice's own.
func TestIsMarkingBanner(t *testing.T) {
	if !IsMarkingBanner("NATO UNCLASSIFIED") || IsMarkingBanner("NOTICE OF CIVILIAN VACANCY") || !IsBanner("NOTICE OF CIVILIAN VACANCY") {
		t.Error("NATO UNCLASSIFIED is a marking; NOTICE OF CIVILIAN VACANCY the notice's banner")
	}
}

// TestBoardLabels: a board's own number and its posting line.
func TestBoardLabels(t *testing.T) {
	if !IsBoardRefLabel("Job Ref") || !IsBoardRefLabel("Vacancy ID") || IsBoardRefLabel("Vacancy number") {
		t.Error("Job Ref and Vacancy ID are a board's; Vacancy number the notice's")
	}
	if !SaysPostedByEmployer("June 2, 2026 by employer") || !SaysPostedByEmployer("13 mai 2026 par l'employeur") || SaysPostedByEmployer("2 June 2026") {
		t.Error("posted by employer")
	}
}

// TestGenreNotValue: a field's value with a scale's number names no
// genre; a title's tail that names one does.
func TestGenreNotValue(t *testing.T) {
	if g := Genre("Échelle de traitement : barème 301"); g != "" {
		t.Errorf("a scale's number read as %q", g)
	}
	if g := Genre("Traitements 2026 : barème"); g != "salary scale" {
		t.Errorf("a salary scale's title read as %q", g)
	}
	for _, label := range []string{"Salary scale Rs 48,650 x 1,525 – 62,375 x 2,200 – 75,575 monthly", "Barème € 2 310 bruts mensuels", "Pay scale 41,250 to 47,980",
		"Pay scale € 2000 per month", "Barème 2000 € bruts", "Salary scale EUR 1950 – 2300 per month"} {
		if g := Genre(label); g != "" {
			t.Errorf("a label and its amount, %q, read as %q", label, g)
		}
	}
	if g := Genre("Salary scales USD 2026"); g != "salary scale" {
		t.Errorf("a salary scale's title with its currency and year read as %q", g)
	}
	if g := Genre("Salary scales 2026"); g != "salary scale" {
		t.Errorf("a salary scale's title with its year read as %q", g)
	}
	if g := Genre("Notice of results – Selection process 26-SVC-MON-EA-FIN-2907"); g != "results announcement" {
		t.Errorf("a results notice's title read as %q", g)
	}
	for text, want := range map[string]string{
		"Réussir son entretien d'embauche : notre guide en 4 étapes": "guide",
		"Fiche d'évaluation ergonomique du poste de travail":         "form",
		"NOTIFICATION OF ACTING APPOINTMENT":                         "appointment notice",
		"Our recruitment process, step by step":                      "careers page",
		"Guide Officer":                                              "",
		"FACILITIES MANAGEMENT - WORK ORDER":                         "work order",
		"From Wikipedia, the free encyclopedia":                      "encyclopedia article",
		"Ad performance report":                                      "report",
		"CERTIFICATE OF SPONSORSHIP - DETAILS (printable version)":   "certificate of employment",
		"FICHE D'INVENTAIRE - POSTE DE TRAVAIL INFORMATIQUE":         "form",
		"Avis aux candidats convoqués – épreuve pratique":            "convocation",
		"Convocation à l'examen d'aptitude":                          "convocation",
		"Steps to reproduce":                                         "bug report",
		"CANDIDATE SUBMISSION – SHORTLIST OF TWO":                    "candidate submission",
		"Madame,":           "letter",
		"Monsieur":          "letter",
		"Monsieur le Maire": "",
		"Salon Aéro Emploi – Plan du hall et liste des exposants": "event",
		"BULLETIN DE PAIE":                                                                        "pay slip",
		"Job Evaluation Questionnaire (JEQ)":                                                      "questionnaire",
		"My job search 2032 — applications tracker":                                               "tracker",
		"DEMANDE INDIVIDUELLE DE FORMATION (hors plan de formation)":                              "form",
		"Ressources humaines – Suivi des candidatures et accueil des nouveaux arrivants":          "",
		"Human Resources – Job evaluation questionnaire review and classification":                "",
		"Service des ressources humaines – Demande de formation et développement des compétences": "",
	} {
		if g := Genre(text); g != want {
			t.Errorf("Genre(%q) = %q, want %q", text, g, want)
		}
	}
}

// TestGenreBeforeComma: a comma after a genre's cue is no word of it; a
// report on posts filled is one.
func TestGenreBeforeComma(t *testing.T) {
	for text, want := range map[string]string{
		"Recruitment statistics, January to June 2029":    "report",
		"Press release, 4 May 2026":                       "press release",
		"SELECTION BOARD REPORT":                          "report",
		"Conference, Officer":                             "",
		"Recruitment Statistics Officer":                  "", // a post named after the work
		"Statistiques de recrutement, chargé(e) d'études": "",
		"Recruitment report analysis for the board":       "report",
	} {
		if g := Genre(text); g != want {
			t.Errorf("Genre(%q) = %q, want %q", text, g, want)
		}
	}
}

// TestGenresOfLists: a roster call and a list of posts name their genre.
func TestGenresOfLists(t *testing.T) {
	for text, want := range map[string]string{
		"Constitution d'un fichier de consultants (roster) – Justice":   "talent pool",
		"Liste des postes civils ouverts dans les organismes de l'OTAN": "list of posts",
		"List of vacancies – June 2026":                                 "list of posts",
		"Liste des lauréats":                                            "results announcement",
		"INSERTION ORDER":                                               "form",
		"Recruitment Requisition Form":                                  "form",
		"Dear members of the selection panel,":                          "letter",
		"Résultats des sélections":                                      "results announcement",
		"Question for written answer  E-001873/2026":                    "parliamentary question",
		"Recruitment and Selection Policy":                              "policy",
		"Subventions aux associations sportives – campagne 2037":        "grant scheme",
		"Grants for community gardens":                                  "grant scheme",
		"OpenCATS 0.9.9 — release notes":                                "software documentation",
		"CAREER LADDER™ — Rulebook (2nd edition)":                       "rulebook",
		"Your profile — data export":                                    "data export",
		"Contrat de location n° 2034-118":                               "rental agreement",
		"Hire agreement manager":                                        "",
	} {
		if g := Genre(text); g != want {
			t.Errorf("Genre(%q) = %q, want %q", text, g, want)
		}
	}
}

// TestSaysNoPostOpen: a page that says no post is open on it, or that
// its posts are listed below, offers none itself.
func TestSaysNoPostOpen(t *testing.T) {
	for _, s := range []string{
		"Aucun poste n'est ouvert sur cette page.",
		"All current vacancies are listed below. Please read each announcement in full.",
		"L'inscription au fichier ne correspond à aucun poste vacant et ne garantit aucun contrat.",
	} {
		if !SaysNotAVacancy(s) {
			t.Errorf("SaysNotAVacancy(%q) = false", s)
		}
	}
	if SaysNotAVacancy("The successful candidate will be listed on the roster of the Division.") {
		t.Error("a notice's sentence read as no post")
	}
}

// TestMissionPlace: a diplomatic mission's name goes on to the place it
// is posted to; another body's stops at its own name.
func TestMissionPlace(t *testing.T) {
	for text, want := range map[string]string{
		"The Embassy of Japan in Switzerland is recruiting one member of local staff.":         "Embassy of Japan in Switzerland",
		"L'Ambassade de France en Côte d'Ivoire recrute, dans le cadre d'un recrutement local": "Ambassade de France en Côte d'Ivoire",
		"The International Telecommunication Union (ITU) is the agency for ICT.":               "International Telecommunication Union (ITU)",
	} {
		if got := OrganisationIn(text); got != want {
			t.Errorf("OrganisationIn(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestGuideNotAVacancy: a delegation's note that says it is no vacancy
// notice, and a page titled as one about working somewhere.
func TestGuideNotAVacancy(t *testing.T) {
	if !SaysNotAVacancy("Elle ne constitue pas un avis de vacance : les postes ouverts sont publiés sur le site Carrières.") {
		t.Error("ne constitue pas un avis de vacance")
	}
	if !SaysNotAVacancy("This note does not constitute a vacancy notice.") {
		t.Error("does not constitute a vacancy notice")
	}
	if g := Genre("Travailler dans un organisme de l'OTAN : grades, traitements et indemnités"); g != "careers page" {
		t.Errorf("Genre = %q", g)
	}
}

// TestMaySeek: the cheap test before AfterSeeking lets through every text
// AfterSeeking reads the phrases in, written in small letters.
func TestMaySeek(t *testing.T) {
	for _, s := range []string{"Human Rights Watch is seeking a Researcher for its division.", "La Ville de Sion recrute un Délégué à l'énergie."} {
		if _, ok := AfterSeeking(s); !ok || !MaySeek(s) {
			t.Errorf("%q: AfterSeeking %v, MaySeek %v", s, ok, MaySeek(s))
		}
	}
	if MaySeek("The Division works with partners across the region.") {
		t.Error("no phrase")
	}
}

// TestIsWhoMayApply: conditions on who may apply, not on what a
// candidate brings.
func TestIsWhoMayApply(t *testing.T) {
	for text, want := range map[string]bool{
		"être de nationalité marocaine ;":                                true,
		"être âgé de trente-huit (38) ans au plus au 31 décembre 2026 ;": true,
		"jouir de ses droits civiques et être de bonne moralité.":        true,
		"be a national of a Member State of the European Union;":         true,
		"Justifier d'une expérience professionnelle de 3 ans au moins.":  false,
		"Avoir effectué un stage de six mois dans une banque.":           false,
		"Maîtrise d'un langage de programmation.":                        false,
		"Experience with citizen engagement platforms.":                  false,
	} {
		if got := IsWhoMayApply(text); got != want {
			t.Errorf("IsWhoMayApply(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestQuestionLine: a site of questions and answers dates its question
// in one line under the title; a sentence that opens with "Asked" does
// not.
func TestQuestionLine(t *testing.T) {
	for text, want := range map[string]string{
		"Asked 3 days ago · Modified today · Viewed 412 times":         "page of questions and answers",
		"Asked today · Viewed 12 times":                                "page of questions and answers",
		"Posée il y a 2 jours · Vue 80 fois":                           "page of questions and answers",
		"Asked to lead the team, the officer reports to the Director.": "",
		"Question posée par le jury lors de l'entretien":               "",
	} {
		if g := Genre(text); g != want {
			t.Errorf("Genre(%q) = %q, want %q", text, g, want)
		}
	}
}
