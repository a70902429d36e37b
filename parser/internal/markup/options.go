// Package markup reads the markup formats, Markdown and HTML, into the
// section stream. The Markdown reader walks goldmark's CommonMark tree
// (with our GFM table transformer, mdtable.go); the HTML reader walks
// the tree of golang.org/x/net/html. Both flatten inline content into
// runs of text with a bold flag and line breaks and hand them to one
// stream builder (builder.go), which decides whether a paragraph line is
// a field, a run-in heading or plain text from its shape alone, so that
// the Markdown and HTML streams of one notice come out the same.
//
// The readers know their formats and nothing of vacancies: no label or
// heading vocabulary is consulted here.
package markup

// Options bound the work on one document. Zero fields take the default.
type Options struct {
	// MaxNesting bounds the nesting of blocks (lists, quotes,
	// elements): the tree walkers recurse, and a hostile document
	// nested thousands of levels deep must not exhaust the stack.
	MaxNesting int
}

// DefaultMaxNesting is deeper than any notice nests (three or four list
// levels) and shallow enough for the recursion.
const DefaultMaxNesting = 100
