from common import *

REF = "548952"
T = "Service Desk Technician - CSU Lago Patria"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Italy-Lago Patria"
SCH = "Full-time"
GRADE, CLR = "G7", "NS"
ROLE = [
    "Receive, log and classify incidents and service requests from users of the Joint Force Command Naples headquarters;",
    "Resolve first- and second-level faults on workstations, printers, mobile devices and secure telephones;",
    "Install and configure end-user equipment according to approved baselines;",
    "Maintain the asset inventory and return faulty equipment to the depot;",
    "Keep knowledge articles up to date and hand over unresolved tickets to the relevant support team;",
    "Take part in the on-call roster during exercises.",
]
ESS = [
    "Secondary education and completed vocational training in information technology, or at least four years of service desk experience in lieu of the training;",
    "At least two years of experience in first- or second-level IT support in an organisation with more than 500 users;",
    "Experience of Microsoft Windows client operating systems and Microsoft 365 applications;",
    "Experience with an IT service management tool based on ITIL processes;",
    "Good customer-service skills and a calm manner under pressure.",
]
DES = [
    "ITIL Foundation certificate;",
    "CompTIA A+ or an equivalent hardware certification;",
    "Experience of supporting classified networks;",
    "Working knowledge of Italian.",
]
COMP = [
    ("Customer Focus", "Treats every request as important and keeps users informed of progress;"),
    ("Problem Solving", "Works through faults methodically and records what was done;"),
    ("Teamwork", "Shares workload with colleagues across shifts;"),
    ("Integrity", "Handles users' data and classified equipment with care."),
]


def body(mark="", head=lambda s: s):
    comp = "\n".join(f"{mark}{n}: {d}" for n, d in COMP)
    return f"""{head("SUMMARY")}
The NATO Communications and Information Agency delivers secure communication and information services to NATO bodies. Its CIS Support Unit at Lago Patria supports the Joint Force Command Naples and the units co-located with it. The Service Desk is the single point of contact for users and restores services as quickly as possible.

{head("ROLE")}
Under the direction of the Service Desk Supervisor, the incumbent will:
{bullets(ROLE, mark)}

{head("ESSENTIAL QUALIFICATIONS / EXPERIENCE")}
{bullets(ESS, mark)}

{head("DESIRABLE QUALIFICATIONS / EXPERIENCE")}
{bullets(DES, mark)}

{head("ATTRIBUTES / COMPETENCIES")}
{comp}

{head("TERMS AND CONDITIONS")}
Applications must be submitted by 14 January 2044 (23:59 Brussels time) through the NATO careers portal.
Contract: definite duration of three years, with the possibility of renewal.
Working hours: 40 hours per week; shift work may be required.
Security: the selected candidate must hold, or be able to obtain, a NATO SECRET security clearance.
Interviews are expected to take place in Lago Patria in the first half of February 2044."""


def build():
    portal = f"""Passer au contenu principal
Carrières OTAN
Accueil
Rechercher des offres
Ma page emploi
English
Déconnexion
Recherche d'offres > Description de l'emploi

Description de l'emploi - {T} ({REF})

Description de l'emploi

{T}-{REF}

Lieu principal

{LOC}

Organisme OTAN

{ORG}

Horaire

{SCH}

Date limite de candidature

14-janv.-2044, 23:59:00

Salaire (base de rémunération)

: 3 987,45Euro (EUR) Mensuelle

Grade

Grade OTAN {GRADE}

Niveau d'habilitation

{CLR}

Description

{body()}

Publication de l'offre

28-nov.-2043, 10:00:00

Postuler en ligne
Ajouter à mon panier d'offres
Envoyer à un ami

Offres similaires
Network Technician - CSU Lago Patria   Italy-Lago Patria   Date limite 07-janv.-2044
Service Desk Team Leader - CSU Poggio Renatico   Italy-Poggio Renatico   Date limite 21-janv.-2044

Déclaration de confidentialité | Accessibilité | Optimisé par Taleo
"""
    write(f"{REF}-natocarrieres.txt", portal, REF)

    teams = f"""Alessandra Greco  09:02
Morning all! Saw this on NATO careers yesterday, might be good for Davide or anyone finishing the IT course in January 👇

Alessandra Greco  09:03
{T}-{REF}
https://careers.nato.example/jobdetail?job={REF}
Primary Location: {LOC}
NATO Body: {ORG}
Schedule: {SCH}
Application Deadline: 14-Jan-2044, 11:59:00 PM
Salary (Pay Basis): 3,987.45Euro (EUR) Monthly
Grade: NATO Grade {GRADE}
Clearance Level: {CLR}

{body("• ", lambda s: "**" + s + "**")}

Davide Russo  09:15
thanks!! is the clearance a problem if I only had a national one?

Alessandra Greco  09:17
they say "hold or be able to obtain" so should be fine. CV in English though

Marco Esposito  09:31
Careful, the careers site timed out on me twice on the last day, don't leave it to the 14th 😅
👍 3

Davide Russo  09:40
ok will do it over Christmas. Pizza on Friday 19th still on?

Alessandra Greco  09:41
yes, 20:00 at the usual place
"""
    write(f"{REF}-teams.txt", teams, REF)
    expected(REF, None, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-01-14",
             sal(3987.45), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
