from common import *
KEY = "NFIU-ROU-LC-2042-03"
TITLE = "Assistant (Infrastructure and Real Estate Coordination)"
ORG = "NATO Force Integration Unit Romania (NFIU ROU)"
LOC = "Bucharest, Romania"
SCH = "Full-time (40 hours per week)"
TASKS = [
 "Keeps the register of training areas, barracks and storage sites offered by the host nation for Allied reinforcement",
 "Prepares site surveys together with Romanian authorities and the unit's logistic staff",
 "Drafts technical arrangements and follows up their implementation",
 "Translates and interprets between Romanian and English during meetings and site visits",
 "Maintains the unit's infrastructure database and produces monthly status reports",
]
ESS = [
 "University degree in civil engineering, architecture, real estate or public administration",
 "At least three years of experience in infrastructure or real estate management",
 "Fluency in Romanian and English (SLP 3333)",
 "Romanian citizenship and eligibility for a NATO SECRET clearance",
 "Valid driving licence",
]
DES = [
 "Experience with the Romanian Ministry of National Defence or with NATO Security Investment Programme projects",
 "Knowledge of GIS software",
]
COMP = [("Accuracy", "keeps records complete and correct"),
        ("Communication", "explains technical matters to military and civilian audiences"),
        ("Initiative", "proposes solutions before problems grow")]
ABOUT = ("The NATO Force Integration Unit Romania supports the rapid deployment of Allied forces to Romania. "
         "It works with the Romanian authorities to identify logistic networks, transport routes and infrastructure, and helps to prepare exercises.")

def facts_block(sep='\n'):
    rows = [("Vacancy reference", KEY), ("Organization", ORG), ("Location", LOC), ("Working hours", SCH),
            ("Grade", "LC-5"), ("Security clearance", "NATO SECRET"), ("Monthly salary", "RON 10,460 gross"),
            ("Closing date", "22 April 2042, 16:00 (EEST)")]
    return '\n'.join(f"{a}{sep}{b}" for a, b in rows)

def body(mark='– ', head=str):
    return f"""{head('About us')}
{ABOUT}

{head('Main tasks')}
{bullets(TASKS, mark)}

{head('Essential requirements')}
{bullets(ESS, mark)}

{head('Desirable')}
{bullets(DES, mark)}

{head('Competencies')}
{comps_lines(COMP, mark=mark)}

{head('We offer')}
A local civilian contract of two years, renewable, under the Romanian Labour Code. Salary of RON 10,460 gross per month, meal vouchers and 25 days of annual leave.

{head('How to apply')}
Send a CV in English, a cover letter and copies of your diplomas to the NFIU ROU Personnel Section by 22 April 2042, 16:00 (EEST). Shortlisted candidates will be invited to a written test and an interview in Bucharest in the first half of May 2042.
"""

def build():
    expected(KEY, langs=["en"], title=L(TITLE), org=L(ORG), loc=L(LOC), sched=L(SCH),
             deadline="2042-04-22", salary=sal(10460, "RON"), grade="LC-5", clearance="NATO SECRET",
             req={"en": {"essential": ESS, "desirable": DES}, "fr": None}, comps={"en": comp(COMP), "fr": None})
    page = f"""Skip to content
RO | EN
NFIU ROU
Home
About
News
Vacancies
Contact

Home / Vacancies / {KEY}

VACANCY NOTICE
{TITLE}
Published: 25.03.2042

{facts_block()}

{body('– ', lambda s: s.upper())}
Share: Facebook | X | LinkedIn

Latest news
20.03.2042 NFIU ROU hosts reception, staging and onward movement seminar
11.03.2042 Closed: vacancy NFIU-ROU-LC-2042-01 (closing date 10 March 2042)

NATO Force Integration Unit Romania, Bucharest | Privacy | Cookies
"""
    write(f"{KEY}-nfiu.txt", page, KEY)

    board = f"""eJobs   Joburi   Companii   Salarii   Contul meu

Joburi > Bucuresti > Administratie / Imobiliare

{TITLE}
NATO Force Integration Unit RomaniaBucurestiActualizat azi
Aplica   Salveaza

Oras: Bucuresti
Tip job: Full time
Nivel cariera: Middle (2-5 ani)
Departament: Administratie, Constructii
Tip contract: Determinata (24 luni)
Salariu: 10.460 RON brut / luna
Data expirarii: 22.04.2042

Descrierea jobului

{facts_block(': ')}

{body('- ')}
ID anunt: 3194457
Candidati: 41

Joburi similare
Specialist patrimoniu imobiliar - Bucuresti - 7.500 - 9.000 RON net - expira 30.04.2042
Inginer constructii civile - Ilfov - 9.800 RON brut
"""
    write(f"{KEY}-ejobs.txt", board, KEY)
