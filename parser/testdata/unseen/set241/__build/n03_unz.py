from common import *

KEY = "0237-unz-p-sg-drh-2037"
REF = "0237/UNZ/P/SG/DRH/2037"
TITLE = "Ingénieur(e) de recherche en géochimie des eaux"
ORG = "Université Norbert Zongo"
LOC = "Koudougou, Burkina Faso"
SCHED = "Temps plein"
GRADE = "Ingénieur de recherche, catégorie A1"
ESS = [
    "être de nationalité burkinabè ;",
    "être titulaire d'un doctorat en géochimie, en hydrogéologie ou en chimie de l'environnement ;",
    "justifier d'une expérience d'au moins deux ans dans un laboratoire d'analyse des eaux ;",
    "maîtriser la chromatographie ionique et la spectrométrie d'absorption atomique ;",
    "être âgé(e) de quarante-cinq ans au plus au 31 décembre 2037.",
]
DES = [
    "publications dans des revues à comité de lecture",
    "pratique de l'accréditation ISO/IEC 17025",
]
COMP = ["Rigueur expérimentale", "Sens de l'organisation", "Aptitude au travail en équipe", "Discrétion"]
MISSIONS = [
    "gérer le laboratoire de géochimie du Centre universitaire de recherche sur l'eau et ses équipements ;",
    "réaliser et valider les analyses des projets de recherche et des prestations extérieures ;",
    "encadrer les étudiants de master et de doctorat lors de leurs travaux pratiques ;",
    "rédiger les procédures qualité du laboratoire.",
]


def tex():
    def items(lst, sym):
        return "\n".join(f"\\item[{sym}] {x}" for x in lst)
    ql = "\n".join(f"\\item {x}" for x in COMP)
    esc = lambda s: s.replace("%", "\\%")
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}\usepackage{amssymb}
\hyphenpenalty=10000\exhyphenpenalty=10000\pagestyle{plain}
\begin{document}
\noindent\begin{minipage}[t]{0.5\textwidth}\centering\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR,\\ DE LA RECHERCHE ET DE L'INNOVATION\\ \rule{2cm}{0.4pt}\\
\textbf{UNIVERSITÉ NORBERT ZONGO}\\ \rule{2cm}{0.4pt}\\ Présidence\\ Secrétariat général\\ Direction des ressources humaines
\end{minipage}\hfill\begin{minipage}[t]{0.45\textwidth}\centering\small
\textbf{BURKINA FASO}\\ \textit{La Patrie ou la Mort, nous Vaincrons}\\[1em] Koudougou, le 16 octobre 2037
\end{minipage}

\vspace{1.5em}\begin{center}\large\textbf{AVIS DE RECRUTEMENT}\\ \normalsize N\textsuperscript{o} """ + REF + r"""\end{center}

\noindent Le Président de l'Université Norbert Zongo porte à la connaissance du public qu'il est ouvert un recrutement sur titre pour un poste d'ingénieur de recherche au profit du Centre universitaire de recherche sur l'eau.

\medskip\noindent\begin{tabular}{@{}p{4.2cm}p{11.5cm}@{}}
\textbf{Emploi} & """ + TITLE + r""" \\
\textbf{Employeur} & """ + ORG + r""" \\
\textbf{Structure} & Centre universitaire de recherche sur l'eau (CURE) \\
\textbf{Lieu de travail} & """ + LOC + r""" \\
\textbf{Grade} & """ + GRADE + r""" \\
\textbf{Régime} & """ + SCHED + r""" \\
\textbf{Traitement} & 512 300 FCFA brut par mois (indemnités en sus) \\
\textbf{Date limite} & 20 novembre 2037 à 16 heures \\
\end{tabular}

\subsection*{1. Missions}
\begin{itemize}
""" + items(MISSIONS, "--") + r"""
\end{itemize}
\subsection*{2. Conditions de candidature}
Peuvent faire acte de candidature les personnes remplissant les conditions ci-après :
\begin{itemize}
""" + items(ESS, r"$\bullet$") + r"""
\end{itemize}
\subsection*{3. Profils appréciés}
\begin{itemize}
""" + items(DES, r"$\circ$") + r"""
\end{itemize}
\subsection*{4. Qualités requises}
\begin{itemize}
""" + ql + r"""
\end{itemize}
\subsection*{5. Composition et dépôt du dossier}
Le dossier comprend : a) une demande manuscrite adressée au Président de l'Université ; b) un curriculum vitae ; c) une copie légalisée des diplômes ; d) un extrait d'acte de naissance ; e) un casier judiciaire datant de moins de trois mois. Il est déposé au secrétariat de la Direction des ressources humaines, site de Koudougou, au plus tard le 20 novembre 2037 à 16 heures. Les candidats retenus seront auditionnés du 7 au 9 décembre 2037.

\bigskip\hfill\begin{minipage}{6cm}\centering Le Président\\[2em] \textit{(signature fictive)}\end{minipage}
\end{document}
"""


def lefaso():
    ess = "\n".join("- " + x for x in ESS)
    des = "\n".join("- " + x for x in DES)
    ql = "\n".join("- " + x for x in COMP)
    mis = "\n".join("- " + x for x in MISSIONS)
    return f"""
Accueil | Politique | Économie | Société | Communiqués | Annonces | Emploi          Rechercher...

COMMUNIQUÉS
Université Norbert Zongo : avis de recrutement d'un(e) ingénieur(e) de recherche
Publié le lundi 19 octobre 2037 à 10h42min
Partager : Facebook | X | WhatsApp | Imprimer

AVIS DE RECRUTEMENT N° {REF}

Le Président de l'Université Norbert Zongo porte à la connaissance du public qu'il est ouvert un recrutement
sur titre pour un poste d'ingénieur de recherche au profit du Centre universitaire de recherche sur l'eau.

Emploi : {TITLE}
Employeur : {ORG}
Structure : Centre universitaire de recherche sur l'eau (CURE)
Lieu de travail : {LOC}
Grade : {GRADE}
Régime : {SCHED}
Traitement : 512 300 FCFA brut par mois (indemnités en sus)
Date limite : 20 novembre 2037 à 16 heures

1. Missions
{mis}

2. Conditions de candidature
Peuvent faire acte de candidature les personnes remplissant les conditions ci-après :
{ess}

3. Profils appréciés
{des}

4. Qualités requises
{ql}

5. Composition et dépôt du dossier
Demande manuscrite, CV, copie légalisée des diplômes, extrait d'acte de naissance, casier judiciaire de
moins de trois mois, à déposer à la DRH, site de Koudougou, au plus tard le 20 novembre 2037 à 16 heures.
Auditions du 7 au 9 décembre 2037.

Le Président
(signature fictive)

Vos réactions (3)
Wendkouni – 19 octobre 2037 à 12:05 : Merci pour l'info, je partage dans le groupe des doctorants.
Aïcha B. – 19 octobre 2037 à 14:31 : Est-ce que le poste est ouvert aux étrangers ?
Paul – 20 octobre 2037 à 08:10 : Non, lisez les conditions.

Dans la même rubrique
- Commune de Réo : avis d'appel d'offres pour la construction d'un marché (21 octobre 2037)
- Société nationale : résultats du test de recrutement des agents de saisie (18 octobre 2037)
"""


if __name__ == "__main__":
    src = os.path.join(BUILD, "unz-avis.tex")
    open(src, "w", encoding="utf-8").write(tex())
    pdflatex(src, KEY + "-avis.pdflatex.pdf")
    w(KEY + "-journal-en-ligne.txt", lefaso())
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2037-11-20",
             sal(512300, cur="XOF", period="month"), GRADE, {"fr": (ESS, DES)},
             {"fr": comp([(c, "") for c in COMP])})
