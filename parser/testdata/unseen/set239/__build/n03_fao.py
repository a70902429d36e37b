from common import *

REF = "IRC7012"
KEY = "irc7012"
TITLE = "Fisheries Officer (Small-Scale Fisheries Governance)"
ORG = "Food and Agriculture Organization of the United Nations"
LOC = "Thailand-Bangkok"
GRADE = "P-3"
SETTING = ("The Regional Office for Asia and the Pacific (RAP) leads FAO's response to regional priorities for food "
           "security, nutrition and sustainable agriculture, fisheries and forestry. The post is located in the Fisheries "
           "and Aquaculture team of the Regional Office in Bangkok.")
REPORT = "The Fisheries Officer reports to the Senior Fishery Officer."
FOCUS = "Governance and tenure rights of small-scale fishing communities; implementation of voluntary guidelines in member countries."
TASKS = [
    "Provide technical advice to member countries on the governance of small-scale fisheries, including co-management and tenure arrangements",
    "Support the formulation and implementation of national plans of action for small-scale fisheries",
    "Prepare technical papers, training material and regional syntheses on the social and economic dimensions of coastal fisheries",
    "Organize regional workshops and contribute to the work of regional fishery bodies",
    "Formulate field projects, take part in resource mobilization and backstop project implementation",
]
MIN = ["Advanced university degree in fisheries science, natural resource management, social sciences, economics or a related field",
       "Five years of relevant experience in fisheries management or community-based natural resource management",
       "Working knowledge (level C) of English and limited knowledge (level B) of another FAO official language (Arabic, Chinese, French, Russian or Spanish)"]
CORE = ["Results Focus", "Teamwork", "Communication", "Building Effective Relationships",
        "Knowledge Sharing and Continuous Improvement"]
SEL = ["Work experience in more than one location or area of work, particularly in field positions, is desirable",
       "Extent and relevance of experience in supporting small-scale fisheries policy processes in Asia or the Pacific",
       "Demonstrated ability to write clear technical reports and policy briefs",
       "Familiarity with gender-sensitive approaches in fisheries value chains is considered an asset"]
SAL = "USD 73,116"


def build():
    md = f"""[FAO Jobs](https://jobs.fao.example/) · [Search jobs](https://jobs.fao.example/search) · [Candidate home](https://jobs.fao.example/me) · [Français](https://jobs.fao.example/fr) · [Español](https://jobs.fao.example/es)

[‹ Back to jobs](https://jobs.fao.example/search)

# {TITLE}

**Vacancy Announcement:** {REF}

**Job Posting:** 17/Aug/2037 &nbsp;&nbsp; **Closure Date:** 07/Sep/2037, 11:59:00 PM

| | |
|---|---|
| **Organizational Unit** | RAPD - Regional Office for Asia and the Pacific |
| **Job Type** | Staff position |
| **Type of Requisition** | Professional (Regular Programme) |
| **Grade Level** | {GRADE} |
| **Primary Location** | {LOC} |
| **Duration** | Fixed-term: two years with possibility of extension |
| **Post Number** | 2104417 |
| **CCOG Code** | 1H01 |

> IMPORTANT NOTICE: Applications are encouraged from qualified women and from nationals of non-represented and
> under-represented member nations. Applications must be received by 7 September 2037. FAO does not charge a fee at
> any stage of the recruitment process.

{ORG}

## Organizational Setting

{SETTING}

## Reporting Lines

{REPORT}

## Technical Focus

{FOCUS}

## Tasks and responsibilities

""" + "\n".join("- " + t for t in TASKS) + """

## CANDIDATES SHOULD MEET THE FOLLOWING

### Minimum Requirements

""" + "\n".join("- " + t for t in MIN) + """

### FAO Core Competencies

""" + "\n".join("- " + t for t in CORE) + """

### Technical/Functional Skills

Selection criteria:

""" + "\n".join("- " + t for t in SEL) + f"""

## WHAT FAO OFFERS

The FAO remuneration package for a {GRADE} comprises an annual net base salary of {SAL}, plus a post adjustment that varies
with the duty station (currently 31.6 per cent in Bangkok), dependency allowances and 30 working days of annual leave.
Written tests are expected in the first half of October 2037.

[Apply](https://jobs.fao.example/apply/{REF}) · [Share](#) · [Print](#)
"""
    write(KEY + "-fao.md", md, KEY)
    # mailing-list digest
    t = f"""From: fisheries-jobs-asia@lists.example
To: fisheries-jobs-asia@lists.example
Date: Tue, 18 Aug 2037 06:02:11 +0700
Subject: [fisheries-jobs-asia] Digest Vol 41, Issue 33

Today's Topics:
   1. FAO Bangkok: {TITLE} ({GRADE})
   2. Re: SEAFDEC training course dates (Nok P.)

----------------------------------------------------------------------
Message: 1
From: "Rahul M." <rahul.m@lists.example>
Subject: FAO Bangkok: {TITLE} ({GRADE})

Colleagues, FAO RAP has opened the post below. Closure date 07/Sep/2037, i.e. 7 September 2037 (Bangkok time).

Vacancy Announcement: {REF}
Title: {TITLE}
Organization: {ORG}
Grade Level: {GRADE}
Primary Location: {LOC}
Post Number: 2104417

Tasks:
""" + "\n".join("  * " + t for t in TASKS) + """

Minimum Requirements:
""" + "\n".join("  * " + t for t in MIN) + "\n\nFAO Core Competencies: " + "; ".join(CORE) + """

Selection criteria:
""" + "\n".join("  * " + t for t in SEL) + f"""

Net base salary {SAL} per year plus post adjustment.

----------------------------------------------------------------------
Message: 2
Subject: Re: SEAFDEC training course dates

The course runs 5-16 October 2037; nominations by 25 September.

End of fisheries-jobs-asia Digest, Vol 41, Issue 33
"""
    write(KEY + "-digest.txt", t, KEY)
    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2037-09-07", (73116, None, None, "USD", "year"), GRADE,
             {"essential": MIN, "desirable": SEL}, [{"name": n, "description": ""} for n in CORE],
             post_number="2104417")
