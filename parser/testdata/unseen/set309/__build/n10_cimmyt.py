"""Notice 10: CIMMYT on SAP SuccessFactors, Texcoco - career-site HTML + Markdown web clip."""
from common import *

REF = "30517"
KEY = "30517"
TITLE = "Maize Seed Systems Specialist"
ORG = "International Maize and Wheat Improvement Center"
LOC = "Texcoco, Mexico"
SCHED = "Full time"
ESS = [
    "PhD in plant breeding, seed science, agricultural economics or a related discipline, or an MSc with at least eight years of relevant experience.",
    "At least five years of experience in seed systems, variety release or seed business development in Latin America, Africa or Asia.",
    "Proven ability to work with small and medium seed enterprises and public seed agencies.",
    "Fluency in English and Spanish.",
]
DES = [
    "Experience with hybrid maize seed production and quality assurance.",
    "Knowledge of seed policy and regulatory harmonization.",
    "Working knowledge of French or Portuguese.",
]
RESP = [
    "Lead the seed systems component of the maize programme in Mexico and Central America.",
    "Support partner seed companies in the scale-up of climate-resilient varieties.",
    "Design and supervise studies on variety turnover and seed demand.",
    "Contribute to proposals, donor reports and peer-reviewed publications.",
]
SAL = "USD 78,000 – 94,000 per year"


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} Job Details | CIMMYT Careers</title></head>
<body>
<div class="header"><a href="#">CIMMYT Careers</a> <span>Search Jobs</span> <span>Join our Talent Community</span> <span>Language: English (United States) ▾</span> <span>View Profile</span></div>
<div class="jobDisplay">
<h1 id="job-title">{TITLE}</h1>
<p><b>Date:</b> Jun 29, 2043</p>
<p><b>Location:</b> {LOC}</p>
<p><b>Company:</b> {ORG}</p>
<p><a href="#">Apply now »</a></p>
<p><b>Job Requisition ID:</b> {REF}<br>
<b>Job Type:</b> {SCHED}<br>
<b>Contract:</b> Internationally recruited staff, three-year renewable appointment<br>
<b>Salary range:</b> {SAL}<br>
<b>Closing date:</b> Jul 30, 2043</p>
<p><b>About us</b></p>
<p>The {ORG} (CIMMYT) is a non-profit research organization and a CGIAR research centre. Together with hundreds of partners, it develops improved maize and wheat varieties and farming practices for smallholders.</p>
<p><b>Main responsibilities</b></p>
{ul(RESP)}
<p><b>Required qualifications</b></p>
{ul(ESS)}
<p><b>Preferred qualifications</b></p>
{ul(DES)}
<p><b>What we offer</b></p>
<p>A salary in the range of {SAL}, depending on experience, plus housing allowance, education allowance for eligible dependants, health insurance and retirement plan. Interviews will take place in the last week of August 2043.</p>
<p>CIMMYT is an equal opportunity employer and does not charge any fee during recruitment.</p>
<p><a href="#">Apply now »</a></p>
</div>
<div class="similar"><h3>Similar Jobs</h3>
<p>Wheat Physiologist · Ciudad Obregón, MX · Jul 18, 2043</p>
<p>Seed Systems Officer · Nairobi, KE · Jul 9, 2043</p></div>
<div class="footer">Privacy · Cookie settings · Powered by SAP SuccessFactors</div>
</body></html>
"""
    write(KEY + "-successfactors.html", html, KEY)

    md = f"""---
title: "{TITLE} Job Details | CIMMYT Careers"
source: "https://careers.example.org/job/Texcoco-{TITLE.replace(' ', '-')}/{REF}/"
clipped: 2043-07-01
tags: [clippings, jobs]
---

[CIMMYT Careers](#) · Search Jobs · Join our Talent Community

# {TITLE}

- **Date:** Jun 29, 2043
- **Location:** {LOC}
- **Company:** {ORG}
- **Job Requisition ID:** {REF}
- **Job Type:** {SCHED}
- **Salary range:** {SAL}
- **Closing date:** Jul 30, 2043

[Apply now »](#)

### About us

The {ORG} (CIMMYT) is a non-profit research organization and a CGIAR research centre.

### Main responsibilities

* {RESP[0]}
* {RESP[1]}
* {RESP[2]}
* {RESP[3]}

### Required qualifications

* {ESS[0]}
* {ESS[1]}
* {ESS[2]}
* {ESS[3]}

### Preferred qualifications

* {DES[0]}
* {DES[1]}
* {DES[2]}

### What we offer

A salary in the range of {SAL}, depending on experience, plus housing allowance and other benefits. Interviews will take place in the last week of August 2043.

> Note to self: ask Lucía about the Obregón post (closes Jul 18, 2043).
"""
    write(KEY + "-clip.md", md, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, SCHED, "2043-07-30",
             (None, 78000, 94000, "USD", "year"), None, (ESS, DES), [])
