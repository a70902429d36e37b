from common import *
K = "418206"
T_EN = "Senior Assistant (Delegate Accreditation and Meeting Support) - Executive Management Division"
T_FR = "Assistant(e) principal(e) (accréditation des délégués et appui aux réunions) - Division Gestion exécutive"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
ESS_EN = [
 "possess a higher secondary education qualification and a post-secondary certificate in administration, hospitality or event management;",
 "have at least four years of experience in organising meetings or conferences for several hundred participants;",
 "have experience of accreditation, registration or badge systems for visitors or delegates;",
 "have an advanced knowledge of Microsoft Outlook, Word and Excel;",
 "be able to work outside normal office hours during summits and ministerial meetings;",
 "possess the following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in one; II (\"Elementary\") in the other.",
]
DES_EN = [
 "experience in an international organisation or a national delegation;",
 "knowledge of protocol practice for visits of senior officials;",
 "a higher level of proficiency in the second official language.",
]
ESS_FR = [
 "être titulaire d'un diplôme de fin d'études secondaires et d'un certificat d'études post-secondaires en administration, en hôtellerie ou en organisation d'événements ;",
 "avoir au moins quatre années d'expérience de l'organisation de réunions ou de conférences réunissant plusieurs centaines de participants ;",
 "avoir l'expérience des systèmes d'accréditation, d'enregistrement ou de badges pour visiteurs ou délégués ;",
 "avoir une connaissance approfondie de Microsoft Outlook, Word et Excel ;",
 "être en mesure de travailler en dehors des heures normales de bureau lors des sommets et des réunions ministérielles ;",
 "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : IV (« intermédiaire supérieur ») dans l'une ; II (« élémentaire ») dans l'autre.",
]
DES_FR = [
 "expérience au sein d'une organisation internationale ou d'une délégation nationale ;",
 "connaissance des usages protocolaires lors des visites de hauts responsables ;",
 "un niveau de compétence plus élevé dans la deuxième langue officielle.",
]
C_EN = [("Achievement", "Works to meet standards;"), ("Customer Service Orientation", "Takes personal responsibility for correcting problems;"),
        ("Flexibility", "Adapts to unforeseen situations;"), ("Initiative", "Is decisive in a time-sensitive situation;"),
        ("Organisational Commitment", "Demonstrates loyalty to the Organisation;"), ("Teamwork", "Cooperates and shares information.")]
C_FR = [("Recherche de l'excellence", "S'efforce de respecter les normes ;"), ("Orientation client", "Assume personnellement la responsabilité de la correction des problèmes ;"),
        ("Flexibilité", "S'adapte aux situations imprévues ;"), ("Initiative", "Sait se montrer décisif/décisive quand le temps est compté ;"),
        ("Engagement envers l'Organisation", "Fait preuve de loyauté envers l'Organisation ;"), ("Travail en équipe", "Coopère et partage l'information.")]

SUM_EN = """The Executive Management Division (EM) ensures the smooth running of NATO Headquarters and supports the work of the North Atlantic Council and its committees. Within EM, the Conference and Meeting Support Section plans and delivers several thousand meetings a year, from small working groups to summits of Heads of State and Government.

The Senior Assistant leads the team that accredits national delegations and guests for major events and supervises the booking of meeting rooms and their technical set-up. S/he is the first point of contact for delegation secretariats during the preparation of ministerial meetings."""
SUM_FR = """La Division Gestion exécutive (EM) veille au bon fonctionnement du siège de l'OTAN et appuie les travaux du Conseil de l'Atlantique Nord et de ses comités. Au sein d'EM, la Section Appui aux conférences et aux réunions planifie et assure chaque année plusieurs milliers de réunions, des petits groupes de travail jusqu'aux sommets des chefs d'État et de gouvernement.

L'assistant(e) principal(e) dirige l'équipe chargée d'accréditer les délégations nationales et les invités lors des grands événements, et supervise la réservation des salles de réunion et leur installation technique. Il/Elle est le premier point de contact des secrétariats des délégations pendant la préparation des réunions ministérielles."""
ACC_EN = """Expertise Development
Maintain the accreditation database and the lists of delegates for each event. Propose improvements to the registration process after every major meeting.
Project Management
Plan the logistics of ministerial meetings with the Protocol Office, the NATO Office of Security and the conference technicians, and follow up on the action list until the end of each event.
People Management
Supervise two assistants and temporary staff recruited for summits; organise their rota and train them on the accreditation system.
Stakeholder Management
Answer requests from delegations, partner missions and visitors in a courteous and timely way; escalate sensitive cases to the Head of Section."""
ACC_FR = """Développement de l'expertise
Tenir à jour la base de données des accréditations et les listes de délégués de chaque événement. Proposer des améliorations du processus d'enregistrement après chaque grande réunion.
Gestion de projets
Planifier la logistique des réunions ministérielles avec le Bureau du protocole, le Bureau de sécurité de l'OTAN et les techniciens de conférence, et assurer le suivi de la liste d'actions jusqu'à la fin de chaque événement.
Gestion du personnel
Superviser deux assistant(e)s et le personnel temporaire recruté pour les sommets ; organiser leur roulement et les former au système d'accréditation.
Gestion des relations avec les parties prenantes
Répondre aux demandes des délégations, des missions partenaires et des visiteurs avec courtoisie et dans les délais ; signaler les cas sensibles au/à la chef(fe) de section."""

def build():
    expected(K, None, ("en", "fr"), {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": "Belgium-Brussels", "fr": "Belgique-Bruxelles"}, {"en": "Full-time", "fr": "Temps plein"},
             "2038-10-04", sal(5241.83), "G10", "NS",
             {"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             {"en": C_EN, "fr": C_FR})
    portal = f"""Skip to main content
NATO Careers
Careers Home  Job Search  My Jobs  My Profile
Sign In
Job Search > Job Description

Job Description - {T_EN} ({K})
Apply Online
Add to My Job Cart
Job Description
{T_EN}-{K}

Primary Location

Belgium-Brussels

NATO Body

{ORG_EN}

Schedule

Full-time

Application Deadline

04-Oct-2038, 11:59:00 PM

Salary (Pay Basis)

: 5,241.83Euro (EUR) Monthly

Grade

NATO Grade G10

Clearance Level

NS

Description

:

VACANCY NOTIFICATION / NOTIFICATION DE LA VACANCE DE POSTE
(Le texte français suit le texte anglais)

1. SUMMARY

{SUM_EN}

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:

{lines(ESS_EN)}

DESIRABLE

The following would be considered an advantage:

{lines(DES_EN)}

3. MAIN ACCOUNTABILITIES

{ACC_EN}

The incumbent may be required to perform a similar range of duties elsewhere within the Organisation at the same grade without there being any change to the contract.

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Conference and Meeting Support Section. S/he works closely with the Protocol Office and with the security and building services.
Direct reports: 2
Indirect reports: up to 12 temporary staff

5. COMPETENCIES

The incumbent must demonstrate:

{comps(C_EN)}

6. CONTRACT

Contract to be offered to the successful applicant: definite duration contract of three years; possibility of renewal for up to three years, during which the incumbent may apply for conversion to an indefinite duration contract.

7. RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted using e-recruitment system, as applicable: for NATO civilian staff members only, please apply via the internal recruitment portal; for all other applications, please apply via this portal. Closing date: Monday 4 October 2038, 23:59 Brussels time.

8. ADDITIONAL INFORMATION

NATO is committed to diversity and inclusion, and strives to provide equal access to employment. Please note that the pre-selected candidates may be asked to sit an online test in the week of 25 October 2038.

**********

Intitulé : {T_FR}
Organisme : {ORG_FR}
Lieu : Belgique-Bruxelles
Horaire : Temps plein
Grade : G10
Date limite de candidature : 4 octobre 2038, 23:59

1. RÉSUMÉ

{SUM_FR}

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL

Le/La titulaire doit :

{lines(ESS_FR)}

SOUHAITABLE

Serait considéré comme un atout :

{lines(DES_FR)}

3. RESPONSABILITÉS PRINCIPALES

{ACC_FR}

4. LIENS HIÉRARCHIQUES ET RELATIONS DE TRAVAIL

Le/La titulaire relève du/de la chef(fe) de la Section Appui aux conférences et aux réunions.

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :

{comps(C_FR, ' : ')}

6. CONTRAT

Contrat d'une durée déterminée de trois ans, pouvant être renouvelé pour une période maximale de trois ans.

7. PROCÉDURE DE RECRUTEMENT

Seules les candidatures de ressortissants des pays membres de l'OTAN peuvent être acceptées. Date limite : lundi 4 octobre 2038, 23:59, heure de Bruxelles.

Job Posting
: 06-Sep-2038, 10:00:00 AM

Apply Online
Add to My Job Cart
Similar jobs
Assistant (Visitor Centre) - Public Diplomacy Division   Belgium-Brussels   27-Sep-2038
Officer (Records Management) - Executive Management Division   Belgium-Brussels   12-Oct-2038

Powered by Oracle Taleo | Privacy Policy | Cookie Settings | Accessibility
"""
    write(f"{K}-natocareers.txt", portal, K)

    board = f"""BruxellesJobs.example  |  Offres  |  Entreprises  |  Conseils  |  Se connecter
Accueil > Offres > Organisations internationales > {T_EN}

{T_EN}
NATOBruxellesil y a 4 jours
CDDTemps pleinOrganisation internationaleÉvénementiel
Postuler sur le site de l'employeur

Primary Location: Belgium-BrusselsNATO Body: {ORG_EN}Schedule: Full-timeApplication Deadline: 04-Oct-2038, 11:59:00 PMSalary (Pay Basis): 5,241.83Euro (EUR) MonthlyGrade: NATO Grade G10Clearance Level: NS
Ref: {K}

1. SUMMARY
{SUM_EN}

2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
{lines(ESS_EN, '- ')}
DESIRABLE
The following would be considered an advantage:
{lines(DES_EN, '- ')}

3. MAIN ACCOUNTABILITIES
{ACC_EN}

5. COMPETENCIES
The incumbent must demonstrate:
{comps(C_EN, marker='- ')}

6. CONTRACT
Definite duration contract of three years. Closing date: 4 October 2038.

----------------------------------------

Intitulé : {T_FR}
Organisme : {ORG_FR}
Lieu : Belgique-Bruxelles
Horaire : Temps plein
Grade : G10

1. RÉSUMÉ
{SUM_FR}

2. QUALIFICATIONS ET EXPÉRIENCE
ESSENTIEL
Le/La titulaire doit :
{lines(ESS_FR, '- ')}
SOUHAITABLE
Serait considéré comme un atout :
{lines(DES_FR, '- ')}

3. RESPONSABILITÉS PRINCIPALES
{ACC_FR}

5. COMPÉTENCES
{comps(C_FR, ' : ', '- ')}

Date limite : 4 octobre 2038.

Job ID BXJ-2038-771042 · Vue 312 fois · Signaler cette offre

Offres similaires
Assistant événementiel (H/F) — Bruxelles — 2 900 € - 3 300 € / mois — expire le 30/09/2038
Coordinateur de conférences — Etterbeek — 3 600 € - 4 100 € / mois — expire le 11/10/2038

© 2038 BruxellesJobs.example — Mentions légales — Cookies
"""
    write(f"{K}-jobboard.txt", board, K)
