package paged

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// Run-in headings: LaTeX's \paragraph (pandoc's ####) and some Word
// styles set a heading at the start of the paragraph it introduces, on
// the same line: "2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent
// must:", "ACQUIS ESSENTIELS La/Le stagiaire doit :". Only known
// headings are split off, and only at the start of a paragraph; what
// marks where they end is, in that order:
//
//   - capitals: the headings are the start of the line's leading run of
//     words in capitals, and the word after them is not in lower case
//     (it opens a sentence, or is an acronym that does);
//   - a font: the bold run that opens an otherwise regular PDF line
//     (Line.LeadBold) is one or more known headings ("Essential: The
//     candidate must:", in bold then regular);
//   - a sentence, in a text without fonts: a known heading whole, then
//     a sentence of two words or more that starts with a capitalised word
//     and ends with its punctuation ("Acquis essentiels La/Le stagiaire
//     doit :"), the two parted by a space or by a spaced slash as boards
//     write them ("Profil souhaité / Master en urbanisme.").
//
// A line that is one known heading whole is a heading line, not a run-in
// one (isHeadingLine); one that is two or more ("QUALIFICATIONS AND
// EXPERIENCE ESSENTIAL") is split into them.

// runIn returns the run-in headings that open li and the byte offset in
// li.text where the rest of the line starts; ok is false when li opens
// with none.
func (a *assembler) runIn(prev, li *lineInfo) (heads []string, cut int, ok bool) {
	t := li.text
	if li.field != "" || t == "" {
		return nil, 0, false
	}
	// Nearly every line is rejected on its first word, before its words
	// are cut out.
	capsFirst, boldFirst := startsInCaps(t), li.LeadBold > 0 && li.LeadBold < len(t)
	// A heading followed by a sentence: the line ends as a sentence does.
	// So does a PDF's line in bold throughout, whose font tells nothing:
	// a heading that ends at its full stop, then a sentence ("Votre
	// profil. Vous possédez :").
	boldSentence := li.Size != 0 && li.Bold
	sentence := (li.Size == 0 || boldSentence) && !capsFirst && words.StartsUpper(t) && strings.ContainsRune(".!?:;", words.LastRune(t))
	if !capsFirst && !boldFirst && !sentence || !a.opensParagraph(prev, li) {
		return nil, 0, false
	}
	var buf [stream.MaxHeadingWords + 1][2]int
	spans := wordSpans(buf[:0], t, len(buf))
	caps := 0 // the leading words in capitals
	for caps < len(spans) && isCapsWord(t[spans[caps][0]:spans[caps][1]]) {
		caps++
	}
	bold := 0 // the words of a leading bold run
	if boldFirst {
		for bold < len(spans) && spans[bold][1] <= li.LeadBold {
			bold++
		}
	}
	if caps > 0 {
		// What follows the headings is a sentence (a word not in capitals
		// comes after them), or nothing: the headings fill the line. A
		// line in capitals throughout that only opens with a heading is a
		// longer heading, or one wrapped ("FONCTIONS ET RESPONSABILITÉS
		// PRINCIPALES", "EXIGENCES PARTICULIÈRES ET TÂCHES" /
		// "ADDITIONNELLES").
		heads, n := a.leadingHeadings(t, spans, caps, false)
		if len(heads) > 0 && (n < len(spans) && caps < len(spans) || n == len(spans) && len(heads) > 1) {
			return heads, restStart(t, spans, n), true
		}
	}
	if bold > 0 && !(prev != nil && prev.field != "" && strings.HasSuffix(strings.TrimSpace(t[:spans[bold-1][1]]), ":")) {
		// The font ends the run: the headings must fill it. (A bold
		// label and its colon on the row after a field's, a table of
		// fields going on, is the next field's label, "Exigences
		// linguistiques : Anglais essentiel", not a section's heading.)
		if heads, n := a.leadingHeadings(t, spans, bold, true); n == bold {
			return heads, restStart(t, spans, n), true
		}
	}
	if sentence {
		for n := min(len(spans)-2, stream.MaxHeadingWords); n >= 1; n-- {
			head := t[:spans[n-1][1]]
			rest := t[spans[n][0]:]
			// "Languages: Fluent English." is a label and its text:
			// the stages after the readers read those in every format.
			if strings.HasSuffix(head, ":") || boldSentence && !strings.HasSuffix(head, ".") {
				continue
			}
			if opensSentence(rest) && a.lex.WholeHeading(head) {
				return []string{head}, spans[n][0], true
			}
			// "Profil souhaité / Master en urbanisme…": a board that
			// parts each heading from its text by a spaced slash.
			if !boldSentence && t[spans[n][0]:spans[n][1]] == "/" && n+1 < len(spans) && opensSentence(t[spans[n+1][0]:]) && a.lex.WholeHeading(head) {
				return []string{head}, spans[n+1][0], true
			}
		}
	}
	return nil, 0, false
}

// leadingHeadings covers the first limit words of t with known headings,
// longest first, and returns them with the number of words they take.
// Between two headings, and after the last unless fill (the run ends
// there by its font), the next word must not be in lower case:
// "Essential" is no heading in "Essential functions".
func (a *assembler) leadingHeadings(t string, spans [][2]int, limit int, fill bool) (heads []string, n int) {
	for n < limit {
		found := false
		for m := limit - n; m >= 1; m-- {
			head := t[spans[n][0]:spans[n+m-1][1]]
			if _, ok := a.lex.Heading(head); !ok {
				continue
			}
			if next := n + m; next < len(spans) && !(fill && next == limit) && words.StartsLower(t[spans[next][0]:]) {
				continue
			}
			heads, n, found = append(heads, head), n+m, true
			break
		}
		if !found {
			break
		}
	}
	return heads, n
}

// opensParagraph reports whether li starts a paragraph rather than
// continuing the previous line's.
func (a *assembler) opensParagraph(prev, li *lineInfo) bool {
	if prev == nil || a.cur == nil || prev.endsSen {
		return true
	}
	if a.cur.Kind != stream.Paragraph && a.cur.Kind != stream.ListItem {
		return true
	}
	return a.breaksBefore(prev, li)
}

// addRunIn emits the run-in headings of li and then the rest of its line
// as a line of its own.
func (a *assembler) addRunIn(li *lineInfo, heads []string, cut int) {
	for _, h := range heads {
		a.start(stream.Block{Kind: stream.Heading, Level: 4, Text: h}, li)
		a.flush()
	}
	a.resetList()
	a.header = false // a known section heading: the header fields are over
	kind, _ := a.lex.Heading(heads[len(heads)-1])
	a.criteria = stream.IsCriteriaKind(kind)
	if cut >= len(li.text) {
		return
	}
	l := li.Line
	l.Text = li.text[cut:]
	l.LeadBold = max(0, li.LeadBold-cut)
	l.Gap, l.Break, l.Cell, l.CellX = 0, false, 0, 0
	rest := a.classify(l)
	a.addLine(&rest)
}

// wordSpans appends to spans the byte spans of the first max words of s
// (all of them when max < 0), words being separated by white space.
func wordSpans(spans [][2]int, s string, max int) [][2]int {
	start := -1
	for i := 0; i < len(s); {
		c, n := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRuneInString(s[i:])
		}
		if c == ' ' || c < utf8.RuneSelf && words.IsSpaceASCII(byte(c)) || c >= utf8.RuneSelf && unicode.IsSpace(c) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
				if len(spans) == max {
					return spans
				}
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	return spans
}

// restStart is the offset in t of word n, len(t) when there is none.
func restStart(t string, spans [][2]int, n int) int {
	if n < len(spans) {
		return spans[n][0]
	}
	if n == 0 {
		return 0
	}
	return len(t) - len(strings.TrimLeftFunc(t[spans[n-1][1]:], unicode.IsSpace))
}

// startsInCaps reports text whose first word is in capitals ("ESSENTIAL
// …"), or a section number followed by one ("2. QUALIFICATIONS …"); a
// bullet, a dash or a number before a word in small letters does not.
func startsInCaps(t string) bool {
	for range 2 {
		w, rest, _ := strings.Cut(t, " ")
		letter := strings.IndexFunc(w, unicode.IsLetter) >= 0
		switch {
		case letter:
			return isCapsWord(w)
		case w == "" || !unicode.IsDigit(rune(w[0])):
			return false
		}
		t = rest // a section number: the word after it
	}
	return false
}

// isCapsWord reports a word without small letters: a word in capitals, a
// section number ("2."), a slash or a dash.
func isCapsWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// opensSentence reports text that opens as a sentence: with a
// capitalised word ("The", "La/Le"), not an acronym ("NATO") nor a number.
func opensSentence(s string) bool {
	first, size := utf8.DecodeRuneInString(s)
	second, _ := utf8.DecodeRuneInString(s[size:])
	return unicode.IsUpper(first) && (unicode.IsLower(second) || second == '/')
}
