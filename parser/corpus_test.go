package parser_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vacancy-tools/vacancy/parser"
	"github.com/vacancy-tools/vacancy/schema"
)

var update = flag.Bool("update", false, "rewrite golden/*.json from the parser's output")

const (
	corpusDir = "../corpus"
	goldenDir = "../golden"
)

// corpusFile is one row of corpus/MANIFEST.tsv: a notice rendering (with
// the reference of its expected answers) or a document that is not a
// vacancy (reference "-").
type corpusFile struct {
	Name      string
	Reference string
}

// corpusFiles lists the inputs of the corpus from its manifest, which
// says for each file which notice it renders.
func corpusFiles(t testing.TB) []corpusFile {
	f, err := os.Open(filepath.Join(corpusDir, "MANIFEST.tsv"))
	require.NoError(t, err)
	defer f.Close()
	var out []corpusFile
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 {
			continue
		}
		switch cols[2] { // format column
		case "sh", "tsv", "json":
			continue
		}
		// Files in subfolders are not inputs of their own: expected/
		// holds the answers, pdftotext/ the reference text of each PDF
		// for the fidelity test.
		if strings.Contains(cols[0], "/") {
			continue
		}
		if cols[0] == "README.md" || strings.HasPrefix(cols[0], "README") {
			continue
		}
		out = append(out, corpusFile{Name: cols[0], Reference: cols[1]})
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, out)
	return out
}

func parseCorpusFile(t testing.TB, name string) (*schema.Vacancy, error) {
	data, err := os.ReadFile(filepath.Join(corpusDir, name))
	require.NoError(t, err)
	return parser.ParseBytes(context.Background(), data, parser.WithName(name))
}

// goldenJSON is what a golden file holds: the vacancy, or the error for
// a document that must be refused.
func goldenJSON(t testing.TB, v *schema.Vacancy, err error) []byte {
	var out []byte
	if err != nil {
		out, _ = json.MarshalIndent(map[string]string{"error": err.Error()}, "", "  ")
	} else {
		var merr error
		out, merr = json.MarshalIndent(v, "", "  ")
		require.NoError(t, merr)
	}
	return append(out, '\n')
}

// TestGolden checks every corpus file's parse against golden/<file>.json.
// Run with -update to rewrite them, then read every changed line.
func TestGolden(t *testing.T) {
	for _, cf := range corpusFiles(t) {
		t.Run(cf.Name, func(t *testing.T) {
			v, err := parseCorpusFile(t, cf.Name)
			got := goldenJSON(t, v, err)
			path := filepath.Join(goldenDir, cf.Name+".json")
			if *update {
				require.NoError(t, os.MkdirAll(goldenDir, 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
				return
			}
			want, rerr := os.ReadFile(path)
			require.NoError(t, rerr, "missing golden: run go test ./parser -run TestGolden -update")
			assert.Equal(t, string(want), string(got))
		})
	}
}

// contract is the subset of a vacancy that corpus/expected/<ref>.json
// fixes by hand for every rendering of a notice.
type contract struct {
	Reference    string                            `json:"reference"`
	PostNumber   *string                           `json:"post_number"`
	Languages    []string                          `json:"languages"`
	Title        schema.Text                       `json:"title"`
	Organisation schema.Text                       `json:"organisation"`
	Location     schema.Text                       `json:"location"`
	Schedule     schema.Text                       `json:"schedule"`
	Deadline     *string                           `json:"deadline"`
	Salary       *contractSalary                   `json:"salary"`
	Grade        *string                           `json:"grade"`
	Clearance    *string                           `json:"clearance"`
	Requirements schema.Lang[*schema.Requirements] `json:"requirements"`
	Competencies schema.Lang[[]schema.Competency]  `json:"competencies"`
	_            struct{}                          `json:"-"`
}

type contractSalary struct {
	Amount   *float64 `json:"amount"`
	Min      *float64 `json:"min"`
	Max      *float64 `json:"max"`
	Currency *string  `json:"currency"`
	Period   *string  `json:"period"`
}

// normalise makes two renderings comparable: white space collapsed and
// typographic apostrophes as ASCII, since pdfTeX and groff print every
// apostrophe as ’.
func normalise(s string) string {
	s = strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// contractFields extracts the contract fields, each as normalised JSON,
// so that a failure names the field that differs.
func contractFields(t testing.TB, data []byte) map[string]string {
	var c contract
	require.NoError(t, json.Unmarshal(data, &c))
	out, err := json.Marshal(c)
	require.NoError(t, err)
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(out, &fields))
	m := map[string]string{}
	for k, v := range fields {
		m[k] = normalise(string(v))
	}
	return m
}

// TestContract checks, for every rendering of every corpus notice, that
// its contract fields equal corpus/expected/<reference>.json, and that
// every document that is not a notice is refused.
func TestContract(t *testing.T) {
	for _, cf := range corpusFiles(t) {
		t.Run(cf.Name, func(t *testing.T) {
			v, err := parseCorpusFile(t, cf.Name)
			if cf.Reference == "-" {
				require.Error(t, err)
				assert.True(t, errors.Is(err, parser.ErrNotVacancy), "want ErrNotVacancy, got %v", err)
				assert.True(t, strings.HasPrefix(err.Error(), cf.Name+": "), "error must name the file: %v", err)
				return
			}
			require.NoError(t, err)
			want, err := os.ReadFile(filepath.Join(corpusDir, "expected", cf.Reference+".json"))
			require.NoError(t, err)
			got, err := json.Marshal(v)
			require.NoError(t, err)
			wantFields, gotFields := contractFields(t, want), contractFields(t, got)
			for k, w := range wantFields {
				assert.Equal(t, w, gotFields[k], "field %s", k)
			}
		})
	}
}
