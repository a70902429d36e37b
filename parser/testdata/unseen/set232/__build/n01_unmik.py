"""UNMIK (Pristina), P-4, careers.un.org job page (+ Chromium PDF) and a Teams channel paste."""
from common import write, chromium, expected, comps, nowrap

KEY = "37-legal-affairs-unmik-342871-r-pristina-x"
REF = "37-Legal Affairs-UNMIK-342871-R-Pristina (X)"
TITLE = "Legal Affairs Officer (Property Claims)"
ORG = "United Nations Interim Administration Mission in Kosovo"
LOC = "PRISTINA"
LEVEL = "Professional and Higher Categories, P-4"
PERIOD = "06 January 2037 - 04 February 2037"

SETTING = ("This position is located in the Office of Legal Affairs of the United Nations Interim Administration "
           "Mission in Kosovo (UNMIK) in Pristina. The Legal Affairs Officer reports to the Chief Legal Officer and "
           "works closely with the Mission's Office of Community Affairs and with the municipal property offices.")
DUTIES = [
    "Reviews pending claims concerning residential, agricultural and commercial property and prepares legal analyses of the evidence and of the applicable law",
    "Drafts legal opinions, briefing notes and correspondence for the Chief Legal Officer and the Special Representative of the Secretary-General",
    "Monitors the implementation of decisions of the property claims bodies and reports on delays in their execution",
    "Advises municipal authorities and community representatives on procedures for the restitution of immovable property",
    "Maintains a database of precedents and of the jurisprudence of the Kosovo courts on property matters",
    "Represents the Office in coordination meetings with partners of the international community",
    "Performs other related duties as required",
]
COMPS = [
    ("Professionalism", "Knowledge of property and civil law and of the legal framework applicable in Kosovo. Ability to analyse complex claims and to produce sound, well-argued legal opinions. Shows persistence when faced with difficult problems and remains calm in stressful situations."),
    ("Planning and Organizing", "Develops clear goals consistent with agreed strategies; identifies priority activities and assignments; foresees risks and allows for contingencies when planning; uses time efficiently."),
    ("Client Orientation", "Considers all those to whom services are provided to be clients and seeks to see things from their point of view; keeps clients informed of progress or setbacks in projects; meets timeline for delivery of products or services."),
]
EDU = ("An advanced university degree (Master's degree or equivalent) in law, with a specialization in property law, "
       "civil law or public international law, is required. A first-level university degree in law in combination "
       "with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP_REQ = [
    "A minimum of seven years of progressively responsible experience in legal affairs, including the adjudication or mediation of property disputes, is required.",
    "Experience in drafting legal opinions on the restitution of immovable property in a post-conflict setting is required.",
]
EXP_DES = "Experience in a United Nations peacekeeping operation or special political mission is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of Albanian or Serbian is desirable."
ASSESS = ("Evaluation of qualified candidates may include an assessment exercise, tentatively scheduled for the week "
          "of 8 March 2037, which may be followed by a competency-based interview.")


def html():
    duties = "".join(f"<li>{d};</li>" for d in DUTIES)
    comp = "".join(f"<p><strong>{n}:</strong> {d}</p>" for n, d in COMPS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, P4 | United Nations Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;color:#1d2a36;margin:0}}
header{{background:#009edb;color:#fff;padding:8px 24px}} header a{{color:#fff;margin-right:14px;text-decoration:none}}
main{{padding:10px 28px}} .crumbs{{font-size:9pt;color:#566}}
.facts{{display:grid;grid-template-columns:190px 1fr;gap:4px 14px;border:1px solid #c9d6df;padding:10px;margin:10px 0}}
.facts .k{{font-weight:bold;text-transform:none}} .actions span{{border:1px solid #009edb;padding:2px 8px;margin-right:6px}}
h2{{font-size:12pt;border-bottom:1px solid #c9d6df;margin-top:16px}} footer{{font-size:8.5pt;color:#667;padding:10px 28px}}
</style></head>
<body>
<header><a href="#">UN Careers</a><a href="#">Search jobs</a><a href="#">Talent programmes</a><a href="#">Français</a><a href="#">Sign in</a></header>
<main>
<div class="crumbs">Home › Search jobs › Job opening {REF.split('-')[3]}</div>
<h1>{TITLE}<span style="white-space:nowrap">, P4</span></h1>
<div class="actions"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
<div class="facts">
<div class="k">Job title</div><div>LEGAL AFFAIRS OFFICER, P4</div>
<div class="k">Job code title</div><div>LEGAL AFFAIRS OFFICER</div>
<div class="k">Department/Office</div><div>{ORG}</div>
<div class="k">Duty station</div><div>{LOC}</div>
<div class="k">Category and level</div><div>{LEVEL}</div>
<div class="k">Posting period</div><div>{PERIOD}</div>
<div class="k">Job opening number</div><div><span style="white-space:nowrap">{REF}</span></div>
<div class="k">Staffing exercise</div><div>N/A</div>
</div>
<p><em>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</em></p>
<h2>Org. Setting and Reporting</h2><p>{SETTING}</p>
<h2>Responsibilities</h2><p>Within delegated authority, the Legal Affairs Officer will be responsible for the following duties:</p><ul>{duties}</ul>
<h2>Competencies</h2>{comp}
<h2>Education</h2><p>{EDU}</p>
<h2>Job - Specific Qualification</h2><p>Not available.</p>
<h2>Work Experience</h2><p>{EXP_REQ[0]}</p><p>{EXP_REQ[1]}</p><p>{EXP_DES}</p>
<h2>Languages</h2><p>{LANG_CTX} {LANG_REQ} {LANG_DES}</p>
<h2>Assessment</h2><p>{ASSESS}</p>
<h2>Special Notice</h2><p>Appointment against this post is for an initial period of one year. Staff members of the
United Nations Secretariat are subject to the authority of the Secretary-General and to assignment to any activities or
offices of the Organization.</p>
<h2>No Fee</h2><p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW
MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
</main>
<footer>© United Nations 2037 · Privacy notice · Terms of use · Fraud alert · Page generated 15/01/2037</footer>
</body></html>
"""


def teams():
    duties = "\n".join(f"- {d};" for d in DUTIES)
    comp = "\n".join(f"{n}: {d}" for n, d in COMPS)
    return f"""Legal Network – Western Balkans > General

Dafina R.   Yesterday 16:42
Colleagues, UNMIK has just posted this one on UN Careers – please share with anyone in your networks who works on
restitution cases. Copying the text here because the link keeps timing out for some of you.

{TITLE}, P4
Job Opening Number: {REF}
Department/Office: {ORG}
Duty Station: {LOC}
Category and Level: {LEVEL}
Posting Period: {PERIOD}

Org. Setting and Reporting
{SETTING}

Responsibilities
Within delegated authority, the Legal Affairs Officer will be responsible for the following duties:
{duties}

Competencies
{comp}

Education
{EDU}

Work Experience
{EXP_REQ[0]}
{EXP_REQ[1]}
{EXP_DES}

Languages
{LANG_CTX} {LANG_REQ} {LANG_DES}

Assessment
{ASSESS}
(edited)
👍 4   ❤️ 1

  Marko J.   Yesterday 17:05
  Thanks! Is this the same post that closed on 20 December? I thought it had been filled.

  Dafina R.   Yesterday 17:09
  No, that one was the P-3 in Mitrovica. This is a new opening, closes 4 Feb.

  Leutrim B.   Today 08:31
  Shared with the bar association list 🙏

Reply
"""


def build():
    write(KEY + "-uncareers.html", nowrap(html()), KEY)
    chromium(KEY + "-uncareers.html", KEY)
    write(KEY + "-teams.txt", teams(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2037-02-04", grade="P-4",
             requirements={"en": {"essential": [EDU] + EXP_REQ + [LANG_REQ], "desirable": [EXP_DES, LANG_DES]}},
             competencies={"en": comps(COMPS)})
