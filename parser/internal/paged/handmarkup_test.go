package paged

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestReadHandMarkup(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a title over- and underlined, a section underlined",
			"=================\nStatistical Clerk\n=================\n\nThe unit\n~~~~~~~~\n\nWe count things.\n",
			[]string{"heading|||Statistical Clerk", "heading|||The unit", "paragraph|||We count things."}},
		{"an underline shorter than its line is no adornment",
			"We count things carefully here\n-----\n\nMore text.\n",
			[]string{"paragraph|||We count things carefully here", "paragraph|||More text."}},
		{"a field list, a line each",
			":Reference: ARC/VA/2026/011\n:Grade: P2\n:Deadline: 2 July 2026, 23:59 SAST\n",
			[]string{"field||Reference|ARC/VA/2026/011", "field||Grade|P2", "field||Deadline|2 July 2026, 23:59 SAST"}},
		{"a lone line opening with a colon stays",
			":wave: Welcome to the team page.\n",
			[]string{"paragraph|||Welcome to the team page."}},
		{"directives: their text kept, their options dropped",
			".. contents:: Contents\n   :depth: 1\n\n.. note:: This notice is published in English.\n",
			[]string{"paragraph|||Contents", "paragraph|||This notice is published in English."}},
		{"auto-numbered items",
			"Main functions:\n\n#. Prepare pricing analyses.\n#. Test the models.\n",
			[]string{"paragraph|||Main functions:", "item|•||Prepare pricing analyses.", "item|•||Test the models."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, textBlocks(t, tc.in))
		})
	}
}

// Confluence's and Jira's wiki markup: "h2." headings, "# " numbered
// items, a two-column table's rows as fields, block marks dropped.
func TestReadWikiMarkup(t *testing.T) {
	got := textBlocks(t, "{panel:title=Internal note}\nBudget line: 6120.\n{panel}\n\nh1. Partnerships Manager\n\n||Field||Details||\n|Job ID|EWB-2026-014|\n|Location|Toronto, Ontario|\n\nh2. What you'll do\n# Build a pipeline of partners\n# Prepare proposals and budgets\n")
	assert.Equal(t, []string{
		"paragraph|||Budget line: 6120.",
		"heading|||Partnerships Manager",
		"field||Job ID|EWB-2026-014",
		"field||Location|Toronto, Ontario",
		"heading|||What you'll do",
		"item|•||Build a pipeline of partners",
		"item|•||Prepare proposals and budgets",
	}, got)
	// One such heading makes no wiki page: "# " stays as written.
	got = textBlocks(t, "h1. Partnerships Manager\n\n# Build a pipeline of partners\n")
	assert.Equal(t, "paragraph|||# Build a pipeline of partners", got[len(got)-1])
}
