from common import *
KEY = "NFIU-POL-LC-2040-05"
T = "Real Life Support Coordinator"
ORG = "NATO Force Integration Unit Poland (NFIU POL)"
LOC = "Bydgoszcz, Poland"
SCH = "Full-time (40 hours per week)"
ABOUT = """NATO Force Integration Unit Poland facilitates the rapid deployment of Allied forces to Poland by working with the Polish Armed Forces and national authorities on reception, staging and onward movement. The Unit's J4 branch plans the real life support (accommodation, catering, fuel, laundry and transport) that incoming units need during exercises and reinforcement."""
TASKS = ["Keeps the database of barracks, training areas and civilian facilities available to Allied units",
 "Prepares real life support requests and cost estimates for exercises",
 "Liaises with Polish military logistics units and civilian contractors",
 "Visits facilities with visiting planning teams and writes visit reports",
 "Tracks invoices and supports the Unit's budget officer"]
ESS = ["Secondary education and at least four years of experience in military or civilian logistics",
 "Fluent Polish and good English (SLP 3332 or equivalent)",
 "Good knowledge of Microsoft Excel and Outlook",
 "Category B driving licence and willingness to travel within Poland",
 "Polish citizenship and eligibility for a national security clearance"]
DES = ["Experience in exercise planning or host nation support",
 "Knowledge of Polish public procurement rules",
 "Knowledge of German"]
COMP = [("Planning", "keeps track of many requests at once and plans ahead"),
 ("Communication", "explains Polish arrangements clearly to Allied planners"),
 ("Problem solving", "finds practical solutions when facilities are unavailable"),
 ("Integrity", "handles contracts and budgets transparently")]
OFFER = ["Employment contract with the Polish Ministry of National Defence as a local civilian (LC-6)",
 "Gross salary of PLN 11,635 per month plus an annual bonus",
 "Work in a multinational team of 16 nations"]
APPLY = "Send your CV and a motivation letter in English to recruitment@nfiu-pol.example by 20 July 2040, 15:00 (CEST). Only shortlisted candidates will be contacted. Interviews are planned in Bydgoszcz in the week of 30 July 2040."

def build():
    expected(KEY, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2040-07-20",
             sal(11635, "PLN"), "LC-6", "NATO SECRET", {"en": (ESS, DES)}, {"en": COMP})
    md = f"""[Skip to content](#content)

PL | **EN**

- [Home](/) 
- [About NFIU POL](/about)
- [News](/news)
- [Careers](/careers)
- [Contact](/contact)

[Home](/) / [Careers](/careers) / {KEY}

# Vacancy: {T}

_Posted: 19.06.2040_

| | |
|---|---|
| **Vacancy number** | {KEY} |
| **Organization** | {ORG} |
| **Duty location** | {LOC} |
| **Grade** | LC-6 |
| **Working hours** | {SCH} |
| **Security clearance** | NATO SECRET |
| **Closing date** | 20 July 2040, 15:00 (CEST) |

## About us

{ABOUT}

## Main tasks

{items(TASKS, '1. ')}

## Essential requirements

{items(ESS, '- ')}

## Desirable

{items(DES, '- ')}

## Competencies

{items([f'*{n}:* {d}' for n, d in COMP], '- ')}

## We offer

{items(OFFER, '- ')}

## How to apply

{APPLY}

---

**Latest news:** NFIU POL hosts reception planning conference (12.06.2040) · Vacancy {KEY.replace('2040-05', '2040-02')} closed (31.05.2040)

© NATO Force Integration Unit Poland · [Privacy](/privacy)
"""
    write(f"{KEY}-nfiu.md", md, KEY)
    board = f"""praca-pl.example  Oferty pracy  Pracodawcy  Dla firm  Zaloguj się
Oferty pracy > Bydgoszcz > Logistyka

{T}
NATO Force Integration Unit Poland (NFIU POL)Bydgoszcz, kujawsko-pomorskieważna jeszcze 21 dni (do 20 lip)
umowa o pracę · pełny etat · specjalista (Mid / Regular) · praca stacjonarna
11 635 zł brutto / mies.
Aplikuj      Zapisz

Vacancy number: {KEY}
Organization: {ORG}
Duty location: {LOC}
Grade: LC-6
Working hours: {SCH}
Security clearance: NATO SECRET
Closing date: 20 July 2040, 15:00 (CEST)

O firmie
{ABOUT}

Twój zakres obowiązków
{items(TASKS, '• ')}

Nasze wymagania
{items(ESS, '• ')}

Mile widziane
{items(DES, '• ')}

Kompetencje
{comps(COMP, ': ', '• ')}

To oferujemy
{items(OFFER, '• ')}

Jak aplikować
{APPLY}

ID oferty: 1003948217
Podobne oferty
Specjalista ds. logistyki – Bydgoszcz – 8 500 – 10 500 zł brutto – do 15 lip
Koordynator zaplecza (EN) – Toruń – 9 000 zł – do 28 lip
Kierownik magazynu – Bydgoszcz – do 05 lip"""
    write(f"{KEY}-pracuj.txt", board, KEY)
