package paged

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// at is a PDF line of body text at x, with its top at y (points).
func at(page int, x, y float64, text string) Line {
	w := 4.5 * float64(len([]rune(text)))
	return Line{Text: text, Pos: stream.Pos{Page: page}, Box: &stream.Box{X0: x, Y0: y - 9, X1: x + w, Y1: y},
		Size: 1, Fill: 1, Gap: -1}
}

func assembled(lines []Line) []string {
	for i := range lines {
		lines[i].Pos.Line = i + 1
	}
	var out []string
	for _, b := range mustAssemble(lines) {
		out = append(out, b.Kind.String()+"|"+b.Label+"|"+b.Text)
	}
	return out
}

// frenchHalf is the right half of a side-by-side page, under its header
// rows: enough French for the page's halves to show two languages.
func frenchHalf(y float64) []Line {
	return []Line{
		at(1, 300, y, "La Division est chargée de la sécurité et des"),
		at(1, 300, y-12, "informations de l’OTAN dans les pays membres."),
		at(1, 300, y-24, "Vous participerez aux travaux de la Section et"),
		at(1, 300, y-36, "vous contribuerez à la révision des formations."),
		at(1, 300, y-48, "Les candidat(e)s doivent être des modèles."),
	}
}

func englishHalf(y float64) []Line {
	return []Line{
		at(1, 50, y, "The Division is responsible for the security of"),
		at(1, 50, y-12, "the information of NATO in the member states and"),
		at(1, 50, y-24, "you will take part in the work of the Section and"),
		at(1, 50, y-36, "you will contribute to the review of the courses."),
		at(1, 50, y-48, "The candidates are expected to be role models."),
	}
}

func TestSideBySideHeaderRows(t *testing.T) {
	// A header row read across both halves, and a French label wrapped
	// over three lines of its narrow cell, read with its value.
	lines := []Line{
		at(1, 50, 700, "Schedule: Full-time Horaire Temps plein"),
		at(1, 50, 686, "Clearance Level: NS"),
		at(1, 300, 686, "Niveau de NS"),
		at(1, 300, 674, "l'habilitation de"),
		at(1, 300, 662, "sécurité"),
	}
	lines[0].Box.X1 = 450
	lines = append(lines, englishHalf(600)...)
	lines = append(lines, frenchHalf(600)...)
	got := assembled(lines)
	assert.Equal(t, []string{
		"field|Schedule|Full-time",
		"field|Clearance Level|NS",
		"paragraph||The Division is responsible for the security of the information of NATO in the member states and you will take part in the work of the Section and you will contribute to the review of the courses. The candidates are expected to be role models.",
		"field|Horaire|Temps plein",
		"field|Niveau de l'habilitation de sécurité|NS",
		"paragraph||La Division est chargée de la sécurité et des informations de l’OTAN dans les pays membres. Vous participerez aux travaux de la Section et vous contribuerez à la révision des formations. Les candidat(e)s doivent être des modèles.",
	}, got)
}

func TestHeaderRowsDoNotMerge(t *testing.T) {
	// Labels wrapped in a narrow label column, values in the next; the
	// value of one row must not take in the next row's.
	lines := []Line{
		at(1, 44, 600, "Schedule"),
		at(1, 44, 570, "Application"),
		at(1, 44, 557, "Deadline"),
		at(1, 44, 527, "Salary (Pay"),
		at(1, 44, 514, "Basis)"),
		at(1, 96, 600, "Full-time"),
		at(1, 96, 564, "22-Jun-2025"),
		at(1, 96, 527, "1,286.09Euro"),
		at(1, 96, 514, "(EUR) Monthly"),
	}
	assert.Equal(t, []string{
		"field|Schedule|Full-time",
		"field|Application Deadline|22-Jun-2025",
		"field|Salary (Pay Basis)|1,286.09Euro (EUR) Monthly",
	}, assembled(lines))
}

func TestOneLanguageColumnsKeepTheirOrder(t *testing.T) {
	// Two columns of one language: no halves to put in order, no line
	// to cut.
	var lines []Line
	for i, l := range englishHalf(600) {
		lines = append(lines, l)
		r := englishHalf(600)[i]
		r.Box.X0 += 250
		r.Box.X1 += 250
		lines = append(lines, r)
	}
	got := assembled(lines)
	assert.Len(t, got, 1, "%q", got) // read as pdftext gave them: row by row
}

// twoHalfLetterhead is a letterhead in two halves, French left and
// English right, over a page of one language.
func twoHalfLetterhead() []Line {
	return []Line{
		at(1, 80, 800, "RÉPUBLIQUE DU CAMEROUN"),
		at(1, 80, 788, "Paix – Travail – Patrie"),
		at(1, 80, 776, "MINISTÈRE DES MINES, DE L'INDUSTRIE"),
		at(1, 80, 764, "ET DU DÉVELOPPEMENT TECHNOLOGIQUE"),
		at(1, 80, 752, "Direction Générale des services"),
		at(1, 360, 800, "REPUBLIC OF CAMEROON"),
		at(1, 360, 788, "Peace – Work – Fatherland"),
		at(1, 360, 776, "MINISTRY OF MINES, INDUSTRY"),
		at(1, 360, 764, "AND TECHNOLOGICAL DEVELOPMENT"),
		at(1, 360, 752, "General Management of the services"),
	}
}

func TestValueAcrossGutterStaysWhole(t *testing.T) {
	// Under a letterhead in two halves, a one-language header table:
	// its values run right of the letterhead's gutter. A value cell that
	// starts at the gutter is one cell; a word in lower case inside a
	// value ("échelon 1") opens no right half's cell.
	row := func(y, cellX float64, label, value string) Line {
		l := at(1, 58, y, label+" "+value)
		l.Box.X1 = 520
		l.Cell, l.CellX = len(label)+1, cellX
		return l
	}
	lines := append(twoHalfLetterhead(),
		row(700, 362, "Lieu de travail", "Douala, Direction régionale du Littoral"),
		row(686, 150, "Classement", "Cadre supérieur, catégorie 11, échelon A"),
	)
	got := assembled(lines)
	assert.Contains(t, got, "field|Lieu de travail|Douala, Direction régionale du Littoral", "%q", got)
	assert.Contains(t, got, "field|Classement|Cadre supérieur, catégorie 11, échelon A", "%q", got)
}

// TestWrappedLabelBesideWrappedValue: a row whose label and value both
// wrap in their cells, side by side on each line, reads as one field;
// two rows whose labels are whole stay two.
func TestWrappedLabelBesideWrappedValue(t *testing.T) {
	cell := func(l Line, label string) Line {
		l.Cell, l.CellX = len(label)+1, l.Box.X0+92
		return l
	}
	lines := []Line{
		cell(at(1, 52, 600, "Duty station Lausanne, Switzerland"), "Duty station"),
		cell(at(1, 52, 586, "Gross annual CHF 92,000 – 104,000 gross per"), "Gross annual"),
		cell(at(1, 52, 575, "salary year, paid in 13 instalments"), "salary"),
		cell(at(1, 52, 561, "Published 2 October 2040"), "Published"),
	}
	assert.Equal(t, []string{
		"field|Duty station|Lausanne, Switzerland",
		"field|Gross annual salary|CHF 92,000 – 104,000 gross per year, paid in 13 instalments",
		"field|Published|2 October 2040",
	}, assembled(lines))
	lines = []Line{
		cell(at(1, 52, 600, "Grade P-3"), "Grade"),
		cell(at(1, 52, 589, "Salary CHF 92,000 a year"), "Salary"),
	}
	assert.Equal(t, []string{"field|Grade|P-3", "field|Salary|CHF 92,000 a year"}, assembled(lines))
	// the first word of a label cell and the next row's label make a
	// label ("Work" + "Location"): the cell is read whole or not at all
	lines = []Line{
		cell(at(1, 54, 600, "Work Environment On-site (Collections Centre)"), "Work Environment"),
		cell(at(1, 54, 588, "Location Ottawa, Ontario"), "Location"),
		cell(at(1, 54, 576, "Security Requirement Reliability"), "Security Requirement"),
	}
	assert.Equal(t, []string{"field|Work Environment|On-site (Collections Centre)", "field|Location|Ottawa, Ontario",
		"field|Security Requirement|Reliability"}, assembled(lines))
	// a colon in the first line's value cell is the value's, not a
	// label's: the wrapped label still joins
	lines = []Line{
		cell(at(1, 52, 586, "Gross annual CHF 92,000 (note: tax-free), paid"), "Gross annual"),
		cell(at(1, 52, 575, "salary in 13 instalments"), "salary"),
	}
	assert.Equal(t, []string{"field|Gross annual salary|CHF 92,000 (note: tax-free), paid in 13 instalments"}, assembled(lines))
}

// TestLowerCaseWordIsNoLabelCell: a list item's last word that is also
// a label ("organisation"), beside the other half's wrapped line, is no
// label cell of a table taking that line as its value.
func TestLowerCaseWordIsNoLabelCell(t *testing.T) {
	lines := []Line{
		at(1, 50, 700, "Organisation"), at(1, 140, 700, "World Sailing"),
		at(1, 50, 688, "Location"), at(1, 140, 688, "London"),
		at(1, 50, 600, "• Experience with university sport or a student"),
		at(1, 60, 589, "organisation"),
		at(1, 306, 600, "• Expérience du sport universitaire ou d'une organisation"),
		at(1, 316, 589, "étudiante"),
	}
	for _, b := range assembled(lines) {
		assert.NotEqual(t, "field|Organisation|étudiante", b)
		assert.NotEqual(t, "field|organisation|étudiante", b)
	}
}

// A column of labels, each whole on its line, over a column of as many
// values, one a line (a table's cells stacked by a browser's print): no
// label's first word joins the next label ("Job" + "Location"), and each
// value line goes to its label. A value wrapped over two lines makes one
// line more than the labels: the lines of a paragraph join as before.
func TestColumnOfLabelsOverColumnOfValues(t *testing.T) {
	col := func(values ...string) []Line {
		lines := []Line{
			at(1, 46, 640, "Reference"), at(1, 46, 628, "Job title"), at(1, 46, 616, "Location"), at(1, 46, 604, "Closing date"),
		}
		for i, v := range values {
			lines = append(lines, at(1, 46, 590-15.75*float64(i), v))
		}
		return lines
	}
	got := assembled(col("WGO-HR-2043-0311", "Gold Room Supervisor", "Wahgnion mine site, near Banfora, Burkina Faso", "18 September 2043, 17:00 GMT"))
	assert.Equal(t, []string{"field|Reference|", "field|Job title|", "field|Location|", "field|Closing date|",
		"paragraph||WGO-HR-2043-0311", "paragraph||Gold Room Supervisor",
		"paragraph||Wahgnion mine site, near Banfora, Burkina Faso", "paragraph||18 September 2043, 17:00 GMT"}, got)
	// two labels over one value wrapped after a function word, a
	// paragraph after a gap: the value is not cut in two
	lines := []Line{at(1, 46, 640, "Job title"), at(1, 46, 628, "Location"),
		at(1, 46, 604, "Senior Programme Officer, Climate Finance and"), at(1, 46, 592, "Partnerships"),
		at(1, 46, 540, "The Fund seeks an officer to lead its partnerships.")}
	assert.NotContains(t, assembled(lines), "paragraph||Senior Programme Officer, Climate Finance and")
	got = assembled(col("WGO-HR-2043-0311", "Gold Room Supervisor", "Wahgnion mine site, near Banfora, Cascades region, in the", "south-west of Burkina Faso", "18 September 2043, 17:00 GMT"))
	assert.Equal(t, []string{"field|Reference|", "field|Job title|", "field|Location|", "field|Closing date|WGO-HR-2043-0311",
		"paragraph||Gold Room Supervisor Wahgnion mine site, near Banfora, Cascades region, in the south-west of Burkina Faso 18 September 2043, 17:00 GMT"}, got)
}
