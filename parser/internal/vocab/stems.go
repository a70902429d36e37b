package vocab

// stemSet is a set of phrases looked for inside texts or keys, all at
// once: a text is read once, and a phrase compared only where the text
// holds its first two bytes. It stands for a loop of strings.Contains
// (or keyContains) over the phrases, which read a paragraph once for
// each of two dozen phrases.
type stemSet struct {
	byFirst [256][]string // the phrases of two bytes or more, by first byte
	// pairs has a bit for each pair of bytes that starts one of them.
	pairs [256][4]uint64
	// one marks the phrases of one byte, and empty a phrase "", which
	// every text holds.
	one   [256]bool
	empty bool
}

func newStemSet(stems []string) *stemSet {
	s := &stemSet{}
	for _, st := range stems {
		switch len(st) {
		case 0:
			s.empty = true
		case 1:
			s.one[st[0]] = true
		default:
			c, d := st[0], st[1]
			s.byFirst[c] = append(s.byFirst[c], st)
			s.pairs[c][d>>6] |= 1 << (d & 63)
		}
	}
	return s
}

// containsStem reports whether k holds one of the phrases of s.
func containsStem[S string | []byte](s *stemSet, k S) bool {
	if s.empty {
		return true
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if s.one[c] {
			return true
		}
		if i+1 == len(k) {
			break
		}
		if d := k[i+1]; s.pairs[c][d>>6]&(1<<(d&63)) == 0 {
			continue
		}
		for _, st := range s.byFirst[c] {
			if len(st) <= len(k)-i && string(k[i:i+len(st)]) == st {
				return true
			}
		}
	}
	return false
}
