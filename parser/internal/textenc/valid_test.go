package textenc

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestValidUTF8 checks validUTF8 against utf8.Valid on every sequence of
// one to three bytes, each after 0 to 8 ASCII bytes and before some (so
// that it falls across the eight-byte steps at every offset), and on
// random texts of ASCII, runes and stray bytes.
func TestValidUTF8(t *testing.T) {
	buf := make([]byte, 0, 32)
	check := func(b []byte) {
		if got, want := validUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("validUTF8(% x) = %v, utf8.Valid says %v", b, got, want)
		}
	}
	for n := 0; n < 1<<24; n++ {
		pad := n % 9
		buf = buf[:0]
		for range pad {
			buf = append(buf, 'a')
		}
		buf = append(buf, byte(n), byte(n>>8), byte(n>>16))
		for l := 1; l <= 3; l++ {
			if l < 3 && n>>(8*l) != 0 {
				continue
			}
			check(buf[:pad+l])
			check(append(buf[:pad+l], "bcdefghij"...))
		}
	}
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "bcd ", "é", "€", "😀", "\xc3", "\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\x80", "\xf0\x9f", "\xff", "\xc0\xaf"}
	for range 200000 {
		buf = buf[:0]
		for range rng.Intn(12) {
			buf = append(buf, pieces[rng.Intn(len(pieces))]...)
		}
		check(buf)
	}
}
