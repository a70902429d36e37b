from common import *

KEY = "wv-int-2044-05"
REF = "WV-INT-2044-05"
TITLE = "Intern – Seed Health Laboratory"
ORG = "World Vegetable Center"
LOC = "Shanhua, Tainan, Taiwan"
SCHED = "Full-time"
E = [
    "be enrolled in, or have graduated within the last twelve months from, a master's programme in plant pathology, seed science, agronomy or a related field;",
    "have completed coursework or laboratory work in plant disease diagnostics;",
    "be able to work in English;",
    "be available for six months from November 2044.",
]
D = [
    "Experience with ELISA or PCR-based detection of seed-borne pathogens.",
    "Basic skills in R or Python for data analysis.",
    "Some knowledge of Mandarin Chinese.",
]
TASKS = [
    "Assist in routine seed health testing of vegetable germplasm before international distribution.",
    "Prepare media, maintain cultures and record results in the laboratory information system.",
    "Help compile a short review of detection methods for tomato and pepper seed-borne viruses.",
    "Present the internship results at a Center seminar.",
]
STIPEND = "TWD 27,800 per month"


def build():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-09-19", sched={"en": SCHED},
             salary=sal(27800, cur="TWD", period="month"),
             ess={"en": E}, des={"en": D}, comps={"en": []})
    ol = "\n".join(f"1. {x}" for x in E)
    md = f"""[Home](#) · [About us](#) · [Research](#) · [Genebank](#) · [Careers](#) · [News](#) · [中文](#)

[Careers](#) › [Internships](#) › {TITLE}

*Published 25 August 2044*

# {TITLE}

**Reference:** {REF}  
**Organization:** {ORG}  
**Location:** {LOC}  
**Working hours:** {SCHED}  
**Duration:** six months  
**Stipend:** {STIPEND}, plus on-campus housing  
**Apply by:** 19 September 2044

## About the internship

The seed health laboratory of the {ORG} (WorldVeg) checks every seed lot that leaves the genebank. The intern joins a small team of technicians and scientists.

## What you will do

- {TASKS[0]}
- {TASKS[1]}
- {TASKS[2]}
- {TASKS[3]}

## Who can apply

To be eligible, applicants must:

{ol}

## Nice to have

* {D[0]}
* {D[1]}
* {D[2]}

## How to apply

Send a CV, a transcript and a one-page motivation letter through the online form. Interviews will take place by video in the week of 29 September 2044. Interns arrange their own visa with the Center's support.

> "Our interns leave with hands-on lab skills and a network across Asia and Africa." — Head of the Genebank

---
© {ORG} · P.O. Box 42, Shanhua · [Privacy](#)
"""
    write(KEY + "-worldveg.md", md, KEY, "md")
    board = f"""CareerHub · University Career Services
Jobs & Internships | Events | Appointments | Resources | Sign out

← All postings

{TITLE}
{ORG} · {LOC}
Internship · {SCHED} · Paid

Applications close: Sep 19, 2044
Posted: Aug 26, 2044 · 63 students viewed this

Apply externally    ☆ Bookmark

Job description
Reference: {REF}
Stipend: {STIPEND}; free housing on campus.

Responsibilities
{chr(10).join(TASKS)}

Requirements
To be eligible, applicants must:
{chr(10).join(E)}

Nice to have
{chr(10).join(D)}

About the employer
{ORG} is an international non-profit institute for vegetable research and development.
Industry: Research · Size: 201–500

Career Services note: book a CV review before 12 September 2044 if you want feedback before applying.

Similar postings
Research Intern, Soil Microbiology — closes Sep 30, 2044
Lab Assistant (part-time) — closes Sep 8, 2044
"""
    write(KEY + "-careerhub.txt", board, KEY, "txt")
