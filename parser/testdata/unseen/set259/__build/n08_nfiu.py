"""N8: NATO Force Integration Unit Bulgaria, Sofia (en). The unit's page saved as HTML
(run-in bold labels in paragraphs), and a Facebook page post copy."""
from common import write, expected, sal

REF = "NFIU-BGR-LC-2039-03"
TITLE = "Transport Coordination Assistant"
ORG = "NATO Force Integration Unit Bulgaria (NFIU BGR)"
LOC = "Sofia, Bulgaria"
SCH = "Full-time (40 hours per week)"
GRADE, CLR = "LC-5", "NATO SECRET"
SALARY = "EUR 2,318 gross per month"
DEADLINE = "19 May 2039, 16:00 (EEST)"
ESS = [
    "Secondary education and a professional qualification in transport, logistics or freight forwarding",
    "Minimum three years of experience in organising road or rail movements of goods or people",
    "Knowledge of Bulgarian regulations on the carriage of dangerous goods (ADR)",
    "Bulgarian at native level and English at SLP 3232",
    "Valid category B driving licence",
]
DES = [
    "Experience with military movement control or host-nation support",
    "Knowledge of a transport management system",
    "Romanian or Greek language skills",
]
COMP = [
    ("Planning", "Organises tasks so that deadlines are met even when plans change."),
    ("Communication", "Passes information clearly in English and Bulgarian."),
    ("Reliability", "Follows procedures and keeps accurate records."),
]
INTRO = ("NFIU Bulgaria helps Allied forces to deploy quickly to Bulgaria by planning with the host nation "
         "and coordinating exercises and reinforcements. The Logistics Cell is looking for a local civilian "
         "who will coordinate road, rail and air movements with Bulgarian authorities and carriers.")
TASKS = [
    "Prepare movement requests, convoy clearances and border crossing documents",
    "Book transport with carriers and follow shipments until delivery",
    "Keep the cell's movement tracker and contact lists up to date",
    "Interpret during meetings with Bulgarian authorities when required",
]
FACTS = [
    ("Vacancy number", REF), ("Post title", TITLE), ("Organization", ORG), ("Location", LOC),
    ("Working hours", SCH), ("Grade", GRADE), ("Security clearance", CLR), ("Salary", SALARY),
    ("Closing date", DEADLINE),
]


def html():
    facts = "\n".join(f"<p><strong>{k}:</strong> {v}</p>" for k, v in FACTS)
    ul = lambda xs: "\n".join(f"  <li>{x}</li>" for x in xs)
    comp = "\n".join(f"<p><strong>{n}:</strong> {d}</p>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0057)https://nfiu-bgr.nato.example/en/vacancies/nfiu-bgr-lc-2039-03 -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy – {TITLE} – NFIU Bulgaria</title>
<style>body {{ font-family: sans-serif; max-width: 52em; margin: auto; }} .skip {{ position: absolute; left: -999px; }}</style>
</head><body>
<a class="skip" href="#main">Skip to main content</a>
<div class="lang">BG | EN</div>
<header><p><b>NATO Force Integration Unit Bulgaria</b></p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/news">News</a> · <a href="/vacancies">Vacancies</a> · <a href="/contact">Contact</a></nav>
<p><a href="/">Home</a> / <a href="/vacancies">Vacancies</a> / {TITLE}</p></header>
<main id="main">
<h1>Vacancy: {TITLE}</h1>
<p class="date">Posted: 21.04.2039</p>
{facts}
<h2>1. Introduction</h2>
<p>{INTRO}</p>
<h2>2. Tasks</h2>
<ul>
{ul(TASKS)}
</ul>
<h2>3. Essential requirements</h2>
<ul>
{ul(ESS)}
</ul>
<h2>4. Desirable</h2>
<ul>
{ul(DES)}
</ul>
<h2>5. Competencies</h2>
{comp}
<h2>6. How to apply</h2>
<p>Send the NFIU application form, a CV in English and copies of diplomas to recruitment@nfiu-bgr.example. Only shortlisted candidates will be contacted; tests are planned for early June 2039.</p>
</main>
<aside><h3>News</h3><ul><li>15.04.2039 – Host-nation planning conference held in Plovdiv</li><li>Vacancy NFIU-BGR-LC-2039-01 closed on 02.04.2039</li></ul></aside>
<footer><p>© NFIU Bulgaria · Privacy notice · Cookies</p></footer>
</body></html>
"""


def facebook():
    facts = "\n".join(f"🔹 {k}: {v}" for k, v in FACTS)
    ul = lambda xs: "\n".join(f"✔️ {x}" for x in xs)
    comp = "\n".join(f"⭐ {n}: {d}" for n, d in COMP)
    return f"""NATO Force Integration Unit Bulgaria
21 April at 10:15 · 🌐

📢 VACANCY – we are hiring! 📢

{facts}

{INTRO}

📌 Tasks
{ul(TASKS)}

📌 Essential requirements
{ul(ESS)}

📌 Desirable
{ul(DES)}

📌 Competencies
{comp}

📩 Send the NFIU application form, a CV in English and copies of diplomas to recruitment@nfiu-bgr.example.
#NATO #NFIU #Bulgaria #jobs
See less

👍❤️ 112
18 comments  37 shares
Like   Comment   Share

Most relevant
Ivaylo Petrov
Is the salary net or gross?
Like · Reply · 2d
  NATO Force Integration Unit Bulgaria
  Gross, as stated: EUR 2,318 per month.
  Like · Reply · 2d
Desislava Georgieva
Shared with my brother, he drives for DHL 🙂
Like · Reply · 1d
View more comments
"""


def build():
    write(f"{REF}-nfiu.html", html(), REF)
    write(f"{REF}-facebook.txt", facebook(), REF)
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-05-19",
             sal(2318, "EUR"), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}},
             {"en": COMP})
