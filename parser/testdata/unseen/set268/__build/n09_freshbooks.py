from common import *
KEY = "freshbooks-senior-product-designer-payments"
T = "Senior Product Designer, Payments"
ORG = "FreshBooks"
LOC = "Toronto"
ESS = ["5+ years of experience designing web or mobile products, including at least two years on a B2B or fintech product",
       "A portfolio that shows end-to-end work, from research and problem framing to shipped interfaces",
       "Fluency in Figma and experience contributing to a design system",
       "Comfort presenting design rationale to product, engineering and executive partners"]
DES = ["Experience designing payment, invoicing or checkout flows",
       "Knowledge of WCAG 2.2 accessibility guidelines"]
DUTIES = ["Lead design for the Payments squad, from discovery through launch and iteration",
          "Turn research insights into clear flows, prototypes and high-fidelity designs",
          "Partner with Product Managers and Engineers to define scope and success metrics",
          "Contribute components and patterns to our design system",
          "Mentor intermediate designers through critiques and pairing sessions"]
ABOUT = ("FreshBooks builds accounting software for small businesses and their accountants. Our Payments team helps "
         "owners get paid faster: online card and bank payments, payment reminders and instant payouts. We are "
         "looking for a senior designer who cares about clarity when money is on the line.")
PAY = ("The base salary range for this role in Toronto is $121,500 – $142,800 CAD per year. Your final offer depends "
       "on skills and experience; it also includes an annual bonus target, equity and benefits.")

def build():
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Job Application for {T} at {ORG}</title></head>
<body>
<div id="app_body">
<div id="header"><img alt="{ORG} logo" src="logo.png">
<h1 class="app-title">{T}</h1>
<span class="company-name">at {ORG}</span>
<div class="location">{LOC}, Ontario, Canada (Hybrid)</div></div>
<div id="content">
<p><strong>Who we are</strong></p>
<p>{ABOUT}</p>
<p><strong>What you'll do</strong></p>
<ul>{li(DUTIES)}</ul>
<p><strong>What you bring</strong></p>
<ul>{li(ESS)}</ul>
<p><strong>Bonus points</strong></p>
<ul>{li(DES)}</ul>
<p><strong>Compensation</strong></p>
<p>{PAY}</p>
<p><strong>Why join us?</strong></p>
<p>Hybrid work with two anchor days a week at our Toronto office, a $1,000 annual wellness allowance, parental leave top-up and three paid volunteer days. Applications for this posting close on February 26, 2040; we expect to hold panel interviews in the week of March 12, 2040.</p>
<p>FreshBooks is an equal opportunity employer. Accommodation is available on request throughout the hiring process.</p>
</div>
<div id="application"><h2>Apply for this Job</h2><p>* Required</p>
<label>First Name *</label><input><label>Last Name *</label><input><label>Email *</label><input>
<label>Resume/CV *</label><button>Attach</button> <button>Dropbox</button> <button>Google Drive</button> <button>Enter manually</button>
<label>Portfolio URL *</label><input>
<label>Are you legally eligible to work in Canada? *</label><select><option>--</option><option>Yes</option><option>No</option></select>
<button>Submit Application</button></div>
</div>
<footer>Powered by Greenhouse · Read our Privacy Policy</footer>
</body></html>
"""
    write(KEY + "-greenhouse.html", html, KEY)
    txt = f"""in  Search   Home  My Network  Jobs  Messaging  Notifications  Me  For Business

{ORG}
{T}
{LOC}, Ontario, Canada · Reposted 4 days ago · Over 100 applicants
Promoted by hirer · Responses managed off LinkedIn

CA$121.5K/yr - CA$142.8K/yr  Hybrid  Full-time  Mid-Senior level
Skills: Figma, User Experience Design (UED), +8 more

Apply   Save

Meet the hiring team
Dana R. · Talent Partner, Design · Job poster

About the job
Who we are
{ABOUT}

What you'll do
""" + "\n".join("• " + d for d in DUTIES) + """

What you bring
""" + "\n".join("• " + e for e in ESS) + """

Bonus points
""" + "\n".join("• " + d for d in DES) + f"""

Compensation
{PAY}

Applications for this posting close on February 26, 2040.

…see less

About the company
{ORG}
Software Development · 501-1,000 employees · 412 on LinkedIn
Follow

More jobs
Product Designer II · Wave · Toronto, ON (Hybrid) · CA$95K/yr - CA$110K/yr
Staff Product Designer · Ada · Toronto, ON (Remote) · 1 week ago
"""
    write(KEY + "-linkedin.txt", txt, KEY)
    expected(KEY, dict(reference="", languages=["en"], title={"en": T, "fr": None}, organisation={"en": ORG, "fr": None},
        location={"en": LOC, "fr": None}, schedule={"en": None, "fr": None}, deadline="2040-02-26",
        salary=sal(121500, 142800, "CAD", "year"), grade=None, clearance=None,
        requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
        competencies={"en": [], "fr": None}))
