"""UNDP (Nouakchott), NO-C, on the Oracle Cloud (Quantum) careers site: HTML and browser copy."""
from common import write, expected, comps

KEY = "41926"
REF = "41926"
TITLE = "Programme Analyst (Fisheries Governance)"
ORG = "United Nations Development Programme"
LOC = "Nouakchott, Mauritania"
BACK = (f"The {ORG} (UNDP) in Mauritania supports the Government in managing the country's marine resources for "
        "inclusive growth. A new programme with the Ministry of Fisheries aims to make licensing, catch reporting and "
        "revenue sharing more transparent.")
DUTIES = [
    "Coordinate the fisheries governance portfolio and prepare annual work plans and budgets with national partners",
    "Monitor project results and draft progress reports for the Government and donors",
    "Build partnerships with cooperatives of artisanal fishers, the private sector and research institutes",
    "Identify funding opportunities and contribute to resource mobilization proposals",
]
COMPS = [
    ("Achieve Results", "LEVEL 2: Sets clear goals for the team, checks progress and corrects course when needed."),
    ("Think Innovatively", "LEVEL 2: Proposes new ways of working and tests them with partners."),
    ("Learn Continuously", "LEVEL 2: Seeks feedback and shares lessons with colleagues."),
    ("Adapt with Agility", "LEVEL 2: Adjusts plans to changing priorities without losing sight of results."),
    ("Act with Determination", "LEVEL 2: Keeps working towards goals in the face of obstacles."),
    ("Engage and Partner", "LEVEL 2: Builds trust with national counterparts and colleagues of other agencies."),
    ("Enable Diversity and Inclusion", "LEVEL 2: Treats all people fairly and involves those who are often left out."),
]
ESS = [
    "Master's degree in fisheries science, natural resource management, economics, public policy or a related field.",
    "Minimum two years of relevant professional experience in programme management in the fisheries, environment or governance sectors.",
    "Experience in working with government ministries on programme implementation.",
    "Fluency in French and English is required.",
]
DES = [
    "Knowledge of results-based management and monitoring tools.",
    "Experience with donor-funded projects in West Africa.",
    "Knowledge of Arabic (Hassaniya) is desirable.",
]
FACTS = [("Job Identification", REF), ("Locations", LOC), ("Posting Date", "01/22/2037, 10:00 AM"),
         ("Apply Before", "02/26/2037, 04:59 AM"), ("Job Schedule", "Full time"), ("Agency", "UNDP"),
         ("Grade", "NOC"), ("Vacancy Type", "Fixed Term"), ("Practice Area", "Nature, Climate and Energy"),
         ("Bureau", "Regional Bureau for Arab States"), ("Contract Duration", "1 Year with Possibility for extension"),
         ("Education & Work Experience", "Master's Degree - 2 year(s) experience"),
         ("Required Languages", "French and English"), ("Vacancy Timeline", "5 Weeks"), ("Mobility required/no", "No")]


def page():
    facts = "".join(f'<div class="f"><span class="k">{k}</span><span class="v">{v}</span></div>' for k, v in FACTS)
    duties = "".join(f"<li>{d}</li>" for d in DUTIES)
    comp = "".join(f"<tr><td>{n}</td><td>{d}</td></tr>" for n, d in COMPS)
    ess = "".join(f"<li>{x}</li>" for x in ESS)
    des = "".join(f"<li>{x}</li>" for x in DES)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} - UNDP Careers</title>
<style>.f{{display:flex;gap:8px}} .k{{font-weight:600;min-width:220px}}</style></head>
<body>
<header><span>UNDP Careers</span> <a href="#">Search Jobs</a> <a href="#">Sign In</a></header>
<main>
<a href="#">‹ Back to jobs</a>
<h1>{TITLE}</h1>
<p>{LOC}</p>
<button>Apply Now</button> <button>Share</button>
<section class="facts">{facts}</section>
<section class="desc"><h2>Job Description</h2>
<h3>Background</h3><p>{BACK}</p>
<p>UNDP is committed to achieving workforce diversity. This is a national position open to nationals of Mauritania only.</p>
<h3>Duties and Responsibilities</h3><ul>{duties}</ul>
<h3>Competencies</h3>
<table><tr><th>Core</th><th></th></tr>{comp}</table>
<h3>Required Skills and Experience</h3>
<p><b>Min. Education requirements and years of relevant work experience, required skills and languages</b></p>
<ul>{ess}</ul>
<p><b>Desired skills in addition to the competencies covered in the Competencies section</b></p>
<ul>{des}</ul>
<h3>Disclaimer</h3><p>Applicants may be asked to sit a written test; tests for this vacancy are planned for 9 March 2037.
UNDP does not charge a fee at any stage of the recruitment process.</p>
</section>
</main>
<footer>Privacy Statement · Cookie Preferences · © 2037</footer>
</body></html>
"""


def browser():
    facts = "\n".join(f"{k}\n{v}" for k, v in FACTS)
    duties = "\n".join(DUTIES)
    comp = "\n".join(f"{n}\t{d}" for n, d in COMPS)
    return f"""UNDP Careers  Search Jobs  Sign In
‹ Back to jobs
{TITLE}
{LOC}
Apply Now  Share
{facts}
Job Description
Background
{BACK}
UNDP is committed to achieving workforce diversity. This is a national position open to nationals of Mauritania only.
Duties and Responsibilities
{duties}
Competencies
Core
{comp}
Required Skills and Experience
Min. Education requirements and years of relevant work experience, required skills and languages
{chr(10).join(ESS)}
Desired skills in addition to the competencies covered in the Competencies section
{chr(10).join(DES)}
Disclaimer
Applicants may be asked to sit a written test; tests for this vacancy are planned for 9 March 2037. UNDP does not charge a fee at any stage of the recruitment process.
Privacy Statement · Cookie Preferences · © 2037
"""


def build():
    write(KEY + "-quantum.html", page(), KEY)
    write(KEY + "-quantum-browser.txt", browser(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2037-02-26", schedule="Full time", grade="NOC",
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": comps(COMPS)})
