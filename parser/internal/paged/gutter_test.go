package paged

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// quadraticGutter is the gutter search gutter replaced, kept to check
// that the linear one finds the same column: for every candidate column
// it re-read every line.
func quadraticGutter(page []rawLine, minGutter int) int {
	width, textLines := 0, 0
	for _, r := range page {
		if r.text != "" {
			width = max(width, len([]rune(r.raw)))
			textLines++
		}
	}
	if textLines < 8 {
		return -1
	}
	blank := make([]int, width+1)
	runes := make([][]rune, len(page))
	for i, r := range page {
		runes[i] = []rune(r.raw)
		if r.text == "" {
			continue
		}
		for c := 0; c <= width; c++ {
			if c >= len(runes[i]) || runes[i][c] == ' ' {
				blank[c]++
			}
		}
	}
	best, bestScore := -1, 0
	for c := width / 4; c < width*3/4; c++ {
		ok := true
		for g := c; g < c+minGutter && g <= width; g++ {
			if blank[g] < textLines {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		left, right := 0, 0
		for i, r := range page {
			rs := runes[i]
			if r.text == "" {
				continue
			}
			if strings.TrimSpace(string(rs[:min(c, len(rs))])) != "" {
				left++
			}
			if len(rs) > c+minGutter {
				right++
			}
		}
		if left*4 >= textLines && right*4 >= textLines && min(left, right) > bestScore {
			best, bestScore = c, min(left, right)
		}
	}
	if best < 0 {
		return -1
	}
	return best + minGutter
}

func rawPage(lines []string) []rawLine {
	page := make([]rawLine, len(lines))
	for i, l := range lines {
		body := strings.TrimLeft(l, " \t\u00a0")
		page[i] = rawLine{text: strings.TrimRight(body, " "), raw: strings.TrimRight(l, " ")}
	}
	return page
}

func TestGutterMatchesQuadratic(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 1))
	// Columns of words with a gutter in random places, spaces of other
	// kinds, empty and blank lines.
	texts := randtext.Texts(13, 4000, 12, "ab  \u2003é")
	found := 0
	for n := range 3000 {
		lines := make([]string, 8+rng.IntN(10))
		gap := 10 + rng.IntN(10)
		for i := range lines {
			l, r := texts[rng.IntN(len(texts))], texts[rng.IntN(len(texts))]
			switch rng.IntN(5) {
			case 0:
				lines[i] = ""
			case 1:
				lines[i] = l
			default:
				lines[i] = l + strings.Repeat(" ", max(gap-len([]rune(l)), 0)+rng.IntN(4)) + r + r
			}
		}
		page := rawPage(lines)
		got, want := gutter(page, 3, nil), quadraticGutter(page, 3)
		if want >= 0 {
			found++
		}
		if got != want {
			t.Fatalf("page %d: gutter %d, want %d\n%s", n, got, want, strings.Join(lines, "\n"))
		}
	}
	t.Logf("%d pages of 3000 with a gutter", found)
	if found < 300 {
		t.Errorf("only %d pages of 3000 have a gutter: the test pages are not like two columns", found)
	}
}

// TestGutterLinear: one line of 100,000 spaces (or 20,000 tabs, expanded
// to 80,000) among a page of text used to take the whole time budget.
func TestGutterLinear(t *testing.T) {
	for _, wide := range []string{"a" + strings.Repeat(" ", 100_000) + "b", "a" + strings.Repeat("    ", 20_000) + "b"} {
		lines := append(strings.Split(strings.Repeat("The candidate must be a national of a member state.\n", 2000), "\n"), wide)
		start := time.Now()
		gutter(rawPage(lines), 3, nil)
		if d := time.Since(start); d > 500*time.Millisecond {
			t.Errorf("gutter of a %d-rune line took %v", len(wide), d)
		}
	}
}
