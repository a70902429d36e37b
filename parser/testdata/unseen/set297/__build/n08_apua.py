from common import *

KEY = "apua-hr-vac-2042-07"
REF = "APUA/HR/VAC/2042/07"
TITLE = "Water Loss Control Officer"
ORG = "Antigua Public Utilities Authority (APUA)"
LOC = "Water Business Unit, Cassada Gardens, St. John's, with field work across Antigua"
SCHED = "8:00 a.m. to 4:30 p.m., Monday to Friday; call-outs for major leaks as required"
GRADE = "W-9"
DUTIES = [
    "Plan and carry out district metered area surveys to locate leaks and illegal connections",
    "Analyse night-flow data and prepare monthly non-revenue water reports",
    "Supervise the leak detection crew and the calibration of bulk meters",
    "Recommend priorities for mains replacement to the Water Engineer",
    "Liaise with customer service on meter complaints and billing disputes",
]
ESS = [
    "an Associate Degree in Civil Engineering, Water Technology or a related field;",
    "at least four (4) years' experience in water distribution, two of them in leak detection or metering;",
    "working knowledge of GIS and spreadsheet software;",
    "a valid Antigua and Barbuda driver's licence.",
]
DES = [
    "a Bachelor's degree in Engineering;",
    "training in acoustic leak detection equipment.",
]
COMP = [
    ("Problem solving", "traces losses methodically from data to the street."),
    ("Integrity", "reports illegal connections without fear or favour."),
    ("Communication", "explains technical findings clearly to customers and managers."),
]

expected(KEY, en_only(
    reference=REF, post_number=None, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
    deadline="2042-07-18", salary=salary(mn=5120, mx=6480, cur="XCD"), grade=GRADE,
    essential=ESS, desirable=DES, competencies=COMP))

html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Careers | APUA</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .alert{{background:#ffcc00;padding:6px 20px;font-size:13px}} header{{background:#00529b;color:#fff;padding:10px 20px}}
main{{max-width:920px;margin:auto;padding:10px 20px}} .row{{display:flex;border-bottom:1px solid #ddd}} .row b{{width:34%}} .box{{background:#f4f7fb;padding:10px;margin-top:16px}}</style></head>
<body>
<div class="alert">Service advisory: water supply to Potworks-fed areas will be reduced on alternate days until further notice.</div>
<header><strong>APUA</strong> · Electricity · Telecommunications · Water
<nav>Home | Pay Bill | Outages | Customer Care | About | Careers</nav></header>
<main>
<p>Home / About / Careers / Current Vacancies</p>
<h1>VACANCY</h1>
<p>The Antigua Public Utilities Authority invites applications from suitably qualified persons for the following position.</p>
<div class="row"><b>Vacancy Reference</b><span>{REF}</span></div>
<div class="row"><b>Position</b><span>{TITLE}</span></div>
<div class="row"><b>Employer</b><span>{ORG}</span></div>
<div class="row"><b>Division</b><span>Water Division – Distribution Section</span></div>
<div class="row"><b>Location</b><span>{LOC}</span></div>
<div class="row"><b>Hours of Work</b><span>{SCHED}</span></div>
<div class="row"><b>Salary Grade</b><span>{GRADE}</span></div>
<div class="row"><b>Salary</b><span>EC$5,120 – EC$6,480 per month (XCD), plus travelling allowance</span></div>
<div class="row"><b>Closing Date</b><span>Friday, July 18, 2042 at 4:00 p.m.</span></div>
<h2>Job Purpose</h2>
<p>To reduce physical and commercial water losses in the public distribution network.</p>
<h2>Key Duties</h2>
<ul>{li(DUTIES)}</ul>
<h2>Qualifications and Experience</h2>
<p>Applicants should possess:</p>
<ol type="a">{li(ESS)}</ol>
<p><b>An advantage:</b></p>
<ul>{li(DES)}</ul>
<h2>Competencies</h2>
<p>{"<br>".join(f"<strong>{n}</strong>: {d}" for n, d in COMP)}</p>
<h2>How to Apply</h2>
<p>Send a cover letter, résumé, copies of certificates and two references to the Human Resources Manager, APUA, Cassada Gardens (fictitious address), or hr@apua.example. Shortlisted applicants will be interviewed during the week of August 4, 2042.</p>
<div class="box"><b>Also at APUA</b><br>Apprentice Lineman (closes July 11, 2042)<br>Customer Service Representative (closes July 25, 2042)<br>New water connection fee: EC$350</div>
</main>
<footer style="padding:10px 20px;font-size:12px">© 2042 APUA · fictitious page for testing</footer></body></html>"""
write(KEY + "-apua.html", html)
row(KEY + "-apua.html", KEY, "html")

paper = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 16mm; @bottom-center {{ content: "The Wadadli Courier · Tuesday, June 24, 2042 · Classifieds · Page " counter(page); font-size: 8pt }} }}
body {{ font-family: 'Liberation Serif', serif; font-size: 10.5pt }}
.mast {{ border-top: 3px double #000; border-bottom: 1px solid #000; text-align:center; font-size: 9pt; letter-spacing: 2px }}
.ad {{ border: 2px solid #000; padding: 8px 12px; margin-top: 10px }}
h1 {{ text-align:center; font-size: 16pt; margin: 4px 0 }} h2 {{ text-align:center; font-size: 12pt; margin: 2px 0 }}
.small {{ border: 1px solid #000; padding: 6px; margin-top: 10px; font-size: 9.5pt }}
</style></head><body>
<div class="mast">THE WADADLI COURIER · CLASSIFIEDS · APPOINTMENTS</div>
<div class="ad">
<p style="text-align:center"><b>ANTIGUA PUBLIC UTILITIES AUTHORITY</b></p>
<h1>VACANCY</h1>
<h2>{TITLE.upper()}</h2>
<p><b>Ref:</b> {REF}</p>
<p><b>Position:</b> {TITLE}<br><b>Employer:</b> {ORG}<br><b>Location:</b> {LOC}<br><b>Hours of Work:</b> {SCHED}<br><b>Salary Grade:</b> {GRADE}<br><b>Salary:</b> EC$5,120 – EC$6,480 per month (XCD)</p>
<p><b>Duties include:</b> {"; ".join(d[0].lower() + d[1:] for d in DUTIES)}.</p>
<p><b>Applicants should possess:</b></p>
<p>{"<br>".join(f"({chr(97+i)}) {e}" for i, e in enumerate(ESS))}</p>
<p><b>An advantage:</b> {" ".join(DES)}</p>
<p><b>Competencies:</b><br>{"<br>".join(f"{n}: {d}" for n, d in COMP)}</p>
<p>Applications with résumé, certificates and two references to the Human Resources Manager, APUA, Cassada Gardens, or hr@apua.example.</p>
<p style="text-align:center"><b>Closing date: July 18, 2042</b></p>
</div>
<div class="small"><b>FOR SALE</b> – 2036 pickup, diesel, low mileage, EC$38,500 o.n.o. Call 462-0000 (fictitious).</div>
<div class="small"><b>NOTICE</b> – The Villa Residents' Association will hold its general meeting on Thursday, July 3, 2042 at 7 p.m.</div>
</body></html>"""
p = src("apua-courier.html", paper)
weasyprint(p, KEY + "-courier.weasyprint.pdf")
row(KEY + "-courier.weasyprint.pdf", KEY, "pdf")
row(dump(KEY + "-courier.weasyprint.pdf"), KEY, "txt")
