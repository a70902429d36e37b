from common import *

REF = "SN-2040-058"
KEY = REF.lower()
T = "Senior Staff Scientist, Exhibits and Planetarium"
O = "Science North"
L = "Sudbury, Ontario"
S = "35 hours per week, including evenings and weekends as scheduled"
ESS = ["University degree in astronomy, physics, earth sciences or a related science discipline",
       "Three years of experience delivering live science programs, shows or demonstrations to public audiences",
       "Demonstrated ability to explain complex scientific concepts in plain language",
       "Valid Ontario Class G driver's licence"]
DES = ["Experience operating a digital planetarium system (Digistar or similar)",
       "Ability to deliver programs in French"]
COMP = [("Curiosity", "you keep up with new discoveries and bring them to the science centre floor"),
        ("Teamwork", "you work closely with exhibit technicians, educators and Blue Coat staff"),
        ("Visitor focus", "you adapt every presentation to the audience in front of you")]
DUT = ["Develop and deliver planetarium shows and live science demonstrations for school groups and the public",
       "Act as the science lead for two new exhibit galleries, from content research to floor testing",
       "Train and coach seasonal staff scientists and volunteers",
       "Represent the centre with media and at outreach events across Northern Ontario",
       "Keep exhibit content accurate and current with input from university partners"]


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Career Center | {O}</title></head>
<body>
<header><nav><a href="#">Career Center Home</a> | <a href="#">Search Jobs</a> | <a href="#">Sign In</a> | <a href="#">English (Canada)</a></nav></header>
<main>
<p><a href="#">&lt; Back to current openings</a></p>
<h1>{T}</h1>
<div class="job-meta">
<div><span class="lbl">Location</span><br><span>Sudbury, ON, CA</span></div>
<div><span class="lbl">Requisition ID</span><br><span>{REF}</span></div>
<div><span class="lbl">Category</span><br><span>Science Programming</span></div>
<div><span class="lbl">Position Type</span><br><span>Full Time, Permanent</span></div>
<div><span class="lbl">Salary Range</span><br><span>$64,850.00 - $79,420.00 / Year</span></div>
<div><span class="lbl">Posted</span><br><span>08/27/2040</span></div>
</div>
<p><button>Apply</button> <button>Share</button></p>
<h2>Job Description</h2>
<p><strong>{O}</strong> is Northern Ontario's most popular tourist attraction and an agency of the Government of Ontario. Our staff scientists are the friendly experts who make science come alive for more than half a million visitors a year.</p>
<p><strong>Position:</strong> {T}<br>
<strong>Department:</strong> Science Programming<br>
<strong>Location:</strong> {L}<br>
<strong>Hours:</strong> {S}<br>
<strong>Salary:</strong> $64,850 – $79,420 per year, plus a comprehensive benefits and pension package<br>
<strong>Closing Date:</strong> September 14, 2040</p>
<p><strong><u>Responsibilities</u></strong></p>
<ul>
{ul(DUT)}
</ul>
<p><strong><u>Qualifications</u></strong></p>
<ul>
{ul(ESS)}
</ul>
<p><strong><u>Assets</u></strong></p>
<ul>
{ul(DES)}
</ul>
<p><strong><u>Core competencies</u></strong></p>
<ul>
{''.join(f'<li><strong>{n}</strong> – {d}</li>' for n, d in COMP)}
</ul>
<p>Staff receive a $500 annual wellness allowance and free admission for their household. The anticipated start date is October 13, 2040; interviews are expected the week of September 28, 2040.</p>
<p>{O} is an equal opportunity employer. Accommodation is available on request at any stage of the recruitment process.</p>
<h3>Similar Jobs</h3>
<ul><li>Exhibit Technician – Sudbury, ON – Posted 08/20/2040</li><li>Guest Services Lead – Sudbury, ON – Posted 08/12/2040</li></ul>
</main>
<footer><p>Powered by ADP Workforce Now · Privacy · Cookie settings</p></footer>
</body></html>
"""
    w(KEY + "-adp.html", html, KEY)

    posting = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: Letter; margin: 2cm 2cm 2.2cm; @bottom-left {{ content: "{O} · Job Posting {REF}"; font-size: 8pt; color:#555 }}
       @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color:#555 }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35 }}
.mast {{ border-bottom: 3px solid #005b96; padding-bottom: 4pt; margin-bottom: 10pt }}
.mast b {{ font-size: 16pt; color: #005b96 }}
.kicker {{ letter-spacing: 3pt; font-size: 9pt; color: #666 }}
.cols {{ }}
.side {{ float: right; width: 32%; margin: 0 0 8pt 12pt; background: #eef4f9; padding: 6pt; font-size: 9pt }}
.side p {{ margin: 0 0 6pt }}
.main {{ }}
h2 {{ font-size: 11pt; color: #005b96; margin: 10pt 0 3pt }}
</style></head><body>
<div class="mast"><b>{O}</b><br><span class="kicker">JOB POSTING</span></div>
<h1 style="font-size:14pt">{T}</h1>
<div class="cols">
<div class="side">
<p><b>Posting number</b><br>{REF}</p>
<p><b>Location</b><br>{L}</p>
<p><b>Status</b><br>Full-time, permanent</p>
<p><b>Hours of work</b><br>{S}</p>
<p><b>Salary</b><br>$64,850 to $79,420 per year</p>
<p><b>Posting closes</b><br>Monday, September 14, 2040</p>
</div>
<div class="main">
<p>{O} is looking for a Senior Staff Scientist to lead science content for our planetarium and two new galleries. You will be on the floor with visitors every week and behind the scenes shaping what they will see next year.</p>
<h2>What you will do</h2>
<ol>
{ul(DUT)}
</ol>
<h2>What you need</h2>
<ul>
{ul(ESS)}
</ul>
<h2>Assets</h2>
<ul>
{ul(DES)}
</ul>
<h2>How we work</h2>
{''.join(f'<p><i>{n}</i> – {d}</p>' for n, d in COMP)}
<h2>To apply</h2>
<p>Submit your application through our Career Center by September 14, 2040. Interviews are expected the week of September 28, 2040. We thank all applicants; only those selected for an interview will be contacted.</p>
</div></div>
</body></html>
"""
    p = src(KEY + "-posting.html", posting)
    weasy(p, KEY + "-posting.weasyprint.pdf", KEY)
    expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": L}, {"en": S}, "2040-09-14",
             sal(64850, 79420, "CAD", "year"), None, None,
             {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})
