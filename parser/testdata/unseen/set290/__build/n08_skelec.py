"""SKELEC (St Kitts), EN: utility careers page (HTML, label line / value line) + weekly's classified."""
from common import *

KEY = "skelec-hr-2041-27"
REF = "SKELEC/HR/2041/27"
TITLE = "Revenue Protection Supervisor"
ORG = "St. Kitts Electricity Company Limited (SKELEC)"
LOC = "Central Street, Basseterre, St. Kitts, with field work island-wide"
SCHED = "Monday to Friday, 8:00 a.m. to 4:30 p.m.; evening inspections as required"
GRADE = "S4"
ESS = [
    "An Associate Degree in Electrical Engineering Technology or an equivalent qualification;",
    "At least five (5) years' experience in electricity metering, of which two (2) in a supervisory role;",
    "Sound knowledge of single-phase and three-phase meter installations and of common tampering methods;",
    "A valid St. Kitts driver's licence;",
    "Proficiency in Microsoft Excel and in a customer information system.",
]
DES = [
    "Experience with smart-meter (AMI) data analytics;",
    "Training in investigative interviewing or evidence handling.",
]
COMP = [
    ("Integrity", "refuses any inducement and reports irregularities promptly"),
    ("Tact", "handles disconnections and billing disputes with courtesy and firmness"),
    ("Attention to detail", "documents every inspection with photographs and seal numbers"),
]
DUTIES = [
    "Plans and supervises the daily inspections of the Revenue Protection team",
    "Analyses consumption patterns and meter-reading exceptions to target suspected losses",
    "Investigates meter tampering and illegal connections and prepares case files for the Legal Department",
    "Calculates back-billing for unmetered consumption in line with the company's tariff rules",
    "Liaises with the Royal St. Christopher and Nevis Police Force on criminal cases",
    "Reports monthly on non-technical losses and recovered revenue",
]

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy – {TITLE} | SKELEC</title>
<style>
body{{font-family:Verdana,sans-serif;font-size:14px;margin:0}}
.alert{{background:#ffd200;padding:5px 18px;font-size:12px}}
header{{background:#00467f;color:#fff;padding:10px 18px}} header a{{color:#fff;margin-right:12px}}
.wrap{{display:grid;grid-template-columns:3fr 1fr;gap:28px;padding:18px}}
.fact h5{{margin:10px 0 0;color:#00467f;text-transform:uppercase;font-size:11px}} .fact p{{margin:2px 0}}
</style></head><body>
<div class="alert">Planned outage: Cayon to Saddlers feeder, Sunday 7 December, 6:00 a.m. – 11:00 a.m. · Report a fault: 465-0000</div>
<header><strong>SKELEC</strong>
<nav><a href="#">Home</a><a href="#">Pay my bill</a><a href="#">Outages</a><a href="#">Tariffs</a><a href="#">Careers</a><a href="#">Contact</a></nav></header>
<div class="wrap"><main>
<p><small>Home / Careers / Current vacancies</small></p>
<h1>INTERNAL AND EXTERNAL VACANCY</h1>
<p>The St. Kitts Electricity Company Limited invites applications from suitably qualified persons to fill the following position.</p>
<div class="fact"><h5>Position</h5><p>{TITLE}</p></div>
<div class="fact"><h5>Reference</h5><p>{REF}</p></div>
<div class="fact"><h5>Employer</h5><p>{ORG}</p></div>
<div class="fact"><h5>Division</h5><p>Customer Services – Revenue Protection Unit</p></div>
<div class="fact"><h5>Location</h5><p>{LOC}</p></div>
<div class="fact"><h5>Grade</h5><p>{GRADE}</p></div>
<div class="fact"><h5>Salary</h5><p>EC$4,620 – EC$5,910 per month (XCD), plus a vehicle allowance</p></div>
<div class="fact"><h5>Hours of Work</h5><p>{SCHED}</p></div>
<div class="fact"><h5>Closing Date</h5><p>Wednesday, December 3, 2041 at 4:00 p.m.</p></div>
<h2>Job Summary</h2>
<p>Reporting to the Customer Services Manager, the Supervisor leads a team of six meter inspectors and is responsible for reducing non-technical losses on the St. Kitts network.</p>
<h2>Key Duties</h2>
<ul>{''.join(f'<li>{d}.</li>' for d in DUTIES)}</ul>
<h2>Qualifications and Experience</h2>
<p>The successful candidate must have:</p>
<ul style="list-style:none">{''.join(f'<li>({chr(97 + i)}) {x}</li>' for i, x in enumerate(ESS))}</ul>
<p>The following will be considered an asset:</p>
<ul style="list-style:none">{''.join(f'<li>({chr(97 + i)}) {x}</li>' for i, x in enumerate(DES))}</ul>
<h2>Competencies</h2>
<p>{'<br>'.join(f'<strong>{n}</strong> – {d}' for n, d in COMP)}</p>
<h2>How to Apply</h2>
<p>Applications, with a résumé, copies of certificates, two references and a recent police record, should be addressed to the Human Resources Manager, SKELEC, Central Street, Basseterre, or sent to hr@skelec.example, no later than Wednesday, December 3, 2041 at 4:00 p.m. Interviews will be held during the week of December 15, 2041. Only shortlisted applicants will be contacted.</p>
</main>
<aside><h3>Other vacancies</h3><p>Lineman II – closes November 28, 2041</p><p>Power Plant Mechanic – closes December 12, 2041</p>
<h3>Save energy</h3><p>Switch to LED bulbs and save up to EC$40 a month.</p></aside></div>
<footer><p>© 2041 St. Kitts Electricity Company Ltd. All rights reserved.</p></footer>
</body></html>
"""
write(KEY + "-skelec.html", html, KEY)

paper = f"""THE BASSETERRE CHRONICLE (fictitious)     Friday, November 21, 2041     CLASSIFIEDS  B7
================================================================================

                              VACANCY
             ST. KITTS ELECTRICITY COMPANY LIMITED

POSITION:      {TITLE}
REFERENCE:     {REF}
EMPLOYER:      {ORG}
LOCATION:      {LOC}
GRADE:         {GRADE}
SALARY:        EC$4,620 - EC$5,910 per month (XCD)
HOURS OF WORK: {SCHED}
CLOSING DATE:  03/12/2041, 4:00 p.m.

The Supervisor leads a team of six meter inspectors: plans daily inspections,
analyses consumption exceptions, investigates tampering and illegal connections,
calculates back-billing, liaises with the Police and reports monthly on
non-technical losses.

QUALIFICATIONS AND EXPERIENCE
  (a) {ESS[0]}
  (b) {ESS[1]}
  (c) {ESS[2]}
  (d) {ESS[3]}
  (e) {ESS[4]}

Assets:
  (a) {DES[0]}
  (b) {DES[1]}

Competencies:
  * {COMP[0][0]} – {COMP[0][1]}
  * {COMP[1][0]} – {COMP[1][1]}
  * {COMP[2][0]} – {COMP[2][1]}

Apply with résumé, certificates, two references and a police record to the
Human Resources Manager, SKELEC, Central Street, Basseterre, or hr@skelec.example.
Interviews will be held during the week of December 15, 2041. SKELEC is an equal
opportunity employer; only shortlisted applicants will be contacted. Internal
applicants must submit their applications through their Department Head.
--------------------------------------------------------------------------------
FOR SALE – 2034 pickup, low mileage, EC$38,500 o.n.o. Call 662-0000.
--------------------------------------------------------------------------------
NOTICE – The Sandy Point Credit Union AGM will be held on December 10, 2041.
--------------------------------------------------------------------------------
"""
write(KEY + "-chronicle.txt", paper, KEY)

expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-03", salary=salary(mn=4620, mx=5910, cur="XCD"), grade=GRADE,
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMP})
save_rows("n08")
