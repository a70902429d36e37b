from common import *
KEY = "336128"
T_EN = "Assistant (Speechwriting and Correspondence Support) - Private Office of the Secretary General"
T_FR = "Assistant(e) (rédaction de discours et correspondance) - Cabinet du Secrétaire général"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
GRADE, CLR = "G12", "CTS"
ESS_EN = [
    "have a good general education to higher secondary level, with a post-secondary qualification in languages, communication or office management being an asset;",
    "have at least four years of experience as an assistant in a senior management office, a ministry or an international organisation;",
    "have drafted, edited and proof-read letters, speeches or briefing material for senior officials;",
    "be able to work accurately under tight deadlines and to handle sensitive information with complete discretion;",
    "be an advanced user of Microsoft Word, Outlook and PowerPoint and of an electronic records management system;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in the other.",
]
DES_EN = [
    "experience of supporting a speechwriting or communications team;",
    "knowledge of NATO's structures, committees and main policy documents;",
    "a higher level of proficiency in the second official language.",
]
ESS_FR = [
    "avoir une bonne formation générale de niveau secondaire supérieur, un diplôme post-secondaire en langues, en communication ou en gestion de bureau constituant un atout ;",
    "avoir au moins quatre années d'expérience comme assistant(e) dans le bureau d'un cadre supérieur, dans un ministère ou dans une organisation internationale ;",
    "avoir rédigé, révisé et relu des lettres, des discours ou des notes d'information pour de hauts responsables ;",
    "être capable de travailler avec précision dans des délais serrés et de traiter des informations sensibles en toute discrétion ;",
    "maîtriser parfaitement Microsoft Word, Outlook et PowerPoint ainsi qu'un système électronique de gestion des documents ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; II (« élémentaire ») dans l'autre.",
]
DES_FR = [
    "expérience du soutien à une équipe de rédaction de discours ou de communication ;",
    "connaissance des structures, des comités et des principaux documents d'orientation de l'OTAN ;",
    "un niveau plus élevé dans la seconde langue officielle.",
]
C_EN = [
    ("Achievement", "Works to meet standards and deadlines set by the office;"),
    ("Clarity and Accuracy", "Checks own drafts and the drafts of others for facts, names and style;"),
    ("Customer Service Orientation", "Makes himself/herself fully available to internal clients;"),
    ("Empathy", "Is aware of others' moods and feelings;"),
    ("Flexibility", "Adapts own approach when priorities change at short notice;"),
    ("Organisational Awareness", "Understands the formal and informal structures of the Headquarters;"),
    ("Teamwork", "Expresses positive attitudes and expectations of the team."),
]
C_FR = [
    ("Recherche de l'excellence", "S'efforce de respecter les normes et les délais fixés par le bureau ;"),
    ("Clarté et précision", "Vérifie les faits, les noms et le style de ses projets de texte et de ceux des autres ;"),
    ("Orientation client", "Se rend pleinement disponible pour les clients internes ;"),
    ("Empathie", "Est attentif/attentive à l'humeur et aux sentiments des autres ;"),
    ("Flexibilité", "Adapte son approche lorsque les priorités changent à bref délai ;"),
    ("Sensibilité organisationnelle", "Comprend les structures formelles et informelles du Siège ;"),
    ("Travail en équipe", "Manifeste des attitudes et des attentes positives à l'égard de l'équipe."),
]
exp = expected(KEY, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR},
               organisation={"en": ORG_EN, "fr": ORG_FR}, location={"en": LOC_EN, "fr": LOC_FR},
               schedule={"en": SCH_EN, "fr": SCH_FR}, deadline="2035-11-02", salary=sal(6412.37),
               grade=GRADE, clearance=CLR,
               req={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
               comps={"en": comp(C_EN), "fr": comp(C_FR)})

def comps_block(cs):
    return "\n".join(f"{n}: {d}" for n, d in cs)

def comps_block_fr(cs):
    return "\n".join(f"{n} : {d}" for n, d in cs)

BODY_EN = f"""1. SUMMARY

The Private Office (PO) supports the Secretary General in the day-to-day running of the Organization and in his/her contacts with Allies, partners and the public. Within the PO, the Speechwriting and Correspondence Unit prepares the Secretary General's speeches, articles, letters and messages, and keeps track of all incoming correspondence addressed to him/her.

The incumbent reports to the Head of the Speechwriting and Correspondence Unit. S/he registers and routes correspondence, prepares first drafts of routine replies and messages, formats and proof-reads speeches in both official languages, and maintains the Unit's records and calendars. The post requires complete discretion and an ability to keep several deadlines in view at once.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:

{lines(ESS_EN)}

DESIRABLE

The following would be considered an advantage:

{lines(DES_EN)}

3. MAIN ACCOUNTABILITIES

Information Management
Register all letters, notes and e-mails addressed to the Secretary General in the correspondence system; assign them to the right division for reply and follow up until a reply has been sent.

Expertise Development
Draft routine letters of thanks, congratulations and condolences for review, using the Unit's templates and earlier replies.

Knowledge Management
Maintain the archive of speeches and statements, with their final delivered versions, and answer requests for earlier texts.

Planning and Execution
Keep the Unit's calendar of speeches, articles and messages, and remind contributors of their deadlines.

Stakeholder Management
Act as the first point of contact of the Unit for divisions, delegations and the Office of the Spokesperson.

Perform any other related duty as assigned.

4. INTERRELATIONSHIPS

The incumbent works closely with the other assistants of the Private Office, the Executive Management Division and the Public Diplomacy Division.
Direct reports: N/a
Indirect reports: N/a.

5. COMPETENCIES

The incumbent must demonstrate:

{comps_block(C_EN)}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of an indefinite duration contract thereafter.

7. RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted using e-recruitment system, as applicable.

Appointment will be subject to receipt of a security clearance (provided by the national Authorities of the selected candidate) and approval of the candidate's medical file by the NATO Medical Adviser.

8. ADDITIONAL INFORMATION

NATO is committed to diversity and inclusion, and strives to provide equal access to employment, advancement and retention, independent of gender, age, nationality, ethnic origin, religion or belief, cultural background, sexual orientation, and disability.

The incumbent may be required to work outside normal office hours when the Secretary General travels or during Summits and Ministerial meetings.
"""

BODY_FR = f"""1. RÉSUMÉ

Le Cabinet du Secrétaire général soutient le ou la Secrétaire général(e) dans la gestion quotidienne de l'Organisation et dans ses contacts avec les Alliés, les partenaires et le public. Au sein du Cabinet, l'Unité Rédaction de discours et correspondance prépare les discours, articles, lettres et messages du ou de la Secrétaire général(e) et assure le suivi du courrier qui lui est adressé.

Le/La titulaire relève du/de la chef(fe) de l'Unité. Il/Elle enregistre et oriente la correspondance, rédige des premiers projets de réponses et de messages courants, met en forme et relit les discours dans les deux langues officielles, et tient les dossiers et les calendriers de l'Unité.

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL

Le/La titulaire doit :

{lines(ESS_FR)}

SOUHAITABLE

Serait considéré comme un atout :

{lines(DES_FR)}

3. PRINCIPALES RESPONSABILITÉS

Gestion de l'information
Enregistrer toutes les lettres, notes et courriels adressés au ou à la Secrétaire général(e) ; les attribuer à la division compétente et en assurer le suivi jusqu'à l'envoi d'une réponse.

Planification et exécution
Tenir le calendrier des discours, articles et messages de l'Unité et rappeler leurs échéances aux contributeurs.

Exécuter toute autre tâche en rapport avec ses fonctions qui pourrait lui être confiée.

4. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :

{comps_block_fr(C_FR)}

5. CONTRAT

Contrat proposé au/à la candidat(e) retenu(e) (sauf s'il s'agit d'un(e) détaché(e)) : contrat de durée déterminée de trois ans, pouvant être suivi d'un contrat de durée indéterminée.

6. PROCESSUS DE RECRUTEMENT

Les candidatures ne sont acceptées que de ressortissants des pays membres de l'OTAN. Elles doivent être soumises au moyen du système de recrutement en ligne au plus tard le 2 novembre 2035, 23:59 (heure de Bruxelles).
"""

PORTAL = f"""Skip to main content
NATO Careers
Job Search   My Jobpage   My Account Settings   Sign Out
Job Search > Job Description
Job Description - {T_EN} ({KEY})
Apply Online
Add to My Job Cart
Share this job

{T_EN}-{KEY}

Primary Location

{LOC_EN}

NATO Body

{ORG_EN}

Schedule

{SCH_EN}

Application Deadline

02-Nov-2035, 11:59:00 PM

Salary (Pay Basis)

: 6,412.37Euro (EUR) Monthly

Grade

NATO Grade {GRADE}

Clearance Level

{CLR}

Description

:

THE PRESENT VACANCY NOTICE IS PUBLISHED IN ENGLISH AND FRENCH / LE PRÉSENT AVIS DE VACANCE EST PUBLIÉ EN ANGLAIS ET EN FRANÇAIS

{BODY_EN}
**********

{T_FR}

Lieu : {LOC_FR}
Organisme : {ORG_FR}
Horaire : {SCH_FR}
Date de clôture : 2 novembre 2035, 23:59
Grade : Grade OTAN {GRADE}

{BODY_FR}
Job Posting

: 05-Oct-2035, 9:00:00 AM

Apply Online
Add to My Job Cart

Similar jobs
Senior Assistant (Protocol Registry) - Executive Management - Belgium-Brussels - Application Deadline 19-Nov-2035
Officer (Digital Content) - Public Diplomacy Division - Belgium-Brussels - Application Deadline 30-Nov-2035

Privacy Policy | Accessibility | Powered by Oracle
"""
write(f"{KEY}-natocareers.txt", PORTAL, KEY)

def glue_items(items):
    return "\n".join("- " + x for x in items)

BOARD = f"""LavoroOltreconfine.it  |  Cerca offerte   Pubblica annuncio gratuito   Accedi
Home › Offerte › Belgio › Bruxelles

{T_EN}

Pubblicato il 06-10-2035 - NATO in Bruxelles (BE)
Rif. offerta: {T_EN}-{KEY}
Salva   Segnala   Condividi

Primary Location
{LOC_EN}
NATO Body
{ORG_EN}
Schedule
{SCH_EN}
Application Deadline
02-Nov-2035, 11:59:00 PM
Salary (Pay Basis)
6,412.37Euro (EUR) Monthly
Grade
NATO Grade {GRADE}
Clearance Level
{CLR}
Description

{BODY_EN.replace(lines(ESS_EN), glue_items(ESS_EN)).replace(lines(DES_EN), glue_items(DES_EN))}
**********

{T_FR}

Lieu : {LOC_FR}
Organisme : {ORG_FR}
Horaire : {SCH_FR}
Date de clôture : 2 novembre 2035, 23:59

{BODY_FR.replace(lines(ESS_FR), glue_items(ESS_FR)).replace(lines(DES_FR), glue_items(DES_FR))}
Candidati sul sito dell'organizzazione
ID annuncio: LO-2035-4471903

Offerte simili
Segretario/a di direzione bilingue - Bruxelles (BE) - 3.100 - 3.600 € mensili - scade il 15-11-2035
Assistant (Conference Services) - Bruxelles (BE) - pubblicato il 01-10-2035

© 2035 LavoroOltreconfine.it - P.IVA 00000000000 - Privacy - Cookie
"""
write(f"{KEY}-jobboard.txt", BOARD, KEY)
