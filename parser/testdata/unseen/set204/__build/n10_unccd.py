from common import *

KEY = "34-environmental-affairs-unccd-314066-r-bonn-x"
REF = "34-Environmental Affairs-UNCCD-314066-R-Bonn (X)"
TITLE = "ASSOCIATE ENVIRONMENTAL AFFAIRS OFFICER (DROUGHT RESILIENCE)"
ORG = "United Nations Convention to Combat Desertification"
LOC = "BONN"
COMP = [
    ("Professionalism", "Understands drought risk, early warning and land restoration well enough to brief Parties accurately; completes analyses carefully and on schedule."),
    ("Teamwork", "Works with colleagues of the science, policy and outreach units and with partner agencies, and shares information freely."),
    ("Creativity", "Looks for new ways to help countries turn drought plans into funded projects and tests ideas before proposing them."),
]
EDU = "An advanced university degree (Master's degree or equivalent) in environmental science, natural resource management, geography, development studies or a related field is required. A first level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree."
EXP = "A minimum of two years of progressively responsible experience in environmental policy, disaster risk reduction or natural resource management is required."
EXP_D = "Experience in supporting national drought plans or drought early warning systems is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_E = "For this position, fluency in English is required."
LANG_D = "Knowledge of French, Spanish or Arabic is desirable."
DUTIES = [
    "Supports Parties in preparing and updating national drought plans and in reporting on drought indicators;",
    "Contributes to background documents for the Committee for the Review of the Implementation of the Convention;",
    "Maintains the drought toolbox and its case studies in cooperation with partner agencies;",
    "Helps organize regional workshops and webinars and drafts their summaries;",
    "Performs other related duties as required.",
]
ORGSET = f"This position is located in the Global Mechanism and Policy Unit of the secretariat of the {ORG} (UNCCD) in Bonn, Germany. The incumbent reports to the Programme Management Officer responsible for drought."


def printview():
    return f"""United Nations Careers                                                 Job opening 314066
Printed from careers.un.org on 03/10/2034

Posting Title
{TITLE}, P2
Job Code Title
ASSOCIATE ENVIRONMENTAL AFFAIRS OFFICER
Department/Office
{ORG}
Duty Station
{LOC}
Posting Period
01 October 2034 - 30 October 2034
Job Opening Number
{REF}
Staffing Exercise
N/A

United Nations Core Values: Integrity, Professionalism, Respect for Diversity

Org. Setting and Reporting
{ORGSET}

Responsibilities
Within delegated authority, the Associate Environmental Affairs Officer will be responsible for the following duties:
{chr(10).join("- " + d for d in DUTIES)}

Competencies
{chr(10).join(f"{n}: {d}" for n, d in COMP)}

Education
{EDU}

Job - Specific Qualification
Not available.

Work Experience
{EXP}
{EXP_D}

Languages
{LANG_CTX} {LANG_E} {LANG_D}

Assessment
Evaluation of qualified candidates may include an assessment exercise in the second half of November 2034, which may be followed by a competency-based interview.

Special Notice
The appointment is for an initial period of one year. Staff members are subject to the authority of the Secretary-General and to assignment by him or her.

No Fee
THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.

Page 1 of 1
"""


def linkedin():
    return f"""Skip to main content
LinkedIn
Home  My Network  Jobs  Messaging  Notifications  Me

Associate Environmental Affairs Officer (Drought Resilience), P2
United Nations Convention to Combat Desertification (UNCCD) · Bonn, North Rhine-Westphalia, Germany · 1 week ago · 58 applicants
On-site   Full-time   Entry level
Apply   Save

About the job
Posting Title: {TITLE}, P2
Department/Office: {ORG}
Duty Station: {LOC}
Posting Period: 01 October 2034 - 30 October 2034
Job Opening Number: {REF}

Org. Setting and Reporting
{ORGSET}

Responsibilities
{chr(10).join("• " + d for d in DUTIES)}

Competencies
{chr(10).join(f"• {n}: {d}" for n, d in COMP)}

Education
{EDU}

Work Experience
{EXP} {EXP_D}

Languages
{LANG_CTX} {LANG_E} {LANG_D}

No Fee
THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.
Show less

Seniority level
Entry level
Employment type
Full-time
Industries
International Affairs

Referrals increase your chances of interviewing at UNCCD by 2x
See who you know

Similar jobs
Climate Policy Analyst · Deutsche Gesellschaft für Internationale Zusammenarbeit · Bonn · 2 days ago
Programme Associate · UNFCCC · Bonn · 5 days ago

About · Accessibility · Help Center · Privacy & Terms · LinkedIn Corporation © 2034
"""


def build():
    write(KEY + "-uncareers-print.txt", printview(), KEY)
    write(KEY + "-linkedin.txt", linkedin(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2034-10-30", grade="P2",
             requirements={"essential": [EDU, EXP, LANG_E], "desirable": [EXP_D, LANG_D]},
             competencies=COMP)
