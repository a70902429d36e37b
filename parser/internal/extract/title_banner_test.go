package extract

import (
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

// TestTitleUnderBannerLabel: a genre banner read as the label of the
// title it heads gives the title where no field labels one; a banner
// over a number, or a field of another kind, gives none.
func TestTitleUnderBannerLabel(t *testing.T) {
	field := func(label, text string, line int) stream.Block {
		return stream.Block{Kind: stream.Field, Label: label, Text: text, Pos: stream.Pos{Line: line}}
	}
	for _, c := range []struct {
		label, value, want string
	}{
		{"APPEL À CANDIDATURES", "Brigadier-chef du service des espaces verts (H/F/X)", "Brigadier-chef du service des espaces verts (H/F/X)"},
		{"FICHE DE POSTE", "Chargé de l'observatoire départemental de l'habitat (H/F)", "Chargé de l'observatoire départemental de l'habitat (H/F)"},
		{"AVIS DE RECRUTEMENT", "N° 003/CIMA/SG/2027", ""},
		{"Employeur", "Commune de Durbuy", ""},
	} {
		x := &extraction{voc: vocab.Default(), v: &schema.Vacancy{Source: schema.Source{Format: "text"}}}
		body := []stream.Block{field(c.label, c.value, 1), field("Lieu de travail", "Barvaux-sur-Ourthe", 2)}
		if got := x.findTitle(body, "", 0, false, "fr"); got.text != c.want {
			t.Errorf("%s: %q: got %q, want %q", c.label, c.value, got.text, c.want)
		}
	}
}
