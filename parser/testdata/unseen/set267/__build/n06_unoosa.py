from common import *

REF = "39-Programme Management-UNOOSA-449602-R-Bonn (G)"
KEY = "39-programme-management-unoosa-449602-r-bonn-g"
TITLE = "Programme Management Assistant (UN-SPIDER)"
ORG = "United Nations Office for Outer Space Affairs"
LOC = "BONN"
GRADE = "G-5"
EDU = "High school diploma or equivalent is required."
EXP_REQ = ["A minimum of five years of experience in programme or project administration, finance, budget or a related area is required."]
EXP_DES = [
    "Experience in organizing international workshops, expert meetings or training courses is desirable.",
    "Experience in the use of an enterprise resource planning system such as Umoja is desirable.",
]
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of German is desirable."
COMP = [
    ("Professionalism", "Knowledge of programme administration rules and procedures; ability to apply them to a range of work situations; shows pride in work and in achievements."),
    ("Planning and Organizing", "Develops clear goals that are consistent with agreed strategies; identifies priority activities and adjusts them as required."),
    ("Teamwork", "Works collaboratively with colleagues to achieve organizational goals; solicits input by genuinely valuing others' ideas and expertise."),
]
SETTING = ("This position is located in the Bonn office of the United Nations Platform for Space-based Information for "
           "Disaster Management and Emergency Response (UN-SPIDER), a programme of the United Nations Office for Outer "
           "Space Affairs. The incumbent reports to the Programme Officer of the Bonn office.")
DUTIES = [
    "Monitors the programme budget, prepares cost plans and processes financial transactions in Umoja;",
    "Organizes workshops, technical advisory missions and expert meetings, including travel of participants;",
    "Maintains records of agreements with regional support offices and partner agencies;",
    "Drafts routine correspondence and contributes to progress reports to donors;",
    "Performs other duties as required.",
]


def page():
    comp = "<br>\n".join("<b>%s:</b> %s" % c for c in COMP)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE}, G5 - Bonn | UNjobs</title></head>
<body>
<div id="top"><a href="#">UNjobs</a> · <a href="#">Jobs by duty station</a> · <a href="#">Jobs by organization</a> · <a href="#">Log in</a></div>
<div class="crumb">Germany › Bonn</div>
<h1>{TITLE}, G5</h1>
<table class="meta">
<tr><td>Organization:</td><td>UNOOSA - United Nations Office for Outer Space Affairs</td></tr>
<tr><td>Location:</td><td>Bonn</td></tr>
<tr><td>Grade:</td><td>G-5, General Service</td></tr>
<tr><td>Closing date:</td><td>Tuesday, 16 January 2040</td></tr>
</table>
<div class="ad">Advertisement</div>
<div class="jd">
<p><b>Posting Title:</b> PROGRAMME MANAGEMENT ASSISTANT, G5<br>
<b>Department/Office:</b> {ORG}<br>
<b>Duty Station:</b> {LOC}<br>
<b>Category and Level:</b> General Service and related, {GRADE}<br>
<b>Job Opening Number:</b> {REF}<br>
<b>Posting Period:</b> 18 December 2039 - 16 January 2040</p>
<p>Org. Setting and Reporting</p>
<p>{SETTING}</p>
<p>Responsibilities</p>
<p>Within delegated authority, the incumbent will be responsible for the following duties:<br>
{"<br>".join("- " + d for d in DUTIES)}</p>
<p>Competencies</p>
<p>{comp}</p>
<p>Education</p>
<p>{EDU}</p>
<p>Work Experience</p>
<p>{EXP_REQ[0]} {EXP_DES[0]} {EXP_DES[1]}</p>
<p>Languages</p>
<p>English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}</p>
<p>Assessment</p>
<p>Passing the Global General Service Test (GGST) is a prerequisite for recruitment consideration in the General Service category. Short-listed candidates may be invited to an assessment around 1 February 2040.</p>
<p>Special Notice</p>
<p>This is a locally recruited position; staff are recruited from the area in which the office is located.</p>
</div>
<div class="more"><h3>More jobs in Bonn</h3>
<ul><li>Associate Programme Officer, P2 · UNCCD · 9 January 2040</li><li>Team Assistant, G4 · UNFCCC · 22 January 2040</li><li>Communications intern · UNV · 31 January 2040</li></ul></div>
<p class="foot">UNjobs is not affiliated with the United Nations. Apply on the official site of the organization.</p>
</body></html>
"""


def slack():
    duties = "\n".join("• " + d for d in DUTIES)
    comp = "\n".join("*%s:* %s" % c for c in COMP)
    return f"""#jobs-germany-intl-orgs

Katrin Vogel  10:42 AM
heads-up for anyone in the Rhineland who's been asking about GS posts :satellite: — saw this on UNjobs this morning, closes mid-January

*{TITLE}, G5*
Department/Office: {ORG}
Duty Station: {LOC}
Category and Level: General Service and related, {GRADE}
Job Opening Number: {REF}
Posting Period: 18 December 2039 - 16 January 2040

*Org. Setting and Reporting*
{SETTING}

*Responsibilities*
{duties}

*Competencies*
{comp}

*Education*
{EDU}

*Work Experience*
{EXP_REQ[0]}
{EXP_DES[0]}
{EXP_DES[1]}

*Languages*
English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}

:eyes: 4  :raised_hands: 2

Jonas B.  10:51 AM
thanks! anyone know if the GGST slots in January are already full? I missed the 12 January session last time

Katrin Vogel  10:53 AM
no idea, but the test is a prerequisite so better book early
"""


def build():
    write(KEY + "-unjobs.html", page(), KEY)
    write(KEY + "-slack.txt", slack(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-01-16", salary=None, grade=GRADE,
             req={"en": ([EDU] + EXP_REQ + [LANG_REQ], EXP_DES + [LANG_DES])}, comp={"en": COMP})
