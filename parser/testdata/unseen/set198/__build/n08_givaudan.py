from common import *
KEY = "48215"; REF = "48215"
T = "Flavour Application Technologist, Savoury (m/f/d)"
ORG = "Givaudan"; LOC = "Vernier (Geneva)"; SCH = "100%"
ESS = ["Federal VET diploma (CFC) as a cook or food technologist, or a bachelor's degree in food science",
 "At least three years of experience in a food development kitchen, pilot plant or food manufacturing environment",
 "Good understanding of savoury bases such as soups, sauces, seasonings and snacks",
 "Fluent English; French at conversational level",
 "Rigour in documenting trials in a laboratory information system"]
DES = ["Experience with spray-drying or extrusion equipment",
 "Knowledge of plant-based protein applications",
 "Sensory panel experience"]
DUT = ["Prepare savoury applications to demonstrate our flavours to customers in Europe, Africa and the Middle East",
 "Run benchmark and stability trials and report the results to flavourists and account managers",
 "Support customer visits and tasting sessions at the Vernier creative centre",
 "Keep the application kitchen and its equipment compliant with hygiene and safety standards"]
ul = lambda xs: "<ul>" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ul>"
page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(T)} | Givaudan Careers</title>
<style>body{{font-family:Arial,sans-serif;max-width:920px;margin:auto}} .jobfacts span{{display:block}} .lbl{{font-weight:bold}}</style></head><body>
<div class="consent">We use cookies to give you the best experience. <button>Accept all</button> <button>Reject</button> <a href="#">Settings</a></div>
<header><a href="#">Givaudan Careers</a> <a href="#">Search jobs</a> <a href="#">Life at Givaudan</a> <a href="#">Join our talent community</a></header>
<p><a href="#">Careers</a> / <a href="#">Taste &amp; Wellbeing</a> / {e(T)}</p>
<h1>{e(T)}</h1>
<p><a href="#">Apply now »</a></p>
<p>Date: 24 Mar 2034</p>
<div class="jobfacts">
<span><span class="lbl">Location:</span> {e(LOC)}, CH</span>
<span><span class="lbl">Company:</span> {ORG}</span>
<span><span class="lbl">Job Requisition ID:</span> {REF}</span>
<span><span class="lbl">Function:</span> Taste &amp; Wellbeing – Application</span>
<span><span class="lbl">Workload:</span> {SCH}</span>
<span><span class="lbl">Contract:</span> Permanent</span>
</div>
<p>Join us and celebrate the beauty of human experience. At Givaudan, flavour creation starts in our kitchens: our Vernier site hosts application teams who turn new flavours into real food that customers can taste.</p>
<h2>Your future job</h2>
<p>Reporting to the Savoury Application Manager, you will:</p>
{ul(DUT)}
<h2>You?</h2>
<p>Your profile:</p>{ul(ESS)}
<p>Nice to have:</p>{ul(DES)}
<h2>Our benefits</h2>
<p>A hybrid-friendly team, an on-site restaurant, a pension plan above the legal minimum and 27 days of holidays.</p>
<p>Please submit your application by 23 April 2034. Interviews will take place in early May 2034.</p>
<p>Givaudan is an equal opportunity employer.</p>
<h3>Similar jobs</h3><ul><li>Flavourist Trainee – Vernier – 2 Apr 2034</li><li>Sensory Analyst – Kemptthal – 19 Mar 2034</li></ul>
</body></html>
"""
out(KEY + "-givaudan.html", page)
board = f"""jobs.ch
Find jobs   Companies   Salary   Career advice   Log in
< Back to search results

Givaudan Schweiz AG
{T}
Vernier
4 days ago

Publication date:24 March 2034Workload:100%Contract type:Unlimited employmentPlace of work:Vernier
Quick apply

Salary estimate
CHF 72 000 - 88 000 / year
Estimated by jobs.ch

About the job
Date: 24 Mar 2034  Location: {LOC}, CH  Company: {ORG}  Job Requisition ID: {REF}  Function: Taste & Wellbeing – Application  Workload: {SCH}  Contract: Permanent
Join us and celebrate the beauty of human experience. Our Vernier site hosts application teams who turn new flavours into real food.
Your future job Reporting to the Savoury Application Manager, you will: {'; '.join(DUT)}.
You?
Your profile:
{chr(10).join('- ' + x for x in ESS)}
Nice to have:
{chr(10).join('- ' + x for x in DES)}
Our benefits: an on-site restaurant, a pension plan above the legal minimum and 27 days of holidays.
Please submit your application by 23 April 2034.

Workplace
Chemin de la Parfumerie 5, 1214 Vernier

Job ID 6f1c2a80-44d2-4c1e-9b5e-0a7f3d21c9e4

Similar jobs
Food Technologist 80-100% · Nestlé Research · Lausanne · 1 week ago
Laboratory Technician Flavours · Firmenich SA · Satigny · Salary estimate CHF 70 000 - 85 000 / year
"""
out(KEY + "-jobsch.txt", board)
expected(KEY, dict(reference=REF, post_number=None, languages=["en"], title=bi(T, None), organisation=bi(ORG, None),
  location=bi(LOC, None), schedule=bi(SCH, None), deadline="2034-04-23", salary=None, grade=None, clearance=None,
  requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None}, competencies={"en": [], "fr": None}))
