from common import *

KEY = "wfp-nam-va-2044-07"
REF = "WFP/NAM/VA/2044/07"
TITLE = "Programme Policy Officer (Early Warning and Climate Services)"
ORG = "World Food Programme"
LOC = "Windhoek, Namibia"
GRADE = "NOB"
EDU = ("Advanced university degree in agricultural economics, climate science, disaster risk management, "
       "environmental studies or a related field, or a first university degree with additional years of related "
       "work experience.")
EXP = ("Minimum of one year of postgraduate professional experience in early warning, climate risk analysis or food "
       "security programming.")
LANG = "Fluency (level C) in English."
D1 = "Has worked with national meteorological services or disaster management agencies in southern Africa."
D2 = "Has supported the design of forecast-based financing or anticipatory cash transfers."
D3 = "Knowledge of Oshiwambo, Otjiherero or Afrikaans."
SAL = "NAD 587,316"
DUTIES = [
    "Support the Government and the Namibia Meteorological Service in translating seasonal forecasts into triggers for early action.",
    "Maintain the country office's drought and flood monitoring dashboard and produce monthly bulletins.",
    "Coordinate with regional councils in the Kunene, Omusati and Zambezi regions on community early warning committees.",
    "Contribute to proposals, donor reports and the country strategic plan mid-term review.",
    "Organise training for partners on climate information services and the use of satellite rainfall estimates.",
]


def build():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-09-05", grade=GRADE,
             salary=sal(587316, cur="NAD", period="year"),
             ess={"en": [EDU, EXP, LANG]}, des={"en": [D1, D2, D3]}, comps={"en": []})
    duties_md = "\n".join(f"{i}. {d}" for i, d in enumerate(DUTIES, 1))
    md = f"""**WORLD FOOD PROGRAMME**

**NAMIBIA COUNTRY OFFICE**

# VACANCY ANNOUNCEMENT

| | |
|---|---|
| Vacancy Announcement No. | {REF} |
| Job Title | {TITLE} |
| Grade | {GRADE} |
| Type of Contract | Fixed-Term, one year (renewable) |
| Organization | {ORG} |
| Duty Station (City, Country) | {LOC} |
| Open to | Namibian nationals only |
| Date of Publication | 15 August 2044 |

**DEADLINE FOR APPLICATIONS**

5 September 2044-23:59-GMT+02:00 Central Africa Time (Windhoek)

WFP celebrates and embraces diversity. It is committed to the principle of equal employment opportunity for all its employees and encourages qualified candidates to apply irrespective of race, colour, national origin, ethnic or social background, gender, religion or belief, HIV status or disability.

## ORGANIZATIONAL CONTEXT

The Namibia Country Office supports national institutions to reduce the impact of recurrent drought and flooding on food security. The Programme Policy Officer will sit in the Resilience and Climate unit and report to the Head of Programme.

## KEY ACCOUNTABILITIES (not all-inclusive)

{duties_md}

## STANDARD MINIMUM QUALIFICATIONS

**Education:** {EDU}

**Experience:** {EXP}

**Language:** {LANG}

## DESIRED EXPERIENCES FOR ENTRY INTO THE ROLE

- {D1}
- {D2}
- {D3}

## TERMS AND CONDITIONS

The annual net salary for this position is {SAL}, together with a pension plan and medical insurance. Shortlisted candidates may be invited to a written test on 18 September 2044.

*No fee is charged at any stage of the recruitment process. Female candidates are strongly encouraged to apply.*
"""
    mdp = os.path.join(SRC, KEY + "-va.md")
    open(mdp, "w", encoding="utf-8").write(md)
    docx = os.path.join(SRC, KEY + "-va.docx")
    pandoc_docx(mdp, docx)
    libreoffice(docx, KEY + "-va.libreoffice.pdf", KEY, "writer_pdf_Export")

    duties_txt = "\n".join("» " + d for d in DUTIES)
    board = f"""JobsInNamibia.example   Home   Browse Jobs   Employers   Post a Job   CV Builder   Login
Home > Jobs > NGO & International > {TITLE}

{TITLE}
{ORG}Windhoek, KhomasFull TimeNGO / International OrganisationPosted 6 days agoExpires 05/09/2044Views 2 318

Reference: {REF}
Grade: {GRADE}
Location: {LOC}
Closing: 5 September 2044-23:59-GMT+02:00 Central Africa Time (Windhoek)

Job Description
WFP is looking for a national officer to strengthen early warning and climate services in Namibia.
{duties_txt}

STANDARD MINIMUM QUALIFICATIONS
Education: {EDU}
Experience: {EXP}
Language: {LANG}

DESIRED EXPERIENCES FOR ENTRY INTO THE ROLE
{D1}
{D2}
{D3}

Salary: {SAL} per annum (net)

APPLY NOW    Save    Share on WhatsApp

Report this job

Similar jobs
Logistics Assistant — Walvis Bay — closes 28/08/2044
Finance Officer (Grants) — Windhoek — closes 12/09/2044
Field Monitor — Rundu — closes 01/09/2044

© JobsInNamibia.example · Terms · Privacy · We never ask candidates for money.
"""
    write(KEY + "-jobsinnamibia.txt", board, KEY, "txt")
