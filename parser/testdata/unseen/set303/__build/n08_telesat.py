from common import *
KEY = "ts-2043-0088"
REF = "TS-2043-0088"
T = "RF Systems Engineer, Gateway Operations"
O = "Telesat"
LOC = "Ottawa, ON"
SCHED = "37.5 hours per week"
ESS = ["Bachelor's degree in electrical engineering or engineering physics",
       "5+ years of experience with RF systems for satellite earth stations",
       "Hands-on experience with spectrum analyzers, power meters and network analyzers",
       "Working knowledge of Ka-band or Ku-band link budgets",
       "Willingness to travel to gateway sites in Canada and abroad, up to 20% of the time"]
DES = ["Experience commissioning antennas larger than 7 m",
       "Familiarity with Python scripting for test automation",
       "Bilingualism (English and French)"]
COMP = [("Ownership", "you follow an anomaly through to its root cause"),
        ("Clear communication", "you explain technical trade-offs to operators and managers alike"),
        ("Curiosity", "you keep learning as our network evolves")]
DUTIES = ["Design, integrate and test RF chains for new gateway sites in Canada and abroad",
          "Troubleshoot uplink and downlink anomalies with the network operations centre",
          "Write test procedures and acceptance reports for antenna and amplifier installations",
          "Support on-call rotation for critical gateway incidents (about one week in six)",
          "Work with suppliers to qualify new amplifiers, converters and filters"]

TXT = f"""indeed    Find jobs   Company reviews   Salary guide        Upload your resume   Sign in   Employers / Post Job

What: RF engineer        Where: Ottawa, ON        Find jobs

{T}
{O}
3.7 out of 5 stars
{LOC}
$97,500–$121,800 a year - Full-time

Apply on company site

Profile insights
Skills
RF engineering (Required)
Satellite communications

Job details
Pay
$97,500–$121,800 a year
Job type
Full-time
Permanent
Shift and schedule
Monday to Friday
On call

Location
{LOC}

Benefits
Pulled from the full job description
Dental care
Employee assistance program
Extended health care
RRSP match

Full job description
Reference: {REF}
Location: {LOC} (on site, with occasional travel to gateway sites)
Hours: {SCHED}
Salary range: $97,500 – $121,800 per year, plus annual incentive

{O} is a global satellite operator. Our gateway operations team keeps the ground network that connects our satellites to customers running around the clock.

What you'll do:
""" + "\n".join("* " + d for d in DUTIES) + """

What you'll bring:
""" + "\n".join("* " + e for e in ESS) + """

Nice to have:
""" + "\n".join("* " + d for d in DES) + """

How we work:
""" + "\n".join(f"* {n}: {d}" for n, d in COMP) + """

Applications will be accepted until January 20, 2043. Technical interviews are planned for the week of February 1, 2043.

Job Type: Full-time, Permanent
Pay: $97,500.00-$121,800.00 per year
Application deadline: 2043-01-20
Expected start date: 2043-03-15

Report job

Hiring Lab    Career advice    Browse jobs    Browse companies    Salaries    Indeed Events
© 2042 Indeed    Your Privacy Choices    Accessibility at Indeed    Privacy Center    Cookies    Terms
"""

MD = f"""![{O}](logo.png)

[Careers](#) / [Engineering](#) / {T}

# {T}

**{LOC}** · Engineering · Full-time · Requisition {REF}

---

## About the role

Our gateway operations team in {LOC} is looking for an RF engineer who enjoys both design work and time in the field. You will help build and run the ground stations that connect our satellites to customers.

| | |
|---|---|
| Hours | {SCHED} |
| Compensation | $97,500 – $121,800 per year + annual incentive |
| Apply by | January 20, 2043 |

## Responsibilities

""" + "\n".join(f"{i}. {d}" for i, d in enumerate(DUTIES, 1)) + """

## Requirements

""" + "\n".join("- " + e for e in ESS) + """

**Assets**

""" + "\n".join("- " + d for d in DES) + """

## How we work

""" + "\n".join(f"- **{n}** – {d}" for n, d in COMP) + f"""

## Our offer

Health and dental coverage from day one, an RRSP match, a hybrid-friendly schedule for office days and a learning budget of $2,000 a year.

[Apply now](#)

*{O} is an equal opportunity employer. Accommodations are available on request for candidates taking part in all aspects of the selection process.*
"""

def build():
    write(KEY + "-indeed.txt", TXT, KEY)
    write(KEY + "-careers.md", MD, KEY)
    expected(KEY, REF, ["en"], T, O, LOC, SCHED, "2043-01-20", (None, 97500, 121800, "CAD", "year"),
             requirements={"en": (ESS, DES)}, competencies={"en": COMP})
