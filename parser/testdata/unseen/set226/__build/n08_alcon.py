from common import *
KEY = "r-0118204"; REF = "R-0118204"
T = "Senior Specialist, Quality Assurance – Sterile Filling"; O = "Alcon"; LOC = "Fribourg"; SCH = "100%"
ESS = ["Master's degree in pharmacy, microbiology, chemistry or a related life-science field",
       "5+ years of quality assurance experience in aseptic or sterile manufacturing under GMP",
       "Sound knowledge of EU GMP Annex 1 and of contamination control strategies",
       "Fluent English; working knowledge of French"]
DES = ["Experience with isolator or RABS filling lines",
       "Eligibility to act as Responsible Person under Swiss medicinal products law"]
DUT = ["Provide day-to-day QA oversight of the sterile filling and visual inspection areas",
       "Review and approve deviations, CAPAs and change controls within agreed timelines",
       "Perform batch record review and support the release of finished products",
       "Lead media fill and environmental monitoring trend reviews with Production and Microbiology",
       "Represent QA during health authority inspections and customer audits"]
expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": SCH}, "2036-08-25", None,
         req={"en": {"essential": ESS, "desirable": DES}}, comps={"en": []})
li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
INTRO = ("At Alcon, we are passionate about helping people see brilliantly. Our Fribourg site produces ophthalmic "
         "pharmaceuticals for more than 70 markets, and our Quality team makes sure every vial meets the standard our patients deserve.")
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T}</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0;color:#333}} .bar{{background:#003595;color:#fff;padding:10px 20px}}
.job{{max-width:820px;margin:auto}} .meta{{display:flex;flex-wrap:wrap;gap:20px;font-size:13px;color:#555;border-bottom:1px solid #ddd;padding:8px 0}}
.meta div span{{display:block;font-weight:bold;color:#222}}</style></head><body>
<div class="bar">Alcon Careers &nbsp; <span style="float:right">Search for Jobs · Sign In</span></div>
<div class="job"><p><a href="#">Back to job search</a></p>
<h2>{T}</h2>
<p><button>Apply</button></p>
<div class="meta">
<div>locations<span>{LOC}</span></div>
<div>time type<span>Full time</span></div>
<div>workload<span>{SCH}</span></div>
<div>posted on<span>Posted 9 Days Ago</span></div>
<div>job requisition id<span>{REF}</span></div>
</div>
<p>{INTRO}</p>
<p>In this role as <b>{T}</b>, you will be trusted to:</p><ul>{li(DUT)}</ul>
<p><b>What You'll Bring to Alcon:</b></p><ul>{li(ESS)}</ul>
<p><b>Nice to have:</b></p><ul>{li(DES)}</ul>
<p><b>How You Can Thrive at Alcon:</b></p><ul><li>Work in a modern production site with a strong culture of collaboration</li><li>Benefit from a pension fund above the legal minimum and 25 days of vacation</li></ul>
<p>Applications will be accepted until 25 August 2036. The first interviews are planned for the week of 31 August 2036. Relocation support is available.</p>
<p>Alcon is an Equal Opportunity Employer and takes pride in maintaining a diverse environment.</p>
<hr><p>Similar Jobs (3)</p><p>Specialist, Microbiology – Fribourg – posted 30+ days ago</p><p>Manager, Validation – Schaffhausen – posted 12 days ago</p>
<p>© 2036 Workday, Inc. All rights reserved. · Privacy · Cookie settings</p></div></body></html>
"""
w(KEY + "-alcon.html", html, KEY)
jc = f"""jobs.ch
Find jobs\tCompanies\tSalary calculator\tCareer advice\tDE | FR | EN\tLog in

Back to search results\tJob 4 of 37

{T}
{O}
Publication date:17 July 2036Workload:{SCH}Contract type:Unlimited employmentLanguage:English (Fluent), French (Intermediate)Place of work:{LOC}

Salary estimate from jobs.ch
CHF 118 000 - 142 000 / year
Apply\tSave

Job description
{INTRO}

Reference: {REF}

In this role as {T}, you will be trusted to:
{bullets(DUT, "")}

What You'll Bring to Alcon:
{bullets(ESS, "")}

Nice to have:
{bullets(DES, "")}

How You Can Thrive at Alcon: modern production site, pension fund above the legal minimum, 25 days of vacation.

Applications will be accepted until 25 August 2036. The first interviews are planned for the week of 31 August 2036.

Place of work
1700 {LOC}

Similar jobs
QA Officer Aseptic Processing – Pharma company, Bulle – CHF 98 000 - 115 000 / year – 2 days ago
Qualification Engineer – Ypsilon Medical, Fribourg – yesterday

jobs.ch · JobCloud AG · Data protection · Terms of use · 3f6b2c1e-77a0-4e5b-9d1c-2a8e04c5b1f7
"""
w(KEY + "-jobsch.txt", jc, KEY)
