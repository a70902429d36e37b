import html as H
import os
import subprocess
from common import *

REF = "CAOC-UE-CIV-42-07"
POST = "CAU AMXX 0040"
TITLE = "Airspace Management Assistant"
ORG = "Combined Air Operations Centre Uedem (CAOC UE)"
LOC = "Paulsberg Barracks, Uedem, Germany"
SCH = "Full-time (39 hours per week)"
GRADE, CLEAR = "G11", "NATO SECRET"
DL = "Friday, 7 November 2042, 23:59 (CET)"
SAL_TXT = "EUR 5,312.80 per month (net of national income tax)"

DUTIES = [
    "Compile and distribute the daily Airspace Control Order and its changes for the CAOC's area of responsibility",
    "Process airspace requests from Allied air units and national air traffic services and check them for conflicts",
    "Maintain the airspace database of the Integrated Command and Control software",
    "Support airspace planning for exercises such as the annual air policing and RAMSTEIN series",
    "Keep records and statistics of airspace use and draft routine reports",
]
ESS = [
    "Higher secondary education completed by professional training in air traffic services, aeronautical information or military air operations",
    "At least three years of experience in airspace management, air traffic control or air operations support",
    "Working knowledge of Allied airspace control publications and of ICAO procedures",
    "Experience with air command and control software and with Microsoft Office",
    "Ability to work shifts when the CAOC is at higher readiness",
    "English at NATO SLP 3332",
]
DES = [
    "Experience in a NATO or multinational air headquarters",
    "Knowledge of the European airspace structure and of EUROCONTROL procedures",
    "German at SLP 2222",
]
COMP = [
    ("Accuracy", "checks every order before it is released and keeps a clean audit trail."),
    ("Teamwork", "works smoothly with military controllers of several nations in a watch team."),
    ("Resilience", "stays calm when airspace requests change at short notice."),
]


def page():
    li = lambda xs: "\n".join(f"      <li>{H.escape(x)}</li>" for x in xs)
    facts = [("Vacancy Number", REF), ("Post Number", POST), ("Job Title", TITLE), ("NATO Body", ORG),
             ("Location", LOC), ("Working Hours", SCH), ("NATO Grade", GRADE), ("Security Clearance", CLEAR),
             ("Closing Date", DL)]
    dl = "\n".join(f'      <div class="row"><dt>{a}</dt><dd>{H.escape(b)}</dd></div>' for a, b in facts)
    comp = "\n".join(f"      <li><b>{n}:</b> {H.escape(d)}</li>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://caoc-uedem.example/careers/civilian-vacancies/caoc-ue-civ-42-07 -->
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | CAOC Uedem</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; margin: 1.6cm; hyphens: manual; color: #1b1b1b; }}
.cookie {{ background: #eef2f6; padding: 6px; font-size: 8.5pt; }}
header nav a {{ margin-right: 12px; }}
.crumbs {{ font-size: 9pt; color: #555; }}
dl.facts {{ border: 1px solid #8aa0b8; padding: 6px 10px; }}
dl.facts .row {{ display: flex; }}
dl.facts dt {{ width: 40%; font-weight: bold; }}
dl.facts dd {{ margin: 0; width: 60%; }}
aside {{ border-top: 2px solid #003366; margin-top: 18px; font-size: 9pt; }}
footer {{ font-size: 8pt; color: #666; margin-top: 14px; }}
</style></head>
<body>
<div class="cookie">This site uses cookies to analyse traffic. <a href="#">Accept</a> <a href="#">Decline</a></div>
<header><b>CAOC Uedem</b>
  <nav><a href="#">Home</a><a href="#">About</a><a href="#">News</a><a href="#">Careers</a><a href="#">Contact</a></nav>
</header>
<p class="crumbs">Home / Careers / Civilian vacancies / {REF}</p>
<main>
  <h1>{TITLE}</h1>
  <p class="meta">Published 9 October 2042</p>
  <dl class="facts">
{dl}
  </dl>
  <h2>About us</h2>
  <p>The Combined Air Operations Centre Uedem plans and conducts air operations and air policing over the northern part of Allied Europe under Allied Air Command, Ramstein. Its airspace management cell coordinates the use of airspace with Allied air forces and civil air traffic services.</p>
  <h2>Principal duties</h2>
  <ul>
{li(DUTIES)}
  </ul>
  <h2>Essential qualifications</h2>
  <ul>
{li(ESS)}
  </ul>
  <h2>Desirable qualifications</h2>
  <ul>
{li(DES)}
  </ul>
  <h2>Competencies</h2>
  <ul>
{comp}
  </ul>
  <h2>Conditions of employment</h2>
  <p>The successful candidate will be offered a three-year definite duration contract under the NATO Civilian Personnel Regulations. The basic salary is {SAL_TXT}, with expatriation and household allowances where eligible.</p>
  <h2>How to apply</h2>
  <p>Send the NATO application form and a cover letter to recruitment@caoc-uedem.example before the closing date: {DL}. Written tests are planned for 26 November 2042.</p>
</main>
<aside>
  <h3>Other vacancies</h3>
  <p>CAOC-UE-CIV-42-05 Logistics Clerk – closed on 30 October 2042<br>
  CAOC-UE-CIV-42-08 CIS Technician – closing 21 November 2042</p>
</aside>
<footer>Combined Air Operations Centre Uedem · Paulsberg-Kaserne · 47589 Uedem · Germany · Imprint · Privacy</footer>
</body></html>
"""


def build():
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2042-11-07",
             sal(5312.80), GRADE, CLEAR, post=POST,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": comps(COMP)})
    name = f"{REF}-caoc"
    write(f"{name}.html", page(), REF)
    pdf = os.path.join(ROOT, f"{name}.chromium.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", os.path.join(ROOT, f"{name}.html")],
                   check=True, capture_output=True)
    register(f"{name}.chromium.pdf", REF, "pdf")
    dump = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    write(f"{name}.chromium.pdftotext.txt", dump, REF)

    board = f"""Zum Inhalt springen
stellenwerk-niederrhein.example
Jobs finden   Unternehmen   Gehaltscheck   Anmelden

{TITLE}
Combined Air Operations Centre Uedem
Uedem   Feste Anstellung   Vollzeit   Befristeter Vertrag
Gehalt: 5.312,80 € / Monat
vor 2 Wochen

Jetzt bewerben   Merken

Jobbeschreibung

Vacancy Number: {REF}
Post Number: {POST}
NATO Body: {ORG}
Location: {LOC}
Working Hours: {SCH}
NATO Grade: {GRADE}
Security Clearance: {CLEAR}
Closing Date: {DL}

PRINCIPAL DUTIES
{lines(DUTIES, '• ')}

ESSENTIAL QUALIFICATIONS
{lines(ESS, '• ')}

DESIRABLE QUALIFICATIONS
{lines(DES, '• ')}

COMPETENCIES
{lines((n + ': ' + d for n, d in COMP), '• ')}

CONDITIONS
Three-year definite duration contract. Basic salary {SAL_TXT}.

HOW TO APPLY
NATO application form and cover letter to recruitment@caoc-uedem.example by {DL}.

Bewerbungsfrist: 07.11.2042
Referenznummer: SN-4471902

Ähnliche Jobs
Fluglotse (m/w/d) – Weeze – 4.800 € - 5.600 € – vor 3 Tagen
Disponent Luftfracht (m/w/d) – Düsseldorf – 48k - 55k – vor 1 Woche
"""
    write(f"{REF}-stellenwerk.txt", board, REF)
