"""UNEP/MAP (Athens) G-5 opening as copied by Impactpool; MarkDownload clip of the same page."""
from common import *

KEY = "40-conference-services-unep-469318-r-athens-g"
REF = "40-Conference Services-UNEP-469318-R-Athens (G)"
TITLE = "Meetings and Documents Assistant"
ORG = "United Nations Environment Programme"
LOC = "ATHENS"
GRADE = "G-5"
EDU = "High school diploma or equivalent is required."
WX_REQ = "A minimum of five years of experience in conference servicing, document management, administrative support or a related area is required."
WX_DES = ["Experience in organizing intergovernmental meetings within the United Nations system is desirable.",
          "Experience with the Umoja enterprise resource planning system is desirable."]
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of French is desirable."
COMP = [
    ("Professionalism", "Knowledge of meeting servicing procedures and of the editorial and document-processing rules of the United Nations; shows pride in work and in achievements; is conscientious and efficient in meeting commitments, observing deadlines and achieving results."),
    ("Planning and Organizing", "Develops clear goals that are consistent with agreed strategies; identifies priority activities and assignments; adjusts priorities as required; foresees risks and allows for contingencies when planning."),
    ("Client Orientation", "Considers all those to whom services are provided to be clients and seeks to see things from clients' point of view; keeps clients informed of progress or setbacks in projects; meets timeline for delivery of services to clients."),
]
DUTIES = [
    "Prepares logistical arrangements for meetings of the Contracting Parties and their subsidiary bodies, including venues, registration and interpretation.",
    "Tracks the submission, editing, translation and issuance of pre-session and in-session documents.",
    "Maintains the meetings database, lists of participants and the document registry.",
    "Processes travel of funded participants and prepares related requests in Umoja.",
    "Drafts routine correspondence and notes verbales for review by the supervisor.",
]


def html():
    comp = "\n".join(f"<p><strong>{n}:</strong> {d}</p>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Impactpool</title></head>
<body>
<div class="cookie">By continuing to browse this site, you agree to our use of cookies. Read our privacy policy <button>OK</button></div>
<header><a href="/">impactpool</a> · Jobs · Organizations · Career advice · For employers · Sign in</header>
<main>
<h1>{TITLE}</h1>
<ul class="meta">
<li>Organization: UNEP - United Nations Environment Programme</li>
<li>Location: Athens</li>
<li>Grade: Mid level - G-5, General Service - Locally recruited position</li>
<li>Occupational Groups:
  <ul><li>Administrative support</li><li>Meetings and Conferences</li><li>Environment</li></ul></li>
<li>Closing Date: 2040-08-10</li>
</ul>
<p><a href="#">Apply</a> · <a href="#">Save job</a> · <a href="#">Get similar jobs by e-mail</a></p>
<div class="ad">Impactpool Premium – get matched to jobs you qualify for. <a href="#">Try it</a></div>

<div class="description">
<p><b>Posting Title:</b> MEETINGS AND DOCUMENTS ASSISTANT, G5<br>
<b>Job Code Title:</b> MEETINGS SERVICES ASSISTANT<br>
<b>Department/Office:</b> {ORG}<br>
<b>Duty Station:</b> {LOC}<br>
<b>Category and Level:</b> General Service and related, {GRADE}<br>
<b>Posting Period:</b> 12 July 2040 - 10 August 2040<br>
<b>Job Opening Number:</b> {REF}<br>
<b>Staffing Exercise:</b> N/A</p>

<p>Org. Setting and Reporting</p>
<p>The Coordinating Unit of the Mediterranean Action Plan (UNEP/MAP) serves as the Secretariat of the Barcelona
Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean. The position is
located in the Coordinating Unit in Athens, Greece. The incumbent reports to the Administrative Officer.</p>

<p>Responsibilities</p>
<p>{'<br>'.join(DUTIES)}</p>

<p>Competencies</p>
{comp}

<p>Education</p>
<p>{EDU}</p>

<p>Work Experience</p>
<p>{WX_REQ} {WX_DES[0]} {WX_DES[1]}</p>

<p>Languages</p>
<p>English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}</p>

<p>Assessment</p>
<p>Passing the Global General Service Test (GGST) is a prerequisite for recruitment consideration in the General
Service and related categories. Qualified candidates may be invited to a written assessment on 3 September 2040.</p>

<p>Special Notice</p>
<p>Staff in the General Service category are recruited locally from the area of the duty station. Candidates must be
eligible to work in Greece.</p>
<p>No Fee</p>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
</div>
<section class="similar"><h2>Similar jobs</h2>
<ul><li>Administrative Assistant – UNHCR – Athens – Closing 2040-07-31</li>
<li>Programme Associate – UNDP – Istanbul – Closing 2040-08-19</li></ul></section>
</main>
<footer>Impactpool is not affiliated with the hiring organization. © Impactpool AB</footer>
</body></html>
"""


def md():
    comp = "\n\n".join(f"**{n}:** {d}" for n, d in COMP)
    return f"""---
title: "{TITLE} | Impactpool"
source: https://www.impactpool.org/jobs/2291774
clipped: 2040-07-20
---

# {TITLE}

- Organization: UNEP - United Nations Environment Programme
- Location: Athens
- Grade: Mid level - G-5, General Service - Locally recruited position
- Occupational Groups:
    - Administrative support
    - Meetings and Conferences
- Closing Date: 2040-08-10

[Apply](#) · [Save job](#)

**Posting Title:** MEETINGS AND DOCUMENTS ASSISTANT, G5\\
**Job Code Title:** MEETINGS SERVICES ASSISTANT\\
**Department/Office:** {ORG}\\
**Duty Station:** {LOC}\\
**Category and Level:** General Service and related, {GRADE}\\
**Posting Period:** 12 July 2040 - 10 August 2040\\
**Job Opening Number:** {REF}

Org. Setting and Reporting

The Coordinating Unit of the Mediterranean Action Plan (UNEP/MAP) serves as the Secretariat of the Barcelona Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean. The position is located in the Coordinating Unit in Athens, Greece. The incumbent reports to the Administrative Officer.

Responsibilities

{chr(10).join(d + '  ' for d in DUTIES)}

Competencies

{comp}

Education

{EDU}

Work Experience

{WX_REQ} {WX_DES[0]} {WX_DES[1]}

Languages

English and French are the working languages of the United Nations Secretariat. {LANG_REQ} {LANG_DES}

Assessment

Passing the Global General Service Test (GGST) is a prerequisite for recruitment consideration in the General Service and related categories. Qualified candidates may be invited to a written assessment on 3 September 2040.

No Fee

THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.

---

*Similar jobs:* Administrative Assistant – UNHCR – Athens – Closing 2040-07-31 · Programme Associate – UNDP – Istanbul – Closing 2040-08-19
"""


def build():
    write(KEY + "-impactpool.html", html(), KEY)
    write(KEY + "-impactpool-clip.md", md(), KEY)
    expected(KEY, reference=REF, langs=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-08-10", grade=GRADE,
             req={"en": ([EDU, WX_REQ, LANG_REQ], WX_DES + [LANG_DES])}, comp={"en": COMP})
