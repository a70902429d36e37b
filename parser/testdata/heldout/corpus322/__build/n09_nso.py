"""NSO-CIV-2044-15 - NATO School Oberammergau (school). EN only.
School vacancy page clipped to Markdown; Gmail forward."""
from common import *

KEY = "NSO-CIV-2044-15"
POST = "NSO EDU DLX 0030"
T = {"en": "Curriculum Development Specialist (Distributed Learning)"}
ORG = {"en": "NATO School Oberammergau (NSO)"}
LOC = {"en": "Oberammergau, Germany"}
SCH = {"en": "Full-time"}
DL = "2044-08-25"
SAL = sal(4274.90)
GRADE, CLR = "G10", "NATO SECRET"
DLT = "Thursday, 25 August 2044, 12:00 noon (CEST)"
SALT = "4,274.90 EUR per month"

ABOUT = ("The NATO School Oberammergau trains military and civilian personnel of NATO and partner nations at the "
         "operational level. Its Education Directorate turns resident courses into online and blended modules. The "
         "Curriculum Development Specialist designs these modules with the course directors and produces them on the "
         "School's learning management system.")
TASKS = [
    "analyse course learning objectives and propose an online or blended design;",
    "write storyboards, scenarios and assessment items with subject matter experts;",
    "build and test modules on the learning management system;",
    "collect student feedback and revise modules after each iteration;",
    "keep the module catalogue and version records up to date.",
]
ESS = [
    "a bachelor's degree in education, instructional design or a related field;",
    "at least four years of experience in designing e-learning for adults;",
    "practical experience with a learning management system and an authoring tool;",
    "English at NATO SLP 3333;",
    "the ability to obtain a NATO SECRET security clearance.",
]
DES = [
    "experience in a military or governmental training organisation;",
    "knowledge of the NATO Bi-SC education and training directive;",
    "German at a basic level.",
]
COMP = [
    ("Creativity", "finds engaging ways to present demanding material."),
    ("Client orientation", "listens to course directors and students."),
    ("Quality focus", "tests every module before release."),
    ("Cooperation", "works well with military faculty from many nations."),
]
OFFER = (f"A three-year definite duration contract under the NATO Civilian Personnel Regulations, renewable. "
         f"Basic salary {SALT}, tax free, plus allowances where applicable. The School is in the Bavarian Alps; "
         f"staff enjoy a 40-hour week, 30 days of annual leave and on-site sports facilities.")
FACTS = [("Vacancy", KEY), ("Post number", POST), ("Title", T["en"]), ("Employer", ORG["en"]),
         ("Location", LOC["en"]), ("Schedule", SCH["en"]), ("NATO grade", GRADE), ("Clearance", CLR),
         ("Salary", SALT), ("Deadline", DLT)]


def md():
    facts = "\\\n".join(f"**{k}:** {v}" for k, v in FACTS)
    return f"""<!-- clipped from nso.example/careers on 27 July 2044 -->

[NATO School Oberammergau](/) | [Courses](/courses) | [Students](/students) | **[Careers](/careers)** | [Contact](/contact)

[Careers](/careers) > [Civilian vacancies](/careers/civilian) > {KEY}

# {T['en']}

_Posted 26 July 2044 by the Human Resources Office_

{facts}

## About the post

{ABOUT}

## What you will do

{bullets(TASKS, '1. ')}

## Who we are looking for

### Essential

{bullets(ESS, '* ')}

### Desirable

{bullets(DES, '* ')}

### Competencies

{chr(10).join(f'* **{n}** – {d}' for n, d in COMP)}

## What we offer

{OFFER}

## How to apply

Complete the NATO application form and send it to the Human Resources Office before the deadline. Interviews will be held at the School in the week of 12 September 2044.

---

**Upcoming at NSO:** Open day for local families, 20 August 2044 · Course catalogue 2045 published 1 September 2044

*NATO School Oberammergau, Am Rainenbichl 54, 82487 Oberammergau · Imprint · Privacy*
"""


def gmail():
    return f"""---------- Forwarded message ---------
From: Careers Service <careers@education-alumni.example>
Date: Thu, 28 Jul 2044 at 14:03
Subject: Fwd: NATO School vacancy - Curriculum Development Specialist
To: ID-alumni <id-alumni@education-alumni.example>


Dear alumni,

An opening that may interest instructional designers. Please read the notice and apply directly to the School. Our summer networking picnic is still on for 13 August, sign up on the portal.

Careers Service

---------- Forwarded message ---------
From: NSO HR Office <hr@nso.example>
Date: Tue, 26 Jul 2044 at 10:22
Subject: Vacancy {KEY}
To: <careers@education-alumni.example>


{chr(10).join(f'{k}: {v}' for k, v in FACTS)}

ABOUT THE POST
{ABOUT}

WHAT YOU WILL DO
{chr(10).join(f'   {i+1}. {t}' for i, t in enumerate(TASKS))}

ESSENTIAL
{bullets(ESS, '   - ')}

DESIRABLE
{bullets(DES, '   - ')}

COMPETENCIES
{chr(10).join(f'   {n} – {d}' for n, d in COMP)}

WHAT WE OFFER
{OFFER}

Kind regards,
HR Office, NATO School Oberammergau

--
You received this message because you are subscribed to the ID-alumni group.
To unsubscribe, send an email to id-alumni+unsubscribe@education-alumni.example.
"""


def build():
    write(f"{KEY}-nso.md", md(), KEY)
    write(f"{KEY}-gmail.txt", gmail(), KEY)
    expected(KEY, ["en"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP},
             post_number=POST)
