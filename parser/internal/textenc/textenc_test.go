package textenc

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecode(t *testing.T) {
	latin1 := []byte("Emplacement principal : Belgique-Bruxelles, s\xe9curit\xe9")
	got, err := Decode(latin1)
	require.NoError(t, err)
	assert.Contains(t, got, "sécurité")

	utf16 := []byte{0xFF, 0xFE, 'G', 0, 'r', 0, 'a', 0, 'd', 0, 'e', 0}
	got, err = Decode(utf16)
	require.NoError(t, err)
	assert.Equal(t, "Grade", got)

	_, err = Decode([]byte("abc\x00\xff\xfe"))
	assert.Error(t, err)
}
