from common import *

REF = "37-Transportation-UNTSO-342015-R-Jerusalem (X)"
KEY = "37-transportation-untso-342015-r-jerusalem-x"
TITLE = "Transport Assistant (Fleet Management)"
ORG = "United Nations Truce Supervision Organization"
LOC = "JERUSALEM"
LEVEL = "General Service and related, G-5"
GRADE = "G-5"
SETTING = ("This position is located in the Transport Unit of the Mission Support Section of the United Nations Truce "
           "Supervision Organization (UNTSO) at Government House, Jerusalem. The incumbent reports to the Transport Officer.")
DUTIES = ["Maintains the fleet database, records vehicle movements, fuel consumption and mileage, and prepares monthly fleet reports",
          "Schedules preventive maintenance and follows up on repairs with workshops and vendors",
          "Issues driving permits after testing and keeps the records of driver training",
          "Processes accident reports and liaises with insurers and the Security Section",
          "Assists in the write-off and disposal of vehicles in line with property management rules"]
COMPS = [("Professionalism", "Shows pride in work and in achievements; is conscientious and efficient in meeting commitments, observing deadlines and achieving results."),
         ("Planning and Organizing", "Plans the fleet schedule in advance, sets priorities and allows for contingencies."),
         ("Client Orientation", "Considers all those to whom services are provided to be clients; keeps clients informed of delays.")]
EDU = ("High school diploma or equivalent is required. A valid driving licence for light and heavy vehicles is required.")
WORK_R = "A minimum of five years of experience in transport, fleet management, logistics or a related area is required."
WORK_D = "Experience with a fleet management software or an enterprise resource planning system is desirable."
WORK_D2 = "Experience in a United Nations peacekeeping or special political mission is desirable."
L_R = "For this position, fluency in English is required."
L_D = "Knowledge of Arabic or Hebrew is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
ESS = [EDU, WORK_R, L_R]
DES = [WORK_D, WORK_D2, L_D]


def build():
    duties = "".join("<li>%s</li>" % esc(d) for d in DUTIES)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)}, G5 - Israel | ReliefWeb</title></head>
<body>
<div class="cookie">ReliefWeb uses cookies to improve your experience. <a href="#">Accept</a> <a href="#">Privacy policy</a></div>
<nav><a href="#">ReliefWeb</a> <a href="#">Updates</a> <a href="#">Countries</a> <a href="#">Disasters</a> <a href="#">Organizations</a> <a href="#">Topics</a> <a href="#">Jobs</a> <a href="#">Training</a></nav>
<main>
<p class="kicker">JOB</p>
<h1>{esc(TITLE)}, G5</h1>
<dl>
<dt>Organization</dt><dd>UN Truce Supervision Organization</dd>
<dt>Posted</dt><dd>13 Aug 2037</dd>
<dt>Closing date</dt><dd>11 Sep 2037</dd>
<dt>Country</dt><dd>Israel</dd>
<dt>City</dt><dd>Jerusalem</dd>
<dt>Type</dt><dd>Job</dd>
<dt>Career category</dt><dd>Logistics/Procurement</dd>
<dt>Years of experience</dt><dd>5-9 years</dd>
</dl>
<section>
<p><strong>Job Opening Number:</strong> {esc(REF)}<br>
<strong>Department/Office:</strong> {ORG}<br>
<strong>Duty Station:</strong> {LOC}<br>
<strong>Category and Level:</strong> {LEVEL}<br>
<strong>Posting Period:</strong> 13 August 2037 - 11 September 2037</p>
<p><em>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</em></p>
<h3>Org. Setting and Reporting</h3><p>{esc(SETTING)}</p>
<h3>Responsibilities</h3><p>Within delegated authority, the Transport Assistant will be responsible for the following duties:</p><ul>{duties}</ul>
<h3>Competencies</h3>{comps_html(COMPS)}
<h3>Education</h3><p>{esc(EDU)}</p>
<h3>Work Experience</h3><p>{esc(WORK_R)} {esc(WORK_D)} {esc(WORK_D2)}</p>
<h3>Languages</h3><p>{LANG_CTX} {esc(L_R)} {esc(L_D)}</p>
<h3>Assessment</h3><p>Evaluation of qualified candidates may include a practical test in the week of 28 September 2037, followed by a competency-based interview.</p>
<h3>How to apply</h3><p>Apply through the United Nations careers portal, quoting the job opening number.</p>
</section>
<aside><h2>Related jobs</h2><ul><li>Supply Assistant, G5 – Beirut – closing 03 Sep 2037</li><li>Driver, G3 – Damascus – closing 15 Sep 2037</li></ul></aside>
</main>
<footer>ReliefWeb is a service provided by the United Nations Office for the Coordination of Humanitarian Affairs.</footer>
</body></html>
"""
    write(KEY + "-reliefweb.html", page, KEY)
    t = f"""impactpool
Jobs  Organizations  Career Development  Insights  Log in  Sign up

{TITLE}
Jerusalem (Israel)

Organization: UNTSO - {ORG}
Grade: G-5 - General Service
Occupational Groups:
  Logistics
  Transportation
Closing Date: 2037-09-11

Job Opening Number: {REF}
Department/Office: {ORG}
Duty Station: {LOC}
Category and Level: {LEVEL}
Posting Period: 13 August 2037 - 11 September 2037

Org. Setting and Reporting
{SETTING}

Responsibilities
""" + "\n".join(DUTIES) + "\n\nCompetencies\n" + "\n".join("%s: %s" % c for c in COMPS) + f"""

Education
{EDU}

Work Experience
{WORK_R}
{WORK_D}
{WORK_D2}

Languages
{LANG_CTX} {L_R} {L_D}

Assessment
Evaluation of qualified candidates may include a practical test in the week of 28 September 2037.

This job has expired?  Report it

Similar jobs
Logistics Assistant, G5  UNDOF  Camp Faouar  Closing 2037-09-05
Fleet Officer, P3  UNIFIL  Naqoura  Closing 2037-09-19

Sign up for job alerts · © impactpool
"""
    write(KEY + "-impactpool-browser.txt", t, KEY)
    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2037-09-11", None, GRADE,
             {"essential": ESS, "desirable": DES}, comps_list(COMPS))
