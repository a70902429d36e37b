//go:build ignore

// cidunicode_gen.go writes cidunicode.bin: the Unicode text of every CID
// of Adobe's four CJK character collections (Adobe-Japan1, Adobe-GB1,
// Adobe-CNS1, Adobe-Korea1), read from Adobe's Adobe-*-UCS2 CMaps as
// Debian's poppler-data installs them. cidunicode.go embeds it.
//
//	apt-get install poppler-data   # the CMaps read below
//	go generate ./parser/internal/pdftext
//
// The CMaps are Adobe's cmap-resources, under the BSD 3-clause licence
// that cidunicode.go reproduces. Variation selectors are left out of
// the text (they choose a glyph's shape, not a character).
//
// The format, deflated: "CIDU1", then for each collection its name and
// its number of CIDs (uvarints, the name's length first), then for each
// CID the zigzag uvarint of (its first rune − the last CID's first rune)
// × 2 + (1 when more runes follow), and then the count and the runes
// that follow, as uvarints. A first rune of 0 is a CID without text.
//
// (-cmap names another folder, -o another output file.)
package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"flag"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"unicode/utf16"
)

var (
	reChar  = regexp.MustCompile(`^<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>$`)
	reRange = regexp.MustCompile(`^<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>$`)
)

func hexUnits(s string) []uint16 {
	var u []uint16
	for i := 0; i+4 <= len(s); i += 4 {
		v, err := strconv.ParseUint(s[i:i+4], 16, 16)
		if err != nil {
			log.Fatal(err)
		}
		u = append(u, uint16(v))
	}
	return u
}

func text(units []uint16) []rune {
	var out []rune
	for _, r := range utf16.Decode(units) {
		if r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF {
			continue
		}
		out = append(out, r)
	}
	return out
}

func readCMap(path string) map[int][]rune {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	m := map[int][]rune{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if g := reRange.FindStringSubmatch(line); g != nil {
			lo, _ := strconv.ParseInt(g[1], 16, 32)
			hi, _ := strconv.ParseInt(g[2], 16, 32)
			u := hexUnits(g[3])
			for c := lo; c <= hi; c++ {
				v := append([]uint16(nil), u...)
				v[len(v)-1] += uint16(c - lo)
				m[int(c)] = text(v)
			}
		} else if g := reChar.FindStringSubmatch(line); g != nil {
			c, _ := strconv.ParseInt(g[1], 16, 32)
			m[int(c)] = text(hexUnits(g[2]))
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return m
}

func main() {
	dir := flag.String("cmap", "/usr/share/poppler/cMap", "folder of Adobe's CMaps, one subfolder a collection")
	out := flag.String("o", "cidunicode.bin", "output file")
	flag.Parse()
	var raw bytes.Buffer
	raw.WriteString("CIDU1")
	uv := func(v uint64) { raw.Write(binary.AppendUvarint(nil, v)) }
	for _, c := range []string{"Adobe-Japan1", "Adobe-GB1", "Adobe-CNS1", "Adobe-Korea1"} {
		m := readCMap(filepath.Join(*dir, c, c+"-UCS2"))
		n := 0
		for cid := range m {
			n = max(n, cid+1)
		}
		if n < 10000 {
			log.Fatalf("%s: %d CIDs", c, n)
		}
		uv(uint64(len(c)))
		raw.WriteString(c)
		uv(uint64(n))
		prev := int64(0)
		for cid := 0; cid < n; cid++ {
			rs := m[cid]
			if cid == 0 || len(rs) == 0 || rs[0] == 0xFFFD {
				rs = []rune{0} // CID 0 is .notdef
			}
			d := int64(rs[0]) - prev
			prev = int64(rs[0])
			z := uint64(d<<1) ^ uint64(d>>63) // zigzag
			more := uint64(0)
			if len(rs) > 1 {
				more = 1
			}
			uv(z<<1 | more)
			if more == 1 {
				uv(uint64(len(rs) - 1))
				for _, r := range rs[1:] {
					uv(uint64(r))
				}
			}
		}
	}
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write(raw.Bytes())
	w.Close()
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
