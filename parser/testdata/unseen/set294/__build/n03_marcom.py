from common import *
import html as H
KEY = "MC-CIV-2042-07"
POST = "MC JOC MSA 0110"
TITLE = "Maritime Information Analyst"
ORG = "Headquarters Allied Maritime Command (HQ MARCOM)"
LOC = "Northwood Headquarters, Northwood, United Kingdom"
SCH = "Full-time"
GRADE = "G12"
CLR = "NATO SECRET"
DUTIES = [
 "Collates and checks merchant shipping and maritime patrol data for the Maritime Situational Awareness cell",
 "Produces the daily maritime picture and the weekly shipping trend report",
 "Maintains contacts with national maritime operations centres and with the NATO Shipping Centre",
 "Supports exercises and operations as a member of the Joint Operations Centre augmentation team",
 "Proposes improvements to the cell's data tools and procedures",
]
ESS = [
 "A university degree in maritime studies, geography, data science or a related field, or equivalent naval experience",
 "At least four years of experience in maritime intelligence, shipping analysis or maritime surveillance",
 "Proven skills in handling large data sets with spreadsheet and database tools",
 "Ability to brief senior staff clearly and concisely",
 "English at NATO SLP 3333",
]
DES = [
 "Knowledge of the Automatic Identification System and of long range tracking data",
 "Experience of geographic information systems",
 "Previous work in a NATO or national maritime headquarters",
]
COMP = [("Analytical Skills", "Draws sound conclusions from incomplete and conflicting data."),
        ("Communication", "Writes and briefs in plain English for a military audience."),
        ("Teamwork", "Shares information openly within a multinational watch team."),
        ("Adaptability", "Adjusts quickly to changing operational priorities.")]
INTRO = ("Headquarters Allied Maritime Command is the central command of all NATO maritime forces and the maritime adviser of the Alliance. "
         "The Joint Operations Centre monitors the maritime domain around the clock. Its Maritime Situational Awareness cell builds and shares the recognised maritime picture with Allies and partners.")
TERMS = ("The successful candidate will be offered a three year definite duration contract under the NATO Civilian Personnel Regulations. "
         "The basic salary is GBP 4,685.52 per month (tax free), with allowances according to personal circumstances. "
         "Applications must be made through the NATO Talent Acquisition Platform no later than 9 April 2042, 23:59 (BST). "
         "Interviews are expected to take place in Northwood in the week of 12 May 2042.")

def build():
    expected(KEY, post=POST, langs=["en"], title=L(TITLE), org=L(ORG), loc=L(LOC), sched=L(SCH),
             deadline="2042-04-09", salary=sal(4685.52, "GBP"), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS, "desirable": DES}, "fr": None}, comps={"en": comp(COMP), "fr": None})
    e = H.escape
    li = lambda lst: '\n'.join(f'    <li>{e(x)}</li>' for x in lst)
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0062)https://mc.nato.example/careers/civilian-vacancies/mc-civ-2042-07 -->
<html lang="en"><head><meta charset="utf-8">
<title>{e(TITLE)} | Civilian Vacancies | Allied Maritime Command</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b; margin: 0; hyphens: manual; }}
header {{ background: #0b2545; color: #fff; padding: 10px 24px; }}
header a {{ color: #fff; margin-right: 14px; text-decoration: none; }}
.crumbs {{ font-size: 9pt; padding: 6px 24px; color: #555; }}
main {{ padding: 0 24px; max-width: 760px; }}
dl.facts {{ display: grid; grid-template-columns: 11em 1fr; gap: 3px 12px; border: 1px solid #b8c4d6; padding: 8px 12px; background: #f2f5fa; }}
dl.facts dt {{ font-weight: bold; }}
dl.facts dd {{ margin: 0; }}
h1 {{ font-size: 17pt; color: #0b2545; }}
h2 {{ font-size: 12pt; color: #0b2545; border-bottom: 1px solid #b8c4d6; margin-top: 18px; }}
aside {{ font-size: 9pt; border-top: 1px solid #ccc; margin-top: 20px; padding-top: 6px; }}
footer {{ font-size: 8.5pt; color: #666; padding: 12px 24px; }}
.cookie {{ font-size: 8.5pt; background: #eee; padding: 6px 24px; }}
</style></head>
<body>
<div class="cookie">This site uses cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header><a href="#">MARCOM</a> <a href="#">About</a> <a href="#">Operations</a> <a href="#">Media</a> <a href="#">Careers</a> <a href="#">Contact</a></header>
<div class="crumbs">Home / Careers / Civilian Vacancies / {e(KEY)}</div>
<main>
<p><small>Published 17 March 2042</small></p>
<h1>{e(TITLE)}</h1>
<dl class="facts">
  <dt>Vacancy Number</dt><dd>{e(KEY)}</dd>
  <dt>Post Number</dt><dd>{e(POST)}</dd>
  <dt>NATO Body</dt><dd>{e(ORG)}</dd>
  <dt>Location</dt><dd>{e(LOC)}</dd>
  <dt>Schedule</dt><dd>{SCH}</dd>
  <dt>NATO Grade</dt><dd>{GRADE}</dd>
  <dt>Clearance</dt><dd>{CLR}</dd>
  <dt>Closing Date</dt><dd>9 April 2042, 23:59 (BST)</dd>
</dl>
<h2>Background</h2>
<p>{e(INTRO)}</p>
<h2>Principal Duties</h2>
<p>The incumbent:</p>
<ul>
{li(DUTIES)}
</ul>
<h2>Essential Qualifications</h2>
<ul>
{li(ESS)}
</ul>
<h2>Desirable Qualifications</h2>
<ul>
{li(DES)}
</ul>
<h2>Attributes and Competencies</h2>
<ul>
{chr(10).join(f'    <li><b>{e(n)}:</b> {e(d)}</li>' for n, d in COMP)}
</ul>
<h2>Terms and How to Apply</h2>
<p>{e(TERMS)}</p>
<p>NATO is committed to diversity and inclusion, and strives to provide equal access to employment, advancement and retention, independent of gender, age, nationality, ethnic origin, religion or belief, cultural background, sexual orientation, and disability.</p>
</main>
<aside>
<b>Other vacancies</b><br>
Assistant (Maritime Exercise Planning), closing 23 April 2042<br>
Finance Assistant (Accounts Payable), closing 30 April 2042
</aside>
<footer>Headquarters Allied Maritime Command, Sandy Lane, Northwood, Middlesex HA6 3HP, United Kingdom | Privacy | Accessibility</footer>
</body></html>
"""
    write(f"{KEY}-marcom.html", page, KEY)
    register(f"{KEY}-marcom.chromium.pdf", KEY, 'pdf')
    register(f"{KEY}-marcom.chromium.pdftotext.txt", KEY, 'txt')

    board = f"""CV-Library
Jobs   Career Advice   Recruiters   Sign in   Register CV

Jobs > Analyst jobs > Analyst jobs in Northwood

{TITLE}
Headquarters Allied Maritime Command
Posted 19 March 2042 by NATO MARCOM Civilian HR

Salary: £4,685.52 per month
Location: Northwood, Middlesex
Job Type: Contract, Full Time
Start Date: ASAP
Reference: {KEY}
Apply by: 09/04/2042

Apply now   Save job

Job Description

Vacancy Number: {KEY}
Post Number: {POST}
Job Title: {TITLE}
NATO Body: {ORG}
Location: {LOC}
Schedule: {SCH}
NATO Grade: {GRADE}
Clearance: {CLR}
Closing Date: 9 April 2042, 23:59 (BST)

BACKGROUND
{INTRO}

PRINCIPAL DUTIES
The incumbent:
{bullets(DUTIES, '* ')}

ESSENTIAL QUALIFICATIONS
{bullets(ESS, '* ')}

DESIRABLE QUALIFICATIONS
{bullets(DES, '* ')}

ATTRIBUTES AND COMPETENCIES
{comps_lines(COMP, mark='* ')}

TERMS AND HOW TO APPLY
{TERMS}

Posted 19 March 2042 | Job Ref: {KEY} | Reference number: 218845032

Similar jobs
Intelligence Analyst - Defence contractor - Farnborough - £48,000 - £55,000 per annum
Data Analyst (Maritime) - Portsmouth - £39,500 per annum
Watch Officer - Shipping company - London - £42k - £46k

Job seekers also searched for: maritime analyst jobs, NATO jobs, Northwood jobs
"""
    write(f"{KEY}-cvlibrary.txt", board, KEY)
