from common import *

KEY = "NFIU-BGR-LC-2039-04"
TITLE = "Host Nation Support Assistant (Accommodation and Transport)"
ORG = "NATO Force Integration Unit Bulgaria (NFIU BGR)"
LOC = "Sofia, Bulgaria"
SCH = "Full-time (40 hours per week)"
GRADE, CLR = "LC-5", "NATO SECRET"

ABOUT = ("NATO Force Integration Unit Bulgaria supports the rapid deployment of Allied forces to Bulgaria. It "
         "works with the Bulgarian Ministry of Defence and with local authorities to plan reception, staging and "
         "onward movement, and it helps units that come for exercises. The Host Nation Support cell arranges "
         "accommodation, transport and services for visiting staffs.")
DUTIES = [
    "Book accommodation and meeting facilities for visiting staffs and exercise planners",
    "Arrange local transport, including buses and drivers, and keep the vehicle request log",
    "Obtain quotations from local suppliers and prepare purchase requests",
    "Interpret between Bulgarian and English during visits and meetings with local providers",
    "Keep the host nation support database up to date",
]
ESS = [
    "Secondary education; a post-secondary qualification in hospitality, tourism or logistics is an advantage",
    "At least two years of experience in hotel booking, travel services or event logistics",
    "Fluent Bulgarian and good English (SLP 3232)",
    "Category B driving licence",
    "Bulgarian citizenship and eligibility for a national security clearance",
]
DES = [
    "Experience of working with military or international organisations",
    "Knowledge of public procurement rules in Bulgaria",
]
COMP = [
    ("Service orientation", "keeps visitors and colleagues informed and solves problems on the spot."),
    ("Reliability", "follows bookings through until they are confirmed."),
    ("Flexibility", "adapts to late changes in visit programmes."),
]
E = exp(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-12-19", sal(2386, "EUR"), GRADE,
        CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
FACTS = [("Position", TITLE), ("Reference", KEY), ("Organization", ORG), ("Location", LOC), ("Grade", GRADE),
         ("Working hours", SCH), ("Salary", "EUR 2,386 gross per month"), ("Security clearance", CLR),
         ("Deadline", "19 December 2039, 16:00 (EET)")]


def page():
    dl = "".join(f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in FACTS)
    ul = lambda xs: "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"
    cp = "<ul>" + "".join(f"<li><b>{esc(n)}:</b> {esc(d)}</li>" for n, d in COMP) + "</ul>"
    return f"""<!DOCTYPE html>
<!-- saved from url=(0057)https://nfiu-bgr.nato.example/en/vacancies/hns-assistant -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: {esc(TITLE)} – NFIU Bulgaria</title></head>
<body>
<a href="#content">Skip to content</a>
<div class="lang"><a href="/bg/">BG</a> | <strong>EN</strong></div>
<nav><ul><li><a href="/en/">Home</a></li><li><a href="/en/about">About NFIU BGR</a></li><li><a href="/en/news">News</a></li><li><a href="/en/vacancies">Vacancies</a></li></ul></nav>
<p class="crumbs"><a href="/en/">Home</a> / <a href="/en/vacancies">Vacancies</a> / {esc(TITLE)}</p>
<main id="content">
<h1>Vacancy: {esc(TITLE)}</h1>
<p class="meta">Posted: 18.11.2039</p>
<dl class="facts">{dl}</dl>
<h2>About us</h2><p>{esc(ABOUT)}</p>
<h2>Main duties</h2>{ul(DUTIES)}
<h2>Essential requirements</h2>{ul(ESS)}
<h2>Desirable</h2>{ul(DES)}
<h2>Competencies</h2>{cp}
<h2>How to apply</h2>
<p>Send a CV in English, a motivation letter and copies of diplomas to hr@nfiu-bgr.example with the reference in the subject line. Only short-listed candidates will be contacted. Interviews and a language test will take place in Sofia in January 2040.</p>
</main>
<aside><h3>News</h3><ul>
<li>NFIU BGR hosts reception planning conference (4 November 2039)</li>
<li>Vacancy closed: Driver/Clerk, NFIU-BGR-LC-2039-02 (deadline was 30 September 2039)</li></ul></aside>
<footer>© NATO Force Integration Unit Bulgaria · Privacy · Cookies</footer>
</body></html>
"""


def build():
    expected(KEY, E)
    out(f"{KEY}-nfiu.html", page(), KEY)
    facts = "\n".join(f"{a}: {b}" for a, b in FACTS)
    arrow = lambda xs: "\n".join(f"▫️ {x}" for x in xs)
    out(f"{KEY}-signal.txt", f"""
Signal · Bulgarian Reservists – Jobs & Courses · 214 members

Petya Ivanova, 20 Nov 2039, 19:02
Здравейте! NATO job in Sofia, HNS assistant at NFIU. Copying the whole notice here because the site is slow 👇

Petya Ivanova, 20 Nov 2039, 19:03
*Vacancy: {TITLE}*
{facts}

*About us*
{ABOUT}

*Main duties*
{arrow(DUTIES)}

*Essential requirements*
{arrow(ESS)}

*Desirable*
{arrow(DES)}

*Competencies*
{arrow([f"{n}: {d}" for n, d in COMP])}

*How to apply*
CV in English, motivation letter and diplomas to hr@nfiu-bgr.example, reference in the subject line. Interviews and language test in Sofia in January 2040.

Georgi D., 20 Nov 2039, 19:15
Salary is about 4 700 leva in old money 😄 Not bad for Sofia.

Petya Ivanova, 20 Nov 2039, 19:16
Yes. And the deadline is before Christmas, don't wait.

Mila K., 20 Nov 2039, 21:40
👍 forwarded to my brother
""", KEY)
