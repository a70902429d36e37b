from common import *
KEY, REF = "mdr-2044-0219", "MDR-2044-0219"
T = "Finance Business Partner – Field Programmes"
ORG = "Medair"
LOC = "Ecublens (near Lausanne), Switzerland, with up to 20% travel to field programmes"
SCH = "100%"
ESS = ["Bachelor's degree in finance, accounting or business administration; a professional qualification (ACCA, CPA or Swiss federal diploma) is expected.",
       "At least five years of experience in financial management, including two years with an international NGO.",
       "Proven experience of donor reporting for ECHO, BHA or similar institutional donors.",
       "Fluent English; good working French.",
       "Commitment to Medair's Christian faith-based values and code of conduct."]
DES = ["Field experience in a humanitarian context.",
       "Experience with Microsoft Dynamics or another ERP."]
COMP = [("Partnering", "building trust with country directors and budget holders while holding the line on compliance."),
        ("Analytical thinking", "turning large data sets into clear recommendations."),
        ("Resilience", "staying effective when priorities shift during an emergency response.")]
expected(KEY, REF, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-06-27",
         salary={"min": 7165, "max": 8420, "currency": "CHF", "period": "month"},
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMP})

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Medair Careers</title></head>
<body>
<div class="cookie">We use cookies to understand how you use our careers site. <button>Accept all</button> <button>Reject</button></div>
<header><a href="/">Medair</a> <span>Careers</span> <nav><a href="/jobs">All jobs</a> <a href="/hq">Headquarters roles</a> <a href="/field">Field roles</a> <a href="/volunteer">Volunteer</a> <a href="/fr">FR</a></nav></header>
<main>
<a href="/jobs">← All jobs (24)</a>
<h1>{T}</h1>
<ul class="meta">
<li>Job ID: {REF}</li>
<li>Ecublens, Switzerland</li>
<li>Finance</li>
<li>Posted 2 days ago</li>
</ul>
<div class="summary">
<h2>Position summary</h2>
<div><span class="label">Organisation:</span> <span>{ORG}</span></div>
<div><span class="label">Location:</span> <span>{LOC}</span></div>
<div><span class="label">Activity rate:</span> <span>{SCH}</span></div>
<div><span class="label">Contract:</span> <span>Permanent, Swiss contract</span></div>
<div><span class="label">Salary:</span> <span>CHF 7,165 – 8,420 gross per month (paid 13 times a year)</span></div>
<div><span class="label">Start date:</span> <span>1 September 2044</span></div>
<div><span class="label">Application deadline:</span> <span>27 June 2044</span></div>
</div>
<h2>About us</h2>
<p>Medair is a humanitarian organisation inspired by Christian faith that responds to emergencies and helps people in remote and devastated places to recover. From our global office on the shore of Lake Geneva we support country programmes across Africa, the Middle East and Asia.</p>
<h2>Your role</h2>
<p>As Finance Business Partner you are the finance counterpart of a portfolio of five country programmes. You help country directors plan and manage budgets, review monthly financial reports and prepare the financial sections of donor proposals and reports.</p>
<h2>Key responsibilities</h2>
<ol>
<li>Review budget-versus-actual reports and flag risks early.</li>
<li>Coach country finance teams on donor rules and internal controls.</li>
<li>Coordinate year-end closing with the accounting team.</li>
<li>Visit field programmes two to four times a year.</li>
</ol>
<h2>Essential qualifications</h2>
<ul>
{chr(10).join(f"<li>{x}</li>" for x in ESS)}
</ul>
<h2>Desirable</h2>
<ul>
{chr(10).join(f"<li>{x}</li>" for x in DES)}
</ul>
<h2>Key competencies</h2>
<ul>
{chr(10).join(f"<li><b>{n}:</b> {d}</li>" for n, d in COMP)}
</ul>
<h2>How to apply</h2>
<p>Submit your CV and a motivation letter through this portal by 27 June 2044. First interviews are planned for the week of 4 July 2044. Applications sent by e-mail will not be considered.</p>
<button>Apply now</button>
<section class="similar"><h3>Similar jobs</h3>
<p>Grants Officer – Juba, South Sudan · Closing 10 July 2044</p>
<p>Chargé·e de la comptabilité – Ecublens · Clôture le 30 juin 2044</p></section>
</main>
<footer>© 2044 Medair · Chemin de Bérée (fictitious address) · Privacy policy · Safeguarding</footer>
</body></html>
"""
write(f"{KEY}-medair.html", html, KEY)

board = f"""HumanitarianJobs.net
Jobs | Training | Organizations | Post a job | Log in

Home / Jobs / {T}

{T}
Medair
Country: Switzerland | City: Ecublens | Career category: Finance | Years of experience: 5-9 years | Closing date: 27 Jun 2044
Posted: 20 May 2044 | Source: Medair | Views: 1,305

Job ID: {REF}
Organisation: {ORG}
Location: {LOC}
Activity rate: {SCH}
Contract: permanent, Swiss contract
Salary: CHF 7,165 – 8,420 gross per month (paid 13 times a year)
Start date: 1 September 2044
Application deadline: 27 June 2044

Medair is a faith-inspired humanitarian organisation. The Finance Business Partner supports a portfolio of five country programmes in budget planning, financial review and donor reporting.

Key responsibilities
 - Review budget-versus-actual reports and flag risks early.
 - Coach country finance teams on donor rules and internal controls.
 - Coordinate year-end closing with the accounting team.
 - Visit field programmes two to four times a year.

Essential qualifications
{chr(10).join(' - ' + x for x in ESS)}

Desirable
{chr(10).join(' - ' + x for x in DES)}

Key competencies
{chr(10).join(f' - {n}: {d}' for n, d in COMP)}

How to apply
Apply through the Medair careers portal by 27 June 2044.

Share this job: Email | Print

More jobs from Medair
Health Programme Manager — Cox's Bazar, Bangladesh — closing 16 Jun 2044
WASH Engineer — Lebanon — closing 30 Jun 2044
"""
write(f"{KEY}-humanitarianjobs.txt", board, KEY)
