package markup

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

func readHT(t testing.TB, src string, opts ...Options) ([]stream.Block, error) {
	t.Helper()
	doc, err := ReadHTML(context.Background(), []byte(src), append(opts, Options{})[0])
	if err != nil {
		return nil, err
	}
	return checkCleanText(t, doc.Blocks), nil
}

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []stream.Block
	}{
		{"headings, head/script/style/nav skipped",
			"<html><head><title>T</title><style>p{}</style></head>\n<body>\n<nav>menu</nav><script>x()</script>\n<h1>Title</h1>\n<h3\nid=\"x\"><strong>What do\nwe offer?</strong></h3>\n</body></html>",
			[]stream.Block{hd(4, 1, "Title"), hd(5, 3, "What do we offer?")}},
		{"field lines cut at <br>, run-in heading",
			"<h3>T</h3>\n<p><strong>Primary Location:</strong> Belgium-Brussels<br />\n<strong>Grade</strong> INTERN<br />\n<strong>Salaire (Base de paie)</strong> : 1 286,09Euro (EUR)\nMensuelle<br />\n<strong>Description</strong></p>",
			[]stream.Block{hd(1, 3, "T"), fd(2, "Primary Location", "Belgium-Brussels"), fd(3, "Grade", "INTERN"),
				fd(4, "Salaire (Base de paie)", "1 286,09Euro (EUR) Mensuelle"), hd(6, 4, "Description")}},
		{"a column weighs each row's criterion",
			"<table>\n<tr><th>#</th><th>Criterion</th><th>Essential / Desirable</th></tr>\n<tr><td>1</td><td>A degree in law.</td><td>Essential</td></tr>\n<tr><td>2</td><td>Field experience.</td><td>Desirable</td></tr>\n</table>",
			[]stream.Block{fd(3, "Essential", "A degree in law."), fd(4, "Desirable", "Field experience.")}},
		{"rows under an empty corner, each opening with its label",
			"<table>\n<tr><th></th><th>Essential</th><th>Desirable</th></tr>\n<tr><th>Education</th><td>A master's degree.</td><td>A doctorate.</td></tr>\n</table>",
			[]stream.Block{hd(3, 4, "Education"), fd(3, "Essential", "A master's degree."), fd(3, "Desirable", "A doctorate.")}},
		{"b counts as bold, colon inside, French no-break space",
			"<p><b>Grade: INTERN</b></p><p><b>Horaire</b>&nbsp;:&nbsp;Temps plein</p>",
			[]stream.Block{fd(1, "Grade", "INTERN"), fd(1, "Horaire", "Temps plein")}},
		{"wholly bold sentences and bold lead words",
			"<p><strong>Please note that you can apply for up to three (3) different NATO HQ Internship Programme vacancies!</strong></p>\n<p><strong>NATO</strong> NORTH ATLANTIC<br/><strong>OTAN</strong> ORGANISATION</p>",
			[]stream.Block{pa(1, "Please note that you can apply for up to three (3) different NATO HQ Internship Programme vacancies!"),
				pa(2, "NATO NORTH ATLANTIC"), pa(2, "OTAN ORGANISATION")}},
		{"inline text: links, sup, entities, white space, NFC",
			"<p>click <a href=\"#\">here</a>, <a href=\"https://x.org\">https://x.org</a>, 21<sup>st</sup>\n&amp; caf&eacute; l’e\u0301te\u0301&nbsp;&nbsp;! <img alt=\"logo\" src=\"l.png\"></p>",
			[]stream.Block{pa(1, "click here, https://x.org, 21st & café l’été !")}},
		{"bullets and a bold label item",
			"<ul>\n<li><strong>Achievement:</strong> Works to meet standards.</li>\n<li>two</li>\n</ul>",
			[]stream.Block{it(2, "•", 0, "Achievement: Works to meet standards."), it(3, "•", 0, "two")}},
		{"pandoc fancy lists: type, nesting, start",
			"<ol type=\"a\">\n<li>Digital\n<ol type=\"a\">\n<li>Creating</li>\n<li>Working\n<ol start=\"3\" type=\"1\">\n<li>inform</li>\n</ol></li>\n</ol></li>\n<li>Campaigns</li>\n</ol>",
			[]stream.Block{it(2, "a.", 0, "Digital"), it(4, "a.", 1, "Creating"), it(5, "b.", 1, "Working"), it(7, "3.", 2, "inform"), it(10, "b.", 0, "Campaigns")}},
		{"list-style-type, reversed, value, upper roman",
			"<ol style=\"list-style-type: lower-roman\"><li>x</li><li>y</li><li>z</li><li>w</li></ol>" +
				"<ol reversed><li>r</li><li>s</li></ol><ol type=\"I\"><li value=\"9\">n</li><li>t</li></ol><ol style=\"list-style-type: upper-alpha\" start=\"27\"><li>aa</li></ol>",
			[]stream.Block{it(1, "i.", 0, "x"), it(1, "ii.", 0, "y"), it(1, "iii.", 0, "z"), it(1, "iv.", 0, "w"),
				it(1, "2.", 0, "r"), it(1, "1.", 0, "s"), it(1, "IX.", 0, "n"), it(1, "X.", 0, "t"), it(1, "AA.", 0, "aa")}},
		{"loose item: paragraphs join, after a nested list they are paragraphs",
			"<ul>\n<li><p>first</p>\n<p>second</p>\n<ul><li>sub</li></ul>\n<p>after</p></li>\n<li><p>next</p></li>\n</ul>",
			[]stream.Block{it(2, "•", 0, "first second"), it(4, "•", 1, "sub"), {Kind: stream.Paragraph, Text: "after", Pos: stream.Pos{Line: 5}}, it(6, "•", 0, "next")}},
		{"definition list",
			"<dl>\n<dt>Grade:</dt><dd>INTERN</dd>\n<div><dt>Schedule</dt><dd>Full-time</dd></div>\n<dt>Alone</dt>\n<dd>No label</dd>\n</dl>",
			[]stream.Block{fd(2, "Grade", "INTERN"), fd(3, "Schedule", "Full-time"), fd(5, "Alone", "No label")}},
		{"table rows of two cells are fields",
			"<table>\n<tr><th>Grade</th><td>INTERN</td></tr>\n<tr><td>Clearance Level:</td><td>NS</td></tr>\n<tr><td colspan=2>Note</td></tr>\n</table>",
			[]stream.Block{fd(2, "Grade", "INTERN"), fd(3, "Clearance Level", "NS"), pa(4, "Note")}},
		{"side-by-side English | French table comes out column by column",
			"<table>\n<tr><td><h2>Title</h2><p>English one.</p></td><td><h2>Titre</h2><p>Français un.</p></td></tr>\n" +
				"<tr><td><ul><li>item</li></ul></td>\n<td><ul><li>élément</li></ul></td></tr>\n</table>",
			[]stream.Block{hd(2, 2, "Title"), pa(2, "English one."), it(3, "•", 0, "item"), hd(2, 2, "Titre"), pa(2, "Français un."), it(4, "•", 0, "élément")}},
		{"a table of two halves of two columns each reads half by half",
			"<table>\n<tr><td colspan=2>VACANCY NOTIFICATION</td><td colspan=2>NOTIFICATION DE LA VACANCE DU POSTE</td></tr>\n" +
				"<tr><td><b>Schedule</b></td><td>Full-time</td><td><b>Horaire</b></td><td>Temps plein</td></tr>\n" +
				"<tr><td colspan=2><p>English one.</p><p>Two.</p></td><td colspan=2><p>Français un.</p></td></tr>\n</table>",
			[]stream.Block{pa(2, "VACANCY NOTIFICATION"), fd(3, "Schedule", "Full-time"), pa(4, "English one."), pa(4, "Two."),
				pa(2, "NOTIFICATION DE LA VACANCE DU POSTE"), fd(3, "Horaire", "Temps plein"), pa(4, "Français un.")}},
		{"a cell across the middle: no halves",
			"<table><tr><td>a</td><td colspan=2>b</td><td>c</td></tr></table>",
			[]stream.Block{pa(1, "a"), pa(1, "b"), pa(1, "c")}},
		{"a header row of <th> over records: each cell a field under its head",
			"<table>\n<tr><th>Job title</th><th>Office</th><th>Deadline</th></tr>\n<tr><td>Driver</td><td>Brussels</td><td>19 June 2026</td></tr>\n" +
				"<tr><td>Clerk</td><td></td><td>3 July 2026</td></tr>\n</table>",
			[]stream.Block{fd(3, "Job title", "Driver"), fd(3, "Office", "Brussels"), fd(3, "Deadline", "19 June 2026"),
				fd(4, "Job title", "Clerk"), fd(4, "Deadline", "3 July 2026")}},
		{"labels stacked in one cell over values stacked in the next",
			"<table><tr><td>Department/Unit:<br>Contract Type:<br>Grade:</td><td>Public Sector Operations<br>Fixed Term<br>G2</td></tr></table>",
			[]stream.Block{fd(1, "Department/Unit", "Public Sector Operations"), fd(1, "Contract Type", "Fixed Term"), fd(1, "Grade", "G2")}},
		{"wide tables go cell by cell",
			"<table><tr><td>a</td><td>b</td><td>c</td></tr></table>",
			[]stream.Block{pa(1, "a"), pa(1, "b"), pa(1, "c")}},
		{"text directly in containers, hidden things skipped",
			"<div>loose\ntext<p>para</p>\n\ntail<span hidden>no</span><div style=\"display: none\">no</div></div>",
			[]stream.Block{pa(1, "loose text"), pa(2, "para"), pa(4, "tail")}},
		{"a language's pane hidden behind its tab is kept",
			"<div lang=\"en\"><p>Data Analyst</p></div>\n<div lang=\"fr\" hidden><p>Analyste de données</p></div>",
			[]stream.Block{pa(1, "Data Analyst"), pa(2, "Analyste de données")}},
		{"noscript and template skipped when the page has its own text",
			"<noscript><p>Please turn on JavaScript to use this site.</p></noscript>\n<h1>Data Analyst</h1>\n<p>You will build the dashboards of the unit and keep them current.</p>\n<template><p>{{title}} — {{place}}</p></template>",
			[]stream.Block{hd(2, 1, "Data Analyst"), pa(3, "You will build the dashboards of the unit and keep them current.")}},
		{"noscript and template read when they hold most of the page",
			"<header>Careers</header><div id=\"app\">Loading…</div>\n<noscript>\n<h1>Data Analyst</h1>\n<dl><dt>Location</dt><dd>Gatineau</dd></dl>\n</noscript>\n<template lang=\"fr\"><h1>Analyste de données</h1>\n<p>Lieu : Gatineau</p></template>",
			[]stream.Block{pa(1, "Careers"), pa(1, "Loading…"), hd(3, 1, "Data Analyst"), fd(4, "Location", "Gatineau"),
				hd(6, 1, "Analyste de données"), pa(7, "Lieu : Gatineau")}},
		{"pre lines are paragraphs",
			"<pre><code>one\n\ntwo</code></pre>",
			[]stream.Block{pa(1, "one"), pa(3, "two")}},
		{"unclosed tags as browsers read them",
			"<p>one\n<p>two\n<ul><li>a\n<li>b</ul>",
			[]stream.Block{pa(1, "one"), pa(2, "two"), it(3, "•", 0, "a"), it(4, "•", 0, "b")}},
		{"fragment without html or body",
			"<strong>Grade:</strong> INTERN",
			[]stream.Block{fd(1, "Grade", "INTERN")}},
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
	assert.Equal(t, []stream.Block{pa(1, "café €")}, got)

	// A page declared in a charset the reader does not carry is refused
	// by name; a valid UTF-8 page is never decoded, whatever it declares.
	_, err = readHT(t, "<meta charset=Shift_JIS><p>\x8b\x81\x90\x6c</p>")
	require.ErrorIs(t, err, failure.ErrUnsupported)
	assert.EqualError(t, err, "unsupported HTML charset shift_jis: only UTF-8, UTF-16 and single-byte charsets are read (convert the page to UTF-8)")
	got, err = readHT(t, "<meta charset=Shift_JIS><p>café</p>")
	require.NoError(t, err)
	assert.Equal(t, []stream.Block{pa(1, "café")}, got)
}

func TestSniffCharset(t *testing.T) {
	const koi8r = "<meta charset=koi8-r>"
	tests := []struct {
		name  string
		src   string
		want  string // the encoding's WHATWG name; "" for none
		label string
		bom   int
	}{
		// Byte order marks, which beat any <meta>.
		{"UTF-8 BOM", "\xef\xbb\xbf<p>caf\xe9", "UTF-8", "", 3},
		{"UTF-16LE BOM", "\xff\xfe<\x00p\x00>\x00", "UTF-16LE", "", 2},
		{"UTF-16BE BOM", "\xfe\xff\x00<\x00p\x00>", "UTF-16BE", "", 2},
		{"BOM beats meta", "\xef\xbb\xbf<meta charset=windows-1251>", "UTF-8", "", 3},

		// <meta charset>.
		{"double quotes", `<meta charset="windows-1252">`, "windows-1252", "windows-1252", 0},
		{"single quotes", `<meta charset='windows-1250'>`, "windows-1250", "windows-1250", 0},
		{"unquoted, upper case", `<META CHARSET=ISO-8859-15>`, "ISO-8859-15", "iso-8859-15", 0},
		{"spaces around = and in the value", "<meta charset = \" latin1\t\" >", "windows-1252", "latin1", 0},
		{"iso-8859-1 is windows-1252", `<meta charset="ISO-8859-1">`, "windows-1252", "iso-8859-1", 0},
		{"us-ascii is windows-1252", `<meta charset=us-ascii>`, "windows-1252", "us-ascii", 0},
		{"self-closing, space before the slash", `<meta charset=koi8-r />`, "KOI8-R", "koi8-r", 0},
		{"slash after meta", `<meta/charset=koi8-r>`, "KOI8-R", "koi8-r", 0},
		{"newline after meta", "<meta\ncharset=koi8-r>", "KOI8-R", "koi8-r", 0},
		{"unquoted value takes the slash", `<meta charset=koi8-r/>`, "", "", 0},
		{"metacharset is no meta", `<metacharset=koi8-r>`, "", "", 0},
		{"first of duplicate attributes", `<meta charset=koi8-r charset=windows-1251>`, "KOI8-R", "koi8-r", 0},
		{"after a doctype, head and other metas", "<!DOCTYPE html>\n<html lang=fr><head>\n<meta name=\"viewport\" content=\"width=device-width\">\n" + koi8r, "KOI8-R", "koi8-r", 0},
		{"unknown label skipped, next meta read", `<meta charset=bogus><meta charset=windows-1250>`, "windows-1250", "windows-1250", 0},
		{"empty label", `<meta charset=""><meta charset=windows-1250>`, "windows-1250", "windows-1250", 0},
		{"UTF-16 declared means UTF-8", `<meta charset="utf-16">`, "UTF-8", "utf-16", 0},
		{"x-user-defined means windows-1252", `<meta charset=x-user-defined>`, "windows-1252", "x-user-defined", 0},
		{"other single-byte charsets", `<meta charset=cp1251>`, "windows-1251", "cp1251", 0},
		{"macintosh", `<meta charset=mac>`, "macintosh", "mac", 0},
		{"unsupported charsets are named", `<meta charset="Shift_JIS">`, "Shift_JIS", "shift_jis", 0},
		{"unsupported alias", `<meta charset=sjis>`, "Shift_JIS", "sjis", 0},
		{"gbk", `<meta charset=gb2312>`, "GBK", "gb2312", 0},
		{"euc-kr", `<meta charset=euc-kr>`, "EUC-KR", "euc-kr", 0},

		// <meta http-equiv="Content-Type" content="…; charset=…">.
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">`, "ISO-8859-15", "iso-8859-15", 0},
		{"content before http-equiv, upper case", `<META CONTENT='text/html;CHARSET=ISO-8859-2' HTTP-EQUIV='content-type'>`, "ISO-8859-2", "iso-8859-2", 0},
		{"quoted label in content", `<meta http-equiv=content-type content="text/html; charset='windows-1251'">`, "windows-1251", "windows-1251", 0},
		{"spaces around = in content", `<meta http-equiv=content-type content="text/html; charset = koi8-u ; x">`, "KOI8-U", "koi8-u", 0},
		{"charset word without =, then the real one", `<meta http-equiv=content-type content="charset; charset=koi8-u">`, "KOI8-U", "koi8-u", 0},
		{"unmatched quote in content", `<meta http-equiv=content-type content="text/html; charset='koi8-r">`, "", "", 0},
		{"content without http-equiv", `<meta name=description content="text/html; charset=koi8-r">`, "", "", 0},
		{"http-equiv other than content-type", `<meta http-equiv=refresh content="0; charset=koi8-r">`, "", "", 0},
		{"charset attribute beats content", `<meta http-equiv=content-type content="text/html; charset=koi8-r" charset=windows-1251>`, "windows-1251", "windows-1251", 0},
		{"failed charset attribute stops content", `<meta charset=bogus http-equiv=content-type content="text/html; charset=koi8-r">`, "", "", 0},

		// What is not a <meta>.
		{"comment", `<!-- <meta charset=koi8-r> --><meta charset=windows-1250>`, "windows-1250", "windows-1250", 0},
		{"<!--> is a whole comment", `<!-->` + koi8r, "KOI8-R", "koi8-r", 0},
		{"unclosed comment", `<!-- ` + koi8r, "", "", 0},
		{"attribute value of another tag", `<a title="<meta charset=koi8-r>">x</a>`, "", "", 0},
		{"end tag attributes", `</p title="<meta charset=koi8-r>">`, "", "", 0},
		{"processing instruction", `<?xml version="1.0" encoding="iso-8859-2"?>` + koi8r, "KOI8-R", "koi8-r", 0},
		{"bogus markup declaration", `<!x <meta charset=windows-1251>>` + koi8r, "KOI8-R", "koi8-r", 0},
		{"lone < and text", "a < b <3 caf\xe9 " + koi8r, "KOI8-R", "koi8-r", 0},

		// The first 1024 bytes only, and nothing cut off.
		{"meta ending at byte 1024", strings.Repeat(" ", 1024-len(koi8r)) + koi8r, "KOI8-R", "koi8-r", 0},
		{"meta cut at byte 1024", strings.Repeat(" ", 1025-len(koi8r)) + koi8r, "", "", 0},
		{"meta after byte 1024", strings.Repeat("<p>x</p>", 200) + koi8r, "", "", 0},
		{"unterminated meta", `<meta charset=koi8-r`, "", "", 0},
		{"unterminated quote", `<meta charset="koi8-r>`, "", "", 0},

		// Nothing declared.
		{"no declaration", "<p>caf\xe9</p>", "", "", 0},
		{"empty", "", "", "", 0},
		{"lone <", "<", "", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sniffCharset([]byte(tc.src))
			name := ""
			if got.charset != nil {
				name = got.charset.name
			}
			assert.Equal(t, tc.want, name, "charset")
			assert.Equal(t, tc.label, got.label, "label")
			assert.Equal(t, tc.bom, got.bom, "BOM")
		})
	}
}

// TestHTMLCharsetTable checks the label table against x/text's htmlindex
// (the WHATWG table the reader used before; linked into the tests only):
// every label names the same encoding, and every single-byte encoding
// decodes every byte the same.
func TestHTMLCharsetTable(t *testing.T) {
	seen := map[string]bool{}
	for i := range htmlCharsets {
		cs := &htmlCharsets[i]
		assert.Same(t, cs, lookupCharset(strings.ToLower(cs.name)), "the name of %s is one of its labels", cs.name)
		for l := range strings.FieldsSeq(cs.labels) {
			assert.False(t, seen[l], "label %q twice", l)
			seen[l] = true
			assert.Equal(t, strings.ToLower(l), l)
			assert.Same(t, cs, lookupCharset(l), l)
			assert.Same(t, cs, lookupCharset(" \t"+strings.ToUpper(l)+"\n"), l)
			e, err := htmlindex.Get(l)
			if !assert.NoError(t, err, l) {
				continue
			}
			name, err := htmlindex.Name(e)
			require.NoError(t, err, l)
			assert.Equal(t, name, strings.ToLower(cs.name), l)
			if _, single := cs.enc.(*charmap.Charmap); !single && cs.name != "ISO-8859-8-I" {
				continue
			}
			for b := range 256 {
				want, err := e.NewDecoder().Bytes([]byte{byte(b)})
				require.NoError(t, err)
				got, err := cs.enc.NewDecoder().Bytes([]byte{byte(b)})
				require.NoError(t, err)
				require.Equal(t, string(want), string(got), "%s byte %#x", l, b)
			}
		}
	}
	assert.Len(t, seen, 228, "the WHATWG labels (x/text's htmlindex has 228)")
	for _, l := range []string{"", " ", "utf-8 x", "\u212aoi8-r", "latin-1", "utf-32", "iso-8859-1\x00"} {
		assert.Nil(t, lookupCharset(l), "%q", l)
	}
	for i, want := range map[int]string{csUTF8: "UTF-8", csWindows1252: "windows-1252", csUTF16BE: "UTF-16BE", csUTF16LE: "UTF-16LE", csUserDefined: "x-user-defined"} {
		assert.Equal(t, want, htmlCharsets[i].name)
	}
}

func TestDecodeHTML(t *testing.T) {
	utf16 := func(e unicode.Endianness, s string) string {
		b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return string(b)
	}
	tests := []struct {
		name string
		src  string
		want string // the decoded page, or the error when it starts with "error: "
	}{
		{"declared windows-1252", "<meta charset=windows-1252>caf\xe9 \x80 \x93q\x94", "<meta charset=windows-1252>café € “q”"},
		{"declared iso-8859-1 reads windows-1252", "<meta charset=iso-8859-1>\x80", "<meta charset=iso-8859-1>€"},
		{"http-equiv iso-8859-15", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">` + "5 \xa4 \xbd", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">` + "5 € œ"},
		{"declared iso-8859-2", "<meta charset=latin2>\xa3\xf3d\xbc", "<meta charset=latin2>Łódź"},
		{"declared windows-1251", "<meta charset=windows-1251>\xcf\xf0\xe8", "<meta charset=windows-1251>При"},
		{"declared koi8-r", "<meta charset=koi8-r>\xf0\xd2\xc9", "<meta charset=koi8-r>При"},
		{"declared single-byte decodes valid UTF-8 bytes too", "<meta charset=windows-1252>caf\xc3\xa9 \xe9", "<meta charset=windows-1252>cafÃ© é"},
		{"undeclared Latin-1", "<p>caf\xe9 na\xefve \xa4</p>", "<p>café naïve ¤</p>"},
		{"undeclared, UTF-8 and stray bytes", "<p>caf\xc3\xa9 na\xefve \x80</p>", "<p>café naïve €</p>"},
		{"declared UTF-8 with stray bytes", "<meta charset=utf-8>caf\xc3\xa9 \x92q\x92", "<meta charset=utf-8>café ’q’"},
		{"UTF-16 declared in a meta reads as UTF-8", "<meta charset=utf-16>caf\xc3\xa9 \xe9", "<meta charset=utf-16>café é"},
		{"unknown label reads as undeclared", "<meta charset=latin-1>caf\xe9", "<meta charset=latin-1>café"},
		{"UTF-8 BOM dropped", "\xef\xbb\xbf<p>caf\xc3\xa9 \xe9", "<p>café é"},
		{"UTF-16LE BOM", utf16(unicode.LittleEndian, "<meta charset=windows-1252><p>café € 日本</p>"), "<meta charset=windows-1252><p>café € 日本</p>"},
		{"UTF-16BE BOM", utf16(unicode.BigEndian, "<p>café</p>"), "<p>café</p>"},
		{"UTF-16 odd length", utf16(unicode.LittleEndian, "<p>x") + "\x00", "<p>x\ufffd"},
		{"Shift_JIS refused", "<meta charset=Shift_JIS><p>\x8b\x81\x90\x6c</p>",
			"error: unsupported HTML charset shift_jis: only UTF-8, UTF-16 and single-byte charsets are read (convert the page to UTF-8)"},
		{"alias names the encoding", "<meta http-equiv=Content-Type content='text/html; charset=x-sjis'>\x8b\x81",
			"error: unsupported HTML charset x-sjis (Shift_JIS): only UTF-8, UTF-16 and single-byte charsets are read (convert the page to UTF-8)"},
		{"EUC-KR refused", "<meta charset=euc-kr>\xc7\xd1",
			"error: unsupported HTML charset euc-kr: only UTF-8, UTF-16 and single-byte charsets are read (convert the page to UTF-8)"},
		{"replacement labels name the label", "<meta charset=iso-2022-kr>\x0e\x80",
			"error: unsupported HTML charset iso-2022-kr: only UTF-8, UTF-16 and single-byte charsets are read (convert the page to UTF-8)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.False(t, utf8.ValidString(tc.src), "decodeHTML is for pages that are not UTF-8")
			got, err := decodeHTML([]byte(tc.src))
			if want, ok := strings.CutPrefix(tc.want, "error: "); ok {
				require.ErrorIs(t, err, failure.ErrUnsupported)
				var e *failure.Error
				require.ErrorAs(t, err, &e)
				assert.Equal(t, want, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(got))
		})
	}
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
			assert.True(t, errors.Is(err, failure.ErrLimit), "%v", err)
			assert.Contains(t, err.Error(), "nesting limit")
		})
	}
	_, err := readHT(t, strings.Repeat("<div>", 20)+"x", Options{MaxNesting: 10})
	require.ErrorIs(t, err, failure.ErrLimit)
	got, err := readHT(t, strings.Repeat("<div>", 20)+"x", Options{MaxNesting: 50})
	require.NoError(t, err)
	assert.Equal(t, []stream.Block{pa(1, "x")}, got)
}

func TestReadHTMLCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ReadHTML(ctx, []byte("<p>x</p>"), Options{})
	require.ErrorIs(t, err, context.Canceled)
}

func TestAnnotateLinesKeepsRawText(t *testing.T) {
	src := "<script>if (a < b) { x = \"<p>\" }</script>\n<title>a <b></title><textarea><i>t</i></textarea>"
	annotate := func(src string, line int) string {
		out, err := annotateLines(context.Background(), []byte(src), line)
		require.NoError(t, err)
		return string(out)
	}
	out := annotate(src, 1)
	assert.Contains(t, out, `<script data-vacancy-line="1">if (a < b) { x = "<p>" }</script>`)
	assert.Contains(t, out, `<title data-vacancy-line="2">a <b></title>`)
	assert.Contains(t, out, `<textarea data-vacancy-line="2"><i>t</i></textarea>`)
	assert.Equal(t, "<p data-vacancy-line=\"3\"/><!--vacancy-line:5-->\n\nx",
		annotate("<p/>\n\nx", 3))
	// Void elements are not stamped: the text after them is.
	assert.Equal(t, "<br/><!--vacancy-line:5-->\n\nx<IMG src=a>",
		annotate("<br/>\n\nx<IMG src=a>", 3))
}

func TestHTMLCorpus(t *testing.T) {
	for _, n := range corpusNotices {
		t.Run(n.name, func(t *testing.T) {
			checkCorpusNotice(t, n, readCorpus(t, n.name+".html"))
		})
	}
	t.Run("source lines", func(t *testing.T) {
		// Every block's line is the source line its text starts on.
		for _, n := range corpusNotices {
			checkSourceLines(t, n.name+".html")
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	for _, n := range corpusNotices {
		if data, err := os.ReadFile(filepath.Join(corpusDir, n.name+".html")); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<table><tr><td><p>a</p></td><td>b</td></tr></table><dl><dt>x<dd>y</dl>"))
	f.Add([]byte("<ol reversed start=-3 type=i><li value=0>x<ol><li>y</ol></ol><pre>a\nb</pre>"))
	f.Add([]byte("<svg><![CDATA[<p>]]></svg><script><!--</script><p>x<br/>"))
	f.Add([]byte("<div>x</div><noscript><h1>T</h1><p>a <b>b</noscript><template><p>c<template><i>d</template></template>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadHTML(context.Background(), data, Options{MaxNesting: 50})
		if err != nil {
			// Too deep, or a legacy page in a charset the reader refuses.
			if !errors.Is(err, failure.ErrLimit) && !(errors.Is(err, failure.ErrUnsupported) && strings.Contains(err.Error(), "unsupported HTML charset ")) {
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

// FuzzSniffCharset checks the HTML charset sniffer and decoder (charset.go)
// on any bytes:
//
//   - no panic, and nothing read past the first 1024 bytes: the same
//     answer for data and for its first 1024 bytes;
//   - the answer is an encoding of the table, and the label it reports
//     names that encoding (UTF-16 and x-user-defined read as UTF-8 and
//     windows-1252, as the WHATWG prescan says);
//   - decodeHTML gives valid UTF-8, or refuses by name (an *Error,
//     ErrUnsupported, one line naming the label) exactly the encodings
//     the table does not carry;
//   - a <meta> declaring label, put before data, is found whenever label
//     is one the table knows, in both the charset and the http-equiv form.
//
// Run it with
//
//	go test ./parser/internal/markup -run '^$' -fuzz FuzzSniffCharset -fuzztime 60s -fuzzminimizetime 0
func FuzzSniffCharset(f *testing.F) {
	pages, err := filepath.Glob(filepath.Join(corpusDir, "*.html"))
	require.NoError(f, err)
	for _, p := range pages {
		data, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(data[:min(len(data), 2048)], "windows-1252", uint8(0))
	}
	for _, s := range []struct {
		data, label string
	}{
		{"<meta charset=\"windows-1252\"><p>caf\xe9 \x80", "iso-8859-15"},
		{"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-15'>\xa4", " Latin1 "},
		{"\xff\xfe<\x00p\x00>\x00", "utf-16"},
		{"\xfe\xff\x00<\x00p", "UTF-16BE"},
		{"\xef\xbb\xbf<p>\xe9", "x-user-defined"},
		{"<!-- <meta charset=koi8-r> --><meta/charset='shift_jis'>\x8b\x81", "sjis"},
		{"<a title=\"<meta charset=koi8-r>\"></p x=<meta><?x <meta charset=gbk>?><!x>", "iso-2022-kr"},
		{"<meta http-equiv=content-type content=\"charset; charset = 'koi8-u' ;\" charset=bogus>", "euc-kr"},
		{"<meta charset=bogus http-equiv=content-type content=\"text/html; charset=koi8-r\"><meta charset=", "koi8-r"},
		{"<!--><meta charset=x-user-defined><p>caf\xe9", "macintosh"},
	} {
		f.Add([]byte(s.data), s.label, uint8(0))
		f.Add([]byte(s.data), s.label, uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, label string, form uint8) {
		// Whatever the sniffer finds is written this way; UTF-16 and
		// x-user-defined declared in a <meta> mean something else.
		meaning := func(cs *htmlCharset) *htmlCharset {
			switch cs {
			case &htmlCharsets[csUTF16BE], &htmlCharsets[csUTF16LE]:
				return &htmlCharsets[csUTF8]
			case &htmlCharsets[csUserDefined]:
				return &htmlCharsets[csWindows1252]
			}
			return cs
		}

		s := sniffCharset(data)
		if len(data) > prescanBytes {
			if head := sniffCharset(data[:prescanBytes]); head != s {
				t.Fatalf("sniffed %+v from the whole input, %+v from its first %d bytes", s, head, prescanBytes)
			}
		}
		if s.charset != nil {
			if lookupCharset(strings.ToLower(s.charset.name)) != s.charset {
				t.Fatalf("sniffed an encoding not in the table: %+v", s.charset)
			}
		}
		switch {
		case s.bom > 0:
			boms := map[string]*htmlCharset{"\xef\xbb\xbf": &htmlCharsets[csUTF8], "\xff\xfe": &htmlCharsets[csUTF16LE], "\xfe\xff": &htmlCharsets[csUTF16BE]}
			if s.label != "" || s.bom > len(data) || boms[string(data[:s.bom])] != s.charset {
				t.Fatalf("BOM %q: %+v", data[:min(len(data), s.bom)], s)
			}
		case s.label != "":
			if c := lookupCharset(s.label); c == nil || meaning(c) != s.charset {
				t.Fatalf("label %q does not name %+v", s.label, s.charset)
			}
		case s.charset != nil:
			t.Fatalf("an encoding without a label or a BOM: %+v", s)
		}

		out, err := decodeHTML(data)
		if err != nil {
			var e *failure.Error
			msg := err.Error()
			switch {
			case !errors.As(err, &e) || !errors.Is(err, failure.ErrUnsupported):
				t.Fatalf("error is not an unsupported *parser.Error: %v", err)
			case s.charset == nil || s.charset.enc != nil:
				t.Fatalf("refused %+v: %v", s.charset, err)
			case !strings.HasPrefix(msg, "unsupported HTML charset "+s.label+":") && !strings.HasPrefix(msg, "unsupported HTML charset "+s.label+" ("),
				strings.ContainsAny(msg, "\r\n"), !utf8.ValidString(msg):
				t.Fatalf("error does not name the label %q on one line: %q", s.label, msg)
			}
		} else {
			if s.charset != nil && s.charset.enc == nil {
				t.Fatalf("decoded %s, which the reader does not carry", s.charset.name)
			}
			if !utf8.Valid(out) {
				t.Fatalf("decoded to invalid UTF-8: %q", out)
			}
		}

		want := lookupCharset(label)
		if want == nil {
			return
		}
		meta := `<meta charset="` + label + `">`
		if form%2 == 1 {
			meta = `<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=` + label + `">`
		}
		if len(meta) > prescanBytes {
			return
		}
		got := sniffCharset(append([]byte(meta), data...))
		if got.charset != meaning(want) || got.label != strings.ToLower(strings.Trim(label, "\t\n\f\r ")) {
			t.Fatalf("%q then the input: sniffed %+v, want %s", meta, got, meaning(want).name)
		}
	})
}

func TestHasTag(t *testing.T) {
	for in, want := range map[string]bool{
		"<p>x</p><NoScript>y</noscript>": true,
		"<p>noscript</p>":                false,
		"<noscrip":                       false,
		"":                               false,
		"a < b <template>":               true,
	} {
		assert.Equal(t, want, hasTag([]byte(in), "noscript") || hasTag([]byte(in), "template"), in)
	}
}

// A post's bold labels set in styled letters read as plain ones in HTML
// too.
func TestDecodeHTMLStyledLetters(t *testing.T) {
	out, err := decodeHTML([]byte("<p>𝐄𝐦𝐩𝐥𝐨𝐲𝐞𝐮𝐫 : Ville de Sion</p>"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "<p>Employeur : Ville de Sion</p>"; string(out) != want {
		t.Errorf("decodeHTML = %q, want %q", out, want)
	}
}
