from common import write, expected, libreoffice_pdf

KEY = "undef-cons-2035-006"
REF = "UNDEF/CONS/2035/006"
TITLE = "Evaluation Consultant (Civic Participation Projects)"
ORG = "United Nations Democracy Fund"
LOC = "Home-based"
FEE = "USD 410 per working day"

FACTS = [
    ("Reference", REF),
    ("Title", TITLE),
    ("Type of contract", "Individual consultant"),
    ("Location", LOC),
    ("Travel", "Two field missions of up to eight days each"),
    ("Duration", "Up to 55 working days between June and November 2035"),
    ("Date of issue", "24 April 2035"),
    ("Closing date", "15 May 2035"),
]
BACKGROUND = ("The United Nations Democracy Fund finances projects that strengthen the voice of civil society, promote "
              "human rights and encourage the participation of all groups in democratic processes. Every project that "
              "ends is subject to an independent evaluation which is published on the Fund's website.")
PURPOSE = ("The consultant will evaluate six completed projects on civic participation in Central Asia and the "
           "South Caucasus, judge their relevance, effectiveness and sustainability, and draw lessons for future "
           "funding rounds.")
TASKS = [
    "Review project documents, reports and monitoring data supplied by the Fund and the grantees.",
    "Prepare an inception note with the evaluation questions, methods and field plan for each project.",
    "Conduct interviews and focus groups with grantees, beneficiaries and authorities, in person or remotely.",
    "Draft six evaluation reports following the Fund's template, and one synthesis note.",
    "Present the findings to the Fund's programme staff in a virtual debriefing.",
]
DELIV = [
    ("1", "Inception note for the six projects", "30 June 2035", "8"),
    ("2", "Three draft evaluation reports", "31 August 2035", "20"),
    ("3", "Three further draft evaluation reports", "15 October 2035", "20"),
    ("4", "Final reports and synthesis note", "20 November 2035", "7"),
]
ESS = [
    "Advanced university degree in political science, public policy, development studies or a related social science.",
    "At least eight years of experience in evaluating governance, human rights or civil society programmes.",
    "Proven experience in applying mixed evaluation methods, including qualitative interviews and surveys.",
    "Excellent writing skills in English.",
]
DES = [
    "Working knowledge of Russian.",
    "Prior evaluations for a UN entity or a bilateral donor in Central Asia or the South Caucasus.",
]
FEE_TEXT = (f"The consultant will be paid a daily fee of {FEE}, on submission and acceptance of each deliverable. "
            "Travel costs and daily subsistence allowance for the field missions are paid separately under UN rules.")
APPLY = ("Candidates should send a cover letter, a CV and one recent evaluation report written by them to "
         "undef-consultants@un.example, quoting the reference in the subject line. Applications received after the "
         "closing date will not be considered. Short-listed candidates may be invited to an interview around 27 May 2035.")


def tor_md():
    L = ["**UNITED NATIONS DEMOCRACY FUND**", "", "**TERMS OF REFERENCE – INDIVIDUAL CONSULTANT**", "",
         "| | |", "|---|---|"]
    L += [f"| **{l}** | {v} |" for l, v in FACTS]
    L += ["", "# 1. Background", "", BACKGROUND, "", "# 2. Purpose of the assignment", "", PURPOSE, "",
          "# 3. Tasks", ""]
    L += [f"{i}. {t}" for i, t in enumerate(TASKS, 1)]
    L += ["", "# 4. Deliverables and timeline", "", "| No. | Deliverable | Due date | Working days |",
          "|---|---|---|---|"]
    L += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in DELIV]
    L += ["", "# 5. Qualifications", "", "**Required qualifications**", ""]
    L += [f"- {e}" for e in ESS]
    L += ["", "**Desirable qualifications**", ""] + [f"- {e}" for e in DES]
    L += ["", "# 6. Fee and payment", "", FEE_TEXT, "", "# 7. How to apply", "", APPLY, ""]
    return "\n".join(L)


def email():
    L = ["From: Vakhtang Beridze <v.beridze@civicnet-ge.example>",
         "Sent: Friday, 26 April 2035 09:14",
         "To: evaluators-caucasus@lists.example",
         "Subject: FW: UNDEF consultancy – evaluation of civic participation projects (closes 15 May)", "",
         "Dear colleagues,", "",
         "Passing on the ToR below in case it is of interest. Note that our own network meeting is on 9 May, so",
         "please send me your availability by 3 May as well.", "",
         "Best,", "Vakhtang", "",
         "-----Original Message-----",
         "From: UNDEF Secretariat <undef@un.example>",
         "Sent: Wednesday, 24 April 2035 16:40",
         "Subject: " + REF + " - " + TITLE, "",
         "UNITED NATIONS DEMOCRACY FUND",
         "TERMS OF REFERENCE – INDIVIDUAL CONSULTANT", ""]
    L += [f"{l}: {v}" for l, v in FACTS]
    L += ["", "1. BACKGROUND", BACKGROUND, "", "2. PURPOSE OF THE ASSIGNMENT", PURPOSE, "", "3. TASKS"]
    L += [f"  {chr(96 + i)}) {t}" for i, t in enumerate(TASKS, 1)]
    L += ["", "4. DELIVERABLES AND TIMELINE"]
    L += [f"  {a}. {b} - due {c} ({d} working days)" for a, b, c, d in DELIV]
    L += ["", "5. QUALIFICATIONS", "Required qualifications:"] + [f"  - {e}" for e in ESS]
    L += ["Desirable qualifications:"] + [f"  - {e}" for e in DES]
    L += ["", "6. FEE AND PAYMENT", FEE_TEXT, "", "7. HOW TO APPLY", APPLY, "",
          "--", "You are receiving this message because you subscribed to evaluators-caucasus.",
          "To unsubscribe, write to evaluators-caucasus-leave@lists.example", ""]
    return "\n".join(L)


def build():
    libreoffice_pdf(tor_md(), "md", KEY + "-tor.libreoffice.pdf", KEY, via_docx=True)
    write(KEY + "-email.txt", email(), KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en"],
        "title": {"en": TITLE}, "organisation": {"en": ORG}, "location": {"en": LOC},
        "schedule": {}, "deadline": "2035-05-15",
        "salary": {"amount": 410, "min": None, "max": None, "currency": "USD", "period": "day"},
        "grade": None, "clearance": None,
        "requirements": {"en": {"essential": ESS, "desirable": DES}},
        "competencies": {"en": []},
    })
