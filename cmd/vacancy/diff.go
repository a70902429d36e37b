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

// cmdDiff: vacancy diff [--format text|json|json-patch] [--color WHEN] [reading options] OLD NEW
//
// Exit status 0 when the output shows no difference, 1 when it shows
// one, 2 on trouble (including a file that cannot be parsed), as with
// diff(1): for text and json, the differences schema.Diff sees; for
// json-patch, a patch that is not empty (the patch also holds what
// schema.Diff leaves aside, such as warnings and provenance).
func cmdDiff(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("diff", stdout, stderr)
	format := fs.String("format", "text", "the output `FORMAT`: text (grouped by language, word-level diff), json (the list of changes, see schema/changes.schema.json) or json-patch (RFC 6902 patch turning OLD's JSON into NEW's)")
	color := fs.String("color", "auto", "colour the text output `WHEN`: never, always or auto (when stdout is a terminal, TERM is not dumb and NO_COLOR is not set)")
	rf := addReaderFlags(fs, false)
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		return usageError(fs, stderr, "diff takes two files, OLD and NEW, got %d", len(pos))
	}
	if err := rf.check(stderr); err != nil {
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
		useColor = escapesOK(stdout) && os.Getenv("NO_COLOR") == ""
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
	differ := len(changes) > 0
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
			differ = len(ops) > 0
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
	if differ {
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

// isTerminal says whether w is a terminal; the tests replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// escapesOK says whether w is a terminal that takes escape sequences
// (colours, the progress line's cursor moves): not a pipe or a file, and
// not a terminal that says it is dumb (TERM=dumb: Emacs' shell, some
// CI logs). NO_COLOR, which is about colour alone, is checked apart.
func escapesOK(w io.Writer) bool {
	return isTerminal(w) && os.Getenv("TERM") != "dumb"
}
