// Package stream defines the section stream: what every reader of a
// vacancy notice yields and every later stage reads. A stream is an
// ordered list of blocks (headings, header fields, paragraphs and list
// items), each with the place in the source it came from.
//
// The package also holds the one grammar of list markers ("1.", "a)",
// "(iv)", "•") that readers and later stages share.
package stream

import (
	"fmt"
	"strings"
)

// Kind is the kind of a block of the section stream.
type Kind int

// The kinds of block.
const (
	Paragraph Kind = iota
	Heading
	Field
	ListItem
)

var kindNames = [...]string{Paragraph: "paragraph", Heading: "heading", Field: "field", ListItem: "item"}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Pos is where a block starts in its source. Page is 1-based for paged
// formats (PDF, text with form feeds) and 0 otherwise; Line is 1-based
// (for PDF, the line number within the page).
type Pos struct {
	Page int
	Line int
}

func (p Pos) String() string {
	if p.Page > 0 {
		return fmt.Sprintf("p%d:%d", p.Page, p.Line)
	}
	return fmt.Sprintf("%d", p.Line)
}

// Box is a rectangle in PDF user space: points, origin at the bottom
// left of the page, the page rotated upright.
type Box struct {
	X0, Y0, X1, Y1 float64
}

// Block is one element of the section stream.
type Block struct {
	Kind  Kind
	Level int    // heading level, 1 (largest) to 6; 0 when unknown
	Label string // field label as written, without the colon
	// Text is the heading text, the field value, the paragraph or the list
	// item (marker removed), whitespace collapsed and wrapped lines joined.
	Text   string
	Marker string // list item marker as written: "1.", "a)", "a.", "•", "-"
	Depth  int    // list nesting, 0 for an outer list
	Pos    Pos
	Box    *Box // PDF only: the block's extent on its page
	// CleanText is a text the reader made words.Clean and gave the block
	// as its Text: while Text is still that text (as a string compares,
	// which takes no reading of the bytes when both are the same string),
	// the extractor need not clean it again. A block built or changed by
	// hand is cleaned as before; "" vouches for no text but "".
	CleanText string
}

// String renders a block as one line of `vacancy text` output.
func (b Block) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-8s %-9s ", b.Pos, b.Kind)
	switch b.Kind {
	case Heading:
		fmt.Fprintf(&sb, "h%d %s", b.Level, b.Text)
	case Field:
		fmt.Fprintf(&sb, "%s: %s", b.Label, b.Text)
	case ListItem:
		fmt.Fprintf(&sb, "%s%s %s", strings.Repeat("  ", b.Depth), b.Marker, b.Text)
	default:
		sb.WriteString(b.Text)
	}
	return sb.String()
}

// Document is what a reader returns: the section stream of one file.
type Document struct {
	Format string // "pdf", "text", "markdown" or "html"
	Pages  int    // PDF and paged text only
	// Date is the date the file says it was created or published, as an
	// ISO 8601 date ("2025-06-01"): a PDF's /CreationDate or XMP
	// xmp:CreateDate, an HTML page's <meta name="date"> or
	// article:published_time, a Markdown file's front matter "date:".
	// "" when the file says none (plain text never does).
	Date   string
	Blocks []Block
	// PageSizes is the size of each page of a PDF, upright, in the
	// points of its blocks' boxes (whose origin is its bottom left).
	PageSizes []PageSize
}

// PageSize is the width and height of a page in points.
type PageSize struct{ Width, Height float64 }

// blockCost is the size of a Block (unsafe.Sizeof), rounded up for the
// allocator's size classes.
const blockCost = 112

// Cost estimates the memory blocks hold, for the parse's memory budget:
// the blocks and their strings (which may share bytes with the input;
// counted as if they did not).
func Cost(blocks []Block) int64 {
	n := int64(len(blocks)) * blockCost
	for i := range blocks {
		b := &blocks[i]
		n += int64(len(b.Label) + len(b.Text) + len(b.Marker))
		if b.Box != nil {
			n += 32
		}
	}
	return n
}

// minColumnGap is the run of spaces after a label's colon that sets its
// value in a column: a sentence's colon takes one.
const minColumnGap = 3

// AlignedAfterColon reports a line whose first colon is followed by a
// column's gap or a tab: a form's row, "Établissement :      Athénée
// royal…", its label and its value, whatever words the label holds.
func AlignedAfterColon(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return false
	}
	rest := s[i+1:]
	if strings.HasPrefix(rest, "\t") {
		return true
	}
	return len(rest) > minColumnGap && strings.TrimLeft(rest[:minColumnGap], " ") == ""
}

// PipeSep parts the facts of a site's row: "Location Zurich | Workload
// 80–100% | Application deadline 21 June 2026".
const PipeSep = " | "

// minPipeRowSeps is how many PipeSep make a line a row of facts: prose
// and titles hold one at most ("Analyst | Bank").
const minPipeRowSeps = 2

// IsPipeRow reports a line of facts parted by pipes.
func IsPipeRow(t string) bool {
	return strings.Count(t, PipeSep) >= minPipeRowSeps
}

// IsTrail reports a site's breadcrumb trail: pages parted by arrows
// ("Canada.ca > Jobs > Job opportunities"), minTrailSeps of them at
// least; a sentence or a title holds one at most ("Lyon > Paris").
// Guillemets that close what « and ‹ open are quotation marks.
func IsTrail(t string) bool {
	n := strings.Count(t, " > ")
	if !strings.Contains(t, "‹") {
		n += strings.Count(t, " › ")
	}
	if !strings.Contains(t, "«") {
		n += strings.Count(t, " » ")
	}
	if n < minTrailSeps {
		return false
	}
	// every crumb is a page's short name: a sentence that names a menu's
	// path ("go to Careers > Vacancies > Apply and …") is no trail
	for _, c := range strings.FieldsFunc(t, func(r rune) bool { return r == '>' || r == '›' || r == '»' }) {
		c = strings.TrimSpace(c)
		if strings.ContainsAny(c, ",;:!?") || strings.Contains(c, ". ") || len(strings.Fields(c)) > maxCrumbWords {
			return false
		}
	}
	return true
}

// maxCrumbWords bounds a crumb of a trail: "Job opportunities".
const maxCrumbWords = 6

// minTrailSeps is how many arrows make a line a breadcrumb trail.
const minTrailSeps = 2
