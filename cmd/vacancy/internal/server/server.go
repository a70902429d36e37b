// Package server is the HTTP side of `vacancy serve`: a JSON API over the
// parser for importers that do not write Go, and a review page on which a
// person checks a parse against its source.
//
//	POST /v1/parse    one notice → the JSON of `vacancy parse`
//	POST /v1/review   one notice → that JSON and the source view of the page
//	POST /v1/diff     two notices → their differences
//	GET  /v1/schema   the JSON Schema of a vacancy
//	GET  /openapi.json  OpenAPI 3.1 description of all of it
//	GET  /healthz     liveness and load
//	GET  /            the review page (web/, embedded)
//
// Nothing is written to disk and nothing is kept once a response is sent:
// a notice is read into memory (never more than the size limit), parsed
// and dropped. Errors are JSON, {"error": {"code": …, "message": …}}, with
// a status that says what went wrong (see errors.go).
//
// The package names no command-line flag: the command turns its flags
// into a Config.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vacancy-tools/vacancy/parser"
)

// Config is what the command line sets.
type Config struct {
	// Options are the parser options of one input named name: the
	// limits, and whatever else the command sets for every parse. The
	// server adds the input format a request names.
	Options func(name string) []parser.Option
	// MaxBytes is the largest notice (the parser's MaxBytes): a request
	// body is refused as soon as it passes it, while it is read.
	MaxBytes int64
	// Timeout is the time budget of one parse (the parser's Timeout).
	Timeout time.Duration
	// BodyTimeout is the time a request body has to arrive: at least a
	// minute (an upload of tens of MB on a slow line), and Timeout when it
	// is longer. 0 is that default.
	BodyTimeout time.Duration
	// MaxConcurrent is how many requests may parse at once; one more is
	// answered 503 at once. At least 1.
	MaxConcurrent int
	// DiffText, when set, filters the text of POST /v1/diff?format=text
	// (the command escapes control characters, as for a terminal).
	DiffText func(string) string
	// Log receives one line per request (method, path, status, bytes,
	// milliseconds), and the server's own messages; nil discards them.
	Log io.Writer
}

// Server serves the API and the page. It is an http.Handler; Serve runs
// it on a listener with timeouts and a graceful shutdown.
type Server struct {
	cfg     Config
	slots   chan struct{} // one token per running parse
	running atomic.Int64
	log     *log.Logger
	mux     *http.ServeMux

	openapiOnce sync.Once
	openapi     []byte
	openapiErr  error
}

// New returns a server for cfg.
func New(cfg Config) *Server {
	if cfg.MaxConcurrent < 1 {
		cfg.MaxConcurrent = 1
	}
	if cfg.Options == nil {
		cfg.Options = func(name string) []parser.Option { return []parser.Option{parser.WithName(name)} }
	}
	d := parser.DefaultLimits()
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = d.MaxBytes
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = d.Timeout
	}
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = max(cfg.Timeout, minBodyTimeout)
	}
	out := cfg.Log
	if out == nil {
		out = io.Discard
	}
	s := &Server{cfg: cfg, slots: make(chan struct{}, cfg.MaxConcurrent), log: log.New(out, "", log.LstdFlags|log.LUTC)}
	s.routes()
	return s
}

// route is a path's handler and the methods it answers; GET implies HEAD.
type route struct {
	methods []string
	h       http.HandlerFunc
}

func (s *Server) routes() {
	s.mux = http.NewServeMux()
	add := func(path string, h http.HandlerFunc, methods ...string) {
		r := route{methods: methods, h: h}
		s.mux.HandleFunc(path, r.serve)
	}
	add("/v1/parse", s.handleParse, http.MethodPost)
	add("/v1/review", s.handleReview, http.MethodPost)
	add("/v1/diff", s.handleDiff, http.MethodPost)
	add("/v1/schema", s.handleSchema, http.MethodGet)
	add("/openapi.json", s.handleOpenAPI, http.MethodGet)
	add("/healthz", s.handleHealth, http.MethodGet)
	add("/{$}", s.handlePage, http.MethodGet)
	for name := range assets {
		add("/"+name, s.handleAsset, http.MethodGet)
	}
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, &apiError{Status: http.StatusNotFound, Code: "not_found", Message: "no such endpoint: " + r.URL.EscapedPath()})
	})
}

func (rt route) serve(w http.ResponseWriter, r *http.Request) {
	for _, m := range rt.methods {
		if r.Method == m || m == http.MethodGet && r.Method == http.MethodHead {
			rt.h(w, r)
			return
		}
	}
	allow := rt.methods[0]
	if allow == http.MethodGet {
		allow += ", " + http.MethodHead
	}
	w.Header().Set("Allow", allow)
	writeError(w, &apiError{Status: http.StatusMethodNotAllowed, Code: "method_not_allowed",
		Message: fmt.Sprintf("%s takes %s, not %s", r.URL.EscapedPath(), allow, r.Method)})
}

// ServeHTTP logs one line per request and turns a panic into a 500.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	lw := &logWriter{ResponseWriter: w}
	body := &countingReader{r: r.Body}
	r.Body = body
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			s.log.Printf("internal error on %s %s: %v", r.Method, r.URL.EscapedPath(), p)
			if lw.status == 0 {
				writeError(lw, &apiError{Status: http.StatusInternalServerError, Code: "internal", Message: "internal error"})
			}
		}
		s.logRequest(r, lw, body.n.Load(), time.Since(start))
	}()
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	s.mux.ServeHTTP(lw, r)
}

// logRequest writes the request's line: never a query (it may name a
// file) nor anything of the document.
func (s *Server) logRequest(r *http.Request, lw *logWriter, read int64, d time.Duration) {
	status := lw.status
	if status == 0 {
		status = http.StatusOK
	}
	extra := ""
	if lw.code != "" {
		extra = " " + lw.code
	}
	if read > 0 {
		extra += " (read " + strconv.FormatInt(read, 10) + " bytes)"
	}
	s.log.Printf("%s %s %d %d bytes %d ms%s", r.Method, r.URL.EscapedPath(), status, lw.n, d.Milliseconds(), extra)
}

// logWriter records the status and size of a response for the log.
type logWriter struct {
	http.ResponseWriter
	status int
	n      int64
	code   string // the error code, when the response is an error
}

func (w *logWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *logWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (w *logWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logWriterOf is the logWriter under w's wrappers, or nil.
func logWriterOf(w http.ResponseWriter) *logWriter {
	for {
		switch x := w.(type) {
		case *logWriter:
			return x
		case interface{ Unwrap() http.ResponseWriter }:
			w = x.Unwrap()
		default:
			return nil
		}
	}
}

// countingReader counts the bytes of a request body read.
type countingReader struct {
	r io.ReadCloser
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (c *countingReader) Close() error { return c.r.Close() }

// hold takes a parse slot for a request, or answers 503 busy and says
// there is none. The slot bounds the parses running, not the answers
// being written: it is given back when the answer starts, through the
// writer hold returns, or by release when the handler returns without
// answering. The request body is read through w itself, whose
// http.MaxBytesReader closes the connection after a body too large.
func (s *Server) hold(w http.ResponseWriter) (answer http.ResponseWriter, release func(), ok bool) {
	select {
	case s.slots <- struct{}{}:
	default:
		s.busy(w)
		return nil, nil, false
	}
	s.running.Add(1)
	held := true
	release = func() {
		if held {
			held = false
			s.running.Add(-1)
			<-s.slots
		}
	}
	return &slotWriter{w, release}, release, true
}

// slotWriter gives back its request's parse slot when the answer starts.
type slotWriter struct {
	http.ResponseWriter
	release func()
}

func (w *slotWriter) WriteHeader(code int) {
	w.release()
	w.ResponseWriter.WriteHeader(code)
}

func (w *slotWriter) Write(b []byte) (int, error) {
	w.release()
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *slotWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Running is the number of requests parsing now.
func (s *Server) Running() int { return int(s.running.Load()) }

// busy is the answer when every slot is taken.
func (s *Server) busy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "1")
	refuse(w, &apiError{Status: http.StatusServiceUnavailable, Code: "busy",
		Message: fmt.Sprintf("%d notices are being parsed, the most this server parses at once: retry later", s.cfg.MaxConcurrent)})
}

// The server's timeouts. A parse request reads its body within
// BodyTimeout and then runs at most two parses of the time budget each (a
// diff, or a review's parse and read), so its response is written well
// within WriteTimeout; only a client that stops reading the response is
// cut off.
const (
	minBodyTimeout    = time.Minute
	readHeaderTimeout = 10 * time.Second
	idleTimeout       = 2 * time.Minute
	writeMargin       = 30 * time.Second
	maxHeaderBytes    = 64 << 10
)

// HTTPServer returns an http.Server for s with its timeouts set.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: readHeaderTimeout,
		// The body of a parse request has its own deadline (BodyTimeout,
		// from when the handler starts reading it); this bounds the rest.
		ReadTimeout:    s.cfg.BodyTimeout + readHeaderTimeout,
		WriteTimeout:   s.writeTimeout(),
		IdleTimeout:    idleTimeout,
		MaxHeaderBytes: maxHeaderBytes,
		ErrorLog:       s.log,
	}
}

func (s *Server) writeTimeout() time.Duration {
	return readHeaderTimeout + s.cfg.BodyTimeout + 2*s.cfg.Timeout + writeMargin
}

// Serve serves on ln until ctx is done, then shuts down gracefully: it
// stops accepting connections and waits for the requests under way (the
// parses running) to finish and be answered.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := s.HTTPServer()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Printf("shutting down: %d parses running", s.Running())
	sctx, cancel := context.WithTimeout(context.Background(), s.writeTimeout())
	defer cancel()
	err := hs.Shutdown(sctx)
	if err != nil {
		hs.Close()
	}
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	s.log.Printf("stopped")
	return err
}
