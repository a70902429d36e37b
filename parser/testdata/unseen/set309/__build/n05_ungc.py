"""Notice 5: UN Global Compact Office, New York, P-3 - aggregator copies (Impactpool page, UNjobs-style listing)."""
from common import *

REF = "43-Programme Management-UNGC-580112-R-New York (X)"
KEY = "43-programme-management-ungc-580112-r-new-york-x"
TITLE = "Programme Management Officer (Ocean Stewardship)"
ORG = "United Nations Global Compact Office"
LOC = "NEW YORK"
GRADE = "P-3"
EDU = ("An advanced university degree (Master's degree or equivalent degree) in business administration, "
       "environmental management, marine science, sustainable development or a related area is required. A "
       "first-level university degree in combination with two additional years of qualifying experience may be "
       "accepted in lieu of the advanced university degree.")
EXP1 = ("A minimum of five years of progressively responsible experience in programme or project management, "
        "corporate sustainability or a related area is required.")
EXP2 = "Experience working with private sector companies on environmental or ocean-related commitments is required."
EXP3 = "Experience in designing multi-stakeholder action platforms is desirable."
EXP4 = "Experience within the United Nations system or a comparable international organization is desirable."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of another official United Nations language is desirable."
COMPS = [
    ("Professionalism", "Knowledge of corporate sustainability frameworks and of the ocean economy; ability to "
     "apply project management methods to partnership initiatives; shows pride in work and in achievements."),
    ("Planning and Organizing", "Develops clear goals that are consistent with agreed strategies; identifies "
     "priority activities and assignments; adjusts priorities as required; uses time efficiently."),
    ("Client Orientation", "Considers all those to whom services are provided to be clients and seeks to see "
     "things from their point of view; keeps clients informed of progress or setbacks in projects."),
]
DUTIES = [
    "Manages the Ocean Stewardship action platform, including its workplan, budget, partner agreements and reporting;",
    "Engages participating companies and their networks on target setting, disclosure and peer learning;",
    "Drafts knowledge products, guidance notes and speeches for senior management;",
    "Organizes working group meetings and side events, including at the UN Ocean Conference;",
    "Monitors the implementation of commitments and prepares progress reports for donors;",
    "Performs other related duties as required.",
]
SETTING = ("This position is located in the Programmes Unit of the United Nations Global Compact Office in New "
           "York. The incumbent reports to the Chief of the Programmes Unit.")
ASSESS = ("Evaluation of qualified candidates may include an assessment exercise, tentatively in the week of "
          "3 August 2043, which may be followed by a competency-based interview.")


def build():
    comp_html = "<br>".join("<strong>%s:</strong> %s" % c for c in COMPS)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Impactpool</title></head>
<body>
<div id="cookies">This website uses cookies. <a href="#">Read more</a> <button>Accept all</button> <button>Only necessary</button></div>
<nav>Impactpool | Jobs | Organizations | Career Advice | Fellowship | Sign in</nav>
<main>
<h1>{TITLE}</h1>
<p>New York (United States of America)</p>
<ul class="meta">
<li>Organization: UNGC - United Nations Global Compact</li>
<li>Location: New York (United States of America)</li>
<li>Grade: Mid level - P-3, International Professional - Internationally recruited position</li>
<li>Occupational Groups:
  <ul><li>Environment</li><li>Corporate Social Responsibility</li><li>Project and Programme Management</li></ul></li>
<li>Closing Date: 2043-07-14</li>
</ul>
<p><a href="#">Apply</a> · <a href="#">Save job</a> · <a href="#">Share</a></p>
<div class="description">
<p><strong>Job Opening Number:</strong> {REF}<br>
<strong>Department/Office:</strong> {ORG}<br>
<strong>Duty Station:</strong> {LOC}<br>
<strong>Category and Level:</strong> Professional and Higher Categories, {GRADE}<br>
<strong>Posting Period:</strong> 15 June 2043 - 14 July 2043</p>
<p>Org. Setting and Reporting</p>
<p>{SETTING}</p>
<p>Responsibilities</p>
<p>Within delegated authority, the Programme Management Officer will be responsible for the following duties:<br>
{"<br>".join("- " + d for d in DUTIES)}</p>
<p>Competencies</p>
<p>{comp_html}</p>
<p>Education</p>
<p>{EDU}</p>
<p>Work Experience</p>
<p>{EXP1} {EXP2} {EXP3} {EXP4}</p>
<p>Languages</p>
<p>English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}</p>
<p>Assessment</p>
<p>{ASSESS}</p>
<p>Special Notice</p>
<p>The United Nations Global Compact is a special initiative of the Secretary-General. Appointment is limited to the Global Compact Office.</p>
</div>
<h3>Similar jobs</h3>
<ul>
<li>Sustainability Officer, P-3 · UNEP · Nairobi · Closing date: 2043-07-09</li>
<li>Partnerships Officer, P-3 · UNDP · Istanbul · Closing date: 2043-07-21</li>
</ul>
</main>
<footer>Impactpool AB · This job was copied from the organization's career site. Always apply through the original posting.</footer>
</body></html>
"""
    write(KEY + "-impactpool.html", html, KEY)

    txt = f"""UNjobs  |  Home  |  Duty stations  |  Organizations  |  Jobs by email  |  Français
Home > New York > UNGC

{TITLE}
UNGC - United Nations Global Compact
New York
Closing date: Tuesday, 14 July 2043

{TITLE}, P3

Job Opening Number: {REF}
Job Code Title: PROGRAMME MANAGEMENT OFFICER
Department/Office: {ORG}
Duty Station: {LOC}
Category and Level: Professional and Higher Categories, {GRADE}
Posting Period: 15 June 2043 - 14 July 2043

Org. Setting and Reporting
{SETTING}

Responsibilities
Within delegated authority, the Programme Management Officer will be responsible for the following duties:
{chr(10).join(DUTIES)}

Competencies
{chr(10).join("%s: %s" % c for c in COMPS)}

Education
{EDU}

Work Experience
{EXP1} {EXP2}
{EXP3} {EXP4}

Languages
English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}

Assessment
{ASSESS}

No Fee
THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.

Date posted: 15 June 2043 | Views: 1,208

Related jobs
  Programme Management Officer, P-3, Bangkok - closing 12/07/2043
  Associate Partnerships Officer, P-2, Geneva - closing 24/07/2043
  Economic Affairs Officer, P-4, New York - closing 31/07/2043

UNjobs is not affiliated with the organizations whose vacancies it lists.
"""
    write(KEY + "-unjobs.txt", txt, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2043-07-14", None, GRADE,
             ([EDU, EXP1, EXP2, LANG_REQ], [EXP3, EXP4, LANG_DES]), COMPS)
