from common import *

KEY = "alp-44-0087"
REF = "ALP-44-0087"
T = "Short-Term Power Trader (f/m/d)"
O = "Alpiq"
LOC = "Lausanne"
SCH = "80 – 100%"
ESS = ["Master's degree in engineering, economics, finance or a comparable field",
       "At least two years of experience in short-term or intraday power trading",
       "Solid understanding of European power markets and cross-border capacity allocation",
       "Programming skills in Python or a comparable language",
       "Fluent English"]
DES = ["Experience with algorithmic trading tools", "Knowledge of the Swiss balancing market"]
COMP = [("Composure under pressure", "you take sound decisions when prices move fast"),
        ("Team spirit", "you hand over positions cleanly to the next shift"),
        ("Curiosity", "you keep improving our tools and models")]
TASKS = ["Optimise the short-term position of our hydro and thermal assets on the day-ahead and intraday markets",
         "Trade continuous intraday products on European exchanges within the agreed risk limits",
         "Monitor cross-border capacities, grid events and weather forecasts during your shift",
         "Work with the analysts to improve forecasts and bidding strategies"]


def jobsch():
    L = ["jobs.ch", "Find jobs   Companies   Salaries   Career advice", "DE | FR | EN   Log in", "",
         "< Back to results        Ad 3 of 42", "", T, O, "★★★★☆ 4.1 (212 reviews)", "",
         "Published:", "1 day ago", "Workload:", SCH, "Contract type:", "Unlimited employment", "Language:", "English (Fluent), French (Intermediate)",
         "Place of work:", "1003 Lausanne", "", "Salary estimate by jobs.ch: CHF 118 000 - 142 000 / year", "",
         "Apply", "", f"Energy is our business. {O} is a leading Swiss electricity producer and trader. For our trading floor in Lausanne we are looking for a",
         T, "", "Your tasks"] + TASKS + ["", "Your profile"] + ESS + ["", "Nice to have"] + DES
    L += ["", "What makes you stand out"] + [f"{n} – {d}" for n, d in COMP]
    L += ["", "What we offer", "Shift allowances, a CHF 1 500 annual training budget, flexible working models and a modern trading floor close to the station.", "",
          f"Reference: {REF}", f"Workload: {SCH}, shift work including weekends on rotation", f"Location: {LOC}", "",
          "Application deadline: 22.03.2044. First interviews will take place from 4 April 2044.", "",
          "ID of the ad: 5f2c9a7e-41b0-4d3e-9c61-7a0e88d2f413", "", "Similar jobs",
          "Energy Analyst 100% – Romande Hydro SA – Sion – 2 days ago", "Risk Controller 80-100% – Léman Trading AG – Genève – 5 days ago", "",
          "© JobCloud AG · Privacy · Terms"]
    return "\n".join(L) + "\n"


def careers():
    li = lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | {O} Careers</title></head>
<body>
<header><nav>{O} · Careers · Our locations · Students · <a href="#">FR</a> <a href="#">DE</a> <a href="#">EN</a></nav></header>
<main>
<div class="job-header">
<h1>{T}</h1>
<span class="chip">Trading</span> <span class="chip">{LOC}</span> <span class="chip">{SCH}</span>
<p class="meta">Requisition ID: {REF} · Posting date: 21.02.2044</p>
<a class="btn" href="#">Apply now</a>
</div>
<section><h2>Your role</h2>
<p>You join a team of twelve traders who run our short-term portfolio around the clock.</p>
<ol>{"".join(f"<li>{t}</li>" for t in TASKS)}</ol></section>
<section><h2>Your profile</h2>{li(ESS)}
<h3>Nice to have</h3>{li(DES)}</section>
<section><h2>What makes you stand out</h2>
<dl>{"".join(f"<dt>{n}</dt><dd>{d}</dd>" for n, d in COMP)}</dl></section>
<section><h2>Good to know</h2>
<p>Place of work: {LOC}. Workload: {SCH}. Please apply online by <strong>22 March 2044</strong>; applications by e-mail cannot be considered.</p>
<p>Contact: Talent Acquisition, Mélanie Steiner-Ravaz.</p></section>
</main>
<footer>© 2044 {O} · Legal notice · Data protection</footer>
</body></html>
"""


def build():
    write(KEY + "-jobsch.txt", jobsch(), KEY)
    write(KEY + "-careers.html", careers(), KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": T}, organisation={"en": O}, location={"en": LOC},
             schedule={"en": SCH}, deadline="2044-03-22", req={"en": (ESS, DES)}, comp={"en": COMP})
