from common import *
KEY = "jr102947"
REF = "JR102947"
T = "Senior Bioinformatics Scientist – Oncology Panels"
O = "SOPHiA GENETICS"
LOC = "Rolle"
SCH = "100%"
ESS = ["PhD in bioinformatics, computational biology or a related field",
       "At least four years of experience analysing next-generation sequencing data in a clinical or research setting",
       "Strong programming skills in Python and experience with workflow managers such as Nextflow",
       "Fluent English, written and spoken"]
DES = ["Experience with IVDR or FDA documentation for software as a medical device",
       "Knowledge of copy-number and fusion calling from hybrid-capture panels"]
DUT = ["Design and benchmark variant-calling pipelines for our solid-tumour and liquid-biopsy panels",
       "Build reference datasets with partner hospitals and track analytical performance release after release",
       "Work with software engineers to move prototypes into the production platform",
       "Write the technical sections of verification reports for regulatory submissions",
       "Mentor two junior scientists in the Oncology Applications team"]
expected(KEY, {"reference": REF, "post_number": None, "languages": ["en"], "title": both(T, None),
 "organisation": both(O, None), "location": both(LOC, None), "schedule": both(SCH, None), "deadline": "2041-04-27",
 "salary": None, "grade": None, "clearance": None,
 "requirements": {"en": {"essential": ESS, "desirable": DES}, "fr": None},
 "competencies": {"en": [], "fr": None}})
ABOUT = ("SOPHiA GENETICS builds a cloud platform that helps hospitals and laboratories turn genomic and clinical data into "
         "actionable insight. Our Oncology Applications team, based at our headquarters on the shore of Lake Geneva, "
         "develops the analytical methods behind the panels used by more than 800 institutions.")
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T}</title>
<style>body{{font-family:Arial,sans-serif}} dl dt{{font-size:8pt;text-transform:uppercase;color:#777}} dl dd{{margin:0 0 .5em 0}} .apply{{background:#0875e1;color:#fff;padding:.3em 1em}}</style></head><body>
<header><b>SOPHiA GENETICS</b> Careers &nbsp; <a href="#">Sign In</a> &nbsp; <a href="#">English</a></header>
<main>
<h2>{T}</h2>
<p><a class="apply" href="#">Apply</a></p>
<dl>
<dt>locations</dt><dd>{LOC}, Switzerland</dd>
<dt>time type</dt><dd>Full time</dd>
<dt>posted on</dt><dd>Posted 6 Days Ago</dd>
<dt>time left to apply</dt><dd>End Date: April 27, 2041 (20 days left to apply)</dd>
<dt>job requisition id</dt><dd>{REF}</dd>
</dl>
<p><b>About us</b></p>
<p>{ABOUT}</p>
<p><b>Workload:</b> {SCH}<br><b>Contract:</b> Permanent<br><b>Start date:</b> July 2041 or by agreement</p>
<p><b>Your mission</b></p>
{ul(DUT)}
<p><b>What you bring</b></p>
{ul(ESS)}
<p><b>Nice to have</b></p>
{ul(DES)}
<p><b>What we offer</b></p>
<p>A hybrid model with up to two days of remote work a week, a yearly learning budget of CHF 2,000, a subsidised canteen and a shuttle from Rolle station.</p>
<p>Applications close on 27 April 2041. Technical interviews are planned for the week of 11 May 2041. Only applications submitted through this portal will be considered.</p>
</main>
<footer><p>Similar Jobs: Staff Data Engineer (Boston) · Clinical Application Specialist (Rolle) · Posted 30+ Days Ago</p>
<p>© 2041 Workday, Inc. All rights reserved.</p></footer>
</body></html>
"""
write(KEY + "-workday.html", html, KEY, "html")
txt = f"""Skip to main content    LinkedIn    Search    Home  My Network  Jobs  Messaging  Notifications  Me ▾

{O}
{T}
{LOC}, Vaud, Switzerland · 6 days ago · 64 applicants
On-site    Full-time    Mid-Senior level
Software Development · Headquartered in Rolle

Easy Apply     Save

Skills: Bioinformatics, Python, Next-Generation Sequencing (NGS), +6 more
Am I a good fit for this job?

About the job
{ABOUT}

Reference: {REF}
Location: {LOC} (on-site, hybrid possible)
Workload: {SCH}

Your mission
• {(chr(10) + '• ').join(DUT)}

What you bring
• {(chr(10) + '• ').join(ESS)}

Nice to have
• {(chr(10) + '• ').join(DES)}

Applications close on 27 April 2041; technical interviews will take place the week of 11 May 2041.
…see less

About the company
{O}
Software Development · 501-1,000 employees · 312 on LinkedIn
Follow

More jobs
Clinical Bioinformatician · Lausanne, Vaud · 2 weeks ago
Data Scientist, Genomics · Geneva · Promoted
"""
write(KEY + "-linkedin.txt", txt, KEY, "txt")
