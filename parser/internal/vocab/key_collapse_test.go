package vocab

import (
	"math/rand"
	"testing"
)

// TestNeedsCollapse checks needsCollapse against the byte loop it
// replaces, on random keys of spaces, controls, letters and high bytes,
// with and without spare capacity after them.
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
		// The same key with spare capacity after it, holding bytes of
		// every kind, which needsCollapse may read past a short key.
		spare := make([]byte, len(k)+rng.Intn(9))
		for j := copy(spare, k); j < len(spare); j++ {
			spare[j] = alphabet[rng.Intn(len(alphabet))]
		}
		if got, want := needsCollapse(spare[:len(k)]), slow(k); got != want {
			t.Fatalf("needsCollapse(%q with %q after it) = %v, want %v", k, spare[len(k):], got, want)
		}
	}
}
