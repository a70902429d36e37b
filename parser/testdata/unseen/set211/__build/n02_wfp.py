from common import write, expected, libreoffice_pdf, esc, sal

KEY = "bgd-cox-2035-014"
REF = "BGD/COX/2035/014"
TITLE = "Programme Policy Officer (Anticipatory Action)"
ORG = "World Food Programme"
LOC = "Cox's Bazar, Bangladesh"
GRADE = "NO-C"
SCHED = "Full-time"
SALARY = "BDT 3,486,120"

ABOUT = ("The World Food Programme is the largest humanitarian organization fighting hunger worldwide, delivering food "
         "assistance in emergencies and working with communities to improve nutrition and build resilience. In "
         "Bangladesh, WFP supports the Government in disaster risk reduction, social protection and the response for "
         "Rohingya refugees in Cox's Bazar.")
CONTEXT = ("The Cox's Bazar Area Office is expanding its anticipatory action portfolio, which releases cash and "
           "messages to households a few days before a forecast cyclone or flood makes landfall. The incumbent will "
           "report to the Head of Programme and work closely with the Bangladesh Meteorological Department, district "
           "authorities and partner organizations.")
RESP = [
    "Lead the design and annual review of early action protocols for cyclones and monsoon floods in the district.",
    "Maintain forecast triggers and thresholds together with the meteorological services and the research partners.",
    "Prepare beneficiary lists, payment plans and messages so that transfers can be made within 72 hours of a trigger.",
    "Coordinate simulation exercises with cooperating partners and record the lessons learned.",
    "Monitor the use of funds and outputs and draft donor reports and briefing notes.",
    "Represent WFP in district coordination forums on disaster risk reduction.",
]
ESS = [
    "Advanced university degree in development studies, disaster management, economics, environmental science or a related field.",
    "At least five years of progressively responsible experience in humanitarian or development programmes, of which two years in disaster risk reduction or early warning.",
    "Experience in managing cash-based transfers at scale.",
    "Fluency in English and Bengali, both oral and written.",
]
DES = [
    "Knowledge of the Chittagonian dialect spoken in Cox's Bazar.",
    "Experience with forecast-based financing or anticipatory action pilots.",
    "Working knowledge of GIS or of statistical software.",
]
COMPS = [
    ("Programme Lifecycle and Food Assistance", "Designs, implements and reviews programmes that meet the needs of the people served."),
    ("Emergency Programming", "Understands how preparedness and response fit together and applies it in time-critical situations."),
    ("Strategic Policy Engagement with Government", "Builds working relationships with district and national authorities on shared priorities."),
    ("Evidence and Learning", "Uses data and evaluations to adjust programme design and to brief partners."),
]
TERMS = ("WFP offers a fixed-term appointment of one year, renewable subject to performance and funding. The annual net "
         f"salary for this position is {SALARY}, together with medical insurance, pension fund membership and 30 days of "
         "annual leave.")
DEADLINE_LINE = "Deadline for applications: 7 May 2035 (11:59 PM, Bangladesh time)"
FACTS = [
    ("Vacancy announcement No.", REF),
    ("Title", TITLE),
    ("Grade", GRADE),
    ("Type of contract", "Fixed-term (FT)"),
    ("Duration", "One year, renewable"),
    ("Working hours", SCHED),
    ("Duty station", LOC),
    ("Open to", "Bangladeshi nationals only"),
    ("Date of issue", "16 April 2035"),
    ("Deadline for applications", "7 May 2035 (11:59 PM, Bangladesh time)"),
]


def doc_html():
    rows = "\n".join(f"<tr><td><b>{esc(l)}</b></td><td>{esc(v)}</td></tr>" for l, v in FACTS)
    resp = "\n".join(f"<li>{esc(r)}</li>" for r in RESP)
    ess = "\n".join(f"<li>{esc(r)}</li>" for r in ESS)
    des = "\n".join(f"<li>{esc(r)}</li>" for r in DES)
    comps = "\n".join(f"<p><b>{esc(n)}:</b> {esc(d)}</p>" for n, d in COMPS)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Vacancy announcement {REF}</title>
<style>
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt; }}
p.lh {{ text-align: center; font-size: 12pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 1px solid #888; padding: 3px 6px; vertical-align: top; }}
h2 {{ font-size: 11pt; color: #0a6eb4; }}
</style></head>
<body>
<p class="lh"><b>World Food Programme</b><br>Bangladesh Country Office – Cox's Bazar Area Office</p>
<p class="lh"><b>VACANCY ANNOUNCEMENT</b></p>
<table>
{rows}
</table>
<h2>ABOUT WFP</h2>
<p>{esc(ABOUT)}</p>
<h2>ORGANIZATIONAL CONTEXT</h2>
<p>{esc(CONTEXT)}</p>
<h2>KEY ACCOUNTABILITIES (not all-inclusive)</h2>
<ol>
{resp}
</ol>
<h2>MINIMUM QUALIFICATIONS</h2>
<ul>
{ess}
</ul>
<h2>DESIRED EXPERIENCE FOR ENTRY INTO THE ROLE</h2>
<ul>
{des}
</ul>
<h2>FUNCTIONAL CAPABILITIES</h2>
{comps}
<h2>TERMS AND CONDITIONS</h2>
<p>{esc(TERMS)}</p>
<h2>HOW TO APPLY</h2>
<p>Apply through the WFP careers website and attach a cover letter of no more than one page. Only short-listed candidates
will be contacted; a written test is planned for the week of 25 May 2035.</p>
<p><b>{esc(DEADLINE_LINE)}</b></p>
<p>WFP has zero tolerance for discrimination and does not charge a fee at any stage of the recruitment process.</p>
</body></html>
"""


def linkedin():
    L = ["Skip to main content", "LinkedIn", "Jobs  People  Learning", "Join now  Sign in", "",
         TITLE, "World Food Programme", "Cox's Bazar, Chittagong, Bangladesh · 1 week ago · 87 applicants", "",
         "Apply", "Save", "", "Full-time  ·  Mid-Senior level", "", "About the job", "",
         f"Vacancy announcement No.: {REF}", f"Title: {TITLE}", f"Grade: {GRADE}", "Type of contract: Fixed-term (FT), one year, renewable",
         f"Working hours: {SCHED}", f"Duty station: {LOC}", "Open to: Bangladeshi nationals only",
         "Deadline for applications: 7 May 2035 (11:59 PM, Bangladesh time)", "",
         "ABOUT WFP", ABOUT, "", "ORGANIZATIONAL CONTEXT", CONTEXT, "", "KEY ACCOUNTABILITIES (not all-inclusive)"]
    L += [f"{i}. {r}" for i, r in enumerate(RESP, 1)]
    L += ["", "MINIMUM QUALIFICATIONS"] + ["• " + r for r in ESS]
    L += ["", "DESIRED EXPERIENCE FOR ENTRY INTO THE ROLE"] + ["• " + r for r in DES]
    L += ["", "FUNCTIONAL CAPABILITIES"] + [f"{n}: {d}" for n, d in COMPS]
    L += ["", "TERMS AND CONDITIONS", TERMS, "", "Show less", "",
          "Seniority level", "Mid-Senior level", "Employment type", "Full-time", "Job function", "Other",
          "Industries", "International Affairs", "",
          "Referrals increase your chances of interviewing at World Food Programme by 2x", "See who you know", "",
          "Similar jobs", "Cash Transfer Associate – BRAC – Cox's Bazar – 3 days ago",
          "Disaster Risk Reduction Specialist – Save the Children – Dhaka – Closes 12 May 2035", "",
          "About  Accessibility  User Agreement  Privacy Policy  Cookie Policy  © 2035", ""]
    return "\n".join(L)


def build():
    libreoffice_pdf(doc_html(), "html", KEY + "-wfp-va.libreoffice.pdf", KEY)
    write(KEY + "-linkedin.txt", linkedin(), KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en"],
        "title": {"en": TITLE}, "organisation": {"en": ORG}, "location": {"en": LOC},
        "schedule": {"en": SCHED}, "deadline": "2035-05-07",
        "salary": {"amount": 3486120, "min": None, "max": None, "currency": "BDT", "period": "year"},
        "grade": GRADE, "clearance": None,
        "requirements": {"en": {"essential": ESS, "desirable": DES}},
        "competencies": {"en": [{"name": n, "description": d} for n, d in COMPS]},
    })
