package parser

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/schema"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Notices written for these tests, unlike any corpus file: other bodies,
// cities, currencies, layouts and orders of the halves.
const staffPostText = `Communications Officer - NATO Science and Technology Organization (251300)

Primary Location: France-Paris
NATO Body: NATO Science and Technology Organization (STO)
Schedule: Full-time
Application Deadline: 07-Mar-2026
Salary (Pay Basis): 6,120.50Euro (EUR) Monthly
Grade A1
Clearance Level NS

1. SUMMARY
The Collaboration Support Office in Paris supports the science and technology programme of the Alliance.

2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
a) possess a university degree in communication, journalism or a related discipline;
b) have at least 2 years' experience in corporate communication;
c) possess the following minimum levels of NATO's official languages: IV in English.
DESIRABLE
a) experience of working in an international organisation;
b) knowledge of French.

5. COMPETENCIES
• Achievement: Sets own standards;
• Teamwork: Solicits inputs and encourages others.

Chargé(e) de communication - Organisation OTAN pour la science et la technologie (251300)

Emplacement principal : France-Paris
Organisation : Organisation OTAN pour la science et la technologie (STO)
Horaire : Temps plein
Date de retrait : 07-mars-2026
Salaire (Base de paie) : 6 120,50Euro (EUR) Mensuelle
Grade A1
Niveau de l'habilitation de sécurité NS

1. RÉSUMÉ
Le Bureau d'appui à la collaboration, à Paris, soutient le programme scientifique et technologique de l'Alliance.

2. QUALIFICATIONS ET EXPÉRIENCE
ACQUIS ESSENTIELS
La/Le titulaire doit :
a) être titulaire d'un diplôme universitaire en communication, en journalisme ou dans une discipline apparentée ;
b) avoir au moins 2 ans d'expérience dans la communication institutionnelle ;
c) avoir le niveau minimum suivant dans les langues officielles de l'OTAN : IV en anglais.
ACQUIS SOUHAITABLES
a) une expérience au sein d'une organisation internationale ;
b) une connaissance du français.

5. COMPÉTENCES
• Recherche de l'excellence : se fixe ses propres normes ;
• Travail en équipe : sollicite les contributions et encourage les autres.
`

func TestExtractUnseenNotices(t *testing.T) {
	ctx := context.Background()

	t.Run("staff post with numbered sections", func(t *testing.T) {
		v, err := ParseBytes(ctx, []byte(staffPostText), WithFormat(FormatText))
		require.NoError(t, err)
		assert.Equal(t, "251300", v.Reference)
		assert.Equal(t, []string{"en", "fr"}, v.Languages)
		assert.Equal(t, "A1", *v.Grade)
		assert.Equal(t, "2026-03-07", *v.Deadline)
		assert.Equal(t, 6120.50, *v.Salary.Amount)
		assert.Equal(t, "France-Paris", *v.Location.EN)
		assert.Len(t, v.Requirements.EN.Essential, 3)
		assert.Len(t, v.Requirements.FR.Desirable, 2)
		assert.Equal(t, "une connaissance du français.", v.Requirements.FR.Desirable[1])
		assert.Equal(t, "Travail en équipe", v.Competencies.FR[1].Name)
		var kinds []string
		for _, s := range v.Sections.EN {
			kinds = append(kinds, s.Kind)
		}
		assert.Equal(t, []string{"summary", "qualifications", "essential", "desirable", "competencies"}, kinds)
		assert.Empty(t, v.Warnings)
	})

	t.Run("french half first", func(t *testing.T) {
		i := strings.Index(staffPostText, "Chargé(e)")
		swapped := staffPostText[i:] + "\n" + staffPostText[:i]
		v, err := ParseBytes(ctx, []byte(swapped), WithFormat(FormatText))
		require.NoError(t, err)
		assert.Equal(t, []string{"fr", "en"}, v.Languages)
		assert.Equal(t, "Communications Officer - NATO Science and Technology Organization", *v.Title.EN)
		assert.Len(t, v.Requirements.EN.Essential, 3)
	})

	t.Run("english only, yearly dollars, no colon labels in a bulleted list", func(t *testing.T) {
		md := "# Data Scientist - NATO Communications and Information Agency (251400)\n\n" +
			"- **Location:** Netherlands-The Hague\n- **NATO Body:** NCIA\n- **Schedule:** Part-time\n" +
			"- **Closing Date:** 15 January 2026\n- **Salary:** 92,000.00 US Dollar (USD) Yearly\n- **Grade:** G16\n\n" +
			"## Essential Qualifications\n\n1) A degree in statistics;\n2) Python.\n"
		v, err := ParseBytes(ctx, []byte(md), WithFormat(FormatMarkdown))
		require.NoError(t, err)
		assert.Equal(t, []string{"en"}, v.Languages)
		assert.Nil(t, v.Title.FR)
		assert.Nil(t, v.Requirements.FR)
		assert.Equal(t, "2026-01-15", *v.Deadline)
		assert.Equal(t, "USD", *v.Salary.Currency)
		assert.Equal(t, "year", *v.Salary.Period)
		assert.Equal(t, 92000.0, *v.Salary.Amount)
		assert.Equal(t, []string{"A degree in statistics;", "Python."}, v.Requirements.EN.Essential)
	})

	t.Run("no salary line", func(t *testing.T) {
		txt := strings.Replace(staffPostText, "Salary (Pay Basis): 6,120.50Euro (EUR) Monthly\n", "", 1)
		txt = strings.Replace(txt, "Salaire (Base de paie) : 6 120,50Euro (EUR) Mensuelle\n", "", 1)
		v, err := ParseBytes(ctx, []byte(txt), WithFormat(FormatText))
		require.NoError(t, err)
		assert.Nil(t, v.Salary)
	})

	t.Run("press release with a place, a date and a number is refused", func(t *testing.T) {
		pr := "Press Release (2025-034)\n\nBrussels, 12 March 2025\n\nNATO Allies agreed today on 1,200 new projects.\n\n" +
			"Communiqué de presse (2025-034)\n\nBruxelles, le 12 mars 2025\n\nLes Alliés de l'OTAN ont approuvé aujourd'hui 1 200 nouveaux projets.\n"
		_, err := ParseBytes(ctx, []byte(pr), WithFormat(FormatText), WithName("pr.txt"))
		require.Error(t, err)
		assert.True(t, errors.Is(err, ErrNotVacancy))
		assert.True(t, strings.HasPrefix(err.Error(), "pr.txt: not a vacancy notice"), err.Error())
	})

	t.Run("a genre under a label asking the document's kind is its genre", func(t *testing.T) {
		// (A genre under any other short label is the label's value:
		// "Occupational Groups:" / "Procurement".)
		cfp := "Fondation Horizon Sahel\n\nDocument type:\nCall for proposals\n\nCommunity water projects 2031\n\n" +
			"Reference: CFP/2031/07\nDeadline for submissions: 30 April 2031\nLocation: Niamey, Niger\n\n" +
			"Purpose\n\nThe Foundation funds community organisations that build and maintain water points in rural districts.\n\n" +
			"Eligibility\n\n- Registered non-profit organisations with three years of activity in the region.\n" +
			"- A budget of no more than 50,000 euros per project.\n\nResponsibilities of the grantee\n\n" +
			"- Appoint a Project Coordinator who carries out the works within twelve months.\n" +
			"- Report on the use of funds every quarter.\n\nHow to submit\n\n" +
			"Send the proposal form and the budget to the Foundation before the deadline.\n"
		_, err := ParseBytes(ctx, []byte(cfp), WithFormat(FormatText), WithName("cfp.txt"))
		require.Error(t, err)
		assert.True(t, errors.Is(err, ErrNotVacancy))
		assert.Contains(t, err.Error(), "reads as a call for proposals")
	})
}

func TestExtractReferenceField(t *testing.T) {
	txt := "Communications Officer\n\nReference: 251500\nLocation: Italy-Naples\nNATO Body: Allied Joint Force Command Naples\nApplication Deadline: 12-Jan-2026\nGrade: G12\n\nSummary\nThe office handles public affairs.\n"
	v, err := ParseBytes(context.Background(), []byte(txt), WithFormat(FormatText))
	require.NoError(t, err)
	assert.Equal(t, "251500", v.Reference)
	assert.Equal(t, "Communications Officer", *v.Title.EN)
	assert.Equal(t, "Italy-Naples", *v.Location.EN)
	assert.Empty(t, v.Warnings)
}

// A staff post as exported from an applicant-tracking system: labels
// without colons, no reference after the title, "NATO Grade A.2".
func TestExtractBareLabelStaffPost(t *testing.T) {
	data, err := os.ReadFile("testdata/notices/staff-bare-labels.txt")
	require.NoError(t, err)
	v, err := ParseBytes(context.Background(), data, WithName("staff-bare-labels.txt"))
	require.NoError(t, err)
	assert.Equal(t, "Policy Officer (Defence Investment)", *v.Title.EN)
	assert.Equal(t, "Belgium-Brussels", *v.Location.EN)
	assert.Equal(t, "A.2", *v.Grade)
	assert.Equal(t, "CTS", *v.Clearance)
	assert.Equal(t, "2025-09-29", *v.Deadline)
	assert.Equal(t, 8342.76, *v.Salary.Amount)
	assert.Len(t, v.Requirements.EN.Essential, 2)
	assert.Len(t, v.Competencies.EN, 2)
	if assert.Len(t, v.Warnings, 1) {
		assert.Equal(t, schema.CodeReferenceNotFound, v.Warnings[0].Code)
		assert.Equal(t, "no reference number found", v.Warnings[0].Message)
	}
	var kinds []string
	for _, s := range v.Sections.EN {
		kinds = append(kinds, s.Kind)
	}
	assert.Equal(t, []string{"description", "summary", "qualifications", "essential", "desirable", "competencies", "recruitment_process"}, kinds)
}

// Word's "Save as HTML": list items are paragraphs with a typed bullet
// ("·") or number, and some labels come without colons.
func TestExtractWordHTML(t *testing.T) {
	data, err := os.ReadFile("testdata/notices/word-export.html")
	require.NoError(t, err)
	v, err := ParseBytes(context.Background(), data, WithName("word-export.html"))
	require.NoError(t, err)
	assert.Equal(t, "251888", v.Reference)
	assert.Equal(t, "G14", *v.Grade)
	assert.Equal(t, "NS", *v.Clearance)
	assert.Equal(t, []string{"a university degree in statistics;", "3 years of experience with SQL."}, v.Requirements.EN.Essential)
	assert.Equal(t, []string{"knowledge of French."}, v.Requirements.EN.Desirable)
}

// A job board's header flattened onto one line without colons, its first
// label abbreviated ("Vacancy Notice No.1GNC/…"), is read field by field;
// a label's words in small letters inside a value stay in it.
func TestGluedHeaderWithAbbreviatedLabel(t *testing.T) {
	text := "Budget and Finance Officer\n\n" +
		"Vacancy Notice No.1GNC/CIV/2026/03PostBudget and Finance OfficerGradeG14LocationMünster, GermanySalaryEUR 5,904.12 basic monthly salaryClosing date29 May 2026\n\n" +
		"Tasks\n\nPrepares the annual budget.\n\nEssential requirements\n\nA bachelor's degree in finance.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "1GNC/CIV/2026/03", v.Reference)
	if assert.NotNil(t, v.Grade) {
		assert.Equal(t, "G14", *v.Grade)
	}
	if assert.NotNil(t, v.Salary) && assert.NotNil(t, v.Salary.Amount) {
		assert.Equal(t, 5904.12, *v.Salary.Amount)
	}
	if assert.NotNil(t, v.Deadline) {
		assert.Equal(t, "2026-05-29", *v.Deadline)
	}
}

// A site's section and date over the title ("News · 04.05.2026") does not
// make a notice a news item when its heading names a post.
func TestNewsKickerOverAVacancy(t *testing.T) {
	text := "<html><body><p>News · 04.05.2026</p><h1>Vacancy: Lecturer in Strategic Studies</h1>" +
		"<p><strong>Reference:</strong> BDC-VAC-2026-05<br><strong>Place of work:</strong> Tartu, Estonia<br><strong>Application deadline:</strong> 31.05.2026</p>" +
		"<h2>Main tasks</h2><ul><li>Teach modules on strategic theory.</li></ul>" +
		"<h2>We expect</h2><ul><li>A PhD in political science.</li></ul></body></html>"
	v, err := ParseBytes(context.Background(), []byte(text), WithFormat("html"))
	require.NoError(t, err)
	assert.Equal(t, "BDC-VAC-2026-05", v.Reference)
}

// A careers page that prints the French half's title under its label,
// with the number: "Titre (251300)" over the title's own line.
func TestTitleUnderItsLabel(t *testing.T) {
	text := strings.Replace(staffPostText,
		"Chargé(e) de communication - Organisation OTAN pour la science et la technologie (251300)",
		"Titre (251300)\nChargé(e) de communication - Organisation OTAN pour la science et la technologie", 1)
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "251300", v.Reference)
	if assert.NotNil(t, v.Title.FR) {
		assert.Equal(t, "Chargé(e) de communication - Organisation OTAN pour la science et la technologie", *v.Title.FR)
	}
}

// A careers site in its French interface: the English title with its
// number, the site's header fields in French, then the English notice
// and the French one under its own title. Each half has the title in its
// language.
func TestCareersPageInTheOtherLanguage(t *testing.T) {
	en, fr, _ := strings.Cut(staffPostText, "Chargé(e) de communication")
	enTitle, enRest, _ := strings.Cut(en, "\n")
	frTitle, frRest, _ := strings.Cut("Chargé(e) de communication"+fr, "\n")
	frHeader, frBody, _ := strings.Cut(strings.TrimLeft(frRest, "\n"), "\n\n")
	text := enTitle + "\nPostuler en ligne · Partager\n\n" + frHeader + "\n\nDescription\n" + enRest +
		"\n" + strings.TrimSuffix(frTitle, " (251300)") + "\n\n" + frBody
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "251300", v.Reference)
	if assert.NotNil(t, v.Title.EN) {
		assert.Equal(t, "Communications Officer - NATO Science and Technology Organization", *v.Title.EN)
	}
	if assert.NotNil(t, v.Title.FR) {
		assert.Equal(t, "Chargé(e) de communication - Organisation OTAN pour la science et la technologie", *v.Title.FR)
	}
}

// A careers page whose notice closes on its questions and answers is a
// notice with an FAQ.
func TestNoticeWithItsFAQ(t *testing.T) {
	text := `# Chargée ou chargé de mécénat (H/F)

| Contrat | CDI |
|---|---|
| Lieu | Lyon |
| Référence | MEC-2027-04 |
| Date limite de candidature | 30 avril 2027 |

## Vos missions

- Vous développez les partenariats avec les entreprises mécènes de la région.
- Vous préparez les dossiers de demande de subvention et leurs bilans.
- Vous organisez les rencontres annuelles des donateurs et des partenaires.
- Vous tenez à jour la base de données des contacts et des dons.
- Vous rédigez les rapports remis aux entreprises partenaires.

## Votre profil

- Diplôme de niveau master en gestion, en communication ou en sciences politiques.
- Trois ans d'expérience au moins dans la collecte de fonds.
- Aisance rédactionnelle et goût du travail en réseau.
- Maîtrise des outils bureautiques et d'un logiciel de gestion des dons.

## Questions fréquentes

Puis-je postuler si je vis à l'étranger ? Oui, les entretiens peuvent se tenir à distance.

Quand aurai-je une réponse ? Dans les trois semaines qui suivent la date limite.
`
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "MEC-2027-04", v.Reference)
}

// A schedule's label over where the work is done gives no schedule; over
// the working time, it does.
func TestWorkModeIsNoSchedule(t *testing.T) {
	for value, want := range map[string]string{"Hybrid": "", "Full-time": "Full-time"} {
		text := strings.Replace(staffPostText, "Schedule: Full-time", "Working arrangement: "+value, 1)
		v, err := ParseBytes(context.Background(), []byte(text))
		require.NoError(t, err)
		got := ""
		if v.Schedule.EN != nil {
			got = *v.Schedule.EN
		}
		assert.Equal(t, want, got, value)
	}
}

// A notice published as a communiqué says so with its banner after the
// genre; a communiqué about hiring says no banner.
func TestCommuniqueOfARecruitment(t *testing.T) {
	body := "\n\nPoste : Pharmacien hospitalier\nLieu : Douala\nDate limite de dépôt des dossiers : 30 juin 2026\n\n" +
		"Conditions\n\n- Être titulaire d'un doctorat en pharmacie.\n- Justifier de trois ans d'expérience en pharmacie hospitalière.\n\n" +
		"Missions\n\n- Gérer les stocks de médicaments de l'hôpital.\n- Contrôler les prescriptions et conseiller les médecins.\n"
	_, err := ParseBytes(context.Background(), []byte("COMMUNIQUÉ – AVIS DE RECRUTEMENT"+body))
	assert.NoError(t, err)
	_, err = ParseBytes(context.Background(), []byte("COMMUNIQUÉ DE PRESSE – L'hôpital renforce ses équipes"+body))
	assert.Error(t, err)
	// The genre's word alone on the line over the banner.
	_, err = ParseBytes(context.Background(), []byte("COMMUNIQUÉ\n\nAVIS DE RECRUTEMENT"+body))
	assert.NoError(t, err)
	_, err = ParseBytes(context.Background(), []byte("COMMUNIQUÉ\n\nL'hôpital renforce ses équipes"+body))
	assert.Error(t, err)
}

// A careers site's menu whose last link ran into the link back to the
// results ("FAQ < Retour aux résultats") names no genre.
func TestMenuRunIntoBackLink(t *testing.T) {
	text := "Jobs\nEmployeurs\nFAQ < Retour aux résultats\n\nPharmacien hospitalier (m/f/x)\n\nLieu de travail : Mons\nType de contrat : CDI\n" +
		"Date limite : 30 juin 2026\n\nVos tâches\n\n- Gérer les stocks de médicaments de l'hôpital.\n- Contrôler les prescriptions.\n\n" +
		"Votre profil\n\n- Être titulaire d'un doctorat en pharmacie.\n- Trois ans d'expérience en pharmacie hospitalière.\n"
	_, err := ParseBytes(context.Background(), []byte(text))
	assert.NoError(t, err)
}

// A digest that carries one post whole in a table, named by its title's
// field ("Position"), beside a list of posts closing soon, is that post's
// notice.
func TestDigestOfOnePostNamedByItsField(t *testing.T) {
	text := "From: Mining Talent <digest@example.org>\nSent: Friday, December 17, 2027 7:05 AM\nTo: subscribers@example.org\nSubject: Jobs Digest #238\n\n" +
		"View in browser | Unsubscribe | Update preferences\n\n" +
		"Position: Laboratory Superintendent\nCompany: Sadiola Gold Mining S.A.\nLocation: Kayes, Mali\nSalary: XOF 3,100,000 per month\n" +
		"Closing date: 19 January 2028\nReference: SGM/HR/27-071\n\nDuties\n\n- Run the assay laboratory.\n- Keep the quality programme.\n\n" +
		"Qualifications\n\n- A degree in chemistry or metallurgy.\n- Eight years in a mine laboratory.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "SGM/HR/27-071", v.Reference)
}

// A careers site that prints its number, then the title, then the post's
// facts: the line among the fields that names a post is the title.
func TestTitleAmongTheFields(t *testing.T) {
	text := "Job ID: 10517\n\nProgramme Specialist (Teacher Policy)\n\nGrade: P-3\nDuty Station: Dakar\nApplication Deadline: 08-JUN-2027\n\n" +
		"OVERVIEW OF THE FUNCTIONS OF THE POST\n\nThe Regional Office supports Member States in achieving the education goals.\n\n" +
		"REQUIRED QUALIFICATIONS\n\n- Advanced university degree in education.\n- Four years of relevant professional experience.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	if assert.NotNil(t, v.Title.EN) {
		assert.Equal(t, "Programme Specialist (Teacher Policy)", *v.Title.EN)
	}
}

// A code in parentheses after the title is the title's when a labelled
// reference gives the notice's number: a standard the post works on.
func TestTitleCodeBesideLabelledReference(t *testing.T) {
	text := "# Data Standards Officer (S-100)\n\n**Reference:** IHO/VN/2034/03\\\n**Duty station:** Monaco\\\n**Grade:** P-3\\\n" +
		"**Deadline for applications:** 11 August 2034\n\n## Duties\n\n- maintain the product specifications of the standard\n- chair the working group\n\n" +
		"## Qualifications\n\n- a university degree in hydrography or geomatics\n- five years of experience with marine data standards\n"
	for _, c := range []struct {
		why, code, ref     string
		wantRef, wantTitle string
	}{
		{"a standard the post works on", "(S-100)", "IHO/VN/2034/03", "IHO/VN/2034/03", "Data Standards Officer (S-100)"},
		{"the notice's number written another way is the title's reference, out of the title",
			"(VN-2031-014)", "UNEP/VN/2031/014", "UNEP/VN/2031/014", "Data Standards Officer"},
		{"a year shared by chance makes no same number", "(S-2031)", "IHO/VN/2031/03", "IHO/VN/2031/03", "Data Standards Officer (S-2031)"},
	} {
		in := strings.Replace(strings.Replace(text, "(S-100)", c.code, 1), "IHO/VN/2034/03", c.ref, 1)
		v, err := ParseBytes(context.Background(), []byte(in))
		require.NoError(t, err, c.why)
		assert.Equal(t, c.wantRef, v.Reference, c.why)
		if assert.NotNil(t, v.Title.EN, c.why) {
			assert.Equal(t, c.wantTitle, *v.Title.EN, c.why)
		}
	}
}

// "Position: Full-time, permanent": a title's label over the working
// time gives the schedule, and the title comes from the heading.
func TestPositionFieldGivesSchedule(t *testing.T) {
	text := "# Training Coordinator\n\n**Place of work:** Elverum, Norway\\\n**Position:** Full-time, permanent\\\n**Application deadline:** 2 June 2027\n\n" +
		"## Tasks\n\n- plan and evaluate courses\n- manage course nominations\n\n## Qualifications\n\n- a bachelor's degree in education\n- three years of experience in training\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	if assert.NotNil(t, v.Title.EN) && assert.NotNil(t, v.Schedule.EN) {
		assert.Equal(t, "Training Coordinator", *v.Title.EN)
		assert.Equal(t, "Full-time, permanent", *v.Schedule.EN)
	}
}

// The same page, its English title in Markdown as the page's one
// heading, the number after a dash.
func TestCareersPageInTheOtherLanguageDashedNumber(t *testing.T) {
	en, fr, _ := strings.Cut(staffPostText, "Chargé(e) de communication")
	enTitle, enRest, _ := strings.Cut(en, "\n")
	frTitle, frRest, _ := strings.Cut("Chargé(e) de communication"+fr, "\n")
	frHeader, frBody, _ := strings.Cut(strings.TrimLeft(frRest, "\n"), "\n\n")
	text := "# " + strings.Replace(enTitle, " (251300)", "-251300", 1) + "\n\nPostuler en ligne · Partager\n\n" + frHeader + "\n\n## " +
		strings.TrimSuffix(enTitle, " (251300)") + "\n" + enRest + "\n## " + strings.TrimSuffix(frTitle, " (251300)") + "\n\n" + frBody
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "251300", v.Reference)
	if assert.NotNil(t, v.Title.FR) {
		assert.Equal(t, "Chargé(e) de communication - Organisation OTAN pour la science et la technologie", *v.Title.FR)
	}
}

// A title field that goes on to say where the post sits gives the post's
// name; its grade in parentheses is the grade.
func TestTitleFieldWithinAUnit(t *testing.T) {
	text := "VACANCY NOTICE\n\nName of the post: Senior Specialist – Digital Forensics (AD7) within the Forensic Support Team\n" +
		"Place of employment: The Hague\nDeadline for applications: 26 May 2026\n\nMain tasks\n\n- Examines seized devices.\n- Writes forensic reports.\n\n" +
		"Requirements\n\n- A university degree in computer science.\n- Six years of experience in digital forensics.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	if assert.NotNil(t, v.Title.EN) {
		assert.Equal(t, "Senior Specialist – Digital Forensics", *v.Title.EN)
	}
}

// A run-in list of criteria gives a section more contents than the half
// has blocks: the sections' shared array is outgrown, not overrun.
func TestRunInListOutgrowsItsHalf(t *testing.T) {
	catchPanics = false
	defer func() { catchPanics = true }()
	text := "Analyste sécurité (H/F)\n\nLieu : Paris\n\nAtouts : une certification CISSP ; une expérience bancaire ; l'anglais courant ; " +
		"le permis B ; la connaissance de SAP ; la pratique de Python ; un master en informatique\n\n" +
		"Missions\n\n- Piloter les audits de sécurité.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	if assert.NotNil(t, v.Requirements.FR) {
		assert.Equal(t, []string{"une certification CISSP", "une expérience bancaire", "l'anglais courant", "le permis B",
			"la connaissance de SAP", "la pratique de Python", "un master en informatique"}, v.Requirements.FR.Desirable)
	}
	// The section opened after the one that outgrew the array keeps
	// its own content.
	var missions []string
	for _, s := range v.Sections.FR {
		if s.Heading == "Missions" {
			for _, c := range s.Content {
				missions = append(missions, c.Text)
			}
		}
	}
	assert.Equal(t, []string{"Piloter les audits de sécurité."}, missions)
}

// A letterhead that stacks the parent body over the one that employs
// names the second; a name over its other language's is one body.
func TestStackedLetterhead(t *testing.T) {
	text := "NORTH ATLANTIC TREATY ORGANIZATION\nINTERNATIONAL MILITARY STAFF\nB-1110 Brussels, Belgium\n\nSTAFF VACANCY 304236\n\n" +
		"TITLE: Staff Assistant (Partner Interoperability Records)\nGRADE: B-5\nLOCATION: Brussels, Belgium\n" +
		"CLOSING DATE: 20 February 2034\n\n1. Principal Duties\n\nThe incumbent keeps the records of partner forces.\n\n" +
		"2. Essential Qualifications\n\n- Secondary education and five years of experience in records management.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "INTERNATIONAL MILITARY STAFF", *v.Organisation.EN)
	}
	// An office under its body is a part of it: the body employs.
	for _, part := range []string{"REGIONAL OFFICE FOR AFRICA", "FACULTY OF SCIENCES", "BUREAU DE PAYS DU CAMEROUN"} {
		other := strings.Replace(strings.Replace(text, "INTERNATIONAL MILITARY STAFF", part, 1), "NORTH ATLANTIC TREATY ORGANIZATION", "WORLD HEALTH ORGANIZATION", 1)
		v, err := ParseBytes(context.Background(), []byte(other))
		require.NoError(t, err)
		if assert.NotNil(t, v.Organisation.EN, part) {
			assert.Equal(t, "WORLD HEALTH ORGANIZATION", *v.Organisation.EN, part)
		}
	}
}

// An internship's notice that says the internship leads to no job offers
// the internship: its number, deadline, place, stipend and criteria.
func TestInternshipLeadsToNoJob(t *testing.T) {
	text := "# Internship – Learning Technologies (UNSSC/INT/33/07)\n\n**Reference:** UNSSC/INT/33/07\\\n**Location:** Turin, Italy\\\n**Stipend:** EUR 1,050 per month\\\n" +
		"**Deadline:** 30 August 2033\n\n## Requirements\n\n- Enrolled in a master's programme in education or computer science.\n" +
		"- Fluency in English.\n\n## Conditions\n\nInterns receive a monthly stipend of EUR 1,050. An internship does not lead to employment with the UN system.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "UNSSC/INT/33/07", v.Reference)
}

// A part's heading numbered on from the part before it, read as an item
// of that part's list ("5. Qualités requises" under "4. Atouts" and its
// bullets), heads a part of its own; items numbered under a numbered
// part's heading are its items.
func TestPartNumberedOnReadAsItem(t *testing.T) {
	text := "AVIS DE RECRUTEMENT\n\nPoste : Infirmier de dialyse\nLieu : Lomé\nDate limite : 30 juin 2026\n\n" +
		"2. Attributions\n\n1. préparer le patient avant chaque séance ;\n2. surveiller les séances de dialyse.\n\n" +
		"3. Conditions de candidature\n\n• être titulaire du diplôme d'État d'infirmier ;\n• avoir trois ans d'expérience en dialyse.\n\n" +
		"4. Atouts\n\n• une expérience de la dialyse péritonéale ;\n• la maîtrise d'un logiciel de dossier patient.\n" +
		"5. Qualités requises\n\nRigueur, Empathie, Discrétion et Disponibilité.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	var names []string
	for _, c := range v.Competencies.FR {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"Rigueur", "Empathie", "Discrétion", "Disponibilité"}, names)
	if assert.NotNil(t, v.Requirements.FR) {
		assert.Len(t, v.Requirements.FR.Desirable, 2)
	}
}

// "QUALITÉS REQUISES : rigueur, …" run in among the criteria names
// qualities in small letters.
func TestRunInQualitiesInSmallLetters(t *testing.T) {
	text := "AVIS DE RECRUTEMENT\n\nPoste : Technicien de laboratoire\nLieu : Bobo-Dioulasso\nDate limite : 30 juin 2026\n\n" +
		"TÂCHES\n\n* réaliser les analyses de biologie moléculaire ;\n* tenir le registre des échantillons.\n\n" +
		"PROFIL\n\n* une licence en biologie ;\n* deux ans d'expérience en laboratoire.\n\n" +
		"QUALITÉS REQUISES : rigueur scientifique, respect des procédures qualité, esprit d'équipe, discrétion.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	var names []string
	for _, c := range v.Competencies.FR {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"rigueur scientifique", "respect des procédures qualité", "esprit d'équipe", "discrétion"}, names)
}

// A careers page's form headed "Apply for this Job" under the notice
// says the page offers the post it gives.
func TestApplyForThisJobUnderTheNotice(t *testing.T) {
	text := "# Data Platform Engineer – Listening Signals\n\nat Example Music\n\nParis\n\n" +
		"Example Music is a streaming service. Our data team shapes the listening data behind every playlist.\n\n" +
		"## What you'll do\n\n- Design the pipelines that turn listening events into signals\n- Own the quality of the datasets\n\n" +
		"## What you'll need\n\n- 4+ years of experience building data pipelines\n- Strong Python and SQL\n\n" +
		"## Compensation\n\nSalary range: €67,000 – €82,500 gross per year.\n\n## Apply for this Job\n\nFirst Name *\n\nEmail *\n"
	_, err := ParseBytes(context.Background(), []byte(text), WithFormat(FormatMarkdown))
	assert.NoError(t, err)
	_, err = ParseBytes(context.Background(), []byte(strings.Replace(text, "## Apply for this Job", "## Contact us", 1)), WithFormat(FormatMarkdown))
	assert.Error(t, err)
}

// A site that heads its profile "Preferred experience" and its assets
// "Bonus" gives essential criteria, then desirable ones; the pay's field
// after the last asset is no asset.
func TestProfileBeforeAssetsAndTermsAfterThem(t *testing.T) {
	text := "Senior Data Analyst – Brand Growth\n\nLocation: Paris\nContract: Permanent\n\nJob description\n\n" +
		"- Own the analytics of the squad\n- Design and read A/B tests\n\n" +
		"Preferred experience\n\n- 4+ years of experience as a data analyst\n- Excellent SQL and solid Python\n\n" +
		"Bonus\n\n- Experience with pricing models\n- Exposure to causal inference\n\n" +
		"Compensation: €59,000 – €69,000 gross per year, plus meal vouchers.\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	require.NotNil(t, v.Requirements.EN)
	assert.Equal(t, []string{"4+ years of experience as a data analyst", "Excellent SQL and solid Python"}, v.Requirements.EN.Essential)
	assert.Equal(t, []string{"Experience with pricing models", "Exposure to causal inference"}, v.Requirements.EN.Desirable)
}

// Only a communiqué is a notice's vehicle over its banner; a newsletter
// or a digest of several posts, an accreditation call over "CALL FOR
// APPLICATIONS", are refused.
func TestGenresOverABannerAndDigestsOfPosts(t *testing.T) {
	for name, text := range map[string]string{
		"news":  "NEWSLETTER\n\nVACANCY\n\nPosition: Finance Officer\nLocation: Dakar\nClosing date: 15 June 2026\n\nDuties\n- Keep the accounts of the regional office.\n- Prepare the monthly financial reports.\n\nRequirements\n- A degree in accounting or finance.\n- Three years of experience in an NGO.\n\nPosition: Logistics Assistant\nLocation: Bamako\nClosing date: 22 June 2026\n\nDuties\n- Manage the fleet of vehicles.\n- Track the stock of the warehouse.\n\nRequirements\n- A diploma in logistics.\n- Two years of experience in supply chains.\n",
		"media": "MEDIA ACCREDITATION\n\nCALL FOR APPLICATIONS\n\nJournalists who wish to cover the Africa Climate Summit are invited to apply for accreditation.\n\nEvent: Africa Climate Summit 2026\nLocation: Nairobi\nDeadline: 30 June 2026\n\nResponsibilities of accredited journalists\n- Respect the rules of the media centre.\n- Wear the badge at all times.\n\nRequirements\n- Hold a valid press card.\n- Be employed by a recognised media outlet.\n",
		"news2": "NEWSLETTER\n\nView in browser | Unsubscribe\n\nPosition: Finance Officer\nLocation: Dakar\nClosing date: 15 June 2026\n\nDuties\n- Keep the accounts of the regional office.\n- Prepare the monthly financial reports.\n\nRequirements\n- A degree in accounting or finance.\n- Three years of experience in an NGO.\n\nPosition: Logistics Assistant\nLocation: Bamako\nClosing date: 15 June 2026\n\nDuties\n- Manage the fleet of vehicles.\n- Track the stock of the warehouse.\n\nRequirements\n- A diploma in logistics.\n- Two years of experience in supply chains.\n",
		"news3": "NEWSLETTER\n\nView in browser | Unsubscribe\n\nPosition: Finance Officer\nLocation: Dakar\nClosing date: 15 June 2026\n\nDuties\n- Keep the accounts of the regional office.\n- Prepare the monthly financial reports.\n\nRequirements\n- A degree in accounting or finance.\n- Three years of experience in an NGO.\n\nPosition: Logistics Assistant\nLocation: Bamako\n\nDuties\n- Manage the fleet of vehicles.\n- Track the stock of the warehouse.\n\nRequirements\n- A diploma in logistics.\n- Two years of experience in supply chains.\n",
	} {
		_, err := ParseBytes(context.Background(), []byte(text))
		assert.Error(t, err, name)
		if name == "news" {
			// The genre and the banner on one line, parted by a dash.
			_, err = ParseBytes(context.Background(), []byte(strings.Replace(text, "NEWSLETTER\n\nVACANCY", "NEWSLETTER – VACANCY", 1)))
			assert.Error(t, err, "news on one line")
		}
	}
}

// A body's name over the next field's office ("ORGANIZATION: World
// Health Organization" / "DUTY STATION: Country Office (WCO)", or a
// seat, "Turin Centre (ITCILO)", "Nairobi (UNON)") is the name alone.
func TestEmployerOverTheDutyStationsOffice(t *testing.T) {
	base := "VACANCY ANNOUNCEMENT\n\nPOSITION: Programme Officer\nORGANIZATION: International Labour Organization\nDUTY STATION: Turin Centre (ITCILO)\nDEADLINE: 30 June 2026\n\nDuties\n\n- Coordinate the learning programme.\n- Report to the representative.\n\nRequirements\n\n- A university degree in public health.\n- Five years of experience.\n"
	for station, org := range map[string]string{
		"Turin Centre (ITCILO)": "International Labour Organization",
		"Nairobi (UNON)":        "International Labour Organization",
	} {
		v, err := ParseBytes(context.Background(), []byte(strings.Replace(base, "Turin Centre (ITCILO)", station, 1)))
		require.NoError(t, err)
		if assert.NotNil(t, v.Organisation.EN) {
			assert.Equal(t, org, *v.Organisation.EN, station)
		}
	}
	// A one-word line is a name's first word, the next field's line its
	// rest ("European" / "Investment Bank (EIB)").
	wrapped := strings.Replace(strings.Replace(base, "International Labour Organization", "European", 1), "Turin Centre (ITCILO)", "Investment Bank (EIB)", 1)
	v, err := ParseBytes(context.Background(), []byte(wrapped))
	require.NoError(t, err)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "European Investment Bank (EIB)", *v.Organisation.EN)
	}
	text := strings.Replace(strings.Replace(base, "International Labour Organization", "World Health Organization", 1), "Turin Centre (ITCILO)", "Country Office (WCO)", 1)
	v, err = ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "World Health Organization", *v.Organisation.EN)
	}
}

// Two parts of assets, "Nice to have" then "Bonus", stay desirable: the
// first says what its items are.
func TestAssetsUnderTwoHeadingsStayDesirable(t *testing.T) {
	v, err := ParseBytes(context.Background(), []byte("Senior Data Analyst – Brand Growth\n\nLocation: Paris\nContract: Permanent\n\nJob description\n\n- Own the analytics of the squad\n- Design and read A/B tests\n\nNice to have\n\n- Experience in e-commerce\n- Knowledge of Looker\n\nBonus\n\n- Experience with pricing models\n- Exposure to causal inference\n"))
	require.NoError(t, err)
	require.NotNil(t, v.Requirements.EN)
	assert.Empty(t, v.Requirements.EN.Essential)
	assert.Len(t, v.Requirements.EN.Desirable, 4)
}

// A deadline said in a sentence of another field's value, with no
// deadline field, is the deadline.
func TestDeadlineInAFieldsSentence(t *testing.T) {
	text := "Lead Analytics Engineer – Customer Data\n\nLocation: Paris\nSalary: €66,500 - €80,500 gross per year + equity. Applications close on 21 December 2038. Interviews follow in January.\n\n" +
		"What you'll do\n\n- Lead the analytics engineers\n- Own the customer data models\n\n" +
		"What you'll need\n\n- 5+ years of experience in analytics engineering\n- Expert SQL and dbt\n"
	v, err := ParseBytes(context.Background(), []byte(text))
	require.NoError(t, err)
	require.NotNil(t, v.Deadline)
	assert.Equal(t, "2038-12-21", *v.Deadline)
}
