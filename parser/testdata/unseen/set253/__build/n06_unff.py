from common import *

REF = "UNFFS/CONS/2038/04"
KEY = "unffs-cons-2038-04"
TITLE = "Consultant on Forest Financing Facilitation"
ORG = "United Nations Forum on Forests Secretariat"
LOC = "Home-based"
ESS = [
    "An advanced university degree (Master's degree or equivalent) in forestry, environmental economics, public finance or a related field is required.",
    "A minimum of seven years of professional experience in forest finance, sustainable forest management or development cooperation is required.",
    "Proven experience in preparing national forest financing strategies or project proposals for international funds is required.",
    "Fluency in English is required.",
]
DES = [
    "Experience in small island developing States or low forest cover countries is desirable.",
    "Knowledge of Spanish or French is desirable.",
]
TASKS = [
    "Review the requests for assistance received by the Global Forest Financing Facilitation Network since 2035;",
    "Assess the results of the capacity-building workshops held in the regions;",
    "Draft a report with recommendations for the next work programme of the Network;",
    "Present the draft report at an online expert meeting and revise it on the basis of comments.",
]
DELIV = [
    ("Inception note and workplan", "10 December 2038"),
    ("Draft assessment report", "20 February 2039"),
    ("Final report incorporating comments", "31 March 2039"),
]


def md():
    tasks = "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(TASKS))
    deliv = "\n".join("| %s | %s |" % d for d in DELIV)
    return f"""[UN DESA](https://desa.example) · [Forests](https://forests.example) · [Documents](https://forests.example/documents) · [Opportunities](https://forests.example/opportunities)

Home / Opportunities / Consultancies

# {TITLE}

*Posted 15 October 2038 · Applications close 12 November 2038*

**Reference:** {REF}\\
**Hiring office:** {ORG}, Department of Economic and Social Affairs\\
**Duty station:** {LOC}, with one possible mission to New York\\
**Duration:** 60 working days between December 2038 and March 2039\\
**Daily fee:** USD 525 per working day, paid against deliverables\\
**Deadline for applications:** 12 November 2038

## Background

The {ORG} services the Forum and manages the Global Forest Financing Facilitation Network, which helps countries to design national forest financing strategies and to gain access to existing funds.

## Tasks

Under the supervision of the Programme Management Officer responsible for the Network, the consultant will:

{tasks}

## Deliverables

| Deliverable | Due |
|---|---|
{deliv}

## Qualifications/special skills

{ESS[0]} {ESS[1]} {ESS[2]} {DES[0]}

## Languages

English and French are the working languages of the United Nations Secretariat. {ESS[3]} {DES[1]}

## How to apply

Send a CV, a two-page technical note and your daily fee expectations to unff-consultancies@un.example with the reference in the subject line. The Secretariat will contact shortlisted candidates for an interview in the week of 21 November 2038.

---

*The Forum's twenty-third session will be held in New York in May 2039.*
"""


def email():
    tasks = "\n".join("  (%s) %s" % ("abcd"[i], t) for i, t in enumerate(TASKS))
    deliv = "\n".join("  - %s — by %s" % d for d in DELIV)
    return f"""From: Mercedes Arroyo <m.arroyo@forestnet.example>
To: forest-finance-practitioners@lists.example
Date: Mon, 18 Oct 2038 14:05:12 -0500
Subject: [FFP-list] Consultancy: {TITLE} ({REF})

Colleagues,

The UNFF Secretariat asked us to circulate the consultancy below. Please note the
deadline is 12 November; the workshop I mentioned on 4 November is separate.

Regards,
Mercedes

========================================================================
CONSULTANCY OPPORTUNITY
========================================================================
Title:              {TITLE}
Reference:          {REF}
Hiring office:      {ORG}
Duty station:       {LOC}
Duration:           60 working days (December 2038 - March 2039)
Fee:                USD 525 per working day
Deadline:           12 November 2038
------------------------------------------------------------------------

TASKS
{tasks}

DELIVERABLES
{deliv}

QUALIFICATIONS/SPECIAL SKILLS
{ESS[0]}
{ESS[1]}
{ESS[2]}
{DES[0]}

LANGUAGES
{ESS[3]} {DES[1]}

--
forest-finance-practitioners mailing list
To unsubscribe, reply with "unsubscribe" in the subject.
"""


def build():
    write(KEY + "-unff.md", md(), KEY)
    write(KEY + "-mailing-list.txt", email(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2038-11-12",
             salary=(525, None, None, "USD", "day"), req={"en": (ESS, DES)}, comp={"en": []})
