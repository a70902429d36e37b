package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
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
		{"Shopify", "Government of Canada", false},
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

// A board's badge after a symbol, and a sentence's stop after the
// acronym, are no part of the name; a name without them stays whole.
func TestWithoutBadge(t *testing.T) {
	for in, want := range map[string]string{
		"African Union Pan African Veterinary Vaccine Centre (AU-PANVAC)✓ Verified employer": "African Union Pan African Veterinary Vaccine Centre (AU-PANVAC)",
		"Agence Béninoise de Sécurité Sanitaire des Aliments (ABSSA).":                       "Agence Béninoise de Sécurité Sanitaire des Aliments (ABSSA)",
		"Banque de France":      "Banque de France",
		"Kelvio ★ 4.2":          "Kelvio ★ 4.2", // no body's word: a name of its own, left as is
		"Groupe Renault S.A.":   "Groupe Renault S.A.",
		"Nestlé ® Suisse (NS).": "Nestlé ® Suisse (NS).",
	} {
		assert.Equal(t, want, withoutBadge(in), in)
	}
}

func TestWithoutBadgeAfterRating(t *testing.T) {
	assert.Equal(t, "Groupe Savoie4.1 ★", withoutBadge("Groupe Savoie4.1 ★"))
}

// A letterhead's pair under its parent's names the body that employs; a
// pair that names the parent again in two more languages does not.
func TestLetterheadPairUnderParent(t *testing.T) {
	notice := func(head ...string) []stream.Block {
		var blocks []stream.Block
		for i, h := range head {
			blocks = append(blocks, stream.Block{Kind: stream.Heading, Level: 3, Text: h, Pos: p(i + 1)})
		}
		return append(blocks,
			stream.Block{Kind: stream.Heading, Level: 2, Text: "STAFF VACANCY 471452", Pos: p(10)},
			stream.Block{Kind: stream.Field, Label: "TITLE", Text: "Staff Officer (Capability Targets Review)", Pos: p(11)},
			stream.Block{Kind: stream.Field, Label: "GRADE", Text: "A-3", Pos: p(12)},
			stream.Block{Kind: stream.Field, Label: "Closing date", Text: "12 March 2041", Pos: p(13)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(14)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "Reviews the capability targets of the nations.", Pos: p(15)},
			stream.Block{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(16)},
			stream.Block{Kind: stream.ListItem, Marker: "•", Text: "A university degree in political science.", Pos: p(17)},
		)
	}
	v := mustExtract(t, notice("NORTH ATLANTIC TREATY ORGANIZATION", "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD",
		"INTERNATIONAL MILITARY STAFF", "ÉTAT-MAJOR MILITAIRE INTERNATIONAL"))
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "INTERNATIONAL MILITARY STAFF", *v.Organisation.EN)
	}
	v = mustExtract(t, notice("COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE CENTRALE", "ECONOMIC COMMUNITY OF CENTRAL AFRICAN STATES",
		"COMUNIDAD ECONÓMICA DE LOS ESTADOS DE ÁFRICA CENTRAL", "COMUNIDADE ECONÓMICA DOS ESTADOS DA ÁFRICA CENTRAL"))
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "ECONOMIC COMMUNITY OF CENTRAL AFRICAN STATES", *v.Organisation.EN)
	}
}

// A criterion's subject ("Knowledge of French is desirable") is no
// employer the document names most; a body's name in the same place is.
func TestCriterionSubjectIsNoEmployer(t *testing.T) {
	notice := func(sentence string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Paragraph, Text: "Economic Affairs Officer (Debt and Domestic Resources)", Pos: p(1)},
			{Kind: stream.Field, Label: "Grade", Text: "P-4", Pos: p(2)},
			{Kind: stream.Field, Label: "Duty station", Text: "New York", Pos: p(3)},
			{Kind: stream.Paragraph, Text: "Posting closes 01/08/2040", Pos: p(4)},
			{Kind: stream.Heading, Level: 3, Text: "Responsibilities", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "•", Text: "Drafts briefing notes on debt and domestic resources.", Pos: p(6)},
			{Kind: stream.Heading, Level: 3, Text: "Education", Pos: p(7)},
			{Kind: stream.Paragraph, Text: "An advanced university degree in economics or public finance is required.", Pos: p(8)},
			{Kind: stream.Heading, Level: 3, Text: "Languages", Pos: p(9)},
			{Kind: stream.Paragraph, Text: "For this position, fluency in English is required. " + sentence, Pos: p(10)},
		}
	}
	v := mustExtract(t, notice("Knowledge of French is desirable."))
	assert.Nil(t, v.Organisation.EN)
	v = mustExtract(t, notice("Kelvio Foundation staff work in English. Kelvio Foundation offers courses in French."))
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "Kelvio Foundation", *v.Organisation.EN)
	}
}

// A hierarchy written with slashes names the body first, with its
// acronym, over units; slashes between a name and its other language's
// name no hierarchy.
func TestTopUnitWithSlashes(t *testing.T) {
	assert.Equal(t, "International Military Staff (IMS)",
		topUnit("International Military Staff (IMS) / Cooperative Security Division / Partnership Programmes Branch"))
	assert.Equal(t, "", topUnit("World Trade Organization (WTO) / Organisation mondiale du commerce"))
	assert.Equal(t, "", topUnit("Cooperative Security Division (CSD) / Partnership Programmes Branch"))
}

// A prose's head word ("The Office reviews…") is named in full by the
// line under the title that writes the body before a dash and its unit;
// a title before a dash names no body.
func TestNamedInFullBeforeDash(t *testing.T) {
	notice := func(line string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Heading, Level: 1, Text: "Senior Procurement Review Officer", Pos: p(1)},
			{Kind: stream.Paragraph, Text: line, Pos: p(2)},
			{Kind: stream.Field, Label: "Closing date", Text: "14 November 2041", Pos: p(3)},
			{Kind: stream.Field, Label: "Grade", Text: "PG-05", Pos: p(3)},
			{Kind: stream.Heading, Level: 2, Text: "Work environment", Pos: p(4)},
			{Kind: stream.Paragraph, Text: "The Office reviews complaints from suppliers about the award and administration of federal contracts.", Pos: p(5)},
			{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(6)},
			{Kind: stream.ListItem, Marker: "•", Text: "Reviews the procurement practices of departments.", Pos: p(7)},
			{Kind: stream.Heading, Level: 2, Text: "Essential qualifications", Pos: p(8)},
			{Kind: stream.ListItem, Marker: "•", Text: "Experience in reviewing federal procurement files.", Pos: p(9)},
		}
	}
	v := mustExtract(t, notice("Office of the Procurement Ombud - Investigations and Procurement Practice Reviews"))
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "Office of the Procurement Ombud", *v.Organisation.EN)
	}
	v = mustExtract(t, notice("Gatineau (Québec) - Indeterminate, acting"))
	if assert.NotNil(t, v.Organisation.EN) {
		assert.Equal(t, "Office", *v.Organisation.EN) // no line names it in full
	}
}

// The notice's code or the employer's label run into the name is cut
// when the document writes the name without it; a label that is the
// name's own head word stays.
func TestWithoutLeadingTag(t *testing.T) {
	x := &extraction{voc: vocab.Default(), blocks: []stream.Block{
		{Kind: stream.Paragraph, Text: "FIL-HR-2042-03 International Luge Federation (FIL)", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "The International Luge Federation governs luge worldwide.", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "Employeur Musée royal de Mariemont", Pos: p(3)},
		{Kind: stream.Paragraph, Text: "Le Musée royal de Mariemont recrute.", Pos: p(4)},
		{Kind: stream.Paragraph, Text: "Société Ivoirienne de Raffinage", Pos: p(5)},
		{Kind: stream.Paragraph, Text: "La Société Ivoirienne de Raffinage recrute.", Pos: p(6)},
	}}
	for in, want := range map[string]string{
		"FIL-HR-2042-03 International Luge Federation (FIL)": "International Luge Federation (FIL)",
		"Employeur Musée royal de Mariemont":                 "Musée royal de Mariemont",
		"Société Ivoirienne de Raffinage":                    "Société Ivoirienne de Raffinage",
		"FIL-HR-2042-03 Kelvio Foundation":                   "FIL-HR-2042-03 Kelvio Foundation", // never written alone
	} {
		assert.Equal(t, want, x.withoutLeadingTag(in), in)
	}
}

// A site's word before a word is a name of two words when the document
// writes it whole elsewhere; a language link before a site's name, in
// its banner alone, is cut.
func TestTwoWordNameKeepsItsFirstWord(t *testing.T) {
	x := &extraction{voc: vocab.Default(), blocks: []stream.Block{
		{Kind: stream.Heading, Level: 3, Text: "ENGLISH HERITAGE · ROLE PROFILE", Pos: p(1)},
		{Kind: stream.Field, Label: "Organisation", Text: "English Heritage", Pos: p(2)},
		{Kind: stream.Paragraph, Text: "English Heritage is a registered charity.", Pos: p(3)},
	}}
	assert.Equal(t, "English Heritage", x.cleanEmployer("English Heritage"))
	x = &extraction{voc: vocab.Default(), blocks: []stream.Block{
		{Kind: stream.Paragraph, Text: "English Kelvio", Pos: p(1)},
		{Kind: stream.Paragraph, Text: "Kelvio builds solar farms.", Pos: p(2)},
	}}
	assert.Equal(t, "Kelvio", x.cleanEmployer("English Kelvio"))
}

// A rest after a dash that carries the acronym of the whole is a body of
// its own in the name; a unit that spells its own acronym, or a place,
// is not.
func TestAcronymNamesWhole(t *testing.T) {
	for _, c := range []struct {
		rest string
		want bool
	}{
		{"Inter-African Bureau for Animal Resources (AU-IBAR)", true},
		{"Bureau d'appui à la collaboration (STO CSO)", true},
		{"Helsinki Commission (HELCOM)", true},
		{"Canadian High Arctic Research Station (CHARS)", false},
		{"Station canadienne de recherche dans l'Extrême-Arctique (SCREA)", false},
		{"Emergency Measures Organization (EMO)", false},
		{"Section belge", false},
		{"Nairobi, Kenya (KE)", false},
	} {
		assert.Equal(t, c.want, acronymNamesWhole(c.rest), c.rest)
	}
	x := &extraction{voc: vocab.Default()}
	assert.Equal(t, "African Union – Inter-African Bureau for Animal Resources (AU-IBAR)",
		x.cleanEmployer("African Union – Inter-African Bureau for Animal Resources (AU-IBAR)"))
	assert.Equal(t, "Agence X", x.cleanEmployer("Agence X – Direction des services (DS)"))
}

// A letterhead's state is no employer; a canton's government is.
func TestStateIsNoEmployer(t *testing.T) {
	assert.False(t, plausibleEmployer("RÉPUBLIQUE DE CÔTE D'IVOIRE", ""))
	assert.False(t, plausibleEmployer("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE Ministère de la Santé", ""))
	assert.False(t, plausibleEmployer("Kingdom of Morocco", ""))
	assert.True(t, plausibleEmployer("République et Canton de Neuchâtel", ""))
	assert.True(t, plausibleEmployer("Agence de Gestion des Routes", ""))
}

// A unit run into a letterhead's name is cut; a name whose own words
// hold a unit's word after a joining word is not.
func TestWithoutRunInUnit(t *testing.T) {
	assert.Equal(t, "Centre hospitalo-universitaire Benbadis de Constantine",
		withoutRunInUnit("Centre hospitalo-universitaire Benbadis de Constantine Direction des ressources humaines"))
	assert.Equal(t, "Agence de Gestion des Routes", withoutRunInUnit("Agence de Gestion des Routes"))
	assert.Equal(t, "Canada Border Services Agency", withoutRunInUnit("Canada Border Services Agency"))
	assert.Equal(t, "NATO Force Integration Unit Latvia", withoutRunInUnit("NATO Force Integration Unit Latvia"))
}

// A body's word alone in the employer's field ("L'Office", "Groupe") is
// the name the document gives in full for it, or no name; a name of its
// own of one word stays.
func TestLoneBodyWordInField(t *testing.T) {
	for in, want := range map[string]string{"L'Office": "Office", "Groupe": "Groupe", "Federation": "Federation", "Division": "Division"} {
		got, ok := loneBodyWord(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"Kinaxis", "Office fédéral de la statistique", "IRAM", "Groupe (SNCF)"} {
		_, ok := loneBodyWord(in)
		assert.False(t, ok, in)
	}
	notice := func(org string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Paragraph, Text: "Office National des Hydrocarbures et des Mines (ONHYM)", Pos: p(1)},
			{Kind: stream.Heading, Level: 1, Text: "Poste : Ingénieur géologue (H/F)", Pos: p(2)},
			{Kind: stream.Field, Label: "Entreprise", Text: org, Pos: p(3)},
			{Kind: stream.Field, Label: "Date limite", Text: "12 mars 2041", Pos: p(4)},
			{Kind: stream.Heading, Level: 2, Text: "Missions", Pos: p(5)},
			{Kind: stream.ListItem, Marker: "•", Text: "Conduire les études géologiques des permis d'exploration.", Pos: p(6)},
			{Kind: stream.Heading, Level: 2, Text: "Profil recherché", Pos: p(7)},
			{Kind: stream.ListItem, Marker: "•", Text: "Diplôme d'ingénieur d'État en géologie.", Pos: p(8)},
			{Kind: stream.ListItem, Marker: "•", Text: "Expérience d'au moins trois ans en exploration pétrolière.", Pos: p(9)},
		}
	}
	for org, want := range map[string]string{
		"L'Office, établissement public à caractère industriel et commercial, conduit la recherche et la promotion des": "Office National des Hydrocarbures et des Mines (ONHYM)",
		"Sonatrach": "Sonatrach",
	} {
		v := mustExtract(t, notice(org))
		if assert.NotNil(t, v.Organisation.FR, org) {
			assert.Equal(t, want, *v.Organisation.FR, org)
		}
	}
}

// A name that ends one line of a form's cell and whose tail, with its
// acronym, the dump ran into the next field is whole where the document
// writes it whole; a complete name before the next field's own value
// stays as it is.
func TestWrappedNameWrittenWhole(t *testing.T) {
	notice := func(org, next string) []stream.Block {
		return []stream.Block{
			{Kind: stream.Paragraph, Text: "UITP – International Association of Public Transport", Pos: p(1)},
			{Kind: stream.Heading, Level: 1, Text: "Knowledge Manager", Pos: p(2)},
			{Kind: stream.Field, Label: "Organisation", Text: org, Pos: p(3)},
			{Kind: stream.Field, Label: "Duty station", Text: next, Pos: p(4)},
			{Kind: stream.Field, Label: "Closing date", Text: "12 March 2041", Pos: p(5)},
			{Kind: stream.Heading, Level: 2, Text: "Duties", Pos: p(6)},
			{Kind: stream.ListItem, Marker: "•", Text: "Runs the knowledge programme of the association.", Pos: p(7)},
			{Kind: stream.Heading, Level: 2, Text: "Requirements", Pos: p(8)},
			{Kind: stream.ListItem, Marker: "•", Text: "A university degree in transport economics.", Pos: p(9)},
		}
	}
	for _, c := range []struct{ org, next, want string }{
		{"International Association of Public", "Transport (UITP)", "International Association of Public Transport (UITP)"},
		{"International Association of Public Transport", "Brussels (BE)", "International Association of Public Transport"},
	} {
		v := mustExtract(t, notice(c.org, c.next))
		if assert.NotNil(t, v.Organisation.EN, c.org) {
			assert.Equal(t, c.want, *v.Organisation.EN, c.org)
		}
	}
}

// A unit whose name ends with a unit's word after the body's name and a
// dash is the board's tail; another body's name after the dash is not.
func TestBoardsTailEndsWithUnit(t *testing.T) {
	assert.True(t, isBoardsTail("Judicial and Registry Services Branch"))
	assert.False(t, isBoardsTail("Eurostat"))
	assert.False(t, isBoardsTail("Canadian High Arctic Research Station"))
}

// A postal code and a town run on after a body's name are no part of
// it; a figure inside a name that names no body before it stays.
func TestWithoutPostalTail(t *testing.T) {
	for in, want := range map[string]string{
		"VILLE DE FOUGÈRES 35300 Fougères": "VILLE DE FOUGÈRES",
		"Région Bretagne 35000 Rennes":     "Région Bretagne",
		"Ville de Fougères":                "Ville de Fougères",
		"Club 2000 Sports":                 "Club 2000 Sports",
		"Ville de Paris 75 Paris":          "Ville de Paris 75 Paris",
	} {
		assert.Equal(t, want, withoutPostalTail(in), in)
	}
}
