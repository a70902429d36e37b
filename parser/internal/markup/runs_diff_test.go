package markup

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
)

// leftText and runsText take their first run's own text when it is
// enough; the references build every text, as both did before.
func TestRunsTextMatchesReference(t *testing.T) {
	leftRef := func(l []run) string {
		var b strings.Builder
		for _, r := range l {
			if r.brk != noBreak {
				break
			}
			b.WriteString(r.text)
			if b.Len() > 32 {
				break
			}
		}
		return strings.TrimLeft(b.String(), " \t\u00a0")
	}
	textRef := func(runs []run) string {
		var b strings.Builder
		for _, r := range runs {
			if r.brk != noBreak {
				b.WriteByte(' ')
				continue
			}
			b.WriteString(r.text)
		}
		return words.Clean(b.String())
	}
	pieces := []string{"", " ", "a)", " \u00a0iv. ", "Grade", "a long run of text well past thirty-two bytes", "\t", "x  y"}
	rng := rand.New(rand.NewPCG(5, 7))
	for range 50000 {
		runs := make([]run, rng.IntN(4))
		for i := range runs {
			if rng.IntN(4) == 0 {
				runs[i] = run{brk: breakKind(1 + rng.IntN(2))}
			} else {
				runs[i] = run{text: pieces[rng.IntN(len(pieces))]}
			}
		}
		if got, want := leftText(runs), leftRef(runs); got != want {
			t.Fatalf("leftText(%+v) = %q, want %q", runs, got, want)
		}
		if got, want := runsText(runs), textRef(runs); got != want {
			t.Fatalf("runsText(%+v) = %q, want %q", runs, got, want)
		}
	}
}
