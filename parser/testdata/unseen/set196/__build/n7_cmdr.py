"""304713 - Crisis Management and Disaster Response COE, Sofia (EN): web-clipper Markdown and a job board copy."""
from common import write, expected, sal, bi

REF = "304713"
TITLE = "Exercise Planning Specialist (Disaster Response)"
ORG = "Crisis Management and Disaster Response Centre of Excellence (CMDR COE)"
ESS = [
    "Master's degree in crisis management, civil protection, security studies or a related field;",
    "At least 4 years of experience in planning or evaluating civil protection, emergency or military exercises;",
    "Experience in writing exercise scenarios, injects and evaluation reports;",
    "Ability to travel for up to 40 working days a year;",
    "English at NATO STANAG 6001 level 3333 or an equivalent certificate;",
    "Eligibility for a NATO SECRET security clearance.",
]
DES = [
    "Experience with the EU Civil Protection Mechanism or UN disaster assessment teams;",
    "Completion of a NATO exercise planning course;",
    "Knowledge of a second NATO language.",
]
E = dict(reference=REF, post_number=None, languages=["en"], title=bi(TITLE), organisation=bi(ORG),
         location=bi("Sofia, Bulgaria"), schedule=bi("Full-time"), deadline="2034-02-23",
         salary=sal(None, 2470, 2890), grade=None, clearance="NATO SECRET",
         requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
         competencies={"en": [], "fr": None})


def md():
    ess = "\n".join("- " + i for i in ESS)
    des = "\n".join("- " + i for i in DES)
    return f"""---
title: "Vacancy: {TITLE} – CMDR COE"
source: https://cmdrcoe.example/vacancies/{REF}
clipped: 2034-01-18
---

[Skip to content](#content)

[![CMDR COE](logo.png)](/)

* [Home](/)
* [About](/about)
* [Courses](/courses)
* [Events](/events)
* [Vacancies](/vacancies)
* [Contact](/contact)

[Home](/) » [Vacancies](/vacancies) » {TITLE}

# {TITLE}

*Posted on 11 January 2034 by CMDR COE Public Affairs*

The Crisis Management and Disaster Response Centre of Excellence supports NATO, partner nations and other organisations with education, training, exercises and lessons learned in crisis management and disaster response. The Centre is looking for a civilian specialist to join its Exercises and Training Branch.

| | |
|---|---|
| **Reference** | {REF} |
| **Position** | {TITLE} |
| **Employer** | {ORG} |
| **Branch** | Exercises and Training |
| **Place of work** | Sofia, Bulgaria |
| **Employment** | Full-time |
| **Contract** | Bulgarian labour contract, 2 years with possible extension |
| **Security clearance** | NATO SECRET |
| **Salary** | EUR 2,470–2,890 gross per month, depending on experience |
| **Closing date** | 23 February 2034, 17:00 (EET) |

## What you will do

1. Plan the Centre's contribution to NATO and national exercises with a disaster response component.
2. Draft scenarios, main events lists and injects together with the training audience.
3. Coordinate observers and evaluators during the execution phase.
4. Write the final exercise reports and feed the findings into the Centre's lessons learned process.
5. Support the Centre's courses as a lecturer on exercise design.

## Your profile

### Requirements

{ess}

### Would be an asset

{des}

## What we offer

A multinational team of around sixty staff from the sponsoring nations, a salary of EUR 2,470–2,890 gross per month, 25 days of annual leave and regular training in NATO schools.

## How to apply

Send a motivation letter, a CV in the Europass format and copies of your diplomas to vacancies@cmdrcoe.example with the reference {REF} in the subject line. Only shortlisted candidates will be invited to an interview in Sofia in the first half of March 2034.

Share: [Facebook](#) · [LinkedIn](#) · [X](#)

### Related posts

* [CMDR COE hosts the Annual Disaster Response Conference](/news/adrc-2033) – 14 November 2033
* [Vacancy: Finance Assistant](/vacancies/304602) – closed 30 November 2033

© 2034 CMDR COE · [Privacy](/privacy)
"""


def board():
    ess = "\n".join("✓ " + i for i in ESS)
    des = "\n".join("✓ " + i for i in DES)
    return f"""DefenceCareers Europe
Find jobs   Employers   Career advice   For recruiters   Log in
Jobs > Bulgaria > Sofia > {TITLE}

{TITLE}
CMDR COESofia, BulgariaPosted 5 days ago
Full-timeContract2,470–2,890 EUR gross/monthSecurity clearance

Apply now  Save

OverviewReference{REF}Employer{ORG}Place of workSofia, BulgariaEmploymentFull-timeSecurity clearanceNATO SECRETSalaryEUR 2,470–2,890 gross per monthClosing date23 February 2034, 17:00 (EET)

About the roleThe Crisis Management and Disaster Response Centre of Excellence is looking for a civilian specialist for its Exercises and Training Branch. You will plan the Centre's contribution to exercises with a disaster response component, draft scenarios and injects, coordinate observers and evaluators and write the final exercise reports.

Requirements{ess[2:]}
Would be an asset
{des}

What we offerA multinational team, 25 days of annual leave, training in NATO schools.

Board job ID: DCE-90311  |  Source: employer's website

Similar jobs
Civil Protection Trainer - Bucharest, Romania - 1,900–2,300 EUR - Apply by 02/03/2034
Emergency Planning Officer - Skopje, North Macedonia - Apply by 19/02/2034

Set up a job alert for "exercise planning"

© DefenceCareers Europe
"""


def build():
    expected(E)
    write(f"{REF}-cmdrcoe.md", md(), REF)
    write(f"{REF}-jobboard.txt", board(), REF)
