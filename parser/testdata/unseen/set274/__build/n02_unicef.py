"""UNICEF Bhutan country office VA: Word document (pandoc DOCX) -> LibreOffice PDF; Bhutanese job portal copy."""
from common import *

KEY = "bhu-va-2040-07"
REF = "BHU/VA/2040/07"
TITLE = "Education Officer (Early Childhood Care and Development)"
ORG = "United Nations Children's Fund"
LOC = "Thimphu, Bhutan"
GRADE = "NO-B"
ESS = [
    "An advanced university degree (Master's) in early childhood education, child development, education planning or another relevant field.",
    "A minimum of two years of professional experience in early childhood development or basic education programmes, including work with government counterparts.",
    "Fluency in English and Dzongkha is required.",
]
DES = [
    "Experience in designing or monitoring parenting education programmes is an asset.",
    "Familiarity with education management information systems and school-readiness assessments is an asset.",
]
COMP = [(n, "") for n in [
    "Demonstrates Self Awareness and Ethical Awareness (1)",
    "Works Collaboratively with others (1)",
    "Builds and Maintains Partnerships (1)",
    "Innovates and Embraces Change (1)",
    "Thinks and Acts Strategically (1)",
    "Drive to achieve impactful results (1)",
    "Manages ambiguity and complexity (1)",
]]


def md():
    return f"""**UNICEF BHUTAN COUNTRY OFFICE**

**VACANCY ANNOUNCEMENT**

| | |
|---|---|
| Vacancy Announcement No. | {REF} |
| Position Title | {TITLE} |
| Level | {GRADE} |
| Duty Station | {LOC} |
| Type of Appointment | Fixed-term appointment, one year (renewable) |
| Open to | Bhutanese nationals only |
| Date of Issue | 13 July 2040 |
| Closing Date | 3 August 2040 (17:00 Bhutan time) |

The {ORG} (UNICEF) works in some of the world's most remote places to reach the children who are hardest to reach.
Across more than 190 countries and territories, we work for every child, everywhere, to build a better world for
everyone.

**For every child, a fair start**

**Purpose of the position**

Under the supervision of the Chief of Education, the Education Officer supports the development, implementation and
monitoring of the early childhood care and development (ECCD) component of the country programme. The incumbent works
closely with the Ministry of Education and Skills Development, district education offices and civil society partners
to expand access to quality ECCD centres in rural communities.

**How can you make a difference?**

1. Supports the preparation of annual work plans for the ECCD programme and tracks progress against agreed results.
2. Provides technical input to national ECCD standards, curricula and teacher-facilitator training packages.
3. Conducts field monitoring visits to districts and prepares trip reports with recommendations.
4. Manages programme supplies and cash transfers to implementing partners in line with UNICEF procedures.
5. Contributes to the collection and analysis of data on ECCD enrolment, quality and school readiness.
6. Prepares donor reports, briefing notes and human-interest stories on the programme.

**To qualify as an advocate for every child you will have…**

*Education:*

- {ESS[0]}

*Work experience:*

- {ESS[1]}

*Language requirements:*

- {ESS[2]}

*Desirables:*

- {DES[0]}
- {DES[1]}

**For every Child, you demonstrate…**

UNICEF's core values of Care, Respect, Integrity, Trust, Accountability and Sustainability (CRITAS) underpin
everything we do and how we do it.

The UNICEF competencies required for this post are:

{chr(10).join('- ' + n for n, _ in COMP)}

**Remarks**

Only shortlisted candidates will be contacted and advance to the next stage of the selection process, which includes
a written test scheduled for 19 August 2040. UNICEF is committed to diversity and inclusion within its workforce, and
encourages all candidates, irrespective of gender, nationality, religious and ethnic backgrounds, including persons
living with disabilities, to apply. UNICEF does not charge a processing fee at any stage of its recruitment.

Applications must be submitted through the UNICEF careers portal quoting {REF}.
"""


def portal():
    return f"""BhutanJobs.bt
Home   Jobs   Tenders   Scholarships   Employers   Post a vacancy   Login
You are here: Home > Jobs > International organisations

{TITLE}
UNICEFThimphuFull timeNO-BPosted 4 days agoDeadline 03-Aug-2040Views 1 406

Employer: UNICEF Bhutan
Employer type: International organisation / UN agency
Category: Education, Training
Vacancy No: {REF}
Place of posting: {LOC}
Level: {GRADE}
Slots: 1

Job Description
UNICEF Bhutan is looking for an Education Officer to support its early childhood care and development programme.
The officer will help plan and monitor the ECCD programme with the Ministry of Education and Skills Development,
review standards and training packages, visit districts, manage supplies and partner cash transfers, analyse data
on enrolment and school readiness, and write donor reports.

Qualifications
{ESS[0]}
{ESS[1]}
{ESS[2]}

Desirables
{DES[0]}
{DES[1]}

Competencies
{' | '.join(n for n, _ in COMP)}

Organisation: {ORG} (UNICEF)
Contract: Fixed-term appointment, one year (renewable)
Eligibility: Bhutanese nationals only
Written test: 19/08/2040 (shortlisted candidates)

[ Apply on employer site ]   [ Save ]   [ Share ]

Similar jobs
Programme Assistant – Gross National Happiness Commission   Deadline 29-Jul-2040
Teacher (Early Childhood), private school, Paro   Deadline 07-Aug-2040
Monitoring Officer, NGO, Trashigang   Deadline 12-Aug-2040

BhutanJobs.bt is a listing service and is not the employer. Report this job if you think it is fraudulent.
© 2040 BhutanJobs.bt
"""


def build():
    p = src(KEY + "-va.md", md())
    docx = os.path.join(SRC, KEY + "-va.docx")
    pandoc_docx(p, docx)
    libreoffice(docx, KEY + "-va.libreoffice.pdf", KEY)
    write(KEY + "-bhutanjobs.txt", portal(), KEY)
    expected(KEY, reference=REF, langs=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-08-03", grade=GRADE, req={"en": (ESS, DES)}, comp={"en": COMP})
