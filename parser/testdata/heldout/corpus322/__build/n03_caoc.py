"""CAOC-TJ-CIV-44-09 - NATO Combined Air Operations Centre Torrejón (for "SHAPE or a JFC").
EN only. Centre's page clipped to Markdown; Spanish job-board copy."""
from common import *

KEY = "CAOC-TJ-CIV-44-09"
POST = "CTJ CSS IMX 0050"
T = {"en": "Information Management Assistant (Battle Rhythm Support)"}
ORG = {"en": "NATO Combined Air Operations Centre Torrejón (CAOC TJ)"}
LOC = {"en": "Torrejón Air Base, Madrid, Spain"}
SCH = {"en": "Full-time (37.5 hours per week)"}
DL = "2044-08-08"
SAL = sal(3895.26)
GRADE, CLR = "G8", "NATO SECRET"

INTRO = ("CAOC Torrejón plans, directs and coordinates the air policing of the southern part of NATO's area and the air "
         "operations assigned to it by Headquarters Allied Air Command. The Information Management Assistant keeps the "
         "Centre's battle rhythm running: meeting schedules, records, distribution of products and the information "
         "portals used by the operations floor.")
DUTIES = [
    "Maintain the battle rhythm calendar and publish changes to all branches",
    "Manage the Centre's portal libraries, folder structures and access rights",
    "Register, file and distribute classified and unclassified documents",
    "Record decisions and actions of the daily coordination meetings",
    "Train new staff officers on the information management rules of the Centre",
    "Support exercises by setting up and closing exercise information spaces",
]
ESS = [
    "Secondary education completed, with a diploma in information management, office administration or a related field",
    "At least three years of experience in records or information management",
    "Advanced user of Microsoft 365, in particular SharePoint, Teams and Outlook",
    "English at NATO SLP level 3333",
    "Eligibility for a NATO SECRET security clearance",
]
DES = [
    "Experience in a military headquarters or an air operations environment",
    "Knowledge of NATO information management policy and directives",
    "Spanish at a working level",
]
COMP = [
    ("Organisation", "plans own work and keeps track of many deadlines at once."),
    ("Reliability", "delivers what is promised, on time and complete."),
    ("Service focus", "answers the needs of the operations floor politely and quickly."),
    ("Discretion", "handles classified information according to the rules."),
]
COND = ("The post is a NATO international civilian post. The successful candidate will be offered a definite duration "
        "contract of three years. The basic salary is EUR 3,895.26 per month, exempt from national income tax, plus "
        "allowances where applicable. Shift work is not required, but staff may be recalled during exercises.")
APPLY = ("Apply with the NATO application form and a cover letter through the careers section of this site. "
         "Only shortlisted candidates will be contacted; interviews are expected in early September 2044.")
FACT = [("Vacancy Number", KEY), ("Post Number", POST), ("Job Title", T["en"]), ("Organisation", ORG["en"]),
        ("Location", LOC["en"]), ("Working Hours", SCH["en"]), ("NATO Grade", GRADE), ("Security Clearance", CLR),
        ("Closing Date", "Monday, 8 August 2044, 23:59 (CEST)")]


def md():
    table = "\n".join(f"| **{k}** | {v} |" for k, v in FACT)
    return f"""---
title: "{T['en']} | CAOC Torrejón"
source: https://caoctj.example/careers/{KEY.lower()}
clipped: 2044-07-22
---

[Skip to content](#main)

[Home](/) · [About](/about) · [News](/news) · **[Careers](/careers)** · [Contact](/contact) · [ES](/es)

[Home](/) › [Careers](/careers) › {KEY}

{T['en']}
=========================================================

*Published 18 July 2044*

|   |   |
|---|---|
{table}

{INTRO}

Main duties
-----------

{bullets(DUTIES, '- ')}

Qualifications
--------------

**Essential**

{bullets(ESS, '+ ')}

**Desirable**

{bullets(DES, '+ ')}

Competencies
------------

{chr(10).join(f'- **{n}:** {d}' for n, d in COMP)}

Conditions of employment
------------------------

{COND}

How to apply
------------

{APPLY}

> CAOC Torrejón is an equal opportunity employer. We value diversity and do not charge any fee at any stage of the recruitment.

---

**Other vacancies:** Contracting Assistant (closed 25 July 2044) · Network Technician (closes 2 September 2044)

**Latest news:** Air policing detachment returns from the Baltic region (15 July 2044) · Families' day at Torrejón on 10 September 2044

© NATO CAOC Torrejón · Torrejón Air Base, Ctra. de Ajalvir · Accessibility · Privacy
"""


def board():
    return f"""Ir al contenido principal
empleoDefensa.es    Buscar ofertas    Empresas    Mi área    Publicar oferta

Inicio > Ofertas de empleo > Madrid > Torrejón de Ardoz > {T['en']}

{T['en']}
OTAN - CAOC TorrejónTorrejón de Ardoz (Madrid)Publicada hace 5 días
Contrato de duración determinadaJornada completa3.895,26 € brutos/mesInglés avanzado
Inscribirme en esta oferta    Guardar

Descripción de la oferta

Vacancy Number: {KEY}
Post Number: {POST}
Job Title: {T['en']}
Organisation: {ORG['en']}
Location: {LOC['en']}
Working Hours: {SCH['en']}
NATO Grade: {GRADE}
Security Clearance: {CLR}
Closing Date: 08/08/2044

{INTRO}

MAIN DUTIES
{bullets(DUTIES, '· ')}

ESSENTIAL
{bullets(ESS, '· ')}

DESIRABLE
{bullets(DES, '· ')}

COMPETENCIES
{comps(COMP)}

CONDITIONS OF EMPLOYMENT
{COND}

HOW TO APPLY
{APPLY}

Requisitos
Estudios mínimos: Bachillerato
Experiencia mínima: Al menos 3 años
Idiomas: Inglés - Nivel avanzado

Fecha límite: 08/08/2044 · 47 inscritos
Referencia de la oferta: ED-2044-553017

Ofertas similares
Administrativo/a con inglés - Alcalá de Henares - 24.000 - 28.000 € brutos/año - 3 días
Técnico/a de documentación - Madrid - 30k - 34k € - 1 semana
Auxiliar de archivo - Torrejón de Ardoz - 19/08/2044

Aviso legal · Cookies · Privacidad
"""


def build():
    write(f"{KEY}-caoc.md", md(), KEY)
    write(f"{KEY}-empleodefensa.txt", board(), KEY)
    expected(KEY, ["en"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP},
             post_number=POST)
