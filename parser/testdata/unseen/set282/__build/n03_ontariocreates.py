from common import *
KEY = "oc-2041-06"
REF = "OC-2041-06"
T = "Program Consultant, Interactive Digital Media"
O = "Ontario Creates"
LOC = "Toronto"
SCH = "36.25 hours per week"
ESS = ["Post-secondary degree or diploma in business, media studies or a related discipline, or equivalent experience",
       "At least three years of experience administering funding or investment programs",
       "Sound knowledge of Ontario's video game and interactive digital media industry",
       "Strong analytical skills, including the review of production budgets and financial statements"]
DES = ["Experience with grant management software", "Proficiency in French"]
DUT = ["Advise applicants on program guidelines, eligibility and deadlines",
       "Evaluate applications and prepare funding recommendations for the review committee",
       "Monitor funded projects, review interim and final reports and track recipient results",
       "Represent Ontario Creates at industry events, studio visits and information sessions",
       "Contribute to program evaluation and the annual renewal of guidelines"]
expected(KEY, {"reference": REF, "post_number": None, "languages": ["en"], "title": both(T, None),
 "organisation": both(O, None), "location": both(LOC, None), "schedule": both(SCH, None), "deadline": "2041-04-11",
 "salary": sal(74390, 92990, "CAD", "year"), "grade": None, "clearance": None,
 "requirements": {"en": {"essential": ESS, "desirable": DES}, "fr": None},
 "competencies": {"en": [], "fr": None}})

ABOUT = ("Ontario Creates is an agency of the Ontario Ministry of Tourism, Culture and Gaming. It supports the province's "
 "book and magazine publishing, film and television, music and interactive digital media industries through funding programs, "
 "tax credit administration, marketing and research. The Industry Development Group runs the Interactive Digital Media Fund, "
 "which invests in concept, production and marketing projects of Ontario studios of every size.")
ROLE = ("Reporting to the Manager, Industry Development, the Program Consultant is the first point of contact for studios applying "
 "to the Fund. You will guide applicants from the first call to the final report, assess their projects with care and make "
 "sure public money goes where the guidelines intend.")
FACTS = [("Job ID", REF), ("Department", "Industry Development Group"), ("Reports to", "Manager, Industry Development"),
 ("Status", "Permanent, full-time"), ("Location", LOC + " (hybrid; three days a week at 175 Bloor Street East)"),
 ("Hours", SCH), ("Salary range", "$74,390 – $92,990 per year"), ("Posted", "March 21, 2041"),
 ("Closing date", "April 11, 2041, 5:00 p.m. EDT")]

html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} | Careers | Ontario Creates</title>
<style>body{{font-family:Arial,sans-serif;max-width:60em;margin:auto}} .facts th{{text-align:left;padding-right:2em}}
.top a{{margin-right:1em}} aside{{border-top:2px solid #000;margin-top:2em}}</style></head><body>
<div class="top"><a href="#">Skip to main content</a><a href="#">Français</a><a href="#">Contact</a></div>
<header><strong>ONTARIO CREATES</strong> <nav><a href="#">Funding &amp; Support</a> | <a href="#">Industry Sectors</a> | <a href="#">Research</a> | <a href="#">About</a> | <a href="#">Careers</a></nav></header>
<main>
<p><a href="#">About</a> / <a href="#">Careers</a> / {T}</p>
<h1>{T}</h1>
<table class="facts">
{''.join('<tr><th>%s</th><td>%s</td></tr>' % f for f in FACTS)}
</table>
<h2>About Ontario Creates</h2><p>{ABOUT}</p>
<h2>The role</h2><p>{ROLE}</p>
<h2>What you'll do</h2>
{ul(DUT)}
<h2>What you bring</h2>
{ul(ESS)}
<h2>Assets</h2>
{ul(DES)}
<h2>How to apply</h2>
<p>Please send your cover letter and résumé as one PDF file, quoting Job ID {REF}, through our careers portal by April 11, 2041, 5:00 p.m. EDT. Interviews are expected to take place the week of April 28, 2041. We thank all applicants; only those selected for an interview will be contacted.</p>
<p>Ontario Creates is committed to an inclusive and barrier-free workplace. Accommodation is available on request at every stage of the recruitment process, in accordance with the Ontario Human Rights Code and the Accessibility for Ontarians with Disabilities Act.</p>
</main>
<aside><h3>Other opportunities</h3><ul><li>Research Analyst (contract, 12 months) – closing April 4, 2041</li><li>Tax Credit Analyst – closing April 25, 2041</li></ul></aside>
<footer><p>© King's Printer for Ontario, 2041 · Privacy · Accessibility · Terms of use</p></footer>
</body></html>
"""
write(KEY + "-careers.html", html, KEY, "html")

pdfhtml = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>@page{{size:Letter;margin:2cm 2.2cm;@bottom-left{{content:"Ontario Creates – Job Posting {REF}";font-size:8pt}}
@bottom-right{{content:"Page " counter(page) " of " counter(pages);font-size:8pt}}}}
body{{font-family:"DejaVu Sans",sans-serif;font-size:10pt}} .lh{{border-bottom:3px solid #c8102e;padding-bottom:4pt;font-weight:bold;font-size:14pt}}
.k{{letter-spacing:3pt;font-size:9pt;color:#555}} p.f{{margin:2pt 0}} h2{{font-size:11pt;border-bottom:1px solid #999}}</style></head><body>
<div class="lh">ONTARIO CREATES</div>
<p class="k">JOB POSTING</p>
<h1 style="font-size:15pt">{T}</h1>
{''.join('<p class="f"><b>%s:</b> %s</p>' % f for f in FACTS if f[0] != 'Posted')}
<h2>About us</h2><p>{ABOUT}</p>
<h2>The role</h2><p>{ROLE}</p>
<h2>Key responsibilities</h2>
{ul(DUT, 'ol')}
<h2>Qualifications</h2>
{ul(ESS)}
<p><i>Assets:</i></p>
{ul(DES)}
<h2>Application</h2>
<p>Submit a cover letter and résumé, quoting {REF}, by the closing date above. Interviews: week of April 28, 2041. Accommodation is available on request.</p>
</body></html>
"""
src(KEY + "-posting.html", pdfhtml)
weasy(KEY + "-posting.html", KEY + "-posting.weasyprint.pdf", KEY)
