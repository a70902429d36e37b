package markup

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// GFM pipe tables, our own: goldmark's extension package compiles its
// linkify regexps at init, a cost every CLI run paid for the table alone.
// This is the same algorithm as goldmark's extension.Table (v1.8.7), quirks
// included, so the Markdown reader's output did not change when we switched:
//
//   - a paragraph becomes a table at its first line that is a delimiter
//     row ("|:--|--:|"); the line before it is the header and the lines
//     before that stay a paragraph;
//   - a header with more cells than the delimiter row has columns is no
//     table (and no later line is tried); one with fewer is padded;
//   - body rows are cut or padded to the column count;
//   - "\|" does not end a cell; inside a code span it is a plain "|"
//     (mdReader.inline drops the backslash, see inTableCell).
//
// The nodes are blocks whose Lines are the trimmed cell text, so goldmark's
// inline parser parses the cells after us. Alignment is not kept: nothing
// reads it.

type (
	mdTable     struct{ ast.BaseBlock } // children: the header row, then the body rows
	mdTableRow  struct{ ast.BaseBlock }
	mdTableCell struct{ ast.BaseBlock }
)

var (
	kindMdTable     = ast.NewNodeKind("mdTable")
	kindMdTableRow  = ast.NewNodeKind("mdTableRow")
	kindMdTableCell = ast.NewNodeKind("mdTableCell")
)

func (n *mdTable) Kind() ast.NodeKind     { return kindMdTable }
func (n *mdTableRow) Kind() ast.NodeKind  { return kindMdTableRow }
func (n *mdTableCell) Kind() ast.NodeKind { return kindMdTableCell }

func (n *mdTable) Dump(src []byte, level int)     { ast.DumpHelper(n, src, level, nil, nil) }
func (n *mdTableRow) Dump(src []byte, level int)  { ast.DumpHelper(n, src, level, nil, nil) }
func (n *mdTableCell) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// mdTables is the goldmark parser option that turns paragraphs into tables
// (priority 200, where goldmark's extension puts its transformer: after
// link reference definitions are taken out of the paragraph).
var mdTables = gmparser.WithParagraphTransformers(util.Prioritized(mdTableTransformer{}, 200))

type mdTableTransformer struct{}

func (mdTableTransformer) Transform(p *ast.Paragraph, reader text.Reader, _ gmparser.Context) {
	src := reader.Source()
	lines := p.Lines()
	for i := 1; i < lines.Len(); i++ {
		delim := lines.At(i)
		cols := delimiterRow(delim.Value(src))
		if cols == 0 {
			continue
		}
		header := tableRow(lines.At(i-1), src, cols, true)
		if header.ChildCount() != cols {
			return
		}
		t := &mdTable{}
		t.SetPos(p.Pos()) // the paragraph's start, as goldmark's table has it
		t.AppendChild(t, header)
		for j := i + 1; j < lines.Len(); j++ {
			t.AppendChild(t, tableRow(lines.At(j), src, cols, false))
		}
		parent := p.Parent()
		parent.InsertAfter(parent, p, t)
		lines.SetSliced(0, i-1)
		if lines.Len() == 0 {
			parent.RemoveChild(parent, p)
		} else { // the paragraph ends where the header began: drop its '\n'
			last := lines.At(i - 2)
			last.Stop--
			lines.Set(i-2, last)
		}
		return
	}
}

// delimiterRow is the number of columns of a GFM delimiter row
// ("| :--- | ---: |", pipes at the ends optional), 0 when line is none.
// line is a paragraph line, usually with its '\n'.
func delimiterRow(line []byte) int {
	if w, _ := util.IndentWidth(line, 0); w > 3 {
		return 0
	}
	dashes := true // a bare "---" is no delimiter row (the '\n' counts as not a dash)
	for _, c := range line {
		if c != '-' {
			dashes = false
		}
		if c != '-' && c != '|' && c != ':' && !util.IsSpace(c) {
			return 0
		}
	}
	if dashes {
		return 0
	}
	// A blank first or last piece is outside an outer pipe.
	cols := bytes.Split(line, []byte{'|'})
	if util.IsBlank(cols[0]) {
		cols = cols[1:]
	}
	if len(cols) > 0 && util.IsBlank(cols[len(cols)-1]) {
		cols = cols[:len(cols)-1]
	}
	// Each column is  :?-+:?  in white space.
	for _, col := range cols {
		col = util.TrimRightSpace(util.TrimLeftSpace(col))
		if len(col) > 0 && col[0] == ':' {
			col = col[1:]
		}
		if len(col) > 0 && col[len(col)-1] == ':' {
			col = col[:len(col)-1]
		}
		if len(col) == 0 {
			return 0
		}
		for _, c := range col {
			if c != '-' {
				return 0
			}
		}
	}
	return len(cols)
}

// tableRow splits a row line into cells. A body row keeps its first cols
// cells; any row with fewer gets empty ones. A header row keeps all its
// cells so the caller can see that they are too many.
func tableRow(seg text.Segment, src []byte, cols int, header bool) *mdTableRow {
	row := &mdTableRow{}
	row.SetPos(seg.Start)
	seg = seg.TrimLeftSpace(src)
	seg = seg.TrimRightSpace(src)
	line := seg.Value(src)
	pos, limit := 0, len(line)
	if limit > 0 && line[0] == '|' {
		pos++
	}
	if limit > 0 && line[limit-1] == '|' { // even when escaped, as goldmark does
		limit--
	}
	n := 0
	for ; pos < limit && (n < cols || header); n++ {
		end := pos
		for end < limit && (line[end] != '|' || (end > 0 && line[end-1] == '\\')) {
			end++
		}
		cell := &mdTableCell{}
		c := text.NewSegment(seg.Start+pos, seg.Start+end)
		c = c.TrimLeftSpace(src)
		c = c.TrimRightSpace(src)
		cell.Lines().Append(c)
		row.AppendChild(row, cell)
		pos = end + 1
	}
	for ; n < cols; n++ {
		row.AppendChild(row, &mdTableCell{})
	}
	return row
}

// inTableCell says whether an inline node is inside a table cell, where
// goldmark's table extension turned "\|" in code spans into "|".
func inTableCell(n ast.Node) bool {
	for ; n != nil; n = n.Parent() {
		if n.Kind() == kindMdTableCell {
			return true
		}
	}
	return false
}
