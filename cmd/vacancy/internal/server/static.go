package server

import (
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/vacancy-tools/vacancy/schema"
)

// The review page: one HTML page, its style sheet and its script, served
// from the binary. Nothing else is loaded: no font, no library, no CDN.
//
//go:embed web/index.html web/app.css web/app.js
var web embed.FS

// assets are the files of the page other than index.html, by URL path.
var assets = map[string]string{
	"app.css": "text/css; charset=utf-8",
	"app.js":  "text/javascript; charset=utf-8",
}

// pagePolicy lets the page load only itself: its script and style sheet,
// and the API of the same origin.
const pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	s.serveFile(w, r, "index.html", "text/html; charset=utf-8")
}

func (s *Server) handleAsset(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	s.serveFile(w, r, name, assets[name])
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, name, contentType string) {
	data, err := web.ReadFile("web/" + name)
	if err != nil {
		writeError(w, &apiError{Status: http.StatusNotFound, Code: "not_found", Message: "no such file"})
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Security-Policy", pagePolicy)
	h.Set("Content-Length", itoa(int64(len(data))))
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

// handleSchema: GET /v1/schema, the JSON Schema of the vacancy JSON.
func (s *Server) handleSchema(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/schema+json")
	w.Header().Set("Content-Length", itoa(int64(len(schema.VacancySchema))))
	if r.Method != http.MethodHead {
		w.Write(schema.VacancySchema)
	}
}

// handleOpenAPI: GET /openapi.json.
func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	doc, err := s.OpenAPI()
	if err != nil {
		writeError(w, &apiError{Status: http.StatusInternalServerError, Code: "internal", Message: "building the OpenAPI description: " + err.Error()})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", itoa(int64(len(doc))))
	if r.Method != http.MethodHead {
		w.Write(doc)
	}
}

// health is the answer of GET /healthz.
type health struct {
	Status        string `json:"status"`
	Running       int    `json:"running"`
	MaxConcurrent int    `json:"max_concurrent"`
}

// handleHealth: GET /healthz, "ok" and how many parses are running.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, "application/json", health{Status: "ok", Running: s.Running(), MaxConcurrent: s.cfg.MaxConcurrent}, false)
}

//go:embed openapi.json
var openapiTemplate []byte

// OpenAPI returns the OpenAPI 3.1 description of the server: openapi.json
// with the JSON Schemas of package schema in its components, their
// "$defs" moved beside them ("#/$defs/text" of the vacancy schema becomes
// "#/components/schemas/Vacancy.text"), so that the description is one
// self-contained document.
func (s *Server) OpenAPI() ([]byte, error) {
	s.openapiOnce.Do(func() { s.openapi, s.openapiErr = buildOpenAPI() })
	return s.openapi, s.openapiErr
}

func buildOpenAPI() ([]byte, error) {
	var doc map[string]any
	if err := json.Unmarshal(openapiTemplate, &doc); err != nil {
		return nil, fmt.Errorf("openapi.json: %v", err)
	}
	comps, _ := doc["components"].(map[string]any)
	schemas, _ := comps["schemas"].(map[string]any)
	if schemas == nil {
		return nil, fmt.Errorf("openapi.json: no components.schemas")
	}
	for name, src := range map[string][]byte{"Vacancy": schema.VacancySchema, "Changes": schema.ChangesSchema} {
		var sch map[string]any
		if err := json.Unmarshal(src, &sch); err != nil {
			return nil, fmt.Errorf("%s schema: %v", name, err)
		}
		defs, _ := sch["$defs"].(map[string]any)
		delete(sch, "$defs")
		delete(sch, "$schema") // the document's dialect, the same 2020-12
		delete(sch, "$id")     // its "#/$defs/…" references are rewritten instead
		prefix := "#/components/schemas/" + name + "."
		rewriteRefs(sch, prefix)
		schemas[name] = sch
		for k, d := range defs {
			rewriteRefs(d, prefix)
			schemas[name+"."+k] = d
		}
	}
	return encodeJSON(doc, true)
}

// rewriteRefs points the "#/$defs/NAME" references under v at prefix+NAME.
func rewriteRefs(v any, prefix string) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if ref, ok := e.(string); ok && k == "$ref" && strings.HasPrefix(ref, "#/$defs/") {
				x[k] = prefix + strings.TrimPrefix(ref, "#/$defs/")
				continue
			}
			rewriteRefs(e, prefix)
		}
	case []any:
		for _, e := range x {
			rewriteRefs(e, prefix)
		}
	}
}
