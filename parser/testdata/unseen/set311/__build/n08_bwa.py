from common import *

KEY = "bwa-hr-vac-43-12"
REF = "BWA/HR/VAC/43/12"
TITLE = "Wellfield Maintenance Supervisor"
ORG = "Barbados Water Authority"
LOC = "Belle Pumping Station, St. Michael, with visits to all wellfields in the island"
SCHED = "8:00 a.m. to 4:15 p.m., Monday to Friday, and standby duty one week in four"
GRADE = "B4"
ESS = ["A Diploma in Mechanical or Electrical Engineering from the Barbados Community College, the Samuel Jackman Prescod Institute of Technology or an equivalent institution;",
       "At least five years' experience in the maintenance of borehole pumps, motors and control panels, two of which at supervisory level;",
       "Sound knowledge of occupational safety and health requirements for confined spaces;",
       "A valid driver's licence (General)."]
DES = ["Experience with SCADA telemetry systems;", "Training in chlorination equipment."]
COMP = [("Planning", "schedules preventive maintenance so that no wellfield is left without standby capacity"),
        ("Team leadership", "guides fitters and electricians safely through emergency repairs"),
        ("Customer focus", "keeps supply interruptions as short as possible")]
DUT = ["Plans and supervises the preventive and corrective maintenance of pumps, motors, valves and switchgear at the wellfields",
       "Leads the standby crew during breakdowns and coordinates with the Distribution Section on supply interruptions",
       "Keeps the maintenance management system, spare parts records and work orders up to date",
       "Ensures that all work complies with the Safety and Health at Work Act and the Authority's permit to work system",
       "Prepares monthly reports on pump availability and energy use"]

expected(KEY, reference=REF, post_number=None, languages=["en"], title={"en": TITLE},
         organisation={"en": ORG}, location={"en": LOC}, schedule={"en": SCHED}, deadline="2043-09-24",
         salary=sal(mn=5860, mx=7240, cur="BBD"), grade=GRADE, clearance=None,
         requirements={"en": (ESS, DES)}, competencies={"en": COMP})

html = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>VACANCY – {TITLE} | Barbados Water Authority</title>
<style>body{{font-family:'Open Sans',Arial,sans-serif;margin:0;color:#333}} header{{background:#0071bc;color:#fff;padding:12px 30px}}
header nav a{{color:#fff;margin-right:18px}} .wrap{{display:flex;padding:20px 30px;gap:30px}} article{{flex:3}} aside{{flex:1;font-size:13px}}
.meta{{color:#888;font-size:12px}} .alert{{background:#fff3cd;padding:8px 30px;font-size:13px}} footer{{background:#222;color:#aaa;padding:14px 30px;font-size:12px}}</style></head>
<body>
<div class="alert">⚠ Service disruption: residents of Lower Estate, St. George may experience low pressure until 6:00 p.m. today.</div>
<header><b>BARBADOS WATER AUTHORITY</b><nav><a href="#">Home</a><a href="#">About Us</a><a href="#">Customer Service</a><a href="#">PSA</a><a href="#">Vacancies</a><a href="#">Contact</a></nav></header>
<div class="wrap"><article>
<h1>VACANCY – {TITLE.upper()}</h1>
<p class="meta">Aug 27, 2043 | Vacancies</p>
<p>Applications are invited from suitably qualified persons to fill the position of {TITLE} in the Engineering Department (Production Section) of the Authority.</p>
<p><strong>Vacancy Reference:</strong> {REF}<br>
<strong>Position:</strong> {TITLE}<br>
<strong>Employer:</strong> {ORG}<br>
<strong>Location:</strong> {LOC}<br>
<strong>Hours of Work:</strong> {SCHED}<br>
<strong>Grade:</strong> {GRADE}<br>
<strong>Salary:</strong> BDS$5,860 – BDS$7,240 per month (BBD), plus a travelling allowance<br>
<strong>Closing Date:</strong> Thursday, September 24, 2043 at 4:00 p.m.</p>
<h3>Duties and Responsibilities</h3>
<p>The Supervisor:</p>
<ul>{''.join('<li>' + d + ';</li>' for d in DUT[:-1])}<li>{DUT[-1]}.</li></ul>
<h3>Qualifications and Experience</h3>
<p>Applicants should possess:</p>
<ol type="i">{''.join('<li>' + x + '</li>' for x in ESS)}</ol>
<p><strong>The following would be an asset:</strong></p>
<ul>{''.join('<li>' + x + '</li>' for x in DES)}</ul>
<h3>Competencies</h3>
<p>{'<br>'.join('<strong>%s:</strong> %s' % c for c in COMP)}</p>
<h3>How to Apply</h3>
<p>Applications with a résumé, copies of certificates and the names of two referees should be addressed to the Human Resources Manager, Barbados Water Authority, The Pine, St. Michael, or e-mailed to hr@bwa.example, quoting the vacancy reference. Only shortlisted applicants will be contacted. Interviews are expected in the week of October 12, 2043.</p>
</article>
<aside><h4>Recent Posts</h4><p>PSA – Planned outage, Sept 2, 2043: Hothersal Turning, St. Michael</p><p>VACANCY – Customer Service Representative (closes Sept 11, 2043)</p><p>Water conservation tips for the dry season</p>
<h4>Categories</h4><p>PSA · Service Disruptions · Vacancies · Press Releases</p></aside></div>
<footer>© 2043 Barbados Water Authority · The Pine, St. Michael · Privacy Policy</footer></body></html>
"""
w(KEY + "-bwa.html", html, KEY)

paper = f"""THE BRIDGETOWN MERCURY  |  e-Edition  |  Sunday, August 30, 2043  |  Page 41  |  CLASSIFIEDS

< Previous page          Zoom +  Zoom -          Next page >

_______________________________________________________________________________

                         BARBADOS WATER AUTHORITY
                         The Pine, St. Michael

                                 VACANCY

Applications are invited from suitably qualified persons for the following post:

POSITION

{TITLE}

REFERENCE

{REF}

EMPLOYER

{ORG}

LOCATION

{LOC}

HOURS OF WORK

{SCHED}

GRADE

{GRADE}

SALARY

BDS$5,860 to BDS$7,240 per month (BBD)

DUTIES: The Supervisor {' ; '.join(d[0].lower() + d[1:] for d in DUT)}.

QUALIFICATIONS AND EXPERIENCE
Applicants should possess:
{chr(10).join('  (%s) %s' % (n, x) for n, x in zip(['i', 'ii', 'iii', 'iv'], ESS))}

An asset:
{chr(10).join('  * ' + x for x in DES)}

COMPETENCIES
{chr(10).join('  %s: %s' % c for c in COMP)}

Applications to the Human Resources Manager or hr@bwa.example, quoting the reference, not later than
4:00 p.m. on Thursday 24 September 2043.

_______________________________________________________________________________

FOR SALE – 2038 Suzuki Swift, low mileage, BDS$21,500 o.n.o. Call 555-0142.
NOTICE – St. Philip Parish Church harvest fair, Saturday September 19, 2043, 10:00 a.m.
_______________________________________________________________________________
"""
w(KEY + "-mercury.txt", paper, KEY)
save_rows("n08")
