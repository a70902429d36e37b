"""SIS-SB-2041-14: SHAPE International School, Belgian section (French only). The school's
notice typeset with pdflatex (+ dump), and an invented Walloon public-employment board copy."""
import os
from common import write, expected, sal, run, pdftotext, ROOT, BUILD

REF = "SIS-SB-2041-14"
TITLE = "Professeur(e) de mathématiques (degré supérieur)"
ORG = "École internationale du SHAPE – Section belge"
LOC = "Casteau (Mons), Belgique"
SCH = "Temps plein (22 périodes par semaine)"
DL = "mardi 24 septembre 2041 à 12 h 00"
SAL_TXT = "3 612,45 EUR brut par mois"

CTX = ("L'École internationale du SHAPE accueille les enfants du personnel du Grand Quartier général des puissances "
       "alliées en Europe et des organismes voisins. La Section belge organise un enseignement fondamental et "
       "secondaire en français, selon les programmes de la Fédération Wallonie-Bruxelles, pour environ 480 élèves "
       "de nombreuses nationalités.")
MISSIONS = [
    "enseigner les mathématiques en quatrième, cinquième et sixième années (4 et 6 périodes) ;",
    "préparer les élèves au certificat d'enseignement secondaire supérieur (CESS) ;",
    "participer aux conseils de classe, aux réunions de parents et à la remédiation ;",
    "collaborer avec les collègues des sections anglophones pour les projets communs.",
]
ESS = [
    "master en sciences mathématiques à finalité didactique, ou master en sciences mathématiques accompagné de l'agrégation de l'enseignement secondaire supérieur (AESS) ;",
    "maîtrise du français (niveau C2) et connaissance de l'anglais (niveau B2) ;",
    "extrait de casier judiciaire (modèle 2) de moins de trois mois ;",
    "nationalité d'un pays membre de l'Union européenne ou de l'OTAN.",
]
DES = [
    "expérience de l'enseignement dans une école internationale ou européenne ;",
    "capacité à donner le cours d'informatique au degré supérieur ;",
    "connaissance du néerlandais.",
]
COMP = [
    ("Sens pédagogique", "adapte son enseignement à des élèves aux parcours scolaires très différents."),
    ("Esprit d'équipe", "travaille avec les autres sections de l'École."),
    ("Rigueur", "tient à jour les évaluations et les documents administratifs."),
]


def build():
    expected(REF, languages=["fr"],
             title={"fr": TITLE}, organisation={"fr": ORG}, location={"fr": LOC}, schedule={"fr": SCH},
             deadline="2041-09-24", salary=sal(3612.45, "EUR"), grade=None, clearance=None,
             requirements={"fr": {"essential": ESS, "desirable": DES}},
             competencies={"fr": COMP})

    def tex(s):
        return s.replace("'", "'").replace("%", r"\%").replace("&", r"\&")
    tx = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{fancyhdr}
\input{glyphtounicode}\pdfgentounicode=1
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small École internationale du SHAPE}\fancyhead[R]{\small Section belge}
\fancyfoot[C]{\small Avis SIS-SB-2041-14 -- page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{flushright}\small École internationale du SHAPE\\ Avenue d'Ottawa\\ B-7010 SHAPE (Casteau)\\ Le 20 août 2041\end{flushright}
\begin{center}{\large\bfseries AVIS DE VACANCE D'EMPLOI}\\[3pt]{\bfseries """ + tex(TITLE) + r"""}\end{center}
\begin{tabular}{@{}p{5.2cm}p{10.5cm}@{}}
\textbf{Référence :} & """ + REF + r""" \\
\textbf{Employeur :} & """ + tex(ORG) + r""" \\
\textbf{Fonction :} & """ + tex(TITLE) + r""" \\
\textbf{Lieu de travail :} & """ + tex(LOC) + r""" \\
\textbf{Horaire :} & """ + tex(SCH) + r""" \\
\textbf{Entrée en fonction :} & lundi 3 novembre 2041 \\
\textbf{Date limite :} & """ + tex(DL) + r""" \\
\end{tabular}

\section*{1. Contexte}
""" + tex(CTX) + r"""

\section*{2. Missions}
\begin{itemize}
""" + "\n".join(r"\item " + tex(m) for m in MISSIONS) + r"""
\end{itemize}

\section*{3. Titres et conditions requis}
\begin{enumerate}
""" + "\n".join(r"\item " + tex(m) for m in ESS) + r"""
\end{enumerate}

\section*{4. Atouts}
\begin{enumerate}
""" + "\n".join(r"\item " + tex(m) for m in DES) + r"""
\end{enumerate}

\section*{5. Qualités attendues}
""" + "\n\n".join(r"\textbf{" + tex(n) + r" :} " + tex(d) for n, d in COMP) + r"""

\section*{6. Conditions}
Contrat à durée déterminée jusqu'au 30 juin 2042, renouvelable. Traitement : barème 501 de la Fédération Wallonie-Bruxelles, soit """ + tex(SAL_TXT) + r""" à l'entrée en fonction, ancienneté non comprise.

\section*{7. Candidature}
Lettre de motivation, CV et copie des diplômes à envoyer à direction.sb@shape-school.example au plus tard le """ + tex(DL) + r""". Les entretiens auront lieu le mercredi 1er octobre 2041.
\end{document}
"""
    d = os.path.join(BUILD, "tex")
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, f"{REF}-sis.tex")
    open(src, "w", encoding="utf-8").write(tx)
    for _ in range(2):
        run(["pdflatex", "-interaction=batchmode", "-output-directory", d, src],
            stdout=open(os.devnull, "w"))
    os.replace(os.path.join(d, f"{REF}-sis.pdf"), os.path.join(ROOT, f"{REF}-sis.pdflatex.pdf"))
    pdftotext(f"{REF}-sis.pdflatex.pdf", REF)

    L = ["Passer au contenu", "emploi-wallonie.example — Le service public de l'emploi (exemple)", "",
         "Accueil > Offres d'emploi > Enseignement > Mons", "",
         "Offre n° 4812377", "",
         TITLE, "École internationale du SHAPE", "",
         "Lieu de travail", "Mons (Casteau)",
         "Type de contrat", "Contrat à durée déterminée",
         "Régime de travail", "Temps plein",
         "Date limite de candidature", "24/09/2041",
         "Publiée le", "21/08/2041", "",
         "Description de la fonction", "",
         f"Référence : {REF}",
         f"Employeur : {ORG}",
         f"Lieu de travail : {LOC}",
         f"Horaire : {SCH}",
         f"Date limite : {DL}", "",
         CTX, "",
         "Missions :"]
    L += ["• " + m for m in MISSIONS]
    L += ["", "Profil du candidat", "", "Titres et conditions requis :"]
    L += ["• " + m for m in ESS]
    L += ["", "Atouts :"]
    L += ["• " + m for m in DES]
    L += ["", "Qualités attendues :"]
    L += [f"• {n} : {d}" for n, d in COMP]
    L += ["", "Conditions", "",
          f"Contrat à durée déterminée jusqu'au 30 juin 2042, renouvelable. Traitement : barème 501, soit {SAL_TXT} à "
          "l'entrée en fonction.", "",
          "Contact", "", "direction.sb@shape-school.example", "",
          "Offres similaires", "",
          "Professeur de physique (H/F/X) - Mons - 30/09/2041",
          "Éducateur (H/F/X) - Casteau - 17/09/2041", "",
          "Imprimer · Envoyer à un ami · Signaler"]
    write(f"{REF}-emploiwallonie.txt", "\n".join(L) + "\n", REF)
