"""WHO Regional Office for the Eastern Mediterranean (Cairo), D1. Printable post description (LibreOffice from HTML)
+ Impactpool browser copy."""
from common import *

REF = "2400517"
KEY = "2400517"
TITLE = "Director, Healthier Populations"
ORG = "World Health Organization"
LOC = "Egypt-Cairo"
GRADE = "D1"
SCHED = "Full-time"
SALARY = "USD 133,614"
PURPOSE = ("The Healthier Populations department of the WHO Regional Office for the Eastern Mediterranean leads the "
           "Region's work on the social, environmental and commercial determinants of health, tobacco control, "
           "nutrition, road safety and healthy ageing. The Director guides the department's strategy and advises the "
           "Regional Director and Member States on policies that reduce risk factors across the life course.")
DUTIES = [
    "Lead the development and implementation of the department's regional strategy and biennial workplans.",
    "Advise Member States on legislation, fiscal and regulatory measures for health promotion.",
    "Manage a multidisciplinary team of technical units and oversee their budgets and resource mobilization.",
    "Represent WHO in regional and global fora and build partnerships with governments, UN agencies and academia.",
    "Ensure that country offices receive coordinated technical support in the department's areas of work.",
]
EDU_E = "An advanced university degree in public health, medicine, epidemiology, health policy or a related field."
EDU_D = "A doctoral degree in one of the above fields."
EXP_E = "At least 15 years of progressively responsible experience in public health at national and international levels, including in the management of multidisciplinary teams and budgets."
EXP_D = "Experience in the Eastern Mediterranean Region and in working with ministries other than health."
LANG_E = "Expert knowledge of English."
LANG_D = "Intermediate knowledge of Arabic or French."
SKILLS = ("Proven leadership in public health policy; strong negotiation and diplomatic skills; ability to mobilize "
          "resources and to communicate science to decision-makers.")
COMP = ["Teamwork", "Respecting and promoting individual and cultural differences", "Communication",
        "Ensuring the effective use of resources", "Building and promoting partnerships across the organization and beyond",
        "Creating an empowering and motivating environment"]
PAY = f"Annual salary: (Net of tax) {SALARY} net per annum at single rate. Post Adjustment: 24.8 % of the above figure(s). This percentage is to be considered as indicative since it is subject to change."
TEST = "A written test and an interview may be used as a form of screening; the interview panel is expected to meet in the week of 22 March 2044."


def html():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}-({REF})</title></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p><b>WORLD HEALTH ORGANIZATION</b><br>Regional Office for the Eastern Mediterranean</p>
<h2>POST DESCRIPTION</h2>
<h3>{TITLE}-({REF})</h3>
<p><b>Grade:</b> {GRADE}</p>
<p><b>Contractual Arrangement:</b> Fixed-term appointment</p>
<p><b>Contract Duration (Years, Months, Days):</b> Two years</p>
<p><b>Job Posting:</b> Jan 22, 2044, 10:41:12 AM</p>
<p><b>Closing Date:</b> Feb 26, 2044, 11:59:00 PM</p>
<p><b>Primary Location:</b> {LOC}</p>
<p><b>Organization:</b> EM/HPR Healthier Populations</p>
<p><b>Schedule:</b> {SCHED}</p>
<p><b>IMPORTANT NOTICE:</b> Please note that the deadline for receipt of applications indicated above reflects your personal device's system settings.</p>
<h4>OBJECTIVES OF THE PROGRAMME</h4>
<p>{PURPOSE}</p>
<h4>DESCRIPTION OF DUTIES</h4>
<ul>
{li(DUTIES)}
</ul>
<h4>REQUIRED QUALIFICATIONS</h4>
<p><b>Education</b></p>
<p><u>Essential:</u> {EDU_E}<br><u>Desirable:</u> {EDU_D}</p>
<p><b>Experience</b></p>
<p><u>Essential:</u> {EXP_E}<br><u>Desirable:</u> {EXP_D}</p>
<p><b>Skills</b></p>
<p>{SKILLS}</p>
<p><b>WHO Competencies</b></p>
<ul>
{li(COMP)}
</ul>
<p><b>Use of Language Skills</b></p>
<p><u>Essential:</u> {LANG_E}<br><u>Desirable:</u> {LANG_D}</p>
<h4>REMUNERATION</h4>
<p>WHO salaries for staff in the Professional and higher categories are calculated in US dollars. {PAY}</p>
<h4>ADDITIONAL INFORMATION</h4>
<p>{TEST} The World Health Organization has a smoke-free environment and does not charge a fee at any stage of the recruitment process.</p>
<p style="font-size:8pt">Printed from WHO e-Recruitment on 2 February 2044</p>
</body></html>
"""


def impactpool():
    comp = "\n".join(COMP)
    return f"""Impactpool
Jobs  Organizations  Career development  Insights  For employers  Log in
We use cookies to improve your experience. OK
{TITLE}
Cairo
Organization: WHO - World Health Organization
Location: Cairo
Grade: Senior level - D-1, Director - Internationally recruited position
Occupational Groups:
Public Health and Health Service
Managerial positions
Closing Date: 2044-02-26
Apply  Save job  Share
Grade: {GRADE}
Contractual Arrangement: Fixed-term appointment
Contract Duration (Years, Months, Days): Two years
Job Posting: Jan 22, 2044, 10:41:12 AM
Closing Date: Feb 26, 2044, 11:59:00 PM
Primary Location: {LOC}
Organization: EM/HPR Healthier Populations
Schedule: {SCHED}
OBJECTIVES OF THE PROGRAMME
{PURPOSE}
DESCRIPTION OF DUTIES
{chr(10).join(DUTIES)}
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
{comp}
Use of Language Skills
Essential: {LANG_E}
Desirable: {LANG_D}
REMUNERATION
{PAY}
ADDITIONAL INFORMATION
{TEST}
This job is no longer accepting applications on Impactpool after the closing date. Job ID on the employer's site: {REF}.
The {ORG} is the employer of this post; Impactpool is not affiliated with it.
Similar jobs
Director, Programme Management · WHO - World Health Organization · Amman · 2044-03-04
Regional Adviser, Nutrition · WHO - World Health Organization · Cairo · 2044-02-12
"""


def build():
    s = src("who-emro-post.html", html())
    libreoffice(s, KEY + "-post.libreoffice.pdf", KEY, "writer_web_pdf_Export")
    write(KEY + "-impactpool.txt", impactpool(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-02-26", sched={"en": SCHED},
             grade=GRADE, salary=sal(133614, cur="USD", period="year"),
             req={"en": ([EDU_E, EXP_E, LANG_E], [EDU_D, EXP_D, LANG_D])}, comp={"en": [(c, "") for c in COMP]})
