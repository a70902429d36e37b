package textenc

import (
	"encoding/binary"
	"unicode/utf8"
)

// validUTF8 is utf8.Valid for the check of a whole document. utf8.Valid
// reads eight bytes at a time only up to the first byte outside ASCII,
// then byte by byte to the end, with branches on each byte's kind that a
// French text, with an accented letter every few words, makes the
// processor guess wrong. Here eight ASCII bytes at a time go on after
// every rune outside ASCII, and the eight bytes that hold one are run
// through a table-driven automaton with no branch on their values.
func validUTF8(p []byte) bool {
	const highBits = 0x8080808080808080
	st := uint64(utf8Accept)
	for len(p) >= 8 {
		w := binary.LittleEndian.Uint64(p)
		if st == utf8Accept && w&highBits == 0 {
			p = p[8:]
			continue
		}
		// The bytes are taken from w, not reread from p: read twice,
		// they would no longer load as one word above.
		// st&utf8StateMask tells the compiler the shift is below 64.
		st = utf8DFA[byte(w)] >> (st & utf8StateMask)
		st = utf8DFA[byte(w>>8)] >> (st & utf8StateMask)
		st = utf8DFA[byte(w>>16)] >> (st & utf8StateMask)
		st = utf8DFA[byte(w>>24)] >> (st & utf8StateMask)
		st = utf8DFA[byte(w>>32)] >> (st & utf8StateMask)
		st = utf8DFA[byte(w>>40)] >> (st & utf8StateMask)
		st = utf8DFA[byte(w>>48)] >> (st & utf8StateMask)
		st = utf8DFA[byte(w>>56)] >> (st & utf8StateMask)
		if st &= utf8StateMask; st == utf8Reject {
			return false
		}
		p = p[8:]
	}
	for _, c := range p {
		st = utf8DFA[c] >> (st & utf8StateMask)
	}
	return st&utf8StateMask == utf8Accept
}

// The automaton's states, each a shift: utf8DFA[c] holds, at bits
// [s, s+6) for each state s, the state after byte c in state s (Per
// Vognsen's shift-based DFA). The states follow RFC 3629's table of
// well-formed sequences, which utf8.Valid checks: no overlong form, no
// surrogate, nothing past U+10FFFF.
const (
	utf8Accept    = 0 * 6 // between runes
	utf8Cont1     = 1 * 6 // one continuation byte to come, 80–BF
	utf8Cont2     = 2 * 6 // two to come, 80–BF each
	utf8AfterE0   = 3 * 6 // A0–BF, then one (no overlong form)
	utf8AfterED   = 4 * 6 // 80–9F, then one (no surrogate)
	utf8AfterF0   = 5 * 6 // 90–BF, then two (no overlong form)
	utf8Cont3     = 6 * 6 // three to come, 80–BF each
	utf8AfterF4   = 7 * 6 // 80–8F, then two (nothing past U+10FFFF)
	utf8Reject    = 8 * 6 // an ill-formed sequence: stays here
	utf8StateMask = 63
)

var utf8DFA = func() (t [256]uint64) {
	for c := range 256 {
		next := func(s int) int {
			inRange := func(lo, hi int) bool { return lo <= c && c <= hi }
			cont := inRange(0x80, 0xBF)
			switch s {
			case utf8Accept:
				switch {
				case c < utf8.RuneSelf:
					return utf8Accept
				case inRange(0xC2, 0xDF):
					return utf8Cont1
				case c == 0xE0:
					return utf8AfterE0
				case c == 0xED:
					return utf8AfterED
				case inRange(0xE1, 0xEF):
					return utf8Cont2
				case c == 0xF0:
					return utf8AfterF0
				case inRange(0xF1, 0xF3):
					return utf8Cont3
				case c == 0xF4:
					return utf8AfterF4
				}
			case utf8Cont1:
				if cont {
					return utf8Accept
				}
			case utf8Cont2:
				if cont {
					return utf8Cont1
				}
			case utf8AfterE0:
				if inRange(0xA0, 0xBF) {
					return utf8Cont1
				}
			case utf8AfterED:
				if inRange(0x80, 0x9F) {
					return utf8Cont1
				}
			case utf8AfterF0:
				if inRange(0x90, 0xBF) {
					return utf8Cont2
				}
			case utf8Cont3:
				if cont {
					return utf8Cont2
				}
			case utf8AfterF4:
				if inRange(0x80, 0x8F) {
					return utf8Cont2
				}
			}
			return utf8Reject
		}
		for s := utf8Accept; s <= utf8Reject; s += 6 {
			t[c] |= uint64(next(s)) << s
		}
	}
	return t
}()
