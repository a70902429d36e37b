package vocab

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeadsAbilities: a Canadian poster's head of abilities, in either
// language; not its head of personal suitability, nor a sentence.
func TestHeadsAbilities(t *testing.T) {
	for text, want := range map[string]bool{
		"Abilities:":                         true,
		"Capacités :":                        true,
		"ABILITIES":                          true,
		"Personal suitability:":              false,
		"Qualités personnelles :":            false,
		"Abilities and personal suitability": false,
		"Ability to communicate effectively": false,
	} {
		assert.Equal(t, want, HeadsAbilities(text), text)
	}
}
