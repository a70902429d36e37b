// Package parser turns a vacancy notice file into a schema.Vacancy.
//
// The work happens in layers, each testable alone:
//
//	bytes ─▶ reader (pdf | text | markdown | html) ─▶ []Block ─▶ split (EN/FR) ─▶ extract ─▶ schema.Vacancy
//
// A reader knows one file format and nothing about vacancies: it yields the
// section stream, an ordered list of blocks (headings, fields, paragraphs,
// list items) with their source positions. Page-based readers (PDF, plain
// text) yield lines with layout hints and share one line assembler
// (lines.go) that rebuilds paragraphs, lists and headings. Everything after
// the readers works on blocks only, so a fix there helps every format.
//
// Label and heading vocabularies are data (vocab.go), English and French
// side by side.
package parser
