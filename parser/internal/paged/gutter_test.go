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

// TestSplitColumnRegion: a page whose two columns stand between lines
// that run across the gutter (a title above, a section in one column
// below) is read column by column in that region only; a table of labels
// and values, or of figures, between paragraphs is left as it is.
func TestSplitColumnRegion(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
		want  []string // the texts in reading order, blank lines left out
	}{{
		name: "columns between full-width lines, right column at two indents",
		lines: []string{
			"Harbour Authority of Eastport | Marine Services",
			"",
			"POSITION AVAILABLE",
			"",
			"                                          Summary",
			"Details",
			"                                          The pilot station boards ships",
			"Competition code                          off the breakwater day and night",
			"HAE-7731                                  and keeps a watch on the channel.",
			"Division",
			"Pilotage                                  Main tasks",
			"                                              Board vessels from the launch.",
			"Pay band                                      Keep the station logbook.",
			"PB-3",
			"                                          Setting",
			"Apply by                                  Shifts of twelve hours on the quay.",
			"2 May 2031",
			"",
			"",
			"Required qualifications",
			"Licence:",
			"   A master mariner's certificate of competency issued by a recognised maritime administration.",
			"   Three years of sea service as a watchkeeping officer on vessels of more than 500 tonnes.",
		},
		want: []string{
			"Harbour Authority of Eastport | Marine Services",
			"POSITION AVAILABLE",
			"Details", "Competition code", "HAE-7731", "Division", "Pilotage", "Pay band", "PB-3", "Apply by", "2 May 2031",
			"Summary", "The pilot station boards ships", "off the breakwater day and night", "and keeps a watch on the channel.",
			"Main tasks", "Board vessels from the launch.", "Keep the station logbook.",
			"Setting", "Shifts of twelve hours on the quay.",
			"Required qualifications",
			"Licence:",
			"A master mariner's certificate of competency issued by a recognised maritime administration.",
			"Three years of sea service as a watchkeeping officer on vessels of more than 500 tonnes.",
		},
	}, {
		name: "labels with their values beside them",
		lines: []string{
			"The authority runs the pilot station of the port and the launches that serve it, by day and by night.",
			"",
			"Post title :             Marine pilot of the",
			"                         outer harbour",
			"",
			"Duty station :           Eastport quay and the",
			"                         pilot launch base",
			"",
			"Working hours :          Shifts of twelve hours",
			"                         on the quay",
			"",
			"Closing date :           2 May 2031, at noon",
			"                         local time",
			"",
			"The pilot boards ships off the breakwater and brings them to their berth in every weather of the year.",
		},
	}, {
		name: "a table of figures",
		lines: []string{
			"The rates below apply to every pilotage district of the authority from the first day of the year.",
			"",
			"Band          Step 1          Step 2",
			"PB-1          41,200          43,100",
			"PB-2          45,900          47,800",
			"PB-3          50,300          52,600",
			"PB-4          55,100          57,700",
			"PB-5          60,400          63,200",
			"PB-6          66,000          69,100",
			"PB-7          72,300          75,600",
			"",
			"A pilot moves up one step after each year of service at the same band, on a satisfactory assessment.",
		},
	}} {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == nil {
				for _, l := range tt.lines {
					if s := strings.TrimSpace(l); s != "" {
						want = append(want, s)
					}
				}
			}
			var got []string
			for _, r := range splitColumns(lex, rawPage(tt.lines), nil) {
				if r.text != "" {
					got = append(got, r.text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
