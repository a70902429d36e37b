package markup

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML reader parses with golang.org/x/net/html (the HTML5 algorithm,
// so unclosed <p> and <li> and stray tags land where browsers put them) and
// walks the tree into the section stream. The parser keeps no source
// positions, so before parsing, one tokenizer pass copies the document and
// stamps every start tag with a data-vacancy-line attribute and every piece
// of text with a <!--vacancy-line:N--> comment; the walker keeps a cursor
// of the last stamp seen, which is the line of whatever comes next.
//
// Mapping to blocks:
//   - h1–h6 → Heading; p, div and other containers → paragraphs, cut at
//     <br> and classified like Markdown paragraph lines (Field, run-in
//     Heading or stream.Paragraph, see streamBuilder.paragraph);
//   - ul/ol/li → ListItem. Ordered markers are the ordinal computed from
//     start, reversed, value and the type attribute or list-style-type,
//     followed by "." (what browsers draw; HTML does not keep pandoc's ")"
//     delimiter); bullets are "•". Paragraphs of an item before its first
//     nested list join the item's Text;
//   - dl → one Field per dt/dd pair;
//   - table: rows of two short cells → Field (label, value); a two-column
//     table with block content or long cells is a side-by-side layout
//     (English | French) and comes out column by column; other tables cell
//     by cell, row by row;
//   - head, script, style, nav, forms' widgets, embedded objects and
//     hidden elements are skipped; images are dropped. noscript and
//     template are skipped too, unless they hold most of the page's text
//     (readInert).

// ReadHTML reads an HTML page into the section stream.
func ReadHTML(ctx context.Context, data []byte, opts Options) (*stream.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !utf8.Valid(data) {
		// Legacy pages declare their charset in a <meta>; x/net/html only
		// reads UTF-8 (charset.go).
		dec, err := decodeHTML(data)
		if err != nil {
			return nil, err
		}
		data = dec
	}
	sb := newStreamBuilder(ctx, opts)
	cost := htmlCost(data)
	if err := budget.Charge(ctx, cost); err != nil {
		return nil, err
	}
	if err := readHTMLInto(sb, data, 1, 0, 0); err != nil {
		return nil, err
	}
	return sb.document(cost)
}

// htmlCost estimates the memory of reading an HTML page: the copy with
// its line stamps, and per tag and per line the nodes, stamps and runs
// they make (measured: 300 bytes a <br>, 460 a table cell, 390 a line of
// <pre>; a fifth added).
func htmlCost(data []byte) int64 {
	tags := bytes.Count(data, []byte{'<'})
	lines := bytes.Count(data, []byte{'\n'})
	return int64(tags)*htmlTagCost + int64(lines)*htmlLineCost + 2*int64(len(data))
}

const (
	htmlTagCost  = 560
	htmlLineCost = 470
)

// htmlReader hands x/net/html its input and the context's error once
// the context is done, which stops the parser.
type htmlReader struct {
	r   *bytes.Reader
	ctx context.Context
}

func (r htmlReader) Read(p []byte) (int, error) {
	if err := r.ctx.Err(); err != nil {
		return 0, err
	}
	return r.r.Read(p)
}

// readHTMLInto reads an HTML document or fragment whose first line is
// firstLine of the source, appending its blocks to sb. The Markdown reader
// uses it for raw HTML blocks; depth and listDepth continue its own.
func readHTMLInto(sb *streamBuilder, data []byte, firstLine, depth, listDepth int) error {
	annotated, err := annotateLines(sb.ctx, data, firstLine)
	if err != nil {
		return err
	}
	doc, err := html.Parse(htmlReader{bytes.NewReader(annotated), sb.ctx})
	if err := sb.ctx.Err(); err != nil {
		return err
	}
	if err != nil {
		// x/net/html fails only when its stack of open elements overflows
		// (512): deeper than any MaxNestingDepth we would accept.
		return failure.Limitf(failure.LimitNesting, int64(sb.maxNesting), "HTML nested too deep (the nesting limit is %d): %v", sb.maxNesting, err)
	}
	if sb.date == "" {
		sb.date = metaDate(doc)
	}
	if hasTag(data, "noscript") || hasTag(data, "template") {
		readInert(doc)
	}
	w := &htmlWalker{sb: sb, line: firstLine}
	return w.container(doc.FirstChild, depth, listDepth)
}

// dateMeta ranks the <meta> elements that date a page, by name or
// property (compared in lower case): the first in this order whose
// content is an ISO 8601 date wins.
var dateMeta = []string{
	"date", "article:published_time",
	"dcterms.created", "dcterms.issued", "dcterms.date", "dc.date.created", "dc.date.issued", "dc.date",
}

// metaDate returns the date a page's <meta> elements give (see
// dateMeta), as an ISO 8601 date; "" when none does. Only the children
// of <head> are looked at, where the HTML parser puts every <meta> of
// the head.
func metaDate(doc *html.Node) string {
	var head *html.Node
	for n := doc.FirstChild; n != nil && head == nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Head {
					head = c
					break
				}
			}
		}
	}
	if head == nil {
		return ""
	}
	best, rank := "", len(dateMeta)
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Meta {
			continue
		}
		var key, content string
		for _, a := range c.Attr {
			switch a.Key {
			case "name", "property":
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(a.Val))
				}
			case "content":
				content = a.Val
			}
		}
		for r, k := range dateMeta[:rank] {
			if key == k {
				if d := stream.ISODate(content); d != "" {
					best, rank = d, r
				}
				break
			}
		}
	}
	return best
}

const (
	lineAttr    = "data-vacancy-line"
	lineComment = "vacancy-line:"
)

// annotateLines copies an HTML document, adding the source line of every
// start tag as an attribute and of every text (not raw text) as a comment
// before it. Everything else is copied byte for byte, so the parser builds
// the same tree it would from the original.
func annotateLines(ctx context.Context, data []byte, line int) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(data) + len(data)/4)
	z := html.NewTokenizer(bytes.NewReader(data))
	raw := false // the next text token is the content of <script>, <title>…
	tick := budget.NewTicker(ctx)
	// The line numbers are written into out from num, not joined into
	// strings first: a string for each tag and text was 61 of the 1,155
	// allocations of a parse of a small page (press-release.html).
	var num [20]byte
	for {
		if err := tick.Tick(); err != nil {
			return nil, err
		}
		tt := z.Next()
		b := z.Raw()
		switch tt {
		case html.ErrorToken:
			out.Write(b)
			return out.Bytes(), nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			end := len(b) - 1
			if end < 1 || b[end] != '>' || voidElement(name) {
				out.Write(b)
				break
			}
			if tt == html.SelfClosingTagToken && b[end-1] == '/' {
				end--
			}
			out.Write(b[:end])
			out.WriteString(" " + lineAttr + `="`)
			out.Write(strconv.AppendInt(num[:0], int64(line), 10))
			out.WriteByte('"')
			out.Write(b[end:])
			switch string(name) {
			case "iframe", "noembed", "noframes", "plaintext", "script", "style", "textarea", "title", "xmp":
				raw = true
			case "noscript":
				// The parser keeps a <noscript>'s content as raw text;
				// stamped here like markup, it keeps its lines when
				// readInert parses it (and is skipped otherwise).
				z.NextIsNotRawText()
				raw = false
			default:
				raw = false
			}
		case html.TextToken:
			if !raw {
				if i := bytes.IndexFunc(b, func(r rune) bool { return !isHTMLSpace(r) }); i >= 0 {
					out.WriteString("<!--" + lineComment)
					out.Write(strconv.AppendInt(num[:0], int64(line+bytes.Count(b[:i], []byte{'\n'})), 10))
					out.WriteString("-->")
				}
			}
			out.Write(b)
			raw = false
		default:
			out.Write(b)
			raw = false
		}
		line += bytes.Count(b, []byte{'\n'})
	}
}

// readInert makes the page's <noscript> and <template> elements ordinary
// containers when they hold more of its text than the rest of the page
// does: a page built by a script (a careers site's poster loaded into an
// empty box) keeps its content there, for readers without scripts or for
// the script to copy. On any other page they hold a fallback message or
// markup a script fills in, and stay skipped.
func readInert(doc *html.Node) {
	var inert []*html.Node
	outside, inside := 0, 0
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if in {
					inside += textWeight(c.Data)
				} else {
					outside += textWeight(c.Data)
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Noscript || c.DataAtom == atom.Template:
				if in {
					continue // one inside another is read with its parent
				}
				if c.DataAtom == atom.Noscript {
					parseNoscript(c)
				}
				inert = append(inert, c)
				walk(c, true)
			case isHidden(c):
			default:
				walk(c, in)
			}
		}
	}
	walk(doc, false)
	if inside <= outside {
		return
	}
	for _, n := range inert {
		n.DataAtom, n.Data = atom.Div, "div"
	}
}

// hasTag reports a start tag named name (in small letters) in data, in
// any case: most pages have no <noscript> or <template>, and are spared
// readInert's walk of their tree.
func hasTag(data []byte, name string) bool {
	for i := bytes.IndexByte(data, '<'); i >= 0 && i+1+len(name) <= len(data); {
		if bytes.EqualFold(data[i+1:i+1+len(name)], []byte(name)) {
			return true
		}
		j := bytes.IndexByte(data[i+1:], '<')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// parseNoscript replaces a <noscript>'s raw text (how a parser that runs
// scripts keeps it) by the elements it holds.
func parseNoscript(n *html.Node) {
	c := n.FirstChild
	if c == nil || c.Type != html.TextNode || c.NextSibling != nil {
		return
	}
	context := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(c.Data), context)
	if err != nil {
		return
	}
	n.RemoveChild(c)
	for _, m := range nodes {
		n.AppendChild(m)
	}
}

// textWeight is the length of a text without its white space: what a
// reader sees of it.
func textWeight(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isHTMLSpace(rune(s[i])) {
			n++
		}
	}
	return n
}

// voidElement reports an element that has no content, whose line the
// walker never needs (the text after it has its own stamp): left
// unstamped, a page of a million <br> makes a million attributes fewer.
func voidElement(name []byte) bool {
	switch atom.Lookup(name) {
	case atom.Br, atom.Wbr, atom.Img, atom.Hr, atom.Input, atom.Meta, atom.Link, atom.Area,
		atom.Base, atom.Col, atom.Embed, atom.Param, atom.Source, atom.Track:
		return true
	}
	return false
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

type htmlWalker struct {
	sb   *streamBuilder
	line int // source line of the last stamp passed
}

// stamp moves the line cursor to a node's stamp, if it has one.
func (w *htmlWalker) stamp(n *html.Node) {
	switch n.Type {
	case html.ElementNode:
		for _, a := range n.Attr {
			if a.Key == lineAttr && a.Namespace == "" {
				if l, err := strconv.Atoi(a.Val); err == nil && l > 0 {
					w.line = l
				}
			}
		}
	case html.CommentNode:
		if s, ok := strings.CutPrefix(n.Data, lineComment); ok {
			if l, err := strconv.Atoi(s); err == nil && l > 0 {
				w.line = l
			}
		}
	}
}

var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Nav: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Math: true, atom.Canvas: true, atom.Select: true, atom.Textarea: true, atom.Audio: true,
	atom.Video: true, atom.Title: true, atom.Meta: true, atom.Link: true, atom.Base: true,
	atom.Img: true, atom.Input: true, atom.Button: true, atom.Map: true, atom.Picture: true,
}

var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dd: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Li: true, atom.Main: true,
	atom.Menu: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Caption: true, atom.Ul: true, atom.Legend: true,
}

func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && (blockAtoms[n.DataAtom] || skipped[n.DataAtom])
}

func isHidden(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if skipped[n.DataAtom] {
		return true
	}
	// A pane hidden behind a language tab (hidden, lang="fr") is the
	// notice's other half, which a reader opens with a click: kept.
	langTab := false
	for _, a := range n.Attr {
		if a.Key == "lang" && a.Val != "" {
			langTab = true
		}
	}
	for _, a := range n.Attr {
		switch {
		case a.Key == "hidden" && !langTab:
			return true
		case a.Key == "aria-hidden" && strings.EqualFold(strings.TrimSpace(a.Val), "true"):
			return true
		case a.Key == "style" && strings.Contains(strings.ReplaceAll(strings.ToLower(a.Val), " ", ""), "display:none"):
			return true
		}
	}
	return false
}

// container walks the siblings from c on, gathering inline content into
// anonymous paragraphs between block elements.
func (w *htmlWalker) container(c *html.Node, depth, listDepth int) error {
	var buf []run
	flush := func() {
		if len(buf) > 0 {
			w.sb.paragraph(buf, max(listDepth-1, 0), w.line)
			buf = nil
		}
	}
	for ; c != nil; c = c.NextSibling {
		if isBlock(c) {
			flush()
			if err := w.block(c, depth+1, listDepth); err != nil {
				return err
			}
			continue
		}
		if err := w.inline(c, depth+1, 0, &buf); err != nil {
			return err
		}
	}
	flush()
	return nil
}

func (w *htmlWalker) block(n *html.Node, depth, listDepth int) error {
	if err := w.sb.check(depth, "HTML"); err != nil {
		return err
	}
	w.stamp(n)
	if isHidden(n) {
		return nil
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		line := w.line
		runs, err := w.inlines(n, depth)
		if err != nil {
			return err
		}
		w.sb.heading(int(n.Data[1]-'0'), runsText(runs), line)
	case atom.Ul, atom.Ol, atom.Menu:
		return w.list(n, depth, listDepth)
	case atom.Li: // outside any list
		return w.item(n, stream.BulletMarker, depth, listDepth)
	case atom.Dl:
		return w.dl(n, depth, listDepth)
	case atom.Table:
		return w.table(n, depth, listDepth)
	case atom.Pre:
		line := w.line
		runs, err := w.inlines(n, depth)
		if err != nil {
			return err
		}
		w.sb.paragraph(splitNewlines(runs), max(listDepth-1, 0), line)
	case atom.Hr:
	default:
		return w.container(n.FirstChild, depth, listDepth)
	}
	return nil
}

// inlines gathers the inline content of n's children.
func (w *htmlWalker) inlines(n *html.Node, depth int) ([]run, error) {
	var out []run
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := w.inline(c, depth+1, 0, &out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (w *htmlWalker) inline(n *html.Node, depth, bold int, out *[]run) error {
	if err := w.sb.check(depth, "HTML"); err != nil {
		return err
	}
	w.stamp(n)
	switch n.Type {
	case html.TextNode:
		*out = append(*out, run{text: n.Data, bold: bold > 0, line: w.line, off: -1})
		return nil
	case html.ElementNode:
	default:
		return nil
	}
	if isHidden(n) {
		return nil
	}
	switch n.DataAtom {
	case atom.Br:
		*out = append(*out, run{brk: hardBreak})
		return nil
	case atom.B, atom.Strong:
		bold++
	}
	// A block inside inline content (<span><div>…</div></span>, a dd's
	// paragraphs) is set off by line breaks.
	blk := blockAtoms[n.DataAtom]
	if blk {
		*out = append(*out, run{brk: hardBreak})
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := w.inline(c, depth+1, bold, out); err != nil {
			return err
		}
	}
	if blk {
		*out = append(*out, run{brk: hardBreak})
	}
	return nil
}

// splitNewlines turns the newlines of preformatted text into hard breaks.
func splitNewlines(runs []run) []run {
	var out []run
	for _, r := range runs {
		if r.brk != noBreak || !strings.Contains(r.text, "\n") {
			out = append(out, r)
			continue
		}
		for i, part := range strings.Split(r.text, "\n") {
			if i > 0 {
				out = append(out, run{brk: hardBreak})
			}
			out = append(out, run{text: part, bold: r.bold, line: r.line + i, off: -1})
		}
	}
	return out
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}

// listStyle is the counter style of an ordered list: "1", "a", "A", "i",
// "I"; "" for bullets.
func listStyle(n *html.Node) string {
	style := ""
	if n.DataAtom == atom.Ol {
		style = "1"
	}
	if v, ok := attr(n, "type"); ok && n.DataAtom == atom.Ol {
		switch v = strings.TrimSpace(v); v {
		case "1", "a", "A", "i", "I":
			style = v
		}
	}
	if v, ok := attr(n, "style"); ok {
		css := strings.ToLower(v)
		if i := strings.Index(css, "list-style-type:"); i >= 0 {
			t := strings.TrimSpace(css[i+len("list-style-type:"):])
			if j := strings.IndexAny(t, "; !"); j >= 0 {
				t = t[:j]
			}
			switch t {
			case "decimal", "decimal-leading-zero":
				style = "1"
			case "lower-alpha", "lower-latin":
				style = "a"
			case "upper-alpha", "upper-latin":
				style = "A"
			case "lower-roman":
				style = "i"
			case "upper-roman":
				style = "I"
			case "disc", "circle", "square":
				style = ""
			}
		}
	}
	return style
}

func (w *htmlWalker) list(n *html.Node, depth, listDepth int) error {
	style := listStyle(n)
	step, next := 1, 1
	if _, ok := attr(n, "reversed"); ok && style != "" {
		step = -1
		next = 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				next++
			}
		}
	}
	if v, ok := attr(n, "start"); ok && style != "" {
		if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
			next = s
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			// Stray content of the list (comments, text, misplaced
			// elements) at the list's own level.
			if err := w.container(detach(c), depth, listDepth+1); err != nil {
				return err
			}
			continue
		}
		marker := stream.BulletMarker
		if style != "" {
			if v, ok := attr(c, "value"); ok {
				if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
					next = s
				}
			}
			marker = stream.Ordinal(next, style, ".")
			next += step
		}
		if err := w.item(c, marker, depth+1, listDepth); err != nil {
			return err
		}
	}
	return nil
}

// detach returns a copy of n without siblings, for walking it alone.
func detach(n *html.Node) *html.Node {
	c := *n
	c.NextSibling, c.PrevSibling, c.Parent = nil, nil, nil
	return &c
}

// paraLike says whether a child of an <li> is part of the item's first
// paragraph(s): a <p>, or a <div> holding only inline content.
func paraLike(n *html.Node) bool {
	if n.Type != html.ElementNode || isHidden(n) {
		return false
	}
	if n.DataAtom == atom.P {
		return true
	}
	if n.DataAtom != atom.Div {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isBlock(c) {
			return false
		}
	}
	return true
}

func (w *htmlWalker) item(li *html.Node, marker string, depth, listDepth int) error {
	if err := w.sb.check(depth, "HTML"); err != nil {
		return err
	}
	w.stamp(li)
	line := w.line
	var runs []run
	paras := 0
	c := li.FirstChild
	for ; c != nil; c = c.NextSibling {
		switch {
		case paraLike(c):
			w.stamp(c)
			if len(runs) > 0 {
				runs = append(runs, run{brk: softBreak})
			}
			more, err := w.inlines(c, depth+1)
			if err != nil {
				return err
			}
			runs = append(runs, more...)
			paras++
			continue
		case c.Type == html.CommentNode,
			c.Type == html.TextNode && strings.TrimFunc(c.Data, isHTMLSpace) == "":
			w.stamp(c)
			if paras == 0 && c.Type == html.TextNode {
				runs = append(runs, run{text: c.Data, line: w.line, off: -1})
			}
			continue
		case isBlock(c):
		case paras == 0:
			if err := w.inline(c, depth+1, 0, &runs); err != nil {
				return err
			}
			continue
		}
		// The first block that is not a paragraph (a nested list), or
		// inline text after the item's paragraphs, ends the item's text.
		break
	}
	w.sb.item(marker, listDepth, runs, line)
	return w.container(c, depth, listDepth+1)
}

func (w *htmlWalker) dl(n *html.Node, depth, listDepth int) error {
	label, labelLine, used := "", 0, true
	flushLabel := func() {
		if !used && label != "" {
			w.sb.blocks = append(w.sb.blocks, stream.Block{Kind: stream.Paragraph, Text: label, Depth: max(listDepth-1, 0), Pos: stream.Pos{Line: labelLine}})
		}
		used = true
	}
	var walk func(p *html.Node, depth int) error
	walk = func(p *html.Node, depth int) error {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if err := w.sb.check(depth, "HTML"); err != nil {
				return err
			}
			w.stamp(c)
			if c.Type != html.ElementNode || isHidden(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Dt:
				flushLabel()
				runs, err := w.inlines(c, depth)
				if err != nil {
					return err
				}
				label, labelLine, used = trimLabel(runsText(runs)), firstLine(runs), false
				if labelLine == 0 {
					labelLine = w.line
				}
			case atom.Dd:
				line := w.line
				runs, err := w.inlines(c, depth)
				if err != nil {
					return err
				}
				if l := firstLine(runs); l > 0 {
					line = l
				}
				if label != "" {
					w.sb.field(label, runsText(runs), line)
					used = true
				} else {
					w.sb.paragraph(runs, max(listDepth-1, 0), line)
				}
			case atom.Div: // WHATWG allows <div> around dt/dd groups
				if err := walk(c, depth+1); err != nil {
					return err
				}
			default:
				flushLabel()
				if err := w.block(c, depth+1, listDepth); err != nil {
					return err
				}
			}
		}
		return nil
	}
	err := walk(n, depth+1)
	flushLabel()
	return err
}

// rowsOf lists the rows of a table (not those of nested tables) and their
// cells.
func rowsOf(t *html.Node) (rows [][]*html.Node, caption *html.Node) {
	addRow := func(tr *html.Node) {
		var cells []*html.Node
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && !isHidden(c) {
				cells = append(cells, c)
			}
		}
		if len(cells) > 0 {
			rows = append(rows, cells)
		}
	}
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || isHidden(c) {
			continue
		}
		switch c.DataAtom {
		case atom.Caption:
			caption = c
		case atom.Tr:
			addRow(c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.Type == html.ElementNode && r.DataAtom == atom.Tr && !isHidden(r) {
					addRow(r)
				}
			}
		}
	}
	return rows, caption
}

// hasBlock says whether n holds block content (paragraphs, lists, tables…)
// rather than a line of text.
func hasBlock(n *html.Node, depth int) bool {
	if depth > 32 {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || isHidden(c) {
			continue
		}
		if blockAtoms[c.DataAtom] || hasBlock(c, depth+1) {
			return true
		}
	}
	return false
}

func (w *htmlWalker) table(t *html.Node, depth, listDepth int) error {
	rows, caption := rowsOf(t)
	if caption != nil {
		if err := w.block(caption, depth+1, listDepth); err != nil {
			return err
		}
	}
	// Read every cell's text once to decide the table's shape.
	maxCells, blocks := 0, false
	labels := make([]string, len(rows))
	stacks := make([]*stacked, len(rows))
	var firsts []string
	for i, cells := range rows {
		maxCells = max(maxCells, len(cells))
		for _, c := range cells {
			if hasBlock(c, 0) {
				blocks = true
			}
		}
		if len(cells) == 2 {
			runs, err := w.inlines(cells[0], depth+1)
			if err != nil {
				return err
			}
			labels[i] = trimLabel(runsText(runs))
			if !hasBlock(cells[1], 0) {
				right, err := w.inlines(cells[1], depth+1)
				if err != nil {
					return err
				}
				if stacks[i] = stackedFields(runs, right); stacks[i] != nil {
					continue // labels, however long their cell
				}
			}
			firsts = append(firsts, labels[i])
		}
	}
	header, records, err := w.recordHeader(rows, blocks, depth)
	if err != nil {
		return err
	}
	if header != nil {
		// (Before the halves: "Criterion | Essential / Desirable" is two
		// columns, not English | French.)
		if done, err := w.criteriaTable(header, rows[1:], depth); done || err != nil {
			return err
		}
	}
	if halves, ok := halvesOf(rows); ok {
		// Two halves of several columns each ("Label | Value | Libellé
		// | Valeur" under "English | French" rows): laid out as a table
		// of two columns is.
		var lefts []string
		for _, h := range halves {
			if len(h[0]) == 1 {
				runs, err := w.inlines(h[0][0], depth+1)
				if err != nil {
					return err
				}
				lefts = append(lefts, trimLabel(runsText(runs)))
			}
		}
		if stream.IsSideBySide(2, blocks, lefts) {
			for side := 0; side < 2; side++ {
				for _, h := range halves {
					if err := w.cells(h[side], depth, listDepth); err != nil {
						return err
					}
				}
			}
			return nil
		}
	}
	if stream.IsSideBySide(maxCells, blocks, firsts) {
		// Side by side halves (English | French): one column, then the
		// other, so each language stays in one piece.
		for col := 0; col < 2; col++ {
			for _, cells := range rows {
				if col < len(cells) {
					if err := w.block(cells[col], depth+1, listDepth); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	if records {
		// One record a row, each cell a field under its column's head.
		for _, cells := range rows[1:] {
			for j, c := range cells {
				w.stamp(c)
				line := w.line
				runs, err := w.inlines(c, depth+1)
				if err != nil {
					return err
				}
				if t := runsText(runs); t != "" {
					w.sb.field(header[j], t, line)
				}
			}
		}
		return nil
	}
	for i, cells := range rows {
		if st := stacks[i]; st != nil && !blocks {
			w.stamp(cells[0])
			st.fields(w.sb, w.line)
			continue
		}
		if len(cells) == 2 && !blocks && stream.LabelShaped(labels[i]) {
			w.stamp(cells[0])
			line := w.line
			runs, err := w.inlines(cells[1], depth+1)
			if err != nil {
				return err
			}
			w.sb.field(labels[i], runsText(runs), line)
			continue
		}
		for _, c := range cells {
			if err := w.block(c, depth+1, listDepth); err != nil {
				return err
			}
		}
	}
	return nil
}

// criteriaTable emits a table of criteria under its head row
// (streamBuilder.criteriaRows), and reports whether it was one.
func (w *htmlWalker) criteriaTable(header []string, rows [][]*html.Node, depth int) (bool, error) {
	texts := make([][]string, len(rows))
	lines := make([][]int, len(rows))
	for i, cells := range rows {
		for _, c := range cells {
			w.stamp(c)
			lines[i] = append(lines[i], w.line)
			runs, err := w.inlines(c, depth+1)
			if err != nil {
				return false, err
			}
			texts[i] = append(texts[i], runsText(runs))
		}
	}
	return w.sb.criteriaRows(header, texts, lines), nil
}

// recordHeader returns the labels of a table's first row when the
// table is a list of records under them (stream.IsRecordTable): the
// row's cells all header cells (<th>).
func (w *htmlWalker) recordHeader(rows [][]*html.Node, blocks bool, depth int) ([]string, bool, error) {
	if len(rows) < 2 {
		return nil, false, nil
	}
	for _, c := range rows[0] {
		if c.DataAtom != atom.Th {
			return nil, false, nil
		}
	}
	same := true
	for _, cells := range rows[1:] {
		same = same && len(cells) == len(rows[0])
	}
	header := make([]string, len(rows[0]))
	for j, c := range rows[0] {
		runs, err := w.inlines(c, depth+1)
		if err != nil {
			return nil, false, err
		}
		header[j] = trimLabel(runsText(runs))
	}
	return header, stream.IsRecordTable(header, len(rows)-1, same, blocks), nil
}

// cells emits the cells of one row (or of one half of it): a label and
// a value are a field, anything else its blocks.
func (w *htmlWalker) cells(cells []*html.Node, depth, listDepth int) error {
	if len(cells) == 2 && !hasBlock(cells[0], 0) && !hasBlock(cells[1], 0) {
		runs, err := w.inlines(cells[0], depth+1)
		if err != nil {
			return err
		}
		if label := trimLabel(runsText(runs)); stream.LabelShaped(label) {
			w.stamp(cells[0])
			line := w.line
			runs, err := w.inlines(cells[1], depth+1)
			if err != nil {
				return err
			}
			w.sb.field(label, runsText(runs), line)
			return nil
		}
	}
	for _, c := range cells {
		if err := w.block(c, depth+1, listDepth); err != nil {
			return err
		}
	}
	return nil
}

// maxColspan bounds a cell's colspan, as browsers do (HTML: 1000).
const maxColspan = 1000

// halvesOf splits each row of a table whose columns fall in two halves
// (four columns or more, an even number, and no cell across the middle)
// into the cells of its left half and of its right half; ok is false for
// any other table.
func halvesOf(rows [][]*html.Node) (halves [][2][]*html.Node, ok bool) {
	span := func(c *html.Node) int {
		v, _ := attr(c, "colspan")
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || n < 1 {
			return 1
		}
		return min(n, maxColspan)
	}
	width := 0
	for _, cells := range rows {
		n := 0
		for _, c := range cells {
			n += span(c)
		}
		width = max(width, n)
	}
	if width < 4 || width%2 != 0 {
		return nil, false
	}
	mid := width / 2
	halves = make([][2][]*html.Node, len(rows))
	for i, cells := range rows {
		col := 0
		for _, c := range cells {
			n := span(c)
			switch {
			case col+n <= mid:
				halves[i][0] = append(halves[i][0], c)
			case col >= mid:
				halves[i][1] = append(halves[i][1], c)
			default:
				return nil, false // a cell across the middle
			}
			col += n
		}
	}
	return halves, true
}
