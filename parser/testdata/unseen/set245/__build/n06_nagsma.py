from common import *

KEY = "NAGSMA-HR-38-04"
TITLE = "Officer (Configuration and Technical Data Management)"
ORG = "NATO Alliance Ground Surveillance Management Agency (NAGSMA)"
LOC = "Brussels, Belgium"
SCH = "Full-time"
GRADE, CLR = "G13", "NATO SECRET"
POST = "NAGSMA PDE CDM 0020"
ESS = [
    "a university degree in engineering, information management or a related technical discipline;",
    "at least five years of experience in configuration management of complex aeronautical or defence systems;",
    "experience in managing technical data packages, including drawings, software baselines and logistic data;",
    "knowledge of configuration management standards such as EIA-649 or ACMP;",
    "English at NATO Standardized Language Profile 3333.",
]
DES = [
    "experience with unmanned aircraft systems or airborne sensors;",
    "certification in configuration management;",
    "knowledge of French.",
]
COMP = [
    ("Attention to detail", "Keeps baselines and records complete and consistent."),
    ("Influence", "Obtains the cooperation of contractors and national experts without direct authority."),
    ("Planning", "Organises configuration audits and change boards to a fixed calendar."),
    ("Teamwork", "Works constructively within a small multinational programme team."),
]
CONTEXT = ("The Agency manages, on behalf of the participating nations, the acquisition and in-service support "
           "contracts of the Alliance Ground Surveillance system. The Product Data and Engineering Branch controls the "
           "system's configuration baselines and the technical data delivered by the industrial partners.")
DUTIES = [
    "chairs the Configuration Control Board secretariat and maintains the change records;",
    "reviews engineering change proposals and deviations submitted by industry;",
    "organises functional and physical configuration audits;",
    "maintains the technical data repository and controls access rights;",
    "reports on the status of baselines to the Programme Manager.",
]


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2038-03-15",
             (6912.75, None, None, "EUR", "month"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP},
             post_number=POST)
    facts = [("Vacancy reference", KEY), ("Post number", POST), ("Job title", TITLE), ("Organisation", ORG),
             ("Duty station", LOC), ("Working pattern", SCH), ("NATO Grade", GRADE),
             ("Basic monthly salary", "EUR 6,912.75 (tax free)"), ("Security clearance", CLR),
             ("Closing date", "Monday, 15 March 2038, 12:00 (CET)")]
    rows = "\n".join(f"<tr><th>{a}</th><td>{esc(b)}</td></tr>" for a, b in facts)
    src = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.2cm 2cm; @top-center {{ content: "NATO UNCLASSIFIED"; font-size: 9pt; }}
  @bottom-center {{ content: "NATO UNCLASSIFIED – page " counter(page) " of " counter(pages); font-size: 9pt; }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; hyphens: manual; }}
.lh {{ text-align: right; font-size: 9.5pt; }}
table {{ border-collapse: collapse; width: 100%; }}
th {{ background: #dde3ea; text-align: left; width: 32%; padding: 4px; border: 1px solid #889; }}
td {{ padding: 4px; border: 1px solid #889; }}
h2 {{ font-size: 11.5pt; margin-top: 14px; }}
</style></head><body>
<div class="lh"><b>NATO Alliance Ground Surveillance Management Agency</b><br>Boulevard Léopold III, Brussels<br>NAGSMA/HR(2038)0044<br>11 February 2038</div>
<h1 style="font-size:15pt">VACANCY NOTICE</h1>
<p>Vacancy reference: {KEY}</p>
<table>{rows}</table>
<h2>1. Background</h2><p>{CONTEXT}</p>
<h2>2. Main duties</h2><p>Under the direction of the Head of Branch, the incumbent:</p>
<ol>{''.join(f'<li>{esc(x)}</li>' for x in DUTIES)}</ol>
<h2>3. Essential qualifications</h2><p>The candidate must have:</p>
<ol>{''.join(f'<li>{esc(x)}</li>' for x in ESS)}</ol>
<h2>4. Desirable qualifications</h2>
<ol>{''.join(f'<li>{esc(x)}</li>' for x in DES)}</ol>
<h2>5. Competencies</h2>
{''.join(f'<p><b>{n}:</b> {esc(d)}</p>' for n, d in COMP)}
<h2>6. Conditions of employment</h2>
<p>Initial contract of three years. Candidates must be nationals of a nation participating in the AGS programme.
Interviews are planned in Brussels in the week of 12 April 2038. Applications must be made through the NATO Talent
Acquisition Platform; CVs sent by e-mail will not be considered.</p>
</body></html>"""
    p = os.path.join(BUILD, f"{KEY}-nagsma.html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(src)
    pdf = f"{KEY}-nagsma.weasyprint.pdf"
    weasy_pdf(p, pdf)
    add_row(pdf, KEY, "pdf")
    pdftotext(os.path.join(ROOT, pdf), os.path.join(ROOT, f"{KEY}-nagsma.weasyprint.pdftotext.txt"))
    add_row(f"{KEY}-nagsma.weasyprint.pdftotext.txt", KEY, "txt")

    board = f"""brusselsjobs.example - English-speaking jobs in Belgium
Find jobs   Company reviews   Salaries   Employers / Post Job

{TITLE}
NATO Alliance Ground Surveillance Management Agency - Brussels
EUR 6,912.75 a month - Full-time, Fixed term contract

Apply now   ♡

Job details
Pay
EUR 6,912.75 a month
Job type
Full-time
Fixed term contract

Full job description
Vacancy reference: {KEY}
Post number: {POST}
Organisation: {ORG}
Duty station: {LOC}
Working pattern: {SCH}
NATO Grade: {GRADE}
Security clearance: {CLR}
Closing date: Monday, 15 March 2038, 12:00 (CET)

Background
{CONTEXT}

Main duties
Under the direction of the Head of Branch, the incumbent:
{lines(DUTIES)}

Essential qualifications
The candidate must have:
{lines(ESS)}

Desirable qualifications
{lines(DES)}

Competencies
{lines([f'{n}: {d}' for n, d in COMP])}

Posted 8 days ago

People also viewed
Configuration Manager - aerospace supplier - Gosselies - €4,500 - €5,600 a month - closes 10 Mar 2038
Technical Data Officer - EU agency - Brussels - €61,000 - €70,000 a year
"""
    write(f"{KEY}-jobboard.txt", board, KEY)
