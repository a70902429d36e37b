package markup

import (
	"bytes"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/stream"
)

// Footnotes as pandoc and most Markdown dialects write them: a mark
// "[^2]" after a word, and the note "[^2]: text" at the end. CommonMark
// has none, so goldmark leaves both as text; the marks are dropped from
// the text they stick to ("catégorie A2[^2]" is grade A2) and the notes
// keep their text. A "[^x]" whose note the document does not define is
// kept as written.

// footnoteLabels returns the labels of the notes a Markdown source
// defines (lines opening with "[^label]:"), or nil.
func footnoteLabels(src []byte) map[string]bool {
	if !bytes.Contains(src, []byte("[^")) {
		return nil
	}
	var labels map[string]bool
	for line := range bytes.SplitSeq(src, []byte("\n")) {
		line = bytes.TrimLeft(line, " ")
		rest, ok := bytes.CutPrefix(line, []byte("[^"))
		if !ok {
			continue
		}
		label, _, ok := bytes.Cut(rest, []byte("]:"))
		if !ok || len(label) == 0 || len(label) > maxFootnoteLabel || bytes.ContainsAny(label, " \t[]") {
			continue
		}
		if labels == nil {
			labels = map[string]bool{}
		}
		labels[string(label)] = true
	}
	return labels
}

// maxFootnoteLabel bounds a note's label ("1", "salary-note").
const maxFootnoteLabel = 40

// dropFootnoteMarks takes the marks of the defined notes out of the
// blocks' text, and the label out of the notes themselves.
func dropFootnoteMarks(blocks []stream.Block, labels map[string]bool) {
	for i := range blocks {
		b := &blocks[i]
		b.Label = stripFootnoteMarks(b.Label, labels)
		b.Text = stripFootnoteMarks(b.Text, labels)
		b.CleanText = stripFootnoteMarks(b.CleanText, labels)
	}
}

func stripFootnoteMarks(s string, labels map[string]bool) string {
	if !strings.Contains(s, "[^") {
		return s
	}
	var out strings.Builder
	for {
		i := strings.Index(s, "[^")
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 || !labels[s[i+2:i+j]] {
			out.WriteString(s[:i+2])
			s = s[i+2:]
			continue
		}
		out.WriteString(s[:i])
		s = s[i+j+1:]
		if rest, ok := strings.CutPrefix(s, ": "); ok {
			// A note's own label ("[^2]: Grille applicable…"), at the
			// start of its paragraph or after the note before it.
			s = rest
			if out.Len() > 0 && !strings.HasSuffix(out.String(), " ") {
				out.WriteByte(' ')
			}
		}
	}
	out.WriteString(s)
	return out.String()
}
