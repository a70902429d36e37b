from common import *
KEY = "osc34-0417"; REF = "OSC34-0417"
T = "Senior Forensic Accountant, Enforcement Branch"
ORG = "Ontario Securities Commission"; LOC = "Toronto, Ontario"
SCH = "Full-time, 35 hours per week (hybrid: three days a week at 20 Queen Street West)"
ESS = ["A CPA designation in good standing with CPA Ontario.",
 "At least six years of experience in forensic accounting, audit or financial investigations, including work on files that led to litigation.",
 "Demonstrated ability to trace funds through bank, brokerage and cryptoasset records and to present the results in clear schedules.",
 "Experience preparing expert or investigative reports that withstand cross-examination.",
 "Strong knowledge of IFRS and of the disclosure obligations of reporting issuers."]
DES = ["A CFE (Certified Fraud Examiner) or CPA-CBV designation.",
 "Experience testifying before a tribunal or a court.",
 "Working knowledge of French."]
DUT = ["Lead the financial analysis on investigations of accounting fraud, misappropriation and market misconduct.",
 "Obtain, organise and analyse large volumes of financial records, working closely with investigators and litigators.",
 "Prepare reports, charts and fund-flow schedules for use at hearings before the Capital Markets Tribunal.",
 "Mentor junior accountants and review their working papers."]
md = f"""[Skip to main content](#main)

**OSC** | Careers · [Search for Jobs](#) · [Sign In](#)

> This site uses cookies to remember your preferences. [Accept](#) [Manage cookies](#)

# {T}

[Apply](#)

- **locations:** Toronto, ON
- **time type:** Full time
- **posted on:** Posted 9 Days Ago
- **job requisition id:** R-0018842

## About the OSC

The {ORG} regulates Ontario's capital markets. We protect investors from unfair, improper or fraudulent practices and foster fair, efficient and competitive markets. Our Enforcement Branch investigates and litigates breaches of Ontario securities law.

## Position details

| | |
|---|---|
| **Competition number** | {REF} |
| **Employer** | {ORG} |
| **Branch** | Enforcement Branch – Forensic Accounting Unit |
| **Location** | {LOC} |
| **Employment type** | Permanent |
| **Hours of work** | {SCH} |
| **Salary range** | $104,600 – $130,750 per year, plus eligibility for the annual performance incentive |
| **Closing date** | April 7, 2034 at 11:59 p.m. (ET) |

## What you will do

{chr(10).join('1. ' + x for x in DUT)}

## What you bring

{chr(10).join('- ' + x for x in ESS)}

## Nice to have

{chr(10).join('- ' + x for x in DES)}

## What we offer

A defined benefit pension plan, health and dental coverage from day one, four weeks of vacation to start and a learning budget of $2,500 a year.

## How to apply

Submit your résumé and a cover letter through the Apply button by the closing date. Candidates selected for an interview will be contacted during the week of April 17, 2034 and may be asked to complete a case exercise. The OSC is committed to accessibility; contact careers@osc-careers.example if you need an accommodation.

*The {ORG} is an equal opportunity employer.*

---

### Similar Jobs

- Litigation Counsel, Enforcement · Toronto, ON · Posted 3 Days Ago
- Senior Investigator, Case Assessment · Toronto, ON · Posted 30+ Days Ago

© 2034 Ontario Securities Commission · Privacy · Accessibility
"""
out(KEY + "-osc-careers.md", md)
ind = f"""Find jobs   Company reviews   Salary guide
What: forensic accountant    Where: Toronto, ON    Find jobs

{T}
{ORG}
3.9 out of 5 stars
{LOC}
$104,600–$130,750 a yearFull-timePermanent
Apply on company site

Profile insights
Here's how the job qualifications align with your profile.
SkillsForensic accountingIFRSFraud investigation
Do you have experience in Forensic accounting?
Yes No

Job details
Pay
$104,600–$130,750 a year
Job type
Full-time
Permanent

Full job description
Competition number{REF}Employer{ORG}BranchEnforcement Branch – Forensic Accounting UnitLocation{LOC}Employment typePermanentHours of work{SCH}Salary range$104,600 – $130,750 per year, plus eligibility for the annual performance incentiveClosing dateApril 7, 2034 at 11:59 p.m. (ET)
About the OSC The {ORG} regulates Ontario's capital markets and its Enforcement Branch investigates and litigates breaches of Ontario securities law.
What you will do {' '.join(DUT)}
What you bring
{chr(10).join('• ' + x for x in ESS)}
Nice to have
{chr(10).join('• ' + x for x in DES)}
What we offer: a defined benefit pension plan, health and dental coverage from day one, four weeks of vacation and a learning budget of $2,500 a year.
Candidates selected for an interview will be contacted during the week of April 17, 2034.

Job Types: Full-time, Permanent
Pay: $104,600.00-$130,750.00 per year
Expected hours: 35 per week
Work Location: Hybrid remote in Toronto, ON M5H 3S8
Posted 6 days ago

People also viewed
Forensic Accountant - Senior Manager
Bay Street Advisory LLP – Toronto, ON
$115,000–$140,000 a year
Apply by April 30, 2034
Investigator, Market Conduct
Canadian Investment Regulatory Organization – Toronto, ON
Posted 12 days ago
"""
out(KEY + "-indeed.txt", ind)
expected(KEY, dict(reference=REF, post_number=None, languages=["en"], title=bi(T, None), organisation=bi(ORG, None),
  location=bi(LOC, None), schedule=bi(SCH, None), deadline="2034-04-07",
  salary=dict(amount=None, min=104600, max=130750, currency="CAD", period="year"), grade=None, clearance=None,
  requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None}, competencies={"en": [], "fr": None}))
