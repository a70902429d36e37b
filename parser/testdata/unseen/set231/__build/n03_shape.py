from common import *
REF = "357341"
T = "Assistant (Host Nation Support Arrangements Tracking)"
ORG = "Supreme Headquarters Allied Powers Europe (SHAPE)"
PN = "SHJ4 HNS 0170"
PROF = [
 "At least four years of experience in logistics, movement or host nation support coordination in a military or governmental organisation.",
 "Experience in preparing and tracking agreements, requests and statements of requirement with several stakeholders.",
 "Experience in using spreadsheets and databases to follow requests from submission to completion.",
]
EDU = ["Higher secondary education and completed vocational training in logistics, transport or business administration, or a bachelor's degree in one of these fields."]
LANG = ["English - SLP 3333 (Listening, Speaking, Reading and Writing)."]
ESS = PROF + EDU + LANG
DES = [
 "Knowledge of NATO host nation support doctrine and of the related planning tools.",
 "Experience of working in a multinational headquarters.",
 "French - SLP 2222.",
]
COMP = [
 ("Personal Attributes", "Must be methodical, resilient under pressure and able to keep several requests moving at once."),
 ("Professional Contacts", "Regular contacts with host nation liaison officers, national support elements and the logistics staff of subordinate commands."),
 ("Contribution to Objectives", "Timely and complete host nation support arrangements allow Allied forces to deploy and exercise as planned."),
]
E = dict(reference=REF, post_number=PN, languages=["en"], title=both(T, None), organisation=both(ORG, None),
  location=both("Belgium-Mons", None), schedule=both("Full-time", None), deadline="2037-01-08",
  salary=sal(4607.52), grade="G9", clearance="NS",
  requirements=both({"essential": ESS, "desirable": DES}, None),
  competencies=both([{"name": n, "description": d} for n, d in COMP], None))

DUTIES = [
 "Maintains the register of host nation support requests for exercises and deployments in the SHAPE area of responsibility.",
 "Prepares draft memoranda, technical arrangements and joint implementation arrangements for review by the staff officers.",
 "Follows up with host nations on outstanding requests and keeps the branch informed of any delay.",
 "Organises coordination meetings and conferences, including invitations, agendas and minutes.",
 "Updates the branch's information on host nation capabilities, points of contact and costs.",
]

def page():
    ul = lambda xs: "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"
    comp = "<ul>" + "".join(f"<li>{esc(n)}: {esc(d)}</li>" for n, d in COMP) + "</ul>"
    return f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://nato.taleo.net/careersection/2/jobdetail.ftl?job=357341&lang=en -->
<html lang="en"><head><meta charset="utf-8"><title>Job Description - {esc(T)} (357341)</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:24px;hyphens:manual}}
.cookie{{background:#eee;padding:6px;font-size:9pt}} .lbl{{font-weight:bold;margin-top:8px}} .val{{margin-bottom:4px}}
h1{{font-size:15pt}} h2{{font-size:12pt;margin-top:14px}} nav a{{margin-right:12px}}
</style></head><body>
<div class="cookie">This site uses cookies to remember your preferences. <a href="#">Accept</a> <a href="#">Decline</a> <a href="#">Cookie settings</a></div>
<a href="#main">Skip to main content</a>
<nav><a href="#">Job Search</a><a href="#">My Jobs</a><a href="#">My Account</a><a href="#">Sign In</a></nav>
<div id="main">
<h1>Job Description - {esc(T)} (357341)</h1>
<div class="lbl">Job Description</div><div class="val">{esc(T)}-357341</div>
<div class="lbl">Primary Location</div><div class="val">Belgium-Mons</div>
<div class="lbl">NATO Body</div><div class="val">{esc(ORG)}</div>
<div class="lbl">Schedule</div><div class="val">Full-time</div>
<div class="lbl">Application Deadline</div><div class="val">08-Jan-2037, 11:59:00 PM</div>
<div class="lbl">Salary (Pay Basis)</div><div class="val">: 4,607.52Euro (EUR) Monthly</div>
<div class="lbl">Grade</div><div class="val">G9</div>
<div class="lbl">Clearance Level</div><div class="val">NS</div>
<div class="lbl">Description</div><div class="val">:</div>
<h2>1. Post Context</h2>
<p>Allied Command Operations (ACO) is responsible for the planning and execution of all Alliance operations. SHAPE's J4 Logistics Directorate develops and coordinates the logistic support of Allied forces, including movement and transportation, medical support and host nation support. The Host Nation Support Section negotiates and follows the arrangements under which host nations provide facilities, services and supplies to deploying forces.</p>
<p>Post Number: {PN}</p>
<p>Reporting Line: This post reports to SHJ4 HNS 0010, Section Head.</p>
<h2>2. Principal Duties</h2>
<p>The incumbent's duties are:</p>{ul(DUTIES)}
<h2>3. Special Requirements and Additional Duties</h2>
<p>The incumbent may be required to undertake deployments and TDY assignments, both within and outside NATO's boundaries, of up to 30 days a year.</p>
<h2>4. Essential Qualifications</h2>
<p>a. Professional/Experience:</p>{ul(PROF)}
<p>b. Education/Training:</p>{ul(EDU)}
<p>c. Language:</p>{ul(LANG)}
<h2>5. Desirable Qualifications</h2>{ul(DES)}
<h2>6. Attributes/Competencies</h2>{comp}
<h2>7. Remarks</h2>
<p>Only nationals of NATO member states may apply. Shortlisted candidates will be invited to a written test, tentatively in the week of 2 February 2037. The successful candidate will be offered a three-year definite duration contract.</p>
<div class="lbl">Job Posting</div><div class="val">: 04-Dec-2036, 10:00:00 AM</div>
<p><a href="#">Apply Online</a> · <a href="#">Add to My Job Cart</a></p>
</div>
<footer>Similar jobs: Assistant (Movement Control) - Belgium-Mons - Deadline 18-Dec-2036 · Powered by Oracle Taleo · Privacy · Accessibility</footer>
</body></html>"""

def build():
    expected(E)
    write("357341-natocareers.html", page(), REF)
    chromium("357341-natocareers.html", "357341-natocareers.chromium.pdf")
    add("357341-natocareers.chromium.pdf", REF, "pdf")
    dump("357341-natocareers.chromium.pdf", "357341-natocareers.chromium.pdftotext.txt")
    add("357341-natocareers.chromium.pdftotext.txt", REF, "txt")
