package paged

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropFurniture(t *testing.T) {
	filler := func(k int) string {
		return "Sentence " + string(rune('0'+k)) + " is long enough to set the measure of this text.\n\n"
	}
	header := func(k int) string {
		return "\n                 NATO UNCLASSIFIED\n                 Page " + string(rune('0'+k)) + " of 5\n\nVacancy notice 250709 / Avis de vacance 250709\n\n"
	}
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "marking and page label mid-sentence",
			in:   "The Division works to raise its profile and\n\nNATO UNCLASSIFIED\nPage 2 of 7\n\nN A T O   U N C L A S S I F I E D\n\nto bring its achievements into public debate.\n",
			want: []string{"paragraph|||The Division works to raise its profile and to bring its achievements into public debate."},
		},
		{
			name: "mid-list item, French markings",
			in:   "1. être ressortissant(e) d'un pays membre ;\n2. avoir suivi au moins deux années d'études\n\nOTAN SANS CLASSIFICATION\n- 3 -\n\nNON CLASSIFIÉ\n   universitaires ou de niveau équivalent ;\n3. être âgé(e) de plus de 21 ans.\n",
			want: []string{"item|1.||être ressortissant(e) d'un pays membre ;", "item|2.||avoir suivi au moins deux années d'études universitaires ou de niveau équivalent ;", "item|3.||être âgé(e) de plus de 21 ans."},
		},
		{
			name: "between two items",
			in:   "1. be a national of a member state,\n\nPage 2 sur 7\nNATO UNCLASSIFIED / NON CLASSIFIÉ\n\n2. be at least 21 years old.\n",
			want: []string{"item|1.||be a national of a member state,", "item|2.||be at least 21 years old."},
		},
		{
			name: "a finished paragraph stays finished",
			in:   "The intern will learn about the key principles of the Division and NATO.\n\nNATO UNCLASSIFIED\n\nAn essential part of this internship is writing.\n",
			want: []string{"paragraph|||The intern will learn about the key principles of the Division and NATO.", "paragraph|||An essential part of this internship is writing."},
		},
		{
			name: "a bare number between lines of text is text",
			in:   "The programme lasts\n6\nmonths at most.\n",
			want: []string{"paragraph|||The programme lasts 6 months at most."},
		},
		{
			name: "a bare number next to a marking is a page number",
			in:   "The programme lasts six\nNATO UNCLASSIFIED\n4\nmonths at most.\n",
			want: []string{"paragraph|||The programme lasts six months at most."},
		},
		{
			name: "running title at the page edges",
			in: header(1) + filler(1) + "The intern will work on the cyber\n" + header(2) + "security policies of the Division.\n\n" + filler(2) +
				"Essential:\n" + header(3) + filler(3) + header(4) + filler(4),
			want: []string{
				"paragraph|||Sentence 1 is long enough to set the measure of this text.",
				"paragraph|||The intern will work on the cyber security policies of the Division.",
				"paragraph|||Sentence 2 is long enough to set the measure of this text.",
				"heading|||Essential:",
				"paragraph|||Sentence 3 is long enough to set the measure of this text.",
				"paragraph|||Sentence 4 is long enough to set the measure of this text.",
			},
		},
		{
			// The same line three times, never at a page edge: text.
			name: "repeated line inside the pages",
			in:   strings.Repeat("The candidate must:\n1. be a national of a member state.\n\n", 3),
			want: []string{
				"paragraph|||The candidate must:", "item|1.||be a national of a member state.",
				"paragraph|||The candidate must:", "item|1.||be a national of a member state.",
				"paragraph|||The candidate must:", "item|1.||be a national of a member state.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textBlocks(t, tt.in))
		})
	}
}

func TestRunningKey(t *testing.T) {
	assert.Equal(t, "page # of #", runningKey("  Page 3   of 12 "))
	assert.Equal(t, runningKey("Page 9"), runningKey("page 10"))
	assert.Equal(t, runningKey("Vacancy notice 250709"), runningKey("VACANCY  NOTICE 250710"))
}

// TestVerticalMarking: a marking printed down a page's margin, which a
// text dump gives a letter a line among the page's own lines, goes; a
// lone capital that spells nothing stays.
func TestVerticalMarking(t *testing.T) {
	in := "Allied Command Operations\nN\n\nA\n\nT\n\nO\nOur ref: FMNS/HR/26-0412\nU\n\nN\n\nC\n\nL\n\nA\n\nS\n\nS\n\nI\n\nF\n\nI\n\nE\n\nD\n\nGrade\n\nA\n"
	got := textBlocks(t, in)
	assert.Equal(t, []string{"paragraph|||Allied Command Operations", "paragraph|||Our ref: FMNS/HR/26-0412", "field||Grade|", "paragraph|||A"}, got)
}
