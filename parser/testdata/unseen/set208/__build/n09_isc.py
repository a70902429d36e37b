"""International Science Council (Paris): English-only careers page (HTML with key-facts sidebar) and its browser copy."""
from common import *

KEY = "isc-2035-007"
REF = "ISC-2035-007"
T = "Science Policy Officer, Global Commons"
ORG = "International Science Council"
LOC = "Paris, France"
SCHED = "Full-time"
ESS = [
    "A PhD or master's degree in the natural or social sciences, science policy or international relations.",
    "At least four years of experience at the interface of science and policy, ideally with an intergovernmental process.",
    "Excellent written English, with the ability to turn complex scientific findings into short policy briefs.",
    "Experience in organizing expert consultations and multi-stakeholder meetings.",
]
DES = [
    "Working knowledge of French or Spanish.",
    "Familiarity with negotiations on the high seas, Antarctica or outer space.",
    "A network among scientific unions, academies or research funders.",
]
COMP = [
    ("Collaboration", "builds trust with members, partners and colleagues across disciplines and regions."),
    ("Judgement", "weighs scientific evidence and political context before recommending a position."),
    ("Clarity", "writes and speaks in a way that non-specialists can act on."),
    ("Initiative", "anticipates opportunities for the Council to contribute and proposes concrete actions."),
]

expected(KEY, reference=REF, languages=["en"], title={"en": T}, organisation={"en": ORG},
         location={"en": LOC}, schedule={"en": SCHED}, deadline="2035-02-07",
         salary=sal(mn=51650, mx=57800, cur="EUR", period="year"), grade=None,
         requirements={"en": req(ESS, DES)},
         competencies={"en": [{"name": n, "description": d} for n, d in COMP]})

DUT = [
    "Coordinate the Council's contributions to UN processes on areas beyond national jurisdiction.",
    "Convene expert groups drawn from member organizations and draft their joint statements.",
    "Prepare briefs, blog posts and talking points for the Council's leadership.",
    "Track relevant negotiations and report on opportunities for scientific input.",
    "Manage a small project budget and liaise with funders on reporting.",
]

html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(T)} | Careers | {ORG}</title>
<style>body{{font-family:Georgia,serif;margin:0}} .bar{{background:#14213d;color:#fff;padding:8px 16px}} .bar a{{color:#fff;margin-right:14px}}
.page{{display:flex;max-width:1100px;margin:auto;gap:32px}} article{{flex:3}} .facts{{flex:1.2;border:1px solid #ccc;padding:12px;align-self:flex-start}}
.facts .lbl{{font-size:11px;text-transform:uppercase;color:#666}} .facts .val{{margin-bottom:8px}} .consent{{background:#fffbe6;padding:8px}}</style></head><body>
<div class="consent">We use cookies to understand how visitors use this site. <a href="#">Accept all</a> <a href="#">Reject non-essential</a></div>
<div class="bar"><b>{ORG}</b> <a href="#">About</a><a href="#">Our work</a><a href="#">Members</a><a href="#">News</a><a href="#">Careers</a><a href="#">Search</a></div>
<div class="page"><article>
<p><a href="#">Careers</a> › Current vacancies</p>
<h1>{esc(T)}</h1>
<p>Posted 10 January 2035</p>
<p>The {ORG} brings together more than 250 scientific unions, associations and academies to advance science as a
global public good. Its secretariat in Paris is looking for a {esc(T)} to strengthen the Council's voice in
international discussions on the high seas, the polar regions and outer space.</p>
<h2>What you will do</h2>
<ul>{''.join(f'<li>{esc(d)}</li>' for d in DUT)}</ul>
<h2>Essential qualifications</h2>
<ul>{''.join(f'<li>{esc(e)}</li>' for e in ESS)}</ul>
<h2>Desirable</h2>
<ul>{''.join(f'<li>{esc(e)}</li>' for e in DES)}</ul>
<h2>Competencies</h2>
<ul>{''.join(f'<li><em>{esc(n)}:</em> {esc(d)}</li>' for n, d in COMP)}</ul>
<h2>What we offer</h2>
<p>A two-year fixed-term contract under French law (CDD), renewable, with a gross annual salary between EUR 51,650
and EUR 57,800 depending on experience, 30 days of annual leave, a meal allowance and 50% of public transport
costs. The secretariat works in English; hybrid working is possible up to two days a week.</p>
<h2>How to apply</h2>
<p>Please submit a CV and a cover letter of no more than two pages through our online form by 7 February 2035
(23:59 CET). Shortlisted candidates will be asked to complete a written exercise on 21 February 2035 and will be
interviewed in early March.</p>
</article>
<aside class="facts"><h3>Key facts</h3>
<div class="lbl">Reference</div><div class="val">{REF}</div>
<div class="lbl">Organisation</div><div class="val">{ORG}</div>
<div class="lbl">Location</div><div class="val">{LOC}</div>
<div class="lbl">Contract</div><div class="val">Fixed-term, 24 months</div>
<div class="lbl">Working time</div><div class="val">{SCHED}</div>
<div class="lbl">Start date</div><div class="val">1 April 2035</div>
<div class="lbl">Closing date</div><div class="val">7 February 2035</div>
<p><a href="#">Apply now</a></p>
<h3>Other vacancies</h3>
<p><a href="#">Communications Assistant (intern)</a><br>Closes 31 January 2035</p>
<p><a href="#">Finance Officer</a><br>Closes 28 February 2035</p>
</aside></div>
<footer><p>{ORG} · Secretariat, Paris · Privacy · Terms</p></footer>
</body></html>
"""
out(KEY + "-isc.html", html, KEY)

browser = f"""Skip to main content
We use cookies to understand how visitors use this site. Accept all Reject non-essential
{ORG}
About
Our work
Members
News
Careers
Search
Careers › Current vacancies
{T}
Posted 10 January 2035
The {ORG} brings together more than 250 scientific unions, associations and academies to advance science as a global public good. Its secretariat in Paris is looking for a {T} to strengthen the Council's voice in international discussions on the high seas, the polar regions and outer space.
What you will do
{chr(10).join(DUT)}
Essential qualifications
{chr(10).join(ESS)}
Desirable
{chr(10).join(DES)}
Competencies
{chr(10).join(f'{n}: {d}' for n, d in COMP)}
What we offer
A two-year fixed-term contract under French law (CDD), renewable, with a gross annual salary between EUR 51,650 and EUR 57,800 depending on experience, 30 days of annual leave, a meal allowance and 50% of public transport costs. The secretariat works in English; hybrid working is possible up to two days a week.
How to apply
Please submit a CV and a cover letter of no more than two pages through our online form by 7 February 2035 (23:59 CET). Shortlisted candidates will be asked to complete a written exercise on 21 February 2035 and will be interviewed in early March.
Key facts
Reference
{REF}
Organisation
{ORG}
Location
{LOC}
Contract
Fixed-term, 24 months
Working time
{SCHED}
Start date
1 April 2035
Closing date
7 February 2035
Apply now
Other vacancies
Communications Assistant (intern)
Closes 31 January 2035
Finance Officer
Closes 28 February 2035
{ORG} · Secretariat, Paris · Privacy · Terms
"""
out(KEY + "-isc-browser.txt", browser, KEY)
