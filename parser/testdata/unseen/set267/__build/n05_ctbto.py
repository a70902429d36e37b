from common import *

REF = "2039/IMS/0187"
KEY = "2039-ims-0187"
TITLE = "Network Operations Engineer (Waveform Stations)"
ORG = "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization"
LOC = "Vienna, Austria"
GRADE = "P-3"
SAL = "USD 76,283"
ESS = [
    "Advanced university degree in electrical or telecommunications engineering, geophysics, computer science or a related field; a first-level degree with two additional years of qualifying experience may be accepted in lieu.",
    "At least five years of experience in the operation and maintenance of geophysical or environmental monitoring networks.",
    "Practical experience with data acquisition systems, digitizers and satellite or terrestrial communications links.",
    "Fluency in English.",
]
DES = [
    "Experience in the installation of seismic, hydroacoustic or infrasound equipment at remote sites.",
    "Knowledge of scripting languages for station monitoring (Python or similar).",
    "Knowledge of another official language of the United Nations.",
]
COMP = [
    ("Technical Competence", "Applies technical knowledge to diagnose station outages and restore data availability quickly."),
    ("Teamwork", "Works collaboratively with station operators, contractors and colleagues across Divisions."),
    ("Planning and Organizing", "Sets priorities, anticipates risks and adjusts plans for field missions and maintenance cycles."),
]
DUTIES = [
    "Monitors the state of health of assigned waveform stations and coordinates corrective maintenance with station operators.",
    "Analyses recurring failures and proposes engineering solutions to improve data availability.",
    "Plans and participates in station visits, revalidation tests and equipment upgrades.",
    "Maintains station documentation and contributes to operational manuals and training material.",
    "Performs other duties as assigned.",
]
CONTEXT = ("The Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization is building up the "
           "verification regime of the Treaty. The International Monitoring System Division operates a global network "
           "of seismic, hydroacoustic, infrasound and radionuclide stations.")


def page():
    comp = "\n".join("<li><b>%s:</b> %s</li>" % c for c in COMP)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} Job Details | CTBTO Preparatory Commission</title>
<style>body{{font-family:Arial,sans-serif;font-size:14px;margin:0}} .cookie{{background:#333;color:#fff;padding:8px}}
header{{padding:10px 20px;border-bottom:1px solid #ddd}} .jobTitle{{font-size:24px}} .chips span{{display:block;color:#555}}
.jobdescription{{padding:0 20px}} .btn{{background:#00557f;color:#fff;padding:6px 14px;display:inline-block}}</style></head>
<body>
<div class="cookie">This website uses cookies to provide you with a better experience. <a href="#">Accept all</a> <a href="#">Reject</a> <a href="#">Cookie settings</a></div>
<header><a href="#">CTBTO Careers</a> · <a href="#">Search Jobs</a> · <a href="#">Join our Talent Community</a> · <a href="#">View Profile</a></header>
<div class="jobDisplayShell" style="padding:10px 20px">
<h1 class="jobTitle" id="job-title">{TITLE}</h1>
<div class="chips">
<span><b>Date:</b> Dec 11, 2039</span>
<span><b>Location:</b> Vienna, AT</span>
<span><b>Company:</b> CTBTO Preparatory Commission</span>
</div>
<p><a class="btn" href="#">Apply now »</a> &nbsp; <a href="#">Start apply with LinkedIn</a></p>
<p>Req ID: 28841</p>
</div>
<div class="jobdescription">
<p><b>Vacancy Number:</b> {REF}<br>
<b>Organization:</b> {ORG}<br>
<b>Division:</b> International Monitoring System Division<br>
<b>Section:</b> Engineering and Development Section<br>
<b>Grade:</b> {GRADE}<br>
<b>Type of appointment:</b> Fixed-term, three years (initial)<br>
<b>Duty Station:</b> {LOC}<br>
<b>Date of issue:</b> 11 December 2039<br>
<b>Closing date:</b> 13 January 2040</p>
<p><b><u>ORGANIZATIONAL CONTEXT</u></b></p>
<p>{CONTEXT}</p>
<p><b><u>FUNCTIONS</u></b></p>
{ul(DUTIES)}
<p><b><u>COMPETENCIES</u></b></p>
<ul>
{comp}
</ul>
<p><b><u>QUALIFICATIONS</u></b></p>
<p><b>Required:</b></p>
{ul(ESS)}
<p><b>Desirable:</b></p>
{ul(DES)}
<p><b><u>REMUNERATION</u></b></p>
<p>Annual net base salary: {SAL}, plus post adjustment (subject to change) and other allowances in accordance with the United Nations common system.</p>
<p><b><u>ADDITIONAL INFORMATION</u></b></p>
<p>A technical test and interviews are foreseen for the second half of February 2040. Appointments are subject to satisfactory reference checks.</p>
</div>
<div style="padding:10px 20px;border-top:1px solid #ddd">
<h3>Similar Jobs</h3>
<ul><li>Radionuclide Laboratory Specialist — Vienna, AT — Dec 2, 2039</li><li>Software Engineer (Data Processing) — Vienna, AT — Nov 27, 2039</li></ul>
<p>Powered by SAP SuccessFactors</p></div>
</body></html>
"""


def browser():
    return f"""Skip to main content
This website uses cookies to provide you with a better experience.
Accept all
Reject
Cookie settings
CTBTO Careers
Search Jobs
Join our Talent Community
View Profile
{TITLE}
Date: Dec 11, 2039
Location: Vienna, AT
Company: CTBTO Preparatory Commission
Apply now »
Start apply with LinkedIn
Req ID: 28841
Vacancy Number: {REF}
Organization: {ORG}
Division: International Monitoring System Division
Section: Engineering and Development Section
Grade: {GRADE}
Type of appointment: Fixed-term, three years (initial)
Duty Station: {LOC}
Date of issue: 11 December 2039
Closing date: 13 January 2040
ORGANIZATIONAL CONTEXT
{CONTEXT}
FUNCTIONS
""" + "\n".join(DUTIES) + """
COMPETENCIES
""" + "\n".join("%s: %s" % c for c in COMP) + """
QUALIFICATIONS
Required:
""" + "\n".join(ESS) + """
Desirable:
""" + "\n".join(DES) + f"""
REMUNERATION
Annual net base salary: {SAL}, plus post adjustment (subject to change) and other allowances in accordance with the United Nations common system.
ADDITIONAL INFORMATION
A technical test and interviews are foreseen for the second half of February 2040. Appointments are subject to satisfactory reference checks.
Similar Jobs
Radionuclide Laboratory Specialist
Vienna, AT
Dec 2, 2039
Software Engineer (Data Processing)
Vienna, AT
Nov 27, 2039
Powered by SAP SuccessFactors
"""


def build():
    write(KEY + "-successfactors.html", page(), KEY)
    write(KEY + "-successfactors-browser.txt", browser(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-01-13", salary=salary(76283, "USD", "year"), grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": COMP})
