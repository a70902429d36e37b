"""NSPA-MMF-44-031 - NSPA, Multinational MRTT Fleet Programme, Eindhoven. EN only.
Agency careers page saved as HTML (glued span facts); Dutch job-board copy."""
from common import *

KEY = "NSPA-MMF-44-031"
T = {"en": "Engineer (Tanker Fleet Configuration Management) - Multinational MRTT Fleet Programme"}
ORG = {"en": "NATO Support and Procurement Agency (NSPA)"}
LOC = {"en": "Eindhoven, Netherlands"}
SCH = {"en": "Full-time (40 hours per week)"}
DL = "2044-08-12"
SAL = sal(6382.55)
GRADE, CLR = "G14", "NATO SECRET"

SUMMARY = [
    "NSPA manages the Multinational MRTT Fleet (MMF) on behalf of the participating nations, from acquisition to in-service support. The Programme's on-site team at Eindhoven works side by side with the Multinational MRTT Unit that flies the aircraft.",
    "The Engineer keeps the configuration baseline of the fleet under control: every modification, service bulletin and software load is recorded, assessed and approved before it reaches an aircraft.",
]
DUTIES = [
    "Maintain the configuration baseline of each aircraft and of the fleet's ground equipment.",
    "Assess engineering change proposals and service bulletins received from the manufacturer and prepare decisions for the Configuration Control Board.",
    "Check that modifications are embodied as approved and that the records match the aircraft.",
    "Coordinate with the continuing airworthiness management organisation on the impact of changes.",
    "Prepare configuration status reports for the nations and for programme reviews.",
]
ESS = [
    "A university degree in aeronautical, mechanical or electrical engineering.",
    "At least five years of experience in configuration management or engineering support of aircraft.",
    "Good knowledge of EMAR/EASA Part-M and Part-21 principles.",
    "Experience with a configuration or maintenance information system.",
    "Proficiency in English at NATO SLP 3333.",
]
DES = [
    "Experience on the A330 or another large transport aircraft.",
    "Knowledge of NATO or national military airworthiness regulations.",
    "A working knowledge of Dutch, German or French.",
]
COMP = [
    ("Attention to detail", "keeps records exact and complete."),
    ("Decision making", "proposes clear options and their consequences."),
    ("Communication", "explains technical matters to non-specialists."),
    ("Cooperation", "works well with military crews, industry and national staff."),
]
COND = ("The selected candidate will receive a definite duration contract of three years, renewable. "
        "The basic salary is EUR 6,382.55 per month, tax free, with allowances according to the NATO Civilian "
        "Personnel Regulations. Occasional travel to Capellen, Cologne-Wahn and the manufacturer's sites is required.")
FACTS = [("Reference", KEY), ("Job title", T["en"]), ("NATO Body", ORG["en"]), ("Duty location", LOC["en"]),
         ("Working time", SCH["en"]), ("NATO Grade", GRADE), ("Security clearance", CLR),
         ("Salary", "EUR 6,382.55 per month"), ("Apply by", "12 August 2044, 23:59 CEST")]


def html():
    facts = "\n".join(f'    <li><span class="k">{k}</span><span class="v">{html_escape(v)}</span></li>' for k, v in FACTS)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0061)https://www.nspa.example/en/careers/vacancies/nspa-mmf-44-031 -->
<html lang="en"><head><meta charset="utf-8"><title>{html_escape(T['en'])} | NSPA Careers</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#1b2a3a}} header,footer{{background:#0b3a66;color:#fff;padding:10px 24px}}
nav a{{color:#fff;margin-right:14px}} .cookie{{background:#fffae6;padding:8px 24px;font-size:13px}}
.wrap{{display:flex;gap:28px;padding:16px 24px}} main{{flex:3}} aside{{flex:1;border-left:1px solid #ccd}}
ul.facts{{list-style:none;padding:0}} ul.facts .k{{font-weight:bold;display:inline-block;width:150px}}
</style></head><body>
<div class="cookie">We use cookies to improve your experience. <button>Accept all</button> <button>Settings</button></div>
<header><b>NSPA</b> NATO Support and Procurement Agency
<nav><a href="/en/">Home</a><a href="/en/about">About</a><a href="/en/business">Business</a><a href="/en/careers">Careers</a><a href="/fr/">FR</a></nav></header>
<div class="wrap"><main>
<p><a href="/en/">Home</a> / <a href="/en/careers">Careers</a> / Vacancies</p>
<h1>{html_escape(T['en'])}</h1>
<p class="date">Posted on 21 July 2044</p>
<ul class="facts">
{facts}
</ul>
<h2>Position summary</h2>
{''.join(f'<p>{html_escape(p)}</p>' for p in SUMMARY)}
<h2>Principal duties</h2>
{ul(DUTIES)}
<h2>Essential qualifications</h2>
{ul(ESS)}
<h2>Desirable qualifications</h2>
{ul(DES)}
<h2>Competencies</h2>
{ul([f'{n}: {d}' for n, d in COMP])}
<h2>Conditions of employment</h2>
<p>{html_escape(COND)}</p>
<p><a class="btn" href="#">Apply now</a></p>
</main>
<aside><h3>More vacancies</h3>
<ul><li>Logistics Officer (Fuel) - Capellen - apply by 26 August 2044</li><li>Airworthiness Assistant - Eindhoven - closed 29 July 2044</li></ul>
<h3>News</h3><p>Ninth MRTT enters service (14 July 2044)</p></aside></div>
<footer>NSPA, 11 rue de la Gare, L-8325 Capellen, Luxembourg · Privacy · Accessibility</footer>
</body></html>
"""


def board():
    return f"""Direct naar de inhoud
Nationale Vacaturebank    Vacatures zoeken    Werkgevers    Inloggen

Home > Vacatures > Eindhoven > {T['en']}

{T['en']}
NATO Support and Procurement Agency
Eindhoven · 40 uur · Tijdelijk contract · € 6.382,55 per maand · WO
Geplaatst op 22-07-2044 · Solliciteer voor 12-08-2044

Solliciteren    Opslaan    Delen

Over deze vacature

Reference: {KEY}
Job title: {T['en']}
NATO Body: {ORG['en']}
Duty location: {LOC['en']}
Working time: {SCH['en']}
NATO Grade: {GRADE}
Security clearance: {CLR}
Salary: EUR 6,382.55 per month
Apply by: 12 August 2044, 23:59 CEST

Position summary
{chr(10).join(SUMMARY)}

Principal duties
{bullets(DUTIES, '- ')}

Essential qualifications
{bullets(ESS, '- ')}

Desirable qualifications
{bullets(DES, '- ')}

Competencies
{comps(COMP, ': ', '- ')}

Conditions of employment
{COND}

Wat wij bieden
Salaris: € 6.382,55 per maand
Dienstverband: Tijdelijk, 36 maanden
Opleidingsniveau: WO

Vacaturenummer: NVB-8831450

Vergelijkbare vacatures
Configuration Manager - Veldhoven - € 4.800 - € 6.200 per maand
Aircraft Engineer - Woensdrecht - 19-08-2044
Technisch specialist luchtvaart - Eindhoven - 1 week geleden

Privacy · Cookies · Voorwaarden
"""


def build():
    write(f"{KEY}-nspa.html", html(), KEY)
    write(f"{KEY}-nationalevacaturebank.txt", board(), KEY)
    expected(KEY, ["en"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
