package markup

import (
	"context"
	"errors"
	"html"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/text"
)

// Shorthands for expected blocks.
func hd(line, level int, text string) stream.Block {
	return stream.Block{Kind: stream.Heading, Level: level, Text: text, Pos: stream.Pos{Line: line}}
}
func fd(line int, label, text string) stream.Block {
	return stream.Block{Kind: stream.Field, Label: label, Text: text, Pos: stream.Pos{Line: line}}
}
func pa(line int, text string) stream.Block {
	return stream.Block{Kind: stream.Paragraph, Text: text, Pos: stream.Pos{Line: line}}
}
func it(line int, marker string, depth int, text string) stream.Block {
	return stream.Block{Kind: stream.ListItem, Marker: marker, Depth: depth, Text: text, Pos: stream.Pos{Line: line}}
}

func readMD(t testing.TB, src string, opts ...Options) ([]stream.Block, error) {
	t.Helper()
	doc, err := ReadMarkdown(context.Background(), []byte(src), append(opts, Options{})[0])
	if err != nil {
		return nil, err
	}
	return checkCleanText(t, doc.Blocks), nil
}

// checkCleanText checks that each block's CleanText, when the reader set
// it, is its Text and is clean, then unsets it: the tests' blocks are
// written without it.
func checkCleanText(t testing.TB, blocks []stream.Block) []stream.Block {
	t.Helper()
	for i := range blocks {
		b := &blocks[i]
		if b.CleanText != "" && (b.CleanText != b.Text || words.Clean(b.Text) != b.Text) {
			t.Errorf("block %d: CleanText %q for Text %q (clean: %q)", i, b.CleanText, b.Text, words.Clean(b.Text))
		}
		b.CleanText = ""
	}
	return blocks
}

func TestReadMarkdown(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []stream.Block
	}{
		{"headings lose inline markup",
			"# Title\n\n### **What do we offer?**\n\n###### *six* `code`\n",
			[]stream.Block{hd(1, 1, "Title"), hd(3, 3, "What do we offer?"), hd(5, 6, "six code")}},
		{"setext heading",
			"Title\n=====\n",
			[]stream.Block{hd(1, 1, "Title")}},
		{"field lines with hard breaks, run-in heading one level down",
			"### T\n\n**Primary Location:** Belgium-Brussels  \n**Application Deadline:** 22-Jun-2025  \n**Grade** INTERN\\\n**Description**\n",
			[]stream.Block{hd(1, 3, "T"), fd(3, "Primary Location", "Belgium-Brussels"), fd(4, "Application Deadline", "22-Jun-2025"),
				fd(5, "Grade", "INTERN"), hd(6, 4, "Description")}},
		{"French labels with a space or no-break space before the colon",
			"**Emplacement principal** :Belgique-Bruxelles  \n**Horaire**\u00a0: Temps plein  \n**Salaire** : 1 286,09Euro\n",
			[]stream.Block{fd(1, "Emplacement principal", "Belgique-Bruxelles"), fd(2, "Horaire", "Temps plein"), fd(3, "Salaire", "1 286,09Euro")}},
		{"colon inside the bold with the value",
			"**Grade: INTERN**\n",
			[]stream.Block{fd(1, "Grade", "INTERN")}},
		{"bold line alone is a level-4 heading when no heading came before",
			"**Special Notice:**\n\nText.\n",
			[]stream.Block{hd(1, 4, "Special Notice:"), pa(3, "Text.")}},
		{"bold run-in headings do not sink deeper and deeper",
			"## A\n\n**One**\n\n**Two**\n",
			[]stream.Block{hd(1, 2, "A"), hd(3, 3, "One"), hd(5, 3, "Two")}},
		{"a wholly bold sentence stays a paragraph",
			"**Please note that you can apply for up to three (3) different NATO HQ Internship Programme vacancies!**\n\n" +
				"**Apply until 22 June 2025, at 23:59, Brussels time**\n\n**Vous pouvez postuler pour trois (3) stages !**\n",
			[]stream.Block{pa(1, "Please note that you can apply for up to three (3) different NATO HQ Internship Programme vacancies!"),
				pa(3, "Apply until 22 June 2025, at 23:59, Brussels time"), pa(5, "Vous pouvez postuler pour trois (3) stages !")}},
		{"a bold word starting a line of text is no field on its own",
			"**NATO** NORTH ATLANTIC TREATY ORGANIZATION\n",
			[]stream.Block{pa(1, "NATO NORTH ATLANTIC TREATY ORGANIZATION")}},
		{"bold inside a sentence is just text",
			"Webinar on **11/06/2025 at 4pm CET**. Register: now\n",
			[]stream.Block{pa(1, "Webinar on 11/06/2025 at 4pm CET. Register: now")}},
		{"links keep their text, autolinks their address",
			"click [here](#) or <https://x.org/a_b?c=1> or [https://y.org](https://y.org/long) ![logo](l.png)\n",
			[]stream.Block{pa(1, "click here or https://x.org/a_b?c=1 or https://y.org")}},
		{"sup and sub are joined to their word",
			"the 21<sup>st</sup> century, XXI<sup>e</sup> siècle, H<sub>2</sub>O\n",
			[]stream.Block{pa(1, "the 21st century, XXIe siècle, H2O")}},
		{"escapes and entities",
			"[https://z/WN\\\\_Hdnq](https://z/WN_Hdnq) Peace &amp; Security \\*not bold\\* &eacute;\n",
			[]stream.Block{pa(1, "https://z/WN\\_Hdnq Peace & Security *not bold* é")}},
		{"white space collapsed, NFC, typographic characters kept",
			"a\u00a0\u00a0b\u202f:\nc  d\tl’e\u0301te\u0301 « x »\n",
			[]stream.Block{pa(1, "a b : c d l’été « x »")}},
		{"indented letterhead is text, not code",
			"\t<b>NATO</b>\tNORTH ATLANTIC TREATY\n\t<b>OTAN</b>\tORGANISATION DU TRAITÉ\n\n## VACANCY\n",
			[]stream.Block{pa(1, "NATO NORTH ATLANTIC TREATY"), pa(2, "OTAN ORGANISATION DU TRAITÉ"), hd(4, 2, "VACANCY")}},
		{"fenced code lines are paragraphs",
			"```\nline one\n\nline two\n```\n",
			[]stream.Block{pa(2, "line one"), pa(4, "line two")}},
		{"bullets become •, a bold label in an item stays an item",
			"- **Achievement:** Works to meet standards.\n* star\n",
			[]stream.Block{it(1, "•", 0, "Achievement: Works to meet standards."), it(2, "•", 0, "star")}},
		{"ordered markers from the start and the delimiter",
			"3) three\n7) four\n\n1. one\n1. two\n",
			[]stream.Block{it(1, "3)", 0, "three"), it(2, "4)", 0, "four"), it(4, "1.", 0, "one"), it(5, "2.", 0, "two")}},
		{"nested lists",
			"1. a\n   - b\n     1. c\n2. d\n",
			[]stream.Block{it(1, "1.", 0, "a"), it(2, "•", 1, "b"), it(3, "1.", 2, "c"), it(4, "2.", 0, "d")}},
		{"item paragraphs join; after a nested list they are paragraphs at the item's depth",
			"- first\n  line\n\n  second\n\n  - sub\n\n  after\n- next\n",
			[]stream.Block{it(1, "•", 0, "first line second"), it(6, "•", 1, "sub"),
				{Kind: stream.Paragraph, Text: "after", Depth: 0, Pos: stream.Pos{Line: 8}}, it(9, "•", 0, "next")}},
		{"hard break inside an item is a space",
			"- a  \n  b\n",
			[]stream.Block{it(1, "•", 0, "a b")}},
		{"pandoc fancy lists nest by indentation",
			"We do:\n\na)  one\n    a.  sub one\n        1.  deep\n        2.  deeper\n    b.  sub two\n    continued\nb)  two\n(c) three\n",
			[]stream.Block{pa(1, "We do:"), it(3, "a)", 0, "one"), it(4, "a.", 1, "sub one"), it(5, "1.", 2, "deep"), it(6, "2.", 2, "deeper"),
				it(7, "b.", 1, "sub two continued"), it(9, "b)", 0, "two"), it(10, "(c)", 0, "three")}},
		{"roman fancy list",
			"i. one\nii. two\n",
			[]stream.Block{it(1, "i.", 0, "one"), it(2, "ii.", 0, "two")}},
		{"fancy list inside a list item is one level down",
			"- x\n\n  a) y\n  b) z\n",
			[]stream.Block{it(1, "•", 0, "x"), it(3, "a)", 1, "y"), it(4, "b)", 1, "z")}},
		{"no fancy list",
			"A. Smith wrote this.\n\ne.g. this\n",
			[]stream.Block{pa(1, "A. Smith wrote this."), pa(3, "e.g. this")}},
		{"table of labels is fields",
			"| Primary Location | Belgium |\n|:--|:--|\n| Grade: | G15 |\n| | lone |\n",
			[]stream.Block{fd(1, "Primary Location", "Belgium"), fd(3, "Grade", "G15"), pa(4, "lone")}},
		{"raw HTML block goes through the HTML reader",
			"text\n\n<table>\n<tr><td>Grade</td><td>INTERN</td></tr>\n</table>\n\n# After\n",
			[]stream.Block{pa(1, "text"), fd(4, "Grade", "INTERN"), hd(7, 1, "After")}},
		{"block quotes are read through",
			"> quoted **Label:** no\n>\n> - item\n",
			[]stream.Block{pa(1, "quoted Label: no"), it(3, "•", 0, "item")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readMD(t, tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestMarkdownTables checks our GFM table transformer (mdtable.go): the
// rows and cells it makes (cell text as the reader reads it, padding
// included) and the blocks that come out.
func TestMarkdownTables(t *testing.T) {
	type rows = [][]string
	tests := []struct {
		name   string
		src    string
		tables []rows // nil: no table
		want   []stream.Block
	}{
		{"two-column label table is fields",
			"| Grade | G15 |\n|---|---|\n| Application Deadline: | 22-Jun-2025 |\n",
			[]rows{{{"Grade", "G15"}, {"Application Deadline:", "22-Jun-2025"}}},
			[]stream.Block{fd(1, "Grade", "G15"), fd(3, "Application Deadline", "22-Jun-2025")}},
		{"header only",
			"| Grade | G15 |\n|--|--|\n",
			[]rows{{{"Grade", "G15"}}},
			[]stream.Block{fd(1, "Grade", "G15")}},
		{"escaped pipe, in text and in a code span",
			"| a \\| b | `x \\| y` | c |\n|--|--|--|\n",
			[]rows{{{"a | b", "x | y", "c"}}},
			[]stream.Block{pa(1, "a | b"), pa(1, "x | y"), pa(1, "c")}},
		{"outer pipes are optional",
			"Grade | G15\n--- | ---\n| Status | Open\nType | Full time |\n",
			[]rows{{{"Grade", "G15"}, {"Status", "Open"}, {"Type", "Full time"}}},
			[]stream.Block{fd(1, "Grade", "G15"), fd(3, "Status", "Open"), fd(4, "Type", "Full time")}},
		{"alignment colons",
			"| a | b | c |\n|:--|:-:| --: |\n| d | e | f |\n",
			[]rows{{{"a", "b", "c"}, {"d", "e", "f"}}},
			[]stream.Block{fd(3, "a", "d"), fd(3, "b", "e"), fd(3, "c", "f")}},
		{"paragraph lines before the header stay a paragraph",
			"Intro text\nmore\n| Grade | G15 |\n|--|--|\n",
			[]rows{{{"Grade", "G15"}}},
			[]stream.Block{pa(1, "Intro text more"), fd(3, "Grade", "G15")}},
		{"short rows are padded, long ones cut",
			"| a | b | c |\n|--|--|--|\n| d |\n| e | f | g | h |\n",
			[]rows{{{"a", "b", "c"}, {"d", "", ""}, {"e", "f", "g"}}},
			// (Read as records under the header, an empty cell no field.)
			[]stream.Block{fd(3, "a", "d"), fd(4, "a", "e"), fd(4, "b", "f"), fd(4, "c", "g")}},
		{"a header over records: each cell a field under its head",
			"| Job title | Office | Deadline |\n|--|--|--|\n| Driver | Brussels | 19 June 2026 |\n| Clerk | Mons | 3 July 2026 |\n",
			[]rows{{{"Job title", "Office", "Deadline"}, {"Driver", "Brussels", "19 June 2026"}, {"Clerk", "Mons", "3 July 2026"}}},
			[]stream.Block{fd(3, "Job title", "Driver"), fd(3, "Office", "Brussels"), fd(3, "Deadline", "19 June 2026"),
				fd(4, "Job title", "Clerk"), fd(4, "Office", "Mons"), fd(4, "Deadline", "3 July 2026")}},
		{"a table of criteria, a column weighing each",
			"| Criterion | Essential / Desirable |\n|--|--|\n| A degree in law. | Essential |\n| Field experience. | Desirable |\n",
			[]rows{{{"Criterion", "Essential / Desirable"}, {"A degree in law.", "Essential"}, {"Field experience.", "Desirable"}}},
			[]stream.Block{fd(3, "Essential", "A degree in law."), fd(4, "Desirable", "Field experience.")}},
		{"labels stacked in one cell over values stacked in the next",
			"| | |\n|--|--|\n| Contract Type:<br>Grade: | Fixed Term<br>G2 |\n",
			[]rows{{{"", ""}, {"Contract Type: Grade:", "Fixed Term G2"}}},
			[]stream.Block{fd(3, "Contract Type", "Fixed Term"), fd(3, "Grade", "G2")}},
		{"one record under a header: the facts laid out in a row",
			"| Deadline | Vacancy no. | Duty station |\n|--|--|--|\n| 8 June 2026 | TJO/2026/041 | Bria |\n",
			[]rows{{{"Deadline", "Vacancy no.", "Duty station"}, {"8 June 2026", "TJO/2026/041", "Bria"}}},
			[]stream.Block{fd(3, "Deadline", "8 June 2026"), fd(3, "Vacancy no.", "TJO/2026/041"), fd(3, "Duty station", "Bria")}},
		{"a header of two columns over one row: a header row and a field",
			"| Grade | G15 |\n|--|--|\n| Location | Mons |\n",
			[]rows{{{"Grade", "G15"}, {"Location", "Mons"}}},
			[]stream.Block{fd(1, "Grade", "G15"), fd(3, "Location", "Mons")}},
		{"header with more cells than the delimiter row: no table",
			"| a | b | c |\n|--|--|\n| d | e |\n",
			nil,
			[]stream.Block{pa(1, "| a | b | c | |--|--| | d | e |")}},
		{"header with fewer cells is padded (goldmark does so)",
			"| a |\n|--|--|\n| b | c |\n",
			[]rows{{{"a", ""}, {"b", "c"}}},
			[]stream.Block{fd(1, "a", ""), fd(3, "b", "c")}},
		{"not delimiter rows: dashes only, bad column, indented as code",
			"a\n-\n\nb|c\n-|-x\n\nd|e\n    -|-\n",
			nil,
			[]stream.Block{hd(1, 2, "a"), pa(4, "b|c -|-x"), pa(7, "d|e -|-")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.tables, mdTableRows(t, tc.src))
			got, err := readMD(t, tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// mdTableRows parses src and returns the text of every cell of every
// top-level table.
func mdTableRows(t *testing.T, src string) [][][]string {
	t.Helper()
	data := []byte(src)
	root := goldmark.New(goldmark.WithParserOptions(mdTables)).Parser().Parse(text.NewReader(data))
	r := &mdReader{src: data, sb: newStreamBuilder(context.Background(), Options{})}
	var tables [][][]string
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Kind() != kindMdTable {
			continue
		}
		var rows [][]string
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			require.Equal(t, kindMdTableRow, row.Kind())
			var cells []string
			for c := row.FirstChild(); c != nil; c = c.NextSibling() {
				require.Equal(t, kindMdTableCell, c.Kind())
				runs, err := r.inlines(c, 0)
				require.NoError(t, err)
				cells = append(cells, runsText(runs))
			}
			rows = append(rows, cells)
		}
		tables = append(tables, rows)
	}
	return tables
}

func TestReadMarkdownLimits(t *testing.T) {
	for name, src := range map[string]string{
		"quotes":           strings.Repeat(">", 200) + " deep\n",
		"bullets one line": strings.Repeat("- ", 200) + "deep\n",
		"indented lists":   deepMDList(150),
		"emphasis":         strings.Repeat("*a ", 300) + "x" + strings.Repeat(" a*", 300) + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := readMD(t, src)
			require.Error(t, err)
			assert.True(t, errors.Is(err, failure.ErrLimit), "%v", err)
			assert.Contains(t, err.Error(), "nesting limit")
		})
	}
	// The limit is the caller's.
	_, err := readMD(t, strings.Repeat(">", 20)+" deep\n", Options{MaxNesting: 10})
	require.ErrorIs(t, err, failure.ErrLimit)
	_, err = readMD(t, strings.Repeat(">", 20)+" deep\n", Options{MaxNesting: 50})
	require.NoError(t, err)
}

func deepMDList(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}

func TestReadMarkdownCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ReadMarkdown(ctx, []byte("# x\n"), Options{})
	require.ErrorIs(t, err, context.Canceled)
}

// corpusNotice is what the corpus tests expect of the Markdown and HTML
// renderings of one notice.
type corpusNotice struct {
	name      string
	essential int    // list items under the "Essential:" heading
	frenchH2  string // the French title heading (h2)
}

var corpusNotices = []corpusNotice{
	{"250697-osg", 5, "Programme de stages de l'OTAN - Bureau de la/du secrétaire général(e) (250697)"},
	{"250709-jis", 4, "Programme de stages de l’OTAN - Division Renseignement et Sécurité (JIS) (250709)"},
	{"250715-pdd", 4, "Programme de stages de l’OTAN - Division Diplomatie publique (PDD) (250715)"},
	{"250833-ihc", 4, "Programme de stages de l'OTAN - Division Innovation, hybride et cyber (IHC) (250833)"},
}

// corpusDir is the corpus of the repository.
const corpusDir = "../../../corpus"

// readCorpus reads a Markdown or HTML corpus file as the parser does:
// typed list markers become list items after the reader.
func readCorpus(t *testing.T, file string) []stream.Block {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, file))
	require.NoError(t, err)
	read := ReadMarkdown
	if strings.HasSuffix(file, ".html") {
		read = ReadHTML
	}
	doc, err := read(context.Background(), data, Options{})
	require.NoError(t, err)
	stream.TypedListItems(doc.Blocks)
	return doc.Blocks
}

func findBlock(blocks []stream.Block, kind stream.Kind, label, text string) int {
	for i, b := range blocks {
		if b.Kind == kind && b.Label == label && (text == "" || b.Text == text) {
			return i
		}
	}
	return -1
}

// checkCorpusNotice asserts the blocks every rendering of a notice must
// yield.
func checkCorpusNotice(t *testing.T, n corpusNotice, blocks []stream.Block) {
	t.Helper()
	i := findBlock(blocks, stream.Field, "Application Deadline", "22-Jun-2025")
	require.GreaterOrEqual(t, i, 0, "Application Deadline field")
	assert.Positive(t, blocks[i].Pos.Line)
	assert.GreaterOrEqual(t, findBlock(blocks, stream.Field, "Date de retrait", "22-juin-2025"), 0, "Date de retrait field")
	assert.GreaterOrEqual(t, findBlock(blocks, stream.Field, "Primary Location", "Belgium-Brussels"), 0)
	assert.GreaterOrEqual(t, findBlock(blocks, stream.Field, "Emplacement principal", "Belgique-Bruxelles"), 0)
	assert.GreaterOrEqual(t, findBlock(blocks, stream.Field, "Grade", "INTERN"), 0)
	assert.GreaterOrEqual(t, findBlock(blocks, stream.Heading, "", "Description"), 0)

	e := findBlock(blocks, stream.Heading, "", "Essential:")
	require.GreaterOrEqual(t, e, 0, "Essential: heading")
	items := 0
	for _, b := range blocks[e+1:] {
		if b.Kind == stream.Heading {
			break
		}
		if b.Kind == stream.ListItem {
			items++
		}
	}
	assert.Equal(t, n.essential, items, "items under Essential:")

	f := findBlock(blocks, stream.Heading, "", n.frenchH2)
	require.GreaterOrEqual(t, f, 0, "French title")
	assert.Equal(t, 2, blocks[f].Level)
	assert.Greater(t, f, e, "French half after the English one")

	for _, b := range blocks {
		assert.NotContains(t, b.Text, "**", b.String())
		assert.NotContains(t, b.Text, "<", b.String())
		assert.NotContains(t, b.Text, "  ", b.String())
		assert.Positive(t, b.Pos.Line, b.String())
	}
	if n.name == "250833-ihc" {
		assert.GreaterOrEqual(t, findBlockContaining(blocks, "the challenges of the 21st century"), 0)
		assert.GreaterOrEqual(t, findBlockContaining(blocks, "défis du XXIe siècle"), 0)
	}
	if n.name == "250697-osg" {
		assert.GreaterOrEqual(t, findBlock(blocks, stream.Paragraph, "", "https://us06web.zoom.us/webinar/register/WN\\_HdnqpN5hSDaM-t7JB8IAuQ"), 0)
		assert.Equal(t, pa(3, "NATO NORTH ATLANTIC TREATY ORGANIZATION INTERNATIONAL STAFF").Text, blocks[0].Text)
	}
}

// checkSourceLines checks that every block of a corpus file points at
// the source line where it starts: that line holds the first word of the
// block's text (or of its label) or, in HTML, where an element's start
// tag spreads over lines, one of the two lines after it does.
func checkSourceLines(t *testing.T, file string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, file))
	require.NoError(t, err)
	lines := strings.Split(string(data), "\n")
	for _, b := range readCorpus(t, file) {
		// The first run of letters: markup and escapes may sit around
		// or inside the first word ("**Emplacement**", "WN\\_x").
		first := strings.FieldsFunc(b.Label+" "+b.Text, func(r rune) bool { return !unicode.IsLetter(r) })[0]
		require.True(t, b.Pos.Line >= 1 && b.Pos.Line <= len(lines), "%s: %v out of range", file, b)
		near := lines[b.Pos.Line-1]
		if strings.HasSuffix(file, ".html") {
			near = strings.Join(lines[b.Pos.Line-1:min(len(lines), b.Pos.Line+2)], " ")
		}
		assert.Contains(t, html.UnescapeString(near), first, "%s: %v", file, b)
	}
}

func findBlockContaining(blocks []stream.Block, s string) int {
	for i, b := range blocks {
		if strings.Contains(b.Text, s) {
			return i
		}
	}
	return -1
}

func TestMarkdownCorpus(t *testing.T) {
	for _, n := range corpusNotices {
		t.Run(n.name, func(t *testing.T) {
			checkCorpusNotice(t, n, readCorpus(t, n.name+".md"))
		})
	}
	t.Run("pandoc fancy lists nest by marker style", func(t *testing.T) {
		// "c)" items hold "a." items, which hold "1." items.
		blocks := readCorpus(t, "250715-pdd.md")
		i := findBlock(blocks, stream.ListItem, "", "Audience Research")
		require.GreaterOrEqual(t, i, 0)
		assert.Equal(t, []string{"c)", "a.", "1."}, []string{blocks[i].Marker, blocks[i+1].Marker, blocks[i+2].Marker})
		assert.Equal(t, []int{0, 1, 2}, []int{blocks[i].Depth, blocks[i+1].Depth, blocks[i+2].Depth})
	})
	t.Run("source lines", func(t *testing.T) {
		for _, n := range corpusNotices {
			checkSourceLines(t, n.name+".md")
		}
	})
}

// TestMarkdownHTMLAgree compares the two streams of each notice: the HTML
// files are pandoc's rendering of the Markdown ones, so apart from source
// lines they must agree, except that HTML cannot tell "a)" from "a.".
func TestMarkdownHTMLAgree(t *testing.T) {
	norm := func(bs []stream.Block) []stream.Block {
		out := make([]stream.Block, len(bs))
		for i, b := range bs {
			b.Pos = stream.Pos{}
			b.Marker = strings.ReplaceAll(b.Marker, ")", ".")
			out[i] = b
		}
		return out
	}
	for _, n := range corpusNotices {
		t.Run(n.name, func(t *testing.T) {
			md := readCorpus(t, n.name+".md")
			ht := readCorpus(t, n.name+".html")
			assert.Equal(t, norm(md), norm(ht))
		})
	}
}

func FuzzReadMarkdown(f *testing.F) {
	for _, n := range corpusNotices {
		if data, err := os.ReadFile(filepath.Join(corpusDir, n.name+".md")); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("a)  x\n    a.  y\n        1.  z\n"))
	f.Add([]byte("\t<b>NATO</b>\tx\n"))
	f.Add([]byte("| a | b |\n|--|--|\n| `\\|` | **c** |\n"))
	f.Add([]byte("<table><tr><td>Grade</td><td>x</td></tr></table>\n"))
	f.Add([]byte("# T {#fr .x}\n\nA2[^2] [^x] [^\n\n[^2]: note [^2]: again\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadMarkdown(context.Background(), data, Options{MaxNesting: 50})
		if err != nil {
			// A limit, or bytes that are no text (decoded as the text
			// reader decodes them).
			if !errors.Is(err, failure.ErrLimit) && !errors.Is(err, failure.ErrUnsupported) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		for _, b := range doc.Blocks {
			if b.Pos.Line < 0 || b.Depth < 0 || (b.Kind == stream.Heading && (b.Level < 1 || b.Level > 6)) {
				t.Fatalf("bad block %+v", b)
			}
		}
	})
}

// TestNewlines checks newlines against a loop over every byte.
func TestNewlines(t *testing.T) {
	for _, s := range []string{"", "a", "\n", "\n\n", "a\nb", "a\nb\n", "\na\n\nbc\n"} {
		var want []int
		for i, c := range []byte(s) {
			if c == '\n' {
				want = append(want, i)
			}
		}
		if got := newlines([]byte(s)); !slices.Equal(got, want) {
			t.Errorf("newlines(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSearchIntsIsSortSearchInts(t *testing.T) {
	for n := 0; n <= 40; n++ {
		a := make([]int, n)
		for i := range a {
			a[i] = 3*i + i%2 // increasing, with gaps
		}
		for x := -2; x <= 3*n+2; x++ {
			if got, want := searchInts(a, x), sort.SearchInts(a, x); got != want {
				t.Fatalf("searchInts(%v, %d) = %d, want %d", a, x, got, want)
			}
		}
	}
}

// A page clipped to Markdown keeps its facts one a line without breaks:
// each line is a block of its own. Prose wrapped over lines stays one
// paragraph.
func TestMarkdownFactLines(t *testing.T) {
	blocks, err := readMD(t, "**Reference number:** OPC26J-018853-000014\\\nOffice of the Privacy Commissioner of Canada - Compliance Sector\nGatineau (Québec)\nPM-05\nIndeterminate\n$92,467 to $100,118\n")
	require.NoError(t, err)
	var texts []string
	for _, b := range blocks {
		texts = append(texts, b.Text)
	}
	assert.Equal(t, []string{"OPC26J-018853-000014", "Office of the Privacy Commissioner of Canada - Compliance Sector",
		"Gatineau (Québec)", "PM-05", "Indeterminate", "$92,467 to $100,118"}, texts)

	blocks, err = readMD(t, "The Compliance Sector investigates complaints\nunder the two federal privacy laws and reviews\nbreach reports submitted by organizations.\n")
	require.NoError(t, err)
	assert.Len(t, blocks, 1)
}

// A chat's post pasted as Markdown: its lines, each dressed with an
// emoji, are facts (which the lexicon reads later) and items of their
// own; an emoji that opens two lines
// in a row is their list's bullet, any other is decoration.
func TestMarkdownEmojiLines(t *testing.T) {
	got := mdShapes(t, "🔖 Référence : EdM/TG/RH/2033/11\n📍 Lieu : Lomé ⏱\n⏱ Temps de travail : Temps plein\n\n"+
		"**✅ Indispensable**\n▫️ Master en statistiques ou équivalent\n▫️ Trois ans d'expérience en suivi-évaluation\n")
	assert.Equal(t, []string{
		"paragraph||Référence : EdM/TG/RH/2033/11",
		"paragraph||Lieu : Lomé",
		"paragraph||Temps de travail : Temps plein",
		"heading||Indispensable",
		"item||Master en statistiques ou équivalent",
		"item||Trois ans d'expérience en suivi-évaluation",
	}, got)

	// A line wrapped after an emoji's line goes on with it.
	got = mdShapes(t, "🌍 We are an international NGO working in thirty countries to protect forests\nand the people who depend on them.\n"+
		"🤝 We offer a friendly team and flexible hours\nfor every member of staff.\n")
	assert.Equal(t, []string{
		"paragraph||We are an international NGO working in thirty countries to protect forests and the people who depend on them.",
		"paragraph||We offer a friendly team and flexible hours for every member of staff.",
	}, got)

	// A line in capitals after the items is a line of its own.
	got = mdShapes(t, "✅ Master en statistiques\n✅ Trois ans d'expérience en analyse de données\nEnvoyez votre CV à jobs@acme.example\n")
	assert.Equal(t, []string{
		"item||Master en statistiques",
		"item||Trois ans d'expérience en analyse de données",
		"paragraph||Envoyez votre CV à jobs@acme.example",
	}, got)
}

// mdShapes reads src as Markdown and returns its blocks as
// "kind|label|text".
func mdShapes(t *testing.T, src string) []string {
	t.Helper()
	blocks, err := readMD(t, src)
	require.NoError(t, err)
	var out []string
	for _, b := range blocks {
		out = append(out, b.Kind.String()+"|"+b.Label+"|"+b.Text)
	}
	return out
}

func TestWithoutHeadingAttributes(t *testing.T) {
	for in, want := range map[string]string{
		"Registraire des collections (poste temporaire) {#fr}": "Registraire des collections (poste temporaire)",
		"Profile {.unnumbered}":                                "Profile",
		"Offer {#offer .section lang=en}":                      "Offer",
		"Use {braces} as written":                              "Use {braces} as written",
		"Set {a b}":                                            "Set {a b}",
		"[]{#_Hlk168402231 .anchor}Analyst, Business Affairs":  "Analyst, Business Affairs",
	} {
		assert.Equal(t, want, withoutHeadingAttributes(in), in)
	}
}

// pandoc's attributes after an image, over two lines, are no text.
func TestImageAttributesAreNoText(t *testing.T) {
	blocks, err := readMD(t, "![](media/image1.png){width=\"1.6in\"\nheight=\"0.55in\"}\n\n**JOB OFFER**\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range blocks {
		assert.NotContains(t, b.Text, "width=", "a block reads the image's attributes")
	}
	if assert.NotEmpty(t, blocks) {
		assert.Equal(t, "JOB OFFER", blocks[len(blocks)-1].Text)
	}
}

// A wrapped line that opens with a bold label is a field of its own: a
// board's employer line over "**Location** London (Hybrid)", joined to it
// by a soft break only. A bold word inside a sentence's lines stays.
func TestBoldLabelAfterSoftBreak(t *testing.T) {
	got, err := readMD(t, "International Planned Parenthood Federation\n**Location:** London (Hybrid)  \n**Salary:** £48,500 per year\n\nThe team works\n**closely** with donors.\n")
	require.NoError(t, err)
	assert.Equal(t, []stream.Block{
		pa(1, "International Planned Parenthood Federation"),
		fd(2, "Location", "London (Hybrid)"),
		fd(3, "Salary", "£48,500 per year"),
		pa(5, "The team works closely with donors."),
	}, got)
}

// TestTypedBullets: a text pasted as Markdown draws its lists with a
// typographic bullet that Markdown reads as text; its lines are items,
// after the lines before them.
func TestTypedBullets(t *testing.T) {
	blocks, err := readMD(t, "### Document\n\nVos tâches\n·\tVous examinez les demandes ;\n·\tVous conseillez les requérants ;\n\n• one\n• two\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range blocks {
		got = append(got, b.Kind.String()+"|"+b.Marker+"|"+b.Text)
	}
	assert.Equal(t, []string{"heading||Document", "paragraph||Vos tâches", "item|·|Vous examinez les demandes ;",
		"item|·|Vous conseillez les requérants ;", "item|•|one", "item|•|two"}, got)
}

// TestTypedBulletsGlued: bullets glued to their words read as no list,
// and the paragraph keeps all its text.
func TestTypedBulletsGlued(t *testing.T) {
	blocks, err := readMD(t, "Vos tâches\n·Vous examinez les demandes ;\n·Vous conseillez les requérants ;\n")
	if err != nil {
		t.Fatal(err)
	}
	var text string
	for _, b := range blocks {
		text += b.Text + " "
	}
	assert.Contains(t, text, "Vous examinez les demandes")
	assert.Contains(t, text, "Vous conseillez les requérants")
}
