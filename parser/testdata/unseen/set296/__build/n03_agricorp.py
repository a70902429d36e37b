from common import *

KEY = "agc-2042-117"
REF = "AGC-2042-117"
T = "Production Insurance Program Analyst"
O = "Agricorp"
L = "Guelph, Ontario"
SCHED = "36.25 hours per week, Monday to Friday"
ESS = [
    "A university degree in agricultural economics, business, statistics or a related discipline, or an equivalent combination of education and experience",
    "Three or more years of experience analyzing program, insurance or financial data",
    "Advanced Excel skills and working knowledge of SQL or another query language",
    "Knowledge of Ontario field crops and farm business practices",
]
DES = [
    "Experience with crop insurance, AgriStability or other business risk management programs",
    "Experience with Power BI or a similar reporting tool",
]
COMP = [("Analytical thinking", "you turn claims and yield data into clear findings."),
        ("Client focus", "you keep producers' needs in view when recommending program changes."),
        ("Collaboration", "you work with adjusters, actuaries and policy staff to reach sound decisions.")]


def build():
    lis = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} | {O} Careers</title></head>
<body>
<header><nav><a href="#">Agricorp Careers</a> | <a href="#">Search jobs</a> | <a href="#">Sign in</a> | <a href="#">Français</a></nav></header>
<main>
<p><a href="#">&larr; Back to search results</a></p>
<h1>{T}</h1>
<div class="job-meta">
<div><span class="lbl">Location</span> <span>Guelph, ON, Canada</span></div>
<div><span class="lbl">Job Posting Start Date</span> <span>05/19/2042</span></div>
<div><span class="lbl">Job Posting End Date</span> <span>06/09/2042</span></div>
<div><span class="lbl">Job Type</span> <span>Full Time</span></div>
</div>
<p><button>Apply</button> <button>Share</button></p>
<h2>Job Details</h2>
<p><b>Position:</b> {T}<br>
<b>Job ID:</b> {REF}<br>
<b>Organization:</b> {O}<br>
<b>Division:</b> Program Delivery – Production Insurance<br>
<b>Location:</b> {L} (hybrid, in office two days a week)<br>
<b>Employment status:</b> Permanent, full-time<br>
<b>Hours:</b> {SCHED}<br>
<b>Salary range:</b> $71,460 – $89,320 per year<br>
<b>Closing date:</b> June 9, 2042, 11:59 p.m. EDT</p>
<p><u><b>About Agricorp</b></u></p>
<p>{O} is an agency of the Government of Ontario that delivers programs to help farmers manage risk, including production insurance for more than 90 crops. Our Guelph office is home to program, adjusting, technology and client service teams.</p>
<p><u><b>What you will do</b></u></p>
<ul>
<li>Analyze claims, yield and premium data to monitor the performance of production insurance plans</li>
<li>Prepare briefing material and options for annual program changes</li>
<li>Build and maintain reports and dashboards for program managers</li>
<li>Respond to data requests from the ministry and from industry associations</li>
</ul>
<p><u><b>What you bring</b></u></p>
<ul>{lis(ESS)}</ul>
<p><u><b>Nice to have</b></u></p>
<ul>{lis(DES)}</ul>
<p><u><b>How you work</b></u></p>
<ul>{"".join(f"<li><strong>{n}</strong> – {d}</li>" for n, d in COMP)}</ul>
<p><u><b>What we offer</b></u></p>
<p>Defined benefit pension plan, health and dental benefits from day one, and a $750 annual wellness allowance. The successful candidate is expected to start on August 4, 2042.</p>
<p>Interviews are planned for the week of June 22, 2042. Agricorp is committed to accessibility; accommodation is available on request at any stage of the process.</p>
<h3>Similar jobs</h3>
<ul><li>Senior Adjuster – Field Crops, Guelph, ON (posting ends 06/02/2042)</li>
<li>Business Analyst, Client Systems, Guelph, ON (posting ends 06/16/2042)</li></ul>
</main>
<footer><p>Powered by Dayforce · Privacy · Accessibility</p></footer>
</body></html>"""
    write(KEY + "-dayforce.html", html, KEY)

    md = f"""![Agricorp](agricorp-logo.png)

# JOB POSTING

**{T}**

Job ID: {REF}\\
Organization: {O}\\
Location: {L}\\
Hours: {SCHED}\\
Salary: $71,460 – $89,320 per year\\
Posted: May 19, 2042\\
Closing date: June 9, 2042

## About the role

Reporting to the Manager, Production Insurance Programs, you will turn claims and yield data into evidence that shapes the insurance plans Ontario farmers rely on. This is a permanent, full-time position in a hybrid arrangement.

## Responsibilities

1.  Analyze claims, yield and premium data to monitor plan performance.
2.  Prepare briefing material and options for annual program changes.
3.  Build and maintain reports and dashboards for program managers.
4.  Respond to data requests from the ministry and industry associations.

## Qualifications

-   {ESS[0]}
-   {ESS[1]}
-   {ESS[2]}
-   {ESS[3]}

*Assets:*

-   {DES[0]}
-   {DES[1]}

## Competencies

-   **{COMP[0][0]}** – {COMP[0][1]}
-   **{COMP[1][0]}** – {COMP[1][1]}
-   **{COMP[2][0]}** – {COMP[2][1]}

## How to apply

Apply online through the Agricorp careers site by June 9, 2042. Interviews are planned for the week of June 22, 2042. Please quote the Job ID in all correspondence.

------------------------------------------------------------------------

Agricorp · Human Resources · Guelph, Ontario · careers@agricorp.example
"""
    write(KEY + "-posting.md", md, KEY)
    expected(KEY, reference=REF, languages=["en"], title=T, organisation=O, location=L, schedule=SCHED,
             deadline="2042-06-09", salary=sal(71460, 89320, "CAD", "year"),
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": names(COMP), "fr": None})
