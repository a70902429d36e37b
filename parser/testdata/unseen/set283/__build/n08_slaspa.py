from common import *

REF = "SLASPA/HR/VAC/41-12"
TITLE = "Airport Wildlife Hazard Management Officer"
ORG = "Saint Lucia Air and Sea Ports Authority (SLASPA)"
LOC = "Hewanorra International Airport, Vieux Fort, with duties at George F. L. Charles Airport as required"
SCHED = "Shift work on a rotating roster, including weekends and public holidays"
ESS = [
    "an Associate Degree in Natural Sciences, Environmental Studies or Agriculture;",
    "at least three years' experience in wildlife control, pest management or airfield operations;",
    "knowledge of ICAO guidance on wildlife hazard management at aerodromes;",
    "a valid Saint Lucia driver's licence;",
    "the ability to obtain an airside permit and a firearms licence.",
]
DES = ["Training in bird identification or ornithology.", "Experience with data recording on tablets or GIS."]
COMP = [("Situational awareness", "stays alert to aircraft movements at all times."),
        ("Communication", "reports hazards clearly to Air Traffic Control by radio."),
        ("Attention to detail", "records every strike and sighting accurately.")]
DUT = [
    "patrol runways, taxiways and aprons to detect and disperse birds and other animals",
    "operate pyrotechnic, acoustic and other dispersal equipment safely",
    "record wildlife sightings and strikes and prepare monthly hazard reports",
    "advise on habitat management around the aerodrome, including grass height and drainage",
    "liaise with the Ministry responsible for agriculture and with neighbouring landowners",
]

k = expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2041-05-07",
             {"min": 4150, "max": 5380, "currency": "XCD"}, "Grade 8", {"en": {"essential": ESS, "desirable": DES}},
             {"en": COMP})

fields = [("Vacancy Reference", REF), ("Position", TITLE), ("Employer", ORG), ("Division", "Airports Division – Airside Operations"),
          ("Location", LOC), ("Grade", "Grade 8"), ("Salary", "EC$4,150 – EC$5,380 per month (XCD)"), ("Hours of Work", SCHED),
          ("Closing Date", "Tuesday, May 7, 2041 at 4:00 p.m.")]
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy – {TITLE} | SLASPA</title>
<style>
body{{font-family:Georgia,serif;margin:0;color:#183042}}
.bar{{background:#00467f;color:#fff;padding:6px 30px;font-size:13px}}
nav{{padding:12px 30px;background:#e8f1f8}} nav a{{margin-right:16px}}
.page{{display:flex;gap:30px;padding:20px 30px}}
.main{{flex:3}} .side{{flex:1;font-size:13px;background:#f5f5f5;padding:12px}}
.field h4{{margin:10px 0 2px;font-size:12px;text-transform:uppercase;color:#6b7b88}} .field p{{margin:0}}
</style></head><body>
<div class="bar">Flight Information · Cruise Schedule · Port Tariffs · Careers · Contact</div>
<nav><a href="#">Home</a><a href="#">Airports</a><a href="#">Seaports</a><a href="#">Maritime Affairs</a><a href="#">Careers</a></nav>
<div class="page"><div class="main">
<p><small>Home › Careers › Current Vacancies</small></p>
<h1>Vacancy Notice</h1>
<p>Applications are invited from suitably qualified persons to fill the following position.</p>
{"".join(f'<div class="field"><h4>{a}</h4><p>{esc(b)}</p></div>' + chr(10) for a, b in fields)}
<h2>Job Purpose</h2>
<p>The Officer reduces the risk of collisions between aircraft and wildlife by managing the airfield environment
and by active dispersal, in line with the Authority's aerodrome manual.</p>
<h2>Key Duties</h2>
{ul(DUT)}
<h2>Qualifications and Experience</h2>
<p>Candidates must have:</p>
{ul([f"({c}) {esc(x)}" for c, x in zip("abcde", ESS)]).replace("<ul>", '<ul style="list-style:none">')}
<h2>Desirable</h2>
{ul([esc(x) for x in DES])}
<h2>Competencies</h2>
<p>{"<br>".join(f"<strong>{n}</strong> – {esc(d)}" for n, d in COMP)}</p>
<h2>How to Apply</h2>
<p>Submit an application letter, a résumé, copies of certificates and two references to the Human Resources Manager,
SLASPA Headquarters, Manoel Street, Castries (fictitious address), or by e-mail to careers@slaspa.example. Only
shortlisted applicants will be contacted; interviews are planned for the week of May 20, 2041.</p>
</div>
<div class="side"><b>Other vacancies</b><br>Port Police Constable (x4) – closes April 30, 2041<br>
Maritime Safety Inspector – closes May 17, 2041<br><br><b>Notice to mariners</b><br>Castries harbour dredging, April 25 – June 6, 2041.</div>
</div>
<footer style="padding:10px 30px;font-size:12px">© 2041 SLASPA (fictitious page for a test set)</footer>
</body></html>
"""
write("slaspa-hr-vac-41-12-slaspa.html", html, k)

board = f"""ISLANDJOBS LC   Find Jobs   Employers   Career Tips   Sign In   Register

Jobs in Saint Lucia > Aviation > {TITLE}

{TITLE}
{ORG}Vieux FortPosted: Apr 23, 2041Closing Date: May 7, 2041Salary: EC$4,150 - EC$5,380 / month

Job Type: Full-time   Category: Aviation / Environment   Experience: 3+ years   Education: Associate Degree

Reference: {REF}
Position: {TITLE}
Employer: {ORG}
Location: {LOC}
Grade: Grade 8
Hours of Work: {SCHED}
Salary: EC$4,150 - EC$5,380 per month (XCD)
Closing Date: 07/05/2041, 4:00 p.m.

Job Purpose
Reduce the risk of collisions between aircraft and wildlife by managing the airfield environment and by active
dispersal.

Key Duties
{chr(10).join("• " + x for x in DUT)}

Qualifications and Experience
{chr(10).join(f"({c}) {x}" for c, x in zip("abcde", ESS))}

Desirable
{chr(10).join("• " + x for x in DES)}

Competencies
{chr(10).join(f"• {n}: {d}" for n, d in COMP)}

How to Apply
Send letter, résumé, certificates and two references to careers@slaspa.example.

[ Apply Now ]   [ Save Job ]   [ Email to a friend ]

Similar Jobs
Ramp Agent – Vieux Fort – closes May 3, 2041 – EC$2,600 / month
Environmental Officer – Castries – closes May 24, 2041

© 2041 IslandJobs LC (fictitious board)
"""
write("slaspa-hr-vac-41-12-islandjobs.txt", board, k)
