from common import *

REF = "ENB-37-006"
TITLE = "GIS Analyst, Electoral Geography"
ORG = "Elections New Brunswick"
LOC = "Fredericton, New Brunswick"
SCHED = "Full-time, 36.25 hours per week"
ESS = ["A university degree in geography, geomatics or a related field.",
       "Two years of experience producing maps and spatial analyses with ArcGIS Pro or QGIS.",
       "Experience maintaining address or street-network databases."]
DES = ["Experience with boundary redistribution or electoral mapping.",
       "Knowledge of Python scripting for geoprocessing.",
       "Experience preparing material for public information campaigns."]
BEH = ["Concern for Order and Accuracy", "Effective Interactive Communication", "Client Service Orientation", "Teamwork and Cooperation"]
TECH = ["Spatial Data Analysis", "Cartographic Design"]


def build():
    k = expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2038-01-18",
                 sal("CAD", "fortnight", lo=2317, hi=2978), "6", None,
                 {"en": {"essential": ESS, "desirable": DES}}, {"en": [(n, "") for n in BEH + TECH]})
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} – Elections New Brunswick</title></head>
<body>
<div class="gov">New Brunswick · Nouveau-Brunswick <a href="#">Français</a></div>
<nav><a href="#">Home</a> <a href="#">Voters</a> <a href="#">Candidates</a> <a href="#">Work at an election</a> <a href="#">About us</a> <a href="#">Careers</a></nav>
<p class="alert">Returning office hiring for the 2038 municipal by-elections is handled separately; see "Work at an election".</p>
<main>
<p class="crumbs">Home › About us › Careers</p>
<h1>{TITLE}</h1>
<table class="competition">
<tr><th>Competition Number</th><td>{REF}</td></tr>
<tr><th>Organization</th><td>{ORG}</td></tr>
<tr><th>Unit</th><td>Electoral Geography and Information Services</td></tr>
<tr><th>Location</th><td>{LOC}</td></tr>
<tr><th>Employment type</th><td>Regular</td></tr>
<tr><th>Hours of work</th><td>{SCHED}</td></tr>
<tr><th>Pay Band</th><td>6</td></tr>
<tr><th>Salary</th><td>$2,317 to $2,978 bi-weekly</td></tr>
<tr><th>Closing Date</th><td>January 18, 2038</td></tr>
</table>
<p>{ORG} is the independent, non-partisan office that administers provincial, municipal and school district elections. We are looking for a GIS Analyst to maintain the province's electoral maps and the geographic data used to assign electors to polling divisions.</p>
<h2>Duties</h2>
<ul>
<li>Maintain polling division boundaries and the provincial street and address file;</li>
<li>Produce printed and web maps for returning officers, candidates and the public;</li>
<li>Analyze population and elector data to support boundary reviews;</li>
<li>Document procedures and train staff on geographic tools.</li>
</ul>
<h2>Qualifications</h2>
<p>Minimum requirements:</p>
<ul>
{li(ESS)}
</ul>
<p>The following would be considered assets:</p>
<ul>
{li(DES)}
</ul>
<p>Written and oral proficiency in English is required. Proficiency in French is an asset.</p>
<p>Behavioural Competencies:</p>
<ul>
{li(BEH)}
</ul>
<p>Technical Competencies:</p>
<ul>
{li(TECH)}
</ul>
<p>The successful candidate must provide a satisfactory criminal record check and sign an oath of political neutrality.</p>
<h2>How to apply</h2>
<p>Applicants are asked to submit a résumé through the e-Recruitment portal, quoting competition number {REF}, by January 18, 2038. Screening tests may be held during the week of January 25, 2038. We thank all applicants; only those selected for further consideration will be contacted.</p>
<p>We are an equal opportunity employer and offer a scent-reduced and smoke-free environment.</p>
</main>
<footer>Elections New Brunswick · 551 King Street, Fredericton · Date modified: 2037-12-17</footer>
</body></html>
"""
    write(k + "-enb.html", html, k)
    mail = f"""From: Kelsey Thibodeau <kelsey.t@unb-geo.example>
Sent: Tuesday, December 22, 2037 2:18 PM
To: geomatics-alumni@lists.example
Subject: FW: Job alert – {TITLE} ({REF})

Hi all – forwarding this one for our recent grads. Reminder that the alumni map-night is on Thursday, January 7, 2038.

Kelsey

________________________________
From: GNB e-Recruitment <no-reply@erecruit.example>
Sent: Friday, December 18, 2037 6:00 AM
Subject: Job alert: 1 new competition matches "GIS"

{TITLE.upper()}
{ORG}

Competition Number: {REF}
Unit: Electoral Geography and Information Services
Location: {LOC}
Employment type: Regular
Hours of work: {SCHED}
Pay Band: 6
Salary: $2,317 to $2,978 bi-weekly
Closing Date: January 18, 2038

{ORG} is the independent, non-partisan office that administers provincial, municipal and school district elections. The GIS Analyst maintains the electoral maps and the geographic data used to assign electors to polling divisions.

DUTIES
* maintain polling division boundaries and the provincial street and address file;
* produce printed and web maps;
* analyze population and elector data for boundary reviews;
* document procedures and train staff.

Minimum requirements:
{chr(10).join('* ' + x for x in ESS)}

The following would be considered assets:
{chr(10).join('* ' + x for x in DES)}

Written and oral proficiency in English is required. Proficiency in French is an asset.

Behavioural Competencies: {', '.join(BEH)}.
Technical Competencies: {', '.join(TECH)}.

A satisfactory criminal record check is required. Screening tests may be held the week of January 25, 2038.

Apply online: erecruit.example/{REF}
You are receiving this alert because you subscribed to "GIS". Unsubscribe | Manage alerts
"""
    write(k + "-jobalert.txt", mail, k)
