from common import *
import html as H
K = "NFIU-LVA-LC-2038-06"
TITLE = "Assistant (Reception and Movement Coordination)"
ORG = "NATO Force Integration Unit Latvia (NFIU LVA)"
LOC = "Riga, Latvia"
INTRO = "The NATO Force Integration Unit Latvia links national and Allied forces and helps prepare the rapid reinforcement of the region. Its Logistics Section plans the reception of Allied units arriving by sea, rail and air, together with the Latvian host nation authorities. The Assistant supports the two staff officers of the Section and is the main point of contact for Latvian civilian agencies. The work includes regular travel to ports and training areas in Latvia and occasional work at weekends during large exercises."
DUT = ["Keep the schedule of planned arrivals and departures of Allied units and equipment.", "Prepare movement requests and border crossing documents for the host nation authorities.", "Coordinate transport, accommodation and fuel bookings with Latvian agencies and contractors.", "Interpret between Latvian and English during meetings and site visits.", "Maintain contact lists of ports, railway stations and airfields."]
ESS = ["Secondary education and at least three years of experience in logistics, transport or freight forwarding", "Fluent Latvian and English at SLP 3333", "Good knowledge of MS Office", "Driving licence category B", "Latvian citizenship and eligibility for a NATO SECRET security clearance"]
DES = ["Experience with military movements or a host nation support cell", "Knowledge of Russian or Lithuanian", "Knowledge of NATO logistics functional services (LOGFAS)"]

def build():
    expected(K, None, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": "Full-time (40 hours per week)"}, "2038-10-20",
             sal(2193), "LC-4", "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}}, {"en": []})
    e = H.escape
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0054)https://nfiu-latvia.example/en/vacancies/lc-2038-06 -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy – {e(TITLE)}</title></head>
<body>
<a href="#main">Skip to content</a>
<header><p>NFIU LVA · LV | EN</p>
<ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/news">News</a></li><li><a href="/vacancies">Vacancies</a></li></ul></header>
<main id="main">
<p>Home / Vacancies / {K}</p>
<h1>Vacancy: {e(TITLE)}</h1>
<p class="date">Posted: 22.09.2038</p>
<table class="facts">
<tr><th>Vacancy reference</th><td>{K}</td></tr>
<tr><th>Organization</th><td>{e(ORG)}</td></tr>
<tr><th>Duty location</th><td>{e(LOC)}</td></tr>
<tr><th>Grade</th><td>LC-4</td></tr>
<tr><th>Working hours</th><td>Full-time (40 hours per week)</td></tr>
<tr><th>Salary</th><td>EUR 2,193 gross per month</td></tr>
<tr><th>Security clearance</th><td>NATO SECRET</td></tr>
<tr><th>Application deadline</th><td>20 October 2038, 16:00 (EEST)</td></tr>
</table>
<h2>1. Background</h2><p>{e(INTRO)}</p>
<h2>2. Main duties</h2><ul>{''.join(f'<li>{e(x)}</li>' for x in DUT)}</ul>
<h2>3. Essential requirements</h2><ul>{''.join(f'<li>{e(x)}</li>' for x in ESS)}</ul>
<h2>4. Desirable</h2><ul>{''.join(f'<li>{e(x)}</li>' for x in DES)}</ul>
<h2>5. Conditions</h2><p>Local civilian contract under Latvian labour law, initially for two years, with 28 days of annual leave. Interviews are planned for early November 2038.</p>
<h2>6. How to apply</h2><p>Send a CV in English and a motivation letter to hr@nfiu-latvia.example with the vacancy reference in the subject line.</p>
</main>
<aside><h3>Latest news</h3><ul><li>14.09.2038 – Reception exercise at the port of Liepāja</li><li>02.09.2038 – Vacancy LC-2038-05 closed on 30 August</li></ul></aside>
<footer>© NFIU Latvia 2038 · Privacy · Accessibility</footer>
</body></html>
"""
    write(f"{K}-nfiu.html", page, K)
    board = f"""CVportals.example   Vakances   Uzņēmumi   CV   Ienākt
Sākums › Vakances › Loģistika › Rīga

{TITLE}
NATO Force Integration Unit LatviaRīgaPilna slodzeEUR 2,193 gross per monthPieteikšanās termiņš: 20.10.2038
Pieteikties

Vacancy reference: {K} | Organization: {ORG} | Duty location: {LOC} | Grade: LC-4 | Working hours: Full-time (40 hours per week) | Salary: EUR 2,193 gross per month | Security clearance: NATO SECRET | Application deadline: 20 October 2038, 16:00 (EEST)

1. Background
{INTRO}
2. Main duties{DUT[0]}
{lines(DUT[1:])}
3. Essential requirements{ESS[0]}
{lines(ESS[1:])}
4. Desirable{DES[0]}
{lines(DES[1:])}
5. Conditions
Local civilian contract, initially for two years.

Sludinājuma ID: 7731902 · Skatījumi: 406

Līdzīgas vakances
Loģistikas koordinators – Rīga – EUR 1,600 - 1,950 – līdz 15.10.2038
Muitas deklarētājs – Jelgava – EUR 1,400 - 1,700 – līdz 31.10.2038
"""
    write(f"{K}-jobboard.txt", board, K)
