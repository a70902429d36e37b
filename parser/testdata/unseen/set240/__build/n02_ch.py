from common import *
REF = "CH-2037-044"; KEY = REF.lower()
T = "Ecology Technician – Wetland Monitoring"; O = "Conservation Halton"; LOC = "Burlington, ON"
SCH = "35 hours per week, Monday to Friday, with some early mornings in May and June"
ESS = ["Diploma or degree in ecology, environmental science, fish and wildlife technology or a related field",
       "Two seasons of field experience in wetland, vegetation or wildlife monitoring",
       "Ability to identify Ontario wetland plants and common breeding birds and amphibians by sight and sound",
       "Valid Class G driver's licence and a clean driving record",
       "Working knowledge of ArcGIS Pro or QGIS and of mobile data-collection apps"]
DES = ["Ontario Wetland Evaluation System (OWES) certification",
       "Ecological Land Classification (ELC) training",
       "Experience with the Marsh Monitoring Program protocols"]
COMP = [("Field safety", "you plan your day so that you and your partner come back safe, even in poor weather."),
        ("Accuracy", "you treat every data sheet as if it will be read in ten years."),
        ("Teamwork", "you share gear, vehicles and knowledge with a small crew.")]

li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Careers | {O}</title>
<style>body{{font-family:Verdana,sans-serif;font-size:14px;max-width:960px;margin:auto}}
.consent{{background:#123;color:#fff;padding:6px}} nav a{{margin-right:14px}}
table.summary{{border-collapse:collapse;margin:12px 0}} table.summary th{{text-align:left;background:#e9f2ea;padding:4px 10px}} table.summary td{{padding:4px 10px;border-bottom:1px solid #ddd}}
aside{{border-left:3px solid #5a8a3c;padding-left:12px;margin-top:24px;font-size:12px}}</style></head>
<body>
<div class="consent">We use cookies to understand how visitors use our parks and website. <button>Accept all</button> <button>Manage</button></div>
<header><strong>Conservation Halton</strong>
<nav><a href="#">Parks</a><a href="#">Watershed</a><a href="#">Education</a><a href="#">About</a><a href="#">Careers</a><a href="#">Donate</a></nav></header>
<p><a href="#">&larr; All current opportunities</a></p>
<h1>{T}</h1>
<p><em>Posted September 14, 2037 · Science and Partnerships · Contract</em></p>
<table class="summary">
<tr><th>Job posting</th><td>{REF}</td></tr>
<tr><th>Department</th><td>Science and Partnerships – Watershed Monitoring</td></tr>
<tr><th>Work location</th><td>{LOC} (Administration Office, 2596 Britannia Road West) and field sites across the watershed</td></tr>
<tr><th>Term</th><td>12-month contract with possibility of extension</td></tr>
<tr><th>Hours</th><td>{SCH}</td></tr>
<tr><th>Compensation</th><td>$32.57 – $37.09 per hour, plus 4% in lieu of benefits</td></tr>
<tr><th>Posting closes</th><td>October 9, 2037 at 4:30 p.m.</td></tr>
</table>
<h2>About us</h2>
<p>Conservation Halton protects the natural systems of a watershed that covers more than 1,000 square kilometres between the Niagara Escarpment and Lake Ontario. Our science team tracks the health of the wetlands, streams and forests that we manage, and shares its findings with municipalities and residents.</p>
<h2>The opportunity</h2>
<p>The Ecology Technician will support the long-term wetland monitoring program. Working in pairs, you will visit about forty permanent stations from April to October, collect vegetation, bird, amphibian and water-level data, and enter and check the data during the winter months. You will also help train volunteer monitors and prepare the annual watershed report card.</p>
<h2>Key responsibilities</h2>
<ol>
<li>Carry out vegetation plots, breeding-bird and calling-amphibian surveys following established protocols.</li>
<li>Install, maintain and download water-level loggers and rain gauges.</li>
<li>Enter, verify and map field data; flag anomalies for the Senior Ecologist.</li>
<li>Co-lead two volunteer training evenings in the spring.</li>
<li>Maintain field equipment, vehicles and safety logs.</li>
</ol>
<h2>What you bring</h2>
<ul>
{li(ESS)}
</ul>
<h3>Assets</h3>
<ul>
{li(DES)}
</ul>
<h2>How you work</h2>
<p><strong>{COMP[0][0]}:</strong> {COMP[0][1]}<br>
<strong>{COMP[1][0]}:</strong> {COMP[1][1]}<br>
<strong>{COMP[2][0]}:</strong> {COMP[2][1]}</p>
<h2>How to apply</h2>
<p>Submit your resume and cover letter through our careers portal, quoting posting {REF}. Interviews will be held during the week of October 19, 2037. A field skills test (plant identification) is part of the process.</p>
<p>Conservation Halton is an equal opportunity employer. Accommodation is available on request at every stage of the recruitment process.</p>
<aside><h3>Other opportunities</h3>
<ul><li>Park Attendant (seasonal) – Kelso – closes October 2, 2037 – $18.40 per hour</li>
<li>Planning Ecologist – Burlington – closes October 23, 2037 – $86,520 – $101,790 per year</li></ul></aside>
<footer><p>© 2037 Conservation Halton · Privacy · Accessibility · Land acknowledgement</p></footer>
</body></html>
"""
w(KEY + "-careers.html", html, KEY)

li_txt = f"""
Skip to main content
LinkedIn
Search   Home   My Network   Jobs   Messaging   Notifications   Me

{T}
Conservation Halton · Burlington, Ontario, Canada · 2 weeks ago · Over 100 applicants
Promoted by hirer · Responses managed off LinkedIn

$32.57/hr - $37.09/hr   Contract   On-site
Matches your job preferences, workplace type is On-site.

Apply   Save

Meet the hiring team
Priya N. · Talent Acquisition Specialist at Conservation Halton · Job poster

About the job

Job posting: {REF}
Location: {LOC} and field sites
Hours: {SCH}
Compensation: $32.57 – $37.09 per hour, plus 4% in lieu of benefits
Posting closes: October 9, 2037 at 4:30 p.m.

Conservation Halton protects the natural systems of a watershed that covers more than 1,000 square kilometres between the Niagara Escarpment and Lake Ontario.

The Ecology Technician will support the long-term wetland monitoring program. Working in pairs, you will visit about forty permanent stations from April to October, collect vegetation, bird, amphibian and water-level data, and enter and check the data during the winter months.

Key responsibilities
1. Carry out vegetation plots, breeding-bird and calling-amphibian surveys following established protocols.
2. Install, maintain and download water-level loggers and rain gauges.
3. Enter, verify and map field data; flag anomalies for the Senior Ecologist.
4. Co-lead two volunteer training evenings in the spring.
5. Maintain field equipment, vehicles and safety logs.

What you bring
""" + "\n".join("- " + x for x in ESS) + """

Assets
""" + "\n".join("- " + x for x in DES) + """

How you work
""" + "\n".join(f"{n}: {d}" for n, d in COMP) + f"""

Interviews will be held during the week of October 19, 2037.

…see less

Seniority level
Entry level
Employment type
Contract
Job function
Science
Industries
Environmental Services

Set alert for similar jobs
Ecology Technician, Burlington, Ontario, Canada

About the company
Conservation Halton
Environmental Services · 201-500 employees · 1,245 on LinkedIn

Similar jobs
Field Technician – Stream Restoration · Hamilton, ON · $29.80/hr · 3 days ago
Natural Heritage Intern · Oakville, ON · 1 week ago

About   Accessibility   Help Center   Privacy & Terms   LinkedIn Corporation © 2037
"""
w(KEY + "-linkedin.txt", li_txt, KEY)

expected(KEY, reference=REF, languages=["en"], title=T, organisation=O, location=LOC, schedule=SCH,
         deadline="2037-10-09", salary=sal("CAD", "hour", mn=32.57, mx=37.09),
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMP})
