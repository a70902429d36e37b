package schema

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// factLabels are the labels of the header facts at the head of a
// JobPosting's description, per language.
var factLabels = map[string][]string{
	"en": {"Reference", "Organisation", "Location", "Schedule", "Grade", "Salary", "Security clearance", "Application deadline"},
	"fr": {"Référence", "Organisation", "Lieu d'affectation", "Horaire", "Grade", "Salaire", "Habilitation de sécurité", "Date limite de candidature"},
}

// escapeHTML escapes text for HTML element content: &, < and >
// (quotes need no escaping outside attributes).
var escapeHTML = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// colon ends a label: French sets a (no-break) space before it.
var colon = map[string]string{"en": ":", "fr": "\u00a0:"}

// descriptionHTML renders one language half of a vacancy as HTML, the
// form Google reads JobPosting.description in: the header facts the
// notice states (reference, organisation, location, schedule, grade,
// salary, clearance and deadline, as written) as a list, then every
// section in order, its heading as <h2>, its paragraphs as <p>, its
// sub-headings as <h3> and its list items as nested <ul> (an ordered
// item keeps its marker: the notices refer to their criteria by
// number). Every text is escaped; the only markup is ours.
func descriptionHTML(v *Vacancy, lang string) string {
	var b strings.Builder
	get := func(t Text) string {
		if s := t.Get(lang); s != nil {
			return *s
		}
		return ""
	}
	str := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	salary := ""
	if v.Salary != nil {
		salary = get(v.Salary.AsWritten)
	}
	deadline := get(v.DeadlineAsWritten)
	if deadline == "" {
		deadline = str(v.Deadline)
	}
	facts := []string{v.Reference, get(v.Organisation), get(v.Location), get(v.Schedule), str(v.Grade), salary, str(v.Clearance), deadline}
	labels := factLabels[lang]
	open := false
	for i, f := range facts {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		if !open {
			b.WriteString("<ul>")
			open = true
		}
		b.WriteString("<li><strong>" + escapeHTML(labels[i]) + colon[lang] + "</strong> " + escapeHTML(f) + "</li>")
	}
	if open {
		b.WriteString("</ul>")
	}
	for _, s := range v.Sections.Get(lang) {
		if h := strings.TrimSpace(s.Heading); h != "" {
			b.WriteString("<h2>" + escapeHTML(h) + "</h2>")
		}
		writeContent(&b, s.Content)
	}
	return b.String()
}

// writeContent writes a section's content; runs of list items become
// nested lists by their depth.
func writeContent(b *strings.Builder, content []Content) {
	depth := 0 // lists open
	closeTo := func(d int) {
		for depth > d {
			b.WriteString("</li></ul>")
			depth--
		}
	}
	for _, c := range content {
		text := escapeHTML(strings.TrimSpace(c.Text))
		if c.Type != "item" {
			closeTo(0)
			if text == "" {
				continue
			}
			if c.Type == "heading" {
				b.WriteString("<h3>" + text + "</h3>")
			} else {
				b.WriteString("<p>" + text + "</p>")
			}
			continue
		}
		want := c.Depth + 1
		switch {
		case depth > want:
			closeTo(want)
			b.WriteString("</li>")
		case depth == want:
			b.WriteString("</li>")
		}
		for depth < want {
			b.WriteString("<ul>")
			depth++
			if depth < want {
				b.WriteString("<li>") // a level the notice skipped
			}
		}
		b.WriteString("<li>")
		if m := strings.TrimSpace(c.Marker); ordinalMarker(m) {
			b.WriteString(escapeHTML(m) + " ")
		}
		b.WriteString(text)
	}
	closeTo(0)
}

// ordinalMarker reports a list marker that counts ("1.", "a)", "(iv)"),
// as opposed to a bullet ("•", "-", "o").
func ordinalMarker(m string) bool {
	r, n := utf8.DecodeRuneInString(m)
	if n == len(m) && !unicode.IsLetter(r) && !unicode.IsDigit(r) || m == "o" {
		return false
	}
	return strings.ContainsFunc(m, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}
