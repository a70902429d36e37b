package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// Google's rules for JobPosting structured data (Search Central, "Job
// posting structured data": required, recommended and beta properties,
// their types and values), applied to the JSON as a consumer reads it:
// independent of the Go types and of schema.Check. An error keeps a
// posting out of Google's job search; a warning makes it poorer.

// jobPostingProperties are the properties of a schema.org JobPosting
// (with those of Thing it inherits): anything else is not one.
var jobPostingProperties = []string{
	"@context", "@type", "@id",
	// JobPosting
	"applicantLocationRequirements", "applicationContact", "baseSalary", "datePosted", "directApply",
	"educationRequirements", "eligibilityToWorkRequirement", "employerOverview", "employmentType",
	"employmentUnit", "estimatedSalary", "experienceInPlaceOfEducation", "experienceRequirements",
	"hiringOrganization", "incentiveCompensation", "industry", "jobBenefits", "jobImmediateStart",
	"jobLocation", "jobLocationType", "jobStartDate", "occupationalCategory", "physicalRequirement",
	"qualifications", "relevantOccupation", "responsibilities", "salaryCurrency",
	"securityClearanceRequirement", "sensoryRequirement", "skills", "specialCommitments", "title",
	"totalJobOpenings", "validThrough", "workHours",
	// Thing
	"additionalType", "alternateName", "description", "disambiguatingDescription", "identifier",
	"image", "mainEntityOfPage", "name", "potentialAction", "sameAs", "subjectOf", "url",
}

var (
	iso8601Date     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	iso8601DateTime = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$`)
	iso4217         = regexp.MustCompile(`^[A-Z]{3}$`)
	iso3166         = regexp.MustCompile(`^[A-Z]{2}$`)
)

// googleJobPostingRules returns the errors and the warnings Google's
// rules find in one JobPosting.
func googleJobPostingRules(m map[string]any) (errs, warns []string) {
	errorf := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	warnf := func(format string, a ...any) { warns = append(warns, fmt.Sprintf(format, a...)) }
	text := func(v any) (string, bool) {
		s, ok := v.(string)
		return s, ok && strings.TrimSpace(s) != ""
	}
	object := func(v any, typ string) (map[string]any, bool) {
		o, ok := v.(map[string]any)
		return o, ok && o["@type"] == typ
	}
	date := func(s string) (time.Time, bool) {
		switch {
		case iso8601Date.MatchString(s):
			t, err := time.Parse("2006-01-02", s)
			return t, err == nil
		case iso8601DateTime.MatchString(s):
			for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00"} {
				if t, err := time.Parse(layout, s); err == nil {
					return t, true
				}
			}
		}
		return time.Time{}, false
	}

	for k := range m {
		if !slices.Contains(jobPostingProperties, k) {
			errorf("%s is not a JobPosting property", k)
		}
	}
	if c, _ := m["@context"].(string); !strings.HasPrefix(c, "https://schema.org") && !strings.HasPrefix(c, "http://schema.org") {
		errorf("@context %v", m["@context"])
	}
	if m["@type"] != "JobPosting" {
		errorf("@type %v", m["@type"])
	}

	// Required.
	title, ok := text(m["title"])
	if !ok {
		errorf("title missing or not text")
	}
	if d, ok := text(m["description"]); !ok {
		errorf("description missing or not text")
	} else if strings.TrimSpace(d) == strings.TrimSpace(title) {
		errorf("description is the title")
	}
	var posted time.Time
	if s, ok := text(m["datePosted"]); !ok {
		errorf("datePosted missing")
	} else if posted, ok = date(s); !ok {
		errorf("datePosted %q is no ISO 8601 date", s)
	}
	if org, ok := object(m["hiringOrganization"], "Organization"); !ok {
		errorf("hiringOrganization missing or not an Organization")
	} else {
		if name, ok := text(org["name"]); !ok || !regexp.MustCompile(`\pL`).MatchString(name) {
			errorf("hiringOrganization.name %q", org["name"])
		}
		if org["sameAs"] == nil {
			warnf("hiringOrganization.sameAs")
		}
		if org["logo"] == nil {
			warnf("hiringOrganization.logo")
		}
	}
	places := []any{m["jobLocation"]}
	if a, ok := m["jobLocation"].([]any); ok {
		places = a
	}
	for _, p := range places {
		place, ok := object(p, "Place")
		if !ok {
			errorf("jobLocation missing or not a Place")
			continue
		}
		addr, ok := object(place["address"], "PostalAddress")
		if !ok {
			errorf("jobLocation.address missing or not a PostalAddress")
			continue
		}
		if c, _ := addr["addressCountry"].(string); !iso3166.MatchString(c) {
			errorf("jobLocation.address.addressCountry %q", addr["addressCountry"])
		}
		for _, k := range []string{"addressLocality", "addressRegion", "postalCode", "streetAddress"} {
			if _, ok := text(addr[k]); !ok {
				warnf("jobLocation.address.%s", k)
			}
		}
	}

	// Recommended.
	if v, ok := m["validThrough"]; !ok {
		warnf("validThrough")
	} else if s, _ := v.(string); s == "" {
		errorf("validThrough not text")
	} else if through, ok := date(s); !ok {
		errorf("validThrough %q is no ISO 8601 date or date-time", s)
	} else if !posted.IsZero() && through.Before(posted) {
		warnf("validThrough before datePosted (an expired posting)")
	}
	switch v := m["employmentType"].(type) {
	case nil:
		warnf("employmentType")
	case string, []any:
		types := []any{v}
		if a, ok := v.([]any); ok {
			types = a
		}
		for _, e := range types {
			if !slices.Contains([]any{"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}, e) {
				errorf("employmentType %v", e)
			}
		}
	default:
		errorf("employmentType %v", v)
	}
	if v, ok := m["directApply"]; !ok {
		warnf("directApply")
	} else if _, ok := v.(bool); !ok {
		errorf("directApply %v is no Boolean", v)
	}
	if v, ok := m["identifier"]; !ok {
		warnf("identifier")
	} else if id, ok := object(v, "PropertyValue"); !ok {
		errorf("identifier not a PropertyValue")
	} else if _, ok := text(id["value"]); !ok {
		errorf("identifier.value missing")
	} else if _, ok := id["name"].(string); !ok {
		errorf("identifier.name missing")
	}
	if v, ok := m["baseSalary"]; !ok {
		warnf("baseSalary")
	} else if s, ok := object(v, "MonetaryAmount"); !ok {
		errorf("baseSalary not a MonetaryAmount")
	} else {
		if c, _ := s["currency"].(string); !iso4217.MatchString(c) {
			errorf("baseSalary.currency %v", s["currency"])
		}
		q, ok := object(s["value"], "QuantitativeValue")
		if !ok {
			errorf("baseSalary.value not a QuantitativeValue")
		} else {
			number := func(k string) (float64, bool) { f, ok := q[k].(float64); return f, ok && f > 0 }
			_, one := number("value")
			lo, hasLo := number("minValue")
			hi, hasHi := number("maxValue")
			switch {
			case one && (hasLo || hasHi):
				errorf("baseSalary.value has a value and a range")
			case !one && !(hasLo && hasHi && lo <= hi):
				errorf("baseSalary.value has neither a value nor a range")
			}
			if u, ok := q["unitText"]; !ok {
				warnf("baseSalary.value.unitText")
			} else if !slices.Contains([]any{"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}, u) {
				errorf("baseSalary.value.unitText %v", u)
			}
		}
	}

	// Education and experience (beta).
	if v, ok := m["educationRequirements"]; ok && v != "no requirements" {
		if e, ok := object(v, "EducationalOccupationalCredential"); !ok {
			errorf("educationRequirements not an EducationalOccupationalCredential")
		} else if !slices.Contains([]any{"high school", "associate degree", "bachelor degree", "professional certificate", "postgraduate degree"}, e["credentialCategory"]) {
			errorf("educationRequirements.credentialCategory %v", e["credentialCategory"])
		}
	}
	if v, ok := m["experienceRequirements"]; ok && v != "no requirements" {
		if e, ok := object(v, "OccupationalExperienceRequirements"); !ok {
			errorf("experienceRequirements not an OccupationalExperienceRequirements")
		} else if n, ok := e["monthsOfExperience"].(float64); !ok || n <= 0 {
			errorf("experienceRequirements.monthsOfExperience %v", e["monthsOfExperience"])
		}
	}
	if v, ok := m["experienceInPlaceOfEducation"]; ok {
		if _, ok := v.(bool); !ok {
			errorf("experienceInPlaceOfEducation %v is no Boolean", v)
		}
	}
	if u, ok := m["url"]; ok {
		if s, _ := u.(string); !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
			errorf("url %v", u)
		}
	}
	return errs, warns
}

// TestJobPostingGoogleRules exports every corpus notice as JSON-LD (with
// --date-posted) and applies Google's rules to every posting: 0 errors.
// The warnings, which Google reports as "optional" fields (the street,
// the postal code, a logo), are counted in the log.
func TestJobPostingGoogleRules(t *testing.T) {
	if !parserReady(t) {
		t.Skip("parser does not extract the corpus yet")
	}
	args := []string{"export", "--format", "jsonld-lines", "--date-posted", "2025-05-01", "--base-url", "https://jobs.example.org/vacancy/", corpus}

	// As they are: a notice that names no hiring organisation makes no
	// posting, and is a failed file with that reason, never half a
	// posting; no warning for datePosted, which was given.
	code, out, stderr := runBinary(t, "", args...)
	if code != 1 {
		t.Errorf("exit %d, want 1 (the corpus holds documents that are not notices)", code)
	}
	postings := strings.Count(out, "\n")
	noOrganisation := 0
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		switch {
		case strings.HasSuffix(l, ": no schema.org JobPosting: the notice names no hiring organisation"):
			noOrganisation++
		case strings.HasPrefix(l, "exported "), strings.Contains(l, ": skipped: "), strings.Contains(l, ": not a vacancy notice"):
		default:
			t.Errorf("unexpected line: %s", l)
		}
	}

	// With the organisation given for those: every notice of the corpus
	// makes a posting, and every posting passes.
	args = append(args, "--hiring-organization", "Example Publisher")
	_, out, _ = runBinary(t, "", args...)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != postings+noOrganisation || len(lines) < 200 {
		t.Errorf("%d postings, want %d (%d, and %d without an organisation)", len(lines), postings+noOrganisation, postings, noOrganisation)
	}
	errors, warnings := 0, map[string]int{}
	for i, line := range lines {
		if strings.Contains(strings.ToLower(line), "</script") {
			t.Errorf("posting %d could close the <script> it is put in", i)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("posting %d: %v", i, err)
		}
		errs, warns := googleJobPostingRules(m)
		for _, e := range errs {
			errors++
			t.Errorf("posting %d (%v): %s", i, m["title"], e)
		}
		for _, w := range warns {
			warnings[w]++
		}
		if err := jobPostingSchema.Validate([]byte(line)); err != nil {
			t.Errorf("posting %d (%v) does not validate against jobposting.schema.json: %v", i, m["title"], err)
		}
	}
	var ws []string
	for w, n := range warnings {
		ws = append(ws, fmt.Sprintf("%s ×%d", w, n))
	}
	sort.Strings(ws)
	t.Logf("%d postings, %d errors; warnings: %s", len(lines), errors, strings.Join(ws, ", "))

	// The array is the same postings.
	args[2] = "jsonld"
	_, array, _ := runBinary(t, "", args...)
	var elements []json.RawMessage
	if err := json.Unmarshal([]byte(array), &elements); err != nil || len(elements) != len(lines) {
		t.Fatalf("jsonld: %v, %d postings for %d lines", err, len(elements), len(lines))
	}
	for i := range elements {
		if string(elements[i]) != lines[i] {
			t.Errorf("posting %d differs between jsonld and jsonld-lines", i)
		}
	}
}

// TestJobPostingDates: without --date-posted, a posting takes the date
// its file states (a PDF's creation date), and a file that states none
// gives a posting without datePosted and a warning with its code.
func TestJobPostingDates(t *testing.T) {
	pdf, md := corpus+"/250715-pdd.pdflatex.pdf", corpus+"/250715-pdd.md"
	code, out, stderr := runInProcess("", "export", "--format", "jsonld-lines", pdf, md)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n") // in path order: the .md first
	if len(lines) != 2 || strings.Contains(lines[0], `"datePosted"`) || !strings.Contains(lines[1], `"datePosted":"2025-06-22"`) {
		t.Errorf("%d postings; datePosted in the Markdown's %v, the PDF's %v", len(lines),
			strings.Contains(lines[0], `"datePosted"`), strings.Contains(lines[len(lines)-1], `"datePosted":"2025-06-22"`))
	}
	want := "vacancy: " + md + ": warning: date_posted_unknown: "
	if !strings.Contains(stderr, want) || strings.Count(stderr, "date_posted_unknown") != 1 || !strings.Contains(stderr, "--date-posted") {
		t.Errorf("stderr lacks %q once:\n%s", want, stderr)
	}
	// --date-posted wins over the file's date.
	_, out, stderr = runInProcess("", "export", "--format", "jsonld-lines", "--date-posted", "2025-05-01", pdf, md)
	if strings.Count(out, `"datePosted":"2025-05-01"`) != 2 || strings.Contains(stderr, "date_posted_unknown") {
		t.Errorf("--date-posted: %d postings of 2025-05-01; stderr %s", strings.Count(out, `"datePosted":"2025-05-01"`), stderr)
	}
}
