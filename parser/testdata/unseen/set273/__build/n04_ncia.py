from common import *
KEY = "471733"
T = "Senior Technician (Deployable Satellite Terminals) - CIS Support Unit Ramstein"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Germany-Ramstein"
SCH = "Full-time"
SUMMARY = """The NATO Communications and Information Agency (NCIA) delivers secure, coherent and interoperable communications and information systems to NATO and the Allies. The CIS Support Unit (CSU) Ramstein provides in-garrison and deployable CIS services to Allied Air Command and to the units located at Ramstein Air Base.

The Senior Technician is a member of the CSU's deployable communications team. He/she installs, operates and maintains the Unit's transportable satellite terminals and their crypto and network equipment, both at Ramstein and during exercises and deployments."""
ROLE = ["Installs, configures and tests transportable satellite ground terminals and associated baseband equipment",
 "Performs preventive and corrective maintenance and keeps the equipment logbooks up to date",
 "Deploys with the team for exercises and operations, for periods that may exceed 30 days",
 "Trains junior technicians and military personnel on the operation of the terminals",
 "Reports faults and configuration changes through the Agency's service management tool"]
ESS = ["Higher secondary education and a technical qualification in telecommunications or electronics;",
 "At least four years of experience in the installation and maintenance of satellite or radio communication systems;",
 "Experience with IP networking, routing and link encryption devices;",
 "Ability to work outdoors and to lift equipment of up to 25 kg;",
 "Valid driving licence for vehicles up to 3.5 tonnes;",
 "Language: English SLP 3322 (Listening, Speaking, Reading, Writing)."]
DES = ["Vendor certification on satellite terminals or modems;",
 "Previous deployment experience with NATO or national forces;",
 "Knowledge of ITIL service management processes."]
COMP = [("Technical Expertise", "keeps up to date with satellite communication technology;"),
 ("Problem Solving", "isolates faults methodically under time pressure;"),
 ("Teamwork", "shares knowledge and supports colleagues in the field;"),
 ("Customer Focus", "keeps users informed about the status of their service.")]
TERMS = """Contract: three-year definite duration contract, which may be renewed. Serving NATO staff members will be offered a contract in accordance with the NATO Civilian Personnel Regulations.
The basic monthly salary is 6,204.59 EUR, tax free, plus allowances based on eligibility.
The post requires a NATO SECRET security clearance; successful candidates who do not hold one must be able to obtain it.
Interviews are expected to take place in Ramstein in the second half of August 2040."""

def build():
    expected(KEY, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2040-07-09",
             sal(6204.59), "G12", "NS", {"en": (ESS, DES)}, {"en": COMP})
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0061)https://careers.ncia.example/vacancies/{KEY}-senior-technician -->
<html lang="en"><head><meta charset="utf-8">
<title>{T} | NCIA Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:24px 36px;hyphens:manual;color:#1b1b1b}}
.cookie{{background:#eef2f6;padding:6px 10px;font-size:9pt}}
nav ul{{list-style:none;padding:0;display:flex;gap:18px}}
.crumbs{{font-size:9pt;color:#555}}
table.facts{{border-collapse:collapse;margin:10px 0 16px}}
table.facts th{{text-align:left;padding:4px 14px 4px 0;vertical-align:top;width:190px}}
table.facts td{{padding:4px 0;vertical-align:top}}
h1{{font-size:16pt;color:#00427a}} h2{{font-size:12pt;color:#00427a;margin-top:16px}}
aside{{border-top:1px solid #ccc;margin-top:20px;font-size:9pt}}
footer{{font-size:8pt;color:#666;margin-top:18px}}
</style></head>
<body>
<div class="cookie">We use cookies to measure how this site is used. <a href="#">Accept</a> <a href="#">Reject</a> <a href="#">Settings</a></div>
<header><strong>NCIA</strong> NATO Communications and Information Agency
<nav><ul><li><a href="#">About us</a></li><li><a href="#">What we do</a></li><li><a href="#">Careers</a></li><li><a href="#">Business</a></li><li><a href="#">News</a></li></ul></nav></header>
<p class="crumbs">Home › Careers › Vacancies › {KEY}</p>
<main>
<h1>{T}</h1>
<p class="crumbs">Published 15 June 2040 · Vacancy {KEY}</p>
<table class="facts">
<tr><th>Vacancy number</th><td>{KEY}</td></tr>
<tr><th>NATO Body</th><td>{ORG}</td></tr>
<tr><th>Primary Location</th><td>{LOC}</td></tr>
<tr><th>Schedule</th><td>{SCH}</td></tr>
<tr><th>NATO Grade</th><td>G12</td></tr>
<tr><th>Clearance Level</th><td>NS</td></tr>
<tr><th>Salary (Pay Basis)</th><td>6,204.59 Euro (EUR) Monthly</td></tr>
<tr><th>Application Deadline</th><td>09-Jul-2040, 11:59:00 PM (CEST)</td></tr>
</table>
<h2>Summary</h2>
{"".join(f"<p>{p}</p>" for p in SUMMARY.split(chr(10)+chr(10)))}
<h2>Role</h2>
{html_ul(ROLE)}
<h2>Essential Qualifications / Experience</h2>
{html_ul(ESS)}
<h2>Desirable Qualifications / Experience</h2>
{html_ul(DES)}
<h2>Attributes/Competencies</h2>
{html_ul([f"<strong>{n}:</strong> {d}" for n, d in COMP])}
<h2>Terms and Conditions</h2>
{"".join(f"<p>{p}</p>" for p in TERMS.split(chr(10)))}
<p><a href="#">Apply on the NATO Talent Acquisition Platform</a></p>
</main>
<aside><h3>Other vacancies</h3>
<ul><li>Technician (Network Operations) – Germany-Uedem – closing 12 July 2040</li>
<li>Service Desk Assistant – Belgium-Mons – closing 3 July 2040</li>
<li>Engineer (Satellite Communications) – Netherlands-The Hague – closing 22 July 2040</li></ul></aside>
<footer>© NATO Communications and Information Agency · Privacy · Accessibility · Contact</footer>
</body></html>"""
    write(f"{KEY}-ncia.html", html, KEY)
    chromium(f"{KEY}-ncia.html", f"{KEY}-ncia.chromium.pdf")
    dump(f"{KEY}-ncia.chromium.pdf", KEY)
    li = f"""Skip to main content
LinkedIn
Home  My Network  Jobs  Messaging  Notifications  Me  For Business

{T}
NATO Communications and Information Agency (NCIA) · Ramstein-Miesenbach, Rhineland-Palatinate, Germany · 2 weeks ago · 61 applicants
On-site   Full-time
1,001-5,000 employees · IT Services and IT Consulting
See how you compare to 61 applicants. Try Premium for €0
Apply   Save

About the job
{T}-{KEY}
Primary Location

 {LOC}

NATO Body

 {ORG}

Schedule

 {SCH}

Application Deadline

 09-Jul-2040, 11:59:00 PM

Salary (Pay Basis)

 : 6,204.59Euro (EUR) Monthly

Grade

 NATO Grade G12

Clearance Level

 NS

Description

SUMMARY

{SUMMARY}

ROLE

{items(ROLE, '')}

ESSENTIAL QUALIFICATIONS / EXPERIENCE

{items(ESS, '')}

DESIRABLE QUALIFICATIONS / EXPERIENCE

{items(DES, '')}

ATTRIBUTES/COMPETENCIES

{comps(COMP)}

TERMS AND CONDITIONS

{TERMS}

Show less

Seniority level
Mid-Senior level
Employment type
Full-time
Job function
Information Technology
Industries
Armed Forces

Set alert for similar jobs
Senior Technician, Ramstein-Miesenbach

About the company
NATO Communications and Information Agency (NCIA)
118,402 followers   + Follow

Similar jobs
Satellite Communications Technician · Ramstein-Miesenbach · €58,000/yr - €66,000/yr · 1 week ago
Field Service Engineer SATCOM · Kaiserslautern · Be an early applicant · 3 days ago
Network Technician (m/w/d) · Landstuhl · 4 days ago"""
    write(f"{KEY}-linkedin.txt", li, KEY)
