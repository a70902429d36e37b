"""Firmenich (Satigny, Geneva): Workday-style job page (HTML) and its browser copy. English only."""
from common import *

KEY = "r41187"
REF = "R41187"
TITLE = "Senior Flavorist, Savory"
ORG = "Firmenich SA"
LOC = "Satigny, Switzerland"
SCHED = "Full time"

ESS = [
    "Degree in chemistry, food science or a related field, completed by an internal flavorist training programme or an equivalent school",
    "At least 8 years of experience as a flavorist, including 4 years in savory applications",
    "Strong knowledge of reaction flavors, natural extracts and the regulatory requirements for flavorings in the EU and the Middle East",
    "Proven record of winning briefs with multinational and regional customers",
    "Fluent English, written and spoken",
]
DES = [
    "Working knowledge of French or Arabic",
    "Experience with plant-based meat and dairy alternatives",
    "Experience mentoring junior flavorists",
]
DO = [
    "Create savory flavors (meat, seafood, vegetable, cheese and culinary notes) for soups, snacks, sauces and plant-based products",
    "Lead the creative answer to strategic customer briefs for Europe, Middle East and Africa",
    "Work with application scientists and sensory teams to translate consumer insights into winning formulas",
    "Optimise existing formulas for cost, raw material availability and clean-label claims",
    "Coach junior flavorists and take part in the internal flavorist school",
]
ABOUT = ("Firmenich is a family-owned company and a leading creator of fragrances and tastes. From our campus in "
         "Satigny, near Geneva, our Taste & Beyond teams develop flavors enjoyed by millions of consumers every day. "
         "We are looking for a Senior Flavorist to strengthen our savory creation team.")
OFFER = ("A role at the heart of our creative centre, a hybrid working policy of up to two days a week from home, "
         "a competitive salary and bonus, pension fund contributions above the legal minimum, and a generous "
         "parental leave policy.")
CLOSE = ("Applications close: December 22, 2033. Interviews with the creation leadership team are planned "
         "for January 2034. Firmenich is an equal opportunity employer.")


def build():
    li = lambda xs: "".join(f"<li>{esc(x)}</li>" for x in xs)
    page = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{esc(TITLE)} - Careers at Firmenich</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0}} .hdr{{padding:12px 24px;border-bottom:1px solid #ddd}}
.job{{max-width:900px;margin:20px auto}} .meta dt{{font-size:12px;color:#666;text-transform:lowercase}} .meta dd{{margin:0 0 8px 0}}
button{{background:#0875e1;color:#fff;border:0;padding:8px 20px;border-radius:16px}}</style></head>
<body>
<div class="hdr"><span>Firmenich</span> <a href="#">Search for Jobs</a> <a href="#">Sign In</a> <a href="#">English</a></div>
<div class="job">
<div data-automation-id="jobPostingHeader"><h2>{esc(TITLE)}</h2></div>
<div><button>Apply</button> <a href="#">Save</a></div>
<dl class="meta">
<dt>locations</dt><dd>{esc(LOC)}</dd>
<dt>time type</dt><dd>{esc(SCHED)}</dd>
<dt>posted on</dt><dd>Posted 5 Days Ago</dd>
<dt>job requisition id</dt><dd>{REF}</dd>
</dl>
<div data-automation-id="jobPostingDescription">
<p><b>Company:</b> {esc(ORG)}</p>
<p><b>Function:</b> Taste &amp; Beyond – Flavor Creation</p>
<p><b>Contract:</b> Permanent</p>
<p><b>About us</b></p>
<p>{esc(ABOUT)}</p>
<p><b>What you will do</b></p>
<ul>{li(DO)}</ul>
<p><b>What you bring</b></p>
<ul>{li(ESS)}</ul>
<p><b>Nice to have</b></p>
<ul>{li(DES)}</ul>
<p><b>What we offer</b></p>
<p>{esc(OFFER)}</p>
<p>{esc(CLOSE)}</p>
</div>
<div><h3>Similar Jobs (3)</h3>
<ul><li><a href="#">Flavorist, Sweet Goods</a> Satigny, Switzerland · posted 30+ Days Ago</li>
<li><a href="#">Application Scientist, Savory</a> Biopolis, Singapore · posted 12 Days Ago</li>
<li><a href="#">Junior Flavorist Trainee</a> Plainsboro, NJ · posted 3 Days Ago</li></ul></div>
<div><h3>About Us</h3><p>We are a purpose-driven company. Our talents create what consumers love to smell and taste.</p></div>
</div>
<footer>© 2033 Workday, Inc. All rights reserved. · Privacy · Cookie Settings</footer>
</body></html>
"""
    write(KEY + "-firmenich.html", page, KEY)
    lines = ["Skip to main content", "Firmenich", "Search for Jobs", "Sign In", "English", "", TITLE, "", "Apply", "Save", "",
             "locations", LOC, "time type", SCHED, "posted on", "Posted 5 Days Ago", "job requisition id", REF, "",
             f"Company: {ORG}", "Function: Taste & Beyond – Flavor Creation", "Contract: Permanent", "",
             "About us", "", ABOUT, "", "What you will do", ""] + DO + ["", "What you bring", ""] + ESS + [
             "", "Nice to have", ""] + DES + ["", "What we offer", "", OFFER, "", CLOSE, "",
             "Similar Jobs (3)", "Flavorist, Sweet Goods", "Satigny, Switzerland", "posted 30+ Days Ago",
             "Application Scientist, Savory", "Biopolis, Singapore", "posted 12 Days Ago",
             "Junior Flavorist Trainee", "Plainsboro, NJ", "posted 3 Days Ago", "",
             "About Us", "We are a purpose-driven company. Our talents create what consumers love to smell and taste.", "",
             "© 2033 Workday, Inc. All rights reserved.", "Privacy", "Cookie Settings", ""]
    write(KEY + "-firmenich-browser.txt", "\n".join(lines), KEY)


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en"],
        "title": {"en": TITLE, "fr": None},
        "organisation": {"en": ORG, "fr": None},
        "location": {"en": LOC, "fr": None},
        "schedule": {"en": SCHED, "fr": None},
        "deadline": "2033-12-22",
        "salary": None, "grade": None, "clearance": None,
        "requirements": {"en": req(ESS, DES), "fr": None},
        "competencies": {"en": [], "fr": None},
    })
