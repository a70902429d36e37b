package stream

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// Bounds of a field label ("Primary Location", "Niveau de l'habilitation
// de sécurité"): the longest labels and section headings of notices are
// about 40 characters; twice that is a sentence.
const (
	MaxLabelWords = 10
	MaxLabelRunes = 80
)

// LabelShaped reports a text short enough to be a field label.
func LabelShaped(s string) bool {
	return s != "" && words.CountAtMost(s, MaxLabelWords) <= MaxLabelWords && utf8.RuneCountInString(s) <= MaxLabelRunes
}

// UnknownLabel reports a text shaped like a field label the vocabulary
// does not hold: at most maxWords words, a capital first, none of a
// sentence's punctuation ("Reserve list valid until", "Groupe
// salarial", "Exigence linguistique").
func UnknownLabel(t string, maxWords int) bool {
	return t != "" && words.StartsUpper(t) && !strings.ContainsAny(t, ".;!?:,") &&
		words.CountAtMost(t, maxWords+1) <= maxWords
}

// IsSideBySide decides how a table of the given number of columns reads,
// the same in every format. A two-column table is a side-by-side layout —
// the two halves of a notice, English | French, read column by column so
// that each language stays in one piece — when a cell holds blocks
// (paragraphs, lists, headings) and its first cells are not all labels,
// or a row's first cell is longer than a label. A table of short "label | value" rows is a list of fields, and
// any other table is read row by row. firstCells are the texts of the
// first cells of the two-cell rows.
func IsSideBySide(columns int, blocks bool, firstCells []string) bool {
	if columns != 2 {
		return false
	}
	labels := 0
	for _, c := range firstCells {
		if c != "" && !LabelShaped(c) {
			return true
		}
		if c != "" {
			labels++
		}
	}
	// Blocks in a table whose first cells are all labels ("Essential |
	// <p>…</p><p>…</p>") are values that run to paragraphs: the table
	// is read row by row, each label before its value.
	return blocks && labels < minLabelRows
}

// minLabelRows is how many label-shaped first cells make a table of
// labels and values, whatever its values hold.
const minLabelRows = 3

// IsRecordTable reports a table whose first row heads its columns and
// whose other rows are records under them ("Job title | Office |
// Process no. | Deadline", then one post a row): each record is read as
// the fields its header names. It needs minRecordColumns columns, every
// header cell shaped like a label, at least minRecordRows records of as
// many cells, and no cell holding blocks. A table of two columns is a
// list of fields or a side-by-side layout (IsSideBySide).
func IsRecordTable(header []string, records int, sameWidth, blocks bool) bool {
	if blocks || !sameWidth || len(header) < minRecordColumns || records < minRecordRows {
		return false
	}
	for _, h := range header {
		if !LabelShaped(h) {
			return false
		}
	}
	return true
}

// minRecordColumns and minRecordRows make a table of records: a table
// of two columns is a list of fields or two halves, and one row under a
// header is a record too (a notice's facts laid out in a row: "Deadline
// | Vacancy no. | Duty station" over their values).
const (
	minRecordColumns = 3
	minRecordRows    = 1
)

// WeightColumn finds, in a table whose first row heads its columns, the
// column that weighs each row's criterion ("Criterion | Essential /
// Desirable", then "A degree in law | Essential" a row): a column whose
// cells take one or two weights (Weight), each named in its head, over
// minWeighedRows rows or more. criterion is then the column of the
// longest text among the others. Each row is read as its criterion under
// its weight, "Essential: A degree in law", as a table of two columns
// "Essential | A degree in law" reads.
func WeightColumn(header []string, rows [][]string) (weight, criterion int, ok bool) {
	if len(rows) < minWeighedRows {
		return -1, -1, false
	}
	weight = -1
	for k, h := range header {
		values := map[string]bool{}
		for _, r := range rows {
			if len(r) != len(header) {
				return -1, -1, false
			}
			values[strings.ToLower(strings.TrimSpace(r[k]))] = true
		}
		if weighs(h, values) {
			weight = k
			break
		}
	}
	if weight < 0 {
		return -1, -1, false
	}
	longest := 0
	criterion = -1
	for k := range header {
		n := 0
		for _, r := range rows {
			n += len(r[k])
		}
		if k != weight && n > longest {
			criterion, longest = k, n
		}
	}
	return weight, criterion, criterion >= 0
}

// weighs reports whether a column's distinct values (lower case) are
// the weights of its rows: one or two weights, each named in the head
// ("Essential / Desirable"), or two that weigh differently whatever the
// head says ("Niveau" over "Indispensable" and "Souhaité").
func weighs(head string, values map[string]bool) bool {
	if len(values) == 0 || len(values) > 2 {
		return false
	}
	named := true
	given := map[string]bool{}
	for v := range values {
		w := Weight(v)
		if w == "" {
			return false
		}
		given[w] = true
		named = named && strings.Contains(strings.ToLower(head), v)
	}
	return named || len(given) == 2
}

// minWeighedRows is how many rows a column of weights must weigh.
const minWeighedRows = 2

// IsRowHeaded reports a table whose first row heads its columns with
// weights (Weight) over an empty corner and whose other rows each open
// with a label ("| Essential | Desirable" over "Education | A master's
// degree | A doctorate"): each row is read as its label, then each cell
// under its column's head. (A bilingual table, "| English | Français",
// is none.)
func IsRowHeaded(header []string, rows [][]string) bool {
	if len(header) < 2 || strings.TrimSpace(header[0]) != "" || len(rows) == 0 {
		return false
	}
	for _, h := range header[1:] {
		if HeadWeight(h) == "" {
			return false
		}
	}
	for _, r := range rows {
		if len(r) != len(header) || !LabelShaped(strings.TrimSpace(r[0])) {
			return false
		}
	}
	return true
}

// weights are the words a table of criteria writes to weigh each one, in
// a column of its own or as its columns' heads ("Essential",
// "Constitue un atout"), by the weight they give; lower case. vocab's
// CellWeight reads them after a criterion on its line too.
var weights = map[string]string{
	"essential": "essential", "essentiel": "essential", "essentielle": "essential", "required": "essential",
	"requis": "essential", "requise": "essential", "exigé": "essential", "exigée": "essential",
	"mandatory": "essential", "obligatoire": "essential", "indispensable": "essential",
	"asset": "desirable", "atout": "desirable", "un atout": "desirable", "constitue un atout": "desirable",
	"desirable": "desirable", "souhaitable": "desirable", "souhaité": "desirable", "souhaitée": "desirable",
	"preferred": "desirable", "advantageous": "desirable", "nice to have": "desirable", "minimum": "essential",
	// plurals, as a column's head writes them
	"essentiels": "essential", "essentielles": "essential", "exigés": "essential", "exigées": "essential",
	"requises": "essential", "indispensables": "essential", "assets": "desirable", "atouts": "desirable", "souhaitables": "desirable",
	"souhaités": "desirable", "souhaitées": "desirable",
}

// HeadWeight returns the weight a column's head gives the criteria under
// it: a weight alone, or a weight as its first or last word ("Essential
// Criteria", "Qualifications essentielles", "Essential (E)"); or "".
func HeadWeight(h string) string {
	if w := Weight(h); w != "" {
		return w
	}
	fs := strings.FieldsFunc(h, func(r rune) bool { return r == ' ' || r == '(' || r == ')' })
	if len(fs) < 2 {
		return ""
	}
	return cmp.Or(Weight(fs[0]), Weight(fs[len(fs)-1]))
}

// Weight returns the weight a cell's word gives a criterion,
// "essential" or "desirable", or "".
func Weight(s string) string {
	return weights[strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ":")))]
}
