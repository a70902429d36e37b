"""561452 - NCIA, CIS Support Unit Geilenkirchen. EN only. Taleo English interface browser
copy; Mailman-style mailing-list digest."""
from common import *

KEY = "561452"
T = {"en": "Senior Technician (Mission Systems Support) - CIS Support Unit Geilenkirchen"}
ORG = {"en": "NATO Communications and Information Agency (NCIA)"}
LOC = {"en": "Germany-Geilenkirchen"}
SCH = {"en": "Full-time"}
DL = "2044-08-11"
SAL = sal(5047.73)
GRADE, CLR = "G12", "NS"

SUMMARY = ("The NATO Communications and Information Agency (NCIA) delivers secure communications and information "
           "services to NATO Headquarters, the Command Structure and the Agencies. The CIS Support Unit (CSU) "
           "Geilenkirchen provides those services to the NATO Airborne Early Warning and Control Force and to the "
           "other NATO tenants of the air base. The Senior Technician leads a small team that installs, maintains and "
           "restores the ground mission systems used to plan and debrief AWACS missions.")
ROLE = [
    "Lead the day-to-day maintenance of the mission planning and debriefing systems and their networks;",
    "Diagnose and repair faults down to component level and manage the return of defective parts;",
    "Plan and carry out preventive maintenance in coordination with the operational users;",
    "Install and test software releases and security patches delivered by the Agency's product teams;",
    "Keep the configuration records and the service management tickets of the team complete and accurate;",
    "Take part in the on-call rota of the CSU.",
]
ESS = [
    "Higher secondary education and completed advanced vocational training in electronics, telecommunications or information technology;",
    "At least five years of experience in the maintenance of military or aeronautical information systems;",
    "Experience of leading a team of technicians;",
    "Working knowledge of Windows Server, Linux and TCP/IP networking;",
    "English at NATO SLP 3232 (Listening, Speaking, Reading, Writing).",
]
DES = [
    "Experience with AWACS ground systems or other airborne surveillance mission systems;",
    "ITIL Foundation certification;",
    "Knowledge of German.",
]
COMP = [
    ("Customer Focus", "Understands the users' operational needs and keeps them informed;"),
    ("Leadership", "Organises the team's work and sets clear priorities;"),
    ("Problem Solving", "Finds the root cause of faults and prevents their return;"),
    ("Teamwork", "Works across shifts and sections to keep services running."),
]
TERMS = [
    "Contract: a definite duration contract of three years, which may be renewed, will be offered to the selected candidate.",
    "The successful applicant must hold or be able to obtain a NATO SECRET security clearance before taking up the post.",
    "The normal working week is 40 hours, Monday to Friday; on-call duties are compensated according to the NATO Civilian Personnel Regulations.",
    "Candidates will be invited to a technical test and an interview at Geilenkirchen, planned for the week of 5 September 2044.",
]


def body(mark="", sep="\n"):
    return f"""SUMMARY

{SUMMARY}

ROLE

{bullets(ROLE, mark)}

ESSENTIAL QUALIFICATIONS / EXPERIENCE

{bullets(ESS, mark)}

DESIRABLE QUALIFICATIONS / EXPERIENCE

{bullets(DES, mark)}

ATTRIBUTES / COMPETENCIES

{comps(COMP, ': ', mark)}

TERMS AND CONDITIONS

{sep.join(TERMS)}"""


def taleo():
    return f"""Skip to main content
Job Search
My Jobpage
Français
Sign In

Job Search > Job Description

Apply Online
Add to My Job Cart
Send to a Friend

Job Description - {T['en']} ({KEY})
{T['en']}-{KEY}

Primary Location

Germany-Geilenkirchen
NATO Body

NATO Communications and Information Agency (NCIA)
Schedule

Full-time
Application Deadline

11-Aug-2044, 11:59:00 PM
Salary (Pay Basis)

: 5,047.73Euro (EUR) Monthly
NATO Grade G12
Clearance Level NS

Description

{body('', chr(10) + chr(10))}

Job Posting

20-Jul-2044, 09:00:00 AM

Apply Online
Add to My Job Cart

Similar Jobs
Technician (Network Operations) - CIS Support Unit Ramstein (561417) - Germany-Ramstein - 18-Aug-2044
Senior Technician (Satellite Ground Terminals) - CIS Support Unit Brunssum (561090) - Netherlands-Brunssum - 01-Aug-2044

Privacy Policy | Accessibility | Terms of Use
"""


def digest():
    return f"""Send AvionikTechnik-L mailing list submissions to
	avioniktechnik-l@lists.example
To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.example/mailman/listinfo/avioniktechnik-l
or, via email, send a message with subject or body 'help' to
	avioniktechnik-l-request@lists.example

When replying, please edit your Subject line so it is more specific
than "Re: Contents of AvionikTechnik-L digest..."


Today's Topics:

   1. Re: Spare test sets for sale (R. Hendriks)
   2. NCIA job at Geilenkirchen - Senior Technician (T. Brandt)
   3. Reminder: regional meeting 16 August (List moderator)


----------------------------------------------------------------------

Message: 1
Date: Fri, 22 Jul 2044 07:12:44 +0200
From: R. Hendriks <r.hendriks@mail.example>
To: avioniktechnik-l@lists.example
Subject: Re: Spare test sets for sale
Message-ID: <20440722071244.4411@mail.example>

Still two units left, EUR 180 each, pick-up in Heinsberg only.


------------------------------

Message: 2
Date: Fri, 22 Jul 2044 09:30:05 +0200
From: T. Brandt <t.brandt@post.example>
To: avioniktechnik-l@lists.example
Subject: NCIA job at Geilenkirchen - Senior Technician
Message-ID: <20440722093005.2210@post.example>
Content-Type: text/plain; charset="utf-8"

Hi all,

the NATO agency at the base has a team leader post open. Copied from
their portal below; apply there, not to me. They want the applications
before the holidays are over, so do not wait.

Tom

Job Description - {T['en']} ({KEY})
Primary Location: Germany-Geilenkirchen
NATO Body: NATO Communications and Information Agency (NCIA)
Schedule: Full-time
Application Deadline: 11-Aug-2044, 11:59:00 PM
Salary (Pay Basis): 5,047.73 Euro (EUR) Monthly
NATO Grade: G12
Clearance Level: NS

{body('  * ')}


------------------------------

Message: 3
Date: Fri, 22 Jul 2044 12:00:00 +0200
From: List moderator <avioniktechnik-l-owner@lists.example>
To: avioniktechnik-l@lists.example
Subject: Reminder: regional meeting 16 August

Our regional meeting is on Tuesday 16 August 2044 at 19:00 in Übach-Palenberg.
Registration closes on 12 August.


------------------------------

Subject: Digest Footer

_______________________________________________
AvionikTechnik-L mailing list
avioniktechnik-l@lists.example
https://lists.example/mailman/listinfo/avioniktechnik-l


------------------------------

End of AvionikTechnik-L Digest, Vol 31, Issue 14
************************************************
"""


def build():
    write(f"{KEY}-natocareers.txt", taleo(), KEY)
    write(f"{KEY}-digest.txt", digest(), KEY)
    expected(KEY, ["en"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
