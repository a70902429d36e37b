from common import *

REF = "DC/DHAKA/P/2039/02"
KEY = "dc-dhaka-p-2039-02"
TITLE = "Chief Technical Adviser (Skills for Green Jobs)"
ORG = "International Labour Organization"
LOC = "Dhaka"
GRADE = "P4"
EDU = ("Advanced university degree (Master's or equivalent) in economics, education, engineering, environmental "
       "management or another field relevant to skills development. A first-level university degree in one of these "
       "fields with an additional two years of relevant experience will be accepted in lieu of an advanced degree.")
EXP = ("At least seven years of professional experience in technical and vocational education and training or in "
       "labour market policy, including at least five years at the international level and three years managing "
       "development cooperation projects.")
LANG = "Excellent command of English. Working knowledge of Bengali would be an advantage."
ESS = [EDU, EXP, LANG]
COMPS = ["Strong knowledge of skills anticipation methods and of the transition to low-carbon industries.",
         "Ability to lead a multicultural project team and manage budgets, procurement and reporting to donors.",
         "Ability to build consensus among government, employers' and workers' organizations.",
         "Proven capacity to draft high-quality technical reports and to present results to senior audiences."]
DUTIES = ["Provide overall technical leadership and management of the project, ensuring delivery of outputs on time and within budget.",
          "Advise the Ministry of Labour and Employment and the national skills authority on green skills standards and curricula.",
          "Oversee the design of training programmes with industry skills councils in garments, construction and renewable energy.",
          "Build partnerships with development partners and mobilize resources for a second project phase.",
          "Prepare progress reports, work plans and the final evaluation terms of reference."]
INTRO = ("The Country Office for Bangladesh of the International Labour Organization (ILO) is implementing a four-year development cooperation project, "
         "funded by a consortium of donors, that helps national institutions equip workers with the skills needed "
         "for green jobs. The Chief Technical Adviser reports to the Director of the Country Office and receives "
         "technical backstopping from the Skills and Employability Branch in Geneva.")
META = [("Grade", GRADE), ("Vacancy no.", REF), ("Publication date", "10 May 2039"),
        ("Application deadline (midnight Geneva time)", "7 June 2039"), ("Job ID", "17342"),
        ("Department", "RO-Asia and the Pacific"), ("Organization Unit", "CO-Dhaka"), ("Location", LOC),
        ("Contract type", "Fixed Term"), ("Contract duration", "24 months")]
ELIG = "The following are eligible to apply: ILO internal candidates in accordance with paragraphs 31 and 32 of Annex I of the Staff Regulations, and external candidates."
DC = ("Under article 4.2, paragraph (e) of the Staff Regulations, vacancies in development cooperation projects are "
      "filled by direct selection by the Director-General. Development cooperation appointments do not carry any "
      "expectation of renewal or of conversion to another type of appointment.")


def page():
    meta = "\n".join("<li><strong>%s:</strong> %s</li>" % (esc(a), esc(b)) for a, b in META)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{esc(TITLE)} - ILO Jobs</title></head><body>
<header><nav><a href="#">ILO Jobs</a> | <a href="#">Search jobs</a> | <a href="#">Français</a> | <a href="#">Español</a> | <a href="#">Sign in</a></nav></header>
<div class="cookie">We use cookies to improve your experience. <button>Accept all</button> <button>Reject</button></div>
<main>
<h1>{esc(TITLE)}</h1>
<ul class="jobmeta">
{meta}
</ul>
<p>{esc(DC)}</p>
<p>{esc(ELIG)}</p>
<p>The ILO values diversity among its staff and welcomes applications from qualified candidates with disabilities.</p>
<h2>Introduction</h2>
<p>{esc(INTRO)}</p>
<h2>Description of Duties</h2>
{ul(DUTIES, "ol")}
<h2>Required qualifications</h2>
<h3>Education</h3>
<p>{esc(EDU)}</p>
<h3>Experience</h3>
<p>{esc(EXP)}</p>
<h3>Languages</h3>
<p>{esc(LANG)}</p>
<h3>Competencies</h3>
<p>In addition to the ILO core competencies, this position requires:</p>
{ul(COMPS)}
<h2>Conditions of employment</h2>
<p>Any offer of employment is conditional upon certification by the ILO Medical Adviser. The appointment is subject to the availability of funds; salary and allowances follow the United Nations common system.</p>
<h2>Recruitment process</h2>
<p>Applicants should submit their candidature by the deadline above. Technical tests and interviews of short-listed candidates are expected in the second half of June 2039.</p>
<aside><h4>Similar jobs</h4><ul><li>Programme Officer (Employment Services), Kathmandu — deadline 31 May 2039</li><li>Technical Officer (TVET), Bangkok — deadline 20 June 2039</li></ul></aside>
</main><footer>© International Labour Organization · Privacy · Fraud warning</footer></body></html>
"""


def md():
    meta = "\n".join("**%s:** %s\\" % (a, b) for a, b in META[:-1]) + "\n**%s:** %s" % META[-1]
    duties = "\n".join("%d. %s" % (i + 1, d) for i, d in enumerate(DUTIES))
    comps = "\n".join("* " + c for c in COMPS)
    return f"""[ILO Jobs](#) · [Search jobs](#) · [Français](#) · [Español](#)

# {TITLE}

{meta}

{DC}

{ELIG}

## Introduction

{INTRO}

## Description of Duties

{duties}

## Required qualifications

**Education**

{EDU}

**Experience**

{EXP}

**Languages**

{LANG}

**Competencies**

In addition to the ILO core competencies, this position requires:

{comps}

## Conditions of employment

Any offer of employment is conditional upon certification by the ILO Medical Adviser. Salary and allowances follow the United Nations common system.

> Saved from the ILO Jobs portal on 12 May 2039. Technical tests are expected in the second half of June 2039.
"""


def build():
    write(KEY + "-ilojobs.html", page(), REF)
    write(KEY + "-ilojobs.md", md(), REF)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2039-06-07", grade=GRADE,
             req={"en": (ESS, [])}, comp={"en": [(c, "") for c in COMPS]})
