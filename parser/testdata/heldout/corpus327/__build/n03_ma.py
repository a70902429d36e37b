from common import *

KEY = "ma-hr-2045-011"
D = dict(
    reference="MA-HR-2045-011", post_number=None, languages=["en"],
    title=both("Maintenance Planning Engineer", None),
    organisation=both("Madagascar Airlines", None),
    location=both("Ivato International Airport, Antananarivo, Madagascar", None),
    schedule=both("Full-time, Monday to Friday, with on-call weekends on rotation", None),
    deadline="2045-01-11",
    salary=sal(amount=6480000, cur="MGA", period="month"),
    grade=None, clearance=None,
    requirements=both(req([
        "Bachelor's degree in aeronautical or mechanical engineering, or a B1/B2 aircraft maintenance licence.",
        "At least four years of experience in maintenance planning within a Part-145 or CAMO organisation.",
        "Working knowledge of ATR 72-600 or Airbus A320 family maintenance programmes.",
        "Fluent English and French.",
    ], [
        "Experience with AMOS or a similar maintenance information system.",
        "Spoken Malagasy.",
    ]), None),
    competencies=both(comp([
        ("Planning", "builds realistic work packages around the flight schedule."),
        ("Attention to detail", "checks every task card against the approved maintenance data."),
        ("Teamwork", "works smoothly with the hangar, stores and operations control."),
    ]), None),
)
R = D["requirements"]["en"]
C = D["competencies"]["en"]


def md():
    ess = "\n".join(f"* {x}" for x in R["essential"])
    des = "\n".join(f"* {x}" for x in R["desirable"])
    comps = "\n".join(f"* **{c['name']}:** {c['description']}" for c in C)
    return f"""[Book](#) · [Manage booking](#) · [Check-in](#) · [Flight status](#) · [Careers](#) · [FR](#) | [EN](#)

> ✈️ Travel update: from 2 January 2045, check-in at Ivato closes 60 minutes before domestic departures.

[Home](#) / [Careers](#) / [Engineering & Maintenance](#) / {D['reference']}

# {D['title']['en']}

*Engineering & Maintenance Directorate · posted 14 December 2044*

| Reference | Location | Contract | Closing date |
|---|---|---|---|
| {D['reference']} | {D['location']['en']} | Permanent | 11 January 2045 |

**Employer:** {D['organisation']['en']}  
**Department:** Maintenance Control & Planning  
**Working pattern:** {D['schedule']['en']}  
**Salary:** MGA 6,480,000 gross per month, plus a transport allowance and staff travel benefits  
**Start date:** as soon as possible

## About us

{D['organisation']['en']} is the national carrier of Madagascar, serving the island's regional airports and
routes to the Indian Ocean islands, Africa and Europe. Its engineering base at Ivato maintains a mixed fleet of
turboprops and narrow-body jets.

## The role

Reporting to the Maintenance Planning Manager, you will:

1. prepare weekly and long-term maintenance forecasts for the fleet;
2. build work packages for line and base checks and follow their completion;
3. track hard-time components, airworthiness directives and service bulletins;
4. coordinate aircraft availability with Operations Control Centre;
5. report planning performance indicators to the Continuing Airworthiness Manager.

## Requirements

{ess}

## Nice to have

{des}

## Key competencies

{comps}

## How to apply

Submit your CV and a cover letter through the careers portal, quoting {D['reference']}. Shortlisted candidates will be
invited to a technical interview in the week of 23 January 2045. Madagascar Airlines never asks candidates for any
payment.

---

**Other vacancies**

* Cabin Crew Trainer – closes 18 January 2045
* Revenue Accounting Officer – closes 25 January 2045

© Madagascar Airlines · Ivato, Antananarivo · [Privacy](#) · [Terms](#)
"""


def board():
    L = []
    L.append("IndianOceanAvJobs  |  Jobs  Companies  Salaries  Post a job  Sign in")
    L.append("Home > Engineering > Madagascar")
    L.append("")
    L.append(D['title']['en'])
    L.append(D['organisation']['en'] + " ✔ Verified employer")
    L.append("AntananarivoFull-timeEngineeringMGA 6.48M / monthPosted 5 days agoApply by Jan 11, 2045")
    L.append("96 views · 11 applicants")
    L.append("")
    L.append("[ Apply on company site ]   [ Save ]   [ Share ]")
    L.append("")
    L.append("Job details")
    L.append(f"Reference: {D['reference']}")
    L.append(f"Company: {D['organisation']['en']}")
    L.append(f"Location: {D['location']['en']}")
    L.append(f"Schedule: {D['schedule']['en']}")
    L.append("Pay: MGA 6,480,000 gross per month")
    L.append("Closing date: 11 January 2045")
    L.append("")
    L.append("Summary")
    L.append("The national carrier is looking for a planner to prepare maintenance forecasts and work packages for its fleet,")
    L.append("track components and airworthiness directives, and coordinate aircraft availability with operations.")
    L.append("")
    L.append("Requirements")
    for x in R["essential"]:
        L.append(" • " + x)
    L.append("")
    L.append("Nice to have")
    for x in R["desirable"]:
        L.append(" • " + x)
    L.append("")
    L.append("Competencies")
    for c in C:
        L.append(f" • {c['name']}: {c['description']}")
    L.append("")
    L.append("Tip: never pay a fee to apply for a job. Report suspicious ads.")
    L.append("")
    L.append("Similar jobs")
    L.append("Licensed Aircraft Engineer B1 – Saint-Denis, Réunion – est. EUR 3,900/month – 2 days ago")
    L.append("Technical Records Officer – Port Louis – closes Jan 20, 2045")
    return "\n".join(L) + "\n"


def build():
    expected(KEY, D)
    w(f"{KEY}-madagascarairlines.md", md(), KEY)
    w(f"{KEY}-indianoceanavjobs.txt", board(), KEY)
