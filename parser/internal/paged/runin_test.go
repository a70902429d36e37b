package paged

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

func TestRunInHeadingsText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "numbered heading and sub-heading in capitals",
			in:   "2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must:\n1. be a national of a member state,\n2. be at least 21 years old.\n",
			want: []string{"heading|||2. QUALIFICATIONS AND EXPERIENCE", "heading|||ESSENTIAL", "paragraph|||The incumbent must:",
				"item|1.||be a national of a member state,", "item|2.||be at least 21 years old."},
		},
		{
			name: "French heading in capitals",
			in:   "ACQUIS ESSENTIELS La/Le stagiaire doit :\n1. être ressortissant(e) d'un pays membre ;\n",
			want: []string{"heading|||ACQUIS ESSENTIELS", "paragraph|||La/Le stagiaire doit :", "item|1.||être ressortissant(e) d'un pays membre ;"},
		},
		{
			name: "heading followed by a sentence",
			in:   "Acquis essentiels La/Le stagiaire doit :\n\nEssential The candidate must:\n",
			want: []string{"heading|||Acquis essentiels", "paragraph|||La/Le stagiaire doit :", "heading|||Essential", "paragraph|||The candidate must:"},
		},
		{
			name: "a heading parted from its sentence by a spaced slash",
			in:   "Activités / Vous pilotez les projets.\nProfil souhaité / Master en urbanisme. Trois ans d'expérience.\n",
			want: []string{"heading|||Activités", "paragraph|||Vous pilotez les projets.", "heading|||Profil souhaité", "paragraph|||Master en urbanisme. Trois ans d'expérience."},
		},
		{
			name: "a heading by prefix ends where the sentence starts",
			in:   "INFO-SESSION ON THE VACANCY AND RECRUITMENT PROCESS NATO is organising a webinar.\n",
			want: []string{"heading|||INFO-SESSION ON THE VACANCY AND RECRUITMENT PROCESS", "paragraph|||NATO is organising a webinar."},
		},
		{
			name: "two headings stacked on one line",
			in:   "QUALIFICATIONS AND EXPERIENCE ESSENTIAL\n\nThe incumbent must:\n",
			want: []string{"heading|||QUALIFICATIONS AND EXPERIENCE", "heading|||ESSENTIAL", "paragraph|||The incumbent must:"},
		},
		{
			name: "one heading whole stays one",
			in:   "ESSENTIAL QUALIFICATIONS\n\nThe incumbent must:\n",
			want: []string{"heading|||ESSENTIAL QUALIFICATIONS", "paragraph|||The incumbent must:"},
		},
		{
			name: "a longer heading in capitals that opens with a known one stays whole",
			in:   "FONCTIONS ET RESPONSABILITÉS PRINCIPALES\n\nLe/la titulaire assure le suivi.\n",
			want: []string{"heading|||FONCTIONS ET RESPONSABILITÉS PRINCIPALES", "paragraph|||Le/la titulaire assure le suivi."},
		},
		{
			name: "a heading word that opens a sentence",
			in:   "Essential functions of the post are listed below.\n\nRole NATO plays in the world is the subject.\n\nSUMMARY of the post follows.\n",
			want: []string{"paragraph|||Essential functions of the post are listed below.", "paragraph|||Role NATO plays in the world is the subject.",
				"paragraph|||SUMMARY of the post follows."},
		},
		{
			name: "not at the start of a paragraph",
			in:   "The intern will support the work of the Division and of its\nCONTRACT The Section prepares contracts.\n",
			want: []string{"paragraph|||The intern will support the work of the Division and of its CONTRACT The Section prepares contracts."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textBlocks(t, tt.in))
		})
	}
}

func TestRunInHeadingsPDF(t *testing.T) {
	line := func(text string, leadBold int, bold bool) Line {
		return Line{Text: text, LeadBold: leadBold, Bold: bold, Size: 1, Fill: 1, Gap: 1}
	}
	tests := []struct {
		name  string
		lines []Line
		want  []string
	}{
		{
			name:  "a bold heading, then regular text",
			lines: []Line{line("Essential: The candidate must:", len("Essential:"), false)},
			want:  []string{"heading|||Essential:", "paragraph|||The candidate must:"},
		},
		{
			name:  "a numbered section set in bold",
			lines: []Line{line("1. SUMMARY The Division leads the defence planning.", len("1. SUMMARY"), false)},
			want:  []string{"heading|||1. SUMMARY", "paragraph|||The Division leads the defence planning."},
		},
		{
			name:  "two headings in one bold run",
			lines: []Line{line("2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must:", len("2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL"), false)},
			want:  []string{"heading|||2. QUALIFICATIONS AND EXPERIENCE", "heading|||ESSENTIAL", "paragraph|||The incumbent must:"},
		},
		{
			name:  "a section in capitals, then a bold sub-heading",
			lines: []Line{line("3. MAIN ACCOUNTABILITIES Policy Development", 0, true), line("Contribute to the Section's input.", 0, false)},
			want:  []string{"heading|||3. MAIN ACCOUNTABILITIES", "heading|||Policy Development", "paragraph|||Contribute to the Section's input."},
		},
		{
			name:  "the first line of a heading in capitals that opens with a known one",
			lines: []Line{line("EXIGENCES PARTICULIÈRES ET TÂCHES", 0, true), line("La/Le titulaire peut être appelé(e) à voyager.", 0, false)},
			want:  []string{"heading|||EXIGENCES PARTICULIÈRES ET TÂCHES", "paragraph|||La/Le titulaire peut être appelé(e) à voyager."},
		},
		{
			name: "a bold label and its colon among the header's fields",
			lines: []Line{line("Lieu : Toronto (Ontario)", len("Lieu :"), false),
				line("Exigences linguistiques : Anglais essentiel; français un atout", len("Exigences linguistiques :"), false)},
			want: []string{"field||Lieu|Toronto (Ontario)", "paragraph|||Exigences linguistiques : Anglais essentiel; français un atout"},
		},
		{
			name:  "a line in bold throughout: a heading that ends at its full stop, then a sentence",
			lines: []Line{line("Votre profil. Vous possédez :", 0, true), line("• BTS ou DUT dans les métiers de l'eau ;", 0, false)},
			want:  []string{"heading|||Votre profil.", "heading|||Vous possédez :", "item|•||BTS ou DUT dans les métiers de l'eau ;"},
		},
		{
			name:  "a line in bold throughout without a full stop after its heading stays whole",
			lines: []Line{line("Profil recherché Vous possédez :", 0, true)},
			want:  []string{"heading|||Profil recherché Vous possédez :"},
		},
		{
			name:  "a bold label that is no heading",
			lines: []Line{line("Achievement: Works to meet standards.", len("Achievement:"), false)},
			want:  []string{"paragraph|||Achievement: Works to meet standards."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.lines {
				tt.lines[i].Pos = stream.Pos{Page: 1, Line: i + 1}
			}
			var got []string
			for _, b := range mustAssemble(tt.lines) {
				got = append(got, b.Kind.String()+"|"+b.Marker+"|"+b.Label+"|"+b.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
