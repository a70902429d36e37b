package vocab

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFindLabels(t *testing.T) {
	v := Default()
	type span struct {
		text, field, kind string
		colon, glued      bool
	}
	tests := []struct {
		in   string
		want []span
	}{
		{"Primary LocationBE-MonsNATO BodySupreme Headquarters Allied Powers Europe (SHAPE)ScheduleFull-timeApplication Deadline17-Apr-2026, 11:59:00 PMSalary (Pay Basis)7,068.58Euro (EUR)MonthlyGradeA.3 / NATO Grade G17Description",
			[]span{{"Primary Location", "location", "", false, true}, {"NATO Body", "organisation", "", false, true}, {"Schedule", "schedule", "", false, true},
				{"Application Deadline", "deadline", "", false, true}, {"Salary (Pay Basis)", "salary", "", false, true}, {"Grade", "grade", "", false, true},
				{"Description", "", "description", false, true}}},
		{"Location: Capellen, Luxembourg Company: NSPA", []span{{"Location", "location", "", true, false}, {"Company", "organisation", "", true, false}}},
		{"Emplacement principal : Belgique-Bruxelles", []span{{"Emplacement principal", "location", "", true, false}}},
		{"ALLOCATION OF FUNDS", nil},
		{"The Locations of the offices", nil},
		{"The location of the post is Mons", nil},
		{"PRINCIPAL DUTIESThe incumbent's duties are:", []span{{"PRINCIPAL DUTIES", "", "accountabilities", false, true}}},
		{"262318 Requisition #", []span{{"Requisition #", "reference", "", false, false}}},
	}
	for _, tt := range tests {
		var got []span
		for _, s := range v.FindLabels(tt.in) {
			got = append(got, span{tt.in[s.Start:s.End], s.Field, s.Kind, s.Colon, s.Glued})
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// TestLeadingSpan checks LeadingSpan against the first span of FindLabels
// on texts that open with a label, a heading, or neither.
func TestLeadingSpan(t *testing.T) {
	v := Default()
	for _, text := range []string{
		"Core Competencies Staff are expected to work across teams.",
		"PRINCIPAL DUTIESThe incumbent's duties are:",
		"Location: Capellen, Luxembourg Company: NSPA",
		"Emplacement principal : Belgique-Bruxelles",
		"Description",
		"The location of the post is Mons",
		"262318 Requisition #",
		"Qualifications et expérience requises Le titulaire doit avoir",
		"Ééé",
		"",
	} {
		var want *Span
		if spans := v.FindLabels(text); len(spans) > 0 && spans[0].Start == 0 {
			want = &spans[0]
		}
		got, ok := v.LeadingSpan(text)
		if want == nil {
			assert.False(t, ok, "%q: %+v", text, got)
			continue
		}
		assert.True(t, ok, text)
		assert.Equal(t, *want, got, text)
	}
}
