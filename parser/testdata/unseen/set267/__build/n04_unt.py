from common import *

REF = "UNT/VN/DIR/2039/06"
KEY = "unt-vn-dir-2039-06"
TITLE = "Director, Tourism Investment and Innovation Department"
ORG = "World Tourism Organization (UN Tourism)"
LOC = "Madrid, Spain"
GRADE = "D-1"
SAL = "USD 134,972"
ESS = [
    "An advanced university degree in economics, business administration, finance, public policy or a related field.",
    "A minimum of fifteen years of progressively responsible experience in investment promotion, innovation policy or private-sector development, of which at least seven at the international level.",
    "Proven experience in leading multidisciplinary teams and managing extrabudgetary resources.",
    "Excellent command of English and a good working knowledge of another official language of the Organization.",
]
DES = [
    "Experience in tourism, hospitality or the creative economy.",
    "Experience in working with development finance institutions or sovereign investment funds.",
    "Knowledge of Arabic, Chinese, French, Russian or Spanish beyond working level.",
]
COMP = [
    ("Leadership", "Serves as a role model, empowers others to translate vision into results and establishes effective networks."),
    ("Managing Performance", "Delegates appropriate responsibility and accountability and monitors progress against milestones."),
    ("Building Trust", "Provides an environment in which others can talk and act without fear of repercussion."),
    ("Judgement/Decision-making", "Identifies the key issues in a complex situation and makes tough decisions when necessary."),
]
DUTIES = [
    "Define and lead the Organization's programme of work on tourism investment, start-up ecosystems and innovation networks.",
    "Oversee the preparation of investment guidelines and country investment profiles for Member States.",
    "Mobilize partnerships with international financial institutions, investment promotion agencies and private-sector Affiliate Members.",
    "Represent the Organization at high-level meetings and advise the Secretary-General on emerging trends.",
    "Manage the Department's staff, budget and results framework.",
]
INTRO = ("UN Tourism, the specialized agency of the United Nations responsible for the promotion of responsible, "
         "sustainable and universally accessible tourism, is seeking a Director to lead its Tourism Investment and "
         "Innovation Department at its Headquarters.")


def md():
    duties = "\n".join("%d. %s" % (i + 1, d) for i, d in enumerate(DUTIES))
    comp = "\n".join("- **%s:** %s" % c for c in COMP)
    return f"""[Home](https://www.untourism.example/) · [About](#) · [Careers](#) · [Español](#) · [Français](#)

[Careers](#) › [Vacancies](#) › {TITLE}

# {TITLE}

*Vacancy notice {REF} · published 8 December 2039*

**Organization:** {ORG}\\
**Duty station:** {LOC}\\
**Grade:** {GRADE}\\
**Type of contract:** Fixed-term, two years (initial)\\
**Date of publication:** 08/12/2039\\
**Deadline for applications:** 11 January 2040 (midnight, Madrid time)

{INTRO}

## Main duties

Under the overall supervision of the Executive Director, the incumbent will:

{duties}

## Qualifications

### Minimum requirements

- **Education:** {ESS[0]}
- **Work experience:** {ESS[1]}
- **Management experience:** {ESS[2]}
- **Languages:** {ESS[3]}

### Assets

- {DES[0]}
- {DES[1]}
- {DES[2]}

## Competencies

{comp}

## Remuneration

Annual net base salary: {SAL}, plus post adjustment (variable; currently 36.8%). Salaries are exempt from national income tax in Spain.

## How to apply

Applications must be submitted through the online recruitment system. Shortlisted candidates are expected to be interviewed in Madrid or by video in the first half of February 2040.

> Other open positions: Programme Officer, Regional Department for Europe (deadline 29 December 2039) · Translator/Reviser, Spanish (deadline 19 January 2040)
"""


def forward():
    duties = "\n".join("  - " + d for d in DUTIES)
    comp = "\n".join("  %s: %s" % c for c in COMP)
    return f"""From: Office of the Director-General <dg.office@tourism-ministry.example>
Sent: Thursday, December 14, 2039 10:02
To: International Relations Unit <iru@tourism-ministry.example>
Subject: FW: UN Tourism vacancy – {TITLE} ({GRADE})

Colleagues,

Please circulate the vacancy below to the senior staff who expressed interest at our 7 December meeting. Nominations for government support should reach this office by 22 December 2039; candidates must in any case apply directly to UN Tourism before its own deadline.

Regards,
L. Ferreira
Chief of Staff

-----Original Message-----
From: UN Tourism Human Resources <hr@untourism.example>
Sent: Friday, December 8, 2039 16:40
Subject: Vacancy notice {REF}

VACANCY NOTICE {REF}

Post title: {TITLE}
Organization: {ORG}
Duty station: {LOC}
Grade: {GRADE}
Deadline for applications: 11 January 2040

{INTRO}

MAIN DUTIES
{duties}

MINIMUM REQUIREMENTS
  Education: {ESS[0]}
  Work experience: {ESS[1]}
  Management experience: {ESS[2]}
  Languages: {ESS[3]}

ASSETS
  * {DES[0]}
  * {DES[1]}
  * {DES[2]}

COMPETENCIES
{comp}

REMUNERATION
Annual net base salary: {SAL}, plus post adjustment (variable).
"""


def build():
    write(KEY + "-untourism.md", md(), KEY)
    write(KEY + "-ministry-forward.txt", forward(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-01-11", salary=salary(134972, "USD", "year"), grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": COMP})
