from common import *
KEY = "471864"
T = "Logistics Assistant (Aircraft Spares) - NATO Airlift Management Programme"
ORG = "NATO Support and Procurement Agency (NSPA)"
LOC = "Hungary-Pápa"
SCH = "Full-time"
ORGS = """The NATO Support and Procurement Agency (NSPA) is NATO's lead organisation for multinational logistics and procurement. Its NATO Airlift Management Programme (NAMP) manages the acquisition, support and operation of three C-17 aircraft of the Strategic Airlift Capability based at Pápa Air Base, Hungary.

Within the NAMP Logistics Branch, the Logistics Assistant manages the flow of aircraft spares between suppliers, the base warehouse and the flight line, and keeps the stock records accurate."""
ACC = ["Receives, inspects and records incoming aircraft spares and repairables;",
 "Raises and follows up orders and repair returns in the Agency's ERP system;",
 "Prepares customs and shipping documents for outgoing and incoming consignments;",
 "Carries out periodic stock counts and reconciles discrepancies;",
 "Prepares monthly reports on stock levels and order status for the Branch Head."]
ESS = ["Higher secondary education completed with a diploma",
 "At least three years of experience in aviation or military logistics, including stock control",
 "Experience in using an ERP system such as SAP for materials management",
 "Knowledge of customs procedures for the movement of goods within and outside the EU",
 "Language: English - Intermediate level (SLP 3 in all four skills)"]
DES = ["Knowledge of C-17 or other transport aircraft logistics",
 "Forklift operator certificate",
 "Working knowledge of Hungarian"]
COMP = [("Accuracy", "Checks records and shipments thoroughly."),
 ("Organisation", "Plans own work to meet aircraft schedules."),
 ("Cooperation", "Works effectively with military and civilian colleagues."),
 ("Service orientation", "Responds quickly to requests from the flight line.")]
COND = """The successful candidate will be offered a three-year definite duration contract. NSPA is an equal opportunities employer. The normal working week is 40 hours, with occasional work outside normal hours when aircraft operations require it.
Candidates must be nationals of a Strategic Airlift Capability participating nation."""

def build():
    expected(KEY, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2040-07-11",
             sal(3986.52), "G7", "NS", {"en": (ESS, DES)}, {"en": COMP})
    md = f"""---
title: "Job Description - {T} ({KEY})"
source: "https://nato.taleo.example/careersection/2/jobdetail.ftl?job={KEY}&lang=en"
clipped: 2040-06-18
tags: [clippings, jobs, pápa]
---

[Skip to main content](#main)

**NATO Talent Acquisition Platform** | [Job Search](#) | [My Jobpage](#) | [Sign In](#)

# Job Description - {T} ({KEY})

{T}-{KEY}

**Primary Location**

{LOC}

**NATO Body**

{ORG}

**Schedule**

{SCH}

**Application Deadline**

11-Jul-2040, 11:59:00 PM

**Salary (Pay Basis)**

: 3,986.52Euro (EUR) Monthly

**Grade**

NATO Grade G7

**Clearance Level**

NS

**Description**

:

## 1. ORGANISATION AND SUMMARY

{ORGS}

## 2. ACCOUNTABILITIES

{items(ACC, '* ')}

## 3. QUALIFICATIONS

### ESSENTIAL

{items(ESS, '* ')}

### DESIRABLE

{items(DES, '* ')}

## 4. COMPETENCIES

{items([f'**{n}:** {d}' for n, d in COMP], '* ')}

## 5. CONDITIONS OF EMPLOYMENT

{COND}

*Job Posting: 13-Jun-2040, 10:00:00 AM*

[Apply Online](#) · [Add to My Job Cart](#)
"""
    write(f"{KEY}-natocareers.md", md, KEY)
    board = f"""profession-hu.example | Állások | Cégek | Fizetések | Belépés
Főoldal > Állások > Logisztika, beszerzés > Veszprém megye > Pápa

{T}
NATO Support and Procurement AgencyPápa, Veszprém megyeFeladás: 4 napja
Teljes munkaidő · Határozott idejű · Angol nyelvtudás · Középfokú végzettség
Jelentkezem      Mentés      Megosztás

Bruttó bér: 3 986,52 EUR / hó (adómentes)
Jelentkezési határidő: 2040.07.11.
Referenciaszám: {KEY}

Álláshirdetés részletei
Primary Location: {LOC}
NATO Body: {ORG}
Schedule: {SCH}
Application Deadline: 11-Jul-2040, 11:59:00 PM
Grade: NATO Grade G7
Clearance Level: NS

1. ORGANISATION AND SUMMARY
{ORGS}

2. ACCOUNTABILITIES
{items(ACC, '– ')}

3. QUALIFICATIONS
ESSENTIAL
{items(ESS, '– ')}
DESIRABLE
{items(DES, '– ')}

4. COMPETENCIES
{comps(COMP, ': ', '– ')}

5. CONDITIONS OF EMPLOYMENT
{COND}

A hirdetés azonosítója: PH-7734102
Hasonló állások
Raktáros (angol nyelvtudással) – Pápa – 480 000 – 560 000 Ft – határidő: 2040.07.05.
Repülőgép-műszerész – Pápa, Bázisrepülőtér – határidő: 2040.07.19.
Logisztikai ügyintéző – Veszprém – 520 000 Ft – határidő: 2040.06.30.

Adatvédelem · Süti beállítások · ÁSZF"""
    write(f"{KEY}-profession.txt", board, KEY)
