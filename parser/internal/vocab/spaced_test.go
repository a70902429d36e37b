package vocab

import "testing"

func TestUnspaced(t *testing.T) {
	v := Default()
	for _, c := range []struct{ in, want string }{
		{"T E M P S D E T RAVA I L", "TEMPS DE TRAVAIL"},
		{"WO R KI N G HOU RS", "WORKING HOURS"},
		{"R É M U N É RAT I O N", "RÉMUNÉRATION"},
		{"S A L A RY", "SALARY"},
		{"E MP L OY ER", "EMPLOYER"},
		{"ENT RÉE EN FO N C TIO N", "ENTRÉE EN FONCTION"},
		{"C L O S I N G D AT E :", "CLOSING DATE:"},
		{"R EF EREN CE", "REFERENCE"},
		{"RY T H M E D E T R AVA I L", "RYTHME DE TRAVAIL"},
		{"C A N D I D AT U R E AVA N T L E", "CANDIDATURE AVANT LE"},
	} {
		got, ok := v.Unspaced(c.in)
		if !ok || got != c.want {
			t.Errorf("Unspaced(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	// A name is no label: its word breaks are not guessed.
	for _, in := range []string{"M O N N A I E D E PA R I S", "B A I L E ÁT H A C L I AT H", ""} {
		if got, ok := v.Unspaced(in); ok {
			t.Errorf("Unspaced(%q) = %q, want no label", in, got)
		}
	}
}
