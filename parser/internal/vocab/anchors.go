package vocab

import "strings"

// anchorSet finds which of a few fragments a text holds in one pass over
// it, for a test that runs on every paragraph of a document. A
// strings.Contains per fragment read the paragraph once per fragment,
// and each search stopped at every occurrence of its fragment's first
// byte ("e", "a", "o" in prose): a mispredicted branch every few bytes.
//
// Here every fragment of at least minAnchoredFragment bytes is known by
// two 4-byte anchors that end it, at offsets o and o+1. The pass reads
// the text's 4-byte windows at even offsets only: one of the two anchors
// of any occurrence starts at an even offset. Each window, its ASCII
// letters folded by setting bit 5 (a false match costs only a compare),
// is looked up in a table of anchorSlots entries by a multiplicative
// hash with a multiplier chosen so that no two anchors share a slot: one
// load, one compare and a branch that is nearly never taken per two
// bytes. A window that hits is checked against its fragments exactly.
type anchorSet struct {
	mult  uint32
	keys  [anchorSlots]uint32 // a folded anchor, or 0 (no folded window is 0)
	cands [anchorSlots][]anchorCand
}

// anchorCand is a fragment whose anchor starts off bytes into it.
type anchorCand struct {
	frag string
	off  int
}

const (
	// anchorSlots is the table's size: a power of two far above the
	// anchors of the fragments (each fragment has two, a fragment in
	// capitals shares them with its lower-case spelling), and small
	// enough (8 KiB of keys) to stay in the first-level cache. The
	// chance that a multiplier gives k anchors a slot each is about
	// exp(-k²/2·anchorSlots): with the 135 anchors of
	// notVacancyFragments, one in 86 here, one in 7,300 in a table of
	// 1,024 slots, whose search at start-up cost every run of the
	// command some 20 million instructions, and it grows exponentially
	// with k.
	anchorSlots     = 2048
	anchorSlotShift = 32 - 11 // log2(anchorSlots) high bits of the product
	// maxAnchorTries bounds the search for a multiplier: a set with too
	// many anchors for the table panics at init instead of looping.
	maxAnchorTries = 1 << 20
	// minAnchoredFragment is the shortest fragment two overlapping
	// 4-byte anchors fit in.
	minAnchoredFragment = 5
	// anchorFold sets bit 5 of each byte of a window: ASCII capitals
	// become small letters, and no folded byte is 0.
	anchorFold = 0x20202020
)

func anchorWord(s string, i int) uint32 {
	_ = s[i+3]
	return (uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24) | anchorFold
}

// newAnchorSet builds the set of frags; it panics on a fragment shorter
// than minAnchoredFragment bytes, which the pass could miss, and on more
// anchors than the table can hold apart.
func newAnchorSet(frags []string) *anchorSet {
	type anchor struct {
		key uint32
		c   anchorCand
	}
	var all []anchor
	for _, f := range frags {
		if len(f) < minAnchoredFragment {
			panic("vocab: fragment too short for the anchor pass: " + f)
		}
		o := len(f) - minAnchoredFragment
		all = append(all, anchor{anchorWord(f, o), anchorCand{f, o}}, anchor{anchorWord(f, o+1), anchorCand{f, o + 1}})
	}
	// Multipliers from a fixed sequence of odd numbers (Knuth's golden
	// ratio constant, stepped): the first that gives each distinct key
	// a slot of its own.
	// A try fills one table of keys; the candidates are filled in once,
	// for the multiplier that is kept.
	s := &anchorSet{}
	m := uint32(0x9E3779B1)
	for try := 0; try < maxAnchorTries; try, m = try+1, m+0x3C6EF372 {
		s.mult, s.keys = m|1, [anchorSlots]uint32{}
		ok := true
		for _, a := range all {
			h := (a.key * s.mult) >> anchorSlotShift
			if s.keys[h] != 0 && s.keys[h] != a.key {
				ok = false
				break
			}
			s.keys[h] = a.key
		}
		if ok {
			for _, a := range all {
				h := (a.key * s.mult) >> anchorSlotShift
				s.cands[h] = append(s.cands[h], a.c)
			}
			return s
		}
	}
	panic("vocab: no multiplier gives the anchors of the fragments a slot each: raise anchorSlots")
}

// any reports whether text holds one of the set's fragments, in the
// case it is written in.
func (s *anchorSet) any(text string) bool {
	for i := 0; i+4 <= len(text); i += 2 {
		w := anchorWord(text, i)
		h := (w * s.mult) >> anchorSlotShift
		if s.keys[h&(anchorSlots-1)] != w {
			continue
		}
		for _, c := range s.cands[h&(anchorSlots-1)] {
			if st := i - c.off; st >= 0 && strings.HasPrefix(text[st:], c.frag) {
				return true
			}
		}
	}
	return false
}
