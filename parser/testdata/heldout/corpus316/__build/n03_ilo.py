"""Specialised agency: ILO Country Office in Abuja, G5. Word VA (pandoc DOCX -> LibreOffice) + Telegram channel copy."""
from common import *

REF = "ABUJA/GS/2044/01"
KEY = "abuja-gs-2044-01"
TITLE = "Programme and Operations Assistant (Employment-Intensive Investment)"
ORG = "International Labour Organization"
LOC = "Abuja"
GRADE = "G5"
JOBID = "15893"
UNIT = "ILO Country Office for Nigeria, Ghana, Liberia, Sierra Leone and Liaison Office for ECOWAS"
SALARY = "NGN 18,624,000"
INTRO = (f"The International Labour Organization, through its {UNIT} in Abuja, runs a portfolio of employment-intensive infrastructure projects with federal and state "
         "partners. The incumbent will support the project team on planning, budgets, procurement and reporting, under "
         "the supervision of the National Project Coordinator and the technical guidance of the Operations Officer.")
DUTIES = [
    "Prepare work plans, budget revisions and financial reports of the project and keep them consistent with the ILO's enterprise resource planning system.",
    "Process requests for procurement of goods and services and follow up with suppliers and the procurement unit.",
    "Organize workshops, missions and training sessions, including travel, venues and participants' allowances.",
    "Keep project files, contracts with implementing partners and the tracking sheet of payments up to date.",
    "Draft correspondence and summary records for the National Project Coordinator.",
    "Perform other relevant duties as assigned.",
]
EDU = "Completion of secondary school education. A university degree in business administration, accounting, economics or a related field would be an advantage."
EXP = "At least five years of progressively responsible experience in programme support, finance or administration, of which at least two years with an international organization or a donor-funded project."
LANG = "Excellent command of English. Working knowledge of Hausa, Igbo or Yoruba would be an advantage."
COMP = ["Integrity and transparency", "Sensitivity to diversity", "Orientation to learning", "Communication",
        "Orientation to change", "Takes responsibility for performance", "Quality of work", "Collaboration"]
PAY = f"The minimum net annual salary for this post is {SALARY} (G5, step 1), with allowances under the local salary scale."
TEST = "Candidates who pass the initial screening will be invited to a written test on 24 February 2044 at the ILO office in Abuja."


def md():
    return f"""**INTERNATIONAL LABOUR ORGANIZATION**

**{UNIT.upper()}**

# VACANCY ANNOUNCEMENT

## {TITLE}

| | |
|---|---|
| Vacancy no. | {REF} |
| Title | {TITLE} |
| Grade | {GRADE} |
| Publication date | 20 January 2044 |
| Application deadline (midnight Abuja time) | 10 February 2044 |
| Job ID | {JOBID} |
| Department | RO-Africa |
| Organization Unit | CO-Abuja |
| Location | {LOC} |
| Contract type | Fixed Term |
| Contract duration | 12 months |

*The ILO welcomes applicants with the skills and qualifications required for this position. Only nationals of Nigeria and foreign nationals holding a valid Nigerian work permit may apply.*

## INTRODUCTION

{INTRO}

## DESCRIPTION OF DUTIES

{chr(10).join("%d. %s" % (i + 1, d) for i, d in enumerate(DUTIES))}

## REQUIRED QUALIFICATIONS

### Education

{EDU}

### Experience

{EXP}

### Languages

{LANG}

### Competencies

The ILO core competencies apply to this position:

{bullets(COMP)}

## CONDITIONS OF EMPLOYMENT

{PAY}

{TEST}

*Fraud warning: the ILO does not charge any fee at any stage of the recruitment process.*
"""


def telegram():
    return f"""Abuja Jobs & Internships 🇳🇬
Forwarded from NG Dev Careers
ILO IS HIRING 🔥🔥

Job Title: {TITLE}
Organization: {ORG} (ILO)
Location: {LOC}
Grade: {GRADE}
Vacancy no.: {REF}
Deadline: February 10, 2044 (midnight Abuja time)

About the role:
{INTRO}

Duties:
{chr(10).join("👉 " + d for d in DUTIES)}

REQUIREMENTS
Education: {EDU}
Experience: {EXP}
Languages: {LANG}

Competencies: {"; ".join(COMP)}

💰 {PAY}
📝 {TEST}

Apply through ILO Jobs (search Job ID {JOBID}).
Share with your friends who fit 🙏
👁 3.4K   edited 21.01.2044 08:15

Also in this channel: NDLEA graduate trainees · closing 28.01.2044
"""


def build():
    p = src("ilo-va.md", md())
    d = docx_from_md(p)
    libreoffice(d, KEY + "-va.libreoffice.pdf", KEY)
    write(KEY + "-telegram.txt", telegram(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-02-10", grade=GRADE,
             salary=sal(18624000, cur="NGN", period="year"),
             req={"en": ([EDU, EXP, LANG], [])}, comp={"en": [(c, "") for c in COMP]})
