from common import *
REF = "5519"
KEY = "5519"
TITLE = "Director, Country Engagement and Partnerships"
ORG = "International Renewable Energy Agency"
LOC = "Abu Dhabi, United Arab Emirates"
SCHED = "Full-time"
GRADE = "D-1"
ESS = [
 "Advanced university degree in economics, energy policy, international relations, engineering or a related field.",
 "At least fifteen years of progressively responsible experience in energy, climate or development cooperation, including at least five years leading multicultural teams.",
 "Demonstrated record of building partnerships with governments, development finance institutions and the private sector.",
 "Excellent command of English, written and spoken.",
]
DES = [
 "Experience of country programming in small island developing States or in least developed countries.",
 "Knowledge of Arabic, French or Spanish.",
]
COMP = ["Leading and empowering others", "Strategic thinking", "Building partnerships", "Communicating with impact", "Managing performance"]
SAL = "The position carries a net annual base salary of USD 153,208, to which a post adjustment (currently 60.4 %) is added, as well as the allowances of the common system."
expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2033-08-17",
         sal(153208, cur="USD", period="year"), GRADE,
         {"en": {"essential": ESS, "desirable": DES}}, {"en": comps([(c, "") for c in COMP])})
DUT = [
 "Lead the Division responsible for IRENA's engagement with Members at country level, including country assessments, investment forums and follow-up plans.",
 "Shape partnerships with multilateral banks, bilateral agencies and investors that channel finance to renewable energy projects.",
 "Oversee a portfolio of regional initiatives and ensure that they are planned, budgeted and reported on time.",
 "Advise the Director-General on engagement strategies with Member governments and represent the Agency at high-level meetings.",
 "Manage and develop a team of about thirty staff and consultants and promote a culture of accountability.",
]
li = lambda xs: "".join(f"<li>{esc(x)}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} Job Details | IRENA</title>
<style>body{{font-family:Arial;margin:0}} .hdr{{background:#0d6b5e;color:#fff;padding:8px 16px}} .jobDisplay{{padding:12px 20px}} .fact{{margin:2px 0}} .lbl{{font-weight:bold}}</style></head><body>
<div class="hdr">IRENA Careers <a href="#">Search Jobs</a> <a href="#">Join our Talent Community</a> <a href="#">Sign In</a> <a href="#">Language: English (United Kingdom)</a></div>
<div class="jobDisplay">
<h1 itemprop="title">{TITLE}</h1>
<p><a href="#">Apply now »</a></p>
<p class="fact"><span class="lbl">Date:</span> Jul 18, 2033</p>
<p class="fact"><span class="lbl">Location:</span> Abu Dhabi, AE</p>
<p class="fact"><span class="lbl">Company:</span> IRENA</p>
<div class="jobdescription">
<p><b>Req ID:</b> {REF}<br><b>Grade:</b> {GRADE}<br><b>Duty Station:</b> {LOC}<br><b>Division:</b> Country Engagement and Partnerships Division<br><b>Type of Appointment:</b> Fixed-term, three years<br><b>Work schedule:</b> {SCHED}<br><b>Closing date:</b> 17 August 2033 (23:59 Abu Dhabi time)</p>
<p><b>Background</b></p>
<p>The {ORG} (IRENA) is an intergovernmental organisation that supports countries in their transition to a sustainable energy future. Its headquarters are in Masdar City, Abu Dhabi.</p>
<p><b>Duties and Responsibilities</b></p>
<ul>{li(DUT)}</ul>
<p><b>Minimum requirements</b></p>
<ul>{li(ESS)}</ul>
<p><b>Desirable</b></p>
<ul>{li(DES)}</ul>
<p><b>Competencies</b></p>
<ul>{li(COMP)}</ul>
<p><b>Remuneration</b></p>
<p>{esc(SAL)}</p>
<p><b>Other</b></p>
<p>Interviews are expected in the second half of September 2033. IRENA applies a zero tolerance policy on sexual exploitation and abuse and does not charge fees at any stage of recruitment.</p>
</div>
<p><a href="#">Apply now »</a></p>
<h3>Find similar jobs:</h3><p><a href="#">Programme Officer, Bonn</a> · <a href="#">Associate Analyst, Abu Dhabi</a></p>
</div>
<footer>Privacy · Cookie Settings · © IRENA</footer></body></html>"""
out(KEY + "-irena-successfactors.html", html, KEY)
nl = "\n"
txt = f"""Skip to main content
IRENA Careers
Search Jobs
Join our Talent Community
Sign In
Language: English (United Kingdom)

{TITLE}
Apply now »
Date: Jul 18, 2033
Location: Abu Dhabi, AE
Company: IRENA

Req ID: {REF}
Grade: {GRADE}
Duty Station: {LOC}
Division: Country Engagement and Partnerships Division
Type of Appointment: Fixed-term, three years
Work schedule: {SCHED}
Closing date: 17 August 2033 (23:59 Abu Dhabi time)

Background

The {ORG} (IRENA) is an intergovernmental organisation that supports countries in their transition to a sustainable energy future. Its headquarters are in Masdar City, Abu Dhabi.

Duties and Responsibilities

{nl.join(DUT)}

Minimum requirements

{nl.join(ESS)}

Desirable

{nl.join(DES)}

Competencies

{nl.join(COMP)}

Remuneration

{SAL}

Other

Interviews are expected in the second half of September 2033. IRENA applies a zero tolerance policy on sexual exploitation and abuse and does not charge fees at any stage of recruitment.

Apply now »

Find similar jobs:
Programme Officer, Bonn
Associate Analyst, Abu Dhabi

Privacy
Cookie Settings
"""
out(KEY + "-irena-browser.txt", txt, KEY)
