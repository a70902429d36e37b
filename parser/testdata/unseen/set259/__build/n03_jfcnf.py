"""N3: Allied Joint Force Command Norfolk (en). The Command's careers page saved as HTML
(<dl> facts), its Chromium PDF and dump, and a US cleared-jobs board copy."""
from common import write, expected, sal, chromium_pdf, dump, add_row

REF = "JFCNF-CIV-39-017"
POST = "JFCNF CIS VTC 0020"
TITLE = "Technician (Video-Teleconference and Briefing Rooms)"
ORG = "Allied Joint Force Command Norfolk (JFCNF)"
LOC = "Norfolk, Virginia, United States"
SCH = "Full-time"
GRADE, CLR = "G10", "NATO SECRET"
DEADLINE = "Saturday, 7 May 2039, 23:59 (EDT)"
SALARY = "6,148.35 USD (tax free)"
ESS = [
    "Completed secondary education and a technical diploma in electronics, audio-visual engineering or a related field.",
    "At least three years of experience in installing, operating and maintaining video-teleconference or audio-visual systems.",
    "Experience in configuring digital signal processors, matrix switchers and room control systems.",
    "Valid driving licence for passenger cars.",
    "Language: English - SLP 3322 (Listening, Speaking, Reading and Writing).",
]
DES = [
    "Manufacturer certification for a conference or room control system.",
    "Experience in supporting exercises or high-level events in a military headquarters.",
    "Basic knowledge of IP networking and quality of service.",
]
COMP = [
    ("Personal Attributes", "Works carefully and calmly when events run to tight timelines and changes arrive at short notice."),
    ("Professional Contacts", "Works with staff of all divisions, visiting delegations and contractors to prepare briefings and conferences."),
    ("Contribution to Objectives", "Reliable briefing rooms and video links allow the Command to hold briefings, exercises and video-teleconferences without interruption."),
]
CONTEXT = ("Headquarters Allied Joint Force Command Norfolk plans and conducts operations across all domains in "
           "the North Atlantic. Its Communication and Information Systems (CIS) Directorate provides the "
           "services that the Command Group and the staff rely on every day, from networks to the briefing "
           "rooms where decisions are prepared.")
DUTIES = [
    "Operates the video-teleconference suites and briefing rooms of the Headquarters, including before and during exercises.",
    "Installs, tests and maintains displays, cameras, microphones, codecs and control panels.",
    "Diagnoses faults and carries out first-line repairs; raises and tracks tickets with contractors for the rest.",
    "Keeps the inventory and configuration records of all audio-visual equipment up to date.",
    "Trains staff officers in the correct use of the rooms.",
]
SPECIAL = "The incumbent may be required to work outside normal hours and to deploy for up to 30 days a year, including to other NATO locations."
REMARKS = [
    "Only nationals of NATO member states may apply. Applications must be made through the NATO Talent Acquisition Platform.",
    "Selected candidates will be invited to a practical test and an interview in Norfolk, provisionally in the week of 6 June 2039.",
    "Newly appointed staff will be offered a definite duration contract of three years.",
]


def html():
    ol = lambda xs: "\n".join(f"      <li>{x}</li>" for x in xs)
    comp = "\n".join(f"      <li><strong>{n}:</strong> {d}</li>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0061)https://jfcnf.nato.example/careers/vacancies/jfcnf-civ-39-017 -->
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Careers | JFC Norfolk</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; margin: 1.5em 2em; hyphens: manual; }}
nav ul {{ list-style: none; padding: 0; }} nav li {{ display: inline; margin-right: 1em; }}
.cookie {{ background: #eee; padding: .5em; font-size: 9pt; }}
dl {{ display: grid; grid-template-columns: 16em 1fr; border: 1px solid #999; padding: .5em; }}
dt {{ font-weight: bold; }} dd {{ margin: 0; }}
aside {{ border-top: 1px solid #999; margin-top: 2em; font-size: 9pt; }}
</style></head>
<body>
<div class="cookie">This site uses cookies to remember your preferences. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header><p><strong>ALLIED JOINT FORCE COMMAND NORFOLK</strong></p>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">About</a></li><li><a href="#">News</a></li><li><a href="#">Careers</a></li><li><a href="#">Contact</a></li></ul></nav>
<p><a href="#">Home</a> » <a href="#">Careers</a> » <a href="#">Civilian vacancies</a> » {REF}</p></header>
<main>
<h1>{TITLE}</h1>
<p><em>Published 16 April 2039</em></p>
<dl>
  <dt>Vacancy Number</dt><dd>{REF}</dd>
  <dt>Post Number</dt><dd>{POST}</dd>
  <dt>Job Title</dt><dd>{TITLE}</dd>
  <dt>NATO Grade</dt><dd>{GRADE}</dd>
  <dt>Organisation</dt><dd>{ORG}</dd>
  <dt>Location</dt><dd>{LOC}</dd>
  <dt>Schedule</dt><dd>{SCH}</dd>
  <dt>Security Clearance</dt><dd>{CLR}</dd>
  <dt>Basic Monthly Salary</dt><dd>{SALARY}</dd>
  <dt>Application Closing Date</dt><dd>{DEADLINE}</dd>
</dl>
<h2>Post Context</h2>
<p>{CONTEXT}</p>
<p>Reports to: Section Head, CIS Services.</p>
<h2>Principal Duties</h2>
<p>The incumbent's duties are:</p>
<ol type="a">
{ol(DUTIES)}
</ol>
<h2>Special Requirements and Additional Duties</h2>
<p>{SPECIAL}</p>
<h2>Essential Qualifications</h2>
<ol type="a">
{ol(ESS)}
</ol>
<h2>Desirable Qualifications</h2>
<ol type="a">
{ol(DES)}
</ol>
<h2>Attributes/Competencies</h2>
<ul>
{comp}
</ul>
<h2>Remarks</h2>
<ol type="a">
{ol(REMARKS)}
</ol>
</main>
<aside><h3>Other vacancies</h3>
<ul><li>Assistant (Travel and Visits) – closes 12 May 2039</li><li>Engineer (Network Operations) – closes 2 June 2039</li></ul></aside>
<footer><p>© Allied Joint Force Command Norfolk · Privacy · Accessibility</p></footer>
</body></html>
"""


def board():
    bl = lambda xs: "\n".join(f"• {x}" for x in xs)
    comp = "\n".join(f"• {n}: {d}" for n, d in COMP)
    return f"""ClearedCareers.example   Search jobs   Employers   Career advice   Sign in

{TITLE}
Allied Joint Force Command Norfolk (JFCNF)Norfolk, VA
Secret·Full-time·On-site·Posted 4 days ago
Easy Apply   Save

Job Details
Vacancy Number: {REF}
Post Number: {POST}
Organisation: {ORG}
Location: {LOC}
Schedule: {SCH}
NATO Grade: {GRADE}
Security Clearance: {CLR}
Basic Monthly Salary: {SALARY}
Application Closing Date: {DEADLINE}

Post Context
{CONTEXT}
Principal Duties
{bl(DUTIES)}
Special Requirements and Additional Duties
{SPECIAL}
Essential Qualifications
{bl(ESS)}
Desirable Qualifications
{bl(DES)}
Attributes/Competencies
{comp}
Remarks
{bl(REMARKS)}

Report this job

Similar cleared jobs near Norfolk, VA
AV Systems Technician · Tidewater Integration LLC · Virginia Beach, VA · $68,000 - $82,000 a year · TS/SCI
VTC Support Specialist · Harbor Point Defense · Chesapeake, VA · $31 - $38 an hour · Secret

© ClearedCareers · Terms · Privacy
"""


def build():
    name = f"{REF}-jfcnf.html"
    write(name, html(), REF)
    pdf = chromium_pdf(name)
    add_row(pdf, REF)
    add_row(dump(pdf), REF)
    write(f"{REF}-clearedcareers.txt", board(), REF)
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-05-07",
             sal(6148.35, "USD"), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}},
             {"en": COMP}, post=POST)
