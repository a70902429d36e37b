package schema

import (
	_ "embed"
)

// VacancySchema is the JSON Schema (draft 2020-12) of the JSON that
// json.Marshal produces for a Vacancy: the output of `vacancy parse`.
// Package schema/validate checks documents against it.
//
//go:embed vacancy.schema.json
var VacancySchema []byte

// JobPostingSchema is the JSON Schema of the schema.org JobPosting objects
// written by `vacancy export --format jsonld` (see NewJobPosting). It
// requires every property Google's job-posting rich results require.
//
//go:embed jobposting.schema.json
var JobPostingSchema []byte

// ChangesSchema is the JSON Schema of a list of Change values as written
// by `vacancy diff --format json`.
//
//go:embed changes.schema.json
var ChangesSchema []byte
