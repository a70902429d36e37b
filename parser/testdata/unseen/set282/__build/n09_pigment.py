from common import *
KEY = "pigment-solutions-engineer-southern-europe"
T = "Solutions Engineer, Southern Europe"
O = "Pigment"
LOC = "Paris"
ESS = ["3+ years in a pre-sales, solutions consulting or FP&A role at a B2B software company",
       "Hands-on experience building financial models in spreadsheets or planning tools",
       "Fluency in English and in French, Spanish or Italian"]
DES = ["Experience with another planning platform such as Anaplan, Adaptive or Board", "Working knowledge of SQL"]
COMP = [("Curiosity", "you learn each prospect's planning process before you show anything."),
        ("Clarity", "you explain complex models in plain words to finance and IT teams alike."),
        ("Ownership", "you follow every evaluation through to the signed contract.")]
DUT = ["Run discovery sessions with finance and operations leaders of mid-market and enterprise prospects",
       "Build tailored demo models and proofs of concept in Pigment",
       "Answer RFPs and security questionnaires with the Sales and Security teams",
       "Feed product managers with what you hear in the field"]
expected(KEY, {"reference": "", "post_number": None, "languages": ["en"], "title": both(T, None),
 "organisation": both(O, None), "location": both(LOC, None), "schedule": both(None, None), "deadline": "2041-04-14",
 "salary": sal(69500, 82600, "EUR", "year"), "grade": None, "clearance": None,
 "requirements": {"en": {"essential": ESS, "desirable": DES}, "fr": None},
 "competencies": {"en": [C(n, d) for n, d in COMP], "fr": None}})
ABOUT = ("Pigment is a business planning platform used by finance, HR and sales teams to model scenarios and plan together. "
         "Our Southern Europe team covers France, Spain and Italy from the Paris office and is growing fast.")
txt = f"""indeed    Find jobs    Company reviews    Find salaries                 Sign in    Employers / Post Job

What  solutions engineer          Where  Paris (75)
Find jobs

{T}
{O}
4.5 out of 5 stars   23 reviews
{LOC} (75)
Hybrid work
€69,500 - €82,600 a year  -  Full-time, Permanent

Apply on company site        ♡

Job details
Here's how the job details align with your profile.
Pay
€69,500 - €82,600 a year
Job type
Full-time
Permanent
Shift and schedule
Monday to Friday

Location
{LOC} (75)

Full job description
{ABOUT}

What you'll do
{chr(10).join(DUT)}

You have
{chr(10).join(ESS)}

Bonus
{chr(10).join(DES)}

How you work
{chr(10).join('%s – %s' % c for c in COMP)}

Compensation: €69,500 – €82,600 gross per year, plus variable pay and equity. Applications close on 14 April 2041; the first interviews start on 22 April 2041.

Job Type: Full-time, Permanent
Pay: €69,500.00 - €82,600.00 per year
Benefits:
Meal vouchers
Remote work allowance
Work Location: Hybrid remote in {LOC} (75)

Posted 3 days ago
Report job

People also searched: pre-sales engineer, FP&A consultant, solutions consultant

© 2041 Indeed    Accessibility at Indeed    Privacy Center    Cookies    Terms
"""
write(KEY + "-indeed.txt", txt, KEY, "txt")
md = f"""[![Pigment](logo.svg)](#)  [All jobs](#)

# {T}

**Location** {LOC}  
**Employment Type** Full time  
**Location Type** Hybrid  
**Department** Sales › Solutions Engineering  
**Compensation** €69.5K – €82.6K • Offers Equity

[Overview](#) · [Application](#)

{ABOUT}

## What you'll do

{chr(10).join('+ ' + d for d in DUT)}

## You have

{chr(10).join('+ ' + d for d in ESS)}

## Bonus

{chr(10).join('+ ' + d for d in DES)}

## How you work

{chr(10).join('+ **%s**: %s' % c for c in COMP)}

## Compensation

€69,500 – €82,600 gross per year, plus variable pay and equity. Applications close on 14 April 2041.

[Apply for this Job](#)

Powered by Ashby · [Privacy Policy](#) · [Security](#)
"""
write(KEY + "-ashby.md", md, KEY, "md")
