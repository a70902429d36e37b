from lib import *
KEY = "2026-unu-merit-psa-ra-117"
REF = "2026/UNU/MERIT/PSA/RA/117"
TITLE = "Research Associate, Digital Public Infrastructure and Inclusion"
ORG = "UNU-MERIT"
LOC = "Maastricht, the Netherlands"
SCHED = "Full-time"
ESS = [
 "A Master's degree in economics, public policy, development studies, information science or a closely related field.",
 "At least two years of research experience in digital government, digital inclusion or the economics of technology, gained after the Master's degree.",
 "Demonstrated ability to handle and analyse household or administrative survey data with R, Stata or Python.",
 "At least one co-authored report, working paper or journal article on a related topic.",
 "Excellent written and spoken English; the ability to draft clear texts for policy audiences.",
]
DES = [
 "Enrolment in, or completion of, a doctoral programme in a relevant discipline.",
 "Field experience in low- or middle-income countries, particularly in Africa or South-East Asia.",
 "Working knowledge of French, Spanish or Portuguese.",
 "Familiarity with the work of UN entities on digital cooperation.",
]
COMP = [("Inclusion", ""), ("Integrity", ""), ("Humility", ""), ("Humanity", ""),
        ("Connect and collaborate", ""), ("Analyse and plan", ""), ("Deliver results with positive impact", ""),
        ("Learn and develop", ""), ("Adapt and innovate", "")]
EXP(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2027-01-20",
    SAL(mn=4350, mx=5100, cur="EUR", period="month"), None, {"en": ESS, "fr": None}, {"en": DES, "fr": None},
    {"en": COMP, "fr": None})

DUTIES = [
 "Review the literature and policy documents on digital identity, payment and data-exchange systems and summarise the evidence for the project team;",
 "Clean, merge and document survey and administrative datasets from partner countries, and keep a reproducible code base;",
 "Carry out descriptive and econometric analyses on who benefits from digital public services and who is left out;",
 "Draft sections of working papers, policy briefs and blog posts, and prepare slides for workshops with government counterparts;",
 "Help organise an expert meeting in Maastricht and two online consultations, including minutes and follow-up;",
 "Contribute to the supervision of PhD fellows and interns working on the project, as requested;",
 "Perform other related duties as assigned by the project lead.",
]
ABOUT = ("The United Nations University (UNU) is a global think tank and postgraduate teaching organisation of the United Nations system. "
 "Its institutes and programmes in twelve countries carry out research and capacity building on questions that matter to the UN and its Member States.")
INST = ("UNU-MERIT, the Maastricht Economic and Social Research Institute on Innovation and Technology, works closely with Maastricht University. "
 "The institute studies how knowledge, technology and institutions shape development, and trains master's and doctoral students in public policy and innovation economics.")
CONTEXT = ("The Digital Public Infrastructure and Inclusion project asks a simple question: when governments put identity, payments and data exchange online, who gains access and who falls behind? "
 "Over two years, the team will compare programmes in four countries, working with national statistics offices and ministries. "
 "The Research Associate will be the project's main analyst, reporting to the project lead, a senior researcher of the institute.")
REMU = ("Remuneration will be between EUR 4,350–5,100 per month (net of tax), depending on qualifications and experience. "
 "The appointment is made under a Personnel Service Agreement (PSA). A PSA holder is not a staff member of the United Nations and is responsible for his or her own social security and health insurance; a monthly contribution towards these costs is included.")
APPLY = ("Interested applicants should submit the following through the online form: a cover letter of no more than one page; a curriculum vitae; a writing sample of no more than 20 pages; "
 "and the names of two referees. Incomplete applications will not be considered. Only short-listed candidates will be contacted.")
SPECIAL = ("UNU is committed to a diverse and inclusive workforce. Applications from women and from nationals of developing countries are particularly welcome. "
 "UNU has a zero-tolerance policy on sexual exploitation and abuse, and on all forms of harassment. UNU does not charge a fee at any stage of the recruitment process.")
META = [("Vacancy ID", REF), ("Institute", ORG), ("Duty station", LOC), ("Type of appointment", "Personnel Service Agreement (PSA)"),
        ("Working hours", SCHED), ("Duration", "12 months, with possibility of extension"), ("Date of issue", "16 December 2026"),
        ("Application deadline", "20 January 2027 (midnight, Central European Time)")]

html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%(t)s | United Nations University</title>
<style>body{font-family:Arial,sans-serif;max-width:1000px;margin:auto} .meta dt{font-weight:bold;float:left;width:220px} .meta dd{margin-left:230px} .cookie{background:#eee;padding:8px}</style></head>
<body>
<div class="cookie">This website uses cookies to improve your experience. <button>Accept all</button> <button>Reject optional cookies</button></div>
<header><a href="/">United Nations University</a>
<nav><ul><li><a href="/about">About UNU</a></li><li><a href="/research">Research</a></li><li><a href="/education">Education</a></li><li><a href="/news">News</a></li><li><a href="/careers">Careers</a></li></ul></nav>
</header>
<main>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/careers">Careers</a></li><li>Job opportunities</li></ol>
<p class="tag">Job opening</p>
<h1>%(t)s</h1>
<p class="sub">UNU-MERIT &middot; Maastricht &middot; Closing 20 January 2027</p>
<dl class="meta">
%(meta)s
</dl>
<a class="button" href="#apply">Apply now</a>
<h2>About UNU</h2><p>%(about)s</p>
<h2>About the Institute</h2><p>%(inst)s</p>
<h2>Context</h2><p>%(ctx)s</p>
<h2>Responsibilities</h2><p>Under the direct supervision of the project lead, the Research Associate will:</p>
<ul>%(duties)s</ul>
<h2>Required qualifications and experience</h2>
<ul>%(ess)s</ul>
<h2>Desirable</h2>
<ul>%(des)s</ul>
<h2>UN Values and Behaviours</h2>
<p><strong>Values:</strong></p><ul>%(vals)s</ul>
<p><strong>Behaviours:</strong></p><ul>%(behs)s</ul>
<h2>Remuneration</h2><p>%(remu)s</p>
<h2 id="apply">How to apply</h2><p>%(apply)s</p>
<h2>Special notice</h2><p>%(special)s</p>
<p class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">Email</a></p>
<aside><h3>Related job openings</h3><ul>
<li><a href="#">Administrative Assistant, UNU-CRIS, Bruges</a> &ndash; closing 8 January 2027</li>
<li><a href="#">Research Fellow, UNU-WIDER, Helsinki (P-3)</a> &ndash; closing 29 January 2027</li>
</ul></aside>
</main>
<footer><p>&copy; United Nations University 2026</p><ul><li><a href="#">Terms of use</a></li><li><a href="#">Privacy</a></li><li><a href="#">Contact</a></li></ul></footer>
</body></html>
""" % dict(t=TITLE, meta="\n".join("<dt>%s</dt><dd>%s</dd>" % kv for kv in META), about=ABOUT, inst=INST, ctx=CONTEXT,
  duties=lis(DUTIES), ess=lis(ESS), des=lis(DES), vals=lis([c[0] for c in COMP[:4]]), behs=lis([c[0] for c in COMP[4:]]),
  remu=REMU, apply=APPLY, special=SPECIAL)
W(KEY + "-unu.html", html)

txt = """This website uses cookies to improve your experience.
Accept all
Reject optional cookies
United Nations University
About UNU
Research
Education
News
Careers
Home
Careers
Job opportunities
Job opening
%(t)s
UNU-MERIT · Maastricht · Closing 20 January 2027
%(meta)s
Apply now
About UNU
%(about)s

About the Institute
%(inst)s

Context
%(ctx)s

Responsibilities
Under the direct supervision of the project lead, the Research Associate will:

%(duties)s

Required qualifications and experience

%(ess)s

Desirable

%(des)s

UN Values and Behaviours
Values:

%(vals)s
Behaviours:

%(behs)s

Remuneration
%(remu)s

How to apply
%(apply)s

Special notice
%(special)s

Share: X LinkedIn Facebook Email
Related job openings
Administrative Assistant, UNU-CRIS, Bruges – closing 8 January 2027
Research Fellow, UNU-WIDER, Helsinki (P-3) – closing 29 January 2027
© United Nations University 2026
Terms of use
Privacy
Contact
""" % dict(t=TITLE, meta="\n".join("%s\n%s" % kv for kv in META), about=ABOUT, inst=INST, ctx=CONTEXT,
  duties="\n".join(DUTIES), ess="\n".join(ESS), des="\n".join(DES), vals="\n".join(c[0] for c in COMP[:4]),
  behs="\n".join(c[0] for c in COMP[4:]), remu=REMU, apply=APPLY, special=SPECIAL)
W(KEY + "-unu.txt", txt)
