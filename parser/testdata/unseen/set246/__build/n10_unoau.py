from common import *

KEY = "38-political-affairs-unoau-355061-r-addis-ababa-r"
REF = "38-Political Affairs-UNOAU-355061-R-Addis Ababa (R)"
TITLE = "Principal Political Affairs Officer (Peace Operations Partnership)"
ORG = "United Nations Office to the African Union"
LOC = "ADDIS ABABA"
CAT = "Director and Higher Categories, D-1"
EDU = ("An advanced university degree (Master's degree or equivalent) in political science, international relations, "
       "law, peace and conflict studies or a related field is required. A first-level university degree in combination "
       "with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP_REQ = ("A minimum of fifteen years of progressively responsible experience in political affairs, peace operations or "
           "conflict prevention, including at the international level, is required.")
EXP_DES1 = "Experience working with the African Union Commission or a regional economic community is desirable."
EXP_DES2 = "Experience in the planning or review of a peace support operation is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of French is desirable."
COMP = [
    ("Professionalism", "Brings deep knowledge of African peace and security institutions to bear on joint planning; "
     "keeps the quality of analysis high under time pressure."),
    ("Communication", "Briefs senior officials of both organizations in plain terms and adapts the message to the audience."),
    ("Leadership", "Gives the team a clear direction, defends its work and builds support among partners."),
    ("Judgement/Decision-making", "Weighs political risks before advising and takes decisions that serve the partnership."),
]
DUTIES = [
    "Leads the joint work with the African Union Commission on the planning, mandating and review of peace support operations.",
    "Advises the Special Representative on the political aspects of the partnership and drafts reports to the Security Council.",
    "Coordinates the Office's contributions to the annual joint conference of the two organizations.",
    "Manages the Peace Operations Partnership Team and its work plan.",
    "Represents the Office in meetings with Member States, the regional economic communities and think tanks.",
]
SETTING = ("This position is located in the Peace Operations Partnership Team of the United Nations Office to the "
           "African Union (UNOAU) in Addis Ababa. The incumbent reports to the Special Representative of the "
           "Secretary-General to the African Union.")


def build():
    comp_html = "\n".join(f"<p><b>{esc(n)}:</b> {esc(d)}</p>" for n, d in COMP)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job Opening {REF} - Print</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;margin:18px 26px}}
.printbar{{font-size:8pt;color:#666;border-bottom:1px solid #999;padding-bottom:3px}}
h1{{font-size:15pt;margin:10px 0 6px}}
.grid{{display:grid;grid-template-columns:180px 1fr;row-gap:3px;margin:8px 0}}
.grid div:nth-child(odd){{font-weight:bold}}
h2{{font-size:10.5pt;background:#e8e8e8;padding:2px 5px;margin:12px 0 4px}}
</style></head><body>
<div class="printbar">careers.un.org · Job opening · Printed 30 March 2038, 10:14</div>
<h1>{esc(TITLE)}, D1</h1>
<div class="grid">
<div>Job Title:</div><div>PRINCIPAL POLITICAL AFFAIRS OFFICER, D1</div>
<div>Department/Office:</div><div>{esc(ORG)}</div>
<div>Duty Station:</div><div>{LOC}</div>
<div>Category and Level:</div><div>{CAT}</div>
<div>Job Opening Number:</div><div>{esc(REF)}</div>
<div>Date Posted:</div><div>Mar 28, 2038</div>
<div>Deadline:</div><div>Apr 27, 2038</div>
</div>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
<h2>Org. Setting and Reporting</h2>
<p>{esc(SETTING)}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Principal Political Affairs Officer will be responsible for the following duties:</p>
{ul(DUTIES)}
<h2>Competencies</h2>
{comp_html}
<h2>Education</h2>
<p>{esc(EDU)}</p>
<h2>Work Experience</h2>
<p>{esc(EXP_REQ)} {esc(EXP_DES1)} {esc(EXP_DES2)}</p>
<h2>Languages</h2>
<p>{esc(LANG_CTX)} {esc(LANG_REQ)} {esc(LANG_DES)}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a written assessment in late May 2038 and a competency-based interview.</p>
<h2>Special Notice</h2>
<p>The selected candidate will be subject to a reference check. Candidates from the Secretariat are reminded that lateral moves count towards mobility requirements.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
<p style="font-size:8pt;color:#666">Page 1 · careers.un.org/jobSearchDescription/355061</p>
</body></html>
"""
    write(KEY + "-print.html", html, KEY)
    chromium(KEY + "-print.html", KEY)

    nl = f"""PEACE & SECURITY CAREERS BRIEF
A weekly round-up of openings in African peace and security institutions
Issue 147 — 1 April 2038
————————————————————————————————————————

THIS WEEK'S PICKS
  • UN Office to the African Union — {TITLE} (D-1), Addis Ababa — closes 27 April 2038
  • ECOWAS Commission — Head of Early Warning Division — closes 15 April 2038
  • Regional think tank — Research fellow, maritime security — rolling

————————————————————————————————————————
FEATURED OPENING

{TITLE}
{ORG} | {LOC}
Category and Level: {CAT}
Job Opening Number: {REF}
Deadline: Apr 27, 2038

Why it matters: the post leads the UN side of joint planning with the
African Union Commission on peace support operations, at a time when
the financing of AU-led missions is back on the Security Council's
agenda.

What the job involves
{chr(10).join('  — ' + d for d in DUTIES)}

Competencies
{chr(10).join(f'  {n}: {d}' for n, d in COMP)}

Education
{EDU}

Work Experience
{EXP_REQ}
{EXP_DES1}
{EXP_DES2}

Languages
{LANG_CTX} {LANG_REQ} {LANG_DES}

Apply on careers.un.org (job opening 355061).

————————————————————————————————————————
EVENTS
  Webinar: "Careers in AU peace support operations" — 8 April 2038, 14:00 EAT
  Alumni mixer, Addis Ababa — 23 April 2038

You are receiving this brief because you subscribed on our website.
We are an independent network and do not recruit for any organization.
"""
    write(KEY + "-careers-brief.txt", nl, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, "2038-04-27", grade="D-1",
             requirements={"en": {"essential": [EDU, EXP_REQ, LANG_REQ], "desirable": [EXP_DES1, EXP_DES2, LANG_DES]}},
             competencies={"en": COMP})
