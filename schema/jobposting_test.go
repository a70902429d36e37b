package schema

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

func TestNewJobPosting(t *testing.T) {
	for _, ref := range []string{"250715", "250697", "250709", "250833"} {
		t.Run(ref, func(t *testing.T) {
			v := loadExpected(t, ref)
			jp := NewJobPosting(v)
			data := mustJSON(t, jp)
			if err := ValidateJobPosting(data); err != nil {
				t.Fatalf("JobPosting does not validate: %v\n%s", err, data)
			}
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatal(err)
			}
			// Google's required properties (datePosted only when known).
			for _, k := range []string{"title", "description", "hiringOrganization", "jobLocation"} {
				if m[k] == nil {
					t.Errorf("missing %s", k)
				}
			}
			if _, ok := m["datePosted"]; ok {
				t.Error("datePosted written though unknown")
			}
			if jp.Title != *v.Title.EN || jp.AlternateName[0] != *v.Title.FR || jp.InLanguage != "en" {
				t.Errorf("title %q alternate %q lang %q", jp.Title, jp.AlternateName, jp.InLanguage)
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
			if jp.Identifier == nil || jp.Identifier.Value != ref {
				t.Errorf("identifier %+v", jp.Identifier)
			}
		})
	}
	// A posting without optional data still validates once datePosted is set.
	jp := NewJobPosting(&Vacancy{Reference: "9", Languages: []string{"fr"},
		Title: Text{FR: ptr("Stagiaire")}, Organisation: Text{FR: ptr("OTAN")}, Location: Text{FR: ptr("Pays-Bas-La Haye")}})
	jp.DatePosted = "2025-05-01"
	if err := ValidateJobPosting(mustJSON(t, jp)); err != nil {
		t.Errorf("minimal posting: %v", err)
	}
	if jp.InLanguage != "fr" || jp.Description != "Stagiaire" || jp.JobLocation.Address.AddressCountry != "NL" {
		t.Errorf("minimal posting: %+v", jp)
	}
	jp.Description = ""
	if ValidateJobPosting(mustJSON(t, jp)) == nil {
		t.Error("empty description accepted")
	}
}

func TestParseLocation(t *testing.T) {
	tests := []struct{ in, country, city string }{
		{"Belgium-Brussels", "BE", "Brussels"},
		{"Belgique-Bruxelles", "BE", "Bruxelles"},
		{"Pays-Bas-La Haye", "NL", "La Haye"},
		{"Netherlands-The Hague", "NL", "The Hague"},
		{"États-Unis-Norfolk", "US", "Norfolk"},
		{"United States-Norfolk", "US", "Norfolk"},
		{"Italie-Naples", "IT", "Naples"},
		{"Türkiye-Izmir", "TR", "Izmir"},
		{"Luxembourg-Capellen", "LU", "Capellen"},
		{"Luxembourg", "LU", ""},
		{"Atlantis-Poseidonia", "Atlantis", "Poseidonia"},
		{"Mons", "", "Mons"},
	}
	for _, tt := range tests {
		a := ParseLocation(tt.in)
		if a.AddressCountry != tt.country || a.AddressLocality != tt.city {
			t.Errorf("ParseLocation(%q) = %q, %q; want %q, %q", tt.in, a.AddressCountry, a.AddressLocality, tt.country, tt.city)
		}
	}
}

func TestEndOfDayBrussels(t *testing.T) {
	tests := []struct{ date, want string }{
		{"2025-06-22", "2025-06-22T23:59:00+02:00"},
		{"2025-12-01", "2025-12-01T23:59:00+01:00"},
		{"2025-03-30", "2025-03-30T23:59:00+02:00"}, // summer time starts that night
		{"2025-10-26", "2025-10-26T23:59:00+01:00"},
		{"22 June", ""},
	}
	for _, tt := range tests {
		if got := EndOfDayBrussels(tt.date); got != tt.want {
			t.Errorf("EndOfDayBrussels(%q) = %q, want %q", tt.date, got, tt.want)
		}
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
		Sections: Lang[[]Section]{EN: []Section{{Kind: "description", Content: []Content{
			{Type: "paragraph", Text: "NATO’s Public Diplomacy efforts serve a vital function."}}}}},
	}
	out, _ := json.MarshalIndent(NewJobPosting(v), "", "  ")
	fmt.Println(string(out))
	// Output:
	// {
	//   "@context": "https://schema.org/",
	//   "@type": "JobPosting",
	//   "title": "NATO Internship - Public Diplomacy Division (PDD)",
	//   "description": "NATO’s Public Diplomacy efforts serve a vital function.",
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
	//   "identifier": {
	//     "@type": "PropertyValue",
	//     "name": "NATO International Staff (NATO IS)",
	//     "value": "250715"
	//   },
	//   "inLanguage": "en"
	// }
}
