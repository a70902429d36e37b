"""Algonquin Forestry Authority (Ontario agency), EN: careers page as Markdown + WeasyPrint posting."""
from common import *

KEY = "afa-2044-14"
REF = "AFA-2044-14"
T = "Forest Operations Planner"
O = "Algonquin Forestry Authority"
LOC = "Huntsville, Ontario"
SCHED = "40 hours per week, Monday to Friday, with additional field days during the snow-free season"
ESS = [
    "A diploma or degree in forestry, forest technology or natural resources management",
    "At least three years of experience preparing forest operations prescriptions, annual work schedules or harvest plans in Ontario",
    "Working knowledge of the Forest Management Planning Manual and the Crown Forest Sustainability Act",
    "Proficiency with ArcGIS Pro or a comparable GIS platform",
    "A valid Class G driver's licence and the ability to work in remote field conditions",
]
DES = [
    "Registered Professional Forester (RPF) status with the Ontario Professional Foresters Association, or eligibility for it",
    "Experience with LiDAR-derived forest resources inventory products",
    "Experience engaging with Indigenous communities on forest operations",
]
COMP = [
    ("Attention to detail", "you check boundaries, buffers and volumes before a plan leaves your desk."),
    ("Collaboration", "you work easily with contractors, biologists and district staff."),
    ("Sound judgement in the field", "you recognize when a plan needs to change and say so early."),
]
DUTIES = [
    "Prepare the annual work schedule and block-level operational plans for harvest, road construction and renewal in the Algonquin Park Forest.",
    "Lay out harvest blocks, areas of concern and reserves using GIS, aerial imagery and field reconnaissance.",
    "Review operational prescriptions with Ministry of Natural Resources staff and the Park's ecologists.",
    "Track harvest progress and wood flow to mills and prepare the monthly operations report.",
    "Respond to questions from the public and from recreational users about upcoming operations.",
]
INTRO = ("The Algonquin Forestry Authority is a Crown agency of the Province of Ontario responsible for sustainable "
         "forest management in Algonquin Provincial Park. We plan and oversee harvesting, road work and renewal on "
         "behalf of the province, and we supply wood to mills across the region while protecting the Park's "
         "recreational and ecological values.")
ROLE = ("Reporting to the Operations Superintendent, the Forest Operations Planner turns the approved forest "
        "management plan into workable operations on the ground. You will divide your time between the office and "
        "the forest, and you will be the first contact for contractors who need a plan clarified.")


def md():
    out = []
    out.append("[Home](https://afa.example/) | [About](https://afa.example/about) | [Forest Operations](https://afa.example/ops) | **Careers** | [Contact](https://afa.example/contact)\n")
    out.append("> Road notice: the Achray Road is closed to public traffic on weekdays until further notice. [Details](https://afa.example/roads)\n")
    out.append("[Home](https://afa.example/) › [Careers](https://afa.example/careers) › Current opportunities\n")
    out.append(f"# {T}\n")
    out.append(f"*Posted September 26, 2044 · Competition {REF}*\n")
    out.append("| | |\n|---|---|\n"
               f"| **Competition number** | {REF} |\n"
               f"| **Organization** | {O} |\n"
               f"| **Location** | {LOC} |\n"
               "| **Employment type** | Full-time, permanent |\n"
               f"| **Hours of work** | {SCHED} |\n"
               "| **Salary range** | $78,400 – $91,600 per year |\n"
               "| **Closing date** | October 17, 2044, 4:00 p.m. |\n")
    out.append("## About us\n")
    out.append(INTRO + "\n")
    out.append("## The role\n")
    out.append(ROLE + "\n")
    out.append("## What you will do\n")
    out.append("\n".join(f"{i}. {d}" for i, d in enumerate(DUTIES, 1)) + "\n")
    out.append("## What you bring\n")
    out.append("\n".join(f"- {e}" for e in ESS) + "\n")
    out.append("**Assets**\n")
    out.append("\n".join(f"- {e}" for e in DES) + "\n")
    out.append("## How you work\n")
    out.append("\n".join(f"- **{n}** – {d}" for n, d in COMP) + "\n")
    out.append("## What we offer\n")
    out.append("A defined benefit pension plan, a full benefits package, a $1,200 annual allowance for safety "
               "footwear and field clothing, and a truck for field work. Field orientation for the successful "
               "candidate is planned for the week of November 3, 2044.\n")
    out.append("## How to apply\n")
    out.append(f"Send a cover letter and résumé quoting competition **{REF}** to careers@afa.example by "
               "**October 17, 2044, 4:00 p.m.** We thank all applicants; only those selected for an interview will "
               "be contacted. Accommodation is available on request throughout the hiring process.\n")
    out.append("---\n")
    out.append("**Other opportunities:** Seasonal Tree Marker (closes October 3, 2044) · Road Construction Technician (closes October 31, 2044)\n")
    out.append("*© Algonquin Forestry Authority · Accessibility · Privacy*\n")
    return "\n".join(out)


def weasy_html():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: Letter; margin: 2cm 2.2cm 2.4cm; @bottom-left {{ content: "{O} · Competition {REF}"; font-size: 8pt; color: #555; }}
        @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; }} }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; }}
.mast {{ border-bottom: 3px solid #2e5e2b; padding-bottom: 4pt; font-family: 'DejaVu Sans', sans-serif; }}
.mast .org {{ font-size: 15pt; font-weight: bold; color: #2e5e2b; }}
.kicker {{ letter-spacing: .3em; font-size: 9pt; color: #555; text-transform: uppercase; margin-top: 10pt; }}
h1 {{ font-family: 'DejaVu Sans', sans-serif; font-size: 17pt; margin: 2pt 0 8pt; }}
.facts {{ display: grid; grid-template-columns: 34% 66%; border: 1px solid #9bb79a; background: #f3f7f2; padding: 6pt; }}
.facts div.l {{ font-weight: bold; }}
h2 {{ font-family: 'DejaVu Sans', sans-serif; font-size: 11.5pt; color: #2e5e2b; margin: 12pt 0 3pt; }}
</style></head><body>
<div class="mast"><div class="org">{O}</div><div>Crown agency of the Province of Ontario · Huntsville · Pembroke</div></div>
<p class="kicker">Employment opportunity</p>
<h1>{T}</h1>
<div class="facts">
<div class="l">Competition:</div><div>{REF}</div>
<div class="l">Location:</div><div>{LOC}</div>
<div class="l">Status:</div><div>Permanent, full-time</div>
<div class="l">Hours of work:</div><div>{SCHED}</div>
<div class="l">Salary:</div><div>$78,400 – $91,600 per year</div>
<div class="l">Apply by:</div><div>October 17, 2044 (4:00 p.m. EDT)</div>
</div>
<h2>1. About the Authority</h2><p>{INTRO}</p>
<h2>2. About the role</h2><p>{ROLE}</p>
<h2>3. Key responsibilities</h2>
<ul style="list-style-type: lower-alpha">{''.join(f'<li>{d}</li>' for d in DUTIES)}</ul>
<h2>4. Qualifications</h2>
<p><b>Required:</b></p>
<ol>{''.join(f'<li>{e}</li>' for e in ESS)}</ol>
<p><b>Assets:</b></p>
<ul style="list-style-type: square">{''.join(f'<li>{e}</li>' for e in DES)}</ul>
<h2>5. Working style</h2>
{''.join(f'<p><b>{n}</b> – {d}</p>' for n, d in COMP)}
<h2>6. To apply</h2>
<p>E-mail your cover letter and résumé, quoting competition {REF}, to careers@afa.example no later than
October 17, 2044 at 4:00 p.m. Interviews are expected to take place in Huntsville during the week of
October 27, 2044. The Authority is an equal opportunity employer and provides accommodation on request.</p>
</body></html>"""


def build():
    write(KEY + "-careers.md", md(), KEY)
    weasyprint(src(KEY + "-posting.html", weasy_html()), KEY + "-posting.weasyprint.pdf", KEY)
    expected(KEY, reference=REF, languages=["en"], title=L(T), organisation=L(O), location=L(LOC),
             schedule=L(SCHED), deadline="2044-10-17", salary=sal(78400, 91600, "CAD", "year"),
             requirements=L(req(ESS, DES)), competencies=L(comps(COMP)))
