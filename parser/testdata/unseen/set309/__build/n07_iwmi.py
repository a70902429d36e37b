"""Notice 7: IWMI internship (stipend), Colombo - careers page HTML + LinkedIn Jobs copy."""
from common import *

REF = "IWMI-INT-2043-14"
KEY = "iwmi-int-2043-14"
TITLE = "Research Intern – Groundwater Governance"
ORG = "International Water Management Institute"
LOC = "Colombo, Sri Lanka"
SCHED = "Full-time"
STIPEND = "LKR 120,000 per month"
ESS = [
    "be enrolled in, or have graduated within the past twelve months from, a Master's programme in hydrology, water resources management, environmental economics, geography or a related field;",
    "have completed coursework in quantitative or qualitative research methods;",
    "be able to work with household survey data in R, Stata or Python;",
    "have excellent written and spoken English;",
    "be available for six months starting in September 2043.",
]
DES = [
    "Fieldwork experience in South Asia.",
    "Knowledge of Sinhala or Tamil.",
    "Familiarity with GIS software.",
]
TASKS = [
    "Clean and analyse survey data on groundwater use by farmers in the dry zone;",
    "Review the literature on community groundwater monitoring and water user associations;",
    "Support the organization of two stakeholder dialogues in Anuradhapura and Jaffna;",
    "Draft sections of a working paper and a blog post with the research team.",
]


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | IWMI Careers</title></head>
<body>
<header><a href="#">IWMI</a> <nav>Research · Regions · Publications · News · Careers · Donate</nav></header>
<p class="crumbs">Home / Careers / Internships</p>
<article>
<h1>{TITLE}</h1>
<table class="job-summary">
<tr><th>Reference</th><td>{REF}</td></tr>
<tr><th>Organization</th><td>{ORG}</td></tr>
<tr><th>Location</th><td>{LOC}</td></tr>
<tr><th>Type</th><td>Internship (6 months)</td></tr>
<tr><th>Working hours</th><td>{SCHED}</td></tr>
<tr><th>Stipend</th><td>{STIPEND}</td></tr>
<tr><th>Posted</th><td>22 June 2043</td></tr>
<tr><th>Apply by</th><td>20 July 2043</td></tr>
</table>
<h2>About IWMI</h2>
<p>The {ORG} is a research-for-development organization working on the sustainable use of water and land. It is a CGIAR research centre with offices in Asia and Africa and its headquarters in Colombo.</p>
<h2>The internship</h2>
<p>The intern will join the groundwater governance team and work on a study of community-led monitoring in Sri Lanka's dry zone. The intern will:</p>
{ul(TASKS)}
<h2>Eligibility</h2>
<p>To be eligible, applicants must:</p>
{ul(ESS, "ol")}
<h2>Preferred</h2>
{ul(DES)}
<h2>Conditions</h2>
<p>Interns receive a stipend of {STIPEND}. International interns are responsible for their own travel, visa and insurance; IWMI provides a letter for the visa application. Interns are not staff members and the internship does not lead to employment.</p>
<p>Interviews are planned for the week of 4 August 2043.</p>
<p><a href="#">Apply online</a></p>
</article>
<aside><h3>Other opportunities</h3>
<ul><li>Research Officer – Water Accounting, Accra · apply by 29 June 2043</li>
<li>Communications Intern, Colombo · apply by 6 August 2043</li></ul></aside>
<footer>© International Water Management Institute · 127 Sunil Mawatha, Pelawatte, Battaramulla, Sri Lanka</footer>
</body></html>
"""
    write(KEY + "-iwmi.html", html, KEY)

    txt = f"""Skip to main content
LinkedIn
Home  My Network  Jobs  Messaging  Notifications  Me  For Business

{TITLE}
International Water Management Institute · Colombo, Western Province, Sri Lanka · 3 days ago · 58 applicants
On-site  Internship  {SCHED}
11-50 employees · Research Services
See how you compare to 58 applicants. Try Premium for LKR0

Apply  Save

About the job
Reference: {REF}
Organization: {ORG}
Location: {LOC}
Stipend: {STIPEND}
Apply by: 20 July 2043

The intern will join the groundwater governance team and work on a study of community-led monitoring in Sri Lanka's dry zone. The intern will:
{chr(10).join(TASKS)}

To be eligible, applicants must:
{chr(10).join(ESS)}

Preferred
{chr(10).join(DES)}

Interns receive a stipend of {STIPEND}. International interns are responsible for their own travel, visa and insurance.

Interviews are planned for the week of 4 August 2043.
Show less

Seniority level
Internship
Employment type
Internship
Job function
Research
Industries
Research Services

About the company
International Water Management Institute
12,481 followers
Follow

Similar jobs
Junior Hydrologist
Colombo, Sri Lanka · 1 week ago
Environmental Research Assistant
Kandy, Sri Lanka · 2 weeks ago
People also viewed
Water Resources Intern · Kathmandu · Actively recruiting
"""
    write(KEY + "-linkedin-jobs.txt", txt, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, SCHED, "2043-07-20",
             (120000, None, None, "LKR", "month"), None, (ESS, DES), [])
