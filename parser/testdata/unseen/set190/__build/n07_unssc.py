from common import *
REF = "UNSSC/INT/33/07"
KEY = "unssc-int-33-07"
TITLE = "Learning Design Intern"
ORG = "United Nations System Staff College"
LOC = "Turin, Italy"
SCHED = "Full-time"
ESS = [
 "Enrolment in, or graduation within the last year from, a master's programme in education, instructional design, communication or a related field.",
 "Practical knowledge of at least one authoring tool for online courses.",
 "Strong writing skills in English.",
]
DES = [
 "Experience with a learning management system such as Moodle.",
 "Basic skills in video editing or graphic design.",
 "Knowledge of French or Spanish.",
]
COMP = [
 ("Creativity", "Proposes new formats for learning activities and tests them with users."),
 ("Teamwork", "Works well with facilitators, designers and colleagues from other cultures."),
 ("Commitment to continuous learning", "Seeks feedback and applies it to the next piece of work."),
]
TASKS = [
 "Storyboard short self-paced modules on sustainable development and on UN system leadership;",
 "Convert workshop materials into interactive activities and quizzes;",
 "Check courses for accessibility and consistency before publication;",
 "Compile participant feedback and suggest improvements to course teams;",
 "Support the logistics of two online learning events in the autumn.",
]
STIP = "Interns receive a monthly stipend of EUR 1,050. Travel to Turin and accommodation are at the intern's expense; insurance cover for the period of the internship is required."
expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2033-08-22",
         sal(1050, cur="EUR", period="month"), None,
         {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
nl = "\n"
md = f"""![UNSSC](https://www.unssc.example/logo.svg)

[Home](#) | [Courses](#) | [Knowledge Centres](#) | [About](#) | **[Join us](#)**

# {TITLE}

| | |
|---|---|
| **Reference** | {REF} |
| **Type** | Internship |
| **Location** | {LOC} |
| **Duration** | Six months, starting 1 October 2033 |
| **Working hours** | {SCHED} |
| **Stipend** | EUR 1,050 per month |
| **Published** | 25 July 2033 |
| **Deadline** | 22 August 2033 |

## About the Staff College

The {ORG} (UNSSC) is the learning organization of the UN system. Its Turin campus designs courses for staff of UN entities and partners, online and in person.

## The internship

Reporting to the Head of Digital Learning, the intern will:

{nl.join("1. " + t for t in TASKS)}

## Requirements

{nl.join("- " + t for t in ESS)}

## Assets

{nl.join("- " + t for t in DES)}

## Competencies

{nl.join(f"- *{n}:* {d}" for n, d in COMP)}

## Eligibility

Applicants must be at least 20 years old and hold, or be able to obtain, the visa required to stay in Italy for the period of the internship. Former interns of the Staff College are not eligible.

## Conditions

{STIP} An internship does not lead to employment with the UN system.

[Apply now](#)

---

*UNSSC · Viale Maestri del Lavoro · Turin · [Privacy](#)*
"""
out(KEY + "-unssc.md", md, KEY)
txt = f"""From: Career Service <careerservice@univ-torino.example>
Sent: Wednesday, 30 July 2033 10:14
To: stud-masters-education@lists.univ-torino.example
Subject: [Internship] UN System Staff College, Turin – {TITLE} (deadline 22 August)

Dear students,

The UN System Staff College has asked us to share the internship below. It is paid and full time, and the campus is a short tram ride from our department. Please read the eligibility conditions before applying; our advisers can review your CV until 15 August.

Career Service – Placement Office

-----Original Message-----
From: UNSSC Human Resources <hr-internships@unssc.example>
Sent: Friday, 25 July 2033 16:02
Subject: Internship opportunity {REF}

{TITLE}

Reference: {REF}
Type: Internship
Location: {LOC}
Duration: Six months, starting 1 October 2033
Working hours: {SCHED}
Stipend: EUR 1,050 per month
Deadline: 22 August 2033

About the Staff College
The {ORG} (UNSSC) is the learning organization of the UN system.

The internship
Reporting to the Head of Digital Learning, the intern will:
{nl.join("  - " + t for t in TASKS)}

Requirements
{nl.join("  - " + t for t in ESS)}

Assets
{nl.join("  - " + t for t in DES)}

Competencies
{nl.join(f"  - {n}: {d}" for n, d in COMP)}

Eligibility
Applicants must be at least 20 years old and hold, or be able to obtain, the visa required to stay in Italy for the period of the internship.

Conditions
{STIP}

--
Placement Office | Via Po 18 | Torino
This message was sent to a mailing list. To unsubscribe, write to lists@univ-torino.example
"""
out(KEY + "-email.txt", txt, KEY)
