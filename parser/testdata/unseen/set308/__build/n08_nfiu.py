from common import write, expected, sal

KEY = "NFIU-EST-LC-2043-05"
TITLE = "Reception and Staging Coordinator"
ORG = "NATO Force Integration Unit Estonia (NFIU EST)"
LOC = "Tallinn, Estonia"
SCHED = "Full-time (40 hours per week)"
GRADE = "LC-6"
CLEAR = "NATO SECRET"
ABOUT = ("NFIU Estonia facilitates the rapid deployment of Allied forces to Estonia and supports collective "
         "defence planning and exercises together with the Estonian Defence Forces. The Host Nation Support "
         "Coordinator works in the J4 Logistics cell and is the unit's link with the Estonian authorities "
         "that provide reception, staging and onward movement support.")
DUTIES = [
    "Coordinate host nation support requests for exercises and deployments with the Estonian Defence Forces and civil authorities",
    "Keep the host nation support catalogue and the points of contact database current",
    "Prepare statements of requirement and cost estimates for accommodation, transport and fuel",
    "Attend planning conferences and record the agreed host nation support arrangements",
    "Interpret and translate between Estonian and English in meetings and site visits",
]
ESS = [
    "Higher education in logistics, business administration or a related field",
    "At least three years of experience in logistics planning, procurement or military host nation support",
    "Fluent Estonian and English (SLP 3333 in English)",
    "Good knowledge of MS Office",
    "Category B driving licence",
    "Estonian citizenship and eligibility for a NATO SECRET clearance",
]
DES = [
    "Experience of NATO logistics doctrine and the LOGFAS planning tools",
    "Service in the Estonian Defence Forces or the Defence League",
    "Knowledge of Russian or Finnish",
]
COMP = [
    ("Coordination", "brings partners together and follows agreements through to delivery"),
    ("Initiative", "solves problems before they reach the commander"),
    ("Communication", "writes and speaks clearly in both working languages"),
]


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2043-06-19",
             sal(2145), GRADE, CLEAR, {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})

    page = f"""Skip to main content
ET | EN
NFIU EST
Home
About us
News
Vacancies
Contact
Home / Vacancies / {TITLE}

{TITLE}
Published: 22.05.2043

Vacancy number

{KEY}

Position

{TITLE}

Organization

{ORG}

Location

{LOC}

Working hours

{SCHED}

Grade

{GRADE}

Monthly salary

EUR 2,145 gross

Security clearance

{CLEAR}

Application deadline

19 June 2043, 16:00 (EEST)

ABOUT THE POSITION
{ABOUT}

MAIN DUTIES
{chr(10).join("› " + x for x in DUTIES)}

REQUIREMENTS
{chr(10).join("› " + x for x in ESS)}

ADVANTAGES
{chr(10).join("› " + x for x in DES)}

PERSONAL QUALITIES
{chr(10).join(f"› {n} – {d}" for n, d in COMP)}

WE OFFER
A local civilian contract for two years with the possibility of extension, a 40-hour week, 28 days of annual
leave and training in NATO logistics courses.

HOW TO APPLY
Send the NATO application form, CV and a copy of your diploma to nfiu.est.j1@mil.example. Interviews will take
place in Tallinn in the first week of July 2043.

Share: Facebook  X  LinkedIn

Latest news
12.05.2043 Reception exercise at Paldiski port completed
28.04.2043 Vacancy NFIU-EST-LC-2043-03 (Driver) closed
"""
    write(f"{KEY}-nfiu.txt", page, KEY)

    board = f"""CV Keskus   Tööpakkumised   Tööandjale   Logi sisse

{TITLE}
NATO Force Integration Unit Estonia
Tallinn, Harju maakond
Täistööaeg
Palk: 2145 € bruto / kuus
Kandideeri kuni: 19.06.2043
Vaatamisi: 412

Kandideeri

Töö kirjeldus

Vacancy number: {KEY}
Position: {TITLE}
Organization: {ORG}
Location: {LOC}
Working hours: {SCHED}
Grade: {GRADE}
Monthly salary: EUR 2,145 gross
Security clearance: {CLEAR}
Application deadline: 19 June 2043, 16:00 (EEST)

{ABOUT}

Main duties:
{chr(10).join("* " + x for x in DUTIES)}

Requirements:
{chr(10).join("* " + x for x in ESS)}

Advantages:
{chr(10).join("* " + x for x in DES)}

Personal qualities:
{chr(10).join(f"* {n}: {d}" for n, d in COMP)}

Kontakt: nfiu.est.j1@mil.example
Kuulutuse ID: 2043-884120

Sarnased tööpakkumised
Logistikaspetsialist – Tallinn – 1800–2300 € – kuni 15.06.2043
Hankespetsialist – Tartu – 1900 € bruto
"""
    write(f"{KEY}-cvkeskus.txt", board, KEY)
