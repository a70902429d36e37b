package failure

import (
	"strings"
	"testing"
)

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\nb\r\n\tc", "a b c"},
		{"esc \x1b[2J here", "esc [2J here"},
		{"csi \u009b2J, rlo \u202eabc\u202c", `csi \u009b2J, rlo \u202eabc\u202c`},
		{"bad \xff byte", "bad \uFFFD byte"},
		{strings.Repeat("é", 200), strings.Repeat("é", 120) + "…"},
	}
	for _, tt := range tests {
		if got := OneLine(tt.in); got != tt.want {
			t.Errorf("OneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
