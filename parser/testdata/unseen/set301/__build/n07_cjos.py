from common import *

REF = "CJOSCOE-2042-04"
TITLE = "Administrative Support Assistant (Programme of Work)"
ORG = "Combined Joint Operations from the Sea Centre of Excellence (CJOS COE)"
LOC = "Norfolk, Virginia, USA"
SCH = "Full-time (40 hours per week)"
CLEAR = "NATO SECRET"
DL = "Tuesday, 18 November 2042, 16:00 EST"
SAL = "USD 58,420 per year"

DUTIES = [
    "Maintain the Centre's Programme of Work tracker and prepare the monthly status report for the Director",
    "Organise the logistics of workshops, conferences and steering committee meetings, including visitor access to the base",
    "Process travel requests and claims for staff of the sponsoring nations",
    "Manage the registry of unclassified and classified correspondence",
    "Keep the Centre's contact lists and SharePoint pages up to date",
]
ESS = [
    "Associate degree or equivalent experience in office administration",
    "At least three years of administrative experience in a military, government or international environment",
    "Advanced user of Microsoft Office 365, including SharePoint",
    "Eligibility for a NATO SECRET clearance",
    "Native or fluent English",
]
DES = [
    "Experience with Defense Travel System or a comparable travel tool",
    "Knowledge of NATO structures and of the Centres of Excellence programme",
    "A second NATO language",
]
COMP = [
    ("Organisation", "plans ahead and keeps many small tasks under control"),
    ("Communication", "writes clear e-mails and deals courteously with senior visitors"),
    ("Flexibility", "adjusts to changing priorities of a multinational staff"),
]


def build():
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2042-11-18",
             sal(58420, "USD", "year"), None, CLEAR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": comps(COMP)})
    md = f"""[Skip to content](#content)

**CJOS COE** · [About](/about) · [Projects](/projects) · [Events](/events) · **[Vacancies](/vacancies)** · [Contact](/contact)

[Home](/) › [Vacancies](/vacancies) › {REF}

{TITLE}
=====================================================

*Posted 14 October 2042*

<dl>
<dt>Vacancy number</dt><dd>{REF}</dd>
<dt>Organization</dt><dd>{ORG}</dd>
<dt>Duty location</dt><dd>{LOC}</dd>
<dt>Hours</dt><dd>{SCH}</dd>
<dt>Salary</dt><dd>{SAL}</dd>
<dt>Security Clearance</dt><dd>{CLEAR}</dd>
<dt>Closing date</dt><dd>{DL}</dd>
</dl>

The Centre
----------

The Combined Joint Operations from the Sea Centre of Excellence supports NATO and its nations in improving their ability to conduct maritime and joint operations from the sea. The Centre is co-located with a national fleet headquarters and is staffed by officers and civilians of its sponsoring nations.

What you will do
----------------

1. {DUTIES[0]}
2. {DUTIES[1]}
3. {DUTIES[2]}
4. {DUTIES[3]}
5. {DUTIES[4]}

What you bring
--------------

**Required**

{lines(ESS, '* ')}

**Preferred**

{lines(DES, '* ')}

**Competencies**

{lines((f'**{n}**: {d}' for n, d in COMP), '* ')}

What we offer
-------------

A one-year contract with the Centre's host-nation employer, renewable, at {SAL}, with federal holidays and health benefits. The position is not a NATO international civilian post and carries no NATO grade.

How to apply
------------

E-mail a résumé and a one-page cover letter to vacancies@cjoscoe.example by {DL}. Interviews are expected in the week of 1 December 2042.

> The Centre is an equal opportunity employer.

---

*News: CJOS COE Annual Conference, 28–29 October 2042 · Maritime Security Workshop, 19 November 2042*
"""
    write(f"{REF}-cjoscoe.md", md, REF)

    board = f"""Skip to main content
cleared-careers.example   Find Jobs   Career Events   Resources   Sign In

{TITLE}
Combined Joint Operations from the Sea Centre of Excellence
Norfolk, VA
Secret
Posted 6 days ago

Job Requirements
Security Clearance: Secret
Career Level: Experienced (Non-Manager)
Compensation: $58,420 / yr
Job Type: Full Time
Travel: Occasional

Apply Now   Save Job

Job Description

Vacancy number: {REF}
Organization: {ORG}
Duty location: {LOC}
Hours: {SCH}
Salary: {SAL}
Security Clearance: {CLEAR}
Closing date: {DL}

The Combined Joint Operations from the Sea Centre of Excellence supports NATO and its nations in improving their ability to conduct maritime and joint operations from the sea.

Duties
{lines(DUTIES, '- ')}

Required
{lines(ESS, '- ')}

Preferred
{lines(DES, '- ')}

Competencies
{lines((n + ': ' + d for n, d in COMP), '- ')}

One-year renewable contract with the host-nation employer. Not a NATO international civilian post; no NATO grade.

Similar Jobs
Executive Assistant – Naval Station Norfolk, VA – Top Secret – $62K - $71K
Program Analyst – Suffolk, VA – Secret – closes 11/21/2042
"""
    write(f"{REF}-clearedcareers.txt", board, REF)
