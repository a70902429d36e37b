from common import *
KEY = "471306"
T_EN = "Assistant (Cyber Exercises and Training Coordination) - Innovation, Hybrid and Cyber Division"
T_FR = "Assistant(e) (coordination des exercices et de la formation cyber) - Division Innovation, hybride et cyber"
ORG_EN, ORG_FR = "NATO International Staff (NATO IS)", "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
ESS_EN = [
 "possess a higher secondary education qualification and a post-secondary qualification in information technology, security studies or business administration;",
 "have at least three years of experience in organising training courses, exercises or events for a large organisation;",
 "have practical experience of tracking participants, budgets and deliverables in spreadsheets or a learning management system;",
 "have a working knowledge of basic cyber security concepts;",
 "be able to work under pressure during exercise periods and to keep several files moving at the same time;",
 "possess the following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in one; I (\"Beginner\") in the other.",
]
DES_EN = [
 "experience of supporting a cyber defence or crisis management exercise;",
 "familiarity with NATO committees and the work of national delegations;",
 "a recognised certificate in event or project coordination.",
]
ESS_FR = [
 "être titulaire d'un diplôme de fin d'études secondaires et d'un diplôme d'études post-secondaires en informatique, en études de sécurité ou en administration des entreprises ;",
 "avoir au moins trois années d'expérience de l'organisation de formations, d'exercices ou d'événements pour une grande organisation ;",
 "avoir une expérience pratique du suivi des participants, des budgets et des livrables au moyen de tableurs ou d'un système de gestion de la formation ;",
 "avoir une connaissance pratique des notions de base de la cybersécurité ;",
 "être capable de travailler sous pression pendant les périodes d'exercice et de faire avancer plusieurs dossiers à la fois ;",
 "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : IV (« intermédiaire supérieur ») dans l'une ; I (« débutant ») dans l'autre.",
]
DES_FR = [
 "expérience du soutien d'un exercice de cyberdéfense ou de gestion de crise ;",
 "connaissance des comités de l'OTAN et du travail des délégations nationales ;",
 "un certificat reconnu en coordination d'événements ou de projets.",
]
COMP_EN = [("Achievement", "Sets own standards and works to meet them;"),
 ("Clarity and Accuracy", "Double-checks the accuracy of information and work;"),
 ("Customer Service Orientation", "Takes personal responsibility for correcting problems;"),
 ("Flexibility", "Adapts to changing priorities during exercise periods;"),
 ("Initiative", "Addresses current opportunities or problems;"),
 ("Teamwork", "Cooperates and keeps others informed.")]
COMP_FR = [("Recherche de l'excellence", "Se fixe ses propres normes et s'efforce de les atteindre ;"),
 ("Clarté et précision", "Vérifie l'exactitude des informations et du travail ;"),
 ("Orientation client", "Assume personnellement la responsabilité de la correction des problèmes ;"),
 ("Flexibilité", "S'adapte aux priorités changeantes pendant les périodes d'exercice ;"),
 ("Initiative", "Traite les opportunités ou les problèmes du moment ;"),
 ("Travail en équipe", "Coopère et tient les autres informés.")]

SUM_EN = """The Innovation, Hybrid and Cyber Division (IHC) leads the International Staff's work on emerging security challenges, including cyber defence, hybrid threats and the adoption of new technologies. Within IHC, the Cyber Defence Section supports the Allies in building resilience and prepares the annual programme of cyber exercises and courses that the Section runs with national experts and NATO bodies.

The incumbent provides the Section with organisational and administrative support for these exercises and courses, from the first planning conference to the final report. He/she keeps the participant lists, the venue and the budget lines in order and is the first point of contact for delegations on practical matters."""
SUM_FR = """La Division Innovation, hybride et cyber (IHC) dirige les travaux du Secrétariat international sur les nouveaux défis de sécurité, notamment la cyberdéfense, les menaces hybrides et l'adoption des nouvelles technologies. Au sein de l'IHC, la Section Cyberdéfense aide les Alliés à renforcer leur résilience et prépare le programme annuel d'exercices et de cours cyber qu'elle organise avec des experts nationaux et des organismes de l'OTAN.

Le/La titulaire apporte à la Section un soutien organisationnel et administratif pour ces exercices et ces cours, de la première conférence de planification jusqu'au rapport final. Il/Elle tient à jour les listes de participants, les salles et les lignes budgétaires et est le premier point de contact des délégations pour les questions pratiques."""
ACC_EN = [("Project Management", "Maintains the calendar of exercises and courses and tracks each milestone, alerting the Head of Section to any slippage."),
 ("Financial Management", "Prepares purchase requests for venues, catering and training licences and monitors the related budget lines."),
 ("Stakeholder Management", "Answers questions from delegations and participants and keeps a log of nominations received."),
 ("Information Management", "Files exercise documents in line with NATO security rules and keeps the Section's shared drive in order."),
 ("Knowledge Management", "Drafts short reports on each event and updates the lessons-identified list.")]
ACC_FR = [("Gestion de projets", "Tient le calendrier des exercices et des cours et suit chaque étape, en signalant tout retard au/à la chef(fe) de section."),
 ("Gestion financière", "Prépare les demandes d'achat pour les salles, la restauration et les licences de formation et suit les lignes budgétaires correspondantes."),
 ("Gestion des parties prenantes", "Répond aux questions des délégations et des participants et tient un registre des désignations reçues."),
 ("Gestion de l'information", "Classe les documents d'exercice conformément aux règles de sécurité de l'OTAN et tient en ordre le lecteur partagé de la Section."),
 ("Gestion des connaissances", "Rédige de brefs rapports sur chaque événement et met à jour la liste des enseignements identifiés.")]
CON_EN = """Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of an indefinite duration contract thereafter.
Contract clause applicable: the incumbent is expected to work a 40-hour week and to work longer hours during the two main exercise weeks of the year."""
CON_FR = """Contrat proposé au/à la candidat(e) retenu(e) (si non détaché(e)) : contrat de durée déterminée de trois ans, pouvant ensuite être transformé en contrat de durée indéterminée.
Clause contractuelle applicable : le/la titulaire travaille 40 heures par semaine et des heures supplémentaires pendant les deux principales semaines d'exercice de l'année."""
INFO_EN = """Applications must be submitted by 2 July 2040 at the latest, using the NATO Talent Acquisition Platform. Shortlisted candidates will be invited to an online assessment in the week of 23 July 2040 and to a panel interview in Brussels in September 2040.
Please note that appointment is subject to receipt of a COSMIC TOP SECRET security clearance and of a medical certificate of fitness."""
INFO_FR = """Les candidatures doivent être soumises au plus tard le 2 juillet 2040, au moyen de la plateforme de recrutement de l'OTAN. Les candidat(e)s présélectionné(e)s seront invité(e)s à une évaluation en ligne pendant la semaine du 23 juillet 2040, puis à un entretien à Bruxelles en septembre 2040.
La nomination est subordonnée à l'obtention d'une habilitation de sécurité COSMIC TRÈS SECRET et d'un certificat d'aptitude médicale."""

def half_en(mk, lead=True):
    acc = "\n".join(f"{h}\n{t}" for h, t in ACC_EN)
    return f"""{T_EN}

NATO Body: {ORG_EN}
Location: {LOC_EN}
Schedule: {SCH_EN}

1. SUMMARY

{SUM_EN}

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:
{items(ESS_EN, mk)}

DESIRABLE

The following would be considered an advantage:
{items(DES_EN, mk)}

3. MAIN ACCOUNTABILITIES

{acc}

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Cyber Defence Section. He/she works closely with the Division's front office, the Conference Services and the NATO Communications and Information Agency. Direct reports: N/a. Indirect reports: N/a.

5. COMPETENCIES

The incumbent must demonstrate:
{comps(COMP_EN, ': ', mk)}

6. CONTRACT

{CON_EN}

7. USEFUL INFORMATION REGARDING APPLICATION AND RECRUITMENT PROCESS

{INFO_EN}

8. ADDITIONAL INFORMATION

NATO is committed to diversity and inclusion and strives to provide equal access to employment, advancement and retention, independent of gender, age, nationality, ethnic origin, religion or belief, cultural background, sexual orientation, and disability."""

def half_fr(mk):
    acc = "\n".join(f"{h}\n{t}" for h, t in ACC_FR)
    return f"""{T_FR}

Organisme : {ORG_FR}
Lieu : {LOC_FR}
Horaire : {SCH_FR}

1. RÉSUMÉ

{SUM_FR}

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL

Le/La titulaire doit :
{items(ESS_FR, mk)}

SOUHAITABLE

Serait considéré comme un atout :
{items(DES_FR, mk)}

3. PRINCIPALES RESPONSABILITÉS

{acc}

4. STRUCTURE ET LIAISONS

Le/La titulaire relève du/de la chef(fe) de la Section Cyberdéfense. Il/Elle travaille en étroite collaboration avec le bureau de la Division, les Services de conférence et l'Agence OTAN d'information et de communication. Subordonnés directs : sans objet. Subordonnés indirects : sans objet.

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :
{comps(COMP_FR, ' : ', mk)}

6. CONTRAT

{CON_FR}

7. INFORMATIONS UTILES SUR LE PROCESSUS DE CANDIDATURE ET DE RECRUTEMENT

{INFO_FR}

8. INFORMATIONS COMPLÉMENTAIRES

L'OTAN est attachée à la diversité et à l'inclusion et s'efforce d'offrir l'égalité d'accès à l'emploi, à l'avancement et au maintien dans l'emploi, sans distinction de genre, d'âge, de nationalité, d'origine ethnique, de religion ou de convictions, de milieu culturel, d'orientation sexuelle ou de handicap."""

def build():
    expected(KEY, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2040-07-02",
             sal(5361.18), "G10", "CTS", {"en": (ESS_EN, DES_EN), "fr": (ESS_FR, DES_FR)},
             {"en": COMP_EN, "fr": COMP_FR})
    portal = f"""Skip to main content
NATO Talent Acquisition Platform
Job Search   My Jobpage   Help   Sign In
Careers Section  >  Job Search  >  Job Description
Accessibility
Job Description - {T_EN} ({KEY})
Job Description
{T_EN}-{KEY}
Primary Location

{LOC_EN}

NATO Body

{ORG_EN}

Schedule

{SCH_EN}

Application Deadline

02-Jul-2040, 11:59:00 PM

Salary (Pay Basis)

: 5,361.18Euro (EUR) Monthly

Grade

NATO Grade G10

Clearance Level

CTS

Description

:

PLEASE NOTE THAT THIS VACANCY IS ADVERTISED IN BOTH OFFICIAL LANGUAGES / VEUILLEZ NOTER QUE CET AVIS EST PUBLIÉ DANS LES DEUX LANGUES OFFICIELLES

{half_en('')}

**********

{half_fr('')}

Job Posting

: 11-Jun-2040, 9:00:00 AM

Apply Online   Add to My Job Cart   Send to a friend

Similar Jobs
Senior Assistant (Conference Planning) - Executive Management - Belgium-Brussels - Closing 05-Jul-2040
Officer (Hybrid Threats Analysis) - Innovation, Hybrid and Cyber Division - Belgium-Brussels - Closing 16-Jul-2040
Assistant (Training Records) - NATO Office of Security - Belgium-Brussels - Closing 30-Jun-2040

Powered by Taleo    Privacy Notice    Cookie Settings"""
    write(f"{KEY}-natocareers.txt", portal, KEY)
    board = f"""JobsBrussel.example  |  Vacatures  Offres d'emploi  Jobs   |  NL  FR  EN   |  Se connecter
Accueil > Offres d'emploi > International organisations > Bruxelles

{T_EN}
NATOBrussels - Evere Posted 9 days ago 47 applicants
Full-time  International organisation  English  French  Security  IT
Postuler sur le site de l'employeur     Sauvegarder     Partager

Primary Location
Belgium-BrusselsNATO Body
NATO International Staff (NATO IS)Schedule
Full-timeApplication Deadline
02-Jul-2040, 11:59:00 PMSalary (Pay Basis)
: 5,361.18Euro (EUR) MonthlyGrade NATO Grade G10Clearance Level CTSDescription
:PLEASE NOTE THAT THIS VACANCY IS ADVERTISED IN BOTH OFFICIAL LANGUAGES / VEUILLEZ NOTER QUE CET AVIS EST PUBLIÉ DANS LES DEUX LANGUES OFFICIELLES
{half_en('• ')}
**********
{half_fr('• ')}

Ref: {KEY}     Offer ID: JB-2040-88213-BX

Offres similaires
Office Manager (m/f/x) - EU affairs consultancy - Bruxelles - 3.400 € - 3.900 € brut/mois - expire le 08/07/2040
Event Coordinator (bilingual FR/EN) - Brussels Expo - Bruxelles - 45k€ - 52k€ - expire le 12/07/2040
IT Training Assistant - Defence contractor - Evere - 3 100 € brut - expire le 30/06/2040

JobsBrussel.example - Conditions d'utilisation - Vie privée - Cookies"""
    write(f"{KEY}-jobboard.txt", board, KEY)
