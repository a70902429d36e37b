"""321352 - Joint Force Command Norfolk (EN): e-mail forward and a job board copy."""
from common import *

REF = "321352"
TITLE = "Budget Analyst (Exercise and Training Funds)"
ORG = "Joint Force Command Norfolk (JFCNF)"
LOC = "United States of America-Norfolk"
SCH = "Full-time"
GRADE = "G13"
CLR = "NS"

ESS = [
    "A university degree in finance, accounting, business administration or a related discipline, or higher secondary education and four additional years of relevant experience.",
    "At least three years of experience in budget formulation and execution in a public administration, armed forces or international organisation.",
    "Experience in monitoring commitments and expenditure against approved credits and in preparing variance reports.",
    "Advanced user of spreadsheet software, including pivot tables and lookup functions.",
    "Proficiency in English: SLP 3333.",
]
DES = [
    "Knowledge of the NATO Financial Regulations and of the Military Budget procedures.",
    "Experience with an enterprise resource planning system such as SAP.",
    "Experience in supporting the financial planning of multinational exercises.",
]

DUTIES = """Principal Duties:
The incumbent's duties are:
- Prepares the annual budget proposal for the exercise and training funds of the Headquarters, in coordination with the exercise planning staff.
- Monitors commitments and expenditure, identifies variances and proposes transfers between budget lines.
- Checks requests for funds against the approved exercise programme and the financial rules.
- Prepares monthly execution reports and the inputs to the year-end closure.
- Advises staff officers on the eligibility of costs and on the documentation required.
- Replaces other budget analysts of the Branch when required."""

POST_CONTEXT = """Post Context
Headquarters Allied Joint Force Command Norfolk (JFCNF) is a joint operational headquarters responsible for the Atlantic area. The Financial Management Branch of the Resource Management Division plans and executes the budgets entrusted to the Headquarters and provides financial advice to the Command Group and the staff.
The incumbent is the analyst responsible for the funds allocated to the exercise and training programme of the Headquarters."""

CONDITIONS = """Employment Conditions
The successful candidate will be offered a three-year definite duration contract, which may be renewed. Salary is paid in US dollars and is free of US federal income tax for non-US nationals. Candidates must be nationals of a NATO member nation. The post requires a NATO SECRET security clearance.
Written tests and interviews are expected to take place in May 2035."""


def header_lines(sep=": "):
    return f"""Requisition ID{sep}{REF}
Job Title{sep}{TITLE}
NATO Body{sep}{ORG}
Primary Location{sep}{LOC}
Schedule{sep}{SCH}
Application Deadline{sep}09-Apr-2035, 11:59:00 PM
Salary (Pay Basis){sep}7,104.52US Dollar (USD) Monthly
Grade{sep}NATO Grade G13
Clearance Level{sep}{CLR}"""


EMAIL = f"""From: Transition Assistance Office <tao-norfolk@mil.example>
Sent: Tuesday, March 6, 2035 8:12 AM
To: TAO Weekly Opportunities List <tao-opps@mil.example>
Subject: FW: NATO civilian vacancy - {TITLE} ({REF})

Good morning all,

Another NATO civilian opening at the JFC on base, forwarded as received. Remember that the portal closes at 11:59 PM Brussels time, which is 5:59 PM here on the day of the deadline. Our resume clinic on March 20 can help with the NATO application form.

Thanks,
R. Delgado
Transition Assistance Office

-----Original Message-----
From: JFCNF Civilian HR <civhr@jfcnf.example>
Sent: Monday, March 5, 2035 3:40 PM
Subject: NATO civilian vacancy - {TITLE} ({REF})

NATO UNCLASSIFIED

Please find below the details of a vacancy currently advertised on the NATO Talent Acquisition Platform.

{header_lines()}

{POST_CONTEXT}

{DUTIES}

Essential Qualifications
{bullets(ESS, "- ")}

Desirable Qualifications
{bullets(DES, "- ")}

{CONDITIONS}

Applications must be submitted through the NATO Talent Acquisition Platform; applications sent by e-mail will not be accepted.

Civilian Human Resources
HQ JFCNF

NATO UNCLASSIFIED
"""

BOARD = f"""Skip to content
HamptonRoadsJobs  Find jobs  Company reviews  Salaries  Sign in
{TITLE}
NATO - {ORG}Norfolk, VA 23511
$7,104.52 a monthFull-time
Apply on company site
Profile insights
Job type
Full-time
Full job description
{header_lines("")}

{POST_CONTEXT}
{DUTIES}
Essential Qualifications
{bullets(ESS, "• ")}
Desirable Qualifications
{bullets(DES, "• ")}
{CONDITIONS}
Posted 3 days ago
Report job
People also viewed
Financial Analyst - Norfolk, VA - $68,000 - $79,000 a year - Apply by April 20, 2035
Budget Technician - Virginia Beach, VA - $21 an hour
"""


def build():
    expected(REF, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, schedule={"en": SCH}, deadline="2035-04-09",
             salary=sal(7104.52, "USD"), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": []})
    write(f"{REF}-email.txt", EMAIL, REF)
    write(f"{REF}-jobboard.txt", BOARD, REF)
