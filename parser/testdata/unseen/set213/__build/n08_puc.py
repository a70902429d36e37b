# Public Utilities Corporation (Seychelles) - EN careers page (html) + newspaper classified (txt)
from common import *
import textwrap
W = lambda x, first='  - ': textwrap.fill(x, 64, initial_indent=first, subsequent_indent='    ')
REF = "PUC/HR/VAC/2035/31"
K = key_of(REF)
TITLE = "Water Treatment Plant Supervisor"
ORG = "Public Utilities Corporation"
LOC = "Anse Boileau Water Treatment Works, Mahé"
SCHED = "Shift work on a 24-hour roster, including weekends and public holidays"
GRADE = "Technical Officer Grade III"
SALTXT = "SCR 27,400 – SCR 31,900 per month (gross), plus shift and on-call allowances"
ESS = [
 "Diploma in Water Technology, Chemistry or Civil Engineering from a recognised institution;",
 "At least five (5) years' experience in the operation of a potable water treatment plant, two of which at supervisory level;",
 "Good knowledge of coagulation, filtration and chlorination processes and of drinking water quality standards;",
 "Ability to read and interpret SCADA trends and laboratory results;",
 "Valid Seychelles driving licence.",
]
DES = [
 "Experience with reverse osmosis desalination plants;",
 "First aid certificate.",
]
COMP = [
 ("Accountability", "takes ownership of water quality on every shift."),
 ("Teamwork", "coordinates operators, fitters and laboratory staff during incidents."),
 ("Customer focus", "keeps the Control Room informed so that customers get timely notices."),
]
DUTIES = [
 "Supervise the daily operation of the treatment works and the shift operators;",
 "Adjust chemical dosing in line with raw water quality and laboratory results;",
 "Keep operation logs and prepare the weekly production report;",
 "Ensure safe handling and storage of chlorine and other chemicals;",
 "Report breakdowns and follow up on corrective maintenance.",
]
ul = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy – {TITLE} | PUC</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .util{{background:#003d7a;color:#fff;font-size:9pt;padding:4px 18px}}
header,main,footer{{padding:8px 18px}} ul.facts{{list-style:none;padding:0}} ul.facts li{{padding:3px 0;border-bottom:1px dotted #ccc}}
.facts b{{display:inline-block;width:170px}} .close{{background:#fde9e9;border:1px solid #c00;padding:6px}}</style></head><body>
<div class="util">Report a fault: 4 67 00 00 (fictitious) · Pay your bill online · Kreol | English | Français</div>
<header><b>PUC</b> Public Utilities Corporation<nav>Home | Electricity | Water &amp; Sewerage | Customers | Media Centre | Vacancies</nav></header>
<main>
<p>Home &gt; Vacancies &gt; {REF}</p>
<h1>Vacancy: {TITLE}</h1>
<p><em>Published 26 June 2035</em></p>
<p>The Public Utilities Corporation invites applications from suitably qualified Seychellois citizens for the
following position in its Water &amp; Sewerage Division.</p>
<ul class="facts">
<li><b>Reference</b> {REF}</li>
<li><b>Position</b> {TITLE}</li>
<li><b>Employer</b> {ORG}</li>
<li><b>Division</b> Water &amp; Sewerage Division – Treatment Section</li>
<li><b>Location</b> {LOC}</li>
<li><b>Grade</b> {GRADE}</li>
<li><b>Working pattern</b> {SCHED}</li>
<li><b>Salary</b> {SALTXT}</li>
<li><b>Closing date</b> Wednesday 18 July 2035 at 4.00 p.m.</li>
</ul>
<h2>Main duties</h2><ol>{ul(DUTIES)}</ol>
<h2>Qualifications and experience</h2><ul>{ul(ESS)}</ul>
<h2>Desirable</h2><ul>{ul(DES)}</ul>
<h2>Competencies</h2><ul>{''.join(f'<li><strong>{n}:</strong> {d}</li>' for n, d in COMP)}</ul>
<p>Applications, with a detailed CV and copies of certificates, should reach the Human Resources Manager,
PUC Headquarters, Victoria (fictitious address), or hr@puc.example. Only shortlisted candidates will be
contacted; interviews are planned for the week of 30 July 2035.</p>
<p class="close">Closing date: 18 July 2035. Late applications will not be considered.</p>
<h3>Other vacancies</h3><p>Electrical Technician (Praslin) – closes 11 July 2035<br>Meter Reader (La Digue) – closes 25 July 2035</p>
</main><footer>© 2035 Public Utilities Corporation · Privacy · Terms · Contact</footer></body></html>
"""
write(f"{K}-puc.html", html)
news = f"""THE DAILY ISLANDER (fictitious)   Thursday June 28, 2035   Page 14
CLASSIFIEDS — SITUATIONS VACANT — NOTICES — TENDERS
------------------------------------------------------------------------

                 PUBLIC UTILITIES CORPORATION
               Water & Sewerage Division
                        VACANCY
                Ref: {REF}

 The Public Utilities Corporation invites applications from
 Seychellois citizens for the post of:

            {TITLE.upper()}

 Position:        {TITLE}
 Employer:        {ORG}
 Location:        Anse Boileau Water Treatment Works,
                  Mahé
 Grade:           {GRADE}
 Working pattern: Shift work on a 24-hour roster,
                  including weekends and public holidays
 Salary:          SCR 27,400 – SCR 31,900 per month (gross),
                  plus shift and on-call allowances

 Main duties include supervising shift operators, adjusting
 chemical dosing, keeping logs and reporting breakdowns.

 Qualifications and experience:
{chr(10).join(W(x) for x in ESS)}

 Desirable:
{chr(10).join(W(x) for x in DES)}

 Competencies:
{chr(10).join(W(f'{n}: {d}') for n, d in COMP)}

 Applications to the Human Resources Manager, PUC, Victoria,
 or hr@puc.example, on or before Wednesday 18th July 2035
 at 4.00 p.m.  Closing date: 18 July 2035.
------------------------------------------------------------------------
 FOR SALE: Toyota pick-up 2029, good condition, SCR 185,000 ono.
 Tel 2 50 00 00 (fictitious)
------------------------------------------------------------------------
 TENDER NOTICE: Supply of school uniforms. Closing date 12 July 2035.
------------------------------------------------------------------------
"""
write(f"{K}-dailyislander.txt", news)
expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2035-07-18",
         sal(mn=27400, mx=31900, cur="SCR", period="month"), GRADE,
         {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
