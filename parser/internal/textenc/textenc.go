// Package textenc decodes the bytes of a text document into UTF-8: byte
// order marks, UTF-16, and the Latin-1 or Windows-1252 bytes of older
// files and copy-pastes, so that every reader sees the same text from the
// same bytes.
package textenc

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Decode returns data as NFC UTF-8 with "\n" line ends and plain letters
// for styled ones (plainLetters): a UTF-8 BOM is dropped, UTF-16 with a
// BOM decoded, and bytes that are not UTF-8 read as Windows-1252 (which
// covers Latin-1 text).
func Decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case hasUTF16BOM(data):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", failure.Errorf(failure.ErrMalformed, "invalid UTF-16 text: %v", err)
		}
		data = out
	}
	if !utf8.Valid(data) {
		if bytes.IndexByte(data, 0) >= 0 {
			return "", failure.Errorf(failure.ErrUnsupported, "binary data, not text (no known format recognised)")
		}
		data = Mixed(data)
	}
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return plainLetters(norm.NFC.String(s)), nil
}

// styledLead opens the UTF-8 of every rune of U+1D000–U+1DFFF, among
// them the Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF): the bold
// and italic letters a social network's post sets its labels in, since
// it has no bold of its own ("𝐄𝐦𝐩𝐥𝐨𝐲𝐞𝐮𝐫 :"). A text without it has none.
const styledLead = "\xF0\x9D"

// PlainLetterBytes is plainLetters for the HTML reader, which decodes
// its own charsets: data itself when it holds no styled letter.
func PlainLetterBytes(data []byte) []byte {
	if !bytes.Contains(data, []byte(styledLead)) {
		return data
	}
	return []byte(plainLetters(string(data)))
}

// plainLetters returns s with its styled letters and figures as the
// plain ones they style (their compatibility form): "𝐄𝐦𝐩𝐥𝐨𝐢" is
// "Emploi" to every table.
func plainLetters(s string) string {
	if !strings.Contains(s, styledLead) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x1D400 || r > 0x1D7FF {
			return r
		}
		if p := []rune(norm.NFKC.String(string(r))); len(p) == 1 {
			return p[0]
		}
		return r
	}, s)
}

// Bytes is Decode for the readers that parse bytes: data itself when it
// is UTF-8 without a BOM and with "\n" line ends, which is nearly every
// file, and the decoded text otherwise. The first is not brought to NFC
// here: the readers clean every block's text (words.Clean), which does,
// and a pass over the whole file would cost a Markdown read 4 %.
func Bytes(data []byte) ([]byte, error) {
	if isPlain(data) {
		return data, nil
	}
	s, err := Decode(data)
	if err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// isPlain reports UTF-8 data without a BOM, a CR or a styled letter:
// Decode would change it at most by composing accents (NFC). It reads every file, so UTF-8
// is checked by validUTF8, not utf8.Valid.
func isPlain(data []byte) bool {
	return !bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) && !hasUTF16BOM(data) &&
		bytes.IndexByte(data, '\r') < 0 && validUTF8(data) && !bytes.Contains(data, []byte(styledLead))
}

func hasUTF16BOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
}

// Sniff is the text of data for a guess at its format: data itself, or
// Decode's text when data is UTF-16 or has CR-only line ends (and data
// itself when it cannot be decoded: binary data). data may be the
// head of a file, cut anywhere: a UTF-16 code unit cut at the end is
// dropped, and a UTF-8 sequence cut there reads as Windows-1252, which
// no format's signature contains.
func Sniff(data []byte) []byte {
	// What a guess at a format reads is ASCII markup in lines: only
	// UTF-16 and CR-only line ends hide it, and only they are decoded.
	if !hasUTF16BOM(data) && (bytes.IndexByte(data, '\n') >= 0 || bytes.IndexByte(data, '\r') < 0) {
		return data
	}
	if hasUTF16BOM(data) && len(data)%2 == 1 {
		data = data[:len(data)-1]
	}
	s, err := Decode(data)
	if err != nil {
		return data
	}
	return []byte(s)
}

// Mixed decodes text that is not valid UTF-8: a Latin-1 or
// Windows-1252 file, or a UTF-8 file with stray bytes (a copy-paste from
// another encoding). Valid UTF-8 sequences are kept; every other byte is
// read as Windows-1252, so neither kind of file turns into mojibake.
func Mixed(data []byte) []byte {
	dec := charmap.Windows1252
	out := make([]byte, 0, len(data)+len(data)/8)
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			out = utf8.AppendRune(out, dec.DecodeByte(data[0]))
			data = data[1:]
			continue
		}
		out = append(out, data[:n]...)
		data = data[n:]
	}
	return out
}
