package vocab

import (
	"math/rand"
	"testing"
)

// TestNeedsCollapse checks needsCollapse against the byte loop it
// replaces, on random keys of spaces, controls, letters and high bytes.
func TestNeedsCollapse(t *testing.T) {
	slow := func(k []byte) bool {
		n := 0
		for n < len(k) && (k[n] > ' ' || k[n] == ' ' && n > 0 && k[n-1] != ' ') {
			n++
		}
		return n < len(k)
	}
	alphabet := []byte{' ', ' ', 'a', 'Z', '\t', '\n', '\v', 0, 0x1f, '!', 0x7f, 0x80, 0xa0, 0xff, 0x21, 0x40, 0x60}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		k := make([]byte, rng.Intn(40))
		for j := range k {
			k[j] = alphabet[rng.Intn(len(alphabet))]
			switch rng.Intn(4) {
			case 0:
				k[j] = byte(rng.Intn(256))
			case 1, 2:
				k[j] = 'a' + byte(rng.Intn(26))
			}
		}
		if got, want := needsCollapse(k), slow(k); got != want {
			t.Fatalf("needsCollapse(%q) = %v, want %v", k, got, want)
		}
	}
}
