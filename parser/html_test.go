package parser

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readHT(t testing.TB, src string, opts ...Option) ([]Block, error) {
	t.Helper()
	doc, err := readHTML(context.Background(), []byte(src), newOptions(opts))
	if err != nil {
		return nil, err
	}
	return doc.Blocks, nil
}

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []Block
	}{
		{"headings, head/script/style/nav skipped",
			"<html><head><title>T</title><style>p{}</style></head>\n<body>\n<nav>menu</nav><script>x()</script>\n<h1>Title</h1>\n<h3\nid=\"x\"><strong>What do\nwe offer?</strong></h3>\n</body></html>",
			[]Block{hd(4, 1, "Title"), hd(5, 3, "What do we offer?")}},
		{"field lines cut at <br>, run-in heading",
			"<h3>T</h3>\n<p><strong>Primary Location:</strong> Belgium-Brussels<br />\n<strong>Grade</strong> INTERN<br />\n<strong>Salaire (Base de paie)</strong> : 1 286,09Euro (EUR)\nMensuelle<br />\n<strong>Description</strong></p>",
			[]Block{hd(1, 3, "T"), fd(2, "Primary Location", "Belgium-Brussels"), fd(3, "Grade", "INTERN"),
				fd(4, "Salaire (Base de paie)", "1 286,09Euro (EUR) Mensuelle"), hd(6, 4, "Description")}},
		{"b counts as bold, colon inside, French no-break space",
			"<p><b>Grade: INTERN</b></p><p><b>Horaire</b>&nbsp;:&nbsp;Temps plein</p>",
			[]Block{fd(1, "Grade", "INTERN"), fd(1, "Horaire", "Temps plein")}},
		{"wholly bold sentences and bold lead words",
			"<p><strong>Please note that you can apply for up to three (3) different NATO HQ Internship Programme vacancies!</strong></p>\n<p><strong>NATO</strong> NORTH ATLANTIC<br/><strong>OTAN</strong> ORGANISATION</p>",
			[]Block{pa(1, "Please note that you can apply for up to three (3) different NATO HQ Internship Programme vacancies!"),
				pa(2, "NATO NORTH ATLANTIC"), pa(2, "OTAN ORGANISATION")}},
		{"inline text: links, sup, entities, white space, NFC",
			"<p>click <a href=\"#\">here</a>, <a href=\"https://x.org\">https://x.org</a>, 21<sup>st</sup>\n&amp; caf&eacute; l’e\u0301te\u0301&nbsp;&nbsp;! <img alt=\"logo\" src=\"l.png\"></p>",
			[]Block{pa(1, "click here, https://x.org, 21st & café l’été !")}},
		{"bullets and a bold label item",
			"<ul>\n<li><strong>Achievement:</strong> Works to meet standards.</li>\n<li>two</li>\n</ul>",
			[]Block{it(2, "•", 0, "Achievement: Works to meet standards."), it(3, "•", 0, "two")}},
		{"pandoc fancy lists: type, nesting, start",
			"<ol type=\"a\">\n<li>Digital\n<ol type=\"a\">\n<li>Creating</li>\n<li>Working\n<ol start=\"3\" type=\"1\">\n<li>inform</li>\n</ol></li>\n</ol></li>\n<li>Campaigns</li>\n</ol>",
			[]Block{it(2, "a.", 0, "Digital"), it(4, "a.", 1, "Creating"), it(5, "b.", 1, "Working"), it(7, "3.", 2, "inform"), it(10, "b.", 0, "Campaigns")}},
		{"list-style-type, reversed, value, upper roman",
			"<ol style=\"list-style-type: lower-roman\"><li>x</li><li>y</li><li>z</li><li>w</li></ol>" +
				"<ol reversed><li>r</li><li>s</li></ol><ol type=\"I\"><li value=\"9\">n</li><li>t</li></ol><ol style=\"list-style-type: upper-alpha\" start=\"27\"><li>aa</li></ol>",
			[]Block{it(1, "i.", 0, "x"), it(1, "ii.", 0, "y"), it(1, "iii.", 0, "z"), it(1, "iv.", 0, "w"),
				it(1, "2.", 0, "r"), it(1, "1.", 0, "s"), it(1, "IX.", 0, "n"), it(1, "X.", 0, "t"), it(1, "AA.", 0, "aa")}},
		{"loose item: paragraphs join, after a nested list they are paragraphs",
			"<ul>\n<li><p>first</p>\n<p>second</p>\n<ul><li>sub</li></ul>\n<p>after</p></li>\n<li><p>next</p></li>\n</ul>",
			[]Block{it(2, "•", 0, "first second"), it(4, "•", 1, "sub"), {Kind: Paragraph, Text: "after", Pos: Pos{Line: 5}}, it(6, "•", 0, "next")}},
		{"definition list",
			"<dl>\n<dt>Grade:</dt><dd>INTERN</dd>\n<div><dt>Schedule</dt><dd>Full-time</dd></div>\n<dt>Alone</dt>\n<dd>No label</dd>\n</dl>",
			[]Block{fd(2, "Grade", "INTERN"), fd(3, "Schedule", "Full-time"), fd(5, "Alone", "No label")}},
		{"table rows of two cells are fields",
			"<table>\n<tr><th>Grade</th><td>INTERN</td></tr>\n<tr><td>Clearance Level:</td><td>NS</td></tr>\n<tr><td colspan=2>Note</td></tr>\n</table>",
			[]Block{fd(2, "Grade", "INTERN"), fd(3, "Clearance Level", "NS"), pa(4, "Note")}},
		{"side-by-side English | French table comes out column by column",
			"<table>\n<tr><td><h2>Title</h2><p>English one.</p></td><td><h2>Titre</h2><p>Français un.</p></td></tr>\n" +
				"<tr><td><ul><li>item</li></ul></td>\n<td><ul><li>élément</li></ul></td></tr>\n</table>",
			[]Block{hd(2, 2, "Title"), pa(2, "English one."), it(3, "•", 0, "item"), hd(2, 2, "Titre"), pa(2, "Français un."), it(4, "•", 0, "élément")}},
		{"wide tables go cell by cell",
			"<table><tr><td>a</td><td>b</td><td>c</td></tr></table>",
			[]Block{pa(1, "a"), pa(1, "b"), pa(1, "c")}},
		{"text directly in containers, hidden things skipped",
			"<div>loose\ntext<p>para</p>\n\ntail<span hidden>no</span><div style=\"display: none\">no</div></div>",
			[]Block{pa(1, "loose text"), pa(2, "para"), pa(4, "tail")}},
		{"pre lines are paragraphs",
			"<pre><code>one\n\ntwo</code></pre>",
			[]Block{pa(1, "one"), pa(3, "two")}},
		{"unclosed tags as browsers read them",
			"<p>one\n<p>two\n<ul><li>a\n<li>b</ul>",
			[]Block{pa(1, "one"), pa(2, "two"), it(3, "•", 0, "a"), it(4, "•", 0, "b")}},
		{"fragment without html or body",
			"<strong>Grade:</strong> INTERN",
			[]Block{fd(1, "Grade", "INTERN")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readHT(t, tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestReadHTMLLegacyCharset(t *testing.T) {
	src := "<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9 \x80</p></body></html>"
	got, err := readHT(t, src)
	require.NoError(t, err)
	assert.Equal(t, []Block{pa(1, "café €")}, got)
}

func TestReadHTMLLimits(t *testing.T) {
	for name, src := range map[string]string{
		"divs":   strings.Repeat("<div>", 500) + "deep",
		"lists":  strings.Repeat("<ul><li>", 300) + "deep",
		"inline": "<p>" + strings.Repeat("<span>", 500) + "deep",
		"tables": strings.Repeat("<table><tr><td>", 200) + "deep",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := readHT(t, src)
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrLimit), "%v", err)
			assert.Contains(t, err.Error(), "MaxNestingDepth")
		})
	}
	_, err := readHT(t, strings.Repeat("<div>", 20)+"x", WithLimits(Limits{MaxNestingDepth: 10}))
	require.ErrorIs(t, err, ErrLimit)
	got, err := readHT(t, strings.Repeat("<div>", 20)+"x", WithLimits(Limits{MaxNestingDepth: 50}))
	require.NoError(t, err)
	assert.Equal(t, []Block{pa(1, "x")}, got)
}

func TestReadHTMLCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := readHTML(ctx, []byte("<p>x</p>"), newOptions(nil))
	require.ErrorIs(t, err, context.Canceled)
}

func TestAnnotateLinesKeepsRawText(t *testing.T) {
	src := "<script>if (a < b) { x = \"<p>\" }</script>\n<title>a <b></title><textarea><i>t</i></textarea>"
	out := string(annotateLines([]byte(src), 1))
	assert.Contains(t, out, `<script data-vacancy-line="1">if (a < b) { x = "<p>" }</script>`)
	assert.Contains(t, out, `<title data-vacancy-line="2">a <b></title>`)
	assert.Contains(t, out, `<textarea data-vacancy-line="2"><i>t</i></textarea>`)
	assert.Equal(t, "<br data-vacancy-line=\"3\"/><!--vacancy-line:5-->\n\nx",
		string(annotateLines([]byte("<br/>\n\nx"), 3)))
}

func TestHTMLCorpus(t *testing.T) {
	for _, n := range corpusNotices {
		t.Run(n.name, func(t *testing.T) {
			blocks := readCorpus(t, n.name+".html")
			checkCorpusNotice(t, n, blocks)
			assert.Equal(t, FormatHTML, DetectFormat(mustRead(t, n.name+".html"), n.name+".html"))
		})
	}
	t.Run("pdd lines", func(t *testing.T) {
		blocks := readCorpus(t, "250715-pdd.html")
		i := findBlock(blocks, Field, "Application Deadline", "")
		require.GreaterOrEqual(t, i, 0)
		assert.Equal(t, 169, blocks[i].Pos.Line)
		i = findBlock(blocks, ListItem, "", "Audience Research")
		require.GreaterOrEqual(t, i, 0)
		assert.Equal(t, it(265, "c.", 0, "Audience Research"), blocks[i])
	})
}

func mustRead(t *testing.T, file string) []byte {
	data, err := os.ReadFile(filepath.Join("..", "corpus", file))
	require.NoError(t, err)
	return data
}

func FuzzReadHTML(f *testing.F) {
	for _, n := range corpusNotices {
		if data, err := os.ReadFile(filepath.Join("..", "corpus", n.name+".html")); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<table><tr><td><p>a</p></td><td>b</td></tr></table><dl><dt>x<dd>y</dl>"))
	f.Add([]byte("<ol reversed start=-3 type=i><li value=0>x<ol><li>y</ol></ol><pre>a\nb</pre>"))
	f.Add([]byte("<svg><![CDATA[<p>]]></svg><script><!--</script><p>x<br/>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		o := newOptions([]Option{WithLimits(Limits{MaxNestingDepth: 50})})
		doc, err := readHTML(context.Background(), data, o)
		if err != nil {
			if !errors.Is(err, ErrLimit) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		for _, b := range doc.Blocks {
			if b.Pos.Line < 0 || b.Depth < 0 || (b.Kind == Heading && (b.Level < 1 || b.Level > 6)) {
				t.Fatalf("bad block %+v", b)
			}
		}
	})
}
