from common import *
REF = "60417"; KEY = REF
T = "Regulatory Affairs Specialist – Digital Solutions"; O = "Institut Straumann AG"; LOC = "Basel"; SCH = "80-100%"
ESS = ["Master's degree in life sciences, biomedical engineering, computer science or a related discipline",
       "At least three years of experience in regulatory affairs for medical devices, ideally software as a medical device",
       "Sound knowledge of the EU MDR, IEC 62304 and ISO 14971",
       "Fluent English, written and spoken"]
DES = ["Experience with FDA 510(k) submissions",
       "Working knowledge of German"]
li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} – Straumann Group Careers</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0 48px}} .meta span{{display:inline-block;margin-right:22px}} .meta b{{display:block;font-size:11px;text-transform:uppercase;color:#666}}</style></head>
<body>
<header>Straumann Group · Careers — <a href="#">Search jobs</a> · <a href="#">Life at Straumann</a> · <a href="#">Students</a> · Language: English ▾</header>
<p><a href="#">Back to search results</a></p>
<h1>{T}</h1>
<div class="meta">
<span><b>Job Requisition ID</b>{REF}</span>
<span><b>Legal entity</b>{O}</span>
<span><b>Location</b>{LOC}</span>
<span><b>Workload</b>{SCH}</span>
<span><b>Job type</b>Permanent</span>
<span><b>Date posted</b>Sep 21, 2037</span>
</div>
<p><button>Apply now</button></p>
<p>The Straumann Group is a global leader in tooth replacement and orthodontic solutions. Our Digital Solutions business builds the planning software, intraoral scanning workflows and cloud services that dental professionals use every day, and several of these products are regulated as medical devices.</p>
<h2>Your role</h2>
<p>As {T}, you will make sure that our software products reach the market on time and stay compliant throughout their life cycle. You will:</p>
<ul><li>prepare and maintain technical documentation for software medical devices under the EU MDR;</li>
<li>assess changes to released software for their regulatory impact;</li>
<li>support submissions in Switzerland, the EU and selected international markets;</li>
<li>work with development teams in Basel and Berlin on cybersecurity and usability files;</li>
<li>answer questions from notified bodies and authorities.</li></ul>
<h2>What you bring</h2>
<ul>
{li(ESS)}
</ul>
<h2>Nice to have</h2>
<ul>
{li(DES)}
</ul>
<h2>What we offer</h2>
<p>Flexible working hours, up to two days of remote work per week, a CHF 1,200 yearly training budget, a staff restaurant and a bicycle leasing plan.</p>
<p>Please apply by 27 October 2037 with your CV and a short motivation letter. First interviews are planned for the week of 2 November 2037.</p>
<h3>Similar jobs</h3>
<ul><li>Quality Engineer Software – Basel – posted Sep 30, 2037</li><li>Clinical Affairs Manager – Basel – posted Oct 3, 2037</li></ul>
<footer>© 2037 Institut Straumann AG · Peter Merian-Weg 12 · 4002 Basel · Privacy · Cookie settings</footer>
</body></html>
"""
w(KEY + "-straumann.html", html, KEY)

md = f"""
[jobs.ch](https://www.jobs.ch/en/) · [Find jobs](#) · [Companies](#) · [Salary](#) · [Log in](#)

< Back · Job 12 of 84

# {T}

**Institut Straumann AG** · ★ 4.2 (61 reviews)

Publication date:21 September 2037Workload:80 – 100%Contract type:Unlimited employmentPlace of work:Basel

**Salary estimate from jobs.ch** CHF 104 000 - 126 000 / year

[Quick apply](#)

---

**Job Requisition ID:** {REF} · **Location:** {LOC} · **Workload:** {SCH}

The Straumann Group is a global leader in tooth replacement and orthodontic solutions. Our Digital Solutions business builds planning software and cloud services for dental professionals.

**Your role**

Prepare and maintain technical documentation for software medical devices under the EU MDR; assess changes to released software; support submissions in Switzerland, the EU and international markets; work with development teams on cybersecurity and usability files.

**What you bring**

{ESS[0]}\\
{ESS[1]}\\
{ESS[2]}\\
{ESS[3]}

**Nice to have**

{DES[0]}\\
{DES[1]}

**What we offer**

Flexible working hours, remote work, a CHF 1,200 training budget.

Please apply by 27 October 2037.

**Place of work**

Peter Merian-Weg 12, 4002 Basel

---

### Similar jobs

- Regulatory Affairs Manager – Allschwil – Salary estimate CHF 115 000 - 140 000 / year
- Medical Device Software Engineer – Basel

Job ID: 4f1c2a9e-7b3d-4e8a-9c61-0a2b7d5e8f13
"""
w(KEY + "-jobsch.md", md, KEY)

expected(KEY, reference=REF, languages=["en"], title=T, organisation=O, location=LOC, schedule=SCH,
         deadline="2037-10-27", salary=None,
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})
