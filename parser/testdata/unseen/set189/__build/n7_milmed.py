"""298718 - NATO Centre of Excellence for Military Medicine, Budapest (EN only).
Renderings: the Centre's careers page saved as HTML (<dl> facts, sidebar, cookie bar) and
its Chromium PDF (build-pdf.sh command line) with the pdftotext dump."""
from common import expected, write

REF = "298718"
TITLE = "Medical Logistics Analyst"
ORG = "NATO Centre of Excellence for Military Medicine (MILMED COE)"
LOC = "Budapest, Hungary"
SCH = "Full-time"
ESS = [
    "Master's degree in pharmacy, logistics, public health or a related field.",
    "At least three years of experience in medical supply chain management, in the armed forces or in a hospital.",
    "Knowledge of the regulations on the storage and distribution of medicines and medical devices.",
    "Good analytical and report-writing skills.",
    "English at SLP 3332 (STANAG 6001) or equivalent.",
    "Hungarian citizenship and eligibility for a NATO SECRET security clearance.",
]
DES = [
    "Experience of deployed medical logistics in NATO, EU or UN missions.",
    "Knowledge of the NATO logistics functional services.",
    "Knowledge of a second foreign language.",
]
COMP = ["Analytical thinking", "Accuracy", "Initiative", "Communication", "Teamwork"]


def exp():
    return expected(REF, None, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH},
                    "2033-07-20", {"amount": 1120000, "currency": "HUF", "period": "month"},
                    None, "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}},
                    {"en": [(c, None) for c in COMP]})


def html():
    ess = "".join(f"<li>{s}</li>" for s in ESS)
    des = "".join(f"<li>{s}</li>" for s in DES)
    comp = "".join(f"<li>{c}</li>" for c in COMP)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0061)https://www.milmed-coe.example.org/careers/vacancy-{REF}/ -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: {TITLE} | MILMED COE</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; color: #222; margin: 0; }}
.cookie {{ background: #333; color: #fff; padding: 6px 12px; font-size: 9pt; }}
header {{ background: #0b3d6b; color: #fff; padding: 8px 16px; }}
nav a {{ color: #fff; margin-right: 12px; }}
.wrap {{ display: flex; padding: 12px 16px; gap: 24px; }}
main {{ flex: 3; }}
aside {{ flex: 1; background: #eef2f6; padding: 8px; font-size: 9.5pt; }}
dl {{ display: grid; grid-template-columns: 12em 1fr; gap: 4px 12px; }}
dt {{ font-weight: bold; }}
dd {{ margin: 0; }}
footer {{ font-size: 9pt; padding: 8px 16px; border-top: 1px solid #ccc; }}
</style></head><body>
<div class="cookie">This website uses cookies to improve your experience. <button>Accept all</button> <button>Only necessary</button></div>
<header><strong>NATO MILMED COE</strong>
<nav><a href="#">Home</a><a href="#">About</a><a href="#">Branches</a><a href="#">Courses</a><a href="#">News</a><a href="#">Careers</a><a href="#">Contact</a></nav></header>
<p style="padding:0 16px;font-size:9pt">Home › Careers › Vacancy {REF}</p>
<div class="wrap">
<main>
<h1>{TITLE}</h1>
<p><em>Published: 15 June 2033 · Interoperability Branch</em></p>
<dl>
<dt>Vacancy reference</dt><dd>{REF}</dd>
<dt>Employer</dt><dd>{ORG}</dd>
<dt>Duty location</dt><dd>{LOC}</dd>
<dt>Type of employment</dt><dd>{SCH}</dd>
<dt>Contract</dt><dd>Hungarian civilian employee of the Ministry of Defence, 2 years, renewable</dd>
<dt>Security clearance</dt><dd>NATO SECRET</dd>
<dt>Monthly salary</dt><dd>HUF 1,120,000 gross</dd>
<dt>Application deadline</dt><dd>20 July 2033, 16:00 CEST</dd>
</dl>
<h2>About the post</h2>
<p>The Interoperability Branch supports NATO and the nations in making medical units work together. The Medical Logistics Analyst follows the medical supply chain of multinational exercises and evaluations and proposes improvements to NATO medical logistics standards.</p>
<h2>Main tasks</h2>
<ul>
<li>Analyse medical logistics data from exercises and evaluations and write findings.</li>
<li>Contribute to the review of NATO standards on medical supply.</li>
<li>Support the Centre's medical logistics course as an instructor.</li>
<li>Keep the Branch's database of lessons identified up to date.</li>
</ul>
<h2>Required qualifications</h2>
<ul>{ess}</ul>
<h2>Advantages</h2>
<ul>{des}</ul>
<h2>Competencies we value</h2>
<ul>{comp}</ul>
<h2>How to apply</h2>
<p>Send your CV in English and a cover letter to hr@milmed-coe.example.org, quoting reference {REF}. Shortlisted candidates will be invited to an interview in Budapest in the week of 22 August 2033.</p>
</main>
<aside>
<h3>Other vacancies</h3>
<p>Course Administrator (Medical Training)<br>Closing date: 30 August 2033</p>
<p>IT Support Technician<br>Closing date: 12 September 2033</p>
<h3>Contact</h3>
<p>MILMED COE HR Office<br>Budapest, Róbert Károly krt.<br>+36 1 000 0000</p>
</aside>
</div>
<footer>© 2033 NATO Centre of Excellence for Military Medicine · Privacy policy · Accessibility · Sitemap</footer>
</body></html>
"""


def build():
    exp()
    write(f"{REF}-milmedcoe.html", html(), REF)
