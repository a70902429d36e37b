from common import *

KEY = "ipk-hr-2041-027"
REF = "IPK-HR-2041-027"
T = "Field Research Assistant – Vector Surveillance"
O = "Institut Pasteur du Cambodge"
L = "Phnom Penh, Cambodia"
S = "Full-time (Monday to Friday, 8:00–17:00)"
ESS = ["Bachelor's degree in biology, agronomy, public health or a related field.",
       "At least two years of experience in field data collection or laboratory work.",
       "Ability to identify Aedes and Anopheles mosquitoes under a stereomicroscope, or willingness to be trained.",
       "Willingness to travel to rural provinces for up to ten days per month.",
       "Good command of Khmer and English."]
DES = ["Experience with mobile data-collection tools (ODK or KoboToolbox).",
       "Motorbike driving licence."]
C = [("Attention to detail", ""), ("Physical stamina", ""), ("Teamwork", ""), ("Respect for biosafety rules", "")]
DL = "2041-07-26"

expected(KEY, dict(reference=REF, post_number=None, languages=["en"],
    title={"en": T, "fr": None}, organisation={"en": O, "fr": None},
    location={"en": L, "fr": None}, schedule={"en": S, "fr": None}, deadline=DL,
    salary={"amount": None, "min": 1120, "max": 1395, "currency": "USD", "period": "month"},
    grade=None, clearance=None,
    requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
    competencies={"en": comps(C), "fr": None}))

md = f"""[Skip to content](#main) · [ខ្មែរ](/kh) · [Français](/fr)

**INSTITUT PASTEUR DU CAMBODGE** · Member of the Pasteur Network

[About us](/about) · [Research](/research) · [Public health services](/services) · [Vaccination center](/vaccination) · [Careers](/careers) · [News](/news)

> Our International Vaccination Center will be closed on 29 July 2041 for the King Father's commemoration.

Home › Careers › Current vacancies

# {T}

*Posted: 28 June 2041 · Unit: Medical and Veterinary Entomology*

| | |
|---|---|
| **Reference** | {REF} |
| **Employer** | {O} |
| **Unit** | Medical and Veterinary Entomology Unit |
| **Duty station** | {L} |
| **Contract** | Fixed-term, 18 months (project-funded), renewable |
| **Working time** | {S} |
| **Salary** | USD 1,120 – 1,395 per month (gross), according to experience |
| **Closing date** | 26 July 2041 |

## Background

The Medical and Veterinary Entomology Unit studies the mosquitoes that transmit dengue, chikungunya and malaria in Cambodia. A new project funded by an international donor will monitor insecticide resistance in twelve provinces between 2041 and 2043.

## Main responsibilities

1. Set up and collect mosquito traps in villages, rice fields and forest plots
2. Sort, identify and store specimens according to the unit's procedures
3. Enter field data daily and check their quality
4. Brief village health volunteers and local authorities before each mission

## Required qualifications

{chr(10).join('- ' + x for x in ESS)}

## Preferred qualifications

{chr(10).join('- ' + x for x in DES)}

## Personal qualities

{chr(10).join('- ' + n for n, _ in C)}

## How to apply

Send a cover letter, a CV and the names of two referees to **hr@pasteur-kh.example** by **26 July 2041**, quoting {REF} in the subject line. Only short-listed candidates will be invited for a written test on 6 August 2041. The Institut Pasteur du Cambodge is an equal opportunity employer.

---

*Other vacancies:* Laboratory Quality Officer (closing 12 July 2041) · Accountant (closing 19 July 2041)

© 2041 Institut Pasteur du Cambodge · 5 Monivong Boulevard, Phnom Penh
"""
write(KEY + "-pasteurkh.md", md, KEY)

board = f"""KhmerWork.example  Jobs  Companies  Career Advice  Post a Job  Sign in
Home > Jobs > Science / Research > Phnom Penh

{T}
{O}Phnom PenhScience / ResearchFull TimeSalary: 1120-1395 USDClosing: 26-Jul-2041
Posted 3 days ago · 1,402 views · Apply Now · Save

JOB INFORMATIONReference: {REF}Level: Entry level / ExperiencedTerm: Fixed-term, 18 monthsYear of Exp.: 2 yearsHiring: 2

Employer: {O}
Duty station: {L}
Working time: {S}
Salary: USD 1,120 – 1,395 per month (gross)
Closing date: 26-Jul-2041

Job DescriptionSet up and collect mosquito traps in villages and forest plots; sort, identify and store specimens; enter field data daily; brief village health volunteers.

Required qualifications
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}
- {ESS[4]}

Preferred qualifications
- {DES[0]}
- {DES[1]}

Personal qualities: {C[0][0]}, {C[1][0]}, {C[2][0]}, {C[3][0]}.

How to apply: send cover letter and CV to hr@pasteur-kh.example, subject {REF}. Written test on 06-Aug-2041.

Similar Jobs
Laboratory Technician – Siem Reap – Closing 15-Jul-2041
Data Manager – Phnom Penh – USD 900-1200 – Closing 02-Aug-2041
"""
write(KEY + "-khmerwork.txt", board, KEY)
