from common import *
KEY = "brevo-lead-analytics-engineer-customer-data"
T = "Lead Analytics Engineer – Customer Data"; O = "Brevo"; LOC = "Paris"
ESS = ["5+ years of experience in analytics engineering or data engineering, including at least one year leading others",
  "Expert SQL and solid experience with dbt and a cloud warehouse (BigQuery, Snowflake or similar)",
  "Experience designing data models used by product and finance teams",
  "Fluent English; French is not required"]
DES = ["Experience with event streaming (Kafka, Pub/Sub)", "Knowledge of email or SMS deliverability metrics", "Contributions to open-source data tooling"]
COMP = [("Ownership", "you take a problem from the first question to the dashboard people actually use"),
  ("Clarity", "you explain trade-offs to non-technical colleagues without jargon"),
  ("Generosity", "you review code kindly and share what you learn")]
DO = ["Own the customer data models that feed billing, churn and product analytics", "Lead a squad of three analytics engineers",
  "Set testing and documentation standards for the dbt project", "Work with product managers to define trustworthy metrics"]
def build():
    li = f"""LinkedIn    Home    My Network    Jobs    Messaging    Notifications

{O}
{T}
Paris, Île-de-France, France · 6 days ago · 87 applicants
€66.5K/yr - €80.5K/yr · Hybrid · Full-time · Mid-Senior level
201-500 employees · Software Development
Skills: SQL, dbt, Data Modeling, +6 more

Easy Apply    Save

Meet the hiring team
Camille R. · Talent Acquisition Partner at {O}
Message

About the job
At {O}, more than 500,000 businesses use our platform to talk to their customers by email, SMS and chat. The Customer Data team makes sure every number they see is right.

Location: {LOC} (hybrid, two days a week from home)
Team: Data Platform

What you'll do
• {DO[0]}
• {DO[1]}
• {DO[2]}
• {DO[3]}

What you'll bring
• {ESS[0]}
• {ESS[1]}
• {ESS[2]}
• {ESS[3]}

Bonus points
• {DES[0]}
• {DES[1]}
• {DES[2]}

How we work
{COMP[0][0]}: {COMP[0][1]}.
{COMP[1][0]}: {COMP[1][1]}.
{COMP[2][0]}: {COMP[2][1]}.

Salary: €66,500 - €80,500 gross per year + equity. Applications close on 21 December 2038. Interviews: a 30-minute call, a take-home case (to be returned by 8 January 2039) and a team panel.
…see less

About the company
{O}
312,540 followers
Software Development · 201-500 employees · 1,104 on LinkedIn

Similar jobs
Senior Data Engineer · Paris (Hybrid) · €70K/yr - €85K/yr
Analytics Engineer · Lyon (On-site) · 2 weeks ago
"""
    w(f"{KEY}-linkedin.txt", li, KEY)
    ind = f"""indeed    Find jobs    Company reviews    Salary guide    Post your CV    Sign in

What: analytics engineer    Where: Paris (75)

{T}
{O}
4.1 ★ 212 reviews
Paris (75)
Hybrid remote
€66,500 - €80,500 a year - Full-time, Permanent

Apply on company site

Job details
Pay
€66,500 - €80,500 a year
Job type
Full-time
Permanent
Shift and schedule
Monday to Friday

Location
Paris (75)

Benefits
Pulled from the full job description
Meal vouchers
Health insurance
Work from home

Full job description
At {O}, more than 500,000 businesses use our platform to talk to their customers by email, SMS and chat. The Customer Data team makes sure every number they see is right.

Location: {LOC} (hybrid, two days a week from home)

What you'll do
- {DO[0]}
- {DO[1]}
- {DO[2]}
- {DO[3]}

What you'll bring
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}

Bonus points
- {DES[0]}
- {DES[1]}
- {DES[2]}

How we work
- {COMP[0][0]}: {COMP[0][1]}.
- {COMP[1][0]}: {COMP[1][1]}.
- {COMP[2][0]}: {COMP[2][1]}.

Applications close on 21 December 2038.

Job type: Full-time, Permanent
Pay: €66,500.00-€80,500.00 per year
Work Location: Hybrid remote in Paris (75)

Posted 5 days ago · Report job

People also searched: data engineer paris · dbt · bigquery
Data Analyst - Marketing · Paris 9e (75) · €45,000 - €52,000 a year
"""
    w(f"{KEY}-indeed.txt", ind, KEY)
    exp(KEY, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {}, "2038-12-21",
        sal(66500, 80500, "EUR", "year"), None, None, {"en": {"essential": ESS, "desirable": DES}},
        {"en": pairs(*[(a, b + ".") for a, b in COMP])}, "")
