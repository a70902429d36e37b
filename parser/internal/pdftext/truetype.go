package pdftext

import (
	"encoding/binary"
	"unicode"
)

// truetype.go: the Unicode text of a composite TrueType font without a
// ToUnicode CMap, from the `cmap` table of its embedded font program
// (read backwards: glyph to character), as poppler and pdf.js do.

// maxCmapGlyphs bounds the glyph-to-character map built from one font:
// a TrueType font has at most 65,535 glyphs.
const maxCmapGlyphs = 1 << 16

// maxCmapCodes bounds the codes read from one cmap subtable: four times
// the Unicode planes a font may cover (format 12) and more than any
// real font maps.
const maxCmapCodes = 1 << 20

// trueTypeCmap returns the characters of the glyphs of a TrueType font
// program (glyph id → rune), from the best Unicode subtable of its
// `cmap`: (3,10) or (3,1), then (0,*), then the (3,0) symbol subtable
// (its codes 0xF0xx read as 0x00xx), then (1,0) Mac Roman. The lowest
// character wins for a glyph that several map to. Nil when the program
// has no usable table; it never fails otherwise.
func trueTypeCmap(font []byte) map[uint16]rune {
	tab := ttTable(font, "cmap")
	if len(tab) < 4 {
		return nil
	}
	n := int(binary.BigEndian.Uint16(tab[2:]))
	best, bestRank := -1, 99
	var bestPID, bestEID uint16
	for i := 0; i < n && 4+8*i+8 <= len(tab); i++ {
		rec := tab[4+8*i:]
		pid, eid := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		rank := 99
		switch {
		case pid == 3 && eid == 10:
			rank = 0
		case pid == 3 && eid == 1:
			rank = 1
		case pid == 0:
			rank = 2
		case pid == 3 && eid == 0:
			rank = 3
		case pid == 1 && eid == 0:
			rank = 4
		}
		if rank < bestRank && off > 0 && off < len(tab) {
			best, bestRank, bestPID, bestEID = off, rank, pid, eid
		}
	}
	if best < 0 {
		return nil
	}
	out := map[uint16]rune{}
	add := func(code uint32, gid uint32) {
		if gid == 0 || gid >= maxCmapGlyphs || len(out) >= maxCmapGlyphs {
			return
		}
		r := rune(code)
		switch {
		case bestPID == 3 && bestEID == 0:
			if code >= 0xF000 && code <= 0xF0FF {
				r = rune(code - 0xF000)
			}
		case bestPID == 1:
			if code > 0xFF {
				return
			}
			r = macRomanEncoding[code]
		}
		if r == 0 || r > unicode.MaxRune || (r >= 0xD800 && r <= 0xDFFF) {
			return
		}
		if old, ok := out[uint16(gid)]; !ok || r < old {
			out[uint16(gid)] = r
		}
	}
	readCmapSubtable(tab[best:], add)
	return out
}

// readCmapSubtable calls add for each code → glyph of a cmap subtable of
// format 0, 4, 6 or 12.
func readCmapSubtable(st []byte, add0 func(code, gid uint32)) {
	if len(st) < 4 {
		return
	}
	// a hostile table's ranges may overlap and cover the code space
	// thousands of times: the codes read are bounded
	budget := maxCmapCodes
	add := func(code, gid uint32) bool {
		budget--
		if budget < 0 {
			return false
		}
		add0(code, gid)
		return true
	}
	u16 := func(b []byte, i int) uint32 {
		if i < 0 || i+2 > len(b) {
			return 0
		}
		return uint32(binary.BigEndian.Uint16(b[i:]))
	}
	u32 := func(b []byte, i int) uint32 {
		if i < 0 || i+4 > len(b) {
			return 0
		}
		return binary.BigEndian.Uint32(b[i:])
	}
	switch u16(st, 0) {
	case 0:
		for c := 0; c < 256 && 6+c < len(st); c++ {
			add(uint32(c), uint32(st[6+c]))
		}
	case 4:
		segs := int(u16(st, 6) / 2)
		ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
		for s := 0; s < segs; s++ {
			end, start := u16(st, ends+2*s), u16(st, starts+2*s)
			delta, ro := u16(st, deltas+2*s), u16(st, ranges+2*s)
			if start > end || end == 0xFFFF && start == 0xFFFF {
				continue
			}
			for c := start; c <= end; c++ {
				var g uint32
				if ro == 0 {
					g = (c + delta) & 0xFFFF
				} else {
					i := ranges + 2*s + int(ro) + 2*int(c-start)
					if i+2 > len(st) {
						break
					}
					if g = u16(st, i); g != 0 {
						g = (g + delta) & 0xFFFF
					}
				}
				if !add(c, g) {
					return
				}
			}
		}
	case 6:
		first, count := u16(st, 6), u16(st, 8)
		for i := uint32(0); i < count && 10+2*int(i)+2 <= len(st); i++ {
			if !add(first+i, u16(st, 10+2*int(i))) {
				return
			}
		}
	case 12:
		groups := u32(st, 12)
		for g := uint32(0); g < groups && 16+12*int(g)+12 <= len(st); g++ {
			start, end, gid := u32(st, 16+12*int(g)), u32(st, 20+12*int(g)), u32(st, 24+12*int(g))
			if end < start || end-start > maxCmapGlyphs {
				continue
			}
			for c := start; c <= end; c++ {
				if !add(c, gid+(c-start)) {
					return
				}
			}
		}
	}
}

// ttTable returns a table of a TrueType (or OpenType) font program, or
// nil.
func ttTable(font []byte, tag string) []byte {
	if len(font) < 12 {
		return nil
	}
	n := int(binary.BigEndian.Uint16(font[4:]))
	for i := 0; i < n && 12+16*i+16 <= len(font); i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) != tag {
			continue
		}
		off, length := int64(binary.BigEndian.Uint32(rec[8:])), int64(binary.BigEndian.Uint32(rec[12:]))
		if off < 0 || length < 0 || off+length > int64(len(font)) {
			return nil
		}
		return font[off : off+length]
	}
	return nil
}
