package parser

import (
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/markup"
	"github.com/vacancy-tools/vacancy/parser/internal/textenc"
)

// SourceLines returns the lines of a text, Markdown or HTML input as its
// reader numbers them: the line of a block (stream.Pos.Line) or of a
// value (schema.Origin.Line) is lines[Line-1]. The text is decoded as the
// reader decodes it (a BOM dropped, UTF-16 and legacy charsets turned into
// UTF-8, CR line ends into LF); a form feed, which starts a page of a
// text file, stays at the start of its line. A PDF has no source lines
// (ErrUnsupported): its blocks have boxes on pages instead.
func SourceLines(data []byte, f Format) ([]string, error) {
	var text string
	switch f {
	case FormatText:
		s, err := textenc.Decode(data)
		if err != nil {
			return nil, err
		}
		text = s
	case FormatMarkdown:
		b, err := textenc.Bytes(data)
		if err != nil {
			return nil, err
		}
		text = string(b)
	case FormatHTML:
		b, err := markup.DecodeHTML(data)
		if err != nil {
			return nil, err
		}
		text = strings.ReplaceAll(string(b), "\r\n", "\n")
	default:
		return nil, failure.Errorf(ErrUnsupported, "a %s input has no source lines", f)
	}
	return strings.Split(text, "\n"), nil
}
