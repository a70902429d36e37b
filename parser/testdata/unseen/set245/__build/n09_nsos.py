from common import *

KEY = "NSOS-RECR-2038-06"
T_FR = "Gestionnaire des admissions (cours d'opérations spéciales)"
T_EN = "Admissions Administrator (Special Operations Courses)"
ORG_FR = "École des opérations spéciales de l'OTAN (NSOS)"
ORG_EN = "NATO Special Operations School (NSOS)"
LOC_FR, LOC_EN = "Chièvres (Belgique)", "Chièvres, Belgium"
SCH_FR, SCH_EN = "Temps plein", "Full-time"
GRADE, CLR = "G8", "NATO SECRET"
POST = "NSOS SPT ADM 0040"
ESS_FR = [
    "diplôme de l'enseignement secondaire supérieur et au moins trois ans d'expérience dans l'administration d'un établissement de formation ;",
    "expérience de la gestion des inscriptions et des dossiers d'étudiants dans une base de données ;",
    "maîtrise des outils bureautiques courants ;",
    "anglais au niveau SLP 3333 de l'OTAN et français au niveau SLP 2222.",
]
DES_FR = [
    "expérience d'une plateforme d'apprentissage en ligne ;",
    "expérience dans un environnement militaire multinational.",
]
ESS_EN = [
    "upper secondary education and at least three years of experience in the administration of a training institution;",
    "experience in managing enrolments and student records in a database;",
    "command of common office software;",
    "English at NATO SLP 3333 and French at NATO SLP 2222.",
]
DES_EN = [
    "experience with an e-learning platform;",
    "experience in a multinational military environment.",
]
COMP_FR = [("Sens du service", "répond aux demandes des participants et des pays avec courtoisie et rapidité"),
           ("Organisation", "gère simultanément les inscriptions de plusieurs cours"),
           ("Discrétion", "traite les données personnelles et classifiées avec confidentialité")]
COMP_EN = [("Service orientation", "answers requests from participants and nations politely and promptly"),
           ("Organisation", "manages the enrolments of several courses at the same time"),
           ("Discretion", "handles personal and classified data confidentially")]
CTX_FR = ("L'École des opérations spéciales de l'OTAN dispense des cours aux personnels des forces d'opérations "
          "spéciales des pays de l'Alliance et des pays partenaires. Le Bureau des admissions gère l'offre de "
          "places, les inscriptions et les attestations de plus de 90 sessions par an.")
CTX_EN = ("The NATO Special Operations School delivers courses to special operations personnel from Allied and partner "
          "nations. The Admissions Office manages the allocation of seats, the enrolments and the certificates of "
          "more than 90 course iterations per year.")
TASKS_FR = ["publier le calendrier des cours et répartir les places entre les pays ;",
            "vérifier les conditions d'admission et les habilitations des participants ;",
            "tenir à jour les dossiers des participants et établir les attestations ;",
            "préparer les statistiques de fréquentation pour la direction."]
TASKS_EN = ["publish the course calendar and allocate seats among nations;",
            "check participants' admission conditions and clearances;",
            "keep participants' records up to date and issue certificates;",
            "prepare attendance statistics for the leadership."]


def tex(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_").replace("#", r"\#")


def build():
    expected(KEY, ["fr", "en"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2038-03-25",
             (4318.27, None, None, "EUR", "month"), GRADE, CLR,
             {"en": (ESS_EN, DES_EN), "fr": (ESS_FR, DES_FR)}, {"en": COMP_EN, "fr": COMP_FR},
             post_number=POST)

    def half(lang):
        fr = lang == "fr"
        L = (lambda a, b: a if fr else b)
        facts = [(L("Référence", "Reference"), KEY), (L("Intitulé", "Title"), L(T_FR, T_EN)),
                 (L("Organisme", "Organisation"), L(ORG_FR, ORG_EN)), (L("Numéro de poste", "Post number"), POST),
                 (L("Lieu", "Location"), L(LOC_FR, LOC_EN)), (L("Horaire", "Schedule"), L(SCH_FR, SCH_EN)),
                 (L("Grade", "Grade"), GRADE), (L("Habilitation", "Clearance"), CLR),
                 (L("Salaire mensuel", "Monthly salary"), L("4 318,27 EUR, net d'impôt", "4,318.27 EUR, tax free")),
                 (L("Date de clôture", "Closing date"), L("25 mars 2038, 23 h 59", "25 March 2038, 23:59 (CET)"))]
        t = [r"\section*{" + L("AVIS DE VACANCE", "VACANCY NOTICE") + "}",
             r"\begin{tabular}{@{}p{4.2cm}p{11cm}@{}}"]
        t += [r"\textbf{" + tex(a) + "} & " + tex(b) + r" \\" for a, b in facts]
        t += [r"\end{tabular}",
              r"\subsection*{1. " + L("Contexte", "Background") + "}", tex(L(CTX_FR, CTX_EN)),
              r"\subsection*{2. " + L("Tâches principales", "Main tasks") + "}",
              L("Le/La titulaire est chargé(e) de :", "The incumbent will:"),
              r"\begin{itemize}"] + [r"\item " + tex(x) for x in L(TASKS_FR, TASKS_EN)] + [r"\end{itemize}"]
        t += [r"\subsection*{3. " + L("Qualifications essentielles", "Essential qualifications") + "}",
              r"\begin{itemize}"] + [r"\item " + tex(x) for x in L(ESS_FR, ESS_EN)] + [r"\end{itemize}"]
        t += [r"\subsection*{4. " + L("Qualifications souhaitables", "Desirable qualifications") + "}",
              r"\begin{itemize}"] + [r"\item " + tex(x) for x in L(DES_FR, DES_EN)] + [r"\end{itemize}"]
        t += [r"\subsection*{5. " + L("Compétences", "Competencies") + "}"]
        t += [r"\textbf{" + tex(n) + "}" + L(" : ", ": ") + tex(d) + r"\par\smallskip" for n, d in L(COMP_FR, COMP_EN)]
        t += [r"\subsection*{6. " + L("Conditions", "Conditions") + "}",
              tex(L("Contrat initial de trois ans. Les entretiens se tiendront à Chièvres en avril 2038.",
                    "Initial contract of three years. Interviews will be held in Chièvres in April 2038."))]
        return "\n".join(t)

    doc = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[margin=2cm]{geometry}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\fancyhead[C]{\small NATO UNCLASSIFIED / OTAN SANS CLASSIFICATION}
\fancyfoot[C]{\small NSOS/HR/2038/061 -- \thepage}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\setlength{\parindent}{0pt}
\begin{document}
\begin{flushright}\small\textbf{École des opérations spéciales de l'OTAN}\\NATO Special Operations School\\Chièvres, le 12 février 2038\end{flushright}
""" + half("fr") + "\n\\newpage\n" + half("en") + "\n\\end{document}\n"
    src = os.path.join(BUILD, f"{KEY}-nsos.tex")
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    pdf = f"{KEY}-nsos.pdflatex.pdf"
    pdflatex_pdf(src, pdf)
    add_row(pdf, KEY, "pdf")
    pdftotext(os.path.join(ROOT, pdf), os.path.join(ROOT, f"{KEY}-nsos.pdflatex.pdftotext.txt"))
    add_row(f"{KEY}-nsos.pdflatex.pdftotext.txt", KEY, "txt")

    def hsec(lang):
        fr = lang == "fr"
        L = (lambda a, b: a if fr else b)
        dl = [(L("Référence", "Reference"), KEY), (L("Organisme", "Organisation"), L(ORG_FR, ORG_EN)),
              (L("Numéro de poste", "Post number"), POST), (L("Lieu", "Location"), L(LOC_FR, LOC_EN)),
              (L("Horaire", "Schedule"), L(SCH_FR, SCH_EN)), ("Grade", GRADE),
              (L("Habilitation", "Clearance"), CLR),
              (L("Salaire mensuel", "Monthly salary"), L("4 318,27 EUR, net d'impôt", "4,318.27 EUR, tax free")),
              (L("Date de clôture", "Closing date"), L("25 mars 2038, 23 h 59", "25 March 2038, 23:59 (CET)"))]
        s = f'<section lang="{lang}"><h2>{esc(L(T_FR, T_EN))}</h2><dl>'
        s += "".join(f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in dl) + "</dl>"
        s += f"<p>{esc(L(CTX_FR, CTX_EN))}</p>"
        s += f"<h3>{L('Tâches principales', 'Main tasks')}</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in L(TASKS_FR, TASKS_EN)) + "</ul>"
        s += f"<h3>{L('Qualifications essentielles', 'Essential qualifications')}</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in L(ESS_FR, ESS_EN)) + "</ul>"
        s += f"<h3>{L('Qualifications souhaitables', 'Desirable qualifications')}</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in L(DES_FR, DES_EN)) + "</ul>"
        s += f"<h3>{L('Compétences', 'Competencies')}</h3><ul>" + "".join(f"<li><strong>{esc(n)}</strong>{L(' : ', ': ')}{esc(d)}</li>" for n, d in L(COMP_FR, COMP_EN)) + "</ul>"
        return s + "</section>"

    page = f"""<!DOCTYPE html>
<!-- saved from url=(0052)https://nsos.nato.example/fr/carrieres/recr-2038-06 -->
<html lang="fr"><head><meta charset="utf-8"><title>{esc(T_FR)} | NSOS</title></head>
<body>
<header><a href="#main">Aller au contenu</a> <span>EN | FR</span>
<nav><ul><li>Accueil</li><li>Cours</li><li>Admissions</li><li>Carrières</li><li>Contact</li></ul></nav></header>
<p>Accueil › Carrières › {KEY}</p>
<main id="main">
<h1>{esc(T_FR)} / {esc(T_EN)}</h1>
<p><em>Mis en ligne le 12 février 2038 · Posted on 12 February 2038</em></p>
{hsec('fr')}
{hsec('en')}
</main>
<aside><h4>Autres offres / Other vacancies</h4><ul><li>Instructeur / Instructor (Medical) – clôture 5 mars 2038</li>
<li>Technicien audiovisuel – clôture 2 avril 2038</li></ul></aside>
<footer>© 2038 NSOS · Mentions légales · Cookies</footer>
</body></html>
"""
    write(f"{KEY}-nsos.html", page, KEY)
