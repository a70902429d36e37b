"""UNRWA area-staff post on a SuccessFactors career site: job page (HTML) and its browser copy."""
from common import w, expected, esc

REF = "52937"
KEY = "52937"
TITLE = "Logistics Information Officer"
ORG = "United Nations Relief and Works Agency for Palestine Refugees in the Near East"
LOC = "Amman, Jordan"
GRADE = "16"
SCHED = "Full time"
ESS = [
    "A university degree in logistics, supply chain management, information systems, business administration or a "
    "related field from an accredited educational institution.",
    "Five years of relevant experience in logistics information management, of which at least two years in a "
    "humanitarian or public-sector organization.",
    "Proven ability to build dashboards and reports from enterprise resource planning (ERP) data.",
    "Excellent command of written and spoken English and Arabic.",
]
DES = [
    "Experience with SAP materials management or a comparable ERP system.",
    "Knowledge of the UNRWA fields of operation and of the situation of Palestine refugees.",
]
COMPS = [
    ("Results orientation", "plans work around agreed targets, tracks progress against them and reports delays early."),
    ("Analytical thinking", "breaks complex data questions into parts and draws sound, evidence-based conclusions."),
    ("Teamwork", "shares information openly with field logistics teams and supports colleagues under pressure."),
]
DUTIES = [
    "Maintains the logistics data model for warehouses, fleet and shipments across the five fields of operation;",
    "Produces weekly stock, pipeline and lead-time dashboards for the Procurement and Logistics Division;",
    "Validates data entered by field logistics units and follows up on discrepancies;",
    "Trains field staff on reporting tools and documents standard operating procedures;",
    "Prepares analytical inputs for donor reports and emergency appeals.",
]
INTRO = ("UNRWA is a United Nations agency established by the General Assembly in 1949 to provide assistance and "
         "protection to Palestine refugees in Jordan, Lebanon, Syria, the West Bank and the Gaza Strip. The "
         "Procurement and Logistics Division at Headquarters Amman supports the Agency's education, health and relief "
         "programmes with goods, transport and warehousing.")
SALARY = "The monthly net salary for this post is JOD 1,412, in addition to applicable allowances."


def html():
    ess = "\n".join(f"<li>{esc(x)}</li>" for x in ESS)
    des = "\n".join(f"<li>{esc(x)}</li>" for x in DES)
    duties = "\n".join(f"<li>{esc(x)}</li>" for x in DUTIES)
    comps = "\n".join(f"<li><b>{esc(n)}</b>: {esc(d)}</li>" for n, d in COMPS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} Job Details | UNRWA Careers</title></head>
<body>
<div class="cookie">This site uses cookies to improve your experience. <button>Accept all</button> <button>Reject</button></div>
<header><a href="#content">Skip to main content</a>
<nav><a>Search Jobs</a> <a>Join Talent Community</a> <a>View Profile</a> <a>Sign In</a> <a>English (United States)</a></nav></header>
<main id="content">
<h1 itemprop="title"><span data-careersite-propertyid="title">{esc(TITLE)}</span></h1>
<p><span class="jobGeoLocation">Amman, JO</span></p>
<p><a class="btn">Apply now &raquo;</a> <a class="btn">Save</a></p>
<p><span class="joblayouttoken-label">Date:</span> <span>18 Jun 2036</span></p>
<p><span class="joblayouttoken-label">Location:</span> <span>Amman, JO</span></p>
<p><span class="joblayouttoken-label">Company:</span> <span>UNRWA</span></p>
<p><span class="joblayouttoken-label">Req ID:</span> <span>{REF}</span></p>
<span class="jobdescription">
<table>
<tr><td><b>Vacancy Type</b></td><td>Area Staff</td></tr>
<tr><td><b>Grade</b></td><td>{GRADE}</td></tr>
<tr><td><b>Duty Station</b></td><td>{LOC}</td></tr>
<tr><td><b>Department</b></td><td>Procurement and Logistics Division, Headquarters</td></tr>
<tr><td><b>Work Schedule</b></td><td>{SCHED}</td></tr>
<tr><td><b>Contract Type</b></td><td>Fixed Term, Area Staff</td></tr>
<tr><td><b>Closing Date</b></td><td>10 Jul 2036</td></tr>
</table>
<p><b>Organization:</b> {esc(ORG)}</p>
<p>{esc(INTRO)}</p>
<p><b>Main Responsibilities</b></p>
<p>Under the supervision of the Chief, Logistics Section, the incumbent:</p>
<ul>
{duties}
</ul>
<p><b>Qualifications</b></p>
<ul>
{ess}
</ul>
<p><b>Desirable Qualifications</b></p>
<ul>
{des}
</ul>
<p><b>Competencies</b></p>
<ul>
{comps}
</ul>
<p><b>Conditions of Service</b></p>
<p>{esc(SALARY)} Priority consideration will be given to registered Palestine refugees. A written test may be held in
the last week of July 2036.</p>
<p><b>Additional Information</b></p>
<p>UNRWA is a non-smoking environment. UNRWA does not charge any fee at any stage of the recruitment process.</p>
</span>
<p><a class="btn">Apply now &raquo;</a></p>
<aside><h3>Similar Jobs</h3>
<ul><li>Procurement Assistant &ndash; Amman, JO &ndash; 02 Jul 2036</li>
<li>Warehouse Supervisor &ndash; Zarqa, JO &ndash; 30 Jun 2036</li></ul></aside>
</main>
<footer>Follow UNRWA | Privacy | Terms of use | &copy; 2036 UNRWA</footer>
</body></html>
"""


def browser():
    L = ["Skip to main content", "Search Jobs", "Join Talent Community", "View Profile", "Sign In",
         "English (United States)", "", TITLE, "Amman, JO", "Apply now »", "Save", "",
         "Date: 18 Jun 2036", "Location: Amman, JO", "Company: UNRWA", "Req ID: " + REF, "",
         "Vacancy Type\tArea Staff", "Grade\t" + GRADE, "Duty Station\t" + LOC,
         "Department\tProcurement and Logistics Division, Headquarters", "Work Schedule\t" + SCHED,
         "Contract Type\tFixed Term, Area Staff", "Closing Date\t10 Jul 2036", "",
         "Organization: " + ORG, "", INTRO, "", "Main Responsibilities", "",
         "Under the supervision of the Chief, Logistics Section, the incumbent:", ""]
    L += DUTIES
    L += ["", "Qualifications", ""] + ESS + ["", "Desirable Qualifications", ""] + DES
    L += ["", "Competencies", ""] + [f"{n}: {d}" for n, d in COMPS]
    L += ["", "Conditions of Service", "",
          SALARY + " Priority consideration will be given to registered Palestine refugees. A written test may be "
          "held in the last week of July 2036.", "", "Additional Information", "",
          "UNRWA is a non-smoking environment. UNRWA does not charge any fee at any stage of the recruitment process.",
          "", "Apply now »", "", "Similar Jobs", "Procurement Assistant - Amman, JO - 02 Jul 2036",
          "Warehouse Supervisor - Zarqa, JO - 30 Jun 2036", "", "Follow UNRWA | Privacy | Terms of use | © 2036 UNRWA",
          ""]
    return "\n".join(L)


def build():
    w(KEY + "-sf.html", html(), KEY)
    w(KEY + "-sf-browser.txt", browser(), KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, schedule={"en": SCHED}, deadline="2036-07-10", grade=GRADE,
             salary=(1412, None, None, "JOD", "month"), requirements={"en": (ESS, DES)},
             competencies={"en": COMPS})
