from common import *

KEY = "CSW-COE-PERS-2038-02"
TITLE = "Assistant (Library and Knowledge Management)"
ORG = "Centre of Excellence for Operations in Confined and Shallow Waters (COE CSW)"
LOC = "Kiel, Germany"
SCH = "Full-time (39 hours per week)"
GRADE = "TVöD E 9a"
CLR = "NATO SECRET"
ESS = [
    "Completed vocational training or a bachelor's degree in library science, information management or documentation",
    "At least three years of experience in a library, archive or document management unit",
    "Experience with a library management system and with cataloguing rules",
    "Very good English (NATO SLP 3333 or CEFR C1) and German",
    "Willingness to undergo a security clearance procedure up to NATO SECRET",
]
DES = [
    "Experience with SharePoint or a comparable document management platform",
    "Knowledge of naval or maritime terminology",
    "Knowledge of a third language of a NATO member nation",
]
COMP = [("Accuracy", ""), ("Customer focus", ""), ("Reliability", ""), ("Intercultural competence", ""),
        ("Self-organisation", "")]
INTRO = ("The COE CSW is a multinational military organisation hosted by Germany in Kiel. It supports the Alliance "
         "in all questions of naval operations in coastal waters, harbours and narrow straits. Its library and "
         "knowledge management cell collects studies, lessons identified and doctrine and makes them available to "
         "the staff and to partner organisations.")
TASKS = [
    "Cataloguing and indexing of books, studies and electronic documents",
    "Running the Centre's document management system and its access rights",
    "Research for staff officers and preparation of literature lists",
    "Handling of classified documents in cooperation with the registry",
    "Support to conferences, including participants' documentation",
]


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2038-03-17",
             (3874, None, None, "EUR", "month"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
    md = f"""---
title: "{TITLE}"
source: https://coecsw.example/careers/{KEY.lower()}
clipped: 2038-02-12
---

[Skip to content](#content)

[Home](https://coecsw.example/) | [About us](https://coecsw.example/about) | [Projects](https://coecsw.example/projects) | [Careers](https://coecsw.example/careers) | [Contact](https://coecsw.example/contact)

Home » Careers » {TITLE}

# {TITLE}

*Published 10 February 2038*

| | |
|---|---|
| **Reference** | {KEY} |
| **Employer** | {ORG} |
| **Place of work** | {LOC} |
| **Working time** | {SCH} |
| **Pay group** | {GRADE} |
| **Monthly salary** | approx. EUR 3,874 gross, depending on experience level |
| **Security clearance** | {CLR} |
| **Closing date** | 17 March 2038 |

{INTRO}

## Your tasks

{lines(TASKS, '- ')}

## Requirements

### Essential

{chr(10).join(f'{i + 1}. {x}' for i, x in enumerate(ESS))}

### Desirable

{chr(10).join(f'{i + 1}. {x}' for i, x in enumerate(DES))}

## Competencies

{lines([n for n, _ in COMP], '- ')}

## We offer

- A permanent position in the German civil service, employment by the Federal Armed Forces Administration
- Flexible working hours and the possibility of part-time work after the probation period
- Job ticket and company sports

Please send your application with CV and certificates, quoting {KEY}, by 17 March 2038 to the Federal Armed Forces
Service Centre Kiel (bewerbung@bw-dlz.example). Interviews will take place at the beginning of April.

---

**Latest news:** Harbour Protection Conference 2038 - registration open until 26 March 2038 · Annual report 2037 published
"""
    write(f"{KEY}-coe.md", md, KEY)

    xing = f"""XING   Jobs   Unternehmen   Events        Anmelden   Registrieren

{TITLE}
COE CSW - Centre of Excellence for Operations in Confined and Shallow Waters
Kiel · Festanstellung · Vollzeit · vor 5 Tagen veröffentlicht
3.874 € Gehalt (brutto/Monat, laut Arbeitgeber)

Jetzt bewerben   Merken

Jobdetails
Reference: {KEY}
Employer: {ORG}
Place of work: {LOC}
Working time: {SCH}
Pay group: {GRADE}
Monthly salary: approx. EUR 3,874 gross, depending on experience level
Security clearance: {CLR}
Closing date: 17 March 2038

{INTRO}

Your tasks
{lines(TASKS, '• ')}

Requirements
Essential
{lines(ESS, '• ')}
Desirable
{lines(DES, '• ')}

Competencies
{', '.join(n for n, _ in COMP)}

We offer
• A permanent position in the German civil service
• Flexible working hours, job ticket and company sports

Ähnliche Jobs
Bibliothekar (m/w/d) · Christian-Albrechts-Universität · Kiel · 3.500 € - 4.200 € · bis 31.03.2038
Dokumentar (m/w/d) · Marinearsenal · Kiel · Bewerbungsfrist 08.03.2038
"""
    write(f"{KEY}-xing.txt", xing, KEY)
