from common import *

KEY = "jlc-41-0387"
REF = "JLC-41-0387"
T = "Production Planner – Movement Assembly (m/f/d)"
O = "Jaeger-LeCoultre"
LOC = "Le Sentier"
SCH = "100%"
ESS = ["Federal VET diploma (CFC) in logistics or watchmaking, followed by a higher diploma in production management",
       "At least four years of experience in production planning in an industrial environment",
       "Advanced skills in SAP PP and Excel",
       "Fluent French and good English"]
DES = ["Knowledge of watch movement assembly",
       "ASCM (APICS) certification"]
RESP = ["Build and update the weekly assembly plan for the calibre workshops",
        "Balance capacity and component availability with the supply chain team",
        "Track work-in-progress and escalate delays to workshop managers",
        "Prepare the monthly planning reviews and KPIs",
        "Take part in continuous-improvement projects in the Manufacture"]

txt = f"""jobs.ch
Find jobs   Companies   Salaries   Career advice   For employers   FR | DE | EN
< Back to results          Job 2 of 12

{T}
{O}
★★★★☆ 4.2 (188 reviews)

Published:
4 days ago
Workload:
{SCH}
Contract type:
Unlimited employment
Place of work:
1347 {LOC}

Estimated salary by jobs.ch: CHF 86 000 - 101 000 / year

Quick apply

Since 1833, the Manufacture in the Vallée de Joux has brought together some 180 expertises under one roof. To strengthen our Planning department, we are looking for a

{T}

Your mission
{chr(10).join(RESP)}

Your profile
{chr(10).join(ESS)}

Nice to have
{chr(10).join(DES)}

What we offer
A stable position in a Maison with a long history, a training budget, a staff restaurant and a company shuttle from Le Brassus and Le Pont. Start date: 1 February 2042 or to be agreed.

Reference: {REF}
Workload: {SCH}
Please apply online by November 19, 2041. Only complete applications (CV, cover letter, certificates) will be considered.

Contact
Human Resources – Manufacture Jaeger-LeCoultre
1347 {LOC}

Job-ID: 7c41a9e2-55f0-4d1b-9b3e-0e2f86c1d774

Similar jobs
Supply Chain Planner · Manufacture du Lac, Le Brassus · Estimated CHF 82 000 - 98 000 / year
Logisticien CFC · Vallorbe · Published 1 week ago
"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Careers</title></head>
<body>
<div class="consent">This site uses cookies for analytics. <button>Accept all</button> <button>Reject</button></div>
<header><p>{O} · Watches · Manufacture · <b>Careers</b> · Boutiques</p></header>
<p><a href="#">Search jobs</a> › <a href="#">Operations</a> › {T}</p>
<h1>{T}</h1>
<p class="chips"><span>{LOC}, CH</span> | <span>Operations – Planning</span> | <span>Full time</span> | <span>Req ID: {REF}</span></p>
<p><a href="#">Apply now</a></p>
<p>Posted on Oct 28, 2041</p>
<div class="jd">
<p><b>Job description</b></p>
<p>Within the Planning department of the Manufacture, you make sure that our movement-assembly workshops have the right components at the right time, so that every calibre leaves the Vallée de Joux on schedule.</p>
<p><b>Key responsibilities</b></p>
<ul>{''.join(f'<li>{r}</li>' for r in RESP)}</ul>
<p><b>Your profile</b></p>
<ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul>
<p><b>Additional assets</b></p>
<ul>{''.join(f'<li>{d}</li>' for d in DES)}</ul>
<p><b>Conditions</b><br>Location: {LOC} (Vallée de Joux)<br>Activity rate: {SCH}<br>Contract: permanent<br>Application deadline: 19 November 2041</p>
<p>We thank you for applying through this page only; applications sent by e-mail or through agencies will not be processed.</p>
</div>
<footer><p>Part of the Richemont group · Legal notice · Privacy · Cookie settings</p></footer>
</body></html>
"""

def build():
    write(KEY + "-jobsch.txt", txt, KEY)
    write(KEY + "-careers.html", html, KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": T}, organisation={"en": O},
             location={"en": LOC}, schedule={"en": SCH}, deadline="2041-11-19", salary=None,
             requirements={"en": (ESS, DES)}, competencies={"en": []})
