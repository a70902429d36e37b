from common import *
KEY = "507583"
TITLE = "Senior Technician (Deployable Communications) - CIS Support Unit Brunssum"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Netherlands-Brunssum"
SCH = "Full-time"
DUTIES = [
 "Install, configure and test deployable satellite and line-of-sight communication terminals;",
 "Carry out first and second line maintenance and keep the equipment logbooks up to date;",
 "Deploy with the unit's teams to exercises and operations, for up to 90 days a year;",
 "Train headquarters staff in the basic operation of deployable communications kits;",
 "Report faults and configuration changes in the Agency's service management tool.",
]
ESS = [
 "Vocational or technical qualification in telecommunications or electronics;",
 "At least five years of experience in the operation and maintenance of satellite or radio communication systems;",
 "Experience of deploying equipment in the field, including in austere conditions;",
 "A valid driving licence (category B);",
 "Proficiency in English at SLP 3332.",
]
DES = [
 "Certification in IP networking;",
 "Experience of NATO deployable CIS;",
 "Knowledge of Dutch or German.",
]
COMP = [("Customer Focus", "Keeps users informed and solves their problems quickly."),
        ("Technical Expertise", "Applies sound engineering practice to every task."),
        ("Resilience", "Stays effective during long deployments and under pressure."),
        ("Teamwork", "Supports colleagues and shares knowledge freely.")]
SUMMARY = ("The NATO Communications and Information Agency delivers secure, coherent and interoperable communications and information services to NATO. "
           "The CIS Support Unit Brunssum provides these services to Allied Joint Force Command Brunssum and deploys communication modules in support of its exercises and operations.")
ROLE = "The Senior Technician operates and maintains deployable satellite and line-of-sight communication equipment, and leads small technical teams during deployments."
TERMS = ("The successful candidate will be offered a three year definite duration contract. The basic monthly salary is 5,107.92 Euro, tax free. "
         "The post requires a NATO SECRET security clearance; the selected candidate must be able to obtain it before appointment. "
         "Applications must be submitted by 13 April 2042 at 23:59 (CEST). Interviews and a practical test are planned in Brunssum in the week of 5 May 2042.")

def build():
    expected(KEY, langs=["en"], title=L(TITLE), org=L(ORG), loc=L(LOC), sched=L(SCH),
             deadline="2042-04-13", salary=sal(5107.92), grade="G10", clearance="NS",
             req={"en": {"essential": ESS, "desirable": DES}, "fr": None}, comps={"en": comp(COMP), "fr": None})
    md = f"""---
title: "{TITLE}"
source: https://careers.ncia.nato.example/job/{KEY}
clipped: 2042-03-24
---

[Skip to content](#main)

**NCIA** · [About](#) · [Careers](#) · [Vacancies](#) · [Contact](#)

[Careers](#) › [Vacancies](#) › {KEY}

# {TITLE}

*Job Number {KEY} · Posted 21-Mar-2042*

| | |
|---|---|
| **NATO Body** | {ORG} |
| **Primary Location** | {LOC} |
| **Schedule** | {SCH} |
| **NATO Grade** | G10 |
| **Clearance Level** | NS |
| **Salary (Pay Basis)** | 5,107.92 Euro (EUR) Monthly |
| **Application Deadline** | 13-Apr-2042, 11:59:00 PM (CEST) |

## Summary

{SUMMARY}

## Role

{ROLE}

The incumbent will:

{bullets(DUTIES, '- ')}

## Essential Qualifications / Experience

{bullets(ESS, '- ')}

## Desirable Qualifications / Experience

{bullets(DES, '- ')}

## Attributes/Competencies

{comps_lines(COMP, mark='- ').replace('- ', '- **', 1) if False else chr(10).join(f'- **{n}:** {d}' for n, d in COMP)}

## Terms and Conditions

{TERMS}

[Apply now](#)

---

### Similar vacancies

- Technician (Network Operations), Mons, deadline 16-Apr-2042
- Senior Assistant (Service Desk), Brunssum, deadline 27-Apr-2042

© NCIA · Privacy · Cookies
"""
    write(f"{KEY}-ncia.md", md, KEY)

    board = f"""Nationale Vacaturesite   Vacatures   Bedrijven   Carrièretips   Inloggen

Home > Vacatures > ICT > Brunssum

{TITLE}
NATO Communications and Information AgencyBrunssum, Limburg3 dagen geleden geplaatst
FulltimeTijdelijk contractMbo / Hbo€ 5.107,92 per maand
Solliciteer direct   Bewaar vacature

Over deze vacature
Vacaturenummer{KEY}Sluitingsdatum13-04-2042Dienstverband36 maandenWerkdenkniveauMbo

Vacatureomschrijving
Job Number: {KEY}
NATO Body: {ORG}
Primary Location: {LOC}
Schedule: {SCH}
NATO Grade: G10
Clearance Level: NS
Salary (Pay Basis): 5,107.92 Euro (EUR) Monthly
Application Deadline: 13-Apr-2042, 11:59:00 PM (CEST)

Summary
{SUMMARY}

Role
{ROLE}
The incumbent will:
{bullets(DUTIES, '')}

Essential Qualifications / Experience
{bullets(ESS, '')}

Desirable Qualifications / Experience
{bullets(DES, '')}

Attributes/Competencies
{comps_lines(COMP)}

Terms and Conditions
{TERMS}

Vergelijkbare vacatures
Storingsmonteur telecom - Heerlen - € 3.100 - € 3.900 per maand - sluit 30-04-2042
Satcom engineer - Maastricht Aachen Airport - € 4.200 per maand
Servicetechnicus radio - Sittard - € 2.900 - € 3.500 per maand

Meld deze vacature   Privacy   Cookies
"""
    write(f"{KEY}-vacaturesite.txt", board, KEY)
