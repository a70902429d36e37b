package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"time"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/schema"
)

// apiError is an error answer: {"error": {...}} with its status.
type apiError struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
	// Limit and Max say which limit of the parser a notice hit and its
	// value: bytes, pages or levels, milliseconds for "time".
	Limit string `json:"limit,omitempty"`
	Max   int64  `json:"max,omitempty"`
	// Input names the form field of the notice concerned (diff).
	Input string `json:"input,omitempty"`
	// Warnings are the warnings of severity error that made a strict
	// parse fail.
	Warnings []schema.Warning `json:"warnings,omitempty"`
}

// The error codes and their statuses.
//
//	400 bad_request         the request is malformed (query, multipart body, a body cut short)
//	404 not_found           no such endpoint
//	405 method_not_allowed  the endpoint takes another method
//	408 request_timeout     the body did not arrive in time (Config.BodyTimeout)
//	413 too_large           the notice is larger than the size limit
//	415 unsupported_format  a format the parser does not read (?from=docx, binary data, an encrypted PDF, a legacy charset)
//	422 not_vacancy         the document is no vacancy notice
//	422 empty               the notice is empty
//	422 no_text             a PDF without a text layer (a scan)
//	422 malformed           the notice cannot be read (a broken PDF)
//	422 limit_exceeded      a limit other than size and time (pages, a PDF stream, a line, nesting, memory)
//	422 strict              ?strict=1 and a warning of severity error
//	500 internal            a bug
//	503 busy                as many parses as the server runs at once are running (Retry-After)
//	504 timeout             the parse ran out of its time budget
//
// A client that goes away before its answer is logged as 499
// (client_closed); it sees nothing.
const statusClientClosed = 499

// parseError maps an error of the parser to its answer, through the
// parser's sentinel errors and limits.
func parseError(err error) *apiError {
	e := &apiError{Status: http.StatusUnprocessableEntity, Message: err.Error()}
	var le *parser.LimitError
	var pe *parser.Error
	switch {
	case errors.As(err, &le):
		e.Limit, e.Max = string(le.Limit), le.Max
		switch le.Limit {
		case parser.LimitSize:
			e.Status, e.Code = http.StatusRequestEntityTooLarge, "too_large"
		case parser.LimitTime:
			e.Status, e.Code = http.StatusGatewayTimeout, "timeout"
			e.Max = time.Duration(le.Max).Milliseconds()
		default:
			e.Code = "limit_exceeded"
		}
	case errors.Is(err, context.Canceled):
		e.Status, e.Code = statusClientClosed, "client_closed"
	case errors.Is(err, parser.ErrNotVacancy):
		e.Code = "not_vacancy"
	case errors.Is(err, parser.ErrEmpty):
		e.Code = "empty"
	case errors.Is(err, parser.ErrNoText):
		e.Code = "no_text"
	case errors.Is(err, parser.ErrUnsupported):
		e.Status, e.Code = http.StatusUnsupportedMediaType, "unsupported_format"
	case errors.Is(err, parser.ErrLimit):
		e.Code = "limit_exceeded"
	case errors.Is(err, parser.ErrMalformed), errors.As(err, &pe):
		// An *Error without a sentinel is a notice the readers could not
		// read all the same.
		e.Code = "malformed"
	default:
		e.Status, e.Code = http.StatusInternalServerError, "internal"
	}
	return e
}

// errBodyTooLarge is a body part past the size limit.
var errBodyTooLarge = errors.New("too large")

// bodyError maps an error reading a request body to its answer.
func (s *Server) bodyError(r *http.Request, name string, err error) *apiError {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe), errors.Is(err, errBodyTooLarge):
		return s.tooLarge(name)
	case errors.Is(err, os.ErrDeadlineExceeded):
		return &apiError{Status: http.StatusRequestTimeout, Code: "request_timeout",
			Message: "the request body did not arrive within " + s.cfg.BodyTimeout.String()}
	case r.Context().Err() != nil:
		return &apiError{Status: statusClientClosed, Code: "client_closed", Message: "the client closed the connection"}
	}
	return &apiError{Status: http.StatusBadRequest, Code: "bad_request", Message: "reading the request body: " + err.Error()}
}

// tooLarge is the answer to a notice past the size limit, in the words
// of the parser's own error.
func (s *Server) tooLarge(name string) *apiError {
	msg := "file is larger than the " + itoa(s.cfg.MaxBytes) + "-byte limit"
	if name != "" {
		msg = name + ": " + msg
	}
	return &apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large", Limit: string(parser.LimitSize), Max: s.cfg.MaxBytes, Message: msg}
}

func badRequest(msg string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "bad_request", Message: msg}
}

// writeError sends e as JSON.
func writeError(w http.ResponseWriter, e *apiError) {
	lw := logWriterOf(w)
	if lw != nil {
		lw.code = e.Code
	}
	body, _ := json.Marshal(struct {
		Error *apiError `json:"error"`
	}{e})
	body = append(body, '\n')
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Del("Content-Length")
	status := e.Status
	if status == statusClientClosed {
		// Nobody reads it; the log says 499.
		status = http.StatusBadRequest
		if lw != nil {
			lw.status = statusClientClosed
		}
	}
	w.WriteHeader(status)
	w.Write(body)
}

// writeJSON sends v as the command writes JSON: indented by two spaces
// (or on one line), HTML characters unescaped, a trailing newline.
func writeJSON(w http.ResponseWriter, contentType string, v any, indent bool) {
	body, err := encodeJSON(v, indent)
	if err != nil {
		writeError(w, &apiError{Status: http.StatusInternalServerError, Code: "internal", Message: "encoding the answer: " + err.Error()})
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", itoa(int64(len(body))))
	w.Write(body)
}

// encodeJSON is the JSON of `vacancy parse` (indent) or one line.
func encodeJSON(v any, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
