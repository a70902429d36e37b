package markup

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// The GFM table transformer (mdtable.go) against goldmark's own table
// extension, which it replaces at run time: the extension is imported by
// this test only, so it costs the binary nothing. Both parse the same
// inputs; the tables they find, row by row and cell by cell, and every
// other block around them must agree.

// tableShape renders the blocks of a parsed document: a table as its rows
// of cell texts, any other block as its kind and text.
func tableShape(t testing.TB, src []byte, root ast.Node) []string {
	t.Helper()
	r := &mdReader{src: src, sb: newStreamBuilder(t.Context(), Options{})}
	cellText := func(c ast.Node) string {
		runs, err := r.inlines(c, 0)
		require.NoError(t, err)
		return runsText(runs)
	}
	var out []string
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		switch n.Kind() {
		case kindMdTable, east.KindTable:
			for row := n.FirstChild(); row != nil; row = row.NextSibling() {
				var cells []string
				for c := row.FirstChild(); c != nil; c = c.NextSibling() {
					cells = append(cells, cellText(c))
				}
				out = append(out, "row |"+strings.Join(cells, "|")+"|")
			}
		default:
			out = append(out, n.Kind().String()+" "+cellText(n))
		}
	}
	return out
}

// diffTables parses src both ways and reports how many table rows the
// two agreed on.
func diffTables(t testing.TB, src string) int {
	t.Helper()
	data := []byte(src)
	ours := tableShape(t, data, goldmark.New(goldmark.WithParserOptions(mdTables)).Parser().Parse(text.NewReader(data)))
	theirs := tableShape(t, data, goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(data)))
	require.Equal(t, theirs, ours, "input %q", src)
	rows := 0
	for _, b := range ours {
		if strings.HasPrefix(b, "row |") {
			rows++
		}
	}
	return rows
}

func TestTablesAgreeWithGoldmark(t *testing.T) {
	withTables := 0
	for _, src := range randtext.Texts(11, 30000, 40, "|||---:: a b\\`*\n\n\t", "| a | b |\n|---|---|\n| c | d |\n",
		"Grade | G15\n--- | ---\n| Status | Open\n", "| a |\n|--|--|\n| b | c |\n", "| a | b | c |\n|--|--|\n",
		"x\n| a | b |\n|:-:|--:|\n", "| `a \\| b` | c |\n|--|--|\n", "    | a |\n    |--|\n", "> | a |\n> |--|\n> | b |\n",
		"- | a |\n  |--|\n  | b |\n", "| a |\n|--|\n\n| b |\n|--|\n") {
		if diffTables(t, src) > 0 {
			withTables++
		}
	}
	// The alphabet makes tables often enough for the comparison to mean
	// something.
	require.Greater(t, withTables, 500, "inputs with a table")
}

func FuzzTablesAgreeWithGoldmark(f *testing.F) {
	f.Add("| Grade | G15 |\n|---|---|\n| Application Deadline: | 22-Jun-2025 |\n")
	f.Add("| a \\| b | `x \\| y` | c |\n|--|--|--|\n")
	f.Fuzz(func(t *testing.T, src string) {
		diffTables(t, src)
	})
}
