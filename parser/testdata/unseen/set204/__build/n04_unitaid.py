from common import *

KEY = "jr2407193"
REF = "JR2407193"
TITLE = "Grants Finance Assistant"
ORG = "Unitaid"
LOC = "Switzerland-Geneva"
SCHED = "Full-time"
EDU_E = "Completion of secondary education."
EDU_D = "A university degree or a recognized diploma in accounting or finance."
EXP_E = "At least five years of experience in financial administration, of which two in processing grant or donor payments."
EXP_D = "Experience in an international organization or a global health partnership."
LANG_E = "Expert knowledge of English."
LANG_D = "Intermediate knowledge of French."
COMP = ["Teamwork", "Respecting and promoting individual and cultural differences", "Communication",
        "Producing results", "Ensuring the effective use of resources"]
DUTIES = [
    "Check grant payment requests against agreements, budgets and disbursement schedules and prepare them for approval.",
    "Record commitments and disbursements in the enterprise system and reconcile grant balances every month.",
    "Follow up with grantees on financial reports, audit certificates and refunds of unspent funds.",
    "Prepare tables and short analyses for the quarterly finance report to the Executive Board.",
    "Keep the grant files complete for internal and external auditors.",
]


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Careers</title></head>
<body>
<div class="wd-banner">World Health Organization · Careers</div>
<nav><a href="#">Search for Jobs</a> <a href="#">Sign In</a> <a href="#">English</a></nav>
<main>
<p><a href="#">Back to job search</a></p>
<h1>{TITLE}</h1>
<button>Apply</button>
<dl class="side">
<dt>locations</dt><dd>Geneva</dd>
<dt>time type</dt><dd>Full time</dd>
<dt>posted on</dt><dd>Posted 24 Days Ago</dd>
<dt>time left to apply</dt><dd>End Date: October 13, 2034 (8 days left to apply)</dd>
<dt>job requisition id</dt><dd>{REF}</dd>
</dl>
<div class="jd">
<p><b>Grade:</b> G5<br/>
<b>Contractual Arrangement:</b> Fixed-term appointment<br/>
<b>Contract Duration (Years, Months, Days):</b> 2 years<br/>
<b>Job Posting:</b> Sep 19, 2034, 4:27:29 PM<br/>
<b>Closing Date:</b> Oct 13, 2034, 11:59:00 PM<br/>
<b>Primary Location:</b> {LOC}<br/>
<b>Organization:</b> HQ/UTD Unitaid Finance<br/>
<b>Schedule:</b> {SCHED}</p>
<p><b>IMPORTANT NOTICE:</b> Please note that the deadline for receipt of applications indicated above reflects your personal device's system settings.</p>
<p><b>OBJECTIVES OF THE PROGRAMME</b></p>
<p>{ORG} is a global health initiative that finds new ways to prevent, diagnose and treat diseases in low- and middle-income countries. It is hosted by the World Health Organization, whose rules apply to its staff. The Finance team manages the flows of about USD 400 million a year to grantees.</p>
<p><b>DESCRIPTION OF DUTIES</b></p>
<ul>{ul(DUTIES)}</ul>
<p><b>REQUIRED QUALIFICATIONS</b></p>
<p><b>Education</b></p>
<p><u>Essential:</u> {EDU_E}<br/><u>Desirable:</u> {EDU_D}</p>
<p><b>Experience</b></p>
<p><u>Essential:</u> {EXP_E}<br/><u>Desirable:</u> {EXP_D}</p>
<p><b>Use of Language Skills</b></p>
<p><u>Essential:</u> {LANG_E}<br/><u>Desirable:</u> {LANG_D}</p>
<p><b>WHO Competencies</b></p>
<ul>{ul(COMP)}</ul>
<p><b>REMUNERATION</b></p>
<p>Salaries of staff in the General Service category are calculated in local currency and are exempt from income tax. Annual salary: (Net of tax) 84,612 CHF at single rate.</p>
<p><b>ADDITIONAL INFORMATION</b></p>
<ul><li>A written test may be used as a form of screening in the week of 27 October 2034.</li>
<li>This is a local post; the successful candidate must hold, or be able to obtain, a permit to work in Switzerland.</li></ul>
</div>
<h3>Similar Jobs (3)</h3>
<ul><li>Programme Assistant – Geneva – posted 5 days ago</li><li>Procurement Assistant – Geneva – posted 12 days ago</li></ul>
</main>
<footer>© 2034 Workday, Inc. All rights reserved. · Privacy</footer>
</body></html>
"""


def txt():
    return f"""Skip to main content
World Health Organization · Careers
Search for Jobs
Sign In
English

Back to job search
{TITLE}
Apply
locations
Geneva
time type
Full time
posted on
Posted 24 Days Ago
time left to apply
End Date: October 13, 2034 (8 days left to apply)
job requisition id
{REF}

Grade: G5
Contractual Arrangement: Fixed-term appointment
Contract Duration (Years, Months, Days): 2 years
Job Posting: Sep 19, 2034, 4:27:29 PM
Closing Date: Oct 13, 2034, 11:59:00 PM
Primary Location: {LOC}
Organization: HQ/UTD Unitaid Finance
Schedule: {SCHED}

IMPORTANT NOTICE: Please note that the deadline for receipt of applications indicated above reflects your personal device's system settings.

OBJECTIVES OF THE PROGRAMME
{ORG} is a global health initiative that finds new ways to prevent, diagnose and treat diseases in low- and middle-income countries. It is hosted by the World Health Organization, whose rules apply to its staff.

DESCRIPTION OF DUTIES
{chr(10).join(DUTIES)}

REQUIRED QUALIFICATIONS
Education
Essential: {EDU_E}
Desirable: {EDU_D}
Experience
Essential: {EXP_E}
Desirable: {EXP_D}
Use of Language Skills
Essential: {LANG_E}
Desirable: {LANG_D}

WHO Competencies
{chr(10).join(COMP)}

REMUNERATION
Salaries of staff in the General Service category are calculated in local currency and are exempt from income tax. Annual salary: (Net of tax) 84,612 CHF at single rate.

ADDITIONAL INFORMATION
A written test may be used as a form of screening in the week of 27 October 2034.

Similar Jobs (3)
Programme Assistant
Geneva
Posted 5 Days Ago
Procurement Assistant
Geneva
Posted 12 Days Ago

© 2034 Workday, Inc. All rights reserved.
"""


def build():
    write(KEY + "-workday.html", html(), KEY)
    write(KEY + "-workday-browser.txt", txt(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             schedule=SCHED, deadline="2034-10-13", grade="G5",
             salary={"amount": 84612, "currency": "CHF", "period": "year"},
             requirements={"essential": [EDU_E, EXP_E, LANG_E], "desirable": [EDU_D, EXP_D, LANG_D]},
             competencies=[(n, "") for n in COMP])
