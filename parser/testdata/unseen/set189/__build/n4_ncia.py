"""298459 - NCIA, The Hague (EN only). Rendering: an e-mail forward by a university careers
service of the portal page (label line then value line, no blank lines)."""
from common import expected, write

REF = "298459"
TITLE = "Senior Engineer (Mission Network Test Automation)"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Netherlands-The Hague"
SCH = "Full-time"
ESS = [
    "A university degree in computer science, software engineering, telecommunications or a related discipline.",
    "At least five years of experience in software test automation, of which two in networked or distributed systems.",
    "Experience in writing and maintaining automated test suites in Python or Java.",
    "Experience with continuous integration tools such as Jenkins or GitLab CI.",
    "Knowledge of network protocols (TCP/IP, routing, DNS) at a level allowing the design of end-to-end tests.",
    "English at SLP 3333 (STANAG 6001) or equivalent.",
]
DES = [
    "Knowledge of Federated Mission Networking and its spiral specifications.",
    "Experience of test events such as CWIX.",
    "An ISTQB certification at Advanced level.",
]


def exp():
    return expected(REF, None, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH},
                    "2033-07-11", {"amount": 7211.56, "currency": "EUR", "period": "month"},
                    "G16", "NS", {"en": {"essential": ESS, "desirable": DES}}, {"en": []})


def email():
    ess = "\n".join("- " + s for s in ESS)
    des = "\n".join("- " + s for s in DES)
    return f"""From: Careers Service - Faculty of Electrical Engineering <careers.eemcs@tudelft.example.nl>
Sent: Monday, 20 June 2033 10:12
To: alumni-ict@lists.tudelft.example.nl
Subject: FW: Vacancy at NCIA The Hague - {TITLE} ({REF})

Dear alumni,

NCIA in The Hague asked us to circulate the vacancy below. Please note that only nationals of NATO member states may apply, and that applications go through the NATO careers portal, not through us. Our next CV check session is on 29 June; book a slot in the careers app.

Kind regards,
Careers Service EEMCS

-----Original Message-----
From: NCIA Talent Acquisition <talent.acquisition@ncia.example.int>
Sent: Friday, 17 June 2033 16:37
To: Careers Service - Faculty of Electrical Engineering <careers.eemcs@tudelft.example.nl>
Subject: Vacancy {REF} - {TITLE}

Dear colleagues,

We would be grateful if you could share the following vacancy with your graduates. The text is copied from our careers page.

Job Description - {TITLE} ({REF})
Primary Location
{LOC}
NATO Body
{ORG}
Schedule
{SCH}
Application Deadline
11-Jul-2033, 11:59:00 PM
Salary (Pay Basis)
7,211.56Euro (EUR) Monthly
Grade
NATO Grade G16
Clearance Level
NS

Summary
The NCIA Service Support and Test Directorate validates the systems that the Agency delivers to NATO and to the Alliance's mission networks before they go live. The Test Automation Section in The Hague builds and runs the automated test chains used for these validations.
The Senior Engineer designs automated tests for mission network services, maintains the section's test framework and leads the test campaigns of two or three projects at a time.

Role
- Design, code and maintain automated end-to-end tests for mission network services.
- Integrate the tests into the Agency's continuous integration chains.
- Lead test campaigns, write test reports and present the results to project managers.
- Coach junior engineers and contractors in the use of the test framework.
- Represent the section in interoperability test events.

Essential Qualifications / Experience
{ess}

Desirable Qualifications / Experience
{des}

Employment conditions
Contract: three-year definite duration contract, renewable.
Serving NATO staff will be offered a contract according to the NATO Civilian Personnel Regulations.
Only nationals of NATO member states can apply.
Please note that the selection process may include a technical test and an interview in August 2033.
The successful candidate will have to obtain a NATO SECRET security clearance before taking up the post.

Best regards,
NCIA Talent Acquisition
Oude Waalsdorperweg, The Hague

This e-mail and any attachment are intended for the named recipient only.
"""


def build():
    exp()
    write(f"{REF}-email.txt", email(), REF)
