//go:build ignore

// agl_gen.go writes agl.go: the PDF standard encodings PDFDocEncoding,
// WinAnsiEncoding and MacRomanEncoding, and the part of the Adobe Glyph
// List that the text layer looks names up in.
//
//	go generate ./parser/internal/pdftext
//
// (-o names another output file: TestAGLGenerated checks that agl.go is
// what this program writes.)
//
// The glyph list comes from the PDF library this package already depends
// on (github.com/ledongthuc/pdf, name.go: the whole Adobe Glyph List as a
// Go map), read from the module cache at the version go.mod pins, so the
// output never changes unless that version does. WinAnsiEncoding is
// Windows-1252 and MacRomanEncoding Mac OS Roman, from
// golang.org/x/text's charmaps; PDFDocEncoding's own characters are
// written out below (ISO 32000-2 Annex D.2).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// keep says whether a glyph list entry for rune r is kept: Latin,
// Latin-1, Latin Extended-A/B, general punctuation and the Latin
// ligatures, and the symbols of the standard encodings. Other names
// resolve through the uniXXXX / uXXXX[XX] conventions in nameText.
func keep(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7F, r >= 0xA0 && r < 0x250, r >= 0x2000 && r < 0x2070, r >= 0xFB00 && r <= 0xFB06:
		return true
	}
	return slices.Contains(symbols, r)
}

// symbols are the characters beyond those ranges that the standard
// encodings and common bullets use.
var symbols = []rune{
	0x7F, 0x2C6, 0x2C7, 0x2D8, 0x2D9, 0x2DA, 0x2DB, 0x2DC, 0x2DD, 0x3BC, 0x20AC, 0x2116, 0x2122, 0x2126, 0x2190,
	0x2192, 0x2202, 0x2206, 0x220F, 0x2211, 0x2212, 0x221A, 0x221E, 0x222B, 0x2248, 0x2260, 0x2264, 0x2265, 0x25CA,
	0x25CF, 0x25E6,
}

// pdfDocSpecial are the codes where PDFDocEncoding differs from Latin-1.
var pdfDocSpecial = map[int]rune{
	0x18: 0x02D8, 0x19: 0x02C7, 0x1A: 0x02C6, 0x1B: 0x02D9, 0x1C: 0x02DD, 0x1D: 0x02DB, 0x1E: 0x02DA, 0x1F: 0x02DC,
	0x80: 0x2022, 0x81: 0x2020, 0x82: 0x2021, 0x83: 0x2026, 0x84: 0x2014, 0x85: 0x2013, 0x86: 0x0192, 0x87: 0x2044,
	0x88: 0x2039, 0x89: 0x203A, 0x8A: 0x2212, 0x8B: 0x2030, 0x8C: 0x201E, 0x8D: 0x201C, 0x8E: 0x201D, 0x8F: 0x2018,
	0x90: 0x2019, 0x91: 0x201A, 0x92: 0x2122, 0x93: 0xFB01, 0x94: 0xFB02, 0x95: 0x0141, 0x96: 0x0152, 0x97: 0x0160,
	0x98: 0x0178, 0x99: 0x017D, 0x9A: 0x0131, 0x9B: 0x0142, 0x9C: 0x0153, 0x9D: 0x0161, 0x9E: 0x017E, 0xA0: 0x20AC,
}

const noRune = utf8.RuneError

func pdfDoc() (t [256]rune) {
	for c := range t {
		r, ok := pdfDocSpecial[c]
		switch {
		case ok:
		case c == 0x09, c == 0x0A, c == 0x0D, c >= 0x20 && c < 0x7F, c >= 0xA1 && c != 0xAD:
			r = rune(c)
		default:
			r = noRune
		}
		t[c] = r
	}
	return t
}

func fromCharmap(cm *charmap.Charmap) (t [256]rune) {
	for c := range t {
		r := cm.DecodeByte(byte(c))
		if c >= 0x80 && c < 0xA0 && r == rune(c) { // undefined in Windows-1252
			r = noRune
		}
		t[c] = r
	}
	return t
}

// glyphList reads the library's name-to-rune map.
func glyphList() map[string]rune {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/ledongthuc/pdf").Output()
	if err != nil {
		log.Fatalf("go list: %v (run go mod download first)", err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "name.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		log.Fatal(err)
	}
	m := map[string]rune{}
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "nameToRune" {
			return true
		}
		for _, e := range vs.Values[0].(*ast.CompositeLit).Elts {
			kv := e.(*ast.KeyValueExpr)
			name, err1 := strconv.Unquote(kv.Key.(*ast.BasicLit).Value)
			r, err2 := strconv.ParseInt(kv.Value.(*ast.BasicLit).Value, 0, 32)
			if err1 != nil || err2 != nil {
				log.Fatalf("%s: bad entry %v", file, kv)
			}
			m[name] = rune(r)
		}
		return false
	})
	if len(m) < 4000 {
		log.Fatalf("%s: %d names, not the Adobe Glyph List", file, len(m))
	}
	return m
}

func writeTable(b *bytes.Buffer, name string, t [256]rune) {
	fmt.Fprintf(b, "var %s = [256]rune{\n", name)
	for i, r := range t {
		if i%8 == 0 {
			b.WriteString("\t")
		}
		if r == noRune {
			b.WriteString("noRune,")
		} else {
			fmt.Fprintf(b, "0x%04x,", r)
		}
		if i%8 == 7 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("}\n\n")
}

func main() {
	out := flag.String("o", "agl.go", "output file")
	flag.Parse()
	var b bytes.Buffer
	b.WriteString(`// Code generated from the Adobe Glyph List and the PDF standard encodings; DO NOT EDIT.
// Trimmed to Latin, Latin-1, Latin Extended-A/B, general punctuation,
// common symbols and the Latin ligatures; other names resolve through the
// uniXXXX / uXXXX[XX] conventions in nameText.

package pdftext

`)
	writeTable(&b, "pdfDocEncoding", pdfDoc())
	writeTable(&b, "winAnsiEncoding", fromCharmap(charmap.Windows1252))
	writeTable(&b, "macRomanEncoding", fromCharmap(charmap.Macintosh))
	b.WriteString(`// glyphList is the Adobe Glyph List: glyph names and their Unicode
// characters, sorted by name for a binary search. A sorted array rather
// than a map so that it costs nothing at start-up: the linker lays it out.
var glyphList = [...]glyphName{
`)
	agl := glyphList()
	var names []string
	for n, r := range agl {
		if keep(r) {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(&b, "\t{%q, 0x%04X},\n", n, agl[n])
	}
	b.WriteString("}\n")
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
