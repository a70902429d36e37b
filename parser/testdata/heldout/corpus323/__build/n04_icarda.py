from common import *

KEY = "12694"
REF = "12694"
TITLE = "Research Station Operations Manager"
ORG = "International Center for Agricultural Research in the Dry Areas"
LOC = "Terbol, Lebanon"
SCHED = "Full time"
R = [
    "Bachelor's degree in agronomy, agricultural engineering, farm management or a related discipline.",
    "At least eight years of experience managing field operations on a research station or a commercial farm, including supervision of technical and casual staff.",
    "Working knowledge of irrigation systems, farm machinery maintenance and seed storage facilities.",
    "Fluency in Arabic and English, written and spoken.",
]
P = [
    "Master's degree in agricultural sciences.",
    "Experience with field trials of cereals or food legumes conducted for international research programmes.",
    "Familiarity with occupational health and safety standards for agricultural workplaces.",
]
DUTIES = [
    "Plan and supervise the daily operations of the Terbol station, including land preparation, sowing, irrigation and harvest of research plots.",
    "Manage the station's machinery pool, workshops, cold rooms and seed processing unit.",
    "Coordinate field support for breeding and agronomy teams and schedule shared resources among projects.",
    "Prepare the station budget, monitor expenditure and oversee procurement of field inputs.",
    "Apply the Center's health, safety and environmental procedures and lead the station emergency plan.",
]


def build():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-09-12", sched={"en": SCHED},
             salary=sal(mn=3715, mx=4462, cur="USD", period="month"),
             ess={"en": R}, des={"en": P}, comps={"en": []})
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    dl = [("Job Identification", REF), ("Job Category", "Research Support"), ("Posting Date", "08/14/2044, 10:02 AM"),
          ("Apply Before", "09/12/2044, 11:59 PM"), ("Job Schedule", SCHED), ("Locations", LOC),
          ("Contract Type", "Nationally recruited, two years"), ("Salary range", "USD 3,715 – 4,462 per month (gross)")]
    dlh = "\n".join(f"<div class=r><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in dl)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Careers</title>
<style>body{{font-family:"Oracle Sans",Arial,sans-serif;margin:0;background:#fbf9f8}} .bar{{background:#31403c;color:#fff;padding:10px 24px}}
main{{max-width:1000px;margin:auto;padding:12px 24px}} dl{{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}}
dt{{font-size:12px;color:#6b6b6b}} dd{{margin:0;font-weight:600}} .chip{{border:1px solid #999;border-radius:12px;padding:2px 8px;font-size:12px}}</style></head>
<body>
<div class="cookie">This site uses cookies. By continuing you accept our cookie policy. <button>OK</button></div>
<div class="bar">ICARDA Careers <a href="#">Jobs</a> <a href="#">My profile</a> <a href="#">Sign In</a></div>
<main>
<p><a href="#">‹ Back to jobs</a></p>
<h1>{TITLE}</h1>
<p><span class="chip">Terbol, Lebanon</span> <span class="chip">Research Support</span> <span class="chip">Posted 30+ days ago</span></p>
<p><button>Apply Now</button> <button>Share</button> <button>Save</button></p>
<h2>Job Info</h2>
<dl>{dlh}</dl>
<h2>About the Center</h2>
<p>The {ORG} is a non-profit research institute of CGIAR working on the resilience of farming systems in dry areas. Its Terbol station in the Bekaa Valley hosts genebank regeneration and breeding trials.</p>
<h2>Key responsibilities</h2>
<ul>{li(DUTIES)}</ul>
<h2>Qualifications</h2>
<p><strong>Required:</strong></p>
<ul>{li(R)}</ul>
<p><strong>Preferred:</strong></p>
<ul>{li(P)}</ul>
<h2>What we offer</h2>
<p>A two-year contract with a gross salary in the range indicated above, medical insurance and 25 days of annual leave. Interviews are planned for early October 2044; only shortlisted candidates will be contacted.</p>
<p><button>Apply Now</button></p>
<h3>Similar Jobs</h3>
<ul><li>Genebank Technician — Terbol, Lebanon — Posted 09/01/2044</li><li>Field Data Assistant — Rabat, Morocco — Posted 08/29/2044</li></ul>
</main>
<footer>Powered by Oracle Recruiting Cloud · Privacy Statement · Accessibility</footer>
</body></html>
"""
    write(KEY + "-oracle.html", page, KEY, "html")
    b = lambda xs: "\n".join("  - " + x for x in xs)
    alert = f"""From: ICARDA Careers <no-reply@careers.icarda.example>
To: hanna.khoury@mail.example
Date: Sat, 16 Aug 2044 06:12:44 +0000
Subject: Job alert: 1 new job matches "operations manager"

Hello Hanna,

We found a new job that matches your job alert "operations manager, Lebanon".

--------------------------------------------------------------
{TITLE}
{LOC} | Research Support | Job Identification {REF}
Job Schedule: {SCHED}
Apply Before: 09/12/2044, 11:59 PM (Beirut time)
Salary range: USD 3,715 – 4,462 per month (gross)
--------------------------------------------------------------

Summary
The {ORG} (ICARDA) seeks a manager for the day-to-day running of its research station in the Bekaa Valley.
{b(DUTIES)}

Qualifications
Required:
{b(R)}
Preferred:
{b(P)}

[ View job ]   [ Apply now ]

You received this e-mail because you created a job alert on the ICARDA careers site on 03/02/2044.
Manage alerts | Unsubscribe
This message was sent from an unmonitored mailbox. Please do not reply.
"""
    write(KEY + "-jobalert.txt", alert, KEY, "txt")
