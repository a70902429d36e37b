from common import *
KEY = REF = "248319"
T = "Heritage Easement Program Officer"
O = "Ontario Heritage Trust"
LOC = "Toronto"
SCH = "36.25 hours per week"
ESS = ["Degree in heritage conservation, architecture, planning, history or a related discipline, or equivalent experience",
       "Knowledge of the Ontario Heritage Act and of conservation easement agreements",
       "Experience inspecting historic properties and documenting their condition",
       "Valid Class G driver's licence and ability to travel across Ontario"]
DES = ["Membership in the Canadian Association of Heritage Professionals",
       "Experience with GIS mapping or a property records database"]
DUT = ["negotiate and draft heritage conservation easement agreements with property owners",
       "review applications to alter protected properties and prepare recommendations",
       "carry out site inspections and keep photographic condition records up to date",
       "advise municipalities, owners and consultants on conservation practice"]
PAY = "$1,412.84 - $1,768.05 Per Week*"
GOJ = f"""Ontario Public Service Careers
Home  Job Search  Job Alert  How to Apply  Français

Job ad

{T}
Job ID: {REF}
Apply By: Thursday, March 12, 2037 11:59 pm EDT
Organization: {O}
Division: Heritage Programs and Operations
City: {LOC}
Position(s) language: English
Job term: 1 Permanent
Job code: 6A006 - PolicyPrgm06
Salary: {PAY}
*Indicates the salary listed as per the OPSEU Collective Agreement.
Posting status: Open
Posted on: Thursday, February 19, 2037

Position details
1 English Permanent, 10 Adelaide St E, Toronto, Toronto Region
Hours of work: {SCH}

About the job
Help us protect Ontario's built and natural heritage. In this role, you will:
{chr(10).join('- ' + d for d in DUT)}

What you bring to the team
Mandatory requirements
{chr(10).join('- ' + e for e in ESS)}

Nice to have
{chr(10).join('- ' + d for d in DES)}

Additional information:
Interviews are expected to take place the week of March 29, 2037.
The Trust is an equal opportunity employer and offers accommodation during the recruitment process.

How to apply:
You must apply online by visiting www.ontario.ca/careers. Please quote Job ID {REF}.
Remember: The deadline to apply is Thursday, March 12, 2037 11:59 pm EDT. Late applications will not be accepted.

Back to search results   Print   Share
© King's Printer for Ontario, 2037
"""
MD = f"""[Skip to content](#main)

**Ontario Heritage Trust** | [About](#) | [Places](#) | [Our work](#) | [Careers](#) | [Français](#)

# {T}

*Careers › Current opportunities · posted February 19, 2037*

| | |
|---|---|
| Job ID | {REF} |
| Employer | {O} |
| Location | {LOC} (Heritage Centre, 10 Adelaide St E) |
| Hours of work | {SCH} |
| Salary | {PAY} |
| Closing date | March 12, 2037 |

The Trust holds more than 300 conservation easements that protect heritage buildings, cultural landscapes and natural areas across the province. We are looking for an officer who can manage a portfolio of protected properties in southern Ontario.

## What you will do

{chr(10).join('* ' + d[0].upper() + d[1:] + '.' for d in DUT)}

## What you bring

**Mandatory requirements**

{chr(10).join('1. ' + e for e in ESS)}

**Nice to have**

{chr(10).join('- ' + d for d in DES)}

## What we offer

Defined-benefit pension, health and dental coverage, and a $500 yearly professional development allowance.

## How to apply

Applications are received through Ontario Public Service Careers (Job ID {REF}) until 11:59 p.m. EDT on the closing date. Interviews: week of March 29, 2037.

---

*Other opportunities:* Collections Technician (closes March 5, 2037) · Site Coordinator, Fulford Place (closes April 2, 2037)

© Ontario Heritage Trust · Accessibility · Privacy
"""
def build():
    write(f"{KEY}-gojobs.txt", GOJ, KEY)
    write(f"{KEY}-oht.md", MD, KEY)
    expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": SCH}, "2037-03-12", sal(1412.84, 1768.05, cur="CAD", per="week"), None, None,
             {"en": (ESS, DES)}, {"en": []})
