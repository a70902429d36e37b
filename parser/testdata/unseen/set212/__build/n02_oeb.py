from common import *

KEY = "oeb-2035-044"
REF = "OEB-2035-044"
T = "Senior Advisor, Rate Applications (Electricity Distribution)"
ORG = "Ontario Energy Board"
LOC = "Toronto, Ontario"
SCH = "36.25 hours per week"
ESS = [
    "Undergraduate degree in economics, finance, engineering, accounting or a related discipline",
    "At least five years of experience in utility regulation, rate design or financial analysis in a regulated industry",
    "Sound knowledge of cost-of-service and incentive rate-setting methods",
    "Advanced skills in Excel and in building financial or rate models",
    "Excellent written communication skills, including the ability to draft clear decisions, reports and interrogatories",
]
DES = [
    "A graduate degree or a professional designation (CPA, CFA or P.Eng.)",
    "Experience appearing before or supporting an adjudicative tribunal",
    "Working knowledge of French",
]
CN = ["Analytical rigour", "Collaboration", "Sound judgement", "Public-interest focus"]
CD = ["you test assumptions, reconcile figures and explain variances before you draw conclusions.",
      "you work easily with case managers, legal counsel and technical staff across the organization.",
      "you weigh competing evidence and recommend positions you can defend in a hearing.",
      "you keep the interests of electricity consumers at the centre of your analysis."]
DUTIES = [
    "Review cost-of-service and incentive rate-setting applications filed by local distribution companies",
    "Prepare interrogatories, issues lists and staff submissions on revenue requirement, load forecast and rate design",
    "Build and maintain rate models and check applicants' models for accuracy",
    "Advise the case manager and OEB counsel during settlement conferences and oral hearings",
    "Mentor junior advisors and contribute to the continuous improvement of filing requirements",
]

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Career Center | {ORG}</title>
<style>
body {{ font-family: Arial, sans-serif; margin:0; color:#1d1d1d }}
.top {{ background:#00457c; color:#fff; padding:10px 24px }}
.top a {{ color:#fff; margin-right:14px }}
.wrap {{ display:flex; gap:28px; padding:18px 24px }}
.main {{ flex:3 }} .side {{ flex:1; background:#f3f5f7; padding:12px; font-size:0.9em }}
.chips span {{ display:inline-block; border:1px solid #9ab; border-radius:12px; padding:2px 10px; margin:2px; font-size:0.85em }}
.facts div {{ display:flex; border-bottom:1px dotted #ccc; padding:4px 0 }}
.facts .l {{ width:12em; color:#556; font-weight:bold }}
h1 {{ font-size:1.5em }} h3 {{ margin-bottom:4px }}
</style></head>
<body>
<div class="top"><b>{ORG}</b> — Career Center &nbsp; <a href="#">Current Openings</a><a href="#">My Profile</a><a href="#">Sign In</a></div>
<div class="wrap">
<div class="main">
<p><a href="#">&lt; Back to Current Openings</a></p>
<h1>{T}</h1>
<div class="chips"><span>Full Time</span><span>Regular</span><span>Hybrid</span><span>Posted 05/28/2035</span></div>
<p>Requisition ID: 9200711 &nbsp;|&nbsp; Career Level: Experienced</p>
<div class="facts">
<div><span class="l">Job Posting #</span><span>{REF}</span></div>
<div><span class="l">Department</span><span>Applications Division – Rates and Accounting</span></div>
<div><span class="l">Location</span><span>{LOC}</span></div>
<div><span class="l">Work arrangement</span><span>Hybrid (minimum three days per week at 2300 Yonge Street)</span></div>
<div><span class="l">Hours of work</span><span>{SCH}</span></div>
<div><span class="l">Salary range</span><span>$98,470 – $123,090 per year</span></div>
<div><span class="l">Closing date</span><span>June 20, 2035</span></div>
</div>

<h3>About the OEB</h3>
<p>The {ORG} regulates Ontario's electricity and natural gas sectors in the public interest. Our decisions on rates and licences affect every household and business in the province, and our staff give adjudicative panels independent, evidence-based advice.</p>

<h3>About the role</h3>
<p>Reporting to the Manager, Electricity Rates, the Senior Advisor leads staff's review of complex distribution rate applications from filing to decision. You will:</p>
<ul>
{"".join(f"<li>{d}</li>" for d in DUTIES)}
</ul>

<h3>What you bring</h3>
<ul>
{"".join(f"<li>{x}</li>" for x in ESS)}
</ul>

<h3>Assets</h3>
<ul>
{"".join(f"<li>{x}</li>" for x in DES)}
</ul>

<h3>Key competencies</h3>
<ul>
{"".join(f"<li><b>{n}:</b> {d}</li>" for n, d in zip(CN, CD))}
</ul>

<h3>What we offer</h3>
<p>A defined benefit pension (OPTrust), health and dental benefits from day one, a $1,200 annual wellness account and three weeks of vacation to start. Interviews are planned for the weeks of July 7 and July 14, 2035.</p>

<h3>How to apply</h3>
<p>Submit your résumé and a cover letter through this portal by June 20, 2035, quoting posting {REF}. We thank all applicants; only those selected for an interview will be contacted. Accommodation is available on request throughout the recruitment process.</p>
<p><a href="#">Apply</a> &nbsp; <a href="#">Refer a friend</a></p>
</div>
<aside class="side">
<h3>Similar openings</h3>
<p>Advisor, Natural Gas Rates<br>Toronto, Ontario · Closing June 12, 2035</p>
<p>Case Manager, Leave to Construct<br>Toronto, Ontario · Closing June 27, 2035</p>
<p>Legal Counsel (Contract, 12 months)<br>Toronto, Ontario · Closing June 9, 2035</p>
<p style="font-size:0.8em">Powered by ADP Workforce Now® Recruitment</p>
</aside>
</div>
<footer style="padding:10px 24px;font-size:0.8em;color:#666">© 2035 {ORG} · Privacy · Accessibility · Terms of Use</footer>
</body></html>
"""

LI = f"""Skip to main content
LinkedIn
Search
Home  My Network  Jobs  Messaging  Notifications  Me  For Business

{T}
{ORG} · {LOC}, Canada · 1 week ago · Over 100 applicants
Promoted by hirer · Responses managed off LinkedIn
$98.5K/yr - $123.1K/yr  Hybrid  Full-time
See how you compare to over 100 applicants. Try Premium for $0
Apply  Save

Meet the hiring team
Priyanka Raman · 2nd
Talent Acquisition Partner at {ORG}
Message

About the job
The {ORG} regulates Ontario's electricity and natural gas sectors in the public interest. Our decisions on rates and licences affect every household and business in the province, and our staff give adjudicative panels independent, evidence-based advice.

Job Posting #: {REF}
Location: {LOC} (hybrid, minimum three days per week at 2300 Yonge Street)
Hours of work: {SCH}
Salary range: $98,470 – $123,090 per year
Closing date: June 20, 2035

About the role
Reporting to the Manager, Electricity Rates, the Senior Advisor leads staff's review of complex distribution rate applications from filing to decision. You will:
{chr(10).join(DUTIES)}

What you bring
{chr(10).join(ESS)}

Assets
{chr(10).join(DES)}

Key competencies
{chr(10).join(f"{n}: {d}" for n, d in zip(CN, CD))}

What we offer
A defined benefit pension (OPTrust), health and dental benefits from day one, a $1,200 annual wellness account and three weeks of vacation to start. Interviews are planned for the weeks of July 7 and July 14, 2035.

How to apply
Submit your résumé and a cover letter by June 20, 2035, quoting posting {REF}. Accommodation is available on request throughout the recruitment process.
… show less

Set alert for similar jobs
Senior Advisor, Toronto, Ontario, Canada
Set alert

About the company
{ORG}
Government Administration · 501-1,000 employees · 214 on LinkedIn
Follow

More jobs
Regulatory Analyst
Independent Electricity System Operator · Toronto, ON (Hybrid)
$88K/yr - $110K/yr · 3 days ago
Manager, Rate Design
Toronto Hydro · Toronto, ON (On-site)
2 weeks ago
"""

def build(pdf=True):
    write(KEY + "-oeb.html", HTML, KEY)
    write(KEY + "-linkedin.txt", LI, KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": T, "fr": None},
             organisation={"en": ORG, "fr": None}, location={"en": LOC, "fr": None},
             schedule={"en": SCH, "fr": None}, deadline="2035-06-20",
             salary=sal(98470, 123090, currency="CAD", period="year"),
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": comp(*CN, descs=CD), "fr": None})
