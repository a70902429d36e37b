from common import *

KEY = "oidc-hr-2043-06"
REF = "OIDC/HR/2043/06"
TITLE = "Copra Production Supervisor"
ORG = "Outer Islands Development Corporation"
LOC = "North Island, Agalega, on tours of duty of six months"
SCHED = "Monday to Saturday, 07.00 hrs to 15.00 hrs"
ESS = ["a Cambridge School Certificate with credit in at least five subjects including English Language, French and Mathematics;",
       "a Certificate in Agriculture from the University of Mauritius or an equivalent qualification;",
       "at least three years' experience in the supervision of agricultural or processing workers;",
       "the ability to live and work on an outer island for extended periods."]
DES = ["Experience in coconut oil or copra processing;", "A certificate in first aid."]
DUT = ["to organise the daily collection of coconuts and the work of the copra kilns",
       "to control the drying, grading and bagging of copra before shipment to Port Louis",
       "to keep records of output, stocks, fuel and attendance",
       "to ensure the maintenance of kilns, tools and vehicles",
       "to enforce safety and hygiene rules among workers",
       "to perform any other related duties assigned by the Island Manager"]

expected(KEY, reference=REF, post_number=None, languages=["en"], title={"en": TITLE},
         organisation={"en": ORG}, location={"en": LOC}, schedule={"en": SCHED}, deadline="2043-09-25",
         salary=sal(amount=38500, cur="MUR"), grade=None, clearance=None,
         requirements={"en": (ESS, DES)}, competencies={"en": []})

src = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Sans';font-size:10.5pt}}</style></head><body>
<p align=center><b>OUTER ISLANDS DEVELOPMENT CORPORATION</b><br>(Under the aegis of the Prime Minister's Office)<br>Level 4, Harbour Front Building, Port Louis (fictitious address)</p>
<p align=right>Ref: {REF}<br>28 August 2043</p>
<p align=center><u><b>VACANCY FOR THE POST OF {TITLE.upper()}</b></u></p>
<p>Applications are invited from qualified citizens of the Republic of Mauritius who wish to be considered for employment as {TITLE} on the Island of Agalega.</p>
<table border=0 cellpadding=2 width=100%>
<tr><td width=30%>Post:</td><td>{TITLE}</td></tr>
<tr><td>Employer:</td><td>{ORG}</td></tr>
<tr><td>Place of work:</td><td>{LOC}</td></tr>
<tr><td>Hours of work:</td><td>{SCHED}</td></tr>
<tr><td>Salary:</td><td>Rs 38,500 monthly (MUR), plus an island allowance</td></tr>
</table>
<p><b>A. AGE LIMIT</b></p>
<p>Candidates should not have reached their 50th birthday on the closing date.</p>
<p><b>B. QUALIFICATIONS</b></p>
<p>Candidates should possess:<br>{'<br>'.join('(%s) %s' % (n, x) for n, x in zip('abcd', ESS))}</p>
<p>NOTE – The following will be considered an advantage:</p>
<ol>{''.join('<li>' + x + '</li>' for x in DES)}</ol>
<p><b>C. DUTIES</b></p>
<p>{'; '.join(DUT)}.</p>
<p><b>D. SALARY AND CONDITIONS</b></p>
<p>Salary: Rs 38,500 monthly, plus an island allowance of Rs 9,000 a month. Free sea passage, furnished quarters and one return trip to Mauritius per tour of duty are provided.</p>
<p><b>E. MODE OF APPLICATION</b></p>
<p>Applications should be made on the prescribed form obtainable from the Corporation's office or website and should reach the Officer in Charge, Human Resources, not later than <b>15.00 hrs on Friday 25 September 2043</b>. Candidates will be called for a medical examination before the sailing of the supply vessel on 19 October 2043.</p>
<p align=right>Officer in Charge<br>Human Resources</p>
</body></html>"""
p = wb("oidc-vacancy.html", src)
pdf_libreoffice(p, KEY + "-vacancy.libreoffice.pdf", KEY)

board = f"""IleEmplois.example  Jobs  Companies  Career advice  Post a job  Sign in
Home > Jobs > Agriculture > {TITLE}

{TITLE}
{ORG} | Agalega | Posted 1 day ago
Closing Date: 25/09/2043   Job type: Full time   Sector: Agriculture / Public body   Salary: Rs 38,500/month

Ref: {REF}
Job title: {TITLE}
Employer: {ORG}
Place of work: {LOC}
Hours of work: {SCHED}
Salary: Rs 38,500 monthly + island allowance (MUR)

Age limit: candidates should not have reached their 50th birthday on the closing date.

Qualifications - candidates should possess:
{chr(10).join('%d) %s' % (i + 1, x) for i, x in enumerate(ESS))}

Advantage:
{chr(10).join('%d) %s' % (i + 1, x) for i, x in enumerate(DES))}

Duties
{chr(10).join('- ' + d[0].upper() + d[1:] for d in DUT)}

How to apply: prescribed form to the Officer in Charge, Human Resources, by 15.00 hrs on 25 September 2043.

Similar jobs
 Farm Supervisor - Rodrigues - Rs 29,000 / month - closes 18/09/2043
 Storekeeper - Port Louis - closes 02/10/2043

IleEmplois.example is not responsible for the content of job advertisements.
"""
w(KEY + "-ileemplois.txt", board, KEY)
save_rows("n09")
