from common import *
REF = "IRA/HR/2044/03"
T = "Irrigation Water Allocation Officer"
ORG = "Irrigation Authority"
LOC = "Northern Plains Field Office, Riviere du Rempart, with travel to all irrigation schemes in the North"
SCH = "Monday to Friday, 7:30 a.m. to 3:45 p.m., including early-morning water rotations as required"
ESS = ["a Degree in Agricultural Engineering, Agronomy or Water Resources Management from a recognised institution;",
       "at least three years' post-qualification experience in the operation of irrigation or water supply schemes;",
       "a good knowledge of crop water requirements and of scheduling methods;",
       "a valid driving licence for Class B vehicles."]
DES = ["Experience with telemetry and remote flow-metering systems.",
       "Knowledge of Geographical Information Systems."]
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Vacancy</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11.5pt}}</style></head><body>
<p align="center"><b>IRRIGATION AUTHORITY</b><br>(Established under the Irrigation Authority Act)<br>Royal Road, Riviere du Rempart, Mauritius (fictitious address)</p>
<p align="right">Ref: {REF}<br>18 March 2044</p>
<p align="center"><b><u>VACANCY FOR THE POST OF IRRIGATION WATER ALLOCATION OFFICER</u></b></p>
<p>Applications are invited from qualified candidates for the post mentioned below.</p>
<table width="100%">
<tr><td width="28%">Post:</td><td>{T}</td></tr>
<tr><td>Employer:</td><td>{ORG}</td></tr>
<tr><td>Place of work:</td><td>{LOC}</td></tr>
<tr><td>Hours of work:</td><td>{SCH}</td></tr>
<tr><td>Salary:</td><td>Rs 52,350 x 1,450 – 58,150 x 1,800 – 71,800 monthly (MUR)</td></tr>
</table>
<p><b>A. QUALIFICATIONS</b></p>
<p>Candidates should possess:</p>
<p>{'<br>'.join(f'({chr(96+i)}) {x}' for i, x in enumerate(ESS, 1))}</p>
<p>NOTE – The following will be considered an advantage:</p>
<ol>{''.join('<li>' + x + '</li>' for x in DES)}</ol>
<p><b>B. AGE LIMIT</b></p>
<p>Candidates should be under 45 years of age on the closing date for the submission of applications.</p>
<p><b>C. DUTIES</b></p>
<p>To prepare weekly water allocation schedules for planters' groups; to supervise canal keepers and pump attendants; to
record flows, reservoir levels and rainfall; to investigate complaints of water shortage; and to perform any other
related duties.</p>
<p><b>D. SALARY AND CONDITIONS</b></p>
<p>The post carries a salary in the scale of Rs 52,350 x 1,450 – 58,150 x 1,800 – 71,800 monthly, together with a travel
grant of Rs 6,000 monthly. The appointment will be on probation for one year.</p>
<p><b>E. MODE OF APPLICATION</b></p>
<p>Applications, on the prescribed form, with copies of certificates, should reach the General Manager, Irrigation
Authority, not later than <b>15.00 hrs on Tuesday 26 April 2044</b>. Applications received after that time will not be
considered. Short-listed candidates will be called for interview in May 2044.</p>
<p align="right">General Manager</p>
</body></html>"""
wb("ira-vacancy.html", html)
soffice("ira-vacancy.html", "ira-hr-2044-03-vacancy.libreoffice.pdf", REF)
board = f"""IleJobs.example  |  Jobs  |  Companies  |  Career advice  |  Post a job  |  Log in
Home > Jobs > Agriculture / Water > Riviere du Rempart

{T}
Irrigation Authority | Riviere du Rempart | Posted 5 days ago
Contract: Permanent · Sector: Public / Parastatal · Closing Date: 26/04/2044

Reference: {REF}
Job title: {T}
Employer: {ORG}
Place of work: {LOC}
Hours of work: {SCH}
Salary: Rs 52,350 - Rs 71,800 per month (MUR)
Age limit: under 45 on the closing date

Qualifications required
{chr(10).join(f'{i}) {x}' for i, x in enumerate(ESS, 1))}

Advantage
{chr(10).join(f'{i}) {x}' for i, x in enumerate(DES, 1))}

Duties
- prepare weekly water allocation schedules for planters' groups
- supervise canal keepers and pump attendants
- record flows, reservoir levels and rainfall
- investigate complaints of water shortage

Apply on the prescribed form to the General Manager before 15.00 hrs on Tuesday 26 April 2044.

Similar jobs
Field Assistant (Hydrology) - Ministry department - Port Louis - Rs 31,500 / month
Pump Attendant - Sugar estate - Flacq - closing 12/04/2044

© 2044 IleJobs.example - we do not charge candidates
"""
w("ira-hr-2044-03-ilejobs.txt", board, REF)
expected(REF, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-04-26",
         sal(mn=52350, mx=71800, cur="MUR"), None, {"en": (ESS, DES)}, {"en": []})
save_rows("n09")
