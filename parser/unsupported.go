package parser

import (
	"bytes"
	"path/filepath"
	"strings"
)

// UnsupportedReason says why a file whose content starts with head
// (a few KB are enough) and whose name is name is a document of a format
// no reader reads: "Word documents are not read; save as PDF". It is ""
// when a reader may read it. The content decides (a ZIP's entries, an
// image's signature); the name's extension only tells one ZIP-based
// office format from another when the content does not.
func UnsupportedReason(head []byte, name string) string {
	ext := strings.ToLower(filepath.Ext(name))
	has := func(prefix string) bool { return bytes.HasPrefix(head, []byte(prefix)) }
	switch {
	case has("PK\x03\x04"), has("PK\x05\x06"): // ZIP: the office formats of today
		switch {
		case ext == ".docx" || ext == ".docm" || ext == ".dotx" || bytes.Contains(head, []byte("word/")):
			return word
		case ext == ".odt" || bytes.Contains(head, []byte("opendocument.text")):
			return "OpenDocument texts are not read; save as PDF"
		case ext == ".xlsx" || ext == ".ods" || bytes.Contains(head, []byte("xl/")) || bytes.Contains(head, []byte("opendocument.spreadsheet")):
			return "spreadsheets are not read; save as PDF"
		case ext == ".pptx" || ext == ".odp" || bytes.Contains(head, []byte("ppt/")) || bytes.Contains(head, []byte("opendocument.presentation")):
			return "presentations are not read; save as PDF"
		case ext == ".epub" || bytes.Contains(head, []byte("application/epub+zip")):
			return "EPUB books are not read; save as PDF"
		}
		return "ZIP archives are not read; unpack them first"
	case has("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"): // the office formats of before 2007
		switch ext {
		case ".xls":
			return "spreadsheets are not read; save as PDF"
		case ".ppt":
			return "presentations are not read; save as PDF"
		case ".msg":
			return "Outlook messages are not read; save the notice as PDF"
		}
		return word
	case has(`{\rtf`):
		return "RTF documents are not read; save as PDF"
	case has("\x89PNG\r\n\x1a\n"), has("\xff\xd8\xff"), has("GIF87a"), has("GIF89a"),
		has("II*\x00"), has("MM\x00*"), len(head) >= 12 && has("RIFF") && string(head[8:12]) == "WEBP",
		len(head) >= 12 && string(head[4:8]) == "ftyp" && (string(head[8:12]) == "heic" || string(head[8:12]) == "avif"):
		return "images are not read: vacancy does no OCR; use the notice's PDF or text"
	case has("%!PS"):
		return "PostScript is not read; convert it to PDF"
	case has("\x1f\x8b"), has("7z\xbc\xaf\x27\x1c"), has("Rar!\x1a\x07"), has("\xfd7zXZ\x00"),
		len(head) >= 10 && has("BZh") && string(head[4:10]) == "\x31\x41\x59\x26\x53\x59":
		return "compressed files are not read; decompress them first"
	}
	return ""
}

const word = "Word documents are not read; save as PDF"
