"""NFIU-LTU-LC-2041-04: NATO Force Integration Unit Lithuania, Vilnius. Browser copy of the
unit's page (label line, value line, no blank) and an invented Lithuanian board copy."""
from common import write, expected, sal

REF = "NFIU-LTU-LC-2041-04"
TITLE = "Administrative Assistant (Real Life Support)"
ORG = "NATO Force Integration Unit Lithuania (NFIU LTU)"
LOC = "Vilnius, Lithuania"
SCH = "Full-time (40 hours per week)"
GRADE = "LC-5"
CLEAR = "NATO SECRET"
DL = "19 September 2041, 16:00 (EEST)"
SAL_TXT = "EUR 2,287 gross per month"

INTRO = ("NFIU LTU supports the rapid deployment of Allied forces to Lithuania by working with the Lithuanian Armed "
         "Forces on reception, accommodation and movement. The Real Life Support cell arranges accommodation, "
         "catering, transport and facilities for visiting staff and exercise participants.")
DUTIES = [
    "book accommodation, meeting rooms and transport for visiting delegations",
    "keep the cell's records of contracts with hotels, caterers and bus companies",
    "check invoices before they are passed to the finance officer",
    "prepare welcome packs and practical information for newcomers",
    "interpret between English and Lithuanian during site visits when required",
]
ESS = [
    "completed secondary education; a college diploma in administration or hospitality is an advantage",
    "at least two years of experience in office administration, event logistics or hotel reservations",
    "fluent Lithuanian and English (SLP 3333)",
    "good knowledge of MS Office",
    "Lithuanian citizenship and eligibility for a NATO SECRET clearance",
    "driving licence (category B)",
]
DES = [
    "experience of working with military units or embassies",
    "knowledge of Polish or German",
    "first aid certificate",
]
COMP = [
    ("Customer focus", "treats visitors as guests of the unit"),
    ("Organisation", "keeps several bookings under control at the same time"),
    ("Flexibility", "copes with last-minute changes during exercises"),
    ("Honesty", "handles money and contracts transparently"),
]


def build():
    expected(REF, languages=["en"],
             title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC}, schedule={"en": SCH},
             deadline="2041-09-19", salary=sal(2287, "EUR"), grade=GRADE, clearance=CLEAR,
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": COMP})

    facts = [("Reference", REF), ("Organization", ORG), ("Location", LOC), ("Grade", GRADE),
             ("Working hours", SCH), ("Salary", SAL_TXT), ("Security clearance", CLEAR),
             ("Application deadline", DL)]
    L = ["Skip to main content", "LT | EN", "NFIU LTU", "Home", "About us", "News", "Exercises", "Vacancies", "Contact",
         f"Home / Vacancies / {TITLE}",
         f"Vacancy: {TITLE}", "Posted 21.08.2041"]
    for a, b in facts:
        L += [a, b]
    L += [INTRO, "What you will do"]
    L += ["» " + d for d in DUTIES]
    L += ["Requirements"]
    L += ["» " + x for x in ESS]
    L += ["Advantages"]
    L += ["» " + x for x in DES]
    L += ["Personal qualities"]
    L += [f"» {n} – {d}" for n, d in COMP]
    L += ["How to apply",
          "Send a CV and motivation letter in English to vacancies@nfiu-ltu.example, with the reference in the subject line. "
          "Interviews will take place in Vilnius in early October 2041.",
          "Latest news",
          "12.08.2041 NFIU LTU hosts reception planners from six Allies",
          "05.08.2041 Vacancy closed: Driver (Transport Section), deadline 30.08.2041",
          "Share: Facebook | X | LinkedIn",
          "© NFIU LTU 2041 | Privacy policy | Accessibility"]
    write(f"{REF}-nfiu.txt", "\n".join(L) + "\n", REF)

    L = ["cv-darbai.example", "Darbo skelbimai   Įmonės   Atlyginimai   Prisijungti", "",
         "Darbo skelbimai > Administravimas / Sekretoriavimas > Vilnius", "",
         TITLE, "NATO Force Integration Unit LithuaniaVilnius", "",
         "Atlyginimas: 2287 € / mėn. (neatskaičius mokesčių)",
         "Darbo pobūdis: pilnas etatas",
         "Galioja iki 2041-09-19",
         "Peržiūros: 612  Kandidatai: 37",
         "Skelbimo ID: 8841207", "",
         "Darbo aprašymas", ""]
    L += [f"{a}: {b}" for a, b in facts]
    L += ["", INTRO, "", "What you will do:"]
    L += ["- " + d for d in DUTIES]
    L += ["", "Requirements:"]
    L += ["- " + x for x in ESS]
    L += ["", "Advantages:"]
    L += ["- " + x for x in DES]
    L += ["", "Personal qualities:"]
    L += [f"- {n}: {d}" for n, d in COMP]
    L += ["", "How to apply: CV and motivation letter in English to vacancies@nfiu-ltu.example.", "",
          "Siųsti CV   Išsaugoti   Pranešti apie klaidą", "",
          "Panašūs skelbimai", "",
          "Biuro administratorius (-ė) - Vilnius - 1800 - 2200 € - galioja iki 2041-09-25",
          "Renginių koordinatorius (-ė) - Kaunas - galioja iki 2041-09-12", "",
          "© cv-darbai.example 2041"]
    write(f"{REF}-cvdarbai.txt", "\n".join(L) + "\n", REF)
