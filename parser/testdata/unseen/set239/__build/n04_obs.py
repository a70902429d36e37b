from common import *

REF = "JR2709158"
KEY = "jr2709158"
TITLE = "Health Policy Analyst (Health Workforce)"
ORG = "European Observatory on Health Systems and Policies"
LOC = "Belgium-Brussels"
GRADE = "P4"
SCHED = "Full-time"
PURPOSE = ("The European Observatory on Health Systems and Policies is a partnership hosted by the WHO Regional Office for "
           "Europe. It supports evidence-based health policy-making through comparative analysis of health systems. The "
           "Brussels hub runs the Observatory's studies on the health and care workforce.")
DUTIES = [
    "Lead comparative studies on the planning, training and retention of health and care workers in European countries.",
    "Write and edit policy briefs, book chapters and country profiles and manage their peer review.",
    "Design and run policy dialogues with ministries of health and with the Observatory's partners.",
    "Manage networks of national experts and the related contracts and budgets.",
    "Present the Observatory's findings at conferences, in webinars and to the media.",
]
EDU_E = "An advanced university degree (Master's level or above) in public health, health policy, health economics, social policy or a related field."
EDU_D = "A doctorate in one of the above fields."
EXP_E = "At least seven years of related experience at national and international levels in health systems research or health workforce policy, including the publication of comparative studies."
EXP_D = "Experience in a United Nations organization, a European institution or an academic network working on health policy."
LANG_E = "Expert knowledge of English."
LANG_D = "Intermediate knowledge of French, German or Russian."
COMPS = ["Teamwork", "Respecting and promoting individual and cultural differences", "Communication",
         "Producing results", "Building and promoting partnerships across the organization and beyond"]
SKILLS = ("Sound knowledge of health workforce data and of the policy levers that shape the supply and distribution of "
          "health professionals; excellent editing skills; ability to manage several projects at the same time.")
SAL = "USD 80,456"


def build():
    dl = [("locations", "Brussels"), ("time type", "Full time"), ("posted on", "Posted 17 Days Ago"),
          ("time left to apply", "End Date: September 9, 2037 (7 days left to apply)"), ("job requisition id", REF)]
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)}</title>
<style>body{{font-family:Arial,sans-serif;margin:0;font-size:14px}} header{{background:#0093d5;color:#fff;padding:10px 20px}}
.wrap{{display:flex}} aside{{width:260px;padding:16px;background:#f6f7f8}} aside dt{{font-size:12px;color:#666;text-transform:lowercase}}
aside dd{{margin:0 0 10px}} article{{padding:16px 24px;max-width:760px}}</style></head><body>
<header>World Health Organization · Careers <span style="float:right">Search for Jobs · Sign In · English</span></header>
<div class="wrap">
<aside><a href="#">Back to job search</a>
<h2>{esc(TITLE)}</h2><button>Apply</button>
<dl>{''.join('<dt>%s</dt><dd>%s</dd>' % (a, esc(b)) for a, b in dl)}</dl></aside>
<article>
<p>Grade: {GRADE}<br>
Contractual Arrangement: Fixed-term appointment<br>
Contract Duration (Years, Months, Days): 2 years<br>
Job Posting: Aug 16, 2037, 9:12:40 AM<br>
Closing Date: Sep 9, 2037, 11:59:00 PM<br>
Primary Location: {LOC}<br>
Organization: EU/OBS {ORG}<br>
Schedule: {SCHED}</p>
<p><strong>IMPORTANT NOTICE:</strong> Please note that the deadline for receipt of applications indicates the end of the day, based on Geneva time.</p>
<h3>OBJECTIVES OF THE PROGRAMME</h3><p>{esc(PURPOSE)}</p>
<h3>DESCRIPTION OF DUTIES</h3>{ul(DUTIES)}
<h3>REQUIRED QUALIFICATIONS</h3>
<p><strong>Education</strong></p>
<p><u>Essential:</u> {esc(EDU_E)}<br><u>Desirable:</u> {esc(EDU_D)}</p>
<p><strong>Experience</strong></p>
<p><u>Essential:</u> {esc(EXP_E)}<br><u>Desirable:</u> {esc(EXP_D)}</p>
<p><strong>Skills</strong></p><p>{esc(SKILLS)}</p>
<p><strong>WHO Competencies</strong></p>{ul(COMPS)}
<p><strong>Use of Language Skills</strong></p>
<p><u>Essential:</u> {esc(LANG_E)}<br><u>Desirable:</u> {esc(LANG_D)}</p>
<h3>REMUNERATION</h3>
<p>WHO salaries for staff in the Professional category are calculated in US dollars. The remuneration for the above position comprises an annual base salary starting at {SAL} (subject to mandatory deductions for pension contributions and health insurance, as applicable) and a post adjustment, which is a variable element subject to change without notice. As of July 2037, the post adjustment for Brussels is 48.3% and is payable monthly.</p>
<h3>ADDITIONAL INFORMATION</h3>
<p>A written test and a panel interview may be used as a form of screening; interviews are planned for the second half of October 2037.</p>
</article></div>
<footer style="padding:10px 20px;font-size:11px;color:#666">© World Health Organization · Privacy · Fraud warning</footer>
</body></html>
"""
    write(KEY + "-workday.html", page, KEY)
    t = f"""Skip to main content
World Health Organization Careers
Search for Jobs
Sign In
English
Back to job search
{TITLE}
Apply
locations
Brussels
time type
Full time
posted on
Posted 17 Days Ago
time left to apply
End Date: September 9, 2037 (7 days left to apply)
job requisition id
{REF}
Grade: {GRADE}
Contractual Arrangement: Fixed-term appointment
Contract Duration (Years, Months, Days): 2 years
Job Posting: Aug 16, 2037, 9:12:40 AM
Closing Date: Sep 9, 2037, 11:59:00 PM
Primary Location: {LOC}
Organization: EU/OBS {ORG}
Schedule: {SCHED}
IMPORTANT NOTICE: Please note that the deadline for receipt of applications indicates the end of the day, based on Geneva time.

OBJECTIVES OF THE PROGRAMME
{PURPOSE}

DESCRIPTION OF DUTIES
""" + "\n".join(DUTIES) + f"""

REQUIRED QUALIFICATIONS
Education
Essential: {EDU_E}
Desirable: {EDU_D}
Experience
Essential: {EXP_E}
Desirable: {EXP_D}
Skills
{SKILLS}
WHO Competencies
""" + "\n".join(COMPS) + f"""
Use of Language Skills
Essential: {LANG_E}
Desirable: {LANG_D}

REMUNERATION
WHO salaries for staff in the Professional category are calculated in US dollars. The remuneration for the above position comprises an annual base salary starting at {SAL} (subject to mandatory deductions for pension contributions and health insurance, as applicable) and a post adjustment, which is a variable element subject to change without notice. As of July 2037, the post adjustment for Brussels is 48.3% and is payable monthly.

ADDITIONAL INFORMATION
A written test and a panel interview may be used as a form of screening; interviews are planned for the second half of October 2037.

Similar Jobs (3)
Technical Officer (Health Financing)  Copenhagen  Posted 4 Days Ago
Consultant - Country Profiles  Brussels  Posted 9 Days Ago
Communications Assistant  Copenhagen  Posted 30+ Days Ago
Follow Us
© 2037 Workday, Inc. All rights reserved.
"""
    write(KEY + "-workday-browser.txt", t, KEY)
    expected(KEY, REF, ["en"], TITLE, ORG, LOC, SCHED, "2037-09-09", (80456, None, None, "USD", "year"), GRADE,
             {"essential": [EDU_E, EXP_E, LANG_E], "desirable": [EDU_D, EXP_D, LANG_D]},
             [{"name": n, "description": ""} for n in COMPS])
