"""NLOJ-LE-2041-02: NATO Liaison Office in Jordan, Amman. The Office's page as Markdown
(pipe table with a `Field | Details` head), and an invented aggregator copy that adds its
own yearly USD estimate."""
from common import write, expected, sal

REF = "NLOJ-LE-2041-02"
TITLE = "Office Assistant (Protocol and Logistics)"
ORG = "NATO Liaison Office in Jordan (NLO Jordan)"
LOC = "Amman, Jordan"
SCH = "Full-time, Sunday to Thursday"
GRADE = "LE-4"
CLEAR = "NATO CONFIDENTIAL"
DL = "Thursday, 26 September 2041, 15:00 (Amman time)"
SAL_TXT = "JOD 1,265 per month (gross)"

BACKGROUND = ("The NATO Liaison Office in Jordan supports political dialogue and practical cooperation between NATO and "
              "the Hashemite Kingdom of Jordan, including the Defence Capacity Building package. The Office is small: "
              "every member of staff supports visits, meetings and the running of the premises.")
DUTIES = [
    "Organise the programmes of visiting NATO delegations: meetings, transport, hotel bookings and interpretation.",
    "Handle protocol contacts with Jordanian ministries and embassies, including invitations and seating plans.",
    "Process visa and accreditation requests for NATO staff.",
    "Maintain the Office's vehicle, inventory and supplier records.",
    "Translate short documents between Arabic and English.",
]
ESS = [
    "Bachelor's degree in business administration, public relations, languages or a related field.",
    "At least three years of experience in protocol, event organisation or office administration, preferably with an embassy or international organisation.",
    "Fluent Arabic and English, written and spoken.",
    "Jordanian nationality or a valid Jordanian work permit.",
    "Valid driving licence.",
]
DES = [
    "Working knowledge of French.",
    "Knowledge of NATO or of the Jordanian defence institutions.",
]
COMP = [
    ("Courtesy", "represents the Office well with senior visitors."),
    ("Planning", "prepares complex visits weeks ahead and keeps a plan B."),
    ("Discretion", "handles sensitive schedules and guest lists confidentially."),
]


def build():
    expected(REF, languages=["en"],
             title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC}, schedule={"en": SCH},
             deadline="2041-09-26", salary=sal(1265, "JOD"), grade=GRADE, clearance=CLEAR,
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": COMP})
    facts = [("Vacancy number", REF), ("Post title", TITLE), ("Organisation", ORG), ("Duty station", LOC),
             ("Working pattern", SCH), ("Grade", GRADE), ("Monthly salary", SAL_TXT),
             ("Security clearance", CLEAR), ("Closing date", DL)]
    md = ["[العربية](/ar) | **English**", "",
          "[Home](/) | [About the Office](/about) | [NATO and Jordan](/partnership) | [Vacancies](/vacancies) | [Contact](/contact)", "",
          "Home › Vacancies", "",
          f"# Vacancy: {TITLE}", "",
          "Issued on 22 August 2041", "",
          "| Field | Details |", "|---|---|"]
    md += [f"| {a} | {b} |" for a, b in facts]
    md += ["", "## Background", "", BACKGROUND, "",
           "## Duties and responsibilities", ""]
    md += [f"{i + 1}. {d}" for i, d in enumerate(DUTIES)]
    md += ["", "## Qualifications", "", "### Required", ""]
    md += [f"- {x}" for x in ESS]
    md += ["", "### Desired", ""]
    md += [f"- {x}" for x in DES]
    md += ["", "## Competencies", ""]
    md += [f"- **{n}:** {d}" for n, d in COMP]
    md += ["", "## How to apply", "",
           "Send a cover letter and CV in English to nlo.jordan.hr@nato-nlo.example, quoting the vacancy number. "
           "Written tests will be held in Amman on 7 October 2041. Only shortlisted candidates will be contacted.", "",
           "---", "",
           "*Also at the Office:* public lecture on maritime security, 18 September 2041 (registration closed)."]
    write(f"{REF}-nlo.md", "\n".join(md) + "\n", REF)

    L = [f"NATO: {TITLE} – Amman", "",
         "  • Location:", "    Amman",
         "  • Salary:", "    $18,000 - $24,000 / YEAR",
         "  • Job type:", "    FULL_TIME",
         "  • Posted:", "    2 days ago",
         "  • Category:", "    Administrative support",
         "  • Deadline:", "    09/26/2041", "",
         "JOB DESCRIPTION", ""]
    L += [f"{a}: {b}" for a, b in facts]
    L += ["", "Background", BACKGROUND, "", "Duties and responsibilities"]
    L += [f"{i + 1}. {d}" for i, d in enumerate(DUTIES)]
    L += ["", "Qualifications", "Required"]
    L += ["  • " + x for x in ESS]
    L += ["Desired"]
    L += ["  • " + x for x in DES]
    L += ["", "Competencies"]
    L += [f"  • {n}: {d}" for n, d in COMP]
    L += ["", "How to apply: cover letter and CV in English to nlo.jordan.hr@nato-nlo.example.", "",
          "Salary estimates are calculated by the site and are not provided by the employer.", "",
          "APPLY", "", "Related jobs", "",
          "Protocol Assistant – embassy – Amman – Deadline: 09/19/2041",
          "Logistics Assistant – UN agency – Amman – $21,000 - $27,000 / YEAR"]
    write(f"{REF}-unjobs.txt", "\n".join(L) + "\n", REF)
