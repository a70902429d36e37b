import html as H
from common import *

REF = "AIS-DIR-2042-07"
TITLE = "ICT Systems and Network Administrator"
ORG = "AFNORTH International School (AIS)"
LOC = "Brunssum, the Netherlands"
SCH = "Full-time (38 hours per week)"
GRADE = "Scale 8"
DL = "Monday 24 November 2042, 09:00"
SAL = "EUR 3,436 to EUR 4,688 gross per month"

TASKS = [
    "administer the school's Microsoft 365 tenant, user accounts and licences for about 1,000 students and 180 staff;",
    "manage the Windows and ChromeOS devices of classrooms and offices;",
    "maintain the wired and wireless network of the campus together with the external provider;",
    "run backups and restore tests, and apply security updates;",
    "answer second-line support calls from the four national sections.",
]
ESS = [
    "a completed MBO level 4 or HBO education in ICT",
    "at least three years of experience as a system or network administrator",
    "sound knowledge of Microsoft 365, Intune and Active Directory",
    "good command of English; Dutch or German is an asset",
    "a Certificate of Conduct (VOG) for work in education",
]
DES = [
    "experience in a school or another education setting",
    "Microsoft certification (MD-102 or MS-102)",
    "knowledge of Google Workspace for Education",
]
COMP = ["Service-minded", "Structured", "Patient with users", "Discreet"]


def page():
    li = lambda xs: "\n".join(f"<li>{H.escape(x)}</li>" for x in xs)
    facts = [("Vacancy", REF), ("Position", TITLE), ("Employer", ORG), ("Location", LOC),
             ("Working hours", SCH), ("Salary scale", GRADE), ("Salary", SAL), ("Apply before", DL)]
    dl = "\n".join(f"<dt>{a}</dt><dd>{H.escape(b)}</dd>" for a, b in facts)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: {TITLE} – AFNORTH International School</title></head>
<body>
<div class="topbar"><a href="#">EN</a> | <a href="#">DE</a> | <a href="#">NL</a> &nbsp; <a href="#">Parent portal</a> <a href="#">Staff login</a></div>
<header><img src="/img/ais-logo.png" alt="AFNORTH International School logo">
<nav><ul><li><a href="#">Our School</a></li><li><a href="#">Sections</a></li><li><a href="#">Admissions</a></li><li><a href="#">Calendar</a></li><li><a href="#">Vacancies</a></li><li><a href="#">Contact</a></li></ul></nav></header>
<p class="crumbs">Home » Vacancies » {REF}</p>
<main>
<h1>Vacancy: {TITLE}</h1>
<p><small>Posted 17 October 2042 by the International Directorate</small></p>
<dl>
{dl}
</dl>
<h2>About AIS</h2>
<p>AFNORTH International School educates the children of personnel of Joint Force Command Brunssum and other NATO families in Canadian, German, British and American sections. The International Directorate runs the shared services of the school, including ICT.</p>
<h2>Your tasks</h2>
<ul>
{li(TASKS)}
</ul>
<h2>Your profile</h2>
<h3>Required</h3>
<ul>
{li(ESS)}
</ul>
<h3>Nice to have</h3>
<ul>
{li(DES)}
</ul>
<h2>Competencies</h2>
<ul>
{li(COMP)}
</ul>
<h2>We offer</h2>
<p>A one-year contract with the Stichting AFNORTH International School, with the prospect of a permanent contract. The salary is {SAL}, depending on experience, plus holiday allowance and an end-of-year bonus. School holidays apply in part.</p>
<h2>How to apply</h2>
<p>Send your CV and motivation letter to hr@afnorth-is.example. Apply before {DL}. First interviews: 1 December 2042.</p>
</main>
<aside><h3>Upcoming</h3><ul><li>Parent–teacher conferences – 13 November 2042</li><li>Winter concert – 11 December 2042</li></ul></aside>
<footer>Stichting AFNORTH International School · Ferdinand Bolstraat 1 · 6445 EE Brunssum · Privacy statement</footer>
</body></html>
"""


def build():
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2042-11-24",
             sal(None, "EUR", "month", 3436, 4688), GRADE, None,
             req={"en": {"essential": ESS, "desirable": DES}},
             comp={"en": comps((c, "") for c in COMP)})
    write(f"{REF}-ais.html", page(), REF)

    slack = f"""JFC Brunssum Community
# jobs-and-volunteering

Marieke Hendriks  10:14 AM
Hi all :wave: the school is hiring an IT admin, please share with anyone looking! Copy of the post below :point_down:

*Vacancy: {TITLE}*
Vacancy: {REF}
Position: {TITLE}
Employer: {ORG}
Location: {LOC}
Working hours: {SCH}
Salary scale: {GRADE}
Salary: {SAL}
Apply before: {DL}

*Your tasks*
• {chr(10).join('• ' + t for t in TASKS)[2:]}

*Your profile – Required*
{lines(ESS, '• ')}

*Nice to have*
{lines(DES, '• ')}

*Competencies*
{lines(COMP, '• ')}

Apply with CV + letter to hr@afnorth-is.example
:eyes: 6  :raised_hands: 3
3 replies

    Dave Okafor  10:31 AM
    Is it open to spouses on a SOFA status?

    Marieke Hendriks  10:40 AM
    Yes as far as I know, the contract is with the Stichting. Ask HR before the 24th

    Sanne de Wit  11:02 AM
    Shared in the Landgraaf expats group :+1:

Marieke Hendriks  2:47 PM
Also reminder: bake sale for the winter concert needs helpers on 11/12!
"""
    write(f"{REF}-slack.txt", slack, REF)
