"""UNSOS (Mogadishu), G-5, aggregator copies: ReliefWeb job page (HTML) and UN Talent browser copy."""
from common import write, expected, comps

KEY = "37-logistics-unsos-343015-r-mogadishu-l"
REF = "37-Logistics-UNSOS-343015-R-Mogadishu (L)"
TITLE = "Rations Assistant"
ORG = "United Nations Support Office in Somalia"
LOC = "MOGADISHU"
LEVEL = "General Service and related, G-5"
PERIOD = "07 January 2037 - 05 February 2037"
SETTING = ("This position is located in the Rations Unit of the Supply Chain Management pillar of the United Nations "
           "Support Office in Somalia (UNSOS) at Mogadishu International Airport. The Rations Assistant reports to "
           "the Rations Officer and supports the delivery of food supplies to uniformed personnel in the sectors.")
DUTIES = [
    "Checks the quantity, quality and expiry dates of food deliveries against contract specifications and records discrepancies",
    "Prepares weekly demand forecasts for the sectors on the basis of troop strength reports",
    "Enters receipts, issues and write-offs in the enterprise resource planning system and reconciles stock levels each month",
    "Inspects cold rooms, dry stores and transport containers and reports hygiene or temperature problems to the contractor",
    "Drafts correspondence, performance reports on the vendor and briefing notes for the supervisor",
]
COMPS = [
    ("Professionalism", "Knowledge of food handling, storage and stock control procedures; ability to apply rules and procedures in a busy warehouse; conscientious and efficient in meeting commitments and deadlines."),
    ("Teamwork", "Works collaboratively with colleagues and contractors to achieve organizational goals; places team agenda before personal agenda; shares credit for team accomplishments."),
    ("Planning and Organizing", "Identifies priority activities; allocates appropriate amounts of time and resources for completing work; monitors and adjusts plans and actions as necessary."),
]
EDU = "High school diploma or equivalent is required."
EXP_REQ = "A minimum of five years of progressively responsible experience in supply, rations management, warehousing or a related area is required."
EXP_DES = "Experience in using an enterprise resource planning system such as Umoja is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of Somali is desirable."
ASSESS = ("Applicants who have not passed the Global General Service Test will be invited to take it; a technical "
          "written test is tentatively scheduled for 3 March 2037.")


def reliefweb():
    duties = "".join(f"<li>{d};</li>" for d in DUTIES)
    comp = "".join(f"<li><strong>{n}:</strong> {d}</li>" for n, d in COMPS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, G5 - Somalia | ReliefWeb</title>
<style>body{{font-family:Arial,sans-serif;max-width:980px;margin:auto}} .meta dt{{font-weight:bold}} .meta dd{{margin:0 0 6px 0}}
aside{{border-top:1px solid #ccc;margin-top:20px}}</style></head>
<body>
<div class="cookie">We use cookies to understand how you use ReliefWeb. <a href="#">Accept</a> <a href="#">Manage</a></div>
<nav><a href="#">ReliefWeb</a> <a href="#">Updates</a> <a href="#">Countries</a> <a href="#">Disasters</a> <a href="#">Organizations</a> <a href="#">Topics</a> <a href="#">Jobs</a> <a href="#">Training</a></nav>
<p class="crumbs"><a href="#">Home</a> / <a href="#">Jobs</a> / Job</p>
<article>
<header><p>JOB</p><h1>{TITLE}, G5</h1></header>
<dl class="meta">
<dt>Organization</dt><dd><a href="#">UN Support Office in Somalia</a></dd>
<dt>Posted</dt><dd>8 Jan 2037</dd>
<dt>Closing date</dt><dd>5 Feb 2037</dd>
</dl>
<section><h2>Job description</h2>
<p><strong>Posting Title:</strong> RATIONS ASSISTANT, G5<br>
<strong>Department/Office:</strong> {ORG}<br>
<strong>Duty Station:</strong> {LOC}<br>
<strong>Category and Level:</strong> {LEVEL}<br>
<strong>Posting Period:</strong> {PERIOD}<br>
<strong>Job Opening Number:</strong> {REF}</p>
<p><em>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</em></p>
<h3>Org. Setting and Reporting</h3><p>{SETTING}</p>
<h3>Responsibilities</h3><p>Within delegated authority, the Rations Assistant will be responsible for the following duties:</p><ul>{duties}</ul>
<h3>Competencies</h3><ul>{comp}</ul>
<h3>Education</h3><p>{EDU}</p>
<h3>Work Experience</h3><p>{EXP_REQ} {EXP_DES}</p>
<h3>Languages</h3><p>{LANG_CTX} {LANG_REQ} {LANG_DES}</p>
<h3>Assessment</h3><p>{ASSESS}</p>
<h3>Special Notice</h3><p>This is a locally recruited position open to nationals of Somalia and to persons legally
entitled to work in Somalia. The candidate is responsible for any travel costs to take up the appointment.</p>
</section>
<section><h2>How to apply</h2><p>Applications must be submitted through the United Nations Careers portal under the job
opening number above. Applications sent by e-mail to UNSOS will not be considered.</p></section>
<dl class="meta">
<dt>Country</dt><dd>Somalia</dd><dt>City</dt><dd>Mogadishu</dd>
<dt>Source</dt><dd>UN Support Office in Somalia</dd>
<dt>Type</dt><dd>Job</dd><dt>Career category</dt><dd>Logistics/Procurement</dd><dt>Years of experience</dt><dd>5-9 years</dd>
<dt>Theme</dt><dd>Food and Nutrition</dd>
</dl>
</article>
<aside><h2>Related jobs</h2><ul>
<li><a href="#">Fuel Assistant, G5</a> – UN Support Office in Somalia – Closing date: 29 Jan 2037</li>
<li><a href="#">Supply Officer (Rations), NOB</a> – World Food Programme – Closing date: 12 Feb 2037</li>
</ul></aside>
<footer>ReliefWeb is a service provided by OCHA. © 2037</footer>
</body></html>
"""


def untalent():
    duties = "\n".join(f"• {d};" for d in DUTIES)
    comp = "\n".join(f"{n}: {d}" for n, d in COMPS)
    return f"""UN Talent
Jobs    Organizations    Career advice    Post a job    Log in

← Back to jobs

{TITLE}, G5
UNSOS - {ORG}
MogadishuSomaliaFull-timeGeneral Service
Salary estimate*: $14,000 - $19,500 / year
Deadline: Feb 5, 2037
Posted 2 weeks ago
Apply on UN Careers ↗    ☆ Save

Job description

Posting Title: RATIONS ASSISTANT, G5
Job Code Title: RATIONS ASSISTANT
Department/Office: {ORG}
Duty Station: {LOC}
Posting Period: {PERIOD}
Job Opening Number: {REF}
Staffing Exercise: N/A
United Nations Core Values: Integrity, Professionalism, Respect for Diversity

Org. Setting and Reporting
{SETTING}

Responsibilities
Within delegated authority, the Rations Assistant will be responsible for the following duties:
{duties}

Competencies
{comp}

Education
{EDU}

Job - Specific Qualification
Not available.

Work Experience
{EXP_REQ} {EXP_DES}

Languages
{LANG_CTX} {LANG_REQ} {LANG_DES}

Assessment
{ASSESS}

Category and Level: {LEVEL}

*Salary estimates are calculated by UN Talent from public salary scales and are not provided by the hiring
organization.

Similar jobs
Warehouse Assistant, G4 · WFP · Mogadishu · Deadline: Jan 30, 2037
Supply Assistant, G6 · UNICEF · Baidoa · Deadline: Feb 14, 2037

About · Privacy · Newsletter · © UN Talent
"""


def build():
    write(KEY + "-reliefweb.html", reliefweb(), KEY)
    write(KEY + "-untalent.txt", untalent(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2037-02-05", grade="G-5",
             requirements={"en": {"essential": [EDU, EXP_REQ, LANG_REQ], "desirable": [EXP_DES, LANG_DES]}},
             competencies={"en": comps(COMPS)})
