package paged

import (
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/stream"
)

// TestHeadingsAfterSidebar: the headings at the foot of a page's text,
// read before a sidebar beside it, go after the sidebar, to head the
// next page's text; beside a second column of text that runs down to
// the page's foot, a heading stays where it is.
func TestHeadingsAfterSidebar(t *testing.T) {
	blk := func(kind stream.Kind, text string, page int, x0, y0, x1, y1 float64) stream.Block {
		return stream.Block{Kind: kind, Text: text, Pos: stream.Pos{Page: page}, Box: &stream.Box{X0: x0, Y0: y0, X1: x1, Y1: y1}}
	}
	texts := func(bs []stream.Block) string {
		var s []string
		for _, b := range bs {
			s = append(s, b.Text)
		}
		return strings.Join(s, " | ")
	}
	sidebar := []stream.Block{
		blk(stream.ListItem, "Supervise junior staff and consultants of the Unit.", 1, 64, 79, 400, 90),
		blk(stream.Heading, "Qualifications and Experience", 1, 45, 56, 220, 67),
		blk(stream.Heading, "Essential", 1, 45, 34, 95, 45),
		blk(stream.Paragraph, "Apply for This Job", 1, 455, 694, 540, 704),
		blk(stream.Paragraph, "Department Economic Development", 1, 445, 656, 540, 674),
		blk(stream.Paragraph, "Location Brussels, Belgium", 1, 445, 548, 540, 569),
		blk(stream.ListItem, "An advanced university degree in economics.", 2, 64, 740, 500, 763),
	}
	headingsAfterSidebar(sidebar)
	want := "Supervise junior staff and consultants of the Unit. | Apply for This Job | Department Economic Development | Location Brussels, Belgium | Qualifications and Experience | Essential | An advanced university degree in economics."
	if got := texts(sidebar); got != want {
		t.Errorf("sidebar:\n got %s\nwant %s", got, want)
	}
	// the right column of a page of two columns runs to the page's foot
	columns := []stream.Block{
		blk(stream.Paragraph, "That way, the Division also contributes to policy creation.", 1, 50, 80, 290, 140),
		blk(stream.Heading, "Coordinating NATO's strategic communications activities.", 1, 50, 40, 290, 70),
		blk(stream.Paragraph, "Last but not least, the Division also acts as lead coordinator", 1, 320, 30, 560, 740),
		blk(stream.Paragraph, "belonging to the NATO structure.", 2, 50, 700, 290, 740),
	}
	before := texts(columns)
	headingsAfterSidebar(columns)
	if got := texts(columns); got != before {
		t.Errorf("a page of two columns reordered:\n got %s\nwant %s", got, before)
	}
	// a sidebar on the last page: nothing follows to head
	last := append([]stream.Block(nil), sidebar[:6]...)
	last = append(last[:1], last[2:]...) // one heading, the sidebar, and no page after
	before = texts(last)
	headingsAfterSidebar(last)
	if got := texts(last); got != before {
		t.Errorf("the last page reordered:\n got %s\nwant %s", got, before)
	}
}
