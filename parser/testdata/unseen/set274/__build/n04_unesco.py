"""UNESCO Windhoek on SAP SuccessFactors: career-site page and a browser copy."""
from common import *

KEY = "57329"
REF = "57329"
POST = "WND/SC/0031"
TITLE = "Programme Specialist (Natural Sciences and Water)"
ORG = "United Nations Educational, Scientific and Cultural Organization"
LOC = "Windhoek"
GRADE = "P-3"
EDU = ["Advanced university degree (Master's or equivalent) in hydrology, water resources management, environmental science or a related field."]
WX = ["A minimum of four years of relevant professional experience in water resources, natural sciences policy or environmental programme management, of which preferably two years acquired at international level.",
      "Experience in developing and managing projects funded by extrabudgetary resources."]
SK = ["Good analytical and drafting skills.",
      "Ability to build partnerships with government institutions, universities and civil society."]
LG = ["Excellent knowledge (written and spoken) of English."]
DES = ["Doctoral degree in hydrology or a related field.",
       "Work experience in southern Africa, particularly in arid or semi-arid regions.",
       "Experience with groundwater governance or transboundary aquifer management.",
       "Knowledge of another official language of UNESCO (Arabic, Chinese, French, Russian or Spanish)."]
COMP = [(n, "") for n in ["Accountability (C)", "Communication (C)", "Innovation (C)",
                          "Knowledge sharing and continuous improvement (C)", "Planning and organizing (C)",
                          "Results focus (C)", "Teamwork (C)", "Professionalism (C)"]]
SAL = "66,218"


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} Job Details | UNESCO Careers</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .cookie{{background:#333;color:#eee;font-size:12px;padding:8px}}
nav{{background:#0077d4;color:#fff;padding:8px}} .jobTitle{{font-size:24px}} .chips span{{margin-right:18px;color:#555}}
.jobdescription{{margin:16px}} </style></head>
<body>
<div class="cookie">This site uses cookies to enhance your experience. <button>Accept all</button> <button>Reject</button> <a href="#">Cookie settings</a></div>
<a href="#content" class="skip">Skip to main content</a>
<nav>UNESCO Careers · Search Jobs · Join our Talent Community · Français</nav>
<div id="content" class="jobdescription">
<h1 class="jobTitle" itemprop="title">{TITLE}</h1>
<div class="chips"><span>Windhoek, NA</span></div>
<p><a href="#">Apply now »</a> <a href="#">Apply with LinkedIn</a></p>
<p><b>Date:</b> 17 Jul 2040</p>
<p><b>Location:</b> Windhoek, NA</p>
<p><b>Company:</b> UNESCO</p>
<span class="jobdescription">
<p><b>OVERVIEW</b></p>
<p><strong>Post Number :</strong> {POST}<br>
<strong>Grade :</strong> {GRADE}<br>
<strong>Parent Sector :</strong> Field Office<br>
<strong>Duty Station:</strong> {LOC}<br>
<strong>Job Family:</strong> Natural Sciences<br>
<strong>Type of contract :</strong> Fixed Term<br>
<strong>Duration of contract :</strong> 2 years<br>
<strong>Recruitment open to :</strong> External candidates<br>
<strong>Application Deadline (Midnight Paris Time) :</strong> 08-AUG-2040</p>
<p><strong>UNESCO Core Values: Commitment to the Organization, Integrity, Respect for Diversity, Professionalism</strong></p>

<p><b>OVERVIEW OF THE FUNCTIONS OF THE POST</b></p>
<p>The {ORG} (UNESCO) Office in Windhoek serves as UNESCO's national office to Namibia. Under the overall authority of
the Head of Office and the direct supervision of the National Programme Officer for Science, the incumbent plans and
manages the natural sciences programme, with a focus on groundwater, drylands and science-policy dialogue.</p>
<p>Long Description</p>
<ul>
<li>Designs, implements and monitors projects on sustainable water management, including hydro-geological mapping and community water monitoring.</li>
<li>Provides policy advice to national authorities on water and science policy and supports the national commission for UNESCO.</li>
<li>Mobilizes extrabudgetary resources and prepares proposals and donor reports.</li>
<li>Coordinates with UN agencies within the UN Sustainable Development Cooperation Framework.</li>
<li>Organizes trainings and workshops for universities and water utilities.</li>
</ul>

<p><b>COMPETENCIES (Core / Managerial)</b></p>
<p>{'<br>'.join(n for n, _ in COMP)}</p>
<p>For detailed information, please consult the UNESCO Competency Framework.</p>

<p><b>REQUIRED QUALIFICATIONS</b></p>
<p><u>Education</u></p><ul>{li(EDU)}</ul>
<p><u>Work Experience</u></p><ul>{li(WX)}</ul>
<p><u>Skills and competencies</u></p><ul>{li(SK)}</ul>
<p><u>Languages</u></p><ul>{li(LG)}</ul>

<p><b>DESIRABLE QUALIFICATIONS</b></p>
<ul>{li(DES)}</ul>

<p><b>BENEFITS AND ENTITLEMENTS</b></p>
<p>UNESCO's salaries consist of a basic salary and other benefits which may include, if applicable: 30 days annual
leave, family allowance, medical insurance and pension plan. The approximate annual starting salary for this post is
USD {SAL} (net of tax), to which a post adjustment of about 31.4% is added.</p>

<p><b>SELECTION AND RECRUITMENT PROCESS</b></p>
<p>Please note that all candidates must complete an on-line application and provide complete and accurate
information. Evaluation of candidates may include a written test, expected on 25 August 2040, followed by a
competency-based interview. UNESCO does not charge a fee at any stage of the recruitment process.</p>
<p><b>Req ID:</b> {REF}</p>
</span>
</div>
<aside><h3>Similar jobs</h3><ul>
<li>Project Officer (Education) – Harare, ZW – 11 Aug 2040</li>
<li>Associate Programme Specialist – Nairobi, KE – 20 Aug 2040</li></ul></aside>
<footer>Powered by SAP SuccessFactors · Privacy · Accessibility</footer>
</body></html>
"""


def browser():
    L = lambda xs: "\n".join(xs)
    return f"""This site uses cookies to enhance your experience.
Accept all	Reject	Cookie settings
Skip to main content
UNESCO Careers
Search Jobs
Join our Talent Community
Français
{TITLE}
Windhoek, NA
Apply now »
Apply with LinkedIn
Date: 17 Jul 2040
Location: Windhoek, NA
Company: UNESCO
OVERVIEW
Post Number : {POST}
Grade : {GRADE}
Parent Sector : Field Office
Duty Station: {LOC}
Job Family: Natural Sciences
Type of contract : Fixed Term
Duration of contract : 2 years
Recruitment open to : External candidates
Application Deadline (Midnight Paris Time) : 08-AUG-2040
UNESCO Core Values: Commitment to the Organization, Integrity, Respect for Diversity, Professionalism
OVERVIEW OF THE FUNCTIONS OF THE POST
The {ORG} (UNESCO) Office in Windhoek serves as UNESCO's national office to Namibia. Under the overall authority of the Head of Office and the direct supervision of the National Programme Officer for Science, the incumbent plans and manages the natural sciences programme, with a focus on groundwater, drylands and science-policy dialogue.
Long Description
Designs, implements and monitors projects on sustainable water management, including hydro-geological mapping and community water monitoring.
Provides policy advice to national authorities on water and science policy and supports the national commission for UNESCO.
Mobilizes extrabudgetary resources and prepares proposals and donor reports.
Coordinates with UN agencies within the UN Sustainable Development Cooperation Framework.
Organizes trainings and workshops for universities and water utilities.
COMPETENCIES (Core / Managerial)
{L(n for n, _ in COMP)}
For detailed information, please consult the UNESCO Competency Framework.
REQUIRED QUALIFICATIONS
Education
{L(EDU)}
Work Experience
{L(WX)}
Skills and competencies
{L(SK)}
Languages
{L(LG)}
DESIRABLE QUALIFICATIONS
{L(DES)}
BENEFITS AND ENTITLEMENTS
UNESCO's salaries consist of a basic salary and other benefits which may include, if applicable: 30 days annual leave, family allowance, medical insurance and pension plan. The approximate annual starting salary for this post is USD {SAL} (net of tax), to which a post adjustment of about 31.4% is added.
SELECTION AND RECRUITMENT PROCESS
Please note that all candidates must complete an on-line application and provide complete and accurate information. Evaluation of candidates may include a written test, expected on 25 August 2040, followed by a competency-based interview. UNESCO does not charge a fee at any stage of the recruitment process.
Req ID: {REF}
Similar jobs
Project Officer (Education)
Harare, ZW
11 Aug 2040
Associate Programme Specialist
Nairobi, KE
20 Aug 2040
Powered by SAP SuccessFactors
Privacy
Accessibility
"""


def build():
    write(KEY + "-unesco-sf.html", html(), KEY)
    write(KEY + "-unesco-browser.txt", browser(), KEY)
    expected(KEY, reference=REF, post_number=POST, langs=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-08-08", grade=GRADE, salary=(66218, None, None, "USD", "year"),
             req={"en": (EDU + WX + SK + LG, DES)}, comp={"en": COMP})
