from common import *

KEY = "38-finance-unmogip-352417-r-islamabad-x"
REF = "38-Finance-UNMOGIP-352417-R-Islamabad (X)"
TITLE = "Finance Officer (Budget and Cost Recovery)"
ORG = "United Nations Military Observer Group in India and Pakistan"
LOC = "ISLAMABAD"
CAT = "Professional and Higher Categories, P-3"
EDU = ("An advanced university degree (Master's degree or equivalent) in finance, accounting, business "
       "administration, economics or a related area is required. A first-level university degree in combination "
       "with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP_REQ = ("A minimum of five years of progressively responsible experience in budget preparation, financial "
           "management or accounting is required.")
EXP_DES1 = ("Experience in preparing or monitoring the budget of a field mission or another United Nations field "
            "operation is desirable.")
EXP_DES2 = "Experience with cost-recovery billing for services provided to other United Nations entities is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of Urdu is desirable."
COMP = [
    ("Professionalism", "Applies the Financial Regulations and Rules with care and explains them plainly to "
     "programme managers; checks figures before they leave the unit; keeps a steady pace when deadlines cluster."),
    ("Planning and Organizing", "Sets out the budget calendar early, gives the team clear tasks and revisits the "
     "plan when assumptions change."),
    ("Accountability", "Owns the accuracy of the figures the unit submits and corrects errors openly and promptly."),
]
DUTIES = [
    "Prepares the mission's annual budget proposal and its supplementary information, in line with the guidance of the Controller.",
    "Monitors expenditure against allotments each month and drafts variance explanations for the Chief of Mission Support.",
    "Raises and follows up cost-recovery bills for fuel, accommodation and flights provided to other entities.",
    "Reviews obligating documents and advises certifying officers on the correct use of funds.",
    "Drafts replies to audit observations and to queries from the Advisory Committee on Administrative and Budgetary Questions.",
    "Trains national staff of the Finance Unit in Srinagar and Islamabad on budget monitoring tools.",
]
SETTING = ("This position is located in the Finance and Budget Unit of the United Nations Military Observer Group in "
           "India and Pakistan (UNMOGIP). The Group maintains its headquarters in Islamabad from November to April "
           "and in Srinagar from May to October. The Finance Officer reports to the Chief of Mission Support.")


def build():
    comp_html = "\n".join(f"<p><b>{esc(n)}:</b> {esc(d)}</p>" for n, d in COMP)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)}, P3 | United Nations Careers</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0;color:#222}}
.bar{{background:#009edb;color:#fff;padding:6px 24px;font-size:9pt}}
.wrap{{margin:0 28px}}
.crumbs{{font-size:8.5pt;color:#666;margin:10px 0}}
h1{{font-size:17pt;margin:6px 0 8px}} .nw{{white-space:nowrap}}
.actions span{{border:1px solid #009edb;color:#009edb;padding:2px 8px;margin-right:6px;font-size:8.5pt}}
table.facts{{border-collapse:collapse;margin:14px 0;width:100%}}
table.facts th{{text-align:left;background:#f2f2f2;width:30%;padding:4px 8px;border:1px solid #ccc;font-weight:600}}
table.facts td{{padding:4px 8px;border:1px solid #ccc}}
h2{{font-size:12pt;color:#1a5f9e;border-bottom:1px solid #ccc;margin-top:16px}}
footer{{font-size:8pt;color:#777;border-top:1px solid #ccc;margin-top:20px;padding:6px 28px}}
</style></head><body>
<div class="bar">United Nations Careers &nbsp;|&nbsp; Home &nbsp; Job openings &nbsp; Explore careers &nbsp; Log in &nbsp;|&nbsp; Français</div>
<div class="wrap">
<div class="crumbs">Home › Job openings › Job opening 352417</div>
<h1>{esc(TITLE)}<span class="nw">, P3</span></h1>
<div class="actions"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
<table class="facts">
<tr><th>Job Title</th><td>FINANCE OFFICER, P3</td></tr>
<tr><th>Job Code Title</th><td>FINANCE OFFICER</td></tr>
<tr><th>Department/Office</th><td>{esc(ORG)}</td></tr>
<tr><th>Duty Station</th><td>{LOC}</td></tr>
<tr><th>Category and Level</th><td>{CAT}</td></tr>
<tr><th>Job Network</th><td>Management and Administration</td></tr>
<tr><th>Job Family</th><td>Finance</td></tr>
<tr><th>Job Opening Number</th><td>{esc(REF)}</td></tr>
<tr><th>Staffing Exercise</th><td>N/A</td></tr>
<tr><th>Date Posted</th><td>Mar 2, 2038</td></tr>
<tr><th>Deadline</th><td>Apr 1, 2038</td></tr>
</table>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
<h2>Org. Setting and Reporting</h2>
<p>{esc(SETTING)}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Finance Officer will be responsible for the following duties:</p>
{ul(DUTIES)}
<h2>Competencies</h2>
{comp_html}
<h2>Education</h2>
<p>{esc(EDU)}</p>
<h2>Work Experience</h2>
<p>{esc(EXP_REQ)}</p>
<p>{esc(EXP_DES1)}</p>
<p>{esc(EXP_DES2)}</p>
<h2>Languages</h2>
<p>{esc(LANG_CTX)} {esc(LANG_REQ)} {esc(LANG_DES)}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a desk review, a technical exercise planned for the week of 3 May 2038 and a competency-based interview.</p>
<h2>Special Notice</h2>
<p>The appointment is limited to the Group. Extension beyond 30 June 2039 is subject to the approval of the budget. Staff members are subject to the authority of the Secretary-General and to assignment by him or her.</p>
<h2>United Nations Considerations</h2>
<p>According to article 101, paragraph 3, of the Charter of the United Nations, the paramount consideration in the employment of the staff is the necessity of securing the highest standards of efficiency, competence, and integrity. Applicants are urged to follow carefully all instructions available in the online recruitment platform.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING).</p>
</div>
<footer>Page generated 04/03/2038 · Privacy notice · Terms of use · Contact · Fraud alert</footer>
</body></html>
"""
    write(KEY + "-uncareers.html", html, KEY)
    chromium(KEY + "-uncareers.html", KEY)

    comp_txt = "\n".join(f"* {n}: {d}" for n, d in COMP)
    duties_txt = "\n".join(f"* {d}" for d in DUTIES)
    mail = f"""From: Farhan Qureshi <f.qureshi@alumni-finance.example>
Sent: Thursday, 4 March 2038 08:17
To: PIFA Public Sector Finance Group <pubfin-group@lists.pifa.example>
Subject: FW: UN job opening - Finance Officer P-3, UNMOGIP Islamabad (closes 1 April)

Dear all,

Passing this on as several of you asked about international posts last month. It is an
international P-3 post, so Pakistani nationals are not eligible (the Group recruits national
staff separately). Please forward to anyone who fits. Our April lunch is on Saturday 10 April,
details to follow.

Farhan

-----Original Message-----
From: UNMOGIP Human Resources <hr-unmogip@un.example>
Sent: Tuesday, 2 March 2038 15:40
Subject: Job opening {REF}

Posting Title: FINANCE OFFICER, P3
Job Title: {TITLE}
Department/Office: {ORG}
Duty Station: {LOC}
Category and Level: {CAT}
Posting Period: 02 March 2038 - 01 April 2038
Job Opening Number: {REF}

United Nations Core Values: Integrity, Professionalism, Respect for Diversity

ORG. SETTING AND REPORTING
{SETTING}

RESPONSIBILITIES
{duties_txt}

COMPETENCIES
{comp_txt}

EDUCATION
{EDU}

WORK EXPERIENCE
{EXP_REQ}
{EXP_DES1}
{EXP_DES2}

LANGUAGES
{LANG_CTX} {LANG_REQ} {LANG_DES}

ASSESSMENT
A technical exercise is planned for the week of 3 May 2038, followed by interviews.

Applications are accepted only through the careers portal until the end of the posting period.
This e-mail is for information; replies to this address are not monitored.
"""
    write(KEY + "-outlook-forward.txt", mail, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, "2038-04-01", grade="P-3",
             requirements={"en": {"essential": [EDU, EXP_REQ, LANG_REQ], "desirable": [EXP_DES1, EXP_DES2, LANG_DES]}},
             competencies={"en": COMP})
