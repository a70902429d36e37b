package hostile

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"strings"
)

// The hostile PDFs of issue 13: small files whose text layer took
// gigabytes (a ToUnicode CMap parsed again for every font that shares
// it, /Differences of a million entries, CMap destinations of 100 KB,
// forms that draw themselves), or that stressed the stops (a flate bomb,
// object streams nested in object streams, a content stream of 28 MB).
func pdfCases() []Case {
	return []Case{
		{Name: "cmap-shared-1000-fonts.pdf", Quick: true, Make: func() []byte { return sharedCMapPDF(1000, 131_072) }},
		{Name: "cmap-shared-300-fonts.pdf", Make: func() []byte { return sharedCMapPDF(300, 131_072) }},
		{Name: "cmap-big-destinations.pdf", Quick: true, Make: bigDestinationsPDF},
		{Name: "differences-1000000.pdf", Quick: true, Make: func() []byte { return differencesPDF(1_000_000) }},
		{Name: "forms-self-drawing.pdf", Quick: true, Make: func() []byte { return selfDrawingFormPDF(10) }},
		{Name: "flate-bomb.pdf", Quick: true, Make: func() []byte { return flateBombPDF(64 << 20) }},
		{Name: "objstm-nested-1000.pdf", Make: func() []byte { return nestedObjStmPDF(1000) }},
		{Name: "objstm-nested-cycle.pdf", Make: func() []byte { return nestedObjStmPDF(-1) }},
		{Name: "content-28MB.pdf", Make: func() []byte { return bigContentPDF(28 << 20) }},
	}
}

func deflate(b []byte) []byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(b)
	w.Close()
	return z.Bytes()
}

// pdfObject is one object of a pdfFile: a value, maybe with a stream,
// stored at an offset of its own or in the object stream stm (an object
// number; 0: none).
type pdfObject struct {
	value  string
	stream []byte
	stm    int
}

// pdfFile builds a PDF 1.5 file whose cross-reference is a stream, so
// that objects may live in object streams. Objects are numbered from 1
// in the order they are added; object streams are made by streamOf.
type pdfFile struct {
	objs []pdfObject
}

func (p *pdfFile) add(value string, stream []byte) int {
	p.objs = append(p.objs, pdfObject{value: value, stream: stream})
	return len(p.objs)
}

// flate adds a stream compressed with FlateDecode; extra are more
// entries of its dictionary.
func (p *pdfFile) flate(extra string, data []byte) int {
	z := deflate(data)
	return p.add(fmt.Sprintf("<< /Length %d /Filter /FlateDecode %s>>", len(z), extra), z)
}

// reserve adds a placeholder to fill with set.
func (p *pdfFile) reserve() int { return p.add("null", nil) }

func (p *pdfFile) set(id int, value string, stream []byte) {
	p.objs[id-1].value, p.objs[id-1].stream = value, stream
}

// pack makes object stream stm (reserved) of the objects ids: their
// values, compressed.
func (p *pdfFile) pack(stm int, ids ...int) {
	var head, body bytes.Buffer
	for _, id := range ids {
		fmt.Fprintf(&head, "%d %d ", id, body.Len())
		body.WriteString(p.objs[id-1].value)
		body.WriteByte('\n')
		p.objs[id-1].stm = stm
	}
	z := deflate(append(head.Bytes(), body.Bytes()...))
	p.set(stm, fmt.Sprintf("<< /Type /ObjStm /N %d /First %d /Length %d /Filter /FlateDecode >>", len(ids), head.Len(), len(z)), z)
}

// bytes writes the file, root being the catalog.
func (p *pdfFile) bytes(root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(p.objs)+2)
	index := map[int]int{} // an object in a stream: its index there
	for i, o := range p.objs {
		if o.stm != 0 {
			index[i+1] = 0
			for j := range i {
				if p.objs[j].stm == o.stm {
					index[i+1]++
				}
			}
			continue
		}
		offsets[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s", i+1, o.value)
		if o.stream != nil {
			b.WriteString("\nstream\n")
			b.Write(o.stream)
			b.WriteString("\nendstream")
		}
		b.WriteString("\nendobj\n")
	}
	xref := len(p.objs) + 1
	offsets[xref] = b.Len()
	var rows bytes.Buffer
	for id := range xref + 1 {
		var row [7]byte
		switch {
		case id == 0:
			row[0], row[5], row[6] = 0, 0xff, 0xff
		case id < xref && p.objs[id-1].stm != 0:
			row[0] = 2
			binary.BigEndian.PutUint32(row[1:5], uint32(p.objs[id-1].stm))
			binary.BigEndian.PutUint16(row[5:], uint16(index[id]))
		default:
			row[0] = 1
			binary.BigEndian.PutUint32(row[1:5], uint32(offsets[id]))
		}
		rows.Write(row[:])
	}
	z := deflate(rows.Bytes())
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Length %d /Filter /FlateDecode >>\nstream\n", xref, xref+1, root, len(z))
	b.Write(z)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", offsets[xref])
	return b.Bytes()
}

// onePage adds a catalog, a page tree and one page of content with
// resources, and returns the catalog.
func (p *pdfFile) onePage(resources string, content []byte) int {
	c := p.flate("", content)
	pages := p.reserve()
	page := p.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources %s /Contents %d 0 R >>", pages, resources, c), nil)
	p.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page), nil)
	return p.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages), nil)
}

// noticeText is a few lines of a notice, as text operators.
const noticeText = "BT /F1 12 Tf 72 720 Td (VACANCY NOTICE) Tj 0 -16 Td (Grade: INTERN) Tj 0 -16 Td (Primary Location: Belgium-Brussels) Tj ET\n"

const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

// cmapProgram is a ToUnicode CMap of entries 4-byte codes mapped in
// ranges of 256, after a 2-byte code space.
func cmapProgram(entries int) []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /Hostile def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	for lo := 0; lo < entries; lo += 256 * 100 {
		n := min(100, (entries-lo+255)/256)
		fmt.Fprintf(&b, "%d beginbfrange\n", n)
		for k := range n {
			a := lo + k*256
			fmt.Fprintf(&b, "<%08X> <%08X> <%04X>\n", a, a+255, 0x4E00+(a/256)%0x5000)
		}
		b.WriteString("endbfrange\n")
	}
	b.WriteString("1 beginbfrange <0000> <00FF> <0000> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
	return b.Bytes()
}

// sharedCMapPDF is one page set in fonts fonts, all sharing one ToUnicode
// CMap of entries entries: each font used to parse it again.
func sharedCMapPDF(fonts, entries int) []byte {
	p := &pdfFile{}
	cm := p.flate("", cmapProgram(entries))
	var res, content strings.Builder
	res.WriteString("<< /Font << /F1 " + helvetica)
	content.WriteString(noticeText)
	for i := range fonts {
		f := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /Hostile%d /Encoding /Identity-H /ToUnicode %d 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Hostile%d /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>] >>", i, cm, i), nil)
		fmt.Fprintf(&res, " /H%d %d 0 R", i, f)
		fmt.Fprintf(&content, "BT /H%d 10 Tf 72 %d Td <00410042> Tj ET\n", i, 600-i%500)
	}
	res.WriteString(" >> >>")
	return p.bytes(p.onePage(res.String(), []byte(content.String())))
}

// bigDestinationsPDF has a ToUnicode CMap of 2.6 MB: 26 ranges of 65,536
// codes, each mapped to a destination of 100 KB.
func bigDestinationsPDF() []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n26 beginbfrange\n")
	dst := strings.Repeat("0041", 25_000)
	for range 26 {
		fmt.Fprintf(&b, "<0000> <FFFF> <%s>\n", dst)
	}
	b.WriteString("endbfrange\nendcmap\n")
	p := &pdfFile{}
	cm := p.flate("", b.Bytes())
	f := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /Hostile /Encoding /Identity-H /ToUnicode %d 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Hostile /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>] >>", cm), nil)
	return p.bytes(p.onePage(fmt.Sprintf("<< /Font << /F1 %s /H %d 0 R >> >>", helvetica, f), []byte(noticeText+"BT /H 10 Tf 72 500 Td <00010002000300040005> Tj ET\n")))
}

// differencesPDF has a font whose /Differences array holds n names, its
// encoding in an object stream (the file stays small).
func differencesPDF(n int) []byte {
	var b strings.Builder
	b.WriteString("<< /Type /Encoding /Differences [0")
	for i := range n {
		// the letters and the space keep their names, as the text shows them
		switch c := i % 256; {
		case c == ' ':
			b.WriteString(" /space")
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			b.WriteString(" /" + string(rune(c)))
		default:
			fmt.Fprintf(&b, " /g%d", i%1000)
		}
	}
	b.WriteString("] >>")
	p := &pdfFile{}
	stm := p.reserve()
	enc := p.add(b.String(), nil)
	p.pack(stm, enc)
	f := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R >>", enc), nil)
	return p.bytes(p.onePage(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f), []byte(noticeText)))
}

// selfDrawingFormPDF has a form XObject that shows a line of text and
// draws itself times times: without a budget, times^depth runs.
func selfDrawingFormPDF(times int) []byte {
	p := &pdfFile{}
	form := p.reserve()
	body := "BT /F1 10 Tf 72 500 Td (Form text drawn again) Tj ET\n" + strings.Repeat("/X Do\n", times)
	z := deflate([]byte(body))
	p.set(form, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 %s >> /XObject << /X %d 0 R >> >> /Length %d /Filter /FlateDecode >>", helvetica, form, len(z)), z)
	return p.bytes(p.onePage(fmt.Sprintf("<< /Font << /F1 %s >> /XObject << /X %d 0 R >> >>", helvetica, form), []byte(noticeText+"/X Do\n")))
}

// flateBombPDF has a content stream that inflates to size bytes (spaces
// after a line of text), shared by three pages.
func flateBombPDF(size int) []byte {
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	w.Write([]byte(noticeText))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for n := 0; n < size; n += len(chunk) {
		w.Write(chunk)
	}
	w.Close()
	p := &pdfFile{}
	c := p.add(fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>", z.Len()), z.Bytes())
	pages := p.reserve()
	var kids string
	for range 3 {
		pg := p.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %s >> >> /Contents %d 0 R >>", pages, helvetica, c), nil)
		kids += fmt.Sprintf("%d 0 R ", pg)
	}
	p.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count 3 >>", kids), nil)
	return p.bytes(p.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages), nil))
}

// nestedObjStmPDF stores the page's font in an object stream that is
// stored in another, depth deep (which the format forbids); depth -1
// makes two object streams that hold each other.
func nestedObjStmPDF(depth int) []byte {
	p := &pdfFile{}
	font := p.add(helvetica, nil)
	if depth < 0 {
		a, b := p.reserve(), p.reserve()
		p.pack(a, font, b)
		p.pack(b, a)
	} else {
		inner := font
		for range depth {
			stm := p.reserve()
			p.pack(stm, inner)
			inner = stm
		}
	}
	return p.bytes(p.onePage(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", font), []byte(noticeText)))
}

// bigContentPDF has one content stream of about size bytes: text, then
// line segments.
func bigContentPDF(size int) []byte {
	seg := []byte("1 2 m 3 4 l S\n")
	content := make([]byte, 0, size+len(noticeText))
	content = append(content, noticeText...)
	for len(content)+len(seg) <= size {
		content = append(content, seg...)
	}
	p := &pdfFile{}
	return p.bytes(p.onePage("<< /Font << /F1 "+helvetica+" >> >>", content))
}
