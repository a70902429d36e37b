"""ArianeGroup (Vernon) - company, English-only posting. Careers page clipped to
Markdown and a job-board copy with glued fields."""
from common import write, expected, sal, req, comp

KEY = "ag-2034-07751"
REF = "AG-2034-07751"
TITLE = "Cryogenic Propulsion Test Engineer (M/F)"
ORG = "ArianeGroup"
LOC = "Vernon, France"
SCHED = "Full time"
CLEAR = "Secret"
ESS = [
    "Engineering degree (Master's level) in mechanical engineering, fluid mechanics or energy systems",
    "At least 3 years of experience in testing, commissioning or operating high-pressure or cryogenic facilities",
    "Good command of instrumentation and data acquisition chains",
    "Fluent French and professional English (reading and writing test documentation)",
    "Eligibility for a French national defence security clearance",
]
DES = [
    "Experience with liquid rocket engines or turbomachinery",
    "Knowledge of Python or MATLAB for test data processing",
    "Familiarity with ATEX and pressure-equipment regulations",
]
SOFT = ["Rigour", "Safety mindset", "Team spirit", "Ability to work under time pressure"]
SAL_TXT = "€53.5k – €62.5k gross per year"
TASKS = [
    "Prepare test campaigns on engine and subsystem test benches (test requests, procedures, instrumentation plans)",
    "Lead test operations from the control room together with the bench operators",
    "Analyse test data and write test reports for design teams and customers",
    "Take part in safety reviews and in the continuous improvement of test facilities",
    "Coordinate with subcontractors for bench maintenance and upgrades",
]


def build():
    b = lambda xs: "\n".join("* " + x for x in xs)
    md = f"""[Skip to main content](#main)

[ArianeGroup](https://www.ariane.group.example/) · [Who we are](#) · [Our activities](#) · [Careers](#) · [Press](#) · [FR](#) | **EN**

> We use cookies to improve your experience. [Accept all](#) · [Settings](#)

[Careers](#) › [Job offers](#) › {TITLE}

# {TITLE}

**Reference:** {REF}\\
**Company:** {ORG}\\
**Site:** Vernon\\
**Location:** {LOC}\\
**Contract type:** Permanent (CDI)\\
**Working time:** {SCHED}\\
**Security clearance:** {CLEAR}\\
**Salary:** {SAL_TXT}, depending on experience\\
**Published:** 27 June 2034\\
**Application deadline:** 24 July 2034

[Apply](#) · [Save](#) · [Share](#)

## About us

{ORG} designs and builds launchers for European access to space and propulsion systems for defence. Our Vernon site, on the banks of the Seine, hosts the engine test benches where every new liquid-propellant engine is qualified. You will join the Test Department, a team of about forty engineers and technicians.

## Your missions

{b(TASKS)}

## Your profile

{b(ESS)}

## Nice to have

{b(DES)}

## Soft skills

{b(SOFT)}

## What we offer

Profit-sharing, a company savings plan, 26 days of leave plus reduced working time days, on-site restaurant and a shuttle from Vernon-Giverny station. The position is open to people with disabilities.

Interviews are planned from 4 September 2034; the position should be filled by 1 November 2034.

---

### Similar offers

* Test Bench Instrumentation Technician (M/F) – Vernon – Apply by 30 July 2034
* Propulsion Systems Engineer (M/F) – Les Mureaux – Apply by 18 August 2034

© {ORG} 2034 · [Legal notice](#) · [Personal data](#)
"""
    write(KEY + "-arianegroup.md", md, KEY)
    nl = "\n"
    board = f"""SpaceJobs Europe
Jobs  Companies  Salaries  Post a job  Sign in
Home > Jobs > Engineering > Test & Qualification

{TITLE}{ORG}{LOC}PermanentFull time
Posted 3 days ago · 61 applicants · Easy apply
Save job  Apply on company website

Job details
Company{ORG}Location{LOC}Contract typePermanent (CDI)Working time{SCHED}Salary{SAL_TXT}Security clearance{CLEAR}Reference{REF}Apply by24 July 2034

Description
About us{ORG} designs and builds launchers for European access to space and propulsion systems for defence. Our Vernon site, on the banks of the Seine, hosts the engine test benches where every new liquid-propellant engine is qualified. You will join the Test Department, a team of about forty engineers and technicians.
Your missions{" ".join(t + "." for t in TASKS)}
Your profile
{nl.join(ESS)}
Nice to have
{nl.join(DES)}
Soft skills
{nl.join(SOFT)}
What we offerProfit-sharing, a company savings plan, 26 days of leave plus reduced working time days, on-site restaurant and a shuttle from Vernon-Giverny station.

Skills
Cryogenics  Test engineering  Data acquisition  Propulsion

People also viewed
Thermal Test Engineer (M/F)Orbitalis SystemsToulouse, France€45k – €52k a yearApply by 15 July 2034
Launch Operations Engineer (M/F)Kourou Space ServicesKourou, French GuianaApply by 2 August 2034

About SpaceJobs Europe · Terms · Privacy · Cookie settings
"""
    write(KEY + "-spacejobs.txt", board, KEY)
    expected(KEY, reference=REF, languages=["en"],
             title={"en": TITLE, "fr": None}, organisation={"en": ORG, "fr": None},
             location={"en": LOC, "fr": None}, schedule={"en": SCHED, "fr": None},
             deadline="2034-07-24", salary=sal(mn=53500, mx=62500, cur="EUR", period="year"),
             grade=None, clearance=CLEAR,
             requirements={"en": req(ESS, DES), "fr": None},
             competencies={"en": comp([(s, "") for s in SOFT]), "fr": None})
