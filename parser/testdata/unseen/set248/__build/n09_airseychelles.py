from common import *
REF = "HM/HR/VAC/2038-21"
K = key(REF)
T = "Crew Scheduling Officer"
ORG = "Air Seychelles Ltd"
LOC = "Operations Control Centre, Pointe Larue, Mahé"
SCH = "Rotating shifts of 8 hours, including nights, weekends and public holidays"
SAL = "SCR 24,800 per month (basic), plus shift allowance as per company policy"
ESS = ["A Diploma in Business, Aviation Management or a related field",
       "At least 3 years' experience in crew scheduling, flight operations or airport operations",
       "Sound knowledge of flight time limitations and rest requirements",
       "Good computer skills, including a crew management system"]
DES = ["Previous work with an airline operations control centre",
       "Knowledge of French"]
COMP = [("Planning and organising", "able to rebuild a roster quickly after a disruption."),
        ("Attention to detail", "checks every assignment against duty and rest limits."),
        ("Calm under pressure", "keeps crews informed clearly during irregular operations.")]
DUT = ["Publish monthly rosters for cockpit and cabin crew.",
       "Reassign crew when flights are delayed, cancelled or diverted.",
       "Track crew licences, medicals and recurrent training expiry dates.",
       "Keep duty records ready for Seychelles Civil Aviation Authority audits."]

def li(xs): return "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Careers – {T} | Air Seychelles</title></head><body>
<nav><a href="#">Book</a> · <a href="#">Manage</a> · <a href="#">Destinations</a> · <a href="#">Cargo</a> · <a href="#">Careers</a> · <a href="#">Français</a></nav>
<p>Careers &gt; Current vacancies &gt; Flight Operations</p>
<h1>{T}</h1>
<table class="facts">
<tr><td>Vacancy reference</td><td>{REF}</td></tr>
<tr><td>Position</td><td>{T}</td></tr>
<tr><td>Employer</td><td>{ORG}</td></tr>
<tr><td>Location</td><td>{LOC}</td></tr>
<tr><td>Working hours</td><td>{SCH}</td></tr>
<tr><td>Salary</td><td>{SAL}</td></tr>
<tr><td>Closing date</td><td>26th June 2038 (26/06/2038)</td></tr>
</table>
<p><b>Job Summary:</b> To prepare and maintain legal, efficient crew rosters so that every Air Seychelles flight departs with a fully qualified crew.</p>
<p><b>About the role</b> The officer works in a small team inside the Operations Control Centre, in close contact with duty managers, flight dispatch and the crew rooms on Mahé and Praslin. The post reports to the Crew Planning Manager.</p>
<p><b>Main responsibilities</b></p><ul>{li(DUT)}</ul>
<p><b>Training and qualification requirements-</b></p><ul>{li(ESS)}</ul>
<p><b>Added advantages</b></p><ul>{li(DES)}</ul>
<p><b>Skills and abilities</b></p><ul>{"".join(f"<li>{n} – {d}</li>" for n, d in COMP)}</ul>
<p>This vacancy is open to Seychellois nationals only. Applications with a CV, copies of certificates and two referees should be sent to recruitment@airseychelles.example. Shortlisted applicants will be called for an assessment on 8 July 2038.</p>
<div class="cookie">We use cookies to improve your experience. <a href="#">Accept all</a> <a href="#">Settings</a></div>
<footer>© 2038 Air Seychelles Ltd · sample page with fictitious content</footer>
</body></html>"""
w(K + "-airseychelles.html", html, K)

txt = f"""JobsSey (sample board)      Home   Jobs   Employers   Post a job   Sign in
Jobs in Seychelles > Aviation > {T}

{T}
Air Seychelles Ltd  •  Pointe Larue, Mahé  •  Posted 2 days ago  •  Apply before Jun 26, 2038

Job TypeFull TimeQualificationDiplomaExperience3 yearsLocationMahéJob FieldAviation / Operations

Vacancy reference: {REF}
Employer: {ORG}
Location: {LOC}
Working hours: {SCH}
Salary: {SAL}

Job Summary
To prepare and maintain legal, efficient crew rosters for every flight.
The officer works in the Operations Control Centre with duty managers,
flight dispatch and the crew rooms on Mahé and Praslin.

Main responsibilities
{chr(10).join(DUT)}

Training and qualification requirements
{chr(10).join(ESS)}

Added advantages
{chr(10).join(DES)}

Skills and abilities
{chr(10).join(f"{n} – {d}" for n, d in COMP)}

Method of Application
Open to Seychellois nationals only. Send a CV, certificates and two referees
to recruitment@airseychelles.example. Assessment on 8 July 2038.

Similar jobs
Ramp Agent – Seychelles International Airport – SCR 14,200 per month – closes Jun 12, 2038
Flight Dispatcher – Pointe Larue – closes Jul 3, 2038
Report this job   Share: Facebook  WhatsApp  LinkedIn
"""
w(K + "-jobssey.txt", txt, K)
expected(REF, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2038-06-26",
         {"amount": 24800, "currency": "SCR", "period": "month"}, None, {"en": (ESS, DES)}, {"en": COMP})
