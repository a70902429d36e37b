"""IPCC Secretariat consultancy, home-based, EN: ipcc.ch call page (HTML) and ToR printed with WeasyPrint + dump."""
from common import *

KEY = "ipcc-cons-2035-11"
REF = "IPCC/CONS/2035/11"
TITLE = "Copy-editing Consultant (Assessment Report Chapters)"
ORG = "Intergovernmental Panel on Climate Change"
LOC = "Home-based"

ESS = [
    "Master's degree in English, journalism, communications, environmental science or a related field.",
    "At least seven years of experience in copy-editing scientific or technical reports for publication.",
    "Demonstrated command of British English spelling conventions and of a major style manual.",
    "Native-level English.",
]
DES = [
    "Familiarity with climate science terminology and with the IPCC assessment process.",
    "Experience in editing for a United Nations entity.",
]
BACK = ("The Intergovernmental Panel on Climate Change (IPCC) prepares comprehensive assessment reports on the state "
        "of knowledge on climate change. The IPCC Secretariat, hosted by the World Meteorological Organization in "
        "Geneva, coordinates the production of the reports with the Technical Support Units of the Working Groups. "
        "To prepare the final chapters of the current assessment cycle for layout, the Secretariat seeks an "
        "experienced copy-editor.")
TASKS = [
    "Copy-edit up to twelve approved chapters for consistency, grammar, spelling and adherence to the IPCC style "
    "guide, without changing the scientific content.",
    "Check the consistency of cross-references, figure and table call-outs, units and acronyms.",
    "Prepare a query log for authors and the Technical Support Units and integrate their replies.",
    "Update the IPCC style guide with the editorial decisions taken during the assignment.",
]
DELIV = [("1", "Edited chapters 1 to 4 with query logs", "15 February 2036", "18"),
         ("2", "Edited chapters 5 to 8 with query logs", "31 March 2036", "18"),
         ("3", "Edited chapters 9 to 12 and updated style guide", "15 May 2036", "19")]


def build():
    tasks = "".join("<li>%s</li>" % E(t) for t in TASKS)
    drows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(E(x) for x in d) for d in DELIV)
    tor = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Terms of Reference {E(REF)}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm; @bottom-center {{ content: "{REF} – page " counter(page); font-size: 8pt; color: #555 }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35 }}
.head {{ text-align: center; font-weight: bold; letter-spacing: 1px }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ border: 0.6pt solid #333; padding: 3pt 5pt; text-align: left; vertical-align: top }}
th {{ background: #e9eef4; width: 30% }}
h2 {{ font-size: 10.5pt; margin: 14pt 0 4pt; text-transform: uppercase }}
</style></head><body>
<p class="head">INTERGOVERNMENTAL PANEL ON CLIMATE CHANGE<br>IPCC Secretariat, c/o World Meteorological Organization, Geneva</p>
<p class="head">TERMS OF REFERENCE – INDIVIDUAL CONSULTANCY</p>
<table>
<tr><th>Reference</th><td>{E(REF)}</td></tr>
<tr><th>Title</th><td>{E(TITLE)}</td></tr>
<tr><th>Contracting entity</th><td>World Meteorological Organization, on behalf of the IPCC Secretariat</td></tr>
<tr><th>Location</th><td>{LOC}</td></tr>
<tr><th>Travel</th><td>One mission of three days to Geneva</td></tr>
<tr><th>Duration</th><td>55 working days between January and May 2036</td></tr>
<tr><th>Date of issue</th><td>20 November 2035</td></tr>
<tr><th>Closing date</th><td>12 December 2035</td></tr>
</table>
<h2>1. Background</h2>
<p>{E(BACK)}</p>
<h2>2. Scope of work</h2>
<p>Under the supervision of the Head of Publications of the IPCC Secretariat, the consultant will:</p>
<ol type="a">{tasks}</ol>
<h2>3. Deliverables and schedule</h2>
<table><tr><th style="width:8%">No.</th><th style="width:46%">Deliverable</th><th>Due by</th><th>Working days</th></tr>{drows}</table>
<h2>4. Qualifications</h2>
<p><b>Minimum requirements</b></p>
{ul(ESS)}
<p><b>Assets</b></p>
{ul(DES)}
<h2>5. Remuneration</h2>
<p>The consultant will be paid a daily fee of USD 515 per working day, on certification of each deliverable. The travel to Geneva will be arranged and paid separately under the WMO travel rules.</p>
<h2>6. How to apply</h2>
<p>Send a CV, two editing samples and the daily fee expectation to ipcc-recruitment@ipcc.example, quoting the reference, by the closing date. Short-listed candidates will take an editing test in the week of 5 January 2036.</p>
</body></html>
"""
    p = src(KEY + "-tor.html", tor)
    weasy_pdf(p, KEY + "-tor.weasyprint.pdf", KEY)

    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Call for consultant: {E(TITLE)} — IPCC</title></head>
<body>
<header>
<a href="#">IPCC</a>
<nav><a href="#">About</a> | <a href="#">Reports</a> | <a href="#">Working Groups</a> | <a href="#">Activities</a> | <a href="#">News</a> | <a href="#">Calls</a> | <a href="#">Vacancies</a></nav>
<form><input placeholder="Search"></form>
<span>العربية | 中文 | English | Français | Русский | Español</span>
</header>
<main>
<p>Home » Vacancies » Consultancies</p>
<h1>Call for consultant: {E(TITLE)}</h1>
<p class="date">Posted: 20 November 2035 · Closing date: 12 December 2035</p>
<dl class="summary">
<dt>Reference</dt><dd>{E(REF)}</dd>
<dt>Location</dt><dd>{LOC} (one mission to Geneva)</dd>
<dt>Duration</dt><dd>55 working days, January to May 2036</dd>
<dt>Remuneration</dt><dd>Daily fee of USD 515 per working day</dd>
</dl>
<h2>Background</h2>
<p>{E(BACK)}</p>
<h2>What the consultant will do</h2>
<ul>{tasks}</ul>
<p>Deliverables are due on 15 February, 31 March and 15 May 2036 (see the Terms of Reference).</p>
<h2>Who we are looking for</h2>
<h3>Minimum requirements</h3>
{ul(ESS)}
<h3>Assets</h3>
{ul(DES)}
<h2>How to apply</h2>
<p>Send a CV, two editing samples and your daily fee expectation to ipcc-recruitment@ipcc.example by 12 December 2035. Download: <a href="#">Terms of Reference (PDF, 180 KB)</a></p>
<section class="related"><h2>Other calls</h2>
<ul><li>Call for nomination of experts to a scoping meeting – deadline 30 January 2036</li><li>Invitation to submit observer organization requests – deadline 1 March 2036</li></ul></section>
</main>
<footer>© IPCC 2035 · Contact · Privacy · Terms of use · Follow us</footer>
</body></html>
"""
    write(KEY + "-ipcc.html", page, KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2035-12-12", salary=sal(515, "USD", "day"),
             req={"en": (ESS, DES)}, comp={"en": []})
