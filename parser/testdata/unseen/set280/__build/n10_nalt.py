from common import *
REF = "NALT-LE-2041-02"
TITLE = "Interpreter/Translator (Albanian and Serbian)"
ORG = "NATO Advisory and Liaison Team (NALT)"
LOC = "Pristina, Kosovo"
SCH = "Full-time"
GRADE = "LE-5"
CLR = "NATO CONFIDENTIAL"
SAL = "EUR 1,796 gross per month"
DL = "Wednesday, 27 February 2041, 16:00 hrs"
FACTS = [("Vacancy number", REF), ("Job title", TITLE), ("Organization", ORG), ("Duty station", LOC),
         ("Grade", GRADE), ("Type of contract", "Local civilian, two years"), ("Schedule", SCH),
         ("Security clearance", CLR), ("Salary", SAL), ("Deadline for applications", DL)]
ABOUT = ("The NATO Advisory and Liaison Team in Pristina advises the Kosovo security organisations on management, "
         "human resources, logistics and training, and liaises with KFOR and the international community. The "
         "Team's advisers work every day with local counterparts and depend on a small pool of language "
         "assistants.")
DUTIES = ["Interpret consecutively and, when needed, simultaneously at meetings, visits and training events",
          "Translate letters, reports and presentations between English, Albanian and Serbian",
          "Keep a glossary of security and defence terminology in the three languages",
          "Accompany advisers on field visits across Kosovo",
          "Perform other language and administrative tasks as directed"]
ESS = ["University degree in languages, translation, law or social sciences",
       "At least three years of experience as an interpreter or translator",
       "Excellent command of English (SLP 4444), Albanian and Serbian",
       "Good knowledge of Microsoft Office and translation memory tools",
       "Valid driving licence and willingness to travel throughout Kosovo"]
DES = ["Experience with an international military or civilian mission",
       "Knowledge of security sector terminology",
       "Certificate in conference interpreting"]
COMP = [("Accuracy", "renders meaning faithfully, including nuance and tone"),
        ("Discretion", "treats everything heard and read with strict confidentiality"),
        ("Resilience", "stays composed during long or tense meetings")]
APPLY = ("Applications (CV in English and a completed NALT application form) must be sent to the NALT "
         "Administration Office by " + DL + ". Only short-listed candidates will be contacted for a written "
         "translation test and an interview in Pristina, expected in the week of 11 March 2041.")

def build():
    expected(REF, None, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2041-02-27",
             sal(1796, "EUR"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
    M = ["% " + TITLE, "% NATO Advisory and Liaison Team", "% 23 January 2041", "",
         "[Skip to content](#main) · [Shqip](/sq) · [Srpski](/sr) · **English**", "",
         "[Home](/) | [About NALT](/about) | [News](/news) | [Vacancies](/vacancies) | [Contact](/contact)", "",
         "Home » Vacancies » " + REF, "",
         "## Vacancy Announcement", ""]
    for k, v in FACTS:
        M += [k, ":   " + v, ""]
    M += ["### About the Team", "", ABOUT, "", "### Main duties", ""]
    M += ["%d. %s" % (i + 1, x) for i, x in enumerate(DUTIES)]
    M += ["", "### Qualifications", "", "**Essential:**", ""] + ["+ " + x for x in ESS]
    M += ["", "**Desirable:**", ""] + ["+ " + x for x in DES]
    M += ["", "### Competencies", ""] + ["+ **%s:** %s" % (n, d) for n, d in COMP]
    M += ["", "### How to apply", "", APPLY, "",
          "> NALT is an equal opportunity employer. Women and members of non-majority communities are encouraged to apply.", "",
          "---", "", "*Latest news:* Advisers visit the Kosovo Security Force training command (18 January 2041) · "
          "Vacancy NALT-LE-2040-07 (Driver) closed on 12 December 2040"]
    write(REF + "-nalt.md", "\n".join(M), REF)
    B = ["punaime.example   Punë   Kompani   Paga   Hyr / Regjistrohu", "",
         "Punë në Prishtinë > Përkthim", "",
         TITLE, "NATO Advisory and Liaison Team (NALT) | Prishtinë | Skadon: 27.02.2041", "",
         "Apliko    Ruaj    Ndaj", "",
         "Kategoria: Përkthim / Interpretim", "Lloji i punës: Me orar të plotë", "Qyteti: Prishtinë", "Shikime: 1 902", "",
         "Përshkrimi i punës", ""]
    B += ["%s: %s" % (k, v) for k, v in FACTS]
    B += ["", "About the Team", ABOUT, "", "Main duties"] + ["%d) %s" % (i + 1, x) for i, x in enumerate(DUTIES)]
    B += ["", "Qualifications", "Essential:"] + ["* " + x for x in ESS]
    B += ["Desirable:"] + ["* " + x for x in DES]
    B += ["", "Competencies"] + ["* %s: %s" % (n, d) for n, d in COMP]
    B += ["", "How to apply", APPLY, "",
          "Punë të ngjashme",
          "Përkthyes/e (anglisht) – Prishtinë – skadon 19.02.2041",
          "Asistent/e administrativ/e – Fushë Kosovë – 650 - 800 €",
          "Interpret – Mitrovicë – skadon 05.03.2041", "",
          "© 2041 punaime · Kushtet · Privatësia"]
    write(REF + "-punaime.txt", "\n".join(B), REF)
