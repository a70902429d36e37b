package pdftext

//go:generate go run agl_gen.go
//go:generate go run stdfonts_gen.go

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"github.com/vacancy-tools/vacancy/parser/internal/budget"
)

const noRune = unicode.ReplacementChar

// font is what the text layer needs of a PDF font: how to split a string
// into codes, the text and advance of each code, and whether it is bold.
type font struct {
	cid     bool  // Type0 (composite) font: multi-byte codes
	enc     *cmap // CID fonts: code spaces of the /Encoding CMap (nil: 2 bytes)
	ucs2    bool  // CID font whose /Encoding maps UCS-2 codes (Uni*-UCS2-*)
	uni     *cmap // ToUnicode, may be nil
	simple  [256]string
	widths  [256]float64 // simple fonts, text space units per unit font size
	cidW    map[uint32]float64
	dw      float64
	missing float64
	bold    bool
	// vertical writing (WMode 1): glyphs advance by w1 (negative: down)
	// text space units at font size 1
	vertical bool
	w1       float64
	// collection: the texts of an Adobe character collection's CIDs
	// (CID fonts without ToUnicode, see cidunicode.go); shared, read-only
	collection []string
	// sizeScale corrects the font size for Type3 fonts (see
	// type3SizeScale); 0 for other fonts: no correction
	sizeScale float64
	// indexes of the codes' texts in the extraction's text table (0: not
	// yet there), see textID
	ids    [256]uint32
	cidIDs map[uint32]uint32
}

// next splits the first code off s: the code and its byte length.
func (f *font) next(s []byte) (uint32, int) {
	if !f.cid {
		return uint32(s[0]), 1
	}
	n := 2
	if f.enc != nil {
		n = f.enc.codeLen(s, 2)
	}
	if n > len(s) {
		n = len(s)
	}
	return codeOf(s[:n]), n
}

// text is the Unicode text of one code ("" when unknown).
func (f *font) text(code uint32) string {
	if !f.cid {
		return f.simple[code&0xFF] // ToUnicode folded in by loadFont
	}
	if f.uni != nil {
		if t, ok := f.uni.uni[code]; ok && t != "" {
			return t
		}
	}
	if !f.cid {
		return f.simple[code&0xFF]
	}
	if f.ucs2 {
		return cleanText(string(rune(code)))
	}
	if int(code) < len(f.collection) {
		return f.collection[code]
	}
	return ""
}

// width is the advance of one code in text space units at font size 1.
func (f *font) width(code uint32) float64 {
	if !f.cid {
		return f.widths[code&0xFF]
	}
	if w, ok := f.cidW[code]; ok {
		return w
	}
	return f.dw
}

// cmapCache holds the CMaps of a document, parsed once per stream
// object: a thousand fonts sharing one ToUnicode CMap of 131,072
// entries parsed it a thousand times (3.2 GB). The goroutines reading
// the pages share it; a CMap is read-only once parsed.
type cmapCache struct {
	mu sync.Mutex
	m  map[string]*cmap // by the stream as the library prints it (its dictionary and offset)
}

// loadCMap returns the CMap of stream v, parsed on first use; nil when it
// cannot be read. Past the budget it returns nil and sets e.err.
func (e *extractor) loadCMap(v pdf.Value) *cmap {
	key := v.String()
	e.cmaps.mu.Lock()
	defer e.cmaps.mu.Unlock() // (readStream may panic on a broken file)
	if m, ok := e.cmaps.m[key]; ok {
		return m
	}
	data, err := e.readStream(v)
	if err != nil {
		if isBudget(err) {
			e.fail(err)
			return nil
		}
		e.cmaps.m[key] = nil
		return nil
	}
	tick := budget.NewTicker(e.ctx)
	m, err := parseCMap(data, &tick, e.acct)
	e.putBuf(data)
	if err != nil {
		e.fail(err)
		return nil
	}
	e.cmaps.m[key] = m
	return m
}

// loadFont builds a font from its dictionary. Past the budget (or the
// context) it returns what it has and sets e.err.
func (e *extractor) loadFont(v pdf.Value) *font {
	if err := e.ctx.Err(); err != nil {
		e.fail(err)
	}
	if err := e.acct.charge(fontCost); err != nil {
		e.fail(err)
	}
	f := &font{dw: 1}
	if e.err != nil {
		return f
	}
	base := v.Key("BaseFont").Name()
	sub := v.Key("Subtype").Name()
	desc := v.Key("FontDescriptor")
	scale := 0.001
	if sub == "Type0" {
		f.cid = true
		d := v.Key("DescendantFonts").Index(0)
		desc = d.Key("FontDescriptor")
		if base == "" {
			base = d.Key("BaseFont").Name()
		}
		encv := v.Key("Encoding")
		f.w1 = -1 // /DW2 [880 -1000], the default vertical advance
		if dw2 := d.Key("DW2"); dw2.Len() == 2 && dw2.Index(1).Float64() < 0 {
			f.w1 = dw2.Index(1).Float64() * scale
		}
		switch encv.Kind() {
		case pdf.Name:
			n := encv.Name()
			f.vertical = strings.HasSuffix(n, "-V")
			// (UTF-16 codes are UCS-2 in the Basic Multilingual Plane,
			// where nearly all text is)
			f.ucs2 = strings.HasPrefix(n, "Uni") && (strings.Contains(n, "UCS2") || strings.Contains(n, "UTF16"))
		case pdf.Stream:
			f.vertical = encv.Key("WMode").Int64() == 1
			if m := e.loadCMap(encv); m != nil && len(m.spaces) > 0 {
				f.enc = m
			}
		}
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64() * scale
		}
		f.cidW = map[uint32]float64{}
		w := d.Key("W")
		total := 0
		// (fonts may share one /W array: each has its map, charged)
		defer func() { e.fail(e.acct.charge(int64(total) * cidWidthCost)) }()
		for i := 0; i < w.Len() && total < 1<<16; {
			first := w.Index(i)
			if first.Kind() != pdf.Integer {
				break
			}
			c := uint32(first.Int64())
			nx := w.Index(i + 1)
			if nx.Kind() == pdf.Array {
				for j := 0; j < nx.Len() && total < 1<<16; j++ {
					f.cidW[c+uint32(j)] = nx.Index(j).Float64() * scale
					total++
				}
				i += 2
				continue
			}
			last := uint32(nx.Int64())
			wd := w.Index(i+2).Float64() * scale
			for x := c; x <= last && total < 1<<16; x++ {
				f.cidW[x] = wd
				total++
			}
			i += 3
		}
	} else {
		if sub == "Type3" {
			if fm := v.Key("FontMatrix"); fm.Len() >= 4 {
				scale = fm.Index(0).Float64()
			}
		}
		f.missing = desc.Key("MissingWidth").Float64() * scale
		if f.missing == 0 {
			f.missing = 0.5
			if strings.Contains(base, "Courier") || strings.Contains(base, "Mono") {
				f.missing = 0.6
			}
		}
		for i := range f.widths {
			f.widths[i] = f.missing
		}
		first := int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		for i := 0; i < ws.Len() && first+i < 256; i++ {
			if first+i < 0 {
				continue
			}
			w := ws.Index(i).Float64() * scale
			if w == 0 {
				w = f.missing
			}
			f.widths[first+i] = w
		}
		e.simpleEncoding(f, v, sub, desc, base)
		if ws.Len() == 0 && sub != "Type3" {
			standardWidths(f, base)
		}
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.uni = e.loadCMap(tu)
	}
	if f.cid && f.uni == nil && !f.ucs2 && f.enc == nil {
		// no ToUnicode, codes being CIDs (Identity-H and -V): the
		// characters of the embedded TrueType program's glyphs, or of
		// the Adobe character collection the font names
		if f.uni = e.cidTrueTypeText(v); f.uni == nil {
			si := v.Key("DescendantFonts").Index(0).Key("CIDSystemInfo")
			f.collection = collectionText(si.Key("Registry").RawString(), si.Key("Ordering").RawString())
		}
	}
	if !f.cid && f.uni != nil {
		// a simple font's text is a table: ToUnicode first, then the encoding
		for c := range f.simple {
			if t, ok := f.uni.uni[uint32(c)]; ok && t != "" {
				f.simple[c] = t
			}
		}
	}
	f.bold = isBold(base, desc)
	if sub == "Type3" {
		f.sizeScale = type3SizeScale(f, v.Key("FontMatrix"))
	}
	return f
}

// type3SizeScale guesses how much larger a Type3 font's glyphs are than
// its font size says: a Type3 glyph space has no em, so the size is
// judged from an advance width, as poppler does (an "m" is about 0.6 em
// wide, a letter or any glyph about 0.5), and from the font matrix's
// aspect. The layout's thresholds (word gaps, doubled glyphs of fake
// bold, rows) are fractions of the size: with the size of the text
// matrix alone, a Type3 font drawn at Tf 58 with a small matrix merged
// its words and dropped its doubled letters.
func type3SizeScale(f *font, fm pdf.Value) float64 {
	w := 0.0
	for _, pick := range []func(t string) bool{
		func(t string) bool { return t == "m" },
		func(t string) bool { return len(t) == 1 && (t[0] >= 'a' && t[0] <= 'z' || t[0] >= 'A' && t[0] <= 'Z') },
		func(t string) bool { return t != "" },
	} {
		for c := range f.simple {
			if pick(f.simple[c]) && f.widths[c] > 0 && f.widths[c] != f.missing {
				w = f.widths[c]
				if f.simple[c] == "m" {
					w /= 0.6
				} else {
					w /= 0.5
				}
				break
			}
		}
		if w > 0 {
			break
		}
	}
	if w <= 0 || math.IsNaN(w) || math.IsInf(w, 0) {
		w = 1
	}
	if a, d := fm.Index(0).Float64(), fm.Index(3).Float64(); a != 0 && d != 0 {
		w *= math.Abs(d / a)
	}
	return max(1e-3, min(w, 1e3))
}

// simpleEncoding fills f.simple from /Encoding (name or dictionary with
// /BaseEncoding and /Differences).
func (e *extractor) simpleEncoding(f *font, v pdf.Value, sub string, desc pdf.Value, base string) {
	baseTable := &standardEncoding
	if sub == "TrueType" {
		baseTable = &winAnsiEncoding
	}
	symbolFont := stdFontName(base) == "symbol"
	if symbolFont { // its built-in encoding: Greek and mathematical signs
		baseTable = &symbolEncoding
	}
	symbolic := desc.Key("Flags").Int64()&4 != 0
	encv := v.Key("Encoding")
	var diffs pdf.Value
	switch encv.Kind() {
	case pdf.Name:
		if t := namedEncoding(encv.Name()); t != nil {
			baseTable = t
		}
	case pdf.Dict:
		if t := namedEncoding(encv.Key("BaseEncoding").Name()); t != nil {
			baseTable = t
		}
		diffs = encv.Key("Differences")
	default:
		if symbolic && sub != "TrueType" && !symbolFont {
			baseTable = &standardEncoding
		}
	}
	f.simple = *encodingText(baseTable)
	code := 0
	// 256 codes, each after its number at most: a longer array (a million
	// entries) says nothing more
	for i := 0; i < diffs.Len() && i < 2*256; i++ {
		x := diffs.Index(i)
		switch x.Kind() {
		case pdf.Integer:
			code = int(x.Int64())
		case pdf.Name:
			if code >= 0 && code < 256 {
				f.simple[code] = nameText(x.Name())
			}
			code++
		}
	}
}

// encodingTexts holds the text of every code of the standard encodings,
// built once: a font starts from a copy instead of 256 conversions.
var encodingTexts sync.Map // *[256]rune → *[256]string

func encodingText(t *[256]rune) *[256]string {
	if v, ok := encodingTexts.Load(t); ok {
		return v.(*[256]string)
	}
	var out [256]string
	for i, r := range t {
		if r != noRune && r != 0 {
			out[i] = cleanText(string(r))
		}
	}
	v, _ := encodingTexts.LoadOrStore(t, &out)
	return v.(*[256]string)
}

func namedEncoding(n string) *[256]rune {
	switch n {
	case "WinAnsiEncoding":
		return &winAnsiEncoding
	case "MacRomanEncoding":
		return &macRomanEncoding
	case "StandardEncoding":
		return &standardEncoding
	case "PDFDocEncoding":
		return &pdfDocEncoding
	}
	return nil
}

// isBold reads the weight hints of a font: its name, the ForceBold flag
// and /FontWeight.
func isBold(base string, desc pdf.Value) bool {
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[i+1:]
	}
	lb := strings.ToLower(base)
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demi", "extrabold", "ultrabold"} {
		if strings.Contains(lb, w) {
			return true
		}
	}
	if desc.Key("Flags").Int64()&(1<<18) != 0 {
		return true
	}
	return desc.Key("FontWeight").Float64() >= 600
}

type glyphName struct {
	name string
	r    rune
}

// glyphRune looks name up in the Adobe Glyph List.
func glyphRune(name string) (rune, bool) {
	i, found := slices.BinarySearchFunc(glyphList[:], name, func(e glyphName, name string) int {
		return strings.Compare(e.name, name)
	})
	if !found {
		return 0, false
	}
	return glyphList[i].r, true
}

// nameText is the text of a glyph name (Adobe Glyph List conventions).
func nameText(name string) string {
	if r, ok := glyphRune(name); ok {
		return cleanText(string(r))
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
		if r, ok := glyphRune(name); ok {
			return cleanText(string(r))
		}
	}
	if strings.Contains(name, "_") {
		var sb strings.Builder
		for _, part := range strings.Split(name, "_") {
			sb.WriteString(nameText(part))
		}
		return sb.String()
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var sb strings.Builder
		for i := 3; i+4 <= len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil {
				return ""
			}
			sb.WriteRune(rune(v))
		}
		return cleanText(sb.String())
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v <= unicode.MaxRune {
			return cleanText(string(rune(v)))
		}
	}
	if len(name) == 1 {
		return name
	}
	return ""
}

var ligatures = map[rune]string{
	0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
}

// cleanText expands Latin ligatures, turns no-break and other spaces into
// a space and drops control characters.
func cleanText(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r == 0x7F || r >= 0xFB00 && r <= 0xFB06 || r == 0xA0 || r == 0xAD || (r >= 0x2000 && r <= 0x200B) || r == 0xFEFF || r == noRune {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r >= 0xFB00 && r <= 0xFB06:
			sb.WriteString(ligatures[r])
		case r == 0xA0 || (r >= 0x2000 && r <= 0x200A):
			sb.WriteByte(' ')
		case r == 0xAD:
			sb.WriteByte('-')
		case r < 0x20 || r == 0x7F || r == 0x200B || r == 0xFEFF || r == noRune:
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// standardEncoding is Adobe StandardEncoding (PDF 32000-1 Annex D).
var standardEncoding = func() [256]rune {
	var t [256]rune
	for i := 32; i < 127; i++ {
		t[i] = rune(i)
	}
	t['\''] = 0x2019
	t['`'] = 0x2018
	hi := map[int]rune{
		161: 0xA1, 162: 0xA2, 163: 0xA3, 164: 0x2044, 165: 0xA5, 166: 0x192, 167: 0xA7, 168: 0xA4,
		169: '\'', 170: 0x201C, 171: 0xAB, 172: 0x2039, 173: 0x203A, 174: 0xFB01, 175: 0xFB02,
		177: 0x2013, 178: 0x2020, 179: 0x2021, 180: 0xB7, 182: 0xB6, 183: 0x2022, 184: 0x201A,
		185: 0x201E, 186: 0x201D, 187: 0xBB, 188: 0x2026, 189: 0x2030, 191: 0xBF, 193: '`',
		194: 0xB4, 195: 0x2C6, 196: 0x2DC, 197: 0xAF, 198: 0x2D8, 199: 0x2D9, 200: 0xA8, 202: 0x2DA,
		203: 0xB8, 205: 0x2DD, 206: 0x2DB, 207: 0x2C7, 208: 0x2014, 225: 0xC6, 227: 0xAA, 232: 0x141,
		233: 0xD8, 234: 0x152, 235: 0xBA, 241: 0xE6, 245: 0x131, 248: 0x142, 249: 0xF8, 250: 0x153,
		251: 0xDF,
	}
	for k, v := range hi {
		t[k] = v
	}
	return t
}()

// cidTrueTypeText maps the CIDs of a composite font whose descendant is
// an embedded TrueType font to text through the font program's cmap and
// the font's /CIDToGIDMap; nil when there is no such program.
func (e *extractor) cidTrueTypeText(v pdf.Value) *cmap {
	d := v.Key("DescendantFonts").Index(0)
	if d.Key("Subtype").Name() != "CIDFontType2" {
		return nil
	}
	ff := d.Key("FontDescriptor").Key("FontFile2")
	if ff.Kind() != pdf.Stream {
		return nil
	}
	prog, err := e.readStream(ff)
	if err != nil {
		return nil
	}
	glyphs := trueTypeCmap(prog)
	e.putBuf(prog)
	if len(glyphs) == 0 {
		return nil
	}
	if err := e.acct.charge(int64(len(glyphs)) * cmapEntryCost); err != nil {
		e.fail(err)
		return nil
	}
	m := &cmap{uni: make(map[uint32]string, len(glyphs))}
	if c2g := d.Key("CIDToGIDMap"); c2g.Kind() == pdf.Stream {
		data, err := e.readStream(c2g)
		if err != nil {
			return nil
		}
		for cid := 0; 2*cid+1 < len(data) && cid < maxCmapGlyphs; cid++ {
			if r, ok := glyphs[uint16(data[2*cid])<<8|uint16(data[2*cid+1])]; ok {
				m.uni[uint32(cid)] = cleanText(string(r))
			}
		}
		e.putBuf(data)
		return m
	}
	for gid, r := range glyphs { // /Identity: a CID is its glyph
		m.uni[uint32(gid)] = cleanText(string(r))
	}
	return m
}

// stdWidth is a glyph's advance in a standard font, in 1/1000 em (see
// stdfonts.go).
type stdWidth struct {
	r rune
	w uint16
}

// stdFontName is a font's name without its subset tag, in lower case.
func stdFontName(base string) string {
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[i+1:]
	}
	return strings.ToLower(base)
}

// standardWidths gives a font without /Widths the widths of the standard
// font it names (or of the standard font an Arial, Times New Roman or
// Courier New stands in for), as viewers do: PDF 1.0 to 1.4 let files
// leave the standard 14 fonts' widths out. Any other font keeps its
// default width.
func standardWidths(f *font, base string) {
	name := stdFontName(base)
	byCode := func(t *[256]uint16) {
		for c, w := range t {
			if w > 0 {
				f.widths[c] = float64(w) / 1000
			}
		}
	}
	bold := strings.Contains(name, "bold") || strings.Contains(name, "black") || strings.Contains(name, "heavy")
	italic := strings.Contains(name, "italic") || strings.Contains(name, "oblique")
	var table []stdWidth
	switch {
	case name == "symbol":
		byCode(&stdSymbolWidths)
		return
	case strings.HasPrefix(name, "zapfdingbats"):
		byCode(&stdDingbatsWidths)
		return
	case strings.Contains(name, "courier"):
		for c := range f.widths {
			f.widths[c] = 0.6
		}
		return
	case strings.Contains(name, "helvetica") || strings.Contains(name, "arial"):
		table = stdHelvetica[:]
		if bold {
			table = stdHelveticaBold[:]
		}
	case strings.Contains(name, "times"):
		switch {
		case bold && italic:
			table = stdTimesBoldItalic[:]
		case bold:
			table = stdTimesBold[:]
		case italic:
			table = stdTimesItalic[:]
		default:
			table = stdTimesRoman[:]
		}
	default:
		return
	}
	for c, t := range f.simple {
		r, n := utf8.DecodeRuneInString(t)
		if n == 0 || n != len(t) {
			continue
		}
		if i, ok := slices.BinarySearchFunc(table, r, func(e stdWidth, r rune) int { return int(e.r - r) }); ok {
			f.widths[c] = float64(table[i].w) / 1000
		}
	}
}
