from common import *

KEY = "np-2034-143"
REF = "NP-2034-143"
TITLE = "Heritage Carpenter – Historic Sites"
ORG = "Niagara Parks Commission"
LOC = "Niagara Falls, Ontario"
SCHED = "40 hours per week, Monday to Friday, with a weekend rotation from May to October"
ESS = [
    "Certificate of Qualification as a General Carpenter (Ontario Trade Code 403A) or equivalent",
    "Minimum five years of carpentry experience, including at least two years on heritage or restoration projects",
    "Working knowledge of traditional joinery, timber framing and wood window restoration",
    "Ability to read architectural drawings and heritage conservation plans",
    "Valid Ontario Class G driver's licence with a clean driving record",
]
DES = [
    "Completion of a heritage trades or building conservation program",
    "Experience working under the Standards and Guidelines for the Conservation of Historic Places in Canada",
    "Working at Heights certification",
]
DUTIES = [
    "Repairs and restores wooden structures, windows, doors, porches and interior finishes at Niagara Parks' historic sites",
    "Documents existing conditions with photographs and measured sketches before any intervention",
    "Mills replacement profiles to match original mouldings and trims",
    "Prepares material lists and cost estimates for the Facilities supervisor",
    "Maintains tools, shop equipment and a safe, orderly workshop",
    "Trains seasonal staff and students in basic heritage carpentry practices",
]

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["en"],
    "title": lang2(TITLE, None), "organisation": lang2(ORG, None), "location": lang2(LOC, None),
    "schedule": lang2(SCHED, None), "deadline": "2034-11-09",
    "salary": {"amount": None, "min": 35.84, "max": 40.66, "currency": "CAD", "period": "hour"},
    "grade": None, "clearance": None,
    "requirements": {"en": {"essential": ESS, "desirable": DES}, "fr": None},
    "competencies": {"en": [], "fr": None},
})

ABOUT = ("Niagara Parks cares for 56 kilometres of parkland along the Niagara River, from Fort Erie to Niagara-on-the-Lake, "
         "including gardens, golf courses, attractions and a collection of historic buildings that tell the story of the region. "
         "The Heritage & Culture team looks after sites such as restored homesteads, a 19th-century battlefield monument and several "
         "early industrial buildings.")
ROLE = ("Reporting to the Facilities Supervisor, Historic Sites, the Heritage Carpenter carries out conservation-grade carpentry on "
        "designated buildings and advises project teams on appropriate repair methods.")

md = f"""[Skip to main content](#main)

**Niagara Parks** · [Attractions](#) · [Dining](#) · [Golf](#) · [Events](#) · [Careers](#) · [Donate](#)

> We use cookies to understand how visitors use this site. [Accept](#) · [Manage preferences](#)

[Home](#) / [About](#) / [Careers](#) / Current Opportunities

# {TITLE}

- **Posting Number:** {REF}
- **Department:** Heritage & Culture – Facilities
- **Status:** Permanent Full-Time (1 vacancy)
- **Work Location:** {LOC}
- **Hours of Work:** {SCHED}
- **Wage Range:** $35.84 – $40.66 per hour
- **Posting Date:** October 24, 2034
- **Closing Date:** November 9, 2034 at 4:30 p.m.

## About Niagara Parks

{ABOUT}

## The Role

{ROLE}

### Key Responsibilities

{chr(10).join('1. ' + d for d in DUTIES)}

### Qualifications

{chr(10).join('* ' + e for e in ESS)}

### Assets

{chr(10).join('* ' + d for d in DES)}

## How to Apply

Submit your cover letter and résumé through our careers portal by the closing date, quoting **{REF}**. A practical skills
demonstration will take place at the Historic Sites workshop during the week of November 27, 2034.

Niagara Parks is an equal opportunity employer. Accommodations are available on request for candidates taking part in all
aspects of the selection process. We thank all applicants; only those selected for an interview will be contacted.

---

**More opportunities**

* [Horticulture Technician – Botanical Gardens](#) · Closing November 16, 2034
* [Seasonal Guest Services Attendant](#) · Closing November 30, 2034

© 2034 Niagara Parks Commission · Accessibility · Privacy
"""
out(KEY + "-niagaraparks.md", md)

jb = f"""Skip to main content
Canada.ca   Job Bank
Français
Search for jobs, employers, careers…	Where?	Search

Home > Job search > {TITLE}

{TITLE}
Posted on October 25, 2034 by
{ORG}
Job details
Location
{LOC}
Salary
$35.84 to $40.66 hourly (to be negotiated)
Terms of employment
Permanent employment
Full time
Work hours
40 hours per week
Start date
Starts as soon as possible
Vacancies
1 vacancy
Verified
Source
Job Bank #3187415

Overview
Languages
English
Education
Trade certificate or diploma
Experience
5 years or more
Work setting
Urban area
Heritage buildings

Job description (from the employer)
{ABOUT}

{ROLE}

Hours of Work: {SCHED}

Key Responsibilities
{chr(10).join(DUTIES)}

Qualifications
{chr(10).join(ESS)}

Assets
{chr(10).join(DES)}

Closing Date: November 9, 2034 at 4:30 p.m.
Posting Number: {REF}

Who can apply to this job?
Only apply to this job if:
You are a Canadian citizen, a permanent or temporary resident of Canada.
You have a valid Canadian work permit.

How to apply
By online application: apply through the employer's careers portal
Advertised until
2034-11-09

Here are some jobs that could interest you
Carpenter – St. Catharines, ON – $31.50 hourly – Advertised until 2034-11-22
Finish carpenter – Welland, ON – $29.00 to $34.00 hourly – Advertised until 2034-12-01

Report a problem or mistake on this page
Date modified: 2034-10-25
"""
out(KEY + "-jobbank.txt", jb)
