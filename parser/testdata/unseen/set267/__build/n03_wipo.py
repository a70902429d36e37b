from common import *

REF = "40174-FT"
KEY = "40174-ft"
TITLE = "Program Officer (Traditional Knowledge and Genetic Resources)"
ORG = "World Intellectual Property Organization"
LOC = "CH-Geneva"
GRADE = "P4"
ESS = [
    "Advanced university degree in law, preferably with a specialization in intellectual property law, or in a field relevant to the work of the Division.",
    "At least seven years of relevant professional experience in intellectual property policy, of which at least three at the international level.",
    "Experience in supporting intergovernmental negotiations, including the drafting of negotiating texts.",
    "Excellent knowledge of English.",
]
DES = [
    "Doctorate in law or in a related discipline.",
    "Experience in working with indigenous peoples and local communities on questions of access and benefit-sharing.",
    "Working knowledge of French or Spanish.",
]
COMP = [(n, "") for n in ["Ethics and Integrity", "Communicating Effectively", "Working Together",
                          "Achieving Results", "Learning and Sharing Knowledge", "Client Orientation"]]
SETTING = ("The post is located in the Traditional Knowledge Division, Global Challenges and Partnerships Sector. "
           "The Division services the intergovernmental committee dealing with traditional knowledge, traditional "
           "cultural expressions and genetic resources, and provides legal and technical assistance to Member States.")
DUTIES = [
    "Provide substantive support to the intergovernmental committee, including the preparation of working documents, draft articles and factual updates.",
    "Prepare legal analyses and comparative studies on sui generis and customary protection of traditional knowledge.",
    "Design and deliver capacity-building activities for national authorities and for representatives of indigenous peoples and local communities.",
    "Maintain relations with other intergovernmental bodies, observers and academic networks working in the field.",
    "Perform other related duties as required.",
]
SAL = "USD 101,514"


def pdf_html():
    e, d = ESS, DES
    comp = "\n".join("<li>%s</li>" % n for n, _ in COMP)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 18mm 18mm 20mm 18mm; @bottom-center {{ content: "Vacancy {REF} – page " counter(page) " of " counter(pages); font-size: 8pt; color:#555 }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35 }}
.brand {{ color:#2d5f9a; font-weight:bold; font-size:13pt; border-bottom:3px solid #2d5f9a; padding-bottom:4px }}
.hdr p {{ margin:1px 0 }}
h1 {{ font-size:14pt; margin:10px 0 4px }}
h2 {{ font-size:11pt; margin:14px 0 4px }}
h3 {{ font-size:10pt; margin:8px 0 2px }}
table.req {{ border-collapse:collapse; width:100% }}
table.req th, table.req td {{ border:1px solid #888; padding:4px; vertical-align:top }}
table.req th {{ background:#e6edf5 }}
table.req tr {{ break-inside: avoid; page-break-inside: avoid }}
.notice {{ border:1px solid #c33; padding:4px; font-size:8.5pt }}
</style></head><body>
<div class="brand">WIPO &nbsp; World Intellectual Property Organization</div>
<h1>{TITLE}</h1>
<div class="hdr">
<p>{REF}</p>
<p>Traditional Knowledge Division, Global Challenges and Partnerships Sector</p>
<p><b>Grade:</b> {GRADE}</p>
<p><b>Contract Duration:</b> Fixed-term appointment of two years</p>
<p><b>Duty Station:</b> {LOC}</p>
<p><b>Publication Date:</b> 05-Dec-2039</p>
<p><b>Application Deadline:</b> 09-Jan-2040, 9:59:00 PM</p>
</div>
<p class="notice">IMPORTANT NOTICE REGARDING APPLICATION DEADLINE: the deadline is shown in the time zone of the applicant's location.</p>
<h2>1. Organizational Context</h2>
<h3>a. Organizational Setting</h3><p>{SETTING}</p>
<h3>b. Purpose Statement</h3><p>The incumbent contributes to the substantive servicing of the negotiations and to the Division's technical assistance programme.</p>
<h3>c. Reporting Lines</h3><p>The incumbent works under the supervision of the Director of the Division.</p>
<h3>d. Work Relations</h3><p>The incumbent liaises with delegations, observers, other Sectors and external experts.</p>
<h2>2. Duties and Responsibilities</h2>
<p>The incumbent will perform the following principal duties:</p>
{ul(DUTIES, "ol type='a'")}
<h2>3. Requirements</h2>
<table class="req">
<tr><th></th><th>Essential</th><th>Desirable</th></tr>
<tr><th>Education</th><td>{e[0]}</td><td>{d[0]}</td></tr>
<tr><th>Experience</th><td>{e[1]}<br>{e[2]}</td><td>{d[1]}</td></tr>
<tr><th>Languages</th><td>{e[3]}</td><td>{d[2]}</td></tr>
</table>
<h2>4. Organizational Competencies</h2>
<ul>
{comp}
</ul>
<h2>5. Information on Salary</h2>
<p>Annual salary (net of tax): {SAL}, plus post adjustment (currently 81.4 per cent of net base salary; this figure is variable and is not part of the salary quoted).</p>
<h2>6. Additional Information</h2>
<p>Candidates under consideration may be required to take a written test, expected in the week of 3 February 2040, and a competency-based interview.</p>
</body></html>
"""


def board():
    duties = "\n\n".join("%s. %s" % ("abcde"[i], x) for i, x in enumerate(DUTIES))
    comp = "\n".join(n for n, _ in COMP)
    return f"""JobsLegal.example

in
WIPO

{TITLE}

WIPO See More Job Openings by This Employer
  • Geneva, IL
December 6, 2039

Job Description

IMPORTANT NOTICE REGARDING APPLICATION DEADLINE: the deadline is shown in the time zone of the applicant's location.

Job number: {REF}
Grade: {GRADE}
Duty Station: {LOC}
Application Deadline: 09-Jan-2040, 9:59:00 PM

1. Organizational Context

a. Organizational Setting

{SETTING}

2. Duties and Responsibilities

The incumbent will perform the following principal duties:

{duties}

3. Requirements

Education
Essential
{ESS[0]}
Desirable
{DES[0]}

Experience
Essential
{ESS[1]}
{ESS[2]}
Desirable
{DES[1]}

Languages
Essential
{ESS[3]}
Desirable
{DES[2]}

4. Organizational Competencies

{comp}

5. Information on Salary

Annual salary (net of tax): {SAL}, plus post adjustment.

Posted by World Intellectual Property Organization · Category: Legal · Type: Full-Time

Related jobs
Counsel, Patent Cooperation Treaty Legal Division · Geneva · Dec 1, 2039
Legal Assistant · Geneva · Nov 28, 2039
"""


def build():
    weasyprint_pdf(KEY + "-vacancy", pdf_html(), KEY)
    write(KEY + "-jobslegal.txt", board(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-01-09", salary=salary(101514, "USD", "year"), grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": COMP})
