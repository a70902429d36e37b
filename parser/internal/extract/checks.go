package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
	"github.com/vacancy-tools/vacancy/schema"
)

// Thresholds of the completeness checks.
const (
	// halfMissingEvidence is how much text of another language, in words
	// of evidence, a one-language notice may hold before the other half
	// is reported missing: a name or a quoted title is a few words, the
	// remains of a half that could not be read are more.
	halfMissingEvidence = 10.0
	// unbalancedRatio bounds how many times longer one half may be than
	// the other: translations differ by a third at most, so twice and a
	// half means one half lost part of its text.
	unbalancedRatio = 2.5
	// minCheckedBytes is the length of a half's text below which the
	// balance is not judged: short notices differ by a line.
	minCheckedBytes = 500
)

// check adds the warnings of the completeness checks: what one half has
// and the other lacks, a notice with no header field, values shaped like
// something else.
func (x *extraction) check() {
	v := x.v
	fromText := func(code string) bool {
		for _, w := range v.Warnings {
			if w.Code == code {
				return true
			}
		}
		return false
	}
	// A deadline, salary or employer read from running text is no
	// header field.
	if v.Location.EN == nil && v.Location.FR == nil &&
		(v.Organisation.EN == nil || x.orgInProse[vocab.EN]) && (v.Organisation.FR == nil || x.orgInProse[vocab.FR]) &&
		v.Schedule.EN == nil && v.Schedule.FR == nil && v.Grade == nil &&
		(v.Deadline == nil || fromText(schema.CodeDeadlineFromText)) && (v.Salary == nil || fromText(schema.CodeSalaryFromText)) {
		x.warn(schema.CodeNoHeaderFields, "", "", "no header field could be read (location, organisation, schedule, deadline, salary, grade)")
	}
	if len(v.Languages) == 1 && (x.folded >= halfMissingEvidence || x.bilingualBanner) {
		other := "fr"
		if v.Languages[0] == "fr" {
			other = "en"
		}
		why := fmt.Sprintf("%.0f words of %s", x.folded, other)
		if x.bilingualBanner {
			why = "its banner is in both languages"
		}
		x.warn(schema.CodeHalfMissing, "/sections/"+other, other, "the notice is bilingual (%s) but no %s half could be read", why, other)
	}
	if len(v.Languages) == 2 {
		x.checkBalance()
	}
	for _, lang := range v.Languages {
		x.checkValues(lang)
	}
}

// checkBalance compares the two halves of a bilingual notice.
func (x *extraction) checkBalance() {
	v := x.v
	n := func(lang string) (bytes int) {
		for _, s := range v.Sections.Get(lang) {
			for _, c := range s.Content {
				bytes += len(c.Text)
			}
		}
		return bytes
	}
	be, bf := n("en"), n("fr")
	if max(be, bf) >= minCheckedBytes && float64(max(be, bf)) > unbalancedRatio*float64(min(be, bf)) {
		x.warn(schema.CodeHalvesUnbalanced, "/sections", "", "the halves differ in length: en %d bytes of text, fr %d", be, bf)
	}
	for _, f := range []struct {
		name string
		t    schema.Text
	}{{"title", v.Title}, {"organisation", v.Organisation}, {"location", v.Location}, {"schedule", v.Schedule},
		{"deadline_as_written", v.DeadlineAsWritten}} {
		switch {
		case f.t.EN != nil && f.t.FR == nil:
			x.warn(schema.CodeFieldMissingInHalf, "/"+f.name+"/fr", "fr", "fr: no %s, which the en half gives", strings.ReplaceAll(f.name, "_", " "))
		case f.t.FR != nil && f.t.EN == nil:
			x.warn(schema.CodeFieldMissingInHalf, "/"+f.name+"/en", "en", "en: no %s, which the fr half gives", strings.ReplaceAll(f.name, "_", " "))
		}
	}
	count := func(lang string) int {
		r := v.Requirements.Get(lang)
		if r == nil {
			return 0
		}
		return len(r.Essential) + len(r.Desirable)
	}
	ce, cf := count("en"), count("fr")
	switch {
	case ce > 0 && cf == 0:
		x.warn(schema.CodeRequirementsMissing, "/requirements/fr", "fr", "fr: no requirements, the en half has %d", ce)
	case cf > 0 && ce == 0:
		x.warn(schema.CodeRequirementsMissing, "/requirements/en", "en", "en: no requirements, the fr half has %d", cf)
	}
}

// checkValues looks for values of a half shaped like something else: a
// label or a heading where a value should be, a date in a field that is
// no date, a section heading inside a requirement list.
func (x *extraction) checkValues(lang string) {
	v := x.v
	for _, f := range []struct {
		name string
		t    schema.Text
	}{{"title", v.Title}, {"organisation", v.Organisation}, {"location", v.Location}, {"schedule", v.Schedule}} {
		val := f.t.Get(lang)
		if val == nil {
			continue
		}
		ptr := "/" + f.name + "/" + lang
		if _, ok := x.voc.Label(*val); ok {
			x.warn(schema.CodeValueLooksLikeLabel, ptr, lang, "%s: the %s %q is a label", lang, f.name, *val)
		} else if _, ok := x.voc.Heading(*val); ok {
			x.warn(schema.CodeValueLooksLikeLabel, ptr, lang, "%s: the %s %q is a section heading", lang, f.name, *val)
		}
		if _, dated := lastDate(*val); dated {
			x.warn(schema.CodeValueLooksLikeDate, ptr, lang, "%s: the %s %q holds a date", lang, f.name, *val)
		}
	}
	r := v.Requirements.Get(lang)
	if r == nil {
		return
	}
	for _, list := range []struct {
		kind  string
		items []string
	}{{"essential", r.Essential}, {"desirable", r.Desirable}} {
		kind := list.kind
		for i, it := range list.items {
			if _, ok := x.voc.Heading(it); ok || stream.IsCapsHeading(it) && words.Count(it) >= 2 {
				x.warn(schema.CodeRequirementsSwallowed, "/requirements/"+lang+"/"+kind+"/"+strconv.Itoa(i), lang,
					"%s: the %s requirement %q reads as a section heading", lang, kind, it)
			}
		}
	}
}
