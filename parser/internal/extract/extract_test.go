package extract

import (
	"context"
	"errors"
	"regexp"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// TestIsNumberedSection checks the hand-written matcher against the
// regular expression it replaced.
func TestIsNumberedSection(t *testing.T) {
	re := regexp.MustCompile(`^\d{1,2}\.?\s+\p{Lu}[\p{Lu}\s,'’&/-]+$`)
	for _, s := range []string{
		"9. OTHER MATTERS", "10 TERMS & CONDITIONS", "1.  A/B", "3. É", "3. ÉTÉ", "12.SECURITY",
		"123. ANNEX", "9. Other matters", "9. OTHER matters", "9.\tRÉMUNÉRATION, AVANTAGES", "9. O’NEIL-SMITH",
		"", "9", "9.", "9. ", "9. A", "9. AB ", "9.\u00a0AB", "9. AB\u00a0C", "Ω. AB", "9. ΩΣ", "9. A\xff", "x9. AB",
		"09 AB", "9..AB", "9. 1A",
	} {
		if got, want := isNumberedSection(s), re.MatchString(s); got != want {
			t.Errorf("isNumberedSection(%q) = %v, the expression says %v", s, got, want)
		}
	}
}

// TestExtractStopsWhenDone: a done context stops the extraction with its
// error, whatever the stream holds.
func TestExtractStopsWhenDone(t *testing.T) {
	blocks := make([]stream.Block, 5000)
	for i := range blocks {
		blocks[i] = stream.Block{Kind: stream.Paragraph, Text: "Location: Brussels", Pos: stream.Pos{Line: i + 1}}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	v, err := Extract(ctx, &stream.Document{Format: "text", Blocks: blocks}, vocab.Default())
	if v != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, %v; want the context's error", v, err)
	}
}
