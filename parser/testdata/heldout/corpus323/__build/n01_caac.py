from common import *

KEY = "44-human-rights-osrsg-caac-611482-r-new-york-r"
REF = "44-Human Rights-OSRSG CAAC-611482-R-New York (R)"
TITLE = "Child Protection Officer (Grave Violations Analysis)"
ORG = "Office of the Special Representative of the Secretary-General for Children and Armed Conflict"
LOC = "NEW YORK"
GRADE = "P-4"
EDU = ("An advanced university degree (Master's degree or equivalent) in human rights, international law, political "
       "science, social sciences or a related field is required. A first-level university degree in combination with "
       "two additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP1 = ("A minimum of seven years of progressively responsible experience in child protection, human rights "
        "monitoring or a related area is required.")
EXP2 = "Experience in analysing data on grave violations against children in armed conflict is required."
EXP3 = "Experience in a United Nations peace operation or special political mission is desirable."
LANG1 = "For this position, fluency in English is required."
LANG2 = "Knowledge of French or Arabic is desirable."
WORKING = "English and French are the working languages of the United Nations Secretariat."
COMPS = [
    ("Professionalism", "Knowledge of the international legal framework protecting children affected by armed "
     "conflict and of the monitoring and reporting mechanism; ability to verify, weigh and present sensitive "
     "information with accuracy; remains calm in stressful situations and takes responsibility for own work."),
    ("Planning and Organizing", "Develops clear goals that are consistent with agreed strategies; identifies priority "
     "activities and adjusts them as required; allocates appropriate time and resources for completing work."),
    ("Communication", "Speaks and writes clearly and effectively; listens to others and responds appropriately; "
     "tailors language, tone and format to the audience; shares information openly and keeps people informed."),
]
DUTIES = [
    "Reviews and consolidates information on the six grave violations submitted by country task forces and peace operations;",
    "Maintains the analytical database of verified incidents and identifies trends by country, perpetrator and type of violation;",
    "Drafts country sections of the annual report of the Secretary-General and briefing notes for the Special Representative;",
    "Advises field colleagues on verification standards, data protection and the handling of sensitive cases;",
    "Prepares inputs for the Security Council Working Group and follows up on its conclusions;",
    "Performs other related duties as required.",
]


def build():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-09-02", grade=GRADE,
             ess={"en": [EDU, EXP1, EXP2, LANG1]}, des={"en": [EXP3, LANG2]}, comps={"en": COMPS})
    comp_html = "\n".join(f"<p><b>{esc(n)}:</b> {esc(d)}</p>" for n, d in COMPS)
    duty_html = "\n".join(f"<li>{esc(d)}</li>" for d in DUTIES)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)}, P4 | United Nations Careers</title>
<style>body{{font-family:Arial,sans-serif;max-width:960px;margin:auto;color:#222}}
.top a{{margin-right:14px;font-size:13px}} .facts{{display:grid;grid-template-columns:1fr 1fr 1fr;gap:10px 24px;background:#f1f5f9;padding:14px}}
.facts .lab{{font-size:11px;text-transform:uppercase;color:#555}} .facts .val{{font-weight:bold}} h3{{color:#0b4a8b;border-bottom:1px solid #ccd}}</style></head>
<body>
<div class="top"><a href="#main">Skip to main content</a> <a href="#">Welcome to the United Nations</a> <a href="#">العربية</a> <a href="#">中文</a> <a href="#">English</a> <a href="#">Français</a> <a href="#">Русский</a> <a href="#">Español</a></div>
<nav><a href="#">Home</a> · <a href="#">Job Openings</a> · <a href="#">Young Professionals Programme</a> · <a href="#">Help</a> · <a href="#">Sign in</a></nav>
<main id="main">
<p><a href="#">Search jobs</a> › Job detail</p>
<h1>{esc(TITLE)}, P4</h1>
<p><a href="#">Apply</a> | <a href="#">Save</a> | <a href="#">Share</a> | <a href="#">Print</a></p>
<div class="facts">
<div><div class="lab">Job Title</div><div class="val">CHILD PROTECTION OFFICER</div></div>
<div><div class="lab">Job Code Title</div><div class="val">CHILD PROTECTION OFFICER</div></div>
<div><div class="lab">Department/Office</div><div class="val">{esc(ORG)}</div></div>
<div><div class="lab">Duty Station</div><div class="val">{LOC}</div></div>
<div><div class="lab">Category and Level</div><div class="val">Professional and First Officer, {GRADE}</div></div>
<div><div class="lab">Job Opening Number</div><div class="val">{esc(REF)}</div></div>
<div><div class="lab">Staffing Exercise</div><div class="val">N/A</div></div>
<div><div class="lab">Date Posted</div><div class="val">Jul 18, 2044</div></div>
<div><div class="lab">Deadline</div><div class="val">Sep 2, 2044</div></div>
</div>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
<h3>Org. Setting and Reporting</h3>
<p>The position is located in the Office of the Special Representative of the Secretary-General for Children and Armed Conflict in New York. The incumbent reports to the Chief of the Monitoring and Analysis Unit and works closely with child protection advisers in the field.</p>
<h3>Responsibilities</h3>
<p>Within delegated authority, the Child Protection Officer will be responsible for the following duties:</p>
<ul>{duty_html}</ul>
<h3>Competencies</h3>
{comp_html}
<h3>Education</h3>
<p>{esc(EDU)}</p>
<h3>Work Experience</h3>
<p>{esc(EXP1)}</p>
<p>{esc(EXP2)}</p>
<p>{esc(EXP3)}</p>
<h3>Languages</h3>
<p>{WORKING} {LANG1} {LANG2}</p>
<h3>Assessment</h3>
<p>Evaluation of qualified candidates may include a written assessment, tentatively scheduled for 24 September 2044, followed by a competency-based interview.</p>
<h3>Special Notice</h3>
<p>This position is funded for an initial period of one year. Extension is subject to the availability of funds.</p>
<h3>No Fee</h3>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
<aside><h4>Similar job openings</h4><ul><li>Human Rights Officer, P3 — Deadline Aug 21, 2044</li><li>Programme Management Officer, P4 — Deadline Sep 11, 2044</li></ul></aside>
</main>
<footer>Copyright United Nations · Terms of use · Privacy notice · Fraud alert</footer>
</body></html>
"""
    write(KEY + "-uncareers.html", page, KEY, "html")

    duties_txt = "\n".join("➤ " + d for d in DUTIES)
    comps_txt = "\n\n".join(f"{n}: {d}" for n, d in COMPS)
    post = f"""Skip to main content
Home  My Network  Jobs  Messaging  Notifications

Amaka Okonjo-Reyes • 2nd
Child rights | Monitoring & reporting | Views are my own
3d • Edited • 🌐

📣 My team is recruiting! Please share with anyone who has solid MRM experience.

{TITLE}, {GRADE}
{ORG}
Duty station: {LOC}
Job Opening Number: {REF}
Apply by: 2 September 2044 (11:59 p.m. New York time)

…the full text below is copied from the job opening, in case the link does not open on your phone 👇

What you would do
{duties_txt}

Competencies
{comps_txt}

Education
{EDU}

Work experience
{EXP1} {EXP2}
{EXP3}

Languages
{WORKING} {LANG1}
{LANG2}

Happy to answer questions over coffee at the info session on 27 August 2044 (online). No DMs with CVs please, apply through the portal only 🙏

#childprotection #UNjobs #hiring #children

👍❤️ 214 · 37 comments · 58 reposts

Like   Comment   Repost   Send

Most relevant ▾
Jorge P. — Is this open to candidates outside the UN system?
   Amaka Okonjo-Reyes (Author) — Yes, external candidates are welcome.
Lina H. — Shared with our network in Amman. Good luck with the recruitment!

People also viewed
Human Rights Officer (P-3) · Geneva · 2 weeks ago
Programme Officer, Children's Rights · Nairobi · 5 days ago
"""
    write(KEY + "-linkedin-post.txt", post, KEY, "txt")
