from common import *

KEY = "req-2035-18842"
REF = "REQ-2035-18842"
TITLE = "Vessel Performance Data Analyst"
ORG = "CMA CGM"
LOC = "Marseille, France"
SCHED = "Full-time"
ESS = [
    "Master's degree in data science, naval architecture, marine engineering or applied mathematics",
    "2+ years of experience analysing sensor or operational data, ideally in shipping, aviation or energy",
    "Strong skills in Python (pandas, scikit-learn) and SQL",
    "Ability to present technical findings clearly to non-specialist audiences",
    "Fluent English; French is a plus but not required",
]
DES = [
    "Knowledge of hull fouling, trim optimisation or engine performance models",
    "Experience with Azure Databricks or a similar cloud data platform",
    "Familiarity with IMO regulations on carbon intensity (CII, EEXI)",
]
SOFT = ["Curiosity", "Rigour", "Team player", "Sense of ownership"]
E = dict(reference=REF, post_number=None, languages=["en"], title={"en": TITLE, "fr": None},
         organisation={"en": ORG, "fr": None}, location={"en": LOC, "fr": None},
         schedule={"en": SCHED, "fr": None}, deadline="2035-09-21",
         salary=salary(None, 49000, 58500, "EUR", "year"), grade=None, clearance=None,
         requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
         competencies={"en": [{"name": s, "description": ""} for s in SOFT], "fr": None})

ABOUT = ("A global player in sea, land, air and logistics solutions, the CMA CGM Group serves more than 420 ports "
         "around the world with a fleet of over 650 vessels. From our head office tower in Marseille, the Fleet "
         "Performance Centre monitors every ship in real time to cut fuel consumption and emissions.")
MISS = [
    "Build and maintain dashboards tracking speed, consumption and emissions for each vessel",
    "Develop models that estimate the effect of hull cleaning, propeller polishing and trim on fuel use",
    "Work with ship managers and the Fleet Performance Centre to turn findings into operational advice",
    "Check data quality from onboard sensors and noon reports, and flag anomalies",
    "Contribute to the Group's reporting on carbon intensity indicators",
]
SAL = "€49,000 – €58,500 gross per year"


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | {ORG} Careers</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header{{background:#04246a;color:#fff;padding:10px 20px}} .wrap{{display:flex;gap:30px;padding:20px}} .main{{flex:3}} aside{{flex:1;background:#f3f5f9;padding:14px}} .chips span{{background:#e3e8f2;border-radius:10px;padding:2px 8px;margin-right:6px;font-size:.85em}} .sum dt{{font-weight:bold;margin-top:8px}} .sum dd{{margin:0}}</style>
</head><body>
<div class="cookies" role="dialog">We use cookies to measure audience and improve your experience. <button>Accept all</button> <button>Refuse</button> <a href="#">Customise</a></div>
<header><strong>{ORG}</strong> &nbsp; Careers &nbsp;|&nbsp; Our jobs &nbsp;|&nbsp; Life at {ORG} &nbsp;|&nbsp; Students &amp; graduates &nbsp;|&nbsp; <a style="color:#fff" href="#">FR</a> / EN</header>
<div class="wrap">
<div class="main">
<p><a href="#">← Back to search results</a></p>
<h1>{TITLE}</h1>
<p class="chips"><span>{LOC}</span><span>Permanent contract</span><span>{SCHED}</span><span>Shipping operations</span><span>Hybrid</span></p>
<p><a href="#" class="apply">I'm interested</a></p>
<h2>About us</h2>
<p>{ABOUT}</p>
<h2>Your role</h2>
<p>Within the Fleet Performance Centre (Ship Management division), you will turn the data collected on board our vessels into concrete fuel-saving and decarbonisation actions.</p>
<ul>{ul(MISS)}</ul>
<h2>Your profile</h2>
<ul>{ul(ESS)}</ul>
<h2>Nice to have</h2>
<ul>{ul(DES)}</ul>
<h2>Soft skills</h2>
<ul>{ul(SOFT)}</ul>
<h2>What we offer</h2>
<p>{SAL}, plus profit-sharing, a 13th month, meal vouchers, subsidised company restaurant and gym in the tower, up to two days of remote work per week and relocation support for candidates moving to Marseille.</p>
<p>Our recruitment process: a call with a recruiter, a technical case study to be presented during the week of October 1, 2035, then a final interview with the Head of Fleet Performance. We aim to fill the position by November 2035.</p>
<p><em>{ORG} is committed to diversity and inclusion; all qualified applicants will receive consideration without regard to origin, gender, age or disability.</em></p>
</div>
<aside>
<h3>Job summary</h3>
<dl class="sum">
<dt>Job reference</dt><dd>{REF}</dd>
<dt>Company</dt><dd>{ORG}</dd>
<dt>Location</dt><dd>{LOC}</dd>
<dt>Contract type</dt><dd>Permanent (CDI)</dd>
<dt>Working time</dt><dd>{SCHED}</dd>
<dt>Salary range</dt><dd>{SAL}</dd>
<dt>Posted</dt><dd>August 24, 2035</dd>
<dt>Application deadline</dt><dd>September 21, 2035</dd>
</dl>
<h3>Similar jobs</h3>
<p>Fleet Energy Efficiency Engineer – Marseille – posted Aug 30, 2035<br>
Data Engineer, Terminals – Le Havre – posted Aug 12, 2035<br>
Bunker Analyst – Marseille – apply by Sep 28, 2035</p>
</aside>
</div>
<footer>© 2035 {ORG} · Legal notice · Privacy · Cookies settings</footer>
</body></html>
"""


def board():
    return f"""Skip to main content
Jobs
Search jobs
{TITLE}
{ORG} · {LOC} (Hybrid)  ·  Reposted 4 days ago  ·  Over 100 applicants
{SAL}  Full-timeMid-Senior level
Promoted by hirer · Responses managed off the board
Apply
Save
{TITLE}{ORG}Marseille, France · Hybrid
About the job
Reference: {REF}
Apply before September 21, 2035.
About us{ABOUT}
Your roleWithin the Fleet Performance Centre (Ship Management division), you will turn the data collected on board our vessels into concrete fuel-saving and decarbonisation actions. {' '.join(m + '.' for m in MISS)}
Your profile
{chr(10).join(ESS)}
Nice to have
{chr(10).join(DES)}
Soft skills{', '.join(SOFT)}
What we offer{SAL}, plus profit-sharing, a 13th month, remote work up to two days per week and relocation support.
Show less
Set alert for similar jobs
Data Analyst, Marseille
About the company
{ORG}
1,204,312 followers
Follow
Transportation, Logistics, Supply Chain and Storage 10,001+ employees
People also viewed
Marine Data ScientistA shipping company · Genoa, Italy€55K/yr - €65K/yr3 weeks ago
Performance Engineer – Vessel OptimisationA ship management firm · Hamburg, Germany1 week ago
Fuel Efficiency Analyst (M/F)A ferry operator · Toulon, France€42K/yr - €48K/yrApply by Sep 25, 2035
"""


def build():
    expected(KEY, E)
    write(KEY + "-cmacgm.html", html(), KEY)
    write(KEY + "-jobboard.txt", board(), KEY)
