from common import write, expected

KEY = "ohrlls-int-35-02"
REF = "OHRLLS-INT-35-02"
TITLE = "Programme Intern (Small Island Developing States)"
ORG = ("Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and "
       "Small Island Developing States")
LOC = "New York, United States"
SCHED = "Full-time"
STIPEND = "USD 2,240"

INTRO = (f"The {ORG} (OHRLLS) advocates for the three groups of countries in vulnerable situations and supports the "
         "follow-up of their programmes of action. The Small Island Developing States Unit is looking for an intern "
         "to help prepare the mid-term review of the small islands' programme of action.")
TASKS = [
    "Research and summarize national reports and statistics on debt, climate finance and ocean economies of small island States.",
    "Help draft background notes, talking points and meeting summaries.",
    "Update the Unit's database of partnerships and commitments.",
    "Support the logistics of expert group meetings, including hybrid sessions.",
]
NEED = [
    "Enrolment in a master's or doctoral programme, or a university degree obtained within the past two years, in economics, international relations, environmental studies or a related field.",
    "Strong research and writing skills in English.",
    "Good command of spreadsheets and presentation software.",
]
NICE = [
    "Knowledge of French or Spanish.",
    "Previous study or work experience in a small island developing State.",
]
COMPS = ["Professionalism", "Communication", "Teamwork"]
FACTS = [
    ("Reference", REF),
    ("Type", "Internship"),
    ("Unit", "Small Island Developing States Unit"),
    ("Location", LOC),
    ("Working hours", SCHED),
    ("Duration", "Six months, starting 1 July 2035"),
    ("Stipend", f"{STIPEND} per month"),
    ("Published", "14 April 2035"),
    ("Deadline", "19 May 2035"),
]


def md():
    L = ["[Skip to main content](#content)", "",
         "[About](#) | [Least Developed Countries](#) | [Landlocked Developing Countries](#) | [Small Island Developing States](#) | [Careers](#)", "",
         "Home > Careers > Internships", "", f"# {TITLE}", "", "| | |", "|---|---|"]
    L += [f"| **{l}** | {v} |" for l, v in FACTS]
    L += ["", "## About us", "", INTRO, "", "## What you will do", ""]
    L += [f"{i}. {t}" for i, t in enumerate(TASKS, 1)]
    L += ["", "## What you need", ""] + [f"- {n}" for n in NEED]
    L += ["", "## Nice to have", ""] + [f"- {n}" for n in NICE]
    L += ["", "## Competencies", ""] + [f"- {c}" for c in COMPS]
    L += ["", "## Stipend and conditions", "",
          f"Interns receive a stipend of {STIPEND} per month. Travel to New York, visa, accommodation and medical "
          "insurance are the intern's responsibility. An internship does not lead to employment with the United Nations.", "",
          "## How to apply", "",
          "Send a CV, a transcript and a one-page motivation letter through the internship form. Selected candidates "
          "will be contacted by 9 June 2035.", "",
          "*Last updated: 14 April 2035*", ""]
    return "\n".join(L)


def teams():
    L = ["Microsoft Teams – chat export", "Conversation: SIDS Unit (team chat)", "",
         "[4/15/2035 9:02 AM] Leilani Faleolo",
         "Hi all – the call for our summer intern is out, please share with your university contacts 🙏",
         "",
         "[4/15/2035 9:03 AM] Leilani Faleolo",
         TITLE, ORG, ""]
    L += [f"{l}: {v}" for l, v in FACTS]
    L += ["", "About us", INTRO, "", "What you will do"] + [f"{i}) {t}" for i, t in enumerate(TASKS, 1)]
    L += ["", "What you need"] + [f"* {n}" for n in NEED]
    L += ["", "Nice to have"] + [f"* {n}" for n in NICE]
    L += ["", "Competencies: " + ", ".join(COMPS),
          f"Stipend: interns receive a stipend of {STIPEND} per month; travel, visa and insurance are on the intern.",
          "",
          "[4/15/2035 9:10 AM] Tevita Mahe",
          "Shared on the Pacific islands students list 👍 do we still interview in late May?",
          "",
          "[4/15/2035 9:12 AM] Leilani Faleolo",
          "Yes, interviews 27–29 May, decisions by 9 June.",
          "",
          "[4/15/2035 9:12 AM] Tevita Mahe",
          "(like)",
          ""]
    return "\n".join(L)


def build():
    write(KEY + "-ohrlls.md", md(), KEY)
    write(KEY + "-teams.txt", teams(), KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en"],
        "title": {"en": TITLE}, "organisation": {"en": ORG}, "location": {"en": LOC},
        "schedule": {"en": SCHED}, "deadline": "2035-05-19",
        "salary": {"amount": 2240, "min": None, "max": None, "currency": "USD", "period": "month"},
        "grade": None, "clearance": None,
        "requirements": {"en": {"essential": NEED, "desirable": NICE}},
        "competencies": {"en": [{"name": c, "description": ""} for c in COMPS]},
    })
