package pdftext

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

func TestPDFDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"D:20250622143000+02'00'", "2025-06-22"},
		{"D:20250622", "2025-06-22"},
		{"20250622000000Z", "2025-06-22"}, // no D: prefix
		{"D:20261231235959-05'00", "2026-12-31"},
		{"D:2025", ""},
		{"D:202506", ""},
		{"D:20250231", ""},
		{"D:2025-06-22", ""},
		{"", ""},
		{"Sunday", ""},
	} {
		if got := pdfDate(tt.in); got != tt.want {
			t.Errorf("pdfDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestXMPCreateDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`<rdf:Description><xmp:CreateDate>2025-06-22T10:00:00+02:00</xmp:CreateDate></rdf:Description>`, "2025-06-22"},
		{`<rdf:Description xmp:CreateDate="2025-05-01T00:00:00Z" xmp:ModifyDate="2025-06-01"/>`, "2025-05-01"},
		{`<rdf:Description xap:CreateDate='2024-01-31'/>`, "2024-01-31"},
		{`<xmp:CreateDate>junk</xmp:CreateDate><xmp:CreateDate>2025-01-02</xmp:CreateDate>`, "2025-01-02"},
		{`<xmp:ModifyDate>2025-06-22</xmp:ModifyDate>`, ""},
		{`xmp:CreateDate`, ""},
		{`<xmp:CreateDate>2025-06-22`, ""},
	} {
		if got := xmpCreateDate([]byte(tt.in)); got != tt.want {
			t.Errorf("xmpCreateDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// datedPDF is a one-page PDF whose trailer has the /Info dictionary info
// (none when "") and whose catalog has the XMP packet xmp as /Metadata
// (none when "").
func datedPDF(info, xmp string) []byte {
	b := pdftest.New()
	catalog := "<< /Type /Catalog /Pages 2 0 R >>"
	if xmp != "" {
		catalog = "<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>"
	}
	b.Object(catalog, nil)
	b.Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", nil)
	b.Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 "+pdftest.Helvetica+" >> >> /Contents 4 0 R >>", nil)
	b.Stream("", []byte(pdftest.TextAt(72, 700, "Vacancy notice")))
	n := 5
	if xmp != "" {
		b.Stream("/Type /Metadata /Subtype /XML", []byte(xmp))
		n++
	}
	trailer := ""
	if info != "" {
		b.Object(info, nil)
		trailer = fmt.Sprintf(" /Info %d 0 R", n)
	}
	data := b.Bytes(1)
	return bytes.Replace(data, []byte("/Root 1 0 R"), []byte("/Root 1 0 R"+trailer), 1)
}

func TestCreated(t *testing.T) {
	const xmp = `<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>2025-05-04T09:00:00+02:00</xmp:CreateDate></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
	for _, tt := range []struct {
		name, info, xmp, want string
	}{
		{"info", "<< /CreationDate (D:20250601120000+02'00') >>", "", "2025-06-01"},
		{"info UTF-16", "<< /CreationDate <FEFF0044003A00320030003200350030003600300032> >>", "", "2025-06-02"},
		{"info first", "<< /CreationDate (D:20250601) >>", xmp, "2025-06-01"},
		{"XMP when info has none", "<< /Producer (x) >>", xmp, "2025-05-04"},
		{"XMP alone", "", xmp, "2025-05-04"},
		{"bad info date, XMP", "<< /CreationDate (yesterday) >>", xmp, "2025-05-04"},
		{"none", "", "", ""},
		{"info not a dictionary", "42", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), datedPDF(tt.info, tt.xmp), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Created != tt.want {
				t.Errorf("Created = %q, want %q", doc.Created, tt.want)
			}
			if len(doc.Pages) != 1 || len(doc.Pages[0].Lines) != 1 {
				t.Errorf("pages %+v", doc.Pages)
			}
		})
	}
}
