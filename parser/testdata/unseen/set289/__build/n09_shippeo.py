from common import *

KEY = "shippeo-senior-solutions-architect-carrier-integrations"
T = "Senior Solutions Architect, Carrier Integrations"
O = "Shippeo"
LOC = "Paris"
ESS = ["5+ years in a solutions engineering, integration or technical consulting role",
       "Hands-on experience with REST APIs, EDI flows and webhooks",
       "Ability to lead technical workshops with customers' IT teams",
       "Fluent English, written and spoken"]
DES = ["Experience with transport management systems (TMS) or supply chain visibility platforms",
       "German, Spanish or Italian"]
COMP = [("Customer obsession", "you start from the shipper's problem, not from the tool."),
        ("Clarity", "you explain an integration to a CFO without jargon.")]
DO = ["Design the integration architecture for our largest shipper and carrier accounts",
      "Run discovery and technical workshops during pre-sales and onboarding",
      "Write integration specifications and review mappings with our delivery team",
      "Feed product with recurring integration patterns and gaps"]

txt = f"""LinkedIn
Home   My Network   Jobs   Messaging   Notifications   Me

{T}
{O} · {LOC}, Île-de-France, France · Reposted 1 week ago · Over 100 applicants
Hybrid  Full-time  Mid-Senior level
€63.5K/yr - €75.8K/yr
201-500 employees · Software Development
Skills: REST APIs, Solution Architecture, +8 more

Easy Apply   Save

About the job
{O} is the leading real-time transportation visibility platform in Europe. Shippers and logistics providers use our network of connected carriers to predict arrival times and act before a delay becomes a problem.

As {T}, you will join the Solutions team and report to the VP Solutions.

What you'll do
• {(chr(10) + '• ').join(DO)}

What you'll bring
• {(chr(10) + '• ').join(ESS)}

Bonus points
• {(chr(10) + '• ').join(DES)}

How we work
• {(chr(10) + '• ').join(f'{n} – {d}' for n, d in COMP)}

Compensation: €63,500 – €75,800 gross per year, plus variable and equity.
Location: {LOC} (hybrid, 3 days a week in our Paris office)
Applications close on November 30, 2041. First interviews start the week of November 10, 2041.
…see less

About the company
{O}
12,384 followers
Software Development · 201-500 employees · 340 on LinkedIn

More jobs
Integration Engineer · Paris · 2 weeks ago
Customer Success Manager, DACH · Remote · 5 days ago
"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job Application for {T} at {O}</title></head>
<body>
<div id="header"><p><img alt="{O} logo" src="logo.png"></p>
<h1 class="app-title">{T}</h1>
<div class="company-name">at {O}</div>
<div class="location">{LOC}</div></div>
<div id="content">
<p>{O} helps shippers and logistics service providers see where every load is, in real time, across more than 1,000 connected carriers. We are about 400 people in Paris, Lyon, Madrid and Frankfurt.</p>
<p><strong>The role</strong></p>
<p>You will be the technical reference of our enterprise deals, from the first workshop to a go-live that works.</p>
<p><strong>Responsibilities</strong></p>
<ul>{''.join(f'<li>{d}</li>' for d in DO)}</ul>
<p><strong>Requirements</strong></p>
<ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul>
<p><strong>Nice to have</strong></p>
<ul>{''.join(f'<li>{d}</li>' for d in DES)}</ul>
<p><strong>Our values in practice</strong></p>
<dl>{''.join(f'<dt>{n}</dt><dd>{d}</dd>' for n, d in COMP)}</dl>
<p><strong>Package</strong></p>
<p>The base salary range for this role is €63,500 – €75,800 per year. It comes with a variable component, stock options, Swile meal card, and a 50% Navigo pass refund.</p>
<p><strong>Process</strong></p>
<p>Recruiter call → hiring manager interview → case study with the Solutions team → meet the founders. We review applications until November 30, 2041.</p>
</div>
<div id="application"><p>Apply for this job</p><p>First Name * &nbsp; Last Name * &nbsp; Email * &nbsp; Resume/CV *</p><p>Submit application</p></div>
<p>Powered by Greenhouse · Read our Privacy Policy</p>
</body></html>
"""

def build():
    write(KEY + "-linkedin.txt", txt, KEY)
    write(KEY + "-greenhouse.html", html, KEY)
    expected(KEY, reference="", languages=["en"], title={"en": T}, organisation={"en": O},
             location={"en": LOC}, schedule={}, deadline="2041-11-30",
             salary=(63500, 75800, "EUR", "year"),
             requirements={"en": (ESS, DES)}, competencies={"en": COMP})
