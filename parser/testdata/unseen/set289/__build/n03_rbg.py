from common import *

KEY = "rbg-2041-23"
REF = "RBG-2041-23"
T = "Living Collections Records Coordinator"
O = "Royal Botanical Gardens"
LOC = "Burlington, Ontario"
SCH = "35 hours per week (Tuesday to Saturday)"
ESS = ["Diploma or degree in horticulture, botany, plant science or a related field",
       "Three years of experience maintaining plant records or a collections database",
       "Working knowledge of botanical nomenclature and plant labelling standards",
       "Valid Ontario Class G driver's licence"]
DES = ["Experience with BG-Base, IrisBG or a similar collections management system",
       "Familiarity with GIS mapping of garden accessions"]
COMP = [("Accuracy", "you catch an inconsistent label before it reaches the database."),
        ("Collaboration", "you work easily with curators, gardeners and volunteers."),
        ("Initiative", "you propose improvements to record-keeping procedures.")]
DUTIES = ["Accession new plants and update records for deaths, moves and propagation",
          "Run the annual inventory of the Rock Garden, Arboretum and Hendrie Park collections",
          "Order and install engraved plant labels",
          "Answer data requests from researchers and partner gardens",
          "Train seasonal staff and volunteers on recording procedures"]

def li(xs):
    return "".join(f"<li>{x}</li>" for x in xs)

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Careers | {O}</title>
<style>
body {{ font-family: Georgia, serif; margin: 0; }}
.top {{ background: #2f5d2f; color: #fff; padding: 6px 20px; }}
.wrap {{ display: flex; gap: 30px; padding: 10px 20px; }}
aside {{ flex: 0 0 30%; background: #f1f5ee; padding: 10px; }}
aside dt {{ font-weight: bold; font-size: 9pt; text-transform: uppercase; margin-top: 6px; }}
aside dd {{ margin: 0; }}
</style></head>
<body>
<div class="top">Visit · Gardens · Nature Sanctuaries · Events · Membership · Donate &nbsp;&nbsp; <a href="#">Buy tickets</a></div>
<p>Home / About RBG / Careers / Current opportunities</p>
<p>Open today 10 a.m. – 5 p.m. · Hendrie Park closed for winter preparation</p>
<div class="wrap">
<main>
<h1>{T}</h1>
<p>Horticulture and Living Collections · Permanent full-time · Union position (OPSEU Local 256)</p>
<h2>About the role</h2>
<p>{O} is Canada's largest botanical garden, with more than 1,100 hectares of gardens and nature sanctuaries and a living collection of some 50,000 plants. The Living Collections team keeps the record of every one of them. Reporting to the Curator of Living Collections, you will keep our plant records accurate, complete and useful to staff, researchers and visitors.</p>
<h2>What you will do</h2>
<ul>{li(DUTIES)}</ul>
<h2>What you bring</h2>
<ul>{li(ESS)}</ul>
<h2>Nice to have</h2>
<ul>{li(DES)}</ul>
<h2>How we work</h2>
<ul>{''.join(f'<li><strong>{n}</strong> – {d}</li>' for n, d in COMP)}</ul>
<h2>Compensation and hours</h2>
<p>The hourly rate for this position is <b>$29.62 – $34.38 per hour</b>, with a comprehensive benefits package and membership in a defined-benefit pension plan. Hours: {SCH}; some weekend work in peak season.</p>
<h2>How to apply</h2>
<p>Submit your cover letter and résumé through our careers portal by <b>November 7, 2041, 4:30 p.m.</b> Interviews are expected to take place the week of November 17, 2041.</p>
<p>RBG is an equal opportunity employer. Accommodation is available on request at every stage of the recruitment process, in accordance with the Accessibility for Ontarians with Disabilities Act.</p>
</main>
<aside>
<dl>
<dt>Job ID</dt><dd>{REF}</dd>
<dt>Department</dt><dd>Horticulture and Living Collections</dd>
<dt>Location</dt><dd>{LOC}</dd>
<dt>Employment type</dt><dd>Permanent, full-time</dd>
<dt>Hours</dt><dd>{SCH}</dd>
<dt>Pay</dt><dd>$29.62 – $34.38 per hour</dd>
<dt>Posted</dt><dd>October 24, 2041</dd>
<dt>Apply by</dt><dd>November 7, 2041</dd>
</dl>
<p><b>Other openings</b><br>Seasonal Gardener, Arboretum — apply by October 31, 2041<br>Visitor Services Associate — apply by December 5, 2041</p>
</aside>
</div>
<footer><p>Burlington &amp; Hamilton · A registered charity and an agency of the Province of Ontario · Privacy · Accessibility</p></footer>
</body></html>
"""

w_html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job Posting {REF}</title>
<style>
@page {{ size: Letter; margin: 2cm 2cm 2.2cm 2cm;
  @bottom-left {{ content: "Royal Botanical Gardens · Job Posting {REF}"; font-size: 8pt; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10pt; hyphens: manual; }}
.mast {{ border-bottom: 2px solid #2f5d2f; font-size: 14pt; font-weight: bold; }}
.kick {{ letter-spacing: 4px; color: #2f5d2f; }}
table td {{ padding: 2px 8px 2px 0; vertical-align: top; }}
</style></head><body>
<p class="mast">{O}</p>
<p class="kick">JOB POSTING</p>
<h1>{T}</h1>
<table>
<tr><td><b>Posting no.</b></td><td>{REF}</td></tr>
<tr><td><b>Location</b></td><td>{LOC}</td></tr>
<tr><td><b>Status</b></td><td>Permanent, full-time (bargaining unit)</td></tr>
<tr><td><b>Hours of work</b></td><td>{SCH}</td></tr>
<tr><td><b>Wage</b></td><td>$29.62 – $34.38 per hour</td></tr>
<tr><td><b>Closing</b></td><td>November 7, 2041 at 4:30 p.m.</td></tr>
</table>
<h2>Position summary</h2>
<p>The coordinator maintains the records of RBG's living collections, from accession to deaccession, and makes them available to staff, researchers and the public.</p>
<h2>Key responsibilities</h2>
<ol>{li(DUTIES)}</ol>
<h2>Qualifications</h2>
<ul>{li(ESS)}</ul>
<p><i>Assets:</i></p>
<ul>{li(DES)}</ul>
<h2>Competencies</h2>
{''.join(f'<p><b>{n}</b> – {d}</p>' for n, d in COMP)}
<p>Please apply online by the closing date. Only candidates selected for an interview will be contacted.</p>
</body></html>
"""

def build():
    write(KEY + "-careers.html", html, KEY)
    weasyprint("rbg-posting.html", w_html, KEY + "-posting.weasyprint.pdf", KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": T}, organisation={"en": O},
             location={"en": LOC}, schedule={"en": SCH}, deadline="2041-11-07",
             salary=(29.62, 34.38, "CAD", "hour"),
             requirements={"en": (ESS, DES)}, competencies={"en": COMP})
