package paged

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

func textBlocks(t *testing.T, s string) []string {
	t.Helper()
	doc, err := ReadText(context.Background(), []byte(s), lex, 1<<20)
	require.NoError(t, err)
	var out []string
	for _, b := range doc.Blocks {
		out = append(out, b.Kind.String()+"|"+b.Marker+"|"+b.Label+"|"+b.Text)
	}
	return out
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "wrapped paragraph and field",
			in:   "Schedule: Full-time\n\nThe Division works to raise its profile and\nto bring its achievements into public debate.\n",
			want: []string{"field||Schedule|Full-time", "paragraph|||The Division works to raise its profile and to bring its achievements into public debate."},
		},
		{
			name: "page-end URL in mid-sentence",
			// As dumped: a blank line after every line, paragraphs
			// separated by lines of spaces.
			in: strings.Repeat("Filler sentence that is long enough to set the measure of this text file. \n\n \n\n", 10) +
				"That way, the Division also contributes to a continuous process \n\nhttps://example.org/page\n of international security debate. \n",
			want: append(repeat("paragraph|||Filler sentence that is long enough to set the measure of this text file.", 10),
				"paragraph|||That way, the Division also contributes to a continuous process of international security debate."),
		},
		{
			name: "value wrapped under its column that reads as a label",
			in: "VACANCY NOTICE\n\nNATO Body:            NATO Airborne Early Warning Programme Management\n" +
				"                      Agency (NAPMA)\nLocation:             Brunssum, The Netherlands\n",
			want: []string{"heading|||VACANCY NOTICE", "field||NATO Body|NATO Airborne Early Warning Programme Management Agency (NAPMA)",
				"field||Location|Brunssum, The Netherlands"},
		},
		{
			name: "column of values, one cut after a comma",
			in: "Vacancy No.\nEmployer\nDuty station\nSalary\nClosing date\n\nPSO 2040/022\nGovernment of Kiribati\n" +
				"Ministry of Fisheries, Bairiki,\nTarawa\nAUD 19,850 per annum\n11 April 2040\n\nApplications are invited.\n",
			want: []string{"field||Vacancy No.|PSO 2040/022", "field||Employer|Government of Kiribati",
				"field||Duty station|Ministry of Fisheries, Bairiki, Tarawa", "field||Salary|AUD 19,850 per annum",
				"field||Closing date|11 April 2040", "paragraph|||Applications are invited."},
		},
		{
			name: "a first label the tables do not know over a column with a wrapped value",
			in: "AVIS DE RECRUTEMENT\n\nEmploi\nEmployeur\nLieu de travail\nRégime\nTraitement\nDate limite\n\n" +
				"Enseignant-chercheur en hydrogéologie\nUniversité de Niamey\nNiamey, campus principal\nTemps plein\n" +
				"487 000 francs CFA de traitement mensuel,\nindemnités en sus\n08 décembre 2034\n\nApplications are invited.\n",
			want: []string{"heading|||AVIS DE RECRUTEMENT", "paragraph|||Emploi: Enseignant-chercheur en hydrogéologie",
				"field||Employeur|Université de Niamey", "field||Lieu de travail|Niamey, campus principal", "field||Régime|Temps plein",
				"field||Traitement|487 000 francs CFA de traitement mensuel, indemnités en sus", "field||Date limite|08 décembre 2034",
				"paragraph|||Applications are invited."},
		},
		{
			name: "a value cut by a blank line inside its bracket or after a comma",
			in:   "Contrat : CDD de trois ans,\n\nrenouvelable\nTemps de travail : Temps complet annualisé (1 607\n\nheures), week-ends par roulement\n\nLe site.\n",
			want: []string{"field||Contrat|CDD de trois ans, renouvelable",
				"field||Temps de travail|Temps complet annualisé (1 607 heures), week-ends par roulement", "paragraph|||Le site."},
		},
		{
			name: "column of labels, the first section's heading, then the values, one wrapped",
			in: "VACANCY NOTICE\nVacancy Number:\nJob Title:\nNATO Body:\nLocation:\n1. GENERAL\n\n280237\nContracting Officer\n" +
				"NATO Airborne Early Warning and Control Programme Management\nAgency (NAPMA)\nBrunssum, The Netherlands\n\nApplications are invited.\n",
			want: []string{"heading|||VACANCY NOTICE", "field||Vacancy Number|280237", "field||Job Title|Contracting Officer",
				"field||NATO Body|NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)",
				"field||Location|Brunssum, The Netherlands", "item|1.||GENERAL", "paragraph|||Applications are invited."},
		},
		{
			name: "column of labels, then values wrapped inside and after parentheses",
			in: "Job Title:\nNATO Body:\nLocation:\nContract type:\nSecurity Clearance:\nClosing Date:\n\nPrincipal Software Engineer (Logistics\nApplications)\n" +
				"NATO Communications and Information\nAgency (NCIA)\nBelgium-Mons\nFull-time, definite duration (3 years)\nNATO SECRET\n14 May 2027, 23:59 hrs (Mons\ntime)\n",
			want: []string{"field||Job Title|Principal Software Engineer (Logistics Applications)",
				"field||NATO Body|NATO Communications and Information Agency (NCIA)", "field||Location|Belgium-Mons",
				"field||Contract type|Full-time, definite duration (3 years)", "field||Security Clearance|NATO SECRET",
				"field||Closing Date|14 May 2027, 23:59 hrs (Mons time)"},
		},
		{
			name: "column of labels with one read only with its colon, then the values",
			in:   "Job reference\nGrade\nContract\nWorking time\nLocation\n\n24871\nPAL4\nFixed term, 2 years\nFull-time\nParis, France\n",
			want: []string{"field||Job reference|24871", "field||Grade|PAL4", "field||Contract|Fixed term, 2 years",
				"field||Working time|Full-time", "field||Location|Paris, France"},
		},
		{
			name: "column of labels with two the tables do not know, then the values",
			in: "Intitulé du poste\nEmployeur\nSupérieur hiérarchique immédiat\nQuotité de travail\nRémunération\nDépart prévu\n\n" +
				"Technicien de district\nInstitut des terres australes\nChef de district\nTemps complet\n3 400 € bruts mensuels, hors indemnités\n" +
				"de sujétion\noctobre 2035\n",
			want: []string{"field||Intitulé du poste|Technicien de district", "field||Employeur|Institut des terres australes",
				"paragraph|||Supérieur hiérarchique immédiat: Chef de district", "field||Quotité de travail|Temps complet",
				"field||Rémunération|3 400 € bruts mensuels, hors indemnités de sujétion", "paragraph|||Départ prévu: octobre 2035"},
		},
		{
			// (The two unknown labels and their values read as one
			// paragraph, as any two "Label: value" lines the tables do
			// not know do; the pairs the column holds are the point.)
			name: "column of labels with two the tables do not know in a row, then the values",
			in: "Post title\nReference\nGrade\nSalary\nHours\nDepot\nReports to\nClosing date\nInterviews\n\n" +
				"Estate Warden\nKW/40/17\nGrade 5\n£29,100 per annum\n37 hours per week\nHigh Moor Visitor Centre\nHead Warden\n2 March 2040\n16 March 2040\n",
			want: []string{"field||Post title|Estate Warden", "field||Reference|KW/40/17", "field||Grade|Grade 5",
				"field||Salary|£29,100 per annum", "field||Hours|37 hours per week", "paragraph|||Depot: High Moor Visitor Centre Reports to: Head Warden",
				"field||Closing date|2 March 2040", "paragraph|||Interviews: 16 March 2040"},
		},
		{
			name: "column of labels under one the tables do not know, one value more than the known labels",
			in: "AVIS DE VACANCE DE POSTE\nAvis de vacance\nTitre du poste\nOrganisation\nLieu d'affectation\n\n" +
				"AB/RH/2036/09\nResponsable des formations\nInstitut rural\nAbidjan, Côte d'Ivoire\n",
			want: []string{"heading|||AVIS DE VACANCE DE POSTE", "paragraph|||Avis de vacance: AB/RH/2036/09",
				"field||Titre du poste|Responsable des formations", "field||Organisation|Institut rural",
				"field||Lieu d'affectation|Abidjan, Côte d'Ivoire"},
		},
		{
			// (The two labels the tables do not know and their values
			// read as one paragraph, as any two "Label: value" lines
			// the tables do not know do; each label's own value is the
			// point.)
			name: "labels over a column of labels, parted from it by labels the tables do not know, one value each",
			in: "TERMS OF REFERENCE\nIndividual consultancy\nReference\nAssignment name\nRequesting unit\nDuty station\nDuration\nRemuneration\nDeadline for applications\n\n" +
				"AB/IC/2038/07\nConsultant – Water Quality Review\nRegional Office for Water, Monitoring\nand Evaluation team\nHome-based\n30 working days\nUSD 410 per day\n9 May 2038\n\n1. Background\n",
			want: []string{"heading|||TERMS OF REFERENCE", "paragraph|||Individual consultancy", "field||Reference|AB/IC/2038/07",
				"paragraph|||Assignment name: Consultant – Water Quality Review Requesting unit: Regional Office for Water, Monitoring and Evaluation team",
				"field||Duty station|Home-based", "field||Duration|30 working days", "field||Remuneration|USD 410 per day",
				"field||Deadline for applications|9 May 2038", "heading|||1. Background"},
		},
		{
			name: "column of labels, one wrapped over two lines, a name wrapped over three lines above the grade and the post number",
			in: "STAFF VACANCY 470001\nDIVISION:\n\nTITLE:\nGRADE:\nPOST NUMBER:\nLOCATION:\nSECURITY\nCLEARANCE:\n\n" +
				"International Military Staff (IMS)\nLogistics and Resources Division (L&R)\nMovement Branch (MOV)\nStaff Officer (Movement Planning)\n" +
				"A-3/G-16\nIMS LRD MOV 0042\nNATO Headquarters, Brussels, Belgium\nNATO SECRET\n\n1. Post Context.\n",
			want: []string{"heading|||STAFF VACANCY 470001",
				"field||DIVISION|International Military Staff (IMS) Logistics and Resources Division (L&R) Movement Branch (MOV)",
				"field||TITLE|Staff Officer (Movement Planning)", "field||GRADE|A-3/G-16", "field||POST NUMBER|IMS LRD MOV 0042",
				"field||LOCATION|NATO Headquarters, Brussels, Belgium", "field||SECURITY CLEARANCE|NATO SECRET", "heading|||1. Post Context."},
		},
		{
			name: "column of labels whose grade is a letter, a place wrapped under it",
			in: "Employeur\nLieu d'affectation\nCatégorie\nTemps de travail\nRémunération\nDate limite\n\n" +
				"Province du Nord\nKoné\n(Nouvelle-Calédonie)\nB\nTemps complet\n380 000 F CFP bruts mensuels\n28/03/2039\n",
			want: []string{"field||Employeur|Province du Nord", "field||Lieu d'affectation|Koné (Nouvelle-Calédonie)",
				"field||Catégorie|B", "field||Temps de travail|Temps complet",
				"field||Rémunération|380 000 F CFP bruts mensuels", "field||Date limite|28/03/2039"},
		},
		{
			name: "a banner's two lines over a column of labels whose values wrap in capitals are no labels",
			in: "Job Advert\nHealth Board Cardiff\nPost title\nGrade\nLocation\nClosing date\n\n" +
				"Senior Finance Officer\nCapital Projects\nBand 6\nUniversity Hospital\nLlandough\n1 June 2040\n",
			want: []string{"paragraph|||Job Advert", "paragraph|||Health Board Cardiff", "field||Post title|Senior Finance Officer Capital Projects",
				"field||Grade|Band 6", "field||Location|University Hospital Llandough", "field||Closing date|1 June 2040"},
		},
		{
			name: "a grade in words is no reason to pair the grade with a duration",
			in: "Job title\nGrade\nContract type\nLocation\n\n" +
				"Programme Officer, Climate\nChange Adaptation\nSenior\n12 months\nUnited Nations Office\nat Nairobi\n",
			want: []string{"field||Job title|Programme Officer, Climate Change Adaptation", "field||Grade|Senior",
				"field||Contract type|12 months", "field||Location|United Nations Office at Nairobi"},
		},
		{
			name: "a label wrapped over two lines counts once against the values left over",
			in:   "Vacancy notice\nJob title\nGrade\nLocation\nSECURITY\nCLEARANCE:\n\nVN/2040/01\nProject Officer\nP-3\nGeneva\nSecret\n",
			want: []string{"paragraph|||Vacancy notice: VN/2040/01", "field||Job title|Project Officer", "field||Grade|P-3",
				"field||Location|Geneva", "field||SECURITY CLEARANCE|Secret"},
		},
		{
			name: "a title over a column of labels is no label when a value wraps",
			in: "Planning Officer\nPost title\nOrganisation\nLocation\nSalary\n\nPlanning Officer\nAir Transport Command\n" +
				"Eindhoven, the Netherlands\nEUR 4,120 gross per month, plus\nholiday allowance\n",
			want: []string{"paragraph|||Planning Officer", "field||Post title|Planning Officer", "field||Organisation|Air Transport Command",
				"field||Location|Eindhoven, the Netherlands", "field||Salary|EUR 4,120 gross per month, plus holiday allowance"},
		},
		{
			name: "headings glued to the first word of their lists",
			in:   "Main tasksregisters incoming mail;\nprepares outgoing mail.\nDesirableexperience in a registry;\nknowledge of Russian.\n",
			want: []string{"heading|||Main tasks", "paragraph|||registers incoming mail;", "paragraph|||prepares outgoing mail.",
				"heading|||Desirable", "paragraph|||experience in a registry; knowledge of Russian."},
		},
		{
			name: "a browser's copy, each line a block: long lines are no wrapped paragraph",
			in:   "The Division develops the applications that commanders use to plan deployments, track supplies and report on the readiness of forces across the Alliance, every day.\nThe Branch links the military plans of the command to the arrangements that nations make to keep their governments, energy and transport running in a crisis.\nThe Staff Officer develops the resilience annexes of the regional and functional plans, tracks national baseline requirements and advises the Director on them.\nAt least five years of experience in logistics planning for a multinational headquarters or a national ministry\nExcellent drafting skills in English\n",
			want: []string{"paragraph|||The Division develops the applications that commanders use to plan deployments, track supplies and report on the readiness of forces across the Alliance, every day.", "paragraph|||The Branch links the military plans of the command to the arrangements that nations make to keep their governments, energy and transport running in a crisis.", "paragraph|||The Staff Officer develops the resilience annexes of the regional and functional plans, tracks national baseline requirements and advises the Director on them.",
				"paragraph|||At least five years of experience in logistics planning for a multinational headquarters or a national ministry",
				"paragraph|||Excellent drafting skills in English"},
		},
		{
			name: "a title over a column of labels that a value repeats is no label",
			in: "Planning Officer\nPost title\nOrganisation\nLocation\nSalary\n\nPlanning Officer\nNATO Communications and Information\nAgency\n" +
				"Brussels, Belgium\nEUR 4,120 gross per month\n",
			want: []string{"paragraph|||Planning Officer", "field||Post title|Planning Officer",
				"field||Organisation|NATO Communications and Information Agency", "field||Location|Brussels, Belgium",
				"field||Salary|EUR 4,120 gross per month"},
		},
		{
			name: "a text wrapped at a long measure stays wrapped",
			in:   "The Section coordinates the planning of field missions in every region and the reporting of their results to the Board and to the partner agencies of the United\nNations system, and keeps the records of every mission and of its budget in the shared files of the office. Each year it prepares the annual plan of work and\nthe report on its delivery, with figures on the missions carried out in the year, their costs and their outcomes for the member states, the donors and the\npartner organisations, and it answers the questions of the auditors and of the Board's members on all of them within the deadlines agreed with the Board.\n",
			want: []string{"paragraph|||The Section coordinates the planning of field missions in every region and the reporting of their results to the Board and to the partner agencies of the United Nations system, and keeps the records of every mission and of its budget in the shared files of the office. Each year it prepares the annual plan of work and the report on its delivery, with figures on the missions carried out in the year, their costs and their outcomes for the member states, the donors and the partner organisations, and it answers the questions of the auditors and of the Board's members on all of them within the deadlines agreed with the Board."},
		},
		{
			name: "a banner in capitals after a field's code is no part of its value",
			in:   "Reference number: PPS35J-134562-000019\nSelection process number: 35-PPS-ON-EA-TOR-2207\nJOB OPPORTUNITY\nParalegal\n",
			want: []string{"field||Reference number|PPS35J-134562-000019", "field||Selection process number|35-PPS-ON-EA-TOR-2207",
				"heading|||JOB OPPORTUNITY", "paragraph|||Paralegal"},
		},
		{
			name: "a label without its value over labels each over theirs is no column",
			in: "Reference\nGrade\nG15\nLocation\nMons\nSchedule\nFull-time\n\nMain duties\n" +
				"Manage the team\nDraft reports\nLiaise with partners\nPrepare the budget\nOrganise meetings\nKeep records\n",
			want: []string{"field||Reference|", "field||Grade|G15", "field||Location|Mons", "field||Schedule|Full-time",
				"heading|||Main duties", "paragraph|||Manage the team Draft reports Liaise with partners Prepare the budget Organise meetings Keep records"},
		},
		{
			name: "labels each over its value are no column",
			in:   "Grade\nG15\nLocation\nMons\nSchedule\nFull-time\n",
			want: []string{"field||Grade|G15", "field||Location|Mons", "field||Schedule|Full-time"},
		},
		{
			name: "lone page number dropped",
			in:   "Grade INTERN\n\n2\n\nClearance Level NS\n",
			want: []string{"field||Grade|INTERN", "field||Clearance Level|NS"},
		},
		{
			name: "marker column from pdftotext",
			in:   "Essential:\nThe candidate must:\n1.\n2.\n\nbe a national of a member state,\nbe at least 21 years\nold.\n",
			want: []string{"heading|||Essential:", "paragraph|||The candidate must:", "item|1.||be a national of a member state,", "item|2.||be at least 21 years old."},
		},
		{
			name: "nested lettered lists",
			in:   "a) Digital outreach\na. Creating content\nb. Working closely\n1. inform\nc. Assisting\nb) Campaigns\n",
			want: []string{"item|a)||Digital outreach", "item|a.||Creating content", "item|b.||Working closely", "item|1.||inform", "item|c.||Assisting", "item|b)||Campaigns"},
		},
		{
			name: "typed bullets on hard-broken lines",
			in:   "• first criterion that wraps\n  onto a second line;\n• second criterion.\n",
			want: []string{"item|•||first criterion that wraps onto a second line;", "item|•||second criterion."},
		},
		{
			name: "U+2010 and soft hyphens at line ends",
			// A typesetter that breaks words (the fragments are no words
			// of the text), with each kind of hyphen.
			in:   "The Representa\u2010\ntive of the organi-\nzation reviews the prob\u00ad\nlèmes of adminis\u2010\ntrative infor\u2010\nmation in Belgique-\nBruxelles.\n",
			want: []string{"paragraph|||The Representative of the organization reviews the problèmes of administrative information in Belgique-Bruxelles."},
		},
		{
			name: "CRLF and BOM",
			in:   "\ufeffGrade: G15\r\nSchedule: Full-time\r\n",
			want: []string{"field||Grade|G15", "field||Schedule|Full-time"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textBlocks(t, tt.in))
		})
	}
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func TestReadTextDepth(t *testing.T) {
	doc, err := ReadText(context.Background(), []byte("a) one\na. two\n1. three\nb. four\nb) five\n"), lex, 1<<20)
	require.NoError(t, err)
	var depths []int
	for _, b := range doc.Blocks {
		depths = append(depths, b.Depth)
	}
	assert.Equal(t, []int{0, 1, 2, 1, 0}, depths)
}

func TestReadTextTwoColumns(t *testing.T) {
	left := []string{"Schedule: Full-time", "", "The intern will learn about the", "key principles of the Division.", "", "Grade INTERN", "", "Essential:", "1. be a national of a member", "state,", "2. be at least 21 years old."}
	right := []string{"Horaire : Temps plein", "", "La/Le stagiaire se familiarisera", "avec les principes de la Division.", "", "Grade INTERN", "", "ACQUIS ESSENTIELS", "1. être ressortissant(e) d'un", "pays membre ;", "2. être âgé(e) de plus de 21 ans."}
	var sb strings.Builder
	for i := range left {
		sb.WriteString(left[i] + strings.Repeat(" ", 40-len(left[i])) + right[i] + "\n")
	}
	got := textBlocks(t, sb.String())
	assert.Equal(t, []string{
		"field||Schedule|Full-time",
		"paragraph|||The intern will learn about the key principles of the Division.",
		"field||Grade|INTERN",
		"heading|||Essential:",
		"item|1.||be a national of a member state,",
		"item|2.||be at least 21 years old.",
		"field||Horaire|Temps plein",
		"paragraph|||La/Le stagiaire se familiarisera avec les principes de la Division.",
		"field||Grade|INTERN",
		"heading|||ACQUIS ESSENTIELS",
		"item|1.||être ressortissant(e) d'un pays membre ;",
		"item|2.||être âgé(e) de plus de 21 ans.",
	}, got)
}

func TestReadTextLabelColumn(t *testing.T) {
	in := "Title of the post (250944)\nNATO Body\nSchedule\nGrade\n\nAllied Command Transformation\n(ACT)\nFull-time\nG15\n\nPOST CONTEXT\n"
	assert.Equal(t, []string{
		"heading|||Title of the post (250944)",
		"field||NATO Body|Allied Command Transformation (ACT)",
		"field||Schedule|Full-time",
		"field||Grade|G15",
		"heading|||POST CONTEXT",
	}, textBlocks(t, in))
}

// TestReadTextColonLabelColumn: a column of labels with their colons,
// one the tables do not know among them, then the column of values.
func TestReadTextColonLabelColumn(t *testing.T) {
	in := "Technicienne en éducation spécialisée\n\nConcours n° :\nLieu de travail :\nGroupe salarial :\nDate limite :\n\n2026-SOU-147\nOttawa\nGroupe 9\nle 1er juin 2026\n\nFONCTIONS PRINCIPALES\n"
	assert.Equal(t, []string{
		"paragraph|||Technicienne en éducation spécialisée",
		"field||Concours n°|2026-SOU-147",
		"field||Lieu de travail|Ottawa",
		"field||Groupe salarial|Groupe 9",
		"field||Date limite|le 1er juin 2026",
		"heading|||FONCTIONS PRINCIPALES",
	}, textBlocks(t, in))
}

func TestSpaceGluedDashes(t *testing.T) {
	lines := func(texts ...string) []rawLine {
		out := make([]rawLine, len(texts))
		for i, s := range texts {
			out[i] = rawLine{text: s}
		}
		return out
	}
	for _, c := range []struct{ in, want []string }{
		{[]string{"The incumbent must:", "-hold a degree;", "-have six years of experience."},
			[]string{"The incumbent must:", "- hold a degree;", "- have six years of experience."}},
		// One line alone is a word's dash, not a list.
		{[]string{"Tasks", "-based work is common."}, []string{"Tasks", "-based work is common."}},
		{[]string{"-5 degrees", "-10 degrees"}, []string{"-5 degrees", "-10 degrees"}},
	} {
		var got []string
		for _, r := range spaceGluedDashes(lines(c.in...)) {
			got = append(got, r.text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("spaceGluedDashes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestGluedHeadingAt(t *testing.T) {
	for _, c := range []struct{ in, heading string }{
		{"You will take part in an on-call rotation.EDUCATION AND EXPERIENCE", "EDUCATION AND EXPERIENCE"},
		{"Application Close: 17/04/2026JOB SUMMARY", "JOB SUMMARY"},
		{"Certification is an assetKNOWLEDGE", "KNOWLEDGE"},
		{"You will work with NATO", ""},                    // an acronym, not a heading
		{"Contacts with the ITSTAFF", ""},                  // capitals that are no heading
		{"Read the section EDUCATION AND EXPERIENCE", ""},  // a space: not glued
		{"DESCRIPTION OF DUTIES AND RESPONSIBILITIES", ""}, // capitals from the start
		{"The post requires a university degree.EDUCATION", "EDUCATION"},
	} {
		got := ""
		if at := gluedHeadingAt(lex, c.in); at >= 0 {
			got = c.in[at:]
		}
		if got != c.heading {
			t.Errorf("gluedHeadingAt(%q) splits off %q, want %q", c.in, got, c.heading)
		}
	}
}

// Items of an enumeration whose markers were lost end at their
// semicolons after an introduction's colon; a sentence wrapped after a
// semicolon goes on.
func TestEnumerationWithoutMarkers(t *testing.T) {
	long := strings.Repeat("The selection panel will read every application against the criteria of the notice. ", 2)
	got := textBlocks(t, long+"\n\nCandidates will be required to demonstrate that they have:\n"+
		"proven experience in cyber defence or information assurance;\n"+
		"experience in the management of multinational projects;\n"+
		"very good knowledge of written and spoken English.\n\n"+
		"Applicants are invited to describe their experience in brackets;\n"+
		"the panel reads each description with care before it meets.\n")
	assert.Equal(t, []string{
		"paragraph|||" + strings.TrimSpace(long),
		"paragraph|||Candidates will be required to demonstrate that they have:",
		"paragraph|||proven experience in cyber defence or information assurance;",
		"paragraph|||experience in the management of multinational projects;",
		"paragraph|||very good knowledge of written and spoken English.",
		"paragraph|||Applicants are invited to describe their experience in brackets; the panel reads each description with care before it meets.",
	}, got)

	// The same items under a heading instead of an introduction.
	got = textBlocks(t, long+"\n\nRequirements\n"+
		"university degree in computer science or a related field;\n"+
		"minimum 2 years of experience in administering servers;\n"+
		"knowledge of English at B2 level.\n")
	assert.Equal(t, []string{
		"paragraph|||" + strings.TrimSpace(long),
		"heading|||Requirements",
		"paragraph|||university degree in computer science or a related field;",
		"paragraph|||minimum 2 years of experience in administering servers;",
		"paragraph|||knowledge of English at B2 level.",
	}, got)

	// An item wrapped over two lines ends at its semicolon on a short
	// line; a full line of prose ending at a semicolon goes on.
	got = textBlocks(t, "Requirements\n"+
		"a first-level degree in international relations or political science;\n"+
		"at least two years of experience in a research centre or an administration dealing with\n"+
		"security issues;\n"+
		"excellent skills in drafting and proofreading analytical texts.\n\n"+
		"Conditions\n"+
		"The Mission offers a seconded post to the candidate who is selected by the panel, and\n"+
		"the candidate is to be deployed within the month after the offer, as the Mission needs;\n"+
		"a valid driving licence for civilian vehicles is asked of every member of staff.\n")
	assert.Equal(t, []string{
		"heading|||Requirements",
		"paragraph|||a first-level degree in international relations or political science;",
		"paragraph|||at least two years of experience in a research centre or an administration dealing with security issues;",
		"paragraph|||excellent skills in drafting and proofreading analytical texts.",
		"heading|||Conditions",
		"paragraph|||The Mission offers a seconded post to the candidate who is selected by the panel, and the candidate is to be deployed within the month after the offer, as the Mission needs; a valid driving licence for civilian vehicles is asked of every member of staff.",
	}, got)
}

// Under a heading of criteria, sentences one a line whose next line's
// first word had room end their criteria: a PDF's dump lost the bullets.
// Prose under another heading, and a marked item's wrapped lines, go on.
func TestCriteriaWithoutBullets(t *testing.T) {
	got := textBlocks(t, "About the post\n"+
		"The Unit prepares the policy papers that the Council of Ministers reads before each session.\n"+
		"It works with the member states and with the secretariats of the other regional bodies.\n"+
		"Its staff travel to the regions twice a year to meet the authorities of each country.\n\n"+
		"Qualifications\n"+
		"A master's degree in economics, transport economics, finance or a related field.\n"+
		"At least six years of experience in economic regulation or in airport finance.\n"+
		"Excellent drafting skills in English.\n\n"+
		"Desirable\n"+
		"• Knowledge of French, at least at level B2 of the common European framework.\n"+
		"  Other languages of the region are an advantage.\n")
	assert.Equal(t, []string{
		"heading|||About the post",
		"paragraph|||The Unit prepares the policy papers that the Council of Ministers reads before each session. It works with the member states and with the secretariats of the other regional bodies. Its staff travel to the regions twice a year to meet the authorities of each country.",
		"heading|||Qualifications",
		"paragraph|||A master's degree in economics, transport economics, finance or a related field.",
		"paragraph|||At least six years of experience in economic regulation or in airport finance.",
		"paragraph|||Excellent drafting skills in English.",
		"heading|||Desirable",
		"item|•||Knowledge of French, at least at level B2 of the common European framework. Other languages of the region are an advantage.",
	}, got)

	// In a text file, whose measure is only its longest line, a line of
	// criteria without a sentence's end goes on: a criterion wrapped at
	// 75 columns under a longer line stays whole.
	got = textBlocks(t, "The Foundation runs projects of vocational training and of private sector development in West Africa and the Sahel.\n\n"+
		"Qualifications\n"+
		"A degree in finance or accounting and five years of experience with the World\n"+
		"Bank or a similar institution; excellent command of written and spoken\n"+
		"English.\n")
	assert.Equal(t, []string{
		"paragraph|||The Foundation runs projects of vocational training and of private sector development in West Africa and the Sahel.",
		"heading|||Qualifications",
		"paragraph|||A degree in finance or accounting and five years of experience with the World Bank or a similar institution; excellent command of written and spoken English.",
	}, got)
}

// TestIsRuleLine holds isRuleLine to the expression it replaces.
func TestIsRuleLine(t *testing.T) {
	re := regexp.MustCompile(`^[\s|+]*[-=_*]{3,}[-=_*\s|+]*$`)
	texts := append([]string{"", "---", "--", " --- ", "| --- | --- |", "+----+----+", "===", "___", "-=_",
		"  -- -", "---a", "a---", "--- é", "*****", "** a", "-*-", "\t\f\r---\t", "\v---", "|+|", "-\xff--", "------  ------", "x"},
		randtext.Texts(17, 20000, 10, "-=_* |+\t\va\u2003")...)
	for _, s := range texts {
		if got, want := isRuleLine(s), re.MatchString(s); got != want {
			t.Errorf("isRuleLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTrimBlank holds trimBlankRight and trimBlankLeft to strings.TrimRight
// and strings.TrimLeft with their cutset, and the indent to the count of
// the runes cut (a tab four).
func TestTrimBlank(t *testing.T) {
	texts := append([]string{"", " ", "\t", "\u00a0", " a ", "\u00a0\ta\t\u00a0", "\xa0", "\xc2", "a\xc2", "\xc2\xa0\xa0",
		"\xe0\xc2\xa0", "\xc2\xc2\xa0", "  x\u00a0y  "}, randtext.Texts(19, 20000, 8, " \t\u00a0a\xc2\xa0\u2003")...)
	for _, s := range texts {
		if got, want := trimBlankRight(s), strings.TrimRight(s, " \t\u00a0"); got != want {
			t.Errorf("trimBlankRight(%q) = %q, want %q", s, got, want)
		}
		body, indent := trimBlankLeft(s)
		want := strings.TrimLeft(s, " \t\u00a0")
		wantIndent := 0
		for _, r := range s[:len(s)-len(want)] {
			if r == '\t' {
				wantIndent += 4
			} else {
				wantIndent++
			}
		}
		if body != want || indent != wantIndent {
			t.Errorf("trimBlankLeft(%q) = %q, %d, want %q, %d", s, body, indent, want, wantIndent)
		}
	}
}

func TestUnstar(t *testing.T) {
	for in, want := range map[string]string{
		"*Senior Advisor, Responsible AI*": "Senior Advisor, Responsible AI",
		"*Lieu :* Montréal (Québec)":       "Lieu : Montréal (Québec)",
		"**Salary:** $92,000 a year":       "Salary: $92,000 a year",
		"* an item of a list":              "* an item of a list",
		"*Note* that the post is open":     "*Note* that the post is open", // emphasis in a sentence stays
		"***":                              "***",
	} {
		if got := unstar(in); got != want {
			t.Errorf("unstar(%q) = %q, want %q", in, got, want)
		}
	}
	raws := unstarLines([]rawLine{{text: ":large_blue_circle: *Senior Advisor*"}, {text: ":wave:"}})
	if raws[0].text != "Senior Advisor" || raws[1].text != ":wave:" {
		t.Errorf("unstarLines: %q, %q", raws[0].text, raws[1].text)
	}
}

// TestUnfoldLongLine: a notice copied as one line is cut before its
// headings and its labels; a long line of prose with neither is kept.
func TestUnfoldLongLine(t *testing.T) {
	filler := strings.Repeat("The team loads and unloads baggage on every shift of the day. ", 16)
	line := "Ramp Agent Job details Location: Mississauga, ON Req ID: REQ-48213 " + filler + "Requirements Minimum 18 years of age"
	got := unfoldCuts(lex, line)
	want := []string{"Ramp Agent", "Job details", "Location: Mississauga, ON", "Req ID: REQ-48213 " + strings.TrimSpace(filler), "Requirements", "Minimum 18 years of age"}
	if !slices.Equal(got, want) {
		t.Errorf("unfoldCuts = %q\nwant %q", got, want)
	}
	raws := unfoldLongLines(lex, []rawLine{{text: filler}})
	if len(raws) != 1 {
		t.Errorf("prose cut into %d lines", len(raws))
	}
}

// TestPipeRowBlock: a row of facts parted by pipes is a block of its own
// between lines of prose that fill the measure.
func TestPipeRowBlock(t *testing.T) {
	long := "The bank is the country's independent central bank and its mandate is to keep prices stable over time."
	got := textBlocks(t, long+"\nLocation Zurich | Workload 80–100% | Application deadline 21 June 2026\n"+long+"\n")
	assert.Equal(t, []string{"paragraph|||" + long, "field||Location|Zurich | Workload 80–100% | Application deadline 21 June 2026", "paragraph|||" + long}, got)
}

// TestTrailBlock: a breadcrumb trail is a line of its own, in a dump
// whose blank lines are wraps too, not the start of the title under it.
func TestTrailBlock(t *testing.T) {
	long := "The bank is the country's independent central bank and its mandate is to keep prices stable over time."
	in := "Careers home > Job Search > Job Description\n\nJob Description - Legal Officer - Office of Legal Affairs (315214)\n\n"
	for range 12 {
		in += long + "\n\n"
	}
	in += " \n" + long + "\n"
	got := textBlocks(t, in)
	assert.Equal(t, "paragraph|||Careers home > Job Search > Job Description", got[0])
	assert.Contains(t, got[1], "|Job Description - Legal Officer - Office of Legal Affairs (315214)")
}

// TestFormRows: rows of a form, each label's value set in a column after
// its colon, are one block a row, however the labels read.
func TestFormRows(t *testing.T) {
	got := textBlocks(t, "Implantation :               Athénée royal, Quaregnon\nFonction :                   Professeur de mathématiques\n")
	assert.Equal(t, []string{"paragraph|||Implantation :               Athénée royal, Quaregnon", "paragraph|||Fonction :                   Professeur de mathématiques"}, got)
}

// TestQuotedMessage: a message that quotes a notice whole is read without
// its quote marks; "  > " opens an item, as a bullet does.
func TestQuotedMessage(t *testing.T) {
	in := "FYI, see below.\n\n> Closing date: 8 July 2026\n>\n> Essential:\n>   > a degree in translation;\n>   > two years of experience.\n> Grade: L2\n> Location: Brussels\n"
	got := textBlocks(t, in)
	assert.Contains(t, got, "item|>||a degree in translation;")
	assert.Contains(t, got, "item|>||two years of experience.")
	for _, b := range got {
		assert.NotContains(t, b, "|> Closing date", "quote marks left on a line")
	}
	assert.False(t, quotesMessage("> one quoted line\nand prose\nand more prose\n"))
}

// TestItemEndingWithStandardNumber: a list's item that ends with a
// standard's number in parentheses is an item, not the notice's title
// with its reference.
func TestItemEndingWithStandardNumber(t *testing.T) {
	got := textBlocks(t, "Nice to have\n• Knowledge of French or German\n• Familiarity with functional safety standards (IEC 61511)\n")
	assert.Contains(t, got, "item|•||Familiarity with functional safety standards (IEC 61511)")
}

// TestReadTextRunInHeadingAfterLabelLine: a line run in under a heading
// the tables know, after another "Label : value" line as long as a
// wrapped one, opens a paragraph of its own; a line that opens with a
// label the tables do not know goes on the wrapped one.
func TestReadTextRunInHeadingAfterLabelLine(t *testing.T) {
	long := "Serait un plus : Formation en éducation thérapeutique du patient (40 heures) ; Expérience en gériatrie ou en soins de suite"
	in := "Profil recherché\n\nDiplôme d'État de diététicien ou BTS diététique avec une première expérience hospitalière acquise en établissement.\n" +
		long + "\nQualités attendues : Sens de l'écoute, Pédagogie, Organisation\n"
	got := textBlocks(t, in)
	assert.Contains(t, got, "paragraph|||"+long)
	assert.Contains(t, got, "paragraph|||Qualités attendues : Sens de l'écoute, Pédagogie, Organisation")
	in = "Profil recherché\n\nDiplôme d'État de diététicien ou BTS diététique avec une première expérience hospitalière acquise en établissement.\n" +
		long + "\nPatients âgés : suivi des repas\n"
	assert.Contains(t, textBlocks(t, in), "paragraph|||"+long+" Patients âgés : suivi des repas")
}

// TestReadTextNeverWrapped: a browser's copy whose longest line is a
// paragraph no one wrapped, and none of whose lines goes on in the
// next, reads each line as a block; one line that goes on in small
// letters shows a wrapped text.
func TestReadTextNeverWrapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("Our data team turns the listening events of millions of people into the clean, documented signals that every recommendation and editorial team relies on each day, in every market we serve.\n\n")
	for _, l := range []string{"Job description", "Own the analytics of the squad", "Design and read A/B tests", "Build dbt models",
		"Preferred experience", "4+ years of experience as a data or product analyst, ideally in a marketplace or e-commerce company",
		"Excellent SQL and solid Python for analysis", "Sound knowledge of experimentation", "Fluent English",
		"Bonus", "Experience with pricing models", "Exposure to causal inference", "Recruitment process", "A call with us",
		"A take-home exercise", "A panel with the squad", "A final talk", "Benefits", "Meal vouchers", "Hybrid work"} {
		b.WriteString(l + "\n")
	}
	got := textBlocks(t, b.String())
	assert.Contains(t, got, "paragraph|||4+ years of experience as a data or product analyst, ideally in a marketplace or e-commerce company")
	assert.Contains(t, got, "paragraph|||Excellent SQL and solid Python for analysis")
	raws := func(text string) []rawLine {
		var out []rawLine
		for l := range strings.SplitSeq(text, "\n") {
			out = append(out, rawLine{text: l})
		}
		return out
	}
	assert.True(t, neverWrapped(raws(b.String())))
	wrapped := strings.Replace(b.String(), "Fluent English\n", "Fluent English and\nworking French\n", 1)
	assert.False(t, neverWrapped(raws(wrapped)))
	// A long URL is no paragraph: an e-mail wrapped at 80 columns whose
	// wrapped lines go on in capitals ("…with the United" / "Nations")
	// is no browser's copy.
	url := strings.Replace(b.String(), b.String()[:strings.IndexByte(b.String(), '\n')], "https://careers.example.org/vacancies/view?id=2026-0457&source=mailinglist&utm_medium=email&utm_campaign=weekly-digest-statistics-and-data-posts-2026", 1)
	assert.False(t, neverWrapped(raws(url)))
}

// TestReadTextGappedRows: a layout dump's table whose cells spaces part,
// after a section (the header's reading of bare labels is over): each row
// a field, a label the tables do not know among them, a value wrapped in
// its cell. Lines whose gaps do not line up make no table.
func TestReadTextGappedRows(t *testing.T) {
	in := "Profile\n\nWe welcome researchers from every country.\n\nHead of the Visiting Office (F/M)\n" +
		"Reference                  IHES-2033-ADM-04\n" +
		"Contract                   Permanent private-law contract (foundation of public\n" +
		"                           utility)\n" +
		"Working time               Full-time\n\nThe Institute\n"
	got := textBlocks(t, in)
	assert.Contains(t, got, "field||Reference|IHES-2033-ADM-04")
	assert.Contains(t, got, "field||Contract|Permanent private-law contract (foundation of public utility)")
	assert.Contains(t, got, "field||Working time|Full-time")

	in = "Profile\n\nWe welcome researchers from every country.\n\n" +
		"Reference          IHES-2033-ADM-04\n" +
		"Working time    Full-time\n\nThe Institute\n"
	got = textBlocks(t, in)
	assert.NotContains(t, got, "field||Working time|Full-time")
}

// TestReadTextWrappedColumnLabels: labels wrapped in their narrow cells,
// one the tables know over two or three lines, one they do not know
// going on in small letters; then the column of values, one wrapped.
func TestReadTextWrappedColumnLabels(t *testing.T) {
	in := "VACANCY NOTICE\n\nPost Number\nGrade\nDuty Station\nDuration of\ncontract\nRecruitment open\nto\nApplication\nDeadline (Midnight\nParis Time)\n\n" +
		"AB/CD 017\nG-6\nTallinn\n2 years with possibility of extension subject to\navailability of funds\nInternal candidates\n14-MAR-2041\n\nMAIN DUTIES\n"
	assert.Equal(t, []string{
		"heading|||VACANCY NOTICE",
		"field||Post Number|AB/CD 017",
		"field||Grade|G-6",
		"field||Duty Station|Tallinn",
		"field||Duration of contract|2 years with possibility of extension subject to availability of funds",
		"paragraph|||Recruitment open to: Internal candidates",
		"field||Application Deadline (Midnight Paris Time)|14-MAR-2041",
		"heading|||MAIN DUTIES",
	}, textBlocks(t, in))
	// A board's list of labels, each over its value, then fields: no
	// label is wrapped there ("FULL_TIME" / "• Posted:").
	in = "ALLIED: Office Assistant (Protocol and Logistics) – Tartu\n\n  • Location:\n    Tartu\n  • Salary:\n    $18,000 - $24,000 / YEAR\n  • Job type:\n    FULL_TIME\n  • Posted:\n    2 days ago\n  • Category:\n    Administrative support\n  • Deadline:\n    09/26/2041\n\nJOB DESCRIPTION\n\nVacancy number: LOT-LE-2041-02\nPost title: Office Assistant (Protocol and Logistics)\nOrganisation: ALLIED Liaison Office in Estonia (NLO Estonia)\nDuty station: Tartu, Estonia\nWorking pattern: Full-time, Sunday to Thursday\nGrade: LE-4\nMonthly salary: EUR 1,265 per month (gross)\nSecurity clearance: ALLIED CONFIDENTIAL\n"
	got := strings.Join(textBlocks(t, in), "\n")
	assert.Contains(t, got, "field||Vacancy number|LOT-LE-2041-02")
	assert.NotContains(t, got, "FULL_TIME • Posted")
}

// A chat's export: each message is a paragraph of its own; a message that
// lines of no message follow (a notice pasted) is read from its own first
// line, without its stamp and sender; a message between messages keeps
// them. One line that looks like a message is no chat.
func TestChatMessages(t *testing.T) {
	chat := "[13/05/43, 08:41:07] Davide Ferri: Morning all, a post has opened here\n" +
		"[13/05/43, 08:41:52] Davide Ferri: STAFF VACANCY IMS-PPD-2042-018\n" +
		"Location: Brussels\n" +
		"\n" +
		"[13/05/43, 09:03:40] Luca B.: Reminder: the barbecue is on Saturday\n" +
		"13/05/2043, 09:05 - Chiara M.: 👍\n"
	got := textBlocks(t, chat)
	assert.Contains(t, got, "paragraph|||[13/05/43, 08:41:07] Davide Ferri: Morning all, a post has opened here")
	assert.Contains(t, got, "paragraph|||[13/05/43, 09:03:40] Luca B.: Reminder: the barbecue is on Saturday")
	for _, b := range got {
		assert.NotContains(t, b, "08:41:52", "the pasted notice's message keeps no stamp")
	}
	one := textBlocks(t, "Interview schedule\n[Room 2, 09:30] Panel A: candidates one to four\nNo other note.\n")
	assert.Contains(t, strings.Join(one, "\n"), "[Room 2, 09:30]")
}
