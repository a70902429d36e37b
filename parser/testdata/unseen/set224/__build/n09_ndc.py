from common import *
REF = "345926"
POST = "NDC ACD CPL 0020"
T_EN = "Assistant (Academic Conference Planning)"
T_FR = "Assistant(e) (planification des conférences académiques)"
ORG_EN = "NATO Defense College (NDC)"
ORG_FR = "Collège de défense de l'OTAN (NDC)"
LOC_EN, LOC_FR = "Rome, Italy", "Rome (Italie)"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
ESS_EN = [
 "Higher secondary education and at least four years of experience in organising conferences, seminars or academic events;",
 "Experience in managing registration, travel and accommodation arrangements for international participants;",
 "Very good command of office software and experience with an online event registration tool;",
 "English at SLP 3333 or higher and French at SLP 2222 or higher.",
]
DES_EN = [
 "A university degree in event management, hospitality or international relations;",
 "Experience in an academic or military education institution;",
 "Working knowledge of Italian.",
]
ESS_FR = [
 "Diplôme de l'enseignement secondaire supérieur et au moins quatre ans d'expérience dans l'organisation de conférences, de séminaires ou d'événements académiques ;",
 "Expérience de la gestion des inscriptions, des voyages et de l'hébergement de participants internationaux ;",
 "Très bonne maîtrise des outils bureautiques et expérience d'un outil d'inscription en ligne ;",
 "Anglais au niveau SLP 3333 au minimum et français au niveau SLP 2222 au minimum.",
]
DES_FR = [
 "Diplôme universitaire en gestion d'événements, en hôtellerie ou en relations internationales ;",
 "Expérience dans un établissement d'enseignement universitaire ou militaire ;",
 "Connaissance pratique de l'italien.",
]
DUT_EN = ["Plans the logistics of the College's conferences and research workshops, from the call for participants to the closing session.",
          "Manages registrations, badges and seating plans, and keeps participants informed.",
          "Arranges travel and hotel bookings for speakers within the budget allotted.",
          "Prepares conference folders and, after each event, the list of participants and a short financial summary."]
DUT_FR = ["Planifie la logistique des conférences et des ateliers de recherche du Collège, de l'appel à participants à la séance de clôture.",
          "Gère les inscriptions, les badges et les plans de table, et tient les participants informés.",
          "Organise les voyages et l'hébergement des intervenants dans le respect du budget alloué.",
          "Prépare les dossiers de conférence et, après chaque événement, la liste des participants et un bref bilan financier."]

def tex(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")]:
        s = s.replace(a, b)
    return s

def build():
    expected(REF, POST, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2036-06-26",
             sal(3684.10), "G6", "NATO SECRET",
             {"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             {"en": [], "fr": []})
    items = lambda xs: "\\begin{itemize}\n" + "\n".join(f"\\item {tex(x)}" for x in xs) + "\n\\end{itemize}"
    def tab(rows):
        return "\\begin{tabular}{@{}p{0.32\\textwidth}p{0.62\\textwidth}@{}}\n" + "\\\\\n".join(f"\\textbf{{{tex(k)}}} & {tex(v)}" for k, v in rows) + "\n\\end{tabular}"
    en_rows = [("Vacancy number", REF), ("Title", T_EN), ("Organization", ORG_EN), ("Post number", POST),
               ("Grade", "NATO Grade G6"), ("Location", LOC_EN), ("Schedule", SCH_EN),
               ("Security clearance", "NATO SECRET"), ("Monthly basic salary", "3,684.10 EUR, tax free"),
               ("Closing date", "26 June 2036, 12:00 (CEST)")]
    fr_rows = [("Numéro de vacance", REF), ("Intitulé", T_FR), ("Organisme", ORG_FR), ("Numéro de poste", POST),
               ("Grade", "Grade OTAN G6"), ("Lieu", LOC_FR), ("Horaire", SCH_FR),
               ("Habilitation", "NATO SECRET"), ("Traitement mensuel de base", "3 684,10 EUR, exonéré d'impôt"),
               ("Date de clôture", "26 juin 2036, 12 h 00")]
    src = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[margin=22mm]{geometry}
\usepackage{fancyhdr}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{fancy}\fancyhf{}
\fancyhead[C]{\small NATO UNCLASSIFIED / NATO SANS CLASSIFICATION}
\fancyfoot[C]{\small NATO UNCLASSIFIED / NATO SANS CLASSIFICATION -- \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{flushright}\small NATO DEFENSE COLLEGE / COLLÈGE DE DÉFENSE DE L'OTAN\\ Via Giorgio Pelosi 1, Rome\\ NDC/HR/2036/041 \quad 15 May 2036\end{flushright}
\begin{center}\large\textbf{VACANCY NOTICE / AVIS DE VACANCE """ + REF + r"""}\end{center}
""" + tab(en_rows) + r"""
\section*{1. The College}
""" + tex("The NATO Defense College in Rome educates senior officers and officials of Allied and partner nations and conducts research on Alliance security. Its Academic Conferences Branch organises around twenty conferences, workshops and alumni events each year.") + r"""
\section*{2. Duties}
""" + items(DUT_EN) + r"""
\section*{3. Essential qualifications}
""" + items(ESS_EN) + r"""
\section*{4. Desirable qualifications}
""" + items(DES_EN) + r"""
\section*{5. Conditions}
""" + tex("The successful candidate will be offered a three-year contract. Applications must be submitted through the NATO recruitment platform by 26 June 2036. Interviews will take place at the College in the week of 13 July 2036.") + r"""
\newpage
""" + tab(fr_rows) + r"""
\section*{1. Le Collège}
""" + tex("Le Collège de défense de l'OTAN, à Rome, forme des officiers et des fonctionnaires de haut niveau des pays de l'Alliance et des pays partenaires et mène des recherches sur la sécurité de l'Alliance. Sa Branche Conférences académiques organise une vingtaine de conférences, d'ateliers et de rencontres d'anciens chaque année.") + r"""
\section*{2. Attributions}
""" + items(DUT_FR) + r"""
\section*{3. Qualifications essentielles}
""" + items(ESS_FR) + r"""
\section*{4. Qualifications souhaitables}
""" + items(DES_FR) + r"""
\section*{5. Conditions}
""" + tex("Le/La candidat(e) retenu(e) se verra proposer un contrat de trois ans. Les candidatures doivent être soumises sur la plateforme de recrutement de l'OTAN au plus tard le 26 juin 2036. Les entretiens auront lieu au Collège au cours de la semaine du 13 juillet 2036.") + r"""
\end{document}
"""
    sp = path(f"__build/{REF}-ndc.tex")
    open(sp, "w", encoding="utf-8").write(src)
    pdf = f"{REF}-ndc.pdflatex.pdf"
    pdflatex(sp, pdf); add_row(pdf, REF, "pdf")
    pdftotext(pdf, f"{REF}-ndc.pdflatex.pdftotext.txt"); add_row(f"{REF}-ndc.pdflatex.pdftotext.txt", REF, "txt")
