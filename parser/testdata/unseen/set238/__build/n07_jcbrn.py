"""JCBRN-COE-CIV-2037-03 - JCBRN Defence COE, Vyškov (EN): careers page clipped to Markdown, Facebook group copy."""
from common import *

REF = "JCBRN-COE-CIV-2037-03"
TITLE = "Assistant (Training Records and Student Administration)"
ORG = "Joint Chemical, Biological, Radiological and Nuclear Defence Centre of Excellence (JCBRN Defence COE)"
LOC = "Vyškov, Czech Republic"
SCHED = "Full-time (40 hours per week)"
ESS = [
    "Completed secondary education with school-leaving examination (maturita) or equivalent",
    "At least two years of experience in administration, preferably in training or education",
    "Very good command of MS Office, in particular Word, Excel and Outlook",
    "English at NATO SLP 3232 or equivalent (B2)",
    "Czech citizenship and eligibility for a NATO SECRET security clearance",
]
DES = [
    "Experience with a learning management system or a student database",
    "Experience of working in a military or multinational environment",
    "Knowledge of German or French",
]
COMP = ["Accuracy", "Discretion", "Service orientation", "Teamwork", "Time management"]
TASKS = [
    "Registers course participants and keeps the student records of all resident and mobile courses",
    "Prepares joining instructions, certificates and course reports",
    "Arranges accommodation, transport and access passes for students and guest lecturers",
    "Maintains the course catalogue on the Centre's website and in the NATO training systems",
    "Supports the course directors during course weeks",
]


def build():
    expected(REF, reference=REF, post_number=None, languages=["en"],
             title={"en": TITLE, "fr": None}, organisation={"en": ORG, "fr": None},
             location={"en": LOC, "fr": None}, schedule={"en": SCHED, "fr": None},
             deadline="2037-08-17", salary=sal(48700, cur="CZK"), grade=None, clearance="NATO SECRET",
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": comps([(c, "") for c in COMP]), "fr": None})

    md = f"""---
title: "{TITLE} | JCBRN Defence COE"
source: https://www.jcbrncoe.example/careers/{REF.lower()}
clipped: 2037-07-17
---

[Skip to content](#main)

[Home](https://www.jcbrncoe.example/) | [About us](https://www.jcbrncoe.example/about) | [Courses](https://www.jcbrncoe.example/courses) | [Careers](https://www.jcbrncoe.example/careers) | [Contact](https://www.jcbrncoe.example/contact)

Home » Careers » {TITLE}

# {TITLE}

*Published 16 July 2037*

| | |
|---|---|
| **Vacancy number** | {REF} |
| **Organization** | {ORG} |
| **Place of work** | {LOC} |
| **Working time** | {SCHED} |
| **Monthly salary** | CZK 48,700 gross per month (plus performance bonus) |
| **Security clearance** | NATO SECRET |
| **Application deadline** | 17 August 2037, 12:00 (CEST) |

## About the Centre

The JCBRN Defence COE in Vyškov supports NATO, its member states and partners in chemical, biological, radiological and nuclear defence through education and training, concept development and lessons learned. Around 80 staff from 14 nations work at the Centre. The civilian staff are employees of the Czech Ministry of Defence assigned to the Centre.

## Your tasks

{lines(TASKS, "* ")}

## Requirements

### Essential

{lines(ESS, "1. ")}

### Desirable

{lines(DES, "* ")}

## Competencies

{lines(COMP, "* ")}

## We offer

* Contract of indefinite duration after a probation period of three months
* 25 days of annual leave plus 5 days of additional leave
* Meal vouchers and contributions to pension insurance
* Work in an international team

## How to apply

Send your CV in English and a cover letter to **hr@jcbrncoe.example**, quoting the vacancy number. Selected candidates will be invited to an interview in the last week of August 2037.

[Share on LinkedIn](https://www.linkedin.com/) · [Print](#)

---

Latest news: *CBRN Defence Course graduation – 9 July 2037* · *Annual Conference registration open until 30 September 2037*

© 2037 JCBRN Defence COE · [Privacy](https://www.jcbrncoe.example/privacy)
"""
    write(f"{REF}-coe.md", md, REF)

    fb = f"""facebook
Vyškov & Around – Jobs and Opportunities
Public group · 6.2K members

Martina Horáková
16 July at 14:22 · 🌍

Job at the CBRN COE in the barracks 👇 they need someone with good English. Posting the whole text from their website:

{TITLE}

Vacancy number: {REF}
Organization: {ORG}
Place of work: {LOC}
Working time: {SCHED}
Monthly salary: CZK 48,700 gross per month (plus performance bonus)
Security clearance: NATO SECRET
Application deadline: 17 August 2037, 12:00 (CEST)

Your tasks:
{lines(TASKS, "✔️ ")}

Requirements – Essential:
{lines(ESS, "✔️ ")}
Desirable:
{lines(DES, "➕ ")}

Competencies:
{lines(COMP, "🔹 ")}

CV in English + cover letter to hr@jcbrncoe.example

👍❤️ 37    14 comments    6 shares

Like   Comment   Share

Most relevant ▾
Pavel Dvořák
Is that salary before tax? My cousin had a similar job there and got around 41 000 net.
Like · Reply · 2d

Martina Horáková
Pavel Dvořák yes it says gross. Deadline is the 17th, at noon!
Like · Reply · 2d

Lenka S.
Do they need Czech citizenship? 🤔
Like · Reply · 1d
   Martina Horáková
   Lenka S. yes, it's in the requirements.
   Like · Reply · 1d

Write a comment…
"""
    write(f"{REF}-facebook.txt", fb, REF)
