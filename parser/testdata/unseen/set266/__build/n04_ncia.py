from common import *

KEY = "462590"
TITLE = "Service Delivery Manager (Maritime C2 Systems) - CIS Support Unit Northwood"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "United Kingdom-Northwood"
SCH = "Full-time"
GRADE, CLR = "G14", "NS"

SUMMARY = """The NATO Communications and Information Agency (NCIA) delivers secure communication and information services to NATO Headquarters, commands and agencies. Its CIS Support Unit (CSU) Northwood operates and supports the services used by Allied Maritime Command and the other NATO tenants of the Northwood site.

The Service Delivery Manager is accountable for the day-to-day delivery of the maritime command and control (C2) services at Northwood. S/he manages the service levels agreed with the customer, leads the weekly service reviews, coordinates incident and change management with the Agency's service operations centre, and makes sure that the services stay available during exercises and operations."""
ROLE = [
    "Manage the delivery of the maritime C2 services against the agreed service level targets",
    "Chair the weekly service review with the customer and follow up the actions agreed",
    "Coordinate major incidents and planned changes with the service operations centre",
    "Plan the CIS support to maritime exercises hosted at Northwood",
    "Produce monthly service reports and propose improvements",
    "Supervise two technicians of the Unit and evaluate their performance",
    "Perform any other related duties as assigned",
]
ESS = [
    "A university degree in information technology, engineering or a related discipline, or equivalent experience;",
    "At least five years of experience in IT service management, of which two in a service delivery or service manager role;",
    "ITIL 4 Foundation certification or equivalent;",
    "Experience of managing service level agreements with demanding customers;",
    "Good knowledge of networks, servers and applications supporting command and control;",
    "English SLP 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
    "Experience with maritime C2 systems or naval communications;",
    "Previous work in a NATO or national defence organisation;",
    "A project management qualification such as PRINCE2.",
]
COMP = [
    ("Customer focus", "Understands the customer's operational needs and anticipates them;"),
    ("Accountability", "Takes ownership of service results and follows issues through to closure;"),
    ("Communication", "Presents service performance clearly to technical and military audiences;"),
    ("Leadership", "Guides and motivates a small team."),
]
E = exp(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-12-09", sal(5327.41, "GBP"), GRADE,
        CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})


def body(m=""):
    role = "\n".join(m + x for x in ROLE)
    ess = "\n".join(m + x for x in ESS)
    des = "\n".join(m + x for x in DES)
    com = "\n".join(m + f"{n}: {d}" for n, d in COMP)
    return f"""Summary

{SUMMARY}

Role

{role}

Essential Qualifications / Experience

{ess}

Desirable Qualifications / Experience

{des}

Attributes/Competencies

{com}

Terms and conditions

The successful candidate will be offered a definite duration contract of three years. The working week is 37.5 hours. Candidates must be nationals of a NATO member nation and able to obtain a NATO SECRET clearance before taking up the post.

Interviews are planned in Northwood in the week of 23 January 2040."""


def build():
    expected(KEY, E)
    out(f"{KEY}-natocareers.txt", f"""
Skip to main content
NATO - Careers
Home
Job Search
My Job Applications
My Account Options
Sign Out
Language: English
Job Search   >   Job List   >   Job Description

Job Description - {TITLE} ({KEY})
{TITLE}-{KEY}

Primary Location

{LOC}

NATO Body

{ORG}

Schedule

{SCH}

Application Deadline

09-Dec-2039, 11:59:00 PM

Salary (Pay Basis)

: 5,327.41Pound Sterling (GBP) Monthly

Grade

NATO Grade {GRADE}

Clearance Level

{CLR}

Description

{body()}

Job Posting

 10-Nov-2039, 10:00:00 AM

Similar Jobs
Technician (Satellite Ground Terminals) - CIS Support Unit Northwood   United Kingdom-Northwood   02-Dec-2039
Principal Engineer (Maritime Networks)   Netherlands-The Hague   15-Dec-2039

Apply Online     Send to a Friend     Save Job

© NATO. All rights reserved.   Privacy Statement   Accessibility
""", KEY)

    out(f"{KEY}-email.txt", f"""
From: Careers Desk <careers@forces-resettlement.example>
Sent: Monday, 14 November 2039 09:32
To: Signals and CIS Alumni <alumni-cis@forces-resettlement.example>
Subject: FW: NATO job alert - {TITLE}

Good morning all,

Another NATO post close to home, for those leaving the Service next year. Note that NATO posts are paid monthly in sterling at Northwood and that the clearance is handled by NATO after the offer. Our next CV workshop is on 29 November at the Hendon office; book through the usual link.

Kind regards,
Careers Desk

________________________________
From: NATO Careers <no-reply@careers.nato.example>
Sent: 10 November 2039 10:04
Subject: Job alert: 1 new job matches your criteria

A new job matching your saved search "Northwood" has been posted.

Job Title:          {TITLE}
Job Number:         {KEY}
Primary Location:   {LOC}
NATO Body:          {ORG}
Schedule:           {SCH}
Grade:              NATO Grade {GRADE}
Clearance Level:    {CLR}
Salary (Pay Basis): 5,327.41 Pound Sterling (GBP) Monthly
Application Deadline: 09-Dec-2039, 11:59:00 PM

{body("* ")}

To apply, sign in to the NATO careers site and search for job number {KEY}.
You received this message because you created a job alert. To unsubscribe, edit your alert settings.
""", KEY)
