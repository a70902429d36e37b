package fields

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// TestSplitShortcut holds appendSplit, which keeps whole a text without a
// label at its start, a number in its first word or minFieldsInLine
// colons, to the search of its labels it spares: on the lines of the
// corpus and on lines glued together, the search would have kept each
// such text whole too (no span at its start, too few before colons, and
// no label ending it after a number).
func TestSplitShortcut(t *testing.T) {
	v := vocab.Default()
	files, _ := filepath.Glob("../../../corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	var lines []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	n := len(lines)
	for i := 0; i+1 < n; i++ {
		a, b := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		lines = append(lines, a+b, a+" "+b, a+": "+b)
	}
	kept := 0
	for _, text := range lines {
		text = strings.TrimSpace(text)
		if _, leads := v.LeadingSpan(text); leads || numberFirst(text) || colonsAtMost(text, minFieldsInLine) >= minFieldsInLine {
			continue
		}
		kept++
		b := stream.Block{Kind: stream.Paragraph, Text: text}
		for _, header := range []bool{false, true} {
			if got := appendSplitSearched(nil, v, b, header); len(got) != 1 || got[0] != b {
				t.Errorf("%q (header %v): the search splits it: %+v", text, header, got)
			}
		}
	}
	t.Logf("%d of %d texts kept whole without the search", kept, len(lines))
}

// appendSplitSearched is appendSplit's cases on the spans of the whole
// search, for the texts the shortcut keeps whole.
func appendSplitSearched(dst []stream.Block, v *vocab.Vocabulary, b stream.Block, header bool) []stream.Block {
	spans := v.FindLabels(b.Text)
	if len(spans) == 0 {
		return append(dst, b)
	}
	first := spans[0]
	if first.Start == 0 || colonFields(spans) >= minFieldsInLine {
		return append(dst, b, b) // a case that may split it: reported
	}
	if len(spans) == 1 && strings.TrimRight(b.Text[first.End:], " :") == "" && first.Field != "" {
		value := strings.TrimSpace(strings.TrimLeftFunc(b.Text[:first.Start], isPictogram))
		if words.Count(value) == 1 && strings.ContainsAny(value, "0123456789") {
			return append(dst, b, b)
		}
	}
	return append(dst, b)
}

// TestNumberFirst holds numberFirst to its first writing: the digits of
// the first word after the pictograms and spaces text opens with.
func TestNumberFirst(t *testing.T) {
	reference := func(text string) bool {
		t := strings.TrimLeftFunc(text, isPictogram)
		if i := strings.IndexFunc(t, unicode.IsSpace); i >= 0 {
			t = t[:i]
		}
		return strings.ContainsAny(t, "0123456789")
	}
	texts := []string{"", " ", "262318 Requisition #", "📅 260388 Requisition #", "Brussels, 12 March 2025",
		"\u00a012 x", "x\u00a012", "x\u200312", "É1 x", "(2025-034)", "\t\n7", "a\xff1", "\xff", "☎️ +32 2"}
	texts = append(texts, randtext.Texts(5, 5000, 8, "a1 \t\u00a0\u2003📅☎\ufe0fé\xff")...)
	for _, text := range texts {
		if got, want := numberFirst(text), reference(text); got != want {
			t.Errorf("numberFirst(%q) = %v, want %v", text, got, want)
		}
	}
}
