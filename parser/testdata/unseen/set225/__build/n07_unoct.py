"""UNOCT internship (New York): careers.un.org opening clipped to Markdown, and a university careers e-mail digest."""
from common import w, expected

REF = "36-Programme Management-UNOCT-335314-I-New York (X)"
KEY = "36-programme-management-unoct-335314-i-new-york-x"
TITLE = "Intern - Counter-Terrorism Capacity Building"
ORG = "United Nations Office of Counter-Terrorism"
LOC = "NEW YORK"
STIPEND = "USD 1,275 per month"
EDU = ("Applicants must, at the time of application, be enrolled in a graduate programme (second university degree "
       "or higher), be enrolled in the final year of a first-level university degree programme, or have graduated "
       "within the past two years, in political science, international relations, law, security studies or a "
       "related field.")
EXP = "Experience in research or event organization, including through volunteer work, is desirable."
LAN1 = "For this internship, fluency in English is required."
LAN2 = "Knowledge of Arabic, French or Russian is desirable."
COMPS = [
    ("Professionalism", "Shows interest in the prevention of violent extremism and in capacity-building; produces "
     "careful, well-sourced work; meets deadlines."),
    ("Teamwork", "Works with colleagues from different backgrounds to achieve common goals; accepts feedback and "
     "shares credit."),
    ("Planning and Organizing", "Keeps track of several tasks at once; sets priorities and adjusts them when "
     "meeting schedules change."),
]
ORGSET = ("This internship is located in the Capacity-Building Programmes Branch of the United Nations Office of "
          "Counter-Terrorism (UNOCT) in New York. The intern will be supervised by a Programme Management Officer "
          "of the Branch. The internship is for a period of six months, starting in September 2036.")
TASKS = [
    "Researching and summarizing national counter-terrorism strategies and related legislation;",
    "Helping to prepare concept notes, agendas and background papers for workshops;",
    "Updating the Branch's project monitoring sheets and partner contact lists;",
    "Drafting meeting summaries and social media content;",
    "Performing other duties as required.",
]


def md():
    L = ["[Skip to main content](#main)", "",
         "**careers.un.org** | Home | Search Jobs | Internships | Sign In | English · Français", "",
         "Home > Job Search > Job Opening", "",
         "# " + TITLE, "",
         "[Apply](#) · [Save](#) · [Share](#)", "",
         "| Job Opening | |", "|---|---|",
         "| Job Title | INTERN - PROGRAMME MANAGEMENT |",
         "| Department/Office | " + ORG + " |",
         "| Duty Station | " + LOC + " |",
         "| Category and Level | Internship, I |",
         "| Date Posted | Jun 18, 2036 |",
         "| Deadline | Jul 17, 2036 |",
         "| Job Opening Number | " + REF + " |", "",
         "**United Nations Core Values: Integrity, Professionalism, Respect for Diversity**", "",
         "## Org. Setting and Reporting", "", ORGSET, "",
         "## Responsibilities", "", "Daily responsibilities will depend on the intern's background and include:", ""]
    L += [f"- {t}" for t in TASKS]
    L += ["", "## Competencies", ""] + [f"**{n}:** {d}  " for n, d in COMPS]
    L += ["", "## Education", "", EDU, "", "## Work Experience", "", EXP, "", "## Languages", "",
          "English and French are the working languages of the United Nations Secretariat. " + LAN1 + " " + LAN2, "",
          "## Assessment", "", "Potential candidates will be contacted for an interview; interviews are planned for "
          "the first week of August 2036.", "",
          "## Special Notice", "",
          "Interns receive a stipend of " + STIPEND + " to help cover living costs in New York. Travel, visa and "
          "health insurance are the intern's responsibility. The internship carries no expectation of employment "
          "with the United Nations.", "",
          "## No Fee", "",
          "THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.", ""]
    return "\n".join(L)


def digest():
    L = ["From: Career Development Office <careers@gsis.example>",
         "To: ma-students@gsis.example",
         "Date: Thu, 19 Jun 2036 08:00:00 +0200",
         "Subject: Weekly Opportunities Digest #27 - internships, fellowships, events",
         "",
         "Hello everyone,",
         "",
         "This week: one featured internship, two fellowships and our CV clinic (Wednesday 25 June 2036, 14:00,",
         "room B-210). Remember to book your mock interview before 1 July.",
         "",
         "=====================================================================",
         "FEATURED: " + TITLE,
         "=====================================================================",
         "",
         "Organization:        " + ORG,
         "Duty Station:        " + LOC,
         "Job Opening Number:  " + REF,
         "Posted:              Jun 18, 2036",
         "Deadline:            Jul 17, 2036",
         "Stipend:             " + STIPEND,
         "",
         "ABOUT THE INTERNSHIP",
         ORGSET,
         "",
         "WHAT YOU WOULD DO"]
    L += ["  - " + t for t in TASKS]
    L += ["", "COMPETENCIES"] + [f"  {n}: {d}" for n, d in COMPS]
    L += ["", "EDUCATION", EDU, "", "WORK EXPERIENCE", EXP, "", "LANGUAGES",
          "English and French are the working languages of the United Nations Secretariat. " + LAN1 + " " + LAN2,
          "", "Apply via careers.un.org (search for the job opening number above).", "",
          "---------------------------------------------------------------------",
          "ALSO THIS WEEK",
          "  * Peace and Security Fellowship (Geneva) - applications close 3 July 2036",
          "  * Data for Development Fellowship - rolling deadline",
          "---------------------------------------------------------------------",
          "",
          "You receive this digest because you are enrolled in a master's programme. Unsubscribe: reply STOP.", ""]
    return "\n".join(L)


def build():
    w(KEY + "-uncareers.md", md(), KEY)
    w(KEY + "-careers-digest.txt", digest(), KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2036-07-17", salary=(1275, None, None, "USD", "month"),
             requirements={"en": ([EDU, LAN1], [EXP, LAN2])}, competencies={"en": COMPS})
