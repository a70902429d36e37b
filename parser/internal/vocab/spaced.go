package vocab

import (
	"unicode/utf8"
)

// spacedEntry is a label or heading in the index of Unspaced: the
// offsets in its key without spaces before which its words had one.
type spacedEntry struct {
	breaks []int
}

// spacedIndex returns the labels and headings of v by their key without
// spaces ("candidatureavantle"), built on first use: Unspaced reads a
// line whose letters are spaced out against it.
func (v *Vocabulary) spacedIndex() map[string]spacedEntry {
	v.spacedOnce.Do(func() {
		m := make(map[string]spacedEntry, 2*(len(v.fields)+len(v.headings)))
		add := func(text string) {
			if text == "" {
				return
			}
			if text[len(text)-1] == '*' { // a heading's prefix: its words are a heading's start
				text = text[:len(text)-1]
			}
			k := normKey(text)
			var key []byte
			var breaks []int
			for i := 0; i < len(k); i++ {
				if k[i] == ' ' {
					breaks = append(breaks, len(key))
					continue
				}
				key = append(key, k[i])
			}
			if len(key) == 0 {
				return
			}
			if _, ok := m[string(key)]; !ok { // the first row's words
				m[string(key)] = spacedEntry{breaks: breaks}
			}
		}
		for _, r := range v.fields {
			add(r.EN)
			add(r.FR)
		}
		for _, r := range v.headings {
			add(r.EN)
			add(r.FR)
		}
		v.spaced = m
	})
	return v.spaced
}

// Unspaced reads text, a line set in letter-spaced capitals as a PDF's
// text dump gives it ("C A N D I D AT U R E AVA N T L E", "E MP L OY ER",
// where kerning glues two or three letters and the spaces between words
// look like those between letters), as the label or heading of the
// tables it spells, spaces and case aside. It returns the line's own
// letters with the spaces of the label's words ("CANDIDATURE AVANT LE"),
// and ok false for a line that spells no label and no heading whole: the
// words of a name are not guessed. Marks that end a key (a colon) stay
// at the end. The caller tells such a line by its shape; Unspaced only
// matches.
func (v *Vocabulary) Unspaced(text string) (string, bool) {
	if len(text) > maxSpacedBytes {
		return "", false
	}
	var kbuf [128]byte
	var obuf [64]int // key offset of each letter of text that is no space
	key, offs := kbuf[:0], obuf[:0]
	for _, r := range text {
		if r == ' ' || r == '\u00a0' {
			continue
		}
		offs = append(offs, len(key))
		var ok bool
		if key, ok = appendFoldRune(key, r); !ok {
			return "", false
		}
	}
	// The marks a key drops at its end (": ?!.*") and at both ends ("*_").
	k := key
	for len(k) > 0 && keyBytes[k[len(k)-1]]&(keyTrimEnd|keyTrimBoth) != 0 {
		k = k[:len(k)-1]
	}
	lead := 0
	for lead < len(k) && keyBytes[k[lead]]&keyTrimBoth != 0 {
		lead++
	}
	k = k[lead:]
	if len(k) == 0 {
		return "", false
	}
	e, ok := v.spacedIndex()[string(k)]
	if !ok {
		return "", false
	}
	out := make([]byte, 0, len(text))
	n, b := 0, 0 // letters written, breaks written
	for _, r := range text {
		if r == ' ' || r == '\u00a0' {
			continue
		}
		for b < len(e.breaks) && e.breaks[b]+lead <= offs[n] {
			if e.breaks[b]+lead == offs[n] {
				out = append(out, ' ')
			}
			b++
		}
		out = utf8.AppendRune(out, r)
		n++
	}
	return string(out), true
}

// maxSpacedBytes bounds a line Unspaced reads: a label spaced out letter
// by letter, not a paragraph.
const maxSpacedBytes = 256
