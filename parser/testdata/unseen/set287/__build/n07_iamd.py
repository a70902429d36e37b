"""IAMDCOE-CIV-2041-03: Integrated Air and Missile Defence Centre of Excellence, Chania.
The Centre's page as Markdown (setext headings, bold labels with two-space hard breaks,
`1)` lists), and an invented Greek board copy."""
from common import write, expected, sal

REF = "IAMDCOE-CIV-2041-03"
TITLE = "Finance Clerk (Accounts Payable)"
ORG = "Integrated Air and Missile Defence Centre of Excellence (IAMD COE)"
LOC = "Chania, Crete, Greece"
SCH = "Full-time"
CLEAR = "NATO SECRET"
DL = "Tuesday, 17 September 2041, 14:00 (local time)"
SAL_TXT = "EUR 2,178 gross per month"

ABOUT = ("The IAMD COE is a NATO-accredited Centre of Excellence sponsored by its member nations, with Greece as "
         "Framework Nation. It supports the Alliance with concept development, lessons learned, education and "
         "training in integrated air and missile defence. The Support Branch runs the Centre's budget, contracts, "
         "personnel administration and infrastructure.")
TASKS = [
    "Records commitments, obligations and payments in the Centre's accounting system.",
    "Prepares payment orders and checks supporting invoices against contracts and delivery notes.",
    "Reconciles the bank accounts and the petty cash every month.",
    "Assists the Budget Officer in preparing the annual budget and the financial statements.",
    "Processes travel claims of Centre staff and visiting lecturers.",
]
ESS = [
    "Secondary education and a diploma in accounting, finance or business administration",
    "Minimum three years of experience in accounting or budget execution",
    "Good command of spreadsheets and of at least one accounting software",
    "English: SLP 3232 or equivalent (B2)",
    "Greek nationality or permanent residence in Greece",
    "Eligibility for a NATO SECRET security clearance",
]
DES = [
    "Experience in a public administration or an international organisation",
    "Knowledge of IPSAS",
    "University degree in economics",
]
COMP = [
    ("Accuracy", "keeps error-free financial records"),
    ("Reliability", "meets monthly closing deadlines"),
    ("Discretion", "handles financial and personal data confidentially"),
    ("Service attitude", "helps colleagues and visitors with their claims patiently"),
]


def build():
    expected(REF, languages=["en"],
             title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC}, schedule={"en": SCH},
             deadline="2041-09-17", salary=sal(2178, "EUR"), grade=None, clearance=CLEAR,
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": COMP})

    md = ["[Skip to content](#content)", "",
          "[Home](/) · [About](/about) · [Activities](/activities) · [Courses](/courses) · **[Vacancies](/vacancies)** · [Contact](/contact)", "",
          "Home » Vacancies » Civilian posts", "",
          "Vacancy announcement",
          "====================", "",
          TITLE,
          "-" * len(TITLE), "",
          "*Announced on 19 August 2041*", "",
          f"**Vacancy reference:** {REF}  ",
          f"**Organisation:** {ORG}  ",
          f"**Location:** {LOC}  ",
          "**Type of post:** Local civilian, definite duration (two years, renewable)  ",
          f"**Working schedule:** {SCH}  ",
          f"**Salary:** {SAL_TXT}  ",
          f"**Security clearance:** {CLEAR}  ",
          f"**Closing date:** {DL}", "",
          "About the Centre",
          "----------------", "",
          ABOUT, "",
          "Main tasks",
          "----------", ""]
    md += [f"{i + 1}) {t}" for i, t in enumerate(TASKS)]
    md += ["", "Requirements", "------------", "", "**Essential**", ""]
    md += [f"* {x}" for x in ESS]
    md += ["", "**Desirable**", ""]
    md += [f"* {x}" for x in DES]
    md += ["", "Competencies", "------------", ""]
    md += [f"* _{n}_: {d}" for n, d in COMP]
    md += ["", "How to apply", "------------", "",
           "Send the application form, a CV in English and copies of diplomas to recruitment@iamd-coe.example. Shortlisted "
           "candidates will be invited to a written test and an interview at the Centre in the first week of October 2041.", "",
           "> The IAMD COE is an equal opportunity employer. Only shortlisted candidates will be contacted.", "",
           "* * *", "",
           "**Latest news:** IAMD Course 2041-2 closes for nominations on 12 September 2041 · Annual Conference, 21–23 October 2041", "",
           "© IAMD COE, Souda Air Base, Chania · [Privacy](/privacy)"]
    write(f"{REF}-iamdcoe.md", "\n".join(md) + "\n", REF)

    L = ["ergasia-kriti.example", "Αρχική  Αγγελίες  Εταιρείες  Βιογραφικό  Σύνδεση", "",
         "Αγγελίες > Λογιστικά / Οικονομικά > Χανιά", "",
         f"{TITLE} - IAMD COE", "",
         "Εταιρεία: Integrated Air and Missile Defence Centre of Excellence",
         "Τοποθεσία: Χανιά, Κρήτη",
         "Τύπος απασχόλησης: Πλήρης απασχόληση",
         "Μισθός: 2.178 € μικτά / μήνα",
         "Λήξη αγγελίας: 17/09/2041",
         "Κωδικός αγγελίας: EK-7731940", "",
         "Περιγραφή θέσης", "",
         f"Vacancy reference: {REF}",
         f"Organisation: {ORG}",
         f"Location: {LOC}",
         f"Working schedule: {SCH}",
         f"Salary: {SAL_TXT}",
         f"Security clearance: {CLEAR}",
         f"Closing date: {DL}", "",
         ABOUT, "",
         "Main tasks"]
    L += [f"✔ {t}" for t in TASKS]
    L += ["", "Requirements", "Essential"]
    L += [f"✔ {x}" for x in ESS]
    L += ["Desirable"]
    L += [f"✔ {x}" for x in DES]
    L += ["", "Competencies"]
    L += [f"✔ {n}: {d}" for n, d in COMP]
    L += ["", "How to apply: application form, CV in English and diplomas to recruitment@iamd-coe.example.", "",
          "Αποστολή βιογραφικού  |  Αποθήκευση  |  Κοινοποίηση", "",
          "Παρόμοιες αγγελίες", "",
          "Λογιστής/Λογίστρια - Χανιά - 1.100 - 1.400 € - λήγει 20/09/2041",
          "Υπάλληλος μισθοδοσίας - Ηράκλειο - λήγει 30/09/2041", "",
          "© ergasia-kriti.example 2041 · Όροι χρήσης · Cookies"]
    write(f"{REF}-ergasia.txt", "\n".join(L) + "\n", REF)
