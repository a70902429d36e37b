from common import *

REF = "UNH/LKA/VA/2038/07"
KEY = "unh-lka-va-2038-07"
TITLE = "National Programme Officer (Flood-Resilient Housing)"
ORG = "United Nations Human Settlements Programme"
LOC = "Colombo, Sri Lanka"
GRADE = "NO-B"
ESS = [
    "Master's degree in civil engineering, urban planning, architecture, disaster risk management or a related field.",
    "At least two years of professional experience in housing, urban development or post-disaster reconstruction programmes.",
    "Experience in coordinating with local authorities and community-based organizations in Sri Lanka.",
    "Fluency in English and Sinhala or Tamil, both oral and written.",
]
DES = [
    "Knowledge of GIS and flood-risk mapping tools.",
    "Previous experience with a United Nations agency or an international NGO.",
    "Working knowledge of the third national language.",
]
COMP = ["Professionalism", "Communication", "Teamwork", "Planning and Organizing", "Accountability"]
DUTIES = [
    "Supports the planning and implementation of the flood-resilient housing component in the Western and Southern provinces;",
    "Coordinates with divisional secretariats, the National Building Research Organisation and partner NGOs;",
    "Monitors construction quality, beneficiary selection and community contracting arrangements;",
    "Drafts progress reports, donor updates and briefing notes for the Country Programme Manager;",
    "Organizes trainings for local masons and technical officers on resilient building practices.",
]


def lo_html():
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title>
<style>
body{{font-family:'Liberation Sans';font-size:10pt}}
td,th{{border:1px solid #444;padding:3px 6px;vertical-align:top;font-size:10pt}}
table{{border-collapse:collapse;width:100%}}
h1{{font-size:14pt;text-align:center}}
h3{{font-size:11pt;background:#d9e2f3;padding:2px 4px}}
</style></head><body>
<p align="center"><b>UN-HABITAT</b><br>Sri Lanka Country Programme<br>202-204 Bauddhaloka Mawatha, Colombo 07</p>
<h1>VACANCY ANNOUNCEMENT</h1>
<table>
<tr><th align="left" width="35%">Vacancy Announcement No.</th><td>{REF}</td></tr>
<tr><th align="left">Post Title</th><td>{TITLE}</td></tr>
<tr><th align="left">Grade</th><td>{GRADE}</td></tr>
<tr><th align="left">Organization</th><td>{ORG} (UN-Habitat)</td></tr>
<tr><th align="left">Duty Station</th><td>{LOC}</td></tr>
<tr><th align="left">Type of Appointment</th><td>Fixed-term, one year, renewable</td></tr>
<tr><th align="left">Open to</th><td>Sri Lankan nationals only</td></tr>
<tr><th align="left">Date of Issue</th><td>18 October 2038</td></tr>
<tr><th align="left">Closing Date</th><td>5 November 2038 (midnight, Colombo time)</td></tr>
</table>
<h3>1. Background</h3>
<p>UN-Habitat has supported the Government of Sri Lanka in housing and settlement recovery for more than three decades. A new four-year programme funded by a bilateral donor will help flood-affected households to rebuild safer homes and will strengthen the planning capacity of local authorities.</p>
<h3>2. Duties and Responsibilities</h3>
<p>Under the supervision of the Country Programme Manager, the incumbent will perform the following duties:</p>
{ul(DUTIES, "ol")}
<h3>3. Competencies</h3>
<p>Core values: Integrity, Professionalism, Respect for Diversity.</p>
<p>Core competencies:</p>
{ul(COMP)}
<h3>4. Qualifications and Experience</h3>
<p><b>Required:</b></p>
{ul(ESS)}
<p><b>Desirable:</b></p>
{ul(DES)}
<h3>5. Remuneration</h3>
<p>The successful candidate will receive an annual net salary of LKR 9,736,400 at step I of the national salary scale, in addition to medical insurance and pension fund membership. A written test may be held on 19 November 2038 in Colombo.</p>
<h3>6. How to Apply</h3>
<p>Send a cover letter and a signed Personal History Form (P.11) to recruitment.lka@unhabitat.example, quoting the vacancy number in the subject line. Only shortlisted candidates will be contacted.</p>
<p><i>UN-Habitat is committed to a workforce diverse in gender, nationality and culture. Persons with disabilities are encouraged to apply.</i></p>
</body></html>
"""


def board():
    ess = "\n".join("* " + i for i in ESS)
    des = "\n".join("* " + i for i in DES)
    duties = "\n".join("- " + d for d in DUTIES)
    return f"""LankaVacancyHub
Home | Jobs by Category | NGO & INGO | Government | Post a Job | Login

Home > NGO & INGO > {TITLE}

{TITLE}
UN-Habitat Sri Lanka
ColomboNGO / INGOFull timePosted 3 days agoClosing05 Nov 2038Views 1,274

Apply via e-mail   Save   Report

Job Details
Vacancy Announcement No.: {REF}
Organization: {ORG} (UN-Habitat)
Grade: {GRADE}
Duty Station: {LOC}
Type of Appointment: Fixed-term, one year, renewable
Date of Issue: 18 October 2038
Closing Date: 5 November 2038

BACKGROUND
UN-Habitat has supported the Government of Sri Lanka in housing and settlement recovery
for more than three decades. A new four-year programme will help flood-affected
households to rebuild safer homes.

DUTIES AND RESPONSIBILITIES
{duties}

COMPETENCIES
Core values: Integrity, Professionalism, Respect for Diversity.
Core competencies: {", ".join(COMP)}

QUALIFICATIONS AND EXPERIENCE
Required:
{ess}
Desirable:
{des}

REMUNERATION
Annual net salary of LKR 9,736,400 (step I), medical insurance and pension fund
membership. Written test: 19 November 2038.

Similar jobs
Programme Assistant - Colombo - Closing 29 Oct 2038
Project Engineer (Water Supply) - Galle - Closing 12 Nov 2038
Finance Associate - Colombo - Closing 2 Nov 2038

LankaVacancyHub is not the employer. Never pay to apply for a job.
(c) 2038 LankaVacancyHub
"""


def build():
    pdf_libreoffice(KEY + "-va", lo_html(), KEY)
    write(KEY + "-lankavacancyhub.txt", board(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2038-11-05", grade=GRADE,
             salary=(9736400, None, None, "LKR", "year"),
             req={"en": (ESS, DES)}, comp={"en": [(c, "") for c in COMP]})
