from common import *
KEY = "io-36-0418"; REF = "IO-36-0418"
T = "Senior Analyst, Real Estate Valuation"; O = "Infrastructure Ontario"; LOC = "Toronto, ON"; SCH = "35 hours per week"
ESS = ["A university degree in real estate, finance, economics, commerce or a related discipline",
       "AACI designation from the Appraisal Institute of Canada, or active progress toward it",
       "At least five years of experience in commercial or institutional real estate appraisal",
       "Working knowledge of Argus Enterprise and advanced Excel modelling",
       "Strong report-writing skills and the ability to defend value conclusions to senior audiences"]
DES = ["Experience appraising special-purpose properties such as courthouses, hospitals or correctional facilities",
       "Familiarity with the Ontario Expropriations Act"]
CMP = [("Analytical rigour", "You test assumptions, reconcile conflicting data and explain the reasoning behind every number."),
       ("Stakeholder focus", "You build trust with ministries, agencies and external appraisers and keep them informed."),
       ("Accountability", "You own your files from instruction to final report and meet agreed timelines.")]
DUT = ["Prepare and review narrative appraisal reports for acquisitions, dispositions and leases across the provincial realty portfolio",
       "Instruct, manage and audit the work of external appraisers retained from the vendor of record list",
       "Maintain the valuation database and produce quarterly market updates for the Real Estate Services division",
       "Advise transaction teams on value, highest and best use and risk during negotiations",
       "Support expropriation files and prepare evidence for hearings when required"]
expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": SCH}, "2036-08-14",
         sal(92360, 115450, "CAD", "year"), req={"en": {"essential": ESS, "desirable": DES}},
         comps={"en": comp(CMP)})
li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} | Careers at {O}</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header{{background:#0b3b5c;color:#fff;padding:10px 24px}}
.wrap{{display:flex;gap:24px;padding:16px 24px}} main{{flex:3}} aside{{flex:1;border-left:1px solid #ccc;padding-left:16px;font-size:13px}}
.card{{border:1px solid #d0d7de;border-radius:6px;padding:12px;display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}}
.card span.l{{color:#555;font-size:13px}} dt{{font-weight:bold;margin-top:8px}} dd{{margin-left:0}}</style></head><body>
<div id="consent">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>
<header><strong>IO</strong> Infrastructure Ontario &nbsp; <nav>Home | Projects | Real Estate | Careers | Contact</nav></header>
<div class="wrap"><main>
<p><a href="#">&larr; Back to all opportunities</a></p>
<h1>{T}</h1>
<p>Real Estate Services &middot; Toronto &middot; Posted July 17, 2036</p>
<div class="card">
<span class="l">Job ID</span><span>{REF}</span>
<span class="l">Division</span><span>Real Estate Services – Valuation and Advisory</span>
<span class="l">Location</span><span>{LOC}</span>
<span class="l">Employment type</span><span>Permanent, full-time</span>
<span class="l">Hours of work</span><span>{SCH}</span>
<span class="l">Work model</span><span>Hybrid – three days a week at 1 Dundas Street West</span>
<span class="l">Salary range</span><span>$92,360 – $115,450 per year</span>
<span class="l">Closing date</span><span>August 14, 2036 at 11:59 p.m. ET</span>
</div>
<h2>About {O}</h2>
<p>{O} is a Crown agency of the Province of Ontario. We plan, procure and deliver public infrastructure and we manage one of the largest real estate portfolios in Canada on behalf of the government.</p>
<h2>About the opportunity</h2>
<p>The Valuation and Advisory team provides independent opinions of value that support every major real estate decision the Province makes. As Senior Analyst, you will own a caseload of complex files and act as the team's go-to reviewer for consultant reports.</p>
<h2>Key responsibilities</h2><ol>{li(DUT)}</ol>
<h2>What you bring to the role</h2><ul>{li(ESS)}</ul>
<h2>Nice to haves</h2><ul>{li(DES)}</ul>
<h2>Core competencies</h2><dl>{''.join(f'<dt>{n}</dt><dd>{d}</dd>' for n, d in CMP)}</dl>
<h2>What we offer</h2><ul><li>A defined benefit pension plan</li><li>Health, dental and vision coverage from day one</li><li>A $750 annual wellness account and paid professional dues</li></ul>
<h2>How to apply</h2>
<p>Submit your cover letter and résumé as one file through our career site by August 14, 2036. Please quote Job ID {REF}. First interviews are expected in the week of September 7, 2036. Accommodation is available on request under the Accessibility for Ontarians with Disabilities Act.</p>
<p><button>Apply now</button></p>
</main><aside><h3>Similar opportunities</h3>
<p><a href="#">Manager, Lease Administration</a><br>Toronto, ON · Closes August 4, 2036</p>
<p><a href="#">Analyst, Property Tax</a><br>Toronto, ON · $71,920 – $89,900 · Closes August 21, 2036</p>
<p><a href="#">Senior Project Manager, Courthouses</a><br>Toronto, ON · Closes September 2, 2036</p>
</aside></div>
<footer>© 2036 Infrastructure Ontario · Accessibility · Privacy · Terms of use</footer></body></html>
"""
w(KEY + "-io.html", html, KEY)
indeed = f"""indeed
Find jobs\tCompany reviews\tFind salaries
Sign in\tEmployers / Post Job

What\tJob title, keywords, or company
Where\tToronto, ON
Find jobs

{T}
{O}
3.8 out of 5 stars
{LOC}
$92,360–$115,450 a year - Permanent, Full-time
Apply on company site
Save

Profile insights
Here's how the job qualifications align with your profile.
Skills
Argus
Real estate appraisal
Excel
Do you have experience in Argus?
Yes  No

Job details
Here's how the job details align with your profile.
Pay
$92,360–$115,450 a year
Job type
Permanent
Full-time
Shift and schedule
Monday to Friday

Location
{LOC}

Benefits
Pulled from the full job description
Dental care
Vision care
Wellness program
Defined benefit pension

Full job description
Job ID: {REF}
Division: Real Estate Services – Valuation and Advisory
Location: {LOC}
Employment type: Permanent, full-time
Hours of work: {SCH}
Salary range: $92,360 – $115,450 per year
Closing date: August 14, 2036 at 11:59 p.m. ET

About the opportunity
The Valuation and Advisory team provides independent opinions of value that support every major real estate decision the Province makes. As Senior Analyst, you will own a caseload of complex files and act as the team's go-to reviewer for consultant reports.

Key responsibilities
{bullets(DUT, "• ")}

What you bring to the role
{bullets(ESS, "• ")}

Nice to haves
{bullets(DES, "• ")}

Core competencies
{chr(10).join(f"• {n} – {d}" for n, d in CMP)}

What we offer
A defined benefit pension plan, health, dental and vision coverage from day one, a $750 annual wellness account and paid professional dues.

How to apply: submit your cover letter and résumé through our career site by August 14, 2036 and quote Job ID {REF}.

Hiring Insights
Job activity
Posted 28 days ago

Report job

People also searched:
real estate appraiser\tcommercial appraiser jobs\tgovernment jobs toronto

Commercial Appraiser
Northgate Valuation Partners
Toronto, ON
$78,000–$95,000 a year
Active 3 days ago

© 2036 Indeed\tAccessibility at Indeed\tPrivacy Center\tCookies\tTerms
"""
w(KEY + "-indeed.txt", indeed, KEY)
