"""N7: NATO EOD Centre of Excellence, Trenčín (en). The Centre's careers page clipped to
Markdown, and a Slovak job board copy."""
from common import write, expected, sal

REF = "EODCOE-CIV-2039-02"
TITLE = "Lessons Learned Database Assistant"
ORG = "NATO Explosive Ordnance Disposal Centre of Excellence (EOD COE)"
LOC = "Trenčín, Slovakia"
SCH = "Full-time (37.5 hours per week)"
CLR = "NATO SECRET"
SALARY = "EUR 2,046 gross per month"
DEADLINE = "17 May 2039, 12:00 (CEST)"
ESS = [
    "Secondary education completed with a school-leaving examination",
    "At least two years of experience in document management, a library or a database environment",
    "Very good command of Microsoft Office and experience with SharePoint or a similar platform",
    "English at SLP 3333 and Slovak or Czech at native level",
    "Slovak citizenship and eligibility for a NATO SECRET clearance",
]
DES = [
    "Experience in the armed forces or a defence institution",
    "Basic knowledge of EOD or ammunition terminology",
    "Knowledge of the NATO Lessons Learned process",
]
COMP = ["Accuracy", "Discretion", "Service orientation", "Ability to work in an international team"]
ABOUT = ("The NATO EOD Centre of Excellence in Trenčín supports NATO and its partners in explosive ordnance "
         "disposal through doctrine development, education and training, and the collection of lessons learned. "
         "Its Lessons Learned Branch runs a database of observations from operations, exercises and courses, "
         "which EOD specialists from many nations consult before they deploy.")
TASKS = [
    "Enter, check and classify new observations and lessons in the database",
    "Remove duplicates and keep the keywords and categories consistent",
    "Prepare monthly statistics and short summaries for the Branch Chief",
    "Support the annual Lessons Learned Workshop with registrations and documents",
    "Answer requests from users and manage their access rights",
]
OFFER = [
    "Employment contract with the Slovak Ministry of Defence, initially for two years",
    "Meal vouchers and five extra days of leave",
    "Training in NATO Lessons Learned tools",
]


def md():
    num = lambda xs: "\n".join(f"{i + 1}. {x}" for i, x in enumerate(xs))
    star = lambda xs: "\n".join(f"* {x}" for x in xs)
    return f"""---
title: "{TITLE} – EOD COE"
source: https://eodcoe.example/en/careers/{REF.lower()}
clipped: 2039-04-23
---

[Skip to content](#content)

SK · EN

[Home](/) | [About](/about) | [Education & Training](/training) | [Lessons Learned](/ll) | [News](/news) | [Careers](/careers)

[Home](/) › [Careers](/careers) › {TITLE}

# {TITLE}

*Published 22 April 2039*

| | |
|---|---|
| **Vacancy reference** | {REF} |
| **Position** | {TITLE} |
| **Employer** | {ORG} |
| **Place of work** | {LOC} |
| **Working time** | {SCH} |
| **Security clearance** | {CLR} |
| **Salary** | {SALARY} |
| **Application deadline** | {DEADLINE} |

## About us

{ABOUT}

## Your tasks

{star(TASKS)}

## Requirements

### Essential

{num(ESS)}

### Desirable

{star(DES)}

## Competencies

{star(COMP)}

## We offer

{star(OFFER)}

## How to apply

Send your CV and a cover letter in English to recruitment@eodcoe.example by the deadline, quoting {REF}. Interviews are planned for the first half of June 2039.

---

**Latest news:** EOD Staff Officer Course closes with 24 graduates (14.04.2039) · Call for speakers, Lessons Learned Workshop (deadline 30.05.2039)

© NATO EOD COE · Trenčín · [Privacy](/privacy)
"""


def board():
    dot = lambda xs: "\n".join(f"• {x}" for x in xs)
    return f"""prácapreteba.example
Ponuky práce   Firmy   Platy   Pre zamestnávateľov   Prihlásiť sa
Ponuky práce > Administratíva > Trenčín

{TITLE}
{ORG}
Trenčín · plný úväzok · pridané 23.04.2039
Reagovať na ponuku   Uložiť

Informácie o pracovnom mieste
Position: {TITLE}
Employer: {ORG}
Place of work: {LOC}
Working time: {SCH}
Security clearance: {CLR}
Salary: {SALARY}
Application deadline: {DEADLINE}
Vacancy reference: {REF}

Náplň práce, právomoci a zodpovednosti
{ABOUT}
{dot(TASKS)}

Požiadavky na zamestnanca
Essential
{dot(ESS)}
Desirable
{dot(DES)}
Competencies: {", ".join(COMP)}

Zamestnanecké výhody, benefity
{dot(OFFER)}

Mzdové podmienky (brutto)
2 046 EUR/mesiac

Informácie o výberovom konaní
Send your CV and a cover letter in English to recruitment@eodcoe.example by the deadline, quoting {REF}.

Podobné ponuky
Administratívny pracovník · Trenčín · od 1 350 EUR/mesiac · do 31.05.2039
Dokumentarista · Nové Mesto nad Váhom · od 1 500 EUR/mesiac · do 20.05.2039

© prácapreteba · Ochrana osobných údajov
"""


def build():
    write(f"{REF}-coe.md", md(), REF)
    write(f"{REF}-board.txt", board(), REF)
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-05-17",
             sal(2046, "EUR"), None, CLR, {"en": {"essential": ESS, "desirable": DES}},
             {"en": [(c, "") for c in COMP]})
