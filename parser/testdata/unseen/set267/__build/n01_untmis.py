from common import *

REF = "39-Human Rights-UNTMIS-447315-R-Mogadishu (M)"
KEY = "39-human-rights-untmis-447315-r-mogadishu-m"
TITLE = "Human Rights Officer (Protection of Civilians)"
ORG = "United Nations Transitional Assistance Mission in Somalia"
LOC = "MOGADISHU"
GRADE = "P-4"
EDU = ("An advanced university degree (Master's degree or equivalent) in law, political science, international "
       "relations, social sciences or a related area is required. A first-level university degree in combination "
       "with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP_REQ = [
    "A minimum of seven years of progressively responsible experience in human rights, protection of civilians, "
    "international humanitarian law or a related area is required.",
    "Experience in monitoring, investigating and reporting on violations in a conflict or post-conflict setting is required.",
]
EXP_DES = [
    "Experience working with national human rights institutions or transitional justice mechanisms is desirable.",
    "Field experience in the Horn of Africa is desirable.",
]
LANG_REQ = "For the position advertised, fluency in English is required."
LANG_DES = "Knowledge of Somali or Arabic is desirable."
COMP = [
    ("Professionalism", "Knowledge of international human rights standards and of the protection of civilians "
     "framework; ability to identify issues, analyse and participate in the resolution of problems; shows "
     "persistence when faced with difficult problems or challenges; remains calm in stressful situations."),
    ("Communication", "Speaks and writes clearly and effectively; listens to others, correctly interprets messages "
     "from others and responds appropriately; tailors language, tone, style and format to match the audience."),
    ("Judgement/Decision-making", "Identifies the key issues in a complex situation and comes to the heart of the "
     "problem quickly; gathers relevant information before making a decision; considers positive and negative "
     "impacts of decisions prior to making them."),
]
DUTIES = [
    "Leads the monitoring of threats to civilians in assigned regions and maintains the Mission's incident database;",
    "Drafts analytical reports, flash notes and inputs to the reports of the Secretary-General on the protection situation;",
    "Advises Mission components and the United Nations country team on early-warning indicators and mitigation options;",
    "Conducts or leads fact-finding missions, including to locations accessible only by air;",
    "Supports the capacity building of federal and state human rights focal points;",
    "Supervises and mentors national and international staff of the Protection of Civilians Unit.",
]
SETTING = ("This position is located in the Human Rights and Protection Group of the United Nations Transitional "
           "Assistance Mission in Somalia (UNTMIS), in Mogadishu. The Human Rights Officer reports to the Chief of "
           "the Protection of Civilians Unit and works closely with the Mission's political and security components.")


def page():
    facts = [
        ("Job Title", "HUMAN RIGHTS OFFICER, P4"), ("Job Code Title", "HUMAN RIGHTS OFFICER"),
        ("Department/Office", ORG), ("Duty Station", LOC),
        ("Category and Level", "Professional and Higher Categories, " + GRADE),
        ("Job Network", "Political, Peace and Humanitarian"), ("Job Family", "Human Rights"),
        ("Job Opening Number", REF), ("Staffing Exercise", "N/A"),
        ("Date Posted", "Dec 4, 2039"), ("Deadline", "Jan 3, 2040"),
    ]
    rows = "\n".join('<div class="f"><div class="l">%s</div><div class="v">%s</div></div>' % (a, esc(b)) for a, b in facts)
    comp = "\n".join("<p><b>%s:</b> %s</p>" % (n, d) for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, P4 | Careers at the United Nations</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:0;color:#222}}
.bar{{background:#009edb;color:#fff;padding:6px 24px;font-size:9pt}}
.crumb{{padding:8px 24px;font-size:9pt;color:#555}}
main{{padding:0 24px}}
h1{{font-size:17pt;margin:6px 0}}
.facts{{border:1px solid #ccc;margin:12px 0;columns:2;column-gap:20px;padding:8px}}
.f{{break-inside:avoid;margin-bottom:6px}} .l{{font-size:8.5pt;color:#666;text-transform:uppercase}} .v{{font-weight:bold}}
h2{{font-size:12pt;border-bottom:2px solid #009edb;margin-top:16px}}
.act span{{display:inline-block;border:1px solid #009edb;padding:2px 10px;margin-right:6px;font-size:9pt}}
footer{{font-size:8pt;color:#666;border-top:1px solid #ccc;margin:20px 24px;padding-top:6px}}
</style></head>
<body>
<div class="bar">United Nations Careers &nbsp;|&nbsp; Welcome &nbsp;|&nbsp; Français &nbsp;|&nbsp; Sign in</div>
<div class="crumb">Home › Job openings › Search results › Job detail</div>
<main>
<h1>{TITLE}<span style="white-space:nowrap">, P4</span></h1>
<div class="act"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
<section class="facts">
{rows}
</section>
<h2>Result of Service</h2>
<p>Civilians in the Mission's areas of deployment benefit from timely analysis and coordinated protection responses.</p>
<h2>Org. Setting and Reporting</h2>
<p>{SETTING}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Human Rights Officer will be responsible for the following duties:</p>
{ul(DUTIES)}
<h2>Competencies</h2>
{comp}
<h2>Education</h2>
<p>{EDU}</p>
<h2>Work Experience</h2>
<p>{EXP_REQ[0]}</p>
<p>{EXP_REQ[1]}</p>
<p>{EXP_DES[0]}</p>
<p>{EXP_DES[1]}</p>
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include an assessment exercise, tentatively scheduled for the week of 21 January 2040, which may be followed by a competency-based interview.</p>
<h2>Special Notice</h2>
<p>This is a non-family duty station. The appointment is limited to the Mission and is subject to the availability of the post or funds. Staff members are subject to the authority of the Secretary-General and to assignment by him or her.</p>
<h2>United Nations Considerations</h2>
<p>According to article 101, paragraph 3, of the Charter of the United Nations, the paramount consideration in the employment of the staff is the necessity of securing the highest standards of efficiency, competence, and integrity.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
</main>
<footer>Copyright United Nations · Fraud alert · Privacy notice · Terms of use · Page printed 06/12/2039</footer>
</body></html>
"""


def telegram():
    duties = "\n".join("▫️ " + d for d in DUTIES)
    comp = "\n\n".join("🔹 %s: %s" % (n, d) for n, d in COMP)
    return f"""Horn of Africa Protection Jobs 🌍
channel · 4 812 subscribers

[05.12.39 09:14]
📢 NEW OPENING — UN peace operations, Somalia

{TITLE}, P4
🏢 {ORG}
📍 Duty Station: {LOC}
🎚 Category and Level: Professional and Higher Categories, {GRADE}
🔢 Job Opening Number: {REF}
🗓 Posting Period: 04 December 2039 - 03 January 2040

Org. Setting and Reporting
{SETTING}

Responsibilities
{duties}

Competencies

{comp}

Education
{EDU}

Work Experience
{EXP_REQ[0]} {EXP_REQ[1]} {EXP_DES[0]} {EXP_DES[1]}

Languages
English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}

Assessment: possibly in the week of 21 January 2040 (tentative).
Apply only through the official careers portal — never pay anyone for an application. 🚫💵

👁 1.9K  ✏️ edited

[05.12.39 09:20]
Reminder: our info session on writing a UN personal history profile is on 14 December 2039 at 16:00 EAT (Zoom link pinned).

👁 1.2K
"""


def build():
    write(KEY + "-uncareers.html", page(), KEY)
    chromium_pdf(KEY + "-uncareers.html", KEY)
    write(KEY + "-telegram.txt", telegram(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-01-03", salary=None, grade=GRADE,
             req={"en": ([EDU] + EXP_REQ + [LANG_REQ], EXP_DES + [LANG_DES])},
             comp={"en": COMP})
