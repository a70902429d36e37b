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

// colonOnlyLabels are labels of fieldLabels read only before their colon
// or glued to their value ("Contract: Permanent, full time",
// "TaskFull-time"): the bare word opens titles, banners and headings
// ("Contract Agent – Function Group IV – …", "CONTRACT AWARD NOTICE",
// "Task", "EUROPEAN / UNION / AGENCY" over a letterhead, "Class 1 Driver").
var colonOnlyLabels = []string{"Contract", "Contrat", "ID", "Task", "Union", "Syndicat", "Class", "Échelle", "Work type", "Horaires", "Rotation", "Base"}

// fieldLabels maps a header field to its labels. Each row is one spelling
// pair; "" where a language has no equivalent. The fields read into the
// vacancy are title, reference, post_number, location, organisation,
// schedule, deadline, posting_period (its end is the deadline), salary,
// grade and clearance; the others (contract_type, duration, start_date,
// job_family, division, union, posted, selection_process) stay in the body as
// fields, and count as evidence of a post.
var fieldLabels = []FieldLabel{
	// The post's title, where a notice labels it.
	{"title", "Job Title", "Intitulé du poste"},
	{"title", "Post Title", "Titre du poste"},
	{"title", "Name of the post", "Dénomination du poste"},
	{"title", "Position Title", "Intitulé de l'emploi"},
	{"title", "Title", "Titre"},
	{"title", "Vacancy Title", "Intitulé"},
	{"title", "Functional Title", "Titre fonctionnel"},
	{"title", "Posting Title", "Titre de l'avis"},
	{"title", "Post (business title)", "Poste (intitulé)"},
	{"title", "Function title", "Intitulé de la fonction"},
	{"title", "Title of the post", ""},
	{"title", "Title of post", ""},
	{"title", "Title of function", ""},
	{"title", "Title of the position", ""},
	// A consultancy's terms of reference: "Title of assignment".
	{"title", "Title of assignment", "Intitulé de la mission"},
	{"title", "Assignment title", "Titre de la mission"},
	{"title", "Title of consultancy", "Intitulé de la consultance"},
	// The bare word, as many headers print it: "Post: A134 - Project
	// Officer", "Position: Infrastructure Engineer", "Poste : Urbaniste".
	{"title", "Position", "Poste"},
	{"title", "Post", ""},

	// The vacancy's own number. A post number names the post, not the
	// vacancy: it is kept apart.
	{"reference", "Reference", "Référence"},
	{"reference", "Reference Number", "Numéro de référence"},
	{"reference", "Reference No.", "N° de référence"},
	{"reference", "Vacancy Number", "Numéro de l'avis de vacance"},
	{"reference", "Vacancy No.", "N° de l'avis de vacance"},
	{"reference", "Vacancy Notice Number", "Numéro d'avis de vacance"},
	{"reference", "Vacancy announcement number", "Numéro de l'avis de recrutement"},
	{"reference", "Vacancy announcement No.", "N° de l'avis de recrutement"},
	{"reference", "Vacancy Reference", "Référence de l'avis de vacance"},
	{"reference", "Vacancy ref.", "Réf. de l'avis"},
	{"reference", "Position code", ""}, // Concordia: "Position code: 26_T_CHEM_O"
	{"reference", "Selection Process Nº", "Nº du processus de sélection"},
	{"reference", "Selection process number", "Numéro du processus de sélection"},
	{"reference", "Solicitation No.", "N° de l'appel"},
	{"reference", "Solicitation number", "Numéro de l'appel"},
	{"reference", "ID", ""}, // "ID<TAB>2026-38214" (iCIMS); with its colon only: see colonOnlyLabels
	{"reference", "Job ID", "Identifiant de l'offre"},
	{"reference", "Job Number", "Numéro de l'offre"},
	{"reference", "Job Reference", "Référence de l'offre"},
	{"reference", "Job ref", "Réf. de l'offre"},
	{"reference", "Job Requisition ID", "Numéro de réquisition"},
	{"reference", "Selection procedure reference", "Référence de la procédure de sélection"},
	{"reference", "", "ID de réquisition d'emploi"}, // Workday in French
	{"reference", "", "ID de réquisition"},          // SuccessFactors in French
	{"reference", "Requisition ID", "N° de réquisition"},
	{"reference", "Requisition Number", "Réquisition"},
	{"reference", "Requisition #", "Réquisition n°"},
	{"reference", "Requisition No.", "N° de la réquisition"},
	{"reference", "Job Opening Number", "Numéro de l'offre d'emploi"},
	{"reference", "Job Opening ID", "Référence du poste"},
	{"reference", "Vacancy ID", "Référence de l'offre d'emploi"},
	{"reference", "TALEO Job Number", "Numéro de poste TALEO"},
	{"reference", "Selection code", "Code de sélection"},
	{"reference", "Ref.", "Réf."},
	// A French letter's own reference ("N/Réf. : ECH-RH-2035-07"), not the
	// "V/Réf." it answers. ("Our ref:" stays no label: an English
	// letterhead's file number, under a banner with the vacancy's.)
	{"reference", "", "N/Réf."},
	{"reference", "Campaign reference", "Référence de la campagne"},
	{"reference", "Vacancy code", "Code de l'offre"},
	{"reference", "Posting number", "Numéro d'affichage"},
	{"reference", "Competition number", "Numéro du concours"},
	{"reference", "Req ID", "No de demande"},
	{"reference", "Call for applications number", "Numéro de l'appel à candidatures"},
	{"reference", "", "Numéro d'appel de candidatures"},
	{"reference", "Job Req ID", "ID de la demande de poste"},
	{"reference", "Posting ID", "Numéro de l'affichage"},
	{"reference", "Advertisement Number", "Numéro d'annonce"},
	{"reference", "Job no", "N° d'offre"},
	{"reference", "", "ID de l'offre"},
	{"reference", "", "No de l'offre"},
	{"reference", "Job Identification", "Identification de l'offre"},
	{"reference", "", "Identification du poste"}, // Oracle's French pages
	// Boards that print their own number beside the employer's, each
	// with its label: "Ref. Apec : 178224519W - Ref. Société : NG-26-04417",
	// "No de l'offre Jobillico : 8841207" (see boardRefLabels).
	{"reference", "", "Ref. Apec"},
	{"reference", "", "Ref. Société"},
	{"reference", "", "No de l'offre Jobillico"},
	{"reference", "Job #", "Poste n°"},
	{"reference", "Job ad ID", "ID de l'annonce"},
	{"reference", "Vacancy #", ""},
	{"reference", "Job requisition number", "Identifiant de l'offre d'emploi"},
	{"reference", "Job requisition", "Réquisition"},
	{"reference", "Advertisement No.", "Numéro de l'annonce"},
	{"reference", "Ad number", "N° de l'annonce"},
	{"reference", "Reg. no", "Reg. n°"},
	{"reference", "Registration no.", "Reg. nº"},
	{"reference", "Competition no.", "Numéro de concours"},
	{"reference", "", "Numéro de l'emploi"},
	{"reference", "Notice reference", "Référence de l'avis"},
	{"reference", "Competition", "Concours"},
	{"reference", "", "No. de concours"},
	{"reference", "Competition #", "N° de concours"},
	{"reference", "Posting no.", "N° d'affichage"},
	{"reference", "Posting #", "Affichage no"},
	{"reference", "Posting No", "No d'affichage"},
	{"reference", "Employer reference", "Référence de l'employeur"},
	{"reference", "Employer's reference", "Référence employeur"},
	{"reference", "Internal reference", "Référence interne"},                   // the employer's own number beside a board's "Offre n°"
	{"reference", "Employer's job number", "Numéro de l'offre de l'employeur"}, // beside the board's "Numéro de l'offre"
	{"reference", "", "Référence établissement"},                               // a hospital's number on a health board
	{"reference", "", "Référence de l'établissement"},
	{"reference", "Job Bank job number", "Numéro de l'offre du Guichet-Emplois"},
	{"reference", "Job-ID", "Numéro de l'annonce"},
	{"reference", "Advertisement reference", "Référence de l'annonce"},
	{"reference", "Announcement No.", "Annonce n°"},
	{"reference", "Announcement number", "Numéro de l'avis"},
	{"post_number", "Post Number", "Numéro du poste"},
	{"post_number", "Post No.", "N° du poste"},
	{"post_number", "Position Number", "Numéro de poste"},
	{"post_number", "Position No.", "N° de poste"},
	{"post_number", "Post Code", "Code du poste"},
	{"post_number", "Post ID", "Identifiant du poste"},

	{"location", "Primary Location", "Emplacement principal"},
	{"location", "Location", "Lieu"},
	{"location", "", "Endroit"}, // Canadian French: "Endroit : St. John's (Terre-Neuve-et-Labrador)"
	{"location", "Location (City)", "Lieu (ville)"},
	{"location", "Location of the job", "Lieu de l'emploi"},
	{"location", "Duty Station", "Lieu d'affectation"},
	{"location", "Other Locations", "Autres emplacements"},
	{"location", "Place of Employment", "Lieu de travail"},
	{"location", "Facility", "Établissement"},              // a health network's hospital, a school board's school: see facilityLabels
	{"location", "Place(s) of work", "Lieu(x) de travail"}, // a board's label for one place or several
	{"location", "Place of Work", "Lieu d'emploi"},
	{"location", "Place of Assignment", "Lieu principal"},
	{"location", "Duty Location", "Localisation"},
	{"location", "Work Location", "Lieu de l'emploi"},
	{"location", "Job Location", "Lieu du poste"},
	{"location", "Mission location", "Lieu de la mission"},
	{"location", "City", "Ville"},
	{"deadline", "Closing", "Clôture"},
	{"location", "Post location", "Localisation du poste"},
	{"location", "Locations", "Emplacements"},
	{"location", "", "Lieux"},
	{"location", "Place", "Localité"},
	{"location", "Town/city", "Ville/commune"},
	{"location", "Work locations", "Lieux"},
	{"location", "Campus", "Campus"},
	{"location", "Workplace", ""},
	{"location", "Base", ""},                 // a national park's or a heritage body's office: "Base: Lymington Town Hall, with fieldwork…"; with its colon only: see colonOnlyLabels ("Traitement mensuel de" / "base")
	{"location", "Based at", ""},             // "Based at: Murley Moss, Oxenholme Road, Kendal"
	{"location", "", "Secteur géographique"}, // a French public-service board's place of the post
	// A careers page's icons before its facts, in both languages
	// ("📍 Fos-sur-Mer (13) 🏢 Air Liquide France Industrie 💶 32 000 €…"):
	// each the label of the fact it marks.
	{"location", "📍", "📍"},
	{"organisation", "🏢", "🏢"},
	{"schedule", "⏱", "⏱"},
	{"schedule", "🕐", "🕐"},
	{"schedule", "🕒", "🕒"},
	{"schedule", "⏰", "⏰"},
	{"salary", "💶", "💶"},
	{"salary", "💰", "💰"},
	{"salary", "💵", "💵"},
	{"reference", "🔖", "🔖"},
	{"contract_type", "📄", "📄"},
	{"location", "Work place", ""},

	{"organisation", "NATO Body", "Organisation"},
	{"organisation", "Organisation", "Organisme"},
	{"organisation", "Organization", "Organisme OTAN"},
	{"organisation", "Company", "Entreprise"},
	{"organisation", "", "Société"},
	{"organisation", "Employer", "Employeur"},
	{"organisation", "Employing organisation", "Organisme employeur"},
	{"organisation", "", "Établissement employeur"},
	{"organisation", "", "Pouvoir organisateur"},
	{"organisation", "Ministry", "Ministère"},
	{"organisation", "Department/Agency", "Ministère/Organisme"},
	{"organisation", "Department/Office", "Département/Bureau"},
	{"organisation", "Agency", "Agence"},
	{"organisation", "Hiring Organization", "Organisation d'embauche"},
	// The office that hires under a consultancy's terms of reference.
	// ("Hiring Unit" names a department as often: "Human Resources –
	// Client Services".)
	{"organisation", "Hiring office", ""},
	{"organisation", "Issued by", "Publié par"},
	{"organisation", "Department or agency", "Ministère ou organisme"},
	// The sector that hires, where a body names it and not itself;
	// its departments, divisions and units are "division" below.
	{"organisation", "Parent Sector", "Secteur de rattachement"},
	{"organisation", "Faculty/Service - Department", "Faculté/Service - Département"},
	{"organisation", "Organisation/Company", "Organisation/Entreprise"},

	{"schedule", "Schedule", "Horaire"},
	{"schedule", "Work Schedule", "Horaire de travail"},
	{"schedule", "Working Time", "Temps de travail"},
	{"schedule", "Working Hours", "Régime de travail"},
	{"schedule", "Working hours per week", "Heures de travail par semaine"},
	{"schedule", "Time Type", "Type d'horaire"},
	{"schedule", "", "Type de temps"},
	{"schedule", "", "Type de temps"},
	{"schedule", "Job Schedule", "Durée du travail"},
	{"schedule", "Weekly working time", "Durée de travail"},
	{"schedule", "Weekly working hours", "Durée hebdomadaire de travail"},
	{"schedule", "Activity rate", "Taux d'activité"},
	{"schedule", "Workload", "Taux d'occupation"},
	{"schedule", "Hours per week", "Heures par semaine"},
	{"schedule", "Weekly hours", "Heures hebdomadaires"},
	{"schedule", "Working pattern", "Formule de travail"},
	{"schedule", "Work Hours", "Heures de travail"},
	{"schedule", "Number of hours", "Nombre d'heures"},
	{"schedule", "Hours", "Heures"},
	{"schedule", "Hours of work", ""},
	{"schedule", "Work regime", ""},
	{"schedule", "Working regime", ""},
	{"schedule", "Work type", ""},           // a board's "Full-time", with its colon only (a filter menu "Work type   Locations"); see colonOnlyLabels
	{"schedule", "Working arrangement", ""}, // "Full-time"; a work mode ("Hybrid") under it is no schedule
	{"schedule", "Work rate", "Quotité de travail"},
	{"schedule", "", "Quotité"},
	{"contract_type", "", "Nature de l'emploi"},
	{"location", "School", ""}, // a teaching post's school
	{"schedule", "Teaching load", "Volume horaire"},
	{"schedule", "Teaching hours", "Charge horaire"}, // a lecturer's yearly or weekly hours: "Charge horaire : 200 heures équivalent TD par an"
	// A Swiss or Belgian notice's rate of work: "Work percentage: 80%",
	// "Activity level: 100%", "Régime : temps plein (38 h/semaine)".
	{"schedule", "Work percentage", "Pourcentage de travail"},
	{"schedule", "Activity level", "Taux d'engagement"},
	{"schedule", "Employment level", "Taux d'emploi"},
	{"schedule", "", "Régime"},
	// A mine's or a rig's pattern of days on site and off: "Roster:
	// Rotation of 4 weeks on site and 2 weeks off"; the French word
	// opens its own value, so it is read before its colon only.
	{"schedule", "Roster", "Rotation"},
	{"schedule", "Working arrangements", "Régime horaire"},
	{"contract_type", "Type of employment", ""}, // "Full-time" under it is the schedule (see extract)
	{"reference", "", "Numéro de l'appel de candidatures"},
	{"location", "Post of Duty", ""},
	{"grade", "", "Grade(s) recherché(s)"},

	{"deadline", "Application Deadline", "Date de retrait"},
	{"deadline", "Closing Date", "Date de clôture"},
	{"deadline", "Response due", "Date limite de réponse"},
	{"deadline", "Closing date for application", "Date de clôture des candidatures"},
	{"deadline", "Last day to apply", "Dernier jour pour postuler"}, // a Swedish portal's label over its date
	{"deadline", "Closing date for applications", ""},
	{"deadline", "Response due date", "Date d'échéance des réponses"},
	{"deadline", "Deadline", "Date limite de candidature"},
	{"deadline", "Application Closing Date", "Date limite"},
	{"deadline", "Deadline for Applications", "Date limite de dépôt des candidatures"},
	{"deadline", "Closing Date for Applications", "Date limite pour postuler"},
	{"deadline", "Deadline for Application", "Date limite d'envoi des candidatures"},
	{"deadline", "", "Date limite dépôt candidature"}, // Talentsoft's telegraphic label
	{"deadline", "Submission deadline", "Date limite de dépôt"},
	{"deadline", "Deadline Date", "Date de fin de publication"},
	{"deadline", "Apply By", "Date limite de réception des candidatures"},
	{"deadline", "Expiry Date", "Date d'expiration"},
	{"deadline", "Deadline to apply", "Délai de postulation"},
	{"deadline", "End of posting", "Date de fin d'affichage"},
	{"deadline", "Application Close", "Clôture des candidatures"},
	{"deadline", "Apply Before", "Postuler avant le"},
	{"deadline", "", "Postuler avant"},
	// Taleo's date the posting comes down, which its careers sites print
	// as the notice's closing date.
	{"deadline", "Unposting Date", "Date de dépublication"},
	{"deadline", "Time left to apply", "Temps restant pour postuler"}, // Workday: "End Date: June 19, 2026"
	{"deadline", "Job posting end date", "Date de fin de l'affichage"},
	{"deadline", "Application period ends", "Délai de candidature"},
	{"deadline", "", "Date de fermeture"},
	{"deadline", "End of registration", "Date de fin d'inscription"},
	{"posting_period", "Posting Period", "Période d'affichage"},
	{"posting_period", "Advertisement Period", "Période de publication"},
	{"posting_period", "Registration period", "Période d'inscription"},
	{"posting_period", "Open Period", "Période d'ouverture"},
	{"posted", "Date Posted", "Date de publication"},
	{"posted", "Posted On", "Publié le"},
	{"posted", "Posting Date", "Date d'affichage"},
	{"posted", "Publication Date", "Date de mise en ligne"},
	{"posted", "Publication Starting Date", "Date de début de publication"},
	{"posted", "Posted", "Publié"},
	{"posted", "Published", "Publiée le"},
	{"posted", "Listed on", "Mise en ligne le"},
	{"posted", "Posted", "Affiché le"},
	{"posted", "Date Posted (YYYY/MM/DD)", "Date d'affichage (AAAA/MM/JJ)"},
	{"posted", "Start of posting", "Date de début d'affichage"},
	{"posted", "Date of Issue", "Date d'émission"},
	{"posted", "Issue Date", "Date de diffusion"},
	{"deadline", "End Date", "Date de fin"}, // Workday: the posting's end
	{"deadline", "End of publication", "Fin de publication"},
	{"posted", "Date of publication", "Date de parution"},

	{"salary", "Salary (Pay Basis)", "Salaire (Base de paie)"},
	{"salary", "", "Salaire (base de rémunération)"}, // the same site's French interface, another wording
	{"salary", "Salary", "Salaire"},
	{"salary", "Salary Currency", "Devise du salaire"}, // its currency alone, before "Salary: 16,420"
	{"salary", "Basic Salary", "Traitement de base"},
	{"salary", "Monthly stipend", "Allocation mensuelle"}, // a fellowship's pay
	{"salary", "Stipend", "Bourse mensuelle"},
	{"salary", "", "Honoraires"}, // a service contract's fee, paid as a salary is
	{"salary", "Daily rate", "Taux journalier"},
	{"salary", "Daily fee", "Honoraires journaliers"}, // a consultancy's pay ("Fee" alone is also a course's or a permit's price)
	{"salary", "Day rate", "Tarif journalier"},
	{"salary", "Basic Monthly Salary", "Traitement mensuel de base"},
	{"salary", "Monthly Salary", "Salaire mensuel"},
	{"salary", "Annual Salary", "Salaire annuel"},
	{"salary", "Salary Range", "Échelle salariale"},
	{"salary", "Remuneration", "Rémunération"},
	{"salary", "Pay", "Rémunération mensuelle"},
	{"salary", "Monthly Basic Salary", "Salaire de base mensuel"},
	{"salary", "Net Monthly Salary", "Salaire mensuel net"},
	{"salary", "Gross monthly salary", "Salaire brut mensuel"},
	{"salary", "Gross annual salary", "Salaire brut annuel"},
	{"salary", "Annual gross salary", "Salaire annuel brut"},
	{"salary", "Monthly gross salary", "Salaire mensuel brut"},
	{"salary", "Salary Information", "Renseignements sur le salaire"},
	{"salary", "Salary(s)", "Salaire(s)"},
	{"salary", "Compensation", "Traitement"},
	{"salary", "Annual Salary / Hourly Rate", "Salaire annuel / Taux horaire"},
	{"salary", "Pay range", "Fourchette salariale"},
	{"salary", "Base salary", "Salaire de base"},
	{"salary", "Monthly Gross Salary", "Salaire mensuel brut"},
	{"salary", "Annual salary range", "Traitement annuel"},
	{"salary", "Annual net base salary", "Traitement annuel net de base"},
	{"salary", "Net base salary", "Traitement net de base"},
	{"salary", "Annual base salary", "Salaire annuel de base"},
	{"salary", "Salary scale", ""}, // a post's step of the scale as a field ("Salary scale: Scale 20 – BZD 38,520 – 46,740 per annum"); English only, as the French "Échelle de traitement : barème 301" names a scale, no amount; a scale's own page is a genre (genreCues)

	{"grade", "Grade", "Grade"},
	{"grade", "Grade(s)", "Grade(s)"}, // a post open to one grade or several: "Grade(s) : Ingénieur hospitalier"
	{"grade", "", "Échelle barémique"},
	{"grade", "", "Niveau barémique"},
	{"grade", "NATO Grade", "Grade OTAN"},
	{"grade", "Grade Level", "Niveau du grade"},
	{"grade", "Level", "Classe"},
	{"grade", "Group and Level", "Groupe et niveau"},
	{"grade", "Grade/Level", "Grade/classe"},
	{"grade", "Band", "Échelon"},
	{"grade", "Job Grade", "Niveau de fonction"},
	{"grade", "Function group and grade", "Groupe de fonctions et grade"},
	{"grade", "Function group/grade", "Groupe de fonctions/grade"},
	{"grade", "Category and grade", "Catégorie et grade"},
	{"grade", "Function group", "Groupe de fonctions"},
	{"grade", "Job Level", "Niveau"},
	{"grade", "Status and grade", "Statut et grade"},
	{"grade", "", "Catégorie"},
	{"grade", "Professional category", "Catégorie professionnelle"},
	{"grade", "Salary class", "Classe de fonction"},
	{"grade", "Classification", "Classement"},
	{"grade", "Classification level", "Niveau de classement"},
	{"grade", "Pay group", "Groupe de rémunération"},
	{"grade", "Pay grade", "Grade de rémunération"},
	{"grade", "Pay class", "Classe salariale"},
	{"grade", "", "Classe de traitement"},
	{"grade", "Requirement level", "Niveau d'exigences"},
	{"grade", "Post level", "Niveau du poste"},
	{"grade", "Position grade", "Grade du poste"},
	{"grade", "", "Hiérarchie"}, // the civil service of Senegal and its neighbours: "Hiérarchie : A2"

	{"clearance", "Clearance Level", "Niveau de l'habilitation de sécurité"},
	{"clearance", "Security Clearance", "Habilitation de sécurité"},
	{"clearance", "Clearance required", "Habilitation requise"},
	{"clearance", "Security Clearance Level", "Niveau d'habilitation de sécurité"},
	{"clearance", "Required Security Clearance", "Habilitation de sécurité requise"},
	{"clearance", "Security Clearance Required", "Niveau d'habilitation"},
	{"clearance", "Security Level", "Niveau de sécurité"},
	{"clearance", "Security level required", "Cote de sécurité exigée"},
	{"clearance", "Security requirement", "Exigence en matière de sécurité"},
	{"clearance", "Security requirements", "Exigences en matière de sécurité"},
	{"clearance", "Clearance", "Habilitation"},
	{"clearance", "", "Cote de sécurité"},
	{"clearance", "Security clearance requirement", "Habilitation de sécurité exigée"},
	{"clearance", "Level of Security Clearance", "Niveau d'habilitation de sécurité requis"},

	{"contract_type", "Contract Type", "Type de contrat"},
	{"contract_type", "Type of Contract", "Nature du contrat"},
	{"contract_type", "Type of Appointment", "Type de nomination"},
	{"contract_type", "Employment Tenure", "Durée d'emploi"},
	{"contract_type", "Employment Type", "Type d'emploi"},
	{"contract_type", "Appointment Type", "Type d'engagement"},
	{"contract_type", "Job Type", "Type de poste"},
	{"schedule", "Job Type & Hours", "Type de poste et horaire"},
	{"schedule", "Task", ""}, // a Luxembourg State post's working time; with its colon only: see colonOnlyLabels (the French "Tâche" opens its value, "Tâche complète")
	{"organisation", "Administration/Body", "Administration/Organisme"},
	{"contract_type", "Position Type", ""}, // "Position Type: Management", "Position Type: Regular Full-Time"
	{"contract_type", "Posting Reason", "Raison de l'affichage"},
	{"contract_type", "Union Affiliation", "Affiliation syndicale"},
	{"contract_type", "Affiliation", "Affiliation"},
	{"contract_type", "Job Status", "Statut du poste"},
	{"contract_type", "Vacancy Type", "Type de vacance"},
	{"contract_type", "Contract", "Contrat"}, // with its colon only: see colonOnlyLabels
	{"job_family", "Practice Area", "Domaine de pratique"},
	{"duration", "Duration", "Durée"},
	{"duration", "Contract Duration", "Durée du contrat"},
	{"start_date", "Start Date", "Date d'entrée en fonction"},
	{"start_date", "Expected Start Date", "Date de début"},
	{"start_date", "Date for Entry on Duty", "Date d'entrée en fonctions"},
	{"start_date", "Entry on Duty", "Entrée en fonctions"},
	{"start_date", "", "Entrée en fonction"},
	{"start_date", "Starting date", "Prise de fonctions"},
	{"start_date", "Date of taking up duties", "Date de prise de fonctions"},
	{"job_family", "Job Family", "Famille d'emplois"},
	{"job_family", "Job Code Title", "Code de l'emploi"}, // Inspira: the generic title of the post's job code, after its "Posting Title"
	{"job_family", "Job Category", "Catégorie d'emploi"},
	{"job_family", "Category", ""}, // a board's family of jobs: "Category: Secondary Teaching - Science"
	// A board's own expiry of its page, no deadline of the employer's.
	{"expires", "Expires", "Expire le"},
	{"job_family", "Job Class", "Corps d'emploi"},
	{"job_family", "Occupational category", "Catégorie de métiers"},
	{"job_family", "Categories", "Catégories"},
	{"contract_type", "Employment Status", "Statut de l'emploi"},
	{"contract_type", "Status", "Statut"},
	{"contract_type", "Job status", "Statut d'emploi"},
	{"contract_type", "Tenure", "Durée de l'emploi"}, // GC Jobs: "Tenure: Indeterminate"
	{"division", "Division", "Division"},
	{"division", "Directorate", "Direction"},
	{"division", "Unit", "Unité"},
	{"division", "Administrative unit", "Unité administrative"},
	{"division", "Sector/Unit/Division", "Secteur/Unité/Division"},
	{"division", "Business area", "Domaine d'activité"},
	{"division", "Business unit", "Unité d'affaires"},
	{"division", "Department", "Département"},
	{"division", "Sector", "Secteur"},
	{"division", "Branch", "Direction générale"}, // GC Jobs: "Branch: Human Resources Branch – Quebec Region"
	{"division", "Institution", "Institution"},   // jobup: the employer's hospital or school, "Institution: Centre Hospitalier du Valais Romand"
	{"union", "Union", "Syndicat"},               // "Union: ONA – Paramedical Bargaining Unit", a health network's posting
	{"union", "Bargaining unit", "Unité de négociation"},
	{"selection_process", "Selection Process Number", "Numéro du processus de sélection"},
	{"selection_process", "Who Can Apply", "Qui peut postuler"},
	// What a page charges its reader: a registration's or a course's
	// price is no post's pay (the vacancy test reads it as a page of
	// another kind).
	{"fee", "Registration fee", "Frais d'inscription"},
	{"fee", "Price", "Tarif"},
	{"fee", "Prices", "Tarifs"},
	{"fee", "Cost", "Coût"}, // "Cost: £12.00 per participant"; a consultancy's pay is its "Fee"
	// Researched on real notices: United Nations careers pages, WHO,
	// IOM, USAJOBS, Ontario and Belgian federal postings.
	{"title", "", "Intitulé publication"},
	{"organisation", "Department / Office", "Département / Bureau"},
	{"posting_period", "Application period", "Période de candidature"},
	{"reference", "", "No de l'appel à candidature"},
	{"reference", "Vacancy Notice No", ""},
	{"reference", "Vacancy Announcement No.", ""},
	{"reference", "Selection process number", "Numéro du processus de sélection"},
	{"reference", "Process number", "Numéro du processus"},
	{"reference", "Advert. no.", "N° de l'avis"},
	{"reference", "", "N° de l'offre"},
	{"reference", "Job ID #", ""},
	{"job_family", "Job Network", "Réseau d'emplois"},
	{"job_family", "Profession", "Métier"},
	{"job_family", "", "Métier / Direction"}, // a French employer's form: the trade and the department in one box
	{"division", "", "Direction / Service"},
	{"grade", "Category and Level", "Catégorie et classe"},
	{"grade", "Compensation Group", ""},
	{"grade", "Series and Grade", ""},
	{"grade", "Category/Level", "Catégorie/classe"},                    // "Category/Level: A3"
	{"grade", "Function group / grade", "Groupe de fonctions / grade"}, // the slash spaced
	{"grade", "Function group & grade", "Groupe de fonctions et grade"},
	// A Swiss or a university's pay band: "Niveau salarial : 11",
	// "Classe de salaire : 8".
	{"grade", "Salary level", "Niveau salarial"},
	{"grade", "Salary band", "Classe de salaire"},
	{"grade", "Pay scale", "Barème"},
	{"grade", "Level and pay scale", "Niveau et barème"}, // a Belgian public post's level and scale, "A1"
	{"grade", "", "Niveau/barème"},
	{"grade", "", "Échelle"},                                      // a Moroccan public grade, "Échelle : Échelle 11" (with its colon only: "échelle de traitement")
	{"grade", "Class", ""},                                        // a Belgian federal scientist's class, "SW1" (with its colon only: "Class 1 Driver")
	{"grade", "Classification group", "Groupe de classification"}, // Belgian public employers: "Barème : 563"
	// Common labels of careers sites and boards, so that a header read
	// as one line is cut at them and no value runs into them.
	{"deadline", "Posting End Date", "Date de fin de publication"},
	{"posted", "Posted Date", "Date de parution"},
	{"grade", "", "Catégorie hiérarchique"},
	{"salary", "", "Fourchette de salaire"},
	{"reference", "Reference Code", "Code de référence"},
	{"location", "Location of Assignment", "Lieu de l'affectation"},
	{"start_date", "", "Date de prise de poste"},
	{"start_date", "", "Date de vacance de l'emploi"}, // Place de l'emploi public: when the post falls vacant
	{"posted", "First publication date", "Date de première publication"},
	{"job_family", "", "Versant"}, // the branch of the French civil service ("Fonction publique de l'État")
	{"start_date", "", "Prise de poste"},
	{"deadline", "Applications close", "Clôture des candidatures"},
	{"start_date", "", "Date de prise de fonction"},
	{"division", "Team", "Équipe"},
	{"division", "Business Unit", "Unité d'affaires"},
	{"division", "", "Service"},
	{"division", "", "Composante"}, // a university's faculty or school, in a column of labels beside "Employeur"
	{"grade", "", "Grade de recrutement"},
	{"division", "", "Structure"},
	{"job_family", "Job Function", "Famille de métiers"},
	{"job_family", "", "Métier"},
	{"job_family", "Field", "Domaine"},
	{"job_family", "Job Field", "Domaine d'emploi"}, // a job board's line of trade, glued after the place
	{"job_family", "", "Filière"},
	{"job_family", "", "Cadre d'emplois"},
	{"job_family", "Seniority Level", "Niveau hiérarchique"},
	{"job_family", "Experience Level", "Niveau d'expérience"},
	{"job_family", "Career Level", "Niveau de carrière"},
	{"job_family", "Researcher Profile", "Profil de chercheur"}, // EURAXESS: "Recognised Researcher (R2)"
	{"job_family", "Research Field", "Domaine de recherche"},
	{"start_date", "Offer Starting Date", "Date de début de l'offre"},
	{"country", "", "Pays"}, // beside the town, which is the location
	{"region", "Region", "Région"},
	{"location", "City", "Ville"},
	{"deadline", "Closing", "Clôture"},
	{"deadline", "Posting end date", "Date de fin de diffusion"},
	{"work_mode", "Remote", "Télétravail"},
	{"work_mode", "Work Mode", "Mode de travail"},
	{"work_mode", "Workplace Type", "Type de lieu de travail"},
	{"schedule", "", "Tâche"},
	{"location", "Community", "Communauté"},
	{"location", "Place of practice", "Lieu d'exercice"}, // Nunavut: "Community: Iqaluit"
	{"location", "Home base", "Port d'attache"},          // Quebec's health network
	{"job_family", "", "Titre d'emploi"},                 // Quebec: the class of the post, "Technicien(ne) en administration (code 5105)"
	{"reference", "Competition no.", "Concours no"},
	{"reference", "", "Concours n°"},
	{"grade", "Salary group", "Groupe salarial"},
	{"grade", "Monthly salary group", "Groupe de traitement"},
	{"grade", "Local grade", "Grade local"},                             // NATO bodies' local civilian posts: "LG-5", "LH-5"
	{"grade", "Local civilian grade", "Grade de personnel civil local"}, // "LC-6"
	{"grade", "LCH grade", "Grade LCH"},                                 // a local civilian hire's grade, "L-5"
	{"grade", "Category / grade", "Catégorie / grade"},
	{"grade", "Post grade", "Grade de poste"},
	{"grade", "Grading", "Classement du poste"},
	{"grade", "", "Niveau de classification"},
	{"grade", "Pay band", "Groupe d'indemnité"},         // "Pay Band: 6"; a Luxembourg commune's pay group, "B1"
	{"grade", "", "Catégorie et position"},              // a Swiss canton's, "C2"
	{"shift", "Shift", "Quart de travail"},              // day, evening or night: not the working time
	{"shift", "Shift and schedule", "Quart et horaire"}, // Luxembourg: "Tâche : tâche complète (40 heures par semaine)"
	// A board's facet of the criteria, no grade: "Niveau d'étudeBac + 5"
	// is no "Niveau" glued to its value (see boardFacets).
	{"education_level", "Education level", "Niveau d'études"},
	{"education_level", "", "Niveau d'étude"},
	{"openings", "Number of Posts", "Nombre de postes"},
	{"openings", "Number of positions", "Nombre de postes à pourvoir"},
	{"duration", "Duration of contract", ""},
	{"duration", "Expected duration", "Durée prévue"},
	{"duration", "Term Duration", ""}, // the World Bank's: "Grade: GF Term Duration: 3 years"
	{"division", "Organization unit", "Unité organisationnelle"},
	{"division", "Organizational Unit", ""},
	{"start_date", "Estimated Start Date", "Date prévue d'entrée en fonction"},
	{"location", "Location of Position", ""},
	{"location", "Position location", "Localisation géographique"},
	{"location", "Geographical location", "Lieu géographique"},
	{"location", "Initial work location", "Lieu de travail initial"},
	{"location", "Place of secondment", "Lieu de détachement"}, // a seconded expert's post
	{"location", "Place of performance", "Lieu d'exécution"},   // a contractor's post: "Place of performance: …"
	{"posting_period", "Opening and Closing Dates", ""},
	{"contract_type", "", "Type de recrutement"},
	{"schedule", "", "Temps plein/temps partiel"},
	{"schedule", "Working times", "Horaires"},
	{"schedule", "Working schedule", "Horaires de travail"},
	{"salary", "Hourly wage", "Salaire horaire"},
	{"salary", "Hourly rate", "Taux horaire"},
	{"salary", "Rate of pay", "Taux de rémunération"},
	{"salary", "Pay rate", "Taux de salaire"},
	{"salary", "Wage", "Taux de salaire"},

	// The labels of header grids set in letter-spaced capitals, as
	// recruiters' PDFs print them ("RY T H M E D E T R AVA I L" in a
	// text dump; see Unspaced).
	{"schedule", "", "Rythme de travail"}, // "14 jours à bord / 14 jours de repos"
	{"deadline", "", "Candidature avant le"},
	{"start_date", "Training starts", "Début de la formation"}, // a post that opens with paid training
	{"start_date", "Start", ""},                                // "S TA R T" among a grid's labels
}

// sectionHeadings maps a canonical section kind to its headings. A heading
// matches when its normalised text equals an entry, or starts with an
// entry marked as a prefix with a trailing "*".
var sectionHeadings = []SectionHeading{
	{"header", "Job details", "Détails du poste"},
	{"header", "Vacancy details", "Détails de l'avis de vacance"},
	{"header", "Post details", "Détails de l'emploi"},
	{"header", "General information", "Informations générales"},
	{"header", "Job information", "Informations sur l'emploi"},
	{"header", "Offer details", "Détails de l'offre"},
	{"header", "Job facts", "L'essentiel du poste"},
	{"header", "Key facts", "En bref"},
	{"description", "Description", "Description"},
	{"description", "Job Description", "Description du poste"},
	{"description", "", "Description de l'emploi"}, // NATO's careers site in French
	{"description", "Post description", "Description de la fonction"},
	{"description", "Your employer", "Votre employeur"},
	{"description", "Position description", "Descriptif du poste"},
	{"description", "About *", "À propos de *"},
	{"description", "Your role", "Votre rôle"},
	{"description", "Job summary", "Résumé de l'emploi"},
	{"description", "About the job", "À propos du poste"},
	{"description", "About the role", "À propos de l'emploi"},
	{"description", "The position", "Le poste"},
	{"description", "Organizational setting", "Cadre organisationnel"},
	{"description", "Organisational setting", "Contexte organisationnel"},
	{"description", "Our team and mission", "Notre équipe et notre mission"},
	{"description", "About us", "Qui sommes-nous"},
	{"description", "Who we are", "Qui nous sommes"},
	{"description", "Who are we", "Qui sommes-nous ?"},
	{"description", "Company description", "Description de l'entreprise"},
	{"description", "About the organisation", "À propos de l'organisation"},
	{"description", "Background", "Contexte"},
	{"description", "Overview", "Aperçu"},
	{"description", "Work environment", "Environnement de travail"},
	{"info_session", "Info-session*", "Séance d'information*"},
	{"info_session", "Information session*", "Session d'information*"},
	{"daily_work", "How the daily work will look like", "À quoi ressemblera le travail au quotidien"},
	{"daily_work", "What will the daily work look like", "Travail au quotidien"},
	{"daily_work", "What will you do", "Que ferez-vous"},
	{"offer", "What do we offer", "Que propose l'OTAN"},
	{"offer", "What you can expect from us", "Ce que vous pouvez attendre de nous"},
	{"offer", "What we offer", "Ce que nous offrons"},
	{"offer", "What does NATO offer", "Ce que propose l'OTAN"},
	{"offer", "Benefits", "Avantages"},
	{"offer", "What we can offer", "Ce que nous proposons"},
	{"offer", "Salary and benefits", "Traitement et avantages"},
	{"offer", "Remuneration and benefits", "Rémunération et avantages"},
	{"offer", "", "Traitement et prestations"}, // ("Salary and benefits" above)
	{"offer", "Pay and benefits", "Salaire et avantages"},
	{"offer", "Salary and allowances", "Traitement et indemnités"},
	{"offer", "Conditions of service", "Conditions d'engagement"},
	{"offer", "Remuneration", "Rémunération"},
	{"offer", "We offer you", "Nous vous offrons"},
	{"offer", "What we offer you", "Ce que nous vous offrons"},
	{"offer", "", "Ce que nous t'offrons"},
	{"offer", "What's in it for you", "Les avantages pour vous"},
	{"offer", "Why join us", "Pourquoi nous rejoindre"},
	{"offer", "What you'll love*", "Ce que vous aimerez*"},
	{"offer", "What you will love*", "Ce que tu aimeras*"},
	{"offer", "Why work with us", "Pourquoi travailler avec nous"},
	{"offer", "Why *", "Pourquoi *"}, // "Why Lightspeed", "Pourquoi Ubisoft ?": the employer's case
	{"offer", "Our offer", "Notre offre"},
	{"offer", "Things you'll enjoy", "Ce que vous apprécierez"},
	{"offer", "Why join us", "Pourquoi nous rejoindre"},
	{"selection_criteria", "Selection Criteria", "Critères de sélection"},
	{"selection_criteria", "Assessment", "Évaluation"},
	{"eligibility", "Eligibility", "Admissibilité"},
	// A lead-in that heads the conditions of a notice in a gazette
	// ("Les conditions à remplir sont les suivantes :").
	{"eligibility", "The conditions to be met *", "Les conditions à remplir *"},
	{"eligibility", "Eligibility criteria", "Critères d'admissibilité"},
	{"eligibility", "Eligibility requirements", "Conditions d'éligibilité"},
	{"eligibility", "Conditions of eligibility", "Conditions d'admissibilité"},
	{"eligibility", "General conditions", "Conditions générales"},
	{"eligibility", "Eligibility conditions", "Critères d'éligibilité"},
	{"eligibility", "Participation requirements", "Conditions de participation"},
	{"eligibility", "Admission requirements", "Conditions d'admission"},
	{"eligibility", "Conditions of application", "Conditions de candidature"},
	{"essential", "Essential", "Acquis essentiels"},
	{"essential", "Essential requirements", "Essentiel"},
	{"essential", "Essential qualifications", "Qualifications essentielles"},
	{"essential", "Essential Qualifications / Experience", "Qualifications / expérience essentielles"},
	{"essential", "Essential criteria", "Conditions essentielles"},
	{"essential", "Essential selection criteria", "Critères essentiels"},
	{"essential", "Essential qualifications and experience", "Qualifications et expérience essentielles"},
	{"essential", "Required qualifications", "Qualifications requises"},
	{"essential", "Conditions and profile", "Conditions et profil"},
	{"essential", "Required qualifications and conditions", "Titres et conditions requis"},
	{"essential", "Required qualifications, skills and experience", "Qualifications, compétences et expérience requises"},
	{"essential", "Minimum qualifications", "Qualifications minimales"},
	{"essential", "Minimum requirements", "Exigences minimales"},
	{"essential", "Requirements", "Exigences"},
	{"essential", "Mandatory requirements", "Exigences obligatoires"},
	{"essential", "Essential skills", "Compétences essentielles"},
	{"essential", "Candidate profile", "Profil du candidat"},
	{"essential", "Ideal candidate profile", "Profil du candidat idéal"},
	{"essential", "Profile sought", "Profil recherché"},
	{"essential", "Desired profile", "Profil souhaité"},
	{"essential", "Your profile", "Votre profil"},
	{"essential", "What you'll bring", "Ce que vous apporterez"},
	{"essential", "What you will bring", "Ce que vous allez apporter"},
	{"essential", "", "Ton profil"},
	{"essential", "What you bring", "Ce que vous apportez"},
	{"essential", "What you bring to the team", "Ce que tu apportes"}, // the same, said with "tu"
	{"essential", "", "Ce que tu apporteras"},
	{"essential", "What we're looking for", "Ce que nous recherchons"},
	{"essential", "What we are looking for", "Ce qu'on recherche"},
	{"essential", "Who you are", "Qui vous êtes"},
	{"summary", "Who we need", "Qui nous recherchons"},
	{"essential", "Minimum requirements", "Conditions minimales requises"},
	{"essential", "Required conditions", "Conditions requises"},
	{"essential", "Candidates sought", "Candidats recherchés"},
	{"essential", "Our requirements", "Nos exigences"},
	{"essential", "You have", "Vous avez"},
	{"essential", "What we expect", "Ce que nous attendons"},
	{"essential", "To qualify as*", "Pour être qualifié*"},
	{"essential", "Profile", "Profil"},
	{"essential", "Normative requirements", "Exigences normatives"},
	{"essential", "Required profile", "Profil exigé"},
	{"essential", "Requirements for the post", "Profil requis"},
	{"essential", "What you need", "Exigences du poste"},
	{"essential", "Qualifications required", "Qualifications exigées"},
	{"essential", "Essentials", "Essentielle"},
	{"essential", "Required", "Essentielles"},
	{"essential", "What you will need", "Ce qu'il vous faut"},
	{"essential", "What you'll need", ""},
	{"essential", "Academic requirements and relevant experience", ""}, // an international body's portal
	{"essential", "Description of the profile sought", "Descriptif du profil recherché"},
	{"essential", "All about you", "Tout sur vous"},
	{"essential", "About you", "À propos de vous"},
	{"essential", "", "Indispensable"}, // a table's column of weights, each row's "Indispensable : …"
	{"desirable", "Desirable", "Acquis souhaitables"},
	{"desirable", "Desirable requirements", "Souhaitable"},
	{"desirable", "Desirable qualifications", "Qualifications souhaitables"},
	{"desirable", "Desired conditions", "Conditions souhaitées"},
	{"desirable", "Preferential qualifications", "Titres préférentiels"}, // Aosta Valley's selections: "titoli preferenziali"
	{"desirable", "Desired", "Souhaité"},
	{"desirable", "You might also have", "Vous avez peut-être aussi"},
	{"desirable", "Optional", "Optionnel"},
	{"desirable", "It is considered an advantage", "Est considéré comme un atout"},
	{"desirable", "Desirable Qualifications / Experience", "Qualifications / expérience souhaitables"},
	{"desirable", "Desirable criteria", "Conditions souhaitables"},
	{"desirable", "Asset criteria", "Critères constituant un atout"},
	{"desirable", "Desirable selection criteria", "Critères souhaitables"},
	{"desirable", "Desirable qualifications and experience", "Qualifications et expérience souhaitables"},
	{"desirable", "Asset qualifications", "Qualifications constituant un atout"},
	{"desirable", "Assets", "Atouts"},
	{"desirable", "What makes the difference", "Ce qui fait la différence"},
	{"desirable", "What will make the difference", "Ce qui fera la différence"},
	{"desirable", "What would make the difference", "Ce qui ferait la différence"},
	{"desirable", "Considered a plus", "Considéré comme un plus"},
	{"desirable", "Preference will be given to", "La préférence sera donnée aux"},
	{"desirable", "Preference may be given to", "La préférence pourra être donnée aux"},
	{"desirable", "It would be great if you also have", "Ce serait un plus si tu as aussi"},
	{"desirable", "Preference will be given to candidates", "Une préférence sera accordée aux candidats"},
	{"desirable", "Considered an asset", "Considéré comme un atout"},
	{"desirable", "Appreciated", "Appréciés"},
	{"desirable", "", "Appréciées"},
	{"desirable", "", "Apprécié"},
	{"desirable", "Would be appreciated", "Seraient appréciés"},
	{"desirable", "", "Seraient appréciées"},
	{"desirable", "", "Serait apprécié"},
	{"desirable", "", "Serait apprécié(e)"},
	{"desirable", "", "Exigences souhaitées"},
	{"desirable", "What sets you apart", "Ce qui te distingue"},
	{"desirable", "", "Ce qui vous distingue"},
	{"desirable", "Asset", "Atout"},
	{"desirable", "Preferred qualifications", "Qualifications préférées"},
	{"desirable", "Additional qualifications", "Qualifications supplémentaires"},
	{"desirable", "Nice to have", "Serait un atout"},
	{"desirable", "Even better if you have", "Encore mieux si vous avez"},
	{"desirable", "Bonus points if you have", "Un plus si vous avez"},
	{"desirable", "Bonus points", "Points bonus"},
	{"desirable", "", "Les petits plus"},
	{"desirable", "", "Les plus"},
	{"desirable", "Desirable skills", "Compétences souhaitables"},
	{"desirable", "Would be an advantage", "Constituerait un avantage"},
	{"desirable", "Would be an asset", "Seraient un atout"},
	{"desirable", "Will be considered an advantage", "Sera considéré comme un atout"},
	{"desirable", "A plus for your application", "Un plus pour votre candidature"},
	{"desirable", "Advantageous", "Souhaité"},
	{"desirable", "Advantageous criteria", "Critères avantageux"},
	{"desirable", "A plus", "Un plus"},
	{"desirable", "Pluses", "Les plus"},
	{"desirable", "Would be a plus", "Ce serait un plus"},
	{"desirable", "It would be a plus", "Serait un plus"},
	{"desirable", "", "Seraient un plus"},
	{"desirable", "", "Seraient des atouts"},
	{"desirable", "It would also be a plus*", "Ce serait également un plus*"},
	{"desirable", "Would be an asset", "Ce serait un atout"},
	{"desirable", "Desired", "Souhaitables"},
	{"desirable", "Preferred", "Souhaitée"},
	{"desirable", "Valued assets", "Atouts appréciés"},
	{"desirable", "Nice-to-haves", "Atouts souhaités"},
	{"desirable", "Nice-to-have", "Atout souhaité"},
	{"desirable", "What would make you stand out", "Ce qui vous démarquerait"},
	{"desirable", "What will make you stand out", "Ce qui vous démarquera"},
	{"desirable", "What will set you apart", "Ce qui vous distinguera"},
	{"desirable", "You'll stand out with", "Vous vous démarquerez par"},
	{"desirable", "It would be a plus if you have", "Ce serait un plus si vous avez"},
	{"desirable", "Desired qualifications", "Qualifications souhaitées"},
	{"desirable", "Desired skills", "Compétences souhaitées"},
	{"desirable", "What would set you apart", "Les plus de votre candidature"},
	{"desirable", "A plus for this post", "Les + pour ce poste"},
	{"desirable", "It would be an advantage if you have", "Ce serait un atout si vous avez"},
	{"desirable", "Good to have", "Bon à avoir"},
	{"desirable", "What would help", "Ce qui aiderait"},
	{"desirable", "It would help if you have", "Ce serait utile si vous avez"},
	{"desirable", "What would make a difference", "Ce qui ferait une différence"},
	{"desirable", "Valued skills", "Compétences appréciées"},
	{"desirable", "It would be great if you also*", "Ce serait un plus si tu avais aussi"},
	{"desirable", "Would be an advantage", "Serait un avantage"},
	{"desirable", "", "Seraient un avantage"},
	{"desirable", "Added advantage", "Avantage supplémentaire"},
	{"desirable", "Desired", "Souhaitées"},
	{"desirable", "Skills that would add value", "Compétences qui seraient un plus"},
	{"desirable", "Extra points for", "Points en plus pour"},
	{"desirable", "Additional qualifications that would be an asset", "Qualifications supplémentaires qui seraient un atout"},
	{"desirable", "Preferential criteria", "Critères préférentiels"},
	{"desirable", "Preference may be given to candidates with", "La préférence pourra être donnée aux candidats ayant"},
	{"desirable", "Appreciated experience", "Expérience appréciée"},
	{"desirable", "Nice to haves", ""},
	{"desirable", "Meritorious", ""}, // a Nordic notice's "Meriterande"
	{"desirable", "Desired skills and experience", "Compétences et expériences souhaitées"},
	{"desirable", "Desired skills in addition to*", "Compétences souhaitées en plus*"},
	{"desirable", "Will be taken into consideration", "Seront pris en considération"},
	// The Government of Canada's poster, before its asset qualifications.
	{"desirable", "The following will be applied / assessed at a later date (asset qualifications)", "Les éléments suivants seront appliqués / évalués à une date ultérieure (qualifications constituant un atout)"},
	{"competencies", "Competencies required", "Compétences requises"},
	{"competencies", "Competencies", "Compétences"},
	{"competencies", "Required behaviours", "Comportements requis"},
	{"competencies", "Behaviours", ""},
	{"competencies", "Our behaviours", ""},
	{"competencies", "Your personal strengths", "Vos atouts personnels"},
	{"competencies", "Required competencies", "Compétences exigées"},
	{"competencies", "Expected qualities", "Qualités attendues"},
	{"competencies", "Qualities sought", "Qualités recherchées"},
	{"competencies", "Qualities we look for", "Qualités que nous recherchons"},
	{"competencies", "Personal qualities", ""}, // not "Qualités personnelles": the Canadian poster's criteria
	{"competencies", "Professional qualities", "Qualités professionnelles"},
	{"competencies", "Soft skills", "Savoir-être"},
	{"competencies", "Soft skills sought", "Savoir-être recherchés"},
	{"competencies", "Expected soft skills", "Savoir-être attendus"},
	{"competencies", "For every Child, you demonstrate*", "Pour chaque enfant, vous faites preuve*"},
	{"competencies", "Core competencies", "Compétences de base"},
	{"competencies", "Core values and competencies", "Valeurs et compétences fondamentales"},
	{"competencies", "Behavioural competencies", "Compétences comportementales"},
	{"competencies", "Behavioural skills", "Aptitudes comportementales"},
	{"competencies", "Your qualities", "Vos qualités"},
	{"competencies", "", "Tes qualités"},
	{"competencies", "Skills we're looking for", "Compétences recherchées"},
	{"competencies", "Behavioral skills", "Savoir-être professionnels"},
	{"competencies", "Behavioral competencies", "Compétences relationnelles"},
	{"competencies", "Technical competencies", "Compétences techniques"},
	{"competencies", "Attributes/Competencies", "Qualités/compétences"},
	{"competencies", "Attributes", "Attributs"},
	{"competencies", "Key competencies", "Compétences clés"},
	{"competencies", "What we value", "Ce que nous valorisons"},
	{"competencies", "How you work", "Votre façon de travailler"},
	{"competencies", "How we work", "Notre façon de travailler"}, // a candidate's qualities: "Collaboration – you build trust…"
	{"values", "Our Values", "Nos valeurs"},
	{"values", "Values", "Valeurs"},
	{"values", "Diversity and inclusion", "Diversité et inclusion"},
	{"values", "Equal opportunities", "Égalité des chances"},
	{"special_notice", "Special Notice", "Instruction particulière"},
	{"special_notice", "Special Notice", "Avis spécial"},
	{"special_notice", "Notes", "Remarques importantes"},
	{"special_notice", "Important", "Important"},
	{"special_notice", "Important notice", "Avis important"},
	{"summary", "Summary", "Résumé"},
	{"summary", "The role at a glance", "Le poste en bref"},
	{"summary", "Basic function of position", "Fonction principale du poste"}, // a United States mission's announcement
	{"summary", "Post Summary", "Résumé du poste"},
	{"summary", "Post Context", "Contexte du poste"},
	{"summary", "Post Context/Post Summary", "Contexte du poste/résumé du poste"},
	{"summary", "Purpose of the post", "Objet du poste"},
	{"summary", "Role summary", "Résumé des fonctions"},
	{"summary", "Job purpose", "Finalité du poste"},
	{"summary", "Position Purpose", "Raison d'être du poste"},
	{"summary", "Objectives of the programme", "Objectifs du programme"},
	{"qualifications", "Qualifications and Experience", "Qualifications et expérience"},
	{"qualifications", "Qualifications", "Qualifications"},
	{"qualifications", "Qualifications and skills", "Qualifications et compétences"},
	{"qualifications", "Skills and qualifications", "Compétences et qualifications"},
	{"qualifications", "Knowledge, skills and abilities", "Connaissances, aptitudes et capacités"},
	{"qualifications", "Knowledge", "Connaissances"},
	{"qualifications", "Certifications and licences", "Certificats et permis"},
	{"qualifications", "Competencies (skills, experience and knowledge)", "Compétences (aptitudes, expérience et connaissances)"},
	{"qualifications", "Skills and experience", "Compétences et expérience"},
	{"qualifications", "Skills", "Aptitudes"},
	{"qualifications", "Education and experience", "Études et expérience"},
	{"qualifications", "Other qualifications", "Autres qualifications"},
	{"qualifications", "Job - Specific Qualification", "Qualifications propres au poste"}, // the United Nations' template, its dash spaced
	{"education", "Education", "Formation"},
	{"education", "Education/Training", "Formation/études"},
	{"education", "Academic background", "Études"},
	{"education", "Academic qualifications", "Diplômes"},
	{"education", "Education and training", "Études et formation"},
	{"education", "Schooling", "Scolarité"},
	{"qualifications", "Diploma and experience", "Diplôme et expérience"},
	{"education", "Required diploma", "Titre requis"},
	{"qualifications", "Other requirements", "Autres exigences"},
	{"experience", "Experience", "Expérience"},
	{"experience", "Work experience", "Expérience professionnelle"},
	{"experience", "Professional experience", "Expérience requise"},
	{"experience", "Professional background", "Parcours professionnel"},
	{"experience", "Professional/Experience", "Expérience/profession"},
	{"languages", "Languages", "Langues"},
	{"languages", "Language", "Langue"},
	{"languages", "Language requirements", "Exigences linguistiques"},
	{"languages", "Language skills", "Connaissances linguistiques"},
	{"languages", "Use of language skills", "Utilisation des compétences linguistiques"},
	{"languages", "Linguistic skills", "Compétences linguistiques"},
	{"accountabilities", "Main Accountabilities", "Responsabilités principales"},
	{"accountabilities", "Nature of the duties", "Nature des fonctions"},
	{"accountabilities", "Principal Duties", "Tâches principales"},
	{"accountabilities", "Missions and tasks", "Missions et tâches"},
	{"accountabilities", "Main Duties", "Principales attributions"},
	{"accountabilities", "Role", "Rôle"},
	{"accountabilities", "Role description", "Description du rôle"},
	{"accountabilities", "Duties and Responsibilities", "Attributions et responsabilités"},
	{"accountabilities", "Duties", "Fonctions"},
	{"accountabilities", "Key duties", "Tâches"},
	{"accountabilities", "Key duties and responsibilities", "Principales tâches"},
	{"accountabilities", "Responsibilities", "Responsabilités"},
	{"accountabilities", "Main responsibilities", "Principales responsabilités"},
	{"accountabilities", "Key responsibilities", "Missions principales"},
	{"accountabilities", "Role responsibilities", "Missions"},
	{"accountabilities", "Tasks", "Tâches et responsabilités"},
	{"accountabilities", "Main tasks", "Tâches essentielles"},
	{"accountabilities", "Key tasks", "Tâches clés"},
	{"accountabilities", "Functions", "Attributions"},
	{"accountabilities", "Duties and tasks", "Description des tâches"},
	{"accountabilities", "Your tasks", "Vos missions"},
	{"accountabilities", "Your missions", "Tes missions"},
	{"accountabilities", "", "Tes responsabilités"},
	{"accountabilities", "Key functions", "Fonctions clés"},
	{"accountabilities", "Your responsibilities", "Vos responsabilités"},
	{"accountabilities", "Job content", "Contenu de la fonction"},
	{"accountabilities", "Description of duties", "Description des fonctions"},
	{"accountabilities", "Accountabilities", "Vos tâches"},
	{"accountabilities", "Activities", "Activités"},
	{"accountabilities", "Tasks and responsibilities", ""},
	{"accountabilities", "What you will do", "Ce que vous ferez"},
	{"accountabilities", "What you'll do", "Ce que tu feras"},
	{"accountabilities", "How you will make an impact", "Comment vous ferez la différence"},
	{"accountabilities", "Your mission", "Votre mission"},
	{"accountabilities", "The role", "Fonctions principales"},
	{"interrelationships", "Interrelationships", "Relations de travail"},
	{"interrelationships", "Interrelationships", "Interactions"},
	{"interrelationships", "Working Relationships", "Relations professionnelles"},
	{"contract", "Contract", "Contrat"},
	{"contract", "Contract Details", "Détails du contrat"},
	{"contract", "Conditions of Employment", "Conditions d'emploi"},
	{"contract", "Operational requirements", "Exigences opérationnelles"},
	{"contract", "Terms of employment", "Conditions d'engagement"},
	{"contract", "Terms of the fellowship", "Conditions de la bourse"},
	{"contract", "Terms of appointment", "Conditions de nomination"},
	{"contract", "Contract and salary", "Contrat et rémunération"},
	{"contract", "Employment conditions", "Conditions de travail"},
	// "4. CONDITIONS" / "Conditions" after the desirable list: residence,
	// screening, age limit, tests (corpus8's KFOR) — the post's terms,
	// not criteria.
	{"contract", "Conditions", "Conditions"},
	{"contract", "Special conditions", "Conditions particulières"},
	{"recruitment_process", "Recruitment Process", "Processus de recrutement"},
	{"recruitment_process", "Recruitment Process", "Procédure de recrutement"},
	{"recruitment_process", "How to apply", "Comment postuler"},
	{"recruitment_process", "Information you must provide", "Information que vous devez fournir"}, // GC Jobs: the résumé and the answers, before the criteria
	{"recruitment_process", "", "Renseignements que vous devez fournir"},
	{"recruitment_process", "Application", "Candidature"},
	{"recruitment_process", "Sending of applications", "Envoi des dossiers"},
	{"recruitment_process", "Application file", "Dossier de candidature"},
	{"recruitment_process", "Documents to provide", "Pièces à fournir"},
	{"recruitment_process", "Contents of the application", "Composition du dossier"},
	{"recruitment_process", "Useful information regarding application*", "Informations utiles concernant la candidature*"},
	{"recruitment_process", "Application process", "Procédure de candidature"},
	{"recruitment_process", "Application procedure", ""},
	{"recruitment_process", "Selection process", "Processus de sélection"},
	{"recruitment_process", "Selection procedure", "Procédure de sélection"},
	{"recruitment_process", "Applications", "Candidatures"},
	{"recruitment_process", "Submission of applications", "Dépôt des candidatures"},
	{"recruitment_process", "Interview process", "Déroulement des entretiens"},
	{"recruitment_process", "Hiring process", "Déroulement du recrutement"},
	{"additional_information", "Additional Information", "Informations complémentaires"},
	{"additional_information", "Additional Information", "Renseignements complémentaires"},
	{"additional_information", "Other Information", "Autres informations"},
	{"additional_information", "Practical information", "Informations pratiques"},
	{"additional_information", "Other conditions", "Autres conditions"},
	{"additional_information", "Your contact", "Ton contact"},
	{"additional_information", "", "Information supplémentaire"},
	// A careers platform's facets of the criteria, after the notice
	// (Talentsoft): the board's summary, no criteria of their own.
	{"additional_information", "Candidate criteria", "Critères candidat"},
	{"additional_information", "", "Votre contact"},
	{"additional_information", "What you need to know", "Ce que vous devez savoir"},
	{"additional_information", "Remarks", "Remarques"},
	{"additional_information", "Special Requirements and Additional Duties", "Exigences particulières et tâches additionnelles"},
	{"qualifications", "Additional requirements", "Exigences supplémentaires"},
	{"additional_information", "Note", "Note"},
	{"additional_information", "Information", "Informations"},
	// Researched on real notices (see the field labels above).
	{"description", "Org. Setting and Reporting", "Organisation et reporting"},
	{"description", "Organizational Setting and Reporting", "Cadre organisationnel et rattachement hiérarchique"},
	{"summary", "Result of Service", ""},
	{"offer", "We offer", "Nous proposons"},
	{"offer", "", "Nous offrons"},
	{"accountabilities", "Nature of duties", "Quelles seront vos tâches"},
	{"essential", "What you bring to the team", "Exigences de l'emploi"},
	{"desirable", "The following would be considered an advantage", ""},
	{"additional_information", "Intent of the process", "Intention du processus"},
	{"eligibility", "Who May Apply", "Qui est admissible"},
	{"eligibility", "Area of Consideration", ""},
	{"values", "United Nations Core Values", "Valeurs fondamentales de l'ONU"},
	{"additional_information", "Contact Information", ""},
	{"additional_information", "Other Important Information", ""},
	{"recruitment_process", "Application Information", ""},
	{"recruitment_process", "Appeal procedures", ""},
	// a job board's keyword line under the notice ("Mots-clés :
	// maintenance, levage, portuaire"): the board's tags, no part of it.
	{"additional_information", "Keywords", "Mots-clés"},
	{"contract", "Legal basis", "Fondement juridique"},
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

// openEndWords are words a field's value cannot end with, besides the
// function words above: a line cut after them goes on on the next
// ("avec déplacements fréquents à" / "Abomey-Calavi et Ouidah").
var openEndWords = []string{"à", "near", "près"}

// inclusiveArticles are the articles inclusive writing gives in
// parentheses beside the other gender's: "Profil du (de la) candidat(e)".
var inclusiveArticles = []string{"de", "la", "le", "du", "des", "l'", "d'", "au", "à", "un", "une"}

// hourWords count working hours after a figure: "37.5 hours", "35 h",
// "35 heures". Keys are normalised with normKey.
var hourWords = []string{"hours", "hour", "hrs", "h", "heures", "heure", "hebdomadaires"}

// bonusWords head assets in a word of their own: "Bonus", "Bonus
// points", "Plus". Keys are normalised with normKey.
var bonusWords = []string{"bonus", "plus", "extra", "preferable", "souhaite", "souhaites", "souhaitee", "souhaitees"}

// listConjunctions join the last item of a list in words to the others
// ("rigueur, discrétion et disponibilité").
var listConjunctions = []string{" et ", " and "}

// complementWords open a complement of the word before them: after a
// conjunction they join two parts of one name ("capacité d'analyse et
// de synthèse", "knowledge of and respect for"), not two names. Keys are
// normalised with normKey.
var complementWords = []string{"de", "d'", "du", "des", "a", "au", "aux", "en", "sous", "par", "avec", "sans", "pour", "sur",
	"of", "to", "in", "for", "with", "on", "under"}

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

// weekdays are the names of the days, both languages: a chat's or a
// mailbox's divider names the day ("Mardi 9 octobre"). Keys as normKey
// makes them.
var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// currencies maps what a salary line may say to an ISO 4217 code. Keys
// are normalised with normKey.
var currencies = map[string]string{
	"eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR",
	"usd": "USD", "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "dollar us": "USD", "dollars us": "USD",
	"us$": "USD", "us $": "USD", "$us": "USD", "$ us": "USD", "dollars americains": "USD", "dollar americain": "USD",
	"dollars des etats-unis": "USD", "dollar des etats-unis": "USD", "united states dollars": "USD", "dollars des etats unis": "USD",
	"gbp": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "livre sterling": "GBP", "£": "GBP",
	"cad": "CAD", "canadian dollar": "CAD", "canadian dollars": "CAD", "dollar canadien": "CAD", "dollars canadiens": "CAD",
	"ca$": "CAD", "$ca": "CAD", "c$": "CAD",
	"chf": "CHF", "swiss franc": "CHF", "swiss francs": "CHF", "franc suisse": "CHF", "francs suisses": "CHF",
	"nok": "NOK", "norwegian krone": "NOK", "couronne norvegienne": "NOK",
	"dkk": "DKK", "danish krone": "DKK", "couronne danoise": "DKK",
	"sek": "SEK", "swedish krona": "SEK", "couronne suedoise": "SEK",
	"pln": "PLN", "zloty": "PLN", "turkish lira": "TRY", "livre turque": "TRY", // "try" is a word: TRY only as "(TRY)"
	"huf": "HUF", "czk": "CZK", "ron": "RON", "bgn": "BGN", "isk": "ISK",
	"xof": "XOF", "fcfa": "XOF", "f cfa": "XOF", "franc cfa": "XOF", "francs cfa": "XOF", "xaf": "XAF",
	"jpy": "JPY", "aud": "AUD", "nzd": "NZD", "inr": "INR", "kes": "KES", "tnd": "TND",
	"ec$": "XCD", "ec $": "XCD", "xcd": "XCD", "eastern caribbean dollars": "XCD", "dollars des caraibes orientales": "XCD",
}

// isoCurrencyCodes are the active codes of ISO 4217: a code in
// parentheses names a currency only when it is one ("(EUR)", not an
// agency's "(FRA)"), with the IMF's special drawing right (XDR), in
// which some bodies state their scales.
const isoCurrencyCodes = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD " +
	"CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD " +
	"HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD " +
	"MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG " +
	"QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD " +
	"TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XDR XOF XPF YER ZAR ZMW ZWL"

// cfaCountries are the places whose CFA franc "FCFA" names: the central
// African franc (XAF) of the BEAC's zone or the west African one (XOF) of
// the BCEAO's, written alike. Keys are normalised with normKey.
var cfaCountries = map[string]string{
	"cameroun": "XAF", "cameroon": "XAF", "gabon": "XAF", "tchad": "XAF", "chad": "XAF", "centrafrique": "XAF",
	"centrafricaine": "XAF", "central african": "XAF", "guinee equatoriale": "XAF", "equatorial guinea": "XAF",
	"congo": "XAF", "yaounde": "XAF", "douala": "XAF", "libreville": "XAF", "n'djamena": "XAF", "brazzaville": "XAF",
	"bangui": "XAF", "malabo": "XAF", "cemac": "XAF", "beac": "XAF",
	"senegal": "XOF", "dakar": "XOF", "cote d'ivoire": "XOF", "abidjan": "XOF", "mali": "XOF", "bamako": "XOF",
	"burkina": "XOF", "ouagadougou": "XOF", "niger": "XOF", "niamey": "XOF", "togo": "XOF", "lome": "XOF",
	"benin": "XOF", "cotonou": "XOF", "guinee-bissau": "XOF", "uemoa": "XOF", "bceao": "XOF", "boad": "XOF",
}

// dollarCountries are the places whose currency a bare "$" or "dollar"
// names: a notice for a post there means its own dollar. Elsewhere a bare
// dollar sign says no currency. Keys are normalised with normKey.
var dollarCountries = map[string]string{
	"canada": "CAD", "canadian": "CAD", "canadien": "CAD", "canadienne": "CAD", "ontario": "CAD", "quebec": "CAD",
	"ottawa": "CAD", "gatineau": "CAD", "montreal": "CAD", "toronto": "CAD", "vancouver": "CAD", "halifax": "CAD",
	"winnipeg": "CAD", "edmonton": "CAD", "calgary": "CAD", "alberta": "CAD", "british columbia": "CAD",
	"colombie-britannique": "CAD", "nova scotia": "CAD", "nouvelle-ecosse": "CAD", "new brunswick": "CAD",
	"nouveau-brunswick": "CAD", "manitoba": "CAD", "saskatchewan": "CAD", "esquimalt": "CAD", "kingston": "CAD",
	"fredericton": "CAD", "moncton": "CAD", "laval": "CAD", "sherbrooke": "CAD", "regina": "CAD", "saskatoon": "CAD",
	"charlottetown": "CAD", "whitehorse": "CAD", "yellowknife": "CAD", "iqaluit": "CAD", "newfoundland": "CAD", "terre-neuve": "CAD",
	"yukon": "CAD", "nunavut": "CAD", "northwest territories": "CAD", "territoires du nord-ouest": "CAD",
	"prince edward island": "CAD", "ile-du-prince-edouard": "CAD", "labrador": "CAD",
	"united states": "USD", "usa": "USD", "u.s.a": "USD", "etats-unis": "USD", "norfolk": "USD", "virginia": "USD",
	"washington": "USD", "new york": "USD", "tampa": "USD", "florida": "USD", "louisiana": "USD", "louisiane": "USD",
}

// countries are the countries, English and French, that duty stations
// of the bodies we read lie in: a short line ending with one under a
// title ("Meyrin, Geneva, Switzerland") is the post's location when no
// field names it. Keys are normalised with normKey.
var countries = [][2]string{
	{"albania", "albanie"}, {"australia", "australie"}, {"austria", "autriche"}, {"belgium", "belgique"},
	{"bosnia and herzegovina", "bosnie-herzegovine"}, {"bulgaria", "bulgarie"}, {"canada", "canada"},
	{"croatia", "croatie"}, {"cyprus", "chypre"}, {"czech republic", "republique tcheque"}, {"czechia", "tchequie"},
	{"denmark", "danemark"}, {"estonia", "estonie"}, {"finland", "finlande"}, {"france", "france"},
	{"georgia", "georgie"}, {"germany", "allemagne"}, {"greece", "grece"}, {"hungary", "hongrie"},
	{"iceland", "islande"}, {"ireland", "irlande"}, {"italy", "italie"}, {"japan", "japon"}, {"kosovo", "kosovo"},
	{"latvia", "lettonie"}, {"lithuania", "lituanie"}, {"luxembourg", "luxembourg"}, {"malta", "malte"},
	{"moldova", "moldavie"}, {"montenegro", "montenegro"}, {"netherlands", "pays-bas"}, {"the netherlands", "pays bas"},
	{"north macedonia", "macedoine du nord"}, {"norway", "norvege"}, {"poland", "pologne"}, {"portugal", "portugal"},
	{"romania", "roumanie"}, {"serbia", "serbie"}, {"slovakia", "slovaquie"}, {"slovenia", "slovenie"},
	{"spain", "espagne"}, {"sweden", "suede"}, {"switzerland", "suisse"}, {"turkey", "turquie"},
	{"turkiye", "turkiye"}, {"ukraine", "ukraine"}, {"united kingdom", "royaume-uni"}, {"uk", "royaume uni"},
	{"united states", "etats-unis"}, {"usa", "etats unis"}, {"kenya", "kenya"}, {"afghanistan", "afghanistan"},
	{"iraq", "irak"}, {"jordan", "jordanie"}, {"qatar", "qatar"}, {"kuwait", "koweit"},
}

var salaryPeriods = map[string]string{
	"monthly": "month", "per month": "month", "a month": "month", "month": "month", "mensuel": "month", "mensuelle": "month",
	"mensuels": "month", "mensuelles": "month", "annee": "year", "annuels": "year", "annuelles": "year",
	"par mois": "month", "mois": "month", "mensuellement": "month",
	"yearly": "year", "annual": "year", "annually": "year", "per annum": "year", "per year": "year", "a year": "year",
	"year": "year", "yr": "year", "p.a": "year", "annuel": "year", "annuelle": "year", "par an": "year", "par annee": "year", "annuellement": "year",
	"weekly": "week", "per week": "week", "a week": "week", "hebdomadaire": "week", "par semaine": "week",
	"daily": "day", "per day": "day", "a day": "day", "journalier": "day", "journaliere": "day", "par jour": "day",
	"hourly": "hour", "per hour": "hour", "an hour": "hour", "horaire": "hour", "par heure": "hour",
	"l'heure": "hour", "de l'heure": "hour", "a l'heure": "hour",
	// "17,42 € brut/heure", "$24.10/hour", "268,50 € brut / jour": the
	// slash is a space in the key.
	"heure": "hour", "hour": "hour", "jour": "day", "day": "day",
}

// scheduleValues are the values of a schedule field that notices print
// without its label, in a header's list of facts ("• Full-time"), each
// row a spelling pair. Keys are normalised with normKey.
var scheduleValues = []struct{ EN, FR string }{
	{"full-time", "temps plein"},
	{"full time", "temps complet"},
	{"part-time", "temps partiel"},
	{"part time", "mi-temps"},
	{"", "plein temps"},
}

// boardFacets are the labels of the facts a job board prints with a
// post's requirements, each with a short value from its own list
// ("Niveau d'études : Baccalauréat", "Années d'expérience : 3 à 5 ans"):
// the board's summary of the criteria, not one of them. Keys are
// normalised with normKey.
var boardFacets = []string{"niveau d'etudes", "annees d'experience", "niveau d'experience", "education level",
	"level of education", "years of experience", "level of experience", "experience level", "niveau de scolarite",
	"minimum level of education required", "minimum level of experience required", "niveau d'etudes min. requis",
	"niveau d'experience min. requis"}

// contractValues are a contract's kind written alone, as a site's line of
// facts under a title prints it ("CDI", "Permanent contract"). Keys are
// normalised with normKey.
var contractValues = []string{"cdi", "cdd", "permanent", "permanent contract", "fixed-term", "fixed-term contract",
	"temporary", "temporary contract", "contrat a duree indeterminee", "contrat a duree determinee",
	"contrat permanent", "contrat temporaire", "emploi permanent", "regular", "regulier", "alternance", "freelance"}

// tenureKinds are the kinds of appointment a public service lists, comma
// after comma, in a line of facts under a title ("Indeterminate, Acting,
// Assignment, Deployment, Secondment" / "Durée indéterminée,
// Intérimaire, Affectation, Mutation, Détachement"). English and French
// side by side; keys are normalised with normKey.
var tenureKinds = []string{"indeterminate", "duree indeterminee", "term", "duree determinee", "acting", "interimaire",
	"assignment", "affectation", "deployment", "mutation", "secondment", "detachement", "casual", "occasionnel"}

// contractTerms name a contract's term, which a working time's value
// may go on to ("Full-time, fixed term of three years, renewable",
// "Temps plein, contrat de trois ans renouvelable"): no working time.
// Keys as normKey makes them.
var contractTerms = []string{"contract", "contrat", "fixed term", "fixed-term", "definite duration", "duree determinee"}

// genderLetters are the letters job titles use to say whom a post is
// open to: homme/femme, male/female/diverse, x for any.
const genderLetters = "hfmdwx"

// cookieWords mark a site's notice about cookies. Keys are normalised
// with normKey.
var cookieWords = []string{"cookie", "temoins de connexion"}

// organisationHeads are the words that make a name an employer's:
// "International Criminal Court", "NATO Parliamentary Assembly", "Ville
// de Montréal", "Agence universitaire de la Francophonie". English and
// French side by side; keys are normalised with normKey.
var organisationHeads = []string{
	"organisation", "organization", "agency", "agence", "union", "court", "cour", "tribunal", "assembly", "assemblee",
	"bank", "banque", "fund", "funds", "fonds", "forces", "office", "commission", "council", "conseil", "ministry", "ministere",
	"city", "ville", "government", "gouvernement", "parliament", "parlement", "senate", "senat", "commons", "communes", "state", "etat", "institute", "institut", "university", "universite",
	"centre", "center", "foundation", "fondation", "authority", "autorite", "secretariat", "command", "commandement",
	"headquarters", "programme", "program", "committee", "comite", "federation", "association", "society", "societe",
	"company", "compagnie", "corporation", "group", "groupe", "school", "ecole", "college", "academy", "academie",
	"laboratory", "laboratoire", "observatory", "observatoire", "movement", "mouvement", "corps", "force",
	"province", "canton", "region", "commune", "municipality", "municipalite", "mint", "monnaie", "hospital", "hopital",
	"body", "organisme", "conference", "ombudsman", "mediateur", "delegation", "embassy", "ambassade", "consulate", "consulat",
	"representation", "controleur", "controller", "supervisor", "installation", "facility", "mission", "bureau", "board",
	"museum", "musee", "orchestra", "orchestre", "theatre", "theater", "opera", "library", "bibliotheque", "archives",
	"administration", // "Administration de pilotage des Laurentides", "Administration communale d'Uccle"
	"mairie",         // "Mairie de Monaco"
	"etat-major",     // "État-major militaire international (EMI)"
}

// nameVerbs are the verbs a French sentence that names its employer
// first goes on with: "La Société canadienne du sang est…", "Le Bureau
// du vérificateur général recrute…".
var nameVerbs = []string{"est", "recrute", "recherche", "offre", "propose", "compte", "assure", "réunit", "représente",
	"regroupe", "emploie", "gère", "met", "contribue", "accompagne", "soutient", "développe",
	"fait"} // "Le Centre hospitalier … fait savoir qu'il recrute…"

// companyVerbs go on a sentence that opens with a company's name and
// legal form: "Cargolux Airlines International S.A. is…".
var companyVerbs = []string{"is", "has", "recruits", "offers", "employs", "est", "recrute", "recherche", "offre", "emploie"}

// nameArticles open a sentence that names an employer before its name:
// "The International Telecommunication Union (ITU) is…", "L'Université
// Laval souscrit…".
var nameArticles = []string{"The ", "L'", "L’", "La ", "Le ", "À la ", "À l'", "À l’", "Au "}

// nameAdjectives are the adjectives of place or reach that end a French
// name after its last capitalised word ("Cour de justice de l'Union
// européenne", "Organisation mondiale…"): the reach of a body
// (international, national, régional…) and the adjectives of the
// continents and of the countries that host international bodies, both
// genders. Keys are normalised with normKey.
var nameAdjectives = []string{
	"internationale", "international", "mondiale", "mondial", "nationale", "national", "federale", "federal",
	"regionale", "regional", "europeenne", "europeen", "africaine", "africain", "americaine", "americain",
	"asiatique", "atlantique", "mediterraneenne", "mediterraneen", "nordique", "arabe",
	"francaise", "francais", "belge", "suisse", "luxembourgeoise", "luxembourgeois", "allemande", "allemand",
	"italienne", "italien", "espagnole", "espagnol", "neerlandaise", "neerlandais", "britannique",
	"autrichienne", "autrichien", "canadienne", "canadien", "quebecoise", "quebecois",
}

// unitWords open the name of a unit of an employer, not of the employer:
// "Direction générale …", "Financial Management Division". Keys are
// normalised with normKey.
var unitWords = []string{"direction", "directorate", "division", "section", "unit", "unite", "branch", "service", "sector", "secteur",
	"department", "departement", "sous-direction", "directorate-general"}

// unitOfWords join a unit's name to the body's it is part of: "the Air
// Navigation Bureau (ANB) of the International Civil Aviation
// Organization (ICAO)", longest first.
var unitOfWords = []string{"of the ", "of ", "de la ", "de l'", "de l’", "du ", "des ", "de "}

// unitHeads open a line that names a unit of an employer before what it
// is of: "Faculty of Engineering", "Bureau international", with
// unitWords. Keys are normalised with normKey.
var unitHeads = []string{"faculty", "faculte", "bureau", "school", "ecole", "institute", "institut", "office"}

// postOfPhrases open the line under a banner that names the post in a
// sentence: "VACANCY NOTICE / for the post of Market Surveillance
// Officer (Temporary Agent, AD 7) in the … Department". Keys are
// normalised with normKey, longest first where one starts another.
var postOfPhrases = []string{"for the post of", "for a post of", "for one post of", "for the position of",
	"for a position of", "concerning one post of", "concerning the post of", "to fill the post of",
	"pour le poste de", "pour un poste de", "pour le poste d'", "pour un poste d'",
	"relatif au recrutement d'une", "relatif au recrutement d'un", "en vue du recrutement d'une", "en vue du recrutement d'un",
	"pour le recrutement d'une", "pour le recrutement d'un",
	"recrutement d'un(e)", "recrutement d'une", "recrutement d'un", "recruitment of an", "recruitment of a",
	"call for applications for the post of", "call for applications for a post of", "call for applications for an", "call for applications for a",
	"appel a candidatures pour le poste de", "appel a candidatures pour un poste de", "appel a candidatures pour un poste d'"}

// recruitmentSubjects open the subject line under a communiqué's or an
// order's word that says what it is about, a recruitment: "COMMUNIQUÉ" /
// "portant recrutement d'un personnel contractuel". Keys are normalised
// with normKey.
var recruitmentSubjects = []string{"portant recrutement", "portant ouverture d'un recrutement", "portant ouverture du recrutement",
	"relatif au recrutement", "relative au recrutement", "concernant le recrutement",
	"on the recruitment of", "concerning the recruitment of", "regarding the recruitment of"}

// recruitmentOutcomes, in a recruitment's subject line, say it reports
// the recruitment's results or fate, no call: "liste des candidats
// admis", "report des épreuves", "results". Keys are normalised with
// normKey, matched as whole words ("reporting" is no "report").
var recruitmentOutcomes = []string{"resultat", "resultats", "liste des", "admis", "admises", "admissibles", "report", "annulation",
	"annule", "annulee", "convocation", "results", "list of", "shortlist", "shortlisted", "postponed", "postponement", "cancelled",
	"cancellation", "successful candidates"}

// noTitleOpeners are the title fields' labels of one word that open no
// post's name: a line that opens with one and goes on is the label and
// the title, its colon lost ("Intitulé Ingénieur(e) performance…").
// ("Position", "Post", "Title" open titles: "Post Doctoral Fellow".)
// Keys as normKey makes them.
var noTitleOpeners = []string{"intitule", "titre"}

// postSiteEnds end a post's name before the unit it sits in: "Senior
// Specialist – Digital Forensics (AD7) within the Forensic Support
// Team", "… au sein de la direction".
var postSiteEnds = []string{" within ", " au sein "}

// postOfEnds end the name of a post such a line gives, before what it
// says of the post's place or kind (postSiteEnds among them).
var postOfEnds = append([]string{" (", " in the ", " in our ", " at the ", " à la ", " au ", " dans ", ", "}, postSiteEnds...)

// subjectWords open a sentence whose subject is no name: a pronoun or
// a determiner other than nameArticles ("It is…", "This post is…",
// "Notre équipe est…"). In lower case.
var subjectWords = []string{"a", "an", "it", "this", "that", "our", "we", "he", "she", "they",
	"les", "un", "une", "il", "elle", "ce", "cette", "notre", "nous", "on"}

// requiredEndings end a sentence that says what it names is required.
// Keys as normKey makes them.
var requiredEndings = []string{"is required", "are required", "is essential", "is mandatory", "est requise", "est requis",
	"sont requises", "sont requis", "est exigee", "est exige", "sont exigees", "sont exiges", "est obligatoire", "est indispensable"}

// noValues are a field's value that says it has none: "Classe : N/A".
// Keys as normKey makes them.
var noValues = []string{"n/a", "n.a", "na", "not applicable", "non applicable", "sans objet", "s.o", "n/d", "non disponible", "not available",
	"a pourvoir", "poste a pourvoir", "to be filled", "vacant", "vacante", "vacancy"} // ("POSTE : À POURVOIR", "POSTE VACANT": what the post is, not its name)

// headcountWords follow a company's size on a job board's line about it
// ("51-200 employees", "1000+ salariés"). Keys as normKey makes them.
var headcountWords = []string{"employees", "employee", "staff", "employes", "salaries", "collaborateurs"}

// clauseWords make words a clause, not a name's part: a verb or the
// infinitive's "to". A title's remark in parentheses has one ("(a reserve
// list to be created)", "(le poste sera pourvu en 2027)"); a French
// title's specialisation, in small letters too, has none
// ("(modélisation de la qualité de l'air)"). In lower case.
var clauseWords = []string{"to", "is", "are", "be", "been", "will", "may", "must", "shall", "can", "would", "should", "has", "have",
	"est", "sont", "sera", "seront", "être", "été", "peut", "peuvent", "doit", "doivent", "pourra", "pourront", "ont"}

// staffCategories are the kinds of post a body's staff rules name, which
// a notice prints before or around the grade ("Temporary Agent (AD6)",
// "TA AD6", "Contract Agent, FG IV"): never a post's title. gradings
// are the bodies whose grading a grade's value names before its code
// ("NATO G10"). Both are written as notices print them; they are
// matched without regard to case.
var staffCategories = []string{"Temporary Agent", "Contract Agent", "Agent temporaire", "Agent contractuel",
	"Seconded National Expert", "Expert national détaché", "TA", "CA", "AST/SC"}
var gradings = []string{"NATO", "OTAN"}

// categoryPostWords follow a staff category that names a kind of post:
// "Temporary agent post".
var categoryPostWords = []string{" post", " poste", " position"}

// recruitingVerbs end a short line that says who recruits: "La Ville de
// Charleroi recrute", "Parks Canada is hiring". In lower case.
var recruitingVerbs = []string{"recrute", "recrutent", "engage", "is hiring", "is recruiting", "recruits", "are hiring"}

// hiringPhrases say that the writer's team recruits where they end a
// clause ("my team is hiring 🎧", "On recrute !"): the first person or a
// team, not any body ("Bright Bakery is hiring!" in a newsletter, "Our
// choir is recruiting!" for singers, "This study is recruiting").
var hiringPhrases = []string{"we're hiring", "we’re hiring", "we are hiring", "team is hiring", "nous recrutons", "on recrute",
	"equipe recrute", "équipe recrute"}

// selectionRemarks say whom a selection is open to, after a title's
// grade: "Risk Analyst (TA AD6) (External)".
var selectionRemarks = []string{" (External)", " (Internal)", " (Externe)", " (Interne)"}

// legalForms end the name of a company: "La Poste Suisse SA". Keys are
// normalised with normKey.
var legalForms = []string{"sa", "ag", "inc", "ltd", "gmbh", "sarl", "sas", "llc", "plc", "s.a", "bv", "nv", "srl", "spa"}

// nameJoiners are the small words inside an organisation's name, by
// language: "Organisation for the Prohibition of Chemical Weapons",
// "Banque de développement du Conseil de l'Europe".
var nameJoiners = map[string][]string{
	"en": {"of", "for", "the", "and", "on", "to"},
	"fr": {"de", "du", "des", "la", "le", "et", "pour", "auprès"},
}

// clearanceLevels are the levels of security clearance a notice may ask
// for in a sentence, longest first where one ends another; clearanceCues
// say a sentence is about a clearance. Keys are normalised with normKey.
var clearanceLevels = []string{"cosmic top secret", "nato top secret", "nato secret", "nato confidential",
	"nato restricted", "secret ue/eu secret", "eu secret", "secret ue", "top secret", "tres secret", "secret defense",
	"confidentiel defense", "enhanced reliability", "fiabilite approfondie", "reliability status",
	"confidentiel ue/eu confidential", "eu confidential", "confidentiel ue", "restreint ue/eu restricted", "eu restricted"}

// bareClearanceLevels are levels of one word, which a sentence uses in
// other senses too ("confidential data"): they are a clearance's level
// only within clearanceCueReach words of a cue ("Secret security
// clearance", "habilitation de niveau Secret").
var bareClearanceLevels = []string{"secret", "confidential", "confidentiel"}
var clearanceCues = []string{"clearance", "habilitation", "cote de securite", "cote de fiabilite", "security vetting"}

// nationalsWords name the nationals a post is open to. Keys are
// normalised with normKey.
var nationalsWords = []string{"nationals of", "nationality", "ressortissant", "nationalite"}

// whoMayApplyPhrases say who may apply rather than what a candidate
// brings (IsWhoMayApply); keys normalised with normKey, both languages.
var whoMayApplyPhrases = []string{"a national of", "citizen of", "rights as a citizen", "citizenship", "citoyennete", "nationalite", "ressortissant",
	"years of age", "years old", "age limit", "limite d'age", "etre age", "etre agee", "etre age(e)",
	"civil rights", "civic rights", "droits civils", "droits civiques", "good character", "bonne moralite",
	"bonne vie et moeurs", "military service", "service militaire", "obligations militaires"}

// bareNeeds are the values a field writes to say a thing is needed
// without saying which: "Security clearance: Required". Keys are
// normalised with normKey.
var bareNeeds = []string{"required", "yes", "mandatory", "needed", "requis", "requise", "oui", "obligatoire", "exige", "exigee"}

// assetEndings end a criterion that is only an asset. Keys are
// normalised with normKey.
var assetEndings = []string{"is an asset", "would be an asset", "is considered an asset", "will be considered an asset",
	"is an advantage", "would be an advantage", "is desirable", "would be desirable", "is a plus", "would be a plus",
	"constitue un atout", "constituerait un atout", "est un atout", "serait un atout", "est un plus", "serait un plus",
	"constituent un atout", "constituent des atouts", "constitueraient un atout", "sont un atout", "seraient un atout",
	"are an asset", "would be assets", "are an advantage", "would be advantageous", "is advantageous",
	"est souhaitable", "serait souhaitable", "est un avantage", "serait un avantage",
	"serait appreciee", "serait apprecie", "seraient appreciees", "seraient apprecies", "est appreciee", "est apprecie",
	"would be appreciated", "is appreciated", "are desirable", "would be a plus", "is also a plus", "are a plus",
	"sont souhaitables", "est egalement un atout", "is also desirable", "is also an asset",
	"would be an added advantage", "is an added advantage", "would be an added asset", "serait un atout supplementaire",
	"est un atout supplementaire", "constituerait un atout supplementaire"}

// assetAppositions say after a comma that a criterion is only an asset:
// "Knowledge of Spanish, an asset". Keys are normalised with normKey.
var assetAppositions = []string{"an asset", "a plus", "an advantage", "a definite asset", "a strong asset",
	"un atout", "un plus", "un avantage", "un atout important", "un net avantage"}

// wordEndings are the endings that make a longer word of a label's last
// word ("Organisation" → "Organisational", "Lieu" → "Lieux"): small
// letters after a label that are one of them go on its word, and are no
// value glued to it.
var wordEndings = []string{"s", "x", "d", "r", "rs", "es", "al", "als", "ale", "ales", "aux", "ed", "er", "ers", "ing", "ings", "ly", "ally",
	"ion", "ions", "ive", "ives", "ment", "ments", "e", "é", "ée", "ées", "és", "ne", "nes", "le", "les", "el", "elle", "elles",
	"aire", "aires", "if", "ifs", "ité", "ités", "eur", "eurs", "euse", "trice", "nel", "nels", "nelle", "nelles", "alist", "alists"}

// postedAgoWords say how long ago a post was published, on a board's
// card (normKey forms).
var postedAgoWords = []string{" ago", "il y a "}

// equivalentWords say a grade is another scale's equivalent (normKey
// forms).
var equivalentWords = []string{"equivalent", "equiv.", "equivalence"}

// subgroupWords name the sub-group of a pay group after its code ("B1,
// sous-groupe administratif"): a part of the group, not its grade.
// normKey forms.
var subgroupWords = []string{"sous-groupe", "sous groupe", "sousgroupe", "subgroup", "sub-group"}

// staffCategoryWords name the category of staff a grade's code belongs
// to, written beside it ("G-5 - General Service", "Professionnel / P4"):
// the category, not the grade. normKey forms.
var staffCategoryWords = []string{"general service", "services generaux", "professional", "professionnel", "administrateur", "field service", "service mobile"}

// keptLeads are the weight words (stream.Weight) a criterion keeps as its
// own first words when it opens with them before a colon ("Atout :
// permis C", "Minimum : trois ans d'expérience"), where "Essential:" or
// "Souhaitable :" only says which list it is in (normKey forms).
var keptLeads = []string{"asset", "assets", "atout", "atouts", "un atout", "constitue un atout", "minimum"}

// siteNamePrefixes are the words a careers site adds before its
// employer's name, in lower case, longest first (the words it adds after
// it are careersWords).
var siteNamePrefixes = []string{"emplois à la ", "emplois au ", "emplois à l'", "carrières à la ", "carrières au ",
	"careers at the ", "careers at ", "jobs at the ", "jobs at ", "emplois ", "carrières "}

// careersWords name a site's careers pages after its employer's name, in
// a banner: "Canada Post | Careers", "Inria · Job offers". Keys are
// normalised with normKey.
var careersWords = []string{"careers", "career", "jobs", "job offers", "carrieres", "carriere", "emplois",
	"offres d'emploi", "recrutement", "recruitment", "emploi et carriere", "emplois et carrieres"}

// offerNouns name what a reference numbers, before its mark ("offre n°
// 201KQBM", "vacancy no. 2291"). In lower case, both languages.
var offerNouns = []string{"offer", "vacancy", "posting", "competition", "job",
	"offre", "avis", "annonce", "affichage", "concours", "poste", "vacance", "recrutement", "notice"}

// noteMarks open a note on a criterion rather than a criterion: "NOTE:",
// "N.B.", "Remarque :". Keys are normalised with normKey.
var noteMarks = []string{"note:", "note :", "nb:", "n.b.", "nb ", "please note", "remarque:", "remarque :", "a noter", "veuillez noter"}

// introductions open a paragraph that introduces criteria rather than
// stating one ("The following will be assessed…", "Your application must
// clearly demonstrate…"). Keys are normalised with normKey.
var introductions = []string{"the following", "your application must", "applicants must", "candidates must",
	"the candidate must", "the incumbent must", "you must", "we are looking for", "in addition",
	"les elements suivants", "les criteres suivants", "les qualifications suivantes", "votre candidature doit",
	"le candidat doit", "la candidate doit", "la/le titulaire doit", "le/la titulaire doit", "le titulaire doit",
	"vous devez", "nous recherchons",
	// GC Jobs' line over its asset qualifications: "If you possess any
	// of the following, your application must also clearly explain…"
	"if you possess any of the following", "si vous possedez l'une des",
	// "Candidates will be assessed against the criteria below…", over a
	// table of criteria.
	"candidates will be assessed", "applicants will be assessed", "applications will be assessed",
	"les candidats seront evalues", "les candidatures seront evaluees"}

// closingStatements are what a notice says once its criteria are done,
// in phrases found anywhere in a paragraph: the employer's policy of
// equal opportunity, its thanks, who alone will be contacted. No
// criterion says them, so a list of criteria ends at the first.
// closingOpenings open the same kind of paragraph: how to apply, a
// button. Keys are normalised with normKey.
var closingStatements = []string{
	"equal opportunity employer", "equal opportunities employer", "equal employment opportunit",
	"principles of diversity", "committed to diversity", "committed to employment equity",
	"welcomes applications from", "encourages applications from", "accommodation is available",
	"thank you for your interest", "we thank all applicants", "only candidates selected",
	"only selected candidates", "only shortlisted", "only short-listed", "only those selected",
	"acces a l'egalite", "egalite en emploi", "equite en matiere d'emploi", "principes de diversite",
	"merci de votre interet", "merci de l'interet", "nous remercions toutes les personnes",
	"seules les personnes retenues", "seules les candidatures retenues", "seuls les candidats retenus",
	"seules les personnes selectionnees", "nous communiquerons uniquement",
	"diverse workforce", "inclusive workforce", "effectif inclusif", "effectif diversifie", "mesures d'adaptation",
}

// closingStems are in every one of closingStatements, in lower-case
// ASCII as texts write them ("égalité" holds "galit"), without a first
// letter that a sentence's capital may change ("hank" for "Thank").
var closingStems = []string{"galit", "diversit", "opportunit", "quit", "welcomes", "encourages",
	"ccommodation", "hank", "erci", "nly candidates", "nly selected", "nly short", "nly those", "eules les",
	"euls les", "communiquerons", "emercions", "orkforce", "ffectif", "daptation"}

var closingOpenings = []string{"to apply", "how to apply", "apply now", "apply online", "pour postuler",
	"postuler", "postulez", "les personnes interessees doivent", "applications must be submitted",
	// a job board's links after the notice
	"similar jobs", "related jobs", "related vacancies", "similar vacancies", "other vacancies", "more jobs from", "jobs like this",
	"offres similaires", "emplois similaires", "autres offres",
	"share this job", "report this job", "apply for this job", "more jobs at",
	// the offer, and the way to apply, after the criteria ("Shortlisted
	// candidates will also be assessed on the following competencies:"
	// leads into a list, and is no such line)
	"we offer", "what we offer", "nous offrons", "nous vous offrons", "ce que nous vous proposons", "ce que nous offrons",
	"interested candidates should", "interested applicants should", "les candidat(e)s interesse(e)s"}

// guideVerbs and noticeNouns, together in a line near the top, say it is
// about reading notices, not one: "Bien lire un avis de vacance",
// "Understanding a job posting", "Voici un exemple d'avis". Keys are
// normalised with normKey.
var (
	guideVerbs  = []string{"lire", "read", "reading", "comprendre", "understand", "understanding", "decrypter", "decoder", "decode", "decoding", "exemple", "example", "sample", "modele"}
	noticeNouns = []string{"avis de vacance", "vacancy notice", "vacancy announcement", "job ad", "job advert", "job posting", "offre d'emploi", "annonce", "job opening", "avis de recrutement"}
)

// unionHeads open the name of a post's trade union, never its employer's
// ("Syndicat SCFP – unité de soutien"); unionHeadsBeforeAcronym do so
// before an acronym only ("Union CUPE", not "Union internationale des
// télécommunications"). Keys are normalised with normKey.
var (
	unionHeads              = []string{"syndicat", "trade union", "labour union", "bargaining unit", "unite de negociation"}
	unionHeadsBeforeAcronym = []string{"union", "local"}
)

// stateHeads open the name of a state, EN and FR side by side, a
// letterhead's line above the body that employs ("RÉPUBLIQUE DE CÔTE
// D'IVOIRE", "Kingdom of Morocco"), never the employer; before a
// joining word, a canton's government is ("République et Canton de
// Neuchâtel"): stateJoiners. Keys are normalised with normKey.
var (
	stateHeads   = []string{"republic", "republique", "kingdom", "royaume"}
	stateJoiners = []string{"and", "et"}
)

// gradeWords are the labels that are the word grade itself, under which
// a grade written in words is a grade ("GRADE : Ingénieur hospitalier",
// a UK civil service's "Job grade: Executive Officer"). Keys are
// normalised with normKey.
var gradeWords = []string{"grade", "grade(s)", "grades", "job grade"}

// payScaleWords name a step of a pay scale that a salary's value writes
// with its code: "£26,310 – £27,940 per annum (Band C)", "Grade E:
// £28,410 – £30,960". Keys are normalised with normKey.
var payScaleWords = []string{"grade", "band", "scale", "echelle"}

// numberedScaleWords are the payScaleWords that name a step by its number
// alone ("Scale 20"): "Scale A11" names a scale of a grid, no post's step.
var numberedScaleWords = []string{"scale", "echelle"}

// boardCategories are a job board's categories of employer, which a
// board's column of labels may give as the employer's value ("Company:
// Industry"). Keys are normalised with normKey.
var boardCategories = []string{"industry", "sector", "government", "education", "healthcare", "non-profit", "nonprofit", "ngo",
	"industrie", "secteur", "administration", "sante", "enseignement", "associatif"}

// gradeNumberWords name a grade before its number ("Band 6", "Échelon
// 3"), as a column of values prints it. Keys are normalised with normKey.
var gradeNumberWords = []string{"band", "grade", "level", "scale", "step", "niveau", "echelon", "classe", "groupe", "categorie"}

// otherPostsHeadings head a site's list of other posts after the notice
// ("Similar jobs"): nothing under them is the notice's. Keys are
// normalised with normKey.
var otherPostsHeadings = []string{"similar jobs", "related jobs", "related vacancies", "similar vacancies", "other vacancies",
	"jobs like this", "other jobs", "more jobs", "you may also like", "recommended jobs", "offres similaires",
	"emplois similaires", "autres offres", "offres recommandees", "vous pourriez aussi aimer", "autres postes", "postes similaires",
	"more postings", "other postings", "people also viewed", "similar postings",
	// A bulletin's other posts after the one it sets out in full.
	"also open", "also vacant", "other openings", "egalement ouverts", "egalement vacants", "autres postes ouverts"}

// closingButtons are the buttons a page prints after the notice, alone
// on their line. Keys are normalised with normKey.
var closingButtons = []string{"apply", "postuler", "candidater", "apply now", "apply for this job", "apply for this position",
	"apply online", "postuler maintenant", "postuler en ligne", "postuler a cette offre", "je postule"}

// thisPostButtons apply for the one post the page gives, by naming it
// ("Apply for this job"): a page's form under its notice, wherever it
// stands. Keys are normalised with normKey.
var thisPostButtons = []string{"apply for this job", "apply for this position", "apply for this role",
	"postuler a cette offre", "postuler a ce poste", "candidater a cette offre", "postuler a cet emploi"}

// employerVerbs are the verbs an employer opens a statement about itself
// with ("Hydro-Québec souscrit au principe…", "The City of Ottawa
// promotes…"); notEmployers are capitalised words that open such
// sentences without naming one ("We are…", "Applications from…"). Keys
// are normalised with normKey.
var employerVerbs = []string{
	"is", "promotes", "welcomes", "encourages", "values", "offers", "works", "adheres", "applies", "invites",
	"recruits", "seeks", "celebrates", "souscrit", "s'engage", "adhere", "applique", "encourage", "valorise",
	"favorise", "offre", "agit", "est", "accueille", "invite", "recrute", "promeut", "reconnait", "celebre",
	"met", "engage", "ouvre", // "La Ville de Sion met au concours…"
	// What the employer does: "Le CHU de Bordeaux réunit trois groupes
	// hospitaliers…", "Service New Brunswick delivers…".
	"employs", "provides", "manages", "operates", "serves", "delivers", "supports", "produces", "develops",
	"emploie", "reunit", "regroupe", "assure", "gere", "exploite", "dessert", "produit", "developpe", "fournit", "soutient",
	"accompagne", "relie", "compte", "rassemble", "connects", // "Lidl compte en France plus de 1 500 magasins…"
}

var notEmployers = []string{"we", "our", "nous", "notre", "nos", "this", "ce", "cette", "it", "il", "elle",
	"you", "vous", "they", "ils", "elles", "applications", "applicants", "candidates", "candidatures", "all",
	"tout", "toute", "toutes", "each", "chaque"}

// questionWords open the questions a page heads its facts with ("Who can
// apply", "Qui est admissible"), matched as written: "WHO" is an
// employer.
var questionWords = []string{"Who", "Qui", "What", "Que", "Quoi", "Which", "Quel", "Quelle", "Where", "Où"}

// schemeModifiers are job nouns that also qualify a scheme, and
// schemeNouns the schemes they qualify: "Pilot Program", "pilot phase"
// name a trial, not a pilot's post. Keys as normKey makes them.
var schemeModifiers = map[string]struct{}{"pilot": {}}

var schemeNouns = []string{"program", "programme", "project", "phase", "study", "scheme", "site", "sites", "run", "test"}

// jobNouns are the nouns post titles are made of, both languages: a line
// with one can be a title even when it also has an employer's word
// ("Programme Officer"), a line without one that names an employer or a
// unit cannot ("University of Ottawa", "Service de soutien à la
// formation"). An entry ending in "*" is a stem; the others are whole
// words, with or without a plural s. Keys are normalised with normKey.
var jobNouns = []string{
	// English, French: one post's nouns side by side.
	"officer", "officier", "officiere",
	"assistant", "adjoint*",
	"manager", "gestionnaire",
	"advis*", "conseill*",
	"analyst", "analyste",
	"engineer", "ingenieur*",
	"specialist", "specialiste",
	"expert", "charge", "chargee",
	"coordinat*", "coordonnat*",
	"director", "directeur", "directrice",
	"head", "chief", "chef", "cheffe", "responsable",
	"secretary", "secretaries", "secretaire", // not "secretariat", a body
	"clerk", "commis", "prepose*",
	"technician", "technicien*",
	"administrator", "administrateur", "administratrice", // not "administration", a body
	"dispatcher", "repartiteur", "repartitrice",
	"employe",                         // "Employé·e d'administration"; not "employeur", nor "employee" ("51-200 employees")
	"collaborateur", "collaboratrice", // "Collaborateur/trice scientifique", as Swiss public services title posts
	"consultant",
	"intern", "stagiaire", "trainee", "apprentice", "apprenti*", "alternant*",
	"editor", "redact*",
	"translator", "traduct*", "interpret*",
	"lawyer", "counsel", "counsellor", "juriste", "avocat", "avocate", "notaire", "paralegal",
	"auditor", "auditeur*", "accountant", "comptable", "controller", "controleu*",
	"scientist", "researcher", "chercheu*", "fellow", "postdoc*",
	"professor", "lecturer", "teacher", "professeur*", "enseignant*", "educat*",
	"developer", "developpeu*", "programmer", "informaticien*",
	"architect", "architecte", "designer", "planner", "urbaniste", "surveyor",
	"agent", "agente", "representative", "attache", "associate",
	"operator", "instructor", "supervisor", "leader", "lead", "inspector", "investigator",
	"operateur*", "operatrice*", "instructeur*", "instructrice*", "formateur*", "formatrice*", "trainer",
	"superviseur*", "inspecteur*", "inspectrice*", "enqueteur*", "enqueteuse*", "conducteur*", "conductrice*",
	"representant*", "technologist", "technologue", "therapist", "therapeute", "pharmacist", "pharmacien*",
	"caseworker", "worker", "travailleur*", "travailleuse*",
	"librarian", "bibliothecaire", "archiviste",
	"driver", "chauffeur", "pilot", "mechanic", "mecanicien*", "electrici*",
	"nurse", "infirmi*", "physician", "medecin", "psychologue",
	"economist", "economiste", "statistician", "statisticien*",
	"chemist", "chimiste", "physicist", "physicien", "physicienne", "biologist", "biologiste",
	"geologist", "geologue", "geographer", "geographe",
	"journalist*", "reporter", "photograph*", "producer", "producteur*",
	"receptionist*", "receptionniste", "cuisinier*", "magasinier*", "ouvrier*",
	"registrar", "greffier*",
	"planificat*", "programmeu*",
	"professional", "professionnel", "professionnelle",
}

// placeCues end the words before a post's place in a sentence, in lower
// case and ASCII as texts write them ("The place of employment is
// Brussels."). PlaceInSentence finds them in any case.
var placeCues = []string{"place of employment is ", "place of assignment is ", "duty station is ", "post is based in ",
	"position is based in ", "lieu de travail est ", "lieu d'affectation est ", "lieu d'emploi est "}

// requirementWords are the nouns of a heading that names the criteria
// of a post in a compound of its own ("Knowledge, Skills, Experience &
// Qualifications", "Formation et expérience"): a heading made only of
// them (and "and", "et", "&", "/", ",") is a qualifications heading.
// Keys are normalised with normKey.
var requirementWords = []string{"knowledge", "skills", "skill", "experience", "experiences", "qualifications",
	"qualification", "education", "abilities", "ability", "competences", "competencies", "expertise", "requirements", "training",
	"and", "&", "connaissances", "competences", "aptitudes", "experience", "formation", "exigences", "savoir-faire",
	"et", "requises", "requis", "required", "languages", "langues"}

// desirableCues mark a line that introduces desirable criteria without
// being a heading ("The following would be an advantage:", "Constituent
// des atouts :"). Keys are normalised with normKey; a cue matches whole
// words.
// essentialIntroCues say that a line ending with a colon leads into the
// criteria a candidate must meet, where no heading does ("The successful
// candidate will possess the following qualifications:"). Keys are
// normalised with normKey.
var essentialIntroCues = []string{"following qualifications", "following skills", "qualifications suivantes", "competences suivantes",
	// A weight in brackets after a heading's words: "Selection criteria
	// (essential). Applicants should:".
	"(essential)", "(essentiel)", "(essentiels)", "(obligatoire)", "(obligatoires)"}

// essentialIntroEnds end a lead-in, just before its colon, that says
// what the candidate must be or have: "Candidates must:", "Le (la)
// candidat(e) doit :", "…remplissant les conditions suivantes :". At its
// end only: "Applicants must submit the following documents:" leads into
// a dossier. Keys as normKey makes them, English and French side by side.
var essentialIntroEnds = []string{
	"candidates must", "candidat(e)s doivent", "candidats doivent",
	"candidate must", "candidat(e) doit", "candidat doit", "candidate doit",
	"applicants must", "applicant must",
	"candidates should possess", "candidate should possess", "candidates should have", "candidate should have"}

// conditionIntroEnds end a lead-in into conditions ("…les personnes
// remplissant les conditions ci-après :"), which are the candidate's only
// where the line names candidates (candidateWords): "L'autorisation est
// accordée à l'agent qui remplit les conditions suivantes :" is no
// notice's. Keys as normKey makes them.
var conditionIntroEnds = []string{"following conditions", "following requirements", "conditions suivantes", "conditions ci-apres"}

// candidateWords name who applies, in a lead-in. Keys as normKey makes
// them.
var candidateWords = []string{"candidat", "applicant", "candidature"}

// offerConditionWords, in a lead-in into conditions, say they are the
// post's terms or the file's, not what the candidate must meet: "The
// post is offered to the successful candidate on the following
// conditions:", "Le candidat retenu bénéficiera des conditions
// suivantes :", "Les candidatures doivent remplir les conditions
// suivantes :". Keys as normKey makes them.
var offerConditionWords = []string{"successful", "selected", "offered", "retenu", "retenue", "selectionne", "selectionnee",
	"beneficiera", "beneficie", "les candidatures", "the applications"}

var desirableCues = []string{"advantage", "advantageous", "an asset", "assets", "desirable", "would be a plus", "a plus", "nice to have",
	"atout", "atouts", "souhaitable", "souhaitables", "un plus", "un avantage",
	"appreciated", "apprecie", "appreciee", "apprecies", "appreciees"}

// desirableEndCues end a lead-in to desirable criteria, just before its
// colon: "Les candidats devront en outre, de préférence :". Elsewhere in
// it they qualify an essential one ("…, preferably acquired in an
// international organisation:"). Keys as normKey makes them.
var desirableEndCues = []string{"de preference", "preferably", "ideally", "idealement"}

// salaryCues name pay in a sentence ("The basic monthly salary for this
// grade is…"): a salary read from running text needs one. Keys are
// normalised with normKey.
var salaryCues = []string{"salary", "salaries", "remuneration", "base pay", "basic pay", "pay scale", "pay range", "stipend",
	"traitement", "salaire", "emoluments", "fourchette salariale", "echelle salariale"}

// feeCues name a consultant's pay, as a word ("Fee: USD 415 per working
// day", "a daily fee of USD 490", "Les honoraires sont fixés à 312 USD
// par jour ouvré"): a salary where the sentence states a period of
// work too; "Course fee: USD 450 per participant" names none. Keys are
// normalised with normKey.
var feeCues = []string{"fee", "fees", "honoraire", "honoraires"}

// notOwnFeeWords name fees that are no consultant's pay: a benefit's
// school or membership fees, a fee refunded, a penalty ("reimbursement
// of school fees up to USD 20,000 per year", "late fees of EUR 10 per
// day"). Keys as normKey makes them.
var notOwnFeeWords = []string{"school", "tuition", "membership", "late", "course", "registration", "application", "gym",
	"reimbursement", "reimbursed", "reimburse", "cover", "covers", "covered", "remboursement", "rembourses", "rembourse", "prise en charge",
	"scolarite", "scolaires", "inscription", "adhesion", "formation", "retard"}

// deadlineCues introduce a deadline in running text.
var deadlineCues = []string{"apply until", "apply by", "applications close", "closing date", "deadline",
	"no later than", "not later than", "must be received by", "must be submitted by", "must reach us by",
	"must be received before", "doivent etre recues avant",
	"applications will be accepted until", "until midnight",
	"candidatures acceptees jusqu", "postuler jusqu", "date limite", "date de cloture", "au plus tard",
	"doivent parvenir", "jusqu'au", "applications must reach", "close this posting", "posting closes", "posting will close",
	"will close on", "apply before", "postule en ligne avant", "postulez en ligne avant",
	"apply online before", "apply online by", "apply online through our recruitment platform before",
	"submitted online by", "submitted online before",
	"rolling basis until", "accepted until", "received until", "open until", "recues jusqu", "ouvertes jusqu",
	"postuler d'ici", "candidature d'ici"}

// deadlineLeads introduce a deadline only opening their sentence: a
// board's "Closes 11:55 pm on 20 November 2039" (the word elsewhere is
// a door's, a check-in's or a similar job's: "… · closes 2 December").
var deadlineLeads = []string{"closes ", "cloture le "}

// applyVerbs and beforeWords, in one sentence, say until when to apply
// when no deadline cue does: "All applications should be submitted
// online through the portal by Friday, 10 July 2026", "Postulez … avant
// le 04/03/2027", "Please send your CV … before 28 June 2026" (normKey
// forms, a space where a word must end).
var applyVerbs = []string{"apply", "applications should", "applications must", "submit", "send your", "postulez", "postuler",
	"envoyez votre", "adressez votre", "adresser votre", "faire parvenir", "candidatures doivent", "candidature doit",
	"deposez votre", "candidature avant", "candidatures avant"}

// sendVerbs tell how to apply only with what an application is made of
// in their sentence (applicationNouns): "Send a CV and a cover letter…",
// not "Send a consolidated report to the donor…".
var sendVerbs = []string{"send a ", "send us", "envoyez", "should reach", "must reach", "doivent parvenir", "doit parvenir"}

// applicationNouns are what an application is made of.
var applicationNouns = []string{" cv", "resume", "cover letter", "applications", "your application", "lettre de motivation", "candidature",
	"dossier de candidature"}
var beforeWords = []string{" by monday", " by tuesday", " by wednesday", " by thursday", " by friday", " by saturday", " by sunday",
	" before ", " avant le ", " avant la ", " d'ici le ", " d'ici au ",
	// "…through our online portal by 26 January 2036": "by" before a date's figure.
	" by 0", " by 1", " by 2", " by 3", " by 4", " by 5", " by 6", " by 7", " by 8", " by 9"}

// monthByWords are before-words too, "by" before a month's name
// ("…through our Career Center by September 14, 2040"), which close a
// duty as often as an application ("submit it to Council by March 31,
// 2042"): SaysApplyBy asks the sentence to name the application as
// well.
var monthByWords = []string{" by january ", " by february ", " by march ", " by april ", " by may ", " by june ", " by july ",
	" by august ", " by september ", " by october ", " by november ", " by december "}

// postDescriptions are the headings of description that describe the
// post rather than the body or the page ("About us", "Overview"), each
// whole: a word alone ("role", "position") heads other documents' parts
// too ("Role of the committee"). Keys are normalised with normKey.
var postDescriptions = []string{"job description", "description du poste", "post description", "description de la fonction",
	"position description", "descriptif du poste", "description de l'emploi", "your role", "votre role", "ton role",
	"about the role", "about the job", "a propos du poste", "a propos de l'emploi", "job summary", "resume de l'emploi",
	"role description", "description du role"}

// postWords name a post on offer. A notice carries one in its banner,
// title or first lines; documents about posts (news, guides, FAQs) carry
// them too, which is why they are evidence, not proof. Keys are
// normalised with normKey.
var postWords = []string{
	"vacancy", "vacancies", "staff vacancy", "vacancy notice", "vacancy notification", "vacancy announcement",
	"job opening", "job opportunity", "job offer", "job posting", "job poster", "internship", "traineeship",
	"we are hiring", "we are recruiting", "recruitment",
	"avis de vacance", "vacance de poste", "notification de la vacance", "offre d'emploi", "offre de stage",
	"emploi", "stage", "poste a pourvoir", "recrutement", "nous recrutons", "are looking for a",
	"open position", "doctoral position", "postdoctoral position", "post-doctoral position", "phd position",
	"position available", "positions available", "offre de these", "contrat doctoral", "poste de doctorant",
	// and the seekingPhrases ("is looking for a", "recrute une").
}

// workModes say where the work is done, in person or at home, which
// pages print after the place ("Toronto, Ontario, in-person teaching").
// Keys as normKey makes them.
var workModes = []string{"in person", "in-person", "on site", "on-site", "onsite", "hybrid", "remote", "telework", "work from home",
	"presentiel", "en presentiel", "sur site", "hybride", "teletravail", "a distance", "distanciel"}

// officeHolders open a sentence in the name of a body's head ("The
// Secretary-General of the International Maritime Organization invites
// applications…"): the body is the employer, not its head. Each ends
// with the preposition before the body's name; an article before the
// office is dropped first (nameArticles).
var officeHolders = []string{"Secretary-General of the ", "Secretary General of the ", "Director-General of the ",
	"Director General of the ", "Executive Secretary of the ", "President of the ",
	"Secrétaire général du ", "Secrétaire général de la ", "Secrétaire général de l'", "Secrétaire générale du ",
	"Secrétaire générale de la ", "Directeur général du ", "Directeur général de la ", "Directeur général de l'",
	"Secrétaire exécutif du ", "Secrétaire exécutif de la ", "Président du ", "Président de la "}

// rulesTitles name, inside a short title, a page of rules or policy on
// recruits ("Programme de stages : règles applicables aux stagiaires"):
// what such a page is, whatever fields it lists. Keys as normKey makes
// them.
var rulesTitles = []string{"rules applicable", "regles applicables", "rules governing", "regles regissant",
	"internship rules", "reglement des stages", "reglement interieur", "internship policy", "politique de stage",
	"politique des stages", "traineeship rules", "regles des stages"}

// banners are the lines a notice opens with before its title: what it is
// and who may apply, sometimes with the vacancy's number ("STAFF VACANCY
// 261032"), and the markingBanners of its classification over them. Keys
// are normalised with normKey, longest first where one starts another.
var banners = []string{
	"vacancy notification", "notification de la vacance du poste", "notification de la vacance",
	"civilian vacancy notification", "civilian vacancy notice", "notice of civilian vacancy", "notice of vacancy", "civilian vacancy", "staff vacancy", "vacancy notice", "vacancy announcement", "avis de vacance de poste", "avis de vacance",
	"job opening", "job posting", "job poster", "offre d'emploi", "vacancy", "call for applications", "appel a candidatures", "appel de candidatures",
	"fiche de poste", "job pack",
	"avis de recrutement", "recruitment notice",
	"affichage interne et externe", "affichage externe", "affichage interne", "affichage de poste", "affichage", "internal and external posting",
	"external posting", "internal posting",
	"job opportunity", "possibilite d'emploi", "career opportunity", "occasion d'emploi", "job offer",
	"mise au concours", "mises au concours", "avis de concours",
	"open to nationals of nato member states only", "ouvert aux ressortissants des pays membres de l'otan uniquement",
}

// missionHeads open the names of diplomatic missions, which go on to the
// place they are posted to ("Embassy of Japan in Switzerland",
// "Ambassade de France en Côte d'Ivoire"); missionPrepositions lead to
// that place. Keys as normKey makes them.
var (
	missionHeads = []string{"embassy", "consulate", "consulate-general", "ambassade", "consulat", "consulat-general",
		"delegation", "mission", "representation", "high", "haut-commissariat"}
	missionPrepositions = []string{"in", "to", "en", "au", "aux", "à", "a", "auprès"}
)

// leadClauseWords open a clause of history or place before a sentence's
// subject ("Founded in 1964, the Bank…", "Créée en 1945, l'Organisation
// …"). Keys as normKey makes them.
var leadClauseWords = []string{"founded", "established", "created", "based", "headquartered", "since",
	"fonde", "fondee", "cree", "creee", "etabli", "etablie", "basee", "base", "depuis", "implante", "implantee"}

// postedByEmployer end a board's posting date that names the employer
// on the next line. Keys as normKey makes them.
var postedByEmployer = []string{"by employer", "by the employer", "par l'employeur", "par l'employeuse"}

// organisationLinks open the sentence a public service's job site closes
// a poster's facts with, the employer's name after it: "For further
// information on the organization, please visit Parole Board of Canada".
// Keys as normKey makes them.
var organisationLinks = []string{
	"for further information on the organization, please visit",
	"pour de plus amples renseignements sur l'organisation, veuillez consulter",
	"pour de plus amples renseignements sur l'organisation, veuillez visiter",
	"pour obtenir de plus amples renseignements sur l'organisation, veuillez consulter",
}

// boardRefLabels are the labels under which a job board prints its own
// number for a post ("Job Ref: 225401873", "Vacancy ID: 1450327"): a
// reference field the notice's own labelled number ("Vacancy number:
// JEWCS 26/03") overrides. Keys as normKey makes them.
var boardRefLabels = []string{"job ref", "job ref.", "job id", "vacancy id", "offer id", "ad id", "job no", "job no.",
	"ref. de l'offre", "reference de l'offre", "n de l'offre", "no de l'offre", "numero de l'offre", "offre n", "id de l'offre",
	"job bank job number", "numero de l'offre du guichet-emplois", "job number",
	// boards that name themselves in the label: "Ref. Apec : 178224519W -
	// Ref. Société : NG-26-04417", "No de l'offre Jobillico : 8841207".
	"ref. apec", "ref apec", "reference apec", "no de l'offre jobillico", "numero de l'offre jobillico"}

// refHeads are the words a reference field's value may open with that
// are no part of the reference: the document's own name beside the
// field ("N° de l'offre : FICHE DE POSTE EFS-BFC-2039-0318") or a
// table's header cell read into its row ("Précisions AGEOS/DG/…"). Keys
// as normKey makes them.
var refHeads = []string{"fiche de poste", "profil de poste", "description de poste", "job description", "position description",
	"precisions", "details", "detail", "valeur", "value"}

// abbreviations are the short words written with a stop before a name
// ("Dr. Georges-L.-Dumont", "St. John's"): the stop ends no sentence.
// Lower case.
var abbreviations = []string{"dr", "st", "ste", "mt", "mr", "mrs", "ms", "mme", "mlle", "pr", "prof", "jr", "sr"}

// languageNotes say where a notice's other language is ("Le français
// suit l'anglais", "English version below"): a note on the layout, in
// either language, that tells nothing of the language of the text around
// it. Keys as normKey makes them (a final stop dropped first).
var languageNotes = []string{
	"le francais suit l'anglais", "l'anglais suit le francais", "french follows", "english follows",
	"french version follows", "english version follows", "french version below", "english version below",
	"la version francaise suit", "la version anglaise suit", "version francaise ci-dessous", "version anglaise ci-dessous",
	"english to follow", "french to follow", "le francais suit", "l'anglais suit", "english version follows the french",
	"french version follows the english", "la version anglaise suit le francais", "la version francaise suit l'anglais",
}

// competencyTiers name the tier a list of described competencies falls
// under ("Core" over "Achieve Results: …"), no competency. Keys as
// normKey makes them.
var competencyTiers = []string{"core", "core values", "core competencies", "functional", "functional competencies",
	"technical", "technical competencies", "managerial", "managerial competencies", "management", "leadership",
	"valeurs fondamentales", "competences de base", "competences fondamentales", "competences fonctionnelles",
	"competences techniques", "competences manageriales", "encadrement"}

// languageVersions name a language half of a notice on a divider
// ("----- English version -----"). Keys as normKey makes them.
var languageVersions = []string{"english version", "french version", "version anglaise", "version francaise",
	"english", "french", "anglais", "francais", "en", "fr"}

// legalActVisas open the lines of a legal act's preamble ("Vu la loi
// communale…", "Having regard to the Staff Regulations…"), and
// legalActVerbs stand alone on the line that opens its decisions
// ("DÉCIDE :", "ARRÊTE :"): an authority's decision or order (appointing
// someone, opening a competition), which carries a post's facts without
// offering a post. Keys as normKey makes them.
var (
	legalActVisas = []string{"vu", "having regard to"}
	legalActVerbs = []string{"decide", "decident", "arrete", "arretent", "decides", "has decided", "a decide", "decrete"}
)

// facilityLabels name the establishment a post is in (a network's
// hospital, an education authority's school): its place when the notice
// gives no other, where a place's own field ("Lieu : Casteau (Mons)")
// says it better. Keys as normKey makes them.
var facilityLabels = []string{"facility", "etablissement"}

// areaLabels name the area a post is in, wider than its place (a French
// public-service board's "Secteur géographique : Pays de Fougères"): a
// place's own field after it ("Lieu de travail : Fougères") says where.
// Keys as normKey makes them.
var areaLabels = []string{"secteur geographique"}

// markingBanners are the banners that mark a document's classification,
// not its genre: a notice's banner proper may follow them. Keys as
// banners; the banners' phrases are both lists.
var markingBanners = []string{"nato unclassified", "otan sans classification", "non classifie", "unclassified"}

// siteFurniture are the words careers sites and job boards print around
// a notice: navigation, buttons, site names. A line made of them is never
// a title. Keys are normalised with normKey.
var siteFurniture = []string{
	"skip to main content", "skip to content", "passer au contenu principal", "passer au contenu",
	// The European research career stages a research board files a post
	// under ("Recognised Researcher (R2)"), a facet beside its title.
	"first stage researcher (r1)", "recognised researcher (r2)", "established researcher (r3)", "leading researcher (r4)",
	"chercheur de premier niveau (r1)", "chercheur reconnu (r2)", "chercheur confirme (r3)", "chercheur expert (r4)",
	// GC Jobs' link under a poster's facts: "For further information on
	// the organization, please visit …".
	"for further information on the organization", "pour obtenir de plus amples renseignements sur l'organisation",
	// and its links beside a poster's criteria.
	"degree equivalency", "equivalence des diplomes", "information on language requirements",
	"information sur les exigences linguistiques",
	"aller au contenu principal", "aller au contenu", "main menu", "menu", "home", "careers", "careers home",
	"job search", "search jobs", "search for jobs", "find jobs", "jobs", "job details", "job description",
	"saved jobs", "my applications", "sign in", "log in", "sign out", "candidate home", "post a job",
	"companies", "career advice", "apply", "apply now", "apply for this job", "apply online", "save", "share",
	// a board's one-click buttons: "Quick apply", "Candidature simplifiée"
	// LinkedIn's "See who Manulife has hired for this role"
	"see who",
	"quick apply", "easy apply", "save job", "candidature simplifiee", "candidature rapide", "sauvegarder", "postuler facilement",
	"print", "report this job", "back to search results", "back", "english", "francais", "en", "fr",
	"accueil", "carrieres", "emplois", "offres d'emploi", "recherche d'offres", "recherche", "postuler",
	"postuler maintenant", "imprimer", "partager", "enregistrer", "mon compte", "deconnexion", "se connecter",
	"retour", "retour aux resultats", "description de l'offre d'emploi", "description de l'offre",
	"apply on employer's site", "apply on company site", "apply on company website", "refer a friend",
	"print / save as pdf", "save as pdf", "print this page", "share this job", "email this job",
	"link to this job", "copy link", "copy job link", "lien vers cette offre", "copier le lien",
	"postuler sur le site de l'employeur", "imprimer cette page", "partager cette offre",
	"rechercher des offres", "rechercher des emplois", "rechercher", "search", "connexion", "emploi", "faq",
	"an official website of the european union", "un site officiel de l'union europeenne", "how do you know?",
	// the toggle under a board's folded description
	"show less", "show more", "see more", "see less", "voir plus", "voir moins", "afficher plus", "afficher moins",
	"read less", "read more", "lire la suite",
}

// genreCues name the kinds of document that share a notice's words but
// offer no post: a line that opens with one, near the top of a document
// or as a heading, says what the document is. Each row is a genre and a
// spelling pair.
var genreCues = []struct{ Genre, EN, FR string }{
	{"press release", "Press release", "Communiqué de presse"},
	{"press release", "News release", "Communiqué"},
	{"press release", "For immediate release", "Pour diffusion immédiate"},
	{"media advisory", "Media advisory", "Avis aux médias"},
	{"media advisory", "Note to the media", "Note aux médias"},
	{"media advisory", "Media accreditation", "Accréditation des médias"},
	{"FAQ", "Frequently asked questions", "Questions fréquemment posées"},
	{"FAQ", "FAQ", "Foire aux questions"},
	{"FAQ", "Questions and answers", "Questions fréquentes"},
	{"guide", "How to apply", "Comment postuler"},
	{"guide", "How to read", "Comment lire"},
	{"guide", "Careers advice", "Conseils carrière"},
	{"guide", "Career advice", "Conseils pour votre carrière"},
	{"call for tenders", "Call for tenders", "Appel d'offres"},
	{"call for tenders", "Call for tender", "Avis d'appel d'offres"},
	{"call for tenders", "Invitation to bid", "Invitation à soumissionner"},
	{"call for tenders", "Invitation for bid", "Appel à la concurrence"},
	{"call for tenders", "Notification of intent", "Avis d'intention"},
	{"call for tenders", "Request for proposal", "Demande de propositions"},
	{"call for tenders", "Request for quotation", "Demande de prix"},
	{"call for tenders", "Procurement notice", "Avis de marché"},
	{"call for tenders", "Invitation to tender", "Invitation à présenter une offre"},
	{"call for tenders", "Calls for tenders", "Appels d'offres"},
	{"call for tenders", "Tender notice", "Avis d'adjudication"},
	{"contract award notice", "Contract award notice", "Avis d'attribution de marché"},
	{"contract award notice", "Award notice", "Avis d'attribution"},
	{"call for proposals", "Call for proposals", "Appel à propositions"},
	{"call for proposals", "Call for projects", "Appel à projets"},
	{"call for contributions", "Call for contributions", "Appel à contributions"},
	// A commission for an artwork, a contract for services: "Call to
	// Artists", "Request for Qualifications".
	{"call for proposals", "Call to artists", "Appel aux artistes"},
	{"call for proposals", "Call for artists", "Appel à artistes"},
	{"call for proposals", "Request for qualifications", "Demande de qualifications"},
	// A grant scheme's guide: who may apply for the money and by when,
	// "Subventions aux associations sportives – campagne 2037".
	// (Only cues a preposition ends: "Grant programme officer" is a
	// post.)
	{"grant scheme", "Grants to", "Subventions aux"},
	{"grant scheme", "Grants for", "Subventions pour"},
	// A touring show's technical rider: the posts it names are the
	// venue's crew for a night.
	{"technical rider", "Technical rider", "Fiche technique"},
	// Papers an employer files or receives once someone is hired, and
	// records of posts: they name a post's facts and offer none.
	{"acknowledgement of receipt", "Acknowledgement of receipt", "Accusé de réception"},
	{"declaration", "Pre-hiring declaration", "Déclaration préalable à l'embauche"},
	{"position record", "Position record", ""},
	{"exam paper", "Past exam papers", "Annales"},
	{"certification sheet", "Certification sheet", "Fiche au répertoire national"},
	{"podcast", "Show notes", "Notes de l'épisode"},
	{"call for contributions", "Call for papers", "Appel à communications"},
	{"filled post", "Position filled", "Poste pourvu"},
	{"exchange of posts", "Job swap", "Bourse aux permutations"},
	{"pay receipt", "Final pay receipt", "Reçu pour solde de tout compte"},
	{"recruitment plan", "Recruitment plan", "Plan de recrutement"},
	// A report on posts filled or closed: the vacancies it names are its
	// subject, none offered.
	{"report", "Selection board report", "Rapport du jury de sélection"},
	{"report", "Selection panel report", "Rapport du comité de sélection"},
	{"report", "Recruitment statistics", "Statistiques de recrutement"},
	{"report", "Recruitment report", "Rapport de recrutement"},
	{"report", "Ad performance report", "Rapport de performance de l'annonce"},
	{"report", "Job posting report", "Rapport sur l'offre d'emploi"},
	// A web tool's audit of a job page's markup: the post's facts are
	// the properties it read.
	{"report", "Structured data audit", "Audit des données structurées"},
	{"report", "Site audit", "Audit de site"},
	// A member's record of continuing professional development, with
	// the member's job and employer.
	{"record", "CPD record", "Relevé de formation continue"},
	{"record", "Continuing professional development record", "Relevé de développement professionnel continu"},
	{"event", "Conference", "Conférence"},
	{"event", "Job fair", "Salon de l'emploi"},
	// A fair's floor plan and its exhibitors, each with the profiles
	// it seeks: "Plan du hall et liste des exposants".
	{"event", "Floor plan", "Plan du hall"},
	{"event", "List of exhibitors", "Liste des exposants"},
	// A payslip names the employee's job, workplace, contract and pay.
	{"pay slip", "Payslip", "Bulletin de paie"},
	{"pay slip", "Pay slip", "Fiche de paie"},
	{"pay slip", "Pay stub", "Bulletin de salaire"},
	// A job evaluation form describes a post that is held, its grade and
	// hours: "Job Evaluation Questionnaire (JEQ)".
	{"questionnaire", "Job evaluation questionnaire", "Questionnaire d'évaluation de l'emploi"},
	{"questionnaire", "Job description questionnaire", "Questionnaire de description de poste"},
	// A job seeker's own list of the posts applied for: "My job search
	// 2032 — applications tracker".
	{"tracker", "Applications tracker", "Tableau de suivi de mes candidatures"},
	{"tracker", "Application tracker", "Suivi de mes candidatures"},
	// A game's rules name its jobs, salaries and requirements as cards.
	{"rulebook", "Rulebook", "Règle du jeu"},
	{"rulebook", "Rules of the game", "Règles du jeu"},
	// A service's export of a user's own data: a profile, its
	// "Employer", "Salary" and "Essential" as the user filled them.
	{"data export", "Data export", "Export de données"},
	{"data export", "Download of your data", "Téléchargement de vos données"},
	// A hire contract names the driver's occupation and employer, a
	// location and a return deadline.
	{"rental agreement", "Rental agreement", "Contrat de location"},
	{"rental agreement", "Vehicle rental agreement", "Contrat de bail"},
	{"event", "Career fair", "Salon des carrières"},
	{"event", "Careers fair", "Bourse aux emplois"},
	{"event", "Symposium", "Colloque"},
	{"event", "Open day", "Journée portes ouvertes"},
	{"course", "Course announcement", "Annonce de cours"},
	{"course", "Training course", "Stage de formation"},
	{"course", "Course number", "Numéro du cours"},
	{"course", "Course catalogue", "Catalogue des cours"},
	{"newsletter", "Newsletter", "Lettre d'information"},
	{"newsletter", "Bulletin", "Bulletin d'information"},
	{"list of posts", "List of vacancies", "Liste des postes"},
	{"list of posts", "List of vacant posts", "Liste des emplois vacants"},
	{"list of posts", "List of open positions", "Liste des avis de vacance"},
	{"page of search results", "Search results", "Résultats de recherche"},
	{"page of search results", "Jobs found", "Offres trouvées"},
	{"page of search results", "Results for", "Résultats pour"},
	{"results announcement", "Results of the competition", "Résultats du concours"},
	{"results announcement", "Recruitment results", "Résultats de recrutement"},
	{"results announcement", "Successful candidates", "Lauréats"},
	{"salary scale", "Salary scale", "Barème des traitements"},
	{"salary scale", "Salary scales", "Grille salariale"},
	{"salary scale", "Pay scale", "Barème"},
	{"press release", "Press releases", "Communiqués de presse"},
	{"media advisory", "Media advisories", "Avis aux médias"},
	{"news", "Newsroom", "Salle de presse"},
	{"news", "News", "Actualités"},
	{"news", "Latest news", "Dernières nouvelles"},
	{"event", "Registration deadline", "Date limite d'inscription"},
	{"event", "Salon", "Salon"},
	{"event", "Agenda", "Agenda"},
	{"event", "Events", "Événements"},
	{"newsletter", "View in browser", "Voir dans le navigateur"},
	{"newsletter", "Unsubscribe", "Se désabonner"},
	{"newsletter", "In this issue", "Dans ce numéro"},
	{"call for tenders", "Procurement", "Marchés publics"},
	{"call for tenders", "Procurement opportunities", "Marchés"},
	{"call for proposals", "Calls for proposals", "Appels à propositions"},
	{"course", "Courses", "Cours"},
	{"results announcement", "Results of", "Résultats de"},
	{"results announcement", "Selection results", "Résultats du"},
	{"salary scale", "Salaries and benefits", "Traitements et avantages"},
	{"staff notice", "Staff notice", "Note de service"},
	{"cancellation notice", "Cancellation of", "Annulation de"},
	{"cancellation notice", "Cancellation notice", "Avis d'annulation"},
	{"certificate of employment", "Certificate of employment", "Attestation d'emploi"},
	{"certificate of employment", "Employment certificate", "Certificat de travail"},
	{"certificate of employment", "Employment verification letter", "Attestation de travail"},
	// A record of a worker already hired or of equipment: the post's
	// facts are the record's.
	{"certificate of employment", "Certificate of sponsorship", "Certificat de parrainage"},
	{"form", "Inventory sheet", "Fiche d'inventaire"},
	{"letter", "To whom it may concern", "À qui de droit"},
	{"letter", "Dear Sir or Madam", "Madame, Monsieur"},
	{"letter", "Dear Madam or Sir", "Mesdames, Messieurs"},
	{"letter", "Dear candidate", "Chère candidate, cher candidat"},
	{"letter", "Dear applicant", "Cher candidat, chère candidate"},
	{"letter", "Dear Ms", "Chère Madame"},
	{"letter", "Dear Mr", "Cher Monsieur"},
	{"letter", "Dear Mrs", ""},
	// A French letter's bare salutation, on its own line ("Madame,").
	{"letter", "", "Madame"},
	{"letter", "", "Monsieur"},
	{"letter", "Dear Dr", ""},
	{"letter", "Dear members of", "Chers membres du"},
	{"letter", "Dear hiring manager", "Madame la Directrice"},
	{"letter", "Dear Director", "Monsieur le Directeur"},
	{"letter", "Dear recruitment team", ""},
	{"letter", "Dear selection panel", ""},
	// A document an employer's staff or a publisher fills in to open a
	// post or to print its advertisement: the post's facts are the form's.
	{"form", "Requisition form", "Formulaire de réquisition"},
	{"form", "Recruitment requisition form", "Demande d'ouverture de poste"},
	{"form", "Request form", "Formulaire de demande"},
	{"form", "Training request", "Demande de formation"},
	{"form", "Individual training request", "Demande individuelle de formation"},
	{"form", "Insertion order", "Ordre d'insertion"},
	{"form", "Purchase order", "Bon de commande"},
	{"staff notice", "Internal reassignment", "Réaffectation interne"},
	// A form that assesses a post already held (its workstation, its
	// holder): "Fiche d'évaluation ergonomique du poste de travail".
	{"form", "Assessment form", "Fiche d'évaluation"},
	// A maintenance order for a post of work, a job of the trades: "WORK
	// ORDER", "Bon de travail".
	{"work order", "Work order", "Bon de travail"},
	// A notice to candidates already invited to a test: the competition
	// is closed, the post is the test's subject.
	{"convocation", "Notice to shortlisted candidates", "Avis aux candidats convoqués"},
	{"convocation", "Notice to invited candidates", "Avis aux candidates et candidats convoqués"},
	{"convocation", "Invitation to the written test", "Convocation à l'examen"},
	{"convocation", "Invitation to the written examination", "Convocation à l'épreuve"},
	// A software project's bug report, whose test data may be a post's
	// header: "Describe the bug", "Steps to reproduce".
	{"bug report", "Describe the bug", "Description du bogue"},
	{"bug report", "Steps to reproduce", "Étapes pour reproduire"},
	{"bug report", "Bug report", "Rapport de bogue"},
	// A recruitment agency's presentation of a candidate to its client:
	// the post's facts are the brief's, and the candidate is matched
	// against its criteria.
	{"candidate submission", "Candidate submission", "Présentation de candidature"},
	{"candidate submission", "Candidate submittal", "Proposition de candidat"},
	{"work order", "Work request", "Ordre de travail"},
	// An encyclopedia's article on an employer, with its facts box.
	{"encyclopedia article", "From Wikipedia", "De Wikipédia"},
	{"form", "Evaluation form", "Formulaire d'évaluation"},
	// A notice that someone was appointed, which opens a right to
	// complain, not an application: "Notification of acting appointment".
	{"appointment notice", "Notification of appointment", "Avis de nomination"},
	{"appointment notice", "Notification of acting appointment", "Avis de nomination intérimaire"},
	{"appointment notice", "Notice of appointment", "Notification de nomination"},
	{"appointment notice", "Notice of acting appointment", "Avis de nomination par intérim"},
	// Guides for applicants, however they put it.
	{"guide", "Guide to", "Guide de"},
	{"guide", "Understanding a vacancy", "Comprendre un avis de vacance"},
	{"guide", "Understanding job", "Comprendre une offre"},
	{"guide", "Reading a vacancy", "Lire un avis de vacance"},
	{"guide", "Tips for applicants", "Conseils aux candidats"},
	{"guide", "Tips for candidates", "Conseils pour les candidats"},
	{"guide", "Applicant guide", "Guide du candidat"},
	{"guide", "Application guide", "Guide de candidature"},
	{"guide", "How to write", "Comment rédiger"},
	{"guide", "How to prepare", "Comment préparer"},
	{"guide", "Decoding", "Décrypter"},
	{"guide", "Step by step", "Pas à pas"},
	// A guide an employer signs: "Réussir son entretien : notre guide
	// en 4 étapes".
	{"guide", "Our guide", "Notre guide"},
	{"FAQ", "Questions about", "Questions sur"},
	{"FAQ", "Common questions", "Questions courantes"},
	{"event", "Recruitment day", "Journée de recrutement"},
	{"event", "Recruitment fair", "Forum de recrutement"},
	{"event", "Careers day", "Journée carrières"},
	{"event", "Information evening", "Soirée d'information"},
	{"results announcement", "List of successful", "Liste des lauréats"},
	{"results announcement", "Outcome of the selection", "Résultat de la sélection"},
	{"results announcement", "Selection outcome", "Résultats de la sélection"},
	{"results announcement", "Notice of results", "Avis de résultats"},
	{"results announcement", "", "Résultats des"}, // ("Results of" covers the English)
	// Documents of other trades that speak of posts: a parliament's
	// question, a policy on recruiting, a program's release notes.
	{"parliamentary question", "Question for written answer", "Question écrite"},
	{"parliamentary question", "Parliamentary questions", "Questions parlementaires"},
	{"policy", "Recruitment policy", "Politique de recrutement"},
	{"policy", "Recruitment and selection policy", "Politique de recrutement et de sélection"},
	{"software documentation", "Release notes", "Notes de version"},
	{"software documentation", "Changelog", "Journal des modifications"},
	// Alone, after a title's dash: "Selection procedure – Results".
	{"results announcement", "Results", "Résultats"},
	// A programme's page, which lists the posts it opens elsewhere.
	{"programme page", "Join our graduate programme", "Rejoignez notre programme"},
	{"programme page", "Join our programme", "Rejoins notre programme"},
	{"programme page", "Our graduate programme", "Notre programme d'alternance"},
	{"programme page", "Work-study programme", "Programme d'alternance"},
	{"programme page", "Apprenticeship programme", "Programme d'apprentissage"},
	{"programme page", "Graduate programme", "Programme jeunes diplômés"},
	{"programme page", "Graduate program", "Programme Graduate"},
	{"programme page", "Work-study program", "Programme Alternance"},
	// A pool of candidates that posts are later filled from, no post.
	{"talent pool", "Talent pool", "Banque de candidatures"},
	{"talent pool", "Candidate pool", "Réserve de candidatures"},
	{"talent pool", "Spontaneous application", "Candidature spontanée"},
	{"talent pool", "Unsolicited application", "Candidatures spontanées"},
	{"talent pool", "Consultant roster", "Fichier de consultants"},
	{"talent pool", "Roster of consultants", "Liste de réserve de consultants"},
	{"talent pool", "Expert roster", "Fichier d'experts"},
	{"talent pool", "Creation of a roster", "Constitution d'un fichier"},
	{"talent pool", "Establishment of a roster", "Constitution d'une liste de réserve"},
	// A careers site's page on working for the employer, whatever post:
	// its facts (place, hours, pay system) are every post's.
	{"careers page", "Working at", "Travailler chez"},
	{"careers page", "Life at", "La vie chez"},
	{"careers page", "Why work at", "Pourquoi travailler chez"},
	{"careers page", "Working for", "Travailler à"},
	{"careers page", "Working in", "Travailler dans"},
	{"careers page", "Work at", "Travailler pour"},
	// and its page on how the employer recruits, whatever post ("Our
	// recruitment process, step by step"), which a notice may head a
	// part of itself with.
	{"careers page", "Our recruitment process", "Notre processus de recrutement"},
	{"careers page", "Our selection process", "Notre processus de sélection"},
	// A careers site's portrait of someone who holds a post: the post's
	// title, grade and place as the portrait's facts.
	{"staff profile", "Meet our staff", "Rencontrez notre personnel"},
	{"staff profile", "Meet our people", "Rencontrez nos équipes"},
	{"staff profile", "Staff stories", "Témoignages de collaborateurs"},
	{"staff profile", "Employee stories", "Portraits de collaborateurs"},
	{"staff profile", "Staff profile", "Portrait de collaborateur"},
}

// sampleWords mark a field's value as an example a guide or a form
// gives, not a post's fact: "country-city, e.g. Belgium-Brussels",
// "Secrétaire de mairie (exemple)". Keys as normKey makes them, each
// matched as whole words.
var sampleWords = []string{"e.g.", "e.g", "eg.", "p. ex.", "p.ex.", "par ex.", "par exemple", "for example", "for instance",
	"example", "exemple", "exemplaire fictif", "fictif", "fictitious"}

// sampleTokens are the letters a template writes for the parts of a date
// or a number still to fill in: "DD-Mmm-YYYY", "JJ/MM/AAAA",
// "XXX-0000-00000", "VA/20XX/000". Matched case-sensitively as a whole
// token between other characters than letters.
var sampleTokens = []string{"DD", "JJ", "YYYY", "AAAA", "Mmm", "MMM", "XX", "XXX", "XXXX", "XXXXX", "XXXXXX"}

// formPhrases say a document is a form to fill in: "to be completed by
// the staff member", "à compléter par les deux membres du personnel".
// Keys as normKey makes them.
var formPhrases = []string{"to be completed by", "to be filled in by", "to be filled out by", "a completer par", "a remplir par"}

// applicationWords name a candidate's application, which a notice asks
// to complete: a line about them is a notice's, not a form's note. Keys
// as normKey makes them.
var applicationWords = []string{"candidat", "candidature", "applicant", "application", "apply"}

// numberWords end a label that gives a document's or an item's number:
// "Work Order No.", "Avis n°", "Request number". Keys as normKey makes
// them.
var numberWords = []string{"no", "no.", "n°", "n", "nº", "number", "numero", "#", "num"}

// A document that offers no post often says so near its top, in its own
// words (DeniesPost): denialLeads, then at most two words ("poste
// vacant", "any particular"), then a post's noun of denialNouns ("ne
// concerne aucun poste vacant", "does not contain any vacancy", "is not
// an application for a specific post"); denialLeadsNear with a notice's
// noun of denialNearNouns right after ("ne constitue pas un avis de
// recrutement": not "ne constitue pas un droit au recrutement", a
// reserve list's fine print in a notice); or denialClauses ending their
// clause ("aucun recrutement en cours"). A notice's fine print says
// such things lower down ("Le Musée n'offre aucun emploi par
// l'intermédiaire d'agences", "We are not hiring through agencies"):
// the leads leave out offering, and the document's top is read only.
// Keys as normKey makes them.
var denialLeads = []string{
	"ne concerne aucun", "ne concerne aucune", "does not concern any", "do not concern any",
	"ne contient aucun", "ne contient aucune", "does not contain any",
	"n'ouvre aucun", "n'ouvre aucune", "does not open any",
	"ne publie aucun", "ne publie aucune", "does not advertise any", "advertises no",
	"ne correspond a aucun", "ne correspond a aucune", "ne correspondent a aucun", "ne correspondent a aucune",
	"does not correspond to any", "do not correspond to any",
	"ne repond a aucun", "ne repond a aucune", "ne vise aucun", "ne vise aucune",
	"has no link to any", "is not an application for", "is not an application to", "is not an invitation to apply for",
	"there is no specific",
}

// denialLeadsNear: see denialLeads.
var denialLeadsNear = []string{
	"ne constitue pas un", "ne constitue pas une", "ne constitue ni un", "ne constitue ni une",
	"n'est pas un appel a", "is not a call for", "is not a recruitment for", "is not an invitation to apply",
}

// denialNouns: see denialLeads.
var denialNouns = []string{
	"poste", "postes", "emploi", "emplois", "recrutement", "recrutements", "offre d'emploi", "offres d'emploi",
	"avis de vacance", "avis de recrutement", "appel a candidatures", "offre de stage",
	"vacancy", "vacancies", "post", "posts", "position", "positions", "job", "jobs", "job offer", "job offers",
	"opening", "openings",
}

// denialNearNouns: see denialLeads.
var denialNearNouns = []string{
	"avis de vacance", "avis de recrutement", "appel a candidatures", "offre d'emploi", "offre de stage",
	"vacancy notice", "job offer", "job advertisement", "vacancy", "specific post", "specific position",
}

// denialClauses: see denialLeads.
var denialClauses = []string{
	"aucun recrutement en cours", "aucun recrutement n'est en cours", "aucun poste ouvert", "aucun poste n'est ouvert",
	"aucun poste disponible", "aucun poste vacant", "aucune offre d'emploi en cours",
	"no vacancies at the moment", "no vacancies at present", "no current vacancies", "no positions are currently open",
	"no position is currently available", "no vacancies are currently open",
}

// clauseConjunctions join two clauses: a phrase before one ends its own
// (keyContainsClauseEnd).
var clauseConjunctions = []string{" and ", " et ", " but ", " mais ", " so ", " donc "}

// headingJoiners join two subjects of a heading (JoinsTwo): "Salary and
// benefits", "Rémunération et avantages".
var headingJoiners = []string{"and", "et", "&", "+"}

// recruitsNoOnePhrases say a document's employer hires no one ("the
// company recruits no one": the posts it names are a venue's crew), or
// that the document offers no post ("there is no vacancy"), when they
// end their clause: "does not recruit anyone under the age of 18" is a
// notice's safeguarding rule. (A consultancy's notice may say "it is not
// a post": no such phrase is here.) Keys as normKey makes them.
var recruitsNoOnePhrases = []string{"ne recrute personne", "is not recruiting anyone", "does not recruit anyone",
	"there is no vacancy", "there are no vacancies", "there is no recruitment",
	"il n'y a pas de poste", "il n'y a aucun poste", "il n'y a pas d'emploi",
	"il n'y a aucun emploi", "il n'y a pas de recrutement", "il n'y a aucun recrutement"}

// documentKindLabels ask what kind of document a document is: their
// value is its genre. Keys as normKey makes them.
var documentKindLabels = []string{"document type", "type of document", "type de document", "document", "type", "subject", "objet",
	"notice type", "type of notice", "type d'avis", "nature du document", "genre"}

// noEmploymentAfterPhrases say that what a document offers leads to no
// job: a programme's page says it ("Le programme n'ouvre droit à aucun
// emploi"), and so does an internship's own notice ("An internship does
// not lead to employment"). Keys as normKey makes them.
var noEmploymentAfterPhrases = []string{"n'ouvre droit a aucun emploi", "n'ouvre pas droit a un emploi",
	"does not lead to employment", "does not lead to a job", "does not give any right to employment"}

// workingLanguagesPhrases state what languages an employer works in, as
// keys: "… are the working languages of …".
var workingLanguagesPhrases = []string{"are the working languages of", "are the two working languages of",
	"sont les langues de travail", "sont les deux langues de travail"}

// untilWords say a date or an event is awaited: "Open until position
// filled". Keys as normKey makes them.
var untilWords = []string{"until", "till", "jusqu"}

// cvHeadings head a part of an applicant's CV that no notice has: what
// the writer seeks. Keys are normalised with normKey.
var cvHeadings = []string{"objective", "career objective", "professional objective", "objectif", "objectif professionnel",
	"objectif de carriere"}

// questionStems stand in every genreCues row of the "FAQ" genre: a line
// without one names no page of questions, and is spared the match.
var questionStems = []string{"faq", "question"}

// filledValues are a post's status once someone holds it ("Status:
// FILLED", "Statut : pourvu"): a record of the post, no notice of it.
// Keys are normalised with normKey.
var filledValues = []string{"filled", "position filled", "post filled", "pourvu", "pourvue", "poste pourvu"}

// filledPhrases say inside a status's value that the post is held:
// "Closed – position filled on 28 November 2030". Keys as normKey makes
// them.
var filledPhrases = []string{"position filled", "post filled", "poste pourvu", "position has been filled", "poste a ete pourvu"}

// notVacancyPhrases say outright that a document offers no post: "this is
// not a vacancy notice", "no applications will be accepted". Keys are
// normalised with normKey.
var notVacancyPhrases = []string{"not a vacancy notice", "is not a vacancy", "no applications will be accepted", "no application is accepted",
	"not for publication", "ne pas publier", "ne pas diffuser", "does not itself announce", "n'annonce elle-meme aucun", "n'annonce lui-meme aucun",
	"is not a new job opportunity", "is not a job opportunity", "n'est pas une nouvelle possibilite d'emploi", "n'est pas une possibilite d'emploi",
	"n'est pas un avis de vacance", "aucune candidature ne sera acceptee", "aucune candidature n'est acceptee",
	"is not a job", "is not a paid position", "ne s'agit pas d'un emploi", "n'est pas un emploi",
	"ne s'agit pas d'une offre d'emploi", "is not a job offer", "ne s'agit pas d'un avis de vacance",
	"does not concern employment", "does not concern recruitment", "is not an offer of employment",
	"is not an employment", "ne concerne pas un emploi", "ne concerne pas le recrutement",
	"ne constitue pas une offre d'emploi", "ne constitue pas un avis de vacance", "does not constitute a vacancy notice",
	"is not itself a vacancy notice", "are not job offers", "are not vacancies", "ne sont pas des offres d'emploi",
	"n'annonce pas un poste", "n'annonce aucun poste", "does not advertise a specific", "does not advertise a post", "does not advertise a position",
	"does not advertise any", "does not announce any position", "does not announce any post", "does not announce any vacancy",
	// A fellowship for civil servants of member states: "Ce programme ne
	// constitue pas un recrutement". (The programme, not a reserve
	// list: "L'inscription sur la liste de réserve ne constitue pas un
	// recrutement" is a notice's fine print.)
	"programme ne constitue pas un recrutement", "programme does not constitute a recruitment", "program does not constitute a recruitment",
	"bourse ne constitue pas un recrutement", "bourses ne constitue pas un recrutement", "fellowship does not constitute a recruitment",
	// A document that names what it is not, among other things: "ne
	// constitue ni un cahier des charges, ni une offre d'emploi".
	"ni une offre d'emploi", "ni un avis de vacance", "nor a job offer", "nor a vacancy notice",
	// "Il ne s'agit ni d'un avis de vacance de poste ni d'un appel à
	// candidatures."
	"ni d'un avis de vacance", "ni d'une offre d'emploi", "neither a vacancy notice", "neither a job offer",
	// "Elle ne concerne ni le recrutement ni la gestion des postes."
	"ne concerne ni le recrutement", "ne porte ni sur le recrutement", "concerns neither recruitment", "concerns neither the recruitment",
	// A notice of an appointment made: "It does not invite applications."
	"does not invite applications", "n'invite pas a postuler", "ne sollicite pas de candidatures",
	"is not an advertisement for a specific", "not for a specific post", "ne vise pas un poste precis",
	"are not published one by one", "are not advertised one by one", "ne sont pas publies un par un",
	"ne sont pas publies individuellement", "are not published individually",
	"les postes eux-memes sont publies", "the posts themselves are advertised", "the posts themselves are published",
	"no post is advertised", "no position is advertised", "aucun poste n'est annonce", "aucun poste n'est publie",
	"aucun poste n'est ouvert", "no post is open", "no position is open", "no vacancy is open",
	"all current vacancies are listed", "current vacancies are listed below", "vacancies are listed below",
	"les postes vacants sont listes", "les offres en cours sont listees",
	"ne correspond a aucun poste", "ne correspond pas a un poste", "does not correspond to any post",
	"does not correspond to a vacancy", "does not correspond to any vacancy", "is not linked to any vacancy",
	"does not correspond to a specific vacant post", "does not correspond to a specific vacancy", "does not correspond to a specific post",
	"ne correspond pas a un poste precis", "ne correspond pas a un poste vacant",
	"cette page presente le programme", "cette page presente un programme", "this page presents the programme",
	"this page presents a programme", "this page presents the program",
	// A programme of internships or traineeships that says it hires no
	// one: "Le programme de stages n'est pas un recrutement".
	"n'est pas un recrutement", "is not a recruitment",
	// An inventory of candidates: "THIS IS AN INVENTORY, NOT A JOB OFFER.
	// No position is being staffed…".
	"not a job offer", "pas une offre d'emploi", "no position is being staffed", "no position is being filled",
	"no post is being filled", "aucun poste n'est pourvu", "aucun poste n'est a pourvoir",
	// A post's page kept after it was filled: "This position has been
	// filled. The information below is kept for reference only."
	"this position has been filled", "this post has been filled", "this vacancy has been filled", "this job has been filled",
	"ce poste a ete pourvu", "ce poste est pourvu", "cette offre a ete pourvue", "cette offre est pourvue",
	// A consultancy's terms of reference that say what the contract is
	// not: "un contrat de prestation de services … et non d'un emploi".
	"et non d'un emploi", "et non un emploi", "and not a job", "and not employment", "and not an employment",
	// A club's or an association's call for a volunteer: "Rémunération :
	// aucune – fonction bénévole", "le club n'emploie aucun salarié".
	"fonction benevole", "poste benevole", "n'emploie aucun salarie", "employs no paid staff",
	"unpaid volunteer role", "unpaid position", "unpaid role",
	// A page that names a post already held, or a sample post: "This
	// role is currently filled", "Il ne correspond à aucun emploi à
	// pourvoir", "We are not advertising a single position on this page".
	"role is currently filled", "position is currently filled", "post is currently filled", "poste est actuellement pourvu",
	"ne correspond a aucun emploi", "does not correspond to any real", "not advertising a single position",
	"are not advertising a position", "are not advertising a post",
	// A forum or a board that says it publishes no offers: "Ce site …
	// ne publie aucune offre d'emploi".
	"ne publie aucune offre d'emploi", "publishes no job offers", "does not publish job offers", "does not publish any job",
	// A roster's call: "It does not announce a vacant post".
	"does not announce a vacant post", "does not announce a vacancy", "does not announce a post",
	// Volunteering set apart from work: "Volunteering is unpaid: these
	// are not jobs".
	// A report on a job page, not the page: "it is not the job
	// advertisement".
	"is not the job advertisement", "is not the job ad", "is not the job posting", "n'est pas l'offre d'emploi", "n'est pas l'annonce",
	"these are not jobs", "are not jobs", "ne sont pas des emplois", "volunteering is unpaid",
	"le benevolat n'est pas remunere",
	// A column's or a story's disclaimer of fiction: "Any resemblance to
	// a real notice is entirely deliberate", "These posts exist only in
	// the imagination of …".
	"any resemblance to a real", "any resemblance to real", "toute ressemblance avec un", "toute ressemblance avec une",
	"toute ressemblance avec des", "exist only in the imagination", "n'existent que dans l'imagination",
	"n'annonce pas un poste vacant", "n'annonce pas de poste vacant"}

// possessives open headings that name the same part with the reader or
// the employer as owner: "Tes responsabilités", "Vos principales
// responsabilités", "Our benefits". Keys are normalised with normKey.
var possessives = map[string]bool{
	"your": true, "our": true, "the": true, "my": true,
	"votre": true, "vos": true, "notre": true, "nos": true, "ton": true, "ta": true, "tes": true,
	"le": true, "la": true, "les": true, "mon": true, "ma": true, "mes": true,
}

// headingWords classify a heading the sectionHeadings do not hold by the
// stems of its words (normKey forms, both languages in one list): "Votre
// défi", "Ce que la Ville t'offre", "Pourquoi vous joindre à nous?",
// "Benefits and entitlements". Only parts that end a list of criteria or
// open one are here: a heading that names a topic of the criteria
// ("Field(s) of Education") stays a sub-heading of its section.
var headingWords = []struct {
	kind  string
	stems []string
}{
	{"accountabilities", []string{"responsib", "responsab", "duties", "tasks", "taches", "activities", "activites", "accountab", "missions", "ferez", "feras"}},
	{"offer", []string{"offer", "offr", "benefit", "avantages", "entitlement", "perks", "joindre", "rejoindre"}},
	{"recruitment_process", []string{"apply", "postuler", "candidature", "application"}},
	{"description", []string{"about", "propos", "presentation", "context", "overview", "apercu", "purpose", "sommaire", "summary", "defi", "challenge"}},
	{"desirable", []string{"asset", "atout", "preferable", "preferred", "bonus", "souhaitable", "desirable", "desired", "advantag"}},
	{"additional_information", []string{"contact"}},
}

// qualificationStems are the words of a criterion a candidate must meet
// (lower case, folded; both languages): an unknown heading over a list
// whose items mostly carry one heads essential criteria.
var qualificationStems = []string{
	"degree", "diploma", "bachelor", "master", "phd", "doctorate", "university", "qualification",
	"experience", "knowledge of", "proficien", "fluent", "command of", "certification",
	"diplome", "baccalaureat", "licence", "doctorat", "universit", "formation",
	"connaissance", "maitrise", "bilinguisme",
	// what the reader is told to bring: "Vous connaissez…", "Vous maîtrisez…"
	"vous connaissez", "vous maitrisez", "vous possedez", "vous disposez",
	// the same as a criterion's infinitive: "Connaître les techniques…",
	// "Être titulaire du permis B"
	"connaitre", "etre titulaire",
	// a language or a nationality asked for
	"english", "french", "anglais", "francais", "nationalit", "citizenship", "citoyennete",
}

// subjectOpenings open a sentence about someone or something rather
// than a criterion (normKey forms, both languages).
var subjectOpenings = []string{"the", "this", "these", "our", "we", "it", "its", "le", "la", "les", "ce", "cette", "notre", "nos", "nous"}

// conditionPhrases name conditions a candidate must meet that are no
// qualification: a clearance, fitness, availability, a licence to
// drive, a clean record (normKey forms, both languages), as phrases: a
// word alone names terms of service too ("a driving allowance", "covers
// medical insurance", "records of leave").
var conditionPhrases = []string{"security clearance", "habilitation", "vetting", "medically fit", "physically fit",
	"available to", "availability to", "availability for", "disponible pour", "disponibilite pour", "driving licence", "driving license",
	"research record", "track record", "publication record",
	"driver's licence", "driver's license", "permis de conduire", "criminal record", "clean record", "casier judiciaire"}

// readerOpenings open an item that tells the reader what the post does:
// "Vous dirigez…", "You will lead…".
var readerOpenings = []string{"vous", "you will", "you'll", "tu", "you"}

// navLinkPrefixes open a link back to a site's list of posts, whatever
// follows ("Back to all jobs at Ubisoft", "Retour aux offres d'emploi",
// "Return to current vacancies list"). Keys are normalised with normKey.
var navLinkPrefixes = []string{"back to ", "return to ", "go back to ", "retour a la liste", "retour aux ", "retour a l'accueil",
	"toutes les offres", "all jobs", "view all jobs", "see all jobs", "voir toutes les offres", "voir les offres"}

// footerWords are the single words of a site's footer ("Privacy · Terms
// · Cookies", "Mentions légales"), read with siteFurniture to tell a
// footer or a row of buttons from a heading. Keys are normalised with
// normKey.
var footerWords = []string{"privacy", "terms", "legal", "cookies", "copyright", "mentions", "legales",
	"confidentialite", "imprimer", "sauvegarder", "refer", "report"}

// notPartHeadings are phrases that look like the words of a part's
// heading but name the site's pages: "Offres d'emploi civiles" is a menu,
// not what the employer offers. Keys are normalised with normKey and
// split at elisions, as HeadingByWords reads them.
var notPartHeadings = []string{"offres d emploi", "offre d emploi", "job offers", "offres similaires", "similar jobs",
	"retour a", "back to"}

// mailHeaders open the header lines of an e-mail ("From: …", "Objet :
// …"): a document that opens with them is a message about a post, not
// its notice. Keys are normalised with normKey.
var mailHeaders = []string{"from", "to", "cc", "subject", "sent", "date", "de", "a", "objet", "envoye"}

// mailSubjectLabels label an e-mail's subject line, English and French.
// Keys are normalised with normKey.
var mailSubjectLabels = []string{"subject", "objet"}

// regions close a place line as a country does: the provinces and
// territories of Canada, in both languages and as codes, and the country
// codes boards print after a city ("MONTREAL, Quebec, CA"). Keys are
// normalised with normKey.
var regions = []string{
	"quebec", "ontario", "manitoba", "saskatchewan", "alberta", "british columbia", "colombie-britannique",
	"nova scotia", "nouvelle-ecosse", "new brunswick", "nouveau-brunswick", "newfoundland and labrador",
	"terre-neuve-et-labrador", "prince edward island", "ile-du-prince-edouard", "yukon", "nunavut",
	"northwest territories", "territoires du nord-ouest",
	"qc", "on", "mb", "sk", "ab", "bc", "ns", "nb", "nl", "pe", "yt", "nu", "nt", "ca", "us", "usa", "uk",
}

// assetLeads mark a criterion that is an asset before it, with a colon:
// "Un plus : …", "Asset: …". Keys are normalised with normKey.
var assetLeads = []string{"un plus", "a plus", "plus", "atout", "un atout", "asset", "an asset", "bonus",
	"nice to have", "would be a plus", "serait un plus", "souhaite", "desirable", "advantage", "an advantage"}

// seekingPhrases say that an employer seeks someone for a post, before the
// post's title: "… is looking for a Data Scientist". Lower case, ASCII
// (they are found with indexFold), a space at the end.
var seekingPhrases = []string{"is looking for a ", "is looking for an ", "is seeking a ", "is seeking an ",
	"is hiring a ", "is hiring an ", "is recruiting a ", "is recruiting an ", "is currently recruiting a ", "is currently recruiting an ",
	"is currently looking for a ", "is currently looking for an ", "is currently seeking a ", "is currently seeking an ",
	"recherche un ", "recherche une ", "recherche un(e) ", "recrute un ", "recrute une ", "recrute un(e) ", "recrute actuellement un ", "recrute actuellement une "}

// recruitLeads end the words of a sentence that announces a post whose
// name follows it, on the same line or the next: "Le collège … se propose
// de recruter un", "… procéder au recrutement d'un", "La Commune recrute
// un·e", "… wishes to recruit a". English and French side by side; lower
// case, as written, apostrophes typed either way.
var recruitLeads = []string{"to recruit a", "recruter un", "to recruit an", "recruter une", "the recruitment of a",
	"recrutement d'un", "the recruitment of an", "recrutement d'une", "recrutement d’un", "recrutement d’une",
	"recruter un(e)", "recruter un·e", "recrute un·e"}

// requiredWords say a heading's items are required (normKey forms).
var requiredWords = []string{"required", "requis", "requises", "exigees", "exiges", "mandatory", "obligatoires"}

// followingWords end a line that announces what follows it ("the
// following", "les qualités suivantes"). Keys are normalised with
// normKey.
var followingWords = []string{"following", "suivants", "suivantes", "suivant", "suivante"}

// qualityStems are the stems of the words that name a candidate's
// qualities in a line that heads them (normKey forms, both languages):
// "Habiletés recherchées", "Capacités et qualités personnelles",
// "Savoirs et savoir-faire", "Personal attributes" ("Attributions", a
// French notice's duties, names none).
var qualityStems = []string{"qualit", "habilet", "aptitude", "savoir", "capacit", "competen", "skill", "abilit", "attribute", "attributs"}

// behaviourStems are the stems of the words that name the conduct a
// framework of values and behaviours asks for, "Behaviours" beside
// "Values" (normKey forms, both languages).
var behaviourStems = []string{"behaviour", "behavior", "comportement"}

// suitabilityHeads head a Canadian poster's personal qualities among its
// criteria, in words qualityStems does not hold (normKey forms): kept
// apart so that such a head does not split the qualities off the
// criteria, as a line naming qualities does (extract's qualitiesHead).
var suitabilityHeads = []string{"personal suitability", "personal suitabilities"}

// abilityHeads head a Canadian poster's abilities among its criteria,
// right over its personal suitability ("Abilities:" / "Capacités :"),
// English and French (normKey forms).
var abilityHeads = []string{"abilities", "capacites"}

// languageToggles are the links a bilingual site prints beside its name
// to switch language: "FrançaisRoyal Canadian Mint", "Government of
// Canada — English".
var languageToggles = []string{"Français", "English", "Francais"}

// leadInEnds end a line that leads into a list though its colon was lost
// ("It is considered an advantage if you have"). Keys are normalised with
// normKey.
var leadInEnds = []string{" if you have", " si vous avez", " the following", " les suivants", " les suivantes", " si vous possedez", " to have"}

// scaleWords name a step of a pay scale, whose number is no amount:
// "selon la classe 15", "grade 13, step 1", "échelon 3". Keys are
// normalised with normKey.
var scaleWords = []string{"classe", "class", "grade", "step", "echelon", "level", "niveau", "band", "bande", "scale", "echelle"}

// bandWords name a band of a pay scale, which a grade keeps with its
// code ("Band C", "Bande M2"). Keys are normalised with normKey.
var bandWords = []string{"band", "bande"}
