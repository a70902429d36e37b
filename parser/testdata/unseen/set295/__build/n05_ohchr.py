from common import *

REF = "42-Human Rights-OHCHR-552376-J-Panama City (M)"
KEY = "42-human-rights-ohchr-552376-j-panama-city-m"
TITLE = "Associate Human Rights Officer"
ORG = "Office of the United Nations High Commissioner for Human Rights"
LOC = "PANAMA CITY"
GRADE = "P-2"
ORGSET = ("This position is located in the Regional Office for Central America of the Office of the United Nations High "
          "Commissioner for Human Rights (OHCHR) in Panama City. The Associate Human Rights Officer reports to the Human "
          "Rights Officer in charge of the protection and monitoring team.")
DUTIES = [
    "Monitors and reports on the human rights situation of people on the move in the sub-region, with a focus on the Darién border area",
    "Gathers and verifies information from civil society, national human rights institutions and United Nations partners",
    "Drafts inputs to public reports, briefing notes and communications to the special procedures",
    "Supports training sessions for border, police and migration officials",
    "Performs other related duties as required",
]
COMPS = [
    ("Professionalism", "Knowledge of international human rights law and of human rights monitoring methodology; ability to gather and verify information from a variety of sources; shows persistence when faced with difficult problems and remains calm in stressful situations."),
    ("Communication", "Speaks and writes clearly and effectively; listens to others, correctly interprets messages from others and responds appropriately; tailors language, tone, style and format to match the audience."),
    ("Teamwork", "Works collaboratively with colleagues to achieve organizational goals; solicits input by genuinely valuing others' ideas and expertise; supports and acts in accordance with final group decision."),
]
EDU = ("An advanced university degree (Master's degree or equivalent) in law, political science, international relations, "
       "social sciences or a related area is required. A first-level university degree in combination with two additional "
       "years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP1 = "A minimum of two years of progressively responsible experience in human rights monitoring, protection or legal work is required."
EXP2 = "Experience in the field of migration or refugee protection in Latin America is desirable."
EXP3 = "Experience with a United Nations field presence is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG1 = "For this position, fluency in Spanish and English is required."
ESS = [EDU, EXP1, LANG1]
DES = [EXP2, EXP3]

def build():
    comp_html = "\n".join("<p><b>%s:</b> %s</p>" % c for c in COMPS)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE.upper()} | UN Talent</title>
<style>body{{font-family:Georgia,serif;max-width:820px;margin:0 auto}} .hdr{{background:#1a1a2e;color:#fff;padding:8px}}
.contract{{background:#eef3fb;padding:8px;border-left:4px solid #3b6fd0}} .muted{{color:#777;font-size:90%}}</style></head>
<body>
<div class="hdr">UN Talent · Jobs · Organizations · Contracts · Duty stations · Newsletter</div>
<p class="muted">Jobs › OHCHR › {TITLE}</p>
<h1>{TITLE.upper()}</h1>
<p class="muted">Job posted 17 days ago</p>
<p>OHCHR - Office of the High Commissioner for Human Rights</p>
<p class="muted">Open positions at OHCHR</p>
<p><b>Application deadline in 13 days:</b> Sunday 18 May 2042 at 23:59 UTC</p>
<p><a href="#">Open application form</a></p>
<h2>Contract</h2>
<div class="contract">This is a P-2 contract. This kind of contract is known as Professional and higher categories. It usually requires 2 years of experience, depending on education. More about P-2 contracts.</div>
<h2>Original posting</h2>
<p><b>Posting Title:</b> ASSOCIATE HUMAN RIGHTS OFFICER, P2<br>
<b>Job Code Title:</b> ASSOCIATE HUMAN RIGHTS OFFICER<br>
<b>Department/Office:</b> {ORG}<br>
<b>Duty Station:</b> {LOC}<br>
<b>Posting Period:</b> 18 April 2042 - 18 May 2042<br>
<b>Job Opening Number:</b> {REF}<br>
<b>Category and Level:</b> Professional and Higher Categories, {GRADE}</p>
<p>Org. Setting and Reporting</p><p>{ORGSET}</p>
<p>Responsibilities</p><p>Under the general supervision of the Head of Office, the incumbent:<br>
""" + "<br>\n".join("- " + d for d in DUTIES) + f"""</p>
<p>Competencies</p>{comp_html}
<p>Education</p><p>{EDU}</p>
<p>Work Experience</p><p>{EXP1} {EXP2} {EXP3}</p>
<p>Languages</p><p>{LANG_CTX} {LANG1}</p>
<p>Assessment</p><p>Evaluation of qualified candidates may include a written assessment on 9 June 2042 and a competency-based interview.</p>
<p>No Fee</p><p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
<h3>Similar jobs</h3>
<ul><li>Human Rights Officer, P-3 · Tegucigalpa · deadline Friday 30 May 2042</li>
<li>Associate Protection Officer, P-2 · Panama City · deadline Tuesday 3 June 2042</li></ul>
<p class="muted">UN Talent is an independent website and is not affiliated with the United Nations. Always apply on the official site.</p>
</body></html>"""
    w(KEY + "-untalent.html", html, KEY)
    txt = f"""DevNetJobs.org  |  Jobs  |  Consultancies  |  Tenders  |  Post a Job  |  Login
International Development Jobs > Human Rights > Panama

{TITLE}
Organization: OHCHR
Country: Panama
Closing date: 18 May 2042
Job type: Full time, Fixed-term
Posted on: 19 Apr 2042     Views: 741

[Bookmark]  [Email to a friend]  [Report]

-------------------------------------------------------------
Posting Title: ASSOCIATE HUMAN RIGHTS OFFICER, P2
Department/Office: {ORG}
Duty Station: {LOC}
Posting Period: 18 April 2042 - 18 May 2042
Job Opening Number: {REF}
Category and Level: Professional and Higher Categories, {GRADE}
-------------------------------------------------------------

ORG. SETTING AND REPORTING
{ORGSET}

RESPONSIBILITIES
""" + "; ".join(DUTIES) + f""".

COMPETENCIES
""" + "\n".join("%s: %s" % c for c in COMPS) + f"""

EDUCATION
{EDU}

WORK EXPERIENCE
{EXP1}
{EXP2}
{EXP3}

LANGUAGES
{LANG_CTX} {LANG1}

ASSESSMENT
Evaluation of qualified candidates may include a written assessment on 9 June 2042 and a competency-based interview.

How to apply: through the UN Careers portal only (link on the original posting).

Related jobs
* Gender Specialist – San José, Costa Rica – Closing 22 May 2042
* Protection Monitor (consultancy) – Darién, Panama – Closing 27 May 2042

DevNetJobs.org is an aggregator. We are not responsible for the content of postings.
"""
    w(KEY + "-devnetjobs.txt", txt, KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2042-05-18", grade=GRADE,
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMPS})
