from common import *

REF = "IDB3817"
KEY = "idb3817"
TITLE = "Senior Procurement Specialist (Works and Plant)"
ORG = "Islamic Development Bank"
LOC = "Saudi Arabia - Jeddah"
GRADE = "P5"
SCHED = "Full-Time"
ESS = [
    "Master's degree in engineering, construction management, law, economics or business administration from a recognized university.",
    "Minimum of ten years of relevant experience in public procurement of works and plant, of which at least five years in a multilateral development bank.",
    "In-depth knowledge of FIDIC conditions of contract and of international competitive bidding.",
    "Fluency in English; working knowledge of Arabic or French.",
]
DES = [
    "Professional certification in procurement (CIPS or equivalent).",
    "Experience with e-procurement platforms and contract management systems.",
]
COMP = [
    ("Client Focus", "anticipates the procurement needs of member countries and responds with practical solutions."),
    ("Integrity and Accountability", "applies the Bank's procurement guidelines consistently and owns the outcome of decisions."),
    ("Collaboration", "works across operations, legal and finance teams to resolve complaints and disputes."),
]
ACC = [
    "Reviews bidding documents, evaluation reports and contract awards for works and plant financed by the Bank.",
    "Advises executing agencies in member countries on procurement planning and contract strategy.",
    "Handles procurement-related complaints and recommends remedial action.",
    "Delivers training on the Bank's procurement guidelines to project staff and borrowers.",
    "Contributes to the revision of standard bidding documents and procurement policies.",
]


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} Job Details | Islamic Development Bank</title>
<style>
body{{font-family:Arial,sans-serif;font-size:14px;margin:0;color:#333}}
header{{background:#0b4a3a;color:#fff;padding:10px 20px}}
header nav a{{color:#fff;margin-right:16px}}
.cookie{{background:#eee;padding:6px 20px;font-size:12px}}
.jobDisplay{{padding:10px 20px}}
.jobTitle{{font-size:24px;color:#0b4a3a}}
.jobmeta span{{display:block;margin:2px 0}}
.jobmeta .lbl{{font-weight:bold}}
.btn{{background:#c8a24a;color:#fff;padding:6px 14px;display:inline-block}}
</style></head><body>
<div class="cookie">This website uses cookies to improve your experience. <a href="#">Accept all</a> <a href="#">Cookie settings</a></div>
<header><nav><a href="#">IsDB Careers</a><a href="#">Search Jobs</a><a href="#">Join Talent Community</a><a href="#">العربية</a><a href="#">Français</a><a href="#">Sign In</a></nav></header>
<div class="jobDisplay">
<h1 class="jobTitle" itemprop="title">{TITLE}</h1>
<div class="jobmeta">
<span><span class="lbl">Date:</span> Oct 20, 2038</span>
<span><span class="lbl">Location:</span> Jeddah, SA</span>
<span><span class="lbl">Company:</span> {ORG}</span>
</div>
<p><a class="btn" href="#">Apply now »</a> <a href="#">Start apply with LinkedIn</a></p>
<div class="jobdescription">
<p><b>{REF} - {TITLE}</b></p>
<p><b>Business Unit:</b> Operations Complex<br>
<b>Division:</b> Procurement Division<br>
<b>Department:</b> Operations Policy and Services Department<br>
<b>Grade:</b> {GRADE}<br>
<b>Employment Type:</b> {SCHED}<br>
<b>Country:</b> Saudi Arabia<br>
<b>Location:</b> {LOC}<br>
<b>Closing date:</b> 19-Nov-2038</p>
<p><b>Job Purpose:</b></p>
<p>The Senior Procurement Specialist ensures that works and plant contracts financed by the {ORG} (IsDB) are procured with economy, efficiency, transparency and fairness, in line with the Bank's procurement guidelines.</p>
<p><b>Key Accountabilities:</b></p>
{ul(ACC)}
<p><b>Key Competencies:</b></p>
{ul(["<b>%s:</b> %s" % c for c in COMP])}
<p><b>Qualifications and Experience:</b></p>
<p><u>Required</u></p>
{ul(ESS)}
<p><u>Preferred</u></p>
{ul(DES)}
<p><b>Remuneration:</b> The Bank offers a competitive tax-free salary and benefits package, including education and housing allowances, commensurate with the grade and experience of the selected candidate.</p>
<p>Shortlisted candidates will be invited to an online assessment during the week of 29 November 2038.</p>
</div>
<p><a class="btn" href="#">Apply now »</a></p>
<h3>Similar Jobs</h3>
<ul><li>Procurement Specialist (Consulting Services) – Jeddah, SA – Oct 14, 2038</li><li>Senior Financial Management Specialist – Dakar, SN – Oct 2, 2038</li></ul>
</div>
<footer style="padding:10px 20px;font-size:12px;color:#777">© 2038 Islamic Development Bank · Privacy · Terms of Use · Powered by SAP SuccessFactors</footer>
</body></html>
"""


def browser():
    acc = "\n".join(ACC)
    comp = "\n".join("%s: %s" % c for c in COMP)
    return f"""Skip to main content
IsDB Careers
Search Jobs
Join Talent Community
العربية
Français
Sign In

{TITLE}
Date: Oct 20, 2038
Location: Jeddah, SA
Company: {ORG}

Apply now »
Start apply with LinkedIn

{REF} - {TITLE}

Business Unit: Operations Complex
Division: Procurement Division
Department: Operations Policy and Services Department
Grade: {GRADE}
Employment Type: {SCHED}
Country: Saudi Arabia
Location: {LOC}
Closing date: 19-Nov-2038

Job Purpose:

The Senior Procurement Specialist ensures that works and plant contracts financed by the {ORG} (IsDB) are procured with economy, efficiency, transparency and fairness.

Key Accountabilities:

{acc}

Key Competencies:

{comp}

Qualifications and Experience:

Required

{chr(10).join(ESS)}

Preferred

{chr(10).join(DES)}

Remuneration: competitive tax-free salary and benefits package, commensurate with grade and experience.

Shortlisted candidates will be invited to an online assessment during the week of 29 November 2038.

Apply now »

Similar Jobs
Procurement Specialist (Consulting Services)
Jeddah, SA
Oct 14, 2038
Senior Financial Management Specialist
Dakar, SN
Oct 2, 2038

© 2038 Islamic Development Bank
Powered by SAP SuccessFactors
"""


def build():
    write(KEY + "-successfactors.html", html(), KEY)
    write(KEY + "-successfactors-browser.txt", browser(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2038-11-19", grade=GRADE,
             schedule={"en": SCHED}, req={"en": (ESS, DES)}, comp={"en": COMP})
