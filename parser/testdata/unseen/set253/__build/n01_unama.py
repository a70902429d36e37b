from common import *

REF = "38-Civil Affairs-UNAMA-412608-R-Kabul (M)"
KEY = "38-civil-affairs-unama-412608-r-kabul-m"
TITLE = "Civil Affairs Officer (Subnational Engagement)"
ORG = "United Nations Assistance Mission in Afghanistan"
LOC = "KABUL"
GRADE = "P-3"
EDU = ("An advanced university degree (Master's degree or equivalent) in political science, public administration, "
       "social sciences, law or a related field is required. A first-level university degree in combination with two "
       "additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP1 = ("A minimum of five years of progressively responsible experience in civil affairs, local governance, "
        "political affairs or conflict management is required.")
EXP2 = "Experience in working with provincial or district authorities in a post-conflict setting is required."
EXP3 = "Experience in a United Nations peace operation or special political mission is desirable."
LANG1 = "For this position, fluency in English is required."
LANG2 = "Knowledge of Dari or Pashto is desirable."
COMP = [
    ("Professionalism", "Knows the political and administrative landscape of the provinces and applies sound judgement "
     "to sensitive local issues; remains calm under pressure and shows persistence when faced with difficult problems."),
    ("Communication", "Speaks and writes clearly; listens to interlocutors from all communities and tailors language "
     "and format to the audience; shares information openly."),
    ("Planning and Organizing", "Develops clear goals consistent with the mission plan; identifies priorities, "
     "foresees risks and allows for contingencies; uses time efficiently."),
]
DUTIES = [
    "Monitors and analyses subnational governance dynamics and their impact on the protection of civilians and on service delivery;",
    "Maintains regular contact with provincial councils, district authorities, community shuras and civil society groups;",
    "Prepares weekly field reports, briefing notes and inputs to the reports of the Secretary-General;",
    "Supports the design of confidence-building projects with the provincial offices of the Mission;",
    "Organizes and facilitates dialogue meetings between local authorities and community representatives;",
    "Performs other related duties as required.",
]


def html():
    comp = "".join("<p><b>%s:</b> %s</p>\n" % c for c in COMP)
    duties = ul(DUTIES)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | UN Careers</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#222;margin:0}}
.top{{background:#009edb;color:#fff;padding:6px 18px;font-size:9pt}}
.top span{{margin-right:14px}}
.crumb{{padding:6px 18px;font-size:8.5pt;color:#555}}
main{{padding:0 18px}}
h1{{font-size:17pt;color:#1d3e6e;margin:8px 0}}
.lvl{{white-space:nowrap;color:#777}}
.btns span{{display:inline-block;border:1px solid #009edb;color:#009edb;padding:2px 10px;margin-right:6px;font-size:9pt}}
.card{{display:grid;grid-template-columns:180px 1fr;border:1px solid #ccc;margin:12px 0;font-size:9.5pt}}
.card div{{padding:4px 8px;border-bottom:1px solid #eee}}
.card .k{{font-weight:bold;background:#f4f6f8}}
h2{{font-size:12pt;color:#1d3e6e;border-bottom:2px solid #009edb;padding-bottom:2px;margin-top:16px}}
footer{{margin-top:20px;padding:8px 18px;font-size:8pt;color:#666;border-top:1px solid #ccc}}
</style></head>
<body>
<div class="top"><span>United Nations Careers</span><span>Search jobs</span><span>My applications</span><span>Français</span><span>Sign in</span></div>
<div class="crumb">Home › Job search › Job opening 412608</div>
<main>
<h1>{TITLE}<span class="lvl">, P3</span></h1>
<div class="btns"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
<div class="card">
<div class="k">Job Title</div><div>CIVIL AFFAIRS OFFICER, P3</div>
<div class="k">Job Code Title</div><div>CIVIL AFFAIRS OFFICER</div>
<div class="k">Department/Office</div><div>{ORG}</div>
<div class="k">Duty Station</div><div>{LOC}</div>
<div class="k">Category and Level</div><div>Professional and Higher Categories, {GRADE}</div>
<div class="k">Job Network</div><div>Political, Peace and Humanitarian</div>
<div class="k">Job Family</div><div>Civil Affairs</div>
<div class="k">Job Opening Number</div><div>{REF}</div>
<div class="k">Staffing Exercise</div><div>N/A</div>
<div class="k">Date Posted</div><div>Oct 4, 2038</div>
<div class="k">Deadline</div><div>Nov 3, 2038</div>
</div>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
<h2>Org. Setting and Reporting</h2>
<p>This position is located in the Civil Affairs and Subnational Engagement Unit of the {ORG} (UNAMA) in Kabul. The incumbent reports to the Chief of the Unit and works closely with the regional and provincial offices of the Mission.</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Civil Affairs Officer will be responsible for the following duties:</p>
{duties}
<h2>Competencies</h2>
{comp}<h2>Education</h2>
<p>{EDU}</p>
<h2>Work Experience</h2>
<p>{EXP1}</p>
<p>{EXP2}</p>
<p>{EXP3}</p>
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {LANG1} {LANG2}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified applicants may include a written assessment, tentatively scheduled for the week of 22 November 2038, followed by a competency-based interview.</p>
<h2>Special Notice</h2>
<p>This is a non-family duty station. The appointment is limited to the Mission. Staff members are subject to the authority of the Secretary-General and to assignment by him or her.</p>
<h2>United Nations Considerations</h2>
<p>According to Article 101, paragraph 3, of the Charter of the United Nations, the paramount consideration in the employment of the staff is the necessity of securing the highest standards of efficiency, competence and integrity.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING).</p>
</main>
<footer>© United Nations · Terms of use · Privacy notice · Fraud alert · Page generated 12/10/2038</footer>
</body></html>
"""


def email():
    duties = "\n".join("  - " + d for d in DUTIES)
    comp = "\n".join("%s: %s" % c for c in COMP)
    return f"""From: Farid Noorzai <f.noorzai@mail.example>
Sent: Tuesday, 12 October 2038 09:41
To: subnational-governance-alumni@lists.example
Subject: FW: UNAMA opening - Civil Affairs Officer, P-3 (closes 3 Nov)

Dear all,

Forwarding this from the UN Careers alert in case it is of interest. Note the
assessment is planned for the week of 22 November, so keep that week free if you
apply. Last year's similar opening closed on 28 October 2037.

Best,
Farid

-----Original Message-----
From: UN Careers <no-reply@careers.example>
Subject: Job alert: 1 new job opening matching "civil affairs"

{TITLE}, P3

Job Opening Number: {REF}
Department/Office: {ORG}
Duty Station: {LOC}
Category and Level: Professional and Higher Categories, {GRADE}
Posting Period: 04 October 2038 - 03 November 2038

United Nations Core Values: Integrity, Professionalism, Respect for Diversity

ORG. SETTING AND REPORTING
This position is located in the Civil Affairs and Subnational Engagement Unit of the
Mission in Kabul. The incumbent reports to the Chief of the Unit.

RESPONSIBILITIES
{duties}

COMPETENCIES
{comp}

EDUCATION
{EDU}

WORK EXPERIENCE
{EXP1}
{EXP2}
{EXP3}

LANGUAGES
English and French are the working languages of the United Nations Secretariat.
{LANG1} {LANG2}

ASSESSMENT
A written assessment may be held, followed by a competency-based interview.

You are receiving this message because you saved a job search. Manage alerts at
careers.example/alerts.
"""


def build():
    h = KEY + "-uncareers.html"
    write(h, html(), KEY)
    pdf_chromium(h, KEY)
    write(KEY + "-email-forward.txt", email(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2038-11-03", grade=GRADE,
             req={"en": ([EDU, EXP1, EXP2, LANG1], [EXP3, LANG2])}, comp={"en": COMP})
