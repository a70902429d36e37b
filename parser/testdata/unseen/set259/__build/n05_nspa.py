"""N5: NSPA, Capellen (en). Taleo English interface browser copy (label / blank / value),
and a Luxembourg board copy with French furniture around the English notice."""
from common import write, expected, sal

REF = "463521"
TITLE = "Assistant (Spare Parts Catalogue Data)"
ORG = "NATO Support and Procurement Agency (NSPA)"
LOC = "Luxembourg-Capellen"
SCH = "Full-time"
GRADE, CLR = "G8", "NS"
ESS = [
    "higher secondary education and completed vocational training in logistics, supply chain or a technical field;",
    "at least three years of experience in managing item or catalogue data for spare parts;",
    "experience with an ERP system, preferably SAP Materials Management;",
    "good knowledge of the NATO Codification System or of a national codification system;",
    "advanced user of Microsoft Excel;",
    "a minimum SLP 3232 in English (Listening, Speaking, Reading, Writing).",
]
DES = [
    "experience in an international procurement or logistics organisation;",
    "working knowledge of French or German;",
    "familiarity with technical drawings and part marking standards.",
]
COMP = [
    ("Achievement", "Works to meet standards."),
    ("Analytical Thinking", "Breaks down problems."),
    ("Clarity and Accuracy", "Checks own work."),
    ("Customer Service Orientation", "Takes personal responsibility for correcting problems."),
    ("Organisational Awareness", "Understands the Agency's formal structure."),
    ("Teamwork", "Cooperates."),
]


def body(mark=""):
    L = lambda xs: "\n".join(mark + x for x in xs)
    C = "\n".join(f"{mark}{n}: {d}" for n, d in COMP)
    return f"""NATO Support and Procurement Agency (NSPA)

1. SUMMARY

The NATO Support and Procurement Agency (NSPA) is NATO's main logistics and procurement agency. Its Weapon Systems Support programmes keep aircraft, vehicles and equipment of the Nations in service by buying spare parts, repairs and technical services.

The Spare Parts Catalogue Data Section, in Capellen, keeps the Agency's item catalogue accurate: every part that the Agency buys or stores must be described, codified and linked to the right suppliers. The incumbent will create and correct item records, check supplier data and help programme staff to find the right part quickly.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

{L(ESS)}

DESIRABLE

{L(DES)}

3. MAIN ACCOUNTABILITIES

Creates new item records in the Agency's ERP system from supplier documentation and codification data.
Corrects duplicate, incomplete or obsolete records and documents every change.
Checks part numbers, manufacturer codes and units of issue against the NATO Master Catalogue of References for Logistics.
Answers questions from programme staff and customers about item data.
Produces monthly data quality reports for the Section Head.
Performs any other related duties as required.

4. INTERRELATIONSHIPS

The incumbent reports to the Section Head, Spare Parts Catalogue Data, and works with procurement officers, programme managers and national codification bureaux.

5. COMPETENCIES

{C}

6. CONTRACT

Serving NATO staff will be offered a contract according to the NATO Civilian Personnel Regulations. Newly appointed staff will be offered a definite duration contract of three years.

7. USEFUL INFORMATION REGARDING APPLICATION AND RECRUITMENT PROCESS

Applications are to be submitted on the NATO Talent Acquisition Platform by 12 May 2039 at 23:59 (Luxembourg time). Shortlisted candidates may be invited to a written test and an interview in Capellen in June 2039.

8. ADDITIONAL INFORMATION

NSPA is committed to diversity and inclusion, and strives to provide equal access to employment, advancement and retention, independent of gender, age, nationality, ethnic origin, religion or belief, cultural background, sexual orientation, and disability."""


def taleo_en():
    return f"""Skip to main content
NATO - Careers
Job Search
My Jobpage
Sign Out
Help
Job Search > Job Description

Job Description - {TITLE} ({REF})

Job Description

{TITLE}-{REF}

Primary Location

{LOC}

NATO Body

{ORG}

Schedule

{SCH}

Application Deadline

12-May-2039, 11:59:00 PM

Salary (Pay Basis)

: 5,338.06Euro (EUR) Monthly

Grade

NATO Grade {GRADE}

Clearance Level

{CLR}

Description

{body()}

Job Posting

20-Apr-2039, 10:00:00 AM

Apply Online
Add to My Job Cart
Send to a Friend

Similar Jobs
Procurement Assistant (Ammunition) - 21-May-2039
Technician (Warehouse Operations) - 02-Jun-2039

Privacy Statement | Terms of Use | Accessibility
© NATO - All rights reserved
"""


def board():
    return f"""emploi-grandduche.example
Offres d'emploi   Entreprises   Salons   Espace candidat
Accueil > Offres d'emploi > Logistique > Capellen

{TITLE} (H/F)
NSPA – CapellenCDD · Temps pleinPubliée il y a 5 jours
Postuler   Sauvegarder

En bref
Employeur : NSPA
Lieu de travail : Capellen (Luxembourg)
Contrat : CDD 3 ans
Salaire indiqué : 5.338,06 € / mois
Langue de l'annonce : anglais

Description de l'offre
Job Description - {TITLE} ({REF})
Primary Location: {LOC}
NATO Body: {ORG}
Schedule: {SCH}
Application Deadline: 12-May-2039, 11:59:00 PM
Salary (Pay Basis): 5,338.06Euro (EUR) Monthly
Grade: NATO Grade {GRADE}
Clearance Level: {CLR}

{body(mark="- ")}

Réf. de l'offre : EGD-2039-118204

Offres similaires
Gestionnaire de stock (H/F) · Bertrange · 3 900 - 4 400 € · expire le 15/05/2039
Data steward logistique (H/F) · Luxembourg · 52 - 60 k€ · expire le 31/05/2039

© emploi-grandduche · Mentions légales · Cookies
"""


def build():
    write(f"{REF}-natocareers.txt", taleo_en(), REF)
    write(f"{REF}-jobboard.txt", board(), REF)
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-05-12",
             sal(5338.06, "EUR"), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}},
             {"en": COMP})
