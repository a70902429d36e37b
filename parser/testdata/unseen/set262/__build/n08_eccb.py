from common import *

KEY = "eccb-hr-vac-39-14"
REF = "ECCB/HR/VAC/39/14"
TITLE = "Economist – Financial Inclusion and Consumer Protection"
ORG = "Eastern Caribbean Central Bank"
LOC = "Headquarters, Bird Rock, Basseterre, St Kitts and Nevis"
SCHED = "Monday to Friday, 8:00 a.m. to 4:30 p.m."
GRADE = "G8"
SAL = "EC$8,125 – EC$10,940 per month (XCD), plus benefits"
DUTIES = [
    "Monitors access to and use of financial services across the eight member territories;",
    "Designs and analyses household and small-business surveys on financial inclusion;",
    "Drafts policy notes on consumer protection in banking, insurance and mobile money;",
    "Supports the national financial literacy committees and the Bank's public education campaigns;",
    "Represents the Bank at regional working groups when required.",
]
ESS = [
    "A Master's degree in Economics, Finance or Statistics from a recognised university.",
    "At least four years of relevant experience in a central bank, regulator or international organisation.",
    "Demonstrated skill in survey design and econometric software (Stata, R or EViews).",
    "Excellent written and oral communication skills in English.",
]
DES = [
    "Knowledge of the ECCU's financial sector and its regulatory framework.",
    "Working knowledge of French or Spanish.",
]
COMP = [
    ("Analytical thinking", "turns survey data into clear policy options."),
    ("Stakeholder engagement", "works easily with ministries, banks and community groups."),
    ("Discretion", "handles confidential supervisory information with care."),
]

expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2039-08-05",
         salary=sal(mn=8125, mx=10940, cur="XCD"), grade=GRADE,
         req={"en": (ESS, DES)}, comp={"en": COMP})

li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Current Vacancies | ECCB</title></head>
<body>
<div id="topbar">About Us · Monetary Stability · Financial Stability · Statistics · Publications · Careers · Contact</div>
<div id="sub">Join Our Team › Current Vacancies › {REF}</div>
<article>
<h1>{TITLE.upper()}</h1>
<p>The Eastern Caribbean Central Bank invites applications from suitably qualified nationals of its member
territories to fill the above position in the Financial Inclusion Unit of the Financial Stability Department.</p>
<table class="meta">
<tr><td>Vacancy No.</td><td>{REF}</td></tr>
<tr><td>Job Title</td><td>{TITLE}</td></tr>
<tr><td>Employer</td><td>{ORG}</td></tr>
<tr><td>Department</td><td>Financial Stability Department</td></tr>
<tr><td>Duty Station</td><td>{LOC}</td></tr>
<tr><td>Grade</td><td>{GRADE}</td></tr>
<tr><td>Hours of Work</td><td>{SCHED}</td></tr>
<tr><td>Salary Range</td><td>{SAL}</td></tr>
<tr><td>Deadline</td><td>Friday, 5 August 2039 at 4:30 p.m. (Eastern Caribbean Time)</td></tr>
</table>
<h2>Job Purpose</h2>
<p>The Economist provides research and policy support to deepen financial inclusion and strengthen the protection
of financial consumers in the Eastern Caribbean Currency Union.</p>
<h2>Key Duties</h2>
<p>The Economist:</p>
<ul>
{li(DUTIES)}
</ul>
<h2>Qualifications and Experience</h2>
<ol>
{li(ESS)}
</ol>
<h2>Additional Assets</h2>
<ul>
{li(DES)}
</ul>
<h2>Core Competencies</h2>
<p>{'<br>'.join(f'<strong>{n}</strong> – {d}' for n, d in COMP)}</p>
<h2>How to Apply</h2>
<p>Complete the ECCB Employment Application Form and submit it, with a cover letter and copies of certificates, via
the online portal. Shortlisted candidates will be invited to an assessment in the week of 22 August 2039.
Relocation assistance is provided to staff recruited from outside St Kitts and Nevis.</p>
</article>
<aside><h3>Other vacancies</h3><p>Bank Examiner II – closes 12 August 2039<br>Currency Processing Clerk – closes 26 August 2039</p></aside>
<footer>© 2039 Eastern Caribbean Central Bank · P.O. Box 000, Basseterre · Privacy · Terms</footer>
</body></html>
"""
W(KEY + "-eccb.html", html, KEY)

txt = f"""MyJobMag Caribbean   Jobs   Companies   CV Writing   Post a Job   Login
Home » Jobs » Banking / Finance » {TITLE}

{TITLE} at Eastern Caribbean Central Bank (ECCB)
Posted on Mon 18th Jul, 2039 - myjobmag.example (0 Comments)

Job TypeFull TimeQualificationMSc/MBAExperience4 yearsLocationSt Kitts and NevisJob FieldBanking  Finance / Accounting / Audit

Deadline: Aug 5, 2039

The Eastern Caribbean Central Bank (ECCB) is the monetary authority for the eight member territories of the
Eastern Caribbean Currency Union.

Vacancy No.: {REF}
Job Title: {TITLE}
Employer: {ORG}
Duty Station: {LOC}
Grade: {GRADE}
Hours of Work: {SCHED}
Salary Range: {SAL}

Key Duties
{chr(10).join(DUTIES)}

Qualifications and Experience
{chr(10).join(ESS)}

Additional Assets
{chr(10).join(DES)}

Core Competencies
{chr(10).join(f"{n} – {d}" for n, d in COMP)}

Method of Application
Interested and qualified candidates should complete the ECCB Employment Application Form on the Bank's website.

Click here to apply online

Subscribe to Job Alert   |   Join our Telegram channel

Related Jobs
Credit Union Loans Officer - Basseterre - Deadline Jul 29, 2039
Compliance Analyst - Castries - XCD 6,200 monthly - Deadline Aug 19, 2039
"""
W(KEY + "-myjobmag.txt", txt, KEY)
