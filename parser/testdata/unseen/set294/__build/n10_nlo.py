from common import *
KEY = "NLO-JOR-LE-2042-01"
TITLE = "Assistant (Partnership Events and Protocol)"
ORG = "NATO Liaison Office Jordan (NLO Jordan)"
LOC = "Amman, Jordan"
SCH = "Full-time (Sunday to Thursday, 40 hours per week)"
DUTIES = [
 "Organizes visits of NATO officials to Jordan, including programmes, transport, security arrangements and accommodation.",
 "Prepares seminars and courses held in Jordan under the Defence Capacity Building package, together with Jordanian partners.",
 "Handles protocol matters with the Jordanian Armed Forces, the Ministry of Foreign Affairs and diplomatic missions.",
 "Keeps the Office's contact lists, calendar and event files up to date.",
 "Provides interpretation between Arabic and English when required.",
]
ESS = [
 "Bachelor's degree in international relations, business administration, tourism or a related field.",
 "At least four years of experience in event organization or protocol, preferably with an embassy or an international organization.",
 "Fluency in Arabic and English, both written and spoken.",
 "Good command of standard office software.",
 "Jordanian citizenship or a valid Jordanian residence and work permit.",
]
DES = [
 "Working knowledge of French.",
 "Experience of working with military counterparts.",
]
COMP = [("Client orientation", "Treats every visitor and partner with courtesy and attention."),
        ("Planning", "Prepares events well in advance and anticipates problems."),
        ("Flexibility", "Adapts quickly to last-minute changes in programmes.")]
INTRO = ("The NATO Liaison Office Jordan supports political dialogue and practical cooperation between NATO and the Hashemite Kingdom of Jordan, "
         "including the Defence Capacity Building package and partnership activities open to Jordanian institutions.")

def build():
    expected(KEY, langs=["en"], title=L(TITLE), org=L(ORG), loc=L(LOC), sched=L(SCH),
             deadline="2042-04-28", salary=sal(1642, "JOD"), grade="LE-6", clearance="NATO CONFIDENTIAL",
             req={"en": {"essential": ESS, "desirable": DES}, "fr": None}, comps={"en": comp(COMP), "fr": None})
    md = f"""[Skip to main content](#main)

[العربية](#) | [English](#)

**NATO Liaison Office Jordan** --- [Home](#) | [About](#) | [Activities](#) | [Vacancies](#) | [Contact](#)

[Home](#) » [Vacancies](#) » {KEY}

# Vacancy Announcement {KEY}

**OPEN TO:** All interested candidates residing in Jordan\\
**POSITION:** {TITLE}\\
**ORGANIZATION:** {ORG}\\
**DUTY STATION:** {LOC}\\
**OPENING DATE:** 30 March 2042\\
**CLOSING DATE:** 28 April 2042\\
**WORK HOURS:** {SCH}\\
**POSITION GRADE:** LE-6\\
**MONTHLY SALARY:** JOD 1,642 (gross)\\
**SECURITY CLEARANCE:** NATO CONFIDENTIAL

## Background

{INTRO}

## Major duties and responsibilities

{chr(10).join(f"{i+1}. {d}" for i, d in enumerate(DUTIES))}

## Qualifications required

{bullets(ESS, '* ')}

## Desirable

{bullets(DES, '* ')}

## Competencies

{chr(10).join(f"* **{n}:** {d}" for n, d in COMP)}

## How to apply

Send your CV and a cover letter in English to the Office's administration by **28 April 2042, 15:00 (Amman time)**, with the vacancy number in the subject line. Only shortlisted candidates will be contacted; they will sit a written test and an interview in May 2042.

> NATO is an equal opportunity employer and does not charge any fee at any stage of the recruitment process.

---

*Latest:* NATO Defence Capacity Building seminar on crisis communication, Amman, 15-16 April 2042.
"""
    write(f"{KEY}-nlo.md", md, KEY)

    board = f"""JobsJo.example   Find Jobs   Companies   Post a Job   تسجيل الدخول

Home > Jobs in Amman > Administration

{TITLE}
NATO Liaison Office Jordan - Amman, Jordan

Job Details
Posted Date
31/03/2042
Job Location
Amman, Jordan
Career Level
Mid Career
Job Type
Full Time
Salary
1642 JOD / Month
Apply Before
28/04/2042

Job Description
VACANCY ANNOUNCEMENT {KEY}
OPEN TO: All interested candidates residing in Jordan
POSITION: {TITLE}
ORGANIZATION: {ORG}
DUTY STATION: {LOC}
OPENING DATE: 30 March 2042
CLOSING DATE: 28 April 2042
WORK HOURS: {SCH}
POSITION GRADE: LE-6
MONTHLY SALARY: JOD 1,642 (gross)
SECURITY CLEARANCE: NATO CONFIDENTIAL

BACKGROUND
{INTRO}

MAJOR DUTIES AND RESPONSIBILITIES
{chr(10).join(f"{i+1}- {d}" for i, d in enumerate(DUTIES))}

QUALIFICATIONS REQUIRED
{bullets(ESS, '- ')}

DESIRABLE
{bullets(DES, '- ')}

COMPETENCIES
{comps_lines(COMP, mark='- ')}

HOW TO APPLY
Send your CV and a cover letter in English to the Office's administration by 28 April 2042, 15:00 (Amman time), with the vacancy number in the subject line. Only shortlisted candidates will be contacted; they will sit a written test and an interview in May 2042.

Job Skills
Protocol, Event Management, Arabic, English

Similar Jobs
Protocol Officer - Embassy in Amman - 1200 - 1500 JOD
Events Coordinator - International NGO - Amman - closing 20/04/2042
"""
    write(f"{KEY}-jobsjo.txt", board, KEY)
