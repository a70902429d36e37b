package vocab

// This file is the vocabulary of vacancy notices, as data: the labels of
// the header fields and the headings of the sections, English and French
// side by side, and the words that tell the languages apart or name
// months, currencies and pay periods. Matching is done on normalised keys
// (see normKey), so an entry covers its upper-case, accent-less and
// colon-less spellings. Reading another body's notices usually means
// adding rows here, not code.

// FieldLabel is one spelling pair of a header field's label; "" where a
// language has no equivalent.
type FieldLabel struct {
	Field  string // the field: "location", "deadline", "salary"…
	EN, FR string
}

// SectionHeading is one spelling pair of a section heading. A heading
// matches when its normalised text equals an entry, or starts with an
// entry written with a trailing "*".
type SectionHeading struct {
	Kind   string // the canonical section kind: "essential", "offer"…
	EN, FR string
}

// fieldLabels maps a header field to its labels. Each row is one spelling
// pair; "" where a language has no equivalent.
var fieldLabels = []FieldLabel{
	{"location", "Primary Location", "Emplacement principal"},
	{"location", "Location", "Lieu"},
	{"location", "Duty Station", "Lieu d'affectation"},
	{"location", "Other Locations", "Autres emplacements"},
	{"organisation", "NATO Body", "Organisation"},
	{"organisation", "Organisation", "Organisme"},
	{"organisation", "Organization", "Organisme OTAN"},
	{"schedule", "Schedule", "Horaire"},
	{"schedule", "Work Schedule", "Horaire de travail"},
	{"deadline", "Application Deadline", "Date de retrait"},
	{"deadline", "Closing Date", "Date de clôture"},
	{"deadline", "Deadline", "Date limite de candidature"},
	{"deadline", "Application Closing Date", "Date limite"},
	{"salary", "Salary (Pay Basis)", "Salaire (Base de paie)"},
	{"salary", "Salary", "Salaire"},
	{"salary", "Basic Salary", "Traitement de base"},
	{"grade", "Grade", "Grade"},
	{"grade", "NATO Grade", "Grade OTAN"},
	{"clearance", "Clearance Level", "Niveau de l'habilitation de sécurité"},
	{"clearance", "Security Clearance", "Habilitation de sécurité"},
	{"clearance", "Security Clearance Level", "Niveau d'habilitation de sécurité"},
	{"reference", "Reference", "Référence"},
	{"reference", "Vacancy Number", "Numéro de l'avis de vacance"},
	{"reference", "Job ID", "Numéro du poste"},
	{"reference", "Requisition ID", "Numéro de référence"},
	{"contract_type", "Contract Type", "Type de contrat"},
	{"job_family", "Job Family", "Famille d'emplois"},
	{"division", "Division", "Division"},
}

// sectionHeadings maps a canonical section kind to its headings. A heading
// matches when its normalised text equals an entry, or starts with an
// entry marked as a prefix with a trailing "*".
var sectionHeadings = []SectionHeading{
	{"header", "Job details", "Détails du poste"},
	{"header", "Post details", "Détails de l'emploi"},
	{"description", "Description", "Description"},
	{"description", "Job Description", "Description du poste"},
	{"info_session", "Info-session*", "Séance d'information*"},
	{"info_session", "Information session*", "Session d'information*"},
	{"daily_work", "How the daily work will look like", "À quoi ressemblera le travail au quotidien"},
	{"daily_work", "What will the daily work look like", "Travail au quotidien"},
	{"daily_work", "What will you do", "Que ferez-vous"},
	{"offer", "What do we offer", "Que propose l'OTAN"},
	{"offer", "What we offer", "Ce que nous offrons"},
	{"offer", "What does NATO offer", "Ce que propose l'OTAN"},
	{"selection_criteria", "Selection Criteria", "Critères de sélection"},
	{"selection_criteria", "Eligibility criteria", "Critères d'admissibilité"},
	{"essential", "Essential", "Acquis essentiels"},
	{"essential", "Essential requirements", "Essentiel"},
	{"essential", "Essential qualifications", "Qualifications essentielles"},
	{"essential", "Essential Qualifications / Experience", "Qualifications / expérience essentielles"},
	{"essential", "Essential criteria", "Conditions essentielles"},
	{"desirable", "Desirable", "Acquis souhaitables"},
	{"desirable", "Desirable requirements", "Souhaitable"},
	{"desirable", "Desirable qualifications", "Qualifications souhaitables"},
	{"desirable", "Desirable Qualifications / Experience", "Qualifications / expérience souhaitables"},
	{"desirable", "Desirable criteria", "Conditions souhaitables"},
	{"competencies", "Competencies required", "Compétences requises"},
	{"competencies", "Competencies", "Compétences"},
	{"competencies", "Required competencies", "Compétences exigées"},
	{"values", "Our Values", "Nos valeurs"},
	{"values", "Values", "Valeurs"},
	{"special_notice", "Special Notice", "Instruction particulière"},
	{"special_notice", "Special Notice", "Avis spécial"},
	{"summary", "Summary", "Résumé"},
	{"summary", "Post Summary", "Résumé du poste"},
	{"summary", "Post Context", "Contexte du poste"},
	{"qualifications", "Qualifications and Experience", "Qualifications et expérience"},
	{"qualifications", "Qualifications", "Qualifications"},
	{"accountabilities", "Main Accountabilities", "Responsabilités principales"},
	{"accountabilities", "Principal Duties", "Tâches principales"},
	{"accountabilities", "Main Duties", "Principales attributions"},
	{"accountabilities", "Role", "Rôle"},
	{"accountabilities", "Duties and Responsibilities", "Attributions et responsabilités"},
	{"interrelationships", "Interrelationships", "Relations de travail"},
	{"interrelationships", "Interrelationships", "Interactions"},
	{"interrelationships", "Working Relationships", "Relations professionnelles"},
	{"contract", "Contract", "Contrat"},
	{"contract", "Contract Details", "Détails du contrat"},
	{"contract", "Conditions of Employment", "Conditions d'emploi"},
	{"recruitment_process", "Recruitment Process", "Processus de recrutement"},
	{"recruitment_process", "Recruitment Process", "Procédure de recrutement"},
	{"recruitment_process", "How to apply", "Comment postuler"},
	{"recruitment_process", "Application", "Candidature"},
	{"recruitment_process", "Useful information regarding application*", "Informations utiles concernant la candidature*"},
	{"additional_information", "Additional Information", "Informations complémentaires"},
	{"additional_information", "Additional Information", "Renseignements complémentaires"},
	{"additional_information", "Other Information", "Autres informations"},
	{"additional_information", "Remarks", "Remarques"},
	{"additional_information", "Special Requirements and Additional Duties", "Exigences particulières et tâches additionnelles"},
}

// Language evidence: short function words that occur in nearly every
// sentence of one language and rarely in the other.
var functionWords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "for", "with", "is", "are", "be", "will", "this", "that",
		"on", "by", "from", "as", "or", "at", "an", "our", "you", "your", "which", "who", "have", "has",
		"must", "should", "can", "their", "its", "all", "any", "other", "such", "including", "within"},
	"fr": {"le", "la", "les", "et", "des", "du", "de", "un", "une", "pour", "dans", "sur", "avec",
		"est", "sont", "être", "aux", "au", "par", "qui", "que", "ou", "en", "vous", "votre", "vos", "leur",
		"ses", "ces", "cette", "il", "elle", "ainsi", "notamment", "tous", "toutes", "d'un", "d'une", "l'"},
}

// frenchAccents are letters that French writes and English does not:
// each one is a little evidence for French.
const frenchAccents = "éèêàâçùûôîœÉÈÊÀÂÇÙÛÔÎŒ"

// frenchElisions are the words French elides before a vowel ("l'OTAN",
// "d'un", "qu'il"): a word that starts with one and an apostrophe is
// French.
var frenchElisions = []string{"l", "d", "qu", "n", "s", "j", "c"}

// monthNames maps month names and abbreviations, both languages, to
// month numbers. Keys are normalised with normKey (no accents, no dot).
var monthNames = map[string]int{
	"jan": 1, "january": 1, "janv": 1, "janvier": 1,
	"feb": 2, "february": 2, "fev": 2, "fevr": 2, "fevrier": 2,
	"mar": 3, "march": 3, "mars": 3,
	"apr": 4, "april": 4, "avr": 4, "avril": 4,
	"may": 5, "mai": 5,
	"jun": 6, "june": 6, "juin": 6,
	"jul": 7, "july": 7, "juil": 7, "juillet": 7,
	"aug": 8, "august": 8, "aou": 8, "aout": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9,
	"oct": 10, "october": 10, "octobre": 10,
	"nov": 11, "november": 11, "novembre": 11,
	"dec": 12, "december": 12, "decembre": 12,
}

// currencies maps what a salary line may say to an ISO 4217 code. Keys
// are normalised with normKey.
var currencies = map[string]string{
	"eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR",
	"usd": "USD", "us dollar": "USD", "us dollars": "USD", "dollar us": "USD", "dollars us": "USD", "$": "USD", "dollar": "USD", "dollars": "USD",
	"gbp": "GBP", "pound sterling": "GBP", "livre sterling": "GBP", "£": "GBP",
	"cad": "CAD", "canadian dollar": "CAD", "dollar canadien": "CAD",
	"chf": "CHF", "swiss franc": "CHF", "franc suisse": "CHF",
	"nok": "NOK", "norwegian krone": "NOK", "couronne norvegienne": "NOK",
	"dkk": "DKK", "danish krone": "DKK", "couronne danoise": "DKK",
	"sek": "SEK", "swedish krona": "SEK", "couronne suedoise": "SEK",
	"pln": "PLN", "zloty": "PLN", "turkish lira": "TRY", "livre turque": "TRY", // "try" is a word: TRY only as "(TRY)"
	"huf": "HUF", "czk": "CZK", "ron": "RON", "bgn": "BGN", "isk": "ISK",
}

// salaryPeriods maps the period word of a salary line to a schema period.
var salaryPeriods = map[string]string{
	"monthly": "month", "per month": "month", "month": "month", "mensuel": "month", "mensuelle": "month", "par mois": "month", "mois": "month",
	"yearly": "year", "annual": "year", "annually": "year", "per annum": "year", "per year": "year", "year": "year", "annuel": "year", "annuelle": "year", "par an": "year",
	"weekly": "week", "per week": "week", "hebdomadaire": "week",
	"daily": "day", "per day": "day", "journalier": "day", "journaliere": "day", "par jour": "day",
	"hourly": "hour", "per hour": "hour", "horaire": "hour", "par heure": "hour",
}

// deadlineCues introduce a deadline in running text.
var deadlineCues = []string{"apply until", "apply by", "applications close", "closing date", "deadline",
	"candidatures acceptees jusqu", "postuler jusqu", "date limite", "date de cloture"}
