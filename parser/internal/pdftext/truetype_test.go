package pdftext

import (
	"context"
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

// ttfWithCmap is a font program holding only a `cmap` table with one
// subtable (platform pid, encoding eid) of format 4 mapping each rune of
// chars, in order, to glyphs 1, 2, ...
func ttfWithCmap(pid, eid uint16, chars string) []byte {
	be := binary.BigEndian
	// format 4: one segment per character, then the 0xFFFF segment
	rs := []rune(chars)
	segs := len(rs) + 1
	st := make([]byte, 16+8*segs)
	be.PutUint16(st[0:], 4)
	be.PutUint16(st[2:], uint16(len(st)))
	be.PutUint16(st[6:], uint16(2*segs))
	for i := 0; i < segs; i++ {
		c, delta := uint16(0xFFFF), uint16(1)
		if i < len(rs) {
			c, delta = uint16(rs[i]), uint16(i+1)-uint16(rs[i])
		}
		be.PutUint16(st[14+2*i:], c)            // end
		be.PutUint16(st[16+2*segs+2*i:], c)     // start
		be.PutUint16(st[16+4*segs+2*i:], delta) // delta
	}
	cm := make([]byte, 12, 12+len(st))
	be.PutUint16(cm[2:], 1)
	be.PutUint16(cm[4:], pid)
	be.PutUint16(cm[6:], eid)
	be.PutUint32(cm[8:], 12)
	cm = append(cm, st...)
	font := make([]byte, 28, 28+len(cm))
	be.PutUint32(font[0:], 0x00010000)
	be.PutUint16(font[4:], 1)
	copy(font[12:], "cmap")
	be.PutUint32(font[20:], 28)
	be.PutUint32(font[24:], uint32(len(cm)))
	return append(font, cm...)
}

func TestTrueTypeCmap(t *testing.T) {
	got := trueTypeCmap(ttfWithCmap(3, 1, "Héllo"))
	want := map[uint16]rune{1: 'H', 2: 'é', 3: 'l', 4: 'l', 5: 'o'}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("(3,1): %v, want %v", got, want)
	}
	// a symbol subtable's codes U+F0xx are the bytes 0xxx
	got = trueTypeCmap(ttfWithCmap(3, 0, "\uF041\uF042"))
	if got[1] != 'A' || got[2] != 'B' {
		t.Errorf("(3,0): %v", got)
	}
	for _, bad := range [][]byte{nil, []byte("0123456789ab"), ttfWithCmap(3, 1, "x")[:40]} {
		trueTypeCmap(bad) // no panic
	}
}

// TestCIDTrueTypeWithoutToUnicode: a composite TrueType font without a
// ToUnicode CMap reads through its program's cmap; one without a cmap
// is said to have no Unicode mapping, not to be a scan.
func TestCIDTrueTypeWithoutToUnicode(t *testing.T) {
	build := func(prog []byte) []byte {
		b := pdftest.New()
		b.Object("<< /Type /Catalog /Pages 2 0 R >>", nil)
		b.Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", nil)
		b.Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>", nil)
		b.Stream("", []byte("BT /F1 12 Tf 72 700 Td <00010002000300030004> Tj ET"))
		b.Object("<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] >>", nil)
		b.Object("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDToGIDMap /Identity /DW 500 /FontDescriptor 7 0 R >>", nil)
		b.Object("<< /Type /FontDescriptor /FontName /X /Flags 4 /FontFile2 8 0 R >>", nil)
		b.Stream("", prog)
		return b.Bytes(1)
	}
	doc, err := Extract(context.Background(), build(ttfWithCmap(3, 1, "Helo")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(allText(doc), "|"); got != "Hello" {
		t.Errorf("text %q, want Hello", got)
	}
	_, err = Extract(context.Background(), build([]byte("not a font program")), Options{})
	if err == nil || !strings.Contains(err.Error(), "without a Unicode mapping") {
		t.Errorf("no cmap: %v", err)
	}
}

// TestStandardWidths: a standard font without /Widths takes the standard
// metrics: Helvetica's "il" is narrower than its "WM", and a Symbol font
// without /Encoding reads its built-in one (Greek).
func TestStandardWidths(t *testing.T) {
	f := &font{}
	f.simple = *encodingText(&winAnsiEncoding)
	standardWidths(f, "ABCDEF+Arial,Bold")
	if f.widths['i'] != 0.278 || f.widths['W'] != 0.944 || f.widths[' '] != 0.278 {
		t.Errorf("Arial,Bold: i %v W %v space %v", f.widths['i'], f.widths['W'], f.widths[' '])
	}
	f = &font{}
	standardWidths(f, "CourierNewPSMT")
	if f.widths['i'] != 0.6 {
		t.Errorf("Courier: %v", f.widths['i'])
	}
	sym := "<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>"
	got := strings.Join(pageText(t, pdftest.Pages("/F1 "+sym, "BT /F1 10 Tf 72 700 Td (abg) Tj ET")), "|")
	if got != "αβγ" {
		t.Errorf("Symbol: %q", got)
	}
}

// TestCJKCollection: a composite font without ToUnicode whose CIDs are
// Adobe-Japan1's reads through the collection; in vertical writing
// (Identity-V) its glyphs run down the page, each column a line, the
// rightmost first.
func TestCJKCollection(t *testing.T) {
	font := func(enc string) string {
		return "<< /Type /Font /Subtype /Type0 /BaseFont /Ryumin-Light-" + enc + " /Encoding /" + enc +
			" /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Ryumin-Light" +
			" /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /DW 1000" +
			" /FontDescriptor << /Type /FontDescriptor /FontName /Ryumin-Light /Flags 4 >> >>] >>"
	}
	// 日 is CID 0x0CD4, 本 0x0E8A
	got := strings.Join(pageText(t, pdftest.Pages("/F1 "+font("Identity-H"), "BT /F1 12 Tf 72 700 Td <0CD40E8A> Tj ET")), "|")
	if got != "日本" {
		t.Errorf("Identity-H: %q", got)
	}
	// two columns of two glyphs: 日本 at x 300, then 本日 at x 280
	content := "BT /F1 12 Tf 300 700 Td <0CD40E8A> Tj -20 0 Td <0E8A0CD4> Tj ET"
	got = strings.Join(pageText(t, pdftest.Pages("/F1 "+font("Identity-V"), content)), "|")
	if got != "日本|本日" {
		t.Errorf("Identity-V: %q", got)
	}
}

// TestCmapHostile: a format 4 subtable of 30,000 segments each covering
// the whole code space is read within maxCmapCodes, quickly.
func TestCmapHostile(t *testing.T) {
	const segs = 30000
	st := make([]byte, 16+8*segs)
	binary.BigEndian.PutUint16(st[0:], 4)
	binary.BigEndian.PutUint16(st[6:], 2*segs)
	for i := 0; i < segs; i++ {
		binary.BigEndian.PutUint16(st[14+2*i:], 0xFFFE)   // end
		binary.BigEndian.PutUint16(st[16+2*segs+2*i:], 0) // start
		binary.BigEndian.PutUint16(st[16+4*segs+2*i:], 1) // delta
	}
	n := 0
	start := time.Now()
	readCmapSubtable(st, func(code, gid uint32) { n++ })
	if n > maxCmapCodes || time.Since(start) > 2*time.Second {
		t.Errorf("%d codes in %v", n, time.Since(start))
	}
}
