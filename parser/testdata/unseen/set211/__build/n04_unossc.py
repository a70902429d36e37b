from common import write, expected, esc

KEY = "32917"
REF = "32917"
TITLE = "Programme Specialist (South-South Knowledge Exchange)"
ORG = "United Nations Office for South-South Cooperation"
LOC = "New York, United States"
GRADE = "P4"
SCHED = "Full time"

SIDE = [
    ("Job Identification", REF),
    ("Locations", LOC),
    ("Posting Date", "04/18/2035, 10:00 AM"),
    ("Apply Before", "05/10/2035, 11:59 PM"),
    ("Job Schedule", SCHED),
    ("Agency", "UNOSSC"),
    ("Grade", GRADE),
    ("Vacancy Type", "Fixed Term"),
    ("Practice Area", "Partnerships"),
    ("Bureau", "UNOSSC"),
    ("Contract Duration", "1 Year with Possibility for extension"),
    ("Education & Work Experience", "Master's Degree - 7 year(s) experience OR Bachelor's Degree - 9 year(s) experience"),
    ("Required Languages", "English"),
    ("Desired Languages", "Spanish, French"),
    ("Vacancy Timeline", "3 Weeks"),
    ("Mobility required/no mobility", "no mobility required"),
]
BACKGROUND = ("The United Nations Office for South-South Cooperation was established to promote, coordinate and support "
              "South-South and triangular cooperation on a global and United Nations system-wide basis. It is hosted "
              "by UNDP and reports to the High-level Committee on South-South Cooperation. The Office runs an online "
              "knowledge platform and a series of solution exchanges through which countries of the South share "
              "policies and practices that have worked.")
DUTIES = [
    ("Knowledge exchange programme", "Manages the annual cycle of solution exchanges, from the call for solutions to the peer-learning visits and the follow-up grants."),
    ("Platform and content", "Oversees the editorial line of the knowledge platform, commissions case studies and keeps the catalogue of solutions current and searchable."),
    ("Partnerships", "Negotiates cost-sharing agreements with host governments, regional organizations and foundations, and reports to them on results."),
    ("Monitoring and learning", "Designs the results framework of the programme, tracks uptake of the solutions exchanged and prepares the annual learning report."),
]
INST = "The Programme Specialist reports to the Chief of the Knowledge Management Unit and supervises two Programme Analysts and one Programme Associate."
CORE = ["Achieve Results", "Think Innovatively", "Learn Continuously", "Adapt with Agility",
        "Act with Determination", "Engage and Partner", "Enable Diversity and Inclusion"]
EDU = "Advanced university degree (master's degree or equivalent) in development studies, international relations, economics, knowledge management or a related field is required."
EDU_ALT = "A first-level university degree (bachelor's degree) in the areas above in combination with an additional two years of qualifying experience will be given due consideration in lieu of the advanced university degree."
EXPER = "Minimum of seven years (with master's degree) or nine years (with bachelor's degree) of progressively responsible experience in international development, of which at least three years in knowledge management or peer-learning programmes, is required."
REQ_SKILLS = [
    "Experience in managing multi-country programmes with government counterparts.",
    "Experience in editorial management of an online knowledge platform.",
]
DESIRED = [
    "Experience in South-South or triangular cooperation initiatives.",
    "Experience in working in a UN agency or another international organization.",
    "Knowledge of results-based monitoring tools.",
]
LANG_REQ = "Fluency in English is required."
LANG_DES = "Working knowledge of Spanish or French is desirable."
ESS = [EDU, EDU_ALT, EXPER] + REQ_SKILLS + [LANG_REQ]
DES = DESIRED + [LANG_DES]
DISCL = ("UNDP and its hosted entities do not charge a fee at any stage of the recruitment process. Applicants may be "
         "asked to take a written assessment, tentatively planned for the first half of June 2035.")


def html():
    side = "\n".join(f'<li class="meta"><span class="lbl">{esc(l)}</span><span class="val">{esc(v)}</span></li>' for l, v in SIDE)
    duties = "\n".join(f"<p><b>{esc(h)}</b></p><ul><li>{esc(t)}</li></ul>" for h, t in DUTIES)
    core = "\n".join(f"<tr><td>{esc(c)}</td><td>LEVEL 3</td></tr>" for c in CORE)
    req = "\n".join(f"<li>{esc(r)}</li>" for r in REQ_SKILLS)
    des = "\n".join(f"<li>{esc(r)}</li>" for r in DESIRED)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} - UNDP Careers</title>
<style>
body {{ font-family: "Oracle Sans", "Liberation Sans", sans-serif; margin: 0; font-size: 10pt; }}
.bar {{ display: flex; justify-content: space-between; padding: 10px 20px; border-bottom: 1px solid #ddd; }}
.job {{ display: flex; gap: 30px; padding: 16px 20px; }}
.meta-col {{ flex: 1; list-style: none; padding: 0; }}
.meta {{ margin-bottom: 8px; }}
.lbl {{ display: block; color: #6f6f6f; font-size: 9pt; }}
.val {{ display: block; }}
.desc {{ flex: 3; }}
</style></head><body>
<div class="bar"><span>UNDP Careers</span><span>Sign In · English</span></div>
<div style="padding:8px 20px"><a href="#">‹ Back to search results</a></div>
<h1 style="padding:0 20px">{esc(TITLE)}</h1>
<p style="padding:0 20px">{esc(LOC)}</p>
<p style="padding:0 20px"><button>Apply Now</button> <button>Share</button></p>
<div class="job">
<ul class="meta-col">
{side}
</ul>
<div class="desc">
<h2>Job Description</h2>
<p><b>Background</b></p>
<p>{esc(BACKGROUND)}</p>
<p>UNDP is committed to achieving workforce diversity. Women, persons with disabilities and nationals of non-represented member states are encouraged to apply.</p>
<p><b>Duties and Responsibilities</b></p>
{duties}
<p><b>Institutional Arrangement</b></p>
<p>{esc(INST)}</p>
<p><b>Competencies</b></p>
<table><tr><th>Core</th><th></th></tr>
{core}
</table>
<p><b>Required Skills and Experience</b></p>
<p><b>Education:</b></p>
<ul><li>{esc(EDU)}</li><li>{esc(EDU_ALT)}</li></ul>
<p><b>Experience:</b></p>
<ul><li>{esc(EXPER)}</li></ul>
<p><b>Required skills:</b></p>
<ul>
{req}
</ul>
<p><b>Desired skills in addition to the competencies covered in the Competencies section:</b></p>
<ul>
{des}
</ul>
<p><b>Required Language(s):</b></p>
<ul><li>{esc(LANG_REQ)}</li><li>{esc(LANG_DES)}</li></ul>
<p><b>Disclaimer</b></p>
<p>{esc(DISCL)}</p>
</div>
</div>
<div style="padding:10px 20px;font-size:8.5pt;color:#666">Similar Jobs: Partnerships Specialist – Panama City – Apply Before 05/02/2035 · Knowledge Management Analyst – Bangkok – Apply Before 05/24/2035<br>© Oracle · Privacy · Cookie preferences</div>
</body></html>
"""


def browser():
    L = ["UNDP Careers", "Sign In", "English", "", "‹ Back to search results", "", TITLE, LOC, "", "Apply Now", "Share", ""]
    for l, v in SIDE:
        L += [l, v, ""]
    L += ["Job Description", "Background", BACKGROUND,
          "UNDP is committed to achieving workforce diversity. Women, persons with disabilities and nationals of non-represented member states are encouraged to apply.",
          "", "Duties and Responsibilities"]
    for h, t in DUTIES:
        L += [h, t]
    L += ["", "Institutional Arrangement", INST, "", "Competencies", "Core", ""]
    for c in CORE:
        L += [c, "LEVEL 3"]
    L += ["", "Required Skills and Experience", "Education:", EDU, EDU_ALT, "Experience:", EXPER, "Required skills:"]
    L += REQ_SKILLS + ["Desired skills in addition to the competencies covered in the Competencies section:"] + DESIRED
    L += ["Required Language(s):", LANG_REQ, LANG_DES, "", "Disclaimer", DISCL, "", "Similar Jobs",
          "Partnerships Specialist", "Panama City, Panama", "Apply Before 05/02/2035", "",
          "Knowledge Management Analyst", "Bangkok, Thailand", "Apply Before 05/24/2035", "",
          "Privacy", "Cookie preferences", ""]
    return "\n".join(L)


def build():
    write(KEY + "-undp-oracle.html", html(), KEY)
    write(KEY + "-undp-oracle-browser.txt", browser(), KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en"],
        "title": {"en": TITLE}, "organisation": {"en": ORG}, "location": {"en": LOC},
        "schedule": {"en": SCHED}, "deadline": "2035-05-10", "salary": None, "grade": GRADE, "clearance": None,
        "requirements": {"en": {"essential": ESS, "desirable": DES}},
        "competencies": {"en": [{"name": c, "description": ""} for c in CORE]},
    })
