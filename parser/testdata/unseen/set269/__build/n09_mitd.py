from common import *

KEY = "mitd-hr-v-2040-04"
REF = "MITD/HR/V/2040/04"
TITLE = "Trainer (Refrigeration and Air Conditioning)"
ORG = "Mauritius Institute of Training and Development (MITD)"
LOC = "Flacq Training Centre (with possible posting to any MITD centre)"
SCHED = "Monday to Friday, 08.00 to 16.00 hrs; evening classes when required"
SAL = "Rs 31,050 x 800 – 36,650 x 1,000 – 46,650 x 1,275 – 51,750 (MUR) monthly"
ESS = [
    "a Diploma in Refrigeration and Air Conditioning or in Mechanical Engineering from a recognised institution;",
    "at least three years' post-qualification experience in the installation and servicing of refrigeration and air-conditioning systems;",
    "a certificate in the safe handling of refrigerants;",
    "a Certificate in Training of Trainers or an equivalent teaching qualification.",
]
DES = [
    "Knowledge of variable refrigerant flow (VRF) systems.",
    "Experience in the training of apprentices.",
]
DUTIES = [
    "deliver theory and practical sessions for National Certificate courses in refrigeration and air conditioning;",
    "prepare lesson plans, assessments and workshop job sheets;",
    "ensure safe use of tools, gases and equipment in the workshop;",
    "keep records of trainees' attendance and progress;",
    "perform any other related duties assigned by the Centre Manager.",
]
AGE = "Candidates should be 45 years of age or below as at the closing date of applications."
DL = "Thursday 29 March 2040 at 15.00 hrs"

html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vacancy – {TITLE} – MITD</title>
<style>body{{font-family:Tahoma,sans-serif;font-size:13px;margin:0}} .head{{background:#7a1f2b;color:#fff;padding:8px 20px}}
table.vac{{border-collapse:collapse;width:100%}} table.vac td{{border:1px solid #999;padding:5px;vertical-align:top}}
table.vac td.l{{width:26%;font-weight:bold;background:#f4eded}} main{{max-width:860px;margin:auto;padding:0 16px}}</style></head><body>
<div class="head">MITD · Mauritius Institute of Training and Development · <a href="#" style="color:#fff">Courses</a> · <a href="#" style="color:#fff">Apprenticeship</a> · <a href="#" style="color:#fff">Vacancies</a> · <a href="#" style="color:#fff">Contact</a></div>
<main>
<p><a href="#">Home</a> » <a href="#">Vacancies</a> » {REF}</p>
<h1>NOTICE OF VACANCY</h1>
<p>Applications are invited from qualified candidates who wish to be considered for employment on a permanent and
pensionable basis in the following post at the {ORG}.</p>
<table class="vac">
<tr><td class="l">REFERENCE</td><td>{REF}</td></tr>
<tr><td class="l">POST</td><td>{TITLE}</td></tr>
<tr><td class="l">EMPLOYER</td><td>{ORG}</td></tr>
<tr><td class="l">SALARY SCALE</td><td>{SAL}</td></tr>
<tr><td class="l">PLACE OF WORK</td><td>{LOC}</td></tr>
<tr><td class="l">HOURS OF WORK</td><td>{SCHED}</td></tr>
<tr><td class="l">QUALIFICATIONS AND EXPERIENCE</td><td>Candidates should possess:<br>
""" + "<br>\n".join(f"({r}) {d}" for r, d in zip(["i", "ii", "iii", "iv"], ESS)) + f"""</td></tr>
<tr><td class="l">ADDED ADVANTAGE</td><td>""" + "<br>\n".join(f"({r}) {d}" for r, d in zip(["i", "ii"], DES)) + f"""</td></tr>
<tr><td class="l">AGE LIMIT</td><td>{AGE}</td></tr>
<tr><td class="l">DUTIES</td><td>To """ + " ".join(DUTIES) + f"""</td></tr>
<tr><td class="l">CLOSING DATE</td><td>{DL}</td></tr>
</table>
<h2>Mode of application</h2>
<p>Applications should be made on the prescribed form, available at the Head Office, Ebène, and at all MITD training
centres, or downloadable from this page, and addressed to the Director, MITD, quoting the reference. Incomplete or
late applications will not be considered. Qualifications obtained after the closing date will not be taken into
account.</p>
<aside><h3>Latest news</h3><ul><li>Registration for part-time evening courses opens on 2 April 2040.</li><li>Open day at the Flacq Training Centre – 14 April 2040.</li></ul></aside>
</main>
<footer>© 2040 MITD · demonstration copy, all data fictitious</footer></body></html>
"""
write(KEY + "-mitd.html", html)

mail = f"""From: Devika Ramdin <devika.r@mail.example>
Sent: Monday, 5 March 2040 19:42
To: Kevin Appadoo <kevin.appadoo@mail.example>
Subject: Fwd: MITD vacancy – RAC Trainer (closing 29 March)

Hi Kevin,

Saw this on the MITD site and thought of you straight away – you have the diploma and the years in servicing.
The only thing missing might be the train-the-trainer certificate, check the (iv). Closing date is end of the month,
don't leave it like last time :)

D.

---------- Forwarded message ----------
From: MITD Vacancies <vacancies@mitd.example>
Date: Mon, 5 Mar 2040 at 10:05
Subject: Notice of Vacancy {REF}

MAURITIUS INSTITUTE OF TRAINING AND DEVELOPMENT
NOTICE OF VACANCY

REFERENCE       : {REF}
POST            : {TITLE}
EMPLOYER        : {ORG}
SALARY SCALE    : {SAL}
PLACE OF WORK   : {LOC}
HOURS OF WORK   : {SCHED}

1. QUALIFICATIONS AND EXPERIENCE
   Candidates should possess:
""" + "\n".join(f"   ({r}) {d}" for r, d in zip(["i", "ii", "iii", "iv"], ESS)) + """

2. ADDED ADVANTAGE
""" + "\n".join(f"   ({r}) {d}" for r, d in zip(["i", "ii"], DES)) + f"""

3. AGE LIMIT
   {AGE}

4. DUTIES
""" + "\n".join(f"   {c}. {d[0].upper() + d[1:]}" for c, d in zip("abcde", DUTIES)) + f"""

5. CLOSING DATE
   Applications on the prescribed form should reach the Director, MITD, Ebène,
   not later than {DL}.

This is an automated message. Please do not reply.
"""
write(KEY + "-email.txt", mail)

expected(KEY, REF, ["en"], TITLE, ORG, LOC, SCHED, "2040-03-29",
         {"min": 31050, "max": 51750, "currency": "MUR"},
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})
