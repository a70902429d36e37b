package paged

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// rated is a PDF line of a table row: its text, then its rating set
// apart at x ratingX.
func rated(x, y, ratingX float64, text, rating string) Line {
	l := at(1, x, y, text+" "+rating)
	l.Tail, l.TailX = len(text)+1, ratingX
	l.Box.X1 = ratingX + 4.5*float64(len(rating))
	return l
}

// numbered is rated with a row number in a first cell of its own.
func numbered(y float64, num, text, rating string) Line {
	l := rated(60, y, 400, num+" "+text, rating)
	l.Cell, l.CellX = len(num), 80
	return l
}

func TestTailColumnNamedRatings(t *testing.T) {
	// "# | Criterion | Essential / Desirable": a criterion that wraps
	// keeps its words together, its rating read as its label as the
	// other readers give such a table, its row number dropped.
	head := rated(60, 700, 400, "# Criterion", "Essential / Desirable")
	head.Bold = true
	lines := []Line{
		at(1, 50, 720, "Selection criteria"),
		head,
		numbered(682, "1", "Master's degree in mechanical engineering, physics or an", "Essential"),
		at(1, 80, 670, "equivalent discipline"),
		numbered(652, "2", "Experience with closed-cycle coolers or refrigerators", "Desirable"),
		numbered(634, "3", "Good command of thermal modelling tools", "Essential"),
		at(1, 50, 610, "What we offer"),
	}
	lines[0].Bold, lines[6].Bold = true, true
	out := tailColumn(lines)
	var texts []string
	for _, l := range out {
		texts = append(texts, l.Text)
	}
	assert.Equal(t, []string{
		"Selection criteria",
		"Essential Master's degree in mechanical engineering, physics or an equivalent discipline",
		"Desirable Experience with closed-cycle coolers or refrigerators",
		"Essential Good command of thermal modelling tools",
		"What we offer",
	}, texts)
	assert.Equal(t, len("Essential"), out[1].Cell, "the rating is the row's label cell")
	assert.Equal(t, len("Desirable"), out[2].Cell)
}

func TestTailColumnCentredRating(t *testing.T) {
	// A rating set in the middle of its row's height stands between the
	// row's lines; rows are farther apart than a cell's lines. Two
	// ratings that weigh differently make the column one of weights
	// whatever its head says: each row reads as its criterion under its
	// rating, the head dropped.
	head := rated(60, 700, 400, "Critère", "Niveau requis")
	head.Bold = true
	lines := []Line{
		head,
		rated(60, 686, 400, "Formation supérieure en journalisme ou communication", "Indispensable"),
		at(1, 60, 672, "Expérience d'au moins quatre ans en production de"),
		at(1, 400, 666, "Indispensable"),
		at(1, 60, 660, "contenus numériques"),
		rated(60, 646, 400, "Connaissance de l'audiovisuel public international", "Souhaité"),
		rated(60, 632, 400, "Notions de montage vidéo pour les réseaux sociaux", "Souhaité"),
	}
	lines[2].Box.Y0, lines[2].Box.Y1 = 663, 672
	lines[2].Box.X1 = 300
	lines[4].Box.X1 = 200
	var texts []string
	for _, l := range tailColumn(lines) {
		texts = append(texts, l.Text)
	}
	assert.Equal(t, []string{
		"Indispensable Formation supérieure en journalisme ou communication",
		"Indispensable Expérience d'au moins quatre ans en production de contenus numériques",
		"Souhaité Connaissance de l'audiovisuel public international",
		"Souhaité Notions de montage vidéo pour les réseaux sociaux",
	}, texts)
}

func TestTailColumnRowAfterWrappedCell(t *testing.T) {
	// A row's rating beside its first line, its cell wrapped over two
	// more lines, then the next row at the same pitch: the next row's
	// first line opens a row of its own (it once joined the row above
	// and was read twice, past the end of a line emptied for the first).
	head := rated(60, 700, 400, "N° Critère", "Niveau")
	head.Bold = true
	head.Cell, head.CellX = len("N°"), 80
	lines := []Line{
		head,
		numbered(688, "1", "Diplôme de niveau bac + 5 en", "Indispensable"),
		at(1, 80, 676, "sciences de l'éducation ou"),
		at(1, 80, 664, "informatique"),
		numbered(652, "2", "Pratique d'un outil auteur", "Souhaité"),
		at(1, 80, 640, "(H5P ou équivalent)"),
		numbered(628, "3", "Maîtrise de Moodle", "Indispensable"),
	}
	for _, k := range []int{2, 3, 5} {
		lines[k].Box.X1 = 250
	}
	var texts []string
	for _, l := range tailColumn(lines) {
		texts = append(texts, l.Text)
	}
	assert.Equal(t, []string{
		"Indispensable Diplôme de niveau bac + 5 en sciences de l'éducation ou informatique",
		"Souhaité Pratique d'un outil auteur (H5P ou équivalent)",
		"Indispensable Maîtrise de Moodle",
	}, texts)
}

func TestTailColumnLeavesFacts(t *testing.T) {
	// A table of facts whose values differ row by row, and a table
	// whose first cells name groups of rows, are not tables of
	// ratings: their lines stay as printed.
	facts := []Line{
		rated(60, 700, 300, "Duty station and place of work", "Garching"),
		at(1, 60, 688, "near Munich"),
		rated(60, 676, 300, "Type of contract for this post", "Fixed term"),
		rated(60, 664, 300, "Working time for the position", "Full-time"),
	}
	groups := []Line{
		rated(60, 700, 400, "Qualifications A degree in finance, accounting or a", "E"),
		at(1, 150, 688, "related subject"),
		rated(150, 676, 400, "A professional accounting qualification", "D"),
		rated(60, 664, 400, "Skills Advanced Excel skills, including pivot tables", "E"),
	}
	groups[0].Cell, groups[0].CellX = len("Qualifications"), 150
	groups[3].Cell, groups[3].CellX = len("Skills"), 150
	for _, lines := range [][]Line{facts, groups} {
		want := make([]string, len(lines))
		for i, l := range lines {
			want[i] = l.Text
		}
		var got []string
		for _, l := range tailColumn(lines) {
			got = append(got, l.Text)
		}
		assert.Equal(t, want, got)
	}
}

func TestTailColumnLegendAfterRows(t *testing.T) {
	// Rows that do not wrap tell nothing of a cell's lines: a legend set
	// under the last row at the table's pitch is no line of it.
	lines := []Line{
		numbered(682, "1", "Master's degree in mechanical engineering or physics", "E"),
		numbered(664, "2", "Experience with closed-cycle coolers or refrigerators", "D"),
		numbered(646, "3", "Good command of thermal modelling tools", "E"),
		at(1, 60, 628, "E = essential, D = desirable"),
	}
	var texts []string
	for _, l := range tailColumn(lines) {
		texts = append(texts, l.Text)
	}
	assert.NotContains(t, texts, "3. Good command of thermal modelling tools E = essential, D = desirable E")
	assert.Contains(t, texts, "E = essential, D = desirable")
}

// A line of the ratings' column alone, read after a last row that has no
// rating though set above it, belongs to no row once that last row is cut
// off as a paragraph under the table: no index past the table's lines.
func TestTailColumnRatingReadAfterLastRow(t *testing.T) {
	lines := []Line{
		rated(60, 700, 400, "Master's degree in engineering or an", "Essential"),
		rated(60, 682, 400, "Experience with closed-cycle coolers", "Desirable"),
		rated(60, 664, 400, "Good command of thermal modelling tools", "Essential"),
		at(1, 60, 640, "Applications close on 12 May."),
		at(1, 400, 652, "(or equivalent)"),
	}
	var out []Line
	assert.NotPanics(t, func() { out = tailColumn(lines) })
	var texts []string
	for _, l := range out {
		texts = append(texts, l.Text)
	}
	assert.Contains(t, texts, "Applications close on 12 May.", "the paragraph under the table stays")
	assert.Contains(t, texts, "(or equivalent)", "the line read after it stays")
}
