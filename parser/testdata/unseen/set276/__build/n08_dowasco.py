from common import *

KEY = "dowasco-hr-2040-11"
REF = "DOWASCO/HR/2040/11"
TITLE = "Water Quality Laboratory Supervisor"
ORG = "Dominica Water and Sewerage Company Limited (DOWASCO)"
LOC = "Central Laboratory, Goodwill, Roseau, with sampling runs to treatment plants island-wide"
SCHED = "Monday to Friday, 8:00 a.m. to 4:00 p.m.; on call for emergency sampling after storms"
GRADE = "DW-7"
SAL = "EC$5,350 – EC$6,870 per month (XCD), plus travelling allowance"
ESS = [
    "A Bachelor's degree in Chemistry, Microbiology, Environmental Science or a related discipline;",
    "At least four years' experience in a water or food testing laboratory, two of them in a supervisory role;",
    "Working knowledge of drinking-water quality guidelines and laboratory quality management (ISO/IEC 17025);",
    "A valid Dominica driver's licence.",
]
DES = [
    "Experience with turbidity and chlorine control during heavy-rainfall events;",
    "Training in laboratory information management systems.",
]
COMP = [
    ("Attention to detail", "keeps chain-of-custody records complete for every sample"),
    ("Leadership", "plans the work of four technicians and coaches them on new methods"),
    ("Communication", "reports results clearly to operations staff and to the Ministry of Health"),
]
DUT = [
    "plan and supervise the daily bacteriological and physico-chemical testing programme",
    "validate results and alert the Operations Manager when a sample fails the standard",
    "maintain laboratory equipment, reagents and calibration records",
    "prepare monthly water quality reports for the Company and the regulator",
]

expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2040-10-24", salary=salary(min=5350, max=6870, currency="XCD"),
         grade=GRADE, requirements={"en": {"essential": ESS, "desirable": DES}},
         competencies={"en": COMP})

facts = [("Vacancy Reference", REF), ("Job Title", TITLE), ("Employer", ORG), ("Division", "Water Quality and Treatment"),
         ("Location", LOC), ("Hours of Work", SCHED), ("Salary Grade", GRADE), ("Salary", SAL),
         ("Employment Type", "Permanent, pensionable after probation"), ("Application Deadline", "Wednesday, October 24, 2040 at 4:00 p.m.")]
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Careers – {TITLE} – DOWASCO</title>
<style>body{{font-family:Georgia,serif;margin:0}} .top{{background:#0b6fa4;color:#fff;padding:4px 18px;font-size:12px}}
header{{padding:12px 18px;border-bottom:1px solid #ccc}} nav a{{margin-right:12px}}
main{{display:flex;gap:28px;padding:18px}} article{{flex:3}} aside{{flex:1;font-size:13px;background:#f1f6f9;padding:10px}}
dl.facts{{display:grid;grid-template-columns:200px 1fr;gap:4px 12px}} dl.facts dt{{font-weight:bold}}</style></head><body>
<div class="top">Report a leak: 448-4811 · Pay your bill online · Customer Service hours 8:00 a.m. – 4:00 p.m.</div>
<header><strong>DOWASCO</strong> · Dominica Water and Sewerage Company Limited
<nav><a href="#">Home</a><a href="#">About Us</a><a href="#">Customer Services</a><a href="#">Water Quality</a><a href="#">Careers</a><a href="#">Contact</a></nav></header>
<main><article>
<p>Home / Careers / Current Vacancies</p>
<h1>Vacancy: {TITLE.upper()}</h1>
<p>Applications are invited from suitably qualified persons to fill the following vacancy.</p>
<dl class="facts">
{"".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in facts)}
</dl>
<h2>Job Purpose</h2>
<p>The Supervisor manages the Company's testing laboratory so that the water supplied to customers meets the national drinking-water standards at all times.</p>
<h2>Key Duties</h2>
<p>The Supervisor will:</p>
<ul>{li(d + ";" for d in DUT[:-1])}<li>{DUT[-1]}.</li></ul>
<h2>Qualifications and Experience</h2>
<p>Candidates should possess:</p>
<ol type="a">{li(ESS)}</ol>
<h2>Desirable</h2>
<ul>{li(DES)}</ul>
<h2>Competencies</h2>
<p>{"<br>".join(f"<strong>{n}</strong> – {d}" for n, d in COMP)}</p>
<h2>How to Apply</h2>
<p>Submit a cover letter, résumé, copies of certificates and two references to the Human Resource Manager, DOWASCO, High Street, Roseau, or by e-mail to careers@dowasco.example, quoting the vacancy reference. Shortlisted applicants will be interviewed during the week of November 5, 2040. Only shortlisted applicants will be contacted.</p>
</article>
<aside><h3>Notices</h3>
<p><b>Planned interruption</b> – Castle Bruce and Good Hope, October 9, 2040, 9:00 a.m. – 3:00 p.m.</p>
<p><b>Other vacancy</b> – Pipe Fitter (Portsmouth), closing October 12, 2040.</p>
<p>New connection fee: EC$450.</p></aside></main>
<footer><p>© 2040 DOWASCO · 42 High Street, Roseau · Privacy · Terms</p></footer>
</body></html>"""
write(KEY + "-dowasco.html", html)

board = f"""
IslandCareers.example ≡ Jobs  Employers  Salary Guide  Sign in  Post a Job
Jobs in Dominica › Science & Laboratory › Roseau

{TITLE}
Dominica Water and Sewerage Company Limited (DOWASCO)Roseau, DominicaPosted 3 days agoDeadline 24/10/2040
Job TypeFull-time, PermanentIndustryUtilitiesExperience4+ yearsSalaryEC$5,350 – EC$6,870 / month
Apply now    Save    Share

Job details
Vacancy Reference: {REF}
Job Title: {TITLE}
Employer: {ORG}
Location: {LOC}
Hours of Work: {SCHED}
Salary Grade: {GRADE}
Salary: {SAL}
Application Deadline: 24/10/2040, 4:00 p.m.

Job Purpose
The Supervisor manages the Company's testing laboratory so that the water supplied to customers meets the national drinking-water standards at all times.

Key Duties
{chr(10).join(d[0].upper() + d[1:] for d in DUT)}

Qualifications and Experience
{chr(10).join(ESS)}

Desirable
{chr(10).join(DES)}

Competencies
{chr(10).join(f"{n} – {d}" for n, d in COMP)}

How to apply: cover letter, résumé, certificates and two references to the Human Resource Manager (careers@dowasco.example), quoting the reference. Interviews in the week of November 5, 2040.

Similar jobs
Laboratory Technician – Roseau – EC$3,900/month – Deadline 19/10/2040
Plant Operator II – Marigot – Deadline 31/10/2040
Environmental Health Officer – Portsmouth – Deadline 02/11/2040

IslandCareers · About · Privacy · Contact
"""
write(KEY + "-islandcareers.txt", board)
