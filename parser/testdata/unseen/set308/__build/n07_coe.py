from common import write, expected, sal

KEY = "MGEOMETOC-CIV-2043-02"
TITLE = "Oceanographic Data Analyst"
ORG = "NATO Maritime Geospatial, Meteorological and Oceanographic Centre of Excellence (MGEOMETOC COE)"
LOC = "Lisbon, Portugal"
SCHED = "Full-time (35 hours per week)"
CLEAR = "NATO SECRET"
ABOUT = ("The MGEOMETOC COE supports NATO and the sponsoring nations with expertise in maritime geospatial, "
         "meteorological and oceanographic (GEOMETOC) matters, through concept development, education and "
         "training, and lessons learned. It is hosted by Portugal at the Hydrographic Institute in Lisbon.")
TASKS = [
    "Process and quality-check oceanographic data sets (temperature, salinity, currents, sound speed) used in COE studies and exercises",
    "Prepare environmental assessments and tactical decision aids for anti-submarine warfare and mine warfare courses",
    "Maintain the COE's catalogue of data sources and metadata",
    "Support the organisation of the annual GEOMETOC workshop and of two resident courses",
    "Contribute to the Centre's lessons learned reports",
]
ESS = [
    "Master's degree in oceanography, physical sciences or a related field",
    "At least three years of experience in processing and analysing oceanographic data",
    "Programming skills in Python or MATLAB",
    "Experience with GIS software",
    "Fluent English (SLP 3333 or equivalent)",
    "Eligibility for a NATO SECRET security clearance",
]
DES = [
    "Experience with ocean models or acoustic propagation models",
    "Previous work with a navy or a hydrographic office",
    "Knowledge of Portuguese",
]
COMP = [
    ("Precision", "you are careful with data and document every processing step"),
    ("Communication", "you explain scientific results clearly to military audiences"),
    ("Flexibility", "you adapt to changing priorities around exercises and courses"),
]


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2043-06-17",
             sal(2384), None, CLEAR, {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})

    md = f"""---
title: "{TITLE} – MGEOMETOC COE"
source: https://mgeometoc-coe.example/vacancies/{KEY.lower()}
clipped: 2043-05-20
---

[Skip to content](#main)

**MGEOMETOC COE** · [Home](/) · [About](/about) · [Education & Training](/training) · [Events](/events) · **[Vacancies](/vacancies)** · [Contact](/contact)

[Home](/) › [Vacancies](/vacancies) › {KEY}

{TITLE}
==========================

*Published 19 May 2043 · Vacancy {KEY}*

| | |
|---|---|
| **Vacancy** | {KEY} |
| **Position** | {TITLE} |
| **Organisation** | {ORG} |
| **Place of work** | {LOC} |
| **Working hours** | {SCHED} |
| **Contract** | Portuguese civilian contract, 2 years, renewable |
| **Security clearance** | {CLEAR} |
| **Salary** | EUR 2,384 gross per month |
| **Deadline** | 17 June 2043, 17:00 (Lisbon time) |

About the Centre
----------------

{ABOUT}

Main tasks
----------

{chr(10).join(f"{i + 1}. {x}" for i, x in enumerate(TASKS))}

Profile
-------

**Required**

{chr(10).join("* " + x for x in ESS)}

**Desirable**

{chr(10).join("* " + x for x in DES)}

**Competencies**

{chr(10).join(f"* **{n}:** {d}" for n, d in COMP)}

How to apply
------------

Send your CV in Europass format and a motivation letter to vacancies@mgeometoc-coe.example, quoting {KEY}.
Shortlisted candidates will be interviewed in Lisbon or by video in late June.

> The MGEOMETOC COE is an equal opportunity employer.

---

*News: Hydrographic survey course closes on 12 June 2043 · Summer school applications open until 30 June 2043*
"""
    write(f"{KEY}-coe.md", md, KEY)

    board = f"""net-empregos
Início   Ofertas de emprego   Publicar oferta   Área de candidato

{TITLE} – Lisboa
Ref. {KEY}
Categoria: Investigação Científica
Zona: Lisboa
Data: 20-05-2043
Tipo: Full-time
Salário: 2.384 € brutos / mês
Validade: 17/06/2043

Descrição da oferta

Vacancy: {KEY}
Position: {TITLE}
Organisation: {ORG}
Place of work: {LOC}
Working hours: {SCHED}
Contract: Portuguese civilian contract, 2 years, renewable
Security clearance: {CLEAR}
Salary: EUR 2,384 gross per month
Deadline: 17 June 2043, 17:00 (Lisbon time)

ABOUT THE CENTRE
{ABOUT}

MAIN TASKS
{chr(10).join("- " + x for x in TASKS)}

REQUIRED
{chr(10).join("- " + x for x in ESS)}

DESIRABLE
{chr(10).join("- " + x for x in DES)}

COMPETENCIES
{chr(10).join(f"- {n}: {d}" for n, d in COMP)}

Candidatura: vacancies@mgeometoc-coe.example

Ofertas semelhantes
Técnico de Hidrografia (m/f) – Lisboa – 1.650 € – 1.900 €
Data Scientist (Ciências do Mar) – Oeiras – até 30/06/2043
Meteorologista – Porto – 24k – 28k € / ano

Partilhar: Facebook | LinkedIn | Email    Denunciar oferta
"""
    write(f"{KEY}-netemprego.txt", board, KEY)
