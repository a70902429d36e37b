package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/stream"
)

// cmdText: vacancy text [--positions] [--plain] [reading options] FILE|-
func cmdText(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("text", stdout, stderr)
	var positions, plain bool
	boolFlag(fs, &positions, "positions", "", "add each block's page, line and bounding box (PDF points: x0 y0 x1 y1, origin bottom left)")
	boolFlag(fs, &plain, "plain", "", "only the text: list items as 'marker text', fields as 'Label: value'")
	rf := addReaderFlags(fs, true)
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return usageError(fs, stderr, "text takes one FILE (or - for standard input), got %d", len(pos))
	}
	if err := rf.check(stderr); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	rf.heapLimit()
	doc, err := rf.readFile(context.Background(), pos[0], stdin)
	if err != nil {
		fmt.Fprintf(stderr, "vacancy: %s\n", errLine(pos[0], err))
		return exitFail
	}
	var buf bytes.Buffer
	for _, b := range doc.Blocks {
		// The document's text, escaped: a .txt file may hold
		// terminal escape sequences.
		if plain {
			buf.WriteString(safeText(plainText(b)))
		} else {
			buf.WriteString(safeText(b.String()))
		}
		if positions {
			buf.WriteString(positionText(b))
		}
		buf.WriteByte('\n')
	}
	if _, err := stdout.Write(buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "vacancy: writing output: %v\n", err)
		return exitTrouble
	}
	return exitOK
}

// plainText is a block without its kind and position.
func plainText(b stream.Block) string {
	switch b.Kind {
	case stream.Field:
		return b.Label + ": " + b.Text
	case stream.ListItem:
		if b.Marker == "" {
			return b.Text
		}
		return b.Marker + " " + b.Text
	}
	return b.Text
}

// positionText is the "--positions" suffix: a tab, the page (when paged)
// and the bounding box (PDF only).
func positionText(b stream.Block) string {
	var parts []string
	if b.Pos.Page > 0 {
		parts = append(parts, fmt.Sprintf("page=%d", b.Pos.Page))
	}
	parts = append(parts, fmt.Sprintf("line=%d", b.Pos.Line))
	if b.Box != nil {
		parts = append(parts, fmt.Sprintf("box=%.1f,%.1f,%.1f,%.1f", b.Box.X0, b.Box.Y0, b.Box.X1, b.Box.Y1))
	}
	return "\t" + strings.Join(parts, " ")
}
