from common import *

REF = "UNU-CRIS/INT/2042/03"
KEY = "unu-cris-int-2042-03"
TITLE = "Research Intern – Regional Trade Integration"
ORG = "United Nations University Institute on Comparative Regional Integration Studies"
LOC = "Bruges, Belgium"
SCHED = "Full-time"
STIP = "EUR 1,050"
ABOUT = ("UNU-CRIS is a research and training institute of the United Nations University, based in Bruges. It studies "
         "regional integration and the role of regions in global governance, with programmes on trade, migration, health "
         "and the environment.")
TASKS = [
    "Compile and clean data on regional trade agreements and tariff schedules for the institute's database.",
    "Review literature on value chains in African and Latin American regional economic communities.",
    "Draft short research notes and blog posts under the guidance of a research fellow.",
    "Help organise the institute's summer seminar, including participant lists and background materials.",
]
ESS = [
    "be enrolled in a Master's or PhD programme in economics, international relations, political science or a related field, or have graduated within the last twelve months;",
    "have a good command of quantitative methods and of a statistical software package;",
    "be fluent in English, written and spoken;",
    "be available to work on site in Bruges for five months from 1 September 2042.",
]
DES = [
    "Knowledge of French, Spanish or Portuguese.",
    "Previous research experience on trade policy or regional organisations.",
]

def build():
    md = f"""[UNU-CRIS](/) · [Research](/research) · [People](/people) · [Events](/events) · [Opportunities](/opportunities) · [Contact](/contact)

Home › Opportunities › Internships

# {TITLE}

*Published 22 April 2042 · Opportunities*

**Reference:** {REF}  
**Organisation:** {ORG} (UNU-CRIS)  
**Location:** {LOC}  
**Duration:** five months  
**Working time:** {SCHED}  
**Stipend:** {STIP} per month  
**Application deadline:** 25 May 2042, 23:59 CEST

## About UNU-CRIS

{ABOUT}

## The internship

The intern joins the Regional Trade and Economic Integration cluster and works with two research fellows on the institute's regional trade agreements project.

Tasks include:

""" + "\n".join("- " + t for t in TASKS) + """

## Who can apply

To be eligible, applicants must:

""" + "\n".join("1. " + e for e in ESS) + """

## Preferred

""" + "\n".join("* " + e for e in DES) + f"""

## Conditions

The stipend of {STIP} per month is meant to cover living costs; travel to Bruges, visa and insurance are the intern's responsibility. Interns are not staff members and the internship carries no expectation of employment. Interviews will take place online on 10 and 11 June 2042.

> UNU-CRIS welcomes applications from nationals of developing countries and from women.

## How to apply

Submit a CV, a one-page motivation letter and a writing sample through the application form, quoting {REF}.

---

Potentierbrug, Bruges · [Privacy](/privacy) · [Newsletter](/newsletter) · © United Nations University 2042
"""
    w(KEY + "-unucris.md", md, KEY)
    txt = f"""studentjob.example   Vacatures | Stages | Bijbaan | Jobs étudiants | Stages FR | EN
Home > Stages > Brugge

{TITLE}
UNU-CRISBrugge / Bruges{SCHED}StagePaid internship5 maandenDeadline 25/05/2042Geplaatst 2 dagen geleden

[ Solliciteren ]   [ ♡ Bewaren ]

Over de werkgever
{ORG} (UNU-CRIS)
{ABOUT}

Kerngegevens / Key facts
Reference: {REF}
Location: {LOC}
Working time: {SCHED}
Stipend: {STIP} per month
Start: 1 September 2042

Your tasks
""" + "\n".join("> " + t for t in TASKS) + """

Your profile
To be eligible, applicants must:
""" + "\n".join("- " + e for e in ESS) + """
Preferred:
""" + "\n".join("- " + e for e in DES) + f"""

Online interviews on 10 and 11 June 2042.

Vergelijkbare vacatures
Stage Europese beleidsanalyse – Brussel – Deadline 30/05/2042
Research assistant migration – Leuven – Deadline 06/06/2042

studentjob.example is geen werkgever en is niet verantwoordelijk voor de inhoud van deze vacature.
Cookies | Privacy | Contact
"""
    w(KEY + "-studentjob.txt", txt, KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
             deadline="2042-05-25", salary=sal(1050, "EUR", "month"),
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})
