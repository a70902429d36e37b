package paged

import (
	"strings"
	"unicode/utf8"
)

// Plain-text markup that writers type by hand, reStructuredText's above
// all (a notice kept in a wiki or a docs repository and pasted as text):
//
//   - a title underlined (and perhaps overlined) with one character
//     repeated ("Requirements" over "~~~~~~~~~~~~") is a heading;
//   - a field list (":Grade: P2", a line each) is the notice's fields;
//   - a directive (".. note:: text") is its text, without the directive,
//     and the directive's options (":depth: 1" indented under it) are
//     dropped;
//   - an auto-numbered item ("#. text") is a list item.
//
// readHandMarkup rewrites those lines into the forms the rest of the
// reader knows: the adornment lines become rules (layout), the title
// line is marked underlined, fields read "Grade: P2", and "#." is a
// bullet.
func readHandMarkup(raws []rawLine) []rawLine {
	readWikiMarkup(raws)
	// A field list is known by its items' first forms, before any is
	// rewritten.
	var inList []bool
	for i := range raws {
		if _, _, ok := fieldListItem(raws[i].text); ok && raws[i].indent == 0 && fieldListAround(raws, i) {
			if inList == nil {
				inList = make([]bool, len(raws))
			}
			inList[i] = true
		}
	}
	for i := range raws {
		r := &raws[i]
		if r.text == "" && !r.rule {
			continue
		}
		if adorn, ok := adornment(r.raw); ok {
			// An underline: the line above is a title of no more runes
			// than the adornment, alone after a blank line or under an
			// overline of the same character.
			if i > 0 && titleAbove(raws, i, adorn) {
				raws[i-1].underlined = true
				r.text, r.rule = "", true
				if i > 1 {
					if over, ok := adornment(raws[i-2].raw); ok && over == adorn {
						raws[i-2].text, raws[i-2].rule = "", true
					}
				}
			}
			continue
		}
		if rest, ok := directive(r.text); ok {
			r.text = rest
			for j := i + 1; j < len(raws) && raws[j].indent > 0; j++ {
				if _, _, ok := fieldListItem(raws[j].text); !ok {
					break
				}
				raws[j].text = "" // the directive's options
			}
			continue
		}
		if inList != nil && inList[i] {
			label, value, _ := fieldListItem(r.text)
			r.text = label + ": " + value
			continue
		}
		if rest, ok := strings.CutPrefix(r.text, "#. "); ok {
			r.text = "• " + rest
		}
	}
	return raws
}

// adornment reports a line of one punctuation character repeated three
// times or more, the character.
func adornment(raw string) (byte, bool) {
	s := strings.TrimRight(raw, " ") // at the line's start: indented, a rule is a quote's or a table's
	if len(s) < minAdornment || !strings.ContainsRune(adornmentChars, rune(s[0])) {
		return 0, false
	}
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] {
			return 0, false
		}
	}
	return s[0], true
}

const (
	// adornmentChars are the characters reStructuredText (and Markdown's
	// setext headings, and hand-made plain text) underline titles with.
	adornmentChars = "=-~^\"'`#*+_:."
	// minAdornment is the shortest underline: two dashes are a dash.
	minAdornment = 3
	// maxTitleRunes bounds an underlined title: a longer line over a rule
	// is a paragraph over a separator.
	maxTitleRunes = 100
)

// titleAbove reports that the line above raws[i], an adornment of
// character adorn, is a title it underlines.
func titleAbove(raws []rawLine, i int, adorn byte) bool {
	t := raws[i-1]
	if t.text == "" || t.rule || t.indent > 0 {
		return false
	}
	n := utf8.RuneCountInString(t.text)
	if n > maxTitleRunes || n > len(strings.TrimRight(raws[i].raw, " ")) {
		return false
	}
	if i == 1 {
		return true
	}
	above := raws[i-2]
	if above.text == "" && !above.rule {
		return true
	}
	over, ok := adornment(above.raw)
	return ok && over == adorn
}

// directive returns the text of a directive's line (".. note:: text"),
// whose name is in small letters and hyphens.
func directive(s string) (rest string, ok bool) {
	s, ok = strings.CutPrefix(s, ".. ")
	if !ok {
		return "", false
	}
	name, rest, ok := strings.Cut(s, "::")
	if !ok || name == "" || strings.IndexFunc(name, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') }) >= 0 {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// fieldListItem splits ":Grade: P2" into its name and value.
func fieldListItem(s string) (name, value string, ok bool) {
	if len(s) < 3 || s[0] != ':' {
		return "", "", false
	}
	name, value, ok = strings.Cut(s[1:], ": ")
	if !ok || name == "" || len(name) > maxFieldNameBytes || strings.ContainsAny(name, ":`") || name[0] == ' ' {
		return "", "", false
	}
	return name, strings.TrimSpace(value), true
}

// maxFieldNameBytes bounds a field list's name ("Application deadline").
const maxFieldNameBytes = 40

// fieldListAround reports that the field list item raws[i] has another
// next to it, above or below, with no blank line between: a lone line
// opening with a colon may be an emoji code (":wave: Hello").
func fieldListAround(raws []rawLine, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(raws) && raws[j].indent == 0 {
			if _, _, ok := fieldListItem(raws[j].text); ok {
				return true
			}
		}
	}
	return false
}

// Confluence's and Jira's wiki markup (a notice kept in a wiki page or
// pasted into a ticket, then copied as text):
//
//   - "h2. What you'll do" is a heading;
//   - "# item" and "## item" are numbered items, "** item" a nested
//     bullet;
//   - "||Field||Details||" is a table's header row, and "|Job ID|EWB-2026-014|"
//     a row: two cells are a label and its value;
//   - "{panel:title=…}", "{panel}", "{quote}" mark blocks: the marks go.
//
// A text is read so only when MinWikiHeadings of its lines are such
// headings: "# " opens a Markdown heading, and "|" a pipe table, in
// other texts.
func readWikiMarkup(raws []rawLine) {
	n := 0
	for i := range raws {
		if _, ok := wikiHeading(raws[i].text); ok {
			if n++; n == MinWikiHeadings {
				break
			}
		}
	}
	if n < MinWikiHeadings {
		return
	}
	for i := range raws {
		r := &raws[i]
		t := r.text
		if t == "" {
			continue
		}
		if rest, ok := wikiHeading(t); ok {
			r.text, r.underlined = rest, true
			continue
		}
		for t != "" && t[0] == '{' {
			end := strings.IndexByte(t, '}')
			if end < 0 {
				break
			}
			t = strings.TrimSpace(t[end+1:]) // "{panel:title=Internal note}", "{panel}"
		}
		switch {
		case strings.HasPrefix(t, "||"):
			t = "" // the table's header row
		case len(t) > 2 && t[0] == '|' && t[len(t)-1] == '|':
			cells := strings.Split(t[1:len(t)-1], "|")
			for k := range cells {
				cells[k] = strings.TrimSpace(cells[k])
			}
			if len(cells) == 2 && cells[0] != "" && cells[1] != "" {
				t = cells[0] + ": " + cells[1]
			} else {
				t = strings.Join(cells, " | ")
			}
		default:
			if k := strings.IndexFunc(t, func(c rune) bool { return c != '#' && c != '*' }); k > 0 && k < len(t) && t[k] == ' ' {
				t = "• " + strings.TrimSpace(t[k:]) // "# item", "## item", "** item"
			}
		}
		r.text = t
	}
}

// MinWikiHeadings is how many "h2. "-style headings make a text wiki
// markup: the text reader reads it so, and format detection calls such a
// text no Markdown.
const MinWikiHeadings = 2

// wikiHeading returns the text of a wiki markup heading, "h2. What you'll
// do" → "What you'll do".
func wikiHeading(s string) (string, bool) {
	if !IsWikiHeading(s) {
		return "", false
	}
	rest := strings.TrimSpace(s[4:])
	return rest, rest != ""
}

// IsWikiHeading reports a line that opens as a heading of wiki markup
// does: "h1. " to "h6. " and a word.
func IsWikiHeading[T string | []byte](s T) bool {
	return len(s) > 4 && s[0] == 'h' && '1' <= s[1] && s[1] <= '6' && s[2] == '.' && s[3] == ' '
}
