from common import *
KEY = "mcia-hr-vac-2034-12"
REF = "MCIA/HR/VAC/2034/12"
TITLE = "Research Scientist (Agronomy)"
ORG = "Mauritius Cane Industry Authority"
LOC = "Réduit, Moka"
SCHED = "08.45 to 16.00 hrs, Monday to Friday, with occasional field work on Saturdays"
SCALE = "Rs 48,650 x 1,525 – 62,375 x 2,200 – 75,575 monthly (MUR)"
ESS = [
 "a Master's degree in Agronomy, Soil Science or Crop Science from a recognised institution;",
 "a Bachelor's degree in Agriculture or Agricultural Science;",
 "at least three years' experience in field trials on sugarcane or another plantation crop;",
 "proven ability to design trials and analyse data with a statistical package;",
 "a valid driving licence (Class B).",
]
DES = [
 "A PhD in a relevant field.",
 "Publications in peer-reviewed journals.",
]
E = {"reference": REF, "post_number": None, "languages": ["en"],
     "title": {"en": TITLE, "fr": None}, "organisation": {"en": ORG, "fr": None},
     "location": {"en": LOC, "fr": None}, "schedule": {"en": SCHED, "fr": None},
     "deadline": "2034-12-01", "salary": sal(mn=48650, mx=75575, cur="MUR"), "grade": None,
     "clearance": None,
     "requirements": {"en": {"essential": ESS, "desirable": DES}, "fr": None},
     "competencies": {"en": [], "fr": None}}
expected(KEY, E)

DUT = [
 "to plan, conduct and report on agronomic trials on cane nutrition, varieties and mechanised harvesting;",
 "to advise planters and extension officers on soil fertility and cane husbandry;",
 "to supervise Technical Officers and field staff assigned to the trials;",
 "to contribute to the preparation of technical bulletins and annual reports; and",
 "to perform such other duties directly related to the post as may be assigned.",
]
roman = ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"]
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy {REF}</title>
<style>
body {{ font-family: "Liberation Serif", serif; font-size: 11.5pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 1px solid #000; padding: 4px 6px; vertical-align: top; }}
.c {{ text-align: center; }}
</style></head><body>
<p class="c"><b>MAURITIUS CANE INDUSTRY AUTHORITY</b><br>Human Resource Section<br>Réduit, Mauritius</p>
<p class="c"><b>VACANCY NOTICE</b><br>Ref: {REF}</p>
<p>Applications are invited from qualified citizens of the Republic of Mauritius for the post of <b>{TITLE}</b> in the Mauritius Sugarcane Industry Research Institute (MSIRI), a department of the Mauritius Cane Industry Authority.</p>
<table>
<tr><td style="width:30%"><b>Post</b></td><td>{TITLE}</td></tr>
<tr><td><b>Organisation</b></td><td>{ORG}</td></tr>
<tr><td><b>Department</b></td><td>Mauritius Sugarcane Industry Research Institute (MSIRI), Agronomy Division</td></tr>
<tr><td><b>Place of work</b></td><td>{LOC}</td></tr>
<tr><td><b>Salary scale</b></td><td>{SCALE}</td></tr>
<tr><td><b>Hours of work</b></td><td>{SCHED}</td></tr>
<tr><td><b>Closing date</b></td><td>Friday 1 December 2034 at 15.00 hrs</td></tr>
</table>
<p><b>I. QUALIFICATIONS</b></p>
<p>Candidates should possess:</p>
<table>
{chr(10).join(f'<tr><td style="width:8%">{roman[i]}</td><td>{x}</td></tr>' for i, x in enumerate(ESS))}
</table>
<p><b>Added advantage:</b></p>
<ul>
{chr(10).join(f'<li>{x}</li>' for x in DES)}
</ul>
<p><b>II. AGE LIMIT</b> – Candidates should not have reached their 45th birthday by the closing date.</p>
<p><b>III. GENERAL DUTIES</b></p>
<ol>
{chr(10).join(f'<li>{d}</li>' for d in DUT)}
</ol>
<p><b>IV. MODE OF APPLICATION</b></p>
<p>Applications should be made on the prescribed form available at the reception of the MCIA, Réduit, or downloadable from the MCIA website, and should reach the Officer in Charge, Human Resource Section, not later than <b>Friday 1 December 2034 at 15.00 hrs</b>. Applications received after the closing date will not be considered. Only shortlisted candidates will be convoked for interview, expected in the week of 8 January 2035.</p>
<p>The Authority reserves the right not to make any appointment following this advertisement.</p>
<p>Date: 10 November 2034</p>
<p>Officer in Charge<br>Human Resource Section</p>
</body></html>
"""
write("__build/mcia-vacancy.html", html)

board = f"""KARIYER.MU (board fictif)  |  Jobs  |  Companies  |  Career advice  |  Post a job  |  Login
Home > Jobs > Agriculture > {TITLE}

{TITLE}
{ORG}
Réduit · Permanent · Posted 12 Nov 2034 · Closing 01 Dec 2034
Salary: MUR 48,650 - 75,575 / month
Apply now   Save   Share

Job summary
Sector: Agriculture / Research   Contract: Permanent   Experience: 3-5 years   Education: Masters

Job description
Applications are invited from qualified citizens of the Republic of Mauritius for the post of {TITLE} in the Mauritius Sugarcane Industry Research Institute (MSIRI), a department of the {ORG}.
Ref: {REF}
Post: {TITLE}
Organisation: {ORG}
Place of work: {LOC}
Salary scale: {SCALE}
Hours of work: {SCHED}

Qualifications
Candidates should possess:
{chr(10).join(f'{roman[i]} {x}' for i, x in enumerate(ESS))}
Added advantage: {' '.join(DES)}

Age limit: candidates should not have reached their 45th birthday by the closing date.

Duties
{chr(10).join(DUT)}

How to apply
Prescribed form available at the MCIA, Réduit, or on its website, to reach the Officer in Charge, Human Resource Section, not later than Friday 1 December 2034 at 15.00 hrs.

Similar jobs
Field Agronomist - Sugar estate, Flacq - Rs 35,000 - 42,000 - Closing 05 Dec 2034
Laboratory Analyst - Food company, Plaine Magnien - Closing 28 Nov 2034
Extension Officer - Parastatal body, Rose Belle - Closing 15 Dec 2034

Beware of fraudulent job offers. KARIYER.MU never asks candidates for money.
"""
write(KEY + "-board.txt", board)
