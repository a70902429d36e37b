"""383335 - Deployable Air Command and Control Centre (DACCC), Poggio Renatico (EN): job opening page as HTML,
Chromium PDF, Italian board copy."""
from common import *

REF = "383335"
TITLE = "Technician (Air Picture Recording and Replay)"
ORG = "Deployable Air Command and Control Centre (DACCC)"
LOC = "Poggio Renatico, Italy"
POST = "DACCC DAR RRS 0030"
ESS = [
    "Higher secondary education and a technical qualification in electronics, telecommunications or computer systems.",
    "At least three years of experience in the installation, operation or maintenance of computer systems in a military or industrial environment.",
    "Experience in installing and configuring Windows and Linux workstations and servers.",
    "Ability to read technical drawings, wiring diagrams and equipment manuals.",
    "Willingness to deploy for up to 60 days per year, including to austere locations.",
    "Language: English - SLP 3322 (Listening, Speaking, Reading, Writing).",
]
DES = [
    "Experience with air command and control or air surveillance systems.",
    "Knowledge of tactical data link message formats.",
    "A valid driving licence for vehicles above 3.5 tonnes.",
]
COMP = [
    ("Personal Attributes", "Practical, methodical and calm under pressure; able to work unsupervised during night shifts and deployments."),
    ("Professional Contacts", "Daily contacts with operators and engineers of the Centre, and with contractor support staff during upgrades."),
    ("Contribution to Objectives", "Reliable recording and replay of the air picture directly supports exercise evaluation and incident investigation."),
]
DUTIES = [
    "Installs, configures and tests the recording and replay workstations of the deployable air command and control system.",
    "Records the air picture during exercises and operations, and prepares replays for debriefings and investigations.",
    "Performs preventive and corrective maintenance and keeps the maintenance logs up to date.",
    "Manages the storage, labelling and transport of classified recording media.",
    "Trains operators in the use of the replay tools.",
]


def build():
    expected(REF, reference=REF, post_number=POST, languages=["en"],
             title={"en": TITLE, "fr": None}, organisation={"en": ORG, "fr": None},
             location={"en": LOC, "fr": None}, schedule={"en": "Full-time", "fr": None},
             deadline="2037-08-07", salary=sal(4432.85), grade="G9", clearance="NATO SECRET",
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": comps(COMP), "fr": None})

    li = lambda xs: "".join(f"<li>{esc(x)}</li>" for x in xs)
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://careers.daccc.example/vacancies/{REF}-air-picture-technician -->
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | DACCC Careers</title>
<style>
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; margin: 1.5cm; }}
.cookie {{ background: #eee; padding: 6px; font-size: 9pt; }}
nav ul {{ list-style: none; padding: 0; }} nav li {{ display: inline; margin-right: 12px; }}
table.facts {{ border-collapse: collapse; width: 100%; margin: 10px 0; }}
table.facts th {{ text-align: left; width: 34%; background: #dde4ee; padding: 4px; border: 1px solid #99a; }}
table.facts td {{ padding: 4px; border: 1px solid #99a; }}
h2 {{ font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #446; }}
aside {{ border-top: 2px solid #446; margin-top: 20px; font-size: 9pt; }}
</style></head><body>
<div class="cookie">This site uses cookies to remember your settings. <a href="#">Accept</a> | <a href="#">Decline</a></div>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">About DACCC</a></li><li><a href="#">Vacancies</a></li><li><a href="#">Life in Poggio Renatico</a></li><li><a href="#">Contact</a></li></ul></nav>
<p><a href="#">Home</a> / <a href="#">Vacancies</a> / {REF}</p>
<p><b>TEMPORARY JOB OPENING ANNOUNCEMENT</b> / NATO civilian post</p>
<h1>{TITLE}</h1>
<table class="facts">
<tr><th>Vacancy Number:</th><td>{REF}</td></tr>
<tr><th>Post Number:</th><td>{POST}</td></tr>
<tr><th>Job Title:</th><td>{TITLE}</td></tr>
<tr><th>NATO Grade:</th><td>G9</td></tr>
<tr><th>Organization:</th><td>{ORG}</td></tr>
<tr><th>Location:</th><td>{LOC}</td></tr>
<tr><th>Type of post:</th><td>Full-time</td></tr>
<tr><th>Security Clearance:</th><td>NATO SECRET</td></tr>
<tr><th>Basic monthly salary:</th><td>4,432.85 EUR (tax free)</td></tr>
<tr><th>Application Closing Date:</th><td>07 August 2037, 23:59 CEST</td></tr>
</table>
<h2>Post Description</h2>
<p>The DACCC provides a deployable air command and control capability to NATO, able to deploy at short notice to conduct air operations. The Deployable Air Recognised Air Picture section records, stores and replays the air picture produced during exercises and operations. The incumbent is a member of the section's technical team and reports to the Section Head (OF-3).</p>
<h2>Principal Duties</h2>
<p>The incumbent's duties are:</p>
<ol type="a">{li(DUTIES)}</ol>
<h2>Special Requirements and Additional Duties</h2>
<p>The incumbent may be required to work shifts, and to perform stand-by duty at weekends during exercise periods. The employee may be required to undertake deployments in support of military operations and exercises, and/or TDY assignments, both within and outside NATO's boundaries.</p>
<h2>Essential Qualifications</h2>
<ol type="a">{li(ESS)}</ol>
<h2>Desirable Qualifications</h2>
<ol type="a">{li(DES)}</ol>
<h2>Attributes/Competencies</h2>
<ul>{"".join(f"<li><b>{esc(n)}:</b> {esc(d)}</li>" for n, d in COMP)}</ul>
<h2>Remarks</h2>
<p>Only nationals of NATO member states may apply. Applications must be submitted through the NATO careers portal before the closing date. Shortlisted candidates will be invited to a practical test and an interview in Poggio Renatico in the first half of September 2037. The successful candidate will be offered a three-year definite duration contract.</p>
<aside><p><b>Other vacancies</b></p>
<ul><li>Clerk (Supply) – G5 – closing 24 July 2037</li><li>Engineer (Radar Integration) – G15 – closing 18 September 2037</li></ul>
<p>© DACCC · Privacy · Accessibility</p></aside>
</body></html>
"""
    write(f"{REF}-daccc.html", page, REF)
    chromium_pdf(f"{REF}-daccc.html", f"{REF}-daccc.chromium.pdf")
    add_pdf(f"{REF}-daccc.chromium.pdf", REF, dump=True)

    board = f"""LavoroEmilia.example  |  Offerte di lavoro in Emilia-Romagna
Cerca  Aziende  Carriere internazionali  Accedi
Home > Offerte > Ferrara > Tecnico

{TITLE}
NATO - DACCCPoggio Renatico (FE)Tempo pienoPubblicato 9 giorni fa
Candidati sul sito dell'azienda    Salva    Condividi
Vacancy Number: {REF}
Post Number: {POST}
Job Title: {TITLE}
NATO Grade: G9
Organization: {ORG}
Location: {LOC}
Type of post: Full-time
Security Clearance: NATO SECRET
Basic monthly salary: 4,432.85 EUR (tax free)
Application Closing Date: 07 August 2037, 23:59 CEST

Post Description
The DACCC provides a deployable air command and control capability to NATO, able to deploy at short notice to conduct air operations. The incumbent is a member of the section's technical team.
Principal Duties
{lines(DUTIES, "• ")}
Essential Qualifications
{lines(ESS, "• ")}
Desirable Qualifications
{lines(DES, "• ")}
Attributes/Competencies
{lines([f"{n}: {d}" for n, d in COMP], "• ")}
Remarks
Only nationals of NATO member states may apply. Shortlisted candidates will be invited to a practical test in September 2037.

Codice annuncio: LE-37-0713559   Visualizzazioni: 188

Offerte simili
Tecnico manutentore impianti radar    Cento (FE)    € 2.100 - 2.600 al mese    scade il 31/07/2037
Sistemista Linux junior    Bologna    € 28.000 - 32.000 annui    scade il 21/08/2037

© 2037 LavoroEmilia.example - P.IVA 00000000000 - Privacy - Cookie
"""
    write(f"{REF}-jobboard.txt", board, REF)
