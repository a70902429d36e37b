from common import *
import subprocess, os
K = "cbs-hrd-vac-2033-09"
REF = "CBS/HRD/VAC/2033/09"
TITLE = "Senior Analyst – Financial Stability"
ORG = "Central Bank of Seychelles"
LOC = "Victoria, Mahé"
SCHED = "Full-time, 8:00 a.m. to 4:00 p.m., Monday to Friday"
GRADE = "Band 7"
ESS = ["A master's degree in economics, finance or a related field;",
       "at least five (5) years of relevant experience in macroprudential analysis, banking supervision or financial research;",
       "strong quantitative skills and experience with statistical or econometric software;",
       "excellent written and oral communication skills in English."]
DES = ["Knowledge of French or Seychellois Creole;",
       "experience in stress testing of banking systems."]
COMP = [("Analytical thinking", "identifies emerging risks from incomplete data."),
        ("Integrity", "protects confidential supervisory information."),
        ("Teamwork", "contributes to joint work with the Banking Supervision Division.")]
DUT = ["Monitor systemic risks in the banking and non-bank financial sectors;",
       "prepare chapters of the annual Financial Stability Report and internal risk notes;",
       "develop and maintain early-warning indicators and stress-testing tools;",
       "represent the Bank in regional working groups on macroprudential policy;",
       "supervise and mentor analysts of the Division."]
exp = {"_key": K, "reference": REF, "post_number": None, "languages": ["en"],
 "title": {"en": TITLE, "fr": None}, "organisation": {"en": ORG, "fr": None},
 "location": {"en": LOC, "fr": None}, "schedule": {"en": SCHED, "fr": None},
 "deadline": "2033-10-24", "salary": salary(mn=38500, mx=46200, cur="SCR", period="month"), "grade": GRADE, "clearance": None,
 "requirements": {"en": {"essential": ESS, "desirable": DES}, "fr": None},
 "competencies": {"en": comp(COMP), "fr": None}}
expected(exp)
li = lambda xs: "\n".join(f"    <li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Vacancy – {TITLE} | Central Bank of Seychelles</title>
<style>
@page {{ size: A4; margin: 18mm 16mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1a1a1a; }}
.utility {{ font-size: 8pt; text-align: right; color: #555; }}
.brand {{ border-bottom: 3px solid #00594f; padding-bottom: 6px; }}
.brand b {{ font-size: 14pt; color: #00594f; }}
nav {{ font-size: 9pt; margin: 6px 0; }}
nav a {{ margin-right: 12px; color: #00594f; }}
ul.meta {{ list-style: square; background: #eef5f4; padding: 10px 10px 10px 28px; }}
.closing {{ border: 2px solid #a4161a; padding: 8px; color: #a4161a; font-weight: bold; }}
.side {{ font-size: 9pt; border-top: 1px solid #ccc; margin-top: 16px; }}
footer {{ font-size: 8pt; color: #666; margin-top: 14px; }}
</style>
</head>
<body>
<div class="utility">Exchange rates · Publications · Contact us · Search</div>
<div class="brand"><b>CENTRAL BANK OF SEYCHELLES</b><br><span>Independence Avenue, Victoria, Mahé</span></div>
<nav><a href="/">Home</a><a href="/about">About the Bank</a><a href="/monetary-policy">Monetary Policy</a><a href="/financial-stability">Financial Stability</a><a href="/careers">Careers</a></nav>
<p class="crumbs">Home › Careers › Current vacancies › {REF}</p>
<h1>Vacancy: {TITLE} (Financial Stability Division)</h1>
<p><em>Published 3 October 2033</em></p>
<p>The Central Bank of Seychelles invites applications from suitably qualified Seychellois citizens for the following position. Applications from non-citizens will not be considered.</p>
<ul class="meta">
    <li><b>Reference:</b> {REF}</li>
    <li><b>Position:</b> {TITLE}</li>
    <li><b>Employer:</b> {ORG}</li>
    <li><b>Division:</b> Financial Stability Division</li>
    <li><b>Location:</b> {LOC}</li>
    <li><b>Grade:</b> {GRADE}</li>
    <li><b>Working hours:</b> {SCHED}</li>
    <li><b>Salary:</b> SCR 38,500 – 46,200 per month (gross), plus a 13th-month bonus</li>
    <li><b>Closing date:</b> 24 October 2033</li>
</ul>
<h2>Main duties</h2>
<ol>
{li(DUT)}
</ol>
<h2>Minimum qualifications and experience</h2>
<ul>
{li(ESS)}
</ul>
<h2>Preferred</h2>
<ul>
{li(DES)}
</ul>
<h2>Core competencies</h2>
<ul>
{chr(10).join(f"    <li><b>{n}:</b> {d}</li>" for n, d in COMP)}
</ul>
<h2>How to apply</h2>
<p>Applications, including a cover letter, a detailed CV, certified copies of qualifications and the names of two referees, should be addressed to the Director, Human Resources Division, and must reach the Bank on or before Monday 24th October 2033 at 4:00 p.m. Applications may be hand-delivered at the main reception or sent by e-mail. Shortlisted candidates will be invited for a written assessment in the week of 7 November 2033.</p>
<p class="closing">Closing date: 24 October 2033, 4:00 p.m. Late applications will not be considered.</p>
<div class="side">
<h3>Other vacancies</h3>
<p>Payment Systems Officer – closing 17 October 2033<br>IT Security Specialist – closing 31 October 2033</p>
</div>
<footer>© 2033 Central Bank of Seychelles · Disclaimer · Privacy · Sitemap</footer>
</body>
</html>
"""
write(K + "-cbs.html", html)
pdf = os.path.join(ROOT, K + "-cbs.weasyprint.pdf")
subprocess.run(["weasyprint", os.path.join(ROOT, K + "-cbs.html"), pdf], check=True, capture_output=True)
txt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode()
write(K + "-cbs.weasyprint.pdftotext.txt", txt)
