package markup

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFootnoteMarks(t *testing.T) {
	src := "**Classement :** catégorie A2[^2]\n\nUn salaire de 3 200 euros[^net], et [^x] reste.\n\n[^2]: Grille du personnel.\n[^net]: Montant indicatif.\n"
	blocks, err := readMD(t, src)
	require.NoError(t, err)
	var got []string
	for _, b := range blocks {
		got = append(got, b.Label+"|"+b.Text)
	}
	assert.Equal(t, []string{
		"Classement|catégorie A2",
		"|Un salaire de 3 200 euros, et [^x] reste.",
		"|Grille du personnel. Montant indicatif.",
	}, got)
}
