package schema

import (
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // validThrough needs the zones even without system tzdata
)

// The places of the notices we read: countries by name, the cities of
// the bodies that publish them, and the time zone of each country. Data
// only; ParseLocation and TimeZone read it.

// countries maps country names, English and French, in lower case, to
// ISO 3166-1 alpha-2 codes.
var countries = map[string]string{
	"albania": "AL", "albanie": "AL",
	"austria": "AT", "autriche": "AT",
	"belgium": "BE", "belgique": "BE",
	"bulgaria": "BG", "bulgarie": "BG",
	"canada":  "CA",
	"croatia": "HR", "croatie": "HR",
	"cyprus": "CY", "chypre": "CY",
	"czech republic": "CZ", "czechia": "CZ", "république tchèque": "CZ", "tchéquie": "CZ",
	"denmark": "DK", "danemark": "DK",
	"estonia": "EE", "estonie": "EE",
	"finland": "FI", "finlande": "FI",
	"france":  "FR",
	"georgia": "GE", "géorgie": "GE",
	"germany": "DE", "allemagne": "DE",
	"greece": "GR", "grèce": "GR",
	"hungary": "HU", "hongrie": "HU",
	"iceland": "IS", "islande": "IS",
	"ireland": "IE", "irlande": "IE",
	"italy": "IT", "italie": "IT",
	"latvia": "LV", "lettonie": "LV",
	"lithuania": "LT", "lituanie": "LT",
	"luxembourg": "LU",
	"malta":      "MT", "malte": "MT",
	"montenegro": "ME", "monténégro": "ME",
	"netherlands": "NL", "the netherlands": "NL", "pays-bas": "NL",
	"north macedonia": "MK", "macédoine du nord": "MK",
	"norway": "NO", "norvège": "NO",
	"poland": "PL", "pologne": "PL",
	"portugal": "PT",
	"romania":  "RO", "roumanie": "RO",
	"senegal": "SN", "sénégal": "SN",
	"slovakia": "SK", "slovaquie": "SK",
	"slovenia": "SI", "slovénie": "SI",
	"spain": "ES", "espagne": "ES",
	"sweden": "SE", "suède": "SE",
	"switzerland": "CH", "suisse": "CH",
	"türkiye": "TR", "turkey": "TR", "turquie": "TR",
	"ukraine":        "UA",
	"united kingdom": "GB", "uk": "GB", "royaume-uni": "GB",
	"united states": "US", "usa": "US", "états-unis": "US", "etats-unis": "US",
}

// zones is the time zone of each country with one (for a country with
// overseas parts, that of its capital), from the IANA database. A
// country with several (the United States, Canada) is absent: its zone
// comes from the city (cities), or is not known.
var zones = map[string]string{
	"AL": "Europe/Tirane", "AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia",
	"CH": "Europe/Zurich", "CY": "Asia/Nicosia", "CZ": "Europe/Prague", "DE": "Europe/Berlin",
	"DK": "Europe/Copenhagen", "EE": "Europe/Tallinn", "ES": "Europe/Madrid", "FI": "Europe/Helsinki",
	"FR": "Europe/Paris", "GB": "Europe/London", "GE": "Asia/Tbilisi", "GR": "Europe/Athens",
	"HR": "Europe/Zagreb", "HU": "Europe/Budapest", "IE": "Europe/Dublin", "IS": "Atlantic/Reykjavik",
	"IT": "Europe/Rome", "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "LV": "Europe/Riga",
	"ME": "Europe/Podgorica", "MK": "Europe/Skopje", "MT": "Europe/Malta", "NL": "Europe/Amsterdam",
	"NO": "Europe/Oslo", "PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest",
	"SE": "Europe/Stockholm", "SI": "Europe/Ljubljana", "SK": "Europe/Bratislava", "SN": "Africa/Dakar",
	"TR": "Europe/Istanbul", "UA": "Europe/Kyiv",
}

// city is where a duty station is: its country and, in a country of
// several time zones, its zone.
type city struct{ country, zone string }

// cities are the duty stations of the bodies whose notices we read, in
// lower case, English and French, with and without accents.
var cities = map[string]city{
	"brussels": {"BE", ""}, "bruxelles": {"BE", ""}, "brussel": {"BE", ""}, "mons": {"BE", ""},
	"casteau": {"BE", ""}, "evere": {"BE", ""},
	"the hague": {"NL", ""}, "la haye": {"NL", ""}, "den haag": {"NL", ""}, "brunssum": {"NL", ""},
	"noordwijk": {"NL", ""}, "rijswijk": {"NL", ""}, "amsterdam": {"NL", ""},
	"capellen": {"LU", ""},
	"paris":    {"FR", ""}, "strasbourg": {"FR", ""}, "lyon": {"FR", ""},
	"geneva": {"CH", ""}, "genève": {"CH", ""}, "geneve": {"CH", ""}, "meyrin": {"CH", ""},
	"bern": {"CH", ""}, "berne": {"CH", ""}, "zurich": {"CH", ""}, "lausanne": {"CH", ""},
	"vienna": {"AT", ""}, "vienne": {"AT", ""}, "wien": {"AT", ""},
	"munich": {"DE", ""}, "münchen": {"DE", ""}, "darmstadt": {"DE", ""}, "geilenkirchen": {"DE", ""},
	"ramstein": {"DE", ""}, "uedem": {"DE", ""}, "kalkar": {"DE", ""}, "ulm": {"DE", ""}, "berlin": {"DE", ""},
	"frankfurt": {"DE", ""}, "cologne": {"DE", ""}, "köln": {"DE", ""},
	"rome": {"IT", ""}, "naples": {"IT", ""}, "la spezia": {"IT", ""}, "poggio renatico": {"IT", ""},
	"stavanger": {"NO", ""}, "oslo": {"NO", ""},
	"london": {"GB", ""}, "londres": {"GB", ""}, "northwood": {"GB", ""},
	"lisbon": {"PT", ""}, "lisbonne": {"PT", ""}, "oeiras": {"PT", ""},
	"madrid": {"ES", ""}, "valencia": {"ES", ""}, "valence": {"ES", ""},
	"valletta": {"MT", ""}, "la valette": {"MT", ""},
	"warsaw": {"PL", ""}, "varsovie": {"PL", ""}, "bydgoszcz": {"PL", ""},
	"izmir": {"TR", ""}, "istanbul": {"TR", ""}, "ankara": {"TR", ""},
	"copenhagen": {"DK", ""}, "copenhague": {"DK", ""},
	"tallinn": {"EE", ""}, "riga": {"LV", ""}, "vilnius": {"LT", ""},
	"dakar":   {"SN", ""},
	"norfolk": {"US", "America/New_York"}, "washington": {"US", "America/New_York"},
	"new york": {"US", "America/New_York"}, "tampa": {"US", "America/New_York"},
	"ottawa": {"CA", "America/Toronto"}, "gatineau": {"CA", "America/Toronto"},
	"montréal": {"CA", "America/Toronto"}, "montreal": {"CA", "America/Toronto"},
	"québec": {"CA", "America/Toronto"}, "quebec": {"CA", "America/Toronto"},
	"toronto": {"CA", "America/Toronto"}, "halifax": {"CA", "America/Halifax"},
	"winnipeg": {"CA", "America/Winnipeg"}, "edmonton": {"CA", "America/Edmonton"},
	"vancouver": {"CA", "America/Vancouver"}, "victoria": {"CA", "America/Vancouver"},
}

// CountryCode returns the ISO 3166-1 alpha-2 code of a country named in
// English or French, or "" when unknown.
func CountryCode(name string) string {
	return countries[strings.ToLower(Normalize(name))]
}

// isCountryCode reports an ISO code of a country in the tables, as
// written in "BE-Mons".
func isCountryCode(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	_, ok := zones[s]
	return ok || s == "US" || s == "CA"
}

// ParseLocation reads a duty station as notices write it into an
// address: "Country-City" ("Belgium-Brussels", "Pays-Bas-La Haye", the
// country from the table, so that a country with a hyphen is one),
// "CC-City" with an ISO code ("BE-Mons"), "…, City, Country" ("NATO HQ,
// Brussels, Belgium": the part before the country is the locality),
// "City (Country)" and "City (Region)" ("Ottawa (Ontario)"), a country
// alone, or a city alone, whose country the table of cities gives. The
// country is an ISO 3166-1 alpha-2 code, or "" when the location names
// none that is known; the locality is then the location as written.
func ParseLocation(loc string) PostalAddress {
	addr := PostalAddress{Type: "PostalAddress"}
	loc = Normalize(loc)
	rest := loc
	// "City (Country)", "City (Region)", "Geneva (GVA)"
	if strings.HasSuffix(rest, ")") {
		if i := strings.LastIndexByte(rest, '('); i > 0 {
			inner := strings.TrimSpace(rest[i+1 : len(rest)-1])
			before := strings.TrimSpace(rest[:i])
			switch {
			case CountryCode(inner) != "":
				addr.AddressCountry = CountryCode(inner)
				rest = before
			case isAirportCode(inner):
				rest = before
			case inner != "":
				addr.AddressRegion = inner
				rest = before
			}
		}
	}
	// "…, City, Country"
	parts := strings.Split(rest, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	if len(parts) > 1 && addr.AddressCountry == "" && CountryCode(parts[len(parts)-1]) != "" {
		addr.AddressCountry = CountryCode(parts[len(parts)-1])
		parts = parts[:len(parts)-1]
	}
	locality := parts[len(parts)-1]
	// "Country-City", "CC-City", a country alone
	if addr.AddressCountry == "" && len(parts) == 1 {
		best := -1
		for i := 0; i <= len(locality); i++ {
			if i < len(locality) && locality[i] != '-' {
				continue
			}
			if CountryCode(locality[:i]) != "" || i == 2 && i < len(locality) && isCountryCode(locality[:i]) {
				best = i
			}
		}
		if best >= 0 {
			country, after := locality[:best], ""
			if best < len(locality) {
				after = strings.TrimSpace(locality[best+1:])
			}
			addr.AddressCountry = CountryCode(country)
			if addr.AddressCountry == "" {
				addr.AddressCountry = country // an ISO code
			}
			locality = after
		}
	}
	addr.AddressLocality = locality
	if addr.AddressCountry == "" {
		if c, ok := cities[strings.ToLower(locality)]; ok {
			addr.AddressCountry = c.country
		} else {
			addr.AddressLocality = loc // nothing known: as written
			addr.AddressRegion = ""
		}
	}
	return addr
}

// isAirportCode reports a three-letter code in capitals, as job sites
// write after a city ("Geneva (GVA)").
func isAirportCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := range 3 {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// TimeZone returns the IANA time zone of an address: its city's when
// the city is known in a country of several zones, its country's when
// the country has one, "" otherwise.
func TimeZone(a PostalAddress) string {
	if c, ok := cities[strings.ToLower(a.AddressLocality)]; ok && c.zone != "" && c.country == a.AddressCountry {
		return c.zone
	}
	return zones[a.AddressCountry]
}

// locations caches the time zones loaded from the embedded database
// (the time/tzdata import makes them available on machines without a
// zoneinfo database): each is loaded on first use, not at start-up.
var locations sync.Map // zone name → *time.Location

// EndOfDay returns 23:59 on an ISO date in an IANA time zone as RFC 3339
// with the UTC offset of that day ("2025-06-22T23:59:00+02:00"), or ""
// for a malformed date or an unknown zone.
func EndOfDay(date, zone string) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil || zone == "" {
		return ""
	}
	var loc *time.Location
	if l, ok := locations.Load(zone); ok {
		loc = l.(*time.Location)
	} else {
		if loc, err = time.LoadLocation(zone); err != nil {
			return ""
		}
		locations.Store(zone, loc)
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 23, 59, 0, 0, loc).Format(time.RFC3339)
}
