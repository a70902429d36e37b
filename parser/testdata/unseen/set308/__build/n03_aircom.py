from common import write, expected, sal, chromium

KEY = "AC-CIV-2043-11"
POST = "AC ASM AMX 0140"
TITLE = "Assistant (Airspace Management)"
ORG = "Headquarters Allied Air Command (HQ AIRCOM)"
LOC = "Ramstein Air Base, Germany"
SCHED = "Full-time (40 hours per week)"
GRADE = "G9"
CLEAR = "NATO SECRET"
INTRO = ("Headquarters Allied Air Command at Ramstein is the single air and space component command of the NATO "
         "Command Structure. Its Airspace Management Section coordinates the use of airspace for NATO air "
         "policing, exercises and operations with national authorities and with EUROCONTROL.")
DUTIES = [
    "Collect and check airspace requests from national and NATO units and enter them into the airspace planning tools",
    "Prepare draft airspace coordination orders and the daily airspace overview for the duty officers",
    "Maintain the Section's library of airspace structures, temporary reserved areas and national regulations",
    "Support exercise planning conferences with data, charts and records of decisions",
    "Keep the Section's correspondence and taskings up to date",
]
ESS = [
    "Completed secondary education and a vocational qualification in air traffic services, aeronautical information or a comparable field",
    "At least three years of experience in air traffic management, airspace planning or aeronautical information services",
    "Working knowledge of ICAO and EUROCONTROL airspace procedures",
    "Good command of standard office software and of a database or GIS application",
    "English at SLP 3332 (listening, speaking, reading, writing)",
]
DES = [
    "Experience with the Integrated Initial Flight Plan Processing System or LARA",
    "Service in a military air operations centre",
    "Working knowledge of German",
]
COMP = [
    ("Accuracy", "you check airspace data twice and notice discrepancies before others do"),
    ("Cooperation", "you work easily with civil and military partners from many nations"),
    ("Reliability", "you meet fixed publication times, also during exercises and surges"),
]
SAL_TEXT = "EUR 4,926.38 per month"
DL_TEXT = "8 June 2043, 23:59 (CEST)"


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2043-06-08",
             sal(4926.38), GRADE, CLEAR, {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP},
             post_number=POST)

    def ul(items):
        return "\n".join(f"    <li>{x}</li>" for x in items)
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0068)https://ac.nato.example/careers/civilian-vacancies/ac-civ-2043-11 -->
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Civilian Vacancies | Allied Air Command</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; margin: 0; color: #1b1b1b; hyphens: manual; }}
.cookie {{ background: #ececec; padding: 6px 18px; font-size: 9pt; }}
header {{ background: #002b5c; color: #fff; padding: 10px 18px; }}
header nav a {{ color: #fff; margin-right: 14px; text-decoration: none; }}
.wrap {{ display: flex; gap: 24px; padding: 14px 18px; }}
main {{ flex: 3; }} aside {{ flex: 1; font-size: 9.5pt; border-left: 1px solid #ccc; padding-left: 12px; }}
.crumbs {{ font-size: 9pt; color: #555; }}
table.facts {{ border-collapse: collapse; margin: 10px 0; }}
table.facts td {{ border-bottom: 1px solid #ddd; padding: 3px 10px 3px 0; vertical-align: top; }}
table.facts td.l {{ font-weight: bold; width: 170px; }}
h2 {{ font-size: 12.5pt; color: #002b5c; margin: 16px 0 4px; }}
footer {{ font-size: 8.5pt; color: #555; padding: 10px 18px; border-top: 1px solid #ccc; }}
</style></head>
<body>
<div class="cookie">This site uses cookies to measure visits. <a href="#">Accept</a> <a href="#">Decline</a></div>
<header><strong>ALLIED AIR COMMAND</strong> &nbsp; NATO
<nav><a href="#">Home</a><a href="#">About us</a><a href="#">Operations</a><a href="#">Newsroom</a><a href="#">Careers</a><a href="#">Contact</a></nav></header>
<div class="wrap"><main>
<div class="crumbs">Home / Careers / Civilian vacancies / {KEY}</div>
<h1>{TITLE}</h1>
<p><em>Published 14 May 2043 by the AIRCOM Civilian Human Resources Office</em></p>
<table class="facts">
<tr><td class="l">Vacancy Number</td><td>{KEY}</td></tr>
<tr><td class="l">Post Number</td><td>{POST}</td></tr>
<tr><td class="l">Organisation</td><td>{ORG}</td></tr>
<tr><td class="l">Location</td><td>{LOC}</td></tr>
<tr><td class="l">Working Hours</td><td>{SCHED}</td></tr>
<tr><td class="l">NATO Grade</td><td>{GRADE}</td></tr>
<tr><td class="l">Security Clearance</td><td>{CLEAR}</td></tr>
<tr><td class="l">Closing Date</td><td>{DL_TEXT}</td></tr>
</table>
<h2>Post context</h2>
<p>{INTRO}</p>
<h2>Principal duties</h2>
<p>The incumbent will:</p>
<ul>
{ul(DUTIES)}
</ul>
<h2>Essential qualifications</h2>
<ul>
{ul(ESS)}
</ul>
<h2>Desirable qualifications</h2>
<ul>
{ul(DES)}
</ul>
<h2>Competencies</h2>
<ul>
{chr(10).join(f"    <li><b>{n}:</b> {d}</li>" for n, d in COMP)}
</ul>
<h2>Conditions of employment</h2>
<p>The post is offered on a three-year definite duration contract. The basic salary is {SAL_TEXT}, free of
national income tax, plus the allowances for which the incumbent qualifies. Shift work may be required during
exercises.</p>
<h2>How to apply</h2>
<p>Only nationals of NATO member countries may apply, through the NATO application form sent to
recruitment@ac.nato.example. Interviews are planned for the week of 22 June 2043.</p>
</main>
<aside><h3>Other vacancies</h3>
<p>Clerk (Registry) – G5 – closed 28 May 2043</p>
<p>Engineer (Air C2 Data Links) – G14 – closing 30 June 2043</p>
<h3>Newsroom</h3><p>Air policing rotation hands over in Šiauliai (6 May 2043)</p></aside></div>
<footer>Allied Air Command · Ramstein Air Base · Building 313 · 66877 Ramstein-Miesenbach · Germany · Privacy · Imprint</footer>
</body></html>
"""
    name = f"{KEY}-aircom.html"
    write(name, html, KEY)
    chromium(name, KEY)

    board = f"""Zum Inhalt springen
StepStone   Jobs finden   Unternehmen   Gehalt   Anmelden
Jobs in Ramstein-Miesenbach > IT & Luftfahrt

{TITLE} (m/w/d)
NATO - Allied Air Command
Ramstein-Miesenbach
Feste Anstellung
Vollzeit
Befristet (3 Jahre)
Veröffentlicht: vor 5 Tagen
Gehalt: 4.926,38 € / Monat (steuerfrei)
Ich bin interessiert

Ihre Aufgaben (englischsprachige Stellenanzeige)

Vacancy Number: {KEY}
Post Number: {POST}
Organisation: {ORG}
Location: {LOC}
Working Hours: {SCHED}
NATO Grade: {GRADE}
Security Clearance: {CLEAR}
Closing Date: {DL_TEXT}

POST CONTEXT
{INTRO}

PRINCIPAL DUTIES
The incumbent will:
{chr(10).join("• " + x for x in DUTIES)}

ESSENTIAL QUALIFICATIONS
{chr(10).join("• " + x for x in ESS)}

DESIRABLE QUALIFICATIONS
{chr(10).join("• " + x for x in DES)}

COMPETENCIES
{chr(10).join(f"• {n}: {d}" for n, d in COMP)}

CONDITIONS OF EMPLOYMENT
Three-year definite duration contract. Basic salary {SAL_TEXT}, free of national income tax, plus allowances.

Bewerbungsschluss: 08.06.2043
Referenznummer: {KEY}

Ähnliche Jobs
Fluglotse/Fluglotsin (m/w/d) – Kaiserslautern – 62k – 74k € / Jahr
Sachbearbeiter Luftraumplanung (m/w/d) – Langen (Hessen) – bis 15.06.2043
Disponent Flugbetrieb (m/w/d) – Frankfurt am Main – Gehalt: 3.900 – 4.400 € / Monat

Jobagent erstellen · Datenschutz · AGB · Impressum
"""
    write(f"{KEY}-stepstone.txt", board, KEY)
