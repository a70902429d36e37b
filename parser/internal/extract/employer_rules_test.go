package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vacancy-tools/vacancy/parser/stream"
)

// A second employer's field that names the body wins over a first that
// names a unit or a board's word; a first that names a body stays.
func TestNamesBodyOverPart(t *testing.T) {
	for _, c := range []struct {
		first, second string
		want          bool
	}{
		{"Marine Environment Division", "International Maritime Organization", true},
		{"Industry", "NATO-ICI Regional Centre", true},
		{"Bureau régional du Nunavut", "Agence canadienne de développement économique du Nord", true},
		{"International Maritime Organization", "Marine Environment Division", false},
		{"World Health Organization", "International Agency for Research on Cancer", false},
		{"Kinaxis", "Kinaxis Foundation", true},
		{"UNICEF", "United Nations Children's Fund", false},
	} {
		assert.Equal(t, c.want, namesBodyOverPart(c.first, c.second), c.first+" / "+c.second)
	}
	blocks := []stream.Block{
		{Kind: stream.Heading, Level: 1, Text: "Technical Officer (Ship Energy Efficiency)", Pos: p(1)},
		{Kind: stream.Field, Label: "Organization", Text: "Marine Environment Division", Pos: p(2)},
		{Kind: stream.Field, Label: "Schedule", Text: "Full-time", Pos: p(3)},
		{Kind: stream.Field, Label: "Organization", Text: "International Maritime Organization", Pos: p(4)},
		{Kind: stream.Field, Label: "Closing date", Text: "12 March 2041", Pos: p(5)},
		{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(6)},
		{Kind: stream.ListItem, Marker: "•", Text: "Supports the committees on the energy efficiency of ships.", Pos: p(7)},
		{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(8)},
		{Kind: stream.ListItem, Marker: "•", Text: "An advanced university degree in naval architecture.", Pos: p(9)},
	}
	v := mustExtract(t, blocks)
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "International Maritime Organization", *v.Organisation.EN)
	}
}
