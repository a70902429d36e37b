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
// pair; "" where a language has no equivalent. The fields read into the
// vacancy are title, reference, post_number, location, organisation,
// schedule, deadline, posting_period (its end is the deadline), salary,
// grade and clearance; the others (contract_type, duration, start_date,
// job_family, division, posted, selection_process) stay in the body as
// fields, and count as evidence of a post.
var fieldLabels = []FieldLabel{
	// The post's title, where a notice labels it.
	{"title", "Job Title", "Intitulé du poste"},
	{"title", "Post Title", "Titre du poste"},
	{"title", "Position Title", "Intitulé de l'emploi"},
	{"title", "Title", "Titre"},
	{"title", "Vacancy Title", "Intitulé"},
	{"title", "Functional Title", "Titre fonctionnel"},

	// The vacancy's own number. A post number names the post, not the
	// vacancy: it is kept apart.
	{"reference", "Reference", "Référence"},
	{"reference", "Reference Number", "Numéro de référence"},
	{"reference", "Reference No.", "N° de référence"},
	{"reference", "Vacancy Number", "Numéro de l'avis de vacance"},
	{"reference", "Vacancy No.", "N° de l'avis de vacance"},
	{"reference", "Vacancy Notice Number", "Numéro d'avis de vacance"},
	{"reference", "Vacancy Reference", "Référence de l'avis de vacance"},
	{"reference", "Job ID", "Identifiant de l'offre"},
	{"reference", "Job Number", "Numéro de l'offre"},
	{"reference", "Job Reference", "Référence de l'offre"},
	{"reference", "Job Requisition ID", "Numéro de réquisition"},
	{"reference", "Requisition ID", "N° de réquisition"},
	{"reference", "Requisition Number", "Réquisition"},
	{"reference", "Requisition #", "Réquisition n°"},
	{"reference", "Requisition No.", "N° de la réquisition"},
	{"reference", "Job Opening Number", "Numéro de l'offre d'emploi"},
	{"reference", "Job Opening ID", "Référence du poste"},
	{"reference", "Vacancy ID", "Référence de l'offre d'emploi"},
	{"reference", "TALEO Job Number", "Numéro de poste TALEO"},
	{"post_number", "Post Number", "Numéro du poste"},
	{"post_number", "Post No.", "N° du poste"},
	{"post_number", "Position Number", "Numéro de poste"},
	{"post_number", "Post Code", "Code du poste"},

	{"location", "Primary Location", "Emplacement principal"},
	{"location", "Location", "Lieu"},
	{"location", "Duty Station", "Lieu d'affectation"},
	{"location", "Other Locations", "Autres emplacements"},
	{"location", "Place of Employment", "Lieu de travail"},
	{"location", "Place of Work", "Lieu d'emploi"},
	{"location", "Place of Assignment", "Lieu principal"},
	{"location", "Duty Location", "Localisation"},
	{"location", "Work Location", "Lieu de l'emploi"},
	{"location", "Job Location", "Lieu du poste"},
	{"location", "City", "Ville"},

	{"organisation", "NATO Body", "Organisation"},
	{"organisation", "Organisation", "Organisme"},
	{"organisation", "Organization", "Organisme OTAN"},
	{"organisation", "Company", "Entreprise"},
	{"organisation", "Employer", "Employeur"},
	{"organisation", "Department", "Ministère"},
	{"organisation", "Department/Agency", "Ministère/Organisme"},
	{"organisation", "Agency", "Agence"},
	{"organisation", "Hiring Organization", "Organisation d'embauche"},

	{"schedule", "Schedule", "Horaire"},
	{"schedule", "Work Schedule", "Horaire de travail"},
	{"schedule", "Working Time", "Temps de travail"},
	{"schedule", "Working Hours", "Régime de travail"},
	{"schedule", "Time Type", "Type d'horaire"},
	{"schedule", "Job Schedule", "Durée du travail"},

	{"deadline", "Application Deadline", "Date de retrait"},
	{"deadline", "Closing Date", "Date de clôture"},
	{"deadline", "Deadline", "Date limite de candidature"},
	{"deadline", "Application Closing Date", "Date limite"},
	{"deadline", "Deadline for Applications", "Date limite de dépôt des candidatures"},
	{"deadline", "Closing Date for Applications", "Date limite pour postuler"},
	{"deadline", "Deadline for Application", "Date limite d'envoi des candidatures"},
	{"deadline", "Deadline Date", "Date de fin de publication"},
	{"deadline", "Apply By", "Date limite de réception des candidatures"},
	{"deadline", "Expiry Date", "Date d'expiration"},
	{"posting_period", "Posting Period", "Période d'affichage"},
	{"posting_period", "Advertisement Period", "Période de publication"},
	{"posted", "Date Posted", "Date de publication"},
	{"posted", "Posted On", "Publié le"},
	{"posted", "Posting Date", "Date d'affichage"},
	{"posted", "Publication Date", "Date de mise en ligne"},

	{"salary", "Salary (Pay Basis)", "Salaire (Base de paie)"},
	{"salary", "Salary", "Salaire"},
	{"salary", "Basic Salary", "Traitement de base"},
	{"salary", "Basic Monthly Salary", "Traitement mensuel de base"},
	{"salary", "Monthly Salary", "Salaire mensuel"},
	{"salary", "Annual Salary", "Salaire annuel"},
	{"salary", "Salary Range", "Échelle salariale"},
	{"salary", "Remuneration", "Rémunération"},
	{"salary", "Pay", "Rémunération mensuelle"},
	{"salary", "Monthly Basic Salary", "Salaire de base mensuel"},
	{"salary", "Net Monthly Salary", "Salaire mensuel net"},

	{"grade", "Grade", "Grade"},
	{"grade", "NATO Grade", "Grade OTAN"},
	{"grade", "Grade Level", "Niveau du grade"},
	{"grade", "Level", "Classe"},
	{"grade", "Group and Level", "Groupe et niveau"},
	{"grade", "Grade/Level", "Grade/classe"},
	{"grade", "Band", "Échelon"},

	{"clearance", "Clearance Level", "Niveau de l'habilitation de sécurité"},
	{"clearance", "Security Clearance", "Habilitation de sécurité"},
	{"clearance", "Security Clearance Level", "Niveau d'habilitation de sécurité"},
	{"clearance", "Required Security Clearance", "Habilitation de sécurité requise"},
	{"clearance", "Security Clearance Required", "Niveau d'habilitation"},
	{"clearance", "Security Level", "Niveau de sécurité"},

	{"contract_type", "Contract Type", "Type de contrat"},
	{"contract_type", "Type of Contract", "Nature du contrat"},
	{"contract_type", "Type of Appointment", "Type de nomination"},
	{"contract_type", "Employment Tenure", "Durée d'emploi"},
	{"contract_type", "Employment Type", "Type d'emploi"},
	{"contract_type", "Appointment Type", "Type d'engagement"},
	{"duration", "Duration", "Durée"},
	{"duration", "Contract Duration", "Durée du contrat"},
	{"start_date", "Start Date", "Date d'entrée en fonction"},
	{"start_date", "Expected Start Date", "Date de début"},
	{"job_family", "Job Family", "Famille d'emplois"},
	{"job_family", "Job Category", "Catégorie d'emploi"},
	{"division", "Division", "Division"},
	{"division", "Directorate", "Direction"},
	{"selection_process", "Selection Process Number", "Numéro du processus de sélection"},
	{"selection_process", "Who Can Apply", "Qui peut postuler"},
}

// sectionHeadings maps a canonical section kind to its headings. A heading
// matches when its normalised text equals an entry, or starts with an
// entry marked as a prefix with a trailing "*".
var sectionHeadings = []SectionHeading{
	{"header", "Job details", "Détails du poste"},
	{"header", "Post details", "Détails de l'emploi"},
	{"header", "General information", "Informations générales"},
	{"header", "Job information", "Informations sur l'emploi"},
	{"description", "Description", "Description"},
	{"description", "Job Description", "Description du poste"},
	{"description", "Job summary", "Résumé de l'emploi"},
	{"description", "About the job", "À propos du poste"},
	{"description", "About the role", "À propos de l'emploi"},
	{"description", "The position", "Le poste"},
	{"description", "Organizational setting", "Cadre organisationnel"},
	{"description", "Organisational setting", "Contexte organisationnel"},
	{"description", "Our team and mission", "Notre équipe et notre mission"},
	{"description", "About us", "Qui sommes-nous"},
	{"description", "Background", "Contexte"},
	{"description", "Overview", "Aperçu"},
	{"description", "Work environment", "Environnement de travail"},
	{"info_session", "Info-session*", "Séance d'information*"},
	{"info_session", "Information session*", "Session d'information*"},
	{"daily_work", "How the daily work will look like", "À quoi ressemblera le travail au quotidien"},
	{"daily_work", "What will the daily work look like", "Travail au quotidien"},
	{"daily_work", "What will you do", "Que ferez-vous"},
	{"offer", "What do we offer", "Que propose l'OTAN"},
	{"offer", "What we offer", "Ce que nous offrons"},
	{"offer", "What does NATO offer", "Ce que propose l'OTAN"},
	{"offer", "Benefits", "Avantages"},
	{"offer", "What we can offer", "Ce que nous proposons"},
	{"offer", "Salary and benefits", "Traitement et avantages"},
	{"offer", "Remuneration and benefits", "Rémunération et avantages"},
	{"offer", "Conditions of service", "Conditions d'engagement"},
	{"selection_criteria", "Selection Criteria", "Critères de sélection"},
	{"selection_criteria", "Eligibility criteria", "Critères d'admissibilité"},
	{"selection_criteria", "Assessment", "Évaluation"},
	{"eligibility", "Eligibility", "Admissibilité"},
	{"eligibility", "Eligibility requirements", "Conditions d'admissibilité"},
	{"eligibility", "General conditions", "Conditions générales"},
	{"eligibility", "Who can apply", "Qui peut postuler"},
	{"eligibility", "Eligibility conditions", "Critères d'éligibilité"},
	{"essential", "Essential", "Acquis essentiels"},
	{"essential", "Essential requirements", "Essentiel"},
	{"essential", "Essential qualifications", "Qualifications essentielles"},
	{"essential", "Essential Qualifications / Experience", "Qualifications / expérience essentielles"},
	{"essential", "Essential criteria", "Conditions essentielles"},
	{"essential", "Essential qualifications and experience", "Qualifications et expérience essentielles"},
	{"essential", "Required qualifications", "Qualifications requises"},
	{"essential", "Required qualifications, skills and experience", "Qualifications, compétences et expérience requises"},
	{"essential", "Minimum qualifications", "Qualifications minimales"},
	{"essential", "Minimum requirements", "Exigences minimales"},
	{"essential", "Requirements", "Exigences"},
	{"essential", "Mandatory requirements", "Exigences obligatoires"},
	{"essential", "Essential skills", "Compétences essentielles"},
	{"essential", "Candidate profile", "Profil du candidat"},
	{"essential", "Ideal candidate profile", "Profil recherché"},
	{"essential", "Your profile", "Votre profil"},
	{"essential", "Requirements for the post", "Profil requis"},
	{"essential", "What you need", "Exigences du poste"},
	{"essential", "Qualifications required", "Qualifications exigées"},
	{"desirable", "Desirable", "Acquis souhaitables"},
	{"desirable", "Desirable requirements", "Souhaitable"},
	{"desirable", "Desirable qualifications", "Qualifications souhaitables"},
	{"desirable", "Desirable Qualifications / Experience", "Qualifications / expérience souhaitables"},
	{"desirable", "Desirable criteria", "Conditions souhaitables"},
	{"desirable", "Desirable qualifications and experience", "Qualifications et expérience souhaitables"},
	{"desirable", "Asset qualifications", "Qualifications constituant un atout"},
	{"desirable", "Assets", "Atouts"},
	{"desirable", "Asset", "Atout"},
	{"desirable", "Preferred qualifications", "Qualifications préférées"},
	{"desirable", "Additional qualifications", "Qualifications supplémentaires"},
	{"desirable", "Nice to have", "Serait un atout"},
	{"desirable", "Desirable skills", "Compétences souhaitables"},
	{"desirable", "Would be an advantage", "Constituerait un avantage"},
	{"desirable", "Advantageous", "Souhaité"},
	{"competencies", "Competencies required", "Compétences requises"},
	{"competencies", "Competencies", "Compétences"},
	{"competencies", "Required competencies", "Compétences exigées"},
	{"competencies", "Core competencies", "Compétences de base"},
	{"competencies", "Core values and competencies", "Valeurs et compétences fondamentales"},
	{"competencies", "Behavioural competencies", "Compétences comportementales"},
	{"competencies", "Behavioral competencies", "Compétences relationnelles"},
	{"competencies", "Technical competencies", "Compétences techniques"},
	{"competencies", "Attributes/Competencies", "Qualités/compétences"},
	{"competencies", "Personal attributes", "Qualités personnelles"},
	{"competencies", "Skills", "Aptitudes"},
	{"competencies", "Key competencies", "Compétences clés"},
	{"values", "Our Values", "Nos valeurs"},
	{"values", "Values", "Valeurs"},
	{"values", "Diversity and inclusion", "Diversité et inclusion"},
	{"values", "Equal opportunities", "Égalité des chances"},
	{"special_notice", "Special Notice", "Instruction particulière"},
	{"special_notice", "Special Notice", "Avis spécial"},
	{"special_notice", "Notes", "Remarques importantes"},
	{"special_notice", "Important", "Important"},
	{"summary", "Summary", "Résumé"},
	{"summary", "Post Summary", "Résumé du poste"},
	{"summary", "Post Context", "Contexte du poste"},
	{"summary", "Post Context/Post Summary", "Contexte du poste/résumé du poste"},
	{"summary", "Purpose of the post", "Objet du poste"},
	{"summary", "Role summary", "Résumé des fonctions"},
	{"summary", "Job purpose", "Finalité du poste"},
	{"qualifications", "Qualifications and Experience", "Qualifications et expérience"},
	{"qualifications", "Qualifications", "Qualifications"},
	{"qualifications", "Qualifications and skills", "Qualifications et compétences"},
	{"qualifications", "Skills and qualifications", "Compétences et qualifications"},
	{"qualifications", "Knowledge, skills and abilities", "Connaissances, aptitudes et capacités"},
	{"education", "Education", "Formation"},
	{"education", "Education/Training", "Formation/études"},
	{"education", "Academic background", "Études"},
	{"education", "Academic qualifications", "Diplômes"},
	{"education", "Education and training", "Études et formation"},
	{"experience", "Experience", "Expérience"},
	{"experience", "Work experience", "Expérience professionnelle"},
	{"experience", "Professional experience", "Expérience requise"},
	{"experience", "Professional background", "Parcours professionnel"},
	{"experience", "Professional/Experience", "Expérience/profession"},
	{"languages", "Languages", "Langues"},
	{"languages", "Language", "Langue"},
	{"languages", "Language requirements", "Exigences linguistiques"},
	{"languages", "Language skills", "Connaissances linguistiques"},
	{"accountabilities", "Main Accountabilities", "Responsabilités principales"},
	{"accountabilities", "Principal Duties", "Tâches principales"},
	{"accountabilities", "Main Duties", "Principales attributions"},
	{"accountabilities", "Role", "Rôle"},
	{"accountabilities", "Duties and Responsibilities", "Attributions et responsabilités"},
	{"accountabilities", "Duties", "Fonctions"},
	{"accountabilities", "Key duties", "Tâches"},
	{"accountabilities", "Key duties and responsibilities", "Principales tâches"},
	{"accountabilities", "Responsibilities", "Responsabilités"},
	{"accountabilities", "Main responsibilities", "Principales responsabilités"},
	{"accountabilities", "Key responsibilities", "Missions principales"},
	{"accountabilities", "Role responsibilities", "Missions"},
	{"accountabilities", "Tasks", "Tâches et responsabilités"},
	{"accountabilities", "Functions", "Attributions"},
	{"accountabilities", "Duties and tasks", "Description des tâches"},
	{"accountabilities", "Your tasks", "Vos missions"},
	{"accountabilities", "The role", "Fonctions principales"},
	{"interrelationships", "Interrelationships", "Relations de travail"},
	{"interrelationships", "Interrelationships", "Interactions"},
	{"interrelationships", "Working Relationships", "Relations professionnelles"},
	{"contract", "Contract", "Contrat"},
	{"contract", "Contract Details", "Détails du contrat"},
	{"contract", "Conditions of Employment", "Conditions d'emploi"},
	{"contract", "Terms of employment", "Conditions d'engagement"},
	{"contract", "Contract and salary", "Contrat et rémunération"},
	{"contract", "Employment conditions", "Conditions de travail"},
	{"recruitment_process", "Recruitment Process", "Processus de recrutement"},
	{"recruitment_process", "Recruitment Process", "Procédure de recrutement"},
	{"recruitment_process", "How to apply", "Comment postuler"},
	{"recruitment_process", "Application", "Candidature"},
	{"recruitment_process", "Useful information regarding application*", "Informations utiles concernant la candidature*"},
	{"recruitment_process", "Application process", "Procédure de candidature"},
	{"recruitment_process", "Selection process", "Processus de sélection"},
	{"recruitment_process", "Applications", "Candidatures"},
	{"recruitment_process", "Submission of applications", "Dépôt des candidatures"},
	{"additional_information", "Additional Information", "Informations complémentaires"},
	{"additional_information", "Additional Information", "Renseignements complémentaires"},
	{"additional_information", "Other Information", "Autres informations"},
	{"additional_information", "Remarks", "Remarques"},
	{"additional_information", "Special Requirements and Additional Duties", "Exigences particulières et tâches additionnelles"},
	{"additional_information", "Additional requirements", "Exigences supplémentaires"},
	{"additional_information", "Note", "Note"},
	{"additional_information", "Information", "Informations"},
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
