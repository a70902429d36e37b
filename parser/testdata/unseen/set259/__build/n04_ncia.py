"""N4: NCIA, CIS Support Unit Northwood (en). Agency job-alert e-mail as plain text, and a
UK job board copy (label line / value line without blank lines)."""
from common import write, expected, sal

REF = "463390"
TITLE = "Senior Technician (Deployable User Support) - CIS Support Unit Northwood"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "United Kingdom-Northwood"
SCH = "Full-time"
GRADE, CLR = "G11", "NS"
ESS = [
    "Higher secondary education and a post-secondary qualification in information technology, or equivalent professional experience;",
    "A minimum of three years of experience in first- or second-line IT user support;",
    "Experience with an IT service management tool such as ServiceNow or Remedy;",
    "Good knowledge of Microsoft Windows clients and Microsoft 365 administration;",
    "ITIL Foundation certification;",
    "Proficiency in English at SLP 3333;",
]
DES = [
    "Experience in a military or government IT environment;",
    "Knowledge of procedures for classified networks;",
    "CompTIA A+ or an equivalent certification.",
]
COMP = [
    ("Customer Focus", "Listens to users and keeps them informed until their issue is resolved;"),
    ("Teamwork", "Shares knowledge with colleagues on other shifts and sites;"),
    ("Problem Solving", "Breaks complex incidents down and finds workable solutions;"),
    ("Reliability", "Meets commitments and follows procedures under pressure."),
]
SUMMARY = ("The NATO Communications and Information Agency (NCIA) delivers secure communication and "
           "information services to NATO Headquarters, commands and missions. Its CIS Support Unit (CSU) "
           "Northwood supports Allied Maritime Command and the other NATO tenants of the Northwood site. "
           "The CSU is looking for a Senior Technician to lead user support for deployable kits and "
           "for staff travelling to exercises and maritime headquarters afloat.")
ROLE = [
    "Leads the second-line support for deployable laptops, terminals and secure telephones;",
    "Prepares, tests and issues deployable kits before exercises and recovers them afterwards;",
    "Handles incidents and service requests in the service management tool and escalates them where needed;",
    "Writes and updates work instructions and user guides;",
    "Coaches junior technicians and contractors;",
    "Deploys for short periods, including on board ships, when required.",
]


def email():
    semi = lambda xs: "\n".join(f"  {x}" for x in xs)
    comp = "\n".join(f"  {n}: {d}" for n, d in COMP)
    return f"""From: NCIA Talent Acquisition <talent-noreply@ncia.example>
To: r.okafor@mail.example
Date: Tue, 19 Apr 2039 07:02:11 +0200
Subject: Job alert: {TITLE} ({REF})

Dear candidate,

A new vacancy matching your saved search "IT support – United Kingdom" has been published.
This message was sent automatically on 19 April 2039; please do not reply to it.

Requisition: {REF}
Job Title: {TITLE}
NATO Body: {ORG}
Primary Location: {LOC}
Schedule: {SCH}
Application Deadline: 10-May-2039, 11:59:00 PM
Salary (Pay Basis): 4,937.16 Pound Sterling (GBP) Monthly
Grade: NATO Grade {GRADE}
Clearance Level: {CLR}

SUMMARY
{SUMMARY}

ROLE
{semi(ROLE)}

ESSENTIAL QUALIFICATIONS / EXPERIENCE
{semi(ESS)}

DESIRABLE QUALIFICATIONS / EXPERIENCE
{semi(DES)}

ATTRIBUTES/COMPETENCIES
{comp}

TERMS AND CONDITIONS
The basic monthly salary is 4,937.16 GBP, tax free, with allowances according to the NATO Civilian
Personnel Regulations. The successful candidate will be offered a definite duration contract of
three years. Interviews are expected in the week of 30 May 2039.

To view the full vacancy and apply: https://careers.ncia.example/job/{REF}
Manage your alerts: https://careers.ncia.example/alerts

NCIA Talent Acquisition | Oude Waalsdorperweg, The Hague
You receive this e-mail because you created a job alert. Unsubscribe.
"""


def board():
    plain = lambda xs: "\n".join(xs)
    comp = "\n".join(f"{n}: {d}" for n, d in COMP)
    return f"""UKDefenceJobs.example
Find jobs   Upload CV   Recruiters   Courses
Home > IT jobs > Northwood

{TITLE}
Posted 3 days ago by NATO Communications and Information Agency
£4,937.16 per month
Northwood, Middlesex
Contract, full-time
Apply now   Save job

Job description
Requisition
{REF}
NATO Body
{ORG}
Primary Location
{LOC}
Schedule
{SCH}
Application Deadline
10-May-2039, 11:59:00 PM
Salary (Pay Basis)
4,937.16 Pound Sterling (GBP) Monthly
Grade
NATO Grade {GRADE}
Clearance Level
{CLR}
Summary
{SUMMARY}
Role
{plain(ROLE)}
Essential Qualifications / Experience
{plain(ESS)}
Desirable Qualifications / Experience
{plain(DES)}
Attributes/Competencies
{comp}
Read less

Reference: 463390-UKDJ-11872
Similar jobs
IT Support Analyst · Harrow · £32,000 - £36,000 per annum · 1 day ago
Service Desk Team Leader · Watford · £41,500 per annum · 6 days ago

UKDefenceJobs is a job board, not an employer. Privacy | Cookies | Terms
"""


def build():
    write(f"{REF}-email.txt", email(), REF)
    write(f"{REF}-ukboard.txt", board(), REF)
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-05-10",
             sal(4937.16, "GBP"), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}},
             {"en": COMP})
