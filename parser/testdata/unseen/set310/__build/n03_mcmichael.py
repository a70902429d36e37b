from common import *

KEY = "mcac-2043-027"
REF = "MCAC-2043-027"
T = "Registrar, Loans and Exhibitions"
O = "McMichael Canadian Art Collection"
L = "Kleinburg, Ontario"
S = "35 hours per week, Tuesday to Saturday"
ESS = ["A university degree in art history, museum studies, fine arts or a related discipline",
       "A minimum of four years of registration or collections management experience in a public art museum",
       "Working knowledge of a collections management system such as TMS or Axiell",
       "Demonstrated experience preparing incoming and outgoing loan agreements, condition reports and insurance documentation"]
DES = ["A post-graduate certificate in collections management or conservation",
       "Experience with customs brokers and fine-art shippers for international loans",
       "Knowledge of Indigenous protocols for the care of cultural belongings"]
COMP = [("Attention to detail", "you keep records that another registrar could pick up tomorrow."),
        ("Calm under pressure", "installation weeks do not rattle you."),
        ("Partnership", "you work easily with lenders, curators, preparators and couriers.")]
EXP = en_only(reference=REF, title=T, organisation=O, location=L, schedule=S, deadline="2043-08-11",
              salary=sal(68950, 82740, "CAD", "year"), requirements=(ESS, DES), competencies=COMP)

DUTIES = ["Manage the registration of all incoming and outgoing loans for the exhibition program",
          "Draft and track loan agreements, facility reports and certificates of insurance",
          "Coordinate packing, crating, shipping and courier travel with the exhibitions team",
          "Maintain accurate object records, locations and images in the collections database",
          "Supervise installation and de-installation from a registration perspective"]


def build():
    board = f"""Skip to main content
CharityVillage
Find Jobs   Post a Job   Career Advice   Sign in
Search results › Arts & Culture › {T}

{T}
{O}
Job DetailsLocation{L}Job CategoryArts & CultureEmployment TypeFull-time, PermanentPosted OnJuly 18, 2043Apply ByAugust 11, 2043Salary$68,950.00 - $82,740.00 Yearly

Save job   Share   Report

Organization overview
Nestled in the woods of the Humber River valley, the {O} is an agency of the Government of Ontario devoted to the art of the Group of Seven, their contemporaries, and Indigenous and Inuit artists. We welcome more than 100,000 visitors a year.

Position summary
Reporting to the Head of Collections, the Registrar, Loans and Exhibitions ensures that every work of art that enters or leaves the building is documented, insured and handled according to professional standards.

Key responsibilities
{chr(10).join('- ' + d for d in DUTIES)}

Qualifications
{chr(10).join('- ' + e for e in ESS)}

Assets
{chr(10).join('- ' + e for e in DES)}

What success looks like
{chr(10).join(f'- {n} – {d}' for n, d in COMP)}

Job reference: {REF}
Hours: {S}
Salary range: $68,950 – $82,740 per year, plus a comprehensive benefits package and membership in the Public Service Pension Plan.
Closing date: August 11, 2043 (4:00 p.m.)
Interviews are expected to take place the week of August 25, 2043.

To apply, submit a cover letter and resume quoting {REF} through the link below. Accommodation is available on request under the Accessibility for Ontarians with Disabilities Act.

Apply Now

Similar jobs
Collections Technician · Art Gallery of Hollinmoor · Apply by August 29, 2043
Exhibitions Coordinator · Tessaly Arts Centre · Apply by September 5, 2043

© 2043 CharityVillage · Privacy · Terms
"""
    write(f"{KEY}-charityvillage.txt", board, KEY)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Careers | {O}</title></head>
<body>
<nav><a href="#">Visit</a> | <a href="#">Exhibitions</a> | <a href="#">Collection</a> | <a href="#">Learn</a> | <a href="#">Support</a> | <a href="#">Buy tickets</a></nav>
<div class="banner">Open today 10 a.m. – 5 p.m. · Free parking</div>
<p class="crumbs"><a href="#">Home</a> / <a href="#">About</a> / <a href="#">Careers</a></p>
<main>
<article>
<h1>{T}</h1>
<p class="kicker">Collections Department · Permanent full-time · OPSEU bargaining unit</p>
<p>The {O} in {L}, is looking for a meticulous registrar to manage its busy loan and exhibition program.</p>
<h2>What you will do</h2>
{ul(DUTIES)}
<h2>What you bring</h2>
{ul(ESS)}
<h2>Nice to have</h2>
{ul(DES)}
<h2>How we work</h2>
{''.join(f'<p><strong>{n}</strong> – {d}</p>' for n, d in COMP)}
<h2>Compensation</h2>
<p>The salary range is $68,950 – $82,740 per year. A $500 professional development allowance is available after probation.</p>
<h2>How to apply</h2>
<p>Send your cover letter and resume, quoting {REF}, to careers@mcmichael-gallery.example by <strong>August 11, 2043, 4:00 p.m.</strong> We thank all applicants; only those selected for an interview will be contacted.</p>
</article>
<aside>
<h3>At a glance</h3>
<dl>
<dt>Job ID</dt><dd>{REF}</dd>
<dt>Location</dt><dd>{L}</dd>
<dt>Hours</dt><dd>{S}</dd>
<dt>Posted</dt><dd>July 18, 2043</dd>
<dt>Apply by</dt><dd>August 11, 2043</dd>
</dl>
<h3>Other openings</h3>
<ul><li><a href="#">Visitor Services Associate (seasonal)</a> – until September 1, 2043</li><li><a href="#">Development Officer</a> – until August 30, 2043</li></ul>
</aside>
</main>
<footer><p>An agency of the Government of Ontario</p><p>© 2043 {O}</p></footer>
</body></html>
"""
    write(f"{KEY}-careers.html", html, KEY)
    expected(KEY, EXP)
