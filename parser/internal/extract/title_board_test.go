package extract

import (
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// TestNamedPostAbove: a board's short heading in its own language over
// the notice it copies gives way to the line above that names the post;
// a line that names one, or a long line, stands.
func TestNamedPostAbove(t *testing.T) {
	x := &extraction{voc: vocab.Default()}
	body := []stream.Block{
		{Kind: stream.Paragraph, Text: "Home > Jobs > Brunssum"},
		{Kind: stream.Paragraph, Text: "Senior Technician (Deployable Communications)"},
		{Kind: stream.Paragraph, Text: "Solliciteer direct"},
		{Kind: stream.Paragraph, Text: "Vacatureomschrijving"},
		{Kind: stream.Paragraph, Text: "Finance Assistant"},
		{Kind: stream.Paragraph, Text: "Integrated Air and Missile Defence Centre"},
	}
	for i, want := range map[int]int{
		3: 1, // the board's heading: the post above it
		4: 4, // a line that names a post
		5: 5, // more words than a board's heading
	} {
		if got := x.namedPostAbove(body, i, "en"); got != want {
			t.Errorf("namedPostAbove(%q) = %d, want %d", body[i].Text, got, want)
		}
	}
}
