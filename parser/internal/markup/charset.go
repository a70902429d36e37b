package markup

import (
	"bytes"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/textenc"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The HTML reader decodes a page that is not UTF-8 the way a browser does
// before parsing (WHATWG HTML, "determining the character encoding"): a
// byte order mark, else the charset a <meta> declares in the first 1024
// bytes, else a default. It carries the WHATWG single-byte encodings,
// UTF-8 and UTF-16, and refuses the multi-byte legacy ones (Shift_JIS,
// EUC-KR, GBK…) by name.
//
// golang.org/x/net/html/charset does the same prescan, but importing it
// links in every CJK encoding and x/text/language: about 0.3 ms of
// package initialisation at every start of the program and 800 KB of
// binary (GODEBUG=inittrace=1, side by side), for pages notices do not
// come in. It cannot tell a page that declares windows-1252 from one that
// declares nothing either, which the reader reads as UTF-8 with stray
// Windows-1252 bytes. So the prescan is ours, and charset_diff_test.go
// checks it against x/net's on random and fuzzed input.

// htmlCharset is one WHATWG encoding with its labels.
type htmlCharset struct {
	name   string            // the WHATWG name
	enc    encoding.Encoding // nil for the encodings the reader refuses
	labels string            // the WHATWG labels, space-separated
}

// htmlCharsets is the WHATWG list of encodings and labels
// (https://encoding.spec.whatwg.org/#names-and-labels), the same as x/text's
// htmlindex. Note that iso-8859-1, us-ascii and their aliases are
// windows-1252, as in browsers.
var htmlCharsets = [...]htmlCharset{
	{"UTF-8", unicode.UTF8, "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"},
	{"IBM866", charmap.CodePage866, "866 cp866 csibm866 ibm866"},
	{"ISO-8859-2", charmap.ISO8859_2, "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"},
	{"ISO-8859-3", charmap.ISO8859_3, "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"},
	{"ISO-8859-4", charmap.ISO8859_4, "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"},
	{"ISO-8859-5", charmap.ISO8859_5, "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988"},
	{"ISO-8859-6", charmap.ISO8859_6, "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"},
	{"ISO-8859-7", charmap.ISO8859_7, "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"},
	{"ISO-8859-8", charmap.ISO8859_8, "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual"},
	{"ISO-8859-8-I", charmap.ISO8859_8I, "csiso88598i iso-8859-8-i logical"},
	{"ISO-8859-10", charmap.ISO8859_10, "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"},
	{"ISO-8859-13", charmap.ISO8859_13, "iso-8859-13 iso8859-13 iso885913"},
	{"ISO-8859-14", charmap.ISO8859_14, "iso-8859-14 iso8859-14 iso885914"},
	{"ISO-8859-15", charmap.ISO8859_15, "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"},
	{"ISO-8859-16", charmap.ISO8859_16, "iso-8859-16"},
	{"KOI8-R", charmap.KOI8R, "cskoi8r koi koi8 koi8-r koi8_r"},
	{"KOI8-U", charmap.KOI8U, "koi8-ru koi8-u"},
	{"macintosh", charmap.Macintosh, "csmacintosh mac macintosh x-mac-roman"},
	{"windows-874", charmap.Windows874, "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"},
	{"windows-1250", charmap.Windows1250, "cp1250 windows-1250 x-cp1250"},
	{"windows-1251", charmap.Windows1251, "cp1251 windows-1251 x-cp1251"},
	{"windows-1252", charmap.Windows1252, "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"},
	{"windows-1253", charmap.Windows1253, "cp1253 windows-1253 x-cp1253"},
	{"windows-1254", charmap.Windows1254, "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"},
	{"windows-1255", charmap.Windows1255, "cp1255 windows-1255 x-cp1255"},
	{"windows-1256", charmap.Windows1256, "cp1256 windows-1256 x-cp1256"},
	{"windows-1257", charmap.Windows1257, "cp1257 windows-1257 x-cp1257"},
	{"windows-1258", charmap.Windows1258, "cp1258 windows-1258 x-cp1258"},
	{"x-mac-cyrillic", charmap.MacintoshCyrillic, "x-mac-cyrillic x-mac-ukrainian"},
	{"GBK", nil, "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"},
	{"gb18030", nil, "gb18030"},
	{"Big5", nil, "big5 big5-hkscs cn-big5 csbig5 x-x-big5"},
	{"EUC-JP", nil, "cseucpkdfmtjapanese euc-jp x-euc-jp"},
	{"ISO-2022-JP", nil, "csiso2022jp iso-2022-jp"},
	{"Shift_JIS", nil, "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"},
	{"EUC-KR", nil, "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949"},
	{"replacement", nil, "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement"},
	{"UTF-16BE", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "unicodefffe utf-16be"},
	{"UTF-16LE", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"},
	{"x-user-defined", charmap.XUserDefined, "x-user-defined"},
}

// Indexes in htmlCharsets of the encodings the sniffer names itself.
const (
	csUTF8        = 0
	csWindows1252 = 21
	csUTF16BE     = 37
	csUTF16LE     = 38
	csUserDefined = 39
)

// lookupCharset returns the encoding a label names (WHATWG "get an
// encoding": ASCII white space trimmed, ASCII case ignored); nil for an
// unknown label.
func lookupCharset(label string) *htmlCharset {
	label = asciiLower(strings.Trim(label, "\t\n\f\r "))
	if label == "" {
		return nil
	}
	for i := range htmlCharsets {
		for l := range strings.FieldsSeq(htmlCharsets[i].labels) {
			if l == label {
				return &htmlCharsets[i]
			}
		}
	}
	return nil
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// sniffed is what sniffCharset found.
type sniffed struct {
	charset *htmlCharset // nil when the page says nothing the sniffer knows
	label   string       // the label a <meta> declares, lower case; "" for a BOM
	bom     int          // the length of the byte order mark
}

// prescanBytes is how far sniffCharset looks for a <meta>.
const prescanBytes = 1024

// sniffCharset finds the encoding of an HTML page from its byte order mark
// or, failing one, from a <meta charset> or <meta http-equiv=Content-Type>
// in its first 1024 bytes. It reads no further than that, and never fails:
// a page that declares nothing it knows gives a nil charset.
func sniffCharset(data []byte) sniffed {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return sniffed{charset: &htmlCharsets[csUTF8], bom: 3}
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return sniffed{charset: &htmlCharsets[csUTF16BE], bom: 2}
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return sniffed{charset: &htmlCharsets[csUTF16LE], bom: 2}
	}
	cs, label := prescanCharset(data[:min(len(data), prescanBytes)])
	return sniffed{charset: cs, label: label}
}

// prescanCharset is the WHATWG "prescan a byte stream to determine its
// encoding" over b: comments, end tags, <!…> and <?…> are skipped, the
// attributes of other tags are read (so a quoted "<meta" in one is not
// taken for a tag), and the first <meta> that declares a known encoding
// gives it. UTF-16 declared in a <meta> means UTF-8 (the <meta> could not
// be read otherwise) and x-user-defined means windows-1252. Whatever runs
// past the end of b gives nothing.
func prescanCharset(b []byte) (*htmlCharset, string) {
	for i := 0; i < len(b); i++ {
		if b[i] != '<' {
			continue
		}
		rest := b[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			// To the '>' of the first "-->" after the '<': "<!-->" is
			// a whole comment.
			j := bytes.Index(b[i+2:], []byte("-->"))
			if j < 0 {
				return nil, ""
			}
			i += 2 + j + 2
		case len(rest) > 5 && HasASCIIPrefixFold(rest, "<meta") && (isPrescanSpace(rest[5]) || rest[5] == '/'):
			p := prescanner{b: b, pos: i + 5}
			cs, label, ok := p.meta()
			if p.pos >= len(b) {
				return nil, ""
			}
			if ok {
				return cs, label
			}
			i = p.pos
		case len(rest) > 1 && isASCIILetter(rest[1]), len(rest) > 2 && rest[1] == '/' && isASCIILetter(rest[2]):
			// Any other tag: its name, then its attributes.
			j := bytes.IndexAny(rest, "\t\n\f\r >")
			if j < 0 {
				return nil, ""
			}
			p := prescanner{b: b, pos: i + j}
			for {
				if _, _, ok := p.attr(); !ok {
					break
				}
			}
			if p.pos >= len(b) {
				return nil, ""
			}
			i = p.pos
		case bytes.HasPrefix(rest, []byte("<!")), bytes.HasPrefix(rest, []byte("</")), bytes.HasPrefix(rest, []byte("<?")):
			j := bytes.IndexByte(rest, '>')
			if j < 0 {
				return nil, ""
			}
			i += j
		}
	}
	return nil, ""
}

// HasASCIIPrefixFold says whether b starts with prefix (lower case), ASCII
// case ignored.
func HasASCIIPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isPrescanSpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}

// prescanner reads the attributes of a tag in the prescan's first bytes.
// Every method stops at the end of b, leaving pos there.
type prescanner struct {
	b   []byte
	pos int
}

// meta reads the attributes of a <meta> (pos is just after "<meta") and
// says whether it declares a known encoding. It leaves pos on the tag's
// '>' or at the end of b.
func (p *prescanner) meta() (cs *htmlCharset, label string, ok bool) {
	const (
		unknown = iota
		needPragma
		noPragma
	)
	var seenHTTPEquiv, seenContent, seenCharset, gotPragma, failed bool
	need := unknown
	for {
		name, value, found := p.attr()
		if !found {
			break
		}
		switch name {
		case "http-equiv":
			if !seenHTTPEquiv {
				seenHTTPEquiv = true
				gotPragma = value == "content-type"
			}
		case "content":
			if !seenContent {
				seenContent = true
				if l, found := charsetFromContent(value); found && cs == nil && !failed {
					if c := lookupCharset(l); c != nil {
						cs, label, need = c, strings.Trim(l, "\t\n\f\r "), needPragma
					}
				}
			}
		case "charset":
			if !seenCharset {
				seenCharset = true
				cs, label, need = lookupCharset(value), strings.Trim(value, "\t\n\f\r "), noPragma
				failed = cs == nil
			}
		}
	}
	if p.pos >= len(p.b) || need == unknown || need == needPragma && !gotPragma || cs == nil {
		return nil, "", false
	}
	switch cs {
	case &htmlCharsets[csUTF16BE], &htmlCharsets[csUTF16LE]:
		cs = &htmlCharsets[csUTF8]
	case &htmlCharsets[csUserDefined]:
		cs = &htmlCharsets[csWindows1252]
	}
	return cs, label, true
}

// attr is the WHATWG "get an attribute": the next attribute's name and
// value, lower case. found is false at the tag's '>' (pos on it) or at the
// end of b.
func (p *prescanner) attr() (name, value string, found bool) {
	b := p.b
	for p.pos < len(b) && (isPrescanSpace(b[p.pos]) || b[p.pos] == '/') {
		p.pos++
	}
	if p.pos >= len(b) || b[p.pos] == '>' {
		return "", "", false
	}
	// The name: up to '=' (not as its first byte), space, '/' or '>'.
	start := p.pos
	for {
		if p.pos >= len(b) {
			return "", "", false
		}
		c := b[p.pos]
		if c == '=' && p.pos > start || isPrescanSpace(c) || c == '/' || c == '>' {
			break
		}
		p.pos++
	}
	name = asciiLower(string(b[start:p.pos]))
	if b[p.pos] != '=' {
		if b[p.pos] == '/' || b[p.pos] == '>' {
			return name, "", true
		}
		for p.pos < len(b) && isPrescanSpace(b[p.pos]) {
			p.pos++
		}
		if p.pos >= len(b) {
			return "", "", false
		}
		if b[p.pos] != '=' {
			return name, "", true
		}
	}
	p.pos++ // the '='
	for p.pos < len(b) && isPrescanSpace(b[p.pos]) {
		p.pos++
	}
	if p.pos >= len(b) {
		return "", "", false
	}
	switch q := b[p.pos]; q {
	case '"', '\'':
		j := bytes.IndexByte(b[p.pos+1:], q)
		if j < 0 {
			p.pos = len(b)
			return "", "", false
		}
		value = asciiLower(string(b[p.pos+1 : p.pos+1+j]))
		p.pos += j + 2
		return name, value, true
	case '>':
		return name, "", true
	}
	start = p.pos
	for p.pos < len(b) && !isPrescanSpace(b[p.pos]) && b[p.pos] != '>' {
		p.pos++
	}
	if p.pos >= len(b) {
		return "", "", false
	}
	return name, asciiLower(string(b[start:p.pos])), true
}

// charsetFromContent is the WHATWG "extracting a character encoding from a
// meta element": the label after "charset=" in a content attribute such as
// "text/html; charset=iso-8859-15" (s is lower case already).
func charsetFromContent(s string) (string, bool) {
	for {
		i := strings.Index(s, "charset")
		if i < 0 {
			return "", false
		}
		s = strings.TrimLeft(s[i+len("charset"):], "\t\n\f\r ")
		if !strings.HasPrefix(s, "=") {
			continue
		}
		s = strings.TrimLeft(s[1:], "\t\n\f\r ")
		if s == "" {
			return "", false
		}
		if q := s[0]; q == '"' || q == '\'' {
			j := strings.IndexByte(s[1:], q)
			if j < 0 {
				return "", false
			}
			return s[1 : 1+j], true
		}
		if j := strings.IndexAny(s, "\t\n\f\r ;"); j >= 0 {
			s = s[:j]
		}
		return s, true
	}
}

// decodeHTML turns an HTML page that is not valid UTF-8 into UTF-8. A page
// in UTF-8 (by its BOM or its <meta>) or that declares nothing is read as
// the text reader reads such files (textenc.Mixed: UTF-8 sequences kept,
// other bytes as Windows-1252, which covers Latin-1); a declared
// single-byte charset decodes the whole page; UTF-16 needs its BOM. A
// declared charset the reader does not carry is an ErrUnsupported naming
// it.
func decodeHTML(data []byte) ([]byte, error) {
	s := sniffCharset(data)
	cs := s.charset
	switch {
	case cs == nil || cs == &htmlCharsets[csUTF8]:
		// (A post's bold labels, "𝐄𝐦𝐩𝐥𝐨𝐢 :", in plain letters.)
		return textenc.PlainLetterBytes(textenc.Mixed(data[s.bom:])), nil
	case cs.enc == nil:
		// The label as declared, and the encoding's name when the label
		// is an alias ("sjis (Shift_JIS)"); "replacement" names no real
		// encoding (ISO-2022-KR, HZ…, which browsers refuse too).
		what := s.label
		if what != strings.ToLower(cs.name) && cs.name != "replacement" {
			what += " (" + cs.name + ")"
		}
		return nil, failure.Errorf(failure.ErrUnsupported, "unsupported HTML charset %s: only UTF-8, UTF-16 and single-byte charsets are read (convert the page to UTF-8)", what)
	}
	out, err := cs.enc.NewDecoder().Bytes(data[s.bom:])
	if err != nil {
		return nil, failure.Errorf(failure.ErrMalformed, "invalid %s HTML: %v", cs.name, err)
	}
	return out, nil
}
