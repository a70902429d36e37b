package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/schema"
	"github.com/vacancy-tools/vacancy/schema/validate"
)

const corpus = "../../../../corpus"

func readCorpus(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpus, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// syncBuffer is the server's log, read by the tests while it is written.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testAPI is a server on a random port and a client that checks every
// answer against the server's OpenAPI description.
type testAPI struct {
	t      testing.TB
	srv    *Server
	http   *httptest.Server
	log    *syncBuffer
	router routers.Router
	doc    *openapi3.T
	client *http.Client
}

func init() {
	// Bodies kin-openapi has no decoder for, read as text or JSON.
	openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("text/css", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("text/javascript", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("application/schema+json", openapi3filter.JSONBodyDecoder)
}

func newAPI(t testing.TB, cfg Config) *testAPI {
	t.Helper()
	log := &syncBuffer{}
	cfg.Log = log
	s := New(cfg)
	hs := httptest.NewUnstartedServer(s)
	hs.Config = s.HTTPServer()
	hs.Start()
	t.Cleanup(hs.Close)
	doc := loadOpenAPI(t, s)
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	// A client sends Expect: 100-continue before a large body, as curl
	// does: a body the server refuses from its Content-Length is then
	// never sent, and the refusal cannot be lost to a connection reset
	// while the client is still writing.
	tr := hs.Client().Transport.(*http.Transport).Clone()
	tr.ExpectContinueTimeout = 5 * time.Second
	return &testAPI{t: t, srv: s, http: hs, log: log, router: router, doc: doc, client: &http.Client{Transport: tr}}
}

// expectContinueOver is the body size from which a request asks the
// server before sending it.
const expectContinueOver = 256 << 10

// with is a copy of a whose failures go to t: a subtest fails itself,
// never its parent.
func (a *testAPI) with(t testing.TB) *testAPI {
	b := *a
	b.t = t
	return &b
}

// loadOpenAPI loads and validates the server's OpenAPI description with
// kin-openapi, an independent OpenAPI 3.1 implementation.
func loadOpenAPI(t testing.TB, s *Server) *openapi3.T {
	t.Helper()
	data, err := s.OpenAPI()
	if err != nil {
		t.Fatal(err)
	}
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(data)
	if err != nil {
		t.Fatalf("openapi.json does not load: %v", err)
	}
	if !doc.IsOpenAPI31OrLater() {
		t.Fatalf("openapi.json is OpenAPI %s, want 3.1", doc.OpenAPI)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.json is not valid OpenAPI 3.1: %v", err)
	}
	return doc
}

// do sends req and returns the answer, checked against the OpenAPI
// description: a documented status (explicitly, for the statuses of the
// parse endpoints), headers and body that match its schema.
func (a *testAPI) do(req *http.Request) (*http.Response, []byte) {
	a.t.Helper()
	if req.ContentLength > expectContinueOver {
		req.Header.Set("Expect", "100-continue")
	}
	resp, err := a.client.Do(req)
	if err != nil {
		a.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		a.t.Fatalf("%s %s: reading the answer: %v", req.Method, req.URL, err)
	}
	a.check(req, resp, body)
	return resp, body
}

func (a *testAPI) check(req *http.Request, resp *http.Response, body []byte) {
	a.t.Helper()
	find := req
	if req.Method == http.MethodHead {
		// HEAD is GET without the body (RFC 9110), not described apart.
		find = req.Clone(context.Background())
		find.Method = http.MethodGet
	}
	route, params, err := a.router.FindRoute(find)
	if err != nil {
		if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusMethodNotAllowed {
			a.t.Errorf("%s %s: no route in openapi.json: %v", req.Method, req.URL.Path, err)
		}
		checkErrorBody(a.t, resp, body)
		return
	}
	switch resp.StatusCode {
	case http.StatusOK, http.StatusBadRequest, http.StatusRequestTimeout, http.StatusRequestEntityTooLarge,
		http.StatusUnsupportedMediaType, http.StatusUnprocessableEntity, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		if strings.HasPrefix(route.Path, "/v1/") && req.Method == http.MethodPost && route.Operation.Responses.Status(resp.StatusCode) == nil {
			a.t.Errorf("%s %s: status %d not documented", req.Method, req.URL.Path, resp.StatusCode)
		}
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{IncludeResponseStatus: true, ExcludeRequestBody: true}}
	if resp.StatusCode == http.StatusOK {
		// The parameters the server accepted are the documented ones.
		if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
			a.t.Errorf("%s %s: request does not match openapi.json: %v", req.Method, req.URL, err)
		}
	}
	if req.Method == http.MethodHead {
		return
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.StatusCode, Header: resp.Header,
		Body: io.NopCloser(bytes.NewReader(body)), Options: in.Options}
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		a.t.Errorf("%s %s: %d answer does not match openapi.json: %v", req.Method, req.URL.Path, resp.StatusCode, err)
	}
	if resp.StatusCode != http.StatusOK {
		checkErrorBody(a.t, resp, body)
	}
}

// checkErrorBody checks an error answer is the JSON error object.
func checkErrorBody(t testing.TB, resp *http.Response, body []byte) {
	t.Helper()
	if resp.StatusCode == http.StatusOK {
		return
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("%d answer is %s, not JSON", resp.StatusCode, ct)
	}
	var e struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal(body, &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
		t.Errorf("%d answer is no error object: %s", resp.StatusCode, body)
	}
}

func (a *testAPI) url(path string) string { return a.http.URL + path }

func (a *testAPI) post(path string, body io.Reader, contentType string) (*http.Response, []byte) {
	a.t.Helper()
	req, err := http.NewRequest(http.MethodPost, a.url(path), body)
	if err != nil {
		a.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return a.do(req)
}

func (a *testAPI) get(path string) (*http.Response, []byte) {
	a.t.Helper()
	req, err := http.NewRequest(http.MethodGet, a.url(path), nil)
	if err != nil {
		a.t.Fatal(err)
	}
	return a.do(req)
}

// multipartBody is a multipart/form-data body of files by field.
func multipartBody(t testing.TB, files ...[3]string) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range files { // field, file name, content
		w, err := mw.CreateFormFile(f[0], f[1])
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, f[2])
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

// errorOf is the error object of an answer.
type errorObj struct {
	Code     string           `json:"code"`
	Message  string           `json:"message"`
	Limit    string           `json:"limit"`
	Max      int64            `json:"max"`
	Input    string           `json:"input"`
	Warnings []schema.Warning `json:"warnings"`
}

func errorOf(t testing.TB, body []byte) errorObj {
	t.Helper()
	var e struct {
		Error errorObj `json:"error"`
	}
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("no error object: %v: %s", err, body)
	}
	return e.Error
}

var vacancySchema = validate.MustCompile("vacancy.schema.json", schema.VacancySchema)

func TestOpenAPI(t *testing.T) {
	a := newAPI(t, Config{})
	resp, body := a.get("/openapi.json")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	served, _ := a.srv.OpenAPI()
	if !bytes.Equal(body, served) {
		t.Error("GET /openapi.json is not the description OpenAPI returns")
	}
	if bytes.Contains(body, []byte(`"#/$defs/`)) {
		t.Error("a reference into a schema's $defs is left in openapi.json")
	}
	// Every endpoint the server answers is described.
	for _, p := range []string{"/v1/parse", "/v1/review", "/v1/diff", "/v1/schema", "/openapi.json", "/healthz", "/", "/app.css", "/app.js"} {
		if a.doc.Paths.Find(p) == nil {
			t.Errorf("%s is not in openapi.json", p)
		}
	}
	// Every error code the server answers is in the Error schema.
	codes := a.doc.Components.Schemas["Error"].Value.Properties["error"].Value.Properties["code"].Value.Enum
	src, _ := os.ReadFile("errors.go")
	for _, m := range regexp.MustCompile(`(?m)^//\s+\d{3} ([a-z_]+)`).FindAllSubmatch(src, -1) {
		if !slices.Contains(codes, any(string(m[1]))) {
			t.Errorf("error code %s is not in openapi.json", m[1])
		}
	}
	if len(codes) < 15 {
		t.Errorf("openapi.json lists %d error codes", len(codes))
	}
}

func TestEndpoints(t *testing.T) {
	a := newAPI(t, Config{MaxBytes: 1 << 20})
	md := string(readCorpus(t, "250715-pdd.md"))
	pdf := string(readCorpus(t, "250715-pdd.libreoffice.pdf"))
	faq := string(readCorpus(t, "faq-internship.fr.txt"))
	big := strings.Repeat("x", 1<<20+1)

	t.Run("healthz", func(t *testing.T) {
		a := a.with(t)
		resp, body := a.get("/healthz")
		if resp.StatusCode != 200 || !strings.Contains(string(body), `"status":"ok"`) {
			t.Errorf("%d %s", resp.StatusCode, body)
		}
		req, _ := http.NewRequest(http.MethodHead, a.url("/healthz"), nil)
		if resp, _ := a.do(req); resp.StatusCode != 200 {
			t.Errorf("HEAD: %d", resp.StatusCode)
		}
	})
	t.Run("schema", func(t *testing.T) {
		a := a.with(t)
		resp, body := a.get("/v1/schema")
		if resp.StatusCode != 200 || !bytes.Equal(body, schema.VacancySchema) {
			t.Errorf("%d, %d bytes", resp.StatusCode, len(body))
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/schema+json" {
			t.Errorf("Content-Type %s", ct)
		}
	})
	t.Run("page", func(t *testing.T) {
		a := a.with(t)
		for _, p := range []string{"/", "/app.css", "/app.js"} {
			resp, body := a.get(p)
			if resp.StatusCode != 200 || len(body) < 500 {
				t.Errorf("%s: %d, %d bytes", p, resp.StatusCode, len(body))
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("%s: CSP %q", p, csp)
			}
		}
		_, body := a.get("/")
		// Nothing from elsewhere: no absolute URL but the SVG and XHTML
		// namespaces, which are names, not loads.
		for _, p := range []string{"/", "/app.css", "/app.js"} {
			_, b := a.get(p)
			for _, m := range regexp.MustCompile(`https?://[^\s"')]+`).FindAll(b, -1) {
				if s := string(m); s != "http://www.w3.org/2000/svg" && s != "http://www.w3.org/1999/xhtml" {
					t.Errorf("%s refers to %s", p, s)
				}
			}
		}
		if !bytes.Contains(body, []byte(`<input type="file" id="file"`)) {
			t.Error("no file input on the page")
		}
	})
	t.Run("not found", func(t *testing.T) {
		a := a.with(t)
		resp, body := a.get("/nope")
		if resp.StatusCode != 404 || errorOf(t, body).Code != "not_found" {
			t.Errorf("%d %s", resp.StatusCode, body)
		}
	})
	t.Run("method", func(t *testing.T) {
		a := a.with(t)
		resp, body := a.get("/v1/parse")
		if resp.StatusCode != 405 || resp.Header.Get("Allow") != "POST" || errorOf(t, body).Code != "method_not_allowed" {
			t.Errorf("%d %s %s", resp.StatusCode, resp.Header.Get("Allow"), body)
		}
		resp, _ = a.post("/healthz", strings.NewReader(""), "")
		if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("POST /healthz: %d %s", resp.StatusCode, resp.Header.Get("Allow"))
		}
	})

	type tc struct {
		name, path, contentType string
		body                    string
		status                  int
		code                    string
	}
	mpFile, mpType := multipartBody(t, [3]string{"file", "250715-pdd.md", md})
	mpOther, mpOtherType := multipartBody(t, [3]string{"other", "a.txt", "x"}, [3]string{"file", "n.pdf", pdf})
	mpNone, mpNoneType := multipartBody(t, [3]string{"files", "250715-pdd.md", md})
	mpTwice, mpTwiceType := multipartBody(t, [3]string{"file", "a.md", md}, [3]string{"file", "b.md", md})
	mpBig, mpBigType := multipartBody(t, [3]string{"file", "big.txt", big})
	txt := string(readCorpus(t, "250715-pdd.txt"))
	mpDiff, mpDiffType := multipartBody(t, [3]string{"old", "old.md", md}, [3]string{"new", "new.txt", txt})
	mpDiffOld, mpDiffOldType := multipartBody(t, [3]string{"old", "old.md", md})
	mpDiffFAQ, mpDiffFAQType := multipartBody(t, [3]string{"old", "faq.txt", faq}, [3]string{"new", "new.md", md})
	mpDiffBig, mpDiffBigType := multipartBody(t, [3]string{"old", "old.md", md}, [3]string{"new", "big.txt", big})
	cases := []tc{
		{"raw markdown", "/v1/parse?name=250715-pdd.md", "", md, 200, ""},
		{"raw pdf unnamed", "/v1/parse", "application/pdf", pdf, 200, ""},
		{"multipart", "/v1/parse", mpType, mpFile.String(), 200, ""},
		{"multipart other field", "/v1/parse", mpOtherType, mpOther.String(), 200, ""},
		{"multipart no file", "/v1/parse", mpNoneType, mpNone.String(), 400, "bad_request"},
		{"multipart twice", "/v1/parse", mpTwiceType, mpTwice.String(), 400, "bad_request"},
		{"multipart no boundary", "/v1/parse", "multipart/form-data", mpFile.String(), 400, "bad_request"},
		{"multipart malformed", "/v1/parse", mpType, "--nope\r\nthis is not multipart", 400, "bad_request"},
		{"multipart cut short", "/v1/parse", mpType, mpFile.String()[:mpFile.Len()/2], 400, "bad_request"},
		{"name twice", "/v1/parse?name=a.md&name=b.md", "", md, 400, "bad_request"},
		{"strict bad", "/v1/parse?strict=maybe", "", md, 400, "bad_request"},
		{"strict clean", "/v1/parse?strict=1&name=250715-pdd.md", "", md, 200, ""},
		{"from unknown", "/v1/parse?from=docx", "", md, 415, "unsupported_format"},
		{"from markdown", "/v1/parse?from=markdown", "", md, 200, ""},
		{"from pdf on text", "/v1/parse?from=pdf", "", md, 422, "malformed"},
		{"empty", "/v1/parse?name=empty.txt", "", "", 422, "empty"},
		{"whitespace", "/v1/parse", "", " \n\t\r\n  ", 422, "empty"},
		{"not a vacancy", "/v1/parse?name=faq.txt", "", faq, 422, "not_vacancy"},
		{"binary", "/v1/parse", "application/octet-stream", "\x00\x01\x02\xff\xfe binary \x00", 415, "unsupported_format"},
		{"too large", "/v1/parse", "", big, 413, "too_large"},
		{"too large multipart", "/v1/parse", mpBigType, mpBig.String(), 413, "too_large"},
		{"review pdf", "/v1/review?name=n.pdf", "", pdf, 200, ""},
		{"review markdown", "/v1/review", mpType, mpFile.String(), 200, ""},
		{"review not a vacancy", "/v1/review", "", faq, 422, "not_vacancy"},
		{"diff", "/v1/diff", mpDiffType, mpDiff.String(), 200, ""},
		{"diff json", "/v1/diff?format=json", mpDiffType, mpDiff.String(), 200, ""},
		{"diff json-patch", "/v1/diff?format=json-patch", mpDiffType, mpDiff.String(), 200, ""},
		{"diff format", "/v1/diff?format=yaml", mpDiffType, mpDiff.String(), 400, "bad_request"},
		{"diff raw", "/v1/diff", "", md, 400, "bad_request"},
		{"diff one", "/v1/diff", mpDiffOldType, mpDiffOld.String(), 400, "bad_request"},
		{"diff not a vacancy", "/v1/diff", mpDiffFAQType, mpDiffFAQ.String(), 422, "not_vacancy"},
		{"diff too large", "/v1/diff", mpDiffBigType, mpDiffBig.String(), 413, "too_large"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := a.with(t)
			resp, body := a.post(c.path, strings.NewReader(c.body), c.contentType)
			if resp.StatusCode != c.status {
				t.Fatalf("status %d, want %d: %.300s", resp.StatusCode, c.status, body)
			}
			if c.code != "" {
				if e := errorOf(t, body); e.Code != c.code {
					t.Errorf("code %s, want %s (%s)", e.Code, c.code, e.Message)
				}
				return
			}
			switch {
			case strings.HasPrefix(c.path, "/v1/parse"):
				if err := vacancySchema.Validate(body); err != nil {
					t.Errorf("not a valid vacancy: %v", err)
				}
			case strings.HasPrefix(c.path, "/v1/review"):
				var r struct {
					Vacancy json.RawMessage
					Source  sourceView
				}
				if err := json.Unmarshal(body, &r); err != nil {
					t.Fatal(err)
				}
				if err := vacancySchema.Validate(r.Vacancy); err != nil {
					t.Errorf("not a valid vacancy: %v", err)
				}
				if len(r.Source.Blocks) < 50 {
					t.Errorf("%d blocks", len(r.Source.Blocks))
				}
				if r.Source.Format == "pdf" && (len(r.Source.PageSizes) != 12 || len(r.Source.Lines) != 0 || r.Source.Blocks[0].Box == nil) {
					t.Errorf("PDF: %d pages, %d lines", len(r.Source.PageSizes), len(r.Source.Lines))
				}
				if r.Source.Format == "markdown" && (len(r.Source.Lines) < 100 || len(r.Source.PageSizes) != 0) {
					t.Errorf("Markdown: %d lines", len(r.Source.Lines))
				}
			case strings.HasPrefix(c.path, "/v1/diff"):
				if resp.Header.Get("Vacancy-Changes") == "" || resp.Header.Get("Vacancy-Changes") == "0" {
					t.Errorf("Vacancy-Changes: %q", resp.Header.Get("Vacancy-Changes"))
				}
			}
		})
	}

	t.Run("multipart name", func(t *testing.T) {
		a := a.with(t)
		_, body := a.post("/v1/parse", bytes.NewReader(mpFile.Bytes()), mpType)
		var v schema.Vacancy
		json.Unmarshal(body, &v)
		if v.Source.File != "250715-pdd.md" {
			t.Errorf("source.file %q, want the part's file name", v.Source.File)
		}
		_, body = a.post("/v1/parse?name=other.md", bytes.NewReader(mpFile.Bytes()), mpType)
		json.Unmarshal(body, &v)
		if v.Source.File != "other.md" {
			t.Errorf("source.file %q, want ?name=", v.Source.File)
		}
	})
	t.Run("diff input", func(t *testing.T) {
		a := a.with(t)
		_, body := a.post("/v1/diff", bytes.NewReader(mpDiffFAQ.Bytes()), mpDiffFAQType)
		if e := errorOf(t, body); e.Input != "old" || !strings.HasPrefix(e.Message, "old: faq.txt: not a vacancy notice") {
			t.Errorf("%+v", e)
		}
	})
	t.Run("too large", func(t *testing.T) {
		a := a.with(t)
		_, body := a.post("/v1/parse", strings.NewReader(big), "")
		if e := errorOf(t, body); e.Limit != "size" || e.Max != 1<<20 {
			t.Errorf("%+v", e)
		}
		// Without a Content-Length, the body is refused while read.
		_, body = a.post("/v1/parse", io.MultiReader(strings.NewReader(big)), "")
		if e := errorOf(t, body); e.Code != "too_large" {
			t.Errorf("chunked: %+v", e)
		}
	})
}

// TestStrict: a notice with a warning of severity error is refused under
// strict=1 with its warnings, and parsed without.
func TestStrict(t *testing.T) {
	a := newAPI(t, Config{})
	// The halves of parser/warnings_test.go's notice whose halves give
	// different salaries.
	data := bytes.Replace(readCorpus(t, "250715-pdd.txt"), []byte("1 286,09Euro"), []byte("1 386,09Euro"), 1)
	resp, body := a.post("/v1/parse?name=salaries.txt", bytes.NewReader(data), "")
	if resp.StatusCode != 200 {
		t.Fatalf("without strict: %d %s", resp.StatusCode, body)
	}
	var v schema.Vacancy
	json.Unmarshal(body, &v)
	if !schema.HasErrors(v.Warnings) {
		t.Fatal("halves with different salaries give no warning of severity error")
	}
	resp, body = a.post("/v1/parse?name=salaries.txt&strict=1", bytes.NewReader(data), "")
	e := errorOf(t, body)
	if resp.StatusCode != 422 || e.Code != "strict" || len(e.Warnings) == 0 || !strings.HasPrefix(e.Message, "salaries.txt: strict: salary_mismatch: ") {
		t.Errorf("strict: %d %+v", resp.StatusCode, e)
	}
	for _, w := range e.Warnings {
		if w.Severity != schema.SeverityError {
			t.Errorf("warning %s of severity %s", w.Code, w.Severity)
		}
	}
}

// TestTimeout: a parse past its time budget is answered 504.
func TestTimeout(t *testing.T) {
	a := newAPI(t, Config{Timeout: 300 * time.Millisecond, Options: func(name string) []parser.Option {
		return []parser.Option{parser.WithName(name), parser.WithLimits(parser.Limits{Timeout: 300 * time.Millisecond})}
	}})
	slow := bytes.Repeat(readCorpus(t, "250715-pdd.txt"), 300)
	start := time.Now()
	resp, body := a.post("/v1/parse?name=slow.txt", bytes.NewReader(slow), "")
	e := errorOf(t, body)
	if resp.StatusCode != 504 || e.Code != "timeout" || e.Limit != "time" || e.Max != 300 {
		t.Errorf("%d %+v", resp.StatusCode, e)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("answered after %v", d)
	}
}

// TestRequestTimeout: a body that stops arriving is answered 408 once its
// time has passed.
func TestRequestTimeout(t *testing.T) {
	a := newAPI(t, Config{BodyTimeout: 200 * time.Millisecond})
	pr, pw := io.Pipe()
	defer pw.Close()
	go pw.Write(readCorpus(t, "250715-pdd.md")[:1000])
	req, _ := http.NewRequest(http.MethodPost, a.url("/v1/parse"), pr)
	req.ContentLength = 50000
	resp, body := a.do(req)
	if e := errorOf(t, body); resp.StatusCode != 408 || e.Code != "request_timeout" {
		t.Errorf("%d %+v", resp.StatusCode, e)
	}
	waitFor(t, func() bool { return a.srv.Running() == 0 }, "the parse slot to be released")
}

// TestBusy: with every parse slot taken, a request is answered 503 with
// Retry-After at once; once the slot is free, it is served.
func TestBusy(t *testing.T) {
	a := newAPI(t, Config{MaxConcurrent: 1})
	md := readCorpus(t, "250715-pdd.md")
	pr, pw := io.Pipe()
	done := make(chan []byte)
	go func() {
		req, _ := http.NewRequest(http.MethodPost, a.url("/v1/parse?name=slow.md"), pr)
		resp, err := a.http.Client().Do(req)
		if err != nil {
			done <- []byte(err.Error())
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		done <- append([]byte(fmt.Sprint(resp.StatusCode, " ")), b...)
	}()
	pw.Write(md[:100])
	waitFor(t, func() bool { return a.srv.Running() == 1 }, "the first parse to start")

	resp, body := a.post("/v1/parse?name=x.md", bytes.NewReader(md), "")
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") != "1" || errorOf(t, body).Code != "busy" {
		t.Errorf("second request: %d %q %s", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	pw.Write(md[100:])
	pw.Close()
	if got := <-done; !bytes.HasPrefix(got, []byte("200 ")) {
		t.Errorf("first request: %.200s", got)
	}
	if resp, _ := a.post("/v1/parse", bytes.NewReader(md), ""); resp.StatusCode != 200 {
		t.Errorf("after: %d", resp.StatusCode)
	}
}

// TestDisconnectMidUpload: a client that goes away in the middle of its
// body frees its slot, is logged, and the server goes on serving.
func TestDisconnectMidUpload(t *testing.T) {
	a := newAPI(t, Config{MaxConcurrent: 1})
	md := readCorpus(t, "250715-pdd.md")
	for _, ct := range []string{"", "multipart/form-data; boundary=xyz"} {
		conn, err := net.Dial("tcp", a.http.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "POST /v1/parse?name=cut.md HTTP/1.1\r\nHost: test\r\nContent-Length: %d\r\n", len(md))
		if ct != "" {
			fmt.Fprintf(conn, "Content-Type: %s\r\n", ct)
			io.WriteString(conn, "\r\n--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.md\"\r\n\r\n")
		} else {
			io.WriteString(conn, "\r\n")
		}
		conn.Write(md[:len(md)/3])
		waitFor(t, func() bool { return a.srv.Running() == 1 }, "the parse to start")
		conn.Close()
		waitFor(t, func() bool { return a.srv.Running() == 0 }, "the slot to be released")
	}
	waitFor(t, func() bool { return strings.Count(a.log.String(), "POST /v1/parse 499 ") == 2 }, "two 499 log lines")
	if resp, _ := a.post("/v1/parse", bytes.NewReader(md), ""); resp.StatusCode != 200 {
		t.Errorf("after the disconnections: %d", resp.StatusCode)
	}
}

// TestLog: one line per request, with method, path, status, bytes and
// milliseconds, and nothing of the document, its name or the query.
func TestLog(t *testing.T) {
	a := newAPI(t, Config{})
	md := readCorpus(t, "250715-pdd.md")
	a.post("/v1/parse?name=secret-name.md", bytes.NewReader(md), "")
	a.post("/v1/parse?name=secret-faq.txt", bytes.NewReader(readCorpus(t, "faq-internship.fr.txt")), "")
	a.get("/healthz")
	lines := strings.Split(strings.TrimSpace(a.log.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d log lines:\n%s", len(lines), a.log.String())
	}
	re := regexp.MustCompile(`^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d (POST|GET) (/\S*) (\d{3}) (\d+) bytes (\d+) ms`)
	for i, want := range []string{"POST /v1/parse 200", "POST /v1/parse 422", "GET /healthz 200"} {
		m := re.FindStringSubmatch(lines[i])
		if m == nil || !strings.Contains(lines[i], want) {
			t.Errorf("line %d: %q, want %q", i+1, lines[i], want)
		}
	}
	for _, secret := range []string{"secret", "Public Diplomacy", "NATO", "fréquemment"} {
		if strings.Contains(a.log.String(), secret) {
			t.Errorf("the log holds %q", secret)
		}
	}
}

// TestPanic: a panic while serving is a 500 JSON answer, not a dropped
// connection, and the server goes on.
func TestPanic(t *testing.T) {
	a := newAPI(t, Config{Options: func(string) []parser.Option { panic("boom") }})
	resp, body := a.post("/v1/parse", strings.NewReader("x"), "")
	if resp.StatusCode != 500 || errorOf(t, body).Code != "internal" {
		t.Errorf("%d %s", resp.StatusCode, body)
	}
	if resp, _ := a.get("/healthz"); resp.StatusCode != 200 {
		t.Errorf("after: %d", resp.StatusCode)
	}
	if a.srv.Running() != 0 {
		t.Error("slot not released")
	}
}

// TestGracefulShutdown: once Serve's context is done (SIGINT, SIGTERM),
// new connections are refused and the parse under way finishes and is
// answered.
func TestGracefulShutdown(t *testing.T) {
	log := &syncBuffer{}
	s := New(Config{Log: log})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error)
	go func() { served <- s.Serve(ctx, ln) }()
	md := readCorpus(t, "250715-pdd.md")
	pr, pw := io.Pipe()
	done := make(chan string)
	go func() {
		resp, err := http.Post("http://"+ln.Addr().String()+"/v1/parse?name=a.md", "text/markdown", pr)
		if err != nil {
			done <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		done <- fmt.Sprint(resp.StatusCode, " ", len(b))
	}()
	pw.Write(md[:1000])
	waitFor(t, func() bool { return s.Running() == 1 }, "the parse to start")
	cancel()
	waitFor(t, func() bool { return strings.Contains(log.String(), "shutting down: 1 parses running") }, "the shutdown")
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("a new connection is accepted during the shutdown")
	}
	pw.Write(md[1000:])
	pw.Close()
	if got := <-done; !strings.HasPrefix(got, "200 ") {
		t.Errorf("the parse under way: %s", got)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// TestReadLimited: never more than max+1 bytes held.
func TestReadLimited(t *testing.T) {
	for _, n := range []int{0, 1, 1000, readChunk, readChunk + 1, 3 * readChunk} {
		for _, max := range []int64{10, readChunk, 2 * readChunk} {
			for _, hint := range []int64{-1, int64(n)} {
				b, err := readLimited(bytes.NewReader(make([]byte, n)), max, hint)
				switch {
				case int64(n) > max && !errors.Is(err, errBodyTooLarge):
					t.Errorf("n=%d max=%d: %v", n, max, err)
				case int64(n) <= max && (err != nil || len(b) != n):
					t.Errorf("n=%d max=%d: %d bytes, %v", n, max, len(b), err)
				case err == nil && int64(cap(b)) > max+1:
					t.Errorf("n=%d max=%d: buffer of %d", n, max, cap(b))
				}
			}
		}
	}
}

func waitFor(t testing.TB, cond func() bool, what string) {
	t.Helper()
	// (Generous: a CI machine running every package's tests at once,
	// the browser and the hostile-input tests among them, once took
	// more than 10 s to start a handler.)
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestReviewIsParse: the vacancy of POST /v1/review is the answer of POST
// /v1/parse (on one line), and every provenance entry points at a block of
// its source view that starts at the same page and line.
func TestReviewIsParse(t *testing.T) {
	a := newAPI(t, Config{})
	for _, name := range []string{"250715-pdd.libreoffice.pdf", "250715-pdd.txt", "250715-pdd.md", "250715-pdd.html", "20417-nspa.chromium.pdf"} {
		data := readCorpus(t, name)
		_, parsed := a.post("/v1/parse?name="+name, bytes.NewReader(data), "")
		_, body := a.post("/v1/review?name="+name, bytes.NewReader(data), "")
		var r struct {
			Vacancy json.RawMessage
			Source  sourceView
		}
		if err := json.Unmarshal(body, &r); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		json.Compact(&want, parsed)
		if !bytes.Equal(r.Vacancy, want.Bytes()) {
			t.Errorf("%s: the review's vacancy is not the parse's", name)
		}
		var v schema.Vacancy
		json.Unmarshal(parsed, &v)
		starts := map[[2]int]bool{}
		for _, b := range r.Source.Blocks {
			starts[[2]int{b.Page, b.Line}] = true
		}
		for ptr, o := range v.Provenance {
			if !starts[[2]int{o.Page, o.Line}] {
				t.Errorf("%s: %s at page %d, line %d: no block starts there", name, ptr, o.Page, o.Line)
			}
			if r.Source.Format != "pdf" && (o.Line < 1 || o.Line > len(r.Source.Lines)) {
				t.Errorf("%s: %s at line %d of %d", name, ptr, o.Line, len(r.Source.Lines))
			}
		}
		if r.Source.Format == "pdf" {
			for _, b := range r.Source.Blocks {
				p := r.Source.PageSizes[b.Page-1]
				if b.Box == nil || b.Box[0] < -5 || b.Box[2] > p.Width+5 || b.Box[1] < -5 || b.Box[3] > p.Height+5 {
					t.Errorf("%s: block at page %d, line %d: box %v off its %vx%v page", name, b.Page, b.Line, b.Box, p.Width, p.Height)
					break
				}
			}
		}
	}
}

// TestNothingOnDisk: a multipart upload leaves no temporary file (the
// body is read as a stream, never by ParseMultipartForm, which spills to
// disk).
func TestNothingOnDisk(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	a := newAPI(t, Config{})
	big := bytes.Repeat(readCorpus(t, "250715-pdd.txt"), 40) // 1.3 MB
	body, ct := multipartBody(t, [3]string{"file", "big.txt", string(big)})
	a.post("/v1/parse", body, ct)
	body, ct = multipartBody(t, [3]string{"old", "a.txt", string(big)}, [3]string{"new", "b.md", string(readCorpus(t, "250715-pdd.md"))})
	a.post("/v1/diff", body, ct)
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("%d files written to TMPDIR", len(entries))
	}
}

// TestServerTimeouts: every timeout of the http.Server is set, and the
// write timeout outlasts the longest request (a body, then two parses).
func TestServerTimeouts(t *testing.T) {
	s := New(Config{Timeout: 10 * time.Second})
	hs := s.HTTPServer()
	if hs.ReadHeaderTimeout <= 0 || hs.ReadTimeout <= 0 || hs.WriteTimeout <= 0 || hs.IdleTimeout <= 0 {
		t.Errorf("timeouts: header %v, read %v, write %v, idle %v", hs.ReadHeaderTimeout, hs.ReadTimeout, hs.WriteTimeout, hs.IdleTimeout)
	}
	if longest := s.cfg.BodyTimeout + 2*s.cfg.Timeout; hs.WriteTimeout <= longest || hs.ReadTimeout <= s.cfg.BodyTimeout {
		t.Errorf("write timeout %v, read timeout %v for a request of up to %v", hs.WriteTimeout, hs.ReadTimeout, longest)
	}
}
