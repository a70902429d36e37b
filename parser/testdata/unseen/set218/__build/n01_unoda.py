"""UNODA, Vienna, EN: Inspira job opening page (HTML), Chromium PDF + dump."""
from common import *

KEY = "35-political-affairs-unoda-320574-r-vienna-x"
REF = "35-Political Affairs-UNODA-320574-R-Vienna (X)"
TITLE = "SENIOR POLITICAL AFFAIRS OFFICER (SMALL ARMS AND AMMUNITION)"
GRADE = "P5"
ORG = "Office for Disarmament Affairs"
LOC = "VIENNA"

EDU = ("An advanced university degree (Master's degree or equivalent) in political science, international relations, "
       "international security, law or a related field is required. A first-level university degree in combination "
       "with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
WE1 = ("A minimum of ten years of progressively responsible experience in political affairs, arms control, "
       "disarmament or international security is required.")
WE2 = ("Experience in designing or managing international assistance projects on small arms control or "
       "ammunition management is required.")
WE3 = "Experience in the United Nations common system or a comparable international organization is desirable."
WE4 = "Experience in servicing intergovernmental meetings on conventional arms is desirable."
LA1 = "For this position, fluency in English is required."
LA2 = "Knowledge of another official United Nations language is desirable."
ESS = [EDU, WE1, WE2, LA1]
DES = [WE3, WE4, LA2]
COMP = [
    ("Professionalism", "Knowledge of the international instruments on small arms and ammunition and of the Programme of "
     "Action; ability to identify issues, analyse them and propose solutions; shows persistence when faced with "
     "difficult problems and remains calm in stressful situations."),
    ("Communication", "Speaks and writes clearly and effectively; tailors language, tone and format to the audience; "
     "keeps Member States and partners informed."),
    ("Planning & Organizing", "Develops clear goals consistent with agreed strategies; allocates time and resources "
     "for completing work and adjusts priorities as required."),
    ("Judgement/Decision-making", "Gathers relevant information before making a decision; considers positive and "
     "negative impacts of decisions prior to making them; proposes a course of action based on all available "
     "information."),
]

DUTIES = [
    "Leads the Vienna Office's work on small arms, light weapons and conventional ammunition, including support to "
    "regional organizations of Europe and Central Asia;",
    "Prepares analytical papers, talking points and draft reports of the Secretary-General on conventional arms "
    "issues;",
    "Manages a portfolio of assistance projects funded through the Saving Lives Entity and bilateral donors, "
    "including budgets, partner agreements and narrative reporting;",
    "Services expert meetings and workshops, drafts summaries and follow-up recommendations;",
    "Represents the Office in inter-agency coordination mechanisms and maintains working relations with permanent "
    "missions in Vienna;",
    "Supervises and mentors two Political Affairs Officers and one Team Assistant;",
    "Performs other related duties as required.",
]


def build():
    facts = [
        ("Posting Title:", TITLE + ", " + GRADE),
        ("Job Code Title:", "SENIOR POLITICAL AFFAIRS OFFICER"),
        ("Department/ Office:", ORG),
        ("Duty Station:", LOC),
        ("Posting Period:", "01 November 2035 - 01 December 2035"),
        ("Job Opening Number:", REF),
        ("Staffing Exercise", "N/A"),
        ("United Nations Core Values: Integrity, Professionalism, Respect for Diversity", ""),
    ]
    rows = "\n".join(
        '<tr><th>%s</th><td><span class="nw">%s</span></td></tr>' % (E(a), E(b)) if b else
        '<tr><th colspan="2" class="cv">%s</th></tr>' % E(a) for a, b in facts)
    comp = "\n".join("<p><b>%s:</b> %s</p>" % (E(n), E(d)) for n, d in COMP)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job Opening {E(REF)}</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0;color:#222}}
.bar{{background:#0b4f8a;color:#fff;padding:6px 18px;font-size:9pt}}
.bar a{{color:#fff;margin-right:14px;text-decoration:none}}
.wrap{{padding:10px 26px}}
h1{{font-size:14pt;color:#0b4f8a;border-bottom:2px solid #0b4f8a;padding-bottom:4px}}
table.jo{{border-collapse:collapse;width:100%;margin-bottom:10px}}
table.jo th{{text-align:left;width:32%;background:#eef3f8;padding:4px 6px;font-weight:bold;vertical-align:top}}
table.jo td{{padding:4px 6px;vertical-align:top}}
th.cv{{background:#dbe7f3 !important;font-style:italic}}
.nw{{white-space:normal}}
h3{{font-size:11pt;background:#eef3f8;padding:3px 6px;margin:14px 0 6px}}
.foot{{font-size:8pt;color:#666;border-top:1px solid #ccc;margin-top:18px;padding-top:6px}}
</style></head><body>
<div class="bar"><a href="#">inspira</a> <a href="#">Careers Home</a> <a href="#">Search Job Openings</a> <a href="#">My Career Page</a> <a href="#">Sign Out</a> <span style="float:right">Help | Français</span></div>
<div class="wrap">
<p style="font-size:9pt">Careers Home &gt; Search Job Openings &gt; Job Description</p>
<h1>Job Opening</h1>
<table class="jo">
{rows}
</table>
<h3>Org. Setting and Reporting</h3>
<p>The United Nations Office for Disarmament Affairs (UNODA) supports multilateral efforts aimed at achieving general and complete disarmament under effective international control. The Vienna Office of UNODA promotes disarmament and non-proliferation through engagement with the organizations based in Vienna and with regional partners. This position is located in the Conventional Arms Branch team of the Vienna Office. The incumbent reports to the Chief of the Vienna Office.</p>
<h3>Responsibilities</h3>
<p>Within delegated authority, the Senior Political Affairs Officer will be responsible for the following duties:</p>
{ul(DUTIES)}
<h3>Competencies</h3>
{comp}
<h3>Education</h3>
<p>{E(EDU)}</p>
<h3>Job - Specific Qualification</h3>
<p>Not available.</p>
<h3>Work Experience</h3>
<p>{E(WE1)}</p>
<p>{E(WE2)}</p>
<p>{E(WE3)}</p>
<p>{E(WE4)}</p>
<h3>Languages</h3>
<p>English and French are the working languages of the United Nations Secretariat. {E(LA1)} {E(LA2)}</p>
<h3>Assessment</h3>
<p>Evaluation of qualified candidates may include an assessment exercise which will be followed by a competency-based interview. The assessment is expected to take place in the second half of January 2036.</p>
<h3>Special Notice</h3>
<p>This position is funded for an initial period of one year, with the possibility of extension subject to the availability of funds. Staff members are subject to the authority of the Secretary-General and to assignment by him or her.</p>
<h3>United Nations Considerations</h3>
<p>According to article 101, paragraph 3, of the Charter of the United Nations, the paramount consideration in the employment of the staff is the necessity of securing the highest standards of efficiency, competence, and integrity. Candidates will not be considered for employment with the United Nations if they have committed violations of international human rights law or international humanitarian law.</p>
<p>Applicants are urged to follow carefully all instructions available in the online recruitment platform, inspira. The evaluation of applicants will be conducted on the basis of the information submitted in the application. Job openings advertised on the Careers Portal will be removed at 11:59 p.m. (New York time) on the deadline date.</p>
<h3>No Fee</h3>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
<p><b>[ Apply Now ]</b> &nbsp; <b>[ Back ]</b></p>
<div class="foot">Copyright United Nations. All rights reserved. Page generated 04 November 2035 10:12 (EST). Terms of use | Privacy notice | Fraud alert</div>
</div></body></html>
"""
    write(KEY + "-inspira.html", page, KEY)
    chromium_pdf(KEY + "-inspira.html", KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2035-12-01", grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": COMP})
