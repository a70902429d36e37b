package parser

import "github.com/vacancy-tools/vacancy/parser/stream"

type (
	Kind     = stream.Kind
	Pos      = stream.Pos
	Box      = stream.Box
	Block    = stream.Block
	Document = stream.Document
)

const (
	Paragraph = stream.Paragraph
	Heading   = stream.Heading
	Field     = stream.Field
	ListItem  = stream.ListItem
)

// Line is one line of a page-based source (PDF or plain text) with the
// layout hints the line assembler uses to rebuild blocks. Readers fill
// what they know; zero values mean "no hint".
type Line struct {
	Text string
	Pos  Pos
	Box  *Box // PDF only

	// Indent is the left offset of the line from the left edge of its
	// column, in ems of body text (text files: leading spaces / 2).
	Indent float64
	// Fill says how far the line reaches toward the right edge of its
	// column, from 0 (empty) to 1 (full measure). A line well short of the
	// measure ends its paragraph.
	Fill float64
	// Gap is the vertical space above the line beyond normal line spacing,
	// in line heights: 0 for the next line of a paragraph, about 1 for a
	// blank line. Negative means unknown.
	Gap float64
	// Break forces a block break before the line (new page column, table
	// cell, horizontal rule).
	Break bool
	// Bold is true when the whole line is set in a bold font; Size is the
	// font size relative to the body text (1 = body).
	Bold bool
	Size float64
	// LeadBold is the length in bytes of a bold run at the start of an
	// otherwise regular line (a run-in heading or a bold field label).
	LeadBold int
}
