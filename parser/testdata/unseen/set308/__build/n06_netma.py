import os
from common import write, expected, sal, libreoffice, BUILD

KEY = "NETMA-VN-2043-06"
POST = "NETMA PD CON 0220"
TITLE = "Contracts Officer (Eurofighter Spares and Repairs)"
ORG = "NATO Eurofighter and Tornado Management Agency (NETMA)"
LOC = "Hallbergmoos, Germany"
SCHED = "Full-time"
GRADE = "G14"
CLEAR = "NATO SECRET"
INTRO = ("NETMA manages the Eurofighter and Tornado weapon system programmes on behalf of its four participating "
         "nations. The Contracts Division negotiates and administers the contracts with industry for "
         "development, production and in-service support. The Contracts Officer (Eurofighter Spares and Repairs) leads the "
         "contractual work on a portfolio of support contracts for the Eurofighter fleet.")
DUTIES = [
    "Prepare requests for quotation and evaluate the proposals received from industry.",
    "Lead contract negotiations for support services, spares and repairs, and draft the resulting contracts and amendments.",
    "Administer the contracts of the portfolio, including price revisions, payments and change requests.",
    "Advise programme managers on contractual risks and on the application of the NETMA procurement rules.",
    "Represent the Division in meetings with the participating nations and industry.",
]
ESS = [
    "A university degree in law, business administration, economics or engineering.",
    "At least six years of experience in the negotiation and administration of complex procurement contracts, preferably in defence or aerospace.",
    "Sound knowledge of pricing, cost analysis and commercial law.",
    "Excellent drafting skills in English.",
    "English at SLP 3333.",
]
DES = [
    "Experience of multinational programmes or international organisations.",
    "Knowledge of German, Italian or Spanish.",
    "A professional certification in contract management.",
]
COMP = [
    ("Negotiation", "Secures sound agreements while keeping good working relations with industry."),
    ("Judgement", "Weighs commercial, technical and legal aspects before reaching a decision."),
    ("Written Communication", "Drafts clear, unambiguous contractual texts."),
    ("Teamwork", "Works closely with programme, finance and legal colleagues."),
]
SAL_TEXT = "8,163.27 EUR per month"
DL_TEXT = "Monday, 15 June 2043, 12:00 (CEST)"


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2043-06-15",
             sal(8163.27), GRADE, CLEAR, {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP},
             post_number=POST)

    md = f"""**NATO UNCLASSIFIED**

**NATO EUROFIGHTER AND TORNADO MANAGEMENT AGENCY**\\
**Personnel and Administration Division**\\
Insel Kammerstraße 12 + 14, 85399 Hallbergmoos

NETMA/PA/2043/0517 — Hallbergmoos, 18 May 2043

# VACANCY NOTICE {KEY}

**Title:** {TITLE}\\
**Post Number:** {POST}\\
**Organisation:** {ORG}\\
**Division:** Contracts Division\\
**Duty Location:** {LOC}\\
**Working Time:** {SCHED}\\
**NATO Grade:** {GRADE}\\
**Security Clearance:** {CLEAR}\\
**Closing Date:** {DL_TEXT}

## 1. Background

{INTRO}

## 2. Main Duties

{chr(10).join("- " + x for x in DUTIES)}

## 3. Essential Qualifications

{chr(10).join("- " + x for x in ESS)}

## 4. Desirable Qualifications

{chr(10).join("- " + x for x in DES)}

## 5. Competencies

{chr(10).join(f"**{n}:** {d}" + chr(10) for n, d in COMP)}
## 6. Conditions of Service

The successful candidate will be offered a three-year contract under the NATO Civilian Personnel Regulations.
The basic salary is {SAL_TEXT}, exempt from national income tax, plus the allowances to which the staff
member is entitled. The working week is 40 hours.

## 7. How to Apply

Applications on the NATO application form, with a covering letter, must reach recruitment@netma.example by the
closing date. Interviews are expected in the week of 6 July 2043.

**NATO UNCLASSIFIED**
"""
    src = os.path.join(BUILD, f"{KEY}-netma.md")
    open(src, "w", encoding="utf-8").write(md)
    libreoffice(src, f"{KEY}-netma.libreoffice.pdf", KEY)

    xing = f"""XING
Jobs   Netzwerk   Insights   Einloggen   Registrieren

{TITLE}
NATO Eurofighter and Tornado Management Agency
Hallbergmoos
Vollzeit · Festanstellung (befristet)
Gehalt: 8.163,27 € / Monat
Veröffentlicht: 18.05.2043

Jetzt bewerben   Merken

Stellenbeschreibung

Vacancy Notice {KEY}
Title: {TITLE}
Post Number: {POST}
Organisation: {ORG}
Division: Contracts Division
Duty Location: {LOC}
Working Time: {SCHED}
NATO Grade: {GRADE}
Security Clearance: {CLEAR}
Closing Date: {DL_TEXT}

Background
{INTRO}

Main Duties
{chr(10).join("- " + x for x in DUTIES)}

Essential Qualifications
{chr(10).join("- " + x for x in ESS)}

Desirable Qualifications
{chr(10).join("- " + x for x in DES)}

Competencies
{chr(10).join(f"- {n}: {d}" for n, d in COMP)}

Conditions of Service
Three-year contract; basic salary {SAL_TEXT}, exempt from national income tax, plus allowances.

Über das Unternehmen
NATO Eurofighter and Tornado Management Agency · Luftfahrt · 201-500 Mitarbeitende

Ähnliche Jobs
Vertragsmanager Luftfahrt (m/w/d) – München – 70.000 – 85.000 € jährlich
Contract Manager Defence (m/w/d) – Manching – bis 12.06.2043 bewerben
"""
    write(f"{KEY}-xing.txt", xing, KEY)
