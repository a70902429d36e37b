from common import *
import subprocess

REF = "42-Programme Management-UNOP-553041-D-New York (X)"
KEY = "42-programme-management-unop-553041-d-new-york-x"
TITLE = "Deputy Director, Partnerships"
ORG = "United Nations Office for Partnerships"
LOC = "NEW YORK"
GRADE = "D-1"
ORGSET = ("This position is located in the United Nations Office for Partnerships (UNOP), which serves as a gateway for "
          "collaboration between the United Nations system and the private sector, foundations and philanthropy. The Deputy "
          "Director reports to the Director of the Office.")
DUTIES = [
    "Leads the design and implementation of the Office's partnership strategy with foundations and the private sector.",
    "Oversees the programme portfolio financed through the Office's trust fund, including due diligence, monitoring and reporting to donors.",
    "Advises senior management on partnership risks, integrity safeguards and the application of the Secretary-General's guidelines on cooperation with the business sector.",
    "Manages the staff and budget of the Office and deputizes for the Director.",
    "Represents the Office at intergovernmental meetings and high-level events.",
]
COMPS = [
    ("Leadership", "Serves as a role model that other people want to follow; empowers others to translate vision into results; is proactive in developing strategies to accomplish objectives; drives for change and improvement."),
    ("Vision", "Identifies strategic issues, opportunities and risks; clearly communicates links between the Organization's strategy and the work unit's goals; conveys enthusiasm about future possibilities."),
    ("Building Trust", "Provides an environment in which others can talk and act without fear of repercussion; manages in a deliberate and predictable way; operates with transparency."),
    ("Managing Performance", "Delegates the appropriate responsibility, accountability and decision-making authority; makes sure that roles, responsibilities and reporting lines are clear to each staff member; monitors progress against milestones and deadlines."),
]
EDU = ("An advanced university degree (Master's degree or equivalent degree) in business administration, international relations, "
       "economics, public policy or a related field is required. A first-level university degree in combination with two additional "
       "years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP1 = "A minimum of fifteen years of progressively responsible experience in partnership development, resource mobilization or programme management, including at the international level, is required."
EXP2 = "Experience in managing multi-donor trust funds or philanthropic grants is required."
EXP3 = "Experience in working with the private sector in a United Nations context is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG1 = "For this position, fluency in English is required."
LANG2 = "Knowledge of another official United Nations language is desirable."
ESS = [EDU, EXP1, EXP2, LANG1]
DES = [EXP3, LANG2]

def build():
    md = f"""---
title: "Job Opening {REF}"
---

**UNITED NATIONS** — Job Opening (printable version)

# {TITLE}, D1

| | |
|-----|---------------|
| **Job Opening Number** | {REF} |
| **Posting Title** | DEPUTY DIRECTOR, PARTNERSHIPS, D1 |
| **Job Code Title** | DEPUTY DIRECTOR |
| **Department/Office** | {ORG} |
| **Duty Station** | {LOC} |
| **Category and Level** | Director and Higher Categories, {GRADE} |
| **Posting Period** | 1 May 2042 - 31 May 2042 |

*United Nations Core Values: Integrity, Professionalism, Respect for Diversity*

## Org. Setting and Reporting

{ORGSET}

## Responsibilities

""" + "\n".join("- " + d for d in DUTIES) + """

## Competencies

""" + "\n\n".join("**%s:** %s" % c for c in COMPS) + f"""

## Education

{EDU}

## Work Experience

{EXP1} {EXP2}

{EXP3}

## Languages

{LANG_CTX} {LANG1} {LANG2}

## Assessment

Evaluation of qualified candidates may include an assessment exercise on 23 June 2042 followed by a competency-based interview.

## United Nations Considerations

Candidates will be assessed on the basis of their qualifications and the competencies listed. The United Nations places no restrictions on the eligibility of men and women to participate in any capacity.

THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.
"""
    mp = os.path.join(SRC, KEY + "-jo.md")
    open(mp, "w", encoding="utf-8").write(md)
    dp = os.path.join(SRC, KEY + "-jo.docx")
    subprocess.run(["pandoc", mp, "-o", dp], check=True)
    soffice(dp, KEY + "-jo.libreoffice.pdf", KEY, "writer_pdf_Export")
    slack = f"""#un-jobs-senior  ·  UN Alumni Network NY
 👥 1,284 members  ·  📌 3 pinned  ·  Topic: senior openings only, no recruiters please

Thursday, May 1st

Keisha Okafor  9:14 AM
:rotating_light: New D-1 just went up on the portal — sharing the key bits since the page is slow today:
> *{TITLE}*
> Department/Office: {ORG}
> Duty Station: {LOC}
> Category and Level: Director and Higher Categories, {GRADE}
> Posting Period: 1 May 2042 - 31 May 2042
> Job Opening Number: {REF}
> {ORGSET}

Keisha Okafor  9:16 AM
Responsibilities (trimmed):
""" + "\n".join("• " + d for d in DUTIES) + """

Competencies:
""" + "\n".join("• *%s:* %s" % c for c in COMPS) + f"""

Keisha Okafor  9:17 AM
Education: {EDU}
Work experience: {EXP1} {EXP2} {EXP3}
Languages: {LANG_CTX} {LANG1} {LANG2}
   :eyes: 12   :+1: 9   :pray: 4

   3 replies  Last reply today at 11:02 AM
   Tomás R.  10:40 AM
   Any idea when the assessment is? Asking for the June travel calendar.
   Keisha Okafor  10:52 AM
   The JO says 23 June 2042 for the assessment exercise.
   Ines W.  11:02 AM
   Thanks! Also FYI the UNOP reception is on 5 June, not a recruitment event.

Friday, May 2nd

Bot  8:00 AM
Weekly digest: 4 new senior openings, 2 closing this week (16 May, 18 May).
"""
    w(KEY + "-slack.txt", slack, KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC, deadline="2042-05-31",
             grade=GRADE, requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMPS})
