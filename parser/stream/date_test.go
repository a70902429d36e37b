package stream

import "testing"

func TestISODate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2025-06-01", "2025-06-01"},
		{" 2025-06-01T09:30:00+02:00 ", "2025-06-01"},
		{"2025-06-01 09:30", "2025-06-01"},
		{"2025-06-01t09:30Z", "2025-06-01"},
		{"2025-02-30", ""},
		{"2025-6-1", ""},
		{"2025-06-012", ""},
		{"1970-01-01", ""},
		{"June 1, 2025", ""},
		{"", ""},
	} {
		if got := ISODate(tt.in); got != tt.want {
			t.Errorf("ISODate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
