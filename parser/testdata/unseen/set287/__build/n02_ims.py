"""497452: International Military Staff, Cooperative Security Division. Word-style
staff vacancy (pandoc .docx -> LibreOffice PDF + dump) and a Teams channel paste."""
import os
from common import write, expected, sal, run, pdftotext, ROOT, BUILD

REF = "497452"
TITLE = "Staff Officer (Partnership Programmes)"
ORG = "International Military Staff (IMS)"
LOC = "NATO Headquarters, Brussels, Belgium"
GRADE = "A-2/G-15"
POST = "IMS CSD PPB 0040"
CLEAR = "NATO SECRET"

DUTIES = [
    "Drafting the military input to the individually tailored partnership programmes of partner nations in the Euro-Atlantic area.",
    "Coordinating with the Strategic Commands on the military cooperation activities offered to partners each year.",
    "Preparing briefing notes and speaking points for the Director and the Chairman of the Military Committee.",
    "Acting as secretary of the partnership working group of the Military Committee and writing its summary records.",
    "Maintaining the database of partner participation in NATO exercises and courses.",
]
ESS = [
    "University degree in political science, international relations or a related discipline, or equivalent military education at staff college level.",
    "At least four years of experience in defence cooperation, military diplomacy or international staff work.",
    "Working knowledge of NATO partnership policies and of the NATO Military Committee procedures.",
    "Ability to draft clear and concise staff papers under time pressure.",
    "Proficiency in the Microsoft Office suite.",
    "English at NATO Standardized Language Profile (SLP) 3333.",
]
DES = [
    "Previous service in a NATO or multinational headquarters.",
    "Experience of working with partner nations in the Western Balkans or the South Caucasus.",
    "French at SLP 2222.",
]
COMP = [
    ("Personal Attributes", "The incumbent must be tactful and discreet, and able to keep a calm overview when several tasks fall due at once."),
    ("Professional Contacts", "The incumbent deals with staff officers of national delegations, partner missions and the Strategic Commands at all levels."),
    ("Contribution to Objectives", "The work of the incumbent directly shapes the military advice given to the Military Committee on partnerships."),
]
SAL_TXT = "7,412.66 EUR per month, tax free"
DEADLINE_TXT = "Thursday 5 September 2041 at 23:59 hours"


def build():
    expected(REF, post_number=POST, languages=["en"],
             title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC}, schedule={"en": None},
             deadline="2041-09-05", salary=sal(7412.66, "EUR"), grade=GRADE, clearance=CLEAR,
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": COMP})

    letters = "abcdefghij"
    md = ["---", "title: \"\"", "---", "",
          "**NATO UNCLASSIFIED**", "",
          "**INTERNATIONAL MILITARY STAFF**\\",
          "**ÉTAT-MAJOR MILITAIRE INTERNATIONAL**\\",
          "B-1110 Brussels, Belgium", "",
          "IMSM-0742-2041 \\",
          "11 August 2041", "",
          "**OPEN TO NATIONALS OF NATO MEMBER STATES ONLY**", "",
          f"## STAFF VACANCY {REF}", "",
          "+-----------------------+--------------------------------------------------+",
          "| **DIVISION:**         | " + (ORG + "\\").ljust(48) + " |",
          "|                       | " + "Cooperative Security Division\\".ljust(48) + " |",
          "|                       | " + "Partnership Programmes Branch".ljust(48) + " |",
          "+-----------------------+--------------------------------------------------+",
          f"| **TITLE:**            | {TITLE:<48} |",
          "+-----------------------+--------------------------------------------------+",
          f"| **GRADE:**            | {GRADE:<48} |",
          "+-----------------------+--------------------------------------------------+",
          f"| **POST NUMBER:**      | {POST:<48} |",
          "+-----------------------+--------------------------------------------------+",
          f"| **LOCATION:**         | {LOC:<48} |",
          "+-----------------------+--------------------------------------------------+",
          f"| **SECURITY            | {CLEAR:<48} |",
          "| CLEARANCE:**          |                                                  |",
          "+-----------------------+--------------------------------------------------+",
          "",
          "**1. Post Context.** The Cooperative Security Division (CSD) of the IMS develops the military advice of the Military "
          "Committee on partnerships, cooperative security and capacity building. The Partnership Programmes Branch "
          "prepares the military part of the programmes agreed with each partner nation and follows their implementation "
          "with the Strategic Commands. The incumbent reports to the Branch Head.", "",
          "**2. Principal Duties.** The incumbent's duties are:", ""]
    md += [f"{letters[i]}. {d}" for i, d in enumerate(DUTIES)]
    md += ["", "**3. Essential Qualifications.**", ""]
    md += [f"{letters[i]}. {d}" for i, d in enumerate(ESS)]
    md += ["", "**4. Desirable Qualifications.**", ""]
    md += [f"{letters[i]}. {d}" for i, d in enumerate(DES)]
    md += ["", "**5. Attributes/Competencies.**", ""]
    md += [f"{letters[i]}. {n}: {d}" for i, (n, d) in enumerate(COMP)]
    md += ["", "**6. Remarks.**", "",
           f"a. The basic salary of the post is {SAL_TXT}, plus allowances as applicable under the NATO Civilian Personnel "
           "Regulations. Normal working hours are 40 hours per week.", "",
           f"b. Applications must reach IMS Civilian Human Resources through the NATO Talent Acquisition Platform by "
           f"{DEADLINE_TXT} (Brussels time). Late applications will not be considered.", "",
           "c. Interviews of shortlisted candidates are planned for the week of 6 October 2041. Serving NATO staff are asked to "
           "inform their line manager before 22 August 2041.", "",
           "d. The successful candidate will be offered a three-year definite duration contract.", "",
           "**NATO UNCLASSIFIED**", ""]
    src = os.path.join(BUILD, f"{REF}-ims.md")
    open(src, "w", encoding="utf-8").write("\n".join(md))
    docx = os.path.join(BUILD, f"{REF}-ims.docx")
    run(["pandoc", src, "-o", docx])
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, docx],
        stdout=open(os.devnull, "w"), stderr=open(os.devnull, "w"))
    os.replace(os.path.join(BUILD, f"{REF}-ims.pdf"), os.path.join(ROOT, f"{REF}-ims.libreoffice.pdf"))
    pdftotext(f"{REF}-ims.libreoffice.pdf", REF)

    # Teams channel paste
    L = ["NMR Partnerships Cell > General", "",
         "Lt Col Aino Virtanen  Yesterday 16:05",
         "Heads up: IMS CSD has opened a staff officer post in the Partnership Programmes Branch. We are asked to tell "
         "the capital by 22 August 2041 whether we will put a candidate forward. Text below as received.",
         "Lt Col Aino Virtanen  Yesterday 16:06", "",
         f"STAFF VACANCY {REF}",
         f"DIVISION: {ORG} / Cooperative Security Division / Partnership Programmes Branch",
         f"TITLE: {TITLE}",
         f"GRADE: {GRADE}",
         f"POST NUMBER: {POST}",
         f"LOCATION: {LOC}",
         f"SECURITY CLEARANCE: {CLEAR}", "",
         "1. Post Context. CSD develops the MC's military advice on partnerships and cooperative security; the Branch "
         "prepares the military part of each partner's programme. Reports to the Branch Head.", "",
         "2. Principal Duties."]
    L += [f"{letters[i]}. {d}" for i, d in enumerate(DUTIES)]
    L += ["", "3. Essential Qualifications."]
    L += [f"{letters[i]}. {d}" for i, d in enumerate(ESS)]
    L += ["", "4. Desirable Qualifications."]
    L += [f"{letters[i]}. {d}" for i, d in enumerate(DES)]
    L += ["", "5. Attributes/Competencies."]
    L += [f"{letters[i]}. {n}: {d}" for i, (n, d) in enumerate(COMP)]
    L += ["", "6. Remarks.",
          f"a. Basic salary {SAL_TXT}, plus allowances.",
          f"b. Deadline: {DEADLINE_TXT} (Brussels time), through the NATO Talent Acquisition Platform.",
          "c. Interviews week of 6 October 2041.", "",
          "👍 2   ❤️ 1", "",
          "Cdr Piet Janssens  Yesterday 16:20",
          "Is this the one that was A-3 last year? Our guy at SHAPE might go for it.",
          "Lt Col Aino Virtanen  Yesterday 16:24",
          "No, that was the Western Balkans desk, closed in May. This is new. I'll ask HR on Monday 25 August.",
          "Maj Sofia Rinaldi  Today 08:51",
          "Shared with our J5 reservists list. Reply", "",
          "Type a message"]
    write(f"{REF}-teams.txt", "\n".join(L) + "\n", REF)
