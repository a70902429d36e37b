from common import *
REF = "SPF/HR/2043/03"; KEY = "spf-hr-2043-03"
T = "Contributions Compliance Officer"
ORG = "Seychelles Pension Fund"
LOC = "Victoria, Mahé, with visits to employers on Praslin and La Digue"
SCH = "Monday to Thursday, 8:00 a.m. to 4:00 p.m.; Friday, 8:00 a.m. to 3:00 p.m."
ESS = ["A Diploma in Accounting, Business Studies or Law from a recognised institution;",
       "At least three years' experience in auditing, tax compliance or payroll;",
       "Good knowledge of the Seychelles Pension Fund Act and of the Employment Act; and",
       "Proficiency in Creole, English and French."]
DES = ["Experience in debt recovery proceedings before the Employment Tribunal."]
DUT = ["inspect employers' payroll records to verify that contributions are declared and paid in full",
       "issue compliance notices and follow up arrears with employers",
       "prepare files for legal action in cases of persistent default",
       "advise employers and self-employed persons on their obligations"]

expected(KEY, reference=REF, languages=["en"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2043-02-20", salary=sal(None, 18450, 21900, "SCR"), grade="SB-09",
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})

src("spf-advert.html", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Advert</title></head>
<body style="font-family:Liberation Sans;font-size:10.5pt">
<table border="2" cellpadding="10" cellspacing="0" width="100%"><tr><td>
<p align="center"><b><font size="5">SEYCHELLES PENSION FUND</font></b><br>P.O. Box 000, Victoria, Mahé (fictitious address)</p>
<p align="center"><b><font size="4">VACANCY</font></b></p>
<p align="center">Ref: {REF}</p>
<p>The Fund administers the national contributory pension scheme to which every employer, employee and
self-employed person in Seychelles contributes each month. Its Compliance and Enforcement Section makes sure that
contributions are declared on time and that arrears are recovered, so that members' pensions are protected.</p>
<p>The Fund invites applications from suitably qualified Seychellois for the following position:</p>
<p><b>Position:</b> {T}<br>
<b>Employer:</b> {ORG}<br>
<b>Section:</b> Compliance and Enforcement<br>
<b>Place of work:</b> {LOC}<br>
<b>Hours of work:</b> {SCH}<br>
<b>Salary Band:</b> SB-09<br>
<b>Salary:</b> SCR18,450 – SCR21,900 per month, with transport allowance</p>
<p><b><u>MAIN DUTIES</u></b></p>
<p>The officer will {'; '.join(DUT)}.</p>
<p><b><u>QUALIFICATIONS AND EXPERIENCE</u></b></p>
<p>Applicants must have:<br>
{'<br>'.join(f'({c}) {x}' for c, x in zip('abcd', ESS))}</p>
<p><b><u>DESIRABLE</u></b><br>{DES[0]}</p>
<p><b><u>HOW TO APPLY</u></b></p>
<p>Signed applications with a detailed CV, copies of certificates and two recent references should reach the
Human Resources Manager on or before <b>Friday 20 February 2043</b> at 3:00 p.m. Only shortlisted candidates
will be contacted. Interviews are scheduled for the first week of March 2043.</p>
</td></tr></table>
<p><font size="2">Published in the Saturday edition, 24 January 2043 (fictitious advertisement)</font></p>
</body></html>""")
soffice("spf-advert.html", KEY + "-advert.libreoffice.pdf", KEY)

mj = f"""
MyJobMag.example  |  Jobs  |  Companies  |  CV Writing  |  Post a Job  |  Login
Home > Jobs in Seychelles > Finance / Accounting / Audit

Contributions Compliance Officer at Seychelles Pension Fund
Seychelles Pension Fund
Posted on Tue 20th Jan, 2043 · Apply before: Feb 20, 2043
Job TypeFull TimeQualificationDiplomaExperience3 yearsLocationSeychellesJob FieldFinance / Accounting / Audit

Seychelles Pension Fund administers the national contributory pension scheme for employees and self-employed
persons.

Vacancy Ref: {REF}
Job Title: {T}
Employer: {ORG}
Place of work: {LOC}
Hours of work: {SCH}
Salary Band: SB-09
Salary: SCR18,450 - SCR21,900 monthly

Responsibilities
{chr(10).join('● ' + d[0].upper() + d[1:] + '.' for d in DUT)}

Requirements
{chr(10).join('● ' + x for x in ESS)}
Desirable
● {DES[0]}

Method of Application
Interested and qualified candidates should send their application to the Human Resources Manager on or before
Feb 20, 2043, quoting the vacancy reference.

Related Jobs
Accounts Clerk at a Victoria retailer – SCR12,000 monthly – Jan 18, 2043
Payroll Officer at a Mahé resort – Jan 22, 2043

Subscribe to job alerts · MyJobMag.example is an imitation made for a test set
"""
w(KEY + "-myjobmag.txt", mj, KEY)
save_rows("09")
