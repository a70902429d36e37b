from common import *

REF = "NFIU-LVA-LC-2044-01"
T = "Interpreter/Translator (Latvian-English)"
ORG = "NATO Force Integration Unit Latvia (NFIU LVA)"
LOC = "Riga, Latvia"
SCH = "Full-time (40 hours per week)"
GRADE, CLR = "LC-5", "NATO SECRET"
ESS = [
    "University degree in translation, linguistics or philology;",
    "Native command of Latvian and very good command of English (NATO SLP 4444 or CEFR C2);",
    "At least three years of experience as a translator or interpreter, including consecutive interpreting;",
    "Ability to use computer-assisted translation tools;",
    "Eligibility for a NATO SECRET security clearance.",
]
DES = [
    "Experience of military or defence terminology;",
    "Knowledge of Russian or Lithuanian;",
    "Driving licence (category B).",
]
COMP = [
    ("Accuracy", "renders meaning and tone faithfully, including figures and technical terms."),
    ("Composure", "interprets calmly in meetings with senior officers and officials."),
    ("Discretion", "keeps what is heard and read confidential."),
]
DUTIES = [
    "Translates correspondence, plans and agreements between English and Latvian.",
    "Interprets consecutively at meetings, visits and exercise planning conferences.",
    "Maintains the unit's bilingual terminology database.",
    "Proofreads translations produced by contractors.",
]


def build():
    page = f"""Skip to main content
LV | EN
NATO Force Integration Unit Latvia
Home
About NFIU LVA
News
Vacancies
Contact
Home / Vacancies / {T}

VACANCY ANNOUNCEMENT {REF}
Published: 03.12.2043

1. POST INFORMATION
(a) Post title: {T}
(b) Organization: {ORG}
(c) Place of work: {LOC}
(d) Working hours: {SCH}
(e) Grade: {GRADE}
(f) Security clearance: {CLR}
(g) Salary: EUR 1,945 gross per month
(h) Closing date: 23 January 2044, 16:00 (local time)

2. ABOUT THE UNIT
NFIU Latvia links national forces and NATO forces and helps with planning, exercises and reinforcement. The unit works in English; many of its partners work in Latvian.

3. DUTIES
{chr(10).join(f"({chr(97+i)}) {d}" for i, d in enumerate(DUTIES))}

4. ESSENTIAL REQUIREMENTS
{chr(10).join(f"({chr(97+i)}) {d}" for i, d in enumerate(ESS))}

5. DESIRABLE REQUIREMENTS
{chr(10).join(f"({chr(97+i)}) {d}" for i, d in enumerate(DES))}

6. PERSONAL QUALITIES
{chr(10).join(f"({chr(97+i)}) {n}: {d}" for i, (n, d) in enumerate(COMP))}

7. HOW TO APPLY
Send a CV in English, a cover letter and copies of diplomas to the unit's J1 section by the closing date. A translation test will be held on 30 January 2044 for shortlisted candidates. The employment contract is concluded under Latvian labour law for an indefinite period with a six-month probation.

Share: Facebook | X | LinkedIn | E-mail

Latest news
12.12.2043 Winter exercise planning conference held in Ādaži
28.11.2043 Vacancy closed: Logistics Assistant (LC-4)
"""
    write(f"{REF}-nfiu.txt", page, REF)

    board = f"""CV.LV.example
Vakances   Darba devēji   CV   Ienākt
Sākums / Vakances / Tulkošana / Rīga

{T}
NATO Force Integration Unit Latvia
Rīga
Alga: 1945 € bruto/mēnesī
Pieteikties līdz: 23.01.2044
Pilna slodze · Pastāvīgs darbs
Skatījumi: 412 · Sludinājuma ID: 6630917

VACANCY ANNOUNCEMENT {REF}
Post title: {T}
Organization: {ORG}
Place of work: {LOC}
Working hours: {SCH}
Grade: {GRADE}
Security clearance: {CLR}
Salary: EUR 1,945 gross per month
Closing date: 23 January 2044, 16:00 (local time)

About the unit
NFIU Latvia links national forces and NATO forces and helps with planning, exercises and reinforcement. The unit works in English; many of its partners work in Latvian.

Duties
{bullets(DUTIES, "* ")}

Essential requirements
{bullets(ESS, "* ")}

Desirable requirements
{bullets(DES, "* ")}

Personal qualities
{chr(10).join(f"* {n}: {d}" for n, d in COMP)}

How to apply
Send a CV in English, a cover letter and copies of diplomas to the unit's J1 section by the closing date. A translation test will be held on 30 January 2044 for shortlisted candidates. The employment contract is concluded under Latvian labour law for an indefinite period with a six-month probation.

Pieteikties   Saglabāt

Līdzīgas vakances
Tulkotājs (angļu-latviešu) – Rīga – 1400 - 1800 € – līdz 15.01.2044
Konferenču tulks – Jūrmala – 2,1k € mēnesī
"""
    write(f"{REF}-cvlv.txt", board, REF)
    expected(REF, None, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-01-23",
             sal(1945), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
