package extract

import (
	"slices"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// TestDateShapes holds findDates, which runs only the expressions
// dateShapes lets match, against all four run on every text.
func TestDateShapes(t *testing.T) {
	all := dateShapes{iso: true, numeric: true, dayMonth: true, monthDay: true}
	texts := randtext.Joined(36, 200000, 12, []string{
		"2025", "2026", "12", "1", "03", "20251", "st", "ND", "th", "er", "1er", "ſt", "Rd",
		" ", "  ", "\t", "\v", "\u00a0", "-", ".", "/", ",", "_", "(", ")", ":",
		"June", "juin", "sept", "Mar", "mai", "février", "Décembre", "x", "é", "k",
	},
		"Press Release (2025-034)", "Brussels, 12 March 2025", "the period 2025-2027.", "June 22, 2025",
		"22/06/2025", "22.06.2025", "2025-06-22", "1er mars 2026", "03-sept.-2025", "June 1ſt 2025",
		"22-Jun-2025", "June 22nd, 2025", "x2025-06-22", "_2025-06-22", "22/06/2025_", "22 June 2025a")
	for _, s := range texts {
		if !hasYear(s) {
			continue
		}
		if got, want := findDates(s), findDatesOf(s, all); !slices.Equal(got, want) {
			t.Fatalf("findDates(%q) = %v, want %v (shapes %+v)", s, got, want, dateShapesOf(s))
		}
	}
}
