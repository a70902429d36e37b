package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readmeTable returns the rows of the README table whose header line is
// header, as cells ("\|" inside a cell is a "|").
func readmeTable(t *testing.T, readme, header string) [][]string {
	t.Helper()
	i := strings.Index(readme, header+"\n")
	if i < 0 {
		t.Fatalf("README has no table %q", header)
	}
	var rows [][]string
	for _, line := range strings.Split(readme[i:], "\n")[2:] {
		if !strings.HasPrefix(line, "|") {
			break
		}
		line = strings.ReplaceAll(line, `\|`, "\x00")
		var cells []string
		for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
			cells = append(cells, strings.TrimSpace(strings.ReplaceAll(c, "\x00", "|")))
		}
		rows = append(rows, cells)
	}
	return rows
}

var (
	longFlag  = regexp.MustCompile(`--[a-z][a-z0-9-]*`)
	shortFlag = regexp.MustCompile(`(?:^|[\s` + "`" + `])-([a-z0-9]), (--[a-z][a-z0-9-]*)`)
	helpFlag  = regexp.MustCompile(`^\s+(?:-([a-z0-9]), )?(--[a-z][a-z0-9-]*)`)
)

// TestREADMECommands: the README's table of commands names every
// command, and for each the options it really has (as its help lists
// them, with their one-letter forms), no more, no fewer.
func TestREADMECommands(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	var reading []string
	for _, row := range readmeTable(t, readme, "| reading option | what it does |") {
		reading = append(reading, longFlag.FindAllString(row[0], -1)...)
	}
	if len(reading) == 0 {
		t.Fatal("no reading options in the README")
	}
	documented := map[string]bool{}
	for _, row := range readmeTable(t, readme, "| command | options | what it does |") {
		if len(row) != 3 {
			t.Errorf("row %q: %d cells", row, len(row))
			continue
		}
		words := strings.Fields(strings.Trim(row[0], "`"))
		if len(words) < 2 || words[0] != "vacancy" {
			t.Errorf("row %q names no command", row[0])
			continue
		}
		name := words[1]
		documented[name] = true
		want := longFlag.FindAllString(row[1], -1)
		if strings.Contains(row[1], "reading options") {
			want = append(want, reading...)
		}
		wantShort := map[string]string{}
		for _, m := range shortFlag.FindAllStringSubmatch(row[1], -1) {
			wantShort[m[2]] = m[1]
		}

		code, help, stderr := runInProcess("", "help", name)
		if code != 0 {
			t.Errorf("help %s: exit %d, %s", name, code, stderr)
			continue
		}
		var got []string
		gotShort := map[string]string{}
		for _, line := range strings.Split(help, "\n") {
			if m := helpFlag.FindStringSubmatch(line); m != nil {
				got = append(got, m[2])
				if m[1] != "" {
					gotShort[m[2]] = m[1]
				}
			}
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(slices.Compact(want), got) {
			t.Errorf("%s: the README says %v, the command has %v", name, want, got)
		}
		for long, short := range gotShort {
			if wantShort[long] != short {
				t.Errorf("%s: %s is -%s, the README says %q", name, long, short, wantShort[long])
			}
		}
		for long, short := range wantShort {
			if gotShort[long] != short {
				t.Errorf("%s: the README gives %s the one-letter form -%s, the command does not", name, long, short)
			}
		}
	}
	for _, c := range commands {
		if !documented[c.name] {
			t.Errorf("the README's table lacks the command %s", c.name)
		}
	}
}

// TestExitStatus: the exit statuses the README lists, command by
// command.
func TestExitStatus(t *testing.T) {
	md := filepath.Join(corpus, "250715-pdd.md")
	faq := filepath.Join(corpus, "faq-internship.fr.txt")
	v1, v2 := filepath.Join(corpus, "revisions", "250715-pdd.v1.md"), filepath.Join(corpus, "revisions", "250715-pdd.v2.md")
	missing := filepath.Join(t.TempDir(), "missing.pdf")
	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{"parse", md}, 0},
		{[]string{"parse", faq}, 1},     // not a notice
		{[]string{"parse", missing}, 1}, // cannot be read
		{[]string{"text", faq}, 0},      // read all the same
		{[]string{"text", missing}, 1},
		{[]string{"diff", v1, v1}, 0},
		{[]string{"diff", v1, v2}, 1},
		{[]string{"diff", md, faq}, 2}, // a file that cannot be parsed
		{[]string{"export", md}, 0},
		{[]string{"export", md, faq}, 1},
		{[]string{"export", t.TempDir()}, 1}, // no input
		{[]string{"parse", "--bogus", md}, 2},
		{[]string{"bogus"}, 2},
		{[]string{"help"}, 0},
		{[]string{"version"}, 0},
	} {
		if code, _, stderr := runInProcess("", tt.args...); code != tt.code {
			t.Errorf("%v: exit %d, want %d\n%s", tt.args, code, tt.code, stderr)
		}
	}
}
