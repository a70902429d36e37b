"""UNESCO Institute for Statistics, Montreal, EN: UNESCO SuccessFactors job page (HTML) and a browser copy."""
from common import *

KEY = "55162"
REF = "55162"
POST = "UIS/EDS/027"
TITLE = "Assistant Programme Specialist (Education Data Quality)"
ORG = "UNESCO Institute for Statistics"
LOC = "Montreal"
GRADE = "P-2"

EDU = "Advanced university degree (Master's or equivalent) in statistics, economics, education or a related field."
WX = ("A minimum of two years of relevant professional experience in education statistics or household survey data, "
      "of which preferably one year acquired at international level.")
SK1 = "Good command of statistical software (Stata, R or Python)."
SK2 = "Ability to explain statistical concepts to non-specialist audiences."
LG = "Excellent knowledge of English."
DE1 = "Training in survey methodology or data quality assessment."
DW1 = "Experience of working with national statistical offices in developing countries."
DL1 = "Good knowledge of French or Spanish."
ESS = [EDU, WX, SK1, SK2, LG]
DES = [DE1, DW1, DL1]
COMP = [(n, "") for n in ["Accountability", "Communication", "Innovation", "Knowledge sharing and continuous improvement",
                          "Planning and organizing", "Results focus", "Teamwork", "Professionalism"]]
OVERVIEW = [("Post Number", POST), ("Grade", GRADE), ("Parent Sector", "UNESCO Institute for Statistics (UIS)"),
            ("Duty Station", LOC), ("Job Family", "Statistics"), ("Type of contract", "Fixed Term"),
            ("Duration of contract", "2 years"), ("Recruitment open to", "External candidates"),
            ("Application Deadline (Midnight Paris Time)", "14-DEC-2035")]
ABOUT = ("The UNESCO Institute for Statistics (UIS) is the official source of internationally comparable data on "
         "education, science, culture and communication. Under the authority of the Director of the UIS and the "
         "direct supervision of the Chief of the Education Standards and Methodology Section, the incumbent will "
         "contribute to the quality assurance of the education indicators that the Institute publishes every year.")
DUTIES = [
    "Run automated and manual consistency checks on country submissions to the annual education survey and "
    "document the queries sent to countries.",
    "Compare administrative data with household survey estimates and prepare short notes on discrepancies.",
    "Maintain the metadata of the education database and update the quality flags published with each release.",
    "Contribute to training workshops for national statisticians and prepare the related learning material.",
    "Draft sections of technical reports and blog posts explaining data revisions.",
]


def build():
    ov_html = "<br>\n".join("<strong>%s :</strong> %s" % (E(a), E(b)) for a, b in OVERVIEW)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(TITLE)} Job Details | UNESCO</title></head>
<body>
<div id="cookiePolicy">This website uses cookies. <a href="#">Accept</a> <a href="#">Decline</a> <a href="#">Modify cookie preferences</a></div>
<a href="#content">Skip to main content</a>
<header><nav><a href="#">UNESCO Careers</a> <a href="#">Search Jobs</a> <a href="#">Join our Talent Community</a> <a href="#">Français</a> <a href="#">Sign In</a></nav></header>
<main id="content">
<div class="jobDisplayShell">
<h1 itemprop="title">{E(TITLE)}</h1>
<p><span class="jobGeoLocation">Montreal, CA</span></p>
<p><a class="btn" href="#">Apply now &raquo;</a> <a class="btn" href="#">Apply with LinkedIn</a></p>
<p><span class="jobdescription-label">Date:</span> 14 Nov 2035</p>
<p><span class="jobdescription-label">Location:</span> Montreal, CA</p>
<p><span class="jobdescription-label">Company:</span> UNESCO</p>
<div class="jobdescription" itemprop="description">
<p><strong>OVERVIEW</strong></p>
<p>{ov_html}</p>
<p>Only applications submitted through the UNESCO careers platform will be considered. Please note that the Req ID is {REF}.</p>
<p><strong>OVERVIEW OF THE FUNCTIONS OF THE POST</strong></p>
<p>{E(ABOUT)}</p>
<p>In particular, the incumbent will:</p>
<ul>{"".join("<li>%s</li>" % E(d) for d in DUTIES)}</ul>
<p><strong>COMPETENCIES (Core / Managerial)</strong></p>
<p>{"<br>".join(E(n) for n, _ in COMP)}</p>
<p>For detailed information, please consult the UNESCO Competency Framework.</p>
<p><strong>REQUIRED QUALIFICATIONS</strong></p>
<p><em>Education</em></p>
<ul><li>{E(EDU)}</li></ul>
<p><em>Work Experience</em></p>
<ul><li>{E(WX)}</li></ul>
<p><em>Skills and competencies</em></p>
<ul><li>{E(SK1)}</li><li>{E(SK2)}</li></ul>
<p><em>Languages</em></p>
<ul><li>{E(LG)}</li></ul>
<p><strong>DESIRABLE QUALIFICATIONS</strong></p>
<p><em>Education</em></p>
<ul><li>{E(DE1)}</li></ul>
<p><em>Work Experience</em></p>
<ul><li>{E(DW1)}</li></ul>
<p><em>Languages</em></p>
<ul><li>{E(DL1)}</li></ul>
<p><strong>BENEFITS AND ENTITLEMENTS</strong></p>
<p>UNESCO's salaries are calculated in US dollars. The annual net base salary for this post is US $ 63,840, to which a post adjustment, currently 41.9 %, is added. Other benefits include 30 days of annual leave and a pension plan.</p>
<p><strong>SELECTION AND RECRUITMENT PROCESS</strong></p>
<p>Please note that all candidates must complete an on-line application. Evaluation of qualified candidates may include a written test in the second half of January 2036 followed by competency-based interviews. UNESCO does not charge a fee at any stage of the recruitment process.</p>
</div>
<p><a class="btn" href="#">Apply now &raquo;</a></p>
</div>
<section class="similar"><h2>Similar Jobs</h2>
<ul><li>Statistical Assistant, Montreal, CA &ndash; 02 Dec 2035</li><li>Programme Specialist (Science Statistics), Paris, FR &ndash; 20 Dec 2035</li></ul></section>
</main>
<footer>UNESCO &copy; 2035 | Terms of use | Privacy | Fraud warning</footer>
</body></html>
"""
    write(KEY + "-unesco-sf.html", page, KEY)

    ov_txt = "\n".join("%s : %s" % (a, b) for a, b in OVERVIEW)
    txt = f"""Skip to main content
UNESCO Careers
Search Jobs
Join our Talent Community
Français
Sign In

{TITLE}
Montreal, CA

Apply now »
Apply with LinkedIn

Date: 14 Nov 2035
Location: Montreal, CA
Company: UNESCO

OVERVIEW

{ov_txt}

Only applications submitted through the UNESCO careers platform will be considered. Please note that the Req ID is {REF}.

OVERVIEW OF THE FUNCTIONS OF THE POST

{ABOUT}

In particular, the incumbent will:

{chr(10).join(DUTIES)}

COMPETENCIES (Core / Managerial)

{chr(10).join(n for n, _ in COMP)}

For detailed information, please consult the UNESCO Competency Framework.

REQUIRED QUALIFICATIONS

Education

{EDU}

Work Experience

{WX}

Skills and competencies

{SK1}
{SK2}

Languages

{LG}

DESIRABLE QUALIFICATIONS

Education

{DE1}

Work Experience

{DW1}

Languages

{DL1}

BENEFITS AND ENTITLEMENTS

UNESCO's salaries are calculated in US dollars. The annual net base salary for this post is US $ 63,840, to which a post adjustment, currently 41.9 %, is added. Other benefits include 30 days of annual leave and a pension plan.

SELECTION AND RECRUITMENT PROCESS

Please note that all candidates must complete an on-line application. Evaluation of qualified candidates may include a written test in the second half of January 2036 followed by competency-based interviews. UNESCO does not charge a fee at any stage of the recruitment process.

Apply now »

Similar Jobs
Statistical Assistant, Montreal, CA – 02 Dec 2035
Programme Specialist (Science Statistics), Paris, FR – 20 Dec 2035

UNESCO © 2035 | Terms of use | Privacy | Fraud warning
"""
    write(KEY + "-unesco-browser.txt", txt, KEY)
    expected(KEY, reference=REF, post_number=POST, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2035-12-14", salary=sal(63840, "USD", "year"), grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": COMP})
