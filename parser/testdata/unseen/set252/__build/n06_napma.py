from common import *
import html as H
K = "NAPMA-HR-2038-09"
TITLE = "Engineer (Mission System Configuration Management)"
POST = "NAPMA ENG MSC 0140"
ORG = "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)"
LOC = "Brunssum, the Netherlands"
INTRO = "NAPMA manages on behalf of the participating nations the modernisation and support programmes of the NATO E-3A fleet and prepares the transition to the Alliance Future Surveillance and Control capability. The Engineering Division is responsible for the technical baseline of the aircraft and of its mission system."
DUT = [
 "lead the configuration management of the mission system software and hardware baselines;",
 "chair the configuration control board meetings and keep their records;",
 "review engineering change proposals submitted by industry and assess their impact on cost, schedule and safety;",
 "maintain the configuration status accounting database and produce reports for the programme office;",
 "take part in audits of contractors' configuration management processes.",
]
ESS = [
 "a university degree in engineering, computer science or a related technical discipline;",
 "at least five years of experience in configuration management of complex aircraft or defence systems;",
 "sound knowledge of configuration management standards such as EIA-649 or ACMP 2100;",
 "experience of working with industry on engineering change proposals;",
 "English at SLP 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
 "experience with airborne surveillance or command and control systems;",
 "a professional certification in configuration management;",
 "knowledge of Dutch or German.",
]
COMP = [("Analytical thinking", "breaks down complex changes and sees their effects on the whole system."),
        ("Communication", "writes clear reports and presents technical issues to non-specialists."),
        ("Negotiation", "defends the Agency's position with industry while keeping good relations."),
        ("Integrity", "handles commercially sensitive information with discretion.")]

def build():
    expected(K, POST, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": "Full-time (39 hours per week)"}, "2038-10-15",
             sal(8512.06), "G15", "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})
    e = H.escape
    ol = lambda xs: "<ol>" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ol>"
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.2cm 2cm; @top-center {{ content: "NATO UNCLASSIFIED"; font: bold 9pt 'Liberation Sans' }} @bottom-center {{ content: "NATO UNCLASSIFIED – page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans' }} }}
body {{ font: 10.5pt 'Liberation Sans'; hyphens: manual }} .lh {{ text-align:right; font-size:9pt }} th {{ text-align:left; background:#e3e3e3; width:35%; padding:3px }} td {{ padding:3px }} table {{ width:100%; border-collapse:collapse }} h1 {{ font-size:14pt; text-align:center }} h2 {{ font-size:11pt }}
</style></head><body>
<div class="lh">NATO AEW&amp;C Programme Management Agency<br>Akerstraat 7, Brunssum<br>NAPMA/HR(2038)0412<br>14 September 2038</div>
<h1>VACANCY NOTICE</h1>
<p><b>Vacancy reference:</b> {K}</p>
<table>
<tr><th>Post title</th><td>{e(TITLE)}</td></tr>
<tr><th>Post number</th><td>{POST}</td></tr>
<tr><th>Organisation</th><td>{e(ORG)}</td></tr>
<tr><th>Duty station</th><td>{e(LOC)}</td></tr>
<tr><th>Grade</th><td>NATO Grade G15</td></tr>
<tr><th>Basic monthly salary</th><td>8,512.06 EUR (tax free)</td></tr>
<tr><th>Working time</th><td>Full-time (39 hours per week)</td></tr>
<tr><th>Security clearance</th><td>NATO SECRET</td></tr>
<tr><th>Closing date</th><td>Friday, 15 October 2038, 12:00 (CEST)</td></tr>
</table>
<h2>1. Background</h2><p>{e(INTRO)}</p>
<h2>2. Duties</h2><p>Under the direction of the Head of the Mission System Branch, the incumbent will:</p>{ol(DUT)}
<h2>3. Essential qualifications and experience</h2><p>The candidate must have:</p>{ol(ESS)}
<h2>4. Desirable qualifications and experience</h2>{ol(DES)}
<h2>5. Competencies</h2>
{''.join(f'<p><b>{e(n)}:</b> {e(d)}</p>' for n, d in COMP)}
<h2>6. Conditions of employment</h2>
<p>Initial definite duration contract of three years. Staff members receive allowances according to the NATO Civilian Personnel Regulations. Travel costs for interviews are reimbursed. Interviews are foreseen in late November 2038.</p>
<h2>7. How to apply</h2>
<p>Send the completed NATO application form to the NAPMA Human Resources Office (recruitment@napma.example) quoting the vacancy reference. Incomplete applications will not be considered.</p>
</body></html>"""
    open(os.path.join(BUILD, f"{K}-napma.html"), "w", encoding="utf-8").write(doc)
    weasy(f"{K}-napma.html", f"{K}-napma.weasyprint.pdf", K)
    board = f"""Vacaturebank Limburg.example   Vacatures   Bedrijven   Salariswijzer   Inloggen
Home / Vacatures / Brunssum / Techniek

{TITLE}
NAPMA (NAVO)Brunssum, LimburgFulltime39 uurGeplaatst 3 dagen geleden
Solliciteer direct   Bewaar vacature

Kerngegevens
Vacancy reference: {K} | Post number: {POST} | Organisation: {ORG} | Duty station: {LOC} | Grade: NATO Grade G15 | Basic monthly salary: 8,512.06 EUR (tax free) | Working time: Full-time (39 hours per week) | Security clearance: NATO SECRET | Closing date: Friday, 15 October 2038, 12:00 (CEST)

Functieomschrijving
1. Background
{INTRO}
2. Duties
{lines(DUT)}
3. Essential qualifications and experience
The candidate must have:
{lines(ESS, '✓ ')}
4. Desirable qualifications and experience
{lines(DES, '✓ ')}
5. Competencies
{comps(COMP)}
6. Conditions of employment
Initial definite duration contract of three years.

Vacaturenummer VBL-2038-66192 · 187 keer bekeken

Vergelijkbare vacatures
Configuration Manager – Heerlen – € 4.800 - € 5.900 per maand – sluit 12-10-2038
Systems Engineer Avionics – Geilenkirchen (DE) – € 5.200 - € 6.400 – sluit 29-10-2038
"""
    write(f"{K}-jobboard.txt", board, K)
