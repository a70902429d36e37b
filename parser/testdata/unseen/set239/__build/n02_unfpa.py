from common import *

REF = "UNFPA/MWI/VA/2037/09"
KEY = "unfpa-mwi-va-2037-09"
TITLE = "Programme Analyst (Adolescents and Youth)"
ORG = "United Nations Population Fund"
LOC = "Lilongwe, Malawi"
GRADE = "NO-C"
SCHED = "Full time"
BG = ("The United Nations Population Fund works for a world where every pregnancy is wanted, every childbirth is safe "
      "and every young person's potential is fulfilled. In Malawi, the Country Programme for 2035-2039 gives priority to "
      "the health, education and participation of adolescents, with a focus on districts where child marriage and early "
      "pregnancy remain frequent.")
ROLE = ("Under the guidance of the Assistant Representative, the Programme Analyst leads the country office's work on "
        "adolescents and youth and acts as the focal point for the joint programme on keeping girls in school.")
DUTIES = [
    "Provides policy advice to the Ministry of Youth and to district councils on youth-friendly health services and life-skills education.",
    "Designs, monitors and reports on the adolescents and youth component of the country programme, including annual workplans with implementing partners.",
    "Builds partnerships with youth-led organizations, faith leaders and traditional authorities to prevent child marriage.",
    "Identifies funding opportunities and drafts concept notes and proposals for donors.",
    "Documents good practices and contributes to the office's knowledge products and communication materials.",
]
CORE_VALUES = ["Exemplifying integrity", "Demonstrating commitment to UNFPA and the UN system",
               "Embracing cultural diversity", "Embracing change"]
CORE = ["Achieving results", "Being accountable", "Developing and applying professional expertise",
        "Thinking analytically and strategically", "Working in teams and managing ourselves and our relationships",
        "Communicating for impact"]
FUNC = ["Advocacy and policy dialogue on youth issues", "Building strategic partnerships with government and civil society",
        "Results-based programme management", "Resource mobilization"]
EDU = ["Master's degree in public health, social sciences, demography, gender studies or a related field is required."]
EXP = ["A minimum of five years of professional experience in programme management in adolescent health, youth development or education is required.",
       "Experience in working with district authorities or youth-led organizations in Malawi is required.",
       "Experience with the United Nations or an international development partner is an asset.",
       "Knowledge of monitoring tools for adolescent sexual and reproductive health is desirable."]
LANG = ["Fluency in English and Chichewa is required.",
        "Knowledge of Chitumbuka is an asset."]
ESS = EDU + EXP[:2] + LANG[:1]
DES = EXP[2:] + LANG[1:]
SAL = "MWK 61,284,000"


def build():
    vahtml = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm; @bottom-center {{ content: "{REF} – page " counter(page); font-size: 8pt; color:#666 }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; hyphens: manual; line-height: 1.35 }}
.lh {{ text-align:center; color:#e87722; font-weight:bold; font-size:13pt }} .lh2 {{ text-align:center; font-size:9pt; color:#444 }}
h1 {{ text-align:center; font-size:14pt; letter-spacing:2px; margin:14px 0 }}
table {{ border-collapse: collapse; width: 100% }} td {{ border:1px solid #999; padding:4px 6px; vertical-align:top }}
td.l {{ width:34%; font-weight:bold; background:#f4f4f4 }} h2 {{ font-size:11pt; text-transform:uppercase; margin:14px 0 4px }}
h3 {{ font-size:10pt; margin:8px 0 2px }}
</style></head><body>
<div class="lh">UNFPA</div><div class="lh2">United Nations Population Fund · Malawi Country Office · Evelyn Court, Area 12, Lilongwe</div>
<h1>VACANCY ANNOUNCEMENT</h1>
<table>
<tr><td class="l">Vacancy Announcement No.</td><td>{REF}</td></tr>
<tr><td class="l">Position Title</td><td>{TITLE}</td></tr>
<tr><td class="l">Post Level</td><td>{GRADE}</td></tr>
<tr><td class="l">Duty Station</td><td>{LOC}</td></tr>
<tr><td class="l">Full/Part time</td><td>{SCHED}</td></tr>
<tr><td class="l">Type of Contract</td><td>Fixed-term appointment, one year (renewable)</td></tr>
<tr><td class="l">Open to</td><td>Malawian nationals only</td></tr>
<tr><td class="l">Date of issue</td><td>14 August 2037</td></tr>
<tr><td class="l">Closing Date</td><td>4 September 2037 (5:00 p.m., Lilongwe time)</td></tr>
</table>
<h2>The Position</h2><p>{BG}</p><p>{ROLE}</p>
<h2>Duties and Responsibilities</h2>{ul(DUTIES, "ol")}
<h2>Qualifications and Experience</h2>
<h3>Education:</h3>{ul(EDU)}
<h3>Knowledge and Experience:</h3>{ul(EXP)}
<h3>Languages:</h3>{ul(LANG)}
<h2>Required Competencies</h2>
<h3>Values:</h3>{ul(CORE_VALUES)}
<h3>Core Competencies:</h3>{ul(CORE)}
<h3>Functional Competencies:</h3>{ul(FUNC)}
<h2>Compensation and Benefits</h2>
<p>This position offers an attractive remuneration package: an annual net salary of {SAL} at the first step of the
level, plus medical insurance, pension participation and 30 days of annual leave. Shortlisted candidates will sit a written
test on 21 September 2037.</p>
<h2>Disclaimer</h2>
<p>UNFPA does not charge any application, processing, training, interviewing, testing or other fee in connection with the
application or recruitment process. Fraudulent notices should be reported to the country office.</p>
</body></html>
"""
    src("unfpa-va.html", vahtml)
    weasy("unfpa-va.html", KEY + "-va.weasyprint.pdf", KEY)
    # Malawian job board copy: board facts glued, then the notice body
    b = f"""MalawiJobsHub  |  Jobs  Employers  Tenders  Scholarships  Post a job  Login
Home > Jobs > NGO & International > {TITLE}

{TITLE}
United Nations Population Fund (UNFPA)
CompanyUNFPA MalawiLocationLilongweJob TypeFull timeCategoryHealth / Social ServicesPosted15 Aug 2037Closing04 Sep 2037
Share: Facebook  WhatsApp  X  Email

Vacancy Announcement No.: {REF}
Position Title: {TITLE}
Post Level: {GRADE}
Duty Station: {LOC}
Full/Part time: {SCHED}
Type of Contract: Fixed-term appointment, one year (renewable)
Closing Date: 4 September 2037

THE POSITION
{BG}
{ROLE}

DUTIES AND RESPONSIBILITIES
""" + "\n".join("- " + d for d in DUTIES) + """

QUALIFICATIONS AND EXPERIENCE
Education:
""" + "\n".join("- " + d for d in EDU) + "\nKnowledge and Experience:\n" + "\n".join("- " + d for d in EXP) + \
        "\nLanguages:\n" + "\n".join("- " + d for d in LANG) + "\n\nREQUIRED COMPETENCIES\nValues: " + \
        ", ".join(CORE_VALUES) + "\nCore Competencies:\n" + "\n".join("- " + d for d in CORE) + \
        "\nFunctional Competencies:\n" + "\n".join("- " + d for d in FUNC) + f"""

COMPENSATION AND BENEFITS
Annual net salary of {SAL} at the first step of the level, plus medical insurance, pension participation and 30 days
of annual leave.

HOW TO APPLY
Apply through the UNFPA careers portal quoting {REF}. Only shortlisted candidates will be contacted.

Similar jobs
- Monitoring and Evaluation Officer – Lilongwe – closes 29 Aug 2037
- Youth Engagement Consultant – Blantyre – closes 10 Sep 2037

MalawiJobsHub is not the employer and does not handle applications. © 2037 MalawiJobsHub
"""
    write(KEY + "-malawijobs.txt", b, KEY)
    expected(KEY, REF, ["en"], TITLE, ORG, LOC, SCHED, "2037-09-04", (61284000, None, None, "MWK", "year"), GRADE,
             {"essential": ESS, "desirable": DES}, [{"name": n, "description": ""} for n in CORE + FUNC])
