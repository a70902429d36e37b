package pdftext

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// TestDump prints the lines of the PDF named by $PDFTEXT_DUMP (debug aid).
func TestDump(t *testing.T) {
	name := os.Getenv("PDFTEXT_DUMP")
	if name == "" {
		t.Skip("set PDFTEXT_DUMP to a PDF file")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Extract(context.Background(), data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Pages {
		for i, l := range p.Lines {
			mark := " "
			if l.BlockStart {
				mark = "#"
			}
			b := ""
			if l.Bold {
				b = "B"
			} else if l.LeadBold > 0 {
				b = fmt.Sprintf("L%d", l.LeadBold)
			}
			fmt.Printf("p%d:%-3d %s c%d x%5.1f-%5.1f y%5.1f s%4.1f %-3s c%d@%.1f t%d@%.1f %s\n", p.Number, i+1, mark, l.Column, l.Box.X0, l.Box.X1, l.Baseline, l.Size, b, l.Cell, l.CellX, l.Tail, l.TailX, l.Text)
		}
	}
}
