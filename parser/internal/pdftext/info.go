package pdftext

import (
	"bytes"

	"github.com/ledongthuc/pdf"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// created returns the date the document says it was created, as an ISO
// 8601 date: the document information dictionary's /CreationDate, or
// without one the XMP metadata's xmp:CreateDate; "" when neither gives a
// whole date. The metadata is optional: a malformed one gives "", never
// an error.
func (e *extractor) created(root pdf.Value) (date string) {
	defer func() {
		if recover() != nil {
			date = ""
		}
	}()
	if d := pdfDate(e.r.Trailer().Key("Info").Key("CreationDate").Text()); d != "" {
		return d
	}
	md := root.Key("Metadata")
	if md.Kind() != pdf.Stream {
		return ""
	}
	data, err := e.readStream(md) // bounded by MaxStreamBytes
	if err != nil {
		return ""
	}
	defer e.putBuf(data)
	return xmpCreateDate(data)
}

// pdfDate reads a PDF date ("D:20250622143000+02'00'", PDF 32000-1
// 7.9.4) as an ISO 8601 date, in the time zone it is written in. The
// prefix "D:" is optional, as writers forget it; a date without its day
// ("D:2025") gives "".
func pdfDate(s string) string {
	if len(s) >= 2 && s[:2] == "D:" {
		s = s[2:]
	}
	if len(s) < 8 {
		return ""
	}
	for i := range 8 {
		if s[i] < '0' || s[i] > '9' {
			return ""
		}
	}
	return stream.ISODate(s[:4] + "-" + s[4:6] + "-" + s[6:8])
}

// xmpCreateDate finds xmp:CreateDate in an XMP packet, as an element
// (<xmp:CreateDate>2025-06-22T10:00:00Z</xmp:CreateDate>) or an
// attribute (xmp:CreateDate="…"); the old prefix xap: too.
func xmpCreateDate(data []byte) string {
	for _, prefix := range []string{"xmp:CreateDate", "xap:CreateDate"} {
		rest := data
		for {
			i := bytes.Index(rest, []byte(prefix))
			if i < 0 {
				break
			}
			rest = rest[i+len(prefix):]
			v := bytes.TrimLeft(rest, " \t\r\n")
			switch {
			case len(v) > 0 && v[0] == '>': // an element
				v = v[1:]
				if j := bytes.IndexByte(v, '<'); j >= 0 {
					if d := stream.ISODate(string(v[:j])); d != "" {
						return d
					}
				}
			case len(v) > 0 && v[0] == '=': // an attribute
				v = bytes.TrimLeft(v[1:], " \t\r\n")
				if len(v) > 1 && (v[0] == '"' || v[0] == '\'') {
					if j := bytes.IndexByte(v[1:], v[0]); j >= 0 {
						if d := stream.ISODate(string(v[1 : 1+j])); d != "" {
							return d
						}
					}
				}
			}
		}
	}
	return ""
}
