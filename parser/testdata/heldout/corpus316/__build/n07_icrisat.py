"""Internship: ICRISAT (Patancheru), monthly stipend INR. Careers page with sidebar + Indian internship-board copy."""
from common import *

REF = "ICRISAT/INT/2044/07"
KEY = "icrisat-int-2044-07"
TITLE = "Research Intern – Millet Grain Quality Analytics"
ORG = "International Crops Research Institute for the Semi-Arid Tropics"
LOC = "Patancheru, Telangana, India"
SCHED = "Full-time"
STIPEND = "INR 30,000 per month"
ABOUT = ("ICRISAT conducts agricultural research for development in the drylands of Asia and sub-Saharan Africa. Its "
         "grain quality laboratory at the Patancheru campus analyses thousands of millet and sorghum samples every "
         "season for breeding programmes.")
TASKS = [
    "Clean and document near-infrared spectroscopy data from the last three breeding seasons",
    "Build calibration models for protein, iron and zinc content and compare their accuracy",
    "Prepare dashboards for breeders on grain quality by trial and location",
    "Write a short internship report and present it to the laboratory team",
]
REQ = [
    "Enrolment in, or completion within the last year of, a master's programme in food science, biochemistry, statistics, data science or a related field.",
    "Good command of R or Python for data analysis.",
    "Basic understanding of laboratory quality-control procedures.",
    "Good written and spoken English.",
]
GOOD = [
    "Prior exposure to spectroscopy or chemometrics.",
    "Knowledge of Telugu or Hindi.",
]
COND = ("The internship lasts six months from April 2044. Interns receive a stipend of " + STIPEND +
        " and shared accommodation on campus; travel to Patancheru is at the intern's own cost. Online interviews "
        "will be held in the first week of March 2044.")


def html():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | ICRISAT Careers</title>
<style>body{{font-family:"Liberation Sans",sans-serif;margin:0}} .wrap{{display:flex;gap:28px;padding:12px 24px}}
main{{flex:3}} aside{{flex:1;background:#f4f1e8;padding:10px 14px}} aside dt{{font-weight:bold;margin-top:8px}} aside dd{{margin:0}}
nav{{background:#2f5d27;padding:8px 24px}} nav a{{color:#fff;margin-right:16px}}</style></head><body>
<nav><a href="#">ICRISAT</a><a href="#">Research</a><a href="#">Locations</a><a href="#">Careers</a><a href="#">News</a><a href="#">Contact</a></nav>
<p style="padding:0 24px;font-size:12px">Home / Careers / Internships / {REF}</p>
<div class="wrap">
<main>
<h1>{TITLE}</h1>
<p>{ABOUT}</p>
<h2>What you will do</h2>
<ul>
{li(TASKS)}
</ul>
<h2>Skills and qualifications required</h2>
<ul>
{li(REQ)}
</ul>
<h2>Good to have</h2>
<ul>
{li(GOOD)}
</ul>
<h2>Stipend and conditions</h2>
<p>{COND}</p>
<p><a href="#">Apply online</a> — applications close on 22 February 2044 (23:59 IST).</p>
</main>
<aside>
<h3>At a glance</h3>
<dl>
<dt>Reference</dt><dd>{REF}</dd>
<dt>Institute</dt><dd>{ORG}</dd>
<dt>Location</dt><dd>{LOC}</dd>
<dt>Type</dt><dd>Internship (6 months)</dd>
<dt>Working hours</dt><dd>{SCHED}</dd>
<dt>Stipend</dt><dd>{STIPEND}</dd>
<dt>Posted</dt><dd>25 January 2044</dd>
<dt>Closing date</dt><dd>22 February 2044</dd>
</dl>
<h3>Other openings</h3>
<p>Scientist – Sorghum Breeding (Niamey), closes 12 March 2044<br>Field Technician (Kano), closes 5 February 2044</p>
</aside>
</div>
<footer style="padding:8px 24px;font-size:11px">© ICRISAT · A CGIAR Research Center · Privacy</footer>
</body></html>
"""


def board():
    return f"""InternHunt
Internships  Jobs  Courses  Login  Register
Home > Internships > Research internships in Hyderabad
{TITLE}
{ORG}
Actively hiring
📍 Patancheru, Hyderabad
Start date
Starts in April '44
Duration
6 Months
Stipend
₹ 30,000 /month
Apply By
22 Feb' 44
Posted 5 days ago
Internship  Full-time  In-office
1,204 applicants

About the internship
Reference: {REF}
Location: {LOC}
Selected intern's day-to-day responsibilities include:
1. {TASKS[0]}
2. {TASKS[1]}
3. {TASKS[2]}
4. {TASKS[3]}

Skill(s) required
R Programming  Python  Data Analytics  Food Science

Who can apply
{chr(10).join(REQ)}
Good to have:
{chr(10).join(GOOD)}

Perks
Certificate  Accommodation  Stipend {STIPEND}

Other information
Last date to apply: 22 February 2044. Interviews online in the first week of March 2044.

About the organization
{ABOUT}
Website

Similar internships
Data Science Intern · Bengaluru · ₹ 15,000 /month · Apply by 9 Feb' 44
Agronomy Intern · Pune · Unpaid · Apply by 28 Feb' 44
"""


def build():
    write(KEY + "-careers.html", html(), KEY)
    write(KEY + "-internboard.txt", board(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-02-22", sched={"en": SCHED},
             salary=sal(30000, cur="INR", period="month"), req={"en": (REQ, GOOD)}, comp={"en": []})
