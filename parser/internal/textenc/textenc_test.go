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

// utf16le is s in UTF-16LE with its BOM.
func utf16le(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestBytes(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		same           bool // the input itself comes back, not a copy
	}{
		{name: "plain UTF-8", in: "# Titre\n\nsécurité\n", want: "# Titre\n\nsécurité\n", same: true},
		{name: "empty", in: "", want: "", same: true},
		{name: "UTF-8 BOM", in: "\ufeff# T\n", want: "# T\n"},
		{name: "UTF-16LE BOM", in: string(utf16le("# T\nété\n")), want: "# T\nété\n"},
		{name: "CR line ends", in: "# T\r\rx\r", want: "# T\n\nx\n"},
		{name: "CRLF line ends", in: "# T\r\n\r\nx\r\n", want: "# T\n\nx\n"},
		{name: "Windows-1252", in: "s\xe9curit\xe9 \x80", want: "sécurité €"},
		// Composed by the readers' text cleaning, not here.
		{name: "decomposed accents", in: "se\u0301curite\u0301", want: "se\u0301curite\u0301", same: true},
		{name: "decomposed accents with a BOM", in: "\ufeffse\u0301curite\u0301", want: "sécurité"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := []byte(tc.in)
			got, err := Bytes(in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(got))
			if tc.same && len(in) > 0 {
				assert.Same(t, &in[0], &got[0], "a file that needs no decoding is not copied")
			}
		})
	}
	_, err := Bytes([]byte("abc\x00\xff\xfe"))
	assert.Error(t, err, "binary data")
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "**Grade:** A2\n", "**Grade:** A2\n"},
		{"UTF-16 cut in a code unit", string(utf16le("# T\n"))[:7], "# "},
		{"UTF-16 cut between code units", string(utf16le("# T\n"))[:8], "# T"},
		{"CR only", "# T\r**G:** x\r", "# T\n**G:** x\n"},
		{"binary stays as it is", "abc\x00\xff", "abc\x00\xff"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, string(Sniff([]byte(tc.in))))
		})
	}
}

// A social network's bold labels, set in styled letters, read as plain
// letters; other text is left as it is.
func TestDecodeStyledLetters(t *testing.T) {
	got, err := Decode([]byte("🔹 𝐄𝐦𝐩𝐥𝐨𝐲𝐞𝐮𝐫 : Université de Kankan\n𝐃𝐚𝐭𝐞 𝐥𝐢𝐦𝐢𝐭𝐞 : 𝟐𝟏 janvier 2039\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "🔹 Employeur : Université de Kankan\nDate limite : 21 janvier 2039\n"; got != want {
		t.Errorf("Decode = %q, want %q", got, want)
	}
	if isPlain([]byte("𝐄𝐦𝐩𝐥𝐨𝐢 : x")) {
		t.Error("a text with styled letters is plain")
	}
}
