from common import *

KEY = "wma-hr-42-15"
REF = "WMA/HR/42/15"
TITLE = "Trade Effluent Control Officer"
ORG = "Wastewater Management Authority"
LOC = "Head Office, Port Louis, with inspections of industrial premises island-wide"
SCHED = "08.45 hrs to 16.00 hrs on weekdays, and outside normal hours as required for sampling"
ESS = [
    "a Degree in Chemistry, Environmental Science or Chemical Engineering from a recognised institution;",
    "at least two years' post-qualification experience in effluent sampling, water quality analysis or environmental inspection;",
    "a valid driving licence for motor cars;",
    "computer literacy.",
]
DES = [
    "Knowledge of the Environment Protection (Standards for Effluent Discharge) Regulations;",
    "Experience of working with industrial clients.",
]
DUTIES = [
    "inspect industrial premises and take samples of trade effluent discharged into the public sewer",
    "process applications for trade effluent discharge permits",
    "investigate pollution incidents and blockages attributable to industrial discharges",
    "maintain the register of permit holders and prepare enforcement reports",
]

expected(KEY, en_only(
    reference=REF, post_number=None, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
    deadline="2042-07-24", salary=salary(mn=36250, mx=48100, cur="MUR"), grade=None,
    essential=ESS, desirable=DES, competencies=[]))

h = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Serif',serif;font-size:12pt}}</style></head><body>
<p align="center"><b>WASTEWATER MANAGEMENT AUTHORITY</b><br>(Established under the Wastewater Management Authority Act)<br>Head Office, Port Louis (fictitious address)</p>
<p align="right">Ref: {REF}<br>23 June 2042</p>
<p align="center"><b><u>PUBLIC ADVERTISEMENT – VACANCY FOR POST OF {TITLE.upper()}</u></b></p>
<p>Applications are invited from qualified candidates who wish to be considered for appointment to the post of {TITLE} in the Wastewater Management Authority.</p>
<p><b>I. PARTICULARS OF THE POST</b></p>
<p><b>Post:</b> {TITLE}<br>
<b>Employer:</b> {ORG}<br>
<b>Place of work:</b> {LOC}<br>
<b>Hours of Work:</b> {SCHED}<br>
<b>Salary:</b> Rs 36,250 x 900 – 40,750 x 1,050 – 48,100 a month (MUR)</p>
<p><b>II. AGE LIMIT</b></p>
<p>Candidates, unless already in the service of the Authority, should not have reached their 40th birthday by the closing date.</p>
<p><b>III. QUALIFICATIONS</b></p>
<p>Candidates should possess:</p>
<p>{"<br>".join(f"({r}) {e}" for r, e in zip(["i", "ii", "iii", "iv"], ESS))}</p>
<p><b>NOTE</b> – The following will be considered an advantage:</p>
<p>{"<br>".join(f"{i}. {d}" for i, d in enumerate(DES, 1))}</p>
<p><b>IV. DUTIES</b></p>
<p>To {"; to ".join(DUTIES)}; and to perform such other duties as may be assigned.</p>
<p><b>V. MODE OF APPLICATION</b></p>
<p>Applications should be made on the prescribed form obtainable from the Human Resources Section or the Authority's website, together with copies of certificates, and should reach the General Manager not later than <b>16.00 hrs on Thursday 24 July 2042</b>. Applications received after the closing date will not be considered. Shortlisted candidates may be required to sit for a written test.</p>
<p align="right">General Manager<br>(name withheld – fictitious)</p>
</body></html>"""
p = src("wma-advert.html", h)
libreoffice(p, KEY + "-advert.libreoffice.pdf")
row(KEY + "-advert.libreoffice.pdf", KEY, "pdf")
row(dump(KEY + "-advert.libreoffice.pdf"), KEY, "txt")

board = f"""
JobsMoris   Find Jobs   Companies   Career Advice   Post a Job   Sign in
Home > Jobs > Environment > Port Louis

Trade Effluent Control Officer
Wastewater Management AuthorityPort LouisPosted 2 days agoApply before 24/07/2042
Full-time | Public sector | Degree | 2+ years

Job details
Reference: {REF}
Job title: {TITLE}
Employer: {ORG}
Location: {LOC}
Hours of Work: {SCHED}
Salary: Rs 36,250 - Rs 48,100 monthly (MUR), incremental scale

Age limit: under 40 at the closing date, unless already employed by the Authority.

Qualifications
""" + "\n".join(ESS) + """

Note (an advantage)
""" + "\n".join(DES) + """

Duties: """ + "; ".join(DUTIES) + """.

How to apply: prescribed form with copies of certificates to the General Manager, by 16.00 hrs on 24/07/2042.

Similar jobs
Laboratory Analyst – Port Louis – Rs 28,000 / month – closes 10/07/2042
Plumbing Inspector – Curepipe – closes 31/07/2042
Environment Officer – Ebène – closes 14/07/2042

JobsMoris (fictitious board) · Privacy · Terms
"""
write(KEY + "-jobsmoris.txt", board)
row(KEY + "-jobsmoris.txt", KEY, "txt")
