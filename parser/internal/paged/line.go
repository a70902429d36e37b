// Package paged reads the page-based formats, PDF and plain text, into
// the section stream. Both yield lines with layout hints (indent, fill,
// vertical gap, font weight and size); one line assembler rebuilds
// paragraphs, list items, header fields and headings from them, joins
// words hyphenated at line ends, and, for PDF, stitches paragraphs a page
// break cut.
//
// The assembler asks a Lexicon what the words of a line are (a known
// label, a section heading, a title with its reference, English or
// French): the vocabulary is handed in by the caller, never imported,
// so that this package stays a reader of layouts.
package paged

import "github.com/vacancy-tools/vacancy/parser/stream"

// Lexicon is what the line assembler asks about the words of a line.
// *vocab.Vocabulary implements it.
type Lexicon interface {
	// Field recognises a "Label: value" line; with bare, a label may
	// stand without its colon before a short value.
	Field(text string, bare bool) (field, label, value string, ok bool)
	// Label recognises a line that is a field label and nothing else.
	Label(text string) (field string, ok bool)
	// Heading recognises a section heading; WholeHeading one that is a
	// known heading whole, not only by its start.
	Heading(text string) (kind string, ok bool)
	WholeHeading(text string) bool
	// GluedHeading returns where a known heading ends that opens text
	// glued to the word in small letters after it ("Main
	// tasksregisters…"), or 0.
	GluedHeading(text string) int
	// EndsWithReference reports a title line: it ends with the
	// vacancy's reference in parentheses.
	EndsWithReference(text string) bool
	// Lean is a block's evidence for English minus its evidence for
	// French.
	Lean(b stream.Block) float64
	// Unspaced reads a line of letter-spaced capitals ("S A L A RY",
	// "E MP L OY ER") as the label or heading it spells, its letters with
	// the label's spaces ("SALARY"); ok is false when it spells none.
	Unspaced(text string) (words string, ok bool)
	// FunctionWord reports a word such as "and" or "de", on which no
	// sentence or heading ends.
	FunctionWord(word string) bool
	// GradeWord reports a word that names a grade before its number
	// ("Band" in "Band 6", "Échelon").
	GradeWord(word string) bool
}

// Line is one line of a page-based source (PDF or plain text) with the
// layout hints the line assembler uses to rebuild blocks. Readers fill
// what they know; zero values mean "no hint".
type Line struct {
	Text string
	Pos  stream.Pos
	Box  *stream.Box // PDF only

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
	// Cell is the length in bytes of a short first run of the line that
	// a wide gap parts from the rest (PDF only): a table row's label cell
	// before its value; CellX is where the value starts. A reader sets
	// them on every such line, the assembler reads them only in a table
	// (cellRows).
	Cell  int
	CellX float64
	// Tail is the byte offset of a short last run of the line that a wide
	// gap parts from the words before it (PDF only): a table row's last
	// cell; TailX is where it starts. Only tailColumn reads them.
	Tail  int
	TailX float64
}
