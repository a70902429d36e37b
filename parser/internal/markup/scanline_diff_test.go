package markup

import (
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// scanLineReference is scanLine as it was before it read spaces and '>'
// as text while no destination scan waits: the reference
// TestScanLineMatchesReference checks it against.
func scanLineReference(line []byte) (opens, closes, delims int, work int64, dests int) {
	var plain, angle, plainSum, angleSum int64
	for i := 0; i < len(line); i++ {
		switch mdClass[line[i]] {
		case mdText:
		case mdSpace:
			if plain > 0 {
				work += plain*int64(i) - plainSum
				plain, plainSum = 0, 0
			}
		case mdAngleEnd:
			if angle > 0 {
				work += angle*int64(i) - angleSum
				angle, angleSum = 0, 0
			}
		case mdOpen:
			opens++
		case mdClose:
			closes++
			if i+1 < len(line) && line[i+1] == '(' {
				dests++
				k := i + 2
				for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
					k++
				}
				if k < len(line) && line[k] == '<' {
					angle++
					angleSum += int64(k)
				} else {
					plain++
					plainSum += int64(k)
				}
			}
		case mdEscape:
			delims++
			i++
		case mdDelim:
			delims++
		}
	}
	work += plain*int64(len(line)) - plainSum
	work += angle*int64(len(line)) - angleSum
	return opens, closes, delims, work, dests
}

func TestScanLineMatchesReference(t *testing.T) {
	texts := randtext.Texts(11, 100000, 30, "ab [](<>)\t\\*_`!&|", "[a](b c) d", "[a](<b c> d) e>", "](](](x y", "\\](x", "](\t<a>b")
	for _, s := range texts {
		o, c, d, w, n := scanLine([]byte(s))
		ro, rc, rd, rw, rn := scanLineReference([]byte(s))
		if o != ro || c != rc || d != rd || w != rw || n != rn {
			t.Errorf("scanLine(%q) = %d %d %d %d %d, want %d %d %d %d %d", s, o, c, d, w, n, ro, rc, rd, rw, rn)
		}
	}
}
