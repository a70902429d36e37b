package pdftext

import (
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

func TestActualText(t *testing.T) {
	for _, c := range []struct{ name, content, want string }{
		{"replaces", "BT /F1 10 Tf 72 700 Td (Before ) Tj /Span << /ActualText (effective) >> BDC (e\\223ec) Tj (tive) Tj EMC ( after) Tj ET", "Before effective after"},
		{"utf-16", "BT /F1 10 Tf 72 700 Td /Span << /MCID 3 /ActualText <FEFF005300740072006100DF0065> >> BDC (Stra) Tj (sse) Tj EMC ET", "Straße"},
		{"words", "BT /F1 10 Tf 72 700 Td /Span << /ActualText (two words) >> BDC (twowords) Tj EMC ET", "two words"},
		{"nested", "BT /F1 10 Tf 72 700 Td /P << /MCID 1 >> BDC (a) Tj /Span << /ActualText (b) >> BDC (x) Tj EMC (c) Tj EMC ET", "abc"},
		{"no glyphs", "/Span << /ActualText (figure text) >> BDC 0 0 10 10 re f EMC BT /F1 10 Tf 72 700 Td (Text) Tj ET", "Text"},
		{"unbalanced", "BT /F1 10 Tf 72 700 Td EMC EMC /Span << /ActualText (x) >> BDC (Text) Tj ET", "Text"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(pageText(t, pdftest.Pages("/F1 "+pdftest.Helvetica, c.content)), "|")
			if got != c.want {
				t.Errorf("%q, want %q", got, c.want)
			}
		})
	}
}
