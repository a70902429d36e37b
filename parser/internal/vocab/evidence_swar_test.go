package vocab

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestASCIIWordEnd checks asciiWordEnd against the byte loop it
// replaces, on random texts of letters, apostrophes and other bytes.
func TestASCIIWordEnd(t *testing.T) {
	slow := func(text string, j int) int {
		for j < len(text) && text[j] < utf8.RuneSelf && asciiWordBytes[text[j]] != 0 {
			j++
		}
		return j
	}
	const special = "'@[`{AZaz \xc3\xa9"
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(30))
		for k := range b {
			switch rng.Intn(6) {
			case 0:
				b[k] = byte(rng.Intn(256))
			case 1:
				b[k] = special[rng.Intn(len(special))]
			default:
				b[k] = 'a' + byte(rng.Intn(26)) - byte(rng.Intn(2))*('a'-'A')
			}
		}
		text := string(b)
		for i := 0; i <= len(text); i++ {
			if got, want := asciiWordEnd(text, i), slow(text, i); got != want {
				t.Fatalf("asciiWordEnd(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
	}
}
