from common import *

KEY = "grca-2044-014"
REF = "GRCA-2044-014"
T = "Water Quality Technologist"
O = "Grand River Conservation Authority"
LOC = "Cambridge, Ontario"
SCH = "35 hours per week, Monday to Friday"
ESS = ["College diploma in environmental technology, water resources or a related field",
       "Minimum three years of experience in surface water sampling and field monitoring",
       "Working knowledge of quality assurance and quality control procedures for water sampling",
       "Valid Ontario Class G driver's licence and a clean driving record"]
DES = ["Experience maintaining continuous water quality monitoring stations",
       "Familiarity with the Provincial Water Quality Monitoring Network"]
COMP = ["Safety first", "Attention to detail", "Collaboration", "Problem solving"]
DUT = ["Collect surface water, sediment and benthic samples across the watershed according to approved protocols.",
       "Install, calibrate and maintain continuous monitoring sondes and data loggers at river stations.",
       "Enter, verify and manage field and laboratory data in the water quality database.",
       "Prepare summary tables, maps and short technical memos for the Water Resources Engineering team.",
       "Coordinate the work of summer students and contractors in the field."]
GEN = (f"Reporting to the Supervisor of Water Quality within the Watershed Sciences department, the {T} carries out the "
       "field and data work of the Authority's surface water monitoring program. The results support flood forecasting, "
       "source protection and the annual watershed report card.")


def dayforce():
    li = lambda xs, t="ul": f"<{t}>" + "".join(f"<li>{x}</li>" for x in xs) + f"</{t}>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} - Candidate Portal</title></head>
<body>
<div class="topbar">{O} · Candidate Portal <span>Sign in</span> <span>English (Canada)</span></div>
<p><a href="#">&lt; Back to search results</a></p>
<h1>{T}</h1>
<p class="sub">Cambridge, ON · Posted 2/24/2044 · Regular Full Time</p>
<button>Apply</button>
<div class="content">
<p><b>Internal/External Job Posting</b><br>Regular Full Time Bargaining Unit Position</p>
<p><b>Position Details:</b></p>
<ul>
<li>Posting #: {REF}</li>
<li>Number of Vacancies: 1</li>
<li>Current Rate of Pay: Min = $37.26/hr, Max = $43.91/hr</li>
<li>Employment type: Regular Full Time</li>
<li>Hours of work: {SCH}</li>
<li>Work location: {LOC} (Head Office, with field work across the watershed)</li>
<li>Department: Watershed Sciences</li>
</ul>
<p><b>General Accountabilities</b></p>
<p>{GEN}</p>
<p><b>Specific Accountabilities:</b></p>
{li(DUT, "ol")}
<p><b>Qualifications:</b></p>
{li(ESS)}
<p><b>Assets:</b></p>
{li(DES)}
<p><b>Core competencies:</b> {", ".join(COMP)}.</p>
<p><b>What we offer:</b> OMERS pension, a health and dental plan, a $400 annual safety-footwear allowance and a free Grand River Parks pass.</p>
<p>Please submit your resume and cover letter in one file prior to 4:30 p.m. on Monday, March 21, 2044. Interviews are expected to take place the week of April 4, 2044.</p>
<p>The GRCA is an equal opportunity employer. Accommodation is available on request at every stage of the hiring process.</p>
</div>
<div class="similar"><h2>Similar jobs</h2><ul><li>Seasonal Conservation Area Attendant - Elora - Posted 2/20/2044</li><li>Planning Ecologist - Cambridge - Posted 2/12/2044</li></ul></div>
<footer>Powered by Dayforce · Privacy · Accessibility</footer>
</body></html>
"""


def posting_src():
    li = lambda xs, t="ul": f"<{t}>" + "".join(f"<li>{x}</li>" for x in xs) + f"</{t}>"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{REF}</title>
<style>body{{font-family:'Liberation Sans';font-size:10.5pt}} td{{border:1px solid #000;padding:3px}} th{{background:#d9e2ec;border:1px solid #000;text-align:left;padding:3px}} h1{{font-size:15pt;text-align:center}}</style></head>
<body>
<p><b>{O.upper()}</b><br>{O}<br>Human Resources</p>
<p align="right">Posting No. {REF}</p>
<h1>INTERNAL/EXTERNAL JOB POSTING</h1>
<table width="100%" cellspacing="0">
<tr><th>Position</th><td>{T}</td></tr>
<tr><th>Department</th><td>Watershed Sciences</td></tr>
<tr><th>Location</th><td>{LOC}</td></tr>
<tr><th>Status</th><td>Regular Full Time (bargaining unit)</td></tr>
<tr><th>Hours</th><td>{SCH}</td></tr>
<tr><th>Salary Range</th><td>$37.26 – $43.91 per hour (2044 rates)</td></tr>
<tr><th>Closing Date</th><td>Monday, March 21, 2044 – 4:30 p.m.</td></tr>
</table>
<h2>GENERAL ACCOUNTABILITIES</h2>
<p>{GEN}</p>
<h2>SPECIFIC ACCOUNTABILITIES</h2>
{li(DUT, "ol")}
<h2>QUALIFICATIONS</h2>
{li(ESS)}
<p><i>Assets:</i></p>
{li(DES)}
<h2>CORE COMPETENCIES</h2>
<p>{" · ".join(COMP)}</p>
<h2>HOW TO APPLY</h2>
<p>Send one PDF containing your cover letter and resume to careers@grca-example.on.ca, quoting Posting No. {REF} in the subject line. Only candidates selected for an interview will be contacted.</p>
<p><small>Posted: February 24, 2044 · Human Resources</small></p>
</body></html>
"""


def build():
    write(KEY + "-dayforce.html", dayforce(), KEY)
    libreoffice(KEY + "-posting.html", posting_src(), KEY + "-posting.libreoffice.pdf", KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": T}, organisation={"en": O}, location={"en": LOC},
             schedule={"en": SCH}, deadline="2044-03-21", salary=sal(37.26, 43.91, "CAD", "hour"),
             req={"en": (ESS, DES)}, comp={"en": [(c, "") for c in COMP]})
