from common import *
REF = "345462"
T = "Instructor (Deployable CIS Networks)"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Portugal-Oeiras"
SCH = "Full-time"
ESS = [
 "A university degree in telecommunications, electrical engineering, computer science or a related discipline, or a higher secondary education with at least four additional years of relevant experience;",
 "At least three years of experience in the installation, operation or support of deployable or tactical communication networks;",
 "At least one year of experience as an instructor or trainer for adult learners;",
 "A current professional certification in routing and switching (for example CCNP Enterprise or equivalent);",
 "Proficiency in English at SLP 3333 or higher.",
]
DES = [
 "Experience with NATO Deployable CIS modules or with national equivalents;",
 "A teaching qualification or a train-the-trainer certificate;",
 "Experience in designing e-learning modules with an authoring tool;",
 "Working knowledge of Portuguese or French.",
]
COMP = [("Analytical thinking", "explains the causes of network faults to students in clear steps;"),
        ("Customer service orientation", "adapts course delivery to the level and background of each class;"),
        ("Initiative", "proposes updates to lessons when equipment or procedures change;"),
        ("Teamwork", "shares course material and lessons learned with fellow instructors.")]
DUT = [
 "Delivers resident and mobile courses on the configuration, operation and troubleshooting of deployable CIS networks;",
 "Prepares and updates lesson plans, laboratory exercises and assessments;",
 "Sets up and maintains the classroom laboratory equipment together with the Academy's technical staff;",
 "Evaluates students and reports on course results and feedback;",
 "Travels to Allied nations to deliver mobile training teams, up to 40 working days per year.",
]
SUMMARY = ("The NCIA Academy in Oeiras delivers training on the communication and information systems that NATO uses in its Headquarters and in operations. "
           "Its Deployable Systems Branch trains military and civilian technicians from the NATO Command Structure and from Allied nations in the set-up and operation of deployable networks, "
           "using a laboratory of field modules installed at the Academy.")
CONDS = ("Successful applicants will be offered a three-year definite duration contract. The post is subject to a NATO SECRET security clearance; the portal code NS applies. "
         "Applications must be submitted by 11 June 2036 through the NATO recruitment platform. A technical assessment will take place in Oeiras in the second half of July 2036.")

def build():
    expected(REF, None, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2036-06-11",
             sal(5886.41), "G12", "NS", {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
    md = f"""---
title: "Job Description - {T} ({REF})"
source: "https://nato.taleo.example/careersection/2/jobdetail.ftl?job={REF}"
clipped: 2036-05-15
tags: [clippings, jobs]
---

[Skip to main content](#main)

# Job Description - {T} ({REF})

**{T}-{REF}**

**Primary Location**\\
{LOC}

**NATO Body**\\
{ORG}

**Schedule**\\
{SCH}

**Application Deadline**\\
11-Jun-2036, 11:59:00 PM

**Salary (Pay Basis)**\\
: 5,886.41Euro (EUR) Monthly

**Grade**\\
NATO Grade G12

**Clearance Level**\\
NS

## Summary

{SUMMARY}

## Role

{chr(10).join('- ' + d for d in DUT)}

## Qualifications

### Essential

{chr(10).join(f'{i}. {e}' for i, e in enumerate(ESS, 1))}

### Desirable

{chr(10).join(f'{i}. {e}' for i, e in enumerate(DES, 1))}

## Attributes/Competencies

{chr(10).join(f'- **{n}**: {d}' for n, d in COMP)}

## Conditions

{CONDS}

**Job Posting**\\
: 14-May-2036, 10:00:00 AM

[Apply Online](https://nato.taleo.example/careersection/2/apply.ftl?job={REF})
"""
    write(f"{REF}-natocareers.md", md, REF)
    li = f"""Skip to main content
Jobs   People   Learning   Messaging   Notifications
{T}
NATO Communications and Information Agency (NCIA) · Oeiras, Lisbon, Portugal · 1 week ago · 43 applicants
On-site  Full-time  Mid-Senior level
See how you compare to 43 applicants. Try Premium for €0

Easy Apply   Save

About the job

{T}-{REF}
Primary Location
{LOC}
NATO Body
{ORG}
Schedule
{SCH}
Application Deadline
11-Jun-2036, 11:59:00 PM
Salary (Pay Basis)
: 5,886.41Euro (EUR) Monthly
Grade
NATO Grade G12
Clearance Level
NS

Summary
{SUMMARY}

Role
{chr(10).join(DUT)}

Qualifications
Essential
{chr(10).join(ESS)}
Desirable
{chr(10).join(DES)}

Attributes/Competencies
{chr(10).join(f'{n}: {d}' for n, d in COMP)}

Conditions
{CONDS}

…show less

Set alert for similar jobs
Network Engineer, Lisbon, Portugal

About the company
NATO Communications and Information Agency (NCIA)
Government Administration · 5,001-10,000 employees · 1,204 on this platform

More jobs
Cyber Security Trainer · Lisbon · €3,900/month - €4,600/month · 2 days ago
Field Service Engineer (Satcom) · Oeiras · Actively recruiting
"""
    write(f"{REF}-linkedin.txt", li, REF)
