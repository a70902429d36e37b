"""322041 - NATO Representation to Ukraine, Kyiv (EN): page copied from the browser and a job board copy."""
from common import *

REF = "322041"
TITLE = "Communications Assistant (Digital Content)"
ORG = "NATO Representation to Ukraine"
LOC = "Kyiv, Ukraine"
SCH = "Full-time"
GRADE = "LH-6"
CLR = "NATO CONFIDENTIAL"

ESS = [
    "University degree in journalism, communications, international relations or a related field",
    "At least three years of experience in producing content for websites and social media accounts of an institution or a media outlet",
    "Excellent drafting skills in Ukrainian and English; English at SLP 3333",
    "Experience with photo and video editing software",
    "Ukrainian citizenship and permanent residence in Kyiv",
]
DES = [
    "Experience in covering security or defence topics",
    "Knowledge of web analytics tools",
    "Working knowledge of French",
]
DUTIES = [
    "Drafts and edits posts, news items and short articles in Ukrainian and English for the Representation's website and social media accounts",
    "Prepares photo and video material of events and visits",
    "Monitors Ukrainian media and prepares daily summaries for the Head of Communications",
    "Keeps the editorial calendar and the archive of published material",
    "Supports the organisation of public events, briefings and study visits",
]
NEWS = [("NATO-Ukraine youth debate held in Lviv", "14.03.2035"),
        ("Call for applications: summer school on security studies — deadline 20 May 2035", "10.03.2035")]


def page():
    return f"""Skip to main content
UA | EN
Home
About us
News
Events
Vacancies
Contacts
Home › Vacancies › {TITLE}
{TITLE}
Published: 12.03.2035
The NATO Representation to Ukraine supports practical cooperation between NATO and Ukraine and explains the Alliance's policies to the Ukrainian public. It is looking for a communications assistant to join its small communications team.
Vacancy number
{REF}
Position
{TITLE}
Organization
{ORG}
Duty station
{LOC}
Grade
{GRADE} (locally hired staff)
Type of employment
{SCH}
Monthly salary
UAH 71,650 gross
Security clearance
{CLR}
Deadline for applications
30 April 2035, 18:00 (Kyiv time)
Duties
{bullets(DUTIES, "")}
Required
{bullets(ESS, "")}
Desirable
{bullets(DES, "")}
How to apply
Send a CV and a cover letter in English to vacancies@nru.example with the vacancy number in the subject line. Only short-listed candidates will be contacted; tests and interviews are planned for May 2035. The contract is a one-year locally hired staff contract, renewable.
Share: Facebook  X  LinkedIn
Latest news
{chr(10).join(f'{t}{chr(10)}{d}' for t, d in NEWS)}
© 2035 NATO Representation to Ukraine
"""


BOARD = f"""KyivJobs.example  Vacancies  Companies  Resumes  For employers
{TITLE}
{ORG}
Kyiv · Full-time · UAH 71,650
Posted 12 March 2035 · Views 1 204
Apply
About the vacancy
Vacancy number: {REF}Organization: {ORG}Duty station: {LOC}Grade: {GRADE} (locally hired staff)Type of employment: {SCH}Monthly salary: UAH 71,650 grossSecurity clearance: {CLR}Deadline for applications: 30 April 2035, 18:00 (Kyiv time)
Duties
{bullets(DUTIES, "— ")}
Required
{bullets(ESS, "— ")}
Desirable
{bullets(DES, "— ")}
How to apply: send a CV and a cover letter in English to vacancies@nru.example with the vacancy number in the subject line.
Similar vacancies
SMM Manager — Kyiv — UAH 45,000–55,000 — 2 days ago
Press Officer (Embassy) — Kyiv — deadline 15 April 2035
"""


def build():
    expected(REF, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, schedule={"en": SCH}, deadline="2035-04-30",
             salary=sal(71650, "UAH"), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": []})
    write(f"{REF}-nru.txt", page(), REF)
    write(f"{REF}-jobboard.txt", BOARD, REF)
