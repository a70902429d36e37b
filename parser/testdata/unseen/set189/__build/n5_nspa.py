"""298562 - NSPA, Southern Operational Centre, Taranto (EN only).
Renderings: the portal page clipped to Markdown (bold labels with hard breaks); an Italian
job board copy (glued fields)."""
from common import expected, write

REF = "298562"
TITLE = "Supervisor (Ammunition Storage and Handling)"
ORG = "NATO Support and Procurement Agency (NSPA)"
LOC = "Italy-Taranto"
SCH = "Full-time"
ESS = [
    "Higher secondary education and a recognised qualification in the storage and handling of explosives;",
    "At least four years of experience in an ammunition depot, of which two as a team leader;",
    "Knowledge of the safety rules for the storage of ammunition and explosives (AASTP or national equivalent);",
    "Valid forklift licence;",
    "English at SLP 2222 (STANAG 6001) or equivalent.",
]
DES = [
    "Experience with a warehouse management system such as SAP;",
    "Knowledge of Italian;",
    "Experience of dangerous goods transport documents (ADR, IMDG).",
]
COMP = [
    ("Safety Awareness", "Applies and enforces the depot safety rules without exception."),
    ("Leadership", "Organises the daily work of the team and gives clear instructions."),
    ("Reliability", "Completes inventories and records accurately and on time."),
]


def exp():
    return expected(REF, None, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH},
                    "2033-07-13", {"amount": 4318.77, "currency": "EUR", "period": "month"},
                    "G9", "NC", {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})


DUTIES = [
    "Supervises a team of six storekeepers in the receipt, storage, issue and inspection of ammunition;",
    "Plans the daily work of the team according to the customers' orders;",
    "Checks that storage licences, compatibility groups and quantity-distance rules are respected;",
    "Carries out monthly inventories and reports discrepancies;",
    "Acts as deputy to the Depot Manager when required.",
]


def md():
    ess = "\n".join(f"{i}. {s}" for i, s in enumerate(ESS, 1))
    des = "\n".join(f"{i}. {s}" for i, s in enumerate(DES, 1))
    duties = "\n".join("- " + s for s in DUTIES)
    comp = "\n".join(f"- **{n}**: {d}" for n, d in COMP)
    return f"""---
title: "Job Description - {TITLE} ({REF})"
source: https://nato.taleo.example.net/careersection/2/jobdetail.ftl?job={REF}
clipped: 2033-06-21
---

[Skip to main content](#main)

**NATO Careers** | [Job Search](#) | [My Jobs](#) | [Sign In](#) | English | [Français](#)

# {TITLE}-{REF}

**Primary Location**\\
{LOC}

**NATO Body**\\
{ORG}

**Schedule**\\
{SCH}

**Application Deadline**\\
13-Jul-2033, 11:59:00 PM

**Salary (Pay Basis)**\\
4,318.77Euro (EUR) Monthly

**Grade**\\
NATO Grade G9

**Clearance Level**\\
NC

**Description**

## Overview

The NSPA Southern Operational Centre in Taranto stores and maintains ammunition and other materiel for NATO nations and NATO-led operations. The Ammunition Services Section runs the depot's storage sites and prepares consignments for land, sea and air transport.

## Main duties

{duties}

## Essential Qualifications / Experience

{ess}

## Desirable Qualifications / Experience

{des}

## Attributes/Competencies

{comp}

## Employment conditions

Contract of three years, renewable. The post is open to nationals of NATO member states only. Shift work and work on public holidays may be required during operations. A written test and a practical test are planned for the week of 12 September 2033.

**Job Posting**\\
20-Jun-2033, 9:00:00 AM

[Apply Online](#) · [Add to My Job Cart](#)
"""


def board():
    ess = "\n".join(ESS)
    des = "\n".join(DES)
    duties = "\n".join(DUTIES)
    comp = "\n".join(f"{n}: {d}" for n, d in COMP)
    return f"""LavoroDifesa.it - offerte di lavoro nel settore difesa e sicurezza
Home  Offerte  Aziende  Pubblica un annuncio  Accedi
Offerte » Puglia » Taranto
{TITLE}NATO Support and Procurement AgencyTaranto (TA)Pubblicato 4 giorni fa
Tempo pienoContratto a tempo determinato4.318,77 € / mese
Candidati sul sito dell'azienda
Dettagli dell'offertaPrimary Location{LOC}NATO Body{ORG}Schedule{SCH}Application Deadline13-Jul-2033, 11:59:00 PMSalary (Pay Basis)4,318.77Euro (EUR) MonthlyGradeNATO Grade G9Clearance LevelNC
Descrizione
Job Description - {TITLE} ({REF})
OverviewThe NSPA Southern Operational Centre in Taranto stores and maintains ammunition and other materiel for NATO nations and NATO-led operations.
Main duties{duties}
Essential Qualifications / Experience{ess}
Desirable Qualifications / Experience{des}
Attributes/Competencies{comp}
Employment conditionsContract of three years, renewable. The post is open to nationals of NATO member states only.
Codice annuncio: LD-558201 - Fonte: sito carriere NATO
Offerte simili
Magazziniere esperto (ADR)Logistica Ionica S.r.l.Grottaglie (TA)Scadenza 31/07/2033
Tecnico manutentore mezzi militariDifesa Servizi S.p.A.Taranto (TA)Scadenza 15/08/2033
Ricevi offerte simili via e-mail  Iscriviti
© 2033 LavoroDifesa.it  Privacy  Cookie  Contatti
"""


def build():
    exp()
    write(f"{REF}-natocareers.md", md(), REF)
    write(f"{REF}-jobboard.txt", board(), REF)
