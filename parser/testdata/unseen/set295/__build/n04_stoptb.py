from common import *

REF = "JR104417"
KEY = "jr104417"
TITLE = "Senior Adviser, Community Rights and Gender"
ORG = "Stop TB Partnership"
LOC = "Geneva, Switzerland"
SCHED = "Full time"
GRADE = "P-5"
SALARY = "USD 121,760"
BACK = ("The Stop TB Partnership is a global partnership of more than 2,000 partner organizations working to end tuberculosis "
        "as a public health problem. Its Secretariat is hosted by a United Nations entity in Geneva and supports community "
        "and civil society engagement, access to medicines and diagnostics, and advocacy with high-burden countries.")
ROLE = ("The Senior Adviser leads the Secretariat's work on community, rights and gender, managing a grants window for "
        "community-led monitoring and advising partners on removing human-rights and gender-related barriers to TB services.")
DUTIES = [
    "Lead the design and delivery of the community, rights and gender strategy for 2043-2047 and its results framework.",
    "Manage the community-led monitoring grants window, including calls for proposals, review panels and grantee reporting.",
    "Advise national TB programmes and country partners on legal environment assessments and gender assessments.",
    "Represent the Partnership at technical and high-level meetings and build alliances with affected communities.",
    "Supervise a team of four staff and consultants and manage an annual budget of about USD 9 million.",
]
ESS_EDU = "Advanced university degree in public health, law, social sciences, gender studies or a related field."
ESS = [
    ESS_EDU,
    "At least ten years of progressively responsible experience in global health, human rights or community systems strengthening, five of them at the international level.",
    "Proven experience managing grants or programmes with community and civil society organizations.",
    "Fluency in English.",
]
DES = [
    "Experience working with people affected by TB or HIV, or in a country with a high TB burden.",
    "Working knowledge of French, Russian or Spanish.",
]

def build():
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;color:#333;margin:0}} .top{{background:#fff;border-bottom:1px solid #ddd;padding:10px 24px}}
.job{{display:flex;gap:32px;padding:20px 24px}} .side{{width:260px}} .side ul{{list-style:none;padding:0}} .side li{{margin-bottom:10px}}
.lbl{{display:block;font-size:11px;color:#666;text-transform:uppercase}} .btn{{background:#0875e1;color:#fff;padding:6px 18px;border-radius:16px}}</style></head>
<body>
<div class="top">Stop TB Partnership Careers <span style="float:right">Sign In &nbsp; Search for Jobs</span></div>
<div class="job">
<div class="side">
<span class="btn">Apply</span>
<ul>
<li><span class="lbl">locations</span>{LOC}</li>
<li><span class="lbl">time type</span>{SCHED}</li>
<li><span class="lbl">posted on</span>Posted 30+ Days Ago</li>
<li><span class="lbl">time left to apply</span>End Date: May 15, 2042 (14 days left to apply)</li>
<li><span class="lbl">job requisition id</span>{REF}</li>
</ul>
</div>
<div class="main">
<h2>{TITLE}</h2>
<p><b>Organization:</b> {ORG}<br><b>Grade level:</b> {GRADE}<br><b>Contract type:</b> Fixed-term staff appointment, two years<br><b>Duty station:</b> {LOC}</p>
<p><b>Background</b></p><p>{BACK}</p>
<p><b>The role</b></p><p>{ROLE}</p>
<p><b>Key responsibilities</b></p>{ul(DUTIES)}
<p><b>Qualifications</b></p>
<p><u>Required:</u></p>{ul(ESS)}
<p><u>Desired:</u></p>{ul(DES)}
<p><b>What we offer</b></p>
<p>An annual net base salary of {SALARY}, plus a post adjustment (currently 84.3%), dependency and education allowances where applicable, 30 days of annual leave and participation in the pension fund.</p>
<p><b>Timeline</b></p>
<p>Interviews for short-listed candidates are planned for the second half of June 2042. Only short-listed candidates will be contacted.</p>
<p style="font-size:11px">The Stop TB Partnership does not charge any fee at any stage of the recruitment process.</p>
</div></div>
<div style="padding:10px 24px;border-top:1px solid #ddd">
<h3>Similar Jobs (3)</h3>
<p>Programme Officer, Diagnostics Access<br>locations: Geneva, Switzerland<br>posted on: Posted 7 Days Ago</p>
<p>Communications Intern<br>locations: Geneva, Switzerland<br>posted on: Posted Yesterday</p>
</div>
<footer style="padding:10px 24px;font-size:11px">© 2042 Workday, Inc. All rights reserved. Privacy | Cookie Preferences</footer>
</body></html>"""
    w(KEY + "-workday.html", html, KEY)
    txt = f"""Stop TB Partnership Careers
Sign In
Search for Jobs
Back to Job Posting
{TITLE}
Apply
locations
{LOC}
time type
{SCHED}
posted on
Posted 30+ Days Ago
time left to apply
End Date: May 15, 2042 (14 days left to apply)
job requisition id
{REF}
{TITLE}
Organization: {ORG}
Grade level: {GRADE}
Contract type: Fixed-term staff appointment, two years
Duty station: {LOC}
Background
{BACK}
The role
{ROLE}
Key responsibilities
""" + "\n".join(DUTIES) + """
Qualifications
Required:
""" + "\n".join(ESS) + """
Desired:
""" + "\n".join(DES) + f"""
What we offer
An annual net base salary of {SALARY}, plus a post adjustment (currently 84.3%), dependency and education allowances where applicable, 30 days of annual leave and participation in the pension fund.
Timeline
Interviews for short-listed candidates are planned for the second half of June 2042. Only short-listed candidates will be contacted.
The Stop TB Partnership does not charge any fee at any stage of the recruitment process.
Apply
Similar Jobs (3)
Programme Officer, Diagnostics Access
locations
Geneva, Switzerland
posted on
Posted 7 Days Ago
Communications Intern
locations
Geneva, Switzerland
posted on
Posted Yesterday
Follow Us
© 2042 Workday, Inc. All rights reserved.
Privacy
Cookie Preferences
"""
    w(KEY + "-workday-browser.txt", txt, KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
             deadline="2042-05-15", grade=GRADE, salary=sal(121760, "USD", "year"),
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})
