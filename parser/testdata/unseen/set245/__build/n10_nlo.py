from common import *

KEY = "NLO-MDA-LE-2038-01"
TITLE = "Assistant (Finance and Office Administration)"
ORG = "NATO Liaison Office Moldova"
LOC = "Chișinău, Republic of Moldova"
SCH = "Full-time"
GRADE, CLR = "LE-4", "NATO CONFIDENTIAL"
REQ = [
    "University degree in finance, accounting, economics or public administration",
    "At least three years of experience in office administration or bookkeeping, preferably in an embassy or international organisation",
    "Good knowledge of MS Office, in particular Excel",
    "Fluent Romanian and English; good Russian",
    "Citizenship of the Republic of Moldova",
]
DES = [
    "Experience with an accounting or procurement software",
    "Experience in organising official visits and events",
    "Knowledge of French",
]
COMP = [
    ("Reliability", "handles cash, invoices and records carefully and keeps to deadlines."),
    ("Discretion", "treats official information with confidentiality."),
    ("Service orientation", "supports visiting delegations and colleagues in a friendly way."),
]
INTRO = ("The NATO Liaison Office in Chișinău supports practical cooperation between NATO and the Republic of Moldova "
         "and explains the Alliance's partnership to the Moldovan public. The Office is looking for an assistant "
         "to keep its accounts, contracts and logistics in good order. "
         "The assistant works under the supervision of the Head of Office and in close contact with the finance "
         "and travel services at NATO Headquarters in Brussels.")
TASKS = ["Keeps the Office's petty cash and prepares monthly financial reports",
         "Processes invoices, contracts with local suppliers and payments",
         "Organises travel, accommodation and transport for visiting delegations",
         "Keeps the inventory of equipment and the Office's files",
         "Prepares requests for quotations and compares offers from local suppliers",
         "Supports the organisation of conferences, seminars and public events of the Office"]


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2038-03-29",
             (38650, None, None, "MDL", "month"), GRADE, CLR, {"en": (REQ, DES)}, {"en": COMP})
    facts = [("Reference", KEY), ("Organization", ORG), ("Location", LOC), ("Type of employment", SCH),
             ("Grade", GRADE), ("Monthly salary", "MDL 38,650 gross"), ("Security clearance", CLR),
             ("Deadline", "29 March 2038, 17:00 (Chișinău time)")]
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0047)https://nlo-moldova.example/en/vacancies/le-01 -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: {TITLE} - NATO Liaison Office Moldova</title></head>
<body>
<a href="#content">Skip to content</a>
<div class="lang">RO | RU | EN</div>
<nav><ul><li>Home</li><li>About</li><li>NATO and Moldova</li><li>News</li><li>Vacancies</li></ul></nav>
<p class="crumbs">Home / Vacancies / {TITLE}</p>
<main id="content">
<h1>Vacancy: {TITLE}</h1>
<p class="date">Published: 16.02.2038</p>
<dl>
{''.join(f'<dt>{a}</dt><dd>{esc(b)}</dd>' for a, b in facts)}
</dl>
<p>{esc(INTRO)}</p>
<h2>Main tasks</h2>
<ul>{''.join(f'<li>{esc(x)}</li>' for x in TASKS)}</ul>
<h2>Required</h2>
<ul>{''.join(f'<li>{esc(x)}</li>' for x in REQ)}</ul>
<h2>Desirable</h2>
<ul>{''.join(f'<li>{esc(x)}</li>' for x in DES)}</ul>
<h2>Competencies</h2>
<ul>{''.join(f'<li><strong>{n}:</strong> {esc(d)}</li>' for n, d in COMP)}</ul>
<h2>What we offer</h2>
<p>A one-year contract, renewable, with medical insurance and 25 days of annual leave. Please send your CV and a cover
letter in English to vacancies@nlo-moldova.example. Only shortlisted candidates will be contacted.</p>
</main>
<aside><h3>Latest news</h3><ul>
<li>10.02.2038 - Open day at the NATO Information Corner</li>
<li>Closed vacancy: Public Information Assistant (deadline 12.12.2037)</li></ul></aside>
<footer>NATO Liaison Office Moldova · Chișinău</footer>
</body></html>
"""
    write(f"{KEY}-nlo.html", page, KEY)

    tg = f"""Joburi ONG & Organizații Internaționale Moldova
14 312 subscribers

📌 Pinned message

NATO Liaison Office Moldova, Feb 17, 2038 at 10:26
🔔 VACANCY | {TITLE}

🏢 Organization: {ORG}
📍 Location: {LOC}
🕘 Type of employment: {SCH}
🎖 Grade: {GRADE}
💶 Monthly salary: MDL 38,650 gross
🔐 Security clearance: {CLR}
🆔 Reference: {KEY}
⏳ Deadline: 29 March 2038, 17:00 (Chișinău time)

{INTRO}

Main tasks:
{lines(TASKS, '▫️ ')}

Required:
{lines(REQ, '✅ ')}

Desirable:
{lines(DES, '➕ ')}

Competencies:
{lines([f'{n}: {d}' for n, d in COMP], '⭐ ')}

📩 CV + cover letter (EN) to vacancies@nlo-moldova.example
👁 2.1K  ✏️ edited  10:31

Comments (3)
Ion: Is it possible to apply with B2 English?
Ana: Last year a similar post was 32 000 lei, nice raise
Admin: Please read the requirements, deadline 29 March.
"""
    write(f"{KEY}-telegram.txt", tg, KEY)
