package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	jsonpatch "github.com/evanphx/json-patch/v5"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files of golden/diff")

// revisions are the pairs of corpus/revisions: NAME.v1.* and NAME.v2.*.
func revisions(t *testing.T) [][3]string {
	t.Helper()
	v1s, err := filepath.Glob(filepath.Join(corpus, "revisions", "*.v1.*"))
	if err != nil || len(v1s) == 0 {
		t.Fatalf("no revision pairs in corpus/revisions (%v)", err)
	}
	var out [][3]string
	for _, v1 := range v1s {
		base := filepath.Base(v1)
		name := base[:strings.Index(base, ".v1.")]
		v2 := strings.Replace(v1, ".v1.", ".v2.", 1)
		out = append(out, [3]string{name, v1, v2})
	}
	return out
}

func parseFileT(t *testing.T, path string) *schema.Vacancy {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := parser.Parse(context.Background(), f, parser.WithName(path))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestDiffRevisions compares `vacancy diff` of each revision pair with
// golden/diff/NAME.txt and NAME.patch.json (go test -update rewrites
// them), and checks that the patch turns OLD's JSON into NEW's.
func TestDiffRevisions(t *testing.T) {
	if !parserReady(t) {
		t.Skip("parser does not extract the corpus yet")
	}
	for _, r := range revisions(t) {
		name, v1, v2 := r[0], r[1], r[2]
		t.Run(name, func(t *testing.T) {
			code, text, stderr := runInProcess("", "diff", "--color=never", v1, v2)
			if code != 1 {
				t.Fatalf("exit %d, want 1: %s", code, stderr)
			}
			checkGolden(t, filepath.Join("..", "..", "golden", "diff", name+".txt"), text)
			for _, want := range []string{"deadline: ", "salary.amount: ", "requirements.en.essential[", "requirements.fr.essential[", "requirements.en.desirable[", "requirements.fr.desirable["} {
				if !strings.Contains(text, want) {
					t.Errorf("text diff lacks %q", want)
				}
			}

			code, patch, stderr := runInProcess("", "diff", "--format", "json-patch", v1, v2)
			if code != 1 {
				t.Fatalf("json-patch: exit %d, want 1: %s", code, stderr)
			}
			checkGolden(t, filepath.Join("..", "..", "golden", "diff", name+".patch.json"), patch)
			_, oldJSON, _ := runInProcess("", "parse", v1)
			_, newJSON, _ := runInProcess("", "parse", v2)
			p, err := jsonpatch.DecodePatch([]byte(patch))
			if err != nil {
				t.Fatal(err)
			}
			got, err := p.Apply([]byte(oldJSON))
			if err != nil {
				t.Fatalf("patch does not apply: %v", err)
			}
			// The patch leaves "source" (the file name) and "provenance"
			// (where each value stands in it) alone.
			var want map[string]any
			if err := json.Unmarshal([]byte(newJSON), &want); err != nil {
				t.Fatal(err)
			}
			var oldM map[string]any
			if err := json.Unmarshal([]byte(oldJSON), &oldM); err != nil {
				t.Fatal(err)
			}
			want["source"], want["provenance"] = oldM["source"], oldM["provenance"]
			wantJSON, _ := json.Marshal(want)
			if !jsonpatch.Equal(got, wantJSON) {
				t.Errorf("patched OLD differs from NEW")
			}

			code, js, _ := runInProcess("", "diff", "--format", "json", v1, v2)
			if code != 1 {
				t.Errorf("json: exit %d", code)
			}
			if err := changesSchema.Validate([]byte(js)); err != nil {
				t.Errorf("json changes do not validate: %v", err)
			}

			code, colored, _ := runInProcess("", "diff", "--color=always", v1, v2)
			if code != 1 || !strings.Contains(colored, "\x1b[32m") {
				t.Errorf("--color=always: exit %d, no colour", code)
			}
			for _, args := range [][]string{{"diff", v1, v1}, {"diff", "--format", "json-patch", v1, v1}} {
				code, out, stderr := runInProcess("", args...)
				if code != 0 {
					t.Errorf("%v: exit %d, want 0: %s", args, code, stderr)
				}
				if strings.TrimSpace(out) != "" && strings.TrimSpace(out) != "[]" {
					t.Errorf("%v: output %q for identical files", args, out)
				}
			}
		})
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./cmd/vacancy -run TestDiffRevisions -update writes it)", err)
	}
	if !bytes.Equal([]byte(got), want) {
		t.Errorf("%s differs (-update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// contractPrefixes are the fields every rendering of a notice must agree
// on (those of corpus/expected).
var contractPrefixes = []string{
	"reference", "languages", "title.", "organisation.", "location.", "schedule.",
	"deadline", "salary", "grade", "clearance", "requirements.", "competencies.",
}

func isContract(path string) bool {
	if strings.HasPrefix(path, "deadline_as_written") || strings.HasPrefix(path, "salary.as_written") {
		return false
	}
	for _, p := range contractPrefixes {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// TestPDFMatchesMarkdown diffs every PDF of a notice against its Markdown:
// no difference is allowed in the contract fields.
func TestPDFMatchesMarkdown(t *testing.T) {
	if !parserReady(t) {
		t.Skip("parser does not extract the corpus yet")
	}
	mds, _ := filepath.Glob(filepath.Join(corpus, "25*-*.md"))
	for _, md := range mds {
		stem := strings.TrimSuffix(md, ".md")
		pdfs, _ := filepath.Glob(stem + ".*.pdf")
		if len(pdfs) == 0 {
			continue
		}
		mdV := parseFileT(t, md)
		for _, pdf := range pdfs {
			t.Run(filepath.Base(pdf), func(t *testing.T) {
				f, err := os.Open(pdf)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				pdfV, err := parser.Parse(context.Background(), f, parser.WithName(pdf))
				if errors.Is(err, parser.ErrUnsupported) {
					t.Skipf("PDF reader not ready: %v", err)
				}
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range schema.Diff(mdV, pdfV) {
					if isContract(c.Path) {
						t.Errorf("%s", schema.FormatChange(c, false))
					}
				}
			})
		}
	}
}
