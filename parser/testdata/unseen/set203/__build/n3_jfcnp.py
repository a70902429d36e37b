from common import *
import html as H

REF = "315339"
TITLE = "Assistant (Host Nation Support Agreements)"
PN = "JNPS J4 HNS 0130"
ESS = [
    "Secondary education and completed advanced vocational training in business administration, logistics or law, or a university degree in a related field",
    "At least three years of experience in drafting, negotiating or administering support agreements, contracts or memoranda in a military or public administration",
    "Good knowledge of MS Office applications, in particular Excel and SharePoint",
    "English at SLP 3332 (Listening, Speaking, Reading, Writing)",
]
DES = [
    "Experience of host nation support arrangements for NATO exercises or deployments",
    "Knowledge of the NATO logistics functional services (LOGFS)",
    "A working knowledge of Italian",
]
E = expected(REF, ["en"], {"en": TITLE}, {"en": "Allied Joint Force Command Naples (JFC Naples)"},
             {"en": "Lago Patria (Naples), Italy"}, {"en": "Full-time"}, "2034-09-11", sal(3962.48), "G9",
             "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}}, {"en": []}, post_number=PN)

FACTS = [
    ("Vacancy Number", REF), ("Post Number", PN), ("Job Title", TITLE), ("NATO Grade", "G9"),
    ("Organization", "Allied Joint Force Command Naples (JFC Naples)"),
    ("Division/Branch", "J4 Logistics Division / Host Nation Support Branch"),
    ("Location", "Lago Patria (Naples), Italy"), ("Working Hours", "Full-time"),
    ("Security Clearance", "NATO SECRET"),
    ("Basic Monthly Salary", "3,962.48 EUR (12 payments per year), tax free"),
    ("Closing Date", "Monday, 11 September 2034, 23:59 (CEST)"),
]
DUTIES = [
    "Keeps the register of host nation support agreements, technical arrangements and joint implementation arrangements for the Joint Operations Area.",
    "Prepares first drafts of technical arrangements from the Branch's templates and tracks their staffing with the host nations.",
    "Maintains the statements of requirement and cost estimates submitted by sending nations.",
    "Organises and records host nation support coordination meetings.",
    "Performs other related duties as directed by the Branch Head.",
]


def page():
    rows = "\n".join(f"<dt>{H.escape(k)}:</dt><dd>{H.escape(v)}</dd>" for k, v in FACTS)
    ul = lambda xs: "<ul>" + "".join(f"<li>{H.escape(x)}</li>" for x in xs) + "</ul>"
    return f"""<!DOCTYPE html>
<!-- saved from url=(0079)https://jfcnaples.example/careers/civilian-vacancies/2034/315339-hns-assistant -->
<html lang="en"><head><meta charset="utf-8"><title>{H.escape(TITLE)} | JFC Naples</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0;color:#222}}
header{{background:#0b2a4a;color:#fff;padding:8px 16px}} nav a{{color:#fff;margin-right:12px;text-decoration:none}}
.crumbs{{font-size:9pt;color:#555;padding:6px 16px}} main{{padding:0 16px}} dl{{display:grid;grid-template-columns:170px 1fr;gap:3px 10px}}
dt{{font-weight:bold}} dd{{margin:0}} .sub{{font-weight:bold;margin:6px 0 0}} footer{{font-size:8.5pt;color:#666;border-top:1px solid #ccc;padding:8px 16px;margin-top:16px}}
.cookie{{background:#eee;padding:6px 16px;font-size:9pt}}
</style></head><body>
<div class="cookie">This site uses cookies to measure visits. <button>Accept</button> <button>Decline</button></div>
<header><div><b>JFC Naples</b> · Allied Joint Force Command Naples</div>
<nav><a href="#">Home</a><a href="#">About Us</a><a href="#">Newsroom</a><a href="#">Careers</a><a href="#">Contact</a></nav>
<div>Search our content</div></header>
<div class="crumbs">Home / Careers / Civilian Vacancies / 2034 / {H.escape(TITLE)}</div>
<main>
<h1>{H.escape(TITLE)}</h1>
<p><i>Posted: Aug 2 2034</i></p>
<p><b>NATO UNCLASSIFIED</b></p>
<p>JFC Naples is seeking to recruit a NATO International Civilian for the following post. Applications are accepted from nationals of NATO member states only.</p>
<dl>
{rows}
</dl>
<h2>POST CONTEXT</h2>
<p>The J4 Logistics Division plans and coordinates logistic support to operations and exercises in the Joint Operations Area. The Host Nation Support Branch negotiates and maintains the arrangements under which host nations provide facilities, services and supplies to NATO forces.</p>
<h2>PRINCIPAL DUTIES</h2>
<p>The incumbent's duties are:</p>
{ul(DUTIES)}
<h2>ESSENTIAL QUALIFICATIONS</h2>
<p class="sub">a. Professional/Experience and Education:</p>
{ul(ESS[:2])}
<p class="sub">b. Language and Computer Skills:</p>
{ul(ESS[2:])}
<h2>DESIRABLE QUALIFICATIONS</h2>
{ul(DES)}
<h2>ATTRIBUTES/COMPETENCIES</h2>
<p><b>Personal Attributes:</b> The incumbent must be accurate and well organised, able to follow many agreements at the same stage of staffing and to keep calm when exercise timelines are short.</p>
<p><b>Professional Contacts:</b> Daily contact with staff of the host nations' defence ministries, the sending nations' logistic staffs and the NATO Support and Procurement Agency.</p>
<p><b>Contribution to Objectives:</b> The post supports the timely conclusion of the arrangements without which exercises in the Joint Operations Area cannot take place.</p>
<h2>REMARKS</h2>
<p>Initial contract of three years. Shortlisted candidates will be invited to a written test and an interview at Lago Patria, provisionally in the week of 16 October 2034. Applications must be made through the NATO Talent Acquisition Platform; applications sent by e-mail will not be considered.</p>
<p><b>NATO UNCLASSIFIED</b></p>
<aside><h3>Other vacancies</h3><ul>
<li>Technician (Generator Maintenance) – Closing Date: 2 October 2034</li>
<li>Clerk (Travel Claims) – Closing Date: 25 September 2034</li></ul></aside>
</main>
<footer>© Allied Joint Force Command Naples · Via Madonna del Pantano, Lago Patria · Privacy · Accessibility</footer>
</body></html>
"""


def render():
    return {f"{REF}-jfcnp.html": page()}
