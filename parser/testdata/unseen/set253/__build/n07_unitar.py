from common import *

REF = "UNITAR/INT/2038/031"
KEY = "unitar-int-2038-031"
TITLE = "Intern, Satellite Analysis for Humanitarian Operations"
ORG = "United Nations Institute for Training and Research"
LOC = "Geneva, Switzerland"
ESS = [
    "Be enrolled in, or have graduated within the last two years from, a Master's programme in geography, remote sensing, geoinformatics or a related field;",
    "Have completed courses or projects in optical or radar image interpretation;",
    "Have a good command of English, written and spoken;",
]
DES = [
    "Knowledge of Python or R for the processing of geospatial data;",
    "Working knowledge of French, Arabic or Spanish;",
    "Previous exposure to humanitarian operations or emergency mapping.",
]
TASKS = [
    "Process and analyse satellite imagery for rapid mapping activations;",
    "Prepare damage assessment maps and short analytical notes for humanitarian partners;",
    "Update the programme's geodatabases and metadata records;",
    "Support the organization of a training course for national mapping agencies.",
]


def html():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | UNITAR</title></head>
<body>
<header><a href="/">UNITAR</a> <nav><a href="/about">About</a> <a href="/programmes">Programmes</a> <a href="/events">Events</a> <a href="/careers">Vacancies</a> <a href="/fr">FR</a></nav></header>
<div class="breadcrumb">Home / Vacancies / Internships</div>
<article>
<h1>{TITLE}</h1>
<table class="vacancy-facts">
<tr><th>Vacancy number</th><td>{REF}</td></tr>
<tr><th>Programme</th><td>Satellite Analysis and Applied Research (UNOSAT)</td></tr>
<tr><th>Contract type</th><td>Internship</td></tr>
<tr><th>Duty station</th><td>{LOC}</td></tr>
<tr><th>Duration</th><td>Six months, starting January 2039</td></tr>
<tr><th>Stipend</th><td>CHF 2,150 per month</td></tr>
<tr><th>Date of publication</th><td>21 October 2038</td></tr>
<tr><th>Application deadline</th><td>15 November 2038</td></tr>
</table>
<h2>Background</h2>
<p>The {ORG} (UNITAR) is a dedicated training arm of the United Nations system. Its Satellite Analysis and Applied Research programme provides satellite-derived analysis to United Nations entities, Member States and humanitarian organizations.</p>
<h2>Responsibilities</h2>
<p>Under the supervision of a senior analyst, the intern will:</p>
{ul(TASKS)}
<h2>Minimum requirements</h2>
<p>Applicants must:</p>
{ul(ESS)}
<h2>Desirable</h2>
{ul(DES)}
<h2>Conditions</h2>
<p>Interns receive a monthly stipend of CHF 2,150 and must hold valid health and accident insurance for Switzerland. An internship does not lead to employment with UNITAR. Interviews will be held by video call on 25 and 26 November 2038.</p>
</article>
<aside><h3>Other vacancies</h3><ul><li>Individual Consultant – Climate Training, deadline 30 October 2038</li><li>Programme Assistant, G-4, deadline 9 November 2038</li></ul></aside>
<footer>UNITAR · Palais des Nations, Geneva · Contact · Privacy</footer>
</body></html>
"""


def whatsapp():
    return f"""[21/10/2038, 18:02] Léa (GIS MSc class): Internship at UNOSAT, paid this time!! 🛰️
[21/10/2038, 18:02] Léa (GIS MSc class): *{TITLE}*
Vacancy number: {REF}
Organization: {ORG} (UNITAR)
Duty station: {LOC}
Duration: six months from January 2039
Stipend: CHF 2,150 per month
Application deadline: 15 November 2038

What you'd do:
- Process and analyse satellite imagery for rapid mapping activations
- Prepare damage assessment maps and short notes for humanitarian partners
- Update geodatabases and metadata

Minimum requirements — applicants must:
{chr(10).join("• " + e for e in ESS)}

Desirable:
{chr(10).join("• " + d for d in DES)}

[21/10/2038, 18:05] Tomás: who's applying? the Copernicus one closed on 1 November last year
[21/10/2038, 18:06] Léa (GIS MSc class): me 🙋‍♀️ interviews 25-26 Nov apparently
[21/10/2038, 18:07] Tomás: 👍
"""


def build():
    write(KEY + "-unitar.html", html(), KEY)
    write(KEY + "-whatsapp.txt", whatsapp(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2038-11-15",
             salary=(2150, None, None, "CHF", "month"), req={"en": (ESS, DES)}, comp={"en": []})
