"""497588: NCIA, CIS Support Unit Bydgoszcz. Taleo English interface browser copy
(label / blank / value, PLN pay basis) and a Thunderbird forward of the HR circular."""
from common import write, expected, sal

REF = "497588"
TITLE = "Senior Technician (Satellite Ground Terminals) - CIS Support Unit Bydgoszcz"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Poland-Bydgoszcz"
SCH = "Full-time"
GRADE = "G10"
CLEAR = "NS"

SUMMARY = [
    "The NATO Communications and Information Agency (NCIA) delivers secure, coherent and interoperable communication "
    "and information services to NATO Headquarters, the NATO Command Structure and the Agencies. Its CIS Support Units "
    "(CSUs) provide those services on site to the commands they support.",
    "CSU Bydgoszcz supports the Joint Force Training Centre and the NATO units in northern Poland. Its Transmission "
    "Section operates and maintains the satellite ground terminals, radio links and the related crypto equipment.",
]
ROLE = [
    "Operate, configure and maintain the fixed and transportable satellite ground terminals of the CSU;",
    "Carry out preventive and corrective maintenance and keep the maintenance records up to date;",
    "Lead a small team of technicians during exercises and deployments;",
    "Manage the spare parts stock of the Section and raise requests for replacement;",
    "Contribute to the Section's technical instructions and to the training of new staff.",
]
ESS = [
    "Higher secondary education and completed vocational training in telecommunications or electronics, or a university degree in electrical engineering;",
    "At least 5 years of experience in operating and maintaining satellite communication terminals;",
    "Knowledge of RF measurement equipment such as spectrum analysers and power meters;",
    "Experience in fault finding down to module level;",
    "Willingness to deploy and to work in shifts when required;",
    "Good knowledge of English, written and spoken (SLP 3232).",
]
DES = [
    "Experience with NATO or national military SATCOM systems;",
    "Vendor certification on the terminal types used by NATO;",
    "Driving licence category C.",
]
COMP = [
    ("Integrity", "Demonstrates high ethical standards and keeps confidential information confidential;"),
    ("Service orientation", "Puts the needs of the supported commands first;"),
    ("Team work", "Shares information and helps colleagues meet shared goals;"),
    ("Flexibility", "Adapts to changing priorities during exercises and operations."),
]
TERMS = ("Contract: serving NATO staff will be offered a contract according to the NATO Civilian Personnel Regulations; "
         "newly recruited staff will be offered a three-year definite duration contract. The post requires a NATO "
         "SECRET security clearance, which the candidate must be able to obtain before taking up duty.")


def build():
    expected(REF, languages=["en"],
             title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC}, schedule={"en": SCH},
             deadline="2041-09-10", salary=sal(23486.75, "PLN"), grade=GRADE, clearance=CLEAR,
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": COMP})

    def body(bullet):
        L = ["SUMMARY", ""]
        L += [p + "\n" for p in SUMMARY]
        L += ["ROLE", "", "Under the direction of the Transmission Section Head, the incumbent will:"]
        L += [bullet + x for x in ROLE]
        L += ["", "ESSENTIAL QUALIFICATIONS / EXPERIENCE", ""]
        L += [bullet + x for x in ESS]
        L += ["", "DESIRABLE QUALIFICATIONS / EXPERIENCE", ""]
        L += [bullet + x for x in DES]
        L += ["", "ATTRIBUTES / COMPETENCIES", ""]
        L += [bullet + f"{n}: {d}" for n, d in COMP]
        L += ["", "TERMS AND CONDITIONS", "", TERMS, "",
              "Shortlisted candidates will be invited to an online technical test in the week of 22 September 2041 and to an "
              "interview in Bydgoszcz in October 2041."]
        return L

    L = ["Skip to main content", "",
         "NATO Careers", "Home  Job Search  My Jobpage  Français  Sign In", "",
         "Job Search > Job Description", "",
         f"Job Description - {TITLE} ({REF})", "",
         f"{TITLE}-{REF}", "",
         "Primary Location", "", LOC, "",
         "NATO Body", "", ORG, "",
         "Schedule", "", SCH, "",
         "Application Deadline", "", "10-Sep-2041, 11:59:00 PM", "",
         "Salary (Pay Basis)", "", ": 23,486.75Polish Zloty (PLN) Monthly", "",
         "Grade", "", f"NATO Grade {GRADE}", "",
         "Clearance Level", "", CLEAR, "",
         "Description", "", ":", ""]
    L += body("")
    L += ["", "Job Posting", "", "13-Aug-2041, 3:00:00 PM", "",
          "Apply Online", "Send to a friend", "Add to My Job Cart", "",
          "Similar Jobs", "",
          "Technician (Radio Links) - CIS Support Unit Bydgoszcz  |  Poland-Bydgoszcz  |  01-Sep-2041",
          "Senior Technician (Crypto) - CIS Support Unit Szczecin  |  Poland-Szczecin  |  18-Sep-2041", "",
          "Copyright © 2041, Oracle. All rights reserved. | Cookie Preferences | Privacy Statement"]
    write(f"{REF}-natocareers.txt", "\n".join(L) + "\n", REF)

    L = [f"Subject: Fwd: NCIA vacancy {REF} - Senior Technician (Satellite Ground Terminals), Bydgoszcz",
         "Date: Thu, 15 Aug 2041 10:12:44 +0200",
         "From: Dr Marek Zielinski <m.zielinski@telecom-faculty.example>",
         "To: absolwenci-telekomunikacja@lists.telecom-faculty.example", "",
         "Dear graduates,", "",
         "our former student who now works at the CSU asked me to pass this on. The post is open to nationals of NATO",
         "countries only. If you want me to read your CV before you apply, send it by 1 September; I am away",
         "from 2 to 6 September.", "",
         "Best regards,", "Marek Zielinski", "", "",
         "-------- Forwarded Message --------",
         f"Subject: \tNCIA vacancy {REF}",
         "Date: \tWed, 14 Aug 2041 17:03:10 +0200",
         "From: \tNCIA Talent Acquisition <talent.acquisition@ncia.example>",
         "To: \tPartners distribution list <partners@ncia.example>", "",
         "Dear colleagues,", "",
         "Please find below a vacancy that may interest your networks.", "",
         f"Vacancy:\t\t{REF}",
         f"Job Title:\t\t{TITLE}",
         f"NATO Body:\t\t{ORG}",
         f"Location:\t\t{LOC}",
         f"Schedule:\t\t{SCH}",
         f"Grade:\t\t\tNATO Grade {GRADE}",
         f"Clearance:\t\t{CLEAR}",
         "Salary:\t\t\t23,486.75 Polish Zloty (PLN) Monthly",
         "Deadline:\t\t10-Sep-2041, 11:59:00 PM (Brussels time)", ""]
    L += body("  * ")
    L += ["", "Kind regards,", "NCIA Talent Acquisition", "", "--",
          "You receive this message because you subscribed to the telecom-faculty graduates list. Unsubscribe: reply STOP."]
    write(f"{REF}-thunderbird.txt", "\n".join(L) + "\n", REF)
