from common import *
import html as H

REF = "NRC-KW-2044-02"
T = "Course Administration Officer"
ORG = "NATO-ICI Regional Centre (NRC)"
LOC = "Kuwait City, Kuwait"
SCH = "Full-time (Sunday to Thursday, 40 hours per week)"
GRADE, CLR = "LE-6", "NATO RESTRICTED"
DL = "Tuesday, 27 January 2044, 14:00 (Kuwait time)"
ESS = [
    "Bachelor's degree in business administration, international relations or education management.",
    "At least three years of experience in organising courses, conferences or training events.",
    "Excellent written and spoken English and Arabic.",
    "Confident user of office software and of online registration tools.",
]
DES = [
    "Experience in an international organisation or a diplomatic mission.",
    "Knowledge of French.",
    "Experience of managing event budgets.",
]
COMP = [
    ("Organisation", "Plans ahead and keeps every course file complete."),
    ("Hospitality", "Welcomes participants from the Gulf region and from Allied nations with courtesy."),
    ("Cooperation", "Works smoothly with the NATO Defense College faculty and with Kuwaiti host authorities."),
]
DUTIES = [
    "Prepares course calendars, joining instructions and participant lists.",
    "Coordinates visas, accommodation and transport for lecturers and participants.",
    "Runs registration and the course office during each course week.",
    "Keeps attendance records and issues certificates.",
    "Tracks course expenditure against the agreed budget.",
]


def build():
    e = H.escape
    side = [("Reference", REF), ("Position", T), ("Organization", ORG), ("Location", LOC), ("Working hours", SCH),
            ("Grade", GRADE), ("Monthly salary", "KWD 1,240 (net, with housing allowance on top)"),
            ("Clearance", CLR), ("Apply by", DL)]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: {e(T)} – NATO-ICI Regional Centre</title>
<style>body{{font-family:sans-serif;margin:0}} .wrap{{display:flex}} aside{{width:32%;background:#f1f4f8;padding:12px}} article{{width:64%;padding:12px}}</style>
</head><body>
<div class="lang"><a href="#">العربية</a> | <a href="#">English</a></div>
<header><img src="logo.png" alt="NATO-ICI Regional Centre logo">
<nav><ul><li><a href="#">Home</a></li><li><a href="#">The Centre</a></li><li><a href="#">Courses</a></li><li><a href="#">Alumni</a></li><li><a href="#">Vacancies</a></li></ul></nav></header>
<p class="crumbs">Home &rsaquo; Vacancies &rsaquo; {e(T)}</p>
<div class="wrap">
<article>
<h1>Vacancy: {e(T)}</h1>
<p class="posted">Posted on 7 December 2043</p>
<h2>The Centre</h2>
<p>The NATO-ICI Regional Centre in Kuwait offers courses on security cooperation to participants from the Istanbul Cooperation Initiative countries, the wider Gulf region and Allied nations, with faculty support from the NATO Defense College.</p>
<h2>What you will do</h2>
<ul>
{chr(10).join(f"<li>{e(d)}</li>" for d in DUTIES)}
</ul>
<h2>What we are looking for</h2>
<h3>Minimum requirements</h3>
<ul>
{chr(10).join(f"<li>{e(d)}</li>" for d in ESS)}
</ul>
<h3>Assets</h3>
<ul>
{chr(10).join(f"<li>{e(d)}</li>" for d in DES)}
</ul>
<h3>Competencies</h3>
<ul>
{chr(10).join(f"<li><strong>{e(n)}:</strong> {e(d)}</li>" for n, d in COMP)}
</ul>
<h2>How to apply</h2>
<p>Send your CV and a cover letter in English to the Centre's administration office. Applications received after {e(DL)} will not be considered. Interviews are planned for the week of 8 February 2044.</p>
</article>
<aside>
<h2>Job summary</h2>
<table>
{chr(10).join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in side)}
</table>
<h2>Upcoming courses</h2>
<ul><li>Regional Security Course, 11–21 January 2044</li><li>Energy Security Seminar, 2–4 March 2044</li></ul>
</aside>
</div>
<footer>NATO-ICI Regional Centre, Kuwait · Contact · Privacy</footer>
</body></html>
"""
    write(f"{REF}-nrc.html", html, REF)

    board = f"""GulfCareers.example
Find Jobs   Companies   Salaries   Post a Job   Sign In
Home > Jobs in Kuwait > Education & Training > {T}

{T}
NATO-ICI Regional CentreKuwait City, KuwaitPosted 6 days ago
Apply Now   Save Job

Job Details
Job LocationKuwait City, KuwaitCompany IndustryGovernment & Public SectorCompany TypeInternational OrganisationJob RoleEducation & TrainingEmployment TypeFull Time EmployeeMonthly SalaryKWD 1,240Number of Vacancies1

Job Description
Reference: {REF}
Position: {T}
Organization: {ORG}
Location: {LOC}
Working hours: {SCH}
Grade: {GRADE}
Monthly salary: KWD 1,240 (net, with housing allowance on top)
Clearance: {CLR}
Apply by: {DL}

The Centre
The NATO-ICI Regional Centre in Kuwait offers courses on security cooperation to participants from the Istanbul Cooperation Initiative countries, the wider Gulf region and Allied nations, with faculty support from the NATO Defense College.

What you will do
{lines(DUTIES)}

Minimum requirements
{lines(ESS)}

Assets
{lines(DES)}

Competencies
{lines(f"{n}: {d}" for n, d in COMP)}

How to apply
Send your CV and a cover letter in English to the Centre's administration office. Applications received after {DL} will not be considered. Interviews are planned for the week of 8 February 2044.

Preferred Candidate
Career LevelMid Career   Years of Experience Min: 3   Residence LocationKuwait   GenderAny   DegreeBachelor's degree

Similar Jobs
Training CoordinatorPrivate university, Kuwait CityKWD 900 - 1,100
Events Officer, EmbassyKuwait City, Kuwaitapply by 20/01/2044
"""
    write(f"{REF}-gulfcareers.txt", board, REF)
    expected(REF, None, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-01-27",
             sal(1240, "KWD"), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
