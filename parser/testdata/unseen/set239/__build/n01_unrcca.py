from common import *

REF = "37-Programme Management-UNRCCA-341276-R-Ashgabat (X)"
KEY = "37-programme-management-unrcca-341276-r-ashgabat-x"
TITLE = "Programme Management Officer (Water and Energy Diplomacy)"
ORG = "United Nations Regional Centre for Preventive Diplomacy for Central Asia"
LOC = "ASHGABAT"
LEVEL = "Professional and Higher Categories, P-4"
GRADE = "P-4"
SETTING = [
    "This position is located in the United Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA) in Ashgabat, Turkmenistan. The Centre supports the five Central Asian governments in identifying and managing emerging threats to peace, with a standing programme on the shared use of water and energy resources.",
    "The Programme Management Officer reports to the Chief of Staff and works closely with the Political Affairs Unit and the Centre's liaison presences in the region.",
]
DUTIES = [
    "Plans, manages and monitors the Centre's programme on water and energy diplomacy, including its annual workplan, budget and results framework;",
    "Organizes regional expert meetings and ministerial consultations on the joint management of river basins and the seasonal exchange of electricity;",
    "Drafts analytical notes, talking points and reports to the Security Council and to Headquarters on developments affecting resource cooperation;",
    "Maintains working relations with basin organizations, development banks, the regional commissions and United Nations country teams;",
    "Prepares project proposals and donor reports and follows up on extrabudgetary contributions;",
    "Supervises one national officer and one programme assistant, and performs other related duties as required.",
]
COMPS = [
    ("Professionalism", "Knows the policy and technical issues of shared natural resources in Central Asia; applies sound judgement in sensitive settings; meets deadlines and takes responsibility for the quality of the programme."),
    ("Planning and Organizing", "Sets clear goals consistent with the Centre's mandate; identifies priorities and adjusts them as required; uses time and resources efficiently."),
    ("Communication", "Speaks and writes clearly; tailors language and tone to governments, experts and donors; listens to others and asks questions to clarify."),
]
EDU = "Advanced university degree (Master's degree or equivalent) in international relations, political science, natural resource management, economics or a related field. A first-level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree."
ESS = [EDU,
       "A minimum of seven years of progressively responsible experience in programme or project management, international relations, natural resource governance or a related area is required.",
       "For this position, fluency in English is required."]
DES = ["Experience in facilitating dialogue among governments of Central Asia on water or energy matters is desirable.",
       "Experience in preparing reports for an intergovernmental body of the United Nations is desirable.",
       "Knowledge of Russian is desirable."]
WORK_REQ, WORK_DES1, WORK_DES2 = ESS[1], DES[0], DES[1]
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."


def build():
    duties = "".join("<li>%s</li>" % esc(d) for d in DUTIES)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | Careers</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:13px;color:#222;margin:0}}
.top{{background:#009edb;color:#fff;padding:8px 24px}} .top a{{color:#fff;margin-right:14px;text-decoration:none}}
.crumbs{{padding:8px 24px;color:#555;font-size:12px}} main{{padding:0 24px 24px}}
h1{{font-size:22px;margin:8px 0}} .nw{{white-space:nowrap}} .btns span{{border:1px solid #009edb;padding:3px 9px;margin-right:6px;color:#009edb}}
table.facts{{border-collapse:collapse;margin:14px 0;width:100%}} table.facts th{{text-align:left;background:#eef6fb;width:28%;padding:5px 8px;border:1px solid #cfe3ef}}
table.facts td{{padding:5px 8px;border:1px solid #cfe3ef}} h2{{font-size:16px;border-bottom:1px solid #ccc;padding-bottom:3px;margin-top:20px}}
footer{{font-size:11px;color:#666;padding:12px 24px;border-top:1px solid #ddd}}
</style></head><body>
<div class="top"><a href="#">United Nations Careers</a><a href="#">Search jobs</a><a href="#">My profile</a><a href="#">Français</a></div>
<div class="crumbs">Home › Job openings › {esc(TITLE)}</div>
<main>
<h1>{esc(TITLE)}<span class="nw">, P4</span></h1>
<p class="btns"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></p>
<table class="facts">
<tr><th>Job Title</th><td>PROGRAMME MANAGEMENT OFFICER (WATER AND ENERGY DIPLOMACY), P4</td></tr>
<tr><th>Job Code Title</th><td>PROGRAMME MANAGEMENT OFFICER</td></tr>
<tr><th>Department/Office</th><td>{esc(ORG)}</td></tr>
<tr><th>Duty Station</th><td>{LOC}</td></tr>
<tr><th>Category and Level</th><td>{LEVEL}</td></tr>
<tr><th>Job Opening</th><td>341276</td></tr>
<tr><th>Job Opening Number</th><td><span class="nw">{esc(REF)}</span></td></tr>
<tr><th>Date Posted</th><td>Aug 4, 2037</td></tr>
<tr><th>Deadline</th><td>Sep 2, 2037</td></tr>
</table>
<p><em>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</em></p>
<h2>Org. Setting and Reporting</h2>
<p>{esc(SETTING[0])}</p><p>{esc(SETTING[1])}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Programme Management Officer will be responsible for the following duties:</p>
<ul>{duties}</ul>
<h2>Competencies</h2>
{comps_html(COMPS)}
<h2>Education</h2>
<p>{esc(EDU)}</p>
<h2>Job - Specific Qualification</h2>
<p>Not available.</p>
<h2>Work Experience</h2>
<p>{esc(WORK_REQ)}</p>
<p>{esc(WORK_DES1)}</p>
<p>{esc(WORK_DES2)}</p>
<h2>Languages</h2>
<p>{LANG_CTX} {esc(ESS[2])} {esc(DES[2])}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include an assessment exercise, tentatively scheduled for the week of 27 September 2037, which may be followed by a competency-based interview.</p>
<h2>Special Notice</h2>
<p>The appointment is limited to the Centre and is subject to the availability of the post and the renewal of the mandate. Staff members are subject to the authority of the Secretary-General and to assignment by him or her.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
</main>
<footer>Copyright United Nations · Fraud alert · Privacy notice · Terms of use</footer>
</body></html>
"""
    write(KEY + "-uncareers.html", page, KEY)
    chromium(KEY + "-uncareers.html", KEY)
    # Microsoft Teams paste
    t = f"""Aziza Nurmatova  08/08/2037 09:14
anyone on the regional roster interested? forwarding from careers.un.org

Programme Management Officer (Water and Energy Diplomacy), P4
Department/Office: {ORG}
Duty Station: {LOC}
Category and Level: {LEVEL}
Job Opening Number: {REF}
Posting Period: 04 August 2037 - 02 September 2037

Org. Setting and Reporting
{SETTING[0]} {SETTING[1]}

Responsibilities
""" + "\n".join(DUTIES) + "\n\nCompetencies\n" + "\n".join("%s: %s" % c for c in COMPS) + f"""

Education
{EDU}

Work Experience
{WORK_REQ} {WORK_DES1} {WORK_DES2}

Languages
{LANG_CTX} {ESS[2]} {DES[2]}

(see more on the portal - assessment planned end of September)
👍 2

Timur Ashirov  08/08/2037 09:31
thanks! do you know if it's the same post that closed on 15 July last year?

Aziza Nurmatova  08/08/2037 09:33
no, that one was the P3 liaison post. This is new.
"""
    write(KEY + "-teams.txt", t, KEY)
    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2037-09-02", None, GRADE,
             {"essential": ESS, "desirable": DES}, comps_list(COMPS))
