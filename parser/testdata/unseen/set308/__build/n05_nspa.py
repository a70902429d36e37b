from common import write, expected, sal

KEY = "527803"
TITLE = "Engineer (Continuing Airworthiness) - NATO Airlift Management Programme"
ORG = "NATO Support and Procurement Agency (NSPA)"
LOC = "Hungary-Pápa"
SCHED = "Full-time"
GRADE = "G13"
CLEAR = "NS"
SUMMARY = ("The NATO Airlift Management Programme (NAMP) manages the acquisition, support and operation of the "
           "C-17 aircraft of the Strategic Airlift Capability based at Pápa Air Base. The Engineer (Continuing "
           "Airworthiness) belongs to the Airworthiness Branch and makes sure that the fleet remains airworthy "
           "in line with the Programme's approved maintenance programme and the applicable military "
           "airworthiness requirements.")
ACC = [
    "Review and approve maintenance programme changes, service bulletins and airworthiness directives for applicability to the fleet;",
    "Monitor the reliability data of the fleet and propose corrective actions to the Branch Head;",
    "Prepare the airworthiness review documentation for each aircraft and keep the records of findings;",
    "Coordinate with the manufacturer's field service representatives and with the contracted maintenance organisation;",
    "Take part in audits of the maintenance organisation and follow up the findings until closure;",
    "Perform any other related duties as assigned.",
]
ESS = [
    "A university degree in aeronautical or mechanical engineering or an equivalent discipline",
    "At least five years of experience in continuing airworthiness management of large transport aircraft",
    "Good knowledge of EMAR or EASA Part-M/Part-CAMO requirements",
    "Experience with a maintenance information system such as AMOS or GOLDesp",
    "Proficiency in English at NATO SLP 3333",
]
DES = [
    "Experience with the C-17 or another military transport aircraft",
    "Training as an airworthiness review staff member",
    "Knowledge of Hungarian",
]
COMP = [
    ("Analytical Thinking", "Identifies trends in technical data and draws sound conclusions;"),
    ("Clarity and Accuracy", "Produces complete and precise technical records;"),
    ("Initiative", "Anticipates airworthiness issues and acts before they affect availability;"),
    ("Teamwork", "Works constructively with the operating nations, the maintenance contractor and colleagues."),
]


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2043-06-12",
             sal(6215.40), GRADE, CLEAR, {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})

    def lines(items, mark=""):
        return "\n".join(mark + x for x in items)
    body = f"""1. SUMMARY

{SUMMARY}

2. MAIN ACCOUNTABILITIES

{lines(ACC)}

3. QUALIFICATIONS

ESSENTIAL

{lines(ESS)}

DESIRABLE

{lines(DES)}

4. COMPETENCIES

{lines([f"{n}: {d}" for n, d in COMP])}

5. CONTRACT

Serving NSPA staff will be offered a contract in accordance with the NATO Civilian Personnel Regulations.
Newly recruited staff will be offered a definite duration contract of three years, which may be followed by
an indefinite duration contract.

6. ADDITIONAL INFORMATION

The post is located on Pápa Air Base. Applicants must be nationals of a NATO member nation or of a nation
taking part in the Strategic Airlift Capability. Only shortlisted candidates will be contacted; the
assessment will include a technical test and an interview, planned for early July 2043.
"""
    portal = f"""Skip to main content
Job Search
My Jobpage
English
Français
Job Search > Job Description

Job Description - {TITLE} ({KEY})

Job Description

{TITLE}-{KEY}

Primary Location

{LOC}

NATO Body

{ORG}

Schedule

{SCHED}

Application Deadline

12-Jun-2043, 11:59:00 PM

Salary (Pay Basis)

: 6,215.40Euro (EUR) Monthly

Grade

NATO Grade {GRADE}

Clearance Level

{CLEAR}

Description

:

{body}
Job Posting

15-May-2043

Apply Online
Send to a friend
Add to My Job Cart

Similar Jobs
Technician (Aircraft Structures) - NATO Airlift Management Programme - deadline 05-Jun-2043
Assistant (Fuel Management) - Operational Logistics Support - deadline 19-Jun-2043
"""
    write(f"{KEY}-natocareers.txt", portal, KEY)

    mail = f"""---------- Forwarded message ---------
From: Réka Szalai <reka.szalai@aero-alumni.example>
Date: Fri, May 15, 2043 at 6:12 PM
Subject: Fwd: NSPA job at Pápa - airworthiness engineer
To: <aero-alumni-list@lists.example>


Dear alumni,

an airworthiness post at the Heavy Airlift base in Pápa just appeared on the NATO careers site (Job Number
{KEY}). The closing date is 12 June; our mentoring evening on 3 June is a good moment to ask questions.
The full notice follows.

Réka

---

{TITLE}
Job Number: {KEY}
Primary Location: {LOC}
NATO Body: {ORG}
Schedule: {SCHED}
Salary (Pay Basis): 6,215.40 Euro (EUR) Monthly
Grade: NATO Grade {GRADE}
Clearance Level: {CLEAR}
Application Deadline: 12-Jun-2043, 11:59:00 PM

{body.replace(chr(10).join(ESS), lines(ESS, "  * ")).replace(chr(10).join(DES), lines(DES, "  * "))}
--
You received this message because you are subscribed to the Aero Alumni list.
To unsubscribe send an e-mail to aero-alumni-list+unsubscribe@lists.example.
"""
    write(f"{KEY}-gmail.txt", mail, KEY)
