package parser_test

import (
	"encoding/csv"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCorpusReadme: what corpus/README.md says the corpus holds is what
// MANIFEST.tsv and the folder hold.
func TestCorpusReadme(t *testing.T) {
	f, err := os.Open(filepath.Join(corpusDir, "MANIFEST.tsv"))
	require.NoError(t, err)
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes = '\t', true
	rows, err := r.ReadAll()
	require.NoError(t, err)
	rows = rows[1:] // the header
	renderings := map[string]map[string]int{"notice": {}, "other": {}}
	notices := map[string]bool{}
	others := map[string]bool{} // documents that are not notices, by the file they were first made from
	origin := map[string]string{}
	listed := map[string]bool{}
	answers := 0
	for _, row := range rows {
		file, ref, format, from := row[0], row[1], row[2], row[4]
		listed[file] = true
		origin[file] = strings.Fields(from + " -")[0]
		switch {
		case format == "json":
			answers++
		case format == "sh" || file == "README.md":
		case ref != "-":
			renderings["notice"][format]++
			notices[ref] = true
		default:
			renderings["other"][format]++
		}
	}
	for _, row := range rows {
		file, ref, format := row[0], row[1], row[2]
		if ref != "-" || format == "sh" || format == "json" || file == "README.md" {
			continue
		}
		root := file
		for origin[root] != "-" && origin[root] != "" && origin[root] != root {
			root = origin[root]
		}
		others[root] = true
	}
	count := func(m map[string]int) (int, string) {
		n := 0
		for _, c := range m {
			n += c
		}
		// in the README's order: most first
		var parts []string
		for _, f := range []struct{ key, name string }{{"txt", "text"}, {"pdf", "PDF"}, {"html", "HTML"}, {"md", "Markdown"}} {
			parts = append(parts, fmt.Sprintf("%d %s", m[f.key], f.name))
		}
		return n, strings.Join(parts, ", ")
	}
	nNotice, notice := count(renderings["notice"])
	nOther, other := count(renderings["other"])
	unlisted := map[string]int{}
	require.NoError(t, filepath.WalkDir(corpusDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(corpusDir, p)
		if !listed[rel] && rel != "MANIFEST.tsv" {
			unlisted[filepath.Dir(rel)]++
		}
		return nil
	}))

	readme, err := os.ReadFile(filepath.Join(corpusDir, "README.md"))
	require.NoError(t, err)
	text := strings.Join(strings.Fields(string(readme)), " ")
	for _, want := range []string{
		fmt.Sprintf("**%d vacancy notices** in **%d renderings** (", len(notices), nNotice),
		fmt.Sprintf("**%d documents that are not notices** in **%d renderings** (", len(others), nOther),
		fmt.Sprintf("`MANIFEST.tsv` lists %d files", len(rows)),
		fmt.Sprintf("those %d renderings, %d answer files", nNotice+nOther, answers),
		fmt.Sprintf("Not listed are %d more answer files in `expected/`", unlisted["expected"]),
		fmt.Sprintf("in `pdftotext/` (%d)", unlisted["pdftotext"]),
		fmt.Sprintf("the %s revisions of 250715 in `revisions/`", map[int]string{2: "two"}[unlisted["revisions"]]),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("corpus/README.md does not say %q", want)
		}
	}
	for _, want := range []string{notice, other} {
		if !strings.Contains(text, want) {
			t.Errorf("corpus/README.md does not count the renderings as %q", want)
		}
	}
	require.Len(t, unlisted, 3, "files outside MANIFEST.tsv in other folders: %v", unlisted)
}
