"""DGACM, New York, D-1: careers.un.org page (+ Chromium PDF) and an Outlook forward of an Inspira alert."""
from common import *

KEY = "42-conference-services-dgacm-561834-d-new-york-x"
REF = "42-Conference Services-DGACM-561834-D-New York (X)"
TITLE = "Chief of Service, Documentation Planning and Monitoring"
ORG = "Department for General Assembly and Conference Management"
LOC = "NEW YORK"
GRADE = "D-1"
ORGSET = ("This position is located in the Documentation Division of the Department for General Assembly and "
          "Conference Management (DGACM) at United Nations Headquarters in New York. The Chief of Service reports "
          "to the Director of the Documentation Division and leads a service of about ninety staff members who "
          "plan, track and release the pre-session and in-session documents of the General Assembly, the Economic "
          "and Social Council and their subsidiary bodies.")
DUTIES = [
    "Leads the forecasting of documentation for all intergovernmental bodies serviced at Headquarters and agrees slotting dates with author departments;",
    "Monitors compliance with page limits and submission deadlines and reports on it to the Committee on Conferences;",
    "Directs the work of the documents control, editorial planning and reference units and sets their annual priorities;",
    "Oversees the replacement of the legacy tracking tool by an integrated digital workflow shared with the translation services;",
    "Manages the human and financial resources of the service, including temporary assistance during peak sessions;",
    "Represents the Department in inter-agency meetings on conference management and multilingual publishing;",
    "Performs other related duties as required.",
]
EDU = ("An advanced university degree (Master's degree or equivalent degree) in public administration, management, "
       "information management, languages or a related field is required. A first-level university degree in "
       "combination with two additional years of qualifying experience may be accepted in lieu of the advanced "
       "university degree.")
EXP1 = ("A minimum of fifteen years of progressively responsible experience in conference services, documentation "
        "management, publishing or a related area, including at least five years at a senior management level, is required.")
EXP2 = ("Experience in planning documentation for intergovernmental bodies of the United Nations or a comparable "
        "international organization is required.")
EXP3 = "Experience in leading the introduction of a digital publishing or workflow-tracking system is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG1 = "For this position, fluency in English is required."
LANG2 = "Knowledge of French is desirable."
COMP = [
    ("Professionalism", "Thorough knowledge of the documentation cycle of intergovernmental meetings and of the rules that govern the issuance of parliamentary documents; shows persistence when faced with difficult problems; remains calm in stressful situations."),
    ("Planning and Organizing", "Develops clear goals consistent with agreed strategies; foresees risks and allows for contingencies when planning; uses time efficiently and adjusts priorities as required."),
    ("Leadership", "Serves as a role model that other people want to follow; empowers others to translate vision into results; anticipates and resolves conflicts by pursuing mutually agreeable solutions."),
    ("Judgement/Decision-making", "Identifies the key issues in a complex situation and comes to the heart of the problem quickly; considers the impact of decisions on others and on the Organization; checks assumptions against facts."),
]
ASSESS = ("Evaluation of qualified candidates may include an assessment exercise, which may be followed by a "
          "competency-based interview. Assessments are expected to take place in the week of 18 January 2043.")
SPECIAL = ("The selected candidate is expected to take up the post by 1 March 2043. Staff members are subject to the "
           "authority of the Secretary-General and to assignment by him or her.")


def render():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2042-12-02", grade=GRADE,
             req={"en": ([EDU, EXP1, EXP2, LANG1], [EXP3, LANG2])},
             comp={"en": COMP})

    duties = "".join(f"<li>{esc(d)}</li>" for d in DUTIES)
    comps = "".join(f"<p><strong>{esc(n)}:</strong> {esc(d)}</p>" for n, d in COMP)
    facts = [("Job Title", TITLE.upper()), ("Job Code Title", "CHIEF OF SERVICE, DOCUMENTATION"),
             ("Department/Office", ORG), ("Duty Station", LOC), ("Category and Level", "Director and Higher Categories, " + GRADE),
             ("Job Opening Number", REF), ("Staffing Exercise", "N/A"), ("Job Network", "Management and Administration"),
             ("Job Family", "Conference Services"), ("Date Posted", "Oct 3, 2042"), ("Deadline", "Dec 2, 2042")]
    factrows = "".join(f'<div class="fact"><div class="lab">{esc(a)}</div><div class="val">{esc(b)}</div></div>' for a, b in facts)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)}, D1 | United Nations Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;color:#1d1d1d;margin:0}}
header{{background:#009edb;color:#fff;padding:8px 24px}} header a{{color:#fff;margin-right:12px;text-decoration:none}}
main{{padding:12px 28px;max-width:820px}} .crumbs{{font-size:9pt;color:#555}}
.facts{{display:grid;grid-template-columns:1fr 1fr;gap:6px 24px;border:1px solid #ccd;padding:10px;margin:12px 0}}
.lab{{font-size:8.5pt;text-transform:uppercase;color:#667;letter-spacing:.04em}} .val{{font-weight:bold}}
h2{{font-size:12pt;border-bottom:2px solid #009edb;margin-top:18px}} aside{{border-top:1px dashed #999;margin-top:20px;font-size:9pt}}
.btn{{display:inline-block;border:1px solid #009edb;padding:2px 10px;margin-right:6px;color:#009edb}}
</style></head><body>
<header><a href="#main">Skip to main content</a> <a href="#">English</a><a href="#">Français</a><a href="#">Español</a> | <a href="#">Job Search</a><a href="#">Sign in</a></header>
<main id="main">
<div class="crumbs">Home › Job Search › Conference Services</div>
<h1>{esc(TITLE)}, D1</h1>
<div><span class="btn">Apply</span><span class="btn">Save</span><span class="btn">Share</span><span class="btn">Print</span></div>
<div class="facts">{factrows}</div>
<p><em>Integrity · Professionalism · Respect for diversity</em></p>
<h2>Org. Setting and Reporting</h2>
<p>{esc(ORGSET)}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Chief of Service will be responsible for the following duties:</p>
<ul>{duties}</ul>
<h2>Competencies</h2>
{comps}
<h2>Education</h2>
<p>{esc(EDU)}</p>
<h2>Work Experience</h2>
<p>{esc(EXP1)}</p>
<p>{esc(EXP2)}</p>
<p>{esc(EXP3)}</p>
<h2>Languages</h2>
<p>{esc(LANG_CTX)} {esc(LANG1)} {esc(LANG2)}</p>
<h2>Assessment</h2>
<p>{esc(ASSESS)}</p>
<h2>Special Notice</h2>
<p>{esc(SPECIAL)} Appointment against this post is for an initial period of one year.</p>
<h2>United Nations Considerations</h2>
<p>Candidates will be assessed against the eligibility requirements and the evaluation criteria of the job opening.
Applicants are urged to give complete and accurate information about their qualifications in the Personal History Profile, as no changes can be made after submission.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
<aside><strong>Similar jobs</strong>
<ul><li>Senior Editor, P5 — NEW YORK — Deadline Nov 21, 2042</li>
<li>Chief, Meetings Support Section, P5 — GENEVA — Deadline Dec 19, 2042</li>
<li>Documents Management Assistant, G6 — VIENNA — Deadline Nov 30, 2042</li></ul></aside>
</main></body></html>
"""
    name = KEY + "-uncareers.html"
    write(name, page, KEY)
    chromium(name, KEY)

    q = lambda s: "\n".join("> " + l for l in s.splitlines())
    import textwrap
    wrap = lambda s: textwrap.fill(s, 88)
    body = f"""Posting Title: {TITLE.upper()}, D1
Job Code Title: CHIEF OF SERVICE, DOCUMENTATION
Department/Office: {ORG}
Duty Station: {LOC}
Posting Period: 03 October 2042 - 02 December 2042
Job Opening Number: {REF}
Category and Level: Director and Higher Categories, {GRADE}

United Nations Core Values: Integrity, Professionalism, Respect for Diversity

ORG. SETTING AND REPORTING
{wrap(ORGSET)}

RESPONSIBILITIES
{chr(10).join('- ' + d for d in DUTIES)}

COMPETENCIES
{chr(10).join(wrap(n + ': ' + d) for n, d in COMP)}

EDUCATION
{wrap(EDU)}

WORK EXPERIENCE
{wrap(EXP1)}
{wrap(EXP2)}
{wrap(EXP3)}

LANGUAGES
{wrap(LANG_CTX + ' ' + LANG1 + ' ' + LANG2)}

ASSESSMENT
{wrap(ASSESS)}

SPECIAL NOTICE
{wrap(SPECIAL)}"""
    mail = f"""From: Adaeze Okonkwo-Lindqvist <a.okonkwo-lindqvist@mission.example>
Sent: Friday, October 10, 2042 4:37 PM
To: Staff Counsellors List <counsellors@mission.example>
Subject: FW: Job alert - {TITLE}, D1 (closes 2 Dec)

Colleagues,

Forwarding the alert below in case you know suitable nationals for this D-1 in DGACM. Note the long
posting period; our internal nomination round closes on 14 November, not on the UN deadline.

Best,
Adaeze

-----Original Message-----
From: Inspira Job Alerts <no-reply@inspira.example>
Sent: Friday, October 3, 2042 11:02 PM
To: a.okonkwo-lindqvist@mission.example
Subject: New job opening matching your saved search "conference management"

{body}

To apply, sign in and select Apply Now. This alert was generated from your saved search;
3 other openings matched: Senior Editor, P5 (closes 21 November 2042); Meetings Services
Assistant, G5 (closes 9 November 2042); Terminologist, P3 (closes 5 December 2042).
Manage your alerts | Unsubscribe
"""
    write(KEY + "-outlook-forward.txt", mail, KEY)
