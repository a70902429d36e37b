package vocab

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// The hand-written matchers against the regular expressions they replace.

func TestDashedReference(t *testing.T) {
	for _, c := range []struct{ in, ref string }{
		{"Radiation Protection Officer (P3) - (2026/0312 (045678))", "2026/0312 (045678)"},
		{"Technical Officer - (2603417)", "2603417"},
		{"Officer – (VN-2026/14)  ", "VN-2026/14"},
		{"Chief, Field Health Programme-(34-HQ-DOH-07)", "34-HQ-DOH-07"}, // Taleo glues the dash
		{"Officer - (Geneva)", ""},                                       // words, not a number
		{"Officer (2026/0312)", ""},                                      // no dash
		{"Officer - (2026/0312", ""},                                     // not closed
		{"Officer - (see the 2026 plan)", ""},                            // lower case
		{"- (2026)", ""},                                                 // too few digits, nothing before
		{"Officer - (" + strings.Repeat("1", 41) + ")", ""},
	} {
		_, ref, ok := DashedReference(c.in)
		if ok != (c.ref != "") || ref != c.ref {
			t.Errorf("DashedReference(%q) = %q, %v; want %q", c.in, ref, ok, c.ref)
		}
	}
}

func TestTitleReferenceMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`\((\d{5,8}(?:-[A-Z]{1,3})?|[A-Z]{1,6}[- ]?\d{3,}[-/\d]*)\)\s*$`)
	texts := randtext.Texts(1, 50000, 14, "(()) 0123456789AZN-/ \t\nxé",
		"Title (250715)", "Title (ABC-1234/5)", "Title (ABC 123)", "Title (ABCDEFG123)", "Title (1234)",
		"Title (123456789)", "Title (250715)  \n", "Title (250715) x", "(A12)", "Title ((250715)", "(AB--123)",
		"(PDD) (250715)", "(250715))", "", ")", "()", "(ABCDEF123-/)", "(A 123)", "Title (31973-FT)", "(12345-ABCD)", "(12345-)")
	// After a title's words, a code of parts between slashes, a figure
	// and a capital in it: "Title (ELA/AD/2031/03)".
	slashed := regexp.MustCompile(`\S[^(]*\(((?:[A-Z0-9.-]+/){2,}[A-Z0-9.-]+)\)\s*$`)
	texts = append(texts, "Policy Officer (ELA/AD/2031/03)", "(ELA/AD/2031/03)", "Title (02/06/2027)", "Title (AD/AST/X)")
	for _, s := range texts {
		m := re.FindStringSubmatchIndex(s)
		if m == nil {
			if sm := slashed.FindStringSubmatchIndex(s); sm != nil {
				if c := s[sm[2]:sm[3]]; len(c) <= 32 && strings.ContainsAny(c, "0123456789") && strings.ContainsAny(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
					m = []int{sm[2] - 1, sm[1], sm[2], sm[3]}
				}
			}
		}
		open, ref, ok := TitleReference(s)
		switch {
		case ok != (m != nil):
			t.Errorf("TitleReference(%q) ok = %v, regexp %v", s, ok, m)
		case ok && (open != m[0] || ref != s[m[2]:m[3]]):
			t.Errorf("TitleReference(%q) = %d %q, regexp %d %q", s, open, ref, m[0], s[m[2]:m[3]])
		}
	}
}

// TestNextSeparatorMatchesRegexp checks the separators parts cuts a
// line at against the expression they were found with, and parts
// against a Split by the expression.
func TestNextSeparatorMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`\s*(?:[|<>‹›»/·•]|\s{2,}|\s[-–—]\s)\s*`)
	texts := randtext.Texts(5, 100000, 10, "a -–—|<>/‹›»·•\t\n\v\r\f\u00a0\u2003\xffé", "", "a - b", "a  b", "a\t-\tb", "a -b",
		"Home › Jobs", "FAQ < Retour", "a  - b", "a  -  b", "a -  | b", " / ", "x\xff|y", "a \u2013 b", "a \u2014\u2014 b")
	for _, s := range texts {
		var got [][]int
		for from := 0; ; {
			start, end, ok := nextSeparator(s, from)
			if !ok {
				break
			}
			got = append(got, []int{start, end})
			from = end
		}
		if want := re.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("separators of %q at %v, the expression finds %v", s, got, want)
			continue
		}
		var want []string
		for _, p := range re.Split(strings.TrimSpace(s), -1) {
			if p = strings.TrimSpace(p); p != "" {
				want = append(want, p)
			}
		}
		if got := parts(s); !slices.Equal(got, want) {
			t.Errorf("parts(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIsDesirableIntroduction checks the cue search, by the first
// letter of each word of the key, against a search for every cue.
func TestIsDesirableIntroduction(t *testing.T) {
	want := func(text string) bool {
		t := strings.TrimSpace(text)
		if !strings.HasSuffix(t, ":") {
			return false
		}
		k := " " + normKey(t) + " "
		for _, cue := range desirableCues {
			if strings.Contains(k, " "+cue+" ") {
				return true
			}
		}
		return false
	}
	texts := []string{"The following would be an advantage:", "Atouts :", "Would be a plus:", "an asset:", "assets :", "advantageous:",
		"The following would be an advantage", "Un plus :", "Souhaitables:", "DESIRABLE:", "undesirable:", "an  asset:", ""}
	for _, s := range []string{"The following are considered a plus:", "Nice to have:"} {
		if !IsDesirableIntroduction(s) {
			t.Errorf("IsDesirableIntroduction(%q) = false", s)
		}
	}
	texts = append(texts, randtext.Texts(12, 20000, 14, "adesiruntplvgo :Éé", "")...)
	for _, s := range texts {
		if got := IsDesirableIntroduction(s); got != want(s) {
			t.Errorf("IsDesirableIntroduction(%q) = %v, want %v", s, got, want(s))
		}
	}
}

func TestHasTitleMark(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Comptable fournisseurs (H/F)", true}, {"Data Engineer (m/f/d)", true}, {"Analyste (F/H)", true},
		{"Information Security Officer (P-3)", true}, {"Analyst (G15)", true}, {"Conseiller (FP-07)", true},
		{"Legal Officer (AD 7)", true}, {"Ingénieur·e de recherche en aérodynamique H/F", true}, {"Chargé de mission F/H", true},
		{"H/F", false}, {"Recrutement H/F", false}, {"Input/Output a/b", false},
		{"Staff Officer (Resilience Planning)", false}, {"Budget Analyst (262173)", false},
		{"Officer (P-345)", false}, {"(H/F)", false}, {"Officer (a/b)", false},
		{"Coordonnateur(trice), Logistique de tournée", true}, {"Technicien(ne) en génie civil", true},
		{"Conseiller·ère en communication", true}, {"Prêt(e) à relever le défi?", false}, {"Agent(s) de sécurité", false},
	} {
		if got := HasTitleMark(c.in); got != c.want {
			t.Errorf("HasTitleMark(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestOrganisationIn(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The International Telecommunication Union (ITU) is the United Nations specialized agency for ICT.", "International Telecommunication Union (ITU)"},
		{"The NATO Parliamentary Assembly brings together members of the parliaments of the Allied nations.", "NATO Parliamentary Assembly"},
		{"The Global Fund to Fight AIDS, Tuberculosis and Malaria is a partnership of governments.", "Global Fund to Fight AIDS, Tuberculosis and Malaria"},
		{"The Fund for Peace, founded in 1957, is an independent organisation.", "Fund for Peace"},
		{"The Organisation for the Prohibition of Chemical Weapons (OPCW) implements the Convention.", "Organisation for the Prohibition of Chemical Weapons (OPCW)"},
		{"L'Assemblée parlementaire de l'OTAN réunit des membres des parlements des pays alliés.", "Assemblée parlementaire de l'OTAN"},
		{"L'Agence universitaire de la Francophonie (AUF) est un réseau d'établissements.", "Agence universitaire de la Francophonie (AUF)"},
		{"La Monnaie royale canadienne est la société d'État qui produit les pièces du Canada.", "Monnaie royale canadienne"},
		{"La Ville recrute une personne pour son service des finances.", ""},
		{"La Commission Économique du Bétail, de la Viande et des Ressources Halieutiques (CEBEVIRHA), institution spécialisée de la CEMAC, lance un appel.", "Commission Économique du Bétail, de la Viande et des Ressources Halieutiques"},
		{"La Banque de France, institution indépendante, recrute.", "Banque de France"},
		{"Le Centre Hospitalier Princesse Grace fait savoir qu'il recrute des aides-soignants de nuit.", "Centre Hospitalier Princesse Grace"},
		{"The NATO Force Integration Unit Lithuania (NFIU LTU) is a small multinational headquarters.", "NATO Force Integration Unit Lithuania (NFIU LTU)"},
		// A military staff is a body: "état-major" heads its name.
		{"L'État-major militaire international (EMI) est l'organe exécutif du Comité militaire.", "État-major militaire international (EMI)"},
		// A unit of a body named with its acronym: the body.
		{"The Air Navigation Bureau (ANB) of the International Civil Aviation Organization (ICAO) provides technical expertise.", "International Civil Aviation Organization (ICAO)"},
		{"Le Bureau régional (BRA) de l'Organisation mondiale de la Santé (OMS) recrute.", "Organisation mondiale de la Santé (OMS)"},
		{"The Air Navigation Bureau (ANB) provides technical expertise to the Commission.", "Air Navigation Bureau (ANB)"}, // (no body named)
		{"L'Organisation internationale de la Francophonie rassemble des États et gouvernements.", "Organisation internationale de la Francophonie"},
		{"The Defence Innovation Accelerator for the North Atlantic (DIANA) is a NATO body.", "Defence Innovation Accelerator for the North Atlantic (DIANA)"},
		{"L'Organisation des Nations Unies pour l'alimentation et l'agriculture (FAO) recrute un statisticien.", "Organisation des Nations Unies pour l'alimentation et l'agriculture (FAO)"},
		{"La Cour de justice de l'Union européenne organise une procédure de sélection.", "Cour de justice de l'Union européenne"},
		{"Non-Public Funds, Canadian Forces (NPF) is a separate employer from the public service.", "Non-Public Funds, Canadian Forces (NPF)"},
		{"Le Collège militaire royal de Saint-Jean, établissement universitaire des Forces armées, sollicite des candidatures.", "Collège militaire royal de Saint-Jean"},
		{"NATO Rapid Deployable Corps – Italy (NRDC-ITA), a High Readiness Force headquarters, announces a vacancy.", "NATO Rapid Deployable Corps – Italy (NRDC-ITA)"},
		{"The Data Analyst joins the headquarters of the World Organisation for Animal Health (WOAH) and reports to the Head of Unit.", "World Organisation for Animal Health (WOAH)"},
		{"The European Foundation for the Improvement of Living and Working Conditions (Eurofound) is a tripartite EU agency.", "European Foundation for the Improvement of Living and Working Conditions (Eurofound)"},
		{"The Joint Delegation of Canada to NATO represents Canada in the North Atlantic Council.", "Joint Delegation of Canada to NATO"},
		{"La Délégation conjointe du Canada auprès de l'OTAN représente le Canada au Conseil.", "Délégation conjointe du Canada auprès de l'OTAN"},
		{"The European Ombudsman investigates complaints about maladministration.", "European Ombudsman"},
		{"The International Bureau of Weights and Measures (BIPM) invites applications.", "International Bureau of Weights and Measures (BIPM)"},
		{"La Représentation permanente de la France auprès de l'OTAN porte la voix de la France.", "Représentation permanente de la France auprès de l'OTAN"},
		{"La Société canadienne du sang est un organisme sans but lucratif.", "Société canadienne du sang"},
		{"L'Agence de l'Union européenne pour les chemins de fer (ci-après « l'Agence ») a été instituée en 2004.", "Agence de l'Union européenne pour les chemins de fer"},
		{"The Montreal Museum of Fine Arts welcomes more than a million visitors every year.", "Montreal Museum of Fine Arts"},
		{"Cargolux Airlines International S.A. is an all-cargo airline based at Luxembourg airport.", "Cargolux Airlines International S.A."},
		{"Delvaux Menuiserie SRL recrute un menuisier.", "Delvaux Menuiserie SRL"},
		{"The General Manager of the Port Authority of Douala (PAD) hereby informs the public.", "Port Authority of Douala (PAD)"},
		{"Le Bureau du vérificateur général recrute des auditeurs.", "Bureau du vérificateur général"},
		// No employer named, or a sentence instead of a name.
		{"The Telecommunication Standardization Sector (TSS) supports the study groups.", ""},
		{"The Planning Section (Logistics) prepares the budget.", ""},
		{"The Programme Officer will work in the Programme Unit.", ""},
		{"The incumbent uses the Enterprise Resource Planning (ERP) system daily.", ""},
		{"The Budget Execution Branch follows the use of credits.", ""},
		{"The incumbent analyses the execution of the budgets.", ""},
		{"L'Organisation recrute pour son siège à Genève un juriste.", ""},
		{"La Direction générale recrute un analyste.", ""},
	} {
		if got := OrganisationIn(c.in); got != c.want {
			t.Errorf("OrganisationIn(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOrganisationLines(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"International Criminal Court", true}, {"Ville de Montréal", true}, {"Government of New Brunswick", true},
		{"Direction générale Droits humains et État de droit (DG I)", false}, // a unit
		{"Financial Management Division", false},
		{"The Hague, Netherlands", false}, {"Apply now", false},
		{"The Court is looking for an officer.", false},
		{"1,001-5,000 employees · Government Administration", false}, // a board's line on the company
	} {
		if got := IsOrganisationLine(c.in); got != c.want {
			t.Errorf("IsOrganisationLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, en, fr string }{
		{"Banque du Canada | Bank of Canada", "Bank of Canada", "Banque du Canada"},
		{"Council of Europe | Conseil de l'Europe", "Council of Europe", "Conseil de l'Europe"},
		{"European Patent Office | Office européen des brevets", "European Patent Office", "Office européen des brevets"},
		{"City of Ottawa Jobs | Emplois à la Ville d'Ottawa", "City of Ottawa", "Ville d'Ottawa"},
		{"NATO PA | AP-OTAN", "", ""},
		{"Home | Careers | Contact", "", ""},
	} {
		en, fr, ok := OrganisationPair(c.in)
		if ok != (c.en != "") || en != c.en || fr != c.fr {
			t.Errorf("OrganisationPair(%q) = %q, %q, %v; want %q, %q", c.in, en, fr, ok, c.en, c.fr)
		}
	}
}

func TestIsNote(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"NOTE: The work is conducted mainly in English.", true}, {"N.B. Candidates must attach a CV.", true},
		{"Remarque : le poste est à temps plein.", true},
		{"Notebook skills are an asset.", false}, {"Knowledge of English.", false},
	} {
		if got := IsNote(c.in); got != c.want {
			t.Errorf("IsNote(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestClearanceIn(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The selected candidate must obtain a NATO SECRET security clearance before taking up duty.", "NATO SECRET"},
		{"The post requires a security clearance at the level of Secret UE/EU Secret.", "Secret UE/EU Secret"},
		{"Le titulaire doit obtenir une habilitation de sécurité COSMIC TOP SECRET.", "COSMIC TOP SECRET"},
		{"Candidates must be able to obtain a security clearance.", ""}, // no level
		{"Top Secret projects are handled by the branch.", ""},          // no clearance
		{"Before recruitment the candidate must hold a security clearance at the level CONFIDENTIEL UE/EU CONFIDENTIAL.", "CONFIDENTIEL UE/EU CONFIDENTIAL"},
		{"Secret security clearance", "Secret"},
		{"Le poste nécessite une habilitation de niveau Secret ; la procédure sera engagée après l'embauche.", "Secret"},
		{"Cote de sécurité Secret", "Secret"},
		{"Reliability Status security clearance", "Reliability Status"}, // the Government of Canada's level
		{"Reliability: follows through on commitments.", ""},            // a quality
		{"Vous acceptez une enquête en vue d'une habilitation de sécurité de niveau SECRET.", "SECRET"},
		{"Le poste nécessite une habilitation de niveau Très Secret.", "Très Secret"}, // the accent the key folds
		// A one-word level far from the cue names something else.
		{"Staff handle confidential data of member states every day and must obtain a security clearance.", ""},
	} {
		if got := ClearanceIn(c.in); got != c.want {
			t.Errorf("ClearanceIn(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestGenreAfterColon(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"University Research Fellowship 2026: call for proposals", "call for proposals"},
		{"Annual staff meeting 2026: media advisory", "media advisory"},
		{"Vacancy notice: Director, Science and Technology Committee", ""},
		{"ATTESTATION D'EMPLOI", "certificate of employment"},
		{"To whom it may concern,", "letter"},
		{"Programme Officer: call for proposals management and grant monitoring in the field", ""}, // a sentence goes on
		{"PROCÉDURE DE SÉLECTION – RÉSULTATS", "results announcement"},
		{"Recruitment 2026 - Results", "results announcement"},
		{"Head of Results - Monitoring", ""},
		{"Chargé de mission – Résultats et évaluation", ""},
		{"Production Coordinator – Events", ""},
		{"Chargée de production – Agenda culturel", ""},
		{"Ville de Mons - Agenda", "event"},
		{"Call for Expressions of Interest: Consultant Roster 2026", "talent pool"},
	} {
		if got := Genre(c.in); got != c.want {
			t.Errorf("Genre(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSiteOrganisation(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"European Parliament · Recruitment of temporary and contract staff", "European Parliament"},
		{"European Central Bank - Careers", "European Central Bank"},
		{"City of Ottawa Jobs", "City of Ottawa"},
		{"EURAXESS - Researchers in motion", ""},
		{"Skip to main content", ""},
	} {
		if got := SiteOrganisation(c.in); got != c.want {
			t.Errorf("SiteOrganisation(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestISOCodeBeside(t *testing.T) {
	for _, c := range []struct{ before, after, want string }{
		{"Gross monthly salary: RSD ", "", "RSD"},
		{"", " RWF per month", "RWF"},
		{"TOP ", "", ""},         // a word in capitals
		{"ABCRSD ", "", ""},      // inside a word
		{"", " RSDX", ""},        // inside a word
		{"Salary: ", " net", ""}, // no code
	} {
		if got := ISOCodeBeside(c.before, c.after); got != c.want {
			t.Errorf("ISOCodeBeside(%q, %q) = %q, want %q", c.before, c.after, got, c.want)
		}
	}
}

func TestStartsWithConjunction(t *testing.T) {
	for in, want := range map[string]bool{"ET DE LA SOUVERAINETÉ": true, "and Development": true,
		"Etudes et recherche": false, "Outreach Officer": false} {
		if got := StartsWithConjunction(in); got != want {
			t.Errorf("StartsWithConjunction(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestSaysNotAVacancy(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"(for information – this is not a vacancy notice)", true},
		{"Le présent appel dresse une liste d'experts. Il ne s'agit pas d'un avis de vacance : aucun poste n'est ouvert.", true},
		{"No recruitment will take place and no applications will be accepted.", true},
		{"Ceci n'est pas un avis de vacance.", true},
		{"Le programme de stages n'est pas un recrutement : il n'ouvre droit à aucun emploi à l'issue du stage.", true},
		{"The traineeship does not lead to employment with the Organization.", false}, // SaysNoEmploymentAfter
		{"THIS IS AN INVENTORY, NOT A JOB OFFER.", true},
		{"This is a call for expressions of interest for a roster. It does not announce a vacant post.", true},
		{"No position is being staffed through this notice at this time.", true},
		{"This notice informs you of the results; it is not a new job opportunity and no application is accepted.", true},
		{"Le présent avis n'est pas une nouvelle possibilité d'emploi.", true},
		{"GREENPEACE INTERNATIONAL – PEOPLE & CULTURE · INTERNAL USE ONLY · NOT FOR PUBLICATION", true},
		{"This policy sets out how we recruit staff. It does not itself announce any vacancy.", true},
		{"The post leads to a permanent contract after the probation.", false},
		{"The text below is reproduced so that you can recognise similar messages. It is not a WMO vacancy.", true},
		{"Ce message n'est pas une véritable offre d'emploi.", true},
		{"This position has been filled. Applications are no longer accepted.", true},
		{"Applications will be reviewed until the position has been filled.", false},
		{"Ce site est un forum d'entraide. Il ne publie aucune offre d'emploi.", true},
		{"Il s'agit d'un contrat de prestation de services, et non d'un emploi au sein de l'Institut.", true},
		{"Rémunération : aucune – fonction bénévole ; frais de formation pris en charge.", true},
		{"Nous précisons que le club n'emploie aucun salarié.", true},
		{"Ce sujet est publié à titre d'entraînement. Il ne correspond à aucun emploi à pourvoir.", true},
		{"Wiki page · Edited 14 days ago · This role is currently filled", true},
		{"We are not advertising a single position on this page.", true},
		{"Our guest built this example. It does not correspond to any real vacancy:", true},
		{"Il ne s'agit pas d'un emploi : les membres citoyens ne reçoivent aucun salaire.", true},
		{"Cet appel s'adresse aux villages ; il ne s'agit pas d'une offre d'emploi.", true},
		{"Taking part in the study is not a job and gives no employment relationship.", true},
		{"This call does not concern employment with the secretariat.", true},
		{"Figures are estimates computed from user reports. They are not job offers.", true},
		{"Ces chiffres ne sont pas des offres d'emploi.", true},
		{"Cet appel ne concerne pas le recrutement de personnel.", true},
		{"Cette page présente un programme : les postes ne sont pas publiés un par un.", true},
		{"Our graduate posts are not advertised one by one.", true},
		{"Les résultats ne sont pas publiés avant juin.", false},
		{"Cette page présente le programme et le calendrier ; les postes eux-mêmes sont publiés séparément par chaque organisation.", true},
		{"Inclusion in the roster does not mean that a contract will be offered, and no post is advertised through this call.", true},
		{"No post is filled without a written test.", false},
		{"The post does not concern travel to the field.", false},
		{"The Organization is a vacancy-free employer of choice.", false},
		{"Applications will be accepted until 5 May 2026.", false},
		{"Ce document décrit les besoins ; il ne constitue ni un cahier des charges, ni une offre d'emploi.", true},
		{"Le présent calendrier fixe les dates de remise. Il ne s'agit ni d'un avis de vacance de poste ni d'un appel à candidatures.", true},
		{"This schedule is neither a vacancy notice nor a call for papers.", true},
		{"Il s'agit d'un avis de vacance de poste et d'un appel à candidatures.", false},
		{"This page explains how to fill in the form. It is guidance only: it does not advertise any post.", true},
		{"It informs persons in the area of recourse of an appointment. It does not invite applications.", true},
		{"The role is neither a contract nor a job offer.", true},
		{"The postings shown in the examples are sample data and are not real vacancies.", true},
		{"Salaries are set by the grading structure and are not published in vacancy notices.", false},
		{"Ces exemples ne sont pas de vraies offres d'emploi.", true},
		{"Our stewards give their Saturdays freely; these are not jobs and carry no pay.", true},
		{"Le bénévolat n'est pas rémunéré : il ne remplace aucun poste.", true},
		{"This briefing is NOT a vacancy notice.", true},
		{"Any resemblance to a real advertisement is intended.", true},
		{"Ces postes n'existent que dans l'imagination de la rédaction.", true},
		{"The wages are not jobless benefits.", false},
		{"Les rôles cités sont ceux de l'équipe du théâtre : la troupe ne recrute personne.", true},
		{"La troupe ne recrute personne ; les postes sont ceux du lieu.", true},
		{"The company is not recruiting anyone", true},
		// A notice's safeguarding rule, no refusal of every post.
		{"The Organization does not recruit anyone under the age of 18.", false},
		{"L'association ne recrute personne sans vérification de ses antécédents.", false},
		{"This page checks the markup only; it is not the job advertisement.", true},
		{"This is a social event: there is no vacancy and no one should send a CV.", true},
		// A consultancy's notice may say what it offers is no post.
		{"Please note: this is a consultancy, it is not a post.", false},
		{"Il s'agit d'une mission de consultance ; ce n'est pas un poste.", false},
		{"La soirée est ouverte à tous ; il n'y a pas de poste.", true},
		{"Elle ne concerne ni le recrutement ni la gestion des postes.", true},
		// A notice's boast and its fine print, no denial of a post.
		{"This is not a post for the faint-hearted.", false},
		{"There is no vacancy fee and no charge at any stage of recruitment.", false},
		{"There is no post adjustment at this duty station.", false},
		{"Ce rapport n'est pas l'offre d'emploi elle-même.", true},
	} {
		if got := SaysNotAVacancy(c.in); got != c.want {
			t.Errorf("SaysNotAVacancy(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestDeniesPost: a document's own words that it offers no post, asked
// of its top: a denial's lead, a word or two, a post's noun; a near lead
// with a notice's noun right after; a clause that says no post is open.
// A notice's fine print and its terms are none.
func TestDeniesPost(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Le présent appel ne concerne aucun poste vacant : il n'entraîne aucune obligation.", true},
		{"This page does not contain any vacancy: openings are published on the portal.", true},
		{"Registering your CV is not an application for a specific post.", true},
		{"Ce texte est publié à titre d'information ; il ne constitue pas un avis de recrutement.", true},
		{"Sécurité publique : aucun recrutement en cours.", true},
		{"L'inscription sur une liste de réserve ne constitue pas un droit au recrutement.", false},
		{"Il ne s'agit pas d'un poste permanent.", false},
		{"Aucune offre n'est payante : signalez toute demande d'argent.", false},
		{"The post does not offer any relocation allowance.", false},
		{"Le poste ne concerne aucun déplacement à l'étranger.", false},
		{"Le Musée n'offre aucun emploi par l'intermédiaire d'agences et ne demande jamais de frais.", false},
		{"The Organization does not offer any job at any stage of the recruitment process in exchange for money.", false},
		{"This role offers no supervision of staff.", false},
		{"We are not hiring through agencies; please do not send unsolicited CVs.", false},
		{"Nous ne recrutons pas de stagiaires pour ce poste.", false},
		{"If no post is available at the end of the secondment, the officer returns to the home service.", false},
		{"Le stage ne constitue pas un emploi.", false},
		{"Aucun poste vacantiel", false},
	} {
		if got := DeniesPost(c.in); got != c.want {
			t.Errorf("DeniesPost(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// A line that names places of two dollars gets the same answer each time:
// the first place it names.
func TestDollarOfIsStable(t *testing.T) {
	for range 20 {
		if got := DollarOf("Washington, D.C. or Ottawa"); got != "USD" {
			t.Fatalf("DollarOf = %q, want USD (Washington comes first)", got)
		}
	}
	if got := DollarOf("Sudbury, Ontario"); got != "CAD" {
		t.Errorf("DollarOf(Sudbury, Ontario) = %q, want CAD", got)
	}
	if got := DollarOf("Lafayette, Louisiana"); got != "USD" {
		t.Errorf("DollarOf(Lafayette, Louisiana) = %q, want USD", got)
	}
	if got := DollarOf("remote work possible"); got != "" {
		t.Errorf("DollarOf(no place) = %q, want none", got)
	}
}

// Every cue of the FAQ genre holds one of questionStems, which
// MayNameQuestions looks for before the genre is matched.
func TestQuestionStemsCoverFAQCues(t *testing.T) {
	for _, c := range genreCues {
		if c.Genre != "FAQ" {
			continue
		}
		for _, cue := range []string{c.EN, c.FR} {
			if cue != "" && !MayNameQuestions(cue) {
				t.Errorf("FAQ cue %q holds none of %q", cue, questionStems)
			}
		}
	}
}

func TestCareersSiteName(t *testing.T) {
	for in, want := range map[string]string{
		"Emplois & carrière": "", // careers words and a joiner name no employer
		"Canada Post | Careers                                   Français   Sign in": "Canada Post",
		"VIA Rail Canada - Carrières                         English   Connexion":    "VIA Rail Canada",
		"Desjardins Carrières Rechercher des emploisConnexionEnglish":                "Desjardins",
		"Inria · Job offers · Spontaneous applications · FR | EN":                    "Inria",
		"Université de Montréal   Carrières        Emplois   Pourquoi l'UdeM":        "Université de Montréal",
		"ESA Careers":                         "ESA",
		"Home | Careers":                      "",
		"Senior Analyst, Pricing and Revenue": "",
		"Department of Finance Careers":       "",
		"Job Search | My Applications | FAQ":  "",
		"All jobs Life at Proparco FR":        "", // the site's link to its list of posts
		"All jobs › Engineering":              "",
	} {
		if got := CareersSiteName(in); got != want {
			t.Errorf("CareersSiteName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHasScheduleWords(t *testing.T) {
	for in, want := range map[string]bool{
		"Permanent - Full-time":                true,
		"Permanent - Temps plein":              true,
		"Régulier, temps plein":                true,
		"Regular/full-time":                    true,
		"Indeterminate (permanent, full-time)": true,
		"Contrat à durée indéterminée":         false,
		"Fixed Term":                           false,
		"Full-timer benefits plan":             false,
	} {
		if got := HasScheduleWords(in); got != want {
			t.Errorf("HasScheduleWords(%q) = %v", in, got)
		}
	}
}

func TestPlaceLinesAndPeriods(t *testing.T) {
	for in, want := range map[string]bool{
		"MONTREAL, Québec, CA, H3B 2C9":       true,
		"Montréal, QC":                        true,
		"Winnipeg, Manitoba":                  true,
		"Senior Analyst, Pricing and Revenue": false,
		"Rue de la Loi 175, 1048":             false,
	} {
		if got := IsPlaceLine(in); got != want {
			t.Errorf("IsPlaceLine(%q) = %v", in, got)
		}
	}
	for in, want := range map[string]string{
		"Salaire annuel / Taux horaire : 84 150-103 960":                        "year",
		"période probatoire de 6 mois Traitement annuel de base : 55 104 euros": "year",
		"EUR 7,068.58 Monthly (tax-free)":                                       "month",
		"Annual Salary / Hourly Rate : 84 150-103 960":                          "year",
		"Selon barème (à partir de 17,42 € brut/heure)":                         "hour",
		"$24.10/hour":                         "hour",
		"une formation de 1 heure":            "",
		"US$ 42,758.00 (P3 Step 1) per annum": "year", // a rate, after whatever number
	} {
		if got := Period(in); got != want {
			t.Errorf("Period(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsBareNeed(t *testing.T) {
	for in, want := range map[string]bool{"Required": true, "Oui": true, "exigée": true, "NATO SECRET": false, "Required at NATO SECRET level": false} {
		if got := IsBareNeed(in); got != want {
			t.Errorf("IsBareNeed(%q) = %v", in, got)
		}
	}
}

func TestIsAssetItem(t *testing.T) {
	for in, want := range map[string]bool{
		"Un plus : de bonnes connaissances de l'allemand.":                      true,
		"Asset: experience with SAP.":                                           true,
		"Des connaissances de l'italien constituent un atout.":                  true,
		"Skills in Python or R are an asset.":                                   true,
		"Knowledge of French is an asset.":                                      true,
		"Bonne connaissance de l'allemand.":                                     false,
		"Connaissance de l'espagnol, un atout.":                                 true,
		"Knowledge of Spanish, an asset.":                                       true,
		"Experience with budgets, a plus":                                       true,
		"Working knowledge of French, German or Italian, spoken and written":    false,
		"Une expérience en milieu marin serait appréciée.":                      true,
		"Appropriate knowledge of the field.":                                   false,
		"Experience: at least five years in a similar post.":                    false,
		"Knowledge of French is an asset. Experience with SAP is required.":     false,
		"A degree in law; a postgraduate degree in EU law is an advantage;":     false,
		"Publications in peer reviewed journals on trade policy are desirable.": true,
		"Experience with open-source research methods is also a plus.":          true,
		"Experience with statistical offices would be an added advantage.":      true,
		"Une expérience auprès d'instituts serait un atout supplémentaire.":     true,
	} {
		if got := IsAssetItem(in); got != want {
			t.Errorf("IsAssetItem(%q) = %v", in, got)
		}
	}
}

func TestAfterSeeking(t *testing.T) {
	for in, want := range map[string]string{
		"The European Food Safety Authority (EFSA), based in Parma, Italy is looking for a Data Scientist": "Data Scientist",
		"La Ville de Lausanne recrute un Juriste":                                                          "Juriste",
		"Gabon Telecom S.A. recrute un(e) Ingénieur planification radio":                                   "Ingénieur planification radio",
		"We are looking for a motivated colleague to join the team":                                        "",
		"Senior Analyst, Pricing and Revenue":                                                              "",
	} {
		got, ok := AfterSeeking(in)
		if got != want || ok != (want != "") {
			t.Errorf("AfterSeeking(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestCurrencyCode(t *testing.T) {
	for in, want := range map[string]string{
		"148,236 TRY (tax free)": "TRY",
		"(TRY)":                  "TRY",
		"try again later":        "",
		"ABCD 1,000":             "",
		"NOK 52,000 per month":   "NOK",
	} {
		if got := CurrencyCode(in); got != want {
			t.Errorf("CurrencyCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCurrencyISOInParentheses(t *testing.T) {
	for in, want := range map[string]string{
		"5 000 MAD (MAD) per month":                           "MAD",
		"The Agency (FRA) pays €4,418.27 a month":             "EUR", // an agency's acronym is no currency
		"Salary (EUR) 7,000":                                  "EUR",
		"Fundamental Rights (FRA) salary (EUR) 7,000 a month": "EUR",
	} {
		if got := Currency(in); got != want {
			t.Errorf("Currency(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsClosingStatement(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"L'Université souscrit à un programme d'accès à l'égalité en emploi.", true},
		{"The City promotes the principles of diversity and inclusion.", true},
		{"Apply for this job", true},
		{"More jobs at EUROJUST", true},
		{"Similar jobs", true},
		{"Thank you for your interest. Only candidates selected for an interview will be contacted.", true},
		{"Seules les personnes retenues seront contactées.", true},
		{"Pour postuler, veuillez soumettre votre candidature en ligne.", true},
		{"We offer a defined benefit pension and four weeks of leave.", true},
		{"Ce que nous vous proposons : un CDI, des titres-restaurant.", true},
		{"Interested candidates should submit a CV and a cover letter.", true},
		{"Shortlisted candidates will also be assessed on the following competencies:", false},
		{"© 2026 Ville de Paris · Mentions légales", true},
		{"Apply", true},
		{"Apply sound judgement to complex files.", false},
		{"Ability to apply policies with judgement.", false},
		{"Experience of equal opportunity programmes is an asset.", false},
		{"Connaissance de la Loi sur l'équité salariale.", false},
	} {
		if got := IsClosingStatement(c.in); got != c.want {
			t.Errorf("IsClosingStatement(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestEmployerSubject(t *testing.T) {
	for in, want := range map[string]string{
		"L'Université Laval souscrit à un programme d'accès à l'égalité en emploi.":   "Université Laval",
		"The City of Ottawa promotes the principles of diversity and inclusion.":      "City of Ottawa",
		"La Ville d'Ottawa souscrit aux principes de diversité.":                      "Ville d'Ottawa",
		"Hydro-Québec souscrit au principe de l'égalité en emploi.":                   "Hydro-Québec",
		"Founded in 1907, HEC Montréal is a business school.":                         "HEC Montréal",
		"Fondée en 1907, HEC Montréal est une école de gestion.":                      "HEC Montréal",
		"CBC/Radio-Canada s'engage à bâtir un effectif inclusif.":                     "CBC/Radio-Canada",
		"The ECB is an inclusive employer.":                                           "ECB",
		"Qui est admissible : Personnes résidant au Canada.":                          "",
		"WHO is committed to workforce diversity.":                                    "WHO",
		"Le CHU de Bordeaux réunit trois groupes hospitaliers.":                       "CHU de Bordeaux",
		"Service New Brunswick delivers more than 300 services to the public.":        "Service New Brunswick",
		"Air France relie la France au reste du monde avec près de 200 destinations.": "Air France",
		"Lidl compte en France plus de 1 500 magasins.":                               "Lidl",
		"The Agency is committed to equal opportunities.":                             "", // a common noun
		"We are an equal opportunity employer.":                                       "",
		"Applications from women are encouraged.":                                     "",
		"English is the working language of the Centre.":                              "English", // EmployerSubject's callers judge such names
		"Knowledge of French is an asset.":                                            "Knowledge of French",
		// The acronym a name defines before its verb, not a unit's.
		"Mohammed VI Polytechnic University (UM6P) is an institution oriented towards research.": "Mohammed VI Polytechnic University (UM6P)",
		"The Cooperation and Regional Security Division (CRS) is the focal point of the Staff.":  "",
		"The Defence Investment (DI) Division works with Allies.":                                "",
		"Fondée en 1537, l'Université de Lausanne (UNIL) accueille 17 000 étudiants.":            "Université de Lausanne (UNIL)",
	} {
		if got := EmployerSubject(in); got != want {
			t.Errorf("EmployerSubject(%q) = %q, want %q", in, got, want)
		}
	}
}

// A board's box about the employer: its name before the description set
// off by commas, or the subject after it.
func TestNameAroundAppositive(t *testing.T) {
	for in, want := range map[string]string{
		"Royal Air Maroc, compagnie aérienne nationale, relie Casablanca à plus de 90 destinations.":    "Royal Air Maroc",
		"Banque Pictet & Cie SA, établissement du groupe Pictet, maison genevoise de gestion.":          "Banque Pictet & Cie SA",
		"Premier opérateur portuaire du Royaume, présent dans une dizaine de ports, le Groupe recrute.": "",
		"Hermès Maroquinerie-Sellerie, manufacture de la maison Hermès, réunit à Pantin des ateliers.":  "Hermès Maroquinerie-Sellerie",
		"We are hiring, and you may join us.": "",
	} {
		if got := NameBeforeAppositive(in); got != want {
			t.Errorf("NameBeforeAppositive(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"Opérateur historique des télécommunications au Maroc, Maroc Telecom accompagne ses clients.":                                    "Maroc Telecom",
		"Palace de la médina de Marrakech, le Royal Mansour Marrakech accueille ses hôtes. Ses restaurants, sa pâtisserie, Lidl compte.": "Royal Mansour Marrakech",
		"Premier opérateur portuaire du Royaume, présent dans une dizaine de ports, le Groupe recrute deux ingénieurs.":                  "",
		// Only the first sentence: "…. Depuis 2010, Lidl compte…" is another's.
		"Leader du secteur. Depuis 2010, Lidl compte 1 500 magasins.": "",
	} {
		if got := SubjectAfterAppositive(in); got != want {
			t.Errorf("SubjectAfterAppositive(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCopyrightHolder(t *testing.T) {
	for _, c := range []struct{ in, en, fr string }{
		{"© Hydro-Québec 2026 · Conditions d'utilisation · Confidentialité", "Hydro-Québec", ""},
		{"Privacy   Terms of use   © 2026 United Nations Development Programme", "United Nations Development Programme", ""},
		{"© City of Ottawa | Ville d'Ottawa", "City of Ottawa", "Ville d'Ottawa"},
		{"© 2026 The World Bank Group, All Rights Reserved. · Legal", "World Bank Group", ""},
		{"© European Medicines Agency, 2026 · Privacy", "European Medicines Agency", ""},
		{"Université de Sherbrooke · Sherbrooke (Québec) · © 2026", "", ""},
		{"No copyright here", "", ""},
	} {
		if en, fr := CopyrightHolder(c.in); en != c.en || fr != c.fr {
			t.Errorf("CopyrightHolder(%q) = %q, %q, want %q, %q", c.in, en, fr, c.en, c.fr)
		}
	}
}

func TestNameShapes(t *testing.T) {
	for _, c := range []struct {
		name, acronym  string
		expands, inner bool
	}{
		{"European Central Bank", "ECB", true, false},
		{"World Food Programme", "ECB", false, false},
		{"UNICEF", "UNICEF", false, true},
		{"Hydro-Québec", "HQ", false, true}, // one word, one initial
		{"Inria", "I", false, false},
	} {
		if got := ExpandsAcronym(c.name, c.acronym); got != c.expands {
			t.Errorf("ExpandsAcronym(%q, %q) = %v", c.name, c.acronym, got)
		}
		if got := HasInnerCapital(c.name); got != c.inner {
			t.Errorf("HasInnerCapital(%q) = %v", c.name, got)
		}
	}
}

func TestEmployerLinesAndJobNouns(t *testing.T) {
	for _, c := range []struct {
		in             string
		employer, noun bool
	}{
		{"University of Ottawa", true, false},
		{"ALLIED JOINT FORCE COMMAND NAPLES", true, false},
		{"Service de soutien à la formation", true, false},
		{"Faculty of Human Sciences – Department of Geography", true, false},
		{"La Poste Suisse SA", true, false},
		{"Bureau international", true, false},
		{"Programme Officer", false, true},
		{"Service Desk Analyst", false, true},
		{"Chargée de mission contrôle de gestion", false, true},
		{"Cheffe de projet Installations de sécurité", false, true},
		{"International Relations", false, false}, // "intern" is a word, not a stem
		{"Opérateur(trice) d'usine de traitement d'eau", false, true},
		{"Représentante ou représentant du service à la clientèle", false, true},
		{"Administration de pilotage des Laurentides", true, false}, // "administration" names a body, no post
	} {
		if got := IsEmployerLine(c.in); got != c.employer {
			t.Errorf("IsEmployerLine(%q) = %v, want %v", c.in, got, c.employer)
		}
		if got := HasJobNoun(c.in); got != c.noun {
			t.Errorf("HasJobNoun(%q) = %v, want %v", c.in, got, c.noun)
		}
	}
}

// A job noun that qualifies a scheme names a trial, no one's post.
func TestJobNounQualifyingAScheme(t *testing.T) {
	// (A line of many schemes is read once: "pilot program" a
	// thousand times over.)
	if HasJobNoun(strings.Repeat("pilot program ", 20000)) {
		t.Error("a line of schemes named a post")
	}
	for in, want := range map[string]bool{
		"Backyard Chicken Pilot Program – 2037 Application": false,
		"Results of the pilot phase":                        false,
		"Airline Pilot":                                     true,
		"Pilot, Search and Rescue Helicopter":               true,
		"Pilot Project Officer":                             true,
		"Drone Pilot (project-based)":                       true,
		"Pilot - Test and Evaluation":                       true,
		"Helicopter Pilot, Phase II training":               true,
	} {
		if got := HasJobNoun(in); got != want {
			t.Errorf("HasJobNoun(%q) = %v, want %v", in, got, want)
		}
	}
}

// Every closing statement holds one of the stems that let a paragraph
// be read for them, and every phrase that says a document offers no post
// one of the fragments.
func TestClosingStemsAndFragments(t *testing.T) {
	for _, p := range closingStatements {
		if !slices.ContainsFunc(closingStems, func(st string) bool { return strings.Contains(p, st) }) {
			t.Errorf("closing statement %q holds no stem of closingStems", p)
		}
	}
	for _, p := range slices.Concat(notVacancyPhrases, noEmploymentAfterPhrases, recruitsNoOnePhrases) {
		found := false
		for _, f := range slices.Concat(notVacancyFragments, denialFragments) {
			found = found || strings.Contains(p, strings.ToLower(f))
		}
		if !found {
			t.Errorf("phrase %q holds no fragment of notVacancyFragments", p)
		}
	}
}

// TestKeyContains checks keyContains against bytes.Contains, at every
// length of key around the phrase's and with the phrase's first byte
// repeated before a match.
func TestKeyContains(t *testing.T) {
	for _, k := range []string{"", "d", "de", "deg", "degree", "xdegree", "dddegree", "a degree in", "ddegre", "degre", "experiencedegree"} {
		for _, p := range []string{"", "d", "degree", "ee", "experience", "knowledge of"} {
			if got, want := keyContains([]byte(k), p), bytes.Contains([]byte(k), []byte(p)); got != want {
				t.Errorf("keyContains(%q, %q) = %v, want %v", k, p, got, want)
			}
		}
	}
}

// TestIndexFold checks indexFold against the byte loop it replaces, on
// texts with the key's first letter in both cases, non-letter keys, and
// keys longer than the text.
func TestIndexFold(t *testing.T) {
	loop := func(s, key string) int {
		if key == "" {
			return 0
		}
		first := key[0] | 0x20
		for i := 0; i+len(key) <= len(s); i++ {
			if s[i]|0x20 == first && strings.EqualFold(s[i:i+len(key)], key) {
				return i
			}
		}
		return -1
	}
	texts := randtext.Texts(9, 20000, 12, "vVaAcCnN@`kK\u212a x", "", "v", "V", "vacan", "VACANCY", "a vaVacancy",
		"vvvvVVVVvacanvv", "Candidature@`x", "applicATIONS are", "the \u212a key", "Vacanc", "xxVACAN", "`@@`")
	keys := []string{"", "v", "vacan", "can", "candidat", "applications", "@x", "`x", "k", "vacancyvacancyvacancy"}
	for _, s := range texts {
		for _, k := range keys {
			if got, want := indexFold(s, k), loop(s, k); got != want {
				t.Fatalf("indexFold(%q, %q) = %d, want %d", s, k, got, want)
			}
		}
	}
}

func TestPlaceInSentence(t *testing.T) {
	for in, want := range map[string]string{
		"The successful candidate will be recruited for four years. The place of employment is Brussels, Belgium.": "Brussels, Belgium",
		"Le lieu de travail est Aix-en-Provence (France).":                                                         "Aix-en-Provence (France)",
		"The duty station is St. Paul Lez Durance, France.":                                                        "St. Paul Lez Durance, France",
		"The duty station is to be decided by the Director.":                                                       "",
		"Our offices are in a pleasant place.":                                                                     "",
	} {
		if got := PlaceInSentence(in); got != want {
			t.Errorf("PlaceInSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBreadcrumb(t *testing.T) {
	for _, c := range []struct {
		in, last string
		ok       bool
	}{
		{"Home > Jobs > Power Converter Engineer", "Power Converter Engineer", true},
		{"Accueil › Emplois › Offres d'emploi", "Offres d'emploi", true},
		// A menu's bar after the trail ends it.
		{"e-Recruitment Home / Vacancies / Vacancy details | Login | Conditions | FAQ", "Vacancy details", true},
		// A site's name with a slash, then its menu spaced out.
		{"NAMO / SAC Heavy Airlift Wing    About   Missions   Careers   News", "SAC Heavy Airlift Wing", true},
		{"Login | Conditions | FAQ", "", false},
		// A slash after the last arrow is the page's own.
		{"Acasă > Joburi București > Interpreter/Translator (Romanian–English)", "Interpreter/Translator (Romanian–English)", true},
	} {
		if last, ok := Breadcrumb(c.in); last != c.last || ok != c.ok {
			t.Errorf("Breadcrumb(%q) = %q, %v, want %q, %v", c.in, last, ok, c.last, c.ok)
		}
	}
}

func TestTrailThroughOffers(t *testing.T) {
	for in, want := range map[string]bool{
		"Accueil > Offres d'emploi > Neuchâtel > Administration publique": true,
		"Home > Jobs > IT":                          true,
		"Home > About us > Our history":             false,
		"Offres d'emploi > Neuchâtel":               false, // the list itself opens the trail
		"The report > the summary > the conclusion": false,
	} {
		if got := TrailThroughOffers(in); got != want {
			t.Errorf("TrailThroughOffers(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNamesDiplomaOrExperience(t *testing.T) {
	for in, want := range map[string]bool{"Au moins cinq ans d'expérience en gestion.": true, "Bachelor's degree in law.": true, "Sound judgement.": false} {
		if got := NamesDiplomaOrExperience(in); got != want {
			t.Errorf("NamesDiplomaOrExperience(%q) = %v", in, got)
		}
	}
}

func TestOrganisationPair(t *testing.T) {
	for _, c := range []struct{ in, en, fr string }{
		{"Banque du Canada | Bank of Canada", "Bank of Canada", "Banque du Canada"},
		{"Senate of Canada · Sénat du Canada", "Senate of Canada", "Sénat du Canada"},
		{"Careers | Jobs | Contact", "", ""},
	} {
		en, fr, _ := OrganisationPair(c.in)
		if en != c.en || fr != c.fr {
			t.Errorf("OrganisationPair(%q) = %q, %q; want %q, %q", c.in, en, fr, c.en, c.fr)
		}
	}
}

// Every salary cue holds one of salaryFragments, as written in lower
// case or in capitals.
func TestSalaryFragments(t *testing.T) {
	for _, c := range append(salaryCues, "Salary", "SALARY", "Rémunération", "RÉMUNÉRATION", "Traitement", "TRAITEMENT", "SALAIRE") {
		if !MayNameSalary(c) {
			t.Errorf("MayNameSalary(%q) = false", c)
		}
	}
}

// TestHasFeeCue: "fee" and "honoraires" as words, not inside another
// word.
func TestHasFeeCue(t *testing.T) {
	for in, want := range map[string]bool{
		"Fee: USD 415 per working day":                       true,
		"The consultant will be paid a daily fee of USD 420": true,
		"Les honoraires sont fixés à 312 USD par jour ouvré": true,
		"FEES: USD 18,400":                                   true,
		"Coffee is served at 10:00 every day":                false,
		"Regular feedback on the deliverables":               false,
	} {
		if got := HasFeeCue(in); got != want {
			t.Errorf("HasFeeCue(%q) = %v", in, got)
		}
	}
}

func TestIsMailSubjectLabel(t *testing.T) {
	for in, want := range map[string]bool{"Subject": true, "Objet ": true, "SUBJECT": true, "From": false, "Subject of the post": false} {
		if got := IsMailSubjectLabel(in); got != want {
			t.Errorf("IsMailSubjectLabel(%q) = %v", in, got)
		}
	}
}

func TestIsEstimate(t *testing.T) {
	for in, want := range map[string]bool{
		"Salary estimate: CHF 130K – 160K per year (ImpactBoard estimate, not provided by the employer)": true,
		"Estimated salary range (Impactpool insight): CHF 98,000 - 124,000 per year":                     true,
		"Estimation salariale de jobs.ch":                                              true,
		"Total Estimated monthly remuneration depending on post adjustment: USD 7,614": false,
	} {
		if got := IsEstimate(in); got != want {
			t.Errorf("IsEstimate(%q) = %v", in, got)
		}
	}
}

func TestIsPlaceLine(t *testing.T) {
	for in, want := range map[string]bool{
		"Ottawa, Ontario":            true,
		"Ottawa (Ontario)":           true,
		"Genève (Suisse)":            true,
		"Belgium-Brussels":           true,
		"Prague / Czech Republic":    true,
		"Location / Lieu":            false,
		"Analyste (Données)":         false,
		"Ottawa":                     false,
		"Sault Ste. Marie (Ontario)": true,
		"St. Catharines, Ontario":    true,
		"Ottawa. Ontario":            false,
	} {
		if got := IsPlaceLine(in); got != want {
			t.Errorf("IsPlaceLine(%q) = %v", in, got)
		}
	}
}

func TestSpelledAcronym(t *testing.T) {
	for _, c := range []struct{ text, acr, want string }{
		{"At Export Development Canada (EDC), we help exporters.", "EDC", "Export Development Canada"},
		{"Chez Exportation et développement Canada (EDC), nous aidons les entreprises.", "EDC", "Exportation et développement Canada"},
		{"les Hôpitaux Universitaires de Genève (HUG) forment un centre.", "HUG", "Hôpitaux Universitaires de Genève"},
		{"Fondé en 1934, l'Orchestre symphonique de Montréal (OSM) présente une centaine de concerts.", "OSM", "Orchestre symphonique de Montréal"},
		{"We use Enterprise Resource Planning (ERP) tools.", "EDC", ""},
		{"The Commonwealth of Learning (COL) is an intergovernmental organisation.", "COL", "Commonwealth of Learning"},
		{"L'École supérieure multinationale des télécommunications (ESMT) forme des ingénieurs.", "ESMT", "École supérieure multinationale des télécommunications"},
		{"Rejoignez l'Institut national de recherche pour l'agriculture, l'alimentation et l'environnement (INRAE) à Dijon.", "INRAE", "Institut national de recherche pour l'agriculture, l'alimentation et l'environnement"},
		{"Please contact the recruitment team (HR) today.", "HR", ""},
		{"Every application is read by our diversity committee (EDC) within two weeks.", "EDC", ""},
		{"Statistics Canada, the national statistical office (SC), counts.", "SC", ""},
		{"The team (EDC) meets weekly.", "EDC", ""},
	} {
		if got := SpelledAcronym(c.text, c.acr); got != c.want {
			t.Errorf("SpelledAcronym(%q, %q) = %q, want %q", c.text, c.acr, got, c.want)
		}
	}
}

func TestShortNameAfter(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"The NATO Command and Control Centre of Excellence (C2COE) is a knowledge centre.", "NATO Command and Control Centre of Excellence", "C2COE"},
		{"the Joint CBRN Defence Centre of Excellence (JCBRN Defence COE), an organisation", "Joint CBRN Defence Centre of Excellence", "JCBRN Defence COE"},
		{"The European Investment Fund (EIF), part of the EIB Group", "European Investment Fund", "EIF"},
		{"applications to the Council of Europe (English or French) only", "Council of Europe", ""},
		{"a post at the Agency (P-3) in Vienna", "Agency", ""},
		{"the Secretariat (2026) report", "Secretariat", ""},
	} {
		if got := ShortNameAfter(c.text, c.name); got != c.want {
			t.Errorf("ShortNameAfter(%q, %q) = %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

func TestIsBannerOpportunity(t *testing.T) {
	for in, want := range map[string]bool{
		"Job opportunity":            true,
		"Possibilité d'emploi":       true,
		"Job opportunities":          false, // a site's list of them
		"Research opportunity grant": false,
	} {
		if got := IsBanner(in); got != want {
			t.Errorf("IsBanner(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNamesQualities(t *testing.T) {
	for in, want := range map[string]bool{
		"Habiletés recherchées":              true,
		"Capacités et qualités personnelles": true,
		"Savoirs et savoir-faire":            true,
		"Personal attributes":                true,
		"Titre requis":                       false,
		"Sens de l'organisation":             false,
		"Excellent communication skills are expected from every member of the team": false, // a sentence
	} {
		if got := NamesQualities(in); got != want {
			t.Errorf("NamesQualities(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestHeadsSuitability(t *testing.T) {
	for in, want := range map[string]bool{
		"Personal suitability":  true,
		"Personal Suitability":  true,
		"Qualités personnelles": true, // names qualities
		"Judgement":             false,
		"Personal suitability is assessed at the interview, with the candidate's references": false,
	} {
		if got := HeadsSuitability(in); got != want {
			t.Errorf("HeadsSuitability(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestHasDeadlineCue(t *testing.T) {
	for in, want := range map[string]bool{
		"Applications must reach the Institute by 12 June 2026 at 23:59 (Paris time).":          true,
		"We review applications on a rolling basis and will close this posting on 29 May 2026.": true,
		"Apply until 22 June 2026.":                   true,
		"The Institute was founded on 12 June 2002.":  false,
		"Closes 11:55 pm on 20 November 2039":         true,
		"Clôture le 31/08/2038":                       true,
		"Check-in closes 40 minutes before departure": false,
		"The office encloses 12 June 2002 records.":   false,
	} {
		if got := HasDeadlineCue(in); got != want {
			t.Errorf("HasDeadlineCue(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"All applications should be submitted online through the portal by Friday, 10 July 2026.": true,
		"Please send your CV and a cover letter before 28 June 2026.":                             true,
		"Postulez via le bouton ci-dessous avant le 04/03/2027.":                                  true,
		"Send a CV and a list of publications through the platform before 30 April 2031.":         true,
		"Envoyez votre CV et votre lettre à rh@example.org avant le 12 mai 2031.":                 true,
		"Send a consolidated financial report to the donor before 31 March 2032.":                 false,
		"Envoyez les rapports trimestriels au siège avant le 15 avril 2032.":                      false,
		"Send a report on the application of the procurement rules before 31 March 2032.":         false,
		"The contract starts before the summer.":                                                  false,
		"Please submit your application through our online portal by 26 January 2036.":            true,
		"Submit the report by the end of each quarter.":                                           false,
		"Submit your application through our Career Center by September 14, 2040.":                true,
		"Merci de postuler en ligne d'ici au 20 septembre 2040.":                                  true,
		"Déposez votre dossier complet en ligne d'ici au 20 septembre 2040.":                      true,
		"Submit your quarterly report by September, as every year.":                               false,
		"Les travaux seront terminés d'ici au 20 septembre 2040.":                                 false,
	} {
		if got := SaysApplyBy(in); got != want {
			t.Errorf("SaysApplyBy(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestEmployerBeforeUnit(t *testing.T) {
	for in, want := range map[string]string{
		"Parcs Canada - Unité de gestion de la Mauricie et de l'Ouest du Québec":                                           "Parcs Canada",
		"Statistics Canada - Social, Health and Labour Statistics Branch":                                                  "Statistics Canada",
		"Faculty of Human Sciences - Department of Psychology":                                                             "", // two units
		"Senior Analyst - Trade Credit Risk":                                                                               "", // no unit after the dash
		"Santé Canada - Agence de réglementation de la lutte antiparasitaire - Direction de l'évaluation environnementale": "Santé Canada",
		"Agence canadienne d'inspection des aliments - Direction générale des sciences":                                    "Agence canadienne d'inspection des aliments",
		"Civilian post – Multinational Solutions and Projects Branch":                                                      "", // a kind of post, no name
		"Office of the Privacy Commissioner of Canada - Compliance Sector":                                                 "Office of the Privacy Commissioner of Canada",
		"Agence canadienne de développement économique du Nord - Bureau régional du Nunavut":                               "Agence canadienne de développement économique du Nord",
		"Faculté des sciences - Bureau des stages":                                                                         "", // two units
	} {
		if got := EmployerBeforeUnit(in); got != want {
			t.Errorf("EmployerBeforeUnit(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsFurnitureMenuWords(t *testing.T) {
	for in, want := range map[string]bool{
		"FAQ":                             true,
		"Job Search":                      true,
		"Emploi":                          true,
		"The FAQ answers most questions.": false,
		"Recognised Researcher (R2)":      true, // a research board's career stage
		"Chercheur confirmé (R3)":         true,
		"Senior Researcher (P4)":          false,
		"Rechercher":                      true,
		"Search":                          true,
		"Search Officer":                  false,
		"FAQ < Retour aux résultats":      true,  // a menu's link run into the link back
		"NATO Recruitment":                true,  // a careers site's name
		"AVIS DE RECRUTEMENT":             false, // a notice's banner
	} {
		if got := IsFurniture(in); got != want {
			t.Errorf("IsFurniture(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsOrganisationLineSentence(t *testing.T) {
	for in, want := range map[string]bool{
		"Ville de Sion":                                          true,
		"Société de transport de Laval":                          true,
		"La Ville de Sion met au concours un poste d'":           false, // a sentence wrapped
		"Ville de Sion recrute":                                  false,
		"Organisation for Economic Co-operation and Development": true,
		"État-major militaire international":                     true,
	} {
		if got := IsOrganisationLine(in); got != want {
			t.Errorf("IsOrganisationLine(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"À la Société de transport de Laval (STL), nous déplaçons la ville.": "Société de transport de Laval (STL)",
	} {
		if got := OrganisationIn(in); got != want {
			t.Errorf("OrganisationIn(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSaysRequired(t *testing.T) {
	for in, want := range map[string]bool{
		"Compétences requises":   true,
		"Required competencies":  true,
		"Compétences techniques": false,
		"Competencies":           false,
	} {
		if got := SaysRequired(in); got != want {
			t.Errorf("SaysRequired(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestWithoutLanguageToggle(t *testing.T) {
	for in, want := range map[string]string{
		"FrançaisRoyal Canadian Mint":           "Royal Canadian Mint",
		"Government of Canada — English":        "Government of Canada",
		"English Heritage":                      "English Heritage", // a name that opens with the word
		"Conseil national de recherches Canada": "Conseil national de recherches Canada",
	} {
		if got := WithoutLanguageToggle(in); got != want {
			t.Errorf("WithoutLanguageToggle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDesirableIntroductionWithoutColon(t *testing.T) {
	for in, want := range map[string]bool{
		"It is considered an advantage if you have": true,
		"The following would be an advantage:":      true,
		"Knowledge of French would be an advantage": false,
		"Ce serait un atout si vous avez":           true,
	} {
		if got := IsDesirableIntroduction(in); got != want {
			t.Errorf("IsDesirableIntroduction(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestEndsWithJoiner(t *testing.T) {
	for in, want := range map[string]bool{
		"VACANCY NOTICE FOR POSITIONS OF": true, "Recrutement d'un agent pour": true,
		"Head of Finance": false, "Of": false, "Chef du service des finances": false,
	} {
		if got := EndsWithJoiner(in); got != want {
			t.Errorf("EndsWithJoiner(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsStaffCategory(t *testing.T) {
	for in, want := range map[string]bool{
		"Temporary Agent": true, "Temporary Agent (AD6)": true, "agent contractuel (GF IV)": true, "Temporary agent post": true,
		"Expert - Air Quality Modelling": false, "Temporary Agent for Data Protection": false,
	} {
		if got := IsStaffCategory(in); got != want {
			t.Errorf("IsStaffCategory(%q) = %v, want %v", in, got, want)
		}
	}
	if got := StaffCategoryGrade("Temporary Agent, AD 6"); got != "AD 6" {
		t.Errorf("StaffCategoryGrade = %q, want AD 6", got)
	}
}

func TestPostNamedIn(t *testing.T) {
	for in, want := range map[string]string{
		"for the post of Market Surveillance Officer (Temporary Agent, AD 7) in the Market Integrity and Transparency Department": "Market Surveillance Officer",
		"relatif au recrutement d'un Chef de Service Sécurité des Systèmes d'Information":                                         "Chef de Service Sécurité des Systèmes d'Information",
		"pour le poste d'analyste financier au sein de la Direction des finances":                                                 "analyste financier",
		"Recrutement d'un(e) Chargé(e) de suivi-évaluation":                                                                       "Chargé(e) de suivi-évaluation",
		"The post of Legal Officer is open":                                                                                       "",
		"for the post of":                                                                                                         "",
	} {
		if got := PostNamedIn(in); got != want {
			t.Errorf("PostNamedIn(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSaysWhoRecruits(t *testing.T) {
	for in, want := range map[string]bool{
		"La Ville de Charleroi recrute": true, "Parks Canada is hiring!": true,
		"La Ville de Charleroi recrute un gestionnaire": false, "Recrute": false,
	} {
		if got := SaysWhoRecruits(in); got != want {
			t.Errorf("SaysWhoRecruits(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDefinedBody(t *testing.T) {
	for in, want := range map[string]string{
		"Swissmedic est l'autorité suisse d'autorisation et de surveillance des médicaments.": "Swissmedic",
		"Export Development Canada is a Crown corporation that helps Canadian exporters.":     "Export Development Canada",
		"It is an organisation of 32 members.":                                                "",
		"The Agency is a body of the European Union.":                                         "",
		"Vous êtes une personne organisée et rigoureuse.":                                     "",
		"Applications is the page where candidates apply online for the posts of the agency.": "",
	} {
		if got := DefinedBody(in); got != want {
			t.Errorf("DefinedBody(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAcronymAfterName(t *testing.T) {
	for in, want := range map[string]string{
		"HUG Hôpitaux Universitaires de Genève":           "Hôpitaux Universitaires de Genève (HUG)",
		"WOAH - World Organisation for Animal Health":     "World Organisation for Animal Health (WOAH)",
		"NATO Support and Procurement Agency":             "NATO Support and Procurement Agency",
		"EDC":                                             "EDC",
		"CERN European Organization for Nuclear Research": "CERN European Organization for Nuclear Research",
	} {
		if got := AcronymAfterName(in); got != want {
			t.Errorf("AcronymAfterName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsBoardFacet(t *testing.T) {
	for text, want := range map[string]bool{
		"Niveau d'études : Universitaire 1er cycle": true,
		"Années d'expérience : 3 à 5 ans":           true,
		"Years of experience: 5+":                   true,
		"Niveau d'études : un diplôme universitaire de premier cycle en génie, en informatique ou dans une discipline connexe": false,
		"Experience: three years in budgeting": false,
	} {
		if got := IsBoardFacet(text); got != want {
			t.Errorf("IsBoardFacet(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestIsApplyButton(t *testing.T) {
	for in, want := range map[string]bool{
		"Apply": true, "Postuler | Apply": true, "Apply now": true, "Postuler · Apply": true,
		"Apply your skills": false, "How to apply": false, "Postuler | Apply | Share": false,
		"Apply for this job": true, "Postuler à cette offre": true, "Apply for this job if you dare": false,
	} {
		if got := IsApplyButton(in); got != want {
			t.Errorf("IsApplyButton(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestScheduleValueLang(t *testing.T) {
	for in, want := range map[string]string{
		"Full-Time": "en", "temps plein": "fr", "Part time": "en", "Mi-temps": "fr", "": "", "Full-time job": "",
	} {
		if got := ScheduleValueLang(in); got != want {
			t.Errorf("ScheduleValueLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCareersSiteNameGlued(t *testing.T) {
	for in, want := range map[string]string{
		"SNCB JobsNos métiersNos offresÉtudiants":     "SNCB",
		"Desjardins Carrières Rechercher des emplois": "Desjardins",
	} {
		if got := CareersSiteName(in); got != want {
			t.Errorf("CareersSiteName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsOtherPostsHeading(t *testing.T) {
	for in, want := range map[string]bool{
		"Similar jobs": true, "Offres similaires :": true, "Other vacancies": true, "More postings": true, "People also viewed": true,
		"2. Also open": true, "Also open:": true, "Postes également ouverts": false, "Également ouverts": true,
		"Similar jobs in the Engineering department will be advertised later.": false, "Jobs": false,
	} {
		if got := IsOtherPostsHeading(in); got != want {
			t.Errorf("IsOtherPostsHeading(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestTalksAboutReading(t *testing.T) {
	for in, want := range map[string]bool{
		"Bien lire un avis de vacance des Nations Unies": true,
		"Understanding a job posting":                    true,
		"Voici un exemple d'avis de vacance":             true,
		"Vacancy notice: Legal Officer":                  false,
		"Read more":                                      false,
	} {
		if got := TalksAboutReading(in); got != want {
			t.Errorf("TalksAboutReading(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNamesContractTerm(t *testing.T) {
	for in, want := range map[string]bool{
		"fixed term of three years": true, "three-year definite duration": true, "contrat de trois ans renouvelable": true,
		"two-year contract (renewable)": true, "durée indéterminée": false, "Monday to Friday": false, "contractual": false,
	} {
		if got := NamesContractTerm(in); got != want {
			t.Errorf("NamesContractTerm(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNamesUnionAndGradeWord(t *testing.T) {
	for in, want := range map[string]bool{
		"Syndicat SCFP – unité de soutien": true, "Union CUPE": true, "Trade union of the staff": true,
		"Union internationale des télécommunications": false, "Union Bank": false, "Hôpital Montfort": false,
	} {
		if got := NamesUnion(in); got != want {
			t.Errorf("NamesUnion(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{"GRADE": true, "Grade(s) :": true, "Category": false, "Job Grade": true, "Job family": false} {
		if got := IsGradeWord(in); got != want {
			t.Errorf("IsGradeWord(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{"Band": true, "Grade": true, "Scale": true, "Level": false} {
		if got := IsPayScaleWord(in); got != want {
			t.Errorf("IsPayScaleWord(%q) = %v, want %v", in, got, want)
		}
	}
	// "Scale 20", not "Scale A11": a scale's step in figures only.
	for in, want := range map[string]bool{"Scale": true, "Échelle": true, "Band": false, "Grade": false} {
		if got := IsNumberedScaleWord(in); got != want {
			t.Errorf("IsNumberedScaleWord(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsEssentialIntroduction(t *testing.T) {
	for in, want := range map[string]bool{
		"The successful candidate will possess the following qualifications:":  true,
		"Le/la candidat(e) retenu(e) possédera les qualifications suivantes :": true,
		"Your application must include the following documents:":               false,
		"Selection criteria (essential). Applicants should:":                   true,
		"Critères de sélection (obligatoires). Les candidats doivent :":        true,
		"Documents (required) to be attached:":                                 false,
		"The following qualifications are described in the annex.":             false, // no colon
		// A lead-in that ends on who must, or on the conditions candidates meet.
		"To be eligible, applicants must:": true,
		"Le (la) candidat(e) doit :":       true,
		"Peuvent faire acte de candidature les personnes remplissant les conditions ci-après :": true,
		"L'autorisation est accordée à l'agent qui remplit les conditions suivantes :":          false, // no candidate
		"Applicants must submit the following documents:":                                       false, // not at the end
		// The post's terms, or the file's, are no conditions the candidate meets.
		"The post is offered to the successful candidate on the following conditions:": false,
		"Le candidat retenu bénéficiera des conditions suivantes :":                    false,
		"Les candidatures doivent remplir les conditions suivantes :":                  false,
	} {
		if got := IsEssentialIntroduction(in); got != want {
			t.Errorf("IsEssentialIntroduction(%q) = %v", in, got)
		}
	}
}

// A label with a qualifier in parentheses is the label; a number alone
// in parentheses is a reference, and a label the tables hold with a
// qualifier of its own is not read shorter.
func TestLabelQualified(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Closing Date (23:59 EST)": "deadline",
		"Division (250709)":        "",
		"Salaire (Base de 1 paie)": "",
		"Salary (Pay Basis)":       "salary",
	} {
		if got, _ := v.Label(in); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
}

// A label in two languages is a label when both halves name the same
// field; two headings parted by a slash are none.
func TestLabelInTwoLanguages(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Location / Lieu":                "location",
		"Closing date / Date de clôture": "deadline",
		"Lieu / Location :":              "location",
		"Essential / Desirable":          "",
		"Location / Date de clôture":     "",
		"Location / Lieu / Luogo":        "",
	} {
		if got, _ := v.Label(in); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
}

// A board's education facet is a label of its own, so that its glued
// value is not read as a grade under "Niveau".
func TestEducationLevelLabel(t *testing.T) {
	v := Default()
	if f, _ := v.Label("Niveau d'étude"); f != "education_level" {
		t.Errorf("Label(Niveau d'étude) = %q", f)
	}
	if f, label, _, ok := v.Field("Niveau d'étudeBac + 5", false); ok && f == "grade" {
		t.Errorf("glued facet read as the grade under %q", label)
	}
}

// TestResearchBoardLabels: a research board's facts (EURAXESS, a French
// research body's page of label and value lines) are fields, and the
// country beside the town is not the location.
func TestResearchBoardLabels(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Researcher Profile: Recognised Researcher (R2)": "job_family",
		"Ville: Montpellier, France":                     "location",
		"Pays: France":                                   "country",
		"Date de fin de diffusion: 12/06/2026":           "deadline",
		"Offer Starting Date: 01/09/2026":                "start_date",
	} {
		if f, _, _, ok := v.Field(in, false); !ok || f != want {
			t.Errorf("Field(%q) = %q, %v; want %q", in, f, ok, want)
		}
	}
}

func TestWithoutOfficeHolder(t *testing.T) {
	for in, want := range map[string]string{
		"Secretary-General of the International Maritime Organization": "International Maritime Organization",
		"Secrétaire général du Conseil africain et malgache":           "Conseil africain et malgache",
		"Le Directeur général de l'Office national":                    "Office national",
		"The Secretary-General of the United Nations":                  "United Nations",
		"Secretariat of the Pacific Community":                         "Secretariat of the Pacific Community",
	} {
		if got := WithoutOfficeHolder(in); got != want {
			t.Errorf("WithoutOfficeHolder(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUnitLabels: a post's unit under its own label ("Branch",
// "Institution") ends the employer's value glued before it, and is no
// employer.
func TestUnitLabels(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Branch: Human Resources Branch – Quebec Region":   "division",
		"Direction générale : Services à la clientèle":     "division",
		"Institution: Centre Hospitalier du Valais Romand": "division",
		"Tenure: Indeterminate":                            "contract_type",
		"Niveau et barème : A1":                            "grade",
		"Niveau/barème : A1":                               "grade",
		"Class: SW1":                                       "grade",
		// A university's column of labels: its faculty or centre beside
		// the employer, and its grade.
		"Composante : Faculté des Sciences et Techniques": "division",
		"Structure : Centre universitaire de recherche":   "division",
		"Grade de recrutement : Maître-Assistant (CAMES)": "grade",
	} {
		if f, _, _, ok := v.Field(in, false); !ok || f != want {
			t.Errorf("Field(%q) = %q, %v; want %q", in, f, ok, want)
		}
	}
	spans := v.FindLabels("Employer: Service New BrunswickBranch: Customer Care")
	if len(spans) != 2 || spans[1].Field != "division" {
		t.Errorf("FindLabels = %+v, want the employer's label, then the branch's", spans)
	}
}

// TestEndsWithAbbreviation: a title's or a saint's abbreviation before
// its stop; a word that ends a sentence is none.
func TestEndsWithAbbreviation(t *testing.T) {
	for in, want := range map[string]bool{
		"Facility: Dr":          true,
		"Hôpital (Ste":          true,
		"Saint John, St":        true,
		"under the Act":         false,
		"NATO SECRET":           false,
		"the office in Moncton": false,
	} {
		if got := EndsWithAbbreviation(in); got != want {
			t.Errorf("EndsWithAbbreviation(%q) = %v", in, got)
		}
	}
}

// TestLegalAct: a legal act's preamble lines and the verb that opens its
// decisions.
func TestLegalAct(t *testing.T) {
	for text, want := range map[string]bool{
		"Vu la Nouvelle loi communale, notamment son article 145 ;": true,
		"Having regard to the Staff Regulations,":                   true,
		"Vue sur le lac et accès en tram.":                          false,
	} {
		if got := IsLegalVisa(text); got != want {
			t.Errorf("IsLegalVisa(%q) = %v", text, got)
		}
	}
	for text, want := range map[string]bool{
		"DÉCIDE :": true,
		"Arrête :": true,
		"Le Collège décide de recruter un agent.": false,
	} {
		if got := IsLegalActVerb(text); got != want {
			t.Errorf("IsLegalActVerb(%q) = %v", text, got)
		}
	}
}

func TestIsFilledStatus(t *testing.T) {
	for in, want := range map[string]bool{"FILLED": true, "Pourvu": true, "Poste pourvu": true, "Open": false, "Filled in by HR": false} {
		if got := IsFilledStatus(in); got != want {
			t.Errorf("IsFilledStatus(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestBeforeSite(t *testing.T) {
	for in, want := range map[string]string{
		"Senior Specialist – Digital Forensics (AD7) within the Forensic Support Team": "Senior Specialist – Digital Forensics (AD7)",
		"Chargé de mission au sein de la direction des finances":                       "Chargé de mission",
		"Officer within the Secretariat":                                               "Officer within the Secretariat",
		"Programme Officer":                                                            "Programme Officer",
	} {
		if got := BeforeSite(in); got != want {
			t.Errorf("BeforeSite(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNamesOneBody(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"ÉTAT-MAJOR MILITAIRE INTERNATIONAL", "INTERNATIONAL MILITARY STAFF", true},
		{"ORGANISATION EUROPÉENNE POUR LA RECHERCHE NUCLÉAIRE", "EUROPEAN ORGANIZATION FOR NUCLEAR RESEARCH", true},
		{"UNION AFRICAINE", "AGENCE DE DÉVELOPPEMENT DE L'UNION AFRICAINE", false},                            // a body and its part
		{"INTERNATIONAL ORGANIZATION FOR MIGRATION", "ORGANISATION INTERNATIONALE POUR LES MIGRATIONS", true}, // as long: one body
		{"INTERNATIONAL MILITARY STAFF", "PLANS AND POLICY DIVISION", false},
		{"AGENCE NATIONALE", "NATIONAL OFFICE", false}, // one cognate
	} {
		if got := NamesOneBody(c.a, c.b); got != c.want {
			t.Errorf("NamesOneBody(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDesirableIntroductionPreference(t *testing.T) {
	for in, want := range map[string]bool{
		"Les candidats devront en outre, de préférence :": true,
		"Candidates should also have, preferably:":        true,
		"Ideally:": true,
		"Candidates must have the following, preferably acquired in an international organisation:": false,
	} {
		if got := IsDesirableIntroduction(in); got != want {
			t.Errorf("IsDesirableIntroduction(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNamesBodyKind(t *testing.T) {
	if !NamesBodyKind("MAIRIE") || NamesBodyKind("Mairie de Monaco") {
		t.Error("NamesBodyKind: one word naming a kind of body")
	}
}

func TestIsNoValue(t *testing.T) {
	for in, want := range map[string]bool{"N/A": true, "n.a.": true, "Sans objet": true, "S.O.": true, "Not applicable.": true, "NATO SECRET": false, "G15": false, "À POURVOIR": true, "Poste à pourvoir": true, "Poste à pourvoir le 1er mars": false, "VACANT": true, "Vacant post in the unit": false} {
		if got := IsNoValue(in); got != want {
			t.Errorf("IsNoValue(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestCellWeight: a table's column of weights read onto a criterion's
// line weighs it; a weight run in after a dash, or after a line too short
// to be a criterion, does not.
func TestCellWeight(t *testing.T) {
	for in, want := range map[string][2]string{
		"Master's degree in transportation or land-use planning Asset":        {"Master's degree in transportation or land-use planning", "desirable"},
		"Trois ans d'expérience en analyse de politiques publiques Essentiel": {"Trois ans d'expérience en analyse de politiques publiques", "essential"},
		"English essential":                                {"English essential", ""},
		"Anglais - Souhaité":                               {"Anglais - Souhaité", ""},
		"Permis B - Véhicule léger - Souhaité":             {"Permis B - Véhicule léger - Souhaité", ""},
		"Knowledge of French would be a definite asset":    {"Knowledge of French would be a definite asset", ""},
		"Working knowledge of the Privacy Act is Required": {"Working knowledge of the Privacy Act is Required", ""},
	} {
		if c, w := CellWeight(in); c != want[0] || w != want[1] {
			t.Errorf("CellWeight(%q) = %q, %q; want %q, %q", in, c, w, want[0], want[1])
		}
	}
}

// TestLeadWeight: a criterion that opens with its weight gives it, and
// is read without it; a topic or a language's level is no weight.
func TestLeadWeight(t *testing.T) {
	for in, want := range map[string][2]string{
		"Essential: Completed secondary education and a federal certificate in commerce.": {"Completed secondary education and a federal certificate in commerce.", "essential"},
		"Souhaitable : Connaissance de l'espagnol ou de l'arabe.":                         {"Connaissance de l'espagnol ou de l'arabe.", "desirable"},
		"Essentielle : Excellente connaissance du français ou de l'anglais.":              {"Excellente connaissance du français ou de l'anglais.", "essential"},
		"Required: English (4 - Excellent)":                                               {"Required: English (4 - Excellent)", ""},
		"Education: Advanced university degree in economics.":                             {"Education: Advanced university degree in economics.", ""},
		"Atout : permis de conduire de catégorie C en cours de validité":                  {"Atout : permis de conduire de catégorie C en cours de validité", ""},
	} {
		if c, w := LeadWeight(in); c != want[0] || w != want[1] {
			t.Errorf("LeadWeight(%q) = %q, %q; want %q, %q", in, c, w, want[0], want[1])
		}
	}
}

func TestGluedAfterGenderMark(t *testing.T) {
	for in, want := range map[string]int{
		"Ingénieur procédés fours électriques (H/F)Société Le NickelNouméa": len("Ingénieur procédés fours électriques (H/F)"),
		"Cryogenic Propulsion Test Engineer (M/F)Ariane":                    len("Cryogenic Propulsion Test Engineer (M/F)"),
		"Technicien (m/f) pour le service technique":                        -1,
		"Comptable (H/F)":            -1,
		"Analyste (SIG)Cartographie": -1,
	} {
		if got := GluedAfterGenderMark(in); got != want {
			t.Errorf("GluedAfterGenderMark(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestTopicWeight: a topic and its weight, in brackets or as a second
// label, go from the criterion; a topic alone, a weight alone and a
// bracket that is no weight stay.
func TestTopicWeight(t *testing.T) {
	v := Default()
	for in, want := range map[string][2]string{
		"Education (required): A university degree in tourism management or economics.":        {"A university degree in tourism management or economics.", "essential"},
		"Work experience (desirable)Experience working with national tourism administrations.": {"Experience working with national tourism administrations.", "desirable"},
		"Languages (required)Excellent knowledge of English.":                                  {"Excellent knowledge of English.", "essential"},
		"Experience: Essential: At least five years of work with parliaments.":                 {"At least five years of work with parliaments.", "essential"},
		"Langues : Souhaitable : Connaissance de l'espagnol ou de l'arabe.":                    {"Connaissance de l'espagnol ou de l'arabe.", "desirable"},
		"Education: Advanced university degree in economics.":                                  {"Education: Advanced university degree in economics.", ""},
		"Essential: Completed secondary education and a federal certificate in commerce.":      {"Essential: Completed secondary education and a federal certificate in commerce.", ""},
		"Driving licence (category B): Valid for at least two more years.":                     {"Driving licence (category B): Valid for at least two more years.", ""},
		"Required: English (4 - Excellent)":                                                    {"Required: English (4 - Excellent)", ""},
		"Python (required): At least three years of daily use in data pipelines.":              {"Python (required): At least three years of daily use in data pipelines.", "essential"},
		"Certifications (preferred): A cloud certification such as AWS.":                       {"Certifications (preferred): A cloud certification such as AWS.", "desirable"},
		"Experience (required): Five years (essential) in logistics or transport.":             {"Five years (essential) in logistics or transport.", "essential"},
		"English (Essential) French (Desirable) Arabic (Asset)":                                {"English (Essential) French (Desirable) Arabic (Asset)", ""},
		"Languages (required): English (Essential) and French (Desirable).":                    {"Languages (required): English (Essential) and French (Desirable).", ""},
	} {
		if c, w := v.TopicWeight(in); c != want[0] || w != want[1] {
			t.Errorf("TopicWeight(%q) = %q, %q; want %q, %q", in, c, w, want[0], want[1])
		}
	}
}

// TestGluedFieldLabel: a field label with a value in small letters glued
// on is found; a label whose word goes on is not.
func TestGluedFieldLabel(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Salaryfrom €2,950 to €3,350": "Salary",
		"Prise de posteaoût 2032":     "Prise de poste",
		"Statut d'emploipermanent":    "Statut d'emploi",
		"Organisational unitProjects": "",
		"Salary: EUR 4,000":           "",
		"Lieuxdits":                   "",
	} {
		s, ok := v.GluedFieldLabel(in)
		got := ""
		if ok {
			got = in[:s.End]
		}
		if got != want {
			t.Errorf("GluedFieldLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestIsSampleValue: a value that names itself an example or writes the
// letters a template leaves to fill in is a sample, not a post's fact.
func TestIsSampleValue(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"country-city, e.g. Belgium-Brussels", true},
		{"DD-Mmm-YYYY, 11:59:00 PM (Brussels time)", true},
		{"NATO Grade, e.g. G15", true},
		{"Secrétaire de mairie (exemple)", true},
		{"JJ/MM/AAAA", true},
		{"XXX-0000-00000", true},
		{"the announcement number, e.g. VA/20XX/000", true},
		{"Brussels", false},
		{"Grade A2", false},
		{"DDR Officer", false},
		{"Sample Management Officer", false},
		{"31 May 2026, 23:59 CET", false},
		{"Exemplary conduct is expected", false},
	} {
		if got := IsSampleValue(c.in); got != c.want {
			t.Errorf("IsSampleValue(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestOpensOtherPosts: a heading of a site's other posts, alone or with
// the first post's title joined to it, not a sentence that opens alike.
func TestOpensOtherPosts(t *testing.T) {
	for in, want := range map[string]bool{
		"Similar jobs": true,
		"Similar jobs Assistant (Treasury) - Office (293077)": true,
		"Offres similaires Comptable (H/F)":                   true,
		"More jobs will be created in the region.":            false,
		"Similarly, jobs in the unit":                         false,
	} {
		if got := OpensOtherPosts(in); got != want {
			t.Errorf("OpensOtherPosts(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestIsDayDivider: a day's name and its date alone divide a chat's
// messages; a sentence that opens with a day does not.
func TestIsDayDivider(t *testing.T) {
	for in, want := range map[string]bool{
		"Mardi 9 octobre":                  true,
		"Thursday, 14 March":               true,
		"Fri 3":                            true,
		"Lundi 1er juin 2026":              true,
		"Thursday, May 1st":                true,
		"Saturday, March 22nd, 2042":       true,
		"Monday, May 1stly":                false,
		"Friday the 13th Coordinator":      false,
		"Monday to Friday, 35 hours":       false,
		"Mardi":                            false,
		"Friday Night Programme Assistant": false,
	} {
		if got := IsDayDivider(in); got != want {
			t.Errorf("IsDayDivider(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestSaysForm: a line that says its document is filled in by someone is
// a form's; a notice's sentence about an application form is not.
func TestSaysForm(t *testing.T) {
	for in, want := range map[string]bool{
		"Confidential – to be completed by the staff member and discussed with the supervisor.": true,
		"Formulaire DI-PL-07 – à compléter par les deux membres du personnel.":                  true,
		"Applicants must complete the online application form.":                                 false,
		"CONFIDENTIAL – TO BE COMPLETED BY THE STAFF MEMBER":                                    true,
		"The assignment is to be completed by 31 December 2031.":                                false,
		"Le dossier de candidature est à compléter par le candidat en ligne.":                   false,
	} {
		if got := SaysForm(in); got != want {
			t.Errorf("SaysForm(%q) = %v, want %v", in, got, want)
		}
	}
	if !IsFilledStatus("Closed – position filled on 28 November 2030") || IsFilledStatus("Open until the position is filled") || IsFilledStatus("Open until position filled") {
		t.Error("a status that says the position is filled, with its date, is the filled post's")
	}
}

// TestOtherPostsAccented: a heading of other posts with accents, the
// first post's title joined to it.
func TestOtherPostsAccented(t *testing.T) {
	if !OpensOtherPosts("Offres recommandées Comptable (H/F)") {
		t.Error("an accented heading of other posts with a title joined is not read")
	}
}

// TestSampleTokensStandAlone: a template's letters stand alone, the
// two-letter ones beside a date's or a number's marks.
func TestSampleTokensStandAlone(t *testing.T) {
	for in, want := range map[string]bool{"DD-Mmm-YYYY": true, "JJ/MM/AAAA": true, "VA/20XX/000": true, "JJ Abrams": false, "DD Form 214": false, "Article XX": false, "aDD": false} {
		if got := hasSampleToken(in); got != want {
			t.Errorf("hasSampleToken(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestEndsWithNumberWord: a label that gives a document's number.
func TestEndsWithNumberWord(t *testing.T) {
	for in, want := range map[string]bool{"Work Order No.": true, "Avis n°": true, "Request number:": true, "Cours": false, "No": false, "Numéro de téléphone": false} {
		if got := EndsWithNumberWord(in); got != want {
			t.Errorf("EndsWithNumberWord(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestPlaceAndHoursLabels: a place's, a grade's and a schedule's labels of more
// employers; "Horaires" only before its colon, a transit site's menu
// opening with it being no field.
func TestPlaceAndHoursLabels(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Localisation géographique": "location", "Lieu de travail initial": "location",
		"Place of performance": "location", "Position location": "location",
		"Grade de poste": "grade", "Grading": "grade", "Niveau de classification": "grade",
		"Identification du poste": "reference", "Postuler avant": "deadline", "Issue Date": "posted",
		"Term Duration": "duration", "Ref. Société": "reference", "Ref. Apec": "reference",
		"BUSINESS AREA": "division", "Place of secondment": "location", "Lieu de détachement": "location", "MÉTIER / DIRECTION": "job_family", "Date de dépublication": "deadline",
	} {
		if got, _ := v.Label(in); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
	if f, _, value, ok := v.Field("Horaires : en 2x8, du lundi au vendredi", false); !ok || f != "schedule" || value != "en 2x8, du lundi au vendredi" {
		t.Errorf("Field(Horaires : …) = %q, %q, %v", f, value, ok)
	}
	if !IsBoardRefLabel("Ref. Apec") || !IsBoardRefLabel("Job number") || IsBoardRefLabel("Ref. Société") {
		t.Error("a board's own number and the employer's are told apart by their labels")
	}
	if f, _, _, ok := v.Field("Horaires Tarifs Transport adapté À propos Carrières", false); ok {
		t.Errorf("a menu read as field %q", f)
	}
}

// TestPeriodSlashYear: "/ an" after an amount is a year; the English
// article and a word that opens with "an" are none.
func TestPeriodSlashYear(t *testing.T) {
	for in, want := range map[string]string{
		"78 412 $ - 104 549 $ / an": "year", "52 000 €/an brut": "year", "CHF 90'000.-/an": "year",
		"$24.10 / hour": "hour", "EUR 4,000 / analyst grade": "", "45 000 € brut": "",
		"CAD 32.50 / an hour, with benefits": "hour", "$18/an hour": "hour", "52 000 € / an, brut": "year",
	} {
		if got := Period(in); got != want {
			t.Errorf("Period(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSaysNoEmploymentAfter: a programme's or an internship's word that it
// leads to no job.
func TestSaysNoEmploymentAfter(t *testing.T) {
	for in, want := range map[string]bool{
		"The traineeship does not lead to employment with the Organization.": true,
		"Le stage n'ouvre droit à aucun emploi au sein de l'Agence.":         true,
		"The post may lead to a permanent contract.":                         false,
	} {
		if got := SaysNoEmploymentAfter(in); got != want {
			t.Errorf("SaysNoEmploymentAfter(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestAsksDocumentKind: a label that asks a document's kind, not one
// that names a post's fact.
func TestAsksDocumentKind(t *testing.T) {
	for in, want := range map[string]bool{
		"Document type:": true, "Type de document :": true, "Objet :": true, "Subject:": true,
		"Occupational Groups:": false, "Domaines d'activité :": false, "Job type:": false,
	} {
		if got := AsksDocumentKind(in); got != want {
			t.Errorf("AsksDocumentKind(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestNamesOtherCountry: a line naming a country whose currency is no
// dollar; Canada and a dollar's places are none.
func TestNamesOtherCountry(t *testing.T) {
	for in, want := range map[string]bool{
		"1211 Geneva 20, Switzerland": true, "Genève, Suisse": true, "Bruxelles, Belgique": true,
		"Montréal, Canada": false, "Ottawa (Ontario)": false, "Washington, United States": false,
	} {
		if got := NamesOtherCountry(in); got != want {
			t.Errorf("NamesOtherCountry(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestIsScheduleWithHours: a schedule with its hours on a line of its
// own; a schedule in a sentence, or without hours, is not one.
func TestIsScheduleWithHours(t *testing.T) {
	for in, want := range map[string]bool{
		"Full time, 40 hrs per week":      true,
		"Temps plein (38 heures/semaine)": true,
		"Full-time (40 hours per week)":   true,
		"Full-time":                       false,
		"Full-time, permanent":            false,
		"Full-time work is expected of 40 hours a week from every member of the team": false,
	} {
		if got := IsScheduleWithHours(in); got != want {
			t.Errorf("IsScheduleWithHours(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestSpelledAcronymBounded: a long run of small words before an
// acronym costs little.
func TestSpelledAcronymBounded(t *testing.T) {
	text := strings.Repeat("e ", 5000) + "(EEEEEEEE)"
	allocs := testing.AllocsPerRun(3, func() { SpelledAcronym(text, "EEEEEEEE") })
	if allocs > 50 {
		t.Errorf("SpelledAcronym allocates %v times on a long run of words", allocs)
	}
}

func TestIsIntroduction(t *testing.T) {
	for text, want := range map[string]bool{
		"The following will be assessed at a later date:":                                                                               true,
		"If you possess any of the following, your application must also clearly explain how you meet it (other qualifications)":        true,
		"Si vous possédez l'une des qualifications suivantes, votre demande doit aussi expliquer clairement comment vous y satisfaites": true,
		"Experience in applying legislation in a case-management setting.":                                                              false,
	} {
		if got := IsIntroduction(text); got != want {
			t.Errorf("IsIntroduction(%q) = %v, want %v", text, got, want)
		}
	}
}

// A French employer's form heads the employer's box "Établissement
// employeur" beside "Direction / Service": each is a label whole, not a
// facility's label with "EMPLOYEUR" for its value.
func TestEmployerFormLabels(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"ÉTABLISSEMENT EMPLOYEUR": "organisation",
		"Établissement employeur": "organisation",
		"DIRECTION / SERVICE":     "division",
		"Établissement":           "location",
	} {
		if got, _ := v.Label(in); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLinkedOrganisation(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"For further information on the organization, please visit Parole Board of Canada", "Parole Board of Canada", true},
		{"For further information on the organization, please visit Military Grievances External Review Committee.", "Military Grievances External Review Committee", true},
		{"Pour de plus amples renseignements sur l'organisation, veuillez consulter Commission des libérations conditionnelles du Canada", "Commission des libérations conditionnelles du Canada", true},
		{"Pour obtenir de plus amples renseignements sur l'organisation, veuillez consulter Savoirs polaires Canada", "Savoirs polaires Canada", true},
		{"For further information on the organization, please visit", "", false},
		{"For further information, please visit our website", "", false},
	} {
		if got, ok := LinkedOrganisation(c.in); got != c.want || ok != c.ok {
			t.Errorf("LinkedOrganisation(%q) = %q, %v, want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestLetterReferenceLabels: a letter's own reference ("N/Réf.") and a
// recruitment campaign's are the vacancy's reference; the reference a
// letter answers ("V/Réf.") is not.
func TestLetterReferenceLabels(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"N/Réf. : ECH-RH-2035-07":            "reference",
		"Campaign reference: MET-FC-2036-07": "reference",
	} {
		if f, _, value, ok := v.Field(in, false); !ok || f != want || value == "" {
			t.Errorf("Field(%q) = %q, %q, %v; want %q", in, f, value, ok, want)
		}
	}
	if f, _, _, ok := v.Field("V/Réf. : 2035/114", false); ok && f == "reference" {
		t.Errorf("Field(V/Réf.) = reference")
	}
}

// TestSalaryPayBasisFrench: the French interface's other wording of
// "Salary (Pay Basis)" labels the salary.
func TestSalaryPayBasisFrench(t *testing.T) {
	v := Default()
	if f, _, value, ok := v.Field("Salaire (base de rémunération) : 4 518,92Euro (EUR) Mensuelle", false); !ok || f != "salary" || value != "4 518,92Euro (EUR) Mensuelle" {
		t.Errorf("Field = %q, %q, %v; want salary", f, value, ok)
	}
}

// TestEmployerReferenceLabels: the employer's own number under the
// labels boards print beside theirs is the reference.
func TestEmployerReferenceLabels(t *testing.T) {
	v := Default()
	for _, in := range []string{
		"Référence interne : CAB-2036-058",
		"Numéro de l'offre de l'employeur : SHQ-2035-0418",
		"Référence établissement : CHD-DRH-2035-204",
		"Référence de l'établissement : CHR-DRH-2035-118",
	} {
		if f, _, value, ok := v.Field(in, false); !ok || f != "reference" || value == "" {
			t.Errorf("Field(%q) = %q, %q, %v; want reference", in, f, value, ok)
		}
	}
}

// TestGeographicSectorLabel: a French public-service board's
// "Secteur géographique" is the post's place.
func TestGeographicSectorLabel(t *testing.T) {
	v := Default()
	if f, _, value, ok := v.Field("Secteur géographique : Beauvais", false); !ok || f != "location" || value != "Beauvais" {
		t.Errorf("Field = %q, %q, %v; want location", f, value, ok)
	}
}

// Lead-ins to desirable criteria and the headings of desirable and
// essential lists that boards and portals print.
func TestDesirableLeadInsAndHeadings(t *testing.T) {
	v := Default()
	for _, s := range []string{"It would be an advantage to have", "It would be an advantage if you have"} {
		if !IsDesirableIntroduction(s) {
			t.Errorf("IsDesirableIntroduction(%q) = false", s)
		}
	}
	if IsDesirableIntroduction("You are expected to have") {
		t.Errorf("IsDesirableIntroduction(%q) = true: no desirable cue", "You are expected to have")
	}
	for text, want := range map[string]string{
		"Exigences souhaitées": "desirable", "Serait apprécié(e) :": "desirable", "Preference may be given to": "desirable",
		"It would be great if you also have": "desirable", "What you'll need": "essential",
		"Academic Requirements and Relevant Experience": "essential",
	} {
		if k, _ := v.Heading(text); k != want {
			t.Errorf("Heading(%q) = %q, want %q", text, k, want)
		}
	}
}

func TestEndsWithUnit(t *testing.T) {
	for in, want := range map[string]bool{
		"Operations and Planning Division":    true,
		"Current Operations Branch":           true,
		"Cooperative Security Division (CSD)": true,
		"International Military Staff":        false,
		"Division":                            false, // a label's word, no name
		"Strategic Policy":                    false,
	} {
		if got := EndsWithUnit(in); got != want {
			t.Errorf("EndsWithUnit(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNamesSubgroup(t *testing.T) {
	for in, want := range map[string]bool{
		"sous-groupe administratif": true,
		"Sub-group technical":       true,
		"niveau 2":                  false,
		"":                          false,
	} {
		if got := NamesSubgroup(in); got != want {
			t.Errorf("NamesSubgroup(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestHeaderLabelsStop42(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Competition #":         "reference",
		"N° de concours":        "reference",
		"Pay Band":              "grade",
		"Groupe d'indemnité":    "grade",
		"Catégorie et position": "grade",
	} {
		if got, _ := v.Label(in); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNamesBehaviours(t *testing.T) {
	for in, want := range map[string]bool{
		"Behaviours:":            true,
		"Our behaviours":         true,
		"Comportements attendus": true,
		"Core competencies":      false,
		"Values":                 false,
		"Behaviours we assess at interview are described in the candidate pack": false, // a sentence
	} {
		if got := NamesBehaviours(in); got != want {
			t.Errorf("NamesBehaviours(%q) = %v, want %v", in, got, want)
		}
	}
	v := Default()
	for _, h := range []string{"Behaviours", "Our behaviours"} {
		if k, ok := v.Heading(h); !ok || k != "competencies" {
			t.Errorf("Heading(%q) = %q, %v, want competencies", h, k, ok)
		}
	}
}

// "Job requisition: JR2391473", a Workday copy's number, is the
// reference's label, like its longer forms.
func TestRequisitionLabel(t *testing.T) {
	v := Default()
	for _, l := range []string{"Job requisition", "Job Requisition ID", "Réquisition"} {
		if f, _ := v.Label(l); f != "reference" {
			t.Errorf("Label(%q) = %q, want reference", l, f)
		}
	}
}

// TestRosterLabels: a mine's "Roster" names its schedule; the French
// "Rotation" is a label before its colon only, since it opens its own
// value and sentences of the body.
func TestRosterLabels(t *testing.T) {
	v := Default()
	if f, _, value, ok := v.Field("Roster: Rotation of 4 weeks on site and 2 weeks off", false); !ok || f != "schedule" || value != "Rotation of 4 weeks on site and 2 weeks off" {
		t.Errorf("Field(Roster: …) = %q, %q, %v", f, value, ok)
	}
	if f, _, value, ok := v.Field("Rotation : Rotation 14 jours de travail / 7 jours de repos", false); !ok || f != "schedule" || value != "Rotation 14 jours de travail / 7 jours de repos" {
		t.Errorf("Field(Rotation : …) = %q, %q, %v", f, value, ok)
	}
	if f, _, _, ok := v.Field("Rotation des équipes tous les quatorze jours", false); ok {
		t.Errorf("a sentence read as field %q", f)
	}
}

// TestMoreHeaderLabels: header labels of more employers: a working
// time's, a call for applications' number, a duty station's, the grades
// a French territorial board seeks, and "Type of employment", a
// contract's label whose "Full-time" the extraction reads as the
// schedule.
func TestMoreHeaderLabels(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Working arrangements": "schedule", "Régime horaire": "schedule",
		"Numéro de l'appel de candidatures": "reference", "Post of Duty": "location",
		"Grade(s) recherché(s)": "grade", "Type of employment": "contract_type",
	} {
		if got, _ := v.Label(in); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNamesStaffCategory: the categories of staff written beside a
// grade's code, in both languages; a rank or a sentence is none.
func TestNamesStaffCategory(t *testing.T) {
	for in, want := range map[string]bool{
		"General Service": true, "Services généraux": true, "Professionnel": true, " Field Service": true,
		"attaché": false, "General Service and related categories": false, "": false,
	} {
		if got := NamesStaffCategory(in); got != want {
			t.Errorf("NamesStaffCategory(%q) = %v, want %v", in, got, want)
		}
	}
}

// A job board's keyword line under a notice heads no criteria: it is
// held as a part of its own, so that it ends the list above it.
func TestKeywordsLineIsAPart(t *testing.T) {
	v := Default()
	for _, h := range []string{"Mots-clés", "Keywords"} {
		if k, ok := v.Heading(h); !ok || k != "additional_information" {
			t.Errorf("Heading(%q) = %q, %v, want additional_information", h, k, ok)
		}
	}
}

// The toggle under a board's folded notice is furniture.
func TestFoldToggleIsFurniture(t *testing.T) {
	for _, in := range []string{"Read less", "Read more", "Lire la suite", "Show less"} {
		if !IsFurniture(in) {
			t.Errorf("IsFurniture(%q) = false", in)
		}
	}
}

func TestWithoutOtherScript(t *testing.T) {
	for in, want := range map[string]string{
		"Référence المرجع": "Référence", "Date limite آخر أجل :": "Date limite:", "Salaire / الراتب": "Salaire",
		"Référence": "", "Poste (المنصب) au siège": "", "المرجع": "", "Lieu de travail": "",
		"Référence المرجع : 2040/17": "", "Lieu de travail مكان العمل : الرباط": "", "Contract عقد:": "Contract:",
	} {
		got, cut := WithoutOtherScript(in)
		if !cut {
			got = ""
		}
		if got != want {
			t.Errorf("WithoutOtherScript(%q) = %q, want %q", in, got, want)
		}
	}
	v := Default()
	if f, ok := v.Label("Lieu de travail مكان العمل"); !ok || f != "location" {
		t.Errorf("Label of a label with its Arabic = %q %v, want location", f, ok)
	}
	if f, ok := v.Label("Référence المرجع : 2040/17"); ok {
		t.Errorf("Label of a label, its Arabic and a value = %q, want none", f)
	}
}

func TestSaysHiring(t *testing.T) {
	for in, want := range map[string]bool{
		"hey all — my team is hiring 🎧 feel free to share":                 true,
		"On recrute ! Rejoignez l'équipe.":                                 true,
		"We are hiring.":                                                   true,
		"Our team is hiring a minibus for the trip.":                       false,
		"Welcome to our new recruits.":                                     false,
		"Which team is hiring?":                                            false,
		"Our choir is recruiting! Singers of every voice are welcome.":     false,
		"This study is recruiting.":                                        false,
		"Bright Bakery is hiring! Pop in for a chat about weekend shifts.": false,
		"La Ville recrute un(e) jardinier(ère)":                            false,
	} {
		if got := SaysHiring(in); got != want {
			t.Errorf("SaysHiring(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestEndsOpen: a value stopped on a comma or a preposition goes on; a
// whole value does not.
func TestEndsOpen(t *testing.T) {
	v := Default()
	for in, want := range map[string]bool{
		"Centre de contrôle international,":      true,
		"avec déplacements fréquents à":          true,
		"Mons, avenue Général de":                true,
		"Grantown-on-Spey, near":                 true,
		"Rambouillet (Yvelines)":                 false,
		"Brussels, Belgium":                      false,
		"de":                                     false, // a word alone is no cut value
		"Cotonou (Direction régionale Littoral)": false,
		"Ottawa, ON":                             false,
		"Portland, OR":                           false,
		"Baton Rouge, LA":                        false,
	} {
		if got := v.EndsOpen(in); got != want {
			t.Errorf("EndsOpen(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestEasternCaribbeanDollar: "EC$" is the Eastern Caribbean dollar, a
// bare "$" none.
func TestEasternCaribbeanDollar(t *testing.T) {
	for in, want := range map[string]string{
		"EC$5,350 – EC$6,870 per month": "XCD",
		"$5,350 – $6,870 per month":     "",
		"US$4,800 per month":            "USD",
	} {
		if got := Currency(in); got != want {
			t.Errorf("Currency(%q) = %q, want %q", in, got, want)
		}
	}
}

// "… sont exigées." says its criteria are required, as "… est exigée."
// does; a sentence that only names what is done is no weight.
func TestSaysRequiredSentencePlural(t *testing.T) {
	for _, s := range []string{
		"Au moins six années d'expérience dans les domaines de l'information sont exigées.",
		"Deux années d'expérience sont exigés.",
		"Pour ce poste, la maîtrise du français est exigée.",
	} {
		if !SaysRequiredSentence(s) {
			t.Errorf("SaysRequiredSentence(%q) = false", s)
		}
	}
	if SaysRequiredSentence("Les candidatures sont examinées par un jury.") {
		t.Error("a sentence that names no weight says one")
	}
}

// TestSaysApplyByMonth: "by" before a month's name closes an application
// only where the sentence names the application; a duty's report "by
// March 31" is no deadline.
func TestSaysApplyByMonth(t *testing.T) {
	for in, want := range map[string]bool{
		"Please submit your application through our Career Center by September 14, 2040.": true,
		"Prepare the annual budget and submit it to Council by March 31, 2042.":           false,
		"Submit the monthly report by March 31 each year.":                                false,
	} {
		if got := SaysApplyBy(in); got != want {
			t.Errorf("SaysApplyBy(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestPlaceNamesPost(t *testing.T) {
	for in, want := range map[string]bool{
		"Recreation and Wellness Coordinator": true,
		"Office of the Coordinator, Iqaluit":  false,
		"Head Office":                         false,
		"Tusket, Nova Scotia":                 false,
		"Bureau 12, Coordinator":              false,
	} {
		if got := PlaceNamesPost(in); got != want {
			t.Errorf("PlaceNamesPost(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNamesState(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"RÉPUBLIQUE DU CAMEROUN", true},
		{"Royaume du Maroc", true},
		{"Republic of Rwanda", true},
		{"République et Canton du Jura", false},
		{"Ville de Mons", false},
	} {
		if got := NamesState(c.name); got != c.want {
			t.Errorf("NamesState(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestISOCodeWordBefore(t *testing.T) {
	for _, c := range []struct{ before, figure, want string }{
		{"Monthly salary: GEL ", "4,915", "GEL"}, // a code that is a word, before money
		{"MAD ", "9 000", "MAD"},                 // grouped with a space
		{"GEL ", "12", ""},                       // a count: no money
		{"TOP ", "1,000", ""},                    // a word that leads counts
		{"ALL ", "1,200", ""},                    // likewise
		{"RSD ", "186,450", ""},                  // no word: ISOCodeBeside reads it
		{"ANGEL ", "4,915", ""},                  // inside a word
		{"GEL", "4,915", ""},                     // glued: gluedCurrencyCode's
		{"Salary: ", "4,915", ""},                // no code
	} {
		if got := ISOCodeWordBefore(c.before, c.figure); got != c.want {
			t.Errorf("ISOCodeWordBefore(%q, %q) = %q, want %q", c.before, c.figure, got, c.want)
		}
	}
}

func TestISOCodeWord(t *testing.T) {
	for in, want := range map[string]string{
		"entre 560 000 et 640 000 XPF bruts": "XPF", // a code the tables do not name
		"per annum, BWP)":                    "BWP",
		"GEL DES RECRUTEMENTS 2 000":         "", // a word
		"the ABC 2,000 fund":                 "", // no code
		"BWPX 2,000":                         "", // inside a word
		"(MUR, monthly)":                     "MUR",
		"45,000 – 55,000 per year depending on PHP experience": "", // an acronym in a sentence
		"30,000 per year, CVE handling bonus":                  "",
		"Up to 60,000 per annum + BAM membership":              "",
	} {
		if got := ISOCodeWord(in); got != want {
			t.Errorf("ISOCodeWord(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCurrencyISOOpeningParentheses(t *testing.T) {
	for in, want := range map[string]string{
		"Rs 78,450 – 115,950 (MUR, monthly)":  "MUR",
		"The Agency (FRA, Vienna) pays 7,000": "", // no code
		"Band 12, SDR 39,474 (XDR) per annum": "XDR",
	} {
		if got := Currency(in); got != want {
			t.Errorf("Currency(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPeriodYearAbbreviation(t *testing.T) {
	if got := Period("$58,420 / yr"); got != "year" {
		t.Errorf("Period(%q) = %q, want year", "$58,420 / yr", got)
	}
	if got := Period("a 5 yr contract"); got != "" {
		t.Errorf("Period(%q) = %q, want none: a length after its number", "a 5 yr contract", got)
	}
}

func TestSaysApplyByReachAndNoun(t *testing.T) {
	for text, want := range map[string]bool{
		"Signed applications with a detailed CV should reach the Human Resources Manager on or before Friday 20 February 2043.": true,
		"Candidature avant le 12/11/2043.":                                 true,
		"The quarterly report should reach the donor before 1 March 2043.": false, // no application named
		"Diplômes obtenus avant le 1er janvier 2024.":                      false,
	} {
		if got := SaysApplyBy(text); got != want {
			t.Errorf("SaysApplyBy(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestPlaceAndWorkingTimeLabels: a lecturer's hours ("Charge horaire")
// and an office's base ("Base", "Based at") are labels of the working time and
// of the place; a sentence opening with their words is no field, nor is
// a salary's "Base salary" a place.
func TestPlaceAndWorkingTimeLabels(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{
		"Charge horaire : 200 heures équivalent TD par an":            "schedule",
		"Base: Lymington Town Hall, with fieldwork across the Forest": "location",
		"Based at: Murley Moss, Oxenholme Road, Kendal":               "location",
		"Base salary: USD 78,441 net per annum":                       "salary",
	} {
		if got, _, _, _ := v.Field(in, false); got != want {
			t.Errorf("Field(%q) = %q, want %q", in, got, want)
		}
	}
	if !IsAreaLabel("Secteur géographique") || IsAreaLabel("Lieu de travail") {
		t.Error("an area's label is told from a place's")
	}
	for _, in := range []string{"Base de données des membres à jour", "Based on your experience, we offer a competitive package", "Base / location: Emergency Operations Centre, Wakefield", "base"} {
		if f, _, _, ok := v.Field(in, false); ok {
			t.Errorf("Field(%q) = %q, want none", in, f)
		}
	}
}
