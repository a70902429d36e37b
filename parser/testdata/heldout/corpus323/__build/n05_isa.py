from common import *

KEY = "isa-hr-vn-2044-19"
REF = "ISA/HR/VN/2044/19"
TITLE = "Programme Associate – Solar for Health Facilities"
ORG = "International Solar Alliance"
LOC = "Gurugram, Haryana, India"
E = [
    "Master's degree in electrical or energy engineering, renewable energy management, public health or a related field.",
    "Minimum three years of experience in off-grid or rooftop solar projects, preferably for public facilities.",
    "Proven ability to prepare technical specifications, tender documents and monitoring reports.",
    "Excellent written and spoken English.",
]
D = [
    "Experience with health facility electrification programmes in Africa, Asia or small island developing States.",
    "Working knowledge of French or Spanish.",
]
COMPS = ["Teamwork", "Accountability", "Client orientation", "Technological awareness"]
DUTIES = [
    "Support member countries in preparing demand assessments for solarising primary health centres.",
    "Track the pipeline of demonstration projects and consolidate progress data from implementing partners.",
    "Draft technical notes, country briefs and presentations for the programme lead.",
    "Help organise regional workshops and the annual partners' meeting.",
]
PAY = "INR 1,45,000 per month"


def build():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-09-14",
             salary=sal(145000, cur="INR", period="month"),
             ess={"en": E}, des={"en": D}, comps={"en": [(c, "") for c in COMPS]})
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | Devex Jobs</title>
<style>body{{font-family:Lato,Arial,sans-serif;margin:0}} .nav{{background:#0d2b45;color:#fff;padding:8px 20px}} .nav a{{color:#fff;margin-right:12px}}
.wrap{{display:flex;max-width:1100px;margin:auto}} .main{{flex:3;padding:16px}} .side{{flex:1;padding:16px;background:#f4f6f8}} .paywall{{background:#fffbe6;border:1px solid #e6c200;padding:8px}}</style></head>
<body>
<div class="nav"><a href="#">DEVEX</a> <a href="#">News</a> <a href="#">Jobs</a> <a href="#">Funding</a> <a href="#">Talent</a> <a href="#">Events</a> <a href="#">Sign in</a> <a href="#">Join Devex Pro</a></div>
<p>We use cookies to personalise content. <a href="#">Cookie settings</a> <button>Accept</button></p>
<div class="wrap"><div class="main">
<p><a href="#">Jobs</a> / <a href="#">Energy</a> / {esc(TITLE)}</p>
<h1>{esc(TITLE)}</h1>
<p><a href="#">{ORG}</a></p>
<ul>
<li>Location: {LOC}</li>
<li>Job type: Full-time staff, local hire</li>
<li>Experience level: Mid-level, 3+ years</li>
<li>Application deadline: Sep 14, 2044</li>
<li>Posted on: Aug 22, 2044</li>
</ul>
<p><button>Apply</button> <button>Save</button></p>
<h2>About the role</h2>
<p>Vacancy notice No. {REF}. The {ORG} (ISA), a treaty-based international organization headquartered in India, is recruiting a Programme Associate for its Solar for Health initiative.</p>
<p><b>Responsibilities</b></p>
<ul>{li(DUTIES)}</ul>
<p><b>Essential qualifications</b></p>
<ul>{li(E)}</ul>
<p><b>Desirable qualifications</b></p>
<ul>{li(D)}</ul>
<p><b>Competencies:</b></p>
<ul>{li(COMPS)}</ul>
<p><b>Remuneration:</b> a consolidated remuneration of {PAY}, with no other allowances. The initial contract is for one year.</p>
<p class="paywall">Devex Pro members get early access to the organization's hiring history. <a href="#">Upgrade</a></p>
</div>
<div class="side"><h3>Similar jobs</h3><ul><li>Energy Access Specialist — Nairobi — Deadline Sep 30, 2044</li><li>Solar Engineer — Dhaka — Deadline Sep 5, 2044</li></ul>
<h3>Organization</h3><p>{ORG}<br>Headquarters: Gurugram, India<br>Employees: 51–200</p></div></div>
<footer>© Devex · About · Terms · Privacy</footer>
</body></html>
"""
    write(KEY + "-devex.html", page, KEY, "html")
    bl = lambda xs: "\n".join("• " + x for x in xs)
    app = f"""UN Talent
≡  Search jobs   Saved (4)   Alerts   Profile

← Back to results

{TITLE}
{ORG}
📍 {LOC}
🗓 Deadline: 14 September 2044
🏷 Energy · Programme management · Local hire

[ Apply on organization site ↗ ]   [ ☆ Save ]   [ ⤴ Share ]

This opening was imported from the organization's website on 23 Aug 2044. UN Talent is not responsible for its content.

Reference: {REF}
Remuneration: {PAY} (consolidated)

Responsibilities
{bl(DUTIES)}

Essential qualifications
{bl(E)}

Desirable qualifications
{bl(D)}

Competencies
{bl(COMPS)}

Read more on the organization's site ↗

More jobs at {ORG}
• Finance Associate — Gurugram — 2 days left
• Director, Programmes — Gurugram — 31 Aug 2044

Get the app · About UN Talent · Privacy
"""
    write(KEY + "-untalent.txt", app, KEY, "txt")
