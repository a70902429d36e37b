package vocab

import (
	"strings"
	"testing"
	"time"
)

// TestIsTenureList: a line that only lists kinds of appointment is no
// title; a title, or one kind alone, is not such a list.
func TestIsTenureList(t *testing.T) {
	for in, want := range map[string]bool{
		"Durée indéterminée, Intérimaire, Affectation, Mutation, Détachement": true,
		"Indeterminate, Term, Acting, Assignment, Deployment, Secondment":     true,
		"Permanent, Temporary": true,
		"Acting":               false, // one kind alone
		"Officer, Deployment":  false,
		"Program Officer, Assignment and Deployment":    false,
		"Agente principale ou agent principal d'examen": false,
	} {
		if got := IsTenureList(in); got != want {
			t.Errorf("IsTenureList(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestAfterRecruitLead: the post a sentence announces after "recruter un"
// or "to recruit a", on its line or (rest "") on the next; a line without
// the words as words of their own has none.
func TestAfterRecruitLead(t *testing.T) {
	for _, c := range []struct {
		in, rest string
		ok       bool
	}{
		{"Le collège … se propose de procéder au recrutement d'un", "", true},
		{"Le collège … se propose de recruter un Fonctionnaire communal (m/f)", "Fonctionnaire communal (m/f)", true},
		{"La Commune de Beauraing recrute un·e Conseiller en urbanisme (H/F/X)", "Conseiller en urbanisme (H/F/X)", true},
		{"The Secretariat wishes to recruit a", "", true},
		{"Le service recrute des agents", "", false},
		{"Responsable du recrutement d'unités mobiles", "", false}, // "d'unités", no article
		{"Recruitment Officer", "", false},
	} {
		rest, ok := AfterRecruitLead(c.in)
		if rest != c.rest || ok != c.ok {
			t.Errorf("AfterRecruitLead(%q) = %q, %v, want %q, %v", c.in, rest, ok, c.rest, c.ok)
		}
	}
	// Linear: a hostile line of 100 KB full of the words.
	long := strings.Repeat("recruter un recrutement d'un ", 100_000/28)
	start := time.Now()
	AfterRecruitLead(long)
	if d := time.Since(start); d > time.Second {
		t.Errorf("AfterRecruitLead on 100 KB took %v", d)
	}
}

// TestConsultancyTitleLabel: a consultancy's terms of reference label
// its title "Title of consultancy"; the consultancy's period is no title.
func TestConsultancyTitleLabel(t *testing.T) {
	v := Default()
	for in, want := range map[string]string{"Title of consultancy": "title", "Intitulé de la consultance": "title"} {
		if f, _ := v.Label(in); f != want {
			t.Errorf("Label(%q) = %q, want %q", in, f, want)
		}
	}
	if f, _ := v.Label("Period of consultancy"); f == "title" {
		t.Errorf("Label(%q) = title", "Period of consultancy")
	}
}
