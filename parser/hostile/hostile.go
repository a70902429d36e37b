// Package hostile makes hostile inputs for tests and fuzz seeds: small
// files that make a careless reader take gigabytes or its whole time
// budget (quadratic column detection, goldmark's slow paths, inputs of a
// million lines, PDFs whose fonts share one huge CMap, forms that draw
// themselves, flate bombs). The parser's own tests and the command's
// measure time and peak memory on them; a program built on package
// parser can do the same. The files are generated, never committed: a
// test asks for the bytes and writes them where it needs them.
// The PDF cases are in pdf.go.
package hostile

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

// Case is one hostile input.
type Case struct {
	Name string // a file name, whose extension is the format hint
	// Heavy marks the inputs of tens of megabytes, which the tests leave
	// to VACANCY_HOSTILE=1; Quick the few that every test run reads.
	Heavy, Quick bool
	Make         func() []byte
}

// notice is the opening of a text notice: enough header fields that a
// reader's output reaches extraction.
const notice = `VACANCY NOTIFICATION
NATO Internship - Public Diplomacy Division (PDD) (250715)
Primary Location: Belgium-Brussels
NATO Body: NATO International Staff (NATO IS)
Schedule: Full-time
Application Deadline: 22-Jun-2025
Salary (Pay Basis): 1,286.09Euro (EUR) Monthly
Grade: INTERN
Clearance Level: NS
`

// textPage is eight lines of ordinary text, so that column detection
// looks at the page.
var textPage = strings.Repeat("The candidate must be a national of a NATO member state.\n", 8)

func repeat(s string, n int) func() []byte {
	return func() []byte { return bytes.Repeat([]byte(s), n) }
}

func concat(parts ...func() []byte) func() []byte {
	return func() []byte {
		var b []byte
		for _, p := range parts {
			b = append(b, p()...)
		}
		return b
	}
}

func lit(s string) func() []byte { return func() []byte { return []byte(s) } }

// Cases lists the hostile inputs of every reader.
func Cases() []Case {
	return append([]Case{
		// Plain text: column detection scanned a line for every
		// candidate gutter.
		{Name: "tabs-20000.txt", Quick: true, Make: concat(lit(notice+textPage+"a"), repeat("\t", 20_000), lit("b\n"))},
		{Name: "spaces-100000.txt", Quick: true, Make: concat(lit(notice+textPage+"a"), repeat(" ", 100_000), lit("b\n"))},
		{Name: "spaced-lines.txt", Make: concat(lit(notice), repeat("a"+strings.Repeat(" ", 2000)+"b\n", 400))},
		// Hyphen joining over 400,000 line ends.
		{Name: "hyphens-400000.txt", Make: concat(lit(notice), repeat("organi-\n", 400_000))},
		{Name: "hyphen-words-200000.txt", Make: concat(lit(notice), hyphenWords(200_000))},
		// A million short lines, a million blank ones.
		{Name: "lines-1000000.txt", Make: concat(lit(notice), repeat("a\n", 1_000_000))},
		{Name: "blank-lines-1000000.txt", Make: concat(lit(notice), repeat("\n", 1_000_000))},
		{Name: "formfeeds-200000.txt", Make: concat(lit(notice), repeat("a\f\n", 200_000))},
		{Name: "markers-200000.txt", Make: concat(lit(notice), repeat("1.\n", 100_000), repeat("text of the item\n", 100_000))},
		{Name: "labels-100000.txt", Make: concat(lit(notice), repeat("Grade\nSchedule\n", 50_000), repeat("value\n", 100_000))},

		// Tables drawn with characters (issue 12): a grid table's row of
		// 200,000 lines, a simple table of as many rows, a grid of lines
		// of 400 KB; page furniture on every other line.
		{Name: "grid-row-200000.txt", Make: concat(lit(notice+"\n+-----+-----+\n"), repeat("| a   | b   |\n", 200_000), lit("+-----+-----+\n"))},
		{Name: "simple-rows-200000.txt", Make: concat(lit(notice+"\nLabel    Value\n-----    -----\n"), repeat("a        b\n", 200_000))},
		{Name: "grid-wide.txt", Make: wideGrid(notice + "\n")},
		{Name: "markings-100000.txt", Make: concat(lit(notice), repeat("NATO UNCLASSIFIED\n\nThe candidate must be a national.\n\n", 100_000))},
		// A section of criteria of 100,000 lines, each a criterion in
		// capitals without a sentence's end, after a bracket left open:
		// the assembler asks of each whether it ends its item.
		// A field whose value is a description run on by commas: the
		// employer is looked for after each comma of its first sentence.
		{Name: "appositive-commas-200000.txt", Quick: true, Make: concat(lit("Chargé de mission (H/F)\n\nLieu : Lyon\nEntreprise : premier opérateur"), repeat(", un", 200_000),
			lit(" fin\n\nMissions\n- Rédiger les contenus du site.\n- Animer les réseaux.\n- Organiser les événements.\n"))},
		{Name: "criteria-lines-100000.txt", Quick: true, Make: concat(lit(notice+"\nQualifications\n"), repeat("Knowledge of the regional standards (and\n", 1), repeat("Burkinabe taxation law and regional fiscal rules\n", 100_000))},

		// Markdown: goldmark's delimiter and bracket stacks, reference
		// definitions, an unterminated fence.
		{Name: "brackets-400000.md", Make: concat(lit("# Notice\n\n"), repeat("[", 400_000))},
		{Name: "links-100000.md", Quick: true, Make: concat(lit("# Notice\n\n"), repeat("[a](", 100_000))},
		{Name: "images-200000.md", Make: concat(lit("# Notice\n\n"), repeat("![", 200_000))},
		{Name: "emphasis-200000.md", Make: concat(lit("# Notice\n\n"), repeat("*a ", 200_000))},
		{Name: "underscores-200000.md", Make: concat(lit("# Notice\n\n"), repeat("_a ", 200_000))},
		{Name: "backticks-200000.md", Make: concat(lit("# Notice\n\n"), repeat("`a ``", 100_000))},
		{Name: "refdefs-100000.md", Quick: true, Make: concat(lit("# Notice\n\n"), refDefs(100_000))},
		{Name: "fence-1000000.md", Quick: true, Make: concat(lit("# Notice\n\n```\n"), repeat("x\n", 1_000_000))},
		{Name: "lines-1000000.md", Make: concat(lit("# Notice\n\n"), repeat("a\n", 1_000_000))},
		{Name: "items-200000.md", Make: concat(lit("# Notice\n\n"), repeat("- a\n", 200_000))},
		{Name: "html-inline-200000.md", Make: concat(lit("# Notice\n\n"), repeat("<b>", 200_000))},
		{Name: "table-rows-100000.md", Make: concat(lit("# Notice\n\n| a | b |\n|---|---|\n"), repeat("| a | b |\n", 100_000))},
		{Name: "grid-wide.md", Make: wideGrid("# Notice\n\n")},

		// HTML: a million line breaks, deep inline nesting, many cells.
		{Name: "br-1000000.html", Quick: true, Make: concat(lit("<html><body><p>"), repeat("<br>", 1_000_000))},
		{Name: "spans-100000.html", Make: concat(lit("<html><body><p>"), repeat("<span>a", 100_000))},
		{Name: "cells-100000.html", Make: concat(lit("<html><body><table>"), repeat("<tr><td>a<td>b", 100_000))},
		{Name: "text-lines-1000000.html", Make: concat(lit("<html><body><pre>"), repeat("a\n", 1_000_000))},

		// Large inputs under the default size limit.
		{Name: "notice-60MB.txt", Heavy: true, Make: bigNotice(60 << 20)},
		{Name: "words-60MB.txt", Heavy: true, Make: concat(lit(notice), repeat("word ", 12<<20))},
	}, pdfCases()...)
}

// wideGrid is a grid table after head, of one cell twenty lines of
// 400 KB high: a table reader keeps a column index per character of the
// lines of a row.
func wideGrid(head string) func() []byte {
	const width = 400_000
	border := "+" + strings.Repeat("-", width) + "+\n"
	return concat(lit(head+border), repeat("| "+strings.Repeat("a", width-2)+"|\n", 20), lit(border))
}

// hyphenWords is n words hyphenated at line ends, each different, so
// that the document's own dictionary grows with them.
func hyphenWords(n int) func() []byte {
	return func() []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "w%dx-\nyz%d\n", i, i)
		}
		return b.Bytes()
	}
}

func refDefs(n int) func() []byte {
	return func() []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "[r%d]: /u%d\n", i, i)
		}
		return b.Bytes()
	}
}

// bigNotice is the text notice's header followed by paragraphs of
// ordinary text up to size bytes.
func bigNotice(size int) func() []byte {
	return func() []byte {
		para := "The candidate will support the team in the preparation of briefings, " +
			"reports and presentations, and in the organisation of events.\n\n"
		b := make([]byte, 0, size)
		b = append(b, notice...)
		b = append(b, "\nDescription\n\n"...)
		for len(b)+len(para) < size {
			b = append(b, para...)
		}
		return b
	}
}

// SlowPDF is a PDF of pages pages whose content streams draw ops line
// segments each, after a line of text: a small file (a few KB a page)
// whose text layer takes a second or more to read, checking its context
// as it goes. The export tests use it for a file that runs past its time
// budget.
func SlowPDF(pages, ops int) []byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write([]byte("BT /F1 10 Tf 72 720 Td (A page of drawings) Tj ET\n"))
	w.Write(bytes.Repeat([]byte("1 2 m 3 4 l S\n"), ops))
	w.Close()
	var b bytes.Buffer
	var offsets []int
	obj := func(body string, stream []byte) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s", len(offsets), body)
		if stream != nil {
			b.WriteString("\nstream\n")
			b.Write(stream)
			b.WriteString("\nendstream")
		}
		b.WriteString("\nendobj\n")
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	kids := ""
	for i := range pages {
		kids += fmt.Sprintf("%d 0 R ", 4+i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>", nil)
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, pages), nil)
	obj(fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>", z.Len()), z.Bytes()) // one stream, shared
	for range pages {
		obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 3 0 R >>", nil)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// Write writes the quick cases, or all of them (heavy ones too) when
// all, into dir and returns their paths.
func Write(dir string, all bool) ([]string, error) {
	var paths []string
	for _, c := range Cases() {
		if !all && !c.Quick {
			continue
		}
		p := filepath.Join(dir, c.Name)
		if err := os.WriteFile(p, c.Make(), 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// AllocCost is how long this machine takes now to make a buffer of n
// bytes from memory given back to the system, and touch each of its
// pages: the longest of three tries. A reader cannot stop in the middle
// of one allocation, and the runtime clears memory it used before, so
// a time-out that comes while a reader makes its largest buffer is late
// by about this much. It is the machine's cost: a few milliseconds for
// 32 MB on bare metal; 100 to 200 ms on a virtual machine whose host
// takes freed pages back. Tests of time-outs add it to their margin for
// inputs that make a buffer of n bytes.
func AllocCost(n int) time.Duration {
	var worst time.Duration
	for range 3 {
		debug.FreeOSMemory()
		start := time.Now()
		b := make([]byte, n)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		if d := time.Since(start); d > worst {
			worst = d
		}
		runtime.KeepAlive(b)
	}
	return worst
}
