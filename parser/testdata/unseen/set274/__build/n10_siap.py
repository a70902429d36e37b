"""ESCAP / SIAP Director (D-1), Chiba: reposted by a government recruitment centre (HTML) and a
careers.un.org print view copied as text."""
from common import *

KEY = "40-statistics-escap-470551-d-chiba-x"
REF = "40-Statistics-ESCAP-470551-D-Chiba (X)"
TITLE = "Director, Statistical Institute for Asia and the Pacific"
ORG = "Economic and Social Commission for Asia and the Pacific"
LOC = "CHIBA"
GRADE = "D-1"
EDU = ("An advanced university degree (Master's degree or equivalent) in statistics, economics, demography, "
       "mathematics or a related field is required. A first-level university degree in combination with two "
       "additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
WX_REQ = ["A minimum of fifteen years of progressively responsible experience in official statistics, statistical training or statistical capacity development is required.",
          "Experience in managing a training or research institution, including its budget and staff, is required."]
WX_DES = ["Experience in designing e-learning programmes for national statistical offices is desirable."]
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of another official United Nations language is desirable."
COMP = [
    ("Professionalism", "Recognized expertise in official statistics and in the training of statisticians; knowledge of the statistical systems of the Asia-Pacific region; ability to set the strategic direction of a training institute."),
    ("Communication", "Speaks and writes clearly and effectively; tailors language, tone, style and format to match the audience; demonstrates openness in sharing information."),
    ("Leadership", "Serves as a role model that other people want to follow; empowers others to translate vision into results; establishes and maintains relationships with a broad range of people."),
    ("Managing Performance", "Delegates the appropriate responsibility, accountability and decision-making authority; monitors progress against milestones and deadlines; discusses performance and provides feedback and coaching to staff."),
]


def html():
    comp = "\n".join(f"<dt>{n}:</dt><dd>{d}</dd>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: {TITLE}</title></head>
<body>
<header><b>International Civil Service Recruitment Centre</b> | Home | Vacancies | JPO programme | Seminars | 日本語</header>
<p>Vacancies › United Nations Secretariat › ESCAP</p>
<div class="box">
<p><b>Featured senior vacancy</b> – reposted with the permission of the hiring office. Applications must be made on
the United Nations careers portal; this Centre does not receive applications. Our info-session on senior UN
careers takes place on 9 August 2040 (online).</p>
</div>
<h1>{TITLE}, D1</h1>
<table>
<tr><td>Posting Title</td><td>DIRECTOR, STATISTICAL INSTITUTE FOR ASIA AND THE PACIFIC, D1</td></tr>
<tr><td>Job Code Title</td><td>DIRECTOR, STATISTICS</td></tr>
<tr><td>Department/Office</td><td>{ORG}</td></tr>
<tr><td>Duty Station</td><td>{LOC}</td></tr>
<tr><td>Category and Level</td><td>Director and Higher Categories, {GRADE}</td></tr>
<tr><td>Posting Period</td><td>30 July 2040 - 28 August 2040</td></tr>
<tr><td>Job Opening Number</td><td>{REF}</td></tr>
</table>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>

<h2>Org. Setting and Reporting</h2>
<p>The Statistical Institute for Asia and the Pacific (SIAP), located in Chiba, Japan, is a subsidiary body of the
{ORG} (ESCAP). It trains official statisticians of the region and supports national statistical offices in
building their capacity. The Director reports to the Executive Secretary of ESCAP through the Director of the
Statistics Division.</p>

<h2>Responsibilities</h2>
<ul>
<li>Leads the Institute and sets its training strategy in line with the decisions of its Governing Council;</li>
<li>Manages the human and financial resources of the Institute, including the host-country contribution;</li>
<li>Builds partnerships with national statistical offices, universities and development partners;</li>
<li>Oversees the design and quality of face-to-face and e-learning courses;</li>
<li>Represents SIAP at intergovernmental meetings and in the global statistical community.</li>
</ul>

<h2>Competencies</h2>
<dl>
{comp}
</dl>

<h2>Education</h2>
<p>{EDU}</p>
<h2>Work Experience</h2>
<p>{WX_REQ[0]}</p>
<p>{WX_REQ[1]}</p>
<p>{WX_DES[0]}</p>
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a competency-based interview and a presentation, expected in
late September 2040.</p>
<p>Posted on this site: 1 August 2040 · Other senior vacancies: Deputy Director, regional office (closing 15 September 2040)</p>
<footer>© International Civil Service Recruitment Centre (fictitious) · Privacy</footer>
</body></html>
"""


def printview():
    comp = "\n".join(f"{n}: {d}" for n, d in COMP)
    return f"""Job Opening - Print

{TITLE}, D1

Posting Title	DIRECTOR, STATISTICAL INSTITUTE FOR ASIA AND THE PACIFIC, D1
Job Code Title	DIRECTOR, STATISTICS
Department/Office	{ORG}
Duty Station	{LOC}
Category and Level	Director and Higher Categories, {GRADE}
Posting Period	30 July 2040 - 28 August 2040
Job Opening Number	{REF}
Staffing Exercise	N/A

United Nations Core Values: Integrity, Professionalism, Respect for Diversity

Org. Setting and Reporting
The Statistical Institute for Asia and the Pacific (SIAP), located in Chiba, Japan, is a subsidiary body of the {ORG} (ESCAP). It trains official statisticians of the region and supports national statistical offices in building their capacity. The Director reports to the Executive Secretary of ESCAP through the Director of the Statistics Division.

Responsibilities
Leads the Institute and sets its training strategy in line with the decisions of its Governing Council; manages the human and financial resources of the Institute, including the host-country contribution; builds partnerships with national statistical offices, universities and development partners; oversees the design and quality of face-to-face and e-learning courses; represents SIAP at intergovernmental meetings and in the global statistical community.

Competencies
{comp}

Education
{EDU}

Work Experience
{WX_REQ[0]} {WX_REQ[1]} {WX_DES[0]}

Languages
English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}

Assessment
Evaluation of qualified candidates may include a competency-based interview and a presentation, expected in late September 2040.

Special Notice
The appointment is for an initial period of two years. Staff members are subject to the authority of the Secretary-General and to assignment by him or her.

No Fee
THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING).

https://careers.un.org/jobSearchDescription/470551?language=en                          1/2
"""


def build():
    write(KEY + "-recruitment-centre.html", html(), KEY)
    write(KEY + "-print.txt", printview(), KEY)
    expected(KEY, reference=REF, langs=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-08-28", grade=GRADE,
             req={"en": ([EDU] + WX_REQ + [LANG_REQ], WX_DES + [LANG_DES])}, comp={"en": COMP})
