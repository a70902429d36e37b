"""UN Verification Mission in Colombia, Bogota, EN: UNJobLink copy (txt) and Impactpool page (HTML)."""
from common import *

KEY = "35-information-management-unvmc-321209-r-bogota-o"
REF = "35-Information Management-UNVMC-321209-R-Bogota (O)"
TITLE = "Associate Information Management Officer (Territorial Monitoring)"
CAPS = "ASSOCIATE INFORMATION MANAGEMENT OFFICER (TERRITORIAL MONITORING), NOB"
ORG = "United Nations Verification Mission in Colombia"
LOC = "BOGOTA"
GRADE = "NO-B"

EDU = ("A first-level university degree (Bachelor's degree or equivalent) in information management, statistics, "
       "geography, social sciences or a related field is required.")
W1 = ("A minimum of two years of professional experience in information management, data analysis or monitoring "
      "and evaluation is required.")
W2 = "Experience with geographic information systems is desirable."
W3 = "Experience in a peace operation or a post-conflict setting is desirable."
L1 = "For this position, fluency in Spanish and English is required."
ESS = [EDU, W1, L1]
DES = [W2, W3]
COMP = [
    ("Professionalism", "Knowledge of data collection, cleaning and visualization methods; ability to turn field "
     "reports into reliable datasets; shows pride in work and in achievements."),
    ("Planning & Organizing", "Develops clear goals consistent with agreed strategies; foresees risks and allows for "
     "contingencies when planning."),
    ("Technological Awareness", "Keeps abreast of available technology; understands the applicability and "
     "limitations of technology to the work of the office."),
]
SETTING = ("The United Nations Verification Mission in Colombia was established by the Security Council to verify "
           "the implementation of the reintegration and security guarantees provisions of the Final Peace Agreement. "
           "This position is located in the Information Management Unit of the Office of the Chief of Staff at "
           "Mission headquarters in Bogota. The incumbent reports to the Information Management Officer.")
DUTIES = [
    "Compiles and cleans the data reported weekly by the regional and local teams on the reintegration process and on "
    "security incidents;",
    "Maintains the Mission's territorial monitoring database and its data dictionary;",
    "Produces maps, dashboards and statistical summaries for the quarterly reports of the Secretary-General;",
    "Trains field staff in the use of data collection forms and tablets;",
    "Performs other duties as required.",
]


def build():
    body = f"""Org. Setting and Reporting
{SETTING}

Responsibilities
Within delegated authority, the Associate Information Management Officer will be responsible for the following duties:
{chr(10).join("- " + d for d in DUTIES)}

Competencies
{chr(10).join(f"{n}: {d}" for n, d in COMP)}

Education
{EDU}

Work Experience
{W1} {W2} {W3}

Languages
English and French are the working languages of the United Nations Secretariat. {L1}

Assessment
Evaluation of qualified candidates may include a written assessment followed by a competency-based interview, expected in the second half of January 2036.

Special Notice
This position is open to nationals of Colombia only. Appointment is limited to the Verification Mission and its mandate.

Job Opening Number: {REF}
Category and Level: National Professional Officers, NO-B
Duty Station: {LOC}
Posting Period: 10 November 2035 - 10 December 2035

No Fee
THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS."""
    txt = f"""UNJobLink   Jobs   Organizations   Duty stations   Salary guide   Post a job   Log in

UNVMC: {TITLE}, NO-B – Bogota

  • Location:
    Bogota
  • Salary:
    $38,000 - $52,000 / YEAR
  • Job type:
    FULL_TIME
  • Posted:
    2 days ago
  • Category:
    Information Management
  • Deadline:
    10/12/2035

JOB DESCRIPTION

Posting Title: {CAPS}
Department/Office: {ORG}

{body}

APPLY NOW

Salary shown is an estimate by UNJobLink for this grade and duty station and is not provided by the employer.

Related jobs
  • UNDP: Territorial Development Analyst – Pasto – Deadline 01/12/2035
  • OCHA: National Humanitarian Affairs Officer – Cúcuta – Deadline 18/12/2035

© 2035 UNJobLink · About · Privacy · Contact
"""
    write(KEY + "-unjoblink.txt", txt, KEY)

    comp_html = "\n".join("<p><strong>%s</strong>: %s</p>" % (E(n), E(d)) for n, d in COMP)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(TITLE)} | Impactpool</title></head>
<body>
<div class="cookies">By continuing to browse this site, you agree to our use of cookies. Read our privacy policy</div>
<header><a href="#">impactpool</a> <a href="#">Jobs</a> <a href="#">Organizations</a> <a href="#">Career advice</a> <a href="#">Sign up</a></header>
<main>
<h1>{E(TITLE)}</h1>
<p>Bogota (Colombia)</p>
<ul class="meta">
  <li>Organization: UNVMC - {E(ORG)}</li>
  <li>Location: Bogota</li>
  <li>Grade: {GRADE}, National Professional Officer - Locally recruited position</li>
  <li>Occupational Groups:
    <ul><li>Information Management</li><li>Peace and Development</li><li>Statistics</li></ul></li>
  <li>Closing Date: 2035-12-10</li>
</ul>
<p><a href="#">Apply</a> <a href="#">Save</a> <a href="#">Share</a></p>
<div class="job-description">
<h3>Org. Setting and Reporting</h3>
<p>{E(SETTING)}</p>
<h3>Responsibilities</h3>
<p>Within delegated authority, the Associate Information Management Officer will be responsible for the following duties:</p>
{ul(DUTIES)}
<h3>Competencies</h3>
{comp_html}
<h3>Education</h3>
<p>{E(EDU)}</p>
<h3>Work Experience</h3>
<p>{E(W1)} {E(W2)} {E(W3)}</p>
<h3>Languages</h3>
<p>English and French are the working languages of the United Nations Secretariat. {E(L1)}</p>
<h3>Assessment</h3>
<p>Evaluation of qualified candidates may include a written assessment followed by a competency-based interview, expected in the second half of January 2036.</p>
<h3>Special Notice</h3>
<p>This position is open to nationals of Colombia only.</p>
<p>Posting Title: {E(CAPS)}<br>Job Opening Number: {E(REF)}<br>Category and Level: National Professional Officers, {GRADE}<br>Duty Station: {LOC}<br>Posting Period: 10 November 2035 - 10 December 2035</p>
<h3>No Fee</h3>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
</div>
<aside><h3>Similar jobs</h3><ul><li>Reintegration Officer, NO-B &ndash; Florencia &ndash; Closing 2035-12-02</li><li>Data Analyst (Consultant) &ndash; Home-based &ndash; Closing 2036-01-08</li></ul></aside>
</main>
<footer>Impactpool AB &copy; 2035 &middot; Terms &middot; Privacy</footer>
</body></html>
"""
    write(KEY + "-impactpool.html", page, KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2035-12-10", grade=GRADE, req={"en": (ESS, DES)}, comp={"en": COMP})
