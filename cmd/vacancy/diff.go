package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/vacancy-tools/vacancy/schema"
)

// cmdDiff: vacancy diff [--format text|json|json-patch] [--color WHEN] OLD NEW
//
// Exit status 0 when the vacancies do not differ (as schema.Diff sees
// them, whatever the format), 1 when they do, 2 on trouble (including a
// file that cannot be parsed).
func cmdDiff(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("diff", stderr)
	format := fs.String("format", "text", "output `format`: text (grouped by language, word-level diff), json (the list of changes, see schema/changes.schema.json) or json-patch (RFC 6902 patch turning OLD's JSON into NEW's)")
	color := fs.String("color", "auto", "colour the text output: never, always or auto (when stdout is a terminal)")
	rf := addReaderFlags(fs, false)
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		return usageError(fs, stderr, "diff takes two files, OLD and NEW, got %d", len(pos))
	}
	if err := rf.check(); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	rf.heapLimit()
	switch *format {
	case "text", "json", "json-patch":
	default:
		return usageError(fs, stderr, "unknown --format %q (want text, json or json-patch)", *format)
	}
	var useColor bool
	switch *color {
	case "never":
	case "always":
		useColor = true
	case "auto":
		useColor = isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	default:
		return usageError(fs, stderr, "unknown --color %q (want never, always or auto)", *color)
	}
	if pos[0] == "-" && pos[1] == "-" {
		return usageError(fs, stderr, "only one of OLD and NEW can be standard input")
	}
	var vs [2]*schema.Vacancy
	for i, p := range pos {
		v, err := rf.parseFile(context.Background(), p, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "vacancy: %s\n", errLine(p, err))
			return exitTrouble
		}
		vs[i] = v
	}
	changes := schema.Diff(vs[0], vs[1])
	var buf bytes.Buffer
	switch *format {
	case "text":
		var text bytes.Buffer
		_ = schema.WriteChanges(&text, changes, useColor)
		// The notices' text, escaped for a terminal (JSON is already).
		buf.WriteString(safeLines(text.String(), useColor))
	case "json":
		if changes == nil {
			changes = []schema.Change{}
		}
		if err := writeJSON(&buf, changes); err != nil {
			fmt.Fprintf(stderr, "vacancy: %v\n", err)
			return exitTrouble
		}
	case "json-patch":
		ops, err := schema.Patch(vs[0], vs[1])
		if err == nil {
			err = writeJSON(&buf, ops)
		}
		if err != nil {
			fmt.Fprintf(stderr, "vacancy: %v\n", err)
			return exitTrouble
		}
	}
	if _, err := stdout.Write(buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "vacancy: writing output: %v\n", err)
		return exitTrouble
	}
	if len(changes) > 0 {
		return exitFail
	}
	return exitOK
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// isTerminal says whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
