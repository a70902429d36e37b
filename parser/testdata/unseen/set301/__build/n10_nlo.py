from common import *

REF = "NLOG-PA-2042-11"
TITLE = "Programme Assistant (Defence Education)"
ORG = "NATO Liaison Office Georgia (NLO Georgia)"
LOC = "Tbilisi, Georgia"
SCH = "Full-time (Monday to Friday, 40 hours per week)"
GRADE, CLEAR = "LE-7", "NATO CONFIDENTIAL"
DL = "Thursday, 27 November 2042, 18:00 (Tbilisi time)"
SAL = "GEL 4,915 gross per month"

DUTIES = [
    "Support the planning and follow-up of the Defence Education Enhancement Programme activities in Georgia",
    "Prepare visits of NATO experts to Georgian military education institutions, including agendas, transport and interpretation",
    "Keep the programme's activity tracker and budget overview up to date",
    "Draft meeting notes and short reports in English and Georgian",
    "Assist the Office's public diplomacy events when required",
]
ESS = [
    "University degree in international relations, education, public administration or a related field",
    "At least three years of professional experience in project coordination, preferably in an international organisation or embassy",
    "Fluency in Georgian and English, written and spoken",
    "Good knowledge of Microsoft Office",
    "Georgian citizenship or permanent residence in Georgia",
]
DES = [
    "Experience with Georgian defence or education institutions",
    "Knowledge of Russian",
    "Experience in organising events or conferences",
]
COMP = [
    ("Planning and organising", "sets priorities and meets deadlines with little supervision"),
    ("Communication", "writes and speaks clearly to audiences of different ranks and cultures"),
    ("Integrity", "handles sensitive information with discretion"),
]
ABOUT = ("The NATO Liaison Office in Georgia supports Georgia's cooperation with NATO, facilitates the "
         "implementation of practical cooperation programmes and helps to inform the Georgian public about the Alliance.")


def build():
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2042-11-27",
             sal(4915, "GEL"), GRADE, CLEAR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": comps(COMP)})
    page = f"""Skip to main content
ქართული | English
NATO Liaison Office Georgia
Home
About the Office
NATO and Georgia
News
Vacancies
Contact
Home / Vacancies / {TITLE}
{TITLE}
Published: 20.10.2042

Vacancy reference

{REF}

Position

{TITLE}

Organization

{ORG}

Duty station

{LOC}

Working hours

{SCH}

Grade

{GRADE}

Security clearance

{CLEAR}

Monthly salary

{SAL}

Closing date

{DL}

ABOUT THE OFFICE
{ABOUT}

MAIN DUTIES
{lines(DUTIES, '– ')}

MINIMUM REQUIREMENTS
{lines(ESS, '– ')}

DESIRABLE
{lines(DES, '– ')}

COMPETENCIES
{lines(n + ' – ' + d for n, d in COMP)}

HOW TO APPLY
Send your CV and a motivation letter, both in English, to vacancies@nlo-georgia.example with the vacancy reference in the subject line. Only shortlisted candidates will be contacted. A written test is planned for 4 December 2042.

Share: Facebook | X | LinkedIn | E-mail

Latest news
16.10.2042 NATO experts visit the National Defence Academy in Gori
09.10.2042 Vacancy closed: Driver/Clerk (reference NLOG-DC-2042-09)
© NATO Liaison Office Georgia
"""
    write(f"{REF}-nlo.txt", page, REF)

    board = f"""jobs-tbilisi.example
ვაკანსიები   კომპანიები   რეზიუმე   შესვლა   ENG

{TITLE}
NATO Liaison Office Georgia
გამოქვეყნდა: 21 ოქტომბერი    ბოლო ვადა: 27 ნოემბერი
თბილისი

Vacancy reference: {REF}
Position: {TITLE}
Organization: {ORG}
Duty station: {LOC}
Working hours: {SCH}
Grade: {GRADE}
Security clearance: {CLEAR}
Monthly salary: {SAL}
Closing date: {DL}

About the Office
{ABOUT}

Main duties:
{lines(DUTIES, '* ')}

Minimum requirements:
{lines(ESS, '* ')}

Desirable:
{lines(DES, '* ')}

Competencies:
{lines((n + ' – ' + d for n, d in COMP), '* ')}

CV and motivation letter in English to vacancies@nlo-georgia.example.

ამ კომპანიის სხვა ვაკანსიები
Driver/Clerk – დახურულია

მსგავსი ვაკანსიები
Project Assistant – Tbilisi – 2 500 - 3 200 GEL – ბოლო ვადა: 30 ნოემბერი
"""
    write(f"{REF}-jobstbilisi.txt", board, REF)
