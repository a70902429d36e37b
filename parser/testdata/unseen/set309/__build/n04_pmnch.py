"""Notice 4: PMNCH (hosted by WHO) on Oracle Taleo (WHO career section), Geneva, D1."""
from common import *

REF = "2304217"
KEY = "2304217"
TITLE = "Deputy Executive Director"
ORG = "Partnership for Maternal, Newborn & Child Health"
LOC = "Switzerland-Geneva"
SCHED = "Full-time"
GRADE = "D1"
ESS = [
    "An advanced university degree (Master's level or above) in public health, health policy, international development, economics or a related field.",
    "At least 15 years of progressively responsible experience in global health, of which at least seven years at the international level, including the management of multi-stakeholder partnerships or governing bodies.",
    "Expert knowledge of English.",
]
DES = [
    "A doctoral degree in a relevant discipline.",
    "Experience working with adolescent and youth constituencies or civil society coalitions in low- and middle-income countries.",
    "Intermediate knowledge of French or Spanish.",
]
COMPS = [
    ("Creating an empowering and motivating environment", ""),
    ("Promoting innovation and organizational learning", ""),
    ("Ensuring the effective use of resources", ""),
    ("Building and promoting partnerships across the organization and beyond", ""),
    ("Communication", ""),
]
DUTIES = [
    "Deputize for the Executive Director and lead the secretariat in her absence, including representation at the Board and its committees;",
    "Lead the annual work plan and budget process and oversee the results and accountability framework of the Partnership;",
    "Manage the three secretariat teams (Country Engagement, Advocacy and Accountability, Governance and Operations) and their staff;",
    "Strengthen the Partnership's engagement with its ten constituencies, in particular adolescents and youth, health-care professionals and the private sector;",
    "Oversee resource mobilization and reporting to donors, in coordination with the hosting arrangement team;",
    "Perform any other related duties as assigned.",
]
BACK = ("The Partnership for Maternal, Newborn & Child Health (PMNCH) is the world's largest alliance for women's, "
        "children's and adolescents' health, with more than 1,400 member organizations. It is hosted by the World "
        "Health Organization and its secretariat is based in Geneva.")
SAL = ("Annual salary: (Net of tax) USD 138,752 net per annum. Post Adjustment: 88.8% of the above figure(s). This "
       "percentage is to be used as a guide only, since it may vary from month to month.")


def build():
    comp_html = "<br>".join("%d) %s" % (i + 1, c[0]) for i, c in enumerate(COMPS))
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job Description - {TITLE} ({REF})</title></head>
<body>
<div class="header"><span>WHO Careers</span> | <a href="#">Job Search</a> | <a href="#">My Jobpage</a> | <a href="#">Sign Out</a></div>
<div class="buttons"><a href="#">Return to the job list</a> <a href="#">Apply Online</a> <a href="#">Add to My Job Cart</a> <a href="#">Send to a Friend</a> <a href="#">Print</a></div>
<h1>Job Description</h1>
<h2>{TITLE}-({REF})</h2>
<p><b>Grade:</b> {GRADE}</p>
<p><b>Contractual Arrangement:</b> Fixed-term appointment</p>
<p><b>Contract Duration (Years, Months, Days):</b> 2 years</p>
<p><b>Job Posting:</b> Jun 19, 2043, 3:17:40 PM</p>
<p><b>Closing Date:</b> Jul 10, 2043, 11:59:00 PM</p>
<p><b>Primary Location:</b> {LOC}</p>
<p><b>Organization:</b> HQ/PMN {esc(ORG)}</p>
<p><b>Schedule:</b> {SCHED}</p>
<p><b>IMPORTANT NOTICE:</b> Please note that the deadline for receipt of applications indicated above reflects your personal device's system settings.</p>
<hr>
<p><b>OBJECTIVES OF THE PROGRAMME</b></p>
<p>{esc(BACK)}</p>
<p><b>DESCRIPTION OF DUTIES</b></p>
<p>Under the overall guidance of the Executive Director, the incumbent will:</p>
{ul(DUTIES)}
<p><b>REQUIRED QUALIFICATIONS</b></p>
<p><b>Education</b></p>
<p>Essential: {ESS[0]}<br>Desirable: {DES[0]}</p>
<p><b>Experience</b></p>
<p>Essential: {ESS[1]}<br>Desirable: {DES[1]}</p>
<p><b>Skills</b></p>
<p>Proven leadership of diverse teams, political acumen and the ability to negotiate with governments, donors and civil society; excellent drafting and presentation skills.</p>
<p><b>WHO Competencies</b></p>
<p>{comp_html}</p>
<p><b>Use of Language Skills</b></p>
<p>Essential: {ESS[2]}<br>Desirable: {DES[2]}</p>
<p><b>REMUNERATION</b></p>
<p>WHO salaries for staff in the Professional and higher categories are calculated in US dollars. The remuneration package for the above position comprises an annual base salary and a post adjustment.</p>
<p>{SAL}</p>
<p><b>ADDITIONAL INFORMATION</b></p>
<ul>
<li>This vacancy notice may be used to fill other similar positions at the same grade level.</li>
<li>A written test and/or an interview, tentatively in the first half of August 2043, may be used as a form of screening.</li>
<li>WHO has a zero-tolerance policy on conduct that is incompatible with the aims and objectives of the United Nations.</li>
<li>WHO does not charge a fee at any stage of the recruitment process.</li>
</ul>
<div class="footer">Powered by Oracle Taleo &middot; Copyright &copy; 2043, Oracle and/or its affiliates. All rights reserved.</div>
</body></html>
"""
    write(KEY + "-taleo.html", html, KEY)

    duties = "\n".join(d for d in DUTIES)
    txt = f"""WHO Careers
Job Search
My Jobpage
Sign Out
Return to the job list
Apply Online
Add to My Job Cart
Send to a Friend
Print
Job Description
{TITLE}-({REF})
Grade: {GRADE}
Contractual Arrangement: Fixed-term appointment
Contract Duration (Years, Months, Days): 2 years
Job Posting: Jun 19, 2043, 3:17:40 PM
Closing Date: Jul 10, 2043, 11:59:00 PM
Primary Location: {LOC}
Organization: HQ/PMN {ORG}
Schedule: {SCHED}
IMPORTANT NOTICE: Please note that the deadline for receipt of applications indicated above reflects your personal device's system settings.
OBJECTIVES OF THE PROGRAMME
{BACK}
DESCRIPTION OF DUTIES
Under the overall guidance of the Executive Director, the incumbent will:
{duties}
REQUIRED QUALIFICATIONS
Education
Essential: {ESS[0]}
Desirable: {DES[0]}
Experience
Essential: {ESS[1]}
Desirable: {DES[1]}
Skills
Proven leadership of diverse teams, political acumen and the ability to negotiate with governments, donors and civil society; excellent drafting and presentation skills.
WHO Competencies
{chr(10).join("%d) %s" % (i + 1, c[0]) for i, c in enumerate(COMPS))}
Use of Language Skills
Essential: {ESS[2]}
Desirable: {DES[2]}
REMUNERATION
WHO salaries for staff in the Professional and higher categories are calculated in US dollars. The remuneration package for the above position comprises an annual base salary and a post adjustment.
{SAL}
ADDITIONAL INFORMATION
This vacancy notice may be used to fill other similar positions at the same grade level.
A written test and/or an interview, tentatively in the first half of August 2043, may be used as a form of screening.
WHO has a zero-tolerance policy on conduct that is incompatible with the aims and objectives of the United Nations.
WHO does not charge a fee at any stage of the recruitment process.
Apply Online
Add to My Job Cart
Send to a Friend
Powered by Oracle Taleo
Copyright © 2043, Oracle and/or its affiliates. All rights reserved.
"""
    write(KEY + "-taleo-browser.txt", txt, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, SCHED, "2043-07-10",
             (138752, None, None, "USD", "year"), GRADE, (ESS, DES), COMPS)
