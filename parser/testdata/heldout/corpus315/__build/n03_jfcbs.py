from common import *
import html as H

REF = "JFCBS-CIV-2043-61"
POST = "JFCBS SSP ENG 0150"
T = "Infrastructure Engineer (Electrical Systems)"
ORG = "Allied Joint Force Command Brunssum (JFCBS)"
LOC = "Brunssum, Netherlands"
SCH = "Full-time (40 hours per week)"
GRADE, CLR = "G13", "NATO SECRET"
DL = "Monday, 12 January 2044, 23:59 (CET)"
SAL = "EUR 6,704.12 per month (basic salary, exempt from national income tax)"
ESS = [
    "A university degree (bachelor level or higher) in electrical engineering or building services engineering.",
    "At least five years of experience in the design, commissioning or maintenance of medium- and low-voltage installations.",
    "Experience of managing works contracts and supervising contractors on an operational site.",
    "Knowledge of European standards for electrical installations and of emergency power systems.",
    "English at NATO SLP 3333 (listening, speaking, reading, writing).",
]
DES = [
    "Experience with NATO Security Investment Programme projects.",
    "Knowledge of building management systems and energy metering.",
    "Dutch or German at a working level.",
]
COMP = [
    ("Planning and Organising", "Sets priorities for several projects at once and keeps contractors to agreed milestones."),
    ("Technical Judgement", "Weighs safety, cost and continuity of operations before recommending a solution."),
    ("Communication", "Explains technical risks in plain language to military users and commanders."),
    ("Reliability", "Can be called on outside normal hours when critical power systems fail."),
]
DUTIES = [
    "Plans and oversees maintenance of the headquarters' medium- and low-voltage networks, generators and uninterruptible power supplies.",
    "Prepares technical specifications and cost estimates for electrical works and reviews contractors' designs.",
    "Supervises works on site and certifies completed installations before they are taken into service.",
    "Maintains the electrical records and single-line diagrams of the installation.",
    "Advises the Infrastructure Branch on energy saving and resilience projects.",
]


def build():
    e = H.escape
    facts = [("Vacancy Number", REF), ("Post Number", POST), ("Post Title", T), ("Organisation", ORG),
             ("Branch", "J-ENG Infrastructure Branch, Support Division"), ("Duty Location", LOC),
             ("Working Time", SCH), ("NATO Grade", GRADE), ("Security Clearance", CLR), ("Closing Date", DL)]
    facts_html = "\n".join(f'      <div class="fact"><span class="k">{e(k)}</span><span class="v">{e(v)}</span></div>' for k, v in facts)
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://jfcbs.example/careers/civilian-vacancies/jfcbs-civ-2043-61 -->
<html lang="en"><head><meta charset="utf-8">
<title>{e(T)} | Civilian vacancies | JFC Brunssum</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color:#1c2733; margin:0; hyphens: manual; }}
.cookie {{ background:#26364a; color:#fff; padding:6px 14px; font-size:9pt; }}
header {{ border-bottom:3px solid #004990; padding:10px 14px; }}
header nav a {{ margin-right:14px; color:#004990; text-decoration:none; }}
.crumbs {{ font-size:9pt; color:#667; padding:6px 14px; }}
main {{ padding:0 14px; }}
.facts {{ display:grid; grid-template-columns: 1fr; gap:3px; background:#eef3f8; padding:10px; }}
.fact .k {{ font-weight:bold; display:inline-block; width:150px; }}
table.comp td:first-child {{ white-space:nowrap; }}
table.comp td {{ border-bottom:1px solid #ccd; padding:3px 6px; vertical-align:top; }}
footer {{ font-size:8.5pt; color:#555; border-top:1px solid #ccc; margin-top:18px; padding:8px 14px; }}
</style></head>
<body>
<div class="cookie">This site uses cookies to measure visits. <a href="#">Accept</a> <a href="#">Decline</a></div>
<header>
  <strong>Allied Joint Force Command Brunssum</strong>
  <nav><a href="#">Home</a><a href="#">About us</a><a href="#">Newsroom</a><a href="#">Careers</a><a href="#">Contact</a></nav>
</header>
<div class="crumbs">Home / Careers / Civilian vacancies / {e(REF)}</div>
<main>
  <h1>{e(T)}</h1>
  <p class="meta">Published 1 December 2043 · Civilian vacancy · International recruitment</p>
  <section class="facts">
{facts_html}
  </section>
  <h2>Post context</h2>
  <p>The Infrastructure Branch keeps the headquarters' buildings, utilities and technical installations in service around the clock. The Infrastructure Engineer (Electrical Systems) is the Branch's specialist for power supply and electrical safety.</p>
  <h2>Principal duties</h2>
  <ul>
{chr(10).join(f"    <li>{e(d)}</li>" for d in DUTIES)}
  </ul>
  <h2>Essential qualifications</h2>
  <ol>
{chr(10).join(f"    <li>{e(d)}</li>" for d in ESS)}
  </ol>
  <h2>Desirable qualifications</h2>
  <ol>
{chr(10).join(f"    <li>{e(d)}</li>" for d in DES)}
  </ol>
  <h2>Attributes and competencies</h2>
  <table class="comp">
{chr(10).join(f"    <tr><td><strong>{e(n)}:</strong></td><td>{e(d)}</td></tr>" for n, d in COMP)}
  </table>
  <h2>Conditions of employment</h2>
  <p>The successful candidate will be offered a definite duration contract of three years. The salary is {e(SAL)}, plus allowances according to the NATO Civilian Personnel Regulations. Candidates must be nationals of a NATO member state.</p>
  <h2>How to apply</h2>
  <p>Send the NATO application form and a cover letter to the Civilian Human Resources Office before {e(DL)}. Late applications are not considered. Shortlisted candidates will be invited to a technical test and interview on 10 February 2044.</p>
</main>
<footer>JFC Brunssum · Rimburgerweg 30, Brunssum · Privacy · Accessibility · © 2043</footer>
</body></html>
"""
    write(f"{REF}-jfcbs.html", page, REF)
    chromium(f"{REF}-jfcbs.html", REF)

    board = f"""Naar de inhoud
Vacatures   Bedrijven   Salariskompas   Inloggen
Home > Vacatures > Techniek > Elektrotechniek > Brunssum

{T}
Allied Joint Force Command Brunssum
Brunssum · Limburg
Fulltime   Tijdelijk contract (3 jaar)   HBO / WO   Engels
Salaris: € 6.704,12 per maand
Reageer vóór 12-01-2044
Geplaatst op 02-12-2043 · Vacaturenummer 7713024

[Solliciteer direct]   [Bewaar]

Over de functie
Vacancy Number: {REF}
Post Number: {POST}
Post Title: {T}
Organisation: {ORG}
Branch: J-ENG Infrastructure Branch, Support Division
Duty Location: {LOC}
Working Time: {SCH}
NATO Grade: {GRADE}
Security Clearance: {CLR}
Closing Date: {DL}

Post context
The Infrastructure Branch keeps the headquarters' buildings, utilities and technical installations in service around the clock. The Infrastructure Engineer (Electrical Systems) is the Branch's specialist for power supply and electrical safety.

Principal duties
{bullets(DUTIES, "- ")}

Essential qualifications
{bullets(ESS, "- ")}

Desirable qualifications
{bullets(DES, "- ")}

Attributes and competencies
{chr(10).join(f"- {n}: {d}" for n, d in COMP)}

Conditions of employment
The successful candidate will be offered a definite duration contract of three years. The salary is {SAL}, plus allowances according to the NATO Civilian Personnel Regulations. Candidates must be nationals of a NATO member state.

How to apply
Send the NATO application form and a cover letter to the Civilian Human Resources Office before {DL}. Late applications are not considered. Shortlisted candidates will be invited to a technical test and interview on 10 February 2044.

Vergelijkbare vacatures
Elektrotechnisch ingenieur — Gemeente Heerlen — € 4.100 - € 5.600 — reageer vóór 15-01-2044
Projectleider installatietechniek — Zuyderland — € 4,5k - € 6k per maand

Over ons · Privacy · Cookies · Voorwaarden
"""
    write(f"{REF}-werkzoeken.txt", board, REF)
    expected(REF, POST, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-01-12",
             sal(6704.12), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
