from common import *

KEY = "busbud-senior-analytics-engineer-marketplace-pricing"
T = "Senior Analytics Engineer, Marketplace Pricing"
O = "Busbud"
L = "Montréal"
ESS = ["5+ years of experience in analytics engineering, data engineering or a closely related role",
       "Expert SQL and hands-on experience with dbt and a cloud warehouse such as BigQuery or Snowflake",
       "Experience designing data models that serve pricing, revenue or marketplace teams",
       "Comfort explaining trade-offs to non-technical partners"]
DES = ["Experience in travel, ticketing or another two-sided marketplace",
       "Working knowledge of Python for data pipelines"]
DUT = ["Own the data models behind fare comparison, dynamic fees and partner revenue reporting",
       "Partner with pricing analysts and product managers to turn questions into reliable datasets",
       "Set testing and documentation standards for the analytics codebase",
       "Mentor two analytics engineers and review their work",
       "Work with platform engineers on data quality monitoring and alerting"]


def build():
    txt = f"""Indeed
What: analytics engineer   Where: Montréal, QC   Find jobs
Upload your resume · Sign in · Employers / Post Job

{T}
{O}
4.2 ★ 61 reviews
Montréal, QC
$119,500–$137,500 a year - Permanent, Full-time
Apply on company site

Profile insights
Skills
SQL   dbt   BigQuery   Python
Do you have experience in SQL?   Yes   No

Job details
Pay
$119,500–$137,500 a year
Job type
Permanent
Full-time
Shift and schedule
Monday to Friday

Location
Montréal, QC

Benefits
Pulled from the full job description
Dental care
Flexible schedule
Paid time off
RRSP match

Full job description
{O} is the world's largest platform for intercity ground travel, helping millions of travellers compare and book bus and train tickets in 80 countries. Our Marketplace Pricing team decides what travellers pay and what our partners earn, and it needs a senior analytics engineer to make its data trustworthy.

Location: Montréal (hybrid, two days a week at our Mile-End office)
Compensation: $119,500 – $137,500 per year, plus stock options

What you'll do
{chr(10).join(DUT)}

What you'll bring
{chr(10).join(ESS)}

Nice to have
{chr(10).join(DES)}

What we offer
A $1,500 yearly learning budget, four weeks of vacation from day one, and a travel credit to try our partners' routes.

Applications close September 27, 2040. A technical conversation with the team is planned for the week of October 5, 2040.

Job Type: Permanent, Full-time
Pay: $119,500.00-$137,500.00 per year
Work Location: Hybrid remote in Montréal, QC

Posted 3 days ago
Report job

People also viewed
Data Engineer – Montréal, QC – $98,000–$115,000 a year
Analytics Lead – Laval, QC – $110,000–$128,000 a year
"""
    w(KEY + "-indeed.txt", txt, KEY)

    md = f"""![{O}](logo.png)

[Job Openings](#) › {T}

# {T}

Data & Analytics – {L}, Quebec

[Apply for This Job](#)

**Location** {L}, Quebec  
**Department** Data & Analytics  
**Employment Type** Full-Time  
**Minimum Experience** Senior Manager/Supervisor  
**Compensation** $119,500 - $137,500 / year

---

At {O}, we want everyone to be able to explore the world by bus and train. Behind every search on our site are fares from thousands of carriers, and our Marketplace Pricing team turns them into fair prices and healthy partner revenue.

**What you'll do**

{chr(10).join('- ' + d for d in DUT)}

**What you'll bring**

{chr(10).join('- ' + e for e in ESS)}

**Nice to have**

{chr(10).join('- ' + e for e in DES)}

**Why {O}?** A $1,500 learning budget, flexible hours, a hybrid setup in {L} and travel credits.

Applications close September 27, 2040.

---

[Apply for This Job](#)

*Powered by BambooHR* · Privacy Policy · Terms of Service
"""
    w(KEY + "-bamboohr.md", md, KEY)
    expected(KEY, "", ["en"], {"en": T}, {"en": O}, {"en": L}, {"en": None}, "2040-09-27",
             sal(119500, 137500, "CAD", "year"), None, None,
             {"en": {"essential": ESS, "desirable": DES}}, {"en": []})
