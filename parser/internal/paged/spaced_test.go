package paged

import "testing"

// TestUnspaceLines: a line or a -layout cell of letter-spaced capitals
// that spells a known label reads as its words, padded to its cell's
// width; a name spelt so, prose in capitals and ordinary lines stay.
func TestUnspaceLines(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"E MP L OY ER", "EMPLOYER"},
		{"ENT RÉE EN FO N C TIO N", "ENTRÉE EN FONCTION"},
		{"C L O S I N G D AT E :", "CLOSING DATE:"},
		{"JOB ID      C O M PA N Y", "JOB ID      COMPANY"},
		{"R EF EREN CE     E MP L OY ER     L OCATIO N", "REFERENCE        EMPLOYER         LOCATION"},
		{"M O N N A I E D E PA R I S", "M O N N A I E D E PA R I S"},
		{"ET DE LA RECHERCHE", "ET DE LA RECHERCHE"},
		{"A new role in the team", "A new role in the team"},
		{"S a l a r y", "S a l a r y"},
	} {
		raws := unspaceLines(lex, []rawLine{{text: c.in, raw: c.in}})
		if got := raws[0].raw; trimBlankRight(got) != c.want {
			t.Errorf("unspaceLines(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(raws[0].raw) != len(c.in) && raws[0].raw != c.in {
			t.Errorf("unspaceLines(%q): raw %q changed width", c.in, raws[0].raw)
		}
	}
}

func TestIsSpacedCaps(t *testing.T) {
	for s, want := range map[string]bool{
		"A F F E C TAT I O N": true,
		"L OCATIO N":          true,
		"R EF EREN CE":        true,
		"D ' E N T R É E":     true,
		"ET DE LA RECHERCHE":  false, // no capital alone
		"DATE DE PRISE EN C":  false, // mostly words
		"S A":                 false, // too short
		"A B c":               false,
	} {
		if got := isSpacedCaps(s); got != want {
			t.Errorf("isSpacedCaps(%q) = %v, want %v", s, got, want)
		}
	}
}
