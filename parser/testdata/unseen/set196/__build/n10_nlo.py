"""304958 - NATO Liaison Office Moldova, Chișinău (EN): the Office's page saved as HTML and copied from the browser."""
from common import write, expected, sal, bi

REF = "304958"
TITLE = "Programme Assistant (Defence Capacity Building Projects)"
ORG = "NATO Liaison Office Moldova"
LOC = "Chișinău, Republic of Moldova"
ESS = [
    "University degree in economics, public administration, international relations or a related field",
    "At least three years of experience in project administration, preferably for an international donor or an embassy",
    "Experience in tracking project budgets, contracts and payments",
    "Fluent Romanian and English (at least SLP 3333); working knowledge of Russian",
    "Moldovan citizenship or a permanent residence permit",
]
DES = [
    "Knowledge of the Moldovan defence and security sector",
    "Experience with NATO trust fund or partnership programmes",
]
E = dict(reference=REF, post_number=None, languages=["en"], title=bi(TITLE), organisation=bi(ORG),
         location=bi(LOC), schedule=bi("Full-time"), deadline="2034-02-28",
         salary=sal(38600, cur="MDL"), grade="LC-5", clearance="NATO CONFIDENTIAL",
         requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
         competencies={"en": [], "fr": None})

FIELDS = [
    ("Vacancy reference", REF),
    ("Position", TITLE),
    ("Organization", ORG),
    ("Duty station", LOC),
    ("Grade", "LC-5 (locally engaged staff)"),
    ("Working time", "Full-time"),
    ("Security clearance", "NATO CONFIDENTIAL"),
    ("Salary", "MDL 38,600 gross per month"),
    ("Deadline for applications", "28 February 2034, 17:00 (Chișinău time)"),
]
INTRO = ("The NATO Liaison Office in Chișinău supports the cooperation between NATO and the Republic of Moldova, "
         "including the Defence Capacity Building Initiative and the trust fund projects run with the Ministry of Defence. "
         "The Office is recruiting a locally engaged Programme Assistant.")
DUTIES = [
    "Keep the administrative files of the capacity building projects, from the proposal to the final report.",
    "Track commitments and payments against each project budget and prepare monthly financial summaries.",
    "Organise the logistics of expert visits, workshops and steering committee meetings.",
    "Translate short documents and interpret at working meetings between Romanian and English.",
    "Maintain the Office's contact lists and filing system.",
]


def html():
    rows = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in FIELDS)
    duties = "\n".join(f"<li>{d}</li>" for d in DUTIES)
    ess = "\n".join(f"<li>{d}</li>" for d in ESS)
    des = "\n".join(f"<li>{d}</li>" for d in DES)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0054)https://nlo-moldova.example/en/vacancies/{REF} -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy {REF} – {TITLE} | NATO Liaison Office Moldova</title>
<style>body{{font-family:Arial,sans-serif;max-width:900px;margin:auto}} th{{text-align:left;padding-right:16px;vertical-align:top}} .lang a{{margin-left:6px}}</style>
</head><body>
<header><div class="lang"><a href="#">RO</a> | <a href="#">EN</a></div>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">About the Office</a></li><li><a href="#">NATO and Moldova</a></li><li><a href="#">News</a></li><li><a href="#">Vacancies</a></li><li><a href="#">Contact</a></li></ul></nav></header>
<main>
<p class="crumbs"><a href="#">Home</a> › <a href="#">Vacancies</a> › {REF}</p>
<h1>{TITLE}</h1>
<p class="date">Published: 16.01.2034</p>
<p>{INTRO}</p>
<table>
{rows}
</table>
<h2>Duties and responsibilities</h2>
<ul>
{duties}
</ul>
<h2>Qualifications</h2>
<h3>Required</h3>
<ul>
{ess}
</ul>
<h3>Desirable</h3>
<ul>
{des}
</ul>
<h2>Conditions</h2>
<p>One-year contract under Moldovan labour law, renewable, with a probation period of three months. The salary of MDL 38,600 gross per month is complemented by medical insurance.</p>
<h2>How to apply</h2>
<p>Send a CV and a motivation letter in English to recruitment@nlo-moldova.example, with the vacancy reference in the subject line. Incomplete applications will not be considered. Only shortlisted candidates will be contacted for a written test and an interview in March 2034.</p>
</main>
<aside><h3>Latest news</h3><p>Steering committee of the cyber defence project meets in Chișinău – 9.01.2034</p><p>Call for applications: NATO summer school for young professionals, deadline 31.03.2034</p></aside>
<footer><p>© NATO Liaison Office Moldova · Privacy notice · Accessibility</p></footer>
</body></html>
"""


def copy():
    fields = "\n".join(f"{k}\n{v}" for k, v in FIELDS)
    duties = "\n".join(d for d in DUTIES)
    ess = "\n".join(d for d in ESS)
    des = "\n".join(d for d in DES)
    return f"""RO | EN
Home
About the Office
NATO and Moldova
News
Vacancies
Contact
Home › Vacancies › {REF}
{TITLE}
Published: 16.01.2034
{INTRO}
{fields}
Duties and responsibilities
{duties}
Qualifications
Required
{ess}
Desirable
{des}
Conditions
One-year contract under Moldovan labour law, renewable, with a probation period of three months. The salary of MDL 38,600 gross per month is complemented by medical insurance.
How to apply
Send a CV and a motivation letter in English to recruitment@nlo-moldova.example, with the vacancy reference in the subject line. Incomplete applications will not be considered. Only shortlisted candidates will be contacted for a written test and an interview in March 2034.
Latest news
Steering committee of the cyber defence project meets in Chișinău – 9.01.2034
Call for applications: NATO summer school for young professionals, deadline 31.03.2034
© NATO Liaison Office Moldova · Privacy notice · Accessibility
"""


def build():
    expected(E)
    write(f"{REF}-nlo.html", html(), REF)
    write(f"{REF}-nlo.txt", copy(), REF)
