package pdftext

import (
	"math"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// Annotations: the text a viewer shows on a page beyond its content
// stream — form field values, free-text comments, stamps — is drawn by
// each annotation's appearance stream (/AP /N), a form XObject placed on
// the annotation's /Rect. pdftotext prints it; so do we.

// maxAnnots bounds the annotations read on one page: forms have a few
// hundred fields; a hostile page must not make us run millions of
// streams (each also counts towards the page's glyph limit).
const maxAnnots = 4096

// Annotation flags (ISO 32000-2 §12.5.3) that keep it off the screen.
const (
	annotHidden = 1 << 1
	annotNoView = 1 << 5
)

// runAnnots runs the appearance streams of the page's visible annotations.
func (in *interp) runAnnots(page pdf.Value, res *resources) error {
	annots := page.Key("Annots")
	n := min(annots.Len(), maxAnnots)
	for i := 0; i < n; i++ {
		if i%64 == 63 {
			if err := in.e.ctx.Err(); err != nil {
				return err
			}
		}
		a := annots.Index(i)
		if a.Kind() != pdf.Dict || a.Key("F").Int64()&(annotHidden|annotNoView) != 0 {
			continue
		}
		switch a.Key("Subtype").Name() {
		case "Popup", "Link":
			continue // a popup repeats its parent's text; links have none
		}
		ap := a.Key("AP").Key("N")
		if ap.Kind() == pdf.Dict { // appearance states: the one /AS names
			ap = ap.Key(a.Key("AS").Name())
		}
		if a.Key("Subtype").Name() == "Widget" && (ap.Kind() != pdf.Stream || in.e.needAppearances) {
			// a viewer draws the field's value itself (as poppler does)
			in.fieldValue(a)
			continue
		}
		if ap.Kind() != pdf.Stream {
			continue
		}
		m, ok := annotMatrix(a.Key("Rect"), ap)
		if !ok {
			continue
		}
		saved := in.gs
		in.gs = gstate{ctm: m.mul(in.page), th: 1}
		f := &form{v: ap, ok: true}
		if r := ap.Key("Resources"); r.Kind() == pdf.Dict {
			f.res = in.e.resourcesFor(r)
		}
		err := in.runForm(f, res, in.gs.ctm)
		in.gs = saved
		if err != nil {
			return err
		}
	}
	return nil
}

// annotMatrix maps an appearance stream onto the annotation's rectangle
// (ISO 32000-2 §12.5.5): its /BBox, transformed by its /Matrix, is
// scaled and moved onto /Rect. The result includes /Matrix.
func annotMatrix(rect, ap pdf.Value) (matrix, bool) {
	if rect.Len() != 4 {
		return matrix{}, false
	}
	r := [4]float64{rect.Index(0).Float64(), rect.Index(1).Float64(), rect.Index(2).Float64(), rect.Index(3).Float64()}
	rx0, ry0, rx1, ry1 := min(r[0], r[2]), min(r[1], r[3]), max(r[0], r[2]), max(r[1], r[3])
	fm := formMatrix(ap)
	bb := ap.Key("BBox")
	if bb.Len() != 4 {
		return matrix{}, false
	}
	b := [4]float64{bb.Index(0).Float64(), bb.Index(1).Float64(), bb.Index(2).Float64(), bb.Index(3).Float64()}
	x0, y0 := math.Inf(1), math.Inf(1)
	x1, y1 := math.Inf(-1), math.Inf(-1)
	for _, c := range [4][2]float64{{b[0], b[1]}, {b[0], b[3]}, {b[2], b[1]}, {b[2], b[3]}} {
		x, y := fm.apply(c[0], c[1])
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
	}
	sx, sy := 1.0, 1.0
	if x1-x0 > 1e-6 {
		sx = (rx1 - rx0) / (x1 - x0)
	}
	if y1-y0 > 1e-6 {
		sy = (ry1 - ry0) / (y1 - y0)
	}
	a := matrix{sx, 0, 0, sy, rx0 - sx*x0, ry0 - sy*y0}
	m := fm.mul(a)
	for _, v := range m {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return matrix{}, false
		}
	}
	return m, true
}

// inheritedField returns a field's entry key, from the widget or the
// field's ancestors (/Parent), as field attributes are inherited.
func inheritedField(a pdf.Value, key string) pdf.Value {
	for depth := 0; depth < 16 && a.Kind() == pdf.Dict; depth++ {
		if v := a.Key(key); v.Kind() != pdf.Null {
			return v
		}
		a = a.Key("Parent")
	}
	return pdf.Value{}
}

// maxFieldText bounds the text of one field value we place.
const maxFieldText = 4096

// fieldValue places the value of a text or choice field in its widget's
// rectangle: one line per line of the value, from the top, in the size
// its /DA names (auto size: 10 points, a common default), half an em a
// character (only word gaps matter to the layout).
func (in *interp) fieldValue(a pdf.Value) {
	switch inheritedField(a, "FT").Name() {
	case "Tx", "Ch":
	default:
		return // buttons show a state, not text
	}
	v := inheritedField(a, "V")
	var text string
	switch v.Kind() {
	case pdf.String:
		text = textString(v.RawString())
	case pdf.Array: // a choice field's selected options
		var parts []string
		for i := 0; i < v.Len() && i < 64; i++ {
			parts = append(parts, textString(v.Index(i).RawString()))
		}
		text = strings.Join(parts, "\n")
	default:
		return
	}
	if len(text) > maxFieldText {
		text = text[:maxFieldText]
	}
	rect := a.Key("Rect")
	if rect.Len() != 4 || strings.TrimSpace(text) == "" {
		return
	}
	x0, y0 := min(rect.Index(0).Float64(), rect.Index(2).Float64()), min(rect.Index(1).Float64(), rect.Index(3).Float64())
	y1 := max(rect.Index(1).Float64(), rect.Index(3).Float64())
	size := 10.0
	if da := inheritedField(a, "DA").RawString(); da != "" {
		l := &lexer{b: []byte(da)}
		var prev token
		for t := l.next(); t.kind != tEOF; t = l.next() {
			if t.kind == tOp && string(t.s) == "Tf" && prev.kind == tNum && prev.num > 0 && prev.num < 200 {
				size = prev.num
			}
			prev = t
		}
	}
	lines := strings.FieldsFunc(text, func(r rune) bool { return r == '\r' || r == '\n' })
	y := y1 - size - 1
	if len(lines) == 1 {
		y = y0 + (y1-y0-size)/2 + 0.25*size // one line: centred, as viewers do
	}
	for _, ln := range lines {
		x := x0 + 2
		for _, r := range ln {
			t := cleanText(string(r))
			if t != "" && t != " " && len(in.glyphs) < in.e.maxGlyphs && (len(in.glyphs) < cap(in.glyphs) || in.growGlyphs()) {
				px, py := in.page.apply(x, y)
				px1, _ := in.page.apply(x+0.5*size, y)
				in.glyphs = append(in.glyphs, glyph{tid: in.e.addText(t), tlen: uint32(len(t)), x0: min(px, px1), x1: max(px, px1), y: py,
					size: size, seq: 2*len(in.glyphs) + 1})
			}
			x += 0.5 * size
		}
		y -= 1.15 * size
	}
}

// textString decodes a PDF text string: UTF-16BE with its byte order
// mark, else PDFDocEncoding.
func textString(s string) string {
	b := []byte(s)
	if len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF {
		u := make([]uint16, 0, len(b)/2)
		for i := 2; i+1 < len(b); i += 2 {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
		return string(utf16.Decode(u))
	}
	var sb strings.Builder
	for _, c := range b {
		if r := pdfDocEncoding[c]; r != noRune && r != 0 {
			sb.WriteRune(r)
		} else if c == '\r' || c == '\n' || c == '\t' {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}
