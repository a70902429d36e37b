import textwrap
from common import *

KEY = "sfa-hr-vac-2040-19"
REF = "SFA/HR/VAC/2040/19"
TITLE = "Observer Programme Coordinator"
ORG = "Seychelles Fishing Authority"
LOC = "Fishing Port, Victoria, Mahé, with periodic trips on licensed vessels"
SCHED = "08.00 hrs to 16.00 hrs, Monday to Friday, and as required for vessel departures"
SAL = "SCR 24,500 x 650 – SCR 29,700 per month"
ESS = [
    "a Degree in Fisheries Science, Marine Biology or a related field from a recognised institution;",
    "at least three years' experience as a fisheries observer, port sampler or data officer;",
    "a valid Basic Sea Safety certificate (STCW or equivalent);",
    "good command of English and Kreol Seselwa; working knowledge of French.",
]
DES = [
    "Experience of electronic monitoring or observer data entry systems;",
    "A Coxswain licence.",
]
DUT = [
    "plan observer deployments on purse seiners, longliners and carrier vessels calling at Port Victoria",
    "brief and debrief observers and check the quality of the data they return",
    "maintain the observer database and prepare quarterly coverage reports",
    "liaise with vessel agents, the Fisheries Monitoring Centre and regional partners",
]

expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2040-10-26", salary=salary(min=24500, max=29700, currency="SCR"),
         grade=None, requirements={"en": {"essential": ESS, "desirable": DES}},
         competencies={"en": []})

src = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} .c{{text-align:center}} h1{{font-size:13pt;text-align:center;text-decoration:underline}}
h2{{font-size:11pt}}</style></head><body>
<p class="c"><b>SEYCHELLES FISHING AUTHORITY</b><br>P.O. Box 449, Fishing Port, Victoria, Mahé, Seychelles<br>Tel: 4 670 300 · hr@sfa.example</p>
<p align="right">Ref: {REF}<br>20 September 2040</p>
<h1>VACANCY NOTICE</h1>
<p>The Seychelles Fishing Authority invites applications from suitably qualified Seychellois citizens for the following post in its Monitoring, Control and Surveillance Section.</p>
<h2>A. PARTICULARS OF THE POST</h2>
<p><b>Title of post:</b> {TITLE}<br>
<b>Employer:</b> {ORG}<br>
<b>Section:</b> Monitoring, Control and Surveillance – Observer Unit<br>
<b>Place of work:</b> {LOC}<br>
<b>Hours of work:</b> {SCHED}<br>
<b>Salary scale:</b> {SAL}<br>
<b>Terms:</b> Permanent and pensionable, subject to a probationary period of six months</p>
<h2>B. MAIN DUTIES</h2>
<p>The Coordinator will {DUT[0]}; {DUT[1]}; {DUT[2]}; and {DUT[3]}.</p>
<h2>C. QUALIFICATIONS AND EXPERIENCE</h2>
<p>Candidates must possess:</p>
<p>{"<br>".join(f"({r}) {x}" for r, x in zip(["i", "ii", "iii", "iv"], ESS))}</p>
<h2>D. ADDITIONAL ADVANTAGES</h2>
<p>{"<br>".join(f"({r}) {x}" for r, x in zip(["i", "ii"], DES))}</p>
<h2>E. MODE OF APPLICATION</h2>
<p>Applications, with a detailed curriculum vitae, copies of certificates and a recent testimonial, should reach the Human Resources Manager, Seychelles Fishing Authority, Fishing Port, Victoria, not later than <b>Friday 26 October 2040 at 16.00 hrs</b>. Applications received after the closing date will not be considered. Shortlisted candidates will be called for an interview in November 2040.</p>
<p>Note: Serving officers should apply through their Head of Section.</p>
<p align="right">Human Resources Manager<br>(name withheld – fictitious notice)</p>
</body></html>"""
p = write_build("sfa-notice.html", src.replace("Mahé, with", "Mahé,\u00a0with"))
libreoffice(p, KEY + "-notice.libreoffice.pdf")

def w(s, ind="    "):
    return textwrap.fill(s, 64, subsequent_indent=ind, break_on_hyphens=False)

paper = f"""
THE ISLAND HERALD                              Friday, September 28, 2040
Classifieds & Notices                                            Page 19
----------------------------------------------------------------------

                  SEYCHELLES FISHING AUTHORITY
                        VACANCY NOTICE
                     Ref: {REF}

{w("POST ............. " + TITLE)}
{w("EMPLOYER ......... " + ORG)}
{w("PLACE OF WORK .... " + LOC)}
{w("HOURS OF WORK .... " + SCHED)}
{w("SALARY SCALE ..... " + SAL)}
{w("CLOSING DATE ..... 26 October 2040, 16.00 hrs")}

DUTIES: {w("The Coordinator will " + "; ".join(DUT) + ".", "")}

QUALIFICATIONS: Candidates must possess
{chr(10).join(w(f"  ({r}) {x}", "       ") for r, x in zip(["i", "ii", "iii", "iv"], ESS))}

ADDITIONAL ADVANTAGES:
{chr(10).join(w(f"  ({r}) {x}", "       ") for r, x in zip(["i", "ii"], DES))}

Applications with CV, certificates and a testimonial to the Human
Resources Manager, SFA, Fishing Port, Victoria. Interviews in
November 2040.

----------------------------------------------------------------------
FOR SALE – 28 ft fibreglass fishing boat, twin 115 hp, fully serviced,
SCR 385,000 o.n.o. Call 2 500 000 after 5 p.m.
----------------------------------------------------------------------
NOTICE – The Anse aux Pins Fishermen's Association will hold its
Annual General Meeting on Saturday 13 October 2040 at 3 p.m.
----------------------------------------------------------------------
"""
write(KEY + "-herald.txt", paper)
