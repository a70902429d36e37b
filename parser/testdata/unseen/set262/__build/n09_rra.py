from common import *

KEY = "ra-84-2-39"
REF = "RA 84/2/39"
TITLE = "Coastal Erosion Monitoring Officer"
ORG = "Rodrigues Regional Assembly"
LOC = "Commission for Environment, Fisheries and Marine Parks, Port Mathurin, Rodrigues"
SCHED = "08.45 hrs to 16.00 hrs, Monday to Friday, with occasional field work at low tide on weekends"
SAL = "Rs 31,650 x 800 – 33,250 x 1,025 – 41,450 x 1,325 – 48,075 (MUR) monthly"
ESS = [
    "a Degree in Environmental Science, Marine Science, Geography or Civil Engineering from a recognised institution;",
    "at least two years' post-qualification experience in coastal or environmental monitoring;",
    "a valid driving licence for motor cars;",
    "a Credit in English and French at School Certificate level or equivalent.",
]
DES = [
    "Training in beach profiling or drone survey techniques;",
    "Knowledge of Rodriguan Creole.",
]
DUTIES = [
    "carry out beach profile and shoreline surveys at the monitoring stations around the island",
    "maintain the coastal erosion database and produce quarterly maps",
    "assist in the design and supervision of coastal protection and rehabilitation works",
    "sensitise coastal communities and schools on the protection of beaches and lagoons",
    "perform any other duties directly related to the post",
]

expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2039-08-16",
         salary=sal(mn=31650, mx=48075, cur="MUR"),
         req={"en": (ESS, DES)}, comp={"en": []})

lat = "abcdefghijkl"
src = B("rra-notice.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Vacancy {REF}</title></head>
<body style="font-family:Liberation Serif;font-size:11.5pt">
<p align="center"><b>RODRIGUES REGIONAL ASSEMBLY</b><br>CENTRAL ADMINISTRATION<br>Port Mathurin, Rodrigues</p>
<p align="right">Ref. {REF}</p>
<p align="center"><b><u>VACANCY FOR THE POST OF {TITLE.upper()}</u></b></p>
<p>Applications are invited from qualified candidates who wish to be considered for appointment as
<b>{TITLE}</b> on the establishment of the Rodrigues Regional Assembly.</p>
<table border="0" cellpadding="3" width="100%">
<tr><td width="28%">Post</td><td>: {TITLE}</td></tr>
<tr><td>Employer</td><td>: {ORG}</td></tr>
<tr><td>Place of work</td><td>: {LOC}</td></tr>
<tr><td>Hours of work</td><td>: {SCHED}</td></tr>
<tr><td>Salary</td><td>: {SAL}</td></tr>
</table>
<p><b>A. QUALIFICATIONS</b></p>
<p>Candidates should possess:</p>
<p>{'<br>'.join(f'({r}) {x}' for r, x in zip(['i','ii','iii','iv'], ESS))}</p>
<p><b>B. ADDITIONAL REQUIREMENTS (an advantage)</b></p>
<p>{'<br>'.join(f'({r}) {x}' for r, x in zip(['i','ii'], DES))}</p>
<p><b>C. AGE LIMIT</b></p>
<p>Candidates should not have reached their 45th birthday by the closing date for the submission of applications.</p>
<p><b>D. DUTIES</b></p>
<p>To {'; to '.join(DUTIES)}.</p>
<p><b>E. MODE OF APPLICATION</b></p>
<p>Applications should be made on the prescribed form available at the Central Administration Office, Port Mathurin,
or on the Assembly's website, quoting Ref. {REF}, and should reach the Island Chief Executive, Central Administration
Office, Port Mathurin, <b>not later than 15.00 hrs on Tuesday 16 August 2039</b>. Qualified candidates may be called
for an interview in the second half of September 2039.</p>
<p>Central Administration Office<br>Port Mathurin<br>25 July 2039</p>
</body></html>
""")
soffice(src, KEY + "-notice.libreoffice.pdf", KEY)

txt = f"""THE RODRIGUES WEEKLY                                   Friday 29 July 2039 – page 14
=====================================================================================
                                CLASSIFIED & NOTICES
=====================================================================================

                         RODRIGUES REGIONAL ASSEMBLY
                            Central Administration

                  VACANCY FOR THE POST OF
                  COASTAL EROSION MONITORING OFFICER       Ref. {REF}

Applications are invited from qualified candidates for the following post:

Post            : {TITLE}
Employer        : {ORG}
Place of work   : Commission for Environment, Fisheries and Marine
                  Parks, Port Mathurin, Rodrigues
Hours of work   : 08.45 hrs to 16.00 hrs, Monday to Friday, with
                  occasional field work at low tide on weekends
Salary          : Rs 31,650 x 800 – 33,250 x 1,025 – 41,450 x 1,325
                  – 48,075 (MUR) monthly

Candidates should possess:
   (i)   a Degree in Environmental Science, Marine Science, Geography or
         Civil Engineering from a recognised institution;
   (ii)  at least two years' post-qualification experience in coastal or
         environmental monitoring;
   (iii) a valid driving licence for motor cars;
   (iv)  a Credit in English and French at School Certificate level or
         equivalent.

An advantage:
   (i)   Training in beach profiling or drone survey techniques;
   (ii)  Knowledge of Rodriguan Creole.

Age limit: below 45 at the closing date. Duties: beach profile and shoreline
surveys, erosion database and quarterly maps, supervision of coastal protection
works, sensitisation of coastal communities.

Prescribed forms from the Central Administration Office, Port Mathurin. Closing
date: 16 August 2039 at 15.00 hrs.
-------------------------------------------------------------------------------------
FOR SALE – Fishing pirogue with 40 HP outboard, good condition, Rs 185,000.
Contact (fictitious) 8xx xxxx, Baie aux Huîtres.
-------------------------------------------------------------------------------------
NOTICE – The Mont Lubin Cooperative Society will hold its Annual General Meeting on
Saturday 13 August 2039 at 10.00 hrs at the village hall.
-------------------------------------------------------------------------------------
"""
W(KEY + "-weekly.txt", txt, KEY)
