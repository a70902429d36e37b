from common import *

KEY = "r-2042-0391"
REF = "R-2042-0391"
T = "Embedded Software Engineer – Replay Servers (C++/Linux)"
O = "EVS Broadcast Equipment"
L = "Seraing"
ESS = [
    "Master's degree in computer science, electronics or an equivalent engineering field",
    "At least 4 years of experience developing software in modern C++ on Linux",
    "Solid understanding of multithreading, memory management and performance profiling",
    "Fluency in English; French is a plus but not required",
]
DES = [
    "Experience with video formats, codecs or SMPTE ST 2110 workflows",
    "Knowledge of Yocto or another embedded Linux build system",
]
TASKS = [
    "Design and implement new features for our live replay server software",
    "Optimise recording and playout pipelines handling multiple UHD streams",
    "Write automated tests and take part in code reviews",
    "Support field engineers during major live events when needed",
]


def build():
    nl = "\n"
    txt = f"""LinkedIn   Home   My Network   Jobs   Messaging   Notifications   Me   For Business

{O}
{T}
Seraing, Walloon Region, Belgium · 1 week ago · 37 applicants

On-site   Full-time   Mid-Senior level
1,001-5,000 employees · Broadcast Media Production and Distribution
Skills: C++, Linux, Multithreading, +4 more

Easy Apply   Save

About the job

At {O}, we build the replay and live production systems behind the world's biggest sports events. Our R&D team in {L} (Liège Science Park) is looking for an engineer to strengthen the replay server software team.

Reference: {REF}
Location: {L}, Belgium (on site, occasional remote days)
Contract: permanent

What you'll do
• {TASKS[0]}
• {TASKS[1]}
• {TASKS[2]}
• {TASKS[3]}

What we're looking for
• {ESS[0]}
• {ESS[1]}
• {ESS[2]}
• {ESS[3]}

Nice to have
• {DES[0]}
• {DES[1]}

What we offer
A competitive salary package with company car or mobility budget, meal vouchers, hospitalisation insurance and 32 days off. Applications close on 21 June 2042; technical interviews start on 30 June 2042.

…see less

About the company
{O}
Broadcast Media Production and Distribution · 1,001-5,000 employees · 612 on LinkedIn

More jobs
Software Test Engineer – Live Production · Seraing · 3 days ago
Field Support Engineer · Brussels · 2 weeks ago
"""
    write(KEY + "-linkedin.txt", txt, KEY)

    lis = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} | {O}</title></head>
<body>
<header><nav><a href="#">EVS</a> <a href="#">Solutions</a> <a href="#">Customers</a> <a href="#">Careers</a> <a href="#">Contact</a></nav></header>
<main>
<h1>{T}</h1>
<ul class="job-tags"><li>{L}, Belgium</li><li>Research &amp; Development</li><li>Full-time</li><li>Ref. {REF}</li></ul>
<p class="posted">Posted on 14/05/2042</p>
<h2>Your role</h2>
<ul>{lis(TASKS)}</ul>
<h2>Your profile</h2>
<ul>{lis(ESS)}</ul>
<h3>Bonus points</h3>
<ul>{lis(DES)}</ul>
<h2>Why join us?</h2>
<p>Work on products used in live broadcasts watched by millions, with a team of passionate engineers. Relocation support for candidates moving to Belgium.</p>
<p><strong>Deadline for applications: 21/06/2042</strong></p>
<p><a class="btn" href="#">I'm interested</a></p>
<h3>Other openings</h3>
<ul><li>FPGA Engineer – Seraing</li><li>Product Owner, Media Infrastructure – Seraing</li></ul>
</main>
<footer>{O} S.A. · Privacy policy · Cookie settings</footer>
</body></html>"""
    write(KEY + "-careers.html", html, KEY)
    expected(KEY, reference=REF, languages=["en"], title=T, organisation=O, location=L, schedule=None,
             deadline="2042-06-21", salary=None,
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": [], "fr": None})
