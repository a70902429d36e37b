package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/schema"
)

// input is one notice of a request: its name (?name= or the multipart
// file name) and its bytes.
type input struct {
	field string
	name  string
	data  []byte
}

// query holds the parameters of the parse endpoints.
type query struct {
	name   string
	from   parser.Format
	strict bool
	format string // diff's output format
}

// readQuery checks the parameters a request may carry; the others are
// ignored.
func readQuery(r *http.Request, allowed ...string) (query, *apiError) {
	var q query
	vals := r.URL.Query()
	get := func(k string) (string, bool, *apiError) {
		v, ok := vals[k]
		if !ok || !slices.Contains(allowed, k) {
			return "", false, nil
		}
		if len(v) > 1 {
			return "", false, badRequest(fmt.Sprintf("query parameter %q given %d times", k, len(v)))
		}
		return v[0], true, nil
	}
	if v, ok, e := get("name"); e != nil {
		return q, e
	} else if ok {
		if len(v) > maxNameBytes {
			return q, badRequest(fmt.Sprintf("name is longer than %d bytes", maxNameBytes))
		}
		q.name = v
	}
	if v, ok, e := get("from"); e != nil {
		return q, e
	} else if ok && v != "" {
		if !slices.Contains(parser.Formats, parser.Format(v)) {
			return q, &apiError{Status: http.StatusUnsupportedMediaType, Code: "unsupported_format",
				Message: fmt.Sprintf("from=%s: not a format the parser reads (pdf, text, markdown or html)", url.QueryEscape(v))}
		}
		q.from = parser.Format(v)
	}
	if v, ok, e := get("strict"); e != nil {
		return q, e
	} else if ok {
		b, err := strconv.ParseBool(cmpOr(v, "true"))
		if err != nil {
			return q, badRequest(fmt.Sprintf("strict=%s: want 1 or 0 (true or false)", url.QueryEscape(v)))
		}
		q.strict = b
	}
	q.format = "text"
	if v, ok, e := get("format"); e != nil {
		return q, e
	} else if ok {
		switch v {
		case "text", "json", "json-patch":
			q.format = v
		default:
			return q, badRequest(fmt.Sprintf("format=%s: want text, json or json-patch", url.QueryEscape(v)))
		}
	}
	return q, nil
}

// maxNameBytes bounds a notice's name.
const maxNameBytes = 1024

func cmpOr(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// multipartOverhead is what a multipart body may hold beyond its files:
// boundaries, part headers, small fields.
const multipartOverhead = 64 << 10

// readInputs reads the notices of a request: the raw body (one notice,
// named by ?name=) or the parts of a multipart/form-data body named
// fields, each a notice. It never holds more than the size limit of a
// notice: the body is refused as soon as it passes it. The body must
// arrive within BodyTimeout.
func (s *Server) readInputs(w http.ResponseWriter, r *http.Request, q query, fields ...string) ([]*input, *apiError) {
	rc := http.NewResponseController(w)
	deadline := rc.SetReadDeadline(time.Now().Add(s.cfg.BodyTimeout)) == nil
	ins, e := s.readBody(w, r, q, fields)
	if e != nil {
		// What is left of the body is not read: the connection is
		// closed after the answer (net/http would otherwise read on to
		// reuse it, as long as the client cares to send).
		w.Header().Set("Connection", "close")
		return nil, e
	}
	if deadline {
		rc.SetReadDeadline(time.Time{})
	}
	return ins, nil
}

// refuse answers a request whose body is left unread, and closes its
// connection.
func refuse(w http.ResponseWriter, e *apiError) {
	w.Header().Set("Connection", "close")
	writeError(w, e)
}

func (s *Server) readBody(w http.ResponseWriter, r *http.Request, q query, fields []string) ([]*input, *apiError) {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		if len(fields) > 1 {
			return nil, badRequest(fmt.Sprintf("send the notices as a multipart/form-data body with the fields %s", strings.Join(fields, " and ")))
		}
		if r.ContentLength > s.cfg.MaxBytes {
			return nil, s.tooLarge(q.name)
		}
		body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBytes)
		data, err := readLimited(body, s.cfg.MaxBytes, r.ContentLength)
		if err != nil {
			return nil, s.bodyError(r, q.name, err)
		}
		return []*input{{field: fields[0], name: q.name, data: data}}, nil
	}
	boundary := params["boundary"]
	if boundary == "" {
		return nil, badRequest("multipart/form-data without a boundary")
	}
	limit := int64(len(fields))*s.cfg.MaxBytes + multipartOverhead
	if r.ContentLength > limit {
		return nil, s.tooLarge(q.name)
	}
	mr := multipart.NewReader(http.MaxBytesReader(w, r.Body, limit), boundary)
	got := make([]*input, len(fields))
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			if e := s.bodyError(r, q.name, err); e.Code != "bad_request" {
				return nil, e
			}
			return nil, badRequest("malformed multipart body: " + err.Error())
		}
		i := slices.Index(fields, part.FormName())
		if i < 0 {
			// Another field: read past it (the body's limit bounds it).
			if _, err := io.Copy(io.Discard, part); err != nil {
				return nil, s.bodyError(r, q.name, err)
			}
			continue
		}
		if got[i] != nil {
			return nil, badRequest(fmt.Sprintf("multipart field %q given twice", fields[i]))
		}
		name := part.FileName()
		if q.name != "" && len(fields) == 1 {
			name = q.name
		}
		data, err := readLimited(part, s.cfg.MaxBytes, -1)
		if err != nil {
			e := s.bodyError(r, name, err)
			if len(fields) > 1 {
				e.Input = fields[i]
			}
			return nil, e
		}
		got[i] = &input{field: fields[i], name: name, data: data}
	}
	for i, in := range got {
		if in == nil {
			return nil, badRequest(fmt.Sprintf("multipart field %q missing", fields[i]))
		}
	}
	return got, nil
}

// readChunk is the first buffer of a body of unknown length.
const readChunk = 64 << 10

// readLimited reads r to its end into a buffer never larger than max+1
// bytes: errBodyTooLarge past max. hint, when not negative, is the
// expected length.
func readLimited(r io.Reader, max, hint int64) ([]byte, error) {
	size := min(int64(readChunk), max+1)
	if hint >= 0 && hint <= max {
		size = hint + 1 // one more to see the end
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			if int64(cap(buf)) > max {
				return nil, errBodyTooLarge
			}
			nb := make([]byte, len(buf), min(int64(cap(buf))*2, max+1))
			copy(nb, buf)
			buf = nb
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return nil, errBodyTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// options are the parser options of an input.
func (s *Server) options(in *input, q query) []parser.Option {
	opts := slices.Clone(s.cfg.Options(in.name))
	if q.from != "" {
		opts = append(opts, parser.WithFormat(q.from))
	}
	return opts
}

// parse parses one input; the error is the request's answer.
func (s *Server) parse(ctx context.Context, in *input, q query) (*schema.Vacancy, *apiError) {
	v, err := parser.ParseBytes(ctx, in.data, s.options(in, q)...)
	if err != nil {
		return nil, parseError(err)
	}
	if q.strict {
		var errs []schema.Warning
		for _, w := range v.Warnings {
			if w.Severity == schema.SeverityError {
				errs = append(errs, w)
			}
		}
		if len(errs) > 0 {
			msg := fmt.Sprintf("strict: %s: %s", errs[0].Code, errs[0].Message)
			if in.name != "" {
				msg = in.name + ": " + msg
			}
			return nil, &apiError{Status: http.StatusUnprocessableEntity, Code: "strict", Message: msg, Warnings: errs}
		}
	}
	return v, nil
}

// handleParse: POST /v1/parse[?name=FILE][&from=F][&strict=1], the
// notice as the body or as the multipart field "file". The answer is the
// JSON of `vacancy parse`.
func (s *Server) handleParse(w http.ResponseWriter, r *http.Request) {
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
	v, e := s.parse(r.Context(), ins[0], q)
	ins[0].data = nil
	if e != nil {
		writeError(ans, e)
		return
	}
	writeJSON(ans, "application/json", v, true)
}

// handleDiff: POST /v1/diff[?format=text|json|json-patch][&from=F], the
// notices as the multipart fields "old" and "new".
func (s *Server) handleDiff(w http.ResponseWriter, r *http.Request) {
	q, e := readQuery(r, "from", "format")
	if e != nil {
		refuse(w, e)
		return
	}
	ans, release, ok := s.hold(w)
	if !ok {
		return
	}
	defer release()
	ins, e := s.readInputs(w, r, q, "old", "new")
	if e != nil {
		writeError(ans, e)
		return
	}
	var vs [2]*schema.Vacancy
	for i, in := range ins {
		v, e := s.parse(r.Context(), in, q)
		in.data = nil
		if e != nil {
			e.Input = in.field
			e.Message = in.field + ": " + e.Message
			writeError(ans, e)
			return
		}
		vs[i] = v
	}
	changes := schema.Diff(vs[0], vs[1])
	ans.Header().Set("Vacancy-Changes", strconv.Itoa(len(changes)))
	switch q.format {
	case "text":
		var buf bytes.Buffer
		_ = schema.WriteChanges(&buf, changes, false)
		text := buf.String()
		if s.cfg.DiffText != nil {
			text = s.cfg.DiffText(text)
		}
		ans.Header().Set("Content-Type", "text/plain; charset=utf-8")
		ans.Header().Set("Content-Length", strconv.Itoa(len(text)))
		io.WriteString(ans, text)
	case "json":
		if changes == nil {
			changes = []schema.Change{}
		}
		writeJSON(ans, "application/json", changes, true)
	case "json-patch":
		ops, err := schema.Patch(vs[0], vs[1])
		if err != nil {
			writeError(ans, &apiError{Status: http.StatusInternalServerError, Code: "internal", Message: "making the patch: " + err.Error()})
			return
		}
		if ops == nil {
			ops = []schema.PatchOp{}
		}
		writeJSON(ans, "application/json-patch+json", ops, true)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
