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
