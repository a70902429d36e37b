from common import *

KEY = "deliverect-senior-data-engineer-integrations-platform"
T = "Senior Data Engineer – Integrations Platform"
O = "Deliverect"
L = "Ghent"
ESS = ["5+ years of experience building production data pipelines in Python or Scala",
       "Strong SQL and hands-on experience with a cloud data warehouse such as BigQuery or Snowflake",
       "Experience with event streaming (Kafka, Pub/Sub or Kinesis) at scale",
       "Fluent English, written and spoken"]
DES = ["Experience with dbt and Airflow or Dagster",
       "Familiarity with point-of-sale or food-delivery integrations",
       "Dutch or French"]
COMP = [("Ownership", "you follow your pipelines all the way to the dashboards that depend on them."),
        ("Clarity", "you write design docs that a new joiner can act on."),
        ("Pace with care", "you ship weekly without breaking what restaurants rely on.")]
EXP = en_only(reference="", title=T, organisation=O, location=L, schedule=None, deadline="2043-08-28",
              salary=sal(4800, 6200, "EUR", "month"), requirements=(ESS, DES), competencies=COMP)

DUTIES = ["Design and run the pipelines that ingest order events from more than 200 POS and delivery integrations",
          "Model clean, documented datasets for product analytics and partner reporting",
          "Improve data quality monitoring and alerting across the integrations platform",
          "Mentor two mid-level engineers and take part in the on-call rotation"]


def build():
    li = f"""in  Search   Home  My Network  Jobs  Messaging  Notifications  Me  For Business

{O}
{T}
Ghent, Flemish Region, Belgium · 4 days ago · 61 applicants
Hybrid  Full-time  Mid-Senior level
501-1,000 employees · Software Development
Skills: Python, SQL, Apache Kafka, BigQuery, +6 more
Easy Apply   Save

About the job
{O} connects restaurants with the delivery apps, kiosks and webshops their guests use. Our Integrations Platform processes millions of orders a day, and we want a senior data engineer to make the data behind it trustworthy and fast.

What you'll do
{chr(10).join('• ' + d for d in DUTIES)}

What you'll bring
{chr(10).join('• ' + e for e in ESS)}

Nice to have
{chr(10).join('• ' + e for e in DES)}

How we work
{chr(10).join(f'{n} – {d}' for n, d in COMP)}

What we offer
Salary: €4,800 – €6,200 gross per month, depending on experience, plus meal vouchers, hospitalization insurance and a yearly learning budget.
Location: Ghent office (3 days a week on site)
Contract: permanent, full-time

We review applications on a rolling basis and close this vacancy on 28 August 2043. First-round interviews start in the week of 1 September 2043.

…see less

About the company
{O}
Software Development · 501-1,000 employees · 214 on LinkedIn
Follow

More jobs
Backend Engineer (Go) · {O} · Ghent · 1 week ago
Data Analyst · Lotus Harbour Foods · Antwerp · 2 days ago
"""
    write(f"{KEY}-linkedin.txt", li, KEY)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} - {O}</title></head>
<body>
<header class="company-header"><img alt="{O}" src="logo.svg"> <a href="#">View website</a></header>
<main>
<h1 class="job-title">{T}</h1>
<p class="job-meta">{L}, East Flanders, Belgium · Engineering · Full time · Hybrid</p>
<div class="tabs"><a href="#">Overview</a> <a href="#">Application</a></div>
<h2>Description</h2>
<p>At {O} we help restaurants run online ordering from a single place. Join the Data team that powers our Integrations Platform.</p>
<h2>Responsibilities</h2>
{ul(DUTIES)}
<h2>Requirements</h2>
{ul(ESS)}
<h3>Bonus points</h3>
{ul(DES)}
<h2>How we work</h2>
<dl>{''.join(f'<dt>{n}</dt><dd>{d}</dd>' for n, d in COMP)}</dl>
<h2>Benefits</h2>
<p>Gross salary €4,800 – €6,200 per month, meal vouchers, hospitalization insurance, eco-cheques and a €1,000 learning budget.</p>
<p>Applications close on 28/08/2043.</p>
<p><a class="apply" href="#">Apply for this job</a></p>
</main>
<footer>Powered by Workable · Privacy</footer>
</body></html>
"""
    write(f"{KEY}-workable.html", html, KEY)
    expected(KEY, EXP)
