"""World Maritime University (Malmö) internship with a monthly stipend: site page in Markdown and a student career-portal copy."""
from common import *

KEY = "wmu-int-2042-06"
REF = "WMU/INT/2042/06"
TITLE = "Research Intern – Maritime Energy Transition"
ORG = "World Maritime University"
LOC = "Malmö, Sweden"
ABOUT = ("The World Maritime University was founded in 1983 within the framework of the International Maritime "
         "Organization. Its research centres study how shipping and ports can reduce their emissions while "
         "remaining competitive and safe.")
ROLE = ("The intern will join the maritime energy research group for six months and support a study on the cost of "
        "alternative fuels for short-sea shipping in the Baltic and North Sea regions.")
TASKS = ["Collect and clean data on fuel prices, bunkering infrastructure and vessel characteristics.",
         "Run simple cost comparisons under the supervision of a senior researcher.",
         "Summarise recent literature and policy documents.",
         "Help organize a stakeholder webinar in May 2043."]
ESS = ["be enrolled in, or have graduated within the last twelve months from, a Master's or PhD programme in maritime affairs, energy, engineering, economics or a related field;",
       "have a good command of quantitative methods and of spreadsheet or statistical software;",
       "have excellent written and spoken English;",
       "be available full-time from 1 February to 31 July 2043."]
PREF = ["Knowledge of IMO instruments on greenhouse gas emissions from ships.",
        "Experience with ship energy-efficiency data or alternative fuels.",
        "Knowledge of a second official language of the United Nations."]
STIPEND = "SEK 10,500 per month"


def render():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2042-12-17",
             schedule={"en": "Full-time"}, salary=sal(10500, cur="SEK", period="month"),
             req={"en": (ESS, PREF)}, comp={"en": []})
    md = f"""[Home](/) · [Education](/education) · [Research](/research) · [About WMU](/about) · [Vacancies](/vacancies) · [Contact](/contact)

Home › About WMU › Vacancies › Internships

# {TITLE}

*Published 26 November 2042 · Research*

- **Reference:** {REF}
- **Organisation:** {ORG}
- **Location:** {LOC}
- **Working hours:** Full-time
- **Duration:** 6 months (1 February – 31 July 2043)
- **Stipend:** {STIPEND}
- **Application deadline:** 17 December 2042, 23:59 CET

## About us

{ABOUT}

## The internship

{ROLE}

Main tasks:

{chr(10).join('- ' + t for t in TASKS)}

## Who can apply

Applicants must:

{chr(10).join(f'{i}. {t}' for i, t in enumerate(ESS, 1))}

Preferred:

{chr(10).join('* ' + t for t in PREF)}

## Conditions

The stipend is meant to cover living costs in Malmö; travel to Sweden and visa costs are not covered. Interns are responsible for their own health and accident insurance. Interviews will be held online on 12 and 13 January 2043.

> "Our interns work on live research questions, not on side projects." — Head of the maritime energy research group

Send your CV, a motivation letter and a transcript to internships@wmu.example, quoting {REF}.

---

© 2042 World Maritime University · Fiskehamnsgatan, Malmö · [Privacy](/privacy)
"""
    write(KEY + "-wmu.md", md, KEY)

    board = f"""Karriärportalen | Jobb & praktik | Evenemang | Logga in | English
Start > Jobb & praktik > Praktik

{TITLE}

{ORG}MalmöPraktik / InternshipHeltid6 månaderSista ansökningsdag 2042-12-17Publicerad 2 dagar sedan

Spara annons   Dela

Key facts
Employer
{ORG}
Location
{LOC}
Extent
Full-time
Stipend
{STIPEND}
Reference
{REF}
Last day to apply
17 December 2042

Description
{ABOUT} {ROLE}

Tasks
> {chr(10).join(t for t in TASKS)}

Requirements
Applicants must:
{chr(10).join(ESS)}

Meriting
{chr(10).join('- ' + t for t in PREF)}

Liknande annonser
Trainee, Port Sustainability – Copenhagen Malmö Port – sista dag 2043-01-10
Master's thesis student, Ship Emissions – Chalmers – sista dag 2042-12-31

Karriärportalen is a service for students and alumni. The employer is responsible for the content of the advertisement.
"""
    write(KEY + "-careerportal.txt", board, KEY)
