from common import *

KEY = "34-programme-management-unoosa-312847-r-vienna-x"
REF = "34-Programme Management-UNOOSA-312847-R-Vienna (X)"
TITLE = "PROGRAMME MANAGEMENT OFFICER (SPACE DEBRIS MITIGATION)"
ORG = "United Nations Office for Outer Space Affairs"
LOC = "VIENNA"
COMP = [
    ("Professionalism", "Knows the guidelines on the long-term sustainability of outer space activities, the registration regime and the main national space laws; turns that knowledge into sound advice and delivers it on time."),
    ("Planning and Organizing", "Sets realistic milestones for a multi-year programme, keeps partners and budgets in step with them and revises the plan when priorities change."),
    ("Communication", "Explains orbital and legal questions in plain terms to delegates, engineers and the public, and checks that the message has been understood."),
]
EDU = "An advanced university degree (Master's degree or equivalent) in aerospace engineering, space law, physics, international relations or a related field is required. A first level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree."
EXP = "A minimum of seven years of progressively responsible experience in programme management, space policy, space operations or a related area is required."
EXP_D1 = "Experience in supporting intergovernmental bodies, their subcommittees or expert groups is desirable."
EXP_D2 = "Experience in the analysis of orbital debris data, collision risk or conjunction assessments is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_E = "For this position, fluency in English is required."
LANG_D = "Knowledge of another official United Nations language is desirable."

DUTIES = [
    "Manages the Office's capacity-building programme on space debris mitigation and remediation, including its workplan, budget and reporting to donors;",
    "Prepares background papers, draft reports and conference room papers for the Scientific and Technical Subcommittee and its working groups;",
    "Advises Member States, on request, on national measures that give effect to the debris mitigation guidelines and assists in drafting related provisions;",
    "Organizes technical workshops and expert meetings, selects speakers and participants and follows up on their recommendations;",
    "Maintains partnerships with space agencies, operators, academia and other United Nations entities and prepares cooperation agreements;",
    "Supervises and coaches junior staff, consultants and interns assigned to the programme;",
    "Performs other related duties as required.",
]


def page():
    comp = "\n".join(f'<p><b>{n}:</b> {d}</p>' for n, d in COMP)
    duties = "\n".join(f"<li>{d}</li>" for d in DUTIES)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, P4 | United Nations Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;color:#222;margin:0}}
.cookie{{background:#eee;padding:6px 18px;font-size:9pt}}
nav.top{{background:#009edb;color:#fff;padding:8px 18px}} nav.top a{{color:#fff;margin-right:14px;text-decoration:none}}
.crumb{{font-size:9pt;color:#555;padding:6px 18px}}
main{{padding:0 18px 18px 18px}}
h1{{font-size:15pt;color:#0b4e8a}}
.facts div{{display:flex;border-bottom:1px solid #ddd;padding:3px 0}} .facts span.l{{width:190px;font-weight:bold}}
.nw{{white-space:nowrap}}
h2{{font-size:12pt;color:#0b4e8a;border-bottom:2px solid #009edb;margin-top:18px}}
.btns span{{border:1px solid #009edb;padding:2px 8px;margin-right:6px;font-size:9pt}}
footer{{font-size:8.5pt;color:#666;border-top:1px solid #ccc;margin-top:20px;padding:8px 18px}}
</style></head><body>
<div class="cookie">This site uses cookies to offer you a better browsing experience. <a href="#">Accept</a> · <a href="#">Decline</a></div>
<nav class="top"><a href="#">Home</a><a href="#">Search jobs</a><a href="#">Job network</a><a href="#">Young Professionals</a><a href="#">Français</a><a href="#">Sign in</a></nav>
<div class="crumb">Home › Search jobs › Job opening 312847</div>
<main>
<h1>{TITLE}<span class="nw">, P4</span></h1>
<div class="btns"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
<section class="facts">
<div><span class="l">Posting Title</span><span>{TITLE}<span class="nw">, P4</span></span></div>
<div><span class="l">Job Code Title</span><span>PROGRAMME MANAGEMENT OFFICER</span></div>
<div><span class="l">Department/Office</span><span>{ORG}</span></div>
<div><span class="l">Duty Station</span><span>{LOC}</span></div>
<div><span class="l">Posting Period</span><span>02 September 2034 - 01 October 2034</span></div>
<div><span class="l">Job Opening Number</span><span class="nw">{REF}</span></div>
<div><span class="l">Staffing Exercise</span><span>N/A</span></div>
</section>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
<h2>Org. Setting and Reporting</h2>
<p>The {ORG} (UNOOSA) promotes international cooperation in the peaceful use and exploration of outer space and serves as the secretariat of the Committee on the Peaceful Uses of Outer Space and its two subcommittees. This position is located in the Space Applications Section of UNOOSA in Vienna. The incumbent reports to the Chief of the Section.</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Programme Management Officer will be responsible for the following duties:</p>
<ul>{duties}</ul>
<h2>Competencies</h2>
{comp}
<h2>Education</h2>
<p>{EDU}</p>
<h2>Job - Specific Qualification</h2>
<p>Not available.</p>
<h2>Work Experience</h2>
<p>{EXP}</p>
<p>{EXP_D1}</p>
<p>{EXP_D2}</p>
<h2>Languages</h2>
<p>{LANG_CTX} {LANG_E} {LANG_D}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a substantive assessment, which is expected to take place in the week of 20 October 2034, followed by a competency-based interview.</p>
<h2>Special Notice</h2>
<p>The appointment is limited to UNOOSA. Staff members of the United Nations Secretariat are subject to the authority of the Secretary-General and to assignment by him or her. Extension of the appointment is subject to the availability of the post or funds, budgetary approval and satisfactory performance.</p>
<h2>United Nations Considerations</h2>
<p>Candidates will be assessed against the evaluation criteria of the job opening and the applicable internal legislations. Applicants are urged to follow carefully all instructions available in the online recruitment platform; the screening of applications is based on the information submitted at the time of application.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
<h2>Similar jobs</h2>
<ul><li>Scientific Affairs Officer, P3 – Vienna – deadline 14 October 2034</li><li>Legal Officer (Treaty Affairs), P3 – Vienna – deadline 22 October 2034</li></ul>
</main>
<footer>© United Nations · Terms of use · Privacy notice · Fraud alert · Contact us</footer>
</body></html>
"""


def build():
    name = KEY + "-uncareers.html"
    write(name, page(), KEY)
    chromium(name, KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2034-10-01", grade="P4",
             requirements={"essential": [EDU, EXP, LANG_E], "desirable": [EXP_D1, EXP_D2, LANG_D]},
             competencies=COMP)
