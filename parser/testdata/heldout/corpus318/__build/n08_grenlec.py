from common import *
REF = "GRENLEC/HR/VAC/44-07"
T = "Meter Services Supervisor"
ORG = "Grenada Electricity Services Ltd. (GRENLEC)"
LOC = "Grand Anse Operations Centre, St. George's, with periodic travel to Carriacou"
SCH = "8:00 a.m. to 4:30 p.m., Monday to Friday; on call for metering emergencies one week in four"
GR = "T7"
ESS = ["An Associate Degree in Electrical Engineering Technology or an equivalent qualification;",
       "At least five years' experience in electricity metering, of which two years as a team leader;",
       "Thorough knowledge of single-phase and three-phase metering and of current transformers;",
       "A valid Grenada driver's licence."]
DES = ["Experience with advanced metering infrastructure and meter data management systems;",
       "Training in revenue protection and investigation techniques."]
COMP = [("Integrity", "handles customer accounts and tampering cases with complete honesty"),
        ("Team leadership", "plans the daily work of meter technicians and keeps them safe"),
        ("Customer focus", "explains readings and replacements politely to customers")]
DUT = ["Supervise meter installation, testing, replacement and disconnection crews",
       "Plan the smart meter roll-out programme for the southern parishes",
       "Investigate suspected meter tampering and prepare reports for the Revenue Protection Unit",
       "Maintain records of the meter test bench and its calibration"]
facts = [("Vacancy Reference", REF), ("Position", T), ("Employer", ORG), ("Department", "Customer Services – Metering"),
         ("Location", LOC), ("Hours of Work", SCH), ("Pay Grade", GR),
         ("Salary", "EC$7,150 – EC$8,900 per month (XCD), plus a travelling allowance"),
         ("Closing Date", "Thursday, April 21, 2044 at 4:00 p.m.")]
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vacancy: {T} – Grenlec</title></head>
<body>
<div class="alert">Planned outage: Morne Jaloux and Mt. Parnassus, Sunday 3 April 2044, 7:00 a.m. to 1:00 p.m.</div>
<header><a href="#">Home</a> <a href="#">Customer Care</a> <a href="#">Pay Bill</a> <a href="#">Energy Tips</a> <a href="#">About Us</a> <a href="#">Careers</a> <a href="#">Go to Top</a></header>
<main>
<h1>Vacancy – Meter Services Supervisor</h1>
<p class="meta">2044-03-24T10:12:05+00:00March 24th, 2044|Careers|</p>
<p>Applications are invited from suitably qualified persons to fill the following vacancy.</p>
<div class="facts">{''.join(f'<p><span class="k">{a}</span>: <span class="v">{b}</span></p>' for a, b in facts)}</div>
<h2>Main Duties</h2>
<ul>{''.join('<li>' + d + '</li>' for d in DUT)}</ul>
<h2>Qualifications and Experience</h2>
<p>The successful applicant must have:</p>
<ul>{''.join('<li>' + x + '</li>' for x in ESS)}</ul>
<p>The following would be an asset:</p>
<ul>{''.join('<li>' + x + '</li>' for x in DES)}</ul>
<h2>Core Competencies</h2>
<table>{''.join(f'<tr><td>{n}</td><td>{d}</td></tr>' for n, d in COMP)}</table>
<h2>How to Apply</h2>
<p>Send a cover letter, résumé and copies of certificates to the Human Resources Manager, by e-mail to
careers@grenlec.example, no later than 4:00 p.m. on Thursday, April 21, 2044. Interviews are scheduled for the week of
May 2, 2044. Only short-listed applicants will be contacted.</p>
</main>
<aside><h3>Recent Posts</h3><ul><li>Grenlec Crews Restore Supply After Storm – March 18th, 2044</li><li>Vacancy – Customer Care Representative, Carriacou – closes April 8, 2044</li></ul></aside>
<footer>Grenada Electricity Services Ltd. · St. George's, Grenada (fictitious address) · Privacy Policy</footer>
</body></html>"""
w("grenlec-hr-vac-44-07-grenlec.html", html, REF)
cl = f"""THE SPICE ISLE CHRONICLE (fictitious)              FRIDAY, MARCH 25, 2044              PAGE 23
CLASSIFIEDS · NOTICES · VACANCIES

                  GRENADA ELECTRICITY SERVICES LTD.
                             VACANCY

POSITION:            {T}
REFERENCE:           {REF}
EMPLOYER:            {ORG}
LOCATION:            {LOC}
HOURS OF WORK:       {SCH}
PAY GRADE:           {GR}
SALARY:              EC$7,150 - EC$8,900 per month (XCD)

DUTIES include supervising meter crews; planning the smart meter roll-out; investigating suspected tampering; keeping
test bench and calibration records.

The successful applicant must have:
{chr(10).join('  * ' + x for x in ESS)}

An asset:
{chr(10).join('  - ' + x for x in DES)}

Competencies:
{chr(10).join(f'  {n}: {d}' for n, d in COMP)}

Applications with résumé and certificates must reach the Human Resources Manager, careers@grenlec.example, by
4:00 p.m. on Thursday 21 April 2044. Interviews: week of May 2.

----------------------------------------------------------------------------------------------
FOR SALE: 2038 double-cab pickup, low mileage, EC$38,500 o.n.o. Call 440-0000 (fictitious).
----------------------------------------------------------------------------------------------
CHURCH HARVEST: St. Paul's village harvest, Saturday April 16, food, music and games. All welcome.
"""
w("grenlec-hr-vac-44-07-chronicle.txt", cl, REF)
expected(REF, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-04-21",
         sal(mn=7150, mx=8900, cur="XCD"), GR, {"en": (ESS, DES)}, {"en": COMP})
save_rows("n08")
