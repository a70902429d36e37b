from common import *

REF = "548317"
T_EN = "Personnel Security Officer - NATO Office of Security"
T_FR = "Officier/Officière de sécurité du personnel - Bureau de sécurité de l'OTAN"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
GRADE, CLR = "G16", "CTS"

ESS_EN = [
    "possess a university degree in law, criminology, public administration, security studies or a related discipline;",
    "have at least four years of experience in personnel security vetting, background investigation or insider-risk management in a national or international organisation;",
    "have a sound working knowledge of the security policy framework for the protection of classified information;",
    "be able to conduct sensitive interviews and to write balanced, well-evidenced case assessments;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in the other.",
]
DES_EN = [
    "experience of working with a national security authority of a NATO member state;",
    "knowledge of case-management databases used for security clearances;",
    "a professional qualification in investigation or risk assessment.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en droit, en criminologie, en administration publique, en études de sécurité ou dans une discipline connexe ;",
    "avoir au moins quatre années d'expérience dans les enquêtes d'habilitation du personnel, les enquêtes de moralité ou la gestion du risque interne au sein d'une organisation nationale ou internationale ;",
    "avoir une bonne connaissance pratique du cadre de la politique de sécurité relative à la protection des informations classifiées ;",
    "être capable de mener des entretiens délicats et de rédiger des évaluations de dossiers équilibrées et bien étayées ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; II (« élémentaire ») dans l'autre.",
]
DES_FR = [
    "expérience acquise auprès d'une autorité nationale de sécurité d'un pays membre de l'OTAN ;",
    "connaissance des bases de données de gestion des dossiers utilisées pour les habilitations de sécurité ;",
    "qualification professionnelle en matière d'enquête ou d'évaluation des risques.",
]
COMP_EN = [
    ("Conceptual Thinking", "Applies learned concepts and spots patterns across separate cases;"),
    ("Impact and Influence", "Adapts arguments to the concerns of the audience;"),
    ("Initiative", "Acts ahead of events to prevent problems;"),
    ("Organisational Commitment", "Puts the interests of the Organization before personal preferences;"),
    ("Teamwork", "Shares information and keeps colleagues informed."),
]
COMP_FR = [
    ("Réflexion conceptuelle", "Applique des concepts acquis et repère des constantes d'un dossier à l'autre ;"),
    ("Impact et influence", "Adapte ses arguments aux préoccupations de son auditoire ;"),
    ("Initiative", "Anticipe les événements afin de prévenir les problèmes ;"),
    ("Engagement envers l'Organisation", "Fait passer les intérêts de l'Organisation avant ses préférences personnelles ;"),
    ("Travail en équipe", "Partage l'information et tient ses collègues informés."),
]

SUM_EN = """The NATO Office of Security (NOS) directs and coordinates security across the Organization and oversees the protection of classified information held by NATO civil and military bodies. Within NOS, the Personnel Security Section processes and monitors the clearances of staff, contractors and visitors working at NATO Headquarters.

The Personnel Security Officer manages a portfolio of clearance cases from opening to decision, advises managers on the security aspects of recruitment and reports on trends that may point to insider risk. The incumbent works with national security authorities of Allies and with the Human Resources Division."""
SUM_FR = """Le Bureau de sécurité de l'OTAN (NOS) dirige et coordonne la sécurité dans l'ensemble de l'Organisation et supervise la protection des informations classifiées détenues par les organismes civils et militaires de l'OTAN. Au sein du NOS, la Section Sécurité du personnel traite et suit les habilitations du personnel, des contractants et des visiteurs travaillant au siège de l'OTAN.

L'officier/officière de sécurité du personnel gère un portefeuille de dossiers d'habilitation, de l'ouverture à la décision, conseille les responsables sur les aspects de la sécurité liés au recrutement et rend compte des tendances pouvant indiquer un risque interne. Le/La titulaire travaille avec les autorités nationales de sécurité des Alliés et avec la Division Ressources humaines."""
ACC_EN = """Case Management
Opens, tracks and closes clearance requests, checks that national certificates are complete and valid, and escalates cases with adverse information to the Head of Section.
Advice
Briefs managers and newly recruited staff on their security obligations and answers queries from delegations on clearance procedures.
Analysis and Reporting
Compiles quarterly statistics on processing times and prepares short analytical notes on recurring risk indicators.
Policy Support
Contributes to the review of personnel security directives and drafts guidance for the Security Committee's working groups."""
ACC_FR = """Gestion des dossiers
Ouvre, suit et clôture les demandes d'habilitation, vérifie que les certificats nationaux sont complets et valables, et transmet au/à la chef(fe) de section les dossiers comportant des informations défavorables.
Conseil
Informe les responsables et les nouveaux membres du personnel de leurs obligations en matière de sécurité et répond aux questions des délégations sur les procédures d'habilitation.
Analyse et établissement de rapports
Établit des statistiques trimestrielles sur les délais de traitement et rédige de courtes notes d'analyse sur les indicateurs de risque récurrents.
Soutien à l'élaboration des politiques
Contribue à la révision des directives relatives à la sécurité du personnel et rédige des orientations destinées aux groupes de travail du Comité de sécurité."""
TAIL_EN = """4. INTERRELATIONSHIPS
The incumbent reports to the Head, Personnel Security Section. S/he maintains working relations with the Human Resources Division, the Executive Management Division and the security officers of national delegations.
Direct reports: N/a
Indirect reports: N/a

5. COMPETENCIES
The incumbent must demonstrate:
{comp}

6. CONTRACT
Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of renewal for up to three years, during which the incumbent may apply for conversion to an indefinite duration contract. The working week is 40 hours.

7. RECRUITMENT PROCESS
Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted by 5 January 2044 (11:59 p.m. Brussels time) using one of the following links: for NATO civilian staff members only, the internal recruitment portal; for all other applications, www.nato.int/recruitment.
Shortlisted candidates will be invited to a written test and a panel interview in Brussels in the second half of February 2044.

8. ADDITIONAL INFORMATION
NATO is committed to diversity and inclusion and strives to provide equal access to employment, advancement and retention, independent of gender, age, nationality, ethnic origin, religion or belief, cultural background, sexual orientation and disability.
The successful applicant will need to obtain the highest level of security clearance before taking up the post."""
TAIL_FR = """4. RELATIONS DE TRAVAIL
Le/La titulaire relève du/de la chef(fe) de la Section Sécurité du personnel. Il/Elle entretient des relations de travail avec la Division Ressources humaines, la Division Gestion exécutive et les responsables de la sécurité des délégations nationales.
Subordonnés directs : sans objet
Subordonnés indirects : sans objet

5. COMPÉTENCES
Le/La titulaire doit faire preuve des compétences suivantes :
{comp}

6. CONTRAT
Contrat proposé au/à la candidat(e) retenu(e) (s'il ne s'agit pas d'un(e) détaché(e)) : contrat de durée déterminée de trois ans, pouvant être renouvelé pour une période maximale de trois ans, durant laquelle le/la titulaire pourra demander la conversion en contrat de durée indéterminée. La semaine de travail est de 40 heures.

7. PROCESSUS DE RECRUTEMENT
Veuillez noter que nous ne pouvons accepter que les candidatures de ressortissants de pays membres de l'OTAN. Les candidatures doivent être soumises au plus tard le 5 janvier 2044 (23 h 59, heure de Bruxelles), via l'un des liens suivants : pour les membres du personnel civil de l'OTAN uniquement, le portail de recrutement interne ; pour toutes les autres candidatures, www.nato.int/recrutement.
Les candidat(e)s présélectionné(e)s seront invité(e)s à un test écrit et à un entretien à Bruxelles dans la seconde quinzaine de février 2044.

8. INFORMATIONS COMPLÉMENTAIRES
L'OTAN est attachée à la diversité et à l'inclusion, et s'efforce d'offrir un accès égal à l'emploi, à l'avancement et au maintien dans l'emploi, sans distinction de genre, d'âge, de nationalité, d'origine ethnique, de religion ou de croyance, de culture, d'orientation sexuelle ou de handicap.
Le/La candidat(e) retenu(e) devra obtenir le niveau d'habilitation de sécurité le plus élevé avant de prendre ses fonctions."""


def half_en(mark):
    comp = "\n".join(f"{mark}{n}: {d}" for n, d in COMP_EN)
    return f"""{T_EN}
Primary Location: {LOC_EN}
NATO Body: {ORG_EN}
Schedule: {SCH_EN}
Application Deadline: 5 January 2044
Salary (Pay Basis): 8,342.57 Euro (EUR) Monthly
Grade: {GRADE}

1. SUMMARY
{SUM_EN}

2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
{bullets(ESS_EN, mark)}
DESIRABLE
The following would be considered an advantage:
{bullets(DES_EN, mark)}

3. MAIN ACCOUNTABILITIES
{ACC_EN}

{TAIL_EN.format(comp=comp)}"""


def half_fr(mark):
    comp = "\n".join(f"{mark}{n} : {d}" for n, d in COMP_FR)
    return f"""{T_FR}
Lieu principal : {LOC_FR}
Organisme : {ORG_FR}
Horaire : {SCH_FR}
Date limite de candidature : 5 janvier 2044
Salaire (base de rémunération) : 8 342,57 euros (EUR) par mois
Grade : {GRADE}

1. RÉSUMÉ
{SUM_FR}

2. QUALIFICATIONS ET EXPÉRIENCE
ESSENTIEL
Le/La titulaire doit :
{bullets(ESS_FR, mark)}
SOUHAITABLE
Serait considéré comme un atout :
{bullets(DES_FR, mark)}

3. PRINCIPALES RESPONSABILITÉS
{ACC_FR}

{TAIL_FR.format(comp=comp)}"""


def build():
    portal = f"""Skip to main content
NATO Careers
Home
Search for Jobs
My Jobpage
Français
Sign Out
Job Search > Job Description

Job Description - {T_EN} ({REF})

Job Description

{T_EN}-{REF}

Primary Location

{LOC_EN}

NATO Body

{ORG_EN}

Schedule

{SCH_EN}

Application Deadline

05-Jan-2044, 11:59:00 PM

Salary (Pay Basis)

: 8,342.57Euro (EUR) Monthly

Grade

NATO Grade {GRADE}

Clearance Level

{CLR}

Description

This vacancy notice is published in English and in French. / Cet avis de vacance est publié en anglais et en français.

{half_en("")}

**********

{half_fr("")}

Job Posting

17-Nov-2043, 9:00:00 AM

Apply Online
Add to My Job Cart
Send to a Friend

Similar Jobs
Security Officer (Industrial Security) - NATO Office of Security   Belgium-Brussels   Deadline 19-Dec-2043
Information Assurance Officer - Joint Intelligence and Security Division   Belgium-Brussels   Deadline 12-Jan-2044
Assistant (Security Vetting) - NATO Office of Security   Belgium-Brussels   Deadline 26-Jan-2044

Privacy Statement | Accessibility | Powered by Taleo
"""
    write(f"{REF}-natocareers.txt", portal, REF)

    board = f"""BrusselsWorks — jobs in the capital of Europe
Jobs   Employers   Career advice   Post a job   Sign in
EN | FR | NL
Home › Jobs › Public administration › Security

{T_EN}
NATO International Staff
Brussels (Evere) · Full-time · Fixed-term contract · Posted 3 weeks ago

Salary: € 8,342.57 / month (tax free)
Apply before: 05/01/2044
Job reference: {REF}
Languages: English, French

[ Apply on employer's site ]   [ Save ]   [ Share ]

Job description

Primary Location: {LOC_EN}
NATO Body: {ORG_EN}
Schedule: {SCH_EN}
Application Deadline: 05-Jan-2044, 11:59:00 PM
Salary (Pay Basis): 8,342.57Euro (EUR) Monthly
Grade: NATO Grade {GRADE}
Clearance Level: {CLR}

{half_en("- ")}

-----

{half_fr("- ")}

Report this job

More jobs like this
Security Coordinator — European institution, Brussels — € 5.9k - € 7.1k / month — apply before 09/01/2044
Vetting Analyst — Federal public service, Brussels — € 3,850 / month — apply before 22/01/2044

About BrusselsWorks · Terms · Privacy · Cookie settings
"""
    write(f"{REF}-brusselsworks.txt", board, REF)

    expected(REF, None, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2044-01-05",
             sal(8342.57), GRADE, CLR,
             {"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             {"en": comps(COMP_EN), "fr": comps(COMP_FR)})
