from common import *

T = "Senior Data Analyst – Brand Growth"
KEY = "ankorstore-senior-data-analyst-brand-growth"
O = "Ankorstore"
LOC = "Paris"
ESS = ["4+ years of experience as a data or product analyst, ideally in a marketplace or e-commerce company",
       "Excellent SQL and solid Python for analysis",
       "Experience with a modern data stack (dbt, BigQuery or Snowflake, Looker or similar)",
       "Sound knowledge of experimentation and A/B test statistics",
       "Fluent English; French is a plus"]
DES = ["Experience with pricing or commission models in a two-sided marketplace",
       "Exposure to causal inference methods"]
MIS = ["Own the analytics of the Brand Growth squad: onboarding funnel, brand retention and wholesale order value",
       "Design, size and read A/B tests together with product managers",
       "Build and maintain dbt models and Looker dashboards used by the brand success teams",
       "Turn messy questions from commercial teams into clear analyses and recommendations",
       "Mentor two junior analysts and review their SQL"]
DL = "15 May 2038"

wttj = f"""Welcome to the Jungle
Find a job   Find a company   Media   For employers        EN ▾   Log in

Ankorstore
Wholesale marketplace · Retail, E-commerce · 700 employees
Follow

{T}
Permanent contract
{LOC}
Partial remote allowed
Salary: €59K to €69K
Starting date: 01 August 2038
Experience: > 4 years
Education: Master's Degree
Apply      Save

The company
Ankorstore connects independent retailers across Europe with thousands of brands. Our team in Paris builds the marketplace that lets a shop in Lyon order from a brand in Lisbon in a few clicks.

The job
Job description
As our {T} you will:
""" + "\n".join(f"- {m}" for m in MIS) + """

Preferred experience
""" + "\n".join(ESS) + """

Bonus
""" + "\n".join(DES) + f"""

Compensation: €59,000 – €69,000 gross per year, plus BSPCE, Swile meal card and 50% of the Navigo pass.

Recruitment process
- 30-minute call with Talent Acquisition
- SQL and case study (take-home, to return within 5 days)
- Panel with the squad, then a final talk with the Head of Data in the week of 1 June 2038

Applications close on {DL}.

Meet the team  ▸ 3 videos
Other jobs at Ankorstore
Data Engineer – Platform · Paris · Salary: €55K to €68K
Product Manager – Retailer Checkout · Paris · Salary: €65K to €78K

© Welcome to the Jungle · Privacy · Cookies · Sitemap
"""
w(KEY + "-wttj.txt", wttj, KEY)

indeed = f"""indeed
What: data analyst   Where: Paris (75)   Find jobs
Upload your CV | Sign in | Employers / Post Job

{T}
{O}
4.0 ★ 58 reviews
{LOC}
€59,000 - €69,000 a year - Permanent, Full-time
Apply on company site

Profile insights
Skills
SQL (Required)   Python   dbt   Looker
Do you have experience in SQL?  Yes  No

Job details
Pay
€59,000 - €69,000 a year
Job type
Permanent
Full-time
Location
{LOC}

Full job description
Ankorstore connects independent retailers across Europe with thousands of brands. Our team in Paris builds the marketplace that lets a shop in Lyon order from a brand in Lisbon in a few clicks.

As our {T} you will:
""" + "\n".join(f"• {m}" for m in MIS) + """

Preferred experience
""" + "\n".join(f"• {m}" for m in ESS) + """

Bonus
""" + "\n".join(f"• {m}" for m in DES) + f"""

Compensation: €59,000 – €69,000 gross per year, plus BSPCE, Swile meal card and 50% of the Navigo pass.
Applications close on {DL}.

Posted 6 days ago
Report job

People also searched: data analyst remote · business analyst paris
Similar jobs
Data Analyst – Pricing · Marketplace startup · Paris · €50,000 - €60,000 a year
Analytics Engineer · Paris 9e · €55,000 - €65,000 a year

© 2038 Indeed · Accessibility at Indeed · Privacy Centre · Cookies · Terms
"""
w(KEY + "-indeed.txt", indeed, KEY)

expected(KEY, "", ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": None}, "2038-05-15",
         sal(59000, 69000, "EUR", "year"), None, None, {"en": {"essential": ESS, "desirable": DES}}, {"en": []})
