from common import *
REF = "NSPO-VN-2041-02"
POST = "NSPO FIN BGT 0010"
TITLE = "Financial Officer (Project Budget and Cost Sharing)"
ORG = "NATO SEASPARROW Project Office (NSPO)"
LOC = "Arlington, Virginia, United States"
SCH = "Full-time (40 hours per week)"
GRADE = "G16"
CLR = "NATO SECRET"
SAL = "USD 9,516.48 per month (tax free)"
DL = "Friday, 15 February 2041, 17:00 Eastern Time"
BACKGROUND = ("The NATO SEASPARROW Project Office manages, on behalf of the participating nations, the cooperative "
              "development, production and in-service support of the NATO SEASPARROW Surface Missile System and the "
              "Evolved SEASPARROW Missile. The Financial Officer prepares and executes the project budget and "
              "administers the cost-sharing arrangements agreed by the Steering Committee.")
DUTIES = [
    "Prepare the annual and multi-year budget of the Project Office and present it to the Budget and Finance Working Group.",
    "Calculate national contributions under the cost-sharing formulas and issue calls for funds.",
    "Monitor obligations and expenditure and prepare the quarterly financial reports.",
    "Act as the Office's point of contact for the International Board of Auditors for NATO.",
    "Advise programme managers on the financial implications of contract changes.",
]
ESS = [
    "1. A university degree in finance, accounting, economics or business administration.",
    "2. At least seven years of experience in public-sector or defence programme budgeting, of which at least three in a multinational setting.",
    "3. Thorough knowledge of budget preparation, cost allocation and financial reporting.",
    "4. Advanced command of Excel and experience with an enterprise resource planning system.",
    "5. Fluency in English (NATO SLP 4444 or equivalent).",
]
DES = [
    "1. A professional accounting qualification (CPA, ACCA or equivalent).",
    "2. Knowledge of NATO financial regulations or of cooperative armaments programmes.",
    "3. Experience of briefing senior committees of national representatives.",
]
COMP = [
    ("Accuracy", "Produces figures that can be relied upon without rework."),
    ("Judgement", "Distinguishes the essential from the accessory when advising managers."),
    ("Communication", "Presents financial information clearly to non-specialists."),
    ("Cooperation", "Works constructively with national delegations of diverse cultures."),
]
FACTS = [("Vacancy Notice No.", REF), ("Post Number", POST), ("Position", TITLE), ("Organisation", ORG),
         ("Location", LOC), ("Grade", GRADE), ("Working Hours", SCH), ("Security Clearance", CLR),
         ("Salary", SAL), ("Closing Date", DL)]
HOWTO = ("Candidates must be nationals of a nation participating in the NATO SEASPARROW project. Applications, "
         "consisting of a curriculum vitae and a cover letter, must reach the Project Office by " + DL + ". "
         "Interviews are planned for the week of 10 March 2041. The initial contract is for three years.")

def build():
    expected(REF, POST, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2041-02-15",
             sal(9516.48, "USD"), GRADE, CLR,
             {"en": ([x.split(". ", 1)[1] for x in ESS], [x.split(". ", 1)[1] for x in DES])}, {"en": COMP})
    md = ["---", "title: Vacancy Notice " + REF, "---", "",
          "NATO UNCLASSIFIED", "",
          "**NATO SEASPARROW PROJECT OFFICE**", "", "Human Resources", "", "10 January 2041", "",
          "# VACANCY NOTICE", ""]
    for k, v in FACTS:
        md.append("**%s:** %s\\" % (k, v))
    md[-1] = md[-1][:-1]
    md += ["", "## Background", "", BACKGROUND, "", "## Duties", "", "The incumbent will:", ""]
    md += ["- " + x for x in DUTIES]
    md += ["", "## Qualifications", "", "### Essential", ""]
    md += [x.replace(". ", "\\. ", 1) if False else x for x in ESS]
    md += ["", "### Desirable", ""] + DES
    md += ["", "## Competencies", ""]
    md += ["**%s:** %s" % (n, d) + "\n" for n, d in COMP]
    md += ["", "## How to Apply", "", HOWTO, "", "NATO UNCLASSIFIED"]
    src = os.path.join(ROOT, "__build", REF + "-nspo.md")
    open(src, "w", encoding="utf-8").write("\n".join(md) + "\n")
    docx = os.path.join(ROOT, "__build", REF + "-nspo.docx")
    run(["pandoc", src, "-o", docx])
    outdir = os.path.join(ROOT, "__build", "lo")
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx], stdout=open(os.devnull, "w"))
    pdf = REF + "-nspo.libreoffice.pdf"
    os.replace(os.path.join(outdir, REF + "-nspo.pdf"), os.path.join(ROOT, pdf))
    row(pdf, REF, "pdf")
    row(pdftotext(pdf), REF, "txt")
    E = ["---------- Forwarded message ---------",
         "From: Kasper Holm Jensen <kahj@dalo.example>",
         "Date: Mon, 14 Jan 2041 at 09:08",
         "Subject: Fwd: NSPO Vacancy Notice " + REF + " - " + TITLE,
         "To: DALO Finance Section <finance@dalo.example>", "",
         "Hi all,", "",
         wrap("Passing on the notice below from the Project Office in case someone in the section fancies a few "
              "years across the Atlantic. National endorsement is needed: send me your CV by 8 February so the "
              "Steering Committee member can sign the letter. The notice text is pasted under the line."), "",
         "Venlig hilsen / Kind regards", "Kasper", "", "---------- Forwarded message ---------",
         "From: NSPO Human Resources <hr@nspo.example>", "Date: Thu, 10 Jan 2041 at 16:40",
         "Subject: NSPO Vacancy Notice " + REF, "To: NSPO National Deputies", "",
         "Dear National Deputies,", "",
         "Please circulate the attached vacancy notice in your nations.", "",
         "NATO UNCLASSIFIED", "", "VACANCY NOTICE", ""]
    for k, v in FACTS:
        E.append("%-20s %s" % (k + ":", v))
    E += ["", "BACKGROUND", wrap(BACKGROUND), "", "DUTIES", "The incumbent will:"]
    E += [wrap("  o " + x, indent="") for x in DUTIES]
    E += ["", "QUALIFICATIONS", "Essential"] + ["  " + x for x in ESS]
    E += ["Desirable"] + ["  " + x for x in DES]
    E += ["", "COMPETENCIES"] + ["  %s - %s" % (n, d) for n, d in COMP]
    E += ["", "HOW TO APPLY", wrap(HOWTO), "", "NSPO Human Resources", "NATO UNCLASSIFIED"]
    write(REF + "-email.txt", "\n".join(E), REF)
