from common import *

REF = "40862"
KEY = "40862"
TITLE = "Programme Analyst, Climate Finance and Energy"
ORG = "United Nations Development Programme"
LOC = "Podgorica, Montenegro"
GRADE = "NOC"
SCHED = "Full time"
EDU = ("Advanced university degree (master's or equivalent) in energy engineering, environmental economics, "
       "public finance or a related field is required, or a first-level university degree (bachelor's degree) in "
       "the areas stated above, in combination with an additional two years of qualifying experience, will be "
       "given due consideration in lieu of the advanced university degree.")
YEARS = ("Minimum 5 years (with master's degree) or 7 years (with bachelor's degree) of relevant experience in "
         "energy policy, climate finance or programme management at the national or international level is required.")
SKILLS = [
    "Proven experience in preparing funding proposals for vertical climate funds or international financial institutions.",
    "Experience in working with line ministries, municipalities and utility companies in Montenegro.",
]
DESIRED = [
    "Knowledge of European Union acquis requirements in the field of energy and climate.",
    "Experience with green bonds, guarantee instruments or blended finance structures.",
    "Familiarity with results-based management and portfolio monitoring tools.",
]
LANG = "Fluency in English and Montenegrin is required."
COMP = [
    ("Achieve Results", "LEVEL 2: Scale up solutions and simplify processes, balance speed and accuracy in doing work."),
    ("Think Innovatively", "LEVEL 2: Offer new ideas and open new pathways, create space for the team to experiment."),
    ("Learn Continuously", "LEVEL 2: Go beyond the known, seek feedback and keep learning from what went wrong."),
    ("Adapt with Agility", "LEVEL 2: Adjust plans quickly when the context changes and help others do the same."),
    ("Act with Determination", "LEVEL 2: Remain calm under pressure and keep the team focused on shared goals."),
    ("Engage and Partner", "LEVEL 2: Build coalitions across institutions and bring people together around a common purpose."),
    ("Enable Diversity and Inclusion", "LEVEL 2: Treat all individuals with respect and address bias in team practices."),
]
DUTIES = [
    "Manage the country office's portfolio of climate finance and energy efficiency projects, ensuring quality planning, delivery and reporting.",
    "Lead the preparation of concept notes and full proposals to climate funds, in close cooperation with national authorities.",
    "Provide policy advice to the Ministry responsible for energy on de-risking instruments for renewable energy investment.",
    "Build partnerships with municipalities, the private sector and development banks, and identify co-financing opportunities.",
    "Ensure knowledge management and communication of results, including lessons learned for the Regional Bureau.",
]
BACKGROUND = ("The United Nations Development Programme (UNDP) has supported Montenegro's transition towards a low-carbon economy for more than two decades. The "
              "country office is expanding its climate finance portfolio, with new programmes on building renovation, "
              "municipal energy management and access to green credit lines for small businesses.")
SAL = "EUR 38,412"


def pdf_html():
    top = [("Job Identification", REF), ("Locations", LOC), ("Posting Date", "12/07/2039, 09:30 AM"),
           ("Apply Before", "01/06/2040, 05:59 AM"), ("Job Schedule", SCHED), ("Agency", "UNDP"),
           ("Grade", GRADE), ("Vacancy Type", "Fixed Term"), ("Practice Area", "Nature, Climate and Energy"),
           ("Bureau", "Regional Bureau for Europe and the CIS"),
           ("Contract Duration", "1 Year with Possibility for extension")]
    rows = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (a, b) for a, b in top)
    comp = "\n".join("<tr><td><b>%s:</b> %s</td></tr>" % (n, d) for n, d in COMP)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Job Description {REF}</title>
<style>body{{font-family:'Liberation Sans',sans-serif;font-size:10pt}} h1{{font-size:15pt;color:#0468b1}}
table.top{{border-collapse:collapse;width:100%}} table.top th{{text-align:left;width:30%;background:#eef4fa;border:1px solid #9bb;padding:3px}}
table.top td{{border:1px solid #9bb;padding:3px}} h2{{font-size:11.5pt;color:#0468b1;border-bottom:1px solid #0468b1}}
table.c td{{padding:2px 0}}</style></head><body>
<p style="text-align:right;font-size:8pt">UNDP Careers · Job Description (print)</p>
<h1>{TITLE}</h1>
<table class="top">
{rows}
</table>
<h2>Job Description</h2>
<h3>Background</h3>
<p>{BACKGROUND}</p>
<p>UNDP is committed to achieving workforce diversity in terms of gender, nationality and culture. Individuals from minority groups, indigenous groups and persons with disabilities are equally encouraged to apply.</p>
<h3>Duties and Responsibilities</h3>
{ul(DUTIES, "ol")}
<h3>Institutional Arrangement</h3>
<p>The Programme Analyst works under the supervision of the Resident Representative a.i. and supervises two project associates.</p>
<h3>Competencies</h3>
<p><u>Core</u></p>
<table class="c">
{comp}
</table>
<h3>Required Skills and Experience</h3>
<p><b>Min. Education requirements</b></p>
<p>{EDU}</p>
<p><b>Min. years of relevant work experience</b></p>
<p>{YEARS}</p>
<p><b>Required skills</b></p>
{ul(SKILLS)}
<p><b>Desired skills in addition to the competencies covered in the Competencies section</b></p>
{ul(DESIRED)}
<p><b>Required Language(s)</b></p>
<p>{LANG}</p>
<p><b>Professional Certificates</b></p>
<p>N/A</p>
<h3>Remuneration</h3>
<p>Annual net salary (step 1): {SAL}. National Officer posts are open to nationals of Montenegro only.</p>
<h3>Disclaimer</h3>
<p>Applicants may be asked to sit a written test, tentatively planned for 22 January 2040. UNDP does not charge a fee at any stage of its recruitment process.</p>
</body></html>
"""


def board():
    comp = "\n".join("%s: %s" % c for c in COMP)
    duties = "\n".join("- " + d for d in DUTIES)
    skills = "\n".join("• " + s for s in SKILLS)
    des = "\n".join("• " + s for s in DESIRED)
    return f"""PosloviCG.me — Jobs in Montenegro
Home  Jobs  Employers  Career advice  Post a job  Log in
Jobs › International organisations › Podgorica

{TITLE}
United Nations Development ProgrammePodgoricaFull timeInternational organisationPosted 5 days agoApply by 06.01.2040Views 2 318
[Apply on employer's site]   [Save]   [Share]

JOB SUMMARY
Job Identification: {REF}
Organisation: {ORG} (UNDP)
Locations: {LOC}
Job Schedule: {SCHED}
Grade: {GRADE}
Vacancy Type: Fixed Term
Apply Before: 01/06/2040, 05:59 AM

BACKGROUND
{BACKGROUND}

DUTIES AND RESPONSIBILITIES
{duties}

COMPETENCIES
{comp}

REQUIRED SKILLS AND EXPERIENCE
Min. Education requirements:
{EDU}
Min. years of relevant work experience:
{YEARS}
Required skills:
{skills}
Desired skills in addition to the competencies covered in the Competencies section:
{des}
Required Language(s):
{LANG}

REMUNERATION
Annual net salary (step 1): {SAL}

Similar jobs
Energy Efficiency Engineer · Elektroprivreda · Nikšić · apply by 20.12.2039
Project Associate (Climate) · International NGO · Podgorica · apply by 15.01.2040
Procurement Analyst · UN agency · Podgorica · apply by 29.12.2039

PosloviCG.me is not the employer. Always apply through the employer's official site.
"""


def build():
    libreoffice_pdf(KEY + "-jd", pdf_html(), KEY)
    write(KEY + "-poslovicg.txt", board(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             schedule={"en": SCHED, "fr": None}, deadline="2040-01-06",
             salary=salary(38412, "EUR", "year"), grade=GRADE,
             req={"en": ([EDU, YEARS] + SKILLS + [LANG], DESIRED)}, comp={"en": COMP})
