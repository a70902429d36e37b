package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"22-Jun-2025", "2025-06-22"},
		{"22-juin-2025", "2025-06-22"},
		{"03-sept.-2025", "2025-09-03"},
		{"15-déc.-2025", "2025-12-15"},
		{"05-févr.-2026", "2026-02-05"},
		{"1-janv.-2026", "2026-01-01"},
		{"14-août-2025", "2025-08-14"},
		{"22 June 2025", "2025-06-22"},
		{"1er mars 2026", "2026-03-01"},
		{"June 22, 2025", "2025-06-22"},
		{"2025-06-22", "2025-06-22"},
		{"22/06/2025", "2025-06-22"},
		{"Apply until 22 June 2025, at 23.59, Brussels time", "2025-06-22"},
		{"Candidatures acceptées jusqu'au 22 juin 2025, 23h59", "2025-06-22"},
		{"31-Feb-2025", ""},
		{"22 June 23.59", ""},
		{"soon", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		assert.Equal(t, tt.want != "", ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestParseSalary(t *testing.T) {
	tests := []struct {
		in       string
		amount   float64
		currency string
		period   string
	}{
		{"1,286.09Euro (EUR) Monthly", 1286.09, "EUR", "month"},
		{"1 286,09Euro (EUR) Mensuelle", 1286.09, "EUR", "month"},
		{"1\u00a0286,09Euro (EUR) Mensuelle", 1286.09, "EUR", "month"},
		{"7,654.32Euro (EUR) Monthly", 7654.32, "EUR", "month"},
		{"85,000.00US Dollar (USD) Yearly", 85000, "USD", "year"},
		{"85 000,00Dollar US (USD) Annuelle", 85000, "USD", "year"},
		{"€1,286.09 per month", 1286.09, "EUR", "month"},
		{"4.321,50 EUR monthly", 4321.5, "EUR", "month"},
		{"120,000 NOK annual", 120000, "NOK", "year"},
		{"£3,000 per month", 3000, "GBP", "month"},
	}
	for _, tt := range tests {
		s, ok := parseSalary(tt.in)
		if assert.True(t, ok, tt.in) {
			assert.InDelta(t, tt.amount, s.Amount, 0.001, tt.in)
			assert.Equal(t, tt.currency, s.Currency, tt.in)
			assert.Equal(t, tt.period, s.Period, tt.in)
		}
	}
	for _, bad := range []string{"competitive", "to be confirmed", "1,286.09"} {
		_, ok := parseSalary(bad)
		assert.False(t, ok, bad)
	}
}
