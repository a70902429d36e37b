from common import write, expected

KEY = "va-2035-b5109-31702"
REF = "VA/2035/B5109/31702"
TITLE = "Explosive Ordnance Risk Education Officer"
ORG = "United Nations Office for Project Services"
LOC = "Bangui, Central African Republic"
GRADE = "IICA-2"

FACTS = [
    ("Job categories", "Humanitarian, Mine Action"),
    ("Vacancy code", REF),
    ("Level", "ICS-10"),
    ("Department/office", "GPSO, Peace and Security Cluster"),
    ("Duty station", LOC),
    ("Contract type", "International ICA"),
    ("Contract level", GRADE),
    ("Duration", "Open-ended, subject to satisfactory performance and funding"),
    ("Application period", "22-Apr-2035 to 13-May-2035"),
]
BG_UNOPS = ("The United Nations Office for Project Services (UNOPS) helps the United Nations, governments and other partners to implement peacebuilding, humanitarian and "
            "development projects. Its Peace and Security Cluster provides project management, procurement and human "
            "resources services to the United Nations Mine Action Service (UNMAS).")
BG_UNMAS = ("In the Central African Republic, UNMAS supports the United Nations mission and the national authorities in "
            "reducing the threat of explosive ordnance along main supply routes and in return areas. Risk education "
            "teams reach villages, schools and displacement sites before clearance teams arrive.")
FUNCS = [
    "Plan and supervise explosive ordnance risk education sessions delivered by partner organizations in four prefectures.",
    "Adapt messages and materials to local languages, age groups and the specific threats reported by communities.",
    "Train and certify facilitators and carry out quality assurance visits.",
    "Collect and analyse incident and activity data and contribute to the monthly operations report.",
    "Liaise with protection, education and humanitarian clusters so that risk education is built into their activities.",
]
EDU = [
    "Advanced university degree (Master's or equivalent) in social sciences, education, communication, international development or a related field is required.",
    "A first-level university degree in combination with two additional years of relevant experience may be accepted in lieu of the advanced university degree.",
]
EXP = [
    ("A minimum of five years of progressively responsible experience in humanitarian mine action, including explosive ordnance risk education, is required.", True),
    ("Experience in designing community-based awareness activities in conflict-affected settings is required.", True),
    ("Experience with a UN agency or mission in the field is an asset.", False),
    ("Certification as a trainer of risk education facilitators is an asset.", False),
]
LANGS = [
    ("Fluency in French and English is required.", True),
    ("Knowledge of Sango is an asset.", False),
]
ESS = EDU + [e for e, r in EXP if r] + [l for l, r in LANGS if r]
DES = [e for e, r in EXP if not r] + [l for l, r in LANGS if not r]
COMPS = [
    ("Integrity and inclusion", "Treats all individuals with respect and speaks up against discrimination."),
    ("Leading self and others", "Acts as a role model, sets clear expectations and gives honest feedback."),
    ("Partnering", "Builds trust with communities, partners and authorities and looks for shared solutions."),
    ("Results orientation", "Plans work to deliver on agreed outputs and follows through on commitments."),
]
COND = ("Contract type: International Individual Contractor Agreement. Contract level: IICA-2. This is a non-family "
        "duty station; rest and recuperation applies every six weeks.")


def untalent():
    L = ["UN Talent", "Jobs  Organizations  Contracts  Salaries  Log in", "",
         TITLE, "",
         "UNOPS - United Nations Office for Project Services", "Open positions at UNOPS", "Logo of UNOPS", "",
         "Application deadline in 12 days: Sunday 13 May 2035 at 23:59 UTC", "", "Open application form", "",
         "Contract", "",
         "This is a IICA-2 contract. This kind of contract is known as International Individual Contractor Agreement. "
         "It is normally internationally recruited only. It's a non-staff contract. It usually requires 5 years of "
         "experience, depending on education. More about IICA-2 contracts.", "",
         "Salary", "",
         "The salary for this job should be between 8,100 USD and 10,900 USD per month. Please keep in mind that the "
         "salary displayed here is an estimation by UN Talent based on the location and the type of contract. The "
         "recruiter should be able to inform you about the exact salary.", "",
         f"Duty station: {LOC}", ""]
    L += [f"{l}: {v}" for l, v in FACTS if l in ("Vacancy code", "Contract type", "Contract level", "Application period")]
    L += ["", "Background Information - UNOPS " + BG_UNOPS, "", "Background Information - UNMAS " + BG_UNMAS, "",
          "Functional Responsibilities " + " ".join(FUNCS), "",
          "Education/Experience/Language requirements", "", "Education"]
    L += EDU + ["", "Work Experience"] + [e for e, _ in EXP] + ["", "Languages"] + [l for l, _ in LANGS]
    L += ["", "Competencies"] + [f"{n}: {d}" for n, d in COMPS]
    L += ["", "Contract type, level and duration", COND, "",
          "Share this job: Facebook Twitter LinkedIn E-mail", "",
          "Similar jobs", "Mine Action Programme Officer – UNOPS – Juba – deadline 8 May 2035",
          "Risk Education Specialist – UNICEF – Bamako – deadline 21 May 2035", "",
          "© UN Talent 2035 · Imprint · Privacy", ""]
    return "\n".join(L)


def unops_md():
    L = ["[Skip to content](#main)", "", "![UNOPS](logo.png)  [Home](#) · [Vacancies](#) · [Talent pools](#) · [FAQ](#)", "",
         f"# {TITLE}", ""]
    for l, v in FACTS:
        L.append(f"**{l}:** {v}\\")
    L[-1] = L[-1].rstrip("\\")
    L += ["", "[Apply now](#)", "", "## Background Information - UNOPS", "", BG_UNOPS, "",
          "## Background Information - UNMAS", "", BG_UNMAS, "", "## Functional Responsibilities", ""]
    L += [f"- {f}" for f in FUNCS]
    L += ["", "## Education/Experience/Language requirements", "", "**Education**", ""]
    L += [f"- {e}" for e in EDU]
    L += ["", "**Work Experience**", ""] + [f"- {e}" for e, _ in EXP]
    L += ["", "**Languages**", ""] + [f"- {l}" for l, _ in LANGS]
    L += ["", "## Competencies", ""] + [f"- **{n}**: {d}" for n, d in COMPS]
    L += ["", "## Contract type, level and duration", "", COND, "",
          "## Additional Considerations", "",
          "Please note that the closing date is midnight Copenhagen time. Only those candidates who are short-listed will be notified; interviews are planned for late May 2035.", "",
          "---", "", "UNOPS · Marmorvej 51, Copenhagen · [Privacy](#) · [Fraud alert](#)", ""]
    return "\n".join(L)


def build():
    write(KEY + "-untalent.txt", untalent(), KEY)
    write(KEY + "-unops.md", unops_md(), KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en"],
        "title": {"en": TITLE}, "organisation": {"en": ORG}, "location": {"en": LOC},
        "schedule": {}, "deadline": "2035-05-13", "salary": None, "grade": GRADE, "clearance": None,
        "requirements": {"en": {"essential": ESS, "desirable": DES}},
        "competencies": {"en": [{"name": n, "description": d} for n, d in COMPS]},
    })
