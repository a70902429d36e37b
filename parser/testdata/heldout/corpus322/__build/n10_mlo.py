"""MLO-BG-LE-2044-03 - NATO Military Liaison Office Belgrade (liaison office). EN only.
Office vacancy page (HTML, table facts, names-only competencies); Serbian job-board copy."""
from common import *

KEY = "MLO-BG-LE-2044-03"
T = {"en": "Transit Coordination Assistant"}
ORG = {"en": "NATO Military Liaison Office Belgrade (MLO Belgrade)"}
LOC = {"en": "Belgrade, Serbia"}
SCH = {"en": "Full-time (Monday to Friday, 08:00-16:00)"}
DL = "2044-08-29"
SAL = sal(187650, "RSD")
GRADE, CLR = "LE-6", "NATO RESTRICTED"
DLT = "Monday, 29 August 2044, 15:00 (Belgrade time)"
SALT = "RSD 187,650 gross per month"

INTRO = ("The NATO Military Liaison Office in Belgrade is the link between NATO and the Serbian Ministry of Defence and "
         "Armed Forces. Among other tasks, it supports the practical implementation of the transit arrangements that "
         "allow NATO personnel and goods to cross Serbia. The Transit Coordination Assistant handles the daily "
         "paperwork and contacts needed for each movement.")
DUTIES = [
    "Receive transit requests from NATO units and check that they are complete",
    "Prepare and submit the requests to the Serbian authorities and follow them up",
    "Coordinate with border crossing points, the police and transport companies",
    "Keep the transit log and prepare monthly statistics for the Chief of Office",
    "Translate and interpret between Serbian and English",
]
ESS = [
    "University degree (bachelor level) in law, international relations, transport or a related field.",
    "At least two years of experience in customs, freight forwarding, logistics or an administrative post dealing with state authorities.",
    "Excellent Serbian and English, spoken and written.",
    "Good computer skills (Word, Excel, Outlook).",
    "Serbian citizenship and a valid driving licence (category B).",
]
DES = [
    "Experience of working with an international organisation or an embassy.",
    "Knowledge of customs procedures for military goods.",
    "Knowledge of a second foreign language.",
]
COMP = [("Accuracy", ""), ("Discretion", ""), ("Initiative", ""), ("Courtesy", ""), ("Resistance to stress", "")]
OTHER = ("The selected candidate will be employed under the terms for local employees of the Office, with a one-year "
         "contract that may be extended. Salary: RSD 187,650 gross per month, with a transport allowance. "
         "Only shortlisted candidates will be contacted; tests and interviews are planned for mid-September 2044.")
FACTS = [("Announcement No.", KEY), ("Position", T["en"]), ("Organization", ORG["en"]), ("Duty station", LOC["en"]),
         ("Working hours", SCH["en"]), ("Grade", GRADE), ("Salary", SALT), ("Security clearance", CLR),
         ("Opening date", "1 August 2044"), ("Closing date", DLT)]


def html():
    rows = "\n".join(f'<tr><td class="l">{k}</td><td>{html_escape(v)}</td></tr>' for k, v in FACTS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: {T['en']} - MLO Belgrade</title>
<style>body{{font-family:Georgia,serif;max-width:900px;margin:auto}} .lang{{text-align:right;font-size:12px}}
td.l{{font-weight:bold;width:200px;background:#f1f1f6}} table{{border-collapse:collapse}} td{{border:1px solid #ccd;padding:4px 8px}}
nav ul{{list-style:none;display:flex;gap:16px;padding:0}}</style></head><body>
<div class="lang">Српски | Srpski | <b>English</b></div>
<header><img src="logo.png" alt="NATO MLO Belgrade logo"> NATO Military Liaison Office Belgrade
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About MLO</a></li><li><a href="/news">Newsroom</a></li><li><a href="/vacancies">Vacancies</a></li></ul></nav></header>
<p><a href="/">MLO Belgrade</a> / <a href="/vacancies">Vacancies</a> / {KEY}</p>
<main>
<h1>Vacancy: {T['en']}</h1>
<table>
{rows}
</table>
<p>{html_escape(INTRO)}</p>
<h2>Duties</h2>
{ul(DUTIES, 'ol')}
<h2>Qualifications and experience</h2>
<h3>Essential</h3>
{ul(ESS)}
<h3>Desirable</h3>
{ul(DES)}
<h2>Competencies</h2>
{ul([n for n, _ in COMP])}
<h2>Other information</h2>
<p>{html_escape(OTHER)}</p>
<p>Applications (CV in English and a cover letter) should be sent by e-mail to recruitment@mlo-belgrade.example with the announcement number in the subject line. NATO does not charge any fee at any stage of the recruitment process.</p>
</main>
<aside><h3>Newsroom</h3><ul><li>Transit working group meets in Niš (12 July 2044)</li><li>Open day for students of the Military Academy, 30 August 2044</li></ul></aside>
<footer>NATO MLO Belgrade · Birčaninova 5, Belgrade · Privacy</footer>
</body></html>
"""


def board():
    return f"""Preskoči na sadržaj
Poslovi.rs    Oglasi za posao    Poslodavci    Karijerni saveti    Prijava

Početna > Poslovi > Beograd > Logistika i transport > {T['en']}

{T['en']}NATO Military Liaison Office BelgradeBeograd
Rok za prijavu: 29.08.2044.Objavljeno: 02.08.2044.
Puno radno vreme · Ugovor na određeno · Plata: 187.650 RSD bruto
Prijavi se    Sačuvaj oglas

Announcement No.: {KEY}
Position: {T['en']}
Organization: {ORG['en']}
Duty station: {LOC['en']}
Working hours: {SCH['en']}
Grade: {GRADE}
Salary: {SALT}
Security clearance: {CLR}
Closing date: {DLT}

{INTRO}

Duties:
{bullets(DUTIES, '– ')}

Essential:
{bullets(ESS, '– ')}

Desirable:
{bullets(DES, '– ')}

Competencies:
{bullets([n for n, _ in COMP], '– ')}

{OTHER}

Broj oglasa: PR-2044-660915   Pregleda: 1.204

Slični oglasi
Carinski referent - Beograd - 120.000 - 150.000 RSD - 05.08.2044.
Koordinator transporta - Novi Sad - pre 3 dana
Asistent u ambasadi - Beograd - rok 26.08.2044.

Uslovi korišćenja · Privatnost · Kolačići
"""


def build():
    write(f"{KEY}-mlo.html", html(), KEY)
    write(f"{KEY}-poslovi.txt", board(), KEY)
    expected(KEY, ["en"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
