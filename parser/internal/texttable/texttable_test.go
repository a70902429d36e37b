package texttable

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// linesOf is a Lines over the lines of s.
func linesOf(s string) Lines {
	ls := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	return func(i int) (string, bool) {
		if i < 0 || i >= len(ls) {
			return "", false
		}
		return ls[i], true
	}
}

// texts renders a table's rows as the joined text of their cells:
// cells separated by " | ", a cell's lines by "/".
func texts(t Table) []string {
	var out []string
	for _, row := range t.Rows {
		var cells []string
		for _, c := range row {
			var ls []string
			for _, l := range c {
				ls = append(ls, l.Text)
			}
			cells = append(cells, strings.Join(ls, "/"))
		}
		out = append(out, strings.Join(cells, " | "))
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		pipe  bool
		kind  Kind
		end   int // the line after the table
		heads int
		want  []string
	}{
		{
			name: "grid, as pandoc writes it",
			in: `+-----------------------+-----------------------+
| ## Job details        | ## Détails du poste   |
|                       |                       |
| **Grade:** G11\       | **Grade :** G11\      |
| **Schedule:**         | **Horaire :** Temps   |
| Part-time             | partiel               |
+-----------------------+-----------------------+
| a.  prepare requests  | a.  de préparer les   |
|     for quotation;    |     demandes ;        |
+-----------------------+-----------------------+
after the table`,
			kind: Grid, end: 10,
			want: []string{
				`## Job details//**Grade:** G11\/**Schedule:**/Part-time | ## Détails du poste//**Grade :** G11\/**Horaire :** Temps/partiel`,
				"a.  prepare requests/    for quotation; | a.  de préparer les/    demandes ;",
			},
		},
		{
			name: "grid with a head and a spanning cell",
			in: `+------+------+
| EN   | FR   |
+======+======+
| VACANCY NOTE |
+------+------+
| one  | un   |
+------+------+`,
			kind: Grid, end: 7, heads: 1,
			want: []string{"EN | FR", "VACANCY NOTE", "one | un"},
		},
		{
			name: "simple, indented, ended by a blank line",
			in: `  Label      Value
  ---------- -----------
  Grade      G11
  Schedule   Part-time

after`,
			kind: Simple, end: 4, heads: 1,
			want: []string{"Label | Value", "Grade | G11", "Schedule | Part-time"},
		},
		{
			name: "simple with text to the right of its column's dashes",
			in: `    Right Left
  ------- ------
    12.50 ok
  1234.50 x
  ------- ------`,
			kind: Simple, end: 5, heads: 1,
			// Cells keep their leading spaces: the readers read
			// indentation from them.
			want: []string{"  Right | Left", "  12.50 | ok", "1234.50 | x"},
		},
		{
			name: "simple without a head",
			in: `----------- ---------
Grade       G11
Schedule    Part-time
----------- ---------`,
			kind: Simple, end: 4,
			want: []string{"Grade | G11", "Schedule | Part-time"},
		},
		{
			name: "multiline, as pandoc writes it",
			in: `  ------------------------------------------
  English               Français
  --------------------- --------------------
  The NATO Support      L'Agence OTAN de
  Agency provides.      soutien fournit.

  Primary Location:     Emplacement
  Luxembourg            principal : Lux
  ------------------------------------------
`,
			kind: Multiline, end: 9, heads: 1,
			want: []string{"English | Français", "The NATO Support/Agency provides. | L'Agence OTAN de/soutien fournit.",
				"Primary Location:/Luxembourg | Emplacement/principal : Lux"},
		},
		{
			name: "multiline without a head",
			in: `---------- ----------
one        un
line       ligne

two        deux
---------- ----------`,
			kind: Multiline, end: 6,
			want: []string{"one/line | un/ligne", "two | deux"},
		},
		{
			name: "pipe",
			in:   "| Grade | G11 |\n|:--|--:|\n| Schedule | Part\\|time |\nafter",
			pipe: true, kind: Pipe, end: 3, heads: 1,
			want: []string{"Grade | G11", "Schedule | Part|time"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := linesOf(tt.in)
			first, _ := lines(0)
			second, _ := lines(1)
			assert.True(t, MayStart(first, second, tt.pipe))
			got, ok := Parse(lines, 0, tt.pipe)
			if !assert.True(t, ok) {
				return
			}
			assert.Equal(t, tt.kind, got.Kind)
			assert.Equal(t, tt.end, got.End)
			assert.Equal(t, tt.heads, got.HeaderRows)
			assert.Equal(t, tt.want, texts(got))
		})
	}
}

func TestNotATable(t *testing.T) {
	for _, in := range []string{
		"-----\n\nA paragraph after a rule.",
		"Title\n-----\n",
		"- a list item\n- another",
		"+ a list item",
		"-- --\n",                   // dash runs too short
		"+----+----+\n| no end   |", // a border never closed
		"+----+----+\nno row\n+----+----+",
		"----- -----\nnever closed",
		"-----------\nhead\n-----------\n", // no column rule
		"| a | b |\nno delimiter",
		"A paragraph\nthat goes on.",
		"",
	} {
		if tb, ok := Parse(linesOf(in), 0, true); ok {
			t.Errorf("Parse(%q) = %v, want no table", in, texts(tb))
		}
	}
}

func TestCells(t *testing.T) {
	tb, ok := Parse(linesOf("+----+-----+\n| é  | x   |\n+----+-----+"), 0, false)
	assert.True(t, ok)
	assert.Equal(t, []Cell{{{Text: "é", Index: 1, Col: 2}}, {{Text: "x", Index: 1, Col: 7}}}, tb.Rows[0])
}

// FuzzParse: whatever the lines, Parse returns quickly a table that lies
// within them, whose cells' lines are lines of the table.
//
//	go test ./parser/internal/texttable -run='^$' -fuzz=FuzzParse -fuzztime=3m
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"+--+--+\n|a |b |\n+==+==+\n|c   d|\n+--+--+\n",
		"  a   b\n  --- ---\n  c   d\n\n",
		"-------\n a   b\n--- ---\n c   d\n\n e   f\n-------\n",
		"--- ---\nx   y\n\nz   w\n--- ---\n",
		"| a | b |\n|:-|-:|\n| c \\| d |\n",
		"+---+---+\n| é | ü |\n+---+---+\n",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, pipe bool) {
		lines := linesOf(s)
		n := strings.Count(strings.TrimSuffix(s, "\n"), "\n") + 1
		first, _ := lines(0)
		second, _ := lines(1)
		may := MayStart(first, second, pipe)
		tb, ok := Parse(lines, 0, pipe)
		if !ok {
			return
		}
		if !may {
			t.Fatalf("MayStart said no to a table")
		}
		if tb.Start != 0 || tb.End <= tb.Start || tb.End > n || tb.HeaderRows > len(tb.Rows) || len(tb.Rows) == 0 {
			t.Fatalf("table %+v out of its %d lines", tb, n)
		}
		for _, row := range tb.Rows {
			if len(row) == 0 || len(row) > maxColumns+1 {
				t.Fatalf("row of %d cells", len(row))
			}
			for _, c := range row {
				for _, l := range c {
					line, _ := lines(l.Index)
					if l.Index < tb.Start || l.Index >= tb.End || !strings.Contains(strings.ReplaceAll(line, `\`, ""), strings.ReplaceAll(strings.TrimSpace(l.Text), `\`, "")) {
						t.Fatalf("cell line %+v is not in line %d %q", l, l.Index, line)
					}
				}
			}
		}
	})
}
