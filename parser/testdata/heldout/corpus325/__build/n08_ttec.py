from common import *
REF = "TTEC/HRD/EXT/44/019"; KEY = "ttec-hrd-ext-44-019"
T = "Protection Relay Technician"
ORG = "Trinidad and Tobago Electricity Commission (T&TEC)"
LOC = "Mt. Hope Operations Centre, with travel to substations throughout Trinidad and Tobago"
SCH = "40 hours per week, Monday to Friday; participation in the standby roster is required"
GR = "TC-7"
ESS = ["A Diploma in Electrical Engineering from a recognised institution;",
       "At least five (5) years' experience in the testing and commissioning of protection relays;",
       "Knowledge of IEC 61850 substation automation;",
       "A valid Trinidad and Tobago driver's permit."]
DES = ["Experience with numerical distance and differential relays;",
       "Certification in NFPA 70E electrical safety."]
COMP = [("Safety awareness", "follows switching and isolation procedures without exception"),
        ("Problem solving", "traces the root cause of every protection operation"),
        ("Record keeping", "keeps test sheets and relay settings accurate and up to date")]
DUT = ["Test, calibrate and commission protection relays on 12 kV to 220 kV systems;",
       "Investigate relay operations after faults and prepare event reports;",
       "Maintain the relay settings database;",
       "Assist engineers during substation outages and new connections."]

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Careers | T&amp;TEC</title>
<style>body{{font-family:Tahoma,sans-serif;margin:0}} .alert{{background:#c00;color:#fff;padding:6px 16px}} td{{padding:5px 10px;border-bottom:1px solid #ddd;vertical-align:top}}</style></head><body>
<div class="alert">Planned outage: parts of Chaguanas, Sunday November 6, 2044, 8:00 a.m. to 2:00 p.m.</div>
<header><strong>T&amp;TEC</strong> <nav>Home | Customer Service | Pay My Bill | Energy Tips | About Us | Careers | Contact</nav></header>
<p>Home &raquo; About Us &raquo; Careers &raquo; Current Vacancies</p>
<main>
<h1>EXTERNAL VACANCY</h1>
<p>The Trinidad and Tobago Electricity Commission invites applications from suitably qualified persons to fill the following position.</p>
<table>
<tr><td><b>Vacancy No.</b></td><td>{REF}</td></tr>
<tr><td><b>Position</b></td><td>{T}</td></tr>
<tr><td><b>Employer</b></td><td>{ORG}</td></tr>
<tr><td><b>Division</b></td><td>Transmission – Protection and Control Department</td></tr>
<tr><td><b>Location</b></td><td>{LOC}</td></tr>
<tr><td><b>Hours of Work</b></td><td>{SCH}</td></tr>
<tr><td><b>Job Grade</b></td><td>{GR}</td></tr>
<tr><td><b>Salary</b></td><td>TT$12,480 – TT$15,930 per month (TTD), plus a shift allowance where applicable</td></tr>
<tr><td><b>Closing Date</b></td><td>Monday, November 21, 2044 at 4:00 p.m.</td></tr>
</table>
<h2>Job Summary</h2>
<p>The incumbent keeps the protection systems of the transmission network in safe and reliable working order.</p>
<h2>Key Responsibilities</h2>
{ul(DUT)}
<h2>Qualifications and Experience</h2>
<p>Applicants should possess:</p>
{ul(ESS)}
<p>The following would be an advantage:</p>
{ul(DES)}
<h2>Competencies</h2>
<p>{"<br>".join(f"<strong>{n}:</strong> {d}" for n, d in COMP)}</p>
<h2>Method of Application</h2>
<p>Apply online through the Careers portal, quoting the vacancy number. Only shortlisted applicants will be contacted; interviews are expected in the week of December 5, 2044.</p>
</main>
<aside><h3>Other vacancies</h3><p>Meter Reader (Tobago) – closes November 11, 2044</p><p>Network Planning Engineer – closes December 2, 2044</p></aside>
<footer>63 Frederick Street, Port of Spain · © 2044 T&amp;TEC</footer>
</body></html>
"""
w(KEY + "-ttec.html", html, REF)

cls = f"""
THE SOUTHERN LEDGER (fictitious)         CLASSIFIEDS          Friday, October 28, 2044   C7
[ e-Edition ]  < Prev page | Next page >   Zoom 100%

                    TRINIDAD AND TOBAGO ELECTRICITY COMMISSION
                              E X T E R N A L   V A C A N C Y

Applications are invited from suitably qualified persons for the position below.

VACANCY NO.      {REF}
POSITION         {T}
EMPLOYER         {ORG}
LOCATION         {LOC}
HOURS OF WORK    {SCH}
JOB GRADE        {GR}
SALARY           TT$12,480 - TT$15,930 per month (TTD)
CLOSING DATE     4:00 p.m. on Monday 21 November 2044

DUTIES: testing, calibrating and commissioning protection relays on 12 kV to
220 kV systems; investigating relay operations after faults; maintaining the
settings database; assisting engineers during outages.

The Commission is the sole transmission and distribution utility of Trinidad
and Tobago. The Protection and Control Department keeps relays, breakers and
substation automation in good order across both islands. The successful
applicant will join a team of technicians and engineers and will be eligible
for the Commission's pension plan, group health insurance and training.

Applicants should possess:
{lines(ESS, "   - ")}

An advantage:
{lines(DES, "   - ")}

COMPETENCIES
{lines([f"{n}: {d}" for n, d in COMP], "   ")}

Apply online via the T&TEC Careers portal. Interviews: week of December 5.

---------------------------------------------------------------------
FOR SALE: 2039 Toyota Hilux, low mileage, TT$168,000 o.n.o. Call 000-0000.
---------------------------------------------------------------------
NOTICE: St. Clement's Parish Harvest, Sunday November 13 from 10 a.m.
"""
w(KEY + "-ledger.txt", cls, REF)

exp(KEY, dict(reference=REF, languages=["en"], title={"en": T}, organisation={"en": ORG}, location={"en": LOC},
              schedule={"en": SCH}, deadline="2044-11-21", salary=sal(None, 12480, 15930, "TTD"), grade=GR,
              requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMP}))
