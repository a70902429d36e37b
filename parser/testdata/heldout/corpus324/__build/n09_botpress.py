"""Botpress (Montreal software company), EN: LinkedIn copy + Lever-like job page. No reference."""
from common import *

KEY = "botpress-developer-relations-engineer"
T = "Developer Relations Engineer"
O = "Botpress"
LOC = "Montreal, Quebec"
ESS = [
    "3+ years of experience as a software developer, with solid TypeScript or Python skills",
    "Experience creating technical content such as tutorials, videos or sample apps",
    "Comfort speaking in front of developer audiences, online and in person",
    "Excellent written English",
]
DES = [
    "Experience building chatbots or working with large language model APIs",
    "Spoken French",
    "An existing audience on YouTube, GitHub or a developer forum",
]
COMP = [
    ("Builder mindset", "you ship demos and fix the docs yourself when you find a gap."),
    ("Empathy for developers", "you remember what it felt like to be stuck on a first integration."),
    ("Clear communication", "you can explain an agent workflow in five minutes or in fifty."),
]
TASKS = [
    "Write tutorials, reference examples and starter templates for our agent platform",
    "Record short videos and run live coding sessions for our community",
    "Collect feedback from developers and turn it into clear product requests",
    "Represent Botpress at meetups and conferences in Montreal, Toronto and online",
]
ABOUT = ("Botpress is the platform developers use to build AI agents for customer support, sales and internal "
         "tools. Thousands of teams around the world run their agents on Botpress, and our open community is one "
         "of the largest in the space. We are looking for a developer who loves teaching to join our Developer "
         "Relations team.")


def linkedin():
    return f"""Home   My Network   Jobs   Messaging   Notifications   Me   For Business

{O}
{T}
{LOC}, Canada · 5 days ago · Over 100 applicants
Promoted by hirer · Responses managed off LinkedIn

CA$105K/yr - CA$128K/yr   Hybrid   Full-time   Mid-Senior level
51-200 employees · Software Development
Skills: TypeScript, Python, Technical Writing, +5 more

Apply   Save

About the job

{ABOUT}

What you'll do
{chr(10).join('• ' + t for t in TASKS)}

What you bring
{chr(10).join('• ' + e for e in ESS)}

Bonus points
{chr(10).join('• ' + e for e in DES)}

How we work
{chr(10).join(n + ' – ' + d for n, d in COMP)}

Compensation: $105,000 – $128,000 CAD per year, plus stock options and a $1,500 yearly conference budget.
Location: {LOC} (hybrid, 2 days a week at our Mile End office).
Applications close on October 28, 2044. First interviews will be held the week of November 4, 2044.

…see less

About the company
{O}
Software Development · 51-200 employees · 214 on LinkedIn
Follow

More jobs
Solutions Engineer · Toronto, ON · 1 week ago
Developer Advocate · Remote (Canada) · 3 days ago
"""


def page():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{O} - {T}</title></head><body>
<div class="main-header-logo">{O}</div>
<div class="posting-headline"><h2>{T}</h2>
<div class="posting-categories"><div class="sort-by-location location">{LOC}</div><div class="department">Developer Relations</div><div class="commitment">Full-time</div><div class="workplaceTypes">Hybrid</div></div></div>
<div class="section-wrapper">
<div class="section"><p>{ABOUT}</p></div>
<div class="section"><h3>What you'll do</h3><ul>{''.join(f'<li>{t}</li>' for t in TASKS)}</ul></div>
<div class="section"><h3>What you bring</h3><ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul></div>
<div class="section"><h3>Bonus points</h3><ul>{''.join(f'<li>{e}</li>' for e in DES)}</ul></div>
<div class="section"><h3>How we work</h3><dl>{''.join(f'<dt>{n}</dt><dd>{d}</dd>' for n, d in COMP)}</dl></div>
<div class="section"><h3>Compensation</h3><p>The salary range for this role is $105,000 – $128,000 CAD per year. Stock options and a $1,500 conference budget are offered in addition.</p>
<p>We review applications on a rolling basis; the posting closes on 2044-10-28.</p></div>
<div class="section"><a class="postings-btn" href="#">Apply for this job</a></div>
</div>
<div class="main-footer"><p>Jobs powered by Lever · {O} Home Page</p></div>
</body></html>"""


def build():
    write(KEY + "-linkedin.txt", linkedin(), KEY)
    write(KEY + "-lever.html", page(), KEY)
    expected(KEY, reference="", languages=["en"], title=L(T), organisation=L(O), location=L(LOC),
             schedule=L(), deadline="2044-10-28", salary=sal(105000, 128000, "CAD", "year"),
             requirements=L(req(ESS, DES)), competencies=L(comps(COMP)))
