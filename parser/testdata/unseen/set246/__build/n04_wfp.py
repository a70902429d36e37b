from common import *

KEY = "jr0184466"
REF = "JR0184466"
TITLE = "Supply Chain Officer (Shipping)"
ORG = "World Food Programme"
LOC = "Mombasa, Kenya"
GRADE = "P2"
SCHED = "Full time"
MIN = [
    ("Education", "Advanced university degree in logistics, supply chain management, maritime transport or a related field, or a first university degree with additional years of related work experience."),
    ("Experience", "At least one year of postgraduate professional experience in shipping, freight forwarding or port operations."),
    ("Language", "Fluency (level C) in English."),
]
DESIRED = [
    "Experience with the chartering of bulk or break-bulk vessels.",
    "Exposure to customs and port clearance procedures in East African ports.",
    "Working knowledge of French or Swahili.",
]
COMP = [
    ("Shipping Operations", "Plans vessel fixtures and follows cargo from the loading port to discharge."),
    ("Supply Chain Analytics", "Turns voyage and port data into cost comparisons that managers can use."),
    ("Contract Management", "Checks charter parties and service contracts for risks before signature."),
    ("Partner Relations", "Keeps port authorities, agents and sister agencies informed of shipment plans."),
]
ACC = [
    "Book ocean freight for food consignments to Kenya, South Sudan, Uganda and Rwanda and follow each voyage.",
    "Check freight invoices, demurrage claims and survey reports before payment.",
    "Coordinate berth and storage slots with the port authority and the terminal operators.",
    "Maintain the shipping records in the corporate tracking system and report weekly on arrivals.",
    "Contribute to the annual review of freight forwarding and stevedoring contracts.",
]
INTRO = ("The World Food Programme is the largest humanitarian organization fighting hunger. Its Mombasa shipping "
         "unit receives food consignments for Kenya and for landlocked operations in the region.")


def build():
    min_html = "\n".join(f"<p><b>{n}:</b> {esc(t)}</p>" for n, t in MIN)
    comp_html = "\n".join(f"<li><b>{esc(n)}</b>: {esc(d)}</li>" for n, d in COMP)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} - WFP Careers</title>
<style>body{{font-family:Arial,sans-serif;font-size:14px;margin:0}} header{{background:#007dbc;color:#fff;padding:10px 20px}}
.cols{{display:flex}} aside{{width:260px;padding:16px;background:#f7f7f7}} main{{flex:1;padding:16px 24px}}
dt{{font-size:12px;color:#666;margin-top:8px}} dd{{margin:0 0 4px 0}}</style></head><body>
<header>World Food Programme · Careers &nbsp; <span>Search for Jobs</span> &nbsp; <span>Sign In</span></header>
<div class="cols">
<aside>
<button>Apply</button>
<dl>
<dt>locations</dt><dd>Mombasa</dd>
<dt>time type</dt><dd>{SCHED}</dd>
<dt>posted on</dt><dd>Posted 12 Days Ago</dd>
<dt>time left to apply</dt><dd>End Date: April 8, 2038 (10 days left to apply)</dd>
<dt>job requisition id</dt><dd>{REF}</dd>
</dl>
</aside>
<main>
<h1>{TITLE}</h1>
<p>WFP celebrates and embraces diversity. It is committed to the principle of equal employment opportunity for all its employees and encourages qualified candidates to apply irrespective of background.</p>
<p><b>ABOUT WFP</b></p>
<p>{esc(INTRO)}</p>
<p><b>ORGANIZATIONAL CONTEXT</b></p>
<p>This position is located in the Kenya Country Office, Supply Chain Unit, in Mombasa. The job holder reports to the Head of Shipping, Mombasa, and works closely with the Regional Bureau in Nairobi.</p>
<p><b>TERMS AND CONDITIONS</b></p>
<p>GRADE: {GRADE}<br>
TYPE OF CONTRACT: Fixed Term<br>
DURATION: One year, renewable<br>
DUTY STATION (City, Country): {LOC}<br>
DEADLINE FOR APPLICATIONS: 08 April 2038 - 23:59 East Africa Time</p>
<p><b>KEY ACCOUNTABILITIES (not all-inclusive)</b></p>
{ul(ACC, "ol")}
<p><b>STANDARD MINIMUM QUALIFICATIONS</b></p>
{min_html}
<p><b>DESIRED EXPERIENCES FOR ENTRY INTO THE ROLE</b></p>
{ul(DESIRED)}
<p><b>FUNCTIONAL CAPABILITIES</b></p>
<ul>
{comp_html}
</ul>
<p><b>WHAT WE OFFER</b></p>
<p>A competitive salary and benefits under the United Nations common system. Shortlisted candidates may be asked to sit an online assessment in the week of 19 April 2038.</p>
<p>No fees are charged at any stage of the recruitment process.</p>
</main></div>
<footer>© 2038 Workday, Inc. All rights reserved. · Privacy · Cookie settings</footer>
</body></html>
"""
    write(KEY + "-workday.html", html, KEY)

    txt = f"""Skip to main content
World Food Programme
Search for Jobs
Sign In
{TITLE}
Apply
locations
Mombasa
time type
{SCHED}
posted on
Posted 12 Days Ago
time left to apply
End Date: April 8, 2038 (10 days left to apply)
job requisition id
{REF}
WFP celebrates and embraces diversity. It is committed to the principle of equal employment opportunity for all its employees and encourages qualified candidates to apply irrespective of background.

ABOUT WFP
{INTRO}

ORGANIZATIONAL CONTEXT
This position is located in the Kenya Country Office, Supply Chain Unit, in Mombasa. The job holder reports to the Head of Shipping, Mombasa, and works closely with the Regional Bureau in Nairobi.

TERMS AND CONDITIONS
GRADE: {GRADE}
TYPE OF CONTRACT: Fixed Term
DURATION: One year, renewable
DUTY STATION (City, Country): {LOC}
DEADLINE FOR APPLICATIONS: 08 April 2038 - 23:59 East Africa Time

KEY ACCOUNTABILITIES (not all-inclusive)
{chr(10).join(ACC)}

STANDARD MINIMUM QUALIFICATIONS
{chr(10).join(f'{n}: {t}' for n, t in MIN)}

DESIRED EXPERIENCES FOR ENTRY INTO THE ROLE
{chr(10).join(DESIRED)}

FUNCTIONAL CAPABILITIES
{chr(10).join(f'{n}: {d}' for n, d in COMP)}

WHAT WE OFFER
A competitive salary and benefits under the United Nations common system. Shortlisted candidates may be asked to sit an online assessment in the week of 19 April 2038.
No fees are charged at any stage of the recruitment process.
Similar Jobs (3)
Logistics Officer (Corridor Management)
locations
Kampala
posted on
Posted 5 Days Ago
Supply Chain Associate (Shipping)
locations
Djibouti
posted on
Posted 30+ Days Ago
Programme Associate
locations
Dadaab
posted on
Posted Yesterday
© 2038 Workday, Inc. All rights reserved.
Privacy
Cookie settings
"""
    write(KEY + "-workday-browser.txt", txt, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, "2038-04-08", grade=GRADE, schedule=SCHED,
             requirements={"en": {"essential": [t for _, t in MIN], "desirable": DESIRED}},
             competencies={"en": COMP})
