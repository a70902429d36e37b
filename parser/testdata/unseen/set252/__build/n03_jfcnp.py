from common import *
import html as H
K = "JFCNP-CIV-38-041"
TITLE = "Technician (Geospatial Information Support)"
POST = "JFCNP J2 GEO 0040"
ORG = "Allied Joint Force Command Naples (JFC Naples)"
LOC = "Lago Patria (Naples), Italy"
INTRO = "Allied Joint Force Command Naples is one of the two operational-level headquarters of the NATO Command Structure. The J2 Geospatial Section provides maps, imagery products and geographic data to the headquarters staff, to exercises and to deployed elements."
DUT = [
 "Produces standard and special maps and charts from the Section's geospatial database.",
 "Loads, checks and updates geographic data sets received from nations and from the NATO Geospatial Data Service.",
 "Operates large format printers and plotters and keeps a stock of paper and consumables.",
 "Supports exercises by preparing map packs and by operating the geospatial workstation of the Joint Operations Centre.",
 "Keeps the catalogue of holdings and issues products to users.",
]
ESS = [
 "Higher secondary education and a technical qualification in cartography, surveying or geographic information systems.",
 "At least three years of experience in the production of maps or geographic data.",
 "Practical experience with ArcGIS Pro or a comparable desktop GIS.",
 "Ability to operate and maintain large format printing equipment.",
 "English SLP 3232 (Listening, Speaking, Reading and Writing).",
]
DES = [
 "Experience in a military geographic service.",
 "Knowledge of NATO geospatial standards (STANAG 2211 or similar).",
 "Working knowledge of Italian.",
]
COMP = [("Accuracy", "checks every product before it leaves the Section."),
        ("Customer focus", "understands what the user needs and delivers it on time."),
        ("Teamwork", "works well with military and civilian colleagues of many nations.")]

def build():
    expected(K, POST, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": "Full-time"}, "2038-10-08",
             sal(3978.64), "G8", "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})
    e = H.escape
    ol = lambda xs: "<ol type=\"a\">" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ol>"
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0061)https://jfcnaples.nato.example/careers/civilian/{K.lower()} -->
<html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)} | JFC Naples</title>
<style>body{{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;margin:1.5em;hyphens:manual}} th{{text-align:left;background:#dde4ee;padding:3px 8px;width:32%}} td{{padding:3px 8px}} table{{border-collapse:collapse;width:100%}} .cookie,.nav{{font-size:9pt;color:#555}} aside{{font-size:9pt;border-top:1px solid #999;margin-top:2em}}</style></head>
<body>
<div class="cookie">This site uses cookies to measure traffic. <a href="#">Accept</a> <a href="#">Refuse</a></div>
<nav class="nav"><ul><li>Home</li><li>About us</li><li>Newsroom</li><li>Careers</li><li>Contact</li></ul></nav>
<p class="nav">Home &gt; Careers &gt; Civilian vacancies &gt; {K}</p>
<main>
<h1>NATO CIVILIAN VACANCY</h1>
<p>Published 10 September 2038</p>
<table>
<tr><th>Vacancy Number:</th><td>{K}</td></tr>
<tr><th>Post Number:</th><td>{POST}</td></tr>
<tr><th>Job Title:</th><td>{e(TITLE)}</td></tr>
<tr><th>NATO Grade:</th><td>G8</td></tr>
<tr><th>Organisation:</th><td>{e(ORG)}</td></tr>
<tr><th>Location:</th><td>{e(LOC)}</td></tr>
<tr><th>Schedule:</th><td>Full-time</td></tr>
<tr><th>Basic Monthly Salary:</th><td>3,978.64 EUR (tax free)</td></tr>
<tr><th>Security Clearance:</th><td>NATO SECRET</td></tr>
<tr><th>Application Closing Date:</th><td>08 October 2038, 23:59 (CEST)</td></tr>
</table>
<h2>Post Context</h2><p>{e(INTRO)}</p>
<h2>Principal Duties</h2><p>The incumbent:</p>{ol(DUT)}
<h2>Essential Qualifications</h2>{ol(ESS)}
<h2>Desirable Qualifications</h2>{ol(DES)}
<h2>Attributes/Competencies</h2>
{''.join(f'<p><b>{e(n)}:</b> {e(d)}</p>' for n, d in COMP)}
<h2>Remarks</h2>
<p>Initial contract of three years. Only nationals of NATO member states may apply, using the NATO application form. Interviews are expected in the second half of November 2038. Shift work during exercises may be required.</p>
</main>
<aside><h3>Other vacancies</h3><ul><li>Assistant (Budget Execution), G7 – closing 29 September 2038</li><li>Engineer (Infrastructure), G13 – closing 19 October 2038</li></ul></aside>
<footer><p>© NATO – Allied Joint Force Command Naples · Privacy · Accessibility</p></footer>
</body></html>
"""
    write(f"{K}-jfcnp.html", page, K)
    chromium(f"{K}-jfcnp.html", K)

    board = f"""LavoroCampania.example   Cerca offerte   Aziende   Pubblica un annuncio   Accedi
Home › Offerte › Napoli › Pubblica amministrazione

{TITLE}
NATO - JFC NaplesLago Patria (NA)Tempo pienoPubblicato 6 giorni fa
Candidati ora     Salva

Vacancy Number: {K}
Post Number: {POST}
Job Title: {TITLE}
NATO Grade: G8
Organisation: {ORG}
Location: {LOC}
Schedule: Full-time
Basic Monthly Salary: 3,978.64 EUR (tax free)
Security Clearance: NATO SECRET
Application Closing Date: 08 October 2038, 23:59 (CEST)

Post Context
{INTRO}

Principal Duties
{lines(DUT, '• ')}

Essential Qualifications
{lines(ESS, '• ')}

Desirable Qualifications
{lines(DES, '• ')}

Attributes/Competencies
{comps(COMP, marker='• ')}

Remarks
Initial contract of three years. Only nationals of NATO member states may apply.

Codice annuncio: LC-88410273 · Visualizzazioni: 214

Offerte simili
Cartografo GIS – Pozzuoli (NA) – 1.800 € - 2.200 € al mese – scade il 15/10/2038
Tecnico di stampa – Napoli – 1.600 € - 1.900 € – scade il 30/09/2038

© LavoroCampania.example · Privacy · Cookie
"""
    write(f"{K}-jobboard.txt", board, K)
