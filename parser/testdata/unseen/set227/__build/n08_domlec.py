from common import *
import textwrap
REF = "DOMLEC/HR/VAC/2036-17"; K = key_of(REF)
TITLE = "Relay Settings and Substation Engineer"
ORG = "Dominica Electricity Services Ltd. (DOMLEC)"
LOC = "Roseau, Commonwealth of Dominica"
SCHED = "Full-time, Monday to Friday, 8.00 a.m. to 4.00 p.m., with standby duty on a rotating roster"
GRADE = "Management Band M3"
SALT = "XCD 7,850 – XCD 9,400 per month (EC$), depending on qualifications and experience"
ESS = ["A Bachelor's degree in Electrical Engineering or Electrical Power Engineering from a recognised institution.",
       "At least five (5) years of post-qualification experience in power system protection, including relay testing and commissioning.",
       "Working knowledge of IEC 61850 substation automation and SCADA systems.",
       "A valid Dominica driver's licence."]
DES = ["Registration as a Professional Engineer, or progress towards registration.",
       "Experience with the connection of geothermal or solar generation to an island grid."]
COMP = [("Safety leadership", "stops work whenever a hazard is not controlled."),
        ("Problem solving", "traces every protection operation to its root cause."),
        ("Communication", "explains technical findings to control room operators and management.")]
DUT = ["Review and issue protection relay settings for the transmission and distribution network.",
       "Plan and supervise relay testing, commissioning and maintenance at all substations.",
       "Investigate faults and prepare disturbance reports.",
       "Mentor technicians of the Protection and Control section."]

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy – {TITLE} | DOMLEC</title>
<style>body{{font-family:Liberation Sans,Arial,sans-serif;margin:0;font-size:14px}} .util{{background:#004b87;color:#fff;padding:4px 20px;font-size:12px}}
header{{padding:10px 20px;border-bottom:4px solid #f7a600}} main{{max-width:820px;padding:0 20px}}
.facts p{{margin:3px 0}} .facts b{{display:inline-block;width:160px}} .closing{{border:2px solid #c00;padding:8px;color:#900}}</style></head><body>
<div class="util">Report an outage: 1-767-000-0000 (fictitious) · Pay your bill · Careers</div>
<header><b>DOMLEC</b> – Powering Dominica<br><small>Home | About us | Customer service | Renewable energy | News | Careers</small></header>
<main>
<p>Home › Careers › Current vacancies</p>
<h1>Vacancy: {TITLE}</h1>
<p>Dominica Electricity Services Ltd. invites applications from suitably qualified persons to fill the following position.</p>
<div class="facts">
<p><b>Reference</b> {REF}</p>
<p><b>Position</b> {TITLE}</p>
<p><b>Company</b> {ORG}</p>
<p><b>Department</b> Engineering, Transmission and Distribution</p>
<p><b>Location</b> {LOC}</p>
<p><b>Grade</b> {GRADE}</p>
<p><b>Hours</b> {SCHED}</p>
<p><b>Salary</b> {SALT}</p>
<p><b>Closing date</b> Friday 5 September 2036 at 4.00 p.m.</p>
</div>
<h2>Key duties</h2><ol>{li(DUT)}</ol>
<h2>Qualifications and experience</h2><ul>{li(ESS)}</ul>
<h2>Desirable</h2><ul>{li(DES)}</ul>
<h2>Competencies</h2><ul>{li("<b>%s:</b> %s" % c for c in COMP)}</ul>
<p>Applications, with a cover letter, CV and copies of certificates, should be addressed to the Human Resources Manager and sent to careers@domlec.example. Shortlisted candidates will be interviewed during the week of 22 September 2036.</p>
<p class="closing">Closing date: Friday 5 September 2036 at 4.00 p.m. Late applications will not be considered.</p>
<h3>Other vacancies</h3><p>Line Technician II – closes 12 September 2036<br>Customer Service Representative (Portsmouth) – closes 26 September 2036</p>
</main>
<footer style="font-size:11px;color:#666;padding:10px 20px">© 2036 DOMLEC (demonstration page). We use cookies to improve your experience. <u>OK</u></footer>
</body></html>
"""
write(K + "-domlec.html", html, K)

def wrapi(items, mark):
    out = []
    for it in items:
        out.append(textwrap.fill(it, 62, initial_indent=mark, subsequent_indent=" " * len(mark), break_on_hyphens=False, break_long_words=False))
    return "\n".join(out)
def lv(label, value):
    return textwrap.fill(value, 62, initial_indent=(label + ":").ljust(15), subsequent_indent=" " * 15, break_on_hyphens=False, break_long_words=False)

cl = f"""THE NATURE ISLE COURIER (fictitious weekly)        CLASSIFIEDS        Page 23
Thursday 21st August 2036
================================================================

                        SITUATIONS VACANT

          DOMINICA ELECTRICITY SERVICES LTD. (DOMLEC)

                       VACANCY
            {TITLE.upper()}

Applications are invited from suitably qualified persons for the
following position:

{lv("Reference", REF)}
{lv("Position", TITLE)}
{lv("Company", ORG)}
{lv("Department", "Engineering, Transmission and Distribution")}
{lv("Location", LOC)}
{lv("Grade", GRADE)}
{lv("Hours", SCHED)}
{lv("Salary", SALT)}

KEY DUTIES
{wrapi(DUT, "  * ")}

QUALIFICATIONS AND EXPERIENCE
{wrapi(ESS, "  * ")}

DESIRABLE
{wrapi(DES, "  * ")}

COMPETENCIES
{wrapi(("%s: %s" % c for c in COMP), "  * ")}

Applications with CV and certificates to the Human Resources
Manager, careers@domlec.example, on or before Friday 5th
September 2036 at 4.00 p.m. Closing date: 05/09/2036.

----------------------------------------------------------------
FOR SALE: 2031 pickup, 4x4, low mileage, EC$58,000 o.n.o.
Call 000-0000 (fictitious).
----------------------------------------------------------------
NOTICE OF ANNUAL GENERAL MEETING – Goodwill Credit Union
(fictitious) – Saturday 27th September 2036, 10.00 a.m.
----------------------------------------------------------------
"""
write(K + "-classified.txt", cl, K)

expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2036-09-05",
         sal(mn=7850, mx=9400, cur="XCD", per="month"), GRADE, {"en": (ESS, DES)}, {"en": COMP})
