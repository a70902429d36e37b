from common import *

REF = "CMRE-VN-2043-44"
T = "Oceanographic Data Engineer"
ORG = "NATO STO Centre for Maritime Research and Experimentation (CMRE)"
LOC = "La Spezia, Italy"
SCH = "Full-time"
GRADE, CLR = "G12", "NATO SECRET"
DL = "19 January 2044, 17:00 CET"
ESS = [
    "Master's degree in oceanography, physics, computer science or a related field",
    "Three years of experience in processing oceanographic or environmental sensor data",
    "Programming experience in Python and in a compiled language (C++ or Fortran)",
    "Experience with data formats and conventions such as NetCDF and CF",
    "Fluency in English",
]
DES = [
    "Experience of sea-going data collection on research vessels",
    "Knowledge of ocean forecasting models",
    "Familiarity with Linux cluster environments and job schedulers",
]
COMP = [
    ("Analytical rigour", "checks data quality at every step and documents each correction"),
    ("Collaboration", "works in mixed teams of scientists, engineers and ship's crew"),
    ("Adaptability", "copes with changing sea-trial schedules and long days at sea"),
]
TASKS = [
    "Designs and maintains processing chains for glider, mooring and ship-borne sensor data.",
    "Quality-controls and archives data from sea trials in the Centre's data repository.",
    "Develops tools that feed observations into ocean forecasting models.",
    "Sails on the Centre's research vessel during trials, typically four weeks per year.",
]


def build():
    md = f"""---
title: "{T} — CMRE"
source: https://cmre.example/careers/vacancies/{REF.lower()}
clipped: 2043-12-06
---

[Skip to content](#main)

[Home](https://cmre.example/) · [About](https://cmre.example/about) · [Research](https://cmre.example/research) · **Careers** · [News](https://cmre.example/news)

Home › Careers › Vacancies › {REF}

## {T}

_Posted on 4 December 2043_

**Vacancy number:** {REF}  
**Post title:** {T}  
**Organization:** {ORG}  
**Duty location:** {LOC}  
**Working pattern:** {SCH}  
**NATO grade:** {GRADE}  
**Clearance required:** {CLR}  
**Deadline for applications:** {DL}

### The Centre

CMRE conducts maritime science and technology research for the Alliance and operates a research vessel and a fleet of autonomous underwater and surface systems. Its Ocean Science Department studies the environment in which those systems work.

### Tasks

{chr(10).join(f"{i+1}. {t}" for i, t in enumerate(TASKS))}

### Qualifications

**Essential**

{chr(10).join(f"- {t}" for t in ESS)}

**Desirable**

{chr(10).join(f"- {t}" for t in DES)}

### Competencies

{chr(10).join(f"- **{n}** — {d}" for n, d in COMP)}

### Conditions

Initial contract of three years. Monthly basic salary of EUR 6,021.77, exempt from Italian income tax, plus NATO allowances where applicable. Selected candidates will be interviewed by video in the week of 2 February 2044.

> Only nationals of NATO member states may apply.

*Also on this site:* [CMRE open day for schools, 23 January 2044](https://cmre.example/news/open-day) · [Research vessel returns from winter trial](https://cmre.example/news/winter-trial)
"""
    write(f"{REF}-cmre.md", md, REF)

    board = f"""Vai al contenuto
LavoroLiguria.example — offerte di lavoro in Liguria
Cerca   Aziende   Pubblica un annuncio   Accedi
Home > Offerte > Ingegneria > La Spezia

{T}
NATO CMRE – Centro di ricerca
La Spezia (SP) · Pubblicata il 5 dic · 64 candidati

Tipo di contratto: Tempo determinato (36 mesi)
Orario: Tempo pieno
Retribuzione: 6.021,77 € al mese, esenti IRPEF
Scadenza: 19/01/2044
Rif. annuncio: LL-2043-55180

Descrizione dell'offerta
Vacancy number: {REF}
Post title: {T}
Organization: {ORG}
Duty location: {LOC}
Working pattern: {SCH}
NATO grade: {GRADE}
Clearance required: {CLR}
Deadline for applications: {DL}

The Centre
CMRE conducts maritime science and technology research for the Alliance and operates a research vessel and a fleet of autonomous underwater and surface systems. Its Ocean Science Department studies the environment in which those systems work.

Tasks
{bullets(TASKS, "• ")}

Qualifications – Essential
{bullets(ESS, "• ")}

Qualifications – Desirable
{bullets(DES, "• ")}

Competencies
{chr(10).join(f"• {n} — {d}" for n, d in COMP)}

Conditions
Initial contract of three years. Monthly basic salary of EUR 6,021.77, exempt from Italian income tax, plus NATO allowances where applicable. Selected candidates will be interviewed by video in the week of 2 February 2044.

Candidati ora   Salva   Segnala

Offerte simili
Data scientist ambientale – Sarzana – 2.400 - 2.900 € al mese – scadenza 31/01/2044
Tecnico di laboratorio marino – Lerici – 28k - 32k € annui

Chi siamo · Privacy · Cookie
"""
    write(f"{REF}-lavoroliguria.txt", board, REF)
    expected(REF, None, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-01-19",
             sal(6021.77), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
