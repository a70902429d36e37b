from common import *

KEY = "ndf-2044-11"
REF = "NDF-2044-11"
TITLE = "Senior Investment Officer, Adaptation"
ORG = "Nordic Development Fund"
LOC = "Helsinki, Finland"
SCHED = "Full-time"
E = [
    "A master's degree in finance, economics, engineering or environmental sciences.",
    "A minimum of eight years of experience in appraising and structuring investments in developing countries, with a focus on climate adaptation or resilience.",
    "Good understanding of blended finance instruments and of the operations of multilateral development banks.",
    "Fluent English, both written and spoken.",
]
D = [
    "Experience of working in Africa or in low-income countries in Asia.",
    "Knowledge of a Nordic language or French.",
]
TASKS = [
    "Originate and appraise adaptation investments together with co-financing partners.",
    "Lead the preparation of investment proposals to the Board of Directors.",
    "Monitor the portfolio and report on results and risks.",
    "Represent the Fund in partner meetings and climate finance networks.",
]
PAY = "EUR 6,940 – 8,430 per month"


def build():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-09-29", sched={"en": SCHED},
             salary=sal(mn=6940, mx=8430, cur="EUR", period="month"),
             ess={"en": E}, des={"en": D}, comps={"en": []})
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} – {ORG}</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header{{padding:10px 30px;border-bottom:3px solid #00624b}}
.grid{{display:flex;max-width:1000px;margin:auto}} article{{flex:3;padding:20px}} aside{{flex:1;padding:20px;background:#eef5f2}}
dt{{font-weight:bold;margin-top:8px}} dd{{margin:0}}</style></head>
<body>
<header><b>NDF</b> <a href="#">About</a> <a href="#">Operations</a> <a href="#">Results</a> <a href="#">News</a> <a href="#">Careers</a></header>
<p>This website uses cookies for statistics. <a href="#">Read more</a> <button>Accept</button> <button>Decline</button></p>
<div class="grid"><article>
<p><a href="#">Careers</a> › Open positions</p>
<h1>{TITLE}</h1>
<p>The {ORG} (NDF) is the joint Nordic international finance institution focusing on the nexus of climate change and development in lower-income countries. We are looking for a senior investment officer to strengthen our adaptation team.</p>
<h2>Your tasks</h2>
<ul>{li(TASKS)}</ul>
<h2>We expect</h2>
<ul>{li(E)}</ul>
<h2>It is considered an asset</h2>
<ul>{li(D)}</ul>
<h2>We offer</h2>
<p>A permanent position with a six-month trial period in a small international team, a salary range of {PAY}, tax-exempt under the Fund's host-country agreement, and flexible working. Interviews will be held in Helsinki in the week starting 13 October 2044.</p>
<p>Please apply through our recruitment system. Questions may be sent until 22 September 2044.</p>
</article>
<aside><dl>
<dt>Reference</dt><dd>{REF}</dd>
<dt>Employer</dt><dd>{ORG}</dd>
<dt>Location</dt><dd>{LOC}</dd>
<dt>Working time</dt><dd>{SCHED}</dd>
<dt>Salary</dt><dd>{PAY}</dd>
<dt>Application period ends</dt><dd>29.9.2044 at 16:00 (EET)</dd>
</dl><p><a href="#">Apply</a></p></aside></div>
<footer>{ORG} · Fabianinkatu · Helsinki · Privacy notice</footer>
</body></html>
"""
    write(KEY + "-ndf.html", page, KEY, "html")
    board = f"""Työpaikat  Palkkatieto  Työnantajille  Kirjaudu
Etusivu / Työpaikat / Helsinki / {TITLE}

{TITLE}
{ORG}HelsinkiVakituinenKokoaikatyöHaku päättyy 29.9.2044Julkaistu 3 päivää sitten

Tallenna   Jaa   Hae paikkaa

Reference: {REF}
Location: {LOC}
Working time: {SCHED}
Salary: {PAY}

{ORG} (NDF) is the joint Nordic international finance institution focusing on climate change and development.

Your tasks
{chr(10).join(TASKS)}

We expect
{chr(10).join(E)}

It is considered an asset
{chr(10).join(D)}

Hakuaika päättyy 29.9.2044 klo 16.00.

Samankaltaisia työpaikkoja
Investment Analyst – Helsinki – haku päättyy 15.9.2044
Risk Manager – Espoo – haku päättyy 6.10.2044

Ilmoita virheellisestä ilmoituksesta
"""
    write(KEY + "-duunitori.txt", board, KEY, "txt")
