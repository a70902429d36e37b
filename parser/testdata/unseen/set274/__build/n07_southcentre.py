"""South Centre (Geneva) internship: web page and a university career-service board copy."""
from common import *

KEY = "soc-int-2040-05"
REF = "SOC/INT/2040/05"
TITLE = "Intern – Health, Intellectual Property and Biodiversity Programme"
ORG = "South Centre"
LOC = "Geneva, Switzerland"
SCHED = "Full-time"
ESS = ["be enrolled in, or have completed within the last twelve months, a Master's degree in law, international relations, public health, economics or a related field;",
       "have a good understanding of intellectual property, access to medicines or biodiversity negotiations;",
       "have excellent written English;",
       "be available for a period of six months starting in October 2040."]
DES = ["Working knowledge of French or Spanish.",
       "Prior experience with a developing-country delegation, a research institute or a non-governmental organization in Geneva.",
       "Familiarity with the World Health Assembly or the Convention on Biological Diversity processes."]
TASKS = ["Follow negotiations at WHO, WIPO and WTO and draft short meeting reports;",
         "Research patent and access-to-medicines policies of developing countries;",
         "Help prepare policy briefs, research papers and workshop materials;",
         "Support the organisation of side events and training sessions for delegates."]


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} – {ORG}</title></head>
<body>
<header><strong>SOUTH CENTRE</strong> — An intergovernmental policy research think tank of developing countries
<nav>Home | About | Programmes | Publications | Events | Vacancies | Contact</nav></header>
<p class="crumbs">Home » Vacancies » {REF}</p>
<article>
<h1>{TITLE}</h1>
<table>
<tr><th>Reference</th><td>{REF}</td></tr>
<tr><th>Organization</th><td>{ORG}</td></tr>
<tr><th>Programme</th><td>Health, Intellectual Property and Biodiversity Programme (HIPB)</td></tr>
<tr><th>Location</th><td>{LOC}</td></tr>
<tr><th>Duration</th><td>Six months (October 2040 – March 2041)</td></tr>
<tr><th>Working time</th><td>{SCHED}</td></tr>
<tr><th>Stipend</th><td>CHF 1,260 per month</td></tr>
<tr><th>Published</th><td>22 July 2040</td></tr>
<tr><th>Application deadline</th><td>17 August 2040 (18:00 Geneva time)</td></tr>
</table>

<h2>About the South Centre</h2>
<p>The {ORG} is an intergovernmental organization of developing countries that helps them combine their efforts and
expertise to promote their common interests in the international arena. Its Health, Intellectual Property and
Biodiversity Programme supports delegations in Geneva on access to medicines, pandemic preparedness, patents and
the fair sharing of benefits from genetic resources.</p>

<h2>Tasks</h2>
<p>Under the supervision of the Programme Coordinator, the intern will:</p>
<ul>{li(TASKS)}</ul>

<h2>Eligibility and requirements</h2>
<p>Candidates must:</p>
<ol type="a">{li(ESS)}</ol>
<h3>Desirable</h3>
<ul>{li(DES)}</ul>

<h2>Conditions</h2>
<p>The stipend is intended to cover basic living costs in Geneva. Interns are responsible for their own health and
accident insurance, visa and travel. Interviews of shortlisted candidates are planned for 27 and 28 August 2040.
The internship does not lead to employment with the South Centre.</p>

<h2>How to apply</h2>
<p>Send a CV, a motivation letter (one page) and a short writing sample to internships@southcentre.example, with
{REF} in the subject line.</p>
</article>
<aside><h3>Other vacancies</h3><ul><li>Programme Officer, Trade for Development – closing 31 July 2040</li>
<li>Intern, Climate Change and Sustainable Development – closing 7 September 2040</li></ul></aside>
<footer>Chemin du Champ-d'Anier 17 · PO Box 228 · 1211 Geneva 19 · Switzerland</footer>
</body></html>
"""


def board():
    return f"""CAREERS ONLINE – Graduate careers service
Dashboard   Jobs   Events   Appointments   Resources   Log out
Jobs › Internships › International organisations

{TITLE}
South CentreGeneva, SwitzerlandInternship · Full-timePaidApply by Aug 17, 2040Posted Jul 23, 2040
★ Save   ✉ Share   Apply externally ↗

Employer
{ORG}
Location
{LOC}
Job type
Internship
Working time
{SCHED}
Compensation
CHF 1,260 per month (stipend)
Duration
6 months, from October 2040
Reference
{REF}
Application deadline
17 August 2040

Description
The HIPB Programme of the South Centre supports developing-country delegations in Geneva on health, intellectual
property and biodiversity. The intern will follow negotiations at WHO, WIPO and WTO, research patent and
access-to-medicines policies, help prepare policy briefs and workshop materials, and support side events.

Who can apply
Candidates must:
{chr(10).join(ESS)}

Desirable
{chr(10).join(DES)}

Note from the careers service: this opportunity was shared by the employer. Book a CV check before 10 August
2040 if you plan to apply. The careers service is not the employer and does not handle applications.

Similar opportunities
Intern, trade policy – Permanent mission – Geneva – Apply by Aug 12, 2040
Research assistant – Global health centre – Geneva – Apply by Aug 30, 2040
"""


def build():
    write(KEY + "-southcentre.html", html(), KEY)
    write(KEY + "-careers-board.txt", board(), KEY)
    expected(KEY, reference=REF, langs=["en"], title=TITLE, organisation=ORG, location=LOC,
             schedule=SCHED, deadline="2040-08-17", salary=(1260, None, None, "CHF", "month"),
             req={"en": (ESS, DES)}, comp={"en": []})
