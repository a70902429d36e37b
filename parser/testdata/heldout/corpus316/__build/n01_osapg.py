"""UN Secretariat via careers.un.org: Office on Genocide Prevention and the R2P, New York, P-3."""
from common import *

REF = "44-Human Rights-OSAPG-604271-R-New York (R)"
KEY = "44-human-rights-osapg-604271-r-new-york-r"
TITLE = "Human Rights Officer (Early Warning and Analysis)"
ORG = "Office on Genocide Prevention and the Responsibility to Protect"
LOC = "NEW YORK"
GRADE = "P-3"
ORGSET = ("This position is located in the Office on Genocide Prevention and the Responsibility to Protect in New York. "
          "The Office supports the Special Adviser on the Prevention of Genocide and the Special Adviser on the "
          "Responsibility to Protect, gathers information on situations where there may be a risk of atrocity crimes "
          "and alerts the Secretary-General to such situations. The Human Rights Officer reports to the Chief of the "
          "Early Warning and Analysis Unit.")
DUTIES = [
    "Monitors and analyses country and regional situations against the Framework of Analysis for Atrocity Crimes and drafts risk assessments for the Special Advisers.",
    "Maintains the early warning database of the Office and proposes improvements to its indicators, sources and data entry rules.",
    "Drafts notes to the Secretary-General, talking points, statements and briefing materials on situations of concern.",
    "Liaises with human rights components of peace operations, United Nations country teams and regional organizations to exchange information.",
    "Organizes and services expert meetings, and prepares their summaries and follow-up actions.",
    "Performs other related duties as required.",
]
COMP = [
    ("Professionalism", "Knows international human rights law, international humanitarian law and the frameworks used to prevent atrocity crimes; can weigh information from open, confidential and field sources and spot early signs of risk; meets commitments and deadlines and stays calm under pressure."),
    ("Planning and Organizing", "Sets clear objectives that fit agreed strategies; decides which activities come first and changes the order when circumstances change; foresees risks and plans for contingencies; uses time and resources efficiently."),
    ("Teamwork", "Works with colleagues across units to reach common goals; asks for and values the ideas of others; supports the final group decision even when it differs from own position; shares credit for what the team achieves."),
]
EDU = ("An advanced university degree (Master's degree or equivalent) in law, political science, international relations, "
       "human rights or a related field is required. A first-level university degree in combination with two additional "
       "years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP_REQ = [
    "A minimum of five years of progressively responsible experience in human rights, conflict analysis, early warning or a related area is required.",
    "Experience in monitoring or analysing situations at risk of atrocity crimes is required.",
]
EXP_DES = "Experience in drafting for senior officials within the United Nations system or another international organization is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of French or Spanish is desirable."
ASSESS = ("Evaluation of qualified candidates may include a written assessment, tentatively scheduled for 23 February 2044, "
          "which may be followed by a competency-based interview.")
SPECIAL = ("This position is funded for an initial period of one year. Staff members of the United Nations are subject "
           "to the authority of the Secretary-General and to assignment by him or her.")
NOFEE = "NO FEE: THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS."
VALUES = "United Nations Core Values: Integrity, Professionalism, Respect for Diversity"

FACTS = [
    ("Job Title", "HUMAN RIGHTS OFFICER"),
    ("Job Code Title", "HUMAN RIGHTS OFFICER"),
    ("Department/Office", ORG),
    ("Duty Station", LOC),
    ("Category and Level", "Professional and Higher Categories, " + GRADE),
    ("Job Opening Number", REF),
    ("Staffing Exercise", "N/A"),
    ("Date Posted", "Jan 5, 2044"),
    ("Deadline", "Feb 3, 2044"),
]


def html():
    dl = "\n".join('<div class="f"><dt>%s</dt><dd>%s</dd></div>' % (a, b.replace("&", "&amp;")) for a, b in FACTS)
    comp = "\n".join("<p><strong>%s:</strong> %s</p>" % c for c in COMP)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, P3 | careers.un.org</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; margin: 0; color: #222; }}
header {{ background: #009edb; color: #fff; padding: 8px 24px; }}
header nav a {{ color: #fff; margin-right: 14px; text-decoration: none; font-size: 9pt; }}
main {{ padding: 10px 28px; }}
.crumbs {{ font-size: 8.5pt; color: #666; }}
h1 {{ font-size: 17pt; margin: 8px 0; }}
dl {{ margin: 8px 0 14px; }}
.f {{ margin: 0 0 6px; }}
dt {{ font-variant: small-caps; color: #666; font-size: 8.5pt; }}
dd {{ margin: 0; font-weight: bold; }}
h2 {{ font-size: 12pt; border-bottom: 1px solid #ccc; margin-top: 16px; }}
.nofee {{ font-size: 8pt; }}
footer {{ font-size: 8pt; color: #777; padding: 8px 28px; }}
</style></head><body>
<header><nav><a href="#">UN Careers</a><a href="#">Search jobs</a><a href="#">Job categories</a><a href="#">Recruitment process</a><a href="#">Sign in</a> <span>English | Français</span></nav></header>
<main>
<div class="crumbs">Home › Job openings › {REF}</div>
<h1>{TITLE}, P3</h1>
<p><a href="#">Apply</a> · <a href="#">Save</a> · <a href="#">Share</a> · <a href="#">Print</a></p>
<dl>
{dl}
</dl>
<p><em>{VALUES}</em><br><em>United Nations Core Competencies: Communication, Teamwork, Planning &amp; Organizing, Accountability, Creativity, Client Orientation, Commitment to Continuous Learning, Technological Awareness</em></p>
<h2>Org. Setting and Reporting</h2>
<p>{ORGSET}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Human Rights Officer will be responsible for the following duties:</p>
<ul>
{li(DUTIES)}
</ul>
<h2>Competencies</h2>
{comp}
<h2>Education</h2>
<p>{EDU}</p>
<h2>Work Experience</h2>
<p>{EXP_REQ[0]}</p>
<p>{EXP_REQ[1]}</p>
<p>{EXP_DES}</p>
<h2>Languages</h2>
<p>{LANG_CTX} {LANG_REQ} {LANG_DES}</p>
<h2>Assessment</h2>
<p>{ASSESS}</p>
<h2>Special Notice</h2>
<p>{SPECIAL}</p>
<h2>United Nations Considerations</h2>
<p>Candidates will be required to meet the requirements of Article 101, paragraph 3, of the Charter. The United Nations places no restrictions on the eligibility of men and women to participate in any capacity.</p>
<p class="nofee">{NOFEE}</p>
</main>
<footer>Printed from careers.un.org on 14 January 2044 · © United Nations</footer>
</body></html>
"""


def browser():
    facts = "\n\n".join("%s\n%s" % f for f in FACTS)
    comp = "\n".join("%s: %s" % c for c in COMP)
    duties = "\n".join(DUTIES)
    return f"""Skip to main content
We use cookies to give you the best experience. Accept all  Reject  Manage preferences
UN Careers
Search jobs
Job categories
Recruitment process
English
Français
Sign in
Home
Job openings
{TITLE}, P3
Apply
Save
Share

{facts}

{VALUES}

Org. Setting and Reporting
{ORGSET}

Responsibilities
Within delegated authority, the Human Rights Officer will be responsible for the following duties:
{duties}

Competencies
{comp}

Education
{EDU}

Work Experience
{EXP_REQ[0]} {EXP_REQ[1]}
{EXP_DES}

Languages
{LANG_CTX} {LANG_REQ} {LANG_DES}

Assessment
{ASSESS}

Special Notice
{SPECIAL}

{NOFEE}

Similar jobs
Human Rights Officer, P4 · Geneva · Deadline Jan 29, 2044
Associate Political Affairs Officer, P2 · New York · Deadline Feb 11, 2044
Back to top
Terms of use  Privacy notice  Fraud alert  Contact us
"""


def build():
    write(KEY + "-jo.html", html(), KEY)
    chromium(KEY + "-jo.html", KEY)
    write(KEY + "-browser.txt", browser(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-02-03", grade=GRADE,
             req={"en": ([EDU] + EXP_REQ + [LANG_REQ], [EXP_DES, LANG_DES])}, comp={"en": COMP})
