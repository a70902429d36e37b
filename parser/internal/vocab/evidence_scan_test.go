package vocab

import (
	"strings"
	"testing"
)

func FuzzContainsWWW(f *testing.F) {
	f.Add("see www.nato.int. now")
	f.Add("ww.w.www")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := containsWWW(text), strings.Contains(text, "www."); got != want {
			t.Errorf("containsWWW(%q) = %v, want %v", text, got, want)
		}
	})
}
