"""DIANA-HR-2037-07 - Defence Innovation Accelerator for the North Atlantic, London (EN): Word-style notice ->
WeasyPrint PDF + dump; UK board copy."""
from common import *

REF = "DIANA-HR-2037-07"
TITLE = "Programme Manager (Accelerator Site Network)"
ORG = "Defence Innovation Accelerator for the North Atlantic (DIANA)"
LOC = "London, United Kingdom"
POST = "DIA PMO ASN 0020"
ESS = [
    "A university degree in engineering, science, business administration or a related field, or equivalent professional experience;",
    "At least six years of experience in programme or project management, of which at least two years managing contracts with external partners;",
    "Experience in building and managing networks of partner organisations such as universities, laboratories or business incubators;",
    "Proven ability to manage a budget, to monitor performance indicators and to report to senior management;",
    "Excellent drafting and presentation skills in English;",
    "Minimum NATO Standardized Language Profile (SLP) in English of 4444.",
]
DES = [
    "Experience of the defence or security sector, or of dual-use technologies;",
    "Experience of working with start-ups or of venture funding;",
    "A recognised project management certification;",
    "Knowledge of French.",
]
COMP = [
    ("Achievement", "Creates own measures of excellence and improves performance."),
    ("Change Leadership", "Personally leads change by making it happen."),
    ("Impact and Influence", "Uses indirect influence to persuade partners."),
    ("Initiative", "Is decisive in a time-sensitive situation."),
    ("Teamwork", "Solicits inputs and encourages others."),
]
DUTIES = [
    "Manage the agreements with the accelerator sites and test centres of the DIANA network and monitor their performance.",
    "Prepare the annual work plan and budget of the network and report on its execution.",
    "Organise the selection of new sites together with the Allied nations and the Board of Directors' secretariat.",
    "Coordinate the support offered to innovators during the accelerator programme, including access to test facilities.",
    "Represent DIANA at events and meetings with national authorities, universities and industry.",
]


def build():
    expected(REF, reference=REF, post_number=POST, languages=["en"],
             title={"en": TITLE, "fr": None}, organisation={"en": ORG, "fr": None},
             location={"en": LOC, "fr": None}, schedule={"en": "Full-time", "fr": None},
             deadline="2037-08-14", salary=sal(6487.19, cur="GBP"), grade="G16", clearance="NATO SECRET",
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": comps(COMP), "fr": None})

    li = lambda xs: "".join(f"<li>{esc(x)}</li>" for x in xs)
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 2.2cm 2cm;
  @top-center {{ content: "NATO UNCLASSIFIED"; font: bold 9pt 'Liberation Sans'; }}
  @bottom-center {{ content: "NATO UNCLASSIFIED – page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; }} }}
body {{ font: 10.5pt/1.35 'Liberation Sans', sans-serif; hyphens: manual; }}
.lh {{ text-align: right; font-size: 9pt; }}
h1 {{ font-size: 13pt; text-align: center; margin: 14pt 0 4pt; }}
p.sub {{ text-align: center; margin-top: 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 10pt 0; }}
th {{ text-align: left; background: #e3e7ef; width: 38%; padding: 4pt; border: 0.5pt solid #888; font-weight: bold; }}
td {{ padding: 4pt; border: 0.5pt solid #888; }}
h2 {{ font-size: 11pt; margin: 12pt 0 4pt; }}
</style></head><body>
<div class="lh">Defence Innovation Accelerator for the North Atlantic<br>Human Resources<br>DIANA/HR(2037)0219<br>16 July 2037</div>
<h1>VACANCY NOTICE</h1>
<p class="sub">Vacancy reference: {REF}</p>
<table>
<tr><th>Post title</th><td>{TITLE}</td></tr>
<tr><th>Organisation</th><td>{ORG}</td></tr>
<tr><th>Post number</th><td>{POST}</td></tr>
<tr><th>Grade</th><td>NATO Grade G16</td></tr>
<tr><th>Duty station</th><td>{LOC}</td></tr>
<tr><th>Working pattern</th><td>Full-time</td></tr>
<tr><th>Security clearance</th><td>NATO SECRET</td></tr>
<tr><th>Basic monthly salary</th><td>GBP 6,487.19 (tax free)</td></tr>
<tr><th>Closing date</th><td>Friday, 14 August 2037, 23:59 (BST)</td></tr>
</table>
<h2>1. Background</h2>
<p>DIANA helps innovators in the Alliance bring dual-use technologies to maturity through a network of accelerator sites and test centres in Allied nations. The Programme Management Office plans and runs the accelerator programme and manages the relations with the sites.</p>
<h2>2. Main duties</h2>
<ol>{li(DUTIES)}</ol>
<h2>3. Essential qualifications and experience</h2>
<p>The candidate must have:</p>
<ol>{li(ESS)}</ol>
<h2>4. Desirable qualifications and experience</h2>
<ol>{li(DES)}</ol>
<h2>5. Competencies</h2>
{"".join(f"<p><b>{esc(n)}:</b> {esc(d)}</p>" for n, d in COMP)}
<h2>6. Conditions of employment</h2>
<p>The successful candidate will be offered a definite duration contract of three years, renewable. Allowances may be paid in addition to the basic salary in accordance with the NATO Civilian Personnel Regulations. Interviews are expected to take place in London in late September 2037.</p>
<h2>7. How to apply</h2>
<p>Applications must be submitted through the NATO careers portal, quoting the vacancy reference. Only nationals of NATO member countries are eligible.</p>
</body></html>
"""
    src = os.path.join(BUILD, "diana-notice.html")
    open(src, "w", encoding="utf-8").write(doc)
    weasyprint_pdf(src, f"{REF}-diana.weasyprint.pdf")
    add_pdf(f"{REF}-diana.weasyprint.pdf", REF, dump=True)

    board = f"""CivilServiceAndDefenceJobs.example
Find jobs   Company reviews   Salary guide   Sign in
{TITLE}
DIANA (NATO) - London
£6,487.19 a month - Full-time, Fixed term contract
Apply on company site
Job details
Pay
£6,487.19 a month
Job type
Full-time
Fixed term contract
Location
London
Full job description
Vacancy reference: {REF}
Post title: {TITLE}
Organisation: {ORG}
Post number: {POST}
Grade: NATO Grade G16
Duty station: {LOC}
Working pattern: Full-time
Security clearance: NATO SECRET
Basic monthly salary: GBP 6,487.19 (tax free)
Closing date: Friday, 14 August 2037, 23:59 (BST)

1. Background
DIANA helps innovators in the Alliance bring dual-use technologies to maturity through a network of accelerator sites and test centres in Allied nations.
2. Main duties
{lines(DUTIES)}
3. Essential qualifications and experience
The candidate must have:
{lines(ESS)}
4. Desirable qualifications and experience
{lines(DES)}
5. Competencies
{lines([f"{n}: {d}" for n, d in COMP])}
6. Conditions of employment
The successful candidate will be offered a definite duration contract of three years, renewable.
Posted 5 days ago
Report job

People also viewed
Innovation Programme Lead - Ministry of Defence - London - £62,000 - £71,000 a year - closing 30 July 2037
Partnerships Manager - University consortium - Cambridge - £48,500 a year - closing 21 August 2037
"""
    write(f"{REF}-jobboard.txt", board, REF)
