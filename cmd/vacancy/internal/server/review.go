package server

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// review is the answer of POST /v1/review: the vacancy, as POST /v1/parse
// answers it, and what the review page draws its source view from.
type review struct {
	Vacancy json.RawMessage `json:"vacancy"`
	Source  sourceView      `json:"source"`
}

// sourceView is the section stream of a notice with its positions: for
// a PDF its pages' sizes and every block's box, for the other formats
// the numbered source lines.
type sourceView struct {
	Format    string     `json:"format"`
	PageSizes []pageSize `json:"pages,omitempty"`
	// Lines are the source lines of a text, Markdown or HTML notice:
	// line n of a block or of a provenance entry is Lines[n-1].
	Lines  []string    `json:"lines,omitempty"`
	Blocks []blockView `json:"blocks"`
}

// pageSize is a PDF page's size in points.
type pageSize struct {
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

// blockView is one block of the section stream, as `vacancy text
// --positions` shows it: Text is the block as the parser read it
// ("Label: value" for a field, "marker text" for a list item).
type blockView struct {
	Kind  string      `json:"kind"`
	Level int         `json:"level,omitempty"`
	Page  int         `json:"page,omitempty"`
	Line  int         `json:"line"`
	Box   *[4]float64 `json:"box,omitempty"`
	Text  string      `json:"text"`
}

// handleReview: POST /v1/review, with the input and parameters of POST
// /v1/parse. The vacancy is parsed as /v1/parse parses it, and the
// section stream read again for the positions of its blocks.
func (s *Server) handleReview(w http.ResponseWriter, r *http.Request) {
	q, e := readQuery(r, "name", "from", "strict")
	if e != nil {
		refuse(w, e)
		return
	}
	ans, release, ok := s.hold(w)
	if !ok {
		return
	}
	defer release()
	ins, e := s.readInputs(w, r, q, "file")
	if e != nil {
		writeError(ans, e)
		return
	}
	in := ins[0]
	v, e := s.parse(r.Context(), in, q)
	if e != nil {
		writeError(ans, e)
		return
	}
	vj, err := encodeJSON(v, false)
	if err != nil {
		writeError(ans, &apiError{Status: http.StatusInternalServerError, Code: "internal", Message: "encoding the answer: " + err.Error()})
		return
	}
	doc, err := parser.Read(r.Context(), bytes.NewReader(in.data), s.options(in, q)...)
	if err != nil {
		writeError(ans, parseError(err))
		return
	}
	view := sourceView{Format: doc.Format, Blocks: make([]blockView, len(doc.Blocks))}
	for i, b := range doc.Blocks {
		bv := blockView{Kind: b.Kind.String(), Level: b.Level, Page: b.Pos.Page, Line: b.Pos.Line, Text: blockText(b)}
		if b.Box != nil {
			bv.Box = &[4]float64{b.Box.X0, b.Box.Y0, b.Box.X1, b.Box.Y1}
		}
		view.Blocks[i] = bv
	}
	for _, p := range doc.PageSizes {
		view.PageSizes = append(view.PageSizes, pageSize{Width: p.Width, Height: p.Height})
	}
	if doc.Format != string(parser.FormatPDF) {
		lines, err := parser.SourceLines(in.data, parser.Format(doc.Format))
		if err != nil {
			writeError(ans, parseError(err))
			return
		}
		view.Lines = lines
	}
	in.data = nil
	writeJSON(ans, "application/json", review{Vacancy: vj, Source: view}, false)
}

// blockText is a block as its provenance entries quote it.
func blockText(b stream.Block) string {
	switch {
	case b.Kind == stream.Field && b.Label != "":
		return b.Label + ": " + b.Text
	case b.Kind == stream.ListItem && b.Marker != "":
		return b.Marker + " " + b.Text
	}
	return b.Text
}
