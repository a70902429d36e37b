from common import *

KEY = "unu-ias-int-2034-09"
REF = "UNU-IAS/INT/2034/09"
TITLE = "Research Intern, Sustainable Urban Food Systems"
ORG = "United Nations University Institute for the Advanced Study of Sustainability"
LOC = "Tokyo, Japan"
SCHED = "Full-time"
REQ = [
    "Enrolment in a master's or doctoral programme in geography, urban planning, agricultural economics, sustainability science or a related field, or graduation from such a programme within the past year.",
    "Good skills in qualitative or quantitative research methods, including literature reviews and data analysis.",
    "Excellent written and spoken English.",
]
PREF = [
    "Experience with municipal food policies or urban agriculture projects.",
    "Knowledge of Japanese or of another Asian language.",
    "Familiarity with R, Python or a GIS package.",
]
TASKS = [
    "Review literature and policy documents on city food strategies in Asia and the Pacific.",
    "Compile and clean data for a comparative study of twelve cities.",
    "Help organize an expert workshop planned for February 2035.",
    "Draft short blog posts and contribute to a working paper.",
]


def md():
    b = lambda xs: "\n".join(f"* {x}" for x in xs)
    return f"""![UNU-IAS logo](logo.png)

[About](#) | [Research](#) | [Education](#) | [News](#) | [Jobs](#) | [日本語](#)

# {TITLE}

| | |
|---|---|
| **Reference** | {REF} |
| **Unit** | Sustainable Societies Programme |
| **Type** | Internship |
| **Location** | {LOC} |
| **Duration** | Three to six months, starting January 2035 |
| **Working hours** | {SCHED} |
| **Stipend** | JPY 172,500 per month |
| **Published** | 15 September 2034 |
| **Deadline** | 20 October 2034 (Tokyo time) |

## About UNU-IAS

The {ORG} (UNU-IAS) is a leading research and teaching institute based in Tokyo. Its work focuses on sustainable development, governance for biodiversity and the transition to sustainable societies.

## The internship

Under the supervision of a Research Fellow, the intern will:

1. {TASKS[0]}
2. {TASKS[1]}
3. {TASKS[2]}
4. {TASKS[3]}

## Required qualifications

{b(REQ)}

## Preferred qualifications

{b(PREF)}

## Conditions

Interns receive the monthly stipend shown above and are responsible for their travel, visa and insurance. Internships do not lead to employment with UNU; former interns may not apply for staff positions for six months after the end of the internship.

## How to apply

Submit the online form with a CV, a cover letter and a writing sample. Interviews of short-listed candidates are planned for the first week of November 2034.
"""


def board():
    return f"""CAREERS OFFICE – GRADUATE SCHOOL OF ENVIRONMENTAL STUDIES
Job & Internship Board                               Login | Help

< Back to listings

{TITLE}
United Nations University – UNU-IAS    ·    Tokyo    ·    Internship (paid)
Listing posted: 17 Sep 2034     Applications close: 20/10/2034
Views: 311     Saved by 27 students

[ Apply on employer site ]   [ Save ]   [ Report listing ]

--- Listing text supplied by the employer ---

Reference: {REF}
Unit: Sustainable Societies Programme
Type: Internship
Location: {LOC}
Duration: Three to six months, starting January 2035
Working hours: {SCHED}
Stipend: JPY 172,500 per month
Deadline: 20 October 2034 (Tokyo time)

About UNU-IAS
The {ORG} (UNU-IAS) is a research and teaching institute in Tokyo.

The internship
- {TASKS[0]}
- {TASKS[1]}
- {TASKS[2]}
- {TASKS[3]}

Required qualifications
- {REQ[0]}
- {REQ[1]}
- {REQ[2]}

Preferred qualifications
- {PREF[0]}
- {PREF[1]}
- {PREF[2]}

Conditions
Interns receive the monthly stipend and cover their own travel, visa and insurance.

--- End of employer text ---

Careers office note: CV review drop-in sessions every Tuesday in October; book before 7 October 2034.
Similar listings: Policy intern – Japan International Cooperation Agency (closes 31/10/2034); Research assistant – Faculty of Agriculture (closes 14/11/2034)
"""


def build():
    write(KEY + "-unu.md", md(), KEY)
    write(KEY + "-careers-board.txt", board(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             schedule=SCHED, deadline="2034-10-20",
             salary={"amount": 172500, "currency": "JPY", "period": "month"},
             requirements={"essential": REQ, "desirable": PREF}, competencies=[])
