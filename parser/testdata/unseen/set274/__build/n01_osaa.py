"""OSAA (UN Secretariat) on careers.un.org: job page, Chromium PDF, WhatsApp forward."""
from common import *

KEY = "40-economic-affairs-osaa-468207-r-new-york-r"
REF = "40-Economic Affairs-OSAA-468207-R-New York (R)"
TITLE = "Economic Affairs Officer (Debt and Domestic Resource Mobilization)"
ORG = "Office of the Special Adviser on Africa"
LOC = "NEW YORK"
GRADE = "P-4"
EDU = ("An advanced university degree (Master's degree or equivalent) in economics, public finance, development "
       "economics or a related field is required. A first-level university degree in combination with two additional "
       "years of qualifying experience may be accepted in lieu of the advanced university degree.")
WX_REQ = ["A minimum of seven years of progressively responsible experience in economic analysis, public finance or "
          "development finance is required.",
          "Experience in drafting analytical reports on African economies for intergovernmental bodies is required."]
WX_DES = ["Experience in debt sustainability analysis or in the compilation of domestic revenue statistics is desirable.",
          "Experience working with a regional economic community or a continental African institution is desirable."]
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of French is desirable."
COMP = [
    ("Professionalism", "Knowledge of economic and fiscal policy issues affecting African countries, including public debt, "
     "tax policy and illicit financial flows; ability to apply economic theory to concrete policy problems; shows "
     "persistence when faced with difficult problems or challenges; remains calm in stressful situations."),
    ("Planning and Organizing", "Develops clear goals that are consistent with agreed strategies; identifies priority "
     "activities and assignments; allocates appropriate amounts of time and resources for completing work; uses time "
     "efficiently."),
    ("Communication", "Speaks and writes clearly and effectively; listens to others, correctly interprets messages from "
     "others and responds appropriately; tailors language, tone, style and format to match the audience."),
]


def html():
    comp_html = "\n".join(f"<p><b>{n}:</b> {d}</p>" for n, d in COMP)
    wx = " ".join(WX_REQ + WX_DES)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;color:#222;margin:0}}
.bar{{background:#0b3d6b;color:#fff;padding:6px 24px;font-size:9pt}}
.bar span{{float:right}}
main{{padding:10px 28px}}
.crumbs{{font-size:8.5pt;color:#555}}
h1{{font-size:17pt;color:#0b3d6b;margin:8px 0 2px}}
.lvl{{white-space:nowrap;color:#555;font-size:13pt}}
.actions{{font-size:9pt;color:#0b3d6b;margin-bottom:10px}}
table.facts{{border-collapse:collapse;width:100%;margin:6px 0 14px;background:#f2f6fa}}
table.facts th{{text-align:left;font-size:8pt;text-transform:uppercase;color:#556;width:28%;padding:5px 8px;vertical-align:top}}
table.facts td{{padding:5px 8px;vertical-align:top}}
h2{{font-size:12pt;border-bottom:1px solid #c9d6e3;color:#0b3d6b;margin:16px 0 6px}}
footer{{font-size:8pt;color:#666;border-top:1px solid #ccc;margin-top:20px;padding:6px 28px}}
</style></head>
<body>
<div class="bar">United Nations Careers <span>Français · Español · Log in</span></div>
<main>
<div class="crumbs">Home › Job openings › Economic, Social and Development</div>
<h1>{TITLE}<span class="lvl">, P4</span></h1>
<div class="actions">Apply · Save · Share · Print</div>
<table class="facts">
<tr><th>Job Title</th><td>ECONOMIC AFFAIRS OFFICER, P4</td></tr>
<tr><th>Job Code Title</th><td>ECONOMIC AFFAIRS OFFICER</td></tr>
<tr><th>Department/Office</th><td>{ORG}</td></tr>
<tr><th>Duty Station</th><td>{LOC}</td></tr>
<tr><th>Category and Level</th><td>Professional and Higher Categories, {GRADE}</td></tr>
<tr><th>Job Opening Number</th><td>{REF}</td></tr>
<tr><th>Job Network</th><td>Economic, Social and Development</td></tr>
<tr><th>Date Posted</th><td>Jul 3, 2040</td></tr>
<tr><th>Deadline</th><td>Aug 1, 2040</td></tr>
</table>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>

<h2>Org. Setting and Reporting</h2>
<p>The {ORG} (OSAA) supports the Secretary-General in advocating for Africa's development priorities within the
United Nations system and with Member States. The Office leads the preparation of the Secretary-General's reports on
financing for Africa's development and services the annual Africa Dialogue Series. This position is located in the
Policy Analysis and Monitoring Unit in New York. The Economic Affairs Officer reports to the Chief of the Unit.</p>

<h2>Responsibilities</h2>
<p>Within delegated authority, the Economic Affairs Officer will be responsible for the following duties:</p>
<ul>
<li>Leads research on public debt, tax capacity and the mobilization of domestic resources in African countries, and drafts the corresponding chapters of flagship reports;</li>
<li>Monitors the implementation of international commitments on development finance and prepares briefing notes for the Special Adviser;</li>
<li>Organizes expert group meetings and policy dialogues with African finance ministries, the African Union Commission and regional development banks;</li>
<li>Maintains datasets on revenue, expenditure and external financing and ensures their consistency with official sources;</li>
<li>Contributes inputs to statements, talking points and correspondence of senior officials;</li>
<li>Performs other related duties as required.</li>
</ul>

<h2>Competencies</h2>
{comp_html}

<h2>Education</h2>
<p>{EDU}</p>

<h2>Job - Specific Qualification</h2>
<p>N/A</p>

<h2>Work Experience</h2>
<p>{wx}</p>

<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}</p>

<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include an assessment exercise, expected in the week of 27 August 2040,
which may be followed by a competency-based interview.</p>

<h2>Special Notice</h2>
<p>This position is funded for an initial period of one year. Extension of the appointment is subject to the
availability of funds. Staff members of the United Nations Secretariat are subject to the authority of the
Secretary-General and to assignment by him or her.</p>

<h2>United Nations Considerations</h2>
<p>According to article 101, paragraph 3, of the Charter of the United Nations, the paramount consideration in the
employment of the staff is the necessity of securing the highest standards of efficiency, competence, and integrity.
Candidates will not be considered for employment with the United Nations if they have committed violations of
international human rights law or international humanitarian law.</p>

<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING,
PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
</main>
<footer>Copyright United Nations · Fraud alert · Privacy notice · Terms of use</footer>
</body></html>
"""


def whatsapp():
    c = "\n".join(f"   *{n}:* {d}" for n, d in COMP)
    return f"""[18/07/2040, 08:42] Kwame (AU desk): Forwarded
[18/07/2040, 08:42] Kwame (AU desk): 📣 *UN vacancy – {ORG}*
*{TITLE}*
Grade: {GRADE}
Duty station: {LOC}
Job opening: {REF}
⏳ Posting closes 01/08/2040 (11:59 pm New York time)

*What the job is about*
▪️ Research and drafting on debt, tax capacity and domestic resources in African countries
▪️ Briefing notes for the Special Adviser
▪️ Expert group meetings with finance ministries and the AUC
▪️ Datasets on revenue and external financing

*Competencies*
{c}

*Education*
{EDU}

*Work experience*
{WX_REQ[0]} {WX_REQ[1]}
{WX_DES[0]} {WX_DES[1]}

*Languages*
{LANG_REQ} {LANG_DES}

[18/07/2040, 08:44] Kwame (AU desk): Apply only through careers.un.org – no fee at any stage 🙏
[18/07/2040, 09:15] Aïcha M.: Thanks! Is the assessment date known?
[18/07/2040, 09:17] Kwame (AU desk): Week of 27 August per the notice
[18/07/2040, 09:20] Ruth N.: 👍 sharing with our alumni list
[18/07/2040, 11:02] Tendai: Do they take P3s with 6 years? asking for a friend 😅
[18/07/2040, 11:05] Kwame (AU desk): Read the in-lieu sentence carefully, 7 years is the floor
"""


def build():
    write(KEY + "-uncareers.html", html(), KEY)
    chromium(KEY + "-uncareers.html", KEY)
    write(KEY + "-whatsapp.txt", whatsapp(), KEY)
    expected(KEY, reference=REF, langs=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-08-01", grade=GRADE,
             req={"en": ([EDU] + WX_REQ + [LANG_REQ], WX_DES + [LANG_DES])},
             comp={"en": COMP})
