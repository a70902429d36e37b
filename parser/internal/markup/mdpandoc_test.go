package markup

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// sideBySideGrid is a notice laid out as pandoc draws a two-column HTML
// table in Markdown: one row per section pair, headings, "\" hard breaks,
// lists and wrapped text in the cells.
const sideBySideGrid = `+--------------------------------------+--------------------------------------+
| # Procurement Assistant (250968)     | # Assistant(e) achats (250968)       |
+--------------------------------------+--------------------------------------+
| ## Job details                       | ## Détails du poste                  |
|                                      |                                      |
| **Grade:** G11\                      | **Grade :** G11\                     |
| **Schedule:** Part-time              | **Horaire :** Temps partiel          |
+--------------------------------------+--------------------------------------+
| The incumbent will:                  | La/Le titulaire est chargé(e) :      |
|                                      |                                      |
| a.  prepare requests for quotation,  | a.  de préparer les demandes de      |
|     invitations for bid;             |     prix ;                           |
| b.  check bids.                      | b.  de vérifier les offres.          |
+--------------------------------------+--------------------------------------+
`

func TestMarkdownPandocTables(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []stream.Block
	}{
		{"a grid table of two halves reads column by column", sideBySideGrid, []stream.Block{
			hd(2, 1, "Procurement Assistant (250968)"),
			hd(4, 2, "Job details"), fd(6, "Grade", "G11"), fd(7, "Schedule", "Part-time"),
			pa(9, "The incumbent will:"),
			it(11, "a.", 0, "prepare requests for quotation, invitations for bid;"), it(13, "b.", 0, "check bids."),
			hd(2, 1, "Assistant(e) achats (250968)"),
			hd(4, 2, "Détails du poste"), fd(6, "Grade", "G11"), fd(7, "Horaire", "Temps partiel"),
			pa(9, "La/Le titulaire est chargé(e) :"),
			it(11, "a.", 0, "de préparer les demandes de prix ;"), it(13, "b.", 0, "de vérifier les offres."),
		}},
		{"a grid table of short labels is fields",
			"+----------+-----------+\n| Grade    | G11       |\n+----------+-----------+\n| Schedule | Part-time |\n+----------+-----------+\n",
			[]stream.Block{fd(2, "Grade", "G11"), fd(4, "Schedule", "Part-time")}},
		{"a simple table, indented as pandoc writes it",
			"Before.\n\n  Primary Location   Belgium-Brussels\n  ------------------ ------------------\n  **Grade**          INTERN\n\nAfter.\n",
			[]stream.Block{pa(1, "Before."), fd(3, "Primary Location", "Belgium-Brussels"), fd(5, "Grade", "INTERN"), pa(7, "After.")}},
		{"a multiline table of two halves",
			"  ----------------------------------------------------------\n  English                        Français\n  ------------------------------ ---------------------------\n" +
				"  The Agency provides logistics, L'Agence fournit des\n  procurement and support to the solutions de logistique à\n  nations of NATO.               l'OTAN.\n\n" +
				"  Second row.                    Deuxième ligne.\n  ----------------------------------------------------------\n",
			[]stream.Block{pa(2, "English"), pa(4, "The Agency provides logistics, procurement and support to the nations of NATO."), pa(8, "Second row."),
				pa(2, "Français"), pa(4, "L'Agence fournit des solutions de logistique à l'OTAN."), pa(8, "Deuxième ligne.")}},
		{"a multiline table of short rows is fields",
			"-----------------------\nLabel      Value\n---------- ------------\nSchedule   Part-time\n\nSalary     1,286.09Euro\n           Monthly\n-----------------------\n",
			[]stream.Block{fd(2, "Label", "Value"), fd(4, "Schedule", "Part-time"), fd(6, "Salary", "1,286.09Euro Monthly")}},
		{"a headerless simple table",
			"---------- ----------\nGrade      G11\nSchedule   Part-time\n---------- ----------\n",
			[]stream.Block{fd(2, "Grade", "G11"), fd(3, "Schedule", "Part-time")}},
		{"three columns read cell by cell",
			"+---+---+---+\n| a | b | c |\n+---+---+---+\n",
			[]stream.Block{pa(2, "a"), pa(2, "b"), pa(2, "c")}},
		{"a grid table in a grid cell",
			"+---------------------+---------------------+\n| +-------+-------+   | Le texte français   |\n| | Grade | G11   |   | est ici.            |\n| +-------+-------+   |                     |\n| Then a paragraph.   | Puis un paragraphe. |\n+---------------------+---------------------+\n",
			[]stream.Block{fd(3, "Grade", "G11"), pa(5, "Then a paragraph."), pa(2, "Le texte français est ici."), pa(5, "Puis un paragraphe.")}},
		// What CommonMark reads in these lines stays as it was.
		{"rules, setext headings and lists are no tables",
			"Title\n-----\n\n-----\n\n+ item\n- item\n\n---- ----\n\ntext\n",
			[]stream.Block{hd(1, 2, "Title"), it(6, "•", 0, "item"), it(7, "•", 0, "item"), pa(11, "text")}},
		{"a table needs a blank line before it",
			"A paragraph\n+----+----+\n| a  | b  |\n+----+----+\n",
			[]stream.Block{pa(1, "A paragraph +----+----+ | a | b | +----+----+")}},
		{"inside a list item, no table",
			"- item\n\n  +----+----+\n  | a  | b  |\n  +----+----+\n",
			[]stream.Block{it(1, "•", 0, "item +----+----+ | a | b | +----+----+")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readMD(t, tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestMarkdownPandocTableLimits(t *testing.T) {
	// Grid tables nested in cells, deeper than the nesting limit.
	grid := "x"
	for range 12 {
		w := len(strings.SplitN(grid, "\n", 2)[0]) + 2
		border := "+" + strings.Repeat("-", w) + "+\n"
		var b strings.Builder
		b.WriteString(border)
		for _, l := range strings.Split(grid, "\n") {
			b.WriteString("| " + l + strings.Repeat(" ", w-1-len(l)) + "|\n")
		}
		b.WriteString(border)
		grid = strings.TrimSuffix(b.String(), "\n")
	}
	_, err := readMD(t, grid+"\n", Options{MaxNesting: 8})
	require.Error(t, err)
	assert.True(t, errors.Is(err, failure.ErrLimit), "%v", err)
	_, err = readMD(t, grid+"\n", Options{MaxNesting: 100})
	require.NoError(t, err)
}

// FuzzMarkdownPandocTables reads Markdown with pandoc tables: no panic,
// an error only for a limit, and every block on a line of the input.
//
//	go test ./parser/internal/markup -run='^$' -fuzz=FuzzMarkdownPandocTables -fuzztime=3m
func FuzzMarkdownPandocTables(f *testing.F) {
	f.Add([]byte(sideBySideGrid))
	f.Add([]byte("+--+--+\n|a |b |\n+==+==+\n|c   d|\n+--+--+\n"))
	f.Add([]byte("  a   b\n  --- ---\n  c   d\n\n"))
	f.Add([]byte("-------\n a   b\n--- ---\n c   d\n\n e   f\n-------\n"))
	f.Add([]byte("--- ---\nx   y\n\nz   w\n--- ---\n"))
	f.Add([]byte("+---+---+\n| +-+-+ | x |\n| |a|b| |   |\n| +-+-+ |   |\n+---+---+\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		doc, err := ReadMarkdown(ctx, data, Options{MaxNesting: 50})
		if err != nil {
			if !errors.Is(err, failure.ErrLimit) && !errors.Is(err, failure.ErrUnsupported) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		lines := strings.Count(string(data), "\n") + strings.Count(string(data), "\r") + 1
		for _, b := range doc.Blocks {
			if b.Pos.Line < 0 || b.Pos.Line > lines || b.Depth < 0 {
				t.Fatalf("bad block %+v (%d lines)", b, lines)
			}
		}
	})
}
