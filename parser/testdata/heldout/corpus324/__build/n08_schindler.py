"""Schindler (Swiss company, Ebikon), EN: jobs.ch copy (label line / value line) + SuccessFactors-like careers page."""
from common import *

KEY = "68204"
REF = "68204"
T = "Embedded Software Engineer – Safety Controllers (m/f/d)"
O = "Schindler Elevator Ltd."
LOC = "Ebikon"
SCHED = "80 – 100%"
ESS = [
    "Master's degree in electrical engineering, computer science or a comparable field",
    "At least four years of experience developing embedded C or C++ software for microcontrollers",
    "Familiarity with functional safety standards such as IEC 61508 or EN 81-20",
    "Fluent English, written and spoken",
]
DES = [
    "Working knowledge of German",
    "Experience with static analysis tools and MISRA C",
    "Experience with CAN or CANopen communication",
]
COMP = [
    ("Ownership", "you take responsibility for your code from design to field release."),
    ("Curiosity", "you dig into root causes instead of patching symptoms."),
    ("Team spirit", "you share knowledge openly with colleagues in other R&D locations."),
]
TASKS = [
    "Design, implement and test firmware for the safety controllers of our elevator platforms",
    "Write safety requirements and trace them through design, code and verification",
    "Support certification audits and prepare the evidence required by notified bodies",
    "Analyse field issues together with the service organisation and deliver robust fixes",
]
INTRO = ("Schindler moves more than two billion people every day. In our Ebikon R&D centre near Lucerne, teams of "
         "hardware, software and safety engineers develop the controllers that keep elevators and escalators "
         "safe. Join the Safety Controllers team and help bring the next generation of our platform to market.")


def jobsch():
    return f"""jobs.ch   Find jobs   Companies   Salaries   Career advice   DE | FR | EN   Log in
< Back to results

{T}
{O}
★ 4.2  ·  512 reviews

Published:
30 September 2044
Workload:
{SCHED}
Contract type:
Unlimited employment
Language:
English (Fluent), German (Intermediate)
Place of work:
6030 {LOC}

Salary estimate by jobs.ch
CHF 104 000 - 127 000 / year

Quick apply

{INTRO}

Your tasks
{chr(10).join('• ' + t for t in TASKS)}

Your profile
{chr(10).join('• ' + e for e in ESS)}

Nice to have
{chr(10).join('• ' + e for e in DES)}

What we value
{chr(10).join(n + ': ' + d for n, d in COMP)}

We offer a hybrid working model, a CHF 1,000 mobility budget, 27 days of vacation and an on-site gym.

Job ID: {REF}
Please apply online by 24 October 2044. First interviews are planned for the week of 3 November 2044.

Ad ID: 5d9a13e6-0b44-4c2f-a6d1-7e39b0c8f251

Similar jobs
Firmware Engineer - Zug - Published 2 days ago
Safety Engineer Railway Systems - Lucerne - Published 1 week ago
"""


def page():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} - Job ID {REF} | Schindler Careers</title></head><body>
<div class="cookie">We use cookies to give you the best experience. <button>Accept all</button> <button>Settings</button></div>
<header><span class="logo">Schindler</span> <nav>Careers · Students · Professionals · Search jobs</nav></header>
<main>
<h1>{T}</h1>
<p class="jobmeta"><span>Job ID: {REF}</span> <span>Location: {LOC}, LU, CH</span> <span>Date posted: 30.09.2044</span></p>
<div class="facts">
<div><span class="label">Company</span><span class="value">{O}</span></div>
<div><span class="label">Workload</span><span class="value">{SCHED}</span></div>
<div><span class="label">Job type</span><span class="value">Permanent</span></div>
<div><span class="label">Application deadline</span><span class="value">24.10.2044</span></div>
</div>
<h2>Our purpose</h2><p>{INTRO}</p>
<h2>Your main responsibilities</h2><ul>{''.join(f'<li>{t}</li>' for t in TASKS)}</ul>
<h2>What you bring</h2><ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul>
<h3>Nice to have</h3><ul>{''.join(f'<li>{e}</li>' for e in DES)}</ul>
<h2>How we work</h2>{''.join(f'<p><strong>{n}:</strong> {d}</p>' for n, d in COMP)}
<h2>What's in it for you</h2><p>Hybrid work, a mobility budget of CHF 1,000, 27 days of vacation, an on-site gym and
language courses. We value diversity and welcome applications from all people.</p>
<p><a class="btn" href="#">Apply now</a></p>
</main>
<aside><h3>Similar jobs</h3><ul><li>Hardware Test Engineer – Ebikon – Job ID 68133</li><li>Product Owner Digital Services – Ebikon – Job ID 68240</li></ul></aside>
<footer>© Schindler · Privacy · Legal notice · Imprint</footer>
</body></html>"""


def build():
    write(KEY + "-jobsch.txt", jobsch(), KEY)
    write(KEY + "-careers.html", page(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=L(T), organisation=L(O), location=L(LOC),
             schedule=L(SCHED), deadline="2044-10-24", salary=None,
             requirements=L(req(ESS, DES)), competencies=L(comps(COMP)))
