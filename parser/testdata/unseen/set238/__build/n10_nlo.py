"""NLO-GEO-LE-2037-02 - NATO Liaison Office Georgia, Tbilisi (EN): Office page as Markdown, Georgian board copy."""
from common import *

REF = "NLO-GEO-LE-2037-02"
TITLE = "Finance and Administration Assistant"
ORG = "NATO Liaison Office Georgia"
LOC = "Tbilisi, Georgia"
ESS = [
    "Bachelor's degree in finance, accounting, economics or business administration",
    "Minimum three years of experience in accounting or financial administration, including payments and bank reconciliations",
    "Experience in procurement of goods and services under competitive rules",
    "Very good knowledge of Excel and of an accounting software package",
    "Fluency in Georgian and English (spoken and written)",
]
DES = [
    "Experience with an international organisation or a donor-funded project",
    "Knowledge of Georgian tax and labour legislation",
    "Knowledge of Russian",
]
COMP = [
    ("Accuracy", "keeps precise records and checks figures before submission."),
    ("Integrity", "handles funds and confidential information according to the rules."),
    ("Client orientation", "supports visitors and colleagues politely and efficiently."),
]
DUTIES = [
    "Process payments, petty cash and bank transactions, and keep the accounting records",
    "Prepare monthly financial reports and support the annual budget preparation",
    "Run small procurements, request quotations and follow up contracts with local suppliers",
    "Manage office supplies, inventory and vehicle fuel records",
    "Support the organisation of visits, seminars and conferences",
]


def build():
    expected(REF, reference=REF, post_number=None, languages=["en"],
             title={"en": TITLE, "fr": None}, organisation={"en": ORG, "fr": None},
             location={"en": LOC, "fr": None}, schedule={"en": "Full-time", "fr": None},
             deadline="2037-08-27", salary=sal(3940, cur="GEL"), grade="LE-5", clearance="NATO CONFIDENTIAL",
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": comps(COMP), "fr": None})

    md = f"""[Skip to main content](#content)

**NATO Liaison Office Georgia** · ნატოს საკონტაქტო ბიურო საქართველოში
[KA](https://nlo-georgia.example/ka) | **EN**

* [Home](https://nlo-georgia.example/)
* [About the Office](https://nlo-georgia.example/about)
* [NATO and Georgia](https://nlo-georgia.example/nato-georgia)
* [News](https://nlo-georgia.example/news)
* [Vacancies](https://nlo-georgia.example/vacancies)
* [Contact](https://nlo-georgia.example/contact)

[Home](https://nlo-georgia.example/) / [Vacancies](https://nlo-georgia.example/vacancies) / {TITLE}

# Vacancy: {TITLE}

Posted on 21.07.2037

**Vacancy number:** {REF}\\
**Organization:** {ORG}\\
**Duty station:** {LOC}\\
**Grade:** LE-5 (locally employed staff)\\
**Type of employment:** Full-time\\
**Salary:** GEL 3,940 gross per month\\
**Security clearance:** NATO CONFIDENTIAL\\
**Deadline for applications:** 27 August 2037, 17:00 (Tbilisi time)

## About the Office

The NATO Liaison Office in Tbilisi supports Georgia's cooperation with NATO, including the Substantial NATO-Georgia Package, and informs the Georgian public about the Alliance. The Office has a small team of international and local staff.

## Duties and responsibilities

{lines(DUTIES, "- ")}

## Qualifications

### Required

{lines(ESS, "- ")}

### Desirable

{lines(DES, "- ")}

## Competencies

{lines([f"**{n}:** {d}" for n, d in COMP], "- ")}

## What we offer

- One-year contract, renewable, under Georgian law
- Medical insurance and 24 working days of annual leave
- A professional international working environment

## How to apply

Send a CV and a cover letter in English to **vacancies@nlo-georgia.example**. Only shortlisted candidates will be contacted for a written test and an interview in September 2037.

Share: [Facebook](https://facebook.com/) · [X](https://x.com/) · [LinkedIn](https://linkedin.com/)

---

### Latest news

* NATO Week at Tbilisi State University – 12.07.2037
* Liaison Office hosts civil emergency planning seminar – 02.07.2037
* Closed vacancy: Public Affairs Assistant (deadline 30.06.2037)

© 2037 NATO Liaison Office Georgia
"""
    write(f"{REF}-nlo.md", md, REF)

    board = f"""JobsTbilisi.example
ვაკანსიები   კომპანიები   რეზიუმე   შესვლა
Vacancies › Finance › {TITLE}
{TITLE}
{ORG}
Published: 22 Jul   Deadline: 27 Aug
Location: Tbilisi
Apply   Save   ⚑ Report
---------------------------------------------
Vacancy number: {REF}
Organization: {ORG}
Duty station: {LOC}
Grade: LE-5 (locally employed staff)
Type of employment: Full-time
Salary: GEL 3,940 gross per month
Security clearance: NATO CONFIDENTIAL
Deadline for applications: 27 August 2037, 17:00 (Tbilisi time)
Duties and responsibilities:
{lines(DUTIES, "● ")}
Required:
{lines(ESS, "● ")}
Desirable:
{lines(DES, "● ")}
Competencies:
{lines([f"{n}: {d}" for n, d in COMP], "● ")}
Send a CV and a cover letter in English to vacancies@nlo-georgia.example.
---------------------------------------------
Views: 1 214
Similar vacancies
Accountant – Bank of the region – Tbilisi – 2,800 - 3,300 GEL – until 05 Aug
Procurement Officer – EU-funded project – Tbilisi – 4,100 GEL – until 31 Aug
"""
    write(f"{REF}-jobboard.txt", board, REF)
