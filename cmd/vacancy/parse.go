package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
)

// cmdParse: vacancy parse [--compact] [--strict] [--no-provenance] [reading options] FILE|-
func cmdParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("parse", stdout, stderr)
	var compact bool
	boolFlag(fs, &compact, "compact", "", "print the JSON on one line")
	rf := addReaderFlags(fs, true)
	addVacancyFlags(fs, rf)
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return usageError(fs, stderr, "parse takes one FILE (or - for standard input), got %d", len(pos))
	}
	if err := rf.check(stderr); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	rf.heapLimit()
	v, err := rf.parseFile(context.Background(), pos[0], stdin)
	if err != nil {
		fmt.Fprintf(stderr, "vacancy: %s\n", errLine(pos[0], err))
		return exitFail
	}
	// Build the whole output first: nothing half-written on failure.
	out, err := encodeVacancy(v, compact)
	if err != nil {
		fmt.Fprintf(stderr, "vacancy: %s: %v\n", safeText(pos[0]), err)
		return exitTrouble
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "vacancy: writing output: %v\n", err)
		return exitTrouble
	}
	return exitOK
}

// encodeVacancy is the JSON of `vacancy parse`: two-space indent or one
// line, HTML characters unescaped, a trailing newline.
func encodeVacancy(v any, compact bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if !compact {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
