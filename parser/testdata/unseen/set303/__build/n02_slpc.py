from common import *
KEY = "231508"
REF = "231508"
T = "Supervisor, Heritage Carpentry and Building Maintenance"
O = "St. Lawrence Parks Commission"
LOC = "Morrisburg"
SCHED = "36.25 hours per week, including weekends from May to October"
MAND = ["Certificate of Qualification as a General Carpenter (403A) or equivalent trade certification",
        "Valid class G driver's licence"]
SKILLS = ["Knowledge of traditional building methods such as timber framing, lime mortar and wood shingle roofing",
          "Ability to read drawings and prepare material estimates for repair projects",
          "Experience in leading a crew of trades staff and seasonal workers",
          "Knowledge of the Occupational Health and Safety Act and its regulations for construction projects"]
NICE = ["Experience working on designated heritage buildings",
        "Training in conservation standards for historic places"]
DUTIES = ["plan and schedule the seasonal maintenance of some forty historic buildings and their outbuildings",
          "lead a team of carpenters, a painter and seasonal helpers, and assign daily work",
          "repair sills, windows, doors and fences using period techniques and materials",
          "track costs, order materials and keep maintenance records up to date",
          "inspect sites for hazards and make sure work follows health and safety rules"]

def ul(items):
    return "<ul>\n" + "\n".join(f"<li>{i}</li>" for i in items) + "\n</ul>"

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Ontario Public Service Careers</title></head>
<body>
<header><a href="#main">Skip to main content</a> | <a href="#">Français</a> | Ontario.ca | Search</header>
<nav>Home &gt; Careers &gt; Job search &gt; Job ad</nav>
<main id="main">
<p><a href="#">&lt; Back to search results</a></p>
<h1>{T}</h1>
<table>
<tr><th>Job ID</th><td>{REF}</td></tr>
<tr><th>Organization</th><td>{O}</td></tr>
<tr><th>Division</th><td>Heritage and Attractions</td></tr>
<tr><th>City</th><td>{LOC}</td></tr>
<tr><th>Position(s)</th><td>1 Permanent, {LOC}, Eastern Region</td></tr>
<tr><th>Job term</th><td>Permanent</td></tr>
<tr><th>Job code</th><td>7T005E - Trades Supervision 12</td></tr>
<tr><th>Salary</th><td>$1,386.55 - $1,654.20 Per Week*<br>*Indicates the salary listed as per the OPSEU Collective Agreement.</td></tr>
<tr><th>Posted on</th><td>Tuesday, December 16, 2042</td></tr>
<tr><th>Apply by</th><td>Tuesday, January 13, 2043 11:59 pm EST</td></tr>
</table>
<p><a href="#">Apply online</a> | <a href="#">Print</a> | <a href="#">Save</a></p>

<h2>About the job</h2>
<p>Do you enjoy working with your hands and leading a crew? Join the {O} as a trades supervisor at Upper Canada Village, where you will keep a collection of nineteenth-century buildings safe, sound and open to visitors.</p>
<h2>What you should know about this role</h2>
<p>Hours of work: {SCHED}. You may be required to respond to building emergencies outside regular hours. The site closes to the public in winter, when most restoration projects take place.</p>
<h2>What can I expect to do in this role?</h2>
<p>In this role, you will:</p>
{ul(DUTIES)}
<h2>How we support diversity, inclusion and accessibility</h2>
<p>We are committed to building a workforce that reflects the communities we serve. If you need disability-related accommodation, please contact us.</p>
<h2>What you bring to the team</h2>
<h3>Mandatory requirements</h3>
{ul(MAND)}
<h3>Trades knowledge and supervisory skills</h3>
{ul(SKILLS)}
<h3>Nice to have</h3>
{ul(NICE)}
<h2>Additional information</h2>
<p>Address:<br>1 Permanent, {LOC}, Eastern Region, Verification of work experience</p>
<p>Compensation group: Ontario Public Service Employees Union<br>
Schedule: 6<br>
Category: Skilled Trades<br>
Posted on: Tuesday, December 16, 2042</p>
<p>Note: Successful candidates will attend a practical trades assessment in Morrisburg during the week of January 26, 2043. The $350 annual tool allowance is paid under the collective agreement.</p>
<h2>How to apply</h2>
<ol>
<li>You must apply online by Tuesday, January 13, 2043 11:59 pm EST.</li>
<li>Your cover letter and resume combined should not exceed five pages.</li>
<li>Tailor your cover letter and resume to the qualifications listed on the job ad.</li>
</ol>
<aside>
<h2>Other jobs you may like</h2>
<ul>
<li>Seasonal Interpreter, Historic Programming - Morrisburg - Apply by Friday, February 20, 2043</li>
<li>Park Maintenance Worker - Cornwall - Apply by Monday, February 2, 2043</li>
</ul>
</aside>
</main>
<footer>Ontario.ca | Accessibility | Privacy | Terms of use | © King's Printer for Ontario, 2012-2042</footer>
</body></html>
"""

def ol(items):
    return "<ol>\n" + "\n".join(f"<li>{i}</li>" for i in items) + "\n</ol>"

WP = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 2cm 2cm 2.2cm; @bottom-left {{ content: "{O} · Job ID {REF}"; font-size: 8pt; color:#555 }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color:#555 }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10pt; }}
.mast {{ border-bottom: 2px solid #1a5632; font-variant: small-caps; font-size: 13pt; padding-bottom: 4px }}
.kick {{ letter-spacing: 3px; font-size: 9pt; color: #1a5632; margin-top: 10px }}
h1 {{ font-size: 15pt; margin: 4px 0 10px }}
table.f td {{ padding: 2px 10px 2px 0; vertical-align: top }}
table.f td:first-child {{ font-weight: bold; white-space: nowrap }}
h2 {{ font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #999; margin-top: 14px }}
</style></head><body>
<div class="mast">{O} — Upper Canada Village</div>
<div class="kick">JOB AD · OPEN COMPETITION</div>
<h1>{T}</h1>
<table class="f">
<tr><td>Job ID:</td><td>{REF}</td></tr>
<tr><td>Work location:</td><td>{LOC}</td></tr>
<tr><td>Hours of work:</td><td>{SCHED}</td></tr>
<tr><td>Salary:</td><td>$1,386.55 – $1,654.20 per week (OPSEU)</td></tr>
<tr><td>Closing date:</td><td>January 13, 2043, 11:59 p.m. EST</td></tr>
</table>
<h2>Your role</h2>
<p>As trades supervisor you keep the Village's historic buildings sound and safe for visitors and staff.</p>
{ol([d[0].upper() + d[1:] + "." for d in DUTIES])}
<h2>Qualifications</h2>
<p><b>Mandatory requirements</b></p>
{ul(MAND)}
<p><b>Knowledge and skills</b></p>
{ul(SKILLS)}
<p><i>Assets:</i></p>
{ul(NICE)}
<h2>How to apply</h2>
<p>Apply online at the Ontario Public Service careers site, quoting Job ID {REF}. Only applicants selected for the practical assessment (week of January 26, 2043) will be contacted. Accommodation is available on request at every stage.</p>
</body></html>
"""

def build():
    write(KEY + "-opscareers.html", HTML, KEY)
    weasy(KEY + "-jobad", WP, KEY)
    expected(KEY, REF, ["en"], T, O, LOC, SCHED, "2043-01-13", (None, 1386.55, 1654.20, "CAD", "week"),
             requirements={"en": (MAND + SKILLS, NICE)}, competencies={"en": []})
