from common import *
KEY = "mir-2035-0716"
REF = "MIR-2035-0716"
T = "Wealth Planning Analyst"
O = "Mirabaud & Cie SA"
LOC = "Geneva"
SCH = "80–100%"
ESS = ["Master's degree in law, finance or economics",
       "At least three years of experience in wealth planning, tax advisory or trust services",
       "Sound knowledge of Swiss succession law and of the taxation of private clients in Switzerland and France",
       "Fluency in French and English, both spoken and written"]
DES = ["TEP or CFP certification", "Working knowledge of German or Italian",
       "Experience with clients resident in the United Kingdom or Spain"]
SOFT = ["Analytical mind", "Discretion", "Client orientation"]
TASKS = ["Prepare wealth structuring proposals for private clients and their families, together with the relationship managers",
         "Analyse succession, matrimonial and tax situations and draft clear summaries for clients",
         "Coordinate with external lawyers, notaries and trustees on the implementation of the solutions",
         "Keep the team's technical notes up to date as Swiss and foreign rules change",
         "Take part in client meetings in Geneva and, occasionally, abroad"]

def li(items):
    return "".join(f"<li>{i}</li>" for i in items)

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} – Careers – Mirabaud</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0;color:#222}} .consent{{background:#1b1b1b;color:#ddd;font-size:80%;padding:6px 16px}}
header{{padding:14px 16px;letter-spacing:.25em;text-transform:uppercase}} .wrap{{max-width:820px;margin:auto;padding:0 16px}}
ul.meta{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:18px;font-size:90%}} ul.meta span{{display:block;font-size:70%;text-transform:uppercase;color:#777}}</style></head>
<body>
<div class="consent">We use cookies to analyse traffic and personalise content. <a href="#">Accept all</a> · <a href="#">Settings</a></div>
<header>Mirabaud · 1819 &nbsp;&nbsp; Wealth Management · Asset Management · <b>Careers</b> &nbsp; EN | FR</header>
<div class="wrap">
<p style="font-size:80%">Home › Careers › Open positions › {T}</p>
<h1>{T}</h1>
<ul class="meta">
<li><span>Reference</span>{REF}</li>
<li><span>Company</span>{O}</li>
<li><span>Location</span>{LOC}</li>
<li><span>Department</span>Wealth Management – Wealth Planning</li>
<li><span>Activity rate</span>{SCH}</li>
<li><span>Contract</span>Permanent</li>
<li><span>Published</span>19.12.2035</li>
</ul>
<p>Founded in Geneva in 1819, Mirabaud is an independent banking group. Our Wealth Planning team of eight specialists supports relationship managers on the structuring questions raised by international families. We are looking for an analyst to join the team in Geneva.</p>
<h2>Your responsibilities</h2>
<ul>{li(TASKS)}</ul>
<h2>Your profile</h2>
<ul>{li(ESS)}</ul>
<h2>A plus</h2>
<ul>{li(DES)}</ul>
<h2>Soft skills</h2>
<ul>{li(SOFT)}</ul>
<h2>What we offer</h2>
<p>A partnership culture, hybrid working up to two days a week, a pension fund above the legal minimum and a contribution of CHF 3,000 per year to professional certifications.</p>
<h2>Apply</h2>
<p>Please submit your application through our online portal by 26 January 2036. First interviews are planned for the week of 9 February 2036. Applications from recruitment agencies will not be considered.</p>
<h3>Other positions</h3>
<p>Compliance Officer – Lausanne (published 05.12.2035) · Portfolio Manager Assistant – Geneva (published 11.12.2035)</p>
</div>
<footer style="font-size:75%;padding:16px">Mirabaud & Cie SA · Boulevard Georges-Favon 29 · 1204 Geneva · Legal notice</footer>
</body></html>
"""

JOBS = f"""
jobs.ch
Find jobs	Companies	Salaries	Career advice	EN ▾	Login
Job title, skill or company	Geneva	Search
Back to the results	Job 7 of 58

{T}
Mirabaud & Cie SA
Published:19 December 2035Workload:80 – 100%Contract type:Unlimited employmentLanguage:French (Fluent), English (Fluent)Place of work:Geneva
Quick apply	Save

Salary estimate by jobs.ch
CHF 108 000 - 131 000 / year
This estimate is based on similar jobs. The employer has not published a salary.

Reference: {REF} · Location: {LOC} · Activity rate: {SCH} · Department: Wealth Management – Wealth Planning

Founded in Geneva in 1819, Mirabaud is an independent banking group. Our Wealth Planning team of eight specialists supports relationship managers on the structuring questions raised by international families.

Your responsibilities
{"; ".join(TASKS)}.

Your profile
{chr(10).join(ESS)}

A plus
{chr(10).join(DES)}

Soft skills
{chr(10).join(SOFT)}

What we offer
Hybrid working up to two days a week, a pension fund above the legal minimum and CHF 3,000 per year for professional certifications.

Please submit your application through our online portal by 26 January 2036. First interviews are planned for the week of 9 February 2036.

Place of work
Boulevard Georges-Favon 29
1204 Geneva

Job ID: 3f9c1e7a-52b4-4d0e-9a61-0c7b2e8d4415

Similar jobs
Trust Officer · Geneva · Published: 3 weeks ago · Salary estimate CHF 95 000 - 118 000
Tax Analyst Private Clients · Lausanne · Published: 2 days ago
"""

def build():
    w(KEY + "-mirabaud.html", HTML, KEY)
    w(KEY + "-jobsch.txt", JOBS, KEY)
    expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": SCH}, "2036-01-26",
             None, None, None, {"en": {"essential": ESS, "desirable": DES}}, {"en": comp(SOFT)})
