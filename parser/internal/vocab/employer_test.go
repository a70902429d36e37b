package vocab

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNamesWithAcronym(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Fusion for Energy (F4E) is the Union's joint undertaking.", []string{"Fusion for Energy (F4E)"}},
		{"L'analyste rejoint le siège de l'Organisation mondiale de la santé animale (OMSA) à Paris.", []string{"Organisation mondiale de la santé animale (OMSA)"}},
		// The acronym of the name in the other language: the capitalised
		// run with an employer's word.
		{"The World Organisation for Animal Health (OIE) invites applications.", []string{"World Organisation for Animal Health (OIE)"}},
		{"The Section of Weights and Measures (BIPM) invites applications.", nil}, // no employer's word
		{"Experience with Enterprise Resource Planning (ERP) systems.", []string{"Enterprise Resource Planning (ERP)"}},
		{"Knowledge of SQL (advanced) is required.", nil},
		{"A salary of EUR 5,000 (gross) per month.", nil},
		{"Unclosed (ABC", nil},
		// A clause before the name ends at its comma.
		{"Founded in 1922 and based in Paris, the International Union of Railways (UIC) brings together railways.", []string{"International Union of Railways (UIC)"}},
	} {
		assert.Equal(t, c.want, NamesWithAcronym(c.text), c.text)
	}
}

func TestCutElision(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"l'Organisation", "Organisation", true},
		{"d’assurance-dépôts", "assurance-dépôts", true},
		{"aujourd'hui", "aujourd'hui", false},
		{"Organisation", "Organisation", false},
	} {
		got, ok := cutElision(c.in)
		assert.Equal(t, c.want, got, c.in)
		assert.Equal(t, c.ok, ok, c.in)
	}
}

// TestNameAfterWords: a column of values run together puts the post's
// title before the employer's name; a name that holds small words of its
// own, or words before it that name an employer, is left whole.
func TestNameAfterWords(t *testing.T) {
	for in, want := range map[string]string{
		"Enseignant-chercheur en hydrogéologie Université Abdou Moumouni de Niamey (UAM)": "Université Abdou Moumouni de Niamey (UAM)",
		"Assistant en géosciences et risques volcaniques Université des Comores":          "Université des Comores",
		"Université des Comores":                                    "",
		"Institut national de la santé et de la recherche médicale": "",
		"Ministère de l'Enseignement supérieur Université de Kara":  "",
		"Haute école spécialisée de Suisse occidentale":             "",
		"Chargé de mission au sein de la Direction des finances":    "",
	} {
		if got := NameAfterWords(in); got != want {
			t.Errorf("NameAfterWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHasUnitWord: a unit's word anywhere in a name.
func TestHasUnitWord(t *testing.T) {
	for in, want := range map[string]bool{
		"International Military Staff Operations and Planning Division": true,
		"Exercises and Training Branch (E&T)":                           true,
		"International Military Staff":                                  false,
	} {
		if got := HasUnitWord(in); got != want {
			t.Errorf("HasUnitWord(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestOpensOnQualifier: a name that lacks its head word opens with an
// adjective or an acronym before a joiner, and holds no head of its own.
func TestOpensOnQualifier(t *testing.T) {
	for in, want := range map[string]bool{
		"Nationale des Habitations à Bon Marché (SNHBM)": true,
		"OTAN de soutien et d'acquisition (NSPA)":        true,
		"International Rescue Committee":                 false,
		"Nationale des Autoroutes du Maroc":              true,
		"Tunisienne de Banque":                           false, // a head of its own
		"Nordlicht Data":                                 false,
		"NATO Support and Procurement Agency":            false,
		"Nationale":                                      false,
	} {
		if got := OpensOnQualifier(in); got != want {
			t.Errorf("OpensOnQualifier(%q) = %v, want %v", in, got, want)
		}
	}
}
