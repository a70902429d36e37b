package schema

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Credential is a schema.org EducationalOccupationalCredential: the
// level of education a post requires, as one of Google's categories
// (CredentialCategories).
type Credential struct {
	Type               string `json:"@type"` // "EducationalOccupationalCredential"
	CredentialCategory string `json:"credentialCategory"`
}

// ExperienceRequirements is a schema.org OccupationalExperienceRequirements:
// the months of experience a post requires at least.
type ExperienceRequirements struct {
	Type               string `json:"@type"` // "OccupationalExperienceRequirements"
	MonthsOfExperience int    `json:"monthsOfExperience"`
}

// CredentialCategories are the values Google reads in
// educationRequirements.credentialCategory, from the least to the most
// education.
var CredentialCategories = []string{"high school", "professional certificate", "associate degree", "bachelor degree", "postgraduate degree"}

// patterns are the expressions the requirements are read with, compiled
// on first use: only the JSON-LD export needs them, and compiling them
// at start-up cost every command a millisecond.
var patterns = sync.OnceValue(func() *reqPatterns {
	return &reqPatterns{
		educationLevels: []*regexp.Regexp{
			regexp.MustCompile(`secondary (?:education|school)|high school|enseignement secondaire|études secondaires|secondaire supérieur`),
			regexp.MustCompile(`professional (?:certificate|qualification)|vocational|technician diploma|certificat professionnel|formation professionnelle`),
			regexp.MustCompile(`associate(?:'s)? degree`),
			regexp.MustCompile(`bachelor|(?:university|academic|college|medical|law|engineering|first-level|higher education) degree|degree (?:in|from)\b|diplôme universitaire|diplôme d'études universitaires|premier cycle|\blicence en\b|completed university studies`),
			regexp.MustCompile(`\bmaster(?:'s|s)?\b|\bph\.? ?d\b|doctora|postgraduate|post-graduate|advanced(?:-level)? (?:university )?degree|second-level university|deuxième cycle|troisième cycle`),
		},
		alternatives:     regexp.MustCompile(`\s(?:or|ou)\s`),
		experienceAlone:  regexp.MustCompile(`^\s*(?:(?:an?|equivalent|relevant|comparable|appropriate|professional|work|practical)\s+)+experience|^\s*(?:une\s+)?expérience\s+(?:professionnelle\s+)?(?:équivalente|pertinente)`),
		durations:        regexp.MustCompile(`\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt)(?:\s*\(\d{1,2}\))?\s*\+?\s*(?:full[- ])?(years?|yrs|ans?|années?|months?|mois)\b`),
		experienceAfter:  regexp.MustCompile(`^\s*'?\s*(?:of\s+|d'\s*|de\s+)?(?:[\p{L}-]+\s+){0,3}?(?:experience|expérience)`),
		experienceBefore: regexp.MustCompile(`(?:experience|expérience)[^.;]{0,40}$`),
	}
})

// reqPatterns: see patterns.
type reqPatterns struct {
	// educationLevels recognise each category in a criterion (lower
	// case), in the order of CredentialCategories. A degree is named by
	// what qualifies it ("university degree", "degree in …"), never by
	// the word alone: "a high degree of autonomy" is no degree.
	educationLevels []*regexp.Regexp
	// alternatives cuts a criterion at "or" / "ou": any one alternative
	// meets it.
	alternatives *regexp.Regexp
	// experienceAlone is an alternative of experience alone: "(or)
	// equivalent professional experience", "(ou) une expérience
	// équivalente".
	experienceAlone *regexp.Regexp
	// durations finds a number of years or months: "3 years", "two (2)
	// years", "5+ years", "4 ans", "six mois".
	durations *regexp.Regexp
	// experienceAfter and experienceBefore tell a duration of
	// experience from any other: "3 years' experience", "4 ans
	// d'expérience professionnelle", "experience of at least five
	// years", "expérience d'au moins 5 ans".
	experienceAfter, experienceBefore *regexp.Regexp
}

// educationRequirement reads the level of education the essential
// criteria require: in the first criterion that names one, each
// alternative ("a PhD …, or a university degree …") counts at its
// highest level ("a university degree at master's level" is a
// postgraduate degree) and the criterion at its lowest alternative, the
// least that meets it. experienceInstead says an alternative is
// experience alone ("or equivalent professional experience"). ""
// when no criterion names a level.
func educationRequirement(criteria []string) (category string, experienceInstead bool) {
	p := patterns()
	for _, c := range criteria {
		low := strings.ToLower(Normalize(c))
		best := -1
		instead := false
		for i, alt := range p.alternatives.Split(low, -1) {
			level := -1
			for l, re := range p.educationLevels {
				if re.MatchString(alt) {
					level = l
				}
			}
			switch {
			case level >= 0 && (best < 0 || level < best):
				best = level
			case level < 0 && i > 0 && p.experienceAlone.MatchString(alt):
				instead = true
			}
		}
		if best >= 0 {
			return CredentialCategories[best], instead
		}
	}
	return "", false
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
	"dix": 10, "douze": 12, "quinze": 15, "vingt": 20,
}

// monthsOfExperience reads the experience the essential criteria ask
// for, in months: each criterion asks for the least of its alternatives
// ("2 years' experience, or … 6 years' experience"), an alternative for
// the most it names ("5 years of experience, 2 of them managing"), and
// the post for the most any criterion asks, since all of them must be
// met. 0 when no criterion states a duration of experience.
func monthsOfExperience(criteria []string) int {
	most := 0
	for _, c := range criteria {
		least := 0
		for _, alt := range patterns().alternatives.Split(strings.ToLower(Normalize(c)), -1) {
			if n := experienceIn(alt); n > 0 && (least == 0 || n < least) {
				least = n
			}
		}
		most = max(most, least)
	}
	return most
}

// experienceIn is the longest duration of experience a text names, in
// months; 0 when it names none.
func experienceIn(low string) int {
	p := patterns()
	longest := 0
	for _, m := range p.durations.FindAllStringSubmatchIndex(low, -1) {
		if !p.experienceAfter.MatchString(low[m[1]:]) && !p.experienceBefore.MatchString(low[:m[0]]) {
			continue
		}
		word, unit := low[m[2]:m[3]], low[m[4]:m[5]]
		n, err := strconv.Atoi(word)
		if err != nil {
			n = numberWords[word]
		}
		if !strings.HasPrefix(unit, "mo") {
			n *= 12
		}
		longest = max(longest, n)
	}
	return longest
}
