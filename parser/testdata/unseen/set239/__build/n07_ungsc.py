from common import *

REF = "37-Information Management-UNGSC-343120-I-Brindisi (X)"
KEY = "37-information-management-ungsc-343120-i-brindisi-x"
TITLE = "Intern - Geospatial Information Services"
ORG = "United Nations Global Service Centre"
LOC = "BRINDISI"
SETTING = ("The internship is located in the Geospatial Information and Telecommunications Technologies Service of the "
           "United Nations Global Service Centre (UNGSC) in Brindisi, Italy. The Service provides maps, imagery analysis "
           "and geospatial databases to peace operations. The intern works under the supervision of a Geographic "
           "Information Officer. The internship is for a period of five months, full-time, starting in November 2037.")
TASKS = ["Updates topographic and thematic layers in the geospatial database and checks their quality;",
         "Prepares draft maps for mission planning and for briefings;",
         "Helps to document data processing workflows and scripts;",
         "Supports the organization of an online training session for mission GIS staff;",
         "Performs other duties as required."]
COMPS = [("Professionalism", "Has knowledge of geographic information systems and of cartographic principles; shows pride in work and is conscientious in meeting commitments."),
         ("Teamwork", "Works with colleagues to achieve the team's goals; is willing to learn from others."),
         ("Technological Awareness", "Keeps abreast of available technology; shows willingness to learn new tools.")]
EDU = ("Applicants must at the time of application meet one of the following requirements: (a) be enrolled in the final "
       "academic year of a first-level university degree programme (bachelor's level or equivalent) or in a graduate "
       "programme; or (b) have graduated with a university degree within the past two years. The degree should be in "
       "geography, geomatics, computer science, environmental science or a related field.")
WORK_D = "Experience with desktop GIS software and with Python or another scripting language is desirable."
L_R = "For this internship, fluency in English is required."
L_D = "Knowledge of Italian or French is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
STIPEND = "USD 1,140 per month"


def build():
    md = f"""[Skip to main content](#main)

**United Nations Careers** | [Job openings](#) | [Internships](#) | [Français](#)

[Home](#) › [Job openings](#) › {TITLE}

# {TITLE}

| Job Opening | |
|---|---|
| Job Title | INTERN - INFORMATION MANAGEMENT |
| Department/Office | {ORG} |
| Duty Station | {LOC} |
| Category and Level | Internship, I |
| Date Posted | Aug 18, 2037 |
| Deadline | Sep 16, 2037 |
| Job Opening Number | {REF} |

*United Nations Core Values: Integrity, Professionalism, Respect for Diversity*

## Org. Setting and Reporting

{SETTING}

## Responsibilities

""" + "\n".join("- " + t for t in TASKS) + "\n\n## Competencies\n\n" + \
        "\n\n".join("**%s:** %s" % c for c in COMPS) + f"""

## Education

{EDU}

## Work Experience

Applicants are not required to have professional work experience for participation in the programme. {WORK_D}

## Languages

{LANG_CTX} {L_R} {L_D}

## Special Notice

Interns receive a stipend of {STIPEND} to help cover living expenses in Brindisi. Interns are responsible for their
travel, visa and medical insurance. Interviews are expected in the first week of October 2037.

## No Fee

THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.
"""
    write(KEY + "-uncareers.md", md, KEY)
    t = f"""#opportunities  |  Geomatics Alumni Network (Slack export)

Giulia R.  10:42 AM
:earth_africa: paid internship at the UN in Brindisi, good for anyone finishing the MSc this autumn
*{TITLE}*
Department/Office: {ORG}
Duty Station: {LOC}
Category: Internship, I
Job Opening Number: {REF}
Deadline: Sep 16, 2037
Stipend: {STIPEND}
What you'd do:
""" + "\n".join("• " + t2 for t2 in TASKS) + "\nCompetencies:\n" + "\n".join("• %s: %s" % c for c in COMPS) + f"""
Education: {EDU}
Experience: {WORK_D}
Languages: {LANG_CTX} {L_R} {L_D}
:pushpin: 2  :raised_hands: 5

Marco T.  10:55 AM
applied for the same one last year (closed 30 Sep 2036), interview was on Teams, very friendly. Good luck all

Giulia R.  11:02 AM
reminder: alumni CV review session is on 3 September, sign up in the thread
"""
    write(KEY + "-slack.txt", t, KEY)
    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2037-09-16", (1140, None, None, "USD", "month"), None,
             {"essential": [EDU, L_R], "desirable": [WORK_D, L_D]}, comps_list(COMPS))
