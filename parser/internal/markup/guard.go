package markup

import (
	"bytes"
	"context"
	"errors"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
)

// goldmark is linear on most inputs, but not on all, and it takes no
// context. This file keeps it within the parse's budgets:
//
//   - before goldmark sees the bytes, scanMarkdown counts what makes it
//     slow and what makes its tree large, in one pass: the memory is
//     charged, and a document whose link brackets would take goldmark
//     more than maxLinkWork steps is refused;
//   - while it runs, a reader wrapper (block parsing) and an inline
//     parser that triggers first on the delimiters (inline parsing)
//     check the context, and stop goldmark with a panic that
//     ReadMarkdown recovers.
//
// goldmark's slow paths, measured (issue 13): a "]" that closes a "["
// reads the whole paragraph, line by line, to look up a shortcut
// reference (256,000 lines of "[a]": 22 s); a link destination is
// scanned to the end of its line ("[a](" or "[a](<" 100,000 times on
// one line: a minute); reference definitions are cut out of their
// paragraph one at a time (100,000 in one paragraph: 10 s).

// mdScan is what scanMarkdown counts.
type mdScan struct {
	lines  int // source lines
	blocks int // lines that may open a block: list items, headings, quotes, table rows
	delims int // characters that may start an inline node or a table cell
	// linkWork estimates goldmark's steps on links: for each paragraph
	// the bracket pairs times its lines, and for each "](" the bytes its
	// destination scan may read.
	linkWork int64
	// The paragraph (first line, lines, pairs) and the line (number,
	// destinations) that cost most, for the message.
	worstPara                    [3]int
	worstLine                    [2]int
	worstParaWork, worstLineWork int64
	nesting                      int   // markdownNesting of the text
	newlines                     []int // newlines of the text: the offset of each '\n'
}

// maxLinkWork bounds linkWork: about half a second of goldmark's time,
// a thousand times what any notice needs (a paragraph of 20 lines with
// 10 links is 200 steps).
const maxLinkWork = 200_000_000

// scanMarkdown counts lines, delimiters and link work in data. Fenced
// code is skipped (goldmark reads no links there); indented code and
// code spans are counted as text, which only overestimates.
func scanMarkdown(data []byte) mdScan {
	var s mdScan
	var fence byte // '`' or '~' inside a fenced block
	fenceLen := 0  // length of its opening run
	paraStart, paraLines, opens, closes := 0, 0, 0, 0
	endPara := func() {
		if w := int64(min(opens, closes)) * int64(paraLines); w > 0 {
			s.linkWork += w
			if w > s.worstParaWork {
				s.worstParaWork, s.worstPara = w, [3]int{paraStart, paraLines, min(opens, closes)}
			}
		}
		paraLines, opens, closes = 0, 0, 0
	}
	s.newlines = make([]int, 0, bytes.Count(data, []byte{'\n'}))
	for off := 0; len(data) > 0; {
		s.lines++
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
			s.newlines = append(s.newlines, off+i)
			off += i + 1
		} else {
			data = nil
		}
		s.nesting = max(s.nesting, lineNesting(line))
		// A fence: up to three spaces, then three or more ` or ~.
		indent := 0
		for indent < len(line) && indent < 4 && line[indent] == ' ' {
			indent++
		}
		if indent < 4 && indent+2 < len(line) && (line[indent] == '`' || line[indent] == '~') {
			c, n := line[indent], 0
			for indent+n < len(line) && line[indent+n] == c {
				n++
			}
			switch {
			case fence == 0 && n >= 3:
				endPara()
				fence, fenceLen = c, n
				continue
			case fence == c && n >= fenceLen && isBlank(line[indent+n:]):
				fence = 0
				continue
			}
		}
		if fence != 0 {
			continue
		}
		if isBlank(line) {
			endPara()
			continue
		}
		// A list item or a heading starts a paragraph of its own.
		if startsBlock(line) {
			endPara()
		}
		if paraLines == 0 {
			paraStart = s.lines
		}
		paraLines++
		if opensBlock(line) {
			s.blocks++
		}
		o, c, delims, work, dests := scanLine(line)
		opens += o
		closes += c
		s.delims += o + c + delims
		s.linkWork += work
		if work > s.worstLineWork {
			s.worstLineWork, s.worstLine = work, [2]int{s.lines, dests}
		}
	}
	endPara()
	return s
}

// scanLine counts the unescaped brackets of a line, its other delimiters
// and the bytes the destination scans of its "](" may read: to the next
// white space, or for "](<" to the next ">", at most to the end of the
// line. It looks at each byte once, through a table: the pass costs a
// notice a few microseconds.
func scanLine(line []byte) (opens, closes, delims int, work int64, dests int) {
	// Scans waiting for the byte that ends them: how many, and the sum
	// of their starts, so that one end settles them all at once.
	var plain, angle, plainSum, angleSum int64
	for i := 0; i < len(line); i++ {
		// A space or a '>' ends only a scan that waits: with none
		// waiting, nearly every line, they are text.
		class := &mdClass
		if plain == 0 && angle == 0 {
			class = &mdClassIdle
		}
		// Text, most bytes, has nothing to count.
		if i = skipText(class, line, i); i == len(line) {
			break
		}
		switch mdClass[line[i]] {
		case mdText:
		case mdSpace:
			if plain > 0 {
				work += plain*int64(i) - plainSum
				plain, plainSum = 0, 0
			}
		case mdAngleEnd:
			if angle > 0 {
				work += angle*int64(i) - angleSum
				angle, angleSum = 0, 0
			}
		case mdOpen:
			opens++
		case mdClose:
			closes++
			if i+1 < len(line) && line[i+1] == '(' {
				dests++
				k := i + 2
				for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
					k++
				}
				if k < len(line) && line[k] == '<' {
					angle++
					angleSum += int64(k)
				} else {
					plain++
					plainSum += int64(k)
				}
			}
		case mdEscape:
			delims++
			i++ // an escaped character is text
		case mdDelim:
			delims++
		}
	}
	work += plain*int64(len(line)) - plainSum
	work += angle*int64(len(line)) - angleSum
	return opens, closes, delims, work, dests
}

// skipText returns the offset of the first byte of line from i on that
// class does not read as text, or len(line). Text is skipped eight bytes
// at a time (mdText is 0), then byte by byte: a loop of its own, whose
// few variables stay in registers, and which reslices line rather than
// index it, so that no byte is bounds-checked.
func skipText(class *[256]uint8, line []byte, i int) int {
	for ; i+8 <= len(line); i += 8 {
		b := line[i : i+8 : i+8]
		if class[b[0]]|class[b[1]]|class[b[2]]|class[b[3]]|
			class[b[4]]|class[b[5]]|class[b[6]]|class[b[7]] != mdText {
			break
		}
	}
	for i < len(line) && class[line[i]] == mdText {
		i++
	}
	return i
}

// The classes of bytes scanLine tells apart.
const (
	mdText = iota
	mdSpace
	mdAngleEnd
	mdOpen
	mdClose
	mdEscape
	mdDelim
)

var mdClass = [256]uint8{
	' ': mdSpace, '\t': mdSpace, '>': mdAngleEnd, '[': mdOpen, ']': mdClose, '\\': mdEscape,
	'*': mdDelim, '_': mdDelim, '`': mdDelim, '<': mdDelim, '!': mdDelim, '&': mdDelim, '|': mdDelim,
}

// mdClassIdle is mdClass with spaces and '>' as text: what scanLine
// reads while no destination scan waits for its end.
var mdClassIdle = func() [256]uint8 {
	t := mdClass
	t[' '], t['\t'], t['>'] = mdText, mdText, mdText
	return t
}()

// startsBlock reports a line that begins a list item or is an ATX
// heading: goldmark reads its inline content apart from the lines
// before it, so scanMarkdown counts it as a new paragraph.
func startsBlock(line []byte) bool {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	rest := line[i:]
	switch {
	case len(rest) >= 2 && (rest[0] == '-' || rest[0] == '+' || rest[0] == '*') && (rest[1] == ' ' || rest[1] == '\t'):
		return true
	case len(rest) >= 1 && rest[0] == '#':
		n := 0
		for n < len(rest) && rest[n] == '#' {
			n++
		}
		return n <= 6 && (n == len(rest) || rest[n] == ' ' || rest[n] == '\t')
	}
	n := 0
	for n < len(rest) && n < 10 && '0' <= rest[n] && rest[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(rest) && (rest[n] == '.' || rest[n] == ')') && (rest[n+1] == ' ' || rest[n+1] == '\t')
}

// opensBlock reports a line whose first character may open a block of
// its own: a list item, a heading, a quote, a table row.
func opensBlock(line []byte) bool {
	for _, c := range line {
		switch {
		case c == ' ' || c == '\t':
			continue
		case c == '-' || c == '+' || c == '*' || c == '#' || c == '>' || c == '|' || '0' <= c && c <= '9':
			return true
		}
		return false
	}
	return false
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// The memory of a Markdown parse, measured on the hostile inputs (a
// line: 430 to 450 bytes, of which goldmark's text node and segment
// take 200; a line opening a block: 360 more; a delimiter: 150 to 390)
// and a fifth added, so that the budget trips before the heap outgrows
// it; and the source's bytes once more for the texts cut out of it.
const (
	mdLineCost  = 520
	mdBlockCost = 450
	mdDelimCost = 450
)

// check charges the memory a parse of data (size bytes) will take, which
// it returns, and refuses a document goldmark would spend too long on.
func (s mdScan) check(ctx context.Context, size int) (int64, error) {
	cost := int64(s.lines)*mdLineCost + int64(s.blocks)*mdBlockCost + int64(s.delims)*mdDelimCost + int64(size)
	if err := budget.Charge(ctx, cost); err != nil {
		return 0, err
	}
	if s.linkWork <= maxLinkWork {
		return cost, nil
	}
	if s.worstParaWork >= s.worstLineWork {
		return 0, failure.Limitf(failure.LimitMarkup, maxLinkWork,
			"Markdown paragraph at line %d has %d bracket pairs over %d lines: more than the Markdown parser reads in bounded time",
			s.worstPara[0], s.worstPara[2], s.worstPara[1])
	}
	return 0, failure.Limitf(failure.LimitMarkup, maxLinkWork,
		"Markdown line %d has %d unclosed link destinations: more than the Markdown parser reads in bounded time",
		s.worstLine[0], s.worstLine[1])
}

// stopped is the panic that stops goldmark when the context is done.
type stopped struct{ err error }

// recoverStopped turns the panic of a stopped goldmark into its error;
// other panics go on.
func recoverStopped(err *error) {
	if r := recover(); r != nil {
		s, ok := r.(stopped)
		if !ok {
			panic(r)
		}
		*err = s.err
	}
}

// ctxReader is goldmark's source reader, checking the context as block
// parsing goes from line to line.
type ctxReader struct {
	text.Reader
	tick *budget.Ticker
}

func (r ctxReader) AdvanceLine() {
	r.Reader.AdvanceLine()
	if err := r.tick.Tick(); err != nil {
		panic(stopped{err})
	}
}

// ctxInline is an inline parser that goldmark calls first on every
// delimiter: it checks the context and lets the real parsers parse.
type ctxInline struct{ tick *budget.Ticker }

func (p ctxInline) Trigger() []byte { return []byte{'[', ']', '!', '*', '_', '`', '<', '&', '\\'} }

func (p ctxInline) Parse(ast.Node, text.Reader, parser.Context) ast.Node {
	if err := p.tick.Tick(); err != nil {
		panic(stopped{err})
	}
	return nil
}

// newMarkdownParser is goldmark's CommonMark parser with our GFM tables
// (mdtable.go), pandoc's tables (mdpandoc.go, read under guard, which may
// be nil) and opts.
func newMarkdownParser(guard *tableGuard, opts ...parser.Option) parser.Parser {
	return goldmark.New(goldmark.WithParserOptions(append([]parser.Option{mdTables, pandocTables(guard)}, opts...)...)).Parser()
}

// newMarkdownParserNoRefs is newMarkdownParser without goldmark's
// paragraph transformer for link reference definitions ("[label]: url"),
// for a source in which none can be: one needs a "]:", a label's
// bracket and its colon side by side. The transformer reads the start
// of every paragraph for one (0.8 % of a Markdown parse's instructions,
// and an allocation per paragraph), and finds none in a notice.
func newMarkdownParserNoRefs(guard *tableGuard) parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		mdTables, pandocTables(guard))
}

// mayHaveLinkRefs reports a source that may hold a link reference
// definition (see newMarkdownParserNoRefs).
func mayHaveLinkRefs(src []byte) bool { return bytes.Contains(src, []byte("]:")) }

// hookMinBytes is the size from which goldmark runs with the context
// checks: they cost a notice 5 % of its reading, and goldmark reads a
// smaller document in a few milliseconds anyway.
const hookMinBytes = 256 << 10

// mdParser is goldmark's parser for one document, which parses its
// tables' cells too (mdpandoc.go): from hookMinBytes on, with the context
// checks (tick is then set) and the memory of its pandoc tables charged
// as they are read.
type mdParser struct {
	p    parser.Parser
	tick *budget.Ticker
	// noRefs is p without link reference definitions, for a source
	// without them (newMarkdownParserNoRefs); nil under the guard.
	noRefs parser.Parser
}

// smallMDParser is the parser of every document below hookMinBytes,
// made once: building goldmark's parser and sorting its block and inline
// parsers on its first use cost a small notice a tenth of its reading.
// Without a guard it keeps no state between parses (goldmark's parsers
// keep theirs in the parse's context, our tables in the nodes), so one
// serves every document, on any goroutine, as goldmark.Convert's does.
var smallMDParser = sync.OnceValue(func() *mdParser {
	return &mdParser{p: newMarkdownParser(nil), noRefs: newMarkdownParserNoRefs(nil)}
})

// newMDParser returns the parser for a document of size bytes under ctx.
func newMDParser(ctx context.Context, size int) *mdParser {
	if size < hookMinBytes {
		return smallMDParser()
	}
	tick := budget.NewTicker(ctx)
	guard := &tableGuard{tick: &tick, meter: budget.From(ctx)}
	return &mdParser{
		p:    newMarkdownParser(guard, parser.WithInlineParsers(util.Prioritized(ctxInline{&tick}, 0))),
		tick: &tick,
	}
}

// parse runs goldmark on src, a document or a table cell's text.
func (m *mdParser) parse(src []byte) (root ast.Node, err error) {
	switch {
	case m.noRefs != nil && !mayHaveLinkRefs(src):
		root = m.noRefs.Parse(text.NewReader(src))
	case m.tick == nil:
		root = m.p.Parse(text.NewReader(src))
	default:
		defer recoverStopped(&err)
		root = m.p.Parse(ctxReader{text.NewReader(src), m.tick})
	}
	if root == nil {
		return nil, errors.New("goldmark returned no document")
	}
	return root, nil
}

// tableGuard keeps a pandoc table's reading (mdpandoc.go), which reads
// its lines ahead of goldmark, within the budgets: the context is checked
// and the memory charged at each line, and goldmark is stopped as
// ctxReader stops it.
type tableGuard struct {
	tick    *budget.Ticker
	meter   *budget.Meter
	charged int64 // for the table being read
}

// again is called when a table reads a line again, as it cuts its
// cells: now and then (texttable.Lines), so the context is checked at
// once, and goldmark stopped if it is done.
func (g *tableGuard) again() {
	if g == nil {
		return
	}
	if err := g.tick.Err(); err != nil {
		panic(stopped{err})
	}
}

// line is called before a table reads a line of n bytes.
func (g *tableGuard) line(n int) {
	if g == nil {
		return
	}
	if err := g.tick.Tick(); err != nil {
		panic(stopped{err})
	}
	// texttable keeps a column offset (8 bytes) per rune of the line,
	// and the line's copy and cells.
	c := int64(n)*9 + 128
	g.charged += c
	if err := g.meter.Charge(c); err != nil {
		panic(stopped{err})
	}
}

// done gives back the memory charged for the table read: what it keeps
// (the cells' text) is in scanMarkdown's charge.
func (g *tableGuard) done() {
	if g != nil {
		g.meter.Release(g.charged)
		g.charged = 0
	}
}
