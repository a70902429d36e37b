from common import *

KEY = "ogury-senior-product-manager-privacy-consent"
T = "Senior Product Manager – Privacy & Consent"
O = "Ogury"
L = "Paris"

ESS = ["5+ years of experience as a Product Manager on B2B or ad-tech products, including at least 2 years on data or privacy topics",
       "Solid understanding of GDPR, ePrivacy and consent frameworks such as IAB TCF",
       "Proven track record of shipping products with distributed engineering teams",
       "Excellent written and spoken English; French is a plus but not required"]
DES = ["Experience with mobile SDKs or identity solutions",
       "Knowledge of US state privacy laws",
       "A technical background (engineering degree or former developer)"]
MIS = ["Own the roadmap of our consent management platform used by 400+ publishers",
       "Work with Legal and the DPO to turn regulatory changes into product requirements",
       "Define success metrics and run discovery with publishers and advertisers",
       "Coordinate two squads in Paris and Lisbon from specification to release"]


def build():
    wttj = f"""welcome to the jungle
Find a job   Find a company   Media   Employers
EN
{O}
Advertising, AdTech, Mobile
{O}
Follow
{T}
Permanent contract
{L}
A few days at home
Salary: €71.5K to €86.5K
Experience: > 5 years
Education: Master's Degree
Apply
Save
The company
{O}
Advertising, AdTech, Mobile
Creation: 2014
Employees: 400
Average age: 33 years old
Show company
The job
Job description
{O} is a privacy-first advertising company: we reach audiences without relying on personal identifiers. Our Product
team of 25 people builds the tools that publishers and brands use every day. As {T}, you will:
{chr(10).join("- " + m for m in MIS)}
Preferred experience
{chr(10).join(ESS)}
Bonus points
{chr(10).join(DES)}
Recruitment process
- 30-min call with Talent Acquisition
- Interview with the VP Product (week of 3 August 2039)
- Case study and panel with Engineering and Legal
- Final conversation with our CPO
Compensation: €71,500 – €86,500 gross per year, plus an annual bonus of up to 10%. Applications close on 26 July 2039.
Apply
Want to know more?
Meet the Product team  Video 2:14
These jobs might be interesting
Data Protection Counsel – {O} – Paris – Salary: €62K to €75K
Product Designer – Lumeo – Paris – Permanent contract
"""
    write(KEY + "-wttj.txt", wttj, KEY)

    li = f"""Skip to main content
LinkedIn
Home  My Network  Jobs  Messaging  Notifications  Me  For Business
{O}
{T}
Paris, Île-de-France, France · Reposted 4 days ago · Over 100 applicants
€71,500/yr - €86,500/yr  Hybrid  Full-time  Mid-Senior level
Easy Apply   Save
Meet the hiring team
Camille R. · Talent Acquisition Partner at {O}
Message
About the job
Location: {L} (3 days a week at our office near Opéra)
Team: Product – Publisher Platform
Reports to: VP Product
{O} is a privacy-first advertising company. Our consent management platform is used by more than 400 publishers, and
we are looking for a senior product manager to lead it.
What you'll do
• {chr(10).join("• " + m for m in MIS)[2:]}
What we're looking for
• {chr(10).join("• " + e for e in ESS)[2:]}
Bonus points
• {chr(10).join("• " + e for e in DES)[2:]}
What we offer
Salary between €71,500 and €86,500 gross per year plus bonus, meal card, 50% of public transport, private health
insurance, 2 remote weeks per year from anywhere in the EU.
Applications close on 26 July 2039; first interviews are planned for the week of 3 August 2039.
…see less
Set alert for similar jobs
Product Manager, Paris
About the company
{O}
12,480 followers
Advertising Services · 201-500 employees · 387 on LinkedIn
Similar jobs
Product Manager – Ads Measurement · Talvera · Paris (Hybrid) · €65K/yr - €78K/yr
Lead Product Manager · Corvent · Paris · 1 week ago
"""
    write(KEY + "-linkedin.txt", li, KEY)

    expected(KEY, "", ["en"], T, O, L, None, "2039-07-26", salary(71500, 86500, "EUR", "year"),
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})


if __name__ == "__main__":
    build()
