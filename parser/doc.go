// Package parser turns a vacancy notice file into a schema.Vacancy.
//
// The work happens in stages, each a package of its own and testable
// alone:
//
//	bytes ─▶ reader ─▶ section stream ─▶ fields ─▶ EN/FR split ─▶ extraction ─▶ schema.Vacancy
//
//	parser/stream            the section stream: Block, Document, the list-marker grammar
//	parser/internal/paged    readers of page-based formats, PDF and plain text, on one line assembler
//	parser/internal/pdftext  the PDF text layer the PDF reader stands on
//	parser/internal/markup   readers of Markdown (goldmark) and HTML (x/net/html)
//	parser/internal/textenc  bytes to UTF-8, the same for every text format
//	parser/internal/fields   the header fields a layout hides, the same for every format
//	parser/internal/texttable  tables drawn with characters (grid, simple, multiline, pipe), cut into cells
//	parser/internal/furniture  page furniture: page numbers, security markings
//	parser/internal/vocab    the vocabulary: labels, headings, months, currencies (tables.go), and matching
//	parser/internal/lang     the split into English and French halves
//	parser/internal/extract  sections, values and contract fields
//	parser/internal/failure  errors and limits
//	parser/internal/budget   the memory budget every stage charges, and the deadline checks of long loops
//
// A reader knows one file format and nothing about vacancies: it yields
// the section stream, an ordered list of blocks (headings, fields,
// paragraphs, list items) with their source positions. The page-based
// readers rebuild lines into blocks with the help of a Lexicon, which
// this package hands them: the vocabulary, so that the readers import
// none of it. Everything after the readers works on blocks only, so a fix
// there helps every format: the fields stage pairs labels with values
// however a layout separated them, then the extraction reads the
// vacancy.
//
// This package wires the stages: it detects the format, picks the reader
// from the registry (formats.go), reads the input, runs the reader and the
// extraction under the time and memory budgets (budget.go), and names the
// input in every error.
package parser
