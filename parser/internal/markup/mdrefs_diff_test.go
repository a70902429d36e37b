package markup

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// The parser without link reference definitions (newMarkdownParserNoRefs)
// against the full one, on sources without "]:", where it stands in for
// it: the trees, each node's kind, lines, text and link destination,
// must agree.
func TestNoRefsParserMatches(t *testing.T) {
	full, noRefs := newMarkdownParser(nil), newMarkdownParserNoRefs(nil)
	render := func(src []byte, root ast.Node) string {
		var b strings.Builder
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			b.WriteString(n.Kind().String())
			if n.Type() == ast.TypeBlock {
				for i := 0; i < n.Lines().Len(); i++ {
					seg := n.Lines().At(i)
					b.WriteString("|" + string(seg.Value(src)))
				}
			}
			switch n := n.(type) {
			case *ast.Text:
				b.WriteString("=" + string(n.Segment.Value(src)))
			case *ast.Link:
				b.WriteString("->" + string(n.Destination))
			}
			b.WriteString("\n")
			return ast.WalkContinue, nil
		})
		return b.String()
	}
	texts := randtext.Joined(13, 20000, 12, []string{"[a]", "[a]: /u", " ", "\n", "\n\n", "[", "]", ":", "x", "> ", "- ", "1. ",
		"    ", "| a | b |\n|---|---|\n", "+---+\n", "`", "*", "(", "\"t\"", "<b>", "[a][]", "[a]\n:", "\\]:"},
		"[a]: /url\n\n[a]", "[a]\n: /url", "- [a]: /u\n\n[a]", "> [a]: /u", "text [a]", "Label: value\n[x]: no")
	n := 0
	for _, s := range texts {
		src := []byte(s)
		if mayHaveLinkRefs(src) {
			continue
		}
		n++
		got, want := render(src, noRefs.Parse(text.NewReader(src))), render(src, full.Parse(text.NewReader(src)))
		if got != want {
			t.Fatalf("source %q:\nwithout references:\n%s\nwith them:\n%s", s, got, want)
		}
	}
	if n < 5000 {
		t.Fatalf("only %d sources without \"]:\"", n)
	}
	// A source with a definition is read with it.
	src := []byte("[a]: /url\n\nSee [a].")
	if !mayHaveLinkRefs(src) {
		t.Fatal("a definition not seen")
	}
}
