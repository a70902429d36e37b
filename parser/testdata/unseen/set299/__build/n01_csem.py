"""CSEM SA (Swiss research and technology company, Neuchâtel) - English only.
Renderings: careers page of an ATS (HTML, 'Key information' block, label line/value line),
Swiss job-board copy (glued key facts, 'Is this helpful?')."""
from common import *

REF = "CSEM-2042-318"
TITLE = "R&D Engineer – Photovoltaic Module Encapsulation"
ORG = "CSEM SA"
LOC = "Neuchâtel, Switzerland"
SCHED = "80–100%"
ESS = [
    "MSc or PhD in materials science, physics, chemistry or a related engineering field.",
    "At least three years of hands-on experience with polymer encapsulants, lamination processes or photovoltaic module manufacturing.",
    "Practical knowledge of accelerated ageing tests (damp heat, thermal cycling, UV exposure) and of IEC 61215.",
    "Ability to write clear technical reports and project proposals in English.",
    "Good command of French or German, or the willingness to learn one of them.",
]
DES = [
    "Experience with building-integrated photovoltaics or lightweight modules for vehicles.",
    "Familiarity with finite-element modelling of thermo-mechanical stress.",
]
COMP = [
    ("Curiosity", "you question results and look for the physics behind them."),
    ("Client focus", "you translate an industrial partner's constraints into a feasible test plan."),
    ("Team spirit", "you share knowledge openly with technicians, students and project leaders."),
]
DUTIES = [
    "Design and run lamination trials for glass-glass, glass-foil and lightweight module stacks.",
    "Select and characterise encapsulant films, edge seals and adhesives with industrial suppliers.",
    "Plan accelerated ageing campaigns and analyse failure modes with imaging and spectroscopy.",
    "Lead work packages in Swiss and European research projects and report to funding agencies.",
    "Support customers during technology transfer and pilot production in their own plants.",
]
SAL = "CHF 97,150 – 118,350 gross per year (100%), depending on experience"
DEADLINE_TXT = "Friday, 5 September 2042"


def exp():
    return exp_for(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2042-09-05",
                   sal(None, 97150, 118350, "CHF", "year"), req={"en": (ESS, DES)}, comp={"en": COMP})


def page():
    li = lambda xs: "\n".join(f"      <li>{esc(x)}</li>" for x in xs)
    comps = "\n".join(f"      <li><strong>{esc(n)}</strong>: {esc(d)}</li>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | CSEM Careers</title>
<style>body{{font-family:Arial,sans-serif;max-width:980px;margin:auto;color:#1d1d1b}}
.ki{{display:grid;grid-template-columns:1fr 1fr;gap:6px 30px;background:#f2f5f7;padding:14px}}
.ki .lbl{{font-size:12px;text-transform:uppercase;color:#5b6770}} .cookie{{position:fixed;bottom:0;background:#333;color:#fff}}</style></head>
<body>
<div class="cookie">We use cookies to measure the audience of this site. <a href="#">Accept</a> <a href="#">Refuse</a> <a href="#">Settings</a></div>
<header><a href="/">CSEM</a>
<nav><ul><li><a href="#">Technologies</a></li><li><a href="#">Industries</a></li><li><a href="#">Innovation</a></li><li><a href="#">About us</a></li><li><a href="#">Careers</a></li><li><a href="#">News</a></li></ul></nav>
<a href="#">DE</a> <a href="#">FR</a> <a href="#">EN</a></header>
<main>
<p><a href="#">&larr; All open positions (27)</a></p>
<p class="kicker">Sustainable Energy · Neuchâtel · Posted 11 August 2042</p>
<h1>{esc(TITLE)}</h1>
<section class="ki">
  <div><div class="lbl">Job ID</div><div>{REF}</div></div>
  <div><div class="lbl">Company</div><div>{ORG}</div></div>
  <div><div class="lbl">Business unit</div><div>Sustainable Energy – PV &amp; Energy Systems</div></div>
  <div><div class="lbl">Location</div><div>{LOC}</div></div>
  <div><div class="lbl">Workload</div><div>{SCHED}</div></div>
  <div><div class="lbl">Contract</div><div>Permanent</div></div>
  <div><div class="lbl">Salary range</div><div>{SAL}</div></div>
  <div><div class="lbl">Start date</div><div>1 December 2042 or by agreement</div></div>
  <div><div class="lbl">Apply by</div><div>{DEADLINE_TXT}</div></div>
</section>
<h2>About CSEM</h2>
<p>CSEM is a Swiss, non-profit research and technology organisation. Our teams turn advances in micro- and
nanotechnology, photonics, digitalisation and energy into products with industrial partners, from start-ups
to multinationals. Our PV centre in Neuchâtel runs pilot lines for cells and modules, an ageing laboratory and
outdoor test fields in the Jura and the Alps.</p>
<h2>Your mission</h2>
<p>In the module technology group (twelve people) you will develop encapsulation solutions that make solar
modules lighter, longer-lasting and easier to recycle.</p>
<ul>
{li(DUTIES)}
</ul>
<h2>Your profile</h2>
<ul>
{li(ESS)}
</ul>
<h3>Nice to have</h3>
<ul>
{li(DES)}
</ul>
<h2>What makes you stand out</h2>
<ul>
{comps}
</ul>
<h2>We offer</h2>
<p>An international team of 44 nationalities, modern laboratories next to Neuchâtel station, flexible working
hours, up to two days of remote work per week, six weeks of holidays and a pension fund above the legal minimum.
Interviews are planned for the week of 22 September 2042.</p>
<p><a class="btn" href="#">Apply now</a> Questions? Contact our HR partner, Ms Léa Vuilleumier, +41 32 000 00 00
(fictitious number).</p>
</main>
<aside><h3>Similar positions</h3>
<ul><li>Process Engineer – Perovskite Tandem Cells · Neuchâtel · apply by 29 August 2042</li>
<li>Test Technician – Outdoor PV Monitoring · Neuchâtel · apply by 12 September 2042</li></ul></aside>
<footer>© 2042 CSEM SA · Rue Jaquet-Droz 1 · 2002 Neuchâtel · Privacy · Legal notice</footer>
</body></html>
"""


def board():
    ess = "\n".join(f"- {x}" for x in ESS)
    des = "\n".join(f"- {x}" for x in DES)
    comps = "\n".join(f"- {n}: {d}" for n, d in COMP)
    duties = "\n".join(f"- {x}" for x in DUTIES)
    return f"""Skip to main content
RomandieTechJobs
Find jobs  Companies  Salaries  Career advice
Log in  Post a job
Home › Jobs › Engineering › Neuchâtel
{TITLE}
CSEM SA
Neuchâtel
Key information
Publication date:11 August 2042Workload:80–100%Contract type:Unlimited employmentPlace of work:Neuchâtel, Switzerland
Salary estimate (board):CHF 90,000 – 125,000 / year
Job summary
Join CSEM SA as an engineer in photovoltaic module encapsulation. Enjoy a research environment close to industry.
Is this helpful?  Yes  No

{TITLE}
Job ID: {REF}
Company: {ORG}
Location: {LOC}
Workload: {SCHED}
Contract: Permanent
Salary range: {SAL}
Apply by: {DEADLINE_TXT}

Your mission
{duties}

Your profile
{ess}

Nice to have
{des}

What makes you stand out
{comps}

We offer
Flexible hours, remote work up to two days a week, six weeks of holidays, international team.
Interviews: week of 22 September 2042.

Apply
Save job  Share

Similar jobs
Senior Optical Engineer · Neuchâtel · 3 days ago
Materials Scientist – Coatings · Yverdon-les-Bains · CHF 95,000 – 110,000 · 1 week ago
Lamination Process Specialist · Biel/Bienne · 2 weeks ago
"""


def build():
    key = write_expected(exp())
    write(f"{key}-csem.html", page(), key, "html")
    write(f"{key}-romandietech.txt", board(), key, "txt")
