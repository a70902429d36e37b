from common import *

KEY = "JAPCC-CIV-2039-07"
TITLE = "Editor (Publications and Journal)"
ORG = "Joint Air Power Competence Centre (JAPCC)"
LOC = "Kalkar, Germany"
SCH = "Full-time"
GRADE, CLR = "G10", "NATO SECRET"

INTRO = ("The Joint Air Power Competence Centre (JAPCC) is a NATO-accredited Centre of Excellence in Kalkar, "
         "sponsored by a group of Allied nations. It develops ideas on joint air and space power and publishes "
         "studies, conference read-aheads and a journal read across the Alliance. The Editor works in the "
         "Publications Section and prepares these texts for print and online release.")
TASKS = [
    "Edit studies, articles and conference papers for clarity, consistency and house style",
    "Plan each issue of the journal with the editorial board and follow the production schedule",
    "Liaise with authors, reviewers, designers and printers",
    "Check the release status of every text with the security officer before publication",
    "Maintain the style guide and the publication archive",
    "Publish texts and short news items on the Centre's website",
]
ESS = [
    "University degree in journalism, languages, communication or a related field",
    "At least three years of experience as an editor or sub-editor of professional publications",
    "Excellent written English (native level or SLP 4444)",
    "Experience with layout and content management tools",
    "Interest in security and defence matters",
]
DES = [
    "Knowledge of air and space operations",
    "German language skills",
    "Experience in a military or governmental publishing office",
]
COMP = ["Attention to detail", "Sense of deadlines", "Tact", "Creativity", "Team spirit"]
E = exp(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-12-16", sal(5947.33, "EUR"), GRADE,
        CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps([(c, "") for c in COMP])})
WE_OFFER = [
    "A three-year contract under the NATO Civilian Personnel Regulations",
    "Tax-free salary, expatriation and household allowances according to eligibility",
    "30 days of annual leave and flexible working hours",
]


def build():
    expected(KEY, E)
    num = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(ESS))
    bul = lambda xs: "\n".join(f"- {x}" for x in xs)
    out(f"{KEY}-japcc.md", f"""---
title: "{TITLE}"
source: "https://www.japcc.example/careers/{KEY.lower()}"
clipped: 2039-11-21
---

[Skip to content](#main)

[Home](https://www.japcc.example/) | [About](https://www.japcc.example/about) | [Publications](https://www.japcc.example/publications) | [Conference](https://www.japcc.example/conference) | **Careers** | [Contact](https://www.japcc.example/contact)

[Home](https://www.japcc.example/) › [Careers](https://www.japcc.example/careers) › {TITLE}

# {TITLE}

*Published 15 November 2039*

|  |  |
|---|---|
| **Vacancy** | {KEY} |
| **Employer** | {ORG} |
| **Location** | {LOC} |
| **Schedule** | {SCH} |
| **NATO Grade** | {GRADE} |
| **Security clearance** | {CLR} |
| **Salary** | 5,947.33 EUR per month (tax free) |
| **Closing date** | 16 December 2039, 23:59 CET |

{INTRO}

## Your tasks

{bul(TASKS)}

## Requirements

### Essential

{num}

### Desirable

{bul(DES)}

## Competencies

{bul(COMP)}

## We offer

{bul(WE_OFFER)}

## How to apply

Send the NATO application form, a cover letter and two writing samples to careers@japcc.example, quoting {KEY}. Interviews with a short editing test are planned in Kalkar in January 2040.

---

*Latest news: JAPCC Conference 2039 proceedings published (10 November 2039) · Call for articles, journal edition 41, open until 31 January 2040*

© JAPCC · [Imprint](https://www.japcc.example/imprint) · [Privacy](https://www.japcc.example/privacy)
""", KEY)

    dot = lambda xs: "\n".join(f"• {x}" for x in xs)
    out(f"{KEY}-stepstone.txt", f"""
jobportal-de.example   Jobs finden   Unternehmen   Gehalt   Anmelden
Startseite > Jobs > Redaktion > Kalkar

{TITLE}
{ORG}
Kalkar · Befristet · Vollzeit · vor 6 Tagen
5.947,33 € / Monat (steuerfrei)
Jetzt bewerben     Merken

Jobdetails
Vacancy: {KEY}
Employer: {ORG}
Location: {LOC}
Schedule: {SCH}
NATO Grade: {GRADE}
Security clearance: {CLR}
Closing date: 16.12.2039

{INTRO}

Your tasks
{dot(TASKS)}

Requirements
Essential
{dot(ESS)}
Desirable
{dot(DES)}

Competencies: {", ".join(COMP)}

We offer
{dot(WE_OFFER)}

How to apply: NATO application form, cover letter and two writing samples to careers@japcc.example, quoting {KEY}.

Ähnliche Jobs
Redakteur (m/w/d) Fachzeitschrift · Kleve · 3.900 € – 4.500 € · bis 20.12.2039
Lektor Englisch (m/w/d) · Düsseldorf · 48.000 € – 56.000 € jährlich · bis 08.12.2039

Impressum   Datenschutz   AGB
""", KEY)
