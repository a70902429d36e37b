package pdftext

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

// annotPDF builds a one-page PDF whose page shows "Page text" and has
// the annotations annots (object texts; "%[1]d" in them is the page's
// font dictionary object, "%[2]d" the appearance stream's number).
func annotPDF(acroForm string, annots ...string) []byte {
	b := pdftest.New()
	b.Object("<< /Type /Catalog /Pages 2 0 R "+acroForm+" >>", nil)
	b.Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", nil)
	refs := ""
	for i := range annots {
		refs += fmt.Sprintf("%d 0 R ", 7+2*i)
	}
	b.Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots ["+refs+"] >>", nil)
	b.Stream("", []byte(pdftest.TextAt(72, 700, "Page text")))
	b.Object(pdftest.Helvetica, nil)
	b.Object("<< /Font << /F1 5 0 R >> >>", nil)
	for i, a := range annots {
		ap := 8 + 2*i
		b.Object(fmt.Sprintf(a, ap), nil)
		// the appearance draws its text at 2 2 of a 200×20 box
		b.Stream("/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources 6 0 R", []byte("BT /F1 10 Tf 2 5 Td (Appearance text) Tj ET"))
	}
	return b.Bytes(1)
}

func TestAnnotations(t *testing.T) {
	for _, c := range []struct {
		name, form, annot, want string
	}{
		{"free text", "", "<< /Type /Annot /Subtype /FreeText /Rect [72 500 272 520] /AP << /N %d 0 R >> >>", "Page text|Appearance text"},
		{"hidden", "", "<< /Type /Annot /Subtype /FreeText /F 2 /Rect [72 500 272 520] /AP << /N %d 0 R >> >>", "Page text"},
		{"states", "", "<< /Type /Annot /Subtype /Widget /FT /Btn /AS /On /Rect [72 500 272 520] /AP << /N << /On %d 0 R /Off 1 0 R >> >> >>", "Page text|Appearance text"},
		{"widget appearance", "", "<< /Type /Annot /Subtype /Widget /FT /Tx /V (Field value) /Rect [72 500 272 520] /AP << /N %d 0 R >> >>", "Page text|Appearance text"},
		{"need appearances", "/AcroForm << /NeedAppearances true >>", "<< /Type /Annot /Subtype /Widget /FT /Tx /V (Field value) /DA (/Helv 12 Tf 0 g) /Rect [72 500 272 520] /AP << /N %d 0 R >> >>", "Page text|Field value"},
		{"no appearance", "", "<< /Type /Annot /Subtype /Widget /Parent << /FT /Tx /V <FEFF00C9007400E9> >> /Rect [72 500 272 520] /X %d >>", "Page text|Été"},
		{"button value", "", "<< /Type /Annot /Subtype /Widget /FT /Btn /V /Yes /Rect [72 500 272 520] /X %d >>", "Page text"},
		{"scaled to rect", "", "<< /Type /Annot /Subtype /FreeText /Rect [72 100 472 140] /AP << /N %d 0 R >> >>", "Page text|Appearance text"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), annotPDF(c.form, c.annot), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(allText(doc), "|"); got != c.want {
				t.Errorf("text %q, want %q", got, c.want)
			}
		})
	}
}

func TestAnnotMatrix(t *testing.T) {
	doc, err := Extract(context.Background(), annotPDF("", "<< /Type /Annot /Subtype /FreeText /Rect [72 100 472 140] /AP << /N %d 0 R >> >>"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := doc.Pages[0].Lines[1]
	// the 200×20 box is scaled twice onto the rectangle: text at 2 5
	// lands at 72+4, 100+10 in 20 points
	if l.Box.X0 < 75 || l.Box.X0 > 77 || l.Baseline < 109 || l.Baseline > 111 || l.Size != 20 {
		t.Errorf("line %+v", l)
	}
}

// TestFormBytesBounded: a form drawn again and again is decoded each
// time; a page's forms together stop at maxFormBytes stream limits.
func TestFormBytesBounded(t *testing.T) {
	b := pdftest.New()
	b.Object("<< /Type /Catalog /Pages 2 0 R >>", nil)
	b.Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", nil)
	b.Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>", nil)
	b.Stream("", []byte(strings.Repeat("/X Do\n", 2000)))
	b.Stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10]", []byte(strings.Repeat("% filler line of a large form\n", 30000)))
	start := time.Now()
	_, err := Extract(context.Background(), b.Bytes(1), Options{MaxStreamBytes: 1 << 20})
	if !errors.Is(err, ErrStreamLimit) || time.Since(start) > 5*time.Second {
		t.Errorf("%v after %v", err, time.Since(start))
	}
}
