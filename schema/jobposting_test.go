package schema

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestNewJobPosting(t *testing.T) {
	for _, ref := range []string{"250715", "250697", "250709", "250833"} {
		t.Run(ref, func(t *testing.T) {
			v := loadExpected(t, ref)
			jp, warnings := NewJobPosting(v, JobPostingOptions{})
			if err := jp.Check(); err != nil {
				t.Fatal(err)
			}
			data := mustJSON(t, jp)
			if err := ValidateJobPosting(data); err != nil {
				t.Fatalf("JobPosting does not validate: %v\n%s", err, data)
			}
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"title", "description", "hiringOrganization", "jobLocation", "directApply"} {
				if m[k] == nil {
					t.Errorf("missing %s", k)
				}
			}
			for _, k := range []string{"datePosted", "inLanguage", "url"} {
				if _, ok := m[k]; ok {
					t.Errorf("%s written though unknown or not a JobPosting property", k)
				}
			}
			if len(warnings) != 1 || warnings[0].Code != CodeDatePostedUnknown || warnings[0].Severity != SeverityWarning {
				t.Errorf("warnings %+v", warnings)
			}
			if jp.Title != *v.Title.EN || jp.AlternateName[0] != *v.Title.FR {
				t.Errorf("title %q alternate %q", jp.Title, jp.AlternateName)
			}
			if jp.ValidThrough != "2025-06-22T23:59:00+02:00" {
				t.Errorf("validThrough %q", jp.ValidThrough)
			}
			if a := jp.JobLocation.Address; a.AddressCountry != "BE" || a.AddressLocality != "Brussels" {
				t.Errorf("address %+v", a)
			}
			if !slices.Equal(jp.EmploymentType, []string{"FULL_TIME", "INTERN"}) {
				t.Errorf("employmentType %v", jp.EmploymentType)
			}
			if s := jp.BaseSalary; s == nil || s.Currency != "EUR" || s.Value.Value == nil || *s.Value.Value != *v.Salary.Amount || s.Value.UnitText != "MONTH" {
				t.Errorf("baseSalary %+v", s)
			}
			if jp.Identifier == nil || jp.Identifier.Value != ref || jp.Identifier.Name != *v.Organisation.EN {
				t.Errorf("identifier %+v", jp.Identifier)
			}
			if jp.DirectApply {
				t.Error("directApply true though not known")
			}
			for _, want := range []string{"<li><strong>Reference:</strong> " + ref + "</li>", "<li><strong>Location:</strong> Belgium-Brussels</li>",
				"<h2>Description</h2><p>NATO’s Public Diplomacy", "<h2>Essential</h2><ul><li>1. be at least 21 years old,</li></ul>"} {
				if !strings.Contains(jp.Description, want) {
					t.Errorf("description lacks %q:\n%s", want, jp.Description)
				}
			}
		})
	}

	// Options: the date, the url, direct application, the organisation.
	v := loadExpected(t, "250715")
	v.Organisation = Text{}
	v.Source.Date = "2025-05-30"
	jp, warnings := NewJobPosting(v, JobPostingOptions{})
	if jp.DatePosted != "2025-05-30" || len(warnings) != 0 {
		t.Errorf("date from the file: %q %v", jp.DatePosted, warnings)
	}
	if err := jp.Check(); err == nil || err.Error() != "no schema.org JobPosting: the notice names no hiring organisation" {
		t.Errorf("no organisation: %v", err)
	}
	jp, _ = NewJobPosting(v, JobPostingOptions{DatePosted: "2025-06-01T08:00:00Z", BaseURL: "https://jobs.example.org/v/", DirectApply: true, Organization: "NATO"})
	if jp.DatePosted != "2025-06-01" || jp.URL != "https://jobs.example.org/v/250715" || !jp.DirectApply || jp.HiringOrganization.Name != "NATO" {
		t.Errorf("options: %+v", jp)
	}
	if err := ValidateJobPosting(mustJSON(t, jp)); err != nil {
		t.Error(err)
	}
	v.Reference = "CDT/TA/AD 2026"
	jp, _ = NewJobPosting(v, JobPostingOptions{BaseURL: "https://x.org/jobs?ref="})
	if jp.URL != "https://x.org/jobs?ref=CDT%2FTA%2FAD%202026" {
		t.Errorf("url %q", jp.URL)
	}

	// A posting without optional data still validates.
	jp, _ = NewJobPosting(&Vacancy{Reference: "9", Languages: []string{"fr"},
		Title: Text{FR: ptr("Stagiaire")}, Organisation: Text{FR: ptr("OTAN")}, Location: Text{FR: ptr("Pays-Bas-La Haye")}},
		JobPostingOptions{DatePosted: "2025-05-01"})
	if err := ValidateJobPosting(mustJSON(t, jp)); err != nil {
		t.Errorf("minimal posting: %v", err)
	}
	if jp.JobLocation.Address.AddressCountry != "NL" || !strings.Contains(jp.Description, "<li><strong>Lieu d'affectation\u00a0:</strong> Pays-Bas-La Haye</li>") {
		t.Errorf("minimal posting: %+v", jp)
	}
	// A salary range, a post in a country of several time zones.
	jp, _ = NewJobPosting(&Vacancy{Reference: "1", Languages: []string{"en"}, Title: Text{EN: ptr("Economist")},
		Organisation: Text{EN: ptr("DND")}, Location: Text{EN: ptr("Ottawa (Ontario)")}, Deadline: ptr("2026-04-15"),
		Salary: &Salary{Min: ptr(77690.0), Max: ptr(87907.0), Currency: ptr("CAD"), Period: ptr("year")}}, JobPostingOptions{})
	if q := jp.BaseSalary.Value; q.Value != nil || *q.MinValue != 77690 || *q.MaxValue != 87907 || q.UnitText != "YEAR" {
		t.Errorf("range %+v", q)
	}
	if jp.ValidThrough != "2026-04-15T23:59:00-04:00" || jp.JobLocation.Address.AddressRegion != "Ontario" {
		t.Errorf("Ottawa: %q %+v", jp.ValidThrough, jp.JobLocation.Address)
	}
	if err := ValidateJobPosting(mustJSON(t, jp)); err != nil {
		t.Error(err)
	}
	// A schedule in Quebec's words.
	jp, _ = NewJobPosting(&Vacancy{Languages: []string{"fr"}, Title: Text{FR: ptr("Conseillère")}, Schedule: Text{FR: ptr("Temps complet, 35 heures par semaine")}}, JobPostingOptions{})
	if !slices.Equal(jp.EmploymentType, []string{"FULL_TIME"}) {
		t.Errorf("temps complet: %v", jp.EmploymentType)
	}
	// Where the time zone is not known, the date alone.
	jp, _ = NewJobPosting(&Vacancy{Languages: []string{"en"}, Title: Text{EN: ptr("x")}, Location: Text{EN: ptr("United States")}, Deadline: ptr("2026-04-15")}, JobPostingOptions{})
	if jp.ValidThrough != "2026-04-15" {
		t.Errorf("validThrough %q", jp.ValidThrough)
	}
}

func TestParseLocation(t *testing.T) {
	tests := []struct{ in, country, region, city string }{
		{"Belgium-Brussels", "BE", "", "Brussels"},
		{"Belgique-Bruxelles", "BE", "", "Bruxelles"},
		{"Pays-Bas-La Haye", "NL", "", "La Haye"},
		{"Netherlands-The Hague", "NL", "", "The Hague"},
		{"États-Unis-Norfolk", "US", "", "Norfolk"},
		{"United States-Norfolk", "US", "", "Norfolk"},
		{"Italie-Naples", "IT", "", "Naples"},
		{"Türkiye-Izmir", "TR", "", "Izmir"},
		{"Luxembourg-Capellen", "LU", "", "Capellen"},
		{"Luxembourg", "LU", "", ""},
		{"BE-Mons", "BE", "", "Mons"},
		{"IT-La Spezia", "IT", "", "La Spezia"},
		{"Capellen, Luxembourg", "LU", "", "Capellen"},
		{"NATO HQ, Brussels, Belgium", "BE", "", "Brussels"},
		{"Siège de l’OTAN, Bruxelles (Belgique)", "BE", "", "Bruxelles"},
		{"Stavanger (Norvège)", "NO", "", "Stavanger"},
		{"Ottawa (Ontario)", "CA", "Ontario", "Ottawa"},
		{"Québec (Capitale-Nationale)", "CA", "Capitale-Nationale", "Québec"},
		{"Geneva (GVA)", "CH", "", "Geneva"},
		{"Valletta Harbour, Malta", "MT", "", "Valletta Harbour"},
		{"Dakar (Sénégal)", "SN", "", "Dakar"},
		{"Mons", "BE", "", "Mons"},
		{"Montréal", "CA", "", "Montréal"},
		{"Atlantis-Poseidonia", "", "", "Atlantis-Poseidonia"},
		{"Somewhere (Nowhere)", "", "", "Somewhere (Nowhere)"},
	}
	for _, tt := range tests {
		a := ParseLocation(tt.in)
		if a.AddressCountry != tt.country || a.AddressRegion != tt.region || a.AddressLocality != tt.city {
			t.Errorf("ParseLocation(%q) = %q, %q, %q; want %q, %q, %q", tt.in, a.AddressCountry, a.AddressRegion, a.AddressLocality, tt.country, tt.region, tt.city)
		}
	}
}

func TestTimeZoneAndEndOfDay(t *testing.T) {
	tests := []struct{ location, date, want string }{
		{"Belgium-Brussels", "2025-06-22", "2025-06-22T23:59:00+02:00"},
		{"Belgium-Brussels", "2025-12-01", "2025-12-01T23:59:00+01:00"},
		{"Belgium-Brussels", "2025-03-30", "2025-03-30T23:59:00+02:00"}, // summer time starts that night
		{"Belgium-Brussels", "2025-10-26", "2025-10-26T23:59:00+01:00"},
		{"United States-Norfolk", "2025-12-15", "2025-12-15T23:59:00-05:00"},
		{"Stavanger (Norvège)", "2026-05-03", "2026-05-03T23:59:00+02:00"},
		{"London, United Kingdom", "2026-05-08", "2026-05-08T23:59:00+01:00"},
		{"Dakar (Sénégal)", "2026-06-03", "2026-06-03T23:59:00Z"},
		{"Montréal", "2026-06-30", "2026-06-30T23:59:00-04:00"},
		{"United States", "2026-06-30", ""}, // several zones, no city
		{"Atlantis-Poseidonia", "2026-06-30", ""},
		{"Belgium-Brussels", "22 June", ""},
	}
	for _, tt := range tests {
		if got := EndOfDay(tt.date, TimeZone(ParseLocation(tt.location))); got != tt.want {
			t.Errorf("EndOfDay(%q) in %q = %q, want %q", tt.date, tt.location, got, tt.want)
		}
	}
	// Every zone of the tables exists.
	for c, z := range zones {
		if EndOfDay("2025-01-01", z) == "" {
			t.Errorf("%s: zone %q not found", c, z)
		}
	}
	for name, c := range cities {
		if c.zone != "" && EndOfDay("2025-01-01", c.zone) == "" {
			t.Errorf("%s: zone %q not found", name, c.zone)
		}
		if _, ok := zones[c.country]; !ok && c.zone == "" {
			t.Errorf("%s: no zone for a city of %s", name, c.country)
		}
	}
}

func TestEducationAndExperience(t *testing.T) {
	tests := []struct {
		criterion string
		category  string
		instead   bool
		months    int
	}{
		{"A Master's degree in mechanical or aerospace engineering, physics or a related discipline is required for this post.", "postgraduate degree", false, 0},
		{"A PhD in physics, ocean engineering or a related discipline, or a university degree with five years of research experience.", "bachelor degree", false, 60},
		{"A university degree at master's level in finance, economics or a related field.", "postgraduate degree", false, 0},
		{"A university degree in computer science, software engineering or a related discipline, and at least 3 years of professional experience.", "bachelor degree", false, 36},
		{"An advanced university degree (Master’s level or above) in microbiology.", "postgraduate degree", false, 0},
		{"At least 3 years' experience in the administration of a learning management system.", "", false, 36},
		{"Diplôme de l'enseignement secondaire supérieur et 4 ans d'expérience dans le domaine de l'administration.", "high school", false, 48},
		{"Diplôme de master en droit ou licence en droit.", "bachelor degree", false, 0},
		{"Diplôme universitaire du premier cycle en sûreté, droit ou administration publique.", "bachelor degree", false, 0},
		{"Master's degree in finance, economics, business or a related field, or equivalent professional experience.", "postgraduate degree", true, 0},
		{"University degree in a relevant discipline and 2 years' function-related experience, or higher secondary education with 6 years' function-related experience.", "high school", false, 24},
		{"have at least two years of university level studies OR equivalent education OR be currently a student", "", false, 0},
		{"avoir suivi au moins deux années d’études universitaires", "", false, 0},
		{"Works with a high degree of autonomy and holds a valid driving licence.", "", false, 0},
		{"Experience of at least two (2) years in procurement.", "", false, 24},
		{"une expérience professionnelle d'au moins cinq ans dans un domaine pertinent", "", false, 60},
		{"six months of experience in a newsroom", "", false, 6},
		{"Seven years of experience, including three years of experience managing a team.", "", false, 84},
		{"Proven mastery of English.", "", false, 0},
	}
	for _, tt := range tests {
		c, instead := educationRequirement([]string{tt.criterion})
		m := monthsOfExperience([]string{tt.criterion})
		if c != tt.category || instead != tt.instead || m != tt.months {
			t.Errorf("%q: %q %v %d months; want %q %v %d", tt.criterion, c, instead, m, tt.category, tt.instead, tt.months)
		}
	}
	// The first criterion naming a level is the education; the most
	// experience a criterion asks for is the experience (all must be met).
	c, _ := educationRequirement([]string{"be a national of a member state", "hold a bachelor's degree", "PhD desirable"})
	if c != "bachelor degree" {
		t.Errorf("first criterion: %q", c)
	}
	if m := monthsOfExperience([]string{"5 years of experience in X", "3 years' experience in Y"}); m != 60 {
		t.Errorf("least experience: %d", m)
	}
}

func TestDescriptionHTML(t *testing.T) {
	v := &Vacancy{Reference: "1 < 2", Languages: []string{"en"}, Title: Text{EN: ptr("T")},
		Location: Text{EN: ptr("A & B")},
		Sections: Lang[[]Section]{EN: []Section{
			{Kind: "header", Content: []Content{{Type: "paragraph", Text: "Careers"}}},
			{Kind: "essential", Heading: "Essential <b>", Content: []Content{
				{Type: "paragraph", Text: "The candidate must:"},
				{Type: "item", Marker: "a)", Text: "one"},
				{Type: "item", Marker: "•", Depth: 1, Text: "one.one"},
				{Type: "item", Marker: "•", Depth: 1, Text: "one.two"},
				{Type: "item", Marker: "b)", Text: "two </script><script>alert(1)</script>"},
				{Type: "item", Marker: "1.", Depth: 2, Text: "deep"},
				{Type: "heading", Text: "Sub"},
				{Type: "item", Marker: "-", Text: "three"},
			}},
		}}}
	got := descriptionHTML(v, "en")
	want := "<ul><li><strong>Reference:</strong> 1 &lt; 2</li><li><strong>Location:</strong> A &amp; B</li></ul>" +
		"<p>Careers</p><h2>Essential &lt;b&gt;</h2><p>The candidate must:</p>" +
		"<ul><li>a) one<ul><li>one.one</li><li>one.two</li></ul></li>" +
		"<li>b) two &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;<ul><li><ul><li>1. deep</li></ul></li></ul></li></ul>" +
		"<h3>Sub</h3><ul><li>three</li></ul>"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestCheckAgreesWithSchema: Check (the Go rules the export applies) and
// jobposting.schema.json give the same verdict on postings right and
// wrong in every way either knows.
func TestCheckAgreesWithSchema(t *testing.T) {
	good := func() *JobPosting {
		jp, _ := NewJobPosting(loadExpected(t, "250715"), JobPostingOptions{DatePosted: "2025-05-01", BaseURL: "https://x.org/"})
		jp.EducationRequirements = &Credential{Type: "EducationalOccupationalCredential", CredentialCategory: "bachelor degree"}
		jp.ExperienceRequirements = &ExperienceRequirements{Type: "OccupationalExperienceRequirements", MonthsOfExperience: 24}
		return jp
	}
	tests := []struct {
		name   string
		mutate func(jp *JobPosting)
		ok     bool
	}{
		{"as made", func(*JobPosting) {}, true},
		{"no title", func(jp *JobPosting) { jp.Title = "" }, false},
		{"blank title", func(jp *JobPosting) { jp.Title = "  " }, false},
		{"no description", func(jp *JobPosting) { jp.Description = "" }, false},
		{"no organisation", func(jp *JobPosting) { jp.HiringOrganization.Name = "" }, false},
		{"organisation a comma", func(jp *JobPosting) { jp.HiringOrganization.Name = ", " }, false},
		{"organisation of one letter", func(jp *JobPosting) { jp.HiringOrganization.Name = "X" }, true},
		{"no location", func(jp *JobPosting) { jp.JobLocation = nil }, false},
		{"no country", func(jp *JobPosting) { jp.JobLocation.Address.AddressCountry = "" }, false},
		{"country a name", func(jp *JobPosting) { jp.JobLocation.Address.AddressCountry = "Belgium" }, false},
		{"no locality", func(jp *JobPosting) { jp.JobLocation.Address.AddressLocality = "" }, true},
		{"datePosted not a date", func(jp *JobPosting) { jp.DatePosted = "01/05/2025" }, false},
		{"no datePosted", func(jp *JobPosting) { jp.DatePosted = "" }, true},
		{"validThrough a date", func(jp *JobPosting) { jp.ValidThrough = "2025-06-22" }, true},
		{"validThrough not a date", func(jp *JobPosting) { jp.ValidThrough = "22 June" }, false},
		{"employment type", func(jp *JobPosting) { jp.EmploymentType = []string{"FULLTIME"} }, false},
		{"currency", func(jp *JobPosting) { jp.BaseSalary.Currency = "€" }, false},
		{"salary zero", func(jp *JobPosting) { jp.BaseSalary.Value.Value = ptr(0.0) }, false},
		{"salary amount and range", func(jp *JobPosting) { jp.BaseSalary.Value.MinValue = ptr(1.0) }, false},
		{"salary range", func(jp *JobPosting) {
			jp.BaseSalary.Value.Value, jp.BaseSalary.Value.MinValue, jp.BaseSalary.Value.MaxValue = nil, ptr(1.0), ptr(2.0)
		}, true},
		{"salary half a range", func(jp *JobPosting) { jp.BaseSalary.Value.Value, jp.BaseSalary.Value.MinValue = nil, ptr(1.0) }, false},
		{"salary unit", func(jp *JobPosting) { jp.BaseSalary.Value.UnitText = "FORTNIGHT" }, false},
		{"empty identifier", func(jp *JobPosting) { jp.Identifier.Value = "" }, false},
		{"relative url", func(jp *JobPosting) { jp.URL = "jobs/1" }, false},
		{"credential category", func(jp *JobPosting) { jp.EducationRequirements.CredentialCategory = "degree" }, false},
		{"months of experience", func(jp *JobPosting) { jp.ExperienceRequirements.MonthsOfExperience = 0 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			jp := good()
			tt.mutate(jp)
			goErr, schemaErr := jp.Check(), ValidateJobPosting(mustJSON(t, jp))
			if (goErr == nil) != tt.ok || (schemaErr == nil) != tt.ok {
				t.Errorf("Check: %v; schema: %v; want ok=%v", goErr, schemaErr, tt.ok)
			}
		})
	}
	// The schema cannot compare two numbers: a range upside down is
	// refused by Check alone.
	jp := good()
	jp.BaseSalary.Value.Value, jp.BaseSalary.Value.MinValue, jp.BaseSalary.Value.MaxValue = nil, ptr(2.0), ptr(1.0)
	if jp.Check() == nil {
		t.Error("a range upside down passes Check")
	}
}

func ExampleNewJobPosting() {
	title, org, loc, sched, deadline, grade := "NATO Internship - Public Diplomacy Division (PDD)",
		"NATO International Staff (NATO IS)", "Belgium-Brussels", "Full-time", "2025-06-22", "INTERN"
	v := &Vacancy{
		Reference: "250715", Languages: []string{"en", "fr"},
		Title: Text{EN: &title}, Organisation: Text{EN: &org}, Location: Text{EN: &loc},
		Schedule: Text{EN: &sched}, Deadline: &deadline, Grade: &grade,
		Salary: &Salary{Amount: ptr(1286.09), Currency: ptr("EUR"), Period: ptr("month")},
		Sections: Lang[[]Section]{EN: []Section{{Kind: "description", Heading: "Description", Content: []Content{
			{Type: "paragraph", Text: "NATO’s Public Diplomacy efforts serve a vital function."}}}}},
		Requirements: Lang[*Requirements]{EN: &Requirements{Essential: []string{
			"hold a university degree in communication, with two years of experience in a newsroom"}}},
	}
	jp, warnings := NewJobPosting(v, JobPostingOptions{DatePosted: "2025-05-02"})
	if err := jp.Check(); err != nil {
		fmt.Println(err)
	}
	out, _ := json.MarshalIndent(jp, "", "  ")
	fmt.Println(string(out), len(warnings))
	// Output:
	// {
	//   "@context": "https://schema.org/",
	//   "@type": "JobPosting",
	//   "title": "NATO Internship - Public Diplomacy Division (PDD)",
	//   "description": "\u003cul\u003e\u003cli\u003e\u003cstrong\u003eReference:\u003c/strong\u003e 250715\u003c/li\u003e\u003cli\u003e\u003cstrong\u003eOrganisation:\u003c/strong\u003e NATO International Staff (NATO IS)\u003c/li\u003e\u003cli\u003e\u003cstrong\u003eLocation:\u003c/strong\u003e Belgium-Brussels\u003c/li\u003e\u003cli\u003e\u003cstrong\u003eSchedule:\u003c/strong\u003e Full-time\u003c/li\u003e\u003cli\u003e\u003cstrong\u003eGrade:\u003c/strong\u003e INTERN\u003c/li\u003e\u003cli\u003e\u003cstrong\u003eApplication deadline:\u003c/strong\u003e 2025-06-22\u003c/li\u003e\u003c/ul\u003e\u003ch2\u003eDescription\u003c/h2\u003e\u003cp\u003eNATO’s Public Diplomacy efforts serve a vital function.\u003c/p\u003e",
	//   "identifier": {
	//     "@type": "PropertyValue",
	//     "name": "NATO International Staff (NATO IS)",
	//     "value": "250715"
	//   },
	//   "datePosted": "2025-05-02",
	//   "validThrough": "2025-06-22T23:59:00+02:00",
	//   "employmentType": [
	//     "FULL_TIME",
	//     "INTERN"
	//   ],
	//   "hiringOrganization": {
	//     "@type": "Organization",
	//     "name": "NATO International Staff (NATO IS)"
	//   },
	//   "jobLocation": {
	//     "@type": "Place",
	//     "address": {
	//       "@type": "PostalAddress",
	//       "addressLocality": "Brussels",
	//       "addressCountry": "BE"
	//     }
	//   },
	//   "baseSalary": {
	//     "@type": "MonetaryAmount",
	//     "currency": "EUR",
	//     "value": {
	//       "@type": "QuantitativeValue",
	//       "value": 1286.09,
	//       "unitText": "MONTH"
	//     }
	//   },
	//   "directApply": false,
	//   "educationRequirements": {
	//     "@type": "EducationalOccupationalCredential",
	//     "credentialCategory": "bachelor degree"
	//   },
	//   "experienceRequirements": {
	//     "@type": "OccupationalExperienceRequirements",
	//     "monthsOfExperience": 24
	//   },
	//   "qualifications": "hold a university degree in communication, with two years of experience in a newsroom"
	// } 0
}
