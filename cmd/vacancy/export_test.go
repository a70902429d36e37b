package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/schema"
)

// fakeTree writes a folder of fake inputs: "VACANCY ref" files parse to
// the expected vacancy ref, "BAD" files fail, "HANG" files never return.
// It also holds files export must skip.
func fakeTree(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	refs := []string{"250715", "250697", "250709", "250833"}
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := range n {
		write(fmt.Sprintf("sub%d/notice%03d.txt", i%3, i), "VACANCY "+refs[i%len(refs)])
	}
	write("broken.pdf", "BAD")
	write("MANIFEST.tsv", "VACANCY 250715")
	write("expected.json", "VACANCY 250715")
	write("build.sh", "VACANCY 250715")
	write(".hidden.txt", "VACANCY 250715")
	write(".git/notice.txt", "VACANCY 250715")
	write("image.bin", "\x00\x01\x02VACANCY")
	return dir
}

// fakeParse is the parse function of the export tests.
func fakeParse(t *testing.T) func(ctx context.Context, path string) (*schema.Vacancy, error) {
	return func(ctx context.Context, path string) (*schema.Vacancy, error) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		s := string(data)
		switch {
		case s == "HANG":
			select {} // a parse stuck for ever, ignoring its context
		case strings.HasPrefix(s, "VACANCY "):
			ref := strings.TrimPrefix(s, "VACANCY ")
			raw, err := os.ReadFile(filepath.Join(corpus, "expected", ref+".json"))
			if err != nil {
				return nil, err
			}
			var v schema.Vacancy
			if err := json.Unmarshal(raw, &v); err != nil {
				return nil, err
			}
			v.Source = schema.Source{File: path, Format: "text"}
			v.SchemaVersion = schema.Version
			desc := "Description of " + ref
			v.Sections.EN = []schema.Section{{Kind: "description", Heading: "Description", Content: []schema.Content{{Type: "paragraph", Text: desc}}}}
			v.Warnings = []schema.Warning{schema.NewWarning(schema.CodeTitleNotFound, "/title/fr", "fr", "w1 %s", ref),
				schema.NewWarning(schema.CodeSalaryFromText, "/salary", "en", "w2")}
			return &v, nil
		}
		return nil, errors.New("not a vacancy notice")
	}
}

func runExport(t *testing.T, e *exporter, paths ...string) (string, string, exportStats, error) {
	t.Helper()
	var out, errb bytes.Buffer
	e.stderr = &errb
	st, err := e.export(context.Background(), collectInputs(paths), &out)
	return out.String(), errb.String(), st, err
}

func TestExportFormats(t *testing.T) {
	dir := fakeTree(t, 10)
	for _, format := range []string{"jsonl", "csv", "jsonld", "jsonld-lines"} {
		t.Run(format, func(t *testing.T) {
			var first string
			for _, j := range []int{1, 3, 8} {
				e := &exporter{parse: fakeParse(t), jobs: j, timeout: time.Second, format: format,
					jobPosting: schema.JobPostingOptions{DatePosted: "2025-05-01"}}
				out, stderr, st, err := runExport(t, e, dir)
				if err != nil {
					t.Fatal(err)
				}
				if st.files != 11 || st.exported != 10 || st.failed != 1 {
					t.Errorf("-j %d: stats %+v", j, st)
				}
				if !strings.Contains(stderr, "broken.pdf: not a vacancy notice") || strings.Count(stderr, "\n") != 1 {
					t.Errorf("-j %d: stderr %q", j, stderr)
				}
				if j == 1 {
					first = out
					checkExport(t, format, out, 10)
				} else if out != first {
					t.Errorf("-j %d output differs from -j 1", j)
				}
			}
		})
	}
}

// checkExport checks one export output of n fake vacancies in sorted
// path order.
func checkExport(t *testing.T, format, out string, n int) {
	t.Helper()
	switch format {
	case "jsonl":
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != n {
			t.Fatalf("%d lines", len(lines))
		}
		prev := ""
		for _, l := range lines {
			if err := vacancySchema.Validate([]byte(l)); err != nil {
				t.Errorf("line does not validate: %v", err)
			}
			var v schema.Vacancy
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Fatal(err)
			}
			if v.Source.File <= prev {
				t.Errorf("not in path order: %s after %s", v.Source.File, prev)
			}
			prev = v.Source.File
			want, _ := encodeVacancy(&v, true)
			if string(want) != l+"\n" {
				t.Errorf("line is not `parse --compact` output")
			}
		}
	case "csv":
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != n+1 || strings.Join(rows[0], ",") != strings.Join(schema.CSVHeader, ",") {
			t.Fatalf("%d rows, header %v", len(rows), rows[0])
		}
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		for _, r := range rows[1:] {
			var v schema.Vacancy
			raw, _ := os.ReadFile(filepath.Join(corpus, "expected", r[col["reference"]]+".json"))
			if err := json.Unmarshal(raw, &v); err != nil {
				t.Fatal(err)
			}
			amount, _ := strconv.ParseFloat(r[col["salary_amount"]], 64)
			checks := []struct{ got, want string }{
				{r[col["deadline"]], *v.Deadline},
				{r[col["title_fr"]], *v.Title.FR},
				{r[col["organisation_en"]], *v.Organisation.EN},
				{r[col["schedule_fr"]], *v.Schedule.FR},
				{r[col["salary_currency"]], *v.Salary.Currency},
				{strconv.FormatFloat(amount, 'f', 2, 64), strconv.FormatFloat(*v.Salary.Amount, 'f', 2, 64)},
				{r[col["essential_en"]], strconv.Itoa(len(v.Requirements.EN.Essential))},
				{r[col["desirable_fr"]], strconv.Itoa(len(v.Requirements.FR.Desirable))},
				{r[col["warnings"]], "w1 " + v.Reference + " | w2"},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%s: CSV %q, JSON %q", v.Reference, c.got, c.want)
				}
			}
		}
	case "jsonld", "jsonld-lines":
		var objs []json.RawMessage
		if format == "jsonld" {
			if err := json.Unmarshal([]byte(out), &objs); err != nil {
				t.Fatalf("not a JSON array: %v", err)
			}
		} else {
			for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				objs = append(objs, json.RawMessage(l))
			}
		}
		if len(objs) != n {
			t.Fatalf("%d objects", len(objs))
		}
		for _, o := range objs {
			if err := jobPostingSchema.Validate(o); err != nil {
				t.Errorf("JobPosting does not validate: %v", err)
			}
			var m map[string]any
			_ = json.Unmarshal(o, &m)
			for _, k := range []string{"title", "description", "hiringOrganization", "jobLocation"} {
				if m[k] == nil {
					t.Errorf("Google-required %s missing", k)
				}
			}
		}
	}
}

func TestExportEmpty(t *testing.T) {
	for format, want := range map[string]string{"jsonl": "", "jsonld": "[]\n", "jsonld-lines": "", "csv": strings.Join(schema.CSVHeader, ",") + "\n"} {
		e := &exporter{parse: fakeParse(t), jobs: 2, timeout: time.Second, format: format}
		out, _, st, err := runExport(t, e, t.TempDir())
		if err != nil || out != want || st.files != 0 {
			t.Errorf("%s: %q %+v %v", format, out, st, err)
		}
	}
}

// TestExportAbandonsStuckParse: a parse that never returns is reported as
// a timeout and does not hold up the files after it.
func TestExportAbandonsStuckParse(t *testing.T) {
	dir := fakeTree(t, 4)
	for _, name := range []string{"a-hang.txt", "z-hang.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("HANG"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e := &exporter{parse: fakeParse(t), jobs: 1, timeout: 100 * time.Millisecond, format: "jsonl"}
	start := time.Now()
	out, stderr, st, err := runExport(t, e, dir)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	if st.exported != 4 || st.failed != 3 || strings.Count(out, "\n") != 4 {
		t.Errorf("stats %+v", st)
	}
	if !strings.Contains(stderr, "a-hang.txt: time budget of 100ms exceeded") || !strings.Contains(stderr, "z-hang.txt: time budget") {
		t.Errorf("stderr:\n%s", stderr)
	}
}

// TestExportBoundedWindow: parses run at most a window (plus the workers'
// own) ahead of the writer, however many files there are.
func TestExportBoundedWindow(t *testing.T) {
	dir := fakeTree(t, 120)
	var started, written atomic.Int64
	var maxAhead atomic.Int64
	parse := fakeParse(t)
	e := &exporter{jobs: 4, timeout: time.Second, format: "jsonl",
		parse: func(ctx context.Context, path string) (*schema.Vacancy, error) {
			ahead := started.Add(1) - written.Load()
			for {
				m := maxAhead.Load()
				if ahead <= m || maxAhead.CompareAndSwap(m, ahead) {
					break
				}
			}
			return parse(ctx, path)
		}}
	e.stderr = io.Discard
	w := writerFunc(func(p []byte) (int, error) {
		written.Add(int64(bytes.Count(p, []byte("\n"))))
		time.Sleep(time.Millisecond)
		return len(p), nil
	})
	if _, err := e.export(context.Background(), collectInputs([]string{dir}), w); err != nil {
		t.Fatal(err)
	}
	if m := maxAhead.Load(); m > int64(resultWindow(e.jobs)+e.jobs)+1 {
		t.Errorf("%d parses ahead of the writer", m)
	}
}

type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func TestExportCancel(t *testing.T) {
	dir := fakeTree(t, 4)
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("HANG"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	e := &exporter{parse: fakeParse(t), jobs: 2, timeout: time.Hour, format: "jsonl", stderr: io.Discard}
	if _, err := e.export(ctx, collectInputs([]string{dir}), io.Discard); !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want context.Canceled", err)
	}
}

func TestCollectInputs(t *testing.T) {
	dir := fakeTree(t, 2)
	missing := filepath.Join(dir, "missing.md")
	got := collectInputs([]string{dir, filepath.Join(dir, "MANIFEST.tsv"), filepath.Join(dir, "broken.pdf"), missing})
	var rel []string
	for _, p := range got {
		r, _ := filepath.Rel(dir, p)
		rel = append(rel, r)
	}
	want := "MANIFEST.tsv broken.pdf missing.md sub0/notice000.txt sub1/notice001.txt"
	if strings.Join(rel, " ") != want {
		t.Errorf("got %v\nwant %v", rel, want)
	}
}

// TestExportCommand runs the real command on real files: good notices, a
// truncated PDF and random bytes named .pdf.
func TestExportCommand(t *testing.T) {
	if !parserReady(t) {
		t.Skip("parser does not extract the corpus yet")
	}
	dir := t.TempDir()
	for _, name := range []string{"250715-pdd.md", "250697-osg.md", "250709-jis.txt"} {
		data, err := os.ReadFile(filepath.Join(corpus, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pdf, _ := os.ReadFile(filepath.Join(corpus, "250715-pdd.libreoffice.pdf"))
	os.WriteFile(filepath.Join(dir, "truncated.pdf"), pdf[:len(pdf)/3], 0o644)
	random := make([]byte, 5000)
	for i := range random {
		random[i] = byte(i*7919 + i/13)
	}
	os.WriteFile(filepath.Join(dir, "random.pdf"), random, 0o644)

	out := filepath.Join(t.TempDir(), "out.jsonl")
	if err := os.WriteFile(out, []byte("previous\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var outputs []string
	for _, j := range []string{"1", "8"} {
		code, stdout, stderr := runBinary(t, "", "export", "-j", j, "-o", out, dir)
		if code != 1 {
			t.Errorf("exit %d, want 1\n%s", code, stderr)
		}
		if stdout != "" {
			t.Errorf("stdout with -o: %q", stdout)
		}
		for _, bad := range []string{"truncated.pdf: ", "random.pdf: "} {
			if !strings.Contains(stderr, bad) {
				t.Errorf("stderr does not name %s:\n%s", bad, stderr)
			}
		}
		if !strings.Contains(stderr, "exported 3 vacancies from 5 files; 2 failed\n") {
			t.Errorf("summary missing:\n%s", stderr)
		}
		data, _ := os.ReadFile(out)
		outputs = append(outputs, string(data))
		if n := strings.Count(string(data), "\n"); n != 3 {
			t.Errorf("%d lines in %s", n, out)
		}
		left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*tmp"))
		if len(left) > 0 {
			t.Errorf("temporary files left: %v", left)
		}
	}
	if outputs[0] != outputs[1] {
		t.Error("-j 1 and -j 8 outputs differ")
	}
	// jsonl is `parse --compact`.
	_, compact, _ := runBinary(t, "", "parse", "--compact", filepath.Join(dir, "250697-osg.md"))
	if !strings.HasPrefix(outputs[0], compact) {
		t.Errorf("first line is not parse --compact output")
	}
}
