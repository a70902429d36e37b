package stream

import "testing"

func TestEmojiEnds(t *testing.T) {
	for in, want := range map[string]string{
		"📍 Lieu : Lomé":               "📍",
		"✔️ A master's degree":        "✔️",
		"👩🏽‍💻 Developer":              "👩🏽‍💻",
		"▪ A bullet the reader knows": "", // a bullet, not an emoji
		"Lieu : Lomé":                 "",
		"📍":                           "", // nothing after it
	} {
		if got := LeadingEmoji(in); got != want {
			t.Errorf("LeadingEmoji(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]int{
		"Temps plein 📄":    len(" 📄"),
		"What you'll do 👇": len(" 👇"),
		"Montréal🇨🇦":       0, // glued to a word
		"📄":                0, // all emoji
		"Temps plein":      0,
	} {
		if got := TrailingEmoji(in); got != want {
			t.Errorf("TrailingEmoji(%q) = %d, want %d", in, got, want)
		}
	}
}
