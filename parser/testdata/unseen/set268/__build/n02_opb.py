from common import *
KEY = "2040-1047"
T = "Senior Analyst, Pension Data Quality"
ORG = "Ontario Pension Board"
LOC = "Toronto, Ontario"
SCHED = "35 hours per week"
ESS = ["A university degree in business, mathematics, statistics, information management or a related discipline",
       "At least four years of experience in data analysis, preferably in pensions, insurance or benefits administration",
       "Advanced skills in SQL and Excel, and working knowledge of Power BI",
       "A sound understanding of data governance and data quality frameworks"]
DES = ["Knowledge of the Public Service Pension Plan or of another defined benefit plan",
       "Certified Data Management Professional (CDMP) designation"]
COMP = [("Accountability", "You own your results and follow every issue through to resolution."),
        ("Collaboration", "You work across teams to solve problems for members and employers."),
        ("Clarity", "You explain complex data in plain language to people who are not analysts.")]
DUTIES = ["Design and run monthly data quality checks on member, employer and contribution records.",
          "Investigate anomalies reported by the Member Services and Actuarial teams and document their root causes.",
          "Build and maintain Power BI dashboards that track data quality indicators for management.",
          "Work with employers to correct recurring reporting errors before year-end reconciliation.",
          "Contribute to the data governance committee and maintain the business glossary."]
OVERVIEW = ("Ontario Pension Board administers the Public Service Pension Plan, a defined benefit plan serving more than "
            "100,000 active members, retirees and survivors. The Data Services team makes sure that every pension we "
            "calculate rests on complete and accurate records. We are looking for a Senior Analyst who enjoys chasing a "
            "discrepancy down to its source and fixing the process, not only the record.")
ADD = ("OPB offers a defined benefit pension, comprehensive health and dental benefits from day one, a $1,200 annual "
       "learning allowance and a hybrid work model. Interviews are expected to take place in the week of March 5, 2040. "
       "OPB is committed to accessibility; accommodation is available on request at every stage of the recruitment process.")

def build():
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    comp_html = "\n".join(f"<li><strong>{n}</strong> – {d}</li>" for n, d in COMP)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Careers at {ORG}</title>
<style>body{{font-family:Arial,sans-serif;max-width:900px;margin:auto}} .iCIMS_JobHeaderGroup dt{{font-size:11px;color:#777;text-transform:uppercase}}
.iCIMS_JobHeaderGroup dd{{margin:0 0 6px}} .iCIMS_JobHeaderGroup{{display:flex;gap:30px}} footer{{font-size:11px;color:#888}}</style></head>
<body>
<header><a href="#">Careers at {ORG}</a> | <a href="#">Search Jobs</a> | <a href="#">Join our Talent Community</a> | <a href="#">Log back in!</a></header>
<nav><a href="#">&lt; Back to search results</a> | <a href="#">Previous job</a> | <a href="#">Next job &gt;</a></nav>
<main>
<h1 class="iCIMS_Header">{T}</h1>
<dl class="iCIMS_JobHeaderGroup">
<div><dt>Job ID</dt><dd>{KEY}</dd></div>
<div><dt>Job Locations</dt><dd>CA-ON-Toronto</dd></div>
<div><dt>Posted Date</dt><dd>1/23/2040</dd></div>
<div><dt>Category</dt><dd>Data &amp; Analytics</dd></div>
<div><dt>Type</dt><dd>Regular Full-Time</dd></div>
</dl>
<h2 class="iCIMS_InfoMsg">Overview</h2>
<div class="iCIMS_InfoMsg_Job">
<p>{OVERVIEW}</p>
<p><strong>Position:</strong> {T}<br>
<strong>Department:</strong> Data Services, Operations Division<br>
<strong>Location:</strong> {LOC} (hybrid, three days a week in the office)<br>
<strong>Hours:</strong> {SCHED}<br>
<strong>Salary range:</strong> $88,500 – $104,100 per year, plus an annual performance incentive<br>
<strong>Posting closes:</strong> February 13, 2040</p>
</div>
<h2 class="iCIMS_InfoMsg">Responsibilities</h2>
<div class="iCIMS_InfoMsg_Job"><ul>
{li(DUTIES)}
</ul></div>
<h2 class="iCIMS_InfoMsg">Qualifications</h2>
<div class="iCIMS_InfoMsg_Job">
<p><strong>What you bring</strong></p>
<ul>
{li(ESS)}
</ul>
<p><strong>Nice to have</strong></p>
<ul>
{li(DES)}
</ul>
<p><strong>How you work</strong></p>
<ul>
{comp_html}
</ul>
</div>
<h2 class="iCIMS_InfoMsg">Additional Information</h2>
<div class="iCIMS_InfoMsg_Job"><p>{ADD}</p></div>
<p><a href="#">Apply for this job online</a> | <a href="#">Email this job to a friend</a> | <a href="#">Share on your newsfeed</a></p>
<aside><h3>Connect With Us!</h3><p>Not ready to apply? Connect with us for general consideration.</p></aside>
</main>
<footer>Application FAQs · Software Powered by iCIMS · www.icims.com</footer>
</body></html>
"""
    write(KEY + "-icims.html", html, KEY)
    pdfsrc = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 2cm 2cm 2.2cm; @bottom-left {{ content: "OPB Job Posting {KEY}"; font-size: 8pt; color: #666 }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #666 }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.35 }}
.lh {{ border-bottom: 3px solid #00557f; color: #00557f; font-weight: bold; font-size: 13pt; padding-bottom: 4px }}
.kick {{ letter-spacing: 3px; color: #999; font-size: 8pt; margin-top: 10px }}
h1 {{ font-size: 15pt; margin: 2px 0 10px }}
table {{ border-collapse: collapse; width: 100% }} td {{ border: 1px solid #bbb; padding: 4px 6px; vertical-align: top }}
td.l {{ width: 30%; background: #eef4f8; font-weight: bold }}
h2 {{ font-size: 11pt; color: #00557f; margin: 14px 0 4px }}
</style></head><body>
<div class="lh">{ORG}</div>
<div class="kick">JOB POSTING</div>
<h1>{T}</h1>
<table>
<tr><td class="l">Job ID</td><td>{KEY}</td></tr>
<tr><td class="l">Department</td><td>Data Services, Operations Division</td></tr>
<tr><td class="l">Location</td><td>{LOC} (hybrid)</td></tr>
<tr><td class="l">Employment type</td><td>Regular Full-Time</td></tr>
<tr><td class="l">Hours</td><td>{SCHED}</td></tr>
<tr><td class="l">Salary range</td><td>$88,500 – $104,100 per year</td></tr>
<tr><td class="l">Posted</td><td>January 23, 2040</td></tr>
<tr><td class="l">Closing date</td><td>February 13, 2040</td></tr>
</table>
<h2>About the role</h2>
<p>{OVERVIEW}</p>
<h2>What you will do</h2>
<ol>
{li(DUTIES)}
</ol>
<h2>What you bring</h2>
<ul>
{li(ESS)}
</ul>
<h2>Nice to have</h2>
<ul>
{li(DES)}
</ul>
<h2>How you work</h2>
{''.join(f'<p><em>{n}</em> – {d}</p>' for n, d in COMP)}
<h2>What we offer</h2>
<p>{ADD}</p>
<p>Apply online at careers-opb.icims.example by the closing date. We thank all applicants; only those selected for an interview will be contacted.</p>
</body></html>
"""
    src("opb-posting.html", pdfsrc)
    weasy("opb-posting.html", KEY + "-posting.weasyprint.pdf", KEY)
    expected(KEY, dict(reference=KEY, languages=["en"], title={"en": T, "fr": None}, organisation={"en": ORG, "fr": None},
        location={"en": LOC, "fr": None}, schedule={"en": SCHED, "fr": None}, deadline="2040-02-13",
        salary=sal(88500, 104100, "CAD", "year"), grade=None, clearance=None,
        requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
        competencies={"en": comp(*COMP), "fr": None}))
