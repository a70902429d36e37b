from common import *

KEY = "39517"
REF = "39517"
T = "Supply Chain Planner – Movements"
O = "Hublot SA"
L = "Nyon"
S = "100%"

ESS = ["Federal Certificate or Bachelor's degree in logistics, supply chain management or business administration",
       "Minimum 3 years of experience in production or materials planning, ideally in watchmaking or another manufacturing industry",
       "Advanced user of SAP (PP/MM modules) and Excel",
       "Fluent in French and English, both spoken and written"]
DES = ["APICS CPIM or CSCP certification",
       "Knowledge of movement components and their lead times",
       "Experience with an advanced planning tool (APS)"]
COMP = ["Analytical mindset", "Proactive communication", "Resilience under pressure", "Team spirit"]
TASKS = ["Build and maintain the monthly supply plan for in-house and purchased movements",
         "Translate the sales and operations plan into production orders for the Nyon and Le Sentier workshops",
         "Monitor component availability with buyers and suppliers and escalate shortages",
         "Follow key indicators (service level, stock coverage, plan adherence) and propose improvements"]


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} Job Details | {O}</title>
<style>
body {{ font-family: Helvetica, Arial, sans-serif; margin: 0; color: #111; }}
.hdr {{ background: #000; color: #fff; padding: 12px 30px; letter-spacing: 3px; }}
.job {{ padding: 20px 30px; max-width: 860px; }}
.jobmeta span {{ display: block; font-size: 13px; }}
.jobmeta b {{ display: inline-block; width: 90px; }}
.segments {{ font-size: 12px; color: #777; margin-top: 20px; }}
</style></head>
<body>
<div class="hdr">HUBLOT &nbsp;&nbsp;<small>CAREERS</small> &nbsp; <small>EN | FR</small></div>
<div class="job">
<p><a href="#">« Back to search results</a></p>
<h1 id="job-title">{T}</h1>
<div class="jobmeta">
<span><b>Date:</b> Jun 29, 2039</span>
<span><b>Location:</b> {L}, VD, CH</span>
<span><b>Company:</b> {O}</span>
<span><b>Requisition ID:</b> {REF}</span>
</div>
<p><button>Apply now »</button></p>
<div class="jobdescription">
<p><strong>Hublot</strong> is a Swiss luxury watchmaker based in Nyon, on the shores of Lake Geneva. Our Manufacture develops
and assembles its own movements, and our Supply Chain department makes sure each of them arrives at the right place and
time.</p>
<p><strong>Position:</strong> {T}<br>
<strong>Workload:</strong> {S}<br>
<strong>Contract:</strong> Permanent<br>
<strong>Start date:</strong> 1 October 2039 or to be agreed</p>
<p><strong>YOUR MISSIONS</strong></p>
{ul(TASKS)}
<p><strong>YOUR PROFILE</strong></p>
{ul(ESS)}
<p><strong>NICE TO HAVE</strong></p>
{ul(DES)}
<p><strong>SOFT SKILLS</strong></p>
{ul(COMP)}
<p><strong>WHAT WE OFFER</strong></p>
<p>A dynamic environment within a world-renowned brand, staff discount on our products, a CHF 600 yearly sports allowance,
canteen on site and 25 days of holidays.</p>
<p>Applications are reviewed until 24 July 2039. Only complete applications submitted through our career site will be
considered; recruitment agencies are kindly asked not to send profiles.</p>
</div>
<p class="segments">Job Segment: Supply Chain Manager, Supply Chain, SAP, Logistics, Operations</p>
</div>
<footer style="padding:10px 30px;font-size:11px;border-top:1px solid #ccc">© Hublot 2039 · Legal notice · Privacy policy · Cookie settings</footer>
</body></html>
"""
    write(KEY + "-hublot.html", html, KEY)

    md = f"""[jobs.ch](https://www.jobs.ch/en/) › [Find jobs](https://www.jobs.ch/en/vacancies/) › Supply chain

**Job 7 of 23** · [← Previous](#) · [Next →](#)

# {T}

**{O}** · ★ 4.1 (38 reviews)

📅 Publication date: 30 June 2039  
⏱ Workload: {S}  
📄 Contract type: Unlimited employment  
🏢 Place of work: {L}

💰 *Salary estimate from jobs.ch: CHF 88 000 - 109 000 / year*

[Quick apply](#) · [Save](#)

---

{O} – Manufacture de Haute Horlogerie · Nyon · Watchmaking · 1 000+ employees

**{T}**

YOUR MISSIONS
""" + "\n".join(f"- {t}" for t in TASKS) + """

YOUR PROFILE
""" + "\n".join(f"- {t}" for t in ESS) + """

NICE TO HAVE
""" + "\n".join(f"- {t}" for t in DES) + """

SOFT SKILLS
""" + "\n".join(f"- {t}" for t in COMP) + f"""

WHAT WE OFFER
A dynamic environment within a world-renowned brand, staff discount, a CHF 600 yearly sports allowance and 25 days of
holidays.

Applications are reviewed until 24 July 2039.

**Contact**  
Human Resources – Hublot SA, 1260 Nyon  
Reference: {REF}

Job ID: 5e1c0a7b-93d2-4f61-b0e8-2c6a41d9f3ab

### Similar jobs

| Job | Company | Place | Published |
|---|---|---|---|
| Demand Planner 80–100% | Horlogerie des Trois Lacs SA | Bienne | 27 June 2039 |
| Supply Chain Coordinator | Nordvale Components AG | Le Locle | 1 July 2039 |
"""
    write(KEY + "-jobsch.md", md, KEY)

    expected(KEY, REF, ["en"], T, O, L, S, "2039-07-24", None,
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": names(*COMP)})


if __name__ == "__main__":
    build()
