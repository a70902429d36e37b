from common import *
KEY = "manomano-senior-data-analyst-pricing-promotions"
T = "Senior Data Analyst – Pricing & Promotions (F/M/D)"
ORG = "ManoMano"; LOC = "Bordeaux"; SCH = "39 hours per week with 10 RTT days a year"
ESS = ["You have 5+ years of experience as a data analyst, ideally in e-commerce or retail",
 "You write advanced SQL and are comfortable with Python for analysis",
 "You have run and interpreted A/B tests and know their statistical pitfalls",
 "You can explain a recommendation to non-technical stakeholders in English",
 "You are used to working with dbt, Looker or similar tools"]
DES = ["You have worked on pricing, promotions or marketplace economics",
 "You speak French, Spanish, Italian or German",
 "You have experience with price elasticity models"]
DUT = ["Own the analytics of our pricing and promotion engine across six European countries",
 "Design and analyse experiments on commissions, coupons and seasonal campaigns",
 "Build the dashboards the category teams use every morning",
 "Coach two junior analysts of the Pricing squad"]
li = f"""LinkedIn
Home  My Network  Jobs  Messaging  Notifications  Me  For Business

{T}
{ORG} · Bordeaux, Nouvelle-Aquitaine, France · 5 days ago · 87 applicants
Promoted by hirer · Responses managed off LinkedIn
Hybrid  Full-time  Mid-Senior level
€58K/yr - €68K/yr
1,001-5,000 employees · Retail
Apply   Save

Meet the hiring team
Claire D. · Talent Acquisition Partner, Tech & Data · Job poster

About the job
ManoMano is Europe's online marketplace for DIY, home improvement and gardening, with millions of customers in France, Spain, Italy, Germany, Belgium and the UK.

Location: {LOC} (hybrid, two days a week at the office)
Contract: Permanent (CDI), full-time
Working hours: {SCH}
Salary: €58k – €68k gross per year, depending on experience

What you'll do
{chr(10).join('• ' + x for x in DUT)}

Who you are
{chr(10).join('• ' + x for x in ESS)}

Bonus points
{chr(10).join('• ' + x for x in DES)}

Hiring process: a call with Talent Acquisition, a technical case, a meeting with the team and a final talk with the Head of Data. Applications close on 21 April 2034.
…show less

About the company
{ORG}
412,880 followers
Retail · 1,001-5,000 employees · 1,240 on LinkedIn
Follow

More jobs
Data Engineer · ManoMano · Paris · 1 week ago
Pricing Analyst · Cdiscount · Bordeaux · €45K/yr - €52K/yr
"""
out(KEY + "-linkedin.txt", li)
wt = f"""Welcome to the Jungle
Find a job   Find a company   Media   Employers   EN

{ORG}
Retail, E-commerce, Marketplace
Follow

{T}
Permanent contract
Bordeaux
Salary: 58K to 68K €
Starting date: June 01, 2034
A few days at home
Experience: > 5 years
Education: Master's Degree
Apply

The position
Job description
ManoMano is Europe's online marketplace for DIY, home improvement and gardening.
Location: {LOC} (hybrid, two days a week at the office)
Contract: Permanent (CDI), full-time
Working hours: {SCH}
Salary: €58k – €68k gross per year, depending on experience
What you'll do:
{chr(10).join(DUT)}
Preferred experience
Who you are:
{chr(10).join(ESS)}
Bonus points:
{chr(10).join(DES)}
Recruitment process
A call with Talent Acquisition, a technical case, a meeting with the team and a final talk with the Head of Data. Applications close on 21 April 2034.

Want to know more?
Meet the team · Tech & Data at ManoMano

These jobs might interest you
Analytics Engineer · ManoMano · Paris · Salary: 55K to 65K €
Data Analyst · Back Market · Bordeaux · Salary: 48K to 56K €
"""
out(KEY + "-wttj.txt", wt)
expected(KEY, dict(reference="", post_number=None, languages=["en"], title=bi(T, None), organisation=bi(ORG, None),
  location=bi(LOC, None), schedule=bi(SCH, None), deadline="2034-04-21",
  salary=dict(amount=None, min=58000, max=68000, currency="EUR", period="year"), grade=None, clearance=None,
  requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None}, competencies={"en": [], "fr": None}))
