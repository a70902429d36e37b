package paged

import (
	"strings"
	"testing"
)

func TestPDFReason(t *testing.T) {
	long := strings.Repeat("0123456789abcdef ", 16)
	tests := []struct{ in, want string }{
		{"malformed PDF: malformed PDF: reading at offset 12: unexpected EOF", "malformed PDF: reading at offset 12: unexpected EOF"},
		{"malformed PDF: malformed PDF file: missing startxref", "malformed PDF: missing startxref"},
		{"malformed PDF: unexpected non-name key int64(0) parsing dictionary", `malformed PDF: unexpected non-name key "0" parsing dictionary`},
		{"malformed PDF: unexpected non-name key pdf.keyword(R) parsing dictionary", `malformed PDF: unexpected non-name key "R" parsing dictionary`},
		{"malformed PDF: startxref offset 99999999999999999999 is not a number", "malformed PDF: startxref offset 99999999999999999999 is out of range"},
		{"malformed PDF: startxref offset x is not a number", "malformed PDF: startxref offset x is not a number"},
		{"malformed PDF: malformed hex string z z " + long, "malformed PDF: malformed hex string z z " + long[:60] + "…"},
		{"malformed PDF: invalid integer " + strings.Repeat("9", 300), "malformed PDF: invalid integer " + strings.Repeat("9", 60) + "…"},
		{"encrypted PDF needs a password", "encrypted PDF needs a password"},
	}
	for _, tt := range tests {
		if got := pdfReason(tt.in); got != tt.want {
			t.Errorf("pdfReason(%.80q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
