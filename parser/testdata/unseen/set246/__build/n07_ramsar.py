from common import *

KEY = "ram-int-2038-03"
REF = "RAM/INT/2038/03"
TITLE = "Intern – Peatlands and Wetland Carbon"
ORG = "Secretariat of the Convention on Wetlands"
LOC = "Gland, Switzerland"
SCHED = "Full-time"
ESS = [
    "Enrolled in, or graduated within the last twelve months from, a master's programme in environmental science, ecology, geography or a related field.",
    "Good knowledge of GIS and of spreadsheet tools.",
    "Fluency in English.",
]
DES = [
    "Knowledge of French or Spanish.",
    "Field experience in peatland or other wetland ecosystems.",
]
TASKS = [
    "Compile national data on the extent and condition of peatlands reported by Contracting Parties.",
    "Help draft a briefing note on carbon stored in coastal and inland wetlands.",
    "Prepare maps and figures for the Scientific and Technical Review Panel.",
    "Support the organization of two webinars for national focal points.",
]


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Internship: {TITLE} | Convention on Wetlands</title>
<style>body{{font-family:Georgia,serif;margin:0;font-size:15px}} .cookie{{background:#333;color:#eee;padding:6px;font-size:12px}}
nav{{background:#0b6e4f;color:#fff;padding:8px 20px}} .page{{max-width:820px;margin:0 auto;padding:10px 20px}}
table.k td{{border-bottom:1px solid #ddd;padding:4px 12px 4px 0}} aside{{background:#eef6f1;padding:8px;margin-top:16px}}</style></head><body>
<div class="cookie">This site uses cookies to measure traffic. <u>Accept</u> <u>Refuse</u></div>
<nav>Convention on Wetlands · About · Our work · Document search · News · <b>Vacancies</b> · EN | FR | ES</nav>
<div class="page">
<p class="crumbs">Home / About / Vacancies / Internships</p>
<h1>{TITLE}</h1>
<table class="k">
<tr><td>Reference</td><td>{REF}</td></tr>
<tr><td>Unit</td><td>Science and Policy</td></tr>
<tr><td>Duty station</td><td>{LOC}</td></tr>
<tr><td>Duration</td><td>Six months, from 1 July 2038</td></tr>
<tr><td>Working time</td><td>{SCHED}</td></tr>
<tr><td>Stipend</td><td>CHF 2,140 per month</td></tr>
<tr><td>Application deadline</td><td>15 April 2038</td></tr>
</table>
<h2>About us</h2>
<p>The {ORG} supports the 172 Contracting Parties of the Convention in the conservation and wise use of wetlands. It is hosted in the offices of a conservation union in Gland, on the shore of Lake Geneva.</p>
<h2>What you will do</h2>
{ul(TASKS)}
<h2>Who we are looking for</h2>
<h3>Required</h3>
{ul(ESS)}
<h3>An advantage</h3>
{ul(DES)}
<h2>What we offer</h2>
<p>A monthly stipend of CHF 2,140, a contribution to accident insurance and the chance to attend the Standing Committee meeting in June. Interns arrange their own housing; the Secretariat can share a list of local contacts.</p>
<h2>How to apply</h2>
<p>Send a CV and a one-page motivation letter quoting the reference {REF}. Short-listed applicants will be interviewed by video in early May 2038.</p>
<aside><b>Other vacancies</b><br>Communications Officer (closed 28 February 2038)<br>Intern – Regional Initiatives (closing 30 April 2038)</aside>
</div>
<footer class="page"><small>© Convention on Wetlands Secretariat · Rue Mauverney 28 · 1196 Gland · Privacy · Terms</small></footer>
</body></html>
"""
    write(KEY + "-ramsar.html", html, KEY)

    nl = f"""CAREERS SERVICE WEEKLY – Faculty of Geosciences and Environment
Issue 11 · Monday 22 March 2038
=================================================================

In this issue
  1. Internship of the week
  2. Workshops: CV clinic (24 March), interview practice (31 March)
  3. Summer jobs board

-----------------------------------------------------------------
1. INTERNSHIP OF THE WEEK
-----------------------------------------------------------------

{TITLE}
{ORG}

  Reference ........... {REF}
  Duty station ........ {LOC}
  Duration ............ six months from 1 July 2038
  Working time ........ {SCHED}
  Stipend ............. CHF 2,140 per month
  Deadline ............ 15.04.2038

The Secretariat of the Convention on Wetlands (often called the Ramsar
Convention) is looking for a master's student or recent graduate to work on
peatland data and wetland carbon. Tasks include compiling national data,
drafting a briefing note, preparing maps for the Scientific and Technical
Review Panel and supporting two webinars.

Required:
{chr(10).join('  * ' + x for x in ESS)}

An advantage:
{chr(10).join('  * ' + x for x in DES)}

Apply with CV and motivation letter via the Convention's website.
Tip from our office: book a CV check before 9 April.

-----------------------------------------------------------------
2. WORKSHOPS
-----------------------------------------------------------------
CV clinic, Wednesday 24 March, 12:15, room GEO-2.114
Interview practice, Wednesday 31 March, 12:15, room GEO-2.114

-----------------------------------------------------------------
3. SUMMER JOBS BOARD
-----------------------------------------------------------------
Field assistant, bird census (cantonal office), deadline 2 April 2038
Lab technician, soil samples (university), deadline 12 April 2038

You receive this newsletter because you are enrolled in the faculty.
Unsubscribe: careers-geo@unil-like.example
"""
    write(KEY + "-careers-newsletter.txt", nl, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, "2038-04-15", schedule=SCHED,
             salary=(2140, None, None, "CHF", "month"),
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": []})
