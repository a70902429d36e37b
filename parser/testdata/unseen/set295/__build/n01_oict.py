from common import *

REF = "42-Information Systems-OICT-551208-R-Valencia (X)"
KEY = "42-information-systems-oict-551208-r-valencia-x"
TITLE = "Information Systems Officer (Cloud Operations)"
ORG = "Office of Information and Communications Technology"
LOC = "VALENCIA"
GRADE = "P-3"
ORGSET = ("This position is located in the Enterprise Hosting Section, Operations Support Division, Office of "
          "Information and Communications Technology (OICT), at the United Nations ICT facility in Valencia, Spain. "
          "The incumbent reports to the Chief of the Cloud Platforms Unit and works closely with the service desks "
          "of the regional technology centres.")
DUTIES = [
    "Operates, monitors and tunes the hybrid cloud landing zones that host Secretariat enterprise applications, including capacity, patching and cost reports;",
    "Designs and maintains infrastructure-as-code templates, deployment pipelines and configuration baselines for new workloads;",
    "Leads the technical response to service incidents affecting hosted platforms, prepares post-incident reviews and follows up on corrective actions;",
    "Reviews change requests submitted by client offices, assesses security and continuity implications and advises on hosting options;",
    "Maintains operational documentation, runbooks and the service catalogue entries of the unit;",
    "Coaches junior staff and contractors on operational procedures and contributes to the unit's training plan;",
    "Performs other related duties as required.",
]
COMPS = [
    ("Professionalism", "Knowledge of cloud hosting models, infrastructure automation and service management; ability to diagnose technical problems under time pressure; shows pride in work and in achievements; is conscientious and efficient in meeting commitments, observing deadlines and achieving results."),
    ("Technological Awareness", "Keeps abreast of available technology; understands applicability and limitations of technology to the work of the office; actively seeks to apply technology to appropriate tasks; shows willingness to learn new technology."),
    ("Client Orientation", "Considers all those to whom services are provided to be clients and seeks to see things from the clients' point of view; keeps clients informed of progress or setbacks in projects; meets timeline for delivery of products or services to client."),
]
EDU = ("An advanced university degree (Master's degree or equivalent degree) in computer science, information systems, "
       "engineering or a related field is required. A first-level university degree in combination with two additional "
       "years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP1 = "A minimum of five years of progressively responsible experience in information systems operations, data centre or cloud hosting services is required."
EXP2 = "Experience in operating workloads on at least one major public cloud platform, including infrastructure automation, is required."
EXP3 = "Experience in an international organization or a multi-site shared service environment is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG1 = "For this position, fluency in English is required."
LANG2 = "Knowledge of Spanish is desirable."
ESS = [EDU, EXP1, EXP2, LANG1]
DES = [EXP3, LANG2]

def build():
    comp_html = "\n".join("<p><strong>%s:</strong> %s</p>" % c for c in COMPS)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, P3 | United Nations Careers</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header,footer{{background:#009edb;color:#fff;padding:8px 24px}}
main{{padding:16px 24px;max-width:900px}} dl.facts{{display:grid;grid-template-columns:200px 1fr;gap:4px 12px}}
dt{{font-weight:bold;color:#555}} .btns span{{border:1px solid #009edb;padding:2px 8px;margin-right:6px}}</style></head>
<body>
<a href="#main">Skip to main content</a>
<header><nav>United Nations Careers | Home | Job Search | Job Categories | FAQ | عربي | 中文 | English | Français | Русский | Español</nav></header>
<main id="main">
<nav class="crumbs">Home › Job Search › Job Opening</nav>
<h1>{TITLE}, P3</h1>
<div class="btns"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
<dl class="facts">
<dt>Job Code Title</dt><dd>INFORMATION SYSTEMS OFFICER</dd>
<dt>Department/Office</dt><dd>{ORG}</dd>
<dt>Duty Station</dt><dd>{LOC}</dd>
<dt>Category and Level</dt><dd>Professional and Higher Categories, {GRADE}</dd>
<dt>Job Opening Number</dt><dd>{REF}</dd>
<dt>Staffing Exercise</dt><dd>N/A</dd>
<dt>Date Posted</dt><dd>Apr 3, 2042</dd>
<dt>Deadline</dt><dd>May 4, 2042</dd>
</dl>
<p><em>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</em></p>
<h2>Org. Setting and Reporting</h2>
<p>{ORGSET}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Information Systems Officer will be responsible for the following duties:</p>
{ul(DUTIES)}
<h2>Competencies</h2>
{comp_html}
<h2>Education</h2>
<p>{EDU}</p>
<h2>Job - Specific Qualification</h2>
<p>N/A</p>
<h2>Work Experience</h2>
<p>{EXP1}</p>
<p>{EXP2}</p>
<p>{EXP3}</p>
<h2>Languages</h2>
<p>{LANG_CTX} {LANG1} {LANG2}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a technical assessment, expected in the week of 16 June 2042, followed by a competency-based interview.</p>
<h2>Special Notice</h2>
<p>The appointment is subject to the availability of the post or funds. Extension of the appointment beyond 31 December 2043 is subject to budget approval.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
<aside><h3>Similar jobs</h3>
<ul><li>Telecommunications Technician, G5 – BRINDISI – Deadline May 9, 2042</li>
<li>Information Systems Officer, P4 – NEW YORK – Deadline Jun 2, 2042</li></ul></aside>
</main>
<footer>Copyright United Nations | Terms of Use | Privacy Notice | Fraud Alert</footer>
</body></html>
"""
    w(KEY + "-uncareers.html", html, KEY)

    comps_txt = "\n".join("%s: %s" % c for c in COMPS)
    duties_txt = "\n".join("✔️ " + d for d in DUTIES)
    li = f"""LinkedIn

Home   My Network   Jobs   Messaging   Notifications   Me   For Business

Marta Ibáñez Soler • 2nd
Cloud Platforms Unit lead at UN OICT | SRE | Valencia
1d • Edited • 🌐

We are hiring in Valencia! ☁️ My team is looking for an {TITLE} at the {GRADE} level. If you run cloud platforms for a living and want your work to keep UN systems online around the world, please read and share. Applications only through the UN Careers portal – deadline May 4, 2042.

… see more

📌 {TITLE}
🏢 Department/Office: {ORG}
📍 Duty Station: {LOC}
🎓 Category and Level: Professional and Higher Categories, {GRADE}
🔢 Job Opening Number: {REF}
⏳ Deadline: May 4, 2042

ABOUT THE TEAM
{ORGSET}

WHAT YOU WILL DO
{duties_txt}

COMPETENCIES
{comps_txt}

EDUCATION
{EDU}

WORK EXPERIENCE
{EXP1} {EXP2} {EXP3}

LANGUAGES
{LANG_CTX} {LANG1} {LANG2}

Assessment is planned for mid-June, so please keep your calendar open. Happy to answer questions in the comments, but I cannot review CVs privately.

#UNjobs #cloud #SRE #Valencia #hiring

👍❤️ 214 · 37 comments · 58 reposts

Like   Comment   Repost   Send

Jordi P. • 1st
Shared with the Valencia DevOps meetup 👏
Like · Reply · 1d

Amina K. • 3rd+
Is remote work possible?
Like · Reply · 22h
   Marta Ibáñez Soler (Author)
   The post is based in Valencia; the usual flexible working arrangements apply after onboarding.
   Like · Reply · 20h

More jobs for you
Cloud Engineer · Valencia, Spain · Promoted
Site Reliability Engineer · Madrid, Spain · 2 weeks ago
"""
    w(KEY + "-linkedin.txt", li, KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2042-05-04", grade=GRADE, requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": COMPS})
