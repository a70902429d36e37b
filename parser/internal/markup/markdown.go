package markup

import (
	"bufio"
	"bytes"
	"context"
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/textenc"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/yuin/goldmark/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The Markdown reader walks goldmark's CommonMark tree and yields the
// section stream directly (no line assembly). What CommonMark alone does
// not know, and the notices use, is handled here:
//
//   - pandoc "fancy" lists ("a)", "b.", "iv." markers, nested by
//     indentation) are plain paragraphs to goldmark; a paragraph whose first
//     line starts with such a marker is split into list items;
//   - an indented code block (the tab-indented "<b>NATO</b>" letterhead of
//     Word-converted notices) is text, one paragraph per line, tags stripped;
//   - GFM tables (mdtable.go) and pandoc's grid, simple and multiline
//     tables (mdpandoc.go, whose cells are Markdown documents of their
//     own): a two-column table of short labels is a field list, one of
//     two halves of a notice comes out column by column
//     (stream.IsSideBySide);
//   - raw HTML blocks go through the HTML reader; inline <b>/<strong> count
//     as bold and <br> as a hard break, other tags vanish (<sup>st</sup>
//     becomes "st" glued to its neighbour: "21st").
//
// List items: the paragraphs of an item before its first nested list are
// joined into the item's Text (one string per item, as the extractor
// wants); anything after a nested list is emitted as Paragraph blocks with
// the item's Depth. Ordered markers are the ordinal (list start + index)
// with the delimiter written ("1.", "1)"); bullets are "•".

// ReadMarkdown reads a Markdown document into the section stream.
func ReadMarkdown(ctx context.Context, data []byte, opts Options) (*stream.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The same bytes as any text format: a BOM, UTF-16, CR line ends or
	// Windows-1252 are decoded as the text reader decodes them. A file
	// that needs it is copied (twice, as a string and as bytes): the
	// copies are charged, and given back when there were none.
	decodeCost := 2 * int64(len(data))
	if err := budget.Charge(ctx, decodeCost); err != nil {
		return nil, err
	}
	in := data
	data, err := textenc.Bytes(data)
	if err != nil {
		return nil, err
	}
	if len(in) == 0 || len(data) > 0 && &data[0] == &in[0] {
		budget.From(ctx).Release(decodeCost)
	}
	// goldmark recurses over the block tree while parsing, so deeply nested
	// quotes or lists must be refused before it sees them.
	sb := newStreamBuilder(ctx, opts)
	if end, date := frontMatter(data); end > 0 {
		// The metadata is no part of the notice: its lines are read as
		// blank lines (a copy, charged), so that the lines after it keep
		// their numbers.
		if err := budget.Charge(ctx, int64(len(data))); err != nil {
			return nil, err
		}
		blank := bytes.Count(data[:end], []byte{'\n'})
		data = append(bytes.Repeat([]byte{'\n'}, blank), data[end:]...)
		sb.date = date
	}
	// One pass over the lines finds the nesting, what goldmark would
	// spend (guard.go) and where the lines end (three passes, each a
	// search for every line's end, cost a notice 2 % of its parse).
	scan := scanMarkdown(data)
	if d := scan.nesting; d > sb.maxNesting {
		return nil, failure.Limitf(failure.LimitNesting, int64(sb.maxNesting), "Markdown nested %d levels deep, more than the nesting limit of %d", d, sb.maxNesting)
	}
	// What goldmark would spend, in memory and time (guard.go).
	cost, err := scan.check(ctx, len(data))
	if err != nil {
		return nil, err
	}
	// GFM tables are the one extension (mdtable.go): notices converted from
	// Word carry their field block as a two-column table.
	md := newMDParser(ctx, len(data))
	root, err := md.parse(data)
	if err != nil {
		return nil, err
	}
	r := &mdReader{src: data, sb: sb, md: md, nl: scan.newlines}
	if err := r.children(root, 0, 0); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if labels := footnoteLabels(data); labels != nil {
		dropFootnoteMarks(r.sb.blocks, labels)
	}
	return r.sb.document(cost)
}

// frontMatter finds a YAML metadata block at the start of a Markdown
// file (pandoc's, Jekyll's, Hugo's): a line "---", lines of "key: value"
// (the first one such a line), and a closing "---" or "..." within the
// first 100 lines. It returns the offset just after the closing line, 0
// when there is no such block, and the ISO 8601 date of its "date:" key,
// "" when it has none.
func frontMatter(data []byte) (end int, date string) {
	line, rest, ok := bytes.Cut(data, []byte{'\n'})
	if !ok || string(bytes.TrimRight(line, " \t\r")) != "---" {
		return 0, ""
	}
	off := len(line) + 1
	for i := 0; i < 100 && len(rest) > 0; i++ {
		line, rest, _ = bytes.Cut(rest, []byte{'\n'})
		off += len(line) + 1
		t := string(bytes.TrimRight(line, " \t\r"))
		if t == "---" || t == "..." {
			if i == 0 {
				return 0, "" // "---" twice: two rules, no metadata
			}
			return min(off, len(data)), date
		}
		key, value, isPair := strings.Cut(t, ":")
		if i == 0 && (!isPair || !yamlKey(key)) {
			return 0, "" // a rule and a paragraph, not metadata
		}
		if isPair && strings.TrimSpace(key) == "date" && date == "" {
			date = stream.ISODate(strings.Trim(strings.TrimSpace(value), `"'`))
		}
	}
	return 0, ""
}

// yamlKey reports a plain YAML mapping key: letters, digits, '_' and '-'.
func yamlKey(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

type mdReader struct {
	src     []byte
	str     string // src as a string, made by segText when first needed
	nl      []int  // offsets of '\n' in src, to turn offsets into lines
	sb      *streamBuilder
	md      *mdParser // the document's parser, for its tables' cells
	lines   []int     // a table cell's document: the source line of each of its lines
	rawBold int       // open <b>/<strong> raw HTML tags in the current paragraph
}

// newlines returns the offset of every '\n' in data, found with
// bytes.IndexByte rather than by reading every byte in a loop of ours
// (which cost a notice as much as the guard's scan of it).
func newlines(data []byte) []int {
	nl := make([]int, 0, bytes.Count(data, []byte{'\n'}))
	for off := 0; ; {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return nl
		}
		nl = append(nl, off+i)
		off += i + 1
	}
}

// segText is the text of seg, whose bytes in r.src are v, as a string: a
// slice of one copy of the whole source rather than a copy of each text
// node's bytes, an allocation per node. A segment with padding (spaces
// goldmark adds before it) has bytes of its own.
func (r *mdReader) segText(seg text.Segment, v []byte) string {
	if seg.Padding != 0 {
		return string(v)
	}
	if r.str == "" {
		r.str = string(r.src)
	}
	return r.str[seg.Start:seg.Stop]
}

// lineOf is the 1-based line of byte offset off; 0 when unknown.
func (r *mdReader) lineOf(off int) int {
	if off < 0 || off > len(r.src) {
		return 0
	}
	if r.lines != nil {
		return r.subLineOf(off)
	}
	return searchInts(r.nl, off) + 1
}

// searchInts is sort.SearchInts(a, x), the index of the first of the
// sorted a that is at least x, for offsets into a document (a and x are
// at least 0 and far below the largest int, so a[i]-x cannot overflow).
// It has no branch on the comparisons: each step adds half or nothing by
// a mask made of the sign of a[i]-x, and the number of steps depends on
// len(a) alone. sort.SearchInts branched on each comparison, half of
// them guessed wrong, for every block and inline run whose line is
// looked up. (The compiler makes no conditional move of an if here.)
func searchInts(a []int, x int) int {
	if len(a) == 0 {
		return 0
	}
	base, n := 0, len(a)
	for n > 1 {
		half := n / 2
		base += half & ((a[base+half] - x) >> 63) // half where a[base+half] < x
		n -= half
	}
	return base + int(uint(a[base]-x)>>63) // one more where a[base] < x
}

// nodeLine finds the source line where a block starts.
func (r *mdReader) nodeLine(n ast.Node) int {
	for i := 0; n != nil && i < 8; i++ {
		if p := n.Pos(); p >= 0 {
			return r.lineOf(p)
		}
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			return r.lineOf(n.Lines().At(0).Start)
		}
		n = n.FirstChild()
	}
	return 0
}

// children walks the blocks under parent. listDepth is the Depth a list
// opened here gets; paragraphs get listDepth-1 (the item they continue).
func (r *mdReader) children(parent ast.Node, depth, listDepth int) error {
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		if err := r.block(c, depth+1, listDepth); err != nil {
			return err
		}
	}
	return nil
}

func (r *mdReader) block(n ast.Node, depth, listDepth int) error {
	if err := r.sb.check(depth, "Markdown"); err != nil {
		return err
	}
	paraDepth := max(listDepth-1, 0)
	switch n := n.(type) {
	case *ast.Heading:
		runs, err := r.inlines(n, depth)
		if err != nil {
			return err
		}
		r.sb.heading(n.Level, withoutHeadingAttributes(runsText(runs)), r.nodeLine(n))
	case *ast.Paragraph, *ast.TextBlock:
		runs, err := r.inlines(n, depth)
		if err != nil {
			return err
		}
		if !r.fancyList(runs, listDepth) {
			if head, items := beforeTypedBullets(runs); items != nil && fancyStart(items) {
				// "Vos tâches" / "·<TAB>Vous examinez…": a text pasted as
				// Markdown, its list drawn with a typographic bullet
				// that Markdown does not know.
				r.sb.paragraph(head, paraDepth, r.nodeLine(n))
				r.fancyList(items, listDepth)
			} else {
				r.sb.paragraph(runs, paraDepth, r.nodeLine(n))
			}
		}
	case *ast.List:
		return r.list(n, depth, listDepth)
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		r.codeBlock(n, paraDepth)
	case *ast.HTMLBlock:
		var b bytes.Buffer
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.Write(seg.Value(r.src))
		}
		if n.HasClosure() {
			b.Write(n.ClosureLine.Value(r.src))
		}
		return readHTMLInto(r.sb, b.Bytes(), r.nodeLine(n), depth, listDepth)
	case *mdTable:
		return r.table(n, depth, paraDepth)
	case *pandocTable:
		return r.pandocTable(n, depth, paraDepth)
	case *ast.ThematicBreak, *ast.LinkReferenceDefinition:
	default: // blockquotes and containers from extensions: their content
		return r.children(n, depth, listDepth)
	}
	return nil
}

func (r *mdReader) list(l *ast.List, depth, listDepth int) error {
	i := 0
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		marker := stream.BulletMarker
		if l.IsOrdered() {
			marker = strconv.Itoa(l.Start+i) + string(l.Marker)
		}
		i++
		if err := r.item(c, marker, depth+1, listDepth); err != nil {
			return err
		}
	}
	return nil
}

func (r *mdReader) item(li ast.Node, marker string, depth, listDepth int) error {
	if err := r.sb.check(depth, "Markdown"); err != nil {
		return err
	}
	var runs, fancy []run
	c := li.FirstChild()
	for ; c != nil; c = c.NextSibling() {
		if c.Kind() != ast.KindParagraph && c.Kind() != ast.KindTextBlock {
			break
		}
		more, err := r.inlines(c, depth+1)
		if err != nil {
			return err
		}
		if len(runs) > 0 && fancyStart(more) {
			// A sub-list in pandoc's fancy style, not more item text.
			fancy, c = more, c.NextSibling()
			break
		}
		if len(runs) == 0 {
			runs = more // the item's first paragraph, most items' only one
			continue
		}
		runs = append(runs, run{brk: softBreak})
		runs = append(runs, more...)
	}
	r.sb.item(marker, listDepth, runs, r.nodeLine(li))
	if fancy != nil {
		r.fancyList(fancy, listDepth+1)
	}
	for ; c != nil; c = c.NextSibling() {
		if err := r.block(c, depth+1, listDepth+1); err != nil {
			return err
		}
	}
	return nil
}

func (r *mdReader) table(t *mdTable, depth, paraDepth int) error {
	var rows [][][]run
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells [][]run
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			runs, err := r.inlines(c, depth+1)
			if err != nil {
				return err
			}
			cells = append(cells, runs)
		}
		rows = append(rows, cells)
	}
	r.sb.inlineTable(rows, paraDepth, r.nodeLine(t))
	return nil
}

// inlines flattens the inline content of a block into runs.
func (r *mdReader) inlines(n ast.Node, depth int) ([]run, error) {
	// Room for a run and a line break per child: a paragraph's runs are
	// then not grown step by step from one.
	out := make([]run, 0, 2*n.ChildCount())
	r.rawBold = 0
	err := r.inline(n, depth, 0, &out)
	return out, err
}

func (r *mdReader) inline(parent ast.Node, depth, bold int, out *[]run) error {
	// attrs is set from an image to the end of the attributes pandoc
	// writes after it, over lines ("![](logo.png){width="1.6in"" /
	// "height="0.5in"}"): layout, no text.
	attrs := false
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if err := r.sb.check(depth+1, "Markdown"); err != nil {
			return err
		}
		isBold := bold > 0 || r.rawBold > 0
		if t, ok := n.(*ast.Text); ok && attrs {
			v := t.Segment.Value(r.src)
			if i := bytes.IndexByte(v, '}'); i >= 0 {
				attrs = false
				if i+1 == len(v) {
					continue
				}
				t.Segment = t.Segment.WithStart(t.Segment.Start + i + 1)
			} else {
				continue
			}
		}
		switch n := n.(type) {
		case *ast.Text:
			v := n.Segment.Value(r.src)
			var s string
			switch {
			case !n.IsRaw() && (bytes.IndexByte(v, '\\') >= 0 || bytes.IndexByte(v, '&') >= 0):
				s = mdUnescape(v)
			case n.IsRaw() && bytes.Contains(v, []byte(`\|`)) && inTableCell(n):
				// Code span text in a table cell: "\|" was a pipe
				// kept from ending the cell.
				s = strings.ReplaceAll(string(v), `\|`, "|")
			default:
				s = r.segText(n.Segment, v)
			}
			*out = append(*out, run{text: s, bold: isBold, off: n.Segment.Start, line: r.lineOf(n.Segment.Start)})
			switch {
			case n.HardLineBreak():
				*out = append(*out, run{brk: hardBreak})
			case n.SoftLineBreak():
				*out = append(*out, run{brk: softBreak})
			}
		case *ast.String:
			*out = append(*out, run{text: string(n.Value), bold: isBold, off: -1})
		case *ast.Emphasis:
			b := bold
			if n.Level >= 2 {
				b++
			}
			if err := r.inline(n, depth+1, b, out); err != nil {
				return err
			}
		case *ast.AutoLink:
			// The written address is the text a reader sees.
			*out = append(*out, run{text: string(n.Label(r.src)), bold: isBold, off: n.Pos(), line: r.lineOf(n.Pos())})
		case *ast.Image:
			// Dropped, like <img> in HTML: alt text is not notice text.
			if next, ok := n.NextSibling().(*ast.Text); ok && bytes.HasPrefix(next.Segment.Value(r.src), []byte("{")) {
				attrs = true
			}
		case *ast.RawHTML:
			var b bytes.Buffer
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				b.Write(seg.Value(r.src))
			}
			if !r.inlineTag(b.Bytes(), out) {
				r.rawHTML(b.Bytes(), out)
			}
		default: // links, code spans: their text
			if err := r.inline(n, depth+1, bold, out); err != nil {
				return err
			}
		}
	}
	return nil
}

// rawHTML interprets the inline tags Markdown notices carry: bold tags
// toggle bold, <br> is a hard break; text (from a code block line) is kept
// with entities decoded.
func (r *mdReader) rawHTML(b []byte, out *[]run) {
	z := xhtml.NewTokenizer(bytes.NewReader(b))
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			return
		case xhtml.TextToken:
			*out = append(*out, run{text: string(z.Text()), bold: r.rawBold > 0, off: -1})
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken, xhtml.EndTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.B, atom.Strong:
				if tt == xhtml.StartTagToken {
					r.rawBold++
				} else if tt == xhtml.EndTagToken && r.rawBold > 0 {
					r.rawBold--
				}
			case atom.Br:
				if tt != xhtml.EndTagToken {
					*out = append(*out, run{brk: hardBreak})
				}
			}
		}
	}
}

// inlineTag is rawHTML for the one tag of an inline raw HTML node,
// read as the tokenizer reads it without making a tokenizer (4 KB and a
// map each: a paragraph of 200,000 "<b>" made 800 MB of them). It reads
// the plain shapes, <name>, </name>, <name/>, a comment or declaration
// without a ">" inside, and reports false for the others (attributes,
// whose unquoted values make "/>" ambiguous), which rawHTML then reads.
// inlinetag_test.go checks it against the tokenizer.
func (r *mdReader) inlineTag(b []byte, out *[]run) bool {
	if len(b) < 3 || b[0] != '<' || b[len(b)-1] != '>' {
		return false
	}
	switch b[1] {
	case '!', '?':
		// A comment or a declaration, which rawHTML ignores, if it
		// ends at its only ">".
		return bytes.IndexByte(b, '>') == len(b)-1
	}
	end := b[1] == '/'
	name := b[1 : len(b)-1]
	if end {
		name = name[1:]
	}
	n := 0
	for n < len(name) && (isASCIILetter(name[n]) || n > 0 && (name[n] >= '0' && name[n] <= '9' || name[n] == '-')) {
		n++
	}
	rest := bytes.TrimLeft(name[n:], " \t\n\f\r")
	selfClosing := false
	switch {
	case n == 0:
		return false
	case len(rest) == 0:
	case len(rest) == 1 && rest[0] == '/' && !end:
		selfClosing = true
	default:
		return false
	}
	var lower [8]byte // b, strong and br are all rawHTML looks for
	if n > len(lower) {
		return true
	}
	for i := range n {
		lower[i] = words.LowerASCII(name[i])
	}
	switch atom.Lookup(lower[:n]) {
	case atom.B, atom.Strong:
		switch {
		case end && r.rawBold > 0:
			r.rawBold--
		case !end && !selfClosing:
			r.rawBold++
		}
	case atom.Br:
		if !end {
			*out = append(*out, run{brk: hardBreak})
		}
	}
	return true
}

// codeBlock turns a code block into paragraphs, one per line, HTML tags
// stripped: in notices converted from Word the only "code" is an indented
// letterhead, never source code.
func (r *mdReader) codeBlock(n ast.Node, paraDepth int) {
	var runs []run
	r.rawBold = 0
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if i > 0 {
			runs = append(runs, run{brk: hardBreak})
		}
		start := len(runs)
		if v := seg.Value(r.src); bytes.ContainsAny(v, "<&\r\x00") {
			r.rawHTML(v, &runs)
		} else if len(v) > 0 {
			// What the tokenizer makes of a line without markup: one
			// text token, the line.
			runs = append(runs, run{text: string(v), off: -1})
		}
		for j := start; j < len(runs); j++ {
			runs[j].line = r.lineOf(seg.Start)
		}
	}
	r.sb.paragraph(runs, paraDepth, r.nodeLine(n))
}

// mdUnescape resolves backslash escapes and entity references the way
// goldmark's HTML renderer does ("WN\\_x" → "WN\_x", "&amp;" → "&"), then
// undoes the HTML escaping that renderer adds.
func mdUnescape(v []byte) string {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	gmhtml.DefaultWriter.Write(w, v)
	_ = w.Flush()
	return html.UnescapeString(b.String())
}

// matchFancy returns the pandoc "fancy list" marker starting s ("a)",
// "b.", "(c)", "iv.", "A)") and the length it occupies with the white
// space after it, or "" when s starts with none. Markers are the stream's
// grammar; pandoc's own rule is that a capital letter with a period needs
// two spaces after it, so "A. Smith" stays a sentence.
func matchFancy(s string) (string, int) {
	n := stream.MarkerLen(s)
	if n == 0 {
		return "", 0
	}
	if r, _ := utf8.DecodeRuneInString(s); stream.IsBullet(r) && !isTypedBullet(r) {
		return "", 0 // bullets are CommonMark's, not fancy
	}
	m, rest := s[:n], s[n:]
	if len(m) == 2 && m[1] == '.' && 'A' <= m[0] && m[0] <= 'Z' &&
		rest != "" && !strings.HasPrefix(rest, "  ") && !strings.HasPrefix(rest, "\t") {
		return "", 0
	}
	for n < len(s) && words.IsSpaceASCII(s[n]) {
		n++
	}
	return m, n
}

// fancyList emits a paragraph as list items when its first line starts with
// a fancy-list marker. Every line that starts with a marker begins an item;
// other lines continue the previous one. Depth follows indentation:
// deeper than the enclosing item means one level down.
func (r *mdReader) fancyList(runs []run, baseDepth int) bool {
	if !fancyStart(runs) {
		return false
	}
	lines := splitRuns(runs, softBreak)
	type pending struct {
		marker string
		depth  int
		runs   []run
		line   int
	}
	var items []pending
	var indents []int
	for _, l := range lines {
		marker, n := matchFancy(leftText(l))
		if marker == "" {
			last := &items[len(items)-1]
			last.runs = append(append(last.runs, run{brk: softBreak}), l...)
			continue
		}
		ind := r.indentOf(l)
		for len(indents) > 1 && ind < indents[len(indents)-1] {
			indents = indents[:len(indents)-1]
		}
		switch {
		case len(indents) == 0:
			indents = append(indents, ind)
		case ind > indents[len(indents)-1]:
			indents = append(indents, ind)
		case ind < indents[len(indents)-1]:
			indents[len(indents)-1] = ind
		}
		items = append(items, pending{marker, baseDepth + len(indents) - 1, trimRunsPrefix(l, n), firstLine(l)})
	}
	for _, it := range items {
		r.sb.item(it.marker, it.depth, it.runs, it.line)
	}
	return true
}

// fancyStart says whether a paragraph starts with a fancy-list marker
// other than a number: a paragraph starting with "1." is a list goldmark
// already knows, one starting with "2009." is a sentence.
func fancyStart(runs []run) bool {
	first := runs
	for i, r := range runs {
		if r.brk >= softBreak { // the first line only, not the split of all
			first = runs[:i]
			break
		}
	}
	m, _ := matchFancy(leftText(first))
	return m != "" && strings.Trim(m, "0123456789.)(") != ""
}

// leftText is the raw text of a line with leading white space removed,
// enough to read a list marker.
func leftText(l []run) string {
	// The first run alone when it is enough, as nearly always: its own
	// text, not a copy (the copies were 4 % of the bytes a Markdown
	// parse allocates, for a marker that is seldom there).
	if len(l) > 0 && l[0].brk == noBreak && (len(l[0].text) > 32 || len(l) == 1 || l[1].brk != noBreak) {
		return strings.TrimLeft(l[0].text, " \t\u00a0")
	}
	var b strings.Builder
	for _, r := range l {
		if r.brk != noBreak {
			break
		}
		b.WriteString(r.text)
		if b.Len() > 32 {
			break
		}
	}
	return strings.TrimLeft(b.String(), " \t\u00a0")
}

// trimRunsPrefix drops leading white space and then n bytes of text.
func trimRunsPrefix(l []run, n int) []run {
	out := append([]run(nil), l...)
	for len(out) > 0 && out[0].brk == noBreak {
		t := strings.TrimLeft(out[0].text, " \t\u00a0")
		if t == "" {
			out = out[1:]
			continue
		}
		out[0].text = t
		break
	}
	for n > 0 && len(out) > 0 && out[0].brk == noBreak {
		if len(out[0].text) > n {
			out[0].text = out[0].text[n:]
			break
		}
		n -= len(out[0].text)
		out = out[1:]
	}
	return out
}

// indentOf is the indentation, in columns, of the source line holding the
// first run of l.
func (r *mdReader) indentOf(l []run) int {
	off := -1
	for _, x := range l {
		if x.brk == noBreak && x.off >= 0 {
			off = x.off
			break
		}
	}
	if off < 0 || off > len(r.src) {
		return 0
	}
	start := bytes.LastIndexByte(r.src[:off], '\n') + 1
	col := 0
	for _, c := range r.src[start:off] {
		switch c {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return col
		}
	}
	return col
}

// markdownNesting estimates the deepest container nesting of a Markdown
// text: per line, the block quote and list markers opening it plus half its
// indentation (a nested list needs two columns per level). It is an upper
// bound, cheap enough to run before goldmark. (ReadMarkdown has it from
// scanMarkdown, which reads the lines anyway.)
func markdownNesting(data []byte) int {
	deepest := 0
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		deepest = max(deepest, lineNesting(line))
	}
	return deepest
}

// lineNesting is markdownNesting of one line: the markers that open it
// plus half its indentation, or 0 for a line with no marker.
func lineNesting(line []byte) int {
	markers, cols, lead := 0, 0, -1
scan:
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == ' ':
			cols++
		case c == '\t':
			cols += 4
		case c == '>':
			markers++
		case (c == '-' || c == '+' || c == '*') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			markers++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 10 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				markers++
				i = j
				break
			}
			break scan
		default:
			break scan
		}
		if markers > 0 && lead < 0 {
			lead = cols
		}
	}
	if markers > 0 {
		return markers + lead/2
	}
	return 0
}

// withoutEmptySpans returns a text without the empty spans pandoc writes
// for a word processor's bookmarks, "[]{#_Hlk168402231 .anchor}".
func withoutEmptySpans(t string) string {
	for {
		i := strings.Index(t, "[]{")
		if i < 0 {
			return t
		}
		end := strings.IndexByte(t[i:], '}')
		if end < 0 {
			return t
		}
		t = t[:i] + t[i+end+1:]
	}
}

// withoutHeadingAttributes returns a heading without the attributes
// pandoc and other dialects write after it ("Registraire des collections
// {#fr}", "Profile {.unnumbered}", "Offer {#offer lang=en}"), which
// CommonMark leaves as text.
func withoutHeadingAttributes(t string) string {
	t = withoutEmptySpans(strings.TrimRight(t, " "))
	if !strings.HasSuffix(t, "}") {
		return t
	}
	open := strings.LastIndex(t, " {")
	if open < 0 {
		return t
	}
	attrs := strings.Fields(t[open+2 : len(t)-1])
	if len(attrs) == 0 {
		return t
	}
	for _, a := range attrs {
		if a[0] != '#' && a[0] != '.' && !strings.Contains(a, "=") {
			return t
		}
	}
	return strings.TrimRight(t[:open], " ")
}

// isTypedBullet reports a bullet a word processor or a pasted text draws
// ("•", "·", "▪"), which Markdown reads as text (stream.Bullets holds
// none of CommonMark's own markers); the letter "o" is a word as often.
func isTypedBullet(r rune) bool {
	return r != 'o' && strings.ContainsRune(stream.Bullets, r)
}

// beforeTypedBullets parts a paragraph whose later lines open with a
// typographic bullet, two of them at least, into its lines before the
// first and the items from it; nil items for any other paragraph.
func beforeTypedBullets(runs []run) (head, items []run) {
	first := -1
	for i, rn := range runs {
		if rn.brk != softBreak {
			continue
		}
		if i+1 < len(runs) {
			if r, _ := utf8.DecodeRuneInString(leftText(runs[i+1:])); isTypedBullet(r) {
				if first >= 0 {
					return runs[:first], runs[first+1:]
				}
				first = i
			}
		}
	}
	return nil, nil
}
