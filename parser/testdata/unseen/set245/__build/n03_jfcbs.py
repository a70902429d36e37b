from common import *

KEY = "JFCBS-TJOA-38-05"
TITLE = "Engineer (Infrastructure Sustainment)"
ORG = "Allied Joint Force Command Brunssum (JFCBS)"
LOC = "Brunssum, the Netherlands"
SCH = "Full-time"
GRADE, CLR = "G12", "NATO SECRET"
POST = "JBS JENG INF 0110"
ESS = [
    "A university degree in civil, structural or building services engineering;",
    "At least five years of experience in the maintenance or refurbishment of military or public facilities;",
    "Experience in preparing statements of work, cost estimates and technical specifications for contractors;",
    "Working knowledge of computer aided design and facility management software;",
    "English at NATO Standardized Language Profile 3333 or higher.",
]
DES = [
    "Professional registration as a chartered or licensed engineer;",
    "Knowledge of the NATO Security Investment Programme and its project procedures;",
    "Working knowledge of Dutch or German.",
]
COMP = [
    ("Problem solving", "Identifies the causes of technical faults and proposes practical, affordable repairs."),
    ("Planning and organising", "Sets priorities across several projects and keeps work on schedule."),
    ("Communication", "Explains technical matters clearly to military users and to contractors."),
    ("Integrity", "Applies procurement and safety rules consistently."),
]
INTRO = ("Allied Joint Force Command Brunssum is one of the operational commands of Allied Command Operations. "
         "The Engineer Branch of the Joint Enablement Division plans and manages the upkeep of the Headquarters' "
         "buildings, technical installations and field infrastructure, and advises the Command on host nation "
         "engineering support during exercises and operations.")
DUTIES = [
    "Prepares the annual maintenance programme for the Headquarters' buildings and technical installations;",
    "Drafts statements of work and technical specifications and evaluates contractors' offers;",
    "Supervises works on site and accepts completed works on behalf of the Command;",
    "Maintains the infrastructure register and the condition surveys of the facilities;",
    "Provides engineering advice during exercises, including on temporary camps and utilities.",
]


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2038-03-05",
             (5624.90, None, None, "EUR", "month"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP},
             post_number=POST)
    facts = [("Vacancy Number:", KEY), ("Post Number:", POST), ("Job Title:", TITLE), ("NATO Grade:", GRADE),
             ("Organisation:", ORG), ("Location:", LOC), ("Type of post:", SCH),
             ("Security Clearance:", CLR), ("Basic monthly salary (tax free):", "5,624.90 EUR"),
             ("Application Closing Date:", "05 March 2038, 23:59 CET")]
    rows = "\n".join(f"<tr><th>{a}</th><td>{esc(b)}</td></tr>" for a, b in facts)
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0061)https://jfcbs.nato.example/careers/civilian-vacancies/tjoa-38-05 -->
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | JFC Brunssum</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; margin: 1.5cm; hyphens: manual; }}
th {{ text-align: left; padding: 3px 10px 3px 0; vertical-align: top; }}
td {{ padding: 3px 0; }}
.cookie, nav, aside {{ font-size: 9pt; color: #444; }}
</style></head>
<body>
<div class="cookie">This site uses cookies to measure visits. <a href="#">Accept</a> <a href="#">Decline</a></div>
<nav><ul><li>Home</li><li>About JFCBS</li><li>News</li><li>Careers</li><li>Contact</li></ul></nav>
<p class="crumbs">Home / Careers / Civilian vacancies / {KEY}</p>
<main>
<h1>TEMPORARY JOB OPENING ANNOUNCEMENT</h1>
<h2>{TITLE}</h2>
<table>
{rows}
</table>
<h3>Post Context</h3>
<p>{INTRO}</p>
<h3>Principal Duties</h3>
<p>The incumbent's duties are:</p>
<ol type="a">{''.join(f'<li>{esc(x)}</li>' for x in DUTIES)}</ol>
<h3>Essential Qualifications</h3>
<ol type="a">{''.join(f'<li>{esc(x)}</li>' for x in ESS)}</ol>
<h3>Desirable Qualifications</h3>
<ol type="a">{''.join(f'<li>{esc(x)}</li>' for x in DES)}</ol>
<h3>Attributes/Competencies</h3>
{''.join(f'<p><b>{n}:</b> {esc(d)}</p>' for n, d in COMP)}
<h3>Remarks</h3>
<p>The appointment is for a definite duration of three years and may be renewed. Travel to exercise locations in Europe
for periods of up to three weeks is part of the post. Only nationals of NATO member countries may apply.
Shortlisted applicants will be invited to a technical test and interview in the first half of April 2038.</p>
<p>Applications must be submitted through the NATO Talent Acquisition Platform before the closing date. Applications
received by e-mail will not be considered.</p>
</main>
<aside><h4>Other vacancies</h4>
<ul><li>Assistant (Movement Control) - closing 26 February 2038</li>
<li>Clerk (Registry) - closing 12 March 2038</li></ul></aside>
<footer>&copy; 2038 Allied Joint Force Command Brunssum - Privacy - Accessibility</footer>
</body></html>
"""
    name = f"{KEY}-jfcbs.html"
    write(name, page, KEY)
    chromium_pdf(name, f"{KEY}-jfcbs.chromium.pdf")
    add_row(f"{KEY}-jfcbs.chromium.pdf", KEY, "pdf")
    pdftotext(os.path.join(ROOT, f"{KEY}-jfcbs.chromium.pdf"), os.path.join(ROOT, f"{KEY}-jfcbs.chromium.pdftotext.txt"))
    add_row(f"{KEY}-jfcbs.chromium.pdftotext.txt", KEY, "txt")

    li = f"""{TITLE}
Allied Joint Force Command Brunssum · Brunssum, Limburg, Netherlands · 6 days ago · 27 applicants
On-site  Full-time

Easy Apply   Save

See how you compare to 27 applicants. Try Premium for €0

About the job
TEMPORARY JOB OPENING ANNOUNCEMENT
Vacancy Number
{KEY}
Post Number
{POST}
NATO Grade
{GRADE}
Organisation
{ORG}
Location
{LOC}
Type of post
{SCH}
Security Clearance
{CLR}
Basic monthly salary (tax free)
5,624.90 EUR
Application Closing Date
05 March 2038, 23:59 CET

Post Context
{INTRO}

Principal Duties
{lines(DUTIES)}

Essential Qualifications
{lines(ESS)}

Desirable Qualifications
{lines(DES)}

Attributes/Competencies
{lines([f'{n}: {d}' for n, d in COMP])}

Remarks
The appointment is for a definite duration of three years and may be renewed. Only nationals of NATO member
countries may apply.
…show less

About the company
Allied Joint Force Command Brunssum
Armed Forces · 1,001-5,000 employees · 14,212 followers

More jobs
Project Engineer Utilities · Heerlen · €4,100 - €5,300 per month · 1 week ago
Facility Manager · Maastricht · €58k - €66k · closes 20 Mar 2038
"""
    write(f"{KEY}-linkedin.txt", li, KEY)
