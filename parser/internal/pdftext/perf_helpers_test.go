package pdftext

import (
	"math/rand"
	"sort"
	"testing"
)

func TestTopRef(t *testing.T) {
	for _, c := range []struct{ dict, want string }{
		{"<</Contents 2 0 R /MediaBox [0 0 595 842] /Resources 56 0 R /Type /Page>>", "56 0 R"},
		{"<</Resources 56 0 R>>", "56 0 R"},
		{"<</Resources <</Font 3 0 R>> /Type /Page>>", ""},
		{"<</Group <</Resources 7 0 R>> /Type /Page>>", ""},
		{"<</A [/Resources 7 0 R] /Type /Page>>", ""},
		{`<</T "a /Resources 7 0 R \" /Resources 8 0 R" /Type /Page>>`, ""},
		{"<</Resources 5 0 Rx>>", ""},
		{"<</Resources 5>>", ""},
		{"<</Resources 12 3 R /Type /Page>>", "12 3 R"},
	} {
		if got := topRef(c.dict, "Resources"); got != c.want {
			t.Errorf("topRef(%q) = %q, want %q", c.dict, got, c.want)
		}
	}
}

func TestNth(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 1; n < 200; n++ {
		for _, spread := range []int{3, 1000} {
			xs := make([]float64, n)
			for i := range xs {
				xs[i] = float64(rng.Intn(spread)) / 4
			}
			sorted := append([]float64(nil), xs...)
			sort.Float64s(sorted)
			for _, k := range []int{0, n / 2, n - 1} {
				ys := append([]float64(nil), xs...)
				if got := nth(ys, k); got != sorted[k] {
					t.Fatalf("nth(%v, %d) = %v, want %v", xs, k, got, sorted[k])
				}
			}
		}
	}
}
