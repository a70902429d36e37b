package markup

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html/charset"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// The charset sniffer (charset.go) against golang.org/x/net/html/charset,
// the WHATWG prescan it stands in for at run time. The test imports it;
// the binary does not (its package inits, the CJK encodings and
// x/text/language among them, cost about 0.3 ms at every start of the
// program and 800 KB, measured with GODEBUG=inittrace=1 and the binary's
// size). x/net cannot tell a page that declares windows-1252 from one that
// declares nothing (both come back as "windows-1252", not certain), and
// the reader reads the second kind as UTF-8 with stray bytes; and it keeps
// a declared x-user-defined, which WHATWG reads as windows-1252. Apart
// from that the two must agree on every input.
func agreeWithXNet(t *testing.T, data []byte) {
	t.Helper()
	ours := sniffCharset(data)
	_, name, certain := charset.DetermineEncoding(data, "")
	switch {
	case ours.bom > 0:
		if !certain || !strings.EqualFold(name, ours.charset.name) {
			t.Fatalf("%q: BOM read as %s, x/net says %s (certain %v)", data, ours.charset.name, name, certain)
		}
	case ours.charset != nil:
		want := strings.ToLower(ours.charset.name)
		if lookupCharset(ours.label) == &htmlCharsets[csUserDefined] {
			// WHATWG: a <meta> declaring x-user-defined means
			// windows-1252; x/net keeps x-user-defined.
			want = "x-user-defined"
		}
		if name != want {
			t.Fatalf("%q: declared %s (label %q), x/net says %s", data, ours.charset.name, ours.label, name)
		}
	default:
		if name != "utf-8" && name != "windows-1252" {
			t.Fatalf("%q: nothing declared, x/net finds %s", data, name)
		}
	}
}

func TestSniffCharsetAgreesWithXNet(t *testing.T) {
	labels := []string{"koi8-r", "windows-1250", "latin1", "shift_jis", "utf-16", "x-user-defined", "bogus", "ISO-8859-15", "gb2312", "iso-2022-kr", "mac"}
	metas := []string{"<meta charset=%s>", "<meta charset=\"%s\">", "<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=%s'>", "<meta http-equiv=content-type content=\"charset=%s\">", "<meta/charset=%s/>"}
	var inputs []string
	for _, m := range metas {
		for _, l := range labels {
			inputs = append(inputs, strings.ReplaceAll(m, "%s", l))
		}
	}
	for _, s := range randtext.Texts(12, 20000, 60, "<meta charset=\"'koi8-r latin1 shift_jis\"><!-- -->?/content http-equiv=Content-Type;\xe9\xff\xfe\xef\xbb\xbf", inputs...) {
		agreeWithXNet(t, []byte(s))
		// The same declaration near the end of the 1024 bytes read.
		agreeWithXNet(t, append(bytes.Repeat([]byte(" "), 1000), s...))
	}
}

func FuzzSniffCharsetAgreesWithXNet(f *testing.F) {
	f.Add([]byte("<meta charset=koi8-r>"))
	f.Add([]byte("<!-- <meta charset=koi8-r> --><meta http-equiv=content-type content=\"text/html; charset='windows-1251'\">"))
	f.Fuzz(func(t *testing.T, data []byte) {
		agreeWithXNet(t, data)
	})
}
