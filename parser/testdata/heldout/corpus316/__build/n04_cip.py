"""ATS: International Potato Center on Workday (Lima). Workday page + Gmail forward of a job alert."""
from common import *

REF = "JR100863"
KEY = "jr100863"
TITLE = "Germplasm Information Systems Manager"
ORG = "International Potato Center"
LOC = "Lima, Peru"
SCHED = "Full time"
RANGE = "USD 74,500 – 91,000"
ABOUT = ("The International Potato Center (CIP) is a research-for-development organization with a focus on potato, "
         "sweetpotato and Andean roots and tubers, and a member of CGIAR. Its genebank in La Molina keeps one of the "
         "largest in-trust collections of these crops and shares material with breeders around the world.")
ROLE = ("The Germplasm Information Systems Manager leads the team that maintains the genebank's accession database, "
        "its links to the global information systems of CGIAR and the records of international distribution. "
        "The position reports to the Head of the Genebank.")
RESP = [
    "Manage the accession, inventory and distribution databases and their quality-control routines",
    "Plan the migration of legacy records to the new genebank information platform with the digital services team",
    "Publish passport and characterization data to international portals on an agreed schedule",
    "Prepare material transfer documentation and annual reports to the Treaty's Governing Body",
    "Supervise two data officers and train genebank staff on data standards",
]
REQ = [
    "Master's degree in bioinformatics, information management, plant genetic resources or a related field.",
    "At least six years of experience managing scientific or biological databases.",
    "Working knowledge of SQL and of at least one scripting language such as Python or R.",
    "Fluency in English and good working knowledge of Spanish.",
]
PREF = [
    "Experience with genebank information systems such as GRIN-Global.",
    "Familiarity with the International Treaty on Plant Genetic Resources for Food and Agriculture.",
]
OFFER = (f"An internationally competitive salary in the range of {RANGE} per year, depending on experience, plus "
         "housing, education and relocation benefits. Interviews are expected in the first half of March 2044.")


def html():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<style>body{{font-family:Arial,sans-serif;font-size:14px;margin:0}} .top{{background:#f2f2f2;padding:10px 20px}}
.chips div{{margin:8px 0}} .chips dt{{font-size:12px;color:#5f5f5f}} .chips dd{{margin:0}} main{{padding:0 20px;max-width:760px}}
button{{background:#0875e1;color:#fff;border:0;padding:6px 18px;border-radius:14px}}</style></head><body>
<div class="top"><b>CIP</b> Careers &nbsp; <a href="#">Search for Jobs</a> &nbsp; <a href="#">Sign In</a> &nbsp; English ▾</div>
<main>
<p><a href="#">‹ Back to Job Posting</a></p>
<h2 data-automation-id="jobPostingHeader">{TITLE}</h2>
<button>Apply</button>
<dl class="chips">
<div><dt>locations</dt><dd>{LOC}</dd></div>
<div><dt>time type</dt><dd>{SCHED}</dd></div>
<div><dt>posted on</dt><dd>Posted 9 Days Ago</dd></div>
<div><dt>time left to apply</dt><dd>End Date: February 13, 2044 (10 days left to apply)</dd></div>
<div><dt>job requisition id</dt><dd>{REF}</dd></div>
</dl>
<div data-automation-id="jobPostingDescription">
<p><b>About us</b></p>
<p>{ABOUT}</p>
<p><b>The role</b></p>
<p>{ROLE}</p>
<p><b>Key responsibilities</b></p>
<ul>
{li(RESP)}
</ul>
<p><b>Required qualifications</b></p>
<ul>
{li(REQ)}
</ul>
<p><b>Preferred qualifications</b></p>
<ul>
{li(PREF)}
</ul>
<p><b>What we offer</b></p>
<p>{OFFER}</p>
<p><i>CIP is an equal opportunity employer and does not charge fees at any stage of recruitment.</i></p>
</div>
<h3>Similar Jobs (3)</h3>
<ul><li>Research Associate – Seed Health · Lima, Peru · posted 30+ days ago</li>
<li>Postdoctoral Fellow, Sweetpotato Breeding · Kampala, Uganda · End Date: January 31, 2044</li>
<li>Finance Analyst · Lima, Peru · posted 3 days ago</li></ul>
<p style="font-size:11px;color:#777">© 2044 Workday, Inc. All rights reserved. · Privacy · Cookie Settings</p>
</main></body></html>
"""


def gmail():
    resp = "\n".join("* " + r for r in RESP)
    req = "\n".join("* " + r for r in REQ)
    pref = "\n".join("* " + r for r in PREF)
    return f"""Gmail\tLucía Quispe <lucia.quispe@mail.example>

Fwd: New job matches your alert "genebank" – {TITLE}
1 message

Lucía Quispe <lucia.quispe@mail.example>\tWed, Jan 24, 2044 at 7:48 PM
To: Tomás Huamán <t.huaman@uni.example>

Tomás, this is exactly your profile. Apply before it closes, and let me know if you want me to read your letter on Sunday (28 Jan).
L.

---------- Forwarded message ---------
From: CIP Careers <cip@myworkday.example>
Date: Wed, Jan 24, 2044 at 6:02 AM
Subject: New job matches your alert "genebank" – {TITLE}
To: <lucia.quispe@mail.example>

Hello Lucía,
A new job matching your saved search has been posted.

{TITLE}
{LOC} | {SCHED} | {REF}
End Date: February 13, 2044

About us
{ABOUT}

The role
{ROLE}

Key responsibilities
{resp}

Required qualifications
{req}

Preferred qualifications
{pref}

What we offer
{OFFER}

View job | Manage job alerts | Unsubscribe
This email was sent by Workday on behalf of the International Potato Center.
"""


def build():
    write(KEY + "-workday.html", html(), KEY)
    write(KEY + "-gmail-fwd.txt", gmail(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-02-13", sched={"en": SCHED},
             salary=sal(None, 74500, 91000, "USD", "year"), req={"en": (REQ, PREF)}, comp={"en": []})
