package paged

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestReadEmoji(t *testing.T) {
	in := "🚀 NEW ROLE | Financial Controller\n\n📍 Location: Brussels\n💶 Salary: €75,000\n📄 CDI\n\nWhat you bring ✅\n✔️ A master's degree in finance\n   or economics;\n✔️ Fluent in English.\n\n▪ A bullet the reader knows\n▪ and another\n"
	assert.Equal(t, []string{
		"paragraph|||NEW ROLE | Financial Controller",
		"field||Location|Brussels",
		"field||Salary|€75,000",
		"field||📄|CDI", // the icon the tables know labels its fact
		"heading|||What you bring",
		"item|•||A master's degree in finance or economics;",
		"item|•||Fluent in English.",
		"item|▪||A bullet the reader knows",
		"item|▪||and another",
	}, textBlocks(t, in))
}
