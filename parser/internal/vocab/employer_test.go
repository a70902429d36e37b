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
		{"The Bureau of Weights and Measures (BIPM) invites applications.", nil}, // no employer's word
		{"Experience with Enterprise Resource Planning (ERP) systems.", []string{"Enterprise Resource Planning (ERP)"}},
		{"Knowledge of SQL (advanced) is required.", nil},
		{"A salary of EUR 5,000 (gross) per month.", nil},
		{"Unclosed (ABC", nil},
	} {
		assert.Equal(t, c.want, NamesWithAcronym(c.text), c.text)
	}
}

func TestDescribesPost(t *testing.T) {
	for h, want := range map[string]bool{
		"Job Description": true, "Votre rôle": true, "About the role": true, "Description du poste": true,
		"About us": false, "Overview": false, "Company description": false,
	} {
		assert.Equal(t, want, DescribesPost(h), h)
	}
}

func TestIsBoardFacet(t *testing.T) {
	for text, want := range map[string]bool{
		"Niveau d'études : Universitaire 1er cycle": true,
		"Années d'expérience : 3 à 5 ans":           true,
		"Years of experience: 5+":                   true,
		"Niveau d'études : un diplôme universitaire de premier cycle en génie, en informatique ou dans une discipline connexe": false,
		"Experience: three years in budgeting": false,
	} {
		assert.Equal(t, want, IsBoardFacet(text), text)
	}
}

func TestWithoutFurniturePrefix(t *testing.T) {
	for in, want := range map[string]string{
		"Skip to main content EDC": "EDC",
		"For further information on the organization, please visit Royal Canadian Mounted Police": "please visit Royal Canadian Mounted Police",
		"Royal Canadian Mounted Police": "Royal Canadian Mounted Police",
	} {
		assert.Equal(t, want, WithoutFurniturePrefix(in), in)
	}
}
