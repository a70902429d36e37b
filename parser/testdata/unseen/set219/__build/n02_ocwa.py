from common import *
KEY = "ocwa-2035-317"
REF = "OCWA-2035-317"
T = "Process Control Technologist – SCADA"
O = "Ontario Clean Water Agency"
LOC = "Kenora, Ontario"
SCH = "35 hours per week (Monday to Friday), with participation in the standby rotation"
ESS = ["Diploma in instrumentation, electrical or electronics engineering technology, or an equivalent combination of education and experience",
       "At least three years of experience maintaining SCADA systems, PLCs and field instrumentation in a water or wastewater setting",
       "Valid Ontario Operator-in-Training certificate or higher in water treatment or wastewater treatment, or the ability to obtain one within six months",
       "Valid Class G driver's licence and the ability to travel to remote facilities, sometimes by winter road"]
DES = ["Experience with Rockwell or Schneider Electric PLC platforms",
       "Electrician's licence (309A) or progress toward it",
       "Knowledge of industrial network security practices"]
DUTIES = ["Maintain, calibrate and troubleshoot SCADA servers, PLCs, radio links and field instruments at 14 water and wastewater facilities in the Kenora hub",
          "Write and test PLC and HMI program changes under the Agency's change-management procedure",
          "Keep alarm set points, instrument records and the hub's drawings up to date",
          "Respond to after-hours alarms as part of the standby rotation and support operators during process upsets",
          "Coach operators on the use of the HMI and on basic instrument checks",
          "Work with contractors on capital projects, from factory acceptance testing to commissioning"]

def li(items):
    return "".join(f"<li>{i}</li>" for i in items)

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Careers | {O}</title>
<style>body{{font-family:Arial,sans-serif;max-width:900px;margin:auto;color:#1d1d1d}}
.top{{background:#00558c;color:#fff;padding:8px 14px}} .top a{{color:#fff}}
.facts{{display:grid;grid-template-columns:220px 1fr;gap:4px 12px;background:#f2f6f9;padding:12px}}
.facts span:nth-child(odd){{font-weight:bold}} aside{{border-top:1px solid #ccc;margin-top:20px;font-size:90%}}</style></head>
<body>
<div class="top"><a href="#">OCWA</a> · About us · Services · <b>Careers</b> · News · Contact · <a href="#">Français</a></div>
<p style="font-size:85%">We use cookies to improve your browsing experience. <button>Accept</button> <button>Decline</button></p>
<p><a href="#">&larr; Back to search results</a></p>
<h1>{T}</h1>
<p>Req ID: 63518 &nbsp; · &nbsp; Posted: Dec 19, 2035</p>
<div class="facts">
<span>Posting Number</span><span>{REF}</span>
<span>Organization</span><span>{O}</span>
<span>Region</span><span>Northwestern Ontario Region – Kenora Hub</span>
<span>Location</span><span>{LOC}</span>
<span>Employment Type</span><span>Permanent Full-Time</span>
<span>Bargaining Unit</span><span>OPSEU</span>
<span>Hours of Work</span><span>{SCH}</span>
<span>Salary Range</span><span>$44.26 – $50.61 per hour</span>
<span>Closing Date</span><span>January 16, 2036</span>
</div>
<h2>About OCWA</h2>
<p>The {O} operates drinking water and wastewater facilities for more than 180 municipal and First Nations clients across the province. Our Kenora hub looks after plants, lagoons and pumping stations spread over a territory where the nearest neighbour can be two hours away by road.</p>
<h2>What you will do</h2>
<ul>{li(DUTIES)}</ul>
<h2>What you bring</h2>
<p><b>Mandatory qualifications</b></p>
<ul>{li(ESS)}</ul>
<p><b>Nice to have</b></p>
<ul>{li(DES)}</ul>
<h2>What we offer</h2>
<p>A defined benefit pension plan, health and dental benefits from day one, a vehicle for work travel and a $1,500 annual training allowance. A northern living allowance of $2.10 per hour applies to this position.</p>
<h2>How to apply</h2>
<p>Submit your résumé and cover letter online by 11:59 p.m. (Central Time) on the closing date. Interviews are expected to take place in Kenora during the week of February 2, 2036. We thank all applicants; only those selected for an interview will be contacted.</p>
<p>OCWA is an equal opportunity employer. Accommodation is available on request at any stage of the recruitment process.</p>
<aside><h3>Similar jobs</h3>
<ul><li>Maintenance Mechanic – Dryden (closes January 9, 2036)</li>
<li>Senior Operator, Wastewater – Fort Frances (closes January 23, 2036)</li>
<li>Instrumentation Technician – Thunder Bay (closes February 6, 2036)</li></ul></aside>
<footer style="font-size:80%">© King's Printer for Ontario · Accessibility · Privacy</footer>
</body></html>
"""

def star(items):
    return "\n".join("• " + i for i in items)

INDEED = f"""
indeed
Find jobs
Company reviews
Find salaries
Sign in
Employers / Post Job
What	Job title, keywords, or company
Where	Kenora, ON
Find jobs

{T}
{O}
3.9 out of 5 stars
Kenora, ON
$44.26–$50.61 an hour - Full-time, Permanent
Apply on company site

Profile insights
Here's how the job qualifications align with your profile.
Skills
SCADA (Required)
PLC programming
Instrumentation
Do you have experience in SCADA?
Yes	No
Licenses
Driver's License (Required)
Job details
Pay
$44.26–$50.61 an hour
Job type
Full-time
Permanent
Shift and schedule
Monday to Friday
On call
Location
Kenora, ON
Benefits
Pulled from the full job description
Dental care
Extended health care
Pension plan
Full job description
Posting Number: {REF}
Location: {LOC}
Hours of Work: {SCH}
Salary Range: $44.26 – $50.61 per hour
Closing Date: January 16, 2036

About OCWA
The {O} operates drinking water and wastewater facilities for more than 180 municipal and First Nations clients across the province. Our Kenora hub looks after plants, lagoons and pumping stations spread over a large territory.

What you will do
{star(DUTIES)}

What you bring
Mandatory qualifications
{star(ESS)}
Nice to have
{star(DES)}

What we offer
A defined benefit pension plan, health and dental benefits from day one, a vehicle for work travel and a $1,500 annual training allowance.

Interviews are expected during the week of February 2, 2036.

Job Types: Full-time, Permanent

Pay: $44.26-$50.61 per hour

Benefits:
Dental care
Extended health care
Pension plan

Work Location: In person

Application deadline: 2036-01-16
Report job

Hiring Insights
Job activity
Posted 5 days ago

People also searched:
water operator	instrumentation	plc	scada technician

Similar jobs
Electrical and Instrumentation Technician
Dryden, ON
$38–$45 an hour
Wastewater Operator Class 2
Sioux Lookout, ON
$34.10–$39.95 an hour
© 2036 Indeed	Accessibility at Indeed	Privacy Center	Terms
"""

def build():
    w(KEY + "-ocwa.html", HTML, KEY)
    w(KEY + "-indeed.txt", INDEED, KEY)
    expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": SCH}, "2036-01-16",
             sal(44.26, 50.61, "CAD", "hour"), None, None,
             {"en": {"essential": ESS, "desirable": DES}}, {"en": []})
