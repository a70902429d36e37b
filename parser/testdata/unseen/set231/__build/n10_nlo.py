from common import *
REF = "NLO-CA-LE-2036-03"
T = "Administrative and Visits Assistant"
ORG = "NATO Liaison Office in Central Asia"
ESS = [
 "University degree in economics, international relations, languages or a related field",
 "At least three years of administrative experience in an embassy, an international organisation or a large company",
 "Experience in organising official visits, meetings or conferences",
 "Fluent English, Uzbek and Russian, spoken and written",
 "Uzbek citizenship or permanent residence in Uzbekistan",
 "Eligibility for a NATO CONFIDENTIAL clearance",
]
DES = [
 "Knowledge of Kazakh, Kyrgyz, Tajik or Turkmen",
 "Experience with accounting software",
]
E = dict(reference=REF, post_number=None, languages=["en"], title=both(T, None), organisation=both(ORG, None),
  location=both("Tashkent, Uzbekistan", None), schedule=both("Full-time", None), deadline="2037-01-27",
  salary=sal(1640, cur="USD"), grade="LE-5", clearance="NATO CONFIDENTIAL",
  requirements=both({"essential": ESS, "desirable": DES}, None), competencies=both([], None))

ABOUT = "The NATO Liaison Office in Central Asia supports NATO's political dialogue and practical cooperation with the countries of the region. The Office is looking for an assistant to organise its visits programme and to support its daily administration."
TASKS = ["Prepare the programmes of visiting NATO officials, including meetings, transport, hotels and interpretation",
 "Keep the Office's calendar, contact lists and files up to date",
 "Process invoices and petty cash and prepare monthly expenditure reports",
 "Translate short documents and correspondence between English, Uzbek and Russian",
 "Act as the Office's point of contact for local service providers"]

def page():
    ul = lambda xs: "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"
    return f"""<!DOCTYPE html>
<!-- saved from url=(0058)https://nlo-centralasia.example/en/vacancies/nlo-ca-le-2036-03 -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: {esc(T)} | NATO Liaison Office in Central Asia</title></head><body>
<a href="#content">Skip to content</a>
<header><div>UZ | RU | EN</div>
<nav><ul><li><a href="/en/">Home</a></li><li><a href="/en/about">About us</a></li><li><a href="/en/news">News</a></li><li><a href="/en/vacancies">Vacancies</a></li><li><a href="/en/contact">Contact</a></li></ul></nav></header>
<main id="content">
<p>Home / Vacancies / {esc(T)}</p>
<h1>Vacancy: {esc(T)}</h1>
<p>Published: 19.12.2036 · Reference: {REF}</p>
<dl>
<dt>Organization</dt><dd>{esc(ORG)}</dd>
<dt>Location</dt><dd>Tashkent, Uzbekistan</dd>
<dt>Type of employment</dt><dd>Full-time</dd>
<dt>Grade</dt><dd>LE-5 (locally employed staff)</dd>
<dt>Monthly salary</dt><dd>USD 1,640 gross</dd>
<dt>Security clearance</dt><dd>NATO CONFIDENTIAL</dd>
<dt>Deadline for applications</dt><dd>27 January 2037, 17:00 (Tashkent time)</dd>
</dl>
<h2>About the Office</h2><p>{esc(ABOUT)}</p>
<h2>Main tasks</h2>{ul(TASKS)}
<h2>Required</h2>{ul(ESS)}
<h2>Desirable</h2>{ul(DES)}
<h2>What we offer</h2><p>A one-year contract, renewable, with 24 days of annual leave and private medical insurance.</p>
<h2>How to apply</h2><p>Send a CV and a motivation letter in English to vacancies@nlo-centralasia.example. Shortlisted candidates will be invited to an interview and a translation test in February 2037.</p>
<p>Share: Facebook · Telegram · E-mail</p>
</main>
<aside><h3>Latest news</h3><ul><li>12.12.2036 — Regional seminar on civil preparedness held in Tashkent</li><li>28.11.2036 — Vacancy closed: Driver (LE-3), deadline 15 November 2036</li></ul></aside>
<footer>© 2036 NATO Liaison Office in Central Asia</footer>
</body></html>"""

def chat():
    b = "\n".join("🔹 " + x for x in ESS)
    d = "\n".join("🔹 " + x for x in DES)
    t = "\n".join("🔹 " + x for x in TASKS)
    return f"""[20/12/2036, 10:02] Dilnoza R.: Friends, NATO office is hiring, forwarding 👇
[20/12/2036, 10:02] Dilnoza R.: *Vacancy: {T}*
Reference: {REF}
Organization: {ORG}
Location: Tashkent, Uzbekistan
Type of employment: Full-time
Grade: LE-5 (locally employed staff)
Monthly salary: USD 1,640 gross
Security clearance: NATO CONFIDENTIAL
Deadline for applications: 27 January 2037, 17:00 (Tashkent time)

{ABOUT}

*Main tasks*
{t}

*Required*
{b}

*Desirable*
{d}

CV + motivation letter in English to vacancies@nlo-centralasia.example
[20/12/2036, 10:15] Bekzod T.: 🔥 thanks! do they pay in sum or dollars?
[20/12/2036, 10:16] Dilnoza R.: dollars, last year it was 1,500
[20/12/2036, 10:31] Malika: <Media omitted>
[20/12/2036, 10:31] Malika: is the deadline before or after the holidays?
[20/12/2036, 10:33] Dilnoza R.: end of January, 27th
"""

def build():
    expected(E)
    write("NLO-CA-LE-2036-03-nlo.html", page(), REF)
    write("NLO-CA-LE-2036-03-chat.txt", chat(), REF)
