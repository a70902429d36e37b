// Package pdftest builds small PDF files for tests: objects written one
// at a time, then a classic cross-reference table and trailer that point
// at them. Tests of the PDF text layer, of the parser's bad-input cases
// and the fixture generator in parser/testdata/bad all build their PDFs
// with it.
package pdftest

import (
	"bytes"
	"fmt"
)

// Fonts for Pages: simple standard-14 fonts with WinAnsi encoding, as a
// /Font resource entry's value.
const (
	Helvetica     = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>`
	HelveticaBold = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>`
)

// Builder writes a PDF file object by object. Objects are numbered from 1
// in the order they are added.
type Builder struct {
	buf     bytes.Buffer
	offsets []int
}

// New starts a PDF 1.4 file; the comment line of high bytes after the
// header marks it as binary, as producers do.
func New() *Builder {
	b := &Builder{}
	b.buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	return b
}

// Object adds an object and returns its number. dict is the object's
// text (a dictionary, or any value); a non-nil stream is written after
// it between "stream" and "endstream", and dict must then give its
// /Length.
func (b *Builder) Object(dict string, stream []byte) int {
	b.offsets = append(b.offsets, b.buf.Len())
	fmt.Fprintf(&b.buf, "%d 0 obj\n%s", len(b.offsets), dict)
	if stream != nil {
		b.buf.WriteString("\nstream\n")
		b.buf.Write(stream)
		b.buf.WriteString("\nendstream")
	}
	b.buf.WriteString("\nendobj\n")
	return len(b.offsets)
}

// Stream adds a stream object whose dictionary holds extra entries (such
// as "/Filter /FlateDecode") and the right /Length.
func (b *Builder) Stream(extra string, data []byte) int {
	if extra != "" {
		extra = " " + extra
	}
	return b.Object(fmt.Sprintf("<< /Length %d%s >>", len(data), extra), data)
}

// Bytes ends the file with the cross-reference table and a trailer whose
// /Root is object root, and returns it.
func (b *Builder) Bytes(root int) []byte {
	xref := b.buf.Len()
	fmt.Fprintf(&b.buf, "xref\n0 %d\n0000000000 65535 f \n", len(b.offsets)+1)
	for _, off := range b.offsets {
		fmt.Fprintf(&b.buf, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b.buf, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(b.offsets)+1, root, xref)
	return b.buf.Bytes()
}

// Pages builds a PDF of US Letter pages, one per content stream, each
// with the /Font resource dictionary whose body is fonts (for example
// "/F1 " + Helvetica).
func Pages(fonts string, contents ...string) []byte {
	b := New()
	n := len(contents)
	kids := ""
	for i := range contents {
		kids += fmt.Sprintf("%d 0 R ", 3+2*i)
	}
	b.Object("<< /Type /Catalog /Pages 2 0 R >>", nil)
	b.Object(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, n), nil)
	for i, c := range contents {
		b.Object(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << %s >> >> /Contents %d 0 R >>", fonts, 4+2*i), nil)
		b.Stream("", []byte(c))
	}
	return b.Bytes(1)
}

// TextAt is a content-stream fragment that shows s at x, y in font /F1
// at 10 points.
func TextAt(x, y float64, s string) string {
	return fmt.Sprintf("BT /F1 10 Tf %g %g Td (%s) Tj ET\n", x, y, s)
}
