package pdftext

import (
	"fmt"
	"strings"
)

// libraryReason is the message of an error or panic of the PDF library,
// without the prefix it may carry itself ("malformed PDF: ", "malformed
// PDF file: "): the text layer says "malformed PDF: " once, before it.
// (What the library's messages quote of the file, and the Go type names
// some of them print, are reworded by the parser's PDF reader.)
func libraryReason(x any) string {
	msg := fmt.Sprint(x)
	for {
		rest, ok := strings.CutPrefix(msg, "malformed PDF: ")
		if !ok {
			rest, ok = strings.CutPrefix(msg, "malformed PDF file: ")
		}
		if !ok {
			return msg
		}
		msg = rest
	}
}
