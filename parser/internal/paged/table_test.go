package paged

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestReadTextTables(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "a grid table of two halves, as pandoc -t plain draws it",
			in: `+--------------------------------------+--------------------------------------+
| Job details                          | Détails du poste                     |
|                                      |                                      |
| Primary Location:                    | Emplacement principal :              |
| Luxembourg-Capellen                  | Luxembourg-Capellen                  |
| Schedule: Part-time                  | Horaire : Temps partiel              |
+--------------------------------------+--------------------------------------+
| The incumbent will:                  | La/Le titulaire est chargé(e) :      |
|                                      |                                      |
| a.  prepare requests for quotation,  | a.  de préparer les demandes de prix |
|     invitations for bid and related  |     et les listes de fournisseurs    |
|     lists;                           |     correspondantes ;                |
| b.  check bids.                      | b.  de vérifier les offres.          |
+--------------------------------------+--------------------------------------+
`,
			want: []string{
				"heading|||Job details", "field||Primary Location|Luxembourg-Capellen", "field||Schedule|Part-time",
				"paragraph|||The incumbent will:",
				"item|a.||prepare requests for quotation, invitations for bid and related lists;", "item|b.||check bids.",
				"heading|||Détails du poste", "field||Emplacement principal|Luxembourg-Capellen", "field||Horaire|Temps partiel",
				"paragraph|||La/Le titulaire est chargé(e) :",
				"item|a.||de préparer les demandes de prix et les listes de fournisseurs correspondantes ;", "item|b.||de vérifier les offres.",
			},
		},
		{
			name: "a pipe table of labels and values",
			in:   "| Primary Location | Belgium-Brussels |\n|:--|:--|\n| Grade | G15 |\n| Clearance Level: | NS |\n",
			want: []string{"field||Primary Location|Belgium-Brussels", "field||Grade|G15", "field||Clearance Level|NS"},
		},
		{
			name: "a simple table of labels and values",
			in:   "Title of the post (250944)\n\n  Primary Location       United States-Norfolk\n  ---------------------- ---------------------\n  Schedule               Full-time\n  Grade                  G15\n\nPOST CONTEXT\n",
			want: []string{"heading|||Title of the post (250944)", "field||Primary Location|United States-Norfolk",
				"field||Schedule|Full-time", "field||Grade|G15", "heading|||POST CONTEXT"},
		},
		{
			name: "a simple table's head over records",
			in: "  Reference   Title                           Location\n  ---------   -----------------------------   ------------\n" +
				"  26-101      Engineer (Spectrum Management)  Belgium-Mons\n  26-102      Assistant (Protocol)            Belgium-Mons\n",
			want: []string{"field||Reference|26-101", "field||Title|Engineer (Spectrum Management)", "field||Location|Belgium-Mons",
				"field||Reference|26-102", "field||Title|Assistant (Protocol)", "field||Location|Belgium-Mons"},
		},
		{
			name: "a multiline table of two halves",
			in: "  ---------------------------------- ----------------------------\n" +
				"  The NATO Support and Procurement    L'Agence OTAN de soutien et\n" +
				"  Agency provides logistics to the    d'acquisition fournit des\n" +
				"  nations.                            solutions aux pays.\n\n" +
				"  The post is part-time.              Le poste est à temps partiel.\n" +
				"  ---------------------------------- ----------------------------\n",
			want: []string{"paragraph|||The NATO Support and Procurement Agency provides logistics to the nations.", "paragraph|||The post is part-time.",
				"paragraph|||L'Agence OTAN de soutien et d'acquisition fournit des solutions aux pays.", "paragraph|||Le poste est à temps partiel."},
		},
		{
			name: "three columns, cell by cell",
			in:   "+------+------+------+\n| One. | Two. | Six. |\n+------+------+------+\n",
			want: []string{"paragraph|||One.", "paragraph|||Two.", "paragraph|||Six."},
		},
		{
			name: "a rule under a heading is no table",
			in:   "Essential:\n----------\nThe candidate must:\n",
			want: []string{"heading|||Essential:", "paragraph|||The candidate must:"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textBlocks(t, tt.in))
		})
	}
}
