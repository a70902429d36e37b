package markup

import (
	"bytes"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/texttable"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Pandoc's tables drawn with characters — grid tables (+---+ borders, |
// cells whose text wraps over lines and may hold any Markdown: headings,
// lists, "\" hard breaks), simple tables and multiline tables — are
// goldmark blocks of our own: a block parser sees where one starts,
// package texttable cuts it into cells, and the reader parses each cell
// as a Markdown document of its own. GFM pipe tables are mdtable.go's.
//
// Tables are read at the top level of a document (or of a cell): a
// notice laid out in a table is the whole document, not an item of a
// list.

// pandocTable is a pandoc table: the table read from the source, and
// where it starts and ends in it.
type pandocTable struct {
	ast.BaseBlock
	table      texttable.Table
	start, end int // byte offsets in the source: the first line, after the last
}

var kindPandocTable = ast.NewNodeKind("pandocTable")

func (n *pandocTable) Kind() ast.NodeKind         { return kindPandocTable }
func (n *pandocTable) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// pandocTableParser opens a pandoc table. Two are registered: one on the
// characters a grid or multiline table starts with, ahead of the
// thematic break and list parsers that would take "-----" or "+", and
// one for any line, which may be the head of a simple table (its rule of
// dashes is on the next line).
type pandocTableParser struct {
	trigger []byte
	guard   *tableGuard // nil for a small document (guard.go)
}

// pandocTables is the goldmark parser option that reads pandoc tables,
// within the budgets of guard (which may be nil).
func pandocTables(guard *tableGuard) gmparser.Option {
	return gmparser.WithBlockParsers(
		util.Prioritized(pandocTableParser{trigger: []byte{'+', '-'}, guard: guard}, 50),
		util.Prioritized(pandocTableParser{guard: guard}, 950),
	)
}

func (p pandocTableParser) Trigger() []byte { return p.trigger }

func (p pandocTableParser) Open(parent ast.Node, reader text.Reader, _ gmparser.Context) (ast.Node, gmparser.State) {
	if parent.Kind() != ast.KindDocument {
		return nil, gmparser.NoChildren
	}
	src := reader.Source()
	_, seg := reader.Position()
	start := bytes.LastIndexByte(src[:seg.Start], '\n') + 1
	first, rest := lineAt(src, start)
	second, _ := lineAt(src, rest)
	// Nearly every block start is rejected on its bytes, without a copy:
	// a table starts with a border or a rule, or a rule follows its head.
	switch firstNonSpace(first) {
	case '+':
	case '-':
		if !isRule(first) {
			return nil, gmparser.NoChildren
		}
	default:
		if !isRule(second) {
			return nil, gmparser.NoChildren
		}
	}
	if !texttable.MayStart(string(first), string(second), false) {
		return nil, gmparser.NoChildren
	}
	ls := &srcLines{src: src, next: start, guard: p.guard}
	t, ok := texttable.Parse(ls.line, 0, false)
	p.guard.done()
	if !ok {
		return nil, gmparser.NoChildren
	}
	reader.AdvanceToEOL()
	return &pandocTable{table: t, start: start, end: ls.offset(t.End)}, gmparser.NoChildren
}

func (pandocTableParser) Continue(node ast.Node, reader text.Reader, _ gmparser.Context) gmparser.State {
	if _, seg := reader.Position(); seg.Start >= node.(*pandocTable).end {
		return gmparser.Close
	}
	reader.AdvanceToEOL()
	return gmparser.Continue | gmparser.NoChildren
}

func (pandocTableParser) Close(ast.Node, text.Reader, gmparser.Context) {}
func (pandocTableParser) CanInterruptParagraph() bool                   { return false }
func (pandocTableParser) CanAcceptIndentedLine() bool                   { return false }

// lineAt is the line of src that starts at offset off, without its '\n',
// and the offset of the next line.
func lineAt(src []byte, off int) (line []byte, next int) {
	if off >= len(src) {
		return nil, len(src)
	}
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return src[off : off+i], off + i + 1
	}
	return src[off:], len(src)
}

// isRule reports a line of dashes and spaces, a table's rule.
func isRule(line []byte) bool {
	dash := false
	for _, c := range line {
		switch c {
		case '-':
			dash = true
		case ' ', '\t':
		default:
			return false
		}
	}
	return dash
}

func firstNonSpace(line []byte) byte {
	for _, c := range line {
		if c != ' ' && c != '\t' {
			return c
		}
	}
	return 0
}

// srcLines hands texttable the lines of a source from an offset on,
// cutting them as they are asked for.
type srcLines struct {
	src   []byte
	next  int      // the offset of the first line not cut yet
	lines []string // the lines cut so far
	offs  []int    // the offset of each
	guard *tableGuard
}

func (s *srcLines) line(i int) (string, bool) {
	if i < len(s.lines) {
		s.guard.again() // a line read again: the table is being cut
	}
	for len(s.lines) <= i {
		if s.next >= len(s.src) {
			return "", false
		}
		l, next := lineAt(s.src, s.next)
		s.guard.line(len(l))
		s.lines, s.offs = append(s.lines, string(l)), append(s.offs, s.next)
		s.next = next
	}
	return s.lines[i], true
}

// offset is the offset in the source of line i (cut already, or the
// one after the last line cut).
func (s *srcLines) offset(i int) int {
	if i < len(s.offs) {
		return s.offs[i]
	}
	return s.next
}

// pandocTable emits a pandoc table laid out as stream.IsSideBySide says:
// side by side (column by column), fields, or cell by cell.
func (r *mdReader) pandocTable(n *pandocTable, depth, paraDepth int) error {
	// Each cell is a document of its own while the table is read: a copy
	// of its text, and goldmark's nodes, which scanMarkdown charged for
	// the table's lines and their '|' (guard.go) and goldmark did not
	// build for them.
	var cost int64
	for _, row := range n.table.Rows {
		for _, c := range row {
			for _, l := range c {
				cost += int64(len(l.Text) + 1)
			}
		}
	}
	if err := budget.Charge(r.sb.ctx, cost); err != nil {
		return err
	}
	defer budget.From(r.sb.ctx).Release(cost)
	first := r.lineOf(n.start)
	type cell struct {
		sub  *mdReader
		root ast.Node
	}
	rows := make([][]cell, len(n.table.Rows))
	maxCells, blocks := 0, false
	var firsts []string
	for i, row := range n.table.Rows {
		maxCells = max(maxCells, len(row))
		for _, c := range row {
			sub, root, err := r.subDocument(c, first, depth)
			if err != nil {
				return err
			}
			rows[i] = append(rows[i], cell{sub, root})
			if root.ChildCount() > 1 || root.FirstChild() != nil && root.FirstChild().Kind() != ast.KindParagraph {
				blocks = true
			}
		}
		if len(row) == 2 {
			label, err := rows[i][0].sub.plainText(rows[i][0].root, depth)
			if err != nil {
				return err
			}
			firsts = append(firsts, trimLabel(label))
		}
	}
	emit := func(c cell) error { return c.sub.children(c.root, depth, paraDepth) }
	if stream.IsSideBySide(maxCells, blocks, firsts) {
		for col := 0; col < 2; col++ {
			for _, row := range rows {
				if col < len(row) {
					if err := emit(row[col]); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	for _, row := range rows {
		if len(row) == 2 && !blocks {
			label, err := row[0].sub.plainText(row[0].root, depth)
			if err != nil {
				return err
			}
			if label = trimLabel(label); stream.LabelShaped(label) {
				value, err := row[1].sub.plainText(row[1].root, depth)
				if err != nil {
					return err
				}
				r.sb.field(label, value, row[0].sub.lineOf(0))
				continue
			}
		}
		for _, c := range row {
			if err := emit(c); err != nil {
				return err
			}
		}
	}
	return nil
}

// subDocument parses the text of a table cell as a Markdown document of
// its own, with a reader whose positions are those of the table's
// source (the table's first line is source line first).
func (r *mdReader) subDocument(c texttable.Cell, first, depth int) (*mdReader, ast.Node, error) {
	if err := r.sb.check(depth+1, "Markdown"); err != nil {
		return nil, nil, err
	}
	var b strings.Builder
	lines := make([]int, len(c))
	for i, l := range c {
		b.WriteString(l.Text)
		b.WriteByte('\n')
		lines[i] = first + l.Index
	}
	src := []byte(b.String())
	if d := markdownNesting(src) + depth; d > r.sb.maxNesting {
		return nil, nil, failure.Limitf(failure.LimitNesting, int64(r.sb.maxNesting), "Markdown nested %d levels deep, more than the nesting limit of %d", d, r.sb.maxNesting)
	}
	sub := &mdReader{src: src, nl: newlines(src), sb: r.sb, md: r.md, lines: lines}
	root, err := r.md.parse(src)
	if err != nil {
		return nil, nil, err
	}
	return sub, root, nil
}

// plainText is the text of a cell's document, its blocks joined.
func (r *mdReader) plainText(root ast.Node, depth int) (string, error) {
	var parts []string
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		runs, err := r.inlines(c, depth+1)
		if err != nil {
			return "", err
		}
		if t := runsText(runs); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " "), nil
}

// lineOf for a cell's document: the source line of the cell's line.
func (r *mdReader) subLineOf(off int) int {
	i := searchInts(r.nl, off)
	if i >= len(r.lines) {
		return r.lines[len(r.lines)-1]
	}
	return r.lines[i]
}
