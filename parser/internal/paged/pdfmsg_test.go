package paged

import (
	"strings"
	"testing"
)

// TestPDFReason: the PDF library's messages, as the text layer passes
// them on (after its own "malformed PDF: "), reworded.
func TestPDFReason(t *testing.T) {
	long := strings.Repeat("0123456789abcdef ", 16)
	tests := []struct{ in, want string }{
		// lex.go: dictionary keys, printed with %T(%v)
		{"malformed PDF: unexpected non-name key int64(0) parsing dictionary", `malformed PDF: unexpected non-name key "0" parsing dictionary`},
		{"malformed PDF: unexpected non-name key pdf.keyword(R) parsing dictionary", `malformed PDF: unexpected non-name key "R" parsing dictionary`},
		{"malformed PDF: unexpected non-name key float64(1.5) parsing dictionary", `malformed PDF: unexpected non-name key "1.5" parsing dictionary`},
		// read.go: %T alone, and object references printed with %v
		{"malformed PDF: loading {12 0}: found pdf.dict instead of objdef", "malformed PDF: loading object 12 0: found a dictionary instead of an object"},
		{"malformed PDF: loading {5 0}: found {6 0}", "malformed PDF: loading object 5 0: found object 6 0"},
		{"malformed PDF: unexpected value type <nil> in resolve", "malformed PDF: unexpected value type nothing in resolve"},
		{"malformed PDF: malformed Index pair 1 2 int64 pdf.name", "malformed PDF: malformed Index pair 1 2 an integer a name"},
		// lex.go: numbers that are only too large
		{"malformed PDF: invalid integer 99999999999999999999", "malformed PDF: integer 99999999999999999999 out of range"},
		{"malformed PDF: invalid integer " + strings.Repeat("9", 300), "malformed PDF: integer " + strings.Repeat("9", 60) + "… out of range"},
		{"malformed PDF: invalid real 1e", "malformed PDF: invalid real 1e"},
		// lex.go: the rest of the buffer after a bad hex digit
		{"malformed PDF: malformed hex string z z " + long, "malformed PDF: malformed hex string z z " + long[:60] + "…"},
		// a long token of the file
		{"malformed PDF: unexpected keyword \"" + strings.Repeat("k", 100) + "\" parsing object", "malformed PDF: unexpected keyword \"" + strings.Repeat("k", 59) + "… parsing object"},
		// the text layer's own messages pass as they are
		{"malformed PDF: reading at offset 12: unexpected EOF", "malformed PDF: reading at offset 12: unexpected EOF"},
		{"malformed PDF: startxref offset 99999999999999999999 is past the end of the file", "malformed PDF: startxref offset 99999999999999999999 is past the end of the file"},
		{"encrypted PDF needs a password", "encrypted PDF needs a password"},
		{"a page's form XObjects draw more than the form limit (4194304 operators, 131072 glyphs)", "a page's form XObjects draw more than the form limit (4194304 operators, 131072 glyphs)"},
	}
	for _, tt := range tests {
		if got := pdfReason(tt.in); got != tt.want {
			t.Errorf("pdfReason(%.80q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
